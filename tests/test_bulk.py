"""`list -f json` of a whole cached store is written from the cache's rows (interfaces.bulk,
from each fact's form of store.listing): the same bytes as the facts written one by one by
views.fact_json, whatever the facts hold."""

from __future__ import annotations

import io
import json
from decimal import Decimal
from pathlib import Path

import pytest

from factcli.interfaces import bulk, views
from factcli.interfaces.render import write_json_array
from factcli.store import codec, listing
from factcli.store.model import Fact, SourceRef
from tests.conftest import BASE_SUBJECTS, fact_yaml, write_store
from tests.test_fact_json import ODD_TEXT, ODD_VALUES

INF = float("inf")  # the cache holds no non-finite float


def expected(facts: list[Fact], superseded: bool) -> str:
    out = io.StringIO()
    write_json_array([f for f in facts if superseded or not f.superseded_by], out, views.fact_json)
    return out.getvalue()


def rows_of(facts: list[Fact]) -> list[bulk.Row]:
    """The rows of these facts as dbcache.LazyFacts.listed gives them: data only where the
    form cannot serve."""
    rows: list[bulk.Row] = []
    for f in facts:
        form = listing.shown(f)
        flat, shape = form if form is not None else (None, None)
        need = form is None or f.superseded_by is not None
        data = codec.dumps(f.replace(superseded_by=None)).encode() if need else None
        rows.append((7, f.id, f.superseded_by, shape, flat, data))
    return rows


def written(
    facts: list[Fact], superseded: bool, batch: int = 3, out: io.StringIO | None = None
) -> tuple[str, int, list[str]]:
    """bulk.write_listed of the facts as the cache holds them, in batches of `batch` rows."""
    rows = rows_of(facts)
    decoded: list[str] = []

    def decode(seg: int, fid: str, data: bytes, sby: str | None) -> Fact:
        decoded.append(fid)
        fact = codec.loads(data)
        fact.superseded_by = sby
        return fact

    batches = [rows[i : i + batch] for i in range(0, len(rows), batch)]
    out, left_out = out or io.StringIO(), []
    count = bulk.write_listed(batches, out, decode, superseded=superseded, left_out=left_out)
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
    # Only what has no form, or is superseded, is decoded into a Fact.
    assert set(decoded) <= {f.id for f in facts if f.id.startswith("odd-")}
    assert "odd-shape-1" in decoded
    assert ("odd-text-1" in decoded) == superseded


def test_the_bundled_store_needs_no_fact_decoded_but_the_superseded(bundled):
    facts = list(bundled.facts)
    text, count, decoded = written(facts, True, 50)
    assert text == expected(facts, True)
    assert count == len(facts)
    assert decoded == [f.id for f in facts if f.superseded_by]
    assert written(facts, False, 50)[2] == []


class Utf8Out(io.TextIOWrapper):
    """A text stream writing UTF-8 strictly, as stdout does: bulk writes to its buffer."""

    def __init__(self) -> None:
        super().__init__(io.BytesIO(), encoding="utf-8", errors="strict", newline="")

    def getvalue(self) -> str:
        self.flush()
        return self.buffer.getvalue().decode()  # type: ignore[attr-defined]


@pytest.mark.parametrize("superseded", [False, True])
def test_utf8_goes_to_the_buffer_and_other_encodings_get_text(bundled, superseded):
    facts = odd_facts(bundled)
    want = expected(facts, superseded)
    out = Utf8Out()
    out.write("before ")  # what a stream holds already goes first
    assert written(facts, superseded, 5, out)[0] == "before " + want
    latin = io.TextIOWrapper(io.BytesIO(), encoding="utf-16", newline="")
    bulk.write_listed([rows_of(facts)], latin, codec_decode, superseded=superseded, left_out=[])
    latin.flush()
    assert latin.buffer.getvalue().decode("utf-16") == want  # type: ignore[attr-defined]


def codec_decode(seg: int, fid: str, data: bytes, sby: str | None) -> Fact:
    fact = codec.loads(data)
    fact.superseded_by = sby
    return fact


def test_nothing_to_write_is_an_empty_array(bundled):
    fact = bundled.facts[0].replace(superseded_by="newer")
    assert written([fact], False) == ("[]\n", 0, [])
    assert written([], True) == ("[]\n", 0, [])


def test_a_form_marked_unprintable_is_escaped_and_only_it(bundled):
    plain = bundled.facts[0]
    odd = plain.replace(id="odd", statement="a\u202eb\x9bc")
    for fact in (plain, odd):
        form = listing.shown(fact)
        assert form is not None
        assert form[1] & 1 == (fact is odd)
        assert written([fact], True)[0] == expected([fact], True)
    assert "\\u202e" in written([odd], True)[0]


def test_a_row_without_its_data_where_it_is_needed_is_refused(bundled):
    fact = bundled.facts[0]
    form = listing.shown(fact)
    assert form is not None
    for row in ((1, fact.id, None, None, None, None), (1, fact.id, "x", *form, None)):
        with pytest.raises(ValueError, match="without its data"):
            bulk.write_listed([[row]], io.StringIO(), codec_decode, superseded=True, left_out=[])


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


def test_a_flipped_byte_in_any_copy_of_a_text_gives_no_wrong_listing(cli, tmp_path):
    """A fact's text is in its data and in its listing's form: either, damaged, is found."""
    from factcli.store import cache

    root = write_store(tmp_path / "store", {"facts.yaml": STORE})
    want = cli("--no-cache", "list", "-f", "json", store=root).stdout
    cli("list", store=root)
    path = cache.cache_dir() / cache._name(root)
    clean = path.read_bytes()
    word = "취임했다".encode()
    places = [i for i in range(len(clean)) if clean.startswith(word, i)]
    assert len(places) >= 2  # the data and the form (the index keeps words apart)
    for k in range(len(places)):
        damaged = bytearray(clean)
        damaged[places[k] + 4] ^= 0x01
        path.write_bytes(bytes(damaged))
        got = cli("list", "-f", "json", store=root)
        assert (got.exit_code, got.stdout) == (0, want)
        cli("list", store=root)  # the cache again, whole
        clean = path.read_bytes()
        places = [i for i in range(len(clean)) if clean.startswith(word, i)]


def test_the_form_holds_every_value_to_dict_shows_in_its_order(bundled):
    for fact in [*bundled.facts[:20], *odd_facts(bundled)]:
        form = listing.shown(fact)
        shown = fact.replace(superseded_by=None).to_dict()
        if form is None:
            assert fact.id.startswith("odd-shape") or fact.id.startswith("odd-value")
            continue
        flat, shape = form
        values = [json.loads(v) for v in flat.decode().split("\x00")]
        sources = [x for s in shown["sources"] for x in s.values()]
        at = list(shown).index("tags")
        rest = [v for k, v in shown.items() if k not in ("tags", "sources")]
        assert values == [*rest[:at], *shown["tags"], *sources, *rest[at:]]
        assert (shape >> 17, (shape >> 1) & 0xFFFF) == (len(fact.tags), len(fact.sources))


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
