"""`factcli lsp` end to end: the real server over stdio, driven by pytest-lsp's client.

No sleeps: every wait is on a notification (publishDiagnostics for a given document version).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import shutil
import subprocess
import sys
import unicodedata
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from lsprotocol import types as t
from pygls.protocol import default_converter
from pytest_lsp.client import DEFAULT_CLIENT_FEATURES, LanguageClient, register_lsp_features

from factcli.store.files import bundled_store_path

DATA = Path(__file__).parent / "data"
DRAFTS = [DATA / "eval" / "draft-dev.md", DATA / "eval" / "draft-extra.md"]
WAIT = 60  # seconds before a missing notification fails the test (a bound, not a sleep)

KOREAN = (
    "# 배경훈 장관 🎉\n"
    "\n"
    "배경훈은 1976년 5월 서울에서 태어났다.\n"
    "\n"
    "🎉🎉 배경훈은 2025년 6월10일 7억5천만 원의 주택담보대출을 받은 뒤 서울 서초구 소재 "
    "아파트를 51억5천만 원에 매매하는 계약을 체결했다.\n"
    "\n"
    "정부는 2030년까지 GPU 30만장을 확보할 계획이다.\n"
)
ENGLISH = (
    "# Bae Kyung-hoon\n"
    "\n"
    "Bae Kyung-hoon was born in May 1976 in Seoul.\n"
    "\n"
    "The ministry is internally considering ways to build 300,000 GPUs by 2030.\n"
)


def _record(client: LanguageClient, params: t.PublishDiagnosticsParams) -> None:
    client.diagnostics[params.uri] = params.diagnostics
    client.published[params.uri] = params  # type: ignore[attr-defined]


def _client() -> LanguageClient:
    client = LanguageClient(converter_factory=default_converter)
    client.published = {}  # type: ignore[attr-defined]
    register_lsp_features(
        client, {**DEFAULT_CLIENT_FEATURES, t.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS: _record}
    )
    return client


def _register(client: LanguageClient, params: t.RegistrationParams) -> None:
    client.registrations += list(params.registrations)  # type: ignore[attr-defined]


@contextlib.asynccontextmanager
async def session(
    store: Path | None = None,
    *,
    encodings: list[str] | None = None,
    options: dict[str, Any] | None = None,
    watch: bool = False,
) -> AsyncIterator[LanguageClient]:
    """A server started as an editor starts it: `factcli [--store S] lsp`, initialized."""
    client = _client()
    client.registrations = []  # type: ignore[attr-defined]
    client.feature(t.CLIENT_REGISTER_CAPABILITY)(_register)
    args = ["--store", str(store)] if store else []
    await client.start_io(sys.executable, "-m", "factcli", *args, "lsp")
    caps = t.ClientCapabilities(
        workspace=t.WorkspaceClientCapabilities(
            did_change_watched_files=t.DidChangeWatchedFilesClientCapabilities(
                dynamic_registration=True, relative_pattern_support=True
            )
        )
        if watch
        else None,
        general=t.GeneralClientCapabilities(position_encodings=encodings) if encodings else None,
        window=t.WindowClientCapabilities(show_document=t.ShowDocumentClientCapabilities(True)),
        text_document=t.TextDocumentClientCapabilities(
            hover=t.HoverClientCapabilities(content_format=[t.MarkupKind.Markdown]),
            completion=t.CompletionClientCapabilities(
                completion_item=t.ClientCompletionItemOptions(
                    documentation_format=[t.MarkupKind.Markdown]
                )
            ),
        ),
    )
    result = await client.initialize_session(
        t.InitializeParams(capabilities=caps, initialization_options=options)
    )
    client.result = result  # type: ignore[attr-defined]
    try:
        yield client
    finally:
        await client.shutdown_session()
        await client.stop()


async def published(client: LanguageClient, uri: str, version: int) -> list[t.Diagnostic]:
    """The diagnostics the server published for `uri` at `version` (or later)."""

    async def wait() -> list[t.Diagnostic]:
        while True:
            got = client.published.get(uri)  # type: ignore[attr-defined]
            if got is not None and got.version is not None and got.version >= version:
                return list(got.diagnostics)
            await client.wait_for_notification(t.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)

    try:
        return await asyncio.wait_for(wait(), WAIT)
    except TimeoutError:
        # Say what the server said instead (an error in a handler shows as a message).
        raise AssertionError(f"no diagnostics for {uri} v{version}: {client.messages}") from None


async def until(client: LanguageClient, uri: str, holds: Any) -> list[t.Diagnostic]:
    """The first diagnostics published for `uri` (already or next) for which `holds` is true."""

    async def wait() -> list[t.Diagnostic]:
        while True:
            got = client.published.get(uri)  # type: ignore[attr-defined]
            if got is not None and holds(list(got.diagnostics)):
                return list(got.diagnostics)
            await client.wait_for_notification(t.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)

    return await asyncio.wait_for(wait(), WAIT)


def open_doc(client: LanguageClient, uri: str, text: str, version: int = 1) -> None:
    client.text_document_did_open(
        t.DidOpenTextDocumentParams(t.TextDocumentItem(uri, "markdown", version, text))
    )


def change(client: LanguageClient, uri: str, version: int, edit: t.TextEdit) -> None:
    client.text_document_did_change(
        t.DidChangeTextDocumentParams(
            t.VersionedTextDocumentIdentifier(version=version, uri=uri),
            [t.TextDocumentContentChangePartial(range=edit.range, text=edit.new_text)],
        )
    )


def utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def apply(text: str, edits: list[t.TextEdit]) -> str:
    """Apply text edits (UTF-16 positions) the way an editor does, last first."""
    lines = text.splitlines(keepends=True)

    def offset(pos: t.Position) -> int:
        before = sum(len(x) for x in lines[: pos.line])
        line = lines[pos.line] if pos.line < len(lines) else ""
        units = 0
        for i, ch in enumerate(line):
            if units >= pos.character:
                return before + i
            units += utf16(ch)
        return before + len(line)

    for edit in sorted(
        edits, key=lambda e: (e.range.start.line, e.range.start.character), reverse=True
    ):
        a, b = offset(edit.range.start), offset(edit.range.end)
        text = text[:a] + edit.new_text + text[b:]
        lines = text.splitlines(keepends=True)
    return text


def spanned(text: str, diag: t.Diagnostic) -> str:
    """The text a diagnostic underlines (UTF-16 positions, one line)."""
    line = text.splitlines()[diag.range.start.line]
    out, units = [], 0
    for ch in line:
        if diag.range.start.character <= units < diag.range.end.character:
            out.append(ch)
        units += utf16(ch)
    return "".join(out)


@pytest.mark.asyncio
async def test_initialize_offers_the_features_in_utf16_by_default() -> None:
    async with session() as client:
        caps = client.result.capabilities  # type: ignore[attr-defined]
        assert caps.position_encoding == t.PositionEncodingKind.Utf16
        assert caps.hover_provider
        assert caps.code_action_provider
        assert caps.completion_provider and "^" in caps.completion_provider.trigger_characters
        assert list(caps.execute_command_provider.commands) == ["factcli.showFact"]
        assert client.result.server_info.name == "factcli"  # type: ignore[attr-defined]


@pytest.mark.asyncio
async def test_korean_and_english_drafts_get_the_wrong_spans() -> None:
    async with session() as client:
        open_doc(client, "file:///ko.md", KOREAN)
        open_doc(client, "file:///en.md", ENGLISH)
        ko = await published(client, "file:///ko.md", 1)
        en = await published(client, "file:///en.md", 1)
    assert [(d.range.start.line, spanned(KOREAN, d)) for d in ko] == [
        (4, "51억5천만 원"),
        (6, "30만장"),
    ]
    # After two emoji (two UTF-16 units each) the column counts four units for them.
    line = KOREAN.splitlines()[4]
    assert ko[0].range.start.character == utf16(line[: line.index("51억")])
    assert ko[0].range.end.character - ko[0].range.start.character == len("51억5천만 원")
    assert ko[0].severity == t.DiagnosticSeverity.Error
    assert ko[0].message == "51억5천만 원 should be 41억5000만 원 (apartment-contract-after-loan)"
    assert ko[0].source == "factcli" and ko[0].code == "contradicted"
    assert [(d.range.start.line, spanned(ENGLISH, d)) for d in en] == [(4, "300,000 GPUs")]
    assert "200,000 GPUs (policy-gpu-target-2030)" in en[0].message


def _cli_findings(path: Path) -> list[dict[str, Any]]:
    run = subprocess.run(
        [sys.executable, "-m", "factcli", "check", "--file", str(path), "--format", "json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode in (0, 1), run.stderr
    return json.loads(run.stdout)


@pytest.mark.asyncio
async def test_diagnostics_are_what_check_reports(tmp_path: Path) -> None:
    korean = tmp_path / "korean.md"
    korean.write_text(KOREAN, encoding="utf-8")
    drafts = [*DRAFTS, korean]
    async with session(options={"unverified": True}) as client:
        for n, path in enumerate(drafts):
            open_doc(client, f"file:///draft{n}.md", path.read_text(encoding="utf-8"))
        got = [await published(client, f"file:///draft{n}.md", 1) for n in range(len(drafts))]
    for path, diags in zip(drafts, got, strict=True):
        text = path.read_text(encoding="utf-8")
        want = [f for f in _cli_findings(path) if f["verdict"] != "supported"]
        assert [d.code for d in diags] == [f["verdict"] for f in want]
        for diag, finding in zip(diags, want, strict=True):
            line = text.splitlines()[finding["line"] - 1]
            assert diag.range.start.line == finding["line"] - 1
            assert diag.range.start.character == utf16(line[: finding["column"] - 1])
            assert diag.message == finding["message"]
            assert diag.data["fact_id"] == finding["fact_id"]
            severity = {"contradicted": "Error", "misleading": "Warning", "unverified": "Hint"}
            assert diag.severity == t.DiagnosticSeverity[severity[finding["verdict"]]]
            if finding["verdict"] != "unverified":  # the wrong (or misleading) value, exactly
                assert spanned(text, diag) == finding["found"]
    # The held draft: its wrong lines are underlined, its right lines are not.
    assert {d.range.start.line + 1 for d in got[0] if d.code == "contradicted"} == {9, 13}


@pytest.mark.asyncio
async def test_unverified_claims_are_off_by_default(tmp_path: Path) -> None:
    draft = tmp_path / "u.md"
    draft.write_text(
        "배경훈은 2019년에 수영 대회에서 금메달 3개를 땄다.\n\n"
        "정부는 2030년까지 GPU 30만장을 확보할 계획이다.\n",
        encoding="utf-8",
    )
    assert [f["verdict"] for f in _cli_findings(draft)] == ["unverified", "contradicted"]
    async with session() as client:
        open_doc(client, "file:///u.md", draft.read_text(encoding="utf-8"))
        diags = await published(client, "file:///u.md", 1)
    assert [(d.code, d.range.start.line) for d in diags] == [("contradicted", 2)]


@pytest.mark.asyncio
async def test_hover_shows_the_fact_value_and_source(tmp_path: Path) -> None:
    (tmp_path / "ko.md").write_text(KOREAN, encoding="utf-8")
    async with session() as client:
        open_doc(client, "file:///ko.md", KOREAN)
        open_doc(client, "file:///en.md", ENGLISH)
        diags = await published(client, "file:///ko.md", 1)
        await published(client, "file:///en.md", 1)
        doc = t.TextDocumentIdentifier("file:///ko.md")
        on_value = await client.text_document_hover_async(t.HoverParams(doc, diags[0].range.start))
        on_date = await client.text_document_hover_async(t.HoverParams(doc, t.Position(2, 7)))
        on_name = await client.text_document_hover_async(t.HoverParams(doc, t.Position(2, 1)))
        on_nothing = await client.text_document_hover_async(t.HoverParams(doc, t.Position(0, 0)))
        en_name = await client.text_document_hover_async(
            t.HoverParams(t.TextDocumentIdentifier("file:///en.md"), t.Position(2, 4))
        )
    assert on_value is not None and on_value.range == diags[0].range
    text = on_value.contents.value
    assert "should be 41억5000만 원" in text and "`apartment-contract-after-loan`" in text
    assert "아파트를 41억5천만 원에 매매하는 계약을 체결했다" in text  # the quote
    assert "비즈니스포스트" in text  # the source
    # The fact the checker cited for the date (as `check --format json` gives it), in Korean.
    (cited,) = [
        e for f in _cli_findings(tmp_path / "ko.md") if f["line"] == 3 for e in f["evidence"]
    ]
    assert on_date is not None and f"`{cited['fact_id']}`" in on_date.contents.value
    assert "1976년 5월 agrees with the store" in on_date.contents.value
    assert "“1976년 5월 서울에서 태어났다.”" in on_date.contents.value  # its source quote
    assert "배경훈은" in on_date.contents.value  # the statement in the draft's language
    assert on_name is not None and "**배경훈** (Bae Kyung-hoon)" in on_name.contents.value
    assert on_name.range == t.Range(t.Position(2, 0), t.Position(2, 3))
    assert on_nothing is None
    assert en_name is not None and "Bae Kyung-hoon was born in Seoul in May 1976." in (
        en_name.contents.value
    )  # the statement in the document's language


@pytest.mark.asyncio
async def test_quick_fix_writes_the_value_like_the_writer_and_the_error_goes() -> None:
    uri = "file:///ko.md"
    async with session() as client:
        open_doc(client, uri, KOREAN)
        diags = await published(client, uri, 1)
        actions = await client.text_document_code_action_async(
            t.CodeActionParams(
                t.TextDocumentIdentifier(uri),
                diags[0].range,
                t.CodeActionContext(diagnostics=[diags[0]]),
            )
        )
        fixes = [a for a in actions if a.title.startswith("Replace")]
        assert [f.title for f in fixes] == [
            "Replace with the store's value: 41억5천만 원 (apartment-contract-after-loan)"
        ]
        (edit,) = fixes[0].edit.changes[uri]
        assert edit.range == diags[0].range
        fixed = apply(KOREAN, [edit])
        assert "아파트를 41억5천만 원에 매매하는" in fixed
        change(client, uri, 2, edit)
        after = await published(client, uri, 2)
    assert [spanned(fixed, d) for d in after] == ["30만장"]


@pytest.mark.asyncio
async def test_english_fix_stays_english_and_a_changed_line_loses_its_diagnostic() -> None:
    uri = "file:///en.md"
    async with session() as client:
        open_doc(client, uri, ENGLISH)
        (diag,) = await published(client, uri, 1)
        actions = await client.text_document_code_action_async(
            t.CodeActionParams(
                t.TextDocumentIdentifier(uri), diag.range, t.CodeActionContext(diagnostics=[diag])
            )
        )
        titles = [a.title for a in actions]
        assert "Replace with the store's value: 200,000 GPUs (policy-gpu-target-2030)" in titles
        # The writer rewrites the sentence by hand: the diagnostic goes.
        line = ENGLISH.splitlines()[4]
        whole = t.Range(t.Position(4, 0), t.Position(4, utf16(line)))
        change(client, uri, 2, t.TextEdit(whole, line.replace("300,000", "200,000")))
        assert await published(client, uri, 2) == []
        # ... and comes back when the number is wrong again.
        change(client, uri, 3, t.TextEdit(whole, line.replace("300,000", "250,000")))
        (again,) = await published(client, uri, 3)
    assert again.message.startswith("250,000 GPUs should be 200,000 GPUs")


@pytest.mark.asyncio
async def test_citation_and_show_fact_actions() -> None:
    uri = "file:///en.md"
    text = "Bae Kyung-hoon was born in May 1976 in Seoul.\n"
    async with session() as client:
        open_doc(client, uri, text)
        await published(client, uri, 1)
        actions = await client.text_document_code_action_async(
            t.CodeActionParams(
                t.TextDocumentIdentifier(uri),
                t.Range(t.Position(0, 0), t.Position(0, 0)),
                t.CodeActionContext(diagnostics=[]),
            )
        )
        by_title = {a.title: a for a in actions}
        # The fact the checker found the sentence supported by (bae-birth or bae-birthplace).
        (title,) = [x for x in by_title if x.startswith("Insert citation (footnote) ")]
        fact_id = title.rsplit(" ", 1)[1]
        cited = apply(text, list(by_title[title].edit.changes[uri]))
        shown = await client.workspace_execute_command_async(
            t.ExecuteCommandParams(command="factcli.showFact", arguments=[fact_id])
        )
    assert fact_id.startswith("bae-birth")
    assert cited.splitlines()[0] == f"Bae Kyung-hoon was born in May 1976 in Seoul.[^{fact_id}]"
    assert cited.splitlines()[1] == ""
    # As `factcli cite --style footnote` writes the source.
    assert (
        cited.splitlines()[2]
        == f"[^{fact_id}]: [Who Is ?] 배경훈 과학기술정보통신부 장관, 비즈니스포스트"
    )
    assert f"Insert citation (quote) {fact_id}" in by_title  # a Markdown quote is offered too
    command = by_title[f"Show fact {fact_id}"]
    assert isinstance(command, t.Command)
    assert command.command == "factcli.showFact" and list(command.arguments) == [fact_id]
    assert shown.startswith(f"id: {fact_id}\n") and "statement_en: Bae Kyung-hoon was born" in shown
    assert client.shown_documents and client.shown_documents[-1].uri.endswith(f"/{fact_id}.txt")


@pytest.mark.asyncio
async def test_completion_of_fact_ids_and_names() -> None:
    uri = "file:///c.md"
    text = "배경훈은 1976년 5월 태어났다.[^bae-bi\n\n배경\n"
    async with session() as client:
        open_doc(client, uri, text)
        await published(client, uri, 1)
        doc = t.TextDocumentIdentifier(uri)
        ids = await client.text_document_completion_async(
            t.CompletionParams(doc, t.Position(0, len(text.splitlines()[0])))
        )
        names = await client.text_document_completion_async(
            t.CompletionParams(doc, t.Position(2, 2))
        )
    labels = [i.label for i in ids.items]
    assert labels[0] == "bae-birth" and all(x.startswith("bae-bi") for x in labels)
    first = ids.items[0]
    assert first.text_edit.range.start == t.Position(0, len("배경훈은 1976년 5월 태어났다.[^"))
    assert first.additional_text_edits[0].new_text.startswith("\n[^bae-birth]: [Who Is ?] ")
    assert "배경훈" in [i.label for i in names.items]


@pytest.mark.asyncio
async def test_an_edited_store_is_used_at_the_next_keystroke(tmp_path: Path) -> None:
    store = tmp_path / "store"
    shutil.copytree(DATA / "store", store)
    uri = "file:///d.md"
    text = "배경훈은 재산으로 총 36억9767만 원을 신고했다.\n"
    async with session(store) as client:
        open_doc(client, uri, text)
        assert await published(client, uri, 1) == []
        facts = store / "facts.yaml"
        yaml = facts.read_text(encoding="utf-8")
        # The value, the statements and the quote all say 46억9767만 now.
        for old, new in [
            ("3697670000", "4697670000"),
            ("3,697,670,000", "4,697,670,000"),
            ("36억9767만", "46억9767만"),
        ]:
            yaml = yaml.replace(old, new)
        facts.write_text(yaml, encoding="utf-8")
        end = t.Position(0, utf16(text.rstrip("\n")))
        change(client, uri, 2, t.TextEdit(t.Range(end, end), " "))
        (diag,) = await published(client, uri, 2)
        hover = await client.text_document_hover_async(
            t.HoverParams(t.TextDocumentIdentifier(uri), diag.range.start)
        )
        actions = await client.text_document_code_action_async(
            t.CodeActionParams(
                t.TextDocumentIdentifier(uri), diag.range, t.CodeActionContext(diagnostics=[diag])
            )
        )
        # A broken edit keeps the last valid store, and says so.
        facts.write_text(yaml.replace("kind: amount", "kind: nonsense"), encoding="utf-8")
        change(client, uri, 3, t.TextEdit(t.Range(end, end), " "))
        still = await published(client, uri, 3)
    assert diag.message == "36억9767만 원 should be 46억9767만 원 (assets-total)"
    assert "46억9767만 원" in hover.contents.value
    assert "Replace with the store's value: 46억9767만 원 (assets-total)" in [
        a.title for a in actions
    ]
    assert [d.message for d in still] == [diag.message]
    assert any("did not load" in m.message for m in client.messages)


@pytest.mark.parametrize(
    ("offered", "chosen", "units"),
    [
        (None, "utf-16", lambda s: len(s.encode("utf-16-le")) // 2),
        (["utf-8", "utf-16"], "utf-8", lambda s: len(s.encode("utf-8"))),
        (["utf-32"], "utf-32", len),
    ],
)
@pytest.mark.asyncio
async def test_position_encodings_over_hangul_emoji_and_combining_marks(
    offered: list[str] | None, chosen: str, units: Any
) -> None:
    # Decomposed Hangul (jamo that combine), a family emoji (astral, with joiners), an accent.
    nfd = unicodedata.normalize("NFD", "과학기술정보통신부는")
    text = f"👩‍👩‍👧 Café. {nfd} 2030년까지 GPU 30만장을 확보할 계획이다.\n"
    uri = "file:///e.md"
    async with session(encodings=offered) as client:
        assert client.result.capabilities.position_encoding == chosen  # type: ignore[attr-defined]
        open_doc(client, uri, text)
        (diag,) = await published(client, uri, 1)
        hover = await client.text_document_hover_async(
            t.HoverParams(t.TextDocumentIdentifier(uri), diag.range.start)
        )
    start = text.index("30만장")
    assert diag.range.start.character == units(text[:start])
    assert diag.range.end.character == units(text[: start + len("30만장")])
    assert hover is not None and hover.range == diag.range


@pytest.mark.asyncio
async def test_a_broken_store_fails_like_every_command(tmp_path: Path) -> None:
    run = subprocess.run(
        [sys.executable, "-m", "factcli", "--store", str(tmp_path / "none"), "lsp"],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        check=False,
    )
    assert run.returncode == 2
    assert run.stderr.startswith("factcli: error: ") and run.stderr.count("\n") == 1
    assert "Traceback" not in run.stderr


def test_other_commands_do_not_import_pygls() -> None:
    code = (
        "import sys\n"
        "from factcli.interfaces.entry import main\n"
        "try:\n"
        "    main(['--store', sys.argv[1], 'check', '배경훈은 1976년 5월 태어났다.', '-f', 'json'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "sys.stderr.write(str(sorted(m for m in sys.modules if m.startswith(('pygls', 'lsprotocol')))))\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", code, str(bundled_store_path())],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.stderr.endswith("[]"), run.stderr


@pytest.mark.asyncio
async def test_the_store_is_watched_through_the_editor_too(tmp_path: Path) -> None:
    """With file-watch support, the server asks to watch the store and re-checks open drafts
    when told a file changed, without a keystroke."""
    store = tmp_path / "store"
    shutil.copytree(DATA / "store", store)
    uri = "file:///w.md"
    async with session(store, watch=True) as client:
        open_doc(client, uri, "배경훈은 재산으로 총 36억9767만 원을 신고했다.\n")
        assert await published(client, uri, 1) == []
        (registration,) = client.registrations  # type: ignore[attr-defined]
        assert registration.method == t.WORKSPACE_DID_CHANGE_WATCHED_FILES
        (watcher,) = registration.register_options["watchers"]
        assert watcher["globPattern"]["baseUri"] == store.resolve().as_uri()
        facts = store / "facts.yaml"
        yaml = facts.read_text(encoding="utf-8").replace("36억9767만 원을", "35억9767만 원을")
        yaml = yaml.replace("3697670000", "3597670000").replace("3,697,670,000", "3,597,670,000")
        facts.write_text(yaml, encoding="utf-8")
        client.workspace_did_change_watched_files(
            t.DidChangeWatchedFilesParams(
                [t.FileEvent(uri=facts.resolve().as_uri(), type=t.FileChangeType.Changed)]
            )
        )
        (diag,) = await until(client, uri, lambda diags: len(diags) == 1)
    assert diag.message == "36억9767만 원 should be 35억9767만 원 (assets-total)"


@pytest.mark.asyncio
async def test_save_checks_at_once_and_close_clears() -> None:
    uri = "file:///s.md"
    # A debounce longer than the test waits: only the save can bring version 2's diagnostics.
    async with session(options={"debounce": 600_000}) as client:
        open_doc(client, uri, ENGLISH)
        assert len(await published(client, uri, 1)) == 1
        line = ENGLISH.splitlines()[4]
        whole = t.Range(t.Position(4, 0), t.Position(4, utf16(line)))
        change(client, uri, 2, t.TextEdit(whole, line.replace("300,000", "200,000")))
        client.text_document_did_save(t.DidSaveTextDocumentParams(t.TextDocumentIdentifier(uri)))
        assert await published(client, uri, 2) == []
        change(client, uri, 3, t.TextEdit(whole, line))
        client.text_document_did_save(t.DidSaveTextDocumentParams(t.TextDocumentIdentifier(uri)))
        assert len(await published(client, uri, 3)) == 1
        # A closed draft is forgotten: its diagnostics are cleared.
        client.text_document_did_close(t.DidCloseTextDocumentParams(t.TextDocumentIdentifier(uri)))
        assert await until(client, uri, lambda diags: diags == []) == []


def test_the_server_ends_when_the_editor_goes_away() -> None:
    """Standard input closed without shutdown: the server exits (1, as the protocol says)."""
    run = subprocess.run(
        [sys.executable, "-m", "factcli", "lsp", "--stdio"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=WAIT,
        check=False,
    )
    assert run.returncode == 1 and "Traceback" not in run.stderr
