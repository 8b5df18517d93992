"""`list -f json` of a whole cached store is written from the cache's rows (interfaces.bulk):
the same bytes as the facts written one by one by views.fact_json, whatever the facts hold."""

from __future__ import annotations

import io
import json
from decimal import Decimal
from pathlib import Path

import pytest

from factcli.interfaces import bulk, views
from factcli.interfaces.render import write_json_array
from factcli.store import codec
from factcli.store.model import Fact, SourceRef
from tests.conftest import BASE_SUBJECTS, fact_yaml, write_store
from tests.test_fact_json import ODD_TEXT, ODD_VALUES

INF = float("inf")  # the cache holds no non-finite float


def expected(facts: list[Fact], superseded: bool) -> str:
    out = io.StringIO()
    write_json_array([f for f in facts if superseded or not f.superseded_by], out, views.fact_json)
    return out.getvalue()


def written(facts: list[Fact], superseded: bool, batch: int = 3) -> tuple[str, int, list[str]]:
    """bulk.write_rows of the facts as the cache holds them, in batches of `batch` rows."""
    rows = [
        (7, f.id, codec.dumps(f.replace(superseded_by=None)).encode(), f.superseded_by)
        for f in facts
    ]
    decoded: list[str] = []

    def decode(seg: int, fid: str, data: bytes, sby: str | None) -> Fact:
        decoded.append(fid)
        fact = codec.loads(data)
        fact.superseded_by = sby
        return fact

    batches = [rows[i : i + batch] for i in range(0, len(rows), batch)]
    out, left_out = io.StringIO(), []
    count = bulk.write_rows(batches, out, decode, superseded=superseded, left_out=left_out)
    assert len(left_out) == (0 if superseded else sum(1 for f in facts if f.superseded_by))
    return out.getvalue(), count, decoded


def odd_facts(bundled) -> list[Fact]:  # type: ignore[no-untyped-def]
    base = bundled.facts[:4]
    facts = list(base)
    for n, text in enumerate(ODD_TEXT):
        facts.append(
            base[n % 4].replace(
                id=f"odd-text-{n}",
                statement=text,
                note=text,
                tags=(text, "x"),
                sources=(SourceRef(text, text), SourceRef("d", text)),
                superseded_by=text or None,
                examples={"supports": (text,), text: ("a", text)},
            )
        )
    for n, value in enumerate(v for v in ODD_VALUES if v == v and v not in (INF, -INF)):
        facts.append(base[0].replace(id=f"odd-value-{n}", value=value, value_max=value))
    for n, changes in enumerate(
        [
            {"value": Decimal("1.50")},
            {"value": (1, (2, "x"))},
            {"tags": ()},
            {"sources": ()},
            {"tags": tuple(f"t{i}" for i in range(40)), "sources": (SourceRef("a", "b"),) * 7},
            {"tags": (1, None)},
            {"examples": {}},
            {"note": ',{"$d":[]}'},  # the examples' mark, as text
        ]
    ):
        facts.append(base[1].replace(id=f"odd-shape-{n}", **changes))
    return facts


@pytest.mark.parametrize("superseded", [False, True])
def test_the_same_text_as_fact_json_for_facts_of_every_kind(bundled, superseded):
    facts = odd_facts(bundled)
    for batch in (1, 3, 2000):
        text, count, decoded = written(facts, superseded, batch)
        assert text == expected(facts, superseded)
        assert count == len([f for f in facts if superseded or not f.superseded_by])
    # Only what is not of the usual shape is decoded into a Fact.
    assert set(decoded) <= {f.id for f in facts if f.id.startswith("odd-")}
    assert "odd-shape-1" in decoded or not superseded


def test_the_bundled_store_needs_no_fact_decoded(bundled):
    text, count, decoded = written(list(bundled.facts), True, 50)
    assert text == expected(list(bundled.facts), True)
    assert (count, decoded) == (len(bundled.facts), [])


def test_nothing_to_write_is_an_empty_array(bundled):
    fact = bundled.facts[0].replace(superseded_by="newer")
    assert written([fact], False) == ("[]\n", 0, [])
    assert written([], True) == ("[]\n", 0, [])


def test_text_outside_the_usual_shape_is_decoded(bundled):
    fact = bundled.facts[0]
    out = io.StringIO()
    data = codec.dumps(fact)
    cut = data.rfind(',{"$d":')
    for odd in (
        data.replace('{"$c":"Fact"', '{"v":0,"$c":"Fact"'),  # not how codec writes a Fact
        data[:cut] + ",null" + data[cut:],  # a value too many
        data.replace('"' + fact.id + '"', '"other"', 1),  # another id than its row's
        data[:cut] + data[cut:].replace('{"$d":', '{"$l":'),  # no examples where they go
    ):
        seen: list[str] = []

        def decode(seg, fid, data, sby, seen=seen):  # type: ignore[no-untyped-def]
            seen.append(data)
            return fact

        out = io.StringIO()
        bulk.write_rows(
            [[(1, fact.id, odd.encode(), None)]], out, decode, superseded=True, left_out=[]
        )
        assert seen == [odd.encode()]
        assert out.getvalue() == expected([fact], True)


