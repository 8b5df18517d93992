"""Who did or said it: another actor, speaker or holder than the fact's (actor_objection)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcli.judge.acts import _fact_events
from factcli.judge.framing import CITED_EN, CITED_KO
from factcli.judge.meaning.subjects import (
    _COMPANY,
    _KIN_TAIL,
    _ORG_SUFFIX,
    PASSIVE_KO,
    TOTAL_SAID,
    Objection,
    _agents,
    _fact_texts,
    _is_person,
    _is_thing,
    _relative_of,
    _said_texts,
    _same_value,
    _squash,
    bodies_headed,
    of_theirs,
    owned_subject,
    resolve,
)
from factcli.store.model import Fact, Store
from factcli.text import paraphrases
from factcli.text import patterns as rx
from factcli.text.analysis import (
    _GIVER_RX,
    INSIDE_RELATIVE_EN,
    NO_ACTOR,
    RELATIVES,
    Analysis,
    Value,
    analyze_sentence,
    model_name_at,
)
from factcli.text.korean import is_hangul, strip_particle

_SPEECH = rx.compile(
    r"(?:말했|밝혔|설명했|강조했|전했|답했)|(?i:\b(?:said|told|says|stated|explained)\b)"
)
_QUOTE_MARK = rx.compile('[“”"]')
_COMMON_CAPITALS = frozenset(
    {"korean", "korea", "south", "national", "global", "ai", "the"}
    # People named by their role, capitalised only by the start of the sentence: "Officials
    # are weighing ..." names no one the fact could contradict.
    | {"officials", "experts", "critics", "analysts", "lawmakers", "researchers", "observers"}
    | {"sources", "insiders", "people", "staff", "employees", "reports", "authorities"}
    # Quantities, capitalised only by the start of the sentence: "Demand for GPUs … is
    # expected to reach …" names no one.
    | {"demand", "supply", "sales", "prices", "growth", "investment", "spending", "budget"}
    | {"funding", "revenue", "exports", "imports", "costs", "capacity", "use", "need", "needs"}
    | {"half", "most", "some", "all", "none", "each", "both", "many", "much", "total"}
    | {"more", "fewer", "less", "over", "under", "nearly", "almost", "about", "around"}
)
_DETERMINER = rx.compile(r"^(?:the|a|an|this|that|these|those|his|her|its|their|our)\s+", re.I)


def _modifies_next(analysis: Analysis) -> bool:
    """The English subject phrase is a modifier of the noun after it (The Microsoft holding
    was ...), not who did something."""
    end = analysis.actor_span[1] if analysis.actor_span else 0
    after = analysis.text[end:]
    return bool(
        re.match(r"\s+[a-z]+\s+(?:was|were|is|are|has|had|came|stood)\b", after)
        # ... or a thing of theirs (The Microsoft shares held by his daughter were ...)
        or re.match(
            r"\s+(?:shares?|stocks?|stakes?|holdings?|securities|models?|reports?|chips?|"
            r"products?|platforms?)\b",
            after,
        )
    )


def _named_in(token: str, texts: list[str]) -> bool:
    """The texts write `token` as a name (NVIDIA, Nvidia), not a common word (gift tax)."""
    return any(
        re.search(rf"\b{re.escape(token)}\b", text, re.I)
        and not re.search(rf"\b{re.escape(token)}\b", text)
        for text in texts
    )


def _only_owner_en(token: str, text: str) -> bool:
    """The (lower-case) text names `token` only as an owner or a place (NVIDIA's conference,
    at Nvidia), never as who did something."""
    seen = False
    for m in re.finditer(rf"\b{re.escape(token)}\b", text):
        seen = True
        owner = re.match(r"(?:'s|’s)\s", text[m.end() :])
        placed = re.search(
            r"\b(?:at|to|from|with|of|in|on|for|about)\s+(?:the\s+)?$", text[: m.start()]
        )
        if not owner and not placed:
            return False
    return seen


def _only_spoke(store: Store, who: str, fact: Fact, analysis: Analysis) -> bool:
    """`who` is only the speaker of a fact about another person (강훈식 on 배경훈's
    nomination), and the sentence has them do something, not say it (강훈식은 후보자로
    지명됐다)."""
    actor = getattr(fact, "actor", None)
    if who != actor or who == fact.subject or not _is_person(store, fact.subject):
        return False
    if any("say" in c.events for c in analysis.clauses):
        return False
    if not any(c.events - {"say"} for c in analysis.clauses):
        return False  # no deed named (called him an AI scholar): nothing said of taking part
    statement = analyze_sentence(fact.statement) if fact.statement else None
    return statement is not None and any("say" in c.events for c in statement.clauses)


_OWN_TURNS = frozenset(["start", "end", "birth", "enroll", "graduate"])
# A verb's form before the noun a value stands in (공개한 2024년에, 출범한 2020년): narrower
# than analysis._adnominal (any ㄴ-final syllable) on purpose, act verbs of three syllables or
# more, not 지난 2024년.
_ADNOMINAL_BEFORE = rx.compile(r"[가-힣]{2,}(?:한|된|던|난|운|간)\s$")
# A pronoun for another person than the subject (his appointment, 그의 임명).
_OTHER_PERSON = rx.compile(r"(?i:\b(?:his|him|her)\b)|(?<![가-힣])그(?:의|를|에게)(?![가-힣])")


def _took_subjects_part(
    store: Store, who: str, fact: Fact, analysis: Analysis, context: str | None = None
) -> bool:
    """`who` is the one the fact has act on its subject (the union head who handed him the
    bouquet), and the sentence, which never names the subject, has them do what the fact
    tells of the subject (정현석 위원장은 … 장관으로 취임했다), not their own act (이재명
    대통령은 … 임명안을 재가했다: 재가, the fact's last act, is the actor's)."""
    actor = getattr(fact, "actor", None)
    if who != actor or who == fact.subject or not _is_person(store, fact.subject):
        return False
    if analysis.pronoun or any("say" in c.events for c in analysis.clauses):
        return False
    if context == fact.subject:
        return False  # (in a draft, the sentence before spoke of the subject: still of them)
    deeds = frozenset().union(*(c.events for c in analysis.clauses)) - {"say"}
    # (a person's own turn: taking or leaving a post, birth, entering a school; not what
    # passes between two, 임명장을 수여했다, which the giver does as much as the one given)
    if not deeds or not deeds <= _fact_events(fact) or not deeds <= _OWN_TURNS:
        return False
    subject = store.subjects.get(fact.subject)
    names = [n for n in (subject.names if subject else ()) if len(n) >= 2]
    text = _squash(analysis.text)
    if any(_squash(n) in text for n in names):
        return False  # (이재명 대통령은 배경훈을 장관으로 임명했다: the subject named, acted on)
    if _OTHER_PERSON.search(analysis.text):
        return False  # (Lee approved his appointment: the subject, by a pronoun)
    # (by a word of a name: Lee approved Bae's appointment; 배 후보자)
    words = {w for n in names for w in re.findall(r"[A-Z][a-z]{2,}", n)}
    if any(re.search(rf"\b{w}\b", analysis.text) for w in words):
        return False
    if any(re.search(rf"(?<![가-힣]){n[0]}\s[가-힣]", analysis.text) for n in names[:1]):
        return False
    return not _actors_own_act(analysis, fact)


def _only_acted_on(name: str, texts: list[str]) -> bool:
    """The texts name `name` only as whom or what was acted on or addressed (국세청에 정정을
    신청했다): never as who did it."""
    seen = False
    for text in texts:
        for m in re.finditer(re.escape(name), text):
            seen = True
            if not re.match(
                r"(?:에게|에서|에|으로|로|을|를)(?![가-힣])|(?:에게|에)\s", text[m.end() :]
            ):
                return False
    return seen


def _acted_on(store: Store, who: str, fact: Fact, analysis: Analysis, phrase: str | None) -> bool:
    """`who`, the fact's subject, is what another acted on (16 affiliates invest in LG AI
    Research: the institute invests nothing), yet the sentence makes it the subject of an
    active verb. Only where the fact's own words never make it a subject (정부가 공급하면
    does) and the sentence's verb is active (공개됐다, was released: the thing acted on)."""
    actor = getattr(fact, "actor", None)
    if who != fact.subject or not actor or actor == who or not _is_thing(store, who):
        return False
    subject = store.subjects.get(who)
    if subject is None or subject.part_of == actor:
        return False  # the ministry for the government it is part of
    span = analysis.actor_span
    if (
        not analysis.korean
        or not span
        or not re.match(r"(?:은|는|이|가)\s", analysis.text[span[1] :])
    ):
        return False
    if PASSIVE_KO.search(analysis.text):
        return False
    for name in subject.names:
        if re.search(re.escape(name) + r"\s?(?:은|는|이|가)(?![가-힣])", fact.statement or ""):
            return False
    return True


def _one_of_list(name: str, text: str, reach: int = 0) -> bool:
    """Whether `name` stands in `text` only as one of a list (A·B·C 등, A, B and C); with
    `reach`, as any item of a list begun up to that many characters before it (LG Chem of
    'including LG Electronics, LG Chem and LG Uplus')."""
    at = text.find(name)
    if at < 0:
        return False
    before, after = text[max(0, at - 20) : at], text[at + len(name) : at + len(name) + 4]
    if _LIST_MARK_BEFORE.search(before) or _LIST_MARK_AFTER.match(after):
        return True
    return reach > 0 and _LIST_MARK.search(text, max(0, at - reach), at) is not None


# (a list a source writes with 가운뎃점 or 등, or English 'including …', 'such as …'; not a
# comma, which also sets off an apposition: Epoch AI, a US research group)
_LIST_MARK_BEFORE = rx.compile(r"·\s?$|(?i:\b(?:including|such as|among them)\s+(?:the\s+)?$)")
_LIST_MARK = rx.compile(r"·|(?i:\b(?:including|such as|among them)\b)")  # (anywhere before)
_LIST_MARK_AFTER = rx.compile(r"\s?(?:·|등(?![가-힣]))")


# The subject said to be one of a set (were among the 16 affiliates; 16개 계열사 중 하나였다,
# 에 포함됐다): a membership, not an act of theirs.
_MEMBER_EN = rx.compile(r"(?i:\s*,?\s*(?:were|was|are|is)\s+(?:one\s+of|among)\b)")
_MEMBER_KO = rx.compile(
    r"(?:중|가운데)\s*(?:하나|일부|한\s*곳)(?:였|이었|이다|다|로)|에\s*포함(?:됐|되었|된다|돼)"
)


def _member_of_its_list(analysis: Analysis, fact: Fact) -> bool:
    """Whether the sentence says its subject's names are among a set, and the fact lists each
    of them as one of its list (LG전자·화학·유플러스·CNS 등 16개 계열사)."""
    span = analysis.actor_span
    if analysis.korean:
        if _MEMBER_KO.search(analysis.text) is None:
            return False
    elif span is None or _MEMBER_EN.match(analysis.text, span[1]) is None:
        return False
    phrase = analysis.actor or ""
    names = [n.strip() for n in re.split(r",|\band\b|·|와|과", phrase) if n.strip()]
    texts = [t for t in _fact_texts(fact) if t]
    return len(names) > 0 and all(
        # (a group's prefix a list drops: 유플러스 of LG전자·화학·유플러스 for LG유플러스)
        any(
            _one_of_list(v, t, reach=60)
            for t in texts
            for v in {n, n.split()[-1], re.sub(r"^[A-Z]+\s*", "", n)}
            if len(v) >= 2
        )
        for n in names
    )


# "from" or "by" and the words of a title before a name (from union branch head Jung …).
_FROM_TITLED = rx.compile(r"(?i:\b(?:from|by)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){1,4})$")


