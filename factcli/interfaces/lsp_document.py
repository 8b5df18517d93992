"""A draft in the editor, checked paragraph by paragraph: what `factcli check` says, placed.

Pure (no pygls): paragraphs, a cache of findings per paragraph text, and the findings placed
at code-point offsets in the editor's own (not normalized) lines. The checker's context resets
at blank lines, so checking each paragraph alone gives what `check_document` gives for the
whole draft, and an edit re-checks only the paragraphs whose text changed.
"""

from __future__ import annotations

import bisect
import re
from collections import OrderedDict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from factcli.store.model import Evidence, Finding, Store
from factcli.text.korean import nfc_map
from factcli.text.sentences import front_matter

# The fence rule of factcli.text.sentences: a blank line inside a fenced block is no boundary.
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")


@dataclass(frozen=True)
class Paragraph:
    """Lines [first, first + count) of the draft (0-based), their text with line ends."""

    first: int
    text: str


def paragraphs(lines: list[str]) -> list[Paragraph]:
    """The draft's paragraphs: runs of lines between blank lines outside fenced code.

    `lines` keep their line ends (str.splitlines(keepends=True)), as the checker splits them.
    """
    out: list[Paragraph] = []
    start: int | None = None
    fence: str | None = None
    front, _shown = front_matter(lines)
    if front:
        # (a front matter is one paragraph, blank lines and all: the checker reads it whole)
        out.append(Paragraph(0, "".join(lines[:front])))
    for number, line in enumerate(lines):
        if number < front:
            continue
        opener = _FENCE.match(line)
        if fence:
            if opener and opener.group(1) == fence:
                fence = None
        elif opener:
            fence = opener.group(1)
        elif not line.strip():
            if start is not None:
                out.append(Paragraph(start, "".join(lines[start:number])))
                start = None
            continue
        if start is None:
            start = number
    if start is not None:
        out.append(Paragraph(start, "".join(lines[start:])))
    return out


@dataclass(frozen=True)
class Span:
    """A piece of a sentence placed in the draft: 0-based line, code-point columns."""

    line: int
    start: int
    end: int
    end_line: int = -1  # where it ends, when not on its first line (a sentence wrapped)

    @property
    def last(self) -> int:
        return self.line if self.end_line < 0 else self.end_line

    def holds(self, line: int, column: int) -> bool:
        if self.last == self.line:
            return line == self.line and self.start <= column <= self.end
        return (
            (line == self.line and column >= self.start)
            or self.line < line < self.last
            or (line == self.last and column <= self.end)
        )


@dataclass(frozen=True)
class Placed:
    """One finding of the checker where the editor shows it."""

    finding: Finding
    sentence: Span  # the whole sentence
    target: Span  # what a diagnostic underlines: the wrong span, or the sentence
    evidence: tuple[tuple[Evidence, Span], ...] = field(default=())

    @property
    def verdict(self) -> str:
        return str(self.finding.verdict.value)


def read_map(text: str) -> tuple[str, list[int]]:
    """The text as the checker reads it (korean.clean: NFC, what no reader sees taken out,
    what a reader sees put in) and, for each of its indexes (and its length), the index in
    `text`. Where clean changes no length, NFC's own map; else aligned to it."""
    from factcli.text.korean import clean

    norm, index = nfc_map(text)
    read = clean(text)
    if read == norm:
        return norm, index
    if len(read) == len(norm):
        return read, index  # (a digit or a letter read as another: the places are the same)
    from difflib import SequenceMatcher

    to_norm = [0] * (len(read) + 1)
    for tag, a1, _a2, b1, b2 in SequenceMatcher(None, norm, read, autojunk=False).get_opcodes():
        for k in range(b1, b2):
            to_norm[k] = a1 + (k - b1 if tag == "equal" else 0)
    to_norm[len(read)] = len(norm)
    return read, [index[i] for i in to_norm]


def _place(paragraph: Paragraph, findings: list[Finding]) -> list[Placed]:
    """Findings of a paragraph (checked as the CLI reads it) -> spans in the editor's lines."""
    norm, index = read_map(paragraph.text)
    norm_starts = _line_starts(norm)
    orig_starts = _line_starts(paragraph.text)

    def at(line: int, offset: int) -> tuple[int, int]:
        """(line, column) in the original text of an offset in the normalized paragraph."""
        pos = index[min(norm_starts[line] + offset, len(norm))]
        row = bisect.bisect_right(orig_starts, pos) - 1
        return paragraph.first + row, pos - orig_starts[row]

    out = []
    for finding in findings:
        rel, col = finding.line - 1, finding.column - 1
        # (a sentence wrapped over lines ends on a later one; so may its values)
        line, start = at(rel, col)
        last, end = at(rel, col + len(finding.text))
        sentence = Span(line, start, end, last if last != line else -1)
        spans = []
        for ev in finding.evidence:
            row, a = at(rel, col + ev.start)
            row_b, b = at(rel, col + ev.end)
            spans.append((ev, Span(row, a, b, row_b if row_b != row else -1)))
        # The value `check --format json` reports (its line and column), underlined.
        main = next((s for ev, s in spans if ev.relation in ("conflict", "misleading")), None)
        target = sentence if main is None else main
        out.append(Placed(finding, sentence, target, tuple(spans)))
    return out


def _line_starts(text: str) -> list[int]:
    starts = [0]
    for line in text.splitlines(keepends=True):
        starts.append(starts[-1] + len(line))
    return starts


class FindingCache:
    """Findings per paragraph text, for one state of the store; least recently used dropped."""

    def __init__(self, size: int = 4096) -> None:
        self.size = size
        self.version: object = None
        self._items: OrderedDict[str, list[Finding]] = OrderedDict()
        self.misses = 0

    def get(self, text: str, version: object) -> list[Finding] | None:
        if version != self.version:
            self._items.clear()
            self.version = version
            return None
        found = self._items.get(text)
        if found is not None:
            self._items.move_to_end(text)
        return found

    def put(self, text: str, version: object, findings: list[Finding]) -> None:
        if version != self.version:
            self._items.clear()
            self.version = version
        self._items[text] = findings
        self._items.move_to_end(text)
        while len(self._items) > self.size:
            self._items.popitem(last=False)


Checker = Callable[[Store, str], list[Finding]]


def check_paragraph(store: Store, text: str) -> list[Finding]:
    """What `factcli check --file` finds in one paragraph (read as the CLI reads it: clean)."""
    from factcli.judge.check import check_document
    from factcli.text.korean import clean

    return list(check_document(store, clean(text)))


def check_steps(
    store: Store,
    version: object,
    text: str,
    cache: FindingCache,
    checker: Checker = check_paragraph,
) -> Iterator[list[Placed] | None]:
    """Check a draft paragraph by paragraph, reusing cached paragraphs.

    Yields None after each paragraph actually checked (a point where the caller may give way
    to newer edits), then, last, every finding placed in the draft.
    """
    placed: list[Placed] = []
    for paragraph in paragraphs(text.splitlines(keepends=True)):
        findings = cache.get(paragraph.text, version)
        if findings is None:
            findings = checker(store, paragraph.text)
            cache.misses += 1
            cache.put(paragraph.text, version, findings)
            yield None
        placed += _place(paragraph, findings)
    yield placed


def check_placed(store: Store, text: str, cache: FindingCache | None = None) -> list[Placed]:
    """Every finding of a draft, placed; the whole check at once."""
    result: list[Placed] = []
    for step in check_steps(store, object(), text, cache or FindingCache()):
        if step is not None:
            result = step
    return result
