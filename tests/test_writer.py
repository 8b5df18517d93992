"""factcli.store.writer: ids, fact blocks, and appending to a store file without touching its bytes."""

from __future__ import annotations

import errno
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from factcli.errors import StoreError
from factcli.store import writer
from factcli.store.loader import bundled_store_path, display_name, read_store
from factcli.store.model import Problem
from factcli.store.schema import FACT_FIELDS, SLUG
from factcli.store.writer import append_fact, fact_yaml, new_fact_id, slugify, store_validator
from factcli.store.yamlio import parse

REPO = Path(__file__).resolve().parent.parent

HEAD = """\
# A store file with comments and odd formatting, which an append must not touch.
subjects:
- {id: exaone, name: 엑사원, name_en: EXAONE}   # flow style, indentless
sources:
    - id: doc
      title:   "A title"     # extra spaces
facts:
  # the first fact
  - id: first
    subject: exaone
    kind: date
    date: '2020-12-07'
    statement: >-
      엑사원 연구 개발이
      시작됐다.
    statement_en: EXAONE research began.
    tags:
      - exaone
    sources: [{doc: doc, quote: 'a quote'}]
# a trailing comment, no blank line after it"""


def raw_fact(fact_id: str = "new-fact", **extra: object) -> dict[str, object]:
    raw: dict[str, object] = {
        "id": fact_id,
        "subject": "exaone",
        "kind": "count",
        "statement": "엑사원은 총 6가지 버전이 나왔다.",
        "statement_en": "Six versions of EXAONE have been released.",
        "value": 6,
        "unit": "version",
        "date": "2025",
        "tags": ["exaone", "버전"],
        "sources": [{"doc": "doc", "quote": "총 6가지 버전: “따옴표”"}],
    }
    return raw | extra


def temp_files(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if p.name.endswith(".tmp"))


@pytest.fixture
def store_file(tmp_path: Path) -> Path:
    path = tmp_path / "exaone.yaml"
    path.write_text(HEAD + "\n", encoding="utf-8")
    return path


