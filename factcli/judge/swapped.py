"""A name put for the store's: the sentence the store would support with its name in place.

A sentence the weighing leaves unverified may still be one name away from a fact: 연세대 for
광운대 in a sentence whose every other word the degree fact holds, 카카오 for 네이버 as 하정우's
former employer, H100 for H200. Each name the sentence gives of a kind (a school, a body, a
place, a model, a person) that the facts it speaks of give otherwise is replaced by theirs, the
sentence judged again; when that fact then supports it, the name is what is wrong.
"""

from __future__ import annotations

from collections.abc import Callable

from factcli.judge.reading import _fact_evidence
from factcli.store.model import Finding, Store, Verdict
from factcli.text import patterns as rx
from factcli.text.analysis import Analysis, names_of
from factcli.text.korean import strip_particle

# Kinds a name may be swapped within: a degree or a relative is another thing, not another
# name for the same one (see other_degree and the owners' objections).
_SKIP_KINDS = frozenset(["degree", "relative", "asset", "powers", "field", "rank"])
_LATIN = rx.compile(
    r"[A-Za-z][A-Za-z0-9.\-]*(?:\s+(?:University|High School|Tower|District|Hotel))?(?:-gu\b)?"
)
_HANGUL_WORD = rx.compile(r"[가-힣A-Za-z0-9]+")
_SPOKEN_TO = (Verdict.supported, Verdict.misleading)
# Reasons a sentence is misleading that lie in its other words, not in the name put back.
_OTHER_PART = frozenset(["certainty", "tense", "range", "direction"])
# Attempts at most, each a judging of the whole sentence again.
_MAX_TRIES = 6


def _span(text: str, pos: int) -> tuple[int, int]:
    """The name's words at `pos`, without a Korean postposition after them (연세대를,
    카카오였다, 서울에서)."""
    m = _LATIN.match(text, pos) if text[pos : pos + 1].isascii() else _HANGUL_WORD.match(text, pos)
    if m is None:
        return pos, pos
    word = m.group(0) if m.group(0).isascii() else strip_particle(m.group(0), min_stem=2)
    return pos, pos + len(word)


def _fact_names(text: str) -> dict[str, list[tuple[str, str]]]:
    """The names a fact's text gives, by kind: (canonical, as the text writes it)."""
    out: dict[str, list[tuple[str, str]]] = {}
    for kind, name, at in names_of(text, loose=True):
        start, end = _span(text, at)
        pair = (name, text[start:end])
        if end > start and pair not in out.setdefault(kind, []):
            out[kind].append(pair)
    return out


def name_swapped(
    store: Store,
    analysis: Analysis,
    found: Finding,
    judge_again: Callable[[str], Finding],
) -> Finding | None:
    """Contradicted (misleading of a person put for the doer) when one of the sentence's names,
    replaced by the name of the same kind a fact it speaks of gives, makes that fact support
    it; None otherwise."""
    if not analysis.names or not found.facts:
        return None
    text = analysis.text
    korean = analysis.korean
    facts = [f for f in map(store.get, found.facts[:5]) if f is not None]
    # Names of each kind any of these facts gives: a sentence's name the store knows here is
    # not one put for another.
    theirs = []
    known: dict[str, set[str]] = {}
    for fact in facts:
        said = (fact.statement if korean else fact.statement_en) or fact.statement
        names = _fact_names(said)
        theirs.append((fact, names))
        for kind, pairs in names.items():
            known.setdefault(kind, set()).update(n for n, _s in pairs)
    from factcli.judge.meaning.names import _spelled_alike

    mine: dict[str, set[str]] = {}
    for kind, name, _pos in analysis.names:
        mine.setdefault(kind, set()).add(name)
    tried: set[str] = set()
    for kind, name, pos in analysis.names:
        if kind in _SKIP_KINDS or name in known.get(kind, set()):
            continue
        start, end = _span(text, pos)
        if end <= start:
            continue
        for fact, names in theirs:
            for canonical, surface in names.get(kind, []):
                if canonical in mine[kind] or _spelled_alike(name, canonical):
                    continue  # (Seoul, not Busan; Gwangwoon for Kwangwoon: another spelling)
                changed = text[:start] + surface + text[end:]
                if changed in tried:
                    continue
                if len(tried) >= _MAX_TRIES:
                    return None
                tried.add(changed)
                again = judge_again(changed)
                # (supported by that fact, or by a sentence joining it to another; or said
                # otherwise than the fact says it, the name no longer in question)
                if again.verdict is Verdict.misleading and again.reason not in _OTHER_PART:
                    continue
                if again.verdict not in _SPOKEN_TO or fact.id not in {
                    *(e.fact_id for e in again.evidence),
                    *again.facts[:3],
                }:
                    continue
                person = kind.startswith("person-")
                relation = "misleading" if person else "conflict"
                return Finding(
                    text,
                    Verdict.misleading if person else Verdict.contradicted,
                    facts=found.facts,
                    evidence=[_fact_evidence(fact, relation, text[start:end], surface, start)],
                    reason="actor" if person else None,
                    explanation=f"the source says this of {surface}, not {text[start:end]}"
                    if person
                    else None,
                )
    return None
