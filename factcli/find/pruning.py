"""Scoring only the facts that can make the list: bounds on what each term can add, a floor
that `top` facts reach, and the facts looked up only while they can still reach it.

The scores of the facts kept are score_terms' (factcli.find.scores), to the bit: the same
products and sums, in the same order.
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Iterable, Mapping
from itertools import compress, repeat
from operator import add, mul

TYPE_CHECKING = False  # not `typing` (~5 ms at start-up); type checkers know this name
if TYPE_CHECKING:
    from factcli.find.vocabulary import Index


Plan = list[tuple[str, float, dict[str, float], int]]

_SAMPLE = 4  # times `top`: facts scored first, for a score that `top` of them reach


def _kth_score(index: Index, plan: Plan, candidates: set[int] | None, top: int) -> float | None:
    """A score that at least `top` facts reach: the `top`-th best of a few facts of the
    heaviest terms, scored exactly as score_terms does (same order, same sums)."""
    wanted = _SAMPLE * top
    sample: set[int] = set()
    for _term, _weight, expansions, _volume in sorted(plan, key=lambda p: -p[1]):
        for t in expansions:
            # The first `wanted` facts of each word are enough: no other fact of it can be
            # among the `wanted` first of them all, and a word cut short already holds
            # `top` (the same facts as the whole postings would give, read far fewer).
            sample.update(_first_positions(index, t, candidates, wanted))
        if len(sample) >= top:
            break
    if len(sample) < top:
        return None
    picked = sorted(sample)[:wanted]  # any facts will do: their scores are real
    return _kth_of(index, plan, picked, top)


def _kth_of(index: Index, plan: Plan, picked: list[int], top: int) -> float:
    """The `top`-th best score of these facts (`top` of them at least), each scored exactly
    as score_terms does (same order, same sums)."""
    scores = dict.fromkeys(picked, 0.0)
    for _term, weight, expansions, _volume in plan:
        best: dict[int, float] = {}  # the surest expansion, as score_terms takes it
        for t, surety in expansions.items():
            # A word in fewer facts than are picked (one of a prefix's hundreds of words)
            # is read whole; a common one is looked up at the facts picked.
            few = index.df(t) <= len(picked)
            postings = index.postings_of(t) if few else index.weights_at(t, picked)
            for i in filter(postings.__contains__, picked):
                if surety * postings[i] > best.get(i, 0.0):
                    best[i] = surety * postings[i]
        for i, b in best.items():
            if b > 0.0:
                scores[i] += weight * b
    return sorted(scores.values(), reverse=True)[top - 1]


def _first_positions(index: Index, term: str, within: set[int] | None, n: int) -> list[int]:
    """The `n` first positions (of `within`, or any) of the facts holding `term`, read from
    the start of its postings where the index keeps them in order."""
    if within is not None and len(within) * 20 < index.df(term):
        # A few candidates in a word of thousands: looked up in it (as _walk does them).
        return sorted(index.weights_at(term, within))[:n]
    ordered = getattr(index, "positions_in_order", None)
    if ordered is not None:
        out: list[int] = []
        last = -1
        for i in ordered(term):
            if i <= last:
                break  # not in order after all: sorted whole below
            last = i
            if within is None or i in within:
                out.append(i)
                if len(out) >= n:
                    return out
        else:
            return out
    found = sorted(i for i in index.postings_of(term) if within is None or i in within)
    return found[:n]


def _walk(index: Index, expansions: dict[str, float], within: set[int] | None) -> dict[int, float]:
    """Each fact's (of `within`, or any) best match of one term over its expansions: what
    _term_best gives, its first expansion read by one comprehension (most terms have one;
    a heavy term's postings are tens of thousands at 100,000 facts)."""
    best: dict[int, float] = {}
    for t, surety in expansions.items():
        if within is None:
            positions, weights = _pairs(index, t)
            if _raise_to(best, positions, weights, surety):
                continue
            postings = index.postings_of(t)
        elif len(within) * 20 < index.df(t):
            # A few facts in a word of thousands: looked up in its packed postings (the same
            # weights), not unpacked whole.
            postings = index.weights_at(t, within)
        else:
            postings = index.postings_of(t)
        if not best:
            if within is None:
                best = {i: s for i, w in postings.items() if (s := surety * w) > 0.0}
            elif len(within) < len(postings):
                best = {
                    i: s
                    for i in within
                    if (w := postings.get(i)) is not None and (s := surety * w) > 0.0
                }
            else:
                best = {
                    i: s for i, w in postings.items() if i in within and (s := surety * w) > 0.0
                }
            continue
        for i, w in postings.items():
            if (within is None or i in within) and surety * w > best.get(i, 0.0):
                best[i] = surety * w
    return best


def _pairs(index: Index, term: str) -> tuple[list[int], Iterable[float]]:
    """The positions holding a term and their weights, in postings_of's order."""
    pairs = getattr(index, "pairs", None)  # the cache's: decoded without a dict
    if pairs is not None:
        return pairs(term)  # type: ignore[no-any-return]
    postings = index.postings_of(term)
    return list(postings), postings.values()


def _among(index: Index, term: str, among: set[int]) -> Mapping[int, float]:
    """A term's weights, for at least the facts of `among` that hold it (for lookups)."""
    weights_among = getattr(index, "weights_among", None)  # the cache's: filtered in C
    if weights_among is not None:
        return weights_among(term, among)  # type: ignore[no-any-return]
    return index.postings_of(term)  # type: ignore[no-any-return]


def _raise_to(
    best: dict[int, float], positions: list[int], weights: Iterable[float], surety: float
) -> bool:
    """best[i] = surety * w where that is more, for each position i and its weight w, as
    `if surety * w > best.get(i, 0.0): best[i] = surety * w` does it, in C (a common word's
    tens of thousands of postings cost no Python loop); False, doing nothing, when some
    product is not above 0 (the loop would leave it out: the caller loops instead)."""
    scaled = list(map(mul, repeat(surety), weights))
    if not scaled:
        return True
    if not min(scaled) > 0.0:
        return False
    if best:
        # max keeps the first of equals: the value held, as the loop keeps it.
        scaled = list(map(max, map(best.get, positions, repeat(0.0)), scaled))
    best.update(zip(positions, scaled, strict=True))
    return True


def _add_to(total: dict[int, float], found: Mapping[int, float], weight: float) -> None:
    """total[i] += weight * s for each i, s of `found`, in C (the same sums, in the same
    order: a fact first met here is 0.0 + weight * s)."""
    positions = list(found)
    held = map(total.get, positions, repeat(0.0))
    total.update(
        zip(positions, map(add, held, map(mul, repeat(weight), found.values())), strict=True)
    )


def _reaching(
    positions: Iterable[int], sums: Iterable[float], left: float, floor: float
) -> list[int]:
    """The positions whose sum plus `left` reaches `floor`: `s + left >= floor`, in C."""
    return list(compress(positions, map(float(floor).__le__, map(add, sums, repeat(left)))))


def _top_floor(sums: Iterable[float], floor: float, top: int, margin: float) -> float:
    """The floor raised to the `top`-th best of these sums (less `margin`): `top` facts score
    that much at least, whatever else they match. Only the sums that reach the floor already
    are ranked: if `top` of them do, the `top`-th is among them; if not, the floor stays."""
    reach = list(filter(float(floor).__le__, sums))
    if len(reach) < top:
        return floor
    return max(floor, heapq.nlargest(top, reach)[-1] - margin)


def _sharpened(
    index: Index, plan: Plan, partial: dict[int, float], floor: float, top: int, margin: float
) -> float:
    """The floor raised to the `top`-th best real score of the facts that lead so far: the
    sample _kth_score takes is any facts, these are the likeliest to be among the best."""
    leading = list(compress(partial, map(float(floor).__le__, partial.values())))
    if len(leading) < top:
        return floor
    picked = sorted(heapq.nlargest(_SAMPLE * top, leading, key=partial.__getitem__))
    return max(floor, _kth_of(index, plan, picked, top) - margin)


def _score_reachable(
    index: Index,
    plan: Plan,
    candidates: set[int] | None,
    floor: float,
    hits: dict[str, dict[int, float]] | None,
    top: int = 0,
    margin: float = 0.0,
) -> dict[int, float] | None:
    """score_terms for the facts that can score `floor` or more (None: no term can be left
    for later, score everything), or (with `top`) that can be among the `top` best.

    A term adds at most its weight times its surest expansion (a posting weighs at most
    1). The light terms whose bounds sum below the floor cannot lift a fact to it alone:
    facts are found through the others, then the light terms, heaviest first, are looked
    up only for the facts that can still reach the floor with what is left.
    With `top`, the floor rises as the heavy terms are walked, heaviest first: the `top`-th
    best score so far is one that `top` facts reach (`margin` below it keeps float rounding
    on the safe side). Once the terms not yet walked cannot lift a fact not yet seen to the
    floor, they are light too.
    """
    bounds = [weight * max(exp.values(), default=0.0) for _t, weight, exp, _v in plan]
    order = sorted(range(len(plan)), key=lambda n: bounds[n])
    below, light = 0.0, []
    for n in order:
        if below + bounds[n] >= floor:
            break
        below += bounds[n]
        light.append(n)
    if not light:
        return None
    bests: list[dict[int, float]] = [{} for _ in plan]
    partial: dict[int, float] = defaultdict(float)
    heavy = order[len(light) :]
    unseen = sum(bounds)  # the most a fact that no term walked so far has matched can score
    while heavy and unseen >= floor:
        n = heavy.pop()
        _term, weight, expansions, _volume = plan[n]
        best = bests[n] = _walk(index, expansions, candidates)
        _add_to(partial, best, weight)
        unseen -= bounds[n]
        if top and len(partial) >= top:
            floor = _top_floor(partial.values(), floor, top, margin)
    light = sorted([*light, *heavy], key=lambda n: bounds[n])
    if top and light:
        floor = _sharpened(index, plan, partial, floor, top, margin)
    left = sum(bounds[n] for n in light)
    alive = _reaching(partial, partial.values(), left, floor)
    for n in reversed(light):
        left -= bounds[n]
        _term, weight, expansions, _volume = plan[n]
        best = bests[n]
        among: set[int] | None = None
        for t, surety in expansions.items():
            df = index.df(t)
            if df <= len(alive):
                # An expansion in fewer facts than are left (a prefix of 500 words, each in
                # a few facts): its postings are walked, not the facts left.
                among = set(alive) if among is None else among
                for i, w in index.postings_of(t).items():
                    if i in among and surety * w > best.get(i, 0.0):
                        best[i] = surety * w
                continue
            # A few facts are looked up in the packed postings; many, in them unpacked.
            if len(alive) * 20 < df:
                postings = index.weights_at(t, alive)
            else:
                among = set(alive) if among is None else among
                postings = _among(index, t, among)
            # The facts left that hold it, in their order (a weight of 0 adds nothing).
            weights = list(map(postings.get, alive))
            held = list(compress(alive, weights))
            if not _raise_to(best, held, filter(None, weights), surety):
                for i in held:
                    w = postings[i]
                    if surety * w > best.get(i, 0.0):
                        best[i] = surety * w
        _add_to(partial, best, weight)
        if top and len(alive) > top:
            # As for the heavy terms: the floor rises with what the light ones add (the
            # facts of a template, thousands at 100,000, stop here instead of at the end).
            floor = _top_floor(map(partial.__getitem__, alive), floor, top, margin)
        alive = _reaching(alive, map(partial.__getitem__, alive), left, floor)
    kept = set(alive)
    scores: dict[int, float] = defaultdict(float)
    for n, (term, weight, _expansions, _volume) in enumerate(plan):  # in order: the same sums
        walked = bests[n]
        held = list(filter(kept.__contains__, walked))
        found = dict(zip(held, map(walked.__getitem__, held), strict=True))
        _add_to(scores, found, weight)
        if hits is not None:
            hits[term] = found
    return scores
