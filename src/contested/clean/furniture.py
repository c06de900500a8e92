"""Page furniture in text dumps: what a page wraps around an article.

Rules, not a list of one site's strings:

- known furniture *kinds* (comment forms, share prompts, "read more" teasers, keyword and tag
  labels, copyright lines, editorial disclaimers, issue numbers), as patterns on whole lines;
- icon-font and menu strings (many ``icon`` tokens, no sentence);
- related-video links (a running time, then a headline that is not a sentence);
- repeated lines (a headline printed two or three times);
- datelines (a date and little else) near the start;
- short label lines (no sentence punctuation) before the headline or after the last paragraph;
- an outlet's tagline after the headline (" - KXYZ News 4 Springfield, Ohio News Weather &
  Sports", " | WXYZ.com"): it names the station's city, not the story's place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from contested.clean.dates import DATELINE_CHARS, is_dateline
from contested.clean.normalize import line_key

_TEASER_MAX_WORDS = 30
_HEADLINE_MAX_WORDS = 30
_HEADLINE_MAX_CHARS = 250
_LABEL_MAX_WORDS = 4
_LEAD_LABEL_MAX_WORDS = 2

_FURNITURE = re.compile(
    r"""^(?:
      leave\ a\ (?:reply|comment)\b.*
    | your\ email\ address\ will\ not\ be\ published.*
    | required\ fields\ are\ marked.*
    | please\ enter\ your\ (?:comment|name|e-?mail)(?:\ address)?(?:\ here)?\s*!?
    | (?:save\ my\ name|notify\ me\ of)\b.*
    | (?:did\ you\ )?(?:like|enjoy(?:ed)?|love)\ this\ (?:story|article|post)\b.*\bshare\b.*
    | share\ (?:this|it)(?:\ (?:story|article|post))?\b.{0,40}
    | share\ (?:on|via)\ \w+.{0,30}
    | (?:click|tap)\ here\b.{0,80}
    | (?:helpful\ )?keywords?\b.{0,200}
    | tags?\s*:.{0,200}
    | (?:advertisement|advertising|sponsored(?:\ content)?)
    | (?:©|\(c\)\ |copyright\b).{0,150}
    | all\ rights\ reserved\b.{0,100}
    | (?:follow\ us|subscribe|sign\ up)\b.{0,100}
    | issue\ no\b.{0,40}
    | this\ (?:article|story|report)\ (?:was|has\ been)\ (?:edited|originally|first|produced|
        translated|updated)\b.*
    | responsibility\ for\ the\ (?:information|content)\b.*
    | (?:search|menu|home|print|email|e-mail|comments?|share|skip\ to\ (?:main\ )?content)\W*
    )$""",
    re.I | re.X,
)
_TEASER = re.compile(
    r"^(?:read\ more|see\ also|also\ read|read\ also|related(?:\ articles?|\ stories)?|"
    r"recommended|more\ from|more\ on\ this|you\ may\ also\ like|watch)\s*(?P<sep>[:\-–—|])?\s",
    re.I | re.X,
)
# A related-video link: its running time, then its headline ("1:27 Mural festival paints the
# city"); not a live blog's time of day ("10:30 GMT: ...", "10:30 a.m. Police said ...").
_VIDEO = re.compile(
    r"^\d{1,2}:[0-5]\d(?::[0-5]\d)?\s+(?!(?:[ap]\.?m\b|GMT|UTC|local|hrs|hours)\b)[A-Z'\"‘“]",
)
_ICON = re.compile(r"icon", re.I)
_SENTENCE_END = re.compile(r"[.!?…:;][\"'”’)\]]*$")


@dataclass(frozen=True)
class Cleaned:
    """A text dump without furniture: the headline (if any) and the body."""

    title: str | None
    body: str


def strip_furniture(text: str, title: str | None = None) -> Cleaned:
    """Remove furniture from normalised ``text``; find the headline unless ``title`` is given.

    The headline is the first remaining line when it reads like one; later repeats of it
    (and of any other line) are dropped.
    """
    lines = text.split("\n")
    keep = [_is_content(line, offset) for line, offset in _with_offsets(lines)]
    _drop_repeats(lines, keep, title)
    _drop_edge_labels(lines, keep)
    kept = [line if ok else None for line, ok in zip(lines, keep, strict=True)]
    if title is None:
        title = _take_headline(kept)
    return Cleaned(title=strip_tagline(title) if title else title, body=_join(kept))


# A trailing title segment naming an outlet: a broadcast call sign (KSLA, WXYZ-TV), a site
# address, or the words stations append ("News, Weather & Sports", "Channel 4", "NewsChannel").
_TAGLINE_SEPARATOR = re.compile(r"\s+[-|–—]\s+(?=[^-|–—]+$)")
_OUTLET_MARK = re.compile(
    r"(?-i:\b[KW][A-Z]{2,3}(?:-?(?:TV|DT|FM|AM))?\d{0,2}\b|\b(?:News|Weather|Sports|Channel"
    r"|NewsChannel|TV|FOX|CBS|NBC|ABC)\b)|\.com\b",
)
_TAGLINE_MAX_WORDS = 14


def strip_tagline(title: str) -> str:
    """``title`` without the outlet taglines at its end ("Two shot on Main Street - KXYZ News 4
    Springfield"); a title that is all tagline is kept."""
    while (cut := _TAGLINE_SEPARATOR.search(title)) is not None:
        tail = title[cut.end() :]
        if not _is_tagline(tail):
            break
        title = title[: cut.start()].rstrip()
    return title


def _is_tagline(tail: str) -> bool:
    """A short segment naming an outlet, written as a name (mostly capitalised words), not as a
    clause ("Houthi TV says strikes killed 12")."""
    words = tail.split()
    named = sum(1 for w in words if not w[0].isalpha() or w[0].isupper() or "." in w)
    return (len(words) <= _TAGLINE_MAX_WORDS and named >= 0.6 * len(words)
            and _OUTLET_MARK.search(tail) is not None)


def is_furniture(line: str) -> bool:
    """Whether a line, on its own, is a known kind of page furniture."""
    stripped = line.strip()
    if not stripped:
        return False
    if _FURNITURE.match(stripped) or len(_ICON.findall(stripped)) >= 3:
        return True
    if _VIDEO.match(stripped):
        return len(stripped.split()) <= _TEASER_MAX_WORDS and not _ends_sentence(stripped)
    teaser = _TEASER.match(stripped)
    if teaser is None or len(stripped.split()) > _TEASER_MAX_WORDS:
        return False
    return bool(teaser["sep"]) or not stripped.endswith(".")  # a sentence, not a teaser link


def _ends_sentence(line: str) -> bool:
    return line.rstrip("\"'”’)").endswith((".", "!", "?"))


def is_headline(line: str) -> bool:
    """Short, at least two words, and not a sentence ending in a full stop."""
    words = line.split()
    if not 2 <= len(words) <= _HEADLINE_MAX_WORDS or len(line) > _HEADLINE_MAX_CHARS:
        return False
    return not line.rstrip("\"'”’)").endswith(".")


def _with_offsets(lines: list[str]) -> list[tuple[str, int]]:
    out, offset = [], 0
    for line in lines:
        out.append((line, offset))
        offset += len(line) + 1
    return out


def _is_content(line: str, offset: int) -> bool:
    if is_furniture(line):
        return False
    return not (offset < DATELINE_CHARS and line.strip() and is_dateline(line))


def _drop_repeats(lines: list[str], keep: list[bool], title: str | None) -> None:
    seen = {line_key(title)} if title else set()
    for index, line in enumerate(lines):
        key = line_key(line)
        if not keep[index] or not key:
            continue
        if key in seen:
            keep[index] = False
        seen.add(key)


def _drop_edge_labels(lines: list[str], keep: list[bool]) -> None:
    """Short labels before the first real line and after the last paragraph."""
    content = [i for i, line in enumerate(lines) if keep[i] and line.strip()]
    for index in content:
        if not _is_label(lines[index], _LEAD_LABEL_MAX_WORDS):
            break
        keep[index] = False
    for index in reversed(content):
        if not _is_label(lines[index], _LABEL_MAX_WORDS):
            break
        keep[index] = False


def _is_label(line: str, max_words: int) -> bool:
    words = line.split()
    if len(words) > max_words or _SENTENCE_END.search(line):
        return False
    return not any(char.isdigit() for char in line)


def _take_headline(kept: list[str | None]) -> str | None:
    """Pop the first remaining line if it is headline-like and more text follows."""
    first = next((i for i, line in enumerate(kept) if line and line.strip()), None)
    if first is None or not is_headline(kept[first] or ""):
        return None
    if not any(line and line.strip() for line in kept[first + 1 :]):
        return None
    title = kept[first]
    kept[first] = None
    return title


def _join(kept: list[str | None]) -> str:
    """Kept lines in order; a dropped line leaves no trace, blank lines collapse to one."""
    text = "\n".join(line for line in kept if line is not None)
    return re.sub(r"\n{3,}", "\n\n", text).strip()
