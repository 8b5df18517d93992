"""Who did it, named after "by" in an English passive (was awarded to Bae by the trade
ministry; was described … by Ha Jung-woo): the facts that support the sentence must give
that agent, as their actor or in their words; a fact about the agent is no fact of its act."""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcli.judge.meaning.subjects import Objection, _said_texts, resolve
from factcli.store.model import Fact, Store
from factcli.text import patterns as rx

# was awarded … by the trade ministry, were made by LG Group, been described … by Ha Jung-woo
_BY_AGENT = rx.compile(
    r"(?i:\b(?:was|were|been|is|are|being)\s+(?:\w+ly\s+)?(?:\w+(?:ed|en)|made|given|told|held"
    r"|paid|sent|sold|bought|won|led|run|set)\b)[^.;]{0,80}?"
    r"\bby\s+((?:the\s+)?(?:[A-Za-z][\w.'’-]*)(?:\s+(?:of\s+)?[A-Za-z][\w.'’-]*){0,4}?)"
    r"(?=\s+(?:in|on|at|as|for|during|after|before|when|while|to)\b|\s*[,.;]|\s*$)"
)
_LOWER_AGENT_OK = rx.compile(r"(?i:^the\s+(?:\w+\s+){0,2}(?:ministry|government|group|office))")


def passive_agent_objection(store: Store, text: str, facts: Sequence[Fact]) -> Objection | None:
    """The agent an English passive names, where the supporting facts give another actor
    (misleading: actor) or give none of that agent's names (reason "unheld")."""
    m = _BY_AGENT.search(text)
    if m is None:
        return None
    agent = m.group(1).strip()
    if not (agent[:1].isupper() or _LOWER_AGENT_OK.match(agent)):
        return None  # (by far, by then, by email: no agent)
    who = resolve(store, agent)
    actors = {a for f in facts if (a := getattr(f, "actor", None))}
    if who is not None and actors:
        if who in actors:
            return None
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
    words = [w for w in re.findall(r"[a-z0-9]{2,}", agent.lower()) if w != "the"]
    if not words or all(re.search(rf"\b{re.escape(w)}\b", texts) for w in words):
        return None  # (by LG: the fact's LG Group)
    return Objection("unheld", f"the store does not say this was done by {agent}")


def passive_agent(store: Store, text: str) -> str | None:
    """The store's subject an English passive names after "by", if any."""
    m = _BY_AGENT.search(text)
    return resolve(store, m.group(1).strip()) if m is not None else None


def _name(store: Store, ids: set[str]) -> str:
    subjects = [store.subjects.get(i) for i in sorted(ids)]
    return ", ".join(
        (s.name_en or s.name) if s else i for s, i in zip(subjects, sorted(ids), strict=True)
    )