STORE = (
    BASE_SUBJECTS
    + "facts:\n"
    + "".join(
        fact_yaml(**fields).removeprefix("facts:\n")
        for fields in (
            {"id": "a-first", "statement": '"배경훈은 \\u202e취임했다\\u200b."'},
            {"id": "b-second", "date": '"2024-01"', "note": '"DEL \\x7f C1 \\x9b"'},
            {"id": "c-third", "date": '"2023"', "tags": "[career, 경력]", "superseded_by": None},
            {"id": "d-old", "date": '"2022"', "supersedes": None},
            {"id": "e-new", "date": '"2026"', "supersedes": "d-old"},
        )
    )
)


@pytest.mark.parametrize(
    "argv",
    [[], ["--all"], ["--sort", "id"], ["--all", "--sort", "id"]],
)
def test_list_json_through_the_cli_is_as_without_the_cache(cli, tmp_path, argv):
    root = write_store(tmp_path / "store", {"facts.yaml": STORE})
    want = cli("--no-cache", "list", *argv, "-f", "json", store=root)
    assert want.exit_code == 0, want.stderr
    for _run in range(2):  # building the cache, then reading it
        got = cli("list", *argv, "-f", "json", store=root)
        assert (got.exit_code, got.stdout, got.stderr) == (0, want.stdout, want.stderr)
    rows = json.loads(got.stdout)
    assert ("d-old" in [r["id"] for r in rows]) == ("--all" in argv)
    assert "\\u202e" in got.stdout and "\u202e" not in got.stdout


def test_a_flipped_byte_in_a_row_gives_no_wrong_listing(cli, tmp_path):
    from factcli.store import cache

    root = write_store(tmp_path / "store", {"facts.yaml": STORE})
    want = cli("--no-cache", "list", "-f", "json", store=root).stdout
    cli("list", store=root)
    path = cache.cache_dir() / cache._name(root)
    clean = path.read_bytes()
    at = clean.find("경력".encode())
    assert at > 0
    damaged = bytearray(clean)
    damaged[at + 2] ^= 0x01
    path.write_bytes(bytes(damaged))
    got = cli("list", "-f", "json", store=root)
    assert (got.exit_code, got.stdout) == (0, want)


def test_the_layout_lays_out_every_field_to_dict_shows(bundled):
    lay = bulk.layout()
    assert lay is not None
    fact = bundled.facts[0]
    found = lay.values(fact.id, codec.dumps(fact).encode(), fact.superseded_by)
    assert found is not None
    values, tags, sources, _odd = found
    shown = fact.to_dict()
    flat = [v for k, v in shown.items() if k not in ("tags", "sources")]
    assert sorted(map(repr, values)) == sorted(
        map(repr, [*flat, *shown["tags"], *[x for s in shown["sources"] for x in s.values()]])
    )
    assert (tags, sources) == (len(fact.tags), len(fact.sources))


def test_the_vocabulary_read_joined_is_the_vocabulary_read_by_rows(cli, tmp_path):
    """DbIndex reads the vocabulary as one text SQLite joins (dbcache.Reader.joined); a text
    that is not what the rows give (a tab in a word's jamo) is read by rows, as before."""
    from operator import itemgetter

    from factcli.store import cache
    from factcli.store.loader import load_store

    root = write_store(tmp_path / "store", {"facts.yaml": STORE})
    cli("list", store=root)
    store = load_store(root)
    store.search_index.sorted_vocabulary()
    assert store.search_index._jamo_of_terms() is not None  # the way it is read
    db = store.db
    rows = db.whole("SELECT term, jamo FROM vocab ORDER BY term", "jamo_crc")
    assert store.search_index.jamo_map() == dict(rows)
    assert list(store.search_index.jamo_map()) == [t for t, _j in rows]
    assert store.search_index.sorted_vocabulary() == sorted(map(itemgetter(0), rows))
    assert db.joined("term", "vocab_crc", 1) is not None
    del store, db
    path = cache.cache_dir() / cache._name(root)
    for jamo in ("a\tb", "a\nb"):
        set_jamo(path, rows[0][0], jamo)
        store = load_store(root)
        store.search_index.sorted_vocabulary()
        assert store.db.joined("term || char(9) || jamo", "jamo_crc", 2) is None
        assert store.search_index.jamo_map()[rows[0][0]] == jamo
        assert list(store.search_index.jamo_map()) == [t for t, _j in rows]


def set_jamo(path: Path, word: str, jamo: str) -> None:
    """A word's jamo changed, with the vocabulary's CRC made to agree."""
    import sqlite3
    import zlib

    from factcli.store import dbcache

    conn = sqlite3.connect(path)
    try:
        conn.execute("UPDATE vocab SET jamo = ? WHERE term = ?", (jamo, word))
        pairs = conn.execute("SELECT term, jamo FROM vocab ORDER BY term").fetchall()
        check = str(zlib.crc32("\n".join(f"{t}\t{j}" for t, j in pairs).encode()))
        conn.execute(
            "UPDATE meta SET v = ?, crc = ? WHERE k = 'jamo_crc'",
            (check, dbcache.crc("jamo_crc", check)),
        )
        conn.commit()
    finally:
        conn.close()
