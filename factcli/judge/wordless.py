"""A sentence without a date or a figure, judged by its names, words and meaning."""

from __future__ import annotations

import re

from factcli.judge.acts import _fact_events
from factcli.judge.meaning.compared import LESS as _LESS
from factcli.judge.objections import _another_model
from factcli.judge.pairs import _NOT_DONE, _lent_denied, _sure_as, _two_facts
from factcli.judge.reading import _fact_evidence, _named_conflict
from factcli.judge.relevance import R_WORDLESS, R_WORDLESS_ALL, R_WORDLESS_NAME, Coverage
from factcli.judge.wording import (
    _GIVING,
    _LOOSE,
    _QUOTED_ENDING,
    _holds,
    _paraphrased,
    _said_terms,
    _unheld_superlatives,
    _unheld_words,
    post_taken,
)
from factcli.store.model import Fact, Finding, Store, Verdict
from factcli.text import paraphrases
from factcli.text import patterns as rx
from factcli.text.analysis import (
    Analysis,
    analyze_sentence,
    certainty_of_word,
    is_certainty_word,
    reported_would,
)
from factcli.text.records import replace
from factcli.text.terms import analyze, is_predicate

TYPE_CHECKING = False  # not `typing` (~3 ms of start-up); type checkers know this name
if TYPE_CHECKING:
    from factcli.judge.meaning.subjects import Objection


_GIFT = frozenset(["give", "receive"])
# Words that say nothing of their own (직접, 이뤄지면, also): neither held nor missed.
_FILLERS = frozenset(analyze(paraphrases.FILLERS_KO + paraphrases.FILLERS_EN))
_ALREADY = frozenset(analyze("이미 already"))
# A comparison of two quantities: 보다 많았다, 절반을 넘었다, more than, exceeded.
_COMPARED = rx.compile(
    r"보다\s*(?:[^\s]+\s+)?(?:많|적|크|큰|컸|작|높|낮|길|짧|앞|늦|빨|더)|(?:을|를)\s*(?:넘었|넘는|밑돌|웃돌)|"
    # (a ratio: 두 배 큰, 3배 많은, twice as large)
    r"(?:(?<!\d)\d{1,6}|(?<![\d가-힣])(?:두|세|네|다섯|열))\s*배(?![가-힣])\s*(?:[^\s]+\s+)?"
    r"(?:많|적|크|큰|작|높|낮|길|짧|빠|늘)|"
    r"(?i:\b(?:more|less|fewer|larger|smaller|bigger|greater|higher|lower)\s+than\b|"
    r"\b(?:twice|(?:two|three|four|five|ten)\s+times)\s+(?:as|the|more|larger|bigger)\b|"
    r"\bexceed(?:s|ed)?\b|\boutnumber)"
)
# Words of when, counted from another event (이튿날, 사흘 뒤, the following day): the clause's
# time, not a thing it tells of.
_WHEN_WORD = rx.compile(
    r"이튿|다음\s?날|전날|당일|그날|사흘|나흘|닷새|엿새|이레|여드레|아흐레|열흘|보름|"
    r"(?i:following|next|previous|later|earlier|afterward|subsequent)"
)


