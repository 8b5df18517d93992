"""The Typer app behind the command line: its root options, the options its commands share
(FormatOpt, LimitOpt, ...), the run's State, and the helpers every command module uses.

The commands register themselves with `app` from lookups, checks, edits and integrations;
cli imports them all and runs the app.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from enum import StrEnum
from typing import Annotated, Any

import typer

from factcli import __version__
from factcli.errors import UsageError
from factcli.interfaces.render import Format

app = typer.Typer(
    name="factcli",
    help="Look up and fact-check numbers and dates against a curated, sourced fact store.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)

FormatOpt = Annotated[
    Format | None,
    typer.Option(
        "--format", "-f", help="Output format (default: table on a terminal, plain when piped)."
    ),
]
LimitOpt = Annotated[
    int,
    typer.Option(
        "--limit", "-n", min=1, max=sys.maxsize, metavar="N", help="How many results at most."
    ),
]
ListLimitOpt = Annotated[
    int | None,
    typer.Option(
        "--limit",
        "-n",
        min=1,
        max=sys.maxsize,
        metavar="N",
        help="How many at most (default: all).",
    ),
]
KindOpt = Annotated[
    str | None,
    typer.Option(
        "--kind", "-k", metavar="KIND", help="Only facts of this kind (date, amount, ...)."
    ),
]
TagOpt = Annotated[
    list[str] | None,
    typer.Option("--tag", "-t", metavar="TAG", help="Only facts with this tag (repeatable)."),
]
SubjectOpt = Annotated[
    str | None,
    typer.Option(
        "--subject", "-s", metavar="SUBJECT", help="Only facts about this subject (id or name)."
    ),
]
SinceOpt = Annotated[
    str | None,
    typer.Option("--since", metavar="DATE", help="Only facts dated on or after DATE."),
]
UntilOpt = Annotated[
    str | None,
    typer.Option("--until", metavar="DATE", help="Only facts dated on or before DATE."),
]
AsOfOpt = Annotated[
    str | None,
    typer.Option(
        "--as-of",
        metavar="DATE",
        help="What was known and true on DATE (a plan from the day it was stated).",
    ),
]
AllOpt = Annotated[bool, typer.Option("--all", help="Include superseded facts (marked).")]


class Color(StrEnum):
    auto = "auto"
    always = "always"
    never = "never"


class State:
    store_path: str | None = None
    use_cache: bool = True
    # The stores read, freed only after the command (main): see entry.fast_path's run.
    kept: list[Any] = []  # noqa: RUF012  (one run at a time; main empties it)


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"factcli {__version__}\n")
        raise typer.Exit()


def _set_color(choice: str | None) -> None:
    if choice:
        from factcli.interfaces.render import set_color

        set_color(str(choice))


@app.callback()
def _root(
    store: Annotated[
        str | None,
        typer.Option(
            "--store",
            envvar="FACTCLI_STORE",
            metavar="PATH",
            help="Store directory or YAML file (default: the bundled store).",
        ),
    ] = None,
    no_cache: Annotated[
        bool, typer.Option("--no-cache", help="Read the YAML directly; do not use the cache.")
    ] = False,
    color: Annotated[
        Color,
        typer.Option("--color", help="Colour: auto (a terminal without NO_COLOR), always, never."),
    ] = Color.auto,
    version: Annotated[
        bool,
        typer.Option(
            "--version", "-V", callback=_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """Look up and fact-check numbers and dates against a curated, sourced fact store.

    Global options may also follow the command: factcli search QUERY --store DIR.

    \b
    Examples:
      factcli search "배경훈 취임"
      factcli get bae-birth
      factcli check "정부는 2030년까지 GPU 30만장을 확보할 계획이다."
      factcli check draft.md notes.md
    """
    State.store_path = store
    State.use_cache = not no_cache
    _set_color(color.value)


def _store():  # type: ignore[no-untyped-def]
    from factcli.store.loader import load_store

    store = load_store(State.store_path, use_cache=State.use_cache)
    State.kept.append(store)
    return store


def _fmt(fmt: Format | None) -> Format:
    from factcli.interfaces.render import default_format

    return fmt or default_format()


def _date_opt(value: str | None, name: str):  # type: ignore[no-untyped-def]
    if value is None:
        return None
    from factcli.text.dates import parse_date

    try:
        return parse_date(value)
    except ValueError:
        raise UsageError(
            f"{name}: not a date: {value!r} (e.g. 2025-07-17, 2025-07, 2025)"
        ) from None


def _filtered(store, kind, tag, subject, since, until, as_of, include_all, left_out=None):  # type: ignore[no-untyped-def]
    from factcli.store.loader import filter_facts

    return filter_facts(
        store,
        kind=kind,
        tags=tag or (),
        subject=subject,
        since=_date_opt(since, "--since"),
        until=_date_opt(until, "--until"),
        as_of=_date_opt(as_of, "--as-of"),
        include_superseded=include_all,
        left_out=left_out,
    )


def _say_left_out(left_out: list[Any]) -> None:
    from factcli.interfaces.commands import say_left_out

    say_left_out(left_out)


def _emit_facts(rows: Iterable[dict[str, Any]], fmt: Format, title: str | None = None) -> None:
    from factcli.interfaces.commands import emit_facts

    emit_facts(rows, fmt, title)


def _emit_fact_list(facts: Iterable[Any], fmt: Format) -> None:
    """Facts as _emit_facts writes their rows; JSON straight from the facts (the same text)."""
    from factcli.interfaces import views

    if fmt is Format.json:
        from factcli.interfaces.render import write_json_array

        write_json_array(facts, sys.stdout, views.fact_json)
        return
    _emit_facts(views.fact_rows(facts, display=views.has_display(fmt)), fmt)


def _cut(items: list[Any], limit: int | None) -> list[Any]:
    return items if limit is None else items[:limit]
