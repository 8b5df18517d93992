"""The console entry point: a fast path for simple `get` and `search`, else the full CLI.

Python needs ~20 ms to start; Typer ~30-50 ms more to import. A shell loop calling
`factcli get ID` or `factcli search WORDS` with plain options skips Typer entirely and runs
the same code (factcli.interfaces.commands); anything else (help, other options, other commands) goes
to the Typer app in factcli.interfaces.cli, which behaves identically for these calls.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

from factcli.interfaces.boundary import guarded

_FORMATS = ("table", "json", "jsonl", "csv", "tsv", "yaml", "plain")


def fast_path(argv: list[str]) -> Callable[[], int] | None:
    """A runner for `[--store S] [--no-cache] get|search ...` with plain options, else None."""
    store, use_cache, i = None, True, 0
    while i < len(argv) and argv[i].startswith("-"):
        arg = argv[i]
        if arg == "--no-cache":
            use_cache = False
        elif arg == "--store" and i + 1 < len(argv):
            store, i = argv[i + 1], i + 1
        elif arg.startswith("--store="):
            store = arg.split("=", 1)[1]
        else:
            return None
        i += 1
    if i >= len(argv) or argv[i] not in ("get", "search"):
        return None
    command, rest = argv[i], argv[i + 1 :]
    options = {"--field": "field", "--format": "format", "-f": "format"}
    if command == "search":
        options = {"--limit": "limit", "-n": "limit", "--format": "format", "-f": "format"}
    values: dict[str, str] = {}
    words: list[str] = []
    j = 0
    while j < len(rest):
        arg = rest[j]
        name, _, inline = arg.partition("=")
        if arg.startswith("-") and arg != "-":
            if name not in options or (not inline and j + 1 >= len(rest)):
                return None  # help, another option, a missing value: the full CLI says what
            values[options[name]] = inline or rest[j + 1]
            j += 1 if inline else 2
            continue
        words.append(arg)
        j += 1
    if values.get("format", "json") not in _FORMATS:
        return None
    limit = values.get("limit", "10")
    if not limit.isdigit() or int(limit) < 1:
        return None
    if (command == "get" and len(words) != 1) or (command == "search" and not words):
        return None

    def run() -> int:
        from factcli.interfaces import commands
        from factcli.interfaces.render import Format, default_format
        from factcli.store.loader import load_store

        fmt = Format(values["format"]) if "format" in values else default_format()
        loaded = load_store(store, use_cache=use_cache)
        if command == "get":
            return commands.get(loaded, words[0], field=values.get("field"), fmt=fmt)
        return commands.search(loaded, words, limit=int(limit), fmt=fmt)

    return run


def main(argv: list[str] | None = None) -> None:
    """`factcli`: the fast path when it applies, else the full Typer CLI."""
    args = sys.argv[1:] if argv is None else list(argv)
    # A shell asking for completions (see `factcli completion`) is served by the full CLI.
    runner = None if "_FACTCLI_COMPLETE" in os.environ else fast_path(args)
    if runner is None:
        from factcli.interfaces.cli import main as full

        full(args)
        return
    sys.exit(guarded(runner))
