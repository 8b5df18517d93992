"""What `get`, `search` and `check` do, without the CLI framework: shared by cli.py and the
fast path (factcli.interfaces.entry)."""

from __future__ import annotations

import gc
import os
import sys

from factcli.errors import ExitCode, InputError, NotFoundError, UsageError
from factcli.interfaces.render import Format

TYPE_CHECKING = False  # not `typing` (~5 ms at start-up); type checkers know this name
if TYPE_CHECKING:
    from collections.abc import Iterable
    from typing import Any

    from factcli.interfaces.report import Draft
    from factcli.store.model import Store


def emit_facts(rows: Iterable[dict[str, Any]], fmt: Format, title: str | None = None) -> None:
    """Facts in any format: the JSON contract for json/jsonl/yaml, flat rows for csv/tsv."""
    from factcli.interfaces import render, views

    if fmt in (Format.csv, Format.tsv):
        rows = (views.csv_row(r) for r in rows)  # one at a time
        render.emit(rows, fmt, columns=views.CSV_COLUMNS)
    elif fmt in (Format.json, Format.jsonl, Format.yaml):
        drop = views.DISPLAY_KEYS
        lean = ({k: v for k, v in r.items() if k not in drop} for r in rows)  # one at a time
        render.emit(lean if fmt is not Format.yaml else list(lean), fmt, columns=())
    else:
        render.emit(
            rows,
            fmt,
            columns=views.FACT_COLUMNS,
            headers=views.FACT_HEADERS,
            plain=views.plain_fact,
            title=title,
        )


MAX_HINTED_ID = 200  # characters: a longer id asked for gets no "did you mean"


def get(store: Store, fact_id: str, *, field: str | None, fmt: Format) -> int:
    """Print one fact (or one field of it, bare); NotFoundError with close ids if unknown."""
    from factcli.interfaces import render, views

    fact = store.get(fact_id.strip())
    if fact is None:
        hint = ""
        # Fuzzy matching costs the id's length times the store's ids: a pasted page (a 100 KB
        # "id" took 21 s at 100,000 facts) is close to no id, so it gets no hint.
        if len(fact_id) <= MAX_HINTED_ID:
            from rapidfuzz import process

            # Ids only (the cache reads its id column, no fact is decoded); a suggestion is
            # shown only if its fact reads back, checked, under that id.
            found = process.extract(fact_id, store.ids(), limit=3, score_cutoff=60)
            close = [c for c, _s, _i in found if (hit := store.get(c)) and hit.id == c]
            hint = f"; did you mean {', '.join(close)}?" if close else ""
        raise NotFoundError(f"no fact with id {fact_id!r}{hint}")
    if field:
        row = views.fact_row(fact)
        if field not in row:
            raise UsageError(f"--field: unknown field {field!r} (one of {', '.join(sorted(row))})")
        value = row[field]
        if isinstance(value, str):  # text bare, as `jq -r` prints it
            sys.stdout.write(render.clean(value) + "\n")
        elif isinstance(value, list | dict):
            render.write_json(value, sys.stdout)
        else:  # numbers, true/false, null: JSON values stay JSON
            sys.stdout.write(render.dumps(value) + "\n")
        return ExitCode.OK
    if fmt is Format.json:
        render.write_json(fact.to_dict(), sys.stdout)
    elif fmt is Format.yaml:  # one mapping, as -f json prints one object
        import yaml

        text = yaml.safe_dump(fact.to_dict(), allow_unicode=True, sort_keys=False, width=1000)
        terminal = render.is_terminal(sys.stdout)
        sys.stdout.write(render.visible(text, keep="\n") if terminal else text)
    elif fmt in (Format.table, Format.plain):
        pairs = views.fact_detail(fact, store)
        if fmt is Format.table:
            rows = [{"field": k, "value": v} for k, v in pairs]
            render.emit(rows, fmt, columns=("field", "value"))
        else:
            for key, value in pairs:
                sys.stdout.write(render.line(f"{key}: {value}") + "\n")
    else:
        emit_facts([views.fact_row(fact)], fmt)
    return ExitCode.OK


