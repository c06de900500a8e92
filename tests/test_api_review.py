"""Review through the API: credentials, CSRF guards, audit events, and decisions that survive
re-running the pipeline (same input, new input, and a resolver that rewrites incidents)."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from api_support import DEMO, TOKEN, build_demo_db, write_hostile
from contested import pipeline
from contested.api import ApiSettings, create_app
from contested.api.auth import hash_password, verify_password
from contested.resolve.summarize import summarize_incident
from contested.store import open_store

AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture(scope="module")
def demo_db(
    tmp_path_factory: pytest.TempPathFactory, new_store_target: Callable[[Path, str], str]
) -> str:
    folder = tmp_path_factory.mktemp("review")
    return build_demo_db(new_store_target(folder, "demo.db"), folder, hostile=False)


@pytest.fixture
def db(demo_db: str, tmp_path: Path, copy_store_target: Callable[[str, Path], str]) -> str:
    return copy_store_target(demo_db, tmp_path)


@pytest.fixture
def client(db: str) -> Iterator[TestClient]:
    with TestClient(create_app(ApiSettings(db=db, token=TOKEN))) as test_client:
        yield test_client


def contested_incident(client: TestClient) -> dict[str, Any]:
    listed = client.get("/api/incidents", params={"grade": "contested", "sort": "id"}).json()
    best = max(listed["items"], key=lambda i: (i["contradictions"], i["incident_id"]))
    page: dict[str, Any] = client.get(f"/api/incidents/{best['incident_id']}").json()
    return page


def rerun(db: str, *paths: str) -> None:
    with open_store(db) as store:
        pipeline.run(list(paths) or [str(DEMO)], store)


WRITES = [
    ("/api/claims/{claim}/review", {"status": "rejected"}),
    ("/api/incidents/{incident}/grade", {"grade": "discounted"}),
    ("/api/incidents/merge", {"incident_ids": ["{incident}", "{other}"]}),
    ("/api/incidents/{incident}/split", {"mention_ids": ["{mention}"]}),
]


def fill(value: Any, ids: dict[str, str]) -> Any:
    return json.loads(json.dumps(value).replace("{incident}", ids["incident"])
                      .replace("{other}", ids["other"]).replace("{mention}", ids["mention"])
                      .replace("{claim}", ids["claim"]))


@pytest.mark.parametrize(("path", "body"), WRITES)
@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Bearer wrong"}, {"Authorization": "Basic bm9ib2R5Onh4"},
     {"Authorization": TOKEN}, {"Cookie": f"token={TOKEN}"}],
)
def test_writes_answer_401_without_a_valid_token(
    client: TestClient, path: str, body: dict[str, Any], headers: dict[str, str]
) -> None:
    page = contested_incident(client)
    other = client.get("/api/incidents", params={"sort": "id", "limit": 1}).json()["items"][0]
    ids = {"incident": page["incident_id"], "other": other["incident_id"],
           "mention": page["reports"][0]["mention_ids"][0], "claim": page["claims"][0]["claim_id"]}
    response = client.post(fill(path, ids), json=fill(body, ids), headers=headers)
    assert response.status_code == 401
    assert response.json()["error"]["status"] == 401
    assert client.get("/api/audit").json()["events"] == []


def test_cross_origin_write_is_refused(client: TestClient) -> None:
    page = contested_incident(client)
    response = client.post(f"/api/incidents/{page['incident_id']}/grade",
                           json={"grade": "weak"}, headers={**AUTH, "Origin": "http://evil.test"})
    assert response.status_code == 403
    same = client.post(f"/api/incidents/{page['incident_id']}/grade", json={"grade": "weak"},
                       headers={**AUTH, "Origin": "http://testserver"})
    assert same.status_code == 200


def test_users_sign_in_with_hashed_passwords(client: TestClient, db: str) -> None:
    stored = hash_password("correct horse")
    assert stored.startswith("scrypt$") and "correct horse" not in stored
    assert verify_password("correct horse", stored) and not verify_password("wrong", stored)
    with open_store(db) as store:
        store.set_user("amal", stored)
    basic = base64.b64encode(b"amal:correct horse").decode()
    assert client.get("/api/whoami", headers={"Authorization": f"Basic {basic}"}).json() == {"who": "amal"}
    wrong = base64.b64encode(b"amal:nope").decode()
    assert client.get("/api/whoami", headers={"Authorization": f"Basic {wrong}"}).status_code == 401


def test_private_server_closes_reads(db: str) -> None:
    with TestClient(create_app(ApiSettings(db=db, token=TOKEN, private=True))) as client:
        assert client.get("/api/incidents").status_code == 401
        assert client.get("/api/incidents", headers=AUTH).status_code == 200


def test_reject_claim_is_audited_and_survives_reruns(client: TestClient, db: str) -> None:
    page = contested_incident(client)
    contradiction = page["contradictions"][0]
    claim_id = contradiction["claim_ids"][0]
    response = client.post(f"/api/claims/{claim_id}/review",
                           json={"status": "rejected", "comment": "misread figure"}, headers=AUTH)
    assert response.status_code == 200
    after = client.get(f"/api/incidents/{page['incident_id']}").json()
    assert after["review"]["claims"][claim_id]["status"] == "rejected"
    assert all(claim_id not in c["claim_ids"] for c in after["contradictions"])
    audit = after["audit"][0]
    assert (audit["who"], audit["action"], audit["target"]) == ("token", "claim.rejected", claim_id)
    assert audit["before"] == {"status": None} and audit["after"] == {"status": "rejected"}
    assert audit["comment"] == "misread figure" and audit["at"]
    rerun(db)
    again = client.get(f"/api/incidents/{page['incident_id']}").json()
    assert again["review"]["claims"][claim_id]["status"] == "rejected"
    assert again["contradictions"] == after["contradictions"]


def test_grade_override_survives_a_resolver_that_rewrites_the_incident(
    client: TestClient, db: str, tmp_path: Path
) -> None:
    page = contested_incident(client)
    incident_id = page["incident_id"]
    response = client.post(f"/api/incidents/{incident_id}/grade",
                           json={"grade": "discounted", "comment": "hoax video"}, headers=AUTH)
    assert response.json()["grade"] == "discounted"
    with open_store(db) as store:  # what a resolver knowing nothing of reviews would write
        mentions = store.mentions_of(incident_id)
        articles = store.articles([m.article_id for m in mentions])
        store.save_incident(summarize_incident(incident_id, mentions, articles))
        assert store.incident(incident_id).grade == "contested"  # type: ignore[union-attr]
    rerun(db, str(write_hostile(tmp_path)))  # new input: resolution runs, then the post-step
    after = client.get(f"/api/incidents/{incident_id}").json()
    assert after["grade"] == "discounted"
    assert after["grade_reasons"][0] == "reviewer token: discounted (hoax video)"
    assert after["review"]["grade"]["comment"] == "hoax video"
    cleared = client.post(f"/api/incidents/{incident_id}/grade", json={"grade": None}, headers=AUTH)
    assert cleared.json()["grade"] == "contested"
    actions = [a["action"] for a in client.get(f"/api/audit?incident_id={incident_id}").json()["events"]]
    assert actions == ["incident.grade", "incident.grade"]


FIRST, LATE = "10_wire-taji-rockets.txt", "12_daily-taji-medic-named.txt"  # one attack


def test_decisions_survive_new_input_joining_the_incident(store_target: str) -> None:
    db = store_target
    with open_store(db) as store:
        pipeline.run([str(p) for p in sorted(DEMO.iterdir()) if p.name != LATE], store)
    with TestClient(create_app(ApiSettings(db=db, token=TOKEN))) as client:
        listed = client.get("/api/incidents", params={"q": "Taji"}).json()["items"]
        pages = [client.get(f"/api/incidents/{i['incident_id']}").json() for i in listed]
        before = next(p for p in pages
                      if any(r["origin"].endswith(FIRST) for r in p["reports"]))
        incident_id = before["incident_id"]
        claim_id = before["claims"][0]["claim_id"]
        client.post(f"/api/incidents/{incident_id}/grade", json={"grade": "fair"}, headers=AUTH)
        client.post(f"/api/claims/{claim_id}/review", json={"status": "rejected"}, headers=AUTH)
        rerun(db, str(DEMO / LATE))
        after = client.get(f"/api/incidents/{incident_id}").json()
    assert len(after["reports"]) == len(before["reports"]) + 1
    assert after["grade"] == "fair"
    assert after["review"]["claims"][claim_id]["status"] == "rejected"
    assert all(claim_id not in c["claim_ids"] for c in after["contradictions"])


def test_merge_and_split_survive_reruns(client: TestClient, db: str) -> None:
    listed = client.get("/api/incidents", params={"country": "IQ", "sort": "id"}).json()["items"]
    first, second = listed[0]["incident_id"], listed[1]["incident_id"]
    total = client.get("/api/incidents").json()["total"]
    merged = client.post("/api/incidents/merge", headers=AUTH,
                         json={"incident_ids": [first, second], "comment": "same strike"})
    assert merged.json() == {"incident_id": first}
    assert client.get(f"/api/incidents/{second}").status_code == 404
    mentions = [m for r in client.get(f"/api/incidents/{first}").json()["reports"]
                for m in r["mention_ids"]]
    rerun(db)
    assert client.get("/api/incidents").json()["total"] == total - 1
    assert client.get(f"/api/incidents/{second}").status_code == 404

    split = client.post(f"/api/incidents/{first}/split", headers=AUTH,
                        json={"mention_ids": mentions[-1:], "comment": "two strikes"})
    new_id = split.json()["new_incident_id"]
    assert new_id not in (first, second)
    rerun(db)
    moved = client.get(f"/api/incidents/{new_id}").json()
    assert [m for r in moved["reports"] for m in r["mention_ids"]] == mentions[-1:]
    kept = client.get(f"/api/incidents/{first}").json()
    assert mentions[-1] not in [m for r in kept["reports"] for m in r["mention_ids"]]
    assert client.get("/api/incidents").json()["total"] == total
    actions = [a["action"] for a in client.get("/api/audit").json()["events"]]
    assert actions == ["incident.split", "incident.merge"]


def test_review_rejects_unknown_targets(client: TestClient) -> None:
    assert client.post("/api/claims/clm_nope/review", json={"status": "rejected"},
                       headers=AUTH).status_code == 404
    assert client.post("/api/claims/x/review", json={"status": "maybe"},
                       headers=AUTH).status_code == 422
    page = contested_incident(client)
    whole = [m for r in page["reports"] for m in r["mention_ids"]]
    assert client.post(f"/api/incidents/{page['incident_id']}/split", headers=AUTH,
                       json={"mention_ids": whole}).status_code == 400
    assert client.post("/api/incidents/merge", headers=AUTH,
                       json={"incident_ids": [page["incident_id"]] * 2}).status_code == 400


def test_plan_groups_keeps_founders_and_splits_the_rest() -> None:
    from contested.ids import stable_id
    from contested.review import plan_groups

    home = stable_id("inc", "m1")
    located = {"m1": home, "m2": home, "m3": home, "m4": "inc_other"}
    # m3 was split away from m1/m2 in the same incident; m4 was merged into m1's group
    groups = {"m1": ["m1", "m2", "m4"], "m3": ["m3"], "m9": ["m9"]}
    plan = plan_groups(groups, located)
    assert plan == {home: ["m1", "m2", "m4"], stable_id("inc", "split", "m3"): ["m3"]}
    assert plan_groups(groups, located) == plan  # a plan is a pure function of its input
    # a reviewer's split of incident "inc_x": the group named after it keeps it, whoever
    # founded it; the founding mention, split away, gets an incident of its own
    founder = "m5"
    x = stable_id("inc", founder)
    split = plan_groups({x: ["m6"], founder: [founder]}, {"m5": x, "m6": x})
    assert split == {x: ["m6"], stable_id("inc", "split", founder): [founder]}


def test_cli_user_add_then_basic_auth(db: str) -> None:
    from click.testing import CliRunner

    from contested.cli import main

    result = CliRunner().invoke(main, ["user", "add", "nadia", "--db", db,
                                       "--password", "s3cret pass"])
    assert result.exit_code == 0, result.output
    with TestClient(create_app(ApiSettings(db=db))) as client:  # no token configured
        basic = base64.b64encode(b"nadia:s3cret pass").decode()
        assert client.get("/api/whoami", headers={"Authorization": f"Basic {basic}"}
                          ).json() == {"who": "nadia"}
        assert client.get("/api/whoami", headers={"Authorization": "Bearer anything"}
                          ).status_code == 401


def test_grade_override_follows_a_merge_made_by_resolution(
    client: TestClient, db: str, tmp_path: Path
) -> None:
    listed = client.get("/api/incidents", params={"country": "IQ", "sort": "id"}).json()["items"]
    kept, absorbed = listed[0]["incident_id"], listed[1]["incident_id"]
    client.post(f"/api/incidents/{absorbed}/grade", json={"grade": "discounted",
                                                           "comment": "one source"}, headers=AUTH)
    with open_store(db) as store:  # what the resolver does when it merges two incidents
        members = store.mentions_of(kept) + store.mentions_of(absorbed)
        articles = store.articles([m.article_id for m in members])
        store.save_incident(summarize_incident(kept, members, articles))
        store.record_merge(kept, absorbed, [m.mention_id for m in members], "test merge")
    rerun(db, str(write_hostile(tmp_path)))
    page = client.get(f"/api/incidents/{kept}").json()
    assert page["grade"] == "discounted"
    assert page["review"]["grade"]["comment"] == "one source"
    assert page["audit"][0]["action"] == "incident.grade.followed"
