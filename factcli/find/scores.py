"""Weighted matches of a query's terms per fact: each term planned once (its weight, what it
may mean, how many facts that reaches), facts gathered through the rare terms of a large
store, and which facts hold each term (TermHits); pure."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterator, Mapping

from factcli.find import lanes
from factcli.find.pruning import Plan, _among, _kth_score, _pairs, _score_reachable
from factcli.find.vocabulary import SYNONYM, FuzzyBudget, Index, _expand, _remember
from factcli.text.synonyms import GROUPS
from factcli.text.terms import is_predicate

COMMON_POSTINGS = 2_000  # a word in more facts than this (or 2% of them) is common
# In a look-up, a word that names one of the store's subjects (장녀, 삼성탈레스, EXAONE) counts
# this many times its rarity: whose thing is asked matters more than how it is worded.
NAME_WEIGHT = 2.0


def _weight(
    index: Index, term: str, expansions: dict[str, float], by_meaning: bool = False
) -> float:
    """How much a query term counts: its own rarity, or that of what it most surely means.

    `by_meaning` (a look-up's): as rare as the commonest word it surely means (재산, in one
    fact, counts as common as its synonym asset, in many; a word of no synonyms keeps its own
    rarity), so a query's rare wording does not outweigh its other words. The checker keeps
    the word's own rarity: its bars were set on it."""
    if index.has(term):
        if not by_meaning:
            return index.idf(term)
        df = max((index.df(t) for t, surety in expansions.items() if surety == SYNONYM), default=0)
        return math.log(1 + index.size / max(df, index.df(term)))
    if not expansions:
        return math.log(1 + index.size)  # a word the store does not know: it counts fully
    best = max(expansions.values())
    pick = min if by_meaning else max
    return pick(index.idf(t) for t, surety in expansions.items() if surety == best)


def score_terms(
    index: Index,
    terms: list[str],
    hits: dict[str, dict[int, float]] | None = None,
    unknown: list[str] | None = None,
    *,
    share: float = 0.0,
    extra: float = 0.0,
    top: int = 0,
    slack: float = 0.0,
    by_meaning: bool = False,
) -> tuple[dict[int, float], float]:
    """Weighted matches of query terms per fact (by position), and the total weight possible.

    When `hits` is given, it receives for each query term how well each fact matched it
    (0-1); `unknown`, the terms that match nothing in the store at all. With `share`, facts
    whose score cannot reach that share of the total (the caller adding at most `extra` to
    both, for numbers) may be left out of both, and with `top`, facts that cannot come
    within `slack` (a share of the total) of the `top` best (ties kept): the caller drops
    them anyway. The scores of the facts kept are the same, to the bit. At most
    MAX_FUZZY_TERMS terms are matched fuzzily. `by_meaning`: each term weighed as rare as
    what it means (a look-up's; see _weight).
    """
    plan, total = _plan(index, terms, unknown, by_meaning)
    limit, candidates = _candidates(index, plan)
    # A margin of a billionth of the whole keeps float rounding on the safe side.
    margin = 1e-9 * (total + extra)
    floor = share * (total + extra) - extra - margin
    # How far below the `top`-th best a fact may be and still be kept.
    below = margin + slack * (total + extra)
    if index.size >= lanes.LANES_MIN and (top or floor > 0):
        # A large store: every fact's bound at once, then the few that can make it, exactly.
        found = lanes.score(index, plan, candidates, floor, top, below, hits)
        if found is not None:
            return found, total
    if top:
        kth = _kth_score(index, plan, candidates, top)
        if kth is not None:
            floor = max(floor, kth - below)
    if floor > 0:
        pruned = _score_reachable(index, plan, candidates, floor, hits, top, below)
        if pruned is not None:
            return pruned, total
    scores: dict[int, float] = defaultdict(float)
    for term, weight, expansions, volume in plan:
        best = _term_best(index, expansions, candidates if volume > limit else None)
        for i, s in best.items():
            scores[i] += weight * s
        if hits is not None:
            hits[term] = best
    return scores, total


