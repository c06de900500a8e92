"""Casualty figures: who was killed or injured, how many, and how sure the text is.

Component id: ``extract.casualties@4``. Rule-based and fast: precompiled patterns run only over
the region they are given (usually one sentence), and a region without any casualty word is
skipped at once. A number counts only when it is tied to a casualty word by one of these shapes:

- subject:  "more than 10 civilians were killed", "5 dead", "three members of the army died",
            "50 servicemen became martyrs", "all 33 terrorists were sent to hell" (communiques)
- object:   "killing 11 people", "wounded 14", "claimed the lives of", "killing all passengers"
- noun:     "the death of seven soldiers and one civilian", "the death toll rose to 12"
- counted:  "12 civilian deaths", "dozens of casualties", "a dozen coffins"
- none:     "no casualties", "did not result in casualties", "no one was hurt", "killing no
            one" (value 0)
- vague:    "There are dead and wounded", "caused casualties" (value None, "unspecified")
- lives:    "claimed nine lives", "six lives were lost"
- treated:  "30 people sustained injuries", "more than 60 were receiving treatment", "taken to
            hospital" (injured)
- named:    "killed Ali Hassan, a commander, along with his deputy and another fighter" (3)
- parts:    "Of the dead, eight were gunmen, one a guard and four were civilians" (14), "25 of the
            dead were tourists and one was a pony operator" (26): two parts or more, summed
- communique: "seven terrorists were neutralised" (7, qualified "neutralized": the figure as
            stated, the gold's convention since heldout6), "put out of action" fighters (vague)

Not a toll: an aim ("they wanted to kill everyone"), a part of a toll told elsewhere ("five of
the dead"), the victims told of ("evacuated the dead and wounded"), a running total or a war's,
the toll of another time (an event of a bare year, "a siege in 2017 that left 1,100 dead",
which no event sentence would take to a background mention; an earlier event that dates this
one, "since a truck bomb killed dozens", "two weeks after an ambush killed 11").

Conventions (shared/GOLD.md): numbers as stated, the qualifier apart; ranges give ``min``/``max``
and ``value=None``; parts the text lists are summed ("seven soldiers and one civilian" = 8,
victims ``mixed``, ``breakdown`` (("soldiers", 7), ("civilians", 1)); ``breakdown`` is only set
when the parts belong to more than one victim group). "N casualties" does not say who died:
it yields a killed and an injured figure, each ``vague`` with ``max=N``. "others" takes the
victims of the figure before it in the region ("10 civilians were killed and scores of others
were injured": both civilians).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Final, Literal

from contested.extract.numbers import COUNT_RE, QUANTITY_RE, Quantity, parse_quantity
from contested.types import Span, Victims

COMPONENT: Final = "extract.casualties@4"
Kind = Literal["killed", "injured"]

_I = re.IGNORECASE


@dataclass(frozen=True)
class CasualtyFigure:
    """One figure read from the text; ``span`` covers the phrase it was read from."""

    span: Span
    kind: Kind
    value: int | None
    min: int | None = None
    max: int | None = None
    qualifier: str | None = None
    victims: Victims = "unknown"
    breakdown: tuple[tuple[str, int], ...] = ()
    vague: bool = False
    component: str = COMPONENT


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
_PROPER = r"(?-i:[A-Z][\w'’-]+(?:\s+(?:al-|el-)?[A-Z][\w'’-]+){0,3})"
_TAIL = (
    rf"(?:\s+of\s+(?:the\s+|a\s+|an\s+|one\s+|same\s+)?(?:(?:[\w'’.-]+\s+){{0,3}}?{_TAIL_END}\b"
    rf"|{_PROPER}))"
)
_DET = (  # "four of the 12 passengers": the four
    rf"(?:\s+of\s+(?:the|these|those|its|their)\s+{COUNT_RE}(?=\s)"
    r"|(?:\s+of)?(?:\s+(?:the|these|those|its|their))?)"
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
_NP_START = r"(?=\b|[afhot])"
_NP = (
    rf"{_NP_START}(?:{_FAMILY}|{_KIN}|{_AIDE}|{_COUPLE}|{QUANTITY_RE}{_DET}(?:\s+{_MOD}){{0,5}}\s+{_HEAD}\b{_TAIL}?)"
)
_NP_PART = re.compile(
    rf"{_NP_START}(?:(?:(?:an?|one|the|an\s+entire|a\s+whole)\s+)?family\s+of\s+(?P<fam>{COUNT_RE})"
    rf"|(?P<kin>{_KIN})|(?P<aide>{_AIDE})|(?P<couple>{_COUPLE})"
    rf"|(?P<qty>{QUANTITY_RE}){_DET}(?P<mods>(?:\s+{_MOD}){{0,5}})\s+(?P<head>{_HEAD})\b"
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
    r"|those\s+(?:on\s+board|aboard|inside))"
)
_KILL_WORD = (
    r"(?:killed|dead|died|slain|perished|martyred|lost\s+their\s+lives|murdered|massacred"
    r"|executed|assassinated|gunned\s+down|neutrali[sz]ed|put\s+out\s+of\s+action"
    r"|(?:became|become|becoming)\s+martyrs|embraced\s+martyrdom|sent\s+to\s+hell"
    r"|buried(?!\s+(?:alive|under|beneath|in\s+(?:the\s+)?(?:rubble|debris|ruins)))"
    r"|(?:shot|stabbed|beaten|burned|burnt|hacked|bludgeoned|tortured|crushed)\s+to\s+death)"
)
_HURT_WORD = r"(?:wounded|injured|hurt)"
_AUX = (
    r"(?:were|was|are|is|have|has|had|been|being|got|reportedly|reported|confirmed|also|all"
    r"|seriously|critically|severely|lightly|slightly|badly|fatally|mortally|later|shot\s+and"
    r"|later|subsequently|allegedly|believed|thought|said|to|be|either|left|found|shot|more"
    r"|may|might|could|likely|feared)"
)
_GAP = (
    r"(?:\s*,[^,.;]{1,80},|\s+including\s+[^,.;]{1,60}?"
    r"|\s+who\s+(?:had|has|have)\s+[^,.;]{1,80}?"  # "a commander who had joined the deal"
    r"|\s+and\s+(?:allied|other|affiliated)\s+(?:factions|groups|militias)"
    # "four workers employed at the field were killed", "two men riding a motorcycle"
    r"|\s+(?:working|employed|living|staying|sheltering|travell?ing|riding|driving|sitting"
    r"|standing|waiting|queu(?:e)?ing|gathered|stationed|deployed|based|involved)\s+[^,.;]{1,70}?"
    r"|\s+(?:in|near|at|from|inside|on|across|around)\s+(?:(?!\b(?:that|which|who|and)\b)[^,.;]){1,70}?)"
)

_SUBJECT = re.compile(
    rf"(?P<np>{_NPLIST}|{QUANTITY_RE})(?:{_GAP})?\s+(?:{_AUX}\s+){{0,4}}"
    rf"(?P<verb>{_KILL_WORD}|{_HURT_WORD})\b"
    rf"(?P<both>\s+(?:and|or|and/or)\s+{_HURT_WORD}\b(?!\s+{QUANTITY_RE}))?",
    _I,
)
# words every match of the pattern before holds: a region without them is passed at once
_SUBJECT_CUE = re.compile(
    r"killed|dead|died|slain|perished|martyr|lives|death|wounded|injured|hurt|hell|buried"
    r"|murdered|massacred|executed|assassinated|gunned|neutrali|out\s+of\s+action", _I
)
_OBJECT = re.compile(
    r"\b(?P<verb>kill(?:ing|ed|s)?(?P<both>\s+(?:and|or)\s+(?:wound|injur)\w*)?"
    r"|shot\s+dead|shot\s+and\s+killed|executed|beheaded|murdered|assassinated"
    r"|massacr(?:ed|ing)|slaughter(?:ed|ing)|gunn(?:ed|ing)\s+down"
    r"|eliminat(?:ed|ing)|liquidat(?:ed|ing)"
    r"|(?P<neutral>neutrali[sz](?:ed|ing|es|e))"
    r"|wound(?:ing|ed|s)?|injur(?:ing|ed|es|e)"
    r"|(?:claim(?:ed|ing|s)?|t(?:ook|akes?|aking))\s+the\s+lives\s+of)"
    rf"[\"”’']?\s+(?P<np>{_ALL}|{_NPLIST}|{QUANTITY_RE})",
    _I,
)
# "the shelling claimed nine lives", "cost 14 civilian lives", "six lives were lost"
_LIVES = re.compile(
    rf"\b(?:(?:claim(?:ed|ing|s)?|cost(?:ing|s)?|t(?:ook|akes?|aking))\s+(?:the\s+)?"
    rf"(?P<np>{QUANTITY_RE})\s+(?:(?:civilian|human|innocent|young|more)\s+)?lives\b"
    rf"|(?P<np2>{QUANTITY_RE})\s+lives\s+(?:were|have\s+been|had\s+been)\s+lost\b)",
    _I,
)
_LIVES_CUE = re.compile(r"\blives\b", _I)
# "the army lost three soldiers": only people, never a bare number ("lost 12 tanks")
_LOST = re.compile(rf"\b(?P<verb>lost)\s+(?P<np>{_NPLIST})", _I)
# "30 people sustained injuries", "were hospitalised", "treated eight people for light injuries"
_INJURY_NOUN = r"(?:\s+(?!and\b|or\b)[\w-]+){0,3}?\s+(?:injuries|wounds|burns)\b"
_SUFFERED = re.compile(
    rf"(?P<np>{_NPLIST}|{QUANTITY_RE})(?:{_GAP})?\s+(?:{_AUX}\s+){{0,3}}"
    r"(?P<verb>(?:sustained|suffered|received|treated\s+for)"
    rf"{_INJURY_NOUN}|hospitali[sz]ed\b|admitted\s+to\s+(?:a\s+|the\s+)?hospitals?\b"
    r"|(?:receiving|undergoing|getting|under)\s+(?:medical\s+|hospital\s+)?treatment\b"
    r"|(?:treated|taken|rushed|evacuated)\s+(?:to|in|at)\s+(?:(?:a|the|local|nearby|two|several"
    r"|[A-Z][\w'’-]*)\s+){0,3}hospitals?\b)",
    _I,
)
_TREATED = re.compile(
    rf"\b(?P<verb>treated|left)\s+(?P<np>{_NPLIST}|{QUANTITY_RE})\s+(?:for|with){_INJURY_NOUN}",
    _I,
)
_SUFFERED_CUE = re.compile(
    r"sustained|suffered|received|treated|hospitali|admitted|treatment"
    r"|(?:taken|rushed|evacuated)\s+(?:to|in|at)\s[^.;]{0,40}?hospital",
    _I,
)
_TREATED_CUE = re.compile(r"(?:treated|left)\s[^.;]{1,80}?\s(?:for|with)\s", _I)
_NOMINAL = re.compile(
    r"\b(?P<verb>deaths?|killings?|martyrdom|injur(?:y|ies)|wounding|bodies)\s+of"
    rf"\s+(?P<np>{_NPLIST}|{QUANTITY_RE})",
    _I,
)
_TOLL = re.compile(
    r"\b(?:(?:death|fatality)\s+toll|the\s+toll|(?:a|an|the)\s+(?:higher|lower|new|revised|final"
    r"|preliminary|updated|total)\s+toll|(?<=put\s)the\s+number\s+of\s+(?:dead|deaths|killed"
    r"|fatalities))\b(?:(?:\s+(?:from|of|in)\s+[^.;]{0,150}?|\s*,[^,.;]{1,60},)"  # ", initially 8,"
    r"(?=\s+(?:has|had|have|was|is|now|later|rose|risen|climbed|jumped|increased|reached|stands"
    r"|stood|rises|climbs|reaches)\b))?"
    r"(?:\s+(?:has|had|have|was|is|now|rose|risen|climbed|jumped"
    r"|increased|reached|hit|stands|stood|rises|climbs|reaches|further|later|since))*"
    r"\s+(?:to\s+|at\s+|of\s+)?"
    rf"(?P<np>{_NPLIST}|{QUANTITY_RE})",
    _I,
)
_COUNTED = re.compile(
    rf"(?P<np>{QUANTITY_RE})[\"”’']?(?P<mods>(?:\s+{_MOD}){{0,2}})\s+"
    r"(?P<verb>casualties|fatalities|deaths|injuries|bodies|coffins)\b",
    _I,
)
_COUNTED_CUE = re.compile(r"casualties|fatalities|deaths|injuries|bodies|coffins", _I)
_NUMBER_OF = re.compile(
    r"\bnumber\s+of\s+(?:[\w-]+\s+){0,2}?(?P<verb>killed|dead|deaths|fatalities|wounded|injured"
    r"|victims)\b(?:[^.;]{0,150}?\b(?:rose|risen|climbed|reached|increased|jumped|stands|stood"
    rf"|went\s+up)\s+(?:to\s+|at\s+)?|\s+(?:at|to)\s+)(?P<np>{QUANTITY_RE})",
    _I,
)
_THE_VICTIMS = re.compile(
    r"\bthe\s+(?P<verb>dead|wounded|injured)\s+(?:were|are)\s+"
    rf"(?P<np>{_NPLIST})",
    _I,
)
_NONE = re.compile(
    r"\b(?:no|zero|not\s+any|without(?:\s+(?:causing|leaving|inflicting|any))*|(?:did|does|do|will)\s+not\s+(?:result\s+in|cause"
    r"|lead\s+to|leave)(?:\s+any)?|caused\s+no|den(?:y|ies|ied)\s+(?:that\s+)?there\s+(?:were|was"
    r"|had\s+been|have\s+been)\s+any)\s+(?:(?:immediate|reported|human|civilian|military|serious"
    r"|significant|major|further|other)\s+)?(?P<verb>casualties|fatalities|deaths|injuries"
    r"|loss(?:es)?\s+of\s+life|dead|wounded|injured)\b",
    _I,
)
_MATERIAL_ONLY = re.compile(
    r"\b(?:caus(?:ed|ing)|result(?:ed|ing)\s+in|le(?:ft|aving))\s+only\s+material\s+"
    r"(?:damage|losses)\b",
    _I,
)
_NOBODY = re.compile(
    r"\b(?P<object>kill(?:ed|ing)|injur(?:ed|ing)|wound(?:ed|ing))\s+(?:no\s+one|nobody)\b|"
    r"\b(?:no\s+one|nobody|none|no\s+(?:single\s+)?(?:civilians?|soldiers?|person|people"
    r"|residents?|child(?:ren)?|passengers?|troops|personnel|villagers?|worshippers?|students?))"
    r"\s+(?:(?:was|were|had|has|have|been|is|reportedly)\s+){1,3}"
    rf"(?P<verb>{_KILL_WORD}|{_HURT_WORD}|harmed)\b"
    rf"(?P<both>\s+(?:or|and|nor)\s+(?:{_HURT_WORD}|{_KILL_WORD})\b)?",
    _I,
)
_VAGUE = re.compile(
    r"\b(?:(?P<pair>dead\s+and\s+(?:the\s+)?(?:wounded|injured)|killed\s+and\s+(?:wounded|injured)"
    r"|martyrs\s+and\s+(?:injuries|injured|wounded)"
    r"|deaths\s+and\s+injuries)"
    r"|(?:caus(?:ed|ing|es)|inflict(?:ed|ing|s)|result(?:ed|ing|s)?\s+in|le(?:ft|aving)"
    r"|there\s+(?:are|were|have\s+been|had\s+been))\s+(?:(?:heavy|many|several|some|serious"
    r"|human|civilian|military)\s+)*(?P<cas>casualties))\b",
    _I,
)
# "two soldiers were killed and a third wounded": one more, of the same victims.
_ORDINAL = re.compile(
    r"\b(?:and|while|with)\s+(?:a|one)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth"
    r"|tenth)(?:\s+(?!was\b|were\b|is\b)[\w-]+)?\s+(?:(?:was|were|is|had\s+been|has\s+been)\s+)?"
    r"(?:(?:also|seriously|critically|badly|severely|lightly|slightly)\s+)?"
    rf"(?P<verb>{_KILL_WORD}|{_HURT_WORD})\b",
    _I,
)
# "killed three and injured a fourth"
_ORDINAL_OBJECT = re.compile(
    r"\b(?P<verb>kill(?:ing|ed)|wound(?:ing|ed)|injur(?:ing|ed))\s+(?:a|one)\s+(?:second|third"
    r"|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b(?!\s+(?:time|day|night|week|attack"
    r"|strike|raid|blast|explosion|incident)\b)",
    _I,
)
# "killing Moataz Eid, a Hamas commander": one named person, told apart from places by the
# role that follows the name.
_NAMED = re.compile(
    r"\b(?P<verb>kill(?:ed|ing)|assassinat(?:ed|ing))\s+"
    r"(?-i:(?P<name>[A-Z][\w'’-]+(?:\s+(?:al-|el-|bin\s+|abu\s+|Abu\s+)?[A-Z][\w'’-]+){1,3}))"
    r",\s+(?P<role>(?:an?|the|its|his)\s+(?:[\w'’-]+\s+){0,5}?(?:commander|leader|official"
    r"|member|fighter|officer|operative|chief|head|spokesman|militant|soldier|colonel|general"
    r"|activist|journalist|doctor|resident|civilian|engineer)s?)\b",
    _I,
)
# A gate: a region with none of these words holds no figure. Alternatives grouped by their
# first letter (one branch tried per letter, not one per word): the scan runs over every
# sentence, twice, so its cost is most of this module's.
_QUICK = re.compile(
    r"d(?:e(?:ad|ath)|ied)|kill|wound|injur|c(?:asualt|offins)|l(?:ives|ost\s|iquidat)"
    r"|t(?:oll|reatment)|m(?:artyr|aterial\s+damage|urdered|assacr)|h(?:urt|ospitali|armed)"
    r"|s(?:lain|ent\s+to\s+hell|laughter)|perish|fatalit|n(?:eutrali|umber\s+of\s+victims)"
    r"|b(?:odies|uried|urns|ehead)|e(?:liminat|xecut(?:ed|ing)\b)|assassinat"
    r"|gunn(?:ed|ing)\s+down|out\s+of\s+action"
    r"|(?:treated|taken|rushed|evacuated)\s+(?:to|in|at)\s[^.;]{0,40}?hospital",
    _I,
)
# A running total ("380,000 deaths since the start of the war"), a count over a period or an
# example is not a toll of the incident at hand.
_CUMULATIVE = re.compile(
    r"\bsince\s+(?:the\s+(?:start|beginning|outbreak|onset)|(?:19|20)\d\d\b"
    r"|(?-i:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\b)|\bso\s+far\s+(?:this|in)\b|\b(?:this|last)\s+(?:year|month)\b"
    # a count over a period ("neutralised 12 militants in northern Iraq over the weekend")
    r"|\b(?:over|during|in)\s+the\s+(?:past\s+|last\s+|previous\s+)?(?:weekend|week|month"
    r"|few\s+days|(?:\d+|two|three|four|five|seven|ten)\s+(?:days|hours|weeks))\b"
    # a war's toll: "since the war began", "since it broke out"
    r"|\bsince\s+(?:the\s+(?:war|conflict|fighting|insurgency|invasion|uprising|violence|unrest"
    r"|rebellion|crisis|revolt)\b[^.;]{0,80}?|it\s+)"
    r"(?:began|started|broke\s+out|erupted|flared|reignited|resumed|escalated|intensified"
    r"|was\s+launched)\b",
    _I,
)
# "a siege in 2017 that left more than 1,100 people dead": a toll of a year told bare (no day,
# no month), an earlier event's; read before the figure, in its clause
_PAST_YEAR = re.compile(
    r"\bin\s+(?:19|20)\d\d\b(?!\s*[-/]\d)(?:\s*,)?"
    r"\s+(?:that|which|when\s+\w+)\b[^.;]{0,40}$"
    # "since a fuel tanker bomb killed dozens", "three days after a car bomb killed a money
    # changer": an earlier event, told by an indefinite noun phrase, dates the one at hand
    r"|\b(?:since|(?:days?|weeks?|months?|years?)\s+after)\s+an?\s[^.;]{0,80}$",
    _I,
)
# "The war, which broke out in 2023, has killed tens of thousands": a war or a conflict that
# has killed, or a period told first ("Over the past week, strikes have killed 50"), counts
# more than one incident.
_WAR_TOLL = re.compile(
    r"\b(?:war|conflict|insurgency|invasion|uprising|fighting|campaign)\b[^.;]{0,90}?"
    r"\b(?:has|have)\s+(?:(?:now|so\s+far|already|also)\s+)?(?P<verb>killed|claimed|left)\b",
    _I,
)
_PERIOD_FIRST = re.compile(
    r"\W*(?:(?:over|during|in)\s+the\s+(?:past|last|previous)\s+(?:\w+\s+)?(?:weeks?|months?"
    r"|years?|days)\b"
    # "Since the war began in 2011, ...": a war's ("In 2019, a car bomb killed 40" is read: an
    # earlier incident's toll, which the mentions step gives to a background mention)
    r"|since\s+(?:(?:19|20)\d\d\b|the\s+(?:start|beginning|outbreak"
    r"|war|conflict|insurgency|invasion|uprising)\b))",
    _I,
)
_EXAMPLE = re.compile(r"\b(?:for\s+example|for\s+instance|such\s+as\s+when)\b", _I)
_SUBSET_BEFORE = re.compile(
    r"(?:including|among\s+them|among\s+whom|of\s+whom|of\s+them|\bno)\s*$", _I
)
# "They wanted to kill everyone", "a plot to kill two officers": an aim, not a toll.
_INTENT_BEFORE = re.compile(
    r"\b(?:wants?|wanted|wanting|tr(?:y|ies|ied|ying)|attempt(?:s|ed|ing)?|s(?:eek|eeks|eeking|ought)"
    r"|aim(?:s|ed|ing)?|intend(?:s|ed|ing)?|plan(?:s|ned|ning)?|plot(?:s|ted|ting)?"
    r"|threat(?:en|ens|ened|ening)|vow(?:s|ed|ing)?|hop(?:e|es|ed|ing)|order(?:s|ed)?\s+\w+"
    r"|c(?:ame|omes?|oming)|went|sent|out|in\s+order|so\s+as|bid|effort|able|unable|failed)"
    r"\s+to\s+$",
    _I,
)
# "said a farmer who lost his wife": who the speaker is, not a toll
_WHO_BEFORE = re.compile(r"\bwho\s+(?:had\s+|has\s+)?$", _I)
# "the bodies of five of the dead": a part of a toll told elsewhere, not a toll.
_OF_THE_VICTIMS = re.compile(
    r"\s+of\s+(?:the|those)\s+(?:dead|killed|victims|bodies|wounded|injured|casualties)\b", _I
)
_PREP_BEFORE = re.compile(
    r"\b(?:in|since|of|during|until|by|from|before|after|year|early|late|mid)\s+$", _I
)
_MONTH_BEFORE = re.compile(
    r"(?-i:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?\s+$"
)


@dataclass(frozen=True)
class _Part:
    quantity: Quantity
    victims: Victims
    others: bool


@dataclass(frozen=True)
class _Candidate:
    span: Span
    priority: int
    figures: tuple[CasualtyFigure, ...]
    others: bool = False
    total: bool = False  # a running toll ("the death toll rose to 14")


# --- public API --------------------------------------------------------------------------------


def find_casualties(text: str, start: int = 0, end: int | None = None) -> list[CasualtyFigure]:
    """Casualty figures in ``text[start:end]``, in text order, spans absolute into ``text``."""
    stop = len(text) if end is None else min(end, len(text))
    if not _QUICK.search(text, start, stop):
        return []
    if _EXAMPLE.search(text, start, stop) or _PERIOD_FIRST.match(text, start):
        return []  # an example, or a toll over a period told first: no incident's toll
    candidates: list[_Candidate] = []
    for finder in _FINDERS:
        candidates.extend(finder(text, start, stop))
    kept = [c for c in _select(candidates) if not _cumulative(text, start, stop, c)]
    return _inherit_others(_without_increments(text, kept))


def _cumulative(text: str, start: int, stop: int, cand: _Candidate) -> bool:
    """A running total or a toll over a period, not the toll of one incident (a region that
    opens with the period, :data:`_PERIOD_FIRST`, is left out whole by the caller)."""
    if _CUMULATIVE.search(text, cand.span.start, stop):
        return True
    if _PAST_YEAR.search(text, max(start, cand.span.start - 90), cand.span.start):
        return True
    return any(
        m.start("verb") < cand.span.end and _no_break(text, m.end("verb"), cand.span.start)
        for m in _WAR_TOLL.finditer(text, start, cand.span.end)
    )


def _no_break(text: str, start: int, end: int) -> bool:
    """Nothing but a few words between ``start`` and ``end`` (either may come first)."""
    between = text[min(start, end) : max(start, end)]
    return len(between) <= 40 and not _BREAK.search(between)


_BREAK = re.compile(r"[,;:]")


_MORE = re.compile(r"\b(?:more|another|further|additional|new)\b", _I)
_EARLIER = re.compile(
    r"\b(?:initially|earlier|previously|at\s+first|first)\b(?:\s+[\w-]+){0,3}\s*$", _I
)


def _without_increments(text: str, kept: list[_Candidate]) -> list[_Candidate]:
    """"Two more bodies were found, bringing the death toll to 14", "officials initially said
    eight were killed, but later raised the toll to 12": the running toll only."""
    totals = {f.kind for c in kept if c.total for f in c.figures}
    return [c for c in kept if c.total or not totals & {f.kind for f in c.figures}
            or not _superseded(text, c)]


