"""Joined readings of two facts: a sentence that tells of two facts at once."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from factcli.judge.acts import _fact_events
from factcli.judge.meaning.kinds import _EXTREME
from factcli.judge.reading import _fact_evidence, _named_conflict, _Reading
from factcli.judge.relevance import R_CONFLICT, R_MIN, R_WORDLESS, Coverage
from factcli.judge.wording import (
    _LOOSE,
    _paraphrased,
    _unheld_superlatives,
    _unheld_words,
    same_time,
    says_purpose,
    says_reason,
)
from factcli.store.model import Fact, Finding, Store, Verdict
from factcli.store.readings import texts_of as readings_texts
from factcli.text import patterns as rx
from factcli.text.analysis import Analysis, is_certainty_word, names_of
from factcli.text.records import replace
from factcli.text.terms import analyze

# Certainties that say a thing has not happened (yet): a sentence saying it did is misleading.
_NOT_DONE = frozenset({"planned", "considering", "expected", "future", "conditional", "proposed"})

# A sentence joining two facts as happening at one time: 근무하며, 다니면서, 복무하던 중,
# while, during.
_WHILE = rx.compile(
    r"[가-힣](?:하며|하면서|면서|던\s*중|는\s*동안|던\s*시기)(?![가-힣])|\b(?i:while|during)\b"
    # (복무 기간에, 재직 기간 중: during a span of time named as a noun)
    r"|[가-힣]\s*(?:기간|시절)(?:에|중에?|동안)(?![가-힣])"
)


def _sibling_unheld(analysis: Analysis, fact: Fact, pair: tuple[Fact, Fact]) -> bool:
    """Whether the sentence puts a word of a kind for this fact's other word of that kind,
    and neither fact of the pair says the sentence's word."""
    from factcli.judge.meaning.kinds import sibling_objection

    objection = sibling_objection(analysis, fact)
    if objection is None or not objection.found:
        return False
    word = objection.found.lower()
    if word.isascii():
        word = word[: max(4, len(word) - 4)]  # (presidential: the president)
    return not any(word in t.lower() for f in pair for t in readings_texts(f))


def _at_one_time(pair: tuple[Fact, Fact]) -> bool:
    """Whether the store dates both facts and their times meet (the years, months or days
    each is known to, from its start or date to its end)."""
    from factcli.store.model import event_date

    spans = []
    for fact in pair:
        first, last = event_date(fact), event_date(fact, ending=True)
        if first is None or last is None or first.year is None or last.year is None:
            return False
        # (each from its first day: a post left in July 2025 and one taken that month follow
        # each other, they are not held at one time)
        spans.append((first.first_day(), last.first_day()))
    (a0, a1), (b0, b1) = spans
    return a0 < b1 and b0 < a1


def _sure_as(certainty: str) -> str:
    """A bare future (주최할 것이다, will) is as sure as a plan (계획이다, plans to)."""
    return "planned" if certainty == "future" else certainty


R_JOINT = 0.3  # text relevance each of two facts joined in one sentence needs
R_JOINT_CONFLICT = 0.4  # ... to contradict it by a name one of them says otherwise
R_JOINT_OTHER = R_MIN  # ... the fact holding the words of the sentence the other lacks
R_JOINT_LEAD = 0.4  # ... the fact agreeing with every value of the sentence


def _outweighed(reading: _Reading, readings: list[_Reading]) -> bool:
    """A fact at least as relevant as this one, and relevant enough to contradict, says
    another value: a weaker way to support (fewer words, two facts joined) must not pass over
    what would contradict the sentence."""
    floor = max(R_CONFLICT, reading.relevance)
    return any(rd is not reading and rd.typed_conflict and rd.relevance >= floor for rd in readings)


