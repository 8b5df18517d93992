"""What the language server answers: diagnostics, hover, code actions, completion.

Each function takes the store, the draft's lines and its placed findings and returns lsprotocol
values with positions in code points; factcli.interfaces.lsp converts them to the client's
position encoding and sends them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from lsprotocol import types as lsp

from factcli.interfaces.lsp_document import Placed, Span
from factcli.store.model import Evidence, Fact, Store, Subject

SHOW_FACT = "factcli.showFact"
# Code points (line, column) -> a position in the client's encoding.
Conv = Callable[[int, int], lsp.Position]
_HANGUL = re.compile("[가-힣]")

# Verdicts that are not a problem; anything else the checker says is one.
_SEVERITY = {
    "contradicted": lsp.DiagnosticSeverity.Error,
    "misleading": lsp.DiagnosticSeverity.Warning,
    "unverified": lsp.DiagnosticSeverity.Hint,
}


@dataclass(frozen=True)
class Options:
    """What the client asked for in initializationOptions."""

    unverified: bool = False  # show unverified claims as hints
    debounce: float = 0.04  # seconds of quiet after a change before checking

    @classmethod
    def parse(cls, raw: object) -> Options:
        if not isinstance(raw, dict):
            return cls()
        debounce = raw.get("debounce", raw.get("debounceMs"))
        seconds = cls.debounce
        if isinstance(debounce, int | float) and 0 <= debounce <= 600_000:
            seconds = debounce / 1000
        return cls(unverified=bool(raw.get("unverified", False)), debounce=seconds)


def _range(span: Span, conv: Conv) -> lsp.Range:
    return lsp.Range(conv(span.line, span.start), conv(span.last, span.end))


def diagnostics(placed: Iterable[Placed], options: Options, conv: Conv) -> list[lsp.Diagnostic]:
    """One diagnostic per finding that is a problem; ranges in code points."""
    out = []
    for item in placed:
        verdict = item.verdict
        if verdict == "supported" or (verdict == "unverified" and not options.unverified):
            continue
        row = item.finding.to_dict()
        out.append(
            lsp.Diagnostic(
                range=_range(item.target, conv),
                message=row["message"],
                severity=_SEVERITY.get(verdict, lsp.DiagnosticSeverity.Warning),
                source="factcli",
                code=verdict,
                data={k: row.get(k) for k in ("verdict", "reason", "fact_id", "expected", "found")},
            )
        )
    return out


def is_korean(text: str) -> bool:
    return bool(_HANGUL.search(text))


def fact_markdown(store: Store, fact: Fact, *, korean: bool) -> str:
    """A fact for a hover or a completion: statement, value, source quote with title and date."""
    from factcli.interfaces.views import display_value

    lang = "ko" if korean else "en"
    statement = fact.statement if korean else fact.statement_en or fact.statement
    value = display_value(fact, lang)
    lines = [f"**{_md(value)}** · `{fact.id}`" if value else f"`{fact.id}`", "", _md(statement)]
    for ref in fact.sources[:2]:
        source = store.sources.get(ref.doc)
        where = [source.title, source.publisher, source.date] if source else [ref.doc]
        title = ", ".join(_md(p) for p in where if p)
        if source and source.url:
            title = f"[{title}]({source.url})"
        lines += ["", f"> “{_md(ref.quote)}”", f"> — {title}"]
    if fact.superseded_by:
        lines += ["", f"Superseded by `{fact.superseded_by}`."]
    return "\n".join(lines)


def _kind(markdown: bool) -> lsp.MarkupKind:
    # A client that cannot render Markdown shows the same text plainly: still readable.
    return lsp.MarkupKind.Markdown if markdown else lsp.MarkupKind.PlainText


def _md(text: str) -> str:
    """Store text shown as Markdown prints as written (no links, emphasis or HTML)."""
    return re.sub(r"([\\`*_\[\]<>#|])", r"\\\1", text)


def _at(placed: Iterable[Placed], line: int, column: int) -> Placed | None:
    return next((p for p in placed if p.sentence.holds(line, column)), None)


def hover(
    store: Store,
    placed: list[Placed],
    lines: list[str],
    line: int,
    column: int,
    conv: Conv,
    *,
    markdown: bool = True,
) -> lsp.Hover | None:
    """The fact behind a value (a number or a date the checker compared), or a name the store knows."""
    item = _at(placed, line, column)
    text = lines[line] if line < len(lines) else ""
    korean = is_korean(item.finding.text if item else text)
    if item is not None:
        for ev, span in item.evidence:
            fact = store.get(ev.fact_id)
            if fact is not None and span.holds(line, column) and span.end > span.start:
                head = _verdict_line(item, ev)
                body = fact_markdown(store, fact, korean=korean)
                return lsp.Hover(
                    contents=lsp.MarkupContent(_kind(markdown), f"{head}\n\n{body}"),
                    range=_range(span, conv),
                )
    named = _name_at(store, text, column)
    if named is None:
        return None
    subject, start, end = named
    parts = [f"**{_md(subject.name)}** ({_md(subject.name_en)}) · `{subject.id}`"]
    if subject.description:
        parts += ["", _md(subject.description)]
    facts = [store.get(i) for i in (item.finding.facts if item else [])]
    about = [f for f in facts if f is not None and f.subject == subject.id][:1]
    parts += ["", "---", "", fact_markdown(store, about[0], korean=korean)] if about else []
    span = Span(line, start, end)
    return lsp.Hover(
        contents=lsp.MarkupContent(_kind(markdown), "\n".join(parts)),
        range=_range(span, conv),
    )


def _verdict_line(item: Placed, ev: Evidence) -> str:
    if ev.relation == "conflict":
        return f"factcli: **{item.verdict}**: {_md(ev.found)} should be {_md(ev.expected)}"
    if ev.relation == "agree":
        return f"factcli: **{item.verdict}**: {_md(ev.found)} agrees with the store"
    reason = getattr(item.finding, "reason", None)
    explanation = getattr(item.finding, "explanation", None)
    if reason:  # misleading: the values are right, the meaning is not
        return f"factcli: **{item.verdict}** ({_md(reason)}): {_md(explanation or '')}"
    return f"factcli: **{item.verdict}**"


def _name_at(store: Store, line: str, column: int) -> tuple[Subject, int, int] | None:
    """(subject, start, end) of a subject's name or alias under the column, longest first."""
    best: tuple[Subject, int, int] | None = None
    lowered = line.lower()
    for subject in store.subjects.values():
        for name in subject.names:
            if len(name) < 2:
                continue
            key = name.lower()
            start = lowered.find(key, max(0, column - len(key)))
            while start != -1 and start <= column:
                end = start + len(key)
                if column <= end and (best is None or end - start > best[2] - best[1]):
                    best = (subject, start, end)
                start = lowered.find(key, start + 1)
    return best


