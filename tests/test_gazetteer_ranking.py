"""How ranking weighs primary and alternate names, and a document's context (pure functions;
the lookups against the real gazetteer are in test_gazetteer_lookup.py)."""

from __future__ import annotations

from contested.gazetteer import MIN_SCORE, LookupContext, Match
from contested.gazetteer.document import document_context, document_contexts
from contested.gazetteer.ranking import Candidate, Entry, rank

GAZA = LookupContext(countries=("PS",))


def _entry(gid: str, country: str, pop: int, lat: float = 0.0, lon: float = 0.0,
           admin1: str | None = None, feature: str = "PPL") -> Entry:
    return Entry(gid, f"geonames:{gid}", admin1, country, lat, lon, feature, pop)


def _score(cands: list[Candidate], ctx: LookupContext | None) -> float:
    ranked = rank(cands, ctx)
    return ranked[0].score if ranked else 0.0


def test_a_lone_alternate_name_of_a_city_abroad_stays_unresolved() -> None:
    # "Zeitoun" in a Gaza story: the only candidate is Quanzhou, through its alternate "Zaitun"
    quanzhou = Candidate(_entry("quanzhou", "CN", 1_469_157), False, primary=False)
    assert _score([quanzhou], GAZA) < MIN_SCORE


def test_a_lone_primary_name_abroad_still_resolves() -> None:
    moscow = Candidate(_entry("moscow", "RU", 10_381_222), False)
    assert _score([moscow], GAZA) >= MIN_SCORE


def test_a_lone_alternate_name_of_a_small_town_needs_context() -> None:
    # "Sukhnah" ~ "Sokhna", an alternate name of Sohna (India, 36,552 people)
    sohna = Candidate(_entry("sohna", "IN", 36_552), False, primary=False)
    assert _score([sohna], None) < MIN_SCORE
    assert _score([sohna], LookupContext(countries=("IN",))) >= MIN_SCORE


def test_a_great_city_keeps_its_well_known_alternate_name_without_context() -> None:
    mumbai = Candidate(_entry("mumbai", "IN", 12_691_836), False, primary=False)
    assert _score([mumbai], None) >= MIN_SCORE


def test_a_primary_name_beats_an_alternate_name_of_a_bigger_town() -> None:
    named = Candidate(_entry("named", "SY", 3_000), False)
    alias = Candidate(_entry("alias", "SY", 20_000, lat=2.0), False, primary=False)
    ranked = rank([alias, named], LookupContext(countries=("SY",)))
    assert ranked[0].gazetteer_id == "geonames:named"


def test_a_province_yields_to_its_own_capital_but_not_to_a_town_elsewhere() -> None:
    state = Candidate(_entry("oregon-state", "US", 4_000_000, admin1="Oregon", feature="ADM1"),
                      True)
    town = Candidate(_entry("oregon-wi", "US", 30_000, lat=43.0, admin1="Wisconsin"), False)
    assert rank([state, town], None)[0].gazetteer_id == "geonames:oregon-state"
    capital = Candidate(_entry("homs-city", "SY", 775_404, admin1="Homs"), False)
    province = Candidate(_entry("homs", "SY", 500_000, lat=1.0, admin1="Homs", feature="ADM1"),
                         True)
    assert rank([province, capital], None)[0].gazetteer_id == "geonames:homs-city"


def test_a_province_does_not_yield_to_a_village_that_only_shares_its_key() -> None:
    # "Hawaii" and the village Hāwī (Hawaii) fold to one key; the village is no capital.
    state = Candidate(_entry("hawaii", "US", 1_400_000, admin1="Hawaii", feature="ADM1"), True)
    village = Candidate(_entry("hawi", "US", 0, lat=20.2, admin1="Hawaii"), False)
    ctx = LookupContext(countries=("US",), admin1=("Hawaii",))
    assert rank([state, village], ctx)[0].gazetteer_id == "geonames:hawaii"
    assert rank([state, village], None)[0].gazetteer_id == "geonames:hawaii"


class _Fixed:
    """A ranker with a fixed answer per name (document_context's only need)."""

    def __init__(self, answers: dict[str, list[Match]],
                 regions: dict[str, tuple[tuple[str, str], ...]] | None = None) -> None:
        self.answers = answers
        self.known_regions = regions or {}

    def regions(self, name: str) -> tuple[tuple[str, str], ...]:
        return self.known_regions.get(name, ())

    def candidates(self, name: str, country: str | None = None, limit: int = 10,
                   context: LookupContext | None = None) -> list[Match]:
        return self.answers.get(name, [])[:limit]


def _match(name: str, country: str, admin1: str, score: float) -> Match:
    return Match(name, f"geonames:{name}-{admin1}", admin1, country, 1.0, 2.0, "PPL", 1000, score)


def test_names_ambiguous_alone_agree_on_the_admin1_they_share() -> None:
    gaz = _Fixed({
        "Paris": [_match("Paris", "FR", "Ile-de-France", 0.6), _match("Paris", "US", "Texas", 0.1),
                  _match("Paris", "US", "Illinois", 0.05)],
        "Crestwood": [_match("Crestwood", "US", "Missouri", 0.4),
                      _match("Crestwood", "US", "Illinois", 0.3)],
    })
    ctx = document_context(gaz, ["Paris", "Crestwood", "Paris"])
    assert ctx.admin1 == ("Illinois",) and ctx.countries == ("US",)
    assert document_context(gaz, ["Paris"]).empty  # one name alone agrees with nothing