def search(
    store: Store, words: list[str], *, limit: int, fmt: Format, pool: list[Any] | None = None
) -> int:
    """Print the best matches; exit 1 when nothing matches."""
    from factcli.find.search import search as rank
    from factcli.interfaces import views

    text = " ".join(words).strip()
    if not text:
        raise UsageError("search: empty query")
    matches = rank(store, text, limit=limit, facts=pool, by_meaning=True)
    emit_facts(views.match_rows(matches, display=views.has_display(fmt)), fmt)
    return ExitCode.OK if matches else ExitCode.NOT_FOUND


# --- list -f json ---------------------------------------------------------------------------
def list_json(store: Store, by: str, *, include_all: bool = False) -> int:
    """`list -f json` without filters or a limit: every current fact (with include_all,
    superseded ones too), sorted by `by` ("date" or "id"); exit 1 when there are none.

    A cached store is written from its rows (interfaces.bulk: the same text, several times
    faster); any other as render.write_json_array of views.fact_json. Both cli.py and
    the fast path (no Typer: ~0.1 s of a listing) call this.
    """
    left_out: list[Any] = []
    written = _json_rows(store, by, include_all, left_out)
    if written is None:
        from factcli.interfaces import views
        from factcli.interfaces.render import write_json_array
        from factcli.store.loader import stream_facts

        facts = stream_facts(store, by=by, include_superseded=include_all, left_out=left_out)
        write_json_array(facts, sys.stdout, views.fact_json)
        written = facts.count
    say_left_out(left_out)
    return ExitCode.OK if written else ExitCode.NOT_FOUND


def _json_rows(store: Any, by: str, include_all: bool, left_out: list[Any]) -> int | None:
    """list_json of a cached store, from its rows; None when the store is not cached (or
    facts have fields bulk cannot lay out)."""
    listed = getattr(store.facts, "listed", None)
    if listed is None:
        return None
    from factcli.interfaces import bulk

    if bulk.layout() is None:
        return None
    return bulk.write_listed(
        listed(by), sys.stdout, store.db.decoded, superseded=include_all, left_out=left_out
    )


def say_left_out(left_out: list[Any]) -> None:
    """On a terminal, superseded facts a listing left out are counted, so none vanish unseen.

    Only on a terminal: a script reads exit codes and stdout, and a quiet stderr.
    """
    if left_out and sys.stderr.isatty():
        n = len(left_out)
        sys.stderr.write(
            f"factcli: {n} superseded fact{'s' * (n != 1)} left out (--all shows them)\n"
        )


# --- check ----------------------------------------------------------------------------------
# What a lone argument must look like to be taken for a file that is missing (rather than
# for a claim): no spaces, and a path separator or a draft's extension.
DRAFT_SUFFIXES = (".md", ".markdown", ".mdx", ".txt", ".rst", ".adoc", ".org")


def looks_like_path(arg: str) -> bool:
    return not any(c.isspace() for c in arg) and (
        "/" in arg or arg.lower().endswith(DRAFT_SUFFIXES)
    )


def names_drafts(args: list[str]) -> bool:
    """Whether `check`'s arguments are drafts rather than the words of a claim: any of them
    is `-` or an existing file, or they all look like paths."""
    return any(a == "-" or os.path.exists(a) for a in args) or all(map(looks_like_path, args))


def check_inputs(args: list[str], files: list[str]) -> tuple[str | None, list[str]]:
    """(a claim, or None; the drafts to read) from `check`'s arguments.

    Arguments are files when --file is given, when any of them is `-` or an existing file,
    or when they all look like paths; otherwise together they are one claim. With neither,
    piped standard input is the draft.
    """
    if args and (files or names_drafts(args)):
        return None, files + args
    if args:
        from factcli.text.korean import clean

        text = clean(" ".join(args)).strip()
        if not text:
            raise UsageError("check: give either a claim or --file FILE (the claim is empty)")
        return text, []
    if files:
        return None, files
    if sys.stdin is None or sys.stdin.isatty():
        raise UsageError(
            "check: give a claim, draft files, or text on standard input "
            "(factcli check draft.md; echo CLAIM | factcli check)"
        )
    return None, ["<stdin>"]


# A draft is read whole: without a cap `check --file /dev/zero` would fill the memory.
MAX_DRAFT_BYTES = 8 * 2**20


