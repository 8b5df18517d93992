"""Rank the facts of a Store against a query: Korean-aware, typo-tolerant, number-aware; pure."""

from __future__ import annotations

import bisect
import heapq
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from itertools import accumulate, compress, repeat
from operator import add, mul

from factcli.find import lanes
from factcli.store.index import store_index
from factcli.store.model import DATE_FIELDS, Fact, Match, Store
from factcli.text import korean, synonyms
from factcli.text import patterns as rx
from factcli.text.terms import analyze, is_predicate, stem

TYPE_CHECKING = False  # not `typing` (~5 ms at start-up); type checkers know this name
if TYPE_CHECKING:
    from decimal import Decimal
    from typing import Any

    from factcli.text.dates import PartialDate

    Index = Any  # SearchIndex, or factcli.store.dbcache.DbIndex: they answer the same questions
else:
    Index = object  # for annotations only: `typing.Any` would cost start-up ~5 ms

MOST_BONUS = 24  # the most search's bonuses add to a score: 2 + 10 + 6 + 6 (see `most`)
_NUMBERISH = rx.compile(r"^[\d.,]+$|^[\d.,]*[십백천만억조]+[\d.,십백천만억조]*$")
COMMON_POSTINGS = 2_000  # a word in more facts than this (or 2% of them) is common
# The longest prefix of a query term looked up as a word of its own (a stem with endings).
# Korean stems and English words are far shorter; ids and URLs are split at punctuation.
MAX_WORD = 64
_SHORT_PARTICLES = frozenset("은는이가을를의도만와과로에")
KIND_WORDS = {
    **dict.fromkeys(
        ("금액", "얼마", "액수", "가격", "amount", "cost", "price", "sum", "much"), "amount"
    ),
    **dict.fromkeys(("날짜", "일자", "언제", "날", "date", "when"), "date"),
    **dict.fromkeys(("개수", "몇", "count", "number"), "count"),
    **dict.fromkeys(("나이", "age"), "age"),
    **dict.fromkeys(("기간", "duration"), "duration"),
    **dict.fromkeys(("비율", "퍼센트", "percent", "share"), "percent"),
}


# A number written in words: Korean digits with a unit (삼십육억구천칠백육십칠만 원, 이십만 장),
# a native Korean number before a counter (마흔네 살), or an English one (two hundred thousand).
_SPELLED_NUMBER = rx.compile(
    r"[일이삼사오육칠팔구십백천만억조]{2,}\s?(?:원|장|명|개|년|세|달러)|"
    r"(?:열|스물|스무|서른|마흔|쉰|예순|일흔|여든|아흔)[가-힣]{0,2}\s?(?:살|명|개|장|곳|달)|"
    r"(?i:\b(?:hundred|thousand|million|billion)\b)"
)


_SPELLED_DIGITS = str.maketrans(dict.fromkeys("일이삼사오육칠팔구십백천만억조", "\x00"))
_NATIVE_TENS = ("열", "스물", "스무", "서른", "마흔", "쉰", "예순", "일흔", "여든", "아흔")
_SPELLED_ENGLISH = ("hundred", "thousand", "million", "billion")
# What matches an ASCII letter under IGNORECASE besides the letters: İ ı ſ K (patterns.LATIN).
_ODD_LATIN = frozenset("\u0130\u0131\u017f\u212a")


def _spells_a_number(query: str) -> bool:
    """Whether _SPELLED_NUMBER matches the query, asked only when the query holds what one of
    its alternatives must: two of its Korean digits in a row, a native tens word, or an
    English number word (in any case: lower() gives it, but for the letters İ ı ſ K). Its
    pre-test would pass any text holding a counter (장 of 장관, 명 of 명단), and compiling it
    costs a search ~3 ms ([가-힣]); the pre-tests' table is not loaded for it either."""
    lowered = query.lower()
    if (
        "\x00\x00" in query.translate(_SPELLED_DIGITS)
        or any(word in query for word in _NATIVE_TENS)
        or any(word in lowered for word in _SPELLED_ENGLISH)
        or not _ODD_LATIN.isdisjoint(query)
    ):
        return _SPELLED_NUMBER.search(query) is not None
    return False