def _plan(
    index: Index, terms: list[str], unknown: list[str] | None = None, by_meaning: bool = False
) -> tuple[Plan, float]:
    """Each distinct term with its weight, its expansions and their postings' volume; and
    the total weight. The first MAX_FUZZY_TERMS terms that need it are matched fuzzily.

    The last plan is kept on the index: `check` plans a sentence's words to score them, then
    again for which facts hold each (TermHits), and gets the same plan (nothing is mutated).
    """
    key = (tuple(terms), by_meaning)
    last = getattr(index, "_last_plan", None)
    if last is not None and last[0] == key:
        _key, plan, total, missing = last
        if unknown is not None:
            unknown += missing
        return plan, total
    budget = FuzzyBudget()
    total = 0.0
    plan = []
    missing = []
    preload = getattr(index, "preload", None)  # the cache's: many words read in one query
    if preload is not None:
        preload(terms)  # the words themselves (each is looked up first), then each's expansions
    short = len(set(terms)) <= 3
    for term in dict.fromkeys(terms):
        expansions = _expand(index, term, budget)
        if preload is not None:
            preload(expansions)
        if not expansions:
            missing.append(term)
        weight = _weight(index, term, expansions, by_meaning)
        # (a verb's form before a noun only in a short query, a look-up's: "석사학위 받은 해";
        # a sentence's words, as the checker searches them, keep their weight)
        if is_predicate(term) or (short and _verb_form(index, term)):
            weight *= 0.4  # 받았다, 됐다, 받은: what happened matters less than to what
        if by_meaning and term in index.aliases:
            weight *= NAME_WEIGHT  # (장녀 예금: the daughter's deposits, not the spouse's)
        total += weight
        volume = sum(index.df(t) for t in expansions)
        plan.append((term, weight, expansions, volume))
    _remember(index, "_last_plan", (key, plan, total, missing))
    if unknown is not None:
        unknown += missing
    return plan, total


_GROUPED = frozenset(w for group in GROUPS for w in group)


def _verb_form(index: Index, term: str) -> bool:
    """받은, 수상한, 태어난: a verb's form before a noun (a query's "석사학위 받은 해"), when
    the store has that verb in the past (받았다, 수상했다, 태어났다)."""
    if not 2 <= len(term) <= 5 or not all("가" <= ch <= "힣" for ch in term):
        return False
    if term in _GROUPED:
        return False  # (태어난: a word people ask by, of a group of its own)
    last = ord(term[-1]) - 0xAC00
    if term[-1] in "은는던":
        stem = term[:-1]
    elif last % 28 == 4:  # (ㄴ below: 한, 난, 된)
        stem = term[:-1] + chr(0xAC00 + last - 4)
    else:
        return False
    if not stem:
        return False
    end = ord(stem[-1]) - 0xAC00
    forms = [stem + "다", stem + "았다", stem + "었다"]
    if end % 28 == 0:  # (a stem ending in a vowel: 나 -> 났다, 하 -> 했다, 되 -> 됐다)
        forms.append(stem[:-1] + chr(0xAC00 + end + 20) + "다")
        forms += [stem[:-1] + "했다"] if stem[-1] == "하" else []
        forms += [stem[:-1] + "됐다"] if stem[-1] == "되" else []
    return any(index.has(f) for f in forms)


