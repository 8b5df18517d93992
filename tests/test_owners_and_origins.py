"""Whose relative, which tax, where counted things come from, what "이는" stands for, and
what was said after an act: the forty-second session's adversary (adv70) and its fixes."""

from __future__ import annotations

import pytest
from checking import verdict


@pytest.mark.parametrize(
    "claim",
    [
        "이재명 대통령의 배우자는 예금 1292만 원을 보유하고 있다.",
        "이재명 대통령의 부모는 2024년 936만8310원의 연금을 수령했다.",
        # (a relative of his relative: the store has no one such)
        "배경훈 장녀의 딸은 2012년생이다.",
        "President Lee's daughter was born in 2012.",
    ],
)
def test_another_persons_relative_is_misleading(cli, claim):
    found = verdict(cli, claim)
    assert (found["verdict"], found["reason"]) == ("misleading", "actor")


@pytest.mark.parametrize(
    "claim",
    ["이재명 대통령의 장녀는 2012년생이다.", "강훈식 실장의 장녀는 2012년생이다."],
)
def test_another_persons_daughter_is_not_supported(cli, claim):
    assert verdict(cli, claim)["verdict"] != "supported"


@pytest.mark.parametrize(
    "claim",
    [
        "배경훈의 장녀는 2012년생이다.",
        "배 장관의 배우자는 예금 1292만 원을 보유하고 있다.",
        "Bae's daughter was born in 2012.",
    ],
)
def test_his_own_relatives_are_supported(cli, claim):
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    "claim",
    [
        "Bae's daughter paid 7.76 million won in income tax in November 2021.",
        "배경훈의 장녀는 2021년 11월 소득세로 776만 원을 납부했다.",
        "배경훈의 장녀는 2021년 11월 종합소득세로 776만 원을 냈다.",
    ],
)
def test_income_tax_for_the_gift_tax_is_contradicted(cli, claim):
    assert verdict(cli, claim)["verdict"] == "contradicted"


@pytest.mark.parametrize(
    "claim",
    [
        "Bae's daughter paid 7.76 million won in gift tax in November 2021.",
        # (income tax: the general word of the comprehensive return; the law that rules it)
        "Bae listed his parents as dependants in his 2024 income tax return.",
        "As of 2025, the income tax law allows the basic deduction for dependents aged 60 or "
        "older only when their annual income is 1 million won or less.",
        "소득세법상 부양가족 기본공제는 만 60세 이상 부모에게 적용된다.",
    ],
)
def test_the_right_tax_and_its_law_are_supported(cli, claim):
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    "claim",
    [
        "Korea had 62 notable AI models in Stanford HAI's AI Index Report 2025.",
        "Stanford listed 62 notable AI models from South Korea in its 2025 AI Index.",
        "In the AI Index Report 2025, 62 notable models came from Korea, led by EXAONE 3.5.",
        "Korea's 62 notable AI models in the 2025 AI Index included EXAONE 3.5.",
        "Stanford HAI picked 62 notable AI models from LG in its 2025 AI Index.",
    ],
)
def test_a_count_given_an_origin_the_source_does_not_is_misleading(cli, claim):
    found = verdict(cli, claim)
    assert (found["verdict"], found["reason"]) == ("misleading", "relation")


@pytest.mark.parametrize(
    "claim",
    [
        "EXAONE 3.5 was one of 62 notable AI models in the AI Index Report 2025 and the only "
        "one from Korea.",
        "Stanford HAI's AI Index Report 2025 named 62 notable AI models from around the world.",
        # (a company's own count: its affiliates)
        "LG's 16 affiliates agreed to invest over 200 billion won in LG AI Research.",
    ],
)
def test_an_origin_not_of_the_count_is_supported(cli, claim):
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    "claim",
    [
        "LG AI연구원은 2024년 8월7일 엑사원 3.0을 공개했으며 이는 국내 최초의 하이브리드 모델이었다.",
        "LG AI연구원은 2023년 7월19일 엑사원 2.0을 공개했으며 이는 국내 최초 하이브리드 AI "
        "모델이었다.",
        # (an act, dated, then what was said at it, which no fact holds)
        "배경훈은 2025년 7월17일 취임했고 취임식에서 AI 기본법을 폐지하겠다고 말했다.",
    ],
)
def test_a_clause_lent_from_another_models_fact_is_not_supported(cli, claim):
    assert verdict(cli, claim)["verdict"] != "supported"


