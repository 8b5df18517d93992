"""Who a phrase names in the store, a fact's texts, and the Objection record.

The base of factcli.judge.meaning: every module of the package may import it.
"""

from __future__ import annotations

import re

from factcli.store.model import Fact, Store
from factcli.text import patterns as rx
from factcli.text.analysis import RELATIVES, Analysis, Value, analyze_sentence
from factcli.text.korean import is_hangul
from factcli.text.records import dataclass

# A Korean verb the subject undergoes or is described by: 공개됐다, 선정된, 받았다, 이다.
PASSIVE_KO = rx.compile(
    r"[되됐돼된]|받[았은는아]|당[했한]|[이였]다|이었다|(?<![가-힣])[이가]\s*아니|걸렸|있다|없다|"
    # (came out, appeared: what was released is the subject of these)
    r"(?<![가-힣])나[왔온와]|등장|"
    # (꼽혔다, 뽑혔다, 불렸다, 실렸다, 담겼다: what was picked, named, listed)
    r"[꼽뽑잡묶]혔|[꼽뽑잡묶]힌|불렸|불린|실렸|실린|담겼|담긴|쓰였|쓰인|여겨졌|알려졌"
)

_ORG_SUFFIX = rx.compile(
    r"(?:전자|그룹|연구원|연구소|대학교|부|청|처|위원회|협회|공사|은행|증권|통신|텔레콤|유플러스|"
    r"기술원|재단|대통령실|국회|회사|기업|사)$"
)
# A family name and a title (배 장관, 하 수석, 강 실장): the person of that family name.
_FAMILY_TITLE_KO = rx.compile(r"^(\S)\s*(?:장관|원장|후보자|씨|수석|실장|대표|위원장|전무|상무)$")
_SPACE = rx.compile(r"\s+")
# A person's title right after an organisation's name (squashed text: no spaces).
# (squashed) an English title, then a family name: headbae, ministerbae.
_TITLE_THEN_FAMILY = rx.compile(r"(?:head|chief|director|minister|president|secretary)([a-z]{2,})")
_PERSON_TITLE_AFTER = rx.compile(
    r"(?:장관|차관|원장|후보자|수석|실장|대표|위원장|전무|상무|부사장|사장|회장|총장|"
    r"minister|head|chief|president|director|secretary)"
)


# A body's branch or union named after it (과기정통부지부, 과기정통부 노조): another body.
_BRANCH_OF = rx.compile(r"(?:지부|지회|분회|노조|노동조합)")
# A name the phrase gives to (장녀에게 증여한 금액, 장녀한테 준): who received, not the head.
_DATIVE = rx.compile(r"(?:에게|한테|께)(?!서)")


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


_OWNED_THING = rx.compile(r"['’]s(?:\s+[a-z][\w-]*){1,3}\s*$")


# A relative named after a person and its possessive (배경훈의 아버지, Bae's eldest daughter).
_KIN_TAIL = rx.compile(
    r"(?:의|['’]s)\s*(?:(?:eldest|elder|only|late|\d{4}-born)\s+)?("
    + "|".join(sorted((re.escape(w) for w in RELATIVES if w.isalpha()), key=len, reverse=True))
    + r")\s*$",
    re.IGNORECASE,
)


def heads_body(title: str, org: str) -> bool:
    """Whether a post's title is the head of its body, once the body's own name and its
    bracketed names are taken from it (LG AI연구원장, 과학기술정보통신부 장관, 초대 원장); not
    a committee's or a unit's head within it (AI정책협력위원장), a director or a member."""
    rest = re.sub(r"\([^)]*\)", " ", title).replace(org, " ") if org else title
    return bool(_HEAD_OF_BODY.match(rest))


_HEAD_OF_BODY = rx.compile(
    r"^\s*(?:초대\s*|first\s+)?(?:장관|원장|장|대표|대표이사|사장|회장|이사장|위원장|소장|총장|"
    r"(?i:minister|head|chief|president|chair(?:man|woman)?)\b)"
)


