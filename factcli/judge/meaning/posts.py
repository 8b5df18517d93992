"""A post put at another employer than the store's (배경훈은 LG전자에서 AI플랫폼담당 상무로
일했다, where the store's AI플랫폼담당 상무 is LG유플러스's): the title names the post, and
the employer the sentence gives it is wrong, whatever other fact shares its words."""

from __future__ import annotations

from factcli.store.model import Fact, Store
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
