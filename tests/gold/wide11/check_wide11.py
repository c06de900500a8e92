"""Format check for the wide11 gold: ids, offsets, references. Run: python tests/gold/wide11/check_wide11.py"""

import json
import sys
from collections import Counter
from functools import partial
from pathlib import Path

HERE = Path(__file__).parent
TYPES = {
    "airstrike",
    "drone strike",
    "shelling",
    "missile strike",
    "rocket attack",
    "drone attack",
    "explosion",
    "armed clash",
    "ground raid",
    "other",
}
KINDS = {
    "state_media",
    "government",
    "military",
    "monitor",
    "wire",
    "local_official",
    "witness",
    "ngo",
    "unnamed",
    "media",
}
CLAIMS = {"casualties", "attribution", "denial", "confirmation"}
VICTIMS = {None, "civilians", "soldiers", "militants", "mixed", "unknown"}
FLAGS = {"killed", "injured", "perpetrator", "date", "place", "occurred"}


def _report(problems: list[str], article_id: str, msg: str) -> None:
    problems.append(f"{article_id}: {msg}")


def main() -> int:
    problems, ids, canon = [], set(), {}
    arts = [
        json.loads(line)
        for line in (HERE / "gold.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    for a in arts:
        p = partial(_report, problems, a["id"])
        if a["id"] in ids:
            p("duplicate id")
        ids.add(a["id"])
        text = (HERE / a["file"]).read_text(encoding="utf-8")
        if a["set_role"] == "no_incident" and a["incidents"]:
            p("no_incident article with incidents")
        for i in a["incidents"]:
            if i["type"] not in TYPES:
                p(f"type {i['type']}")
            if i["place"] not in text:
                p(f"place not in text: {i['place']}")
            if i["role"] == "primary" and not isinstance(i.get("contradictions"), list):
                p(f"{i['incident_id']}: primary without contradictions")
            if i["role"] == "primary" and set(i.get("contradictions", [])) - FLAGS:
                p("bad contradiction flag")
            key = (i["admin1"], i["country"], i["lat"], i["lon"])
            if canon.setdefault(i["incident_id"], key) != key:
                p(f"{i['incident_id']}: canonical place differs")
            for c in i["claims"]:
                q = c["quote"]
                if text[c["start"] : c["end"]] != q:
                    p(f"offset mismatch: {q[:50]}")
                if (
                    c["source_kind"] not in KINDS
                    or c["claim"] not in CLAIMS
                    or c["victims"] not in VICTIMS
                ):
                    p(f"bad kind/claim/victims: {q[:50]}")
                if c["claim"] != "casualties" and not c.get("attributed_to"):
                    p(f"{c['claim']} without attributed_to")
                if c["claim"] in ("denial", "confirmation") and "by_accused" not in c:
                    p("denial/confirmation without by_accused")
                if (
                    c["claim"] == "casualties"
                    and c.get("breakdown")
                    and sum(c["breakdown"].values()) != c["killed"]
                ):
                    p("breakdown does not sum")
    prim = {i["incident_id"] for a in arts for i in a["incidents"] if i["role"] == "primary"}
    back = {i["incident_id"] for a in arts for i in a["incidents"] if i["role"] == "background"}
    claims = [c for a in arts for i in a["incidents"] for c in i["claims"]]
    print(
        f"{len(arts)} articles, {len(prim | back)} incident ids ({len(prim)} primary, {len(back - prim)} background only), {len(claims)} claims"
    )
    print("roles", dict(Counter(a["set_role"] for a in arts)))
    print("claims", dict(Counter(c["claim"] for c in claims)))
    print("kinds", dict(Counter(c["source_kind"] for c in claims)))
    print(
        "types",
        dict(Counter(i["type"] for a in arts for i in a["incidents"] if i["role"] == "primary")),
    )
    print(
        "hedged",
        sum(bool(c.get("hedged")) for c in claims),
        "relayed",
        sum(bool(c.get("relayed_by")) for c in claims),
        "qualifier",
        sum(bool(c.get("qualifier")) for c in claims),
        "breakdown",
        sum(bool(c.get("breakdown")) for c in claims),
    )
    for msg in problems:
        print("PROBLEM", msg)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
