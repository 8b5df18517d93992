"""Whether a sentence whose values a fact agrees with also means what the fact means.

The numbers can be right and the sentence still false: another actor did it, the source only
considers what the sentence calls decided, a scheduled thing is written as done, a start is
written as an end, a range as an exact figure, a place or an award grade is another. Each test
here compares the sentence's analysis (text.analysis) with one fact and says what is wrong.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence

from factcli.store.model import Fact, Store
from factcli.text import patterns as rx
from factcli.text.analysis import LEVELS, RELATIVES, Analysis, Value, analyze_sentence, names_of
from factcli.text.korean import has_hangul, is_hangul, last_word, strip_particle
from factcli.text.paraphrases import group_of
from factcli.text.records import dataclass

_ORG_SUFFIX = rx.compile(
    r"(?:전자|그룹|연구원|연구소|대학교|부|청|처|위원회|협회|공사|은행|증권|통신|텔레콤|유플러스|"
    r"기술원|재단|대통령실|국회|회사|기업|사)$"
)
_TITLE_KO = rx.compile(r"^(\S)\s*(?:장관|원장|후보자|씨|수석|실장|대표|위원장|전무|상무)$")
_SPACE = rx.compile(r"\s+")
# A person's title right after an organisation's name (squashed text: no spaces).
_PERSON_TITLE_AFTER = rx.compile(
    r"(?:장관|차관|원장|후보자|수석|실장|대표|위원장|전무|상무|부사장|사장|회장|총장|"
    r"minister|head|chief|president|director|secretary)"
)
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
)
_DETERMINER = rx.compile(r"^(?:the|a|an|this|that|these|those|his|her|its|their|our)\s+", re.I)


@dataclass(frozen=True)
class Objection:
    """What is wrong with a sentence's meaning against one fact."""

    reason: str  # one of model.REASONS, or "name" (a contradiction by a name)
    explanation: str
    found: str = ""
    expected: str = ""
    start: int = 0
    end: int = 0
    fact: str = ""  # the fact that gives the expected value, when another than the one weighed


def _squash(text: str) -> str:
    return _SPACE.sub("", text).lower()


def _name_table(store: Store) -> tuple[tuple[str, str], ...]:
    """(name as squashed text, subject id) for every subject name, longest first; kept."""
    cached = getattr(store, "_name_table", None)
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    rows = {(_squash(n), s.id) for s in store.subjects.values() for n in s.names if n}
    table = tuple(sorted(rows, key=lambda r: (-len(r[0]), r)))
    try:  # noqa: SIM105 (not contextlib.suppress: a check does without contextlib)
        store._name_table = table  # type: ignore[attr-defined]
    except AttributeError:
        pass
    return table


def resolve(store: Store, phrase: str) -> str | None:
    """The subject a subject phrase names: the name that ends last in it (its head)."""
    squashed = _squash(phrase)
    best: tuple[int, int, str] | None = None
    person: tuple[int, int, str] | None = None
    lower = phrase.lower()
    for name, sid in _name_table(store):
        at = squashed.rfind(name)
        # (a short Latin name is a word of its own: HAI is not the end of Epoch AI)
        if (
            at >= 0
            and len(name) <= 4
            and name.isascii()
            and not re.search(rf"(?<![a-z0-9]){re.escape(name)}(?![a-z0-9])", lower)
        ):
            continue
        if at >= 0 and name.startswith("the") and name.isascii() and at + len(name) < len(squashed):
            # A generic alias (the ministry) names its subject only as the whole phrase: "the
            # Ministry of Land" is another ministry.
            rest = squashed[at + len(name) :]
            if re.match(r"of[a-z]", rest):
                continue
        if at >= 0:
            key = (at + len(name), len(name), sid)
            if best is None or key[:2] > best[:2]:
                best = key
            if _is_person(store, sid) and (person is None or key[:2] > person[:2]):
                person = key
    if best:
        # "배경훈 과학기술정보통신부 장관": an organisation before a person's title is the
        # title's, and the phrase names the person before it.
        title = _PERSON_TITLE_AFTER.match(squashed, best[0])
        if person and best != person and title:
            subject = store.subjects[person[2]]
            known = _squash(" ".join([subject.description or "", *subject.aliases]))
            if title.group() in known:
                return person[2]
            # A title the store does not give the person (정현석 과학기술정보통신부 차관):
            # the phrase is read as the organisation's, whose facts it cannot claim.
        return best[2]
    # "배 장관", "Minister Bae", "Bae": a family name with or without a title.
    title = _TITLE_KO.match(phrase.strip())
    words = re.findall(r"[A-Za-z]+", phrase)
    for subject in store.subjects.values():
        if not _is_person(store, subject.id):
            continue
        family_ko = subject.name[:1]
        family_en = subject.name_en.split()[0].lower() if subject.name_en else ""
        if title and title.group(1) == family_ko:
            return subject.id
        if words and family_en and words[-1].lower() == family_en and len(words) <= 2:
            return subject.id
    return None


def _is_thing(store: Store, sid: str) -> bool:
    """A subject that is no one: an organisation (과학기술정보통신부) or a model (EXAONE),
    not a person nor someone's (배경훈의 장녀, Bae's daughter)."""
    subject = store.subjects.get(sid)
    if subject is None or _is_person(store, sid) or re.search(r"'s|’s|의\s", subject.name_en):
        return False
    if "의 " in subject.name:
        return False
    return bool(_ORG_SUFFIX.search(subject.name)) or not re.search(r"[a-z]", subject.name_en)


def _is_person(store: Store, sid: str) -> bool:
    """A subject named like a person: three Hangul syllables and a two-word English name."""
    subject = store.subjects.get(sid)
    return (
        subject is not None
        and len(subject.name) == 3
        and is_hangul(subject.name)
        and len(subject.name_en.split()) >= 2
    )


def owned_subject(analysis: Analysis) -> bool:
    """The sentence's subject is someone of the person it names (Bae's parents), or several
    people (배경훈과 배우자): not the one person `resolve` reads in it."""
    span = analysis.actor_span
    if not span:
        return False
    phrase = analysis.text[span[0] : span[1]]
    return phrase.endswith(("'s", "’s")) or bool(re.search(r"[가-힣](?:과|와)\s|\band\b|&", phrase))


def of_theirs(store: Store, who: str, fact: Fact) -> bool:
    """The fact is about someone or something of `who`'s, not of `who`: its subject and actor
    are others, and its statement names `who` only as an owner (배경훈의 부모, Bae's parents)."""
    if who in _agents(store, fact):
        return False
    subject = store.subjects.get(who)
    if subject is None:
        return False
    names = [n for n in (subject.name, subject.name_en, *subject.aliases) if n and len(n) >= 2]
    owned = False
    for text in (fact.statement, fact.statement_en):
        for name in names:
            for m in re.finditer(re.escape(name), text or ""):
                if not re.match(r"(?:의|'s|’s)", text[m.end() : m.end() + 2]):
                    return False  # named as who did it, not only as an owner
                owned = True
    return owned


def _agents(store: Store, fact: Fact) -> set[str]:
    """Who a fact may be said of or by: its subject, actor and their wholes. Not their parts:
    what LG Group did (picked a head for LG AI Research) LG Uplus, one of its companies, did
    not; nor their siblings (국토부 is not 과기부)."""
    own = {fact.subject}
    actor = getattr(fact, "actor", None)
    if actor:
        own.add(actor)
    agents = set(own)
    for sid in own:
        subject = store.subjects.get(sid)
        if subject and subject.part_of:
            agents.add(subject.part_of)  # the ministry's act is the government's
    return agents


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
    if _PASSIVE_KO.search(analysis.text):
        return False
    for name in subject.names:
        if re.search(re.escape(name) + r"\s?(?:은|는|이|가)(?![가-힣])", fact.statement or ""):
            return False
    return True


# A Korean verb the subject undergoes or is described by: 공개됐다, 선정된, 받았다, 이다.
_PASSIVE_KO = rx.compile(
    r"[되됐돼된]|받[았은는아]|당[했한]|[이였]다|이었다|(?<![가-힣])[이가]\s*아니|걸렸|있다|없다"
)


def _fact_texts(fact: Fact) -> list[str]:
    texts = [fact.statement, fact.statement_en]
    if isinstance(fact.value, str):
        texts.append(fact.value)
    if fact.org:
        texts.append(fact.org)
    return texts


def _said_texts(fact: Fact) -> list[str]:
    """A fact's own texts and its sources' quotes."""
    return _fact_texts(fact) + [r.quote for r in fact.sources]


said_texts = _said_texts


def is_name(store: Store, word: str) -> bool:
    """A subject's name (하정우, 엔비디아) or what reads as an organisation's (LG유플러스)."""
    squashed = _squash(word)
    if any(name == squashed for name, _id in _name_table(store)):
        return True
    if _COMPANY.fullmatch(word):
        return True  # 메타, 테슬라: a company, whether the store has it as a subject or not
    return len(word) >= 3 and bool(_ORG_SUFFIX.search(word)) and not word.endswith(("부", "사"))


def fact_words(store: Store, fact: Fact) -> str:
    """Everything a fact says: its texts, quotes, note, tags, and the names of its subject
    and actor. Whether a word of a sentence is in it tells what the fact covers."""
    texts = _said_texts(fact) + list(fact.tags)
    if fact.note:
        texts.append(fact.note)
    for who in (fact.subject, getattr(fact, "actor", None)):
        subject = store.subjects.get(who) if who else None
        if subject is not None:
            texts += subject.names
    return " ".join(texts)


# Who gives and who receives: the party before 에게서/로부터 gives to the subject, the party
# before 에게 receives from it (English: received ... from X, gave ... to X). The Korean two
# serve transfer_objection too, which reads the last words of each party.
_FROM_WIDE_KO = rx.compile(
    r"((?:[가-힣A-Za-z]+\s+){0,3}?[가-힣A-Za-z]+?)(?:으로부터|로부터|에게서|한테서)(?![가-힣])"
)
_TO_WIDE_KO = rx.compile(r"((?:[가-힣A-Za-z]+\s+){0,3}?[가-힣A-Za-z]+?)(?:에게|한테)(?![가-힣서])")
_FROM_WIDE_EN = rx.compile(
    r"\b(?:receiv(?:ed|es)|got|accepted|inherited)\b[^.]{0,60}?\bfrom\s+((?:[A-Z][\w.'’-]*\s*){1,4})"
)
_TO_WIDE_EN = rx.compile(
    r"\b(?:gave|handed|presented|donated|gifted|transferred)\b[^.]{0,60}?\bto\s+"
    r"((?:(?:his|her|their|the)\s+)?(?:[A-Za-z][\w.'’-]*\s*){1,3})"
)
# "gave him 100 million won": the receiver right after the verb, without "to".
_TO_DOUBLE_EN = rx.compile(
    r"\b(?:gave|handed|presented|gifted|transferred|sent|paid)\s+"
    r"(him|her|them|(?:(?:his|her|their|the)\s+)?[A-Za-z][\w'’-]*)\s+"
    r"(?=(?:a|an|the|some|about|around|\d|[A-Z]?\w*\s*won\b))"
)
_PRONOUN_PARTY = frozenset(["him", "her", "them", "그", "그녀", "그에게", "그녀에게"])
# The verb of receiving, in the few words after 에게 (임명장을 받았다, 꽃다발을 건네받았다).
_RECEIVED = rx.compile(r"[^.。]{0,24}?받(?:았|은|고|아|는|을|다)")
_KIN = rx.compile(
    r"자녀|장녀|차녀|딸|아들|장남|차남|자식|(?i:\b(?:daughters?|sons?|child|children)\b)"
)
# A child's parent named as such (딸이 아버지에게): whoever the child is the child of.
_PARENT_WORD = rx.compile(
    r"아버지|어머니|부친|모친|아빠|엄마|(?i:\b(?:father|mother|dad|mom|mum)\b)"
)
_PARTY_TITLES = frozenset(
    [
        "장관",
        "위원장",
        "원장",
        "후보자",
        "대표",
        "수석",
        "실장",
        "차관",
        "회장",
        "총장",
        "교수",
        "의원",
        "대통령",
        "씨",
        "님",
    ]
)


def _gift_parties(text: str, actor: str | None) -> list[tuple[str, str]]:
    """(giver, receiver) phrases a text states, with `actor` as its grammatical subject."""
    if not actor:
        return []
    out = []
    for pattern, actor_gives in (
        (_FROM_WIDE_KO, False),
        (_FROM_WIDE_EN, False),
        (_TO_WIDE_KO, True),
        (_TO_WIDE_EN, True),
        (_TO_DOUBLE_EN, True),
    ):
        for m in pattern.finditer(text):
            other = m.group(1).strip()
            if pattern is _TO_WIDE_KO and _RECEIVED.match(text, m.end(), m.end() + 40):
                gives = False  # 대통령에게 임명장을 받았다: 에게 with 받다 is from whom
            else:
                gives = actor_gives
            out.append((actor, other) if gives else (other, actor))
    return out


def _same_party(store: Store, a: str, b: str) -> bool:
    """Two phrases name the same party: one subject, a child both, or a name in both."""
    if _KIN.search(a) and _KIN.search(b):
        return True
    ra, rb = resolve(store, a), resolve(store, b)
    if ra is not None and rb is not None:
        return ra == rb
    if _KIN.search(a) or _KIN.search(b):
        return False
    words = [w for w in re.findall(r"[가-힣]{2,}|[A-Za-z]{3,}", a) if w not in _PARTY_TITLES]
    squashed = _squash(b)
    return any(strip_particle(w, min_stem=2).lower() in squashed for w in words)


def _party(phrase: str) -> str:
    """A party's phrase without the words before it (낸 입장문에서 자녀: 자녀)."""
    words = phrase.split()
    while len(words) > 1 and (
        len(words[0]) == 1
        or re.search(r"\d", words[0])
        or re.search(r"(?:에서|은|는|이|가|을|를)$", words[0])
    ):
        words.pop(0)
    return " ".join(words)


def same_gift(store: Store, analysis: Analysis, fact: Fact) -> bool:
    """The sentence names the fact's giver and receiver on the same sides (정현석이 배 장관에게
    건넸다, where the minister received it from 정현석: the one gift told from the other side),
    and nowhere the other way round (swap_objection's case)."""
    if not analysis.actor or not analysis.actor_span:
        return False
    start, end = analysis.actor_span
    mine = _gift_parties(analysis.text, analysis.text[start:end])
    same = False
    for text in (fact.statement, *(r.quote for r in fact.sources)) if mine else ():
        theirs = _gift_parties(text, analyze_sentence(text).actor) if text else []
        for giver, receiver in mine:
            if giver.lower() in _PRONOUN_PARTY or receiver.lower() in _PRONOUN_PARTY:
                continue
            for their_giver, their_receiver in theirs:
                if _same_party(store, giver, their_receiver) and _same_party(
                    store, receiver, their_giver
                ):
                    return False
                same = same or (
                    _same_party(store, giver, their_giver)
                    and _same_party(store, receiver, their_receiver)
                )
    return same


# A recipient named (에게, to him): whose side it is, weighed by swap_objection's parties;
# or a giving in the passive (was handed, 수여됐다), which its subject receives.
_RECIPIENT = rx.compile(
    r"에게|한테|께\s|수여됐|수여받|(?i:\bto\s+(?:him|her|them|[A-Z])|"
    r"\b(?:was|were|been|being|is|are)\s+(?:\w+\s+)?(?:handed|given|presented|awarded|granted)\b)"
)