def _joined_reading(
    store: Store,
    analysis: Analysis,
    readings: list[_Reading],
    novel: list[str],
    coverage: Coverage,
    context: str | None,
    vetoed: Callable[[_Reading], bool],
) -> tuple[_Reading, Fact, frozenset[str]] | None:
    """A fact that agrees with every value, and another fact that holds the words the first
    does not: together they hold the sentence's words as one fact must for a sentence without
    a figure. The other fact gives no value against the sentence's, tells of the events the
    first does not, and objects to nothing (name, actor, polarity, certainty)."""
    from factcli.judge.meaning.actors import actor_objection
    from factcli.judge.meaning.certainty import fact_certainty
    from factcli.judge.meaning.directions import negated_statement, opposite_objection
    from factcli.judge.meaning.kinds import sibling_objection
    from factcli.judge.meaning.names import name_objection

    terms = list(coverage.hits)
    if not terms:
        return None
    ranked = sorted(readings, key=lambda rd: -rd.relevance)[:8]
    events = frozenset().union(*(c.events for c in analysis.clauses)) - {"say", "hold"}
    certainty = {c.certainty for c in analysis.clauses}
    for lead in sorted(readings, key=lambda rd: -rd.combined):
        if (
            not lead.agrees_all()
            or lead.relevance < (R_MIN if len(lead.relations) >= 2 else R_JOINT_LEAD)
            or vetoed(lead)
            or _outweighed(lead, readings)
        ):
            continue
        for other in ranked:
            if other is lead or other.relevance < R_JOINT_OTHER or any(other.relations):
                continue
            pair = (lead.fact, other.fact)
            if not other.terms - lead.terms or not lead.terms - other.terms:
                continue  # one holds every word the other does
            if not _pair_holds(terms, novel, lead.terms | other.terms, pair):
                continue
            if events and not events <= _fact_events(lead.fact) | _fact_events(other.fact):
                continue
            theirs = fact_certainty(other.fact)
            if "done" in certainty and theirs in _NOT_DONE and len(certainty) == 1:
                continue
            if _lead_clause_apart(analysis, lead):
                break  # the lead's own clause says it otherwise (내년 for its 연말)
            point = other.fact.value if isinstance(other.fact.value, str) else ""
            if point and bool(re.search("[가-힣]", point)) != analysis.korean:
                point = ""  # (the value in another language than the sentence's)
            if point and not any(t in w or w in t for t in analyze(point) for w in terms):
                continue  # the other fact's point (산업 진흥) is not what the sentence says
            if _said_not(analysis, other.fact) or _said_not(analysis, lead.fact):
                continue  # 핵심이 규제라며, where the source says 규제가 아니라 진흥
            if _names_apart(analysis, other.fact):
                continue  # the other fact's employer or place is not the sentence's
            if _held_elsewhere(analysis, lead, other):
                continue  # the place one fact's event was held, said of the other's
            negated = any(c.negated for c in analysis.clauses)
            if (
                name_objection(analysis, other.fact, store) is not None
                or negated != bool(negated_statement(other.fact))
                or actor_objection(store, analysis, other.fact, context) is not None
                or sibling_objection(analysis, other.fact) is not None
                or opposite_objection(analysis, other.fact) is not None
            ):
                continue
            return lead, other.fact, other.terms - lead.terms
    return None


def _held_elsewhere(analysis: Analysis, lead: _Reading, other: _Reading) -> bool:
    """The sentence says where its event was held, and one of the two facts holds that event
    somewhere else (the inauguration at the presidential office, where the letter of
    appointment was handed; the inauguration was in Sejong)."""
    return _held_apart(analysis, (lead.fact, other.fact))


def _held_apart(analysis: Analysis, pair: tuple[Fact, Fact]) -> bool:
    """See _held_elsewhere: by the facts."""
    from factcli.judge.details import _HELD_AT_EN, _HELD_AT_KO, _HELD_VERB, held_elsewhere

    held = _HELD_AT_KO if analysis.korean else _HELD_AT_EN
    if not held.search(analysis.text) and not _HELD_VERB.search(analysis.text):
        return False
    return any(held_elsewhere(analysis, [fact]) is not None for fact in pair)


# An act and the thing it is done to (규제를 강화하겠다, 예산을 삭감했다): the object, and the
# verb's noun stem.
_OBJECT_ACT_KO = rx.compile(
    r"([가-힣A-Za-z]{1,10}?)(?:을|를)\s+([가-힣]{2,4}?)(?:하|했|한|할|해|되|됐|된|될|시키|시켰)"
)


def _act_split(analysis: Analysis, pair: tuple[Fact, Fact]) -> bool:
    """Whether the pair splits an act from its object: one fact holds the thing, the other
    the act, and neither the two together (AI 규제를 강화하겠다: regulation from the fact of
    minimal regulation, 강화 from the fact of strengthening affiliates' capabilities)."""
    if not analysis.korean:
        return False
    texts = [" ".join(readings_texts(f)).lower() for f in pair]
    for m in _OBJECT_ACT_KO.finditer(analysis.text):
        thing, act = analyze(m.group(1)), analyze(m.group(2))
        if not thing or not act:
            continue
        holds = [(any(t in text for t in thing), any(a in text for a in act)) for text in texts]
        if (
            not any(both == (True, True) for both in holds)
            and any(h[0] for h in holds)
            and any(h[1] for h in holds)
        ):
            return True
    return False


