"""Shared by the API and browser tests: a real demo store, a hostile article, the app."""

from __future__ import annotations

import json
from pathlib import Path

from contested import pipeline
from contested.store import open_store

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "demo" / "corpus"
TOKEN = "test-token-0123456789"

# Title, outlet, URL and text all carry markup that would run if it were ever parsed as HTML.
HOSTILE = {
    "id": "hostile-1",
    "title": "<script>window.__pwned='title'</script><img src=x onerror=\"window.__pwned='title-img'\">Strike",
    "outlet": "Evil<img src=x onerror=alert(1)>",
    "url": "javascript:window.__pwned='url'",
    "published": "2021-03-02",
    "text": (
        "DEIR EZZOR (Hostile Wire) - An airstrike killed 9 civilians in Abu Kamal on Monday, "
        "the Syrian Observatory for Human Rights said. <script>window.__pwned='text'</script> "
        "Local officials said <img src=x onerror=\"window.__pwned='text-img';alert('xss')\"> "
        "the strike hit a market near the border."
    ),
}


def write_hostile(directory: Path) -> Path:
    path = directory / "hostile.jsonl"
    path.write_text(json.dumps(HOSTILE) + "\n", encoding="utf-8")
    return path


def build_demo_db(db: str, directory: Path, hostile: bool = True) -> str:
    """The demo corpus (plus, by default, the hostile article, written to ``directory``)
    run into the fresh store ``db`` (a SQLite file or a PostgreSQL URL)."""
    paths = [str(DEMO)] + ([str(write_hostile(directory))] if hostile else [])
    with open_store(db) as store:
        pipeline.run(paths, store)
    return db
