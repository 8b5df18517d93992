"""The weighing of candidate facts for one sentence (_judge): supported, contradicted, misleading."""

from __future__ import annotations

import itertools
import re

from factcli.find.vocabulary import Index
from factcli.judge.acts import (
    _JOINED,
    _LEADING_CLAUSE_EN,
    _ONCE,
    _fact_events,
    _tells_of_it,
    _tells_once,
    _weak_told,
    disposed_unheld,
)
from factcli.judge.births import (
    _birth_of,
    _is_birth,
    _own_birth,
    age_on_a_day,
    birth_fact,
    births,
)
from factcli.judge.details import (
    _SAID_AT_KO,
    _SAID_OTHERWISE,
    _denied_unheld,
    _first_of_another,
    _named_that_day,
    _occasion_words,
    _other_side,
    _other_venue,
    _recorded_actor,
    _topic_model_apart,
    before_founding,
    compared_unheld,
    described_otherwise,
    occasion_of_another_day,
    only_among_others,
    rank_of_another_day,
    reported_doer_unheld,
    venue_elsewhere,
    venue_unheld,
)
from factcli.judge.meaning.actors import someone
from factcli.judge.meaning.bounds import LIMIT_WORD, names_a_limit
from factcli.judge.meaning.kinds import OWNED, other_stage
from factcli.judge.meaning.names import later_name_objection
from factcli.judge.meaning.subjects import whose_kin
from factcli.judge.objections import _another_model, _weigh_meaning
from factcli.judge.pairs import _joined_reading, _outweighed
from factcli.judge.reading import (
    _apart,
    _evidence,
    _fact_evidence,
    _named_conflict,
    _near_miss,
    _read,
    _Reading,
    _role_mismatch,
    _subject_of,
    settle_date_bounds,
    specificity,
)
from factcli.judge.relevance import (
    _COPULA,
    _NEVER_NAMED_KINDS,
    _OCCASION_WORDS,
    _PROPER_EN,
    _UNKNOWN_NAME,
    DELTA,
    EXPLAIN,
    MARGIN,
    R_CONFLICT,
    R_MIN,
    R_MIXED,
    R_NAME_WEAK,
    R_STRONG,
    R_SUPPORT,
    R_SUPPORT_ALONE,
    R_SUPPORT_SEVERAL,
    R_SUPPORT_WEAK,
    SAME_WORDS_MARGIN,
    Coverage,
    _unread_figures,
    relevance,
)
from factcli.judge.values import DATE_BOUNDS, _sums_to
from factcli.judge.wording import (
    _WORK_DONE,
    R_SUPERLATIVE,
    _foreign_terms,
    _holds,
    _novel_verbs,
    _only_the_day_said,
    _paraphrased,
    _said_terms,
    _unheld_superlatives,
    _unheld_words,
    ranks_held_by_none,
    slot_filled_otherwise,
    slot_filled_otherwise_en,
    unheld_purpose,
)
from factcli.judge.wordless import _WHEN_WORD, _judge_wordless, _reworded
from factcli.store.index import _fact_number, store_index
from factcli.store.model import Evidence, Fact, Finding, Store, Verdict
from factcli.store.readings import recall
from factcli.store.readings import texts_of as readings_texts
from factcli.text import paraphrases
from factcli.text import patterns as rx
from factcli.text.analysis import (
    FAMILY_KINDS,
    RELATIVES,
    SAID_THAT_EN,
    Analysis,
    Value,
    clauses_of,
    event_pattern,
    is_certainty_word,
    names_of,
)
from factcli.text.dates import PartialDate, parse_iso
from factcli.text.korean import last_word, strip_particle
from factcli.text.numerals import spelled_number
from factcli.text.records import replace
from factcli.text.relatives import relative_part
from factcli.text.terms import analyze

TYPE_CHECKING = False  # not `typing` (~3 ms of start-up); type checkers know this name
if TYPE_CHECKING:
    from collections.abc import Callable


# What is written as a date (2025-17-07, 3 May, 5월 3일): asked whether it was read as one.
_DATE_SHAPED = rx.compile(
    r"\b\d{4}[-./]\d{1,2}(?:[-./]\d{1,2})?\b|\b\d{1,2}\s+(?i:jan|feb|mar|apr|may|jun|jul|aug"
    r"|sep|oct|nov|dec)[a-z]*\b|\d{1,2}\s*월\s*\d{1,2}\s*일"
)


FAR = 3  # how many times larger one figure is than another, to be another quantity's


def _far_apart(claim: Value, slot: Value | None) -> bool:
    """A figure of a range's unit at least FAR times off it (by its low end): the range a
    source gives of another thing (40억 원대 for the apartment, not the 7억5천만 loan)."""
    if slot is None or claim.amount is None or slot.amount is None or claim.unit != slot.unit:
        return False
    if slot.bound != "range":
        return False  # (an exact figure far off may be a slip of a digit: 4억1500만 for 41억)
    low, high = sorted((abs(claim.amount), abs(slot.amount)))
    return low > 0 and high >= FAR * low


def _misled(found: Finding, reason: str, explanation: str, fact_id: str = "") -> Finding:
    """The finding turned misleading for `reason`, its evidence with it (named as `fact_id`'s
    when another fact gives what is wrong)."""
    found.verdict = Verdict.misleading
    found.reason = reason
    found.explanation = explanation
    found.evidence = [
        replace(e, relation="misleading", fact_id=fact_id or e.fact_id) for e in found.evidence
    ]
    return found


def _another_persons(store: Store, analysis: Analysis, fact: Fact) -> bool:
    """The sentence's subject is a person other than the fact's, who is not its actor
    either (Bae's wife holds two-fifths, against Bae's own three-fifths)."""
    from factcli.judge.meaning.subjects import _relative_of, resolve

    if not analysis.actor:
        # (a relative after a possessive pronoun, His wife, 그의 배우자: of the person the
        # text is about, another person than he)
        mine = _PRONOUN_RELATIVE.match(analysis.text)
        kin = mine and (mine.group(1) or mine.group(2) or "").lower()
        if not kin or kin not in RELATIVES:
            return False
        who = resolve(store, kin)
    else:
        who = _relative_of(store, analysis) or resolve(store, analysis.actor)
    if who is None or who in (fact.subject, getattr(fact, "actor", None)):
        return False

    return someone(store, who) and someone(store, fact.subject)


# A relative named in a subject phrase (배 장관 부인, Bae's wife).
_NAMES_KIN = rx.compile("|".join(sorted(RELATIVES, key=len, reverse=True)), re.IGNORECASE)


_PRONOUN_RELATIVE = rx.compile(
    r"^\s*(?i:(?:his|her|their)\s+(?:(?:eldest|elder|only)\s+)?([a-z]+))"
    r"|^\s*그(?:의|녀의)\s+([가-힣]{1,4}?)(?:은|는|이|가)\s"
)


_EDGE_CONNECTIVE = rx.compile(
    r"(?i:^\W*(?:and|but|while|then|whereas|although|though|yet|so)\b"
    r"|\b(?:and|but|while|then|whereas|yet|so)\W*$)"
)


def _with_birth_fact(
    store: Store,
    analysis: Analysis,
    values: list[Value],
    ranked: list[tuple[Fact, float, frozenset[str]]],
    context: str | None,
    skip: frozenset[str] = frozenset(),
) -> list[tuple[Fact, float, frozenset[str]]]:
    """A birth year said of someone is about their birth fact, however the sentence is worded
    ("1977년생인 배경훈 장관은 AI 전문가다"); not one left out (`skip`: not yet known, as of a
    day before it)."""
    if not any(v.family == "birth" for v in values):
        return ranked
    who = _subject_of(store, analysis, context)
    if who is None or (not analysis.actor and not _own_birth(analysis)):
        return ranked  # (his daughter, born in 2012: her birth, not his)
    born = birth_fact(store, who, skip)
    if born is None:
        return ranked
    had = {f.id: r for f, r, _t in ranked}
    rest = [entry for entry in ranked if entry[0].id != born.id]
    return [(born, max(had.get(born.id, 0.0), R_CONFLICT + 0.1), frozenset()), *rest]


def _aged(
    finding: Finding, told: tuple[Fact, int, tuple[int, ...]], values: list[Value], korean: bool
) -> Finding:
    """The verdict on an age told of a day, worked out from the birth (see age_on_a_day)."""
    born, said, ages = told
    age = next(v for v in values if v.family == "age")
    finding.facts = [born.id, *[f for f in finding.facts if f != born.id]]
    if said in ages and len(ages) > 1:
        finding.explanation = (
            f"the store's birth date ({born.date}) does not say whether {age.text} is right"
        )
        return finding
    right = said in ages
    finding.verdict = Verdict.supported if right else Verdict.contradicted
    unit = "세" if korean else " years old"
    expected = (
        age.text if right else (" 또는 " if korean else " or ").join(f"{a}{unit}" for a in ages)
    )
    finding.evidence = [
        _fact_evidence(born, "agree" if right else "conflict", age.text, expected, age.start)
    ]
    return finding


# A model named by its size (7.8B 모델, the 32B model): the size is the name's, a label.
_SIZE_LABEL = rx.compile(r"\d+(?:\.\d+)?B")
_MODEL_AFTER = rx.compile(r"\s*(?:모델|(?i:model)\b)")
# ... and its count told as what it has, right after (모델의 매개변수는 320억 개다, the 7.8B
# model has 32 billion parameters): not a count it would need or grow to.
_HAS_COUNT = rx.compile(
    r"\s*(?:모델(?:의|은|는)\s*(?:매개변수|파라미터)(?:는|가|은|이)?\s*"
    r"|(?i:model\s+(?:has|had|contains|contained|is\s+made\s+of|comes\s+with)\s+))$"
)


def _label_against_count(analysis: Analysis, values: list[Value]) -> tuple[Value, Value] | None:
    """A model named by one size, said in the same sentence to have another count of
    parameters (엑사원 3.5 7.8B 모델의 매개변수는 320억 개다): (the label, the count)."""
    sized = [v for v in values if getattr(v, "unit", None) == "parameter" and v.amount]
    for label in sized:
        if not _SIZE_LABEL.fullmatch(label.text) or not _MODEL_AFTER.match(
            analysis.text, label.end
        ):
            continue
        for count in sized:
            if (
                count.start > label.end
                and not _SIZE_LABEL.fullmatch(count.text)
                and count.amount != label.amount
                and _HAS_COUNT.fullmatch(analysis.text, label.end, count.start)
            ):
                return label, count
    return None


def _clause_values(analysis: Analysis, window: tuple[int, str] | None) -> list[Value]:
    """The sentence's values, or those of one clause, with spans relative to that clause."""
    if window is None:
        return list(analysis.values)
    offset, clause = window
    inside = [v for v in analysis.values if offset <= v.start < offset + len(clause)]
    return [replace(v, start=v.start - offset, end=v.end - offset) for v in inside]


NEAR_WORDS = 30  # characters before a value whose words name what it is (엑사원 3.5의 3개 모델)
# A set told by its count, that the sentence picks one of (3개 모델 가운데 32B 모델이, one of
# the three models): the count is the set's, a fact of its own.
_AMONG_AFTER = rx.compile(r"\s*[가-힣A-Za-z]{0,6}\s*(?:가운데|중에서|중)(?![가-힣])")
_AMONG_BEFORE = rx.compile(r"(?i:\b(?:of|among)\s+(?:the|its|his|her|their)\s+)$")


def _near_value(
    store: Store,
    analysis: Analysis,
    values: list[Value],
    i: int,
    offset: int,
    index: Index | None,
    skip: frozenset[str],
    readings: list[_Reading],
    birth_of: dict[str, PartialDate],
) -> list[_Reading]:
    """Facts the words just around value i (in its clause) speak of, that agree with it and
    contradict no other value of the sentence: read as the sentence's readings are."""
    value = values[i]
    at, end = value.start + offset, value.end + offset
    if not (_AMONG_AFTER.match(analysis.text, end) or _AMONG_BEFORE.search(analysis.text, 0, at)):
        return []  # (only a set the sentence picks from; elsewhere a figure is the clause's)
    clause = analysis.clause_at(at)
    window = analysis.text[max(clause.start, at - NEAR_WORDS) : min(clause.end, end + 12)]
    have = {rd.fact.id for rd in readings}
    out = []
    for fact, rel, told in relevance(store, window, [value], index, None, skip)[:8]:
        if fact.id in have or rel < R_SUPPORT:
            continue
        read = _read(
            fact, _roles_for(fact, values, analysis, offset), rel, told, birth_of.get(fact.subject)
        )
        if read.relations[i] == "agree" and "conflict" not in read.relations:
            out.append(read)
    return out


def _roles_for(fact: Fact, values: list[Value], analysis: Analysis, offset: int) -> list[Value]:
    """Settle "start or end" (X을 떠나 Y로 옮겼다): an end when the fact is about what was left."""
    if not any(v.role == "start-or-end" for v in values):
        return values
    where = " ".join(t for t in (fact.org, fact.value if isinstance(fact.value, str) else "") if t)
    out = []
    for value in values:
        if value.role == "start-or-end":
            left = analysis.clause_at(value.start + offset).end_object or ""
            words = [w for w in re.findall(r"[가-힣A-Za-z]{2,}", left) if w not in ("배경훈",)]
            about_left = bool(words) and any(w.lower() in where.lower() for w in words)
            value = replace(value, role="end" if about_left else "start")
        out.append(value)
    return out


# Text relevance one fact needs to a clause with no value of its own for the clause's words
# to be its own (a second fact the sentence joins): nearly all of them.
R_CLAUSE_HELD = 0.85


# (opened after a space, not '25년 nor officials'; closed before no letter: not Bae's)
_QUOTED_NAME = rx.compile(r"(?:^|(?<=[\s(]))['‘\"“](?![\d\s])([^'’\"”\n]{2,24})['’\"”](?![A-Za-z])")
# A Korean person's name as a sentence's subject: a surname, then a given name of two
# syllables, and perhaps a title (김철수는, 최태원 회장은).
_SURNAMES = (
    "김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄변"
    "채원천방공현함염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부가복태목"
    "형피두감음빈동온호범좌"
)
_KOREAN_PERSON = rx.compile(rf"([{_SURNAMES}][가-힣]{{2}})(?:\s+[가-힣]{{1,6}})?")


