"""Every fact's score bounded at once, in the lanes of one Python integer; then only the facts
that can make the list scored exactly.

Scoring a query's words fact by fact costs a Python operation per posting, and the words of a
claim at 100,000 facts hold tens of thousands each. Here each fact has a 16-bit lane of one
large integer (a "SIMD within a register": Python adds, multiplies and masks integers of
200 KB in C, in microseconds). A word's contribution to a fact, rounded up to a whole number
of units, fills its lanes; their sum bounds each fact's score from above, and counting the
lanes above a threshold (one add, one mask, `int.bit_count`) finds how many facts can reach
it. The facts whose bound reaches the floor (the `top`-th best exact score of a few of the
best bounded, less the slack) are then scored exactly, term after term in the plan's order:
the same products and sums as scores.score_terms, to the bit. When the rare words of a
query name the candidates (scores._candidates), only they can score: the lanes are theirs
alone (a thousand lanes, not 100,000), the same bounds in the same order. Without
candidates, a sentence of a few words gets 8-bit lanes (its bounds scaled to sum below 128):
half the bytes for every operation and fewer steps of bisection, a coarser bound that lets a
few more facts through to the exact scores.

What each fact holds of a word (its surest expansion's weight) is kept per word as one byte
a fact, a code into the word's few distinct values (ascending, so the largest code is the
best match), for the words of a draft's sentences to share.
"""

from __future__ import annotations

import math
import re
from itertools import compress, islice, repeat
from operator import add, itemgetter, mul

TYPE_CHECKING = False  # not `typing` (~5 ms at start-up); type checkers know this name
if TYPE_CHECKING:
    from collections.abc import Iterable
    from typing import Any

    Index = Any
    Plan = list[tuple[str, float, dict[str, float], int]]

LANES_MIN = 20_000  # facts: on a smaller store the term-by-term walk costs as little
HELD_BYTES = 24_000_000  # the words' codes an index keeps (one byte a fact each)
_UNIT_MOST = 254  # the largest contribution of a word, in units (a byte; ceil may add one)
_LANE_TOP = 1 << 15  # lanes stay below this: adding up to it sets only the lane's top bit
_NARROW_TOP = 1 << 7  # the same, for 8-bit lanes
_NARROW_WORDS = 24  # words at most for 8-bit lanes (each word is then a few units at least)
_SAMPLE = 4  # times `top`: facts scored exactly for a score that `top` of them reach
_NONZERO = re.compile(rb"[^\x00]")
_START = re.Match.start


def _pairs(index: Index, term: str) -> tuple[list[int], Iterable[float]]:
    """The positions holding a term and their weights (the cache's decoded without a dict)."""
    pairs = getattr(index, "pairs", None)
    if pairs is not None:
        return pairs(term)  # type: ignore[no-any-return]
    postings = index.postings_of(term)
    return list(postings), postings.values()


def codes(
    index: Index, term: str, expansions: dict[str, float]
) -> tuple[bytearray, list[float]] | None:
    """A byte per fact: 0 if it holds none of the expansions, else k where values[k - 1] is
    its best `surety * weight` over them (values ascending); None past 255 distinct values.
    Kept on the index, least recently used dropped first."""
    memo: dict[tuple[str, tuple[tuple[str, float], ...]], Any] | None
    memo = getattr(index, "_lane_codes", None)
    if memo is None:
        memo = {}
        try:
            index._lane_codes = memo
        except AttributeError:
            memo = None
    key = (term, tuple(expansions.items()))
    if memo is not None:
        found = memo.pop(key, None)
        if found is not None:
            memo[key] = found  # last used goes last
            return found  # type: ignore[no-any-return]
    found = _made(index, expansions)
    if memo is not None and found is not None:
        memo[key] = found
        while len(memo) * index.size > HELD_BYTES and len(memo) > 1:
            del memo[next(iter(memo))]
    return found


def _groups(index: Index, expansions: dict[str, float]) -> list[tuple[float, int, Iterable[int]]]:
    """(surety * weight, base, positions from the base) for each expansion's weights, each
    product above 0 (search never counts one that is not), in the order they come.

    A segment nearly always holds one weight: it is told by one count in C, and its
    positions taken whole."""
    segments = getattr(index, "segments", None)  # the cache's: packed, by segment
    groups: list[tuple[float, int, Iterable[int]]] = []
    append = groups.append
    for t, surety in expansions.items():
        if segments is None:
            positions, weights = _pairs(index, t)
            parts: Iterable[tuple[int, Any, Any, Any]] = [(0, positions, list(weights), None)]
        else:
            parts = segments(t)
        for base, positions, stored, table in parts:
            if not stored:
                continue
            first = stored[0]
            if stored.count(first) == len(stored):
                value = surety * (first if table is None else table[first])  # as search does
                if value > 0.0:
                    append((value, base, positions))
                continue
            for k in set(stored):
                value = surety * (k if table is None else table[k])
                if value > 0.0:
                    append((value, base, compress(positions, map(k.__eq__, stored))))
    return groups


