"""Records of a store file -> Subjects, Sources and Facts, with every schema problem found."""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Any

from factcli.store.model import (
    BOUNDS,
    DURATION_UNITS,
    KINDS,
    MONEY_UNITS,
    NUMERIC_KINDS,
    STATUSES,
    Fact,
    Problem,
    Source,
    SourceRef,
    Subject,
)
from factcli.text.dates import parse_iso
from factcli.text.korean import nfc as _nfc

SLUG = re.compile(r"^[a-z0-9][a-z0-9-]*$")
TOP_KEYS = ("subjects", "sources", "facts")
COUNT_UNITS = frozenset(
    {
        "GPU",
        "people",
        "parameter",
        "model",
        "company",
        "benchmark",
        "language",
        "version",
        "vehicle",
        "item",
        "country",
    }
)

SUBJECT_FIELDS = {
    "id": True,
    "name": True,
    "name_en": True,
    "aliases": False,
    "description": False,
    "part_of": False,
}
SOURCE_FIELDS = {
    "id": True,
    "title": True,
    "publisher": False,
    "author": False,
    "date": False,
    "url": False,
    "note": False,
}
FACT_FIELDS = {
    "id": True,
    "subject": True,
    "kind": True,
    "statement": True,
    "statement_en": True,
    "value": False,
    "unit": False,
    "approx": False,
    "bound": False,
    "date": False,
    "start": False,
    "end": False,
    "deadline": False,
    "org": False,
    "tags": True,
    "sources": True,
    "note": False,
    "supersedes": False,
    "verified": False,
    "value_max": False,
    "actor": False,
    "stated": False,
    "status": False,
    "examples": False,
}
EXAMPLE_KEYS = ("supports", "contradicts", "misleading")


def nfc(text: str) -> str:
    """korean.nfc, at once for ASCII (NFC already, and no fullwidth forms): most ids and keys."""
    return text if text.isascii() else _nfc(text)


def _type_name(value: Any) -> str:
    """What a YAML value is, in YAML's words (not LineList, LineDict)."""
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return "a date" if isinstance(value, dt.date) else type(value).__name__


_TEXT_TYPES = (str, int, float)  # what a text field takes (and writes as text); not bool
_ISO: dict[str, str] = {}  # a date as written -> parse_iso(it).iso, for the dates that parse


class _Record:
    """Reads fields of one raw mapping, noting problems at the line of each field."""

    def __init__(
        self, raw: dict[Any, Any], file: str, what: str, fields: dict[str, bool], line: int
    ) -> None:
        self.raw, self.file = raw, file
        self.problems: list[Problem] = []
        # PyYAML's mappings know their line; the fast reader's are plain dicts (fastyaml).
        self.line = getattr(raw, "line", 0) or line
        rid = raw.get("id")
        self.label = f"{what} {rid!r}" if isinstance(rid, str) else what
        for key in raw:
            if key not in fields:
                self.problem(key, f"unknown field {key!r}")
        for key, required in fields.items():
            if required and raw.get(key) in (None, "", []):
                self.problem(None, f"missing required field {key!r}")

    def line_of(self, key: str | None) -> int:
        lines = getattr(self.raw, "key_lines", {})
        return lines.get(key, self.line) if key else self.line

    def problem(self, key: str | None, message: str) -> None:
        where = f"{key}: " if key else ""
        self.problems.append(
            Problem(self.file, self.line_of(key), f"{self.label}: {where}{message}")
        )

    def text(self, key: str) -> str | None:
        value = self.raw.get(key)
        if value is None:
            return None
        if type(value) is str:  # the common case, first
            return nfc(value).strip()
        if isinstance(value, bool) or not isinstance(value, _TEXT_TYPES):
            self.problem(key, f"must be text, not {_type_name(value)}")
            return None
        return nfc(str(value)).strip()

    def slug(self, key: str) -> str | None:
        value = self.text(key)
        if value and not SLUG.match(value):
            self.problem(key, f"not a valid id {value!r} (use lower-case letters, digits and '-')")
        return value

    def text_list(self, key: str) -> tuple[str, ...]:
        value = self.raw.get(key)
        if value is None:
            return ()
        if not isinstance(value, list) or not all(isinstance(v, _TEXT_TYPES) for v in value):
            self.problem(key, "must be a list of text")
            return ()
        return tuple(nfc(str(v)).strip() for v in value)

    def date(self, key: str) -> str | None:
        value = self.raw.get(key)
        if value is None:
            return None
        if isinstance(value, dt.datetime):
            value = value.date()
        if type(value) is str and value in _ISO:  # a store repeats its dates many times
            return _ISO[value]
        try:
            iso = parse_iso(value).iso
        except (ValueError, TypeError):
            self.problem(key, f"not a date: {value!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")
            return None
        if type(value) is str:
            if len(_ISO) > 1 << 16:
                _ISO.clear()
            _ISO[value] = iso
        return iso


