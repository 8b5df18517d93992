"""Certainty and tense: a considered thing written as decided, a plan as done."""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcli.judge.meaning.headlines import quoted_words
from factcli.judge.meaning.subjects import Objection, _said_texts, _same_value, _statement_events
from factcli.store.model import Fact
from factcli.text import patterns as rx
from factcli.text.analysis import (
    LEVELS,
    Analysis,
    Value,
    analyze_sentence,
    certainty_at,
    changed_from,
    is_certainty_word,
    reported_past,
    values_of,
)
from factcli.text.dates import parse_iso
from factcli.text.korean import has_hangul, is_hangul

# Plans told as a thing (엑사원의 향후 계획을 밝혔다, set out plans for EXAONE): the telling is
# the fact's act, and no plan of its own is stated.
# (not a plan for something it names: 컨트롤타워 역할을 하기 위한 계획을 공개했다 is that plan)
_PLANS_TOLD = rx.compile(
    r"향후\s*계획을\s*(?:밝혔|말했|설명했)"
    r"|(?i:\b(?:set out|outlined|laid out)\s+(?:his\s+|its\s+|the\s+)?plans\s+for\b)"
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
        own = None
        for v in analysis.values:
            if slot is not None and _same_value(v, slot):
                clause = analysis.clause_at(v.start)
                own = v
                break
        # "...하겠다고 말했다": the will is what was said; the saying itself was done. Only a
        # sentence that also reports a saying compares what was said.
        reported = "say" in clause.events and not said
        text_level = "done" if reported else clause.marker or "done"
        if not reported and own is not None and clause.marker:
            # (read as a sentence's value is: 5만장이라는 당초 목표가 충분한지 고민했다 weighs
            # the goal's worth, and the goal is decided)
            text_level = certainty_at(analysis, own)
        if _PLANS_TOLD.search(fact.statement or ""):
            text_level = "done"  # (향후 계획을 밝혔다: telling plans is done; none is given)
    # The curated status is of the fact's own value; a value only its text names (the 16
    # affiliates of an investment decided) is as sure as the words around it.
    status = getattr(fact, "status", None) if slot is not None else None
    if status in LEVELS:
        return min(status, text_level, key=lambda c: LEVELS[c])
    return text_level


def clause_certainty(fact: Fact, text: str, said: str | None = None) -> str:
    """How sure the source is of what `text` (a sentence without a figure) says: the words
    around the statement's clause that shares most of its words (발표됐으며, not the
    앞두고 있다 after it), and the curated status where it is of that clause's kind.

    `said`: the sentence's own certainty. An English sentence shares no word with a Korean
    clause: where one of the statement's clauses is exactly as sure as the sentence (a
    condition it states too), that one is meant; else the first clause, as for a Korean
    sentence none of whose clauses holds more of its words than another."""
    from factcli.text.terms import analyze

    analysis = analyze_sentence(fact.statement) if fact.statement else None
    if analysis is None or len(analysis.clauses) < 2:
        return fact_certainty(fact)
    if not has_hangul(text):
        levels = [c.marker or "done" for c in analysis.clauses]
        if said is not None and said in levels:
            return said
        return levels[0]
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


def _shares_words(text: str, other: str) -> bool:
    """Whether two texts share a content word (two syllables, three Latin letters)."""
    from factcli.text.terms import analyze

    def content(t: str) -> bool:  # AI, LG: too common to tell what was said
        return len(t) >= (2 if is_hangul(t[:1]) else 3) and not t.isdigit()

    mine = {t for t in analyze(text) if content(t)}
    if any(t in mine for t in analyze(other) if content(t)):
        return True
    # (or the other whole, a name of common words: '모두의 AI' of 모두의 AI를 실현했다)
    squashed = "".join(other.split()).lower()
    return len(squashed) >= 4 and squashed in "".join(text.split()).lower()


# Words of an English statement that tell who spoke, not what was said.
_SPEAKER_WORDS_EN = frozenset(
    ["bae", "kyung", "hoon", "minister", "said", "say", "would", "will", "the", "and", "that"]
)


def _tells_of_en(text: str, fact: Fact) -> bool:
    """Whether an English sentence names two or more content words of what the fact's English
    statement says was said (a science, technology and AI ministers' meeting), its speaker's
    words aside: it tells of the thing, not only of the saying."""
    from factcli.text.terms import analyze

    def content(words: list[str]) -> set[str]:
        return {t for t in words if len(t) >= 3 and not t.isdigit() and t not in _SPEAKER_WORDS_EN}

    told = fact.statement_en or ""
    saying = SAYING_EN.search(told)
    # (what was said, after the verb of saying: not the occasion it was said at, the online
    # launch event)
    theirs = content(analyze(told[saying.end() :] if saying else told))
    return len(content(analyze(text)) & theirs) >= 2


# A verb of saying in English, and the "that" after it (said that, told reporters): what was
# said comes after it.
SAYING_EN = rx.compile(
    r"(?i:\b(?:said|says|announced|told\s+\w+|stated|added|pledged|vowed)\b\s*(?:that\s+)?)"
)


# What the source tells as still to come: no day it happened, no deed done.
PENDING = frozenset(["future", "planned", "expected", "considering", "proposed"])
# A verb made of a noun, in a form that says it is done (격상됐다, 공개했다, was upgraded).
_DONE_VERB_KO = rx.compile(
    r"([가-힣]{2,}?)(?:됐|되었|했|하였|시켰|[된한]\s*(?:뒤|후|다음|이후)(?:인|에|에는)?(?![가-힣]))"
)
# A clause's linked parts (강조하며, | 만들겠다는), and the marks of what is still to come.
_LINKED_PART = rx.compile(r"(?<=[가-힣])(?:하며|하고|하면서|했고|했으며),?\s+")
_AHEAD_MARK = rx.compile(r"겠|계획|예정|방침|할\s*것|앞두|추진|검토|고민|전망|예상|이르면")
_PENDING_EN = rx.compile(
    r"(?i:\b(?:(?:is|are)\s+(?:to|set to|due to|expected to|scheduled to|planned to)|will)"
    r"\s+be\s+([a-z]{4,}ed)\b)"
)
_BECAME_EN = rx.compile(
    r"(?i:\b(?:became|has become|had become|turned into|was turned into|rose to|was raised to|"
    r"was elevated to|was made)\b)"
)
_PHRASE_END = rx.compile(r"[,.;:]|\s(?:on|in|by|after|before|when|and|but|as|under)\s")
_LIGHT_EN = frozenset(["the", "a", "an", "to", "of", "level", "body"])
_DONE_VERB_EN = rx.compile(
    r"(?i:\b(?:was|were|(?:has|have|had)(?:\s+(?:already|now|finally|since|just))?\s+been)"
    r"(?:\s+(?:already|now|finally|officially|formally))?\s+([a-z]{4,}ed)\b"
    # (the act done by another, in the perfect: the plan has already elevated the ministry)
    r"|\b(?:has|have|had)\s+(?:already\s+|now\s+|finally\s+)?([a-z]{4,}ed)\b"
    # (or in the past: the plan elevated the ministry; not "to be elevated", "planned")
    r"|(?<!\bbe )(?<!\bbeen )(?<!\bto )\b([a-z]{4,}ed)\s+(?:the|its|his|a|an)\s)"
)


def ahead_events(fact: Fact) -> frozenset[str]:
    """The acts the fact's statements tell as still to come: the events of their parts marked
    so (부총리급으로 격상돼 … 부상할 예정이다: upgrade; is to be upgraded), not of the
    occasion the plan was told at (취임하면서 … 만들겠다: not the inauguration)."""
    found: set[str] = set()
    for text in (fact.statement, fact.statement_en):
        for clause in analyze_sentence(text or "").clauses:
            for part in map(str, _LINKED_PART.split(clause.text)):
                if _AHEAD_MARK.search(part) or _PENDING_EN.search(part):
                    # (nor of the event it was told at: 출범 온라인 행사에서 … 연구하겠다,
                    # at the launch event … would research: not the launch)
                    part = _OCCASION.sub(" ", part)
                    for c in analyze_sentence(part).clauses:
                        found |= c.events
    return frozenset(found - {"say"})


def _planned_act(text: str, korean: bool) -> frozenset[str]:
    """The act a clause says is to come: the events of the word the mark of what is ahead is
    on (출범할 예정, 확보하겠다; will launch), not of the occasion or the means the clause also
    names (출범 행사에서, 출범을 통해, 취임하면서)."""
    m = _AHEAD_KO.search(text) if korean else _AHEAD_EN.search(text)
    if m is None:
        return frozenset()
    if korean:
        start = text.rfind(" ", 0, m.start()) + 1
        end = text.find(" ", m.start())
        word = text[start : end if end >= 0 else len(text)]
    else:
        after = text[m.end() :].split()
        word = " ".join(after[:2]) if after else ""
    return frozenset(e for c in analyze_sentence(word).clauses for e in c.events) - {"say"}


# The occasion something was said at: 출범 온라인 행사에서, 취임식에서, at its launch event.
_OCCASION = rx.compile(
    r"(?:[^\s,]+\s+){0,4}?[^\s,]*(?:행사|식|간담회|기자회견|회의|자리|포럼|세미나|콘퍼런스|컨퍼런스)"
    r"(?:에서|에)(?![가-힣])"
    r"|(?i:\bat\s+(?:[\w'’-]+\s+){0,6}?(?:event|ceremony|conference|briefing|meeting|forum)"
    r"(?:\s+on\s+[\w ,]+?\d{4})?,?)"
)


def _phrase_at(text: str, start: int) -> str:
    """The words from `start` to the end of their phrase."""
    end = _PHRASE_END.search(text, start)
    return text[start : end.start() if end else len(text)]


def _same_verb(term: str, verbs: set[str]) -> bool:
    """The same verb (its stem's first five letters), or one of the same meaning."""
    from factcli.text.paraphrases import group_of

    group = group_of(term) or ()
    return any(term[:5] == v[:5] or v in group for v in verbs)


def pending_objection(analysis: Analysis, fact: Fact, *, beside: bool = False) -> Objection | None:
    """An act the source tells in a clause of its own as still to come (과기부는 부총리 격상을
    앞두고 있다, beside a plan announced on 2025-09-07), which the sentence says is done
    (과기부는 부총리급 부처로 격상됐다): the sentence's value may be right, its tense is not.
    `beside`: the fact is not the one supporting the sentence's values, so a fact of one
    clause that tells it as still to come (이르면 다음 달 초로 예정돼 있다) counts too (격상된
    뒤인 9월 12일 기자간담회를 열었다)."""
    from factcli.text.terms import analyze

    text = fact.statement if analysis.korean else (fact.statement_en or "")
    if not text:
        return None
    if not analysis.korean:
        # (is to be upgraded, will be raised: an English clause says it in the verb phrase)
        # (by the word's meaning too: was raised for is to be upgraded)
        ahead_en = {t for m in _PENDING_EN.finditer(text) for t in analyze(m.group(1))}
        for m in _DONE_VERB_EN.finditer(analysis.text):
            verb = m.group(1) or m.group(2) or m.group(3)
            if any(_same_verb(t, ahead_en) for t in analyze(verb)):
                return Objection("tense", f"the source says it is still to be {verb}")
        # (became what the source says it is still to be made: became a deputy-prime-minister
        # -level body, where it is to be upgraded to deputy prime minister level)
        for m in _PENDING_EN.finditer(text):
            target = set(analyze(_phrase_at(text, m.end()))) - _LIGHT_EN
            for became in _BECAME_EN.finditer(analysis.text):
                if len(target & set(analyze(_phrase_at(analysis.text, became.end())))) >= 2:
                    return Objection("tense", f"the source says it is still to be {m.group(1)}")
        return None
    clauses = analyze_sentence(text).clauses
    if len(clauses) < 2 and not beside:
        return None  # one clause: its status tells how sure it is (certainty_objection)
    pending = [c for c in clauses if c.certainty in PENDING]
    if not pending:
        return None
    # (within a clause, the part with the mark of what is to come: 강조하며, | AI 생태계를
    # 만들겠다는 구상: the stress on AI is done, the ecosystem to come)
    parts = [str(p) for c in pending for p in _LINKED_PART.split(c.text)]
    marked = [p for p in parts if _AHEAD_MARK.search(p)]
    if len(marked) < len(parts) and marked:
        done_terms = {t for c in clauses if c not in pending for t in analyze(c.text)}
        done_terms |= {t for p in parts if p not in marked for t in analyze(p)}
        ahead = {t for p in marked for t in analyze(p)} - done_terms
    else:
        done_terms = {t for c in clauses if c not in pending for t in analyze(c.text)}
        ahead = {t for c in pending for t in analyze(c.text)} - done_terms
    for clause in analysis.clauses:
        if clause.certainty != "done" or clause.marker:
            continue
        for m in _DONE_VERB_KO.finditer(clause.text):
            if not any(t in ahead for t in analyze(m.group(1))):
                continue
            # (beside: the act of the same thing, by the word before the verb too: 부총리로
            # 격상된, not LG AI연구원은 ... 출범했다 beside another body's launch to come)
            before = [w for w in clause.text[: m.start()].split()[-1:] if not re.search(r"\d", w)]
            if beside and not any(t in ahead for w in before for t in analyze(w)):
                continue
            return Objection(
                "tense",
                f"the source says {m.group(1)} is still to come",
                fact=fact.id if beside else "",
            )
    return None


# A figure named as what someone said, before it (배 장관이 말한 2030년 …).
_SAID_BEFORE = rx.compile(r"(?:말한|밝힌|언급한|전망한|내다본)\s+(?:[^\s]+\s+){0,3}[^\s]*$")
# A past tense in them (걸렸다, 확보했다): an act told done, as sure as the source's.
_PAST_IN_QUOTE = rx.compile(r"[았었였했됐렸졌쳤]")


# A decision the sentence denies (확정하지 않았다, not yet decided, has yet to decide).
_DECISION_DENIED = rx.compile(
    r"(?:확정|결정)[하되]지\s*(?:않|못)|미정|"
    r"(?i:\bnot\s+(?:yet\s+)?(?:been\s+)?(?:decided|finali[sz]ed|confirmed|settled)\b"
    r"|\bundecided\b|\byet\s+to\s+(?:be\s+)?(?:decided?|finali[sz]ed?|confirmed?)\b)"
)


# A sentence that tells an account as one (밝혔다, 해명했다, 주장했다, 입장문, according to, said,
# claimed, denied): what a party said is its own account, not the thing itself.
_ACCOUNT_TOLD = rx.compile(
    r"주장|해명|입장문|밝혔|밝힌|설명했|설명한|말했|말한|라며|다며|부인(?![은는이가의])|의혹|에\s*따르면|"
    r"(?i:\b(?:said|says|saying|claim(?:s|ed|ing)?|insist(?:s|ed)?|maintain(?:s|ed)?|argu(?:es|ed)|"
    r"den(?:y|ies|ied)|according\s+to|statement|told|explain(?:s|ed)|allegation|alleged(?:ly)?|"
    r"accus(?:ed|ation)|suspicion)\b)"
)


def tells_account(text: str, end: int | None = None) -> bool:
    """Whether text (up to `end`) tells what follows as someone's account (According to his
    statement, 해명했다, said)."""
    return _ACCOUNT_TOLD.search(text, 0, len(text) if end is None else end) is not None


def account_objection(
    analysis: Analysis, fact: Fact, others: Sequence[Fact] = ()
) -> Objection | None:
    """What the source gives only as a party's own account (its status `denied`: Bae's
    statement that he signed the contract on March 5, that he knew nothing of the curbs) or as
    an allegation, told as plain fact (Bae had no advance knowledge of the curbs)."""
    status = getattr(fact, "status", None)
    if status not in ("denied", "alleged") or _ACCOUNT_TOLD.search(analysis.text):
        return None
    if any("say" in c.events for c in analysis.clauses):
        return None
    # (the sentence must tell what the account says, in its words: not the doctorate taken
    # during his service, of his account of how it was approved)
    from factcli.text.terms import analyze

    mine = {t for t in analyze(analysis.text) if not t.isdigit()}  # (its figures weigh apart)
    mine -= set(analyze(analysis.actor or ""))  # (who it is about: 배 장관, not what is told)

    def tells(told: Fact) -> bool:
        said = " ".join(t for t in _said_texts(told) if t)
        theirs = set(analyze(said))
        # (박사 과정 for 박사과정: a word the fact writes joined to the next is its word)
        joined = "".join(said.split()).lower()
        held = {t for t in mine if t in theirs or (len(t) >= 2 and t in joined)}
        return len(held) >= _ACCOUNT_SHARE * len(mine)

    if not mine or not tells(fact):
        return None
    days = [v.date for v in analysis.values if v.family == "date" and v.date is not None]

    def same_day(told: Fact) -> bool:
        """A fact of another day tells of another thing (the contract the narration dates
        after the June 10 loan, of his March 5)."""

        own = getattr(told, "date", None)
        if not days:
            return True
        if not own:
            return False  # (nor one that gives no day, where the sentence tells one)
        try:
            when = parse_iso(own)
        except ValueError:
            return True
        return any(d.agrees(when) for d in days)

    if any(
        o.id != fact.id
        and getattr(o, "status", None) in (None, "done")
        and tells(o)
        and same_day(o)
        for o in others
    ):
        return None  # (the source tells it plainly too: his doctorate during his service)
    told = "an allegation" if status == "alleged" else "a party's own account"
    return Objection("certainty", f"{ACCOUNT_ONLY}{told}: {fact.statement}")


ACCOUNT_ONLY = "the source gives this only as "
# Verbs of naming a thing only (언급했다, mentioned): what they name is told, not done.
_MENTIONED = rx.compile(
    r"(?:언급|거론|소개|인용)(?:했|하였|됐)"
    r"|(?i:\b(?:mentioned|cited|referred\s+to|brought\s+up|named)\b)"
)
# What a mention names as done (구축한 성과를 언급했다, mentioned the achievement): a deed.
_DEED_NAMED = rx.compile(
    r"[가-힣](?:한|된|했던|됐던|해낸)\s+(?:성과|실적|결과|사실|점|일)|성과|실적|달성"
    r"|(?i:\bachiev|\baccomplish|\bsuccess)"
)
_ACCOUNT_SHARE = 0.6  # of the sentence's words the account must hold for it to be told


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
    if value.family in ("money", "count") and changed_from(analysis.text, value):
        return (
            None  # (5만장에서 20만장으로 늘리는 방안: the figure as it stood, not what is weighed)
        )
    clause = analysis.clause_at(value.start)
    if _DECISION_DENIED.search(clause.text):
        # (아직 확정하지 않았다, not yet decided: as sure as a plan under consideration; wrong
        # only where the source says it was decided or done)
        status = getattr(fact, "status", None)
        if status in ("decided", "done"):
            return Objection("certainty", f"the source says this is {status}, not undecided")
        return None
    if (
        slot is not None
        and slot.role == "stated"
        and "say" not in clause.events
        and getattr(fact, "status", None) == "decided"
        and certainty_at(analysis, value) in ("decided", "done")
    ):
        # (In September 2025 the ministry decided …: the day the source tells of a decision
        # taken before, given as the day it was taken)
        return Objection(
            "relation",
            f"{slot.text} is the day the source tells of it, not the day it was decided",
        )
    if (
        slot is not None
        and slot.role == "stated"
        and "say" in clause.events
        and any(v is not value and clause.start <= v.start < clause.end for v in analysis.values)
    ):
        # (9월 12일 간담회에서 … 고민했다고 털어놨다: the day of the saying, and the saying
        # was done; how sure its content is, the clause's other values tell, where it has some)
        return None
    claim = certainty_at(analysis, value)
    quoted = quoted_words(analysis.text)
    if quoted is not None and claim == "done" and not _PAST_IN_QUOTE.search(quoted):
        # (배 장관 "SMR 상용화까지 10년 정도", read as his words said: a forecast in his
        # words, no act told done)
        return None
    said = "say" in clause.events
    acts = clause.events - {"say"}
    if (
        claim == "done"
        and said
        and _MENTIONED.search(clause.text)
        and not _REPORTED.search(clause.text)
        and not _DEED_NAMED.search(clause.text)
    ):
        # (AI 3대 강국 도약을 제1호 공약으로 언급했다, mentioned it: the mention is what is told
        # done, not the plan it names)
        return None
    if (
        claim in _AHEAD
        and acts
        and getattr(fact, "status", None) in PENDING
        and (own := _planned_act(clause.text, analysis.korean))
        and not own & ahead_events(fact)
        and own & _statement_events(fact)
    ):
        # (LG AI연구원은 2020년 12월 7일 출범할 예정이다, by a plan said at its launch event:
        # the launch is what the source tells as done that day, not what was planned)
        return Objection("tense", f"the source tells of this as done, not {_AHEAD[claim]}")
    if (
        claim == "done"
        and len(analysis.clauses) > 1
        and acts
        and (theirs := _statement_events(fact) - {"say"})
        and not acts & theirs
    ):
        # (LG AI연구원은 2020년 12월 7일 출범했고, …, 투자하기로 했다: the day is the launch's,
        # done; the investment dated that day is decided in a clause of its own)
        return None
    if slot is None and fact.value is not None and not isinstance(fact.value, str):
        # A value only the fact's text names (수요(15만장 정도)의 30%를 공급하면): its status
        # is not recorded, but the words around it in the statement say how sure it is.
        owner = next((f for f in owners if f is not fact and _owns(f, value)), None)
        source = owner.certainty if owner is not None else _text_certainty(fact, value)
        if source is None or LEVELS[claim] <= LEVELS[source] or claim == "future":
            return None
        if (
            source == "expected"
            and not clause.marker
            and _SAID_BEFORE.search(clause.text, 0, value.start)
        ):
            return None  # (배 장관이 말한 2030년 수요: his forecast, told as what he said)
        return Objection("certainty", f"the source words {value.text} as {source}, not {claim}")
    if slot is None and value.date is not None:
        # (a date the sentence tells from another, 닷새 전인 9월 7일: as sure as the clause of
        # the fact's own date it falls on, not the clause after it)
        from factcli.judge.values import fact_slots

        slot = next(
            (
                s
                for s in fact_slots(fact)
                if s.date is not None and s.role != "stated" and s.date.agrees(value.date)
            ),
            None,
        )
    source = fact_certainty(fact, slot, said=said)
    status = getattr(fact, "status", None)
    if (
        slot is None
        and status in LEVELS
        and isinstance(fact.value, str)
        and not (said and _REPORTED.search(clause.text))
        and any(_same_value(v, value) for v in values_of(fact.value))
    ):
        # The figure is in the fact's own value (글로벌 상위 10위 안에 드는 LLM): its status,
        # expected, is how sure the source is of it, whatever verb reported it.
        source = min(source, status, key=lambda c: LEVELS[c])
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
        claim in _AHEAD
        and not said
        and slot is not None
        and slot.role == "stated"
        and slot.date is not None
        and not _REPORTED.search(clause.text)
        and _looks_ahead_at(analysis, value)
        and not state_as_of(analysis, value)
    ):
        # The day something was said, given as the day of an act still to come (LG AI
        # Research will launch on December 7, 2020, where a remark at its launch is told).
        return Objection("tense", f"the source tells of {slot.text} as done, not {_AHEAD[claim]}")
    if (
        slot is not None
        and slot.role == "stated"
        and isinstance(fact.value, str)
        and not _shares_words(analysis.text, fact.value)
        # (an English sentence, a Korean value: the words of what was said, in English)
        and not (not analysis.korean and _tells_of_en(analysis.text, fact))
        # (what the sentence reports as said, done where the source plans that act, is weighed)
        and not (
            claim == "done"
            and _REPORTED.search(clause.text)
            # (the act said done is one the fact's verbs tell of; in English, whose verbs of
            # what was said the events do not all read, any act reported done: had solved)
            and ((clause.events - {"say"}) & _statement_events(fact) or not analysis.korean)
        )
    ):
        # Matched on the day it was said only, and saying nothing of what the source says
        # was expected or planned (its value): the sentence claims the saying, not the thing.
        return None
    status = getattr(fact, "status", None)
    if claim in ("future", "planned") and _COMMITTED.search(clause.text):
        claim = "planned"  # (반드시 하겠다고 약속했다, vowed to: a commitment, not a forecast)
        if status in LEVELS and LEVELS[status] < LEVELS[claim]:
            # (the store's status of what was said, expected, is less than a promise)
            return Objection("certainty", f"the source says this is {status}, not promised")
    scheduled_at = _SCHEDULED.search(analysis.text, value.end)
    if (
        claim in ("planned", "future")
        and scheduled_at is not None
        # (the date's own act is the one scheduled: not 9월 7일 발표된 개편안에 따라 격상될 예정)
        and not _PAST_ACT_BETWEEN.search(analysis.text, value.end, scheduled_at.start())
        and scheduled_at.start() - value.end <= 30
        and source == "done"
        and status in (None, "done")
        and not said
        and slot is not None
        and slot.date is not None
        and slot.date.day
    ):
        # Understated the other way: what was done on a day, written as still to come.
        return Objection("tense", f"the source says this was done on {slot.text}, not planned")
    if (
        claim in _AHEAD
        and slot is not None
        and slot.role != "stated"
        # (denied: what was denied is not this; the day's act, the statement, was done)
        and status in (None, "done", "denied")
        and source in ("done", "denied")
        # (what was said, where the sentence reports a saying: 신청했다고 밝혔다, done)
        and fact_certainty(fact, slot, said=True) in ("done", "denied")
        # (a sentence reporting a saying: only a fact that reports a saying of a thing done,
        # not the occasion it was said at, whose day the saying's may be)
        and (not said or _SAID_DONE.search(fact.statement or "") is not None)
        and _looks_ahead_at(analysis, value)
    ):
        # Understated: what the source tells as done (released on July 15, 2025), written
        # as planned, to come or under consideration (plans to release it on July 15, 2025).
        when = f" on {slot.text}" if slot.date is not None else ""
        return Objection("tense", f"the source says this was done{when}, not {_AHEAD[claim]}")
    if claim == "considering" and status in ("decided", "done") and slot is not None:
        # Understated: an adopted goal written as something only under consideration.
        return Objection("certainty", f"the source says this is {status}, not under consideration")
    if source == "denied" or LEVELS[claim] <= LEVELS[source]:
        return None
    if source in ("expected", "planned") and claim == "future":
        return None  # "will be" for "is expected to be" or "is to be": both look ahead
    if source == "expected" and claim == "planned" and said and not clause.marker:
        # (걸린다고 말했다, said it takes: the speaker's forecast in his words, no plan named)
        return None
    if (
        source == "expected"
        and claim == "done"
        and not clause.marker
        and _SAID_BEFORE.search(clause.text, 0, value.start)
    ):
        # (배 장관이 말한 2030년 GPU 수요: the figure named as what he said, his forecast)
        return None
    if (
        source == "decided"
        and claim == "done"
        and value.family == "date"
        and slot is not None
        and slot.role == "date"
        and not getattr(fact, "deadline", None)
    ):
        # (the day of a decision is the day it was taken: LG AI Research, set up on December
        # 7, 2020, the day the affiliates decided to invest; not a deadline told as met)
        return None
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


