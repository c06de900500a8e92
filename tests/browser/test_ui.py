"""The web UI in a real headless Chromium against a real ``contested serve`` process."""

from __future__ import annotations

import json
import re
import urllib.error
import urllib.request
from typing import Any

import pytest
from ui_support import Server, Tab

from api_support import HOSTILE, TOKEN

pytestmark = pytest.mark.browser


def api(server: Server, path: str) -> Any:
    with urllib.request.urlopen(f"{server.url}{path}", timeout=10) as response:
        return json.loads(response.read())


def most_contested(server: Server) -> str:
    items = api(server, "/api/incidents?grade=contested&sort=id&limit=500")["items"]
    return str(max(items, key=lambda i: (i["contradictions"], i["incident_id"]))["incident_id"])


def sign_in(tab: Tab) -> None:
    tab.page.click("#signin")
    tab.page.fill("#signin-form input[name=secret]", TOKEN)
    tab.page.click("#signin-form button[type=submit]")
    tab.page.wait_for_selector("text=Reviewing as token")


def test_map_shows_the_demo_incidents(tab: Tab) -> None:
    tab.open()
    located = api(tab.server, "/api/incidents.geojson")["features"]
    assert len(located) >= 10
    tab.page.wait_for_selector("circle.dot")
    dots = tab.page.locator("circle.dot")
    assert dots.count() == len(located)
    ids = set(tab.page.eval_on_selector_all("circle.dot", "ds => ds.map(d => d.dataset.id)"))
    assert ids == {f["properties"]["incident_id"] for f in located}
    assert tab.page.locator(".land path").count() > 100  # the packaged country outlines
    assert tab.page.locator("#list tbody tr.row").count() == min(
        50, api(tab.server, "/api/incidents")["total"])
    tab.shot("01-browse")
    assert not tab.errors, tab.errors


def test_timeline_drag_filters_the_dates(tab: Tab) -> None:
    tab.open()
    box = tab.page.locator(".timeline-svg").bounding_box()
    y = box["y"] + box["height"] / 2
    tab.page.mouse.move(box["x"] + box["width"] * 0.55, y)
    tab.page.mouse.down()
    tab.page.mouse.move(box["x"] + box["width"] * 0.8, y, steps=5)
    tab.page.mouse.up()
    tab.page.wait_for_url(re.compile("since="))
    tab.ready()
    since = tab.page.input_value("#filters input[name=since]")
    until = tab.page.input_value("#filters input[name=until]")
    assert since and until and since <= until
    shown = api(tab.server, f"/api/incidents?since={since}&until={until}")["total"]
    assert tab.page.locator("#list tbody tr.row").count() == shown
    assert shown < api(tab.server, "/api/incidents")["total"]


def test_clicking_an_incident_shows_claims_side_by_side(tab: Tab) -> None:
    incident_id = most_contested(tab.server)
    tab.open()
    # a real click where the dot is drawn: incidents sharing a place open a list to choose from
    box = tab.page.locator(f"circle.dot[data-id='{incident_id}']").bounding_box()
    tab.page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    popup = tab.page.locator(f".map-popup a[data-id='{incident_id}']")
    if popup.count():
        tab.shot("02-map-popup")
        popup.click()
    tab.page.wait_for_url(re.compile(f"#/incident/{incident_id}$"))
    tab.ready()
    cards = tab.page.locator(".claim-grid .claim")
    assert cards.count() >= 2
    first, second = cards.nth(0).bounding_box(), cards.nth(1).bounding_box()
    assert abs(first["y"] - second["y"]) < 2 and second["x"] > first["x"] + first["width"] - 1
    record = api(tab.server, f"/api/incidents/{incident_id}")
    assert tab.page.locator(".claim.contradicted").count() >= 1
    assert tab.page.locator(".contradictions li").count() == len(record["contradictions"])
    assert tab.page.locator(".incident-head .badge").inner_text() == record["grade"]
    for reason in record["grade_reasons"]:
        assert tab.page.locator(".reasons li", has_text=reason).count() == 1
    claimant = record["claims"][0]["source"]
    assert tab.page.locator(".claimant", has_text=claimant).count() >= 1
    tab.shot("03-incident")
    tab.page.locator(".claim .to-article").first.click()
    tab.page.wait_for_selector("mark.focus")
    quote = record["claims"][0]["quote"]
    focused = "".join(tab.page.eval_on_selector_all("mark.focus", "ms => ms.map(m => m.textContent)"))
    assert focused == quote
    tab.shot("04-article")
    assert not tab.errors, tab.errors


