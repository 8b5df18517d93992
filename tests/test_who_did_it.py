"""Who did it, and to whom (the twentieth session's rules): the person a fact tells of, said to
do in the active voice what another did to him (approved his own appointment, nominated,
awarded the order he received, handed the bouquet he was given); a pronoun of a later clause
that may be the person another clause owns something of (President Lee approved his
appointment …, and he took office …); a discourse adverb (also, 아울러) that says nothing. Each
faithful sentence beside its wrong twin. Through the CLI on the bundled store."""

from __future__ import annotations

import pytest
from checking import verdict


@pytest.mark.parametrize(
    ("right", "wrong", "reason"),
    [
        # the doer not named: the subject said to do the doer's act
        (
            "Bae's appointment was approved on July 16, 2025.",
            "Bae approved the appointment on July 16, 2025.",
            "actor",
        ),
        (
            "배경훈의 장관 임명안은 2025년 7월 16일 재가됐다.",
            "배경훈은 2025년 7월 16일 임명안을 재가했다.",
            "actor",
        ),
        (
            "Bae was nominated on June 23, 2025.",
            "Bae nominated Kang Hoon-sik on June 23, 2025.",
            "actor",
        ),
        (
            "LG Group picked Bae as the first head of LG AI Research on December 7, 2020.",
            "Bae, then 44, picked the first head of LG AI Research in December 2020.",
            "actor",
        ),
        # what he received, said to be given by him
        (
            "In 2023 Bae was awarded the Silver Tower Order.",
            "In 2023 Bae awarded the Silver Tower Order to the science ministry.",
            "direction",
        ),
        (
            "At his inauguration on July 17, 2025, Bae was handed a bouquet by Jung Hyun-seok.",
            "Bae handed a bouquet to Jung Hyun-seok at his inauguration on July 17, 2025.",
            "direction",
        ),
    ],
)
def test_the_one_acted_on_is_not_the_doer(cli, right, wrong, reason):  # type: ignore[no-untyped-def]
    assert verdict(cli, right)["verdict"] == "supported"
    found = verdict(cli, wrong)
    assert (found["verdict"], found["reason"]) == ("misleading", reason)


@pytest.mark.parametrize(
    "right",
    [
        # another's act in a clause of its own inside his: not his act
        "Bae was 44 when LG picked him as the founding head of LG AI Research in December 2020.",
        "배경훈의 장관 임명안은 2025년 7월 16일 이재명 대통령이 재가했다.",
        # the giver gives: the sentence from the other side
        "The science ministry awarded Bae the Silver Tower Order in 2023.",
        # "he" of the later clause is whose appointment it was
        "President Lee Jae-myung approved his appointment on July 16, 2025, and he took office "
        "on July 17.",
    ],
)
def test_another_doer_or_a_pronoun_is_not_a_wrong_actor(cli, right):  # type: ignore[no-untyped-def]
    assert verdict(cli, right)["verdict"] == "supported"


def test_a_pronoun_does_not_rescue_a_wrong_date(cli):  # type: ignore[no-untyped-def]
    found = verdict(
        cli,
        "President Lee Jae-myung approved his appointment on July 16, 2025, and he took office "
        "on July 18.",
    )
    assert found["verdict"] != "supported"


@pytest.mark.parametrize(
    "sentence",
    [
        "Bae also expects new SMR technology to need about 15 years to reach commercialization.",
        "Bae moreover said new SMR technology would take about 15 years to commercialize.",
    ],
)
def test_a_discourse_adverb_does_not_hide_the_fact(cli, sentence):  # type: ignore[no-untyped-def]
    found = verdict(cli, sentence)
    assert found["verdict"] == "contradicted"
    assert found["fact_id"] == "policy-smr-commercialisation-time"