def _superseded(text: str, cand: _Candidate) -> bool:
    before = text[max(0, cand.span.start - 40) : cand.span.start]
    return bool(_MORE.search(cand.span.of(text)) or _EARLIER.search(before))


def _select(candidates: list[_Candidate]) -> list[_Candidate]:
    """Keep the best non-overlapping candidates: lower priority number first, then leftmost."""
    kept: list[_Candidate] = []
    for cand in sorted(candidates, key=lambda c: (c.priority, c.span.start)):
        if not any(cand.span.overlaps(k.span) for k in kept):
            kept.append(cand)
    return sorted(kept, key=lambda c: c.span.start)


def _inherit_others(kept: list[_Candidate]) -> list[CasualtyFigure]:
    """"others" takes the victims of the figure before it; "six were killed ... and three
    others were killed" adds up to one figure of nine."""
    out: list[CasualtyFigure] = []
    for cand in kept:
        figures = cand.figures
        if cand.others and out and out[-1].victims != "unknown":
            figures = tuple(replace(f, victims=out[-1].victims) for f in figures)
        if cand.others and out and _addable(out[-1], figures):
            out[-1] = _added(out[-1], figures[0])
            continue
        out.extend(figures)
    return out


def _addable(last: CasualtyFigure, figures: tuple[CasualtyFigure, ...]) -> bool:
    return (
        len(figures) == 1
        and figures[0].kind == last.kind
        and None not in (figures[0].value, last.value)
    )