# --- code actions --------------------------------------------------------------------------


def code_actions(
    store: Store,
    placed: list[Placed],
    lines: list[str],
    uri: str,
    first: int,
    last: int,
    diagnostics_in: list[lsp.Diagnostic],
    conv: Conv,
) -> list[lsp.CodeAction | lsp.Command]:
    """Quick fixes for the findings on lines first..last: the store's value, a citation, the fact."""
    from factcli.interfaces.lsp_style import rewrite

    actions: list[lsp.CodeAction | lsp.Command] = []
    for item in placed:
        if not first <= item.sentence.line <= last:
            continue
        related = [d for d in diagnostics_in if d.range.start.line == item.sentence.line]
        seen: set[tuple[int, str]] = set()
        for ev, span in item.evidence:
            if ev.relation != "conflict" or (span.start, ev.expected) in seen:
                continue
            seen.add((span.start, ev.expected))
            new = rewrite(ev.found, ev.expected) or ev.expected
            edit = lsp.WorkspaceEdit(changes={uri: [lsp.TextEdit(_range(span, conv), new)]})
            actions.append(
                lsp.CodeAction(
                    title=f"Replace with the store's value: {new} ({ev.fact_id})",
                    kind=lsp.CodeActionKind.QuickFix,
                    diagnostics=related or None,
                    edit=edit,
                    is_preferred=len(seen) == 1,
                )
            )
        ids = list(dict.fromkeys(e.fact_id for e, _s in item.evidence))[:3]
        korean = is_korean(item.finding.text)
        for fact_id in ids:
            fact = store.get(fact_id)
            if fact is None:
                continue
            actions += _citation_actions(store, fact, item, lines, uri, conv, korean=korean)
            # A bare Command: clients run it from the same menu (a CodeAction holding only a
            # command reads back as a Command in some clients anyway).
            actions.append(
                lsp.Command(title=f"Show fact {fact_id}", command=SHOW_FACT, arguments=[fact_id])
            )
    return actions


def footnote_definition(store: Store, fact: Fact) -> str:
    """`[^id]: [title, author, publisher, date](url)`, as `factcli cite --style footnote` writes it.

    Sources only, no quote: the draft's check reads every line, and a source's sentence
    quoted out of its context is a claim of its own.
    """
    from factcli.interfaces.cite import citation

    texts = []
    for ref in citation(store, fact)["sources"]:
        texts.append(f"[{ref['source']}]({ref['url']})" if ref["url"] else ref["source"])
    return f"[^{fact.id}]: {'; '.join(dict.fromkeys(texts)) or fact.id}"


def end_of(lines: list[str], conv: Conv) -> tuple[lsp.Position, str]:
    """Where text appended to the draft goes, and what must come first to leave a blank line."""
    if not lines:
        return conv(0, 0), ""
    last = lines[-1]
    if last.endswith(("\n", "\r")):
        lead = "" if not last.strip() else "\n"
        return conv(len(lines), 0), lead
    return conv(len(lines) - 1, len(last)), "\n\n"


