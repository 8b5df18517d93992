"""Floors and ceilings (the twentieth session's rule): a figure the sentence gives as a floor
or a ceiling (more than ten, 100만 원을 넘었다, 40억 원에 못 미친다) is true where the
source's figure lies beyond it and false where it does not, however near (36억9767만 is not
more than 37억); a rule's limit (이하일 때, only if … or less) is compared as the limit it is;
a figure far beyond a bound, or one about as relevant on the other side, does not support
it. Through the CLI on the bundled store."""

from __future__ import annotations

import pytest
from checking import verdict


@pytest.mark.parametrize(
    "right",
    [
        "배경훈 부모의 과세 대상 소득금액은 100만 원을 넘었다.",
        "More than ten LG affiliates took part in LG AI Research.",
        "The AI Index Report 2025 listed more than 50 notable AI models.",
        "Bae's daughter held more than 100 million won in deposits and securities.",
    ],
)
def test_a_true_bound_is_supported(cli, right):  # type: ignore[no-untyped-def]
    assert verdict(cli, right)["verdict"] == "supported"


@pytest.mark.parametrize(
    "right",
    [
        "배경훈의 재산 신고액은 40억 원에 못 미친다.",
        "Bae declared total assets of less than 4 billion won.",
    ],
)
def test_a_true_ceiling_is_not_contradicted(cli, right):  # type: ignore[no-untyped-def]
    assert verdict(cli, right)["verdict"] in ("supported", "unverified")


@pytest.mark.parametrize(
    "wrong",
    [
        "배경훈의 재산 신고액은 37억 원을 넘는다.",
        "Bae declared more than 3.7 billion won in assets.",
        "Bae declared at least 3.7 billion won in assets.",
        "장녀의 마이크로소프트 주식은 800만 원이 넘었다.",
        "배경훈 장녀의 예금과 증권은 1억 원에 못 미쳤다.",
        # a rule's limit, put at the parents' income
        "소득세법은 만 60세 이상 부양가족의 연 소득이 107만 원 이하일 때 기본공제를 허용한다.",
        "Under the income tax law, a dependent aged 60 or over qualifies for the basic "
        "deduction only if annual income is 1.07 million won or less.",
    ],
)
def test_a_false_bound_is_not_supported(cli, wrong):  # type: ignore[no-untyped-def]
    assert verdict(cli, wrong)["verdict"] != "supported"


def test_exactly_is_not_rounded(cli):  # type: ignore[no-untyped-def]
    assert verdict(cli, "배경훈은 재산으로 약 37억 원을 신고했다.")["verdict"] == "supported"
    assert verdict(cli, "배경훈은 재산으로 정확히 37억 원을 신고했다.")["verdict"] != "supported"


@pytest.mark.parametrize(
    ("right", "wrong"),
    [
        # a figure rounded to three significant digits is the source's
        (
            "Bae's daughter's overseas stocks totaled 85.5 million won.",
            "Bae's daughter's overseas stocks totaled 86.5 million won.",
        ),
        # exceeded: a floor
        (
            "Bae's parents' taxable income exceeded 1 million won.",
            "Bae's parents' taxable income exceeded 1.1 million won.",
        ),
    ],
)
def test_rounded_and_exceeded(cli, right, wrong):  # type: ignore[no-untyped-def]
    assert verdict(cli, right)["verdict"] == "supported"
    assert verdict(cli, wrong)["verdict"] != "supported"


@pytest.mark.parametrize(
    "right",
    [
        "Bae's daughter's overseas stocks totaled 85.49 million won.",
        "Bae reported deposits of about 171 million won.",
        "Bae's own deposits were 171 million won.",
    ],
)
def test_a_whole_is_not_given_as_its_part(cli, right):  # type: ignore[no-untyped-def]
    assert verdict(cli, right)["verdict"] == "supported"


def test_a_part_of_another_quantity_is_still_another(cli):  # type: ignore[no-untyped-def]
    wrong = "Bae's parents received 1.07 million won in pension payments in 2024."
    assert verdict(cli, wrong)["verdict"] != "supported"


@pytest.mark.parametrize(
    ("right", "wrong"),
    [
        (
            "Bae took the mortgage loan in early June 2025.",
            "Bae took the mortgage loan in late June 2025.",
        ),
        (
            "배경훈은 2025년 6월 초 주택담보대출을 받았다.",
            "배경훈은 2025년 6월 말에 주택담보대출을 받았다.",
        ),
        ("EXAONE Deep was released in Q1 2025.", "EXAONE Deep was released in Q2 2025."),
        ("엑사원 딥은 2025년 1분기에 공개됐다.", "엑사원 딥은 2025년 2분기에 공개됐다."),
    ],
)
def test_a_part_of_a_month_or_a_year(cli, right, wrong):  # type: ignore[no-untyped-def]
    assert verdict(cli, right)["verdict"] == "supported"
    assert verdict(cli, wrong)["verdict"] == "contradicted"
