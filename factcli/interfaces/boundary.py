"""The one error boundary: every outcome of a command becomes an exit code, never a traceback."""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable
from types import FrameType

from factcli.errors import CacheDamaged, ExitCode, FactcliError


def _exit_quietly(_signum: int, _frame: FrameType | None) -> None:
    """Ctrl-C outside a command (start-up, exit): leave at once, as the command would."""
    os.write(2, b"\n")
    os._exit(ExitCode.INTERRUPTED)


def hold_interrupts() -> None:
    """Make Ctrl-C before and after the command exit 130 quietly; `guarded` handles it during.

    Only in the program itself (Python's own handler is in place), never when SIGINT is
    ignored (a job started in the background keeps ignoring it, as the shell meant).
    """
    try:
        if signal.getsignal(signal.SIGINT) is signal.default_int_handler:
            signal.signal(signal.SIGINT, _exit_quietly)
    except ValueError:  # not the main thread: leave signals alone
        pass


def _swap_handler(old: object, new: object) -> bool:
    try:
        if signal.getsignal(signal.SIGINT) is old:
            signal.signal(signal.SIGINT, new)  # type: ignore[arg-type]
            return True
    except ValueError:
        pass
    return False


def _clean(text: str) -> str:
    """A message that names a file or quotes input may not drive the terminal."""
    from factcli.interfaces.render import clean

    return clean(text).replace("\n", " ")


def guarded(run: Callable[[], int], *, retry: bool = True) -> int:
    """Run a command and turn every outcome into an exit code: never a traceback.

    A cache found damaged mid-command has been removed; the command runs once more.
    """
    code: int = ExitCode.OK
    held = False
    try:
        # During the command a Ctrl-C raises KeyboardInterrupt, so `finally` blocks run
        # (temporary files removed) before the exit below.
        held = _swap_handler(_exit_quietly, signal.default_int_handler)
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
        if held:
            _swap_handler(signal.default_int_handler, _exit_quietly)
    return _flush(code)


def _flush(code: int) -> int:
    # A reader that went away (`factcli list | head -1`) is not an error: end quietly.
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    return code
