"""Facts and other results -> plain rows (dicts) for the renderer; no I/O."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from factcli.model import Fact, Match, Problem, Store

FACT_COLUMNS = ("id", "when", "kind", "display_value", "statement")
FACT_HEADERS = {"when": "date", "display_value": "value"}
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
)


def display_value(fact: Fact, lang: str = "ko") -> str:
    """The value as a reader writes it: 36억9767만 원, 2,000 GPUs, 30%, 2025-07-17."""
    from factcli.values import format_value

    if fact.kind == "date":
        return fact.date or ""
    if isinstance(fact.value, int | float) and not isinstance(fact.value, bool):
        text = format_value(Decimal(str(fact.value)), fact.unit, lang=lang)
        if fact.bound == "min":
            text += " 이상" if lang == "ko" else " or more"
        elif fact.bound == "max":
            text += " 이하" if lang == "ko" else " or less"
        return ("약 " if lang == "ko" else "about ") + text if fact.approx else text
    return "" if fact.value is None else str(fact.value)


def fact_row(fact: Fact, *, score: float | None = None) -> dict[str, Any]:
    """The JSON contract of a fact, plus display helpers (`when`, `display_value`, `score`)."""
    row = fact.to_dict()
    row["when"] = _span(fact)
    row["display_value"] = display_value(fact)
    if score is not None:
        row["score"] = score
    return row


def _span(fact: Fact) -> str:
    if fact.start:
        return f"{fact.start}~{fact.end or ''}"
    return fact.date or (f"by {fact.deadline}" if fact.deadline else "")


def fact_rows(facts: list[Fact]) -> list[dict[str, Any]]:
    return [fact_row(f) for f in facts]


def match_rows(matches: list[Match]) -> list[dict[str, Any]]:
    return [fact_row(m.fact, score=m.score) for m in matches]


def csv_row(row: dict[str, Any]) -> dict[str, Any]:
    """Flatten the nested parts of a fact row for CSV/TSV."""
    flat = dict(row)
    flat["sources"] = [f"{s['doc']}: {s['quote']}" for s in row.get("sources", [])]
    return flat


def plain_fact(row: dict[str, Any]) -> str:
    return "\t".join((row["id"], row.get("when") or "", row.get("display_value") or "", row["statement"]))


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
    for name in ("unit", "date", "start", "end", "deadline", "org", "note", "supersedes", "superseded_by", "verified"):
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
