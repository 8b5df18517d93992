"""The schema's answer for a fact record it finds nothing wrong with, in one pass.

schema.parse_fact reads a record field by field through a helper object that notes problems
at their lines: ~40 us a fact, a sixth of a cold build at 100,000 facts. Most records are
plain and valid. `fact` reads such a record straight into the Fact that parse_fact builds
from it, and returns None at the first thing it is not sure of (a problem, a type or a shape
it does not take, a range bound): the caller then runs parse_fact, which alone reports
problems, so every message and line stays the schema's own. tests/test_fastschema.py holds
the two to the same Fact on the bundled store, generated stores and mutated records.
"""

from __future__ import annotations

import math
import unicodedata

from factcli.store import schema
from factcli.store.model import KINDS, NUMERIC_KINDS, STATUSES, Fact, SourceRef
from factcli.text.dates import parse_iso

TYPE_CHECKING = False  # not `typing` (~5 ms at start-up); type checkers know this name
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

_FIELDS = frozenset(schema.FACT_FIELDS)
_KINDS = frozenset(KINDS)
_STATUSES = frozenset(STATUSES)
_EXAMPLE_KEYS = frozenset(schema.EXAMPLE_KEYS)
_SOURCE_KEYS = frozenset({"doc", "quote"})
_DATE_KEYS = ("date", "start", "end", "deadline", "verified", "stated")
_UNITS: dict[str, frozenset[str]] = {
    "amount": frozenset(schema.MONEY_UNITS),
    "percent": frozenset({"%"}),
    "duration": frozenset(schema.DURATION_UNITS),
    "age": frozenset({"years"}),
    "count": schema.COUNT_UNITS,
}
_SLUG = schema.SLUG.match
_ISO = schema._ISO  # shared: the dates either reader has seen


def _nfc_narrow(text: str) -> str:
    """schema.nfc for text without fullwidth forms (fold_width has nothing to do)."""
    return text if text.isascii() else unicodedata.normalize("NFC", text)


# Fullwidth ASCII (U+FF01..U+FF5E) and the ideographic space (U+3000) in UTF-8: the lead
# bytes of U+FF00..U+FF7F, and U+3000's three bytes (a lead byte is never a continuation).
_WIDE = (b"\xef\xbc", b"\xef\xbd", b"\xe3\x80\x80")


def normalizer(data: bytes) -> Callable[[str], str]:
    """What schema.nfc does to text made of these bytes' characters, cheaper if it can be.

    Only for bytes whose strings hold no character the bytes do not spell (no escapes).
    """
    # Their lead bytes first: one byte is looked for at memchr's speed, and Korean text
    # (lead bytes 0xEA-0xED) seldom holds either.
    wide = (b"\xef" in data and (_WIDE[0] in data or _WIDE[1] in data)) or (
        b"\xe3" in data and _WIDE[2] in data
    )
    return schema.nfc if wide else _nfc_narrow


def _iso(value: Any) -> str | None:
    """schema's date(value) when it notes no problem, else None (None for None too)."""
    if type(value) is not str:
        return None
    iso = _ISO.get(value)
    if iso is None:
        try:
            iso = parse_iso(value).iso
        except (ValueError, TypeError):
            return None
        if len(_ISO) > 1 << 16:
            _ISO.clear()
        _ISO[value] = iso
    return iso


