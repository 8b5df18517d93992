"""A figure told as a difference (기준보다 7만 원 많았다, exceeded the limit by 70,000 won,
150 million won above the cap): the gap between two quantities, not a quantity of its own.

It holds when two facts the sentence speaks of differ by it; the rest of the sentence (the
figures it gives beside the gap) is judged as usual. A gap that is the very figure of one
fact (기준보다 107만 원 많았다, where 107만 원 is the income itself) is misleading (relation):
the right number for another quantity. A gap no two facts make, where the sentence speaks
of two figures of its unit, is contradicted with the gap they make; otherwise unverified.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from decimal import Decimal
from itertools import combinations

from factcli.judge.meaning.figures import _TOTAL_CLAIM
from factcli.judge.reading import _fact_evidence
from factcli.judge.relevance import R_MIN, relevance
from factcli.judge.values import _rounder, _same_number, fact_slots
from factcli.store.model import Evidence, Fact, Finding, Store, Verdict
from factcli.text import patterns as rx
from factcli.text.analysis import Analysis, Value
from factcli.text.quantities import LESS_KO, MORE_KO
from factcli.text.records import replace
from factcli.text.terms import analyze

TYPE_CHECKING = False
if TYPE_CHECKING:
    from factcli.find.vocabulary import Index

NEAR = 8  # the facts, most relevant first, a figure told as a gap may be the figure of
CLOSE = 4  # ... and those whose figures a gap may lie between
CLEAR = 0.05  # how much nearer two facts are than a third, to be the two compared


def judge_difference(
    store: Store,
    analysis: Analysis,
    judge_rest: Callable[[str], Finding],
    index: Index | None,
    skip: frozenset[str],
) -> Finding | None:
    """The verdict on a sentence telling a figure as a difference, or None if it tells none."""
    gaps = [v for v in analysis.values if v.role == "difference"]
    if not gaps:
        return None
    text = analysis.text
    found_near = relevance(store, text, list(analysis.values), index, None, skip)
    ranked = [fact for fact, rel, _t in found_near[:NEAR] if rel >= R_MIN]
    words = {fact.id: told for fact, _r, told in found_near[:NEAR]}
    relevant = {fact.id: rel for fact, rel, _t in found_near[:NEAR]}
    others = [v for v in analysis.values if v.role != "difference"]
    figures = [(fact, slot) for fact in ranked[:NEAR] for slot in _figures(fact)]
    # (the figures a gap may lie between: of the few facts the sentence speaks of most)
    near = [(f, slot) for f, slot in figures if f in ranked[:CLOSE]]
    held: list[Fact] = []
    for gap in gaps:
        told = _told_pair(gap, others)
        if told is not None:
            # (a 750 million won loan, 150 million won above the 600 million won cap: the
            # sentence gives both figures, and the gap is theirs; the figures are judged below)
            x, y = told
            if x.amount is not None and y.amount is not None and _gap_is(gap, x.amount, y.amount):
                continue
            between = _shown(abs((x.amount or Decimal(0)) - (y.amount or Decimal(0))), gap)
            figures_found = judge_rest(_blanked(text, gaps))
            if figures_found.verdict in (Verdict.contradicted, Verdict.misleading):
                return replace(figures_found, text=text)  # (a figure itself is wrong)
            return Finding(
                text=text,
                verdict=Verdict.contradicted,
                facts=[f.id for f in ranked[:2]],
                evidence=[],
                explanation=(
                    f"{gap.text} should be {between} (the difference between {x.text} and {y.text})"
                ),
            )
        based = _from_base(store, text, gap, others, figures)
        if based is not None and len(gaps) == 1:
            # (the one other figure is the base, given by a fact of its own; the sum or the
            # remainder is the subject's own figure: each is vouched for)
            made, given = based
            return Finding(
                text=text,
                verdict=Verdict.supported,
                facts=[made.id, given.id],
                evidence=[
                    _evidence(made, "agree", gap, str(made.value)),
                    _evidence(given, "agree", others[0], str(given.value)),
                ],
            )
        # (a whole less one part is the other part: the gap of a whole and its part only
        # where the sentence speaks of the whole, 예금과 증권 합계는 증권보다 …)
        parts = [] if _TOTAL_CLAIM.search(text) else figures
        pair = _pair_apart(gap, near, words, parts)
        own = next((f for f, slot in figures if _same_number(_plain(gap), slot)), None)
        if pair is not None and (
            own is None
            or own in pair
            or relevant[own.id] < min(relevant[pair[0].id], relevant[pair[1].id])
        ):
            turned = _turned(analysis, gap, pair, figures)
            if turned is not None:
                return Finding(
                    text=text,
                    verdict=Verdict.misleading,
                    facts=[f.id for f in pair],
                    evidence=[_evidence(f, "misleading", gap, str(f.value)) for f in pair],
                    reason="direction",
                    explanation=turned,
                )
            elsewhere = _compared_elsewhere(analysis, gap, pair, ranked)
            if elsewhere is not None:
                fact, word = elsewhere
                from factcli.judge.reading import _display

                figure = next(iter(_figures(fact)), None)
                shown_as = _display(figure, analysis.korean) if figure else str(fact.value)
                return Finding(
                    text=text,
                    verdict=Verdict.misleading,
                    facts=[*(f.id for f in pair), fact.id],
                    evidence=[_evidence(f, "misleading", gap, str(f.value)) for f in pair],
                    reason="relation",
                    explanation=(
                        f"{gap.text} lies between {pair[0].id} and {pair[1].id}, not of "
                        f"'{word}': the source gives {word} as {shown_as} ({fact.id})"
                    ),
                )
            held += [f for f in pair if f not in held]
            continue
        # (증권은 예금보다 8549만 원 많다: 8549만 is the securities' own figure, though the
        # total less the deposits makes it too; the sentence speaks of the securities)
        if own is not None:
            return Finding(
                text=text,
                verdict=Verdict.misleading,
                facts=[own.id],
                evidence=[_evidence(own, "misleading", gap, str(own.value))],
                reason="relation",
                explanation=(
                    f"{gap.text} is the figure of {own.id} itself, not a difference between"
                    " two figures"
                ),
            )
        apart = _nearest_pair(gap, near, words, relevant)
        if apart is None:
            return Finding(
                text=text,
                verdict=Verdict.unverified,
                facts=[f.id for f in ranked[:5]],
                explanation=f"no two facts the store holds differ by {gap.text}",
            )
        (a, first), (b, second) = apart
        expected = _shown(abs(first - second), gap)
        return Finding(
            text=text,
            verdict=Verdict.contradicted,
            facts=[a.id, b.id],
            evidence=[_evidence(a, "conflict", gap, expected)],
            explanation=(
                f"{gap.text} should be {expected} (the difference between {a.id} and {b.id})"
            ),
        )
    # Every gap lies between two facts: the rest of the sentence is judged without them.
    rest = _blanked(text, gaps)
    ids = [f.id for f in held]
    agreeing = [_evidence(f, "agree", g, str(f.value)) for g in gaps for f in held[:1]]
    if not others:
        return Finding(text=text, verdict=Verdict.supported, facts=ids, evidence=agreeing)
    beside = [
        _evidence(f, "agree", v, str(f.value))
        for v in others
        for f, slot in near[:1] + [(f, s) for f, s in near if _same_number(v, s)][:1]
        if _same_number(v, slot)
    ]
    if not ids:
        ids = [e.fact_id for e in beside]
    found = judge_rest(rest)
    if found.verdict is Verdict.unverified and all(
        any(_same_number(v, slot) for _f, slot in near) for v in others
    ):
        # (a 750 million won loan, 150 million won above the 600 million won cap: the two
        # figures the gap lies between, each its fact's own)
        return Finding(
            text=text,
            verdict=Verdict.supported,
            facts=list(dict.fromkeys(ids)),
            evidence=[*agreeing, *beside],
        )
    if found.verdict is not Verdict.supported:
        return replace(found, text=text)
    return replace(
        found,
        text=text,
        facts=list(dict.fromkeys([*found.facts, *ids])),
        evidence=[*found.evidence, *agreeing],
    )


# Which way a gap goes: more (많다, 넘는다, exceeded, higher) or less (적다, fell short, lower).
_MORE_AFTER = rx.compile(
    rf"\s*(?:원|만|억|장|개|명|년|%)?\s*(?:더\s*)?(?:{MORE_KO}|넘|앞)|"
    r"(?i:\s*(?:won|gpus?|people|years?|percent|%)?\s*(?:more|higher|larger|bigger|greater|above|over)\b)"
)
_LESS_AFTER = rx.compile(
    rf"\s*(?:원|만|억|장|개|명|년|%)?\s*(?:덜\s*)?(?:{LESS_KO}|모자|못)|"
    r"(?i:\s*(?:won|gpus?|people|years?|percent|%)?\s*(?:less|fewer|lower|smaller|below|under)\b)"
)
_EXCEEDED_BEFORE = rx.compile(
    r"(?i:\b(exceed(?:s|ed)?|topp(?:ed|s)|(?:fell|falls)\s+short\s+of)\b)"
)
# The thing a gap is counted from: 예금보다, than his deposits, exceeded the daughter's deposits.
_BASE_KO = rx.compile(
    r"((?:[가-힣A-Za-z]+의\s+)?[가-힣A-Za-z]+)(?:\s+[\d,.]+\s*(?:조|억|만|천)?[\d,.]*\s*(?:만|천)?\s*"
    r"(?:원|장|개|명|년)?)?\s?보다"
)
_BASE_EN = rx.compile(
    r"(?i:\bthan\s+([^,.;]{1,60}?)(?=[,.;]|$|\s+by\b)|"
    r"\b(?:exceed(?:s|ed)?|topp(?:ed|s)|(?:fell|falls)\s+short\s+of)\s+([^,.;]{1,60}?)\s+by\b)"
)


def _turned(
    analysis: Analysis, gap: Value, pair: tuple[Fact, Fact], figures: list[tuple[Fact, Value]]
) -> str | None:
    """Why a gap two facts make is told the wrong way round (채무는 예금보다 5억7376만 원
    적다, where the debts are the larger), or None when it is not, or which is which is not
    clear."""
    text = analysis.text
    after = text[gap.end : gap.end + 30]
    more = bool(_MORE_AFTER.match(after))
    less = bool(_LESS_AFTER.match(after))
    said = _EXCEEDED_BEFORE.search(text, 0, gap.start)
    if said is not None and not (more or less):
        more, less = (
            not said.group(1).lower().startswith("fell"),
            said.group(1).lower().startswith("fell"),
        )
    if more == less:
        return None
    base = _BASE_KO.search(text) if analysis.korean else _BASE_EN.search(text)
    if base is None:
        return None
    base_words = set(analyze(base_words_text(base, analysis.korean)))
    mine = set(analyze(text[: base.start()])) - base_words

    def told(fact: Fact) -> set[str]:
        return set(analyze(f"{fact.statement} {fact.statement_en or ''}"))

    a, b = pair
    # (by the nouns the gap's two things are named by first, 한도 of 규제 한도보다 and 대출 of
    # 대출은, where both facts name both: the loan's fact names the rules, the cap's the loan)
    topic = list(_TOPIC_KO.finditer(text, 0, base.start())) if analysis.korean else []
    heads = (
        _last_word(base_words_text(base, analysis.korean)),
        _last_word(topic[-1].group(1) if topic else (analysis.actor or "")),
    )

    def names(fact: Fact, word: str) -> int:
        squashed = "".join(f"{fact.statement} {fact.statement_en or ''}".split()).lower()
        return int(bool(word) and word in squashed)

    lean = [names(f, heads[0]) - names(f, heads[1]) for f in pair]
    if _TOTAL_CLAIM.fullmatch(heads[1] or "-"):
        # (합계는 증권보다 1819만 원 많다: a total is more than its part, whatever words both
        # facts share)
        return None if more else "a total is more than its part, not less"
    if lean[0] == lean[1]:
        lean = [len(base_words & told(f)) - len(mine & told(f)) for f in pair]
    if lean[0] == lean[1]:
        return None
    counted, subject = (a, b) if lean[0] > lean[1] else (b, a)
    amounts = {}
    for fact, slot in figures:
        if fact in pair and fact.id not in amounts and slot.amount is not None:
            amounts[fact.id] = slot.amount
    if len(amounts) != 2:
        return None
    larger = amounts[subject.id] > amounts[counted.id]
    if larger == more:
        return None
    way, other = ("more", "less") if larger else ("less", "more")
    return (
        f"the source gives {_shown(amounts[subject.id], gap)} ({subject.id}), {way} than "
        f"{_shown(amounts[counted.id], gap)} ({counted.id}), not {other}"
    )


# The subject of a Korean sentence, by its particle (대출은, 채무가).
_TOPIC_KO = rx.compile(r"([가-힣A-Za-z]+)(?:은|는|이|가)\s")


def base_words_text(base: re.Match[str], korean: bool) -> str:
    """The words a gap is counted from: 규제 한도 of 규제 한도보다, his deposits of than his
    deposits."""
    return base.group(1) if korean else (base.group(1) or base.group(2) or "")


def _last_word(text: str) -> str:
    """The last word of a phrase as a term (대출 of 배경훈이 받은 대출은), or ""."""
    terms = analyze(text)
    return terms[-1] if terms else ""


def _blanked(text: str, gaps: list[Value]) -> str:
    """The sentence with its gaps blanked out (positions kept)."""
    for gap in sorted(gaps, key=lambda v: -v.start):
        text = text[: gap.start] + " " * (gap.end - gap.start) + text[gap.end :]
    return text


def _told_pair(gap: Value, others: list[Value]) -> tuple[Value, Value] | None:
    """The two figures of the gap's kind the sentence gives beside it, if it gives two."""
    mine = [
        v
        for v in others
        if v.amount is not None
        and v.bound is None
        and _same_number(_plain(gap), replace(v, approx=True, role=None)) is not None
    ]
    return (mine[0], mine[1]) if len(mine) == 2 else None


