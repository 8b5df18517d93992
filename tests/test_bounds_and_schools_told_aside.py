"""Figures said exactly or bounded the other way, and a school named beside a dated clause
(the twenty-second session, from adv32): 'exactly 150,000 GPUs' where the source's words
give 15만장 정도 is misleading (range) even when the figure is a word of the fact, not its
value; 'no more than a year' is a ceiling (the source says at least a year); a school the
store does not give him, named in a part without a figure (…both from Seoul National
University; born in Seoul in 1976, studied at Yonsei) is contradicted with the store's,
while one the store gives stays supported. Through the CLI on the bundled store."""

from __future__ import annotations

import pytest
from checking import verdict


@pytest.mark.parametrize(
    ("right", "wrong", "reason"),
    [
        (
            "Bae said SMEs and academia would need about 150,000 GPUs in 2030.",
            "Bae said SMEs and academia would need exactly 150,000 GPUs in 2030.",
            "range",
        ),
        (
            "Bae said fines would be deferred for at least a year.",
            "Bae said fines would be deferred for no more than a year.",
            "direction",
        ),
    ],
)
def test_a_figure_bounded_otherwise(cli, right, wrong, reason):  # type: ignore[no-untyped-def]
    assert verdict(cli, right)["verdict"] == "supported"
    out = verdict(cli, wrong)
    assert (out["verdict"], out["reason"]) == ("misleading", reason)


@pytest.mark.parametrize(
    ("right", "wrong"),
    [
        (
            "Bae earned his master's in 2002 and his PhD in 2006, both from Kwangwoon University.",
            "Bae earned his master's in 2002 and his PhD in 2006, both from Seoul National"
            " University.",
        ),
        (
            "Bae, who was born in Seoul in May 1976, studied at Kwangwoon University.",
            "Bae, who was born in Seoul in May 1976, studied at Yonsei University.",
        ),
        (
            "배경훈은 1976년 서울에서 태어나 광운대를 졸업했다.",
            "배경훈은 1976년 서울에서 태어나 연세대를 졸업했다.",
        ),
    ],
)
def test_a_school_beside_a_dated_clause(cli, right, wrong):  # type: ignore[no-untyped-def]
    assert verdict(cli, right)["verdict"] == "supported"
    out = verdict(cli, wrong)
    assert out["verdict"] == "contradicted"
    assert any("광운대" in e["expected"] or "Kwangwoon" in e["expected"] for e in out["evidence"])


def test_each_clause_names_its_own(cli):  # type: ignore[no-untyped-def]
    # (a name of one clause is not held against the fact of the other)
    found = verdict(
        cli,
        "Having moved to SK Telecom's Future Technology Institute in 2011, Bae switched to the"
        " LG Economic Research Institute in 2016.",
    )
    assert found["verdict"] == "supported"


@pytest.mark.parametrize(
    "text",
    ["Bae's deposits came to 171.24 million won.", "Bae's deposits exceeded 100 million won."],
)
def test_his_own_thing_is_not_his_daughters(cli, text):  # type: ignore[no-untyped-def]
    # (Bae's deposits, as 배경훈의 예금: his, not his daughter's 18.19 million won)
    assert verdict(cli, text)["verdict"] not in ("contradicted", "misleading")


def test_his_thing_for_his_daughters_figure(cli):  # type: ignore[no-untyped-def]
    out = verdict(cli, "Bae's deposits came to 18.19 million won.")
    assert (out["verdict"], out["reason"]) == ("misleading", "actor")
    assert verdict(cli, "Bae's daughter's deposits came to 18.19 million won.")["verdict"] == (
        "supported"
    )


@pytest.mark.parametrize(
    ("right", "wrong"),
    [
        (
            "배 장관은 미국 컬럼비아서던대 경영대학원에서 MBA 과정을 마쳤다.",
            "배 장관은 미국 하버드대 경영대학원에서 MBA 과정을 마쳤다.",
        ),
        (
            "배경훈은 2006년 광운대 대학원에서 전자공학 박사학위를 받았다.",
            "배경훈은 2006년 광운대 경영대학원에서 박사학위를 받았다.",
        ),
        (
            "Bae received his PhD in electronic engineering from Kwangwoon University in 2006.",
            "Bae received his PhD from Kwangwoon University's business school in 2006.",
        ),
    ],
)
def test_a_school_of_a_field(cli, right, wrong):  # type: ignore[no-untyped-def]
    # (a business school teaches business; his MBA's school is not held against his
    # Stanford programme)
    assert verdict(cli, right)["verdict"] == "supported"
    assert verdict(cli, wrong)["verdict"] == "contradicted"


@pytest.mark.parametrize(
    ("right", "wrong"),
    [
        (
            "Bae's parents' taxable income was above the 1 million won threshold for the"
            " dependent deduction.",
            "Bae's parents' taxable income was below the 1 million won threshold for the"
            " dependent deduction.",
        ),
        (
            "배 장관 부모의 과세 대상 소득은 부양가족 공제 기준인 100만 원을 넘었다.",
            "배 장관 부모의 과세 대상 소득은 부양가족 공제 기준인 100만 원에 못 미쳤다.",
        ),
    ],
)
def test_a_quantity_on_the_other_side_of_a_limit(cli, right, wrong):  # type: ignore[no-untyped-def]
    # (the store's taxable income, 107만 원, is above the 100만 원 limit)
    assert verdict(cli, right)["verdict"] == "supported"
    assert verdict(cli, wrong)["verdict"] != "supported"


@pytest.mark.parametrize(
    "text",
    [
        "배 원장은 매개변수를 약 2100억 개로 늘려야 딥시크 R1을 넘을 수 있다고 말했다.",
        "배경훈은 매개변수를 2100억 개 정도로 늘려야 한다고 말했다.",
        "Bae said parameters had to grow from 32B to around 210B.",
    ],
)
def test_what_a_goal_needs_told_as_such(cli, text):  # type: ignore[no-untyped-def]
    # (늘려야, had to: the condition the source gives, kept)
    assert verdict(cli, text)["verdict"] == "supported"


def test_what_a_goal_needs_told_as_done(cli):  # type: ignore[no-untyped-def]
    out = verdict(cli, "배경훈은 매개변수를 2100억 개로 늘렸다.")
    assert (out["verdict"], out["reason"]) == ("misleading", "certainty")