def _posts_of(store: Store, who: str) -> tuple[Fact, ...]:
    """The positions of `who` whose title heads their body (kept on the store, once a
    person: asked of each fact a sentence is weighed against)."""
    kept: dict[str, tuple[Fact, ...]] | None = getattr(store, "_head_posts", None)
    if kept is None:
        kept = {}
        try:  # noqa: SIM105 (as _name_table)
            store._head_posts = kept  # type: ignore[attr-defined]
        except AttributeError:
            pass
    found = kept.get(who)
    if found is None:
        found = kept[who] = tuple(
            f
            for f in store.facts
            if f.subject == who
            and f.kind == "position"
            and isinstance(f.start, str)
            and getattr(f, "org", None)
            and heads_body(str(f.value or ""), str(f.org))
        )
    return found


def bodies_headed(store: Store, who: str, day: str) -> frozenset[str]:
    """The bodies `who` headed on `day` (a date, as the store writes one), by the store's
    positions: the ministry of its minister. A start or end coarser than the day counts
    only when it is plainly before (or after) it: 2025-07 is no start before 2025-07-14."""
    bodies = set()
    for post in _posts_of(store, who):
        start, end = str(post.start), post.end
        begun = start <= day if len(start) >= len(day) else start < day[: len(start)]
        over = isinstance(end, str) and end < day[: len(end)]
        if begun and not over:
            body = resolve(store, str(post.org))
            if body:
                bodies.add(body)
    return frozenset(bodies)


def _kin_of(store: Store, owner: str, word: str) -> str | None:
    """The store's subject for a relative of `owner` (his father: his parents), if any."""
    kin = RELATIVES[word]
    whose = store.subjects[owner].name
    for sid, subject in store.subjects.items():
        names = {n.lower() for n in subject.names}
        if sid == owner or not subject.name.startswith(whose):
            continue  # (이재명 대통령의 장녀 is not 배경훈의 장녀)
        # (the word itself, or a parent for the parents; not a son for the daughter)
        if word in names or (kin == "parent" and any(RELATIVES.get(n) == kin for n in names)):
            return sid
    return None


def whose_kin(store: Store, phrase: str) -> str | None:
    """The person whose relative a subject phrase names (배 장관의 외동딸: 배경훈), by the
    store's name of that person; None when the phrase names no relative of someone."""
    sid = resolve(store, phrase)
    if sid is None:
        return None
    tail = _KIN_TAIL.search(store.subjects[sid].name)
    return store.subjects[sid].name[: tail.start()] if tail is not None else None


def resolve(store: Store, phrase: str) -> str | None:
    """The subject a subject phrase names: the name that ends last in it (its head)."""
    tail = _KIN_TAIL.search(phrase)
    if tail is not None:
        # (배경훈의 아버지, Bae's father: a relative of the person named; the store's subject
        # for that kin, his parents, or none when it has none, 배경훈의 아들)
        owner = resolve(store, phrase[: tail.start()])
        if owner is not None and _is_person(store, owner):
            return _kin_of(store, owner, tail.group(1).lower())
        if owner is not None and re.search(
            r"의\s|['’]s\s", store.subjects[owner].name_en + " " + store.subjects[owner].name
        ):
            return None  # (배경훈 장녀의 딸: a relative of a relative, whom the store has not)
    # (Bae's deposits, as 배경훈의 예금: whose thing; the thing is in lower case)
    owned = _OWNED_THING.search(phrase)
    if owned and not any(w in RELATIVES for w in owned.group().lower().split()):
        phrase = phrase[: owned.start()]  # (not Bae's father: a relative is someone)
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
        if at >= 0 and _BRANCH_OF.match(squashed, at + len(name)):
            continue  # (과기정통부지부: the ministry's union branch, another body than it)
        if at >= 0 and _DATIVE.match(squashed, at + len(name)):
            continue  # (배 장관이 장녀에게 증여한 금액: the amount he gave her)
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
        after = squashed[best[0] :]
        titled = _TITLE_THEN_FAMILY.fullmatch(after) if person is None else None
        if titled:
            # "LG AI Research head Bae": the body's title, then the family name of its holder
            people = [
                sid
                for sid, subject in store.subjects.items()
                if _is_person(store, sid)
                and subject.name_en
                and subject.name_en.split()[0].lower() == titled.group(1)
            ]
            if len(people) == 1:
                return people[0]
        if person is None and (after == "장" or _PERSON_TITLE_AFTER.fullmatch(after)):
            # "배 전 LG AI연구원장", "LG AI연구원장": the one person the store calls by the
            # body's title (its head, 연구원 + 장), not the body
            post = squashed[best[0] - best[1] :]
            holders = [
                sid
                for sid, subject in store.subjects.items()
                if _is_person(store, sid)
                and post in _squash(" ".join([subject.description or "", *subject.aliases]))
            ]
            if len(holders) == 1:
                return holders[0]
        return best[2]
    # "Bae Gyeong-hun", "Jeong Hyun-seok": a person's name in another romanization.
    spelled = _romanized(phrase)
    if len(spelled) >= 2:
        for subject in store.subjects.values():
            if subject.name_en and _is_person(store, subject.id):
                theirs = _romanized(subject.name_en)
                if len(theirs) >= 2 and theirs <= spelled:
                    return subject.id
    # "배경흔 장관": a person's Korean name with one letter (jamo) off, a slip of the keys.
    slipped = _name_slipped(store, phrase)
    if slipped is not None:
        return slipped
    # "배 장관", "Minister Bae", "Bae": a family name with or without a title.
    title = _FAMILY_TITLE_KO.match(phrase.strip())
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


