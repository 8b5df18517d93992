"""The commands that read the store: search, get, list, timeline, cite, sources, stats,
export. Glue: parse, call the core, render."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from factcli.errors import ExitCode, NotFoundError
from factcli.interfaces.application import (
    AllOpt,
    AsOfOpt,
    FormatOpt,
    KindOpt,
    LimitOpt,
    ListLimitOpt,
    SinceOpt,
    SubjectOpt,
    TagOpt,
    UntilOpt,
    _cut,
    _date_opt,
    _emit_fact_list,
    _filtered,
    _fmt,
    _say_left_out,
    _store,
    app,
)
from factcli.interfaces.render import Format


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
