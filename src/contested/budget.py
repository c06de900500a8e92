"""A per-article time budget: a pathological document cannot hang a batch.

``time_budget(seconds)`` arms a real-time interval timer (``SIGALRM``) around one article's
cleaning and extraction; when it fires, :class:`TimeBudgetExceeded` is raised wherever the
Python code is (regular-expression matching checks for signals too). It derives from
``BaseException`` so the stages' own catch-all ``except Exception`` boundaries do not turn it
into an ordinary error. Only the main thread of a Unix process can receive the signal: elsewhere
the budget is not enforced and a debug message says so.
"""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

log = logging.getLogger(__name__)


class TimeBudgetExceeded(BaseException):
    """The article took longer than its time budget."""


def _enforceable() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


def _expired(signum: int, frame: FrameType | None) -> None:
    raise TimeBudgetExceeded


@contextmanager
def time_budget(seconds: float | None) -> Iterator[None]:
    """Raise :class:`TimeBudgetExceeded` in the body once ``seconds`` have passed.

    ``None`` or ``0`` means no budget. Budgets do not nest.
    """
    if not seconds or seconds <= 0:
        yield
        return
    if not _enforceable():
        log.debug("time budget not enforced outside the main thread of a Unix process")
        yield
        return
    previous = signal.signal(signal.SIGALRM, _expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
