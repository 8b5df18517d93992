"""Who did it, named after "by" in an English passive (was awarded to Bae by the trade
ministry; was described … by Ha Jung-woo): the facts that support the sentence must give
that agent, as their actor or in their words; a fact about the agent is no fact of its act."""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcli.judge.meaning.actors import _BY_AGENT_EN, subject_in
from factcli.judge.meaning.subjects import Objection, _said_texts, resolve
from factcli.store.model import Fact, Store
from factcli.text import patterns as rx

# A Korean passive's agent (LG전자에 의해 공개됐다): the words before 에 의해.
_BY_AGENT_KO = rx.compile(
    r"((?:[가-힣A-Za-z0-9·]+\s+){0,2}[가-힣A-Za-z0-9·]+)에\s*의해(?:서)?(?![가-힣])"
)


def passive_agent_objection(store: Store, text: str, facts: Sequence[Fact]) -> Objection | None:
    """The agent an English passive names, where the supporting facts give another actor
    (misleading: actor) or give none of that agent's names (reason "unheld")."""
    english = _BY_AGENT_EN.search(text)
    m = english or _BY_AGENT_KO.search(text)
    if m is None:
        return None
    agent = m.group(1).strip()
    if english is None:
        # (LG전자에 의해 공개됐다: whose act, by its last words that name someone)
        words = agent.split()
        agent = next(
            (" ".join(words[i:]) for i in range(len(words)) if resolve(store, " ".join(words[i:]))),
            words[-1],
        )
    who = resolve(store, agent) or resolve(store, f"the {agent}")
    actors = {a for f in facts if (a := getattr(f, "actor", None))}
    if who is not None and english is not None and not _named_as(store, who, agent):
        # (President Yoon Suk Yeol read as "the president": a name of another person)
        if actors:
            return Objection("actor", f"the source says this was done by {_name(store, actors)}")
        return Objection("unheld", f"the store does not say this was done by {agent}")
    if who is not None and not actors and english is None:
        # (임명안은 국회에 의해 재가됐다: whose act 재가 is, by the facts that tell of it with
        # their actor, the supporting ones having none)
        doers = _doers_of_act(store, text[m.end() :])
        if doers and who not in doers:
            return Objection("actor", f"the source says this was done by {_name(store, doers)}")
    if who is not None and actors:
        if who in actors or any(subject_in(store, who, f) for f in facts):
            return None  # (or the fact tells it as the agent's act: 과기부는 … 입장문을 공개하며)
        return Objection("actor", f"the source says this was done by {_name(store, actors)}")
    texts = " ".join(t for f in facts for t in (*_said_texts(f), f.statement_en or "") if t).lower()
    if who is not None:
        subject = store.subjects.get(who)
        names = [n.lower() for n in (subject.names if subject else []) if len(n) >= 2]
        patient = resolve(store, text[: m.start()].strip())
        if patient is not None and patient != who and any(f.subject == who for f in facts):
            # (Bae was described … by Ha Jung-woo: a fact about Ha is no act of his on Bae)
            return Objection("unheld", f"the store does not say this was done by {agent}")
        if any(n in texts for n in names):
            return None
        return Objection("unheld", f"the store does not say this was done by {agent}")
    texts += " " + " ".join(t for f in facts for t in _said_texts(f)).lower()
    words = [w for w in re.findall(r"[a-z0-9가-힣]{2,}", agent.lower()) if w != "the"]
    if not words or all(re.search(rf"\b{re.escape(w)}\b", texts) for w in words):
        return None  # (by LG: the fact's LG Group)
    return Objection("unheld", f"the store does not say this was done by {agent}")


# Words of a title, not of a name (President Lee, the science minister).
_TITLE_WORDS = frozenset(
    (
        *("the", "of", "president", "minister", "chief", "secretary", "director", "head"),
        *("chairman", "chair", "dr", "mr", "ms", "mrs", "former", "then", "vice", "deputy"),
        *("prime", "science", "ict"),
    )
)


def _named_as(store: Store, who: str, agent: str) -> bool:
    """Whether the words of `agent` that are not a title's are all among the names of `who`
    (President Lee for 이재명; not President Yoon Suk Yeol, which "the president" resolved)."""
    subject = store.subjects.get(who)
    if subject is None:
        return True
    own = [w for w in re.findall(r"[a-z0-9가-힣-]+", agent.lower()) if w not in _TITLE_WORDS]
    names = " ".join(n.lower() for n in subject.names)
    if all(re.search(rf"(?<![a-z]){re.escape(w)}", names) for w in own):
        return True
    # (the name in another spelling: Bae Kyeong-hun)
    written = [w for w in re.findall(r"[A-Za-z0-9가-힣-]+", agent) if w.lower() not in _TITLE_WORDS]
    return bool(written) and resolve(store, " ".join(written)) == who


_PASSIVE_ACT_KO = rx.compile(r"\s*([가-힣]{2,})(?:됐|되었|된|되어|돼|되)")


def _doers_of_act(store: Store, rest: str) -> set[str]:
    """Who the store says did the act a Korean passive names (재가 of 재가됐다): the actors of
    the facts whose statements tell of it being done by someone."""
    m = _PASSIVE_ACT_KO.match(rest)
    if m is None:
        return set()
    from factcli.store.index import store_index
    from factcli.text.terms import analyze

    act = m.group(1)
    terms = analyze(act)
    if not terms:
        return set()
    index = store_index(store)
    positions = sorted(index.postings_of(terms[0]))[:40]
    read = getattr(store.facts, "at", None)
    facts = read(positions) if read is not None else [store.facts[p] for p in positions]
    return {
        f.actor
        for f in facts
        if getattr(f, "actor", None) and re.search(rf"{act}(?:했|하였|한|하며)", f.statement or "")
    }


def _name(store: Store, ids: set[str]) -> str:
    subjects = [store.subjects.get(i) for i in sorted(ids)]
    return ", ".join(
        (s.name_en or s.name) if s else i for s, i in zip(subjects, sorted(ids), strict=True)
    )
