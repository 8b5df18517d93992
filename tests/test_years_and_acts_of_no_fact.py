"""A year against a date the source gives without one, and an act no fact tells of (the
forty-third session's adversary, adv71)."""

from __future__ import annotations

import pytest
from checking import verdict

from factcli.text.dates import PartialDate


def test_dates_sharing_no_component_cannot_be_compared():
    # (2099 and March 5 of no year: nothing of them is the same)
    assert not PartialDate(2099).shares(PartialDate(None, 3, 5))
    assert PartialDate(2025).shares(PartialDate(2025, 3, 5))
    assert PartialDate(None, 3, 5).shares(PartialDate(2025, 3, 5))
    assert PartialDate(None, 3).shares(PartialDate(None, 3, 5))


@pytest.mark.parametrize(
    "claim",
    [
        # (the contract's day is 3월5일 in the quote, 2025 by the store: no other year holds)
        "Bae said he signed the apartment purchase contract in 2019.",
        "배경훈은 1980년 서초구 아파트 매매계약을 체결했다고 설명했다.",
        "Bae 1980",
        "배경훈은 2099년",
    ],
)
def test_a_year_against_a_day_without_one_is_not_supported(cli, claim):
    assert verdict(cli, claim)["verdict"] != "supported"


def test_the_day_without_its_year_is_still_supported(cli):
    assert verdict(cli, "배경훈은 3월 5일 아파트 매매계약을 체결했다고 설명했다.")["verdict"] == (
        "supported"
    )


@pytest.mark.parametrize(
    "claim",
    [
        # (a building's completion: the store dates its sale, not its building)
        "배경훈의 서초구 아파트는 2015년에 준공됐다.",
        "The apartment was built in 2015.",
    ],
)
def test_an_act_no_fact_tells_of_is_unverified(cli, claim):
    out = verdict(cli, claim)
    assert out["verdict"] == "unverified"


def test_a_model_built_by_a_lab_is_developed(cli):
    claim = "EXAONE is a hyperscale language model built by LG AI Research."
    assert verdict(cli, claim)["verdict"] == "supported"