# The words that put a value's own act ahead: after it in Korean (공개할 예정이다), before it
# in English (plans to release it on …), with no act done between (발표된, was announced).
# (a verb's form before 예정, 계획: a syllable that ends in ㄹ, 할 선보일 펴낼 맡을 열)
_RIEUL_FINAL = "".join(chr(0xAC00 + i) for i in range(8, 11172, 28))  # (399, not 11,172 tried)
_AHEAD_KO = rx.compile(
    rf"[{_RIEUL_FINAL}]\s*(?:예정|계획|방침|것으로|것이다)|[하되]기로|[하되]겠|(?:하는|할)\s*방안|"
    r"(?:검토|고민)\s*(?:중|하고|할)|(?:할|될)\s*(?:전망|것으로)|앞두"
)
_AHEAD_EN = rx.compile(
    r"(?i:\b(?:will|plans?\s+to|planning\s+to|intends?\s+to|aims?\s+to|expects?\s+to"
    r"|(?:is|are)\s+(?:scheduled|set|due|slated|expected|planning|going|considering|weighing)"
    r"|would\s+consider|may)\b)"
)
_DONE_BETWEEN_EN = rx.compile(r"(?i:\b(?:was|were|had|has\s+been|have\s+been)\b)")


def _looks_ahead_at(analysis: Analysis, value: Value) -> bool:
    """Whether the words next to the value put its own act ahead (공개할 예정이다, plans to
    release), rather than another act the sentence also names."""
    clause = analysis.clause_at(value.start)
    text = analysis.text
    if analysis.korean:
        m = _AHEAD_KO.search(text, value.end, min(clause.end, value.end + 40))
        return m is not None and not _PAST_ACT_BETWEEN.search(text, value.end, m.start())
    for m in _AHEAD_EN.finditer(text, max(clause.start, value.start - 80), value.start):
        if not _DONE_BETWEEN_EN.search(text, m.end(), value.start):
            return True
    return False


