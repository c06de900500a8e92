"""Fixtures: a ``contested serve`` process on the demo store (SQLite or PostgreSQL, see
backends.py) and a headless Chromium."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from ui_support import (
    FLAGS,
    Server,
    Tab,
    chromium_path,
    contested_command,
    free_port,
    wait_until_up,
)

from api_support import TOKEN, build_demo_db


@pytest.fixture(scope="session")
def server(
    tmp_path_factory: pytest.TempPathFactory, new_store_target: Callable[[Path, str], str]
) -> Iterator[Server]:
    if chromium_path() is None:
        pytest.skip("no chromium: run scripts/setup (apt-get install -y chromium)")
    folder = tmp_path_factory.mktemp("browser")
    db = build_demo_db(new_store_target(folder, "demo.db"), folder)
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    log = (tmp_path_factory.getbasetemp() / "serve.log").open("wb")
    process = subprocess.Popen(
        [*contested_command(), "-q", "serve", "--db", db, "--port", str(port)],
        env={**os.environ, "CONTESTED_TOKEN": TOKEN}, stdout=log, stderr=subprocess.STDOUT,
    )
    try:
        wait_until_up(url, process)
        yield Server(url, db, folder, process)
    finally:
        process.terminate()
        process.wait(timeout=20)
        log.close()


@pytest.fixture(scope="session")
def browser(server: Server) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=chromium_path(), headless=True, args=FLAGS
        )
        yield launched
        launched.close()


@pytest.fixture
def tab(browser: Any, server: Server) -> Iterator[Tab]:
    context = browser.new_context(viewport={"width": 1440, "height": 900})
    page = context.new_page()
    made = Tab(page, server)
    page.on("dialog", lambda d: (made.dialogs.append(d.message), d.dismiss()))
    page.on("pageerror", lambda e: made.errors.append(str(e)))
    page.on("console", lambda m: made.errors.append(m.text) if m.type == "error" else None)
    yield made
    context.close()
