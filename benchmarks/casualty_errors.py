"""Casualty-claim errors per article: the gold claims beside the system's, matched by value the
way `contested eval` matches them, printed only where they disagree.

    python benchmarks/casualty_errors.py GOLD.jsonl [GOLD.jsonl ...] [--all]

A diagnosis aid, not a score (`contested eval` is the score): runs the whole pipeline on each gold
file in a temporary store, then lists per article the gold claims no system claim matched
(MISS), the system claims no gold claim took (EXTRA) and, with --all, the matched pairs (ok).
The last line of each file is its casualty-claim P/R/F1.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from contested.evaluate import gold_output
from contested.evaluate.gold import GoldArticle, GoldClaim, load_gold
from contested.evaluate.metrics import PRF, SysClaim, SystemOutput, article_claims
from contested.extract.casualties import find_casualties


def gold_line(claim: GoldClaim) -> str:
    value = claim.killed if claim.killed is not None else (claim.killed_min, claim.killed_max)
    return f"killed={value} injured={claim.injured} [{claim.source}] {claim.quote[:110]!r}"


def sys_line(claim: SysClaim, text: str) -> str:
    value = claim.killed if claim.killed is not None else (claim.killed_min, claim.killed_max)
    quote = text[claim.span[0] : claim.span[1]]
    return f"killed={value} injured={claim.injured} {quote[:110]!r}"


def read(quote: str) -> str:
    """What the casualty reader alone finds in a gold quote: tells a figure misread from a
    figure read but lost on the way to a claim (a sentence joined to no incident)."""
    figures = find_casualties(quote)
    return "; ".join(f"{f.kind}={f.value or (f.min, f.max)}" for f in figures) or "nothing"


def article_errors(gold: GoldArticle, out: SystemOutput, show_all: bool) -> tuple[PRF, list[str]]:
    golds, syss, text, pairs = article_claims(gold, out, "casualties")
    taken_gold = [g for g, _ in pairs]
    taken_sys = [s for _, s in pairs]
    lines = [
        f"  MISS  {gold_line(g)}\n        read: {read(g.quote)}"
        for g in golds
        if g not in taken_gold
    ]
    lines += [f"  EXTRA {sys_line(s, text)}" for s in syss if s not in taken_sys]
    if show_all:
        lines += [f"  ok    {gold_line(g)}" for g, _ in pairs]
    return PRF(len(pairs), len(syss) - len(pairs), len(golds) - len(pairs)), lines


def run(path: Path, show_all: bool) -> PRF:
    golds = load_gold(path)
    total = PRF()
    out = gold_output(golds)
    for gold in golds:
        prf, lines = article_errors(gold, out, show_all)
        total = total + prf
        if lines:
            print(f"{gold.gold_id} {gold.path.name}")
            print("\n".join(lines))
    return total


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="+", type=Path)
    parser.add_argument("--all", action="store_true", help="print the matched claims too")
    args = parser.parse_args()
    for path in args.gold:
        total = run(path, args.all)
        f1 = "-" if total.f1 is None else f"{total.f1:.3f}"
        print(f"== {path}: tp {total.tp} fp {total.fp} fn {total.fn} F1 {f1}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
