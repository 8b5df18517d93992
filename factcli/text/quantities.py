"""The checkable quantities in a sentence: money, counts, percentages, durations, ages, sizes.

``find_quantities("GPU 5만장과 41억5천만원")`` gives 50000 GPU and 4150000000 KRW with their
spans. A number needs a unit, a counter or a scale (만 억 조, million) to count: bare numbers,
model and version names (EXAONE 4.0, GPT-4, H200) and the numbers inside dates are skipped.
"""

from __future__ import annotations

import bisect
import re
from decimal import Decimal

from factcli.text import patterns as rx
from factcli.text.dates import HAS_DIGIT, find_dates
from factcli.text.korean import PARTICLES, nfc_map
from factcli.text.numerals import NATIVE_PATTERN, SPELLED, parse_number, spelled_number
from factcli.text.records import dataclass, replace

__all__ = ["KINDS", "UNITS", "Quantity", "find_quantities", "format_value"]

# Writing values back lives in factcli.text.units (cheap to import); re-exported here.
from factcli.text.units import format_value

#: The kinds a Quantity can have.
KINDS = ("amount", "count", "percent", "duration", "age", "measure", "size", "rank", "ordinal")


@dataclass(frozen=True)
class Quantity:
    """One quantity found in text; start and end index the original string.

    ``value`` is exact; ``high`` is the top of a range (3~4억: value 3e8, high 4e8).
    ``bound`` is "min" (이상, at least) or "max" (이하, up to); ``approx`` marks 약, 여,
    about. The span covers a currency sign, the number and its unit, not hedge words.
    """

    value: Decimal
    unit: str | None
    kind: str
    start: int
    end: int
    text: str
    approx: bool = False
    bound: str | None = None
    high: Decimal | None = None


# Korean units (attached or after one space), longest first: (written form, unit, kind).
_KO_UNITS: tuple[tuple[str, str, str], ...] = (
    *(("제곱미터", "m2", "measure"), ("퍼센트포인트", "%p", "percent")),
    *(("퍼센트", "%", "percent"), ("개 언어", "language", "count")),
    *(("개언어", "language", "count"), ("개월", "month", "duration")),
    *(("개국", "country", "count"), ("개사", "company", "count")),
    *(("종류", "item", "count"), ("가지", "item", "count"), ("달러", "USD", "amount")),
    # (another currency after a Korean scale is no amount in won: 36억9767만 엔, 1억 위안)
    *(("위안", "CNY", "amount"), ("유로", "EUR", "amount"), ("파운드", "GBP", "amount")),
    ("엔", "JPY", "amount"),
    *(("원", "KRW", "amount"), ("장", "GPU", "count"), ("명", "people", "count")),
    *(("개", "item", "count"), ("대", "item", "count"), ("건", "item", "count")),
    *(("곳", "item", "count"), ("종", "item", "count"), ("달", "month", "duration")),
    *(("일", "day", "duration"), ("주", "week", "duration"), ("년", "year", "duration")),
    *(("세", "years", "age"), ("살", "years", "age"), ("%포인트", "%p", "percent")),
    ("%p", "%p", "percent"),
    *(("%", "%", "percent"), ("㎡", "m2", "measure"), ("m²", "m2", "measure")),
    ("m2", "m2", "measure"),
    ("평", "pyeong", "measure"),  # (전용 106평: an area in pyeong, not the source's 106㎡)
    # (채무는 예금의 4배가 넘는다: a ratio, a figure of its own that no two facts' words hold)
    ("배", "times", "measure"),
)
# Counters that follow native Korean numerals (한 명, 세 가지, 두 달); not 원 or 년.
_NATIVE_UNITS = {"people", "item", "GPU", "company", "country", "month", "years", "language"}

# English unit words after a number: (regex, unit, kind). Order matters (years old first);
# from gpus on, a couple of acronyms or adjectives may stand between (16 LG affiliates).
_EN_UNITS: tuple[tuple[str, str, str], ...] = (
    *((r"years?[- ]old", "years", "age"), (r"won|krw", "KRW", "amount")),
    *((r"(?:us )?dollars?|usd", "USD", "amount"), (r"percentage points?", "%p", "percent")),
    *((r"yen|jpy", "JPY", "amount"), (r"yuan|renminbi|cny", "CNY", "amount")),
    *((r"euros?|eur", "EUR", "amount"), (r"pounds? sterling|gbp", "GBP", "amount")),
    *((r"per ?cent", "%", "percent"), (r"days?", "day", "duration")),
    *((r"weeks?", "week", "duration"), (r"months?", "month", "duration")),
    *((r"years?", "year", "duration"), (r"square[ -]met(?:er|re)s?|sq ?m|m2", "m2", "measure")),
    # (2,000 H200s, H100 chips: GPUs named by their model)
    (r"parameters?|params", "parameter", "size"),
    (r"gpus?|(?:h100|h200|h20|a100|a800|b200|gb200)s?(?:[ \t]+(?:gpus?|chips?))?", "GPU", "count"),
    (r"people|persons?|employees?|researchers?|children|child|daughters?|sons?", "people", "count"),
    *((r"companies|company|affiliates?", "company", "count"), (r"models?|sizes", "model", "count")),
    *((r"countries|country", "country", "count"), (r"benchmarks?", "benchmark", "count")),
    *((r"languages?", "language", "count"), (r"versions?", "version", "count")),
    (r"cars?|vehicles?", "vehicle", "count"),  # the store's schema counts vehicles
    (r"items?", "item", "count"),
    # (more than five times his deposits, twice as much: a ratio)
    (
        r"times(?=[ \t]+(?:as|more|larger|bigger|higher|greater|the|his|her|their|its|what)\b)",
        "times",
        "measure",
    ),
)
_EN_GROUPS = "|".join(f"(?P<u{i}>{rx})" for i, (rx, _, _) in enumerate(_EN_UNITS))
_EN_UNIT = rx.compile(rf"(?:[ \t]+|-)?(?i:{_EN_GROUPS})\b")
_FIRST_COUNT = next(i for i, (_, unit, _) in enumerate(_EN_UNITS) if unit == "GPU")
_GAP_WORD = (
    r"(?:[A-Z][A-Z0-9-]*[A-Z0-9](?![a-z])|(?i:notable|new|open|open-source|large|small|major"
    r"|leading|top|frontier|foundation|domestic|foreign|global|korean|local|additional|more"
    r"|group|member|partner|participating|private|public|tech|technology|big))"
)
_EN_GAP = rx.compile(
    rf"[ \t]+(?:{_GAP_WORD}[ \t]+){{1,2}}(?i:"
    + "|".join(f"(?P<u{i}>{rx})" for i, (rx, _, _) in enumerate(_EN_UNITS) if i >= _FIRST_COUNT)
    + r")\b"
)

#: Every unit find_quantities can give, with its kind.
UNITS: dict[str, str] = {unit: kind for _, unit, kind in _KO_UNITS + _EN_UNITS}

