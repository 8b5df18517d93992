"""The store's own statements with one name or figure swapped are never supported.

Every fact's statement is true by the store; the same sentence with another place, district,
ministry, organisation, school, award grade, model, car, relative, president or figure in it
is not, whatever else it shares with the fact. This holds the checker to the whole store, not
to examples: a rule that lets one of these through fails here.
"""

from __future__ import annotations

import pytest

from factcli.judge.check import check_text

# (what the store says, another of the same kind)
SWAPS = [
    ("서울", "부산"),
    ("서초구", "강남구"),
    ("종로구", "중구"),
    ("과학기술정보통신부", "산업통상자원부"),
    ("과기부", "산업부"),
    ("LG AI연구원", "LG경제연구원"),
    ("LG유플러스", "SK텔레콤"),
    ("LG전자", "삼성전자"),
    ("광운대", "연세대"),
    ("은탑", "동탑"),
    ("엑사원 3.5", "엑사원 4.0"),
    ("제네시스", "그랜저"),
    ("장녀", "배우자"),
    ("이재명", "윤석열"),
    ("강훈식", "김병관"),
    ("2028년", "2029년"),
    ("20만장", "30만장"),
]

# ... and of the English statements.
SWAPS_EN = [
    ("Seoul", "Busan"),
    ("Seocho", "Gangnam"),
    ("Kwangwoon", "Yonsei"),
    ("Silver Tower", "Bronze Tower"),
    ("EXAONE 3.5", "EXAONE 4.0"),
    ("Genesis", "Grandeur"),
    ("LG Uplus", "SK Telecom"),
    ("LG AI Research", "LG Economic Research Institute"),
    ("Lee Jae-myung", "Yoon Suk Yeol"),
    ("daughter", "wife"),
    ("Ministry of Science and ICT", "Ministry of Trade, Industry and Energy"),
    ("Kang Hoon-sik", "Kim Byung-kwan"),
    ("Sejong", "Gwacheon"),
    ("Stanford", "Harvard"),
    ("NVIDIA", "AMD"),
    ("2028", "2029"),
    ("200,000", "300,000"),
]

# Who did it, swapped for another person the store knows (배경훈 -> 강훈식). The one a
# sentence says was nominated (강훈식은 ... 후보자로 지명됐다) is the fact's subject, not who
# spoke of it. Known gap: the nominee swapped inside the chief of staff's own remarks
# (강훈식의 장관 후보자 지명을 두고), where the speaker's name is also the fact's; these three
# stay supported (README, known gaps).
PERSON_SWAPS = [
    ("배경훈", "강훈식", "statement", 3),
    ("Bae Kyung-hoon", "Kang Hoon-sik", "statement_en", 3),
]


def _mutants(store, swaps, field="statement"):  # type: ignore[no-untyped-def]
    for fact in store.facts:
        text = getattr(fact, field) or ""
        for said, other in swaps:
            if said in text:
                yield fact.id, text.replace(said, other, 1)


@pytest.mark.parametrize(("swaps", "field"), [(SWAPS, "statement"), (SWAPS_EN, "statement_en")])
def test_there_are_mutants_of_every_kind(bundled, swaps, field):  # type: ignore[no-untyped-def]
    made = {said for said, _other in swaps if any(_mutants(bundled, [(said, "")], field))}
    assert made == {said for said, _other in swaps}


@pytest.mark.parametrize(
    ("said", "other", "field"),
    [(*swap, "statement") for swap in SWAPS] + [(*swap, "statement_en") for swap in SWAPS_EN],
)
def test_a_statement_with_a_name_or_figure_swapped_is_not_supported(bundled, said, other, field):  # type: ignore[no-untyped-def]
    supported = [
        (fid, text)
        for fid, text in _mutants(bundled, [(said, other)], field)
        if check_text(bundled, text).verdict.value == "supported"
    ]
    assert not supported


@pytest.mark.parametrize(("said", "other", "field", "gaps"), PERSON_SWAPS)
def test_a_statement_said_of_another_person_is_rarely_supported(bundled, said, other, field, gaps):  # type: ignore[no-untyped-def]
    mutants = list(_mutants(bundled, [(said, other)], field))
    supported = [
        fid for fid, text in mutants if check_text(bundled, text).verdict.value == "supported"
    ]
    assert len(mutants) > 50
    assert len(supported) <= gaps, supported


