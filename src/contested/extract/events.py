"""Event triggers and their type; reported incidents told apart from statistics, threats,
hypotheticals and habitual statements.

Component id: ``extract.events@8`` (@4: session 9's attack words, s9-dates, and lede tolls
joining the mention, s9-casualty; @5 both; @6: session 10, s10-events: the frame types the event
(who attacked, what was hit, who fell), trends and outlooks are no incident, a follow-up tells
again the incident it recalls with a cue of days; @7: session 11, s11-events: an attack on an
armed side is a battle before the weapons named vote, a story that tells no other incident tells
the one it dates by days, "A week after gunmen killed ..., survivors said" tells it; @8: session
12, s12-events: a statement with no trigger sentence tells its incident by its toll
(event_tolls), killings, hostages, sieges, stampedes and arson named, a labour strike or a road
accident is no air strike, explosives seized are none set off, a raid met with fire is a
battle). Rule-based: a trigger lexicon per event type,
and sentence-level filters that say why a trigger is not a reported incident.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from contested.extract.event_filters import Filter as Filter
from contested.extract.event_filters import sentence_filter as sentence_filter
from contested.extract.event_filters import unused
from contested.quickre import quick
from contested.types import EventType, Span

COMPONENT = "extract.events@8"

# The weapon as the subject of an impact verb ("a rocket slammed into", "a drone launched from
# Yemen exploded", "one of its rockets had killed"): the instrument types the event, whatever
# the verb alone would say ("exploded" is an explosion, "struck" an air strike). A few words may
# stand between ("fired from southern Lebanon"), not another clause ("after", "and", "which").
_BETWEEN = (
    r"(?:(?!(?:after|before|when|while|as|but|and|which|that|who|strikes?|attacks?|raids?"
    r"|warplanes?|jets?|aircraft|planes?|helicopters?|drones?)\b)[\w'’-]+ ){0,5}?"
)
_IMPACT = (
    r"(?:(?:had |have |has )?(?:slammed|crashed|smashed|ploughed|plowed|tore|ripped|crashed)"
    r" (?:into|through)|exploded|detonated|went off|blew up|(?:had |have |has )?(?:struck|hit"
    r"|targeted)|landed|fell|killed|had killed)"
)
_DRONE = r"(?:drones?|UAVs?|unmanned (?:aircraft|aerial vehicles?))"
_ROCKET = r"(?:rockets?|katyushas?)(?! launchers?)(?!-propelled)"
_MISSILE = r"missiles?(?! (?:launchers?|defen[cs]es?|systems?))"
_SHELL = r"(?:artillery |mortar |tank )?(?:shells?|mortars?|mortar rounds?)"
_BOMB = r"bombs?"
# Missiles and drones named together ("missiles and suicide drones", "missile and drone
# strikes", "drones and ballistic missiles"): one salvo, typed by the missiles.
_COMBINED = (
    r"(?:(?:ballistic |cruise |precision |guided )?missiles? and (?:(?!\d)[\w-]+ )?(?:drones?|UAVs?)"
    r"|(?:drones?|UAVs?) and (?:ballistic |cruise |precision |guided )?missiles?)"
    r"(?: (?:strikes?|attacks?))?"
)

# (pattern, type, weight): the weapon as subject outweighs weapon-specific triggers, which
# outweigh generic ones in the type vote. Matched by a regex of their own, first (they win
# where they overlap the others).
_SUBJECT_TRIGGERS: tuple[tuple[str, EventType, int], ...] = (
    # "missiles and drones struck": a combined salvo is typed by its missiles (see _COMBINED)
    (rf"{_COMBINED}(?: {_BETWEEN}{_IMPACT})?", "missile_strike", 3),
    (rf"{_DRONE} {_BETWEEN}{_IMPACT}", "drone_attack", 3),
    (rf"{_ROCKET} {_BETWEEN}{_IMPACT}", "rocket_attack", 3),
    (rf"{_MISSILE} {_BETWEEN}{_IMPACT}", "missile_strike", 3),
    (rf"{_SHELL} {_BETWEEN}{_IMPACT}", "shelling", 3),
    (
        rf"(?<!barrel )(?<!cluster )(?<!aerial )(?<!first )(?<!second )"
        rf"{_BOMB} {_BETWEEN}(?:ripped|tore|went off|exploded|blew up|detonated)"
        r"|(?:planted|placed|hid|hidden|detonated) (?:a |the |an )?(?:\w+ )?bombs?",
        "explosion",
        3,
    ),
)
_TRIGGERS: tuple[tuple[str, EventType, int], ...] = (
    (
        r"drone attacks?|attack drones?|(?:drones?|UAVs?) (?:targeting|targeted|attacked|hit|struck"
        r"|slammed into|crashed into|smashed into)"
        r"|(?:hit|struck|targeted|attacked) by (?:an? |two |three |several )?(?:[\w-]+ )?drones?"
        r"|(?:explosive|kamikaze|suicide|one-way|attack) drones?|drone swarms?|swarms? of drones"
        r"|Shahed(?:-\d+)?s?(?: drones?)?|Geran(?:-\d+)?s?",
        "drone_attack",
        2,
    ),
    (
        r"drone strikes?|drone raids?|UAV strikes?|(?:carried out|conducted) by [\w ]{0,20}drones?"
        r"|drones? (?:bombed|fired)",
        "drone_strike",
        2,
    ),
    (
        r"(?:ballistic |cruise |guided )?missile (?:strikes?|attacks?)|missiles? (?:struck|strikes|hit"
        r"|hits|landed|fell|slammed)|(?:fired|launched) (?:a |two |three |several )?(?:ballistic "
        r"|cruise )?missiles?|(?:guided|anti-tank|ATGM|Kornet|TOW|ballistic|cruise|hypersonic) missiles?"
        # named missiles: "two Iskander-M missiles", "a Kinzhal", "ATACMS", "Storm Shadow"
        r"|(?:Iskander|Kinzhal|Kalibr|Tochka|Oreshnik|Scud|Zircon|Tomahawk|ATACMS|Storm Shadow"
        r"|SCALP|Neptune|Fateh|Zolfaghar|Kheibar|Emad|Ghadr|Burkan|Toufan)(?:-[A-Z0-9]+)?s?"
        r"(?: (?:ballistic |cruise |hypersonic )?missiles?)?|Kh-\d+(?: missiles?)?",
        "missile_strike",
        2,
    ),
    (
        r"rocket (?:attacks?|fire)|rockets? (?:that )?(?:struck|hit|landed|fell|were fired)"
        r"|katyushas?|indirect (?:fire|attacks?)"
        r"|(?:fired|firing|launched|launching) (?:the |a |two |three |several |\d+ )?rockets?"
        r"(?!-propelled)"
        # cluster munitions fired or used at a town: rockets or shells (dropped ones are bombs)
        r"|(?:fired|firing|launched|used|using) (?:\w+ )?cluster munitions",
        "rocket_attack",
        2,
    ),
    (
        r"shell(?:ing|ed)|shells (?:(?:had|have|were|was) )?(?:been )?(?:fired|landed|fell|hit"
        r"|struck|launched)|shells by|(?:fired|lobbed) [\w ]{0,20}shells"
        r"|artillery|mortars?(?: shells?| rounds?| fire)?|bombardment|tank fire",
        "shelling",
        2,
    ),
    (
        r"air ?strikes?|air raids?|air attacks?|aerial (?:attacks?|bombardment)|warplanes?"
        r"|fighter jets?"
        r"|air operations?|(?:F-16|F-35|Su-24|Su-34|Su-22)s?(?: jets)?|helicopter gunships?"
        r"|barrel bombs?|glide bombs?|guided (?:aerial|air) bombs?|KABs?"
        r"|(?<!unmanned )(?:aircraft|planes|helicopters)(?: of [\w'’ -]{1,50}?)?"
        r" (?:(?:have|has|had) )?(?:\w+ly )?(?:targeted|struck|hit|bombed|pounded|attacked|fired"
        # "aircraft of the occupation carried out an aggression": translated state copy
        r"|(?:carried out|committed|commit|launched) (?:an? |new |fresh |\w+ ){0,2}"
        r"(?:aggressions?|attacks?|strikes?|raids?))",
        "airstrike",
        2,
    ),
    (r"aerial bombing|bombing (?:raids?|runs?)", "airstrike", 2),
    (r"bombed|jets", "airstrike", 1),
    (
        r"(?:car|truck|roadside|suicide|motorcycle|motorbike|parcel|nail) bomb(?:s|ings?|ers?)?"
        r"|suicide bombers?|IEDs?|improvised explosive devices?|explosive devices?|landmines?"
        r"|explosive belts?|sticky bombs?"
        # a bomb named by its day or place: "Saturday's bomb", "the town's bomb"
        r"|(?<=['’]s )bombs?"
        # a bomb in a combined attack: "a bomb and gun attack", "gun and bomb attacks"
        r"|(?:bomb|grenade) and (?:gun|rifle|knife|suicide) attacks?"
        r"|(?:gun|rifle|knife) and (?:bomb|grenade) attacks?"
        # a grenade thrown or lobbed (a rocket-propelled one is a weapon of battle, below)
        r"|(?<!propelled )(?<!propelled-)(?:hand )?grenades?(?! launchers?)(?: attacks?)?",
        "explosion",
        2,
    ),
    (
        r"bombings?|blasts?|explosions?|explod(?:ed|es)|detonat(?:ed|ion)",
        "explosion",
        1,
    ),
    (
        r"clash(?:es|ed)?|gun ?fights?|firefights?|exchange of fire|heavy fighting|fighting between|"
        r"ambush(?:ed)?|shoot-?outs?|exchanged (?:gun)?fire|exchange of gunfire"
        # an armed target attacked: a battle, not an attack on civilians ("militants attacked
        # an army base", "fighters attacked federal government troops", "attacks against the
        # security forces", "raided an AU base")
        r"|(?:attack(?:ed|s)?|stormed|assaulted|raided|overran|opened fire on)(?: against| on)?"
        r" (?:[\w-]+['’]? ){0,4}?"
        r"(?:checkpoints?|positions?|posts?|outposts?|barracks|patrols?|bases?|garrisons?"
        r"|(?:military|army) (?:camps?|convoys?)|troops|soldiers|(?:border|frontier) guards"
        r"|gendarmes|(?:security|government|armed"
        r"|army|military|police|federal|state) forces|militia(?:s|men)?|police(?:men)? (?:stations?"
        r"|units?))"
        r"|fired (?:heavy |light )?(?:machine ?guns|small arms|grenade launchers|rifles)"
        # an armed post attacked: "an attack on their checkpoint", "opened fire on a patrol"
        r"|(?:attacks? on|(?:opened|opening|opens|open) fire on) (?:\w+ ){0,3}(?:checkpoints?"
        r"|positions?|outposts?|barracks|(?:police )?officers|policemen"
        r"|patrols?|(?:border|military|police|army|security) posts?)"
        r"|rocket-propelled grenades?|RPGs?",
        "armed_clash",
        2,
    ),
    (
        r"(?<!air )raids?|raided|stormed|commando operation|landing operation|helicopter-borne"
        r"|incursions?",
        "ground_raid",
        2,
    ),
    # not "Terror strikes the valley" (a headline's figure of speech) nor a labour strike
    (
        r"(?<!terror )(?<!tragedy )(?<!disaster )(?<!death )(?<!hunger )(?<!general )"
        r"(?<!such )(?<!workers['’] )strikes?"
        # not a road accident: "struck by a car"
        r"|struck(?! by (?:a|an|the) (?:[\w-]+ )?(?:car|vehicle|truck|lorry|bus|train|motorbike"
        r"|motorcycle|lightning)\b)",
        "airstrike",
        1,
    ),
    (
        r"opened fire|shot (?:dead|to death|and (?:killed|injured|wounded))|beaten to death"
        r"|shot by (?:\w+ ){0,2}(?:gunmen|armed|unknown|unidentified|militants|assailants"
        r"|attackers|soldiers|police|security)|gunm[ae]n|snipers?|assassinat(?:ed|ion|ions)"
        r"|gun attacks?|shootings?|stabbed|stabbing"
        # gun and blade attacks on people: "sprayed bullets on tourists", "hacked to death",
        # "a machete attack", "massacred villagers", "the massacre" (not property set on fire:
        # rioters' "torched vehicles" is no attack on people)
        r"|spray(?:ed|ing)? (?:\w+ ){0,2}(?:bullets|gunfire)|fired indiscriminately"
        # force against a crowd: "fired live ammunition at demonstrators", "fired into the crowd"
        r"|fired (?:live (?:ammunition|rounds|bullets)|(?:\w+ )?(?:ammunition|rounds|bullets)"
        r" (?:at|on|into))|(?:fired|shot) (?:on|into|at) (?:a |the )?(?:[\w-]+ ){0,2}?(?:crowds?"
        r"|protesters|demonstrators|marchers|mourners|worshippers|rally|sit-in)"
        r"|indiscriminate (?:firing|gunfire)|gunned down|hacked to death|machete attacks?"
        r"|massacred?"
        r"|(?:militants|fighters|forces|troops|gunmen"
        r"|insurgents|rebels|soldiers|police) (?:(?!(?:were|was|been|are|is)\b)\w+ )?"
        r"(?:killed|abducted|kidnapped|executed)",
        "other",
        1,
    ),
    (r"attacks?|attacked|assaults?", "other", 1),
    # military communiques' word for killing: "neutralised three terrorists in an operation"
    (
        r"neutrali[sz](?:ed|es|ing)? (?:[\w/-]+ ){0,3}(?:terrorists?|militants?|fighters?|insurgents"
        r"|rebels|gunmen|members)",
        "other",
        1,
    ),
)


# Triggers of session 10, in a regex of their own that runs only on a sentence with one of their
# words (_RARE_WORDS): most sentences have none. Where one starts with a trigger above, that wins.
_RARE_TRIGGERS: tuple[tuple[str, EventType, int], ...] = (
    (
        # "a battle between rival gangs", "last week's battle", "killed in fighting", "during
        # the fighting" (a noun of battle: not "stags battle", "its battle to contain fires")
        r"gun ?battles?|(?=battle)(?:(?<=\ba )|(?<=\ban )|(?<=\bthe )|(?<='s )|(?<=’s )"
        r"|(?<=fierce )|(?<=heavy )|(?<=pitched )|(?<=running )|(?<=deadly )|(?<=bloody ))"
        r"battles?(?! to\b)(?!-)|(?:fierce|intense) fighting|(?:in|during) (?:the )?fighting"
        r"|fighting (?:that )?(?:broke out|erupted|raged)"
        # "rebels and soldiers fought for control of the town", "the two militias fought each other"
        r"|fought (?:for control|each other|one another|running battles|pitched battles)"
        # a town or post taken by force from its defenders: "insurgents overran the town"
        r"|overran|overrun(?! (?:by|with) (?:patients|migrants|refugees|tourists|rats))"
        # a prison riot or massacre: rival gangs of inmates fighting
        r"|(?:prison|jail|penitentiary) (?:riots?|massacres?|violence)|riots? (?:at|in) (?:the |a )?"
        r"(?:[\w'’-]+ ){0,2}(?:prison|jail|penitentiary)"
        # fire answered: "the teams returned fire", "had been fired on by gang members", "were
        # met with intense gunfire" (not "came under fire": from the air too)
        r"|returned fire|(?:were|was|had been|been) fired (?:on|upon) by"
        r"|met with (?:intense |heavy )?gunfire",
        "armed_clash",
        2,
    ),
    (
        r"(?:brought|shot|taken) down by (?:an? |two |three |several )?(?:[\w-]+ )?drones?"
        r"|(?:downed|destroyed|damaged) by (?:an? |two |three |several )?(?:[\w-]+ )?drones?",
        "drone_attack",
        2,
    ),
    (
        # a hijacking; killings of people by hand and abductions: "beheaded", "lynched",
        # "burned alive", "were abducted", "kidnapped by gunmen"
        r"hijack(?:ed|ing|ings)?|beheaded|beheadings?|lynch(?:ed|ing)|burn(?:ed|t) (?:alive|to death)"
        r"|(?:were|was|been) (?:\w+ )?(?:abducted|kidnapped)|(?:abducted|kidnapped) by"
        # killings named by their generic noun: "the murder of civilians in the village",
        # "documents killings in the town", "murdered by criminals" (not "the killings", which
        # refers back to what is told)
        # (not the charge: "convicted of murder", "a murder trial")
        r"|(?<!the )(?<!these )(?<!those )(?<!with )(?<!of )(?<!for )(?:murders?|killings)"
        r"(?= (?:of|in|at|near|on)\b)|(?<!with )(?<!of )(?:murders?|killings)(?= of\b)|murdered"
        # hostages taken, a place besieged, a crowd crushed, homes burned on their people
        r"|hostage-takings?|(?:took|taken|holding|held|seized) (?:\w+ ){0,3}?hostages?"
        r"|hostage (?:crisis|siege|standoff)|(?:besieged|laid siege to)"
        r"|stampedes?|trampled to death|arson attacks?"
        r"|(?:set fire to|set ablaze|torched|burned down|burnt down) (?:[\w-]+ ){0,2}?(?:houses"
        r"|homes|huts|shelters|villages?|tents|churches|mosques|schools|markets?)",
        "other",
        1,
    ),
)
_BY_A = (
    r"(?:killed|killing|wounded|wounding|injured|injuring|died) (?:by|in|from) (?:an? |the |two "
    r"|three |several )?(?:[\w-]+ ){0,2}?"
)
# Weapons named by their class that the triggers above miss: mines and ordnance set off,
# rocket artillery and guns named by system. Run only on a sentence with one of _WEAPON_WORDS.
_WEAPON_TRIGGERS: tuple[tuple[str, EventType, int], ...] = (
    (
        r"(?:hit|struck|stepped on|ran over|drove over|triggered|detonated) (?:an? |the )?"
        r"(?:[\w-]+ )?mines?|(?:anti-tank|anti-personnel|anti-vehicle|roadside|buried|improvised)"
        r" mines?|mine (?:blasts?|explosions?)|unexploded (?:ordnance|munitions?|shells?|bombs?)"
        r"|UXOs?|booby[- ]traps?|booby-trapped|suicide vests?|[VP]BIEDs?"
        r"|(?:explosive|bomb)-laden(?! (?:drones?|UAVs?|aircraft|boats?|vessels?))",
        "explosion",
        2,
    ),
    (
        r"Grads?(?: rockets?)?|MLRS|multiple[- ]rocket launchers?|BM-\d+s?|HIMARS",
        "rocket_attack",
        2,
    ),
    (r"howitzers?|tank (?:rounds|shells)", "shelling", 2),
    # the instrument of a death: "killed by a bomb", "died in a mortar shell", "a bomb killed"
    (rf"{_BY_A}bombs?|bombs? (?:[\w-]+ ){{0,3}}?killed", "explosion", 2),
    (rf"{_BY_A}(?:artillery |mortar |tank )?shells?", "shelling", 2),
    (rf"{_BY_A}{_MISSILE}", "missile_strike", 2),
    (rf"{_BY_A}{_ROCKET}", "rocket_attack", 2),
)
_WEAPON_WORDS = (
    "mine", "ordnance", "uxo", "booby", "laden", "vest", "bied", "grad", "mlrs", "launcher",
    "bm-", "himars", "howitzer", "tank ", "bomb", "shell", "missile", "rocket",
)
_RARE_WORDS = (
    "battle", "fighting", "fought", "overr", "prison", "jail", "penitentiary", "down", "destroyed",
    "damaged", "hijack", "behead", "lynch", "burn", "abduct", "kidnap", "murder", "killings",
    "returned fire", "fired on by", "fired upon by", "gunfire", "hostage", "siege", "stamped",
    "trampl", "arson", "fire to", "ablaze", "torched",
)


def _alternation(triggers: tuple[tuple[str, EventType, int], ...]) -> re.Pattern[str]:
    return quick(
        "|".join(f"(?P<t{i}>\\b(?:{pattern})\\b)" for i, (pattern, _, _) in enumerate(triggers)),
        re.IGNORECASE,
    )


_SUBJECT_RE = _alternation(_SUBJECT_TRIGGERS)
_TRIGGER_RE = _alternation(_TRIGGERS)
_RARE_RE = _alternation(_RARE_TRIGGERS)
_WEAPON_RE = _alternation(_WEAPON_TRIGGERS)
# the words a subject trigger starts with: most sentences have none, so its regex is skipped
_SUBJECT_WORDS = (
    "drone", "uav", "unmanned", "rocket", "katyusha", "missile", "shell", "mortar", "bomb",
    "planted", "placed", "hid",
)

_BACKGROUND_BEFORE = re.compile(
    r"\b(?:last (?:week|month|year)['’]s|previous|earlier|past|recent|former|a series of|"
    r"prior|latest of such"
    # "pointed to the August 2018 bombing", "the 2019 attack on": an incident named by its date
    r"|the (?:(?-i:January|February|March|April|May|June|July|August|September|October"
    r"|November|December) )?(?:19|20)\d\d"
    r"|(?:a|one|two|three|four|five|six|several|\d+) (?:days?|weeks?|months?) after(?: the| a| an)?"
    r"(?: the| a| an)?"
    # "The events in the city came after Russia fired 122 missiles": what came first is recalled
    r"|(?:came|comes|coming) (?:just |only |shortly |hours |days )?after(?: the| a| an)?"
    # "have been hitting the groups since a drone attack on a base": an earlier incident
    r"|since an?)\s+(?:[\w'’]+\s+){0,3}$",
    re.IGNORECASE,
)
# An incident named as the cause of what is told ("blamed X for the attack", "in response to a
# rocket attack"): recalled, unless it is the incident the article tells (see mentions).
_CAUSE_BEFORE = re.compile(
    r"\b(?:(?:responsible|retaliation|revenge|response|responding) (?:for|to)"
    r"(?: the| a| an)?|in response to(?: the| a| an)?|blam(?:e|es|ed|ing) (?:\w+ )?for)"
    r"\s+(?:[\w'’]+\s+){0,3}$",
    re.IGNORECASE,
)
_BACKGROUND_AFTER = re.compile(
    r"^[^.;]{0,60}?\b(?:last (?:week|month|year)|earlier this (?:week|month|year)|"
    r"(?:in|back in) (?:(?-i:January|February|March|April|May|June|July|August|September"
    r"|October|November|December) )?(?:19|20)\d\d|years? ago|months? ago|weeks? ago|days? ago"
    r"|(?:a|one|two|three|four|five|several|\d+) (?:days?|weeks?|months?) (?:earlier|before)"
    r"|the (?:day|night|week) before|the previous (?:day|night|week))\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Trigger:
    span: Span
    event_type: EventType
    weight: int
    background: bool  # a cue marks it as an earlier incident recalled for context
    cause: bool = False  # only as the cause of what is told ("blamed X for the attack")
    generic: bool = False  # "the strike", "bombed", "raids": says no carrier of its own
    salvo: bool = False  # "missiles and drones": missiles not fired from the drones named
    recent: bool = False  # recalled by a cue of days ("last week's", "a week after the")


# Air-strike triggers that name no carrier: a drone's or a missile's strike is "the strike" too.
_GENERIC = re.compile(r"strikes?|struck|bombed|raids?", re.IGNORECASE)
_SALVO = re.compile(_COMBINED, re.IGNORECASE)


def find_triggers(text: str, span: Span) -> list[Trigger]:
    """Event triggers inside ``span`` of ``text`` (a fresh list; the article's sentences are
    read more than once, so the scan is cached)."""
    return list(_triggers(text, span.start, span.end))


@lru_cache(maxsize=512)
def _triggers(text: str, start: int, end: int) -> tuple[Trigger, ...]:
    span = Span(start, end)
    found: list[Trigger] = []
    low = text[span.start : span.end].lower()
    subjects = any(word in low for word in _SUBJECT_WORDS)
    rare = any(word in low for word in _RARE_WORDS)
    weapons = any(word in low for word in _WEAPON_WORDS)
    for match, (_, event_type, weight) in _matches(text, span, subjects, rare, weapons):
        trigger_span = Span(match.start(), match.end())
        if _PLANNED.search(text, max(span.start, match.start() - 30), match.start()):
            continue
        if event_type == "explosion" and unused(text, match, span):
            continue
        cue = _background_cue(text, trigger_span, span.start)
        recalled = cue is not None
        if recalled and _aftermath(text, trigger_span, span, found):
            recalled = False
        cause = _is_cause(text, trigger_span, span.start)
        recalled = recalled or _apposed_to_recalled(text, trigger_span, found)
        generic = event_type == "airstrike" and bool(_GENERIC.fullmatch(match.group()))
        salvo = bool(_SALVO.match(match.group()))
        recent = recalled and cue is not None and bool(RECENT.search(cue))
        found.append(
            Trigger(
                trigger_span, event_type, weight, recalled or cause, cause and not recalled,
                generic, salvo, recent,
            )
        )
    return tuple(_aerial_raids(text, found, span))


# An attack prepared is none carried out: "the cell was preparing an attack on the base",
# "responsible for planning attacks on the border".
_PLANNED = re.compile(
    r"(?:\b(?:prepar|plann|plott)ing (?:the |an? |new |further |more )?"
    # "had planned an attack", not "carried out a planned attack" (an attack, premeditated)
    r"|(?<!\ba )(?<!\ban )(?<!\bthe )\b(?:prepar|plann|plott)ed (?:the |an? ))(?:[\w-]+ ){0,2}$",
    re.IGNORECASE,
)


# ", a day after drones struck the market": what the main clause tells (a burial, a protest)
# follows the incident; the incident itself is the one reported, not an earlier one recalled.
_AFTERMATH = re.compile(
    r",\s+(?:a|one|two|three|\d) (?:days?|weeks?) after(?: the| a| an)?\s+(?:[\w'’]+\s+){0,3}$",
    re.IGNORECASE,
)


# "A week after gunmen killed 12 villagers in Dalori, survivors said ...": the sentence (after
# its dateline) opens with the incident's time since
_AFTERMATH_OPENING = re.compile(
    r"(?:^|\s[-–—]{1,2}\s+|:\s+)(?:(?:nearly|almost|about|just|some|more than) )?"
    r"(?:a|one|two|three|four|five|six|\d) (?:days?|weeks?) after(?: the| a| an)?"
    r"\s+(?:[\w'’]+\s+){0,3}$",
    re.IGNORECASE,
)
_OPENING_CHARS = 160


def _aftermath(text: str, span: Span, sentence: Span, before: Sequence[Trigger]) -> bool:
    """A trigger after ", a day after" in a sentence whose main clause tells no event of its
    own: the incident is the one reported ("The town buried its dead on Monday, a day after
    drones struck the market"); "Jets struck the port on Monday, a day after rockets hit the
    town" still recalls the rockets. So in a sentence that opens "A week after gunmen killed
    ..., survivors said" when its main clause (after the comma) tells no event."""
    start = sentence.start
    if any(t.span.start >= start and not t.background for t in before):
        return False
    if _BACKGROUND_AFTER.search(text[span.end : span.end + 80]):
        return False
    if _AFTERMATH.search(text[max(start, span.start - 40) : span.start]):
        return True
    if span.start - start > _OPENING_CHARS or not _AFTERMATH_OPENING.search(
        text[start : span.start]
    ):
        return False
    comma = text.find(",", span.end, sentence.end)
    return comma >= 0 and _TRIGGER_RE.search(text, comma, sentence.end) is None


_APPOSITION = re.compile(r",\s+(?:an?|the|one|another)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)


def _apposed_to_recalled(text: str, span: Span, before: Sequence[Trigger]) -> bool:
    """"The field was hit by a drone in June last year, an attack that killed two guards":
    the apposition names the incident just recalled."""
    return bool(before) and before[-1].background and bool(
        _APPOSITION.search(text, before[-1].span.end, span.start)
    )


def _matches(
    text: str, span: Span, subjects: bool, rare: bool = True, weapons: bool = True
) -> list[tuple[re.Match[str], tuple[str, EventType, int]]]:
    """Trigger matches in ``span`` in text order, leftmost first where two overlap (a weapon as
    subject first where both start together, the rare triggers last), as one alternation of
    all would give; the weapon-as-subject, rare and weapon-class regexes run only when the span
    has one of their words."""
    first = [
        (m, _SUBJECT_TRIGGERS[_group(m)], 0)
        for m in (_SUBJECT_RE.finditer(text, span.start, span.end) if subjects else ())
    ]
    rest = [(m, _TRIGGERS[_group(m)], 1) for m in _TRIGGER_RE.finditer(text, span.start, span.end)]
    last = [
        (m, _RARE_TRIGGERS[_group(m)], 2)
        for m in (_RARE_RE.finditer(text, span.start, span.end) if rare else ())
    ]
    last += [
        (m, _WEAPON_TRIGGERS[_group(m)], 3)
        for m in (_WEAPON_RE.finditer(text, span.start, span.end) if weapons else ())
    ]
    kept: list[tuple[re.Match[str], tuple[str, EventType, int]]] = []
    for match, trigger, _ in sorted(first + rest + last, key=lambda item: (item[0].start(), item[2])):
        if not kept or match.start() >= kept[-1][0].end():
            kept.append((match, trigger))
    return kept


def _group(match: re.Match[str]) -> int:
    return int(next(k for k, v in match.groupdict().items() if v is not None)[1:])


# Who or what carries out a raid on the ground ("troops raided", "forces stormed the house").
_GROUND = re.compile(
    r"\b(?:troops|soldiers|forces|commandos?|police(?:men)?|gunmen|militants|fighters|settlers"
    r"|arrest\w*|detain\w*|captur\w*|abduct\w*|kidnap\w*|stormed|houses?|homes?|door|ground"
    r"|on foot|armou?red|bulldozers?|vehicles|incursions?|search(?:ed|ing)?|special operations)\b",
    re.IGNORECASE,
)
_RAID_NOUN = re.compile(r"raids?", re.IGNORECASE)


def _aerial_raids(text: str, found: list[Trigger], span: Span) -> list[Trigger]:
    """"Warplanes launched raids": raids flown by aircraft are air strikes, not ground raids;
    so are "raids" with nobody on the ground in their sentence ("the aggression's raids on the
    port killed 74"), the usual sense in translated Arabic copy."""
    raids = [
        t for t in found
        if t.event_type == "ground_raid" and _RAID_NOUN.fullmatch(t.span.of(text))
    ]
    aerial = any(t.event_type == "airstrike" and t.weight > 1 for t in found)
    if not raids or not (aerial or not _GROUND.search(text, span.start, span.end)):
        return found
    return [
        replace(t, event_type="airstrike", generic=True) if t in raids else t
        for t in found
    ]


def _background_cue(text: str, span: Span, start: int = 0) -> str | None:
    """The cue of an earlier incident around the trigger at ``span``, in its sentence (which
    opens at ``start``), or None."""
    before = _BACKGROUND_BEFORE.search(text[max(start, span.start - 40) : span.start])
    if before:
        return before.group()
    when = _RECALLED_WHEN.search(text[max(start, span.start - 100) : span.start])
    if when:
        return when.group()
    after = _BACKGROUND_AFTER.search(text[span.end : span.end + 80])
    return after.group() if after else None


# The incident of a past time named before it: "since August of last year, when 32 people were
# killed in clashes", "memories of 2014, when gunmen killed 140 pupils".
_RECALLED_WHEN = re.compile(
    r"\b(?:last year|(?:19|20)\d\d|years? ago|months? ago),? when\b[^.;,:]{0,70}$", re.IGNORECASE
)
# A cue of days, not months: the incident a follow-up story tells again ("last week's
# massacre", "Nearly a week after the bombing", "the attack earlier this week").
_DAYS = (
    "last week", "this week", r"(?:a|one|two|three|four|five|six|several|\d) days?",
    "(?:a|one) week", "days? ago", "the day before", "the previous (?:day|night)",
)
RECENT = re.compile(rf"\b(?:{'|'.join(_DAYS)})\b", re.IGNORECASE)


def _is_cause(text: str, span: Span, start: int = 0) -> bool:
    return bool(_CAUSE_BEFORE.search(text[max(start, span.start - 40) : span.start]))
