"""Session 12 (s12-figures): counts of a wider or narrower scope than the incident only bound
its toll; an injured count keeps its own qualifier. Fixture claims written for these tests."""

from __future__ import annotations

from contested.resolve import find_contradictions
from resolve_factories import claim


def _fields(*claims: object) -> list[str]:
    return [c.field for c in find_contradictions(list(claims))]  # type: ignore[arg-type]


def test_a_running_count_since_the_fighting_began_holds_the_town_toll() -> None:
    town = claim("c1", source="provincial officials", source_kind="local_official", killed=6,
                 quote="Rockets hit a market in the town, killing six people, officials said.")
    running = claim("c2", source="the health ministry", source_kind="government", killed=14,
                    quote="The health ministry said 14 people had been killed in the country "
                          "since the clashes began.")
    assert _fields(town, running) == []


def test_a_running_count_below_the_town_toll_still_contradicts() -> None:
    town = claim("c1", source="provincial officials", source_kind="local_official", killed=20)
    running = claim("c2", source="the health ministry", source_kind="government", killed=14,
                    quote="14 people had been killed since the fighting started.")
    assert _fields(town, running) == ["killed"]


def test_one_hospital_s_patients_are_a_part_of_the_wounded() -> None:
    hospital = claim("c1", source="a medical charity", source_kind="ngo", injured=46,
                     quote="Our hospital received 46 wounded patients overnight.")
    mission = claim("c2", source="the UN mission", source_kind="ngo", injured=90,
                    qualifier="injured: about", article_id="a2")
    assert _fields(hospital, mission) == []


def test_the_speaker_s_own_dead_are_a_part_of_the_toll() -> None:
    own = claim("c1", source="a medical charity", source_kind="ngo", killed=2,
                quote="Two of our colleagues were killed.")
    zero = claim("c3", source="the defence ministry", source_kind="government", killed=0,
                 quote="It said none of its soldiers had been killed.")
    mission = claim("c2", source="the UN mission", source_kind="ngo", killed=18,
                    qualifier="at least", article_id="a2")
    assert _fields(own, mission) == []
    assert _fields(zero, mission) == []


def test_a_claimant_s_toll_revised_in_a_later_report_is_no_dispute() -> None:
    first = claim("c1", source="the health ministry", source_kind="government", killed=31)
    later = claim("c2", source="the health ministry", source_kind="government", killed=34,
                  article_id="a2")
    assert _fields(first, later) == []


def test_a_party_s_count_of_its_own_fighters_still_contradicts() -> None:
    own = claim("c1", source="the Northern Front", source_kind="military", killed=1,
                victims="militants", quote="The group said one of its fighters was killed.")
    monitor = claim("c2", source="the monitor", source_kind="monitor", killed=22,
                    victims="militants", article_id="a2")
    assert _fields(own, monitor) == ["killed"]


def test_the_death_toll_s_at_least_is_not_the_wounded_count_s() -> None:
    wire = claim("c1", source="the state news agency", source_kind="state_media", killed=235,
                 injured=109, qualifier="at least")
    later = claim("c2", source="the prosecutor", source_kind="government", killed=305,
                  injured=128, article_id="a2")
    assert _fields(wire, later) == ["injured"]