_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_HD = r"[일이삼사오육칠팔구](?=[십백천만억조경])"  # a Hangul digit only counts before a unit
_YEO = r"(?<=[\d십백천])여(?=[만억조경])"  # 2천여억: "some 2천" of 억
# A last Hangul digit (삼십이 명) only after 십 or two numeral syllables and before a
# counter, so that 사장 (4+장) and 백사장 (100+4+장) stay words.
_HD_LAST = (
    r"(?:(?<=[일이삼사오육칠팔구십백천만억조경][십백천만억조경])|(?<=십))[일이삼사오육칠팔구]"
    r"(?=[ \t]?(?:원|명|장|개|달러|가지|%))"
)
_SCALE = r"(?:[ \t-]?(?i:thousand|million|billion|trillion)\b|(?:bn|mn|[kKMBT])(?![A-Za-z0-9]))"
# Sections may be spaced only after a big unit and only when the next one ends in a big unit
# ("36억 9767만", "1조 2천억") or is digits before a counter ("10만 1000원"), so "1억 이상",
# "3억 2025년" and "H200 2천" stay apart.
_NUMERAL = rx.compile(
    rf"(?:{_NUM}|{_HD}|[십백천만억조경]|{_YEO}|{_HD_LAST})+"
    rf"(?:(?<=[만억조경])[ \t](?:{_NUM}|{_HD}|[십백천]|{_YEO})*[만억조경])*"
    rf"(?:(?<=[만억조경])[ \t](?:{_NUM}[천백십]?)+(?=[ \t]?(?:원|명|장|개|달러)))?"
    rf"{_SCALE}?"
)
_SPELLED_WORDS = "|".join(sorted((w for w in SPELLED if w.isascii()), key=len, reverse=True))
# English number words; native Korean ones before a syllable (a counter); "a" or "an" as one.
# Each kind compiled only for a text that can hold it (an English claim needs no syllables).
_SPELLED = rx.Alternatives(
    rf"\b(?i:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-[a-z]+|{_SPELLED_WORDS})\b",
    rf"(?<![\uac00-\ud7a3\d])(?:{NATIVE_PATTERN})(?=[ \t]?[\uac00-\ud7a3])",
    # "for at least a year", "within a month": a or an as one, after words of extent only.
    r"(?:(?<=\bleast )|(?<=\bmost )|(?<=\bthan )|(?<=\bover )|(?<=\bfor )|(?<=\bwithin )|"
    r"(?<=\babout )|(?<=\bnearly )|(?<=\balmost ))an?(?=[ \t]+(?:year|month|week|day)\b)"
    # (a dozen benchmarks: twelve; a pair of models: two)
    r"|\b(?i:a)(?=[ \t]+(?i:dozen|pair[ \t]+of)\b)",
    # (자녀가 셋이다, 모델은 넷이다: a native number as what the clause says the count is)
    r"(?<![\uac00-\ud7a3\d])(?:하나|둘|셋|넷)(?=[ \t]?(?:이다|이었|이며|이고|이던|뿐|다[.,\s]|다$))"
    # (딸 둘을 뒀다, 모델 넷을 선보였다: a native number right after the noun it counts)
    r"|(?<=[\uac00-\ud7a3][ \t])(?:둘|셋|넷)(?=을\s*(?:뒀|두|낳|선보|공개|신고|보유)|를|[,.]|[ \t]*$)",
)
_PREDICATE_ONES = {"하나": 1, "둘": 2, "셋": 3, "넷": 4}
# ... and the noun whose count it is, the clause's topic or subject right before it.
_COUNTED_TOPIC = rx.compile(r"([\uac00-\ud7a3]+?)(?:은|는|이|가)[ \t]+$")
# ... or the noun right before it, with no particle (딸 둘을, 모델 넷을).
_COUNTED_BARE = rx.compile(r"(?<![\uac00-\ud7a3])([\uac00-\ud7a3]+)[ \t]+$")
# Digits grouped by commas in threes (50,000): a figure, whatever noun it counts.
_GROUPED = rx.compile(r"\d{1,3}(?:,\d{3})+")
_RANGE_SEP = rx.compile(r"[ \t]*(?:~|∼|〜|-|–|—)[ \t]*|[ \t]+to[ \t]+")
# A change from one figure to another (raising the goal from 50,000 to 200,000): "from" after a
# verb of change, right before the first figure.
_CHANGED_FROM_EN = rx.compile(
    r"(?i:\b(?:rais|increas|expand|boost|lift|grow|cut|reduc|lower|decreas|scal|ramp|doubl|"
    r"tripl|revis|bump|shrink|slash|trimm?|push|hik)\w{0,4}\b[^.]{0,60}?\bfrom[ \t]+)$"
)
_BIG = rx.compile(r"[만억조경]$|(?i:thousand|million|billion|trillion|bn|mn|[kmbt])$")
_HAS_SCALE = rx.compile(r"[만억조경]|(?i:thousand|million|billion|trillion)|\d(?:bn|mn|[kKMBT])$")


# What every match of _NUMERAL begins with, besides a digit (tested). _read takes no match
# that begins with a syllable right after another (_blocked_before: 배경훈's 경, 인사's 사),
# nor find_quantities one that overlaps a date: a text with no other place for a numeral to
# begin has none to read, and the pattern (~3 ms to compile) is not compiled for it.
_NUMERAL_SYLLABLES = frozenset("일이삼사오육칠팔구십백천만억조경여")


def _numeral_may_start(norm: str, spans: list[tuple[int, int]]) -> bool:
    """Whether, outside these sorted spans, norm has a digit or a numeral syllable that
    begins a word."""
    start = 0
    for a, b in [*spans, (len(norm), len(norm))]:
        for i in range(start, a):
            char = norm[i]
            if char.isdecimal() or (
                char in _NUMERAL_SYLLABLES and not (i and _hangul_at(norm[i - 1]))
            ):
                return True
        start = max(start, b)
    return False


# Hangul syllables tested by comparison, not by a regex: CPython's compiler marks each of a
# class's 11,172 syllables one by one (~0.5 ms a pattern, at every start-up).
def _hangul_at(text: str) -> bool:
    """Whether text starts with a Hangul syllable (what [가-힣] matches)."""
    return "\uac00" <= text[:1] <= "\ud7a3"


def _hangul_run(text: str, start: int) -> str:
    """The Hangul syllables from text[start] on (what [가-힣]* matches there)."""
    end = start
    while end < len(text) and "\uac00" <= text[end] <= "\ud7a3":
        end += 1
    return text[start:end]