def _name_slipped(store: Store, phrase: str) -> str | None:
    """The person whose three-syllable Korean name a word of the phrase is, but for one
    letter of its last two syllables (배경흔, 배겅훈 for 배경훈), where no other person's is as near."""
    from factcli.text.korean import disassemble, hangul_words

    words = [w for w in hangul_words(phrase, 3) if len(w) >= 3]
    found = set()
    for subject in store.subjects.values():
        name = subject.name
        if len(name) != 3 or not _is_person(store, subject.id):
            continue
        theirs = disassemble(name)
        for word in words:
            head = word[:3]
            if head != name and head[0] == name[0] and _one_edit(disassemble(head), theirs):
                found.add(subject.id)
    return found.pop() if len(found) == 1 else None


def _one_edit(a: str, b: str) -> bool:
    """Whether a and b differ by one letter put in, left out or changed."""
    if len(a) > len(b):
        a, b = b, a
    if len(b) - len(a) > 1:
        return False
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)) :] == b[i + 1 :]


def _syllable(s: str) -> str:
    """A romanized Korean syllable in one spelling of the several in use (Kyung, Gyeong ->
    gyung; hoon, hun -> hun; Jeong, Jung -> jung)."""
    s = s.lower().replace("eo", "u").replace("oo", "u").replace("ou", "u")
    for initial, plain in (("ch", "j"), ("k", "g"), ("t", "d"), ("p", "b")):
        if s.startswith(initial):
            return plain + s[len(initial) :]
    return s


def _romanized(phrase: str) -> frozenset[str]:
    """The capitalised name words of a phrase, each as its syllables in one spelling (Bae
    Gyeong-hun -> {bae, gyung-hun})."""
    return frozenset(
        "-".join(_syllable(part) for part in word.split("-"))
        for word in re.findall(r"\b[A-Z][a-z]+(?:-[a-z]+)?\b", phrase)
    )


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
    # (the people listed before whose things: not 배경훈의 예금과 증권, his things listed)
    people = re.split(r"의\s|'s\s|’s\s", phrase, maxsplit=1)[0]
    return phrase.endswith(("'s", "’s")) or bool(re.search(r"[가-힣](?:과|와)\s|\band\b|&", people))


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
        texts.append(_without_ids(store, fact.note))
    for who in (fact.subject, getattr(fact, "actor", None)):
        subject = store.subjects.get(who) if who else None
        if subject is not None:
            texts += subject.names
    return " ".join(texts)


# A fact's id in a note, and the short forms after it ((controversy-daughter-stock-lg-craft,
# -meta, -microsoft)).
_ID_IN_NOTE = rx.compile(r"(?<![\w-])-?[a-z0-9]+(?:-[a-z0-9]+)*(?![\w-])")


