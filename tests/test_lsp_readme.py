"""The README's editor snippets for `factcli lsp` are real: parsed, run, and started.

JSON (VS Code) through json, TOML (Helix) through tomllib, Lua (Neovim) run in a real Lua
interpreter (lupa) against a stand-in `vim` table that records what it is given. Then the
server is started with the command, arguments and options the snippets give.
"""

from __future__ import annotations

import json
import re
import sys
import tomllib
from pathlib import Path
from typing import Any

import lupa  # a test dependency: a real Lua interpreter
import pytest
from lsprotocol import types as t

from factcli.interfaces.lsp_features import Options
from tests.test_lsp import _client, published

README = Path(__file__).parent.parent / "README.md"
OPTIONS = {"unverified": False, "debounce": 40}


def _section() -> str:
    text = README.read_text(encoding="utf-8")
    start = text.index("## In the editor: factcli lsp")
    return text[start : text.index("\n## ", start + 1)]


def _blocks(lang: str) -> list[str]:
    return re.findall(rf"```{lang}\n(.*?)```", _section(), re.DOTALL)


def test_vscode_settings() -> None:
    (block,) = _blocks("json")
    settings = json.loads(block)
    assert settings["glspc.serverCommand"] == "factcli"
    assert settings["glspc.serverCommandArguments"] == ["lsp"]
    assert settings["glspc.languageId"] == "markdown"
    assert settings["glspc.initializationOptions"] == OPTIONS


def test_helix_languages_toml() -> None:
    (block,) = _blocks("toml")
    config = tomllib.loads(block)
    server = config["language-server"]["factcli"]
    assert [server["command"], *server["args"]] == ["factcli", "lsp"]
    assert server["config"] == OPTIONS
    (markdown,) = config["language"]
    assert markdown["name"] == "markdown" and "factcli" in markdown["language-servers"]


def _run_lua(code: str) -> dict[str, Any]:
    """Run a snippet with a stand-in `vim`; return what it passed to vim.lsp."""
    lua = lupa.LuaRuntime(unpack_returned_tuples=True)
    calls: dict[str, Any] = {}

    def record(name: str):  # type: ignore[no-untyped-def]
        def call(*args: Any) -> int:
            calls[name] = [_plain(a) for a in args]
            return 1

        return call

    vim = lua.eval("{lsp = {}, fn = {}, fs = {}}")
    vim.lsp.config = record("config")
    vim.lsp.enable = record("enable")
    vim.lsp.start = record("start")
    vim.fn.getcwd = lambda: "/drafts"
    lua.globals().vim = vim
    lua.execute(code)
    return calls


def _plain(value: Any) -> Any:
    """A Lua table as Python lists and dicts."""
    if hasattr(value, "items") and not isinstance(value, dict | str):
        items = dict(value.items())
        if items and all(isinstance(k, int) for k in items):
            return [_plain(items[i]) for i in sorted(items)]
        return {k: _plain(v) for k, v in items.items()}
    return value


def test_neovim_snippets_run() -> None:
    modern, older = _blocks("lua")
    calls = _run_lua(modern)
    name, config = calls["config"]
    assert name == "factcli" and calls["enable"] == ["factcli"]
    assert config["cmd"] == ["factcli", "lsp"]
    assert config["filetypes"] == ["markdown", "text"]
    assert config["init_options"] == OPTIONS
    (config,) = _run_lua(older)["start"]
    assert config["name"] == "factcli" and config["cmd"] == ["factcli", "lsp"]
    assert config["root_dir"] == "/drafts" and config["init_options"] == OPTIONS


def test_the_documented_options_are_the_defaults() -> None:
    assert Options.parse(OPTIONS) == Options()


@pytest.mark.asyncio
async def test_the_server_starts_as_the_snippets_say() -> None:
    """`factcli lsp` from the install's bin folder, with the snippets' options, checks a draft."""
    (block,) = _blocks("toml")
    server = tomllib.loads(block)["language-server"]["factcli"]
    command = Path(sys.executable).parent / server["command"]
    assert command.exists(), "the console script `factcli` is installed beside python"
    client = _client()
    await client.start_io(str(command), *server["args"])
    try:
        await client.initialize_session(
            t.InitializeParams(
                capabilities=t.ClientCapabilities(), initialization_options=server["config"]
            )
        )
        uri = "file:///draft.md"
        text = "정부는 2030년까지 GPU 30만장을 확보할 계획이다.\n"
        client.text_document_did_open(
            t.DidOpenTextDocumentParams(t.TextDocumentItem(uri, "markdown", 1, text))
        )
        (diag,) = await published(client, uri, 1)
        assert diag.message.startswith("30만장 should be")
    finally:
        await client.shutdown_session()
        await client.stop()
