"""Findings of `check` -> a terminal report, quickfix lines, GitHub annotations, JSON rows.

Generic over verdicts: `supported` passes, `unverified` passes unless --strict, and any
other verdict (contradicted, misleading, ...) fails.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from factcli.interfaces.render import clean, console, dumps, line, wants_color, write_json
from factcli.store.model import Finding, Store
from factcli.text import patterns as rx
from factcli.text.records import dataclass

TYPE_CHECKING = False  # not `typing` (~3 ms of `check`'s start-up); type checkers know it
if TYPE_CHECKING:
    from typing import Any, TextIO

PASSES = "supported"
UNSURE = "unverified"
# Any other verdict fails, and shows as ✗ in bold red.
_MARK = {"supported": "✓", "unverified": "?", "misleading": "!"}
_STYLE = {"supported": "green", "unverified": "yellow", "misleading": "bold magenta"}


@dataclass
class Draft:
    """What was checked: a claim or a file (name, its text) and the findings on it."""

    name: str
    text: str
    findings: list[Finding]
    is_claim: bool = False


def verdict(finding: Finding) -> str:
    return str(getattr(finding.verdict, "value", finding.verdict))


def fails(finding: Finding, *, strict: bool = False) -> bool:
    """Does this finding make `check` exit 1?"""
    name = verdict(finding)
    return name != PASSES and (strict or name != UNSURE)


def summary(findings: Sequence[Finding]) -> str:
    counts = Counter(verdict(f) for f in findings)
    known = ["contradicted", "misleading"]
    failing = sorted(v for v in counts if v not in (PASSES, UNSURE, *known))
    order = [*known, *failing, PASSES, UNSURE]
    parts = [f"{counts[v]} {v}" for v in order]
    return f"{', '.join(parts)} ({len(findings)} claim{'s' * (len(findings) != 1)} checked)"


def claim_json(finding: Finding) -> dict[str, Any]:
    """The JSON object for a single claim (`check "CLAIM" --format json`)."""
    row = finding.to_dict()
    out = {"verdict": row["verdict"]}
    if "reason" in row:
        out["reason"] = row["reason"]
    out["claim"] = finding.text
    out.update({k: v for k, v in row.items() if k not in ("verdict", "text", "line", "column")})
    return out


# Line prefixes that are Markdown structure, not the writer's sentence (as text.sentences).
# Compiled when first used (a claim's check never uses them: they find a draft's text).
_PREFIX = rx.compile(r"^(\s*(?:#{1,6}\s+|>\s?|[-*+]\s+(?:\[[ xX]\]\s+)?|\d{1,3}[.)]\s+))+")
_SENTENCE_END = rx.compile(r"[.!?。]\s+")


def original(finding: Finding, lines: Sequence[str]) -> tuple[str, int]:
    """The writer's own text of the sentence (Markdown and all), and how far it starts before
    finding.text (to shift evidence spans).

    The checker reads sentences with Markdown markup blanked out, keeping every column: the
    same columns of the draft's line give the text as written. Markup that opened the
    sentence (`**50,000 GPUs**`, inline code) was blanked before its start; it is taken back,
    up to the end of the previous sentence or the line's list or heading prefix.
    """
    if not 1 <= finding.line <= len(lines):
        return finding.text, 0
    line = lines[finding.line - 1]
    start = finding.column - 1
    piece = line[start : start + len(finding.text)]
    if len(piece) != len(finding.text):
        return finding.text, 0
    prefix = _PREFIX.match(line)
    left = prefix.end() if prefix and prefix.end() <= start else 0
    for end in _SENTENCE_END.finditer(line, left, start):
        left = end.end()
    lead = line[left:start]
    left += len(lead) - len(lead.lstrip())
    return line[left : start + len(finding.text)], start - left


# SGR colours of the verdict word in plain output under --color always (as grep and gcc do).
_SGR = {"supported": "32", "contradicted": "1;31", "misleading": "1;35", "unverified": "33"}


def plain_lines(findings: Sequence[Finding], name: str, *, color: bool = False) -> list[str]:
    """FILE:LINE:COL: verdict: message, for editors' quickfix lists; with `color`, the verdict
    in colour (escapes added after the text is cleaned, so none comes from the text)."""
    out = []
    for finding in findings:
        row = finding.to_dict()
        word = verdict(finding)
        text = line(f"{name}:{row['line']}:{row['column']}: {word}: {finding.message}")
        if color:
            head = f"{line(name)}:{row['line']}:{row['column']}: "
            if text.startswith(head + word):
                code = _SGR.get(word, "0")
                text = f"{head}\x1b[{code}m{word}\x1b[0m{text[len(head) + len(word) :]}"
        out.append(text)
    return out


def _escape_annotation(text: str) -> str:
    """A workflow command's message: `%`, CR and LF percent-encoded, as the runner decodes them."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    """A workflow command's property value: as a message, and `:` and `,` too."""
    return _escape_annotation(text).replace(":", "%3A").replace(",", "%2C")


def github_lines(
    findings: Sequence[Finding], name: str, *, strict: bool = False, source: str = ""
) -> list[str]:
    """GitHub Actions workflow commands: failures as errors, unverified as notices.

    With --strict, unverified claims fail the check, so they are errors too.
    """
    lines = source.splitlines()
    out = []
    for finding in findings:
        if verdict(finding) == PASSES:
            continue
        level = "error" if fails(finding, strict=strict) else "notice"
        row = finding.to_dict()
        # Every value escaped: a file name holding a newline or `::` cannot start a command.
        # Controls are shown as escapes (visible): a terminal never obeys them.
        props = {
            "file": name,
            "line": row["line"],
            "col": row["column"],
            "title": f"factcli {verdict(finding)}",
        }
        prop = ",".join(f"{k}={clean(_escape_property(str(v)))}" for k, v in props.items())
        text = original(finding, lines)[0] if lines else finding.text
        message = clean(_escape_annotation(f"{text} — {finding.message}"))
        out.append(f"::{level} {prop}::{message}")
    return out


def terminal(
    findings: Sequence[Finding], store: Store, name: str, out: TextIO, *, source: str = ""
) -> None:
    """A readable report, by line: the wrong span highlighted, the right value and its source.

    The column shown is the wrong span's, as in plain and JSON; the sentence is shown as the
    writer wrote it, wrapped with an indent.
    """
    from rich.padding import Padding
    from rich.table import Table
    from rich.text import Text

    con = console(out)
    lines = source.splitlines()
    if name:
        con.print(Text(name, style="bold"))
    for finding in findings:
        row = finding.to_dict()
        name_of = verdict(finding)
        mark = Text(f"  {row['line']}:{row['column']}  ")
        mark.append(f"{_MARK.get(name_of, '✗')} {name_of}", style=_STYLE.get(name_of, "bold red"))
        head = Table.grid(padding=(0, 2))
        head.add_column(no_wrap=True)
        # A long message wraps under itself; "fold", as rich's default "ellipsis" cuts a
        # Korean word that meets the edge ("6호 …").
        head.add_column(overflow="fold")
        head.add_row(mark, Text(clean(finding.message)))
        con.print(head)
        shown, shift = original(finding, lines) if lines else (finding.text, 0)
        sentence = Text(clean(shown.replace("\t", " ")))
        if len(sentence) == len(shown):  # spans line up only when nothing was removed
            for ev in finding.evidence:
                style = "bold red underline" if ev.relation == "conflict" else "green"
                sentence.stylize(style, ev.start + shift, ev.end + shift)
        con.print(Padding(sentence, (0, 0, 0, 6), expand=False))
        for ev in finding.evidence:
            if ev.relation != "conflict":
                continue
            source_doc = store.sources.get(ev.source)
            title = source_doc.title if source_doc else ev.source
            quote = Text(f"source: {clean(title)} — “{clean(ev.quote)}”", style="dim")
            con.print(Padding(quote, (0, 0, 0, 6), expand=False))


def write(
    drafts: Sequence[Draft],
    store: Store,
    fmt: str,
    out: TextIO,
    *,
    strict: bool = False,
    only_problems: bool = False,
) -> None:
    """Every draft's findings in one format; --only-problems leaves out supported claims."""

    def shown(draft: Draft) -> list[Finding]:
        if not only_problems:
            return draft.findings
        return [f for f in draft.findings if verdict(f) != PASSES]

    if fmt == "json" and len(drafts) == 1 and drafts[0].is_claim:
        findings = shown(drafts[0])
        write_json(claim_json(findings[0]) if findings else None, out)
        return
    if fmt == "json":
        rows = [_file_row(d, f) for d in drafts for f in shown(d)]
        write_json(rows, out)
    elif fmt == "jsonl":
        for draft in drafts:
            out.writelines(dumps(_file_row(draft, f)) + "\n" for f in shown(draft))
    elif fmt == "plain":
        for draft in drafts:
            colored = wants_color(out)
            out.writelines(
                line + "\n" for line in plain_lines(shown(draft), draft.name, color=colored)
            )
    elif fmt == "github":
        for draft in drafts:
            lines = github_lines(shown(draft), draft.name, strict=strict, source=draft.text)
            out.writelines(line + "\n" for line in lines)
    else:
        from rich.text import Text

        for draft in drafts:
            name = "" if draft.is_claim else draft.name
            source = "" if draft.is_claim else draft.text
            terminal(shown(draft), store, name, out, source=source)
        everything = [f for d in drafts for f in d.findings]
        console(out).print(Text(summary(everything), style="bold"))


def _file_row(draft: Draft, finding: Finding) -> dict[str, Any]:
    row = finding.to_dict()
    if draft.is_claim:
        return row
    row["text"], shift = original(finding, draft.text.splitlines())
    if shift:  # spans index the text shown
        for ev in row["evidence"]:
            ev["span"] = [ev["span"][0] + shift, ev["span"][1] + shift]
    return {"file": draft.name, **row}
