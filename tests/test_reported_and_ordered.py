"""What a sentence reports as said and in which order it puts two events: the thirty-sixth
session's adversary, adv57. A wish or a plan reported as said to be done (엑사원을 키워냈다고
말했다, where he said he wants to grow it); two events put the other way round from the days
the store gives them, each side a clause of the other (임명 재가를 받은 뒤 청문회를 거쳤다);
an act lent by one fact to the place another names, where a third says where it was."""

from __future__ import annotations

import pytest
from checking import verdict


@pytest.mark.parametrize(
    "claim",
    [
        "배경훈은 엑사원을 한국 대표 소버린 AI로 키워냈다고 말했다.",
        "배 장관은 자체 파운데이션 모델을 오픈소스로 공개했다고 밝혔다.",
        # (already, in a sentence without a figure)
        "배 장관은 자체 파운데이션 모델을 이미 오픈소스로 공개했다고 밝혔다.",
    ],
)
def test_a_plan_reported_as_said_to_be_done_is_misleading(cli, claim):
    out = verdict(cli, claim)
    assert out["verdict"] == "misleading" and out["reason"] == "tense", out


@pytest.mark.parametrize(
    "claim",
    [
        "배경훈은 엑사원을 한국 대표 소버린 AI로 키우고 싶다고 말했다.",
        # (a decision told in the past, 하기로 했었다고: how sure, not a deed said done)
        "배 장관은 애초 2028년까지 GPU 오만 장을 확보하기로 했었다고 설명했다.",
    ],
)
def test_a_plan_reported_as_a_plan_is_supported(cli, claim):
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    "claim",
    [
        "배경훈은 장관 임명 재가 이후에 국회 인사청문회를 거쳤다.",
        "배경훈은 임명 재가를 받은 뒤 국회 인사청문회를 거쳤다.",
        "Bae's confirmation hearing was held after the president approved his appointment.",
    ],
)
def test_two_events_the_other_way_round_are_misleading(cli, claim):
    out = verdict(cli, claim)
    assert out["verdict"] == "misleading" and out["reason"] == "direction", out
    assert "2025-07-16" in out["message"] and "2025-07-14" in out["message"]


def test_an_order_with_a_side_the_store_does_not_know_is_not_judged(cli):
    # (취임 후: the trip abroad names no event of the store's; no order to deny)
    assert (
        verdict(cli, "배 장관은 취임 후 첫 해외 출장지로 미국을 찾았다.")["verdict"] == "unverified"
    )


def test_an_act_lent_to_a_place_another_fact_does_not_give_it_is_not_supported(cli):
    # (his alternative service was at Samsung Thales; he worked at SK Telecom later)
    assert (
        verdict(cli, "배경훈은 SK텔레콤에서 전문연구요원으로 복무했다.")["verdict"] != "supported"
    )
    assert (
        verdict(cli, "배경훈은 삼성탈레스에서 전문연구요원으로 복무했다.")["verdict"] == "supported"
    )
