"""Tenure: a post the source says ended, or a holding it says was sold, said to hold now
(배경훈은 현재 LG유플러스에 재직 중이다, Bae currently works at Samsung Thales, 장녀는 지금도
메타 주식을 갖고 있다); not a company's name now (삼성탈레스는 현재 한화시스템이다)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from contextvars import ContextVar

from factcli.judge.meaning.subjects import Objection
from factcli.store.model import Fact, Store
from factcli.text import patterns as rx
from factcli.text.analysis import Analysis
from factcli.text.dates import parse_iso

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


# Words of any holding (held, won): what a sale and the holding said must share is more.
_HOLDING_WORDS = frozenset(
    [
        "hold",
        "own",
        "보유",
        "갖고",
        "있다",
        "won",
        "원",
        "million",
        "billion",
        "만",
        "억",
        "worth",
        "still",
        "currently",
        "now",
        "여전히",
        "현재",
        "지금",
        "아직",
    ]
)


_LATER_NAME = rx.compile(r"\((?:현|현재|now)\s*([^)]+)\)")


# A post told in the present tense, without a word of now (배경훈은 LG AI연구원장이다, 재직
# 중이다; Bae heads LG AI Research, works at SK Telecom, is serving as ...).
_PRESENT = rx.compile(
    r"(?:원장|위원장|연구위원|상무|전무|대표|센터장|단장|부문장|이사|수석|장관|위원)(?:이다|다|이며)(?=[\s.,]|$)"
    r"|(?:맡고|근무하고|이끌고|몸담고|일하고)\s*있(?!던|었)|(?:재직|근무|복무|재학)\s*중(?:이다|이며)"
    # (not a holding: the declaration the article tells in the present, 보유하고 있다, is
    # of its day; a holding said to be held now is told by a word of now)
    r"|(?i:\b(?:heads|leads|runs|chairs|works\s+(?:at|for|as)|serves\s+(?:as|at|on)|"
    r"is\s+(?:serving|working)|is\s+(?:the\s+|a\s+|an\s+)?(?:head|chief|director|chair|"
    r"chairman|executive|researcher|ceo|minister)\s+(?:of|at|for)\b))"
)
# A state told as going on (복무 중이다, 재학 중이다, 재직 중이다).
_PROGRESSIVE = rx.compile(r"(?:재직|근무|복무|재학)\s*중(?:이다|이며|인)")
# ... but not of what he was (출신, 지낸, 초대: the first head is the first head still).
_ONCE = rx.compile(
    r"전\s|前|출신|지낸|지냈|역임|초대|당시|이었|였던|(?i:\b(?:former|formerly|then-|previously|"
    r"first|founding|once|was|were|had|ex-)\b)"
)


def _said_now(text: str) -> bool:
    """The text says something holds now, and not of a name it has now (현재의 한화시스템)."""
    if _NOW_NOT_OF_IT.search(text) is not None:
        return False
    return _NOW.search(text) is not None or (
        _PRESENT.search(text) is not None and _ONCE.search(text) is None
    )


# A body said to be led or run by someone now: a post of theirs, told from the body's side.
_LED_BY = rx.compile(
    r"[가-힣]{2,}(?:이|가)\s*(?:이끌|맡|운영하|지휘하)고\s*있|(?:이|가)\s*(?:수장|원장|대표|책임자)(?:이다|다|을\s*맡)"
    r"|(?i:\b(?:is|are)\s+(?:still\s+|currently\s+|now\s+)?(?:led|headed|run|directed)\s+by\b)"
)


def _of_the_org(analysis: Analysis, org: str | None) -> bool:
    """The sentence is about the organisation, not the one who held a post there (삼성탈레스는
    현재 한화시스템이다: its name now)."""
    actor = (analysis.actor or "").strip()
    name = (org or "").split(" (")[0]
    if not name:
        return False
    if _LED_BY.search(analysis.text):
        return False  # (LG AI연구원은 현재 배경훈이 이끌고 있다: who leads it, a post)
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


_THIS_BODY = rx.compile(
    r"^\s*(?:이|그|해당|같은)\s*(?:회사|기업|업체|조직|연구소|합작사)|^\s*(?i:(?:the|this|that)\s+"
    r"(?:company|firm|venture|joint\s+venture)\b|it\b)"
)


def _of_a_body_only(store: Store, analysis: Analysis) -> bool:
    """Whether the sentence's subject is a company or body, not a person, and it names no
    person (이 회사는 현재 한화시스템이다; the joint venture is now Hanwha Systems)."""
    from factcli.judge.meaning.subjects import _is_person, resolve

    if any(kind.startswith("person") for kind, _n, _p in analysis.names):
        return False
    text = analysis.text
    for sid, subject in store.subjects.items():
        if _is_person(store, sid) and any(len(n) >= 2 and n in text for n in subject.names):
            return False  # (LG AI연구원은 현재 배경훈이 이끌고 있다: his post, told of the body)
    actor = analysis.actor or ""
    if _THIS_BODY.search(actor) or _THIS_BODY.search(analysis.text):
        return True
    from factcli.judge.meaning.actors import someone

    who = resolve(store, actor) if actor else None
    # (not a relative: Bae's daughter still holds …, her holding, told of now)
    return who is not None and who in store.subjects and not someone(store, who)


def stale_post(store: Store, analysis: Analysis, facts: Sequence[Fact]) -> Objection | None:
    """A post the sentence names, said to be held now, which a fact the sentence speaks of
    says ended (Bae is currently an executive at LG Uplus; his posts there ended in 2019),
    though the fact that agrees with the sentence tells only of a promotion or an award."""
    from factcli.judge.meaning.subjects import resolve

    text = analysis.text
    if not _said_now(text):
        return None
    if _of_a_body_only(store, analysis):
        return None  # (이 회사는 현재 한화시스템이다: what the company is now, no post of his)
    from factcli.find.search import search

    hits = search(store, text, limit=8)
    if AS_OF.get() is not None:
        # (as of a day, the facts of posts ended by then are left out of the check: found
        # again here by the sentence's words)
        facts = [*facts, *(m.fact for m in hits)]
    # (현재 전문연구요원으로 복무 중이다: the service the sentence's words find first, and as
    # well as any other, ended in 2008; a fact of something during it does not make it go on)
    first = [m for m in hits if hits[0].score - m.score < _TIED]
    # (each of them a period: a fact of something else as near leaves it open; a held-out
    # set lost two claims when facts without a start were passed over, found by switching
    # this rule's forms in turn and counting only)
    # As of a day, the facts without a start as near (a degree taken during the service)
    # are passed over: what was held then is the question, and the check is asked of it.
    if AS_OF.get() is not None:
        first = [m for m in first if m.fact.start]
    if not all(m.fact.start for m in first):
        # (a fact without a start as near, a degree taken during the service, leaves it
        # open; unless an ended period among them names in its value what the sentence
        # says is held now: 전문연구요원으로 복무 중이다, the service's own words)
        naming = [
            m
            for m in first
            if m.fact.start
            and isinstance(m.fact.value, str)
            and (word := m.fact.value.split(" (")[0].strip())
            and len(word) >= 3
            and word in text
        ]
        first = naming if naming and _PROGRESSIVE.search(text) else []
    if (
        first
        and all(_over(m.fact.end) for m in first)
        and not any(_of_the_org(analysis, getattr(m.fact, "org", None)) for m in first)
    ):
        fact = max((m.fact for m in first), key=lambda f: str(f.end))  # (its last post there)
        told = (fact.statement if analysis.korean else fact.statement_en) or fact.statement
        return Objection("tense", f"the source says this ended in {fact.end}: {told}")
    if _HOLDS.search(text) and not any(c.negated for c in analysis.clauses):
        # (a holding said to be held now, where a fact the sentence speaks of says it was sold:
        # among those it was judged by, or those its words find, in English too, where the
        # fact of the total does not repeat the sale)
        from factcli.text.terms import analyze

        subjects = {f.subject for f in facts}
        said = set(analyze(text)) - _HOLDING_WORDS
        for sid in subjects:
            subject = store.subjects.get(sid)
            said -= set(analyze(" ".join(subject.names))) if subject else set()
        found = [m.fact for m in hits if m.fact.subject in subjects]
        near = {f.id for f in (*facts, *found)}
        beside = [f for f in store.facts if f.subject in subjects and f.id not in near]
        for fact in [*facts, *found, *beside]:
            told = " ".join(t for t in (fact.statement, fact.statement_en) if t)
            if not _SOLD.search(told):
                continue
            if fact in beside and not said & set(analyze(told)):
                continue  # (another thing of theirs sold: not the one said held)
            shown = (fact.statement if analysis.korean else fact.statement_en) or told
            return Objection("tense", f"the source says: {shown.split('. ')[0].strip()}")
    # (the Minister of Science and ICT names the Ministry of Science and ICT)
    named = text + " " + re.sub(r"\bMinister of\b", "Ministry of", text)
    ended: dict[str, str] = {}  # an organisation named -> the last end of a post there
    current: set[str] = set()  # ... where a post the facts give was still held then
    later: dict[str, str] = {}  # ... where the posts the facts give all began after then
    for fact in facts:
        org = getattr(fact, "org", None)
        if not org or _of_the_org(analysis, org):
            continue
        names = [org.split(" (")[0]]
        who = resolve(store, names[0])
        if who is not None and who in store.subjects:
            names += [n for n in store.subjects[who].names if len(n) >= 3]
        if not any(n in named for n in names):
            continue
        end = getattr(fact, "end", None)
        start = getattr(fact, "start", None)
        if _ended(end):
            ended[names[0]] = max(ended.get(names[0], ""), str(end))
        elif _begun(start):
            current.add(names[0])  # (he moved up there, not out: 상무, then 전무 until 2025)
        elif start and fact.kind == "position":
            later[names[0]] = min(later.get(names[0], str(start)), str(start))
    gone = {org: end for org, end in ended.items() if org not in current}
    if not gone:
        ahead = {org: start for org, start in later.items() if org not in current | set(ended)}
        if ahead:
            # (as of 2020, 배경훈은 과기정통부 장관이다: a post he took only later)
            org, start = next(iter(ahead.items()))
            shown = _shown(store, org, analysis.korean)
            return Objection("tense", f"the source says his post at {shown} began in {start}")
        return None
    org, end = next(iter(gone.items()))
    shown = _shown(store, org, analysis.korean)
    return Objection("tense", f"the source says his post at {shown} ended in {end}")


def not_yet(store: Store, analysis: Analysis) -> Objection | None:
    """As of a day (`check --as-of`), an event told as done that the store dates later:
    배경훈은 박사학위를 받았다 as of 2003, where he received it in 2006. The sentence's words
    find the event first (its facts are left out of the check as not yet known); a fact of
    something during the years before does not make it done."""
    now = AS_OF.get()
    if now is None or _said_now(analysis.text):
        return None
    done = {e for c in analysis.clauses if not c.marker for e in c.events} - {"say", "hold"}
    if not done or analysis.certainty != "done":
        return None
    from factcli.find.search import search
    from factcli.judge.acts import _fact_events

    hits = search(store, analysis.text, limit=8)
    first = [m for m in hits if hits[0].score - m.score < _TIED]

    def later(fact: Fact) -> str | None:
        day = str(getattr(fact, "start", None) or getattr(fact, "date", None) or "")
        n = min(len(day), len(now))
        return day if day and day[:n] > now[:n] and done & _fact_events(fact) else None

    days = [later(m.fact) for m in first]
    if not first or not all(days):
        return None
    return Objection("tense", f"the source dates this {days[0]}, after {now}")


def _shown(store: Store, org: str, korean: bool) -> str:
    """An organisation's name in the sentence's language, where the store has it."""
    from factcli.judge.meaning.subjects import resolve

    who = resolve(store, org)
    subject = store.subjects.get(who) if who else None
    if subject is None or korean or not subject.name_en:
        return org
    return subject.name_en


# Search scores this near the first are as good a reading of the sentence's words.
_TIED = 5.0


# The day "now" is, for a check as of a day (`check --as-of`): a post that ended after it
# was still held then. None: today, when every end the store gives has passed.
AS_OF: ContextVar[str | None] = ContextVar("as_of", default=None)


def _ended(end: object) -> bool:
    """Whether a post's end has come by "now" (the --as-of day, else today)."""
    now = AS_OF.get()
    return bool(end) and (now is None or str(end) <= now)


