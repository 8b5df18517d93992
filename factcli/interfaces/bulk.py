"""A whole store's facts as one JSON array, written from the cache's rows without building Facts.

`list -f json` at 100,000 facts: each row's JSON (the cache's data, see store.codec) is parsed
by json's C scanner, its values are put in to_dict's order and written by json's C encoder,
a batch of 2,000 facts in one call, and laid out by interleaving them with the text around
them (views.fact_pieces), which a fact of each shape (how many tags, how many sources) shares.
The text is exactly render.write_json_array(facts, out, views.fact_json)'s: a row of any
other shape is decoded into a Fact and written by views.fact_json itself, in its place.
"""

from __future__ import annotations

import json
from operator import itemgetter

from factcli.interfaces import views
from factcli.interfaces.render import INVISIBLE, escape_invisible
from factcli.store import codec

TYPE_CHECKING = False  # not `typing` (~5 ms at start-up); type checkers know this name
if TYPE_CHECKING:
    from collections.abc import Callable, Iterable
    from typing import Any, TextIO

    from factcli.store.model import Fact

    Row = tuple[int, str, bytes, str | None]  # seg, id, data (UTF-8), superseded_by (dbcache)

MARGIN = "  "  # a fact's margin inside the array
CLOSE = "\n" + MARGIN + "}"  # how every fact's text ends (json_block of a non-empty dict)
_SCALARS = frozenset({str, int, float, bool, type(None)})


class Layout:
    """Where a cached fact's fields are, and the text around the values of each shape."""

    def __init__(self, head: tuple[str, ...], tail: tuple[str, ...]) -> None:
        names = codec.fields_of("Fact")
        at = names.index
        self.head = itemgetter(*map(at, head))
        self.tail = itemgetter(*map(at, tail))
        self.at_sby = at("superseded_by")  # from its column, as dbcache.Reader.decoded sets it
        self.at_tags, self.at_sources = at("tags"), at("sources")
        # Only the fields before the examples are read (the examples, the file and the line
        # are not shown, and the examples are a third of a fact's text).
        self.shown = at("examples")
        if max(map(at, (*head, *tail, "tags", "sources"))) >= self.shown:
            raise ValueError("a field shown comes after the examples")
        self.ref_size = len(codec.fields_of("SourceRef"))
        self.pieces: dict[tuple[int, int], tuple[list[str], list[str]]] = {}
        self.scan = json.JSONDecoder().scan_once  # type: ignore[attr-defined]
        # Text that str.isprintable() passes has nothing for escape_invisible to do (checked
        # here: each character it escapes is a control, format, separator or unassigned one).
        self.printable_is_plain = not any(c.isprintable() for c in INVISIBLE)

    def shape(self, tags: int, sources: int) -> tuple[list[str], list[str]]:
        """The pieces before each value of a fact of this shape, as the first fact of the
        array and as any other: the text after its last value (CLOSE) is the next one's."""
        found = self.pieces.get((tags, sources))
        if found is None:
            pieces = views.fact_pieces(tags, sources, MARGIN)
            if pieces[-1] != CLOSE:
                raise ValueError("a fact's layout ends otherwise")
            first = ["[\n" + MARGIN + pieces[0], *pieces[1:-1]]
            later = [CLOSE + ",\n" + MARGIN + pieces[0], *pieces[1:-1]]
            found = self.pieces[(tags, sources)] = (first, later)
        return found

    def values(
        self, fid: str, data: bytes, sby: str | None
    ) -> tuple[list[Any], int, int, bool] | None:
        """The values a fact's JSON shows, from its cached data; how many tags and sources it
        has; whether they may hold a character escape_invisible escapes. None unless it has
        the usual shape (scalars; tags a list of scalars; sources SourceRefs of scalars).

        The examples are not read: a row's CRC says its data is what the cache's writer wrote
        (codec.dumps of a Fact), and whatever reads the examples checks them.
        """
        # The fields before the examples, as a JSON array. `{"` is never inside a JSON string
        # (a quote there is escaped): the last `,{"$d":` is the examples' (a dict's) start.
        # In UTF-8 an ASCII byte is always that character: the cut is found in the bytes, and
        # only the fields before it are decoded.
        cut = data.rfind(_EXAMPLES)
        if cut < 0 or not data.startswith(_FACT):
            return None
        try:
            head = data[len(_FACT) - 1 : cut].decode() + "]"
            v, end = self.scan(head, 0)
        except (StopIteration, ValueError, RecursionError):  # UnicodeDecodeError is a ValueError
            return None
        if end != len(head) or type(v) is not list or len(v) != self.shown or v[0] != fid:
            return None
        tags, sources = v[self.at_tags], v[self.at_sources]
        if type(tags) is not list or type(sources) is not list:
            return None
        v[self.at_sby] = sby
        out = [*self.head(v), *tags]
        for ref in sources:
            if type(ref) is not dict or len(ref) != 2 or ref.get("$c") != "SourceRef":
                return None
            parts = ref.get("v")
            if type(parts) is not list or len(parts) != self.ref_size:
                return None
            out += parts
        out += self.tail(v)
        if not _SCALARS.issuperset(map(type, out)):
            return None
        plain = self.printable_is_plain and head.isprintable() and (sby or "").isprintable()
        return out, len(tags), len(sources), not plain


