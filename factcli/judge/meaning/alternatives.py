"""Words of one kind that exclude each other: a master's for a doctorate, the evening for the
morning, reporters for staff, a bouquet for a letter of appointment.

A sentence that puts one member of a set where the supporting facts give another, and never
this one, says something else than the source: the store's word is the right one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcli.store.index import store_index
from factcli.store.model import Fact, Store
from factcli.store.readings import texts_of
from factcli.text import patterns as rx

# Each set: its members, each a pattern of its words in Korean and English. A set holds only
# things that cannot both be meant by one act (one degree, one time of day, one kind of
# alternative service, the askers, the thing handed over, the part of the Assembly, a side).
_SETS: tuple[tuple[str, ...], ...] = (
    (r"학사|(?i:\bbachelor)", r"석사|(?i:\bmaster['’]?s?\b)", r"박사|(?i:\bdoctor|\bph\.?d)"),
    (
        r"오전|아침|새벽|(?i:\bmorning)",
        r"오후|(?i:\bafternoon)",
        r"저녁|(?<![가-힣])밤(?![가-힣])|(?i:\bevening|\bnight\b)",
    ),
    (
        r"출근|(?i:\bway\s+(?:in|to\s+(?:work|the\s+office))\b)",
        r"퇴근|(?i:\bway\s+(?:home|back\s+home)\b|\bleaving\s+work\b)",
    ),
    (
        r"전문연구요원|(?i:\bresearch\s+personnel|\bspeciali[sz]ed\s+research)",
        r"산업기능요원|(?i:\bindustrial\s+(?:technical\s+)?personnel|\bskilled\s+industrial)",
        r"사회복무요원|(?i:\bsocial\s+service\s+agent)",
        r"공중보건의|(?i:\bpublic\s+health\s+doctor)",
    ),
    (
        r"직원|(?i:\bstaff\b|\bemployees\b|\bofficials\b)",
        r"기자|취재진|(?i:\breporters?\b|\bjournalists?\b|\bthe\s+press\b)",
        r"학생|(?i:\bstudents?\b)",
        r"(?<![가-힣])의원(?!회관)|(?i:\blawmakers?\b|\blegislators?\b)",
    ),
    (
        r"임명장|(?i:\bletter\s+of\s+appointment|\bcertificate\s+of\s+appointment)",
        r"꽃다발|(?i:\bbouquet|\bflowers\b)",
        r"훈장|(?i:\bmedal\b|\bdecoration\b|\border\s+of\b)",
        r"케이크|(?i:\bcake\b)",
        r"감사패|상패|(?i:\bplaque\b)",
    ),
    (
        r"본회의|(?i:\bplenary)",
        r"의원회관|(?i:\bmembers['’]?\s+office\s+building)",
        r"상임위|(?i:\bcommittee\b)",
    ),
    (
        r"왼쪽|좌측|(?i:\bon\s+the\s+left\b|\(left\))",
        r"오른쪽|우측|(?i:\bon\s+the\s+right\b|\(right\))",
    ),
    # (a claim put right, said to be one added: 정정 신청, said as 추가 신청)
    (
        r"정정|바로잡|(?i:\bcorrect(?:ed|ion|ing)?\b|\bamend)",
        r"추가(?:로)?\s*(?:신청|청구)|(?i:\badditional\s+(?:claim|deduction)|\bextra\s+claim)",
    ),
    # (who asks and who answers: 의원 질의에 답변, said as 의원들에게 질의)
    (
        r"(?:에게|한테)\s*(?:질의|질문)|(?i:\bquestion(?:ed|s|ing)\s+(?:the\s+)?(?:lawmakers|staff"
        r"|reporters|members|officials)|\basked\s+(?:the\s+)?\w+\s+questions?)",
        r"답변|답했|답하|(?i:\banswer(?:ed|s|ing)?\b)",
    ),
    # (who speaks at an event and who listens or hosts: 특별강연을 했다, said as 들었다)
    (
        r"강연(?:을)?\s*(?:했|하고|한|하며)|강연자|(?i:\bgave\s+(?:a\s+|the\s+)?(?:special\s+)?"
        r"(?:lecture|talk|speech|keynote)|\blectured\b)",
        r"강연(?:을)?\s*(?:들었|듣|청취)|(?i:\battended\s+(?:a\s+|the\s+)?(?:special\s+)?lecture"
        r"|\blistened\s+to)",
        r"사회를\s*(?:봤|보|맡)|사회자|(?i:\bmoderated\b|\bemceed\b|\bmaster\s+of\s+ceremonies)",
    ),
)
_MEMBERS = tuple(tuple(rx.compile(m) for m in members) for members in _SETS)


def alternative_objection(
    text: str, facts: Sequence[Fact], korean: bool
) -> tuple[int, int, str, str] | None:
    """A member of a set the sentence says where the supporting facts give only another:
    (start, end) of the sentence's word, the store's word, and the fact that gives it."""
    told = [(f, " ".join(texts_of(f))) for f in facts]
    for members in _MEMBERS:
        said = [(i, m) for i, pattern in enumerate(members) if (m := pattern.search(text))]
        if len(said) != 1:
            continue  # (none, or several: 석사와 박사 — each may be a fact's)
        i, word = said[0]
        if any(members[i].search(t) for _f, t in told):
            continue
        for fact, joined in told:
            theirs = [j for j, pattern in enumerate(members) if j != i and pattern.search(joined)]
            if len(theirs) == 1:
                return word.start(), word.end(), _word_of(fact, members[theirs[0]], korean), fact.id
    return None


def _word_of(fact: Fact, pattern: rx.Pattern, korean: bool) -> str:
    """The fact's word of that member, from its text in the sentence's language first."""
    for text in (
        (fact.statement, fact.statement_en) if korean else (fact.statement_en, fact.statement)
    ):
        found = pattern.search(text or "")
        if found:
            return found.group()
    found = pattern.search(" ".join(texts_of(fact)))
    return found.group() if found else ""


# A model's or a chip's code: letters then digits (R1, H200, B200, GPT-4).
_CODE = rx.compile(r"(?<![A-Za-z0-9])([A-Z]{1,4})-?(\d{1,4})(?![\d.]|[A-Za-z]{2})")


def code_objection(
    store: Store, text: str, facts: Sequence[Fact]
) -> tuple[int, int, str, str] | None:
    """A code the store never gives, where a supporting fact, or else the store as a whole,
    gives one other code of the same letters (딥시크 R2 for the source's R1, H100 for H200):
    its span, the store's code and the fact of the sentence it is checked against."""
    told = [(f, " ".join(texts_of(f))) for f in facts]
    if not told:
        return None
    for m in _CODE.finditer(text):
        letters, code = m.group(1), f"{m.group(1)}{m.group(2)}"
        if any(m.group() in t or code in t for _f, t in told):
            continue
        index = store_index(store)
        if index.has(code.lower()):
            continue  # (a code the store gives elsewhere: another fact's thing)
        for fact, joined in told:
            theirs = {c.group() for c in _CODE.finditer(joined) if c.group(1) == letters}
            if len(theirs) == 1:
                return m.start(), m.end(), theirs.pop(), fact.id
        shaped = re.compile(rf"{letters.lower()}\d{{1,4}}")
        known = [w for w in index.sorted_vocabulary() if shaped.fullmatch(w)]
        if len(known) == 1:
            return m.start(), m.end(), known[0].upper(), told[0][0].id
    return None