def _candidates(index: Index, plan: Plan) -> tuple[int, set[int] | None]:
    """The volume above which a term is common, and the facts found through the rare terms
    (None: every fact is a candidate)."""
    # On a large store a common word (a name in 5,000 facts) would make every query walk
    # thousands of postings: facts are found through the rarer words, and common words only
    # add to the score of facts found so. Small stores (and the bundled one) walk everything.
    limit = max(COMMON_POSTINGS, index.size // 50)
    rare = [p for p in plan if p[3] <= limit]
    candidates: set[int] | None = None
    if rare and len(rare) < len(plan):
        candidates = set()
        for *_head, expansions, _volume in rare:
            for t in expansions:
                candidates.update(index.postings_of(t))
    return limit, candidates


def _term_best(
    index: Index, expansions: dict[str, float], within: set[int] | None
) -> dict[int, float]:
    """How well each fact (of `within`, or all) matches one term: its surest expansion."""
    best: dict[int, float] = {}
    if within is not None:
        for t, surety in expansions.items():
            postings = index.postings_of(t)
            for i in within:
                w = postings.get(i)
                if w is not None and surety * w > best.get(i, 0.0):
                    best[i] = surety * w
    else:
        for t, surety in expansions.items():
            for i, w in index.postings_of(t).items():
                s = surety * w
                if s > best.get(i, 0.0):
                    best[i] = s
    return best


class _Coverage(Mapping[int, float]):
    """_term_best of one term, made whole only when listed: which facts hold a word is mostly
    asked of one or two facts, and whether any does, of words in thousands of facts."""

    def __init__(
        self, index: Index, expansions: dict[str, float], within: set[int] | None, term: str = ""
    ):
        self._index, self._expansions, self._within = index, expansions, within
        self._whole: dict[int, float] | None = None
        # The word's codes, if scoring made them (a large store): each fact's best in a byte.
        self._codes = lanes.kept(index, term, expansions)

    def whole(self) -> dict[int, float]:
        if self._whole is None:
            self._whole = _term_best(self._index, self._expansions, self._within)
        return self._whole

    def __getitem__(self, position: int) -> float:
        if self._whole is not None:
            return self._whole[position]
        if self._within is not None and position not in self._within:
            raise KeyError(position)
        if self._codes is not None:
            held, values = self._codes
            if 0 <= position < len(held) and held[position]:
                return values[held[position] - 1]
            raise KeyError(position)
        best = 0.0
        for t, surety in self._expansions.items():
            w = self._index.weights_at(t, (position,)).get(position)
            if w is not None and surety * w > best:
                best = surety * w
        if best > 0.0:
            return best
        raise KeyError(position)

    def __bool__(self) -> bool:
        if self._whole is not None:
            return bool(self._whole)
        within = self._within
        if self._codes is not None:
            held = self._codes[0]
            if within is None:
                return held.count(0) < len(held)
            return any(map(held.__getitem__, within))
        for t, surety in self._expansions.items():
            if surety <= 0.0:
                continue
            if within is None:
                # Whether any weight is above 0: the first almost always is.
                if any(w > 0.0 for w in _pairs(self._index, t)[1]):
                    return True
            elif any(w > 0.0 and i in within for i, w in _among(self._index, t, within).items()):
                return True
        return False

    def __iter__(self) -> Iterator[int]:
        return iter(self.whole())

    def __len__(self) -> int:
        return len(self.whole())


class TermHits(Mapping[str, Mapping[int, float]]):
    """What score_terms(index, terms, hits) puts in `hits` when it scores every fact, term
    by term and only for the terms asked about: a caller that scored with `share` or `top`
    (which leave most facts out of `hits`) may still need to know which facts hold a word."""

    def __init__(self, index: Index, terms: list[str]) -> None:
        self._index, self._terms = index, terms
        self._made: dict[str, _Coverage] = {}
        self._plan: dict[str, tuple[dict[str, float], int]] | None = None
        self._limit: int = 0
        self._within: set[int] | None = None

    def _planned(self) -> dict[str, tuple[dict[str, float], int]]:
        if self._plan is None:
            plan, _total = _plan(self._index, self._terms)
            self._limit, self._within = _candidates(self._index, plan)
            self._plan = {term: (exp, volume) for term, _w, exp, volume in plan}
        return self._plan

    def __getitem__(self, term: str) -> Mapping[int, float]:
        found = self._made.get(term)
        if found is None:
            expansions, volume = self._planned()[term]  # KeyError: not a term of the query
            within = self._within if volume > self._limit else None
            found = self._made[term] = _Coverage(self._index, expansions, within, term)
        return found

    def __iter__(self) -> Iterator[str]:
        return iter(self._planned())

    def __len__(self) -> int:
        return len(self._planned())