_FACT = b'{"$c":"Fact","v":['  # how codec.dumps writes a Fact
_EXAMPLES = b',{"$d":'  # and a dict after other values (a Fact's examples)
_LAYOUT: list[Layout] = []  # made on first use


def layout() -> Layout | None:
    """The layout of cached facts, or None when to_dict has keys the pieces do not lay out."""
    if not _LAYOUT:
        order = views.fact_values_order()
        if order is None:
            return None
        _LAYOUT.append(Layout(*order))
    return _LAYOUT[0]


def write_rows(
    batches: Iterable[list[Row]],
    out: TextIO,
    decode: Callable[[int, str, bytes, str | None], Fact],
    *,
    superseded: bool,
    left_out: list[Any],
) -> int:
    """render.write_json_array(facts, out, views.fact_json) of the facts in these batches of
    checked cache rows; superseded facts only if asked (the others are counted in left_out).
    `decode` makes the Fact of a row of an unusual shape. Returns how many were written."""
    lay = layout()
    if lay is None:
        raise ValueError("no layout for cached facts")
    encode = views.scalars_encoder()
    count = 0
    for batch in batches:
        flat: list[Any] = []
        pieces: list[str] = []
        whole: dict[int, str] = {}  # value slot -> a fact as fact_json writes it, but its CLOSE
        unsafe = False  # whether any value may need escape_invisible
        for seg, fid, data, sby in batch:
            if sby and not superseded:
                left_out.append(fid)
                continue
            found = lay.values(fid, data, sby)
            if found is None:
                text = views.fact_json(decode(seg, fid, data, sby), MARGIN)
                if not text.endswith(CLOSE):  # json_block of a non-empty dict always does
                    raise ValueError("a fact's text ends otherwise")
                whole[len(flat)] = text[: -len(CLOSE)]
                flat.append(None)
                pieces.append(CLOSE + ",\n" + MARGIN if count else "[\n" + MARGIN)
            else:
                values, tags, sources, odd = found
                unsafe = unsafe or odd
                flat += values
                pieces += lay.shape(tags, sources)[count > 0]
            count += 1
        if not flat:
            continue
        # One C call writes the batch's values; NUL, which it escapes in any string,
        # separates them.
        text = "".join(encode(flat, 0))
        texts = (escape_invisible(text) if unsafe else text)[1:-1].split("\x00")
        for slot, text in whole.items():
            texts[slot] = text
        if len(texts) != len(pieces):
            raise ValueError("values and pieces disagree")
        both = pieces + texts  # interleaved below, in C: piece, value, piece, value...
        both[0::2], both[1::2] = pieces, texts
        out.write("".join(both))
    out.write(CLOSE + "\n]\n" if count else "[]\n")
    return count