def _judge_wordless(
    store: Store,
    analysis: Analysis,
    ranked: list[tuple[Fact, float, frozenset[str]]],
    finding: Finding,
    novel: list[str],
    coverage: Coverage,
    context: str | None,
    *,
    retried: bool = False,
) -> Finding:
    """A sentence without a date or a figure, judged by its names, words and meaning.

    Contradicted: a fact about the same event names another place, school or organisation in
    its place (경기고 for 대신고). Supported only when one fact holds every content word, speaks
    of the same event, by the same actor, with the same certainty and polarity; misleading when
    such a fact tells of a plan or an expectation and the sentence says it is done. Anything
    less stays unverified: a sentence's words are weaker evidence than its figures.
    """
    from factcli.judge.details import reported_holder_objection
    from factcli.judge.meaning.actors import (
        actor_objection,
        background_objection,
        descriptor_objection,
        speaker_objection,
    )
    from factcli.judge.meaning.bounds import only_objection, sole_objection, without_objection
    from factcli.judge.meaning.certainty import (
        _shares_words,
        account_objection,
        ahead_events,
        already_objection,
        clause_certainty,
        reported_done_objection,
    )
    from factcli.judge.meaning.directions import (
        lack_objection,
        negated_statement,
        opposite_objection,
    )
    from factcli.judge.meaning.gifts import same_gift, swap_objection
    from factcli.judge.meaning.kinds import (
        first_kind_objection,
        listed_order_objection,
        maker_objection,
        ordinal_objection,
        owner_objection,
        owner_objection_named,
        sibling_objection,
    )
    from factcli.judge.meaning.names import (
        later_name_objection,
        name_objection,
        title_never_held,
    )
    from factcli.judge.meaning.roles import answer_roles_objection
    from factcli.judge.meaning.subjects import Objection
    from factcli.judge.meaning.tenure import (
        capacity_objection,
        nominee_objection,
        not_yet,
        stale_objection,
        stale_post,
    )
    from factcli.judge.meaning.voice import voice_objection

    clause = analysis.clauses[0] if len(analysis.clauses) == 1 else None
    if clause is None:
        return finding  # several clauses without a figure: too loose to judge by words
    korean = analysis.korean
    events = clause.events - {"say"} or clause.events

    def same_event(fact: Fact) -> bool:
        theirs = _fact_events(fact)
        mine = events
        if mine & _GIFT and theirs & _GIFT and gift_told(fact):
            mine = (mine - _GIFT) | (theirs & _GIFT)  # the gift told from the other side
        # Or neither names one (a description: 하정우 수석은 네이버 출신이다), beside the
        # saying of what the fact reports as said.
        return mine <= theirs if mine else not theirs - {"say"}

    def gift_told(fact: Fact) -> bool:
        return same_gift(store, analysis, fact)

    # The sentence's names, and its verbs, are what a fact naming another one disagrees
    # with: they count as the fact's words here (배경훈은 부산에서 태어났다: 부산 for 서울).
    name_terms = {
        t
        for _kind, _name, pos in analysis.names
        for t in analyze(" ".join(re.findall(r"[^\s,.()]+", analysis.text[pos:])[:1]))
    }
    whole = False  # (a fact above held every word and named the sentence's own model)
    for fact, score, matched in ranked[:3]:
        unmatched = [t for t in coverage.hits if t not in matched]
        if unmatched and score < R_WORDLESS_NAME and same_event(fact):
            lent = [t for t in unmatched if t in name_terms or is_predicate(t)]
            if len(lent) == len(unmatched):
                score += (1 - score) * len(lent) / len(unmatched)
        # A sentence naming no event (studied at Yonsei) may still name another school.
        schooled = not events and any(kind.startswith("school") for kind, *_ in analysis.names)
        if score < R_WORDLESS_NAME or not (same_event(fact) or schooled):
            continue
        if actor_objection(store, analysis, fact, context) is not None:
            continue
        named = name_objection(analysis, fact, store)
        if named is not None and _another_model(named):
            if whole:
                continue  # (엑사원 4.0's own fact held it all: EXAONE Deep's is another's)
            return finding  # another model (NEXUS for EXAONE 3.0): its own, unknown here
        whole = whole or (
            named is None
            and not unmatched
            and _names_it(analysis, fact)
            # (of one model only: 엑사원 4.0 … 엑사원 딥과 함께 names two, each its own)
            and len({n for kind, n, _p in analysis.names if kind == "model"}) == 1
        )
        if named is not None and not any(
            _names_it(analysis, o) for o, _s, _m in ranked[:3] if o is not fact
        ):
            return _named_conflict(finding, fact, named)
    if events and not same_event(ranked[0][0]):
        # (facts tied at the top: the one telling of the sentence's event first, the post's
        # fact before an award's that names the post)
        top = ranked[0][1]
        tied = [r for r in ranked if r[1] >= top - _TIED]
        ranked = [
            *[r for r in tied if same_event(r[0])],
            *[r for r in tied if not same_event(r[0])],
            *ranked[len(tied) :],
        ]
    fact, score, matched = ranked[0]
    # A word of a kind the fact says otherwise, though the store never uses it (독일 for the
    # source's 프랑스, 일본어 for 영어): contradicted where the fact holds the rest.
    if score >= R_WORDLESS_ALL:
        from factcli.judge.meaning.kinds import sibling_objection

        kind_put = sibling_objection(analysis, fact)
        put = frozenset(analyze(kind_put.found)) if kind_put and kind_put.found else None
        if (
            put
            and kind_put is not None
            and kind_put.expected
            and all(t in matched or t in novel or t in put for t in coverage.hits)
        ):
            return _named_conflict(finding, fact, kind_put)
        if put and kind_put is not None and kind_put.expected:
            # (the fact it is most about says another of the kind, the first for the last,
            # though the sentence has words it lacks: held by no joining of facts either)
            return finding
    if _COMPARED.search(analysis.text) and not _COMPARED.search(
        " ".join([fact.statement, fact.statement_en or "", *(r.quote for r in fact.sources)])
    ):
        # (예금은 증권 보유액보다 많았다: a comparison of two figures the sentence does not
        # give; the fact's words hold the things compared, not which is more)
        return finding
    # The words naming whom the fact is about or whose act it is (배 장관 for 배경훈) are its
    # words; so are words it says otherwise (악용 for 악남용), weighed before the bar.
    matched |= _named_party(store, analysis, fact)
    risen = post_taken(analysis, fact) - matched
    if risen:
        # (the verb of rising to the post, the fact's taking of it: as a word it holds)
        unmatched = [t for t in coverage.hits if t not in matched]
        score += (1 - score) * len(risen & set(unmatched)) / max(len(unmatched), 1)
        matched |= risen
    score = max(score, _reworded(fact, score, matched, coverage, store))
    swapped = swap_objection(store, analysis, fact) if score >= R_WORDLESS_ALL else None
    if swapped is not None:  # 배 장관이 정현석 위원장에게 꽃다발을 건넸다: he received it
        return _wordless_misleading(finding, fact, analysis, swapped)
    # (a post told as held now that the store says ended is wrong, whatever else its words:
    # 배 장관은 현재 LG AI연구원장을 맡고 있다)
    ended = stale_post(store, analysis, [f for f, _s, _m in ranked[:6]]) or not_yet(store, analysis)
    if ended is not None:
        return _wordless_misleading(finding, fact, analysis, ended)
    # (a word the store never uses may still be a paraphrase of the fact's: 소개했다, 전달했다)
    said = _said_terms(store, fact)
    if score < R_WORDLESS_ALL or [
        t
        for t in novel
        if t not in _LOOSE
        and not _WHEN_WORD.match(t)
        and not _paraphrased(t, fact)
        and not _holds(said, t)  # (another form of the fact's verb: 모셔 for 모신)
        and not (_GIVING.match(t) and gift_told(fact))
        # (how sure it is, 확정 of a plan settled: weighed below against the fact's status,
        # not a thing said; only the word that makes the clause as sure as it is, not 확정 of
        # 예산안을 확정하는 시간 in a clause of a request)
        and not (clause.marker and certainty_of_word(t) == clause.marker)
    ]:
        joined = _two_facts(store, analysis, ranked, finding, novel, coverage, context)
        return _compared(store, analysis, joined) if joined is not None else finding
    left = [
        t
        for t in _unheld_words(store, analysis, fact, matched, coverage)
        if not (_GIVING.match(t) and gift_told(fact))
    ]
    if left:
        # a word the fact does not hold: a detail it does not vouch for, unless another
        # fact holds it (a sentence joining two facts)
        joined = _two_facts(store, analysis, ranked, finding, novel, coverage, context)
        return _compared(store, analysis, joined) if joined is not None else finding
    # Words the fact says otherwise (열 for 주최할, 계획 for its status) count as its words.
    score = _reworded(fact, score, matched, coverage, store, fillers=True)
    if score < R_WORDLESS and (clause.events or clause.marker):
        return finding  # an event or a plan needs more of the fact than a description
    if not same_event(fact) and (events or score < R_WORDLESS):
        # Another event than the fact's; or a description (삼성탈레스는 현재의 한화시스템이다)
        # of a fact that tells of an event, held only when the fact holds all its words.
        return finding
    statement = (fact.statement if korean else fact.statement_en) or fact.statement
    if name_objection(analysis, fact, store) or clause.negated != bool(negated_statement(fact)):
        return finding
    if _lent_denied(analysis.text, fact, frozenset(coverage.hits)):
        return finding  # (알 수 있는 시점이었다, where its quote says 알기에는 불가한 시점이었다)
    from factcli.judge.meaning.names import sizes_unheld

    if sizes_unheld(
        analysis.text, [fact.statement, fact.statement_en or "", *(r.quote for r in fact.sources)]
    ):
        return finding  # (EXAONE Deep-2.4B on Epoch AI's list, where the source lists the 32B)
    objection = (
        actor_objection(store, analysis, fact, context)
        # (his words, where the source gives them as another's about him)
        or speaker_objection(store, analysis, fact)
        # (a description the source gives another person: 네이버 출신, of 하정우)
        or descriptor_objection(store, analysis, fact)
        # (a body founded, or a person appointed, said to be his act)
        or voice_objection(store, analysis, fact)
        # (a product made by another than its maker: Meta released EXAONE 3.0)
        or maker_objection(analysis, store)
        # (where he came from, that no fact of him names: 카카오 출신 배경훈)
        or background_objection(store, analysis)
        # (a post he left, said to be held now)
        or stale_objection(analysis, fact)
        # (a post the source tells of as proposed, said to be held: 장관이 됐다, for 지명됐다)
        or nominee_objection(analysis, [fact])
        # (in a post's capacity, on a day before he took it: 장관 자격으로, as minister)
        or capacity_objection(store, analysis)
        or stale_post(store, analysis, [f for f, _s, _m in ranked[:6]])
        or without_objection(analysis, fact)
        # (X alone, where the source lists X among others: 한국어만, a single 32B model)
        or only_objection(analysis, fact)
        or sole_objection(analysis, [fact, *(f for f, _s, _m in ranked[1:3])])
        or owner_objection(analysis, fact)
        or ordinal_objection(analysis, fact)
        or first_kind_objection(analysis, fact)
        or opposite_objection(analysis, fact)
        # (a word of a kind for the source's other one: the last for the first)
        or sibling_objection(analysis, fact)
        # (a thing given to another owner: 엑사원은 메타의 AI 모델이다)
        or owner_objection_named(analysis)
        # (a company's name now, for its name then, or another name for it now)
        or later_name_objection(analysis, [fact, *(f for f, _s, _m in ranked[1:6])])
        # (a title he never held: 배경훈 부총리)
        or title_never_held(store, analysis)
        # (who answered whose questions, the other way round)
        or answer_roles_objection(store, analysis, fact)
        # (a party's own account, or an allegation, told as plain fact)
        or account_objection(analysis, fact, [f for f, _s, _m in ranked[:6]])
        # (already done, or said to be done, where the source tells of a plan or a wish; not
        # already said to be wished or planned, 이미 … 키우고 싶다고 말했다)
        or (already_objection(analysis, fact) if not clause.marker else None)
        or reported_done_objection(analysis, fact)
        # (enough, where a fact the sentence speaks of says too little)
        or lack_objection(analysis, fact, [f for f, _s, _m in ranked[1:3]])
        # (steps the source lists in one order, put in another: LMM-LLM-LAM)
        or listed_order_objection(analysis, fact)
        # (his own act to come, given to another office: the Prime Minister will host)
        or reported_holder_objection(store, analysis, fact)
    )
    certainty = clause_certainty(fact, clause.text, clause.marker or "done")
    if "say" in clause.events and getattr(fact, "status", None) in ("denied", "alleged"):
        # (파트타임이었다고 해명했다: his account, told as his; the words inside it, 회사에서
        # 요구한 것은, are not a plan the sentence says was carried out)
        certainty = "done"
    if (
        certainty in _NOT_DONE
        and clause.certainty == "done"
        and not clause.marker
        and isinstance(fact.value, str)
        and fact.stated
        and not _shares_words(analysis.text, _what_was_planned(fact, korean))
        # (not the planned act itself told done, in any language: elevated, 격상됐다)
        and not (clause.events - {"say"}) & ahead_events(fact)
        # (nor a verb of the plan's own chain: 모델을 만든 후 이를 오픈소스화해 … 기여하겠다고)
        and not _in_planned_chain(fact.statement or "", clause.text)
    ):
        # (what was planned is the fact's value; a sentence of what was done at the saying,
        # 처음부터 끝까지 AI를 강조했다, says nothing of the plan: 생태계를 만들겠다)
        certainty = "done"
    if objection is None and certainty in _NOT_DONE and clause.certainty == "done":
        objection = Objection(
            "tense" if certainty in ("planned", "future") else "certainty",
            f"the source says this is {certainty}, not done",
        )
    marker = clause.marker
    if marker == "decided" and "approve" in events & _fact_events(fact):
        marker = None  # "had approved his studies": the act the fact tells of, not a decision
    if (
        objection is None
        and marker == "decided"
        and certainty in ("planned", "considering", "expected", "proposed")
        and same_event(fact)
        # (not where the source's own words tell of a decision: 투자하기로 한)
        and not any(
            c.marker == "decided" for r in fact.sources for c in analyze_sentence(r.quote).clauses
        )
    ):
        # (계획을 확정했다, finalized plans, where the source tells of a plan being drawn up
        # or weighed: surer than the source)
        objection = Objection("certainty", f"the source says this is {certainty}, not decided")
    if (
        objection is None
        and marker
        and _sure_as(marker) != _sure_as(certainty)
        # (said the model would be open-sourced: a plan, reported)
        and not (
            marker == "conditional"
            and _sure_as(certainty) == "planned"
            and reported_would(clause.text)
        )
    ):
        return finding  # "plans to", "is considering": another certainty than the fact's
    if objection is None and not same_event(fact) and events:
        return finding  # no event named that the fact's verbs tell of: not enough to support
    if objection is None:
        # (the thing of another fact said in this one's words: LLM 성과는 내년에)
        from factcli.judge.details import thing_named_elsewhere

        swapped_thing = thing_named_elsewhere(
            store, analysis, fact, [f for f, _s, _m in ranked[1:4]]
        )
        if swapped_thing is not None:
            objection = Objection("detail", swapped_thing)
    if (
        objection is not None
        # (not a thing named by the other: the first holds the sentence's thing otherwise)
        and objection.reason != "detail"
        and not retried
        and len(ranked) > 1
        and ranked[1][1] >= ranked[0][1] - _TIED
        and ranked[1][2] >= ranked[0][2]
    ):
        # (two facts hold the sentence's words about equally, and the first objects: the
        # second may be the one it tells of, the past shortfall beside the request for time)
        other = _judge_wordless(
            store,
            analysis,
            [ranked[1], ranked[0], *ranked[2:]],
            replace(finding),
            novel,
            coverage,
            context,
            retried=True,
        )
        if other.verdict is Verdict.supported:
            return other
    if objection is not None:
        return _wordless_misleading(finding, fact, analysis, objection)
    unheld = _unheld_superlatives(analysis, [t for t in (fact.statement, fact.statement_en) if t])
    if unheld:
        # the only nominee, where the fact says the first: not what the fact vouches for
        finding.explanation = f"the store never says '{unheld[0]}'"
        return finding
    finding.verdict = Verdict.supported
    finding.evidence = [_fact_evidence(fact, "agree", analysis.text, statement)]
    return finding


