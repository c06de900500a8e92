"""Claims on stories whose parties the lexicon does not know: every actor a gold set names is
withheld from the actor lexicon, and the set is scored again.

    python benchmarks/claims_unknown_names.py [--non-state] GOLD.jsonl [GOLD.jsonl ...]

A blind set from a new theatre names armed groups, armies and militias that ``data/actors.json``
has never held; the seen sets' scores flatter the system because their parties were curated
after they were read. Withholding all of them (states too) is a pessimistic stand-in for an
unseen theatre; ``--non-state`` withholds only armed groups, militias and coalitions (the states
of the world are few and curated; a new theatre's groups are not): what is left is what the sentence structure and the shapes of names give
(``extract.actors.unknown_parties``). Prints, per set, denials, attributions, confirmations and
claimant kind with the full lexicon and with the set's names withheld. Runs in one process
(one worker), so the withheld lexicon is the one the extractor loads.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from contested.evaluate import gold_output
from contested.evaluate.gold import GoldArticle, load_gold
from contested.evaluate.metrics import Metrics, score
from contested.extract import actors, claimants


def named_actors(golds: list[GoldArticle], non_state: bool = False) -> set[str]:
    """Canonical names of every actor the set's texts name (only the non-state ones)."""
    lexicon = actors.load_actors()
    names: set[str] = set()
    for gold in golds:
        text = gold.path.read_text(encoding="utf-8")
        names |= {
            hit.canonical
            for hit in lexicon.find(text)
            if not non_state or hit.kind in ("non_state", "militia", "coalition")
        }
    return names


def _withhold(names: set[str]) -> None:
    entries = actors._builtin_entries
    kept = [e for e in entries() if e["canonical"] not in names]

    def builtin() -> list[dict[str, Any]]:
        return kept

    actors._builtin_entries = builtin  # type: ignore[assignment]
    actors._load.cache_clear()
    claimants._load.cache_clear()


def _line(label: str, metrics: Metrics) -> str:
    def f1(prf: Any) -> str:
        return "  -  " if prf.f1 is None else f"{prf.f1:.3f}"

    kind = metrics.claimant_kind
    return (
        f"{label:<16} denials {f1(metrics.denials)} (tp {metrics.denials.tp} fn "
        f"{metrics.denials.fn} fp {metrics.denials.fp})  attributions {f1(metrics.attributions)} "
        f"(tp {metrics.attributions.tp} fn {metrics.attributions.fn} fp {metrics.attributions.fp})"
        f"  confirmations {f1(metrics.confirmations)}  claimant kind "
        f"{kind.value or 0:.3f} ({kind.hits}/{kind.total})"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="+", type=Path)
    parser.add_argument("--non-state", action="store_true", help="withhold only armed groups")
    args = parser.parse_args()
    original = actors._builtin_entries
    for path in args.gold:
        actors._builtin_entries = original  # type: ignore[assignment]
        actors._load.cache_clear()
        claimants._load.cache_clear()
        golds = load_gold(path)
        full = score(golds, gold_output(golds))
        names = named_actors(golds, args.non_state)
        _withhold(names)
        blind = score(golds, gold_output(golds))
        print(f"== {path} ({len(names)} actors withheld)")
        print(_line("full lexicon", full))
        print(_line("names withheld", blind))
    return 0


if __name__ == "__main__":
    sys.exit(main())
