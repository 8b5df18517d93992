"""The wording: which of a sentence's words a fact holds, paraphrased or not, and which it lacks."""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator

from factcli.find.vocabulary import Index
from factcli.judge.reading import _Reading
from factcli.judge.relevance import _ROLE_WORDS, Coverage
from factcli.store.model import Fact, Store
from factcli.store.readings import texts_of as readings_texts
from factcli.text import paraphrases
from factcli.text import patterns as rx
from factcli.text.analysis import PASSIVE_GOT, POST_RISEN, Analysis, Value, is_certainty_word
from factcli.text.dates import MONTH_WORDS, parse_iso
from factcli.text.korean import (
    hangul_runs,
    hangul_words,
    is_hangul,
    romanised_key,
    strip_particle,
    verb_stems,
)
from factcli.text.terms import STOPWORDS, analyze, is_predicate

# A Korean verb made of a noun (반납했다, 강등됐다, 해체한): the noun is what was done.
_KO_VERB_NOUN = rx.compile(
    r"(?<![가-힣])([가-힣]{2,})(?:했|하였|한|하고|하며|하는|하기|해|됐|되었|된|되고|되며|시켰|시킨)"
)
_EN_VERB = rx.compile(r"\b([a-z]{3,}ed)\b")


# Verbs that say an act was undone, refused or never happened (사임, 낙마, 불참, banned,
# skipped), as whole words (not 반려견, mission, quite): a fact telling of the act, met by a
# typo's tolerance, is no support for them. Words a plan may use of its own (유예, 연기,
# 보류, 중단) are not here: a paraphrase of the store's words, not an undoing.
_UNDOING_VERB = rx.compile(
    r"사임|사퇴|낙마|해임|경질|파면|퇴출|불참|결석|폐지|철회|취소|유출|거부|반려|무산|탈락|"
    r"(?i:resign|dismiss|fired|withdrew|withdrawn|cancel+|reject|abolish|scrapp|absent|"
    r"boycott|skipp|bann|leak|revok|retract|refus|quit|oust|impeach)"
)
# ... unless the sentence says it was not (거부하지 않고, 낙마 없이, 낙마를 피했다, not banned)
_UNDOING_DENIED = rx.compile(
    r"\s*(?:(?:하|되|당하|시키)지\s*(?:않|못)|없이|없는|(?:을|를)?\s*(?:피했|피한|피해|면했|면한))"
)
_UNDOING_DENIED_EN = rx.compile(
    r"(?i:\b(?:not|never|n't|without|avoided|escaped)\s+(?:\w+\s+){0,2}$)"
)


def _undone_in(text: str, word: str) -> bool:
    """Whether the sentence tells of the undoing `word` names as done, not as denied."""
    latin = word.isascii()
    # (re's own cache: a word's pattern is made once, not a pre-tested pattern per sentence)
    for m in re.finditer(re.escape(word), text, re.IGNORECASE):
        if latin and _UNDOING_DENIED_EN.search(text[max(0, m.start() - 40) : m.start()]):
            continue
        if not latin and _UNDOING_DENIED.match(text, m.end()):
            continue
        return True
    return False


def _novel_verbs(
    text: str,
    novel: list[str],
    chosen: list[tuple[int, _Reading]],
    index: Index | None = None,
) -> list[str]:
    """Verbs of the sentence made of words the store never uses, and which no supporting
    fact says otherwise (a paraphrase group): 반납했다, demoted. With the index, also a verb
    the store never writes, of an act undone or refused (사임 beside 사업, banned beside band:
    a typo's tolerance finds a word, not the act)."""
    words = {m.group(1) for m in _KO_VERB_NOUN.finditer(text)}
    words |= {w for m in _EN_VERB.finditer(text) for w in analyze(m.group(1))}
    if index is not None:
        undone = {
            w
            for w in analyze(text)
            if _UNDOING_VERB.fullmatch(w) and not index.has(w) and _undone_in(text, w)
        }
        words |= undone
        novel = [*novel, *sorted(undone - set(novel))]
    if not novel:
        return []
    facts = [rd.fact for _i, rd in chosen]
    # A verb of beginning or ending (입학했다) whose date agreed with the fact's date of that
    # side of a span: the roles already said it is the same event.
    spanned = any(
        relation == "agree" and slot is not None and slot.role in _SPAN_ROLES
        for _i, rd in chosen
        for relation, slot in zip(rd.relations, rd.slots, strict=False)
    )
    # A verb of giving (수여했다, 전달했다) of what a fact tells as given or received: the
    # same handing from either side (who gave it to whom is weighed by the gifts' tests).
    from factcli.judge.acts import _fact_events

    handed = any(_fact_events(f) & {"give", "receive"} for f in facts)
    return [
        t
        for t in novel
        if t in words
        and t not in _LOOSE  # (a word that says nothing of its own: then, emerged)
        and not any(_paraphrased(t, f) for f in facts)
        and not (spanned and _SPAN_VERB.fullmatch(t))
        and not (handed and _GIVING.fullmatch(t))
    ]


# Words of giving (수여했다, 전달했다, 건넸다, handed): of what a fact tells as given or received.
_GIVING = rx.compile(
    r"수여|증정|전달|건네|건넨|건넸|주었|줬|준|hand|gave|give|present|award|confer"
)


_SPAN_ROLES = frozenset(["start", "end"])
_SPAN_VERB = rx.compile(r"입학|진학|졸업|수료|enrol+|graduat")


_VERB_ENDING = rx.compile(r"^([가-힣]{2,}?)(?:하|했|한|할|함|해|되|됐|된|될|돼)[가-힣]*$")

_HANGUL_AT = rx.compile(r"[가-힣]").match


def _paraphrased(term: str, fact: Fact, *, implied: bool = True) -> bool:
    """A word the fact says in other words of the same meaning (만든: 개발한, 묶은: 합친;
    the groups: factcli/text/paraphrases.py); with `implied`, also a word the fact's words
    imply (studied, of a degree in the field: paraphrases.IMPLIED_BY), which a fact lends to
    no other (a sentence joining two facts weighs none)."""
    group = paraphrases.group_of(term)
    implying = paraphrases.implied_by(term) if implied else ()
    if group is None and not implying:
        return False
    texts = " ".join((fact.statement, fact.statement_en or "", *(r.quote for r in fact.sources)))
    texts = texts.lower()
    if any(
        _found_as(word, texts, latin=True) if word.isascii() else word in texts for word in implying
    ):
        return True  # (studied, where the source gives a degree in it)
    if group is None:
        return False
    # (a word of one syllable only as a word of its own: 열 is in 열정 too)
    return any(
        _found_as(word, texts, latin=True)  # a Latin word from its start: not "come" in "income"
        if word.isascii()
        else word in texts
        if len(word) > 1
        else _found_as(word, texts, latin=False)
        for word in group
    )