def _added(last: CasualtyFigure, more: CasualtyFigure) -> CasualtyFigure:
    total = (last.value or 0) + (more.value or 0)
    return replace(last, span=Span(last.span.start, more.span.end), value=total)


# --- finders -----------------------------------------------------------------------------------


def _find_subject(text: str, start: int, end: int) -> list[_Candidate]:
    out: list[_Candidate] = []
    if not _SUBJECT_CUE.search(text, start, end):
        return out
    for found in _SUBJECT.finditer(text, start, end):
        m = _last_conjunct(text, found)
        if m is None or _not_a_count(text, m.start("np"), m.group("np")) or _apposition(text, m):
            continue
        if _active(text, m) or _withheld(text, m):
            continue
        kinds = _kinds(m.group("verb"), m.group("both"))
        cand = _from_np(text, m, kinds, priority=1)
        if cand is not None and m.group("verb").lower().startswith(("neutrali", "put")):
            cand = _neutralized(cand)
        if cand is not None:
            out.append(cand)
    return out


# what an active "killed" takes as its object: a count or a determiner ("two gunmen killed 12
# people", "the attackers killed a guard")
_OBJECT_AFTER = re.compile(
    r"\s+(?:(?:at\s+least|more\s+than|about|nearly|some|over|up\s+to)\s+)?(?:\d|(?:a|an|one|two"
    r"|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|hundreds|several"
    r"|many|his|her|their|its|all)\b|the\s+(?!(?:day|night|week|month|previous|same|following"
    r"|next|last|first|second|morning|evening|year)\b))",
    _I,
)