def _read_capped(stream: Any, name: str) -> bytes:
    data: bytes = stream.read(MAX_DRAFT_BYTES + 1)
    if len(data) > MAX_DRAFT_BYTES:
        raise InputError(
            f"{name}: draft larger than {MAX_DRAFT_BYTES // 2**20} MiB; split it into smaller files"
        )
    return data


def read_draft(path: str) -> tuple[str, str]:
    """(text, display name) of a draft; '-' is standard input. At most MAX_DRAFT_BYTES."""
    if path in ("-", "<stdin>"):
        data = _read_capped(sys.stdin.buffer, "<stdin>") if sys.stdin is not None else b""
        name = "<stdin>"
        if path == "<stdin>" and not data.strip():
            raise UsageError("check: nothing on standard input; give a claim or draft files")
    else:
        # A file name may be any bytes; shown, the ones that are not UTF-8 are escaped.
        name = os.fsencode(path).decode("utf-8", "backslashreplace")
        try:
            # A regular file is opened by its name as given (the same file as pathlib's
            # normalised path: only a trailing / or /. or an empty name differ, and none of
            # them names a regular file); anything else as pathlib reads it (pathlib costs
            # the fast path ~5 ms of imports).
            target: Any = path
            if not os.path.isfile(path):
                from pathlib import Path

                target = Path(path)
                if target.is_dir():
                    raise InputError(f"{name}: is a directory; give a Markdown or text file")
            with open(target, "rb") as fh:
                data = _read_capped(fh, name)
        except FileNotFoundError:
            raise InputError(f"{name}: no such file") from None
        except OSError as exc:
            raise InputError(f"{name}: cannot read: {exc.strerror or exc}") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(
            f"{name}:{line}: not UTF-8 text (byte 0x{data[exc.start]:02x}); convert the file to UTF-8"
        ) from None
    from factcli.text.korean import clean

    return clean(text), name


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


def check_all(
    store: Store,
    text: str | None,
    paths: list[str],
    fmt: str,
    *,
    skip: frozenset[str] = frozenset(),
    strict: bool = False,
    only_problems: bool = False,
) -> int:
    """`check` of a claim (or None) and of draft files (see check_inputs), then the report."""
    from factcli.interfaces.report import Draft
    from factcli.store import programs

    programs.attach(store)  # the regular expressions compiled by an earlier check
    drafts: list[Draft] = []
    # Judging makes millions of short-lived objects that reference counting frees: the
    # cyclic collector would only rescan those alive (~5% of a draft at 100,000 facts).
    enabled = gc.isenabled()
    gc.disable()
    try:
        if text is not None:
            drafts.append(claim_draft(store, text, skip=skip))
        for path in paths:
            from factcli.interfaces.drafts import findings  # (not for a claim)

            draft, name = read_draft(path)
            found = _progress(findings(store, draft, skip=skip), draft.count("\n") + 1)
            drafts.append(Draft(name, draft, list(found), False))
    finally:
        if enabled:
            gc.enable()
    return check(store, drafts, fmt, strict=strict, only_problems=only_problems)


def claim_draft(store: Store, text: str, *, skip: frozenset[str] = frozenset()) -> Draft:
    """One claim, checked."""
    from factcli.interfaces.report import Draft
    from factcli.judge.check import check_text

    return Draft("<claim>", text, [check_text(store, text, skip=skip)], True)


def check(store: Store, drafts: list[Draft], fmt: str, *, strict: bool, only_problems: bool) -> int:
    """Print the report on the checked drafts; exit 1 when a claim fails."""
    from factcli.interfaces import report

    try:
        report.write(drafts, store, fmt, sys.stdout, strict=strict, only_problems=only_problems)
    except BrokenPipeError:
        # (check … | head -1: the reader left, the verdict stands; a failing check exits 1
        # all the same, so a pipeline with pipefail does not pass it)
        from factcli.interfaces.boundary import reader_left

        reader_left()
    from factcli.store import programs
    from factcli.store.readings import keep

    keep(store)  # the facts' texts read now are read from the cache next time
    programs.keep(store)  # and the regular expressions compiled now are not compiled again
    failed = any(report.fails(f, strict=strict) for d in drafts for f in d.findings)
    return ExitCode.NOT_FOUND if failed else ExitCode.OK
