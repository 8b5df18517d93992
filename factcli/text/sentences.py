"""Markdown or plain text -> sentences with their line and column; code blocks skipped."""

from __future__ import annotations

import bisect
import re

from factcli.text import patterns as rx
from factcli.text.records import dataclass

_FENCE = rx.compile(r"^\s{0,3}(```|~~~)")
_PREFIX = rx.compile(r"^(\s*(?:#{1,6}\s+|>\s?|[-*+]\s+(?:\[[ xX]\]\s+)?|\d{1,3}[.)]\s+))+")
_LINK = rx.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_INLINE_CODE = rx.compile(r"`[^`]*`")
# A code span that holds a figure and nothing of code (`1980년`, `20만 장`, `36.9억`): a value
# set in code type, read as the prose's own; any other (`factcli check`, `x = 1`) is code.
_CODED_FIGURE = rx.compile(r"`(?=[^`]*\d)[\d,.\s가-힣%~·/-]+`")
_EMPHASIS = rx.compile(r"(\*\*|__|\*|_|~~)(?=\S)(.+?)(?<=\S)\1")
_HTML = rx.compile(r"<[^>\n]{1,200}>")
# Footnote labels ([^1], [^bae-birth], and a definition's [^bae-birth]:) are markup, not words:
# a label's digits ("exaone-2-0-languages") would otherwise read as values of the sentence.
_FOOTNOTE = rx.compile(r"\[\^[^\]\s]+\]")
_FOOTNOTE_DEFINITION = rx.compile(r"^\s{0,3}\[\^[^\]\s]+\]:")
# A statement's verb: a Korean predicate's end, an English finite verb (a note that is a
# citation has none: 아시아투데이, 2025년 9월 14일).
_STATES = rx.compile(
    r"[가-힣](?:다|요)(?:[.!?\"'”’)]|\s|$)|\b(?:is|was|were|are|has|had|have|will|would|"
    r"said|says|[a-z]{3,}ed)\b"
)
# A sentence ends at . ! ? 。 (or 다.) followed by space, unless the dot sits between numbers
# ("2025. 09. 14.", "7.5억") or after a common abbreviation ("Dec. 7").
_END = rx.compile(r"(?<=[.!?。])\s+")
_ABBREV = rx.compile(
    r"(?:\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mr|Ms|Dr|St|No|vs|e\.g|i\.e)\.)$"
    r"|\((?:b|d|c)\.$"  # ((b. 1976): born; (d.) died; (c.) about)
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
    breaks: tuple[int, ...] = ()  # where in `text` the next lines begin (a wrapped sentence)


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group(0))


def _strip_inline(line: str) -> str:
    """Remove Markdown markup, keeping every character's column (markup becomes spaces)."""
    line = _FOOTNOTE.sub(_blank, line)
    line = _PREFIX.sub(_blank, line)
    line = _INLINE_CODE.sub(
        lambda m: f" {m.group(0)[1:-1]} " if _CODED_FIGURE.fullmatch(m.group(0)) else _blank(m),
        line,
    )
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


# A line that opens a block of its own: a heading, a list item, a table row, a rule. The lines
# after a paragraph's first that open none go on with it (a sentence wrapped at 80 columns).
_OPENS_BLOCK = rx.compile(r"^\s{0,3}(?:#{1,6}\s|[-*+]\s|\d{1,3}[.)]\s|\||(?:[-*_]\s*){3,}$)")
_STANDS_ALONE = rx.compile(r"^\s{0,3}(?:#{1,6}\s|\|)")  # a heading, a table row: one line
_QUOTED_LINE = rx.compile(r"^\s{0,3}>")


# Front matter: a YAML (---) or TOML (+++) block that opens a draft, closed by its own line
# (or YAML's ...). It is metadata, not prose; of its fields, only the ones a reader is shown
# as text (a title, a summary) are read, each as a sentence of its own.
_FRONT_OPEN = {"---": ("---", "..."), "+++": ("+++",)}
# A front matter's own lines: a key and its value (title: …, title = …), a list item, a
# comment, a value's indented continuation or a blank. A block of anything else between two
# rules is prose, and read as prose.
_FRONT_LINE = rx.compile(r"[A-Za-z_][\w.-]*\s*[:=]|\s|-\s|#|\[|$")
_FRONT_FIELD = rx.compile(
    r"\s{0,2}(?i:title|subtitle|description|summary|excerpt|headline|caption|lede|dek)\s*[:=]"
)
# (title: > or |: the value is the indented lines after the key)
_BLOCK_SCALAR = {">", "|", ">-", "|-", ">+", "|+"}
# (a front matter longer than this is no front matter: a rule after a paragraph, say)
_FRONT_MAX_LINES = 200


