"""The program `factcli`: `[project.scripts]` points pip's launcher at main() here.

Importing this module takes over Ctrl-C before anything else of factcli loads: the launcher
imports it, then calls main(), and a Ctrl-C in between (importing the entry point, parsing
argv) or after the command exits 130 at once, quietly; during the command the boundary
handles it. So this module imports only what Python has loaded before it (`_signal` is
built in, `os` is loaded by `site`); only Python's start-up and the launcher's first line
(`import re`) come before it (README "Ctrl-C").
"""

import _signal  # the C module: `signal` would first build its enums (~1 ms more)
import os


def exit_quietly(_signum: int, _frame: object) -> None:
    """Leave at once, as the command would: a newline (the shell's ^C), exit 130."""
    os.write(2, b"\n")
    os._exit(130)


exit_quietly.factcli_quiet = True  # type: ignore[attr-defined]  # boundary.guarded looks


def hold_interrupts() -> None:
    """Make Ctrl-C outside the command exit 130 quietly; `guarded` handles it during.

    Only in the program itself (Python's own handler is in place), never when SIGINT is
    ignored: a job started in the background keeps ignoring it, as the shell meant.
    """
    try:
        if _signal.getsignal(_signal.SIGINT) is _signal.default_int_handler:
            _signal.signal(_signal.SIGINT, exit_quietly)
    except ValueError:  # not the main thread: leave signals alone
        pass


hold_interrupts()

import gc  # noqa: E402  (built in: after the handler, as everything else)

# The cyclic collector off from here: importing factcli and opening the cache make tens of
# thousands of objects, none of them garbage, which it would rescan several times (~3 ms of a
# claim's check, ~6% of it). entry.main turns it back on for a command outside the fast path
# (the Typer CLI, the language server); the fast path's commands end with the process.
gc.disable()

from factcli.interfaces.entry import main as _run  # noqa: E402  (after the handler is set)

__all__ = ["main"]


def main() -> None:
    """entry.main, as the program runs it: after a command of the fast path the process ends
    at once (boundary.end), without tearing the interpreter down."""
    from factcli.interfaces.boundary import end

    _run(end=end)
