"""A post put at another employer than the store's (배경훈은 LG전자에서 AI플랫폼담당 상무로
일했다, where the store's AI플랫폼담당 상무 is LG유플러스's): the title names the post, and
the employer the sentence gives it is wrong, whatever other fact shares its words. And a
body said headed by him where his post in it was another (headship_objection)."""

from __future__ import annotations

import re

from factcli.judge.meaning.subjects import Objection, heads_body
from factcli.store.model import Fact, Store
from factcli.text import patterns as rx
from factcli.text.analysis import Analysis, names_of
from factcli.text.terms import analyze

# Words of rank alone: a post is named by what it is of (AI플랫폼담당, 기술본부장), not by these.
_RANKS = frozenset(analyze("상무 전무 부사장 사장 원장 연구원 위원 단장 담당 executive head"))


def _employers(text: str) -> set[str]:
    return {name for kind, name, _p in names_of(text, loose=True) if kind == "employer"}


def _post_words(fact: Fact) -> tuple[set[str], set[str]]:
    """A post's title words (without its employer's name) and its employers."""
    text = f"{fact.org or ''} {fact.value or ''}"
    employers = _employers(text)
    named = {t for e in employers for t in analyze(e)} | set(analyze(str(fact.org or "")))
    return {t for t in analyze(str(fact.value or "")) if t not in named}, employers


def post_employer_objection(store: Store, analysis: Analysis) -> tuple[str, str, Fact] | None:
    """(the employer the sentence names, the store's employer, the post's fact) when the
    sentence names a post by its title at an employer the store does not put it at."""
    mine = {n for kind, n, _p in analysis.names if kind == "employer"}
    if not mine:
        return None
    said = set(analyze(analysis.text))
    named_here: list[tuple[Fact, set[str]]] = []
    for fact in store.facts:
        if fact.kind != "position" or not fact.value:
            continue
        words, employers = _post_words(fact)
        # (a title of its own words, not of rank alone: AI플랫폼담당 상무, not 상무)
        if len(words - _RANKS) >= 1 and len(words) >= 2 and words <= said and employers:
            named_here.append((fact, employers))
    if not named_here or any(mine & employers for _f, employers in named_here):
        return None
    fact, employers = named_here[0]
    if len(mine) != 1 or any(e != employers for _f, e in named_here):
        return None
    return next(iter(mine)), sorted(employers)[0], fact


# Heading a body, said of it by name (KOSA를 이끌었다, KOSA 수장을 맡았다, led NIPA, chaired
# KOSA): the object phrase, a few words before 을/를 이끌 or 수장, or after the English verb.
_LEAD_KO = rx.compile(r"((?:[^\s,]+\s+){0,3}[^\s,]+?)(?:을|를|의)?\s*(?:이끌|이끈|이끄|수장)")
_LEAD_EN = rx.compile(
    r"\b(?:led|leads|headed|heads|chaired|chairs|ran|runs|helmed)\s+(?:the\s+)?"
    r"((?:[A-Z][\w'’&.-]*)(?:\s+(?:[A-Z][\w'’&.-]*|of|for|and|on|the))*)"
)
# An English body's name: capitalised words ending in a body's word, or an acronym (the
# Korea Software Industry Association, KOSA, NIPA).
_ORG_EN = rx.compile(
    r"\b(?:[A-Z][A-Za-z]+\s+){0,5}(?:Association|Agency|Committee|Institute|Council|Ministry|"
    r"Research|Group|Company|Corporation|Foundation|University)\b|\b[A-Z]{3,}\b"
)


# A unit of a body a title may name (종합연구소, 미래기술원, AI정책협력위원회).
_UNIT_END = rx.compile(r"(?:연구소|기술원|센터|본부|위원회)$")


def headship_objection(
    store: Store, analysis: Analysis, supporters: list[Fact]
) -> Objection | None:
    """The sentence says he headed a body (KOSA를 이끌었다, led NIPA) that the supporting post
    has him serve in another role: a committee's chair within it, a director, a member, a
    researcher (한국소프트웨어산업협회 AI정책협력위원장, 정보통신산업진흥원 비상임이사). Where no
    supporter is a post (a fact of the research he did there), his posts of the store are
    asked (SK텔레콤 미래기술원을 이끌었다: he worked there)."""
    # (the head noun of the object: the last Korean word, the English words before "of";
    # not where it was led, LG유플러스에서 AI 플랫폼을, nor a committee of KOSA)
    objects = [m.group(1).split()[-1] for m in _LEAD_KO.finditer(analysis.text)] + [
        re.split(r"\s+of\s+", m.group(1))[0] for m in _LEAD_EN.finditer(analysis.text)
    ]
    if not objects:
        return None
    posts = [f for f in supporters if f.kind == "position"]
    if not posts:
        from factcli.judge.meaning.subjects import resolve

        who = resolve(store, analysis.actor) if analysis.actor else None
        posts = [f for f in store.facts if who and f.subject == who and f.kind == "position"]
    for fact in posts:
        if not fact.org:
            continue
        texts = " ".join(t for t in (fact.statement, fact.statement_en, str(fact.value)) if t)
        theirs = set(analyze(texts))
        # (the body by its name: the post's org, a name in brackets, a capitalised English
        # name; not what was led there, 신기술 기반 사업 발굴을 이끌었고)
        body = set(analyze(f"{fact.org} {' '.join(re.findall(r'[(]([^)]*)[)]', texts))}"))
        body |= set(analyze(" ".join(m.group() for m in _ORG_EN.finditer(fact.statement_en or ""))))
        # (and the unit of it the post names, 삼성탈레스 종합연구소 책임연구원: its 종합연구소)
        body |= {t for t in analyze(str(fact.value or "")) if _UNIT_END.search(t)}
        named = [
            o
            for o in objects
            if (words := {t for t in analyze(o) if not t.isdigit()})
            and words <= theirs
            and words & body
        ]
        if not named:
            continue
        if heads_body(str(fact.value or ""), str(fact.org)):
            continue
        return Objection(
            "relation",
            f"the source gives the post {fact.value}, not the head of {fact.org}",
        )
    return None
