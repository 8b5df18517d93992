"""`factcli lsp`: the language server, on stdio (pygls 2 with lsprotocol).

Diagnostics are what `factcli check --file` finds (the same core function, paragraph by
paragraph, cached per paragraph text and store state); hover shows the fact behind a value or
a name; code actions put the store's value in the writer's notation, insert a citation or show
the fact; completion offers fact ids after `[^` and subject names. The store is re-read when
its files change: checked at every request (stat of each file) and on didChangeWatchedFiles.
Imported only by the `lsp` command: no other command pays for pygls.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import time
from pathlib import Path
from typing import Any

from lsprotocol import types as lsp
from pygls.lsp.server import LanguageServer

from factcli import __version__
from factcli.errors import StoreError
from factcli.interfaces import lsp_features as features
from factcli.interfaces.lsp_document import FindingCache, Placed, check_steps
from factcli.store.model import Store

log = logging.getLogger("factcli.lsp")


class StoreWatch:
    """The store in memory, re-read when a file of it changes (a broken edit keeps the last good one)."""

    RACY = 2.0  # seconds: a file modified this recently may change again within one mtime tick
    SLOW = 1.0  # seconds: a store that took longer to load is re-read in a worker thread

    def __init__(self, path: str | None, use_cache: bool) -> None:
        from factcli.store.files import resolve_store_path

        self.path, self.use_cache = path, use_cache
        self.root = resolve_store_path(path)
        self.version = 0
        self.problem: str | None = None
        self.base, self.hashes = self._stamp()
        self.seconds = 0.0  # how long the last load took
        self.store = self.load()

    def load(self) -> Store:
        """Read the store afresh (raises StoreError); safe in a worker thread: it shares nothing."""
        from factcli.store.index import store_index
        from factcli.store.loader import load_store

        start = time.perf_counter()
        store = load_store(self.root, use_cache=self.use_cache)
        store_index(store)  # built now, so the first keystroke does not pay for it
        self.seconds = time.perf_counter() - start
        return store

    @property
    def slow(self) -> bool:
        return self.seconds > self.SLOW

    def _stamp(self) -> tuple[tuple[Any, ...], dict[str, str]]:
        """(path, size, mtime, inode) of every file, and the hashes of recently written ones.

        Two edits within one timestamp tick look alike by size and mtime: a file written in
        the last RACY seconds is read and hashed too (only those, so a large store costs
        nothing more once it has settled).
        """
        from factcli.store.files import store_files

        try:
            stats = [(str(p), p.stat()) for p in store_files(self.root)]
        except (StoreError, OSError) as exc:
            return ("error", str(exc)), {}
        now = time.time()
        hashes = {}
        for path, st in stats:
            if now - st.st_mtime_ns / 1e9 < self.RACY:
                with contextlib.suppress(OSError):
                    hashes[path] = hashlib.sha256(Path(path).read_bytes()).hexdigest()
        return tuple((p, s.st_size, s.st_mtime_ns, s.st_ino) for p, s in stats), hashes

    def changed(self) -> bool:
        """Whether a file changed since the last look (and remember this look)."""
        base, hashes = self._stamp()
        if base == self.base and all(self.hashes.get(p) == h for p, h in hashes.items()):
            return False
        self.base, self.hashes = base, hashes
        return True

    def use(self, store: Store | None, problem: str | None = None) -> bool:
        """Put a freshly loaded store in use (or keep the old one and remember why not)."""
        self.problem = problem
        if store is None:
            return False
        self.store = store
        self.version += 1
        return True

    def reload(self) -> bool:
        """Re-read the store now; True when a new store is in use."""
        try:
            return self.use(self.load())
        except StoreError as exc:
            return self.use(None, str(exc))

    def refresh(self) -> bool:
        """Re-read the store now if a file changed; True when a new store is in use."""
        return self.changed() and self.reload()


class FactServer(LanguageServer):
    """The server and what it keeps between requests."""

    def __init__(self, watch: StoreWatch) -> None:
        super().__init__("factcli", __version__)
        self.watch = watch
        self.options = features.Options()
        self.cache = FindingCache()
        self.placed: dict[str, list[Placed]] = {}
        self.published: dict[str, list[lsp.Diagnostic]] = {}
        self.tasks: dict[str, asyncio.Task[None]] = {}
        self.told: str | None = None
        self.reloading: asyncio.Future[Store] | None = None

    @property
    def store(self) -> Store:
        return self.watch.store

    def refresh_store(self) -> None:
        """Use an edited store from now on; re-check every open draft against it.

        A store that loads fast is re-read at once, so the next keystroke uses it; a slow one
        (a large store rebuilding its cache) is re-read in a worker thread while the old one
        keeps answering, and every open draft is re-checked when it is in.
        """
        if self.reloading is not None:
            return  # when it is in, the store is looked at again
        if not self.watch.changed():
            return
        if self.watch.slow:
            self.reloading = asyncio.get_running_loop().run_in_executor(None, self.watch.load)
            self.reloading.add_done_callback(self._loaded)
            return
        self._after_reload(self.watch.reload())

    def _loaded(self, future: asyncio.Future[Store]) -> None:
        self.reloading = None
        try:
            changed = self.watch.use(future.result())
        except StoreError as exc:
            changed = self.watch.use(None, str(exc))
        except Exception as exc:  # a bug while loading must not stop the watching
            log.exception("store reload failed")
            changed = self.watch.use(None, f"{type(exc).__name__}: {exc}")
        self._after_reload(changed)
        self.refresh_store()  # an edit made while it loaded

    def _after_reload(self, changed: bool) -> None:
        if self.watch.problem and self.watch.problem != self.told:
            self.told = self.watch.problem
            self.window_show_message(
                lsp.ShowMessageParams(
                    lsp.MessageType.Warning,
                    f"factcli: the store did not load ({self.watch.problem}); "
                    "still using the last valid store",
                )
            )
        if changed:
            self.told = None
            for uri in list(self.placed):
                self.schedule(uri, delay=0.0)

    def conv(self, uri: str) -> features.Conv:
        """(line, code point) -> a position in the negotiated encoding (UTF-16 by default)."""
        doc = self.workspace.get_text_document(uri)
        lines, codec = doc.lines, doc.position_codec

        def convert(line: int, column: int) -> lsp.Position:
            return codec.position_to_client_units(lines, lsp.Position(line, column))

        return convert

    def column(self, uri: str, position: lsp.Position) -> tuple[int, int]:
        doc = self.workspace.get_text_document(uri)
        server = doc.position_codec.position_from_client_units(
            doc.lines, lsp.Position(position.line, position.character)
        )
        return server.line, server.character

    def schedule(self, uri: str, delay: float) -> None:
        """Check the draft after `delay` seconds of quiet; a newer edit restarts the wait."""
        old = self.tasks.pop(uri, None)
        if old is not None:
            old.cancel()
        self.tasks[uri] = asyncio.get_running_loop().create_task(self._check(uri, delay))

    async def _check(self, uri: str, delay: float) -> None:
        if delay:
            await asyncio.sleep(delay)
        try:
            doc = self.workspace.get_text_document(uri)
            version, text = doc.version, doc.source
            placed: list[Placed] = []
            steps = check_steps(self.store, self.watch.version, text, self.cache)
            for step in steps:
                if step is None:
                    await asyncio.sleep(0)  # let a newer edit in (it cancels this check)
                else:
                    placed = step
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # a checker bug must not take the editor's server down
            log.exception("check failed")
            self.window_log_message(
                lsp.LogMessageParams(lsp.MessageType.Error, f"factcli: check failed: {exc!r}")
            )
            return
        self.placed[uri] = placed
        found = features.diagnostics(placed, self.options, self.conv(uri))
        self.published[uri] = found
        self.text_document_publish_diagnostics(
            lsp.PublishDiagnosticsParams(uri=uri, diagnostics=found, version=version)
        )

    def placed_now(self, uri: str) -> list[Placed]:
        """The findings of the draft as it is now (checked now if an edit is pending)."""
        doc = self.workspace.get_text_document(uri)
        placed: list[Placed] = []
        for step in check_steps(self.store, self.watch.version, doc.source, self.cache):
            if step is not None:
                placed = step
        return placed


def build_server(watch: StoreWatch) -> FactServer:
    """The server with every feature registered."""
    server = FactServer(watch)

    @server.feature(lsp.INITIALIZE)
    def initialize(ls: FactServer, params: lsp.InitializeParams) -> None:
        ls.options = features.Options.parse(params.initialization_options)

    @server.feature(lsp.INITIALIZED)
    async def initialized(ls: FactServer, params: lsp.InitializedParams) -> None:
        watched = ls.client_capabilities.workspace
        dynamic = watched and watched.did_change_watched_files
        if not (dynamic and dynamic.dynamic_registration):
            return  # every request still looks at the store's files
        if dynamic.relative_pattern_support:
            glob: lsp.GlobPattern = lsp.RelativePattern(
                base_uri=ls.watch.root.resolve().as_uri(), pattern="**/*.{yaml,yml}"
            )
        else:
            glob = f"{ls.watch.root.resolve().as_posix()}/**/*.{{yaml,yml}}"
        options = lsp.DidChangeWatchedFilesRegistrationOptions(
            watchers=[lsp.FileSystemWatcher(glob_pattern=glob)]
        )
        await ls.client_register_capability_async(
            lsp.RegistrationParams(
                registrations=[
                    lsp.Registration(
                        id="factcli-store",
                        method=lsp.WORKSPACE_DID_CHANGE_WATCHED_FILES,
                        register_options=options,
                    )
                ]
            )
        )

    @server.feature(lsp.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: FactServer, params: lsp.DidOpenTextDocumentParams) -> None:
        ls.refresh_store()
        ls.placed.setdefault(params.text_document.uri, [])
        ls.schedule(params.text_document.uri, delay=0.0)

    @server.feature(lsp.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: FactServer, params: lsp.DidChangeTextDocumentParams) -> None:
        ls.refresh_store()
        ls.schedule(params.text_document.uri, delay=ls.options.debounce)

    @server.feature(lsp.TEXT_DOCUMENT_DID_SAVE)
    def did_save(ls: FactServer, params: lsp.DidSaveTextDocumentParams) -> None:
        ls.refresh_store()
        ls.schedule(params.text_document.uri, delay=0.0)

    @server.feature(lsp.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: FactServer, params: lsp.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        task = ls.tasks.pop(uri, None)
        if task is not None:
            task.cancel()
        ls.placed.pop(uri, None)
        ls.published.pop(uri, None)
        ls.text_document_publish_diagnostics(lsp.PublishDiagnosticsParams(uri=uri, diagnostics=[]))

    @server.feature(lsp.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    def watched(ls: FactServer, params: lsp.DidChangeWatchedFilesParams) -> None:
        ls.refresh_store()

    @server.feature(lsp.TEXT_DOCUMENT_HOVER)
    def hover(ls: FactServer, params: lsp.HoverParams) -> lsp.Hover | None:
        ls.refresh_store()
        uri = params.text_document.uri
        line, column = ls.column(uri, params.position)
        doc = ls.workspace.get_text_document(uri)
        caps = ls.client_capabilities.text_document
        formats = caps.hover.content_format if caps and caps.hover else None
        return features.hover(
            ls.store,
            ls.placed_now(uri),
            list(doc.lines),
            line,
            column,
            ls.conv(uri),
            markdown=lsp.MarkupKind.Markdown in (formats or ()),
        )

    @server.feature(
        lsp.TEXT_DOCUMENT_CODE_ACTION,
        lsp.CodeActionOptions(
            code_action_kinds=[lsp.CodeActionKind.QuickFix, lsp.CodeActionKind.RefactorInline]
        ),
    )
    def code_action(
        ls: FactServer, params: lsp.CodeActionParams
    ) -> list[lsp.CodeAction | lsp.Command]:
        ls.refresh_store()
        uri = params.text_document.uri
        doc = ls.workspace.get_text_document(uri)
        return features.code_actions(
            ls.store,
            ls.placed_now(uri),
            list(doc.lines),
            uri,
            params.range.start.line,
            params.range.end.line,
            list(params.context.diagnostics),
            ls.conv(uri),
        )

    @server.feature(
        lsp.TEXT_DOCUMENT_COMPLETION, lsp.CompletionOptions(trigger_characters=["^", "@"])
    )
    def completion(ls: FactServer, params: lsp.CompletionParams) -> lsp.CompletionList | None:
        ls.refresh_store()
        uri = params.text_document.uri
        line, column = ls.column(uri, params.position)
        doc = ls.workspace.get_text_document(uri)
        caps = ls.client_capabilities.text_document
        item = caps.completion.completion_item if caps and caps.completion else None
        formats = item.documentation_format if item else None
        return features.completion(
            ls.store,
            list(doc.lines),
            line,
            column,
            ls.conv(uri),
            markdown=lsp.MarkupKind.Markdown in (formats or ()),
        )

    @server.command(features.SHOW_FACT)
    async def show_fact(ls: FactServer, *args: Any) -> str | None:
        ls.refresh_store()
        fact = ls.store.get(str(args[0])) if args else None
        if fact is None:
            ls.window_show_message(
                lsp.ShowMessageParams(lsp.MessageType.Error, f"factcli: no fact {args[:1]}")
            )
            return None
        text = features.show_fact_text(ls.store, fact)
        window = ls.client_capabilities.window
        if window and window.show_document and window.show_document.support:
            from factcli.store.cache import usable_dir

            base = usable_dir()  # a folder others could change is not written to
            path: Path | None = None
            try:
                if base is not None:
                    folder = Path(base) / "lsp"
                    folder.mkdir(mode=0o700, exist_ok=True)
                    path = folder / f"{fact.id}.txt"
                    path.write_text(text, encoding="utf-8")
            except OSError:
                path = None
            if path is not None:
                await ls.window_show_document_async(
                    lsp.ShowDocumentParams(uri=path.resolve().as_uri(), take_focus=True)
                )
                return text
        ls.window_show_message(lsp.ShowMessageParams(lsp.MessageType.Info, text))
        return text

    return server


def serve(store_path: str | None, use_cache: bool) -> int:
    """Run the language server on stdin/stdout until the client says exit.

    The store is read first: a broken store fails like every other command (exit 2).
    """
    import os
    import sys

    watch = StoreWatch(store_path, use_cache)
    server = build_server(watch)
    # pygls closes the stream it writes to on `exit`: give it a copy of stdout, and send any
    # stray print to stderr, where it cannot corrupt the protocol.
    out = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    sys.stdout = sys.stderr
    server.start_io(sys.stdin.buffer, out)
    # The protocol's rule: exit after shutdown is 0, an exit without shutdown is 1.
    return 0 if getattr(server.protocol, "_shutdown", True) else 1
