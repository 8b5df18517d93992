"""The compiled cache gives the same answers as the YAML, and follows every change."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
import yaml

from factcli.find.search import search
from factcli.store import cache
from factcli.store.dbcache import CachedStore
from factcli.store.loader import load_store
from tests.conftest import TEST_STORE

DEV = Path(__file__).parent / "data" / "eval" / "lookup-extra.yaml"


def test_warm_search_ranks_exactly_like_the_yaml(bundled):
    load_store(use_cache=True)  # build
    warm = load_store(use_cache=True)
    assert isinstance(warm, CachedStore)
    for item in yaml.safe_load(DEV.read_text(encoding="utf-8")):
        cold_hits = [(m.fact.id, m.score) for m in search(bundled, item["q"])]
        warm_hits = [(m.fact.id, m.score) for m in search(warm, item["q"])]
        assert warm_hits == cold_hits, item["q"]


def test_warm_store_has_the_same_facts(bundled):
    load_store(use_cache=True)
    warm = load_store(use_cache=True)
    assert len(warm) == len(bundled)
    assert [f.to_dict() for f in warm.facts] == [f.to_dict() for f in bundled.facts]
    assert warm.get("bae-birth").to_dict() == bundled.get("bae-birth").to_dict()
    assert warm.get("no-such-fact") is None
    assert warm.subjects == bundled.subjects and warm.sources == bundled.sources


def _copy(tmp_path: Path) -> Path:
    root = tmp_path / "store"
    shutil.copytree(TEST_STORE, root)
    return root


def test_an_edit_is_seen_at_once(tmp_path):
    root = _copy(tmp_path)
    assert load_store(root).get("assets-total").value == 3697670000
    facts = root / "facts.yaml"
    facts.write_text(
        facts.read_text(encoding="utf-8").replace("value: 3697670000", "value: 3697670001"),
        encoding="utf-8",
    )
    assert load_store(root).get("assets-total").value == 3697670001


def test_one_cache_file_per_store(tmp_path):
    root = _copy(tmp_path)
    load_store(root)
    (root / "facts.yaml").touch()
    os.utime(root / "facts.yaml", ns=(1, 1))
    load_store(root)
    assert len(list(cache.cache_dir().glob("store-*.db"))) == 1


@pytest.mark.parametrize(
    "damage",
    [
        lambda p: p.write_bytes(p.read_bytes()[: len(p.read_bytes()) // 2]),
        lambda p: p.write_bytes(b"garbage" * 100),
        lambda p: p.write_bytes(b""),
        lambda p: p.write_bytes(p.read_bytes()[:100] + b"\0" * 4096 + p.read_bytes()[4196:]),
    ],
    ids=["truncated", "garbage", "empty", "zeroed-page"],
)
def test_a_damaged_cache_is_rebuilt(tmp_path, damage):
    root = _copy(tmp_path)
    load_store(root)
    (db,) = cache.cache_dir().glob("store-*.db")
    damage(db)
    store = load_store(root)
    assert store.get("bae-birth").date == "1976-05"
    assert [m.fact.id for m in search(store, "배경훈 취임")][:1] == ["bae-inauguration"]


def _cached_key() -> str:
    import sqlite3

    (db,) = cache.cache_dir().glob("store-*.db")
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT v FROM meta WHERE k = 'key'").fetchone()[0]


def test_a_cache_from_another_version_is_not_read(tmp_path, monkeypatch):
    root = _copy(tmp_path)
    load_store(root)
    before = _cached_key()
    monkeypatch.setattr(cache, "__version__", "0.0.0-other")
    store = load_store(root)
    assert store.get("bae-birth") is not None
    assert _cached_key() != before  # rebuilt for this version, not read


def test_no_cache_reads_the_yaml(tmp_path):
    root = _copy(tmp_path)
    store = load_store(root, use_cache=False)
    assert not isinstance(store, CachedStore)
    assert not cache.cache_dir().exists() or not list(cache.cache_dir().glob("store-*.db"))


def test_a_fact_asked_for_again_by_id_is_read_from_the_cache_file_once():
    """Judging one sentence asks for the same facts (and for words of notes that are no id)
    again and again: each id costs one lookup, a miss one lookup and its scan."""
    from factcli.store.loader import load_store

    store = load_store(None, use_cache=True)
    asked: list[str] = []
    store.db.conn.set_trace_callback(asked.append)  # type: ignore[attr-defined]
    try:
        first = store.get("bae-birth")
        assert first is not None and first.id == "bae-birth"
        assert store.get("bae-birth") is first
        assert store.get("no-such-fact") is None and store.get("no-such-fact") is None
    finally:
        store.db.conn.set_trace_callback(None)  # type: ignore[attr-defined]
    assert len(asked) == 3, asked  # the fact; the miss and its check against the table
    assert load_store(None, use_cache=False).get("bae-birth") == first