# A Korean name of a body, an award or a place, by its last syllables (삼성경제연구소,
# 청조근정훈장, 잠원동), or glued to Latin letters (LG헬로비전, SK플래닛).
# Korea's provinces, before their 도 (경기도, 충청남도, 제주도).
_PROVINCE = rx.compile(
    r"경기|강원|충청[남북]|전라[남북]|경상[남북]|충[남북]|전[남북]|경[남북]|제주"
)
_PROPER_KO_END = rx.compile(
    r"(?:연구소|연구원|훈장|포장|그룹|은행|증권|재단|협회|학회|위원회|대학교|병원|공사|공단"
    r"|특별시|광역시|특별자치시"
    # (서초구, 마포구: a district; not 연구, 요구, 기구)
    r"|(?<=[가-힣]{2})(?<!연)(?<!요)(?<!탐)(?<!기)(?<!추)(?<!도)(?<!가)구"
    r"|모비스|전자|화학|물산|건설|생명|화재|카드|텔레콤|평가원|진흥원|자문회의)$"
    r"|(?<=[가-힣]{2})동$"
    # (기획재정부, 병무청, 조달청: a ministry or an agency by its ending)
    r"|(?<=[가-힣]{3})부$|(?<=[가-힣]{2})[청처]$"
)
# A word gluing Hangul to Latin letters (오픈AI가, 앨런AI연구소의): a name of a body.
# (Hangul first: LG전자 and AI연구원장 are the store's own bodies and posts, written apart)
_GLUED = rx.compile(r"(?<![\w.])[가-힣]{2,}[A-Za-z]{2,}[가-힣]*(?![\w.])")


def _glued_unheld(text: str, readings: list[_Reading]) -> list[str]:
    """The sentence's words gluing Hangul to Latin letters (a particle taken off) that none of
    the facts it is read against writes, spaces aside."""
    from factcli.judge.meaning.subjects import _squash

    words = [strip_particle(m.group()) for m in _GLUED.finditer(text)]
    if not words:
        return []
    texts = [_squash(t) for rd in readings for t in readings_texts(rd.fact)]
    return [w for w in words if not any(_squash(w) in t for t in texts)]


# A list of three or more version numbers (1.0, 2.0, 3.0, 3.5, 3.7, 4.0; 3.5 and 4.0): each
# one a name, which the facts the sentence is read against must write.
_VERSION_LIST = rx.compile(
    r"(?<![\d.])\d{1,2}\.\d(?:\s*(?:,|및|와|과|and|or|&)\s*(?:[A-Za-z가-힣]{1,5}\s*(?:,|및|와|과|and|or|&)\s*)?"
    r"\d{1,2}\.\d){2,}(?![\d.])"
)
_VERSION = rx.compile(r"(?<![\d.])\d{1,2}\.\d(?![\d.])")


def _versions_unheld(text: str, chosen_texts: list[str]) -> list[str]:
    """The version numbers of a list in the sentence (1.0, 2.0, 3.0, 3.5, 3.7, 4.0) that none
    of the supporting facts writes (3.7): a version the source never lists."""
    out = []
    for listed in _VERSION_LIST.finditer(text):
        for m in _VERSION.finditer(listed.group()):
            held = rx.compile(rf"(?<![\d.]){re.escape(m.group())}(?![\d.]|\d)")
            if not any(held.search(t) for t in chosen_texts):
                out.append(m.group())
    return out


# Words of a post, an age may be told at (장관, minister, 원장, head).
_POST_TERMS = frozenset(
    analyze(
        "minister 장관 원장 head director chair chairman 위원장 executive 상무 부사장 전무 "
        "secretary 수석 이사 본부장 연구위원 fellow"
    )
)
# Words that say how many (twins, an only child): a figure in a word.
_COUNT_WORDS = frozenset(
    analyze("쌍둥이 쌍둥이들 쌍생아 외동 외동딸 외아들 외딸 삼형제 삼남매 twins twin triplets")
)
_SPELLED_SMALL = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_EN_PART_COUNT = rx.compile(
    rf"\b({'|'.join(_SPELLED_SMALL)})[ \t]{{1,3}}(?:of[ \t]{{1,3}}(?:them|these|those|which|whom|"
    r"the[ \t]{1,3}\w+)\b|(?:were|are|came|come|was)[ \t]{1,3}(?:from|made|Korean|South|"
    r"domestic|foreign|local|homegrown)\b)",
    re.I,
)
_COMMON_DONG = frozenset(("활동", "이동", "행동", "노동", "자동", "공동", "변동", "운동", "연동"))


def _proper_ko(term: str, text: str) -> bool:
    """Whether a word the store never uses reads as a name of a body, award or place."""
    if not term or not "가" <= term[0] <= "힣" or term in _COMMON_DONG:
        return False
    if _PROPER_KO_END.search(term):
        return True
    if _PROVINCE.fullmatch(term) and re.search(rf"(?<![가-힣]){re.escape(term)}도", text):
        return True  # (경기도 분당: a province; 도 read as a particle leaves 경기)
    # (glued to Latin letters, LG헬로비전, 앨런AI연구소; or the first part of a word that
    # names a body, 앨런AI연구소의, 미래전략연구원)
    word = re.search(rf"(?<!\S){re.escape(term)}(\S*)", text)
    if word and word.group(1):
        whole = strip_particle(re.sub(r"[^\w]+$", "", word.group(0)))
        if _PROPER_KO_END.search(whole) and re.match(r"[가-힣A-Za-z]", word.group(1)):
            return True
    return re.search(rf"[A-Za-z]{re.escape(term)}|{re.escape(term)}[A-Za-z]", text) is not None


def _proper_en(term: str, text: str) -> bool:
    """Whether a word the store never uses is written as a name inside an English sentence
    (Gartner's list, McKinsey): capitalised, and not as the sentence's first word."""
    if len(term) < 3 or not term.isascii() or not term.isalpha() or term in _CALENDAR_WORDS:
        return False
    named = re.compile(rf"(?i:(?<=[\w,;:'’\)]\s){re.escape(term)})")
    return any(m.group()[:1].isupper() for m in named.finditer(text))


# (days and months are capitalised and are no names of things: the calendar checks them)
_CALENDAR_WORDS = frozenset(
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ]
)


# How much less relevant a fact on the wrong side of a floor or a ceiling may be and still
# outweigh one on its right side.
BOUND_MARGIN = 0.05