# A saying whose content is an act done (정정 신청했다고 밝혔다, said he had filed).
_SAID_DONE = rx.compile(
    r"[했됐]다고\s|[했됐]다며\s|(?i:\b(?:said|told|stated)\b[^.]*\b(?:had|has)\s+\w+ed\b)"
)

# A sentence that looks ahead, and how to say it.
_AHEAD = {
    "planned": "planned",
    "future": "still to come",
    "considering": "under consideration",
    "expected": "expected",
}

# Words of a commitment (반드시 ... 약속했다, vowed): surer than a forecast.
_COMMITTED = rx.compile(
    r"반드시|약속|공약|다짐|장담|틀림없이|(?i:\b(?:promis(?:e|ed|es)|vow(?:ed|s)?|pledg(?:e|ed|es)|"
    r"guarantee(?:d|s)?|committed|definitely|certainly|surely|for sure|without fail)\b)"
)


# Words that put an act on a day still to come (공개할 예정이다, is scheduled to).
_SCHEDULED = rx.compile(
    r"[가-힣]?[할될]\s*예정(?:이다|이며|이었|이라|인)|"
    r"(?i:\b(?:is|are)\s+(?:scheduled|set|due|slated)\s+to\b)"
)


# An act done between a value and a word after it (발표된, 열렸고); not 에 대한, 관한, 위한,
# 통한: postpositions, no act.
# (… 개편안이 나오면서, 발표되며: a verb of its own joined to what follows, told as it happened)
_PAST_ACT_BETWEEN = rx.compile(r"(?<![대관위의통인])[된한던]\s|[됐했]|[가-힣](?:면서|되며|하며)\s")


