"""A claim must say something, and say it of the right post (the twentieth session's rules):
a name or a figure alone claims nothing (unverified, not supported); a title the store never
has the person in, given as what they are (is the Prime Minister, AI미래기획수석이다), is
misleading or unverified; a claim others make falsely (Critics falsely claim …) is judged as
the claim it denies. Through the CLI on the bundled store."""

from __future__ import annotations

import pytest
from checking import verdict


@pytest.mark.parametrize(
    "bare", ["배경훈", "Bae Kyung-hoon", "EXAONE", "41억5천만 원", "LG AI연구원"]
)
def test_a_name_or_a_figure_alone_claims_nothing(cli, bare):  # type: ignore[no-untyped-def]
    assert verdict(cli, bare)["verdict"] == "unverified"


@pytest.mark.parametrize(
    "wrong",
    [
        "Bae Kyung-hoon is the Prime Minister.",
        "배경훈은 AI미래기획수석이다.",
        "Bae was the president of KOSA.",
        "Bae Kyung-hoon is the vice minister of science and ICT.",
    ],
)
def test_a_title_never_held(cli, wrong):  # type: ignore[no-untyped-def]
    assert verdict(cli, wrong)["verdict"] != "supported"


@pytest.mark.parametrize(
    "right",
    [
        "Bae Kyung-hoon is the Minister of Science and ICT.",
        "배경훈은 과기정통부 장관이다.",
        "Bae chaired KOSA's AI policy cooperation committee.",
        "하정우는 AI미래기획수석이다.",
        "Bae said he would convene a science, technology and AI ministers' meeting once his "
        "ministry is elevated to deputy prime minister level.",
    ],
)
def test_a_title_held_or_to_come_is_no_wrong_title(cli, right):  # type: ignore[no-untyped-def]
    assert verdict(cli, right)["verdict"] in ("supported", "unverified")


def test_a_claim_made_falsely_is_a_denial(cli):  # type: ignore[no-untyped-def]
    found = verdict(cli, "Critics falsely claim Bae was born in Seoul in May 1976.")
    assert (found["verdict"], found["reason"]) == ("misleading", "direction")
    # and one who wrongly did a thing is no denial
    own = (
        "Bae acknowledged that he wrongly claimed his parents as dependants in the 2024 "
        "year-end tax settlement and asked the National Tax Service to correct it in May 2025."
    )
    assert verdict(cli, own)["verdict"] == "supported"


def test_a_wrong_employer_during_service(cli):  # type: ignore[no-untyped-def]
    found = verdict(
        cli, "배경훈은 2003년 9월25일부터 2008년 5월2일까지 LG전자에서 전문연구요원으로 복무했다."
    )
    assert found["verdict"] == "contradicted"
    assert "삼성탈레스" in found["message"]


@pytest.mark.parametrize(
    ("right", "wrong"),
    [
        (
            "Bae's inauguration was held on Thursday, July 17, 2025.",
            "Bae's inauguration was held on Monday, July 17, 2025.",
        ),
        ("배경훈은 2025년 7월 17일(목) 취임했다.", "배경훈은 2025년 7월 17일(월) 취임했다."),
    ],
)
def test_a_day_of_the_week_the_calendar_denies(cli, right, wrong):  # type: ignore[no-untyped-def]
    assert verdict(cli, right)["verdict"] == "supported"
    found = verdict(cli, wrong)
    assert found["verdict"] == "contradicted"
    assert "Thursday" in found["message"] or "목요일" in found["message"]


@pytest.mark.parametrize(
    ("right", "wrong"),
    [
        (
            "Bae's apartment cost 4.15 billion won, not 4.5 billion won.",
            "Bae's apartment cost 4.5 billion won, not 4.15 billion won.",
        ),
        (
            "서초구 아파트 매매가는 45억 원이 아니라 41억5천만 원이었다.",
            "서초구 아파트 매매가는 41억5천만 원이 아니라 45억 원이었다.",
        ),
    ],
)
def test_a_figure_set_aside_is_no_claim(cli, right, wrong):  # type: ignore[no-untyped-def]
    assert verdict(cli, right)["verdict"] == "supported"
    found = verdict(cli, wrong)
    assert found["verdict"] == "contradicted"
    # the wrong span is the figure claimed, placed in the whole sentence
    span = found["evidence"][0]
    assert found["claim"][span["span"][0] : span["span"][1]] == span["found"]


@pytest.mark.parametrize(
    "right",
    ["Bae Gyeong-hun was born in Seoul in May 1976.", "Bae Kyung-hun was born in May 1976."],
)
def test_another_romanization_of_his_name(cli, right):  # type: ignore[no-untyped-def]
    assert verdict(cli, right)["verdict"] == "supported"


def test_a_near_name_of_another_family_is_not_his(cli):  # type: ignore[no-untyped-def]
    assert verdict(cli, "Baek Kyung-hoon was born in Seoul in May 1976.")["verdict"] != "supported"


def test_suspended_is_deferred(cli):  # type: ignore[no-untyped-def]
    right = "Bae said fines under the AI Basic Act would be suspended for at least one year."
    wrong = "Bae said fines under the AI Basic Act would be suspended for at least three years."
    assert verdict(cli, right)["verdict"] == "supported"
    assert verdict(cli, wrong)["verdict"] == "contradicted"
