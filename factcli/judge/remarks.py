"""Whose remark, and when: what a sentence says someone said, against the fact that holds it.

"At his July 14, 2025 confirmation hearing, Bae said he had known nothing in advance about the
mortgage restriction": the date agrees with the hearing, but what he said there is another
remark, which the store dates 2025-06-30. The words said are looked up on their own; when they
are another dated remark's, not the supporting fact's, the sentence's day is that remark's.

May import: factcli.find, factcli.store, factcli.text; judge.meaning for Objection only.
"""

from __future__ import annotations

from collections.abc import Sequence

from factcli.find.search import search
from factcli.find.vocabulary import Index
from factcli.judge.meaning.subjects import Objection
from factcli.store.model import Fact, Store
from factcli.text import patterns as rx
from factcli.text.analysis import Analysis, Value, analyze_sentence
from factcli.text.dates import parse_iso
from factcli.text.relatives import relative_part

# What was said: after "said (that)", before "다고 말했다"; a quotation.
_SAID_EN = rx.compile(
    r"(?i:\b(?:said|told\s+\w+|stated|explained|insisted|claimed|denied|admitted|noted|"
    r"pledged|promised|vowed)\s+(?:that\s+|to\s+)?)(.{12,})$"
)
# (matched from the sentence's start: the first match a search finds begins there anyway, and
# a search tried from every place was quadratic, ~15 s for 40,000 characters)
_SAID_KO = rx.compile(
    r"(?s:(.{8,}?))(?:[다라]|했다|됐다|었다|였다)고\s*"
    r"(?:말했|밝혔|설명했|강조했|전했|해명했|주장했|답했|털어놨|했다|언급했|약속했|다짐했)"
)
_TOPIC_KO = rx.compile(r"^.*?(?<=[가-힣])(?:은|는)\s")
_CLEAR = 25.0  # the remark's own fact must lead the supporter by this much for the words said
_MIN_SCORE = 45.0


def said_words(text: str) -> str | None:
    """The words a sentence says someone said, without who said them, or None."""
    m = _SAID_EN.search(text)
    if m:
        return m.group(1).strip(" .")
    m = _SAID_KO.match(text)
    if m:
        said = m.group(1)
        topic = _TOPIC_KO.match(said)
        return (said[topic.end() :] if topic else said).strip(" ,.")
    return None


def _said(fact: Fact) -> bool:
    return any(
        "say" in clause.events
        for text in (fact.statement, fact.statement_en)
        if text
        for clause in analyze_sentence(text).clauses
    )


def remark_objection(
    store: Store,
    analysis: Analysis,
    supporters: Sequence[Fact],
    dated: Sequence[tuple[Value, Fact]],
    index: Index | None,
    who: str | None = None,
) -> Objection | None:
    """A date the supporter agrees with, told of words the store has another remark say.

    `dated`: each date of the sentence with the fact that supports it; `who`: the subject
    the sentence's actor is.
    """
    if not dated:
        return None
    words = said_words(analysis.text)
    if not words or len(words) < 12:
        return None
    hits = search(store, words, limit=6, index=index)
    if not hits:
        return None
    top = hits[0]
    ids = {f.id for f in supporters}
    if top.fact.id in ids or top.score < _MIN_SCORE or not top.fact.date:
        return None
    theirs = next((m.score for m in hits if m.fact.id in ids), 0.0)
    if top.score - theirs < _CLEAR or not _said(top.fact):
        return None
    own = who is not None and who == (getattr(top.fact, "actor", None) or top.fact.subject)
    inside = analysis.text.find(words)
    for value, fact in dated:
        if own and inside >= 0 and inside <= value.start < inside + len(words):
            # (the June 28 cap he said he knew nothing of: a date of his own words, not the
            # day he said them)
            continue
        if relative_part(analysis.text, value) is not None:
            continue  # (Bae, who was nominated on June 23, said …: the relative clause's day)
        if own and value.date is not None and value.date.agrees(parse_iso(top.fact.date)):
            # (배경훈은 2025년 6월에 취득한 아파트는 실거주 목적이라고 밝혔다: his own remark
            # holds the words and agrees with the date; no other remark's day is meant)
            continue
        if fact.date and fact.date != top.fact.date and not top.fact.date.startswith(fact.date):
            return Objection(
                "value",
                f"the source gives these words as said on {top.fact.date} ({top.fact.id})",
                found=value.text,
                expected=top.fact.date,
                start=value.start,
                end=value.end,
                fact=top.fact.id,
            )
    return None
