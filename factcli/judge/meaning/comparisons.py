"""A figure compared with a limit the sentence names (주택담보대출은 한도 6억 원보다 적었다;
the loan exceeded the 600 million won cap): the store's own figure for the thing compared
decides the direction, not the limit's fact that gives the 6억 원."""

from __future__ import annotations

from decimal import Decimal

from factcli.store.model import Fact, Store
from factcli.text import patterns as rx
from factcli.text.analysis import Analysis
from factcli.text.korean import strip_particle
from factcli.text.units import format_value

# After the figure: less than it (보다 적었다, 에 못 미쳤다, 을 밑돌았다) or more (보다 많았다,
# 을 넘었다, 웃돌았다, 초과했다).
_LESS_AFTER = rx.compile(
    r"[ \t]*(?:보다[ \t]*(?:더[ \t]*)?(?:적|작|낮|싸|덜)|에[ \t]*(?:못[ \t]*미[쳤친치]|미치지[ \t]*못)"
    r"|(?:을|를)[ \t]*(?:밑돌|밑돈|하회))"
)
_MORE_AFTER = rx.compile(
    r"[ \t]*(?:보다[ \t]*(?:더[ \t]*)?(?:많|크|컸|높|비싸)|(?:을|를)[ \t]*(?:넘[었는어]|웃돌|웃돈|상회|초과))"
)
_LESS_BEFORE = rx.compile(
    r"(?i:\b(?:less|lower|smaller|fewer)\s+than\s+(?:the\s+)?(?:\S+\s+){0,3}$)"
)
_MORE_BEFORE = rx.compile(
    r"(?i:\b(?:(?:more|higher|larger|greater|bigger)\s+than|exceed(?:s|ed)?|topped|above)"
    r"\s+(?:the\s+)?(?:\S+\s+){0,3}$)"
)
_TOPIC = rx.compile(r"([가-힣A-Za-z]{2,}(?:은|는))\s")
_LIMIT = rx.compile(r"한도|상한|기준|규제|(?i:\b(?:cap|ceiling|limit|threshold)\b)")


def limit_objection(store: Store, analysis: Analysis) -> str | None:
    """The direction of a comparison with a named limit, where the store gives the compared
    thing's figure on the other side of it: the explanation, or None."""
    text = analysis.text
    if not _LIMIT.search(text):
        return None
    for value in analysis.values:
        # (the topic before the figure, 배경훈이 받은 주택담보대출은; else the subject)
        topic = _TOPIC.findall(text[: value.start])
        words = [topic[0]] if topic else (analysis.actor or "").split()
        noun = strip_particle(words[-1], min_stem=2) if words else ""
        if len(noun) < 2:
            continue
        if value.amount is None or not value.unit:
            continue
        before = text[max(0, value.start - 40) : value.start]
        less = _LESS_AFTER.match(text, value.end) or _LESS_BEFORE.search(before)
        more = _MORE_AFTER.match(text, value.end) or _MORE_BEFORE.search(before)
        if bool(less) == bool(more):
            continue
        theirs = {
            Decimal(str(f.value))
            for f in store.facts
            if f.kind == "amount"
            and f.unit == value.unit
            and isinstance(f.value, int | float)
            and Decimal(str(f.value)) != value.amount
            and noun.lower() in " ".join(filter(None, (f.statement, f.statement_en))).lower()
            and not _LIMIT.search(f.statement)
        }
        if len(theirs) != 1:
            continue
        figure = theirs.pop()
        said = format_value(figure, value.unit, lang="ko" if analysis.korean else "en")
        if less and figure > value.amount:
            return f"the source gives {noun} as {said}, more than {value.text}"
        if more and figure < value.amount:
            return f"the source gives {noun} as {said}, less than {value.text}"
    return None


# A limit named without its figure (below the legal limit, 기준을 넘지 않았다): its figure
# is the store's, in the rule the sentence speaks of.
_UNDER_LIMIT = rx.compile(
    r"(?i:\b(?:below|under|within|less\s+than|(?:did\s+)?not\s+exceed(?:ing)?|fell\s+short\s+of)"
    r"\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}(?:limit|threshold|ceiling|cap)\b)"
    r"|(?:기준|한도|요건|상한)선?(?:을|를|에|인)?[ \t]*(?:넘지[ \t]*않|밑돌|밑돈|미치지[ \t]*못|못[ \t]*미"
    r"|이내|안[ \t]*넘|충족)"
)
_OVER_LIMIT = rx.compile(
    r"(?i:\b(?:above|over|exceed(?:ed|s|ing)?|more\s+than|topped|surpassed|breached)"
    r"\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}(?:limit|threshold|ceiling|cap)\b)"
    r"|(?:기준|한도|요건|상한)선?(?:을|를)?[ \t]*(?:넘[었어는은긴]|초과|웃돌|웃돈|상회|벗어)"
)


def unnamed_limit_objection(analysis: Analysis, related: list[Fact]) -> str | None:
    """A figure said below (or above) a limit the sentence names without its figure, where the
    store's rule among the facts it speaks of gives the limit, on the other side of the figure
    (The parents' taxable income of 1.07 million won was below the legal limit: 1 million)."""
    under = _UNDER_LIMIT.search(analysis.text)
    over = _OVER_LIMIT.search(analysis.text)
    if bool(under) == bool(over):
        return None
    amounts = [v for v in analysis.values if v.amount is not None and v.date is None and v.unit]
    if len(amounts) != 1:
        return None  # (the limit's own figure given: limit_objection weighs it)
    if amounts[0].role == "difference":
        return None  # (70,000 won over the threshold: by how much, not the figure itself)
    value = amounts[0]
    amount = value.amount
    if amount is None:
        return None
    for fact in related:
        bound = getattr(fact, "bound", None)
        if bound != "max" or fact.unit != value.unit or not isinstance(fact.value, int | float):
            continue
        limit = Decimal(str(fact.value))
        said = format_value(limit, value.unit, lang="ko" if analysis.korean else "en")
        if under and amount > limit:
            return f"the source's limit is {said}; {value.text} is above it"
        if over and amount <= limit:
            return f"the source's limit is {said}; {value.text} is within it"
        return None
    return None