def _roles_swapped(store: Store, who: str, fact: Fact, analysis: Analysis) -> Objection | None:
    """The fact's subject made the one who acts, and the one who acted (its actor) made what
    it acts on or whose it is: 배경훈은 대통령실의 전문성을 높이 평가했다, Bae rated the
    presidential office's expertise highly, where the office rated his. Not in the passive
    (평가받았다, was praised by), nor where the fact's own words make its subject act too."""
    actor = getattr(fact, "actor", None)
    if who != fact.subject or not actor or actor == who:
        return None
    subject = store.subjects.get(actor)
    if subject is None or subject.part_of == who:
        return None
    text = analysis.text
    start = analysis.actor_span[1] if analysis.actor_span else 0
    for name in subject.names:
        if not name or name.lower().startswith("the "):
            continue
        if analysis.korean:
            placed = re.search(re.escape(name) + r"\s?(?:의|을|를)\s", text[start:])
            if placed is None or PASSIVE_KO.search(text, start):
                continue
        else:
            placed = re.search(
                r"(?<!\bby )(?<!\bfrom )(?:the\s+)?" + re.escape(name) + r"(?:'s|’s)?\b",
                text[start:],
                re.I,
            )
            if placed is None or _PASSIVE_EN.search(text) or _BE_NEXT_EN.match(text, start):
                continue  # (…, EXAONE 3.5 was the only Korean model in Stanford HAI's report)
            if _FROM_TITLED.search(text, 0, start + placed.start()):
                continue  # (from union branch head Jung Hyun-seok: the giver, titled)
            if INSIDE_RELATIVE_EN.search(text, 0, start + placed.start()):
                continue  # (Bae, who joined the LG Group in 2016, became …: the clause's object)
        if any(
            re.search(re.escape(n) + r"\s?(?:은|는|이|가)(?![가-힣])", fact.statement or "")
            for n in store.subjects[who].names
            if n
        ):
            return None  # (the fact's own words make its subject act: 배경훈이 …을 평가했다)
        return Objection(
            "actor",
            f"the source says {subject.name if analysis.korean else subject.name_en or subject.name} "
            "did this, not the other way round",
            found=text[start + placed.start() : start + placed.end()].strip(),
            expected=subject.name if analysis.korean else subject.name_en or subject.name,
        )
    return None


_BE_NEXT_EN = rx.compile(r"(?i:\s*(?:was|were|is|are|has|have|had|remains|became)\b)")
_PASSIVE_EN = rx.compile(r"(?i:\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?\w+(?:ed|en)\b)")


_PERSONAL = rx.compile(r"(?i:\b(?:he|she|his|her)\b)|(?<![가-힣])(?:그|그녀)(?:은|는|이|가|의)\s")
_IMPERSONAL = rx.compile(r"(?i:\b(?:it|its)\b)")


_HE = rx.compile(r"(?i:\b(?:he|his|him)\b)|(?<![가-힣])그(?:는|가|의|도)\s")
_HIS_KIN = rx.compile(
    r"(?i:\b(?:his|her)\s+(?:eldest\s+|elder\s+|only\s+)?(daughter|wife|spouse|parents|son)\b)"
    r"|(?<![가-힣])그(?:의|녀의)\s*(장녀|딸|아내|배우자|부모|아들)"
)
# Relatives "he" (그는) cannot be: a daughter, a wife, his parents (they).
_HERS = rx.compile(r"장녀|딸|아내|부인|배우자|부모|(?i:daughter|wife|spouse|parents)")


def someone(store: Store, sid: str) -> bool:
    """A person, or a person's relative (배경훈의 배우자, Bae's daughter)."""
    subject = store.subjects.get(sid)
    return _is_person(store, sid) or bool(subject and _HERS.search(" ".join(subject.aliases)))


def _he_of(store: Store, who: str, head: str) -> str:
    """He/그는 after a sentence about someone's daughter, wife or parents is that someone (the
    man the draft is about), not them."""
    owned = _HIS_KIN.search(head)
    if owned:  # his daughter, 그의 딸: the relative
        return resolve(store, owned.group(1)) or who
    subject = store.subjects.get(who)
    if subject is None or not _HE.search(head) or not _HERS.search(subject.name):
        return who
    owner = resolve(store, subject.name.split("의")[0]) if "의" in subject.name else None
    return owner or who


def _speaker_named(store: Store, fact: Fact) -> bool:
    """The fact's statement names who said it: its subject (배경훈은 ... 설명했다)."""
    actor = analyze_sentence(fact.statement).actor if fact.statement else None
    return actor is not None and resolve(store, actor) == fact.subject


_AMOUNT_SUBJECT = rx.compile(r"(?:금액|가액|규모|액수|총액|합계|수치)(?:은|는|이|가)?")


# A post received (지명됐다, was appointed): the subject is who got it, not who gave it.
_PASSIVE_POST = rx.compile(
    r"(?:지명|임명|발탁|내정|선임|기용)(?:됐|되었|된|되|받)|"
    r"(?i:\b(?:was|were|been|being)\s+(?:nominated|appointed|named|tapped|picked|chosen)\b)"
)


_POST_NAMED = rx.compile(
    r"지명|임명|발탁|내정|선임|모신|모셔|영입|(?i:\bnominat|\bappoint|\bnamed\b|\brecruit)"
)


_SAID_THAT = rx.compile(
    r"(?i:\b(?:said|says|told\s+\w+|stated|explained|noted)\s+(?:that\s+)?)"
    r"|(?:다고|라고|했다고|됐다고)\s*(?:말했|밝혔|설명했|강조했|전했|했다)"
)


def unattributed(store: Store, analysis: Analysis, fact: Fact) -> str | None:
    """Who the sentence says said it, when the store records no speaker of the fact and what
    was said is of the fact's own subject (Bae said LG AI Research released EXAONE 3.0;
    배 장관은 LG AI연구원이 … 공개했다고 말했다): not known here, not wrong."""
    if not analysis.actor or not analysis.actor_span or not _SAID_THAT.search(analysis.text):
        return None
    actor = getattr(fact, "actor", None)
    who = resolve(store, analysis.actor)
    if who is None or who in (fact.subject, actor) or not _is_person(store, who):
        return None
    if fact.statement and any("say" in c.events for c in analyze_sentence(fact.statement).clauses):
        return None  # the fact records who said it: another speaker is wrong
    speaker = store.subjects.get(who)
    texts = [_squash(t) for t in _said_texts(fact)]
    if speaker is not None and any(
        _squash(n) in t for n in speaker.names if len(n) >= 2 for t in texts
    ):
        return None  # the fact's own words name the speaker (강훈식 비서실장이 … 언급했다)
    # the fact's subject, or whoever did it, named after the speaker, in what was said
    rest = analysis.text[analysis.actor_span[1] :]
    names = [
        n
        for sid in (fact.subject, actor)
        if sid and (subject := store.subjects.get(sid))
        for n in subject.names
        if len(n) >= 2
    ]
    squashed = _squash(rest)
    if not any(_squash(n) in squashed for n in names):
        return None
    # ... and what was said names no other doer (Bae said LG Uplus released it: wrong)
    said = _SAID_THAT.search(analysis.text)
    inner = (
        rest[: max(0, said.start() - analysis.actor_span[1])]
        if analysis.korean and said
        else analysis.text[said.end() :]
        if said
        else rest
    )
    if inner.strip() and actor_objection(store, analyze_sentence(inner.strip()), fact) is not None:
        return None
    return analysis.actor


# X이/X가 inside a sentence: the subject of an embedded clause (국토부가 규제를 발표하기 전인
# 6월 10일에), when a verb form that leads into the rest of the sentence follows it.
_INNER_SUBJECT = rx.compile(
    # (a model with its version too: 엑사원 3.0이 … 1위를 차지했을 때)
    # (and a name in Latin letters before its Korean word: LG AI연구원이)
    r"(?<![가-힣])((?:[A-Z][A-Za-z]{0,4}\s)?[가-힣A-Za-z][가-힣A-Za-z0-9]{0,40}?(?:\s\d+(?:\.\d+)?)?)"
    r"(?:이|가)\s"
)
_CLAUSE_REACH = 200  # characters: how far an embedded clause's subject and verb are sought
_INNER_VERB = rx.compile(
    r"(?<![가-힣])[가-힣]{2,}(?:하기|되기|한|된|던|하는|되는|하면서|하자)(?:\s*(?:전|직전|뒤|후|이후|이전|무렵|당시)(?:인|의|에|에는)?)?\s"
    # (차지했을 때, 공개할 때: a clause of time)
    r"|(?<![가-힣])[가-힣]{1,}(?:했을|됐을|였을|할|될|던)\s*때(?:에|에는|까지)?\s"
    # (묶는 규제를 내놓은: a verb's form before its noun)
    r"|(?<![가-힣])[가-힣]{1,3}[는은]\s(?=[가-힣]+(?:을|를)\s)"
)


# A second topic after a clause that ends in a connective (배우자는 ... 보유하고 있으며 장녀는
# ...): the subject of what follows.
_SWITCHED_TOPIC = rx.compile(
    r"(?:으며|하며|이며|였으며|었으며|았으며|했고|있고|했으나|지만)\s+"
    r"((?:[가-힣A-Za-z0-9]+\s+){0,2}?[가-힣A-Za-z][가-힣A-Za-z0-9]*?)(?:은|는)\s"
)


def _switched_topic(store: Store, analysis: Analysis, position: int) -> str | None:
    """The topic a later clause of the sentence names, before the value at `position`, when it
    is a subject of the store other than the sentence's own."""
    found = None
    for m in _SWITCHED_TOPIC.finditer(analysis.text, 0, position):
        found = m
    if found is None:
        return None
    mine = resolve(store, analysis.actor) if analysis.actor else None
    theirs = resolve(store, found.group(1))
    return found.group(1) if theirs is not None and theirs != mine else None


# The verb of a relative clause before its head noun (…을 공개한 LG AI연구원을): an
# adnominal past form, then the head, then its particle.
_RELATIVE_HEAD_KO = rx.compile(
    r"[가-힣]+(?:한|된|낸|든|린|친|놓은|세운|내놓은|선보인|발표한)\s+"
    # (a name with its version after it: 1위를 차지한 엑사원 3.0을)
    r"((?:[A-Za-z][\w.]*\s+)?[가-힣A-Za-z][가-힣A-Za-z0-9.]*(?:\s\d+(?:\.\d+)?[A-Za-z]?)?)"
    r"(?:을|를|의|에서|에|과|와)(?=\s)"
)
# A relative clause's own object (엑사원 3.0을 공개한), and a relative verb in the passive
# (출범된, 설립된): either way its head is who did it, or what it was done to, told so.
_OBJECT_KO = rx.compile(
    r"(?<!가)(?<!마)[가-힣A-Za-z0-9.)’'”](?:을|를)\s|[A-Za-z0-9.)’'”]\s+(?:을|를)\s"
)
_PASSIVE_VERB_KO = rx.compile(r"된\s")
# A verb that ends a clause of its own between the value and the relative's verb.
_CLAUSE_END_KO = rx.compile(r"(?:했|됐|였|었|았)(?:다|고|으며|지만)|(?:하고|하며|하면서)\s")


_PASSIVE_RELATIVE_KO = rx.compile(
    r"\s*(?:[가-힣A-Za-z]+\s){0,2}?[가-힣]+(?:된|되었던|됐던)\s+(?=[가-힣A-Za-z])"
)


def _relative_head(store: Store, analysis: Analysis, position: int) -> str | None:
    """The head noun of the relative clause a value at `position` stands in (배경훈은 2024년
    8월 7일 엑사원 3.0을 공개한 LG AI연구원을 이끌었다: the release is the institute's), if it
    names a subject of the store other than the sentence's own."""
    text = analysis.text
    m = _RELATIVE_HEAD_KO.search(text, position)
    if m is None or _CLAUSE_END_KO.search(text, position, m.start()):
        return None
    verb_end = m.start(1)
    if not _PASSIVE_VERB_KO.search(text, m.start(), verb_end) and not _OBJECT_KO.search(
        text, position, verb_end
    ):
        # (2020년 12월 7일 설립한 LG AI연구원의: an active verb with no object of its own, so
        # its head is what was founded, not who founded it)
        return None
    mine = resolve(store, analysis.actor) if analysis.actor else None
    head = m.group(1)
    return head if resolve(store, head) not in (None, mine) else None


def _acts_on_it_that_day(store: Store, analysis: Analysis, inner: str, fact: Fact) -> bool:
    """A fact of the same subject, dated as this one, whose actor is the embedded clause's
    subject (the institute that released the model the fact is about)."""
    from factcli.find.search import search

    who = resolve(store, inner)
    day = getattr(fact, "date", None)
    if who is None or not day:
        return False
    return any(
        m.fact.subject == fact.subject
        and getattr(m.fact, "actor", None) == who
        and getattr(m.fact, "date", None) == day
        for m in search(store, analysis.text, limit=8)
    )


def _embedded_subject(store: Store, analysis: Analysis, position: int) -> str | None:
    """The subject of the embedded clause a value at `position` stands in (국토부가 2025년 6월
    28일 대출 규제를 발표하기 전인 6월 10일에: 6월 28일 is 국토부's), if it names a subject
    of the store other than the sentence's own."""
    if analysis.actor_span is None:
        return None
    text = analysis.text
    start = analysis.actor_span[1]
    inner = None
    # (the clause's subject is near the value: a window, not the whole sentence before it,
    # for each value, which was quadratic in a sentence of thousands of figures)
    for m in _INNER_SUBJECT.finditer(text, max(start, position - _CLAUSE_REACH), position):
        inner = m
    mine = resolve(store, analysis.actor) if analysis.actor else None
    if inner is None or resolve(store, inner.group(1)) in (None, mine):
        return None
    verb = _INNER_VERB.search(text, position, position + _CLAUSE_REACH)
    # The clause closes after the value (the verb form leads on), before the sentence ends.
    if verb is None or verb.end() >= len(text.rstrip(". ")):
        return None
    return inner.group(1)


