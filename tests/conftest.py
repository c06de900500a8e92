"""Shared fixtures: where a test's store lives (see ``backends.py``)."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from backends import BACKEND


@pytest.fixture(scope="session")
def pg_server() -> Iterator[object]:
    """A PostgreSQL server for the session (skips when the binaries are missing)."""
    from pg_server import EXISTING, Server, binaries

    if not EXISTING and binaries() is None:
        pytest.skip("PostgreSQL server binaries not found: run scripts/setup")
    server = Server()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def new_store_target(request: pytest.FixtureRequest) -> Callable[[Path], str]:
    """``make(folder) -> target``: a SQLite file in ``folder``, or a fresh PostgreSQL
    database when the suite runs on PostgreSQL."""

    def make(folder: Path, name: str = "store.db") -> str:
        if BACKEND == "postgresql":
            return str(request.getfixturevalue("pg_server").database())
        return str(folder / name)

    return make


@pytest.fixture(scope="session")
def copy_store_target(request: pytest.FixtureRequest) -> Callable[[str, Path], str]:
    """``copy(target, folder) -> target``: a copy of a (closed) store, to change freely: a
    file copy, or on PostgreSQL a new database made from the first as a template."""

    def copy(target: str, folder: Path) -> str:
        if BACKEND == "postgresql":
            return str(request.getfixturevalue("pg_server").copy(target))
        copied = folder / f"copy-{Path(target).name}"
        shutil.copyfile(target, copied)
        return str(copied)

    return copy


@pytest.fixture
def store_target(new_store_target: Callable[[Path], str], tmp_path: Path) -> str:
    return new_store_target(tmp_path)
