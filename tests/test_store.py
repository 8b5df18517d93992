"""Loading a store: discovery, line numbers, schema problems, safe YAML."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcli.errors import StoreError
from factcli.store.loader import bundled_store_path, load_store, read_store, resolve_store_path
from tests.conftest import BASE_SUBJECTS, fact_yaml, write_store


def problems_of(tmp_path: Path, *facts: str, extra: dict[str, str] | None = None) -> list[str]:
    files = {
        "base.yaml": BASE_SUBJECTS,
        **{f"f{i}.yaml": text for i, text in enumerate(facts)},
        **(extra or {}),
    }
    store, problems = read_store(write_store(tmp_path / "store", files))
    assert (store is None) == bool(problems)
    return [str(p) for p in problems]


def test_bundled_store_loads_and_is_big_enough(bundled):
    assert len(bundled) >= 120
    assert {"bae-kyung-hoon", "exaone", "lg-ai-research"} <= set(bundled.subjects)
    kinds = {f.kind for f in bundled.facts}
    assert {"date", "amount", "count", "position", "target", "percent", "duration", "text"} <= kinds


def test_bundled_store_found_from_any_directory(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    assert resolve_store_path() == bundled_store_path()
    assert len(load_store()) >= 120


def test_store_path_precedence(monkeypatch, tmp_path):
    monkeypatch.setenv("FACTCLI_STORE", str(tmp_path))
    assert resolve_store_path() == tmp_path
    assert resolve_store_path(tmp_path / "x") == tmp_path / "x"


def test_single_file_store(tmp_path):
    path = tmp_path / "one.yaml"
    path.write_text(BASE_SUBJECTS + fact_yaml(), encoding="utf-8")
    store, problems = read_store(path)
    assert problems == [] and store is not None and store.get("f1") is not None


def test_values_are_typed_and_nfc(tmp_path):
    import unicodedata

    nfd = unicodedata.normalize("NFD", "배경훈은 취임했다.")
    path = tmp_path / "one.yaml"
    path.write_text(BASE_SUBJECTS + fact_yaml(statement=nfd, date="2025-07-17"), encoding="utf-8")
    store, _ = read_store(path)
    fact = store.get("f1")
    assert fact.statement == unicodedata.normalize("NFC", nfd)
    assert fact.date == "2025-07-17"  # an unquoted YAML date becomes the same ISO text


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"date": '"2025-02-30"'}, "date: not a date"),
        ({"kind": "rumour"}, "unknown kind 'rumour'"),
        ({"subject": "nobody"}, "unknown subject 'nobody'"),
        ({"sources": "[{doc: nowhere, quote: x}]"}, "unknown source doc 'nowhere'"),
        ({"sources": '[{doc: src, quote: ""}]'}, "quote from 'src' is empty"),
        ({"statement_en": None}, "missing required field 'statement_en'"),
        ({"colour": "red"}, "unknown field 'colour'"),
        ({"kind": "amount", "value": '"lots"', "unit": "KRW"}, "value: must be a number"),
        ({"kind": "amount", "value": "5", "unit": "EUR"}, "unit 'EUR' is not one of KRW, USD"),
        (
            {"kind": "position", "value": "장관", "start": '"2025-07"', "end": '"2024-01"'},
            "ends (2024-01) before it starts",
        ),
        ({"kind": "target", "value": "5", "unit": "GPU"}, "needs a 'deadline'"),
        ({"id": "Bad Id"}, "not a valid id"),
        ({"status": "rumoured"}, "unknown status 'rumoured' (one of done, decided"),
        ({"stated": '"2025-02-30"'}, "stated: not a date"),
        ({"actor": "Kang Hoon"}, "actor: not a valid id"),
        ({"actor": "nobody"}, "actor: unknown subject 'nobody'"),
        ({"actor": "bae"}, "actor: same as the subject"),
        ({"bound": "about"}, "bound: must be one of min, max, range"),
        ({"kind": "text", "value": "서울", "bound": "min"}, "not to kind 'text'"),
        (
            {"kind": "amount", "value": "4000000000", "unit": "KRW", "value_max": "5000000000"},
            "only a range has a value_max",
        ),
        (
            {"kind": "amount", "value": "4000000000", "unit": "KRW", "bound": "range"},
            "bound 'range' needs a value_max",
        ),
        (
            {
                "kind": "amount",
                "value": "4000000000",
                "unit": "KRW",
                "bound": "range",
                "value_max": "3000000000",
            },
            "value_max: must be greater than value",
        ),
        ({"bound": "range", "value_max": '"2026"'}, "a range needs a numeric kind"),
        (
            {
                "kind": "amount",
                "value": "4000000000",
                "unit": "KRW",
                "bound": "range",
                "value_max": "5000000000",
                "sources": "[{doc: src, quote: 41억5천만 원에 샀다}]",
            },
            "no quote states the range 4000000000 up to under 5000000000",
        ),
        (
            {"kind": "position", "value": "원장", "start": '"2021-06"', "end": '"2021-05-31"'},
            "ends (2021-05-31) before it starts (2021-06)",
        ),
        ({"examples": "{supports: [a], wrong: [b]}"}, "examples: must be {supports"),
        (
            {"kind": "position", "value": "원장", "start": '"--09-25"', "end": '"2021-05-31"'},
            "start: a span's start needs a year (--09-25)",
        ),
    ],
)
def test_schema_problems_name_file_and_line(tmp_path, fields, message):
    found = problems_of(tmp_path, fact_yaml(**fields))
    assert any(message in p for p in found), found
    assert all(p.startswith(str(Path("store") / "f0.yaml")) or "f0.yaml" in p for p in found)
    assert any(":" in p.split("f0.yaml", 1)[1][:6] for p in found)  # file:line:


def test_line_number_points_at_the_field(tmp_path):
    text = fact_yaml() + fact_yaml(id="f2", date='"2021-13"').replace("facts:\n", "")
    found = problems_of(tmp_path, text)
    line = next(i for i, row in enumerate(text.splitlines(), 1) if "2021-13" in row)
    assert any(f"f0.yaml:{line}: fact 'f2': date: not a date" in p for p in found), found


def test_duplicate_id_across_files(tmp_path):
    found = problems_of(tmp_path, fact_yaml(), fact_yaml())
    assert any("duplicate fact id 'f1' (first at" in p for p in found)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"facts: [\n", "YAML error"),
        (b"facts:\n\t- id: x\n", "tab in indentation"),
        (b"\xef\xbb\xbffacts: []\n", "byte-order mark"),
        ("facts: []\n# caf\xe9\n".encode("latin-1"), "f0.yaml:2: not UTF-8"),
        (b"", "empty file"),
        (b"\x00\x01\x02binary", "binary data"),
        (b"facts: !!python/object:os.system {}\n", "YAML tags"),
        (b"a: &x [1]\nb: *x\n", "aliases"),
        (b"- just\n- a list\n", "must be a mapping"),
        (b"fact: []\n", "unknown top-level key 'fact'"),
        (b"facts: {id: x}\n", "facts: must be a list"),
    ],
)
def test_unreadable_files_are_problems_not_crashes(tmp_path, content, message):
    root = write_store(tmp_path / "store", {"base.yaml": BASE_SUBJECTS})
    (root / "f0.yaml").write_bytes(content)
    store, problems = read_store(root)
    assert store is None
    assert any(message in str(p) for p in problems), [str(p) for p in problems]


def test_billion_laughs_is_refused_fast(tmp_path):
    bomb = ["a: &a [x, x, x, x, x, x, x, x, x]"]
    for i, name in enumerate("bcdefghi"):
        prev = "abcdefghi"[i]
        bomb.append(f"{name}: &{name} [{', '.join(['*' + prev] * 9)}]")
    root = write_store(
        tmp_path / "store", {"base.yaml": BASE_SUBJECTS, "bomb.yaml": "\n".join(bomb) + "\n"}
    )
    store, problems = read_store(root)
    assert store is None and "aliases" in str(problems[0])


def test_missing_and_empty_stores_raise(tmp_path):
    with pytest.raises(StoreError, match="no such store"):
        load_store(tmp_path / "nope")
    (tmp_path / "empty").mkdir()
    with pytest.raises(StoreError, match="empty store"):
        load_store(tmp_path / "empty")


def test_symlink_loop_does_not_hang(tmp_path):
    root = write_store(tmp_path / "store", {"base.yaml": BASE_SUBJECTS + fact_yaml()})
    (root / "loop").symlink_to(root, target_is_directory=True)
    store, problems = read_store(root)
    assert problems == [] and len(store) == 1


def test_invalid_store_error_is_one_line(tmp_path):
    root = write_store(
        tmp_path / "store", {"base.yaml": BASE_SUBJECTS, "f.yaml": fact_yaml(kind="x")}
    )
    with pytest.raises(StoreError) as info:
        load_store(root, use_cache=False)
    assert "\n" not in str(info.value) and "f.yaml" in str(info.value)


def test_supersession_is_linked(test_store):
    assert test_store.get("gpu-2028").superseded_by == "gpu-2030"
    assert test_store.get("gpu-2030").supersedes == "gpu-2028"


def test_validate_refuses_a_value_its_quote_does_not_state(cli, tmp_path):
    fact = fact_yaml(
        kind="amount",
        date=None,
        value="3000000",
        unit="KRW",
        statement="배경훈은 300만 원을 냈다.",
        sources='[{doc: src, quote: "200만 원을 냈다"}]',
    )
    root = write_store(tmp_path / "s", {"a.yaml": BASE_SUBJECTS, "b.yaml": fact})
    result = cli("validate", str(root), store=None)
    assert result.exit_code == 1
    assert "value 3000000 is not stated in its quote" in result.stdout
    noted = fact.replace("    tags:", "    note: derived from two figures\n    tags:")
    (root / "b.yaml").write_text(noted, encoding="utf-8")
    assert cli("validate", str(root), store=None).exit_code == 0


RANGE_FACT = {
    "kind": "amount",
    "value": "4000000000",
    "unit": "KRW",
    "bound": "range",
    "date": None,
    "statement": "배경훈은 40억 원대 아파트를 샀다.",
}


@pytest.mark.parametrize(
    ("quote", "high", "ok"),
    [
        ("40억 원대 아파트를 매매한", "5000000000", True),  # 40억 up to under 50억
        ("40억 원대 아파트를 매매한", "4100000000", False),  # 40억대 is not 40억..41억
        ("40억 원대 아파트를 매매한", "8000000000", False),
        ("40~50억 원 아파트", "5000000000", True),  # a range written out
        ("40억 원 이상 아파트", "5000000000", False),  # a bound is not a range
    ],
)
def test_a_range_must_be_the_one_its_quote_states(tmp_path, quote, high, ok):
    fact = fact_yaml(**RANGE_FACT, value_max=high, sources=f"[{{doc: src, quote: {quote}}}]")
    found = problems_of(tmp_path, fact)
    assert (found == []) is ok, found


def test_new_fields_load_and_join_the_json_contract(tmp_path):
    other = "  - id: kang\n    name: 강훈식\n    name_en: Kang Hoon-sik\n"
    fact = fact_yaml(
        **RANGE_FACT,
        value_max="5000000000",
        actor="kang",
        status="alleged",
        stated='"2025-06-30"',
        sources="[{doc: src, quote: 40억 원대 아파트를 매매한}]",
        examples='{misleading: ["배경훈은 40억 원에 아파트를 샀다."]}',
    )
    root = write_store(
        tmp_path / "s",
        {"base.yaml": BASE_SUBJECTS.replace("sources:", other + "sources:"), "f.yaml": fact},
    )
    store, problems = read_store(root)
    assert problems == [], [str(p) for p in problems]
    got = store.get("f1")
    assert (got.actor, got.status, got.stated, got.bound, got.value_max) == (
        "kang",
        "alleged",
        "2025-06-30",
        "range",
        5000000000,
    )
    assert got.examples["misleading"] == ("배경훈은 40억 원에 아파트를 샀다.",)
    row = got.to_dict()
    assert {"actor", "stated", "status", "value_max"} <= set(row)
    assert row["value_max"] == 5000000000 and row["status"] == "alleged"


def test_a_fact_without_status_is_done(tmp_path):
    store, _ = read_store(write_store(tmp_path / "s", {"a.yaml": BASE_SUBJECTS + fact_yaml()}))
    fact = store.get("f1")
    assert fact.status is None and fact.certainty == "done"
    assert fact.to_dict()["status"] is None


def test_stated_after_its_source_was_published_is_refused(tmp_path):
    dated = BASE_SUBJECTS.replace(
        "    title: A source\n", '    title: A source\n    date: "2025-09-14"\n'
    )
    root = write_store(
        tmp_path / "s", {"a.yaml": dated, "b.yaml": fact_yaml(stated='"2025-09-20"')}
    )
    _, problems = read_store(root)
    assert any(
        "stated: 2025-09-20 is after its sources were published (2025-09-14)" in str(p)
        for p in problems
    )
    (root / "b.yaml").write_text(fact_yaml(stated='"2025-09-12"'), encoding="utf-8")
    assert read_store(root)[1] == []


def test_validate_reports_each_new_field_problem_with_file_and_line(cli, tmp_path):
    bad = fact_yaml(status="sure") + fact_yaml(id="f2", actor="nobody", stated='"2025-13"').replace(
        "facts:\n", ""
    )
    root = write_store(tmp_path / "s", {"a.yaml": BASE_SUBJECTS, "b.yaml": bad})
    result = cli("validate", str(root), store=None)
    assert result.exit_code == 1
    out = result.stdout
    status_line = next(i for i, row in enumerate(bad.splitlines(), 1) if "status: sure" in row)
    assert f"b.yaml:{status_line}: fact 'f1': status: unknown status 'sure'" in out
    assert "fact 'f2': stated: not a date: '2025-13'" in out
    assert "Traceback" not in result.stderr
