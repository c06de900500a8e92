"""The ONNX MiniLM (onnxruntime) against the sentence-transformers model it was exported from,
on real texts: the demo corpus (whole articles, their sentences, the mention-sized passages) and
the hand-written fixtures. It must read them the same way (cosine >= 0.99 for every text), and a
`contested run` must not import torch or transformers."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from contested.resolve.embedding import HashingEmbedder, MiniLMEmbedder
from contested.resolve.minilm import build_onnx, ensure_onnx, model_dir

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.slow


def _texts() -> list[str]:
    files = [
        *sorted((ROOT / "demo" / "corpus").iterdir()),
        ROOT / "tests" / "fixtures" / "clean" / "wire_story.txt",
        ROOT / "tests" / "fixtures" / "hostile" / "controls-and-bidi.txt",
    ]
    texts: list[str] = []
    for path in files:
        text = path.read_text(encoding="utf-8", errors="replace")
        sentences = [s for s in re.split(r"(?<=[.!?])\s+", text) if s.strip()]
        passages = [" ".join(sentences[i : i + 3]) for i in range(0, len(sentences), 3)]
        texts += [text, *sentences[:6], *passages]
    with (ROOT / "tests" / "fixtures" / "ingest" / "articles.jsonl").open(encoding="utf-8") as lines:
        texts += [_jsonl_text(line) for line in lines]
    return [t for t in texts if t.strip()]


def _jsonl_text(line: str) -> str:
    try:
        record = json.loads(line)
    except json.JSONDecodeError:  # the fixture holds a deliberately broken line
        return ""
    return str(record.get("text", "")) if isinstance(record, dict) else ""


def test_onnx_vectors_match_sentence_transformers() -> None:
    from sentence_transformers import SentenceTransformer

    texts = _texts()
    assert len(texts) > 200
    reference = SentenceTransformer(str(model_dir()), device="cpu", local_files_only=True)
    expected = reference.encode(texts, batch_size=32, normalize_embeddings=True)
    got = MiniLMEmbedder().embed(texts)
    cosines = np.sum(got * np.asarray(expected, dtype=np.float32), axis=1)
    worst = int(np.argmin(cosines))
    print(f"{len(texts)} texts: cosine min {cosines.min():.6f}, mean {cosines.mean():.6f}")
    assert cosines.min() >= 0.99, f"cosine {cosines[worst]:.4f} on {texts[worst][:80]!r}"


def test_embed_keeps_order_duplicates_and_blank_rows() -> None:
    texts = ["Shelling killed four in Idlib.", "  ", "A market was hit.", "Shelling killed four in Idlib."]
    vectors = MiniLMEmbedder().embed(texts)
    assert vectors.shape == (4, 384)
    assert not vectors[1].any()
    assert np.array_equal(vectors[0], vectors[3])
    assert np.allclose(np.linalg.norm(vectors[[0, 2, 3]], axis=1), 1.0, atol=1e-5)
    alone = MiniLMEmbedder().embed(["A market was hit."])
    assert float(alone[0] @ vectors[2]) > 0.9999


def test_same_texts_same_vectors_in_any_order() -> None:
    texts = _texts()[:120]
    forward = MiniLMEmbedder().embed(texts)
    backward = MiniLMEmbedder().embed(texts[::-1])
    assert np.array_equal(forward, backward[::-1])  # bit for bit: resolution must not depend on order


def test_export_is_deterministic(tmp_path: Path) -> None:
    again = tmp_path / "again.onnx"
    build_onnx(again)
    assert again.read_bytes() == ensure_onnx().read_bytes()
    assert [p.name for p in tmp_path.iterdir()] == ["again.onnx"]  # no temporary file left


def _python(code: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False,
        env={**os.environ, **env}, cwd=ROOT,
    )


def test_a_run_imports_neither_torch_nor_transformers(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from contested.cli import main\n"
        f"try: main(['-q', 'run', 'demo/corpus', '--db', {str(tmp_path / 'x.db')!r}])\n"
        "except SystemExit as exit: assert not exit.code, exit.code\n"
        "from contested.resolve.embedding import default_embedder\n"
        "print(type(default_embedder()).__name__)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('torch', 'transformers')))\n"
    )
    done = _python(code)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-2:] == ["MiniLMEmbedder", "[]"]


def test_falls_back_to_hashing_when_the_model_cannot_load(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be", encoding="utf-8")
    code = (
        "from contested.resolve.embedding import default_embedder\n"
        "print(type(default_embedder()).__name__)\n"
    )
    done = _python(code, CONTESTED_CACHE=str(blocker))
    assert done.stdout.strip() == HashingEmbedder.__name__
    assert "falls back to the hashing embedder" in done.stderr
    chosen = _python(code, CONTESTED_EMBEDDER="hashing")
    assert chosen.stdout.strip() == HashingEmbedder.__name__


def test_batches_side_by_side_give_the_same_vectors() -> None:
    """Resolution embeds several batches at once (one onnxruntime thread each): the vectors
    must be those of one batch after the other, bit for bit, or resolution (and `run` against
    `spark`) would depend on the number of cores."""
    texts = [*_texts()[:150], "  ", _texts()[0]]
    one = MiniLMEmbedder(threads=1).embed(texts)
    assert np.array_equal(one, MiniLMEmbedder(threads=2).embed(texts))
    assert np.array_equal(one, MiniLMEmbedder(threads=3).embed(texts))


def test_wide_batches_run_in_parts_give_the_same_vectors() -> None:
    """A batch of long texts is run in parts of at most TOKEN_BUDGET padded tokens (bounded
    onnxruntime buffers): the vectors must be those of the whole batch at once, bit for bit."""
    import random

    from contested.resolve import minilm

    rng = random.Random(7)
    words = " ".join(_texts()).split()
    texts = [" ".join(rng.choice(words) for _ in range(rng.randint(5, 300))) for _ in range(140)]
    model = minilm.MiniLMOnnx(ensure_onnx(), threads=1)
    assert minilm._rows_per_run(minilm.MAX_TOKENS) < minilm.BATCH  # the parts are exercised
    for _, batch in model.plan(texts):
        whole = model._run(batch, max(len(row) for row in batch))
        assert np.array_equal(whole, model.run_batch(batch))