def _lead_clause_apart(analysis: Analysis, lead: _Reading) -> bool:
    """In a sentence joining two facts, the clause of the values the first fact agrees with
    puts one of its words of a kind for another (내년이면 10위 LLM이 나오고, 연말에는
    멀티모달: the source has the LLM by the year's end)."""
    from factcli.judge.meaning.kinds import sibling_objection

    text = analysis.text
    cuts = [0, *(m.end() for m in _SEGMENT_CUT.finditer(text)), len(text)]
    for value in analysis.values:
        start = max(c for c in cuts if c <= value.start)
        end = min((c for c in cuts if c > value.start), default=len(text))
        if end - start >= len(text):
            continue
        if sibling_objection(replace(analysis, text=text[start:end]), lead.fact) is not None:
            return True
    return False


# Where a sentence joining two statements may be cut: a comma, a connective ending (나오고,
# 내고), "and" or "with" after a comma.
_SEGMENT_CUT = rx.compile(r",\s+|(?<=[가-힣])(?:고|며|면서)\s+|;\s+")


# "Not A but B" in a fact (규제가 아니라 산업 진흥, not regulation but promotion).
_NOT_BUT = rx.compile(
    r"([가-힣]{2,}?)(?:이|가)?\s*아니라|(?i:\bnot\s+(?:about\s+)?([a-z]{3,})\w*\s+but\b)"
)
_NEGATING = rx.compile(r"아니|않|없|(?i:\bnot\b|n't\b|\bno\b)")


def _said_not(analysis: Analysis, fact: Fact) -> bool:
    """The sentence says what the fact says is not so (A, where the fact says not A but B),
    without a negation of its own."""
    from factcli.judge.meaning.subjects import said_texts

    if _NEGATING.search(analysis.text):
        return False
    text = analysis.text.lower()
    for said in said_texts(fact):
        for m in _NOT_BUT.finditer(said):
            word = (m.group(1) or m.group(2) or "").lower()
            if word and word in text:
                return True
    return False


def _names_apart(analysis: Analysis, fact: Fact) -> bool:
    """The sentence names things of a kind (an employer, a place) the fact names too, and
    none of the fact's: what the fact tells is put to another (robot research, which was at
    Samsung Thales, said of SK Telecom)."""
    from factcli.judge.meaning.subjects import said_texts

    theirs: dict[str, set[str]] = {}
    for text in said_texts(fact):
        for kind, name, _pos in names_of(text, loose=True):
            theirs.setdefault(_WHERE.get(kind, kind), set()).add(name)
    mine: dict[str, set[str]] = {}
    for kind, name, _pos in analysis.names:
        mine.setdefault(_WHERE.get(kind, kind), set()).add(name)
    return any(kind in theirs and not names & theirs[kind] for kind, names in mine.items())


# Names of where a thing happened, one kind here: a ceremony in Yongsan is not one in Sejong
# (정부세종청사, 세종), whichever way each is named.
_WHERE = {"place": "where", "district": "where", "building": "where", "complex": "where"}


def _pair_holds(
    terms: list[str], novel: list[str], held: frozenset[str], pair: tuple[Fact, Fact]
) -> bool:
    """Two facts together hold a sentence's words as one fact must for a sentence without a
    figure: no word the store never uses that neither paraphrases, and three quarters of the
    words held, paraphrased or words of certainty."""
    if [
        t
        for t in novel
        if t not in _LOOSE and not any(_paraphrased(t, f, implied=False) for f in pair)
    ]:
        return False
    said = [
        t
        for t in terms
        if t in held or is_certainty_word(t) or any(_paraphrased(t, f, implied=False) for f in pair)
    ]
    return len(said) >= R_WORDLESS * len(terms)


# Kinds of name that say where a thing was (a district, a building, a city).
_PLACE_KINDS = frozenset(["place", "district", "building", "venue"])


