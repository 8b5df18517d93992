"""A move from one employer to another, told as a route: 'A를 거쳐 B로', 'A에서 B로 옮겼다',
'A를 떠나 B로', 'moved from A to B', 'left A for B'.

The two employers are not two values of one slot (LG유플러스 is not "wrong for"
LG경제연구원): the sentence says he was at A before B. That order is read against the
earliest day the store dates a post of each (a reversed route is misleading, reason
direction); the move itself is then judged as told of B alone (the year of a move is B's).

May import: factcli.store, factcli.text; judge.meaning for Objection only.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

from factcli.judge.meaning.subjects import Objection
from factcli.store.model import Fact, Store
from factcli.text import patterns as rx
from factcli.text.analysis import Analysis, names_of
from factcli.text.dates import PartialDate, parse_iso

# Before the second employer, as written: A를 거쳐(서) | A를 떠나(서) | A에서 (then B로);
# (moved) from A to | left A for. A is an employer the checker knows, or any other name
# (LG그룹, LG), whose posts the store then cannot date.
_VIA_KO = rx.compile(
    r"([^\s,.·]{1,30}(?:\s[^\s,.·]{1,30})?)"
    r"(?:(?:을|를)\s*(?:거쳐|떠나|(?:거친|떠난|지낸|역임한|맡은|그만둔)\s*(?:뒤|후|다음))"
    # (LG전자에서 일한 뒤: a post left for the next)
    r"|에서\s*(?:일한|근무한|일하다가|근무하다가|일하던\s*중)\s*(?:뒤|후|다음)?)(?:에|서)?\s+$"
)
_FROM_KO = rx.compile(r"([^\s,.·]{1,30}(?:\s[^\s,.·]{1,30})?)에서\s+$")
_TO_KO = rx.compile(
    r"(?:[^,.·\s]{1,40}\s)?[^,.·\s]{0,40}?(?:으로|로)\s*(?:자리를\s*)?(?:옮|이직|이동|건너|갔|가|왔|합류)"
)
# One stop of a list before the next: LG경제연구원과 , SK텔레콤, .
_LISTED = rx.compile(r"[^\s,.·]{1,30}?(?:과|와|,|·)\s*")
_NAME_EN = r"([A-Z][\w&+.'-]*(?:\s+[A-Z][\w&+.'-]*){0,4})"
_FROM_EN = rx.compile(r"(?i:\bfrom\s+(?:the\s+)?)" + _NAME_EN + r"(?i:\s+to\s+(?:the\s+)?)$")
_LEFT_EN = rx.compile(
    r"(?i:\b(?:left|leaving|quit)\s+(?:the\s+)?)" + _NAME_EN + r"(?i:\s+for\s+(?:the\s+)?)$"
)


_BREAK = rx.compile(r"[,.;·]|(?:은|는|이|가)\s")  # (a clause's or a list's break)

_REACH = 120  # characters before the second employer a route's words may take


class Route:
    """Two employers in the order a sentence puts them, and the sentence told of the second:
    `told` is text[:cut[0]] + insert + text[cut[1]:]. (A plain class: `typing.NamedTuple`
    would add the typing module to a check's start-up.)"""

    __slots__ = ("cut", "earlier", "first", "insert", "then", "who")

    def __init__(
        self,
        first: str,
        then: str,
        cut: tuple[int, int],
        insert: str,
        earlier: tuple[str, ...] = (),
    ) -> None:
        self.first = first
        self.then = then
        self.cut = cut
        self.insert = insert
        self.earlier = earlier  # stops before `first` (A와 B를 거쳐 C로: A)
        self.who: str | None = None  # the subject who moved, when the sentence names one


def route_of(analysis: Analysis) -> Route | None:
    """The move from one employer to another the sentence tells of, if it tells of one."""
    text = analysis.text
    employers = {pos: name for kind, name, pos in analysis.names if kind == "employer"}
    for to, then in sorted(employers.items()):
        # (the words just before it: a route's are a few, and a long text is not scanned
        # from its start for each employer)
        lo = max(0, to - _REACH)
        found = _VIA_KO.search(text, lo, to)
        insert = ""
        if found is None:
            found = _FROM_KO.search(text, lo, to)
            if found is not None and not _TO_KO.match(text, to):
                found = None
        if found is None:
            found = _FROM_EN.search(text, lo, to)
            insert = "to "
        if found is None:
            found = _LEFT_EN.search(text, lo, to)
            insert = "moved to "
        if found is None:
            continue
        # (the employer the words before it name, else the last of those words: 배경훈은
        # LG그룹을 거쳐 is LG그룹's)
        named = [p for p in employers if found.start(1) <= p < found.end(1)]
        # (or the employer of the post the words name, just before them: LG사이언스파크 AI담당
        # 상무를 거쳐 is LG사이언스파크's)
        start = found.start(1)
        post_of = (
            []
            if insert
            else [
                p
                for p in employers
                if p < start and start - p <= 30 and not _BREAK.search(text, p, start)
            ]
        )
        if named:
            at = max(named)
            first = employers[at]
        elif post_of:
            at = max(post_of)
            first = employers[at]
        else:
            first = found.group(1).split()[-1] if not insert else found.group(1)
            at = found.end(1) - len(first)
        # (an employer written just before another, of which it is a part: LG전자 LG사이언스파크)
        while (
            not insert
            and (
                parent := next(
                    (
                        p
                        for p in employers
                        if p < at and not text[p + len(employers[p]) : at].strip()
                    ),
                    None,
                )
            )
            is not None
        ):
            at = parent
        if first == then:
            continue
        # (LG경제연구원과 LG유플러스를 거쳐: the stops listed before it, in their order)
        earlier: list[str] = []
        while (
            not insert
            and (
                prior := max(
                    (p for p in employers if p < at and _LISTED.fullmatch(text, p, at)),
                    default=None,
                )
            )
            is not None
        ):
            earlier.insert(0, employers[prior])
            at = prior
        return Route(
            first, then, (found.start(), to) if insert else (at, to), insert, tuple(earlier)
        )
    return None


def route_objection(store: Store, route: Route) -> tuple[Objection | None, bool]:
    """Whether the store dates one stop's first post after the next's (the route the other
    way round), and whether it dates a post at every stop (the order shown)."""
    from factcli.judge.sequence import _later

    stops = (*route.earlier, route.first, route.then)
    began = _began(store, frozenset(stops), route.who)
    for before, after in itertools.pairwise(stops):
        first, then = began.get(before), began.get(after)
        if first is None or then is None:
            continue
        (a, a_when), (b, b_when) = first, then
        if _later(a_when, b_when):
            return Objection(
                "direction",
                f"the source has him at {after} from {b_when} ({b.id}), before {before} "
                f"from {a_when} ({a.id}): the other way round",
                found=before,
                expected=after,
                fact=b.id,
            ), True
    return None, all(stop in began for stop in stops)


def _began(
    store: Store, employers: frozenset[str], who: str | None
) -> dict[str, tuple[Fact, PartialDate]]:
    """For each of `employers`, the fact of the earliest dated post there of `who` (anyone's
    when None), and its first day: one pass over the store's posts."""
    best: dict[str, tuple[Fact, PartialDate]] = {}
    for fact in store.facts:
        told = fact.start or fact.date
        if fact.kind != "position" or not told or (who is not None and fact.subject != who):
            continue
        try:
            when = parse_iso(told)
        except ValueError:
            continue
        if when.year is None:
            continue
        # (the post's own employer, as its org and title give it: not 삼성전자 of "a joint
        # venture of Samsung Electronics" in its statement)
        text = f"{fact.org or ''} {fact.value or ''}"
        for kind, name, _p in names_of(text, loose=True):
            if kind != "employer" or name not in employers:
                continue
            have = best.get(name)
            if have is None or when < have[1]:
                best[name] = (fact, when)
    return best


def told_of_second(text: str, route: Route) -> tuple[str, Callable[[int], int]]:
    """The sentence told of the move to the second employer, and where a position in it was
    in the sentence as written."""
    a, b = route.cut
    told = text[:a] + route.insert + text[b:]
    size = len(route.insert)

    def back(pos: int) -> int:
        if pos < a:
            return pos
        if pos < a + size:
            return b
        return pos - a - size + b

    return told, back
