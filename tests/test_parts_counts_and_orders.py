"""Parts of a year (2025년 말, late 2025, 하반기, 겨울), native counts before a noun (두 딸, 세
언어), the order of two events one of which is a noun (청문회는 취임식 이후에 열렸다), a plan
told done on the day it was stated in English, and marks no Hangul syllable takes (the
thirty-third session's adversary, adv51). Through the CLI."""

from __future__ import annotations

import pytest
from checking import verdict


@pytest.mark.parametrize(
    "claim",
    [
        "배경훈은 2025년 초 과학기술정보통신부 장관에 임명됐다.",
        "Bae was appointed minister in late 2025.",
        "배경훈은 1976년 말 서울에서 태어났다.",  # (the source: May 1976)
        "Bae was born in late 1976 in Seoul.",
        "LG AI연구원은 2020년 초 출범했다.",  # (December 7, 2020)
        "배경훈은 2024년 겨울 국회 의원회관에서 특별강연을 했다.",  # (September 10, 2024)
    ],
)
def test_a_part_of_the_year_that_misses_the_sources_month_is_contradicted(cli, claim):
    assert verdict(cli, claim)["verdict"] == "contradicted"


@pytest.mark.parametrize(
    "claim",
    [
        "LG AI연구원은 2020년 하반기 출범했다.",
        "LG AI연구원은 2020년 연말 출범했다.",
        "LG AI연구원은 2020년 겨울 출범했다.",
        "LG AI연구원은 2020년 4분기 출범했다.",
        "EXAONE 3.0 was released in the summer of 2024.",
        "배경훈은 1976년 봄 서울에서 태어났다.",
        # (the source's own part, in the other language: 이르면 다음 달 초)
        "Under the government reorganization plan announced on September 7, the science "
        "ministry is set to be elevated to deputy-prime-minister level, possibly as early as "
        "the beginning of October 2025.",
    ],
)
def test_a_part_of_the_year_that_holds_the_sources_date_is_supported(cli, claim):
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    "claim",
    [
        "배경훈은 2023년 말 은탑산업훈장을 받았다.",  # (the source: 2023)
        "배경훈은 2023년 가을 은탑산업훈장을 받았다.",
        "배경훈은 2025년 7월 말 과학기술정보통신부 장관에 임명됐다.",  # (the source: 2025-07)
    ],
)
def test_a_part_the_source_does_not_give_is_not_supported(cli, claim):
    out = verdict(cli, claim)
    assert out["verdict"] == "unverified", out
    assert "not which part of it" in out["message"]


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("배경훈은 배우자와의 사이에 두 딸을 뒀다.", "contradicted"),
        ("배경훈은 배우자와의 사이에 세 자녀를 뒀다.", "contradicted"),
        ("엑사원 2.0은 한국어와 영어, 세 언어를 구사한다.", "contradicted"),
        ("엑사원 2.0은 한국어와 영어 두 언어를 구사한다.", "supported"),
    ],
)
def test_a_native_number_counts_the_noun_after_it(cli, claim, expected):
    assert verdict(cli, claim)["verdict"] == expected


@pytest.mark.parametrize(
    "claim",
    [
        "배경훈의 인사청문회는 취임식 이후에 열렸다.",  # (July 14; the inauguration July 17)
        "배경훈의 국회 인사청문회는 대통령의 임명안 재가 이후에 열렸다.",  # (July 16)
    ],
)
def test_an_event_said_after_a_later_one_is_misleading(cli, claim):
    out = verdict(cli, claim)
    assert (out["verdict"], out["reason"]) == ("misleading", "direction"), out


def test_an_event_said_before_a_later_one_is_not_flagged(cli):
    out = verdict(cli, "배경훈의 인사청문회는 취임식 이전에 열렸다.")
    assert out["verdict"] not in ("contradicted", "misleading"), out


def test_a_plan_told_done_on_the_day_it_was_stated_in_english_is_misleading(cli):
    out = verdict(
        cli, "Bae chaired the science and technology ministers' meeting on September 12, 2025."
    )
    assert (out["verdict"], out["reason"]) == ("misleading", "tense"), out
    said = verdict(
        cli,
        "On September 12, 2025, Bae said he would host a science, technology and AI "
        "ministers' meeting after the upgrade.",
    )
    assert said["verdict"] == "supported", said


