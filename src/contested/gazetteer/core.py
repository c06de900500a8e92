"""The :class:`Gazetteer`: an open SQLite gazetteer with ranked, context-aware lookups."""

from __future__ import annotations

import logging
import re
import sqlite3
import threading
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from contested.errors import GazetteerError
from contested.gazetteer.fuzzy import near_keys
from contested.gazetteer.keys import name_key
from contested.gazetteer.model import LookupContext, Match
from contested.gazetteer.ranking import FUZZY_QUALITY, MIN_SCORE, Candidate, rank

log = logging.getLogger(__name__)

_GENERIC_WORDS = re.compile(
    r"^(?:the\s+)?(?:(?:village|town|city|district|area|countryside|outskirts|vicinity|"
    r"countryside|suburbs?|region|sub-?district|neighbou?rhood)\s+of\s+)+|"
    r"\s+(?:village|town|city|district|sub-?district|area|countryside|region|"
    r"neighbou?rhood)$", re.IGNORECASE)
_SELECT = ("SELECT p.name, p.gid, p.admin1, p.country, p.lat, p.lon, p.feature, p.population,"
           " p.curated FROM names n JOIN places p ON p.pid = n.pid WHERE n.key = ?")


class Gazetteer:
    """Read access to a built gazetteer file. Thread-safe for lookups (one lock)."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self._conn = conn
        self.path = path
        self._lock = threading.Lock()
        self._country_keys: dict[str, list[str]] = {}
        self._scanner: object | None = None
        self._rows = lru_cache(maxsize=50_000)(self._query_rows)

    # -- lookups -----------------------------------------------------------------------------

    def lookup(self, name: str, *, country: str | None = None,
               context: LookupContext | None = None) -> Match | None:
        """The best place for ``name``, or None when unknown or too ambiguous to say."""
        ranked = self._ranked(name, country, context, 1)
        if not ranked or ranked[0].score < MIN_SCORE:
            return None
        return ranked[0]

    def candidates(self, name: str, country: str | None = None, limit: int = 10,
                   context: LookupContext | None = None) -> list[Match]:
        """Every place ``name`` may denote, best first (scores as :meth:`lookup` computes)."""
        return self._ranked(name, country, context, limit)

    def _ranked(self, name: str, country: str | None,
                context: LookupContext | None, limit: int) -> list[Match]:
        country = country.upper() if country else None
        context = self._with_admin1_countries(context)
        cands = self._exact(name, country)
        if not cands:
            stripped = _GENERIC_WORDS.sub("", name).strip()
            if stripped and stripped != name:
                cands = self._exact(stripped, country)
        if not cands:
            cands = self._fuzzy(name, country, context)
        return rank(cands, context, limit)

    def _with_admin1_countries(self, ctx: LookupContext | None) -> LookupContext | None:
        """Co-mentioned admin1 names imply their countries when the context names none."""
        if ctx is None or ctx.countries or not ctx.admin1:
            return ctx
        found = {c.match.country for a in ctx.admin1 for c in self._rows(name_key(a), None)
                 if c.match.feature == "ADM1" and c.match.country}
        return replace(ctx, countries=tuple(sorted(found))) if found else ctx

    def _exact(self, name: str, country: str | None) -> list[Candidate]:
        key = name_key(name)
        return list(self._rows(key, country)) if key else []

    def _fuzzy(self, name: str, country: str | None,
               context: LookupContext | None) -> list[Candidate]:
        scopes = [country] if country else list(context.countries if context else ())
        key = name_key(name)
        out: list[Candidate] = []
        for cc in scopes:
            hits = near_keys(key, self._keys_of(cc))
            best = [k for d, k in hits if d == hits[0][0]] if hits else []
            for other in best:
                out.extend(Candidate(c.match, c.curated, FUZZY_QUALITY)
                           for c in self._rows(other, cc))
        return out

    def _query_rows(self, key: str, country: str | None) -> tuple[Candidate, ...]:
        sql, args = (_SELECT, [key]) if country is None else (
            _SELECT + " AND p.country = ?", [key, country])
        with self._lock:
            rows = self._conn.execute(sql, args).fetchall()
        return tuple(Candidate(Match(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], 0.0),
                               bool(r[8])) for r in rows)

    def _keys_of(self, country: str) -> list[str]:
        if country not in self._country_keys:
            with self._lock:
                rows = self._conn.execute(
                    "SELECT DISTINCT n.key FROM names n JOIN places p ON p.pid = n.pid"
                    " WHERE p.country = ?", (country,)).fetchall()
            self._country_keys[country] = [r[0] for r in rows]
        return self._country_keys[country]

    # -- text --------------------------------------------------------------------------------

    def find_names(self, text: str) -> list[tuple[int, int, str]]:
        """Spans ``(start, end, surface)`` of ``text`` that name a known place (longest match)."""
        from contested.gazetteer.textscan import NameScanner

        if self._scanner is None:
            self._scanner = NameScanner.from_connection(self._conn, self._lock)
        assert isinstance(self._scanner, NameScanner)
        return self._scanner.scan(text)

    # -- maintenance -------------------------------------------------------------------------

    @property
    def connection(self) -> sqlite3.Connection:
        """The SQLite connection (for importers in this package)."""
        return self._conn

    def clear_caches(self) -> None:
        self._rows.cache_clear()
        self._country_keys.clear()
        self._scanner = None

    def stats(self) -> dict[str, int]:
        with self._lock:
            places = self._conn.execute("SELECT COUNT(*) FROM places").fetchone()[0]
            names = self._conn.execute("SELECT COUNT(*) FROM names").fetchone()[0]
        return {"places": int(places), "names": int(names)}

    def close(self) -> None:
        self._conn.close()


def open_existing(path: Path) -> Gazetteer:
    """Open a built gazetteer file (raises :class:`GazetteerError` if it is not one)."""
    try:
        conn = sqlite3.connect(str(path), check_same_thread=False)
        conn.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
    except sqlite3.Error as exc:
        raise GazetteerError(f"{path} is not a contested gazetteer ({exc}); delete it to "
                             "rebuild") from exc
    return Gazetteer(conn, path)
