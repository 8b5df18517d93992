"""The entry point: a fast path for simple `get`, `search`, `check` and `list`, else the full CLI.

Python needs ~20 ms to start; Typer ~30-50 ms more to import and build the commands. A shell
loop calling `factcli get ID`, `factcli search WORDS` or `factcli check CLAIM` with plain
options skips Typer entirely and runs the same code (factcli.interfaces.commands); `check`
takes it for the words of one claim or for draft files (`--file F`, or names of existing
files; not stdin, nor a file that is missing or not a regular file), `list` only for a whole
JSON listing (`-f json`, `--sort`: no filter, no limit). Anything else (help,
other options, other commands, anything the fast parser is not sure of) goes to the Typer
app in factcli.interfaces.cli. Both parse the same argv the same way: the fast parser
follows Click's rules (`-n3`, `-n=3` is the value "=3", `--limit=` is the empty value, `--`
ends the options) and converts values as Click does; tests/test_entry.py compares the two
on generated argv.
"""

from __future__ import annotations

import os
import sys

TYPE_CHECKING = False  # not `typing`: type checkers know this name
if TYPE_CHECKING:
    from collections.abc import Callable

# Imports stay this few (no dataclasses, no typing): start-up is what the fast path saves.
# The console script (console.py) sets the SIGINT handler before importing this module.

FORMATS = ("table", "json", "jsonl", "csv", "tsv", "yaml", "plain")
CHECK_FORMATS = ("table", "json", "jsonl", "plain", "github")
COLORS = ("auto", "always", "never")

# Options of the root command that the fast path understands, and whether they take a value.
# They may also follow the command (`factcli search Q --store DIR`), as in the Typer app.
GLOBAL_OPTIONS = {"--store": True, "--no-cache": False, "--color": True}
COMMAND_OPTIONS = {
    "get": {"--field": "field", "--format": "format", "-f": "format"},
    "search": {"--limit": "limit", "-n": "limit", "--format": "format", "-f": "format"},
    "check": {"--format": "format", "-f": "format", "--file": "file"},
    "list": {"--format": "format", "-f": "format", "--sort": "sort"},
}
# Options whose value is a path: a file name need not be UTF-8 (see check_argv).
PATH_OPTIONS = ("--store", "--file", "--output", "-o")


class Call:
    """A `get`, `search`, `check` or `list` call, parsed."""

    def __init__(self, command: str) -> None:
        self.command = command
        self.store: str | None = None
        self.use_cache = True
        self.color = "auto"
        self.values: dict[str, str] = {}
        self.words: list[str] = []
        self.files: list[str] = []  # check --file, in order (repeatable)
        self.kept: object = None  # the store read, freed only after the command (see run)


def _split(arg: str, known: set[str]) -> tuple[str, str | None] | None:
    """(option name, inline value or None) as Click splits it; None if not a known option."""
    if arg.startswith("--"):
        name, eq, inline = arg.partition("=")
        return (name, inline if eq else None) if name in known else None
    # A short option: `-n3` and `-n=3` carry the values "3" and "=3" (Click's rule).
    name = arg[:2]
    if name not in known:
        return None
    return name, (arg[2:] if len(arg) > 2 else None)


def parse(argv: list[str]) -> Call | None:
    """The call, if argv is `[globals] get|search|check|list ...` with options the fast path
    knows."""
    call = Call(command="")
    i = 0
    while i < len(argv) and argv[i].startswith("-") and argv[i] != "-":
        step = _global(call, argv, i)
        if step is None:
            return None
        i += step
    if i >= len(argv) or argv[i] not in COMMAND_OPTIONS:
        return None
    call.command = argv[i]
    options = COMMAND_OPTIONS[call.command]
    known = set(options) | set(GLOBAL_OPTIONS)
    rest, j, positional_only = argv[i + 1 :], 0, False
    while j < len(rest):
        arg = rest[j]
        if positional_only or arg == "-" or not arg.startswith("-"):
            call.words.append(arg)
            j += 1
            continue
        if arg == "--":
            positional_only = True
            j += 1
            continue
        split = _split(arg, known)
        if split is None:
            return None  # help, another option: the full CLI says what
        if split[0] in GLOBAL_OPTIONS:
            step = _global(call, rest, j)
            if step is None:
                return None
            j += step
            continue
        name, inline = split
        if inline is None:
            if j + 1 >= len(rest):
                return None  # a missing value: the full CLI says so
            inline, j = rest[j + 1], j + 1
        if options[name] == "file":
            call.files.append(inline)
        else:
            call.values[options[name]] = inline
        j += 1
    return call if _valid(call) else None


def _global(call: Call, argv: list[str], i: int) -> int | None:
    """Apply the global option at argv[i]; how many arguments it took, None if unknown."""
    split = _split(argv[i], set(GLOBAL_OPTIONS))
    if split is None:
        return None
    name, inline = split
    if not GLOBAL_OPTIONS[name]:
        if inline is not None:
            return None  # `--no-cache=1`: the full CLI says it takes no value
        call.use_cache = False
        return 1
    step = 1
    if inline is None:
        if i + 1 >= len(argv):
            return None
        inline, step = argv[i + 1], 2
    if name == "--store":
        call.store = inline
    elif inline in COLORS:
        call.color = inline
    else:
        return None
    return step


