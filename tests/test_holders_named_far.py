"""Whose a figure is, named away from it (the twenty-eighth session): 배경훈 본인의 2024년
연금 수령액은 …, belonged to Bae himself, Bae's own deposits, Bae personally held … give the
figure to him; the store gives those figures to his parents, his daughter or his wife, so the
sentence is misleading (actor). The right holder stays supported. Through the CLI."""

from __future__ import annotations

import pytest
from checking import verdict


@pytest.mark.parametrize(
    "claim",
    [
        "배경훈 본인의 2024년 연금 수령액은 936만8310원이었다.",
        "배경훈 본인의 과세 대상 소득금액은 107만 원이었다.",
        "배 장관 본인의 LG 크래프트 AI-파워드 US 라지캡 코어 투자액은 5647만 원이었다.",
        "The Meta shares worth 21.04 million won belonged to Bae himself.",
        "Bae's own deposits amount to 12.92 million won.",
    ],
)
def test_a_relatives_figure_given_to_him_is_misleading(cli, claim: str) -> None:
    out = verdict(cli, claim)
    assert out["verdict"] == "misleading", out
    assert out["reason"] == "actor"


@pytest.mark.parametrize(
    "claim",
    [
        "배경훈 부모의 2024년 연금 수령액은 936만8310원이었다.",
        "배경훈 부모의 과세 대상 소득금액은 107만 원이었다.",
        "The Meta shares worth 21.04 million won belonged to Bae's daughter.",
        "Bae's own deposits amount to 171.24 million won.",
        "배경훈 본인과 배우자의 반포동 아파트 지분을 합한 가액은 41억5천만 원이다.",
    ],
)
def test_the_right_holder_named_far_is_supported(cli, claim: str) -> None:
    assert verdict(cli, claim)["verdict"] == "supported"
