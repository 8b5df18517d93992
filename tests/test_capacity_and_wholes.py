"""A post said held in a capacity on a day before it began (as Minister, 장관으로서, 장관
시절), a capacity leading an English sentence (As head of …, Bae), a single one of a set
(단일 모델), and a whole said to be one kind where the source sums parts (모두 해외
주식이었다): the thirty-fourth session's adversary, adv53. Through the CLI."""

from __future__ import annotations

import pytest
from checking import verdict


@pytest.mark.parametrize(
    "claim",
    [
        "On September 10, 2024, Bae gave a lecture at the National Assembly as Minister of "
        "Science and ICT.",
        "2024년 9월 10일 배경훈은 과기정통부 장관으로서 국회에서 특별강연을 했다.",
        "배경훈은 장관 시절인 2023년 은탑산업훈장을 받았다.",
    ],
)
def test_a_capacity_before_the_post_began_is_misleading(cli, claim):
    out = verdict(cli, claim)
    assert out["verdict"] == "misleading"
    assert "2025" in out["message"]


@pytest.mark.parametrize(
    "claim",
    [
        "Bae took office as minister on July 17, 2025.",
        "배경훈은 LG AI연구원장 시절인 2023년 은탑산업훈장을 받았다.",
        # (head of a division: whose head, the words after it say; not the institute's)
        "In 2017 Bae served as head of the AI technology division at LG Uplus.",
        # (the capacity leads; Bae, after the comma, is who received it)
        "As head of LG AI Research, Bae received the Silver Tower Order of Industrial Service "
        "Merit in 2023.",
    ],
)
def test_a_capacity_held_then_is_supported(cli, claim):
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    "claim", ["엑사원 3.5는 32B 단일 모델로 공개됐다.", "엑사원 3.5는 2.4B 단일 모델로 공개됐다."]
)
def test_a_single_one_of_a_set_is_not_supported(cli, claim):
    assert verdict(cli, claim)["verdict"] != "supported"


@pytest.mark.parametrize(
    "claim",
    [
        "장녀가 보유한 1억368만 원은 모두 해외 주식이었다.",
        "장녀가 보유한 1억368만 원은 모두 예금이었다.",
        "The daughter's 103.68 million won was entirely in deposits.",
    ],
)
def test_a_sum_of_parts_said_all_one_kind_is_misleading(cli, claim):
    out = verdict(cli, claim)
    assert out["verdict"] == "misleading" and out["reason"] == "relation"
    assert "sum of several parts" in out["message"]


def test_the_sum_said_as_the_source_sums_it_is_supported(cli):
    assert verdict(cli, "장녀는 예금과 증권으로 모두 1억368만 원을 보유했다.")["verdict"] == (
        "supported"
    )


@pytest.mark.parametrize(
    "claim",
    [
        "정부의 기존 목표는 2028년까지 GPU 5만 장 확보였다.",
        "The government's original goal was to secure 50,000 GPUs by 2028.",
    ],
)
def test_a_goal_its_own_fact_holds_is_not_another_facts_goal(cli, claim):
    # (the goal of 3대 강국 of another fact the sentence speaks of no longer objects)
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    "claim",
    [
        "LG Electronics, LG Chem, LG Uplus and LG CNS were among the 16 affiliates taking part "
        "in LG AI Research.",
        "LG유플러스는 LG AI연구원에 참여한 16개 계열사 중 하나였다.",
    ],
)
def test_members_of_the_list_a_fact_gives_are_not_its_actor(cli, claim):
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    "claim",
    [
        "Samsung was among the 16 affiliates taking part in LG AI Research.",
        "LG유플러스는 16개 계열사와 함께 LG AI연구원을 세웠다.",
    ],
)
def test_one_the_list_does_not_name_or_an_act_of_theirs_still_objects(cli, claim):
    assert verdict(cli, claim)["verdict"] in ("misleading", "contradicted")


@pytest.mark.parametrize(
    "claim",
    [
        "장녀의 해외 주식 8549만 원어치 가운데 메타 주식은 2104만 원이었다.",
        "장녀가 보유한 해외 주식 8549만 원어치 가운데 메타 주식은 2104만 원어치였다.",
    ],
)
def test_a_whole_the_sentence_takes_a_part_from_is_not_the_parts_quantity(cli, claim):
    # (8549만 is the overseas stocks' total; 2104만 the Meta shares among them)
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    "claim",
    [
        "장녀의 해외 주식 2104만 원어치 가운데 메타 주식은 8549만 원이었다.",
        "배경훈의 장녀는 증여세로 1억 원을 납부했다.",
    ],
)
def test_a_part_and_whole_swapped_or_a_gift_as_its_tax_stay_wrong(cli, claim):
    assert verdict(cli, claim)["verdict"] in ("contradicted", "misleading")


@pytest.mark.parametrize(
    "claim",
    [
        # (he answered the lawmakers' questions; he did not question them)
        "배경훈 후보자는 2025년 7월14일 인사청문회에서 의원들을 상대로 질의를 했다.",
    ],
)
def test_the_answerer_said_to_ask_is_misleading(cli, claim):
    out = verdict(cli, claim)
    assert out["verdict"] == "misleading" and out["reason"] == "relation"


@pytest.mark.parametrize(
    "claim",
    [
        "의원들은 2025년 7월14일 인사청문회에서 배경훈 후보자를 상대로 질의를 했다.",
    ],
)
def test_the_askers_said_to_ask_are_supported(cli, claim):
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    "claim",
    [
        "Bae's daughter sold her overseas stocks to pay the 7.76 million won gift tax.",
        "장녀는 증여세 776만 원을 내기 위해 해외 주식을 매각했다.",
    ],
)
def test_a_purpose_no_fact_gives_is_unverified(cli, claim):
    assert verdict(cli, claim)["verdict"] == "unverified"


def test_a_noun_phrase_beside_the_lead_is_not_the_actor(cli):
    # (Nvidia's annual developer conference names GTC 2025 again: Bae met the reporters)
    claim = "At GTC 2025, Nvidia's annual developer conference, Bae met Korean reporters."
    assert verdict(cli, claim)["verdict"] == "supported"