def _valid(call: Call) -> bool:
    """Values the full CLI would accept; anything else is left to it (and its message)."""
    formats = CHECK_FORMATS if call.command == "check" else FORMATS
    if call.values.get("format", "table") not in formats:
        return False
    if "limit" in call.values:
        try:
            limit = int(call.values["limit"])  # exactly Click's conversion (" 2" is 2)
        except ValueError:
            return False
        if limit < 1:
            return False
    if call.command == "get":
        return len(call.words) == 1
    if call.command == "list":  # Click's choices are exact: "JSON" or "Date" is its error
        return (
            not call.words
            and call.values.get("format") == "json"
            and (call.values.get("sort", "date") in ("date", "id"))
        )
    if call.command == "check":
        from factcli.interfaces.commands import names_drafts

        if call.files or names_drafts(call.words):
            # Drafts, when each is a regular file (stdin, a folder, a missing file: the full
            # CLI, which says what is wrong); read by the same code (commands.read_draft).
            paths = call.files + call.words
            return bool(paths) and all(
                os.path.isfile(p) and p not in ("-", "<stdin>") for p in paths
            )
        return bool(" ".join(call.words).strip())  # the words of a claim
    return bool(call.words)


def fast_path(argv: list[str]) -> Callable[[], int] | None:
    """A runner for `[globals] get|search|check|list ...` with plain options, else None."""
    call = parse(argv)
    if call is None:
        return None

    def run() -> int:
        from factcli.interfaces import commands, render
        from factcli.interfaces.render import Format, default_format
        from factcli.store.loader import load_store

        render.set_color(call.color)
        values = call.values
        fmt = values.get("format") or default_format().value
        loaded = load_store(call.store, use_cache=call.use_cache)
        # Kept past the command: freeing it closes the cache file (Reader.__del__), and a
        # Ctrl-C that lands there, inside a finaliser, would print "Exception ignored" and be
        # lost. Freed with main's frame, the quiet handler is back in place.
        call.kept = loaded
        if call.command == "list":
            return commands.list_json(loaded, values.get("sort", "date"))
        if call.command == "check":
            from factcli.store import programs

            programs.attach(loaded)  # (the claim is cleaned with patterns the cache keeps)
            text, paths = commands.check_inputs(call.words, call.files)
            return commands.check_all(loaded, text, paths, fmt)
        fmt = Format(fmt)
        if call.command == "get":
            return commands.get(loaded, call.words[0], field=values.get("field"), fmt=fmt)
        limit = int(values.get("limit", "10"))
        return commands.search(loaded, call.words, limit=limit, fmt=fmt)

    return run


def check_argv(argv: list[str]) -> None:
    """Refuse arguments that are not UTF-8 text (UsageError), but for file names.

    The shell hands over bytes; Python keeps bytes that are not UTF-8 as lone surrogates,
    which no output can encode. A file name may be any bytes, so path options and existing
    paths pass.
    """
    from factcli.errors import UsageError

    for n, arg in enumerate(argv):
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:
            after_path_option = n > 0 and argv[n - 1] in PATH_OPTIONS
            value = arg.partition("=")[2] if arg.startswith("--") else arg
            if after_path_option or os.path.lexists(value) or arg.startswith(PATH_OPTIONS):
                continue
            shown = arg.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
            raise UsageError(f"argument {n + 1} is not UTF-8 text: '{shown}'") from None


def _writable_streams() -> None:
    """Output a stream's encoding cannot hold (Hangul on an ASCII terminal, PYTHONIOENCODING=
    ascii) is written escaped (\\ubc30: the same escape JSON reads), not an internal error."""
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        if encoding and encoding not in ("utf8", "utf16", "utf32"):
            try:  # noqa: SIM105  (not contextlib: the fast path does without it)
                stream.reconfigure(errors="backslashreplace")  # type: ignore[union-attr]
            except (AttributeError, ValueError, OSError):
                pass  # (not a text file: a test's capture)


def main(argv: list[str] | None = None, *, end: Callable[[int], None] | None = None) -> None:
    """`factcli`: the fast path when it applies, else the full Typer CLI.

    The program is console.main (this, once console.py has set the SIGINT handler): a
    Ctrl-C before or after the command exits 130 at once, without a traceback; during the
    command, the boundary handles it. `end`, when given, ends the process after a command
    of the fast path (boundary.end: without tearing the interpreter down) instead of
    sys.exit.
    """
    from factcli.interfaces import boundary

    args = sys.argv[1:] if argv is None else list(argv)
    _writable_streams()

    def bad_argv() -> int:
        check_argv(args)
        return 0

    refused = boundary.guarded(bad_argv)
    if refused:  # 2 for arguments that are not text; 130 for a Ctrl-C while reading them
        sys.exit(refused)
    # A shell asking for completions (see `factcli completion`) is served by the full CLI.
    runner = None if "_FACTCLI_COMPLETE" in os.environ else fast_path(args)
    if runner is None:
        import gc

        gc.enable()  # (console.py turned it off for the fast path; the rest run as usual)
        from factcli.interfaces.cli import main as full

        full(args)
        return
    code = boundary.guarded(runner)
    if end is not None:
        end(code)
    sys.exit(code)