def _found_as(word: str, text: str, *, latin: bool) -> bool:
    """The word in the text where a word starts: a Latin word after no letter or digit of a
    word (regex `\\b`); a syllable with no syllable on either side. Without a regular
    expression: each word's would be compiled afresh (~0.1 ms) at every check."""
    at = text.find(word)
    while at >= 0:
        before = text[at - 1] if at else " "
        if latin:
            if not (before.isalnum() or before == "_"):
                return True
        else:
            after = text[at + len(word)] if at + len(word) < len(text) else " "
            if not ("가" <= before <= "힣") and not ("가" <= after <= "힣"):
                return True
        at = text.find(word, at + 1)
    return False


_MONTH_TERMS = frozenset(w.lower() for names in MONTH_WORDS for w in names)


def _only_the_day_said(value: Value, slot: Value | None, fact: Fact) -> bool:
    """The value agrees with the fact only as the day it was said: its `stated` slot, or a
    date of its text that is that day (the inauguration speech's 2025년 7월17일, for 2025)."""
    if slot is not None:
        return slot.role == "stated"
    stated = getattr(fact, "stated", None)
    if value.date is None or not stated or fact.start or (fact.date and fact.date != stated):
        return False
    return value.date.agrees(parse_iso(stated))


_FRAME = rx.compile(r"([가-힣]{2,})(?:을|를)\s*두고|([가-힣]{2,})에\s*(?:대해|관해|대하여)")
# Where a sentence says its figures are read: 인사청문 자료를 보면, 자료에 따르면,
# according to the filing.
_SOURCE_FRAME = rx.compile(
    r"(?:[가-힣A-Za-z]+\s+){0,2}[가-힣A-Za-z]+(?:을|를)\s*보면|(?:[가-힣A-Za-z]+\s+){0,2}"
    r"[가-힣A-Za-z]+에\s*따르면|(?i:\baccording to\s+(?:the\s+)?[\w\s'’-]{1,40}?(?=,))"
)


# Rising to a post (장관에 올랐다, 수장에 오른, 원장 자리에 올라): taking it, as the fact's
# verb of appointment or of taking office tells it; not 1위에 올랐다, a ranking.
_POST_RISEN = rx.compile(POST_RISEN)


_POST_HELD_BEFORE = rx.compile(r"(?:장|관|직|위원|이사|대표|상무|전무|사장|수석)\s*(출신)")


def post_taken(analysis: Analysis, fact: Fact) -> frozenset[str]:
    """The verb of rising to a post, as the fact's word when the fact tells of taking one."""
    from factcli.judge.acts import _fact_events

    risen = [m.group(1) for m in _POST_RISEN.finditer(analysis.text)]
    # (… 초대 원장 출신: one who held that post, of the fact of his taking it)
    risen += [m.group(1) for m in _POST_HELD_BEFORE.finditer(analysis.text)]
    if not risen or ("start" not in _fact_events(fact) and fact.kind != "position"):
        return frozenset()
    return frozenset(t for word in risen for t in analyze(word))


def _unheld_words(
    store: Store,
    analysis: Analysis,
    fact: Fact,
    matched: frozenset[str],
    coverage: Coverage,
    *,
    implied: bool = True,
) -> list[str]:
    """The sentence's content words the fact does not say, in its words or in others of the
    same meaning: details it does not vouch for. A word the fact holds only as a tag
    (regulation, on the fact that the act is about promotion) is a topic, not something the
    fact says."""
    described = _described(store, analysis, fact, coverage)
    said = _said_terms(store, fact)
    # What it was said about (지명을 두고, 청문회에 대해) frames the saying; it is not said.
    framed = {t for m in _FRAME.finditer(analysis.text) for t in analyze(m.group(1) or m.group(2))}
    # (where it is read: 인사청문 자료를 보면, according to the filing: the source, not a detail)
    framed |= {t for m in _SOURCE_FRAME.finditer(analysis.text) for t in analyze(m.group())}
    # (a day of the month is a value, weighed as one: the 12 of 12일)
    framed |= {str(int(v.amount)) for v in analysis.values if v.role == "day-of-month" and v.amount}
    # (a name spelled in another romanisation: Daesin for the fact's Daeshin, Gwangwoon)
    framed |= {
        t
        for m in _CAPITALISED.finditer(analysis.text)
        if len(t := m.group().lower()) >= 5 and _spelled_near(t, said)
    }
    # (the Order of Industrial Service Merit after an order's grade the sentence names: the
    # order's full English name, whatever part of it the fact writes)
    if any(kind == "award" for kind, _n, _p in analysis.names):
        framed |= {t for m in _ORDER_NAME_EN.finditer(analysis.text) for t in analyze(m.group())}
    # (재가까지 받은, 승인을 받아: the act the fact holds, told in the passive)
    framed |= {
        t
        for m in PASSIVE_GOT.finditer(analysis.text)
        if _holds(said, m.group(1))
        for t in analyze(m.group(2))
    }
    # A title said as a post held or taken (AI연구원장으로 재직하다, 원장에 올랐다), not as the
    # name's address (배 원장은): a thing the fact must hold like any other.
    # (held only by the fact's own words, not by the titles its subject is known by)
    # (장관에 올랐다, 원장 출신: the taking of the post the fact tells of, in other words)
    framed |= post_taken(analysis, fact)
    posts = {t for m in _TITLE_AS_POST.finditer(analysis.text) for t in analyze(m.group(1))}
    if posts:
        own = analyze(" ".join(readings_texts(fact)))
        posts = {t for t in posts if t in _TITLES} - set(own)
    left = [
        t
        for t in coverage.hits
        if t not in framed
        if not _QUOTED_ENDING.fullmatch(t)
        and t not in _MONTH_TERMS
        and (t in posts or not _holds(said, t))
        and not is_predicate(t)
        and t not in _LOOSE
        and (t not in _TITLES or t in posts)
        and t not in _ROLE_WORDS
        and (t in posts or t not in described)
        and not re.fullmatch(r"[a-z]|[가-힣]", t)
        and not _verb_of(t, fact)
        and (t in posts or not _paraphrased(t, fact, implied=implied))
        and not is_certainty_word(t)  # how sure it is: weighed on its own (marker, status)
        and not _turned(t, said)  # (하향 where the fact says 상향: the direction checks weigh it)
    ]
    if not left:
        return left
    # (a name of whom the fact is about or whose act it is, 과기부 for its msit: no detail)
    from factcli.judge.meaning.subjects import bodies_headed, resolve

    whose: set[str | None] = {fact.subject, getattr(fact, "actor", None)} - {None}
    stated = getattr(fact, "stated", None)
    if stated and fact.subject in store.subjects:
        # (배 장관은 과기부가 부총리급으로 올라서면 …: the ministry he heads when he said it,
        # as the doer of what he tells; not a body beside another, 과기부와 병무청에서)
        whose |= {
            body
            for body in bodies_headed(store, fact.subject, str(stated))
            if any(
                re.search(rf"{re.escape(n)}(?:이|가|은|는|도)(?![가-힣])", analysis.text)
                for n in store.subjects[body].names
                if n and not n.lower().startswith("the ")
            )
        }
    return [t for t in left if t in posts or resolve(store, t) not in whose]


