"""Facts' texts as read, kept in the cache (store.readings, text.readings): read once, never
believed blindly, and never a different verdict."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from factcli.store import cache, dbcache
from factcli.store.files import bundled_store_path
from factcli.store.readings import texts_of
from factcli.text import analysis, readings

CLAIMS = (
    "배경훈은 2025년 7월 23일 과학기술정보통신부 장관에 취임했다.",
    "배경훈 과학기술정보통신부 장관은 2025년 7월23일 국회 본회의에서 인사말을 했다.",
    "정부는 2030년까지 GPU 20만장을 구축할 계획이다.",
    "배경훈은 1976년 5월 서울에서 태어났다.",
)


def forget() -> None:
    """What this process has read: the next command reads as a new process would."""
    analysis.forget()


def db_file() -> Path:
    return cache.cache_dir() / cache._name(bundled_store_path())


def rows() -> list[tuple[str, str, str, int]]:
    conn = sqlite3.connect(db_file())
    try:
        return conn.execute("SELECT text, kind, data, crc FROM readings").fetchall()
    finally:
        conn.close()


def test_every_reading_of_the_bundled_store_comes_back_equal():
    from factcli.store.loader import load_store

    store = load_store(None, use_cache=False)
    seen = 0
    for fact in store.facts:
        for text in texts_of(fact):
            for kind, reading in (
                ("analysis", analysis.analyze_sentence(text)),
                ("values", analysis.values_of(text)),
                ("names", analysis.names_of(text, loose=True)),
            ):
                back = readings.decode(kind, text, readings.encode(kind, text, reading))
                assert back == reading and type(back) is type(reading), (kind, text)
                seen += 1
    assert seen > 1000


@pytest.mark.parametrize(
    ("kind", "data"),
    [
        ("analysis", "{}"),
        ("analysis", "[[], [], null, null, [], true]"),  # a field short
        (
            "analysis",
            '[[], [[0, 99, "done", null, [], false, false, null, null]], null, null, [], true, false]',
        ),
        (
            "values",
            '[["date", "2025", 0, 4, [2025, 13, null], null, null, false, null, null, null, []]]',
        ),
        ("values", '[["count", "3", 0, 1, null, "three", null, false, null, null, null, []]]'),
        ("values", '[["count", "3", 0, 1, null, 3, null, false, null, null, null, []]]'),
        ("values", '[["count", "3", "0", 1, null, "3", null, false, null, null, null, []]]'),
        ("names", '[["place", "서울", 0, 1]]'),
        ("names", '{"$c": "Fact", "v": []}'),
        ("names", "not json"),
        ("other", "[]"),
    ],
)
def test_a_reading_that_is_not_one_is_refused(kind: str, data: str):
    with pytest.raises(ValueError):
        readings.decode(kind, "서울에서 2025년", data)


def test_a_check_reads_the_facts_texts_once_then_from_the_cache(cli, monkeypatch):
    """The first check keeps the readings of its candidate facts' texts; the next one (a new
    process, as far as its memory goes) reads none of them again, and says the same."""
    first = [cli("check", c, "-f", "json", store=None) for c in CLAIMS]
    assert all(r.exit_code in (0, 1) for r in first)
    # ... every claim's, the first command's included (its cache had no readings yet)
    db = sqlite3.connect(db_file())
    try:
        db.execute("DROP TABLE readings")
        db.commit()
    finally:
        db.close()
    forget()
    draft = "\n\n".join(CLAIMS) + "\n"
    assert cli("check", "-", "-f", "json", input=draft, store=None).exit_code in (0, 1)
    kept = rows()
    assert {k for _t, k, _d, _c in kept} == set(readings.KINDS)
    assert all(dbcache.crc(t, k, d) == c for t, k, d, c in kept)
    fact_texts = {t for t, _k, _d, _c in kept}
    forget()
    read: list[str] = []
    real = analysis.clauses_of

    def counting(text, values=()):  # type: ignore[no-untyped-def]
        read.append(text)
        return real(text, values)

    monkeypatch.setattr(analysis, "clauses_of", counting)
    again = [cli("check", c, "-f", "json", store=None) for c in CLAIMS]
    assert [(r.exit_code, r.stdout) for r in again] == [(r.exit_code, r.stdout) for r in first]
    assert read and set(read) <= set(CLAIMS) and len(fact_texts) > 40  # the claims only
    forget()
    plain = [cli("--no-cache", "check", c, "-f", "json", store=None) for c in CLAIMS]
    assert [r.stdout for r in plain] == [r.stdout for r in first]


def damage(how: str) -> None:
    conn = sqlite3.connect(db_file())
    try:
        for text, kind, data, _crc in conn.execute(
            "SELECT text, kind, data, crc FROM readings"
        ).fetchall():
            if how == "flip":  # a byte flipped on disk: the row fails its check
                new, check = data.replace("[", "{", 1), _crc
            elif how == "garbage":  # a right checksum on what is not a reading
                new = json.dumps({"$c": "Fact", "v": [text]})
                check = dbcache.crc(text, kind, new)
            else:  # every date of every reading moved a year, checksum and all
                new = data.replace("[2025,", "[2024,")
                check = dbcache.crc(text, kind, new)
            conn.execute(
                "UPDATE readings SET data = ?, crc = ? WHERE text = ? AND kind = ?",
                (new, check, text, kind),
            )
        conn.commit()
    finally:
        conn.close()


@pytest.mark.parametrize("how", ["flip", "garbage"])
def test_a_damaged_reading_is_read_again(cli, how: str):
    """A row that fails its check, or is not a reading, costs speed only: the text is read
    again, the verdicts are --no-cache's, and the row is written right for next time."""
    plain = [cli("--no-cache", "check", c, "-f", "json", store=None).stdout for c in CLAIMS]
    forget()
    assert [cli("check", c, "-f", "json", store=None).stdout for c in CLAIMS] == plain
    damage(how)
    forget()
    assert [cli("check", c, "-f", "json", store=None).stdout for c in CLAIMS] == plain
    # The readings made again are written again, right (those not needed stay as they were).
    right = 0
    for text, kind, data, check in rows():
        try:
            readings.decode(kind, text, data)
        except ValueError:
            continue
        right += dbcache.crc(text, kind, data) == check
    assert right > 40


