"""HTTP API and web UI: ``contested serve``.

``create_app(ApiSettings(db=...))`` builds the FastAPI application; ``serve`` runs it with
uvicorn. FastAPI loads only when this package is imported.
"""

from __future__ import annotations

from contested.api.app import ApiSettings, create_app

__all__ = ["ApiSettings", "create_app", "serve"]


def serve(settings: ApiSettings, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Run the API and UI until interrupted."""
    import uvicorn

    uvicorn.run(create_app(settings), host=host, port=port, log_level="info",
                server_header=False)
