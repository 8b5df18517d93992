"""Lists paired respectively, words in Chinese characters, negated bounds with 도, and events
dated after the day of a check (the twenty-ninth session, adv44): `엑사원 3.0과 3.5를 각각
2024년 12월과 8월에 공개했다` gives each model the other's month (contradicted), in the right
order it is supported; `釜山`, `金塔産業勳章` are not read, so never supported; `1000만 원도 안
됐다` is a ceiling; as of 2003 `박사학위를 받았다` is not yet true, and as of 2009 `현재 …
복무 중이다` no longer; a pension said to be the taxable income is not supported by the
pension's figure. Through the CLI, and the pure reading of pairs."""

from __future__ import annotations

import pytest
from checking import verdict, verdict_as_of

from factcli.text.respective import respective_readings


@pytest.mark.parametrize(
    ("text", "readings"),
    [
        (
            "LG AI연구원은 엑사원 3.0과 3.5를 각각 2024년 12월과 8월에 공개했다.",
            [
                "LG AI연구원은 엑사원 3.0를 2024년 12월에 공개했다.",
                "LG AI연구원은 엑사원 3.5를 2024년 8월에 공개했다.",
            ],
        ),
        (
            "장녀가 보유했던 메타와 마이크로소프트 주식은 각각 2104만 원, 798만 원어치였다.",
            [
                "장녀가 보유했던 메타은 2104만 원어치였다.",
                "장녀가 보유했던 마이크로소프트 주식은 798만 원어치였다.",
            ],
        ),
        (
            "Bae's deposits and debts in his own name were 745 million won and 171.24 million"
            " won, respectively.",
            [
                "Bae's deposits in his own name were 745 million won.",
                "Bae's debts in his own name were 171.24 million won.",
            ],
        ),
        (
            "이재명 대통령의 임명안 재가와 배경훈의 취임식은 각각 2025년 7월 16일과 17일이었다.",
            [
                "이재명 대통령의 임명안 재가은 2025년 7월 16일이었다.",
                "이재명 대통령의 배경훈의 취임식은 2025년 7월 17일이었다.",
            ],
        ),
        ("장녀는 예금 1819만 원을 각각 보유했다.", None),
        ("배경훈은 2002년과 2006년에 석사와 박사 학위를 받았다.", None),
    ],
)
def test_pairs_are_read_one_by_one(text: str, readings: list[str] | None) -> None:
    assert respective_readings(text) == readings


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        ("LG AI연구원은 엑사원 3.0과 3.5를 각각 2024년 12월과 8월에 공개했다.", "contradicted"),
        ("엑사원 3.0과 3.5는 각각 2024년 8월과 12월에 나왔다.", "supported"),
        ("배경훈은 2002년과 2006년에 각각 박사학위와 석사학위를 받았다.", "contradicted"),
        ("배경훈은 2002년과 2006년에 각각 석사학위와 박사학위를 받았다.", "supported"),
        ("엑사원 딥과 엑사원 4.0은 각각 2025년 7월 15일과 3월 18일에 공개됐다.", "contradicted"),
        ("배경훈의 배우자와 장녀는 예금으로 각각 1292만 원, 1819만 원을 갖고 있다.", "supported"),
        (
            "The mortgage loan and the apartment contract were 4.15 billion won and 750 million"
            " won, respectively.",
            "contradicted",
        ),
        (
            "The mortgage loan and the apartment contract were 750 million won and 4.15 billion"
            " won, respectively.",
            "supported",
        ),
    ],
)
def test_pairs_are_checked_in_their_order(cli, claim: str, want: str) -> None:
    assert verdict(cli, claim)["verdict"] == want


@pytest.mark.parametrize(
    "claim",
    [
        "배경훈은 1976년 5월 釜山에서 태어났다.",
        "배경훈은 2023년 金塔産業勳章을 받았다.",
        "배경훈은 延世大學校 전자공학과를 졸업했다.",
    ],
)
def test_words_in_chinese_characters_are_not_vouched_for(cli, claim: str) -> None:
    found = verdict(cli, claim)
    assert found["verdict"] == "unverified"
    assert "Chinese characters" in found["message"]


