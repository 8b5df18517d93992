"""Close words: rapidfuzz's `process.extract(query, choices, scorer=fuzz.ratio, ...)`, the
same answer, in Python for a small vocabulary.

Importing rapidfuzz costs a start-up ~20 ms (its package imports every metric, with typing),
more than a typo search on the bundled store spends on anything else; a fuzzy pass over a
few thousand words costs a few milliseconds here. A large vocabulary goes to rapidfuzz,
whose C++ is far faster per word. Both give the same scores, to the bit, in the same order:
ratio is the normalised Indel similarity, (1 - (n + m - 2 LCS) / (n + m)) * 100, kept when
it reaches the cutoff both as a share and as a score, best first, ties in the choices' order.
"""

from __future__ import annotations

import itertools
import math
import operator
import re

TYPE_CHECKING = False  # not `typing` (~5 ms at start-up); type checkers know this name
if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from typing import Any

SMALL = 20_000  # words: up to this many, the pass runs here (~1 ms per 1,000 words)
# Words: above this many, the few that can reach the cutoff are picked by a filter in C first
# (the bundled store's 2,000: ~0.5 ms a typo's word instead of ~2 ms).
FILTERED = 1_000


def extract(
    query: str, choices: Mapping[str, str], *, score_cutoff: float, limit: int
) -> list[tuple[str, float, str]]:
    """(choice, score, key) of the `limit` best choices scoring `score_cutoff` or more."""
    if len(choices) > SMALL:
        from rapidfuzz import fuzz, process

        return [
            (choice, score, key)
            for choice, score, key in process.extract(
                query, choices, scorer=fuzz.ratio, score_cutoff=score_cutoff, limit=limit
            )
        ]
    return _extract(query, choices, score_cutoff, limit)


def extract_listed(
    query: str, keys: Sequence[str], choices: Sequence[str], *, score_cutoff: float, limit: int
) -> list[tuple[str, float, str]]:
    """extract over the choices dict(zip(keys, choices)), without making it: rapidfuzz takes
    a list as it takes a dict, in the same order, ties kept in it (a dict of 40,000 words costs
    a typo search at 100,000 facts a few milliseconds)."""
    # Up to SMALL, the answer is the dict's: the lists are that dict only when no key repeats.
    if len(choices) > SMALL or (len(choices) > FILTERED and len(set(keys)) == len(keys)):
        # The few choices that can reach the cutoff, when a filter in C tells them: scored
        # here, in their order, they give what rapidfuzz gives (and it need not be imported).
        few = _reachable(query, choices, score_cutoff)
        if few is not None and len(few) <= SMALL:
            picked = {keys[at]: choices[at] for at in few}
            if len(picked) == len(few):  # each key once, as rapidfuzz's places are
                return _extract(query, picked, score_cutoff, limit)
    if len(choices) > SMALL:
        from rapidfuzz import fuzz, process

        return [
            (choice, score, keys[at])
            for choice, score, at in process.extract(
                query, choices, scorer=fuzz.ratio, score_cutoff=score_cutoff, limit=limit
            )
        ]
    # The same lists for each term of a query: one dict, grouped by length once (_by_length).
    if _LISTED[0] is not keys or _LISTED[1] is not choices or _LISTED[2] != len(choices):
        _LISTED[:] = [keys, choices, len(choices), dict(zip(keys, choices, strict=True))]
    return extract(query, _LISTED[3], score_cutoff=score_cutoff, limit=limit)


_LISTED: list[Any] = [None, None, 0, None]  # the keys and choices listed last, their dict


def _reachable(query: str, choices: Sequence[str], score_cutoff: float) -> list[int] | None:
    """The places of the choices whose ratio with `query` can reach the cutoff, in order;
    None when this filter cannot tell (no cutoff, a choice holding a newline, text that is
    not UTF-8: a lone surrogate).

    A common subsequence is made of the choice's characters that the query holds: at most
    that many, and at most the query's length. Those characters are counted for every
    choice at once in C, over the choices joined as UTF-8 (every byte deleted but the last
    byte of each of the query's characters, then split): each of the choice's characters
    that the query holds leaves its last byte, so the count is never too low (another
    character ending in the same byte only keeps a choice that is then scored). A Hangul
    letter (U+3131-318E) is three bytes, E3 84-86 and its own: the middle byte is dropped
    first when the query holds a character ending in it (ㅅ ends in 85). A choice that
    cannot reach the cutoff with that many is left out: a typo's word at 100,000 facts
    leaves a few of 27,000 ASCII words, a Korean one a few dozen of 40,000 words' letters,
    and rapidfuzz (~20 ms to import) is not needed.
    """
    n = len(query)
    if not n or not 0 < score_cutoff <= 100:
        return None
    joined = _utf8_joined(choices)
    if joined is None:
        return None
    text, lengths = joined
    try:
        keep = {ch.encode("utf-8")[-1] for ch in query}
    except UnicodeEncodeError:
        return None
    keep.add(10)  # the newline between choices
    for middle in (0x84, 0x85, 0x86):
        if middle in keep:  # 0xFF is no byte of UTF-8: it joins nothing, and is not kept
            text = text.replace(bytes((0xE3, middle)), b"\xff")
    kept = text.translate(None, bytes([b for b in range(256) if b not in keep]))
    counts = list(map(len, kept.split(b"\n")))
    if len(counts) != len(choices):
        return None
    # A choice holding c of the query's characters has length m >= c: its ratio is at most
    # 200 min(n, c) / (n + m), below the cutoff unless c >= cutoff n / (200 - cutoff).
    least = max(0, math.floor(score_cutoff * n / (200 - score_cutoff)) - 1)

    def reaches(c: int, total: int) -> bool:
        # ratio * 100 <= 200 common / total; kept unless below the cutoff by far more than
        # float rounding can move the score
        return 200 * min(n, c) + 1e-7 * total >= score_cutoff * total

    # The least count a choice of each length needs (reaches() only grows with c): found by
    # bisection once per length, then every choice is compared with it in C.
    needed: dict[int, float] = {}
    for m in set(lengths):
        low, high = least, n  # a count above n reaches no more than n does
        if not reaches(high, n + m):
            needed[m] = math.inf
            continue
        while low < high:
            mid = (low + high) // 2
            if reaches(mid, n + m):
                high = mid
            else:
                low = mid + 1
        needed[m] = low
    wanted = map(needed.__getitem__, lengths)
    return list(itertools.compress(range(len(counts)), map(operator.ge, counts, wanted)))