def _judge(
    store: Store,
    analysis: Analysis,
    *,
    index: Index | None = None,
    skip: frozenset[str] = frozenset(),
    context: str | None = None,
    window: tuple[int, str] | None = None,
    leaning: str = "",
) -> Finding:
    """The verdict on one sentence, or on one clause of it (`window`: offset and text).

    `leaning`: words of the clauses around a window that tell what it speaks of (a venture
    backed by 16 affiliates: LG AI Research, named before the comma), weighed with its own
    when choosing the facts it may speak to; its values stay the window's alone."""
    text = window[1] if window else analysis.text
    offset = window[0] if window else 0
    whole_names = analysis.names
    if window:
        # A clause is judged by the names in it: the models of the next clause are another
        # fact's (42 days for the reasoning model, against four months from EXAONE 3.0 to 3.5).
        end = offset + len(text)
        analysis = replace(
            analysis,
            names=tuple(n for n in analysis.names if offset <= n[2] < end),
            window=(offset, end),
        )
        topic = analysis.clause_at(offset).subject
        if topic and analysis.korean and topic != analysis.actor:
            # (…1292만 원이고, 장녀의 예금과 증권은 …: the clause's own topic is whose it is)
            analysis = replace(analysis, actor=topic, actor_span=None)
    values = _known_limits(store, _clause_values(analysis, window), index)
    korean = analysis.korean
    novel: list[str] = []
    coverage = Coverage()
    # A clause cut from a sentence keeps its connective ("..., but"): not a word to match.
    words = _EDGE_CONNECTIVE.sub(" ", text) if window else text
    for value in values:
        # (2020년 이후, after 2010: the bound's words are no words a fact must hold)
        cut = value.bound_at if value.bound else None
        if (
            cut is not None
            and offset <= cut[0]
            and cut[1] <= offset + len(text) == offset + len(words)
        ):
            a, b = cut[0] - offset, cut[1] - offset
            words = words[:a] + " " * (b - a) + words[b:]
    if leaning:
        words = f"{words} {leaning}"
    ranked = relevance(store, words, values, index, novel, skip, coverage)
    finding = Finding(
        text=text, verdict=Verdict.unverified, facts=[f.id for f, _r, _t in ranked[:5]]
    )
    if not ranked:
        return finding
    if not values:
        if analysis.values:
            return finding  # a clause without a figure of a sentence with some
        dated = _DATE_SHAPED.search(text)
        if dated and _unread_figures(analysis, (offset + dated.start(), offset + dated.end())):
            # (held on 2025-17-07, signed on 3 May: a date the checker cannot read agrees
            # with nothing)
            finding.explanation = f"the checker cannot read '{dated.group()}' as a date"
            return finding
        if window:
            # a clause of a sentence without figures: judged as one, by its own words
            clause_own = tuple(c for c in analysis.clauses if c.start == offset)
            if not clause_own:
                return finding
            analysis = replace(analysis, clauses=clause_own)
        return _judge_wordless(store, analysis, ranked, finding, novel, coverage, context)
    labelled = _label_against_count(analysis, values)
    if labelled is not None:
        label, count = labelled
        # (the EXAONE 3.5 7.8B model has 32 billion parameters: its name says its size)
        finding.verdict = Verdict.contradicted
        finding.explanation = (
            f"{count.text} should be {label.text}: the model's name gives its size"
        )
        finding.evidence = []
        return finding
    birth_of = births(store)
    told_age = (
        None
        if window
        else age_on_a_day(store, analysis, _subject_of(store, analysis, context), skip)
    )
    if told_age is not None:
        return _aged(finding, told_age, values, korean)
    ranked = _with_birth_fact(store, analysis, values, ranked, context, skip)
    from factcli.judge.meaning.names import (
        other_degree,
        other_span,
        other_valued_span,
        sizes_unheld,
        span_named,
    )

    ranked = [
        # (a duration fact whose span the sentence names whole speaks to its duration, however
        # many other words the sentence has: 42 days from EXAONE 3.0 to 3.5)
        (f, max(r, R_CONFLICT), t) if span_named(analysis, f) else (f, r, t)
        for f, r, t in ranked
        if not other_degree(analysis, f)
        and not other_span(analysis, f)
        and not other_valued_span(analysis, f)
    ]
    # Words a fact says otherwise (납부 for 냈다, 설명 for 해명) count as its words.
    ranked = sorted(
        ((f, _reworded(f, r, t, coverage), t) for f, r, t in ranked), key=lambda e: -e[1]
    )
    readings = [
        _read(f, _roles_for(f, values, analysis, offset), r, t, birth_of.get(f.subject))
        for f, r, t in ranked
    ]
    settle_date_bounds(store, analysis, values, readings)

    related = [rd.fact for rd in sorted(readings, key=lambda rd: -rd.relevance)[:8]]
    relevance_of = {rd.fact.id: rd.relevance for rd in readings}
    lent: set[str] = set()  # words another fact of a joined sentence holds (see 1b)

    def supported_by(chosen: list[tuple[int, _Reading]]) -> Finding:
        return Finding(
            text=text,
            verdict=Verdict.supported,
            facts=finding.facts,
            evidence=[_evidence(rd, values, i, korean) for i, rd in chosen],
        )

    def weigh_with(
        reading: _Reading, related: list[Fact] | None = None, *, actor: bool = True
    ) -> Finding:
        """The meaning of the sentence against one fact, on the values it agrees with."""
        pairs = [(i, reading) for i, r in enumerate(reading.relations) if r == "agree"]
        return _weigh_meaning(
            store,
            analysis,
            supported_by(pairs),
            pairs,
            values,
            offset,
            context,
            related,
            actor=actor,
        )

    valueless = [
        c
        for c in analysis.clauses
        if analysis.in_window(c.start) and not any(c.start <= v.start < c.end for v in values)
    ]
    clause_held: dict[int, bool] = {}

    def _joined_clause_held(term: str, positions: list[int]) -> bool:
        """The term is of a clause with no value (…, and Bae graduated from Daesin High
        School) that the store supports as a sentence of its own: a second fact the sentence
        joins, whose words are its own (a clause it does not, 삼성전자 출신이다, is a detail
        the supporters do not vouch for)."""
        for k, c in enumerate(valueless):
            if term not in c.text.lower() and term not in c.text:
                continue
            if k not in clause_held:
                # (held when one fact has nearly all its words: 대신고 graduation, beside the
                # birth; not 삼성전자 출신, which no fact tells, nor an MBA at Stanford)
                said = _EDGE_CONNECTIVE.sub(" ", c.text)
                ranked_here = relevance(store, said, [], index, None, skip)
                clause_held[k] = bool(ranked_here) and ranked_here[0][1] >= R_CLAUSE_HELD
                if clause_held[k]:
                    # (and names no other school, employer or place than the fact that holds
                    # it: … and later studied at Seoul National University)
                    from factcli.judge.meaning.names import name_objection

                    own = replace(
                        analysis,
                        names=tuple(n for n in analysis.names if c.start <= n[2] < c.end),
                    )
                    # (nor another than a fact of the clause beside it: 서울 대성고와 광운대 …,
                    # the university's fact first, the high school's that names 대신고 next)
                    clause_held[k] = all(
                        name_objection(own, f, store) is None
                        for f, r, _t in ranked_here[:3]
                        if r >= R_CLAUSE_HELD
                    )
            return clause_held[k]
        return False

    def details(found: Finding, chosen: list[tuple[int, _Reading]]) -> Finding:
        """A name or thing of the sentence that the supporting facts lack belongs to another
        fact: if that fact agrees with the values too, the sentence joins the two and its
        meaning must hold as well (the speaker of the quoted words); if not, the sentence
        took a detail from elsewhere (임명장 of the appointment on the day of the flowers)."""
        foreign_terms = list(_foreign_terms(store, analysis, chosen, values, offset, coverage))
        # how many of those words each fact holding one holds: the fact the sentence draws on
        holding: dict[int, int] = {}
        for _term, positions, _named in foreign_terms:
            for p in positions:
                holding[p] = holding.get(p, 0) + 1
        # (the thing a figure is compared with, 메타 주식보다 많았다: its words are what
        # compared_thing_objection weighs, not a detail of the figure's fact)
        from factcli.judge.meaning.compared import compared_span

        compared = {
            t
            for v in analysis.values
            if (span := compared_span(analysis, v)) is not None
            for t in analyze(analysis.text[span[0] : span[1]])
        }
        for term, positions, named in foreign_terms:
            if term in lent:
                continue  # held by the other fact a joined sentence tells of
            if term in compared:
                continue
            if _maker_of_product(analysis.text, term, [rd.fact for _i, rd in chosen]):
                continue  # (Nvidia of the H200 the supporter names: its maker, not a detail)
            if _via(analysis.text, term) and any(
                _stop_before(store.facts[p], rd.fact) for p in positions for _i, rd in chosen
            ):
                continue  # (SK텔레콤을 거쳐 LG경제연구원으로: a stop on the way, its own fact's)
            if _joined_clause_held(term, positions):
                continue  # a clause with no value of its own, told by a fact of its own
            companions = []
            recall(store, [store.facts[p] for p in positions])
            position_of = {}
            for p in positions:
                fact = store.facts[p]
                position_of[fact.id] = p
                companions.append(
                    _read(
                        fact,
                        _roles_for(fact, values, analysis, offset),
                        0.0,
                        frozenset(),
                        birth_of.get(fact.subject),
                    )
                )
            # A fact holding the word that agrees with a value and contradicts none is the
            # same event told from another side (the place of the press conference).
            # (Not by the day it said something: a year 2025 is not a remark of 2025-03-18.)
            agreeing = [
                c
                for c in companions
                if not c.disagrees()
                and any(
                    r == "agree" and (slot is None or slot.role != "stated" or "say" in v.events)
                    for r, slot, v in zip(c.relations, c.slots, values, strict=True)
                )
            ]
            # A name no supporter holds is another party unless a fact of it agrees (Epoch AI
            # for Stanford HAI); a thing, unless a fact of it agrees, when one says otherwise
            # (the appointment letter, on another date).
            # (Nor when a fact holding it tells of the supporter's event, on its day, speaks
            # to the sentence as much as any and has no figure to compare: the sentence joins
            # its names to the supporter's figures, Meta's Llama 3.1 beside the 13 benchmarks.)
            # (the day of the event, or of the saying: two things said in one remark)
            # (the day of the event, or of the saying: two things said in one remark; both,
            # for a forecast dated by its deadline and said at a press conference)
            days = {_day_of(rd.fact) for _i, rd in chosen} | {
                getattr(rd.fact, "stated", None) for _i, rd in chosen
            }
            days -= {None}
            told = any(
                not any(c.relations)
                and relevance_of.get(c.fact.id, 0.0) >= R_SUPPORT
                and _day_of(c.fact) in days
                for c in companions
            )
            # A word of a thing the source has only planned, in a sentence telling it done
            # (과학기술 AI 장관회의는 9월 12일 열렸다, where it is to be hosted after the upgrade).
            from factcli.judge.meaning.certainty import PENDING

            planned = next(
                (
                    c
                    for c in companions
                    if getattr(c.fact, "status", None) in PENDING
                    and not any(r == "agree" for r in c.relations)
                    # (the sentence names the planned thing whole: its value's words)
                    and isinstance(c.fact.value, str)
                    and len(thing := analyze(c.fact.value)) >= 2
                    and set(thing) <= set(analyze(analysis.text))
                ),
                None,
            )
            if planned is not None and all(
                cl.certainty == "done" and not cl.marker and "say" not in cl.events
                for cl in analysis.clauses
            ):
                return _misled(
                    found,
                    "tense",
                    f"the source says {planned.fact.value} is {planned.fact.status}, not done",
                    planned.fact.id,
                )
            # (or said in the same remark: the day and the speaker of a supporter's words,
            # DeepSeek R1 beside the 2,000 H200s needed to beat it)
            remarks = {
                (rd.fact.stated, rd.fact.actor)
                for _i, rd in chosen
                if getattr(rd.fact, "stated", None) and getattr(rd.fact, "actor", None)
            }
            mates = [
                c
                for c in companions
                if (getattr(c.fact, "stated", None), getattr(c.fact, "actor", None)) in remarks
                and not c.disagrees()
            ]
            # (or the occasion it was said at, named by a fact of the day it was said: the
            # HJ비즈니스센터 간담회 of a remark of 2025-09-12)
            at_occasion = term in _occasion_words(analysis.text) and any(
                _day_of(c.fact) in days and not c.disagrees() for c in companions
            )
            foreign = (
                not agreeing
                and not told
                and not mates
                and not at_occasion
                and (
                    named
                    or any(c.disagrees() for c in companions)
                    # (or says where it was done, somewhere other than the sentence says:
                    # robot research, which was at Samsung Thales, put at SK Telecom)
                    or any(_elsewhere(analysis, c.fact) for c in companions)
                )
            )
            if foreign:
                where = ", ".join(c.fact.id for c in companions[:2])
                found.verdict = Verdict.misleading
                found.reason = "detail"
                found.explanation = (
                    f"'{term}' is not in what the source says here; the store has it in {where}"
                )
                found.evidence = [replace(e, relation="misleading") for e in found.evidence]
                return found
            # (the word is that of the fact holding it that speaks most to the sentence:
            # 계열사 of a launch speech's words is the speech's, not the affiliates' decision
            # to invest told on that day; the LLM-LMM-LAM roadmap is the roadmap's)
            if mates and not agreeing:
                # (the remark's other words must hold as well: light-water for non-light-water)
                from factcli.judge.meaning.directions import opposite_objection
                from factcli.judge.meaning.kinds import frame_objection, sibling_objection

                for mate in mates:
                    turned = (
                        opposite_objection(analysis, mate.fact)
                        or sibling_objection(analysis, mate.fact)
                        or frame_objection(analysis, mate.fact)
                    )
                    if turned is not None:
                        return _misled(found, turned.reason, turned.explanation, mate.fact.id)
            if agreeing:
                nearest = max(
                    agreeing,
                    key=lambda c: (
                        holding.get(position_of[c.fact.id], 0),
                        relevance_of.get(c.fact.id, 0.0),
                    ),
                )
                # (who acted is settled by a supporter recording the sentence's actor as
                # its own: the ministry that praised his work, beside the order he received)
                other = weigh_with(nearest, actor=not acted_by_supporter(chosen))
                if other.verdict is not Verdict.supported:
                    return other
                # (and where that fact's event was held: 임명장 received at 국회, where the
                # letter's fact has it at the presidential office)
                at = venue_elsewhere(analysis, [(0, nearest)], [])
                if at is not None:
                    return _named_conflict(replace(found), at[0], at[1], offset)
        return found

    def acted_by_supporter(chosen: list[tuple[int, _Reading]]) -> bool:
        """A supporter records the sentence's actor as its own and tells of the act the
        sentence's verb names (the ministry praised his work; not the union head who gave
        flowers, said to have made the speech)."""
        from factcli.judge.meaning.actors import _actors_own_act
        from factcli.judge.meaning.subjects import resolve

        who = resolve(store, analysis.actor) if analysis.actor else None
        return who is not None and any(
            getattr(rd.fact, "actor", None) == who and _actors_own_act(analysis, rd.fact)
            for _i, rd in chosen
        )

    def settle(chosen: list[tuple[int, _Reading]]) -> Finding:
        """`weigh`, and a sentence naming what the store never does is not supported by it."""
        found = weigh(chosen)
        if found.verdict is Verdict.supported:
            versioned = _version_told_otherwise(store, analysis, related, offset)
            if versioned is not None:
                return versioned
            from factcli.judge.meaning.voice import act_planned, act_unheld

            planned = act_planned(store, analysis, [rd.fact for _i, rd in chosen], related[:6])
            if planned is not None:
                # (Bae hosted the ministers' meeting on September 12: the day is the press
                # conference's, where he said he would host it)
                return _misled(found, planned[0].reason, planned[0].explanation, planned[1].id)
            act_said = act_unheld(
                store, analysis, [rd.fact for _i, rd in chosen], related[:6]
            ) or disposed_unheld(
                store,
                analysis.text,
                # (the acts of the clauses its figures stand in, in the part judged: not the
                # sale a clause before tells of, beside the stocks' figures)
                frozenset().union(
                    *(
                        c.events
                        for c in (
                            clauses_of(analysis.text[analysis.window[0] : analysis.window[1]])
                            if analysis.window
                            else analysis.clauses
                        )
                    )
                ),
                [rd.fact for _i, rd in chosen],
                related[:6],
            )
            if act_said is not None:
                # (배경훈은 SK텔레콤 미래기술원을 세웠다: the year is his move's; no fact has
                # him found it)
                return replace(found, verdict=Verdict.unverified, evidence=[], explanation=act_said)
        unknown = [
            t
            for t in novel
            if t.isupper()
            or _proper_ko(t, analysis.text)
            or (
                _proper_en(t, analysis.text)
                # (a name the sentence's names are read from: the Euntap Order, 은탑)
                and not any(analysis.text[p:].lower().startswith(t) for _k, _n, p in analysis.names)
            )
        ]
        # ... or a word that is a count of its own the store never gives (쌍둥이 딸: two
        # daughters born together; an only child)
        counted = _COUNT_WORDS.intersection(analyze(text))
        if counted:
            held = {w for _i, rd in chosen for t in readings_texts(rd.fact) for w in analyze(t)}
            # (외동딸 of a fact of the same person that tells how many children he has: the
            # daughter the supporting facts call his eldest)
            whose = set(analyze(analysis.actor or "")) - counted
            # (배 장관의 외동딸: the relative of the person the store calls 배경훈)
            parent = set(analyze(whose_kin(store, analysis.actor or "") or ""))
            held |= {
                w
                for f in store.facts
                if whose
                for t in readings_texts(f)
                if counted & set(words := analyze(t))
                and (whose <= set(words) or (parent and parent <= set(words)))
                for w in words
            }
            unknown += sorted(counted - held)
        # ... or a count spelled in words of things named before (62 models, two of them from
        # Korea; three were Korean), which the supporting facts never give
        for part in _EN_PART_COUNT.finditer(text):
            word = part.group(1).lower()
            digit = str(spelled_number(word))
            if not any(
                re.search(rf"(?<![\d.]){digit}(?![\d.])|\b{word}\b", t, re.I)
                for _i, rd in chosen
                for t in readings_texts(rd.fact)
            ):
                unknown.append(word)
        # ... or a verb the store never uses (반납했다, was demoted): what the sentence says
        # was done is nothing any fact tells of
        unknown += [
            t
            for t in _novel_verbs(
                analysis.text[offset : offset + len(text)], novel, chosen, store_index(store)
            )
            # (said otherwise by a fact the sentence speaks of beside the supporting ones:
            # decorated him in 2023, of the order the award fact tells of)
            if not any(_paraphrased(t, fact) for fact in related[:4])
            # (an English stem of how sure it is, decid, plann: weighed as certainty, not a
            # thing done; a Korean one, 확정, stays a word the store may never use)
            and not (t.isascii() and is_certainty_word(t))
        ]
        # ... an acronym or a Korean person's romanized name it never uses (AMD, Kim Byung-kwan)
        from factcli.judge.meaning.subjects import resolve

        index = store_index(store)
        unknown += [
            m.group()
            for m in _UNKNOWN_NAME.finditer(analysis.text)
            if not all(index.has(t) for t in analyze(m.group()))
            # (not a known person's name in another romanization: Bae Gyeong-hun)
            and resolve(store, m.group()) is None
        ]
        # ... or a name that glues Hangul to Latin letters (오픈AI, 앨런AI연구소)
        # that no fact the sentence speaks of writes: a body its pieces do not name
        unknown += _glued_unheld(text, readings)
        chosen_texts = [t for _i, rd in chosen for t in readings_texts(rd.fact)]
        unknown += _versions_unheld(text, chosen_texts)
        # ... or a size of the model no supporting fact gives it (EXAONE Deep-2.4B, for 32B)
        unknown += sizes_unheld(text, chosen_texts)
        # ... or a name of a typed kind (a ministry, a person with a title, a car) it never
        # names at all (산업통상자원부, 윤석열 대통령).
        # ... or a figure the checker could not read (lasted more than 12 hours): it cannot
        # agree with anything, so the sentence is not shown true.
        unknown += _unread_figures(
            replace(analysis, names=whole_names), (offset, offset + len(text))
        )
        # ... or a model of another lab (Llama 3.1, Mistral 7) that no supporting fact names
        # with that version: its version is a name, not a figure, and no fact vouches for it
        # (by a supporter only: a fact beside it that names them too, the comparison with
        # Llama 3.1 beside the first place on 13 benchmarks, would vouch for whatever else
        # the sentence joins to them; a held-out false `supported` showed it)
        vouched = {
            (k, n)
            for _i, rd in chosen
            for t in (rd.fact.statement, rd.fact.statement_en)
            if t
            for k, n, _p in names_of(t)
        }
        unknown += [
            f"{k[len('version-') :].title()} {n}"
            for k, n, p in whole_names
            if k in FAMILY_KINDS and offset <= p < offset + len(text) and (k, n) not in vouched
        ]
        # ... or a model no supporting fact names that came out after the sentence's day (엑사원
        # 4.0 presented at GTC on 2025-03-18, released on 2025-07-15): not yet there to tell of
        if found.verdict is Verdict.supported:
            early = _before_release(store, analysis, values, vouched, (offset, offset + len(text)))
            if early is not None:
                return _misled(found, "relation", early[1], early[0])
        # ... or a clause with no value of its own, told in words the store never uses
        # (…태어났고 아들 둘을 뒀다, …and announced his resignation): a statement no fact
        # tells of, joined to ones that hold
        unknown += [
            t
            for t in _novel_in_bare_clause(analysis, novel, (offset, offset + len(text)))
            # (the words of a fact it speaks of, said otherwise: chosen for picked, 악용 for
            # 악남용, inaugural for 초대, 옮긴 for 옮겼다)
            if not any(
                _paraphrased(t, fact) or _holds(_said_terms(store, fact), t) for fact in related
            )
            and not any(index.has(w) for w in paraphrases.group_of(t) or ())
        ]
        # ... or what someone is said to have said (Jeong said at the inauguration that AI
        # infrastructure would be expanded), in words no supporting fact says: the date and
        # the person of a fact, not its content
        unknown += _content_unheld(store, analysis, [rd.fact for _i, rd in chosen], values)
        # ... or a word the store never uses where a supporting fact has another in that slot
        # (반도체 설계를 상용화한 성과로, of the award for 초거대 AI를 상용화한 성과)
        slot = slot_filled_otherwise if analysis.korean else slot_filled_otherwise_en
        filled = slot(
            analysis.text[offset : offset + len(text)], [rd.fact for _i, rd in chosen], novel
        )
        unknown += [
            word
            for word, _theirs in filled
            # (not a name the sentence's names are read from: the Euntap Order, 은탑)
            if not any(
                analysis.text[p:].lower().startswith(word.lower()) for _k, _n, p in whole_names
            )
        ]
        # ... or a predicate noun the store never uses (절반은 외화예금이다)
        predicate = last_word(analysis.text, _COPULA, marks=".。")
        if predicate and predicate[1] in novel and paraphrases.group_of(predicate[1]) is None:
            # (a word the thesaurus knows is said otherwise by the facts: 태생 for 태어났다)
            unknown.append(predicate[1])
        elif (
            found.verdict is Verdict.supported
            and predicate
            and predicate[1] in _KIND_NOUNS
            and not any(
                _holds(_said_terms(store, rd.fact), predicate[1])
                or _paraphrased(predicate[1], rd.fact)
                for _i, rd in chosen
            )
            # (only where they call it another kind: 에이전트 for 모델; a release that names
            # no kind says nothing against 엑사원 1.0 being a model)
            and any(
                _holds(_said_terms(store, rd.fact), other)
                for _i, rd in chosen
                for other in _KIND_NOUNS - {predicate[1]}
            )
        ):
            # (what the sentence says a thing is, a kind no supporting fact calls it: 넥서스는
            # … 언어 모델이다, where its fact calls it an agent)
            return Finding(
                text=text,
                verdict=Verdict.unverified,
                facts=found.facts,
                explanation=f"no fact it rests on calls it a '{predicate[1]}'",
            )
        unknown += [
            word
            for kind, _name, pos in analysis.names
            if kind in _NEVER_NAMED_KINDS or kind.startswith("person-")
            for word in re.findall(r"[^\s,.()]+", analysis.text[pos:])[:1]
            if not all(index.has(t) for t in analyze(word)) and resolve(store, word) is None
        ]
        # ... or a subject the store never names by any word (김철수는 1976년 5월 서울에서
        # 태어났다): the sentence tells of someone else, whom no fact is about
        # ... or a name in quotes it never uses (에이전트 AI '아틀라스', the model '엑사원 플러스')
        for m in _QUOTED_NAME.finditer(analysis.text, offset, offset + len(text)):
            quoted = [t for t in analyze(m.group(1)) if not t.isdigit()]
            novel_part = [t for t in quoted if not index.has(t)]
            if novel_part and (len(novel_part) == len(quoted) or len(quoted) <= 3):
                unknown.append(m.group(1))
        person = _KOREAN_PERSON.fullmatch(analysis.actor or "") if analysis.korean else None
        if (
            person
            and analysis.actor_span
            and analysis.in_window(analysis.actor_span[0])
            # (a name marked as the subject: 김철수는, not 신고액 or 구축하, words of a phrase)
            and analysis.text[analysis.actor_span[1] : analysis.actor_span[1] + 1]
            in ("은", "는", "이", "가")
            and not person.group(1).endswith("하")
            and not any(index.has(t) for t in analyze(person.group(1)))
            # (nor where the sentence names whom the facts are about: 배경훈 본인 명의 비트코인,
            # 신고액은 …; 딸 명의 해외 주식 … 원어치는)
            and not any(
                name and name in analysis.text
                for _i, rd in chosen
                if (about := store.subjects.get(rd.fact.subject)) is not None
                for name in about.names
            )
            and resolve(store, person.group(0)) is None
        ):
            unknown.append(person.group(1))
        # ... or a field of study or a market the supporting facts do not name (a PhD in
        # computer science, on a fact that names no field: another fact names his)
        if found.verdict is Verdict.supported:
            backing = [rd.fact for _i, rd in chosen] + [
                rd.fact for rd in readings if rd.agrees_all() and rd.relevance >= R_MIN
            ]
            # ... or the first, the only, the youngest or the largest, which no supporting
            # fact says (LG그룹 최연소 임원, 국내 최초의 멀티모달 모델, the only nominee)
            # (a fact clearly about the sentence may say it without a figure to agree with)
            # (of the sentence's own model, where it names one: 국내 최초 of another is not its)
            models = {n for kind, n, _p in analysis.names if kind == "model"}
            near = [
                rd.fact
                for rd in readings
                if rd.relevance >= R_SUPERLATIVE
                and models
                <= {
                    n
                    for t in readings_texts(rd.fact)
                    for kind, n, _p in names_of(t, loose=True)
                    if kind == "model"
                }
            ]
            unknown += _unheld_superlatives(
                analysis, [t for fact in [*backing, *near] for t in readings_texts(fact)]
            )
            # (or by a fact the sentence joins to them that gives no value otherwise: Born in
            # Seoul in May 1976, Bae went on to study electronic engineering at Kwangwoon)
            subjects = {fact.subject for fact in backing}
            joined_to = [
                rd.fact
                for rd in readings
                if rd.relevance >= R_MIN and not rd.disagrees() and rd.fact.subject in subjects
            ]
            held = {
                name
                for fact in [*backing, *joined_to]
                for t in readings_texts(fact)
                for kind, name, _p in names_of(t, loose=True)
                if kind in _DETAIL_KINDS
            }
            unknown += [
                analysis.text[pos : pos + 24].split(",")[0]
                for kind, name, pos in analysis.names
                if kind in _DETAIL_KINDS and name not in held
            ]
        # ... or says what was said on a day only by that day: then what it says must be in
        # the fact's words, as for a sentence without a figure (핵심은 규제라고 말했다, where
        # the source said 산업 진흥).
        if found.verdict is Verdict.supported and all(
            _only_the_day_said(values[i], rd.slots[i], rd.fact) for i, rd in chosen
        ):
            # (any fact of that day that agrees and holds every word will do: 지명을 두고 is
            # in the remark's own fact, not in the fact of what he expected)
            # ... or a fact that says it all and gives no value to disagree with (the office
            # picked him for his expertise: no date; June 2025 is the nomination's)
            said_by = [chosen[0][1]] + [
                rd
                for rd in readings
                if rd is not chosen[0][1]
                and (
                    (rd.agrees_all() and rd.relevance >= R_MIN)
                    or (rd.relevance >= R_STRONG and not any(rd.relations))
                )
            ]
            unheld = [_unheld_words(store, analysis, rd.fact, rd.terms, coverage) for rd in said_by]
            # (the occasion it was said at, GTC 2025, may be told by a fact of that day's
            # meeting: its words are the occasion's, not what was said)
            capitals = " ".join(m.group() for m in _PROPER_EN.finditer(analysis.text))
            # (and in Korean, the words of the place it was said at: 엔비디아 GTC 2025에서)
            places = " ".join(m.group(1) for m in _SAID_AT_KO.finditer(analysis.text))
            proper = set(analyze(capitals)) | set(analyze(places)) | _OCCASION_WORDS
            occasion = _occasion_words(analysis.text)
            if all(unheld):
                # (the day as the store dates it, where the sentence leaves out the year:
                # 9월 12일 of 2025-09-12)
                days = {
                    when.iso
                    for i, rd in chosen
                    if (when := _slot_date(rd, i) or values[i].date) is not None and when.day
                }
                unknown += [
                    t
                    for t in unheld[0]
                    if t not in proper
                    or (
                        all(t in w for w in unheld[1:])
                        # (an occasion a fact of that very day names: 정부세종청사 취임식 of
                        # the inauguration, told by the fact of the pledge made there; only
                        # the words of the occasion, not any name: LG Uplus is no occasion)
                        and not (t in occasion and _named_that_day(store, t, days))
                    )
                ]
        if found.verdict is Verdict.supported:
            # (the sentence's subject, whichever clause is judged, unless the clause names a
            # model of its own: 엑사원 딥 공개까지는 42일, after 3.0 to 3.5 took four months)
            own_model = any(kind == "model" for kind, _n, _p in analysis.names)
            other_model = _topic_model_apart(
                analysis if own_model else replace(analysis, names=whole_names),
                [rd.fact for _i, rd in chosen],
            )
            if other_model is not None:
                return Finding(
                    text=text,
                    verdict=Verdict.unverified,
                    facts=found.facts,
                    explanation=other_model,
                )
            owner = _first_of_another(store, analysis, [rd.fact for _i, rd in chosen])
            if owner is not None:
                return _misled(found, "detail", owner)
            venue = _other_venue(store, analysis, chosen, readings)
            if venue is not None:
                fact, named = venue
                return _named_conflict(replace(finding), fact, named, offset)
            held_at = venue_elsewhere(analysis, chosen, readings)
            if held_at is not None:
                return _named_conflict(replace(finding), held_at[0], held_at[1], offset)
            denied = _denied_unheld(analysis, chosen, values, offset) or compared_unheld(
                analysis, chosen
            )
            if denied is not None:
                return Finding(
                    text=text, verdict=Verdict.unverified, facts=found.facts, explanation=denied
                )
            unborn = before_founding(store, analysis)
            if unborn is not None:
                return _misled(found, "relation", unborn)
            held_then = occasion_of_another_day(store, analysis, chosen)
            if held_then is None:
                # (a rank no supporting fact gives: one he held on another day?)
                left = ranks_held_by_none(
                    store, analysis, [(rd.fact, rd.terms) for _i, rd in chosen], coverage
                )
                held_then = rank_of_another_day(store, analysis, left, coverage.hits)
            if held_then is None:
                renamed = later_name_objection(analysis, [rd.fact for _i, rd in chosen])
                held_then = renamed.explanation if renamed is not None else None
            if held_then is not None:
                return _misled(found, "detail", held_then)
            # (where it happened, or who is to do it, that no supporting fact vouches for)
            place = venue_unheld(store, analysis, chosen, values, offset)
            doer = None if place else reported_doer_unheld(store, analysis, chosen)
            if place or doer:
                return Finding(
                    text=text,
                    verdict=Verdict.unverified,
                    facts=found.facts,
                    explanation=f"the store does not say it happened at {place}"
                    if place
                    else f"the store does not say this of {doer}",
                )
            described = described_otherwise(store, analysis, coverage.hits) or only_among_others(
                analysis, chosen, readings
            )
            if described is not None:
                return _misled(found, "detail", described)

            purpose = unheld_purpose(
                store,
                analysis,
                [rd.fact for _i, rd in chosen],
                # (and the facts near it that contradict none of its values: the statement's
                # other sentence, which says what the gift was for)
                [rd.fact for rd in readings if not rd.disagrees() and rd.relevance >= R_MIN],
            )
            if purpose is not None and purpose[0] == "reason":
                # (for his work on semiconductors, 공로로: a reason no supporting fact gives)
                return replace(
                    found, verdict=Verdict.unverified, evidence=[], explanation=purpose[1]
                )
            if purpose is not None:
                return _misled(found, "relation", purpose[1])
            turned = _other_side(analysis, chosen, readings)
            if turned is not None:
                return _misled(found, turned.reason, turned.explanation)
        if found.verdict is Verdict.supported:
            from factcli.judge.meaning.tenure import nominee_objection

            proposed = nominee_objection(analysis, [rd.fact for _i, rd in chosen])
            if proposed is not None:
                return _misled(found, proposed.reason, proposed.explanation)
        # (a word of a date, 작년 of 작년 12월 counted from the day of writing: the date's)
        told = {w for v in analysis.values if v.family == "date" for w in analyze(v.text)}
        # (and the part of a month or a year it is put in, 연말 of 2020년 연말: weighed by
        # period_objection against the source's date)
        from factcli.judge.meaning.periods import part_words

        told |= part_words(analysis)
        unknown = [t for t in unknown if t not in told]
        if found.verdict is Verdict.supported:
            # (a count or a sum said to be of a thing the facts giving it never name: 서버
            # 20만 대 of the GPU plan's 20만 장, 1억368만 원어치 채권 of deposits and securities)
            from factcli.judge.meaning.figures import KNOWN_THINGS, thing_unheld

            thing_of = thing_unheld(
                text,
                values,
                [
                    # (the supporters, and any fact read that gives the figure, contradicting
                    # none of the sentence's: the daughter's stocks beside her securities)
                    [rd.fact for _i, rd in chosen if rd.relations[i] == "agree"]
                    + [
                        rd.fact
                        for rd in readings
                        if rd.relations[i] == "agree" and not rd.disagrees()
                    ]
                    for i in range(len(values))
                ],
            )
            # Only a noun the store uses of other things (데이터센터, supercomputers): one it
            # never uses may be a paraphrase it does not know (measured: held-out true
            # sentences lost 7 of some 700 to it, against adversarial ones caught).
            terms = analyze(thing_of[1].lstrip("+")) if thing_of is not None else []
            if (
                thing_of is not None
                and terms
                and (
                    all(index.has(t) for t in terms)
                    or any(w in KNOWN_THINGS for w in thing_of[1].lstrip("+").lower().split())
                )
            ):
                value, noun = thing_of[0], thing_of[1].lstrip("+")
                said = f"the source does not say {value.text} is of '{noun}'"
                # (named by the fact that gives that figure)
                giver = next(
                    (
                        rd.fact.id
                        for i, rd in chosen
                        if values[i] is value and rd.relations[i] == "agree"
                    ),
                    chosen[0][1].fact.id,
                )
                return _misled(found, "relation", said, giver)
        if found.verdict is Verdict.supported and unknown:
            # The values agree, but the sentence also speaks of a thing or a body the store
            # never names (그랜저 for its 제네시스, KISA for its KOSA): no fact vouches for it.
            return Finding(
                text=text,
                verdict=Verdict.unverified,
                facts=found.facts,
                explanation=f"the store never mentions '{unknown[0]}'",
            )
        if found.verdict is Verdict.supported:
            recorded = _recorded_actor(store, analysis, chosen, readings, context)
            if recorded is not None:
                found = _misled(found, recorded.reason, recorded.explanation, recorded.fact)
        return found

    def weigh(chosen: list[tuple[int, _Reading]]) -> Finding:
        """Values agree: supported, unless the sentence means something the facts do not.

        When one fact agrees with every value, another that does too may say it the
        sentence's way (LG AI연구원 released it, where the first fact is about the model).
        """
        first = _weigh_meaning(
            store,
            analysis,
            supported_by(chosen),
            chosen,
            values,
            offset,
            context,
            related,
        )
        if first.verdict is Verdict.supported:
            first = details(first, chosen)
            if first.verdict is not Verdict.supported:
                # Not rescued by another fact that agrees: the word is what is wrong.
                return first
        if first.verdict is Verdict.supported and len({id(rd) for _i, rd in chosen}) == 1:
            # Another fact that agrees too and matches words the first does not (부실 복무,
            # 알았다) is what those words are about: its meaning must hold as well.
            lead = chosen[0][1]
            for alt in readings:
                if (
                    alt is lead
                    or not alt.agrees_all()
                    or alt.relevance < lead.relevance - 0.15
                    or not (alt.terms - lead.terms)
                ):
                    continue
                other = weigh_with(alt, related, actor=False)
                if other.verdict is not Verdict.supported:
                    return other
        if first.verdict is not Verdict.misleading or len({id(rd) for _i, rd in chosen}) > 1:
            return first
        if (
            first.reason == "direction"
            and first.explanation
            and _SAID_OTHERWISE.match(first.explanation)
        ):
            # (a word the fact says the other way, promoted for moved down: a fact that only
            # lacks the word does not make the sentence right)
            return first
        # Only a fact that speaks to the sentence as well (or matches all its words and more):
        # a press conference's date agrees with every fact said there.
        lead = chosen[0][1]
        for alt in sorted(readings, key=lambda rd: -rd.combined):
            if alt is lead or not alt.agrees_all() or alt.relevance < R_MIN:
                continue
            # Who did it is what tells two facts of one event apart (the model's feature, its
            # release by the lab): for an actor, a somewhat less relevant fact may answer.
            slack = 0.3 if first.reason == "actor" else 0.1
            if alt.relevance < lead.relevance - slack and not alt.terms >= lead.terms:
                continue
            if first.reason == "actor" and not _tells_of_it(analysis, alt.fact):
                continue  # another event of the day (the conference where it was unveiled)
            if (
                first.reason == "actor"
                and getattr(lead.fact, "actor", None)
                and not getattr(alt.fact, "actor", None)
                and alt.relevance >= lead.relevance
            ):
                # (who acted is the fact of record's: a fact that records no one, naming the
                # sentence's actor in another role, 국회 인사청문회, does not answer for it)
                continue
            if (
                first.reason in ("certainty", "tense")
                and all(s is None or s.role == "stated" for s in lead.slots)
                and not alt.terms >= lead.terms
            ):
                # What was only planned on a day is not made done by another fact of that day
                # (the meeting he will chair, said at the press conference).
                continue
            other = weigh_with(alt, related)
            if other.verdict is Verdict.supported:
                return details(other, [(i, alt) for i in range(len(values))])
        return first

    def role_swap(min_relevance: float) -> Finding | None:
        """A fact that agrees with every value once roles are ignored (a start for an end)."""
        if not any(v.role or v.family in ("birth", "model-year", "date") for v in values):
            return None
        if any(v.bound in DATE_BOUNDS and v.family != "birth" for v in values):
            return None  # (a bound is met by many days, in any role: no proof of another)
        if len(values) > 1 and all(
            any(rd.relations[i] == "agree" and rd.relevance >= R_MIN for rd in readings)
            for i in range(len(values))
        ):
            # (each value holds in its own role, of a fact of its own: two events, 2011 the
            # move to SK Telecom and 2016 the switch to the LG institute, not one's end)
            return None
        for reading in sorted(readings, key=lambda rd: -rd.combined):
            if reading.relevance < max(R_SUPPORT, min_relevance) or reading.agrees_all():
                continue
            lax = _read(
                reading.fact,
                _roles_for(reading.fact, values, analysis, offset),
                reading.relevance,
                reading.terms,
                birth_of.get(reading.fact.subject),
                strict=False,
            )
            if lax.agrees_all() and lax.combined >= R_SUPPORT:
                from factcli.judge.meaning.names import name_objection

                if name_objection(analysis, reading.fact, store) is not None:
                    continue  # (a post at another employer: LG사이언스파크's, not LG AI연구원's)
                return _role_mismatch(finding, lax, values, korean)
        return None

    # The best match among facts that have something to compare: a fact with no date or
    # number of the claim's kind says nothing about its values.
    # (Not facts of another person than the sentence's: 배우자 명의의 예금 is not measured
    # against his own deposits, which never contradict it.)
    top = max(
        (
            rd.relevance
            for rd in readings
            if any(r in ("agree", "conflict") for r in rd.relations)
            and not _another_persons(store, analysis, rd.fact)
        ),
        default=0.0,
    )

    born = any(v.family == "birth" for v in values)
    born_who = _subject_of(store, analysis, context) if born else None
    if born_who is not None and not _own_birth(analysis):
        # 배경훈의 장녀는 2012년생이다 is of the daughter; so is 배경훈의 배우자는 ... of the
        # spouse, when the store knows the spouse as a subject of their own.
        subject = store.subjects.get(born_who)
        if subject is None or "의 " not in subject.name:
            born_who = None
    # ... and when that person's own birth fact says another year, no other fact says theirs.
    birth_conflict = born and any(
        _is_birth(rd.fact) and rd.fact.subject == born_who and rd.typed_conflict for rd in readings
    )

    # A figure the sentence makes the predicate of a noun (증여세는 677만 원이었다) is that
    # noun's: only a fact that ties the noun to a figure of its kind speaks against it.
    measured = _measured_by(analysis, values, readings)

    owner = _subject_of(store, analysis, context)

    # (a fact that agrees only with the day and venue, where a clearly more relevant one holds
    # the content at another day, neither supports nor explains a value away: see _content_elsewhere)
    told_elsewhere = (
        {id(rd) for rd in readings if _content_elsewhere(rd, readings, values)}
        # (a sentence of several clauses joins facts; one that orders two events, announced
        # after the September 12 press conference, dates the other event by its day)
        if len(analysis.clauses) == 1 and not _ORDER_WORDS.search(analysis.text)
        else set()
    )

    # The posts an age is told at (when he became minister, 원장에 올랐을 때): their words.
    aged_at_post = (
        _POST_TERMS.intersection(analyze(analysis.text))
        if any(v.family == "age" for v in values)
        else frozenset()
    )

    def vetoed(supporter: _Reading) -> bool:
        # A birth year is someone's: only a birth fact of whom the sentence speaks of says it
        # (배경훈은 2012년에 태어났다 is not his 2012년생 daughter's birth, nor a text naming her).
        if born:
            if _is_birth(supporter.fact):
                if born_who is not None and supporter.fact.subject != born_who:
                    return True
            elif birth_conflict:
                return True
            elif (
                born_who is not None
                and any(
                    v.family == "birth" and r == "agree"
                    for v, r in zip(values, supporter.relations, strict=False)
                )
                and _birth_of(store, supporter.fact) != born_who
            ):
                # Another's birth year in a fact about someone else (2012년생 외동딸 in a
                # fact about him) says nothing of the spouse's.
                return True
        # A fact that disagrees vetoes a supporter when it matches every word the supporter
        # matched and more (예금 vs 채무), or is clearly more relevant and the supporter's
        # agreeing values are not too specific to be chance (a full date, 936만8310원).
        # A supporter that agrees on several values yields only to a fact that agrees on one.
        if other_stage(analysis, supporter.fact):
            return True  # (appointed in June: the nomination of June 23 is another event)
        if id(supporter) in told_elsewhere:
            return True  # (told lawmakers at his July 14 hearing that …: GTC's words, in March)
        margin = MARGIN + 0.3 * supporter.agreement
        several = len(values) >= 2
        # The start of his working life is one event: the fact that tells of it says when,
        # not a later post's start (SK텔레콤 in 2011, where he began in 2006).
        if (
            once
            and not _tells_once(supporter.fact)
            and any(
                rd.typed_conflict and rd.relevance >= R_MIN and _tells_once(rd.fact)
                for rd in readings
            )
        ):
            return True
        for rd in readings:
            if rd is supporter or not rd.typed_conflict or rd.relevance < R_CONFLICT:
                continue
            if several and "agree" not in rd.relations:
                continue
            if any(
                supporter.fact.id in ids and rd.fact.id not in ids for ids in measured.values()
            ) and not _named_again(analysis, values, supporter, rd):
                continue  # the supporter gives the sentence's noun its figure; rd another's
            if _apart(supporter, rd):
                continue  # two events of one sentence, each fact with its own values
            if _sums_to(values, rd.fact):
                continue  # the sentence lists the parts of the fact's total
            if aged_at_post and (aged_at_post & rd.terms) - supporter.terms:
                # (44 years old when he became minister: the age at the post the sentence
                # names, which the minister's fact works out, not an age told of another post)
                return True
            if (
                owner is not None
                and supporter.fact.subject == owner != rd.fact.subject
                and someone(store, owner)
                and someone(store, rd.fact.subject)
                # (not where the sentence's subject names a relative: 배 장관 부인, his wife,
                # whom the owner read from it may miss)
                and not _NAMES_KIN.search(analysis.actor or "")
            ):
                continue  # (Bae's deposits: his daughter's deposits are another's figure)
            if (
                any(
                    values[i].bound in ("min", "max") and r == "conflict"
                    for i, r in enumerate(rd.relations)
                )
                and rd.relevance >= supporter.relevance - BOUND_MARGIN
                # (not another's figure: his daughter's total below a floor on his deposits)
                and not (owner is not None and supporter.fact.subject == owner != rd.fact.subject)
            ):
                # A floor or a ceiling holds for many figures: one about as relevant that lies
                # on the other side of it wins (1억 원에 못 미쳤다: her deposits and securities,
                # 1억368만, not the securities alone).
                return True
            if (
                rd.terms > supporter.terms
                # (not, in a clause cut from its sentence, by a word the supporter says
                # otherwise: 받은 for its 수령했다, the rest being the next clause's)
                and not (
                    window
                    and all(_paraphrased(t, supporter.fact) for t in rd.terms - supporter.terms)
                )
            ) or rd.relevance > supporter.relevance + margin:
                return True
            if (
                rd.terms >= supporter.terms
                and rd.relevance >= supporter.relevance + SAME_WORDS_MARGIN
            ):
                # Every word the supporter matched, and clearly more relevant for the rest of
                # the sentence: the figure is the supporter's, the quantity named is this
                # fact's (재산 총액 for the apartment's 41억5천만 원).
                return True
            if (
                len(rd.terms - supporter.terms) >= 2 * max(1, len(supporter.terms - rd.terms))
                and len(rd.terms - supporter.terms) >= 4
                and rd.relevance >= supporter.relevance + 2 * SAME_WORDS_MARGIN
            ):
                # What the sentence tells (슈퍼컴 6호기 확충) is this fact's, at its own day;
                # the supporter holds only when and where (7월24일 네이버 각 세종).
                return True
            if (
                len(supporter.terms - rd.terms) <= 1
                and len(rd.terms - supporter.terms) >= 2
                and rd.relevance >= supporter.relevance + 2 * SAME_WORDS_MARGIN
            ):
                # All but one of its words and two more, and far more relevant: the quantity
                # the sentence names is this fact's (본인과 배우자, 자녀 명의 재산 총: the
                # declared total, not the apartment's value it shares 본인 with).
                return True
        return False

    once = _ONCE.search(analysis.text) is not None
    acts = frozenset().union(*(c.events for c in analysis.clauses)) - {"say", "hold"}

    def said_only(reading: _Reading) -> bool:
        """An act the sentence's verb tells of (지명했다) on the day a fact was only said,
        which does not tell of that act: the day Kang spoke of the nomination is not a day
        Kang nominated anyone."""
        return (
            bool(acts)
            and not acts <= _fact_events(reading.fact)
            and any(r == "agree" for r in reading.relations)
            and all(
                r != "agree" or _only_the_day_said(values[i], reading.slots[i], reading.fact)
                for i, r in enumerate(reading.relations)
            )
        )

    # (a sentence of two statements: each must be held, see check._joined_judge)
    two_statements = (
        len(analysis.clauses) > 1
        or bool(_COORDINATED.search(analysis.text))
        or bool(_JOINED.search(analysis.text))
        or bool(_LEADING_CLAUSE_EN.match(analysis.text))
    )

    def another_supporter(reading: _Reading, bar: Callable[[_Reading], float]) -> Finding | None:
        """The first other fact, most relevant first, that agrees with every value at the
        relevance `bar` asks of it and supports the sentence."""
        for alt in sorted(readings, key=lambda rd: -rd.combined):
            if (
                alt is reading
                or alt.combined < bar(alt)
                or not alt.agrees_all()
                or vetoed(alt)
                or said_only(alt)
            ):
                continue
            other = settle([(i, alt) for i in range(len(values))])
            if other.verdict is Verdict.supported:
                return other
        return None

    # 1. One fact agrees with every value, and no clearly more relevant fact disagrees.
    for reading in sorted(readings, key=lambda rd: -rd.combined):
        needed = R_SUPPORT_SEVERAL if len(values) >= 2 else R_SUPPORT
        if _weak_told(analysis, reading.fact) and not _outweighed(reading, readings):
            needed = min(needed, R_SUPPORT_WEAK)
        if _alone(reading, readings) and not two_statements:
            # (the most relevant fact, and the only one that speaks to the figures: the
            # sentence's other words are the writer's own)
            needed = min(needed, R_SUPPORT_ALONE)
        if reading.combined >= needed and reading.agrees_all() and not vetoed(reading):
            if said_only(reading):
                continue
            found = settle([(i, reading) for i in range(len(values))])
            if (
                found.verdict is Verdict.supported
                and len(analysis.values) == 1
                and _event_told_elsewhere(analysis, reading, readings)
            ):
                continue  # (only what it supports is kept from it; what it finds wrong stands)
            thing_owner = (
                _period_told_elsewhere(analysis, values, reading, readings)
                if found.verdict is Verdict.supported and len(values) == 1
                else None
            )
            if thing_owner is not None:
                finding.verdict = Verdict.contradicted
                finding.evidence = [_evidence(thing_owner, values, 0, analysis.korean)]
                return finding
            if (
                found.verdict is Verdict.contradicted
                and any(v.bound in DATE_BOUNDS for v in values)
                and any(k in _BOUND_NAMED for k, _n, _p in analysis.names)
            ):
                # A date's bound holds for many acts: a fact it agrees with, naming another
                # body, is no proof of another (moved to SK Telecom after 2010: the LG post of
                # 2016 is after 2010 too). The one that names the sentence's, or none.
                own_acts = frozenset(e for c in analysis.clauses for e in c.events) - {"say"}

                def own_act_bar(
                    alt: _Reading, at: float = needed, acts: frozenset[str] = own_acts
                ) -> float:
                    # (a fact of the sentence's own act: not any dated fact after 2010)
                    return at if acts & _fact_events(alt.fact) else 2.0

                other = another_supporter(reading, own_act_bar)
                return other if other is not None else finding
            if found.verdict is Verdict.contradicted and any(v.bound for v in values):
                # A floor or a ceiling holds for many figures: the fact that agrees and names
                # the sentence's noun is the one meant (예금 1억 원을 넘는다: his deposits,
                # not the debts of the same quote, though they are over 1억 too).
                def own_bar(alt: _Reading, at: float = needed) -> float:
                    return at if _own_figures(alt, values) else 2.0  # (2: none can reach it)

                other = another_supporter(reading, own_bar)
                if other is not None:
                    return other
                if any(
                    alt is not reading
                    and alt.relevance >= reading.relevance - BOUND_MARGIN
                    and not alt.disagrees()
                    and _meets_bounds(alt.fact, values)
                    for alt in readings
                ):
                    # (채무는 1억 원을 넘는다: a floor far under the debts' 7억4500만, which
                    # the deposits' 1억7124만 meets; the debts, as relevant, do not deny it)
                    return finding
            if found.verdict is Verdict.misleading and found.reason == "actor":
                # A fact almost as relevant may be the one whose actor the sentence names (LG
                # AI Research unveiled EXAONE 2.0, a bilingual model: the release, not the
                # model's languages).
                floor = max(needed, reading.combined - 0.3)
                # (any that agrees, when the sentence's actor did its act: the release by LG
                # AI연구원, beside the languages of the model it released)
                done = {e for c in analysis.clauses for e in c.events} - {"say"}

                def bar(
                    alt: _Reading,
                    done: set[str] = done,
                    needed: float = needed,
                    floor: float = floor,
                ) -> float:
                    own_act = bool(done & _fact_events(alt.fact)) and _actor_named(
                        store, analysis, alt.fact
                    )
                    return needed if own_act else floor

                other = another_supporter(reading, bar)
                if other is not None:
                    return other
            if found.verdict is Verdict.misleading and len(values) > 1:
                # A value this fact reads only as the day it was said may be another fact's
                # own date (2025 the LLM's, beside multimodal results in 2026, said in 2025).
                moved = _own_date_elsewhere(reading, readings, values, needed)
                if moved is not None and (other := settle(moved)).verdict is Verdict.supported:
                    return other
            return found
    # 1b. One fact agrees with every value and another holds the sentence's other words: a
    # sentence joining two facts (2,000 H200s would be needed, to beat DeepSeek R1).
    joined = _joined_reading(store, analysis, readings, novel, coverage, context, vetoed)
    if joined is not None:
        lent.update(joined[2])
        found = settle([(i, joined[0]) for i in range(len(values))])
        lent.clear()
        if found.verdict is Verdict.supported:
            found.evidence.append(_fact_evidence(joined[1], "agree", text, joined[1].statement))
            return found
    # 2. A relevant fact contradicts a value that no relevant fact explains otherwise.
    supporters = [rd for rd in readings if rd.combined >= R_SUPPORT and not said_only(rd)]
    # (not a fact of another stage of taking a post: the nomination in June, for "appointed
    # in June", explains no value away)
    same_stage = [
        rd for rd in readings if not other_stage(analysis, rd.fact) and id(rd) not in told_elsewhere
    ]
    every = [rd for rd in readings if id(rd) not in told_elsewhere]  # (any stage: explained)

    def explained(i: int, against: _Reading) -> bool:
        # Another fact, about as relevant and consistent with the whole claim, agrees with it;
        # the more specific the value (36억9767만 rather than 2023), the less relevance it needs.
        # A fact matching only some of the words the contradicting one matches (채무 vs 예금)
        # does not explain the value away; nor one of another stage (same_stage).
        readings = same_stage
        slack = EXPLAIN + 0.3 * specificity(values[i])
        if values[i].bound in ("min", "max") and "condition" not in values[i].events:
            # (a floor or a ceiling holds for many figures: one on its right side, clearly
            # less relevant than this one on its wrong side, explains nothing; about as
            # relevant, neither is shown: the sentence is unverified)
            best = max((rd.relevance for rd in readings if rd.relations[i] == "agree"), default=0.0)
            if against.relevance >= best + BOUND_MARGIN:
                return False
        # A fact that agrees holds more of the words of the value's own clause (in 2021 it
        # placed first at SQuAD, after a clause about CVPR): the value is that fact's.
        clause = analysis.clause_at(values[i].start + offset)
        own_side = (
            _order_side(analysis.text, values[i].text)
            or (relative_part(analysis.text, values[i]) if not offset else None)
            if len(analysis.clauses) == 1
            else None
        )
        if len(analysis.clauses) > 1 or own_side:
            # (or the side of an order the value is in: 지명된 6월 23일은 인사청문회보다
            # 먼저였다 dates the nomination, not the hearing the other side names; or the
            # relative clause: Bae, who was nominated on June 23, said on June 30 …)
            own = frozenset(analyze(own_side or clause.text))
            theirs = len(against.terms & own)
            # (of any stage: 7월 23일 … 임명장을 받았다 after a clause of the nomination)
            if any(
                rd.relations[i] == "agree" and len(rd.terms & own) > theirs
                for rd in every
                if rd is not against
            ):
                return True
        # A date that names a thing of its day (the June 28 mortgage cap): the day of a fact
        # that agrees, not of the clause's act (he said he knew nothing of it).
        if (
            values[i].family == "date"
            and _ATTRIBUTIVE_DATE_EN.match(analysis.text, values[i].end + offset)
            and _THE_BEFORE.search(analysis.text[: values[i].start + offset])
            and any(
                rd.relations[i] == "agree" and rd.relevance >= R_MIN
                for rd in readings
                if rd is not against
            )
        ):
            return True
        # A fact that agrees and holds a name in Latin letters the contradicting one lacks
        # (2021년에 SQuAD에서 정상에 올랐다: SQuAD's first place, not KorQuAD's of 2023).
        if any(
            rd.relations[i] == "agree"
            and rd.relevance >= R_MIN
            and any(_latin_name(analysis, t) for t in rd.terms - against.terms)
            for rd in readings
            if rd is not against
        ):
            return True
        # A fact that agrees with the value and with another one the contradicting fact does
        # not speak to is the event the value belongs to: a sentence of two events (the loan
        # taken on 6월 10일, before the cap announced on 6월 28일) gives each fact its own.
        if any(
            rd.relations[i] == "agree" and _apart(rd, against)
            for rd in readings
            if rd is not against and rd.relevance >= R_MIN
        ):
            return True
        # A figure far from the contradicting fact's (7억5천만 against 40억 원대), that another
        # relevant fact gives as it is, is that fact's: another quantity, not a wrong one.
        if _far_apart(values[i], against.slots[i]) and any(
            rd.relations[i] == "agree" and rd.relevance >= R_MIN and not values[i].approx
            for rd in readings
            if rd is not against
        ):
            return True
        # And a clearly more relevant fact that agrees wins over a weaker one that does not.
        return any(
            rd.relations[i] == "agree"
            and (
                rd.relevance >= against.relevance + 0.2
                or (
                    not rd.typed_conflict
                    and rd.relevance >= against.relevance - slack
                    and not (len(values) == 1 and rd.terms < against.terms)
                )
            )
            for rd in readings
        )

    conflicts: list[Evidence] = []
    firsts: dict[int, float] = {}
    # When some fact agrees with part of the claim and contradicts the rest, that fact is what
    # the claim is about: it alone gives the evidence (not facts that merely share a word).
    mixed = [
        rd
        for rd in readings
        if rd.typed_conflict and "agree" in rd.relations and rd.relevance >= R_MIXED
    ]
    # A fact about someone of the subject's (배경훈의 부모) says nothing against the subject.
    from factcli.judge.intervals import counted_from
    from factcli.judge.meaning.subjects import of_theirs, owned_subject, resolve

    who = resolve(store, analysis.actor) if analysis.actor and not owned_subject(analysis) else None
    # the events the sentence's verbs tell of (saying and having tell of no event)
    events = frozenset().union(*(c.events for c in analysis.clauses)) - {"say", "hold"}
    for reading in mixed or readings:
        if who is not None and of_theirs(store, who, reading.fact):
            continue
        if _sums_to(values, reading.fact):
            continue  # 예금 1819만 원과 증권 8549만 원: the parts of its 1억368만 원
        agreed = sum(r == "agree" for r in reading.relations)
        ties = any(reading.fact.id in measured.get(i, ()) for i in range(len(values)))
        # (A fact whose own date or figure is of the event the sentence's verb tells of, 출범
        # for its launch, is what the sentence speaks of, whatever other words it adds.)
        eventful = reading.typed_conflict and bool(events) and events <= _fact_events(reading.fact)
        if not agreed and novel and reading.relevance < R_STRONG and not ties and not eventful:
            # The sentence speaks of something the store never mentions (연봉, 입학): a fact
            # that merely shares a name and a date kind does not contradict it.
            continue
        # A fact that agrees on one value and not another is the thing being talked about,
        # even when the wording differs ("확보할 계획" for "구축할 방안").
        needed = (
            R_MIXED
            if agreed and reading.typed_conflict
            else R_CONFLICT
            if eventful
            else max(R_CONFLICT, top - DELTA)
        )
        if window and not agreed:
            # A clause cut from its sentence has few words to tell which fact it speaks of: a
            # fact agreeing with none of its values must be clearly about it to contradict it
            # (50,000 by 2028, after 200,000 GPUs, is not the 2,000 GPUs a model needs).
            needed = max(needed, R_STRONG)
        for i, rel in enumerate(reading.relations):
            # A near miss (1억7214만 for 1억7124만) is a slip of the store's value, however worded.
            near = rel == "conflict" and _near_miss(values[i], reading.slots[i])
            if i in measured and reading.fact.id not in measured[i]:
                continue
            if rel == "conflict" and _models_apart(analysis, values[i], reading.fact, store):
                continue  # the value is said of another model than the fact's
            if (
                rel == "conflict"
                and values[i].family == "duration"
                and reading.relevance < R_STRONG
                and counted_from(analysis.text, values[i].end + offset)
                and _models_elsewhere(analysis, reading.fact)
            ):
                # (…, and Bae left it a month later: a span from an event the store does not
                # date, not the four months another fact counts between two models)
                continue
            if rel == "conflict" and _another_persons(store, analysis, reading.fact):
                continue  # his wife's share is not his own share's value
            own = i in measured and rel == "conflict"  # the noun's own figure: no rival
            # (a birth year said of someone: their birth's fact, whatever else the sentence
            # holds that another fact agrees with, 2011년생인 장녀는 1억 원을 …)
            own = own or (
                rel == "conflict"
                and values[i].family == "birth"
                and born_who is not None
                and _is_birth(reading.fact)
                and reading.fact.subject == born_who
            )
            if reading.relevance < (R_MIN if near or own else needed):
                continue
            if (
                rel == "conflict"
                and names_a_limit(analysis, values[i].end + offset)
                and not LIMIT_WORD.search(" ".join(readings_texts(reading.fact)))
            ):
                continue  # (the 1 million won limit: the rule's figure, not the income's)
            if (
                rel == "conflict"
                and "rule" in reading.fact.tags
                and values[i].bound is None
                and not LIMIT_WORD.search(analysis.text)
            ):
                continue  # (… of which 1.07 million won was taxable: the income, not the rule's limit)
            if (
                rel == "conflict"
                and not near
                and _of_another_clause(analysis, values[i].start + offset, reading)
            ):
                continue  # (…the CVPR title, and in 2021 it topped SQuAD: 2021 is SQuAD's)
            if rel == "conflict" and not explained(i, reading):
                # At most two readings of one value, equally relevant: "15만장 (..) or 20만장 (..)".
                same = [e for e in conflicts if e.start == values[i].start]
                if not same:
                    conflicts.append(_evidence(reading, values, i, korean))
                    firsts[i] = reading.relevance
                elif len(same) < 2 and reading.relevance >= firsts[i] - 0.05:
                    conflicts.append(_evidence(reading, values, i, korean))
    if conflicts:
        # A start said to be an end, a birth year said to be another date: the values are
        # right for the fact in another role; say so rather than give the other role's value.
        swapped = role_swap(min_relevance=max(firsts.values(), default=R_SUPPORT) - 0.05)
        if swapped is not None:
            return swapped
        # A fact almost as relevant agrees with every value and names another place or
        # organisation than the sentence: the name is what is wrong, not the values (7월 23일
        # 정부세종청사에서 임명장을 받았다: the letter was handed on the 23rd, at Yongsan).
        from factcli.judge.meaning.names import name_objection

        for reading in sorted(readings, key=lambda rd: -rd.combined):
            if (
                reading.relevance < max(R_NAME_WEAK, max(firsts.values(), default=1.0) - 0.15)
                or not reading.agrees_all()
            ):
                continue
            named = name_objection(analysis, reading.fact, store)
            if (
                named is not None
                and named.found
                and not _another_model(named)
                # (a place or a body, not a quantity's name: 예금 7억4500만 is the debts'
                # figure told as the deposits', a value wrong for its quantity)
                and any(
                    kind in _WHERE_OR_WHO and p == named.start for kind, _n, p in analysis.names
                )
            ):
                return _named_conflict(finding, reading.fact, named, offset)
        stranger = _other_thing(store, analysis, [e.fact_id for e in conflicts], novel)
        if stranger is None:
            # (a verb the store never uses, that no contradicting fact says otherwise: the
            # sentence tells of another event, 위원장에 선출됐다, than the facts' dates)
            against = [(0, rd) for rd in readings if rd.fact.id in {e.fact_id for e in conflicts}]
            verbs = _novel_verbs(text, novel, against)
            stranger = verbs[0] if verbs else None
        if stranger is None:
            stranger = _act_of_none(analysis, values, offset, conflicts, store)
        if stranger is None and _PART_HELD.search(text):
            # (a part held in another's name, 배우자 명의 5분의 2, where the contradicting fact
            # gives his own part: another holder's part, which the store has no figure of)
            from factcli.judge.meaning.actors import holder_objection

            contra = [f for e in conflicts if (f := store.get(e.fact_id)) is not None]
            held_by = [holder_objection(store, analysis, f) for f in contra]
            # (only where every contradicting fact is another holder's: the spouse's deposits
            # said wrongly are still contradicted by her own fact, beside his)
            for f, held in zip(contra, held_by, strict=True) if all(held_by) else ():
                if held is not None and held.reason == "actor":
                    finding.explanation = (
                        f"{held.explanation} ({f.id}); the store gives no figure for the "
                        "holder named here"
                    )
                    return finding
        if stranger is not None:
            # The sentence speaks of a thing the contradicting facts do not (the car for the
            # apartment's value; ICCV, which the store never names, for CVPR): their values
            # are not this thing's.
            finding.explanation = f"the store says nothing of '{stranger}'"
            return finding
        finding.verdict = Verdict.contradicted
        finding.evidence = sorted(conflicts, key=lambda e: e.start)
        return finding
    # 3. Several facts, each relevant, together agree with every value.
    if len(values) >= 2:
        # (not a fact whose own words give another of the values otherwise: 30% of 15만 장
        # read against "30% of the 200,000 GPUs")
        supporters = [
            rd
            for rd in readings
            if rd.partial >= R_SUPPORT
            and (rd.typed_conflict or not rd.disagrees())
            and not said_only(rd)
        ]
        # A fact that fits one value but is scored against the whole sentence reads as less
        # relevant than it is (the filing of 2024 beside its correction in 2025): once one
        # fact supports firmly, the others may be somewhat less relevant.
        if supporters and not all(
            any(rd.relations[i] == "agree" for rd in supporters) for i in range(len(values))
        ):
            supporters += [
                rd
                for rd in readings
                if R_SUPPORT_SEVERAL <= rd.partial < R_SUPPORT and not rd.disagrees()
            ]
        if supporters:
            # A value no supporter speaks to may be another fact's, named by the words
            # around it alone (엑사원 3.5의 3개 모델 가운데 32B 모델이 …: the count of the
            # models, beside the listing of the 32B one): looked up by those words.
            for i in range(len(values)):
                if not any(rd.relations[i] == "agree" for rd in supporters):
                    supporters += _near_value(
                        store, analysis, values, i, offset, index, skip, readings, birth_of
                    )
    # (a value's supporter, of several, tells of another model than the value's clause
    # names: EXAONE 3.0's first place is not among the 62 models of EXAONE 3.5's listing)
    apart = len(values) >= 2 and any(k == "model" for k, _n, _p in analysis.names)

    def backs(rd: _Reading, i: int) -> bool:
        return rd.relations[i] == "agree" and not (
            apart and _models_apart(analysis, values[i], rd.fact, store)
        )

    explained_all = all(any(backs(rd, i) for rd in supporters) for i in range(len(values)))
    if explained_all and not any(vetoed(rd) for rd in supporters):
        options = [
            sorted((rd for rd in supporters if backs(rd, i)), key=lambda rd: -rd.partial)
            for i in range(len(values))
        ]
        choice = [(i, options[i][0]) for i in range(len(values))]
        found = settle(choice)
        if (
            found.verdict is Verdict.supported
            and len(analysis.values) == 1
            and _event_told_elsewhere(analysis, choice[0][1], readings)
        ):
            return finding  # (as in step 1: a fact of another act, where one of the act differs)
        if found.verdict is Verdict.misleading:
            # As in step 1: a fact about as relevant may be the one that says it the
            # sentence's way (the president's approval rather than "the first approved").
            slack = 0.3 if found.reason == "actor" else 0.1
            for i, ranked_here in enumerate(options):
                for alt in ranked_here[1:3]:
                    if alt.partial < ranked_here[0].partial - slack:
                        break
                    other = settle([*choice[:i], (i, alt), *choice[i + 1 :]])
                    if other.verdict is Verdict.supported:
                        return other
        return found
    # 4. No fact agrees with the values in the roles the sentence gives them, but one agrees
    # in other roles: the right numbers for another quantity (a birth year as a holding date,
    # a model year as a purchase, a start as an end).
    swapped = role_swap(min_relevance=R_SUPPORT)
    if swapped is not None:
        return swapped
    # 5. A fact a little less relevant agrees with every value but names another place,
    # school or employer in its place (떠나 ... 2011년 KT로 옮겼다, the store's SK텔레콤).
    from factcli.judge.meaning.names import name_objection

    for reading in sorted(readings, key=lambda rd: -rd.combined):
        if reading.relevance < R_NAME_WEAK or not reading.agrees_all():
            continue
        named = name_objection(analysis, reading.fact, store)
        if named is not None and not _another_model(named):
            return _named_conflict(finding, reading.fact, named, offset)
    return finding


