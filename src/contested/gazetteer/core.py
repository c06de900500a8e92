"""The :class:`Gazetteer`: an open SQLite gazetteer with ranked, context-aware lookups."""

from __future__ import annotations

import logging
import re
import sqlite3
import threading
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from contested.errors import GazetteerError
from contested.gazetteer.fuzzy import near_keys
from contested.gazetteer.keys import name_key, skeleton
from contested.gazetteer.model import LookupContext, Match
from contested.gazetteer.ranking import FUZZY_QUALITY, MIN_SCORE, Candidate, Entry, rank

log = logging.getLogger(__name__)

_GENERIC_WORDS = re.compile(
    r"^(?:the\s+)?(?:(?:village|town|city|district|area|countryside|outskirts|vicinity|"
    r"countryside|suburbs?|region|sub-?district|neighbou?rhood)\s+of\s+)+|"
    r"\s+(?:village|town|city|district|sub-?district|area|countryside|region|"
    r"neighbou?rhood)$", re.IGNORECASE)
# Words that say what kind of place a name is ("Tiyas Military Airbase", "Rabia farm"): cut
# when the whole name is unknown, so the bare name can be looked up.
_KIND_WORDS = re.compile(
    r"(?:\s+(?:military|army|air|airbase|airport|air\s+base|base|farms?|suburb|locality|hills?|"
    r"island|pocket|plain|camp|refugee|checkpoint|roundabout|crossroads?|junction|bridge|dam|"
    r"quarter|neighbou?rhood|village|town|city|area|district|region|site|station|complex|"
    r"sector|mountains?|reservoir|locality|prison|jail|hospital|port|seaport|harbou?r|"
    r"refinery|plant|factory|school|university|mosque|church|market|crossing))+$",
    re.IGNORECASE)
_SELECT = ("SELECT p.name, p.gid, p.admin1, p.country, p.lat, p.lon, p.feature, p.population,"
           " p.curated, n.prim FROM names n JOIN places p ON p.pid = n.pid WHERE n.key = ?")