# An English clause of time with a subject of its own: before the land ministry announced;
# or one joined to the first (…, and the land ministry capped mortgages on June 28).
# A clause of time whose subject is a thing, in the passive, the value inside it (before the
# June 28 lending cap was announced).
_PASSIVE_TIME_CLAUSE = rx.compile(
    r"(?i:\b(?:before|after|when|since|until|once)\s+the\s+(?:[\w'’-]+\s+){0,5}?)$"
)
_PASSIVE_AFTER_VALUE = rx.compile(
    r"(?i:\s*(?:[\w'’-]+\s+){0,6}?(?:was|were|had\s+been|has\s+been)\s+[a-z]+(?:ed|en|wn)\b)"
)
_SUBORDINATE_EN = rx.compile(
    r"(?i:\b(?:before|after|when|while|since|until|once|and|but|whereas|(?:even\s+)?though|although)\s+)"
    r"((?:the\s+)?(?:[A-Za-z'’-]+\s+){0,4}?[A-Za-z'’-]+)\s+(?:had\s+|has\s+|was\s+|were\s+)?"
    r"(?:announced|said|set|cut|put|unveiled|released|approved|named|capped|[a-z]{3,}ed)\b"
    # (or the owner of the event named: before the land ministry's June 28 announcement)
    r"|(?i:\b(?:before|after|since|until)\s+)((?:the\s+)?(?:[A-Za-z-]+\s+){0,3}?[A-Za-z-]+)['’]s\b"
)


# The owner of the event a date is told beside (국토부의 대출 규제 발표(6월 28일)보다 앞선
# 6월 10일: 6월 28일 is the ministry's), and the words that set that event beside the main one.
_OWNER_BEFORE = rx.compile(r"(?<![가-힣])([가-힣A-Za-z]{2,}?)(?:의|이|가)\s[^,.]{0,30}$")
_BESIDE_AFTER = rx.compile(
    r"[^,.]{0,6}?\)?\s*(?:보다\s*(?:앞선|앞서|먼저|늦은)|(?:전|뒤|후|이전|이후)인)"
)


def _beside_owner(store: Store, analysis: Analysis, position: int) -> str | None:
    """The owner of the other event a value at `position` stands in, when the sentence tells
    its main event beside that one, if it names a subject other than the sentence's own."""
    owner = _OWNER_BEFORE.search(analysis.text, 0, position)
    if owner is None or not _BESIDE_AFTER.match(analysis.text, position):
        return None
    mine = resolve(store, analysis.actor) if analysis.actor else None
    if resolve(store, owner.group(1)) in (None, mine):
        return None
    return owner.group(1)


# A later clause whose subject is a personal pronoun (…, and he took office on July 17).
_PRONOUN_CLAUSE = rx.compile(
    r"\s*(?:,\s*)?(?:(?i:and|but|then|while|so)\s+)?(?:(?i:he|she)\b|(?:그|그녀)(?:는|가)\s)"
)
_OWNER_PRONOUN = rx.compile(r"(?i:\b(?:his|her)\b)|(?<![가-힣])(?:그|그녀)의\s")


def _pronoun_may_mean(store: Store, analysis: Analysis, position: int, subject: str) -> bool:
    """The value at `position` is in a later clause whose subject is a pronoun that may refer
    to the fact's subject rather than the sentence's: the clause before it names the subject
    or owns something by a pronoun (President Lee approved his appointment on July 16, and
    he took office on July 17: "he" is whose appointment it was, not the president)."""
    clause = analysis.clause_at(position)
    if clause.start <= 0 or not _PRONOUN_CLAUSE.match(analysis.text, clause.start):
        return False
    if not _is_person(store, subject):
        return False
    before = analysis.text[: clause.start]
    if _OWNER_PRONOUN.search(before):
        return True
    known = store.subjects.get(subject)
    names = [n for n in (known.names if known else ()) if len(n) >= 2]
    return any(n in before for n in names) and resolve(store, analysis.actor or "") != subject


# A later clause that names its own subject: ", and Bae's inauguration was held …".
_LATER_SUBJECT_EN = rx.compile(
    r"\s*,?\s*(?:(?:and|but|while|whereas|then)\s+)?((?:[A-Z][\w’'-]*\s+){0,3}?[A-Z][\w’'-]*?)"
    r"(?:['’]s)?\s"
    # (…, while his wife holds 12.92 million won: a relative after a comma or a contrast, not
    # "Bae and his wife", who hold it together)
    r"|\s*((?:his|her|their)\s+(?:(?:eldest|elder|only|younger|oldest)\s+)?[a-z]+)\s"
)
# A later clause whose subject is a thing named before it (…, and it took first place).
_LATER_THING_EN = rx.compile(r"\s*,?\s*(?:(?:and|but|while|where)\s+)?(?:it|which)\s")
_CONTRAST_BEFORE = rx.compile(r"(?:,\s*(?:and|but|while|whereas|then)?|\b(?:while|whereas))\s*$")


def _later_clause_subject_en(store: Store, analysis: Analysis, position: int) -> str | None:
    """The subject a later clause of an English sentence names, where it is a subject of the
    store (President Lee approved …, and Bae's inauguration was held the following day)."""
    clause = analysis.clause_at(position)
    if clause.start <= 0:
        return None
    m = _LATER_SUBJECT_EN.match(analysis.text, clause.start)
    if m is None or m.end() > position:
        return None
    who = m.group(1) or m.group(2)
    if m.group(2) and not _CONTRAST_BEFORE.search(analysis.text, 0, clause.start):
        return None
    return who if resolve(store, who) is not None else None


def _subordinate_subject_en(store: Store, analysis: Analysis, position: int) -> str | None:
    """The subject of the English clause of time a value at `position` stands in (before the
    land ministry announced on June 28 ...), if it names a subject of the store other than
    the sentence's own."""
    found = None
    for m in _SUBORDINATE_EN.finditer(analysis.text, 0, position):
        found = m
    if found is None or "," in analysis.text[found.end() : position]:
        return None
    who = found.group(1) or found.group(2)
    mine = resolve(store, analysis.actor) if analysis.actor else None
    if who.lower() in ("they", "it") and mine is not None and _is_person(store, mine):
        return who  # (…even though they received pensions: his parents, not Bae)
    if resolve(store, who) in (None, mine):
        return None
    return who


# A person named as whose account it is: a name and a title, or an English full name.
_PERSON_CITED = rx.compile(
    r"[가-힣]{2,4}\s*(?:교수|박사|의원|대표|위원|장관|실장|기자|씨|총장|원장|회장|소장|연구원)$"
    r"|^(?:[A-Z][a-z]+(?:[- ][A-Z]?[a-z]+)+|(?:Professor|Prof\.|Dr\.|Mr\.|Ms\.)\s+[A-Z][\w-]+.*)$"
)


def unknown_citer(store: Store, analysis: Analysis) -> str | None:
    """The person a sentence gives as whose account it is (김민수 교수에 따르면, According to
    Kim Min-su), when the store knows no one of that name; None otherwise."""
    cited = (CITED_KO if analysis.korean else CITED_EN).match(analysis.text)
    if cited is None:
        return None
    who = cited.group(1).strip()
    if resolve(store, who) is not None or not _PERSON_CITED.search(who):
        return None
    return who


def cited_objection(store: Store, analysis: Analysis, fact: Fact) -> Objection | None:
    """The sentence gives what the fact tells as one person's account (강훈식 실장에 따르면,
    According to Kang Hoon-sik) where the fact has another who did or said it (Bae): whose
    account it is, is wrong. Only a person the store knows, and only of a fact whose actor is
    another person, or that tells of another person (According to Lee Jae-myung, Bae was born
    …: the article's, not Lee's, account)."""
    speaker = getattr(fact, "actor", None) or fact.subject
    if not _is_person(store, speaker):
        return None  # (a body's act, LG AI Research's: its head may well tell of it)
    cited = (CITED_KO if analysis.korean else CITED_EN).match(analysis.text)
    if cited is None:
        return None
    who = resolve(store, cited.group(1))
    if who is None or not _is_person(store, who) or who in {*_agents(store, fact), fact.subject}:
        return None
    subject = store.subjects.get(speaker)
    name = (subject.name if analysis.korean else subject.name_en) if subject else speaker
    given = cited.group(1).strip()
    return Objection(
        "actor",
        f"the source gives this as {name}'s account, not {given}'s"
        if getattr(fact, "actor", None)
        else f"the source tells this itself, not as {given}'s account",
        found=given,
        expected=name,
        start=cited.start(1),
        end=cited.end(1),
    )


def speaker_objection(store: Store, analysis: Analysis, fact: Fact) -> Objection | None:
    """Words the sentence gives one person (Ha Jung-woo described ...) where the fact tells of
    no saying of theirs and names another person acting in it (강훈식 비서실장이 … 이름을
    들었다): whose words they were is wrong; or a person's account it is given as (see
    cited_objection)."""
    cited = cited_objection(store, analysis, fact)
    if cited is not None:
        return cited
    said = any("say" in c.events for c in analysis.clauses)
    if not said or not analysis.actor:
        return None
    speaker = getattr(fact, "actor", None)
    if speaker:
        by = _BY_AGENT_EN.search(analysis.text)
        if by is not None and resolve(store, by.group(1)) == speaker:
            return None  # (Bae was described as … by Kang Hoon-sik: Kang's words, in the passive)
        # (배경훈은 "AI 학자이자 기업가"라고 말했다: Kang's words about him, given to him)
        who = resolve(store, analysis.actor)
        if (
            who is not None
            and who == fact.subject
            and speaker != who
            and _is_person(store, who)
            and _is_person(store, speaker)
            and any("say" in c.events for c in analyze_sentence(fact.statement or "").clauses)
        ):
            subject = store.subjects.get(speaker)
            name = (subject.name if analysis.korean else subject.name_en) if subject else speaker
            return Objection("actor", f"the source gives these words as {name}'s, said of him")
        return None
    who = resolve(store, analysis.actor)
    if who is None or who != fact.subject or not _is_person(store, who):
        return None
    own = analyze_sentence(fact.statement) if fact.statement else None
    if own is None or any("say" in c.events for c in own.clauses):
        return None
    for m in _INNER_SUBJECT.finditer(fact.statement):
        other = resolve(store, m.group(1))
        if other is not None and other != who and _is_person(store, other):
            subject = store.subjects.get(other)
            name = (subject.name if analysis.korean else subject.name_en) if subject else other
            return Objection("actor", f"the source tells of {name}'s words, not theirs")
    return None


# What holds someone's words: their statement, remarks, explanation.
_WORDS_OF = (
    r"(?:입장문|입장|발언|해명|설명|답변|메시지|서한|"
    r"(?i:statement|remarks|words|explanation|letter|message))"
)


def _speaks_for(store: Store, who: str, fact: Fact) -> bool:
    """Whether `who` headed the body a fact is about when the fact was said (the minister of
    a ministry's stated plan): telling it, they speak for that body."""
    stated = getattr(fact, "stated", None)
    if not stated or who == fact.subject:
        return False
    return fact.subject in bodies_headed(store, who, str(stated))


def _passes_on(store: Store, analysis: Analysis, person: str) -> bool:
    """Whether the sentence names `person` as the one whose words it passes on (배경훈의
    입장문, Bae's statement): whoever releases them, the words are theirs."""
    subject = store.subjects.get(person)
    return subject is not None and any(
        n and re.search(rf"{re.escape(n)}(?:의|’s|'s)\s*{_WORDS_OF}", analysis.text)
        for n in subject.names
    )