# What was said, reported inside the sentence: ~다고/라고/겠다고 말했다, said that, promised to.
_REPORTED = rx.compile(
    r"[다라자냐]고\s|[다라]며\s|겠다는|(?i:\b(?:said|told|stated|promised|pledged|vowed|noted)\b"
    r"(?:\s+\w+){0,2}?\s+(?:that|to|it|he|she|they|the|a|an)\b)"
)


# A date a state is told as of (기사 시점에, 기준, 현재, as of), and a state's words (앞두고
# 있었다, 상태, was awaiting): how things stood on the day it was said.
_AS_OF_AFTER = rx.compile(r"\s*(?:(?:기사|보도)\s*)?(?:시점|기준|현재|당시)")
_AS_OF_BEFORE_EN = rx.compile(r"(?i:\bas\s+of\s+)$")
_STATE_SAID = rx.compile(
    r"앞두|있었|있다|상태|중이|(?i:\b(?:was|were|is|are)\s+(?:still\s+)?(?:awaiting|pending|due)\b)"
)


def state_as_of(analysis: Analysis, value: Value) -> bool:
    """The date is the day a state is told as of (9월14일 기사 시점에 … 격상을 앞두고 있었다):
    not the day of an act, nor of one still to come."""
    return bool(
        (
            _AS_OF_AFTER.match(analysis.text, value.end)
            or _AS_OF_BEFORE_EN.search(analysis.text, 0, value.start)
        )
        and _STATE_SAID.search(analysis.clause_at(value.start).text)
    )