_ORDER_NAME_EN = rx.compile(r"(?i:\border\s+of\s+(?:industrial\s+)?service\s+merit\b)")


def _turned(term: str, said: frozenset[str]) -> bool:
    """Whether the fact says the opposite of this direction word (상향 for 하향)."""
    from factcli.judge.meaning.directions import OPPOSITE_NOUNS

    return not OPPOSITE_NOUNS.get(term, frozenset()).isdisjoint(said)


def _spelled_near(word: str, said: frozenset[str]) -> bool:
    """Whether a romanised name is one of the fact's words spelled another way (one letter
    apart, or the same once the systems' vowels are made one)."""
    from rapidfuzz.distance import Levenshtein

    key = romanised_key(word)
    return any(
        w.isascii()
        and len(w) >= 5
        and (romanised_key(w) == key or Levenshtein.distance(w, word, score_cutoff=1) <= 1)
        for w in said
    )


# What a quotation or a nominalised clause leaves as a word of its own ('기업가'라고,
# 받은 것이라고): an ending, not a word a fact must hold.
_QUOTED_ENDING = rx.compile(
    r"[가-힣]?(?:이라고|라고|이라며|라며|이라는|라는|이었다|이다)|것(?:으|으로|이|이라고|이라며|이다|이었다)?"
)


def ranks_held_by_none(
    store: Store,
    analysis: Analysis,
    facts: list[tuple[Fact, frozenset[str]]],
    coverage: Coverage,
) -> list[str]:
    """The corporate ranks the sentence gives (전무) that none of `facts` holds."""
    ranks = {
        t
        for t in coverage.hits
        if t in _RANKS and not any(_holds(_said_terms(store, f), t) for f, _m in facts)
    }
    return sorted(ranks)


# A company's ranks, each held from a date (상무 in 2018, 전무 from June 2021).
_RANKS = frozenset(analyze("전무 상무 부사장 사장 전무이사 상무이사"))


def _holds(said: frozenset[str], term: str) -> bool:
    """A word of the sentence is among the fact's words, or shares its stem with one
    (promoting: promotion; 특화된: 특화)."""
    if term in said or strip_particle(term, min_stem=1) in said:
        return True
    if term.isascii() and term.endswith("d") and (term[:-1] in said or term[:-2] in said):
        return True  # sized: size
    stem = term[:2] if _HANGUL_AT(term) else term[:5]
    if len(stem) >= 2 and any(w.startswith(stem) for w in said):
        return True
    # A verb in another form (옮긴: 옮겼다, 모셔: 모신, 만든: 만들었다): a stem of two
    # syllables or more in common
    stems = {s for s in verb_stems(term) if len(s) >= 2} if _HANGUL_AT(term) else set()
    if stems and any(stems & verb_stems(w) for w in said if _HANGUL_AT(w)):
        return True
    # A verb of one syllable in another form (받은: 받았다, 쓸: 쓰는 is not; 받아: 받는)
    if _one_syllable_verb(term) and any(_one_syllable_verb(w) and w[0] == term[0] for w in said):
        return True
    # A Korean compound names a kind of its last noun (인사청문회 is a 청문회, 주택담보대출
    # a 대출): the head noun is held by the compound, after a modifier of two syllables or more.
    return (
        len(term) >= 2
        and _HANGUL_AT(term) is not None
        and any(len(w) >= len(term) + 2 and w.endswith(term) for w in said)
    )


# Syllables a Korean verb's ending starts with after a stem of one syllable (받은, 받았다,
# 받아, 받는, 받고, 받을, 받겠다, 받던, 받기).
_VERB_ENDING_SYLLABLES = frozenset("은는을았었아어고며던겠기지게다")


def _one_syllable_verb(word: str) -> bool:
    return (
        len(word) >= 2
        and _HANGUL_AT(word) is not None
        and word[1] in _VERB_ENDING_SYLLABLES
        and (len(word) == 2 or is_predicate(word) or word[1] in "았었겠")
    )


def _said_terms(store: Store, fact: Fact) -> frozenset[str]:
    """The words of a fact's texts, quotes and the names of whom it is about (not its tags)."""
    texts = [fact.statement, fact.statement_en or "", *(r.quote for r in fact.sources)]
    if isinstance(fact.value, str):
        texts.append(fact.value)
    for who in (fact.subject, getattr(fact, "actor", None)):
        subject = store.subjects.get(who) if who else None
        if subject is not None:
            texts += subject.names
    # (and the other names of a body or person its texts name: 과기부 for the
    # 과학기술정보통신부 a statement names)
    squashed = _SPACES.sub("", " ".join(texts)).lower()
    for subject in store.subjects.values():
        if subject.id in _BODIES_OF(store) and any(
            len(n) >= 3 and _SPACES.sub("", n).lower() in squashed for n in subject.names
        ):
            texts += subject.names
    return frozenset(analyze(" ".join(texts)))


_SPACES = rx.compile(r"\s+")


def _BODIES_OF(store: Store) -> frozenset[str]:
    """The store's subjects that are bodies (a ministry, a company): their other names are
    theirs wherever they are named; not a person's relatives (a wife is not the spouse a
    statement mentions in passing)."""
    from factcli.judge.meaning.subjects import _is_thing

    return frozenset(sid for sid in store.subjects if _is_thing(store, sid))


def _verb_of(term: str, fact: Fact) -> bool:
    """A Korean verb form whose noun the fact's own words hold (주최하겠다고: 주최할 것)."""
    m = _VERB_ENDING.match(term)
    if m is None:
        return False
    return any(m.group(1) in text for text in (fact.statement, *(r.quote for r in fact.sources)))