# The figure a gap is counted from: 기준인 100만 원보다 (or 을) 7만 원 많았다.
_BASE_AFTER = rx.compile(r"\s*(?:보다|을|를)(?=\s)")


def _from_base(
    store: Store, text: str, gap: Value, others: list[Value], figures: list[tuple[Fact, Value]]
) -> tuple[Fact, Fact] | None:
    """A gap counted from the one other figure the sentence gives (기준인 100만 원보다 7만 원
    많았다): the facts giving that figure and the figure it makes with the gap (107만 원),
    when the store has both; else None."""
    if gap.amount is None or len(others) != 1 or others[0].amount is None:
        return None
    base, amount_of = others[0], others[0].amount
    if not _BASE_AFTER.match(text[base.end :]) or base.end > gap.start:
        return None
    given = next((f for f, slot in figures if _same_number(base, slot)), None)
    if given is None:
        # (the rule's limit, which the sentence names in its own words: 기준인 100만 원)
        from factcli.store.index import store_index

        index = store_index(store)
        given = next(
            (
                fact
                for fact in (store.facts[i] for i in index.positions_with_value(amount_of))
                if any(_same_number(base, slot) for slot in _figures(fact))
            ),
            None,
        )
    if given is None:
        return None
    told = set(analyze(text[: base.start]))
    for amount in (amount_of + gap.amount, amount_of - gap.amount):
        made = replace(base, amount=amount, approx=gap.approx, role=None, bound=None)
        own = next((f for f, slot in figures if f is not given and _same_number(made, slot)), None)
        if own is not None and _named_as(own, made, told):
            return own, given
    return None