# A word of when (연말, 내년, next year): lent by a fact whose thing the sentence does not
# name, it dates another fact's thing.
_WHEN_WORD = rx.compile(
    r"연말|연초|내년|올해|금년|하반기|상반기|내달|다음달|연내|(?:year|month)(?:-end)?|next|end"
)


def _about(store: Store, phrase: str, fact: Fact) -> bool:
    """Whether a fact tells of what a subject phrase names: its subject or actor, or the
    phrase's words among its own."""
    from factcli.judge.meaning.subjects import resolve

    who = resolve(store, phrase)
    if who is not None and who in (fact.subject, getattr(fact, "actor", None)):
        return True
    told = " ".join(readings_texts(fact)).lower()
    words = [w for w in analyze(phrase) if len(w) >= 2]
    return bool(words) and all(w in told for w in words)


# Words of when without a figure (연말, next year, 상반기): the time of the sentence's event.
_TIME_WORD = rx.compile(
    r"연말|연초|연내|올해|올해말|내년|내년초|작년|지난해|재작년|상반기|하반기|월말|월초|초순|중순|하순|"
    r"(?i:year|end|beginning|start|half|month|next|last|early|late|mid)"
)


# A denial right after a word (알기에는 불가한, 알지 못했다, did not know).
_DENIED_AFTER = rx.compile(
    # (not 없: 끊임 없는 혁신 denies nothing)
    r"(?:[가-힣]{0,6}\s?){0,2}(?:불가|못|않|아니|몰랐|몰라|모르|모른)"
    r"|(?i:\s(?:not|never|no\s+longer))"
)


def _lent_denied(text: str, fact: Fact, lent: set[str] | frozenset[str]) -> bool:
    """Whether a word a fact lends the sentence is one its texts deny right after it, where the
    sentence does not."""
    for word in lent:
        if len(word) < 2:
            continue
        for said in (fact.statement, fact.statement_en or "", *(r.quote for r in fact.sources)):
            at = (said or "").find(word)
            if at < 0:
                continue
            if _DENIED_AFTER.match(said, at + len(word)) and not _DENIED_AFTER.match(
                text, max(0, text.find(word)) + len(word)
            ):
                return True
    return False


def _venue_lent(
    text: str,
    events: frozenset[str],
    *held: tuple[Fact, frozenset[str]],
) -> bool:
    """One of two facts lends the place the sentence's act was done at (제주 롯데호텔에서, at
    the Lotte Hotel Jeju) and tells of none of its acts: another event held there, on
    another day than the act's (two facts of one day may tell of one event)."""
    from factcli.judge.details import _occasion_words
    from factcli.store.model import event_date

    venue = _occasion_words(text)
    if not venue:
        return False
    (a, held_a), (b, held_b) = held
    day_a, day_b = event_date(a), event_date(b)
    if day_a is None or day_b is None or day_a.agrees(day_b) or day_b.agrees(day_a):
        return False
    return any(
        (mine - theirs) & venue and not events & _fact_events(fact)
        for fact, mine, theirs in ((a, held_a, held_b), (b, held_b, held_a))
    )