def words_owner_objection(store: Store, analysis: Analysis, fact: Fact) -> Objection | None:
    """Words the sentence puts in a body's or a person's mouth (The Military Manpower
    Administration said ...) where the fact has its own speaker say them (Bae said, at his
    hearing, that the administration approved): whose words they are is wrong."""
    if not any("say" in c.events for c in analysis.clauses) or not analysis.actor:
        return None
    own = analyze_sentence(fact.statement) if fact.statement else None
    if own is None or not any("say" in c.events for c in own.clauses):
        return None
    speaker = getattr(fact, "actor", None) or fact.subject
    if not _is_person(store, speaker):
        return None
    who = resolve(store, analysis.actor)
    subject = store.subjects.get(speaker)
    if subject is not None and any(
        n and _squash(n) in _squash(analysis.actor) for n in subject.names
    ):
        return None  # (배경훈 LG AI연구원장: the speaker, with his post)
    if _passes_on(store, analysis, speaker):
        return None  # (과기부는 배경훈의 입장문을 공개하며: the body passes on his words)
    if who is not None:
        if who == speaker or who in _agents(store, fact) or not _is_thing(store, who):
            return None
        if own.actor and resolve(store, own.actor) == who:
            return None  # (과기부는 … 입장문을 공개하며 밝혔다: the source has the body say it)
    else:
        words = re.findall(r"[A-Za-z][\w&-]+", _DETERMINER.sub("", analysis.actor))
        named = [w for w in words if w[:1].isupper() and w.lower() not in _COMMON_CAPITALS]
        if not analysis.korean and len(named) < 2:
            return None  # (a common noun, "the ministry": not a name to weigh)
        if analysis.korean and not _ORG_SUFFIX.search(analysis.actor):
            return None
    name = (subject.name if analysis.korean else subject.name_en) if subject else speaker
    return Objection(
        "actor",
        f"the source gives these words to {name}, not {analysis.actor}",
        found=analysis.actor,
        expected=name or "",
        start=analysis.actor_span[0] if analysis.actor_span else 0,
        end=analysis.actor_span[1] if analysis.actor_span else 0,
    )


# A person named with a title (윤석열 대통령, 김철수 장관): a name, though no capital shows it.
_TITLED_PERSON = rx.compile(
    r"(?:^|\s)([가-힣]{2,4})\s+(?:전\s*)?(?:대통령|국무총리|총리|장관|차관|비서실장|실장|수석|"
    r"위원장|의원|청장|원장|회장|사장|대표)$"
)


def _quoted_at(text: str, span: tuple[int, int] | None) -> bool:
    """Whether a span lies inside a quotation (“...”, "...")."""
    if span is None:
        return False
    return any(m.start() <= span[0] < m.end() for m in _QUOTATION.finditer(text))


_QUOTATION = rx.compile(r"“[^”]*”|\"[^\"]*\"")


# A person named just before an age set off by "then": "with Bae, then 44, as ...".
_AGED_NAME_EN = rx.compile(r"\b([A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)*),\s*then\s+")


# An English subject the verb after it makes the patient: "LG AI Research was launched".
_PASSIVE_AFTER = rx.compile(
    r"\s+(?:was|were|had been|has been)\s+(?:\w+ly\s+)?\w+(?:ed|en|wn|set up)\b"
)


def _passive_named(analysis: Analysis, fact: Fact) -> bool:
    """The sentence's subject is what was done to (LG AI Research was launched, with Bae as its
    first head), with no agent of its own, and the fact names it: not who acted."""
    if analysis.korean or not analysis.actor or analysis.actor_span is None:
        return False
    end = analysis.actor_span[1]
    if not _PASSIVE_AFTER.match(analysis.text, end) or _BY_AGENT_EN.search(analysis.text):
        return False
    words = [w.lower() for w in re.findall(r"[A-Za-z][\w&-]+", analysis.actor)]
    joined = " ".join(_said_texts(fact)).lower()
    return bool(words) and all(w in joined for w in words)


# A Korean receiver (배경훈에게); the source's giver is analysis._GIVER_RX's (…로부터).
_TO_RECEIVER_KO = rx.compile(r"([가-힣A-Za-z]{2,}(?:\s[가-힣]{1,3})?)(?:에게|한테)(?![가-힣])")


def _gave_what_was_received(store: Store, analysis: Analysis, fact: Fact) -> bool:
    """The sentence has the source's giver give to the source's receiver (과기부는 배경훈에게
    훈장을 주면서, where he received it from the ministry): the same act from the other side."""
    if not analysis.korean or not analysis.actor:
        return False
    giver = resolve(store, analysis.actor)
    if giver is None:
        return False
    receivers = {resolve(store, m.group(1)) for m in _TO_RECEIVER_KO.finditer(analysis.text)}
    if fact.subject not in receivers:
        return False
    givers = {resolve(store, m.group(1)) for t in _said_texts(fact) for m in _GIVER_RX.finditer(t)}
    return giver in givers


# The agent of an English passive: "was appointed ... by the National Assembly".
_BY_AGENT_EN = rx.compile(
    # (not an order told in the passive: A was followed by B names no one who acted)
    r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?(?!(?:followed|preceded)\b)\w+(?:ed|en|wn)\b"
    r"(?:\s+(?:out|up|off))?"
    r"[^.;]{0,80}?\bby\s+(?:the\s+)?((?:[A-Z][\w-]*\s+)*[A-Z][\w-]*"
    # (a body's name of several words: the Ministry of Land, Infrastructure and Transport)
    r"(?:(?:,\s*|\s+)(?:(?:of|and|for)\s+)?(?!(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\b)[A-Z][\w-]*)*(?:['’]s\s+[a-z]+)?"
    r"|(?:prime|vice)\s+minister|president\b(?!ial)"
    # (a body in lower case: the presidential office, the science ministry)
    r"|(?:[a-z]+\s+){1,2}(?:ministry|office|government|committee|assembly)\b)"
)


# Passives of what is done to someone (was handed, awarded, appointed by): the agent gives.
_RECEIVED = rx.compile(
    r"(?i:\b(?:handed|awarded|given|granted|presented|conferred|appointed|named|nominated|"
    r"elected|approved|decorated|honou?red|recognized|recognised|invited|tapped|chosen|"
    r"selected|promoted|hired|praised|cited|credited|called|described|introduced)\b)"
)


def subject_in(store: Store, who: str, fact: Fact) -> bool:
    """Whether the fact's statement makes `who` its grammatical subject (과학기술정보통신부는
    … 공개하며; The Ministry of Science and ICT released …), whoever its actor is."""
    subject = store.subjects.get(who)
    if subject is None:
        return False
    for name in subject.names:
        if len(name) < 2:
            continue
        if is_hangul(name[:1]):
            said = rf"(?<![가-힣]){re.escape(name)}(?:은|는|이|가)\s"
            if re.search(said, fact.statement or ""):
                return True
        elif re.match(
            rf"(?:(?:On|In|At)\s[^,]{{3,40}},\s*)?(?:the\s+)?{re.escape(name)}\s+(?!said)[a-z]+ed\b",
            fact.statement_en or "",
            re.IGNORECASE,
        ):
            return True
    return False


def _passive_agent(store: Store, analysis: Analysis, fact: Fact) -> Objection | None:
    """The passive's agent is another than the one the fact records as acting (appointed by
    the National Assembly, where the president approved it)."""
    actor_id = getattr(fact, "actor", None)
    m = _BY_AGENT_EN.search(analysis.text)
    if (
        not actor_id
        and m is not None
        and not _RECEIVED.search(m.group())
        and (
            _is_person(store, fact.subject)
            or _ORG_SUFFIX.search(getattr(store.subjects.get(fact.subject), "name", "") or "")
        )
    ):
        # (a fact of a person's or a body's own act, taken out, announced: theirs; not one
        # done to them, handed, awarded, appointed)
        actor_id = fact.subject
    if analysis.korean or not actor_id:
        return None
    if m is None or not analysis.in_window(m.start(1)):
        return None
    agent = m.group(1)
    who = resolve(store, agent) or resolve(store, f"the {agent}")
    if who is None or who in _agents(store, fact) or who in (fact.subject, actor_id):
        return None
    if subject_in(store, who, fact):
        return None  # (released by the ministry: 과학기술정보통신부는 … 입장문을 공개하며)
    actor = store.subjects.get(actor_id)
    them = actor.name_en if actor and actor.name_en else actor_id
    return said_of(them, agent, (m.start(1), m.end(1)))


# A date told of another event named by a noun alone, beside the sentence's own (6월28일
# 대출 규제 발표 전에; before the June 28 curbs): the date is that event's, which no one of the
# sentence is said to have done.
_KO_EVENT_BESIDE = rx.compile(
    r"\s*(?:[가-힣A-Za-z]+\s){0,3}[가-힣A-Za-z]*[가-힣A-Za-z](?<![기한된는은던인할])\s?"
    r"(?:전|이전|후|뒤|이후|직전|직후)(?:에|에는|인|의)?(?![가-힣])"
)
_EN_BEFORE_EVENT = rx.compile(
    r"(?i:\b(?:before|after|ahead\s+of|prior\s+to|following)\s+(?:the\s+)?)$"
)
_EN_EVENT_NOUNS = rx.compile(
    r"(?i:\s*(?:[a-z][\w'’-]*\s+){0,3}?[a-z][\w'’-]*(?<!ed)\s*(?:[,.;)]|$))"
)


def _event_beside(analysis: Analysis, position: int) -> bool:
    """The value at `position` dates another event, named by a noun alone, that the
    sentence sets its own beside (before the June 28 curbs; 6월28일 규제 발표 전에)."""
    value = next((v for v in analysis.values if v.start == position), None)
    if value is None or value.date is None:
        return False
    if analysis.korean:
        return bool(_KO_EVENT_BESIDE.match(analysis.text, value.end))
    return bool(
        _EN_BEFORE_EVENT.search(analysis.text, 0, position)
        and _EN_EVENT_NOUNS.match(analysis.text, value.end)
        and not re.match(r"(?i:\s*\w+\s+(?:was|were|is|are|had|has)\b)", analysis.text[value.end :])
    )


# A child named in a parent's fact with the year of its birth (2012년생 외동딸): the birth is
# the child's, told in the parent's fact.
_CHILD_WORD = rx.compile(r"딸|장녀|자녀|아들|(?i:\b(?:daughter|son|child)\b)")
_CHILD_BORN = rx.compile(r"\d{4}년생\s*(?:외동딸|딸|장녀|자녀|아들)")


# A sentence that ends in a copula (…모델이다): it describes what was last spoken of,
# often the thing the sentence before acted on (엑사원 4.0을 공개했다. … 모델이다.).
_COPULA_END = rx.compile(r"(?:이다|였다|이었다)[.!\s]*$")


def unnamed_subject(analysis: Analysis) -> bool:
    """A Korean sentence that names no subject in any clause and acts (2023년 은탑산업훈장을
    받았다.): its subject is the last sentence's, as a pronoun's is (where the context is a
    sentence's, `sentence` set: not a piece cut from one sentence, whose subject it keeps)."""
    return (
        analysis.korean
        and not analysis.actor
        and not analysis.pronoun  # (그녀는: read as a pronoun is, or not at all)
        and not any(c.subject for c in analysis.clauses)
        and not _COPULA_END.search(analysis.text)
    )


_OBJECT_AT = rx.compile(r"([^\s,.]+(?:\s[^\s,.]+)?)(?:을|를)(?=\s|$)")
_DIGIT_FINALS = "013678"  # (영, 일, 삼, 육, 칠, 팔: a final consonant, 은; the rest 는)


# A sentence that opens with a pronoun for a model (이 모델은, 해당 모델은, This model, It):
# the model the sentence before named stands in its place. `model` words name a model
# whatever its role before; a bare pronoun (이는, It) only the model that sentence was about.
_MODEL_PRONOUN_KO = rx.compile(
    r"^\s*(?:(?P<model>(?:이|그|해당|같은)\s*(?:모델|AI\s*모델|AI))|이는|이것은|그것은)(?:은|는|이|가)?\s+"
)
_MODEL_PRONOUN_EN = rx.compile(
    r"^\s*(?:(?P<model>(?i:this|the|that)\s+(?:AI\s+)?model)|It|This)\s+"
    r"(?=(?:was|is|also|became|had|has|ranked|took|came|topped|made|won|supports?|supported|"
    r"handles?|handled|uses?|used|consists?|consisted|comes|includes?|included)\b)"
)


def carried_pronoun(before: Analysis, now: Analysis) -> tuple[str, int] | None:
    """(the model a pronoun opening the sentence stands for, written as its subject; how many
    characters of the sentence the pronoun takes): 엑사원 3.5는 … 공개됐다. 이 모델은 13개
    벤치마크에서 … -> 엑사원 3.5는 13개 벤치마크에서 …; EXAONE Deep was released … It was …"""
    pattern = _MODEL_PRONOUN_KO if now.korean else _MODEL_PRONOUN_EN
    m = pattern.match(now.text)
    if m is None or any(kind == "model" for kind, _n, _p in now.names):
        return None
    models = [p for kind, _n, p in before.names if kind == "model"]
    if len(models) != 1:
        return None
    span = before.actor_span
    about = bool(before.actor and span and span[0] <= models[0] < span[1])
    if not (m.group("model") or about):
        return None  # (이는, It: of the model only where the sentence before was about it)
    name = model_name_at(before.text, models[0])
    if not name:
        return None
    if not now.korean:
        return f"{name} ", m.end()
    return f"{with_topic(name)} ", m.end()


