"""The type of an incident from its triggers and its frame: a weighted vote of the triggers
(weapon over generic words), then who was hit and who fell ("killing all the attackers", "at a
checkpoint": an armed clash; a gang storming a town: an attack on its people; a drone of an army
striking a car: a drone strike). Part of ``extract.events`` (its component id).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace

from contested.extract.events import Trigger
from contested.types import EventType, Span

_SPECIFICITY: tuple[EventType, ...] = (
    "drone_attack",
    "missile_strike",
    "rocket_attack",
    "drone_strike",
    "shelling",
    "ground_raid",
    "armed_clash",
    "explosion",
    "airstrike",
    "other",
)


_AIRCRAFT: tuple[EventType, ...] = ("airstrike", "drone_strike", "drone_attack")
# What a generic "strike" may have been carried by, besides aircraft.
_CARRIERS: tuple[EventType, ...] = ("drone_attack", "missile_strike", "rocket_attack", "drone_strike")


def vote_type(triggers: Iterable[Trigger]) -> EventType:
    """The incident type: weighted vote of its triggers; ties go to the more specific type.
    Missiles where aircraft or drones are named ("warplanes bombed the school with three
    missiles ... when the missiles fell") were fired from the air: their votes go to it. A
    generic "strike" or "bombed" where a drone, missile or rocket is named and no aircraft
    ("a drone strike on the village ... the strike killed 12") was that carrier's."""
    triggers = list(triggers)
    votes: Counter[EventType] = Counter()
    for trigger in triggers:
        votes[trigger.event_type] += trigger.weight
    carriers = [t for t in triggers if t.event_type in _AIRCRAFT and t.weight > 1]
    fired = sum(t.weight for t in triggers if t.event_type == "missile_strike" and not t.salvo)
    if carriers and fired:
        carrier = max(_AIRCRAFT, key=lambda t: votes[t])
        votes[carrier] += fired
        votes["missile_strike"] -= fired
        if votes["missile_strike"] <= 0:
            del votes["missile_strike"]
    _to_carrier(triggers, votes)
    if not votes:
        return "other"
    specific: dict[EventType, int] = {k: v for k, v in votes.items() if k != "other"}
    pool = specific or dict(votes)
    best = max(pool.values())
    tied = [t for t in pool if pool[t] == best]
    first = triggers[0]
    if first.event_type == "armed_clash" and (
        ("armed_clash" in tied and len(tied) > 1)
        or (first.weight > 1 and set(tied) <= set(_BATTLE_WEAPONS))
    ):
        # a battle told first, a weapon used in it after: the first act told ("killed four
        # fighters who tried to infiltrate ... artillery shelled"; a battle's own word outvoted
        # by the guns of the battle, "killed in fighting with border troops ... mortars and
        # shelling"), not the weapon in passing
        return "armed_clash"
    return max(pool, key=lambda t: (pool[t], -_SPECIFICITY.index(t)))


# Weapons of a battle on the ground (not a bomb planted, not an aircraft's strike).
_BATTLE_WEAPONS: tuple[EventType, ...] = ("shelling", "rocket_attack")


def incident_type(text: str, window: Sequence[Span], triggers: Sequence[Trigger]) -> EventType:
    """The type of an incident from its triggers and the frame of its sentences (``window``):
    an attack of no weapon's kind on an armed side is a battle before the weapons named in the
    incident vote ("gunmen opened fire on the border guards ... mortars"), so a weapon named in
    passing does not outvote it; then the vote, then the frame again (see armed_target)."""
    triggers = armed_drones(text, window, _labour_strikes(text, window, triggers))
    told = [t for t in triggers if not _counter_version(text, window, t.span)]
    triggers = told or list(triggers)
    attacks = [t for t in triggers if t.event_type == "other" and not _NEUTRALISED.match(
        t.span.of(text))]
    weapons = [t for t in triggers if t.event_type in _BATTLE_WEAPONS]
    if attacks and weapons and _armed_side(text, window):
        triggers = [replace(t, event_type="armed_clash") if t in attacks else t for t in triggers]
    voted = "other" if _outsensed(text, triggers) else vote_type(triggers)
    return armed_target(text, window, voted, triggers)


# "Other" triggers that say what happened by themselves (not "attack", "assault").
_BARE_ATTACK = re.compile(r"attacks?|attacked|assaults?|neutrali[sz]\w*.*", re.IGNORECASE)


def _outsensed(text: str, triggers: Sequence[Trigger]) -> bool:
    """Gunmen who opened fire, shot and massacred, against one weak word of a weapon ("a
    blast was heard", "the strike"): no weapon-specific trigger (all weigh 1) and the told acts
    of killing outnumber them, so the incident is of no weapon's kind."""
    specific = [t for t in triggers if t.event_type != "other"]
    if not specific or any(t.weight > 1 for t in specific):
        return False
    acts = [
        t for t in triggers
        if t.event_type == "other" and not _BARE_ATTACK.fullmatch(t.span.of(text))
    ]
    return len(acts) >= 2 and len(acts) > len(specific)


# A drone that explodes on its target (one-way, kamikaze, Shahed; "slammed into", "exploded").
_ONE_WAY = re.compile(
    r"explosive|kamikaze|suicide|one-way|attack drones?|swarm|Shahed|Geran|loitering|slammed"
    r"|crashed|smashed|ploughed|plowed|tore|ripped|exploded|detonated|went off|blew up",
    re.IGNORECASE,
)
_TARGETS = (
    r"(?:cars?|vehicles?|motorcycles?|motorbikes?|trucks?|pick-?ups?|convoys?|minibus(?:es)?"
    r"|crowds?|gatherings?|groups? of (?:people|men|youths?|young men|civilians|residents))"
)
# An armed drone striking: an army's drone, a drone firing a weapon, a drone hitting a vehicle
# or a gathering ("a drone struck a car on the road", "the drone fired two missiles").
_ARMED_DRONE = re.compile(
    r"\b(?:(?:army|military|air force|armed forces)(?:['’]s)? (?:[\w-]+ )?drones?"
    r"|drones? (?:of|belonging to|belonged to|operated by) (?:the )?(?:[\w'’-]+ ){0,3}"
    r"(?:army|military|air force|armed forces)"
    r"|drones? (?:\w+ ){0,2}(?:fired|launched|dropped) (?:[\w-]+ ){0,3}"
    r"(?:missiles?|rockets?|bombs?|munitions|grenades)"
    rf"|drones? (?:\w+ )?(?:struck|hit|targeted|bombed|attacked) (?:[\w-]+ ){{0,3}}{_TARGETS})\b",
    re.IGNORECASE,
)


def armed_drones(text: str, window: Sequence[Span], triggers: Sequence[Trigger]) -> list[Trigger]:
    """A drone that hit something is an armed drone's strike, not a one-way drone's attack,
    when the incident's sentences (``window``) say so: the drone belongs to an army ("the
    drone belonged to the army"), fires a weapon ("the drone fired two missiles") or hits a
    vehicle or a gathering ("a drone struck a car"). A one-way drone named anywhere in the
    incident ("an explosive drone", "slammed into") keeps it a drone attack."""
    drones = [t for t in triggers if t.event_type == "drone_attack"]
    if not drones or any(_ONE_WAY.search(t.span.of(text)) for t in drones):
        return list(triggers)
    if not any(_ARMED_DRONE.search(text, w.start, w.end) for w in window) and not _air_strike(
        text, triggers
    ):
        return list(triggers)
    return [replace(t, event_type="drone_strike") if t in drones else t for t in triggers]


# A strike of workers: "the wildcat strike", "striking miners", "the union's strike over wages".
_LABOUR = re.compile(
    r"\b(?:workers|miners|mineworkers|strikers|striking|unions?|wages?|pay (?:rise|increase|dispute)"
    r"|wildcat|general strike|on strike|walk-?outs?|labou?r|dockers|employees)\b",
    re.IGNORECASE,
)
_BARE_STRIKE = re.compile(r"strikes?|struck", re.IGNORECASE)


def _labour_strikes(
    text: str, window: Sequence[Span], triggers: Sequence[Trigger]
) -> list[Trigger]:
    """A bare "strike" names no air strike where the incident's sentences speak of workers
    and name no aircraft, drone, missile or rocket ("police opened fire on striking miners
    ... the union leading the wildcat strike"): it is no specific type's trigger."""
    bare = [t for t in triggers if t.generic and _BARE_STRIKE.fullmatch(t.span.of(text))]
    if not bare or any(t.event_type in _AIRCRAFT + _CARRIERS and not t.generic for t in triggers):
        return list(triggers)
    if not any(_LABOUR.search(text, w.start, w.end) for w in window):
        return list(triggers)
    return [replace(t, event_type="other") if t in bare else t for t in triggers]


# "an air strike ... the drone had targeted": the strike named as an air strike, no aircraft
_AIR_STRIKE = re.compile(r"air ?strikes?", re.IGNORECASE)


def _air_strike(text: str, triggers: Sequence[Trigger]) -> bool:
    """The incident is called an air strike and no aircraft is named: its drone struck from the
    air, an armed drone's strike ("an air strike carried out by the armed forces ... the drone
    had targeted a suspicious movement")."""
    air = [t for t in triggers if t.event_type == "airstrike"]
    named = [t for t in air if _AIR_STRIKE.fullmatch(t.span.of(text))]
    return bool(named) and all(t in named or t.generic for t in air)


def _to_carrier(triggers: Sequence[Trigger], votes: Counter[EventType]) -> None:
    """Move the votes of generic air-strike triggers to the drone, missile or rocket named,
    when no aircraft is."""
    if any(t.event_type == "airstrike" and not t.generic for t in triggers):
        return
    named = [t.event_type for t in triggers if t.event_type in _CARRIERS and t.weight > 1]
    if not named:
        return
    carrier = max(named, key=lambda k: (votes[k], -_SPECIFICITY.index(k)))
    generic = sum(t.weight for t in triggers if t.generic)
    votes[carrier] += generic
    votes["airstrike"] -= generic
    if votes["airstrike"] <= 0:
        del votes["airstrike"]


_ARMED = (
    r"(?:soldiers?|troops|policem[ae]n|police(?:wom[ae]n| officers?| personnel)|militia(?:men"
    r"| members?)?|militiam[ae]n|servicem[ae]n|security (?:forces|personnel|guards?|officers?)"
    r"|(?:army|military|police|paramilitary|security) personnel|(?:army|military) (?:units?"
    r"|officers?)|fighters?|(?:border|frontier|coast|national) guards?|guardsm[ae]n|gendarmes?"
    r"|marines|paratroopers|commandos)"
)
_ATTACKERS = (
    r"(?:attackers|assailants|gunmen|militants|insurgents|terrorists|rebels|raiders|jihadists"
    r"|bandits)"
)
# Words that open another clause or a passive's agent: "killed when the attackers stormed",
# "killed by gunmen" name no attackers who fell.
_LINK = r"(?:by|when|as|after|before|while|and|but|in|at|since|where|who|which|that|once)"
# The other side was armed: it fought back ("repelled an attack") or armed men were its
# casualties ("killing two soldiers", "a police officer was shot dead").
_ARMED_SIDE = re.compile(
    r"\b(?:(?:repelled|repulsed|thwarted|foiled|fought off|fended off|repel|repulse|thwart"
    r"|fight off) (?:an? |the |their |its )?(?:[\w-]+ ){0,3}?(?:attacks?|assaults?|incursions?"
    r"|offensives?|advances?|attackers)"
    rf"|{_ARMED} (?:\w+ )?(?:were|was|had been|have been) (?:\w+ )?(?:killed|wounded|injured"
    r"|shot|martyred)"
    # (not their agent: "protesters were shot dead by soldiers")
    rf"|(?:killed|killing|wounded|wounding|injured|injuring|shot|shooting|sniping at)"
    rf" (?:(?!by\b)[\w'’-]+ ){{0,5}}?(?:[\w'’-]+, (?:all|most|many|some) of (?:them|whom) )?"
    rf"{_ARMED}\b"
    r"|fire ?fights?|gun ?battles?"
    # fire exchanged: "the teams returned fire", "had been fired on by gang members", "gang
    # members who had opened fire on officers"
    r"|returned fire|came under (?:\w+ )?fire|(?:were|was|had been|been) fired (?:on|upon) by"
    r"|met with (?:\w+ )?gunfire|opened fire on (?:\w+ ){0,2}(?:officers|policemen|police|troops"
    r"|soldiers|the army|security forces)"
    # the attackers fell, so someone fought them: "killing all 33 attackers", "neutralised a
    # significant number of terrorists", "the dead were five attackers" (not "killed by gunmen")
    rf"|(?:killing|killed|neutrali[sz](?:ed|ing)|eliminat(?:ed|ing)) (?:(?!{_LINK}\b)[\w'’-]+ ){{0,4}}?"
    rf"{_ATTACKERS}\b"
    rf"|{_ATTACKERS} (?:[\w'’-]+ ){{0,4}}?(?:were|was|had been|have been) (?:\w+ )?(?:killed"
    r"|neutrali[sz]ed|eliminated|shot dead|sent to hell)"
    rf"|\bdead\b[^.;]{{0,30}}\b(?:were|was|included) (?:\w+ ){{0,2}}?{_ATTACKERS}"
    # "the dead include servicemen of the border service"
    rf"|\bdead (?:\w+ ){{0,3}}?(?:include|included|includes) (?:\w+ ){{0,3}}?{_ARMED}\b"
    # inmates who fell in a prison: rival gangs fighting ("116 inmates were killed")
    r"|(?:inmates|prisoners) (?:[\w'’-]+ ){0,3}?(?:were|had been|have been) (?:\w+ )?killed"
    # an armed post attacked: "killed 12 people at a checkpoint", "an attack on the police station"
    r"|\b(?:at|on) (?:an? |the )(?:[\w-]+ ){0,2}?(?:checkpoints?|police stations?|(?:army|military"
    r"|police|border) (?:posts?|bases?|camps?)|outposts?|barracks)\b)",
)
# Who attacked, when no state force: a gang or armed group storming a town is an attack on its
# people ("bandits stormed the commune, killing dozens"), not a security forces' raid.
_IRREGULAR = re.compile(
    rf"\b(?:{_ATTACKERS}|gangs?|gang members|fighters|separatists|cartel)\b[^.;]{{0,80}}$",
    re.IGNORECASE,
)


def armed_target(
    text: str, window: Sequence[Span], event_type: EventType, triggers: Sequence[Trigger] = ()
) -> EventType:
    """An attack of no other kind ("other": gunmen, an attack) on an armed side is an armed
    clash, as ACLED codes it: the other side fought back ("security forces repelled an attack
    by militants", "killing all the attackers") or its casualties were armed ("killing two
    soldiers", "a policeman was shot dead"), or it hit an armed post ("at a checkpoint").
    Attacks on civilians stay attacks. A raid is a clash when an armed side fought back and
    the raiders were a gang or an armed group, or fighting is told too ("fighting after troops
    captured him in a dawn raid"); a gang's raid on a town that met no armed side is an attack
    on its people ("other")."""
    if event_type not in ("other", "ground_raid"):
        return event_type
    armed = _armed_side(text, window)
    if event_type == "other":
        # a communique's "neutralised three terrorists" is the operation itself, not a side
        # that fell fighting an attack told
        own = [t for t in triggers if not _NEUTRALISED.match(t.span.of(text))]
        return "armed_clash" if armed and (own or not triggers) else event_type
    irregular = any(
        _IRREGULAR.search(text, _opening(window, t.span), t.span.start)
        for t in triggers if t.event_type == "ground_raid" and not t.background
    )
    if armed and (irregular or any(t.event_type == "armed_clash" for t in triggers)):
        return "armed_clash"
    return "other" if irregular and not armed else event_type


_NEUTRALISED = re.compile(r"neutrali[sz]", re.IGNORECASE)


# An accused party's own version after its denial: "denied that the group had attacked the
# camp, saying its men had clashed with militiamen"
_COUNTER = re.compile(
    r"\b(?:denied|denies|deny|rejected|rejects|dismissed|dismisses|refuted)\b[^.;]*?,\s*"
    r"(?:saying|and said|insisting|claiming|adding)\b",
    re.IGNORECASE,
)


def _counter_version(text: str, window: Sequence[Span], span: Span) -> bool:
    """The trigger at ``span`` tells the version of an accused party that denied the incident
    as reported: its words do not type the incident."""
    return bool(_COUNTER.search(text, _opening(window, span), span.start))


def _armed_side(text: str, window: Sequence[Span]) -> bool:
    return any(_ARMED_SIDE.search(text, w.start, w.end) for w in window)


def _opening(window: Sequence[Span], span: Span) -> int:
    """Where the sentence (of ``window``) holding ``span`` opens, or 80 characters before it."""
    return next((w.start for w in window if w.start <= span.start < w.end), max(0, span.start - 80))

