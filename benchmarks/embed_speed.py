"""Speed of the sentence embedder used in resolution: load time (imports + model) and texts/s,
for the ONNX MiniLM that `contested run` uses and for the sentence-transformers (torch) model it
was exported from, on mention-sized passages (the first three sentences of GVA documents, about
the length of a mention's summary). Each embedder runs in its own process. Not a test.

    python benchmarks/embed_speed.py --limit 1000 [--threads 1]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

GVA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "gva-semeval2018t5" / "documents.jsonl"


def passages(limit: int) -> list[str]:
    found: list[str] = []
    with GVA.open(encoding="utf-8") as lines:
        for line in lines:
            sentences = re.split(r"(?<=[.!?])\s+", json.loads(line)["content"].strip())
            passage = " ".join(sentences[:3]).strip()
            if passage:
                found.append(passage)
            if len(found) >= limit:
                break
    return found


def child(kind: str, limit: int) -> dict[str, float]:
    texts = passages(limit)
    start = time.perf_counter()
    if kind == "onnx":
        from contested.resolve.embedding import MiniLMEmbedder

        model = MiniLMEmbedder(int(os.environ.get("CONTESTED_EMBED_THREADS", "0")))
        model.load()
        embed = model.embed
    else:
        from sentence_transformers import SentenceTransformer

        from contested.resolve.minilm import model_dir

        st = SentenceTransformer(str(model_dir()), device="cpu", local_files_only=True)

        def embed(batch: list[str]) -> object:
            return st.encode(batch, batch_size=32, normalize_embeddings=True)

    loaded = time.perf_counter()
    embed(texts)
    done = time.perf_counter()
    heavy = sorted(m for m in ("torch", "transformers", "onnxruntime") if m in sys.modules)
    return {"texts": len(texts), "load_s": loaded - start, "embed_s": done - loaded,
            "modules": heavy}  # type: ignore[dict-item]


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        print(json.dumps(child(sys.argv[2], int(sys.argv[3]))))
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=1000)
    parser.add_argument("--threads", type=int, help="CONTESTED_EMBED_THREADS for the ONNX model")
    args = parser.parse_args()
    env = dict(os.environ)
    if args.threads is not None:
        env["CONTESTED_EMBED_THREADS"] = str(args.threads)
    print("| embedder | texts | load s (imports + model) | embed s | texts/s | heavy modules | load avg |")
    print("|---|---:|---:|---:|---:|---|---:|")
    for kind, label in (("onnx", "ONNX MiniLM, onnxruntime (run path)"),
                        ("torch", "sentence-transformers MiniLM (torch, before)")):
        load = os.getloadavg()[0]
        out = subprocess.run([sys.executable, __file__, "--child", kind, str(args.limit)],
                             capture_output=True, text=True, check=True, env=env).stdout
        r = json.loads(out.strip().splitlines()[-1])
        print(f"| {label} | {r['texts']} | {r['load_s']:.1f} | {r['embed_s']:.1f} | "
              f"{r['texts'] / r['embed_s']:.0f} | {', '.join(r['modules'])} | "
              f"{max(load, os.getloadavg()[0]):.1f} |", flush=True)


if __name__ == "__main__":
    main()