def fact(raw: Any, file: str, line: int, nfc: Callable[[str], str] = schema.nfc) -> Fact | None:
    """parse_fact(raw, file, line)'s Fact if it finds no problem; None when it might find one.

    `nfc` is schema.nfc, or what `normalizer` gives for the file's bytes.
    """
    if not isinstance(raw, dict) or not raw.keys() <= _FIELDS:
        return None
    get = raw.get
    fid, subject, kind = get("id"), get("subject"), get("kind")
    statement, statement_en = get("statement"), get("statement_en")
    if (
        type(fid) is not str
        or type(subject) is not str
        or type(kind) is not str
        or type(statement) is not str
        or type(statement_en) is not str
        or kind not in _KINDS
    ):
        return None
    fid, subject = nfc(fid).strip(), nfc(subject).strip()
    statement, statement_en = nfc(statement).strip(), nfc(statement_en).strip()
    if not (fid and subject and statement and statement_en) or not _SLUG(fid):
        return None
    dates: dict[str, str | None] = {}
    for key in _DATE_KEYS:
        value = get(key)
        if value is None:
            dates[key] = None
            continue
        iso = _iso(value)
        if iso is None:
            return None
        dates[key] = iso
    unit = get("unit")
    if unit is not None:
        if type(unit) is not str:
            return None
        unit = nfc(unit).strip()
    value = get("value")
    if kind == "date":
        if dates["date"] is None or (value is not None and _iso(value) != dates["date"]):
            return None
        value = dates["date"]
    elif kind in NUMERIC_KINDS:
        if type(value) is not int and type(value) is not float:
            return None
        if value < 0 or not math.isfinite(value):
            return None
        if kind != "measure" and unit is None:
            return None
        expected = _UNITS.get(kind)
        if expected is not None and unit not in expected:
            return None
        if kind == "amount" and type(value) is float and not value.is_integer():
            return None
    else:
        if type(value) is not str:
            return None
        value = nfc(value)
    if kind == "target" and not dates["deadline"]:
        return None
    start, end = dates["start"], dates["end"]
    if start and end:
        if start.startswith("-") or end.startswith("-"):
            return None  # no year to compare (left to the schema)
        if parse_iso(end).last_day() < parse_iso(start).first_day():
            return None
    bound = get("bound")
    if bound is not None and (
        bound not in ("min", "max") or kind in ("text", "position") or type(bound) is not str
    ):
        return None  # (a range: its quotes are read for the range it states)
    if get("value_max") is not None:
        return None
    status = get("status")
    if status is not None and (type(status) is not str or status not in _STATUSES):
        return None
    approx = get("approx", False)
    if type(approx) is not bool:
        return None
    tags = get("tags")
    if not isinstance(tags, list) or not tags:
        return None
    for tag in tags:
        if type(tag) is not str:
            return None
    sources = _sources(get("sources"), nfc)
    examples = _examples(get("examples"), nfc)
    if sources is None or examples is None:
        return None
    org, note, supersedes, actor = get("org"), get("note"), get("supersedes"), get("actor")
    texts = [org, note, supersedes, actor]
    for at, text in enumerate(texts):
        if text is not None:
            if type(text) is not str:
                return None
            texts[at] = nfc(text).strip()
    org, note, supersedes, actor = texts
    if actor and not _SLUG(actor):
        return None
    return Fact(
        fid,
        subject,
        kind,
        statement,
        statement_en,
        value,
        unit,
        dates["date"],
        start,
        end,
        dates["deadline"],
        approx,
        bound,
        None,
        org,
        tuple([nfc(t).strip().lower() for t in tags]),
        sources,
        note,
        supersedes,
        None,
        dates["verified"],
        actor,
        dates["stated"],
        status,
        examples,
        file,
        getattr(raw, "line", 0) or line,
    )


def _sources(raw: Any, nfc: Callable[[str], str]) -> tuple[SourceRef, ...] | None:
    if not isinstance(raw, list) or not raw:
        return None
    refs = []
    for item in raw:
        if not isinstance(item, dict) or not item.keys() <= _SOURCE_KEYS:
            return None
        doc, quote = item.get("doc"), item.get("quote")
        if type(doc) is not str or not doc or type(quote) is not str or not quote.strip():
            return None
        refs.append(SourceRef(nfc(doc), nfc(quote).strip()))
    return tuple(refs)


def _examples(raw: Any, nfc: Callable[[str], str]) -> dict[str, tuple[str, ...]] | None:
    if raw is None:
        return {}
    if not isinstance(raw, dict) or not raw.keys() <= _EXAMPLE_KEYS:
        return None
    out = {}
    for key, items in raw.items():
        if not isinstance(items, list):
            return None
        for sentence in items:
            if type(sentence) is not str or not sentence.strip():
                return None
        out[key] = tuple([nfc(sentence) for sentence in items])
    return out