_TRANSITIVE = frozenset({"killed", "wounded", "injured", "buried", "murdered", "massacred",
                         "executed", "assassinated"})


def _active(text: str, m: re.Match[str]) -> bool:
    """The phrase before "killed" is its agent, not its victims: the verb follows it with no
    auxiliary and takes an object ("Two gunmen killed 12 people")."""
    verb = m.group("verb").lower()
    transitive = verb in _TRANSITIVE or verb.startswith(("neutrali", "gunned"))
    if not transitive or m.group("both"):
        return False
    if text[m.end("np") : m.start("verb")].strip():
        return False
    return _OBJECT_AFTER.match(text, m.end("verb")) is not None


_GIVE_BEFORE = re.compile(
    r"\b(?:give|gave|given|giving|provide[sd]?|providing|release[sd]?|releasing|disclose[sd]?"
    r"|disclosing|offer(?:ed|s)?|publish(?:ed|es)?|confirm(?:ed|s)?)\s+$",
    _I,
)


def _withheld(text: str, m: re.Match[str]) -> bool:
    """"did not give a number of dead": the number asked for, no toll."""
    if not re.match(r"(?:a|the)\s+number\b", m.group("np"), _I):
        return False
    return _GIVE_BEFORE.search(text, max(0, m.start("np") - 20), m.start("np")) is not None