def _statement_events(fact: Fact, *, english: bool = True) -> set[str]:
    """What happened, by the verbs of the fact's statements (check.py's _fact_events, which
    this module cannot import: check imports it)."""
    return {
        e
        for text in (fact.statement, fact.statement_en if english else None)
        if text
        for c in analyze_sentence(text).clauses
        for e in c.events
    }


def _side_objection(store: Store, analysis: Analysis, fact: Fact) -> Objection | None:
    """The fact's subject received it and the sentence has them give it (배경훈은 훈장을 줬다,
    where he received it), or the other way round, with no other party named."""
    if _RECIPIENT.search(analysis.text) or resolve(store, analysis.actor or "") != fact.subject:
        return None
    mine = {e for c in analysis.clauses for e in c.events}
    # (the Korean statement's verbs only: an English passive, "was awarded", reads as giving)
    theirs = _statement_events(fact, english=False)
    for put, said in (("give", "receive"), ("receive", "give")):
        if put in mine and said not in mine and said in theirs and put not in theirs:
            subject = store.subjects.get(fact.subject)
            who = (
                (subject.name if analysis.korean else subject.name_en) if subject else fact.subject
            )
            verbs = {"receive": "received", "give": "gave"}
            return Objection(
                "direction", f"the source says {who} {verbs[said]} it; the sentence, {verbs[put]}"
            )
    return None


def swap_objection(store: Store, analysis: Analysis, fact: Fact) -> Objection | None:
    """Giver and receiver swapped: 정현석 위원장이 배 장관에게서 꽃다발을 받았다, where the
    minister received it from 정현석; 장녀가 배 장관에게 1억 원을 증여했다, where he gave it."""
    if not analysis.actor or not analysis.actor_span:
        return None
    side = _side_objection(store, analysis, fact)
    if side is not None:
        return side
    start, end = analysis.actor_span
    phrase = analysis.text[start:end]
    owned = re.match(r"(?:'s|’s)?\s+([a-z]+)", analysis.text[end:])
    if owned and (phrase.endswith(("'s", "’s")) or owned.group().startswith(("'", "’"))):
        phrase = f"{phrase.removesuffix('’s').removesuffix(chr(39) + 's')}'s {owned.group(1)}"
        # Bae's daughter: the daughter, not Bae
    mine = _gift_parties(analysis.text, phrase)
    if not mine:
        return None
    for text in (fact.statement, *(r.quote for r in fact.sources)):
        if not text:
            continue
        theirs = _gift_parties(text, analyze_sentence(text).actor)
        for giver, receiver in mine:
            for their_giver, their_receiver in theirs:
                # A pronoun (gave him) is whoever the source has on that side.
                if (
                    (giver.lower() in _PRONOUN_PARTY or _same_party(store, giver, their_receiver))
                    and (
                        receiver.lower() in _PRONOUN_PARTY
                        or _same_party(store, receiver, their_giver)
                        # (the daughter gave her father: the father is who gave to her)
                        or (
                            _PARENT_WORD.search(receiver) is not None
                            and _KIN.search(giver) is not None
                            and resolve(store, their_giver) is not None
                        )
                    )
                    and not (giver.lower() in _PRONOUN_PARTY and receiver.lower() in _PRONOUN_PARTY)
                ):
                    return Objection(
                        "direction",
                        f"the source says {_party(their_giver)} gave and"
                        f" {_party(their_receiver)} received",
                    )
    return None


_PERSONAL = rx.compile(r"(?i:\b(?:he|she|his|her)\b)|(?<![가-힣])(?:그|그녀)(?:은|는|이|가|의)\s")
_IMPERSONAL = rx.compile(r"(?i:\b(?:it|its)\b)")


_HE = rx.compile(r"(?i:\b(?:he|his|him)\b)|(?<![가-힣])그(?:는|가|의|도)\s")
_HIS_KIN = rx.compile(
    r"(?i:\b(?:his|her)\s+(?:eldest\s+|elder\s+|only\s+)?(daughter|wife|spouse|parents|son)\b)"
    r"|(?<![가-힣])그(?:의|녀의)\s*(장녀|딸|아내|배우자|부모|아들)"
)
# Relatives "he" (그는) cannot be: a daughter, a wife, his parents (they).
_HERS = rx.compile(r"장녀|딸|아내|부인|배우자|부모|(?i:daughter|wife|spouse|parents)")


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


