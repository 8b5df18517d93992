"""Output that cannot be turned against the reader, and bounded work for any input.

Every case runs through the command line on a store whose facts hold hostile characters:
control characters, a clipboard-writing OSC 52, bidi overrides and isolates, zero-width
characters, and cells a spreadsheet would run as formulas.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import write_store
from tests.test_reliability import assert_one_line_error, deadline

REPO = Path(__file__).resolve().parent.parent

# In YAML double quotes: tab, LF, CR, an OSC 52 clipboard write ending in BEL, a CSI, DEL,
# RLO (U+202E), LRI and PDI (U+2066, U+2069), ZWSP and BOM.
HOSTILE_YAML = (
    r"장관이다\tforged\ncolumn\r\e]52;c;aGk=\a \x9b2J\x7f \u202e역순\u2066\u2069\u200b\ufeff끝"
)
HOSTILE = (
    "장관이다\tforged\ncolumn\r\x1b]52;c;aGk=\x07 \x9b2J\x7f \u202e역순\u2066\u2069\u200b\ufeff끝"
)
# Formula cells (OWASP): after blanks a spreadsheet trims, and tab or CR first.
FORMULAS = {
    "space": " =HYPERLINK(1)",
    "nbsp": "\u00a0+1+1",
    "zwsp": "\u200b@SUM(1)",
    "bom": "\ufeff-2+3",
    "tab": "\t=1",
    "cr": "\r=1",
    "plain": "=1+1",
}
FORMULAS_YAML = {
    "space": " =HYPERLINK(1)",
    "nbsp": r"\u00a0+1+1",
    "zwsp": r"\u200b@SUM(1)",
    "bom": r"\ufeff-2+3",
    "tab": r"\t=1",
    "cr": r"\r=1",
    "plain": "=1+1",
}
OBEYED = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200b\u200e\u200f\u2028-\u202e\u2060-\u2069\ufeff]"
)


def _store_text() -> str:
    facts = [
        f"""\
  - id: hostile
    subject: bae
    kind: text
    value: "값 {HOSTILE_YAML}"
    date: "2025"
    statement: "배경훈은 {HOSTILE_YAML}"
    statement_en: "Bae, \\"quoted\\"\\rCR only"
    tags: [evil]
    sources:
      - {{doc: src, quote: "장관이다\\n둘째 줄"}}
"""
    ]
    for name, value in FORMULAS_YAML.items():
        facts.append(
            f"""\
  - id: formula-{name}
    subject: bae
    kind: text
    value: "{value}"
    date: "2024"
    statement: "배경훈은 수식 {name} 칸을 썼다."
    statement_en: "Formula {name}."
    tags: [formula]
    sources:
      - {{doc: src, quote: 수식}}
"""
        )
    return f"""\
subjects:
  - id: bae
    name: 배경훈
    name_en: Bae Kyung-hoon
sources:
  - id: src
    title: "제목 {HOSTILE_YAML}"
