"""Statements joined in one sentence, spans said the other way round, and who leads an English
sentence (the twenty-second session): 'A에 이어 B', '맡았고, …' and ', and in 2021 it …' are
judged statement by statement, one wrong statement beside held ones makes the sentence
wrong, and 'A에 이어 B' in the wrong order is misleading (direction); a span counted the
other way round (3.5 four months before 3.0) is misleading (direction); a fact telling of
another day's event (the June 10 loan) does not show the order of the June 28 rule; 'To
beat …, Bae said' and 'Science minister Bae vows' name Bae, not 'To' or 'Science'.
Through the CLI on the bundled store."""

from __future__ import annotations

import json

import pytest
from checking import verdict


@pytest.mark.parametrize(
    ("right", "wrong", "want"),
    [
        (
            "LG AI연구원은 2021년 스탠퍼드 SQuAD 경진대회 세계 1위에 이어 2023년 KorQuAD 2.0"
            " 정상에도 섰다.",
            "LG AI연구원은 2022년 스탠퍼드 SQuAD 경진대회 세계 1위에 이어 2023년 KorQuAD 2.0"
            " 정상에도 섰다.",
            "contradicted",
        ),
        (
            "배경훈이 이끈 LG AI연구원은 2021년 스탠퍼드 SQuAD 경진대회 세계 1위에 이어 2023년"
            " KorQuAD 2.0에서도 정상에 올랐다.",
            "LG AI연구원은 2023년 KorQuAD 2.0 정상에 이어 2021년 스탠퍼드 SQuAD 경진대회 세계"
            " 1위에 올랐다.",
            "misleading",
        ),
        (
            "배경훈은 2025년 3월 KOSA AI정책협력위원장을 맡았고, 같은 해 7월 과기정통부 장관에"
            " 임명됐다.",
            "배경훈은 2025년 3월 KOSA AI정책협력위원장을 맡았고, 같은 해 8월 과기정통부 장관에"
            " 임명됐다.",
            "contradicted",
        ),
    ],
)
def test_statements_joined(cli, right, wrong, want):  # type: ignore[no-untyped-def]
    found = verdict(cli, right)
    assert found["verdict"] == "supported"
    assert len({e["fact_id"] for e in found["evidence"]}) == 2
    assert verdict(cli, wrong)["verdict"] == want


def test_a_list_is_not_two_statements(cli):  # type: ignore[no-untyped-def]
    # (', and' before a list's last item: no verb of its own, no statement)
    found = verdict(cli, "EXAONE 3.5 came in three sizes, 2.4B, 7.8B, and 32B, in December 2025.")
    assert found["verdict"] == "contradicted"


@pytest.mark.parametrize(
    ("right", "wrong"),
    [
        (
            "엑사원 3.5는 엑사원 3.0보다 4개월 늦게 공개됐다.",
            "엑사원 3.5는 엑사원 3.0보다 4개월 앞서 공개됐다.",
        ),
        (
            "엑사원 3.0은 엑사원 3.5보다 4개월 먼저 공개됐다.",
            "엑사원 3.0은 엑사원 3.5보다 4개월 늦게 공개됐다.",
        ),
        (
            "엑사원 3.5는 엑사원 3.0 공개 4개월 뒤에 공개됐다.",
            "엑사원 3.5는 엑사원 3.0 공개 4개월 전에 공개됐다.",
        ),
    ],
)
def test_a_span_the_other_way_round(cli, right, wrong):  # type: ignore[no-untyped-def]
    assert verdict(cli, right)["verdict"] == "supported"
    out = verdict(cli, wrong)
    assert (out["verdict"], out["reason"]) == ("misleading", "direction")
    assert "exaone-3-5-release (2024-12) after exaone-3-0-release" in out["message"]


def test_another_days_event_shows_no_order(cli):  # type: ignore[no-untyped-def]
    # The contract came after the June 10 loan: that says nothing of the June 28 rule.
    out = verdict(
        cli,
        "Bae signed the apartment deal only after the Land Ministry announced its June 28,"
        " 2025 mortgage curbs.",
    )
    assert out["verdict"] != "supported"