def test_a_statement_with_a_year_moved_is_not_supported(bundled):  # type: ignore[no-untyped-def]
    import re

    supported = []
    count = 0
    for field in ("statement", "statement_en"):
        for fact in bundled.facts:
            text = getattr(fact, field) or ""
            for m in re.finditer(r"(?<![\d.,])(19[5-9]\d|20[0-3]\d)(?![\d.,])", text):
                count += 1
                moved = text[: m.start()] + str(int(m.group()) + 1) + text[m.end() :]
                if check_text(bundled, moved).verdict.value == "supported":
                    supported.append((fact.id, moved))
    assert count > 150
    # Known gap: a year in parentheses after a day ("signed on March 5 (2025)") is read
    # apart from the day, so moving it is not seen.
    assert len(supported) <= 1, supported


def test_a_statement_denied_is_not_supported(bundled):  # type: ignore[no-untyped-def]
    """Each Korean statement ending in 했다/됐다 said the other way (하지 않았다, 되지 않았다)."""
    import re

    supported = []
    count = 0
    for fact in bundled.facts:
        m = re.search(r"([가-힣]+)(했|됐)다\.$", fact.statement or "")
        if not m:
            continue
        count += 1
        ending = "하지 않았다." if m.group(2) == "했" else "되지 않았다."
        denied = fact.statement[: m.start()] + m.group(1) + ending
        if check_text(bundled, denied).verdict.value == "supported":
            supported.append((fact.id, denied))
    assert count > 90
    # Known gaps: a verb the source words otherwise (설명하지 않았다 for 밝혔다), a denial
    # denied (부인하지 않았다), a sentence of two clauses whose last is denied.
    assert len(supported) <= 3, supported


# How sure, which way, which deal: the store's statements with a word of certainty, direction
# or dealing turned (검토 -> 확정, exceeded -> fell below, bought -> sold).
TURNS = [
    ("검토", "확정"), ("고민하고 있다", "확정했다"), ("고민", "확정"), ("전망한다", "확정했다"),
    ("전망", "확정"), ("계획이다", "완료했다"), ("예정이다", "마쳤다"), ("방침이다", "완료했다"),
    ("것으로 본다", "것으로 확정했다"), ("이상", "이하"), ("넘었다", "밑돌았다"), ("늘리", "줄이"),
    ("최소", "최대"), ("샀", "팔았"), ("매매하는", "매각하는"), ("is considering", "has decided"),
    ("expects", "confirmed"), ("plans to", "has decided to"), ("forecasts", "confirmed"),
    ("at least", "at most"), ("would take", "took"), ("bought", "sold"),
    ("exceeded", "fell below"), ("considering", "finalising"),
    # a bound dropped, a plan said done (tenth session)
    ("이르면 ", ""), ("at least ", ""), ("as early as ", ""), ("하겠다고", "했다고"), ("최소 ", ""),
]  # fmt: skip


def _turned(store, turns):  # type: ignore[no-untyped-def]
    """The store's statements (Korean and English) with one word turned: (all, supported)."""
    mutants = [
        (fact.id, text.replace(said, other, 1))
        for fact in store.facts
        for text in (fact.statement, fact.statement_en or "")
        for said, other in turns
        if said in text
    ]
    supported = [
        fid for fid, text in mutants if check_text(store, text).verdict.value == "supported"
    ]
    return mutants, supported


def test_a_statement_turned_in_certainty_direction_or_deal_is_rarely_supported(bundled):  # type: ignore[no-untyped-def]
    mutants, supported = _turned(bundled, TURNS)
    assert len(mutants) >= 30
    # Known gap: "sold the home he lived in and sold the apartment to live in", where the fact
    # tells of both a sale and a purchase; and one true mutant (최소 1년 이상 -> 1년 이상).
    assert len(supported) <= 2, supported


# What was done, and to whom: a verb or a role turned (받았다 -> 반납했다, promoted -> demoted,
# his own name -> his wife's name, 직전 -> 직후).
ROLE_TURNS = [
    ("본인 명의", "배우자 명의"), ("본인", "배우자"), ("배우자", "본인"),
    ("his own name", "his wife's name"), ("취임", "퇴임"), ("입학", "졸업"), ("졸업", "입학"),
    ("받았다", "반납했다"), ("joined", "left"), ("took office", "resigned"),
    ("founded", "closed"), ("received", "returned"), ("초대", "2대"), ("first", "second"),
    ("유일", "두 번째"), ("처음", "마지막"), ("출범", "해체"), ("합류", "퇴사"), ("승진", "강등"),
    ("promoted", "demoted"), ("증가", "감소"), ("increase", "decrease"), ("상향", "하향"),
    ("앞서", "뒤이어"), ("before", "after"), ("이전", "이후"),
    ("받았", "줬"), ("임명", "해임"), ("설립", "해체"), ("began", "ended"),  # tenth session
]  # fmt: skip


