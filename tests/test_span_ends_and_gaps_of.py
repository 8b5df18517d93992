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
        "배경훈의 대출은 규제 발표 뒤의 일이었다.",
        "The Land Ministry announced its June 28, 2025 mortgage cap before Bae took out his 750 million won loan.",
        "Bae took out his 750 million won mortgage only after the transport ministry announced its June 28, 2025 lending curbs.",
    ],
)
def test_events_the_store_dates_the_other_way_are_misleading(cli, claim: str) -> None:
    out = verdict(cli, claim)
    assert out["verdict"] == "misleading", out
    assert out["reason"] == "direction", out
    # (by the store's dates of the two, or by the words of the fact it rests on)
    assert "molit-mortgage-cap-2025-06-28" in out["message"] or "other order" in out["message"]


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


@pytest.mark.parametrize(
    "claim",
    [
        "About 30% of the 150,000 GPUs Bae expects SMEs and academia to need in 2030 comes to about 45,000 GPUs.",
        "배 장관은 2030년 GPU 수요 15만 장의 30%인 약 4만 5천 장을 정부가 공급하면 된다고 봤다.",
        "Bae's three-fifths share of the apartment is worth about 2.49 billion won.",
    ],
)
def test_a_share_worked_out_holds(cli, claim: str) -> None:
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    ("claim", "made"),
    [
        (
            "About 30% of the 150,000 GPUs Bae expects SMEs and academia to need in 2030 comes to about 60,000 GPUs.",
            "45,000 GPUs",
        ),
        (
            "배 장관은 2030년 GPU 수요 15만 장의 30%인 약 6만 장을 정부가 공급하면 된다고 봤다.",
            "4만5000장",
        ),
    ],
)
def test_a_share_worked_out_wrong_is_contradicted(cli, claim: str, made: str) -> None:
    out = verdict(cli, claim)
    assert out["verdict"] == "contradicted", out
    assert made in out["message"], out


def test_a_share_of_the_wrong_base_is_not_supported(cli) -> None:
    # (30% of 200,000 is 60,000, but the 200,000 is the 2030 target, not the demand)
    out = verdict(
        cli, "배 장관은 2030년 GPU 수요 20만 장의 30%인 약 6만 장을 정부가 공급하면 된다고 봤다."
    )
    assert out["verdict"] == "contradicted", out


@pytest.mark.parametrize(
    "claim",
    [
        # (a date before the noun it dates: the cap's day, not the day he spoke)
        "Bae, who took out a 750 million won loan on June 10, said he had no advance knowledge of the June 28 mortgage cap.",
        # (a relative clause's date is its own act's, not the remark's)
        "Bae, who was nominated on June 23, 2025, said on June 30 that he had not known about the mortgage policy in advance.",
        # (consideration is considering: the plan under consideration is found)
        "The 2030 figure of 200,000 GPUs under consideration is 150,000 more than the original goal of 50,000.",
    ],
)
def test_dates_and_figures_of_their_own_parts_are_not_flagged(cli, claim: str) -> None:
    assert verdict(cli, claim)["verdict"] in ("supported", "unverified")


def test_a_relative_clause_date_is_still_checked(cli) -> None:
    out = verdict(
        cli,
        "Bae, who was nominated on June 25, 2025, said on June 30 that he had not known about the mortgage policy in advance.",
    )
    assert out["verdict"] == "contradicted", out
    assert "2025-06-23" in out["message"], out


# The code review's findings on the change (review47): true sentences it newly flagged, false
# ones it newly let through, rewordings it missed.
@pytest.mark.parametrize(
    ("claim", "right"),
    [
        ("EXAONE 3.0 was followed by EXAONE 3.5.", True),
        ("EXAONE 3.0 was followed four months later by EXAONE 3.5.", True),
        ("Bae said it took four months to release EXAONE 3.5 after EXAONE 3.0.", True),
        ("Bae said it took four months to develop EXAONE 3.5.", True),
        ("배경훈은 엑사원 3.5를 개발하는 데 4개월이 걸렸다고 말했다.", True),
        (
            "Bae said deploying new SMR technology after its development would take about 10 years.",
            True,
        ),
        ("배 장관은 신규 SMR 기술 개발 뒤 실용화에는 10년 정도 걸릴 것이라고 말했다.", True),
        ("Bae's daughter's stock holdings exceeded her deposits by 67.3 million won.", True),
        (
            "Bae's parents' taxable income from pensions exceeded the 1 million won limit by 70,000 won.",
            True,
        ),
        (
            "Bae first denied any prior knowledge of the loan curbs, and then the curbs were announced.",
            False,
        ),
        ("Bae said EXAONE 3.0 to EXAONE Deep took just 42 days.", False),
        ("배경훈은 엑사원 3.0과 엑사원 딥 사이에 42일밖에 걸리지 않았다고 말했다.", False),
        ("Bae said EXAONE 3.0 took four months to develop.", False),
        ("배경훈은 엑사원 3.0을 만드는 데 4개월이 걸렸다고 말했다.", False),
        ("신규 SMR 기술 개발에 10년 정도가 걸릴 것이라고 배 장관은 말했다.", False),
        ("Bae said SMR development would take about a decade.", False),
        ("배경훈 부모가 받은 연금은 기본공제 기준을 7만 원 넘었다.", False),
        ("배경훈의 대출은 규제 발표 뒤의 일이었다.", False),
    ],
)
def test_the_reviewers_findings(cli, claim: str, right: bool) -> None:
    got = verdict(cli, claim)["verdict"]
    if right:
        assert got in ("supported", "unverified"), (claim, got)
    else:
        assert got != "supported", (claim, got)


@pytest.mark.parametrize(
    "text",
    [
        "EXAONE 3.0" + " " * 20000 + "x followed by EXAONE 3.5.",
        "EXAONE 3.0" + " " * 20000 + "x was followed four months later by EXAONE 3.5.",
        "Bae took out his loan" + " " * 20000 + "x after the lending curbs.",
        "Bae took out his loan" + " " * 20000 + "x, and then the curbs came.",
    ],
)
def test_the_order_patterns_take_linear_time_on_long_spaces(text: str) -> None:
    import time

    from factcli.judge.sequence import _sides

    began = time.perf_counter()
    _sides(text)
    assert time.perf_counter() - began < 0.5


def test_span_ends_read_each_name_near_it() -> None:
    import time

    from factcli.judge.meaning.span_ends import _roles

    text = "It took 42 days to develop " + "EXAONE 3.0, " * 1600 + "EXAONE Deep."
    began = time.perf_counter()
    _roles(text)
    assert time.perf_counter() - began < 1.0
