"""How relevant a fact is to a sentence (text and values), and the thresholds that use it."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator, Mapping

from factcli.find.scores import TermHits, score_terms
from factcli.find.vocabulary import Index
from factcli.store.index import store_index
from factcli.store.model import Fact, Store
from factcli.store.readings import recall
from factcli.text import patterns as rx
from factcli.text.analysis import Analysis, Value
from factcli.text.korean import is_hangul, strip_particle
from factcli.text.numerals import NATIVE_TENS_PATTERN
from factcli.text.records import dataclass, field
from factcli.text.terms import analyze, is_predicate

CANDIDATES = 25  # facts weighed per sentence, the most relevant first
R_MIN = 0.30  # text relevance below which a fact is not considered at all
R_SUPPORT = 0.50  # combined relevance (text and agreeing values) a supporting fact needs
R_SUPPORT_WEAK = 0.40  # ... when the fact tells of every event the sentence's verbs tell of
R_SUPPORT_ALONE = 0.40  # ... when it is the most relevant fact and the only one to speak to a value
R_SUPPORT_SEVERAL = 0.40  # ... when it agrees on two or more values of the claim
R_CONFLICT = 0.50  # text relevance a fact needs to contradict a claim
R_STRONG = 0.7  # a fact this relevant speaks to the sentence whatever new words it has
R_MIXED = 0.35  # ... when it also agrees with another value of the claim
R_NAME_WEAK = 0.4  # text relevance a fact agreeing on every value needs to contradict a name
DELTA = 0.15  # how far below the best text match a contradicting fact may be
SAME_WORDS_MARGIN = 0.1  # ... or this much, when it matches every word the supporter matched
MARGIN = 0.0  # a fact at least this much more relevant than a supporter, that disagrees, vetoes it
EXPLAIN = 0.05  # a value agreed by a fact this close in relevance is not a contradiction
VALUE_SHARE = 0.4  # weight of agreeing values in the combined relevance


# What of a value's text is its number, not a word of the sentence; each kind compiled only
# for a text that can hold it (their classes of syllables cost ~2 ms at every start-up).
_DECADE_WORD = rx.compile(r"(?i:\bdecades?\b)")  # a decade: ten years, the fact's unit
_NUMBER_WORDS = rx.Alternatives(
    # (not the digits of a name, H200 or R1: the name says which fact is meant)
    r"(?<![A-Za-z\d.,])[\d.,~\-%₩$]+",
    r"[일이삼사오육칠팔구십백천만억조]+(?=[\s원장개명년월일세]|$)",
    # 마흔두 살, 열여섯 개, 넉 달, 다섯 가지: the number, not a word of the sentence (not 한,
    # 두, 세, 네: words of the store's own text, 딸 한 명, which say which fact is meant)
    rf"(?<![가-힣])(?:{NATIVE_TENS_PATTERN}|다섯|여섯|일곱|여덟|아홉|석|넉)"
    r"(?=\s?(?:[살명개달장곳번해]|가지|차례)|$)",
    r"(?<![가-힣])(?:한|두|세|네)(?=\s?(?:가지|차례|번)(?![가-힣]))",
    # (a counter that says nothing of what was counted: 세 가지, 3개, 두 차례)
    r"(?<=[\d\s])(?:가지|개|차례)(?![가-힣])",
    r"\b(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety|dozen|pair|hundred|thousand|million|billion|trillion)\b",
)
_VERBISH = rx.compile(r"(?:고|지|면|게|며|서|는|은|인|던|까|다고|라고|려면|으면|어치|에게|께|측)$")


# Words that say what role a value plays, not which fact is meant: "at age 49", "became".
_ROLE_WORDS = frozenset(
    {"age", "aged", "old", "years", "became", "become", "becom", "나이", "당시", "만", "세", "살"}
)
# How near a figure is (roughly a decade): weighed with the value (approx), not as a word.
_HEDGE_WORDS = frozenset(analyze("roughly approximately about around some nearly almost"))


# English words of five letters or more that say when or how things relate, not what: never
# a thing the store fails to mention.
_FUNCTION_WORDS_EN = frozenset(
    [
        "until",
        "since",
        "after",
        "before",
        "while",
        "among",
        "about",
        "above",
        "below",
        "under",
        "within",
        "without",
        "during",
        "through",
        "across",
        "around",
        "against",
        "between",
        "whose",
        "which",
        "where",
        "there",
        "these",
        "those",
        "their",
        "would",
        "could",
        "should",
        "though",
        "although",
        "whether",
        "again",
        "already",
        # (a fraction's words, two-thirds: its number, a word the store may use or not)
        "third",
        "fourth",
        "fifth",
        "tenth",
        "quarter",
        # (words of saying: commenting on the nomination, remarked; said of any remark)
        "comment",
        "remark",
        "noting",
        "along",
        "alongside",
        "apart",
        "aside",
        "besides",
        "together",
        "except",
        "other",
        "still",
    ]
)


_VERB_FORM = rx.compile(r"(?<=[가-힣]{2})(?:하|되|했|됐|한|된|할|될|해|돼|시키|시켰)[가-힣]*$")
_COPULA_FORMS = rx.compile(r"(?:이던|이었던|였던|이며|이고|이었고|이자)$")


def _known_before_copula(term: str, index: Index) -> bool:
    """Whether a word is a noun the store uses with a copula's ending (연구원장이던)."""
    cut = _COPULA_FORMS.search(term)
    if cut is None:
        return False
    parts = analyze(term[: cut.start()])
    return bool(parts) and all(index.has(p) for p in parts)


