"""Who acted on whom: the person a fact tells of, said to do what another did to him (배경훈은
임명안을 재가했다; Bae nominated Kang; awarded the order he received), or to do it to the one
who did it to him (Bae approved President Lee's appointment)."""

from __future__ import annotations

import re

from factcli.judge.meaning.subjects import PASSIVE_KO, Objection, _is_person, resolve
from factcli.store.model import Fact, Store
from factcli.text import patterns as rx
from factcli.text.analysis import INSIDE_RELATIVE_EN, Analysis, analyze_sentence
from factcli.text.korean import has_hangul

TYPE_CHECKING = False  # not `typing` (~3 ms of start-up); type checkers know this name
if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

# The doer of the fact named in the sentence as the one acted on or owned: 이재명 대통령의
# 임명안을, President Lee's appointment, nominated Kang.
_NAMED_AS_PATIENT_KO = rx.compile(r"(?:의|을|를|에게|한테|께)(?![가-힣])")
_NAMED_AS_PATIENT_EN = rx.compile(r"(?i:['’]s\b)")
_RELATIVE_BEFORE_EN = rx.compile(r"(?i:\b(?:which|that|whom|who)\s+(?:the\s+)?)$")


def reversed_roles(store: Store, analysis: Analysis, fact: Fact) -> Objection | None:
    """Who did it and to whom, the other way round: the fact's subject said to do its act to
    the fact's doer (배경훈은 이재명 대통령의 임명안을 재가했다; Bae nominated Kang), where the
    source has the doer act on the subject. Not a passive or a receiving (배경훈은 임명안을
    재가받았다, Bae was nominated by Kang)."""
    gave = _gave_for_received(store, analysis, fact)
    if gave is not None:
        return gave
    doer = getattr(fact, "actor", None)
    if not doer or doer == fact.subject or not analysis.actor or not analysis.actor_span:
        return None
    from factcli.judge.meaning.subjects import resolve

    if resolve(store, analysis.actor) != fact.subject:
        return None
    # Only a fact whose doer acts on its subject, told from the doer's side (이재명 대통령은
    # … 배경훈 … 임명안을 재가했다); not a remark its actor made of the subject (배 장관은 과기부가
    # … 하겠다고 밝혔다), nor one told from the subject's side.
    told = analyze_sentence(fact.statement or "")
    if not told.actor or resolve(store, told.actor) != doer:
        return _doers_act_claimed(store, analysis, fact)
    if any("say" in c.events for c in told.clauses):
        return None
    own_act = _doers_act_claimed(store, analysis, fact)
    if own_act is not None:
        return own_act
    acted_on = store.subjects.get(fact.subject)
    after = (fact.statement or "")[told.actor_span[1] :] if told.actor_span else ""
    if acted_on is None or not any(n and n in after for n in acted_on.names):
        return None  # (the doer acts on behalf of the subject, not on it: 배 장관은 로드맵을)
    clause = analysis.clause_at(analysis.actor_span[0])
    rest = analysis.text[analysis.actor_span[1] : clause.end]
    if analysis.korean:
        verb = rest.rstrip(" .").split()[-1:] or [""]
        if PASSIVE_KO.search(verb[0]):
            return None
    elif re.search(r"(?i:\b(?:was|were|been|being|is|are|received|got|had)\b|\bby\b)", rest):
        return None
    subject = store.subjects.get(doer)
    if subject is None:
        return None
    names = [n for n in subject.names if n and not n.lower().startswith("the ")]
    for name in sorted(names, key=len, reverse=True):
        at = rest.find(name)
        if at < 0:
            continue
        after = rest[at + len(name) : at + len(name) + 12]
        # (the name, with a title between it and its particle: 이재명 대통령의)
        tail = re.sub(r"^\s*(?:[가-힣]{1,5}|[A-Z][a-z]+)?", "", after) if analysis.korean else after
        if analysis.korean and not (
            _NAMED_AS_PATIENT_KO.match(after.lstrip()) or _NAMED_AS_PATIENT_KO.match(tail)
        ):
            continue
        if not analysis.korean and _RELATIVE_BEFORE_EN.search(rest, 0, at):
            continue  # (EXAONE 4.0, which LG AI Research unveiled: the doer of a relative clause)
        if not analysis.korean and INSIDE_RELATIVE_EN.search(rest, 0, at):
            continue  # (Bae, who joined the LG Group in 2016, became …: the clause's own object)
        whose = subject.name if analysis.korean else subject.name_en
        them = acted_on.name if analysis.korean else acted_on.name_en
        return Objection(
            "actor", f"the source says {whose} did this to {them}, not the other way round"
        )
    return None


