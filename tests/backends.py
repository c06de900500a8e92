"""Which store backend the suite runs against: SQLite (default) or PostgreSQL.

    CONTESTED_TEST_BACKEND=postgresql pytest ...   # every store-using test on a real server

Every test that uses a store takes it from the fixtures in conftest.py: ``store_target`` (a
fresh store), ``new_store_target(folder, name)`` (more of them, or module-scoped ones) and
``copy_store_target(target, folder)`` (a copy to change freely): SQLite files, or fresh
databases on a PostgreSQL server the tests start themselves (``pg_server.py``). The few tests
of SQLite-file specifics carry ``sqlite_only(reason)``; ``scripts/test`` runs the whole suite
on each backend.
"""

from __future__ import annotations

import os

import pytest

BACKEND = os.environ.get("CONTESTED_TEST_BACKEND", "sqlite")
if BACKEND not in ("sqlite", "postgresql"):
    raise RuntimeError(f"CONTESTED_TEST_BACKEND must be sqlite or postgresql, not {BACKEND!r}")



def sqlite_only(what: str) -> pytest.MarkDecorator:
    """Skip on PostgreSQL: the test checks ``what``, a property of SQLite files."""
    return pytest.mark.skipif(BACKEND == "postgresql", reason=f"SQLite file specific: {what}")