def parse_subject(raw: Any, file: str, line: int) -> tuple[Subject | None, list[Problem]]:
    if not isinstance(raw, dict):
        return None, [Problem(file, line, "a subject must be a mapping")]
    rec = _Record(raw, file, "subject", SUBJECT_FIELDS, line)
    sid, name, name_en = rec.slug("id"), rec.text("name"), rec.text("name_en")
    aliases, description = rec.text_list("aliases"), rec.text("description")
    part_of = rec.slug("part_of")
    if rec.problems or not (sid and name and name_en):
        return None, rec.problems
    return Subject(sid, name, name_en, aliases, description, part_of), []


def parse_source(raw: Any, file: str, line: int) -> tuple[Source | None, list[Problem]]:
    if not isinstance(raw, dict):
        return None, [Problem(file, line, "a source must be a mapping")]
    rec = _Record(raw, file, "source", SOURCE_FIELDS, line)
    sid, title = rec.slug("id"), rec.text("title")
    source = Source(
        id=sid or "",
        title=title or "",
        publisher=rec.text("publisher"),
        author=rec.text("author"),
        date=rec.date("date"),
        url=rec.text("url"),
        note=rec.text("note"),
        file=file,
        line=rec.line,
    )
    return (None if rec.problems else source), rec.problems


def _number(rec: _Record, value: Any) -> Any:
    if isinstance(value, bool) or not isinstance(value, int | float):
        rec.problem("value", f"must be a number for kind {rec.raw.get('kind')!r}, not {value!r}")
        return None
    if not math.isfinite(value):  # .inf and .nan are YAML floats, but no fact's value
        rec.problem("value", f"must be a finite number, not {value!r}")
        return None
    if value < 0:
        rec.problem("value", "must not be negative")
    return value


def _check_value(rec: _Record, kind: str, value: Any, unit: str | None, date: str | None) -> Any:
    if kind == "date":
        if not date:
            rec.problem("date", "kind 'date' needs a 'date'")
        elif value is not None and rec.date("value") != date:
            rec.problem("value", "for kind 'date', value must be omitted or equal 'date'")
        return date
    if kind in NUMERIC_KINDS:
        if value is None:
            rec.problem("value", f"kind {kind!r} needs a numeric value")
            return None
        value = _number(rec, value)
        expected = {
            "amount": MONEY_UNITS,
            "percent": {"%"},
            "duration": DURATION_UNITS,
            "age": {"years"},
            "count": COUNT_UNITS,
        }.get(kind)
        if unit is None and kind not in ("measure",):
            rec.problem("unit", f"kind {kind!r} needs a unit")
        elif expected and unit not in expected:
            rec.problem("unit", f"unit {unit!r} is not one of {', '.join(sorted(expected))}")
        if kind == "amount" and isinstance(value, float) and not value.is_integer():
            rec.problem("value", "money must be a whole number of won (or cents)")
        return value
    if value is None or isinstance(value, dict | list):
        rec.problem("value", f"kind {kind!r} needs a text value")
        return None
    return nfc(str(value))


def _sources(rec: _Record) -> tuple[SourceRef, ...]:
    raw = rec.raw.get("sources")
    if raw is None:
        return ()
    if not isinstance(raw, list) or not raw:
        rec.problem("sources", "must be a non-empty list of {doc, quote}")
        return ()
    refs = []
    for item in raw:
        if not isinstance(item, dict) or set(item) - {"doc", "quote"}:
            rec.problem(
                "sources", "each source must be {doc: <source id>, quote: <verbatim excerpt>}"
            )
            continue
        doc, quote = item.get("doc"), item.get("quote")
        if not isinstance(doc, str) or not doc:
            rec.problem("sources", "a source has no 'doc'")
            continue
        if not isinstance(quote, str) or not quote.strip():
            rec.problem("sources", f"the quote from {doc!r} is empty")
            continue
        refs.append(SourceRef(nfc(doc), nfc(quote).strip()))
    return tuple(refs)


def _examples(rec: _Record) -> dict[str, tuple[str, ...]]:
    raw = rec.raw.get("examples")
    if raw is None:
        return {}
    if not isinstance(raw, dict) or set(raw) - set(EXAMPLE_KEYS):
        rec.problem("examples", "must be {supports: [...], contradicts: [...], misleading: [...]}")
        return {}
    out = {}
    for key, items in raw.items():
        if not isinstance(items, list) or not all(isinstance(s, str) and s.strip() for s in items):
            rec.problem("examples", f"{key} must be a list of sentences")
            continue
        out[key] = tuple(nfc(s) for s in items)
    return out