def _named_as(fact: Fact, figure: Value, told: set[str]) -> bool:
    """Whether the sentence names the quantity as the fact's statement does, by a word of the
    two before its figure, both (과세 대상 소득금액은 107만 원: not the 연금 it is part of)."""
    from factcli.text.analysis import analyze_sentence

    for value in analyze_sentence(fact.statement).values:
        if value.amount == figure.amount:
            before = analyze(" ".join(fact.statement[: value.start].split()[-2:]))
            words = [w for w in before if len(w) >= 2]
            return bool(words) and all(any(t.startswith(w[:2]) for t in told) for w in words)
    return False


# What a gap is said of: the topic before it (연금 수령액은 기준을 7만 원 넘었다), or the
# subject of an English verb of exceeding (the pension exceeded the threshold by 70,000 won).
_COMPARED_KO = rx.compile(r"^([가-힣A-Za-z0-9.' ]{1,40})(?:은|는)\s")
# (taxable income from pensions: the head before what it is of)
_OF_PART_EN = rx.compile(r"(?i:\s+(?:from|of|in|on|for|at)\s+)")
# Heads that say only "the amount of" what comes before them.
_AMOUNT_HEADS = frozenset(
    (
        *("수령액", "금액", "액수", "규모", "총액", "합계"),
        *("amount", "total", "sum", "figure", "value", "worth", "holdings", "holding"),
    )
)
_COMPARED_KO_ANY = rx.compile(r"^([가-힣A-Za-z0-9.' ]{1,30}?)(?:이|가)\s")
_COMPARED_EN = rx.compile(
    r"^(.{1,60}?)\s+(?:exceed(?:s|ed)?|topp(?:ed|s)|(?:was|were|is|are|came\s+in)\b)",
    re.IGNORECASE,
)


