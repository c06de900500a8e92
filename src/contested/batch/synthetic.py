"""A synthetic day of news: mostly sport, business, weather, culture, science and politics,
with a share of conflict reports, all from templates we wrote, deterministic for a seed.

It feeds the triage measurements and the throughput benchmarks (``benchmarks/run.py``). The
non-conflict templates deliberately use the words triage must not be fooled by (a strikers'
"strike", a "shot" on goal, a "heart attack", a "fire sale"). Every article is labelled with
its topic and whether it reports an incident.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

TOPICS = ("sport", "business", "weather", "culture", "science", "politics", "health", "tech")

_CITIES = (
    "Lyon",
    "Porto",
    "Osaka",
    "Denver",
    "Leeds",
    "Krakow",
    "Austin",
    "Geelong",
    "Bergen",
    "Valencia",
    "Tampere",
    "Halifax",
    "Cordoba",
    "Dundee",
    "Gdansk",
    "Nagoya",
    "Perth",
    "Malmo",
    "Bremen",
    "Turin",
    "Quebec",
    "Adelaide",
    "Seville",
    "Utrecht",
    "Graz",
)
_NAMES = (
    "Maria Lopez",
    "Tom Becker",
    "Aiko Tanaka",
    "Samuel Okoro",
    "Lena Novak",
    "Priya Raman",
    "Jonas Berg",
    "Clara Dumont",
    "Diego Ferreira",
    "Hannah Wells",
    "Omar Haddad",
    "Eva Lindqvist",
    "Marco Bianchi",
    "Grace Mensah",
    "Ivan Petrov",
    "Julia Costa",
)
_TEAMS = (
    "the Harbour Hawks",
    "Northside United",
    "the Valley Rovers",
    "Atletico Rio Claro",
    "the Capital Comets",
    "FC Lakeside",
    "the Mountain Lions",
    "Riverside Athletic",
)
_COMPANIES = (
    "Norwind Energy",
    "Kestrel Foods",
    "Altavia Airlines",
    "Brightline Software",
    "Meridian Steel",
    "Pelican Retail",
    "Quantis Bank",
    "Solace Pharma",
    "Orbis Motors",
)
_OUTLETS = ("Daily Ledger", "Morning Post", "City Courier", "Evening Star", "Weekly Globe")
_CONFLICT_PLACES = (
    ("Deir ez-Zor", "Syria"),
    ("Idlib", "Syria"),
    ("Raqqa", "Syria"),
    ("Mosul", "Iraq"),
    ("Kirkuk", "Iraq"),
    ("Taiz", "Yemen"),
    ("Hodeidah", "Yemen"),
    ("Marib", "Yemen"),
    ("Kherson", "Ukraine"),
    ("Kharkiv", "Ukraine"),
    ("Rafah", "Gaza"),
    ("Khan Younis", "Gaza"),
)
_CLAIMANTS = (
    "the Syrian Observatory for Human Rights",
    "local officials",
    "the health ministry",
    "a military spokesman",
    "witnesses",
    "the regional governor",
    "a hospital director",
    "state media",
    "a monitoring group",
)
_NUMBERS = ("two", "three", "four", "five", "six", "seven", "nine", "11", "12", "14", "17", "23")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

_SENTENCES: dict[str, tuple[str, ...]] = {
    "sport": (
        "{team} beat {team2} {score} on {day} in front of a crowd of {n} thousand in {city}.",
        "Their striker hit the post twice before {name} scored with a low shot in the {minute}th minute.",
        "The coach said the attack looked sharper after the break and praised the young goalkeeper.",
        "{name} missed the match with an injured ankle and is expected back next month.",
        "A late strike from the edge of the box sealed the win for {team}.",
        "The defence held firm under pressure and the visitors managed only {k} shots on target.",
        "Fans in {city} celebrated long into the night after the final whistle.",
        "The club will face {team2} in the semi-final on {day}.",
        "{name} said the players had fought for every ball and deserved the three points.",
        "The league table now shows {team} two points clear at the top.",
    ),
    "business": (
        "Shares in {company} rose {pct} percent on {day} after the firm raised its profit forecast.",
        "Unions at {company} have called a two-day strike over pay, the first in {k} years.",
        "The chief executive, {name}, said demand in {city} had recovered faster than expected.",
        "Analysts said the fire sale of its logistics arm would cut debt by a third.",
        "Quarterly revenue climbed to {n} million euros, beating market expectations.",
        "The central bank held interest rates steady, citing easing inflation.",
        "{company} plans to open {k} new stores and hire {n} staff next year.",
        "Investors took aim at the board over executive pay at the annual meeting.",
        "The merger with {company2} still needs approval from competition regulators.",
        "Trading volumes were thin ahead of the holiday weekend.",
    ),
    "weather": (
        "Forecasters expect temperatures to reach {k}0 degrees in {city} by {day}.",
        "Heavy rain is likely across the north, with up to {n} millimetres in places.",
        "A cold front will bring gusty winds and scattered showers to the coast.",
        "Farmers welcomed the rain after weeks of dry weather.",
        "The weather service issued a yellow warning for fog on the motorways.",
        "Skies should clear over the weekend, with sunshine and light winds.",
        "Snow is possible on high ground, {name} of the national weather office said.",
        "Pollen counts will be high, so allergy sufferers should take care.",
    ),
    "culture": (
        "The new production of the opera opened in {city} on {day} to warm applause.",
        "{name}'s debut novel has been shortlisted for the national book prize.",
        "Critics praised the film's photography but said the plot lost its way.",
        "The museum will show {n} paintings on loan from private collections.",
        "The band's comeback album bombed in the charts despite a huge marketing campaign.",
        "Tickets for the festival sold out within {k} hours.",
        "The director said the shot of the harbour at dawn took three weeks to get right.",
        "The orchestra will tour {k} cities next spring.",
        "{name} will receive a lifetime achievement award at the ceremony in {city}.",
    ),
    "science": (
        "Researchers in {city} have mapped the genome of a rare orchid.",
        "The telescope captured images of a galaxy {n} million light years away.",
        "The study, published on {day}, followed {n} volunteers for ten years.",
        "{name}, who led the team, said the results need to be confirmed in larger trials.",
        "The probe will fire its engines to enter orbit next month.",
        "A new battery design could double the range of electric cars, the authors say.",
        "The findings challenge a decades-old theory about how glaciers move.",
        "Funding for the project came from a European research grant.",
    ),
    "politics": (
        "The city council in {city} approved the budget by {k} votes to {k2} on {day}.",
        "{name} announced a bid to lead the party after weeks of speculation.",
        "The opposition attacked the plan as too costly and too slow.",
        "Voters will go to the polls in {k} weeks, the electoral commission said.",
        "The minister defended the reform in a heated debate in parliament.",
        "Polls suggest a close race between the two main candidates.",
        "The bill on housing will be debated again after the summer recess.",
        "Local leaders called for more funding for schools and public transport.",
    ),
    "health": (
        "Doctors in {city} have started a campaign to cut the risk of heart attack among older men.",
        "The hospital reported a fall in waiting times for routine operations.",
        "{name}, a nurse, said staff shortages remain the main problem.",
        "Flu vaccinations will be offered free to everyone over {k}0.",
        "A new clinic for children opened on {day} with {n} beds.",
        "Health officials urged people to drink water and stay out of the sun.",
        "The trial of the new drug showed fewer side effects than expected.",
    ),
    "tech": (
        "{company} unveiled a foldable phone at its annual event in {city}.",
        "The update fixes a security flaw that let attackers read messages.",
        "{name}, the company's product chief, said the device goes on sale on {day}.",
        "The start-up raised {n} million dollars to build delivery robots.",
        "Users complained that the new app drained their batteries.",
        "Regulators opened an inquiry into how the platform ranks search results.",
        "The chip maker will build a factory near {city}, creating {n} jobs.",
    ),
}

_CONFLICT_LEADS = (
    "An airstrike hit a market in {place}, {country}, on {day}, killing {n} civilians and "
    "wounding {n2} others, {claimant} said.",
    "Shelling of residential areas in {place} killed {n} people on {day}, according to {claimant}.",
    "A car bomb exploded near a checkpoint in {place}, {country}, on {day}, killing {n} soldiers, "
    "{claimant} said.",
    "At least {n} people were killed when a drone strike hit a vehicle near {place} on {day}, "
    "{claimant} said.",
    "Gunmen opened fire on a convoy near {place}, {country}, on {day}, killing {n} fighters and "
    "injuring {n2}, according to {claimant}.",
    "A missile strike on a school in {place} killed {n} people and injured {n2} on {day}, "
    "{claimant} reported.",
)
_CONFLICT_FOLLOW = (
    "{claimant2} put the death toll at {n3}, including {k} children.",
    "No group has claimed responsibility for the attack.",
    "The defence ministry denied that its forces were involved.",
    "Witnesses said the blast destroyed several houses and damaged a mosque.",
    "Rescue workers were still searching the rubble on {day2}.",
    "The wounded were taken to a hospital in {place}, where doctors said several were in a "
    "critical condition.",
    "{claimant2} blamed government forces for the strike.",
    "It was the deadliest attack in the province this month.",
)


@dataclass(frozen=True)
class SyntheticArticle:
    article_id: str
    topic: str  # one of TOPICS, or "conflict"
    title: str
    text: str
    published: dt.date
    outlet: str

    @property
    def conflict(self) -> bool:
        return self.topic == "conflict"

    def record(self) -> dict[str, str]:
        """The JSON Lines record contested reads."""
        return {
            "id": self.article_id,
            "title": self.title,
            "text": self.text,
            "published": self.published.isoformat(),
            "outlet": self.outlet,
            "url": f"https://news.example/{self.topic}/{self.article_id}",
        }


def generate(
    count: int, seed: int = 7, conflict_share: float = 0.1, day: dt.date = dt.date(2024, 3, 14)
) -> Iterator[SyntheticArticle]:
    """``count`` articles, about ``conflict_share`` of them conflict reports."""
    rng = random.Random(seed)
    for index in range(count):
        topic = "conflict" if rng.random() < conflict_share else rng.choice(TOPICS)
        yield _article(rng, index, topic, day)


def write_jsonl(path: str | Path, count: int, seed: int = 7, conflict_share: float = 0.1) -> int:
    """Write ``count`` synthetic articles as contested JSON Lines; returns bytes written."""
    size = 0
    with open(path, "w", encoding="utf-8") as out:
        for article in generate(count, seed, conflict_share):
            line = json.dumps(article.record(), ensure_ascii=False) + "\n"
            size += len(line.encode("utf-8"))
            out.write(line)
    return size


def _article(rng: random.Random, index: int, topic: str, day: dt.date) -> SyntheticArticle:
    slots = _slots(rng, day)
    paragraphs = (
        _conflict_paragraphs(rng, slots) if topic == "conflict" else _paragraphs(rng, topic, slots)
    )
    title = paragraphs[0].split(",")[0].rstrip(".")[:90]
    return SyntheticArticle(
        article_id=f"syn{index:07d}",
        topic=topic,
        title=title,
        text="\n\n".join(paragraphs),
        published=day,
        outlet=rng.choice(_OUTLETS),
    )


def _paragraphs(rng: random.Random, topic: str, slots: dict[str, str]) -> list[str]:
    pool = list(_SENTENCES[topic])
    rng.shuffle(pool)
    count = rng.randint(5, len(pool))
    sentences = [s.format(**slots) for s in pool[:count]]
    return [" ".join(sentences[i : i + 2]) for i in range(0, len(sentences), 2)]


def _conflict_paragraphs(rng: random.Random, slots: dict[str, str]) -> list[str]:
    lead = rng.choice(_CONFLICT_LEADS).format(**slots)
    follow = list(_CONFLICT_FOLLOW)
    rng.shuffle(follow)
    body = [s.format(**slots) for s in follow[: rng.randint(3, len(follow))]]
    filler = _paragraphs(rng, rng.choice(("politics", "health")), slots)[:2]
    return [lead, *(" ".join(body[i : i + 2]) for i in range(0, len(body), 2)), *filler]


def _slots(rng: random.Random, day: dt.date) -> dict[str, str]:
    place, country = rng.choice(_CONFLICT_PLACES)
    weekday = _WEEKDAYS[(day - dt.timedelta(days=1)).weekday()]
    n = rng.choice(_NUMBERS)
    return {
        "team": rng.choice(_TEAMS),
        "team2": rng.choice(_TEAMS),
        "company": rng.choice(_COMPANIES),
        "company2": rng.choice(_COMPANIES),
        "name": rng.choice(_NAMES),
        "city": rng.choice(_CITIES),
        "day": weekday,
        "day2": _WEEKDAYS[day.weekday()],
        "score": f"{rng.randint(1, 4)}-{rng.randint(0, 3)}",
        "minute": str(rng.randint(10, 89)),
        "n": n,
        "n2": rng.choice(_NUMBERS),
        "n3": str(rng.randint(5, 40)),
        "k": str(rng.randint(2, 9)),
        "k2": str(rng.randint(2, 9)),
        "pct": f"{rng.randint(1, 14)}.{rng.randint(0, 9)}",
        "place": place,
        "country": country,
        "claimant": rng.choice(_CLAIMANTS),
        "claimant2": rng.choice(_CLAIMANTS),
    }
