"""Incident queries: filters, full-text search, sorting and paging."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from contested.errors import UsageError
from contested.store import BBox, IncidentFilter, Store, open_store
from contested.types import Incident
from store_factories import populated


@pytest.fixture
def filled(store_target: str) -> Iterator[tuple[Store, list[Incident]]]:
    with open_store(store_target) as store:
        _, _, incidents = populated(store)
        yield store, incidents


def ids(store: Store, **kw: object) -> list[str]:
    filters = IncidentFilter(**kw)  # type: ignore[arg-type]
    found = [i.incident_id for i in store.list_incidents(filters, sort="id")]
    assert store.count_incidents(filters) == len(found)
    return found


@pytest.mark.parametrize(
    ("kw", "expected"),
    [
        ({}, [0, 1]),
        ({"country": "SY"}, [0]),
        ({"country": "IQ"}, []),
        ({"admin1": "deir ez-zor"}, [0]),
        ({"since": dt.date(2024, 4, 1)}, [1]),
        ({"until": dt.date(2024, 4, 1)}, [0]),
        ({"since": dt.date(2024, 3, 4), "until": dt.date(2024, 3, 4)}, [0]),
        ({"event_type": "missile_strike"}, [1]),
        ({"grade": "weak"}, [1]),
        ({"actor": "coalition"}, [0]),
        ({"actor": "RUSSIAN"}, [1]),
        ({"actor": "%"}, []),
        ({"contested_only": True}, [0]),
        ({"bbox": (35.0, 45.0, 40.0, 55.0)}, [1]),
        ({"bbox": BBox(38.0, 30.0, 42.0, 36.0)}, [0]),
        ({"country": "SY", "grade": "weak"}, []),
    ],
)
def test_filters(
    filled: tuple[Store, list[Incident]], kw: dict[str, object], expected: list[int]
) -> None:
    store, incidents = filled
    assert ids(store, **kw) == sorted(incidents[i].incident_id for i in expected)


@pytest.mark.parametrize(
    ("q", "expected"),
    [
        ("Observatory", [0]),  # only in the SOHR article, linked to the Syrian incident
        ("harra", [0]),
        ("Kharkiv missile", [1]),
        ("Kharkiv Observatory", []),  # words are ANDed within one article
        ("Khārkiv MISSILE", [1]),  # Latin diacritics and case are folded on both backends
        ('"al-Harra" NEAR( *', [0]),  # FTS syntax is read as plain words, never an error
        ("???", []),
    ],
)
def test_full_text_query(filled: tuple[Store, list[Incident]], q: str, expected: list[int]) -> None:
    store, incidents = filled
    assert ids(store, q=q) == sorted(incidents[i].incident_id for i in expected)


def test_sort_and_paging(filled: tuple[Store, list[Incident]]) -> None:
    store, (syria, ukraine) = filled
    newest = [i.incident_id for i in store.list_incidents(sort="-date")]
    assert newest == [ukraine.incident_id, syria.incident_id]
    deadliest = store.list_incidents(sort="-killed", limit=1)
    assert [i.incident_id for i in deadliest] == [syria.incident_id]
    second = store.list_incidents(sort="-killed", limit=1, offset=1)
    assert [i.incident_id for i in second] == [ukraine.incident_id]
    assert store.list_incidents(sort="date", offset=1) == [ukraine]


def test_bad_sort_and_bbox_are_usage_errors(filled: tuple[Store, list[Incident]]) -> None:
    store, _ = filled
    with pytest.raises(UsageError, match="unknown sort"):
        store.list_incidents(sort="size")  # type: ignore[arg-type]
    with pytest.raises(UsageError, match="bbox"):
        store.list_incidents(IncidentFilter(bbox=(10.0, 0.0, 5.0, 1.0)))