def _query_numbers(query: str, vocabulary: Index) -> tuple[list[Decimal], list[PartialDate], str]:
    """Numbers and dates a query mentions, and the query with them cut out.

    A bare number that is also a word of the store ("3.0" in "엑사원 3.0") stays a word.
    The number parsers load only for a query with digits in it.
    """
    if not any(ch.isdigit() for ch in query) and not _spells_a_number(query):
        return [], [], query
    from decimal import InvalidOperation  # ~1 ms of start-up: only for a query with digits

    from factcli.text.analysis import analyze_sentence
    from factcli.text.dates import PartialDate
    from factcli.text.numerals import parse_number

    spans: list[tuple[int, int]] = []
    numbers: list[Decimal] = []
    dates = []
    # The same reading of the text that check makes (text.analysis), made once.
    for said in analyze_sentence(query).values:
        if said.date is not None:
            dates.append(said.date)
        elif said.amount is not None:
            numbers.append(said.amount)
        spans.append((said.start, said.end))
    rest = query
    for start, end in sorted(spans, reverse=True):
        rest = rest[:start] + " " + rest[end:]
    for raw in rest.split():
        if _NUMBERISH.match(raw) and any(ch.isdigit() for ch in raw) and not vocabulary.has(raw):
            try:
                value = parse_number(raw)
            except (ValueError, InvalidOperation):
                continue
            numbers.append(value)
            if value == value.to_integral() and 1900 <= value <= 2099:
                dates.append(PartialDate(int(value)))
            rest = rest.replace(raw, " ", 1)
    return numbers, dates, rest


# A term -> the word of synonyms.words() whose synonyms it takes (the last with its stem, as
# one table of them all would hold), and that word -> the stems of its synonyms, made only
# for the words a command asks about (the table of all of them cost a search ~1.5 ms).
_SYNONYM_WORDS: dict[str, str] = {}
_SYNONYMS: dict[str, tuple[str, ...]] = {}


def _synonyms_of(term: str) -> tuple[str, ...]:
    if not _SYNONYM_WORDS:
        _SYNONYM_WORDS.update({stem(w): w for w in synonyms.words()})
    word = _SYNONYM_WORDS.get(term)
    if word is None:
        return ()
    found = _SYNONYMS.get(word)
    if found is None:
        found = _SYNONYMS[word] = tuple(map(stem, synonyms.of(word)))
    return found


_MEMO_SIZE = 4096  # terms whose expansions an index remembers
# Terms of one query (or one claim) matched fuzzily against the whole vocabulary, in the
# order they come; later ones are matched exactly. Each pass costs milliseconds on a large
# store: a 40,000-character junk word splits into thousands of terms (7-11 s at 100,000
# facts). Queries and claims in the evaluation sets need at most a handful.
MAX_FUZZY_TERMS = 32


class FuzzyBudget:
    """How many more terms of this query may be matched fuzzily."""

    __slots__ = ("left",)

    def __init__(self, left: int = MAX_FUZZY_TERMS) -> None:
        self.left = left


def _remember(index: Index, name: str, value: object) -> None:
    """Keep `value` on the index for the next question, if the index takes attributes."""
    try:  # noqa: SIM105  (not contextlib.suppress: `search` does without importing contextlib)
        setattr(index, name, value)
    except AttributeError:
        pass


