"""Objections to a reading whose values agree: the meaning package's tests in order, models, siblings."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from factcli.judge.reading import _evidence, _named_conflict, _read, _Reading, _subject_of
from factcli.judge.relevance import R_SUPPORT, relevance
from factcli.store.index import store_index
from factcli.store.model import Evidence, Fact, Finding, Store, Verdict
from factcli.text import patterns as rx
from factcli.text.analysis import Analysis, Value, names_of
from factcli.text.records import replace

TYPE_CHECKING = False  # not `typing` (~3 ms of start-up); type checkers know this name
if TYPE_CHECKING:
    from factcli.judge.meaning.subjects import Objection


def _own_model_conflict(
    analysis: Analysis, related: list[Fact], values: list[Value], offset: int
) -> Evidence | None:
    """A value the sentence gives its model that a fact about that model gives otherwise."""
    from factcli.text.analysis import names_of

    mine = {n for kind, n, _p in analysis.names if kind == "model"}
    for fact in related:
        theirs = {n for k, n, _p in names_of(fact.statement or "") if k == "model"}
        if not theirs or not theirs <= mine:
            continue
        reading = _read(fact, values, 1.0)
        for i, relation in enumerate(reading.relations):
            if relation == "conflict" and reading.slots[i] is not None:
                found = _evidence(reading, values, i, analysis.korean)
                return replace(found, start=found.start + offset, end=found.end + offset)
    return None


_ANOTHER_MODEL = "the store gives this of "
_ONLY = rx.compile(r"유일|(?i:\bonly\b|\bsole\b)")


def _another_model(named: Objection) -> bool:
    """A name conflict between two models (EXAONE 3.0 for 3.5): each is a thing of its own,
    and one's figures say nothing of the other's."""
    from factcli.text.analysis import names_of

    return any(kind == "model" for kind, _n, _p in names_of(named.expected))


# Kinds of names a person has few of, each told by its own fact: an award, a school.
_SIBLING_KINDS = frozenset(["award", "school", "school-en", "high", "high-en"])


def _sibling_name(
    store: Store, analysis: Analysis, supporters: list[Fact]
) -> tuple[Fact, Objection] | None:
    """A name of a kind no supporting fact names (동탑산업훈장, beside the 15 partnerships the
    ministry praised), which a fact about the same subject names otherwise (his award was
    은탑): that fact contradicts it. The fact is found by the name's own words."""
    from factcli.judge.meaning.names import _display_name, name_objection
    from factcli.judge.meaning.subjects import _said_texts

    wanted = [(kind, n) for kind, n, _p in analysis.names if kind in _SIBLING_KINDS]
    if not wanted:
        return None
    named = {
        kind
        for fact in supporters
        for text in _said_texts(fact)
        for kind, _n, _p in names_of(text or "", loose=True)
    }
    subjects = {fact.subject for fact in supporters}
    for kind, name in wanted:
        if kind in named:
            continue  # the supporting facts name one: name_objection weighed it
        # (by its Korean name: the words the store's facts and quotes use)
        # (then by the kind's own words: Seoul National University, which no fact names,
        # against the university the store gives)
        known = False  # a fact of the subject names it (Kwangwoon): no other one objects
        for query in (_display_name(kind, name, True), _KIND_WORDS.get(kind, "")):
            if not query or known:
                continue
            for fact, score, _terms in relevance(store, query, [])[:6]:
                if score < R_SUPPORT or fact.subject not in subjects or fact in supporters:
                    continue
                objection = name_objection(analysis, fact, store)
                if objection is not None and objection.reason == "name":
                    return fact, objection
                known = known or (
                    objection is None
                    and any(
                        k == kind
                        for text in _said_texts(fact)
                        for k, _n, _p in names_of(text or "", loose=True)
                    )
                )
    return None


_KIND_WORDS = {
    "school": "대학교 졸업",
    "school-en": "대학교 졸업",
    "high": "고등학교 졸업",
    "high-en": "고등학교 졸업",
}


_ALL_OF = rx.compile(r"전반|모든|(?i:\ball of its\b|\bacross the group\b|\bthroughout\b)")


