"""Compiled regular expressions kept by the cache (store.programs, text.patterns): a kept
program makes the very pattern re.compile makes, a check compiles none of them again, and
anything amiss with the row costs speed only."""

from __future__ import annotations

import re
import sqlite3
import zlib
from pathlib import Path

import pytest

from factcli.store import cache, programs
from factcli.store.files import bundled_store_path
from factcli.text import patterns

CLAIMS = (
    "배경훈 과학기술정보통신부 장관은 2025년 7월23일 국회 본회의에서 인사말을 했다.",
    "Bae earned his doctorate in electronic engineering from Kwangwoon University in 2006.",
    "정부는 2030년까지 GPU 20만장을 구축할 계획이다.",
)
TEXTS = (
    "배경훈은 2025년 7월 23일 과학기술정보통신부 장관에 취임했다고 밝혔다.",
    "LG AI연구원은 2024년 8월7일 엑사원 3.0을 오픈소스로 공개했다.",
    "In March 2025 Bae became chair of the committee, said the ministry (MSIT).",
)


def forget() -> None:
    """What this process compiled and read: the next command compiles as a new process
    would."""
    from factcli.text import analysis

    analysis.forget()
    for p in patterns.package_patterns():
        p._compiled = None
        p._pretest = None
    patterns._union.cache_clear()
    patterns._PROGRAMS.clear()
    patterns._MADE.clear()


def db_file() -> Path:
    return cache.cache_dir() / cache._name(bundled_store_path())


def kept_row() -> tuple[bytes, int]:
    conn = sqlite3.connect(db_file())
    try:
        (row,) = conn.execute("SELECT data, crc FROM programs").fetchall()
    finally:
        conn.close()
    return row  # type: ignore[no-any-return]


def test_every_pattern_of_the_package_comes_back_from_its_program():
    """The program kept for each pattern makes the pattern re.compile makes: source, flags,
    code, groups and their names, and so the same matches."""
    seen = 0
    for p in patterns.package_patterns():
        flags = int(p.flags)
        compiled = re.compile(p.pattern, flags)
        program = patterns._program(p.pattern, flags, compiled)
        assert program is not None, p.pattern
        patterns._PROGRAMS[:] = [{(p.pattern, flags): program}]
        try:
            patterns._MADE.clear()
            again = patterns._compile(p.pattern, flags)
            assert not patterns._MADE  # made from the program, not compiled
        finally:
            patterns._PROGRAMS.clear()
        assert again is not compiled and again == compiled
        assert (again.groups, again.groupindex, again.flags) == (
            compiled.groups,
            compiled.groupindex,
            compiled.flags,
        )
        for text in TEXTS:
            assert [m.span() for m in again.finditer(text)] == [
                m.span() for m in compiled.finditer(text)
            ]
        seen += 1
    assert seen > 200


def test_a_program_that_is_not_the_patterns_is_not_kept():
    compiled = re.compile("(?i)[가-힣]+취임")
    assert patterns._program("[가-힣]+취임", 0, compiled) is None  # other flags, other code


def test_a_check_compiles_its_patterns_once_then_reads_them_from_the_cache(cli, monkeypatch):
    forget()  # what earlier tests compiled and read
    first = [cli("check", c, "-f", "json", store=None) for c in CLAIMS]
    assert all(r.exit_code in (0, 1) for r in first)
    data, check = kept_row()
    assert zlib.crc32(data) == check
    kept = programs._decoded(data)
    assert kept is not None and len(kept) > 30
    forget()
    compiled: list[str] = []
    real = re.compile

    def counting(source, flags=0):  # type: ignore[no-untyped-def]
        compiled.append(source)
        return real(source, flags)

    def unread(source, flags=0):  # type: ignore[no-untyped-def]
        raise AssertionError(f"pre-test read: {source}")

    monkeypatch.setattr(patterns.re, "compile", counting)
    # Every pattern asked about has its program kept, compiled or not: none is pre-tested.
    monkeypatch.setattr(patterns, "known_pretest", unread)
    monkeypatch.setattr(patterns, "lead", unread)
    again = [cli("check", c, "-f", "json", store=None) for c in CLAIMS]
    assert [(r.exit_code, r.stdout) for r in again] == [(r.exit_code, r.stdout) for r in first]
    assert not set(compiled) & {source for source, _flags in kept}
    made = [p for p in patterns.package_patterns() if p._compiled is not None]
    assert len(made) > 30  # made again, from their programs
    monkeypatch.undo()
    forget()
    plain = [cli("--no-cache", "check", c, "-f", "json", store=None) for c in CLAIMS]
    assert [r.stdout for r in plain] == [r.stdout for r in first]


