"""The checker's verdicts: supported only when every value agrees, contradicted with the right value."""

from __future__ import annotations

import pytest

from factcli.judge.check import check_document, check_text, claim_values
from factcli.store.model import Verdict


@pytest.mark.parametrize(
    "claim",
    [
        "배경훈 장관은 2025년 7월 17일 취임했다.",
        "배경훈 장관은 2025년 7월 취임했다.",  # coarser than the store: agrees
        "Bae Kyung-hoon took office on 17 July 2025.",
        "배경훈은 재산으로 총 36억9767만 원을 신고했다.",
        "Bae declared total assets of 3,697,670,000 won.",
        "과기부는 당초 2028년까지 GPU 5만장을 확보하기로 했다.",
        "The ministry originally planned to secure 50,000 GPUs by 2028.",
        "AI 기본법 과태료 부과는 최소 1년 이상 유예된다.",
    ],
)
def test_supported(test_store, claim):
    assert check_text(test_store, claim).verdict is Verdict.supported


@pytest.mark.parametrize(
    ("claim", "found", "expected"),
    [
        ("배경훈 장관은 2025년 8월 17일 취임했다.", "2025년 8월 17일", "2025-07-17"),
        ("배경훈은 재산으로 총 46억9767만 원을 신고했다.", "46억9767만 원", "36억9767만 원"),
        ("과기부는 2030년까지 GPU 30만장 구축을 검토하고 있다.", "30만장", "20만장"),
        ("과기부는 2030년까지 GPU 5만장 구축을 검토하고 있다.", "5만장", "20만장"),
        ("AI 기본법 과태료 부과는 최소 2년 이상 유예된다.", "2년", "1년 이상"),
        ("Bae Kyung-hoon was born in 1980.", "1980", "1976-05"),
    ],
)
def test_contradicted_with_the_right_value(test_store, claim, found, expected):
    finding = check_text(test_store, claim)
    assert finding.verdict is Verdict.contradicted
    wrong = [e for e in finding.evidence if e.relation == "conflict"]
    assert (wrong[0].found, wrong[0].expected) == (found, expected)
    assert claim[wrong[0].start : wrong[0].end] == found
    assert wrong[0].quote  # the source quote comes along


@pytest.mark.parametrize(
    "claim",
    [
        "배경훈은 2024년 올림픽에서 금메달 3개를 땄다.",
        "배경훈의 2024년 연봉은 12억 원이었다.",
        "엑사원은 훌륭하다.",
    ],
)
def test_unverified(test_store, claim):
    assert check_text(test_store, claim).verdict is Verdict.unverified


def test_never_supported_when_one_value_differs(test_store):
    # The date agrees with the store; the amount does not.
    claim = "배경훈은 2025년 재산으로 총 37억9767만 원을 신고했다."
    assert check_text(test_store, claim).verdict is Verdict.contradicted


def test_a_mixed_up_target_is_contradicted(test_store):
    assert (
        check_text(test_store, "과기부는 2028년까지 GPU 20만장을 확보하기로 했다.").verdict
        is Verdict.contradicted
    )


def test_rounding_at_the_writers_precision(test_store):
    assert (
        check_text(test_store, "배경훈은 재산으로 약 37억 원을 신고했다.").verdict
        is Verdict.supported
    )


def test_claim_values_kinds():
    values = claim_values("2030년까지 GPU 20만장, 1976년생, 36억9767만 원, 30%")
    assert [v.family for v in values] == ["date", "count", "birth", "money", "percent"]


def test_document_lines_and_columns(test_store):
    draft = "# 제목\n\n배경훈은 1976년 5월에 태어났다.\n\n```\n배경훈은 1999년에 태어났다.\n```\n- 배경훈은 2025년 9월 17일 취임했다.\n"
    findings = list(check_document(test_store, draft))
    assert [(f.line, f.verdict) for f in findings] == [
        (3, Verdict.supported),
        (8, Verdict.contradicted),
    ]
    wrong = findings[1].to_dict()
    assert draft.splitlines()[7][wrong["column"] - 1 :].startswith("2025년 9월 17일")


def test_two_claims_in_one_sentence(test_store):
    text = "배경훈은 1976년 5월 태어났고, 2025년 7월 17일 장관에 취임했다."
    assert check_text(test_store, text).verdict is Verdict.supported
    text = "배경훈은 1976년 5월 태어났고, 2025년 7월 18일 장관에 취임했다."
    assert check_text(test_store, text).verdict is Verdict.contradicted