def test_a_cache_of_our_own_is_believed(cli):
    """The control: a lie with a right checksum in our own private cache is read (only its
    owner could have written it; tests/test_cache_trust.py shows others' caches are not)."""
    from factcli.store.loader import load_store
    from factcli.store.readings import recall

    cli("check", CLAIMS[0], "-f", "json", store=None)
    damage("lie")
    forget()
    store = load_store(None)
    fact = store.get("minister-inauguration-2025-07-17")
    assert fact is not None and "2025" in fact.statement
    recall(store, [fact])
    years = {v.date.year for v in analysis.analyze_sentence(fact.statement).values if v.date}
    assert years == {2024}


def test_nothing_is_kept_for_a_cache_built_by_other_code(cli, monkeypatch):
    """A cache file rebuilt meanwhile by another factcli is left alone."""
    from factcli.store import readings as kept

    cli("get", "bae-birth", "-f", "json", store=None)  # builds the cache
    real = kept._write

    def other_code(db, rows):  # type: ignore[no-untyped-def]
        db.meta = {**db.meta, "key": "another factcli"}
        real(db, rows)

    monkeypatch.setattr(kept, "_write", other_code)
    forget()
    cli("check", CLAIMS[0], "-f", "json", store=None)
    conn = sqlite3.connect(db_file())
    try:
        tables = {n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()
    assert "readings" not in tables


# --- the checks spelled out (text.readings) refuse and accept what the field-by-field ones did
def _reference_words(x):  # type: ignore[no-untyped-def]
    return frozenset(readings._str(w) for w in readings._list(x))


def _reference_value(x):  # type: ignore[no-untyped-def]
    r = readings
    fields = r._list(x, 17)
    f, t, s, e, date, amount, unit, approx, bound, high, role, events, beside = fields[:13]
    anchor, bound_at, reported, told = fields[13:]
    return analysis.Value(
        r._str(f),
        r._str(t),
        r._int(s),
        r._int(e),
        date=r._to_date(date),
        amount=r._to_number(amount),
        unit=r._opt_str(unit),
        approx=r._bool(approx),
        bound=r._opt_str(bound),
        high=r._to_number(high),
        role=r._opt_str(role),
        events=_reference_words(events),
        beside=r._bool(beside),
        anchor=r._to_date(anchor),
        bound_at=None if bound_at is None else tuple(r._int(i) for i in r._list(bound_at, 2)),
        reported=r._bool(reported),
        told=r._bool(told),
    )


def _reference_clause(x, text):  # type: ignore[no-untyped-def]
    r = readings
    s, e, certainty, marker, events, negated, ongoing, end_object, subject = r._list(x, 9)
    start, end = r._int(s), r._int(e)
    if not 0 <= start <= end <= len(text):
        raise TypeError("a clause outside its sentence")
    return analysis.Clause(
        start,
        end,
        text[start:end],
        r._str(certainty),
        r._opt_str(marker),
        _reference_words(events),
        r._bool(negated),
        r._bool(ongoing),
        r._opt_str(end_object),
        r._opt_str(subject),
    )


def _places(data, at=()):  # type: ignore[no-untyped-def]
    """Every place in nested lists, lists included."""
    yield at
    if isinstance(data, list):
        for n, item in enumerate(data):
            yield from _places(item, (*at, n))


def _put(data, at, new):  # type: ignore[no-untyped-def]
    if not at:
        return new
    copy = list(data)
    copy[at[0]] = _put(copy[at[0]], at[1:], new)
    return copy


OTHERS = [None, 0, 7, -1, 2025, "", "x", "2025", "done", True, False, [], ["x"], [1], 1.5]


def test_a_reading_is_refused_and_taken_as_the_field_by_field_checks_did(monkeypatch):
    import random

    from factcli.store.loader import load_store

    store = load_store(None, use_cache=False)
    texts = sorted({t for fact in store.facts for t in texts_of(fact)})
    rng = random.Random(7)

    def outcome(kind: str, text: str, data: object) -> object:
        try:
            return readings.decode(kind, text, json.dumps(data, ensure_ascii=False))
        except ValueError:
            return "refused"

    def reference(kind: str, text: str, data: object) -> object:
        with monkeypatch.context() as m:
            m.setattr(readings, "_to_value", _reference_value)
            m.setattr(readings, "_to_clause", _reference_clause)
            m.setattr(readings, "_words", _reference_words)
            return outcome(kind, text, data)

    compared = refused = 0
    for text in rng.sample(texts, 40):
        for kind, reading in (
            ("analysis", analysis.analyze_sentence(text)),
            ("values", analysis.values_of(text)),
        ):
            data = json.loads(readings.encode(kind, text, reading))
            assert outcome(kind, text, data) == reading
            for at in _places(data):
                for new in OTHERS:
                    changed = _put(data, at, new)
                    got = outcome(kind, text, changed)
                    assert got == reference(kind, text, changed), (kind, text, at, new)
                    compared += 1
                    refused += got == "refused"
    assert compared > 10_000 and 0 < refused < compared
