"""What a query asks besides its words: the numbers and dates it mentions, the kind of value
its words ask for (금액, 언제, how many), the subjects it names; pure."""

from __future__ import annotations

from factcli.text import patterns as rx
from factcli.text.terms import analyze

TYPE_CHECKING = False  # not `typing` (~5 ms at start-up); type checkers know this name
if TYPE_CHECKING:
    from decimal import Decimal

    from factcli.find.vocabulary import Index
    from factcli.store.model import Store
    from factcli.text.dates import PartialDate

_NUMBERISH = rx.compile(r"^[\d.,]+$|^[\d.,]*[십백천만억조]+[\d.,십백천만억조]*$")
KIND_WORDS = {
    **dict.fromkeys(
        ("금액", "얼마", "액수", "가격", "amount", "cost", "price", "sum", "much"), "amount"
    ),
    # (the year it happened: 받은 해, 연도, what year)
    **dict.fromkeys(
        ("날짜", "일자", "언제", "날", "해", "연도", "년도", "date", "when", "year"), "date"
    ),
    **dict.fromkeys(("개수", "몇", "count", "number"), "count"),
    **dict.fromkeys(("나이", "age"), "age"),
    **dict.fromkeys(("기간", "duration"), "duration"),
    **dict.fromkeys(("비율", "퍼센트", "percent", "share"), "percent"),
}

# Words that ask where or who (태어난 곳, 어디서, who): the question, no word of the answer;
# not searched (곳, in one fact of the store, would count as its rarest word).
ASKING_WORDS = frozenset(("곳", "장소", "어디", "어디서", "어디에", "누구", "누가", "where", "who"))

# Questions asked in more than one word, read from the query itself (its words alone lose
# 몇 and 수, too short to search by): the first kind a question's words ask for wins, so
# 몇 년도 is a date, 몇 년 간 a duration, 몇 살 an age and 몇 개 a count.
_ASKED = (
    ("date", rx.compile(r"몇\s*(?:년도|년생|월|년에)|(?i:\bwhat\s+year\b)")),
    (
        "duration",
        rx.compile(
            r"몇\s*(?:년|개월|달|주|일)|며칠|(?i:\bhow\s+(?:long|many\s+(?:years|months|days|weeks))\b)"
        ),
    ),
    ("age", rx.compile(r"몇\s*살|(?i:\bhow\s+old\b)")),
    (
        "count",
        rx.compile(r"몇|[가-힣]\s수(?:는|가)?\s*(?:\?|$)|(?i:\bhow\s+many\b|\bnumber\s+of\b)"),
    ),
    ("amount", rx.compile(r"(?i:\bhow\s+much\b)")),
)


def asked_kinds(query: str, terms: list[str]) -> set[str]:
    """The kinds of value a query asks for: by its words (금액, 언제) and by its questions
    (몇 개, 모델 수, how many years); the first question kind found wins."""
    kinds = {KIND_WORDS[t] for t in terms if t in KIND_WORDS}
    for kind, pattern in _ASKED:
        if pattern.search(query):
            kinds.add(kind)
            break
    return kinds


# A number written in words: Korean digits with a unit (삼십육억구천칠백육십칠만 원, 이십만 장),
# a native Korean number before a counter (마흔네 살), or an English one (two hundred thousand).
_SPELLED_NUMBER = rx.compile(
    r"[일이삼사오육칠팔구십백천만억조]{2,}\s?(?:원|장|명|개|년|세|달러)|"
    r"(?:열|스물|스무|서른|마흔|쉰|예순|일흔|여든|아흔)[가-힣]{0,2}\s?(?:살|명|개|장|곳|달)|"
    r"(?i:\b(?:hundred|thousand|million|billion)\b)"
)