# Companies a Korean sentence names in Hangul, with no suffix that says so (엔비디아는).
_COMPANY = rx.compile(
    r"엔비디아|구글|오픈AI|오픈에이아이|마이크로소프트|메타|애플|아마존|딥시크|네이버|카카오|"
    r"삼성전자|삼성|SK하이닉스|하이닉스|현대차|현대자동차|KT|SK텔레콤|퀄컴|인텔|AMD|테슬라|"
    r"화웨이|알리바바|바이두|텐센트|앤트로픽|업스테이지|코난테크놀로지|솔트룩스"
)


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
_INNER_SUBJECT = rx.compile(r"(?<![가-힣])([가-힣A-Za-z][가-힣A-Za-z0-9]*?)(?:이|가)\s")
_INNER_VERB = rx.compile(
    r"[가-힣]{2,}(?:하기|되기|한|된|던|하는|되는|하면서|하자)(?:\s*(?:전|직전|뒤|후|이후|이전|무렵|당시)(?:인|의|에|에는)?)?\s"
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
    for m in _INNER_SUBJECT.finditer(text, start, position):
        inner = m
    mine = resolve(store, analysis.actor) if analysis.actor else None
    if inner is None or resolve(store, inner.group(1)) in (None, mine):
        return None
    verb = _INNER_VERB.search(text, position)
    # The clause closes after the value (the verb form leads on), before the sentence ends.
    if verb is None or verb.end() >= len(text.rstrip(". ")):
        return None
    return inner.group(1)


def speaker_objection(store: Store, analysis: Analysis, fact: Fact) -> Objection | None:
    """Words the sentence gives one person (Ha Jung-woo described ...) where the fact tells of
    no saying of theirs and names another person acting in it (강훈식 비서실장이 … 이름을
    들었다): whose words they were is wrong."""
    said = any("say" in c.events for c in analysis.clauses)
    if not said or not analysis.actor or getattr(fact, "actor", None):
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


# A person named with a title (윤석열 대통령, 김철수 장관): a name, though no capital shows it.
_TITLED_PERSON = rx.compile(
    r"(?:^|\s)([가-힣]{2,4})\s+(?:전\s*)?(?:대통령|국무총리|총리|장관|차관|비서실장|실장|수석|"
    r"위원장|의원|청장|원장|회장|사장|대표)$"
)


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
    if position is not None:
        own = analysis.clause_at(position).subject
        if own and not _AMOUNT_SUBJECT.fullmatch(own.strip()):
            phrase = own  # (금액은 10만1000원이다: the amount of what the sentence's subject did)
        elif analysis.korean:
            phrase = _embedded_subject(store, analysis, position) or phrase
    who = resolve(store, phrase) if phrase else context if analysis.pronoun else None
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
        return Objection(
            "actor",
            f"the source says this of {nominee}, not {phrase or 'the subject'}",
            found=phrase or "the subject",
            expected=nominee,
            start=analysis.actor_span[0] if analysis.actor_span else 0,
            end=analysis.actor_span[1] if analysis.actor_span else 0,
        )
    if who is not None:
        if _only_spoke(store, who, fact, analysis):
            pass  # the fact has them speak of its subject's event, not take part in it
        elif who in _agents(store, fact) and not _acted_on(store, who, fact, analysis, phrase):
            return None
        subject = store.subjects.get(who)
        # A generic alias ("the ministry") says nothing of which ministry the fact names.
        named = [n for n in subject.names if not n.lower().startswith("the ")] if subject else []
        if of_theirs(store, who, fact) and not owned_subject(analysis):
            pass  # the fact names them as the owner of its subject (배경훈의 부모): not them
        elif not getattr(fact, "actor", None) and any(
            _squash(n) in _squash(t) for n in named for t in _fact_texts(fact) if n
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
                any(_squash(core) in t for t in squashed) and not _only_acted_on(name, texts)
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
            if not tokens or (
                all(re.search(rf"\b{re.escape(t)}", joined) for t in tokens)
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
        actor_id = fact.subject  # the speaker, said to have done what the subject did
    actor = store.subjects.get(actor_id)
    them = (actor.name if analysis.korean else actor.name_en) if actor else actor_id
    said = phrase or "the subject"
    return Objection(
        "actor",
        f"the source says this of {them}, not {said}",
        found=said,
        expected=them,
        start=analysis.actor_span[0] if analysis.actor_span else 0,
        end=analysis.actor_span[1] if analysis.actor_span else 0,
    )


def fact_certainty(fact: Fact, slot: Value | None = None, *, said: bool = True) -> str:
    """How sure the source is of the value: its curated status, and what the words around
    that value in the statement say (해결하겠다는 의지: planned, whatever the status)."""
    analysis = analyze_sentence(fact.statement) if fact.statement else None
    text_level = "done"
    if slot is not None and slot.role == "stated":
        analysis = None  # the day it was said: the saying is done; its status says the rest
    if analysis is not None and analysis.clauses:
        clause = analysis.clauses[-1]
        for v in analysis.values:
            if slot is not None and _same_value(v, slot):
                clause = analysis.clause_at(v.start)
                break
        # "...하겠다고 말했다": the will is what was said; the saying itself was done. Only a
        # sentence that also reports a saying compares what was said.
        reported = "say" in clause.events and not said
        text_level = "done" if reported else clause.marker or "done"
    # The curated status is of the fact's own value; a value only its text names (the 16
    # affiliates of an investment decided) is as sure as the words around it.
    status = getattr(fact, "status", None) if slot is not None else None
    if status in LEVELS:
        return min(status, text_level, key=lambda c: LEVELS[c])
    return text_level


def clause_certainty(fact: Fact, text: str) -> str:
    """How sure the source is of what `text` (a sentence without a figure) says: the words
    around the statement's clause that shares most of its words (발표됐으며, not the
    앞두고 있다 after it), and the curated status where it is of that clause's kind."""
    from factcli.text.terms import analyze

    analysis = analyze_sentence(fact.statement) if fact.statement else None
    if analysis is None or len(analysis.clauses) < 2:
        return fact_certainty(fact)
    mine = set(analyze(text))
    best = max(analysis.clauses, key=lambda c: len(mine & set(analyze(c.text))))
    return best.marker or "done"


def _owns(fact: Fact, value: Value) -> bool:
    """Whether `value` is the fact's own value (not one its text only names)."""
    if value.date is not None:
        return bool(fact.date) and str(fact.date) == value.date.iso
    own = fact.value
    if value.amount is None or own is None or isinstance(own, (str, bool)):
        return False
    return value.amount == own and (not value.unit or not fact.unit or value.unit == fact.unit)


def _text_certainty(fact: Fact, value: Value) -> str | None:
    """How sure the statement's own words are of one of its values (None: not there)."""
    if not fact.statement:
        return None
    analysis = analyze_sentence(fact.statement)
    for v in analysis.values:
        if _same_value(v, value):
            # What was said is as sure as its own words, reported or not.
            return analysis.clause_at(v.start).marker or "done"
    return None


def _same_value(v: Value, slot: Value) -> bool:
    if v.date is not None and slot.date is not None:
        return v.date.agrees(slot.date)
    return v.amount is not None and v.amount == slot.amount


def _shares_words(text: str, other: str) -> bool:
    """Whether two texts share a content word (two syllables, three Latin letters)."""
    from factcli.text.terms import analyze

    def content(t: str) -> bool:  # AI, LG: too common to tell what was said
        return len(t) >= (2 if is_hangul(t[:1]) else 3) and not t.isdigit()

    mine = {t for t in analyze(text) if content(t)}
    return any(t in mine for t in analyze(other) if content(t))


_PENDING = ("future", "planned", "expected", "considering", "proposed")
# A verb made of a noun, in a form that says it is done (격상됐다, 공개했다, was upgraded).
_DONE_VERB_KO = rx.compile(r"([가-힣]{2,}?)(?:됐|되었|했|하였|시켰)")
_PENDING_EN = rx.compile(
    r"(?i:\b(?:(?:is|are)\s+(?:to|set to|due to|expected to|scheduled to|planned to)|will)"
    r"\s+be\s+([a-z]{4,}ed)\b)"
)
_DONE_VERB_EN = rx.compile(r"(?i:\b(?:was|were|has been|have been|had been)\s+([a-z]{4,}ed)\b)")


def pending_objection(analysis: Analysis, fact: Fact) -> Objection | None:
    """An act the source tells in a clause of its own as still to come (과기부는 부총리 격상을
    앞두고 있다, beside a plan announced on 2025-09-07), which the sentence says is done
    (과기부는 부총리급 부처로 격상됐다): the sentence's value may be right, its tense is not."""
    from factcli.text.terms import analyze

    text = fact.statement if analysis.korean else (fact.statement_en or "")
    if not text:
        return None
    if not analysis.korean:
        # (is to be upgraded, will be raised: an English clause says it in the verb phrase)
        ahead_en = {m.group(1)[:5].lower() for m in _PENDING_EN.finditer(text)}
        for m in _DONE_VERB_EN.finditer(analysis.text):
            if m.group(1)[:5].lower() in ahead_en:
                return Objection("tense", f"the source says it is still to be {m.group(1)}")
        return None
    clauses = analyze_sentence(text).clauses
    if len(clauses) < 2:
        return None  # one clause: its status tells how sure it is (certainty_objection)
    pending = [c for c in clauses if c.certainty in _PENDING]
    if not pending:
        return None
    done_terms = {t for c in clauses if c not in pending for t in analyze(c.text)}
    ahead = {t for c in pending for t in analyze(c.text)} - done_terms
    for clause in analysis.clauses:
        if clause.certainty != "done" or clause.marker:
            continue
        for m in _DONE_VERB_KO.finditer(clause.text):
            if any(t in ahead for t in analyze(m.group(1))):
                return Objection("tense", f"the source says {m.group(1)} is still to come")
    return None


def certainty_objection(
    analysis: Analysis,
    value: Value,
    fact: Fact,
    slot: Value | None = None,
    owners: Sequence[Fact] = (),
) -> Objection | None:
    """The sentence is surer than the source (a plan under consideration written as decided).

    `owners`: other facts the sentence speaks of; one whose own value a fact's text only
    mentions (수요(15만장 정도)의 30%) says how sure that value is.
    """
    clause = analysis.clause_at(value.start)
    claim = clause.certainty
    said = "say" in clause.events
    if slot is None and fact.value is not None and not isinstance(fact.value, str):
        # A value only the fact's text names (수요(15만장 정도)의 30%를 공급하면): its status
        # is not recorded, but the words around it in the statement say how sure it is.
        owner = next((f for f in owners if f is not fact and _owns(f, value)), None)
        source = owner.certainty if owner is not None else _text_certainty(fact, value)
        if source is None or LEVELS[claim] <= LEVELS[source] or claim == "future":
            return None
        return Objection("certainty", f"the source words {value.text} as {source}, not {claim}")
    source = fact_certainty(fact, slot, said=said)
    if (
        said
        and slot is not None
        and slot.date is not None
        and getattr(fact, "stated", None) == slot.text
        and not _REPORTED.search(clause.text)
    ):
        # "He spoke at the launch on that day": the sentence tells only of the saying, which
        # was done, not of what was said (its status is the fact's).
        source = "done"
    if (
        slot is not None
        and slot.role == "stated"
        and isinstance(fact.value, str)
        and not _shares_words(analysis.text, fact.value)
        # (what the sentence reports as said, done where the source plans that act, is weighed)
        and not (
            claim == "done"
            and _REPORTED.search(clause.text)
            and (clause.events - {"say"}) & _statement_events(fact)
        )
    ):
        # Matched on the day it was said only, and saying nothing of what the source says
        # was expected or planned (its value): the sentence claims the saying, not the thing.
        return None
    status = getattr(fact, "status", None)
    if claim == "considering" and status in ("decided", "done") and slot is not None:
        # Understated: an adopted goal written as something only under consideration.
        return Objection("certainty", f"the source says this is {status}, not under consideration")
    if source == "denied" or LEVELS[claim] <= LEVELS[source]:
        return None
    if source in ("expected", "planned") and claim == "future":
        return None  # "will be" for "is expected to be" or "is to be": both look ahead
    scheduled = source in ("planned", "decided") and claim == "done"
    reason = "tense" if scheduled else "certainty"
    words = {
        "considering": "only under consideration",
        "expected": "only expected",
        "proposed": "only proposed",
        "conditional": "only on a condition",
        "alleged": "only alleged",
        "planned": "planned, not yet done",
        "future": "to come, not yet done",
        "decided": "decided, not yet done",
    }
    return Objection(reason, f"the source says this is {words.get(source, source)}")


# What was said, reported inside the sentence: ~다고/라고/겠다고 말했다, said that, promised to.
_REPORTED = rx.compile(
    r"[다라자냐]고\s|[다라]며\s|겠다는|(?i:\b(?:said|told|stated|promised|pledged|vowed|noted)\b"
    r"(?:\s+\w+){0,2}?\s+(?:that|to|it|he|she|they|the|a|an)\b)"
)


# Words that say opposite things of the same quantity; a sentence using one where its source
# uses the other turns the meaning round (최소한도 for 최대한도, 늦어도 for 이르면).
_OPPOSITES = (
    ("최대", "최소"),
    ("이상", "이하"),
    ("이르면", "늦어도"),
    ("에 달", "에 못 미"),
    ("에 달", "에 미치지 못"),
    ("에 달", "에 미달"),
    ("웃돌", "밑돌"),
    ("상회", "하회"),
    ("증가", "감소"),
    ("상향", "하향"),
    ("늘리", "줄이"),
    ("흑자", "적자"),
    ("넘었", "밑돌"),
    ("넘었", "못 미쳤"),
    ("maximum", "minimum"),
    ("exceed", "below"),
    ("just before", "just after"),
    ("직전", "직후"),
    ("above", "below"),
    ("more than", "less than"),
    ("at least", "at most"),
    ("at the earliest", "at the latest"),
    ("increase", "decrease"),
    ("raise", "cut"),
    ("인정했", "부인했"),
    ("admitted", "denied"),
)
_EXACTLY = rx.compile(r"정확히|딱\s|꼭\s|(?i:\bexactly\b|\bprecisely\b)")


# Words of a change up, and down (stems: 늘리/늘려/늘린 all hold 늘).
_UP = rx.compile(
    r"상향|늘리|늘려|늘린|늘어|확대|높이|높여|높인|증가|증액|올리|올려|올린|끌어올|"
    r"(?i:\b(?:rais(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|expand(?:s|ed|ing)?|boost(?:s|ed|ing)?|"
    r"lift(?:s|ed|ing)?)\b)"
)
_DOWN = rx.compile(
    r"하향|줄이|줄여|줄인|줄어|축소|낮추|낮춰|낮춘|감소|감액|삭감|내리|내려|내린|제한|묶|"
    # (capped at 6억 원: held down, where a sentence says raised to it)
    r"(?i:\b(?:cut(?:s|ting)?|reduc(?:e|es|ed|ing)|lower(?:s|ed|ing)?|decreas(?:e|es|ed|ing)|"
    # (not "the cap", "its cap": the limit itself, which may be raised)
    r"capp(?:ed|ing)|(?<!\bthe )(?<!\bits )(?<!\ba )caps?|restrict(?:s|ed|ing)?|"
    r"shr[iu]nk(?:s|ing)?|scal(?:e|es|ed|ing) back)\b)"
)


# Words of a time moved later, and earlier (유예하겠다 against 앞당기겠다).
_LATER = rx.compile(
    r"유예|미루|미뤄|미룬|미뤘|늦추|늦춰|늦춘|연기(?:하|했|한|할|된|됐|될|돼)|"
    r"(?i:\b(?:postpon(?:e|es|ed|ing)|defer(?:s|red|ring)?|delay(?:s|ed|ing)?|"
    r"put(?:s|ting)? off|push(?:es|ed|ing)? back)\b)"
)
_EARLIER = rx.compile(
    r"앞당기|앞당겨|앞당긴|앞당겼|"
    r"(?i:\b(?:br(?:ing|ings|ought) forward|mov(?:e|es|ed|ing) up|advanc(?:e|es|ed|ing) the)\b)"
)
_AXES = ((_UP, _DOWN), (_LATER, _EARLIER))


def _direction(text: str) -> str | None:
    """ "up" or "down" when a text speaks of a change one way only."""
    up, down = bool(_UP.search(text)), bool(_DOWN.search(text))
    return "up" if up and not down else "down" if down and not up else None


def related_direction_objection(
    analysis: Analysis, supporters: list[Fact], related: list[Fact]
) -> Objection | None:
    """A change the supporting facts do not speak of, said the other way than a related fact
    says it (the 2028 goal 'to be lowered', where the source says the goal will be raised)."""
    said = _direction(analysis.text.lower())
    if said is None:
        return None
    ids = {f.id for f in supporters}
    if any(_direction(" ".join(_said_texts(f)).lower()) for f in supporters):
        return None  # the supporters speak of the change themselves: opposite_objection
    for fact in related:
        if fact.id in ids:
            continue
        theirs = _direction(" ".join(_said_texts(fact)).lower())
        if theirs is not None and theirs != said:
            word = "raised" if theirs == "up" else "lowered"
            return Objection("direction", f"the source says it is to be {word} ({fact.id})")
    return None


_EXCLUDED_KO = rx.compile(r"([가-힣]{2,}?)(?:을|를)?\s*(?:제외한|제외하고|제외|뺀|빼고)")
_EXCLUDED_EN = rx.compile(
    r"\b(?:excluding|except(?:\s+for)?|other\s+than|apart\s+from)\s+((?:[a-z-]+\s+){0,2}[a-z-]+)",
    re.IGNORECASE,
)
_EXCLUDING = rx.compile(
    r"제외|뺀|빼고|외의|말고|(?i:\b(?:excluding|except|other than|apart from|not|besides)\b)"
)


def exclusion_objection(analysis: Analysis, facts: list[Fact]) -> Objection | None:
    """A group the source leaves out, written as the one meant (GPUs large companies need,
    where the source counts those of smaller firms and academia, 대기업을 제외한)."""
    claim = analysis.text
    if _EXCLUDING.search(claim):
        return None
    lowered = claim.lower()
    for fact in facts:
        for text in _said_texts(fact):
            for m in _EXCLUDED_KO.finditer(text):
                if m.group(1) in claim:
                    return Objection(
                        "relation", f"the source leaves {m.group(1)} out: {m.group(0)} ({fact.id})"
                    )
            for m in _EXCLUDED_EN.finditer(text):
                words = [w for w in m.group(1).lower().split() if len(w) >= 4]
                if any(re.search(rf"\b{re.escape(w)}", lowered) for w in words):
                    return Objection(
                        "relation", f"the source leaves them out: {m.group(0)} ({fact.id})"
                    )
    return None


# Words comparing one figure with another: more (넘었다, exceeded), or no more (이하, within).
_MORE_THAN = rx.compile(
    r"넘|초과|웃돌|상회|(?i:\bexceed(?:s|ed|ing)?\b|\babove\b|\bover\b|\bmore than\b|"
    r"\bhigher than\b|\btopp(?:ed|ing)\b)"
)
_NO_MORE_THAN = rx.compile(
    r"이하|미만|밑돌|하회|못\s*미|미치지\s*못|(?i:\bwithin\b|\bbelow\b|\bunder\b|\bless than\b|"
    r"\blower than\b|\bshort of\b)"
)


_LIMIT_WORDS = rx.compile(r"^\s*(?:이하|미만|이상|초과)(?:이라는|라는|인|의|일\s*때)")


def comparison_objection(analysis: Analysis) -> Objection | None:
    """The sentence compares two of its figures the wrong way round (107만 원 within the
    limit of 100만 원): whatever the source, the comparison cannot hold."""
    money = [v for v in analysis.values if v.amount is not None and v.unit is not None]
    if len(money) != 2 or money[0].unit != money[1].unit or money[0].amount == money[1].amount:
        return None
    a, b = money
    if a.amount is None or b.amount is None:
        return None
    bigger = a.amount > b.amount
    between = analysis.text[a.end : b.start]
    clause = analysis.clause_at(b.start)
    # (what describes the limit is no comparison: 100만 원 이하라는 요건을 넘었다)
    after = _LIMIT_WORDS.sub(" ", analysis.text[b.end : max(clause.end, b.end)])
    # English compares between the two (A fell within B); Korean after the second (A로, B를 넘었다).
    words = between if not analysis.korean else between + " " + after
    more = _MORE_THAN.search(words)
    no_more = _NO_MORE_THAN.search(words)
    if bool(more) == bool(no_more):
        return None
    said_more = bool(more)
    if said_more == bigger:
        return None
    way = "more" if bigger else "less"
    return Objection("direction", f"{a.text} is {way} than {b.text}, not as the sentence says")


# A thing the source says was done without (직함 대신, 직함 없이, without titles).
_WITHOUT_KO = rx.compile(
    r"([가-힣]{2,}?)(?:을|를|은|는)?\s*(?:대신|없이|없는|빼고|떼고|뗀|뺀|없앤)"
)
_WITHOUT_EN = rx.compile(
    r"(?i:\b(?:without|instead of|rather than)\s+(?:the\s+|their\s+|his\s+)?([a-z]{3,}))"
)


def without_objection(analysis: Analysis, fact: Fact) -> Objection | None:
    """The sentence has what the source says was done without (직함으로 서로를 부르는 문화, where
    the source says 직함 대신 '님'으로): the other way round."""
    pattern = _WITHOUT_KO if analysis.korean else _WITHOUT_EN
    claim = analysis.text.lower()
    for text in _said_texts(fact):
        for m in pattern.finditer(text.lower()):
            noun = m.group(1)
            if noun not in claim:
                continue
            if any(w.group(1) == noun for w in pattern.finditer(claim)):
                continue  # the sentence says without it too
            return Objection("direction", f"the source says without {noun}, not with it")
    return None


# Which in a series: 초대 원장 and the second head; 첫 and 두 번째.
_ORDINAL_KO = rx.compile(
    r"(초대|첫|처음|최초)|(?:([2-9])|(두|세|네|다섯))\s?(?:번째|대\s?(?:원장|장관|회장|위원장))|(둘째|셋째|넷째)"
)
_ORDINAL_EN = rx.compile(r"(?i:\b(first|inaugural|second|third|fourth|fifth|2nd|3rd|4th|5th)\b)")
_ORDINAL_OF = {
    **dict.fromkeys(("초대", "첫", "처음", "최초", "first", "inaugural"), 1),
    **dict.fromkeys(("두", "둘째", "second", "2nd"), 2),
    **dict.fromkeys(("세", "셋째", "third", "3rd"), 3),
    **dict.fromkeys(("네", "넷째", "fourth", "4th"), 4),
    **dict.fromkeys(("다섯", "fifth"), 5),
}


def _ordinals(text: str, korean: bool) -> set[int]:
    pattern = _ORDINAL_KO if korean else _ORDINAL_EN
    found = set()
    for m in pattern.finditer(text):
        word = next(g for g in m.groups() if g)
        found.add(int(word) if word.isdigit() else _ORDINAL_OF[word.lower()])
    return found


# Words of one kind, each another thing than the others (languages, countries, companies,
# coins; open or closed, online or not, part-time or full-time, Korea's first or the world's):
# a sentence naming one where the source names another, and not the sentence's, says another
# thing. Korean words are found inside words (일본어를), English ones as whole words.
_SIBLING_GROUPS: tuple[tuple[str, ...], ...] = (
    ("한국어", "영어", "일본어", "중국어", "프랑스어", "독일어", "스페인어"),
    ("english", "japanese", "chinese", "french", "german", "spanish", "british", "american"),
    ("프랑스", "독일", "미국", "일본", "중국", "영국"),
    ("france", "germany", "japan", "china", "britain", "the united states"),
    ("all of", "part of", "some of", "half of"),
    ("본회의", "과학기술정보방송통신위", "과방위", "법제사법위", "법사위"),
    ("plenary", "science, ict, broadcasting", "legislation and judiciary"),
    ("삼성전자", "lg전자", "sk하이닉스", "현대차", "네이버", "카카오"),
    ("samsung electronics", "lg electronics", "sk hynix", "hyundai motor", "naver", "kakao"),
    ("비트코인", "이더리움", "리플"),
    ("bitcoin", "ethereum", "ripple"),
    ("오픈소스", "비공개"),
    ("open source", "open-source", "open-sourced", "closed-source", "proprietary"),
    ("온라인", "오프라인"),
    ("online", "offline", "in-person"),
    ("파트타임", "파트 타임", "풀타임", "풀 타임", "전일제"),
    ("part-time", "part time", "full-time", "full time"),
    # posts and their deputies: a vice minister is not the minister
    ("부원장", "원장"),
    ("차관", "장관"),
    ("부위원장", "위원장", "민간위원"),
    ("vice minister", "deputy minister", "minister"),
    ("vice chair", "deputy chair", "chaired", "chair", "civilian member", "member"),
    # the kind of a loan, of a tax
    ("주택담보대출", "주담대", "신용대출"),
    ("mortgage", "credit loan", "personal loan"),
    ("비과세", "과세"),
    ("tax-exempt", "non-taxable", "taxable"),
    # what a model takes in
    ("텍스트 전용", "멀티모달"),
    ("text-only", "multimodal"),
    ("출발점", "종착점"),
    ("starting point", "end point", "final destination", "finish line"),
    ("국내 최초", "세계 최초"),
    ("korea's first", "world's first", "first in korea", "first in the world"),
    ("국내 첫", "세계 첫"),
    ("수도권", "전국"),
    ("capital area", "capital region", "nationwide"),
    ("전량", "일부", "절반"),
    ("잘못", "올바르게", "제대로"),
    ("wrongly", "correctly", "properly"),
    ("대체 복무", "현역"),
    ("alternative service", "alternative military service", "active-duty", "active duty"),
    ("처음", "두 번째", "세 번째", "마지막"),
    ("최초", "두 번째", "세 번째", "마지막"),
    ("the first", "the second", "the third", "the last"),
    ("presidential", "national assembly's", "parliamentary"),
    ("대통령직속", "국회 산하"),
    # what was recognised: images, or speech
    ("영상인식", "영상 인식", "음성인식", "음성 인식"),
    ("image recognition", "vision", "speech recognition", "voice recognition"),
    # enough, or short of it
    ("충분", "부족", "모자라", "모자랐"),
    ("enough", "sufficient", "not enough", "insufficient", "short of", "lacked", "lacking"),
    # when, in words: the end of this year, next year, next month
    ("연말", "올해 말", "내년", "다음 달", "다음달", "내달"),
    ("year-end", "end of the year", "end of this year", "next year", "next month"),
    # kept, or done away with
    ("유지", "두겠", "없애", "폐지", "철폐"),
    ("keep", "keeping", "kept", "scrap", "scrapping", "scrapped", "abolish", "abolishing"),
    # the only one, or all of them
    ("유일한", "유일하게", "뿐이다", "뿐인", "전반", "모든", "모두"),
    ("the only", "all of its", "across the group", "throughout"),
    # ranks of a company's officers, in English as the store and writers render them
    ("상무", "전무", "부사장", "사장", "연구위원"),
    (
        "executive vice president",
        "senior vice president",
        "senior managing director",
        "vice president",
        "managing director",
        "executive director",
        "research fellow",
        "sangmu",
        "jeonmu",
    ),
    # joined into one, or split apart
    ("합친", "합쳐", "통합", "분리", "나눈", "나눠"),
    (
        "combined",
        "combines",
        "combining",
        "merged",
        "merges",
        "unified",
        "split",
        "splits",
        "separated",
        "separates",
    ),
    ("첫 번째", "두 번째", "세 번째"),
)
# (some belong together: 파트 타임 is 파트타임; the world's first is not Korea's)
_SAME_SIBLING = {
    "영상 인식": "영상인식",
    "음성 인식": "음성인식",
    "vision": "image recognition",
    "voice recognition": "speech recognition",
    "풀 타임": "풀타임",
    "part time": "part-time",
    "full time": "full-time",
    "deputy minister": "vice minister",
    "deputy chair": "vice chair",
    "chaired": "chair",
    "civilian member": "member",
    "주담대": "주택담보대출",
    "personal loan": "credit loan",
    "non-taxable": "tax-exempt",
    "open-sourced": "open source",
    **dict.fromkeys(("모자라", "모자랐"), "부족"),
    "sufficient": "enough",
    **dict.fromkeys(("not enough", "short of", "lacked", "lacking"), "insufficient"),
    "올해 말": "연말",
    **dict.fromkeys(("다음달", "내달"), "다음 달"),
    **dict.fromkeys(("end of the year", "end of this year"), "year-end"),
    "두겠": "유지",
    **dict.fromkeys(("폐지", "철폐"), "없애"),
    **dict.fromkeys(("keeping", "kept"), "keep"),
    **dict.fromkeys(("scrapping", "scrapped", "abolish", "abolishing"), "scrap"),
    **dict.fromkeys(("유일하게", "뿐이다", "뿐인"), "유일한"),
    **dict.fromkeys(("모든", "모두"), "전반"),
    **dict.fromkeys(("across the group", "throughout"), "all of its"),
    **dict.fromkeys(("senior managing director", "jeonmu"), "executive vice president"),
    **dict.fromkeys(("managing director", "executive director", "sangmu"), "vice president"),
    **dict.fromkeys(("합쳐", "통합"), "합친"),
    "나눠": "분리",
    "나눈": "분리",
    **dict.fromkeys(("combines", "combining", "merged", "merges", "unified"), "combined"),
    **dict.fromkeys(("splits", "separated", "separates"), "split"),
    "과방위": "과학기술정보방송통신위",
    "법사위": "법제사법위",
    "파트 타임": "파트타임",
    "open-source": "open source",
    "active duty": "active-duty",
    "capital region": "capital area",
    "alternative military service": "alternative service",
}


def _has_word(text: str, word: str) -> bool:
    if word.isascii():
        return re.search(rf"(?<![a-z]){re.escape(word)}(?![a-z])", text) is not None
    return word in text


@functools.lru_cache(maxsize=1 << 12)
def _words_of(text: str, group: tuple[str, ...]) -> frozenset[str]:
    """The group's words in a text, as the canonical words they stand for; a longer word is
    read first and its span left out (vice president inside executive vice president).

    Kept: a sentence's words are looked for again with each fact it is weighed against."""
    out = set()
    for word in sorted(group, key=len, reverse=True):
        if _has_word(text, word):
            out.add(_SAME_SIBLING.get(word, word))
            text = text.replace(word, " ")
    return frozenset(out)


# What a thing is made for (추론 작업에 특화된, specialised in reasoning).
_SPECIALTY_KO = rx.compile(r"((?:[가-힣·]+\s+){0,2}?[가-힣·]+?)(?:\s*작업|\s*분야)?에?\s*특화")
_SPECIALTY_EN = rx.compile(
    r"(?i:\bspeciali[sz](?:ed|es|ing)\s+(?:in|for)\s+((?:[a-z-]+\s+){0,2}[a-z-]+))"
)


def _specialties(text: str) -> set[str]:
    out: set[str] = set()
    for pattern in (_SPECIALTY_KO, _SPECIALTY_EN):
        for m in pattern.finditer(text):
            out.update(w for w in re.split(r"[\s·,]+", m.group(1).lower()) if len(w) >= 2)
    return out - {"작업", "분야", "and", "the", "tasks", "task", "such", "like"}


def specialty_objection(analysis: Analysis, fact: Fact) -> Objection | None:
    """What the sentence says a thing is specialised in, where the source says another thing
    (이미지 생성 특화, where the source has 추론 작업에 특화)."""
    mine = _specialties(analysis.text)
    if not mine:
        return None
    # (compared in the sentence's script: the source's English words for an English sentence)
    theirs = {
        w
        for text in _said_texts(fact)
        for w in _specialties(text)
        if w.isascii() != analysis.korean
    }
    if not theirs or any(a in b or b in a for a in mine for b in theirs):
        return None
    return Objection("relation", f"the source says it is specialised in {' '.join(sorted(theirs))}")


def sibling_objection(analysis: Analysis, fact: Fact) -> Objection | None:
    """A word of a kind put for the source's other word of that kind (일본어 for 영어, LG전자
    for 삼성전자, 비공개 for 오픈소스, full-time for part-time)."""
    claim = analysis.text.lower()
    source = " ".join(_said_texts(fact)).lower()
    for group in _SIBLING_GROUPS:
        said = _words_of(claim, group)
        if not said:
            continue
        theirs = _words_of(source, group)
        extra, missing = said - theirs, theirs - said
        if not extra or not missing:
            continue  # (the sentence names the source's one too, or names none it lacks)
        word = next(
            w
            for w in sorted(group, key=len, reverse=True)
            if _SAME_SIBLING.get(w, w) in extra and _has_word(claim, w)
        )
        expected = next(w for w in group if _SAME_SIBLING.get(w, w) in missing)
        at = analysis.text.lower().find(word)
        return Objection(
            "value",
            f"{word} should be {expected}",
            found=analysis.text[at : at + len(word)],
            expected=expected,
            start=at,
            end=at + len(word),
            fact=fact.id,
        )
    return None


# The largest or smallest of several (가장 작은 모델, the largest model): the figure must be
# that one of the figures the source lists together. (Not 최대/최소: bounds, up to, at least.)
_EXTREME = rx.compile(
    r"(?P<max>가장\s*(?:큰|많은|높은|무거운))|(?P<min>가장\s*(?:작은|적은|낮은|가벼운))"
    r"|(?i:\b(?P<maxe>largest|biggest|heaviest|highest)\b|\b(?P<mine>smallest|lightest|lowest|tiniest)\b)"
)


def extreme_objection(analysis: Analysis, value: Value, fact: Fact) -> Objection | None:
    """The largest (or smallest) said of a figure the source lists beside a larger (smaller)
    one of the same kind (가장 작은 모델은 32B, of 2.4B, 7.8B and 32B)."""
    if value.amount is None:
        return None
    m = _EXTREME.search(analysis.clause_at(value.start).text)
    if m is None:
        return None
    largest = bool(m.group("max") or m.group("maxe"))
    for text in _said_texts(fact):
        listed = [
            v.amount
            for v in analyze_sentence(text).values
            if v.amount is not None and v.family == value.family and v.unit == value.unit
        ]
        if len(listed) < 2 or value.amount not in listed:
            continue
        best = max(listed) if largest else min(listed)
        if value.amount != best:
            word, other = ("largest", "larger") if largest else ("smallest", "smaller")
            return Objection(
                "relation", f"not the {word}: the source lists {value.text} beside a {other} one"
            )
    return None


# Kin words that say which one: a son is not the daughter the source speaks of. (부인 is
# also a denial: 부인했다, 부인한.)
_KIN_SEX = rx.compile(
    r"(?P<m>장남|차남|외아들|아들|아버지|부친|남편)"
    r"|(?P<f>장녀|차녀|외동딸|딸|어머니|모친|아내|부인(?![했하한할해]))"
    r"|(?i:\b(?P<me>sons?|father|husband)\b|\b(?P<fe>daughters?|mother|wife)\b)"
)
_KIN_OF = {
    **dict.fromkeys(("장남", "차남", "외아들", "아들", "son", "sons"), "child"),
    **dict.fromkeys(("장녀", "차녀", "외동딸", "딸", "daughter", "daughters"), "child"),
    **dict.fromkeys(("아버지", "부친", "father", "어머니", "모친", "mother"), "parent"),
    **dict.fromkeys(("남편", "husband", "아내", "부인", "wife"), "spouse"),
}


def _kin_words(text: str) -> list[tuple[str, str, str, int]]:
    """(word, relation, sex, position) of each kin word that tells a sex."""
    out = []
    for m in _KIN_SEX.finditer(text):
        word = m.group().lower()
        sex = "m" if (m.group("m") or m.group("me")) else "f"
        out.append((m.group(), _KIN_OF[word], sex, m.start()))
    return out


def kin_objection(analysis: Analysis, fact: Fact) -> Objection | None:
    """A relative of the other sex than the source's (아들 for 장녀, son for daughter): another
    person, so the value is not theirs."""
    mine = _kin_words(analysis.text)
    if not mine:
        return None
    theirs = [k for t in _said_texts(fact) for k in _kin_words(t)]
    for word, relation, sex, at in mine:
        same = [k for k in theirs if k[1] == relation]
        if same and not any(k[2] == sex for k in same):
            return Objection(
                "value",
                f"the source speaks of the {same[0][0]}, not the {word}",
                found=word,
                expected=same[0][0],
                start=at,
                end=at + len(word),
                fact=fact.id,
            )
    return None


def ordinal_objection(analysis: Analysis, fact: Fact) -> Objection | None:
    """The sentence puts the fact's thing at another place in its series (the second head of
    LG AI Research, where the source says its first)."""
    korean = analysis.korean
    mine = _ordinals(analysis.text, korean)
    if not mine:
        return None
    texts = [fact.statement] if korean else [fact.statement_en or ""]
    if korean:
        texts += [r.quote for r in fact.sources]
    theirs = set().union(*(_ordinals(t, korean) for t in texts))
    if not theirs or mine & theirs:
        return None
    said, put = min(theirs), min(mine)
    return Objection("relation", f"the source says number {said} in its series, not number {put}")


# Whose thing it is: 메타(Meta)의 라마(Llama)3.1, Google's Gemma 2 (a gloss in brackets is
# dropped first).
_OWNED_KO = rx.compile(r"([가-힣A-Za-z]{2,})의\s+([가-힣A-Za-z][가-힣A-Za-z0-9.]*)")
_OWNED_EN = rx.compile(r"\b([A-Z][A-Za-z]+)(?:'s|’s)\s+([A-Z][A-Za-z]*(?:\s?[\d.]+)?)")
_GLOSS = rx.compile(r"\([^()]{1,30}\)")


def _owned_pairs(text: str) -> list[tuple[str, str]]:
    plain = _GLOSS.sub("", text)
    pairs = [(m.group(1), m.group(2)) for m in _OWNED_KO.finditer(plain)]
    pairs += [(m.group(1), m.group(2)) for m in _OWNED_EN.finditer(plain)]
    # (a thing with a version: a model, not a title such as 초대 원장)
    return [
        (a.lower(), re.sub(r"\s", "", b).lower().rstrip("."))
        for a, b in pairs
        if re.search(r"\d", b)
    ]


def owner_objection(analysis: Analysis, fact: Fact) -> Objection | None:
    """Owners swapped: 구글의 라마3.1, where the source says 메타의 라마3.1 and 구글의 젬마2."""
    mine = _owned_pairs(analysis.text)
    if len(mine) < 1:
        return None
    theirs = [p for t in _said_texts(fact) for p in _owned_pairs(t)]
    owners = {a for a, _b in theirs}
    for owner, thing in mine:
        for their_owner, their_thing in theirs:
            if (
                thing == their_thing
                and owner != their_owner
                and owner in owners  # the source names this owner, with another thing
            ):
                return Objection(
                    "relation", f"the source says {their_thing} is {their_owner}'s, not {owner}'s"
                )
    return None


# A figure said of one step only (개발하는 데에만 10년, just to develop it).
_ONLY_FOR = rx.compile(r"데(?:에)?만|(?i:\bjust to\b|\bonly to\b|\balone\b)")
# ... where the source gives it from one step to another (개발 이후 상용화까지, from
# development to commercialisation).
_SPAN_WORDS_KO = rx.compile(r"([가-힣]{2,}?)\s*(?:이후|부터|에서)\s+([가-힣]{2,}?)까지")
_SPAN_WORDS_EN = rx.compile(r"(?i:\bfrom\s+(\w+)\s+(?:to|until|through)\s+(\w+))")


def span_objection(analysis: Analysis, fact: Fact) -> Objection | None:
    """The sentence gives a figure to one step (개발하는 데에만 10년) that the source gives
    from that step to another (개발 이후 상용화까지 10년 정도)."""
    if not _ONLY_FOR.search(analysis.text):
        return None
    pattern = _SPAN_WORDS_KO if analysis.korean else _SPAN_WORDS_EN
    claim = analysis.text.lower()
    for text in _said_texts(fact):
        for m in pattern.finditer(text):
            first, last = m.group(1).lower(), m.group(2).lower()
            if first[:2] in claim and last[:2] not in claim:
                return Objection(
                    "relation", f"the source gives it from {first} to {last}, not for {first} alone"
                )
    return None


# Just before or just after: the order of two events, which a fact about either may tell.
_ORDER_PAIRS = (
    ("직전", "직후"),
    ("just before", "just after"),
    ("shortly before", "shortly after"),
    ("right before", "right after"),
    ("days before", "days after"),
)


def order_objection(analysis: Analysis, facts: Sequence[Fact]) -> Objection | None:
    """Just after, where a fact the sentence speaks of says just before (or the reverse)."""
    claim = analysis.text.lower()
    for a, b in _ORDER_PAIRS:
        for said, meant in ((a, b), (b, a)):
            if said not in claim or meant in claim:
                continue
            for fact in facts:
                source = " ".join(_said_texts(fact)).lower()
                if meant in source and said not in source:
                    return Objection("direction", f"the source says {meant}, not {said}")
    return None


def _given_as(noun: str, said: Value, source: Value, fact: Fact) -> Objection:
    """The sentence's figure for `noun` where the source gives that noun another one."""
    return Objection(
        "value",
        f"the source gives {noun} as {source.text}",
        found=said.text,
        expected=source.text,
        start=said.start,
        end=said.end,
        fact=fact.id,
    )


# Two nouns and their figures "respectively" (예금과 증권으로 각각 1819만 원, 8549만 원).
_RESPECTIVELY_KO = rx.compile(
    r"([가-힣]{2,})(?:과|와)\s*([가-힣]{2,}?)(?:으로|로|이|가|은|는|을|를)?\s*각각"
)


def respectively_objection(analysis: Analysis, fact: Fact) -> Objection | None:
    """The figures of two nouns the source gives "respectively" swapped in the sentence (예금
    8549만 원과 증권 1819만 원, where the deposits are 1819만 원)."""
    if not analysis.korean:
        return None
    for text in _said_texts(fact):
        m = _RESPECTIVELY_KO.search(text)
        if m is None:
            continue
        after = [v for v in analyze_sentence(text).values if v.start >= m.end() and v.amount]
        if len(after) < 2:
            continue
        theirs = {m.group(1): after[0], m.group(2): after[1]}
        for noun, value in theirs.items():
            other = next(v for n, v in theirs.items() if n != noun)
            for mine in analysis.values:
                before = analysis.text[max(0, mine.start - len(noun) - 2) : mine.start]
                if noun in before and _same_value(mine, other) and not _same_value(mine, value):
                    return _given_as(noun, mine, value, fact)
    return None


def opposite_objection(analysis: Analysis, fact: Fact) -> Objection | None:
    """The sentence says maximum where the source says minimum (or the like)."""
    claim = analysis.text.lower()
    source = (
        f"{fact.statement} {fact.statement_en} {' '.join(r.quote for r in fact.sources)}".lower()
    )
    for a, b in _OPPOSITES:
        for said, meant in ((a, b), (b, a)):
            if said in claim and meant not in claim and meant in source and said not in source:
                return Objection(
                    "direction",
                    f"the source says {_words_at(source, meant)}, not {_words_at(claim, said)}",
                )
    # A change said one way where the source says the other, in other words (낮추겠다 for
    # 상향하겠다, cut for expand): each side uses the words of one direction only.
    for one_way, other_way in _AXES:
        ups = [m.group() for m in one_way.finditer(claim)]
        downs = [m.group() for m in other_way.finditer(claim)]
        s_ups = [m.group() for m in one_way.finditer(source)]
        s_downs = [m.group() for m in other_way.finditer(source)]
        for says, other, means, against in (
            (downs, ups, s_ups, s_downs),
            (ups, downs, s_downs, s_ups),
        ):
            if says and not other and means and not against:
                # (the source's word in the sentence's language where it has one)
                mean = next((w for w in means if w.isascii() != analysis.korean), means[0])
                return Objection("direction", f"the source says {mean}, not {says[0]}")
    # What the store records as denied, written as admitted ("acknowledged that he had
    # learned of it" for "said he had no prior knowledge"): the status says the direction
    # even when the source's words are not the sentence's.
    if (
        getattr(fact, "status", None) == "denied"
        and _ADMITTED.search(analysis.text)
        and not _DENIAL.search(analysis.text)
    ):
        return Objection("direction", "the source says this was denied, not admitted")
    return None


_ADMITTED = rx.compile(
    r"인정했|인정하|시인했|시인하|자인했|털어놓|"
    r"(?i:\b(?:acknowledg(?:ed|es|ing)|admit(?:s|ted|ting)?|conced(?:ed|es|ing)|"
    r"confess(?:ed|es|ing)?)\b)"
)


# A figure the sentence puts above or below its value, by the verb after it (100만 원을
# 넘어야, 웃돌았다) or the words before it (more than, exceeds, under).
_ABOVE_AFTER = rx.compile(r"\s*(?:원|달러|명|장|개|%)?\s*(?:을|를|이|가)?\s*(?:넘|초과|웃돌|상회)")
_BELOW_AFTER = rx.compile(
    r"\s*(?:원|달러|명|장|개|%)?\s*(?:을|를|이|가|에)?\s*(?:이하|미만|밑돌|하회|못\s*미치|미치지\s*못)"
)
_CONDITION = rx.compile(r"[가-힣 ]{0,6}?(?:야|면|[을ㄹ할]\s*때|는\s*경우|(?<=[이하])[여어]야)")
_VERB_BELOW = rx.compile(r"밑돌|하회|못\s*미치|미치지\s*못")
_NOT_AFTER = rx.compile(r"[가-힣]{0,3}\s*(?:지\s*않|지\s*못|면\s*안)")
_ABOVE_BEFORE = rx.compile(
    r"\b(?:more than|over|above|exceed(?:s|ed|ing)?|in excess of)\s+(?:about\s+)?$", re.I
)
_BELOW_BEFORE = rx.compile(
    r"\b(?:less than|under|below|at most|up to|no more than|not exceed(?:ing)?)\s+(?:about\s+)?$",
    re.I,
)


def _side(text: str, value: Value) -> str | None:
    """Whether the text puts the quantity above ("min") or below ("max") the figure."""
    if value.bound in ("min", "max"):
        return value.bound
    # A verb after the figure bounds the quantity only in a condition (넘어야, 넘으면, 초과할
    # 때): 107만 원으로 기준인 100만 원을 넘었다 compares two figures, it sets no limit.
    m = _ABOVE_AFTER.match(text, value.end)
    if m and _CONDITION.match(text, m.end()):
        return "max" if _NOT_AFTER.match(text, m.end()) else "min"
    m = _BELOW_AFTER.match(text, value.end)
    if m and (_CONDITION.match(text, m.end()) or not _VERB_BELOW.search(m.group())):
        return "max"
    before = text[max(0, value.start - 40) : value.start]
    if _BELOW_BEFORE.search(before):
        return "max"
    if _ABOVE_BEFORE.search(before):
        return "min"
    return None


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


_IN_NAME_OF = rx.compile(r"([가-힣]{2,})\s*명의(?:로|의)")


# In English: in his own name, in his wife's name, in the name of his daughter.
_IN_NAME_EN = rx.compile(
    r"(?i:\bin\s+(?:his|her|their)\s+(own|wife|spouse|daughter|son|child|parents)(?:'s|’s)?\s+"
    r"names?\b|\bin\s+the\s+names?\s+of\s+(?:his|her)\s+(wife|spouse|daughter|son|child|parents)\b)"
)
_HOLDER_KINDS = {"own": "self", "본인": "self"}


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


def holder_objection(store: Store, analysis: Analysis, fact: Fact) -> Objection | None:
    """In whose name (명의) something is held: the sentence's holder against the fact's (본인
    명의로 소유, 배우자 명의로 돼 있다, in his wife's name)."""
    if not analysis.korean:
        # (only where the holder is the one relative the sentence names: "in his own name,
        # and his wife holds the rest" speaks of two)
        kin = [n for kind, n, _p in analysis.names if kind == "relative"]
        phrases = list(_IN_NAME_EN.finditer(analysis.text))
        if len(phrases) != 1:
            return None
        holder = (phrases[0].group(1) or phrases[0].group(2) or "").lower()
        if len(kin) > (0 if holder == "own" else 1):
            return None
        mine = _holder_kind(analysis.text)
        theirs_kind = next(
            (k for t in (fact.statement_en or "", fact.statement) if (k := _holder_kind(t))), None
        )
        if mine and theirs_kind and mine != theirs_kind:
            words = {"self": "his own", "spouse": "his wife's", "child": "his child's"}
            return Objection(
                "actor", f"the source has it in {words.get(theirs_kind, theirs_kind)} name"
            )
        return None
    titled = _IN_NAME_OF.search(analysis.text)
    claimed = resolve(store, titled.group(1)) if titled else None
    if claimed is None:
        return None
    theirs = None
    for text in (fact.statement, *(r.quote for r in fact.sources)):
        found = _IN_NAME_OF.search(text or "")
        if found:
            own = found.group(1) == "본인" or found.group(1).endswith("본인")
            theirs = fact.subject if own else resolve(store, found.group(1))
            break
    if theirs is None or theirs == claimed:
        return None
    holder = store.subjects.get(theirs)
    name = (holder.name if analysis.korean else holder.name_en) if holder else theirs
    return Objection("actor", f"the source has it in {name}'s name")


def _relative_of(store: Store, analysis: Analysis) -> str | None:
    """The relative an English subject names after its owner (Bae's wife: the spouse)."""
    if analysis.korean or not analysis.actor_span:
        return None
    owned = re.match(
        r"(?:'s|’s)?\s+(?:(?:eldest|elder|only)\s+)?([a-z]+)",
        analysis.text[analysis.actor_span[1] :],
    )
    if not owned or owned.group(1) not in RELATIVES:
        return None
    return resolve(store, owned.group(1))


def reference_objection(
    store: Store, analysis: Analysis, value: Value, fact: Fact, slot: Value | None
) -> Objection | None:
    """A figure a fact names only in parentheses as another's (본인 지분(5분의 3)을 제외한
    나머지, in the spouse's fact), said of the fact's subject (배우자가 5분의 3을 갖고
    있다): the figure belongs to whom the words before the parentheses name."""
    if slot is not None:
        return None
    # Whose it is: the name before 명의 (배우자 명의로 돼 있다), else the sentence's subject.
    titled = _IN_NAME_OF.search(analysis.text)
    who = resolve(store, titled.group(1)) if titled else None
    if who is None and analysis.actor and analysis.actor_span:
        who = _relative_of(store, analysis) or resolve(store, analysis.actor)
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


def bound_objection(analysis: Analysis, value: Value, fact: Fact) -> Objection | None:
    """The sentence puts a limit the other way round: income must exceed 100만 원 where the
    source allows it only at 100만 원 or less."""
    if value.amount is None:
        return None
    mine = _side(analysis.text, value)
    if mine is None:
        return None
    for text in (fact.statement, fact.statement_en, *(r.quote for r in fact.sources)):
        for v in analyze_sentence(text).values if text else ():
            if v.amount == value.amount and v.unit == value.unit:
                theirs = _side(text, v)
                if theirs is not None and theirs != mine:
                    words = {"min": "above", "max": "at or below"}
                    return Objection(
                        "direction",
                        f"the source puts it {words[theirs]} {v.text}, not {words[mine]}",
                    )
    return None


def _words_at(text: str, part: str) -> str:
    """`part` with the rest of the word it ends in (에 달 -> 에 달하는)."""
    at = text.find(part)
    end = at + len(part)
    while end < len(text) and not text[end].isspace() and text[end] not in ".,;":
        end += 1
    return text[at:end].strip()


# Words that keep a figure a bound or a possibility (적어도 1년, 이르면 10월, as early as, or
# more; 될 수 있다, could): said so, a least figure is not said to be exact.
_BOUNDED = rx.compile(
    r"이르면|빠르면|빨라도|최소|적어도|이상|넘게|넘는|수\s*있|가능|"
    r"(?i:\bat least\b|\bas early as\b|\bat the earliest\b|\bor more\b|\bor longer\b|"
    r"\bno earlier than\b|\bminimum\b|\bmore than\b|\bover\b|\bcould\b|\bmay\b|\bmight\b|"
    r"\bearliest\b)"
)


# A rough figure that is also a floor: 2천여억 원, 100명 남짓, a little over 200 billion.
_ODD = rx.compile(
    r"[\d천백만억]여\s*(?:억|만|원|명|개|년)|남짓|넘게|(?i:\ba little over\b|\bmore than\b|\bover\b)"
)


def exactness_objection(
    analysis: Analysis, claim: Value, slot: Value | None, fact: Fact | None = None
) -> Objection | None:
    """ "Exactly" a figure the source gives only as a bound (최소 1년 이상) or roughly (2천여억);
    or a least figure or earliest date said without its bound (과태료를 1년 유예한다, 10월 초
    격상될 예정이다: where the source says at least a year, as early as early October)."""
    if (
        slot is not None
        and fact is not None
        and claim.bound in ("min", "max")
        and slot.approx
        and slot.bound is None
        and claim.amount is not None
        and claim.amount == slot.amount
        # (2천여억, a little over: the source's rough figure is a floor, "more than" holds)
        and not any(_ODD.search(t) for t in _said_texts(fact) if t)
    ):
        # about 10 years said as at least 10 (최소 10년 for 10년 정도): a bound the source
        # does not give
        side = "at least" if claim.bound == "min" else "at most"
        return Objection("range", f"the source says about {claim.text}, not {side} {claim.text}")
    if slot is None or claim.bound or not (slot.bound in ("min", "max") or slot.approx):
        return None
    clause = analysis.clause_at(claim.start).text
    if (
        slot.bound == "min"
        and fact is not None
        # (the source's own words make it a bound; not a bound the store inferred, such as
        # a contract "after" the loan of 6월 10일)
        and any(_BOUNDED.search(t) for t in _said_texts(fact) if t)
        and not _EXACTLY.search(clause)
        and not _BOUNDED.search(clause)
        # (said done, it is the tense that is wrong: weighed after)
        and analysis.clause_at(claim.start).certainty != "done"
    ):
        side = "as early as" if slot.family == "date" else "at least"
        return Objection(
            "range", f"the source gives {claim.text} only as a bound ({side}), not as the figure"
        )
    if not _EXACTLY.search(clause):
        return None
    if slot.bound not in ("min", "max"):
        return Objection("range", "the source gives this figure only roughly, not exactly")
    side = "at least" if slot.bound == "min" else "at most"
    return Objection("range", f"the source says {side} {slot.text}, not exactly")


_NEGATED_VERB = rx.compile(r"([가-힣]+?)지\s*(?:못|않)")


def negated_statement(fact: Fact) -> bool:
    """Whether the fact's (Korean) statement denies something: 알지 못했다, 않았다."""
    return bool(fact.statement) and any(c.negated for c in analyze_sentence(fact.statement).clauses)


def polarity_objection(analysis: Analysis, value: Value, fact: Fact) -> Objection | None:
    """The sentence denies what the source affirms, or affirms the very verb it denies."""
    clause = analysis.clause_at(value.start)
    fact_negated = negated_statement(fact)
    if clause.negated == fact_negated:
        return None
    if fact_negated and not clause.negated:
        # Only when the sentence affirms what the source denies (알았다 for 알지 못했다), not
        # when the source denies something else in passing.
        stems = [m.group(1)[-2:] for m in _NEGATED_VERB.finditer(fact.statement)]
        if not any(stem and stem in clause.text for stem in stems):
            return None
    if clause.negated and not fact_negated:
        # Only when the source affirms the very verb the sentence denies (받지 않았다 for
        # 받았다): "no longer held" is what "had sold" means.
        stems = _negated_stems(clause.text)
        if stems:
            source = _squash(" ".join(_said_texts(fact))).lower()
            # (the very verb, or one of the same meaning: 소유하지 않았다 for 보유, held)
            # ("no longer held" is what "sold" means: a change, not the denial of a holding)
            ceased = _CEASED.search(clause.text) is not None
            same = [
                w.replace(" ", "").lower()
                for s in ([] if ceased else stems)
                for w in group_of(s) or ()
            ]
            if not any(stem in source for stem in [*stems, *same]):
                return None
    said = "denies" if clause.negated else "affirms"
    return Objection("direction", f"the sentence {said} what the source says the other way")


_CEASED = rx.compile(r"더\s*이상|더는|(?i:\bno longer\b|\bany more\b|\banymore\b)")
_NEGATED_EN = rx.compile(
    r"(?i:\b(?:not|n't|never|no longer|failed to|without)\s+"
    r"(?:(?:be|been|being|have|has|had|did|do|does|yet|ever|even|actually|really)\s+)*([a-z]{3,}))"
)
_NEGATED_KO_AFTER = rx.compile(r"(?<![가-힣])(?:못|안)\s*([가-힣]{1,2})")
_DENIAL = rx.compile(r"부인|부정|(?i:\bden(?:y|ies|ied)\b)")


def _negated_stems(clause: str) -> list[str]:
    """The verbs a clause denies, as short stems (받지 않았다 -> 받, has not received ->
    rece); none for a denial (부인했다), whose object is what is denied."""
    if _DENIAL.search(clause):
        return []
    # 합류하지 않았다 -> 합류 (the source says 합류했다), 받지 않았다 -> 받
    verbs = [
        re.sub(r"(?<=[가-힣])(?:하|되)$", "", m.group(1)) for m in _NEGATED_VERB.finditer(clause)
    ]
    stems = [v[-2:] if len(v) > 2 else v for v in verbs]
    stems += [m.group(1)[:1] for m in _NEGATED_KO_AFTER.finditer(clause)]
    stems += [m.group(1).lower()[:4] for m in _NEGATED_EN.finditer(clause)]
    return [s for s in stems if s]


def ongoing_objection(analysis: Analysis, value: Value, fact: Fact) -> Objection | None:
    """The sentence says it still goes on; the source says it ended."""
    if not analysis.clause_at(value.start).ongoing:
        return None
    if fact.end:
        return Objection("tense", f"the source says it ended ({fact.end})")
    # "Still held" what the source says was sold; "still heads" what it says he left.
    events = {e for c in analyze_sentence(fact.statement or "").clauses for e in c.events}
    undone = events & {"sell", "end", "repay"}
    if undone:
        verb = {"sell": "sold", "end": "ended", "repay": "repaid"}[sorted(undone)[0]]
        return Objection("tense", f"the source says it was {verb}")
    return None


def range_objection(claim: Value, slot: Value | None) -> Objection | None:
    """An exact figure for what the source gives only as a range (40억 원대)."""
    if slot is None or slot.bound != "range" or claim.bound is not None or claim.approx:
        return None  # (over 4 billion won: a bound, which the range keeps)
    return Objection(
        "range",
        f"the source gives only a range ({slot.text}), not an exact figure",
        found=claim.text,
        expected=slot.text,
        start=claim.start,
        end=claim.end,
    )


# An organisation's name right before a post in it: 한국소프트웨어산업협회(KOSA) AI정책협력위원장.
_POST_ORG = rx.compile(
    r"(?<![가-힣A-Za-z])((?:[A-Z]{2,}\s?)?[가-힣A-Za-z]{2,}(?:협회|진흥원|연구원|연구소|재단|학회|"
    r"협의회|연합회|공단|공사|위원회|센터))(?:\s*\(\s*[A-Za-z]{2,}\s*\)?)?"
    r"(?:\s*[가-힣A-Za-z]{0,12}?(?:위원장|부회장|회장|원장|소장|이사장|이사|대표|위원|센터장|본부장|단장)"
    r"|장(?![가-힣]{2}))"
)


def _posts(text: str) -> list[tuple[str, str, int, int]]:
    """(organisation, post, start, end) of each post a text names with its organisation."""
    out = []
    for m in _POST_ORG.finditer(text):
        post = re.sub(r"^\s*\([^)]*\)?", "", m.group()[len(m.group(1)) :])
        out.append((m.group(1), post, m.start(1), m.end(1)))
    return out


# The titles of posts, longest first: which post it was (회장 is not the 위원장 of a
# committee; head of NIPA is not its non-executive director). 연구원장 is an institute's head.
_TITLE_KO = rx.compile(
    r"(연구원장|연구소장|비상임이사|사외이사|부위원장|위원장|부회장|회장|부사장|사장|본부장|단장|원장|소장|"
    r"전무|상무|연구위원|책임연구원|수석연구원|연구원|민간위원|이사장|이사|위원|대표|의장)"
)
_TITLE_EN = rx.compile(
    r"(?i:\b(non-executive director|non-standing director|executive vice president|"
    r"senior vice president|vice president|vice chair(?:man|woman|person)?|"
    r"chair(?:man|woman|person)?|president|head|chief|ceo|director|research fellow|"
    r"principal researcher|senior researcher|researcher|civilian member|member|executive)\b)"
)
_TITLE_SAME = {"연구원장": "원장", "연구소장": "소장", "사외이사": "비상임이사"}
# English titles that each name the top of a body: one for another is no error of fact here
_TITLE_TOPS = frozenset(["president", "chair", "chairman", "chairwoman", "chairperson", "head",
                         "chief", "ceo"])  # fmt: skip


def _titles(text: str, korean: bool, skip: tuple[int, int] | None = None) -> set[str]:
    pattern = _TITLE_KO if korean else _TITLE_EN
    found = set()
    for m in pattern.finditer(text):
        if skip and skip[0] <= m.start() < skip[1]:
            continue  # (배경훈 장관은, Minister Bae: who the sentence is about, not the post)
        if m.group(1) in ("연구원", "위원") and m.start() and not text[m.start() - 1].isspace():
            continue  # (LG경제연구원, 국가인공지능위원회: the end of a body's name)
        word = m.group(1) if korean else m.group(1).lower()
        found.add(_TITLE_SAME.get(word, word))
    return found


def title_objection(analysis: Analysis, fact: Fact) -> Objection | None:
    """A post said to be another than the fact's (KOSA 회장, where he chaired its AI policy
    committee; head of NIPA, where he was a non-executive director of its board)."""
    if fact.kind != "position":
        return None
    korean = analysis.korean
    mine = _titles(analysis.text, korean, analysis.actor_span)
    if not mine:
        return None
    texts = [str(fact.value or ""), fact.statement] if korean else [fact.statement_en or ""]
    theirs = set().union(*(_titles(t, korean) for t in texts if t))
    if not theirs or mine & theirs:
        return None
    if not korean and (not mine & _TITLE_TOPS or theirs & _TITLE_TOPS):
        # English titles are the store's translations (상무: executive or vice president):
        # only the top of a body said of one who was not its top is weighed.
        return None
    said = sorted(theirs, key=len)[-1]
    put = sorted(mine, key=len)[-1]
    if korean:
        # the post as the source names it whole (AI정책협력위원장, not 위원장)
        whole = next(
            (m.group() for t in texts for m in re.finditer(rf"[^\s(),]*{re.escape(said)}", t)), said
        )
        said = strip_particle(whole, min_stem=2) if whole != said else said
    return Objection("name", f"{put} should be {said}", put, said)


def post_objection(analysis: Analysis, fact: Fact) -> Objection | None:
    """The fact's post said to be in another organisation than the one it names
    (한국인터넷진흥원 AI정책협력위원장 for the 한국소프트웨어산업협회's)."""
    mine = _posts(analysis.text)
    if not mine:
        return None
    texts = [*_said_texts(fact), str(fact.value or "")]
    theirs = _squash(" ".join([*texts, fact.org or ""]))
    # The fact's organisations with their posts: a position's own, or those its texts name
    # (배경훈 LG AI연구원장은 ... 강연했다).
    orgs = [(fact.org, "")] if fact.kind == "position" and fact.org else []
    orgs += [(org, post) for text in texts for org, post, _s, _e in _posts(text)]
    if not orgs:
        return None
    squashed = _squash(analysis.text)
    for name, post, start, end in mine:
        if _squash(name) in theirs or _squash(post) not in theirs:
            continue  # the fact's organisation, or another post than the fact's
        if re.match(r"[^\s,.]{0,4}\s*출신", analysis.text[end:]) or re.search(
            r"(?i:\bformer(?:ly)?\b)\s*$", analysis.text[max(0, start - 12) : start]
        ):
            continue  # a post held before (센터장 출신, former head of): not the fact's now
        for org, their_post in orgs:
            if _squash(org) in squashed:
                break  # the sentence names the fact's organisation too
            if their_post and _squash(their_post) != _squash(post):
                continue
            return Objection("name", f"{name} should be {org}", name, org, start, end)
    return None


# Words of a post held: an employer named with them is a value too (head of LG AI Research).
_POST_WORDS = rx.compile(
    r"원장|연구위원|상무|전무|부사장|사장|본부장|재직|근무|담당|맡[았아으은는]|일[했하한]|"
    r"(?i:\bhead\b|\bchief\b|\bdirector\b|\bpresident\b|\bexecutive\b|\bvice\s+president\b|"
    r"\bworked\b|\bworking\b|\bin\s+charge\b)"
)


# A post held at the time of what the sentence tells (과기부 장관이던 2023년, LG AI연구원장으로
# 일하던 시기에, as LG AI Research's head in 2023).
_HELD_KO = rx.compile(
    r"((?:[가-힣A-Za-z]+\s){0,2}[가-힣A-Za-z]*(?:장관|원장|위원장|본부장|단장|상무|전무|연구위원|"
    r"연구원|대표|위원|이사))\s*(?:이던|이었던|였던|으로\s*(?:일하던|재직하던|있던|근무하던|재임하던)|"
    r"을\s*맡(?:던|고\s*있던))"
)
_TITLE_OF = rx.compile(r"(장관|원장|위원장|본부장|단장|상무|전무|연구위원|연구원|대표|위원|이사)$")


def held_objection(store: Store, analysis: Analysis) -> Objection | None:
    """A post the sentence says he held at a year the store has him in another: 과기부 장관이던
    2023년, where he became minister in 2025."""
    if not analysis.korean or not ("던" in analysis.text or "맡" in analysis.text):
        return None
    for m in _HELD_KO.finditer(analysis.text):
        clause = analysis.clause_at(m.start())
        years = [
            v.date.year
            for v in analysis.values
            if v.date is not None and v.date.year and clause.start <= v.start < clause.end
        ]
        if len(years) != 1:
            continue
        post = m.group(1).strip()
        title = _TITLE_OF.search(post)
        if title is None:
            continue
        orgs = {name for kind, name, _p in names_of(post) if kind in ("ministry", "employer")}
        words = re.findall(r"[가-힣A-Za-z]{2,}", post[: title.start()])
        held = []
        for fact in store.facts:
            if fact.kind != "position" or not isinstance(fact.value, str) or not fact.start:
                continue
            where = f"{fact.value} {fact.org or ''}"
            theirs = {
                name for kind, name, _p in names_of(where) if kind in ("ministry", "employer")
            }
            if title.group(1) not in fact.value:
                continue
            if orgs and not orgs & theirs:
                continue
            if not orgs and not all(_squash(w) in _squash(where) for w in words):
                continue
            held.append(fact)
        if not held:
            continue
        year = years[0]
        if any(
            int(str(f.start)[:4]) <= year <= (int(str(f.end)[:4]) if f.end else 9999) for f in held
        ):
            continue
        first = min(held, key=lambda f: str(f.start))
        return Objection(
            "relation",
            f"the source has {first.value} from {first.start}"
            + (f" to {first.end}" if first.end else "")
            + f", not in {year}",
        )
    return None


def _employers_by_role(fact: Fact) -> dict[bool, set[str]]:
    """The employers a fact's texts name, by whether they are the one left (True) or not."""
    out: dict[bool, set[str]] = {True: set(), False: set()}
    for text in _said_texts(fact):
        analysis = analyze_sentence(text)
        for kind, name, pos in analysis.names:
            if kind == "employer":
                left_of = analysis.clause_at(pos).end_object or ""
                out[bool(left_of) and _squash(name) in _squash(left_of)].add(name)
    return out


def _wrongly_left(analysis: Analysis, fact: Fact, name: str, pos: int) -> set[str]:
    """The employers the fact says were left, where the sentence has `name` left and the fact
    does not (SK텔레콤을 떠났다, where he left 삼성탈레스 for it in 2011). A post's own
    organisation is the one left when the sentence's year is the post's end, not its start."""
    clause = analysis.clause_at(pos)
    if not clause.end_object:
        return set()
    at = analysis.text.find(clause.end_object)
    if _squash(name) not in _squash(clause.end_object) and not at <= pos < at + len(
        clause.end_object
    ):
        return set()
    left = set(_employers_by_role(fact)[True])
    if not left and fact.org and fact.end and fact.end[:4] != (fact.start or "")[:4]:
        years = {v.date.year for v in analysis.values if v.date is not None}
        if int(fact.end[:4]) in years:
            left = {fact.org}
    mine = _squash(name)
    if not left or any(mine in _squash(e) or _squash(e) in mine for e in left):
        return set()
    return left


def _unheard_of(kind: str, name: str, store: Store | None) -> bool:
    """A model version the store never names anywhere (엑사원 5.0): wrong even in a list
    that names the right ones too."""
    if store is None or not (kind == "model" or kind.startswith("version-")):
        return False
    from factcli.store.index import store_index
    from factcli.text.terms import analyze

    index = store_index(store)
    return not all(index.has(t) for t in analyze(name))


def name_objection(analysis: Analysis, fact: Fact, store: Store | None = None) -> Objection | None:
    """A place, school, award grade, model, employer or giver the fact names otherwise
    (부산 for 서울, KT for SK텔레콤, 산업통상자원부로부터 for 과학기술정보통신부로부터)."""
    post = post_objection(analysis, fact) or title_objection(analysis, fact)
    if post is not None:
        return post
    if not analysis.names:
        return None
    fact_names: dict[str, set[str]] = {}
    texts = _said_texts(fact)
    for text in texts:
        for kind, name, _pos in names_of(text, loose=True):
            fact_names.setdefault(kind, set()).add(name)
    mine: dict[str, set[str]] = {}
    for kind, name, _pos in analysis.names:
        mine.setdefault(kind, set()).add(name)
    squashed = _squash(" ".join(texts))
    for kind, name, pos in analysis.names:
        if kind == "degree":
            continue  # another degree is another thing: see other_degree
        if kind == "asset" and not any(v.family == "money" for v in analysis.values):
            continue  # (배우자는 주식도 신고했다: what else was declared, not another figure's)
        theirs = fact_names.get(kind)
        if kind == "asset":
            # the kind the fact's own figure is of: a quote may list the other kinds beside it
            theirs = {
                n for t in _fact_texts(fact) for k, n, _p in names_of(t, loose=True) if k == kind
            }
        if kind == "building" and len(analysis.clauses) > 1:
            where = analysis.clause_at(pos)
            if not any(where.start <= v.start < where.end for v in analysis.values):
                continue  # where another clause's event was held (취임식은 이튿날 정부세종청사에서)
        left_one = _wrongly_left(analysis, fact, name, pos) if kind == "employer" else None
        if left_one:
            theirs = left_one  # the one he left, where the sentence has him leave the one he joined
        elif (
            not theirs
            or name in theirs
            or (has_hangul(name) and any(_spelled_alike(name, t) for t in theirs))
        ):
            continue
        elif (
            kind == "school-en"
            and not re.match(r"[\w ]*?University\b", analysis.text[pos : pos + 60])
            and any(t.startswith(name + " ") for t in theirs)
        ):
            continue  # Columbia alone may be the fact's Columbia Southern University
        elif (
            mine[kind] & theirs
            and not _unheard_of(kind, name, store)
            # (of two models the fact names, one put for the other: 3.0 to 4.0 for 3.0 to 3.5)
            and not (kind == "model" and theirs - mine[kind])
        ):
            continue  # the sentence names the fact's one too (서울에서 태어나 부산에서 자랐다)
        clause = analysis.clause_at(pos)
        if left_one:
            pass
        elif (
            kind == "employer"
            and not clause.events & {"start", "end"}
            and not _POST_WORDS.search(clause.text)
        ):
            continue  # an employer is a value only of a sentence about joining or leaving
        elif kind == "employer" and clause.end_object:
            # The one left is compared with the one the source says was left, the one joined
            # with the one joined (삼성탈레스를 떠나 2011년 KT로 옮겼다: KT is what is wrong).
            left = _squash(name) in _squash(clause.end_object)
            same_role = _employers_by_role(fact)[left]
            if not same_role or same_role & mine[kind]:
                continue
            theirs = same_role
        if kind == "giver":
            if _squash(name) in squashed:
                continue
            if store is not None:
                who = resolve(store, name)
                if who is not None and any(resolve(store, t) == who for t in theirs):
                    continue
        expected = _display_name(kind, sorted(theirs)[0], analysis.korean)
        found = _span_text(analysis.text, pos)
        if kind == "employer":
            from factcli.text.analysis import _EMPLOYER_RX, EMPLOYERS_EN

            employer = _EMPLOYER_RX.match(analysis.text, pos)
            found = employer.group() if employer else found  # LG AI Research, whole
            if not analysis.korean:
                expected = EMPLOYERS_EN.get(expected, expected)
        versioned = re.match(r"([A-Za-z]+[\s-]?)(\d+(?:\.\d+)?)", analysis.text[pos:])
        if kind.startswith("version-") and versioned:
            found, expected = versioned.group(), versioned.group(1) + expected  # R3 -> R1
        if kind == "field":
            from factcli.text.analysis import _FIELD_RX

            field = _FIELD_RX.match(analysis.text, pos)
            found = field.group() if field else found  # computer science, whole
            if not analysis.korean:
                from factcli.text.analysis import FIELDS

                expected = next(
                    (en for en, ko in FIELDS.items() if ko == sorted(theirs)[0] and en.isascii()),
                    expected,
                )
        if kind == "market":
            from factcli.text.analysis import _MARKET_RX

            market = _MARKET_RX.match(analysis.text, pos)
            found = market.group() if market else found  # New York Stock Exchange, whole
        powers = re.match(r"\d+\s*대\s*강국", analysis.text[pos:])
        if kind == "powers" and powers:
            found = powers.group()
        if kind == "building":
            from factcli.text.analysis import _BUILDING_RX

            building = _BUILDING_RX.match(analysis.text, pos)
            found = building.group() if building else found  # 정부세종청사, whole
        elif found.startswith("정부") and found.endswith("청사"):
            expected = f"정부{expected}청사"  # 정부서울청사 should be 정부세종청사
        elif kind == "giver" and found.endswith(("으로부터", "로부터", "에게서")):
            expected += found[len(name) :]
        return Objection(
            "name", f"{found} should be {expected}", found, expected, pos, pos + len(found)
        )
    return None


def other_degree(analysis: Analysis, fact: Fact) -> bool:
    """The sentence is about one degree and the fact about others only (a bachelor's and the
    master's): the fact speaks neither for nor against it."""
    mine = {name for kind, name, _pos in analysis.names if kind == "degree"}
    if not mine:
        return False
    # The fact's texts are analysed once (analyze_sentence is memoized, and its readings kept
    # in the cache), not scanned again for every sentence weighed against them.
    theirs = {
        name
        for text in (fact.statement, fact.statement_en)
        if text
        for kind, name, _pos in analyze_sentence(text).names
        if kind == "degree"
    }
    return bool(theirs) and not mine & theirs


def _spelled_alike(a: str, b: str) -> bool:
    """스탠포드 and 스탠퍼드: one name in two transcriptions (jamo nearly the same)."""
    from rapidfuzz.distance import Levenshtein

    from factcli.text.korean import disassemble

    ja, jb = disassemble(a), disassemble(b)
    return len(ja) >= 4 and Levenshtein.distance(ja, jb) <= max(1, len(ja) // 8)


_DONE_AFTER = rx.compile(r"(?:했|하였|됐|되었|된\s)")
_INTENDED_AFTER = rx.compile(r"(?:하겠|할\s|하기로|하려|하고자|할 계획|하는 것)")
_CONSIDERED_AFTER = rx.compile(r"(?:하는|할)\s*(?:방안|방법)")
_DONE_VERB = rx.compile(r"([가-힣]{2,})(?:했다|했고|했으며|했으나|했지만|하였다|했던|했음)")


def intention_objection(
    analysis: Analysis, value: Value, supporters: list[Fact], others: list[Fact]
) -> Objection | None:
    """해결했다 where the source says 해결하겠다: what was only intended, written as done.

    The sentence's verb is in a related fact, in a clause that marks it as intended or
    considered, and no supporting fact says it was done.
    """
    clause = analysis.clause_at(value.start)
    stems = {m.group(1) for m in _DONE_VERB.finditer(clause.text)}
    if not stems:
        return None

    def modes(fact: Fact, stem: str) -> set[str]:
        """How the fact's statement puts the verb: done (해결했다) or intended (해결하겠다)."""
        found: set[str] = set()
        for m in re.finditer(re.escape(stem), fact.statement or ""):
            after = fact.statement[m.end() : m.end() + 8]
            if _DONE_AFTER.match(after):
                found.add("done")
            elif _CONSIDERED_AFTER.match(after):
                found.add("considering")
            elif _INTENDED_AFTER.match(after):
                found.add("planned")
        return found

    for stem in stems:
        forms = next((g for g in _SAME_VERB if stem in g), (stem,))
        if any("done" in modes(f, form) for f in supporters for form in forms):
            continue
        for fact in others:
            weaker = {m for form in forms for m in modes(fact, form) if LEVELS[m] < LEVELS["done"]}
            if weaker:
                level = min(weaker, key=lambda m: LEVELS[m])
                return Objection(
                    "certainty",
                    f"the source says only that this was {_INTENT.get(level, level)}: "
                    f"{fact.statement}",
                )
    return None


# Verbs that say the same of a meeting or a plan (주재했다 for 주최할 것).
_SAME_VERB = (("주재", "주최", "개최"), ("확보", "구축", "도입"), ("발표", "공개", "공표"))

_INTENT = {
    "planned": "intended or planned",
    "considering": "under consideration",
    "expected": "expected",
    "decided": "decided",
    "conditional": "possible on a condition",
}


def _display_name(kind: str, canonical: str, korean: bool) -> str:
    """A canonical name as the writer's language writes it: 은탑산업훈장, Seoul, 엑사원 3.5."""
    from factcli.text.analysis import AWARD_EN, PLACES, VEHICLES

    if kind == "award":
        if korean:
            return f"{canonical}산업훈장"
        english = next((en for en, ko in AWARD_EN.items() if ko == canonical), canonical)
        return f"{english.title()} Tower"
    if kind.startswith("version-"):
        return canonical
    if kind == "committee":
        from factcli.text.analysis import COMMITTEES

        return max((k for k, v in COMMITTEES.items() if v == canonical), key=len, default=canonical)
    if kind == "model" and canonical == "nexus":
        return "넥서스" if korean else "NEXUS"
    if kind == "machine":
        return f"{canonical}호기"
    if kind == "building" and not korean:
        from factcli.text.analysis import BUILDINGS_EN, HOTELS

        if canonical.endswith("호텔"):
            brand = canonical[:-2]
            english = next((w for w, ko in HOTELS.items() if ko == brand and w.isascii()), brand)
            return f"{english.title()} Hotel"
        return BUILDINGS_EN.get(canonical, canonical)
    if kind in ("asset", "venue") and not korean:
        from factcli.text.analysis import ASSETS, HOTELS

        table = ASSETS if kind == "asset" else HOTELS
        english = next((w for w, ko in table.items() if ko == canonical and w.isascii()), canonical)
        return english if kind == "asset" else f"{english.title()} Hotel"
    if kind == "powers":
        return f"{canonical}대 강국" if korean else f"top {canonical}"
    if kind == "relative":
        words = {
            "child": ("자녀", "child"),
            "spouse": ("배우자", "spouse"),
            "parent": ("부모", "parents"),
        }
        return words.get(canonical, (canonical, canonical))[0 if korean else 1]
    if kind.startswith("person-"):
        return canonical  # 윤석열 should be 이재명 (the title is the sentence's)
    if kind == "district":
        if korean:
            return f"{canonical}구"
        from factcli.text.analysis import _DISTRICT_EN

        english = next((en for en, ko in _DISTRICT_EN.items() if ko == canonical), canonical)
        return f"{english.title()}-gu"
    if kind in ("place", "vehicle", "market") and not korean:
        from factcli.text.analysis import MARKETS

        table = {"place": PLACES, "vehicle": VEHICLES, "market": MARKETS}[kind]
        return next(
            (
                en.upper() if len(en) <= 3 or any(c.isdigit() for c in en) else en.title()
                for en, ko in table.items()
                if ko == canonical and en.isascii()
            ),
            canonical,
        )
    if kind == "model":
        name = "엑사원" if korean else "EXAONE"
        return f"{name} {'딥' if korean and canonical == 'deep' else canonical.title()}"
    if kind == "school":
        return f"{canonical}대"
    if kind == "school-en":
        return f"{canonical.title()} University"
    if kind == "high":
        return f"{canonical}고등학교"
    if kind == "high-en":
        return f"{canonical.title()} High School"
    return canonical


def _span_text(text: str, pos: int) -> str:
    complex_ = re.match(r"정부[가-힣]{2}청사", text[pos:])
    if complex_:
        return complex_.group(0)
    english = re.match(r"[A-Za-z]+(?:\s+Tower|\s+University|-gu\b|\s+District)?", text[pos:])
    if english:
        return english.group(0)
    m = re.match(r"[^\s,.)의은는이가을를에서]+", text[pos:])
    return m.group(0) if m else text[pos : pos + 2]


# Who gave and who received: 대통령으로부터 받았다 is not 대통령에게 수여했다.
_GIVE_VERB = rx.compile(
    r"(?:건넸|건네|전달했|전달하|수여했|수여하|줬|주었|드렸|보냈|선물했|증여했)"
    r"|(?i:\b(?:gave|give[sn]?|handed|presented|awarded|granted|sent|delivered)\b)"
)
_TO_EN = rx.compile(r"\bto\s+((?:[A-Z][\w.-]*\s?){1,3})")
_FROM_EN = rx.compile(r"\bfrom\s+((?:[A-Z][\w.-]*\s?){1,3})")


def _parties(pattern: rx.Pattern, text: str) -> set[str]:
    """The last word or two of each party a pattern finds (이재명 대통령, 위원장)."""
    found: set[str] = set()
    for m in pattern.finditer(text):
        words = [w.lower() for w in m.group(1).split()]
        found.update(w for w in words[-2:] if len(w) >= 2 and w not in ("the", "president"))
    return found


def transfer_objection(analysis: Analysis, fact: Fact) -> Objection | None:
    """The sentence has the giver and the receiver the other way round: it gives to the one
    the source says it came from (대통령에게 수여했다 for 대통령으로부터 받았다)."""
    text = analysis.text
    if not _GIVE_VERB.search(text):
        return None
    pattern = _TO_EN if not analysis.korean else _TO_WIDE_KO
    receivers = _parties(pattern, text)
    if not receivers:
        return None
    source = " ".join(_said_texts(fact))
    givers = _parties(_FROM_WIDE_KO, source) | _parties(_FROM_EN, source)
    # Only when the source never has them receive it too.
    receivers_there = _parties(_TO_WIDE_KO, source) | _parties(_TO_EN, source)
    reversed_ = (receivers & givers) - receivers_there
    if not reversed_:
        return None
    who = sorted(reversed_)[0]
    return Objection("direction", f"the source says it came from {who}, not that it went to them")


# What a number is tied to by the words around it: 7억5천만 원의 주택담보대출, 증여세로 776만 원.
_BOUND_AFTER = rx.compile(r"\s*(?:원|달러|만|억)?\s*(?:의|짜리|어치의?|규모의?)\s*([가-힣]{2,})")
_BOUND_AFTER_EN = rx.compile(
    r"\s*(?:won|dollars)?\s*(?:in|of|for)\s+((?:[a-z]+\s){0,1}[a-z]{3,})", re.I
)
_BOUND_BEFORE_EN = rx.compile(r"([a-z]{3,}(?:\s[a-z]{3,})?)\s+of\s+(?:about\s+)?$", re.I)
# A topic noun (연금은, 소득금액이) right before its figure, and the figure ending the clause
# as its predicate (107만 원이었다, 107만 원으로 집계됐다).
_ENDS_WITH_FIGURE = rx.compile(
    r"\s*(?:원|달러|장|개|명|건|주|%)?\s*(?:이었|였|이다|다\b|이며|으로\s*집계|으로\s*나타|에\s*달)"
)
_JOINED = rx.compile(r"[가-힣](?:과|와|및|이나)\s*$|(?<![가-힣])및\s*$|·\s*$")
_PRICE_NOUNS = frozenset(["가격", "매매가", "매입가", "매매가격", "구입가", "거래가", "값"])
_GENERIC_MEASURES = frozenset(["금액", "규모", "액수", "총액", "가액", "수치", "숫자"])
_TOPIC_EN = rx.compile(
    # the head noun: "the pension of Bae's parents came to", "their pension was"
    r"\b([a-z]{4,})(?:\s+(?:of|for)\s+[^,.;]{1,40}?)?\s+"
    r"(?:was|were|came\s+to|amounted\s+to|totall?ed|stood\s+at)\s+"
    r"(?:about\s+|around\s+|roughly\s+|some\s+)?$",
    re.I,
)
_OF_EN = rx.compile(r"\b([a-z]{4,})\s+of\s+(?:about\s+|around\s+|roughly\s+|some\s+)?$", re.I)
_NOT_BOUND = frozenset(
    ["the", "about", "around", "his", "her", "their", "total", "총", "모두", "약", "각각", "무려"]
)


# A price: what something was bought or sold for (41억5천만 원에 매매, bought it for).
_PRICE_KO = rx.compile(
    r"\s*(?:원|달러)?\s*에\s*(?:매입|매매|매수|매도|구입|구매|매각|취득|샀|사들|팔)"
)
_PRICE_EN = rx.compile(
    r"\b(?:bought|buy|buying|purchased?|sold|sell|selling)\b[^.;]*\bfor\s+$", re.I
)
_AS = ("으로", "로")  # what a figure is received or paid as (연금으로 107만 원)
_PRICE = "매매"


def _bindings(text: str, value: Value) -> set[str]:
    """The nouns a quantity is tied to in its own text (not the subject: 장녀는 1억 원)."""
    if value.amount is None or value.date is not None:
        return set()
    out: set[str] = set()
    before, after = text[: value.start], text[value.end :]
    if _PRICE_KO.match(after) or _PRICE_EN.search(before):
        out.add(_PRICE)
    m = _BOUND_AFTER.match(after)
    if m:
        out.add(_strip(m.group(1)))
    bound = last_word(before, _AS, bare=True)  # the word before the figure (연금으로, 연금)
    if bound and not before.rstrip().endswith(
        ("은", "는", "이", "가", "을", "를", "도", "와", "과")
    ):
        out.add(bound[1])
    else:
        topic = _topic_of(text, value)
        if topic:
            out.add(topic)
    m = _BOUND_AFTER_EN.match(after)
    if m:
        out.add(_singular(m.group(1).lower()))
        if _one_noun_en(m, after):
            out.add(_singular(m.group(1).split()[0].lower()))  # in pension payments: pension
    m = _BOUND_BEFORE_EN.search(before)
    if m:
        out.add(_singular(m.group(1).lower()))
        out.update(_singular(w) for w in m.group(1).lower().split()[1:])  # mortgage loan: loan
        out.update(w for w in m.group(1).lower().split()[:1] if w in _LOAN_WORDS)
    m = _ATTRIBUTIVE_EN.match(after)  # a 4.15 billion won apartment, a 750 million won loan
    if m and m.group(1).lower() not in _NOT_NOUN_EN:
        out.add(_singular(m.group(1).lower()))
    return {w for w in out if w and w not in _NOT_BOUND and len(w) >= 2}


# (mortgage and loan say the same of a mortgage loan)
_LOAN_WORDS = frozenset(["mortgage", "loan", "loans", "mortgages"])
# A figure before the noun it measures, in English (a 750 million won mortgage) ...
_ATTRIBUTIVE_EN = rx.compile(r"[\s-]+(?:won\s+|dollars?\s+)?([a-z]{4,})\b", re.I)
# ... where the word after it is not a noun of that kind.
_NOT_NOUN_EN = frozenset(
    [
        "from",
        "into",
        "with",
        "each",
        "over",
        "under",
        "when",
        "that",
        "which",
        "worth",
        "more",
        "less",
        "than",
        "this",
        "last",
        "next",
        "year",
        "years",
        "month",
        "months",
        "days",
        "before",
        "after",
        "were",
        "will",
        "would",
        "could",
        "should",
        "have",
        "been",
        "being",
        "about",
        "while",
        "across",
        "since",
        "until",
        "between",
        "among",
        "including",
        "plus",
        "apiece",
        "annually",
        "yearly",
        "earlier",
        "later",
        "parameters",
        "parameter",
        "units",
    ]
)


def _named_as(text: str, value: Value) -> set[str]:
    """The nouns a figure is said to be received or paid as (연금으로 107만 원, 1.07 million
    won in pensions)."""
    out = set()
    as_what = last_word(text[: value.start], _AS)
    if as_what and as_what[1] not in RELATIVES:
        out.add(as_what[1])
    after = text[value.end :]
    m = _BOUND_AFTER_EN.match(after)
    if m and _one_noun_en(m, after):
        out.add(_singular(m.group(1).lower()))
        out.add(_singular(m.group(1).split()[0].lower()))
    return out


def _one_noun_en(m: re.Match[str], after: str) -> bool:
    """The words bound after a figure name one thing (in pension payments), not several
    (in deposits and securities) or a determiner's phrase (in the range)."""
    words = m.group(1).lower().split()
    return (
        words[0] not in ("the", "a", "an", "his", "her", "their", "its")
        and "and" not in words
        and "or" not in words
        and not re.match(r"\s*(?:and|or|,)\b", after[m.end() :])
    )


def _topic_of(text: str, value: Value) -> str | None:
    """The topic of a figure that is its clause's predicate (연금은 107만 원이었다): what the
    figure measures, unless the topic is a person (장녀는 1억 원이다: the holder)."""
    topic = last_word(text[: value.start], ("은", "는", "이", "가"))  # 연금은 107만 원
    if topic and _JOINED.search(text, 0, topic[0]):
        return None  # 예금과 증권은 1억 원: what the two come to, not either one's figure
    if topic and topic[1] not in RELATIVES and _ENDS_WITH_FIGURE.match(text, value.end):
        if topic[1] in _PRICE_NOUNS:
            return _PRICE  # 아파트의 가격은 41억5천만 원: what it was bought for
        if topic[1] in _GENERIC_MEASURES:
            # 주택담보대출 금액은: the amount of the loan, named by the word before it
            before = last_word(text[: topic[0]], ("의",), bare=True)
            return before[1] if before else None
        return topic[1]
    # ... or the noun it is received or paid as (연금으로 107만 원을 받았다), in English the
    # noun it is the figure of (a pension of, the pension came to).
    as_what = last_word(text[: value.start], _AS)
    if as_what and as_what[1] not in RELATIVES:
        return as_what[1]
    m = _TOPIC_EN.search(text, 0, value.start) or _OF_EN.search(text, 0, value.start)
    if m and m.group(1).lower() not in RELATIVES:
        return _singular(m.group(1).lower())
    # ... or the noun it stands before (36억 원대 아파트, 7억5천만 원의 주택담보대출)
    before_noun = _ATTRIBUTIVE_KO.match(text, value.end)
    if before_noun and not _JOINED_AFTER.match(text, before_noun.end(1) - 1):
        noun = strip_particle(before_noun.group(1), min_stem=2)
        if noun not in RELATIVES and noun not in _GENERIC_MEASURES:
            return _PRICE if noun in _PRICE_NOUNS else noun
    return None


# A figure before the noun it measures: 원대 아파트, 원짜리 차량, 원의 재산 (not 원에, 원을).
# ... unless it is the first of two joined (1억 원의 예금과 증권: what the two come to)
_JOINED_AFTER = rx.compile(r"[과와](?![가-힣])|\S*\s+및\s")
_ATTRIBUTIVE_KO = rx.compile(r"(?:대|짜리|어치의|의)\s*([가-힣]{2,})")


def _singular(word: str) -> str:
    return word[:-1] if len(word) > 4 and word.endswith("s") and not word.endswith("ss") else word


def measured_noun(text: str, value: Value) -> str | None:
    """The noun a sentence's figure is the predicate of (증여세는 677만 원이었다: 증여세)."""
    if value.amount is None or value.date is not None:
        return None
    return _topic_of(text, value)


def ties_noun(fact: Fact, noun: str, value: Value) -> bool:
    """Whether the fact's texts tie `noun` to a figure of the value's unit."""
    return any(True for _ in _tied(fact, noun, value))


def _strip(word: str) -> str:
    return (
        re.sub(r"(?:을|를|이|가|은|는|으로|로|에|과|와|도)$", "", word) if len(word) > 2 else word
    )


def binding_objection(
    analysis: Analysis,
    value: Value,
    fact: Fact,
    others: Sequence[Fact] = (),
    kin: Sequence[Fact] = (),
) -> Objection | None:
    """The right number for another quantity: the source ties the sentence's noun to another
    of its numbers (a price written as the loan; a gift as the tax, where the tax is another
    fact the sentence also agrees with).

    `others`: the other facts the sentence is supported by; `kin`: facts beside them about the
    same subject, asked only about the noun a figure is the predicate of (연금은 107만 원이다,
    where the pension's own figure is another fact).
    """
    mine = _bindings(analysis.text, value)
    if not mine:
        return None
    topic = _topic_of(analysis.text, value)
    # Nouns the sentence says the figure is (연금으로 107만 원, 1.07 million won in pensions):
    # asked of the kin too, like the topic.
    named = _named_as(analysis.text, value)
    for noun in sorted(mine):
        if any(
            _same_value(value, v) for _t, v in _tied(fact, noun, value)
        ):  # the source ties it so too
            continue
        # (a noun the figure is named as is asked of kin about the same subject only: the
        # wife's deposits are not the daughter's)
        asked = kin if noun == topic else [k for k in kin if k.subject == fact.subject]
        for other in (fact, *others, *(asked if noun == topic or noun in named else ())):
            for text, v in _tied(other, noun, value):
                if other is fact and not any(
                    _same_value(value, w) for w in analyze_sentence(text).values
                ):
                    continue  # this text does not give the sentence's number at all
                if _same_value(value, v):
                    continue
                if noun == topic and noun != _PRICE:
                    # The figure is what the sentence says the noun is (예금은 7억4500만
                    # 원이다): the source gives that quantity another value.
                    return _given_as(noun, value, v, other)
                return Objection(
                    "relation",
                    f"the source gives {'the price' if noun == _PRICE else noun} as {v.text}; "
                    f"{value.text} is another quantity",
                    found=value.text,
                    expected=v.text,
                    start=value.start,
                    end=value.end,
                )
    return None


def _tied(fact: Fact, noun: str, like: Value) -> Iterator[tuple[str, Value]]:
    """Each number of a fact's texts tied to `noun`, of the same unit as `like` (an English
    noun also as the Korean words for it: mortgage, 주택담보대출)."""
    texts = [fact.statement, fact.statement_en, *(r.quote for r in fact.sources)]
    # (the noun itself first: the figure as the texts in the sentence's language give it)
    for nouns in ({noun}, set(_NOUNS_KO.get(noun, ()))):
        for text in texts:
            for v in analyze_sentence(text).values if text and nouns else ():
                if v.amount is not None and v.unit == like.unit and nouns & _bindings(text, v):
                    yield text, v


# English nouns a figure is tied to, and the Korean words the articles use for them.
_NOUNS_KO = {
    "mortgage": ("주택담보대출", "주담대", "대출"),
    "loan": ("대출", "주택담보대출"),
    "apartment": ("아파트",),
    "pension": ("연금",),
    "deposit": ("예금",),
    "securitie": ("증권",),
    "security": ("증권",),
    "stock": ("주식",),
    "debt": ("채무",),
}


_EACH = rx.compile(
    r"각각|(?<=[가-힣\d])씩|(?i:\beach\b(?!\s+(?:year|month|week|day|other))|\bapiece\b)"
)
_EACH_SOURCE = rx.compile(r"각각|(?<![가-힣])[각당]\s|씩|(?i:\beach\b|\bapiece\b|\bper\b)")


def _counted_words(value: Value) -> set[str]:
    """The words between an English count and the noun it counts (62 notable AI models:
    notable, ai), lower-cased."""
    words = re.findall(r"[A-Za-z][A-Za-z-]+", value.text)
    return {w.lower() for w in words[:-1]}


# Words that narrow a counted set to a part of it (62 Korean AI models of 62 notable ones).
_RESTRICTING = frozenset(
    [
        "korean",
        "domestic",
        "foreign",
        "overseas",
        "chinese",
        "american",
        "japanese",
        "european",
        "open-source",
        "reasoning",
        "hybrid",
        "multimodal",
        "new",
        "large",
        "small",
    ]
)


def counted_objection(analysis: Analysis, value: Value, fact: Fact) -> Objection | None:
    """A count of a narrower set than the source's: 62 Korean AI models, where the source
    counts 62 notable models and names one Korean among them."""
    if value.amount is None or analysis.korean:
        return None
    mine = _counted_words(value)
    if not mine:
        return None
    texts = [t for t in (fact.statement_en, *(r.quote for r in fact.sources)) if t]
    theirs: list[Value] = [
        v for t in texts for v in analyze_sentence(t).values if v.amount == value.amount
    ]
    counted = [v for v in theirs if _counted_words(v)]
    if not counted:
        return None
    allowed = set().union(*(_counted_words(v) for v in counted))
    extra = sorted(w for w in mine - allowed if w in _RESTRICTING)
    if not extra:
        return None
    return Objection(
        "relation",
        f"the source counts {counted[0].text}, not only '{extra[0]}' ones",
        found=value.text,
        expected=counted[0].text,
        start=value.start,
        end=value.end,
    )


def each_objection(analysis: Analysis, value: Value, fact: Fact) -> Objection | None:
    """'Each' (각각, 씩) for what the source gives as one total or one share."""
    if value.amount is None:
        return None
    clause = analysis.clause_at(value.start).text
    if not _EACH.search(clause):
        return None
    own = f"{fact.statement} {fact.statement_en or ''}"
    if _EACH_SOURCE.search(own):
        return None
    # The quote's 각각 is of the parts when the fact's own words give its figure as the total
    # (각각 1819만 원, 8549만 원 총 1억368만 원).
    quotes = " ".join(r.quote for r in fact.sources)
    if _EACH_SOURCE.search(quotes) and not _TOTAL_SOURCE.search(own):
        return None
    return Objection("relation", f"the source does not give {value.text} for each one")


# A figure said to be the sum of several things (모두 합친 금액, in total) ...
_TOTAL_CLAIM = rx.compile(
    r"합친|합한|합계|합산|총액|모두\s*합|통틀|(?<![가-힣])총\s?(?=[\d일이삼사오육칠팔구십])|"
    r"(?i:\bin total\b|\bcombined\b|\baltogether\b|\ball told\b|\btotal(?:ed|ing|led|ling)?\b)"
)


def total_objection(analysis: Analysis, value: Value, fact: Fact) -> Objection | None:
    """One part's figure (증권 8549만 원) written as the total of the parts the source
    lists with it (예금과 증권을 모두 합친 금액)."""
    if value.amount is None or not _TOTAL_CLAIM.search(analysis.clause_at(value.start).text):
        return None
    amounts = [v.amount for v in analysis.values if v.amount is not None and v.family == "money"]
    if len(amounts) >= 3 and value.amount != max(amounts) and 2 * max(amounts) == sum(amounts):
        return None  # parts and their total, each given: the total word is the total's
    own = f"{fact.statement} {fact.statement_en or ''}"
    if _TOTAL_SOURCE.search(own) or _TOTAL_CLAIM.search(own):
        return None
    if not any(_TOTAL_SOURCE.search(r.quote) for r in fact.sources):
        return None
    return Objection("relation", f"the source gives {value.text} as one part of a total")


# A figure the source gives as a total of several parts (본인과 배우자의 지분을 합한 총 가액) ...
_TOTAL_SOURCE = rx.compile(r"합한|합계|합산|총액|(?<![가-힣])총\s|(?i:\bcombined\b|\bin total\b)")
# ... written as one part's: 가액만 41억, 본인 명의 재산만, his own stake alone, 단독 명의.
_PART = rx.compile(
    r"(?<=[가-힣])만\s+(?=[\d일이삼사오육칠팔구십])|본인\s*명의|단독|"
    r"(?i:\balone\b|\bsole(?:ly)?\b|\bhis own\b|\bher own\b|(?:'s|’s) own\b)"
)
_TOTAL_SAID = rx.compile(r"합|총|모두|전체|(?i:\btotal\b|\bcombined\b|\btogether\b|\ball\b)")


def part_objection(analysis: Analysis, value: Value, fact: Fact) -> Objection | None:
    """A total of several parts (his and his spouse's stakes) written as one part's figure."""
    if value.amount is None or not fact.statement or not _TOTAL_SOURCE.search(fact.statement):
        return None
    clause = analysis.clause_at(value.start).text
    if not _PART.search(clause) or _TOTAL_SAID.search(clause):
        return None
    return Objection("relation", f"the source gives {value.text} as a total, not as one part's")


_AS_OF_SOURCE = rx.compile(r"\s*(?:기준|현재)")
_STATE_WORDS = rx.compile(
    r"기준|현재|까지|이미|상태|보유|갖고|가지고|없었|없다|있었|있다|"
    r"(?i:\bas of\b|\bby\b|\balready\b|\bno longer\b|\bheld\b|\bowned\b|\bhad\s+\w+ed\b|\bhad\b)"
)


def as_of_objection(analysis: Analysis, value: Value, fact: Fact) -> Objection | None:
    """The day the source reports a state as of (7월26일 기준 매각한 상태다), written as the
    day it happened (sold on July 26)."""
    if value.date is None or value.date.precision != "day":
        return None
    clause = analysis.clause_at(value.start).text
    if _STATE_WORDS.search(clause):
        return None
    for text in [fact.statement, *(r.quote for r in fact.sources)]:
        for v in analyze_sentence(text).values if text else ():
            if (
                v.date is not None
                and v.date.agrees(value.date)
                and _AS_OF_SOURCE.match(text[v.end :])
            ):
                return Objection(
                    "relation",
                    f"the source gives the state as of {value.text}, not what happened that day",
                )
    return None