_JOINED: list[Any] = [None, 0, None]  # the choices joined last, their count, (bytes, lengths)


def _utf8_joined(choices: Sequence[str]) -> tuple[bytes, list[int]] | None:
    """The choices joined by newlines as UTF-8, and their lengths (kept for the next term
    of the query); None when one holds a newline or is not UTF-8 (a lone surrogate)."""
    if _JOINED[0] is not choices or _JOINED[1] != len(choices):
        text = "\n".join(choices)
        made = None
        if text.count("\n") == len(choices) - 1:
            try:
                made = (text.encode("utf-8"), list(map(len, choices)))
            except UnicodeEncodeError:
                made = None
        _JOINED[:] = [choices, len(choices), made]
    return _JOINED[2]  # type: ignore[no-any-return]


def _extract(
    query: str, choices: Mapping[str, str], score_cutoff: float, limit: int
) -> list[tuple[str, float, str]]:
    n = len(query)
    share = score_cutoff / 100
    if share > 1:
        return []  # no ratio is over 100
    masks: dict[str, int] = {}  # a character -> the bits of its places in the query
    for at, ch in enumerate(query):
        masks[ch] = masks.get(ch, 0) | (1 << at)
    full = (1 << n) - 1
    found: list[tuple[float, int, str, str]] = []
    # The LCS is at most the shorter length: only lengths that could reach the cutoff so
    # are looked at (with a margin: the exact test below decides).
    low, high = 0, math.inf
    if share > 0:
        low = max(0, math.floor(share * n / (2 - share)) - 1)
        high = math.ceil(n * (2 - share) / share) + 1
    groups = _by_length(choices)
    # A choice sharing no character with the query has no common subsequence: its ratio is 0
    # (a Latin query and a word of Hangul jamo). Only a cutoff above 0 leaves it out.
    kinds: tuple[int, ...] = (_LATIN, _OTHER, _MIXED)
    if share > 0:
        if query.isascii():
            kinds = (_LATIN, _MIXED)
        elif _HAS_ASCII(query) is None:
            kinds = (_OTHER, _MIXED)
    for m in range(low, int(min(high, groups.longest)) + 1):
        of_length = groups.get(m)
        if of_length is None:
            continue
        # In any order: the hits are sorted by score and place below.
        for place, key, choice in itertools.chain.from_iterable(of_length[k] for k in kinds):
            total = n + m
            if not total:
                found.append((100.0, place, choice, key))  # two empty strings are alike
                continue
            # Bit-parallel LCS length (Hyyrö): a 0 bit in v for each query place matched.
            v = full
            for ch in choice:
                u = v & masks.get(ch, 0)
                v = ((v + u) | (v - u)) & full
            common = n - v.bit_count()
            similarity = 1.0 - (total - 2 * common) / total
            if similarity >= share and similarity * 100 >= score_cutoff:
                found.append((similarity * 100, place, choice, key))
    found.sort(key=lambda hit: (-hit[0], hit[1]))
    return [(choice, score, key) for score, _place, choice, key in found[:limit]]


_HAS_ASCII = re.compile("[\x00-\x7f]").search
_LATIN, _OTHER, _MIXED = 0, 1, 2  # all ASCII, no ASCII, both


Entry = tuple[int, str, str]  # place among the choices, key, choice


class _Groups(dict[int, list[list[Entry]]]):
    """Choices by length: [all ASCII, no ASCII, both]."""

    longest = 0


_GROUPED: list[Any] = [None, 0, _Groups()]  # the choices grouped last, their count, groups


def _by_length(choices: Mapping[str, str]) -> _Groups:
    """The choices grouped by length, kept for the next term (a query has several)."""
    if _GROUPED[0] is not choices or _GROUPED[1] != len(choices):
        groups = _Groups()
        for place, (key, choice) in enumerate(choices.items()):
            kind = _LATIN if choice.isascii() else _OTHER if _HAS_ASCII(choice) is None else _MIXED
            of_length = groups.get(len(choice))
            if of_length is None:
                of_length = groups[len(choice)] = [[], [], []]
            of_length[kind].append((place, key, choice))
        groups.longest = max(groups, default=0)
        _GROUPED[:] = [choices, len(choices), groups]
    return _GROUPED[2]