def _is_novel_noun(term: str, index: Index) -> bool:
    """A Korean noun the store never uses (연봉, 입학), not a verb form or a particle left over;
    an English word of five letters or more it never uses (profit, salary)."""
    if re.fullmatch("[a-z]{5,}", term):
        return term not in _FUNCTION_WORDS_EN

    if not is_hangul(term, 2) or _VERBISH.search(term) or is_predicate(term):
        return False
    from factcli.judge.meaning.directions import OPPOSITE_NOUNS

    if term in OPPOSITE_NOUNS:
        return False  # (하향하겠다는 방침: the direction of an act, weighed as such)
    stem = strip_particle(term, min_stem=1)
    return stem == term or (len(stem) >= 2 and not index.has(stem))


_COPULA = ("이다", "였다", "이었다", "다")  # the predicate noun before them ends a sentence
_DIGITS = rx.compile(r"\d+(?:[.,]\d+)*")
_NOT_A_FIGURE = rx.compile(r"(?:19|20)\d\d(?![\d,.])|\d+[A-Za-z]")
_KO_VERSION = rx.compile(r"[가-힣]{2}\s\d+(?:\.\d+)?(?=\s*(?:,|등|과|와|및|같|처럼|\)))")
# (listed with commas, middle dots or slashes: 1.0, 2.0 / 1.0·2.0 / 1.0ㆍ2.0)
_VERSIONS_LISTED = rx.compile(
    r"(?:엑사원|버전|(?i:\bexaone\b|\bversions?\b)).{0,200}\d\.\d\s*[,·ㆍ・/]"
)
_VERSION = rx.compile(r"\d{1,2}\.\d")
_SLASHED_DATE = rx.compile(r"\d{1,2}/\d{1,2}/\d{2,4}")