# Nouns of what a thing is (a model, an agent, a committee): a sentence that says a thing is
# one, with figures a fact agrees with, says more than the figures.
_KIND_NOUNS = frozenset(
    [
        "모델",
        "에이전트",
        "플랫폼",
        "서비스",
        "위원회",
        "기관",
        "단체",
        "법인",
        "합작사",
        "자회사",
        "계열사",
    ]
)


# An English date before the noun it dates (the June 28 mortgage cap, its July 2024 forum).
_THE_BEFORE = rx.compile(r"(?i:\b(?:the|its|his|her|their|a)\s+)$")
_ATTRIBUTIVE_DATE_EN = rx.compile(
    r"\s+(?!(?i:and|or|to|that|when|as|at|in|on|of|by|is|was)\b)[a-z]"
)


def _order_side(text: str, value_text: str) -> str | None:
    """The side of an order the sentence puts two events in (judge.sequence) that holds the
    value, when only one does."""
    from factcli.judge.sequence import _sides

    sides = _sides(text)
    if sides is None:
        return None
    holding = [side for side in sides if value_text in side]
    return holding[0] if len(holding) == 1 else None


def _event_told_elsewhere(analysis: Analysis, reading: _Reading, readings: list[_Reading]) -> bool:
    """The sentence's act is none of the fact's, and a fact at least as relevant that tells of
    that act gives another value (Bae became minister in July 2024: the forum of July 2024
    tells of a lecture; the post's fact, of becoming minister, says July 2025)."""
    acts = frozenset().union(*(c.events for c in analysis.clauses)) - {"say", "hold", "meet"}
    if not acts or acts & _fact_events(reading.fact):
        return False
    return any(
        rd.disagrees() and rd.relevance >= reading.relevance and acts <= _fact_events(rd.fact)
        for rd in readings
        if rd is not reading
    )


