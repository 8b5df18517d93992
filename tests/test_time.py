"""Time travel through the CLI: --as-of knows a plan from the day it was stated, a position
ends at its end, a year-dated fact is not inside a one-day window, and superseded facts are
left out unless --all and marked the same way in every format."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from tests.conftest import write_store

STORE = """\
subjects:
  - id: bae
    name: 배경훈
    name_en: Bae Kyung-hoon
  - id: msit
    name: 과학기술정보통신부
    name_en: Ministry of Science and ICT
sources:
  - id: news
    title: 기자간담회
    date: "2025-09-14"
facts:
  - id: plan-2030
    subject: msit
    kind: target
    actor: bae
    status: considering
    stated: "2025-09-12"
    value: 200000
    unit: GPU
    deadline: "2030"
    statement: 과기부는 2030년까지 GPU 20만장 구축을 고민하고 있다.
    statement_en: The ministry is considering 200,000 GPUs by 2030.
    tags: [gpu]
    sources: [{doc: news, quote: 2030년까지 GPU 20만장}]
  - id: goal-2028
    subject: msit
    kind: target
    status: decided
    value: 50000
    unit: GPU
    deadline: "2028"
    statement: 과기부는 당초 2028년까지 GPU 5만장을 확보하기로 했다.
    statement_en: The ministry originally decided on 50,000 GPUs by 2028.
    tags: [gpu]
    sources: [{doc: news, quote: 2028년까지 GPU 5만장}]
  - id: at-skt
    subject: bae
    kind: position
    value: SK텔레콤
    start: "2011"
    end: "2016"
    statement: 배경훈은 2011년 SK텔레콤으로 옮겼다.
    statement_en: Bae moved to SK Telecom in 2011.
    tags: [career]
    sources: [{doc: news, quote: 2011년 SK텔레콤}]
  - id: at-lg
    subject: bae
    kind: position
    value: LG경제연구원
    start: "2016"
    statement: 배경훈은 2016년 LG경제연구원으로 옮겼다.
    statement_en: Bae moved to LG in 2016.
    tags: [career]
    sources: [{doc: news, quote: 2016년 LG경제연구원}]
  - id: year-only
    subject: bae
    kind: date
    date: "2021"
    statement: 엑사원은 2021년 공개됐다.
    statement_en: EXAONE was unveiled in 2021.
    tags: [exaone]
    sources: [{doc: news, quote: 2021년 공개}]
  - id: one-day
    subject: bae
    kind: date
    date: "2021-06-01"
    statement: 무언가가 2021년 6월 1일 있었다.
    statement_en: Something happened on June 1, 2021.
    tags: [exaone]
    sources: [{doc: news, quote: 2021년 6월 1일}]
  - id: old-rule
    subject: msit
    kind: duration
    value: 1
    unit: year
    date: "2024-01"
    statement: 유예는 1년이다.
    statement_en: The deferral is one year.
    tags: [rule]
    sources: [{doc: news, quote: 1년}]
  - id: new-rule
    subject: msit
    kind: duration
    value: 2
    unit: year
    date: "2025-03"
    supersedes: old-rule
    statement: 유예는 2년으로 늘었다.
    statement_en: The deferral was extended to two years.
    tags: [rule]
    sources: [{doc: news, quote: 2년}]
