"""How much a sentence says in words, and versions listed (the twenty-eighth session): all
of them (모두, 전부, all three), only it (만, only), several (여럿, 외에도, several) against the
supporting facts' words (유일한, 이중, 전량, 모든) make a sentence with right figures misleading;
모두 62개 (a total) and 한국어·영어를 모두 (both of the sentence's own list) do not. A list of
versions with one the source never lists is not supported. Through the CLI."""

from __future__ import annotations

import pytest
from checking import verdict

from factcli.judge.meaning.quantifiers import quantity_word_objection


@pytest.mark.parametrize(
    "claim",
    [
        "'AI 인덱스 보고서 2025'의 주목할 만한 AI 모델에는 엑사원 3.5 외에도 한국 모델이 여럿 포함됐다.",
        "The AI Index 2025 listed several Korean models, including EXAONE 3.5, among its notable AI models.",
        "엑사원 3.5의 세 모델은 모두 에포크 AI의 주목할 만한 AI 모델 리스트에 등재됐다.",
        "배 장관은 2030년 중소기업·학계가 필요로 하는 GPU 전부를 정부가 공급하겠다고 말했다.",
        "장녀는 보유한 해외 주식 중 메타 주식만 매각했다.",
        "배 장관은 일부 산업에서만 혁신이 이어지는 AI 생태계를 만들겠다고 했다.",
    ],
)
def test_how_much_said_otherwise_is_misleading(cli, claim: str) -> None:
    out = verdict(cli, claim)
    assert out["verdict"] == "misleading", out
    assert out["reason"] == "relation"


@pytest.mark.parametrize(
    "claim",
    [
        "AI 인덱스 보고서 2025의 '주목할 만한 AI 모델'은 모두 62개였다.",
        "엑사원 2.0은 한국어·영어를 모두 구사하는 bilingual 모델로 2023년 7월 19일 세상에 나왔다.",
        "장녀는 보유한 해외 주식을 모두 매각했다.",
        "배 장관은 모든 산업에서 혁신이 이어지는 AI 생태계를 만들겠다고 했다.",
        "엑사원 3.5는 AI 인덱스 보고서 2025의 주목할 만한 AI 모델에 선정된 한국의 유일한 AI 모델이다.",
    ],
)
def test_how_much_said_alike_stays_supported(cli, claim: str) -> None:
    assert verdict(cli, claim)["verdict"] == "supported"


def test_a_whole_denied_is_no_whole_said() -> None:
    said = "배 장관은 GPU 수요 전부가 아니라 약 30%를 정부가 공급하면 된다고 봤다."
    assert (
        quantity_word_objection(said, ["수요(15만장 정도)의 약 30% 정도를 정부가 공급하면"]) is None
    )


@pytest.mark.parametrize(
    "claim",
    [
        "엑사원은 1.0, 2.0, 3.0, 3.5, 3.7, 4.0 등 총 6가지 버전이 나왔다.",
        "엑사원은 1.0, 2.0, 2.5, 3.0, 3.5, 4.0까지 6가지 버전이 나왔다.",
        "EXAONE has come in six versions: 1.0, 2.0, 3.0, 3.5, 3.7 and 4.0.",
    ],
)
def test_a_version_the_source_never_lists_is_not_supported(cli, claim: str) -> None:
    assert verdict(cli, claim)["verdict"] != "supported"


def test_the_versions_the_source_lists_are_supported(cli) -> None:
    out = verdict(cli, "EXAONE has come in six versions: 1.0, 2.0, 3.0, 3.5, Deep and 4.0.")
    assert out["verdict"] == "supported"


@pytest.mark.parametrize(
    ("claim", "found", "expected"),
    [
        ("과기부의 부총리 격상은 이르면 10월 말로 예정돼 있다.", "10월 말", "초"),
        ("The ministry's upgrade is scheduled for late October 2025 at the earliest.",
         "late October 2025", "early"),
    ],
)  # fmt: skip
def test_another_part_of_the_month_is_contradicted(
    cli, claim: str, found: str, expected: str
) -> None:
    out = verdict(cli, claim)
    assert out["verdict"] == "contradicted", out
    assert out["evidence"][0]["found"] == found
    assert expected in out["evidence"][0]["expected"]


@pytest.mark.parametrize(
    "claim",
    [
        "과기부의 부총리 격상은 이르면 2025년 10월 초로 예정돼 있다.",
        "The ministry's upgrade is scheduled for early October 2025 at the earliest.",
    ],
)
def test_the_same_part_of_the_month_is_supported(cli, claim: str) -> None:
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    "claim",
    [
        "Bae hosted a science-and-AI ministers' meeting on September 12, 2025.",
        "배 장관은 2025년 9월 12일 과학기술 AI 장관회의를 주최했다.",
    ],
)
def test_a_plan_told_as_done_on_the_day_it_was_stated_is_misleading(cli, claim: str) -> None:
    # (12 September 2025: the day he said he would host one, after the upgrade)
    out = verdict(cli, claim)
    assert (out["verdict"], out["reason"]) == ("misleading", "tense"), out


@pytest.mark.parametrize(
    "claim",
    [
        "배 장관은 2025년 9월 12일 기자간담회에서 과학기술 AI 장관회의를 주최하겠다고 밝혔다.",
        "Bae held a press conference on September 12, 2025.",
    ],
)
def test_what_was_done_that_day_stays_supported(cli, claim: str) -> None:
    assert verdict(cli, claim)["verdict"] == "supported"
