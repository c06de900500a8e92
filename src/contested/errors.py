"""One exception tree for contested.

    ContestedError                 base of everything we raise on purpose
    ├── UsageError                 bad arguments or options; the CLI exits 2
    ├── InputError                 a source cannot be read as requested; becomes a Rejection in batches
    │   └── FormatError            the content is not of the (detected or requested) format
    ├── StoreError                 the database cannot be opened, migrated or written
    │   └── SchemaVersionError     the file was written by a newer contested
    ├── GazetteerError             the gazetteer cannot be built, opened or imported
    └── EvaluationError            a gold file is malformed

Foreign exceptions are translated at the boundary with ``raise ... from exc``; messages say
what to do next.
"""

from __future__ import annotations


class ContestedError(Exception):
    """Base class for errors raised by contested."""

    exit_code = 1


class UsageError(ContestedError):
    exit_code = 2


class InputError(ContestedError):
    """A source cannot be read. ``reason`` is the short code stored with the rejection."""

    def __init__(self, message: str, reason: str = "unreadable") -> None:
        super().__init__(message)
        self.reason = reason


class FormatError(InputError):
    def __init__(self, message: str, reason: str = "bad_format") -> None:
        super().__init__(message, reason)


class StoreError(ContestedError):
    exit_code = 3


class SchemaVersionError(StoreError):
    pass


class GazetteerError(ContestedError):
    exit_code = 4


class EvaluationError(ContestedError):
    exit_code = 5
