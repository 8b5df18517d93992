"""Whose account a sentence gives (배 장관에 따르면, According to Kang Hoon-sik), a body
named from within (과기부 안에서는), a title taken as a prize won: the forty-second session's
development controls and what they showed."""

from __future__ import annotations

import pytest
from checking import verdict


@pytest.mark.parametrize(
    "claim",
    [
        # (his account, the Korean way; the ministry named from within)
        "배 장관에 따르면 과기부 안에서는 2030년까지 GPU 20만장을 갖출 방법을 고민하는 중이다.",
        "배 장관에 따르면 과기정통부 안에서는 2030년까지 GPU를 20만 장 규모로 갖출 수 있는 "
        "방안을 검토하고 있다.",
        "According to Bae, the ministry is considering ways to secure 200,000 GPUs by 2030.",
        "배경훈에 따르면 엑사원 딥은 42일 만에 나왔다.",
        # (his own account of his birth)
        "According to Bae, he was born in 1976 in Seoul.",
    ],
)
def test_the_account_of_whom_the_fact_has_say_it_is_supported(cli, claim):
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    "claim",
    [
        # (Bae said it, not Kang)
        "According to Kang Hoon-sik, the ministry is considering ways to secure 200,000 GPUs "
        "by 2030.",
        "강훈식 실장에 따르면 과기부는 2030년까지 GPU 20만장을 갖출 방법을 고민하고 있다.",
        # (the article tells his birth, not the president)
        "According to Lee Jae-myung, Bae was born in 1976.",
        "이재명 대통령에 따르면 배경훈은 1976년 서울에서 태어났다.",
    ],
)
def test_another_persons_account_is_misleading(cli, claim):
    found = verdict(cli, claim)
    assert (found["verdict"], found["reason"]) == ("misleading", "actor")


@pytest.mark.parametrize(
    "claim",
    [
        # (another body said to consider it, in his account: not the ministry's plan)
        "배 장관에 따르면 LG에서는 2030년까지 GPU 20만장을 갖출 방법을 고민하는 중이다.",
        "배 장관에 따르면 LG 안에서는 2030년까지 GPU 20만장을 갖출 방법을 고민하는 중이다.",
        "배 장관에 따르면 삼성전자는 2030년까지 GPU 20만장을 갖출 방법을 고민하는 중이다.",
    ],
)
def test_another_body_in_his_account_is_not_supported(cli, claim):
    assert verdict(cli, claim)["verdict"] != "supported"


def test_a_decision_said_from_within_the_ministry_is_still_overstated(cli):
    found = verdict(cli, "과기부 내부에서는 2030년까지 GPU 20만장을 갖추기로 확정했다.")
    assert (found["verdict"], found["reason"]) == ("misleading", "certainty")


def test_a_title_taken_is_a_prize_won(cli):
    assert (
        verdict(
            cli,
            "In its founding year LG AI Research took the overall title at the CVPR Continual "
            "Learning challenge.",
        )["verdict"]
        == "supported"
    )
    assert (
        verdict(
            cli,
            "In 2021 LG AI Research took the overall title at the CVPR Continual Learning "
            "challenge.",
        )["verdict"]
        == "contradicted"
    )


def test_taking_the_helm_is_still_a_start():
    from factcli.text.analysis import analyze_sentence

    took = analyze_sentence("Bae took the helm of LG AI Research in December 2020.")
    assert "start" in took.clauses[0].events
    won = analyze_sentence("LG AI Research took first place at Stanford's SQuAD in 2021.")
    assert "receive" in won.clauses[0].events and "start" not in won.clauses[0].events


@pytest.mark.parametrize(
    "claim",
    [
        # (a person the store never names: whose account it cannot vouch for)
        "김민수 교수에 따르면 배경훈은 1976년 서울에서 태어났다.",
        "According to Kim Min-su, Bae was born in 1976.",
    ],
)
def test_an_unknown_persons_account_is_unverified(cli, claim):
    assert verdict(cli, claim)["verdict"] == "unverified"


@pytest.mark.parametrize(
    "claim",
    [
        # (Kang's own remark, told as his: the evidence is his fact)
        "강훈식 비서실장에 따르면 배경훈은 초거대 AI 상용화를 통해 은탑산업훈장을 받은 분이다.",
        "According to Kang Hoon-sik, Bae is an AI scholar and entrepreneur.",
    ],
)
def test_the_speakers_own_remark_cited_as_his_is_supported(cli, claim):
    assert verdict(cli, claim)["verdict"] == "supported"


def test_a_word_ending_in_an_inside_syllable_is_not_cut():
    from factcli.text.analysis import analyze_sentence

    assert (
        analyze_sentence("국내에서는 2030년까지 GPU 20만장을 갖출 방법을 고민하고 있다.").actor
        != "국"
    )
    assert (
        analyze_sentence("과기부 안에서는 2030년까지 GPU 20만장을 갖출 방법을 고민하고 있다.").actor
        == "과기부"
    )
