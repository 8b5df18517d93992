"""What a query term may mean among the words of a store's index, each with how surely:
the word itself, words it begins or that begin it, compounds holding it, 초성, synonyms and
aliases, romanizations of a Korean name, and typos (for a query's first few terms); pure.

`Index` is the type of the index searched, for annotations: SearchIndex, or the cache's
DbIndex.
"""

from __future__ import annotations

import bisect
import re
from itertools import accumulate

from factcli.text import korean, synonyms
from factcli.text.terms import stem

TYPE_CHECKING = False  # not `typing` (~5 ms at start-up); type checkers know this name
if TYPE_CHECKING:
    from typing import Any

    Index = Any  # SearchIndex, or factcli.store.dbcache.DbIndex: they answer the same questions
else:
    Index = object  # for annotations only: `typing.Any` would cost start-up ~5 ms

# The longest prefix of a query term looked up as a word of its own (a stem with endings).
# Korean stems and English words are far shorter; ids and URLs are split at punctuation.
MAX_WORD = 64
_SHORT_PARTICLES = frozenset("은는이가을를의도만와과로에")
# One-syllable words that stand before a noun and never take a particle (한 명, 두 차례, 첫
# 직장, 각 부처): 한도 is a limit, not 한 with 도; 세로 not 세 with 로.
_DETERMINERS = frozenset("한두세네몇첫각총약그이저새옛온뭇")


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
SYNONYM = 0.8  # how surely a word of a synonym group or an alias means the query's
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
    elif (
        len(term) >= 2
        and term[-1] in _SHORT_PARTICLES
        and term[:-1] not in _DETERMINERS
        and index.has(term[:-1])
    ):
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
            add(syn, SYNONYM)
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
        # (a Hangul word of the same syllables, a letter off: 인사청문희 for 인사청문회, surer
        # than the shorter word it begins with, 인사청문)
        add(key, (0.85 if _is_hangul(term) and score >= 90 else 0.75) * score / 100)