# (한 것, 이사한 뒤: done; 할 때, 할 때가 돼서: a time, not an intent)
_DONE_AFTER = rx.compile(r"(?:했|하였|됐|되었|된\s|한\s)")
_INTENDED_AFTER = rx.compile(r"(?:하겠|할\s(?!때)|하기로|하려|하고자|할 계획|하는 것)")
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
        statement = fact.statement or ""
        at = statement.find(stem)
        while at >= 0 and stem:
            end = at + len(stem)
            at = statement.find(stem, end)
            after = statement[end : end + 8]
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


# Done with (모두 완료했다, completed): said of what the source tells as a roadmap or a plan.
_COMPLETED = rx.compile(
    r"완료|완성했|완성됐|마쳤|마무리했|끝냈|(?i:\bcomplet(?:ed|es)\b|\bfinished\b|\baccomplished\b)"
)
_ROADMAP = rx.compile(r"로드맵|청사진|계획|구상|(?i:\broadmap\b|\bblueprint\b|\bplans?\b)")


def completion_objection(analysis: Analysis, fact: Fact) -> Objection | None:
    """Completed, where the source tells of a roadmap or a plan for it (로드맵을 공개했다):
    what is still to be done is written as done."""
    if not _COMPLETED.search(analysis.text):
        return None
    source = " ".join(t for t in (fact.statement, fact.statement_en) if t)
    if _COMPLETED.search(source) or not _ROADMAP.search(source):
        return None
    return Objection("tense", "the source tells of a roadmap or a plan, not of its completion")