def _first(facts: list[Fact], objection_of: Callable[[Fact], Objection | None]) -> Objection | None:
    """The first objection one of the facts raises, in their order."""
    return next((o for f in facts if (o := objection_of(f)) is not None), None)


def _weigh_meaning(
    store: Store,
    analysis: Analysis,
    finding: Finding,
    chosen: list[tuple[int, _Reading]],
    values: list[Value],
    offset: int,
    context: str | None,
    related: list[Fact] | None = None,
    *,
    actor: bool = True,
) -> Finding:
    """Turn a supported finding into misleading (or contradicted, by a name) where it must.

    `related`: other facts the sentence speaks of, most relevant first.
    """
    from factcli.judge.details import reported_holder_objection
    from factcli.judge.meaning.actors import (
        actor_objection,
        background_objection,
        descriptor_objection,
        doer_objection,
        holder_objection,
        joint_share_objection,
        reference_objection,
        speaker_objection,
        unattributed,
        words_owner_objection,
    )
    from factcli.judge.meaning.bounds import (
        bound_objection,
        comparison_objection,
        each_year_objection,
        exactness_objection,
        exclusion_objection,
        limit_objection,
        only_objection,
        range_objection,
        regardless_objection,
        sole_objection,
        without_objection,
    )
    from factcli.judge.meaning.certainty import (
        PENDING,
        account_objection,
        already_objection,
        certainty_objection,
        completion_objection,
        intention_objection,
        pending_objection,
        question_objection,
        reported_done_objection,
    )
    from factcli.judge.meaning.compared import compared_thing_objection
    from factcli.judge.meaning.directions import (
        ongoing_objection,
        opposite_objection,
        polarity_objection,
        related_direction_objection,
    )
    from factcli.judge.meaning.figures import (
        as_of_objection,
        binding_objection,
        counted_objection,
        demand_objection,
        each_objection,
        family_count_objection,
        holder_swap_objection,
        part_objection,
        qualified_part_objection,
        respectively_objection,
        total_objection,
        whole_objection,
    )
    from factcli.judge.meaning.gifts import deal_objection, swap_objection, transfer_objection
    from factcli.judge.meaning.kinds import (
        current_objection,
        destination_objection,
        extreme_objection,
        first_kind_objection,
        frame_held,
        frame_objection,
        kin_objection,
        listed_order_objection,
        made_thing_objection,
        maker_objection,
        order_objection,
        ordinal_objection,
        owner_objection,
        owner_objection_named,
        said_day_objection,
        same_day_sibling,
        sibling_objection,
        span_objection,
        specialty_objection,
    )
    from factcli.judge.meaning.names import (
        crossed_name_objection,
        crossed_words_objection,
        held_objection,
        name_objection,
        promotion_objection,
        title_never_held,
    )
    from factcli.judge.meaning.periods import period_objection
    from factcli.judge.meaning.roles import answer_roles_objection, reversed_roles
    from factcli.judge.meaning.span_ends import span_ends_objection
    from factcli.judge.meaning.subjects import fact_words
    from factcli.judge.meaning.tenure import rank_end_objection, stale_objection, stale_post
    from factcli.judge.meaning.voice import voice_objection

    facts = list(dict.fromkeys(rd.fact.id for _i, rd in chosen))
    by_id = {rd.fact.id: rd for _i, rd in chosen}
    objection = None
    supporters = [by_id[fid].fact for fid in facts]
    for fid in facts:
        fact = by_id[fid].fact
        named = name_objection(analysis, fact, store)
        several = (
            len({i for i, rd in chosen if rd.fact is fact}) >= 2
            and named is not None
            and not _another_model(named)
        )
        if named is not None and not any(
            (other is not fact or several)
            and named.found
            and named.found in fact_words(store, other)
            for other in supporters
        ):
            # (nor one the fact's own words give beside another of its figures: 예금과 채무는
            # 각각 1억7124만 원, 7억4500만 원, where the sentence gives both)
            # (a name another supporting fact holds is that fact's: EXAONE 3.0 to 3.5 took
            # four months, beside the reasoning model's 42 days)
            if _another_model(named) and not _ONLY.search(analysis.text):
                # (but "the only Korean model" names the one: another is wrong)
                # 7.8B is a size of EXAONE 3.5's: what the store says of 3.5 says nothing
                # of 3.0's size, which it does not give. What it says of the sentence's own
                # model may (its release date).
                own = _own_model_conflict(analysis, related or [], values, offset)
                if own is not None:
                    finding.verdict = Verdict.contradicted
                    finding.evidence = [own]
                    return finding
                return Finding(
                    text=finding.text,
                    verdict=Verdict.unverified,
                    facts=finding.facts,
                    explanation=f"{_ANOTHER_MODEL}{named.expected}",
                )
            return _named_conflict(finding, fact, named, offset)
    crossed = crossed_name_objection(
        analysis, [(values[i].start + offset, rd.fact) for i, rd in chosen]
    )
    if crossed is not None:
        return _named_conflict(finding, crossed[0], crossed[1], offset)
    swapped_words = crossed_words_objection(
        analysis,
        # (not a rank both may share, 1위: the figures that tell one fact from the other)
        [(values[i].start + offset, rd.fact) for i, rd in chosen if values[i].family != "rank"],
    )
    sibling = _sibling_name(store, analysis, supporters)
    if sibling is not None:
        return _named_conflict(finding, sibling[0], sibling[1], offset)
    # The facts next to a supporter: one may tie the noun the sentence makes a figure the
    # predicate of to another figure (연금 936만 원 beside 소득금액 107만 원; 증여세 776만 원
    # beside the gift of 1억 원).
    kin = [f for f in (related or [])[:6] if f.id not in by_id]
    holder = _subject_of(store, analysis, context)
    owners = [*supporters, *(related or [])[:6]]
    for i, rd in chosen:
        value = replace(values[i], start=values[i].start + offset, end=values[i].end + offset)
        objection = (
            # (values told the other way round between two facts: the whole sentence's)
            swapped_words
            or range_objection(values[i], rd.slots[i])
            or exactness_objection(analysis, value, rd.slots[i], rd.fact)
            or each_year_objection(analysis, rd.fact)
            or said_day_objection(analysis, value, rd.fact, rd.slots[i])
            or current_objection(analysis, value, rd.fact)
            or opposite_objection(analysis, rd.fact)
            or deal_objection(analysis, rd.fact)
            or without_objection(analysis, rd.fact)
            or owner_objection(analysis, rd.fact)
            or holder_swap_objection(analysis, value, rd.fact, _person_names(store))
            or ordinal_objection(analysis, rd.fact, kin[:3])
            or first_kind_objection(analysis, rd.fact)
            or kin_objection(analysis, rd.fact)
            or respectively_objection(analysis, rd.fact)
            or sibling_objection(analysis, rd.fact)
            or same_day_sibling(analysis, rd.fact, related or [])
            or owner_objection_named(analysis)
            or specialty_objection(analysis, rd.fact)
            or frame_objection(analysis, rd.fact)
            or extreme_objection(analysis, value, rd.fact, kin[:8], store)
            or span_objection(analysis, rd.fact)
            or span_ends_objection(analysis, rd.fact)
            or speaker_objection(store, analysis, rd.fact)
            or words_owner_objection(store, analysis, rd.fact)
            or descriptor_objection(store, analysis, rd.fact)
            or doer_objection(store, analysis, rd.fact)
            or voice_objection(store, analysis, rd.fact)
            or background_objection(store, analysis)
            or comparison_objection(analysis)
            # (one figure said to be more than a thing named without one: 대출액보다 많다)
            or compared_thing_objection(store, analysis, values[i], rd.fact)
            or listed_order_objection(analysis, rd.fact)
            or bound_objection(analysis, value, rd.fact)
            or regardless_objection(analysis, rd.fact)
            or reference_objection(store, analysis, value, rd.fact, rd.slots[i])
            or holder_objection(store, analysis, rd.fact)
            or swap_objection(store, analysis, rd.fact)
            or reversed_roles(store, analysis, rd.fact)
            or answer_roles_objection(store, analysis, rd.fact)
            # (already done, where the source has a goal or a condition: the tense first)
            or already_objection(analysis, rd.fact)
            or reported_done_objection(analysis, rd.fact)
            or certainty_objection(analysis, value, rd.fact, rd.slots[i], owners)
            or account_objection(analysis, rd.fact, (related or [])[:6])
            or pending_objection(analysis, rd.fact)
            or completion_objection(analysis, rd.fact)
            or question_objection(analysis, rd.fact)
            or reported_holder_objection(store, analysis, rd.fact)
            or stale_objection(analysis, rd.fact)
            or rank_end_objection(store, analysis, value, rd.fact)
            or polarity_objection(analysis, value, rd.fact)
            or ongoing_objection(analysis, value, rd.fact)
            or binding_objection(analysis, value, rd.fact, supporters, kin, holder)
            or demand_objection(analysis, value, rd.fact)
            or each_objection(analysis, value, rd.fact)
            or only_objection(analysis, rd.fact)
            or sole_objection(analysis, [rd.fact, *kin[:3]])
            # (a product of one maker said to be made by another: Meta released EXAONE 3.0)
            or maker_objection(analysis, store)
            or made_thing_objection(analysis, rd.fact)
            # (the day of a post at one body, said of a move to another: LG로 옮겼다)
            or destination_objection(store, analysis, values[i], rd.fact)
            or limit_objection(analysis, values[i], [rd.fact, *kin[:4]])
            or counted_objection(analysis, value, rd.fact)
            or family_count_objection(analysis, value, rd.fact)
            or part_objection(analysis, value, rd.fact)
            or qualified_part_objection(analysis, value, rd.fact)
            or total_objection(analysis, value, rd.fact)
            or whole_objection(analysis, value, rd.fact, [*supporters, *(related or [])[:8]])
            or as_of_objection(analysis, value, rd.fact)
            or period_objection(analysis, value, rd.slots[i], rd.fact)
            or promotion_objection(analysis, rd.fact)
            # (one stake given both stakes' value: 본인 지분의 가액은 41억5천만 원; after the
            # older checks, which name a part said as the total first)
            or joint_share_objection(analysis, rd.fact)
        )
        if objection:
            break
    if objection is None:
        for fid in facts:
            objection = transfer_objection(analysis, by_id[fid].fact)
            if objection:
                break
    if objection is None and related:
        # Facts about the same model as the sentence's tell of it too: the first in Korea,
        # its largest size (국내 두 번째 for the first; the smallest of 2.4B, 7.8B and 32B).
        kin_facts = {f.id: f for f in [*related[:6], *_model_kin(store, analysis)]}
        for fact in _same_model_facts(analysis, list(kin_facts.values()), by_id):
            objection = (
                sibling_objection(analysis, fact) or specialty_objection(analysis, fact)
            ) or next(
                (
                    o
                    for i, _rd in chosen
                    if (o := extreme_objection(analysis, values[i], fact)) is not None
                ),
                None,
            )
            if objection:
                break
    if objection is None and related and _ALL_OF.search(analysis.text):
        # The next most relevant facts tell of the same thing too: one may name the other
        # word of a kind (LG AI연구원 alone, where the sentence says across the group).
        # (only for the only one or all of them: other kinds a neighbour names are its own)
        for fact in [f for f in related if f.id not in by_id][:2]:
            objection = sibling_objection(analysis, fact)
            if objection:
                break
    if objection is None and related:
        for i, _rd in chosen:
            value = replace(values[i], start=values[i].start + offset)
            objection = intention_objection(analysis, value, supporters, related)
            if objection:
                break
    if objection is None and related:
        from factcli.judge.meaning.directions import opposite_kind_objection, prefix_objection

        objection = (
            # (who acted on whom, told by a fact of the same act the sentence speaks of)
            _first(related[:3], lambda f: reversed_roles(store, analysis, f))
            or _first(related[:4], lambda f: answer_roles_objection(store, analysis, f))
            or related_direction_objection(analysis, supporters, related[:3])
            # (a word the next facts only ever say with a negating prefix: light-water SMRs,
            # beside the plan for non-light-water ones, where the supporters tell of timing)
            or _first(
                [f for f in related[:4] if f.id not in by_id],
                lambda f: prefix_objection(analysis, f, compound_only=True),
            )
            # (the whole said of what another fact of the thing says is held in shares: the
            # apartment's value beside the fact of the spouse's share)
            or _first(
                [f for f in related[:3] if f.id not in by_id],
                lambda f: opposite_kind_objection(analysis, f, shares_only=True),
            )
            # (what a remark says a thing's core is, told by another fact the sentence speaks
            # of: 핵심은 규제, beside the deferral of fines the figure agrees with)
            or (
                None
                if any(frame_held(analysis, f) for f in supporters)
                else _first(related[:4], lambda f: frame_objection(analysis, f))
            )
            # (a post he left, named by a fact beside the one that agrees, said held now)
            or stale_post(store, analysis, related[:6])
        )
    if objection is None:
        objection = order_objection(analysis, [*supporters, *(related or [])[:4]])
    if objection is None and _may_order(analysis.text):
        from factcli.judge.sequence import sequence_objection

        objection = sequence_objection(store, analysis, store_index(store))
    if objection is None:
        from factcli.judge.remarks import remark_objection

        dated = [
            (
                replace(values[i], start=values[i].start + offset, end=values[i].end + offset),
                rd.fact,
            )
            for i, rd in chosen
            if values[i].family == "date"
        ]
        from factcli.judge.meaning.subjects import resolve

        objection = remark_objection(
            store,
            analysis,
            supporters,
            dated,
            store_index(store),
            resolve(store, analysis.actor) if analysis.actor else None,
        )
    if objection is None and related:
        # An act another fact the sentence speaks of tells as still to come, said as done
        # (the ministry "had already been upgraded", beside the briefing it was said at).
        for fact in related[:4]:
            if fact.id not in by_id and (fact.status in PENDING or fact.bound):
                objection = pending_objection(analysis, fact, beside=True)
                if objection:
                    break
    if objection is None:
        objection = exclusion_objection(analysis, [*supporters, *(related or [])[:3]])
    if objection is None:
        from factcli.judge.meaning.directions import lack_objection

        objection = lack_objection(analysis, supporters[0], [*supporters[1:], *(related or [])[:3]])
    if objection is None:
        from factcli.judge.meaning.posts import headship_objection
        from factcli.judge.meaning.tenure import capacity_objection, ended_title_objection

        objection = (
            headship_objection(store, analysis, supporters)
            or ended_title_objection(store, analysis)
            # (as minister, on a day before he took the post)
            or capacity_objection(store, analysis)
        )
    if objection is None:
        objection = held_objection(store, analysis) or title_never_held(store, analysis)
    speakers = [unattributed(store, analysis, f) for f in supporters] if actor else []
    if speakers and all(speakers):
        # X said Y, where the store knows Y but not who said it: not shown true, nor wrong
        speaker = speakers[0]
        return Finding(
            text=finding.text,
            verdict=Verdict.unverified,
            facts=finding.facts,
            explanation=f"the store does not say that {speaker} said this",
        )
    if objection is None and actor:
        from factcli.judge.acts import _fact_events

        first_value: dict[str, int] = {}
        for i, rd in chosen:
            # (the first of its values in a clause of its own act: not the day of a launch
            # the clause before tells, 출범했고, for the investment decided that day)
            acts = analysis.clause_at(values[i].start + offset).events - {"say"}
            theirs = _fact_events(rd.fact) - {"say"}
            if len(analysis.clauses) > 1 and acts and theirs and not acts & theirs:
                continue
            first_value.setdefault(rd.fact.id, values[i].start + offset)
        for i, rd in chosen:
            # (a date set before the clauses, shared by them, says less of whose act it is
            # than the fact's own figure: On August 7, 2024, LG AI Research released EXAONE
            # 3.0, and it took first place in 13 benchmarks: the ranking is the model's)
            at = first_value.get(rd.fact.id)
            if (
                at is not None
                and values[i].family != "date"
                and any(v.start + offset == at and v.family == "date" for v in values)
                and analysis.clause_at(values[i].start + offset).start
                != analysis.clause_at(at).start
            ):
                first_value[rd.fact.id] = values[i].start + offset
        for i, rd in chosen:  # (else its first value, whatever the clause)
            first_value.setdefault(rd.fact.id, values[i].start + offset)
        for fid in facts:
            objection = actor_objection(
                store, analysis, by_id[fid].fact, context, first_value.get(fid)
            )
            if objection:
                break
    if objection is not None and objection.reason == "value":
        source = store.get(objection.fact) or chosen[0][1].fact
        return _named_conflict(finding, source, objection, offset)
    if objection is not None and objection.reason == "unheld":
        # (the sentence says more than the source does: not shown true, nor wrong)
        finding.verdict = Verdict.unverified
        finding.explanation = objection.explanation
        finding.evidence = []
        return finding
    if objection is not None:
        finding.verdict = Verdict.misleading
        finding.reason = objection.reason
        finding.explanation = objection.explanation
        finding.evidence = [replace(e, relation="misleading") for e in finding.evidence]
        if objection.reason == "actor" and objection.end > objection.start and finding.evidence:
            # Who is wrong, not the value: the finding points at the actor the sentence names.
            first = finding.evidence[0]
            finding.evidence.insert(
                0,
                replace(
                    first,
                    found=objection.found,
                    expected=objection.expected,
                    start=objection.start - offset,
                    end=objection.end - offset,
                ),
            )
    return finding


