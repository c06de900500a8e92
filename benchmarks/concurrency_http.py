"""8 API readers and 1 writer (not a test; prints figures): `contested serve` answers 8 client
threads for SECONDS while `contested run` keeps writing to the same store (SQLite WAL, or a
postgresql:// URL); every response must be a 200 with the JSON expected.

    python benchmarks/concurrency_http.py                 # 60 s, SQLite file in a temp folder
    python benchmarks/concurrency_http.py --seconds 20 --db postgresql://me@localhost/contested
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from synthetic_corpus import write_jsonl

CONTESTED = str(Path(sys.executable).parent / "contested")
PATHS = ["/api/incidents?limit=50", "/api/incidents?sort=-killed&limit=20",
         "/api/incidents?country=SY&since=2018-06-01", "/api/incidents?q=market",
         "/api/timeline", "/api/incidents.geojson", "/api/outlets", "/api/meta"]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_up(base: str, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(base + "/api/meta", timeout=5).read()
            return
        except (urllib.error.URLError, OSError):
            time.sleep(0.5)
    raise RuntimeError("contested serve did not come up")


def reader(base: str, stop: threading.Event, tally: Counter[str], errors: list[str]) -> None:
    n = 0
    while not stop.is_set():
        path = PATHS[n % len(PATHS)]
        n += 1
        try:
            with urllib.request.urlopen(base + path, timeout=60) as response:
                json.loads(response.read())
                tally["ok"] += 1
        except (urllib.error.URLError, OSError, ValueError) as exc:
            tally["error"] += 1
            errors.append(f"{path}: {exc}"[:300])


def writer(corpora: list[Path], db: str, stop: threading.Event, runs: list[int]) -> None:
    for corpus in corpora:
        if stop.is_set():
            return
        done = subprocess.run([CONTESTED, "-q", "run", str(corpus), "--db", db,
                               "--batch-size", "20"], capture_output=True, text=True, check=False)
        runs.append(done.returncode)
        if done.returncode != 0:
            print(done.stderr[-2000:], file=sys.stderr)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--readers", type=int, default=8)
    parser.add_argument("--db", help="store (default: a SQLite file in a temp folder)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="contested-http-") as folder:
        db = args.db or str(Path(folder) / "busy.db")
        corpora = [write_jsonl(Path(folder) / f"c{i}.jsonl", 150, seed=100 + i) for i in range(40)]
        subprocess.run([CONTESTED, "-q", "run", str(corpora.pop()), "--db", db], check=True)
        port = free_port()
        server = subprocess.Popen([CONTESTED, "serve", "--db", db, "--port", str(port)],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                                  env=dict(os.environ))
        base = f"http://127.0.0.1:{port}"
        try:
            wait_up(base)
            stop, tally, errors, runs = threading.Event(), Counter[str](), [], []
            threads = [threading.Thread(target=reader, args=(base, stop, tally, errors))
                       for _ in range(args.readers)]
            threads.append(threading.Thread(target=writer, args=(corpora, db, stop, runs)))
            for thread in threads:
                thread.start()
            time.sleep(args.seconds)
            stop.set()
            for thread in threads:
                thread.join()
        finally:
            server.terminate()
            server.wait(timeout=30)
    print(f"{args.readers} readers, 1 writer, {args.seconds:g} s: {tally['ok']} responses ok, "
          f"{tally['error']} errors; writer: {len(runs)} runs, {sum(r != 0 for r in runs)} failed")
    for line in errors[:10]:
        print("  " + line)
    sys.exit(1 if tally["error"] or any(runs) else 0)


if __name__ == "__main__":
    main()