# How much less relevant a second fact may be and still be read first, when the first's
# words name a thing the second holds.
_TIED = 0.05


# Which of two things a comparison says is more: "more X than Y", "X보다 Y가 많다".
_MORE_THAN_EN = rx.compile(
    r"(?i:\b(?P<word>more|larger|bigger|greater|higher|less|fewer|smaller|lower)\b"
    r"(?P<first>.*?)\bthan\b(?P<second>.*))"
)
_MORE_THAN_KO = rx.compile(r"(?P<second>[^,]*?)보다\s*(?P<first>.*?)(?P<word>많|적|크|작|높|낮)")


def _compared(store: Store, analysis: Analysis, joined: Finding) -> Finding:
    """A sentence joining two facts by a comparison (held more Microsoft than Meta stock):
    supported only when the facts' own figures are that way round; misleading (direction)
    the other way; unverified when the facts give no figures to compare."""
    if joined.verdict is not Verdict.supported:
        return joined
    m = (_MORE_THAN_KO if analysis.korean else _MORE_THAN_EN).search(analysis.text)
    if m is None and not _COMPARED.search(analysis.text):
        return joined
    facts = [f for f in map(store.get, dict.fromkeys(e.fact_id for e in joined.evidence)) if f]
    numbers = [
        f for f in facts if isinstance(f.value, int | float) and not isinstance(f.value, bool)
    ]
    unsure = Finding(joined.text, Verdict.unverified, facts=joined.facts)
    if m is None or len(numbers) != 2 or numbers[0].unit != numbers[1].unit:
        return unsure
    # (which fact each side of the comparison names: the one that holds more of its words)
    a, b = numbers
    said = {f.id: _said_terms(store, f) for f in numbers}

    def held(side: str, fact: Fact) -> int:
        return sum(_holds(said[fact.id], t) for t in analyze(m.group(side)))

    if held("first", a) > held("first", b) and held("second", b) > held("second", a):
        first, second = a, b
    elif held("first", b) > held("first", a) and held("second", a) > held("second", b):
        first, second = b, a
    else:
        return unsure
    more = float(first.value) > float(second.value)  # type: ignore[arg-type]
    if (m.group("word").lower() in _LESS) == more:
        return Finding(
            analysis.text,
            Verdict.misleading,
            evidence=[replace(e, relation="misleading") for e in joined.evidence],
            facts=joined.facts,
            reason="direction",
            explanation="the source's figures are the other way round",
        )
    return joined