def _expand(index: Index, term: str, budget: FuzzyBudget | None = None) -> dict[str, float]:
    """Vocabulary terms a query term may mean, each with how surely (0-1).

    A term that needs a fuzzy pass spends one of `budget`; once it is spent, the term gets
    what exact matching finds. Remembered on the index, both ways: a search asks again for
    what its words mean, and a draft's sentences share words.
    """
    memo = getattr(index, "_expansions", None)
    if memo is None:
        memo = {}
        _remember(index, "_expansions", memo)
    found = memo.get(term)
    if found is None:
        exact = _expand_anew(index, term)
        needs_fuzzy = not any(score >= 0.85 for score in exact.values()) and len(term) >= 2
        found = [exact, needs_fuzzy, None]
        if len(memo) < _MEMO_SIZE:
            memo[term] = found
    exact, needs_fuzzy, fuzzy = found
    if not needs_fuzzy or (budget is not None and budget.left <= 0):
        return dict(exact)
    if budget is not None:
        budget.left -= 1
    if fuzzy is None:
        fuzzy = dict(exact)

        def add(t: str, score: float) -> None:
            if score > fuzzy.get(t, 0.0):
                fuzzy[t] = score

        _fuzzy(index, term, add)
        found[2] = fuzzy
    return dict(fuzzy)


def _expand_anew(index: Index, term: str) -> dict[str, float]:
    found: dict[str, float] = {}

    def add(t: str, score: float) -> None:
        if score > found.get(t, 0.0):
            found[t] = score

    if index.has(term):
        add(term, 1.0)
    elif len(term) >= 2 and term[-1] in _SHORT_PARTICLES and index.has(term[:-1]):
        add(term[:-1], 0.95)  # "딥은" -> "딥": a one-syllable word with its particle
    if korean.is_choseong_query(term):
        initials = korean.to_compat_jamo(term).replace(" ", "")
        for t, ini in index.initials_items():
            if ini == initials:
                add(t, 0.95)
            elif len(initials) >= 2 and ini.startswith(initials):
                add(t, 0.8)
        return found
    if len(term) >= 2:
        vocabulary = index.sorted_vocabulary()
        # Words the term begins ("정부" of "정부세종청사" is a weaker hint than "취임" of "취임식").
        at = bisect.bisect_left(vocabulary, term)
        while at < len(vocabulary) and vocabulary[at].startswith(term):
            t = vocabulary[at]
            at += 1
            if t != term:
                add(t, 0.85 * min(1.0, (len(term) / len(t)) ** 0.5 + 0.15))
        # Words that begin the term: a stem and its endings ("확보하기로" -> "확보"), more
        # weakly the head of a compound ("연구원장" -> "연구원"), never a place for its school
        # ("서울대" is not "서울"). Only prefixes as long as a word can be: a 40,000-character
        # term would otherwise look up (and the cache remember) every one of its prefixes.
        for cut in range(2, min(len(term), MAX_WORD + 1)):
            # A word of the store is in its vocabulary, already read: a prefix that is not
            # costs no lookup of its postings (a typo's prefixes mostly are not words).
            head = term[:cut]
            at = bisect.bisect_left(vocabulary, head)
            if at == len(vocabulary) or vocabulary[at] != head or not index.has(head):
                continue
            tail = term[cut:]
            if not _is_hangul(term) or tail[0] in _ENDING_START:
                add(term[:cut], 0.85 if cut >= len(term) * 0.5 else 0.7)
            elif tail not in ("대", "대학", "대학교", "대학원"):
                add(term[:cut], 0.75 if cut >= len(term) * 0.5 else 0.6)
        # Words containing it (a compound): a scan, so only on stores of modest size.
        if len(term) >= 3 and len(vocabulary) <= 50_000:
            for t in _containing(index, vocabulary, term):
                if not t.startswith(term):
                    add(t, 0.6)
    for syn in (*_synonyms_of(term), *index.aliases_of(term)):
        if index.has(syn):
            add(syn, 0.8)
    if term.isascii() and term.isalpha() and len(term) >= 3:
        # Kyung-hun, Kyeong-hoon, Kyunghoon: one Korean name in its romanizations.
        for other in _romanized(index, romanization_key(term)):
            add(other, 0.9)
    return found  # a fuzzy pass, if it needs one, is _expand's to make