def _compared_elsewhere(
    analysis: Analysis, gap: Value, pair: tuple[Fact, Fact], ranked: Sequence[Fact]
) -> tuple[Fact, str] | None:
    """A gap two facts make, said of a thing neither ties its figure to, that another fact
    ties a figure of its own to (배 장관 부모의 연금 수령액은 기준을 7만 원 넘었다: the 7만 lies
    between the taxable income, 107만, and the limit; the pension was 936만8310원): that fact
    and the word, or None."""
    from factcli.judge.meaning.figures import _bindings
    from factcli.text.analysis import analyze_sentence

    # (the words before the gap only: the last topic of them is the thing compared)
    lead = analysis.text[: gap.start].lstrip()
    said = _COMPARED_KO.match(lead) if analysis.korean else None
    said = said or (_COMPARED_KO_ANY if analysis.korean else _COMPARED_EN).match(lead)
    if said is None or _TOTAL_CLAIM.search(analysis.text):
        return None  # (예금과 증권 합계는 증권보다 …: a whole, which names its parts)
    # (the thing itself, the topic's head: 연금 of 배경훈 부모가 받은 연금, income of taxable
    # pension income; with the word before a head that only says "amount": 연금 수령액)
    words = str(_OF_PART_EN.split(said.group(1))[0]).split()
    head = words[-1:]
    if head and head[0].lower().strip("'’") in _AMOUNT_HEADS:
        head = words[-2:]
    subject = set(analyze(" ".join(head)))

    def bound(fact: Fact) -> dict[str, str]:
        nouns: dict[str, str] = {}
        for text in (fact.statement, fact.statement_en, *(r.quote for r in fact.sources)):
            for v in analyze_sentence(text or "").values if text else ():
                if v.amount is None or v.family != gap.family:
                    continue
                for noun in sorted(_bindings(text or "", v)):
                    for t in analyze(noun):
                        nouns.setdefault(t, noun)
        return nouns

    if any(subject & set(bound(f)) for f in pair):
        return None
    pair_figures = [slot for f in pair for slot in _figures(f)]
    others = [f for f in ranked if f not in pair]
    for fact in others:
        words = analyze(" ".join([fact.statement, fact.statement_en or ""]))
        if subject & set(words) and any(
            _same_number(mine, theirs) for mine in _figures(fact) for theirs in pair_figures
        ):
            # (the overseas stocks, worth the securities' own 8549만: the same thing, named
            # otherwise)
            return None
    for fact in others:
        shared = [word for t, word in bound(fact).items() if t in subject]
        if shared:
            return fact, shared[0]
    return None


