"""One exception tree and the exit codes; the CLI maps them once, at its edge."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """Grep-like exit codes, documented in the README."""

    OK = 0
    NOT_FOUND = 1  # nothing matched, unknown id, problems found, a claim contradicted
    ERROR = 2  # usage error, unreadable or invalid store, unreadable input
    INTERRUPTED = 130  # Ctrl-C


class FactcliError(Exception):
    """Base of every error factcli reports to a user; `str()` is the one-line message."""

    exit_code: ExitCode = ExitCode.ERROR


class UsageError(FactcliError):
    """Bad options or arguments."""


class StoreError(FactcliError):
    """The store cannot be read or does not validate."""


class CacheDamaged(StoreError):
    """The compiled cache failed a read; it has been removed and will be rebuilt."""


class InputError(FactcliError):
    """A draft or other input file cannot be read."""


class NotFoundError(FactcliError):
    """An id or query that matches nothing."""

    exit_code = ExitCode.NOT_FOUND
