"""A store reader process for the concurrency tests: reads the store in a loop (the queries
`contested incidents/show/export` make), counting reads and errors, until a deadline or a stop
file appears; prints one JSON line.

    python tests/store_reader.py DB SECONDS STOP_FILE
"""

from __future__ import annotations

import io
import json
import random
import sys
import time
from pathlib import Path

from contested.errors import ContestedError
from contested.export import write_export
from contested.store import IncidentFilter, Store, open_store


def read_once(store: Store, rng: random.Random) -> None:
    """One round of user-facing reads; checks that no incident is half-written."""
    page = store.list_incidents(limit=50, sort=rng.choice(["-date", "id", "-killed"]))
    store.count_incidents(IncidentFilter(country="SY"))
    store.list_incidents(IncidentFilter(q=rng.choice(["airstrike", "Raqqa market", "drone"])),
                         limit=20)
    for incident in page[:5]:
        assert incident.reports, f"{incident.incident_id} has no reports"
        assert any(r.role == "primary" for r in incident.reports), incident.incident_id
        store.claims_of(incident.incident_id)
        store.incident(incident.incident_id)
    if rng.random() < 0.1:
        write_export(store, "jsonl", io.StringIO())


def main() -> None:
    db, seconds, stop = sys.argv[1], float(sys.argv[2]), Path(sys.argv[3])
    rng = random.Random(db + str(time.time()))
    deadline = time.monotonic() + seconds
    reads, errors, examples = 0, 0, []
    store = None
    while time.monotonic() < deadline and not stop.exists():
        try:
            if store is None or rng.random() < 0.2:  # reopen now and then, as CLI calls do
                if store is not None:
                    store.close()
                store = open_store(db)
            read_once(store, rng)
            reads += 1
        except (ContestedError, AssertionError) as exc:
            errors += 1
            examples.append(f"{type(exc).__name__}: {exc}"[:300])
    print(json.dumps({"reads": reads, "errors": errors, "examples": examples[:5]}))


if __name__ == "__main__":
    main()