# The verb a fact's English statement gives its doer's act: after the doer's name (President
# Lee approved …) or in the subject's passive (Bae was nominated …).
_ACT_EN = rx.compile(r"(?i:\b(?:was|were)\s+(?:\w+ly\s+)?([a-z]{3,}ed)\b)")
_ACT_KO = rx.compile(r"([가-힣]{2,})(?:했|됐|되었|하였)다\.?$")
_ACTIVE_KO = rx.compile(r"(?:했|하였|한)(?:다|고|으며|으나|는데)|하겠")
# An auxiliary before a participle: the verb is passive (was approved, be awarded).
_AUX_BEFORE_EN = rx.compile(r"(?i:\b(?:was|were|been|being|is|are|be|get|got)\s+(?:\w+ly\s+)?$)")


def _doers_act_claimed(store: Store, analysis: Analysis, fact: Fact) -> Objection | None:
    """The fact's subject said to do, in the active voice, the act the fact's doer did to it
    (배경훈은 2025년 7월 16일 임명안을 재가했다; Bae nominated …), the doer not named. Only
    for a person acted upon by another (the president, the group, a ministry)."""
    doer = getattr(fact, "actor", None)
    if not doer or doer == fact.subject or not _is_person(store, fact.subject):
        return None
    rest = _own_predicate(store, analysis)
    if rest is None:
        return None
    if _named_alone(store, doer, analysis.text):
        return None  # the doer named: who did what to whom is reversed_roles' to say
    if analysis.korean:
        told = (fact.statement or "").strip()
        m = _ACT_KO.search(told)
        if m is None:
            return None
        stem = m.group(1)[-2:]
        at = rest.find(stem)
        if at < 0 or not _ACTIVE_KO.match(rest, at + len(stem)):
            return None
    else:
        told = fact.statement_en or ""
        subject = store.subjects.get(doer)
        names = [n for n in (subject.names if subject else ()) if n and n[:1].isupper()]
        verbs = [m.group(1).lower() for m in _ACT_EN.finditer(told)]
        for name in names:
            found = re.search(rf"{re.escape(name)}\s+(?:\w+ly\s+)?([a-z]{{3,}}ed)\b", told)
            if found:
                verbs.append(found.group(1).lower())
        hit = None
        for verb in verbs:
            hit = re.search(rf"(?i:\b{re.escape(verb)}\b)", rest)
            if hit:
                break
        if hit is None or _AUX_BEFORE_EN.search(rest, 0, hit.start()):
            return None
        if re.search(r"(?i:\bby\b)", rest[hit.end() :]):
            return None
    subject = store.subjects.get(doer)
    acted_on = store.subjects.get(fact.subject)
    whose = (subject.name if analysis.korean else subject.name_en) if subject else doer
    them = (acted_on.name if analysis.korean else acted_on.name_en) if acted_on else fact.subject
    return Objection(
        "actor", f"the source says {whose} did this to {them}; the sentence has {them} do it"
    )


_RECEIVED = rx.compile(r"받았다|(?i:\breceived\b)")
_GIVES_KO = rx.compile(r"(?:수여|전달|증정|선사|수상시)(?:했|하였|한)|(?:주었|줬|건넸|건네)")
_GIVES_EN = rx.compile(
    r"(?i:\b(?:awarded|gave|presented|handed|conferred|granted|bestowed|lent)\b)"
)


def _gave_for_received(store: Store, analysis: Analysis, fact: Fact) -> Objection | None:
    """The fact's subject received it (배경훈은 … 은탑산업훈장을 받았다); the sentence has that
    subject give it, in the active voice (In 2023 Bae awarded the Silver Tower Order …)."""
    if not analysis.actor or not analysis.actor_span:
        return None
    told = fact.statement_en if not analysis.korean else fact.statement
    if not told or not _RECEIVED.search(told) or not _is_person(store, fact.subject):
        return None
    if resolve(store, analysis.actor) != fact.subject:
        return None
    rest = _own_predicate(store, analysis)
    if rest is None:
        return None
    if analysis.korean:
        if PASSIVE_KO.search(rest) and "받" in rest:
            return None
        hit = _GIVES_KO.search(rest)
    else:
        hit = _GIVES_EN.search(rest)
        if hit is not None and _AUX_BEFORE_EN.search(rest, 0, hit.start()):
            hit = None
    if hit is None:
        return None
    acted_on = store.subjects.get(fact.subject)
    them = (acted_on.name if analysis.korean else acted_on.name_en) if acted_on else fact.subject
    return Objection("direction", f"the source says {them} received this, not gave it")


