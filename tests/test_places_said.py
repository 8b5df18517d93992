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


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        (
            "배경훈은 2025년 6월 30일 서초구 우체국 인사청문회 사무실로 출근했다.",
            "서울 광화문 우체국에 마련된 인사청문회 사무실",
        ),
        ("배 장관은 9월 12일 서울 용산에서 기자간담회를 열었다.", "서울 종로구 HJ비즈니스센터"),
    ],
)
def test_the_place_is_named_as_the_source_words_it(cli, claim: str, expected: str) -> None:
    out = verdict(cli, claim)
    assert out["verdict"] == "contradicted", out
    assert expected in out["message"], out


def test_where_he_went_as_the_source_gives_it_holds(cli) -> None:
    claim = "배경훈은 2025년 6월 30일 광화문 우체국 인사청문회 사무실로 출근했다."
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    "claim",
    [
        # (done without, or not needed, what the source has)
        "배경훈은 자녀에게 1억 원을 증여하면서 증여세 없이 처리했다.",
        "배경훈은 H200이 필요 없다고 말했다.",
        "배경훈은 2025년 6월 30일 입장문에서 증권사 직원의 추천 없이 직접 주식을 골랐다고 설명했다.",
        "배경훈은 2025년 7월 14일 인사청문회에서 병무청 승인을 받았다고 말했으나 회사의 승인은 없었다고 했다.",
        # (said that day in the other word of a kind: 파트 타임)
        "배경훈은 2025년 7월 14일 인사청문회에서 박사 과정을 풀타임으로 다녔다고 말했다.",
    ],
)
def test_what_the_source_has_said_lacking_is_not_supported(cli, claim: str) -> None:
    assert verdict(cli, claim)["verdict"] in ("contradicted", "misleading")


@pytest.mark.parametrize(
    "claim",
    [
        "LG AI연구원은 직함 없이 서로를 님으로 부른다.",
        "배경훈은 자녀에게 1억 원을 증여하고 증여세를 낸 뒤 증권사 직원의 추천으로 주식을 샀다고 해명했다.",
        "배경훈은 6월 30일 출근길에 기자들에게 이전 집에서 10년을 살았고 이사할 때가 돼 옮긴 것일 뿐이라고 말했다.",
        "배경훈은 2025년 7월 14일 인사청문회에서 회사와 병무청의 승인을 받았다고 말했다.",
    ],
)
def test_what_the_source_says_lacking_or_said_holds(cli, claim: str) -> None:
    assert verdict(cli, claim)["verdict"] == "supported"
