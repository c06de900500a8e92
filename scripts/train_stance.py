"""Train the sentence stance model (``extract.stance-model@1``) and write its weights.

    python scripts/train_stance.py [--exclude SET ...] [--no-curated] [--out FILE]

Examples: every sentence of the gold sets' articles, labelled with the stance kinds
(attribution, denial, confirmation) of the gold claims whose quote overlaps it (none: a
negative), plus the curated sentences of ``src/contested/data/stance_sentences.jsonl``.
Features: the sentence's MiniLM vector. ``--exclude heldout4`` leaves a set out (and the
curated sentences marked as echoing it), for the leave-one-set-out estimate
(``benchmarks/stance_loso.py``). The gold sets are named one by one: a blind set added later
is never read by accident. Deterministic: the same examples give the same bytes.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

from contested.evaluate.gold import load_gold
from contested.evaluate.metrics import locate_quote, spans_overlap
from contested.extract.sentences import split_sentences
from contested.extract.stance_model import KINDS, WEIGHTS, train
from contested.resolve.embedding import MiniLMEmbedder

ROOT = Path(__file__).resolve().parents[1]
GOLD_SETS: dict[str, Path] = {
    "dev": ROOT / "tests" / "gold" / "dev" / "gold.jsonl",
    "demo": ROOT / "demo" / "gold.jsonl",
    "heldout": ROOT / "tests" / "gold" / "heldout" / "gold.jsonl",
    "heldout2": ROOT / "tests" / "gold" / "heldout2" / "gold.jsonl",
    "heldout3": ROOT / "tests" / "gold" / "heldout3" / "gold.jsonl",
    "heldout4": ROOT / "tests" / "gold" / "heldout4" / "gold.jsonl",
    "heldout5": ROOT / "tests" / "gold" / "heldout5" / "gold.jsonl",  # seen since session 6
    "heldout6": ROOT / "tests" / "gold" / "heldout6" / "gold.jsonl",  # seen since session 8
    "heldout7": ROOT / "tests" / "gold" / "heldout7" / "gold.jsonl",  # seen since session 8
    "seeds": ROOT.parent / "shared" / "seeds" / "gold.jsonl",
}
CURATED = ROOT / "src" / "contested" / "data" / "stance_sentences.jsonl"

Example = tuple[str, frozenset[str], str]  # sentence, kinds, group


def gold_examples(name: str, path: Path) -> list[Example]:
    """Every sentence of the set's articles with the stance kinds gold gives it."""
    out: list[Example] = []
    for article in load_gold(path):
        text = article.path.read_text(encoding="utf-8")
        quotes = [
            (claim.kind, locate_quote(text, claim.quote))
            for incident in article.incidents
            for claim in incident.claims
            if claim.kind in KINDS
        ]
        for sentence in split_sentences(text):
            at = (sentence.span.start, sentence.span.end)
            kinds = frozenset(k for k, span in quotes if span and spans_overlap(span, at))
            out.append((sentence.text.strip(), kinds, name))
    return out


def curated_examples(excluded: set[str]) -> list[Example]:
    out: list[Example] = []
    for line in CURATED.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            if record.get("echoes") not in excluded:
                out.append((record["text"], frozenset(record["kinds"]), "curated"))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--exclude", action="append", default=[], choices=sorted(GOLD_SETS))
    parser.add_argument("--no-curated", action="store_true")
    parser.add_argument("--out", type=Path, default=WEIGHTS)
    args = parser.parse_args()
    excluded = set(args.exclude)
    examples: list[Example] = []
    for name, path in GOLD_SETS.items():
        if name in excluded:
            continue
        if not path.exists():
            print(f"skip {name}: {path} absent", file=sys.stderr)
            continue
        examples.extend(gold_examples(name, path))
    if not args.no_curated:
        examples.extend(curated_examples(excluded))
    examples = [e for e in examples if e[0]]
    embedder = MiniLMEmbedder()
    vectors = embedder.embed([e[0] for e in examples])
    model = train(vectors, [e[1] for e in examples], [e[2] for e in examples], embedder.name)
    args.out.write_text(json.dumps(model.to_json(), sort_keys=True), encoding="utf-8")
    counts = {k: sum(k in e[1] for e in examples) for k in KINDS}
    print(
        f"{len(examples)} sentences {counts}; thresholds "
        f"{dict(zip(KINDS, np.round(model.thresholds, 2).tolist(), strict=True))}; "
        f"{model.component} -> {args.out}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
