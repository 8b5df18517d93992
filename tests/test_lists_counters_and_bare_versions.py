"""Lists, counters and versions told bare (the twenty-third session): versions listed with
middle dots (1.0·2.0·3.0) are versions, as with commas; a version told bare after the model
was named (엑사원 3.0이 나오고 넉 달 만에 3.5가) is that model's; a native numeral or a
generic counter (넉 달, 세 가지, 여섯 개) is the number, not a word to find a fact by; 세 가지
크기 counts models (sizes); a clause joined after any past stem (들어왔고, 갔지만) is a
statement of its own. Through the CLI on the bundled store."""

from __future__ import annotations

import pytest
from checking import verdict

from factcli.text.terms import analyze


@pytest.mark.parametrize(
    ("right", "wrong"),
    [
        (
            "엑사원은 지금까지 1.0·2.0·3.0·3.5·딥·4.0 등 모두 여섯 개 버전이 출시됐다.",
            "엑사원은 지금까지 1.0·2.0·3.0·3.5·딥·4.0 등 모두 일곱 개 버전이 출시됐다.",
        ),
        (
            "엑사원 3.0이 나오고 넉 달 만에 3.5가 출시됐다.",
            "엑사원 3.0이 나오고 다섯 달 만에 3.5가 출시됐다.",
        ),
        ("엑사원 3.5는 세 가지 크기로 나왔다.", "엑사원 3.5는 네 가지 크기로 나왔다."),
    ],
)
def test_right_and_one_value_changed(cli, right, wrong):
    assert verdict(cli, right)["verdict"] == "supported"
    assert verdict(cli, wrong)["verdict"] == "contradicted"


def test_sizes_of_a_model_the_store_does_not_size_are_not_its_versions(cli):
    # (the store lists EXAONE 4.0's release, not its sizes: not "2 should be 6 versions")
    found = verdict(cli, "엑사원 4.0은 32B와 1.2B 두 가지 크기로 공개됐다.")
    assert found["verdict"] == "unverified"


def test_a_clause_after_any_past_stem_ends_like_a_sentence(cli):
    assert analyze("들어왔고 들어갔고") == ["들어왔다", "들어갔다"]
    found = verdict(cli, "배경훈은 2016년 LG그룹에 들어왔고 LG경제연구원 연구위원으로 일했다.")
    assert found["verdict"] == "supported"


def test_moved_there_and_did_dates_the_move(cli):
    # (옮겨 …했다: the year is the move's, the start of the post; 2016 is when it ended)
    found = verdict(
        cli, "배경훈은 2016년 SK텔레콤 미래기술원으로 옮겨 영상인식과 빅데이터 연구를 했다."
    )
    assert found["verdict"] == "misleading"
    assert found["reason"] == "direction"


@pytest.mark.parametrize(
    "sentence",
    [
        "엑사원 3.5의 3개 모델 가운데 32B 모델이 에포크 AI의 '주목할 만한 AI 모델' 리스트에"
        " 등재됐다.",
        "장녀가 보유했던 해외 주식 8549만 원어치 가운데 가장 큰 몫은 5647만 원이 들어간 'LG"
        " 크래프트 AI-파워드 US 라지캡 코어'였다.",
    ],
)
def test_a_set_counted_and_one_picked_from_it(cli, sentence):
    # (the count of the set is a fact of its own, found by the words around it)
    assert verdict(cli, sentence)["verdict"] == "supported"


def test_a_figure_elsewhere_is_the_clause_s_own(cli):
    # (not looked up by its words alone: 210 billion is what is needed, not what it has)
    found = verdict(
        cli,
        "Bae said EXAONE currently has 210 billion parameters and would need about 2,000 H200s"
        " to surpass DeepSeek R1.",
    )
    assert found["verdict"] != "supported"


def test_a_span_counted_from_what_came_out(cli):
    # (나온 지 넉 달 만에: 달 and 만에 are the span's words, no words to find facts by)
    right = verdict(cli, "엑사원 3.0이 나온 지 넉 달 만에 엑사원 3.5가 나왔다.")
    assert right["verdict"] == "supported"
    wrong = verdict(cli, "엑사원 3.0이 나온 지 다섯 달 만에 엑사원 3.5가 나왔다.")
    assert wrong["verdict"] == "contradicted"


def test_a_statement_dated_from_another_keeps_its_date(cli):
    # (같은 달 엑사원 3.5도 내놨다: alone it has no date, and a fact of 3.5 holds its words;
    # its date is the whole sentence's, August 2024, where 3.5 came out in December)
    found = verdict(
        cli, "LG AI연구원은 2024년 8월 7일 엑사원 3.0을 공개하고 같은 달 엑사원 3.5도 내놨다."
    )
    assert found["verdict"] != "supported"
    held = verdict(cli, "배경훈은 2025년 7월 17일 취임했고 같은 달 23일 임명장을 받았다.")
    assert held["verdict"] == "supported"