def _containing(index: Index, vocabulary: list[str], term: str) -> list[str]:
    """The words of the vocabulary that contain `term`, in order: found by str.find over the
    words joined by newlines (no term holds one), in C, instead of 40,000 `in` tests.

    The words that begin in ASCII sort first: they are joined apart from the others, and a
    term is not looked for where it cannot be (a Korean term among words of ASCII only, an
    ASCII term among words without an ASCII character): a Korean term reads a quarter of the
    text at 100,000 facts, as one-byte text is read faster."""
    parts, ascii_only, no_ascii = _joined(index, vocabulary)
    ascii_term = term.isascii()
    skip = (ascii_only and not ascii_term, no_ascii and ascii_term)
    found: list[str] = []
    for (text, starts, low), skipped in zip(parts, skip, strict=True):
        if skipped:
            continue
        at = text.find(term)
        while at >= 0:
            k = bisect.bisect_right(starts, at) - 1
            word = vocabulary[low + k]
            found.append(word)
            at = text.find(term, starts[k] + len(word) + 1)  # on to the next word
    return found


_ASCII_CHAR = re.compile("[\x00-\x09\x0b-\x7f]")  # any ASCII character but the newline


def _joined(
    index: Index, vocabulary: list[str]
) -> tuple[list[tuple[str, list[int], int]], bool, bool]:
    """The words that begin in ASCII (they sort first) and the others, each part as (the
    words joined by newlines, where each begins, the index of its first), and whether the
    first are ASCII only and the others hold no ASCII character. Kept on the index."""
    joined = getattr(index, "_joined", None)
    if joined is None or joined[0] is not vocabulary:
        cut = bisect.bisect_left(vocabulary, "\x80")
        parts = []
        for low, high in ((0, cut), (cut, len(vocabulary))):
            words = vocabulary[low:high]
            # Where each word begins in the joined text: the running sum of their lengths and
            # newlines, in C (a Python loop over 40,000 words cost a search at 100,000 facts ~5 ms).
            starts = list(accumulate(map((1).__add__, map(len, words)), initial=0))
            parts.append(("\n".join(words), starts[:-1], low))
        ascii_only = parts[0][0].isascii()
        no_ascii = _ASCII_CHAR.search(parts[1][0]) is None
        joined = (vocabulary, parts, ascii_only, no_ascii)
        _remember(index, "_joined", joined)
    return joined[1], joined[2], joined[3]


def _ascii_words(index: Index) -> list[str] | None:
    """The words a fuzzy pass of an ASCII term can find, when they are the words that begin
    in ASCII, each its own jamo: they are all ASCII, and the others hold no ASCII character
    and are in normal form (korean.nfc leaves them as they are), so their jamo hold none
    either (a ratio of 0 with an ASCII term, never at the cutoff). None: every word, as read
    with its jamo from the cache (~14 ms at 100,000 facts)."""
    vocabulary = index.sorted_vocabulary()
    parts, ascii_only, no_ascii = _joined(index, vocabulary)
    if not (ascii_only and no_ascii):
        return None
    others = parts[1][0]
    if korean.nfc(others) != others:
        return None
    return vocabulary[: parts[1][2]]


_ENDING_START = frozenset("하했되된됐이에의을를은는으로과와도만까부께한할해")


def _is_hangul(term: str) -> bool:
    return "가" <= term[0] <= "힣"


_ROMAN_RULES = (
    ("yeo", "yu"),
    ("eo", "u"),
    ("oo", "u"),
    ("ou", "u"),
    ("eu", "u"),
    ("yo", "yu"),
    ("wo", "u"),
    ("ae", "e"),
)
_ROMAN_LETTERS = str.maketrans("gdbj", "ktpc")


def romanization_key(word: str) -> str:
    """One key for a Korean name's romanizations (Revised, McCune-Reischauer, common ones):
    kyung/kyeong/gyeong, hoon/hun, bae/pae all meet."""
    key = word.lower()
    if not key.isalpha():
        key = "".join(ch for ch in key if ch.isalpha())
    for old, new in _ROMAN_RULES:
        key = key.replace(old, new)
    return key.translate(_ROMAN_LETTERS)


