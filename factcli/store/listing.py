"""A fact's values as its JSON shows them, encoded once, when the cache is built.

`list -f json` of a cached store writes each fact from this form (interfaces.bulk lays it
out) instead of decoding the fact's data and encoding its values again, which was most of a
listing's time at 100,000 facts.

The form: Fact.to_dict()'s values in its order, the tags and each source's doc and quote in
place of their lists, `superseded_by` null (the cache keeps it beside the fact: it depends on
other files); each value as json.dumps(value, ensure_ascii=False) writes it, joined by NUL
(which JSON never leaves raw in a text), in UTF-8. Its shape says how many tags and sources
there are, and whether a character may need escaping for a terminal:
`(tags << 17) | (sources << 1) | (0 if every character is printable else 1)`.
Only plain values take this form; a fact holding anything else has none (see `shown`).
"""

from __future__ import annotations

import json.encoder
from operator import attrgetter

from factcli.store.model import Fact, SourceRef

TYPE_CHECKING = False  # not `typing` (~5 ms at start-up); type checkers know this name
if TYPE_CHECKING:
    from typing import Any

__all__ = ["order", "scalars_encoder", "shape_of", "shown"]

MAX_SOURCES = 1 << 16  # sources a shape can count
_SCALARS = frozenset({str, int, float, bool, type(None)})
_PARTS: list[Any] = []  # (head getter, tail getter, superseded_by's place from the end, encoder)


def order() -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """to_dict's keys before the tags and after the sources; None when to_dict has not these
    two lists side by side, or no superseded_by after them (then no fact has the form)."""
    keys = list(Fact("", "", "", "", "").to_dict())
    if "tags" not in keys or keys[keys.index("tags") + 1 :][:1] != ["sources"]:
        return None
    at = keys.index("tags")
    head, tail = tuple(keys[:at]), tuple(keys[at + 2 :])
    return (head, tail) if "superseded_by" in tail else None


def scalars_encoder() -> Any:
    """A list of JSON scalars -> chunks of its JSON text, the values separated by NUL.

    json.JSONEncoder.encode makes this C encoder anew on every call; made once by a caller.
    (Markers None: a list of scalars cannot hold itself.) Only scalars may reach it.
    """
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is not None:
        return make(
            None, None, json.encoder.encode_basestring, None, ":", "\x00", False, False, True
        )
    plain = json.JSONEncoder(ensure_ascii=False, separators=("\x00", ":"))  # no C module
    return lambda values, _level: [plain.encode(values)]


def shape_of(tags: int, sources: int, plain: bool) -> int:
    return (tags << 17) | (sources << 1) | (not plain)


def shown(fact: Fact) -> tuple[bytes, int] | None:
    """(the form, its shape) of a fact, or None unless its values are plain: scalars (the
    tags too), its sources SourceRefs of two texts, fewer than MAX_SOURCES, all of it UTF-8."""
    if not _PARTS:
        found = order()
        if found is None:
            return None
        head, tail = found
        _PARTS.extend(
            [
                attrgetter(*head),
                attrgetter(*tail),
                tail.index("superseded_by") - len(tail),
                scalars_encoder(),
            ]
        )
    head, tail, sby_at, encode = _PARTS
    tags, sources = fact.tags, fact.sources
    if type(tags) is not tuple or type(sources) is not tuple or len(sources) >= MAX_SOURCES:
        return None
    values = [*head(fact), *tags]
    for ref in sources:
        if type(ref) is not SourceRef:
            return None
        values += (ref.doc, ref.quote)
    values += tail(fact)
    values[sby_at] = None
    if not _SCALARS.issuperset(map(type, values)):
        return None
    text = "".join(encode(values, 0))[1:-1]
    try:
        data = text.encode()
    except UnicodeEncodeError:  # a lone surrogate: written as the text path writes it
        return None
    return data, shape_of(len(tags), len(sources), text.replace("\x00", "").isprintable())