_SPELLED_DIGITS = str.maketrans(dict.fromkeys("일이삼사오육칠팔구십백천만억조", "\x00"))
_NATIVE_TENS = ("열", "스물", "스무", "서른", "마흔", "쉰", "예순", "일흔", "여든", "아흔")
_SPELLED_ENGLISH = ("hundred", "thousand", "million", "billion")
# What matches an ASCII letter under IGNORECASE besides the letters: İ ı ſ K (patterns.LATIN).
_ODD_LATIN = frozenset("\u0130\u0131\u017f\u212a")


def _spells_a_number(query: str) -> bool:
    """Whether _SPELLED_NUMBER matches the query, asked only when the query holds what one of
    its alternatives must: two of its Korean digits in a row, a native tens word, or an
    English number word (in any case: lower() gives it, but for the letters İ ı ſ K). Its
    pre-test would pass any text holding a counter (장 of 장관, 명 of 명단), and compiling it
    costs a search ~3 ms ([가-힣]); the pre-tests' table is not loaded for it either."""
    lowered = query.lower()
    if (
        "\x00\x00" in query.translate(_SPELLED_DIGITS)
        or any(word in query for word in _NATIVE_TENS)
        or any(word in lowered for word in _SPELLED_ENGLISH)
        or not _ODD_LATIN.isdisjoint(query)
    ):
        return _SPELLED_NUMBER.search(query) is not None
    return False


def _query_numbers(query: str, vocabulary: Index) -> tuple[list[Decimal], list[PartialDate], str]:
    """Numbers and dates a query mentions, and the query with them cut out.

    A bare number that is also a word of the store ("3.0" in "엑사원 3.0") stays a word.
    The number parsers load only for a query with digits in it.
    """
    if not any(ch.isdigit() for ch in query) and not _spells_a_number(query):
        return [], [], query
    from decimal import InvalidOperation  # ~1 ms of start-up: only for a query with digits

    from factcli.text.analysis import analyze_sentence
    from factcli.text.dates import PartialDate
    from factcli.text.numerals import parse_number

    spans: list[tuple[int, int]] = []
    numbers: list[Decimal] = []
    dates = []
    # The same reading of the text that check makes (text.analysis), made once.
    for said in analyze_sentence(query).values:
        if said.date is not None:
            dates.append(said.date)
        elif said.amount is not None:
            numbers.append(said.amount)
        spans.append((said.start, said.end))
    rest = query
    for start, end in sorted(spans, reverse=True):
        rest = rest[:start] + " " + rest[end:]
    for raw in rest.split():
        if _NUMBERISH.match(raw) and any(ch.isdigit() for ch in raw) and not vocabulary.has(raw):
            try:
                value = parse_number(raw)
            except (ValueError, InvalidOperation):
                continue
            numbers.append(value)
            if value == value.to_integral() and 1900 <= value <= 2099:
                dates.append(PartialDate(int(value)))
            rest = rest.replace(raw, " ", 1)
    return numbers, dates, rest


def _rounded_range(value: Decimal) -> tuple[Decimal, Decimal] | None:
    """The exact values a round figure may stand for: 37억 is 36억5천만 up to 37억5천만."""
    if value <= 100 or value != value.to_integral():
        return None
    digits = value.normalize().as_tuple()
    significant = len(digits.digits)
    if significant > 2 or not isinstance(digits.exponent, int) or digits.exponent < 2:
        return None
    from decimal import Decimal

    half = Decimal(5).scaleb(digits.exponent - 1)
    return value - half, value + half


def _subjects_named(store: Store, terms: list[str], index: Index | None = None) -> set[str]:
    """Subjects whose one-word name or alias is among the query's terms."""
    wanted = set(terms)
    # The store's own index keeps every one-word name's term as a key of its aliases
    # (index._alias_terms): a query holding none of them names no subject, and the names
    # need not be read (~1 ms on the bundled store).
    if index is not None and store.search_index is index and wanted.isdisjoint(index.aliases):
        return set()
    named = set()
    for subject in store.subjects.values():
        for name in subject.names:
            words = analyze(name)
            if len(words) == 1 and words[0] in wanted:
                named.add(subject.id)
                break
    return named