def _wordless_misleading(
    finding: Finding, fact: Fact, analysis: Analysis, objection: Objection
) -> Finding:
    statement = (fact.statement if analysis.korean else fact.statement_en) or fact.statement
    finding.verdict = Verdict.misleading
    finding.reason = objection.reason
    finding.explanation = objection.explanation
    finding.evidence = [_fact_evidence(fact, "misleading", analysis.text, statement)]
    return finding


def _named_party(store: Store, analysis: Analysis, fact: Fact) -> frozenset[str]:
    """The words of the sentence's subject phrase when it names whom the fact is about or
    whose act it is (배 장관, Minister Bae: 배경훈); none otherwise."""
    from factcli.judge.meaning.subjects import resolve

    phrase = analysis.actor
    if not phrase or resolve(store, phrase) not in (fact.subject, getattr(fact, "actor", None)):
        return frozenset()
    return frozenset(analyze(phrase))


def _reworded(
    fact: Fact,
    score: float,
    matched: frozenset[str],
    coverage: Coverage,
    store: Store | None = None,
    *,
    fillers: bool = False,
) -> float:
    """A fact's relevance with the sentence's words it says otherwise (paraphrases, and words
    of certainty, weighed apart) counted as matched, in proportion to the words unmatched.
    With the store: also words the fact holds in another form (받은: 받았다; 청문회:
    인사청문회) and the endings a quotation leaves (것이라고). With `fillers`, words that say
    nothing (직접, 이뤄지면) are neither: a sentence without figures is judged by its words,
    and a filler is none of them (a sentence with figures ranks its facts as it always did);
    a sentence that lacks only 이미 (already) of the fact's words is held whole, its tense
    weighed after."""
    unmatched = [t for t in coverage.hits if t not in matched and not (fillers and t in _FILLERS)]
    if not unmatched:
        return score
    if fillers and all(t in _ALREADY for t in unmatched):
        # (none but 이미, already: as if the fact said it; whether it is done already is
        # weighed after, against the fact's status)
        return 1.0
    said = _said_terms(store, fact) if store is not None else frozenset()
    reworded = [
        t
        for t in unmatched
        if _paraphrased(t, fact)
        or is_certainty_word(t)
        or (store is not None and (_QUOTED_ENDING.fullmatch(t) or _holds(said, t)))
    ]
    if not reworded or len(unmatched) - len(reworded) > 1:
        return score  # (words left that no fact of its says: the sentence says more)
    return score + (1 - score) * len(reworded) / len(unmatched)