def _romanized(index: Index, key: str) -> tuple[str, ...]:
    """The store's Latin words (three ASCII letters or more) whose romanization key is `key`,
    in order. The keys of the words that begin in ASCII (they sort first) are made once, on
    the words joined by newlines (the rules replace letters only, so on the joined words they
    act on each word as on its own), and kept on the index as that text: a key is found by
    str.find, in C, instead of a table of 8,000 words made for a query of one or two."""
    kept = getattr(index, "_romanized", None)
    if kept is None:
        vocabulary = index.sorted_vocabulary()
        latin = vocabulary[: bisect.bisect_left(vocabulary, "\x80")]
        joined = "\n".join(latin)
        if joined.count("\n") != max(0, len(latin) - 1):
            latin = [word for word in latin if "\n" not in word]  # no such word is Latin
            joined = "\n".join(latin)
        joined = joined.lower()
        for old, new in _ROMAN_RULES:
            joined = joined.replace(old, new)
        kept = (f"\n{joined.translate(_ROMAN_LETTERS)}\n", latin)
        _remember(index, "_romanized", kept)
    text, latin = kept
    if not key or "\n" in key:
        return ()
    found = []
    needle = f"\n{key}\n"
    at = text.find(needle)
    while at >= 0:
        word = latin[text.count("\n", 0, at)]  # the newlines before it: its line
        if word.isascii() and word.isalpha() and len(word) >= 3:
            found.append(word)
        at = text.find(needle, at + 1)
    return tuple(found)


def _fuzzy(index: Index, term: str, add) -> None:  # type: ignore[no-untyped-def]
    from factcli.find import fuzzy  # rapidfuzz's ratio; imports rapidfuzz only when it pays

    target = korean.disassemble(term)
    cutoff = 80 if len(target) >= 5 else 86
    listed = getattr(index, "jamo_lists", None)  # the cache's: the words and their jamo
    if listed is not None:
        # An ASCII term meets only ASCII words, in the same order (words sort as the cache
        # keeps them: UTF-8's order is the code points'), so the same best, ties alike.
        ascii_words = _ascii_words(index) if target.isascii() else None
        if ascii_words is not None:
            words = jamos = ascii_words
        else:
            words, jamos = listed()
        found = fuzzy.extract_listed(target, words, jamos, score_cutoff=cutoff, limit=8)
    else:
        found = fuzzy.extract(target, index.jamo_map(), score_cutoff=cutoff, limit=8)
    for choice, score, key in found:
        del choice
        # A typo keeps a Hangul word's syllables: 배겅훈 is 배경훈, 서울대 is not 서울.
        if _is_hangul(term) and len(key) != len(term):
            continue
        add(key, 0.75 * score / 100)


def _weight(index: Index, term: str, expansions: dict[str, float]) -> float:
    """How much a query term counts: its own rarity, or that of what it most surely means."""
    if index.has(term):
        return index.idf(term)
    if not expansions:
        return math.log(1 + index.size)  # a word the store does not know: it counts fully
    best = max(expansions.values())
    return max(index.idf(t) for t, surety in expansions.items() if surety == best)


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
) -> tuple[dict[int, float], float]:
    """Weighted matches of query terms per fact (by position), and the total weight possible.

    When `hits` is given, it receives for each query term how well each fact matched it
    (0-1); `unknown`, the terms that match nothing in the store at all. With `share`, facts
    whose score cannot reach that share of the total (the caller adding at most `extra` to
    both, for numbers) may be left out of both, and with `top`, facts that cannot come
    within `slack` (a share of the total) of the `top` best (ties kept): the caller drops
    them anyway. The scores of the facts kept are the same, to the bit. At most
    MAX_FUZZY_TERMS terms are matched fuzzily.
    """
    plan, total = _plan(index, terms, unknown)
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