def _described(store: Store, analysis: Analysis, fact: Fact, coverage: Coverage) -> frozenset[str]:
    """Words of the subject phrase that describe its subject ("Bae, the science and ICT
    minister"): those a fact about the same subject holds, when the phrase names the fact's."""
    from factcli.judge.meaning.subjects import resolve

    span = analysis.actor_span
    if not span or not analysis.actor:
        return frozenset()
    who = resolve(store, analysis.actor)
    if who is None or who != fact.subject:
        return frozenset()
    phrase = analysis.text[span[0] : span[1]]
    apposition = re.match(r"\s*,\s*([^,]{1,80}),", analysis.text[span[1] :])
    if apposition:
        phrase += " " + apposition.group(1)  # "Bae, the science and ICT minister, ..."
    found = set()
    for term in analyze(phrase):
        positions = list(itertools.islice(coverage.hits.get(term, {}), 50))
        if any(store.facts[p].subject == who for p in positions):
            found.add(term)
    return frozenset(found)


# A word is a detail of other facts when the store uses it in only a few of them.
DETAIL_SHARE = 0.03
DETAIL_MIN = 6
# Words that say how or how much, not what: the paraphrase of a fact may add them freely.
_LOOSE = frozenset(
    analyze(
        """among only also still already each all every both first last new more most less least
    than about around over under nearly almost just even some such other another same own
    named called said says told according including include includes part parts total
    speaking talking addressing
    한 가운데 중 등 및 또 또한 이미 모두 각각 가장 처음 당시 최초 이후 이전 전 후 때 약
    today now currently presently 현재 지금 오늘날 두고 대해 관해 위한 위해 위하여 사실 직접 level
    즉 분야 both very through 자리 인물 세상 시기 사례 batch round
    그해 이달 지난달 당일 그날 하루 금액 액수 공식 공식적 공식적으로 정식 정식으로 officially formally"""
        + paraphrases.FILLERS_KO
        + paraphrases.FILLERS_EN
    )
)
# A noun followed by 하다/되다 is the verb of the sentence (평가했다, 공개된): how it is put.
# A verb's stem after a noun (발표했다, 공개된): in a word, after its first syllable.
_VERBAL = (
    *("하", "했", "한", "할", "함", "해", "되", "됐", "된", "될", "돼"),
    *("시키", "시켰", "시킨", "케", "받", "받았", "받은"),
)
_QUOTED = rx.compile("['‘“\"]([^'’”\"]+)['’”\"]")  # no backslash: its pre-test reads the marks
_FIRST_KO = rx.compile(r"(?:최초의?|유일한)\s+([가-힣]{2,})")


def _done_to(word: str) -> str | None:
    """격상된 -> 격상: a word of two or more syllables before 된, 됐던 or 되었던, if word (all
    Hangul) is one (re.fullmatch(r"([가-힣]{2,})(?:된|됐던|되었던)", word).group(1))."""
    for ending in ("된", "됐던", "되었던"):
        if word.endswith(ending) and len(word) - len(ending) >= 2:
            return word[: -len(ending)]
    return None


# Capitalised at the start of a sentence, not names.
_OPENERS = frozenset(
    [
        # (a lead set beside or in time: Following the plan announced on September 7, …)
        "following",
        # (a title once held: Former LG AI Research head Bae)
        "former",
        # (a cause leading the sentence: Because of the plan announced on September 7, …)
        "because",
        "due",
        "thanks",
        "owing",
        "given",
        "apart",
        "aside",
        "along",
        "together",
        "besides",
        "unlike",
        "despite",
        "ahead",
        "amid",
        "under",
        "within",
        "without",
        "according",
        "after",
        "before",
        "during",
        "since",
        "until",
        "while",
        "when",
        "although",
        "as",
        "at",
        "in",
        "on",
        "by",
        "for",
        "with",
        "from",
        "then",
        "also",
        "however",
        "last",
        "next",
        "this",
        "that",
        "these",
        "those",
        "his",
        "her",
        "its",
        "their",
        "our",
        "both",
        "each",
        "all",
        "some",
        "many",
        "most",
        "only",
        "the",
        "a",
        "an",
        "it",
        "he",
        "she",
        "they",
        "korea",
        "korean",
        "south",
        "national",
        "global",
        "ai",
    ]
)
# Nouns that only carry grammar (것으로, 수 있다, 때문에).
_DEPENDENT = ("것", "수", "때문", "뿐", "데", "바")
# The words after a figure that bound or hedge it (이상을, 가량의): part of the value.
_HEDGE = rx.compile(
    r"(?:이상|이하|이내|미만|초과|가량|정도|남짓|안팎|내외|넘게|가까이)(?:을|를|이|가|의|은|는|으로|로)?"
)
# Titles written beside a name (배 후보자, 배경훈 장관): who, not what.
_TITLES = frozenset(
    analyze(
        "후보자 장관 원장 연구원장 위원장 대표 수석 비서실장 대통령 차관 전무 상무 부사장 교수 박사 씨"
    )
)


# A title followed by the particle of a role (원장으로, 원장에, 원장을 맡았다).
_TITLE_AS_POST = rx.compile(
    r"((?:[A-Za-z가-힣]{0,12})(?:연구원장|원장|위원장|대표|수석|상무|전무|부사장|장관|차관))"
    r"(?:으로|로|에|을|를)(?=\s)"
)


_LATIN_AFTER = rx.compile(r" [A-Z]")  # (에포크 AI: a word before a Latin name)
_CAPITALISED = rx.compile(r"\b[A-Z][A-Za-z]+")
_NEIGHBOURHOOD = rx.compile(r"-(?:dong|gu|ro|gil|myeon|eup)\b")
_FIRST_OF_KIND = rx.compile(r"\b(?:first|only|largest|biggest|sole)((?:\s+[a-z-]{4,}){1,2})")


