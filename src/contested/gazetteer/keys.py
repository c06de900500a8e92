"""Transliteration-insensitive lookup keys for place names.

``name_key`` folds the spelling variants that Arabic place names take in English-language
news into one key, so that ``Deir-ez-Zor``, ``Deir ez Zor``, ``Dayr az Zawr`` and ``دير الزور``
(each in its script) meet, and so do ``Abu Kamal``, ``Al Bukamal``, ``Albu Kamal`` and
``Bukamal``. The steps, in order:

1. Unicode: NFKD, combining marks dropped, a few letters mapped (``ı ł ø ß æ đ``); apostrophes and
   ayn/hamza signs (``ʿ ʾ ‘ ’ ' ` ´``) removed; lowercase.
2. Arabic script: alef variants to ``ا``, taa marbuta to ``ه``, alef maqsura to ``ي``, tatweel and
   harakat removed, the article ``ال`` cut from words of more than three letters.
3. Tokens split on anything that is not a letter or digit (hyphens and spaces fold together).
4. Token rules: articles (``al el ad ash as az at ar an ...``) dropped, also when fused with a
   doubled sun letter after the first word (``Ezzor`` -> ``zor``); ``Abu/Albu/Abou/Bou`` + next
   word -> ``bu`` + word; generic words canonicalised (``Deir/Dayr/Dair/Der``, ``Tal/Tell``,
   ``Kafr/Kfar``, ``Jabal/Jebel``, ``Sheikh/Shaykh``, ``Khirbet/Khirbat``, ``St./Saint``,
   ``Mt./Mount``, ``Ft./Fort``, ``Ain/Ein/Ayn`` -> ``3ayn``: the ʿayn stays a consonant);
   a final ``ah/eh/ih`` becomes ``a``.
5. Letter folds on the joined key: ``ee``/``ei``/``ey``/``ai``/``ay`` -> ``i``, ``oo``/``ou`` ->
   ``u``, ``aw``/``ow`` -> ``o``, then ``e`` -> ``i``, ``o`` -> ``u``; ``dh``/``th`` -> ``d``;
   ``q``/``ck``/``c`` -> ``k``; ``ph`` -> ``f``; doubled letters collapsed.

The key is deliberately lossy: it is for finding candidates, and ranking decides between them.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_APOSTROPHES = dict.fromkeys(map(ord, "ʿʾʻʼ‘’'`´ʹ′"), None)
_LETTERS = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "ß": "ss", "æ": "ae", "đ": "d", "ð": "d",
                          "þ": "th", "œ": "oe", "ħ": "h"})
_ARABIC = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي", "ـ": None,
                         "ؤ": "و", "ئ": "ي"})
_HARAKAT = re.compile("[\u064b-\u065f\u0670\u06d6-\u06ed]")
_TOKEN = re.compile(r"[^\W_]+")

ARTICLES = frozenset({
    "al", "el", "il", "ul", "ad", "adh", "ag", "ak", "an", "ar", "as", "ash", "at", "ath",
    "az", "ed", "en", "er", "es", "esh", "et", "ez", "ay", "aḍ",
})
_FUSED_ARTICLE = re.compile(r"^[ae](sh|th|dh|[tdrzsnl])\1")
_ABU = frozenset({"abu", "abou", "albu", "bou", "abo", "bu"})
_GENERIC = {
    "deir": "dayr", "dair": "dayr", "der": "dayr", "deyr": "dayr", "dayr": "dayr", "dier": "dayr",
    "tall": "tal", "tell": "tal", "tel": "tal", "til": "tal",
    "kafr": "kafr", "kfar": "kafr", "kafar": "kafr", "kefr": "kafr", "kfr": "kafr",
    "jabal": "jabal", "jebel": "jabal", "jabel": "jabal", "jbel": "jabal", "jebal": "jabal",
    "sheikh": "shaykh", "shaykh": "shaykh", "sheik": "shaykh", "shaikh": "shaykh",
    "shekh": "shaykh", "sheykh": "shaykh", "khirbet": "khirba", "khirbat": "khirba",
    "kherbet": "khirba", "khirba": "khirba", "khirbit": "khirba",
    "st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort",
    # ʿayn ("spring"): its first letter is a consonant that Latin spellings write as a
    # vowel; "3" (as Arabizi writes it) keeps it one, so "Ain Issa" never folds into "Inisa".
    "ain": "3ayn", "ein": "3ayn", "ayn": "3ayn", "ayin": "3ayn", "aayn": "3ayn",
}
_FOLDS: tuple[tuple[str, str], ...] = (
    ("ee", "i"), ("ei", "i"), ("ey", "i"), ("ai", "i"), ("ay", "i"),
    ("oo", "u"), ("ou", "u"), ("aw", "o"), ("ow", "o"),
    ("e", "i"), ("o", "u"), ("dh", "d"), ("th", "d"),
    ("ck", "k"), ("q", "k"), ("c", "k"), ("ph", "f"),
)
_DOUBLE = re.compile(r"(.)\1+")
_FINAL_H = re.compile(r"(?<=[a-z])[aei]h$")


def fold_text(name: str) -> str:
    """Lowercase, strip diacritics and apostrophes, normalise Arabic letters."""
    if name.isascii():  # nothing to decompose: the common case, kept fast
        return name.translate(_APOSTROPHES).lower()
    text = name.translate(_APOSTROPHES).lower().translate(_LETTERS).translate(_ARABIC)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return _HARAKAT.sub("", unicodedata.normalize("NFKC", text))


def tokens(name: str) -> list[str]:
    """The folded tokens of ``name`` (before article and generic-word rules)."""
    return _TOKEN.findall(fold_text(name))


def _is_arabic(token: str) -> bool:
    return "\u0600" <= token[0] <= "\u06ff"


def _strip_article(token: str, position: int) -> str:
    if _is_arabic(token):
        return token[2:] if token.startswith("ال") and len(token) > 3 else token
    if position > 0 or len(token) > 6:
        fused = _FUSED_ARTICLE.match(token)
        if fused and len(token) > fused.end() + 1:
            return token[fused.end() - len(fused.group(1)):]
    return token


def _word_rules(words: list[str]) -> list[str]:
    kept = [w for w in words if w not in ARTICLES] or words
    out: list[str] = []
    i = 0
    while i < len(kept):
        word = _strip_article(kept[i], i)
        if word in _ABU and i + 1 < len(kept):
            out.append("bu" + _strip_article(kept[i + 1], i + 1))
            i += 2
            continue
        out.append(_GENERIC.get(word, word))
        i += 1
    return [_FINAL_H.sub("a", w) if not _is_arabic(w) else w for w in out]


def _fold_letters(joined: str) -> str:
    for old, new in _FOLDS:
        joined = joined.replace(old, new)
    return _DOUBLE.sub(r"\1", joined)


@lru_cache(maxsize=200_000)
def name_key(name: str) -> str:
    """The transliteration-insensitive key of a place name ("" when it has no letters)."""
    words = tokens(name)
    if not words:
        return ""
    return _fold_letters("".join(_word_rules(words)))


@lru_cache(maxsize=200_000)
def spelling(name: str) -> str:
    """``name`` as written, less case, accents, apostrophes and separators ("Sāmarrā’" ->
    "samarra"): finer than :func:`name_key`, which also folds "Samarra" into "Samara"."""
    return "".join(tokens(name))


def token_count(name: str) -> int:
    """How many word tokens ``name`` has after folding."""
    return len(tokens(name))


_VOWELS = re.compile(r"[aiu]")
MIN_SKELETON = 3


def skeleton(key: str) -> str:
    """The consonants of a Latin-script key, doubles collapsed ("irbin" -> "rbn"): short
    vowels are what transliterations disagree on most. "" when fewer than
    :data:`MIN_SKELETON` consonants remain or the key is not Latin."""
    if not key or not key.isascii():
        return ""
    bones = _DOUBLE.sub(r"\1", _VOWELS.sub("", key))
    return bones if len(bones) >= MIN_SKELETON else ""
