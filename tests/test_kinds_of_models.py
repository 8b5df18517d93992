"""A model called a kind (hybrid, reasoning, multimodal, lightweight, open source) that no
fact of that model says, where the store says it of another model, is not vouched for:
엑사원 딥 is the reasoning model, 엑사원 4.0 the hybrid one. adv73's findings, at the
forty-fifth session."""

from __future__ import annotations

import pytest
from checking import verdict


@pytest.mark.parametrize(
    ("claim", "other"),
    [
        ("엑사원 딥은 2025년 3월 18일 공개된 하이브리드 모델이다.", "엑사원 4.0"),
        ("엑사원 3.0은 2024년 8월 7일 공개된 추론 모델이다.", "엑사원 딥"),
        ("엑사원 2.0은 2023년 7월 19일 오픈소스로 공개됐다.", "엑사원 3.0"),
        ("EXAONE 2.0 was open-sourced on July 19, 2023.", "EXAONE 3.0"),
    ],
)
def test_a_kind_of_another_model_is_not_vouched_for(cli, claim: str, other: str) -> None:
    out = verdict(cli, claim)
    assert out["verdict"] == "unverified", out
    assert other in out["message"]


@pytest.mark.parametrize(
    "claim",
    [
        "엑사원 딥은 2025년 3월 18일 공개된 추론 모델이다.",
        "엑사원 4.0은 2025년 7월 15일 공개된 하이브리드 모델이다.",
        "엑사원 3.0은 2024년 8월 7일 오픈소스로 공개됐다.",
        "EXAONE Deep, a reasoning model, was open-sourced on March 18, 2025.",
    ],
)
def test_a_kind_its_own_facts_say_stays_supported(cli, claim: str) -> None:
    assert verdict(cli, claim)["verdict"] == "supported"
