"""What a writer puts before a claim (the twenty-first session): a label and a colon or a dash
(Fact check:, 속보 —), a sentence adverb or whose account it is (Reportedly, Per the profile,)
is no part of the claim: the rest is judged, wrong or right, and its evidence placed in the
whole. Also: a figure grouped by commas with no counter after it (50,000), a forecast said in
the speaker's words (걸린다고 말했다), a name in another romanisation (Daesin for Daeshin).
Through the CLI on the bundled store."""

from __future__ import annotations

import pytest
from checking import verdict


@pytest.mark.parametrize(
    ("lead", "right", "wrong"),
    [
        (
            "Fact check: ",
            "Bae was born in Seoul in May 1976.",
            "Bae was born in Seoul in May 1977.",
        ),
        (
            "팩트체크: ",
            "배경훈은 1976년 5월 서울에서 태어났다.",
            "배경훈은 1976년 5월 부산에서 태어났다.",
        ),
        ("속보 — ", "배경훈의 장녀는 2012년생이다.", "배경훈의 장녀는 2013년생이다."),
        ("Reportedly, ", "Bae took office on July 17, 2025.", "Bae took office on July 18, 2025."),
        (
            "Per the profile, ",
            "Bae was 44 when he became the first head of LG AI Research.",
            "Bae was 45 when he became the first head of LG AI Research.",
        ),
        (
            "As reported by Asia Today, ",
            "Bae held a press conference on September 12, 2025.",
            "Bae held a press conference on September 15, 2025.",
        ),
    ],
)
def test_a_lead_in_is_no_part_of_the_claim(cli, lead, right, wrong):  # type: ignore[no-untyped-def]
    assert verdict(cli, lead + right)["verdict"] == "supported"
    out = verdict(cli, lead + wrong)
    assert out["verdict"] == "contradicted"
    # the evidence points into the whole line, past the lead-in
    conflict = next(e for e in out["evidence"] if e["relation"] == "conflict")
    start, end = conflict["span"]
    assert start >= len(lead)
    assert (lead + wrong)[start:end] == conflict["found"]


def test_a_label_with_a_figure_is_not_set_aside(cli):  # type: ignore[no-untyped-def]
    # "2028:" may be the claim's own; nothing is cut, so nothing is supported by the rest alone
    assert verdict(cli, "2030: the original GPU target was 50,000.")["verdict"] != "supported"


@pytest.mark.parametrize(
    ("right", "wrong"),
    [
        (
            "Bae said the original GPU target was 50,000 by 2028.",
            "Bae said the original GPU target was 60,000 by 2028.",
        ),
    ],
)
def test_a_grouped_figure_without_a_counter_is_read(cli, right, wrong):  # type: ignore[no-untyped-def]
    assert verdict(cli, right)["verdict"] == "supported"
    assert verdict(cli, wrong)["verdict"] == "contradicted"


def test_a_forecast_said_in_the_speakers_words(cli):  # type: ignore[no-untyped-def]
    assert (
        verdict(cli, "배 장관은 SMR 상용화까지 10년 정도 걸린다고 말했다.")["verdict"]
        == "supported"
    )
    # a plan named where the source has a forecast stays overstated
    out = verdict(cli, "배 장관은 SMR 상용화까지 10년 정도 걸릴 계획이라고 말했다.")
    assert (out["verdict"], out["reason"]) == ("misleading", "certainty")


def test_a_name_in_another_romanisation(cli):  # type: ignore[no-untyped-def]
    assert verdict(cli, "Bae graduated from Daesin High School in Seoul.")["verdict"] == "supported"
    out = verdict(cli, "Bae graduated from Daewon High School in Seoul.")
    assert out["verdict"] == "contradicted"


def test_a_headline_speaker_and_what_is_ahead(cli):  # type: ignore[no-untyped-def]
    # "X: Y to do Z" tells what the speaker looks ahead to
    assert (
        verdict(cli, "Minister Bae: AI to help Korea regain 3% potential growth")["verdict"]
        == "supported"
    )
    out = verdict(cli, "Minister Bae: AI to help Korea regain 4% potential growth")
    assert out["verdict"] == "contradicted"
    assert out["found"] == "4%"
