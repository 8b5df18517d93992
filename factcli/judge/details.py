"""Details of a sentence the facts supporting its figures do not vouch for: where it was held
(another building), whose first it was (국내 최초 of another model), which model it is about,
a post or a holding said the other way by another fact of the same values, the occasion of a
remark that only a fact of that day names.

Each looks at the supporting facts and at the other facts that agree with every value: a
detail another agreeing fact says otherwise turns the verdict (contradicted, misleading) or
keeps it from `supported`.

May import: factcli.find, factcli.store, factcli.text, judge.reading, judge.relevance,
judge.meaning.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping

from factcli.judge.meaning.names import _squash_text
from factcli.judge.reading import _Reading
from factcli.judge.relevance import R_MIN
from factcli.judge.wording import _LOOSE
from factcli.store.model import Fact, Store, Verdict, event_date
from factcli.store.readings import texts_of as readings_texts
from factcli.text import patterns as rx
from factcli.text.analysis import Analysis, Clause, Value, names_of
from factcli.text.korean import has_hangul
from factcli.text.terms import analyze

TYPE_CHECKING = False  # not `typing` (~3 ms of start-up); type checkers know this name
if TYPE_CHECKING:
    from factcli.judge.meaning.subjects import Objection


# The first of a kind the sentence names (국내 최초 추론 AI 모델, Korea's first reasoning
# model): the words after 최초/first, up to three.
_FIRST_OF_KO = rx.compile(
    r"(?:국내|세계|업계|한국)\s*(?:최초|첫)(?:의)?\s+((?:[가-힣A-Za-z0-9.]+\s+){0,2}[가-힣A-Za-z0-9.]+)"
)
_FIRST_OF_EN = rx.compile(
    r"(?i:\b(?:korea's|the country's|the nation's|the world's|south korea's)\s+first\s+"
    r"((?:[a-z0-9.-]+\s+){0,2}[a-z0-9.-]+))"
)


def _first_of_another(store: Store, analysis: Analysis, backing: list[Fact]) -> str | None:
    """'The first X' said of what the supporting facts never call the first X, where another
    fact does (국내 최초 추론 AI 모델 of EXAONE 4.0, the store's first reasoning model being
    EXAONE Deep): whose first it was."""
    from factcli.find.search import search

    pattern = _FIRST_OF_KO if analysis.korean else _FIRST_OF_EN
    for m in pattern.finditer(analysis.text):
        words = m.group(1).split()
        while words and len(words) > 1:
            # (the phrase as the source would write it: up to the noun, particles off)
            last = re.sub(r"(?:이었다|였다|이다|인|이|가|은|는|을|를|의|로|으로|s)$", "", words[-1])
            key = _squash_text("최초" if analysis.korean else "first") + _squash_text(
                " ".join([*words[:-1], last])
            )
            if any(key in _squash_text(" ".join(readings_texts(f))) for f in backing):
                return None
            for match in search(store, m.group(0), limit=5):
                fact = match.fact
                if fact in backing or not _models_differ(analysis, fact):
                    continue  # (the same model's own first, told by another fact of it)
                if key in _squash_text(" ".join(readings_texts(fact))):
                    said = " ".join([*words[:-1], last]).strip(".,")
                    first = "최초" if analysis.korean else "first"
                    return f"the source says '{first} {said}' of {fact.id}, not of this"
            words = words[:-1]
    return None


def _topic_model_apart(analysis: Analysis, backing: list[Fact]) -> str | None:
    """The model the sentence is about (its subject: 엑사원 딥-32B는 ...), where the supporting
    facts tell of other models only (EXAONE 3.5's three sizes): their figures are not its."""
    span = analysis.actor_span
    if span is None:
        return None
    topic = {n for kind, n, p in analysis.names if kind == "model" and span[0] <= p < span[1]}
    if not topic:
        return None
    theirs = {
        n
        for fact in backing
        for t in readings_texts(fact)
        for kind, n, _p in names_of(t, loose=True)
        if kind == "model"
    }
    if not theirs or topic & theirs:
        return None
    return f"the store gives this of {', '.join(sorted(theirs))}, not of {', '.join(sorted(topic))}"


def _models_differ(analysis: Analysis, fact: Fact) -> bool:
    """The sentence names a model and the fact names others only (EXAONE 4.0; EXAONE Deep)."""
    mine = {n for kind, n, _p in analysis.names if kind == "model"}
    theirs = {
        n
        for t in readings_texts(fact)
        for kind, n, _p in names_of(t, loose=True)
        if kind == "model"
    }
    return bool(mine) and bool(theirs) and not mine & theirs


# The occasion an English sentence says something was said at: "At his inauguration at the
# Government Complex Sejong," "at the launch event on December 7".
_AT_OCCASION_EN = rx.compile(
    # (and where it was held: at a press conference in Jongno)
    r"(?i:\b(?:at|during)\s+([^,.;]{3,60}?(?:\s+in\s+[A-Z][\w-]+)?)(?=,|\.|;|\s+on\s|\s+in\s))"
)


def _named_that_day(store: Store, term: str, days: set[str]) -> bool:
    """Whether a fact dated on one of `days` holds `term` (the occasion a sentence names)."""
    return any(
        term in analyze(" ".join(readings_texts(fact)))
        for fact in _facts_of_days(store, term, days, stated=False)
    )


# An objection that the source says a word the other way: "the source says 승진했다, not 직급이
# 낮아졌다".
_SAID_OTHERWISE = rx.compile(r"the source says [^,]+, not ")


def _other_side(
    analysis: Analysis, chosen: list[tuple[int, _Reading]], readings: list[_Reading]
) -> Objection | None:
    """A post, deal or holding said the other way by a fact that agrees with every value as
    well as the supporter does (moved down, where the fact of that June has him promoted)."""
    from factcli.judge.meaning.directions import (
        opposite_kind_objection,
        opposite_words_objection,
    )

    backing = {rd.fact.id for _i, rd in chosen}
    for rd in readings:
        if rd.fact.id in backing or not rd.agrees_all() or rd.relevance < R_MIN:
            continue
        turned = opposite_kind_objection(analysis, rd.fact)
        if turned is not None:
            return turned
    # (a word said the other way by a fact as relevant as the supporters that agrees with a
    # value and contradicts none: 여러 개, where the report's fact says 유일한)
    top = max((rd.relevance for _i, rd in chosen), default=1.0)
    held = frozenset().union(*(rd.terms for _i, rd in chosen))
    for rd in readings:
        if (
            rd.fact.id in backing
            or rd.disagrees()
            or "agree" not in rd.relations
            # (or less relevant, where it holds words the supporters lack: what was said at
            # the meeting, the public and private sectors together, beside the meeting's fact)
            or (rd.relevance < top - 0.05 and (rd.relevance < R_MIN or not rd.terms - held))
        ):
            continue
        turned = opposite_words_objection(analysis, rd.fact)
        if turned is not None:
            return turned
    return None


def _recorded_actor(
    store: Store,
    analysis: Analysis,
    chosen: list[tuple[int, _Reading]],
    readings: list[_Reading],
    context: str | None,
) -> Objection | None:
    """Who did it, told by the fact that records its actor: another fact agreeing with every
    value, as relevant as a supporter, that records who acted, where the supporting facts
    record no one (국회가 재가했다, backed by a fact naming the Assembly's hearing, where the
    fact of that day's approval records the president)."""
    from factcli.judge.meaning.actors import actor_objection
    from factcli.judge.meaning.subjects import Objection, resolve
    from factcli.judge.relevance import R_SUPPORT

    if any(getattr(rd.fact, "actor", None) for _i, rd in chosen):
        return None
    who = resolve(store, analysis.actor) if analysis.actor else None
    if who is None:
        return None  # (only a party the store knows: not a building read as the subject)
    from factcli.judge.meaning.actors import _BY_AGENT_EN

    agent = None if analysis.korean else _BY_AGENT_EN.search(analysis.text)
    if agent is not None:
        # (appointed by the National Assembly: the passive's agent is who acted)
        who = resolve(store, agent.group(1)) or resolve(store, f"the {agent.group(1)}") or who
    elif any(rd.fact.subject == who for _i, rd in chosen):
        return None  # (LG AI연구원은 출범했다, backed by the launch of LG AI Research itself)
    backing = {rd.fact.id for _i, rd in chosen}
    for rd in readings:
        if (
            rd.fact.id in backing
            or not getattr(rd.fact, "actor", None)
            or not rd.agrees_all()
            or rd.combined < R_SUPPORT
            or who == rd.fact.subject  # (what was done to it: 엑사원 딥은 ... 풀렸다)
            # (the body the post is in: LG AI Research opened, with Bae as its first head)
            or (getattr(rd.fact, "org", None) and resolve(store, rd.fact.org or "") == who)
        ):
            continue
        o = actor_objection(store, analysis, rd.fact, context)
        if o is not None and o.reason == "actor":
            # (named as the fact that gives who acted)
            return Objection(
                o.reason, o.explanation, o.found, o.expected, o.start, o.end, rd.fact.id
            )
    return None


# An act said not to have happened: 임명되지 않았다, 받지 못했다, did not, was never.
_DENIED_ACT = rx.compile(
    r"지\s*(?:않았|못했)|(?<![가-힣])못\s*(?:했|받|냈|얻|올)|"
    r"(?i:\b(?:did not|didn't|was not|wasn't|were not|weren't|has not|"
    r"hasn't|had not|hadn't|never|failed to|fails to|could not|couldn't)\b)"
)


def _denied_unheld(
    analysis: Analysis, chosen: list[tuple[int, _Reading]], values: list[Value], offset: int
) -> str | None:
    """A clause that denies a verb (임명되지 않았다) backed by facts that neither deny it nor
    tell of it: what was not done is nothing they say (the greeting of that July)."""
    from factcli.judge.meaning.directions import negated_statement

    for i, rd in chosen:
        clause = analysis.clause_at(values[i].start + offset)
        if not negated_statement(rd.fact) and _denied_acts(clause):
            return _NOT_DONE_UNHELD
    return None


_NOT_DONE_UNHELD = "no fact says that this was not done"


def _denied_acts(clause: Clause) -> list[str]:
    """The verbs a clause says were not done (임명되지 않았다, did not pay); none for a change
    (no longer held: a sale the source tells) or a condition (넘지 않아야)."""
    from factcli.judge.meaning.directions import _CEASED, _negated_stems

    if not clause.negated or _CEASED.search(clause.text):
        return []
    # (잘못 신청한 것은 아니라고: it is not that he filed it wrongly)
    not_that = [m.group(1)[-2:] for m in _NOT_THAT_KO.finditer(clause.text)]
    if not_that:
        return not_that
    if not _DENIED_ACT.search(clause.text):
        return []
    return _negated_stems(clause.text)


_NOT_THAT_KO = rx.compile(r"([가-힣]{2,})(?:한|된|했던|됐던)\s*(?:것은|것이|건)\s*아니")


# A comparison with a quantity the sentence does not give (exceeded half of his total
# assets, 증권 보유액보다 많았다); not a bound before a figure (more than 2,000 GPUs).
_COMPARED_TO = rx.compile(
    r"보다\s*(?:많|적|크|작|높|낮|컸)|(?i:\b(?:more|less|fewer|larger|smaller|bigger|greater|"
    r"higher|lower)\s+than\s+(?=\S)(?!\d|about|around|roughly|some|an?\s|half\b|(?:one|two|three|four|"
    r"five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|before|after|later|earlier)\b)|\bexceed(?:s|ed|ing)?\s+(?!\d)|"
    r"\boutnumber)"
)
_COMPARING = rx.compile(
    r"보다|넘|초과|웃돌|밑돌|절반|이하|이상|미만|한도|(?i:\bthan\b|\bexceed|\bhalf\b|"
    r"\bmajority\b|\bmost of\b|\blimit|\bcap\b|\bcapp|\bor less\b|\bor more\b)"
)


def compared_unheld(analysis: Analysis, chosen: list[tuple[int, _Reading]]) -> str | None:
    """A comparison with a quantity the sentence does not give, that no supporting fact
    makes: the figures agree, the comparison is the writer's own."""
    m = _COMPARED_TO.search(analysis.text)
    if m is None or not analysis.in_window(m.start()):
        return None
    if any(m.end() <= v.start <= m.end() + 2 for v in analysis.values):
        return None  # (more than ten affiliates: a bound of the figure after it)
    if any("strict" in v.events and v.end <= m.start() <= v.end + 3 for v in analysis.values):
        return None  # (30억 원보다 많다: a bound of the figure before it)
    from factcli.judge.meaning.compared import compared_span

    if any(compared_span(analysis, v) is not None for v in analysis.values):
        # (one figure compared with a thing it names: compared_thing_objection has weighed
        # it against the store's figure of that thing, before this)
        return None
    units = [v.unit for v in analysis.values if v.amount is not None and v.unit]
    if len(units) != len(set(units)):
        return None  # (two figures of one unit: it compares them, comparison_objection's)
    if any(_COMPARING.search(t) for _i, rd in chosen for t in readings_texts(rd.fact) if t):
        return None
    return f"no fact makes the comparison '{m.group().strip()}'"


_FOUNDED = rx.compile(
    r"출범|설립|창립|창설|발족|(?i:\bfounded\b|\blaunched\b|\bset up\b|\bestablished\b)"
)
_POST_WORD = rx.compile(
    r"원장|소장|대표|장관|위원장|회장|사장|(?i:\bhead\b|\bdirector\b|\bchief\b|\bpresident\b|"
    r"\bchair)"
)


def before_founding(store: Store, analysis: Analysis) -> str | None:
    """A post at a body, dated before the body was founded (LG AI연구원장으로 승진 in 2018,
    where LG AI Research was launched on 2020-12-07): it cannot have been held then."""
    from factcli.find.search import search
    from factcli.judge.meaning.subjects import resolve

    if not _POST_WORD.search(analysis.text):
        return None
    years = [
        v.date.year
        for v in analysis.values
        if v.family == "date" and v.date is not None and v.date.year and analysis.in_window(v.start)
    ]
    if not years:
        return None
    for kind, name, pos in analysis.names:
        if kind != "employer" or not analysis.in_window(pos):
            continue
        sid = resolve(store, name)
        if sid is None:
            continue
        subject = store.subjects.get(sid)
        label = (subject.name if analysis.korean else subject.name_en) if subject else name
        for match in search(
            store, f"{label} {'출범 설립' if analysis.korean else 'founded launched'}", limit=5
        ):
            fact = match.fact
            when = str(getattr(fact, "date", None) or "")
            if fact.subject != sid or not when[:4].isdigit() or not _FOUNDED.search(fact.statement):
                continue
            founded = int(when[:4])
            # (every year before it: of two, the later may be the post's, the earlier another
            # act's, Bae, who joined the LG Group in 2016, became head … in December 2020)
            if max(years) < founded:
                return f"{label} was founded on {when}, after {max(years)}"
    return None


def denial_unheld(
    store: Store, analysis: Analysis, fact_ids: list[str]
) -> tuple[Verdict, str | None, str] | None:
    """A clause without a figure that denies an act (증여세는 내지 않았다, did not pay gift tax)
    beside clauses the facts support: misleading when a backing fact says the act was done,
    unverified when none tells of it either way."""
    from factcli.judge.meaning.directions import _squash, affirms_any, negated_statement
    from factcli.judge.meaning.subjects import _said_texts

    valued = {analysis.clause_at(v.start).start for v in analysis.values}
    facts = [f for fid in dict.fromkeys(fact_ids) if (f := store.get(fid)) is not None]
    if not facts or any(negated_statement(f) for f in facts):
        return None
    for clause in analysis.clauses:
        stems = [] if clause.start in valued else _denied_acts(clause)
        if not stems:
            continue
        source = _squash(" ".join(t for f in facts for t in _said_texts(f))).lower()
        if affirms_any(stems, source):
            return (
                Verdict.misleading,
                "direction",
                "the sentence denies what the source says the other way",
            )
        return Verdict.unverified, None, _NOT_DONE_UNHELD
    return None


def _other_venue(
    store: Store,
    analysis: Analysis,
    chosen: list[tuple[int, _Reading]],
    readings: list[_Reading],
) -> tuple[Fact, Objection] | None:
    """A building the sentence says its event was held in, that no supporting fact names,
    where another fact agreeing with every value names another one (정부세종청사 for the
    press conference held at the HJ Business Center)."""
    from factcli.judge.meaning.names import name_objection

    backing = {rd.fact.id for _i, rd in chosen}
    held = {
        name
        for _i, rd in chosen
        for t in readings_texts(rd.fact)
        for kind, name, _p in names_of(t, loose=True)
        if kind in _VENUE_KINDS
    }
    from factcli.judge.meaning.names import destination_objection

    for rd in readings:
        # (where a move went, told by another fact agreeing with every value: 삼성탈레스로
        # 옮겼다, where the fact of that year has him move to SK텔레콤)
        if rd.fact.id in backing or not rd.agrees_all() or rd.relevance < R_MIN:
            continue
        moved = destination_objection(analysis, rd.fact)
        if moved is not None:
            return rd.fact, moved
    # (a school the sentence joins to facts that name none, said otherwise by a fact of the
    # same subject: born in May 1976 ..., graduated from Yonsei, where he studied at Kwangwoon)
    kinds = {
        kind
        for _i, rd in chosen
        for t in readings_texts(rd.fact)
        for kind, _n, _p in names_of(t, loose=True)
    }
    subjects = {rd.fact.subject for _i, rd in chosen}
    joined = [(k, p) for k, _n, p in analysis.names if k in _JOINED_KINDS and k not in kinds]
    if joined:
        for rd in readings:
            if (
                rd.fact.id in backing
                or rd.relevance < R_MIN
                or rd.disagrees()
                or rd.fact.subject not in subjects
            ):
                continue
            named = name_objection(analysis, rd.fact, store)
            if named is not None and named.found and any(p == named.start for _k, p in joined):
                return rd.fact, named
    if not any(k in _VENUE_KINDS and n not in held for k, n, _p in analysis.names):
        return None
    for rd in readings:
        if rd.fact.id in backing or not rd.agrees_all() or rd.relevance < R_MIN:
            continue
        named = name_objection(analysis, rd.fact, store)
        if (
            named is not None
            and named.found
            and any(k in _VENUE_KINDS and p == named.start for k, _n, p in analysis.names)
        ):
            return rd.fact, named
    # (a fact of that very day naming where it was held, that the sentence's words do not
    # rank: the place of the press conference, beside its blueprint)
    from factcli.find.search import search

    days = {
        str(rd.fact.date)
        for _i, rd in chosen
        if getattr(rd.fact, "date", None) and len(str(rd.fact.date)) == 10
    }
    if not days:
        return None
    words = analysis.text
    for k, n, p in analysis.names:
        if k in _VENUE_KINDS:
            words = words.replace(analysis.text[p : p + len(n)], " ")
    for match in search(store, words, limit=10):
        fact = match.fact
        if fact.id in backing or str(getattr(fact, "date", None)) not in days:
            continue
        named = name_objection(analysis, fact, store)
        if (
            named is not None
            and named.found
            and any(k in _VENUE_KINDS and p == named.start for k, _n, p in analysis.names)
        ):
            return fact, named
    return None


_VENUE_KINDS = frozenset(["building", "venue"])
_TOWN_KINDS = frozenset(["district", "place"])
_HELD_VERB = rx.compile(r"열렸|열린|열리|개최|(?i:\b(?:was|were)\s+held\b)")
_JOINED_KINDS = frozenset(["school", "school-en", "high", "high-en"])


# A name and the description set beside it: "NEXUS, an agent AI that analyses data risks";
# "에이전트 AI인 넥서스를". (The description ends at a comma, a stop or a relative "that".)
_DESCRIBED_EN = rx.compile(
    r"\b([A-Z][\w.-]*(?:\s+[A-Z0-9][\w.-]*){0,3})(?:,\s+|(?:,[^,]{3,60}?(?:,\s*\d{4})?,)?\s+(?:is|was)\s+)"
    r"(?:an?|the)\s+([a-z](?:[^,.;]|\.(?=\S)){3,80}?|[A-Z]\.[A-Z]\.(?:[^,.;]|\.(?=\S)){3,80}?)"
    r"(?=[,;]|\.(?:\s|$)|$)"
)
_DESCRIBED_KO = rx.compile(
    r"((?:[가-힣A-Za-z0-9·]+\s+){0,3}[가-힣A-Za-z0-9·]*[가-힣A-Za-z]{2})"
    r"(?<!온라)(?<!확)(?<!원)(?<!개)(?<!요)(?<!승)(?<!본)(?<!타)(?<!부)인\s+['‘\"“]?"
    r"([A-Za-z가-힣][A-Za-z가-힣0-9.]{1,12}(?:\s[A-Za-z가-힣0-9.]{1,6})?)['’\"”]?"
    r"(?:을|를|이|가|은|는|의)(?=\s|$)"
)
# Words of a description too general to tell one thing from another (an AI model).
_GENERAL = frozenset(
    analyze(
        "ai 모델 model system 시스템 company 회사 기업 tool 서비스 service group organisation "
        "organization 기관 단체"
    )
)


def described_otherwise(
    store: Store, analysis: Analysis, hits: Mapping[str, Mapping[int, float]]
) -> str | None:
    """A name the sentence describes with words that no fact naming it holds and other facts
    do (NEXUS, a reasoning model for math and coding: the store's NEXUS is an agent AI that
    analyses data risks; the reasoning model is EXAONE Deep): the description is another
    thing's. `hits`: which facts hold each of the sentence's words (relevance.Coverage.hits)."""
    pattern = _DESCRIBED_KO if analysis.korean else _DESCRIBED_EN
    for m in pattern.finditer(analysis.text):
        at = m.start(2) if analysis.korean else m.start(1)
        if not analysis.in_window(m.start()) or any(v.start <= at < v.end for v in analysis.values):
            continue  # (July 19, 2023, is a ...: a date is no name)
        name, words = (m.group(2), m.group(1)) if analysis.korean else (m.group(1), m.group(2))
        named = [t for t in analyze(name) if t in hits]
        said = [
            t
            for t in analyze(words)
            if len(t) >= 2 and t in hits and t not in _GENERAL and t not in named
        ]
        if not named or len(said) < 2:
            continue
        holders = set.intersection(*({p for p, s in hits[t].items() if s >= 0.6} for t in named))
        if not holders:
            continue  # a name the store does not have: another check's
        elsewhere = [
            t
            for t in said
            if not any(hits[t].get(p, 0.0) >= 0.6 for p in holders)
            and any(s >= 0.6 for s in hits[t].values())
        ]
        if len(elsewhere) >= 2 and 2 * len(elsewhere) >= len(said):
            # (the description as written, not its stems)
            return f"the store does not describe {name.strip()} as '{words.strip()}'"
    return None


# An occasion the sentence says a thing was said or done at (청문회에서, at the press
# conference): the store dates its occasions.
_OCCASION_KO = rx.compile(
    r"(인사청문회|청문회|기자간담회|간담회|취임식|취임사|출범식|기자회견|국정감사)"
    r"(?:(?:\s*(?:답변|자리|현장|질의|연설|축사|인사말))?(?:에서|에\s*나와|도중)"
    # (or the occasion held: 인사청문회를 치렀다)
    r"|(?:를|을)\s*(?:치[렀른]|열었|가[졌진]|거[쳤친]|마[쳤친]))"
)
_OCCASION_EN = rx.compile(
    r"(?i:\b(?:at|during|in|had|held|attended|underwent|faced)\s+(?:the|his|a|its)\s+"
    r"(?:[\w-]+\s+){0,2}?"
    r"(confirmation hearing|hearing|press conference|news conference|press briefing|"
    r"inauguration|inaugural speech|inaugural address|launch event))"
)
# Another name of an occasion, by its speech: 취임사, the inaugural address (the 취임식).
_SAME_OCCASION = {
    "취임사": "취임식",
    "inaugural speech": "inauguration",
    "inaugural address": "inauguration",
}


_HELD_FORM = rx.compile(r"(?:를|을)\s*[가-힣]|(?i:^(?:had|held|attended|underwent|faced)\b)")
_NOT_THE_OCCASION = r"(?!\s*(?:준비|사무실|요청|자료|prep|office))"


def occasion_of_another_day(
    store: Store, analysis: Analysis, chosen: list[tuple[int, _Reading]]
) -> str | None:
    """The sentence puts what was said or done on a day at an occasion the store holds on
    another day (said at the confirmation hearing on June 30, where the hearing was on July
    14 and the words were said to reporters on June 30)."""
    from factcli.find.search import search

    # (month and day: a sentence may leave the year out, 9월 12일)
    days = {
        (v.date.month, v.date.day)
        for v in analysis.values
        if v.family == "date" and v.date is not None and v.date.day and analysis.in_window(v.start)
    }
    if not days:
        # (or the day the supporting words were said: 취임식에서 of a remark of 2025-09-12)
        days = {
            (int(stated[5:7]), int(stated[8:10]))
            for _i, rd in chosen
            if len(stated := str(getattr(rd.fact, "stated", None) or "")) == 10
        }
    if not days:
        return None
    pattern = _OCCASION_KO if analysis.korean else _OCCASION_EN
    # (a supporting fact that names it as where it happened: the occasion of its day; not
    # as a word of another thing, 청문회 준비 사무실)
    backing = {
        _SAME_OCCASION.get(o.group(1).lower(), o.group(1).lower())
        for _i, rd in chosen
        for t in readings_texts(rd.fact)
        for occasions in (_OCCASION_KO, _OCCASION_EN)
        for o in occasions.finditer(t)
    }
    for m in pattern.finditer(analysis.text):
        occasion = _SAME_OCCASION.get(m.group(1).lower(), m.group(1).lower())
        if not analysis.in_window(m.start()) or occasion in backing:
            continue
        when_said = days
        if _HELD_FORM.search(m.group()):
            # (the occasion held, 취임식을 가졌다: dated by a day of its own clause only; in a
            # sentence of two events the other one's date is not its)
            clause = analysis.clause_at(m.start())
            dated = [
                v.date
                for v in analysis.values
                if v.family == "date"
                and v.date is not None
                and v.date.month
                and clause.start <= v.start < clause.end
            ]
            if not dated:
                continue
            # (to the month the clause gives: 2025년 6월 인사청문회를 치렀다)
            when_said = {
                (d.month, day) for d in dated for day in ([d.day] if d.day else range(1, 32))
            }
        held = set()
        for match in search(store, occasion, limit=12):
            fact = match.fact
            told = " ".join(readings_texts(fact)).lower()
            if not re.search(re.escape(occasion) + _NOT_THE_OCCASION, told):
                continue  # (청문회 준비 사무실: a word of another thing, not the occasion)
            when = str(getattr(fact, "date", None) or "")
            if len(when) == 10:
                held.add(when)
        if held and not {(int(w[5:7]), int(w[8:10])) for w in held} & when_said:
            return f"the store holds the {occasion} on {', '.join(sorted(held))}"
    return None


_FEW_HOLDERS = 3  # a word more facts than this hold is no act of one occasion


def rank_of_another_day(
    store: Store, analysis: Analysis, unheld: list[str], hits: Mapping[str, Mapping[int, float]]
) -> str | None:
    """A rank or title of the sentence that its supporting facts do not give, held only by a
    few facts each dated on another day (전무 in 2018, a rank he reached in June 2021): what
    he was on another occasion, put on this one's date. `unheld`: the words no supporting
    fact holds."""
    dates = [
        v.date
        for v in analysis.values
        if v.family == "date" and v.date is not None and analysis.in_window(v.start)
    ]
    if not dates:
        return None
    for term in unheld:
        if len(term) < 2 or term not in hits:
            continue
        # (the word itself, not a longer word it begins: 전무 in 전무후무)
        holders = [store.facts[p] for p, s in hits[term].items() if s >= 0.95]
        if not 1 <= len(holders) <= _FEW_HOLDERS:
            continue
        whens = [event_date(f) for f in holders]
        if any(w is None for w in whens):
            continue  # (a word of an undated fact: no other day)
        if any(d.agrees(w) for d in dates for w in whens if w is not None):
            continue
        days = ", ".join(sorted({str(w) for w in whens}))
        return f"the store has '{term}' on another day ({days})"
    return None


# Where a fact says its event was held: a place phrase before 에서 열린/에서 (…데이터센터에서
# 열린 현장 간담회, GTC 2025 현장에서), online (온라인 출범행사), at a named hall.
_HELD_AT_KO = rx.compile(
    r"((?:[^\s,.\d]+\s+){0,4}[^\s,.\d]*(?:청사|센터|현장|회관|호텔|본회의장|사무실|우체국|컨벤션|"
    r"홀|캠퍼스|대학교|국회))에서(?=\s|$)|(온라인)(?:으로)?\s*(?:출범|행사|간담회|회의)"
)
_HELD_AT_EN = rx.compile(
    r"(?i:\b(online)\b)|\b(?:at|in)\s+((?:the\s+)?(?:[A-Z][\w'’&.-]*\s+){0,5}"
    r"(?:Center|Centre|Complex|Hall|Office|Hotel|Assembly|Campus|site|office))\b"
)


def venue_elsewhere(
    analysis: Analysis, chosen: list[tuple[int, _Reading]], readings: list[_Reading]
) -> tuple[Fact, Objection] | None:
    """A building the sentence says its event was held in, where the supporting facts, or
    others agreeing with every value, say it was held at another place or online (정부세종청사,
    for the meeting held at Naver's data centre; 국회, for a launch held online): the store's
    place is the expected one."""
    group = [rd.fact for _i, rd in chosen] + [
        rd.fact for rd in readings if rd.agrees_all() and rd.relevance >= R_MIN
    ]
    return held_elsewhere(analysis, group)


def held_elsewhere(analysis: Analysis, group: list[Fact]) -> tuple[Fact, Objection] | None:
    """A building the sentence names, which none of `group` does, where one of them says its
    event was held at another place (see venue_elsewhere)."""
    from factcli.judge.meaning.subjects import Objection

    # (a district or city too, where the sentence says its event was held there: held at the
    # presidential office in Yongsan)
    said = [(n, p) for k, n, p in analysis.names if k in _VENUE_KINDS and analysis.in_window(p)]
    if not said and _HELD_VERB.search(analysis.text):
        said = [(n, p) for k, n, p in analysis.names if k in _TOWN_KINDS and analysis.in_window(p)]
    if not said:
        return None
    told = _squash_text(" ".join(t for fact in group for t in readings_texts(fact)))
    if any(_squash_text(n) in told for n, _p in said):
        return None  # (a fact of it names the building: held there)
    for fact in group:
        places = [
            # (not the tail of a date before it: 7월23일 서울 용산 대통령실 청사)
            re.sub(r"^(?:[일월년]\s+)+", "", next(g for g in m.groups() if g).strip())
            for t in readings_texts(fact)
            for m in (_HELD_AT_KO if has_hangul(t) else _HELD_AT_EN).finditer(t)
        ]
        if not places:
            continue
        name, at = said[0]
        written = re.match(r"[\w'’-]+(?:\s+[A-Z][\w'’-]*)*", analysis.text[at:])
        return fact, Objection(
            "relation",
            f"the source says it was held at {places[0]}",
            found=written.group() if written else analysis.text[at : at + len(name)],
            expected=places[0],
            start=at,
            end=at + len(name),
        )
    return None


# A town the sentence says its event happened in: 서울에서, in Seoul, at Jeju.
_IN_TOWN_KO = rx.compile(r"\s*(?:에서|에\s*있는)")
# A building's name, then where in it, up to 에서: 국회 의원회관에서, 정부세종청사 대강당에서.
_AT_PLACE_KO = rx.compile(r"(?:\s*[가-힣A-Za-z0-9]+){0,2}?\s*(?:에서|현장)")
_IN_TOWN_EN = rx.compile(r"(?i:\b(?:in|at)\s+(?:the\s+)?)$")
_AREA_EN = rx.compile(r"(?i:[\s-]+(?:metropolitan|area|region|capital|city\s+area)\b)")


_WRITTEN_NAME = rx.compile(r"[\w'’-]+(?:\s+[A-Z][\w'’-]*)*")  # a name as written there


def venue_unheld(
    store: Store,
    analysis: Analysis,
    chosen: list[tuple[int, _Reading]],
    values: list[Value],
    offset: int = 0,
) -> str | None:
    """A place the sentence says its event happened at (국회에서, at the National Assembly,
    in Seoul) that no supporting fact names, nor any fact of the day it happened or was said
    (the HJ Business Center of the press conference, beside a remark made there): the store
    does not vouch for where it was. The place as written, or None."""
    # (in the clauses of the values the facts support: 이튿날 정부세종청사에서 취임했다 is the
    # next clause's, beside a date of the approval)
    spans = {
        (c.start, c.end)
        for c in (analysis.clause_at(values[i].start + offset) for i, _rd in chosen)
    }
    said = []
    for kind, name, pos in analysis.names:
        if not analysis.in_window(pos) or not any(a <= pos < b for a, b in spans):
            continue
        if kind not in _VENUE_KINDS and kind not in _TOWN_KINDS:
            continue
        # (where it happened: 국회에서, at the National Assembly; not 국회에 제출된, what
        # was sent there)
        written = _WRITTEN_NAME.match(analysis.text[pos:])
        end = pos + (len(written.group()) if written else len(name))
        if _AREA_EN.match(analysis.text, end):
            continue  # (in the Seoul metropolitan area: where a rule applies, not a venue)
        at_place = (
            _AT_PLACE_KO.match(analysis.text, pos + len(name))
            if kind in _VENUE_KINDS
            else _IN_TOWN_KO.match(analysis.text, end)
        )
        if at_place or _IN_TOWN_EN.search(analysis.text, 0, pos):
            said.append((name, pos))
    if not said:
        return None
    backing = [rd.fact for _i, rd in chosen]
    told = _squash_text(" ".join(t for fact in backing for t in readings_texts(fact)))
    days = {day for fact in backing for day in _days_of(fact)}
    for name, pos in said:
        if _squash_text(name) in told:
            continue
        if any(
            _squash_text(name) in _squash_text(" ".join(readings_texts(fact)))
            for fact in _facts_of_days(store, name, days, limit=12)
        ):
            continue  # (where that day's event was held: the remark's press conference)
        if any(a <= pos < b for n, a in said if n != name and (b := a + len(n)) > pos):
            continue  # (세종 of 정부세종청사: part of a place named whole)
        written = _WRITTEN_NAME.match(analysis.text[pos:])
        return written.group() if written else analysis.text[pos : pos + len(name)]
    return None


def _days_of(fact: Fact) -> list[str]:
    return [
        str(day)
        for day in (getattr(fact, "date", None), getattr(fact, "stated", None))
        if day and len(str(day)) == 10
    ]


def _facts_of_days(
    store: Store, name: str, days: set[str], *, stated: bool = True, limit: int = 8
) -> list[Fact]:
    """The facts a search for `name` finds that are dated on one of `days` (or, `stated`,
    were said on one of them)."""
    if not days:
        return []
    from factcli.find.search import search

    return [
        match.fact
        for match in search(store, name, limit=limit)
        if (set(_days_of(match.fact)) if stated else {getattr(match.fact, "date", None)}) & days
    ]


def thing_named_elsewhere(
    store: Store, analysis: Analysis, fact: Fact, others: list[Fact]
) -> str | None:
    """A sentence without figures that the fact's words hold, which names the thing of
    another fact instead of the fact's own (LLM 성과는 내년에 나올 것, where the fact of next
    year is the multimodal results, and mentions the LLM only as what came before)."""
    from factcli.judge.meaning.subjects import _said_texts, resolve

    mine = fact.value
    if not isinstance(mine, str):
        return None
    text = _squash_text(analysis.text).lower()
    for other in others:
        theirs = other.value
        if other is fact or not isinstance(theirs, str):
            continue
        own = thing_terms(mine, analysis.korean)
        their_terms = thing_terms(theirs, analysis.korean)
        # (a word of either, anywhere in the sentence's letters: pert of EXpert; not a name
        # of whom or what the store is about, EXAONE)
        # (or the name of a company in the other script: Naver for 네이버)
        named_here = {n for _k, n, _p in analysis.names}
        mine_named = [
            t for t in own - their_terms if t in text or _said_alike(t, text) or t in named_here
        ]
        theirs_named = [t for t in their_terms - own if t in text and resolve(store, t) is None]
        if own - their_terms and not mine_named and theirs_named:
            # (not when that fact holds the whole sentence: 배경훈은 은탑산업훈장을 받았다 is
            # the award's own fact, beside the one of who conferred it)
            held = set(analyze(" ".join(t for t in _said_texts(other) if t)))
            # (whatever words that say nothing it adds: 정식으로, 이미)
            if set(analyze(analysis.text)) - _LOOSE <= held:
                continue
            # (nor when the fact's quote names it too: the inauguration speech's ecosystem was
            # "for the AI top-three leap", which the sentence says he stressed)
            own_words = _squash_text(" ".join(r.quote for r in fact.sources)).lower()
            if their_terms - set(theirs_named) and all(t in own_words for t in theirs_named):
                # (a word of another fact's phrase, not that fact's whole value: 네이버 출신
                # is 하정우's, though the quote names it beside him)
                continue
            return f"the source says this of {mine}, not of {theirs}"
    return None


def _said_alike(term: str, text: str) -> bool:
    """The (squashed, lower-case) text says the term in another word of its meaning (누구든
    for 누구나, 여건 for 환경)."""
    from factcli.text import synonyms

    # (the look-up's groups of one meaning, not the checker's looser paraphrases, in which
    # 장관 and 원장 both lead)
    alike = set(synonyms.of(term)) - {term}
    return any(len(w) >= 2 and w.replace(" ", "").lower() in text for w in alike)


# A word that names a thing (LLM, 멀티모달), not a figure or a particle.
_THING_TERM = rx.compile(r"[a-z]{2,}|[가-힣]{2,}")


# Words any thing may be said with (성과, results): they tell no two things apart.
_ANY_THING = frozenset(
    analyze(
        "성과 분야 결과 모델 계획 목표 사업 기술 부문 수준 분야의 "
        "results result field area model plan goal project technology level"
    )
)


def thing_terms(value: str, korean: bool) -> set[str]:
    """The words of a thing that tell it apart, in the sentence's script (an English sentence
    is not weighed against a Korean thing's Korean words)."""
    return {
        t
        for t in analyze(value)
        if _THING_TERM.fullmatch(t) and t not in _ANY_THING and (korean or t.isascii())
    }


# The doer of the act a remark reports (배 장관은 민간이 … 공급하면 된다고 말했다; Bae said
# universities should supply …): a noun with 이/가 inside the reported words, or the English
# subject after "said (that)".
_REPORTED_DOER_KO = rx.compile(r"(?:은|는)\s+(?:[^\s]+\s+){0,3}?([가-힣A-Za-z·]{2,12})(?:이|가)\s")
_REPORTED_DOER_EN = rx.compile(
    r"(?i:\b(?:said|says|told\s+\w+)\s+(?:that\s+)?((?:the\s+)?[a-z][\w-]*(?:\s+[\w-]+){0,2}?)"
    r"\s+(?:should|would|will|could|can|must|need(?:s|ed)? to|(?:is|are|was|were)\s+to)\b)"
)


# Words for those who act as a body: companies, universities, the private sector.
_AGENT = rx.compile(
    r"민간|대기업|중견기업|중소기업|기업|스타트업|학계|대학|연구소|업계|산업계|지자체|공공기관|"
    r"정부|부처|민관|(?i:private|compan|firm|business|universit|academ|industr|startup|"
    r"conglomerate|government|ministr|institut)"
)


_OWNED = rx.compile(
    r"(?i:(?:his|her|its|their|our|my|this|that|these|the same)\s)|(?:그|이|자사|해당)\s?"
)


def reported_doer(analysis: Analysis) -> str | None:
    """The doer inside what the sentence reports as said (민간이 … 공급하면 된다고; said
    universities should supply), as written, or None."""
    m = (_REPORTED_DOER_KO if analysis.korean else _REPORTED_DOER_EN).search(analysis.text)
    return m.group(1) if m else None


def reported_doer_unheld(
    store: Store, analysis: Analysis, chosen: list[tuple[int, _Reading]]
) -> str | None:
    """A supporting fact tells of what its subject is to do, said by its actor (the
    government supplying 30% of the GPUs, in Bae's words), and the sentence gives that act
    to another doer (민간이, universities), naming the subject nowhere: the store does not
    vouch for that. The doer as written, or None."""
    from factcli.judge.meaning.subjects import resolve

    for _i, rd in chosen:
        fact = rd.fact
        actor = getattr(fact, "actor", None)
        if not actor or actor == fact.subject:
            continue
        doer = reported_doer(analysis)
        if doer is None:
            continue
        if _OWNED.match(doer):
            continue  # (his ministry, its affiliates: whose, by a name said before)
        if not _AGENT.search(doer) or resolve(store, doer) is not None:
            continue  # (LLM이 나올: a thing, not who acts; a body the store knows: see actors)
        if _squash_text(doer) in _squash_text(" ".join(readings_texts(fact))):
            continue  # (중소기업과 학계가 필요로 할: whose demand the fact tells)
        words = re.findall(r"[\w·]+", analysis.text)
        if any(resolve(store, w) == fact.subject for w in words):
            continue  # (the subject named as well: 정부가 … 공급하면, among other words)
        return doer
    return None


# A word that singles a thing out as the only one: 유일한, 하나뿐, the only.
_ONLY_ONE = rx.compile(r"유일|하나뿐|한\s?곳뿐|단\s?하나|(?i:\bthe only\b|\bsole\b|\bonly one\b)")


def only_among_others(
    analysis: Analysis, chosen: list[tuple[int, _Reading]], readings: list[_Reading]
) -> str | None:
    """The sentence calls its model the only one to have done a thing, where another fact
    tells the same of another model (EXAONE Deep-32B made Epoch AI's list too)."""
    if not _ONLY_ONE.search(analysis.text):
        return None
    mine = {n for kind, n, _p in analysis.names if kind == "model"}
    if not mine:
        return None
    if any(_ONLY_ONE.search(t) for _i, rd in chosen for t in readings_texts(rd.fact)):
        return None  # (the supporting fact says it is the only one: of its own list)
    said = {t for t in analyze(_ONLY_ONE.sub(" ", analysis.text)) if len(t) >= 2}
    backing = {id(rd) for _i, rd in chosen}
    # (a fact of its model that says it is the only one, of the list the sentence speaks of
    # most: the only Korean model among Stanford's 62, not Epoch AI's list)
    vouched = 0
    for rd in readings:
        texts = readings_texts(rd.fact)
        if rd.relevance < R_MIN or not any(_ONLY_ONE.search(t) for t in texts):
            continue
        if mine & {n for t in texts for kind, n, _p in names_of(t, loose=True) if kind == "model"}:
            vouched = max(vouched, len(said & set(analyze(" ".join(texts)))))
    for rd in readings:
        if id(rd) in backing or rd.relevance < R_MIN or rd.disagrees():
            continue
        texts = readings_texts(rd.fact)
        theirs = {n for t in texts for kind, n, _p in names_of(t, loose=True) if kind == "model"}
        if not theirs or theirs & mine:
            continue
        told = set(analyze(" ".join(texts)))
        shared = (said & told) - mine
        if len(shared) >= 3 and len(said & told) > vouched:
            return f"the store tells the same of another model ({rd.fact.id})"
    return None


# Who holds an office, as a doer a remark may name (the Prime Minister, 총리가, 대통령이).
_OFFICE_HOLDER = rx.compile(
    r"(?i:\b(?:prime\s+minister|president|vice[- ]minister|deputy\s+prime\s+minister|"
    r"chief\s+of\s+staff|secretary|governor|mayor|chairman|ceo)\b)|총리|대통령|차관|실장|수석|"
    r"비서관|위원장"
)
_PRONOUN_DOER = rx.compile(r"(?i:^(?:he|she|it|they|we|i|you|the\s+minister)$)|^(?:그|그는|그가)$")


def reported_holder_objection(store: Store, analysis: Analysis, fact: Fact) -> Objection | None:
    """A remark the fact gives of its subject's own act to come (he would host the meeting),
    which the sentence gives to the holder of another office (the Prime Minister will host):
    the doer is not the one the source names."""
    from factcli.judge.meaning.subjects import Objection, resolve

    doer = reported_doer(analysis)
    if doer is None:
        return None
    doer = doer.strip()
    if _PRONOUN_DOER.search(doer) or _OWNED.match(doer) or not _OFFICE_HOLDER.search(doer):
        return None
    who = resolve(store, doer)
    if who is not None and who in (fact.subject, getattr(fact, "actor", None)):
        return None
    told = " ".join(readings_texts(fact)).lower()
    core = re.sub(r"^the\s+", "", doer.lower())
    # (not inside a longer office: a prime minister is no deputy prime minister, 총리 no 부총리)
    if re.search(rf"(?<!deputy )(?<![가-힣]){re.escape(core)}", told):
        return None  # (the source names that office as the doer: 대통령이 재가했다)
    whose = getattr(fact, "actor", None) or fact.subject
    them = store.subjects.get(whose)
    name = (them.name_en if not analysis.korean else them.name) if them else whose
    return Objection("actor", f"the source says this of {name or whose}, not {doer}", found=doer)


# The occasion a Korean sentence says something was said at: up to four words before 에서.
_SAID_AT_KO = rx.compile(r"((?:[가-힣A-Za-z0-9.]+\s+){0,3}[가-힣A-Za-z0-9.]+)에서(?![가-힣])")


@functools.lru_cache(maxsize=256)
def _occasion_words(text: str) -> frozenset[str]:
    """The words of the occasion a sentence says a thing was said or done at (서울 종로구
    HJ비즈니스센터 간담회에서, at GTC 2025)."""
    places = " ".join(m.group(1) for m in _SAID_AT_KO.finditer(text))
    named = " ".join(m.group(1) for m in _AT_OCCASION_EN.finditer(text))
    return frozenset(analyze(places)) | frozenset(analyze(named))
