"""A date inside what a sentence says was said (2025년 6월에 취득한 아파트는 …이라고
밝혔다) is the date of the thing told of, not of the telling: no remark's day is weighed
against it, and no explanation gives the same value as found and expected. A measure noun
(금액, 액수) is no detail a fact must hold. adv73's true sentences flagged, at the
forty-fifth session."""

from __future__ import annotations

import pytest
from checking import verdict


@pytest.mark.parametrize(
    "claim",
    [
        "배경훈은 2025년 6월에 취득한 서초구 아파트는 실거주 목적이라고 밝혔다.",
        "장녀가 보유했던 해외 주식 가운데 금액이 가장 컸던 것은 LG 크래프트 AI-파워드 US"
        " 라지캡 코어(5647만 원)였다.",
    ],
)
def test_true_sentences_stay_supported(cli, claim: str) -> None:
    assert verdict(cli, claim)["verdict"] == "supported"


def test_a_remark_put_on_another_day_is_still_contradicted(cli) -> None:
    out = verdict(
        cli,
        "배경훈은 2025년 7월 14일 실거주 목적으로 갖고 있던 집을 팔고 아파트를 매매한"
        " 것이라고 말했다.",
    )
    assert out["verdict"] == "contradicted", out
    assert "2025-06-30" in out["message"]
