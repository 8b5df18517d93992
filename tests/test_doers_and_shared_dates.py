"""Who does what in a sentence that joins two acts: a date set before both clauses, the
ministry a minister speaks of, a doer lent by a fact of another event. The forty-third
session's development controls and what they showed."""

from __future__ import annotations

import pytest
from checking import verdict


@pytest.mark.parametrize(
    "claim",
    [
        # (the date opens both clauses; the ranking is the model's, "it" after the release)
        "On August 7, 2024, LG AI Research released EXAONE 3.0 as open source, and it took "
        "first place in 13 benchmarks including coding and math.",
        # (the ministry he heads when he said it: no detail the fact lacks)
        "배 장관은 과기부가 부총리급으로 올라서면 과학기술 AI 장관회의를 열겠다고 했다.",
        # (what a thing's core lies in: 핵심은 … 에 있다; a goal set higher: raised)
        "Bae said the core of the AI Basic Act lies in promoting the industry.",
        "The minister intends to set the GPU goal higher.",
    ],
)
def test_true_sentences_are_supported(cli, claim):
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    "claim, verdicts",
    [
        # (another doer of the second clause, with the shared date)
        (
            "On August 7, 2024, LG AI Research released EXAONE 3.0, and LG Uplus took first "
            "place in 13 benchmarks.",
            {"misleading"},
        ),
        (
            "On August 7, 2024, LG Uplus released EXAONE 3.0 as open source, and it took first "
            "place in 13 benchmarks.",
            {"misleading"},
        ),
        # (a body he does not head, as who is raised: no fact lends it)
        (
            "배 장관은 LG AI연구원이 부총리급으로 올라서면 과학기술 AI 장관회의를 열겠다고 했다.",
            {"unverified", "misleading", "contradicted"},
        ),
        # (the core put elsewhere; the goal lowered)
        ("Bae said the core of the AI Basic Act lies in regulation.", {"unverified"}),
        ("The ministry intends to lower its GPU goal.", {"unverified", "misleading"}),
        (
            "배 장관은 국토부가 부총리급으로 올라서면 과학기술 AI 장관회의를 열겠다고 했다.",
            {"unverified", "misleading", "contradicted"},
        ),
    ],
)
def test_another_doer_or_direction_is_not_supported(cli, claim, verdicts):
    assert verdict(cli, claim)["verdict"] in verdicts


@pytest.mark.parametrize(
    "claim",
    [
        # (he chaired a committee of KOSA, sat on NIPA's board, was a member of the
        # committee, a researcher at Samsung Thales: none of them is heading the body)
        "Bae chaired KOSA from March 2025.",
        "배경훈은 2025년 3월 한국소프트웨어산업협회(KOSA) 수장을 맡았다.",
        "Bae headed NIPA from June 2023.",
        "Bae led the National AI Committee from September 2024.",
        "배경훈은 2006년 삼성탈레스 종합연구소를 이끌었다.",
    ],
)
def test_a_body_he_served_in_is_not_one_he_headed(cli, claim):
    out = verdict(cli, claim)
    assert out["verdict"] == "misleading"
    assert out["reason"] == "relation"


@pytest.mark.parametrize(
    "claim",
    [
        "배경훈은 2020년 12월 LG AI연구원을 이끌게 됐다.",
        "Bae has led the Ministry of Science and ICT since July 2025.",
        # (what he led there, not the body)
        "배경훈은 2017년부터 LG유플러스에서 AI 플랫폼을 맡아 신기술 기반 사업 발굴을 이끌었고, "
        "2018년 연말 인사에서 임원이 됐다.",
    ],
)
def test_a_body_he_headed_or_work_he_led_is_supported(cli, claim):
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    "claim, want",
    [
        # (a maker's model by its code: V3 is not the R1 the source names)
        (
            "Bae said EXAONE would need about 210 billion parameters to beat DeepSeek V3.",
            "contradicted",
        ),
        (
            "Bae said EXAONE would need about 210 billion parameters to beat DeepSeek R1.",
            "supported",
        ),
    ],
)
def test_a_model_code_names_which_model(cli, claim, want):
    assert verdict(cli, claim)["verdict"] == want


@pytest.mark.parametrize(
    "claim, want",
    [
        # (he left LG AI Research in July 2025: not its head at the September briefing)
        (
            "LG AI Research head Bae Kyung-hoon held a press conference on September 12, 2025.",
            "misleading",
        ),
        ("LG AI연구원장 배경훈은 2025년 9월 12일 기자간담회를 열었다.", "misleading"),
        # (the title he holds now, for a past event: as the press writes)
        ("배경훈 장관은 1976년 서울에서 태어났다.", "supported"),
        ("과기정통부 장관 배경훈은 2025년 9월 12일 기자간담회를 열었다.", "supported"),
    ],
)
def test_a_title_he_had_left_by_the_day(cli, claim, want):
    assert verdict(cli, claim)["verdict"] == want


