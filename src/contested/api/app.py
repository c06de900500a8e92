"""The FastAPI application: JSON API under ``/api``, the web UI under ``/``.

Every response carries a strict Content-Security-Policy (scripts and styles only from this
origin, no inline code), ``nosniff`` and ``frame-ancestors 'none'``. Errors share one JSON
shape: ``{"error": {"status": 404, "message": "..."}}``.
"""

from __future__ import annotations

import logging
import queue
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

from fastapi import FastAPI, HTTPException, Request, Response
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from contested.errors import ContestedError, StoreError, UsageError
from contested.store import Store, open_store

log = logging.getLogger(__name__)

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; "
    "frame-ancestors 'none'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
}


def static_dir() -> Path:
    return Path(str(files("contested.api") / "static"))


def default_basemap() -> Path:
    """Country outlines made by ``scripts/setup`` (``python -m contested.api.basemap``)."""
    return static_dir() / "vendor" / "countries.geojson"


@dataclass(frozen=True)
class ApiSettings:
    """``token``: the bearer token for writes (``CONTESTED_TOKEN``); ``private``: reads need
    credentials too."""

    db: str
    token: str | None = None
    private: bool = False
    basemap: Path | None = None


class Stores:
    """A pool of store connections; each request borrows one and gives it back."""

    def __init__(self, path: str) -> None:
        self.path = path
        self._idle: queue.SimpleQueue[Store] = queue.SimpleQueue()

    def acquire(self) -> Store:
        try:
            return self._idle.get_nowait()
        except queue.Empty:
            return open_store(self.path, shared=True)

    def release(self, store: Store) -> None:
        """Back to the pool, unless its server connection was lost (a PostgreSQL restart):
        that one is closed, and the next request opens a new one."""
        if store.broken:
            store.close()
            return
        self._idle.put(store)

    def close(self) -> None:
        while True:
            try:
                self._idle.get_nowait().close()
            except queue.Empty:
                return


def _error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": {"status": status, "message": message}}, status_code=status)


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        response = _error(exc.status_code, str(exc.detail))
        if exc.headers:
            response.headers.update(exc.headers)
        return response

    @app.exception_handler(UsageError)
    async def usage_error(request: Request, exc: UsageError) -> Response:
        return _error(404 if str(exc).startswith("no ") else 400, str(exc))

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError) -> Response:
        log.error("store error on %s: %s", request.url.path, exc)
        return _error(503, "the database is not available; retry later")

    @app.exception_handler(ContestedError)
    async def contested_error(request: Request, exc: ContestedError) -> Response:
        return _error(400, str(exc))


def _install_security(app: FastAPI) -> None:
    @app.middleware("http")
    async def security_headers(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        if request.url.path.startswith("/api/"):
            response.headers.setdefault("Cache-Control", "no-store")
        return response


def create_app(settings: ApiSettings) -> FastAPI:
    """The API and UI over the database at ``settings.db``."""
    from contested.api import routes_read, routes_review

    stores = Stores(settings.db)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        stores.close()

    app = FastAPI(
        lifespan=lifespan,
        title="contested",
        summary="Conflict incidents with the claims behind every figure.",
        version="1",
        docs_url=None,  # the Swagger page loads scripts from a CDN: not under our CSP
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    app.state.settings = settings
    app.state.stores = stores
    _install_error_handlers(app)
    _install_security(app)
    app.include_router(routes_read.router)
    app.include_router(routes_review.router)
    _mount_ui(app)
    return app


def _mount_ui(app: FastAPI) -> None:
    root = static_dir()

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(root / "index.html", media_type="text/html")

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        raise HTTPException(404, "no favicon")

    app.mount("/static", StaticFiles(directory=root), name="static")