def _find_injured(text: str, start: int, end: int) -> list[_Candidate]:
    """Injured told by what they suffered or where they were taken, not by "wounded"."""
    out = []
    for pattern, cue in ((_SUFFERED, _SUFFERED_CUE), (_TREATED, _TREATED_CUE)):
        if not cue.search(text, start, end):
            continue
        for m in pattern.finditer(text, start, end):
            if _not_a_count(text, m.start("np"), m.group("np")) or _apposition(text, m):
                continue
            if _BODIES.search(m.group("np")):
                continue  # "the bodies were taken to hospital": the dead
            cand = _from_np(text, m, ("injured",), priority=1)
            if cand is not None:
                out.append(cand)
    return out


_BODIES = re.compile(r"\bbod(?:y|ies)\b", _I)
_AND = re.compile(r"\band\s+")


def _last_conjunct(text: str, m: re.Match[str]) -> re.Match[str] | None:
    """"34 died, including two children, and 117 people were wounded": a list that opens with
    a subset of an earlier figure is read from its last member."""
    np_start, np_end = m.start("np"), m.end("np")
    if not _SUBSET_BEFORE.search(text, max(0, np_start - 24), np_start):
        return m
    ands = list(_AND.finditer(text[np_start:np_end]))
    return _SUBJECT.match(text, np_start + ands[-1].end(), m.end()) if ands else None


def _find_verb_first(text: str, start: int, end: int) -> list[_Candidate]:
    out = []
    patterns = (
        (_OBJECT, 2),
        (_LOST, 2),
        (_NOMINAL, 1),
        (_TOLL, 1),
        (_NUMBER_OF, 1),
        (_THE_VICTIMS, 1),
    )
    for pattern, priority in patterns:
        for m in pattern.finditer(text, start, end):
            if pattern is _OBJECT and _INTENT_BEFORE.search(text, max(start, m.start() - 40), m.start()):
                continue
            if pattern is _LOST and _WHO_BEFORE.search(text, max(start, m.start() - 20), m.start()):
                continue
            verb = m.group("verb") if "verb" in pattern.groupindex else "killed"
            both = m.group("both") if "both" in pattern.groupindex else None
            cand = _from_np(text, m, _kinds(verb, both), priority)
            if cand is not None and m.groupdict().get("neutral"):
                cand = _neutralized(cand)
            if cand is not None and pattern in (_TOLL, _NUMBER_OF):
                cand = replace(cand, total=True)
            if cand is not None:
                out.append(cand)
    return out


def _find_lives(text: str, start: int, end: int) -> list[_Candidate]:
    out: list[_Candidate] = []
    if not _LIVES_CUE.search(text, start, end):
        return out
    for m in _LIVES.finditer(text, start, end):
        group = "np" if m.group("np") is not None else "np2"
        quantity = parse_quantity(m.group(group))
        if quantity is None or _not_a_count(text, m.start(group), m.group(group)):
            continue
        span = Span(m.start(), m.end())
        figure = CasualtyFigure(
            span, "killed", quantity.value, quantity.min, quantity.max, quantity.qualifier,
            victims=_classify_modifiers(m.group()), vague=quantity.vague,
        )
        out.append(_Candidate(span, 2, (figure,)))
    return out