@pytest.mark.parametrize(
    "claim",
    [
        "LG AI연구원은 2025년 7월 엑사원 4.0을 공개했으며 이는 국내 최초의 하이브리드 모델이었다.",
        "엑사원 4.0은 국내 최초의 하이브리드 모델이었다.",
        # (the parts of one account, each his words)
        "배경훈은 자녀에게 1억 원을 증여하고 증여세를 냈다고 해명했다.",
        "배경훈은 6월 30일 출근길에 기자들에게 이전 집에서 10년을 살았고 이사할 때가 돼 옮긴 "
        "것일 뿐이라고 말했다.",
    ],
)
def test_the_models_own_fact_and_one_account_are_supported(cli, claim):
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    "claim",
    [
        # (the age at a span's end is the age of finishing it: a doctorate earned at 30)
        "Bae was 30 when he earned his PhD in 2006.",
        "배경훈은 만 30세이던 2006년 광운대에서 박사학위를 받았다.",
        # (under whose names, no gap below a figure)
        "Bae reported total assets of about 3.7 billion won under his own, his wife's and his "
        "daughter's names.",
        # (the count of those a relative clause tells of, and an investment decided then a
        # body set up: as sure as the source)
        "The LG AI Research institute was launched on December 7, 2020 with 16 LG affiliates, "
        "which planned to invest over 200 billion won over three years.",
        "LG그룹 16개 계열사는 3년간 2천여억 원을 투자하기로 하고 LG AI연구원을 세웠다.",
        "Bae was promoted to executive vice president in June 2021.",
        "President Lee approved Bae's appointment on July 16, 2025.",
    ],
)
def test_ages_owners_and_decisions_as_the_source_tells_them_are_supported(cli, claim):
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    "claim",
    [
        "Bae was 26 when he earned his PhD in 2006.",
        "Bae was promoted to head LG AI Research as president in June 2021.",
        "Bae was the last of the new government's first ministerial nominees to win "
        "presidential approval.",
        "LG그룹 16개 계열사는 3년간 2천여억 원을 투자했고 LG AI연구원을 세웠다.",
    ],
)
def test_another_age_rank_order_or_certainty_is_not_supported(cli, claim):
    assert verdict(cli, claim)["verdict"] != "supported"


@pytest.mark.parametrize(
    "claim",
    [
        "EXAONE 3.0 ranked first among 13 Korean benchmarks.",
        "엑사원 3.0은 13개 한국어 벤치마크에서 1위를 차지했다.",
    ],
)
def test_a_count_narrowed_by_a_word_its_fact_never_uses_is_misleading(cli, claim):
    found = verdict(cli, claim)
    assert (found["verdict"], found["reason"]) == ("misleading", "relation")


@pytest.mark.parametrize(
    "claim",
    [
        "엑사원 3.0은 코딩과 수학 등 13개 벤치마크 점수 순위에서 1위를 차지했다.",
        "AI 인덱스 보고서 2025의 주목할 만한 AI 모델 62개 가운데 한국 모델은 엑사원 3.5뿐이었다.",
        # (by how much over the limit: a gap, not the income itself)
        "Bae's parents' taxable income was 70,000 won over the threshold.",
        "Bae's parents' taxable income exceeded the threshold by 70,000 won.",
    ],
)
def test_counts_and_gaps_as_the_source_gives_them_are_supported(cli, claim):
    assert verdict(cli, claim)["verdict"] == "supported"


def test_a_title_after_a_later_date_is_that_posts_own(cli):
    # (원장 is the 2020 post's, not the 2006 one's: nothing in the list is contradicted)
    listed = "배경훈은 2006년 삼성탈레스, 2011년 SK텔레콤, 2016년 LG경제연구원을 거쳐 2020년 LG AI연구원 초대 원장이 됐다."
    assert verdict(cli, listed)["verdict"] != "contradicted"
    wrong = "배경훈은 2006년 삼성탈레스 원장, 2011년 SK텔레콤을 거쳐 2020년 LG AI연구원 초대 원장이 됐다."
    assert verdict(cli, wrong)["verdict"] == "contradicted"