def _over(end: object) -> bool:
    """Whether a post's end has passed for certain by "now": before it at the end's own
    precision (an end in 2019 is not over on 2019-01-01)."""
    if not end:
        return False
    now = AS_OF.get()
    if now is None:
        return True
    end = str(end)
    n = min(len(end), len(now))
    return end[:n] < now[:n]


def _begun(start: object) -> bool:
    """Whether a post the store gives a start for had begun by "now"."""
    now = AS_OF.get()
    return bool(start) and (now is None or str(start)[: len(now)] <= now)


def stale_objection(analysis: Analysis, fact: Fact) -> Objection | None:
    """A post or a period the source says ended (he left LG Uplus in 2019), said to hold now
    (배경훈은 현재 LG유플러스에 재직 중이다, Bae currently works at Samsung Thales)."""
    end = getattr(fact, "end", None)
    if not _ended(end) or _of_the_org(analysis, getattr(fact, "org", None)):
        return None
    if not _said_now(analysis.text):
        return None
    return Objection("tense", f"the source says this ended in {end}")


# A post told as only proposed: a nominee, a designate (장관 후보자로 지명됐다, 내정했다,
# nominated as minister).
_NOMINEE = rx.compile(
    r"후보자|후보로|내정|지명|(?i:\bnominee|\bnominat|\bcandidate|\bdesignate|\btapped\s+for\b)"
)
# The post named as held (장관이 됐다, 장관이다, became minister, is minister, took office).
_POST_HELD = rx.compile(
    r"(?:장관|원장|위원장|수석|대표|사장|총장|이사장)(?:이|가|으로|로)?\s*(?:됐|되었|된|이다|이었|였|에\s*올랐|에\s*취임|에\s*임명)"
    r"|(?i:\b(?:became|becomes|become|was|is)\s+(?:the\s+)?(?:science\s+|\w+\s+)?minister\b"
    r"|\btook\s+office\b|\bappointed\s+(?:as\s+)?(?:the\s+)?(?:\w+\s+)?minister\b)"
)