_TOPIC_KO = rx.compile(r"\s*(?:은|는|이|가|께서)(?![가-힣])")
# What starts a clause of its own inside the subject's: its verb is another subject's.
_EMBEDDED_EN = rx.compile(
    r"(?i:\b(?:when|while|after|before|as|who|whom|which|that|because|since|if|once|until)\b)"
    r"|\b[A-Z][a-z]+\b"
)


def _own_predicate(store: Store, analysis: Analysis) -> str | None:
    """The words after the sentence's subject up to the end of its clause, when they are that
    subject's own predicate: the subject marked as such (배경훈은, not 배경훈의 임명안은), and no
    clause of another subject before its verb (Bae was 44 when LG picked him)."""
    if not analysis.actor or not analysis.actor_span:
        return None
    start, end = analysis.actor_span
    clause = analysis.clause_at(start)
    rest = analysis.text[end : clause.end]
    if analysis.korean:
        if not _TOPIC_KO.match(rest):
            return None
        return rest
    verb = re.search(r"(?i:\b[a-z]{3,}ed\b|\bgave\b|\blent\b)", rest)
    if verb is None or _EMBEDDED_EN.search(rest, 0, verb.start()):
        return None
    return rest


def _named_alone(store: Store, who: str, text: str) -> bool:
    """Whether the text names `who` by a name of theirs that is not the start of another
    subject's longer name (LG in LG AI Research is not the LG Group)."""
    subject = store.subjects.get(who)
    if subject is None:
        return False
    longer = [n for other in store.subjects.values() if other.id != who for n in other.names if n]
    for name in (n for n in subject.names if n and len(n) >= 2):
        at = text.find(name)
        while at >= 0:
            if not any(text.startswith(n, at) for n in longer if len(n) > len(name)):
                return True
            at = text.find(name, at + 1)
    return False


# Who answered whose questions: the answerer is the clause's subject (배경훈은, Bae), the
# asker the word before 질문/질의 (직원들의 질문, 의원 질의) or after "questions from".
_ANSWERED_KO = rx.compile(
    r"([가-힣A-Za-z]{1,12})(?:들)?(?:의)?\s*(?:질문|질의)(?:들)?(?:에|에도)\s*(?:답|답변|대답|응답)"
)
_ANSWERED_EN = rx.compile(
    r"(?i:\b(?:answered|answering|answers|responded\s+to|fielded|took)\s+(?:the\s+)?"
    r"(?:questions?|queries)\s+(?:from|of|by|put\s+by)\s+(?:the\s+)?((?:[\w'’-]+\s+){0,3}[\w'’-]+)"
    r"(?=\s+(?:at|on|in|during|after|before|when|while)\b|[,.;]|$))"
    r"|(?i:\b(?:answered|answering|answers|responded\s+to|fielded)\s+(?:the\s+)?"
    r"((?:[\w-]+\s+){0,3}?[\w-]+)['’]s?\s+(?:questions?|queries))"
)


# Who asked whom (배경훈은 의원들을 상대로 질의를 했다; Bae questioned lawmakers): the one
# asked, after the verb; the asker is the sentence's subject.
_ASKED_KO = rx.compile(r"([가-힣A-Za-z]{1,12}?)(?:들)?(?:을|를|에게)\s*상대로\s*(?:질의|질문)")
_ASKED_EN = rx.compile(
    r"(?i:\b(?:questioned|quizzed|grilled|cross-examined)\s+(?:the\s+)?"
    r"((?:[\w'’-]+\s+){0,2}[\w'’-]+)"
    r"|\b(?:put|asked|posed)\s+(?:his\s+|her\s+|their\s+|the\s+)?questions\s+(?:to|of)\s+(?:the\s+)?"
    r"((?:[\w'’-]+\s+){0,2}[\w'’-]+))"
)