def with_topic(name: str) -> str:
    """A Korean name with its topic particle as the name is read (엑사원 3.5는, 엑사원 3.0은,
    엑사원 딥은)."""
    last = name[-1]
    if "가" <= last <= "힣":
        final = (ord(last) - 0xAC00) % 28
        return f"{name}{'은' if final else '는'}"
    return f"{name}{'은' if last in _DIGIT_FINALS else '는'}"


def carried_topic(before: Analysis, now: Analysis) -> str | None:
    """The model a Korean sentence naming no subject goes on about, with its topic particle
    (엑사원 3.5는 … 공개됐다. 국내 최초 추론 AI 모델이다: 엑사원 3.5는): the last sentence's
    subject when it is a model; for a sentence that says what something is (…모델이다), the
    model the last sentence acted on (넥서스를 공개했다. …모델이다)."""
    if not now.korean or now.actor or any(c.subject for c in now.clauses):
        return None
    if any(kind == "model" for kind, _n, _p in now.names):
        return None
    models = [p for kind, _n, p in before.names if kind == "model"]
    if len(models) != 1:
        return None
    span = before.actor_span
    topic = None
    if before.actor and span and span[0] <= models[0] < span[1]:
        topic = before.actor
    elif _COPULA_END.search(now.text):
        found = _OBJECT_AT.match(before.text, models[0])
        topic = found.group(1) if found else None
    if not topic:
        return None
    return with_topic(topic)


# A company by its brand alone (LG, SK): a body, though the store has no subject of it.
_BRAND = rx.compile(r"[A-Z][A-Za-z0-9&+]{1,9}")


def _is_body_or_person(store: Store, sid: str) -> bool:
    """Someone who may act: a person, or a body (LG그룹, 과학기술정보통신부), not a model."""
    subject = store.subjects.get(sid)
    return _is_person(store, sid) or bool(subject and _ORG_SUFFIX.search(subject.name))


def said_of(them: str, said: str, span: tuple[int, int] | None) -> Objection:
    """Misleading, actor: the source says this of `them`, not of whom the sentence names
    (`said`, at `span`)."""
    start, end = span or (0, 0)
    return Objection(
        "actor",
        f"the source says this of {them}, not {said}",
        found=said,
        expected=them,
        start=start,
        end=end,
    )


def kin_owner_objection(store: Store, analysis: Analysis, fact: Fact) -> Objection | None:
    """A relative of another person said to be the fact's (이재명 대통령의 장녀는 2012년생이다,
    배경훈 장녀의 딸은, of his daughter's birth): misleading, actor."""
    phrase = analysis.actor
    tail = _KIN_TAIL.search(phrase) if phrase else None
    subject = store.subjects.get(fact.subject)
    if tail is None or subject is None or not phrase:
        return None
    owner = resolve(store, phrase[: tail.start()])
    # (whose relative the fact tells of: the owner of its relative, or its person, whose
    # family it tells of: 배경훈은 2012년생 외동딸을 두고 있다)
    whose = (
        resolve(store, subject.name.split("의 ")[0])
        if "의 " in subject.name
        else fact.subject
        if _is_person(store, fact.subject)
        else None
    )
    if owner is None or whose is None or whose == owner:
        return None  # (a fact of no one's family, or a holder the store does not know)
    spouse = store.subjects.get(owner)
    if (
        spouse is not None
        and spouse.name.startswith(store.subjects[whose].name)
        and any(RELATIVES.get(n.lower()) == "spouse" for n in spouse.names)
    ):
        return None  # (배경훈 배우자의 딸: his wife's daughter, his own)
    name = subject.name if analysis.korean else subject.name_en
    return said_of(name, phrase, analysis.actor_span)


def actor_objection(
    store: Store,
    analysis: Analysis,
    fact: Fact,
    context: str | None = None,
    position: int | None = None,
) -> Objection | None:
    """The sentence says someone else did or said it.

    `position`: where the fact's values are; a clause with its own subject (…재가했고,
    취임식은 …) is judged by that subject.
    """
    phrase = analysis.actor
    if phrase and _quoted_at(analysis.text, analysis.actor_span):
        return None  # (“LG가 ... 연구하겠다.” (2020/12/07, ...): a subject of the words quoted)
    others = kin_owner_objection(store, analysis, fact)
    if others is not None:
        return others
    if (
        phrase
        and _CHILD_WORD.search(phrase)
        and any(_CHILD_BORN.search(t) for t in _said_texts(fact) if t)
    ):
        return None  # (배 장관의 딸은 2012년에 태어났다: his fact names his 2012년생 외동딸)
    cited = CITED_KO.match(analysis.text)
    theirs = {*_agents(store, fact), fact.subject}
    if cited and resolve(store, cited.group(1)) in theirs:
        # (배경훈에 따르면 엑사원의 매개변수는 …: his account, as the fact's; but not when
        # the sentence names another body as who acts: 배 장관에 따르면 LG에서는 …)
        acting = resolve(store, phrase) if phrase else None
        company = bool(phrase and (_COMPANY.fullmatch(phrase) or _BRAND.fullmatch(phrase)))
        if acting in theirs or not (company or (acting and _is_body_or_person(store, acting))):
            return None
    by = _passive_agent(store, analysis, fact)
    if by is not None:
        return by
    if phrase and _member_of_its_list(analysis, fact):
        return None  # (LG Electronics, … and LG CNS were among the 16 affiliates: as it lists)
    if _gave_what_was_received(store, analysis, fact):
        return None
    if _passive_named(analysis, fact):
        return None
    aged = _AGED_NAME_EN.search(analysis.text, 0, position) if position else None
    if aged is not None and aged.end() == position:
        # (with Bae, then 44, as its first head: the age is the named person's)
        phrase, position = aged.group(1), None
    if position is not None and any(
        v.start == position and "limit" in v.events for v in analysis.values
    ):
        return None  # (the loan exceeded the 600 million won cap: the cap is no act of theirs)
    if position is not None and _pronoun_may_mean(store, analysis, position, fact.subject):
        return None
    if position is not None and _event_beside(analysis, position):
        return None  # (6월28일 대출 규제 발표 전에 대출을 받았다: the curbs' date, no one's act)
    if position is not None:
        here = analysis.clause_at(position)
        own = here.subject
        if (
            analysis.korean
            and analysis.actor_span is not None
            and position < analysis.actor_span[0]
            and _ADNOMINAL_BEFORE.search(analysis.text, 0, position)
        ):
            # (엑사원 3.0을 공개한 2024년에 배경훈은 …: a time told by an act before the
            # subject, whose doer the sentence does not name)
            return None
        earlier = [c.subject for c in analysis.clauses if c.end <= here.start and c.subject]
        if (
            not own
            and analysis.korean
            and earlier
            and (
                resolve(store, earlier[-1]) in {getattr(fact, "actor", None), fact.subject}
                # (or whom the fact's statement names so: 16개 LG 계열사는)
                or re.search(rf"{re.escape(earlier[-1])}(?:은|는|이|가|들)", fact.statement or "")
            )
        ):
            # (…출범했고, 16개 계열사가 참여했으며, 2천여억 원을 투자하기로 했다: the subject of
            # the clause before goes on, the affiliates that invest)
            return None
        if own and NO_ACTOR.search(own):
            return None  # (그중 메타가 2104만 원: a part of what is held, not who acted)
        if own and not _AMOUNT_SUBJECT.fullmatch(own.strip()):
            phrase = own  # (금액은 10만1000원이다: the amount of what the sentence's subject did)
        elif analysis.korean:
            value = next((v for v in analysis.values if v.start == position), None)
            if value is not None and _PASSIVE_RELATIVE_KO.match(analysis.text, value.end):
                # (지난 7일 발표된 정부조직 개편안에 따라: a thing told of in the passive, its
                # day no act of the sentence's subject)
                return None
            inner = _embedded_subject(store, analysis, position)
            if inner is not None and _acts_on_it_that_day(store, analysis, inner, fact):
                # (LG AI연구원이 2023년 7월 공개한 엑사원 2.0은 …: the release that day is the
                # institute's, told by a fact of its own; this fact tells what the model does)
                return None
            phrase = (
                inner
                or _relative_head(store, analysis, position)
                or _beside_owner(store, analysis, position)
                or _switched_topic(store, analysis, position)
                or phrase
            )
        else:
            if here.start > 0 and _LATER_THING_EN.match(analysis.text, here.start):
                # (…released EXAONE 3.0, and it took first place: the thing just named, not
                # the sentence's subject, is this clause's)
                return None
            if _PASSIVE_TIME_CLAUSE.search(
                analysis.text, 0, position
            ) and _PASSIVE_AFTER_VALUE.match(analysis.text, position):
                # (…, before the June 28 lending cap was announced: a clause of time with a
                # thing for its subject, told in the passive; no one of the sentence acts)
                return None
            phrase = (
                _subordinate_subject_en(store, analysis, position)
                or _later_clause_subject_en(store, analysis, position)
                or phrase
            )
    who = (
        resolve(store, phrase)
        if phrase
        else context
        if analysis.pronoun or (unnamed_subject(analysis) and getattr(context, "sentence", False))
        else None
    )
    if phrase is not None and phrase == analysis.actor:
        who = _relative_of(store, analysis) or who  # Bae's wife: the wife
    if phrase is None and who is None:
        return None
    if phrase is None and who is not None:
        # He/그는 refers to a person, it/its to a thing: not to whatever came last (a model
        # named in the sentence before "He received the Silver Tower Order").
        head = analysis.text[:40]
        who = _he_of(store, who, head)
        if _PERSONAL.search(head) and _is_thing(store, who):
            return None
        if _IMPERSONAL.search(head) and _is_person(store, who):
            return None
    if (
        not getattr(fact, "actor", None)
        and _SPEECH.search(analysis.text)
        and any(_QUOTE_MARK.search(r.quote) for r in fact.sources)
        and not _speaker_named(store, fact)
    ):
        return None  # "X said ...": the fact is a quotation whose speaker it does not record
    if who is not None and who != fact.subject and _passes_on(store, analysis, fact.subject):
        return None  # (과기부는 배경훈의 입장문을 공개하며 ...: what it tells is his)
    if who is not None and _SPEECH.search(analysis.text) and _speaks_for(store, who, fact):
        return None  # (배 장관은 … 상향하겠다고 밝혔다: the minister telling his ministry's plan)
    texts = _said_texts(fact)
    squashed = [_squash(t) for t in texts]
    if (
        who is not None
        and who != fact.subject
        and _PASSIVE_POST.search(analysis.text)
        and _is_person(store, who)
        and _is_person(store, fact.subject)
        and _POST_NAMED.search(" ".join(texts))
    ):
        # 강훈식은 후보자로 지명됐다: the one the sentence says was named is the fact's
        # subject, not who named or spoke of him (the fact's actor).
        subject = store.subjects.get(fact.subject)
        nominee = (subject.name if analysis.korean else subject.name_en) if subject else None
        nominee = nominee or fact.subject
        return said_of(nominee, phrase or "the subject", analysis.actor_span)
    if who is not None:
        if _only_spoke(store, who, fact, analysis) or _took_subjects_part(
            store, who, fact, analysis, context
        ):
            pass  # the fact has them speak of its subject's event, not take part in it
        elif (swapped := _roles_swapped(store, who, fact, analysis)) is not None:
            return swapped
        elif (
            who in _agents(store, fact)
            and not _acted_on(store, who, fact, analysis, phrase)
            and not (
                who == getattr(fact, "actor", None) and _gives_what_it_received(analysis, fact)
            )
        ):
            return None
        subject = store.subjects.get(who)
        # A generic alias ("the ministry") says nothing of which ministry the fact names.
        named = [n for n in subject.names if not n.lower().startswith("the ")] if subject else []
        if of_theirs(store, who, fact) and not owned_subject(analysis):
            pass  # the fact names them as the owner of its subject (배경훈의 부모): not them
        elif (
            not getattr(fact, "actor", None)
            and any(_squash(n) in _squash(t) for n in named for t in _fact_texts(fact) if n)
            and not _named_as_patient(store, analysis, fact, who)
            # (LG전자 of 'LG전자·화학·유플러스·CNS 등 16개 계열사': one of a list, not the list)
            and not any(_one_of_list(n, t) for n in named for t in _fact_texts(fact) if n)
        ):
            # the fact itself names them (배경훈 장관은 ... 밝혔다), in its own words: a quote
            # may list them among others (16 affiliates, 유플러스 among them)
            return None
    elif phrase is not None:
        # Not a subject of the store: object only to what reads as a name (LG유플러스,
        # Samsung), never to a common noun the fact does not repeat (아파트는, the plan).
        if analysis.korean:
            core = phrase.split()[-1]
            titled = _TITLED_PERSON.search(phrase)
            if titled:
                core = titled.group(1)  # 윤석열 대통령: a person by a name the store lacks
            looks_named = (
                bool(titled)
                or bool(re.search(r"[A-Z]", core))
                or bool(_ORG_SUFFIX.search(core) and len(core) >= 3)
                or bool(_COMPANY.fullmatch(strip_particle(core, min_stem=2)))
            )
            name = strip_particle(core, min_stem=2)
            if not looks_named or (
                any(_squash(core) in t for t in squashed)
                and not _only_acted_on(name, texts)
                # (LG전자 of 'LG전자·화학·유플러스·CNS 등 16개 계열사': one of a list)
                and not any(_one_of_list(name, t) for t in texts)
            ):
                return None
        else:
            # Every name-like word must be in the fact's text: "LG Uplus" is not "LG AI Research".
            tokens = [
                w.lower()
                for w in re.findall(r"[A-Za-z][\w&-]+", _DETERMINER.sub("", phrase))
                if w[:1].isupper() and w.lower() not in _COMMON_CAPITALS
            ]
            joined = " ".join(texts).lower()
            listed = _DETERMINER.sub("", phrase).strip()
            if not tokens or (
                all(re.search(rf"\b{re.escape(t)}", joined) for t in tokens)
                and not any(_one_of_list(listed, t) for t in texts)
                and (
                    _modifies_next(analysis)
                    or not all(_only_owner_en(t, joined) and _named_in(t, texts) for t in tokens)
                )
            ):
                return None
    else:
        return None
    actor_id = getattr(fact, "actor", None) or fact.subject
    if who is not None and who == actor_id:
        if _actors_own_act(analysis, fact):
            return None  # (과기부는 ... 높이 평가해: the actor's own act, as the fact tells it)
        actor_id = fact.subject  # the speaker, said to have done what the subject did
    actor = store.subjects.get(actor_id)
    them = (actor.name if analysis.korean else actor.name_en) if actor else actor_id
    said = phrase or "the subject"
    if who is not None and who in store.subjects and (not phrase or resolve(store, phrase) != who):
        kin = store.subjects[who]  # (Bae's parents: the relative, not the owner)
        said = kin.name if analysis.korean else kin.name_en
    elif who is not None and who in store.subjects and re.search(r"의\s|['’]s\s", said):
        owner = store.subjects[who]  # (배경훈의 예금: whose they are, not the thing)
        said = owner.name if analysis.korean else owner.name_en
    return said_of(them, said, analysis.actor_span)


