"""Who did it in an English passive, where the work was done, a province, domestic or
overseas, two statements joined as one time, and a spaced dash before a date (the
twenty-ninth session, adv45): `was awarded to Bae by the trade ministry` is not supported by
the award alone; `2011년 삼성탈레스에서 … 연구를 수행했다` is contradicted (SK텔레콤);
`경기도 … 아파트` is a place the store never gives; `국내 주식` for the source's 해외 주식 is
contradicted; `SK텔레콤에서 근무하며 … 병역을 이행했다` joins two true statements at no
time the store shows; `엑사원 3.0 공개 – 2024.8.7` is a headline, not a span's end."""

from __future__ import annotations

import pytest
from checking import verdict


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        (
            "The Silver Tower Order of Industrial Service Merit was awarded to Bae by the trade"
            " ministry in 2023.",
            "unverified",
        ),
        ("The Silver Tower Order was awarded to Bae by LG Group in 2023.", "unverified"),
        ("The Silver Tower Order was awarded to Bae by the science ministry in 2023.", "supported"),
        (
            "Bae was described as an AI scholar and entrepreneur by Ha Jung-woo on June 23, 2025.",
            "unverified",
        ),
        (
            "Bae was described as an AI scholar and entrepreneur by Kang Hoon-sik on June 23,"
            " 2025.",
            "supported",
        ),
        ("EXAONE 3.0 was released by LG AI Research on August 7, 2024.", "supported"),
    ],
)
def test_the_agent_of_a_passive(cli, claim: str, want: str) -> None:
    assert verdict(cli, claim)["verdict"] == want


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        ("배경훈은 2011년 삼성탈레스에서 영상인식과 빅데이터 연구를 수행했다.", "contradicted"),
        ("배경훈은 2011년 SK텔레콤에서 영상인식과 빅데이터 연구를 수행했다.", "supported"),
        ("배경훈은 경기도 분당 소재 아파트를 41억5천만 원에 샀다.", "unverified"),
        ("배경훈은 서울 마포구 소재 아파트를 41억5천만 원에 샀다.", "contradicted"),
        ("배경훈은 서울 서초구 소재 아파트를 41억5천만 원에 샀다.", "supported"),
        ("배경훈의 장녀는 국내 주식 8549만 원어치를 보유했다.", "contradicted"),
        ("배경훈의 장녀는 해외 주식 8549만 원어치를 보유했다.", "supported"),
    ],
)
def test_places_and_employers_of_the_act(cli, claim: str, want: str) -> None:
    assert verdict(cli, claim)["verdict"] == want


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        ("배경훈은 SK텔레콤에서 근무하며 전문연구요원으로 병역을 이행했다.", "unverified"),
        ("배경훈은 삼성탈레스에서 근무하며 전문연구요원으로 병역을 이행했다.", "supported"),
        ("배경훈은 LG AI연구원장으로 재직하며 은탑산업훈장을 받았다.", "supported"),
    ],
)
def test_statements_joined_as_one_time(cli, claim: str, want: str) -> None:
    assert verdict(cli, claim)["verdict"] == want


@pytest.mark.parametrize(
    "claim",
    [
        "LG AI연구원, 엑사원 3.0 오픈소스 공개 – 2024.8.7",
        "배경훈 장관 취임 – 2025년 7월 17일, 정부세종청사",
        "배경훈은 2003년 9월–2008년 5월 전문연구요원으로 복무했다.",
    ],
)
def test_a_spaced_dash_before_a_date_is_no_span(cli, claim: str) -> None:
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        (
            "배경훈이 2025년 7월 17일 취임식에서 꽃다발을 받은 상대는 이재명 대통령이었다.",
            "contradicted",
        ),
        (
            "배경훈이 2025년 7월 17일 취임식에서 꽃다발을 받은 상대는 정현석 위원장이었다.",
            "supported",
        ),
        ("배경훈이 2025년 7월 23일 임명장을 받은 상대는 윤석열 대통령이었다.", "contradicted"),
        # (하 수석: 하정우 by his family name and title, not the minister who gave the blueprint)
        (
            "하 수석은 2025년 9월 12일 HJ비즈니스센터에서 과학기술 AI 정책 청사진을 발표했다.",
            "misleading",
        ),
    ],
)
def test_the_party_told_last_or_by_family_name(cli, claim: str, want: str) -> None:
    assert verdict(cli, claim)["verdict"] == want