def _names_it(analysis: Analysis, fact: Fact) -> bool:
    """The fact names each name and post the sentence names (컬럼비아서던대 경영대학원 MBA;
    LG유플러스 AI플랫폼담당 상무): another fact naming another (Stanford, of another
    programme; AI기술본부장, his post there before) does not contradict it."""
    from factcli.judge.meaning.names import _titles
    from factcli.judge.meaning.subjects import _said_texts
    from factcli.text.analysis import names_of

    wanted = {(k, n) for k, n, _p in analysis.names}
    posts = _titles(analysis.text, analysis.korean, analysis.actor_span)
    if not wanted and not posts:
        return False
    texts = [t for t in _said_texts(fact) if t]
    theirs = {(k, n) for t in texts for k, n, _p in names_of(t, loose=True)}
    held = set().union(*(_titles(t, analysis.korean) for t in texts)) if posts else set()
    return wanted <= theirs and posts <= held


# An English statement's words of a plan or of saying, before what is to be done (laid out a
# plan to build …; is drawing up plans to develop …; would build …; said that …).
_PLANNED_EN = rx.compile(
    r"(?i:\b(?:plans?|pledged|vowed|promised|intends?|aims?|hopes?|wants?|wanted)\s+to\b|"
    r"\b(?:would|will)\b)"
)


