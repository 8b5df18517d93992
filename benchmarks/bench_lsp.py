"""Benchmark `factcli lsp` as an editor drives it: open a 200-line draft, then 20 edits.

    .venv/bin/python benchmarks/bench_lsp.py                       # bundled store
    .venv/bin/python benchmarks/bench_lsp.py --store DIR --edits 20 --debounce 40

A real server process over stdio (`factcli [--store S] lsp`) and a pygls client. Measured, from
the client's side, wall time:

- start-up: spawning the server until it answers `initialize`;
- open: `didOpen` of the draft until its diagnostics arrive (every paragraph checked);
- edit: each `didChange` (one keystroke in a paragraph, a different paragraph each time, spread
  over the draft) until the diagnostics for that document version arrive. This includes the
  debounce (the server waits that long after the last change), one paragraph's check and the
  round trip. The target: at most 100 ms after start-up.

The draft: the 150 claims of tests/data/eval/claims-extra.yaml, two or three sentences a
paragraph with blank lines between, cut at 200 lines; some claims are wrong on purpose.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from pathlib import Path

import yaml
from lsprotocol import types as t
from pygls.lsp.client import LanguageClient

REPO = Path(__file__).resolve().parent.parent
TARGET_MS = 100


def draft(lines: int = 200) -> str:
    claims = [c["c"] for c in yaml.safe_load((REPO / "tests/data/eval/claims-extra.yaml").open())]
    out: list[str] = ["# A long draft", ""]
    i = 0
    while len(out) < lines:
        size = 2 + i % 2
        out += [claims[(i + k) % len(claims)] for k in range(size)]
        out.append("")
        i += size
    return "\n".join(out[:lines]) + "\n"


async def run(args: argparse.Namespace) -> dict[str, object]:
    client = LanguageClient("bench", "1")
    got: dict[int, float] = {}
    arrived = asyncio.Event()

    @client.feature(t.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    def _published(params: t.PublishDiagnosticsParams) -> None:
        got[params.version or 0] = time.perf_counter()
        got[-1] = len(params.diagnostics)
        arrived.set()

    async def diagnostics_for(version: int) -> float:
        while version not in got:
            arrived.clear()
            await asyncio.wait_for(arrived.wait(), 60)
        return got[version]

    store = ["--store", args.store] if args.store else []
    start = time.perf_counter()
    await client.start_io(sys.executable, "-m", "factcli", *store, "lsp")
    await client.initialize_async(
        t.InitializeParams(
            capabilities=t.ClientCapabilities(),
            initialization_options={"debounce": args.debounce},
        )
    )
    client.initialized(t.InitializedParams())
    startup = time.perf_counter() - start

    text = draft(args.lines)
    uri = "file:///bench/draft.md"
    sent = time.perf_counter()
    client.text_document_did_open(
        t.DidOpenTextDocumentParams(t.TextDocumentItem(uri, "markdown", 1, text))
    )
    opened = await diagnostics_for(1) - sent
    findings = got[-1]

    lines = text.splitlines()
    content = [n for n, line in enumerate(lines) if line and not line.startswith("#")]
    times = []
    for k in range(args.edits):
        line = content[(k * len(content)) // args.edits]
        where = t.Position(line, len(lines[line].encode("utf-16-le")) // 2)
        version = k + 2
        sent = time.perf_counter()
        client.text_document_did_change(
            t.DidChangeTextDocumentParams(
                t.VersionedTextDocumentIdentifier(version=version, uri=uri),
                [t.TextDocumentContentChangePartial(range=t.Range(where, where), text=" ")],
            )
        )
        times.append(await diagnostics_for(version) - sent)
    await client.shutdown_async(None)
    client.exit(None)
    await client.stop()
    ms = sorted(x * 1000 for x in times)
    return {
        "startup_ms": startup * 1000,
        "open_ms": opened * 1000,
        "findings": findings,
        "edit_median_ms": statistics.median(ms),
        "edit_p95_ms": ms[max(0, round(0.95 * len(ms)) - 1)],
        "edit_max_ms": ms[-1],
        "edit_min_ms": ms[0],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--store", help="store directory (default: the bundled store)")
    parser.add_argument("--lines", type=int, default=200)
    parser.add_argument("--edits", type=int, default=20)
    parser.add_argument("--debounce", type=int, default=40, help="server debounce, ms")
    args = parser.parse_args()
    result = asyncio.run(run(args))
    verdict = "PASS" if float(result["edit_max_ms"]) <= TARGET_MS else "FAIL"  # type: ignore[arg-type]
    print(
        f"| draft | debounce | start-up | open (all {args.lines} lines) | edit median | edit p95 | edit max | target |"
    )
    print("|---|---|---|---|---|---|---|---|")
    print(
        f"| {args.lines} lines, {result['findings']} diagnostics | {args.debounce} ms "
        f"| {result['startup_ms']:.0f} ms | {result['open_ms']:.0f} ms "
        f"| {result['edit_median_ms']:.0f} ms | {result['edit_p95_ms']:.0f} ms "
        f"| {result['edit_max_ms']:.0f} ms | <= {TARGET_MS} ms: {verdict} |"
    )


if __name__ == "__main__":
    main()