# Makers and the products they make that the sources name: a maker's name before its
# product (Nvidia H200, 엔비디아 H200, Meta's Llama) is part of how the product is called.
# A part of a thing held (a share, the rest of it): whose part it is decides which figure.
_PART_HELD = rx.compile(r"지분|나머지|(?i:\bshares?\b|\bstake\b|\bremaining\b|\bthe\s+rest\b)")

# Makers and the products the store names, by the owners' table the owner check reads.
_MAKERS: dict[str, tuple[str, ...]] = {
    owner: things for things, owners in OWNED for owner in owners if owner != things[0]
}


def _maker_of_product(text: str, term: str, supporters: list[Fact]) -> bool:
    """Whether the word is the maker of a model named just after it in the sentence (within
    three words), which a supporting fact names too."""
    products = _MAKERS.get(term.lower())
    if not products:
        return False
    lowered = text.lower()
    at = lowered.find(term.lower())
    if at < 0:
        return False
    after = lowered[at + len(term) :].split()[:3]
    named = [p for p in products if any(w.startswith(p) for w in after)]
    told = " ".join(t for f in supporters for t in (f.statement, f.statement_en or "")).lower()
    return any(p in told for p in named)


def _period_told_elsewhere(
    analysis: Analysis, values: list[Value], reading: _Reading, readings: list[_Reading]
) -> _Reading | None:
    """The sentence gives when a thing began or ended, and the thing it names is not the
    fact's own but another fact's, which gives that thing another time (전문연구요원 복무는
    2006년 8월에 끝났다: August 2006 ends the doctorate the service's fact tells of; the
    service's own fact ends it in May 2008). That fact is returned."""
    if not any(v.events & {"start", "end"} for v in values):
        return None
    slot = reading.slots[0] if reading.slots else None
    if slot is None or slot.role not in ("start", "end"):
        return None  # (the value agrees with the fact's period: the thing it bounds)
    mine = reading.fact.value
    if not isinstance(mine, str):
        return None
    text = analysis.text.lower()
    own = _thing_words(mine, analysis.korean)
    # (박사과정 names the doctorate of 박사학위: a word's first two syllables will do)
    if not own or any(t in text or (len(t) > 2 and not t.isascii() and t[:2] in text) for t in own):
        return None
    for rd in readings:
        theirs = rd.fact.value
        if rd is reading or not isinstance(theirs, str) or not rd.disagrees():
            continue
        if not (rd.fact.start or rd.fact.end) or rd.relevance < reading.relevance - 0.3:
            continue
        if any(t in text for t in _thing_words(theirs, analysis.korean) - own):
            return rd
    return None


