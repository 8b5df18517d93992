"""The commands that check: a claim or a draft against the store (check), the store itself
(validate), and its facts not verified lately (stale). Glue: parse, call the core, render."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from factcli.errors import ExitCode, UsageError
from factcli.interfaces.application import (
    AsOfOpt,
    FormatOpt,
    ListLimitOpt,
    State,
    _cut,
    _date_opt,
    _emit_fact_list,
    _fmt,
    _store,
    app,
)
from factcli.interfaces.render import Format


@app.command()
def validate(
    path: Annotated[
        Path | None,
        typer.Argument(metavar="[PATH]", help="Store to lint (default: the configured store)."),
    ] = None,
    examples: Annotated[
        bool, typer.Option("--examples/--no-examples", help="Also run facts' examples.")
    ] = True,
    fmt: FormatOpt = None,
) -> int:
    """Lint a store: YAML, schema, ids, subjects, sources, quotes, examples.

    Every problem is FILE:LINE: message; exit 1 when there are any.

    \b
    Examples:
      factcli validate
      factcli validate my-store/ --no-examples
    """
    from factcli.interfaces import render, views
    from factcli.judge.validate import validate_store
    from factcli.store.loader import resolve_store_path, store_files

    root = Path(path) if path else resolve_store_path(State.store_path)
    store_files(root)  # a store that cannot be read at all is an error (exit 2), not a finding
    problems = validate_store(root, run_examples=examples)
    fmt = _fmt(fmt)
    if fmt in (Format.plain, Format.table) and problems:
        for problem in problems:
            sys.stdout.write(render.line(str(problem)) + "\n")
    elif fmt not in (Format.plain, Format.table):
        render.emit(views.problem_rows(problems), fmt, columns=("file", "line", "message"))
    if problems:
        sys.stderr.write(f"{len(problems)} problem{'s' * (len(problems) != 1)} found\n")
        return ExitCode.NOT_FOUND
    if fmt in (Format.plain, Format.table):
        sys.stderr.write(f"{_shown_path(root)}: ok\n")
    return ExitCode.OK


def _shown_path(root: Path) -> str:
    """The store as the user named it; the bundled one by its name, not this machine's path."""
    from factcli.store.loader import bundled_store_path

    try:
        if root.resolve() == bundled_store_path().resolve():
            return "bundled store"
    except OSError:
        pass
    return str(root)


@app.command()
def stale(
    older_than: Annotated[
        str,
        typer.Option("--older-than", metavar="AGE", help="An age such as 180d, 26w, 6m, 1y."),
    ] = "180d",
    limit: ListLimitOpt = None,
    fmt: FormatOpt = None,
) -> int:
    """Facts not verified lately (or never): what to re-check.

    Lists facts whose `verified` date is older than AGE, or missing; exit 1 when any.

    \b
    Examples:
      factcli stale
      factcli stale --older-than 90d -f json
    """
    import datetime as dt

    from factcli.store.loader import stale_facts

    days = _days(older_than)
    try:
        before = dt.date.today() - dt.timedelta(days=days)
    except OverflowError:
        raise UsageError(
            f"--older-than: {older_than.strip()!r} reaches back before the year 1"
        ) from None
    facts = _cut(stale_facts(_store(), before), limit)
    fmt = _fmt(fmt)
    _emit_fact_list(facts, fmt)
    return ExitCode.NOT_FOUND if facts else ExitCode.OK


def _days(text: str) -> int:
    import re

    match = re.fullmatch(r"\s*([0-9]{1,9})\s*([dwmy]?)\s*", text)
    if not match:
        raise UsageError(f"--older-than: not an age: {text!r} (e.g. 180d, 26w, 6m, 1y)")
    return int(match.group(1)) * {"": 1, "d": 1, "w": 7, "m": 30, "y": 365}[match.group(2)]


class CheckFormat(StrEnum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    plain = "plain"
    github = "github"


@app.command()
def check(
    claim: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="CLAIM... | FILE...",
            help="A sentence to check, or draft files (- is stdin).",
            show_default=False,
        ),
    ] = None,
    file: Annotated[
        list[str] | None,
        typer.Option(
            "--file",
            metavar="FILE",
            help="A Markdown or text draft (repeatable); - reads stdin.",
        ),
    ] = None,
    strict: Annotated[
        bool,
        typer.Option("--strict", help="Unverified claims fail too (exit 1; errors in github)."),
    ] = False,
    only_problems: Annotated[
        bool,
        typer.Option("--only-problems", "-p", help="Show only claims that are not supported."),
    ] = False,
    as_of: AsOfOpt = None,
    fmt: Annotated[
        CheckFormat | None,
        typer.Option(
            "--format",
            "-f",
            help="table (terminal default), plain (FILE:LINE:COL, default piped), json, jsonl, github.",
        ),
    ] = None,
) -> int:
    """Fact-check a sentence, a draft, or text on stdin.

    Arguments are draft files when --file is given, when one of them is - or an existing
    file, or when they all look like paths (a.md, notes/b.txt); otherwise they are the
    words of one claim. With no argument, text piped on stdin is checked. Exit 1 when a
    claim is contradicted or misleading (or, with --strict,
    unverified).

    \b
    Examples:
      factcli check "배경훈 장관은 2025년 7월 17일 취임했다."
      factcli check draft.md notes.md --only-problems
      factcli check --file draft.md --format github --strict
      echo "배경훈은 1980년에 태어났다." | factcli check
    """
    from factcli.interfaces import commands
    from factcli.interfaces.render import is_terminal

    text, paths = commands.check_inputs(list(claim or []), list(file or []))
    fmt = fmt or (CheckFormat.table if is_terminal(sys.stdout) else CheckFormat.plain)
    store = _store()
    skip: frozenset[str] = frozenset()
    day = _date_opt(as_of, "--as-of")
    if day:  # judge against what was true then: superseded and later facts are left out
        from factcli.judge.meaning.tenure import AS_OF
        from factcli.store.loader import filter_facts

        kept = {f.id for f in filter_facts(store, as_of=day, include_superseded=False)}
        skip = frozenset(f.id for f in store.facts if f.id not in kept)
        token = AS_OF.set(str(day))  # (a post that ended after that day was held then)
        try:
            return commands.check_all(
                store, text, paths, fmt.value, skip=skip, strict=strict, only_problems=only_problems
            )
        finally:
            AS_OF.reset(token)
    return commands.check_all(
        store, text, paths, fmt.value, skip=skip, strict=strict, only_problems=only_problems
    )
