"""Why a sentence with event triggers reports no incident: a statistic or a trend, a habitual
statement, a threat, a hypothetical or an outlook; and why an explosive named is none set off
(:func:`unused`: seized, found, defused). Part of ``extract.events`` (its component id);
:func:`sentence_filter` is re-exported there.
"""

from __future__ import annotations

import re
from typing import Literal

from contested.quickre import quick
from contested.types import Span

# Why a trigger sentence is not a reported incident.
_STATISTIC = quick(
    r"\b\d[\d,]*\s+(?:air ?)?(?:strikes|raids|attacks|engagements|sorties)\b|\bpercent\b|%"
    # a count of incidents ("312 incidents of shelling were recorded", "compared with 401 in
    # October"): a tally, not one incident
    r"|\b\d[\d,]*\s+(?:separate\s+|recorded\s+|reported\s+)?(?:incidents|cases|instances"
    r"|violations|episodes)\s+of\b|\bcompared (?:with|to) \d[\d,]*\b"
    # a tally's shares and counts: "made up more than half of the incidents", "the share of
    # attacks on civilians", "the number of strikes fell"
    r"|\b(?:made up|make up|makes up|accounted for|account for|accounts for) (?:\w+ ){0,2}"
    r"(?:half|a third|a quarter|two-thirds|most|the majority|the bulk)\b"
    r"|\bthe (?:share|proportion|number) of (?:\w+ )?(?:air ?)?(?:strikes|attacks|raids|incidents"
    r"|clashes|bombings|killings|shootings|kidnappings)\b"

    # "in about a fifth of the incidents, the military declared a strike": a share of a count
    r"|\b(?:in|of|for) (?:about |around |roughly |nearly |almost |more than |less than |over )?"
    r"(?:half|a (?:third|quarter|fifth|tenth)|two-thirds|three-quarters|most|many) of (?:the |these"
    r" |those |all )?(?:incidents|cases|attacks|strikes|reports|events)\b",
    re.IGNORECASE,
)
_HABITUAL = quick(
    r"\b(?:(?-i:daily)|repeatedly|routinely|regularly|frequently|would not be the first time|"
    r"(?:at least|more than) \w+ times|several (?:air ?)?(?:strikes|attacks)|since \w+ came to power|"
    r"many (?:air ?)?(?:strikes|attacks)|(?:dozens|scores|hundreds|thousands) of (?:\w+ )?"
    r"(?:air ?)?(?:strikes|attacks|raids|sorties)|(?<!denied )in the past|similar (?:\w+ )?(?:attacks|bombings"
    r"|strikes)|a tally|in recent (?:days|weeks|months|years)|usually|typically"
    r"|(?<!latest of )(?<!latest )such (?:\w+ )?(?:attacks|strikes|bombings|raids|incidents)"
    r"|(?:intensified|stepped up|escalated) (?:its |their )?(?:air ?strikes|attacks|shelling"
    r"|bombardment|raids)"
    r"|for the (?:second|third|fourth|fifth|\w+th) (?:day|week|month|year) in a row"
    # a count since a date: "neutralised 1,120 militants since the beginning of the year"
    r"|\d[\d,]* (?:[\w/-]+ ){0,3}since the (?:beginning|start) of)\b",
    re.IGNORECASE,
)
_THREAT = quick(
    r"\b(?:threat(?:en|ened|ens)?|warn(?:ed|s|ing)? (?:against|of|that)|vow(?:ed|s)|"
    r"will (?:strike|attack|respond|retaliate)|would (?:strike|attack|respond|retaliate)|"
    # "would be met with force", not "in what would be the deadliest attack"
    r"(?<!what )would be(?! (?:the|one of|its|their)\b)|"
    r"could (?:strike|attack)|plans? to (?:strike|attack)"
    # "would defend themselves if attacked", "if they strike again"
    r"|if (?:\w+ ){0,3}(?:attack(?:ed|s)?|strikes?|struck))\b",
    re.IGNORECASE,
)