@pytest.mark.parametrize("how", ["flip", "garbage", "not a program"])
def test_a_damaged_row_costs_speed_only(cli, how: str):
    """A row that fails its check, holds something else, or a program _sre refuses: the
    patterns are compiled from their sources, the verdicts are the same, and the row is
    written right again."""
    plain = [cli("--no-cache", "check", c, "-f", "json", store=None).stdout for c in CLAIMS]
    forget()
    assert [cli("check", c, "-f", "json", store=None).stdout for c in CLAIMS] == plain
    data, check = kept_row()
    if how == "flip":
        data = bytes([data[0] ^ 1]) + data[1:]
    elif how == "garbage":
        data = b"\x07\x00\x00\x00not json"
        check = zlib.crc32(data)
    else:  # every program's code cut short, checksum and all: _sre refuses each
        kept = programs._decoded(data)
        assert kept
        data = programs.encoded({k: (p[0], p[1][:8], *p[2:]) for k, p in kept.items()})
        check = zlib.crc32(data)
    conn = sqlite3.connect(db_file())
    try:
        conn.execute("UPDATE programs SET data = ?, crc = ?", (data, check))
        conn.commit()
    finally:
        conn.close()
    forget()
    assert [cli("check", c, "-f", "json", store=None).stdout for c in CLAIMS] == plain
    data, check = kept_row()
    assert zlib.crc32(data) == check and len(programs._decoded(data) or {}) > 30


def test_programs_sent_by_a_forked_copy_are_kept(cli):
    """What a copy judging a draft's sentences compiled comes back as text (made_hex) and is
    written with this process's own; anything else sent is left."""
    forget()
    cli("check", CLAIMS[0], "-f", "json", store=None)
    forget()
    re_made = patterns.compile(r"(?<![가-힣])보냄(?:이|을)")
    assert re_made.search("보냄을 받았다") is not None
    sent = programs.made_hex()
    assert not patterns._MADE
    programs.add_sent("not hex")
    programs.add_sent(b"0001".hex())
    programs.add_sent(sent)
    assert set(programs._SENT) == {(re_made.pattern, 0)}
    from factcli.store.loader import load_store

    store = load_store(None)
    programs.attach(store)
    programs.keep(store)
    data, _check = kept_row()
    assert (re_made.pattern, 0) in (programs._decoded(data) or {})
    assert not programs._SENT


def _check_in_a_new_process(claim: str, cache_home: Path, seed: str) -> None:
    import os
    import subprocess
    import sys

    env = {**os.environ, "XDG_CACHE_HOME": str(cache_home), "PYTHONHASHSEED": seed}
    done = subprocess.run(
        [sys.executable, "-m", "factcli", "check", claim, "-f", "json"],
        env=env,
        capture_output=True,
        timeout=120,
    )
    assert done.returncode in (0, 1), done.stderr


def _files(cache_home: Path, suffix: str) -> list[Path]:
    return sorted((cache_home / "factcli").glob(f"store-*.db{suffix}"))


def test_a_second_process_compiles_no_pattern_the_first_kept(tmp_path: Path):
    """A pattern built from the store's names is the same in every process (not in the order
    of a set, which differs with the hash seed): kept once, never made or written again."""
    claim = (
        "배경훈은 국회에 제출된 인사청문 자료에서 2025년 기준 자신과 배우자, 자녀 명의 재산으로 "
        "총 36억9767만 원을 신고했다."
    )
    _check_in_a_new_process(claim, tmp_path, "1")
    (db,) = _files(tmp_path, "")

    def row() -> bytes:
        conn = sqlite3.connect(db)
        try:
            return conn.execute("SELECT data FROM programs").fetchone()[0]  # type: ignore[no-any-return]
        finally:
            conn.close()

    first = row()
    for seed in ("2", "3"):
        _check_in_a_new_process(claim, tmp_path, seed)
        assert row() == first


