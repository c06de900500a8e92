"""Which store backend the suite runs against: SQLite (default) or PostgreSQL.

    CONTESTED_TEST_BACKEND=postgresql pytest ...   # every store-using test on a real server

Store-using tests take the ``store_target`` fixture (conftest.py): a SQLite file path, or the
URL of a fresh database on a PostgreSQL server the tests start themselves.
"""

from __future__ import annotations

import os

import pytest

BACKEND = os.environ.get("CONTESTED_TEST_BACKEND", "sqlite")
if BACKEND not in ("sqlite", "postgresql"):
    raise RuntimeError(f"CONTESTED_TEST_BACKEND must be sqlite or postgresql, not {BACKEND!r}")

sqlite_only = pytest.mark.skipif(
    BACKEND == "postgresql", reason="checks SQLite file specifics (PostgreSQL: test_store_postgres)"
)