facts:
{"".join(facts)}"""


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    return write_store(tmp_path / "hostile", {"facts.yaml": _store_text()})


def test_the_hostile_store_is_valid_and_keeps_its_text(cli, hostile):
    assert cli("validate", "--no-examples", store=hostile).exit_code == 0
    fact = json.loads(cli("get", "hostile", "-f", "json", store=hostile).stdout)
    assert fact["statement"] == "배경훈은 " + HOSTILE
    assert fact["value"] == "값 " + HOSTILE


# --- piped: data formats keep the data exact, and no value forges a row or a column --------


def test_csv_keeps_every_value_exact_and_quotes_cr_and_lf(cli, hostile):
    out = cli("list", "--sort", "id", "-f", "csv", store=hostile).stdout
    rows = list(csv.reader(io.StringIO(out, newline="")))
    header, body = rows[0], rows[1:]
    assert len(body) == 1 + len(FORMULAS) and all(len(r) == len(header) for r in body)
    row = dict(zip(header, body[[r[0] for r in body].index("hostile")], strict=True))
    assert row["statement"] == "배경훈은 " + HOSTILE
    assert row["statement_en"] == 'Bae, "quoted"\rCR only'
    # A CR alone is quoted too (Python's csv with "\n" line ends leaves it bare).
    assert '"Bae, ""quoted""\rCR only"' in out


def test_csv_guards_formulas_after_blanks_tabs_and_crs(cli, hostile):
    out = cli("list", "--tag", "formula", "-f", "csv", store=hostile).stdout
    rows = list(csv.DictReader(io.StringIO(out, newline="")))
    values = {r["id"].removeprefix("formula-"): r["value"] for r in rows}
    assert values == {name: "'" + value for name, value in FORMULAS.items()}


def test_export_csv_quotes_and_guards_the_same_way(cli, hostile, tmp_path):
    target = tmp_path / "out.csv"
    assert cli("export", "-f", "csv", "-o", str(target), store=hostile).exit_code == 0
    rows = list(csv.DictReader(io.StringIO(target.read_bytes().decode(), newline="")))
    by_id = {r["id"]: r for r in rows}
    assert by_id["hostile"]["statement"] == "배경훈은 " + HOSTILE
    assert by_id["hostile"]["statement_en"] == 'Bae, "quoted"\rCR only'
    assert {k: by_id[f"formula-{k}"]["value"] for k in FORMULAS} == {
        k: "'" + v for k, v in FORMULAS.items()
    }


def _tsv_unescape(cell: str) -> str:
    names = {"\\": "\\", "t": "\t", "n": "\n", "r": "\r"}
    return re.sub(r"\\(.)", lambda m: names[m.group(1)], cell)


def test_tsv_escapes_tabs_and_newlines_one_row_per_line(cli, hostile):
    out = cli("list", "--sort", "id", "-f", "tsv", store=hostile).stdout
    lines = out.split("\n")
    assert lines[-1] == "" and len(lines) - 1 == 2 + len(FORMULAS)  # header + facts
    header = lines[0].split("\t")
    rows = [line.split("\t") for line in lines[1:-1]]
    assert all(len(r) == len(header) for r in rows)
    row = dict(zip(header, next(r for r in rows if r[0] == "hostile"), strict=True))
    assert "\r" not in out
    assert _tsv_unescape(row["statement"]) == "배경훈은 " + HOSTILE
    assert _tsv_unescape(row["sources"]) == "src: 장관이다\n둘째 줄"


@pytest.mark.parametrize(
    "argv",
    [["list"], ["search", "장관이다"], ["get", "hostile"], ["timeline"], ["sources"]],
    ids=["list", "search", "get", "timeline", "sources"],
)
def test_plain_values_cannot_forge_lines_or_columns(cli, hostile, argv):
    out = cli(*argv, "-f", "plain", store=hostile).stdout
    assert out and not OBEYED.search(out), out
    lines = out.splitlines()
    if argv[0] == "get":
        assert len(lines) == len([x for x in lines if re.match(r"^[a-z_]+: ", x)])
        assert any(x == "statement: 배경훈은 " + _shown(HOSTILE) for x in lines), lines
        return
    widths = {len(x.split("\t")) for x in lines}
    assert len(widths) == 1, lines  # no value added a column
    assert len(lines) == {"list": 8, "search": 1, "timeline": 8, "sources": 1}[argv[0]]
    if argv[0] != "sources":
        assert any(_shown(HOSTILE) in x for x in lines), lines


def _shown(text: str) -> str:
    """What `ls`-style escaping shows for HOSTILE."""
    return (
        text.replace("\t", "\\t")
        .replace("\n", "\\n")
        .replace("\r", "\\r")
        .replace("\x1b", "\\x1b")
        .replace("\x07", "\\x07")
        .replace("\x9b", "\\x9b")
        .replace("\x7f", "\\x7f")
        .replace("\u202e", "\\u202e")
        .replace("\u2066", "\\u2066")
        .replace("\u2069", "\\u2069")
        .replace("\u200b", "\\u200b")
        .replace("\ufeff", "\\ufeff")
    )


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_json_writes_bidi_and_invisible_characters_as_escapes(cli, hostile, fmt):
    out = cli("list", "-f", fmt, store=hostile).stdout
    assert not OBEYED.search(out.replace("\n", ""))
    for escape in ("\\u202e", "\\u2066", "\\u2069", "\\u200b", "\\ufeff", "\\u001b", "\\u009b"):
        assert escape in out, escape
    rows = json.loads(out) if fmt == "json" else [json.loads(x) for x in out.splitlines()]
    assert next(r for r in rows if r["id"] == "hostile")["statement"] == "배경훈은 " + HOSTILE


def test_every_escaped_character_is_unprintable_and_no_line_break():
    # escape_invisible skips its class for a text whose lines are all printable
    from factcli.interfaces import render

    assert render.INVISIBLE and not any(c.isprintable() for c in render.INVISIBLE)
    assert "\n" not in render.INVISIBLE
    for text in ["배경훈\n장관", "a\u202eb", "x\n\u200b", "\ufeff", "plain"]:
        assert render.escape_invisible(text) == text.translate(render._JSON_UNSAFE)


# --- on a terminal: every format shows what a terminal would obey --------------------------


@pytest.fixture
def on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("factcli.interfaces.render.is_terminal", lambda stream: True)


SGR = re.compile(r"\x1b\[[0-9;]*m")  # colour and bold: what rich itself writes


# How each format writes ESC ] 52 ... BEL, U+202E, U+2066, ZWSP and BOM on a terminal.
SHOWN = {
    "json": ("\\u001b]52;c;aGk=\\u0007", "\\u202e", "\\u2066", "\\u200b", "\\ufeff"),
    "yaml": ("\\e]52;c;aGk=\\a", "\\u202e", "\\u2066", "\\u200b", "\\uFEFF"),
}
SHOWN["jsonl"] = SHOWN["json"]


@pytest.mark.parametrize("fmt", ["table", "plain", "csv", "tsv", "json", "jsonl", "yaml"])
@pytest.mark.parametrize("argv", [["list"], ["get", "hostile"], ["search", "장관이다"]])
def test_on_a_terminal_every_format_shows_controls(
    cli, hostile, on_a_terminal, monkeypatch, fmt, argv
):
    monkeypatch.setenv("COLUMNS", "2000")  # no folded cells: each escape stays whole
    out = SGR.sub("", cli(*argv, "-f", fmt, store=hostile).stdout)
    assert out
    shown = out.replace("\n", "").replace("\t", "") if fmt in ("tsv", "plain") else out
    assert not OBEYED.search(shown.replace("\n", "")), (fmt, out)
    expected = SHOWN.get(fmt, ("\\x1b]52;c;aGk=\\x07", "\\u202e", "\\u2066", "\\u200b", "\\ufeff"))
    for escape in expected:
        assert escape in out, (fmt, escape, out)


def test_on_a_terminal_export_to_stdout_shows_controls(cli, hostile, on_a_terminal):
    out = cli("export", "-f", "csv", "-o", "-", store=hostile).stdout
    assert not OBEYED.search(out.replace("\r\n", "")), out
    assert "\\x1b]52" in out and "\\u202e" in out


def test_error_messages_show_bidi_and_controls(cli, tmp_path):
    name = tmp_path / "draft\u202eexe.md\x1b]0;x\x07"
    result = cli("check", "--file", str(name))
    assert_one_line_error(result, "\\u202e", "\\x1b]0;x\\x07")


@pytest.mark.parametrize(
    "argv",
    [
        ["search", "x", "--bogus\x1b]0;title\x07"],  # the fast path hands it to Typer
        ["list", "--bogus\x1b]0;title\x07\u202e"],
        ["--bogus\x1b]0;title\x07", "list"],  # before the command: the root's message
    ],
)
def test_an_unknown_option_cannot_drive_the_terminal(cli, argv):
    # Click names an unknown option as typed (ESC and BEL here set the terminal's title).
    result = cli(*argv)
    assert_one_line_error(result, "no such option: --bogus\\x1b]0;title\\x07")
    assert not OBEYED.search(result.stderr), result.stderr


WEIRD = st.text(
    st.sampled_from("\x1b\x07\x08\r\x7f\x9b\u202e\u2066\u200b\ufeff]0;[=-x배1"),
    min_size=1,
    max_size=6,
)
READ_ONLY = ["get", "search", "list", "timeline", "cite", "check", "stats", "stale", "sources"]
TOKENS = ["-n", "--limit", "-f", "--format", "--field", "--kind", "--tag", "--since", "--as-of",
          "--older-than", "--sort", "--color", "--", "-", "json", "csv", "3", "x"]  # fmt: skip


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    command=st.sampled_from(READ_ONLY),
    rest=st.lists(
        st.one_of(
            st.sampled_from(TOKENS),
            WEIRD,
            WEIRD.map(lambda t: "--" + t),  # an option name as typed: Click quotes no value
            WEIRD.map(lambda t: "-" + t),
        ),
        max_size=4,
    ),
)
def test_no_argv_puts_a_control_character_in_an_error(cli, command, rest):
    result = cli(command, *rest)
    assert result.exit_code in (0, 1, 2), result
    assert "internal error" not in result.stderr and "Traceback" not in result.stderr
    assert not OBEYED.search(result.stderr), result.stderr


# --- GitHub annotations: nothing starts a workflow command of its own ----------------------

CONTRADICTED = "배경훈은 재산으로 총 51억 원을 신고했다.\n"


def test_github_annotations_escape_file_names_and_messages(cli, tmp_path):
    store = write_store(
        tmp_path / "store",
        {
            "facts.yaml": """\