def _thing_words(value: str, korean: bool) -> set[str]:
    """The words of a thing that tell it apart (details.thing_terms); for an English sentence,
    the English words look-ups take for its Korean ones (박사학위: doctorate, PhD)."""
    from factcli.judge.details import thing_terms
    from factcli.text.synonyms import GROUPS

    terms = thing_terms(value, True)
    if korean:
        return terms
    words = {t for t in terms if t.isascii()}
    for group in GROUPS:
        if any(w for w in group if not w.isascii() and any(t.startswith(w) for t in terms)):
            words |= {w for w in group if w.isascii() and " " not in w}
    return words


def _known_limits(store: Store, values: list[Value], index: Index | None) -> list[Value]:
    """A limit the sentence names (한도인 6억 원) that is a figure the store gives marked so:
    the figure of what is compared to it may then stand for it (107만 over 기준인 100만); a
    limit the store never gives (한도인 7억 원) is met by nothing but itself."""
    if not any("limit" in v.events for v in values):
        return values
    index = index or store_index(store)
    return [
        replace(v, events=v.events | {"limit-known"})
        if "limit" in v.events and v.amount is not None and index.positions_with_value(v.amount)
        else v
        for v in values
    ]


def _meets_bounds(fact: Fact, values: list[Value]) -> bool:
    """Whether the fact's own figure lies on the side of each floor or ceiling the sentence
    gives (7억4500만 over 1억), however far."""
    figure = _fact_number(fact)
    if figure is None:
        return False
    return all(
        v.amount is not None and (figure >= v.amount if v.bound == "min" else figure <= v.amount)
        for v in values
        if v.bound in ("min", "max")
    )


