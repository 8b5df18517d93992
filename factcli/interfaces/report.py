"""Findings of `check` -> a terminal report, quickfix lines, GitHub annotations, JSON rows."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any, TextIO

from factcli.interfaces.render import clean, console, line
from factcli.store.model import Finding, Store, Verdict

_MARK = {
    Verdict.supported: "✓",
    Verdict.contradicted: "✗",
    Verdict.misleading: "!",
    Verdict.unverified: "?",
}
_STYLE = {
    Verdict.supported: "green",
    Verdict.contradicted: "bold red",
    Verdict.misleading: "bold magenta",
    Verdict.unverified: "yellow",
}


def summary(findings: Sequence[Finding]) -> str:
    counts = Counter(f.verdict for f in findings)
    parts = [
        f"{counts[v]} {v.value}"
        for v in (Verdict.contradicted, Verdict.misleading, Verdict.supported, Verdict.unverified)
    ]
    return f"{', '.join(parts)} ({len(findings)} claim{'s' * (len(findings) != 1)} checked)"


def claim_json(finding: Finding) -> dict[str, Any]:
    """The JSON object for a single claim (`check "CLAIM" --format json`)."""
    row = finding.to_dict()
    return {
        "verdict": row["verdict"],
        "reason": row["reason"],
        "claim": finding.text,
        "fact_id": row["fact_id"],
        "expected": row["expected"],
        "found": row["found"],
        "message": row["message"],
        "evidence": row["evidence"],
        "facts": row["facts"],
    }


def plain_lines(findings: Sequence[Finding], name: str) -> list[str]:
    """FILE:LINE:COL: verdict: message, for editors' quickfix lists."""
    out = []
    for finding in findings:
        row = finding.to_dict()
        out.append(
            line(
                f"{name}:{row['line']}:{row['column']}: {finding.verdict.value}: {finding.message}"
            )
        )
    return out


def _escape_annotation(text: str) -> str:
    """A workflow command's message: `%`, CR and LF percent-encoded, as the runner decodes them."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    """A workflow command's property value: as a message, and `:` and `,` too."""
    return _escape_annotation(text).replace(":", "%3A").replace(",", "%2C")


def github_lines(findings: Sequence[Finding], name: str) -> list[str]:
    """GitHub Actions workflow commands: contradicted as errors, unverified as notices."""
    level = {
        Verdict.contradicted: "error",
        Verdict.misleading: "error",
        Verdict.unverified: "notice",
        Verdict.supported: "notice",
    }
    out = []
    for finding in findings:
        if finding.verdict is Verdict.supported:
            continue
        row = finding.to_dict()
        # Every value escaped: a file name holding a newline or `::` cannot start a command.
        # Controls are shown as escapes (visible): a terminal never obeys them.
        props = {
            "file": name,
            "line": row["line"],
            "col": row["column"],
            "title": f"factcli {finding.verdict.value}",
        }
        prop = ",".join(f"{k}={clean(_escape_property(str(v)))}" for k, v in props.items())
        message = clean(_escape_annotation(f"{finding.text} — {finding.message}"))
        out.append(f"::{level[finding.verdict]} {prop}::{message}")
    return out


def terminal(findings: Sequence[Finding], store: Store, name: str, out: TextIO) -> None:
    """A readable report, by line: the wrong span highlighted, the right value and its source."""
    from rich.text import Text

    con = console(out)
    if name:
        con.print(Text(name, style="bold"))
    for finding in findings:
        head = Text(f"  {finding.line}:{finding.column}  ")
        head.append(
            f"{_MARK[finding.verdict]} {finding.verdict.value}", style=_STYLE[finding.verdict]
        )
        head.append("  " + clean(finding.message))
        con.print(head)
        sentence = Text("      " + clean(finding.text))
        for ev in finding.evidence:
            style = "bold red underline" if ev.relation == "conflict" else "green"
            sentence.stylize(style, 6 + ev.start, 6 + ev.end)
        con.print(sentence)
        for ev in finding.evidence:
            if ev.relation != "conflict":
                continue
            source = store.sources.get(ev.source)
            title = source.title if source else ev.source
            con.print(Text(f"      source: {clean(title)} — “{clean(ev.quote)}”", style="dim"))
    con.print(Text(summary(findings), style="bold"))
