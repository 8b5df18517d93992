"""A verb of an act undone, refused or never done (사임, 낙마, banned, skipped, was absent)
that the store never writes is no act a fact tells of, though a typo's tolerance finds a word
near it; and a circled number or Roman numeral signs before a unit are the number a reader
sees. adv73's findings, at the forty-fifth session."""

from __future__ import annotations

import pytest
from checking import verdict

from factcli.text.korean import clean


@pytest.mark.parametrize(
    "claim",
    [
        "배경훈은 2025년 7월 17일 취임식에서 사임했다.",
        "배경훈은 2025년 7월 14일 인사청문회에서 낙마했다.",
        "배경훈은 2020년부터 LG AI연구원에 님 문화를 폐지했다.",
        "EXAONE 3.0 was banned on August 7, 2024.",
        "EXAONE 4.0 was leaked on July 15, 2025.",
        "Bae Kyung-hoon skipped his inauguration ceremony on July 17, 2025.",
        "Bae was absent from the confirmation hearing on July 14, 2025.",
    ],
)
def test_an_act_undone_is_not_the_act_the_store_tells(cli, claim: str) -> None:
    out = verdict(cli, claim)
    assert out["verdict"] != "supported", out


@pytest.mark.parametrize(
    "claim",
    [
        "배경훈은 2025년 7월 17일 취임했다.",
        "Bae Kyung-hoon took office on July 17, 2025.",
        "EXAONE 3.0 was released on August 7, 2024.",
        "배경훈은 2025년 7월 14일 인사청문회에 출석했다.",
    ],
)
def test_the_act_itself_stays_supported(cli, claim: str) -> None:
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    ("written", "seen"),
    [
        ("2025년 7월 ⑱일", "2025년 7월 18일"),
        ("7월 ⅩⅧ일", "7월 18일"),
        ("ⅩⅨ일", "19일"),
        ("㉑일", "21일"),
        ("Ⅻ월", "12월"),
        ("① 배경훈은", "① 배경훈은"),  # a list's mark, not a number of anything
    ],
)
def test_numeral_signs_read_as_seen(written: str, seen: str) -> None:
    assert clean(written) == seen


def test_a_circled_day_is_checked(cli) -> None:
    out = verdict(cli, "배경훈은 2025년 7월 ⑱일 취임식을 가졌다.")
    assert out["verdict"] == "contradicted", out
    assert "2025-07-17" in out["message"]


@pytest.mark.parametrize(
    "claim",
    [
        "배경훈은 2024년 연말정산에서 부모 인적공제를 잘못 신청한 사실이 없다.",
        "배경훈은 2023년 은탑산업훈장을 받은 적이 없다.",
    ],
)
def test_an_act_said_never_to_have_happened_is_denied(cli, claim: str) -> None:
    out = verdict(cli, claim)
    assert out["verdict"] == "misleading", out
    assert out["reason"] == "direction"


# The code reviewer's findings on the first version (a stem matched inside other words, a
# plan's own words taken for undoing, a denied undoing, a list's mark before a word read as a
# figure, a denial in what was said, two denials).
@pytest.mark.parametrize(
    "claim",
    [
        "Bae took office as minister on July 17, 2025, quite early among the new cabinet.",
        "LG AI Research was launched on December 7, 2020, with a mission to solve hard"
        " problems across LG affiliates.",
        "배 장관은 AI 기본법 과태료 부과를 최소 1년 이상 보류하겠다고 말했다.",
        "배경훈 장관은 AI 기본법에 따른 과태료 부과를 최소 1년 이상 연기하겠다고 말했다.",
        "이재명 대통령은 2025년 7월 16일 배경훈에 대한 임명안을 거부하지 않고 재가했다.",
        "배경훈은 낙마 없이 2025년 7월 16일 임명 재가를 받은 첫 장관 후보자였다.",
        "LG AI연구원은 ② 일반과 추론 모델을 하나로 합친 엑사원 4.0을 2025년 7월15일 공개했다.",
        "배경훈은 2025년 6월 30일 기자들에게 정보를 갖고 이사한 사실이 없다고 말했다.",
        "배경훈은 2025년 7월 14일 인사청문회에서 승인 없이 박사 과정을 다닌 적이 없다고 말했다.",
    ],
)
def test_what_the_first_version_took_wrongly_stays_supported(cli, claim: str) -> None:
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    ("written", "seen"),
    [
        ("① 세계 수준의", "① 세계 수준의"),
        ("③ 원장에", "③ 원장에"),
        ("⑱일에", "18일에"),
        ("㊺세였다", "45세였다"),
        ("7월 Ↄ일", "7월 Ↄ일"),  # (a sign of no value)
    ],
)
def test_a_sign_is_a_number_only_before_a_unit(written: str, seen: str) -> None:
    assert clean(written) == seen


def test_a_long_run_of_numeral_signs_is_read_in_linear_time() -> None:
    import time

    started = time.perf_counter()
    clean("Ⅻ" * 20_000)
    clean("Ⅻ" * 40_000)
    # (the quadratic search took seconds at 20,000 signs)
    assert time.perf_counter() - started < 1.0