def _neutralized(cand: _Candidate) -> _Candidate:
    """"Neutralized" is a communique's word for killed: the figure as stated (the gold's
    convention), qualified "neutralized" (it may also count the captured and surrendered:
    :mod:`contested.resolve.figures` reads it as an upper bound when figures are compared)."""
    figures = tuple(replace(f, qualifier=f.qualifier or "neutralized") for f in cand.figures)
    return replace(cand, figures=figures)


def _find_counted(text: str, start: int, end: int) -> list[_Candidate]:
    out: list[_Candidate] = []
    if not _COUNTED_CUE.search(text, start, end):
        return out
    for m in _COUNTED.finditer(text, start, end):
        if _not_a_count(text, m.start("np"), m.group("np")):
            continue
        word = m.group("verb").lower()
        kinds = _COUNTED_KINDS[word]
        cand = _from_np(text, m, kinds, priority=2, label=word)
        victims = _classify_modifiers(m.group("mods"))
        if cand is not None and victims != "unknown":
            figures = tuple(replace(f, victims=victims) for f in cand.figures)
            cand = replace(cand, figures=figures)
        if cand is not None:
            out.append(cand)
    return out


def _find_none(text: str, start: int, end: int) -> list[_Candidate]:
    out = []
    for pattern in (_NONE, _NOBODY):
        for m in pattern.finditer(text, start, end):
            verb = m.groupdict().get("object") or m.group("verb")
            kinds = _none_kinds(verb, m.groupdict().get("both"))
            victims: Victims = "civilians" if "civilian" in m.group().lower() else "unknown"
            span = Span(m.start(), m.end())
            figures = tuple(CasualtyFigure(span, k, 0, victims=victims) for k in kinds)
            out.append(_Candidate(span, 0, figures))
    for m in _MATERIAL_ONLY.finditer(text, start, end):
        span = Span(m.start(), m.end())
        zero = tuple(CasualtyFigure(span, k, 0) for k in ("killed", "injured"))
        out.append(_Candidate(span, 0, zero))
    return out


def _find_vague(text: str, start: int, end: int) -> list[_Candidate]:
    out = []
    for m in _VAGUE.finditer(text, start, end):
        if m.group("pair") and _THE_BEFORE.search(text, max(start, m.start() - 8), m.start()):
            continue  # "evacuate the dead and wounded": the victims told of, not a toll
        span = Span(m.start(), m.end())
        figures = tuple(
            CasualtyFigure(span, k, None, qualifier="unspecified", vague=True)
            for k in ("killed", "injured")
        )
        out.append(_Candidate(span, 3, figures))
    for m in (*_MORE_DEAD.finditer(text, start, end), *_OUT_OF_ACTION.finditer(text, start, end)):
        span = Span(m.start(), m.end())
        figure = CasualtyFigure(span, "killed", None, qualifier="unspecified", vague=True)
        out.append(_Candidate(span, 3, (figure,)))
    return out


_THE_BEFORE = re.compile(r"\b(?:the|their|its|his|her)\s+$", _I)
# "there were other dead under the rubble": more dead, not counted
# "put out of action members of the extremist force": a communique's killed, no figure
_OUT_OF_ACTION = re.compile(
    r"\bput(?:s|ting)?\s+out\s+of\s+action[\"”’']?\s+(?:(?:some|several|many|a\s+number\s+of"
    r"|the)\s+)?(?:members|fighters|militants|terrorists|elements|insurgents|rebels|gunmen"
    r"|militiamen|jihadists|bandits|attackers)\b",
    _I,
)
_MORE_DEAD = re.compile(
    r"\bthere\s+(?:are|were|have\s+been|had\s+been|may\s+be|might\s+be|could\s+be)\s+"
    r"(?:other|more|further|many|several|some)\s+(?:dead|bodies)\b",
    _I,
)


_COUNTED_KINDS: Final[dict[str, tuple[Kind, ...]]] = {
    "fatalities": ("killed",),
    "deaths": ("killed",),
    "injuries": ("injured",),
    "casualties": ("killed", "injured"),
    "bodies": ("killed",),
    "coffins": ("killed",),
}
def _find_ordinal(text: str, start: int, end: int) -> list[_Candidate]:
    out = []
    for pattern in (_ORDINAL, _ORDINAL_OBJECT):
        for m in pattern.finditer(text, start, end):
            span = Span(m.start(), m.end())
            kind = _kinds(m.group("verb"), None)[0]
            out.append(_Candidate(span, 1, (CasualtyFigure(span, kind, 1),), others=True))
    return out


def _find_named(text: str, start: int, end: int) -> list[_Candidate]:
    out = []
    for m in _NAMED.finditer(text, start, end):
        span = Span(m.start(), m.end())
        victims = _classify_modifiers(m.group("role"))
        if victims == "unknown" and re.search(r"commander|fighter|militant|operative", m.group("role"), _I):
            victims = "militants"
        # the span stays on the name: the words between may tell of other incidents
        along = _ALONG_WITH.match(text, m.end(), end)
        more = _companions(along.group("list")) if along else 0
        figure = CasualtyFigure(span, "killed", 1 + more, victims=victims)
        out.append(_Candidate(span, 2, (figure,)))
    return out


# "killed Ali Hassan, a commander of the group, along with his deputy and another fighter",
# "killing Omar Saleh, a local leader, and his driver"
_ALONG_WITH = re.compile(
    r"(?:[^.;:!?]{0,150}?\b(?:along|together)\s+with|(?:\s+of\s+[^,.;:!?]{1,60})?,?\s+and)"
    r"\s+(?P<list>[^.;:!?]+?)(?=\s+(?:in|on|at|when|after|while|as)\b|[,.;:!?]|$)",
    _I,
)
_COMPANION = re.compile(
    rf"(?:(?P<qty>{COUNT_RE})\s+)?(?:[\w'’-]+\s+){{0,2}}?(?P<noun>{_HEAD}|deput(?:y|ies)"
    r"|aides?|assistants?|bodyguards?|escorts?|companions?|associates?|lieutenants?|uncles?"
    r"|aunts?)",
    _I,
)
_POSSESSIVE = re.compile(r"^(?:his|her|its|their)\s+", _I)
_JOIN_SPLIT = re.compile(_JOIN, _I)