def _without_ids(store: Store, note: str) -> str:
    """A note without the ids of the facts it refers to: the words of another fact's id
    (Meta, in the id of the daughter's Meta shares) are not what this fact says."""

    def strip(m: re.Match[str]) -> str:
        token = m.group()
        if "-" not in token.strip("-"):
            return token if not token.startswith("-") or not cited else " "
        return " " if store.get(token) is not None else token

    cited = any(_is_id(store, m.group()) for m in _ID_IN_NOTE.finditer(note))
    return _ID_IN_NOTE.sub(strip, note) if cited else note


def _is_id(store: Store, token: str) -> bool:
    """Whether a word of a note is a fact's id: one of a hyphen looked up; a single word among
    the store's single-word ids (read once), not looked up one by one (each miss of the cache
    is checked against its whole table: at 100,000 facts a read of it)."""
    if "-" in token.strip("-"):
        return store.get(token) is not None
    single: set[str] | None = store.__dict__.get("_single_word_ids")
    if single is None:
        ids = store.ids() if hasattr(store, "ids") else [f.id for f in store.facts]
        single = store.__dict__["_single_word_ids"] = {i for i in ids if "-" not in i}
    return token in single


def _statement_events(fact: Fact, *, english: bool = True) -> set[str]:
    """What happened, by the verbs of the fact's statements (acts.py's _fact_events, which
    this module cannot import: acts imports this package)."""
    return {
        e
        for text in (fact.statement, fact.statement_en if english else None)
        if text
        for c in analyze_sentence(text).clauses
        for e in c.events
    }


# Companies a Korean sentence names in Hangul, with no suffix that says so (엔비디아는).
_COMPANY = rx.compile(
    r"엔비디아|구글|오픈AI|오픈에이아이|마이크로소프트|메타|애플|아마존|딥시크|네이버|카카오|"
    r"삼성전자|삼성|SK하이닉스|하이닉스|현대차|현대자동차|KT|SK텔레콤|퀄컴|인텔|AMD|테슬라|"
    r"화웨이|알리바바|바이두|텐센트|앤트로픽|업스테이지|코난테크놀로지|솔트룩스"
)


# Words that a figure is of several things or holders together (합계, 총, all, combined).
TOTAL_SAID = rx.compile(
    r"합|총|모두|전체|(?i:\btotal(?:ed|led|ing|ling|s)?\b|\bcombined\b|\btogether\b|\ball\b"
    # (his own, his wife's and his daughter's names: several holders, listed)
    r"|\b(?:his|her)\s+own\s*(?:,|and)\s+(?:his|her)\b)"
)


def _same_value(v: Value, slot: Value) -> bool:
    if v.date is not None and slot.date is not None:
        return v.date.agrees(slot.date)
    if v.bound == "range" and v.high is not None and v.amount is not None and slot.bound is None:
        # (7억 원대 for 7억5천만: a figure inside the range the sentence gives)
        return slot.amount is not None and v.amount <= slot.amount < v.high
    return v.amount is not None and v.amount == slot.amount


def _relative_of(store: Store, analysis: Analysis) -> str | None:
    """The relative an English subject names after its owner (Bae's wife: the spouse)."""
    if analysis.korean or not analysis.actor_span:
        return None
    owned = re.match(
        r"(?:'s|’s)?\s+(?:(?:eldest|elder|only|\d{4}-born)\s+)?([a-z]+)",
        analysis.text[analysis.actor_span[1] :],
    )
    if not owned or owned.group(1) not in RELATIVES:
        return None
    return resolve(store, owned.group(1))


# The titles of posts, longest first: which post it was (회장 is not the 위원장 of a
# committee; head of NIPA is not its non-executive director). 연구원장 is an institute's head.
_TITLE_KO = rx.compile(
    r"(연구원장|연구소장|비상임이사|사외이사|부위원장|위원장|부회장|회장|부사장|사장|본부장|단장|원장|소장|"
    r"전무|상무|연구위원|책임연구원|수석연구원|연구원|민간위원|이사장|이사|위원|대표|의장)"
)