def front_matter(lines: list[str]) -> tuple[int, list[Sentence]]:
    """(how many lines the draft's front matter takes, 0 without one; the sentences of its
    fields a reader is shown as text)."""
    closers = _FRONT_OPEN.get(lines[0].rstrip()) if lines else None
    if not closers:
        return 0, []
    end = next(
        (n for n, raw in enumerate(lines[1 : _FRONT_MAX_LINES + 1], 2) if raw.rstrip() in closers),
        0,
    )
    if not end or not all(_FRONT_LINE.match(raw) for raw in lines[1 : end - 1]):
        return 0, []
    shown: list[Sentence] = []
    number = 2
    while number < end:
        raw = lines[number - 1]
        number += 1
        field = _FRONT_FIELD.match(raw)
        if not field:
            continue
        value = raw[field.end() :].strip()
        column = raw.index(value, field.end()) + 1 if value else 0
        if value in _BLOCK_SCALAR:
            # (its indented lines, read as one text from the first of them)
            first, parts = number, []
            while number < end and lines[number - 1][:1] in (" ", "\t"):
                parts.append(lines[number - 1].strip())
                number += 1
            if parts:
                at = len(lines[first - 1]) - len(lines[first - 1].lstrip()) + 1
                shown.append(Sentence(" ".join(parts), first, at))
            continue
        if len(value) > 1 and value[0] == value[-1] and value[0] in "\"'":
            value, column = value[1:-1], column + 1  # (title: "…": the quotes are YAML's)
        if value.strip():
            shown.append(Sentence(value.strip(), number - 1, column))
    return end, shown


def sentences(text: str) -> list[Sentence]:
    """Every sentence of a Markdown/plain draft, with the line and column where it starts;
    fenced and indented code skipped; a footnote's text read as a paragraph of its own.

    A paragraph's lines are read as one text, as Markdown reads them: a sentence wrapped over
    two lines is one sentence (before, each line was read alone, and "1976년 5월⏎부산에서
    태어났다" was two claims, one of them supported). A heading, a list item, a table row and
    a rule open a block of their own; a quote's lines go on with each other. A front matter
    (YAML or TOML) is metadata: only its title, summary and the like are read."""
    out: list[Sentence] = []
    fence: str | None = None
    joined: list[str] = []  # the paragraph's lines, markup blanked, each ended by a space
    starts: list[int] = []  # where each of them starts in the paragraph's text
    numbers: list[int] = []  # its line number
    size = 0
    last_quoted = False

    def flush() -> None:
        nonlocal size
        if joined:
            paragraph = "".join(joined)
            for offset, piece in _split(paragraph):
                stripped = piece.strip()
                if not stripped:
                    continue
                at = offset + len(piece) - len(piece.lstrip())
                row = bisect.bisect_right(starts, at) - 1
                end = at + len(stripped)
                breaks = tuple(s - at for s in starts[row + 1 :] if s < end)
                out.append(Sentence(stripped, numbers[row], at - starts[row] + 1, breaks))
        joined.clear()
        starts.clear()
        numbers.clear()
        size = 0

    lines = text.splitlines()
    front, shown = front_matter(lines)
    out.extend(shown)
    for number, raw in enumerate(lines, 1):
        if number <= front:
            continue  # (the front matter's fields: read above, those shown as text)
        opener = _FENCE.match(raw)
        if fence:
            if opener and opener.group(1) == fence:
                fence = None
            continue
        if opener:
            flush()
            fence = opener.group(1)
            continue
        if not raw.strip() or (
            raw.startswith(("    ", "\t")) and not raw.strip().startswith(("-", "*", "+"))
        ):
            flush()  # a blank line; or an indented code block (or a footnote's continued text)
            continue
        note = _FOOTNOTE_DEFINITION.match(raw)
        if note:
            # "[^1]: …": a note of its own, read as a paragraph when it states something (a
            # claim may hide in a note); a source's name, date or address is no claim
            flush()
            if not _STATES.search(raw, note.end()):
                continue
            raw = " " * note.end() + raw[note.end() :]
        quoted = _QUOTED_LINE.match(raw) is not None
        if _OPENS_BLOCK.match(raw) or quoted != last_quoted:
            flush()
        last_quoted = quoted
        line = _strip_inline(raw)
        starts.append(size)
        numbers.append(number)
        joined.append(line + " ")
        size += len(line) + 1
        if _STANDS_ALONE.match(raw):
            flush()
    flush()
    return out
