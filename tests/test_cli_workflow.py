"""Writer and curator commands through the CLI: timeline, cite, sources, stats, stale, add, export."""

from __future__ import annotations

import json
import shutil
import sqlite3

from tests.conftest import ADD, TEST_STORE


def test_timeline_in_order_with_spans(cli):
    result = cli("timeline", "--format", "plain")
    lines = result.stdout.splitlines()
    dates = [line.split("\t")[0] for line in lines]
    assert lines[0].startswith("1976-05\tbae-birth")
    assert "2020-12-07~2025-07\tlgai-director" in lines[1]
    assert dates == sorted(dates)
    table = cli("timeline", "--format", "table").stdout
    assert "2020-12-07 → 2025-07" in table and "1976" in table


def test_timeline_filters_and_json(cli):
    rows = json.loads(cli("timeline", "--since", "2025", "--all", "--format", "json").stdout)
    assert [r["id"] for r in rows] == [
        "lgai-director",
        "assets-total",
        "bae-inauguration",
        "gpu-2030",
        "gpu-2028",
    ]
    assert cli("timeline", "--since", "2099").exit_code == 1


def test_cite_styles(cli):
    md = cli("cite", "assets-total").stdout
    assert "> “총 36억9767만 원을 신고했다.”" in md and "비즈니스포스트" in md
    foot = cli("cite", "bae-birth", "gpu-2030", "--style", "footnote", "--lang", "en").stdout
    assert "Bae Kyung-hoon was born in Seoul in May 1976.[^1]" in foot
    assert (
        "[^2]: [배경훈 장관 기자간담회, 서병주, 아시아투데이, 2025-09-14](https://example.org/news)"
        in foot
    )
    data = json.loads(cli("cite", "gpu-2030", "--style", "json").stdout)
    assert data[0]["sources"][0]["url"] == "https://example.org/news"
    assert cli("cite", "nope").exit_code == 1


def test_sources_and_stats(cli):
    rows = json.loads(cli("sources", "--format", "json").stdout)
    assert {r["id"]: r["facts"] for r in rows} == {"src": 5, "news": 3}
    stats = json.loads(cli("stats", "--format", "json").stdout)
    assert {"by": "total", "name": "facts", "facts": 8} in stats
    assert {"by": "kind", "name": "target", "facts": 2} in stats


def test_stale(cli, tmp_path):
    assert cli("stale", "--older-than", "30d", "--format", "json").exit_code == 1
    assert cli("stale", "--older-than", "soon").exit_code == 2


def test_completion_scripts(cli):
    for shell in ("bash", "zsh", "fish"):
        result = cli("completion", shell, store=None)
        assert result.exit_code == 0 and "_FACTCLI_COMPLETE" in result.stdout
    assert cli("completion", "tcsh", store=None).exit_code == 2


def _copy_store(tmp_path):
    root = tmp_path / "store"
    shutil.copytree(TEST_STORE, root)
    return root


def test_add_appends_and_keeps_other_bytes(cli, tmp_path):
    root = _copy_store(tmp_path)
    before = (root / "facts.yaml").read_bytes()
    result = cli(*ADD, "--date", "2025년 8월", "--file", "facts.yaml", store=root)
    assert result.exit_code == 0, result.stderr
    fact_id = result.stdout.strip()
    after = (root / "facts.yaml").read_bytes()
    assert after.startswith(before)
    fact = json.loads(cli("get", fact_id, "--format", "json", store=root).stdout)
    assert fact["value"] == 300000000 and fact["date"] == "2025-08"


def test_add_refuses_invalid_and_duplicate(cli, tmp_path):
    root = _copy_store(tmp_path)
    before = (root / "facts.yaml").read_bytes()
    bad = cli(*ADD, "--file", "facts.yaml", "--unit", "EUR", store=root)
    assert bad.exit_code == 2 and "unit 'EUR'" in bad.stderr
    dup = cli(*ADD, "--file", "facts.yaml", "--id", "bae-birth", store=root)
    assert dup.exit_code == 2 and "duplicate fact id 'bae-birth'" in dup.stderr
    assert (root / "facts.yaml").read_bytes() == before


def test_add_without_terminal_names_missing_fields(cli, tmp_path):
    root = _copy_store(tmp_path)
    result = cli("add", "--kind", "amount", store=root)
    assert result.exit_code == 2
    assert "missing --subject, --statement, --statement-en, --source, --quote" in result.stderr


def test_export_sqlite_fts_finds_korean(cli, tmp_path):
    db = tmp_path / "facts.db"
    result = cli("export", "--format", "sqlite", "--output", str(db), store=None)
    assert result.exit_code == 0, result.stderr
    with sqlite3.connect(db) as conn:
        ids = {
            row[0]
            for row in conn.execute("SELECT id FROM facts_fts WHERE facts_fts MATCH '엑사원'")
        }
        exaone = {row[0] for row in conn.execute("SELECT id FROM facts WHERE subject = 'exaone'")}
    assert exaone and exaone <= ids


def test_export_json_and_csv(cli, tmp_path):
    out = tmp_path / "f.json"
    assert cli("export", "-f", "json", "-o", str(out)).exit_code == 0
    assert len(json.loads(out.read_text())["facts"]) == 8
    bad = cli("export", "-f", "csv", "-o", str(tmp_path / "missing" / "f.csv"))
    assert bad.exit_code == 2 and "Traceback" not in bad.stderr


def test_as_of_on_get_and_check(cli):
    old = cli("get", "gpu-2028", "--as-of", "2025-10-01", "--format", "json")
    assert old.exit_code == 1 and "superseded by gpu-2030" in old.stderr
    assert json.loads(old.stdout)["id"] == "gpu-2028"  # still shown, marked by the exit code
    assert cli("get", "gpu-2028", "--as-of", "2025-08-01", "--format", "json").exit_code == 0
    claim = "과기부는 2028년까지 GPU 5만장을 확보하기로 했다."
    assert json.loads(cli("check", claim, "--format", "json").stdout)["verdict"] == "supported"
    later = json.loads(cli("check", claim, "--as-of", "2025-10-01", "--format", "json").stdout)
    assert later["verdict"] == "contradicted"


def test_ids_complete_for_get_and_cite(tmp_path):
    import os
    import subprocess
    import sys
    from pathlib import Path

    exe = Path(sys.executable).parent / "factcli"
    env = dict(os.environ, _FACTCLI_COMPLETE="complete_bash", FACTCLI_STORE=str(TEST_STORE))
    for words in ("factcli get gpu", "factcli cite bae-birth gpu"):
        env.update(COMP_WORDS=words, COMP_CWORD=str(len(words.split()) - 1))
        out = subprocess.run([str(exe)], env=env, capture_output=True, text=True, timeout=60).stdout
        assert set(out.split()) == {"gpu-2028", "gpu-2030"}, out


def test_add_refuses_a_value_its_quote_does_not_state(cli, tmp_path):
    root = _copy_store(tmp_path)
    before = (root / "facts.yaml").read_bytes()
    result = cli(*ADD, "--quote", "5억 원", "--file", "facts.yaml", store=root)
    assert result.exit_code == 2 and "is not stated in its quote" in result.stderr
    assert (root / "facts.yaml").read_bytes() == before