def test_review_persists_after_reload_and_rerun(tab: Tab) -> None:
    incident_id = most_contested(tab.server)
    tab.open(f"#/incident/{incident_id}")
    sign_in(tab)
    tab.ready()
    card = tab.page.locator(".claim-grid .claim").first
    claim_id = card.get_attribute("data-claim")
    card.locator("button.review-rejected").click()
    tab.page.wait_for_selector(f".claim.is-rejected[data-claim='{claim_id}']")
    tab.page.select_option(".review select[name=grade]", "discounted")
    tab.page.fill(".review input[name=comment] >> nth=0", "staged footage")
    tab.page.click("#override-grade")
    tab.page.wait_for_selector(".incident-head .badge:text-is('discounted')")

    tab.page.reload()
    tab.ready()
    assert tab.page.locator(f".claim.is-rejected[data-claim='{claim_id}']").count() == 1
    assert tab.page.locator(".incident-head .badge").inner_text() == "discounted"

    tab.server.contested("run", str(tab.server.folder / "hostile.jsonl"))
    tab.server.contested("resolve")
    from api_support import DEMO

    tab.server.contested("run", str(DEMO))
    tab.page.reload()
    tab.ready()
    assert tab.page.locator(f".claim.is-rejected[data-claim='{claim_id}']").count() == 1
    assert tab.page.locator(".incident-head .badge").inner_text() == "discounted"
    assert tab.page.locator(".reasons li").first.inner_text() == (
        "reviewer token: discounted (staged footage)")
    audit = tab.page.locator(".audit li")
    assert audit.count() == 2
    assert "staged footage" in audit.first.inner_text()
    tab.shot("05-review")
    assert not tab.errors, tab.errors


def test_hostile_article_is_shown_as_text_and_runs_nothing(tab: Tab) -> None:
    found = api(tab.server, "/api/incidents?q=Hostile%20Wire")["items"]
    assert found
    incident_id = found[0]["incident_id"]
    article_id = api(tab.server, f"/api/incidents/{incident_id}")["reports"][0]["article_id"]
    tab.open("#/?q=Hostile+Wire")
    tab.page.wait_for_selector("#list tbody tr.row")
    tab.open(f"#/incident/{incident_id}")
    tab.page.wait_for_selector(".claim")
    tab.open(f"#/article/{article_id}")
    title = tab.page.locator(".article-title")
    assert title.inner_text() == HOSTILE["title"]
    text = tab.page.locator(".article-text").inner_text()
    assert "<script>window.__pwned='text'</script>" in text
    assert "onerror=" in text
    assert tab.page.locator("#view-article img, #view-article script").count() == 0
    assert tab.page.locator("a[href^='javascript']").count() == 0
    assert "Evil<img src=x onerror=alert(1)>" in tab.page.locator("#view-article .meta").inner_text()
    tab.page.wait_for_timeout(500)
    assert tab.page.evaluate("typeof window.__pwned") == "undefined"
    assert tab.dialogs == []
    tab.shot("06-hostile-article")


@pytest.mark.parametrize(
    ("path", "body"),
    [("/api/claims/x/review", {"status": "rejected"}),
     ("/api/incidents/x/grade", {"grade": "weak"}),
     ("/api/incidents/merge", {"incident_ids": ["a", "b"]}),
     ("/api/incidents/x/split", {"mention_ids": ["m"]})],
)
@pytest.mark.parametrize("authorization", [None, "Bearer not-the-token"])
def test_served_writes_answer_401_without_a_valid_token(
    server: Server, path: str, body: dict[str, Any], authorization: str | None
) -> None:
    headers = {"Content-Type": "application/json"}
    if authorization:
        headers["Authorization"] = authorization
    request = urllib.request.Request(f"{server.url}{path}", data=json.dumps(body).encode(),
                                     headers=headers, method="POST")
    with pytest.raises(urllib.error.HTTPError) as caught:
        urllib.request.urlopen(request, timeout=10)
    assert caught.value.code == 401