# What may follow a Korean unit inside the same word (3년간, 5만장을, 42일밖에, 320억 개인,
# 107만 원이었던): hedge words, then nothing or something that starts like a particle or a
# copula. 4세대, 2주년, 3종목 and 천안 do not qualify.
_TAIL_HEDGE = rx.compile(
    r"(?:간|여|씩)?(?:가량|쯤|정도|이상|이하|미만|초과|이내|내외|남짓|안팎|째|짜리|어치|밖에|뿐)?"
)
_TAIL_START = rx.compile(
    "(?:"
    # Longest first; words of one length (none of which matches where another does) in order,
    # so the source is the same in every process (its pre-test is then read from a table).
    + "|".join(
        sorted(sorted({*PARTICLES, "인", "였", "라", "다", "나", "만에"}), key=len, reverse=True)
    )
    + ")"
)
# Nouns that name what 개/가지/대 count (3개 모델, 16개 계열사, 차량 1대); a parameter noun
# also names a bare scale (매개변수 320억).
_KO_NOUNS = {
    **dict.fromkeys(("매개변수", "파라미터", "parameters", "parameter"), "parameter"),
    **dict.fromkeys(("계열사", "기업", "회사"), "company"),
    **dict.fromkeys(("국가", "나라"), "country"),
    **dict.fromkeys(("차량", "자동차"), "vehicle"),
    **dict.fromkeys(("모델", "크기"), "model"),  # (세 가지 크기: three sizes, as "sizes")
    "버전": "version",
    "벤치마크": "benchmark",
    "언어": "language",
}
_KO_NOUN_AFTER = rx.compile(rf"[\uac00-\ud7a3]*[ \t]*(?i:({'|'.join(_KO_NOUNS)}))")
_KO_NOUN_BEFORE = rx.compile(
    rf"(?i:({'|'.join(_KO_NOUNS)}))[\uac00-\ud7a3]*[ \t]*"
    # (English: the parameter count from 32 billion, parameters of about 210 billion)
    r"(?:(?i:(?<=r|s)[ \t]+(?:count|number|size)s?)?[ \t]+(?i:from|of|at|to|up to)[ \t]+)?$"
)
# After N일, what makes it a span of days rather than a day of the month (12일 서울에서).
_DAYS_AFTER = rx.compile(
    r"[ \t]*(?:동안|이내|이상|이하|이후|전|뒤|후|만에|정도|가량|간|째|넘게|남짓|안팎|내외)"
)
_HANGUL_B = r"(?<![\uac00-\ud7a3])"
_APPROX_BEFORE = rx.compile(
    rf"(?:{_HANGUL_B}(?:약|대략|거의)[ \t]*|(?<![\d\w])~[ \t]*|\b(?i:about|around|approximately"
    r"|approx\.|nearly|some|roughly|almost|circa)[ \t]+)$"
)
_MIN_BEFORE = rx.compile(
    rf"(?:{_HANGUL_B}(?:최소|적어도)[ \t]*"
    r"|\b(?i:at least|(?<!ranking )(?<!rankings )(?<!average )(?<!score )(?<!scores )over"
    r"|(?<!no )(?<!not )more than|above|upwards of|no (?:fewer|less) than"
    r"|exceed(?:s|ed|ing)?|topp(?:ed|ing)|surpass(?:es|ed|ing)?)[ \t]+)$"
)
# "over" before a period, right after an amount (200 billion won over three years; not for
# over ten years, over a year): the time the amount is spread over.
_OVER_A_PERIOD = rx.compile(
    r"(?i:(?:\bwon|\bdollars?|\bbillion|\bmillion|\btrillion|\bGPUs?|\d)\s+over\s+)$"
)
_MAX_BEFORE = rx.compile(
    rf"(?:{_HANGUL_B}최대[ \t]*"
    r"|\b(?i:at most|under|up to|less than|fewer than|below|no more than|not more than)[ \t]+)$"
)
# Words of a rule's limit: a figure after 최대 in a sentence of them is the limit itself.
_A_LIMIT = rx.compile(r"한도|규제|상한|제한|묶")
_APPROX_AFTER = rx.compile(r"[ \t]*(?:가량|쯤|정도|내외|안팎|남짓|가까이)")
# The stems of more and of less after 보다 (30억 원보다 많다, 8억 원보다 적다): one table the
# bounds here, the strict bounds (text.analysis) and gaps' directions (judge.differences) read.
MORE_KO = "많|크|큰|컸|높|비싸|비쌌|길|긴|늘"
LESS_KO = "적(?!극)|작|낮|싸|쌌|짧|줄"
_MIN_AFTER = rx.compile(
    r"[ \t]*(?:이상|초과|넘게|넘는|(?i:or more|or over|or older|and above|and over)\b"
    # (37억 원을 넘는다, 100만 원을 넘었다, 웃돌았다: a verb that puts the figure as a floor)
    r"|(?:을|를|이|가)[ \t]*(?:넘[었는어긴길을]|초과했|초과한|웃돌|웃돈|웃도|상회)"
    # (30억 원보다 많다, 41억5천만 원보다 비싸게: more than it)
    rf"|보다[ \t]*(?:훨씬[ \t]*|더[ \t]*)?(?:{MORE_KO}))"
)
# Just past a figure (37억 원을 조금 넘는다, slightly above 3.7 billion won): a floor with a
# near ceiling, a tenth above it; just short of one (조금 못 미친다, just under) the same below.
_SLIGHTLY_OVER_AFTER = rx.compile(
    r"[ \t]*(?:을|를|이|가)[ \t]*(?:조금|약간|살짝|소폭|다소|겨우)[ \t]*"
    r"(?:넘|웃돌|웃돈|웃도|상회|초과)"
)
_SLIGHTLY_UNDER_AFTER = rx.compile(
    r"[ \t]*(?:에|을|를)[ \t]*(?:조금|약간|살짝|다소)[ \t]*(?:못[ \t]*미[쳤친치]|밑돌|밑돈|밑도|하회)"
)
_SLIGHTLY_BEFORE = rx.compile(
    r"\b(?i:(slightly|just|a\s+little|a\s+bit|marginally)\s+"
    r"(?:(above|over|more\s+than|exceed(?:s|ed|ing)?|topp(?:ed|ing))|(below|under|less\s+than)))"
    r"[ \t]+$"
)
SLIGHTLY = Decimal("0.1")  # how far past a figure "slightly" goes
_MAX_AFTER = rx.compile(
    r"[ \t]*(?:이하|미만|이내|(?i:or less|or fewer|or younger|or under|and below|and under)\b"
    r"|(?:에|을|를)[ \t]*(?:못[ \t]*미[쳤친치]|미치지[ \t]*못|밑돌|하회)"
    # (1000만 원도 안 됐다, 20만 원에도 못 미쳤다, 두 달도 걸리지 않았다: less than it)
    r"|(?:도|에도|이|가)[ \t]*(?:안[ \t]*(?:됐|되|된|돼)|못[ \t]*(?:미[쳤친치]|됐|되))"
    r"|도[ \t]*(?:걸리지|되지|들지|미치지)[ \t]*(?:않|못)"
    # (8억 원보다 적다, 41억5천만 원보다 싸게: less than it)
    rf"|보다[ \t]*(?:훨씬[ \t]*|더[ \t]*)?(?:{LESS_KO}))"
)
# "up" of a verb before "to" (scale EXAONE up to, ramp up to): the figure is where it goes,
# not a ceiling.
_PHRASAL_UP = rx.compile(
    r"(?i:\b(?:scal|ramp|step|bump|siz|build|built|grow|grew|beef|power|gear)[a-z]*"
    r"(?:\s+[\w.-]+){0,2}\s+up(?=\s+to\b))"
)
_CURRENCY_BEFORE = rx.compile(r"(?P<c>US\$|\$|₩|(?i:krw|usd))[ \t]?$")
_AGE_BEFORE = rx.compile(r"\b(?i:aged?|age\s+of)[ \t]+$")
# "was 44 when LG named him": a bare number after a verb of being, before when/as.
_BE_BEFORE = rx.compile(r"\b(?i:was|is|were|turned)[ \t]+$")
_WHEN_AFTER = rx.compile(
    r"[ \t]+(?i:when|as|at the time|(?:on|in|as of)(?=[ \t]+(?:"
    r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d)))\b"
)
# "LG picked Bae, then 44, as ...": a bare number set off after "then" is an age.
_THEN_BEFORE = rx.compile(r"[,(][ \t]*(?i:then)[ \t]+$")
_SET_OFF_AFTER = rx.compile(r"[ \t]*[,)]")
# "became minister at 49.", "At 44, Bae ...": a bare number after "at" that ends its phrase.
_AT_BEFORE = rx.compile(r"(?:^|[\s,(])(?i:at)[ \t]+$")
_PHRASE_END_AFTER = rx.compile(r"[ \t]*(?:[,.;)]|$)")
_DATE_WORD_BEFORE = rx.compile(r"(?:지난|오는|이달|이번 달)[ \t]*$")  # 지난 7일 is a date
# Units a lone Hangul unit (만 원, 천 명) may take; 만세, 만일 and 천장 (ceiling) are words,
# though "천 장" with a space is 1,000 cards.
_WORD_UNIT_OK = {"KRW", "USD", "people"}

_Unit = tuple[str, str, int]  # unit, kind, where the unit ends