"""


@pytest.fixture
def store(tmp_path: Path) -> Path:
    return write_store(tmp_path / "store", {"facts.yaml": STORE})


def ids(result) -> list[str]:  # type: ignore[no-untyped-def]
    return [row["id"] for row in json.loads(result.stdout)]


def test_the_store_is_valid(cli, store):
    result = cli("validate", "--no-examples", str(store), store=None)
    assert result.exit_code == 0, result.stdout


def test_a_plan_exists_from_the_day_it_was_stated_not_from_its_deadline(cli, store):
    before = cli("list", "--tag", "gpu", "--as-of", "2025-08-01", "-f", "json", store=store)
    assert ids(before) == ["goal-2028"]  # undated: an original goal older than the article
    after = cli("list", "--tag", "gpu", "--as-of", "2025-10-01", "-f", "json", store=store)
    assert sorted(ids(after)) == ["goal-2028", "plan-2030"]
    on_the_day = cli("get", "plan-2030", "--as-of", "2025-09-12", "-f", "json", store=store)
    assert on_the_day.exit_code == 0
    early = cli("get", "plan-2030", "--as-of", "2025-09-11", "-f", "json", store=store)
    assert early.exit_code == 1
    assert "did not hold on 2025-09-11 (considering, not stated until 2025-09-12)" in early.stderr
    ended = cli("get", "at-skt", "--as-of", "2017-01-01", "-f", "json", store=store)
    assert ended.exit_code == 1 and "(ended 2016)" in ended.stderr
    assert "Traceback" not in early.stderr


def test_search_as_of_knows_the_plan_only_once_stated(cli, store):
    found = cli("search", "GPU", "--as-of", "2025-08-01", "-f", "json", store=store)
    assert "plan-2030" not in ids(found)
    found = cli("search", "GPU", "--as-of", "2025-12-31", "-f", "json", store=store)
    assert "plan-2030" in ids(found)


@pytest.mark.parametrize(
    ("day", "held"),
    [
        ("2013-05-01", ["at-skt"]),
        ("2016", ["at-skt", "at-lg"]),  # both were held in 2016
        ("2017-01-01", ["at-lg"]),  # the SK Telecom post ended in 2016
        ("2010", []),
    ],
)
def test_a_position_ends_at_its_end(cli, store, day, held):
    result = cli("timeline", "--tag", "career", "--as-of", day, "-f", "json", store=store)
    assert ids(result) == held
    assert result.exit_code == (0 if held else 1)


def test_a_year_dated_fact_is_not_inside_a_one_day_window(cli, store):
    window = cli(
        "list", "--tag", "exaone", "--since", "2021-06-01", "--until", "2021-06-01",
        "-f", "json", store=store,
    )  # fmt: skip
    assert ids(window) == ["one-day"]
    year = cli(
        "list", "--tag", "exaone", "--since", "2021", "--until", "2021", "-f", "json", store=store
    )
    assert sorted(ids(year)) == ["one-day", "year-only"]
    as_of_day = cli("list", "--tag", "exaone", "--as-of", "2021-06-01", "-f", "json", store=store)
    assert ids(as_of_day) == ["one-day"]  # it may have happened later in 2021
    as_of_year = cli("list", "--tag", "exaone", "--as-of", "2021", "-f", "json", store=store)
    assert sorted(ids(as_of_year)) == ["one-day", "year-only"]


def test_superseded_facts_are_left_out_unless_all(cli, store):
    current = cli("list", "--tag", "rule", "-f", "json", store=store)
    everything = cli("list", "--tag", "rule", "--all", "-f", "json", store=store)
    assert ids(current) == ["new-rule"]
    assert ids(everything) == ["new-rule", "old-rule"]  # current first
    assert json.loads(everything.stdout)[1]["superseded_by"] == "new-rule"
    # as of a day before the replacement, the old rule is the current one
    then = cli("list", "--tag", "rule", "--as-of", "2024-06-01", "-f", "json", store=store)
    assert ids(then) == ["old-rule"]
    timeline = cli("timeline", "--tag", "rule", "-f", "json", store=store)
    assert ids(timeline) == ["new-rule"]
    assert ids(cli("timeline", "--tag", "rule", "--all", "-f", "json", store=store)) == [
        "old-rule",
        "new-rule",
    ]


def test_superseded_facts_are_marked_the_same_way_in_every_format(cli, store):
    mark = "superseded by new-rule"
    plain = cli("list", "--tag", "rule", "--all", "-f", "plain", store=store).stdout.splitlines()
    assert plain[0].split("\t")[0] == "new-rule" and len(plain[0].split("\t")) == 4
    old = plain[1].split("\t")
    assert old[0] == "old-rule" and old[3] == "유예는 1년이다." and old[4] == mark
    line = cli("timeline", "--tag", "rule", "--all", "-f", "plain", store=store).stdout.splitlines()
    assert line[0].split("\t") == ["2024-01", "old-rule", "유예는 1년이다.", mark]
    assert len(line[1].split("\t")) == 3
    for command in ("list", "timeline"):
        table = cli(command, "--tag", "rule", "--all", "-f", "table", store=store).stdout
        assert f"({mark})" in table
    rows = list(
        csv.DictReader(
            io.StringIO(cli("list", "--tag", "rule", "--all", "-f", "csv", store=store).stdout)
        )
    )
    assert [r["superseded_by"] for r in rows] == ["", "new-rule"]
    assert rows[1]["statement"] == "유예는 1년이다."  # the statement itself is never altered
    for fmt in ("json", "jsonl", "yaml"):
        out = cli("list", "--tag", "rule", "--all", "-f", fmt, store=store).stdout
        assert "new-rule" in out and "marked_statement" not in out and "(superseded" not in out


def test_search_shows_superseded_facts_marked(cli, store):
    out = cli("search", "유예", "-f", "plain", store=store).stdout.splitlines()
    old = next(line for line in out if line.startswith("old-rule"))
    assert old.endswith("\tsuperseded by new-rule")


def test_left_out_facts_are_counted_on_a_terminal_only(monkeypatch):
    from factcli.interfaces import application

    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    fake = Tty()
    monkeypatch.setattr("sys.stderr", fake)
    application._say_left_out([object(), object()])
    assert fake.getvalue() == "factcli: 2 superseded facts left out (--all shows them)\n"
    pipe = io.StringIO()
    monkeypatch.setattr("sys.stderr", pipe)
    application._say_left_out([object()])
    assert pipe.getvalue() == ""


def test_the_new_fields_are_in_every_json_listing(cli, store):
    fact = json.loads(cli("get", "plan-2030", "-f", "json", store=store).stdout)
    assert (fact["actor"], fact["status"], fact["stated"], fact["value_max"]) == (
        "bae",
        "considering",
        "2025-09-12",
        None,
    )
    detail = cli("get", "plan-2030", "-f", "plain", store=store).stdout
    assert "status: considering" in detail and "actor: bae" in detail
    row = next(
        csv.DictReader(io.StringIO(cli("list", "--tag", "gpu", "-f", "csv", store=store).stdout))
    )
    assert {"status", "actor", "stated", "value_max"} <= set(row)


# The bundled store, as a user asks it.


def test_bundled_gpu_plan_known_only_after_the_press_conference(cli):
    before = ids(
        cli(
            "list",
            "--tag",
            "gpu",
            "--kind",
            "target",
            "--as-of",
            "2025-08-01",
            "-f",
            "json",
            store=None,
        )
    )
    after = ids(
        cli(
            "list",
            "--tag",
            "gpu",
            "--kind",
            "target",
            "--as-of",
            "2025-10-01",
            "-f",
            "json",
            store=None,
        )
    )
    assert "policy-gpu-target-2030" not in before and "policy-gpu-target-2028" in before
    # considering 2030 did not replace the adopted 2028 goal: both hold after 2025-09-12
    assert {"policy-gpu-target-2030", "policy-gpu-target-2028"} <= set(after)


def test_bundled_positions_as_of_a_year(cli):
    held = ids(
        cli(
            "timeline",
            "--subject",
            "배경훈",
            "--kind",
            "position",
            "--as-of",
            "2014",
            "-f",
            "json",
            store=None,
        )
    )
    assert held and all("skt" in i or "military" in i for i in held), held
    assert not any("samsung-thales" in i or "lg" in i for i in held)
    minister = ids(
        cli(
            "timeline",
            "--subject",
            "배경훈",
            "--kind",
            "position",
            "--as-of",
            "2025-10-01",
            "-f",
            "json",
            store=None,
        )
    )
    assert "career-minister-msit-2025" in minister
    assert not any(i.startswith(("lgai", "career-lgai", "career-kosa")) for i in minister), minister
