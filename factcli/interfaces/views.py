"""Facts and other results -> plain rows (dicts) for the renderer; no I/O."""

from __future__ import annotations

TYPE_CHECKING = False  # not `typing` (~5 ms at start-up); type checkers know this name
if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator
    from typing import Any

    from factcli.store.model import Fact, Match, Problem, Store

FACT_COLUMNS = ("id", "when", "kind", "display_value", "marked_statement")
FACT_HEADERS = {"when": "date", "display_value": "value", "marked_statement": "statement"}
#: Row keys for display only, never in JSON (the contract is Fact.to_dict()).
DISPLAY_KEYS = ("when", "display_value", "marked_statement")
CSV_COLUMNS = (
    "id",
    "subject",
    "kind",
    "statement",
    "statement_en",
    "value",
    "unit",
    "approx",
    "bound",
    "date",
    "start",
    "end",
    "deadline",
    "tags",
    "sources",
    "superseded_by",
    "value_max",
    "status",
    "actor",
    "stated",
)


def superseded_mark(fact_or_row: Fact | dict[str, Any]) -> str:
    """How every listing marks a superseded fact: "superseded by ID" (empty when current)."""
    newer = (
        fact_or_row.get("superseded_by")
        if isinstance(fact_or_row, dict)
        else fact_or_row.superseded_by
    )
    return f"superseded by {newer}" if newer else ""


def display_value(fact: Fact, lang: str = "ko") -> str:
    """The value as a reader writes it: 36억9767만 원, 2,000 GPUs, 30%, 2025-07-17."""
    from decimal import Decimal

    from factcli.text.units import format_hedged

    if fact.kind == "date":
        return fact.date or ""
    if fact.bound == "range" and isinstance(fact.value_max, int | float):
        from factcli.text.units import format_value

        low = format_value(Decimal(str(fact.value)), fact.unit, lang=lang)
        high = format_value(Decimal(str(fact.value_max)), fact.unit, lang=lang)
        return f"{low} 이상 {high} 미만" if lang == "ko" else f"{low} to under {high}"
    if isinstance(fact.value, int | float) and not isinstance(fact.value, bool):
        amount = Decimal(str(fact.value))
        return format_hedged(amount, fact.unit, approx=fact.approx, bound=fact.bound, lang=lang)
    return "" if fact.value is None else str(fact.value)


def fact_row(fact: Fact, *, score: float | None = None) -> dict[str, Any]:
    """The JSON contract of a fact, plus display helpers (`when`, `display_value`, `score`)."""
    row = fact.to_dict()
    row["when"] = _span(fact)
    row["display_value"] = display_value(fact)
    mark = superseded_mark(fact)
    row["marked_statement"] = f"{fact.statement} ({mark})" if mark else fact.statement
    if score is not None:
        row["score"] = score
    return row


def _span(fact: Fact) -> str:
    if fact.start:
        return f"{fact.start}~{fact.end or ''}"
    return fact.date or (f"by {fact.deadline}" if fact.deadline else "")


def fact_rows(facts: Iterable[Fact], *, display: bool = True) -> Iterator[dict[str, Any]]:
    """Rows one at a time: a long listing is never held twice in memory.

    Without `display`, the JSON contract alone: what json, jsonl and yaml print (the display
    helpers cost more than writing the JSON: a value is formatted through Decimal).
    """
    if not display:
        return (f.to_dict() for f in facts)
    return (fact_row(f) for f in facts)


# --- a fact's JSON, fast: the text of render.json_block(fact.to_dict()) ---------------------
# json_block lays out each value with a Python call (most of `list -f json` at 100,000 facts).
# Here a fact's scalars, in to_dict's order, are escaped by json's C encoder in one call,
# joined by NUL (which the encoder never leaves raw in a string), and put into a template made
# once per shape (how many tags and sources) by json_block itself, so the layout is its own.
_HEAD = ("id", "subject", "kind", "statement", "statement_en", "value", "unit", "approx",
         "bound", "date", "start", "end", "deadline", "org")  # fmt: skip
_TAIL = ("note", "supersedes", "superseded_by", "verified", "value_max", "actor", "stated",
         "status")  # fmt: skip
_SCALARS = frozenset({str, int, float, bool, type(None)})
_TEMPLATES: dict[tuple[int, int, str], str] = {}
# (head getter, tail getter, encoder), made on first use; () when to_dict has other keys
_fact_json_parts: Any = None


