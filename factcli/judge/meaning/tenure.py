"""Tenure: a post the source says ended, or a holding it says was sold, said to hold now
(배경훈은 현재 LG유플러스에 재직 중이다, Bae currently works at Samsung Thales, 장녀는 지금도
메타 주식을 갖고 있다); not a company's name now (삼성탈레스는 현재 한화시스템이다)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcli.judge.meaning.subjects import Objection
from factcli.store.model import Fact, Store
from factcli.text import patterns as rx
from factcli.text.analysis import Analysis

# Words that say a thing holds now (현재, 지금도, 여전히, currently, still, now).
_NOW = rx.compile(
    r"현재|지금|여전히|아직|(?i:\b(?:currently|still|now|presently|to this day|remains?)\b)"
)
# (…현재의 한화시스템, its present name; 현재까지, up to now; 현재 기준 … 보유: as of a day)
_NOW_NOT_OF_IT = rx.compile(
    r"현재의|지금의|현재까지|지금까지|\((?:현|지금)"
    r"|(?i:\bnow\s+(?:called|named|known|part\s+of)\b|,\s*now\b)|\bnow\s+[A-Z]"
)


_HOLDS = rx.compile(r"보유|갖고\s*있|가지고\s*있|(?i:\b(?:holds?|owns?|holding|owning)\b)")
_SOLD = rx.compile(r"전량(?:을)?\s*매각|모두\s*매각|전부\s*매각|(?i:\bsold\s+(?:all|off|every))")


_LATER_NAME = rx.compile(r"\((?:현|현재|now)\s*([^)]+)\)")


def _said_now(text: str) -> bool:
    """The text says something holds now, and not of a name it has now (현재의 한화시스템)."""
    return _NOW.search(text) is not None and _NOW_NOT_OF_IT.search(text) is None


def _of_the_org(analysis: Analysis, org: str | None) -> bool:
    """The sentence is about the organisation, not the one who held a post there (삼성탈레스는
    현재 한화시스템이다: its name now)."""
    actor = (analysis.actor or "").strip()
    name = (org or "").split(" (")[0]
    if not name:
        return False
    if actor and (actor in name or name in actor):
        return True
    # (배경훈이 사회생활을 시작한 삼성탈레스는 현재 한화시스템이다: the name before the word
    # of now, or the name it has now, which the store gives: 삼성탈레스 (현 한화시스템))
    now = _NOW.search(analysis.text)
    words = analysis.text[: now.start()].split()[-1:] if now is not None else []
    topic = re.sub(r"(?:은|는|이|가)$", "", words[0]) if words else ""
    if len(topic) >= 2 and (topic in name or name in topic):
        return True
    later = _LATER_NAME.search(org or "")
    return later is not None and later.group(1) in analysis.text


def stale_post(store: Store, analysis: Analysis, facts: Sequence[Fact]) -> Objection | None:
    """A post the sentence names, said to be held now, which a fact the sentence speaks of
    says ended (Bae is currently an executive at LG Uplus; his posts there ended in 2019),
    though the fact that agrees with the sentence tells only of a promotion or an award."""
    from factcli.judge.meaning.subjects import resolve

    text = analysis.text
    if not _said_now(text):
        return None
    if _HOLDS.search(text):
        # (a holding said to be held now, where a fact the sentence speaks of says it was sold)
        for fact in facts:
            told = " ".join(t for t in (fact.statement, fact.statement_en) if t)
            sold = _SOLD.search(told)
            if sold:
                return Objection("tense", f"the source says: {told.split('. ')[0].strip()}")
    for fact in facts:
        end = getattr(fact, "end", None)
        org = getattr(fact, "org", None)
        if not end or not org or _of_the_org(analysis, org):
            continue
        names = [org.split(" (")[0]]
        who = resolve(store, names[0])
        if who is not None and who in store.subjects:
            names += [n for n in store.subjects[who].names if len(n) >= 3]
        if any(n in text for n in names):
            return Objection("tense", f"the source says his post at {names[0]} ended in {end}")
    return None


def stale_objection(analysis: Analysis, fact: Fact) -> Objection | None:
    """A post or a period the source says ended (he left LG Uplus in 2019), said to hold now
    (배경훈은 현재 LG유플러스에 재직 중이다, Bae currently works at Samsung Thales)."""
    end = getattr(fact, "end", None)
    if not end or _of_the_org(analysis, getattr(fact, "org", None)):
        return None
    if not _said_now(analysis.text):
        return None
    return Objection("tense", f"the source says this ended in {end}")
