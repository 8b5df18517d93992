"""A sentence saying its subject holds none of a thing (채무가 전혀 없다, declared no
cryptocurrency) where a fact of that holder gives a figure of it is misleading, whatever
remark of "no problem at all" shares its words. adv73's findings, at the forty-fifth
session."""

from __future__ import annotations

import pytest
from checking import verdict


@pytest.mark.parametrize(
    ("claim", "fact"),
    [
        ("Bae declared no cryptocurrency.", "assets-bitcoin"),
        ("Bae reported no debts to financial institutions.", "assets-debts-self"),
        ("Bae declared no vehicles.", "assets-vehicle-count"),
        ("배경훈은 채무가 전혀 없다.", "assets-debts-self"),
        ("배경훈은 비트코인이 없다고 신고했다.", "assets-bitcoin"),
    ],
)
def test_none_of_a_thing_the_store_gives_a_figure_of(cli, claim: str, fact: str) -> None:
    out = verdict(cli, claim)
    assert out["verdict"] == "misleading", out
    assert out["reason"] == "direction"
    assert fact in out["message"]


@pytest.mark.parametrize(
    "claim",
    [
        "배경훈은 비트코인 10만1000원을 신고했다.",
        "Bae declared bitcoin worth 101,000 won.",
        "배경훈은 2025년 6월 30일 전혀 문제는 없다고 말했다.",
    ],
)
def test_what_is_held_and_what_was_said_stay_supported(cli, claim: str) -> None:
    assert verdict(cli, claim)["verdict"] == "supported"
