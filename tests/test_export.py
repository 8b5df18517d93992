"""factcli.interfaces.export: every format round-trips the bundled store; writes are atomic."""

from __future__ import annotations

import csv
import errno
import json
import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from factcli.errors import FactcliError, UsageError
from factcli.interfaces.export import CSV_COLUMNS, FORMATS, ExportError, export_store
from factcli.store.loader import bundled_store_path, read_store
from factcli.store.model import Store

KNOWN_ID, KNOWN_VALUE = "exaone-version-count", 6


@pytest.fixture(scope="module")
def store() -> Store:
    loaded, problems = read_store(bundled_store_path())
    assert loaded is not None, problems
    return loaded


def leftovers(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if p.name.startswith("."))


def test_json(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "facts.json"
    assert export_store(store, "json", out) == len(store.facts)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert set(data) == {"facts", "subjects", "sources"}
    assert [f["id"] for f in data["facts"]] == [f.id for f in store.facts]
    assert data["facts"][0] == store.facts[0].to_dict()
    assert {f["id"]: f["value"] for f in data["facts"]}[KNOWN_ID] == KNOWN_VALUE
    assert {s["id"] for s in data["subjects"]} == set(store.subjects)
    assert {s["id"] for s in data["sources"]} == set(store.sources)
    assert "엑사원" in out.read_text(encoding="utf-8")  # not \\u-escaped


def test_jsonl(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "facts.jsonl"
    assert export_store(store, "jsonl", out) == len(store.facts)
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == [f.id for f in store.facts]
    assert rows == [f.to_dict() for f in store.facts]
    assert {r["id"]: r["value"] for r in rows}[KNOWN_ID] == KNOWN_VALUE


def test_csv(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "facts.csv"
    assert export_store(store, "csv", out) == len(store.facts)
    with open(out, encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        rows = list(reader)
    assert tuple(reader.fieldnames or ()) == CSV_COLUMNS
    assert [r["id"] for r in rows] == [f.id for f in store.facts]
    row = {r["id"]: r for r in rows}[KNOWN_ID]
    fact = store.get(KNOWN_ID)
    assert fact is not None
    assert row["value"] == str(KNOWN_VALUE) and row["approx"] == "false"
    assert row["tags"] == "; ".join(fact.tags)
    assert row["sources"] == " | ".join(f"{s.doc}: {s.quote}" for s in fact.sources)
    assert row["statement"] == fact.statement


def test_sqlite(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "facts.db"
    assert export_store(store, "sqlite", out) == len(store.facts)
    db = sqlite3.connect(out)
    try:
        ids = [r[0] for r in db.execute("SELECT id FROM facts ORDER BY rowid")]
        assert ids == [f.id for f in store.facts]
        value, kind = db.execute(
            "SELECT value, typeof(value) FROM facts WHERE id = ?", (KNOWN_ID,)
        ).fetchone()
        assert (value, kind) == (KNOWN_VALUE, "integer")
        text_value = next(f for f in store.facts if isinstance(f.value, str))
        row = db.execute("SELECT value, tags FROM facts WHERE id = ?", (text_value.id,)).fetchone()
        assert row == (text_value.value, json.dumps(list(text_value.tags), ensure_ascii=False))
        refs = sum(len(f.sources) for f in store.facts)
        assert db.execute("SELECT count(*) FROM fact_sources").fetchone() == (refs,)
        assert db.execute("SELECT count(*) FROM fact_tags WHERE tag = 'exaone'").fetchone()[0] > 0
        assert db.execute("SELECT count(*) FROM subjects").fetchone() == (len(store.subjects),)
        assert db.execute("SELECT count(*) FROM sources").fetchone() == (len(store.sources),)
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        indexes = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='index'")}
        assert {"facts_kind", "facts_subject", "facts_date"} <= indexes
        same = (
            "SELECT count(*) FROM facts AS f JOIN facts_fts AS t"
            " ON t.rowid = f.rowid AND t.id = f.id"
        )
        assert db.execute(same).fetchone() == (len(store.facts),)  # Datasette's fts_table needs it
        fks = {(r[2], r[3]) for r in db.execute("PRAGMA foreign_key_list(fact_sources)")}
        assert fks == {("facts", "fact_id"), ("sources", "doc")}
    finally:
        db.close()


def test_sqlite_full_text_search_in_korean(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "facts.db"
    export_store(store, "sqlite", out)
    db = sqlite3.connect(out)
    try:
        found = {
            r[0] for r in db.execute("SELECT id FROM facts_fts WHERE facts_fts MATCH '엑사원'")
        }
        exaone = {f.id for f in store.facts if f.subject == "exaone"}
        assert exaone and exaone <= found
        # A quote alone is enough to be found: the quotes column is indexed too.
        quote = store.facts[0].sources[0].quote
        hits = db.execute("SELECT id FROM facts_fts WHERE quotes MATCH ?", (f'"{quote[:12]}"',))
        assert store.facts[0].id in {r[0] for r in hits}
        # The documented trigram limit: two characters match nothing; scan facts instead.
        assert db.execute(
            "SELECT count(*) FROM facts_fts WHERE facts_fts MATCH '장관'"
        ).fetchone() == (0,)
        scan = "SELECT count(*) FROM facts WHERE instr(statement, '장관') > 0"
        assert db.execute(scan).fetchone()[0] > 0
    finally:
        db.close()


def test_sqlite_opens_in_the_sqlite3_tool(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "facts.db"
    export_store(store, "sqlite", out)
    tool = shutil.which("sqlite3") or "/usr/bin/sqlite3"
    sql = (
        "PRAGMA integrity_check; SELECT count(*) FROM facts;"
        " SELECT count(*) FROM facts_fts WHERE facts_fts MATCH '엑사원';"
    )
    result = subprocess.run(
        [tool, "-readonly", str(out), sql], capture_output=True, text=True, check=True, timeout=60
    )
    lines = result.stdout.split()
    assert lines[:2] == ["ok", str(len(store.facts))]
    assert int(lines[2]) >= sum(f.subject == "exaone" for f in store.facts)


def tiny_store(root: Path, statement: str, statement_en: str, value: str) -> Store:
    root.mkdir()
    (root / "subjects.yaml").write_text(
        "subjects:\n  - {id: s, name: 주제, name_en: Subject}\n", encoding="utf-8"
    )
    (root / "sources.yaml").write_text("sources:\n  - {id: d, title: Doc}\n", encoding="utf-8")
    fact = {
        "id": "evil",
        "subject": "s",
        "kind": "text",
        "value": value,
        "statement": statement,
        "statement_en": statement_en,
        "tags": ["test"],
        "sources": [{"doc": "d", "quote": "q"}],
    }
    (root / "facts.yaml").write_text(
        "facts:\n  - " + json.dumps(fact, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    store, problems = read_store(root)
    assert store is not None, problems
    return store


def test_csv_guards_against_formula_injection(tmp_path: Path) -> None:
    store = tiny_store(tmp_path / "store", '=HYPERLINK("http://x")', "@SUM(A1)", "+1 won")
    out = tmp_path / "facts.csv"
    export_store(store, "csv", out)
    with open(out, encoding="utf-8", newline="") as f:
        row = next(csv.DictReader(f))
    assert row["statement"] == '\'=HYPERLINK("http://x")'
    assert row["statement_en"] == "'@SUM(A1)"
    assert row["value"] == "'+1 won"
    assert row["id"] == "evil" and row["sources"] == "d: q"


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_missing_directory_leaves_nothing(store: Store, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / "nope" / f"facts.{fmt}"
    with pytest.raises(FactcliError) as info:
        export_store(store, fmt, out)
    assert isinstance(info.value, ExportError)
    assert str(info.value) == f"{out}: cannot write: no such directory {str(out.parent)!r}"
    assert list(tmp_path.iterdir()) == []


def deny_writes(monkeypatch: pytest.MonkeyPatch, directory: Path) -> None:
    """Make `directory` read-only; as root (where chmod stops nothing) simulate it."""
    directory.chmod(0o555)
    probe = directory / ".probe"
    try:
        probe.touch()
    except PermissionError:
        return
    probe.unlink()
    real_open = os.open

    def fake_open(path, flags, *args, **kwargs):  # type: ignore[no-untyped-def]
        p = Path(os.fspath(path))
        if p.parent == directory and flags & os.O_CREAT and not p.exists():
            raise PermissionError(errno.EACCES, "Permission denied")
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", fake_open)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_read_only_directory(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    directory = tmp_path / "ro"
    directory.mkdir()
    out = directory / f"facts.{fmt}"
    deny_writes(monkeypatch, directory)
    try:
        with pytest.raises(ExportError, match=r"cannot write: Permission denied$"):
            export_store(store, fmt, out)
    finally:
        directory.chmod(0o755)
    assert list(directory.iterdir()) == []


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("call", ["replace", "fsync"])
def test_a_failed_write_keeps_the_old_file(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str, call: str
) -> None:
    out = tmp_path / f"facts.{fmt}"
    out.write_bytes(b"old export")

    def no_space(*_: object, **__: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, call, no_space)
    with pytest.raises(ExportError) as info:
        export_store(store, fmt, out)
    assert str(info.value) == f"{out}: cannot write: No space left on device"
    assert "\n" not in str(info.value)
    assert out.read_bytes() == b"old export"
    assert leftovers(tmp_path) == []
    assert [p.name for p in tmp_path.iterdir()] == [out.name]


def test_export_replaces_an_old_file_and_keeps_its_mode(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "facts.json"
    out.write_text("stale")
    out.chmod(0o640)
    export_store(store, "json", out)
    assert json.loads(out.read_text(encoding="utf-8"))["facts"]
    assert out.stat().st_mode & 0o777 == 0o640
    assert leftovers(tmp_path) == []


def test_unknown_format(store: Store, tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="unknown export format 'xml'"):
        export_store(store, "xml", tmp_path / "facts.xml")
    assert list(tmp_path.iterdir()) == []