@pytest.mark.parametrize(
    ("right", "other"),
    [
        (
            "Science minister Bae vows to hold off AI Basic Act fines for at least a year",
            "Science minister Kang vows to hold off AI Basic Act fines for at least a year",
        ),
    ],
)
def test_who_leads_an_english_sentence(cli, right, other):  # type: ignore[no-untyped-def]
    assert verdict(cli, right)["verdict"] == "supported"
    out = verdict(cli, other)
    assert (out["verdict"], out["reason"]) == ("misleading", "actor")


def test_a_purpose_is_not_who(cli):  # type: ignore[no-untyped-def]
    out = verdict(
        cli,
        "To beat DeepSeek R1, Bae said, EXAONE's parameters would have to grow from 32 billion"
        " to around 210 billion.",
    )
    assert out.get("reason") != "actor"


def test_a_draft_reports_a_wrong_sentence_without_a_name_or_figure(cli, tmp_path):  # type: ignore[no-untyped-def]
    # (adv32: judged alone it is misleading; in a draft it was never judged at all)
    draft = tmp_path / "draft.md"
    draft.write_text(
        "# 간담회\n\n배 장관은 과학기술 AI 장관회의를 주최했다.\n\n배 장관은 기자간담회를 열었다.\n",
        encoding="utf-8",
    )
    result = cli("check", "--file", str(draft), "--format", "json", store=None)
    assert result.exit_code == 1
    lines = {f["line"]: f["verdict"] for f in json.loads(result.stdout)}
    assert lines == {3: "misleading"}


@pytest.mark.parametrize(
    "text",
    [
        "EXAONE 3.0 was released as open source on August 7, 2024, and Bae later joined Samsung.",
        "배경훈의 장녀는 2012년생이며 미국 국적자다.",
        "배경훈은 2025년 6월 10일 7억5천만 원의 주택담보대출을 받았고 이를 모두 현금으로 갚았다.",
    ],
)
def test_each_statement_must_hold(cli, text):  # type: ignore[no-untyped-def]
    # (the first statement is the store's; the one joined to it is not)
    out = verdict(cli, text)
    assert out["verdict"] == "unverified"
    assert "does not hold this part" in out["message"]


@pytest.mark.parametrize(
    "text",
    [
        "배경훈은 2025년 3월 KOSA AI정책협력위원장을 맡았고, 같은 해 7월 과기정통부 장관에"
        " 임명됐다.",
        # (what he said, whole: its parts are his words)
        "배경훈은 딸에게 1억 원을 증여하고 증여세를 냈다고 해명했다.",
        # (a verb going on is one predicate: 검토하고 있다)
        "과기부는 2030년까지 GPU 20만장을 구축하는 방안을 내부적으로 검토하고 있다.",
    ],
)
def test_statements_that_hold_together(cli, text):  # type: ignore[no-untyped-def]
    assert verdict(cli, text)["verdict"] == "supported"


def test_one_act_leading_to_the_next(cli):  # type: ignore[no-untyped-def]
    # (시작해 … 옮겼다: cut there when the sentence is not held whole)
    right = (
        "배경훈은 2006년 삼성탈레스에서 사회생활을 시작해 2011년 SK텔레콤 미래기술원으로 옮겼다."
    )
    assert verdict(cli, right)["verdict"] == "supported"
    wrong = right.replace("2011년", "2013년")
    assert verdict(cli, wrong)["verdict"] == "contradicted"


@pytest.mark.parametrize(
    "text", ["배 장관은 현재 LG AI연구원장을 맡고 있다.", "Bae currently heads LG AI Research."]
)
def test_a_post_held_now_whatever_its_words(cli, text):  # type: ignore[no-untyped-def]
    out = verdict(cli, text)
    assert (out["verdict"], out["reason"]) == ("misleading", "tense")