def _unread_figures(analysis: Analysis, span: tuple[int, int] | None = None) -> list[str]:
    """Figures of the sentence (or of its `span`, a clause) that are neither a value it was
    read to hold nor part of a name (H200, 엑사원 3.5, GTC 2025)."""
    covered = [(v.start, v.end) for v in analysis.values]
    covered += [m.span() for m in _SLASHED_DATE.finditer(analysis.text)]
    named = [
        (pos, pos + 16)
        for kind, _n, pos in analysis.names
        if kind in ("model", "powers", "machine") or kind.startswith("version-")
    ]
    spans = sorted(covered + named)
    ends = list(itertools.accumulate((e for _s, e in spans), max))  # the furthest end so far
    starts = [s for s, _e in spans]
    listed = None  # whether versions are listed: asked once, at the first figure it decides
    out = []
    for m in _DIGITS.finditer(analysis.text):
        if span is not None and not span[0] <= m.start() < span[1]:
            continue
        before = bisect.bisect_right(starts, m.start())  # spans starting at or before it
        if before and ends[before - 1] > m.start():
            continue  # inside a value or a name
        if _NOT_A_FIGURE.match(analysis.text, m.start(), m.start() + 12):
            continue  # a year in a title (보고서 2025), 3D, a date written 7/23/2025
        if _KO_VERSION.match(analysis.text, max(0, m.start() - 3), m.end() + 3):
            continue  # 라마 3.1, 젬마 2: a model's version in a list, not a figure
        if listed is None and _VERSION.fullmatch(m.group()):
            listed = _VERSIONS_LISTED.search(analysis.text) is not None
        if listed and _VERSION.fullmatch(m.group()):
            continue  # 엑사원 1.0, 2.0, 3.0 ... 6개 버전: versions of the named model
        if (
            m.start()
            and analysis.text[m.start() - 1].isalpha()
            and analysis.text[m.start() - 1].isascii()
        ):
            continue  # R1, H200: part of a name
        out.append(m.group())
    return out


# Names by their shape: an acronym (KISA, AMD), a Korean name romanized (Kim Byung-kwan).
_OCCASION_WORDS = frozenset(analyze("reporter reporters journalists press 기자 기자들 취재진"))
_PROPER_EN = rx.compile(r"(?<!^)(?<![.!?]\s)\b[A-Z][\w-]+")  # a capital not after a full stop
_UNKNOWN_NAME = rx.compile(
    r"(?<![A-Za-z])[A-Z]{2,6}(?=s?(?![A-Za-z]))|\b[A-Z][a-z]{1,5}\s[A-Z][a-z]+-[a-z]+\b"
    # (a Korean name written in three short words: Yoon Suk Yeol)
    r"|\b[A-Z][a-z]{1,5}[ \t][A-Z][a-z]{1,4}[ \t][A-Z][a-z]{1,5}\b"
)
# Kinds of name a sentence may not add unless the store names it somewhere.
# (Not schools: their names are spelt in several ways, 스탠포드 and 스탠퍼드.)
_NEVER_NAMED_KINDS = frozenset(["ministry", "vehicle", "district", "place"])


def _is_acronym(term: str, text: str) -> bool:
    """A name in capitals the store never uses (KISA, SKT): another body than the store's."""
    return bool(re.fullmatch(r"[a-z]{2,6}", term)) and bool(
        re.search(rf"(?<![A-Za-z]){term.upper()}(?![A-Za-z])", text)
    )


@dataclass
class Coverage:
    """Which facts hold each word of a sentence: tells a detail taken from another fact."""

    # term -> position -> 0-1, as if every fact were scored (made on demand)
    hits: Mapping[str, Mapping[int, float]] = field(default_factory=dict)
    positions: dict[str, int] = field(default_factory=dict)  # fact id -> position