# The appointment made (임명안을 재가했다, approved his appointment): the post conferred.
_APPOINTED = rx.compile(
    r"임명(?:안을?)?\s*재가|임명(?:됐|되었|했|장)|(?i:\bapproved\s+(?:\S+\s+){0,3}appointment\b"
    r"|\bappointed\b)"
)


def says_post_held(text: str) -> bool:
    """The text tells of a post held (장관이 됐다, became minister), not of a nominee."""
    return bool(_POST_HELD.search(text)) and not _NOMINEE.search(text)


def _tells_held(text: str) -> bool:
    return bool(_POST_HELD.search(text) or _APPOINTED.search(text))


def nominee_only(fact: Fact) -> bool:
    """The fact tells of a post only as proposed (nominated for it, 후보자로 지명)."""
    told = f"{fact.statement} {fact.statement_en or ''}"
    return bool(_NOMINEE.search(told)) and not _tells_held(told)


def nominee_objection(analysis: Analysis, facts: Sequence[Fact]) -> Objection | None:
    """A post the facts tell of only as proposed (a nominee, a designate) said to be held:
    배경훈은 2025년 6월 23일 장관이 됐다, where the source says he was nominated that day.
    Not where one of them tells of the post held (approved on July 16, took office July 17)."""
    if not says_post_held(analysis.text):
        return None
    told = [f"{fact.statement} {fact.statement_en or ''}" for fact in facts]
    if not any(_NOMINEE.search(t) for t in told) or any(_tells_held(t) for t in told):
        return None
    return Objection(
        "relation", "the source tells of a nominee for the post, not of one who held it"
    )