# (a word of its own: not 이미지, an image)
ALREADY = rx.compile(r"(?<![가-힣])(?:이미|벌써)(?![가-힣])|(?i:\balready\b)")
_NOT_YET_DONE = PENDING | {"decided", "conditional"}


def already_objection(analysis: Analysis, fact: Fact) -> Objection | None:
    """Already done (이미 확보했다, had already been secured), where the source tells of a goal,
    a plan or a condition: what is still to be done is written as done."""
    if not ALREADY.search(analysis.text):
        return None
    status = getattr(fact, "status", None)
    if status not in _NOT_YET_DONE:
        return None
    return Objection("tense", f"the source says this is {status}, not already done")


# What a sentence reports as said to be done (키워냈다고 말했다, said he had built it), read by
# the analysis's reported speech: its own word (하기로 했다고, decided, is two words: not read),
# never a state (있었다고), a wish (싶었다고), a copula (목표였다고) or a saying itself
# (강조했다고 전해졌다).
_DECIDED_BEFORE = rx.compile(r"(?:기로|려고|고자|하려)\s*$")
_NOT_AN_ACT = ("있었", "없었", "싶었", "같았", "좋았", "였", "이었", "아니었")
_SAYING_STEMS = ("말", "밝", "설명", "강조", "전", "언급", "주장", "덧붙", "답", "소개", "털어놓")
_REPORTED_DONE_EN = rx.compile(
    r"(?i:\b(?:said|says|told|stated|claimed|announced|noted|added)\b(?:\s+[\w'’-]+){0,4}?"
    r"\s+(?:had|has|have)\s+(?:already\s+)?(?:been\s+)?"
    r"([a-z]{3,}ed|made|built|done|grown|become|begun|won|taken|brought|set|put|held"
    r"|achieved|turned|gone|given|shown|seen|run|led)\b)"
)
# English verbs of a wish, a plan or a view in the past: how sure, not a deed said done.
_NOT_A_DEED_EN = frozenset(
    ["hoped", "considered", "proposed", "decided", "planned", "wanted", "intended", "aimed",
     "expected", "pledged", "promised", "vowed", "agreed", "wished", "sought", "discussed",
     "reviewed", "suggested", "predicted", "forecast", "projected", "stressed", "emphasized",
     "emphasised", "said", "stated", "noted", "mentioned", "explained", "added"]
)  # fmt: skip


