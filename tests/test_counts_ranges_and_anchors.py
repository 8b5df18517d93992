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
            "same day Bae received his letter of appointment.",
            "supported",
        ),
        # (what else happened that day is a claim too: he took office on July 17)
        (
            "LG AI Research released EXAONE Deep on March 18, 2025, the same day Bae took office.",
            "misleading",
        ),
        (
            "LG AI Research released EXAONE Deep on March 18, 2025, the same day EXAONE 3.0 was "
            "released.",
            "misleading",
        ),
        (
            "The president approved Bae's appointment on July 16, 2025, the same day Bae, then "
            "a nominee, took office.",
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


@pytest.mark.parametrize(
    "claim",
    [
        # (a code review's: the same day as …, that same day …, he: no clause led by a name,
        # so the day stays a date of its own, and the sentence is not supported)
        "The president approved Bae's appointment on July 16, 2025, the same day as his "
        "confirmation hearing.",
        "Bae took office on July 17, 2025, the same day as the president's approval.",
        "LG AI Research released EXAONE Deep on March 18, 2025, that same day Bae took office.",
        "LG AI Research released EXAONE Deep on March 18, 2025, the same day he took office.",
        "The Ministry of Science and ICT released Bae's statement on June 30, 2025, the same day "
        "he took out the loan.",
    ],
)
def test_a_same_day_no_name_leads_is_not_passed_over(cli, claim: str) -> None:
    assert verdict(cli, claim)["verdict"] != "supported"


@pytest.mark.parametrize(
    "claim",
    [
        "장녀가 보유한 예금과 증권은 각각 1819만 원에서 8549만 원까지였다.",
        "The larger two EXAONE 3.5 models ranged from 7.8B to 32B parameters.",
        "엑사원 3.5 가운데 큰 두 모델의 크기는 7.8B에서 32B까지다.",
    ],
)
def test_a_range_of_part_of_a_list_or_of_each_is_no_range_of_the_list(cli, claim: str) -> None:
    # (a total told beside its parts is no member of a list; the larger two are a part)
    assert verdict(cli, claim)["verdict"] == "supported"


def test_an_inverted_only_after_is_cut_at_its_did(cli) -> None:
    out = verdict(cli, "Only after the president had approved his appointment did Bae take office.")
    assert out["verdict"] != "misleading", out
    out = verdict(
        cli, "Only after LG AI Research had released EXAONE 3.5 did it release EXAONE 3.0."
    )
    assert out["verdict"] == "misleading", out


@pytest.mark.parametrize(
    "claim",
    [
        "A Kwangwoon-trained engineer, Bae began his career in 2006 at Samsung Thales, the "
        "Samsung Electronics–Thales venture now called Hanwha Systems.",
        "A Kwangwoon-trained engineer, Bae began his career at Samsung Thales in 2006.",
    ],
)
def test_a_phrase_set_off_by_commas_the_store_holds_beside_the_rest(cli, claim: str) -> None:
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    "claim",
    [
        # (the phrase wrong, or not held, or the rest's own circumstance)
        "At Samsung Thales, where he began his career in 2011, Bae was in charge of research on "
        "AI-based unmanned autonomous robots.",
        "Six versions of EXAONE, a name taken from 'Excellent AI for Korea', have come out to date.",
        "At SK Telecom's Future Technology Institute, Bae was in charge of research on AI-based "
        "autonomous unmanned robots.",
        "It was Ha Jung-woo, the senior secretary for AI future planning, who described Bae as "
        "an AI scholar and entrepreneur when he was nominated.",
        "The Stanford AI Index 2025 listed 62 notable AI models, two of them from Korea.",
        "EXAONE 3.0 topped 12 benchmark rankings, including coding and math, in comparisons with "
        "models such as Meta's Llama 3.1.",
        # (adv79's: words of the phrase found in some fact are not enough; nor is the subject
        # or the main clause set aside as if it were a phrase)
        "Bae, a graduate of Seoul National University, earned his doctorate in electronic "
        "engineering in 2006.",
        "Bae Kyung-hoon, who was born in Busan in May 1976, graduated from Kwangwoon University.",
        "EXAONE 2.0, Korea's first reasoning AI model, was unveiled on July 19, 2023.",
        "Bae's daughter, who was born in 2010, held about 100 million won in deposits and "
        "securities.",
        "A Kwangwoon-trained engineer, Bae began his career at SK Telecom in 2006.",
        "EXAONE, a name taken from 'Excellent AI for Everyone', was developed by LG AI Research.",
    ],
)
def test_a_phrase_set_off_by_commas_is_no_free_pass(cli, claim: str) -> None:
    assert verdict(cli, claim)["verdict"] != "supported"


@pytest.mark.parametrize(
    "claim",
    [
        # (adv79's: the rest is true, the clause of the person the store says otherwise)
        "Bae, who was the last of the new ministers to be approved, took office on July 17, 2025.",
        "Bae took office on July 17, 2025, making him the last minister of the new government to "
        "clear the hearing.",
    ],
)
def test_a_clause_of_a_person_the_store_says_otherwise_is_misleading(cli, claim: str) -> None:
    out = verdict(cli, claim)
    assert out["verdict"] == "misleading", out
    assert out["reason"] == "detail", out


@pytest.mark.parametrize(
    "claim",
    [
        "Bae owns a three-fifths stake in the Banpo-dong apartment, whose combined value is 4.15 "
        "billion won.",
        "Overseas stocks worth 85.49 million won, spread across an LG Craft ETF, Meta and "
        "Microsoft, were held by Bae's daughter, who was born in 2012.",
    ],
)
def test_a_clause_told_of_the_noun_right_before_it_keeps_a_true_sentence(cli, claim: str) -> None:
    assert verdict(cli, claim)["verdict"] == "supported"
