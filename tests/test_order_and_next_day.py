"""Two events in an order with no figure, and the next day (the twenty-first session): After
President Lee approved his appointment, Bae took office is supported when the store supports
each event alone and dates them in that order, misleading (direction) the other way round;
재가된 이튿날 (the next day) counts one day from the act right before it; a span after a comma
counts from the clause right before it; "A day after …, …" is a span, not an event of its own.
Through the CLI on the bundled store."""

from __future__ import annotations

import pytest
from checking import verdict


@pytest.mark.parametrize(
    ("right", "wrong"),
    [
        (
            "After President Lee approved his appointment, Bae took office.",
            "After Bae took office, President Lee approved his appointment.",
        ),
        (
            "이재명 대통령이 임명안을 재가한 뒤 배경훈은 취임했다.",
            "배경훈은 취임한 뒤 이재명 대통령이 임명안을 재가했다.",
        ),
    ],
)
def test_two_events_in_an_order(cli, right, wrong):  # type: ignore[no-untyped-def]
    found = verdict(cli, right)
    assert found["verdict"] == "supported"
    assert len({e["fact_id"] for e in found["evidence"]}) == 2
    out = verdict(cli, wrong)
    assert (out["verdict"], out["reason"]) == ("misleading", "direction")


@pytest.mark.parametrize(
    ("right", "wrong"),
    [
        (
            "임명안이 재가된 이튿날 배 장관은 취임했다.",
            "임명안이 재가된 이튿날 배 장관은 임명장을 받았다.",
        ),
        (
            "The day after his appointment was approved, Bae took office.",
            "Bae received his letter of appointment the day after his inauguration.",
        ),
    ],
)
def test_the_next_day(cli, right, wrong):  # type: ignore[no-untyped-def]
    assert verdict(cli, right)["verdict"] == "supported"
    assert verdict(cli, wrong)["verdict"] == "contradicted"


def test_a_span_counts_from_the_clause_before_it(cli):  # type: ignore[no-untyped-def]
    told = "배 장관은 7월 14일 국회 과방위 인사청문회에 출석했고, 16일 대통령의 임명 재가를 받았으며, {} 정부세종청사에서 취임식을 가졌다."
    assert verdict(cli, told.format("이튿날"))["verdict"] == "supported"
    out = verdict(cli, told.format("사흘 뒤"))
    assert out["verdict"] == "contradicted"
    assert "2025-07-16" in out["message"]


def test_a_span_before_after_is_no_event(cli):  # type: ignore[no-untyped-def]
    found = verdict(cli, "A day after President Lee approved his appointment, Bae took office.")
    assert found["verdict"] == "supported"


@pytest.mark.parametrize(
    ("said", "want"),
    [
        (
            '배 장관은 9월 12일 기자간담회에서 "AI 기본법의 핵심은 산업 진흥"이라고 말했다.',
            "supported",
        ),
        ('배 장관은 12일 기자간담회에서 "AI 기본법의 핵심은 산업 진흥"이라고 말했다.', "supported"),
        # the occasion moved: the inauguration was not on that day
        (
            '배 장관은 9월 12일 취임식에서 "AI 기본법의 핵심은 산업 진흥"이라고 말했다.',
            "unverified",
        ),
    ],
)
def test_the_occasion_of_a_remark_dated_without_its_year(cli, said, want):  # type: ignore[no-untyped-def]
    assert verdict(cli, said)["verdict"] == want


def test_a_span_after_a_topic_counts_from_the_clause_before_the_comma(cli):  # type: ignore[no-untyped-def]
    assert (
        verdict(cli, "7월 16일 임명이 재가됐고, 그는 다음 날 취임했다.")["verdict"] == "supported"
    )
    # the act the later side names (취임했다) is its event, not another on a shared word
    # (Naver's 각 세종 data center, a week later)
    told = "7월 16일 임명이 재가됐고, 그는 {} 세종에서 취임했다."
    assert verdict(cli, told.format("다음 날"))["verdict"] != "contradicted"
    out = verdict(cli, told.format("사흘 뒤"))
    assert out["verdict"] == "contradicted"
    assert "minister-inauguration-2025-07-17" in out["message"]


def test_a_neighbourhood_is_where_the_thing_is(cli):  # type: ignore[no-untyped-def]
    assert (
        verdict(cli, "He bought the Banpo-dong apartment for 4.15 billion won.")["verdict"]
        == "supported"
    )