def reported_done_objection(analysis: Analysis, fact: Fact) -> Objection | None:
    """What the source reports as planned, wished or considered, reported as said to be
    done (엑사원을 키워냈다고 말했다, where he said he wants to grow it: 키우고 싶다)."""
    status = getattr(fact, "status", None)
    if status not in _NOT_YET_DONE:
        return None
    text = analysis.text
    if analysis.korean:
        said = reported_past(text)
        if said is None:
            return None
        word, at = said
        if (
            len(word) < 2  # (했다고 alone: a verb of its own word before it, 하기로 했다고)
            or word.endswith(_NOT_AN_ACT)
            or word.startswith(_SAYING_STEMS)
            or word in (fact.statement or "")  # (the same done form the source gives)
            or is_certainty_word(word)
            # (하기로 했다고, 하려고 했다고: how sure, told in the past)
            or _DECIDED_BEFORE.search(text, max(0, at - 8), at)
        ):
            return None
        return Objection("tense", f"the source says this is {status}, not said to be done")
    told_words = set(re.findall(r"[a-z]+", (fact.statement_en or "").lower()))
    for m in _REPORTED_DONE_EN.finditer(text):
        verb = m.group(1).lower()
        if verb in _NOT_A_DEED_EN or verb in told_words:
            continue
        return Objection("tense", f"the source says this is {status}, not said to be done")
    return None


