"""A learned reader of sentence stance: attribution, denial, confirmation.

Component id: ``extract.stance-model@1`` plus the weights' digest (``extract.stance-model@1:
1a2b3c4d``), stamped on the claims it adds. The rules of :mod:`contested.extract.stance` read
the wordings they know precisely; denials and accusations come in more wordings than any cue
list holds ("had no involvement in", "a claim it called a blatant lie", "bore full
responsibility"). This component gives each candidate sentence three independent logistic
scores over its MiniLM sentence vector (the resolver's ONNX model, loaded once per process:
:func:`contested.resolve.embedding.default_embedder`), one per stance kind, and says which
kinds pass their thresholds. The rules keep precedence: the model only adds a kind the rules
did not find in that sentence, and only where an actor is named, so it runs on few sentences.

The weights are trained by ``scripts/train_stance.py`` from the gold sets' claim sentences and
the curated sentences of ``data/stance_sentences.jsonl``; they are data
(``data/stance_model.json``), not code. Without MiniLM (the hashing fallback) the model is
off and the rules alone decide: vectors of another embedder mean nothing to these weights.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

import numpy as np
import numpy.typing as npt

log = logging.getLogger(__name__)

COMPONENT: Final = "extract.stance-model@1"
KINDS: Final = ("attribution", "denial", "confirmation")
WEIGHTS = Path(__file__).resolve().parents[1] / "data" / "stance_model.json"
ENV = "CONTESTED_STANCE_MODEL"  # another weights file (the leave-one-set-out benchmark); "off"

Matrix = npt.NDArray[np.float64]


@dataclass(frozen=True)
class StanceModel:
    """Per kind a weight vector, a bias and a threshold on the logistic score."""

    embedder: str  # the embedder the weights were trained on
    weights: Matrix  # (len(KINDS), dim)
    bias: Matrix  # (len(KINDS),)
    thresholds: Matrix  # (len(KINDS),)
    digest: str

    @property
    def component(self) -> str:
        return f"{COMPONENT}:{self.digest}"

    def scores(self, vectors: npt.NDArray[np.float32]) -> Matrix:
        """Logistic scores, one row per vector, one column per kind."""
        logits = vectors.astype(np.float64) @ self.weights.T + self.bias
        out: Matrix = 1.0 / (1.0 + np.exp(-logits))
        return out

    def kinds(self, vectors: npt.NDArray[np.float32]) -> list[frozenset[str]]:
        """The kinds each vector's sentence asserts."""
        passed = self.scores(vectors) >= self.thresholds
        return [frozenset(k for k, on in zip(KINDS, row, strict=True) if on) for row in passed]

    def to_json(self) -> dict[str, object]:
        return {
            "component": COMPONENT,
            "embedder": self.embedder,
            "kinds": list(KINDS),
            "weights": [[round(float(x), 7) for x in row] for row in self.weights],
            "bias": [round(float(x), 7) for x in self.bias],
            "thresholds": [round(float(x), 4) for x in self.thresholds],
        }


def from_json(data: dict[str, object], digest: str) -> StanceModel:
    if data.get("kinds") != list(KINDS):
        raise ValueError(f"stance model kinds {data.get('kinds')!r}, expected {list(KINDS)!r}")
    return StanceModel(
        embedder=str(data["embedder"]),
        weights=np.asarray(data["weights"], dtype=np.float64),
        bias=np.asarray(data["bias"], dtype=np.float64),
        thresholds=np.asarray(data["thresholds"], dtype=np.float64),
        digest=digest,
    )


def load_model(path: Path) -> StanceModel:
    raw = path.read_bytes()
    return from_json(json.loads(raw), hashlib.sha256(raw).hexdigest()[:8])


