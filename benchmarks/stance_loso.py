"""Leave-one-set-out estimate of the learned stance reader (not a test; prints figures).

    python benchmarks/stance_loso.py [--sets heldout2 heldout3 heldout4 dev] [--no-curated]

For each gold set K: train the stance model on every other set (and the curated sentences not
marked as echoing K) with ``scripts/train_stance.py --exclude K``, then ``contested eval`` K
three ways: rules only (``CONTESTED_STANCE_MODEL=off``), rules + the fold's model (K unseen by
the model), and rules + the shipped model (K seen). The middle column is the estimate of how
the model does on text it has not seen. (The rules themselves were tuned on heldout2,
heldout3, dev and demo in earlier rounds; heldout4's rule figures are its blind ones.)
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = {
    "dev": ROOT / "tests" / "gold" / "dev" / "gold.jsonl",
    "heldout2": ROOT / "tests" / "gold" / "heldout2" / "gold.jsonl",
    "heldout3": ROOT / "tests" / "gold" / "heldout3" / "gold.jsonl",
    "heldout4": ROOT / "tests" / "gold" / "heldout4" / "gold.jsonl",
    "heldout5": ROOT / "tests" / "gold" / "heldout5" / "gold.jsonl",
    "heldout6": ROOT / "tests" / "gold" / "heldout6" / "gold.jsonl",
    "heldout7": ROOT / "tests" / "gold" / "heldout7" / "gold.jsonl",
}
# Sets the trainer does not read: their fold is the model trained on everything the trainer
# reads, which never saw them. (The trainer reads every set above since session 8.)
UNTRAINED: frozenset[str] = frozenset()
METRICS = ("casualty_claims", "denials", "attributions", "confirmations", "claimant_kind")


def evaluate(gold: Path, model: str) -> dict[str, dict[str, float]]:
    env = {**os.environ, "CONTESTED_STANCE_MODEL": model}
    out = subprocess.run(
        [str(Path(sys.executable).parent / "contested"), "eval", str(gold), "--json"],
        env=env, check=True, capture_output=True, text=True,
    ).stdout
    data: dict[str, dict[str, float]] = json.loads(out)
    return data


def cell(data: dict[str, dict[str, float]], name: str) -> str:
    value = data[name]
    if "f1" in value:
        return f"{value['f1'] or 0:.3f} ({value['tp']}/{value['fp']}/{value['fn']})"
    return f"{value['value'] or 0:.3f} ({value['hits']}/{value['total']})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", nargs="+", default=list(GOLD), choices=list(GOLD))
    parser.add_argument("--no-curated", action="store_true")
    args = parser.parse_args()
    print("F1 (tp/fp/fn); claimant kind: share (hits/total)")
    print("| set | metric | rules only | rules + model, set unseen | rules + shipped model |")
    print("|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as folder:
        for name in args.sets:
            weights = Path(folder) / f"without-{name}.json"
            exclude = [] if name in UNTRAINED else ["--exclude", name]
            train = [sys.executable, str(ROOT / "scripts" / "train_stance.py"), *exclude,
                     "--out", str(weights)] + (["--no-curated"] if args.no_curated else [])
            subprocess.run(train, check=True, capture_output=True)
            rules = evaluate(GOLD[name], "off")
            unseen = evaluate(GOLD[name], str(weights))
            shipped = evaluate(GOLD[name], "")
            for metric in METRICS:
                print(f"| {name} | {metric} | {cell(rules, metric)} | {cell(unseen, metric)} "
                      f"| {cell(shipped, metric)} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