def _companions(phrase: str) -> int:
    """How many people a companion list names: "his deputy and another fighter" = 2, "his two
    bodyguards" = 2; 0 when a member is no person or is not counted ("his guards")."""
    total = 0
    for piece in _JOIN_SPLIT.split(phrase.strip()):
        m = _COMPANION.fullmatch(_POSSESSIVE.sub("", piece.strip()))
        if m is None:
            return 0
        if m.group("qty") is None:
            noun = m.group("noun").lower()
            if noun.endswith("s") or noun in ("children", "men", "women", "people", "staff"):
                return 0
            total += 1
            continue
        quantity = parse_quantity(m.group("qty"))
        if quantity is None or quantity.value is None:
            return 0
        total += quantity.value
    return total


# "... went off, killing the driver": one person the text singles out by a definite noun
_THE_ONE = re.compile(
    r"\b(?P<verb>kill(?:ing|ed)|wound(?:ing|ed)|injur(?:ing|ed))\s+the\s+"
    r"(?P<mods>(?:(?!and\b|or\b)[\w'’-]+\s+){0,2}?)"
    r"(?P<head>driver|man|woman|boy|girl|child|baby|soldier|officer|policeman|guard|pilot"
    r"|commander|owner|occupant|passenger|farmer|shepherd|journalist|doctor|nurse|teacher)\b"
    r"(?!\s*(?:'s|’s|and|or)\b)",
    _I,
)
_LISTED_BEFORE = re.compile(r"\b(?:including|among\s+them|among\s+whom|such\s+as)\s+$", _I)


def _find_the_one(text: str, start: int, end: int) -> list[_Candidate]:
    out = []
    for m in _THE_ONE.finditer(text, start, end):
        if _LISTED_BEFORE.search(text, max(start, m.start() - 20), m.start()):
            continue
        span = Span(m.start(), m.end())
        kind = _kinds(m.group("verb"), None)[0]
        victims = _classify(m.group("head"), m.group("mods"), "")
        out.append(_Candidate(span, 3, (CasualtyFigure(span, kind, 1, victims=victims),)))
    return out


# "Of the dead, eight were gunmen, one a guard and four were civilians", "Twenty-five of the
# dead were tourists and one was a pony operator": the toll told as its parts, summed
_OF_WHOM = r"of\s+the\s+(?P<verb>dead|killed|victims|wounded|injured)"
_OF_THE_DEAD = re.compile(
    rf"(?:(?P<first>{COUNT_RE})\s+|\b){_OF_WHOM}(?(first)\s+(?:were|was)\s+|\s*,\s*)", _I
)
# a part: a count (not an article: ", a senior officer said" ends the list) and who it counts,
# a noun phrase ("in critical condition" counts no one)
_NOT_WHO = (
    r"(?:in|at|on|under|still|being|later|now|taken|treated|discharged|admitted|released|listed"
    r"|reported|said|killed|wounded|injured|dead|were|was|are|is)\b"
)
_LISTED_PART = re.compile(
    rf"(?!an?\s)(?P<qty>{COUNT_RE})\s+(?:(?:were|was|are|is)\s+)?"
    rf"(?P<desc>(?!{_NOT_WHO})(?:(?!\s+and\s)[^,;.])+)",
    _I,
)
_RELATIVE = re.compile(r"\s(?:who|whom|which|that|from|in|at|on|near|with|after)\s", _I)
_PART_JOIN = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+", _I)


_OF_THE_DEAD_CUE = re.compile(rf"{_OF_WHOM}\b", _I)


def _find_parts_of_the_dead(text: str, start: int, end: int) -> list[_Candidate]:
    out: list[_Candidate] = []
    cue = _OF_THE_DEAD_CUE.search(text, start, end)
    if cue is None:
        return out
    # the list opens at most a count's words before its cue ("Twenty-five of the dead")
    for m in _OF_THE_DEAD.finditer(text, max(start, cue.start() - 40), end):
        parts, at = _listed_parts(text, m, end)
        if len(parts) < 2:
            continue
        value, low, high, qualifier, vague = _combine(parts)
        kind: Kind = "injured" if m.group("verb").lower() in ("wounded", "injured") else "killed"
        span = Span(m.start("first") if m.group("first") else m.start(), at)
        breakdown = _breakdown(parts) if len({p.victims for p in parts}) > 1 else ()
        figure = CasualtyFigure(span, kind, value, low, high, qualifier, _victims(parts),
                                breakdown, vague)
        out.append(_Candidate(span, 1, (figure,)))
    return out


def _listed_parts(text: str, m: re.Match[str], end: int) -> tuple[list[_Part], int]:
    """The parts listed from ``m`` on, each a count and what it counts, and where they end."""
    parts: list[_Part] = []
    at = m.end()
    if m.group("first"):
        quantity = parse_quantity(m.group("first"))
        desc = _DESC.match(text, at, end)
        if quantity is None or desc is None:
            return [], at
        parts.append(_Part(quantity, _described(desc.group()), False))
        at = desc.end()
        join = _PART_JOIN.match(text, at, end)
        if join is None:
            return parts, at
        at = join.end()
    while at < end:
        part = _LISTED_PART.match(text, at, end)
        quantity = parse_quantity(part.group("qty")) if part else None
        if part is None or quantity is None:
            break
        parts.append(_Part(quantity, _described(part.group("desc")), False))
        at = part.end()
        join = _PART_JOIN.match(text, at, end)
        if join is None:
            break
        at = join.end()
    return parts, at


_DESC = re.compile(r"(?:(?!\s+and\s)[^,;.])*", _I)


def _described(desc: str) -> Victims:
    """The victims a listed part names ("alleged gunmen", "a National Guard member")."""
    desc = _RELATIVE.split(desc, maxsplit=1)[0]
    head = _HEAD_SEARCH.search(desc)
    if head is None:
        return _classify_modifiers(desc)
    return _classify(head.group(), desc[: head.start()], desc[head.end() :])


_FINDERS: Final = (
    _find_parts_of_the_dead,
    _find_none,
    _find_lives,
    _find_subject,
    _find_injured,
    _find_verb_first,
    _find_counted,
    _find_vague,
    _find_ordinal,
    _find_named,
    _find_the_one,
)


# --- building figures --------------------------------------------------------------------------


def _kinds(verb: str, both: str | None) -> tuple[Kind, ...]:
    v = verb.lower()
    if both:
        return ("killed", "injured")
    if v.startswith(("wound", "injur", "hurt")):
        return ("injured",)
    return ("killed",)


def _none_kinds(verb: str, both: str | None) -> tuple[Kind, ...]:
    v = verb.lower()
    if both or v == "casualties" or v.startswith(("hurt", "harm")):
        return ("killed", "injured")  # "no one was hurt": nobody killed either
    if v.startswith(("wound", "injur")):
        return ("injured",)
    return ("killed",)


