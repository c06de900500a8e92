"""A throwaway PostgreSQL server for the tests: initdb in a temporary folder (default collation
ICU en-US, like a server set up in an English locale), pg_ctl start on a free port (as the
``postgres`` user when we are root: the server refuses to run as root), one fresh database
per test, stopped at the end.

``CONTESTED_TEST_POSTGRES_URL`` (a server's URL, e.g. ``postgresql://me@localhost:5432/``)
uses that server instead of starting one.
"""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import psycopg

EXISTING = os.environ.get("CONTESTED_TEST_POSTGRES_URL")


def binaries() -> Path | None:
    """The folder of initdb and pg_ctl (Debian keeps them out of PATH)."""
    for folder in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if Path(folder, "pg_ctl").exists():
            return Path(folder)
    found = shutil.which("pg_ctl")
    return Path(found).parent if found else None


def _collation(bin_dir: Path) -> list[str]:
    """A language collation by default, as a server set up with en_US.UTF-8 would have (text
    sorts by language rules there, not by code point as in SQLite): ICU's en-US, PostgreSQL 15
    and later."""
    version = bin_dir.parent.name
    if version.isdigit() and int(version) >= 15:
        return ["--locale-provider=icu", "--icu-locale=en-US"]
    return []


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _as_server_user(args: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return args
    return ["runuser", "-u", "postgres", "--", *args]


class Server:
    """A running PostgreSQL server; ``database()`` makes a fresh, empty database."""

    def __init__(self) -> None:
        self._names = itertools.count()
        self._folder: Path | None = None
        if EXISTING:
            self.base = EXISTING.rstrip("/")
            return
        self._folder = Path(tempfile.mkdtemp(prefix="contested-pg-"))
        self.port = _free_port()
        self._start(self._folder)
        self.base = f"postgresql://postgres@127.0.0.1:{self.port}"

    def _start(self, folder: Path) -> None:
        bin_dir = binaries()
        if bin_dir is None:
            raise RuntimeError("PostgreSQL server binaries not found: run scripts/setup")
        if os.geteuid() == 0:
            shutil.chown(folder, "postgres", "postgres")
        data = folder / "data"
        self._ctl = [str(bin_dir / "pg_ctl"), "-D", str(data)]
        self._run([str(bin_dir / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust",
                   "--encoding=UTF8", "--locale=C.UTF-8", *_collation(bin_dir), "--no-sync"])
        options = (f"-p {self.port} -c listen_addresses=127.0.0.1 -k {folder} -c fsync=off "
                   "-c synchronous_commit=off -c full_page_writes=off -c max_connections=60")
        self._run([*self._ctl, "-o", options, "-l", str(folder / "log"), "-w", "start"])

    def _run(self, args: list[str]) -> None:
        done = subprocess.run(_as_server_user(args), capture_output=True, text=True,
                              timeout=180, check=False)
        if done.returncode != 0:
            raise RuntimeError(f"{args[0]} failed: {done.stdout[-2000:]} {done.stderr[-2000:]}")

    def database(self, prefix: str = "t", template: str | None = None) -> str:
        """The URL of a new database: empty, or a copy of the database ``template`` names."""
        name = f"contested_{prefix}_{os.getpid()}_{next(self._names)}"
        copied = f' TEMPLATE "{template}"' if template else ""
        with psycopg.connect(f"{self.base}/postgres", autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"{copied}')
        return f"{self.base}/{name}"

    def copy(self, url: str) -> str:
        """A new database with the content of the (unused) database at ``url``."""
        return self.database("copy", template=url.rsplit("/", 1)[1])

    def stop(self) -> None:
        if self._folder is None:
            return
        subprocess.run(_as_server_user([*self._ctl, "-m", "immediate", "stop"]),
                       capture_output=True, timeout=120, check=False)
        shutil.rmtree(self._folder, ignore_errors=True)
        self._folder = None