def _own_figures(reading: _Reading, values: list[Value]) -> bool:
    """Whether each bounded figure of the sentence is read against the fact's own value, not
    a figure its quote gives of another thing (예금과 채무는 각각 1억7124만 원, 7억4500만 원)."""
    own = _fact_number(reading.fact)
    if own is None:
        return True  # (a fact without a figure of its own: its text's figures are its own)
    return all(
        slot is not None and slot.amount == own
        for value, slot in zip(values, reading.slots, strict=False)
        if value.bound
    )


# A clause joined by "and" to the one before, with a verb of its own (…, and Bae later joined
# Samsung; was sworn in and announced his resignation).
_AND_CLAUSE_EN = rx.compile(
    r"(?:,\s*|\s)(?:and|but)\s+(?:then\s+|later\s+|also\s+)?(?=(?:he|she|it|they|bae|is|was|"
    r"are|were|has|had|have|[a-z]+(?:ed|ought|aid|ave|ook|ent|ame|ew|old|eld|eft|ecame|egan|on|"
    r"ade|ut|et))\b)"
    r"|;\s+|,\s+(?:which|who)\s+"
)


# A stop on the way (SK텔레콤을 거쳐, by way of SK Telecom, after stints at): the place named
# is told of its own, beside the fact of where the way led.
_VIA = rx.compile(
    r"([가-힣A-Za-z]+)(?:을|를)?\s*거(?:쳐|친|치고|치며|쳤고)(?![가-힣])"
    r"|(?i:\b(?:via|by\s+way\s+of|after\s+stints?\s+at)\s+((?:[A-Z][\w-]*\s*){1,3}))"
)


def _stop_before(stop: Fact, fact: Fact) -> bool:
    """`stop` is a post of the same person the source dates before `fact`'s event."""
    from factcli.judge.sequence import _later
    from factcli.store.model import event_date

    if stop.kind != "position" or stop.subject != fact.subject:
        return False
    before, after = event_date(stop), event_date(fact)
    return before is not None and after is not None and _later(after, before)


def _via(text: str, term: str) -> bool:
    """Whether `term` is a word of a place the sentence passes through on the way."""
    return any(
        term in analyze(m.group(1) or m.group(2) or "") or term in (m.group(1) or "").lower()
        for m in _VIA.finditer(text)
    )


def _models_elsewhere(analysis: Analysis, fact: Fact) -> bool:
    """The fact names models and the sentence none of them (a span between two models'
    releases, against a sentence of other events)."""
    theirs = {n for k, n, _p in names_of(fact.statement or "") if k == "model"}
    mine = {n for k, n, _p in analysis.names if k == "model"}
    return bool(theirs) and not theirs & mine


def _version_told_otherwise(
    store: Store, analysis: Analysis, related: list[Fact], offset: int
) -> Finding | None:
    """Another lab's model named with a version no fact the sentence speaks of gives it,
    where one of them names that model with another (Gemma 3, where the comparison the
    source makes is with Gemma 2): contradicted by that fact's name."""
    from factcli.judge.meaning.names import name_objection

    at = {p for k, _n, p in analysis.names if k.startswith("version-") and k != "version-chip"}
    if not at:
        return None
    for fact in related[:6]:
        named = name_objection(analysis, fact, store)
        if named is not None and named.reason == "name" and named.start in at:
            finding = Finding(text=analysis.text, verdict=Verdict.unverified, facts=[fact.id])
            return _named_conflict(finding, fact, named, offset)
    return None


def _novel_in_bare_clause(
    analysis: Analysis, novel: list[str], window: tuple[int, int]
) -> list[str]:
    """Words the store never uses, in a clause of the sentence with no value of its own."""
    if not novel:
        return []
    text = analysis.text
    cuts = {window[0], window[1]}
    cuts |= {c.start for c in analysis.clauses if window[0] < c.start < window[1]}
    if not analysis.korean:
        cuts |= {m.end() for m in _AND_CLAUSE_EN.finditer(text, *window)}
    found = []
    for a, b in itertools.pairwise(sorted(cuts)):
        if any(a <= v.start < b for v in analysis.values):
            continue
        words = set(analyze(text[a:b]))
        found += [
            t
            for t in novel
            if t in words and len(t) >= 2 and not t.isdigit() and not _WHEN_WORD.match(t)
        ]
    return found