@pytest.mark.parametrize(
    ("right", "wrong", "want"),
    [
        # a ministry named in lower case is an actor too
        (
            "The land ministry announced on June 28, 2025 that mortgage loans in the capital "
            "region would be capped at 600 million won.",
            "The science ministry announced on June 28, 2025 that mortgage loans in the capital "
            "region would be capped at 600 million won.",
            "misleading",
        ),
        # the demand, said to be what the government would supply
        (
            "Bae said the government would supply about 30% of the 150,000 GPUs SMEs and "
            "academia need in 2030.",
            "Bae said the government would supply 150,000 GPUs by 2030.",
            "misleading",
        ),
        # the ones he acted on, said to act on him
        (
            "In 2024 Bae registered his parents as dependents in his income tax filing.",
            "Bae's parents registered him as their dependent in their 2024 income tax filing.",
            "misleading",
        ),
        # his account, cited first: not a wrong actor, and its figure is compared
        (
            "배경훈에 따르면 엑사원의 현재 매개변수는 320억 개다.",
            "배경훈에 따르면 엑사원의 현재 매개변수는 300억 개다.",
            "contradicted",
        ),
    ],
)
def test_whose_act_whose_figure(cli, right, wrong, want):  # type: ignore[no-untyped-def]
    assert verdict(cli, right)["verdict"] == "supported"
    assert verdict(cli, wrong)["verdict"] == want


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("김철수는 1976년 5월 서울에서 태어났다.", "김철수"),
        ("구광모는 2020년 12월7일 LG AI연구원 초대 원장으로 발탁됐다.", "구광모"),
        ("김영섭은 재산으로 총 36억9767만 원을 신고했다.", "김영섭"),
    ],
)
def test_a_person_the_store_never_names_is_not_its_subject(cli, sentence, name):  # type: ignore[no-untyped-def]
    found = verdict(cli, sentence)
    assert found["verdict"] == "unverified"
    assert name in found["message"]


@pytest.mark.parametrize(
    "wrong",
    [
        "배경훈은 2017년 LG헬로비전 AI기술본부장을 역임했다.",
        "배경훈은 2016년 삼성경제연구소에 연구위원으로 이직했다.",
        "배경훈은 2023년 과학기술정보통신부로부터 청조근정훈장을 받았다.",
        "배경훈은 서울 서초구 잠원동 소재 아파트의 5분의 3 지분을 소유했다.",
        "배경훈은 2011년 SK플래닛 미래기술원으로 자리를 옮겼다.",
    ],
)
def test_a_body_award_or_place_the_store_never_names(cli, wrong):  # type: ignore[no-untyped-def]
    assert verdict(cli, wrong)["verdict"] != "supported"


@pytest.mark.parametrize(
    ("right", "wrong"),
    [
        (
            "LG AI연구원은 2025년 3월18일 추론 AI 모델 '엑사원 딥'을 공개했다.",
            "LG AI연구원은 2025년 3월18일 국내 최초 추론 AI 모델 '엑사원 플러스'를 공개했다.",
        ),
        (
            "LG AI연구원은 2025년 2월 에이전트 AI '넥서스'를 공개했다.",
            "LG AI연구원은 2025년 2월 에이전트 AI '아틀라스'를 공개했다.",
        ),
    ],
)
def test_a_quoted_name_the_store_never_uses(cli, right, wrong):  # type: ignore[no-untyped-def]
    assert verdict(cli, right)["verdict"] == "supported"
    found = verdict(cli, wrong)
    assert found["verdict"] == "unverified"
    assert "never mentions" in found["message"]


@pytest.mark.parametrize(
    "right",
    [
        # a later clause that names its own subject
        "President Lee Jae-myung approved Bae's appointment on July 16, 2025, and Bae's "
        "inauguration was held in Sejong the following day.",
        # each part of a clause joined by "and" as sure as its own verb
        "Bae said the ministry had originally planned to secure 50,000 GPUs by 2028 and is now "
        "weighing 200,000 by 2030.",
    ],
)
def test_each_part_read_by_its_own_words(cli, right):  # type: ignore[no-untyped-def]
    assert verdict(cli, right)["verdict"] == "supported"
