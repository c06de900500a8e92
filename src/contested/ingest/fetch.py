"""The fetcher seam: one method, ``fetch(url) -> (body, content_type)``."""

from __future__ import annotations

import logging
from typing import Protocol

from contested.errors import InputError

logger = logging.getLogger(__name__)

USER_AGENT = "contested/0.1 (+https://github.com/contested)"


class Fetcher(Protocol):
    """Fetches a URL. Raises :class:`InputError` when it cannot."""

    def fetch(self, url: str) -> tuple[bytes, str | None]: ...


class UrlFetcher:
    """Fetch over HTTP(S) with urllib, a timeout and a size bound."""

    def __init__(self, timeout: float = 20.0, max_bytes: int = 50_000_000) -> None:
        self.timeout = timeout
        self.max_bytes = max_bytes

    def fetch(self, url: str) -> tuple[bytes, str | None]:
        import urllib.error  # lazy: urllib.request pulls in http.client and email
        import urllib.request

        request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                body: bytes = response.read(self.max_bytes + 1)
                content_type: str | None = response.headers.get("Content-Type")
        except urllib.error.HTTPError as exc:
            raise InputError(f"cannot fetch {url}: HTTP {exc.code} {exc.reason}") from exc
        except (urllib.error.URLError, OSError, ValueError) as exc:
            raise InputError(f"cannot fetch {url}: {exc}; check the URL and network") from exc
        if len(body) > self.max_bytes:
            raise InputError(f"{url} is larger than {self.max_bytes} bytes", reason="too_large")
        logger.debug("fetched %s (%d bytes, %s)", url, len(body), content_type)
        return body, content_type
