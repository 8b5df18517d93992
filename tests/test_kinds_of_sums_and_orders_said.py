"""A sum is of the kind its clause makes it (borrowed, given, paid as a tax, paid for a
thing): a fact that gives the price does not vouch for it as the loan. An order given as a
clause's predicate (이는 … 먼저였다, …보다 앞선 일이다, 대출은 발표 뒤였다) is checked as
any other order, and a span between two releases dated only to the month is wrong when no
days of those months make it. A round ten before 대 with a particle is an age group (40대에),
no count of vehicles. adv74's findings, at the forty-sixth session."""

from __future__ import annotations

import pytest
from checking import verdict


@pytest.mark.parametrize(
    "claim",
    [
        "배경훈은 41억5천만 원을 대출받았다.",
        "배경훈은 41억5천만 원을 빌렸다.",
        "Bae borrowed 4.15 billion won.",
        "배경훈은 40억 원대 대출을 받았다.",
        "배경훈은 1억 원의 증여세를 냈다.",
        "배경훈은 증여세로 1억 원을 납부했다.",
        "배경훈은 41억5천만 원을 대출받아 7억5천만 원짜리 아파트를 샀다.",
    ],
)
def test_a_sum_of_another_kind_is_not_supported(cli, claim: str) -> None:
    assert verdict(cli, claim)["verdict"] != "supported"


@pytest.mark.parametrize(
    "claim",
    [
        "배경훈은 2025년 6월 10일 7억5천만 원을 대출받았다.",
        "Bae borrowed 750 million won on June 10, 2025.",
        "배경훈은 서초구 아파트를 41억5천만 원에 샀다.",
        "Bae declared family assets of roughly 3.7 billion won.",
    ],
)
def test_the_sum_of_its_own_kind_holds(cli, claim: str) -> None:
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    "claim",
    [
        "엑사원 4.0 공개는 엑사원 딥 공개보다 먼저였다.",
        "엑사원 3.0은 2024년 8월 7일 공개됐는데, 이는 엑사원 2.0보다 먼저였다.",
        "배경훈은 2021년 전무로 승진했는데 이는 LG AI연구원 출범보다 앞선 일이다.",
        "엑사원 3.5는 2024년 12월 공개됐는데, 이는 엑사원 3.0 공개 4개월 전이었다.",
        "배경훈은 2006년 박사학위를 받았는데, 이는 석사학위보다 먼저였다.",
        "배경훈은 은탑산업훈장을 받은 뒤 LG AI연구원장에 올랐다.",
        "배경훈은 주택담보대출로 7억5천만 원을 빌려 40억 원대 아파트를 샀고, 대출은 규제 발표 뒤였다.",
    ],
)
def test_an_order_given_as_the_predicate_is_checked(cli, claim: str) -> None:
    assert verdict(cli, claim)["verdict"] != "supported"


@pytest.mark.parametrize(
    "claim",
    [
        "엑사원 딥 공개는 엑사원 4.0 공개보다 먼저였다.",
        "배경훈의 주택담보대출(6월 10일)은 국토부의 6월 28일 대출 규제 발표보다 먼저였다.",
        "배경훈이 주담대를 받은 6월 10일은 국토부가 대출 규제를 발표한 6월 28일보다 앞선다.",
        "국토부의 주담대 6억 원 한도 발표는 6월 28일로, 배 장관이 대출을 받은 2025년 6월 10일보다 뒤였다.",
    ],
)
def test_the_order_as_the_store_dates_it_holds(cli, claim: str) -> None:
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    ("claim", "between"),
    [
        ("엑사원 3.5 공개 42일 뒤에 엑사원 딥이 공개됐다.", "77~107일"),
        ("EXAONE Deep came out 42 days after EXAONE 3.5.", "77 to 107 days"),
    ],
)
def test_a_span_no_days_of_the_months_make_is_contradicted(cli, claim: str, between: str) -> None:
    out = verdict(cli, claim)
    assert out["verdict"] == "contradicted", out
    assert between in out["message"], out


@pytest.mark.parametrize(
    "claim", ["배경훈은 40대에 장관이 됐다.", "배경훈은 40대에 LG AI연구원장이 됐다."]
)
def test_an_age_group_is_no_count_of_vehicles(cli, claim: str) -> None:
    out = verdict(cli, claim)
    assert out["verdict"] not in ("contradicted", "misleading"), out


@pytest.mark.parametrize(
    ("claim", "right"),
    [
        ("메타 주식 2104만 원은 마이크로소프트 주식 798만 원의 두 배가 넘었다.", True),
        ("메타 주식 2104만 원은 마이크로소프트 주식 798만 원의 세 배에 못 미쳤다.", True),
        ("메타 주식 2104만 원은 마이크로소프트 주식 798만 원의 세 배가 넘었다.", False),
        ("메타 주식 2104만 원은 마이크로소프트 주식 798만 원의 두 배에 못 미쳤다.", False),
        ("메타 주식 2104만 원은 마이크로소프트 주식 798만 원의 두 배였다.", False),
    ],
)
def test_so_many_times_with_a_floor_or_a_ceiling(cli, claim: str, right: bool) -> None:
    out = verdict(cli, claim)
    assert (out["verdict"] == "supported") == right, out


@pytest.mark.parametrize(
    ("claim", "right"),
    [
        # (a gift received is the same gift: not a sum of another kind)
        ("배경훈의 장녀는 1억 원을 증여받았다.", True),
        # (a count of vehicles before 대, not an age group)
        ("배경훈은 차량 10대에 대해 신고했다.", False),
        # (shared is no paraphrase of selling: a stem is looked up whole)
        ("Bae Kyung-hoon's daughter shared her overseas stocks.", False),
        # (words that say nothing do not set a fact holding the whole sentence aside)
        ("배경훈은 정식으로 은탑산업훈장을 받았다.", True),
        ("배경훈은 이미 은탑산업훈장을 받았다.", True),
    ],
)
def test_the_reviewers_findings(cli, claim: str, right: bool) -> None:
    out = verdict(cli, claim)
    assert (out["verdict"] == "supported") == right, out


def test_weeks_between_months_are_written_as_a_reader_would(cli) -> None:
    out = verdict(cli, "엑사원 3.5 공개 2주 뒤에 엑사원 딥이 공개됐다.")
    assert out["verdict"] == "contradicted", out
    assert "11~15.3주" in out["message"], out


@pytest.mark.parametrize(
    "text",
    [
        "엑사원 딥 공개는 넥서스보다 먼저" + " " * 2000 + "였다x.",
        "배경훈은 엑사원을 공개했" + "고 이는 " * 4000 + "끝.",
    ],
)
def test_the_order_patterns_take_linear_time(text: str) -> None:
    import time

    from factcli.judge.sequence import _sides

    began = time.perf_counter()
    _sides(text)
    assert time.perf_counter() - began < 0.5