# The words every order of two events judge.sequence reads holds one of (뒤, 이후, 전,
# 보다 먼저, after, before, then, followed, preceded): a sentence with none is not read there
# (nor the module and the search it needs imported).
_ORDER_WORDS_KO = ("뒤", "후", "다음", "이어", "전", "먼저", "앞서", "앞선")
_ORDER_WORDS_EN = ("after", "before", "then", "follow", "preced", "first", "having")


def _may_order(text: str) -> bool:
    lowered = text.lower()
    return any(w in text for w in _ORDER_WORDS_KO) or any(w in lowered for w in _ORDER_WORDS_EN)


MODEL_KIN_MAX = 24  # facts read for what the store says of a model the sentence names


def _model_kin(store: Store, analysis: Analysis) -> list[Fact]:
    """Facts whose words hold the version of a model the sentence names (EXAONE 2.0: its
    languages, its multimodal input), however little of the sentence's other words they hold."""
    index = store_index(store)
    positions: list[int] = []
    for kind, name, _pos in analysis.names:
        if kind == "model" and re.fullmatch(r"[\d.]+", name) and index.has(name):
            positions += list(index.postings_of(name))[:MODEL_KIN_MAX]
    read = getattr(store.facts, "at", None)
    wanted = list(dict.fromkeys(positions))[:MODEL_KIN_MAX]
    return list(read(wanted)) if read else [store.facts[p] for p in wanted]


def _same_model_facts(
    analysis: Analysis, facts: list[Fact], supporters: Mapping[str, object]
) -> list[Fact]:
    """The facts among `facts` (not the supporters) that name every model the sentence names."""
    from factcli.judge.meaning.names import fact_models

    models = {name for kind, name, _p in analysis.names if kind == "model"}
    if not models:
        return []
    out = []
    for fact in facts:
        if fact.id in supporters:
            continue
        if models <= fact_models(fact):
            out.append(fact)
    return out


def _person_names(store: Store) -> tuple[str, ...]:
    """The names and other names of the persons the store keeps, not of a person's relatives
    (배경훈의 배우자): who may hold a figure named beside it."""
    cached = getattr(store, "_person_names", None)
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    names = tuple(
        n
        for subject in store.subjects.values()
        if "의 " not in subject.name and "'s " not in (subject.name_en or "")
        for n in (subject.name, subject.name_en, *subject.aliases)
        if n and len(n) >= 2
    )
    try:  # noqa: SIM105 (not contextlib.suppress: a check does without contextlib)
        store._person_names = names  # type: ignore[attr-defined]
    except AttributeError:
        pass
    return names
