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


@pytest.mark.parametrize(
    "claim",
    [
        "배경훈은 -36억9767만 원의 재산을 신고했다.",
        "배경훈은 마이너스 36억9767만 원의 재산을 신고했다.",
        "Bae declared assets of minus 3.7 billion won.",
    ],
)
def test_a_negative_figure_is_not_the_source_figure(cli, claim: str) -> None:
    out = verdict(cli, claim)
    assert out["verdict"] == "contradicted", out
    assert "negative" in out["message"]


def test_a_range_dash_is_no_minus(cli) -> None:
    # (1-2: a range; the store's 40억 원대 is not in it)
    out = verdict(cli, "The apartment's price range was 1-2 billion won.")
    assert "negative" not in out["message"]
