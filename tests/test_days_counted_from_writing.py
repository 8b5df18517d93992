"""Words that count from the day of writing (the twenty-eighth session): with `check --as-of
DAY`, 올해 7월, 지난해, 작년 12월, 지난달 7일, 이달 23일, 지난 2월, the 17th of last month and
last year, in July name dates counted from DAY; without a day they date nothing (as before).
A month without a year never crashes a check (it did with --as-of: "no year in --07").
Also: an aside in brackets beside the subject (배경훈(49) 장관은) is not who acts, and a
minister telling his ministry's stated plan speaks for it. Through the CLI on the bundled
store, and the pure reading in factcli.text.deixis."""

from __future__ import annotations

import json

import pytest
from checking import verdict_as_of

from factcli.text.dates import PartialDate
from factcli.text.deixis import counted_from


@pytest.mark.parametrize(
    ("text", "day", "told", "date"),
    [
        ("정부조직 개편안은 지난달 7일 발표됐다.", "2025-09-14", "지난달 7일", (2025, 8, 7)),
        ("이르면 이달 초로 예정됐다", "2025-09-14", "이달", (2025, 9, None)),
        ("올해 7월 장관에 취임했다", "2025-09-14", "올해 7월", (2025, 7, None)),
        ("지난해 7월에 취임했다", "2026-03-01", "지난해 7월", (2025, 7, None)),
        ("재작년 12월 출범했다", "2021-06-01", "재작년 12월", (2019, 12, None)),
        ("지난 2월 공개했다", "2025-05-01", "지난 2월", (2025, 2, None)),
        ("지난 7월 공개했다", "2025-05-01", "지난 7월", (2024, 7, None)),
        ("오는 3월 공개한다", "2025-05-01", "오는 3월", (2026, 3, None)),
        ("지난 20일 발표됐다", "2025-09-14", "지난 20일", (2025, 8, 20)),
        ("지난달 7일", "2025-01-10", "지난달 7일", (2024, 12, 7)),
        ("다음 달 말로", "2025-12-14", "다음 달", (2026, 1, None)),
        ("He was sworn in on the 17th of last month.", "2025-07-31", "on the 17th of last month",
         (2025, 6, 17)),
        ("He took office last year, in July.", "2025-09-14", "last year, in July",
         (2024, 7, None)),
        ("in July this year", "2025-09-14", "July this year", (2025, 7, None)),
        ("last July", "2025-05-01", "last July", (2024, 7, None)),
    ],
)  # fmt: skip
def test_words_counted_from_the_day_of_writing(
    text: str, day: str, told: str, date: tuple[int, int | None, int | None]
) -> None:
    y, m, d = (int(x) for x in day.split("-"))
    found = counted_from(text, PartialDate(y, m, d))
    assert [(text[s:e], found_date) for s, e, found_date in found] == [(told, PartialDate(*date))]


@pytest.mark.parametrize("text", ["지난 7일간 회의했다", "이 달라졌다", "올해도 그렇다고 했다 7"])
def test_not_a_day_counted_from_writing(text: str) -> None:
    found = counted_from(text, PartialDate(2025, 9, 14))
    assert all(date.day is None and date.month is None for _s, _e, date in found)
    assert "지난 7일" not in [text[s:e] for s, e, _d in found]


@pytest.mark.parametrize(
    ("claim", "day"),
    [
        ("배 장관은 올해 7월 장관에 취임했다.", "2025-09-14"),
        ("배경훈은 지난해 7월 과기부 장관에 임명됐다.", "2026-03-01"),
        ("LG AI연구원은 작년 12월 출범했다.", "2021-06-01"),
        ("배경훈은 지난달 23일 과기부 장관 후보자로 지명됐다.", "2025-07-20"),
        (
            "국토교통부는 지난달 28일 수도권 주택담보대출 최대한도를 6억 원으로 제한했다.",
            "2025-07-01",
        ),
        ("LG AI연구원은 지난 2월 에이전트 AI 넥서스를 공개했다.", "2025-05-01"),
        ("Bae took office earlier this year, in July.", "2025-09-14"),
        ("Bae was sworn in on the 17th of this month.", "2025-07-31"),
    ],
)
def test_a_right_day_counted_from_the_day_of_writing_is_supported(
    cli, claim: str, day: str
) -> None:
    assert verdict_as_of(cli, claim, day)["verdict"] == "supported"


@pytest.mark.parametrize(
    ("claim", "day"),
    [
        ("정부조직 개편안은 지난달 7일 발표됐다.", "2025-09-14"),
        ("배 장관은 지난달 12일 기자간담회를 열었다.", "2025-09-14"),
        ("배 장관은 지난해 7월 장관에 취임했다.", "2025-09-14"),
        ("LG AI연구원은 재작년 12월 출범했다.", "2021-06-01"),
        ("과기부의 부총리 격상은 이르면 이달 초로 예정돼 있었다.", "2025-09-14"),
        ("배경훈은 지난달 10일 7억5천만 원의 주택담보대출을 받았다.", "2025-06-30"),
        ("Bae took office last year, in July.", "2025-09-14"),
    ],
)
def test_a_wrong_day_counted_from_the_day_of_writing_is_contradicted(
    cli, claim: str, day: str
) -> None:
    assert verdict_as_of(cli, claim, day)["verdict"] == "contradicted"


