"""Casualty noun phrases: the heads that name people ("civilians", "militiamen", "his son"),
the phrase shapes built on them, and the victim group (civilians, soldiers, militants) a
phrase names. Part of :mod:`contested.extract.casualties`."""

from __future__ import annotations

import re
from typing import Final

from contested.extract.numbers import COUNT_RE, QUANTITY_RE
from contested.types import Victims

_I = re.IGNORECASE

# --- lexicon -----------------------------------------------------------------------------------

_HEAD = (
    r"(?:people|persons?|individuals|civilians?|wom[ae]n|child(?:ren)?|kids?|boys?|girls?"
    r"|infants?|bab(?:y|ies)|toddlers?|m[ae]n|residents?|villagers?|farmers?|shepherds?"
    r"|workers?|contractors?|drivers?|passengers?|detainees?|prisoners?|inmates?|protesters?"
    r"|demonstrators?|IDPs|tribesm[ae]n|occupants?|family\s+members|relatives|students?|journalists?"
    r"|paramedics?|rescuers?|first\s+responders|emergency\s+(?:responders|respondents|workers)"
    r"|doctors?|nurses?|medics?|teachers?|worshippers?|refugees?|soldiers?|troops"
    r"|servicem[ae]n|service\s*(?:members?|personnel)|personnel|officers?|conscripts?|guards?"
    r"|policem[ae]n|police(?:\s+officers?)?|gendarmes|marines?|airm[ae]n|sailors|crew(?:\s+members)?"
    r"|militants?|fighters?|militiam[ae]n|jihadists?|insurgents?|terrorists?|rebels?|gunm[ae]n"
    r"|members?|elements|operatives?|commanders?|leaders?|officials?|forces|others|victims?"
    r"|martyrs?"
    r"|bodies|[\w]+-years?-olds?|Americans?|Syrians?|Iraqis?|Iranians?|Russians?|Kurds?"
    r"|Afghans?|Israelis?|Palestinians?|Lebanese|Yemenis?|citizens?|nationals?|locals|sons?"
    r"|Pakistanis?|Indians?|Bangladeshis?|Nepalis?|Filipinos?|Egyptians?|Jordanians?|Saudis?"
    r"|Emiratis?|Sudanese|Somalis?|Ethiopians?|Eritreans?|Libyans?|Britons?|Romanians?|Turks?"
    r"|daughters?|husbands?|wi(?:fe|ves)|brothers?|sisters?|fathers?|mothers?|nephews?|nieces?"
    r"|cousins?|grand(?:son|daughter|child)(?:s|ren)?|changers?|vendors?|traders?|merchants?"
    r"|employees?|engineers?|imams?|clerics?|mukhtars?|judges?|lawyers?|activists?|staff"
    r"|(?:staff|crew|family|tribe)\s+members?|cadres?|recruits?|suspects?|pilgrims?|herders?"
    r"|fishermen|labou?rers?|patients?|pedestrians?|motorists?|tourists?|volunteers?"
    r"|passers-?by|passersby|bystanders?|onlookers?|guests?|mourners|attendees|shoppers"
    r"|customers|spectators|congregants|shopkeepers?|neighbou?rs?"
    r"|hostages?|captives?|abductees|seafarers?|seam[ae]n|crewm[ae]n|attackers?|assailants?"
    r"|bandits?|extremists?|separatists?|guerrillas?|combatants?|mercenar(?:y|ies)|kidnappers?"
    r"|gangsters?|pirates?|criminals?|dissidents?|miners?|minors?|peacekeepers?|cadets?|youths?"
    r"|teenagers?|adults|elders|herdsm[ae]n|hunters?|monks?|priests?|nuns?|missionaries)"
    r"(?!\s+(?:sources?|officials?|spokes\w+|said|says|told|stations?|chiefs?|department)\b)"
)
_CIVILIAN_HEAD = re.compile(
    r"civilian|wom[ae]n|child|kid|boy|girl|infant|bab|toddler|resident|villager|farmer|shepherd"
    r"|citizen|son|daughter|husband|wi(?:fe|ves)|brother|sister|father|mother|nephew|niece"
    r"|cousin|grand|changer|vendor|trader|merchant|employee|engineer|pilgrim|herder|fishermen"
    r"|labou?rer|patient|pedestrian|motorist|tourist|passer|bystander|onlooker|guest|mourner"
    r"|attendee|shopper|customer|spectator|congregant|shopkeeper|neighbou?r"
    r"|worker|contractor|driver|passenger|detainee|prisoner|inmate|protester|demonstrator|IDP|occupant|family|relative|student|journalist|paramedic|rescuer|responder"
    r"|respondent|doctor|nurse|medic|teacher|worshipper|refugee|year-old|hostage|captive"
    r"|miner|minor|youth|teenager|adult|elder|herdsm|hunter|monk|priest|nun\b|missionar"
    r"|abductee|seafarer|seam[ae]n",
    _I,
)
_SOLDIER_HEAD = re.compile(
    r"soldier|troop|servicem|service\s*(?:member|personnel)|conscript|guard|police|gendarme"
    r"|marine|airm[ae]n|sailor|peacekeeper|cadet",
    _I,
)
_MILITANT_HEAD = re.compile(
    r"militant|fighter|militiam|jihadist|insurgent|terrorist|rebel|gunm[ae]n|operative|attacker"
    r"|assailant|bandit|extremist|separatist|guerrilla|combatant|mercenar|kidnapper|gangster"
    r"|pirate|criminal|dissident", _I
)
_FORCE_HEAD = re.compile(
    r"members?|elements|personnel|officers?|commanders?|leaders?|m[ae]n|forces|crew", _I
)
_MILITANT_WORDS = re.compile(
    r"(?-i:\b(?:IS|ISIS|ISIL|PMF|PMU|SDF|YPG|HTS)\b)|daesh|islamic\s+state|hashd|popular\s+mobili"
    r"|hezbollah|hizbollah|kata['’]?ib|militia|iran(?:ian)?-backed|pro-iran|rebel|jihad|qaeda"
    r"|nujaba|fatemiyoun|zainabiyoun|asa['’]?ib|opposition|armed\s+group|faction",
    _I,
)
_SOLDIER_WORDS = re.compile(
    r"\b(?:army|military|armed\s+forces|security|police|regime|government|coalition|(?-i:US|U\.S\.)"
    r"|american|syrian|iraqi|russian|turkish|israeli|iranian|national\s+guard)\b",
    _I,
)
_CIVILIAN_WORDS = re.compile(r"civilian|family|families|household", _I)