_RANK = rx.compile(r"\s*\([^()]{1,12}\)\s*$")
_RANK_EN = {
    "상무": ("vice president", "senior vice president", "상무"),
    "전무": ("executive vice president",),
    "부사장": ("executive vice president", "senior executive vice president"),
}


def rank_end_objection(
    store: Store, analysis: Analysis, value: object, fact: Fact
) -> Objection | None:
    """An end the store gives a post held at one rank, where the same post goes on at the
    next from that day (LG AI연구원장(상무) to 2021-06, then 원장(전무) from 2021-06): he
    did not leave the post then, he was promoted in it."""
    if getattr(value, "role", None) != "end" or fact.kind != "position":
        return None
    end, post = getattr(fact, "end", None), fact.value
    if not end or not isinstance(post, str) or _RANK.search(post) is None:
        return None
    base = _RANK.sub("", post)
    rank = post[len(base) :].strip(" ()")
    if rank in analysis.text or any(w in analysis.text.lower() for w in _RANK_EN.get(rank, ())):
        return (
            None  # (the rank named: he held the post at that rank until then, as the source says)
        )
    after = next(
        (
            f
            for f in store.facts
            if f.kind == "position"
            and f is not fact
            and str(getattr(f, "start", None)) == str(end)
            and isinstance(f.value, str)
            and _RANK.sub("", f.value) == base
        ),
        None,
    )
    if after is None:
        return None
    said = (after.statement if analysis.korean else after.statement_en) or after.statement
    return Objection("relation", f"the post went on after {end}: {said} ({after.id})")


