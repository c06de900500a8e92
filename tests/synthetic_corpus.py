"""A synthetic news corpus of any size, as JSON Lines: incidents reported by several outlets
with differing tolls and claimants, wire copies (near-duplicates) and background mentions.

Deterministic for a seed. Used by the crash and concurrency tests and benchmarks (it is text we
generate, not third-party data).
"""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

PLACES = [
    ("al-Bukamal", "Deir ez-Zor"), ("Hajin", "Deir ez-Zor"), ("Mayadin", "Deir ez-Zor"),
    ("Raqqa", "Raqqa"), ("Tabqa", "Raqqa"), ("Idlib", "Idlib"), ("Maarat al-Numan", "Idlib"),
    ("Saraqib", "Idlib"), ("Jisr al-Shughur", "Idlib"), ("Aleppo", "Aleppo"), ("Afrin", "Aleppo"),
    ("Manbij", "Aleppo"), ("Douma", "Rif Dimashq"), ("Harasta", "Rif Dimashq"), ("Daraa", "Daraa"),
    ("Mosul", "Nineveh"), ("Tal Afar", "Nineveh"), ("Fallujah", "Anbar"), ("Ramadi", "Anbar"),
    ("al-Qaim", "Anbar"), ("Kirkuk", "Kirkuk"), ("Taji", "Baghdad"), ("Hodeidah", "Hodeidah"),
    ("Saada", "Saada"), ("Taiz", "Taiz"), ("Marib", "Marib"),
]
EVENTS = [
    ("An airstrike", "hit"), ("A drone strike", "struck"), ("Artillery shelling", "hit"),
    ("A rocket attack", "targeted"), ("A car bomb explosion", "tore through"),
]
VICTIMS = ["civilians", "people", "soldiers", "fighters", "members of one family"]
CLAIMANTS = [
    ("the Syrian Observatory for Human Rights said", "monitor"),
    ("state news agency SANA reported, citing a military source", "state_media"),
    ("a local official told Reuters", "wire"),
    ("residents said", "witness"),
    ("the health ministry said", "government"),
    ("rescue workers said", "ngo"),
]
BLAMED = ["the US-led coalition", "Russian jets", "Turkish forces", "government forces",
          "Islamic State militants", "Saudi-led coalition aircraft"]
OUTLETS = ["Frontier Herald", "Levant Wire", "Desert Courier", "Gulf Dispatch", "Valley Times",
           "Riverside Post", "Northern Monitor", "Capital Tribune"]


def _incident(rng: random.Random, index: int) -> dict[str, object]:
    place, province = rng.choice(PLACES)
    event, verb = rng.choice(EVENTS)
    start = dt.date(2018, 1, 1) + dt.timedelta(days=rng.randrange(700))
    return {
        "index": index, "place": place, "province": province, "event": event, "verb": verb,
        "date": start, "killed": rng.randrange(1, 60), "injured": rng.randrange(0, 80),
        "victims": rng.choice(VICTIMS), "blamed": rng.choice(BLAMED),
    }


def _report(rng: random.Random, incident: dict[str, object], outlet: str) -> str:
    date = incident["date"]
    assert isinstance(date, dt.date)
    killed = int(str(incident["killed"])) + rng.choice([0, 0, 0, 1, 2, -1])
    claimant, _ = rng.choice(CLAIMANTS)
    day = f"{date.day} {date.strftime('%B')} {date.year}"
    lines = [
        f"{incident['event']} {incident['verb']} a market in {incident['place']} in "
        f"{incident['province']} province on {day}, killing at least {max(killed, 1)} "
        f"{incident['victims']} and wounding {incident['injured']}, {claimant}.",
        f"The attack was blamed on {incident['blamed']}, {rng.choice(CLAIMANTS)[0]}.",
    ]
    if rng.random() < 0.3:
        lines.append(f"A spokesman for {incident['blamed']} denied any involvement in the attack.")
    if rng.random() < 0.3:
        lines.append(
            f"Report {incident['index']} from {outlet}: residents described the scene near the "
            f"{rng.choice(['mosque', 'school', 'bakery', 'hospital', 'checkpoint'])}."
        )
    return "\n\n".join(lines)


def articles(count: int, seed: int = 1) -> list[dict[str, object]]:
    """``count`` JSONL records; about three reports per incident, some of them wire copies."""
    rng = random.Random(seed)
    records: list[dict[str, object]] = []
    incident = _incident(rng, 0)
    while len(records) < count:
        if rng.random() < 0.35:
            incident = _incident(rng, len(records))
        outlet = rng.choice(OUTLETS)
        text = _report(rng, incident, outlet)
        if records and rng.random() < 0.08:  # a wire copy with a new headline
            previous = records[-1]
            text = str(previous["text"])
        date = incident["date"]
        assert isinstance(date, dt.date)
        published = date + dt.timedelta(days=rng.randrange(0, 3))
        records.append({
            "id": f"syn-{len(records):06d}",
            "title": f"{incident['event']} in {incident['place']} (report {len(records)})",
            "text": text,
            "outlet": outlet,
            "published": published.isoformat(),
            "url": f"https://{outlet.lower().replace(' ', '-')}.example/{len(records)}",
            "language": "en",
        })
    return records


def write_jsonl(path: Path, count: int, seed: int = 1) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for record in articles(count, seed):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path