# The acts a Korean statement ends in (높게 평가했다고 밝혔다: 평가), not its saying.
_FINAL_ACTS_KO = rx.compile(
    r"([가-힣]{2})[가-힣]*?(?:했|하였|됐)다고?\s*(?:밝혔|말했|전했)?다?\.?\s*$"
)


_BE_NEXT_EN = rx.compile(r"(?i:\s*(?:was|were|is|are|has|have|had|remains|became)\b)")
_PASSIVE_EN = rx.compile(
    r"(?i:\b(?:was|were|been|being|is|are|get|got)\s+(?:\w+ly\s+)?\w+(?:ed|en)\b)"
)


def _named_as_patient(store: Store, analysis: Analysis, fact: Fact, who: str) -> bool:
    """The fact names `who` only as the one its subject acts on (배경훈이 … 부모를 부양가족으로
    등록해), and the sentence has them act, in the active voice (Bae's parents registered
    him as their dependent): the roles the other way round."""
    subject = store.subjects.get(who)
    if subject is None or who == fact.subject:
        return False
    told = fact.statement or ""
    names = [n for n in subject.names if n and not n.lower().startswith("the ")]
    if analysis.korean:
        rest = analysis.text[analysis.actor_span[1] :] if analysis.actor_span else analysis.text
        if PASSIVE_KO.search(rest.rstrip(" .").split()[-1] if rest.split() else ""):
            return False
    elif _PASSIVE_EN.search(analysis.text):
        return False
    # (the relative's word in the fact's Korean statement: 부모를, not 부모는 or 부모가; or
    # before a noun it names the kind of, 부모 부양가족 공제를 신청했다: what was claimed)
    words = {n.split()[-1] for n in names} | {n[-2:] for n in names if len(n) >= 2}
    # (the sentence has them do the fact's own act, 신청했다: not a description of them, nor
    # another act the fact's words are about)
    act = _FINAL_ACTS_KO.search(told)
    acted = act is not None and act.group(1) in analysis.text
    marked = [
        m
        for w in words
        for m in re.finditer(rf"(?<![가-힣]){re.escape(w)}(을|를|은|는|이|가|의|{_KIND_OF})", told)
    ]
    return any(
        m.group(1) in ("을", "를")
        # (nouns of two syllables or more: not a count, 외동딸 한 명을 뒀다)
        or (
            m.group(1).isspace()
            # (the sentence has them do something: not a description, 부모는 공제 대상이
            # 아니었다, which tells of them what the fact's act was about)
            and acted
            and all(len(w) >= 2 and strip_particle(w, min_stem=2) == w for w in m.group(2).split())
        )
        for m in marked
    ) and not any(m.group(1) in ("은", "는", "이", "가") for m in marked)


# Before the noun phrase it names the kind of, the object (부모 부양가족 공제를).
# (the words between without a particle of their own: not 이재명 대통령으로부터 임명장을)
_KIND_OF = r"\s(?=([가-힣]+(?:\s[가-힣]+)?)(?:을|를)(?![가-힣]))"


_RECEIVED_EN = rx.compile(
    r"(?i:^(?!.*\b(?:award|confer|present|gave|grant|bestow))"
    r".*\b(?:receiv(?:ed|es|ing)|won|got|accepted)\b)"
)
_FROM_GIVER = rx.compile(r"(?:로부터|에게서|한테서)\s|(?i:\bfrom\b)")


def _gives_what_it_received(analysis: Analysis, fact: Fact) -> bool:
    """The fact's giver said to receive (과기부는 … 은탑산업훈장을 받았다, where the subject
    received it from the ministry): the receiving is the subject's act."""
    said = frozenset().union(*(c.events for c in analysis.clauses))
    if "receive" not in said or "give" in said or _FROM_GIVER.search(analysis.text):
        return False  # (…위원장으로부터 꽃다발을 받았다: the giver named as the giver)
    if not analysis.korean and not _RECEIVED_EN.search(analysis.text):
        return False  # (awarded Bae the order: the giving told, not a receiving)
    told = analyze_sentence(fact.statement or "")
    return "receive" in frozenset().union(*(c.events for c in told.clauses)) and bool(
        _FROM_GIVER.search(fact.statement or "")
    )


def _actors_own_act(analysis: Analysis, fact: Fact) -> bool:
    """The sentence tells of the act the fact's actor does in the fact's own statement
    (과기부는 배경훈의 성과를 높게 평가했다: 평가), not of its subject's act."""
    m = _FINAL_ACTS_KO.search(fact.statement or "")
    if m is None:
        return False
    text = analysis.text.lower()
    # (in the sentence's own words: 높이 샀다, cited, for 높게 평가했다)
    words = {m.group(1), *(paraphrases.group_of(m.group(1)) or ())}
    if _PRAISED.search(fact.statement or ""):
        words |= set(paraphrases.group_of("호평") or ()) | set(_PRAISE_TOO)
    return any(w in text for w in words)


# Words that tell of recognising a merit, as 높게 평가했다 does (an order's citation).
_PRAISED = rx.compile(r"(?:높게|높이)\s*평가")
_PRAISE_TOO = ("높이 샀", "높게 샀", "꼽았", "꼽으며", "cited", "recogni")


def _in_reference(text: str, value: Value, values: Sequence[Value]) -> str | None:
    """The words a figure in parentheses belongs to (배경훈 본인 지분(5분의 3): 본인 지분),
    when it is not the same figure written again (107만 원(1,070,000 won))."""
    owned = re.search(
        r"([A-Z][\w-]*(?:\s+[A-Z][\w-]*)*(?:'s|’s)(?:\s+own)?)\s+$", text[: value.start]
    )
    if owned:
        return owned.group(1)  # Bae Kyung-hoon's own three-fifths share
    m = re.search(r"([^\s()]+(?:\s+[^\s()]+)?)\s*\(\s*(?:about\s+|약\s*)?$", text[: value.start])
    if not m or not re.search(r"[가-힣A-Za-z]$", m.group(1)):
        return None
    opening = m.end()
    if any(0 <= m.start(1) <= w.end <= opening and w is not value for w in values):
        return None  # another figure right before: the same one in other units
    return m.group(1)


_IN_NAME_OF = rx.compile(r"([가-힣]{2,})\s*명의(?:로|의|(?=\s+[가-힣]))")
# His own name, as what a holding is (798만 원어치는 배경훈 본인 명의였다).
_OWN_NAME_IS = rx.compile(r"(?:([가-힣]{2,})\s+)?본인\s*명의(?:였|이었|이다|다(?![가-힣])|인)")


# In English: in his own name, in his wife's name, in the name of his daughter.
_IN_NAME_EN = rx.compile(
    r"(?i:\bin\s+(?:his|her|their|[A-Z][a-z]+(?:'s|’s))\s+(own|wife|spouse|daughter|son|child|parents)(?:'s|’s)?\s+"
    r"names?\b|\bin\s+the\s+names?\s+of\s+(?:his|her)\s+(wife|spouse|daughter|son|child|parents)\b)"
)
_HOLDER_KINDS = {"own": "self", "본인": "self"}


_THE_REST = rx.compile(r"(?i:\bthe rest\b|\bthe remainder\b|\bthe remaining\b)|나머지")


def _holder_kind(text: str) -> str | None:
    """Whose name a text says a thing is held in: self, spouse, child or parent."""
    from factcli.text.analysis import RELATIVES

    ko = _IN_NAME_OF.search(text)
    word = (ko.group(1) if ko else None) or next(
        (m.group(1) or m.group(2) for m in _IN_NAME_EN.finditer(text)), None
    )
    if word is None:
        return None
    word = word.lower()
    if word.endswith("본인"):
        return "self"
    return _HOLDER_KINDS.get(word) or RELATIVES.get(word) or RELATIVES.get(word[-2:])


def _kind_of_subject(store: Store, sid: str) -> str | None:
    """Whose a holding is when the fact names no holder: its subject's (a relative of the
    person, by the relative's word among its names; the person, "self")."""
    subject = store.subjects.get(sid)
    if subject is None:
        return None
    kin = next((RELATIVES[n.lower()] for n in subject.names if n.lower() in RELATIVES), None)
    if kin is not None:
        return kin
    return "self" if _is_person(store, sid) else None


# A holder named right after another, in a list (본인·배우자·자녀, 본인과 장녀, 배우자 및 자녀).
_HOLDER_LISTED = rx.compile(
    r"(?:본인|배우자|자녀|장녀|차녀|딸|아들|부인|아내|남편|부모)\s*(?:[·,]|과|와|및)\s*$"
)