def _check_bound(rec: _Record, kind: str | None, bound: str | None, value: Any) -> Any:
    """The bound's shape; returns value_max (only a range has one)."""
    raw_max = rec.raw.get("value_max")
    if bound is not None and bound not in BOUNDS:
        rec.problem("bound", f"must be one of {', '.join(BOUNDS)}, not {bound!r}")
        return None
    if bound and kind in ("text", "position"):
        rec.problem("bound", f"a bound applies to a number or a date, not to kind {kind!r}")
    if bound != "range":
        if raw_max is not None:
            rec.problem("value_max", "only a range has a value_max (add bound: range)")
        return None
    if kind not in NUMERIC_KINDS:
        rec.problem("bound", "a range needs a numeric kind (for dates, use start and end)")
        return None
    if raw_max is None:
        rec.problem("value_max", "bound 'range' needs a value_max (the exclusive upper end)")
        return None
    if isinstance(raw_max, bool) or not isinstance(raw_max, int | float):
        rec.problem("value_max", f"must be a number, not {raw_max!r}")
        return None
    if isinstance(value, int | float) and raw_max <= value:
        rec.problem("value_max", f"must be greater than value ({raw_max} <= {value})")
        return None
    if isinstance(value, int | float) and not _range_in_quotes(rec, value, raw_max):
        rec.problem(
            "value_max",
            f"no quote states the range {value} up to under {raw_max} "
            "(write it as the source does: 40억 원대, 3~4억 원)",
        )
    return raw_max


def _range_in_quotes(rec: _Record, low: float, high: float) -> bool:
    """Whether a quote states [low, high): as "3~4억" or as the decade of "40억 원대"."""
    from decimal import Decimal

    from factcli.text.quantities import find_quantities

    low_d, high_d = Decimal(str(low)), Decimal(str(high))
    for item in rec.raw.get("sources") or ():
        quote = item.get("quote") if isinstance(item, dict) else None
        if not isinstance(quote, str):
            continue
        quote = nfc(quote)
        for q in find_quantities(quote):
            if q.value != low_d:
                continue
            if q.high is not None and q.high == high_d:
                return True
            # 40억 원대: the "대" right after the number and unit spans its leading place.
            if quote[q.end : q.end + 1] == "대" and high_d == low_d + _place(low_d):
                return True
    return False


def _place(value: Any) -> Any:
    """The place of a number's last non-zero digit: 4000000000 -> 1000000000, 150 -> 10."""
    from decimal import Decimal

    number, place = int(value), 1
    if number <= 0:
        return Decimal(1)
    while number % (place * 10) == 0:
        place *= 10
    return Decimal(place)


def parse_fact(raw: Any, file: str, line: int) -> tuple[Fact | None, list[Problem]]:
    if not isinstance(raw, dict):
        return None, [Problem(file, line, "a fact must be a mapping")]
    rec = _Record(raw, file, "fact", FACT_FIELDS, line)
    kind = rec.text("kind")
    if kind and kind not in KINDS:
        rec.problem("kind", f"unknown kind {kind!r} (one of {', '.join(KINDS)})")
        kind = None
    dates = {k: rec.date(k) for k in ("date", "start", "end", "deadline", "verified", "stated")}
    unit = rec.text("unit")
    value = _check_value(rec, kind, raw.get("value"), unit, dates["date"]) if kind else None
    if kind == "target" and not dates["deadline"]:
        rec.problem("deadline", "kind 'target' needs a 'deadline'")
    if dates["start"] and dates["end"]:
        start, end = parse_iso(dates["start"]), parse_iso(dates["end"])
        if start.year is None or end.year is None:
            # --09-25: a day of no year, which cannot be set against the other end
            field = "start" if start.year is None else "end"
            rec.problem(
                field, f"a span's {field} needs a year ({(start if field == 'start' else end).iso})"
            )
        elif end.last_day() < start.first_day():
            rec.problem("end", f"ends ({end.iso}) before it starts ({start.iso})")
    bound = rec.text("bound")
    value_max = _check_bound(rec, kind, bound, value)
    status = rec.text("status")
    if status is not None and status not in STATUSES:
        rec.problem("status", f"unknown status {status!r} (one of {', '.join(STATUSES)})")
    approx = raw.get("approx", False)
    if not isinstance(approx, bool):
        rec.problem("approx", "must be true or false")
    tags = rec.text_list("tags")
    fact = Fact(
        id=rec.slug("id") or "",
        subject=rec.text("subject") or "",
        kind=kind or "",
        statement=rec.text("statement") or "",
        statement_en=rec.text("statement_en") or "",
        value=value,
        unit=unit,
        approx=bool(approx),
        bound=bound,
        value_max=value_max,
        org=rec.text("org"),
        tags=tuple(t.lower() for t in tags),
        sources=_sources(rec),
        note=rec.text("note"),
        supersedes=rec.text("supersedes"),
        actor=rec.slug("actor"),
        status=status,
        examples=_examples(rec),
        file=file,
        line=rec.line,
        **dates,
    )
    return (None if rec.problems else fact), rec.problems