def test_a_remark_no_fact_records(cli):  # type: ignore[no-untyped-def]
    # the day and the person of a post held then, not anything he said
    wrong = "Jeong Hyun-seok said at the July 17 inauguration that AI infrastructure would be expanded quickly."
    assert verdict(cli, wrong)["verdict"] != "supported"
    right = "Bae said at a September 12 press conference in Jongno that a Korean LLM ranking in the global top 10 is expected by the end of the year."
    assert verdict(cli, right)["verdict"] == "supported"


@pytest.mark.parametrize(
    ("right", "wrong"),
    [
        (
            "Bae finished his MBA in 2005, a year before earning his PhD at Kwangwoon.",
            "Bae finished his MBA in 2005, a year after earning his PhD at Kwangwoon.",
        ),
    ],
)
def test_a_degree_earned_is_dated_by_its_end(cli, right, wrong):  # type: ignore[no-untyped-def]
    assert verdict(cli, right)["verdict"] == "supported"
    assert verdict(cli, wrong)["verdict"] == "misleading"


def test_an_earlier_goal_is_the_original_one(cli):  # type: ignore[no-untyped-def]
    told = "Bae said the ministry is weighing ways to build 200,000 GPUs by 2030, up from an earlier goal of 50,000 by {}."
    assert verdict(cli, told.format(2028))["verdict"] == "supported"
    assert verdict(cli, told.format(2027))["verdict"] == "contradicted"


@pytest.mark.parametrize(
    ("right", "wrong"),
    [
        ("EXAONE 2.0 was a bilingual model.", "EXAONE 2.0 was a trilingual model."),
        ("Bae has one child, a daughter born in 2012.", "Bae has two children."),
        (
            "Bae and his wife have one child, a daughter born in 2012.",
            "Bae and his wife have three children.",
        ),
    ],
)
def test_counts_in_words(cli, right, wrong):  # type: ignore[no-untyped-def]
    assert verdict(cli, right)["verdict"] == "supported"
    assert verdict(cli, wrong)["verdict"] != "supported"


@pytest.mark.parametrize(
    "right",
    [
        "At a press conference in Jongno, Bae said a global top-10 LLM is expected by year-end.",
        "President Lee approved Bae's appointment on July 16, and Bae took office the following day.",
        "과기부는 2030년까지 GPU 20만 장 구축을 검토 중이며, 기존 목표는 2028년까지 5만 장이었다.",
        "배경훈은 자녀에게 1억 원을 증여한 후 증여세를 납부했다.",
    ],
)
def test_true_sentences_adv31_flagged(cli, right):  # type: ignore[no-untyped-def]
    assert verdict(cli, right)["verdict"] == "supported"


def test_a_limit_is_not_the_figure_that_exceeds_it(cli):  # type: ignore[no-untyped-def]
    found = verdict(cli, "Bae's parents' taxable income exceeded the 1 million won limit.")
    assert found["verdict"] not in ("contradicted", "misleading")


def test_the_next_day_counts_from_the_clause_before(cli):  # type: ignore[no-untyped-def]
    wrong = "President Lee approved Bae's appointment on July 16, and Bae received his letter of appointment the next day."
    assert verdict(cli, wrong)["verdict"] == "contradicted"


def test_a_place_not_held_is_named_as_written(cli):  # type: ignore[no-untyped-def]
    found = verdict(
        cli,
        "At a press conference in Gangnam, Bae said a global top-10 LLM is expected by year-end.",
    )
    assert found["verdict"] != "supported"
    assert "Gangnam" in found["message"] or found["verdict"] == "contradicted"


def test_who_is_counted(cli):  # type: ignore[no-untyped-def]
    out = verdict(cli, "Bae Kyung-hoon has one child, a wife.")
    assert out["verdict"] in ("contradicted", "misleading")


@pytest.mark.parametrize(
    ("right", "wrong"),
    [
        (
            "Bae's daughter held more Meta stock than Microsoft stock.",
            "Bae's daughter held more Microsoft stock than Meta stock.",
        ),
    ],
)
def test_a_comparison_of_two_facts_figures(cli, right, wrong):  # type: ignore[no-untyped-def]
    assert verdict(cli, right)["verdict"] == "supported"
    out = verdict(cli, wrong)
    assert (out["verdict"], out["reason"]) == ("misleading", "direction")