def _figures(fact: Fact) -> list[Value]:
    return [s for s in fact_slots(fact) if s.amount is not None and s.family != "date"]


def _plain(gap: Value) -> Value:
    return replace(gap, role=None)


def _apart(a: Fact, b: Fact, words: dict[str, frozenset[str]], *, each: bool = True) -> bool:
    """The facts hold other words of the sentence: two quantities it compares, not one told
    twice (a total and its range). `each`: each holds a word the other does not (예금 and
    채무), as a gap the store is said to contradict needs; else one may hold more."""
    mine, theirs = words.get(a.id, frozenset()), words.get(b.id, frozenset())
    if not each:
        return mine != theirs
    return bool(mine - theirs) and bool(theirs - mine)


def _gap_is(gap: Value, x: Decimal, y: Decimal) -> bool:
    """The gap is the difference of x and y: exactly, or rounded (약: within 2%)."""
    if gap.amount is None:
        return False
    between, told = abs(x - y), gap.amount
    if between == told:
        return True
    if between == 0:
        return False
    off = abs(between - told) / between
    return off <= (Decimal("0.02") if gap.approx else Decimal("0.005")) and _rounder(told, between)


def _pair_apart(
    gap: Value,
    figures: list[tuple[Fact, Value]],
    words: dict[str, frozenset[str]],
    others: Sequence[tuple[Fact, Value]] = (),
) -> tuple[Fact, Fact] | None:
    """Two figures of two facts the sentence compares whose difference is the gap; not a
    whole and one part whose difference is a third fact's own figure (the daughter's total
    less her securities is her deposits, 1819만: no gap between securities and deposits)."""
    for (a, x), (b, y) in combinations(figures, 2):
        if a is b or x.amount is None or y.amount is None or not _apart(a, b, words, each=False):
            continue
        if any(f is not a and f is not b and slot.amount == gap.amount for f, slot in others):
            continue
        if _same_number(_plain(gap), x) is None or _same_number(_plain(gap), y) is None:
            continue  # (another unit)
        if _gap_is(gap, x.amount, y.amount):
            return a, b
    return None


