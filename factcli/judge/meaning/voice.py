"""Who did an act to whom: a person said to found or appoint, where the source has the body
founded or the person appointed (배경훈은 LG AI연구원을 설립했다; Bae appointed the minister)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcli.judge.meaning.subjects import Objection, _is_person, resolve
from factcli.store.model import Fact, Store
from factcli.text import patterns as rx
from factcli.text.analysis import Analysis

# Acts a person does to a body or to another person: the Korean stems that take 하다, the
# Korean verbs whole, the English verbs. Founding a body, appointing someone.
_ACTS: dict[str, tuple[str, str, str]] = {
    "found": (
        r"설립|창립|창업|출범",
        r"세웠|세운|세워",
        r"found(?:ed|s)?|co-?founded|establish(?:ed|es)?|set\s+up|launch(?:ed|es)?",
    ),
    "appoint": (
        r"임명|지명|발탁|선임|임용",
        r"뽑았|뽑은|뽑아",
        r"appoint(?:ed|s)?|nominat(?:ed|es)|nam(?:ed|es)|pick(?:ed|s)|tapp(?:ed)?|hired",
    ),
    # (hosting an event: a body or a person; not the one who won or spoke at it)
    "host": (
        r"주최|주관|개최",
        r"",
        r"host(?:ed|s)?|organi[sz]ed|organi[sz]es",
    ),
}
# The acts a body may be said to do too (LG AI연구원은 SQuAD 경진대회를 주최했다).
_BODIES_DO = frozenset(["host"])
# The sentence's subject doing it to something named as the object (LG AI연구원을 설립했다,
# 장관을 임명했다, 출범시켰다); English: "Bae founded …", not "was founded".
_DONE_BY_SUBJECT_KO = {
    act: rx.compile(
        rf"(?:을|를)\s*(?:[^\s,.]+\s+){{0,2}}?(?:(?:{stems})(?:했|하였|시켰)"
        + (f"|{whole})" if whole else ")")
        + r"(?:다|고|으며|는데|지만)"
    )
    for act, (stems, whole, _en) in _ACTS.items()
}
_DONE_BY_SUBJECT_EN = {
    act: rx.compile(rf"(?i:\s+(?:\w+ly\s+|also\s+|then\s+)?(?:{en})\s+(?!as\b|to\b|by\b))")
    for act, (_stems, _whole, en) in _ACTS.items()
}


# The last sentence read for its act, and what was read: voice_objection (once per fact),
# act_planned and act_unheld ask of the same sentence in turn. One tuple, replaced whole.
_LAST_SAID: tuple[object, object, tuple[str, str, list[str], str] | None] = (None, None, None)


def _said_act(store: Store, analysis: Analysis) -> tuple[str, str, list[str], str] | None:
    """The act the sentence says its subject, a person, did to something it names as the
    object: (act, who, the person's names, the object squashed), or None."""
    global _LAST_SAID
    last = _LAST_SAID
    if last[0] is store and last[1] is analysis:
        return last[2]
    said = _read_act(store, analysis)
    _LAST_SAID = (store, analysis, said)
    return said


def _read_act(store: Store, analysis: Analysis) -> tuple[str, str, list[str], str] | None:
    """_said_act, read afresh."""
    if not analysis.actor:
        return None
    who = resolve(store, analysis.actor)
    if who is None:
        return None
    person = _is_person(store, who)
    subject = store.subjects[who]
    names = [n for n in subject.names if n]
    text = analysis.text
    if any("say" in c.events for c in analysis.clauses):
        return None  # (배경훈은 LG그룹이 … 설립했다고 말했다: what was said, another's act)
    for act in _ACTS:
        if not person and act not in _BODIES_DO:
            continue
        if analysis.korean:
            done = _DONE_BY_SUBJECT_KO[act].search(text)
            if done is not None and _OTHER_SUBJECT_KO.search(
                text, analysis.actor_span[1] if analysis.actor_span else 0, done.start()
            ):
                continue  # (배경훈은 LG그룹이 설립한 …: the act has a subject of its own)
            thing = _OBJECT_KO.search(text, 0, done.start() + 1) if done else None
        else:
            done = (
                _DONE_BY_SUBJECT_EN[act].match(text, analysis.actor_span[1])
                if analysis.actor_span
                else None
            )
            thing = _OBJECT_EN.match(text, done.end()) if done else None
        if done is None:
            continue
        if act == "appoint" and who not in _appointed(store):
            # (the president appointed Bae: true in substance where the source has him give
            # the letter; only a person the source has appointed is said the wrong way round)
            continue
        named = "".join((thing.group(1) if thing else "").split()).lower()
        return act, who, names, named
    return None


def voice_objection(store: Store, analysis: Analysis, fact: Fact) -> Objection | None:
    """A person said to have done an act (founded a body, appointed someone) to what the fact
    names, where no text of the fact has that person doing it: the body was founded, or the
    person was the one appointed. Misleading (actor)."""
    said = _said_act(store, analysis)
    if said is None:
        return None
    act, who, names, named = said
    texts = [t for t in (fact.statement, fact.statement_en, *(r.quote for r in fact.sources)) if t]
    squashed = "".join("".join(texts).split()).lower()
    # (only a fact that names what was founded or who was appointed speaks to it: not his
    # birth, beside "founded LG U+")
    if (
        len(named) < 2
        or named not in squashed
        or any(_done_by(t, act, names, named) for t in texts)
    ):
        return None  # (his own act, in whatever tense: a plan told as done is the tense's)
    subject = store.subjects[who]
    return Objection(
        "actor",
        f"the source does not say {subject.name if analysis.korean else subject.name_en} did "
        f"this: {fact.statement if analysis.korean else fact.statement_en or fact.statement}",
    )


def act_unheld(
    store: Store, analysis: Analysis, facts: list[Fact], beside: Sequence[Fact] = ()
) -> str | None:
    """Why facts that agree with a sentence's figures do not hold its act: the sentence says
    its subject founded or appointed, and none of them has that person doing it (배경훈은
    2011년 SK텔레콤 미래기술원을 세웠다, of his move there)."""
    said = _said_act(store, analysis)
    if said is None:
        return None
    act, who, names, named = said
    told = [
        t
        for f in (*facts, *beside)
        for t in (f.statement, f.statement_en, *(r.quote for r in f.sources))
    ]
    # (by the person, in any tense, in a fact it speaks of: a plan to host, told as done, is
    # the tense check's)
    if any(_done_by(t, act, names, named) for t in told if t):
        return None
    subject = store.subjects[who]
    did = {"found": "founded", "appoint": "appointed", "host": "hosted"}[act]
    person = subject.name if analysis.korean else subject.name_en
    return f"the store does not say {person} {did} it"


# How a fact's certainty reads in a message (future: a plan still to come).
_AS_TOLD = {
    "future": "still to come",
    "planned": "a plan",
    "expected": "expected",
    "considering": "under consideration",
}


def act_planned(
    store: Store, analysis: Analysis, facts: Sequence[Fact], beside: Sequence[Fact] = ()
) -> tuple[Objection, Fact] | None:
    """The sentence says its subject did the act (hosted), in the past, where the only facts
    that have that person do it tell of a plan (his ministers' meeting, to be held after the
    upgrade), though the facts that agree with its figures are others (the press conference
    of the day): misleading, tense."""
    from factcli.judge.meaning.certainty import fact_certainty

    said = _said_act(store, analysis)
    if said is None or any(c.certainty != "done" or c.marker for c in analysis.clauses):
        return None
    act, _who, names, named = said

    def does(f: Fact) -> bool:
        texts = (f.statement, f.statement_en, *(r.quote for r in f.sources))
        return any(_done_by(t, act, names, named) for t in texts if t)

    doing = [f for f in (*facts, *beside) if does(f)]
    if not doing or any(fact_certainty(f) == "done" for f in doing):
        return None
    sure = fact_certainty(doing[0])
    said_so = f"the source tells of this as {_AS_TOLD.get(sure, sure)}, not as done"
    return Objection("tense", said_so), doing[0]


# The English verb of the act after a name in a fact's text, in any tense (Bae founded, said
# he would host; not was founded).
_ANY_FORM_EN = {
    act: rx.compile(rf"(?i:\s+(?:(?!(?:was|were|been|is|are|be)\b)\w+\s+){{0,4}}?(?:{en})\b)")
    for act, (_stems, _whole, en) in _ACTS.items()
}
# ... and the Korean, in any tense (…을 주최할 것이라고, 설립했다).
_ANY_FORM_KO = {
    act: rx.compile(
        rf"(?:을|를)\s*(?:[^\s,.]+\s+){{0,2}}?(?:(?:{stems})(?:했|하였|할|하겠|하는|한|해|시켰)"
        + (f"|{whole})" if whole else ")")
    )
    for act, (stems, whole, _en) in _ACTS.items()
}
# A subject of its own between the sentence's subject and the act (LG그룹이 …을 설립했다).
_OTHER_SUBJECT_KO = rx.compile(r"[가-힣A-Za-z]{2,}(?:이|가)\s")
# A doer before the adnominal form of its act (CVPR이 주관하는, 한경협이 주최한).
_DONE_BEFORE_NOUN_KO = rx.compile(
    r"\s*(?:이|가|은|는)\s(?:[^.]{0,30}?)(?:주최|주관|개최)(?:한|하는|했|하였)"
)
# What was founded or who was appointed: the words before 을/를; the English object.
_OBJECT_KO = rx.compile(r"((?:[가-힣A-Za-z0-9]+\s)?[가-힣A-Za-z0-9]+?)(?:을|를)$")
_OBJECT_EN = rx.compile(r"(?:the\s+)?((?:[A-Z][\w&'’-]*\s*){1,6})")


def _done_by(text: str, act: str, names: list[str], thing: str = "") -> bool:
    """Whether the text has one of the names as the doer of the act, in any tense: the name
    as a subject (은/는/이/가) before the act's verb in its active form, or before the English
    verb; done to `thing` (squashed, lower-case), where one is given."""
    korean, english = _ANY_FORM_KO[act], _ANY_FORM_EN[act]
    for name in names:
        for hit in re.finditer(re.escape(name), text):
            rest = text[hit.end() :]
            done = (
                korean.search(rest[:80])
                if re.match(r"\s*(?:[가-힣]{1,6}\s*)?(?:은|는|이|가)\s", rest)
                else None
            )
            if done is not None:
                what = _OBJECT_KO.search(rest, 0, done.start() + 1)
            else:
                done = english.match(rest)
                what = _OBJECT_EN.match(rest, done.end()) if done else None
            if done is None and act in _BODIES_DO:
                # (CVPR이 주관하는 경진대회: the doer of the act named before its noun)
                done = _DONE_BEFORE_NOUN_KO.match(rest)
                what = None
            if done is None:
                continue
            said = "".join((what.group(1) if what else "").split()).lower()
            if not thing or (said and (thing in said or said in thing)):
                return True
    return False


# A person appointed: named as the object of the act, or as the subject of its passive.
_APPOINTED_KO = rx.compile(
    r"^\s*(?:[가-힣]{1,6}\s*)?(?:을|를)\s*(?:[^\s,.]+\s+){0,3}?(?:임명|지명|발탁|선임|임용)|"
    r"^\s*(?:[가-힣]{1,12}\s*){0,2}?(?:은|는|이|가)\s(?:[^.]{0,60}?)"
    r"(?:(?:임명|지명|발탁|선임|임용)(?:됐|되었|된|되|돼)|임명장을\s*받)"
)
_APPOINTED_EN = rx.compile(
    r"(?i:^\s+(?:was|were|has\s+been|had\s+been)\s+(?:\w+\s+)?"
    r"(?:appointed|named|nominated|picked|tapped|chosen|selected)\b|"
    r"^\s+received\s+(?:his|her|the|a)\s+letter\s+of\s+appointment\b)"
)


def _appointed(store: Store) -> frozenset[str]:
    """The persons some fact about them has appointed, kept on the store (read from the few
    facts a search of each person's name and the act finds, not from every fact)."""
    cached = getattr(store, "_appointed", None)
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    from factcli.find.search import search

    found = set()
    for sid, subject in store.subjects.items():
        if not _is_person(store, sid):
            continue
        names = [n for n in subject.names if n]
        hits = search(store, f"{subject.name} 임명", limit=12)
        if any(
            _done_to(t, names)
            for m in hits
            if m.fact.subject == sid
            for t in (m.fact.statement, m.fact.statement_en, *(r.quote for r in m.fact.sources))
            if t
        ):
            found.add(sid)
    result = frozenset(found)
    try:  # noqa: SIM105 (as subjects._name_table: a check does without contextlib)
        store._appointed = result  # type: ignore[attr-defined]
    except AttributeError:
        pass
    return result


def _done_to(text: str, names: list[str]) -> bool:
    """Whether the text has one of the names as the one appointed."""
    for name in names:
        for hit in re.finditer(re.escape(name), text):
            rest = text[hit.end() :]
            if _APPOINTED_KO.search(rest[:90]) or _APPOINTED_EN.match(rest):
                return True
            before = text[max(0, hit.start() - 40) : hit.start()]
            if re.search(r"(?i:\b(?:appointed|named|nominated|picked|tapped|chose)\s+$)", before):
                return True
    return False
