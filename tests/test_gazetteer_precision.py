"""ACLED and UCDP precision codes from the words around a place name."""

from __future__ import annotations

import pytest

from contested.gazetteer import precision_from_text, ucdp_precision_from_text


@pytest.mark.parametrize("before,feature,after,acled,ucdp", [
    ("in the village of", "PPL", "", 1, 1),
    ("in", "PPL", "", 1, 1),
    ("near", "PPL", "", 2, 2),
    ("in the countryside of", "PPL", "", 2, 2),
    ("10 km southeast of", "PPL", "", 2, 2),
    ("on the outskirts of", "PPL", "", 2, 2),
    ("in", "PPL", "province", 3, 4),
    ("in", "ADM1", "", 3, 4),
    ("across", "PCLI", "", 3, 6),
    ("in northern", "PCLI", "", 3, 5),
    ("at the", "oilfield", "", 2, 2),
    ("in", "PPL", "district", 2, 3),
])
def test_precision_codes(before: str, feature: str, after: str, acled: int, ucdp: int) -> None:
    assert precision_from_text(before, feature, after) == acled
    assert ucdp_precision_from_text(before, feature, after) == ucdp
