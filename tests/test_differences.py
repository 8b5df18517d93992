"""A figure told as a difference (the twenty-third session): 기준보다 7만 원 많았다,
exceeded the limit by 70,000 won, 150 million won above the cap. It holds when two facts
the sentence compares differ by it (or the two figures it gives do); the very figure of one
fact told as the gap is misleading (relation); a gap two clearly compared facts make
otherwise is contradicted with theirs. Through the CLI on the bundled store."""

from __future__ import annotations

import pytest
from checking import verdict

from factcli.text.analysis import analyze_sentence


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # the gap two facts make: held
        ("배경훈 부모의 과세 소득은 기준보다 7만 원 많았다.", "supported"),
        ("장녀의 증권은 예금보다 6730만 원 많다.", "supported"),
        ("배경훈의 채무는 예금보다 약 5억7천만 원 많다.", "supported"),
        (
            "The apartment price exceeded Bae's total declared assets by about 450 million won.",
            "supported",
        ),
        # the figures the sentence gives beside the gap, and the gap between them
        (
            "Bae's 750 million won loan was 150 million won above the later 600 million won cap.",
            "supported",
        ),
        (
            "Bae's 750 million won loan was 250 million won above the later 600 million won cap.",
            "contradicted",
        ),
        # a fact's own figure told as the gap: the right number for another quantity
        ("배경훈 부모의 과세 소득은 기준보다 107만 원 많았다.", "misleading"),
        (
            "Bae's parents' taxable income exceeded the 1 million won limit by about 1.07 million won.",
            "misleading",
        ),
        ("배경훈의 채무는 예금보다 약 7억4500만 원 많다.", "misleading"),
        ("장녀의 증권은 예금보다 8549만 원 많다.", "misleading"),
        # another gap between the two the sentence compares
        ("배경훈의 채무는 예금보다 약 6억7천만 원 많다.", "contradicted"),
    ],
)
def test_a_gap_between_two_figures(cli, sentence, want):
    found = verdict(cli, sentence)
    assert found["verdict"] == want, found["message"]
    if want == "misleading":
        assert found["reason"] == "relation"


def test_a_wrong_gap_names_the_right_one(cli):
    found = verdict(cli, "배경훈의 채무는 예금보다 약 6억7천만 원 많다.")
    assert "573,760,000" in found["message"]


@pytest.mark.parametrize(
    ("sentence", "gap"),
    [
        ("기준을 7만 원 초과했다.", "7만 원"),
        ("The income exceeded the limit by 70,000 won.", "70,000 won"),
        ("The 2030 GPU target is 150,000 more than the original 2028 target.", "150,000"),
    ],
)
def test_what_is_read_as_a_gap(sentence, gap):
    roles = {v.text: v.role for v in analyze_sentence(sentence).values}
    assert roles[gap] == "difference"


@pytest.mark.parametrize(
    "sentence",
    [
        "재산은 37억 원을 넘었다.",  # (a floor: the figure after the comparison)
        "assets of more than 3.7 billion won",
        "과세 소득이 100만 원을 초과했다.",
        "배경훈은 예상보다 많은 46억 원을 신고했다.",
    ],
)
def test_a_bound_is_no_gap(sentence):
    assert all(v.role != "difference" for v in analyze_sentence(sentence).values)


def test_a_year_naming_a_goal_is_a_year():
    # (the 2028 GPU target: a year, not 2,028 GPUs)
    values = analyze_sentence("The 2028 GPU target was 50,000.").values
    assert [v.family for v in values] == ["date", "count"]
