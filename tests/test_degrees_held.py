"""A degree held is a degree received, and graduate school is a noun: the forty-first
session's development controls and adversaries."""

from __future__ import annotations

import pytest
from checking import verdict


@pytest.mark.parametrize(
    "claim",
    [
        "Bae holds a doctorate in electronic engineering from Kwangwoon University.",
        "Bae holds a master's degree from Kwangwoon University.",
        "He holds both a master's and a doctorate in electronic engineering from Kwangwoon "
        "University's graduate school.",
        "배경훈은 광운대 전자공학 박사 학위를 갖고 있다.",
    ],
)
def test_a_degree_held_is_supported_by_the_degree_received(cli, claim):
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    "claim",
    [
        "Bae holds a doctorate from Yonsei University.",
        "Bae holds a doctorate in electronic engineering from Kwangwoon University since 2004.",
        # (graduating and a degree received are one act: the school is still compared)
        "배 장관은 연세대학교 전자공학과를 졸업한 뒤 같은 대학원에서 석사학위를 받았다.",
    ],
)
def test_a_degree_held_from_another_school_or_year_is_contradicted(cli, claim):
    assert verdict(cli, claim)["verdict"] == "contradicted"


@pytest.mark.parametrize(
    "claim",
    [
        # (whose figure, with its year told between the holder and the thing)
        "배경훈의 2024년 과세 대상 소득금액은 107만 원이었다.",
        "배경훈의 2025년 증권 보유액은 8549만 원이다.",
        "이재명의 2025년 재산 총액은 36억9767만 원이다.",
        "이재명 대통령의 2010년식 제네시스 차량은 1대다.",
        # (whose thing, with words of its kind before it)
        "Bae's taxable income was 1.07 million won.",
        "Bae's overseas stocks were worth 85.49 million won.",
        # (a product made by a body that is not its maker: the agent after the thing, the
        # agent of a passive, a body the store knows that makes no such thing)
        "엑사원 3.0은 2024년 8월 7일 메타가 공개했다.",
        "EXAONE 3.0 was released by Meta on August 7, 2024.",
        "스탠퍼드대는 2025년 4월 7일 엑사원 3.5를 공개했다.",
        "에포크 AI는 2024년 12월 엑사원 3.5 32B 모델을 개발했다.",
    ],
)
def test_a_figure_or_a_product_given_to_another_holder_or_maker_is_misleading(cli, claim):
    out = verdict(cli, claim)
    assert (out["verdict"], out["reason"]) == ("misleading", "actor"), out


@pytest.mark.parametrize(
    "claim",
    [
        "메타는 2024년 8월 7일 라마 3.1을 오픈소스로 공개했다.",
        "라마 3.1은 2024년 8월 7일 오픈소스로 공개됐다.",
        "구글은 2024년 8월 7일 젬마2를 오픈소스로 공개했다.",
    ],
)
def test_the_date_of_one_makers_product_lent_to_another_makers_is_misleading(cli, claim):
    # (the day is EXAONE 3.0's, told by the fact that compares it with Llama and Gemma)
    out = verdict(cli, claim)
    assert (out["verdict"], out["reason"]) == ("misleading", "relation"), out


@pytest.mark.parametrize(
    "claim",
    [
        "배경훈의 2025년 재산 총액은 36억9767만 원이다.",
        "Bae's parents' taxable income was 1.07 million won.",
        "엑사원 3.0은 2024년 8월 7일 LG AI연구원이 공개했다.",
        "EXAONE 3.0 was released by LG AI Research on August 7, 2024.",
        "엑사원 3.5는 2024년 12월 출시됐고, 스탠퍼드 HAI가 꼽은 주목할 만한 AI 모델 62개 중 "
        "유일한 한국 모델이었다.",
        "스탠퍼드대 HAI는 2025년 4월 7일 AI 인덱스 보고서 2025를 펴냈다.",
    ],
)
def test_the_right_holder_and_maker_are_supported(cli, claim):
    assert verdict(cli, claim)["verdict"] == "supported"


def test_a_figure_of_his_daughters_holdings_listed_is_not_his(cli):
    # (예금과 증권: his things listed, not people listed as holders together)
    out = verdict(cli, "배경훈의 예금과 증권은 총 1억368만 원이다.")
    assert (out["verdict"], out["reason"]) == ("misleading", "actor"), out


@pytest.mark.parametrize(
    "claim",
    [
        "배경훈은 SK텔레콤 출신으로 2011년 LG로 옮겼다.",
        "Bae, formerly of SK Telecom, moved to LG in 2011.",
    ],
)
def test_the_year_of_one_post_said_of_a_move_to_another_body_is_misleading(cli, claim):
    out = verdict(cli, claim)
    assert (out["verdict"], out["reason"]) == ("misleading", "relation"), out


