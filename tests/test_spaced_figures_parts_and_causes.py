"""Figures written with a space before their Korean scale, parts of a year, and causes the
store does not give (the twenty-eighth session, adv43): `36 억 9767 만 원`, `20 만 장`, `7 억 5 천만
원` are one figure each; `연초` for the source's `연말` is contradicted; a cause joining two
true facts (`…넘었기 때문에 경로우대를 받았다`, `덕분에`) that no supporting fact gives in any
words of cause leaves the sentence unverified. Through the CLI, and the pure reading."""

from __future__ import annotations

from decimal import Decimal

import pytest
from checking import verdict

from factcli.text.analysis import values_of


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("재산은 36 억 9767 만 원이다.", Decimal("3697670000")),
        ("GPU 20 만 장을", Decimal("200000")),
        ("7 억 5 천만 원의 대출", Decimal("750000000")),
    ],
)
def test_a_space_before_a_korean_scale_keeps_one_figure(text: str, amount: Decimal) -> None:
    found = [v for v in values_of(text) if v.amount is not None]
    assert [v.amount for v in found] == [amount]
    # (the span still indexes the text as written, spaces and all)
    assert text[found[0].start : found[0].end] == found[0].text
    assert found[0].text[0].isdigit() and " " in found[0].text


def test_a_word_after_a_figure_is_not_its_scale() -> None:
    assert all(v.amount != Decimal(7000) for v in values_of("2025년 7 천안에서 열렸다"))


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        ("배경훈이 신고한 재산은 36 억 9767 만 원이다.", "supported"),
        ("배경훈은 7 억 5 천만 원의 주택담보대출을 받았다.", "supported"),
        ("과기부는 2030년까지 GPU 20 만 장 구축을 검토하고 있다.", "supported"),
        ("국토부는 수도권 주담대 최대한도를 6 억 원으로 제한했다.", "supported"),
        ("과기부는 2030년까지 GPU 30 만 장 구축을 검토하고 있다.", "contradicted"),
    ],
)
def test_spaced_figures_are_checked(cli, claim: str, want: str) -> None:
    assert verdict(cli, claim)["verdict"] == want


@pytest.mark.parametrize(
    ("claim", "found", "expected"),
    [
        ("배경훈은 2018년 연초 인사에서 임원으로 승진했다.", "연초", "연말"),
        ("배 장관은 연초에 글로벌 상위 10위 안에 드는 LLM이 나올 것이라고 말했다.", "연초", "연말"),
    ],
)
def test_another_part_of_the_year_is_contradicted(
    cli, claim: str, found: str, expected: str
) -> None:
    out = verdict(cli, claim)
    assert out["verdict"] == "contradicted", out
    assert (out["evidence"][0]["found"], out["evidence"][0]["expected"]) == (found, expected)


def test_the_same_part_of_the_year_is_supported(cli) -> None:
    assert (
        verdict(cli, "배경훈은 2018년 연말 인사에서 임원으로 승진했다.")["verdict"] == "supported"
    )


@pytest.mark.parametrize(
    "claim",
    [
        "배경훈의 부모는 연금 소득이 100만 원을 넘었기 때문에 경로우대를 받았다.",
        "배경훈은 2025년 5월 국세청이 정정을 요구했기 때문에 공제를 정정 신청했다.",
        "배경훈은 2023년 은탑산업훈장을 받은 덕분에 2023년 6월 정보통신산업진흥원 비상임이사가 됐다.",
    ],
)
def test_a_cause_the_store_never_gives_is_unverified(cli, claim: str) -> None:
    out = verdict(cli, claim)
    assert out["verdict"] == "unverified", out
    assert "cause" in out["message"]