def _nearest_pair(
    gap: Value,
    figures: list[tuple[Fact, Value]],
    words: dict[str, frozenset[str]],
    relevant: dict[str, float],
) -> tuple[tuple[Fact, Decimal], tuple[Fact, Decimal]] | None:
    """The two most relevant figures of the gap's kind from two facts the sentence compares:
    what it compares, when no two facts differ by the gap."""
    mine = [
        (fact, slot.amount)
        for fact, slot in figures
        if slot.amount is not None
        and not slot.bound
        and _same_number(_plain(gap), replace(slot, approx=True)) is not None
    ]
    ids = list(dict.fromkeys(f.id for f, _x in mine))
    facts = [next(f for f, _x in mine if f.id == i) for i in ids]
    if len(facts) < 2 or not _apart(facts[0], facts[1], words):
        return None
    if len(facts) > 2 and relevant[facts[2].id] > relevant[facts[1].id] - CLEAR:
        return None  # (a third figure about as near: which two are compared is not clear)
    first = next(x for f, x in mine if f is facts[0])
    second = next(x for f, x in mine if f is facts[1])
    return (facts[0], first), (facts[1], second)


def _shown(amount: Decimal, gap: Value) -> str:
    unit = {"KRW": " won"}.get(gap.unit or "", f" {gap.unit}" if gap.unit else "")
    return f"{amount:,.0f}{unit}" if amount == amount.to_integral() else f"{amount:,}{unit}"


def _evidence(fact: Fact, relation: str, gap: Value, expected: str) -> Evidence:
    return _fact_evidence(fact, relation, gap.text, expected, gap.start)