def test_a_statement_with_a_verb_or_role_turned_is_mostly_not_supported(bundled):  # type: ignore[no-untyped-def]
    mutants, supported = _turned(bundled, ROLE_TURNS)
    assert len(mutants) >= 100
    # Known gaps (17 of 130 at the tenth session, with its four new turns; 24 of 104 at its
    # start, 52 at the seventh's): an ordinal Korean grammar leaves odd (유일 -> 두 번째하다),
    # 이전 -> 이후, owners in a sentence naming two holders, the spouse turned into 본인 in a
    # list of holders; "before the committee" (in front of it) turned to "after".
    assert len(supported) <= 17, supported


# Another thing of the same kind put in a statement's place: a model, a relative, a ministry,
# an organisation, a person, a chip, a degree, an asset (ninth session).
KIND_SWAPS = [
    ("엑사원 3.0", "엑사원 3.5"), ("엑사원 3.5", "엑사원 3.0"), ("엑사원 딥", "엑사원 3.5"),
    ("엑사원 4.0", "엑사원 3.5"), ("EXAONE 3.0", "EXAONE 3.5"), ("EXAONE 3.5", "EXAONE 4.0"),
    ("EXAONE Deep", "EXAONE 3.5"), ("장녀", "배우자"), ("배우자", "장녀"), ("daughter", "wife"),
    ("spouse", "daughter"), ("wife", "daughter"), ("과기정통부", "국토부"),
    ("과학기술정보통신부", "국토교통부"), ("국토교통부", "과학기술정보통신부"),
    ("LG AI연구원", "LG유플러스"), ("LG유플러스", "LG AI연구원"), ("LG AI Research", "LG Uplus"),
    ("LG Uplus", "LG AI Research"), ("SK텔레콤", "KT"), ("삼성탈레스", "LIG넥스원"),
    ("광운대", "연세대"), ("부모", "장녀"), ("parents", "daughter"), ("강훈식", "하정우"),
    ("하정우", "강훈식"), ("Kang Hoon-sik", "Ha Jung-woo"), ("이재명", "윤석열"), ("H200", "H100"),
    ("H100", "H200"), ("GPU", "NPU"), ("중소기업", "대기업"), ("석사", "박사"), ("박사", "석사"),
    ("master", "doctorate"), ("doctorate", "master"), ("예금", "증권"), ("증권", "예금"),
    ("deposits", "securities"), ("securities", "deposits"),
]  # fmt: skip


def test_a_statement_with_another_of_its_kind_is_rarely_supported(bundled):  # type: ignore[no-untyped-def]
    mutants = [
        (fact.id, text.replace(said, other, 1))
        for fact in bundled.facts
        for text in (fact.statement, fact.statement_en or "")
        for said, other in KIND_SWAPS
        if said in text and other not in text
    ]
    supported = [
        fid for fid, text in mutants if check_text(bundled, text).verdict.value == "supported"
    ]
    assert len(mutants) >= 200
    # Known gaps (18 of 229; 30 at the start of the ninth session, 21 at the tenth's, 17 at
    # the twenty-first's): some swaps leave a true sentence (he holds both a master's and a
    # doctorate from Kwangwoon's electronic engineering department: the twenty-second session
    # supports two more of these, in English, as it should), others a sentence naming both
    # parties (자신과 장녀, 자녀 명의), LG U+ for LG AI Research as the place of an affiliates'
    # list, a list of relatives, a person named in a lower-case English title.
    assert len(supported) <= 18, supported


# The facts' own paraphrases (their `examples.supports`, each supported) with one name, kind,
# role or certainty turned: the checker is held to sentences worded otherwise than the store's
# statements, as a writer words them (tenth session).
def test_a_paraphrase_turned_is_rarely_supported(bundled):  # type: ignore[no-untyped-def]
    turns = [*SWAPS, *SWAPS_EN, *KIND_SWAPS, *ROLE_TURNS, *TURNS]
    mutants = [
        (fact.id, text.replace(said, other, 1))
        for fact in bundled.facts
        for text in (fact.examples or {}).get("supports", ())
        for said, other in turns
        if said in text and other not in text
    ]
    kept = {text for _fid, text in mutants}
    assert len(mutants) >= 300 and len(kept) >= 250
    supported = [
        (fid, text)
        for fid, text in mutants
        if check_text(bundled, text).verdict.value == "supported"
    ]
    # Known gaps (23 of 314 at the eleventh session; 25 at its start, 28 before the tenth's
    # sibling-award and titled-person rules): LG U+ for
    # LG AI Research in the affiliates' project, a relative given the daughter's birth year,
    # a start read as the end of another post (left SK Telecom in 2011), certainty turned
    # inside a noun phrase.
    assert len(supported) <= 23, supported
