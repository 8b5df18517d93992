"""What was done, written as still to come (the twentieth session's rule): a fact the source
tells as done on a day (released on July 15, 2025; the loan taken on June 10), written as
planned, scheduled, to come or under consideration, is misleading (tense); so is the day a
remark was made, given as the day of an act to come. A plan the source tells as a plan, and a
done act with an act to come beside it, stay supported. Through the CLI on the bundled store."""

from __future__ import annotations

import pytest
from checking import verdict


@pytest.mark.parametrize(
    ("done", "ahead"),
    [
        (
            "LG AI연구원은 2025년 7월15일 엑사원 4.0을 공개했다.",
            "LG AI연구원은 2025년 7월15일 엑사원 4.0을 공개할 예정이다.",
        ),
        (
            "LG AI Research released EXAONE 4.0 on July 15, 2025.",
            "LG AI Research plans to release EXAONE 4.0 on July 15, 2025.",
        ),
        (
            "이재명 대통령은 2025년 7월16일 배경훈에 대한 장관 임명안을 재가했다.",
            "이재명 대통령은 2025년 7월16일 배경훈에 대한 장관 임명안을 재가할 예정이다.",
        ),
        (
            "LG AI연구원은 2024년 12월 엑사원 3.5를 선보였다.",
            "LG AI연구원은 2024년 12월 엑사원 3.5를 선보일 예정이다.",
        ),
        (
            "Bae's daughter paid 7.76 million won in gift tax in November 2021.",
            "Bae's daughter will pay 7.76 million won in gift tax in November 2021.",
        ),
        (
            "배경훈은 2025년 6월10일 7억5천만 원의 주택담보대출을 받았다.",
            "배경훈은 2025년 6월10일 7억5천만 원의 주택담보대출을 받을 계획이다.",
        ),
        (
            "LG AI Research was launched on December 7, 2020.",
            "LG AI Research will launch on December 7, 2020.",
        ),
        (
            "Bae received the Silver Tower Order in 2023.",
            "Bae is expected to receive the Silver Tower Order in 2023.",
        ),
    ],
)
def test_done_is_not_ahead(cli, done, ahead):  # type: ignore[no-untyped-def]
    assert verdict(cli, done)["verdict"] == "supported"
    found = verdict(cli, ahead)
    assert (found["verdict"], found["reason"]) == ("misleading", "tense")


@pytest.mark.parametrize(
    "right",
    [
        # a plan the source tells as a plan
        "The government plans to secure 50,000 GPUs by 2028.",
        "과기부는 2030년까지 GPU 20만장을 구축하는 방안을 고민하고 있다.",
        # a done act beside the one to come: 발표된 is the day's act
        "9월 7일 발표된 정부조직 개편안에 따라 과기부는 부총리급 격상을 앞두고 있다.",
        "The government reorganization plan that will raise the science ministry to "
        "deputy-prime-minister level was announced on September 7, 2025.",
    ],
)
def test_a_plan_or_a_done_act_beside_one_stays_supported(cli, right):  # type: ignore[no-untyped-def]
    assert verdict(cli, right)["verdict"] == "supported"


@pytest.mark.parametrize(
    ("then", "now"),
    [
        ("Bae was an executive at LG Uplus in 2018.", "Bae is currently an executive at LG Uplus."),
        (
            "배경훈은 2016년 LG경제연구원 연구위원으로 일했다.",
            "배경훈은 현재 LG경제연구원 연구위원이다.",
        ),
        (
            "Bae began his career at Samsung Thales in 2006.",
            "Bae currently works at Samsung Thales.",
        ),
        (
            "Bae's daughter held 85.49 million won in overseas stocks.",
            "배경훈의 장녀는 현재 해외 주식 8549만 원어치를 보유하고 있다.",
        ),
    ],
)
def test_a_post_left_or_a_holding_sold_is_not_held_now(cli, then, now):  # type: ignore[no-untyped-def]
    assert verdict(cli, then)["verdict"] == "supported"
    assert verdict(cli, now)["verdict"] != "supported"


@pytest.mark.parametrize(
    "right",
    [
        "삼성탈레스는 현재 한화시스템이다.",
        "In 2006, Bae began his working life as a researcher at the research institute of "
        "Samsung Thales, now Hanwha Systems.",
    ],
)
def test_a_name_now_is_not_a_post_held_now(cli, right):  # type: ignore[no-untyped-def]
    assert verdict(cli, right)["verdict"] == "supported"


@pytest.mark.parametrize(
    ("done", "ahead"),
    [
        (
            "배경훈은 2025년 5월 국세청에 정정 신청을 했다고 밝혔다.",
            "배경훈은 2025년 5월 국세청에 정정 신청을 할 예정이라고 밝혔다.",
        ),
        (
            "Bae said he filed a correction with the National Tax Service in May 2025.",
            "Bae said he plans to file a correction with the National Tax Service in May 2025.",
        ),
    ],
)
def test_a_saying_of_a_thing_done_is_not_of_a_plan(cli, done, ahead):  # type: ignore[no-untyped-def]
    assert verdict(cli, done)["verdict"] == "supported"
    assert verdict(cli, ahead)["verdict"] == "misleading"


def test_the_occasion_of_a_pledge_is_not_a_plan_done(cli):  # type: ignore[no-untyped-def]
    said = (
        "배경훈 장관은 2025년 9월 12일 종로구 HJ비즈니스센터 기자간담회에서 잠재 성장률 3% "
        "회복에 기여하겠다고 말했다."
    )
    assert verdict(cli, said)["verdict"] == "supported"