@pytest.mark.parametrize(
    ("claim", "day"),
    [
        ("LG AI연구원은 이달 18일 엑사원 딥을 공개했다.", "2025-04-10"),
        ("배경훈은 이달 23일 과기부 장관 후보자로 지명됐다.", "2025-07-20"),
        ("Bae was sworn in on the 17th of last month.", "2025-07-31"),
        (
            "The government reorganization plan was announced on the 7th of last month.",
            "2025-09-14",
        ),
        ("배경훈은 올해 7월 과기부 장관에 임명됐다.", "2026-03-01"),
    ],
)
def test_a_wrong_day_counted_from_writing_is_not_supported(cli, claim: str, day: str) -> None:
    assert verdict_as_of(cli, claim, day)["verdict"] != "supported"


@pytest.mark.parametrize(
    ("claim", "day"),
    [
        ("배경훈은 7월 장관에 취임했다.", "2025-09-14"),
        ("배경훈은 3월부터 8월까지 약 5개월 동안 일했다.", None),
        ("배경훈은 3월부터 8월까지 약 5개월 동안 일했다.", "2025-09-14"),
        ("Bae took office in July.", "2025-09-14"),
    ],
)
def test_a_month_without_a_year_never_crashes(cli, claim: str, day: str | None) -> None:
    args = ["check", claim, "-f", "json"] + (["--as-of", day] if day else [])
    result = cli(*args, store=None)
    assert result.exit_code in (0, 1), result.stderr
    assert "internal error" not in result.stderr
    assert json.loads(result.stdout)["verdict"] in ("supported", "unverified")


def test_without_a_day_of_writing_the_words_date_nothing(cli) -> None:
    # (written when? the store's 2020-12 launch may be 작년 or not: no verdict either way)
    result = cli("check", "LG AI연구원은 작년 12월 출범했다.", "-f", "json", store=None)
    assert json.loads(result.stdout)["verdict"] == "unverified"


@pytest.mark.parametrize(
    "claim",
    [
        "배경훈(49) 과학기술정보통신부 장관은 2025년 9월 12일 기자간담회를 열었다.",
        "배경훈 장관(전 LG AI연구원장)은 2025년 7월 17일 취임했다.",
        "배경훈 장관(전 LG AI연구원장)은 2025년 7월 23일 국회 본회의에서 인사말을 했다.",
    ],
)
def test_an_aside_beside_the_subject_is_not_who_acts(cli, claim: str) -> None:
    from checking import verdict

    out = verdict(cli, claim)
    assert out["verdict"] != "misleading", out


def test_an_aside_keeps_the_subject_in_place() -> None:
    from factcli.text.analysis import analyze_sentence

    text = "배경훈(49) 과학기술정보통신부 장관은 2025년 9월 12일 기자간담회를 열었다."
    found = analyze_sentence(text)
    assert found.actor == "배경훈 과학기술정보통신부 장관"
    assert found.actor_span is not None
    assert text[found.actor_span[0] : found.actor_span[1]].startswith("배경훈(49) 과학")
    # (an alias or a part in brackets may say who acts: kept)
    alias = analyze_sentence("엑사원(EXAONE)은 2023년 공개됐다.").actor
    assert alias is not None and alias.startswith("엑사원(")


def test_a_minister_telling_his_ministrys_plan_speaks_for_it(cli) -> None:
    from checking import verdict

    said = verdict(cli, "배 장관은 2025년 9월 기자간담회에서 GPU 확보 목표를 상향하겠다고 밝혔다.")
    assert said["verdict"] == "supported", said
    # (before he headed it, no: the 2023 award the ministry gave is not his to give)
    gave = verdict(cli, "배경훈은 2023년 은탑산업훈장을 수여했다고 밝혔다.")
    assert gave["verdict"] != "supported", gave


@pytest.mark.parametrize(
    "claim",
    [
        # (a day inside a passive relative clause: the plan's, no act of the subject's)
        "배 장관은 2025년 9월 7일 발표된 정부조직 개편안에 따라 부총리 격상을 앞두고 있다.",
        # (a clause of time with its own subject, a model and its version)
        "배경훈은 엑사원 3.0이 13개 벤치마크 점수 순위에서 1위를 차지했을 때 LG AI연구원을 "
        "이끌고 있었다.",
    ],
)
def test_the_actor_of_an_inner_clause_is_not_the_subject(cli, claim: str) -> None:
    from checking import verdict

    assert verdict(cli, claim)["verdict"] == "supported"


def test_the_subject_said_to_have_done_it_himself_is_still_misleading(cli) -> None:
    from checking import verdict

    out = verdict(cli, "배 장관은 2025년 9월 7일 정부조직 개편안을 발표했다.")
    assert (out["verdict"], out["reason"]) == ("misleading", "actor")