def kept(
    index: Index, term: str, expansions: dict[str, float]
) -> tuple[bytearray, list[float]] | None:
    """The codes `codes` made of this word and kept, if it did; None otherwise (none made)."""
    memo = getattr(index, "_lane_codes", None)
    return None if memo is None else memo.get((term, tuple(expansions.items())))


def _made(index: Index, expansions: dict[str, float]) -> tuple[bytearray, list[float]] | None:
    groups = _groups(index, expansions)
    values = sorted({value for value, _b, _p in groups})
    if len(values) > 255:
        return None
    code = {value: k for k, value in enumerate(values, 1)}
    out = bytearray(index.size)
    whole = memoryview(out)
    # Written from the lowest value up, each fact keeps the code of its best. A plain loop:
    # CPython's own store into a bytearray (or a view) takes half the time of a C-level
    # map(view.__setitem__, ...), which calls the method through a wrapper for each posting.
    groups.sort(key=itemgetter(0))  # stable: equal values keep their order
    for value, base, positions in groups:
        k = code[value]
        if base:
            at = whole[base:]
            for i in positions:
                at[i] = k
            at.release()
        else:
            for i in positions:
                out[i] = k
    whole.release()
    return out, values


def score(
    index: Index,
    plan: Plan,
    candidates: set[int] | None,
    floor: float,
    top: int,
    below: float,
    hits: dict[str, dict[int, float]] | None,
) -> dict[int, float] | None:
    """scores.score_terms' scores of the facts that can reach `floor` or come within `below`
    of the `top`-th best (ties kept), or None when this way cannot tell (too many terms or
    values, or no floor to prune with): the caller then walks the terms.
    """
    from collections import defaultdict

    if len(plan) * (_UNIT_MOST + 1) >= _LANE_TOP:
        return None  # more words than lanes can sum
    n = index.size
    made = []
    for term, _weight, expansions, _volume in plan:
        got = codes(index, term, expansions)
        if got is None:
            return None
        made.append(got)
    most = max(
        (w * got[1][-1] for (_t, w, _e, _v), got in zip(plan, made, strict=True) if got[1]),
        default=0.0,
    )
    scores: dict[int, float] = defaultdict(float)
    if most <= 0.0:
        for term, *_rest in plan:
            if hits is not None:
                hits[term] = {}
        return scores  # no fact holds any of the words
    # Common words count only in the facts the rare ones found (scores._candidates): then
    # only those facts can score, and the lanes are theirs alone, in store order (a few
    # thousand lanes instead of every fact's); lane j is the fact at order[j].
    order = None if candidates is None else sorted(candidates)
    if order is not None:
        n = len(order)
    # Every fact's lanes (no candidates): 8-bit lanes when the words' contributions, rounded
    # up, sum below _NARROW_TOP (half the bytes for every operation on the bound, and fewer
    # steps of bisection, for a coarser bound); else, and for candidates, 16-bit lanes where
    # a word's contribution, rounded up, fits a byte.
    tables = None
    if order is None and len(plan) <= _NARROW_WORDS:
        # Each word rounds up by less than a unit: the bounds sum below _NARROW_TOP - 1.
        best = [w * got[1][-1] for (_t, w, _e, _v), got in zip(plan, made, strict=True) if got[1]]
        units = (_NARROW_TOP - 2 - len(plan)) / sum(best)
        tables = _units(plan, made, units)
        if sum(map(max, tables)) >= _NARROW_TOP:
            tables = None  # float rounding past the sum allowed for: the wide lanes
    narrow = tables is not None
    if tables is None:
        units = _UNIT_MOST / most
        tables = _units(plan, made, units)
    ceiling = sum(map(max, tables))  # the largest bound a fact can have
    lane_top = _NARROW_TOP if narrow else _LANE_TOP
    bound = 0
    wide = None if narrow else bytearray(2 * n)  # low bytes written, high ones left 0
    pick = None if order is None else _picker(order)
    for (held, _values), units_of in zip(made, tables, strict=True):
        mine = held if pick is None else pick(held)
        if wide is None:
            bound += int.from_bytes(mine.translate(units_of), "little")
        else:
            wide[0::2] = mine.translate(units_of)
            bound += int.from_bytes(wide, "little")
    high, ones = _constants(n, narrow)
    raised = bound + lane_top * ones  # a lane's top bit set, its bound below

    def reaching(threshold: int) -> int:
        """The lanes whose bound is `threshold` units or more (1 to lane_top - 1), as their
        top bits: bound + lane_top - threshold carries into the top bit exactly then."""
        return (raised - threshold * ones) & high

    if top:
        # The highest threshold that `top` facts reach, by bisection on the counts.
        low, high_t = 1, ceiling
        if ceiling and reaching(low).bit_count() >= top:
            while low < high_t:
                mid = (low + high_t + 1) // 2
                if reaching(mid).bit_count() >= top:
                    low = mid
                else:
                    high_t = mid - 1
            sample = list(islice(_positions(reaching(low), n, order, narrow), _SAMPLE * top))
            exact = _exact(plan, made, sample)
            kth = sorted(exact, reverse=True)[top - 1]
            floor = max(floor, kth - below)
    if not floor > 0.0:
        return None
    # A fact scoring `floor` has a bound of at least floor * units (rounding allowed for).
    threshold = max(1, math.floor(floor * units * (1 - 1e-9)))
    found = list(_positions(reaching(threshold), n, order, narrow)) if threshold <= ceiling else []
    exact = _exact(plan, made, found)
    kept = [i for i, s in zip(found, exact, strict=True) if s >= floor]
    scores.update((i, s) for i, s in zip(found, exact, strict=True) if s >= floor)
    if hits is not None:
        for (term, _w, _e, _v), (held, values) in zip(plan, made, strict=True):
            table = (0.0, *values)
            hits[term] = {i: table[held[i]] for i in kept if held[i]}
    return scores


