"""How many cores a command's process tree wants, second by second, whatever else runs.

Runs the command; every ``--every`` seconds sums, over every thread of the command and its
descendants, ``/proc/<pid>/task/<tid>/schedstat`` (time on a CPU, time waiting on the run
queue). *demand* = (CPU + waiting) / interval: the cores the tree could have used. Other
processes on a shared machine turn demand into waiting but do not change it, so a phase with
demand 1.0 on a 2-core machine leaves a core idle by design, not because of the load.

    python benchmarks/demand.py --every 2 -- contested -q run mixed.jsonl --db x.db --workers 2

Not a test: it prints a timeline (see docs/benchmarks.md, "Scale, session 4").
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from run import _tree  # the process tree walker of benchmarks/run.py


class Demand:
    """Cumulative (CPU ns, run-queue wait ns) of every thread seen in a process tree."""

    def __init__(self, root: int) -> None:
        self.root = root
        self.seen: dict[tuple[int, int], tuple[int, int]] = {}

    def sample(self) -> tuple[int, int]:
        for pid in _tree(self.root):
            try:
                tids = os.listdir(f"/proc/{pid}/task")
            except OSError:
                continue
            for tid in tids:
                try:
                    with open(f"/proc/{pid}/task/{tid}/schedstat", encoding="ascii") as stat:
                        run, wait, _ = (int(x) for x in stat.read().split())
                except (OSError, ValueError):
                    continue
                self.seen[(pid, int(tid))] = (run, wait)  # exited threads keep their last sample
        return sum(r for r, _ in self.seen.values()), sum(w for _, w in self.seen.values())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--every", type=float, default=1.0, help="seconds between samples")
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        parser.error("give the command to run after --")
    start = last_time = time.perf_counter()
    proc = subprocess.Popen(command)
    demand, last = Demand(proc.pid), (0, 0)
    print("| s | CPU (cores) | demand (cores) | load |\n|---:|---:|---:|---:|")
    while proc.poll() is None:
        time.sleep(args.every)
        now, current = time.perf_counter(), demand.sample()
        span = (now - last_time) * 1e9
        cpu = (current[0] - last[0]) / span
        wanted = (sum(current) - sum(last)) / span
        print(f"| {now - start:.1f} | {cpu:.2f} | {wanted:.2f} | {os.getloadavg()[0]:.1f} |",
              flush=True)
        last, last_time = current, now
    print(f"\nwall {time.perf_counter() - start:.1f} s, CPU {last[0] / 1e9:.1f} s, demand "
          f"{sum(last) / 1e9:.1f} core-s, exit {proc.returncode}")


if __name__ == "__main__":
    main()
