"""A place told again by a word that points back at it (같은 장소에서, 그곳에서, there, at the
same place): the later statement claims the place the sentence named before. Judged as
written, the pointing word names no place and the later statement's facts never weigh it;
so the sentence is judged once more with the place put in its stead.
"""

from __future__ import annotations

from factcli.store.model import Finding
from factcli.text import patterns as rx
from factcli.text.analysis import Analysis
from factcli.text.records import replace

_PLACE_KINDS = frozenset(["building", "venue", "place", "district"])
_BACK_KO = rx.compile(r"(?:같은|동일한|그)\s?(?:장소|곳|자리)에서|그곳에서|거기서|이곳에서")
# (there after a verb's words, not "there is/are/was/were": an existential)
_BACK_EN = rx.compile(
    r"(?i:\b(?:at|in)[ \t]{1,3}the[ \t]{1,3}same[ \t]{1,3}(?:place|venue|building|location|"
    r"spot|site)\b|(?<![Ss]o[ \t])\bthere\b(?!['’]s\b|[ \t]{1,3}(?:is|are|was|were|has|have|had|"
    r"will|would|should|must|could|can|may|might|shall|seems?|seemed|remains?|remained|appears?|"
    r"appeared|exists?|existed|be|been|being)\b))"
)


def _at_body(analysis: Analysis, name: str, pos: int) -> bool:
    """A body named as where something was done (at SK Telecom, SK텔레콤에서)."""
    text = analysis.text
    if analysis.korean:
        return text.find("에서", pos, pos + len(name) + 12) >= 0
    return _AT_EN.search(text, 0, pos) is not None


# The rest of a place's name as written, up to where the clause goes on (on July 23, from
# 2006, and, where …) or a stop: at most 40 characters.
_TAIL_EN = rx.compile(
    r"[\w'’ -]{0,40}?(?=[ \t]{1,3}(?:on|in[ \t]{1,3}\d|at[ \t]{1,3}\d|from|and|to|since|until|"
    r"there|where|when|which|who|after|before|for|with)\b|[,;.]|$)"
)
_AT_EN = rx.compile(r"(?i:\bat[ \t]{1,3}(?:the[ \t]{1,3})?)$")
# What leads a place's name, within 60 characters before it (at the, in).
_LEAD_EN = rx.compile(r"(?i:\b(?:at|in)[ \t]{1,3}(?:the[ \t]{1,3})?)[^,;]{0,60}$")


def place_carried(analysis: Analysis) -> tuple[str, int, int, int] | None:
    """The sentence with its word pointing back at a place replaced by the place named before
    it, as written (정부세종청사에서, at the presidential office in Yongsan), with where the word
    began and ended and the length of what stands in its place; None where it has no such
    word or no place before it."""
    text = analysis.text
    back = (_BACK_KO if analysis.korean else _BACK_EN).search(text)
    if back is None:
        return None
    before = [
        (name, pos)
        for kind, name, pos in analysis.names
        if pos < back.start()
        and (kind in _PLACE_KINDS or (kind == "employer" and _at_body(analysis, name, pos)))
    ]
    if not before:
        return None
    _name, pos = before[-1]
    if analysis.korean:
        end = text.find("에서", pos, back.start())
        if end < 0:
            return None
        written = text[pos : end + 2]
    else:
        # (the place as written with what leads it: at the presidential office in Yongsan)
        lead = _LEAD_EN.search(text, 0, pos + 1)
        start = lead.start() if lead else pos
        m = _TAIL_EN.match(text, pos)
        written = text[start : m.end() if m else pos]
        if not lead:
            written = f"at {written}"
    written = written.strip()
    if (_BACK_KO if analysis.korean else _BACK_EN).search(written):
        return None  # (the place would carry the word pointing back: none to put in)
    return (
        f"{text[: back.start()]}{written}{text[back.end() :]}",
        back.start(),
        back.end(),
        len(written),
    )


def carried_back(found: Finding, text: str, at: tuple[int, int, int]) -> Finding:
    """A finding on the sentence with the place put in (`place_carried`), told of the sentence
    as written: evidence after the place moved back, evidence on it set on the pointing word."""
    start, end, length = at
    shift = (end - start) - length
    evidence = []
    for e in found.evidence:
        if e.start >= start + length:
            evidence.append(replace(e, start=e.start + shift, end=e.end + shift))
        elif e.end <= start:
            evidence.append(e)
        else:
            evidence.append(replace(e, start=start, end=end, found=text[start:end]))
    return replace(found, text=text, evidence=evidence)
