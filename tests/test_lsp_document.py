"""The language server's core, in process: paragraphs checked alone give what `check` gives for
the whole draft, an edit re-checks only its paragraph, and fixes keep the writer's notation."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from factcli.interfaces.lsp_document import FindingCache, check_placed, check_steps, paragraphs
from factcli.interfaces.lsp_features import Options
from factcli.interfaces.lsp_style import rewrite
from factcli.judge.check import check_document
from factcli.store.model import Finding, Store
from factcli.text.korean import nfc

DATA = Path(__file__).parent / "data"

TRICKY = """\
# Draft 🎉

Bae Kyung-hoon was born in May 1976 in Seoul.
He took out a mortgage of 7.5억 원 on June 10, 2025, then bought an apartment for 51억5천만 원.

```text
The ministry plans 300,000 GPUs by 2030.

정부는 2030년까지 GPU 30만장을 확보할 계획이다.
```

    indented: 정부는 2030년까지 GPU 30만장을 확보할 계획이다.

- 👩‍👩‍👧 **정부는** 2030년까지 GPU 30만장을 확보할 계획이다.
> {nfd} 2028년까지 GPU 7만장을 확보하기로 했다.

~~~
unclosed fence: 51억5천만 원

정부는 2030년까지 GPU 30만장을 확보할 계획이다.
""".replace("{nfd}", unicodedata.normalize("NFD", "과학기술정보통신부는 당초"))


# Pronouns lean on the sentence before, within a paragraph only.
PRONOUNS = """\
배경훈은 LG AI연구원장이었다.
그는 1976년 5월 서울에서 태어났다. 그는 2025년 7월 17일 장관에 취임했다.

그는 2025년 8월 17일 장관에 취임했다.