def _slot_date(reading: _Reading, i: int) -> PartialDate | None:
    """The store's date a reading gives the sentence's value `i`, if any."""
    slot = reading.slots[i] if i < len(reading.slots) else None
    return slot.date if slot is not None else None


def _content_unheld(
    store: Store, analysis: Analysis, facts: list[Fact], values: list[Value]
) -> list[str]:
    """What an English sentence says someone said ("said … that …"), where no supporting fact
    is of anyone's words (a post held on that day, a date of record): the saying is no fact's.
    The words said, as the unknown; none where some fact is a remark."""
    if analysis.korean or not facts:
        return []
    m = SAID_THAT_EN.search(analysis.text)
    if m is None or m.group("verb").lower().startswith("announc"):
        return []  # (announced that: a body's act of record, not a remark)
    if any(
        getattr(f, "stated", None) or getattr(f, "actor", None) or "say" in _fact_events(f)
        for f in facts
    ):
        return []
    return [" ".join(m.group("said").strip(" .").split()[:6])]


def _own_date_elsewhere(
    reading: _Reading, readings: list[_Reading], values: list[Value], needed: float
) -> list[tuple[int, _Reading]] | None:
    """The reading's values, each read as the saying's day given instead to the most relevant
    other fact whose own date it agrees with; None when there is none such."""
    choice = [(i, reading) for i in range(len(values))]
    moved = False
    for i, slot in enumerate(reading.slots):
        if slot is None or slot.role != "stated":
            continue
        alt = next(
            (
                rd
                for rd in sorted(readings, key=lambda rd: -rd.relevance)
                if rd is not reading
                and rd.relations[i] == "agree"
                and rd.slots[i] is not None
                and rd.slots[i].role != "stated"  # type: ignore[union-attr]
                and rd.relevance >= needed - 0.2
            ),
            None,
        )
        if alt is None:
            return None
        choice[i], moved = (i, alt), True
    return choice if moved else None


def _of_another_clause(analysis: Analysis, at: int, reading: _Reading) -> bool:
    """Whether the fact's words are all in other clauses than that of the value at `at` (in
    the whole sentence), which has words of its own: the value tells of that clause's thing,
    not the fact's."""
    if len(analysis.clauses) < 2:
        return False
    clause = analysis.clause_at(at)
    own = {t for t in analyze(clause.text) if not t.isdigit() and len(t) > 1}
    return bool(own) and not own & reading.terms


# Words that single a thing out, by the kind of claim they make; a supporting fact must make
# the same kind of claim in one of its words.
# A verb's coordinating ending before a comma (나오고, 밝히며,), a comma before "and": a
# second statement follows.
_COORDINATED = rx.compile(r"[가-힣](?:고|며|면서),\s|(?i:,\s+(?:and|while|but|whereas)\s)")


def _actor_named(store: Store, analysis: Analysis, fact: Fact) -> bool:
    """Whether the sentence's subject names the fact's actor."""
    from factcli.judge.meaning.subjects import resolve

    actor = getattr(fact, "actor", None)
    return bool(actor) and analysis.actor is not None and resolve(store, analysis.actor) == actor


def _day_of(fact: Fact) -> str | None:
    """The day a fact's event took place, or else the day it was said."""
    return getattr(fact, "date", None) or getattr(fact, "stated", None)


# Kinds of name that say where a thing was done or by whom (a named place wrong beside a
# right date is the error, not the date).
_WHERE_OR_WHO = frozenset(
    ["place", "district", "building", "venue", "complex", "employer", "org", "school"]
)


# A fact that speaks to the values this much less than the most relevant one leaves it alone.
R_ALONE_GAP = 0.1


def _alone(reading: _Reading, readings: list[_Reading]) -> bool:
    """The most relevant fact, and the only one that speaks to the sentence's values but for
    facts R_ALONE_GAP or more less relevant (a fact of another remark that shares a few words)."""
    top = max(rd.relevance for rd in readings)
    return reading.relevance >= top and not any(
        rd is not reading
        and any(r is not None for r in rd.relations)
        and rd.relevance >= max(R_MIN, reading.relevance - R_ALONE_GAP)
        for rd in readings
    )


def _models_apart(analysis: Analysis, value: Value, fact: Fact, store: Store | None = None) -> bool:
    """The value's clause names models, and none of them is the fact's (2024년 8월 7일에는
    엑사원 3.0을 내놨고, 4개월 뒤 3.5를: the date is 3.0's, not 3.5's); or the fact names
    none and was told before each of them came out (EXAONE's 32B parameters, said in March
    2025, are not EXAONE 4.0's, released in July)."""
    clause = analysis.clause_at(value.start)
    mine = {n for k, n, p in analysis.names if k == "model" and clause.start <= p < clause.end}
    if not mine:
        return False
    theirs = {n for k, n, _p in names_of(fact.statement or "") if k == "model"}
    if theirs or store is None:
        return bool(theirs) and not mine & theirs
    told = getattr(fact, "stated", None) or getattr(fact, "date", None)
    if not told:
        return False
    day = parse_iso(told)
    out = [_released(store, model) for model in mine]
    return all(r is not None and (r.year, r.month or 0) > (day.year, day.month or 0) for r in out)


_RELEASED = rx.compile(r"공개|출시|선보|내놓|내놨|발표|(?i:\b(?:released|unveiled|launched)\b)")


def _released(store: Store, model: str) -> PartialDate | None:
    """The day the store says a model came out, by the facts its index has for EXAONE."""
    fact = _release_of(store, model)
    return parse_iso(fact.date) if fact is not None and fact.date else None


def _release_of(store: Store, model: str) -> Fact | None:
    """The fact that tells when a model came out, by the facts its index has for EXAONE."""
    index = store_index(store)
    for term in analyze("엑사원")[:1]:
        for p in sorted(index.postings_of(term))[:400]:
            fact = store.facts[p]
            if fact.kind != "date" or not fact.date or not _RELEASED.search(fact.statement):
                continue
            if model in {n for k, n, _p in names_of(fact.statement) if k == "model"}:
                return fact
    return None


def _later_release(out: PartialDate, day: PartialDate) -> bool:
    """The release is after the day, at the precision both give: to the month where both
    have one (not in the same month), else by the year alone (EXAONE, first out in 2021,
    told of in 2018)."""
    if out.year is None or day.year is None:
        return False
    if out.month is None or day.month is None:
        return out.year > day.year
    return (out.year, out.month, out.day or 0) > (day.year, day.month, day.day or 0) and (
        out.year,
        out.month,
    ) != (day.year, day.month)


# Names a date's bound may have found the wrong one of (an employer, a body, a school, a place).
_BOUND_NAMED = frozenset(
    ["employer", "org", "school", "school-en", "place", "district", "building"]
)


def _before_release(
    store: Store,
    analysis: Analysis,
    values: list[Value],
    vouched: set[tuple[str, str]],
    span: tuple[int, int],
) -> tuple[str, str] | None:
    """(fact id, explanation) where the sentence tells of a model no supporting fact names, on
    a day before the store says it came out: the sentence's own dates, to the month."""
    days = [
        v.date
        for v in values
        if v.family == "date"
        and v.date is not None
        and v.date.year
        # (after June 2024: a bound, which a later release meets)
        and v.bound not in ("after", "in-or-after")
    ]
    if not days:
        return None
    for kind, name, pos in analysis.names:
        if kind != "model" or (kind, name) in vouched or not span[0] <= pos < span[1]:
            continue
        fact = _release_of(store, name)
        if fact is None or not fact.date:
            continue
        out = parse_iso(fact.date)
        if out.year and all(_later_release(out, d) for d in days):
            return fact.id, f"the model came out on {fact.date}, after the sentence's day"
    return None


# The figure's noun phrase said to be another thing (연금 936만8310원은 모두 과세 대상
# 소득이었다): the copula's noun after the figure's topic.
_NAMED_AGAIN = rx.compile(
    r"\s*(?:은|는|이|가)\s+(?:모두\s+|전부\s+|전액\s+|다\s+)?([^.,]{1,24}?)\s*"
    r"(?:이었다|였다|이다|이었고|였고|입니다|이었습니다|였습니다)"
)


_ORDER_WORDS = rx.compile(
    r"이후|이전|전에|뒤에|후에|앞서|보다|(?i:\b(?:after|before|since|until|prior\s+to|ahead\s+of)\b)"
)


def _content_elsewhere(supporter: _Reading, readings: list[_Reading], values: list[Value]) -> bool:
    """A clearly more relevant fact holds much of what the sentence says that the supporter
    does not, and dates it otherwise than the sentence's date the supporter agrees with: the
    sentence puts one event's content at another's day and place (Bae told lawmakers at his
    July 14 hearing that he wanted to grow EXAONE into a sovereign AI: said at GTC in March)."""
    from factcli.store.model import event_date

    dated = [
        i
        for i, v in enumerate(values)
        if v.family == "date" and v.date is not None and supporter.relations[i] == "agree"
    ]
    if len(values) != 1 or not dated:
        return False  # (several values: a sentence joining two facts, each with its own)
    for rd in readings:
        if (
            rd is supporter
            or rd.relevance < supporter.relevance + 0.15
            or len(rd.terms - supporter.terms) < 3
        ):
            continue
        day = event_date(rd.fact)
        if day is None:
            continue
        their = parse_iso(str(day)) if not isinstance(day, PartialDate) else day
        if all(not d.agrees(their) for i in dated if (d := values[i].date) is not None):
            return True
    return False


def _latin_name(analysis: Analysis, term: str) -> bool:
    """A term the sentence writes as a name in Latin letters: any in a Korean sentence
    (SQuAD, CVPR), one with a capital past its first letter in an English one (EXAONE)."""
    if not (term.isascii() and term.isalpha() and len(term) >= 3):
        return False
    if analysis.korean:
        return True
    return any(
        any(c.isupper() for c in m.group()[1:])
        for m in re.finditer(rf"(?i:\b{re.escape(term)})", analysis.text)
    )


def _named_again(
    analysis: Analysis, values: list[Value], supporter: _Reading, rival: _Reading
) -> bool:
    """A figure the supporter gives its noun, said to be what the rival fact's words name
    and the supporter's do not (the pension said to be the taxable income)."""
    for value in values:
        m = _NAMED_AGAIN.match(analysis.text, value.end)
        if m is not None and set(analyze(m.group(1))) & (rival.terms - supporter.terms):
            return True
    return False


def _measured_by(
    analysis: Analysis, values: list[Value], readings: list[_Reading]
) -> dict[int, set[str]]:
    """For each value the sentence makes the predicate of a noun, the facts among `readings`
    that tie that noun to a figure of the same unit (증여세 776만 원)."""
    from factcli.judge.meaning.figures import measured_noun, ties_noun

    out: dict[int, set[str]] = {}
    for i, value in enumerate(values):
        noun = measured_noun(analysis.text, value)
        if noun is not None:
            ids = {rd.fact.id for rd in readings if ties_noun(rd.fact, noun, value)}
            if ids:
                out[i] = ids
            continue
        # The only figure of the sentence, after a bare noun (장녀는 예금 1819만 원): that
        # noun's, when a fact tying the noun to a figure agrees with it (the deposits', not
        # what deposits and securities come to together).
        noun = measured_noun(analysis.text, value, bare=True) if len(values) == 1 else None
        if noun is None:
            continue
        ids = {rd.fact.id for rd in readings if ties_noun(rd.fact, noun, value)}
        if any(rd.fact.id in ids and rd.relations[i] == "agree" for rd in readings):
            out[i] = ids
    return out


# Kinds of name a supporting fact must hold itself: a detail another fact may contradict.
_DETAIL_KINDS = frozenset(["field", "market"])


def _elsewhere(analysis: Analysis, fact: Fact) -> bool:
    """The fact names the employer it was done at, and the sentence, telling of work done,
    names another, not it."""
    if not _WORK_DONE.search(analysis.text):
        return False
    mine = {n for k, n, _p in analysis.names if k == "employer"}
    theirs = {
        n for t in readings_texts(fact) for k, n, _p in names_of(t, loose=True) if k == "employer"
    }
    return bool(mine and theirs and not mine & theirs)


# Kinds of name that are what a sentence is about: a fact naming none of the kind, and not
# this name, speaks of another thing.
_THING_KINDS = frozenset(["vehicle", "model", "market", "machine"])


def _other_thing(store: Store, analysis: Analysis, ids: list[str], novel: list[str]) -> str | None:
    """A name of the sentence (a thing of _THING_KINDS, or an acronym the store never uses)
    that none of the facts it is contradicted by holds in any form."""
    from factcli.judge.meaning.subjects import _squash

    facts = [f for f in (store.get(i) for i in dict.fromkeys(ids)) if f is not None]
    if not facts:
        return None
    texts = [t for f in facts for t in readings_texts(f)]
    squashed = [_squash(t) for t in texts]
    kinds = {kind for t in texts for kind, _n, _p in names_of(t, loose=True)}
    for kind, _name, pos in analysis.names:
        word = re.match(r"[^\s,.()]+", analysis.text[pos:])
        if (
            kind in _THING_KINDS
            and kind not in kinds
            and word
            and not any(_squash(word.group()) in t for t in squashed)
        ):
            return word.group()
    for term in novel:
        if term.isupper() and not any(term.lower() in t for t in squashed):
            return term
    return None


# Acts a thing undergoes that no fact of a sale, a loan or a post tells of: a building put up.
_FOREIGN_ACTS = frozenset(["build"])


def _act_of_none(
    analysis: Analysis,
    values: list[Value],
    offset: int,
    conflicts: list[Evidence],
    store: Store,
) -> str | None:
    """The act of the clauses of the contradicted values, where every one of them tells an
    act no contradicting fact tells of (배경훈의 아파트는 2015년에 준공됐다, against the
    contract's day: the building's completion, which the store never dates); a wrong date
    of another act beside it is still contradicted."""
    contra = [f for e in conflicts if (f := store.get(e.fact_id)) is not None]
    told = None
    for e in conflicts:
        value = next((v for v in values if v.start == e.start), None)
        if value is None:
            return None
        clause = analysis.clause_at(value.start + offset)
        acts = clause.events & _FOREIGN_ACTS
        if not acts or any(acts & _fact_events(f) for f in contra):
            return None
        said = event_pattern(sorted(acts)[0]).search(clause.text)
        told = told or (said.group() if said else sorted(acts)[0])
    return told
