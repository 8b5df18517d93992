"""A name put for the store's (the twenty-first session): a sentence one name away from a
fact (another university, former employer, district) is contradicted with the store's name,
where before it was unverified; a name spelled otherwise is not another name. Numbers spelled
in Hangul apart from their counter (십 년, 한 해); a value of one clause not contradicted by a
fact about another clause; a year the saying's day of one fact that is another's own date.
Each wrong sentence beside a faithful twin, through the CLI on the bundled store."""

from __future__ import annotations

import pytest
from checking import verdict


@pytest.mark.parametrize(
    ("right", "wrong", "found", "expected"),
    [
        (
            "배 장관은 서울 대신고를 거쳐 광운대 전자공학과를 졸업했다.",
            "배 장관은 서울 대신고를 거쳐 서강대 전자공학과를 졸업했다.",
            "서강대",
            "광운대학교",
        ),
        (
            "하정우 AI미래기획수석은 네이버 출신이다.",
            "하정우 AI미래기획수석은 삼성전자 출신이다.",
            "삼성전자",
            "네이버",
        ),
        (
            "배 장관은 서울 종로구 HJ 비즈니스센터에서 기자간담회를 열었다.",
            "배 장관은 서울 마포구 HJ 비즈니스센터에서 기자간담회를 열었다.",
            "마포구",
            "종로구",
        ),
    ],
)
def test_a_name_put_for_the_stores_is_contradicted(cli, right, wrong, found, expected):  # type: ignore[no-untyped-def]
    assert verdict(cli, right)["verdict"] == "supported"
    out = verdict(cli, wrong)
    assert out["verdict"] == "contradicted"
    conflict = next(e for e in out["evidence"] if e["relation"] == "conflict")
    assert (conflict["found"], conflict["expected"]) == (found, expected)


def test_the_english_school_is_named_too(cli):  # type: ignore[no-untyped-def]
    out = verdict(
        cli,
        "Bae graduated from Daesin High School in Seoul and then from Sogang University's "
        "electronic engineering department.",
    )
    assert out["verdict"] == "contradicted"
    assert "Kwangwoon University" in out["message"]


@pytest.mark.parametrize(
    "other_spelling",
    ["Bae graduated from Gwangwoon University.", "Bae graduated from Daesin High School in Seoul."],
)
def test_a_name_spelled_otherwise_is_not_another(cli, other_spelling):  # type: ignore[no-untyped-def]
    assert verdict(cli, other_spelling)["verdict"] not in ("contradicted", "misleading")


def test_a_name_set_beside_the_stores_is_not_put_back(cli):  # type: ignore[no-untyped-def]
    # Seoul, not Busan: the store's name is already there
    assert verdict(cli, "Bae was born in Seoul, not Busan, in May 1976.")["verdict"] not in (
        "contradicted",
        "misleading",
    )


@pytest.mark.parametrize(
    ("right", "wrong"),
    [
        (
            "신규 SMR 기술은 개발 이후 상용화까지 대략 십 년이 걸릴 것으로 보고 있다.",
            "신규 SMR 기술은 개발 이후 상용화까지 대략 이십 년이 걸릴 것으로 보고 있다.",
        ),
    ],
)
def test_ten_spelled_in_hangul_is_a_figure(cli, right, wrong):  # type: ignore[no-untyped-def]
    assert verdict(cli, right)["verdict"] == "supported"
    assert verdict(cli, wrong)["verdict"] == "contradicted"


def test_a_year_spelled_with_hae_is_a_figure(cli):  # type: ignore[no-untyped-def]
    found = verdict(
        cli, "AI 기본법 위반 과태료 부과를 적어도 한 해 이상 유예하겠다는 게 장관의 방침이다."
    )
    assert found["verdict"] == "supported"
    assert [e["found"] for e in found["evidence"]] == ["한 해"]


def test_a_value_is_judged_by_its_own_clause(cli):  # type: ignore[no-untyped-def]
    # 2021 is SQuAD's year; the CVPR title of the first clause (2020) does not contradict it
    found = verdict(
        cli,
        "In its first year LG AI Research won the CVPR continual-learning challenge, and in 2021 "
        "it took first place in Stanford's SQuAD.",
    )
    assert found["verdict"] != "contradicted"


def test_a_year_is_the_fact_whose_own_date_it_is(cli):  # type: ignore[no-untyped-def]
    # 2025, the day the multimodal forecast was said, is the LLM's own year
    found = verdict(
        cli,
        "Bae expects an LLM ranked in the global top ten by the end of 2025, with multimodal "
        "results following in 2026.",
    )
    assert found["verdict"] == "supported"
    assert {e["fact_id"] for e in found["evidence"]} == {
        "policy-top10-llm-2025",
        "policy-multimodal-2026",
    }


@pytest.mark.parametrize(
    "right",
    [
        # the passive joined to what follows (검토되고 있다), 안에서 for 내부, 방법 for 방안
        "과기부 안에서는 2030년까지 GPU 20만장을 갖출 방법이 검토되고 있다.",
        "과기부 안에서는 2030년까지 그래픽처리장치 20만 개를 갖출 방법이 검토되고 있다.",
    ],
)
def test_a_plan_considered_in_the_passive(cli, right):  # type: ignore[no-untyped-def]
    assert verdict(cli, right)["verdict"] == "supported"


def test_a_plan_considered_in_the_passive_with_another_figure(cli):  # type: ignore[no-untyped-def]
    found = verdict(cli, "과기부 안에서는 2030년까지 GPU 30만장을 갖출 방법이 검토되고 있다.")
    assert found["verdict"] == "contradicted"


def test_conferred_is_the_other_side_of_received(cli):  # type: ignore[no-untyped-def]
    right = "7월 23일 용산 대통령실에서 이재명 대통령이 배 장관에게 임명장을 수여했다."
    assert verdict(cli, right)["verdict"] == "supported"
    wrong = "7월 23일 용산 대통령실에서 배 장관이 이재명 대통령에게 임명장을 수여했다."
    assert verdict(cli, wrong)["verdict"] in ("contradicted", "misleading")