@pytest.mark.parametrize(
    "claim",
    [
        # (세 모델: three models, not an age of 32 billion years after 32B)
        "2024년 12월 선보인 엑사원 3.5는 2.4B·7.8B·32B 세 모델로 구성됐다.",
        # (a post the subject held, told as it was then, in a clause that leads: its title
        # weighed with its own date only)
        "2025년 3월 한국소프트웨어산업협회 AI정책협력위원장을 맡았던 배경훈은 같은 해 7월 "
        "과기정통부 장관에 임명됐다.",
    ],
)
def test_native_counts_and_leading_past_posts_are_supported(cli, claim):
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    "claim",
    [
        "엑사원 3.5는 2.4B·7.8B·30B 세 모델로 구성됐다.",
        "2025년 3월 한국소프트웨어산업협회 회장을 맡았던 배경훈은 같은 해 7월 과기정통부 장관에 "
        "임명됐다.",
    ],
)
def test_a_wrong_size_or_post_beside_them_is_contradicted(cli, claim):
    assert verdict(cli, claim)["verdict"] == "contradicted"


@pytest.mark.parametrize(
    "claim",
    [
        # (rising to the post, and having held it: the taking of it the fact tells of)
        "배경훈은 과기정통부 장관에 올랐다.",
        "배경훈 장관은 LG AI연구원 초대 원장 출신이다.",
    ],
)
def test_a_post_risen_to_or_held_before_is_supported(cli, claim):
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    "claim",
    [
        "배경훈은 2024년 7월 과기정통부 장관에 올랐다.",
        "배경훈은 과기정통부 차관에 올랐다.",
        "배경훈 장관은 LG유플러스 초대 원장 출신이다.",
    ],
)
def test_another_post_year_or_body_risen_to_is_not_supported(cli, claim):
    assert verdict(cli, claim)["verdict"] != "supported"


@pytest.mark.parametrize(
    "claim",
    [
        # (a wrong title before the first date is still that post's)
        "배경훈은 LG경제연구원 원장으로 2016년 입사했고 2017년 LG유플러스 AI기술본부장을 역임했다.",
        "배경훈은 한국소프트웨어산업협회 회장으로 2025년 3월 선임됐고 2025년 7월 "
        "과학기술정보통신부 장관에 임명됐다.",
        "Bae joined LG Economic Research Institute as its president in 2016 and became head of "
        "AI technology at LG Uplus in 2017.",
    ],
)
def test_a_wrong_title_before_its_date_is_contradicted(cli, claim):
    assert verdict(cli, claim)["verdict"] == "contradicted"


@pytest.mark.parametrize(
    "claim",
    [
        "배경훈은 2023년 6월 정보통신산업진흥원 비상임이사를 지냈고, 이듬해 9월엔 대통령직속 "
        "국가인공지능위원회 민간위원으로 활동했다.",
        # (his wife's daughter is his own; an origin the fact names too)
        "배경훈 배우자의 딸은 2012년생이다.",
        "Sixteen affiliates from LG joined the project.",
    ],
)
def test_each_post_with_its_title_and_his_wifes_daughter_are_supported(cli, claim):
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    "claim",
    [
        "엑사원 3.0은 13개 중국어 벤치마크에서 1위를 차지했다.",
        # (the model before and one of its own, together: no fact tells of the two as one)
        "LG AI연구원은 2025년 7월15일 엑사원 4.0을 공개했으며 이는 엑사원 딥과 함께 국내 최초 "
        "추론 AI 모델이다.",
    ],
)
def test_a_narrowed_count_and_two_models_made_one_are_not_supported(cli, claim):
    assert verdict(cli, claim)["verdict"] != "supported"


@pytest.mark.parametrize(
    "claim",
    [
        # (the day of a decision is the day it was taken; a relative clause's own verb)
        "LG affiliates decided to invest over 200 billion won over three years in LG AI "
        "Research, which opened on December 7, 2020.",
        "LG AI Research, set up on December 7, 2020, was backed by 16 affiliates that pledged "
        "more than 200 billion won over three years.",
        "Bae said fines under the AI Basic Act would be deferred for at least a year.",
    ],
)
def test_a_decision_on_its_day_and_fines_as_told_are_supported(cli, claim):
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    "claim",
    [
        "LG affiliates invested over 200 billion won in LG AI Research, which opened on "
        "December 7, 2020.",
        "Bae's daughter paid a 7.76 million won fine in November 2021.",
        "배경훈의 장녀는 2021년 11월 과태료로 776만 원을 냈다.",
    ],
)
def test_an_investment_told_done_and_a_fine_for_the_tax_are_not_supported(cli, claim):
    assert verdict(cli, claim)["verdict"] != "supported"