subjects:
  - id: bae
    name: 배경훈
    name_en: Bae Kyung-hoon
sources:
  - id: src
    title: 제목
facts:
  - id: assets-total
    subject: bae
    kind: amount
    value: 3697670000
    unit: KRW
    date: "2025"
    statement: "배경훈은 재산으로 총 36억9767만 원을 신고했다."
    statement_en: "Bae declared 3,697,670,000 won.\\n::error file=x::forged"
    tags: [assets]
    sources:
      - {doc: src, quote: "총 36억9767만 원을 신고했다."}
"""
        },
    )
    name = tmp_path / "a\n::warning file=README.md,line=1::forged,b:c%25.md"
    name.write_text(CONTRADICTED + "배경훈은 100% 취임했다.\n", encoding="utf-8")
    out = cli("check", "--file", str(name), "-f", "github", "--strict", store=store).stdout
    lines = out.splitlines()
    assert len(lines) == 2 and all(x.startswith(("::error ", "::notice ")) for x in lines), out
    assert "::warning" not in out and "\r" not in out
    for line in lines:
        # The runner splits properties at ",", each at its first "=", the message at "::".
        props = line.split(" ", 1)[1].split("::", 1)[0]
        keys = [p.split("=", 1)[0] for p in props.split(",")]
        assert keys == ["file", "line", "col", "title"], line
        file = props.split(",", 1)[0].removeprefix("file=")
        assert file.endswith(
            "/a%0A%3A%3Awarning file=README.md%2Cline=1%3A%3Aforged%2Cb%3Ac%2525.md"
        )
    assert lines[0].startswith("::error ") and ",line=1," in lines[0]
    assert lines[1].startswith("::error ") and ",line=2," in lines[1]  # --strict
    assert "배경훈은 100%25 취임했다" in lines[1]
    # A claim given on the command line may hold CR and LF: they stay inside the message
    # (the claim's lines are read as one text, as a paragraph's: each line end is a space).
    claim = "배경훈은 재산으로 총 51억 원을\r\n::warning file=x::forged\n신고했다."
    out = cli("check", claim, "-f", "github", store=store).stdout
    assert out.count("\n") == 1 and out.startswith("::error ") and "\r" not in out, out
    assert "원을 ::warning file=x::forged 신고했다" in out


# --- bounded work ---------------------------------------------------------------------------


def _bounded(run, seconds: float, megabytes: int):  # type: ignore[no-untyped-def]
    """Run `run()` under a deadline and a cap on the memory Python allocates; its result."""
    tracemalloc.start()
    try:
        with deadline(seconds):
            result = run()
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < megabytes * 2**20, f"{peak / 2**20:.0f} MB"
    return result


@pytest.mark.parametrize("letter", ["가", "a", "1"])
def test_a_40_000_character_query_word(cli, letter):
    # Every prefix of the word was looked up (and remembered by the cache): 18 s and 4.7 GB.
    assert cli("stats").exit_code == 0  # the cache is built: the search runs on it
    result = _bounded(lambda: cli("search", letter * 40_000, "-f", "json"), 15, 200)
    assert result.exit_code in (0, 1) and result.stderr == ""


def test_a_4_mb_id_asked_for_is_answered_at_once(cli):
    # The "did you mean" hint matched it against every id: ~4 s on the bundled store, 21 s
    # for a 100 KB id at 100,000 facts.
    fact_id = "bae-birth-" * 400_000
    with deadline(2):
        result = cli("get", fact_id, store=None)
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr.startswith("factcli: error: no fact with id 'bae-birth-bae-birth-")
    assert "did you mean" not in result.stderr
    # An id of ordinary length still gets its hint.
    assert "did you mean bae-birth" in cli("get", "bae-brith", store=None).stderr


def test_a_120_000_digit_claim(cli):
    assert cli("stats").exit_code == 0
    for claim in ("1" * 120_000, "배경훈은 " + "1" * 120_000 + "원을 신고했다."):
        result = _bounded(lambda c=claim: cli("check", c, "-f", "json"), 15, 300)
        assert result.exit_code in (0, 1) and result.stderr == ""
        assert json.loads(result.stdout)["verdict"] in ("supported", "contradicted", "unverified")


@pytest.mark.parametrize(
    ("frame", "run"),
    [
        # Each was quadratic or worse in one pattern (25-60 s at 40,000 characters): a word
        # scanned from each of its letters, a run of dashes or tabs tried split every way,
        # a scan of the text before each of thousands of figures.
        ("Bae bought {} in 2025.", "a"),
        ("Bae bought {} in 2025.", "만"),
        ("Bae bought {} in 2025.", "-"),
        ("Bae bought {} in 2025.", "가1"),
        ("배경훈은 2025년 {} 샀다.", "\t"),
        ("배경훈은 2025년 {} 샀다.", "1년 "),
        ("배경훈은 2025년 {} 샀다.", ","),
        # (a run of blanks, met by every pattern in turn: read as one space before any)
        ("Bae{}is from Naver.", " "),
        ("Bae received his letter of appointment there{}on July 23, 2025.", " "),
    ],
    ids=[
        "latin-word",
        "man",
        "dashes",
        "hangul-digit",
        "tabs",
        "years",
        "commas",
        "spaces",
        "there",
    ],
)
def test_a_30_000_character_run_in_a_claim_is_checked_in_bounded_time(cli, frame, run):
    assert cli("stats").exit_code == 0
    claim = frame.format(run * (30_000 // len(run)))
    result = _bounded(lambda: cli("check", claim, "-f", "json"), 12, 300)
    assert result.exit_code in (0, 1) and result.stderr == "", result.stderr
    assert json.loads(result.stdout)["verdict"] in (
        "supported",
        "contradicted",
        "misleading",
        "unverified",
    )


def test_a_number_too_long_for_decimal_is_no_internal_error(cli, tmp_path):
    # 1,000,001 digits and a unit: past Decimal's largest exponent (it raised Overflow).
    draft = tmp_path / "digits.md"
    draft.write_text("배경훈은 " + "9" * 1_000_001 + "원을 신고했다.\n", encoding="utf-8")
    with deadline(30):
        result = cli("check", "--file", str(draft), "-f", "json")
    assert result.exit_code in (0, 1) and result.stderr == "", result.stderr


def test_a_draft_from_dev_zero_is_refused(cli):
    result = _bounded(lambda: cli("check", "--file", "/dev/zero"), 20, 100)
    assert_one_line_error(result, "/dev/zero: draft larger than 8 MiB")


def test_stdin_from_dev_zero_is_refused():
    with open("/dev/zero", "rb") as zero:
        proc = subprocess.run(
            [sys.executable, "-m", "factcli", "check", "--file", "-"],
            stdin=zero,
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONPATH": str(REPO)},
            timeout=60,
            check=False,
        )
    assert (proc.returncode, proc.stdout) == (2, "")
    assert (
        proc.stderr
        == "factcli: error: <stdin>: draft larger than 8 MiB; split it into smaller files\n"
    )


def test_a_draft_at_the_cap_is_read_and_one_byte_more_is_not(cli, tmp_path, monkeypatch):
    # The boundary, with a small cap: checking 8 MiB of text takes longer than a test should.
    monkeypatch.setattr("factcli.interfaces.commands.MAX_DRAFT_BYTES", 1000)
    claim = "배경훈은 2025년 7월 17일 취임했다.\n"
    draft = tmp_path / "draft.md"
    draft.write_bytes((claim + "\n" * (1000 - len(claim.encode()))).encode())
    result = cli("check", "--file", str(draft), "-f", "plain")
    assert result.exit_code == 0 and result.stdout.count(": supported: ") == 1, result.stderr
    draft.write_bytes(draft.read_bytes() + b"\n")
    assert_one_line_error(cli("check", "--file", str(draft)), "larger than 0 MiB")


def test_search_over_many_tied_facts_is_not_quadratic():
    from factcli.find.search import search
    from factcli.store.index import store_index
    from factcli.store.model import Fact, Source, SourceRef, Store, Subject

    facts = [
        Fact(
            id=f"tied-{i:05d}",
            subject="bae",
            kind="text",
            statement="배경훈은 장관이다.",
            statement_en="Bae is a minister.",
            value="장관",
            sources=(SourceRef("src", "장관"),),
        )
        for i in range(20_000)
    ]
    store = Store(
        facts=facts,
        subjects={"bae": Subject("bae", "배경훈", "Bae Kyung-hoon")},
        sources={"src": Source("src", "제목")},
    )
    store_index(store)  # built once, outside the timing
    started = time.perf_counter()
    with deadline(10):  # 22 s before: heapq.nlargest over every candidate, for each one
        found = search(store, "장관", limit=10)
    assert time.perf_counter() - started < 10
    assert [m.fact.id for m in found] == [f"tied-{i:05d}" for i in range(10)]


def test_every_invisible_format_character_is_shown_escaped() -> None:
    # The fuzz target's oracle: U+2060-U+2069, the unassigned U+2065 included (found by fuzzing).
    from factcli.interfaces import render

    for code in range(0x2060, 0x206A):
        assert chr(code) not in render.line(f"a{chr(code)}b")
        assert chr(code) not in render.visible(chr(code))


def test_a_junk_word_gets_a_bounded_number_of_fuzzy_passes(cli, monkeypatch):
    """A 40,000-character junk word splits into ~1,400 distinct terms, each matched fuzzily
    against the whole vocabulary (7-11 s at 100,000 facts); only the first MAX_FUZZY_TERMS
    of a query are, and a typo among ordinary words is still found."""
    import random

    from factcli.find import search, vocabulary

    passes: list[str] = []
    real = vocabulary._fuzzy

    def counting(index, term, add):  # type: ignore[no-untyped-def]
        passes.append(term)
        return real(index, term, add)

    monkeypatch.setattr(vocabulary, "_fuzzy", counting)
    rnd = random.Random(5)
    junk = "".join(rnd.choice("abcdefghijklmnopqrstuvwxyz-") for _ in range(40_000))
    assert len(set(search.analyze(junk))) > 1000
    result = cli("search", junk, "-f", "json", store=None)
    assert result.exit_code in (0, 1) and result.stderr == ""
    assert 0 < len(passes) <= vocabulary.MAX_FUZZY_TERMS
    passes.clear()
    typo = cli("search", "배겅훈 출생", "-f", "json", store=None)
    assert passes and typo.exit_code == 0
    assert json.loads(typo.stdout)[0]["id"] == "bae-birth"
