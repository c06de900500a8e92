"""The resolver's paged reads: unresolved mentions a page at a time, mentions by id, candidate
incidents by id, their members bounded, and the incidents naming given names.

:func:`contested.pipeline.resolve_pending` resolves the unresolved mentions in slices; these
reads keep what one slice holds bounded by the slice, not by the store.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from contextlib import AbstractContextManager
from typing import Any

from contested.store import loaders
from contested.store.dialect import Connection
from contested.store.loaders import MENTION_ORDER, chunks, marks
from contested.types import Mention

_PENDING = (
    "NOT EXISTS (SELECT 1 FROM incident_reports r WHERE r.mention_id = m.mention_id)"
)


class PendingMixin:
    """Methods of :class:`~contested.store.Store` that page what resolution reads."""

    _conn: Connection

    def _tx(self, what: str) -> AbstractContextManager[Connection]:
        raise NotImplementedError  # pragma: no cover - Store defines it

    def snapshot(self) -> AbstractContextManager[None]:
        raise NotImplementedError  # pragma: no cover - Store defines it

    def _translated(self, what: str) -> Any:
        raise NotImplementedError  # pragma: no cover - Store defines it

    def _rows(self, what: str, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        raise NotImplementedError  # pragma: no cover - Store defines it

    def unresolved_page(self, after: str | None, limit: int) -> list[Mention]:
        """At most ``limit`` unresolved mentions whose id follows ``after``, by mention id."""
        cond = "" if after is None else " AND m.mention_id > ?"
        sql = (f"SELECT m.* FROM mentions m JOIN articles a ON a.article_id = m.article_id"
               f" WHERE {_PENDING}{cond} ORDER BY m.mention_id LIMIT ?")
        params = (limit,) if after is None else (after, limit)
        with self._translated("cannot read mentions"), self.snapshot():
            return loaders.mentions(self._conn, sql, params)

    def mentions_by_ids(self, ids: Sequence[str]) -> list[Mention]:
        """The stored mentions ``ids``, in that order (unknown ids left out)."""
        found: dict[str, Mention] = {}
        with self._translated("cannot read mentions"), self.snapshot():
            for part in chunks(ids):
                sql = f"SELECT m.* FROM mentions m WHERE m.mention_id IN ({marks(len(part))})"
                found.update((m.mention_id, m) for m in loaders.mentions(self._conn, sql, part))
        return [found[i] for i in ids if i in found]

    def incident_ids_near(
        self, country: str | None, date_from: dt.date | None, date_to: dt.date | None
    ) -> list[str]:
        """Incidents that may receive a mention of ``country`` whose candidate window is
        ``[date_from, date_to]``: those whose span (or, stored before spans, dates) meets the
        window, in any country (the text links reports across a misread place), and the
        undated ones of its country or of none. For an undated mention (no window), every
        incident of its country or of none (of none only, without a country)."""
        place = ("i.place_country IS NULL" if country is None
                 else "(i.place_country = ? OR i.place_country IS NULL)")
        params: list[object] = [] if country is None else [country]
        if date_from is None and date_to is None:
            cond = place
        else:
            low = (date_from or dt.date.min).isoformat()
            high = (date_to or dt.date.max).isoformat()
            cond = (f"(coalesce(i.span_end, i.date_end, i.date_start) >= ?"
                    f" AND coalesce(i.span_start, i.date_start) <= ?)"
                    f" OR (coalesce(i.span_start, i.date_start) IS NULL AND {place})")
            params = [low, high, *params]
        sql = f"SELECT i.incident_id FROM incidents i WHERE {cond} ORDER BY i.incident_id"
        return [r["incident_id"] for r in self._rows("cannot read incident candidates", sql,
                                                     params)]

    def incident_span(self, incident_id: str) -> tuple[dt.date | None, dt.date | None]:
        """The days resolution last saw the incident span (``None``: unknown)."""
        sql = "SELECT span_start, span_end FROM incidents WHERE incident_id = ?"
        found = self._rows("cannot read an incident's span", sql, (incident_id,))
        if not found:
            return None, None
        return tuple(  # type: ignore[return-value]
            None if v is None else dt.date.fromisoformat(v) for v in (found[0][0], found[0][1]))

    def set_incident_span(
        self, incident_id: str, span: tuple[dt.date | None, dt.date | None]
    ) -> None:
        """Record the days resolution sees ``incident_id`` span."""
        start, end = (None if d is None else d.isoformat() for d in span)
        with self._tx(f"cannot save the span of {incident_id}") as conn:
            conn.execute("UPDATE incidents SET span_start = ?, span_end = ? WHERE incident_id = ?",
                         (start, end, incident_id))

    def bounded_members(
        self, incident_id: str, head: int, tail: int
    ) -> tuple[list[Mention], list[str]]:
        """An incident's members in reading order: the first ``head`` and the last ``tail``
        read in full, and the ids of those between (not read)."""
        sql = ("SELECT m.mention_id FROM incident_reports r"
               " JOIN mentions m ON m.mention_id = r.mention_id"
               " JOIN articles a ON a.article_id = m.article_id WHERE r.incident_id = ?"
               f" ORDER BY {MENTION_ORDER}")
        with self._translated("cannot read mentions"), self.snapshot():
            ids = [r["mention_id"] for r in self._rows("cannot read mentions", sql,
                                                       (incident_id,))]
            if len(ids) <= head + tail:
                return self.mentions_by_ids(ids), []
            read = self.mentions_by_ids([*ids[:head], *ids[len(ids) - tail:]])
            return read, ids[head : len(ids) - tail]

    def incidents_naming(self, names: AbstractSet[str], among: AbstractSet[str]) -> list[str]:
        """The incidents of ``among`` with a member whose article names one of ``names``
        (read a row at a time: the members' names are not indexed)."""
        if not names or not among:
            return []
        sql = ("SELECT r.incident_id, m.names FROM incident_reports r"
               " JOIN mentions m ON m.mention_id = r.mention_id ORDER BY r.incident_id")
        found: set[str] = set()
        with self._translated("cannot read names"), self.snapshot():
            for row in self._conn.execute(sql, ()):
                if row["incident_id"] in among and row["incident_id"] not in found and (
                        not names.isdisjoint(json.loads(row["names"]))):
                    found.add(row["incident_id"])
        return sorted(found)