_DONE_STEM_KO = rx.compile(r"(?<![가-힣])([가-힣]{2,12})(?:했다|했고|했으며|됐다|했음)")
# The first finite end after a verb of the statement: planned (기여하겠다고, 할 계획, 하기로)
# or done (내놨다, 강조했다); a plan named as a noun's (만들겠다는 구상) is no end.
_CHAIN_END = rx.compile(
    r"(?P<planned>겠다(?!는)|할\s*계획|하기로|할\s*방침|겠습니다)|(?P<done>[했됐놨혔]다|[였었았]다)"
)


def _in_planned_chain(statement: str, text: str) -> bool:
    """Whether the sentence's verb done (오픈소스화했다) is, in the statement, a verb of a chain
    that ends planned (만든 후 이를 오픈소스화해 … 기여하겠다고 말했다), not done (강조하며 …
    구상을 내놨다)."""
    verb = _DONE_STEM_KO.search(text)
    if verb is None or not statement:
        return False
    at = statement.find(verb.group(1))
    if at < 0:
        return False
    end = _CHAIN_END.search(statement, at + len(verb.group(1)))
    return end is not None and end.group("planned") is not None


def _what_was_planned(fact: Fact, korean: bool) -> str:
    """What a planned fact says is to be done, in the sentence's language: its value, or in
    English the statement after its words of a plan or of saying (the value is Korean only),
    not what was done at the saying (stressed AI from start to finish)."""
    from factcli.judge.meaning.certainty import SAYING_EN

    if korean or not fact.statement_en:
        return str(fact.value)
    text = fact.statement_en
    said = _PLANNED_EN.search(text) or SAYING_EN.search(text)
    return text[said.end() :] if said else text