def deny_writes(monkeypatch: pytest.MonkeyPatch, directory: Path) -> None:
    """Make `directory` read-only; as root (where chmod stops nothing) simulate it."""
    directory.chmod(0o555)
    probe = directory / ".probe"
    try:
        probe.touch()
    except PermissionError:
        return
    probe.unlink()

    def refuse(*_: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    real_open, real_replace = os.open, os.replace

    def fake_open(path, flags, *args, **kwargs):  # type: ignore[no-untyped-def]
        p = Path(os.fspath(path))
        if p.parent == directory and flags & os.O_CREAT and not p.exists():
            refuse()
        return real_open(path, flags, *args, **kwargs)

    def fake_replace(src, dst, *args, **kwargs):  # type: ignore[no-untyped-def]
        if Path(os.fspath(dst)).parent == directory:
            refuse()
        return real_replace(src, dst, *args, **kwargs)

    monkeypatch.setattr(os, "open", fake_open)
    monkeypatch.setattr(os, "replace", fake_replace)


def test_slugify_english_words() -> None:
    text = "Bae Kyung-hoon received his letter of appointment on July 23, 2025."
    assert slugify(text) == "bae-kyung-hoon-received-letter-appointment"
    assert slugify("Café Über's GPU target") == "cafe-uber-gpu-target"


def test_slugify_korean_falls_back_to_kind_and_hash() -> None:
    slug = slugify("엑사원은 LG AI연구원에서 개발한 모델이다.", fallback="text")
    assert slug.startswith("text-") and len(slug) == len("text-") + 8
    assert slug == slugify("엑사원은 LG AI연구원에서 개발한 모델이다.", fallback="text")
    assert slugify("", fallback="date").startswith("date-")


@given(st.text())
def test_slugify_always_gives_a_valid_id(text: str) -> None:
    slug = slugify(text)
    assert SLUG.match(slug) and len(slug) <= 48


def test_new_fact_id_appends_a_counter() -> None:
    assert new_fact_id({"a"}, "b") == "b"
    assert new_fact_id({"a", "a-2"}, "a") == "a-3"
    store, _ = read_store(bundled_store_path())
    assert store is not None
    assert new_fact_id(store, store.facts[0].id) == f"{store.facts[0].id}-2"


def test_fact_yaml_block_style() -> None:
    long = "배경훈" + " 아주 긴 문장이다" * 30
    block = fact_yaml(raw_fact(statement=long, note=None, approx=True))
    lines = block.splitlines()
    assert lines[0] == "  - id: new-fact"
    assert all(line.startswith("    ") for line in lines[1:])
    keys = [line.split(":")[0].strip() for line in lines[1:] if line[4] != " "]
    order = [k for k in FACT_FIELDS if k in keys]
    assert keys == order  # schema order; note (None) dropped
    assert '    date: "2025"' in lines
    assert "    tags: [exaone, 버전]" in lines
    assert '        quote: "총 6가지 버전: “따옴표”"' in lines
    assert f"    statement: {long}" in lines  # plain, on one line: not folded
    assert len([ln for ln in lines if "아주 긴" in ln]) == 1  # not folded
    assert "\\u" not in block  # Korean not escaped


@settings(max_examples=200)
@given(
    st.text(),
    st.text(min_size=1),
    st.one_of(st.integers(0, 10**15), st.text()),
    st.lists(st.text(min_size=1), min_size=1),
)
def test_fact_yaml_round_trips(statement: str, quote: str, value: object, tags: list[str]) -> None:
    # U+2028 and U+0085 once came back as spaces: allow_unicode wrote them raw.
    raw = raw_fact(statement=statement, value=value, tags=tags, note=statement + quote)
    raw["sources"] = [{"doc": "d", "quote": quote}]
    doc, problem = parse("facts:\n" + fact_yaml(raw), "x.yaml")
    assert problem is None
    assert doc["facts"] == [raw]


def test_append_keeps_every_byte(store_file: Path) -> None:
    old = store_file.read_bytes()
    append_fact(store_file, raw_fact())
    new = store_file.read_bytes()
    assert new.startswith(old)
    assert new[len(old) :].decode() == "\n" + fact_yaml(raw_fact())
    store, problems = read_store(store_file)
    assert problems == []
    assert store is not None
    assert [f.id for f in store.facts] == ["first", "new-fact"]
    assert store.get("new-fact").value == 6  # type: ignore[union-attr]


def test_append_without_final_newline_only_adds(tmp_path: Path) -> None:
    path = tmp_path / "f.yaml"
    path.write_bytes(HEAD.encode())  # no newline at the end
    append_fact(path, raw_fact())
    assert path.read_bytes().startswith(HEAD.encode() + b"\n")
    assert read_store(path)[1] == []


def test_append_keeps_crlf_and_indentless_lists(tmp_path: Path) -> None:
    path = tmp_path / "f.yaml"
    old = HEAD.replace("\n  ", "\n").replace("\n", "\r\n") + "\r\n"
    path.write_bytes(old.encode())
    append_fact(path, raw_fact())
    new = path.read_bytes().decode()
    assert new.startswith(old)
    assert "\r\n- id: new-fact\r\n  subject: exaone\r\n" in new
    assert "\n" not in new.replace("\r\n", "")
    store, problems = read_store(path)
    assert problems == [] and store is not None and len(store.facts) == 2


def test_append_creates_a_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "new.yaml"
    append_fact(path, raw_fact())
    assert path.read_text(encoding="utf-8") == "facts:\n" + fact_yaml(raw_fact())
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~_umask()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_append_to_an_empty_facts_list(tmp_path: Path) -> None:
    path = tmp_path / "f.yaml"
    path.write_text("# only a comment\nfacts:   # none yet\n", encoding="utf-8")
    append_fact(path, raw_fact())
    assert yaml.safe_load(path.read_text(encoding="utf-8"))["facts"] == [raw_fact()]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("facts:\n  - id: a\nsources: []\n", "must be the last key, not 'sources'"),
        ("facts: []\n", "write `facts:` alone on its line"),
        ("facts:\n  - id: [\n", "cannot append to"),
        ("- a\n- b\n", "not a mapping"),
        ("facts:\n  - id: a\n...\n", "would not parse"),
    ],
)
def test_append_refuses_a_file_it_cannot_extend(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "f.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(StoreError, match=message.replace("[", r"\[")):
        append_fact(path, raw_fact())
    assert path.read_text(encoding="utf-8") == text
    assert temp_files(tmp_path) == []


def test_a_problem_from_validate_changes_nothing(store_file: Path) -> None:
    old = store_file.read_bytes()
    seen: list[str] = []

    def validate(candidate: Path) -> list[Problem]:
        seen.append(candidate.read_text(encoding="utf-8"))
        return [Problem("f.yaml", 3, "bad"), Problem("f.yaml", 4, "worse")]

    with pytest.raises(StoreError, match=r"^fact not added: f\.yaml:3: bad \(and 1 more\)$"):
        append_fact(store_file, raw_fact(), validate=validate)
    assert seen and seen[0].startswith(old.decode()) and "new-fact" in seen[0]
    assert store_file.read_bytes() == old
    assert temp_files(store_file.parent) == []


def test_store_validator_checks_the_whole_store(tmp_path: Path) -> None:
    root = tmp_path / "facts"
    shutil.copytree(bundled_store_path(), root)
    target = root / "exaone.yaml"
    old = target.read_bytes()
    taken = next(f for f in read_store(root)[0].facts if f.file.endswith("career.yaml"))  # type: ignore[union-attr]
    raw = raw_fact(taken.id, sources=[{"doc": "whois-bae", "quote": "엑사원"}])
    with pytest.raises(StoreError, match="duplicate fact id") as info:
        append_fact(target, raw, validate=store_validator(root, target))
    assert "exaone.yaml" in str(info.value) and "career.yaml" in str(info.value)
    assert "factcli-check" not in str(info.value)  # names of the real files, not the mirror
    assert target.read_bytes() == old

    new = root / "sub" / "new.yaml"
    new.parent.mkdir()
    append_fact(new, raw | {"id": "brand-new"}, validate=store_validator(root, new))
    store, problems = read_store(root)
    assert problems == [] and store is not None and store.get("brand-new") is not None
    with pytest.raises(StoreError, match="unknown subject 'nobody'"):
        append_fact(
            new, raw | {"id": "other", "subject": "nobody"}, validate=store_validator(root, new)
        )


WORKER = """
import sys
from pathlib import Path
from factcli.store.loader import read_store
from factcli.store.writer import append_fact
path, i = Path(sys.argv[1]), sys.argv[2]
raw = {"id": f"fact-{i}", "subject": "exaone", "kind": "count", "value": int(i), "unit": "item",
       "statement": f"사실 {i}", "statement_en": f"Fact {i}", "tags": ["test"],
       "sources": [{"doc": "doc", "quote": "a quote"}]}
append_fact(path, raw, validate=lambda candidate: read_store(candidate)[1])
"""


def test_concurrent_appends_all_land_once(store_file: Path) -> None:
    old = store_file.read_bytes()
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WORKER, str(store_file), str(i)],
            cwd=REPO,
            env=env,
            stderr=subprocess.PIPE,
            text=True,
        )
        for i in range(20)
    ]
    for proc in procs:
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
    assert store_file.read_bytes().startswith(old)
    store, problems = read_store(store_file)
    assert problems == [] and store is not None
    ids = [f.id for f in store.facts]
    assert len(ids) == 21 and set(ids) == {"first"} | {f"fact-{i}" for i in range(20)}
    assert temp_files(store_file.parent) == []


