"""A fact dated only by the day something was said, where that day holds nothing but the
saying (강훈식 비서실장은 2025년 6월23일 … 은탑 산업훈장을 받은 분이라고 말했다), dates the
saying, not what was said: an award received, a home sold or a model released on that day
is not supported by it. A sentence that tells of the saying (말했다, 해명했다, admitted) still
meets its day. adv72 and adv73's largest class, at the forty-fifth session."""

from __future__ import annotations

import pytest
from checking import verdict

from factcli.judge.values import said_that_day
from factcli.store.loader import load_store


@pytest.mark.parametrize(
    "claim",
    [
        "배경훈은 2025년 6월 23일 은탑산업훈장을 받았다.",
        "Bae received the Silver Tower Order on June 23, 2025.",
        "배경훈은 2025년 은탑산업훈장을 받았다.",  # (the year of the saying, told again in its quote)
        "엑사원 3.5는 2025년 3월 18일 공개됐다.",
    ],
)
def test_an_act_on_the_day_it_was_told_of_is_contradicted(cli, claim: str) -> None:
    assert verdict(cli, claim)["verdict"] == "contradicted"


def test_a_sale_told_of_on_a_day_is_not_dated_by_it(cli) -> None:
    assert verdict(cli, "배경훈은 2025년 6월 30일 살던 집을 팔았다.")["verdict"] != "supported"


@pytest.mark.parametrize(
    "claim",
    [
        "강훈식 비서실장은 2025년 6월 23일 배경훈을 AI 학자이자 기업가라고 소개했다.",
        "2025년 7월 14일 청문회에서 배 후보자는 회사와 병무청 모두에게서 박사 과정 수학 승인을"
        " 받았고, 회사는 파트타임 재학을 요구했다고 해명했다.",
        "At his July 14 confirmation hearing, Bae said both his employer and the Military"
        " Manpower Administration had approved his doctoral studies.",
        "엑사원 딥은 2025년 3월 18일 공개됐다.",
        "배경훈은 2025년 7월 17일 취임했다.",
    ],
)
def test_the_saying_and_the_acts_of_their_own_day_stay_supported(cli, claim: str) -> None:
    assert verdict(cli, claim)["verdict"] == "supported"


def test_which_facts_are_dated_by_their_saying_alone() -> None:
    store = load_store(None, use_cache=False)
    facts = {f.id: f for f in store.facts}
    assert said_that_day(facts["minister-nomination-kang-remarks"])
    assert said_that_day(facts["controversy-sold-previous-home"])
    # (an event on its own day: the inauguration, the visit where he spoke)
    assert not said_that_day(facts["minister-inauguration-2025-07-17"])
    assert not said_that_day(facts["event-naver-gak-sejong-2025"])
