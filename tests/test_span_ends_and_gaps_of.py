"""What a span runs between, what a gap is of, and the order two events are told in.

A length the source gives from one model to another (or up to one) is not the length of
another pair, nor of one model alone; a step's own time (개발에는 10년) is not the time
from that step to the next. A gap two facts make is not the gap of a thing another fact
gives a figure of its own (the pension, for the taxable income). A side of an order that
names no saying is the event, not what was said of it later; and a sentence nothing else
settles is misleading where the store dates its two events the other way. adv76's
findings and the code review's, at the forty-seventh session."""

from __future__ import annotations

import pytest
from checking import verdict


@pytest.mark.parametrize(
    "claim",
    [
        "Bae said it took just 42 days to go from EXAONE 3.0 to EXAONE Deep.",
        "배경훈은 엑사원 2.0에서 엑사원 딥까지 불과 42일이 걸렸다고 말했다.",
        "Bae said it took four months to develop EXAONE 3.0.",
        "배경훈은 엑사원 3.0을 개발하는 데 4개월이 걸렸다고 말했다.",
        "Bae said developing new SMR technology itself would take about 10 years.",
        "신규 SMR 기술 개발에는 10년 정도가 걸릴 것이라고 배 장관은 말했다.",
    ],
)
def test_a_span_said_of_other_ends_is_misleading(cli, claim: str) -> None:
    out = verdict(cli, claim)
    assert out["verdict"] == "misleading", out
    assert out["reason"] == "relation", out


@pytest.mark.parametrize(
    "claim",
    [
        "배경훈은 엑사원 3.0에서 엑사원 3.5를 내놓는 데 4개월이 걸렸다고 말했다.",
        "Bae said it took four months to go from EXAONE 3.0 to EXAONE 3.5.",
        "Bae said it took only 42 days to release the reasoning model EXAONE Deep.",
        "배 장관은 신규 SMR 기술 개발 이후 상용화까지 10년 정도 걸릴 것으로 본다고 말했다.",
    ],
)
def test_a_span_said_of_its_own_ends_holds(cli, claim: str) -> None:
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    ("claim", "word"),
    [
        ("배경훈 부모의 연금 수령액은 기본공제 기준을 7만 원 넘었다.", "연금"),
        (
            "Bae's parents' pension exceeded the 1 million won deduction threshold by 70,000 won.",
            "pension",
        ),
    ],
)
def test_a_gap_said_of_another_quantity_is_misleading(cli, claim: str, word: str) -> None:
    out = verdict(cli, claim)
    assert out["verdict"] == "misleading", out
    assert out["reason"] == "relation", out
    assert word in out["message"] and "parents-pension-2024" in out["message"], out


@pytest.mark.parametrize(
    "claim",
    [
        "배경훈 부모의 과세 대상 소득은 기본공제 기준을 7만 원 넘었다.",
        "Bae's parents' taxable income exceeded the 1 million won threshold by 70,000 won.",
    ],
)
def test_a_gap_of_the_quantity_itself_holds(cli, claim: str) -> None:
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    "claim",
    [
        "배경훈의 대출은 규제 발표 뒤였다.",
        "The Land Ministry announced its June 28, 2025 mortgage cap before Bae took out his 750 million won loan.",
        "Bae took out his 750 million won mortgage only after the transport ministry announced its June 28, 2025 lending curbs.",
    ],
)
def test_events_the_store_dates_the_other_way_are_misleading(cli, claim: str) -> None:
    out = verdict(cli, claim)
    assert out["verdict"] == "misleading", out
    assert out["reason"] == "direction", out
    assert "molit-mortgage-cap-2025-06-28" in out["message"], out


@pytest.mark.parametrize(
    "claim",
    [
        "The mortgage cap was announced 18 days after Bae's loan.",
    ],
)
def test_an_order_of_the_events_themselves_holds(cli, claim: str) -> None:
    assert verdict(cli, claim)["verdict"] == "supported"


def test_a_span_after_a_passive_follow_is_counted_from_the_first(cli) -> None:
    out = verdict(
        cli, "EXAONE 3.0, released in August 2024, was followed two months later by EXAONE 3.5."
    )
    assert out["verdict"] == "contradicted", out
    assert "4 months" in out["message"], out


@pytest.mark.parametrize(
    "claim",
    [
        # (the date is the nomination's, the side it is in; not the hearing's)
        "배경훈이 지명된 6월 23일은 인사청문회보다 먼저였다.",
        # (A was followed, four months later, by B: A first)
        "EXAONE 3.0, released in August 2024, was followed four months later by EXAONE 3.5.",
        # (after five years at SK Telecom: a length of time, not an event to order)
        "Bae, who joined LG in 2016 after five years at SK Telecom, became the first head of LG AI Research in 2020.",
    ],
)
def test_true_orders_are_not_flagged(cli, claim: str) -> None:
    assert verdict(cli, claim)["verdict"] in ("supported", "unverified")