Plan = list[tuple[str, float, dict[str, float], int]]


def _plan(index: Index, terms: list[str], unknown: list[str] | None = None) -> tuple[Plan, float]:
    """Each distinct term with its weight, its expansions and their postings' volume; and
    the total weight. The first MAX_FUZZY_TERMS terms that need it are matched fuzzily.

    The last plan is kept on the index: `check` plans a sentence's words to score them, then
    again for which facts hold each (TermHits), and gets the same plan (nothing is mutated).
    """
    key = tuple(terms)
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
    for term in dict.fromkeys(terms):
        expansions = _expand(index, term, budget)
        if preload is not None:
            preload(expansions)
        if not expansions:
            missing.append(term)
        weight = _weight(index, term, expansions)
        if is_predicate(term):
            weight *= 0.4  # 받았다, 됐다: what happened matters less than to what
        total += weight
        volume = sum(index.df(t) for t in expansions)
        plan.append((term, weight, expansions, volume))
    _remember(index, "_last_plan", (key, plan, total, missing))
    if unknown is not None:
        unknown += missing
    return plan, total


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


def search(
    store: Store,
    query: str,
    *,
    limit: int = 10,
    index: Index | None = None,
    facts: list[Fact] | None = None,
) -> list[Match]:
    """The facts best matching `query`, best first, at most `limit`.

    `facts`, when given, restricts results to those facts (filters applied by the caller).
    Scores run 0-100; facts that share nothing with the query are not returned.
    """
    index = index or store_index(store)
    query = korean.nfc(query)
    numbers, dates, rest = _query_numbers(query, index)
    # A value said twice counts once (a 100 KB query of one year is one year).
    numbers, dates = list(dict.fromkeys(numbers)), list(dict.fromkeys(dates))
    terms = analyze(rest)
    # Words that ask for a kind of value ("금액", "언제", "how many") pick facts of that
    # kind instead of matching text that happens to contain them.
    kinds = {KIND_WORDS[t] for t in terms if t in KIND_WORDS}
    number_weight = math.log(1 + index.size)
    # Facts under 25 of 100 are never listed: what numbers and dates can add is known, so
    # facts whose words cannot make up the rest are not scored.
    extra = number_weight * (len(numbers) + 0.8 * len(dates))
    # A fact's place in the list is its score (0-100) plus bonuses of -3 to MOST_BONUS
    # points: one more than that range below the `limit`-th best score, none can make the list
    # (its key stays below every key of the list). Not with numbers or dates (they add to
    # scores after this), nor with a filter (the list may reach further down), nor for long
    # lists (the best are found by scoring a sample of four times as many).
    ranked = limit if facts is None and not extra and 0 < limit <= 100 else 0
    scores, total = score_terms(
        index,
        [t for t in terms if t not in KIND_WORDS],
        share=0.25,
        extra=extra,
        top=ranked,
        slack=(MOST_BONUS + 3 + 1) / 100,
    )
    # The same terms fuzzily matched as in score_terms, so no more fuzzy passes.
    budget = FuzzyBudget()
    for value in numbers:
        total += number_weight
        exact = set(index.positions_with_value(value))
        for i in exact:
            scores[i] += number_weight
        near = _rounded_range(value)
        if near:  # 37억 for 36억9767만: a rounder figure meets the exact one
            for i in index.positions_with_value_between(*near):
                if i not in exact:
                    scores[i] += number_weight * 0.8
    for wanted in dates:
        total += number_weight * 0.8
        for i in index.positions_with_date((wanted.year or 0, wanted.month or 0, wanted.day or 0)):
            scores[i] += number_weight * 0.8
    if not total:
        return []
    named = _subjects_named(store, analyze(rest), index)
    # What the query's words may mean, for how central each fact is to it.
    meant = {t for term in dict.fromkeys(terms) for t in (term, *_expand(index, term, budget))}
    allowed = None if facts is None else {f.id for f in facts}
    # Rank positions first and read only the facts that can make the list (the cache keeps
    # the rest on disk); a superseded fact loses a little, so take a few more than asked.
    best = sorted(scores.items(), key=lambda item: -item[1])
    # The most the bonuses below can add: each term at its largest, whole numbers, so the
    # float sums below never exceed it. Past the point where even that cannot reach the
    # list, no fact is read (at 100,000 facts a name shared by 5,000 of them would be).
    # (MOST_BONUS above is its largest: score_terms' `slack` relies on it.)
    most = (2 if named else 0) + (10 if kinds else 0) + (6 if dates else 0) + 6
    # The `limit` best so far in a heap whose top is the worst of them (lowest key, then
    # last id): a fact costs O(log limit), so many tied facts are no longer quadratic.
    top: list[tuple[float, _Last, Match]] = []
    # A cached store reads the facts ahead in batches: one query for 64 instead of 64
    # (a typo query at 100,000 facts reads ~1,000 that tie). Read, they are the same facts.
    # Once the list is full, a fact is made whole only if what it begins with (its id,
    # subject, kind and statement: codec.peek) lets its key reach the list.
    read_ahead = getattr(store.facts, "at", None)
    rows_at = getattr(store.facts, "rows_at", None)
    ahead: dict[int, Fact] = {}
    passed: set[int] = set()  # facts of the batch read that cannot make the list
    for n, (i, s) in enumerate(best):
        score = 100 * s / total
        if score < 25:
            break
        if len(top) >= limit and score + most < top[0][0]:
            break  # a key below the worst of the list loses even its tie on ids
        if read_ahead is None:
            fact = store.facts[i]
        else:
            if i not in ahead and i not in passed:
                upcoming = [j for j, t in best[n : n + 64] if 100 * t / total >= 25]
                if rows_at is not None and top and len(top) >= limit:
                    worst = (top[0][0], top[0][1].id)
                    asked = (named, kinds, dates, meant, allowed)
                    ahead = _bounded(
                        store, rows_at(upcoming), upcoming, scores, total, worst, asked
                    )
                else:
                    ahead = dict(zip(upcoming, read_ahead(upcoming), strict=True))
                passed = set(upcoming).difference(ahead)
            if i in passed:
                continue  # cannot make the list
            fact = ahead[i]
        if allowed is not None and fact.id not in allowed:
            continue
        # Among equals, facts about what the query names come first ("exaone": EXAONE's facts).
        bonus: float = (2 if fact.subject in named else 0) - (3 if fact.superseded_by else 0)
        if kinds and (fact.kind in kinds or ("date" in kinds and fact.when)):
            bonus += 10
        bonus += _precision_bonus(fact, dates) + _centrality(fact, meant)
        key = score + bonus
        if key < 25:
            continue
        entry = (key, _Last(fact.id), Match(fact, round(max(0.0, min(100.0, key)), 1)))
        if len(top) < limit:
            heapq.heappush(top, entry)
        elif entry[:2] > top[0][:2]:
            heapq.heapreplace(top, entry)
    top.sort(key=lambda e: (-e[0], e[1].id))
    return [match for _key, _id, match in top]