def relevance(
    store: Store,
    text: str,
    values: list[Value],
    index: Index | None = None,
    novel: list[str] | None = None,
    skip: frozenset[str] = frozenset(),
    coverage: Coverage | None = None,
) -> list[tuple[Fact, float, frozenset[str]]]:
    """Facts the sentence speaks of, most relevant first, with a 0-1 relevance and the words matched.

    `novel`, when given, receives the sentence's content words that the store never uses;
    facts whose ids are in `skip` are left out (not true at the date asked about);
    `coverage`, which facts hold each of the sentence's words.
    """
    index = index or store_index(store)
    rest = text
    for value in sorted(values, key=lambda v: v.start, reverse=True):
        # Keep what was counted ("GPU", "parameter"): it says which fact is meant.
        # Keep the words around the number ("18 LG affiliates" -> "LG affiliates"): they say
        # which fact is meant. A birth year becomes the word for birth.
        words = (
            "출생"
            if value.family == "birth"
            # (an age's unit, years old, 세: how old, not a word of which fact is meant;
            # `year` drew the car's model year for "49 years old when he became minister")
            else ""
            if value.family == "age"
            else _DECADE_WORD.sub(" years ", _NUMBER_WORDS.sub(" ", rest[value.start : value.end]))
        )
        rest = rest[: value.start] + f" {words} " + rest[value.end :]
    hits: dict[str, dict[int, float]] = {}
    terms = [t for t in analyze(rest) if t not in _ROLE_WORDS]
    if values:
        terms = [t for t in terms if t not in _HEDGE_WORDS]
    unknown: list[str] = []
    # Facts below R_MIN are never weighed, nor (when none is skipped) those below the
    # CANDIDATES best: they need not be scored. Which facts hold each word (a detail taken
    # from another fact) is looked up word by word, only for the words asked about.
    top = 0 if skip else CANDIDATES
    scores, total = score_terms(index, terms, hits, unknown, share=R_MIN, top=top)
    if novel is not None:
        novel += [t for t in unknown if _is_novel_noun(t, index)]
        # (a long name the store never writes, met only by a word inside it: 정보통신기획
        # 평가원 by 정보, 국가과학기술자문회의 by 과학기술)
        novel += [
            t
            for t in terms
            if t not in unknown
            and len(t) >= 5
            and is_hangul(t, 5)
            and not index.has(t)
            # (연구원장이던: a post the store names, in a copula's form)
            and not _known_before_copula(t, index)
            # (하향하겠다, 투입하겠다고: a verb, weighed as the sentence's act, not a name)
            and not _VERB_FORM.search(t)
        ]
        novel += [f"{t.upper()}" for t in unknown if _is_acronym(t, text)]
    if coverage is not None:
        coverage.hits = TermHits(index, terms)
    if not total:
        return []
    best = sorted(
        ((s / total, i) for i, s in scores.items() if s / total >= R_MIN), key=lambda p: -p[0]
    )
    # The CANDIDATES best, ties with the last of them broken by id, current facts first: the
    # ties (thousands on a large store) are ordered by their ids, and only the facts kept are
    # read whole (a cached store keeps the rest on disk).
    kept: list[tuple[float, int, bool, str]] = []
    for (score, i), (fid, superseded) in zip(
        best, _ids(store, [i for _s, i in best]), strict=False
    ):
        if len(kept) >= CANDIDATES and score < kept[-1][0]:
            break
        if fid in skip:
            continue
        if coverage is not None:
            coverage.positions[fid] = i
        kept.append((score, i, superseded, fid))
    kept.sort(key=lambda entry: (-entry[0], entry[2], entry[3]))
    del kept[CANDIDATES:]
    read = getattr(store.facts, "at", None)
    positions = [i for _s, i, _b, _f in kept]
    facts = read(positions) if read else [store.facts[i] for i in positions]
    recall(store, facts)  # what the cache has of their texts as read: each is read once
    return [
        (
            fact,
            score,
            frozenset(
                t for t, got in hits.items() if got.get(i, 0.0) >= 0.6 and not is_predicate(t)
            ),
        )
        for (score, i, _b, _f), fact in zip(kept, facts, strict=True)
    ]


def _ids(store: Store, positions: list[int]) -> Iterator[tuple[str, bool]]:
    """(id, superseded) of the facts at these positions, as asked for (a cached store reads
    their rows, checked, without decoding them)."""
    keys = getattr(store.facts, "keys_at", None)
    # 64 first (most sentences stop there), then the rest in batches of 400: thousands of
    # facts that tie (a sentence of common words) cost a few queries, not one per 64.
    for start in (0, *range(64, len(positions), 400)):
        chunk = positions[start : start + (64 if start == 0 else 400)]
        if keys is not None:
            yield from keys(chunk)
        else:
            for i in chunk:
                fact = store.facts[i]
                yield fact.id, fact.superseded_by is not None


# A sentence without a figure is supported only by a fact that holds nearly all its words.
R_WORDLESS = 0.75
R_WORDLESS_ALL = 0.6  # ... when the fact holds every one of the sentence's content words
# ... and contradicted by a name only where a fact about the same event holds most of them.
R_WORDLESS_NAME = 0.5
