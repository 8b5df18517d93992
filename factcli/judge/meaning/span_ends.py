"""Which things a span runs between: a length the source gives from one model to another
(엑사원 3.0에서 3.5를 내놓는 데 4개월), or up to one (엑사원 딥 공개까지 42일), said of
another pair, or of one model alone (it took four months to develop EXAONE 3.0)."""

from __future__ import annotations

from factcli.judge.meaning.subjects import Objection, _said_texts
from factcli.store.model import Fact
from factcli.text import patterns as rx
from factcli.text.analysis import Analysis, names_of

_KO_NAMES = {"deep": "딥"}  # (the Korean of a model's name the text layer keeps in Latin)
_SIDE = 60  # how far from a model's name the words of its part in a span are read
_DURATION_UNITS = frozenset({"day", "week", "month", "year", "hour"})

# The words right after a model's name in Korean: the span starts there (3.0에서, 3.0부터,
# 3.0 이후), ends there (딥까지, 딥 공개까지는, 3.5를 내놓는 데), or is the thing's own
# (3.0을 개발하는 데, 3.0 개발에는).
_START_KO = rx.compile(
    r"^\S*?(?:에서|부터)(?:는|도)?(?:\s|$)|^\S*\s+이후(?:부터)?\s|"
    # (엑사원 3.0과 엑사원 딥 사이에: the first of the two)
    r"^\S*?(?:과|와)\s+(?:\S+\s+){0,2}?\S*?사이"
)
_END_KO = rx.compile(
    r"^\S*?까지|^\S*\s+(?:\S+\s+)?(?:공개|출시|발표|개발)까지|"
    r"^\S*?(?:을|를)\s+(?:내놓|공개하|출시하|선보이)\S*\s+데|^\S*?\s?사이"
)
_SELF_KO = rx.compile(
    r"^\S*?(?:을|를)?\s*(?:개발하|만드|만들|제작하)(?:는|기까지)|^\S*\s+개발(?:에|하는)|"
    r"^\S*?(?:의)?\s*개발\s?기간"
)
# English: the words before the name (from EXAONE 3.0; to EXAONE Deep; to release the
# reasoning model EXAONE Deep; to develop EXAONE 3.0), or after it (EXAONE 3.0 to EXAONE
# Deep took 42 days; EXAONE 3.0 took four months to develop, was developed in four months).
_START_EN = rx.compile(r"(?i:\b(?:from|after|since)\s+(?:the\s+)?(?:[\w.-]+\s+){0,2}$)")
_START_EN_AFTER = rx.compile(r"(?i:^\S*\s+(?:to|and)\s+(?:the\s+)?(?:LG\s+)?(?:EXAONE|엑사원)\b)")
_END_EN = rx.compile(
    r"(?i:\b(?:to|until|through|till)\s+(?:the\s+)?$|"
    r"\b(?:release|launch|unveil|ship|publish|open-source|roll(?:ed|ing)?\s+out|"
    r"br(?:ing|ought|inging)\s+out|put(?:ting)?\s+out)\w*\s+(?:the\s+|its\s+)?(?:[\w.-]+\s+){0,3}$)"
)
_SELF_EN = rx.compile(
    r"(?i:\b(?:develop|developing|build|building|make|making|create|creating|train|training)"
    r"\s+(?:the\s+|its\s+)?(?:[\w.-]+\s+){0,2}$|\bdevelopment\s+of\s+(?:the\s+)?$)"
)
_SELF_EN_AFTER = rx.compile(
    r"(?i:^\S*\s+(?:took|takes|needed|required)\s+[^.]{0,30}?\bto\s+"
    r"(?:develop|build|make|create|train)\b|"
    r"^\S*\s+(?:was|were)\s+(?:developed|built|made|created|trained)\b)"
)
# The brand before a model's own name: the words before it are read before the brand.
_BRAND_BEFORE = rx.compile(r"(?i:(?:LG\s+)?(?:EXAONE|엑사원)\s*)$")
_BRAND_AFTER = rx.compile(r"^(?i:(?:LG\s+)?(?:EXAONE|엑사원)\s+)")
# In this order: the words after the name, then the English words before it.
_READ = (
    (_START_KO, True, "start"),
    (_END_KO, True, "end"),
    (_SELF_KO, True, "self"),
    (_SELF_EN_AFTER, True, "self"),
    (_START_EN_AFTER, True, "start"),
    (_START_EN, False, "start"),
    (_SELF_EN, False, "self"),
    (_END_EN, False, "end"),
)


def _roles(text: str) -> dict[str, str]:
    """Each model the text names, with the part it plays in a span: start, end or self."""
    roles: dict[str, str] = {}
    for kind, name, at in names_of(text):
        if kind != "model":
            continue
        # (the few words on either side: a name's part in a span is told beside it)
        after = _BRAND_AFTER.sub("", text[at : at + _SIDE], count=1)
        before = text[max(0, at - _SIDE) : at]
        # (from EXAONE 3.0: the brand is the name's start; for English the words before it)
        brand = _BRAND_BEFORE.search(before)
        if brand is not None:
            before = before[: brand.start()]
        role = next(
            (
                r
                for pattern, read_after, r in _READ
                if pattern.search(after if read_after else before)
            ),
            None,
        )
        if role is not None:
            roles.setdefault(name, role)
    return roles


def span_ends_objection(analysis: Analysis, fact: Fact) -> Objection | None:
    """A length of time the sentence puts between models (or gives one model alone) that
    the source puts between others: 42 days from EXAONE 3.0 to EXAONE Deep, where the source
    gives the 42 days up to EXAONE Deep's release after 3.5; four months to develop EXAONE
    3.0, where the four months ran from 3.0 to 3.5."""
    if fact.unit not in _DURATION_UNITS:
        return None
    spans = [v for v in analysis.values if v.family == "duration"]
    if len(spans) != 1:
        return None
    said = _roles(analysis.text)
    if not said:
        return None
    told: dict[str, str] = {}
    named: set[str] = set()
    for text in _said_texts(fact):
        named |= {n for kind, n, _at in names_of(text) if kind == "model"}
        for name, role in _roles(text).items():
            told.setdefault(name, role)
    if not told:
        return None
    span = spans[0].text

    def shown(name: str) -> str:
        # (the model as a reader writes it: EXAONE Deep, 엑사원 딥, EXAONE 3.0; another
        # maker's model by its own name)
        if not (name[:1].isdigit() or name in _KO_NAMES):
            return name.upper()
        if analysis.korean:
            return f"엑사원 {_KO_NAMES.get(name, name)}"
        return f"EXAONE {name if name[:1].isdigit() else name.capitalize()}"

    def where(parts: dict[str, str]) -> str:
        words = {"start": "from", "end": "up to"}
        return " ".join(f"{words[r]} {shown(n)}" for n, r in parts.items() if r in words)

    for name, role in said.items():
        theirs = told.get(name)
        if theirs == role or (name in named and theirs is None):
            continue  # (its part, or one the source's words do not say otherwise)
        if role == "self":
            if theirs == "end":
                continue  # (four months to develop EXAONE 3.5: the months up to it)
            return Objection(
                "relation", f"the source gives {span} {where(told)}, not for {shown(name)} alone"
            )
        return Objection(
            "relation", f"the source gives {span} {where(told)}, not {where({name: role})}"
        )
    return None
