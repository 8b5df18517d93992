"""The commands that write a store: add a fact to it, or make one of your own (init)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from factcli.errors import ExitCode, UsageError
from factcli.interfaces.application import State, _store, app

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