def test_a_county_of_one_state_sets_the_state_and_shared_ones_vote() -> None:
    paris = [_match("Paris", "FR", "Ile-de-France", 0.6), _match("Paris", "US", "Texas", 0.1),
             _match("Paris", "US", "Tennessee", 0.05), _match("Paris", "US", "Illinois", 0.05)]
    edgar = _Fixed({"Paris": paris}, {"Edgar County": (("US", "Illinois"),)})
    ctx = document_context(edgar, ["Paris", "Edgar County"])
    assert ctx.admin1 == ("Illinois",) and ctx.countries == ("US",)
    henry = _Fixed({"Paris": paris}, {"Henry County": (("US", "Tennessee"), ("US", "Illinois"),
                                                       ("US", "Georgia"))})
    assert set(document_context(henry, ["Paris", "Henry County"]).admin1) == {
        "Tennessee", "Illinois"}


def test_sure_names_give_countries_admin1_and_points() -> None:
    gaz = _Fixed({"Homs": [_match("Homs", "SY", "Homs", 0.9)],
                  "Hama": [_match("Hama", "SY", "Hama", 0.5), _match("Hama", "TR", "Hatay", 0.4)]})
    ctx = document_context(gaz, ["Homs", "Hama"])
    assert ctx.countries == ("SY",) and "Homs" in ctx.admin1 and ctx.points == ((1.0, 2.0),)


def test_a_name_is_no_evidence_for_itself() -> None:
    gaz = _Fixed({"Palestine": [_match("Palestine", "PS", "Gaza", 0.95),
                                _match("Palestine", "US", "Texas", 0.01)]},
                 {"Anderson County": (("US", "Texas"),)})
    contexts = document_contexts(gaz, ["Palestine", "Anderson County", "Palestine"])
    assert contexts["Palestine"].countries == ("US",)
    assert contexts["Palestine"].admin1 == ("Texas",)
    assert "PS" in contexts["Anderson County"].countries


def test_sure_names_do_not_vote_for_the_unit_their_namesakes_share() -> None:
    # London, Berlin and Amsterdam are towns of Ohio too
    gaz = _Fixed({city: [_match(city, cc, capital, 0.9), _match(city, "US", "Ohio", 0.01)]
                  for city, cc, capital in (("London", "GB", "England"),
                                            ("Berlin", "DE", "Berlin"),
                                            ("Amsterdam", "NL", "North Holland"))})
    ctx = document_context(gaz, ["London", "Berlin", "Amsterdam"])
    assert "Ohio" not in ctx.admin1 and "US" not in ctx.countries


def test_the_name_spelt_as_written_beats_a_namesake_that_only_shares_its_key() -> None:
    # "Samarra": Samara (Russia) keys alike, but the text spells Samarra's own name
    samara = Candidate(Entry("Samara", "geonames:samara", None, "RU", 53.2, 50.1, "PPL",
                             1_163_399), False)
    samarra = Candidate(Entry("Sāmarrā’", "geonames:samarra", "Salah al-Din", "IQ", 34.2, 43.9,
                              "PPL", 158_508), False)
    ranked = rank([samara, samarra], None, written="Samarra")
    assert ranked[0].score < MIN_SCORE  # unresolved without context, not Russia's Samara
    assert rank([samara, samarra], LookupContext(countries=("IQ",)),
                written="Samarra")[0].gazetteer_id == "geonames:samarra"


def test_no_candidate_is_no_answer_in_any_context() -> None:
    aleppo = LookupContext(countries=("SY",), admin1=("Aleppo",))
    assert rank([], aleppo, 1) == [] and rank([], None, 1) == [] and rank([], aleppo) == []


def test_a_small_province_weighs_by_its_people() -> None:
    # GeoNames lists every country's first-order units; a district of 30,000 people is not
    # the likelier reading of a name that a town of 100,000 also has.
    district = Candidate(_entry("district", "LS", 30_000, admin1="District", feature="ADM1"),
                         False)
    town = Candidate(_entry("town", "US", 100_000, lat=37.0, admin1="Kentucky"), False)
    assert rank([district, town], None)[0].gazetteer_id == "geonames:town"
    province = Candidate(_entry("ontario", "CA", 12_000_000, admin1="Ontario", feature="ADM1"),
                         False)
    assert rank([province, town], None)[0].gazetteer_id == "geonames:ontario"


def test_our_governorate_yields_to_its_capital_known_by_an_alternate_name() -> None:
    # "Jenin": the governorate is ours (curated), the city is Janīn with "Jenin" among its
    # alternates. A US state does not yield so: "Oklahoma" is not Oklahoma City.
    governorate = Candidate(_entry("jenin-gov", "PS", 0, admin1="Jenin", feature="ADM1"), True)
    city = Candidate(_entry("janin", "PS", 39_004, lat=0.01, admin1="Jenin"), False,
                     primary=False)
    assert rank([governorate, city], None)[0].gazetteer_id == "geonames:janin"
    state = Candidate(_entry("oklahoma", "US", 1_000_000, admin1="Oklahoma", feature="ADM1"),
                      False)
    okc = Candidate(_entry("okc", "US", 655_057, lat=0.01, admin1="Oklahoma"), False,
                    primary=False)
    assert rank([state, okc], None)[0].gazetteer_id == "geonames:oklahoma"
