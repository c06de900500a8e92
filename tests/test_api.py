"""The HTTP API in process (FastAPI's TestClient) over a real demo store (SQLite or
PostgreSQL, see backends.py)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api_support import HOSTILE, TOKEN, build_demo_db
from contested.api import ApiSettings, create_app
from contested.api.app import static_dir
from contested.store import IncidentFilter, open_store


@pytest.fixture(scope="module")
def demo_db(
    tmp_path_factory: pytest.TempPathFactory, new_store_target: Callable[[Path, str], str]
) -> str:
    folder = tmp_path_factory.mktemp("api")
    return build_demo_db(new_store_target(folder, "demo.db"), folder)


@pytest.fixture
def client(
    demo_db: str, tmp_path: Path, copy_store_target: Callable[[str, Path], str]
) -> Iterator[TestClient]:
    app = create_app(ApiSettings(db=copy_store_target(demo_db, tmp_path), token=TOKEN))
    with TestClient(app) as test_client:
        yield test_client


def located_total(db: str) -> int:
    with open_store(db) as store:
        return len(store.incident_points(IncidentFilter()))


def test_list_pages_and_counts(client: TestClient, demo_db: str) -> None:
    with open_store(demo_db) as store:
        total = store.count_incidents()
    first = client.get("/api/incidents", params={"limit": 5}).json()
    second = client.get("/api/incidents", params={"limit": 5, "offset": 5}).json()
    assert first["total"] == total > 10
    assert len(first["items"]) == 5
    assert not {i["incident_id"] for i in first["items"]} & {i["incident_id"] for i in second["items"]}
    dates = [i["date_start"] for i in first["items"] if i["date_start"]]
    assert dates == sorted(dates, reverse=True)


@pytest.mark.parametrize(
    ("params", "check"),
    [
        ({"country": "sy"}, lambda i: i["place"]["country"] == "SY"),
        ({"grade": "contested"}, lambda i: i["grade"] == "contested"),
        ({"type": "rocket_attack"}, lambda i: i["type"] == "rocket_attack"),
        ({"since": "2020-01-01", "until": "2020-12-31"},
         lambda i: (i["date_end"] or i["date_start"]) >= "2020-01-01" and i["date_start"] <= "2020-12-31"),
        ({"bbox": "38,32,42,37"}, lambda i: 38 <= i["place"]["lon"] <= 42 and 32 <= i["place"]["lat"] <= 37),
        ({"admin1": "deir ez-zor"}, lambda i: i["place"]["admin1"] == "Deir ez-Zor"),
        ({"contested": "true"}, lambda i: i["grade"] == "contested" or i["contradictions"] > 0),
        ({"actor": "united"}, lambda i: any("united" in p["actor"].lower() for p in i["perpetrators"])),
    ],
)
def test_filters(client: TestClient, params: dict[str, str], check: object) -> None:
    body = client.get("/api/incidents", params={**params, "limit": 500}).json()
    assert body["items"], params
    assert body["total"] == len(body["items"])
    assert all(check(i) for i in body["items"])  # type: ignore[operator]
    everything = client.get("/api/incidents", params={"limit": 500}).json()
    assert body["total"] < everything["total"]


def test_full_text_search(client: TestClient) -> None:
    found = client.get("/api/incidents", params={"q": "Taji"}).json()
    assert found["total"] >= 1
    assert client.get("/api/incidents", params={"q": "zzzunheardof"}).json()["total"] == 0


def test_bad_parameters_get_one_error_shape(client: TestClient) -> None:
    for path in ("/api/incidents?sort=sideways", "/api/incidents?bbox=1,2,3"):
        response = client.get(path)
        assert response.status_code == 400
        assert set(response.json()["error"]) == {"status", "message"}
    assert client.get("/api/incidents?since=yesterday").status_code == 422
    missing = client.get("/api/incidents/inc_nope")
    assert missing.status_code == 404
    assert missing.json()["error"]["message"] == "no incident inc_nope"


def test_incident_page_has_claims_reports_contradictions(client: TestClient) -> None:
    contested = client.get("/api/incidents", params={"grade": "contested", "sort": "id"}).json()
    incident_id = max(contested["items"], key=lambda i: i["contradictions"])["incident_id"]
    page = client.get(f"/api/incidents/{incident_id}").json()
    assert page["schema"] == "contested.incident/1"
    assert len(page["claims"]) >= 2 and page["reports"] and page["contradictions"]
    claim_ids = {c["claim_id"] for c in page["claims"]}
    assert all(set(c["claim_ids"]) <= claim_ids for c in page["contradictions"])
    assert page["review"] == {"claims": {}, "grade": None}
    assert page["events"][0]["event"] == "created"


def test_article_spans_point_at_quotes(client: TestClient) -> None:
    page = client.get("/api/incidents", params={"q": "Taji", "limit": 1}).json()["items"][0]
    incident = client.get(f"/api/incidents/{page['incident_id']}").json()
    article_id = incident["claims"][0]["article_id"]
    article = client.get(f"/api/articles/{article_id}").json()
    assert article["claims"]
    for claim in article["claims"]:
        start, end = claim["span"]
        assert article["text"][start:end] == claim["quote"]
    assert client.get("/api/articles/art_nope").status_code == 404


def test_hostile_article_is_data_not_markup(client: TestClient) -> None:
    found = client.get("/api/incidents", params={"q": "Hostile Wire"}).json()["items"]
    assert found
    incident = client.get(f"/api/incidents/{found[0]['incident_id']}").json()
    article = client.get(f"/api/articles/{incident['reports'][0]['article_id']}").json()
    assert article["title"] == HOSTILE["title"]
    assert "<script>window.__pwned='text'</script>" in article["text"]


def test_geojson_timeline_outlets(client: TestClient, demo_db: str) -> None:
    geo = client.get("/api/incidents.geojson")
    assert geo.headers["content-type"].startswith("application/geo+json")
    features = geo.json()["features"]
    assert len(features) == located_total(demo_db)
    assert all(len(f["geometry"]["coordinates"]) == 2 for f in features)
    days = client.get("/api/timeline").json()["days"]
    dated = sum(1 for i in client.get("/api/incidents?limit=500").json()["items"] if i["date_start"])
    assert sum(n for _, n in days) == dated
    assert days == sorted(days)
    outlets = client.get("/api/outlets").json()["outlets"]
    assert outlets and all(o["articles"] >= 1 for o in outlets)


def test_exports_download(client: TestClient) -> None:
    total = client.get("/api/incidents", params={"country": "IQ"}).json()["total"]
    jsonl = client.get("/api/export/jsonl", params={"country": "IQ"})
    assert jsonl.headers["content-disposition"] == 'attachment; filename="incidents.jsonl"'
    records = [json.loads(line) for line in jsonl.text.splitlines()]
    assert len(records) == total and all(r["place"]["country"] == "IQ" for r in records)
    csv_text = client.get("/api/export/csv").text
    assert csv_text.startswith("event_id_cnty,")
    assert client.get("/api/export/geojson").json()["type"] == "FeatureCollection"
    assert client.get("/api/export/xml").status_code == 404


def test_openapi_document(client: TestClient) -> None:
    doc = client.get("/api/openapi.json").json()
    for path in ("/api/incidents", "/api/incidents/{incident_id}", "/api/articles/{article_id}",
                 "/api/outlets", "/api/incidents.geojson", "/api/export/{fmt}",
                 "/api/claims/{claim_id}/review", "/api/incidents/merge"):
        assert path in doc["paths"], path
    params = {p["name"] for p in doc["paths"]["/api/incidents"]["get"]["parameters"]}
    assert {"bbox", "country", "admin1", "since", "until", "type", "actor", "grade",
            "contested", "q", "limit", "offset", "sort"} <= params


def test_security_headers_everywhere(client: TestClient) -> None:
    for path in ("/", "/static/js/main.js", "/api/meta", "/api/incidents/inc_nope"):
        headers = client.get(path).headers
        csp = headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp
        assert "default-src 'none'" in csp and "frame-ancestors 'none'" in csp
        assert headers["x-content-type-options"] == "nosniff"


def test_ui_has_no_inline_code_and_builds_dom_from_text() -> None:
    root = static_dir()
    html = (root / "index.html").read_text(encoding="utf-8")
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html), "inline <script>"
    assert not re.search(r"\s(on\w+|style)\s*=", html), "inline handler or style attribute"
    for script in (root / "js").glob("*.js"):
        code = script.read_text(encoding="utf-8")
        for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("):
            assert sink not in code, f"{script.name} uses {sink}"


def test_basemap_is_served(client: TestClient) -> None:
    if not client.get("/api/meta").json()["basemap"]:
        pytest.fail("no basemap: scripts/setup builds src/contested/api/static/vendor/")
    outlines = client.get("/api/basemap").json()
    names = {f["properties"]["name"] for f in outlines["features"]}
    assert {"Syria", "Iraq"} <= names