def _foreign_terms(
    store: Store,
    analysis: Analysis,
    chosen: list[tuple[int, _Reading]],
    values: list[Value],
    offset: int,
    coverage: Coverage,
) -> Iterator[tuple[str, list[int], bool]]:
    """Names and things in the clauses of the values that no supporting fact holds and only a
    few other facts do, with those facts' positions.

    Korean nouns (임명장), and English words written as names (Epoch, Nvidia): English common
    words are left alone, a paraphrase brings its own (report, joined). So are words the store
    never uses, verbs (평가했다), titles and words of degree.
    """
    from factcli.judge.meaning.subjects import fact_words

    mine = {coverage.positions[rd.fact.id] for _i, rd in chosen if rd.fact.id in coverage.positions}
    if not mine:
        return
    told = " ".join(fact_words(store, rd.fact) for rd in {id(rd): rd for _i, rd in chosen}.values())
    said = "".join(told.split()).lower()
    # Long Korean compounds of the facts, by their first two syllables (박사학위 -> 박사).
    heads = {w[:2] for w in hangul_words(told, 4)}
    spans = sorted(
        {
            (c.start, c.end)
            for c in (analysis.clause_at(values[i].start + offset) for i, _rd in chosen)
        }
        # (and a clause with no value of its own, joined to one: …취임했으며 삼성전자 출신이다)
        | {
            (c.start, c.end)
            for c in analysis.clauses
            if not any(c.start <= v.start < c.end for v in analysis.values)
            and (analysis.window is None or analysis.window[0] <= c.start < analysis.window[1])
        }
    )
    limit = max(DETAIL_MIN, int(DETAIL_SHARE * len(store.facts)))
    seen: set[str] = set()
    for start, end in spans:
        # (where it is read, 인사청문 자료를 보면, is no detail of what is read there)
        clause = _SOURCE_FRAME.sub(lambda m: " " * len(m.group()), analysis.text[start:end])
        quoted = "".join(m.group(1) for m in _QUOTED.finditer(clause))
        words = []
        for found in hangul_runs(clause, 2):
            w = found.group()
            done = _done_to(w)
            if done:
                # 격상된 과기부: what the sentence says was done to a thing is a thing told
                words.append((done, False))
                continue
            if any(ending in w[1:] for ending in _VERBAL) or w.startswith(_DEPENDENT):
                continue
            if _HEDGE.fullmatch(w):
                continue  # (2천억 원 이상을: how far the figure goes, weighed with it)
            if found.start() and clause[found.start() - 1].isdigit():
                continue  # (120개월이: the unit of a figure, weighed with it)
            if _TIME_FRAME.match(clause, found.end()):
                continue  # 청문회를 앞두고: when it happened, not a thing done
            # A common noun counts as the thing done or the doer (임명장을, 보고서가), or as
            # words quoted; not a word that may be a verb's ending (늘리는, 정도로). A word
            # before a Latin one may be a transcribed name (에포크 AI가): see _glossed.
            if _is_name(store, w):
                words.append((w, True))
            elif (
                (len(w) >= 3 and w[-1] in "을를이가")  # an object or a subject
                # (what a thing was about: 무인자율로봇에 대한 연구)
                or (len(w) >= 3 and w[-1] == "에" and _ABOUT.match(clause, found.end()))
                or w in quoted
                or _LATIN_AFTER.match(clause, found.end())
                # (what kind of work was done, which a fact may put at another employer:
                # 무인자율로봇 연구를 맡았다)
                or (
                    len(w) >= 4
                    and _KIND_BEFORE_OBJECT.match(clause, found.end())
                    and _WORK_DONE.search(clause) is not None
                )
            ):
                words.append((w, False))
        words += [
            (m.group(), True)
            for m in _CAPITALISED.finditer(clause)
            if m.group().lower() not in _OPENERS
            # (a participle opening the sentence, Announcing the nomination: a verb, no name)
            and not (start + m.start() == 0 and re.fullmatch(r"[A-Z][a-z]+(?:ing|ed)", m.group()))
            and not any(m.group().lower() in names for names in MONTH_WORDS)
            # (a neighbourhood the thing is in, Banpo-dong, as 반포동 in Korean: where it is)
            and not _NEIGHBOURHOOD.match(clause, m.end())
        ]
        # What a "first" or "only" thing was (the first hybrid model, the first reasoning
        # one) tells it from its kin: a thing, foreign when a fact that holds the word
        # disagrees with the sentence. Other English words are left to paraphrase.
        words += [(w, False) for m in _FIRST_OF_KIND.finditer(clause) for w in m.group(1).split()]
        words += [(m.group(1), False) for m in _FIRST_KO.finditer(clause)]
        for word, named in words:
            for term in analyze(word):
                if term in seen:
                    continue
                seen.add(term)
                got = coverage.hits.get(term)
                if (
                    not got
                    or term in _LOOSE
                    or term in _ROLE_WORDS
                    or term in _TITLES
                    or is_predicate(term)
                    or len(term) < 2
                    or any(got.get(p, 0.0) > 0 for p in mine)
                    or _said(said, heads, term, strip_particle(word, min_stem=2).lower())
                    # (the supporter's own word, said otherwise: 확대 for its 늘리기)
                    or any(_paraphrased(term, rd.fact) for _i, rd in chosen)
                ):
                    continue
                strong = sorted(p for p, w in got.items() if w >= 0.8)
                if named and _of_another_name(store, clause, word, strong):
                    continue  # (Economic of the Korea Economic Association, not of LG's)
                if 1 <= len(strong) <= limit:
                    yield term, strong, named or _glossed(store, word, strong)


_ABOUT = rx.compile(r"\s*(?:대한|관한|대해|관해)")
# A noun's next word, the work it tells the kind of (무인자율로봇 연구를).
_KIND_BEFORE_OBJECT = rx.compile(r"\s(?:연구|개발|업무|사업|과제)(?:을|를)(?![가-힣])")
# Work told as done at a place (책임졌다, 맡았다, led, was in charge of): the employer named
# with it is where the work was done, and the kind of work is a detail a fact may put at
# another employer.
_WORK_DONE = rx.compile(
    r"책임졌|책임을 맡|담당했|수행했|근무하며|근무했|이끌었|맡았|맡아|(?:연구|개발)를\s*(?:했|진행)"
    r"|(?i:\b(?:led|headed|oversaw|was in charge of|was responsible for|worked on|conducted|"
    r"handled|ran|carried out)\b)"
)
_TIME_FRAME = rx.compile(r"\s*(?:앞두고|앞둔|앞서|직전|직후|이후|전후|무렵|당시)")


# A run of capitalised English words: one name (Korea Economic Association).
_NAME_RUN = rx.compile(r"[A-Z][A-Za-z]+(?:\s+(?:of\s+|and\s+|for\s+)?[A-Z][A-Za-z]+)+")


