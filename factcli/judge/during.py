"""An act told as done while a post or a period held (장관 재직 중이던 2023년, while serving as
minister, 복무 중에 석사학위를 받았다): the act's date must fall inside the period's.

A supported sentence may still put its act in the wrong time of a life: the 2023 award was
received as head of LG AI Research, not as minister (from July 2025); the master's degree
(2002) came before the alternative service (from September 2003). The period is the post
or service the phrase names, found among the store's positions; the act's dates are those
of the facts that hold the sentence without the phrase.
"""

from __future__ import annotations

from collections.abc import Callable

from factcli.judge.meaning.subjects import Objection
from factcli.store.model import Fact, Finding, Store, Verdict, event_date
from factcli.text import patterns as rx
from factcli.text.analysis import Analysis
from factcli.text.dates import PartialDate, parse_iso
from factcli.text.terms import analyze

# The phrase of a period, with the post or service it names (group 1).
_DURING_KO = rx.compile(
    r"([가-힣A-Za-z0-9][가-힣A-Za-z0-9·\s]{0,24}?)\s*"
    r"(?:(?:으로|로)\s*)?(?:재직|재임|복무|근무|대체\s*복무|군\s*복무)\s*"
    r"(?:중(?:이던|이었던|일\s*때|에|인)?|기간(?:에|중|동안|이던)?|시절(?:에|이던)?|당시(?:에)?|하던\s*(?:때|중|시절))"
    r"|([가-힣A-Za-z0-9]{2,12})\s*시절(?:에|인|이던)?(?=\s)"
)
_DURING_EN = rx.compile(
    r"(?i:(?:\bwhile\s+(?:(?:he|Bae)\s+was\s+)?|\balready\s+|\bstill\s+|^)"
    r"(?:serving|working)\s+(?:as|at)\s+(?:the\s+|a\s+|an\s+)?"
    r"([a-z][\w&'’-]*(?:\s+(?:of|for|and|at)?\s*[A-Za-z][\w&'’.-]*){0,6}?)"
    r"(?=\s*[,.;]|\s*$|\s+(?:in|on|during|he|Bae)\b)"
    r"|\bwhile\s+(?:he\s+was\s+|still\s+|being\s+)?(?:the\s+|a\s+)?(minister|head\s+of\s+[A-Z][\w\s]{2,30}?)"
    r"(?=\s*[,.;]|\s*$|\s+(?:in|on)\b)"
    r"|(?:^|,\s*)as\s+(?:the\s+)?((?:science\s+)?minister)\b"
    r"|\bduring\s+(?:his|the)\s+((?:alternative\s+|military\s+)?(?:military\s+)?service|"
    r"time\s+as\s+[\w\s]{3,30}?|tenure\s+as\s+[\w\s]{3,30}?)(?=\s*[,.;]|\s*$|\s+(?:in|on|he|Bae)\b))"
)
# The period phrase as the sentence's own predicate (복무 중이다, 재직 중이었다, 재직 중.).
_PREDICATE_AFTER = rx.compile(r"\s*(?:이다|이었다|였다|이며|이고|입니다|이었습니다|[.。]?\s*$)")
# Words of a period phrase that name no post (while serving as the …).
_EN_SERVICE = rx.compile(r"(?i:service)")


# A word ending in a particle that ties it to the verb (배경훈은, 석사학위까지): the period's
# words are after the last of them.
_TIED = rx.compile(r"(?:은|는|이|가|을|를|까지|도|에서|에게)$")


def _post_words(phrase: str, korean: bool) -> str:
    """The words of the post or service a period phrase names (배경훈은 장관 -> 장관)."""
    words = phrase.strip(" .,;").split()
    if korean:
        tied = [k for k, w in enumerate(words) if _TIED.search(w) and len(w) > 1]
        words = words[tied[-1] + 1 :] if tied else words
    return " ".join(words)


def _periods(store: Store, phrase: str) -> list[Fact]:
    """The position or service facts a period phrase names: those the store's search finds
    for it that have a start and tell of the phrase's words (a post held in steps, 원장
    (상무) then 원장(전무), is each of them)."""
    from factcli.find.search import search

    words = [w for w in analyze(phrase) if len(w) >= 2]
    if not words:
        return []
    service = bool(_EN_SERVICE.search(phrase))
    query = f"{phrase} alternative service technical research personnel" if service else phrase
    found = []
    for match in search(store, query, limit=8):
        fact = match.fact
        if fact.kind != "position" or not fact.start:
            continue
        told = " ".join(t for t in (fact.statement, fact.statement_en or "", str(fact.value)) if t)
        if service or all(w in told.lower() or _names_its(store, w, fact) for w in words):
            found.append(fact)
    return found


def _names_its(store: Store, word: str, fact: Fact) -> bool:
    """A word of the phrase that is another name of the position's organisation (과기부 for
    과학기술정보통신부)."""
    from factcli.judge.meaning.subjects import resolve

    org = getattr(fact, "org", None)
    who = resolve(store, word)
    return bool(org) and who is not None and who == resolve(store, str(org))


def _outside(day: PartialDate, period: Fact) -> bool:
    """Whether a day lies for certain outside a period (before its start, after its end)."""
    start = parse_iso(period.start or "")
    if day.last_day() < start.first_day():
        return True
    return bool(period.end) and day.first_day() > parse_iso(period.end or "").last_day()


def during_objection(
    store: Store,
    analysis: Analysis,
    judge_again: Callable[[str], Finding],
) -> Objection | None:
    """The act the sentence dates by a period (see the module) falls outside it."""
    pattern = _DURING_KO if analysis.korean else _DURING_EN
    m = pattern.search(analysis.text)
    if m is None or (analysis.korean and _PREDICATE_AFTER.match(analysis.text, m.end())):
        # (전문연구요원으로 복무 중이다: the period is what the sentence says, not a time it
        # dates another act by)
        return None
    group = next(k for k, g in enumerate(m.groups(), 1) if g)
    phrase = _post_words(m.group(group), analysis.korean)
    periods = _periods(store, phrase) if phrase else []
    if not periods:
        return None
    # (the sentence without the period's words, its subject and object kept: 배경훈은
    # 석사학위까지 … 받았다)
    cut = m.start(group) + max(0, m.group(group).rfind(phrase)) if analysis.korean else m.start()
    rest = (analysis.text[:cut] + " " + analysis.text[m.end() :]).strip()
    held = judge_again(rest)
    if held.verdict is not Verdict.supported:
        return None
    mine = {p.id for p in periods}
    acts = [
        f
        for fid in dict.fromkeys(e.fact_id for e in held.evidence)
        if fid not in mine and (f := store.get(fid)) is not None and event_date(f)
    ]
    # (an act told over a span, a doctorate from 2003 to 2006: outside only if all of it is)
    days = [(f, d) for f in acts for d in (event_date(f), event_date(f, ending=True)) if d]
    if not days or not all(_outside(d, p) for _f, d in days for p in periods):
        return None
    fact, day = days[0]
    first = min(periods, key=lambda p: p.start or "")
    last = max(periods, key=lambda p: p.end or "9999")
    span = f"{first.start}–{last.end}" if last.end else f"from {first.start}"
    return Objection(
        "relation",
        f"the source dates this {day} ({fact.id}), outside the time of '{phrase}' ({span})",
    )
