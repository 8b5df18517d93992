"""A place the sentence says a thing was done at (…에서) must be one the facts of that
event, or of its day, name: another place where the source gives one is contradicted, a place
where it gives none is unverified. adv75's findings, at the forty-sixth session."""

from __future__ import annotations

import pytest
from checking import verdict


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("배 장관은 9월 12일 서울 용산에서 기자간담회를 열었다.", "contradicted"),
        ("배 장관은 9월 12일 반포동에서 기자간담회를 열었다.", "contradicted"),
        ("배경훈은 2025년 7월 14일 제주에서 인사청문회에 출석했다.", "unverified"),
        ("배경훈은 2025년 7월 24일 서초구 데이터센터에서 현장 간담회를 열었다.", "contradicted"),
    ],
)
def test_another_place_is_not_supported(cli, claim: str, expected: str) -> None:
    out = verdict(cli, claim)
    assert out["verdict"] == expected, out


@pytest.mark.parametrize(
    "claim",
    [
        "배 장관은 2025년 9월 12일 서울 종로구 HJ비즈니스센터에서 기자간담회를 열었다.",
        "배 장관은 9월 12일 서울 종로구의 HJ비즈니스센터에서 기자간담회를 가졌다.",
        "배경훈 장관은 1976년 5월에 서울에서 출생했다.",
        "이 대통령이 7월 16일 임명안을 재가했고, 배 장관은 이튿날 정부세종청사에서 취임식을 가졌다.",
        "2024년 7월 11일 배경훈은 제주 롯데호텔에서 열린 제37회 한경협 CEO 제주하계포럼에서 강연했다.",
        "배 장관은 12일 서울 종로구 HJ비즈니스센터에서 연 기자간담회에서 잠재성장률 3% 회복에 기여하겠다고 했다.",
    ],
)
def test_the_place_the_source_gives_holds(cli, claim: str) -> None:
    assert verdict(cli, claim)["verdict"] == "supported"
