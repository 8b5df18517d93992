"""A move told as a route (the twenty-seventh session): 'A를 거쳐 B로', 'A에서 B로 옮겼다',
'moved from A to B', 'left A for B' put two employers in order; they are not two values of
one slot. A reversed route is misleading (direction), a right one is judged as the move to
the second; a first stop the store dates no post at leaves the order unshown. Through the
CLI on the bundled store."""

from __future__ import annotations

import pytest
from checking import verdict


@pytest.mark.parametrize(
    "claim",
    [
        # the store dates LG AI Research (2020-12) after LG Science Park (2019), SK Telecom
        # (2011) before LG U+ (2017) and the Samsung Thales institute (2003) before SKT
        "배경훈은 LG AI연구원을 거쳐 LG사이언스파크로 옮겼다.",
        "배 장관은 SK텔레콤을 거쳐 삼성탈레스에 들어갔다.",
        "배경훈은 2011년 LG유플러스에서 SK텔레콤 미래기술원으로 옮겼다.",
        "배경훈은 LG유플러스와 LG경제연구원을 거쳐 LG전자로 자리를 옮겼다.",
        "Bae moved from LG Uplus to SK Telecom in 2011.",
        "He left LG Uplus for SK Telecom in 2011.",
        # a post held, then the next: 지낸 뒤, 일하다가
        "배경훈은 LG전자 상무를 지낸 뒤 LG유플러스로 옮겼다.",
        "배경훈은 SK텔레콤 미래기술원에서 일하다가 삼성탈레스 종합연구소로 자리를 옮겼다.",
    ],
)
def test_a_reversed_route_is_misleading(cli, claim: str) -> None:
    out = verdict(cli, claim)
    assert out["verdict"] == "misleading", out
    assert out["reason"] == "direction"
    assert "the other way round" in out["message"]


@pytest.mark.parametrize(
    "claim",
    [
        "배경훈은 SK텔레콤에서 LG경제연구원으로 이직했다.",
        "배경훈은 2011년 삼성탈레스에서 SK텔레콤 미래기술원으로 옮겼다.",
        "Bae moved from SK Telecom to the LG Economic Research Institute in 2016.",
        "Bae left SK Telecom for the LG Economic Research Institute in 2016.",
        "배경훈은 LG경제연구원과 LG유플러스를 거쳐 LG전자로 자리를 옮겼다.",
        "배경훈은 LG유플러스 상무를 지낸 뒤 LG전자로 옮겼다.",
        "배경훈은 삼성탈레스에서 근무한 뒤 SK텔레콤으로 옮겼다.",
    ],
)
def test_a_route_in_the_stores_order_is_the_move_to_the_second(cli, claim: str) -> None:
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    "claim",
    [
        # (the two employers were read as one slot: 'LG유플러스 should be LG경제연구원')
        "배경훈은 LG경제연구원을 거쳐 LG유플러스로 옮겼다.",
        "배경훈은 LG사이언스파크를 거쳐 LG AI연구원장이 됐다.",
    ],
)
def test_a_right_route_is_never_a_contradiction_between_its_stops(cli, claim: str) -> None:
    assert verdict(cli, claim)["verdict"] not in ("contradicted", "misleading")


def test_the_year_of_the_move_is_the_second_posts(cli) -> None:
    out = verdict(cli, "Bae moved from SK Telecom to the LG Economic Research Institute in 2015.")
    assert out["verdict"] == "contradicted"
    assert "2016" in out["message"]


@pytest.mark.parametrize(
    "claim",
    [
        # LG (the group) and Samsung Electronics: no post of his the store dates there
        "배경훈은 LG그룹을 거쳐 SK텔레콤으로 옮겼다.",
        "Bae moved from LG to SK Telecom in 2011.",
        "배경훈은 삼성전자를 거쳐 SK텔레콤으로 옮겼다.",
    ],
)
def test_a_first_stop_the_store_does_not_date_leaves_the_order_unshown(cli, claim: str) -> None:
    out = verdict(cli, claim)
    assert out["verdict"] == "unverified", out