def test_the_giver_is_named_in_the_sentences_script(cli) -> None:
    found = verdict(
        cli, "배경훈이 2025년 7월 17일 취임식에서 이재명 대통령으로부터 꽃다발을 받았다."
    )
    assert "위원장으로부터" in found["message"] and "junghyun" not in found["message"]


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        ("LG AI연구원 출범 약 6년 만에 배경훈은 장관에 취임했다.", "contradicted"),
        ("LG AI연구원 출범 약 5년 만에 배경훈은 장관에 취임했다.", "supported"),
        # (4 years and 7 months: 4 whole years passed, or about 5)
        ("배경훈은 LG AI연구원 출범 4년 만에 장관에 취임했다.", "supported"),
        ("배경훈은 LG AI연구원 출범 5년 만에 장관에 취임했다.", "supported"),
        ("배경훈은 LG AI연구원 출범 6년 만에 장관에 취임했다.", "contradicted"),
    ],
)
def test_years_between_two_events_counted_as_writers_do(cli, claim: str, want: str) -> None:
    assert verdict(cli, claim)["verdict"] == want


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        ("배우자는 예금 1292만 원을, 장녀는 예금 1819만 원을 갖고 있다.", "supported"),
        ("배우자는 예금 1819만 원을, 장녀는 예금 1292만 원을 갖고 있다.", "contradicted"),
        ("배경훈은 2023년 정부로부터 은탑산업훈장을 받았다.", "supported"),
        ("배경훈은 2023년 산업통상자원부로부터 은탑산업훈장을 받았다.", "contradicted"),
    ],
)
def test_two_subjects_sharing_a_verb_and_the_government_as_giver(
    cli, claim: str, want: str
) -> None:
    assert verdict(cli, claim)["verdict"] == want


@pytest.mark.parametrize(
    "claim",
    [
        "배경훈은 증권사 직원에게 추천을 받아 서초구 아파트를 매수했다고 설명했다.",
        "배경훈은 자녀에게 1억 원을 증여한 뒤 증권사 직원의 추천으로 서초구 아파트를 샀다고 설명했다.",
        "Bae said he bought the Seocho apartment on a broker's recommendation.",
    ],
)
def test_what_went_with_one_deal_is_not_lent_to_another(cli, claim: str) -> None:
    # (the securities-firm employee's advice was for the stocks bought for his child)
    assert verdict(cli, claim)["verdict"] != "supported"


def test_the_advice_with_its_own_deal_still_holds(cli) -> None:
    claim = "배경훈은 자녀에게 1억 원을 증여하고 증여세를 낸 뒤 증권사 직원의 추천으로 주식을 샀다고 해명했다."
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        ("배경훈의 외동딸은 2025년 7월 26일 기준 해외 주식을 모두 처분한 상태다.", "supported"),
        ("배경훈의 쌍둥이 딸은 2025년 7월 26일 기준 해외 주식을 모두 처분한 상태다.", "misleading"),
    ],
)
def test_a_word_of_how_many_children_held_by_a_fact_of_the_same_person(
    cli, claim: str, want: str
) -> None:
    # (외동딸: the store tells of his only daughter; twins it never tells of)
    assert verdict(cli, claim)["verdict"] == want


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # (his fact names his 2012년생 외동딸: her birth, told in his fact)
        ("배 장관의 외동딸은 2012년에 태어났다.", "supported"),
        ("배 장관의 딸은 2011년에 태어났다.", "contradicted"),
        # (영전: a promotion)
        ("배경훈은 2021년 6월 전무로 영전했다.", "supported"),
        ("배경훈은 2019년 6월 전무로 영전했다.", "contradicted"),
        # (평 is another unit of area than the source's ㎡)
        ("배경훈의 반포동 아파트는 전용 106평이다.", "unverified"),
        ("배경훈의 반포동 아파트는 전용 106㎡다.", "supported"),
    ],
)
def test_a_childs_birth_a_promotion_and_an_area(cli, claim: str, want: str) -> None:
    assert verdict(cli, claim)["verdict"] == want