def _answering(store: Store, text: str, actor: str | None) -> tuple[set[str], set[str]] | None:
    """(the answerer's words, the asker's words) of a text that tells who answered whose
    questions; None when it tells none."""
    asked = (_ASKED_KO if has_hangul(text) else _ASKED_EN).search(text)
    if asked is not None:
        subject = actor or analyze_sentence(text).actor or ""
        return _words(store, asked.group(1) or asked.group(2) or ""), _words(store, subject)
    m = _ANSWERED_KO.search(text)
    if m is not None:
        told = analyze_sentence(text[: m.start()] + "답했다.")
        return _words(store, actor or told.actor or ""), _words(store, m.group(1))
    m = _ANSWERED_EN.search(text)
    if m is None:
        return None
    # (the words before the verb, after any phrase set off by a comma: lawmakers, the
    # ministry's staff, Minister Bae Kyung-hoon)
    who = re.split(r",\s*", text[: m.start()])[-1]
    return _words(store, who), _words(store, m.group(1) or m.group(2) or "")


def _words(store: Store, name: str) -> set[str]:
    """A party's words, and its subject's id where the store knows it (배 장관: bae)."""
    from factcli.judge.meaning.subjects import resolve
    from factcli.text.terms import analyze

    words = {w for w in analyze(name) if len(w) >= 2} - _PARTY_STOP
    # (not the owner of a possessive: the ministry's staff are no ministry)
    sid = resolve(store, name) if name and not re.search(r"['’]s\b|의\s", name) else None
    return words | ({f"#{sid}"} if sid else set())


_PARTY_STOP = frozenset(["the", "ministry", "his", "her", "their", "new", "장관", "후보자"])


# Who advised whom (증권사 직원에게 추천을 받아 주식을 매수했다; bought on a broker's
# recommendation): the adviser, named before the advice or after "of"/"by"; the advised is
# the clause's subject, who acted on it.
_ADVISED_KO = rx.compile(
    r"([가-힣A-Za-z]{1,12}?)(?:들)?(?:의|에게서?|한테서?|으로부터|로부터)\s*(?:추천|권유|권고|조언)(?:을|를)?\s*"
    r"(?:받아|받고|받은|으로|에\s*따라)"
)
_ADVISED_EN = rx.compile(
    r"(?i:\bon\s+(?:the\s+|a\s+)?(?:recommendation|advice|suggestion|urging)\s+(?:of|from)\s+"
    r"(?:the\s+|a\s+|an\s+)?((?:[\w'’-]+\s+){0,3}?[\w'’-]+)(?=\s*[,.;]|\s+(?:in|on|at|to|for|and)\b|$)"
    r"|\bon\s+(?:the\s+|a\s+|an\s+)?((?:[\w'’-]+\s+){0,3}?[\w-]+)['’]s?\s+"
    r"(?:recommendation|advice|suggestion|urging)"
    r"|\b(?:recommended|advised|suggested|urged)\s+by\s+(?:the\s+|a\s+|an\s+)?"
    r"((?:[\w'’-]+\s+){0,3}?[\w'’-]+)(?=\s*[,.;]|\s+(?:in|on|at|to|for|and)\b|$))"
)


def _advising(store: Store, text: str, actor: str | None) -> tuple[set[str], set[str]] | None:
    """(the advised's words, the adviser's words) of a text that tells who acted on whose
    advice; None when it tells none."""
    m = (_ADVISED_KO if has_hangul(text) else _ADVISED_EN).search(text)
    if m is None:
        return None
    adviser = next((g for g in m.groups() if g), "")
    subject = actor or analyze_sentence(text).actor or ""
    return _words(store, subject), _words(store, adviser)


def _roles_swapped(
    mine: tuple[set[str], set[str]], theirs: tuple[set[str], set[str]]
) -> bool | None:
    """True where the sentence puts either party in the other's role, False where it names
    the same parties the same way round, None where they share no party."""
    doer, other = mine
    their_doer, their_other = theirs
    if (doer & their_other and not doer & their_doer) or (
        other & their_doer and not other & their_other
    ):
        return True
    return False if (doer | other) & (their_doer | their_other) else None