def test_a_combining_mark_on_hangul_hides_no_wrong_place(cli):
    out = verdict(cli, "배경훈은 1976년 5월 부\u0301산에서 태어났다.")
    assert out["verdict"] == "contradicted", out


@pytest.mark.parametrize(
    "claim",
    [
        "LG AI연구원은 2020년 12월 7일 출범할 예정이다.",  # (a plan said at its launch event)
        "LG AI Research will launch on December 7, 2020.",
    ],
)
def test_an_act_the_source_tells_as_done_written_as_planned_is_misleading(cli, claim):
    out = verdict(cli, claim)
    assert (out["verdict"], out["reason"]) == ("misleading", "tense"), out


def test_what_was_said_at_the_launch_event_stays_supported(cli):
    claim = "배경훈은 2020년 12월 7일 LG AI연구원 출범 행사에서 AI 활용 방법을 연구하겠다고 말했다."
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    "claim",
    [
        # (a body's name of several words after by, and the body the source makes the subject)
        "The 600 million won mortgage cap was announced by the Ministry of Land, Infrastructure "
        "and Transport on June 28, 2025.",
        "Bae's statement was released by the Ministry of Science and ICT on June 30, 2025.",
    ],
)
def test_the_agent_the_source_gives_is_no_wrong_actor(cli, claim):
    assert verdict(cli, claim)["verdict"] == "supported"


def test_another_body_after_by_is_the_wrong_actor(cli):
    out = verdict(
        cli,
        "The 600 million won mortgage cap was announced by the Ministry of Science and ICT on "
        "June 28, 2025.",
    )
    assert (out["verdict"], out["reason"]) == ("misleading", "actor"), out
    assert "not Ministry of Science and ICT" in out["message"]


@pytest.mark.parametrize(
    "claim",
    [
        "At the July 14 hearing, lawmakers answered questions from Bae.",
        "2025년 7월 14일 인사청문회에서 의원들이 배경훈 후보자의 질의에 답변했다.",
        "2025년 7월 17일 취임식에서 직원들이 배경훈 장관의 질문에 답했다.",
        "On July 17, 2025, the ministry's staff answered the new minister's questions.",
    ],
)
def test_who_answered_whose_questions_the_other_way_round_is_misleading(cli, claim):
    out = verdict(cli, claim)
    assert (out["verdict"], out["reason"]) == ("misleading", "relation"), out


@pytest.mark.parametrize(
    "claim",
    [
        "At his inauguration on July 17, 2025, Bae answered questions from the ministry's staff.",
        "배경훈 장관은 2025년 7월 17일 취임식에서 직원들의 질문에 답했다.",
        "배경훈 후보자는 2025년 7월 14일 인사청문회에서 의원 질의에 답변했다.",
    ],
)
def test_who_answered_whose_questions_as_the_source_has_it_is_supported(cli, claim):
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("EXAONE 3.0 ranked first on a dozen benchmarks.", "13"),
        ("EXAONE 3.5 came as a pair of models, 7.8B and 32B.", "3"),
    ],
)
def test_english_count_words_are_figures(cli, claim, expected):
    out = verdict(cli, claim)
    assert out["verdict"] == "contradicted", out
    assert expected in out["expected"]


@pytest.mark.parametrize(
    "claim",
    [
        # (each date of its own post: the end of the other post is no date of it)
        "배경훈은 2023년 6월 정보통신산업진흥원 비상임이사를 지냈고 2024년 9월 국가인공지능위원회 "
        "민간위원으로 활동했다.",
        # (a second verb of the same subject: its year is its own clause's)
        "LG AI Research won the CVPR Continual Learning challenge in its founding year and "
        "topped KorQuAD 2.0 in 2023.",
    ],
)
def test_each_clause_keeps_its_own_date(cli, claim):
    assert verdict(cli, claim)["verdict"] == "supported"


def test_a_post_said_to_end_on_another_day_is_still_contradicted(cli):
    out = verdict(cli, "배경훈은 2024년 정보통신산업진흥원 비상임이사에서 물러났다.")
    assert out["verdict"] == "contradicted", out


