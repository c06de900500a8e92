"""Stance-claim and claimant-kind errors per article: gold denials, attributions and
confirmations beside the system's, matched by quote overlap the way `contested eval` matches
them, and the matched claims (casualties too) whose claimant kind disagrees.

    python benchmarks/claim_errors.py GOLD.jsonl [GOLD.jsonl ...] [--all]

A diagnosis aid, not a score (`contested eval` is the score): runs the whole pipeline on each gold
file in a temporary store, then lists per article the gold claims no system claim matched
(MISS), the system claims no gold claim took (EXTRA), the matched claims of another claimant
kind (KIND) and, with --all, the matched pairs (ok). The last lines of each file are the P/R/F1
per kind.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from contested.evaluate import gold_output
from contested.evaluate.gold import GoldArticle, GoldClaim, load_gold
from contested.evaluate.metrics import PRF, SysClaim, SystemOutput, article_claims

KINDS = ("denial", "attribution", "confirmation")


def gold_line(claim: GoldClaim) -> str:
    return (
        f"{claim.kind[:5]} kind={claim.source_kind} to={claim.attributed_to} "
        f"[{claim.source}] {claim.quote[:120]!r}"
    )


def sys_line(claim: SysClaim, text: str) -> str:
    quote = text[claim.span[0] : claim.span[1]]
    return f"{claim.kind[:5]} kind={claim.source_kind} to={claim.attributed_to} {quote[:120]!r}"


def kind_errors(
    gold: GoldArticle, out: SystemOutput, kind: str, show_all: bool
) -> tuple[PRF, list[str]]:
    golds, syss, text, pairs = article_claims(gold, out, kind)
    taken_gold = [g for g, _ in pairs]
    taken_sys = [s for _, s in pairs]
    lines: list[str] = []
    if kind != "casualties":
        lines += [f"  MISS  {gold_line(g)}" for g in golds if g not in taken_gold]
        lines += [f"  EXTRA {sys_line(s, text)}" for s in syss if s not in taken_sys]
    lines += [
        f"  KIND  {gold_line(g)}\n        system: {s.source_kind}"
        for g, s in pairs
        if g.source_kind != s.source_kind
    ]
    if show_all:
        lines += [f"  ok    {gold_line(g)}" for g, _ in pairs]
    return PRF(len(pairs), len(syss) - len(pairs), len(golds) - len(pairs)), lines


def run(path: Path, show_all: bool) -> dict[str, PRF]:
    golds = load_gold(path)
    totals = {kind: PRF() for kind in (*KINDS, "casualties")}
    out = gold_output(golds)
    for gold in golds:
        lines: list[str] = []
        for kind in totals:
            prf, found = kind_errors(gold, out, kind, show_all)
            totals[kind] = totals[kind] + prf
            lines += found
        if lines:
            print(f"{gold.gold_id} {gold.path.name}")
            print("\n".join(lines))
    return totals


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="+", type=Path)
    parser.add_argument("--all", action="store_true", help="print the matched claims too")
    args = parser.parse_args()
    for path in args.gold:
        for kind, total in run(path, args.all).items():
            f1 = "-" if total.f1 is None else f"{total.f1:.3f}"
            print(f"== {path} {kind}: tp {total.tp} fp {total.fp} fn {total.fn} F1 {f1}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
