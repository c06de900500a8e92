"""Reviewers' decisions, the audit log, users, and the reads the HTTP API needs.

Decisions are keyed by stable ids (claim, incident, mention) so they outlive re-runs of the
pipeline; :mod:`contested.review` re-applies them after every resolution. Every decision is
written in the same transaction as its audit event.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from typing import Any

from contested.store import loaders, queries, rows
from contested.store.dialect import Connection
from contested.store.loaders import MENTION_ORDER, chunks, marks
from contested.store.models import (
    AuditEvent,
    ClaimReview,
    GradeOverride,
    IncidentFilter,
    IncidentPoint,
)
from contested.types import Claim, Mention


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


class ReviewMixin:
    """Methods of :class:`~contested.store.Store` for review, audit and browsing."""

    _now: Callable[[], str]
    _conn: Connection

    def _tx(self, what: str) -> AbstractContextManager[Connection]:
        raise NotImplementedError  # pragma: no cover - Store defines it

    @property
    def backend(self) -> str:
        raise NotImplementedError  # pragma: no cover - Store defines it

    def _rows(self, what: str, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        raise NotImplementedError  # pragma: no cover - Store defines it

    # -- audit ----------------------------------------------------------------------------------

    def _audit(
        self,
        conn: Connection,
        who: str,
        action: str,
        target: str,
        incident_id: str | None,
        change: tuple[Any, Any],
        comment: str,
    ) -> None:
        conn.execute(
            "INSERT INTO audit_events (at, who, action, target, incident_id, before, after,"
            " comment) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (self._now(), who, action, target, incident_id, _json(change[0]), _json(change[1]),
             comment),
        )

    def audit_events(self, incident_id: str | None = None, limit: int = 200) -> list[AuditEvent]:
        """Newest first; only those about ``incident_id`` when given."""
        sql, params = "SELECT * FROM audit_events", []
        if incident_id is not None:
            sql, params = sql + " WHERE incident_id = ? OR target = ?", [incident_id, incident_id]
        found = self._rows("cannot read the audit log", sql + " ORDER BY id DESC LIMIT ?",
                           [*params, limit])
        return [
            AuditEvent(r["id"], r["at"], r["who"], r["action"], r["target"], r["incident_id"],
                       r["before"], r["after"], r["comment"])
            for r in found
        ]

    # -- claim decisions ------------------------------------------------------------------------

    def review_claim(
        self, claim_id: str, status: str, comment: str, who: str, incident_id: str | None
    ) -> ClaimReview:
        """Record ``status`` (accepted | rejected) for a claim, with its audit event."""
        with self._tx(f"cannot review claim {claim_id}") as conn:
            old = conn.execute(
                "SELECT status FROM review_claims WHERE claim_id = ?", (claim_id,)
            ).fetchone()
            at = self._now()
            conn.execute(
                "INSERT INTO review_claims (claim_id, status, comment, by, at) VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT (claim_id) DO UPDATE SET status = excluded.status,"
                " comment = excluded.comment, by = excluded.by, at = excluded.at",
                (claim_id, status, comment, who, at),
            )
            before = {"status": old["status"] if old else None}
            self._audit(conn, who, f"claim.{status}", claim_id, incident_id,
                        (before, {"status": status}), comment)
        return ClaimReview(claim_id, status, comment, who, at)  # type: ignore[arg-type]

    def claim_reviews(self, claim_ids: Sequence[str] | None = None) -> dict[str, ClaimReview]:
        """Decisions on ``claim_ids`` (every decision when ``None``)."""
        sql = "SELECT * FROM review_claims"
        if claim_ids is None:
            found = self._rows("cannot read claim reviews", sql)
        else:
            found = []
            for part in chunks(list(claim_ids)):
                where = f" WHERE claim_id IN ({marks(len(part))})"
                found.extend(self._rows("cannot read claim reviews", sql + where, part))
        return {
            r["claim_id"]: ClaimReview(r["claim_id"], r["status"], r["comment"], r["by"], r["at"])
            for r in found
        }

    # -- grade overrides ------------------------------------------------------------------------

    def override_grade(
        self, incident_id: str, grade: str | None, comment: str, who: str, current: str
    ) -> None:
        """Set (or with ``grade=None`` clear) the reviewer's grade of an incident."""
        with self._tx(f"cannot override the grade of {incident_id}") as conn:
            old = conn.execute(
                "SELECT grade FROM review_grades WHERE incident_id = ?", (incident_id,)
            ).fetchone()
            if grade is None:
                conn.execute("DELETE FROM review_grades WHERE incident_id = ?", (incident_id,))
            else:
                conn.execute(
                    "INSERT INTO review_grades (incident_id, grade, comment, by, at)"
                    " VALUES (?, ?, ?, ?, ?) ON CONFLICT (incident_id) DO UPDATE SET"
                    " grade = excluded.grade, comment = excluded.comment, by = excluded.by,"
                    " at = excluded.at",
                    (incident_id, grade, comment, who, self._now()),
                )
            before = {"grade": current, "override": old["grade"] if old else None}
            self._audit(conn, who, "incident.grade", incident_id, incident_id,
                        (before, {"override": grade}), comment)

    def grade_override(self, incident_id: str) -> GradeOverride | None:
        found = self._rows("cannot read grade overrides",
                           "SELECT * FROM review_grades WHERE incident_id = ?", [incident_id])
        if not found:
            return None
        r = found[0]
        return GradeOverride(r["incident_id"], r["grade"], r["comment"], r["by"], r["at"])

    def grade_overrides(self) -> list[GradeOverride]:
        found = self._rows("cannot read grade overrides",
                           "SELECT * FROM review_grades ORDER BY incident_id")
        return [GradeOverride(r["incident_id"], r["grade"], r["comment"], r["by"], r["at"])
                for r in found]

    def move_grade_override(self, old_id: str, new_id: str) -> None:
        """An override follows its incident when resolution merged it into ``new_id``."""
        with self._tx(f"cannot move the grade override of {old_id}") as conn:
            conn.execute("UPDATE review_grades SET incident_id = ? WHERE incident_id = ?",
                         (new_id, old_id))
            self._audit(conn, "contested", "incident.grade.followed", new_id, new_id,
                        ({"incident": old_id}, {"incident": new_id}), "merged by resolution")

    # -- mention groups (merge / split) ------------------------------------------------------

    def group_mentions(
        self,
        groups: Sequence[tuple[str, Sequence[str]]],
        who: str,
        action: str,
        incident_id: str,
        change: tuple[Any, Any],
        comment: str,
        unite: bool = False,
    ) -> None:
        """Pin each ``(anchor, mention_ids)`` group: its mentions belong to one incident,
        apart from other groups. With ``unite`` (a merge), mentions already pinned with any of
        them join the group too; otherwise (a split) only the named mentions move."""
        with self._tx(f"cannot record {action}") as conn:
            at = self._now()
            for anchor, mention_ids in groups:
                for part in chunks(list(mention_ids) if unite else []):
                    conn.execute(
                        "UPDATE review_groups SET anchor = ? WHERE anchor IN (SELECT anchor FROM"
                        f" review_groups WHERE mention_id IN ({marks(len(part))}))",
                        (anchor, *part),
                    )
                for mention_id in mention_ids:
                    conn.execute(
                        "INSERT INTO review_groups (mention_id, anchor, by, at) VALUES (?, ?, ?, ?)"
                        " ON CONFLICT (mention_id) DO UPDATE SET anchor = excluded.anchor,"
                        " by = excluded.by, at = excluded.at",
                        (mention_id, anchor, who, at),
                    )
            self._audit(conn, who, action, incident_id, incident_id, change, comment)

    def mention_groups(self) -> dict[str, list[str]]:
        """Pinned groups: anchor -> its mention ids (sorted)."""
        sql = "SELECT anchor, mention_id FROM review_groups ORDER BY anchor, mention_id"
        groups: dict[str, list[str]] = {}
        for r in self._rows("cannot read review groups", sql):
            groups.setdefault(r["anchor"], []).append(r["mention_id"])
        return groups

    def incident_of_mentions(self, mention_ids: Sequence[str]) -> dict[str, str]:
        """mention_id -> the incident it is linked to (unlinked mentions are left out)."""
        found: dict[str, str] = {}
        for part in chunks(list(mention_ids)):
            sql = ("SELECT mention_id, incident_id FROM incident_reports"
                   f" WHERE mention_id IN ({marks(len(part))})")
            for r in self._rows("cannot read incident reports", sql, part):
                found[r["mention_id"]] = r["incident_id"]
        return found

    def mentions(self, mention_ids: Sequence[str]) -> list[Mention]:
        """Stored mentions by id, in reading order."""
        found: list[Mention] = []
        for part in chunks(list(mention_ids)):
            sql = ("SELECT m.* FROM mentions m JOIN articles a ON a.article_id = m.article_id"
                   f" WHERE m.mention_id IN ({marks(len(part))}) ORDER BY {MENTION_ORDER}")
            found.extend(loaders.mentions(self._conn, sql, part))
        return found

    def reviewed_incident_ids(self) -> list[str]:
        """Incidents a decision bears on: pinned mentions, reviewed claims, grade overrides."""
        sql = (
            "SELECT r.incident_id FROM incident_reports r WHERE r.mention_id IN"
            " (SELECT mention_id FROM review_groups UNION SELECT c.mention_id FROM claims c"
            " JOIN review_claims rc ON rc.claim_id = c.claim_id)"
            " UNION SELECT g.incident_id FROM review_grades g JOIN incidents i"
            " ON i.incident_id = g.incident_id ORDER BY 1"
        )
        return [r[0] for r in self._rows("cannot read reviewed incidents", sql)]

    # -- users ----------------------------------------------------------------------------------

    def set_user(self, name: str, password_hash: str) -> None:
        with self._tx(f"cannot save user {name}") as conn:
            conn.execute(
                "INSERT INTO users (name, password_hash, created_at) VALUES (?, ?, ?)"
                " ON CONFLICT (name) DO UPDATE SET password_hash = excluded.password_hash",
                (name, password_hash, self._now()),
            )

    def password_hash(self, name: str) -> str | None:
        found = self._rows("cannot read users", "SELECT password_hash FROM users WHERE name = ?",
                           [name])
        return str(found[0][0]) if found else None

    # -- browsing -------------------------------------------------------------------------------

    def incident_points(
        self, filters: IncidentFilter | None = None, limit: int = 5000
    ) -> list[IncidentPoint]:
        """Located incidents matching ``filters`` (newest first), as map points."""
        where, params = queries.where(filters, backend=self.backend)
        located = "i.place_lat IS NOT NULL AND i.place_lon IS NOT NULL"
        where = f"{where} AND {located}" if where else f"WHERE {located}"
        sql = (
            "SELECT i.incident_id, i.type, i.date_start, i.place_name, i.place_lat, i.place_lon,"
            f" i.grade, i.killed_best FROM incidents i {where}"
            f" ORDER BY {queries.order_by('-date')} LIMIT ?"
        )
        return [
            IncidentPoint(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7])
            for r in self._rows("cannot read incident points", sql, [*params, limit])
        ]

    def incident_histogram(self, filters: IncidentFilter | None = None) -> list[tuple[str, int]]:
        """Dated incidents matching ``filters`` per start day: ``[(YYYY-MM-DD, n), ...]``."""
        where, params = queries.where(filters, backend=self.backend)
        dated = "i.date_start IS NOT NULL"
        where = f"{where} AND {dated}" if where else f"WHERE {dated}"
        sql = f"SELECT i.date_start, count(*) FROM incidents i {where} GROUP BY 1 ORDER BY 1"
        return [(r[0], r[1]) for r in self._rows("cannot count incidents by day", sql, params)]

    def article_claims(self, article_id: str) -> list[tuple[Claim, str | None]]:
        """The claims read from an article, each with the incident it belongs to."""
        sql = (
            "SELECT c.*, r.incident_id AS linked FROM claims c LEFT JOIN incident_reports r"
            " ON r.mention_id = c.mention_id WHERE c.article_id = ?"
            " ORDER BY c.span_start, c.span_end, c.claim_id"
        )
        found = self._rows("cannot read claims", sql, [article_id])
        return [(rows.claim_from(r), r["linked"]) for r in found]

    def claim(self, claim_id: str) -> Claim | None:
        found = self._rows("cannot read claims", "SELECT * FROM claims WHERE claim_id = ?",
                           [claim_id])
        return rows.claim_from(found[0]) if found else None

    def claim_incident(self, claim_id: str) -> str | None:
        sql = ("SELECT r.incident_id FROM claims c JOIN incident_reports r"
               " ON r.mention_id = c.mention_id WHERE c.claim_id = ?")
        found = self._rows("cannot read claims", sql, [claim_id])
        return str(found[0][0]) if found else None
