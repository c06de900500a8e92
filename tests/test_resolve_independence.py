"""Independent sources: syndicated copies and relays are not confirmation."""

from __future__ import annotations

from contested.resolve import confirming_count, independent_sources
from contested.resolve.independence import root_article
from resolve_factories import article, claim, mention


def test_two_independent_outlets_are_two_sources() -> None:
    articles = {"a1": article("a1", "Reuters"), "a2": article("a2", "AFP")}
    groups = independent_sources([mention("m1", article_id="a1"),
                                  mention("m2", article_id="a2")], articles)
    assert [g.key for g in groups] == ["afp", "reuters"]
    assert confirming_count(groups) == 2


def test_wire_copy_and_its_syndicated_copy_count_as_one() -> None:
    articles = {
        "a1": article("a1", "Reuters"),
        "a2": article("a2", "Yahoo News", duplicate_of="a1"),
        "a3": article("a3", None, duplicate_of="a2"),
    }
    mentions = [mention(f"m{i}", article_id=f"a{i}") for i in (1, 2, 3)]
    (group,) = independent_sources(mentions, articles)
    assert (group.key, group.basis, group.article_ids) == ("reuters", "outlet", ("a1", "a2", "a3"))


def test_two_articles_of_one_outlet_are_one_source() -> None:
    articles = {"a1": article("a1", "The Reuters.com"), "a2": article("a2", "Reuters")}
    mentions = [mention("m1", article_id="a1"), mention("m2", article_id="a2")]
    assert confirming_count(independent_sources(mentions, articles)) == 1


def test_relays_of_one_claimant_are_one_source() -> None:
    articles = {"a1": article("a1", "Reuters"), "a2": article("a2", "Al Jazeera")}
    sana_1 = claim("c1", source="SANA", article_id="a1", mention_id="m1",
                   relayed_by=("Reuters",), killed=8)
    sana_2 = claim("c2", source="Al Jazeera, citing SANA", source_kind="media", article_id="a2",
                   mention_id="m2", killed=8)
    mentions = [mention("m1", article_id="a1", claims=(sana_1,)),
                mention("m2", article_id="a2", claims=(sana_2,))]
    (group,) = independent_sources(mentions, articles)
    assert (group.key, group.label, group.claim_ids) == ("sana", "SANA", ("c1", "c2"))


def test_unnamed_claimants_belong_to_the_relay_or_outlet() -> None:
    articles = {"a1": article("a1", "Asharq Al-Awsat"), "a2": article("a2", "Reuters"),
                "a3": article("a3", "AFP")}
    told = claim("c1", source="a US defense official told Reuters", source_kind="unnamed",
                 article_id="a1", mention_id="m1", killed=0)
    own = claim("c2", source="a US official", source_kind="unnamed", article_id="a2",
                mention_id="m2", killed=0)
    other = claim("c3", source="a military source", source_kind="unnamed", article_id="a3",
                  mention_id="m3", killed=0)
    mentions = [mention("m1", article_id="a1", claims=(told,)),
                mention("m2", article_id="a2", claims=(own,)),
                mention("m3", article_id="a3", claims=(other,))]
    groups = independent_sources(mentions, articles)
    assert [(g.key, g.basis, g.claim_ids) for g in groups] == [
        ("afp", "outlet", ("c3",)),
        ("reuters", "relay", ("c1", "c2")),
    ]


def test_independent_claimants_in_one_article_are_two_sources() -> None:
    articles = {"a1": article("a1", "Reuters")}
    claims = (claim("c1", source="SANA", killed=14, article_id="a1"),
              claim("c2", source="Syrian Observatory for Human Rights", source_kind="monitor",
                    killed=22, article_id="a1"))
    groups = independent_sources([mention("m1", article_id="a1", claims=claims)], articles)
    assert [g.label for g in groups] == ["SANA", "Syrian Observatory for Human Rights"]


def test_background_mentions_and_denials_do_not_confirm() -> None:
    articles = {"a1": article("a1", "RT"), "a2": article("a2", "AFP")}
    denial = claim("c1", kind="denial", source="Pentagon", attributed_to="United States",
                   article_id="a1")
    mentions = [mention("m1", article_id="a1", claims=(denial,)),
                mention("m2", article_id="a2", role="background")]
    groups = independent_sources(mentions, articles)
    assert [(g.key, g.confirming) for g in groups] == [("pentagon", False)]
    assert confirming_count(groups) == 0


def test_root_article_survives_cycles_and_unknown_ids() -> None:
    articles = {"a1": article("a1", "X", duplicate_of="a2"),
                "a2": article("a2", "Y", duplicate_of="a1")}
    assert root_article("a1", articles) == "a2"
    assert root_article("zz", articles) == "zz"