# A count's trend: "militant attacks in the province rose in March", "suicide attacks rose to
# six" (not "the toll from the clashes rose": the noun is the subject, not a toll's); "counted
# 83 militants killed". Run only on a sentence with one of _TREND_WORDS.
_TREND = re.compile(
    r"(?<!from )(?<!in )(?<!after )(?<!during )(?<!of )(?<!by )(?<!the )\b(?:attacks|strikes"
    r"|incidents|clashes|bombings|killings|shootings|kidnappings|homicides) (?:[\w-]+ ){0,3}"
    r"(?:rose|fell|increased|decreased|declined|dropped|doubled|tripled|halved|surged|jumped)\b"
    r"|\bcounted \d"
    # "The number of police officers killed on duty fell to 27 from 38": a count falls, a
    # toll does not (not "the number of people killed in yesterday's raid rose to 52")
    r"|\bthe number of (?:[\w-]+ ){1,4}?(?:killed|dead|murdered|wounded|injured)\b"
    r"(?:(?! in (?:the|a|an|\w+['’]s)\b)[^.;]){0,40}?\b(?:fell|decreased|declined|dropped|halved)\b",
    re.IGNORECASE,
)
_TREND_WORDS = (
    "rose", "fell", "increased", "decreased", "declined", "dropped", "doubled", "tripled",
    "halved", "surged", "jumped", "counted",
)
# What may come: "new bombings could follow", "could lead to a new wave of kidnappings".
_OUTLOOK = quick(
    r"\b(?:(?:could|may|might) (?:follow|lead to|trigger|spark|resume)|a new wave of)\b", re.IGNORECASE
)

Filter = Literal["statistic", "habitual", "threat"]

# A relative clause set off by commas ("Moscow, which has repeatedly denied targeting
# civilians, said ..."): what it says of the subject in general is not what the sentence reports.
_ASIDE = re.compile(r",\s*(?:which|who)\s[^,;“”\"]{1,100},")


# One report over many places and no day: "drone strikes were reported in the regions of A, B
# and C" sums a month; "jets struck in the provinces of A and B on Tuesday" is an incident.
_MANY_PLACES = re.compile(
    r"\bin the (?:regions|provinces|districts|states|governorates|prefectures) of\b", re.IGNORECASE
)
_A_DAY = re.compile(
    r"\b(?:(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today"
    r"|tonight|overnight|last night|this (?:morning|afternoon|evening)|\d{1,2}(?:st|nd|rd|th)?"
    r" (?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r"|(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}\b)",
    re.IGNORECASE,
)


def sentence_filter(sentence: str) -> Filter | None:
    """Why a sentence with triggers does not report an incident, or None when it may."""
    sentence = _ASIDE.sub(",", sentence)
    low = sentence.lower()
    if _STATISTIC.search(sentence) or (
        any(word in low for word in _TREND_WORDS) and _TREND.search(sentence)
    ):
        return "statistic"
    if _HABITUAL.search(sentence) or (
        _MANY_PLACES.search(sentence) and not _A_DAY.search(sentence)
    ):
        return "habitual"
    if _THREAT.search(sentence) or (
        ("could" in low or "may" in low or "might" in low or "new wave" in low)
        and _OUTLOOK.search(sentence)
    ):
        return "threat"
    return None


# A weapon seized, found or made safe is no weapon used: "sixteen rifles, pistols and grenades
# were seized", "troops defused an IED", "a cache of landmines".
_UNUSED_AFTER = re.compile(
    r"(?: [\w-]+){0,2}? (?:were|was|have been|had been|being) (?:\w+ )?(?:seized|found|recovered"
    r"|confiscated|discovered|defused|dismantled|neutrali[sz]ed|handed over)\b",
    re.IGNORECASE,
)
_SET_OFF = re.compile(r"explo|detonat|blast|bombing|attack", re.IGNORECASE)
_UNUSED_BEFORE = re.compile(
    r"\b(?:seiz(?:ed|ing)|seizure of|found|finding|recover(?:ed|ing)|confiscat(?:ed|ing)"
    r"|discover(?:ed|ing)|defus(?:ed|ing)|dismantl(?:ed|ing)|caches? of|stockpiles? of)"
    r"\s+(?:[\w,-]+\s+){0,6}$",
    re.IGNORECASE,
)


def unused(text: str, match: re.Match[str], span: Span) -> bool:
    """An explosive named as seized, found or defused, not as set off."""
    if _SET_OFF.search(match.group()):
        return False
    return bool(
        _UNUSED_AFTER.match(text, match.end(), min(span.end, match.end() + 60))
        or _UNUSED_BEFORE.search(text, max(span.start, match.start() - 60), match.start())
    )
