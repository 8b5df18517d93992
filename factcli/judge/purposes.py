"""Why and for what: a purpose, a reason or a topic the sentence gives its act (투자 목적으로,
반도체 개발 성과로, as an investment, on her father's recommendation, to buy a house for his
parents, with a thesis on stereo vision) is a claim of its own. The figures a fact shares with
the sentence do not vouch for it: its words must be the supporting facts' own, or said by them
in other words; otherwise the sentence is not shown true.

A phrase's words that no supporting fact holds are returned as words the store does not vouch
for (judge.weighing turns a supported sentence with any into unverified).
"""

from __future__ import annotations

import re

from factcli.store.model import Fact, Store
from factcli.text import patterns as rx
from factcli.text.terms import analyze

_KO_WORD = r"[가-힣A-Za-z0-9]+"
# A word of the phrase before its last: not one a particle ends as another part of the clause
# (배경훈은, 아파트를, 2023년에).
_KO_LEAD = r"[가-힣A-Za-z0-9]+(?<![은는이가을를도에])"
# Korean: 투자 목적으로, 실거주 용도로, 부모를 위해, 반도체 개발 성과로, 직원의 추천으로.
_PURPOSE_KO = rx.compile(
    rf"((?:{_KO_LEAD}[ \t]){{0,2}}{_KO_WORD}?)[ \t]?(?:목적(?:으로|의|에서)|용도로)"
    rf"|((?:{_KO_LEAD}[ \t]){{0,1}}{_KO_WORD}?)(?:을|를)[ \t]?위(?:해|해서|한)(?![가-힣])"
    rf"|((?:{_KO_LEAD}[ \t]){{0,2}}{_KO_WORD}?)[ \t]?(?:성과|공로|공적|업적)(?:로|으로|를[ \t]"
    r"인정받아|을[ \t]인정받아)(?![가-힣])"
    rf"|({_KO_WORD}?)(?:의)?[ \t]?(?:추천|권유|조언|권고)(?:으로|로|에[ \t]따라|을[ \t]받아|를[ \t]받아)"
    r"(?![가-힣])"
)
_PHRASE_EN = r"([^,.;:()]{1,60}?)(?=[,.;:()]|$|\s+(?:in|on|at|by|from|after|before|when)\s+\d)"
# English: as an investment, for his work on X, in recognition of X, on her father's
# recommendation, to buy X, with a thesis on X.
_PURPOSE_EN = rx.compile(
    r"(?i:\bas[ \t]{1,3}an?[ \t]{1,3}(investments?|speculation|gifts?|favou?rs?|rewards?|"
    r"inheritance|bribes?|residence|home|precaution)\b"
    r"|\bfor[ \t]{1,3}(?:his|her|their|its)[ \t]{1,3}(?:work|contributions?|achievements?|"
    r"role|efforts?|research|leadership|services?)[ \t]{1,3}(?:on|in|to|for)[ \t]{1,3}"
    + _PHRASE_EN
    + r"|\bin[ \t]{1,3}recognition[ \t]{1,3}of[ \t]{1,3}"
    + _PHRASE_EN
    + r"|\bon[ \t]{1,3}(?:the[ \t]{1,3})?([\w'’ -]{1,40}?)(?:'s|’s)?[ \t]{1,3}"
    r"(?:recommendation|advice|suggestion|urging|orders?)\b"
    r"|\bon[ \t]{1,3}the[ \t]{1,3}(?:recommendation|advice|suggestion)[ \t]{1,3}of[ \t]{1,3}"
    + _PHRASE_EN
    # (to buy of a purpose, not of what was agreed or planned: contracted to buy, plans to)
    + r"|(?:\bin[ \t]{1,3}order[ \t]{1,3}|(?<!ed)(?<!\bplan)(?<!\bplans)(?<!\bwant)(?<!\bwants)"
    r"(?<!\bneed)(?<!\bneeds)(?<!\bgoing)(?<!\bable)(?<!\bhope)(?<!\bsought)(?<!\bintends)"
    r"[ \t])to[ \t]{1,3}((?:buy|purchase|fund|finance|pay[ \t]for|"
    r"cover)[ \t]{1,3}[^,.;:()]{1,50}?)(?=[,.;:()]|$)"
    r"|\bwith[ \t]{1,3}a[ \t]{1,3}(?:thesis|dissertation)[ \t]{1,3}(?:on|about|titled|entitled|"
    r"called)[ \t]{1,3}" + _PHRASE_EN + r")"
)
# Words of such a phrase that are its frame, not its content.
_FRAME = frozenset(
    analyze(
        "his her their its the a an of s work contribution role effort 목적 용도 성과 공로 "
        "추천 권유 조언 위해 위한"
    )
)

# Words of no meaning of their own in a phrase.
_WORDS = frozenset(analyze("his her their its the a an of s on as for to with in"))


def purpose_phrases(text: str, korean: bool) -> list[tuple[str, str]]:
    """The purpose, reason and topic phrases of a sentence: (what it names, the whole phrase
    with the words that make it one: 투자, 투자 목적으로)."""
    found = []
    for m in (_PURPOSE_KO if korean else _PURPOSE_EN).finditer(text):
        group = next((g for g in range(1, (m.lastindex or 0) + 1) if m.group(g)), None)
        if group is not None and m.group(group).strip():
            found.append((m.group(group).strip(), m.group(0)))
    return found


def purposes_unheld(
    store: Store, text: str, korean: bool, facts: list[Fact], related: list[Fact]
) -> list[str]:
    """The words of the sentence's purpose, reason and topic phrases that none of `facts`
    holds, in its words or in others of the same meaning; a phrase one of `related` (facts the
    sentence speaks of beside them) holds whole is held too (실거주 목적으로, his own account
    of the purchase whose price another fact gives)."""
    if not facts:
        return []
    phrases = purpose_phrases(text, korean)
    if not phrases:
        return []
    from factcli.judge.wording import _holds, _paraphrased, _said_terms

    def held(term: str, fact: Fact, said: frozenset[str]) -> bool:
        return _holds(said, term) or _paraphrased(term, fact)

    names = {t for subject in store.subjects.values() for n in subject.names for t in analyze(n)}
    own = [(fact, _said_terms(store, fact)) for fact in facts]
    beside = [(fact, _said_terms(store, fact)) for fact in related if fact not in facts]
    out = []
    for phrase, whole in phrases:
        terms = [
            t
            for t in analyze(phrase)
            if t not in _FRAME and len(t) >= 2 and not re.fullmatch(r"\d+", t)
        ]
        # (a fact beside them holding the whole phrase, the word that makes it a purpose too:
        # 실거주 목적으로, not 투자 of another investment)
        framed = [t for t in analyze(whole) if t not in _WORDS and len(t) >= 2]
        # ... and of the thing the sentence tells of: two of its other words (서초구 아파트),
        # not a person's name only
        rest = [t for t in analyze(text.replace(whole, " ")) if t not in names and len(t) >= 2]
        if terms and any(
            all(held(t, f, said) for t in framed) and sum(t in said for t in rest) >= 2
            for f, said in beside
        ):
            continue
        out += [t for t in terms if not any(held(t, f, said) for f, said in own)]
    return out