def definition_edits(store: Store, fact: Fact, lines: list[str], conv: Conv) -> list[lsp.TextEdit]:
    """The footnote's definition at the end of the draft, unless it is there already."""
    if any(line.startswith(f"[^{fact.id}]:") for line in lines):
        return []
    where, lead = end_of(lines, conv)
    text = f"{lead}{footnote_definition(store, fact)}\n"
    return [lsp.TextEdit(lsp.Range(where, where), text)]


def _citation_actions(
    store: Store, fact: Fact, item: Placed, lines: list[str], uri: str, conv: Conv, *, korean: bool
) -> list[lsp.CodeAction]:
    from factcli.interfaces.cite import citation

    end = conv(item.sentence.last, item.sentence.end)
    marker = lsp.TextEdit(lsp.Range(end, end), f"[^{fact.id}]")
    footnote = lsp.CodeAction(
        title=f"Insert citation (footnote) {fact.id}",
        kind=lsp.CodeActionKind.RefactorInline,
        edit=lsp.WorkspaceEdit(
            changes={uri: [marker, *definition_edits(store, fact, lines, conv)]}
        ),
    )
    refs = citation(store, fact, lang="ko" if korean else "en")["sources"]
    if not refs:
        return [footnote]
    # A Markdown quote after the paragraph (`factcli cite --style markdown`).
    last = item.sentence.last
    while last + 1 < len(lines) and lines[last + 1].strip():
        last += 1
    stop = conv(last, len(lines[last].rstrip("\r\n")))
    source = refs[0]["source"] + (f", {refs[0]['url']}" if refs[0]["url"] else "")
    quote = f"\n\n> “{refs[0]['quote']}”\n> — {source}"
    block = lsp.CodeAction(
        title=f"Insert citation (quote) {fact.id}",
        kind=lsp.CodeActionKind.RefactorInline,
        edit=lsp.WorkspaceEdit(changes={uri: [lsp.TextEdit(lsp.Range(stop, stop), quote)]}),
    )
    return [footnote, block]


def show_fact_text(store: Store, fact: Fact) -> str:
    """What `factcli get ID` prints (plain), and where the fact lives."""
    from factcli.interfaces.render import clean
    from factcli.interfaces.views import fact_detail

    lines = [clean(f"{key}: {value}") for key, value in fact_detail(fact, store)]
    if fact.file:
        lines.append(f"file: {fact.file}:{fact.line}")
    return "\n".join(lines) + "\n"


# --- completion ----------------------------------------------------------------------------

_CITE = re.compile(r"\[[\^@]([\w.\-]*)$")
_WORD = re.compile(r"[\w가-힣\-]+$")
LIMIT = 100


def completion(
    store: Store, lines: list[str], line: int, column: int, conv: Conv, *, markdown: bool = True
) -> lsp.CompletionList | None:
    """Fact ids after `[^` or `[@`; subject names elsewhere."""
    text = lines[line][:column] if line < len(lines) else ""
    korean = is_korean("".join(lines[max(0, line - 3) : line + 1]))
    cite = _CITE.search(text)
    if cite:
        prefix = cite.group(1)
        facts = [f for f in store.facts if f.id.startswith(prefix)]
        facts += [f for f in store.facts if prefix and prefix in f.id and f not in facts]
        start = conv(line, column - len(prefix))
        footnote = text[cite.start() + 1] == "^"
        items = []
        for fact in facts[:LIMIT]:
            items.append(
                lsp.CompletionItem(
                    label=fact.id,
                    kind=lsp.CompletionItemKind.Reference,
                    detail=fact.statement if korean else fact.statement_en,
                    documentation=lsp.MarkupContent(
                        _kind(markdown), fact_markdown(store, fact, korean=korean)
                    ),
                    text_edit=lsp.TextEdit(lsp.Range(start, conv(line, column)), fact.id),
                    additional_text_edits=definition_edits(store, fact, lines, conv)
                    if footnote
                    else None,
                )
            )
        return lsp.CompletionList(is_incomplete=len(facts) > LIMIT, items=items)
    word = _WORD.search(text)
    if not word:
        return None
    prefix = word.group().lower()
    items = []
    for subject in store.subjects.values():
        for name in subject.names:
            if name.lower().startswith(prefix) and name.lower() != prefix:
                items.append(
                    lsp.CompletionItem(
                        label=name,
                        kind=lsp.CompletionItemKind.Value,
                        detail=subject.name_en if name != subject.name_en else subject.name,
                        documentation=subject.description,
                        text_edit=lsp.TextEdit(
                            lsp.Range(
                                conv(line, column - len(prefix)),
                                conv(line, column),
                            ),
                            name,
                        ),
                    )
                )
    return lsp.CompletionList(is_incomplete=False, items=items[:LIMIT])