@pytest.mark.parametrize("call", ["replace", "fsync"])
def test_a_failed_write_leaves_the_file_as_it_was(
    store_file: Path, monkeypatch: pytest.MonkeyPatch, call: str
) -> None:
    old = store_file.read_bytes()

    def no_space(*_: object, **__: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, call, no_space)
    with pytest.raises(StoreError) as info:
        append_fact(store_file, raw_fact())
    assert str(info.value) == f"{display_name(store_file)}: cannot write: No space left on device"
    assert store_file.read_bytes() == old
    assert temp_files(store_file.parent) == []


def test_a_read_only_directory(store_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    old = store_file.read_bytes()
    directory = store_file.parent
    deny_writes(monkeypatch, directory)
    try:
        with pytest.raises(StoreError, match=r"exaone\.yaml: cannot write: Permission denied$"):
            append_fact(store_file, raw_fact())
    finally:
        directory.chmod(0o755)
    assert store_file.read_bytes() == old
    assert temp_files(directory) == []


def test_a_read_only_file(store_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    old = store_file.read_bytes()
    store_file.chmod(0o444)
    if os.access(store_file, os.W_OK):  # root: simulate what a user would see
        real_access = os.access
        monkeypatch.setattr(
            os, "access", lambda p, mode: False if Path(p) == store_file else real_access(p, mode)
        )
    with pytest.raises(StoreError, match="cannot write: Permission denied"):
        append_fact(store_file, raw_fact())
    assert store_file.read_bytes() == old
    assert temp_files(store_file.parent) == []


def test_append_keeps_the_file_mode_and_follows_symlinks(store_file: Path) -> None:
    store_file.chmod(0o640)
    link = store_file.with_name("link.yaml")
    link.symlink_to(store_file.name)
    append_fact(link, raw_fact())
    assert link.is_symlink()
    assert stat.S_IMODE(store_file.stat().st_mode) == 0o640
    assert "new-fact" in store_file.read_text(encoding="utf-8")


def test_atomic_output_cleans_up_on_error(tmp_path: Path) -> None:
    path = tmp_path / "out.txt"
    path.write_text("old")
    with pytest.raises(RuntimeError), writer.atomic_output(path) as tmp:
        tmp.write_text("new")
        raise RuntimeError
    assert path.read_text() == "old"
    assert temp_files(tmp_path) == []


def test_a_value_yaml_cannot_hold_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "f.yaml"
    with pytest.raises(StoreError, match="tags: cannot write a set"):
        append_fact(path, raw_fact(tags={"a", "b"}))
    assert list(tmp_path.iterdir()) == []
