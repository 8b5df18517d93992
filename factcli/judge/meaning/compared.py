"""A figure compared with a thing the sentence names without its figure.

"본인 예금 1억7124만 원은 배우자 예금보다 적었다": the store holds his deposits, and they
alone do not make the sentence true or false: the spouse's deposits it compares them with
are 1292만 원. The thing compared is looked up; where one figure of the same unit stands
out for it (its fact names the thing beside that figure, and holds every word the sentence
gives the thing), the comparison is checked against it: misleading (direction) the other way
round. Where none does (주담대 한도 6억 원은 배경훈이 받은 대출액보다 많다: the loan is not
found with confidence), the fact of the one figure does not vouch for the comparison
(unverified). Two figures the sentence gives itself are compared by
bounds.comparison_objection.

May import: factcli.find, factcli.store, factcli.text; judge.meaning.subjects.
"""

from __future__ import annotations

import re

from factcli.judge.meaning.subjects import Objection, _said_texts
from factcli.store.model import Fact, Store
from factcli.text import patterns as rx
from factcli.text.analysis import Analysis, Value

# Korean: the figure, its topic or subject particle, the thing, then 보다 and the word of the
# comparison (6억 원은 … 대출액보다 많다; 5647만 원어치는 메타 주식보다 적었다). Not 적극,
# 크게, 높였다 (more actively, grew, raised): no comparison of amounts.
_THAN_KO = rx.compile(
    r"\s*(?:원?어치|가량|정도|규모)?(?:은|는|이|가)\s+(?P<thing>[^,.;]{2,40}?)보다\s*"
    r"(?:훨씬\s*|더\s*|조금\s*)?(?P<word>많|적(?!극)|크(?!게)|큰|컸|작|높(?!였|인|여|이)|낮(?!춰|췄|추))"
)
# English: the word, "than", then the thing up to the clause's end (larger than the loan Bae
# took out); not a span or a bound (more than two weeks before, less than half).
_THAN_EN = rx.compile(
    r"(?i:\b(?P<word>more|larger|greater|higher|bigger|less|fewer|smaller|lower)\s+than\s+"
    r"(?!(?:a|an|about|around|roughly|some|half|one|two|three|four|five|six|seven|eight|nine|"
    r"ten|eleven|twelve|a\s+dozen|twice|double|before|after|later|earlier|expected|planned)\b)"
    r"(?P<thing>[^,.;0-9]{3,60}))"
)
# Between an English figure and its comparison: no clause of its own (…, and her Meta stock
# was worth less than …: another figure's comparison); an apposition's commas may be.
_CLAUSE_BETWEEN_EN = rx.compile(r";|(?i:\b(?:and|but|which|while|whereas|although|though)\b)")
# A Korean "thing" that runs across a clause (확보하기로 했지만 이 목표보다): none.
_CLAUSE_IN_KO = rx.compile(r"지만|는데|했|됐|(?<=[가-힣])(?:고|며|면서)\s")
# Words of less (the rest, of more).
LESS = frozenset(["적", "작", "낮", "less", "fewer", "smaller", "lower"])
# How far the best figure for the thing must stand above the next to be the one meant
# (search scores run to 100), and how high it must score at all.
_MARGIN = 15.0
_MIN_SCORE = 60.0
_DETERMINERS = frozenset(["the", "his", "her", "its", "their", "a", "an", "of", "bae's", "bae’s"])
_TOPIC_BEFORE = rx.compile(r"(?:은|는|이|가|:)\s*$")


def compared_span(analysis: Analysis, value: Value) -> tuple[int, int] | None:
    """Where the sentence names the thing its one figure `value` (a sum or a count) is
    compared with (the 배우자 예금 of 1억7124만 원은 배우자 예금보다 많았다), or None."""
    found = _comparison(analysis, value)
    return found.span("thing") if found is not None else None


def compared_thing_objection(
    store: Store, analysis: Analysis, value: Value, fact: Fact
) -> Objection | None:
    """The sentence says its one figure is more or less than a thing it names without a
    figure: the store's figure of that thing decides (direction), or, where none stands out,
    the fact the figure rests on does not vouch for the comparison (unheld)."""
    found = _compared(store, analysis, value, fact)
    if found is None or found[0] == "agree":
        return None
    how, thing, other = found
    if how == "unheld" or other is None:
        return Objection(
            "unheld", f"the store gives no figure of '{thing}' to compare {value.text} with"
        )
    theirs, mine = float(other.value), float(value.amount or 0)  # type: ignore[arg-type]
    way = "less" if mine < theirs else "more" if mine > theirs else "the same as"
    return Objection(
        "direction",
        f"{value.text} is {way} than {thing} ({other.value:,} {value.unit}, "
        f"{other.id}), not as the sentence says",
        fact=other.id,
    )