class _Last:
    """An id that orders backwards, so the heap's top holds the id that sorts last."""

    __slots__ = ("id",)

    def __init__(self, fact_id: str) -> None:
        self.id = fact_id

    def __lt__(self, other: _Last) -> bool:
        return self.id > other.id

    def __gt__(self, other: _Last) -> bool:
        return self.id < other.id

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Last) and self.id == other.id

    def __hash__(self) -> int:
        return hash(self.id)


def _rounded_range(value: Decimal) -> tuple[Decimal, Decimal] | None:
    """The exact values a round figure may stand for: 37억 is 36억5천만 up to 37억5천만."""
    if value <= 100 or value != value.to_integral():
        return None
    digits = value.normalize().as_tuple()
    significant = len(digits.digits)
    if significant > 2 or not isinstance(digits.exponent, int) or digits.exponent < 2:
        return None
    from decimal import Decimal

    half = Decimal(5).scaleb(digits.exponent - 1)
    return value - half, value + half


def _precision_bonus(fact: Fact, dates: list[PartialDate]) -> float:
    """A date asked for at a precision meets facts dated as precisely before coarser ones."""
    if not dates:
        return 0.0
    from factcli.text.dates import parse_iso

    best = -6.0
    for name in DATE_FIELDS:
        iso = getattr(fact, name)
        if not iso:
            continue
        try:
            have = parse_iso(iso)
        except ValueError:
            continue
        for wanted in dates:
            if not have.agrees(wanted):
                continue
            asked = (wanted.year is not None, wanted.month is not None, wanted.day is not None)
            given = (have.year is not None, have.month is not None, have.day is not None)
            if all(g or not a for a, g in zip(asked, given, strict=True)):
                return 6.0
            best = -3.0
    return best


