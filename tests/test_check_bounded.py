"""A sentence of many values costs what its parts cost: judged in pieces past MAX_VALUES."""

from __future__ import annotations

import itertools
import json

import pytest

from factcli.judge import check, weighing
from factcli.store.loader import load_store
from factcli.text.analysis import analyze_sentence

CLAIM = "배경훈은 2025년 7월 17일 장관에 취임했고 "
CLAIMS = [
    "배경훈은 2025년 7월 17일 장관에 취임했고",
    "정부는 2028년까지 GPU 5만장을 확보하기로 했고",
    "배경훈은 총 36억9767만 원의 재산을 신고했고",
    "엑사원 3.0은 2024년 8월 7일 오픈소스로 공개됐고",
    "LG AI연구원은 2020년 12월 7일 출범했고",
    "장녀는 증여세로 776만 원을 냈고",
]


def test_a_run_of_claims_in_one_sentence_is_supported_value_by_value(cli):
    text = CLAIM * 40
    result = cli("check", text, "-f", "json", store=None)
    assert result.exit_code == 0, result.stderr
    found = json.loads(result.stdout)
    assert found["verdict"] == "supported"
    spans = [tuple(e["span"]) for e in found["evidence"]]
    assert len(spans) == 40
    assert all(text[a:b] == "2025년 7월 17일" for a, b in spans)


def test_one_wrong_value_among_many_is_found_where_it_is(cli):
    wrong = "배경훈은 2021년 7월 17일 장관에 취임했고 "
    text = CLAIM * 25 + wrong + CLAIM * 25
    result = cli("check", text, "-f", "json", store=None)
    assert result.exit_code == 1, result.stderr
    found = json.loads(result.stdout)
    assert found["verdict"] == "contradicted"
    conflicts = [e for e in found["evidence"] if e["relation"] == "conflict"]
    at = len(CLAIM) * 25 + wrong.index("2021")
    assert [tuple(e["span"]) for e in conflicts] == [(at, at + len("2021년 7월 17일"))]


@pytest.mark.parametrize("count", [40, 150])
def test_pieces_hold_every_value_once_and_few_each(count):
    text = " ".join(CLAIMS[i % len(CLAIMS)] for i in range(count))
    analysis = analyze_sentence(text)
    pieces = check._pieces(text, analysis)
    assert pieces[0][0] == 0 and pieces[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(pieces))
    for value in analysis.values:  # no value is cut
        assert any(a <= value.start and value.end <= b for a, b in pieces)
    for a, b in pieces:
        inside = [v for v in analysis.values if a <= v.start < b]
        assert len(inside) <= check.PIECE_VALUES


def test_the_meaning_of_a_long_sentence_is_weighed_on_bounded_text(monkeypatch):
    # What each agreeing value means is weighed against the text around it: in one piece,
    # not the whole sentence (which made 1 MB lines of claims run for minutes).
    store = load_store(None)
    weighed: list[int] = []
    real = weighing._weigh_meaning

    def spy(store, analysis, *args, **kwargs):  # type: ignore[no-untyped-def]
        weighed.append(len(analysis.text))
        return real(store, analysis, *args, **kwargs)

    monkeypatch.setattr(weighing, "_weigh_meaning", spy)
    costs = []
    for count in (120, 240):
        weighed.clear()
        check.check_text(store, " ".join(CLAIMS[i % len(CLAIMS)] for i in range(count)))
        costs.append(sum(weighed))
    assert costs[1] <= 2.5 * costs[0]
    assert max(weighed) < 1000


def test_only_a_short_sentence_is_judged_statement_by_statement(monkeypatch):
    # A sentence joining a few statements is judged part by part; a long run of them is not
    # (each part would be judged again, a cost that grows with the line).
    store = load_store(None)
    parts: list[str] = []
    real = check.judge

    def spy(store, text, **kwargs):  # type: ignore[no-untyped-def]
        parts.append(text)
        return real(store, text, **kwargs)

    monkeypatch.setattr(check, "judge", spy)
    # (not a participle leading the sentence, Born in Seoul, which is a clause of its own)
    short = (
        "Bae graduated from Daeshin High School and earned a doctorate from Kwangwoon "
        "University in 2006."
    )
    assert check.check_text(store, short).verdict.value == "supported"
    assert len(parts) >= 3  # the whole, then each statement
    parts.clear()
    long = " ".join(["Bae studied at Kwangwoon and then joined SK Telecom and"] * 20) + " left."
    check.check_text(store, long)
    assert len(long) > check.JOINED_MAX_CHARS and len(parts) <= 2