def holder_objection(store: Store, analysis: Analysis, fact: Fact) -> Objection | None:
    """In whose name (명의) something is held: the sentence's holder against the fact's (본인
    명의로 소유, 배우자 명의로 돼 있다, in his wife's name)."""
    if not analysis.korean:
        # (only where the holder is the one relative the sentence names: "in his own name,
        # and his wife holds the rest" speaks of two)
        kin = [n for kind, n, _p in analysis.names if kind == "relative"]
        phrases = list(_IN_NAME_EN.finditer(analysis.text))
        if len(phrases) != 1 or _THE_REST.search(analysis.text, 0, phrases[0].start()):
            return None  # (with the rest in his spouse's name: another part's holder)
        holder = (phrases[0].group(1) or phrases[0].group(2) or "").lower()
        if len(kin) > (0 if holder == "own" else 1):
            return None
        mine = _holder_kind(analysis.text)
        theirs_kind = next(
            (k for t in (fact.statement_en or "", fact.statement) if (k := _holder_kind(t))), None
        ) or _kind_of_subject(store, fact.subject)
        if mine and theirs_kind and mine != theirs_kind:
            words = {"self": "his own", "spouse": "his wife's", "child": "his child's"}
            return Objection(
                "actor", f"the source has it in {words.get(theirs_kind, theirs_kind)} name"
            )
        return None
    titled = _IN_NAME_OF.search(analysis.text)
    if titled is not None and _HOLDER_LISTED.search(analysis.text, 0, titled.start()):
        return None  # (본인·배우자·자녀 명의로: the holders listed, not one of them)
    claimed = resolve(store, titled.group(1)) if titled else None
    own_name = _OWN_NAME_IS.search(analysis.text) if titled is None else None
    if own_name is not None and "나머지" not in analysis.text:
        # (배경훈 본인 명의였다: the name before 본인; not where the rest is another's)
        claimed = resolve(store, own_name.group(1)) if own_name.group(1) else None
    if claimed is None:
        return None
    theirs = None
    for text in (fact.statement, *(r.quote for r in fact.sources)):
        found = _IN_NAME_OF.search(text or "")
        if found:
            own = found.group(1) == "본인" or found.group(1).endswith("본인")
            theirs = fact.subject if own else resolve(store, found.group(1))
            break
    if theirs is None and own_name is not None and "나머지" not in analysis.text:
        # (a holding the source gives as the subject's without a word of 명의: the daughter's
        # Microsoft shares, said to be in his own name)
        theirs = fact.subject
    if (
        theirs is None
        and titled is not None
        # (명의로 받았다: the act's holder; not 자녀 명의 주식, a thing named by its holder)
        and titled.group(0).endswith(("명의로", "명의의"))
        and "나머지" not in analysis.text
        and not any("명의" in t or " name" in t.lower() for t in _said_texts(fact) if t)
        # (one holder named, not a list of them: 본인·배우자·자녀 명의로, 본인과 장녀 명의로)
        and not _HOLDER_LISTED.search(analysis.text, 0, titled.start())
        and _kind_of_subject(store, fact.subject) is not None
    ):
        # (a loan the source says he took out, said to be taken in his daughter's name: the
        # fact names no holder but its subject, whose own act it tells of)
        theirs = fact.subject
    if (
        theirs is None
        and titled is not None
        and not TOTAL_SAID.search(analysis.text)
        # (배경훈과 배우자 명의: the two listed, as the source's total is theirs)
        and not re.search(r"(?:과|와|·|및|,)\s*$", analysis.text[: titled.start()])
        and any(_JOINT_TOTAL.search(t) for t in _said_texts(fact) if t)
    ):
        # (배우자 명의 지분 가액은 41억5천만 원: the source's figure is his and his wife's
        # shares together)
        return Objection("actor", "the source gives this for the holders together, not one")
    if theirs is None or theirs == claimed:
        return None
    holder = store.subjects.get(theirs)
    name = (holder.name if analysis.korean else holder.name_en) if holder else theirs
    return Objection("actor", f"the source has it in {name}'s name")


def joint_share_objection(analysis: Analysis, fact: Fact) -> Objection | None:
    """One holder's stake given the figure the source gives for two holders' stakes together
    (배경훈 본인 지분의 가액은 41억5천만 원이다; Bae's wife's stake is worth 4.15 billion won,
    of both stakes' combined value): misleading, actor."""
    text = analysis.text
    if not _STAKE.search(text) or _TOGETHER.search(text):
        return None
    texts = [t for t in _said_texts(fact) if t]
    if any(_JOINT_TOTAL.search(t) for t in texts):
        return Objection("actor", "the source gives this for the holders' stakes together, not one")
    if not any(_STAKE.search(t) for t in texts):
        # (the price the whole apartment was bought for, said of one stake in it)
        return Objection("relation", "the source gives this for the whole, not for a stake in it")
    return None


# A stake or a share held (지분, stake); and words that tell two holders' together.
_STAKE = rx.compile(r"지분|(?i:\bstakes?\b|\bshares?\s+(?:of|in)\s+the\s+apartment)")
_TOGETHER = rx.compile(
    r"합한|합친|합산|합계|모두|더한|총|전체|나머지|부부|나눠|나누어"
    r"|(?:본인|배경훈|배\s?장관)\s*(?:과|와|및|·)\s*(?:배우자|부인|아내)"
    r"|(?i:\bcombined\b|\btogether\b|\btotal\b|\bboth\b|\band\s+(?:his\s+)?(?:wife|spouse)(?:'s|’s)?\b"
    r"|\b(?:wife|spouse)(?:'s|’s)?\s+and\s+(?:his|bae)|\bjoint|\bwhole\b|\bentire\b|\brest\b"
    r"|\bcouple\b|\bsplit\b|\bshared\b)"
)


# A figure the source gives for two holders together (본인과 배우자의 지분을 합한 총 가액).
_JOINT_TOTAL = rx.compile(
    r"(?:본인|배우자|자녀|장녀)\s*(?:과|와|·|및)\s*(?:본인|배우자|자녀|장녀)[^.]{0,30}?(?:합한|합계|합산|총)"
)


# The subject of what someone said: "Bae said (that) the government would supply …".
_SAID_SUBJECT_EN = rx.compile(
    r"\b(?:said|says|told reporters|stated|announced|added|noted|explained)\s+(?:that\s+)?"
    r"((?:the\s+)?(?:[a-z]+\s+)?(?:government|ministry)|[A-Z][\w-]+(?:\s+[A-Z][\w-]+)*)"
    r"\s+(?:would|will|is|was|plans|planned|intends|aims|should|could|must|has|had)\b"
)


_SHARE_OF_EN = rx.compile(r"(?i:%|\bper ?cent\b|\bof\b|\bshare\b|\bhalf\b|\bpart\b)")


def reference_objection(
    store: Store, analysis: Analysis, value: Value, fact: Fact, slot: Value | None
) -> Objection | None:
    """A figure a fact names only in parentheses as another's (본인 지분(5분의 3)을 제외한
    나머지, in the spouse's fact), said of the fact's subject (배우자가 5분의 3을 갖고
    있다): the figure belongs to whom the words before the parentheses name."""
    if slot is not None:
        return None
    # Whose it is: the name before 명의 (배우자 명의로 돼 있다), else the sentence's subject;
    # not where that name holds the rest (나머지 지분은 배우자 명의로: the figure is his).
    titled = _IN_NAME_OF.search(analysis.text)
    if titled and "나머지" in analysis.text[max(0, titled.start() - 12) : titled.start()]:
        titled = None
    who = resolve(store, titled.group(1)) if titled else None
    if who is None and analysis.actor and analysis.actor_span:
        who = _relative_of(store, analysis) or resolve(store, analysis.actor)
    if who != fact.subject and not analysis.korean:
        # (Bae said the government would supply 150,000 GPUs: the government's figure)
        told = _SAID_SUBJECT_EN.search(analysis.text, 0, value.start)
        if told and not _SHARE_OF_EN.search(analysis.text, told.end(), value.start):
            who = resolve(store, told.group(1))
    if who is None or who != fact.subject:
        return None
    owners = []
    for text in (fact.statement, fact.statement_en):
        values = analyze_sentence(text).values if text else ()
        for v in values:
            if _same_value(value, v) and v.family == value.family:
                owner = _in_reference(text, v, values)
                if owner is None:
                    return None
                whose = resolve(store, text[max(0, v.start - 30) : v.start])
                if whose is None or whose == fact.subject:
                    return None
                owners.append(owner)
    if not owners:
        return None
    owner = owners[0] if analysis.korean else owners[-1]
    return Objection("actor", f"the source gives {value.text} as {owner}, not this subject's")


# What describes a person where the source names one: where he is from (네이버 출신), a
# post's full title (AI미래기획수석), a ministry's minister (과학기술정보통신부 장관; not its
# nominee). Short titles alone (장관, 원장) are left to the post checks.
_DESCRIPTOR_KO = rx.compile(
    r"[가-힣A-Za-z]{2,10}\s?출신|[A-Za-z]{0,4}[가-힣]{2,10}\s?(?:수석|비서관|비서실장|위원장|연구원장)"
    r"|[가-힣]{2,12}부\s?장관(?!\s?후보)"
)
_NEAR = 8  # characters between a descriptor and the name it describes
# A post given to someone (장관에 임명했다, 장관으로 지명했다).
_POST_GIVEN = rx.compile(r"(?:에|으로|로)\s*(?:임명|지명|내정|발탁|기용|기용)")
# A description that modifies the name after it (네이버 출신의 하정우, (네이버 출신의) 하정우).
_MODIFIES_NEXT = rx.compile(r"의?\)?\s")


# A title said to be someone's, in English (Jung is the Minister of Science and ICT; Bae was
# head of the union branch): the title's head word.
_TITLE_IS_EN = rx.compile(
    r"(?i:\b(?:is|was|became|serves\s+as|served\s+as|remains)\s+(?:now\s+)?(?:the\s+|an?\s+)?"
    r"(?:[\w'’-]+\s+){0,4}?(minister|secretary|chief\s+of\s+staff|head|chair(?:man|woman)?)\b)"
)
_TITLE_REACH_EN = 16  # characters between a title and the name it goes with, in a fact


def _english_names(store: Store, sid: str) -> list[str]:
    """A person's English names: the full name, the family name, the Latin aliases that are
    names (not Minister Bae)."""
    subject = store.subjects[sid]
    names = [subject.name_en, subject.name_en.split()[0]] if subject.name_en else []
    names += [a for a in subject.aliases if a.isascii() and a[:1].isupper() and " " in a]
    return [n for n in dict.fromkeys(names) if n and not _TITLE_WORD_EN.search(n)]


_TITLE_WORD_EN = rx.compile(r"(?i:\b(?:minister|president|chief|secretary|head)\b)")


def _title_objection_en(store: Store, analysis: Analysis, fact: Fact) -> Objection | None:
    """A title the fact gives one person, said in English to be another's (Jung Hyun-seok is
    the Minister of Science and ICT, where the fact's minister is Bae): misleading, actor."""
    said = _TITLE_IS_EN.search(analysis.text)
    if said is None or not analysis.actor:
        return None
    ours = resolve(store, analysis.actor)
    if ours is None or not _is_person(store, ours):
        return None
    head = re.escape(said.group(1).split()[0].lower())
    text = fact.statement_en or ""
    theirs: list[tuple[int, str]] = []
    for sid in store.subjects:
        if not _is_person(store, sid):
            continue
        for name in _english_names(store, sid):
            for hit in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
                for title in re.finditer(rf"(?i:\b{head}\b)", text):
                    gap = (
                        title.start() - hit.end()
                        if hit.end() <= title.start()
                        else hit.start() - title.end()
                    )
                    if 0 <= gap <= _TITLE_REACH_EN:
                        theirs.append((gap, sid))
                # (Ha Jung-woo is the presidential office's senior secretary: the fact's own
                # sentence of whose title it is)
                for told in _TITLE_IS_EN.finditer(text):
                    if told.group(1).split()[0].lower() == head.replace("\\", "") and (
                        text[: told.start()].rstrip().endswith(name)
                    ):
                        theirs.append((0, sid))
    if not theirs or any(sid == ours for _g, sid in theirs):
        return None
    who = store.subjects[min(theirs)[1]].name_en or store.subjects[min(theirs)[1]].name
    return Objection("actor", f"the source gives the title {said.group(1)} to {who}")