def _two_facts(
    store: Store,
    analysis: Analysis,
    ranked: list[tuple[Fact, float, frozenset[str]]],
    finding: Finding,
    novel: list[str],
    coverage: Coverage,
    context: str | None,
) -> Finding | None:
    """A sentence without a figure that joins two facts (born in Seoul, studied at
    Kwangwoon): supported when the two together hold every content word, each holds some
    the other does not, and neither objects (another name, actor, polarity or certainty)."""
    from factcli.judge.meaning.actors import actor_objection, background_objection
    from factcli.judge.meaning.bounds import only_objection, sole_objection
    from factcli.judge.meaning.certainty import fact_certainty
    from factcli.judge.meaning.directions import negated_statement, opposite_objection
    from factcli.judge.meaning.gifts import deal_lent
    from factcli.judge.meaning.kinds import (
        frame_objection,
        maker_objection,
        owner_objection_named,
    )
    from factcli.judge.meaning.names import name_objection, title_never_held
    from factcli.judge.meaning.subjects import resolve
    from factcli.judge.meaning.tenure import stale_objection, stale_post

    clause = analysis.clauses[0]
    events = clause.events - {"say"}
    if says_purpose(analysis):
        return None  # (what an act was for is one fact's to say, not lent by another's)
    pool = [(f, s, m) for f, s, m in ranked[:8] if s >= R_JOINT]
    topic = analysis.actor
    terms = list(coverage.hits)
    reason = says_reason(analysis)
    for (a, sa, held_a), (b, sb, held_b) in itertools.combinations(pool, 2):
        pair = (a, b)
        if reason and not same_time(a, [b]):
            continue  # (why it was done is the fact of its time's to say: 2023's award reason)
        # A place one of the two names otherwise (서울 중구 HJ비즈니스센터, where the venue's
        # fact says 종로구): the pair is weighed without it, and a pair that holds the rest is
        # contradicted by it.
        conflict = next(
            (
                (f, o)
                for f in pair
                if (o := name_objection(analysis, f, store)) is not None
                and o.found
                and any(k in _PLACE_KINDS and p == o.start for k, _n, p in analysis.names)
            ),
            None,
        )
        named = frozenset(analyze(conflict[1].found)) if conflict else frozenset()
        left_a = set(_unheld_words(store, analysis, a, held_a, coverage, implied=False)) - named
        left_b = set(_unheld_words(store, analysis, b, held_b, coverage, implied=False)) - named
        if not left_a or not left_b or left_a & left_b:
            continue  # one says it all (judged alone), or neither holds a word
        if conflict is not None:
            if min(sa, sb) < R_JOINT_CONFLICT:
                continue  # (a name said otherwise only by a fact that barely speaks to it)
            rest = [t for t in terms if t not in named]
            if _pair_holds(rest, [t for t in novel if t not in named], held_a | held_b, pair):
                return _named_conflict(finding, conflict[0], conflict[1])
            continue
        if any(resolve(store, word) is not None for word in left_a | left_b):
            continue  # who it is about is not lent by another fact (강훈식의 전문성)
        if _doer_lent(store, analysis, left_a | left_b):
            continue
        # (what the one lacks, the other lends)
        if _lent_denied(analysis.text, b, left_a) or _lent_denied(analysis.text, a, left_b):
            # (정책을 사전에 알고 이사했다: the words one fact lends it says were not so,
            # 정책을 사전에 알기에는 불가한 시점이었다)
            continue
        named_party = set(analyze(topic or ""))
        if any(
            lent_by and all(_TIME_WORD.fullmatch(t) for t in lent_by)
            for lent_by in (
                {t for t in held_b - held_a if t not in named_party},
                {t for t in held_a - held_b if t not in named_party},
            )
        ):
            # (when is the event's own fact's to say: 연말까지 멀티모달 모델을 완성하겠다 is not
            # the roadmap's fact joined to the 2018 year-end reshuffle by its 연말)
            continue
        if topic and not clause.events and not all(_about(store, topic, f) for f in pair):
            continue  # (a description: each of the two tells of what it describes, 에포크 AI는)
        if not _pair_holds(terms, novel, held_a | held_b, pair):
            continue
        if events and not events <= _fact_events(a) | _fact_events(b):
            continue
        if (events or not analysis.korean) and _venue_lent(
            analysis.text, events, (a, held_a), (b, held_b)
        ):
            # (the award received at the Lotte Hotel Jeju, where the forum was held; in English,
            # reporters met there, where he met them on another day: an act no verb of ours
            # names; not LG전자에서 일했다, a body's name before 에서)
            continue
        certainties = {fact_certainty(f) for f in pair}
        if clause.certainty == "done" and certainties & _NOT_DONE:
            continue
        lent = held_a ^ held_b
        if clause.certainty == "done" and any(
            f not in pair and held & lent and fact_certainty(f) in _NOT_DONE for f, _s, held in pool
        ):
            # (a word one of the two lends is the word of a fact telling of a plan: hosting
            # the ministers' meeting, joined to the press conference held that day, is not
            # done)
            continue
        if clause.marker and _sure_as(clause.marker) not in {_sure_as(c) for c in certainties}:
            continue
        if any(
            name_objection(analysis, f, store) is not None
            or clause.negated != bool(negated_statement(f))
            or actor_objection(store, analysis, f, context) is not None
            # (what the remark says the core is: 핵심이 규제에 있다, where one fact says the
            # core is promotion, not regulation, and the other names regulation)
            or frame_objection(analysis, f) is not None
            # (a thing given to another owner: LG's GTC 2025)
            or owner_objection_named(analysis) is not None
            # (a product made by another than its maker: 엑사원 딥은 엔비디아가 공개했다)
            or maker_objection(analysis, store) is not None
            or _said_not(analysis, f)
            # (robot research, which was at Samsung Thales, lent to SK Telecom)
            or _names_apart(analysis, f)
            # (one of a list said alone: only Korean, where it speaks Korean and English)
            or only_objection(analysis, f) is not None
            # (a post he left, said to be held now)
            or stale_objection(analysis, f) is not None
            # (a kind the source says the other way: the law put off, where its fines are)
            or opposite_objection(analysis, f) is not None
            for f in pair
        ) or _held_apart(analysis, pair):
            continue
        if background_objection(store, analysis) is not None:
            continue  # (where he came from, that no fact of him names: Bae is originally from Naver)
        if _act_split(analysis, pair):
            continue  # (the act is one fact's, done to another fact's thing)
        if any(_sibling_unheld(analysis, f, pair) for f in pair):
            # (a word of a kind for the source's other one, that neither fact says: 그룹 밖
            # for 그룹 내; the president's approval is the other fact's, not the hearing's)
            continue
        if sole_objection(analysis, pair) is not None:
            continue  # (one of two Korean models, where a fact says the only one)
        if deal_lent(analysis.text, pair):
            continue  # (the advice for the stocks bought, lent to the apartment)
        if _WHILE.search(analysis.text) and not _at_one_time(pair):
            # (worked at SK Telecom while finishing his alternative service: two facts
            # joined as one time, where the store does not show their times meet)
            continue
        placed = next(
            (
                c
                for lends in (held_a - held_b, held_b - held_a)
                for c, _s, held_c in pool
                if c not in pair and lends and lends <= held_c and _names_apart(analysis, c)
            ),
            None,
        )
        if placed is not None:
            # (what one lends is told by a third fact at another place: his service as a
            # specialist researcher, at Samsung Thales, joined to SK Telecom where he worked;
            # the AI platform post, at LG U+, put at LG Electronics)
            elsewhere = name_objection(analysis, placed, store)
            if elsewhere is not None and elsewhere.found:
                org = getattr(placed, "org", None)
                if org and org != elsewhere.expected and analysis.korean:
                    # (the post's own organisation, not another its text names beside it)
                    elsewhere = replace(
                        elsewhere, expected=org, explanation=f"{elsewhere.found} should be {org}"
                    )
                return _named_conflict(finding, placed, elsewhere)
            continue
        texts = [t for f in pair for t in readings_texts(f)]
        if _unheld_superlatives(analysis, texts) or (
            _EXTREME.search(analysis.text) and not any(_EXTREME.search(t) for t in texts)
        ):
            continue  # (the first, her largest holding: neither fact says so)
        if stale_post(store, analysis, [f for f, _s, _held in pool][:6]) is not None:
            continue
        if title_never_held(store, analysis) is not None:
            continue  # (Bae was the president of KOSA: he chaired its AI policy committee)
        from factcli.judge.details import thing_named_elsewhere

        if any(
            any(_WHEN_WORD.fullmatch(t) for t in lends)
            and thing_named_elsewhere(store, analysis, lender, [other])
            for lender, other, lends in ((a, b, held_a - held_b), (b, a, held_b - held_a))
        ):
            continue  # (the year's end of the LLM, lent to the multimodal results)
        finding.verdict = Verdict.supported
        finding.evidence = [
            _fact_evidence(
                f,
                "agree",
                analysis.text,
                (f.statement_en if not analysis.korean else None) or f.statement,
            )
            for f in pair
        ]
        return finding
    return None


# A name marked as a clause's doer (LG AI연구원이 …하면): who acts, in Korean.
_DOER_MARK_KO = rx.compile(r"\s*(?:이|가|에서는|에서)(?![가-힣])")


def _doer_lent(store: Store, analysis: Analysis, lent: set[str]) -> bool:
    """Whether a name of the store the sentence marks as a clause's doer (배 장관은 LG
    AI연구원이 부총리급으로 올라서면 …) is held, in any of its words, only by the other fact of
    a pair: who does a thing is not lent by a fact of another event."""
    from factcli.judge.meaning.subjects import resolve

    if not analysis.korean:
        return False
    for _kind, name, at in analysis.names:
        words = set(analyze(name))
        if (
            words & lent
            and _DOER_MARK_KO.match(analysis.text, at + len(name))
            and resolve(store, name) is not None
        ):
            return True
    return False