def _not_a_count(text: str, at: int, np: str) -> bool:
    """True when the phrase starting at ``at`` is a year, a date, a subset or "no one"."""
    before = text[max(0, at - 24) : at]
    if _SUBSET_BEFORE.search(before):
        return True
    first = np.split(None, 1)[0]
    if not first.isdigit():
        return False
    if _MONTH_BEFORE.search(before):
        return True
    return len(first) == 4 and 1900 <= int(first) <= 2100 and bool(_PREP_BEFORE.search(before))


def _apposition(text: str, m: re.Match[str]) -> bool:
    """"Gary, 32, of Chester, was dead": a bare number between commas is an age."""
    bare = not _HEAD_SEARCH.search(m.group("np"))
    return bare and "," in text[m.end("np") : m.start("verb")]


def _from_np(
    text: str,
    m: re.Match[str],
    kinds: tuple[Kind, ...],
    priority: int,
    label: str = "killed or injured",
) -> _Candidate | None:
    if _OF_THE_VICTIMS.match(text, m.end("np")):
        return None
    subset = _SUBSET.search(text, m.start("np"), m.end("np"))
    parts = _parts(text, m.start("np"), subset.start() if subset else m.end("np"))
    if not parts:
        return None
    span = Span(m.start(), subset.start() if subset else m.end())
    value, low, high, qualifier, vague = _combine(parts)
    victims = _victims(parts)
    breakdown = _breakdown(parts) if victims == "mixed" and not vague else ()
    figures = tuple(
        CasualtyFigure(span, k, value, low, high, qualifier, victims, breakdown, vague)
        for k in kinds
    )
    if len(kinds) == 2:
        figures = tuple(_upper_bound(f, label) for f in figures)
    return _Candidate(span, priority, figures, others=all(p.others for p in parts))


# "32 people, two of them children": the second count is part of the first, not added to it
_SUBSET = re.compile(
    r",?\s+(?:including\s+)?[\w-]+\s+(?:of|among)\s+(?:them|whom)\b|,\s+(?:including|among\s+them)\s",
    re.IGNORECASE,
)


def _parts(text: str, start: int, end: int) -> list[_Part]:
    """The listed parts of a noun phrase ("seven soldiers and one civilian"), or a bare count
    (``end`` already stops before a subset, :data:`_SUBSET`)."""
    listed = list(_NP_PART.finditer(text, start, end))
    if len(listed) > 1 and _speaker(text, listed[-2], listed[-1]):
        listed.pop()
    found = [p for p in map(_part, listed) if p is not None]
    if found:
        return _apposed(text, listed, found)
    phrase = text[start:end].strip()
    if phrase.lower().startswith(("all", "every", "those")):
        head = _HEAD_SEARCH.search(phrase)
        victims = "unknown" if head is None else _classify(head.group(), phrase, "")
        return [_Part(Quantity(None, qualifier="all", vague=True), victims, False)]
    if phrase.lower() in ("a", "an"):
        return []
    quantity = parse_quantity(phrase)
    return [] if quantity is None else [_Part(quantity, "unknown", False)]


def _apposed(text: str, listed: list[re.Match[str]], found: list[_Part]) -> list[_Part]:
    """A count of people followed, after a comma, by the groups it is made of ("13 people,
    eight fighters and five civilians") is that count, not the sum: its parts, when they add
    up to it, are its breakdown; when they add up to less (the list read only in part), the
    count alone."""
    if len(found) != len(listed) or len(found) < 2 or found[0].victims != "unknown":
        return found
    if not text[listed[0].end() : listed[1].start()].lstrip().startswith(","):
        return found
    total, rest = found[0].quantity.value, [p.quantity.value for p in found[1:]]
    if total is None or None in rest or sum(v or 0 for v in rest) > total:
        return found
    return found[1:] if sum(v or 0 for v in rest) == total else found[:1]


_SPEECH_AFTER = re.compile(
    r"[^.;,]{0,80}?\b(?:said|says|told|tells|added|reported|stated|confirmed|according)\b", _I
)


def _speaker(text: str, before: re.Match[str], last: re.Match[str]) -> bool:
    """"wounding three others, a commander in the brigade said": the last part of a list,
    after a bare comma, is the one who tells the toll, not one more victim."""
    joined_by_comma = text[before.end() : last.start()].strip() == ","
    return joined_by_comma and bool(_SPEECH_AFTER.match(text, last.end()))


def _part(m: re.Match[str]) -> _Part | None:
    if m.group("kin") is not None:
        return _Part(Quantity(1), "civilians", False)
    if m.group("aide") is not None:
        return _Part(Quantity(1), "unknown", False)
    if m.group("couple") is not None:
        return _Part(Quantity(2), "civilians", False)
    if m.group("fam") is not None:
        quantity = parse_quantity(m.group("fam"))
        return None if quantity is None else _Part(quantity, "civilians", False)
    quantity = parse_quantity(m.group("qty"))
    if quantity is None:
        return None
    head = m.group("head")
    victims = _classify(head, m.group("mods") or "", m.group("tail") or "")
    return _Part(quantity, victims, head.lower() == "others")


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


def _combine(parts: list[_Part]) -> tuple[int | None, int | None, int | None, str | None, bool]:
    """(value, min, max, qualifier, vague) of the sum of the parts."""
    qs = [p.quantity for p in parts]
    qualifier = next((q.qualifier for q in qs if q.qualifier), None)
    if any(q.vague for q in qs):
        return None, None, None, qualifier, True
    if all(q.value is not None for q in qs):
        return sum(q.value or 0 for q in qs), None, None, qualifier, False
    low = sum(q.value if q.value is not None else q.min or 0 for q in qs)
    high = sum(q.value if q.value is not None else q.max or 0 for q in qs)
    return None, low, high, qualifier, False


def _victims(parts: list[_Part]) -> Victims:
    groups = {p.victims for p in parts}
    if len(groups) == 1:
        return parts[0].victims
    return "mixed"


def _breakdown(parts: list[_Part]) -> tuple[tuple[str, int], ...]:
    totals: dict[str, int] = {}
    for p in parts:
        if p.quantity.value is not None:
            totals[p.victims] = totals.get(p.victims, 0) + p.quantity.value
    return tuple(totals.items())


def _upper_bound(figure: CasualtyFigure, label: str) -> CasualtyFigure:
    """A figure that counts killed and injured together bounds each kind from above."""
    top = figure.value if figure.value is not None else figure.max
    qualifier = figure.qualifier or label
    return replace(figure, value=None, min=None, max=top, qualifier=qualifier, vague=True)