def _picker(order: list[int]) -> Any:
    """held -> bytearray of held[j] for j in order: one itemgetter of them all, in C (a
    third of the time of a map of held.__getitem__, for each word of a sentence)."""
    if len(order) > 1:
        get = itemgetter(*order)
        return lambda held: bytearray(get(held))
    return lambda held: bytearray(held[j] for j in order)


def _units(plan: Plan, made: list[tuple[bytearray, list[float]]], units: float) -> list[bytearray]:
    """For each word, a code -> its contribution in units, rounded up (a table for translate)."""
    tables = []
    for (_term, weight, _e, _v), (_held, values) in zip(plan, made, strict=True):
        units_of = bytearray(256)
        for k, value in enumerate(values, 1):
            units_of[k] = math.ceil(weight * value * units)
        tables.append(units_of)
    return tables


_CONSTANTS: dict[tuple[int, bool], tuple[int, int]] = {}
_KEEP_CONSTANTS = LANES_MIN  # lanes: constants this wide (a store's) are kept, not remade


def _constants(n: int, narrow: bool = False) -> tuple[int, int]:
    """Each lane's top bit, and 1 in each lane, for `n` lanes of 16 bits (8 if narrow): kept
    for a store's size; the few lanes of a sentence's candidates cost next to nothing."""
    found = _CONSTANTS.get((n, narrow))
    if found is None:
        if narrow:
            found = (int.from_bytes(b"\x80" * n, "little"), int.from_bytes(b"\x01" * n, "little"))
        else:
            found = (
                int.from_bytes(b"\x00\x80" * n, "little"),
                int.from_bytes(b"\x01\x00" * n, "little"),
            )
        if n >= _KEEP_CONSTANTS:
            if len(_CONSTANTS) >= 2:
                _CONSTANTS.clear()
            _CONSTANTS[(n, narrow)] = found
    return found


def _positions(
    lanes: int, n: int, order: list[int] | None = None, narrow: bool = False
) -> Iterable[int]:
    """The facts whose lane has its top bit set, in order (lane j is fact order[j], if
    given; else fact j)."""
    tops = lanes.to_bytes(n, "little") if narrow else lanes.to_bytes(2 * n, "little")[1::2]
    found = map(_START, _NONZERO.finditer(tops))  # in C, no Python frame per fact
    return found if order is None else map(order.__getitem__, found)


def _exact(plan: Plan, made: list[tuple[bytearray, list[float]]], found: list[int]) -> list[float]:
    """The scores of these facts, as scores.score_terms sums them: term after term in the
    plan's order, 0.0 + weight * best for the first (adding 0.0 for a word a fact lacks
    changes no float)."""
    sums = [0.0] * len(found)
    for (_term, weight, _e, _v), (held, values) in zip(plan, made, strict=True):
        table = (0.0, *values)
        bests = map(table.__getitem__, map(held.__getitem__, found))
        sums = list(map(add, sums, map(mul, repeat(weight), bests)))
    return sums
