"""The one error boundary: every outcome of a command becomes an exit code, never a traceback."""

from __future__ import annotations

import _signal as signal  # the C module: `signal` builds its enums at import (~1 ms)
import os
import sys

from factcli.errors import CacheDamaged, ExitCode, FactcliError

TYPE_CHECKING = False  # not `typing`: type checkers know this name
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import NoReturn


def _allow_interrupts() -> object | None:
    """While a command runs, Ctrl-C raises KeyboardInterrupt (so `finally` blocks run, and
    temporary files go) instead of the entry point's quiet exit; returns that handler."""
    try:
        handler = signal.getsignal(signal.SIGINT)
        if getattr(handler, "factcli_quiet", False):
            signal.signal(signal.SIGINT, signal.default_int_handler)
            return handler
    except ValueError:  # not the main thread
        pass
    return None


def _restore(handler: object | None) -> None:
    if handler is not None:
        signal.signal(signal.SIGINT, handler)  # type: ignore[arg-type]


def _clean(text: str) -> str:
    """A message that names a file or quotes input may not drive the terminal."""
    from factcli.interfaces.render import clean

    return clean(text).replace("\n", " ")


def guarded(run: Callable[[], int], *, retry: bool = True) -> int:
    """Run a command and turn every outcome into an exit code: never a traceback.

    A cache found damaged mid-command has been removed; the command runs once more.
    """
    code: int = ExitCode.OK
    held = None
    try:
        held = _allow_interrupts()
        code = int(run() or 0)
    except CacheDamaged as exc:
        if retry:  # the damaged cache file is gone: run once more, from the YAML
            return guarded(run, retry=False)
        sys.stderr.write(f"factcli: error: {_clean(str(exc))}\n")
        code = exc.exit_code
    except FactcliError as exc:
        sys.stderr.write(f"factcli: error: {_clean(str(exc))}\n")
        code = exc.exit_code
    except KeyboardInterrupt:
        sys.stderr.write("\n")
        return ExitCode.INTERRUPTED
    except BrokenPipeError:
        code = ExitCode.OK
    except MemoryError:
        sys.stderr.write("factcli: error: out of memory\n")
        code = ExitCode.ERROR
    except Exception as exc:  # the promise is: never a traceback (FACTCLI_DEBUG=1 shows one)
        if os.environ.get("FACTCLI_DEBUG"):
            raise
        sys.stderr.write(f"factcli: internal error: {type(exc).__name__}: {_clean(str(exc))}\n")
        code = ExitCode.ERROR
    finally:
        _restore(held)
    return _flush(code)


def _flush(code: int) -> int:
    # A reader that went away (`factcli list | head -1`) is not an error: end quietly.
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        reader_left()
    return code


def reader_left() -> None:
    """What stdout still holds goes nowhere: the reader of the pipe has gone."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def end(code: int) -> NoReturn:
    """Exit with `code` now, as the interpreter would, less its tearing down: what is registered
    with atexit runs, stdout and stderr are flushed, then the process ends (os._exit).

    Tearing down frees every object one by one and collects cycles over them all: a search
    on the bundled store ~7 ms of its ~60 (a draft at 100,000 facts ~50 ms), for nothing to
    write. Only the program calls this (console.main), after a command of the fast path,
    whose files and cache writes are closed and committed before it returns; a stream that
    cannot be flushed leaves the exit to the interpreter, which says so as before.
    """
    import atexit

    atexit._run_exitfuncs()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except Exception:
        sys.exit(code)
    os._exit(code)