def test_a_date_in_chinese_characters_is_still_a_date(cli) -> None:
    assert verdict(cli, "배경훈은 1976年 5月 서울에서 태어났다.")["verdict"] == "supported"


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        ("배경훈의 장녀가 보유했던 마이크로소프트 주식은 1000만 원도 안 됐다.", "supported"),
        ("배경훈의 장녀가 보유했던 마이크로소프트 주식은 700만 원도 안 됐다.", "contradicted"),
    ],
)
def test_a_ceiling_told_with_do(cli, claim: str, want: str) -> None:
    assert verdict(cli, claim)["verdict"] == want


@pytest.mark.parametrize(
    ("claim", "day", "want"),
    [
        ("배경훈은 박사학위를 받았다.", "2003-01-01", "misleading"),
        ("배경훈은 박사학위를 받았다.", "2004-01-01", "misleading"),
        ("배경훈은 박사학위를 받았다.", "2007-01-01", "supported"),
        ("배경훈은 현재 전문연구요원으로 복무 중이다.", "2007-01-01", "supported"),
        ("배경훈은 현재 전문연구요원으로 복무 중이다.", "2009-01-01", "misleading"),
    ],
)
def test_events_against_the_day_of_the_check(cli, claim: str, day: str, want: str) -> None:
    assert verdict_as_of(cli, claim, day)["verdict"] == want


@pytest.mark.parametrize(
    "claim",
    [
        "배경훈의 부모가 받은 연금 936만8310원은 모두 과세 대상 소득이었다.",
        "배경훈의 부모가 2024년 받은 연금 936만8310원은 모두 과세 대상 소득이었다.",
    ],
)
def test_a_figure_said_to_be_another_quantity(cli, claim: str) -> None:
    assert verdict(cli, claim)["verdict"] != "supported"


def test_a_competition_named_in_latin_letters_keeps_its_own_year(cli) -> None:
    # (KorQuAD's first place of 2023 holds more of the words; SQuAD's of 2021 is named)
    assert (
        verdict(cli, "LG AI연구원은 2021년에 SQuAD에서 정상에 올랐다.")["verdict"] != "contradicted"
    )


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        (
            "장녀가 보유했던 LG 크래프트 상품, 메타, 마이크로소프트 주식은 각각 5647만 원, 2104만 원,"
            " 798만 원어치였다.",
            "supported",
        ),
        (
            "장녀가 보유했던 LG 크래프트 상품, 메타, 마이크로소프트 주식은 각각 2104만 원, 5647만 원,"
            " 798만 원어치였다.",
            "contradicted",
        ),
        (
            "엑사원 1.0, 2.0, 3.0은 각각 2022년 12월, 2023년 7월, 2024년 8월에 공개됐다.",
            "supported",
        ),
        ("엑사원 3.5의 세 모델은 각각 2.4B, 7.8B, 32B 크기다.", "supported"),
        # (one figure for each of two: not what the source gives)
        ("배경훈의 배우자와 장녀는 예금으로 각각 1292만 원을 갖고 있다.", "misleading"),
    ],
)
def test_longer_lists_paired_in_order(cli, claim: str, want: str) -> None:
    assert verdict(cli, claim)["verdict"] == want


@pytest.mark.parametrize(
    "claim",
    [
        "금융기관 채무는 본인 명의로 7억4500만 원을 신고했다.",
        "예금과 금융기관 채무는 각각 본인 명의로 1억7124만 원, 7억4500만 원씩을 신고했다.",
    ],
)
def test_in_whose_name_is_no_quantity(cli, claim: str) -> None:
    # (본인 명의로: in whose name; the quote's first figure after it is the deposits')
    assert verdict(cli, claim)["verdict"] == "supported"
