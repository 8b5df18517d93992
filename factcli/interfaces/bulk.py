"""A whole store's facts as one JSON array, written from the cache's rows without building Facts.

`list -f json` at 100,000 facts: the cache holds each fact's values as its JSON shows them,
encoded when the cache was built (store.listing: to_dict's values, NUL between them). A batch
of 2,000 facts is split into its values at once and laid out by interleaving them with the
text around them (views.fact_pieces), which a fact of each shape (how many tags, how many
sources) shares, in UTF-8 written to stdout's own buffer. The text is exactly
render.write_json_array(facts, out, views.fact_json)'s: a fact without that form, or a
superseded one (the form leaves superseded_by null), is decoded into a Fact and written by
views.fact_json itself, in its place.
"""

from __future__ import annotations

from factcli.interfaces import views
from factcli.interfaces.render import INVISIBLE, escape_invisible
from factcli.store import listing

TYPE_CHECKING = False  # not `typing` (~5 ms at start-up); type checkers know this name
if TYPE_CHECKING:
    from collections.abc import Callable, Iterable
    from typing import Any, TextIO

    from factcli.store.model import Fact

    # seg, id, superseded_by, shape, flat, data (UTF-8) or None: dbcache.LazyFacts.listed
    Row = tuple[int, str, str | None, int | None, bytes | None, bytes | None]

MARGIN = "  "  # a fact's margin inside the array
CLOSE = "\n" + MARGIN + "}"  # how every fact's text ends (json_block of a non-empty dict)


class Layout:
    """The text around the values of each shape of fact, in UTF-8."""

    def __init__(self) -> None:
        self.pieces: dict[int, tuple[list[bytes], list[bytes]]] = {}

    def shape(self, shape: int) -> tuple[list[bytes], list[bytes]]:
        """The pieces before each value of a fact of this shape (store.listing), as the
        first fact of the array and as any other: the text after its last value (CLOSE) is
        the next one's."""
        found = self.pieces.get(shape >> 1)
        if found is None:
            pieces = views.fact_pieces(shape >> 17, (shape >> 1) & 0xFFFF, MARGIN)
            if pieces[-1] != CLOSE:
                raise ValueError("a fact's layout ends otherwise")
            first = ["[\n" + MARGIN + pieces[0], *pieces[1:-1]]
            later = [CLOSE + ",\n" + MARGIN + pieces[0], *pieces[1:-1]]
            found = self.pieces[shape >> 1] = (
                [p.encode() for p in first],
                [p.encode() for p in later],
            )
        return found


_LAYOUT: list[Layout] = []  # made on first use


def layout() -> Layout | None:
    """The layout of cached facts, or None when store.listing's order of a fact's values is
    not the one views.fact_pieces lays out, or a character escape_invisible escapes is
    printable (the form's shape marks only unprintable text): then facts are written whole."""
    if not _LAYOUT:
        order = views.fact_values_order()
        if order is None or order != listing.order():
            return None
        if any(c.isprintable() for c in INVISIBLE):
            return None
        _LAYOUT.append(Layout())
    return _LAYOUT[0]


def write_listed(
    batches: Iterable[list[Row]],
    out: TextIO,
    decode: Callable[[int, str, bytes, str | None], Fact],
    *,
    superseded: bool,
    left_out: list[Any],
) -> int:
    """render.write_json_array(facts, out, views.fact_json) of the facts in these batches of
    checked cache rows; superseded facts only if asked (the others are counted in left_out).
    `decode` makes the Fact of a row without the listing's form, and of a superseded one.
    Returns how many were written."""
    lay = layout()
    if lay is None:
        raise ValueError("no layout for cached facts")
    write, errors = _writer(out)
    known = lay.pieces
    count = 0
    for batch in batches:
        flats: list[bytes] = []
        pieces: list[bytes] = []
        for seg, fid, sby, shape, flat, data in batch:
            if sby and not superseded:
                left_out.append(fid)
                continue
            if flat is None or shape is None or sby is not None:
                if data is None:
                    raise ValueError("a row without its data")
                text = views.fact_json(decode(seg, fid, data, sby), MARGIN)
                if not text.endswith(CLOSE):  # json_block of a non-empty dict always does
                    raise ValueError("a fact's text ends otherwise")
                # One value in its place (JSON text holds no NUL), the text before it its own.
                flats.append(text[: -len(CLOSE)].encode("utf-8", errors))
                pieces.append((CLOSE + ",\n" + MARGIN if count else "[\n" + MARGIN).encode())
            else:
                if shape & 1:  # a character that may need escaping
                    flat = escape_invisible(flat.decode()).encode()
                flats.append(flat)
                got = known.get(shape >> 1) or lay.shape(shape)
                pieces += got[count > 0]
            count += 1
        if not flats:
            continue
        texts = b"\x00".join(flats).split(b"\x00")
        if len(texts) != len(pieces):
            raise ValueError("values and pieces disagree")
        both = pieces + texts  # interleaved below, in C: piece, value, piece, value...
        both[0::2], both[1::2] = pieces, texts
        write(b"".join(both))
    write((CLOSE + "\n]\n" if count else "[]\n").encode())
    return count


def _writer(out: TextIO) -> tuple[Callable[[bytes], Any], str]:
    """How to write UTF-8 to `out`, and the errors handler text is encoded with: straight
    to its buffer when it writes UTF-8 strictly (stdout, nearly always: no text is encoded
    again), else decoded and written as text (a lone surrogate goes through to `out`)."""
    import codecs

    buffer = getattr(out, "buffer", None)
    try:
        utf8 = codecs.lookup(getattr(out, "encoding", None) or "").name == "utf-8"
    except LookupError:
        utf8 = False
    if buffer is not None and utf8 and getattr(out, "errors", None) == "strict":
        out.flush()
        return buffer.write, "strict"

    def as_text(data: bytes) -> None:
        out.write(data.decode("utf-8", "surrogatepass"))

    return as_text, "surrogatepass"
