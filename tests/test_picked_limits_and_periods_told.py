"""One picked from a list the sentence gives, a figure compared with a limit, and a period
told as the sentence's own predicate (the twenty-ninth session, adv44): `2.4B, 7.8B, 32B
모델 가운데 에포크 AI 리스트에 오른 것은 7.8B 모델이다` is not supported by the list of the three;
`주택담보대출은 한도 6억 원보다 적었다` is misleading (the loan was 7억5천만 원); `전문연구요원으로
복무 중이다` is judged as a present state (ended in 2008), not as an act dated by the service.
Through the CLI, and the pure reading of the pick."""

from __future__ import annotations

import pytest
from checking import verdict, verdict_as_of

from factcli.text.respective import selection_reading
from factcli.text.terms import analyze


@pytest.mark.parametrize(
    ("text", "reduced"),
    [
        (
            "엑사원 3.5의 2.4B, 7.8B, 32B 모델 가운데 에포크 AI 리스트에 오른 것은 7.8B 모델이다.",
            "엑사원 3.5의 에포크 AI 리스트에 오른 것은 7.8B 모델이다.",
        ),
        (
            "엑사원 3.5의 2.4B, 7.8B, 32B 3개 모델 중 32B 모델은 에포크 AI 리스트에 올랐다.",
            "엑사원 3.5의 32B 모델은 에포크 AI 리스트에 올랐다.",
        ),
        ("엑사원 3.5는 2.4B, 7.8B, 32B 3개 모델로 나왔다.", None),
    ],
)
def test_the_one_picked_is_read_without_the_list(text: str, reduced: str | None) -> None:
    assert selection_reading(text) == reduced


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        (
            "엑사원 3.5의 2.4B, 7.8B, 32B 모델 가운데 에포크 AI 리스트에 오른 것은 7.8B 모델이다.",
            "unverified",
        ),
        (
            "엑사원 3.5의 2.4B, 7.8B, 32B 3개 모델 중 32B 모델은 에포크 AI 리스트에 올랐다.",
            "supported",
        ),
        ("배경훈이 받은 주택담보대출은 국토부가 정한 수도권 한도 6억 원보다 적었다.", "misleading"),
        ("배경훈이 받은 주택담보대출은 국토부가 정한 수도권 한도 6억 원을 넘었다.", "supported"),
        (
            "Bae's mortgage was less than the 600 million won cap set by the land ministry.",
            "misleading",
        ),
        ("배경훈은 현재 전문연구요원으로 복무 중이다.", "misleading"),
    ],
)
def test_picks_limits_and_states(cli, claim: str, want: str) -> None:
    assert verdict(cli, claim)["verdict"] == want


def test_the_limit_compared_names_the_figure_of_the_thing(cli) -> None:
    found = verdict(
        cli, "배경훈이 받은 주택담보대출은 국토부가 정한 수도권 한도 6억 원보다 적었다."
    )
    assert found["reason"] == "direction"
    assert "7억5000만 원" in found["message"]


@pytest.mark.parametrize(
    ("claim", "day", "want"),
    [
        ("배경훈은 전문연구요원으로 복무 중이다.", "2007-01-01", "supported"),
        ("배경훈은 현재 전문연구요원으로 복무 중이다.", "2009-01-01", "misleading"),
        ("배경훈은 전문연구요원으로 복무 중이다.", "2009-01-01", "misleading"),
        ("배경훈은 LG전자 LG사이언스파크 AI담당 상무로 재직 중이다.", "2020-06-01", "supported"),
    ],
)
def test_a_period_told_as_the_predicate(cli, claim: str, day: str, want: str) -> None:
    assert verdict_as_of(cli, claim, day)["verdict"] == want


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        ("엑사원의 세 번째 버전인 엑사원 3.5는 2024년 12월 공개됐다.", "misleading"),
        ("엑사원의 네 번째 버전인 엑사원 3.5는 2024년 12월 공개됐다.", "supported"),
        ("EXAONE 3.5, the third version of EXAONE, was released in December 2024.", "misleading"),
        ("엑사원 딥은 국내 첫 추론 AI 모델로 2025년 3월 18일 공개됐다.", "supported"),
    ],
)
def test_a_version_at_its_place_in_the_series(cli, claim: str, want: str) -> None:
    assert verdict(cli, claim)["verdict"] == want


def test_a_title_with_the_short_copula_is_the_title(cli) -> None:
    # (상무다: 상무 with 다; as of mid-2018 the store cannot say he was 상무 yet)
    assert analyze("LG유플러스 AI플랫폼담당 상무다") == analyze("LG유플러스 AI플랫폼담당 상무")
    found = verdict_as_of(cli, "배경훈은 LG유플러스 AI플랫폼담당 상무다.", "2018-06-01")
    assert found["verdict"] != "supported"


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        (
            "Bae told lawmakers at his July 14 confirmation hearing that he wanted to grow EXAONE"
            " into Korea's sovereign AI.",
            "contradicted",
        ),
        (
            "At GTC 2025 in March 2025, Bae said he wanted to grow EXAONE into Korea's sovereign AI.",
            "supported",
        ),
    ],
)
def test_what_was_said_keeps_its_own_day(cli, claim: str, want: str) -> None:
    # (the hearing's day agrees with the hearing; the words were said at GTC in March)
    assert verdict(cli, claim)["verdict"] == want


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        ('"GPU 20만장 구축 방안 고민" 배경훈 장관, 확보 목표 상향 시사', "supported"),
        ("과기부, 2030년 GPU 20만 장으로 목표 상향 시사", "supported"),
        ("과기부는 2030년까지 GPU 20만 장을 확보하기로 결정했다.", "misleading"),
    ],
)
def test_a_hint_is_no_firmer_than_a_thing_weighed(cli, claim: str, want: str) -> None:
    assert verdict(cli, claim)["verdict"] == want