# --- pattern pieces ----------------------------------------------------------------------------

_STOP = (
    r"(?:and|or|but|nor|were|was|is|are|be|been|being|have|has|had|in|on|at|of|by|for|with|near"
    r"|from|to|into|during|after|before|who|whom|which|that|the|a|an|as|while|when|where|killed"
    r"|dead|died|wounded|injured|hurt|killing|wounding|injuring|including|among|strikes?"
    r"|airstrikes?|air|raids?|attacks?|drones?|missiles?|rockets?|shells?|bombs?|times|days?"
    r"|years?|hours?|weeks?|months?|km|miles?|casualties|deaths?|fatalities|injuries|people"
    r"|others|all|no|not|said|says|told|tells|added|reported|according)"
)
# a word's dot is an abbreviation's ("U.S."), never a sentence's end ("men. One")
_MOD = (
    rf"(?:(?-i:IS|ISIS|ISIL|PMF|PMU|SDF)\b|(?!{_STOP}\b)[^\W\d][\w'’.-]*(?<![a-z]{{2}}\.)"
    r"|\d+-years?-old)"
)
_TAIL_END = (
    r"(?:army|military|armed\s+forces|forces|police|guards?|militias?|group|organi[sz]ation"
    r"|movement|famil(?:y|ies)|household|PMF|PMU|Hashd(?:\s+al-Sha['’]?abi)?"
    r"|Popular\s+Mobili[sz]ation(?:\s+(?:Forces|Units))?|Hezbollah|Hizbollah|Kata['’]?ib\s+[\w-]+"
    r"|IS|ISIS|ISIL|Daesh|Islamic\s+State|coalition|SDF|YPG|brigades?|units?|battalion"
    r"|division|regiment|corps|faction|intelligence|directorate|agency|services)"
)
# a name of up to five capitalised words, lower-case joints allowed ("the Women's Centre for Social
# Adaptation"), and its acronym after it in brackets
_PROPER = (
    r"(?-i:[A-Z][\w'’-]+(?:\s+(?:(?:for|of|and|de|del|des|du|la|le|the)\s+)?(?:al-|el-)?"
    r"[A-Z][\w'’-]+){0,4}(?:\s+\([A-Z][\w.&-]*\))?)"
)
_TAIL = (
    rf"(?:\s+of\s+(?:the\s+|a\s+|an\s+|one\s+|same\s+)?(?:(?:[\w'’.-]+\s+){{0,3}}?{_TAIL_END}\b"
    rf"|{_PROPER}))"
)
_DET = (  # "four of the 12 passengers": the four
    rf"(?:\s+of\s+(?:the|these|those|its|their)\s+{COUNT_RE}(?=\s)"
    r"|(?:\s+of)?(?:\s+(?:the|these|those|its|their|his|her|our|my))?)"
)
_FAMILY = rf"(?:(?:an?|one|the|an\s+entire|a\s+whole)\s+)?family\s+of\s+{COUNT_RE}"
_KIN = (
    r"(?:her|his|their)\s+(?:(?:\w+-year-old|young|elderly|infant|little|eldest|youngest)\s+)?"
    r"(?:son|daughter|husband|wife|brother|sister|father|mother|child|baby|nephew|niece|cousin"
    r"|uncle|aunt|grandson|granddaughter|grandchild)\b"
)
# "a commander and his driver": one more, whoever the one before was
_AIDE = (
    r"(?:her|his|their)\s+(?:deputy|driver|bodyguard|aide|assistant|companion|escort|guard"
    r"|secretary)\b"
)
# "an elderly couple": two
_COUPLE = r"(?:an?\s+(?:(?!couple\b)[\w-]+\s+)?couple\b(?!\s+of\b))"
# Where a noun phrase can start: a quantity starts a word; "a family of", "his son", "his
# driver" and "a couple" may start inside one, on their first letter ("this son"). A
# necessary condition only, so the matches are the same; it lets the engine pass the other
# positions at once.
_NP_START = r"(?=\b|[afhot\"“])"
# a count in quotation marks ("between 60 and 70" men, "at least 40 people")
_Q_OPEN = r"[\"“]?"
_Q_CLOSE = r"[\"”]?"
_NP = (
    rf"{_NP_START}(?:{_FAMILY}|{_KIN}|{_AIDE}|{_COUPLE}|{_Q_OPEN}{QUANTITY_RE}{_Q_CLOSE}{_DET}(?:\s+{_MOD}){{0,5}}\s+{_HEAD}\b{_Q_CLOSE}{_TAIL}?)"
)
_NP_PART = re.compile(
    rf"{_NP_START}(?:(?:(?:an?|one|the|an\s+entire|a\s+whole)\s+)?family\s+of\s+(?P<fam>{COUNT_RE})"
    rf"|(?P<kin>{_KIN})|(?P<aide>{_AIDE})|(?P<couple>{_COUPLE})"
    rf"|{_Q_OPEN}(?P<qty>{QUANTITY_RE}){_Q_CLOSE}{_DET}(?P<mods>(?:\s+{_MOD}){{0,5}})\s+(?P<head>{_HEAD})\b{_Q_CLOSE}"
    rf"(?P<tail>{_TAIL})?)",
    _I,
)
_HEAD_SEARCH = re.compile(rf"\b{_HEAD}\b", _I)
_JOIN = r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+|\s+plus\s+)"
_NP_SHARED = rf"(?:(?:{_MOD}\s+){{0,3}}{_HEAD}\b{_TAIL}?)"  # "11 soldiers and [] militiamen"
_NPLIST = rf"(?:{_NP}(?:{_JOIN}(?:{_NP}|{_NP_SHARED}))*)"
_ALL = (
    rf"(?:all(?:\s+of)?(?:\s+(?:the|those|its|their))?(?:\s+{COUNT_RE})?(?:\s+{_MOD}){{0,2}}?"
    rf"\s+{_HEAD}\b"
    r"(?:\s+(?:on\s+board|aboard|inside))?|all\s+(?:those\s+)?(?:on\s+board|aboard|inside)"
    r"|everyone(?:\s+(?:on\s+board|aboard|inside))?|everybody"
    r"|those\s+(?:on\s+board|aboard|inside)"
    # "killed all those we found there", "all those inside": everyone, no figure
    r"|all\s+those\b(?!\s+(?:who\s+)?(?:are|were|have|had)\s+(?:responsible|behind|involved)))"
)