def test_a_korean_passive_naming_another_doer_of_the_act_is_misleading(cli):
    out = verdict(cli, "배경훈의 장관 임명안은 2025년 7월 16일 국회에 의해 재가됐다.")
    assert (out["verdict"], out["reason"]) == ("misleading", "actor"), out
    right = verdict(cli, "배경훈의 장관 임명안은 2025년 7월 16일 이재명 대통령에 의해 재가됐다.")
    assert right["verdict"] == "supported", right


def test_a_figure_said_within_a_limit_named_without_its_figure_is_weighed(cli):
    # (the rule the sentence speaks of gives the limit: 1 million won, which 1.07 exceeds)
    out = verdict(cli, "The parents' taxable income of 1.07 million won was below the legal limit.")
    assert (out["verdict"], out["reason"]) == ("misleading", "direction"), out
    said = verdict(cli, "부모의 과세 대상 소득 107만 원은 공제 기준을 넘었다.")
    assert said["verdict"] == "supported", said


def test_every_order_the_sequence_reads_holds_one_of_the_gate_words():
    """objections._may_order lets judge.sequence alone (and its imports) for a sentence with
    no order word: every sentence whose two sides _sides finds must pass it."""
    from factcli.judge.objections import _may_order
    from factcli.judge.sequence import _sides

    sentences = [
        "엑사원 2.0을 먼저 내놓은 뒤 2022년 12월 엑사원 1.0을 공개했다.",
        "After the president approved his appointment, Bae's hearing was held.",
        "Bae joined SK Telecom first and then moved to Samsung Thales in 2006.",
        "배경훈의 인사청문회는 취임식 이후에 열렸다.",
        "매매계약은 국토부가 규제를 발표하기 전에 체결됐다.",
        "넥서스는 엑사원 딥보다 먼저 공개됐다.",
        "엑사원 딥은 엑사원 4.0에 앞서 공개됐다.",
        "The appointment followed the hearing.",
        "The hearing preceded the appointment.",
        "The inauguration came after the hearing.",
        "인사청문회에 이어 취임식이 열렸다.",
        "The loan was taken out, after which the contract was signed.",
    ]
    for sentence in sentences:
        assert _sides(sentence) is not None, sentence
        assert _may_order(sentence), sentence
    assert not _may_order(
        "배경훈 과학기술정보통신부 장관은 2025년 7월23일 국회 본회의에서 인사말을 했다."
    )


def test_a_body_the_store_never_names_in_a_possessive_is_not_supported(cli):
    out = verdict(
        cli,
        "수도권 주택담보대출 한도를 6억 원으로 제한한 금융위원회의 규제는 2025년 6월 28일 발표됐다.",
    )
    assert out["verdict"] == "unverified", out


def test_a_number_spelled_in_english_weighs_as_its_digits_do(cli):
    # (sixteen, not a word of the sentence: the partnerships' fact, with 15, is what it is about)
    words = verdict(cli, "LG AI Research formed global partnerships with sixteen companies.")
    digits = verdict(cli, "LG AI Research formed global partnerships with 16 companies.")
    assert words["verdict"] == digits["verdict"] == "contradicted", (words, digits)


def test_what_a_company_is_now_is_no_post_of_his(cli):
    out = verdict(
        cli, "삼성탈레스는 삼성전자와 프랑스 탈레스그룹의 합작사다. 이 회사는 현재 한화시스템이다."
    )
    assert out["verdict"] not in ("contradicted", "misleading"), out


def test_a_body_said_led_by_him_now_is_his_ended_post(cli):
    out = verdict(cli, "LG AI연구원은 현재 배경훈이 이끌고 있다.")
    assert (out["verdict"], out["reason"]) == ("misleading", "tense"), out


def test_a_post_s_end_still_weighs_a_date_of_an_event(cli):
    # (the institute's founding day and its release: no post of his left undated)
    out = verdict(cli, "2024년 8월 7일 엑사원 3.0을 공개한 LG AI연구원은 2020년 12월 7일 설립됐다.")
    assert out["verdict"] == "supported", out
