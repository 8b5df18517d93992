"""A plan said to be settled (계획을 확정했다, finalized plans) where the source tells of one
being drawn up is surer than the source; a word that says nothing (이미, 공식) does not keep a
sentence from the fact it tells of; an English verb's stem finds its paraphrases (tapped);
an only daughter named by her father's title is the daughter the store calls his eldest.
blind72's misses, at the forty-sixth session."""

from __future__ import annotations

import pytest
from checking import verdict


@pytest.mark.parametrize(
    "claim",
    [
        "정부는 비경수로형 SMR 개발 계획을 확정했다.",
        "정부는 비경수로형 SMR 개발 계획을 이미 확정했다.",
        "배 장관은 비경수로형 SMR 개발 계획이 이미 확정됐다고 밝혔다.",
        "The government has finalized plans to develop non-light-water SMRs.",
    ],
)
def test_a_plan_said_settled_is_surer_than_the_source(cli, claim: str) -> None:
    out = verdict(cli, claim)
    assert out["verdict"] == "misleading", out
    assert out["reason"] == "certainty", out


@pytest.mark.parametrize(
    "claim",
    [
        "정부는 비경수로형 SMR 개발 계획을 세우고 있다.",
        "The government plans to develop non-light-water SMRs.",
    ],
)
def test_the_plan_as_the_source_tells_it_holds(cli, claim: str) -> None:
    assert verdict(cli, claim)["verdict"] == "supported"


def test_a_plan_not_yet_settled_is_not_a_settled_one(cli) -> None:
    out = verdict(cli, "정부는 비경수로형 SMR 개발 계획을 아직 확정하지 않았다.")
    assert out["verdict"] != "misleading", out


@pytest.mark.parametrize(
    "claim",
    [
        "LG AI연구원은 2020년 12월 7일 공식 출범했다.",
        "LG AI연구원은 2020. 12. 7. 공식 출범했다.",
        "LG AI Research was officially launched on Dec. 7, 2020.",
        "LG tapped Bae Kyoung-hoon, then 44, as the inaugural head of LG AI Research.",
        "LG tapped Bae as the first head of LG AI Research.",
        "배 장관의 외동딸은 예금 1819만 원, 증권 8549만 원 등 총 1억368만 원을 보유했다.",
    ],
)
def test_idle_words_and_stems_keep_the_fact(cli, claim: str) -> None:
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    "claim",
    [
        # (an idle word does not make a planned upgrade done)
        "과기부는 이미 부총리급 부처로 격상됐다.",
        # (twin daughters: a count the store never gives)
        "배 장관의 쌍둥이 딸은 예금 1819만 원, 증권 8549만 원 등 총 1억368만 원을 보유했다.",
    ],
)
def test_what_idle_words_do_not_excuse(cli, claim: str) -> None:
    assert verdict(cli, claim)["verdict"] != "supported"


def test_a_firm_employing_people_is_not_his_serving_there(cli) -> None:
    # (employed as a stem of serving would put his career years against 2024)
    out = verdict(cli, "LG AI Research employed 1,200 researchers in 2024.")
    assert out["verdict"] == "unverified", out