@pytest.mark.parametrize(
    "claim, want",
    [
        # (the code reviewer's: 과기부 beside the Military Manpower Administration is no
        # ministry of his: on July 14 he was a nominee; the company approved his studies)
        (
            "배경훈은 인사청문회에서 과기부와 병무청에서 박사 과정 수학 승인을 받았다고 말했다.",
            {"unverified", "misleading", "contradicted"},
        ),
        # (a committee of KOSA he chaired; a platform he led at LG Uplus: no body headed)
        ("Bae chaired the AI Policy Cooperation Committee of KOSA from March 2025.", {"supported"}),
        ("배경훈은 2017년부터 LG유플러스에서 AI 플랫폼을 이끌었다.", {"supported"}),
        # (the launch's own day, which its speech was given on too)
        ("2020년 12월7일 LG AI연구원이 출범했다.", {"supported"}),
        # (a wrong year with the source's day of no year: the store's 2025-03-05)
        ("Bae said he signed the apartment purchase contract on March 5, 2019.", {"contradicted"}),
        # (impossible as an attribute, the source's own 불가한 시점: no denial)
        (
            "배경훈은 매매계약을 3월 5일 체결하고 이후 대출을 받아 정책을 사전에 알기는 불가능한 "
            "시점이었다고 설명했다.",
            {"supported"},
        ),
        ("As of July 26, 2025, Bae's daughter had stopped holding overseas stocks.", {"supported"}),
        # (the family's count, told as such)
        ("엑사원 3.5는 엑사원의 6가지 버전 중 네 번째로 나왔다.", {"supported"}),
        ("EXAONE Deep is one of six EXAONE versions released so far.", {"supported"}),
    ],
)
def test_the_reviewers_sentences(cli, claim, want):
    assert verdict(cli, claim)["verdict"] in want


@pytest.mark.parametrize(
    "claim",
    [
        # (he worked at SK Telecom's institute; no post of his there heads it)
        "배경훈은 2011년 SK텔레콤 미래기술원을 이끌었다.",
        "Bae headed SK Telecom's future technology institute from 2011.",
    ],
)
def test_a_body_he_worked_at_is_not_one_he_headed(cli, claim):
    assert verdict(cli, claim)["verdict"] == "misleading"


@pytest.mark.parametrize(
    "claim, want",
    [
        # (the place in a building's or a forum's name is not where the sentence says it was)
        ("배경훈은 2025년 7월 17일 서울에서 열린 정부세종청사 취임식에 참석했다.", "contradicted"),
        (
            "배경훈은 2024년 7월 11일 서울 롯데호텔에서 열린 제37회 한경협 CEO 제주하계포럼에서 강연했다.",
            "contradicted",
        ),
        (
            "배경훈은 2024년 7월 11일 제주 롯데호텔에서 열린 제37회 한경협 CEO 제주하계포럼에서 강연했다.",
            "supported",
        ),
    ],
)
def test_a_place_inside_a_name_is_not_the_place_stated(cli, claim, want):
    assert verdict(cli, claim)["verdict"] == want


@pytest.mark.parametrize(
    "claim, want",
    [
        # (a body he worked at before, in English: none of his facts names Kakao or Apple)
        ("Former Kakao executive Bae Kyung-hoon took office on July 17, 2025.", "misleading"),
        ("Bae, a former Apple engineer, took office on July 17, 2025.", "misleading"),
        ("Former LG Uplus executive Bae Kyung-hoon took office on July 17, 2025.", "supported"),
    ],
)
def test_where_he_worked_before_in_english(cli, claim, want):
    assert verdict(cli, claim)["verdict"] == want


@pytest.mark.parametrize(
    "claim, want",
    [
        # (English kinds the Korean checks had: domestic for overseas, credit loans for
        # mortgages; foreign is overseas, mortgages are a mortgage)
        ("Bae's daughter had sold all her domestic stocks as of July 26, 2025.", "contradicted"),
        ("Bae's daughter had sold all her foreign stocks as of July 26, 2025.", "supported"),
        (
            "The land ministry capped credit loans in the capital area at 600 million won on June 28, 2025.",
            "contradicted",
        ),
        (
            "The land ministry capped mortgages in the capital region at 600 million won on June 28, 2025.",
            "supported",
        ),
    ],
)
def test_english_kinds_of_stock_and_loan(cli, claim, want):
    assert verdict(cli, claim)["verdict"] == want


def test_a_place_read_inside_a_word_is_no_place():
    # (대전 of 대전환, 세종 of 정부세종청사: no place the sentence states)
    from factcli.judge.meaning.names import _stated_places
    from factcli.text.analysis import analyze_sentence

    told = analyze_sentence("배경훈은 정부세종청사 취임식에서 국가 대전환을 말했다.")
    assert _stated_places(told) == set()
    assert _stated_places(analyze_sentence("배경훈은 서울 롯데호텔에서 강연했다.")) == {"서울"}
