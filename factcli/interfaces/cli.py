"""The command line: parse options, call the core, pick a renderer, map errors. Glue only.

Conventions (README "Commands"): global options (--store, --no-cache, --color) go before or
after the command; every usage error is one line, `factcli: error: ...`, exit 2; every
command that prints data takes -f/--format, every listing -n/--limit.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from factcli import __version__
from factcli.errors import ExitCode, NotFoundError, UsageError
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
    int, typer.Option("--limit", "-n", min=1, metavar="N", help="How many results at most.")
]
ListLimitOpt = Annotated[
    int | None,
    typer.Option("--limit", "-n", min=1, metavar="N", help="How many at most (default: all)."),
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


@app.command()
def search(
    query: Annotated[
        list[str],
        typer.Argument(metavar="QUERY...", help="Words to look for (Korean or English, 초성 too)."),
    ],
    kind: KindOpt = None,
    tag: TagOpt = None,
    subject: SubjectOpt = None,
    as_of: AsOfOpt = None,
    limit: LimitOpt = 10,
    fmt: FormatOpt = None,
) -> int:
    """Fuzzy search over statements, names, tags, ids and values.

    Best match first; exit 1 when nothing matches.

    \b
    Examples:
      factcli search 배겅훈 취임
      factcli search ㅂㄱㅎ -n 3
      factcli search "GPU 20만장" --format json
    """
    from factcli.interfaces import commands

    store = _store()
    filters = (kind, tag, subject, as_of)
    # Search shows superseded facts (ranked lower, marked) unless asked about a date.
    pool = (
        _filtered(store, kind, tag, subject, None, None, as_of, not as_of) if any(filters) else None
    )
    return commands.search(store, query, limit=limit, fmt=_fmt(fmt), pool=pool)


def _complete_ids(incomplete: str) -> list[str]:
    """Fact ids for shell completion (never fails: a broken store completes nothing)."""
    try:
        store = _store()
    except Exception:
        return []
    return [f.id for f in store.facts if f.id.startswith(incomplete)][:200]


@app.command()
def get(
    fact_id: Annotated[
        str, typer.Argument(metavar="ID", help="The fact's id.", autocompletion=_complete_ids)
    ],
    field: Annotated[
        str | None,
        typer.Option(
            "--field",
            metavar="NAME",
            help="Print only this field: text bare, anything else as JSON.",
        ),
    ] = None,
    as_of: AsOfOpt = None,
    fmt: FormatOpt = None,
) -> int:
    """One fact in full, with its sources and quotes.

    With --as-of, exit 1 (and say why on stderr) when the fact did not hold on that date.

    \b
    Examples:
      factcli get bae-birth
      factcli get bae-birth --field date
      factcli get policy-gpu-target-2030 -f json
    """
    from factcli.interfaces import commands
    from factcli.store.loader import why_not_on

    store = _store()
    code = commands.get(store, fact_id, field=field, fmt=_fmt(fmt))
    day = _date_opt(as_of, "--as-of")
    fact = store.get(fact_id.strip())
    why = why_not_on(fact, store, day) if day and fact else None
    if day and fact and why:
        sys.stderr.write(f"factcli: {fact.id} did not hold on {day.iso} ({why})\n")
        return ExitCode.NOT_FOUND
    return code


class Sort(StrEnum):
    date = "date"
    id = "id"


@app.command("list")
def list_(
    kind: KindOpt = None,
    tag: TagOpt = None,
    subject: SubjectOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    as_of: AsOfOpt = None,
    include_all: AllOpt = False,
    sort: Annotated[Sort, typer.Option("--sort", help="Order by date or by id.")] = Sort.date,
    limit: ListLimitOpt = None,
    fmt: FormatOpt = None,
) -> int:
    """Every current fact, filtered; with --all superseded ones too, marked.

    \b
    Examples:
      factcli list --tag assets
      factcli list --since 2025 --sort id -n 5
      factcli list --format csv > facts.csv
    """
    from itertools import islice

    from factcli.store.loader import stream_facts

    store = _store()
    # Read in order and written one at a time: 100,000 facts are never all in memory.
    left_out: list[Any] = []
    filtered = kind or tag or subject or since or until or as_of
    if limit is None and not filtered and _fmt(fmt) is Format.json:
        from factcli.interfaces.commands import list_json

        return list_json(store, sort.value, include_all=include_all)
    facts = stream_facts(
        store,
        by=sort.value,
        kind=kind,
        tags=tag or (),
        subject=subject,
        since=_date_opt(since, "--since"),
        until=_date_opt(until, "--until"),
        as_of=_date_opt(as_of, "--as-of"),
        include_superseded=include_all,
        left_out=left_out,
    )
    shown = facts if limit is None else islice(facts, limit)
    fmt = _fmt(fmt)
    _emit_fact_list(shown, fmt)
    if limit is not None and sys.stderr.isatty():
        for _rest in facts:  # what the cut left out still counts in the note on stderr
            pass
    _say_left_out(left_out)
    return ExitCode.OK if facts.count else ExitCode.NOT_FOUND


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
def timeline(
    subject: SubjectOpt = None,
    tag: TagOpt = None,
    kind: KindOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    as_of: AsOfOpt = None,
    include_all: AllOpt = False,
    limit: ListLimitOpt = None,
    fmt: FormatOpt = None,
) -> int:
    """Every dated fact in order, grouped by year; positions as spans.

    \b
    Examples:
      factcli timeline --subject 배경훈 --since 2016
      factcli timeline --tag career -f plain
    """
    from itertools import islice

    from factcli.interfaces import views
    from factcli.store.loader import Tally, stream_facts

    store = _store()
    left_out: list[Any] = []
    ordered = stream_facts(
        store,
        by="when",
        kind=kind,
        tags=tag or (),
        subject=subject,
        since=_date_opt(since, "--since"),
        until=_date_opt(until, "--until"),
        as_of=_date_opt(as_of, "--as-of"),
        include_superseded=include_all,
        left_out=left_out,
    )
    facts = Tally(f for f in ordered if f.when)  # streamed: written one at a time
    shown = facts if limit is None else islice(facts, limit)
    fmt = _fmt(fmt)
    if fmt is Format.table:
        views.timeline_table(list(shown), sys.stdout)
    elif fmt is Format.plain:
        for fact in shown:
            sys.stdout.write(views.timeline_line(fact) + "\n")
    else:
        _emit_fact_list(shown, fmt)
    if limit is not None and sys.stderr.isatty():
        for _rest in facts:  # what the cut left out still counts in the note on stderr
            pass
    _say_left_out([f for f in left_out if f.when])
    return ExitCode.OK if facts.count else ExitCode.NOT_FOUND


class CiteStyle(StrEnum):
    markdown = "markdown"
    footnote = "footnote"
    plain = "plain"
    json = "json"


class Lang(StrEnum):
    ko = "ko"
    en = "en"


@app.command()
def cite(
    fact_ids: Annotated[
        list[str],
        typer.Argument(metavar="ID...", help="Facts to cite.", autocompletion=_complete_ids),
    ],
    style: Annotated[
        CiteStyle,
        typer.Option(
            "--format", "-f", "--style", help="markdown, footnote, plain or json (--style too)."
        ),
    ] = CiteStyle.markdown,
    lang: Annotated[Lang, typer.Option("--lang", help="Language of the statement.")] = Lang.ko,
) -> int:
    """A ready-to-paste citation: statement, quote, source.

    The statement, its verbatim quote, the source's title, publisher, date and URL.

    \b
    Examples:
      factcli cite bae-birth
      factcli cite bae-birth assets-total -f footnote --lang en >> draft.md
    """
    from factcli.interfaces.cite import format_citations
    from factcli.interfaces.render import clean

    store = _store()
    facts = []
    for fact_id in fact_ids:
        fact = store.get(fact_id)
        if fact is None:
            raise NotFoundError(f"no fact with id {fact_id!r}")
        facts.append(fact)
    text = format_citations(store, facts, style=style.value, lang=lang.value)
    sys.stdout.write(text if style is CiteStyle.json else clean(text))
    return ExitCode.OK


@app.command()
def sources(limit: ListLimitOpt = None, fmt: FormatOpt = None) -> int:
    """The source documents, with how many facts each backs.

    \b
    Examples:
      factcli sources
      factcli sources --format json
    """
    from factcli.interfaces import render, views

    rows = _cut(views.source_rows(_store()), limit)
    render.emit(
        rows, _fmt(fmt), columns=("id", "facts", "title", "publisher", "author", "date", "url")
    )
    return ExitCode.OK


@app.command()
def stats(limit: ListLimitOpt = None, fmt: FormatOpt = None) -> int:
    """How many facts there are by kind, tag, subject and source.

    \b
    Examples:
      factcli stats
      factcli stats --format csv
    """
    from factcli.interfaces import render, views

    rows = _cut(views.stat_rows(_store()), limit)
    render.emit(rows, _fmt(fmt), columns=("by", "name", "facts"))
    return ExitCode.OK


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


class ExportFormat(StrEnum):
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    sqlite = "sqlite"


@app.command()
def export(
    fmt: Annotated[
        ExportFormat, typer.Option("--format", "-f", help="json, jsonl, csv or sqlite.")
    ] = ExportFormat.json,
    output: Annotated[
        str,
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            help="File to write (replaced atomically); - is stdout.",
        ),
    ] = "-",
) -> int:
    """Export the whole store: JSON, JSON lines, CSV or SQLite.

    CSV cells are formula-safe; the SQLite file has an FTS5 index.

    \b
    Examples:
      factcli export -f jsonl | head -1
      factcli export --format sqlite --output facts.db
      sqlite3 facts.db "SELECT id FROM facts_fts WHERE facts_fts MATCH '엑사원'"
    """
    from factcli.interfaces.export import export_store

    count = export_store(_store(), fmt.value, Path(output))
    if output != "-":  # stdout is the data; talk only when the data went to a file
        sys.stderr.write(f"{count} facts written to {output}\n")
    return ExitCode.OK


ADD_FIELDS = ("subject", "kind", "statement", "statement_en", "source", "quote")


@app.command()
def add(
    kind: Annotated[
        str | None, typer.Option("--kind", help="date, amount, count, target, ...")
    ] = None,
    statement: Annotated[
        str | None, typer.Option("--statement", help="The fact as a Korean sentence.")
    ] = None,
    statement_en: Annotated[
        str | None, typer.Option("--statement-en", help="The fact in English.")
    ] = None,
    subject: Annotated[
        str | None,
        typer.Option("--subject", help="Subject id (default: bae-kyung-hoon if it exists)."),
    ] = None,
    value: Annotated[
        str | None, typer.Option("--value", help="The value: 36억9767만, 200000, 30, a title...")
    ] = None,
    unit: Annotated[
        str | None,
        typer.Option(
            "--unit", help="KRW, GPU, people, item, %, day, year, ... or 원, 장, 명, 개, 대, 건."
        ),
    ] = None,
    date: Annotated[
        str | None,
        typer.Option("--date", help="When (YYYY, YYYY-MM, YYYY-MM-DD, 2025년 7월 17일)."),
    ] = None,
    start: Annotated[
        str | None, typer.Option("--start", help="Start of a span (positions).")
    ] = None,
    end: Annotated[str | None, typer.Option("--end", help="End of a span.")] = None,
    deadline: Annotated[
        str | None, typer.Option("--deadline", help="Deadline of a target.")
    ] = None,
    tag: Annotated[
        list[str] | None,
        typer.Option(
            "--tag", "-t", help="A tag to file the fact under (repeatable; default: its kind)."
        ),
    ] = None,
    source: Annotated[
        str | None, typer.Option("--source", help="Source document id (see `factcli sources`).")
    ] = None,
    quote: Annotated[
        str | None, typer.Option("--quote", help="Verbatim excerpt of the source.")
    ] = None,
    note: Annotated[str | None, typer.Option("--note", help="A note for readers.")] = None,
    fact_id: Annotated[
        str | None, typer.Option("--id", help="The id (default: derived from the statement).")
    ] = None,
    file: Annotated[
        Path | None,
        typer.Option(
            "--file", help="A .yaml file of the store to append to (default: added.yaml)."
        ),
    ] = None,
) -> int:
    """Add a fact to the store: validated like `validate`, appended without touching other bytes.

    Missing fields are asked for on a terminal; otherwise the command fails and says which.

    \b
    Examples:
      factcli add --kind amount --value 1억 --unit KRW --statement "..." --statement-en "..." --source whois-bae --quote "..." --tag assets
    """
    from factcli.judge.validate import validate_store
    from factcli.store.adding import add_fact, add_target
    from factcli.store.loader import resolve_store_path
    from factcli.store.writer import slugify

    root = resolve_store_path(State.store_path)
    target = add_target(root, file)  # before any prompt: a store add may not write to
    store = _store()
    given: dict[str, Any] = {
        "subject": subject,
        "kind": kind,
        "statement": statement,
        "statement_en": statement_en,
        "source": source,
        "quote": quote,
    }
    if given["subject"] is None and "bae-kyung-hoon" in store.subjects:
        given["subject"] = "bae-kyung-hoon"
    missing = [k for k in ADD_FIELDS if not given[k]]
    if missing:
        if not (sys.stdin.isatty() and sys.stdout.isatty()):
            raise UsageError(
                "add: missing " + ", ".join("--" + k.replace("_", "-") for k in missing)
            )
        for key in missing:
            given[key] = typer.prompt(key.replace("_", " "))
    raw = _raw_fact(
        given,
        value=value,
        unit=unit,
        date=date,
        start=start,
        end=end,
        deadline=deadline,
        tags=tag or [],
        note=note,
    )
    raw["id"] = fact_id
    base = slugify(raw["statement_en"] or raw["statement"], fallback=raw["kind"])
    # Exactly what `validate` checks (but the examples, which `validate` runs separately).
    added = add_fact(
        root,
        target,
        _ordered(raw),
        id_base=base,
        check=lambda mirror: validate_store(mirror, run_examples=False),
    )
    sys.stdout.write(added + "\n")
    sys.stderr.write(f"added {added} to {target}\n")
    return ExitCode.OK


@app.command()
def init(
    folder: Annotated[Path, typer.Argument(metavar="DIR", help="A new or empty folder.")],
) -> int:
    """Copy the bundled store into a folder of your own, to add facts to and edit.

    Example: factcli init ~/facts && export FACTCLI_STORE=~/facts
    """
    from factcli.store.adding import init_store

    count, hint = init_store(folder)
    sys.stderr.write(f"created a store of {count} facts in {folder}; point factcli at it:\n")
    sys.stderr.write(f"  {hint}\n  (or: factcli --store {folder} ...)\n")
    return ExitCode.OK


def _raw_fact(given: dict[str, Any], **extra: Any) -> dict[str, Any]:
    """Options -> a fact mapping as it would be written in YAML."""
    from factcli.store.model import NUMERIC_KINDS
    from factcli.text.dates import parse_date

    raw: dict[str, Any] = {k: given[k] for k in ("subject", "kind", "statement", "statement_en")}
    for key in ("date", "start", "end", "deadline"):
        if extra[key]:
            try:
                raw[key] = parse_date(extra[key]).iso
            except ValueError:
                raise UsageError(f"--{key}: not a date: {extra[key]!r}") from None
    value = extra["value"]
    if value is not None and raw["kind"] in NUMERIC_KINDS:
        from factcli.text.numerals import parse_number

        try:
            number = parse_number(value)
        except ValueError:
            raise UsageError(f"--value: not a number: {value!r}") from None
        raw["value"] = int(number) if number == number.to_integral() else float(number)
    elif value is not None:
        raw["value"] = value
    if extra["unit"]:
        from factcli.store.adding import canonical_unit

        raw["unit"] = canonical_unit(raw["kind"], extra["unit"])
    raw["tags"] = list(extra["tags"]) or [raw["kind"]]
    raw["sources"] = [{"doc": given["source"], "quote": given["quote"]}]
    if extra["note"]:
        raw["note"] = extra["note"]
    return raw


def _ordered(raw: dict[str, Any]) -> dict[str, Any]:
    order = (
        "id",
        "subject",
        "kind",
        "value",
        "unit",
        "date",
        "start",
        "end",
        "deadline",
        "statement",
        "statement_en",
        "tags",
        "sources",
        "note",
    )
    return {k: raw[k] for k in order if k in raw}


class Shell(StrEnum):
    bash = "bash"
    zsh = "zsh"
    fish = "fish"


@app.command()
def completion(
    shell: Annotated[Shell, typer.Argument(metavar="SHELL", help="bash, zsh or fish.")],
) -> int:
    """Print a shell completion script (ids complete for get and cite).

    It prints the script; where it goes is yours to choose (it does not guess your shell).

    \b
    Examples:
      factcli completion bash > ~/.local/share/bash-completion/completions/factcli
      factcli completion zsh > "${fpath[1]}/_factcli"
      factcli completion fish > ~/.config/fish/completions/factcli.fish
    """
    from typer._completion_classes import completion_init
    from typer._completion_shared import get_completion_script

    completion_init()
    script = get_completion_script(
        prog_name="factcli", complete_var="_FACTCLI_COMPLETE", shell=shell.value
    )
    sys.stdout.write(script + "\n")
    return ExitCode.OK


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
        from factcli.store.loader import filter_facts

        kept = {f.id for f in filter_facts(store, as_of=day, include_superseded=False)}
        skip = frozenset(f.id for f in store.facts if f.id not in kept)
    return commands.check_all(
        store, text, paths, fmt.value, skip=skip, strict=strict, only_problems=only_problems
    )


@app.command()
def lsp(
    stdio: Annotated[
        bool, typer.Option("--stdio", help="Talk over stdin/stdout (the default).")
    ] = False,
) -> int:
    """Run the language server for editors: diagnostics, hover, quick fixes, completion.

    Started by the editor, not by hand: the README's "In the editor" has the config snippets.

    Example: factcli lsp
    """
    from factcli.interfaces.lsp import serve  # pygls is imported by this command only

    return serve(State.store_path, State.use_cache)


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
