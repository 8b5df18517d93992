"""The command line: parse options, call the core, pick a renderer, map errors. Glue only."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from factcli import __version__
from factcli.errors import ExitCode, InputError, NotFoundError, UsageError
from factcli.interfaces.render import Format

app = typer.Typer(
    name="factcli",
    help="Look up and fact-check numbers and dates against a curated, sourced fact store.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)

FormatOpt = Annotated[
    Format | None,
    typer.Option(
        "--format", "-f", help="Output format (default: table on a terminal, plain when piped)."
    ),
]
LimitOpt = Annotated[int, typer.Option("--limit", "-n", min=1, help="How many results at most.")]
KindOpt = Annotated[
    str | None, typer.Option("--kind", "-k", help="Only facts of this kind (date, amount, ...).")
]
TagOpt = Annotated[
    list[str] | None, typer.Option("--tag", "-t", help="Only facts with this tag (repeatable).")
]
SubjectOpt = Annotated[
    str | None, typer.Option("--subject", "-s", help="Only facts about this subject (id or name).")
]
SinceOpt = Annotated[str | None, typer.Option("--since", help="Only facts dated on or after DATE.")]
UntilOpt = Annotated[
    str | None, typer.Option("--until", help="Only facts dated on or before DATE.")
]
AsOfOpt = Annotated[
    str | None,
    typer.Option(
        "--as-of", help="What was known and true on DATE (a plan from the day it was stated)."
    ),
]
AllOpt = Annotated[bool, typer.Option("--all", help="Include superseded facts (marked).")]


class State:
    store_path: str | None = None
    use_cache: bool = True


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"factcli {__version__}\n")
        raise typer.Exit()


@app.callback()
def _root(
    store: Annotated[
        str | None,
        typer.Option(
            "--store",
            envvar="FACTCLI_STORE",
            help="Store directory or YAML file (default: bundled).",
        ),
    ] = None,
    no_cache: Annotated[
        bool, typer.Option("--no-cache", help="Read the YAML directly; do not use the cache.")
    ] = False,
    version: Annotated[
        bool,
        typer.Option(
            "--version", "-V", callback=_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """Look up and fact-check numbers and dates against a curated, sourced fact store.

    Example: factcli search "배경훈 취임"
    """
    State.store_path = store
    State.use_cache = not no_cache


def _store():  # type: ignore[no-untyped-def]
    from factcli.store.loader import load_store

    return load_store(State.store_path, use_cache=State.use_cache)


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
    """On a terminal, superseded facts a listing left out are counted, so none vanish unseen.

    Only on a terminal: a script reads exit codes and stdout, and a quiet stderr.
    """
    if left_out and sys.stderr.isatty():
        n = len(left_out)
        sys.stderr.write(
            f"factcli: {n} superseded fact{'s' * (n != 1)} left out (--all shows them)\n"
        )


def _emit_facts(rows: Iterable[dict[str, Any]], fmt: Format, title: str | None = None) -> None:
    from factcli.interfaces.commands import emit_facts

    emit_facts(rows, fmt, title)


@app.command()
def search(
    query: Annotated[
        list[str], typer.Argument(help="Words to look for (Korean or English, 초성 too).")
    ],
    kind: KindOpt = None,
    tag: TagOpt = None,
    subject: SubjectOpt = None,
    as_of: AsOfOpt = None,
    limit: LimitOpt = 10,
    fmt: FormatOpt = None,
) -> int:
    """Fuzzy search over statements, names, tags, ids and values.

    Example: factcli search "GPU 20만장" --format json
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
        str | None, typer.Option("--field", help="Print only this field, bare.")
    ] = None,
    as_of: AsOfOpt = None,
    fmt: FormatOpt = None,
) -> int:
    """One fact in full, with its sources and quotes.

    With --as-of, exit 1 (and say why on stderr) when the fact did not hold on that date.
    Example: factcli get bae-birth --field date
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


@app.command("list")
def list_(
    kind: KindOpt = None,
    tag: TagOpt = None,
    subject: SubjectOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    as_of: AsOfOpt = None,
    include_all: AllOpt = False,
    sort: Annotated[str, typer.Option("--sort", help="date or id.")] = "date",
    fmt: FormatOpt = None,
) -> int:
    """Every current fact, filtered; with --all superseded ones too, marked.

    Example: factcli list --tag assets --format csv
    """
    from factcli.interfaces import views
    from factcli.store.loader import sort_facts

    if sort not in ("date", "id"):
        raise UsageError("--sort: use 'date' or 'id'")
    store = _store()
    left_out: list[Any] = []
    facts = sort_facts(
        _filtered(store, kind, tag, subject, since, until, as_of, include_all, left_out), by=sort
    )
    _emit_facts(views.fact_rows(facts), _fmt(fmt))
    _say_left_out(left_out)
    return ExitCode.OK if facts else ExitCode.NOT_FOUND


@app.command()
def validate(
    path: Annotated[
        Path | None, typer.Argument(help="Store to lint (default: the configured store).")
    ] = None,
    examples: Annotated[
        bool, typer.Option("--examples/--no-examples", help="Also run facts' examples.")
    ] = True,
    fmt: FormatOpt = None,
) -> int:
    """Lint a store: YAML, schema, ids, subjects, sources, quotes, examples.

    Example: factcli validate facts/
    """
    from factcli.interfaces import render, views
    from factcli.judge.validate import validate_store
    from factcli.store.loader import resolve_store_path

    root = Path(path) if path else resolve_store_path(State.store_path)
    from factcli.store.loader import store_files

    store_files(root)  # a store that cannot be read at all is an error (exit 2), not a finding
    problems = validate_store(root, run_examples=examples)
    fmt = _fmt(fmt)
    if fmt in (Format.plain, Format.table) and problems:
        for problem in problems:
            sys.stdout.write(render.clean(str(problem)) + "\n")
    elif fmt not in (Format.plain, Format.table):
        render.emit(views.problem_rows(problems), fmt, columns=("file", "line", "message"))
    if problems:
        sys.stderr.write(f"{len(problems)} problem{'s' * (len(problems) != 1)} found\n")
        return ExitCode.NOT_FOUND
    if fmt in (Format.plain, Format.table):
        sys.stderr.write(f"{root}: ok\n")
    return ExitCode.OK


@app.command()
def timeline(
    subject: SubjectOpt = None,
    tag: TagOpt = None,
    kind: KindOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    as_of: AsOfOpt = None,
    include_all: AllOpt = False,
    fmt: FormatOpt = None,
) -> int:
    """Every dated fact in order, grouped by year; positions as spans.

    Example: factcli timeline --subject 배경훈 --since 2016
    """
    from factcli.interfaces import views
    from factcli.store.loader import sort_facts

    store = _store()
    left_out: list[Any] = []
    chosen = _filtered(store, kind, tag, subject, since, until, as_of, include_all, left_out)
    facts = [f for f in chosen if f.when]
    facts = sort_facts(facts, by="when")
    fmt = _fmt(fmt)
    if fmt is Format.table:
        views.timeline_table(facts, sys.stdout)
    elif fmt is Format.plain:
        for fact in facts:
            sys.stdout.write(views.timeline_line(fact) + "\n")
    else:
        _emit_facts(views.fact_rows(facts), fmt)
    _say_left_out([f for f in left_out if f.when])
    return ExitCode.OK if facts else ExitCode.NOT_FOUND


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
        CiteStyle, typer.Option("--style", help="markdown, footnote, plain or json.")
    ] = CiteStyle.markdown,
    lang: Annotated[Lang, typer.Option("--lang", help="Language of the statement.")] = Lang.ko,
) -> int:
    """A ready-to-paste citation: statement, verbatim quote, source title, publisher, date, URL.

    Example: factcli cite bae-birth assets-total --style footnote --lang en >> draft.md
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
def sources(fmt: FormatOpt = None) -> int:
    """The source documents, with how many facts each backs.

    Example: factcli sources --format json
    """
    from factcli.interfaces import render, views

    rows = views.source_rows(_store())
    render.emit(
        rows, _fmt(fmt), columns=("id", "facts", "title", "publisher", "author", "date", "url")
    )
    return ExitCode.OK