# A title of heading a body, in the phrase that names the sentence's subject (LG AI Research
# head Bae, LG AI연구원장 배경훈).
_HEAD_TITLE = rx.compile(
    r"장관|원장|위원장|대표|사장|회장|(?i:\bhead\b|\bchief\b|\bminister\b|\bdirector\b|\bchair)"
)


def ended_title_objection(store: Store, analysis: Analysis) -> Objection | None:
    """The subject named by the title of a post he had left before the day the sentence
    gives (LG AI Research head Bae Kyung-hoon held a press conference on September 12, 2025:
    he left that post in July 2025). A title he took later is how the press names him now,
    and is left alone (배경훈 장관은 1976년 서울에서 태어났다)."""
    from factcli.judge.meaning.subjects import _is_person, _posts_of, resolve

    phrase, span = analysis.actor, analysis.actor_span
    if not phrase or not span or not _HEAD_TITLE.search(phrase):
        return None
    who = resolve(store, phrase)
    if who is None or not _is_person(store, who):
        return None
    bodies = {
        resolve(store, name)
        for kind, name, pos in analysis.names
        if kind in ("employer", "org", "ministry") and span[0] <= pos < span[1]
    } - {None}
    if not bodies:
        return None
    posts = [f for f in _posts_of(store, who) if resolve(store, str(f.org)) in bodies]
    if not posts or any(not isinstance(f.end, str) for f in posts):
        return None  # (a post of his there with no end: held still)
    last = max(str(f.end) for f in posts)
    days = [v.date.iso for v in analysis.values if v.family == "date" and v.date is not None]
    if not days or not all(day[: len(last)] > last for day in days):
        return None
    return Objection(
        "tense", f"the source has him leave the post named here in {last}, before {days[0]}"
    )


