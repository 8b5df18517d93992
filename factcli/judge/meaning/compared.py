"""A figure compared with a thing the sentence names without its figure.

"주담대 한도 6억 원은 배경훈이 받은 대출액보다 많다": the store holds the cap (6억 원), and
the cap alone does not make the sentence true: the loan it is compared with is 7억5천만 원.
The thing compared is looked up; where one figure of the same unit stands out for it, the
comparison is checked against it (misleading, direction, the other way round); where none
does, the sentence says more than the fact it rests on (unverified). Two figures given by
the sentence itself are compared by bounds.comparison_objection.

May import: factcli.find, factcli.store, factcli.text; judge.meaning.subjects.
"""

from __future__ import annotations

from factcli.judge.meaning.subjects import Objection
from factcli.store.model import Fact, Store
from factcli.text import patterns as rx
from factcli.text.analysis import Analysis, Value

# Korean: the thing after the figure and before 보다, then the word of the comparison
# (6억 원은 배경훈이 받은 대출액보다 많다).
_THAN_KO = rx.compile(
    r"(?P<thing>[^,.;]{2,40}?)보다\s*(?:훨씬\s*|더\s*|조금\s*)?(?P<word>많|적|크|큰|컸|작|높|낮)"
)
# English: the word, "than", then the thing up to the clause's end (larger than the loan Bae
# took out).
_THAN_EN = rx.compile(
    r"(?i:\b(?P<word>more|larger|greater|higher|bigger|less|fewer|smaller|lower)\s+than\s+"
    # (not a span or a bound, more than two weeks before, less than half)
    r"(?!(?:a|an|about|around|roughly|some|half|one|two|three|four|five|six|seven|eight|nine|"
    r"ten|eleven|twelve|a\s+dozen|twice|double)\b)"
    r"(?P<thing>[^,.;0-9]{3,60}))"
)
_LESS = frozenset(["적", "작", "낮", "less", "fewer", "smaller", "lower"])
# (what follows the figure before the thing: 어치는, 은, the topic's words of a kind)
_LEADING_PARTICLE = rx.compile(r"\s*(?:어치|가량|정도|규모)?(?:은|는|이|가|의|도)?\s*")
# How far the best match for the thing must stand above the next figure's to be the one
# meant (search scores run to 100).
_MARGIN = 15.0
_MIN_SCORE = 60.0


_DETERMINERS = frozenset(["the", "his", "her", "its", "their", "a", "an", "bae's", "bae’s"])


def _head(thing: str, korean: bool) -> str:
    """What the thing is, to be found in a fact's words: a Korean phrase's last word's first
    two syllables (대출액: 대출), an English phrase's first word after its determiners
    (the loan Bae took out: loan), lower-case."""
    words = [w.strip("'\"‘’“”()") for w in thing.lower().split()]
    words = [w for w in words if w]
    if korean:
        return words[-1][:2] if words else ""
    rest = [w for w in words if w not in _DETERMINERS]
    return rest[0][:4] if rest else ""


_TOPIC_BEFORE = rx.compile(r"(?:은|는|이|가|:)\s*$")


def _names_its_figure(fact: Fact, head: str, korean: bool) -> bool:
    """Whether the fact's statement names the thing beside its own figure: the noun after it
    (7억5천만 원의 주택담보대출; not 40억 원대 아파트, whose statement names a loan elsewhere),
    or the topic or the word right before it (대출액은 7억5천만 원; 메타 주식 2104만 원어치);
    in English within a few words (a mortgage
    loan of 750 million won)."""
    from factcli.text.analysis import values_of

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
                window += " " + before.split()[-1].lower()  # (메타 주식 2104만 원어치)
        else:
            window = text[max(0, v.start - 30) : v.end + 20].lower()
        if head in window:
            return True
    return False


def compared_span(analysis: Analysis, value: Value) -> tuple[int, int] | None:
    """Where the sentence names the thing its one figure `value` is compared with (the
    대출액 of 6억 원은 대출액보다 많다), or None."""
    if value.amount is None or value.unit is None or value.date is not None:
        return None
    if sum(1 for v in analysis.values if v.unit == value.unit and v.amount is not None) != 1:
        return None  # (two figures compared, or a difference: bounds' and others')
    m = (_THAN_KO if analysis.korean else _THAN_EN).search(analysis.text, value.end)
    if m is None:
        return None
    if "   " in m.group():
        return None  # (a figure blanked out of the text there: a span, a bound of its own)
    start, end = m.span("thing")
    if analysis.korean:
        # (the figure, then its topic particle, then the thing: 6억 원은 … 대출액보다)
        if m.start() != value.end:
            return None
        start += _LEADING_PARTICLE.match(analysis.text, start).end() - start  # type: ignore[union-attr]
    thing = analysis.text[start:end]
    if not thing.strip() or any(c.isdigit() for c in thing):
        return None
    if any(start <= v.start < end + 1 for v in analysis.values if v is not value):
        return None  # (a figure of its own there, more than two weeks before: a span)
    return start, end


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
    way = "less" if float(value.amount or 0) < float(other.value) else "more"  # type: ignore[arg-type]
    return Objection(
        "direction",
        f"{value.text} is {way} than {thing} ({other.value:,} {value.unit}, "
        f"{other.id}), not as the sentence says",
        fact=other.id,
    )


def compared_thing_agrees(store: Store, analysis: Analysis, value: Value, fact: Fact) -> bool:
    """The comparison of the sentence's one figure with a thing it names holds by the
    store's figure of that thing (the comparison is then made by the store, not the
    writer's own)."""
    found = _compared(store, analysis, value, fact)
    return found is not None and found[0] == "agree"


def _compared(
    store: Store, analysis: Analysis, value: Value, fact: Fact
) -> tuple[str, str, Fact | None] | None:
    """(how the comparison stands: "agree", "reversed" or "unheld"; the thing named; the
    fact of its figure), or None where the sentence makes no such comparison."""
    span = compared_span(analysis, value)
    if span is None:
        return None
    thing = analysis.text[span[0] : span[1]].strip()
    m = (_THAN_KO if analysis.korean else _THAN_EN).search(analysis.text, value.end)
    if m is None or value.amount is None or value.unit is None:
        return None
    from factcli.find.search import search

    figures = [
        (match.fact, match.score)
        for match in search(store, thing, limit=8)
        if match.fact.id != fact.id
        and isinstance(match.fact.value, int | float)
        and not isinstance(match.fact.value, bool)
        and getattr(match.fact, "unit", None) == value.unit
    ]
    head = _head(thing, analysis.korean)
    if figures and not (head and _names_its_figure(figures[0][0], head, analysis.korean)):
        figures = []  # (the best figure is not of the thing named: 대출액, the price range)
    if (
        not figures
        or figures[0][1] < _MIN_SCORE
        or (len(figures) > 1 and figures[0][1] - figures[1][1] < _MARGIN)
    ):
        return "unheld", thing, None
    other = figures[0][0]
    theirs = float(other.value)  # type: ignore[arg-type]
    mine = float(value.amount)
    if theirs == mine:
        return "unheld", thing, other  # (neither more nor less: not what it says)
    said_less = m.group("word").lower() in _LESS
    return ("agree" if said_less == (mine < theirs) else "reversed"), thing, other