def _ends_before(pattern: rx.Pattern, text: str, pos: int) -> re.Match[str] | None:
    # Words before a number are short; searching the whole prefix made long texts quadratic.
    return pattern.search(text, max(0, pos - 40), pos)


def _en_unit(match: re.Match[str]) -> _Unit:
    index = int(next(k for k, v in match.groupdict().items() if v)[1:])
    return _EN_UNITS[index][1], _EN_UNITS[index][2], match.end()


_HEDGE_AFTER = rx.compile(
    r"(?:이상|이하|미만|초과|정도|가량|남짓|안팎)(?![가-힣])|(?:이상|이하|정도)[이을를은는의에]"
)


def _tail_ok(norm: str, end: int, unit: str) -> bool:
    """Whether the rest of the word after a Korean unit leaves the unit a unit."""
    run = _hangul_run(norm, end)
    if unit in ("KRW", "USD") and run.startswith("대"):
        return True  # 40억 원대: in the 4-billion range
    rest = run[_TAIL_HEDGE.match(run).end() :]  # type: ignore[union-attr]
    if (
        unit == "item"
        and norm[end - 1] == "대"
        and _AGE_DECADE.match(norm, end)
        and _DECADE_BEFORE.search(norm, 0, end - 1)
    ):
        return False  # (40대에 장관이 됐다, 40대 초반: his forties, no count of things)
    if unit == "item" and norm[end - 1] == "대" and not run:
        # 차량 2대를 but not 3대 강국, 20대 남성: "top N" and age groups.
        return (
            not _hangul_at(norm[end + 1 : end + 2] or "a")
            or not norm[end : end + 1].isspace()
            or bool(_HEDGE_AFTER.match(norm, end + 1))  # 1,621대 이상이
        )
    return not rest or bool(_TAIL_START.match(rest))


# After a round ten and 대, the words of an age group: in one's forties (40대에, 40대의,
# 40대였다, 40대 초반), not 차량 40대를 (nor 차량 10대에: see _DECADE_BEFORE).
_AGE_DECADE = rx.compile(r"(?:에|의|인|였|이었|이던|로서)(?![가-힣])|\s*(?:초반|중반|후반)")
# (the round ten after a word that ends in a particle, or first: 배경훈은 40대에; not after a
# noun it counts, 차량 10대에)
_DECADE_BEFORE = rx.compile(r"(?:^|[은는이가도서][ \t]+)[1-9]0$")
# After 세 (three), a counter: 세 가지, 세 개, 세 명, 세 차례.
_THREE_OF = rx.compile(
    r"[ \t]*(?:가지|개|명|곳|번|차례|종류|종|권|건|편|군데|배"
    # (2.4B·7.8B·32B 세 모델: three models, the nouns a native number counts)
    r"|모델|버전|언어|나라|회사|기업|계열사|딸|아들|자녀)"
)


def _unit_at(norm: str, pos: int, *, korean: bool = True, english: bool = True) -> _Unit | None:
    """The unit right after a number at pos, or None."""
    gap = pos + 1 if norm[pos : pos + 1] in (" ", "\t") else pos
    for written, unit, kind in _KO_UNITS if korean else ():
        if norm.startswith(written, gap):
            end = gap + len(written)
            if _hangul_at(written[-1]) and not _tail_ok(norm, end, unit):
                continue  # 4세대, 2주년, 천안: the syllable is part of another word
            if written == "세" and gap > pos and _THREE_OF.match(norm, end):
                continue  # "32B 세 가지 모델": 세 is three of what follows, not an age
            if written[-1] != "%" and norm[end : end + 1].isascii() and norm[end:][:1].isalnum():
                continue  # 106m2x is no area; 106㎡다 is
            return unit, kind, end
    if english and (match := _EN_UNIT.match(norm, pos)):
        return _en_unit(match)
    return None


def _tidy(value: Decimal) -> Decimal:
    integral = value.to_integral_value()
    return integral if value == integral else value.normalize()


def _read_numeral(norm: str, pos: int) -> tuple[str, int, Decimal] | None:
    """The numeral at pos: its text, where it ends, its value."""
    match = _NUMERAL.match(norm, pos)
    if not match:
        return None
    for end in (match.end(), pos + len(match.group().split()[0])):
        # "5억 3천억" does not parse as one number: fall back to the part before the space.
        try:
            return norm[pos:end], end, parse_number(norm[pos:end].replace("여", ""))
        except ValueError:
            continue
    return None


_ORDINAL_END = rx.compile(r"제[ \t]?$")  # 제1, 제 2: an ordinal, not a count


def _blocked_before(norm: str, start: int) -> bool:
    """Identifiers and ordinals: H200, GPT-4, Llama3.1, v2, 제37회, #3, 엑사원만."""
    if start == 0:
        return False
    prev = norm[start - 1]
    if _hangul_at(norm[start]):
        return bool(_hangul_at(prev))
    if (prev.isalnum() or prev in "._#") and not _hangul_at(prev):
        return True
    if prev == "-" and start >= 2 and norm[start - 2].isalpha():
        return True
    if _ORDINAL_END.search(norm[max(0, start - 2) : start]):
        return True
    # EXAONE 3.5, Llama 3.1: a decimal after a name is the name's version, not a count.
    name = _NAME_BEFORE.search(norm, max(0, start - 24), start)
    return bool(
        name
        and name.group(1).upper() not in _CURRENCY_CODES
        and re.match(r"\d+\.\d", norm[start : start + 4])
    )


_NAME_BEFORE = rx.compile(r"\b([A-Z][A-Za-z]+|엑사원)[ \t]+$")
_CURRENCY_CODES = frozenset(["KRW", "USD", "EUR", "JPY", "CNY", "GBP", "US", "WON"])


def _scale_of(raw: str) -> Decimal:
    match = _BIG.search(raw.strip())
    return parse_number("1" + match.group()) if match else Decimal(1)