@pytest.mark.parametrize(
    "claim",
    [
        "배경훈은 2011년 SK텔레콤 미래기술원으로 이직했다.",
        "배경훈은 2016년 LG경제연구원 연구위원으로 LG그룹에 합류했다.",
        "In 2017 Bae moved to LG U+ to lead AI technology.",
        "In 2016 he joined the LG Economic Research Institute.",
        "Bae, who joined SK Telecom in 2011, moved to the LG Economic Research Institute in 2016.",
    ],
)
def test_a_move_to_the_posts_own_body_by_any_of_its_names_is_supported(cli, claim):
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("엑사원 3.5의 모델은 넷이다.", "contradicted"),
        ("엑사원 2.0이 구사하는 언어는 셋이다.", "contradicted"),
        ("엑사원 3.5의 모델은 셋이다.", "supported"),
        ("엑사원 2.0이 구사하는 언어는 둘이다.", "supported"),
    ],
)
def test_a_native_number_said_as_the_count_is_compared(cli, claim, expected):
    assert verdict(cli, claim)["verdict"] == expected


@pytest.mark.parametrize("claim", ["배경훈은 자녀가 셋이다.", "배경훈의 딸은 셋이다."])
def test_a_count_of_children_the_store_does_not_give_is_not_supported(cli, claim):
    assert verdict(cli, claim)["verdict"] != "supported"


@pytest.mark.parametrize(
    "claim",
    [
        "배경훈은 2006년 프랑스 탈레스그룹 종합연구소에서 연구원으로 사회생활을 시작했다.",
        "Bae began his career in 2006 as a researcher at Thales Group's central research institute.",
    ],
)
def test_one_owner_of_the_joint_venture_for_the_venture_is_contradicted(cli, claim):
    assert verdict(cli, claim)["verdict"] == "contradicted"


def test_the_joint_venture_with_its_owners_named_is_supported(cli):
    claim = "배경훈은 2006년 삼성전자와 탈레스그룹의 합작사인 삼성탈레스에서 사회생활을 시작했다."
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    "claim",
    [
        "배경훈은 2012년생 장녀와 차녀를 뒀다.",
        "Bae has a daughter born in 2012 and a younger daughter.",
    ],
)
def test_a_second_child_beside_an_only_daughter_is_misleading(cli, claim):
    assert verdict(cli, claim)["verdict"] == "misleading"


@pytest.mark.parametrize(
    "claim",
    [
        "Stanford released EXAONE 3.5 on April 7, 2025.",
        "스탠퍼드대는 2024년 12월 엑사원 3.5의 3개 모델을 선보였다.",
    ],
)
def test_a_body_that_lists_models_said_to_make_one_is_misleading(cli, claim):
    out = verdict(cli, claim)
    assert (out["verdict"], out["reason"]) == ("misleading", "actor"), out


def test_a_figure_in_a_relative_clause_is_of_its_head_noun(cli):
    # (1위를 차지한 엑사원 3.0을: the first place is the model's, the release the institute's)
    claim = "LG AI연구원은 13개 벤치마크에서 1위를 차지한 엑사원 3.0을 2024년 8월 7일 공개했다."
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    "claim",
    [
        "구글은 13개 벤치마크에서 1위를 차지한 엑사원 3.0을 2024년 8월 7일 공개했다.",
        "구글은 엑사원 3.0을 2024년 8월 7일 공개했다.",
        "Google released EXAONE 3.0, which ranked first on 13 benchmarks, on August 7, 2024.",
    ],
)
def test_another_maker_releasing_the_model_named_as_its_object_is_misleading(cli, claim):
    out = verdict(cli, claim)
    assert (out["verdict"], out["reason"]) == ("misleading", "actor"), out


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Bae was 44 years old when he became science minister.", "contradicted"),
        ("Bae was 44 years old when he became minister.", "contradicted"),
        ("Bae was 49 years old when he became minister.", "supported"),
        ("Bae was 44 years old when he became the first head of LG AI Research.", "supported"),
    ],
)
def test_an_age_in_years_old_is_weighed_at_the_post_named(cli, claim, expected):
    # (years old is how old, not the year of a car's model)
    assert verdict(cli, claim)["verdict"] == expected


@pytest.mark.parametrize(
    "claim",
    [
        "Bae's daughter still holds 85.49 million won in US stocks.",
        "Bae's daughter still owns Microsoft shares worth 7.98 million won.",
    ],
)
def test_a_relatives_holding_said_held_now_after_its_sale_is_misleading(cli, claim):
    out = verdict(cli, claim)
    assert (out["verdict"], out["reason"]) == ("misleading", "tense"), out
    assert "sold all of her overseas stocks" in out["message"]


def test_a_relatives_holding_never_sold_said_held_now_is_supported(cli):
    assert verdict(cli, "Bae's daughter still holds 18.19 million won in deposits.")["verdict"] == (
        "supported"
    )


