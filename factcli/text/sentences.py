"""Markdown or plain text -> sentences with their line and column; code blocks skipped."""

from __future__ import annotations

import re

from factcli.text import patterns as rx
from factcli.text.records import dataclass

_FENCE = rx.compile(r"^\s{0,3}(```|~~~)")
_PREFIX = rx.compile(r"^(\s*(?:#{1,6}\s+|>\s?|[-*+]\s+(?:\[[ xX]\]\s+)?|\d{1,3}[.)]\s+))+")
_LINK = rx.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_INLINE_CODE = rx.compile(r"`[^`]*`")
_EMPHASIS = rx.compile(r"(\*\*|__|\*|_|~~)(?=\S)(.+?)(?<=\S)\1")
_HTML = rx.compile(r"<[^>\n]{1,200}>")
# Footnote labels ([^1], [^bae-birth], and a definition's [^bae-birth]:) are markup, not words:
# a label's digits ("exaone-2-0-languages") would otherwise read as values of the sentence.
_FOOTNOTE = rx.compile(r"\[\^[^\]\s]+\]")
_FOOTNOTE_DEFINITION = rx.compile(r"^\s{0,3}\[\^[^\]\s]+\]:")
# A sentence ends at . ! ? 。 (or 다.) followed by space, unless the dot sits between numbers
# ("2025. 09. 14.", "7.5억") or after a common abbreviation ("Dec. 7").
_END = rx.compile(r"(?<=[.!?。])\s+")
_ABBREV = rx.compile(
    r"(?:\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mr|Ms|Dr|St|No|vs|e\.g|i\.e)\.)$"
)
# Initialisms and titles that end in a dot (U.S., p.m., Inc., Prof.): they end no sentence
# that goes on in lower case.
_INITIALISM = rx.compile(
    r"(?:\b(?:[A-Za-z]\.){2,}|\b(?:Inc|Corp|Co|Ltd|Jr|Sr|Prof|Gov|Sen|Rep|Gen|approx|est)\.)$"
)

# A date written with dots (2020. 12. 7.) before a Korean word: Korean prose does not end a
# sentence on a date's dot ("2020. 12. 7. 출범했다").
_DOTTED_DATE = rx.compile(r"(?<![\d.])\d{4}\.\s*\d{1,2}\.\s*\d{1,2}\.$")
_HANGUL_WORD = rx.compile(r"[가-힣]")


@dataclass(frozen=True)
class Sentence:
    text: str
    line: int  # 1-based
    column: int  # 1-based, in the original line


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group(0))


def _strip_inline(line: str) -> str:
    """Remove Markdown markup, keeping every character's column (markup becomes spaces)."""
    line = _FOOTNOTE.sub(_blank, line)
    line = _PREFIX.sub(_blank, line)
    line = _INLINE_CODE.sub(_blank, line)
    line = _LINK.sub(
        lambda m: " " * (m.start(1) - m.start()) + m.group(1) + " " * (m.end() - m.end(1)), line
    )
    line = _EMPHASIS.sub(lambda m: " " * len(m.group(1)) + m.group(2) + " " * len(m.group(1)), line)
    return _HTML.sub(_blank, line)


_OPENING = rx.compile(r"(?:^|(?<=[\s(\[]))['\"‘“]")
_CLOSING = rx.compile(r"(?<=\S)['\"’”](?![A-Za-z])")


def _inside_quote(text: str) -> bool:
    """A quotation opened in `text` is not closed yet (an apostrophe, Bae's, is neither)."""
    return len(_OPENING.findall(text)) > len(_CLOSING.findall(text))


def _split(line: str) -> list[tuple[int, str]]:
    pieces: list[tuple[int, str]] = []
    start = 0
    for match in _END.finditer(line):
        before = line[start : match.start()]
        after = line[match.end() : match.end() + 1]
        if re.search(r"\d\.$", before) and after.isdigit():
            continue
        if _ABBREV.search(before):
            continue
        if (after.islower() or after.isdigit()) and _INITIALISM.search(before):
            continue  # "a U.S. research group": a sentence goes on in lower case
        if _DOTTED_DATE.search(before) and _HANGUL_WORD.match(line, match.end()):
            continue  # "2020. 12. 7. 출범했다": the dot ends the date, and a Korean word goes on
        if _inside_quote(line[start : match.start()]):
            continue  # '전문가 AI로 향하다. EXAONE 3.5 그리고 Chat EXAONE'을 주제로: a title
        pieces.append((start, before))
        start = match.end()
    pieces.append((start, line[start:]))
    return pieces


def sentences(text: str) -> list[Sentence]:
    """Every sentence of a Markdown/plain draft, with line and column; fenced and indented code
    and footnote definitions skipped."""
    out: list[Sentence] = []
    fence: str | None = None
    for number, raw in enumerate(text.splitlines(), 1):
        opener = _FENCE.match(raw)
        if fence:
            if opener and opener.group(1) == fence:
                fence = None
            continue
        if opener:
            fence = opener.group(1)
            continue
        if raw.startswith(("    ", "\t")) and not raw.strip().startswith(("-", "*", "+")):
            continue  # an indented code block (or a footnote's continued text)
        if _FOOTNOTE_DEFINITION.match(raw):
            continue  # "[^1]: 2025년 7월 기사": where a claim comes from, not a claim
        line = _strip_inline(raw)
        for offset, piece in _split(line):
            stripped = piece.strip()
            if not stripped:
                continue
            lead = len(piece) - len(piece.lstrip())
            out.append(Sentence(stripped, number, offset + lead + 1))
    return out
