"""The command line through its real entry point: exit codes, stdout and stderr apart."""

from __future__ import annotations

import csv
import io
import json

import pytest

FACT_KEYS = {
    "id",
    "subject",
    "kind",
    "statement",
    "statement_en",
    "value",
    "unit",
    "date",
    "start",
    "end",
    "deadline",
    "tags",
    "sources",
    "actor",
    "stated",
    "status",
    "value_max",
}


def test_version(cli):
    result = cli("--version", store=None)
    assert result.exit_code == 0
    assert result.stdout.startswith("factcli ")


def test_search_json_contract_best_first(cli):
    result = cli("search", "배경훈 취임", "--format", "json")
    assert result.exit_code == 0, result.stderr
    rows = json.loads(result.stdout)
    assert rows[0]["id"] == "bae-inauguration"
    for row in rows:
        assert set(row) >= FACT_KEYS
        assert all(set(s) == {"doc", "quote"} for s in row["sources"])
    scores = [r["score"] for r in rows]
    assert scores == sorted(scores, reverse=True)


def test_search_nothing_found_exits_1(cli):
    result = cli("search", "올림픽 금메달 수영", "--format", "json")
    assert result.exit_code == 1
    assert json.loads(result.stdout) == []


def test_search_empty_query_is_usage_error(cli):
    result = cli("search", "   ")
    assert result.exit_code == 2
    assert "empty query" in result.stderr
    assert "Traceback" not in result.stderr


def test_search_filters(cli):
    result = cli("search", "GPU", "--kind", "target", "--format", "jsonl")
    ids = [json.loads(line)["id"] for line in result.stdout.splitlines()]
    assert set(ids) == {"gpu-2028", "gpu-2030"}
    assert cli("search", "GPU", "--kind", "nonsense").exit_code == 2
    assert cli("search", "GPU", "--subject", "nobody").exit_code == 2
    tagged = cli("search", "배경훈", "--tag", "birth", "--format", "json")
    assert [r["id"] for r in json.loads(tagged.stdout)] == ["bae-birth"]


def test_get_full_and_field(cli):
    result = cli("get", "assets-total", "--format", "json")
    assert result.exit_code == 0
    fact = json.loads(result.stdout)
    assert fact["value"] == 3697670000 and fact["unit"] == "KRW"
    assert set(fact) >= FACT_KEYS
    bare = cli("get", "assets-total", "--field", "value")
    assert bare.stdout == "3697670000\n"
    assert cli("get", "bae-birth", "--field", "date").stdout == "1976-05\n"


def test_get_plain_shows_quote(cli):
    result = cli("get", "assets-total", "--format", "plain")
    assert "quote: “총 36억9767만 원을 신고했다.”" in result.stdout


def test_get_unknown_id_suggests(cli):
    result = cli("get", "assets-totl")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "assets-total" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_get_unknown_field(cli):
    result = cli("get", "assets-total", "--field", "nope")
    assert result.exit_code == 2
    assert "unknown field" in result.stderr


def test_list_csv_parses(cli):
    result = cli("list", "--all", "--format", "csv")
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 8
    assert {"id", "statement", "value", "unit", "sources"} <= set(rows[0])


def test_list_tsv_one_line_per_fact(cli):
    result = cli("list", "--all", "--format", "tsv")
    lines = result.stdout.splitlines()
    assert len(lines) == 9
    assert all(len(line.split("\t")) == len(lines[0].split("\t")) for line in lines)


def test_list_sorted_by_date_and_filtered(cli):
    result = cli("list", "--since", "2025", "--format", "json")
    ids = [r["id"] for r in json.loads(result.stdout)]
    assert "bae-birth" not in ids and "bae-inauguration" in ids
    until = cli("list", "--until", "2000", "--format", "json")
    assert [r["id"] for r in json.loads(until.stdout)] == ["bae-birth"]
    assert cli("list", "--since", "2025-13").exit_code == 2


def test_list_as_of_hides_superseded(cli):
    before = json.loads(
        cli("list", "--tag", "gpu", "--as-of", "2025-08-01", "--format", "json").stdout
    )
    after = json.loads(
        cli("list", "--tag", "gpu", "--as-of", "2025-10-01", "--format", "json").stdout
    )
    assert [r["id"] for r in before] == ["gpu-2028"]
    assert [r["id"] for r in after] == ["gpu-2030"]
    current = json.loads(cli("list", "--tag", "gpu", "--format", "json").stdout)
    assert [r["id"] for r in current] == ["gpu-2030"]
    everything = json.loads(cli("list", "--tag", "gpu", "--all", "--format", "json").stdout)
    assert [r["id"] for r in everything] == ["gpu-2030", "gpu-2028"]
    assert everything[1]["superseded_by"] == "gpu-2030"


@pytest.mark.parametrize("fmt", ["table", "json", "jsonl", "csv", "tsv", "yaml", "plain"])
def test_every_format_renders_without_escapes(cli, fmt):
    result = cli("list", "--format", fmt)
    assert result.exit_code == 0
    assert "\x1b[" not in result.stdout
    assert "36억9767만" in result.stdout or "3697670000" in result.stdout