@app.command()
def stats(fmt: FormatOpt = None) -> int:
    """How many facts there are by kind, tag, subject and source.

    Example: factcli stats --format csv
    """
    from factcli.interfaces import render, views

    rows = views.stat_rows(_store())
    render.emit(rows, _fmt(fmt), columns=("by", "name", "facts"))
    return ExitCode.OK


@app.command()
def stale(
    older_than: Annotated[
        str, typer.Option("--older-than", help="Age such as 180d, 26w, 6m, 1y.")
    ] = "180d",
    fmt: FormatOpt = None,
) -> int:
    """Facts not verified within a time (or never): what to re-check against sources.

    Exit 1 when there are stale facts. Example: factcli stale --older-than 90d
    """
    import datetime as dt

    from factcli.interfaces import views
    from factcli.store.loader import stale_facts

    days = _days(older_than)
    facts = stale_facts(_store(), dt.date.today() - dt.timedelta(days=days))
    _emit_facts(views.fact_rows(facts), _fmt(fmt))
    return ExitCode.NOT_FOUND if facts else ExitCode.OK


def _days(text: str) -> int:
    import re

    match = re.fullmatch(r"\s*(\d+)\s*([dwmy]?)\s*", text)
    if not match:
        raise UsageError(f"--older-than: not a duration: {text!r} (e.g. 180d, 26w, 6m, 1y)")
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
    ],
    output: Annotated[
        Path, typer.Option("--output", "-o", help="File to write (replaced atomically).")
    ],
) -> int:
    """Export the whole store: JSON, JSON lines, CSV (formula-safe) or SQLite with FTS5.

    Example: factcli export --format sqlite --output facts.db && sqlite3 facts.db "SELECT id FROM facts_fts WHERE facts_fts MATCH '엑사원'"
    """
    from factcli.interfaces.export import export_store

    count = export_store(_store(), fmt.value, output)
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
    unit: Annotated[str | None, typer.Option("--unit", help="KRW, GPU, %, day, year, ...")] = None,
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
    tag: TagOpt = None,
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
        typer.Option("--file", help="YAML file of the store to append to (default: added.yaml)."),
    ] = None,
) -> int:
    """Add a fact to the store: validated like `validate`, appended without touching other bytes.

    Missing fields are asked for on a terminal; otherwise the command fails and says which.
    Example: factcli add --kind amount --value 1억 --unit KRW --statement "..." --statement-en "..." --source whois-bae --quote "..." --tag assets
    """
    from factcli.store.loader import resolve_store_path
    from factcli.store.writer import append_fact, new_fact_id, slugify, store_validator

    store = _store()
    root = resolve_store_path(State.store_path)
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
    raw["id"] = fact_id or new_fact_id(
        store, slugify(raw["statement_en"] or raw["statement"], fallback=raw["kind"])
    )
    target = file if file else (root / "added.yaml" if root.is_dir() else root)
    if file and not file.is_absolute() and root.is_dir() and not file.exists():
        target = root / file
    from factcli.judge.validate import validate_store

    # Exactly what `validate` checks (but the examples, which `validate` runs separately).
    check = store_validator(
        root, target, check=lambda mirror: validate_store(mirror, run_examples=False)
    )
    append_fact(target, _ordered(raw), validate=check)
    sys.stdout.write(raw["id"] + "\n")
    sys.stderr.write(f"added {raw['id']} to {target}\n")
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
        raw["unit"] = extra["unit"]
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
def completion(shell: Annotated[Shell, typer.Argument(help="bash, zsh or fish.")]) -> int:
    """Print a shell completion script (ids complete for get and cite).

    Example: factcli completion bash > ~/.local/share/bash-completion/completions/factcli
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


def _read_draft(path: str) -> tuple[str, str]:
    """(text, display name) of a draft; '-' is standard input."""
    if path == "-":
        data = sys.stdin.buffer.read()
        name = "<stdin>"
    else:
        target = Path(path)
        name = path
        try:
            if target.is_dir():
                raise InputError(f"{path}: is a directory; give a Markdown or text file")
            data = target.read_bytes()
        except FileNotFoundError:
            raise InputError(f"{path}: no such file") from None
        except OSError as exc:
            raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(
            f"{name}:{line}: not UTF-8 text (byte 0x{data[exc.start]:02x}); convert the file to UTF-8"
        ) from None
    from factcli.text.korean import nfc

    return nfc(text), name


@app.command()
def check(
    claim: Annotated[
        list[str] | None, typer.Argument(help="A sentence (or several) to check.")
    ] = None,
    file: Annotated[
        str | None, typer.Option("--file", help="A Markdown or text draft; '-' reads stdin.")
    ] = None,
    strict: Annotated[
        bool, typer.Option("--strict", help="Also fail (exit 1) on unverified claims.")
    ] = False,
    as_of: AsOfOpt = None,
    fmt: Annotated[
        CheckFormat | None,
        typer.Option(
            "--format",
            "-f",
            help="table (terminal default), plain (FILE:LINE:COL), json, jsonl, github.",
        ),
    ] = None,
) -> int:
    """Fact-check a sentence or a whole draft against the store.

    Exit 1 when a claim is contradicted or misleading (or, with --strict, unverified).

    Example: factcli check "배경훈 장관은 2025년 7월 17일 취임했다."
    Example: factcli check --file draft.md --format plain
    """
    from factcli.interfaces import report
    from factcli.interfaces.render import dumps, is_terminal, write_json
    from factcli.judge.check import check_document, check_text
    from factcli.store.model import Verdict

    text = " ".join(claim or []).strip()
    if bool(text) == bool(file):
        raise UsageError("check: give either a claim or --file PATH (not both)")
    fmt = fmt or (CheckFormat.table if is_terminal(sys.stdout) else CheckFormat.plain)
    store = _store()
    skip: frozenset[str] = frozenset()
    day = _date_opt(as_of, "--as-of")
    if day:  # judge against what was true then: superseded and later facts are left out
        from factcli.store.loader import filter_facts

        kept = {f.id for f in filter_facts(store, as_of=day, include_superseded=False)}
        skip = frozenset(f.id for f in store.facts if f.id not in kept)
    if file is None:
        findings = [check_text(store, text, skip=skip)]
        name = "<claim>"
    else:
        draft, name = _read_draft(file)
        findings = list(_progress(check_document(store, draft, skip=skip), draft.count("\n") + 1))
    if fmt is CheckFormat.json:
        if file is None:
            write_json(report.claim_json(findings[0]), sys.stdout)
        else:
            write_json([f.to_dict() for f in findings], sys.stdout)
    elif fmt is CheckFormat.jsonl:
        for finding in findings:
            sys.stdout.write(dumps(finding.to_dict()) + "\n")
    elif fmt is CheckFormat.plain:
        sys.stdout.writelines(line + "\n" for line in report.plain_lines(findings, name))
    elif fmt is CheckFormat.github:
        sys.stdout.writelines(line + "\n" for line in report.github_lines(findings, name))
    else:
        report.terminal(findings, store, "" if file is None else name, sys.stdout)
    verdicts = {f.verdict for f in findings}
    if (
        Verdict.contradicted in verdicts
        or Verdict.misleading in verdicts
        or (strict and Verdict.unverified in verdicts)
    ):
        return ExitCode.NOT_FOUND
    return ExitCode.OK


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


def _progress(findings, lines: int):  # type: ignore[no-untyped-def]
    """Show progress on stderr for long drafts, only when stderr is a terminal."""
    from factcli.interfaces.render import is_terminal

    if lines < 200 or not is_terminal(sys.stderr):
        yield from findings
        return
    from rich.progress import Progress

    with Progress(transient=True, console=None) as bar:
        task = bar.add_task("checking", total=lines)
        for finding in findings:
            bar.update(task, completed=finding.line)
            yield finding


def main(argv: list[str] | None = None) -> None:
    """The full CLI: run the Typer app; every outcome becomes an exit code, never a traceback."""
    from factcli.interfaces.boundary import guarded

    sys.exit(guarded(lambda: _run_app(argv)))


def _run_app(argv: list[str] | None) -> int:
    from typer._click.exceptions import ClickException

    if "_FACTCLI_COMPLETE" in os.environ:  # a shell asking for completions
        from typer._completion_classes import completion_init

        completion_init()

    try:
        return int(app(args=argv, prog_name="factcli", standalone_mode=False) or 0)
    except ClickException as exc:
        exc.show()
        return ExitCode.ERROR
    except typer.Abort:
        raise KeyboardInterrupt from None
    except SystemExit:
        from typer._click.utils import PacifyFlushWrapper

        if isinstance(sys.stdout, PacifyFlushWrapper):  # Typer's word for "the reader left"
            return ExitCode.OK
        raise