class Gazetteer:
    """Read access to a built gazetteer file. Thread-safe for lookups (one lock)."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self._conn = conn
        self._inherited: list[sqlite3.Connection] = []  # see reopen()
        self.path = path
        self._lock = threading.Lock()
        self._country_keys: dict[str, list[str]] = {}
        self._scanner: object | None = None
        self._rows = lru_cache(maxsize=50_000)(self._query_rows)
        self._context_cache = lru_cache(maxsize=1024)(self._resolve_context_uncached)
        self._skeletons: dict[str, dict[str, list[str]]] = {}
        self._regions = lru_cache(maxsize=10_000)(self._query_regions)

    # -- lookups -----------------------------------------------------------------------------

    def lookup(self, name: str, *, country: str | None = None,
               context: LookupContext | None = None) -> Match | None:
        """The best place for ``name``, or None when unknown or too ambiguous to say."""
        ranked = self._ranked(name, country, context, 1)
        return ranked[0] if _answers(ranked) else None

    def exact(self, name: str, *, context: LookupContext | None = None) -> Match | None:
        """The best place known by ``name`` exactly as written (no shorter name, no near
        spelling: a miss costs one key query), or None."""
        cands = self._exact(name, None)
        ranked = rank(cands, self._resolve_context(context), 1, name) if cands else []
        return ranked[0] if _answers(ranked) else None

    def candidates(self, name: str, country: str | None = None, limit: int = 10,
                   context: LookupContext | None = None) -> list[Match]:
        """Every place ``name`` may denote, best first (scores as :meth:`lookup` computes)."""
        return self._ranked(name, country, context, limit)

    def _ranked(self, name: str, country: str | None,
                context: LookupContext | None, limit: int) -> list[Match]:
        country = country.upper() if country else None
        context = self._resolve_context(_with_country(context, country))
        cands = self._exact(name, country)
        if not cands and self.regions(name):  # a county we know by name only: no guess
            return []
        ranked = rank(cands, context, limit, name) if cands else []
        if _answers(ranked):
            return ranked
        # Unknown as written, or known only too weakly to answer (an alternate spelling such
        # as "Gaza City"): the name without its kind words ("Gaza") may answer instead.
        for variant in _variants(name):
            if found := self._exact(variant, country):
                shorter = rank(found, context, limit, name)
                if not cands or _answers(shorter):
                    return shorter
        if cands:
            return ranked
        return rank(self._fuzzy(name, country, context), context, limit, name)

    def _resolve_context(self, ctx: LookupContext | None) -> LookupContext | None:
        """Co-mentioned admin1 names, in any spelling, become the gazetteer's own admin1 names
        (so "Damascus" meets "Damascus Governorate"), and imply their countries when the
        context names none."""
        if ctx is None or not ctx.admin1:
            return ctx
        return self._context_cache(ctx)

    def _resolve_context_uncached(self, ctx: LookupContext) -> LookupContext:
        units = [c.match for a in ctx.admin1 for c in self._rows(name_key(a), None)
                 if c.match.feature == "ADM1"]
        names = tuple(dict.fromkeys([*ctx.admin1, *(m.admin1 or m.name for m in units)]))
        countries = ctx.countries or tuple(sorted({m.country for m in units if m.country}))
        return replace(ctx, admin1=names, countries=countries)

    def _exact(self, name: str, country: str | None) -> list[Candidate]:
        key = name_key(name)
        return list(self._rows(key, country)) if key else []

    def _fuzzy(self, name: str, country: str | None,
               context: LookupContext | None) -> list[Candidate]:
        """Near spellings within the countries in scope: a key one or two edits away, else
        one with the same consonant skeleton ("Arbin" ~ "Irbin", "Tadaf" ~ "Tadif")."""
        scopes = [country] if country else list(context.countries if context else ())
        key = name_key(_KIND_WORDS.sub("", _stripped(name)).strip() or name)
        out: list[Candidate] = []
        for cc in scopes:
            hits = near_keys(key, self._keys_of(cc))
            best = [k for d, k in hits if d == hits[0][0]] if hits else []
            if not best:
                best = self._skeletons_of(cc).get(skeleton(key), [])
            for other in best:
                out.extend(c._replace(quality=FUZZY_QUALITY) for c in self._rows(other, cc))
        return out

    def _skeletons_of(self, country: str) -> dict[str, list[str]]:
        if country not in self._skeletons:
            table: dict[str, list[str]] = {}
            for key in self._keys_of(country):
                bones = skeleton(key)
                if bones:
                    table.setdefault(bones, []).append(key)
            self._skeletons[country] = table
        return self._skeletons[country]

    def _query_rows(self, key: str, country: str | None) -> tuple[Candidate, ...]:
        sql, args = (_SELECT, [key]) if country is None else (
            _SELECT + " AND p.country = ?", [key, country])
        with self._lock:
            rows = self._conn.execute(sql, args).fetchall()
        return tuple(Candidate(Entry._make(r[:8]), bool(r[8]), 1.0, bool(r[9])) for r in rows)

    def _keys_of(self, country: str) -> list[str]:
        if country not in self._country_keys:
            with self._lock:
                rows = self._conn.execute(
                    "SELECT DISTINCT n.key FROM names n JOIN places p ON p.pid = n.pid"
                    " WHERE p.country = ?", (country,)).fetchall()
            self._country_keys[country] = [r[0] for r in rows]
        return self._country_keys[country]

    def regions(self, name: str) -> tuple[tuple[str, str], ...]:
        """(country, admin1) of the second-order units called ``name`` that the gazetteer
        knows by name only ("Edgar County" -> Illinois): evidence for a document's context,
        never a lookup's answer."""
        key = name_key(name)
        return self._regions(key) if key else ()

    def _query_regions(self, key: str) -> tuple[tuple[str, str], ...]:
        try:
            with self._lock:
                rows = self._conn.execute("SELECT country, admin1 FROM regions WHERE key = ?",
                                          (key,)).fetchall()
        except sqlite3.OperationalError:  # a gazetteer built before regions were kept
            return ()
        return tuple((r[0], r[1]) for r in rows)

    def document_context(self, names: Iterable[str]) -> LookupContext:
        """The context that a document's place names agree on (see
        :mod:`contested.gazetteer.document`), for ranking each of them."""
        from contested.gazetteer.document import document_context

        return document_context(self, names)

    def document_contexts(self, names: Iterable[str]) -> dict[str, LookupContext]:
        """For each distinct name of a document, the context its other names give."""
        from contested.gazetteer.document import document_contexts

        return document_contexts(self, names)

    # -- text --------------------------------------------------------------------------------

    def find_names(self, text: str) -> list[tuple[int, int, str]]:
        """Spans ``(start, end, surface)`` of ``text`` that name a known place (longest match)."""
        from contested.gazetteer.textscan import NameScanner

        if self._scanner is None:
            self._scanner = NameScanner.from_connection(self._conn, self._lock, self.path)
        assert isinstance(self._scanner, NameScanner)
        return self._scanner.scan(text)

    # -- maintenance -------------------------------------------------------------------------

    @property
    def connection(self) -> sqlite3.Connection:
        """The SQLite connection (for importers in this package)."""
        return self._conn

    def reopen(self) -> None:
        """A new connection to the same file, keeping the caches and the name scanner: what a
        forked process calls before its first lookup (SQLite connections must not be used
        across ``fork``). The inherited connection is kept, unused and never closed here: SQLite
        asks that a forked child not touch it at all."""
        self._inherited.append(self._conn)
        self._conn = sqlite3.connect(str(self.path), check_same_thread=False)
        self._lock = threading.Lock()

    def clear_caches(self) -> None:
        self._rows.cache_clear()
        self._country_keys.clear()
        self._skeletons.clear()
        self._context_cache.cache_clear()
        self._regions.cache_clear()
        self._scanner = None

    def stats(self) -> dict[str, int]:
        with self._lock:
            places = self._conn.execute("SELECT COUNT(*) FROM places").fetchone()[0]
            names = self._conn.execute("SELECT COUNT(*) FROM names").fetchone()[0]
        return {"places": int(places), "names": int(names)}

    def close(self) -> None:
        self._conn.close()


