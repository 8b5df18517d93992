"""The command line: parse options, call the core, pick a renderer, map errors. Glue only.

Conventions (README "Commands"): global options (--store, --no-cache, --color) go before or
after the command; every usage error is one line, `factcli: error: ...`, exit 2; every
command that prints data takes -f/--format, every listing -n/--limit.
"""

from __future__ import annotations

import os
import sys

import typer

from factcli.errors import ExitCode

# The commands register themselves with the app as their modules are imported.
from factcli.interfaces import checks, edits, integrations, lookups  # noqa: F401
from factcli.interfaces.application import State, app

# The order of `factcli --help`: the everyday commands first; any other after, as registered.
COMMAND_ORDER = (
    "search",
    "get",
    "check",
    "cite",
    "list",
    "timeline",
    "sources",
    "stats",
    "stale",
    "validate",
    "add",
    "export",
    "completion",
)


def main(argv: list[str] | None = None) -> None:
    """The full CLI: run the Typer app; every outcome becomes an exit code, never a traceback."""
    from factcli.interfaces.boundary import guarded

    try:
        code = guarded(lambda: _run_app(argv))
    finally:
        State.kept.clear()  # after the command: a Ctrl-C here exits quietly (entry.main)
    sys.exit(code)


def _run_app(argv: list[str] | None) -> int:
    from typer._click.exceptions import ClickException, NoArgsIsHelpError

    if "_FACTCLI_COMPLETE" in os.environ:  # a shell asking for completions
        from typer._completion_classes import completion_init

        completion_init()

    from factcli.interfaces import options

    group = options.command_group(app, COMMAND_ORDER, State)
    try:
        return int(group.main(args=argv, prog_name="factcli", standalone_mode=False) or 0)
    except NoArgsIsHelpError as exc:  # `factcli` alone asks for help: give it, on stdout
        sys.stdout.write(exc.format_message().rstrip("\n") + "\n")
        return ExitCode.OK
    except ClickException as exc:
        sys.stderr.write(options.one_line_error(exc) + "\n")
        return ExitCode.ERROR
    except typer.Abort:
        raise KeyboardInterrupt from None
    except SystemExit:
        from typer._click.utils import PacifyFlushWrapper

        if isinstance(sys.stdout, PacifyFlushWrapper):  # Typer's word for "the reader left"
            return ExitCode.OK
        raise