def _of_another_name(store: Store, clause: str, word: str, positions: list[int]) -> bool:
    """A capitalised word inside a longer name of the clause whose other words the facts
    holding the word do not all have: the word is that name's (Economic of the Korea Economic
    Association), not the facts' (the LG Economic Research Institute); LG Electronics, whose LG
    the facts of LG Electronics have too, stays theirs."""
    for m in _NAME_RUN.finditer(clause):
        words = [w for w in m.group().split() if w not in ("of", "and", "for")]
        if word not in words[1:] or len(words) < 3:
            continue  # (a name of three words or more, the word not its first: Stanford
            # University's Stanford is the university's own)
        others = {w.lower() for w in words if w != word}
        texts = " ".join(
            f"{store.facts[p].statement_en or ''} {store.facts[p].statement}".lower()
            for p in positions
        )
        return bool(others) and not all(re.search(rf"\b{re.escape(o)}\b", texts) for o in others)
    return False


def _glossed(store: Store, word: str, positions: list[int]) -> bool:
    """A Korean word the store writes with its name in Latin letters (에포크 AI(Epoch AI),
    스탠퍼드대(Stanford)): a transcribed name, another party when no supporter holds it."""
    stem = strip_particle(word, min_stem=2)
    if not is_hangul(stem, 2):
        return False
    gloss = re.compile(re.escape(stem) + r"[가-힣]{0,2}\s*(?:[A-Za-z]+\s*)?\(\s*[A-Z]")
    return any(gloss.search(store.facts[p].statement or "") for p in positions)


@functools.cache
def _same_words() -> dict[str, tuple[str, ...]]:
    """word -> the words that mean the same (the synonym groups, not the topic words)."""
    from factcli.text.synonyms import build

    return build(topics=False)


def _said(said: str, heads: set[str], *forms: str) -> bool:
    """One of a word's forms, or a synonym of it, is in a fact's squashed text; a long Korean
    compound shares its first two syllables with one of the fact's (박사과정, 박사학위)."""
    table = _same_words()
    if any(len(f) >= 4 and is_hangul(f) and f[:2] in heads for f in forms):
        return True
    return any(
        f in said or any(re.sub(r"\s+", "", w).lower() in said for w in table.get(f, ()))
        for f in forms
        if f
    )


def _is_name(store: Store, word: str) -> bool:
    """A Korean word that names a subject of the store or reads as an organisation's name."""
    from factcli.judge.meaning.subjects import is_name

    return is_name(store, strip_particle(word, min_stem=2))


R_SUPERLATIVE = 0.45  # text relevance of a fact that may say it (the first, the only) for them
_SUPERLATIVES = (
    (
        rx.compile(r"최연소|(?i:\byoungest\b)"),
        rx.compile(r"최연소|(?i:youngest)"),
    ),
    (
        rx.compile(r"최고령|(?i:\boldest\b)"),
        rx.compile(r"최고령|(?i:oldest)"),
    ),
    (
        rx.compile(r"유일|(?i:\bthe only\b|\bsole\b|\bonly one\b)"),
        rx.compile(r"유일|뿐|(?i:\bonly\b|\bsole\b)"),
    ),
    (
        rx.compile(r"역대\s*최고|최고\s*점수|(?i:\branked highest\b|\brecord[- ](?:high|score)\b)"),
        rx.compile(r"역대|최고|(?i:highest|record)"),
    ),
    (
        rx.compile(
            r"최초|(?i:\bfirst[- ]ever\b|\bthe first\b|'s first\b(?!\s+job)|’s first\b(?!\s+job))"
        ),
        rx.compile(r"최초|처음|첫|초대|1호|(?i:\bfirst\b|\binaugural\b|\bpioneer)"),
    ),
    (
        # (first in the world: where the facts say first in Korea, or first unveiled)
        rx.compile(
            r"세계\s?(?:최초|처음|첫)|(?i:\bworld'?s\s+first\b|\bfirst\s+in\s+the\s+world\b)"
        ),
        rx.compile(r"세계\s?(?:최초|처음|첫)|(?i:world'?s\s+first|first in the world)"),
    ),
    (
        # (his first job: where his working life began)
        rx.compile(r"첫\s*직장|(?i:\bfirst\s+(?:job|employer)\b)"),
        rx.compile(r"사회생활을\s*시작|첫\s*직장|(?i:\bbegan\s+(?:his|her)\s+career|first\s+job)"),
    ),
)


def _unheld_superlatives(analysis: Analysis, texts: list[str]) -> list[str]:
    """The words of the sentence that single a thing out, which none of `texts` matches in
    kind (최연소 where the facts only tell of a promotion)."""
    plain = analysis.text
    for v in analysis.values:  # (ranked first: a figure, judged as one)
        plain = plain[: v.start] + " " * (v.end - v.start) + plain[v.end :]
    joined = " ".join(texts)
    out = []
    for said, held in _SUPERLATIVES:
        m = said.search(plain)
        if m and not held.search(joined):
            out.append(m.group())
    return out


