"""Where someone is from is no place of the event (서울 출신인 배경훈은 … 세종에서 취임했다);
the one given a thing in 'the ministry gave Bae the order' is Bae; and acting 'as minister'
on a day before he took the post is not what the source says. adv72's findings, at the
forty-fourth session."""

from __future__ import annotations

import pytest
from checking import verdict


@pytest.mark.parametrize(
    "claim",
    [
        "서울 출신인 배경훈은 2025년 7월 17일 장관에 취임했다.",
        "Bae, a Seoul native, took office on July 17, 2025.",
        "In 2023 the science ministry gave Bae the Silver Tower Order.",
        # (as minister, after he took the post)
        "Bae, as minister, held a press conference on September 12, 2025.",
    ],
)
def test_true_sentences_hold(cli, claim):
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    "claim, verdicts",
    [
        # (his origin, where the source has another: still his birthplace's fact to weigh)
        ("부산 출신 배경훈은 1976년 5월 태어났다.", {"contradicted"}),
        ("Busan-born Bae was born in May 1976.", {"contradicted"}),
        # (the event's own place, stated as such)
        ("배경훈은 2025년 7월 17일 서울에서 취임했다.", {"contradicted"}),
        # (he gave it, where he received it)
        ("In 2023 Bae gave the science ministry the Silver Tower Order.", {"misleading"}),
        # (a minister's capacity before he was appointed on 2025-07-16)
        ("배경훈은 2025년 7월 14일 현직 장관으로서 인사청문회에 출석했다.", {"misleading"}),
        (
            "Bae, already serving as minister, appeared at his confirmation hearing on July 14, 2025.",
            {"misleading"},
        ),
        ("배경훈은 2025년 6월 30일 장관 자격으로 기자들과 만났다.", {"misleading"}),
    ],
)
def test_false_ones_do_not(cli, claim, verdicts):
    out = verdict(cli, claim)
    assert out["verdict"] in verdicts, out


@pytest.mark.parametrize(
    "claim",
    [
        "Bae, a former LG Uplus CEO, took office on July 17, 2025.",
        "LG유플러스 대표 출신 배경훈은 2025년 7월 17일 장관에 취임했다.",
        "삼성리서치 원장 출신 배경훈은 2025년 7월 17일 장관에 취임했다.",
        "Bae, formerly head of Samsung Research, took office on July 17, 2025.",
    ],
)
def test_a_former_post_he_never_held_is_misleading(cli, claim):
    assert verdict(cli, claim)["verdict"] == "misleading"


@pytest.mark.parametrize(
    "claim",
    [
        "Bae, a former LG Uplus executive, took office on July 17, 2025.",
        "Former LG AI Research head Bae took office on July 17, 2025.",
        "Bae, formerly head of LG AI Research, took office on July 17, 2025.",
    ],
)
def test_a_former_post_he_held_is_supported(cli, claim):
    assert verdict(cli, claim)["verdict"] == "supported"
