"""The metric code on small hand-made gold/output pairs; expected figures computed by hand."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from contested.evaluate.gold import GoldArticle, GoldClaim, GoldIncident, gold_types, load_gold
from contested.evaluate.metrics import (
    PRF,
    SysClaim,
    SysIncident,
    SystemOutput,
    casualty_values_agree,
    haversine_km,
    locate_quote,
    score,
)

TEXT_A = "Strike on X. SANA said 7 soldiers were killed. The US denied any involvement."
TEXT_B = "A strike hit X on Sunday. The Observatory said 11 people died."
TEXT_C = "Another raid in Y killed 3."
TEXT_N = "Oil prices rose on Monday."


def gclaim(
    kind: str,
    quote: str,
    killed: int | None = None,
    source_kind: str = "government",
    by_accused: bool | None = None,
) -> GoldClaim:
    return GoldClaim(
        kind=kind,
        source="s",
        source_kind=source_kind,
        quote=quote,
        killed=killed,
        by_accused=by_accused,
    )


def ginc(
    iid: str,
    claims: tuple[GoldClaim, ...] = (),
    lat: float | None = 35.0,
    lon: float | None = 40.0,
    date: dt.date | None = dt.date(2020, 1, 5),
) -> GoldIncident:
    return GoldIncident(iid, "primary", "airstrike", date, "day", lat, lon, "SY", claims)


def gart(
    gid: str, incidents: tuple[GoldIncident, ...], role: str = "cluster_member"
) -> GoldArticle:
    return GoldArticle(gid, Path(f"/g/{gid}.txt"), None, role, None, incidents)


GOLD = [
    gart(
        "A",
        (
            ginc(
                "I1",
                (
                    gclaim(
                        "casualties",
                        "SANA said 7 soldiers were killed.",
                        killed=7,
                        source_kind="state_media",
                    ),
                    gclaim("denial", "The US denied any involvement.", by_accused=True),
                    gclaim("attribution", "Strike on X."),
                ),
            ),
        ),
    ),
    gart(
        "B",
        (
            ginc(
                "I1",
                (
                    gclaim(
                        "casualties",
                        "The Observatory said 11 people died.",
                        killed=11,
                        source_kind="monitor",
                    ),
                ),
            ),
        ),
    ),
    gart("C", (ginc("I2", lat=36.0, lon=41.0),)),
    gart("N", (), role="no_incident"),
]


def output(*, split: bool = False) -> SystemOutput:
    origins = {f"/g/{k}.txt": f"art{k}" for k in "ABCN"}
    texts = {"artA": TEXT_A, "artB": TEXT_B, "artC": TEXT_C, "artN": TEXT_N}
    claims = (
        SysClaim("c1", "artA", "casualties", "state_media", (13, 46), killed=7),
        SysClaim("c2", "artA", "denial", "government", (47, 77), attributed_to="United States"),
        SysClaim("c3", "artB", "casualties", "media", (26, 62), killed=12),
        SysClaim("c4", "artC", "attribution", "unnamed", (0, 10)),
    )
    first = frozenset({"artA"} if split else {"artA", "artB"})
    incidents = [
        SysIncident(
            "inc1", "airstrike", dt.date(2020, 1, 6), 35.1, 40.0, first, frozenset({"perpetrator"})
        ),
        SysIncident("inc2", "ground_raid", None, 30.0, 30.0, frozenset({"artC", "artN"})),
    ]
    if split:
        incidents.append(SysIncident("inc3", "airstrike", None, None, None, frozenset({"artB"})))
    return SystemOutput(tuple(incidents), claims, origins, texts)


def test_prf_arithmetic() -> None:
    prf = PRF(tp=2, fp=1, fn=2)
    assert prf.precision == pytest.approx(2 / 3)
    assert prf.recall == pytest.approx(0.5)
    assert prf.f1 == pytest.approx(2 * (2 / 3) * 0.5 / (2 / 3 + 0.5))
    assert PRF().precision is None and PRF().f1 is None


def test_scores_by_hand() -> None:
    m = score(GOLD, output())
    # gold pairs {A-B}; system pairs: {A-B} (inc1) and {C-N} (inc2)
    assert (m.pair_clustering.tp, m.pair_clustering.fp, m.pair_clustering.fn) == (1, 1, 0)
    # casualties: A 7=7 matches; B gold 11 vs system 12 does not
    assert (m.casualty_claims.tp, m.casualty_claims.fp, m.casualty_claims.fn) == (1, 1, 1)
    # denial matched by quote overlap; the attribution of A was missed; C's is a false positive
    assert (m.denials.tp, m.denials.fp, m.denials.fn) == (1, 0, 0)
    assert (m.attributions.tp, m.attributions.fp, m.attributions.fn) == (0, 1, 1)
    # claimant kinds of matched claims: casualty state_media ok, denial government ok
    assert (m.claimant_kind.hits, m.claimant_kind.total) == (2, 2)
    # I1 -> inc1 at ~11 km: placed; I2 -> inc2 far away: not placed
    assert (m.placed_25km.hits, m.placed_25km.total) == (1, 2)
    # I1 dated 2020-01-05 vs 2020-01-06: within a day; I2 -> inc2 undated
    assert (m.dated_1day.hits, m.dated_1day.total) == (1, 2)
    # gold flags derived: I1 has a denial by the accused and an attribution -> perpetrator;
    # tolls 7 and 11 differ -> killed. System flags perpetrator only.
    assert (m.contradiction_flags.tp, m.contradiction_flags.fp, m.contradiction_flags.fn) == (
        1,
        0,
        1,
    )
    # the no_incident article is a primary report of inc2
    assert (m.false_incident_rate.hits, m.false_incident_rate.total) == (1, 1)
    # type: A inc1 airstrike ok, B inc1 ok, C inc2 ground_raid vs airstrike wrong
    assert (m.type_accuracy.hits, m.type_accuracy.total) == (2, 3)


def test_split_cluster_loses_recall() -> None:
    m = score(GOLD, output(split=True))
    assert (m.pair_clustering.tp, m.pair_clustering.fp, m.pair_clustering.fn) == (0, 1, 1)


def test_casualty_values() -> None:
    gold = GoldClaim("casualties", "s", "monitor", "q", killed=None, killed_min=2, killed_max=3)
    assert casualty_values_agree(
        gold, SysClaim("x", "a", "casualties", "m", (0, 1), killed_min=2, killed_max=3)
    )
    assert not casualty_values_agree(gold, SysClaim("x", "a", "casualties", "m", (0, 1), killed=3))
    vague = GoldClaim("casualties", "s", "monitor", "q")
    assert casualty_values_agree(vague, SysClaim("x", "a", "casualties", "m", (0, 1)))


def test_quote_location_tolerates_whitespace() -> None:
    assert locate_quote("a  b\nc d", "b c") == (3, 6)
    assert locate_quote("abc", "zzz") is None


def test_haversine() -> None:
    assert haversine_km(0, 0, 0, 1) == pytest.approx(111.19, rel=1e-3)


def test_gold_types() -> None:
    assert gold_types("rocket/missile attack on base") == {"rocket_attack", "missile_strike"}
    assert gold_types("drone attack on base") == {"drone_attack"}
    assert gold_types("something") == {"other"}


def test_load_gold(tmp_path: Path) -> None:
    line = {
        "id": "X1",
        "file": "x.txt",
        "set_role": "no_incident",
        "published": "2021-07-12",
        "incidents": [
            {
                "incident_id": "I9",
                "role": "background",
                "type": "airstrike",
                "date": None,
                "lat": None,
                "lon": None,
                "claims": [
                    {
                        "claim": "denial",
                        "source": "US",
                        "source_kind": "government",
                        "quote": "no",
                        "by_accused": True,
                    }
                ],
            }
        ],
    }
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(line) + "\n\n", encoding="utf-8")
    [article] = load_gold(path)
    assert article.path == tmp_path / "x.txt" and article.published == dt.date(2021, 7, 12)
    assert article.primary() == () and article.incidents[0].claims[0].by_accused is True