class SentenceStance:
    """The model with the embedder it needs; sentences' kinds, memoised per text."""

    def __init__(self, model: StanceModel) -> None:
        from contested.resolve.embedding import default_embedder

        self.model = model
        self._embedder = default_embedder()
        self.enabled = getattr(self._embedder, "name", None) == model.embedder
        if not self.enabled:
            log.warning("stance model off: it needs %s vectors", model.embedder)

    @property
    def component(self) -> str:
        return self.model.component

    @functools.lru_cache(maxsize=4096)  # noqa: B019 (one instance per process)
    def kinds(self, sentence: str) -> frozenset[str]:
        if not self.enabled:
            return frozenset()
        vectors = self._embedder.embed([sentence])
        return self.model.kinds(vectors)[0]


@functools.cache
def sentence_stance() -> SentenceStance | None:
    """The process's stance model (``CONTESTED_STANCE_MODEL`` names another weights file, or
    ``off``); None when off."""
    chosen = os.environ.get(ENV, "")
    if chosen.lower() == "off":
        return None
    path = Path(chosen) if chosen else WEIGHTS
    if not path.exists():
        log.warning("stance model %s is missing: rules only", path)
        return None
    return SentenceStance(load_model(path))


# ---------------------------------------------------------------- training


def fit_logistic(
    x: npt.NDArray[np.float32], y: Sequence[bool], l2: float = 1e-3, steps: int = 600
) -> tuple[Matrix, float]:
    """One logistic regression by full-batch gradient descent (deterministic), the classes
    weighted to equal mass so that a rare kind is not drowned by the negatives."""
    target = np.asarray(y, dtype=np.float64)
    data = x.astype(np.float64)
    positives = max(1.0, float(target.sum()))
    negatives = max(1.0, float(len(target) - target.sum()))
    weight = np.where(target > 0, 0.5 / positives, 0.5 / negatives)
    w = np.zeros(data.shape[1])
    b = 0.0
    rate = 2.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(data @ w + b)))
        error = (p - target) * weight
        w -= rate * (data.T @ error + l2 * w)
        b -= rate * float(error.sum())
    return w, b


def best_threshold(scores: Sequence[float], y: Sequence[bool], beta: float = 0.5) -> float:
    """The threshold in 0.30..0.95 with the best F-beta on held-out scores (the higher on
    ties). Beta 0.5 weighs precision: the model only reads what the rules missed, where a
    false claim costs more than a missed one the rules may still find."""
    best, best_f1 = 0.5, -1.0
    for step in range(30, 96):
        t = step / 100
        tp = sum(s >= t and v for s, v in zip(scores, y, strict=True))
        fp = sum(s >= t and not v for s, v in zip(scores, y, strict=True))
        fn = sum(s < t and v for s, v in zip(scores, y, strict=True))
        b2 = beta * beta
        f1 = (1 + b2) * tp / ((1 + b2) * tp + b2 * fn + fp) if tp else 0.0
        if f1 >= best_f1:
            best, best_f1 = t, f1
    return best


def train(
    vectors: npt.NDArray[np.float32],
    labels: Sequence[frozenset[str]],
    groups: Sequence[str],
    embedder: str,
) -> StanceModel:
    """Weights from all examples; each kind's threshold from out-of-group scores (every group
    of examples held out in turn), so it is chosen on text its weights did not see."""
    names = sorted(set(groups))
    rows, biases, thresholds = [], [], []
    for kind in KINDS:
        y = [kind in label for label in labels]
        held: list[float] = []
        truth: list[bool] = []
        for name in names:
            inside = np.array([g != name for g in groups])
            w, b = fit_logistic(vectors[inside], [v for v, i in zip(y, inside, strict=True) if i])
            out = vectors[~inside].astype(np.float64) @ w + b
            held.extend(float(s) for s in 1.0 / (1.0 + np.exp(-out)))
            truth.extend(v for v, i in zip(y, inside, strict=True) if not i)
        w, b = fit_logistic(vectors, y)
        rows.append(w)
        biases.append(b)
        thresholds.append(best_threshold(held, truth))
    model = StanceModel(
        embedder, np.vstack(rows), np.asarray(biases), np.asarray(thresholds), digest=""
    )
    raw = json.dumps(model.to_json(), sort_keys=True).encode()
    return StanceModel(
        model.embedder,
        model.weights,
        model.bias,
        model.thresholds,
        hashlib.sha256(raw).hexdigest()[:8],
    )