def _comparison(analysis: Analysis, value: Value) -> re.Match[str] | None:
    """The comparison the sentence makes of its one figure `value` with a thing, or None."""
    if value.amount is None or value.unit is None or value.family not in ("money", "count"):
        return None
    if sum(1 for v in analysis.values if v.unit == value.unit and v.amount is not None) != 1:
        return None  # (two figures compared, or a difference: bounds' and others')
    text = analysis.text
    if analysis.korean:
        m = _THAN_KO.match(text, value.end)
        if m is None or _CLAUSE_IN_KO.search(m.group("thing")):
            return None
    else:
        m = _THAN_EN.search(text, value.end)
        if m is None or _CLAUSE_BETWEEN_EN.search(text, value.end, m.start()):
            return None
        if "   " in m.group():
            return None  # (a figure blanked out of a clause judged alone: a span of its own)
    start, end = m.span("thing")
    if any(c.isdigit() for c in text[start:end]):
        return None
    if any(start <= v.start <= end for v in analysis.values if v is not value):
        return None  # (a figure of its own there, more than two weeks before: a span)
    return m


def _compared(
    store: Store, analysis: Analysis, value: Value, fact: Fact
) -> tuple[str, str, Fact | None] | None:
    """(how the comparison stands: "agree", "reversed" or "unheld"; the thing named; the
    fact of its figure), or None where the sentence makes no such comparison."""
    m = _comparison(analysis, value)
    if m is None or value.amount is None:
        return None
    thing = m.group("thing").strip()
    from factcli.find.search import search

    figures = [
        (match.fact, match.score)
        for match in search(store, thing, limit=8)
        if match.fact.id != fact.id
        and isinstance(match.fact.value, int | float)
        and not isinstance(match.fact.value, bool)
        and match.fact.unit == value.unit
        # (the fact names the thing beside its own figure: not the apartment's 40억 원대 of a
        # statement that names a loan elsewhere)
        and _names_its_figure(match.fact, _key(thing, analysis.korean), analysis.korean)
    ]
    if (
        not figures
        or figures[0][1] < _MIN_SCORE
        or (len(figures) > 1 and figures[0][1] - figures[1][1] < _MARGIN)
        # (every word the sentence gives the thing is the fact's: not the spouse's 해외
        # deposits, hidden deposits, of the store's deposits)
        or not _holds_words(figures[0][0], thing)
    ):
        return "unheld", thing, None
    other = figures[0][0]
    theirs = float(other.value)  # type: ignore[arg-type]
    mine = float(value.amount)
    said_less = m.group("word").lower() in LESS
    if theirs != mine and said_less == (mine < theirs):
        return "agree", thing, other
    return "reversed", thing, other  # (the other way round, or the same figure)


# (prepositions, pronouns, verbs and conjunctions: one of them after a head noun ends its
# phrase)
_PHRASE_ENDERS = """in of at on for from with by to that which who whom he she they it his her
had has have was were is are took got received held owned and or but"""
_ENDS_PHRASE_EN = frozenset(_PHRASE_ENDERS.split())


def _key(thing: str, korean: bool) -> str:
    """What to find the thing by in a fact's words, lower-case: a Korean phrase's last
    word's first two syllables (대출액: 대출); an English noun phrase's last word before a
    preposition, a verb or a clause's own subject (the loan Bae took out: loan; the
    ministry's original goal: goal), its first four letters."""
    words = [w.strip("'\"‘’“”()") for w in thing.split()]
    words = [w for w in words if w]
    if korean:
        return words[-1][:2].lower() if words else ""
    kept: list[str] = []
    for w in words:
        low = w.lower()
        if low in _DETERMINERS and not kept:
            continue
        # (a preposition, a verb, or a name starting a clause of its own after the head)
        if kept and (low in _ENDS_PHRASE_EN or low in _DETERMINERS or w[:1].isupper()):
            break
        kept.append(low)
    head = kept[-1] if kept else ""
    return head.removesuffix("'s").removesuffix("’s")[:4]


def _holds_words(fact: Fact, thing: str) -> bool:
    """Whether the fact's texts hold each content word of the thing (a Korean word by its
    first two syllables, an English one by its first four letters)."""
    from factcli.text.terms import analyze, is_predicate

    said = set(analyze(" ".join(_said_texts(fact))))
    for term in analyze(thing):
        if len(term) < 2 or term in _DETERMINERS or is_predicate(term):
            continue
        stem = term[:2] if "가" <= term[:1] <= "힣" else term[:4]
        if term not in said and not any(w.startswith(stem) for w in said):
            return False
    return True


def _names_its_figure(fact: Fact, key: str, korean: bool) -> bool:
    """Whether the fact's statement names the thing beside its own figure: the noun after it
    (7억5천만 원의 주택담보대출; not 40억 원대 아파트, whose statement names a loan elsewhere),
    or the topic or the word right before it (대출액은 7억5천만 원; 메타 주식 2104만 원어치);
    in English within a few words (a mortgage loan of 750 million won)."""
    from factcli.text.analysis import values_of

    if not key:
        return False
    text = (fact.statement if korean else fact.statement_en) or ""
    for v in values_of(text):
        if v.amount is None or float(v.amount) != float(fact.value):  # type: ignore[arg-type]
            continue
        if korean:
            before = text[max(0, v.start - 12) : v.start]
            window = text[v.end : v.end + 12].lower()
            if _TOPIC_BEFORE.search(before):
                window += " " + before.lower()
            elif before.split():
                window += " " + before.split()[-1].lower()
        else:
            window = text[max(0, v.start - 30) : v.end + 20].lower()
        if key in window:
            return True
    return False