def _answers(ranked: list[Match]) -> bool:
    return bool(ranked) and ranked[0].score >= MIN_SCORE


def _with_country(ctx: LookupContext | None, country: str | None) -> LookupContext | None:
    """The context, with the country the caller names among its countries."""
    if country is None or (ctx is not None and country in ctx.countries):
        return ctx
    if ctx is None:
        return LookupContext(countries=(country,))
    return replace(ctx, countries=(*ctx.countries, country))


def _stripped(name: str) -> str:
    """``name`` without "village of" / "town" style words around it."""
    return _GENERIC_WORDS.sub("", name).strip() or name


def _variants(name: str) -> list[str]:
    """Shorter forms of ``name`` to try when it is unknown as written."""
    out: list[str] = []
    for variant in (_stripped(name), _KIND_WORDS.sub("", name).strip(),
                    _KIND_WORDS.sub("", _stripped(name)).strip()):
        if variant and variant != name and variant not in out:
            out.append(variant)
    return out


def open_existing(path: Path) -> Gazetteer:
    """Open a built gazetteer file (raises :class:`GazetteerError` if it is not one)."""
    try:
        conn = sqlite3.connect(str(path), check_same_thread=False)
        conn.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
    except sqlite3.Error as exc:
        raise GazetteerError(f"{path} is not a contested gazetteer ({exc}); delete it to "
                             "rebuild") from exc
    return Gazetteer(conn, path)
