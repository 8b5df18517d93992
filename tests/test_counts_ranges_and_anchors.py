"""Counts spelled in words, ranges of a listed set, and events named as a time's anchor.

A count spelled in words of things the sentence named before (62 models, two of them from
Korea) is a figure no fact may be read as agreeing with unchecked. A range told of a list
the source gives (2.4B, 7.8B and 32B) must run between the list's own ends. An event named
as what a time counts from (임명 재가 하루 전에) is no act of the clause, and a fact that
names one side's event beside the other side's, dated at the other, is the other side's.
adv77's findings at the forty-eighth session."""

from __future__ import annotations

import pytest
from checking import verdict


@pytest.mark.parametrize(
    "claim",
    [
        "The Stanford AI Index 2025 listed 62 notable AI models, two of them from Korea.",
        "Of the 62 notable AI models in Stanford's AI Index 2025, three were Korean.",
    ],
)
def test_a_spelled_count_of_things_named_before_is_not_passed_over(cli, claim: str) -> None:
    out = verdict(cli, claim)
    assert out["verdict"] != "supported", out


def test_a_count_the_sentence_does_not_spell_keeps_its_support(cli) -> None:
    out = verdict(cli, "Of the 62 notable AI models in Stanford's AI Index 2025, one was Korean.")
    assert out["verdict"] == "supported", out


@pytest.mark.parametrize(
    ("claim", "wrong", "right"),
    [
        ("The EXAONE 3.5 models ranged from 7.8B to 32B parameters.", "7.8B to 32B", "2.4B to 32B"),
        ("EXAONE 3.5 was released in sizes from 2.4B up to 7.8B.", "7.8B", "32B"),
        ("엑사원 3.5 모델은 7.8B에서 32B까지 크기로 나왔다.", "7.8B", "2.4B"),
        ("EXAONE 3.5 models range between 7.8B and 32B.", "7.8B", "2.4B"),
    ],
)
def test_a_range_between_members_not_the_ends_is_contradicted(
    cli, claim: str, wrong: str, right: str
) -> None:
    out = verdict(cli, claim)
    assert out["verdict"] == "contradicted", out
    conflict = [e for e in out["evidence"] if e["relation"] == "conflict"]
    assert conflict and conflict[0]["found"].startswith(wrong), out
    assert conflict[0]["expected"].startswith(right), out


@pytest.mark.parametrize(
    "claim",
    [
        "The EXAONE 3.5 models ranged from 2.4B to 32B parameters.",
        "엑사원 3.5 모델은 2.4B에서 32B까지 크기로 나왔다.",
        "엑사원 3.5는 2.4B~32B 크기다.",
    ],
)
def test_a_range_between_the_lists_ends_is_supported(cli, claim: str) -> None:
    assert verdict(cli, claim)["verdict"] == "supported"


def test_an_event_named_as_the_anchor_of_a_time_is_no_act_of_the_clause(cli) -> None:
    told = "EXAONE 4.0은 2025년 7월 15일, 배경훈 장관 임명 재가 {}에 공개됐다."
    assert verdict(cli, told.format("하루 전"))["verdict"] == "supported"
    out = verdict(cli, told.format("사흘 전"))
    assert out["verdict"] == "contradicted", out
    assert verdict(cli, told.format("하루 뒤"))["verdict"] == "misleading"


def test_a_fact_of_the_other_sides_day_is_not_the_event_counted_from(cli) -> None:
    # (the fact that he was the first nominee to pass the hearing and be approved is dated
    # at the approval: the hearing itself was two days before)
    told = "배경훈의 인사청문회 {} 뒤 대통령이 임명안을 재가했다."
    assert verdict(cli, told.format("이틀"))["verdict"] == "supported"
    assert verdict(cli, told.format("사흘"))["verdict"] == "contradicted"


def test_becoming_a_doctor_is_receiving_the_degree(cli) -> None:
    assert verdict(cli, "배 장관은 광운대 대학원에서 2006년 전자공학 박사가 됐다.")["verdict"] == (
        "supported"
    )
    assert verdict(cli, "배경훈은 2009년 광운대에서 전자공학 박사가 됐다.")["verdict"] == (
        "contradicted"
    )


def test_a_statement_led_by_a_pronoun_is_held_by_the_facts_of_the_whole(cli) -> None:
    told = "As of July 26, 2025, Bae's daughter no longer held any of her overseas shares; {}."
    assert verdict(cli, told.format("she had sold them all"))["verdict"] == "supported"
    # (words no fact of the whole says: not held)
    assert verdict(cli, told.format("she had given them to her mother"))["verdict"] != ("supported")
    assert verdict(cli, told.format("she had bought them all"))["verdict"] != "supported"


@pytest.mark.parametrize(
    "claim",
    [
        "Only once the curbs were announced did Bae take out his loan.",
        "Only after the curbs were announced did Bae take out his loan.",
        "Not until the curbs were announced did Bae take out his loan.",
    ],
)
def test_an_inverted_only_after_tells_its_first_clause_first(cli, claim: str) -> None:
    # (the loan was taken on June 10, the curbs announced on June 28)
    out = verdict(cli, claim)
    assert out["verdict"] == "misleading", out
    assert out["reason"] == "direction", out


def test_the_year_after_is_the_next_year_of_the_calendar(cli) -> None:
    told = "Bae's elder daughter was born in {}, the year {} he moved to SK Telecom."
    assert verdict(cli, told.format("2012", "after"))["verdict"] == "supported"
    assert verdict(cli, told.format("2012", "before"))["verdict"] == "misleading"
    assert verdict(cli, told.format("2013", "after"))["verdict"] == "contradicted"
    # (December 2024 to July 2025: seven months, and the year after all the same)
    assert (
        verdict(cli, "Bae took office in 2025, the year after EXAONE 3.5 was released.")["verdict"]
        == "supported"
    )
    assert (
        verdict(cli, "Bae took office in 2025, the year after EXAONE 2.0 was released.")["verdict"]
        == "contradicted"
    )


def test_a_figure_named_as_a_limit_then_passed_is_the_limit(cli) -> None:
    told = "부모의 과세 대상 소득은 107만 원으로 {} 기준을 넘었다."
    assert verdict(cli, told.format("100만 원"))["verdict"] == "supported"
    assert verdict(cli, "부모의 과세 대상 소득은 97만 원으로 100만 원 기준을 넘었다.")[
        "verdict"
    ] != ("supported")


@pytest.mark.parametrize(
    ("claim", "held"),
    [
        (
            "LG AI Research released EXAONE Deep on March 18, 2025, the same day Bae spoke at "
            "GTC 2025.",
            "supported",
        ),
        (
            "Bae gave a greeting at a National Assembly plenary session on July 23, 2025, the "
            "same day he received his letter of appointment.",
            "supported",
        ),
        # (what else happened that day is a claim too: he took office on July 17)
        (
            "LG AI Research released EXAONE Deep on March 18, 2025, the same day Bae took office.",
            "misleading",
        ),
        (
            "Bae gave a greeting at a National Assembly plenary session on July 23, 2025, the "
            "same day he took office.",
            "misleading",
        ),
        (
            "LG AI Research released EXAONE Deep on March 19, 2025, the same day Bae spoke at "
            "GTC 2025.",
            "contradicted",
        ),
    ],
)
def test_what_else_happened_the_same_day_is_held_on_that_day(cli, claim: str, held: str) -> None:
    assert verdict(cli, claim)["verdict"] == held
