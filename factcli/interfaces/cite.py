"""Ready-to-paste citations of facts: markdown, footnote, plain or JSON; pure."""

from __future__ import annotations

from typing import Any

from factcli.store.model import Fact, Source, Store

STYLES = ("markdown", "footnote", "plain", "json")


def _source_line(source: Source | None, doc: str) -> str:
    if source is None:
        return doc
    parts = [source.title]
    parts += [p for p in (source.author, source.publisher, source.date) if p]
    return ", ".join(parts)


def citation(store: Store, fact: Fact, *, lang: str = "ko") -> dict[str, Any]:
    """The parts of a citation: statement, quotes and their sources."""
    statement = fact.statement if lang == "ko" else fact.statement_en
    refs = []
    for ref in fact.sources:
        source = store.sources.get(ref.doc)
        refs.append(
            {
                "doc": ref.doc,
                "quote": ref.quote,
                "title": source.title if source else ref.doc,
                "publisher": source.publisher if source else None,
                "author": source.author if source else None,
                "date": source.date if source else None,
                "url": source.url if source else None,
                "source": _source_line(source, ref.doc),
            }
        )
    return {"id": fact.id, "statement": statement, "lang": lang, "sources": refs}


def format_citations(
    store: Store, facts: list[Fact], *, style: str = "markdown", lang: str = "ko"
) -> str:
    """Citations of several facts in one style; footnotes are numbered in order."""
    items = [citation(store, fact, lang=lang) for fact in facts]
    if style == "json":
        from factcli.interfaces.render import dumps

        return dumps(items, indent=2) + "\n"
    out: list[str] = []
    if style == "footnote":
        notes: list[str] = []
        for n, item in enumerate(items, 1):
            out.append(f"{item['statement']}[^{n}]")
            notes.append(f"[^{n}]: {_sources_text(item, markdown=True)}")
        return "\n\n".join(out) + "\n\n" + "\n".join(notes) + "\n"
    for item in items:
        if style == "markdown":
            out.append(
                f"{item['statement']}\n\n> “{item['sources'][0]['quote']}”\n> — {_sources_text(item, markdown=True)}"
            )
        else:
            out.append(
                f"{item['statement']} “{item['sources'][0]['quote']}” ({_sources_text(item, markdown=False)})"
            )
    return "\n\n".join(out) + "\n"


def _sources_text(item: dict[str, Any], *, markdown: bool) -> str:
    texts = []
    for ref in item["sources"]:
        title = ref["source"]
        if ref["url"]:
            title = f"[{title}]({ref['url']})" if markdown else f"{title}, {ref['url']}"
        texts.append(title)
    return "; ".join(dict.fromkeys(texts))
