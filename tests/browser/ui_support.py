"""Helpers of the browser tests: a real ``contested serve`` process on the demo database, driven by Debian's headless
Chromium through Playwright (``executable_path``; Playwright's own browsers are never
downloaded). ``scripts/setup`` installs chromium; without it these tests skip."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from api_support import ROOT

ARTIFACTS = ROOT / "test-artifacts" / "browser"
FLAGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


def chromium_path() -> str | None:
    for candidate in (os.environ.get("CONTESTED_CHROMIUM"), shutil.which("chromium"),
                      "/usr/bin/chromium"):
        if candidate and Path(candidate).exists():
            return candidate
    return None


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def contested_command() -> list[str]:
    script = Path(sys.executable).with_name("contested")
    return [str(script)] if script.exists() else [sys.executable, "-m", "contested.cli"]


@dataclass
class Server:
    url: str
    db: str
    folder: Path
    process: subprocess.Popen[bytes]

    def contested(self, *args: str) -> str:
        """Run another ``contested`` command on the server's database (a separate process)."""
        done = subprocess.run([*contested_command(), *args, "--db", self.db],
                              capture_output=True, text=True, timeout=300, check=False)
        assert done.returncode == 0, done.stderr
        return done.stdout


def wait_until_up(url: str, process: subprocess.Popen[bytes], seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"contested serve exited with {process.returncode}")
        try:
            with urllib.request.urlopen(f"{url}/api/meta", timeout=2):
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"contested serve did not answer on {url}")


@dataclass
class Tab:
    """A fresh browser context and page, with what the page said and tried."""

    page: Any
    server: Server
    dialogs: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def open(self, route: str = "#/") -> None:
        self.page.goto(f"{self.server.url}/{route}")
        self.ready()

    def ready(self) -> None:
        """Wait until the app has rendered the current route (no eval: the CSP forbids it)."""
        fragment = urlsplit(self.page.url).fragment
        route = f"#{fragment}" if fragment else "#/"
        self.page.wait_for_selector(f"body[data-ready={json.dumps(route)}]", state="attached")

    def shot(self, name: str) -> Path:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        path = ARTIFACTS / f"{name}.png"
        self.page.screenshot(path=str(path), full_page=True)
        return path