def _read(norm: str, start: int) -> Quantity | None:
    """The quantity whose numeral starts at start, or None; spans index norm."""
    if _blocked_before(norm, start) or (first := _read_numeral(norm, start)) is None:
        return None
    raw, end, value = first
    numeral_end = end
    approx, bound, high = "여" in raw, None, None
    if norm[end : end + 1] == "." and norm[end + 1 : end + 2].isdigit():
        return None  # 3.5.1: a version
    if norm[end : end + 1] == "+":
        bound, end = "min", end + 1  # 5,000+ GPUs
    if norm[end : end + 1] == "여" and (
        not _hangul_at(norm[end + 1 : end + 2] or "a") or _unit_at(norm, end + 1)
    ):
        approx, end = True, end + 1  # 3천여 명, 10여개
    unit = _unit_at(norm, end)
    if unit is not None and unit[0] == "model" and re.search(r"\dB$", raw):
        unit = None  # 32B sizes: a model's size in parameters, not a count of models
    sep = _RANGE_SEP.match(norm, end if unit is None else unit[2])
    if sep and "to" in sep.group() and _CHANGED_FROM_EN.search(norm, max(0, start - 90), start):
        sep = None  # (raise the target from 50,000 to 200,000: two figures, not a range)
    if sep and (second := _read_numeral(norm, sep.end())):
        high_raw, high_end, high_value = second
        second_unit = _unit_at(norm, high_end)
        if unit is None or (second_unit and second_unit[:2] == unit[:2]):
            if not _HAS_SCALE.search(raw):
                value = _tidy(value * _scale_of(high_raw))  # 3~4억: 3억..4억
            if high_value > value:
                high, end, unit = high_value, high_end, second_unit
                raw = high_raw  # the scale and suffix are the range's
    if unit is None and "." not in raw and (gap := _EN_GAP.match(norm, end)):
        unit = _en_unit(gap)  # 16 LG affiliates, 2,000 H200 GPUs
    if unit is None and norm[end : end + 1].isascii() and norm[end:][:1].isalpha():
        return None  # 37th, 80GB, 5G
    if currency := _ends_before(_CURRENCY_BEFORE, norm, start):
        symbol = currency.group("c").upper()
        unit_name, kind = ("KRW" if symbol in ("₩", "KRW") else "USD"), "amount"
        start = currency.start()
        if unit is not None and unit[1] == "amount":
            end = unit[2]  # "$5 USD": one currency
    elif unit is not None:
        unit_name, kind, end = unit
    elif (
        _ends_before(_AGE_BEFORE, norm, start)
        or (
            _ends_before(_BE_BEFORE, norm, start)
            and _WHEN_AFTER.match(norm, end)
            and value < 130  # (the target was 50,000 in 2028: no age)
        )
        or (
            _ends_before(_THEN_BEFORE, norm, start)
            and _SET_OFF_AFTER.match(norm, end)
            and raw.isdigit()
            and 0 < value < 130
        )
        or (
            _ends_before(_AT_BEFORE, norm, start)
            and _PHRASE_END_AFTER.match(norm, end)
            and raw.isdigit()
            and 10 <= value < 130
        )
    ):
        unit_name, kind = "years", "age"  # aged 44; was 44 when
    elif re.search(r"\dB$", raw):
        unit_name, kind = "parameter", "size"  # 32B, 2.4B: model sizes
    elif _HAS_SCALE.search(raw) or _GROUPED.fullmatch(raw):
        unit_name, kind = None, "count"  # 1억368만, 50,000 alone: still comparable
    else:
        return None  # a bare number: EXAONE 4.0, 엑사원 3.0
    lone = len(raw) == 1 and not raw.isdigit() and unit_name not in _WORD_UNIT_OK
    # (십 년, 백 명, 십여 년: ten, a hundred spelled apart from their counter)
    spaced = norm[numeral_end : numeral_end + 1].isspace() or raw + "여" == norm[start:end][:2]
    if lone and not (spaced and (unit_name == "GPU" or raw in "십백천")):
        return None  # 만세, 만일, 천장: one Hangul unit glued to a word is no numeral
    return _finish(norm, Quantity(value, unit_name, kind, start, end, "", approx, bound, high))


def _just_past(norm: str, q: Quantity) -> Quantity | None:
    """A figure said to be just past (37억 원을 조금 넘는다, slightly above): a range from it
    to a tenth beyond, or a tenth below it to it (조금 못 미친다, just under)."""
    if q.value <= 0 or q.high is not None or q.kind in ("date", "duration", "age"):
        return None
    before = _ends_before(_SLIGHTLY_BEFORE, norm, q.start)
    over = _SLIGHTLY_OVER_AFTER.match(norm, q.end) or (before and before.group(2))
    under = _SLIGHTLY_UNDER_AFTER.match(norm, q.end) or (before and before.group(3))
    if not over and not under:
        return None
    span = q.value * SLIGHTLY
    low, high = (q.value, q.value + span) if over else (q.value - span, q.value)
    return replace(q, value=low, high=high, text=norm[q.start : q.end])


def _finish(norm: str, q: Quantity) -> Quantity | None:
    """Add the hedges around a quantity: 약, 최소, about, at least before; 이상, 가량 after."""
    near = _just_past(norm, q)
    if near is not None:
        return near
    start, end, unit, kind, approx, bound = q.start, q.end, q.unit, q.kind, q.approx, q.bound
    hedge_start = start
    for _ in range(2):  # "최소 약 3천 명", "at least about 2,000"
        if match := _ends_before(_APPROX_BEFORE, norm, hedge_start):
            approx, hedge_start = True, match.start()
        elif match := _ends_before(_MIN_BEFORE, norm, hedge_start):
            if kind == "duration" and _OVER_A_PERIOD.search(norm, 0, match.end()):
                break  # (invest 200 billion won over two years: the period, no floor)
            if unit == "benchmark" and match.group().lower().lstrip().startswith("top"):
                break  # (topped 13 benchmarks: first in them, not more than 13)
            bound, hedge_start = bound or "min", match.start()
        elif match := _ends_before(_MAX_BEFORE, norm, hedge_start):
            if _PHRASAL_UP.search(norm, max(0, match.start() - 40), match.end()):
                pass  # (scale EXAONE up to 210 billion: to, not at most)
            elif "최대" in match.group() and _A_LIMIT.search(norm):
                pass  # (주담대 최대 6억 규제: the cap the rule sets is the figure itself)
            else:
                bound = bound or "max"
            hedge_start = match.start()
    pos = end + (1 if norm.startswith(("간", "씩"), end) else 0)
    for _ in range(2):  # "1년 이상", "3천 명 가량", "5 or more"
        if match := _APPROX_AFTER.match(norm, pos):
            approx, pos = True, match.end()
        elif match := _MIN_AFTER.match(norm, pos):
            bound, pos = bound or "min", match.end()
        elif match := _MAX_AFTER.match(norm, pos):
            bound, pos = bound or "max", match.end()
    if unit in ("KRW", "USD") and norm[end : end + 1] == "대":
        approx = True  # 40억 원대: somewhere in the 4-billion range
    if unit == "day" and _ends_before(_DATE_WORD_BEFORE, norm, hedge_start):
        return None
    if unit == "day" and q.value <= 31 and q.high is None and not approx and not bound:
        # "12일 서울에서 열린": in news a bare N일 before a word is the day of the month.
        rest = norm[end : end + 3]
        followed = rest[:1].isspace() and (_hangul_at(rest[1:2] or "a") or rest[1:2] == "(")
        if (followed or rest[:1] == "(" or rest.startswith(("에 ", "에는"))) and not (
            _DAYS_AFTER.match(norm, end)
        ):
            return None
    for noun in (_KO_NOUN_AFTER.match(norm, end), _ends_before(_KO_NOUN_BEFORE, norm, hedge_start)):
        named = _KO_NOUNS[noun.group(1).lower()] if noun else None
        if named and (unit == "item" or (unit is None and named == "parameter")):
            unit, kind = named, UNITS[named]  # 16개 계열사, 차량 1대, 320억 개의 매개변수
            break
    return replace(q, unit=unit, kind=kind, text=norm[start:end], approx=approx, bound=bound)


def _read_spelled(norm: str, match: re.Match[str]) -> Quantity | None:
    """Sixteen LG affiliates, two languages, four-year-old, 딸 한 명, 세 가지, 두 달."""
    word = match.group()
    if word in _PREDICATE_ONES:
        return _predicate_count(norm, match)
    try:
        value = Decimal(1 if word.lower() in ("a", "an") else spelled_number(word))
    except ValueError:
        return None
    end = match.end()
    if match.group().isascii():
        value, end = _spelled_on(norm, value, end)  # two hundred thousand
        unit_match = _EN_UNIT.match(norm, end) or _EN_GAP.match(norm, end)
        unit = _en_unit(unit_match) if unit_match else None
    else:
        unit = _unit_at(norm, match.end(), english=False)
        spaced = norm[match.end() : match.end() + 1].isspace()
        glued_ok = norm[match.end() : match.end() + 1] in ("명", "개", "가")  # 한명, 두개, 세가지
        unit = unit if unit and unit[0] in _NATIVE_UNITS and (spaced or glued_ok) else None
        if (
            unit is None
            and spaced
            and value >= 2
            and (noun := _NATIVE_NOUN.match(norm, match.end()))
        ):
            # (두 딸을 뒀다, 세 언어를: a noun counted with no counter between)
            unit = (*_COUNTED_NOUNS[noun.group(1)], noun.end(1))
        if unit is None and (year := _NATIVE_YEAR.match(norm, match.end())):
            unit = ("year", "duration", year.end())  # 한 해 이상, 두 해 동안: 해 counts years
        if unit is None and value >= 20 and _AGE_COPULA.match(norm, match.end()):
            unit = ("years", "age", match.end())  # (그는 마흔넷이었다: a person's age)
    if unit is None:
        return None
    if value == 1 and norm.startswith("뿐", unit[2]):
        return None  # (한 곳뿐이다, 한 명뿐: the only one, a word of one alone, not a count)
    return _finish(norm, Quantity(value, unit[0], unit[1], match.start(), unit[2], ""))