def test_yaml_output_loads(cli):
    import yaml

    rows = yaml.safe_load(cli("list", "--all", "--format", "yaml").stdout)
    assert len(rows) == 8


def test_markup_in_facts_prints_literally(cli):
    result = cli("get", "lgai-director", "--format", "table")
    assert "[bold]markup[/bold]" in result.stdout


def test_plain_is_default_when_piped(cli):
    result = cli("search", "엑사원")
    assert result.stdout.splitlines()[0].split("\t")[0] == "exaone-3-0"


def test_validate_clean_and_broken(cli, tmp_path):
    from tests.conftest import BASE_SUBJECTS, fact_yaml, write_store

    ok = cli("validate", store=None) if False else cli("validate")
    assert ok.exit_code == 0
    root = write_store(
        tmp_path / "s", {"a.yaml": BASE_SUBJECTS, "b.yaml": fact_yaml(date='"2025-02-30"')}
    )
    bad = cli("validate", str(root), store=None)
    assert bad.exit_code == 1
    assert "b.yaml:" in bad.stdout and "not a date" in bad.stdout
    assert cli("search", "취임", store=root).exit_code == 2


def test_missing_store_is_clear_error(cli, tmp_path):
    result = cli("list", store=tmp_path / "nowhere")
    assert result.exit_code == 2
    assert "no such store" in result.stderr
    assert "Traceback" not in result.stderr


def test_check_claim_json(cli):
    good = cli("check", "배경훈 장관은 2025년 7월 17일 취임했다.", "--format", "json")
    assert good.exit_code == 0
    body = json.loads(good.stdout)
    assert body["verdict"] == "supported" and body["fact_id"] == "bae-inauguration"
    bad = cli("check", "배경훈 장관은 2025년 8월 17일 취임했다.", "--format", "json")
    assert bad.exit_code == 1
    body = json.loads(bad.stdout)
    assert body["verdict"] == "contradicted"
    assert body["expected"] == "2025-07-17" and body["found"] == "2025년 8월 17일"


def test_check_unverified_and_strict(cli):
    claim = "배경훈은 2024년 올림픽에서 금메달 3개를 땄다."
    assert cli("check", claim).exit_code == 0
    assert cli("check", claim, "--strict").exit_code == 1


DRAFT = """# 초안

배경훈은 1976년 5월 서울에서 태어났다.

- The ministry planned to secure **50,000 GPUs** by 2028.
- 과기부는 2030년까지 GPU 30만장 구축을 검토하고 있다.

```
배경훈은 1999년에 태어났다.
```

See [the profile](https://example.org) for assets of 36억9767만 원.
"""


def test_check_file_json_lines_and_columns(cli, tmp_path):
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT, encoding="utf-8")
    result = cli("check", "--file", str(draft), "--format", "json")
    assert result.exit_code == 1
    findings = json.loads(result.stdout)
    by_line = {f["line"]: f for f in findings}
    assert by_line[3]["verdict"] == "supported"
    assert by_line[5]["verdict"] == "supported"
    assert by_line[6]["verdict"] == "contradicted"
    assert by_line[6]["expected"] == "20만장" and by_line[6]["found"] == "30만장"
    assert DRAFT.splitlines()[5][by_line[6]["column"] - 1 :].startswith("30만장")
    assert 9 not in by_line  # inside a code block
    assert by_line[12]["verdict"] == "supported"
    for f in findings:
        assert {"line", "column", "text", "verdict", "fact_id", "expected", "found"} <= set(f)


def test_check_plain_and_github(cli, tmp_path):
    draft = tmp_path / "d.md"
    draft.write_text(DRAFT, encoding="utf-8")
    plain = cli("check", "--file", str(draft), "--format", "plain").stdout.splitlines()
    assert f"{draft}:6:" in plain[2] and ": contradicted: " in plain[2]
    github = cli("check", "--file", str(draft), "--format", "github").stdout.splitlines()
    assert github[0].startswith(f"::error file={draft},line=6,col=")


def test_check_stdin_and_bad_inputs(cli, tmp_path):
    piped = cli("check", "--file", "-", "--format", "json", input="배경훈은 1980년에 태어났다.\n")
    assert json.loads(piped.stdout)[0]["verdict"] == "contradicted"
    assert cli("check", "--file", str(tmp_path)).exit_code == 2
    latin1 = tmp_path / "latin1.md"
    latin1.write_bytes("caf\xe9 2025\n".encode("latin-1"))
    result = cli("check", "--file", str(latin1))
    assert result.exit_code == 2 and "latin1.md:1: not UTF-8" in result.stderr
    assert cli("check").exit_code == 2
    assert cli("check", "--file", str(tmp_path / "missing.md")).exit_code == 2


def test_check_table_report(cli, tmp_path):
    draft = tmp_path / "d.md"
    draft.write_text(DRAFT, encoding="utf-8")
    out = cli("check", "--file", str(draft), "--format", "table").stdout
    assert "✗ contradicted" in out and "30만장 should be 20만장" in out
    assert "1 contradicted, 0 misleading, 3 supported, 0 unverified" in out
