"""Unicode normalisation of article text: NFC, plain spaces, tidy lines and blank lines.

Curly quotes, dashes and apostrophes are kept as they are: quotes are matched verbatim.
"""

from __future__ import annotations

import re
import unicodedata

_ODD_SPACES = re.compile(r"[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_INVISIBLE = re.compile(r"[\u00ad\u200b\u2060\ufeff\u180e]")
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\x85]")
_SPACE_RUNS = re.compile(r" {2,}")
_BLANK_RUNS = re.compile(r"\n{3,}")


def normalize_text(text: str) -> str:
    """NFC, odd spaces to plain spaces, invisible characters dropped, lines stripped,
    runs of blank lines collapsed to one."""
    text = unicodedata.normalize("NFC", _LINE_BREAKS.sub("\n", text))
    text = _CONTROLS.sub("", _INVISIBLE.sub("", _ODD_SPACES.sub(" ", text)))
    lines = (_SPACE_RUNS.sub(" ", line).strip() for line in text.split("\n"))
    return _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip()


def line_key(line: str) -> str:
    """A comparison key for repeated lines: casefolded words only."""
    return " ".join(re.findall(r"\w+", line.casefold()))