def _predicate_count(norm: str, match: re.Match[str]) -> Quantity | None:
    """자녀가 셋이다, 엑사원 3.5의 모델은 넷이다: a count of the noun before, told as a
    predicate; None where that noun is no thing counted (그중 하나다)."""
    topic = _COUNTED_TOPIC.search(
        norm, max(0, match.start() - 12), match.start()
    ) or _COUNTED_BARE.search(norm, max(0, match.start() - 12), match.start())
    if topic is None:
        return None
    noun = topic.group(1)
    unit = _PREDICATE_NOUNS.get(noun) or _PREDICATE_NOUNS.get(noun[-2:])
    if unit is None:
        return None
    value = Decimal(_PREDICATE_ONES[match.group()])
    return _finish(norm, Quantity(value, unit[0], unit[1], match.start(), match.end(), ""))


# Nouns a native number counts with no counter between (두 딸, 세 자녀, 두 언어), what they
# count, before a particle or a break.
_COUNTED_NOUNS = {
    **dict.fromkeys(("딸", "아들", "자녀", "자식", "아이", "형제", "자매"), ("people", "count")),
    "언어": ("language", "count"),
    "나라": ("country", "count"),
    **dict.fromkeys(("회사", "기업", "계열사"), ("company", "count")),
}
# ... and, as the topic a native number is the count of (모델은 넷이다), models too.
_PREDICATE_NOUNS = {
    **_COUNTED_NOUNS,
    **dict.fromkeys(("모델", "버전"), ("item", "count")),
    **dict.fromkeys(("차량", "자동차"), ("vehicle", "count")),
}
_NATIVE_NOUN = rx.compile(
    rf"[ \t]({'|'.join(sorted(_COUNTED_NOUNS, key=len, reverse=True))})"
    r"(?=들|[은는이가을를의도만과와,.)]|[ \t]|$)"
)
# A native number of tens said of someone as what they are (마흔넷이었다, 쉰둘이던): an age.
_AGE_COPULA = rx.compile(r"(?:이었|이다|였|이던|이라|이며|일[ \t]*때|의[ \t]*나이)")
# 해 as a counter of years after a native numeral (한 해, 두 해), before a particle or a break.
_NATIVE_YEAR = rx.compile(r"[ \t]해(?=[ \t,.]|[가를에의는도만]|$)")
_DIGIT_WORDS = dict(
    zip(
        ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"),
        "0123456789",
        strict=True,
    )
)
_EN_SCALES = {
    "dozen": 12,  # (a dozen benchmarks, five dozen models)
    "hundred": 100,
    "thousand": 10**3,
    "million": 10**6,
    "billion": 10**9,
    "trillion": 10**12,
}
_OF = rx.compile(r"[ \t]+of\b", re.I)
_NEXT_NUMBER_WORD = rx.compile(r"[ \t-]+(?:and[ \t]+)?([a-z]+(?:-[a-z]+)?)\b", re.I)


def _spelled_on(norm: str, first: Decimal, end: int) -> tuple[Decimal, int]:
    """The rest of a number spelled in several English words (two hundred thousand, one
    million five hundred thousand): its value and where it ends."""
    total, current = Decimal(0), first
    after_scale = False
    while (m := _NEXT_NUMBER_WORD.match(norm, end)) is not None:
        word = m.group(1).lower()
        if word == "point" and not after_scale:
            # (three point seven billion: 3.7 billion; seven point seven six million)
            digits, at = "", m.end()
            while (d := _NEXT_NUMBER_WORD.match(norm, at)) is not None:
                digit = _DIGIT_WORDS.get(d.group(1).lower())
                if digit is None or "and" in d.group(0).lower().split():
                    break
                digits, at = digits + digit, d.end()
            if not digits:
                break
            current, end = current + Decimal("0." + digits), at
            continue
        if "and" in m.group(0).lower().split() and not after_scale:
            break  # two and three: two numbers; two hundred and five: one
        if word == "pair" and (of := _OF.match(norm, m.end())) is not None:
            # (a pair of models: two of them)
            current, end = (current or Decimal(1)) * 2, of.end()
            break
        if word in _EN_SCALES:
            scale = _EN_SCALES[word]
            if scale == 100:
                current = (current or Decimal(1)) * 100
            else:
                total, current = total + (current or Decimal(1)) * scale, Decimal(0)
        else:
            try:
                small = spelled_number(word)
            except ValueError:
                break
            if not word.isascii() or small >= 100 or not after_scale:
                break
            current += small
        after_scale = word in _EN_SCALES
        end = m.end()
    value = total + current
    return (value.to_integral_value() if value == value.to_integral_value() else value), end


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether start..end overlaps one of spans, which are sorted and do not overlap."""
    i = bisect.bisect_left(spans, (end, end)) - 1
    return i >= 0 and spans[i][1] > start


# A space between a figure's digits and its Korean scale (36 억 9767 만 원, 20 만 장, 7 억 5 천만
# 원): one figure, as if written 36억 9767만 원. Not a word that begins with the scale's
# syllable (7 천안에서).
_SPACED_UNIT = rx.compile(
    r"(?<=\d)[ \t]+(?=[만억천조](?:[\s\d.,)]|$|원|장|명|개|대|건|곳|배|달러|만|억|천))"
)


def _squeezed(norm: str, index: list[int]) -> tuple[str, list[int]]:
    """`norm` without the spaces _SPACED_UNIT finds, and the index into the caller's text."""
    out: list[str] = []
    kept: list[int] = []
    last = 0
    for m in _SPACED_UNIT.finditer(norm):
        out.append(norm[last : m.start()])
        kept.extend(index[last : m.start()])
        last = m.end()
    out.append(norm[last:])
    kept.extend(index[last:])
    return "".join(out), kept


