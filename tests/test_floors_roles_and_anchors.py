"""Floors on one of two figures a quote gives, who did what to whom, an act denied by its
object, and a day and a place that do not carry what was said (the twenty-seventh
session, from adv40's findings). Through the CLI on the bundled store."""

from __future__ import annotations

import pytest
from checking import verdict


@pytest.mark.parametrize(
    ("claim", "fact"),
    [
        # one quote gives his deposits (1억7124만) and debts (7억4500만): a floor is read
        # against each fact's own figure, the noun the sentence names
        ("배경훈의 금융기관 채무는 7억 원 이상이다.", "assets-debts-self"),
        ("배경훈 본인 명의 예금은 1억 원을 넘는다.", "assets-deposits-self"),
        ("배경훈의 예금은 1억5천만 원 이상이다.", "assets-deposits-self"),
    ],
)
def test_a_floor_is_met_by_the_figure_of_the_noun_named(cli, claim: str, fact: str) -> None:
    out = verdict(cli, claim)
    assert out["verdict"] == "supported", out
    assert out["fact_id"] == fact


@pytest.mark.parametrize(
    "claim",
    [
        # (debts were "채무 should be 예금": the deposits fact met the floor with its quote's
        # figure of the debts)
        "배경훈의 채무는 7억 원 이상이다.",
        # a floor neither figure of his deposits meets is never supported
        "배경훈 본인 명의 예금은 5억 원을 넘는다.",
        "배경훈의 예금은 2억 원을 넘는다.",
    ],
)
def test_a_floor_is_never_met_by_another_things_figure(cli, claim: str) -> None:
    out = verdict(cli, claim)
    assert out["verdict"] != "supported", out


def test_a_floor_far_under_the_nouns_figure_is_no_contradiction(cli) -> None:
    # (the debts' 7억4500만 are over 1억, if far over; the deposits' 1억7124만 meet it more
    # closely: not "채무 should be 예금")
    out = verdict(cli, "배경훈 본인 명의 채무는 1억 원을 넘는다.")
    assert out["verdict"] not in ("contradicted", "misleading"), out


@pytest.mark.parametrize(
    "claim",
    [
        "배경훈은 대통령실의 전문성을 높이 평가했다.",
        "Bae rated the presidential office's expertise highly.",
    ],
)
def test_the_one_acted_on_made_the_actor_is_misleading(cli, claim: str) -> None:
    out = verdict(cli, claim)
    assert out["verdict"] == "misleading", out
    assert out["reason"] == "actor"


@pytest.mark.parametrize(
    "claim",
    [
        "대통령실은 배경훈의 전문성을 높이 평가했다.",
        "The presidential office rated Bae's expertise highly.",
        # (the passive's agent, lower case: 'president' was read inside 'presidential')
        "Bae's expertise was rated highly by the presidential office.",
        # (the owner of a report is no one acted on)
        "EXAONE 3.5 was the only Korean model among the notable AI models in Stanford HAI's "
        "AI Index Report 2025.",
    ],
)
def test_the_same_roles_stay_supported(cli, claim: str) -> None:
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    "claim",
    [
        "Bae said his parents' deduction claim had been correct and needed no correction.",
        "Bae said no correction was needed.",
    ],
)
def test_an_act_denied_by_its_object_is_not_the_act(cli, claim: str) -> None:
    assert verdict(cli, claim)["verdict"] != "supported"


def test_the_act_itself_stays_supported(cli) -> None:
    claim = "Bae admitted the deduction was wrong and filed a correction in May 2025."
    assert verdict(cli, claim)["verdict"] == "supported"


def test_a_day_and_a_place_do_not_carry_another_days_pledge(cli) -> None:
    # the supercomputer pledge was the inauguration's (7/17); 7/24 at Naver's data centre
    # is another event's day and place
    claim = (
        "배경훈은 2025년 7월24일 네이버 각 세종에서 국가AI컴퓨팅센터 슈퍼컴 6호기 확충을 약속했다."
    )
    assert verdict(cli, claim)["verdict"] != "supported"


@pytest.mark.parametrize(
    "claim",
    [
        # a figure named as the limit is the limit itself, not "6억 or more"; the cap is no
        # act of the loan's
        "배경훈이 받은 주택담보대출은 규제 한도인 6억 원을 넘었다.",
        "Bae's mortgage exceeded the 600 million won cap.",
        "부모가 2024년에 받은 연금 중 과세되는 몫은 107만 원으로, 기본공제 한도인 100만 원을 웃돌았다.",
    ],
)
def test_a_figure_named_as_a_limit_is_the_limit(cli, claim: str) -> None:
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    "claim",
    [
        # (a cap the store never gives, met by the 7억5천만 loan of a fact's text: was supported)
        "배경훈이 받은 주택담보대출은 규제 한도인 7억 원을 넘었다.",
        "Bae's mortgage exceeded the 700 million won cap.",
        "Bae's mortgage was below the 600 million won cap.",
    ],
)
def test_a_wrong_limit_or_side_is_never_supported(cli, claim: str) -> None:
    assert verdict(cli, claim)["verdict"] != "supported"


def test_a_limit_is_not_one_with_a_particle(cli) -> None:
    # 한도 (a limit) was read as 한 (one) with 도, and the only child's fact 'held' it
    out = verdict(cli, "배경훈의 주담대는 한도 6억 원을 넘었다.")
    assert "bae-children-count" not in [e["fact_id"] for e in out["evidence"]]