def test_the_cache_files_wal_stays_small_however_many_claims_are_checked(tmp_path: Path):
    """Each command's rows are copied from the WAL into the file once it has stopped reading:
    the WAL starts again and is cut back, where it grew ~600 KB a new claim (7 MB after 12)."""
    from factcli.store.dbcache import WAL_LIMIT

    claims = [
        "배경훈 장관은 2025년 7월 17일 취임했다.",
        "정부는 2028년까지 GPU 5만장을 확보하기로 했다.",
        "서초구 아파트는 41억5천만 원에 매매됐다.",
        "엑사원 3.0은 2024년 8월 7일 오픈소스로 공개됐다.",
        "LG AI연구원은 2020년 12월 7일 출범했다.",
        "배경훈은 2023년 은탑산업훈장을 받았다.",
        "장녀는 증여세로 776만 원을 냈다.",
        "H200 2천 장 정도가 필요하다.",
        "과태료 부과는 최소 1년 이상 유예된다.",
        "Bae earned his doctorate from Kwangwoon University in 2006.",
        "LG AI Research unveiled EXAONE 2.0 on July 19, 2023.",
        "부모의 2024년 연금 수령액은 936만8310원이었다.",
    ]
    for claim in claims:
        _check_in_a_new_process(claim, tmp_path, "0")
    (wal,) = _files(tmp_path, "-wal")
    assert wal.stat().st_size <= 2 * WAL_LIMIT


def test_a_kept_pattern_is_not_made_for_a_text_its_pre_test_rules_out(cli, monkeypatch):
    """The pre-test kept beside a program tells a text it cannot match without making the
    pattern (nor reading the table of pre-tests); a text that can is matched as compiled."""
    forget()
    assert cli("check", CLAIMS[0], "-f", "json", store=None).exit_code in (0, 1)
    forget()

    def unread(source, flags=0):  # type: ignore[no-untyped-def]
        raise AssertionError(f"pre-test read from the table: {source}")

    from factcli.store.loader import load_store

    programs.attach(load_store(None))
    kept = patterns._programs()
    monkeypatch.setattr(patterns, "known_pretest", unread)
    worded = next(
        p
        for p in patterns.package_patterns()
        if (p.pattern, p.flags) in kept
        and patterns._KEPT_PRETESTS.get((p.pattern, p.flags), patterns._NO_PRETEST)[0]
        and not p.flags
    )
    word = sorted(patterns._KEPT_PRETESTS[(worded.pattern, 0)][0])[0]
    assert worded.search("0123 ---") is None
    assert worded._compiled is None  # ruled out: not made
    text = f"{word} {word}"
    assert (worded.search(text) is None) == (re.search(worded.pattern, text) is None)
    assert worded._compiled is not None  # made from its program, to answer
    forget()


def test_a_kept_row_makes_only_the_programs_asked_for(cli):
    """The row's entries are checked and made one by one as patterns ask for them; the rest
    stay as read, and all of them are made when the row is written again (items)."""
    forget()
    assert cli("check", CLAIMS[0], "-f", "json", store=None).exit_code in (0, 1)
    data, _check = kept_row()
    kept = programs._decoded(data, {})
    assert kept is not None
    total = len(kept)
    key = next(iter(kept.raw))
    assert kept.get(key) is not None and len(kept.raw) == total - 1  # one made
    assert kept.get(("no such source", 0)) is None
    assert len(dict(kept.items())) == total and not kept.raw  # every one, for writing
    # An entry that fails its check is no program; the others are made as before.
    at, entry = next(iter(programs._decoded(data).raw.values()))
    broken = programs._decoded(data)
    assert broken is not None
    first = next(iter(broken.raw))
    broken.raw[first] = (at, [*entry[:2], "not a flag", *entry[3:]])
    assert broken.get(first) is None and len(dict(broken.items())) == total - 1
    forget()


def test_a_kept_pre_test_is_read_without_making_its_program(cli):
    """pretest_of answers from the entry as read: the program stays unmade (a check asks
    about ~480 patterns, most of which cannot match its text); a bad pre-test is none."""
    forget()
    assert cli("check", CLAIMS[0], "-f", "json", store=None).exit_code in (0, 1)
    data, _check = kept_row()
    kept = programs._decoded(data, {})
    assert kept is not None
    total = len(kept.raw)
    worded = next(k for k, (_at, entry) in kept.raw.items() if entry[7] and entry[7][0])
    known, needs = kept.pretest_of(worded)
    assert known and needs[0] == frozenset(kept.raw[worded][1][7][0])
    assert len(kept.raw) == total  # nothing made
    assert kept.pretest_of(("no such source", 0)) == (False, None)
    at, entry = kept.raw[worded]
    kept.raw[worded] = (at, [*entry[:7], ["not", "a", "pre-test", "list"]])
    assert kept.pretest_of(worded) == (False, None)
    forget()