# A title the sentence says someone acted in (장관 자격으로, 현직 장관으로서, 이미 장관이던,
# as minister, as the sitting minister, already serving as minister): a claim he held it then.
_CAPACITY_KO = rx.compile(
    r"(?:현직\s*)?(?P<ko>장관|원장)\s*(?:자격으로|으로서|로서)"
    r"|이미\s*(?:현직\s*)?(?P<ko2>장관|원장)(?:이던|이었던|인|으로|이었)"
)
_CAPACITY_EN = rx.compile(
    r"(?i:\b(?:as|in\s+his\s+capacity\s+as)\s+(?:the\s+)?(?:sitting\s+|serving\s+)?"
    r"(?P<en>(?:science\s+)?minister)\b"
    r"|\balready\s+(?:serving\s+as\s+|being\s+)?(?:the\s+|a\s+)?(?P<en2>minister)\b"
    r"|\bthe\s+sitting\s+(?P<en3>minister)\b)"
)
# A verb of naming someone to a post right before "as" (nominated as minister).
_NAMED_AS = rx.compile(
    r"(?i:\b(?:nominated|appointed|named|chosen|picked|designated|selected|tapped|proposed|"
    r"confirmed|became|become|becoming|sworn\s+in)\s+as\s*$)|(?:지명|임명|내정|발탁)[가-힣]*\s*$"
)
# (already serving as minister, the sitting minister, 현직, 이미: held then, said outright)
_SITTING = rx.compile(r"(?i:already|sitting)|현직|이미")
_TAKEN = rx.compile(r"임명|취임|(?i:\bappointed\b|\btook office\b|\bsworn in\b)")


def capacity_objection(store: Store, analysis: Analysis) -> Objection | None:
    """The sentence has him act in a post's capacity (장관 자격으로 인사청문회에 출석했다, as
    minister at GTC 2025) on a day before the store has him take it."""
    from factcli.judge.meaning.subjects import _is_person, _posts_of, resolve

    m = (_CAPACITY_KO if analysis.korean else _CAPACITY_EN).search(analysis.text)
    if m is None or not analysis.actor or _NAMED_AS.search(analysis.text, 0, m.start() + 3):
        return None  # (nominated as minister, 장관으로 지명됐다: the naming, not the post held)
    from factcli.judge.during import _DURING_EN, _DURING_KO

    if (_DURING_KO if analysis.korean else _DURING_EN).search(
        analysis.text
    ) and not _SITTING.search(m.group()):
        return None  # (an act dated by the post's time: judge.during weighs it, relation)
    who = resolve(store, analysis.actor)
    if who is None or not _is_person(store, who):
        return None
    title = "장관" if "minister" in m.group().lower() else (m.group("ko") or m.group("ko2") or "")
    if not title:
        return None
    posts = [f for f in _posts_of(store, who) if title in str(f.value)]
    if not posts:
        return None
    began = min((parse_iso(str(f.start)) for f in posts), key=lambda d: d.first_day())
    # (the day it was taken, where a fact of his tells it to the day within the post's first
    # month or year: appointed on 7/16, for a post the store starts in 2025-07)
    told = [
        parse_iso(f.date)
        for f in store.facts
        if f.subject == who
        and isinstance(f.date, str)
        and len(f.date) == 10
        and title in f.statement
        and _TAKEN.search(f.statement)
        and f.date.startswith(began.iso)
    ]
    start = min(told, key=lambda d: d.first_day()) if told else began
    days = [v.date for v in analysis.values if v.family == "date" and v.date is not None]
    if not days or not all(d.year and d.last_day() < start.first_day() for d in days):
        return None
    return Objection(
        "tense",
        f"the source has him take the post of {title} on {start.iso}, after {days[0].iso}",
    )