def find_quantities(text: str) -> list[Quantity]:
    """Find every checkable quantity in a sentence, in order, without overlaps.

    Spans index the original text. Numbers inside dates (factcli.text.dates.find_dates) are
    skipped, and so are numbers with nothing that says what they count, except Korean and
    English scales alone (1억368만, 3 million), which come back as kind "count", unit None.
    Never raises.
    """
    norm, index = nfc_map(text)  # match on NFC, report spans into the caller's text
    if _SPACED_UNIT.search(norm):
        norm, index = _squeezed(norm, index)
    taken = [(m.start, m.end) for m in find_dates(norm)]
    found: list[Quantity] = []
    pos = 0
    numbers = _numeral_may_start(norm, taken)
    while numbers and (match := _NUMERAL.search(norm, pos)):
        quantity = None if _overlaps(*match.span(), taken) else _read(norm, match.start())
        if quantity is None or _overlaps(quantity.start, quantity.end, taken):
            pos = match.end()  # nothing here, or a range or unit that reached into a date
            at = match.start()
            if at and _hangul_at(norm[at]) and _hangul_at(norm[at - 1]):
                pos = at + 1  # 주식만 8549만 원: the particle 만, then a figure
            continue
        found.append(quantity)
        pos = quantity.end
    taken = sorted(taken + [(q.start, q.end) for q in found])
    for match in _SPELLED.finditer(norm):
        quantity = _read_spelled(norm, match)
        if quantity is not None and not _overlaps(quantity.start, quantity.end, taken):
            found.append(quantity)
    # "2.4B model" is a model of 2.4 billion parameters, not 2.4 billion models.
    found = [_model_size(q, norm) for q in found]
    # Fractions, ranks and ordinals replace what the scan above read inside them.
    for extra in _special(norm):
        found = [q for q in found if not _overlaps(q.start, q.end, [(extra.start, extra.end)])]
        found.append(extra)
    kept: list[Quantity] = []
    for q in sorted(found, key=lambda q: (q.start, -(q.end - q.start))):
        if not kept or q.start >= kept[-1].end:  # never two readings of the same characters
            kept.append(q)
    kept = _whole_durations(norm, kept)
    return [
        replace(q, start=index[q.start], end=index[q.end], text=text[index[q.start] : index[q.end]])
        for q in kept
    ]


# Between the years and the months of one span (4년 7개월, four years and seven months).
_YEARS_THEN_MONTHS = rx.compile(r"[ \t]*(?:(?i:and)[ \t]+)?$")
# A half after the years (4년 반, four and a half years, 4 years and a half).
_HALF_AFTER_YEARS = rx.compile(
    r"[ \t]*반(?=$|[ \t,.)]|가량|정도|쯤|동안|만에|의|이|을|은|간)|(?i:[ \t]+and[ \t]+a[ \t]+half)\b"
)
_AND_A_HALF = rx.compile(
    r"\b(?i:(one|two|three|four|five|six|seven|eight|nine|ten|\d+)[ \t]+and[ \t]+a[ \t]+half"
    r"[ \t]+(years?|months?))\b"
)
_ROUGH_AFTER = rx.compile(r"여|[ \t]*(?:가량|남짓|정도|쯤)")


def _whole_durations(norm: str, found: list[Quantity]) -> list[Quantity]:
    """A span told in years and months, or years and a half, read as one duration in months
    (4년 7개월여, 4년 반, four and a half years): its parts alone are no span of their own."""
    out: list[Quantity] = []
    for q in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.unit == "year"
            and q.unit == "month"
            and prev.high is None
            and q.high is None
            and _YEARS_THEN_MONTHS.fullmatch(norm[prev.end : q.start])
        ):
            out[-1] = _months(norm, prev, prev.value * 12 + q.value, q.end, prev.approx or q.approx)
            continue
        half = _HALF_AFTER_YEARS.match(norm, q.end) if q.unit == "year" and not q.high else None
        if half:
            q = _months(norm, q, q.value * 12 + 6, half.end(), q.approx)
        out.append(q)
    for m in _AND_A_HALF.finditer(norm):  # (four and a half years: the number spelled apart)
        if any(q.start < m.end() and m.start() < q.end for q in out):
            continue
        count = Decimal(m.group(1)) if m.group(1).isdigit() else Decimal(spelled_number(m.group(1)))
        months = (count + Decimal("0.5")) * (12 if m.group(2).lower().startswith("y") else 1)
        whole = Quantity(months, "month", "duration", m.start(), m.end(), m.group())
        rough = _ends_before(_APPROX_BEFORE, norm, m.start()) is not None
        bound = (
            "min"
            if _ends_before(_MIN_BEFORE, norm, m.start())
            else "max"
            if _ends_before(_MAX_BEFORE, norm, m.start())
            else None
        )
        out.append(replace(_months(norm, whole, months, m.end(), rough), bound=bound))
    return sorted(out, key=lambda q: q.start)


def _months(norm: str, q: Quantity, months: Decimal, end: int, approx: bool) -> Quantity:
    rough = _ROUGH_AFTER.match(norm, end)
    return replace(
        q,
        value=months,
        unit="month",
        kind="duration",
        end=end,
        text=norm[q.start : end],
        approx=approx or rough is not None,
    )


