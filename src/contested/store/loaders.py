"""Bulk reads: rows of mentions, claims and incidents back into dataclasses.

Every query has a total ORDER BY so two identical databases read back identically.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from typing import Any, TypeVar

from contested.store import rows
from contested.store.dialect import Connection
from contested.types import (
    Article,
    Claim,
    Contradiction,
    Estimate,
    Incident,
    Mention,
    Perpetrator,
    Report,
)

T = TypeVar("T")
CHUNK = 500  # ids per IN (...) list, well under SQLite's variable limit

# Mentions in reading order: article publication date (undated last), article, position.
MENTION_ORDER = "(a.published IS NULL), a.published, m.article_id, m.trigger_start, m.mention_id"


def chunks(items: Sequence[T], size: int = CHUNK) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def marks(count: int) -> str:
    return ", ".join("?" * count)


def claims_by_mention(
    conn: Connection, mention_ids: Sequence[str]
) -> dict[str, list[Claim]]:
    grouped: dict[str, list[Claim]] = defaultdict(list)
    for part in chunks(mention_ids):
        cursor = conn.execute(
            f"SELECT * FROM claims WHERE mention_id IN ({marks(len(part))})"
            " ORDER BY mention_id, position, claim_id",
            tuple(part),
        )
        for row in cursor:
            grouped[row["mention_id"]].append(rows.claim_from(row))
    return grouped


def mentions(conn: Connection, sql: str, params: Sequence[Any]) -> list[Mention]:
    """Mentions of ``sql`` (selecting ``m.*`` from ``mentions m``), with their claims."""
    found = conn.execute(sql, tuple(params)).fetchall()
    claims = claims_by_mention(conn, [row["mention_id"] for row in found])
    return [rows.mention_from(row, claims.get(row["mention_id"], ())) for row in found]


def grouped_mentions(
    conn: Connection, sql: str, params: Sequence[Any]
) -> list[tuple[str, list[Mention]]]:
    """Like :func:`mentions` for a query that also selects ``r.incident_id AS group_id``."""
    found = conn.execute(sql, tuple(params)).fetchall()
    claims = claims_by_mention(conn, [row["mention_id"] for row in found])
    groups: dict[str, list[Mention]] = {}
    for row in found:
        mention = rows.mention_from(row, claims.get(row["mention_id"], ()))
        groups.setdefault(row["group_id"], []).append(mention)
    return list(groups.items())


def articles(conn: Connection, ids: Sequence[str]) -> dict[str, Article]:
    unique = sorted(set(ids))
    found: dict[str, Article] = {}
    for part in chunks(unique):
        cursor = conn.execute(
            f"SELECT * FROM articles WHERE article_id IN ({marks(len(part))}) ORDER BY article_id",
            tuple(part),
        )
        for row in cursor:
            found[row["article_id"]] = rows.article_from(row)
    return found


def _children(conn: Connection, table: str, ids: Sequence[str]) -> dict[str, list[Any]]:
    grouped: dict[str, list[Any]] = defaultdict(list)
    for part in chunks(ids):
        cursor = conn.execute(
            f"SELECT * FROM {table} WHERE incident_id IN ({marks(len(part))})"
            " ORDER BY incident_id, position",
            tuple(part),
        )
        for row in cursor:
            grouped[row["incident_id"]].append(row)
    return grouped


def incidents(conn: Connection, found: Sequence[Any]) -> list[Incident]:
    """Incident rows (in their order) completed with their child rows."""
    ids = [row["incident_id"] for row in found]
    perps = _children(conn, "incident_perpetrators", ids)
    victims = _children(conn, "incident_casualties_by_victims", ids)
    contra = _children(conn, "contradictions", ids)
    reports = _children(conn, "incident_reports", ids)
    return [_incident(row, perps, victims, contra, reports) for row in found]


def _incident(
    row: Any,
    perps: dict[str, list[Any]],
    victims: dict[str, list[Any]],
    contra: dict[str, list[Any]],
    reports: dict[str, list[Any]],
) -> Incident:
    key = row["incident_id"]
    perpetrators: list[Perpetrator] = [rows.perpetrator_from(r) for r in perps.get(key, ())]
    by_victims: list[tuple[str, Estimate]] = [rows.by_victims_from(r) for r in victims.get(key, ())]
    contradictions: list[Contradiction] = [rows.contradiction_from(r) for r in contra.get(key, ())]
    linked: list[Report] = [rows.report_from(r) for r in reports.get(key, ())]
    return rows.incident_from(row, perpetrators, by_victims, contradictions, linked)
