"""Check the hand-written gold files: demo/gold.jsonl and every tests/gold/*/gold.jsonl.

Run from the repository root: ``python tests/gold/dev/check_gold.py``. Exits 1 on any problem.
Checks that every line parses, every ``file`` (and JSONL ``record``) exists, every quote is a
verbatim substring of the article text (and, where a claim gives ``start``/``end``, that they
cut that quote out of it), and prints counts.
"""

from __future__ import annotations

import collections
import html.parser
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
GOLD_FILES = (ROOT / "demo" / "gold.jsonl", *sorted((ROOT / "tests" / "gold").glob("*/gold.jsonl")))
ARTICLE_KEYS = {"id", "file", "url", "outlet", "language", "published", "truncated",
                "set_role", "incidents"}
INCIDENT_KEYS = {"incident_id", "role", "type", "date", "date_precision", "place", "admin1",
                 "country", "lat", "lon", "perpetrator_alleged", "target", "claims"}
CLAIM_KEYS = {"source", "source_kind", "claim", "killed", "killed_min", "killed_max", "injured",
              "victims", "quote"}
SOURCE_KINDS = {"state_media", "government", "military", "monitor", "wire", "local_official",
                "witness", "ngo", "unnamed", "media"}
CLAIM_KINDS = {"casualties", "attribution", "denial", "confirmation"}
SET_ROLES = {"cluster_member", "distractor", "adjacent", "no_incident"}


class _Visible(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._skip += tag in ("script", "style")

    def handle_endtag(self, tag: str) -> None:
        self._skip -= tag in ("script", "style")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def article_text(folder: Path, entry: dict[str, object]) -> str:
    path = folder / str(entry["file"])
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".jsonl":
        for line in raw.splitlines():
            record = json.loads(line)
            if record.get("id") == entry["record"]:
                return str(record["text"])
        raise KeyError(f"record {entry['record']!r} not in {path}")
    if path.suffix in (".html", ".htm"):
        parser = _Visible()
        parser.feed(raw)
        return "\n".join(parser.parts)
    return raw


def check_entry(folder: Path, entry: dict[str, object]) -> list[str]:
    problems = [f"missing key {k}" for k in ARTICLE_KEYS - entry.keys()]
    if entry.get("set_role") not in SET_ROLES:
        problems.append(f"bad set_role {entry.get('set_role')!r}")
    if not (folder / str(entry["file"])).is_file():
        return [*problems, f"file not found: {entry['file']}"]
    text = article_text(folder, entry)
    incidents = entry["incidents"]
    assert isinstance(incidents, list)
    for inc in incidents:
        problems += [f"incident missing {k}" for k in INCIDENT_KEYS - inc.keys()]
        for claim in inc["claims"]:
            problems += [f"claim missing {k}" for k in CLAIM_KEYS - claim.keys()]
            if claim["source_kind"] not in SOURCE_KINDS or claim["claim"] not in CLAIM_KINDS:
                problems.append(f"bad kind in claim {claim['quote'][:40]!r}")
            if claim["quote"] not in text:
                problems.append(f"quote not in text: {claim['quote'][:60]!r}")
            elif "start" in claim and text[claim["start"]:claim["end"]] != claim["quote"]:
                problems.append(f"offsets do not give the quote: {claim['quote'][:60]!r}")
    return problems


def main() -> int:
    failed = False
    for gold in GOLD_FILES:
        lines = gold.read_text(encoding="utf-8").splitlines()
        entries = [json.loads(line) for line in lines if line]
        claims: collections.Counter[str] = collections.Counter()
        kinds: collections.Counter[str] = collections.Counter()
        roles = collections.Counter(e["set_role"] for e in entries)
        incident_ids: set[str] = set()
        for entry in entries:
            for problem in check_entry(gold.parent, entry):
                failed = True
                print(f"{gold.name} {entry['id']}: {problem}")
            for inc in entry["incidents"]:
                incident_ids.add(inc["incident_id"])
                claims.update(c["claim"] for c in inc["claims"])
                kinds.update(c["source_kind"] for c in inc["claims"])
        print(f"{gold.relative_to(ROOT)}: {len(entries)} articles, {len(incident_ids)} incidents, "
              f"{sum(claims.values())} claims")
        print(f"  set_role: {dict(roles)}")
        print(f"  claims by kind: {dict(claims)}")
        print(f"  claims by source_kind: {dict(kinds)}")
    print("FAILED" if failed else "OK")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