def _centrality(fact: Fact, meant: set[str]) -> float:
    """How much a fact is about what the query names, not only mentions it: its id is made of
    the query's words (minister-inauguration for 취임식), and its statement is short."""
    return _central(fact.id, fact.statement, meant)


def _central(fact_id: str, statement: str, meant: set[str]) -> float:
    words = [w for w in fact_id.split("-") if not w.isdigit()]
    covered = sum(1 for w in words if w in meant or stem(w) in meant) / max(1, len(words))
    brevity = min(1.0, 40 / max(1, len(statement)))
    return 4 * covered + 2 * brevity


def _bounded(
    store: Store,
    rows: list[tuple[int, str, bytes, str | None]],
    positions: list[int],
    scores: dict[int, float],
    total: float,
    worst: tuple[float, str],
    wanted: tuple[set[str], set[str], list[PartialDate], set[str], set[str] | None],
) -> dict[int, Fact]:
    """The facts of these checked rows that can enter search's list, made whole; the rest
    left as rows. A fact's key is search's, from what its text begins with (codec.peek),
    with the precision bonus at its most (6 when the query has dates) and the kind bonus
    when the query asks for dates (its dates unread): the same sums as search's, so it is
    never below the fact's key. A fact enters only with a key above the worst's, or equal
    and an id before the worst's."""
    from factcli.store.codec import peek

    named, kinds, dates, meant, allowed = wanted
    decoded = store.db.decoded  # type: ignore[attr-defined]
    out: dict[int, Fact] = {}
    for i, (seg, fid, raw, sby) in zip(positions, rows, strict=True):
        if allowed is not None and fid not in allowed:
            continue
        try:
            text = raw.decode()
        except ValueError:  # not UTF-8: decoded() says the cache is damaged
            out[i] = decoded(seg, fid, raw, sby)
            continue
        lead = peek(text)
        if lead is not None and lead[0] == fid:
            _id, subject, kind, statement = lead
            bonus: float = (2 if subject in named else 0) - (3 if sby else 0)
            if kinds and (kind in kinds or "date" in kinds):
                bonus += 10
            bonus += (6.0 if dates else 0.0) + _central(fid, statement, meant)
            key = 100 * scores[i] / total + bonus
            if not (key > worst[0] or (key == worst[0] and fid < worst[1])):
                continue
        out[i] = decoded(seg, fid, text, sby)
    return out


def _subjects_named(store: Store, terms: list[str], index: Index | None = None) -> set[str]:
    """Subjects whose one-word name or alias is among the query's terms."""
    wanted = set(terms)
    # The store's own index keeps every one-word name's term as a key of its aliases
    # (index._alias_terms): a query holding none of them names no subject, and the names
    # need not be read (~1 ms on the bundled store).
    if index is not None and store.search_index is index and wanted.isdisjoint(index.aliases):
        return set()
    named = set()
    for subject in store.subjects.values():
        for name in subject.names:
            words = analyze(name)
            if len(words) == 1 and words[0] in wanted:
                named.add(subject.id)
                break
    return named