# What a sentence says an act was for: 투자 목적으로, 생산라인 구축을 위해, 목적은 X였다; in
# order to X, meant to X, money to X.
_PURPOSE_KO = rx.compile(
    # (not the clause's subject before it: 배경훈은 투자 목적으로 is 투자's)
    r"((?:[가-힣A-Za-z0-9]+(?<![은는이가])\s+){0,2}[가-힣A-Za-z0-9]+?)(?:을|를)?\s*"
    r"(?:목적(?:으로|에서|이었|이라|이다)|(?:하기\s*)?(?:위해서|위해|위한)(?![가-힣]))"
    r"|목적은\s+((?:[가-힣A-Za-z0-9]+\s+){0,3}[가-힣A-Za-z0-9]+?)(?:이었|였|이다|이라|라고|다\b)"
    # (학비를 마련하려고, 세금을 줄이고자: what it was done for, by the verb's ending)
    r"|((?:[가-힣A-Za-z0-9]+\s+){0,1}[가-힣A-Za-z0-9]+(?:을|를)\s*[가-힣]+?)(?:하려고|으려고|려고|하고자|고자)(?![가-힣])"
    # (not an aim the clause itself states: 해결하고자 하며, 하려고 한다)
    r"(?!\s*(?:하|한|했|합|해))"
)
# Why, on whose word, or about what an act was (반도체 개발 성과로, 공로를 인정받아: what it was
# given for; 직원의 추천으로: on whose word): weighed as a purpose is, but no bar to joining two
# facts (pairs: says_purpose).
_REASON_KO = rx.compile(
    r"((?:[가-힣A-Za-z0-9]+(?<![은는이가을를도에])\s+){0,2}[가-힣A-Za-z0-9]+?)\s?"
    r"(?:성과|공로|공적|업적)(?:로|으로|를\s인정받아|을\s인정받아)(?![가-힣])"
    r"|([가-힣A-Za-z0-9]+?)(?:의)?\s?(?:추천|권유|조언|권고)(?:으로|로|에\s따라|을\s받아|를\s받아)"
    r"(?![가-힣])"
)
# An English phrase of what an act was for or about, up to a comma, a stop or a date after it.
_ABOUT_EN = (
    r"([^,.;:()]{1,60}?)(?=[,.;:()]|$|\s{1,3}(?:in|on|at|by|from|after|before|when)\s{1,3}\d)"
)
_PURPOSE_EN = rx.compile(
    r"(?i:\b(?:in order to|so as to|for the purpose of|aimed at|meant to|intended to|"
    r"with the aim of|in a bid to|as a way to)\s+([a-z][^,.;]{3,60})"
    r"|\b(?:won|money|funds?|stake|shares)\s+to\s+([a-z]+\s+[^,.;]{3,50})"
    r"|\bpurpose\s+(?:was|is)\s+(?:to\s+)?([a-z][^,.;]{3,60})"
    # (bought it as an investment, for investment, as a home to live in: what it was for)
    r"|\b(?:as\s+an?|for)\s+((?:long-term\s+|speculative\s+)?investments?(?:\s+purposes?)?"
    r"|speculation|(?:a\s+)?(?:home|residence)\s+to\s+live\s+in|his\s+(?:own\s+)?retirement)\b"
    # (spend 200 billion won over 3 years acquiring startups: what it is spent on)
    r"|\b(?:spend|spent|spending|invest|invested|investing)\b[^,.;]{0,40}?\s(?:on\s+)?"
    r"((?!during\b|including\b)[a-z]{3,}ing\s+[^,.;]{3,50})"
    # (held a press conference … to announce his resignation: what the gathering was for)
    r"|\b(?:held|hosted|convened|called|organi[sz]ed)\s+an?\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:press\s+conference|briefing|meeting|event|ceremony)\b[^.;]{0,80}?\bto\s+"
    r"((?:announce|unveil|present|discuss|explain|introduce|declare|launch)\s+[^,.;]{3,50}))"
)
_REASON_EN = rx.compile(
    r"(?i:\bas\s+an?\s+(gifts?|favou?rs?|rewards?|bribes?|inheritance|precaution)\b"
    # (for his work on semiconductors, in recognition of …: what an honour was given for)
    r"|\bfor\s+(?:his|her|their|its)\s+(?:work|contributions?|achievements?|role|efforts?|"
    r"research|leadership|services?)\s+(?:on|in|to|for)\s+" + _ABOUT_EN + r""
    r"|\bin\s+recognition\s+of\s+" + _ABOUT_EN + r""
    # (on her father's recommendation, on the advice of …: on whose word it was done)
    r"|\bon\s+(?:the\s+)?([\w'’ -]{1,40}?)(?:'s|’s)?\s+(?:recommendation|advice|suggestion|"
    r"urging|orders?)\b"
    r"|\bon\s+the\s+(?:recommendation|advice|suggestion)\s+of\s+" + _ABOUT_EN + r""
    # (with a thesis on stereo vision: what a degree's thesis was about)
    r"|\bwith\s+a\s+(?:thesis|dissertation)\s+(?:on|about|titled|entitled|called)\s+"
    + _ABOUT_EN
    # (to buy a house for his parents: not what was agreed or planned, contracted to buy)
    + r"|(?<=\w)(?<!ed)(?<!\bplan)(?<!\bplans)(?<!\bwant)(?<!\bwants)(?<!\bneed)(?<!\bneeds)"
    r"(?<!\bgoing)(?<!\bable)(?<!\bhope)(?<!\bsought)(?<!\bintends)\s{1,3}to\s{1,3}((?:buy|"
    r"purchase|fund|finance|pay\s+for|cover)\s{1,3}[^,.;:()]{1,50}?)(?=[,.;:()]|$)" + r")"
)
_PURPOSE_COMMON = frozenset(analyze("ai lg 것 수 his her its their the own"))
# Words that only mark a purpose, in any words (위해, in order to): not what a fact must hold.
_PURPOSE_MARKS = frozenset(
    analyze(
        "위해 위한 위해서 하기 in order to so as for with aim work contributions role efforts "
        "achievements research leadership services recognition"
    )
)


def _purposes(analysis: Analysis) -> Iterator[re.Match[str]]:
    return (_PURPOSE_KO if analysis.korean else _PURPOSE_EN).finditer(analysis.text)


def _reasons(analysis: Analysis) -> Iterator[tuple[re.Match[str], bool]]:
    """Purposes (True), and why, on whose word or about what an act was (False: _REASON_KO,
    _REASON_EN)."""
    yield from ((m, True) for m in _purposes(analysis))
    yield from (
        (m, False) for m in (_REASON_KO if analysis.korean else _REASON_EN).finditer(analysis.text)
    )


def says_purpose(analysis: Analysis) -> bool:
    """The sentence says what an act was for."""
    return next(_purposes(analysis), None) is not None


def says_reason(analysis: Analysis) -> bool:
    """The sentence says why, on whose word or about what an act was (공로로, on X's advice)."""
    return (_REASON_KO if analysis.korean else _REASON_EN).search(analysis.text) is not None


def unheld_purpose(
    store: Store, analysis: Analysis, facts: list[Fact], beside: list[Fact]
) -> tuple[str, str] | None:
    """A purpose, a reason or a topic the sentence gives an act that none of `facts` (those
    backing it) says, in its words or others of the same meaning (gave his daughter money to
    lower his taxes, where the source says for her future; bought it as an investment, where
    he says to live in; the Silver Tower Order for semiconductors, where the source says for
    hyperscale AI). One of `beside` (facts of the same event) holds it only with the words that
    make it a purpose (실거주 목적으로, his own account of the purchase whose price another fact
    gives) and two other words of the sentence, not its doer's (서초구 아파트): 투자 of another
    investment is not what the apartment was bought for."""
    said: frozenset[str] | None = None
    for m, purpose in _reasons(analysis):
        if not analysis.in_window(m.start()):
            continue
        phrase = next(g for g in m.groups() if g)
        words = [
            t
            for t in analyze(phrase)
            if len(t) >= 2 and t not in _PURPOSE_COMMON and t not in _LOOSE and not is_predicate(t)
        ]
        if not words:
            continue
        if said is None:
            # (what the facts say, and their tags: investment)
            said = frozenset().union(
                *(_said_terms(store, f) | frozenset(analyze(" ".join(f.tags))) for f in facts)
            )
        if all(_holds(said, t) or any(_paraphrased(t, f) for f in facts) for t in words):
            continue
        if _held_beside(store, analysis, m, [f for f in beside if same_time(f, facts)]):
            continue
        if not purpose:
            # (why, or on whose word: a reason the store does not give is not shown, unless
            # the source gives another; the caller tells which)
            return "reason", f"the store does not say why: '{m.group(0).strip()}'"
        return "purpose", f"the store does not say it was for '{phrase.strip()}'"
    return None