Bae Kyung-hoon leads the ministry. He took office on July 17, 2025.
He was born in May 1980.
"""


def _whole(store: Store, text: str) -> list[tuple[int, int, str, str]]:
    """What `check --file` reports: line, column (in the NFC text), verdict, message."""
    rows = [f.to_dict() for f in check_document(store, nfc(text))]
    return [(r["line"], r["column"], r["verdict"], r["message"]) for r in rows]


def _by_paragraph(store: Store, text: str) -> list[tuple[int, int, str, str]]:
    out = []
    norm_lines = nfc(text).splitlines()
    for p in check_placed(store, text):
        # Columns are in the editor's text; in NFC they are where `check` counts them.
        original = text.splitlines()[p.target.line]
        column = len(nfc(original[: p.target.start])) + 1
        assert nfc(original) == norm_lines[p.target.line]
        out.append((p.target.line + 1, column, p.verdict, p.finding.message))
    return out


@pytest.mark.parametrize(
    "name", ["eval/draft-dev.md", "eval/draft-extra.md", "tricky", "tricky-crlf", "pronouns"]
)
def test_paragraphs_checked_alone_give_what_check_gives(bundled: Store, name: str) -> None:
    if name == "pronouns":
        text = PRONOUNS
    elif name.startswith("tricky"):
        text = TRICKY.replace("\n", "\r\n") if name.endswith("crlf") else TRICKY
    else:
        text = (DATA / name).read_text(encoding="utf-8")
    whole = _whole(bundled, text)
    assert whole, "a draft with nothing to check proves nothing"
    assert _by_paragraph(bundled, text) == whole


def test_the_tricky_draft_skips_code_and_reads_decomposed_hangul(bundled: Store) -> None:
    placed = check_placed(bundled, TRICKY)
    lines = TRICKY.splitlines()
    wrong = [
        lines[p.target.line][p.target.start : p.target.end]
        for p in placed
        if p.verdict == "contradicted"
    ]
    assert wrong == ["51억5천만 원", "30만장", "7만장"]
    nfd = next(p for p in placed if "7만장" in p.finding.text)
    # The span indexes the decomposed line as the editor has it.
    assert lines[nfd.target.line].index("7만장") == nfd.target.start


def test_a_footnote_label_is_markup_not_a_value(bundled: Store) -> None:
    # A fact id holds digits (exaone-2-0-languages); the quick fix puts it after the sentence.
    claims = [
        "엑사원 3.0은 13개 벤치마크 점수 순위에서 1위를 차지했다.",
        "장녀의 예금은 18,190,000원, 증권은 85,490,000원이다.",
    ]
    for claim in claims:
        (plain,) = check_document(bundled, claim)
        assert plain.verdict.value == "supported"
        ids = {e.fact_id for e in plain.evidence}
        for fact_id in ids:
            (cited,) = check_document(bundled, f"{claim}[^{fact_id}]\n")
            assert (cited.verdict, cited.message) == (plain.verdict, plain.message)
    # A definition line is its source's words: nothing in it is contradicted.
    fact = bundled.get("exaone-2-0-languages")
    from factcli.interfaces.lsp_features import footnote_definition

    assert not [
        f
        for f in check_document(bundled, footnote_definition(bundled, fact))
        if f.verdict.value == "contradicted"
    ]


def test_paragraphs_split_at_blank_lines_outside_fences() -> None:
    text = "a\nb\n\n```\nx\n\ny\n```\n\n  \nc\n"
    got = [(p.first, p.text) for p in paragraphs(text.splitlines(keepends=True))]
    assert got == [(0, "a\nb\n"), (3, "```\nx\n\ny\n```\n"), (10, "c\n")]


def _counting(calls: list[str]):  # type: ignore[no-untyped-def]
    def checker(store: Store, text: str) -> list[Finding]:
        calls.append(text)
        return list(check_document(store, nfc(text)))

    return checker


def _run(store: Store, version: int, text: str, cache: FindingCache, calls: list[str]):  # type: ignore[no-untyped-def]
    steps = list(check_steps(store, version, text, cache, _counting(calls)))
    return steps[-1]


def test_an_edit_rechecks_only_its_paragraph(bundled: Store) -> None:
    text = (DATA / "eval" / "draft-dev.md").read_text(encoding="utf-8")
    cache, calls = FindingCache(), []
    first = _run(bundled, 0, text, cache, calls)
    assert len(calls) == len(paragraphs(text.splitlines(keepends=True))) == 7
    calls.clear()
    edited = text.replace("51억5천만 원", "41억5천만 원")
    after = _run(bundled, 0, edited, cache, calls)
    assert len(calls) == 1 and "41억5천만 원" in calls[0]
    assert [p.verdict for p in first].count("contradicted") == 2
    assert [p.verdict for p in after].count("contradicted") == 1
    # Lines moved by an edit above still land right: the cache holds paragraph-relative lines.
    calls.clear()
    moved = "New first line with no number.\n\n" + edited
    again = _run(bundled, 0, moved, cache, calls)
    assert len(calls) == 1
    assert [p.target.line for p in again] == [p.target.line + 2 for p in after]
    # Another state of the store: everything is checked again.
    calls.clear()
    _run(bundled, 1, moved, cache, calls)
    assert len(calls) == 8


def test_the_cache_forgets_the_least_recent_paragraphs(bundled: Store) -> None:
    cache = FindingCache(size=2)
    for text in ("a", "b", "c"):
        cache.put(text, 0, [])
    assert cache.get("a", 0) is None and cache.get("c", 0) == []


@pytest.mark.parametrize(
    ("found", "expected", "fix"),
    [
        ("51억5천만 원", "41억5000만 원", "41억5천만 원"),  # 천 notation stays
        ("1억7214만 원", "1억7124만 원", "1억7124만 원"),
        ("36억 9767만 원", "36억9000만 원", "36억 9000만 원"),  # spaced sections stay spaced
        ("7.5억 원", "8억5000만 원", "8.5억 원"),  # a decimal before 억 stays
        ("5.15 billion won", "4,150,000,000 won", "4.15 billion won"),  # English stays English
        ("300,000 GPUs", "200,000 GPUs", "200,000 GPUs"),
        ("2.4B", "320억개 매개변수", "32B"),
        ("30만장", "약 15만장", "15만장"),  # the hedge is the writer's to keep, not the span's
        ("2년", "1년 이상", "1년"),
        ("삼십육억 원", "37억 원", "삼십칠억 원"),  # Hangul numerals stay Hangul
        ("2025.9.14", "2025-09-05", "2025.9.5"),
        ("$3 million", "$2,500,000", "$2.5 million"),
        ("2007년", "2006", "2006년"),
        ("June 2022", "2021-06", "June 2021"),
        ("Dec. 7, 2020", "2020-12-08", "Dec. 8, 2020"),
        ("2025년 7월 25일", "2025-07-15", "2025년 7월 15일"),
        ("2025년 7월25일", "2025-07-15", "2025년 7월15일"),
        ("2025.09.14", "2025-09-05", "2025.09.05"),
        ("2025년", "2024-12", "2024년"),  # at the writer's precision
        ("2025년 8월 16일", "2025-07", "2025년 7월"),  # never more precise than the store
        ("July 18, 2025", "2025-07-17", "July 17, 2025"),
    ],
)
def test_the_fix_is_written_like_the_writer(found: str, expected: str, fix: str) -> None:
    assert rewrite(found, expected) == fix


def test_options_from_the_client() -> None:
    assert Options.parse(None) == Options()
    assert Options.parse({"unverified": True, "debounce": 10}) == Options(True, 0.01)
    assert Options.parse({"debounce": "soon"}).debounce == Options().debounce
    assert Options.parse({"debounce": -5}).debounce == Options().debounce


def test_the_store_is_reread_when_a_file_changes_even_within_one_mtime_tick(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os
    import shutil

    from factcli.interfaces.lsp import StoreWatch

    root = tmp_path / "store"
    shutil.copytree(DATA / "store", root)
    # Every file counts as just written, so its bytes are compared (no waiting in a test).
    monkeypatch.setattr(StoreWatch, "RACY", 10**10)
    watch = StoreWatch(str(root), use_cache=False)
    assert watch.refresh() is False and watch.version == 0
    facts = root / "facts.yaml"
    before = facts.stat()
    # Same size, same mtime (as two writes within one timestamp tick): only the bytes differ.
    facts.write_text(
        facts.read_text(encoding="utf-8").replace("36억9767만 원을 신고", "37억9767만 원을 신고"),
        encoding="utf-8",
    )
    os.utime(facts, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert facts.stat().st_size == before.st_size
    assert watch.refresh() is True and watch.version == 1
    assert "37억9767만" in watch.store.get("assets-total").statement
    assert watch.refresh() is False
    # A broken edit keeps the last valid store and says why.
    facts.write_text("facts: [", encoding="utf-8")
    assert watch.refresh() is False and watch.problem and "facts.yaml" in watch.problem
    assert watch.store.get("assets-total") is not None


def test_every_problem_verdict_is_shown_and_supported_is_quiet() -> None:
    """Generic over verdicts: `misleading` (coming) is a warning, like any verdict not known here."""
    from types import SimpleNamespace

    from lsprotocol import types as lsp

    from factcli.interfaces.lsp_document import Placed, Span
    from factcli.interfaces.lsp_features import diagnostics
    from factcli.store.model import Evidence

    def placed(verdict: str) -> Placed:
        ev = Evidence("f1", "conflict", "2년", "1년", 3, 5)
        finding = Finding("최소 2년 유예", SimpleNamespace(value=verdict), evidence=[ev])  # type: ignore[arg-type]
        return Placed(finding, Span(0, 0, 8), Span(0, 3, 5), ((ev, Span(0, 3, 5)),))

    def conv(line: int, column: int) -> lsp.Position:
        return lsp.Position(line, column)

    verdicts = ["contradicted", "misleading", "unverified", "supported", "novel"]
    shown = diagnostics([placed(v) for v in verdicts], Options(), conv)
    assert [(d.code, d.severity) for d in shown] == [
        ("contradicted", lsp.DiagnosticSeverity.Error),
        ("misleading", lsp.DiagnosticSeverity.Warning),
        ("novel", lsp.DiagnosticSeverity.Warning),
    ]
    with_hints = diagnostics([placed("unverified")], Options(unverified=True), conv)
    assert [(d.code, d.severity) for d in with_hints] == [
        ("unverified", lsp.DiagnosticSeverity.Hint)
    ]


@pytest.mark.asyncio
async def test_a_slow_store_is_reread_in_a_worker_while_the_old_one_answers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    from factcli.interfaces.lsp import FactServer, StoreWatch

    root = tmp_path / "store"
    shutil.copytree(DATA / "store", root)
    server = FactServer(StoreWatch(str(root), use_cache=False))
    old = server.store
    monkeypatch.setattr(StoreWatch, "SLOW", -1.0)  # every load counts as slow
    facts = root / "facts.yaml"
    facts.write_text(
        facts.read_text(encoding="utf-8").replace("36억9767만 원을", "35억9767만 원을"),
        encoding="utf-8",
    )
    server.refresh_store()
    reloading = server.reloading
    assert reloading is not None and server.store is old  # the old store answers meanwhile
    server.refresh_store()  # a keystroke while it loads: no second load
    assert server.reloading is reloading
    await reloading  # its done-callback (registered first) has put the new store in use
    assert server.reloading is None and server.store is not old and server.watch.version == 1
    assert "35억9767만" in server.store.get("assets-total").statement