def descriptor_objection(store: Store, analysis: Analysis, fact: Fact) -> Objection | None:
    """A description the source gives one person, said of another (하정우 was the one from
    Naver and the AI future-planning secretary, not 배경훈): misleading, actor."""
    if not analysis.korean:
        return _title_objection_en(store, analysis, fact)
    mine = list(_DESCRIPTOR_KO.finditer(analysis.text))
    if not mine:
        return None
    people = [(sid, s.name) for sid, s in store.subjects.items() if _is_person(store, sid)]

    def near(
        text: str, at: int, end: int, reach: int, *, before: bool = False
    ) -> list[tuple[int, str]]:
        """The persons named within `reach` characters of the description, nearest first
        (`before`: only those named before it)."""
        found: list[tuple[int, str]] = []
        for sid, name in people:
            for hit in re.finditer(re.escape(name), text):
                if before and hit.end() > at:
                    continue
                # (a name within the description itself, 강훈식 비서실장: its own)
                inside = at <= hit.start() and hit.end() <= end
                gap = 0 if inside else at - hit.end() if hit.end() <= at else hit.start() - end
                if 0 <= gap <= reach:
                    found.append((gap, sid))
        return sorted(found)

    for m in mine:
        phrase = re.sub(r"\s", "", m.group())
        # (a minister's title: the sentence's subject only, and the name right beside it
        # in the source: 정현석은 과학기술정보통신부 장관이다, not a title named in passing)
        minister = m.group().endswith("장관")
        if (
            minister
            and _POST_GIVEN.match(analysis.text, m.end())
            and re.search(r"(?:을|를)\s", analysis.text[: m.start()])
        ):
            continue  # (배경훈을 과기부 장관에 임명했다: the post given, not the subject's)
        before = analysis.text[: m.start()].rstrip()
        if _MODIFIES_NEXT.match(analysis.text, m.end()):
            # ((네이버 출신의) 하정우, 네이버 출신 하정우: the name after it)
            after = [
                (gap, sid)
                for gap, sid in near(analysis.text, m.start(), m.end(), 6)
                if analysis.text.find(store.subjects[sid].name, m.end()) >= 0
            ]
            ours = {sid for _g, sid in after[:1]}
        elif before.endswith("("):
            # (하정우 AI미래기획수석(네이버 출신)은: the name the parenthesis follows)
            closest = near(analysis.text, m.start(), m.end(), 20, before=True)
            ours = {sid for _g, sid in closest[:1]}
        elif minister:
            ours = set()
        else:
            ours = {sid for _g, sid in near(analysis.text, m.start(), m.end(), _NEAR + 3)[:1]}
        if not ours and analysis.actor:
            # (the name is the sentence's subject, further off: 하정우 AI미래기획수석은
            # 네이버 출신이다)
            who = resolve(store, analysis.actor)
            ours = {who} if who is not None else set()
        if not ours:
            continue
        # (whom any of the fact's texts gives it: one text may put another name nearer)
        theirs: set[str] = set()
        nearest: list[tuple[int, str, str]] = []
        phrases = {phrase: m.group()}
        if phrase.endswith("출신"):
            # (네이버 AI연구원장 출신: from Naver, as the words before say; each of the two
            # words before it may be where the person came from)
            words = analysis.text[max(0, m.start() - 24) : m.start()].split()[-2:]
            phrases.update({w + "출신": f"{w} 출신" for w in words if len(w) >= 2})
        for source in _said_texts(fact):
            squashed = re.sub(r"\s", "", source or "")
            found = next(
                (f for p in phrases if (f := re.search(re.escape(p), squashed)) is not None),
                None,
            )
            if found is not None:
                # (every name near it there: the source may name two people around it)
                reach = 1 if minister else _NEAR + 3
                named = near(squashed, found.start(), found.end(), reach)
                theirs |= {sid for _g, sid in named}
                nearest += [(gap, sid, phrases[found.group()]) for gap, sid in named[:1]]
        if theirs and not theirs & ours:
            _gap, sid, said = min(nearest)
            return Objection("actor", f"the source says {said} of {store.subjects[sid].name}")
    return None


# Where a person is said to come from: 카카오 출신 배경훈, 배경훈은 네이버 출신이다.
_FROM_BEFORE_NAME = rx.compile(
    r"((?:[가-힣A-Za-z]{2,12}\s)?[가-힣A-Za-z]{2,12})\s?출신(?:의|인)?\s+([가-힣]{2,4})"
)
# A head's title after the body it heads (삼성리서치 원장, LG유플러스 대표, LG Uplus CEO): the
# store must have him hold a post there of that rank, not only work there.
_HEAD_TITLES = {
    "원장": ("원장", "head", "director"),
    "대표": ("대표", "ceo", "사장", "president"),
    "사장": ("사장", "대표", "ceo", "president"),
    "회장": ("회장", "chair"),
    "ceo": ("대표", "ceo", "사장", "president"),
    "president": ("대표", "사장", "ceo", "president", "원장"),
    "chairman": ("회장", "chair"),
    "head": ("원장", "head", "director", "장"),
    "chief": ("원장", "head", "director", "chief", "장"),
}


def _title_never_held(store: Store, who: str, body: str, title: str) -> bool:
    """The store has `who` at `body` (by its facts), in no post of `title`'s rank there."""
    ranks = _HEAD_TITLES.get(title.lower())
    if not ranks:
        return False
    squashed = "".join(body.split()).lower()
    posts = [
        f
        for f in store.facts
        if f.subject == who
        and f.kind == "position"
        and squashed in "".join(f"{getattr(f, 'org', '') or ''} {f.value}".split()).lower()
    ]
    held = " ".join(f"{f.value} {f.statement_en or ''}" for f in posts).lower()
    # (a vice president is no president, a 부사장 no 사장)
    return bool(posts) and not any(
        re.search(rf"(?<!vice )(?<!vice-)(?<!부){re.escape(r)}", held) for r in ranks
    )


_FROM_AS_PREDICATE = rx.compile(r"([가-힣A-Za-z]{2,12})\s?출신(?:이다|이었다|였다|이며|으로)")


# ... and in English: Former Kakao executive Bae …; Bae, a former Apple engineer, …
_ROLE_EN = (
    r"(?:executive|engineer|employee|researcher|official|director|head|chief|manager|staffer|"
    r"ceo|CEO|president|chairman)"
)
# (Bae, formerly head of Samsung Research, …; the former CEO of LG Uplus)
_FORMERLY_OF_EN = rx.compile(
    r"\b(?:formerly|former|ex-)\s+(?:the\s+)?(head|chief|ceo|CEO|president|chairman|director)\s+"
    r"of\s+((?:[A-Z][\w&+.'’-]*\s*){1,4})"
)
_FORMER_BEFORE_EN = rx.compile(
    r"\b(?:[Ff]ormer|[Ee]x-)\s*((?:[A-Z][\w&+.'’-]*\s+){1,3}?)" + _ROLE_EN + r"s?\s+"
    r"([A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})"
)
_FORMER_AFTER_EN = rx.compile(
    r"\b([A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2}),\s+an?\s+former\s+"
    r"((?:[A-Z][\w&+.'’-]*\s+){1,3}?)" + _ROLE_EN + r"\b"
)


# A person said to come from a body: Bae is from Naver; Bae, who came from Naver, …
_CAME_FROM_EN = rx.compile(
    r"\b([A-Z][\w-]+(?:[ \t-][A-Z][\w-]+){0,2})(?:,[ \t]{1,3}who)?[ \t]{1,3}"
    r"(?:is|was|comes|came|hails|hailed)[ \t]{1,3}(?:originally[ \t]{1,3})?from[ \t]{1,3}"
    r"(?:the[ \t]{1,3})?"
)


def _former_en_objection(store: Store, analysis: Analysis) -> Objection | None:
    """Where an English sentence says a person worked before (Former Kakao executive Bae,
    Bae, a former Apple engineer) at a body no fact of the store about that person names."""
    text = analysis.text
    said = [
        (m.group(1).strip(), m.group(2), m.start(1), m.group(0).split()[-2])
        for m in _FORMER_BEFORE_EN.finditer(text)
    ]
    said += [
        (m.group(2).strip(), m.group(1), m.start(2), m.group(0).split()[-1])
        for m in _FORMER_AFTER_EN.finditer(text)
    ]
    if analysis.actor:
        said += [
            (m.group(2).strip(), analysis.actor, m.start(2), m.group(1))
            for m in _FORMERLY_OF_EN.finditer(text)
        ]
    # (Bae is from Naver; Bae, who came from Naver, …: a body he came from, by the store's
    # own name, that no fact of him names)
    for m in _CAME_FROM_EN.finditer(text):
        who = resolve(store, m.group(1))
        body = [n for k, n, p in analysis.names if k == "employer" and p == m.end()]
        if who is None or not body or not _is_person(store, who):
            continue
        if _never_from(store, who, body[0]):
            person = store.subjects[who]
            return Objection(
                "relation", f"the store never has {person.name_en or person.name} from {body[0]}"
            )
    for where, name, at, role in said:
        who = resolve(store, name)
        if who is None or not _is_person(store, who):
            continue
        # (the body by the store's own name where the sentence's is one it knows: Kakao, 카카오)
        known = [n for k, n, p in analysis.names if k == "employer" and at <= p < at + len(where)]
        if _title_never_held(store, who, known[0] if known else where, role.rstrip("s")):
            person = store.subjects[who]
            return Objection(
                "relation",
                f"the store never has {person.name_en or person.name} as {role} of {where}",
            )
        place = "".join((known[0] if known else where).split()).lower()
        told = [
            "".join(
                f"{getattr(f, 'org', '') or ''} {f.value} {f.statement_en or ''}".split()
            ).lower()
            for f in store.facts
            if f.subject == who
        ]
        if not any(place in t for t in told):
            person = store.subjects[who]
            return Objection(
                "relation", f"the store never has {person.name_en or person.name} at {where}"
            )
    return None


def background_objection(store: Store, analysis: Analysis) -> Objection | None:
    """Where a person comes from, that no fact of the store about that person names
    (카카오 출신 배경훈: the store has him at Samsung Thales, SK Telecom and LG, never Kakao):
    misleading, relation. Where another person comes from there is descriptor_objection's."""
    if not analysis.korean:
        return _former_en_objection(store, analysis)
    said: list[tuple[str, str | None]] = [
        (m.group(1), resolve(store, m.group(2))) for m in _FROM_BEFORE_NAME.finditer(analysis.text)
    ]
    if analysis.actor:
        said += [
            (m.group(1), resolve(store, analysis.actor))
            for m in _FROM_AS_PREDICATE.finditer(analysis.text)
        ]
    for where, who in said:
        if who is None or not _is_person(store, who):
            continue
        person = store.subjects[who]
        body, _sp, title = where.rpartition(" ")
        if body and title in _HEAD_TITLES:
            if _title_never_held(store, who, body, title):
                return Objection(
                    "relation", f"the store never has {person.name} as {title} of {body}"
                )
            where = body  # (the body, weighed below as any origin)
        elif body:
            where = title  # (two words before 출신, no title: the nearer is the origin)
        if _never_from(store, who, where):
            return Objection("relation", f"the store never has {person.name} from {where}")
    return None


def _never_from(store: Store, who: str, where: str) -> bool:
    """Whether no fact of the store has the person `who` come from `where` (a body he worked
    at, a school he went to: the posts' organisations and the facts' values; or any text that
    says he came from there)."""
    person = store.subjects[who]
    names = [n for n in (person.name, *person.aliases) if n and not n.isascii()]
    place = "".join(where.split()).lower()
    mine = [f for f in store.facts if f.subject == who]
    told = [
        *("".join(f"{getattr(f, 'org', '') or ''} {f.value}".split()).lower() for f in mine),
        *(
            "".join(" ".join(t for t in _said_texts(f) if t).split()).lower()
            for f in store.facts
            if f.subject == who or any(n in (f.statement or "") for n in names)
            if "출신" in (f.statement or "")
        ),
    ]
    # (네이버 출신의 하정우 in a fact about him: another person's background)
    others = [
        re.escape("".join(p.name.split()).lower())
        for sid, p in store.subjects.items()
        if sid != who and _is_person(store, sid)
    ]
    theirs = re.compile(
        rf"{re.escape(place)}출신\S{{0,4}}?(?:{'|'.join(others)})" if others else r"(?!)"
    )
    return not any(place in theirs.sub("", t) for t in told if t)


# A doer marked as the subject right before its verb (정부가 공급하면, 민간이 공급하면): the
# noun, and the verb's first two syllables (공급).
_DOER_VERB_KO = rx.compile(
    r"(?<![가-힣])([가-힣]{2,8}?)(?:이|가)\s+([가-힣]{2})(?:하|했|한|할|해|되|됐|된|될)[가-힣]{0,4}"
)


# Parties that act, named by a common noun (the government, the private sector, SMEs).
_DOERS = frozenset(
    [
        "정부",
        "민간",
        "기업",
        "중소기업",
        "대기업",
        "학계",
        "업계",
        "국회",
        "지자체",
        "공공",
        "산업계",
    ]
)


def doer_objection(store: Store, analysis: Analysis, fact: Fact) -> Objection | None:
    """Another doer of the same act than the source's (민간이 공급하면, where the source has
    정부가 공급하면): misleading, actor."""
    if not analysis.korean:
        return None
    mine = {(m.group(2), m.group(1)) for m in _DOER_VERB_KO.finditer(analysis.text)}
    if not mine:
        return None
    theirs: dict[str, set[str]] = {}
    for text in _said_texts(fact):
        for m in _DOER_VERB_KO.finditer(text or ""):
            theirs.setdefault(m.group(2), set()).add(m.group(1))
    for verb, noun in sorted(mine):
        doers = theirs.get(verb)
        if not doers or noun in doers or len(doers) != 1:
            continue
        (doer,) = doers
        if not all(w in _DOERS or resolve(store, w) is not None for w in (noun, doer)):
            continue  # (회사 for 계열사, 가량 for 정도: no other party named)
        if noun in doer or doer in noun:
            continue
        who, whom = resolve(store, noun), resolve(store, doer)
        if who is not None and who == whom:
            continue
        if doer not in analysis.text:
            return Objection("actor", f"the source says {doer} does this, not {noun}")
    return None