def _template(tags: int, sources: int, margin: str) -> str:
    return "%s".join(p.replace("%", "%%") for p in fact_pieces(tags, sources, margin))


def fact_pieces(tags: int, sources: int, margin: str) -> list[str]:
    """The text around a fact's values in json_block's layout, for a fact of this shape: its
    values (see fact_values) go between these pieces."""
    import re

    from factcli.interfaces.render import indented

    slots = iter(range(1 << 30))

    def slot() -> str:  # a string json_block writes as is, found again below
        return f"\ue000{next(slots)}\ue001"

    shape: dict[str, Any] = {k: slot() for k in _HEAD}
    shape["tags"] = [slot() for _ in range(tags)]
    shape["sources"] = [{"doc": slot(), "quote": slot()} for _ in range(sources)]
    shape |= {k: slot() for k in _TAIL}
    return re.split('"\ue000[0-9]+\ue001"', indented(shape, margin))


def fact_values_order() -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The fields written before a fact's tags and sources, and after them (fact_pieces's
    order); None if Fact.to_dict has other keys (then only json_block writes a fact)."""
    from factcli.store.model import Fact

    same = list(Fact("", "", "", "", "").to_dict()) == [*_HEAD, "tags", "sources", *_TAIL]
    return (_HEAD, _TAIL) if same else None


def fact_json(fact: Fact, margin: str = "") -> str:
    """render.json_block(fact.to_dict(), margin), the same text, several times faster."""
    global _fact_json_parts
    from factcli.interfaces.render import escape_invisible, json_block

    if _fact_json_parts is None:
        from operator import attrgetter

        # to_dict's keys, in order, are what the templates lay out; if they ever differ,
        # every fact goes through json_block.
        same = list(fact.to_dict()) == [*_HEAD, "tags", "sources", *_TAIL]
        from factcli.store.listing import scalars_encoder

        scalars = scalars_encoder()
        _fact_json_parts = (attrgetter(*_HEAD), attrgetter(*_TAIL), scalars) if same else ()
    if not _fact_json_parts:
        return json_block(fact.to_dict(), margin)
    head, tail, encode = _fact_json_parts
    tags, sources = fact.tags, fact.sources
    flat = [*head(fact), *tags]
    for ref in sources:
        flat += (ref.doc, ref.quote)
    flat += tail(fact)
    key = (len(tags), len(sources), margin)
    template = _TEMPLATES.get(key)
    if template is None:
        template = _TEMPLATES[key] = _template(*key)
    if not _SCALARS.issuperset(map(type, flat)):
        return json_block(fact.to_dict(), margin)  # a value json_block writes its own way
    text = escape_invisible("".join(encode(flat, 0)))
    return template % tuple(text[1:-1].split("\x00"))


def has_display(fmt: str) -> bool:
    """Whether a format shows the display helpers of fact_row (JSON, JSONL and YAML do not)."""
    return fmt not in ("json", "jsonl", "yaml")


def match_rows(matches: list[Match], *, display: bool = True) -> list[dict[str, Any]]:
    """Rows of the matches, with their scores.

    Without `display`, the JSON contract alone, as fact_rows: no value is formatted (nor a
    number module imported) for json, jsonl and yaml, which drop the display fields.
    """
    if not display:
        return [{**m.fact.to_dict(), "score": m.score} for m in matches]
    return [fact_row(m.fact, score=m.score) for m in matches]


def csv_row(row: dict[str, Any]) -> dict[str, Any]:
    """Flatten the nested parts of a fact row for CSV/TSV."""
    flat = dict(row)
    flat["sources"] = [f"{s['doc']}: {s['quote']}" for s in row.get("sources", [])]
    return flat


def plain_fact(row: dict[str, Any]) -> str:
    """id, date, value, statement; a superseded fact has a fifth field, "superseded by ID"."""
    fields = [row["id"], row.get("when") or "", row.get("display_value") or "", row["statement"]]
    mark = superseded_mark(row)
    return "\t".join([*fields, mark] if mark else fields)


def problem_rows(problems: list[Problem]) -> list[dict[str, Any]]:
    return [p.to_dict() | {"where": f"{p.file}:{p.line}"} for p in problems]


def fact_detail(fact: Fact, store: Store) -> list[tuple[str, str]]:
    """Label/value pairs for `get` on a terminal."""
    subject = store.subjects.get(fact.subject)
    pairs = [
        ("id", fact.id),
        ("subject", f"{subject.name} ({subject.name_en})" if subject else fact.subject),
        ("kind", fact.kind),
        ("statement", fact.statement),
        ("statement_en", fact.statement_en),
        ("value", display_value(fact)),
    ]
    for name in (
        "unit",
        "bound",
        "status",
        "actor",
        "stated",
        "date",
        "start",
        "end",
        "deadline",
        "org",
        "note",
        "supersedes",
        "superseded_by",
        "verified",
    ):
        value = getattr(fact, name)
        if value:
            pairs.append((name, str(value)))
    pairs.append(("tags", ", ".join(fact.tags)))
    for ref in fact.sources:
        source = store.sources.get(ref.doc)
        title = source.title if source else ref.doc
        pairs.append(("source", f"{title} [{ref.doc}]"))
        pairs.append(("quote", f"“{ref.quote}”"))
    return pairs


def timeline_line(fact: Fact) -> str:
    """One plain timeline line: when, id, statement (and "superseded by ID", as in `list`).

    Each field on one line, its tabs shown as `\\t`: no value forges a column or a line.
    """
    from factcli.interfaces.render import line

    fields = [_span(fact), fact.id, fact.statement]
    mark = superseded_mark(fact)
    return "\t".join(line(v) for v in ([*fields, mark] if mark else fields))


def timeline_table(facts: list[Fact], out: Any) -> None:
    """A rich timeline grouped by year; cell text is never markup."""
    from rich.padding import Padding
    from rich.table import Table
    from rich.text import Text

    from factcli.interfaces.render import console, line

    con = console(out)
    latest: dict[str, str] = {}
    for fact in facts:
        if fact.kind == "position" and fact.start:
            latest[fact.subject] = max(latest.get(fact.subject, ""), fact.start)
    rows = []
    for fact in facts:
        span = _span(fact).replace("~", " → ")
        if fact.start and not fact.end:
            # An open end: the sources give none. Only the latest position is the current one.
            span += "to date" if latest.get(fact.subject) == fact.start else "?"
        text = Text(line(fact.statement))
        if fact.superseded_by:
            text.append(f" ({superseded_mark(fact)})", style="dim")
        rows.append(((fact.when or "")[:4], span, fact, text))
    # Ids are never broken or cut: when the columns leave the statements too little room,
    # each fact becomes a record (date and id on a line, the statement indented below).
    widest = max((len(span) + len(fact.id) for _y, span, fact, _t in rows), default=0)
    stacked = widest + 10 + 24 > con.width
    grid = Table(show_header=True, header_style="bold", show_lines=False)
    grid.add_column("date", no_wrap=True)
    grid.add_column("fact", no_wrap=True)
    grid.add_column("statement", overflow="fold")
    year = None
    for this, span, fact, text in rows:
        if this != year:
            if stacked:
                con.print(Text(this, style="bold cyan"))
            else:
                grid.add_row(Text(this, style="bold cyan"), Text(""), Text(""))
            year = this
        if stacked:
            head = Text("  " + span + "  ")
            head.append(fact.id, style="bold")
            con.print(head, soft_wrap=True)
            con.print(Padding(text, (0, 0, 0, 4), expand=False))
        else:
            grid.add_row(Text("  " + span), Text(fact.id, style="dim"), text)
    if not stacked:
        con.print(grid)


def source_rows(store: Store) -> list[dict[str, Any]]:
    counts: dict[str, int] = {}
    for fact in store.facts:
        for doc in {ref.doc for ref in fact.sources}:
            counts[doc] = counts.get(doc, 0) + 1
    return [
        source.to_dict() | {"facts": counts.get(source.id, 0)} for source in store.sources.values()
    ]


def stat_rows(store: Store) -> list[dict[str, Any]]:
    from collections import Counter

    groups: dict[str, Counter[str]] = {
        "kind": Counter(f.kind for f in store.facts),
        "subject": Counter(f.subject for f in store.facts),
        "source": Counter(
            ref.doc for f in store.facts for ref in {r.doc: r for r in f.sources}.values()
        ),
        "tag": Counter(tag for f in store.facts for tag in f.tags),
    }
    rows = [{"by": "total", "name": "facts", "facts": len(store.facts)}]
    for by, counter in groups.items():
        rows += [{"by": by, "name": name, "facts": n} for name, n in counter.most_common()]
    return rows