def _parties_objection(
    store: Store,
    mine: tuple[set[str], set[str]] | None,
    texts: Sequence[str | None],
    read: Callable[[Store, str, str | None], tuple[set[str], set[str]] | None],
    what: str,
) -> Objection | None:
    """The sentence's parties (`mine`, as `read` gives them: doer, other) the other way round
    from the first of the fact's texts that names them; None where it names them the same way
    round, or where the sentence names none."""
    if mine is None:
        return None
    for text in texts:
        theirs = read(store, text or "", None)
        if theirs is None:
            continue
        swapped = _roles_swapped(mine, theirs)
        if swapped:
            return Objection(
                "relation", f"the source has the {what} the other way round: {(text or '').strip()}"
            )
        if swapped is False:
            return None  # (the same parties, the same way round)
    return None


def advice_roles_objection(store: Store, analysis: Analysis, fact: Fact) -> Objection | None:
    """Who acted on whose advice, the other way round (A securities firm employee bought the
    stocks on the recommendation of Bae's daughter, where Bae bought them on a securities-firm
    employee's recommendation)."""
    mine = _advising(store, analysis.text, analysis.actor)
    texts = [fact.statement, fact.statement_en, *(r.quote for r in fact.sources)]
    return _parties_objection(store, mine, texts, _advising, "advice")


# Who told whom (국내 취재진이 배경훈에게 … 설명했다; reporters told Bae that …): the teller, the
# clause's subject, and the one told, after 에게 or the verb of telling.
_TOLD_KO = rx.compile(r"([가-힣A-Za-z]{1,12}?)(?:들)?(?:에게|한테|(?<!함)께)\s")
_TELLING_KO = rx.compile(r"[다라]고\s*(?:(?:설명|말|전|답|강조)(?:했|하였|해)|밝혔|알렸|알려)")
# An act of its own the 에게 phrase is the object of (증여하고, 건넸다): not a telling.
_OWN_ACT_KO = rx.compile(r"증여|건네|건넨|건넸|수여|보내|보냈|전달|빌려|넘겨|주고|줬|준\s")
_TOLD_EN = rx.compile(
    r"(?i:\b(?:told|informed|briefed|assured|explained\s+to)\s+(?:the\s+)?"
    r"((?:[\w'’-]+\s+){0,2}?[\w'’-]+)\s+(?:that|about|how|of)\b)"
)


def told_roles_objection(store: Store, analysis: Analysis, fact: Fact) -> Objection | None:
    """Who told whom, the other way round: the sentence has the one the source says spoke
    (its actor, else its subject) as the one told (reporters told Bae that EXAONE Deep took
    42 days, where Bae told reporters)."""
    from factcli.judge.meaning.subjects import resolve

    speaker = getattr(fact, "actor", None) or fact.subject
    if analysis.korean:
        telling = _TELLING_KO.search(analysis.text)
        if telling is None:
            return None
        # (the last one told before the verb of telling)
        m = next(reversed(list(_TOLD_KO.finditer(analysis.text, 0, telling.start()))), None)
        if m is None or _OWN_ACT_KO.search(analysis.text, m.end(), telling.start()):
            return None  # (자녀에게 1억 원을 증여하고 …: the one given to, not told)
        told = m.group(1)
        teller = analysis.actor
    else:
        m = _TOLD_EN.search(analysis.text)
        told = m.group(1) if m else None
        before = analysis.text[: m.start()] if m else ""
        teller = re.split(r",\s*", before)[-1].strip() or None
    if not told or not teller:
        return None
    if resolve(store, told) == speaker and resolve(store, teller) != speaker:
        return Objection("relation", f"the source has {told} as the one who told it, not as told")
    return None


def answer_roles_objection(store: Store, analysis: Analysis, fact: Fact) -> Objection | None:
    """Who answered whose questions, the other way round: the source's asker said to answer
    (의원들이 배경훈의 질의에 답변했다; lawmakers answered questions from Bae), or its answerer
    said to ask."""
    mine = _answering(store, analysis.text, analysis.actor)
    if mine is None:
        return advice_roles_objection(store, analysis, fact) or told_roles_objection(
            store, analysis, fact
        )
    quotes = [r.quote for r in fact.sources]
    texts = (
        [fact.statement, *quotes, fact.statement_en]
        if analysis.korean
        else [fact.statement_en, fact.statement, *quotes]
    )
    return _parties_objection(store, mine, texts, _answering, "questions")