def _classify(head: str, mods: str, tail: str) -> Victims:
    for pattern, victims in _HEAD_CLASSES:
        if pattern.match(head):
            return victims
    context = f"{mods} {tail}"
    if _FORCE_HEAD.fullmatch(head):
        for pattern, victims in _WORD_CLASSES:
            if pattern.search(context):
                return victims
        return "soldiers" if head.lower() == "personnel" else "unknown"
    return "civilians" if _CIVILIAN_WORDS.search(context) else "unknown"


def _classify_modifiers(mods: str) -> Victims:
    """Victims named by the adjectives of "civilian deaths", "military casualties"."""
    for pattern, victims in _MODIFIER_CLASSES:
        if pattern.search(mods):
            return victims
    return "unknown"


_HEAD_CLASSES: Final[tuple[tuple[re.Pattern[str], Victims], ...]] = (
    (_MILITANT_HEAD, "militants"),
    (_SOLDIER_HEAD, "soldiers"),
    (_CIVILIAN_HEAD, "civilians"),
)
_WORD_CLASSES: Final[tuple[tuple[re.Pattern[str], Victims], ...]] = (
    (_CIVILIAN_WORDS, "civilians"),
    (_MILITANT_WORDS, "militants"),
    (_SOLDIER_WORDS, "soldiers"),
)


_MODIFIER_CLASSES: Final[tuple[tuple[re.Pattern[str], Victims], ...]] = (
    (_CIVILIAN_WORDS, "civilians"),
    (_MILITANT_HEAD, "militants"),
    (_MILITANT_WORDS, "militants"),
    (_SOLDIER_HEAD, "soldiers"),
    (_SOLDIER_WORDS, "soldiers"),
)