def same_time(fact: Fact, facts: list[Fact]) -> bool:
    """Whether `fact` is of the time of one of `facts` (days that agree, at their precision),
    or one of the two has none: the 2023 award's reason is no reason for the 2020 post."""
    from factcli.store.model import event_date

    day = event_date(fact)
    if day is None:
        return True
    days = [d for f in facts if (d := event_date(f)) is not None]
    return not days or any(day.agrees(d) or d.agrees(day) for d in days)


def _held_beside(store: Store, analysis: Analysis, m: re.Match[str], beside: list[Fact]) -> bool:
    """Whether one of `beside` holds the purpose phrase `m` whole, with the words after it
    that make it one (투자 목적으로, a broker's advice), and two other words of the sentence,
    not those naming who did it, in its words or others of the same meaning (see
    unheld_purpose)."""
    group = next(g for g in range(1, (m.lastindex or 0) + 1) if m.group(g))
    framed = [
        t
        for t in analyze(f"{m.group(group)} {m.string[m.end(group) : m.end()]}")
        if len(t) >= 2 and t not in _PURPOSE_COMMON and t not in _PURPOSE_MARKS
    ]
    persons = set(analyze(analysis.actor or ""))  # (who did it: 배 장관)
    rest = [
        t
        for t in analyze(analysis.text[: m.start(group)] + " " + analysis.text[m.end() :])
        if len(t) >= 2 and t not in persons
    ]
    for fact in beside:
        terms = _said_terms(store, fact)

        def held(t: str, fact: Fact = fact, terms: frozenset[str] = terms) -> bool:
            return _holds(terms, t) or _paraphrased(t, fact)

        if all(held(t) for t in framed) and sum(held(t) for t in rest) >= 2:
            return True
    return False


# A word in a slot of a verb or a figure, marked by its particle (반도체 설계를 상용화한,
# 국무회의에서 인사말을, 인허가까지 10년): the word, the particle, the word after.
_SLOT_KO = rx.compile(
    r"(?<![가-힣A-Za-z0-9])(?P<arg>[가-힣A-Za-z0-9]{2,})(?P<particle>을|를|에서|까지)\s+"
    r"(?P<head>[가-힣0-9]{2,})"
)


def slot_filled_otherwise(text: str, facts: list[Fact], novel: list[str]) -> list[tuple[str, str]]:
    """Words in a slot a supporting fact fills with another word: the same particle before a
    form of the same word, another word before it (반도체 설계를 상용화한 for 초거대 AI를
    상용화한; 국무회의에서 인사말을 for 국회 본회의에서 인사말을; 인허가까지 10년 for 상용화까지
    10년): the sentence's word and the fact's. Only words the store never uses (`novel`): a
    word it has elsewhere may be the fact's said otherwise (챌린지 for 경진대회)."""
    from factcli.store.readings import texts_of

    texts = [t for f in facts for t in texts_of(f)]
    held = " ".join(texts).lower()
    out = []
    for m in _SLOT_KO.finditer(text):
        arg = m["arg"]
        terms = analyze(arg)
        if not terms or any(t in held for t in terms) or arg.lower() in held:
            continue
        if not any(n in arg.lower() for n in novel):
            # (a word the store has elsewhere may be the fact's said otherwise: 챌린지 for its
            # 경진대회; only a word the store never uses is known to be another thing)
            continue
        if any(_paraphrased(t, f) for t in terms for f in facts):
            continue
        head = _slot_head(m["head"])
        theirs = next(
            (
                other["arg"]
                for fact_text in texts
                for other in _SLOT_KO.finditer(fact_text)
                if other["particle"] == m["particle"]
                and _slot_head(other["head"]) == head
                # (the fact's own word in the sentence too: another slot of it)
                and other["arg"] not in text
                and not any(t in text for t in analyze(other["arg"]))
            ),
            None,
        )
        if theirs is not None:
            out.append((arg, theirs))
    return out


def _slot_head(word: str) -> str:
    """What a slot's next word is, whatever its ending: its first two syllables (상용화한,
    상용화를: 상용; 인사말을: 인사), or a figure's digits (10년: 10)."""
    digits = re.match(r"\d+", word)
    return digits.group() if digits else word[:2]


# An English word and the content word after it, over a determiner or two words between
# (for commercializing semiconductor design; at a cabinet meeting; to breaking ground).
_SLOT_EN = rx.compile(
    r"(?i)\b(?P<head>at|for|to|until|as|[a-z]{4,}(?:ing|ed|es|s))\s+"
    r"(?=(?:(?:the|a|an|its|his|her|their)\s+)?(?P<arg>[a-z][a-z-]{2,}))"
)


def slot_filled_otherwise_en(
    text: str, facts: list[Fact], novel: list[str]
) -> list[tuple[str, str]]:
    """slot_filled_otherwise in English: a word the store never uses right after a word
    (a preposition or a verb) that a supporting fact's English follows with another word
    the sentence does not have (at a cabinet meeting for at the National Assembly plenary
    session; commercializing semiconductor design for commercialising hyperscale AI)."""
    if not novel:
        return []
    english = [f.statement_en for f in facts if f.statement_en]
    lower = text.lower()
    out = []
    for m in _SLOT_EN.finditer(text):
        arg = m["arg"].lower()
        if arg in STOPWORDS or not any(n == t for t in analyze(arg) for n in novel):
            continue
        if any(_paraphrased(t, f) for t in analyze(arg) for f in facts):
            continue
        head = _en_head(m["head"])
        for fact_text in english:
            other = next(
                (
                    o
                    for o in _SLOT_EN.finditer(fact_text)
                    if _en_head(o["head"]) == head and o["arg"].lower() not in STOPWORDS
                ),
                None,
            )
            if other is not None and other["arg"].lower() not in lower:
                out.append((m["arg"], other["arg"]))
                break
    return out


def _en_head(word: str) -> str:
    """A head word's stem, British and American spellings as one (commercialising,
    commercializing: commerciali)."""
    w = word.lower().replace("is", "iz")
    return w if len(w) <= 5 else re.sub(r"(?:ing|ed|es|s)$", "", w)