_FRACTION_KO = rx.compile(r"(?<![\d.])(\d+)[ \t]*분의[ \t]*(\d+)")
_FRACTION_EN = rx.compile(r"(?<![\d./])(\d+)/(\d+)(?=[ \t-]*(?i:share|stake|of|interest)\b)")
# three-fifths of, a two-thirds stake: fractions in words (a share, as percent)
_FRACTION_WORDS = rx.compile(
    r"\b(?i:(a|an|one|two|three|four|five|six|seven|eight|nine)[ \t-]+"
    r"(halves|half|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?))"
    r"(?=[ \t-]*(?i:share|stake|of|interest|ownership)\b)|"
    # (a share that is three-fifths: a hyphened plural fraction is one wherever it stands)
    r"\b(?i:(two|three|four|five|six|seven|eight|nine)-"
    r"(thirds|quarters|fourths|fifths|sixths|sevenths|eighths|ninths|tenths))\b"
)
# Half as a share, in words (about half of them, 절반): not a half year or a half share,
# which _FRACTION_WORDS reads.
_HALF = rx.compile(
    r"(?:(?P<rough>(?i:about|around|roughly|nearly|almost|some)\s+))?"
    r"(?P<half>(?<![a-z])(?i:half)(?=\s+of\b)|절반(?![가-힣]*(?:기|년)))"
)
# Most of a thing, in words: a share above half.
_MOST = rx.compile(r"(?<![a-z])(?i:most)(?=\s+of\b)|대부분|대다수")
_ORDINAL_WORDS = ["first", "second", "third", "fourth", "fifth"]
_ORDINAL_WORDS += ["sixth", "seventh", "eighth", "ninth", "tenth"]
_RANK_WORDS = rx.compile(
    r"\b(?:finished|ranked|placed|came|took|taking|finishing|ranking)\s+"
    r"(?:in\s+)?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b"
    r"(?!\s+(?:time|round|quarter|half|model|version|year))",
    re.I,
)
_RUNNER_UP = rx.compile(r"\b(?i:runners?[- ]up)\b|준우승")
_NUMERATORS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_NUMERATORS |= {"six": 6, "seven": 7, "eight": 8, "nine": 9}
_DENOMINATORS = {"half": 2, "halve": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5}
_DENOMINATORS |= {"sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}
_RANK = rx.compile(
    r"(?<![\d.])(\d+)[ \t]*위(?![가-힣])|(?<![\d.])(\d+)[ \t]*위(?=[를가는에의로도였이]|권)"
    r"|\b(?i:no\.|number)[ \t]*(\d+)\b(?![ \t]*(?i:gpus?|won|people))|\b(\d+)(?:st|nd|rd|th)[ \t]+place\b"
    # global top 10 (상위 10위)
    r"|\b(?i:top)[ \t-](\d+)\b"
)
_ORDINAL = rx.compile(
    r"제[ \t]?(\d+)[ \t]?(?:회|호|차|대)|(?<![\d.])(\d+)[ \t]?호(?![가-힣]?기)|\b(\d+)(?:st|nd|rd|th)\b"
)


_SIZE_THEN_MODEL = rx.compile(r"(\d+(?:\.\d+)?)B(?=[ \t-]*(?i:models?|모델|versions?|버전))")


def _model_size(q: Quantity, norm: str) -> Quantity:
    match = _SIZE_THEN_MODEL.match(norm, q.start)
    if q.unit not in ("model", "version") or not match:
        return q
    return Quantity(
        (Decimal(match.group(1)) * 10**9).normalize() + 0,
        "parameter",
        "size",
        q.start,
        match.end(),
        match.group(0),
    )


def _special(norm: str) -> list[Quantity]:
    """5분의 3 and 3/5 (as percent), 1위 and No. 1 (rank), 제37회, 1호 and 37th (ordinal)."""
    out: list[Quantity] = []
    if "th" in norm or "half" in norm or "halves" in norm or "third" in norm or "quarter" in norm:
        for match in _FRACTION_WORDS.finditer(norm):
            numerator, denominator = (
                (match.group(1), match.group(2))
                if match.group(1)
                else (
                    match.group(3),
                    match.group(4),
                )
            )
            top = _NUMERATORS[numerator.lower()]
            bottom = _DENOMINATORS[denominator.lower().removesuffix("s")]
            if top < bottom:
                share = Decimal(top) / Decimal(bottom) * 100
                out.append(_quantity(share, "%", "percent", match, norm))
    if "most" in norm or "대부분" in norm or "대다수" in norm:
        for match in _MOST.finditer(norm):  # most of them, 대부분: more than half
            start, end = match.span()
            out.append(
                Quantity(Decimal(50), "%", "percent", start, end, norm[start:end], bound="min")
            )
    if "half" in norm or "절반" in norm:
        for match in _HALF.finditer(norm):  # half of the GPUs, 절반: a share of 50%
            start, end = match.span("half")
            rough = bool(match.group("rough"))
            out.append(Quantity(Decimal(50), "%", "percent", start, end, norm[start:end], rough))
    if "ed " in norm or "came " in norm or "took " in norm:
        for match in _RANK_WORDS.finditer(norm):  # finished second: rank 2
            rank = _ORDINAL_WORDS.index(match.group(1).lower()) + 1
            start, end = match.span(1)
            out.append(Quantity(Decimal(rank), "rank", "rank", start, end, norm[start:end]))
    if "runner" in norm or "우승" in norm:
        for match in _RUNNER_UP.finditer(norm):  # runner-up, 준우승: second place
            start, end = match.span()
            out.append(Quantity(Decimal(2), "rank", "rank", start, end, norm[start:end]))
    if "lingual" in norm:
        for match in _LINGUAL.finditer(norm):  # bilingual: two languages
            count = _LINGUAL_COUNT[match.group(1).lower()]
            start, end = match.span()
            out.append(Quantity(Decimal(count), "language", "count", start, end, match.group()))
    if "decade" in norm or "Decade" in norm:
        for match in _DECADES.finditer(norm):  # a decade: ten years, roughly a decade: about
            count = _NUMERATORS[match.group(2).lower()]
            hedged = bool(match.group(1))
            start, end = match.start(2), match.end()
            out.append(
                Quantity(
                    Decimal(10 * count), "year", "duration", start, end, norm[start:end], hedged
                )
            )
    for match in _SPAN_WORDS.finditer(norm) if _SPAN_WORDS_MAY.search(norm) else ():
        group = next(g for g in (1, 2, 3, 4, 5) if match.group(g))
        word = match.group(group)
        days, unit = _SPAN_WORD_OF[word.lower()]
        start, end = match.span(group)
        out.append(Quantity(Decimal(days), unit, "duration", start, end, norm[start:end]))
    if not HAS_DIGIT(norm):  # the others are written with digits
        return out
    for match in _FRACTION_KO.finditer(norm):
        den, num = Decimal(match.group(1)), Decimal(match.group(2))
        if den:
            out.append(_quantity(num / den * 100, "%", "percent", match, norm))
    for match in _FRACTION_EN.finditer(norm):
        num, den = Decimal(match.group(1)), Decimal(match.group(2))
        if den:
            out.append(_quantity(num / den * 100, "%", "percent", match, norm))
    taken = [(q.start, q.end) for q in out]
    for match in _RANK.finditer(norm):
        if not _overlaps(*match.span(), taken):
            number = next(g for g in match.groups() if g)
            out.append(_quantity(Decimal(number), "rank", "rank", match, norm))
    taken = [(q.start, q.end) for q in out]
    for match in _ORDINAL.finditer(norm):
        if not _overlaps(*match.span(), taken) and not (
            match.group(3) and _RANK_AFTER.match(norm, match.end())
        ):
            number = next(g for g in match.groups() if g)
            out.append(_quantity(Decimal(number), "ordinal", "ordinal", match, norm))
    return out


_RANK_AFTER = rx.compile(r"[ \t]+place\b")
# Spans of time written in words, counted only where they measure a time between two events
# (엿새 만에, 일주일 뒤, a week after): 하루 or "a day" alone is no figure.
_SPAN_WORD_OF = {
    "하루": (1, "day"),
    "이틀": (2, "day"),
    "사흘": (3, "day"),
    "나흘": (4, "day"),
    "닷새": (5, "day"),
    "엿새": (6, "day"),
    "이레": (7, "day"),
    "여드레": (8, "day"),
    "아흐레": (9, "day"),
    "열흘": (10, "day"),
    "보름": (15, "day"),
    "일주일": (1, "week"),
    "다음 날": (1, "day"),
    "다음날": (1, "day"),
    "이튿날": (1, "day"),
    "전날": (1, "day"),
    "a day": (1, "day"),
    "the day": (1, "day"),
    "the next day": (1, "day"),
    "the following day": (1, "day"),
    "a week": (1, "week"),
    "a month": (1, "month"),
    "a year": (1, "year"),
}
_SPAN_WORDS_MAY = rx.compile(
    r"하루|이틀|사흘|나흘|닷새|엿새|이레|여드레|아흐레|열흘|보름|일주일|다음\s?날|이튿날|전날|(?i:\ba\s|\bthe day|\bthe next day|\bthe following day)"
)
_SPAN_WORDS = rx.compile(
    r"(?<![가-힣])(하루|이틀|사흘|나흘|닷새|엿새|이레|여드레|아흐레|열흘|보름|일주일)"
    r"(?=[ \t]*(?:만에|만인|뒤|후|전|앞서|동안|이내|째))"
    r"|\b((?i:a[ \t]+(?:day|week|month|year)|the[ \t]+day))(?=[ \t]+(?i:after|before)\b)"
    r"|\b((?i:the[ \t]+(?:next|following)[ \t]+day))\b"
    # (재가 다음 날인 7월 17일: one day after; 취임 전날인: one day before; 재가된 이튿날
    # 취임했다: the next day, before the clause of what happened then)
    r"|(?<![가-힣])(다음 날|다음날|이튿날|전날)(?=[ \t]*(?:인|에|,))"
    # (재가된 이튿날 취임했다: right after the act it counts from, not after a comma)
    r"|(?:(?<=[가-힣] )|(?<=  ))(다음 날|다음날|이튿날|전날)(?=[ \t]+[가-힣A-Za-z0-9])"
)
# Languages counted in a word: monolingual, bilingual, trilingual.
_LINGUAL = rx.compile(r"\b(?i:(mono|bi|tri|quadri)-?lingual)\b")
_LINGUAL_COUNT = {"mono": 1, "bi": 2, "tri": 3, "quadri": 4}
_DECADES = rx.compile(
    r"\b(?i:(about|around|roughly|nearly|almost|some|approximately)[ \t]+)?"
    r"(?i:(a|one|two|three)[ \t]+)(?i:(decades?))\b"
)


def _quantity(value: Decimal, unit: str, kind: str, match: re.Match[str], norm: str) -> Quantity:
    value = (
        value.quantize(Decimal("0.01")).normalize()
        if value != value.to_integral()
        else value.to_integral()
    )
    return Quantity(
        value, unit, kind, match.start(), match.end(), norm[match.start() : match.end()]
    )