@pytest.mark.parametrize(
    "claim",
    [
        "The EXAONE 3.5 7.8B model has 32 billion parameters.",
        "엑사원 3.5 7.8B 모델의 매개변수는 320억 개다.",
    ],
)
def test_a_model_named_by_one_size_said_to_have_another_is_contradicted(cli, claim):
    out = verdict(cli, claim)
    assert out["verdict"] == "contradicted"
    assert "7.8B" in out["message"]


def test_a_count_a_model_would_need_is_not_its_size(cli):
    claim = "To beat DeepSeek R1, the 32B model would need 210 billion parameters."
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    "claim",
    [
        "Bae hosted a science and technology AI ministers' meeting on September 12.",
        "On September 12, Bae hosted the science and technology AI ministers' meeting at the HJ "
        "Business Center.",
    ],
)
def test_an_act_the_source_tells_only_as_a_plan_dated_by_another_fact_is_misleading(cli, claim):
    # (the day is the press conference's, where he said he would host it)
    out = verdict(cli, claim)
    assert (out["verdict"], out["reason"]) == ("misleading", "tense"), out


def test_the_plan_said_on_its_day_is_supported(cli):
    claim = "Bae said on September 12 that he would host a science and technology AI ministers' meeting."
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    "claim",
    [
        "Bae's stake in the apartment is worth 4.15 billion won.",
        "Bae's wife's stake in the apartment is worth 4.15 billion won.",
        "배경훈 본인 지분의 가액은 41억5천만 원이다.",
    ],
)
def test_one_stake_given_both_stakes_value_is_misleading(cli, claim):
    assert verdict(cli, claim)["verdict"] == "misleading"


@pytest.mark.parametrize(
    "claim",
    [
        "The combined value of Bae's and his wife's stakes in the apartment is 4.15 billion won.",
        "배경훈과 배우자의 아파트 지분을 합한 가액은 41억5천만 원이다.",
        "Bae holds a three-fifths stake in the apartment.",
    ],
)
def test_both_stakes_together_or_his_share_are_supported(cli, claim):
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    "claim",
    [
        "Bae said the multimodal model would be completed by the end of 2025.",
        "Bae said the action model would be completed by the end of 2025.",
    ],
)
def test_a_year_inside_what_was_said_is_not_the_day_of_the_saying(cli, claim):
    # (2025 is when he said it; the multimodal results are for 2026, the action model undated)
    assert verdict(cli, claim)["verdict"] != "supported"


@pytest.mark.parametrize(
    "claim",
    [
        "Bae said a top-10 LLM would come out by the end of 2025.",
        "Bae said on September 12, 2025 that the action model would be completed.",
    ],
)
def test_what_was_said_and_the_day_it_was_said_are_supported(cli, claim):
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        (
            "EXAONE Deep was released on March 18, 2025, and EXAONE 4.0 about four months later.",
            "supported",
        ),
        (
            "Bae took out the mortgage on June 10, 2025, and the cap was announced a month later.",
            "contradicted",
        ),
    ],
)
def test_n_months_later_is_the_date_it_makes_from_the_date_before(cli, claim, expected):
    assert verdict(cli, claim)["verdict"] == expected


def test_ten_years_later_is_not_supported(cli):
    claim = "Bae joined SK Telecom in 2011 and moved to LG ten years later."
    assert verdict(cli, claim)["verdict"] != "supported"


@pytest.mark.parametrize(
    "claim",
    [
        "‘엑사원 3.0’은 2024년 8월 7일 메타가 공개했다.",
        "EXAONE 3.0 was released on August 7, 2024 by Meta.",
        "엑사원 딥은 엔비디아가 공개했다.",
    ],
)
def test_a_maker_bound_to_the_things_own_verb_is_weighed(cli, claim):
    assert verdict(cli, claim)["verdict"] != "supported"


@pytest.mark.parametrize(
    "claim",
    [
        # (the maker's verb is done to another thing, or is another verb: a report released
        # by Stanford HAI, GTC held by Nvidia)
        "EXAONE 3.5 was included in the AI Index Report 2025 released by Stanford HAI on April 7, "
        "2025.",
        "배경훈은 2025년 3월 18일 엔비디아가 연 GTC 2025에서 엑사원 딥 공개까지 42일이 걸렸다고 "
        "말했다.",
        # (a move after the figure in English is another clause's)
        "Bae became AI platform executive at LG Uplus in 2018 and moved to LG Science Park in 2019.",
    ],
)
def test_a_body_doing_another_act_beside_the_product_is_not_its_maker(cli, claim):
    assert verdict(cli, claim)["verdict"] not in ("misleading", "contradicted")


def test_the_copula_joining_titles_is_no_particle(cli):
    # (이자 is not stripped: 장관이자 부총리 would read as his title, and he is not yet 부총리)
    assert verdict(cli, "배경훈은 과기부 장관이자 부총리다.")["verdict"] != "supported"
