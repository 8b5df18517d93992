"""English relative clauses set off by commas (Bae, who was nominated on June 23, said …): a
value inside one is of that clause's act, not of the sentence's main verb."""

from __future__ import annotations

from factcli.text import patterns as rx
from factcli.text.analysis import Value

# (", 2025" after a date's day stays in the clause: who was nominated on June 23, 2025,)
_RELATIVE_EN = rx.compile(r",\s+(?:who|which)\s+[^,]{3,80}?(?:,\s+\d{4})?(?=,)")


def relative_part(text: str, value: Value) -> str | None:
    """The English relative clause set off by commas that holds the value, or None."""
    for m in _RELATIVE_EN.finditer(text):
        if m.start() <= value.start and value.end <= m.end():
            return m.group()
    return None