# What a source only asks (5만 장이 충분한지 고민했다; wondered whether that would be enough):
# a judgement of how much, inside a question (충분한지, 충분한 것인가, whether … enough).
_ASKED_KO = rx.compile(
    r"(충분|부족|적절|적정|과도|과다|미흡|넉넉)(?:한|할|인)\s*(?:지(?![가-힣])|것인가|가(?![가-힣])|까)"
)
_ASKED_EN = rx.compile(
    r"(?i:\bwhether\s+(?:[^\s.;?]*[^\s.;?,]\s+){0,12}?(enough|sufficient|adequate|excessive|"
    r"too\s+(?:few|little|many|much|small|large))\b)"
)
# The same judgement in either language (enough: 충분).
_SAME_JUDGEMENT = {"enough": "충분", "sufficient": "충분", "adequate": "적절", "excessive": "과도"}


def question_objection(analysis: Analysis, fact: Fact) -> Objection | None:
    """A judgement of how much said as an answer (5만 장이면 충분하다; 50,000 would be enough,
    sufficient, excessive), where the source only asks whether it is (충분한지 고민했다): what
    was weighed as a question, written as an answer."""
    from factcli.judge.meaning.directions import JUDGED

    texts = " ".join(_said_texts(fact))
    asked = (
        _ASKED_KO.search(texts) or _ASKED_EN.search(texts)
        if analysis.korean
        else _ASKED_EN.search(texts) or _ASKED_KO.search(texts)
    )
    if asked is None:
        return None
    text = analysis.text
    said = JUDGED.search(text)
    again = _ASKED_KO.search(text) or _ASKED_EN.search(text)
    if said is None and again is None:
        return None
    if again is not None:
        # (asked in the sentence too: the same judgement, or another question than the
        # source's, 과도한지 for 충분한지)
        theirs, mine = (m.group(1).lower() for m in (asked, again))
        if _SAME_JUDGEMENT.get(theirs, theirs) == _SAME_JUDGEMENT.get(mine, mine):
            return None
        return Objection(
            "certainty", f"the source asks whether it is {asked.group(1)}, not {again.group(1)}"
        )
    if said is None:
        return None
    return Objection(
        "certainty",
        f"the source only asks whether it is {said.group()}; the sentence says it is",
    )
