"""A figure's bounds: more or less than, without, excluding, exactly, a range."""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcli.judge.meaning.directions import _DROPPED_EN, dropped
from factcli.judge.meaning.subjects import Objection, _said_texts
from factcli.store.model import Fact
from factcli.text import patterns as rx
from factcli.text.analysis import Analysis, Value, analyze_sentence

_EXACTLY = rx.compile(r"정확히|딱\s|꼭\s|(?i:\bexactly\b|\bprecisely\b)")


_EXCLUDED_KO = rx.compile(r"([가-힣]{2,}?)(?:을|를)?\s*(?:제외한|제외하고|제외|뺀|빼고)")
_EXCLUDED_EN = rx.compile(
    r"\b(?:excluding|except(?:\s+for)?|other\s+than|apart\s+from)\s+((?:[a-z-]+\s+){0,2}[a-z-]+)",
    re.IGNORECASE,
)
_EXCLUDING = rx.compile(
    r"제외|뺀|빼고|빼면|외의|말고|(?i:\b(?:excluding|except|other than|apart from|not|besides|"
    # (large conglomerates aside, leaving out the big firms)
    r"aside|leaving\s+out|outside\s+of|beyond)\b)"
)


def exclusion_objection(analysis: Analysis, facts: list[Fact]) -> Objection | None:
    """A group the source leaves out, written as the one meant (GPUs large companies need,
    where the source counts those of smaller firms and academia, 대기업을 제외한); or one it
    counts in, written as left out (배우자와 자녀를 제외한 본인 명의 재산만, where the total is
    of himself, his spouse and his child)."""
    claim = analysis.text
    for m in _EXCLUDED_KO.finditer(claim):
        left = [w for w in re.split(r"와|과|및|,|·|\s", m.group(1)) if len(w) >= 2]
        for fact in facts:
            texts = _said_texts(fact)
            if any(_EXCLUDED_KO.search(t) for t in texts):
                continue
            counted = [w for w in left if any(w in t for t in texts)]
            if counted:
                return Objection(
                    "relation",
                    f"the source counts {counted[0]} in, not out",
                )
    if _EXCLUDING.search(claim):
        return None
    lowered = claim.lower()
    for fact in facts:
        for text in _said_texts(fact):
            for m in _EXCLUDED_KO.finditer(text):
                if m.group(1) in claim:
                    return Objection(
                        "relation", f"the source leaves {m.group(1)} out: {m.group(0)} ({fact.id})"
                    )
            for m in _EXCLUDED_EN.finditer(text):
                # (the group as the source names it, large companies: not its noun alone,
                # which the group counted in may share, small companies)
                words = [w for w in m.group(1).lower().split() if len(w) >= 4]
                rest = (text[: m.start()] + " " + text[m.end() :]).lower()
                own = [w for w in words if not re.search(rf"\b{re.escape(w)}", rest)] or words
                if any(re.search(rf"\b{re.escape(w)}", lowered) for w in own):
                    return Objection(
                        "relation", f"the source leaves them out: {m.group(0)} ({fact.id})"
                    )
    return None


# "Only in X" (코딩 영역에서만, only in coding): X alone, where the source may list X among others.
_ONLY_IN_KO = rx.compile(
    r"(?<![가-힣A-Za-z])([가-힣A-Za-z]{2,})(?:\s*영역|\s*분야|\s*부문)?(?:에서만|에만)(?![가-힣])"
    # (X만, X 모델만: a name with a letter in it, not a figure's 만: 20만 장)
    r"|(?<![\w.])([가-힣A-Za-z0-9.]*[A-Za-z가-힣](?<![억천백십만]))(?:\s*(?:모델|언어|버전))?만(?=\s|$)"
)
_MONTHS_EN = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b"
)
_ONLY_IN_EN = rx.compile(
    # (not a time: born only in 2012, announced only on June 28, as late as then)
    rf"(?i:\bonly\s+(?:in|at|on|for)\s+(?:the\s+)?(?!{_MONTHS_EN})([a-z][\w-]+)"
    # (supports only Korean, as a single 32B model)
    r"|(?<!\bthe\s)(?<!\bhis\s)(?<!\bher\s)(?<!\bits\s)(?<!\btheir\s)(?<!\ban\s)(?<!'s\s)(?<!’s\s)"
    r"\bonly\s+(?!(?:in|on|at|since|until|by|after|before|from|when|then)\b)([a-z][\w.-]*[a-z0-9])"
    r"|\ba\s+single\s+([\w.-]*[a-z0-9]))"
)


# "Only X among Y", "the only X of Y": X is the one of its class, not X alone of a list.
_AMONG_CLASS = rx.compile(r"(?:\s+[\w.-]+){0,2}?\s+(?i:among|of\s+(?:all|the))\b")

_PART_WORDS = frozenset(["절반", "일부", "대부분", "half", "some", "most", "part", "a few"])


def only_objection(analysis: Analysis, fact: Fact) -> Objection | None:
    """X alone, where the source lists X among others (13개 벤치마크 가운데 코딩 영역에서만 1위,
    where it ranked first over benchmarks including coding and math)."""
    pattern = _ONLY_IN_KO if analysis.korean else _ONLY_IN_EN
    for m in pattern.finditer(analysis.text):
        word = next(g for g in m.groups() if g).lower()
        if _AMONG_CLASS.match(analysis.text, m.end()):
            continue  # (only EXAONE 3.5 among Korean models: the sole one of a class, not X alone of a list)
        if word in _PART_WORDS:
            # (절반에서만, only in half: a share the source never gives)
            if not any(word in t.lower() for t in _said_texts(fact)):
                return Objection("relation", f"the source does not say {m.group(0).strip()}")
            continue
        for text in _said_texts(fact):
            low = text.lower()
            at = low.find(word)
            if at < 0:
                continue
            around = low[max(0, at - 2) : at + len(word) + 6]
            after = low[at + len(word) : at + len(word) + 12]
            if (
                re.search(r"[·,]|\s등|\band\b|\bincluding\b|\bsuch as\b", around)
                or re.match(r"(?:과|와|및|이나)\s|[^.]{0,8}\s등(?![가-힣])", after)
            ) or (re.search(rf"(?:including|such as)\s+(?:\w+\s+){{0,2}}{re.escape(word)}", low)):
                return Objection("relation", f"the source names {word} among others, not alone")
    return None


# The source's "the only one" (유일한 AI 모델), and a sentence's "one of several" (두 모델 가운데
# 하나, alongside two other Korean models).
_SOLE = rx.compile(r"유일한|유일하게|단\s*하나|(?i:\bthe\s+only\b|\bsole\b)")
_ONE_OF = rx.compile(
    r"(?:두|세|네|몇|여러|(?<![\d.,])[234])\s*(?:개의?\s*|곳의?\s*)?(?:[가-힣A-Za-z]+\s*)?(?:가운데|중)\s*(?:의\s*)?하나"
    r"|다른\s+(?:[가-힣A-Za-z0-9.]+\s+){0,2}[가-힣]*(?:모델|곳)(?:들)?과\s*함께"
    r"|(?i:\bone\s+of\s+(?:the\s+)?(?:two|three|four|several|\d\b)"
    r"|\balongside\s+(?:two|three|four|several|other|another)\b"
    r"|\bamong\s+(?:other|several)\b|\balong\s+with\s+(?:other|two|three)\b"
    r"|\b(?:another|other)\s+Korean\b)"
)


def sole_objection(analysis: Analysis, facts: Sequence[Fact]) -> Objection | None:
    """One of a few, where a fact the sentence speaks of says it was the only one (한국의
    유일한 AI 모델, said to be 한국의 두 모델 가운데 하나, or listed alongside two other Korean
    models)."""
    if not _ONE_OF.search(analysis.text) or _SOLE.search(analysis.text):
        return None
    if not any(_SOLE.search(t) for fact in facts for t in _said_texts(fact) if t):
        return None
    return Objection("relation", "the source says it was the only one, not one of several")


# Words comparing one figure with another: more (넘었다, exceeded), or no more (이하, within).
_MORE_THAN = rx.compile(
    r"넘|초과|웃돌|상회|보다\s*(?:많|크|컸|높)|(?i:\bexceed(?:s|ed|ing)?\b|\babove\b|\bover\b|"
    r"\bmore than\b|\bhigher than\b|\blarger than\b|\bgreater than\b|\btopp(?:ed|ing)\b)"
)
_NO_MORE_THAN = rx.compile(
    r"이하|미만|밑돌|하회|못\s*미|미치지\s*못|보다\s*(?:적|작|낮)|(?i:\bwithin\b|\bbelow\b|"
    r"\bunder\b|\bless than\b|\blower than\b|\bsmaller than\b|\bfewer than\b|\bshort of\b)"
)
# "more in deposits (A) than in securities (B)": the comparison around the first figure.
_MORE_AROUND = rx.compile(r"(?i:\b(?:more|larger|greater|higher|bigger)\b[^;]{0,60}?\bthan\b)")
_LESS_AROUND = rx.compile(r"(?i:\b(?:less|fewer|smaller|lower)\b[^;]{0,60}?\bthan\b)")


_LIMIT_WORDS = rx.compile(r"^\s*(?:이하|미만|이상|초과)(?:이라는|라는|인|의|일\s*때)")


# How many times one figure is another (triple, 세 배, four times).
_TIMES = (
    (rx.compile(r"(?i:\bdoubl(?:e|ed|es|ing)\b|\btwice\b|\btwo times\b)|두\s*배|2\s*배"), 2),
    (rx.compile(r"(?i:\btripl(?:e|ed|es|ing)\b|\bthree times\b)|세\s*배|3\s*배"), 3),
    (rx.compile(r"(?i:\bquadrupl(?:e|ed|es|ing)\b|\bfour times\b)|네\s*배|4\s*배"), 4),
    (rx.compile(r"(?i:\bfive times\b|\bfivefold\b)|다섯\s*배|5\s*배"), 5),
    (rx.compile(r"(?i:\bten times\b|\btenfold\b)|열\s*배|10\s*배"), 10),
)


# After "so many times", a floor or a ceiling on it.
_TIMES_MORE = rx.compile(
    r"배\s*(?:가|를|이)?\s*(?:넘|초과|이상|웃돌|훨씬)|배\s*(?:를\s*)?넘는|"
    r"(?i:\bmore than\s+(?:double|twice|triple|\w+\s+times)\b|\bover\s+(?:double|twice|\w+\s+times)\b"
    r"|\b(?:double|twice|triple|\w+\s+times)\s+or\s+more\b)"
)
_TIMES_LESS = rx.compile(
    r"배\s*(?:에|가|를)?\s*(?:못\s*미|미치지\s*못|미만|이하|안\s*되|밑돌)"
    r"|(?i:\b(?:less|fewer)\s+than\s+(?:double|twice|triple|\w+\s+times)\b"
    r"|\bunder\s+(?:double|twice|\w+\s+times)\b)"
)


def times_objection(analysis: Analysis) -> Objection | None:
    """The sentence says one of its figures is so many times the other (triple the 50,000),
    where their ratio is another (200,000 is four times 50,000): it cannot hold."""
    said = [n for pattern, n in _TIMES if pattern.search(analysis.text)]
    figures = [
        v
        for v in analysis.values
        if v.amount and v.family in ("count", "money", "size") and v.date is None
    ]
    if len(said) != 1 or len(figures) != 2:
        return None
    a, b = sorted(figures, key=lambda v: v.amount or 0)
    if a.amount is None or b.amount is None or not a.amount:
        return None
    ratio = b.amount / a.amount
    # (두 배가 넘었다, more than double: a floor; 두 배에 못 미쳤다, less than twice: a ceiling)
    after = analysis.text[min(v.end for v in figures) :]
    more, less = _TIMES_MORE.search(after), _TIMES_LESS.search(after)
    if (more and float(ratio) > said[0]) or (less and float(ratio) < said[0]):
        return None
    if not (more or less) and abs(float(ratio) - said[0]) <= 0.15 * said[0]:
        return None
    shown = f"{float(ratio):.1f}".rstrip("0").rstrip(".")
    return Objection("relation", f"{b.text} is {shown} times {a.text}, not {said[0]}")


def comparison_objection(analysis: Analysis) -> Objection | None:
    """The sentence compares two of its figures the wrong way round (107만 원 within the
    limit of 100만 원): whatever the source, the comparison cannot hold."""
    times = times_objection(analysis)
    if times is not None:
        return times
    if any(pattern.search(analysis.text) for pattern, _n in _TIMES):
        return None  # (세 배에 못 미쳤다: how many times, weighed above, not which is more)
    money = [v for v in analysis.values if v.amount is not None and v.unit is not None]
    if len(money) != 2 or money[0].unit != money[1].unit or money[0].amount == money[1].amount:
        return None
    a, b = money
    if a.amount is None or b.amount is None:
        return None
    bigger = a.amount > b.amount
    between = analysis.text[a.end : b.start]
    clause = analysis.clause_at(b.start)
    # (what describes the limit is no comparison: 100만 원 이하라는 요건을 넘었다)
    after = _LIMIT_WORDS.sub(" ", analysis.text[b.end : max(clause.end, b.end)])
    # English compares between the two (A fell within B); Korean after the second (A로, B를 넘었다).
    words = between if not analysis.korean else between + " " + after
    more = _MORE_THAN.search(words)
    no_more = _NO_MORE_THAN.search(words)
    if not analysis.korean and not more and not no_more:
        span = analysis.text[max(clause.start, a.start - 40) : b.start]
        more, no_more = _MORE_AROUND.search(span), _LESS_AROUND.search(span)
    if bool(more) == bool(no_more):
        return None
    said_more = bool(more)
    if said_more == bigger:
        return None
    way = "more" if bigger else "less"
    return Objection("direction", f"{a.text} is {way} than {b.text}, not as the sentence says")


# A figure named as a limit (the 1 million won limit, 6억 원 한도, 기준인 100만 원): a rule's
# or a cap's figure; and the words of a fact that is of the limit itself, not of the quantity
# measured against it.
LIMIT_AFTER = rx.compile(
    r"\s*(?:(?i:limit|cap|ceiling|threshold|maximum|minimum)\b|한도|상한|기준|요건|이하|이상)"
)
_LIMIT_BEFORE = rx.compile(
    r"(?:기준|한도|상한|요건)(?:인|이었던|으로|인\s*연)?\s*$|(?i:\b(?:limit|threshold|cap|ceiling)\s+of\s+$)"
)
LIMIT_WORD = rx.compile(
    r"(?i:limit|cap\b|capp|ceiling|threshold|or less|or more|at most|at least)|한도|상한|기준|요건|이하|이상|넘"
)


def names_a_limit(analysis: Analysis, end: int) -> bool:
    """Whether the figure ending at `end` is named as a limit (the 1 million won limit)."""
    return LIMIT_AFTER.match(analysis.text, end) is not None


def limit_objection(analysis: Analysis, value: Value, facts: Sequence[Fact]) -> Objection | None:
    """A quantity said to be below (or above) a limit the sentence gives, where the store's
    figure of that quantity is on the other side (the parents' taxable income below the 1
    million won threshold: 107만 원, above it)."""
    if value.amount is None or value.unit is None:
        return None
    text = analysis.text
    if not (names_a_limit(analysis, value.end) or _LIMIT_BEFORE.search(text[: value.start])):
        return None
    if sum(1 for v in analysis.values if v.unit == value.unit and v.amount is not None) != 1:
        return None  # (two figures compared: comparison_objection's)
    from factcli.judge.meaning.compared import compared_span

    if compared_span(analysis, value) is not None:
        return None  # (the limit itself said to be more than a thing: compared's to weigh)
    more = _MORE_THAN.search(text)
    no_more = _NO_MORE_THAN.search(text)
    if bool(more) == bool(no_more):
        return None
    for fact in facts:
        theirs = fact.value
        if (
            not isinstance(theirs, int | float)
            or getattr(fact, "unit", None) != value.unit
            or theirs == value.amount
            or any(LIMIT_WORD.search(t) for t in _said_texts(fact) if t)
        ):
            continue
        above = theirs > value.amount
        if above == bool(more):
            return None
        way = "above" if above else "below"
        return Objection(
            "direction", f"the source gives {theirs:,} {value.unit} ({fact.id}), {way} {value.text}"
        )
    return None


# A thing the source says was done without, or done away with (직함 대신, 직함 없이, 직함을
# 뗀, 없앤, 폐지, without titles).
_WITHOUT_KO = rx.compile(
    r"([가-힣]{2,}?)(?:을|를|은|는)?\s*(?:대신|없이|없는|빼고|떼고|뗀|뺀|없앤|없애|없앴|뗐|떼어|폐지)"
)
_WITHOUT_EN = rx.compile(
    r"(?i:\b(?:without|instead of|rather than)\s+(?:the\s+|their\s+|his\s+)?([a-z]{3,}))"
)


def without_objection(analysis: Analysis, fact: Fact) -> Objection | None:
    """The sentence has what the source says was done without (직함으로 서로를 부르는 문화, where
    the source says 직함 대신 '님'으로): the other way round."""
    pattern = _WITHOUT_KO if analysis.korean else _WITHOUT_EN
    claim = analysis.text.lower()
    for text in _said_texts(fact):
        for m in pattern.finditer(text.lower()):
            noun = m.group(1)
            if noun not in claim:
                continue
            if any(w.group(1) == noun for w in pattern.finditer(claim)) or (
                not analysis.korean and _DROPPED_EN.search(claim, 0) and noun in dropped(claim)
            ):
                continue  # the sentence says without it too (dropping job titles)
            return Objection("direction", f"the source says without {noun}, not with it")
    return None


# A figure the sentence puts above or below its value, by the verb after it (100만 원을
# 넘어야, 웃돌았다) or the words before it (more than, exceeds, under).
_ABOVE_AFTER = rx.compile(r"\s*(?:원|달러|명|장|개|%)?\s*(?:을|를|이|가)?\s*(?:넘|초과|웃돌|상회)")
_BELOW_AFTER = rx.compile(
    r"\s*(?:원|달러|명|장|개|%)?\s*(?:을|를|이|가|에)?\s*(?:이하|미만|밑돌|하회|못\s*미치|미치지\s*못)"
)
_CONDITION = rx.compile(
    r"[가-힣 ]{0,6}?(?:야|면|[을ㄹ할]\s*때|는\s*경우|(?<=[이하])[여어]야)"
    # (넘어도, 초과해도: even if it is above; 넘는 부양가족만: only those above)
    r"|(?:어|아|해|여)도(?![가-힣])|는\s*[가-힣]{1,8}(?:만|에게만|에\s*한해)(?![가-힣])"
)
_VERB_BELOW = rx.compile(r"밑돌|하회|못\s*미치|미치지\s*못")
_NOT_AFTER = rx.compile(r"[가-힣]{0,3}\s*(?:지\s*않|지\s*못|면\s*안)")
_ABOVE_BEFORE = rx.compile(
    r"\b(?:more than|over|above|exceed(?:s|ed|ing)?|in excess of)\s+(?:about\s+)?$", re.I
)
_BELOW_BEFORE = rx.compile(
    r"\b(?:less than|under|below|at most|up to|no more than|not exceed(?:ing)?)\s+(?:about\s+)?$",
    re.I,
)


# A verb that compares the quantity with the figure (100만 원을 웃돌았다, 1억 원에 못 미쳤다):
# a limit only in a condition, below.
_VERB_BOUND_AFTER = rx.compile(
    r"\s*(?:원|달러|명|장|개|%)?\s*(?:을|를|이|가|에)\s*"
    r"(?:넘|초과|웃돌|상회|못\s*미|미치지\s*못|밑돌|하회)"
)


def _side(text: str, value: Value) -> str | None:
    """Whether the text puts the quantity above ("min") or below ("max") the figure."""
    if value.bound in ("min", "max") and not _VERB_BOUND_AFTER.match(text, value.end):
        return value.bound
    # A verb after the figure bounds the quantity only in a condition (넘어야, 넘으면, 초과할
    # 때): 107만 원으로 기준인 100만 원을 넘었다 compares two figures, it sets no limit.
    m = _ABOVE_AFTER.match(text, value.end)
    if m and _CONDITION.match(text, m.end()):
        return "max" if _NOT_AFTER.match(text, m.end()) else "min"
    m = _BELOW_AFTER.match(text, value.end)
    if m and (_CONDITION.match(text, m.end()) or not _VERB_BELOW.search(m.group())):
        return "max"
    before = text[max(0, value.start - 40) : value.start]
    if _BELOW_BEFORE.search(before):
        return "max"
    if _ABOVE_BEFORE.search(before):
        return "min"
    return None


# Regardless of a thing (소득과 상관없이, 나이에 관계없이, 소득을 불문하고, regardless of income):
# the condition the source sets on it is said away.
_REGARDLESS = rx.compile(
    r"([가-힣]{2,8}?)(?:과|와|에|이|가)?\s*(?:상관\s?없이|관계\s?없이|무관하게|상관하지\s*않고)"
    r"|([가-힣]{2,8}?)(?:을|를)?\s*불문하고"
    r"|(?i:\b(?:regardless|irrespective)\s+of\s+(?:(?:their|his|her|its|the|any)\s+)?"
    r"(?:annual\s+|yearly\s+)?([a-z]+))"
)
# A condition a text sets: 이하일 때만, 이상, only if, or less.
_CONDITION_SET = rx.compile(
    r"이하|이상|미만|초과|일\s*때|때만|경우에만|(?i:\bonly if\b|\bor less\b|\bor more\b|"
    r"\bat most\b|\bat least\b|\bprovided\b|\bbelow\b|\babove\b)"
)


def regardless_objection(analysis: Analysis, fact: Fact) -> Objection | None:
    """The sentence says a thing does not matter (소득과 상관없이 공제를 받는다) where the
    source sets a condition on it (소득이 100만 원 이하일 때만)."""
    m = _REGARDLESS.search(analysis.text)
    if m is None:
        return None
    thing = (m.group(1) or m.group(2) or m.group(3) or "").lower()
    if thing.endswith(("소득", "나이")) and len(thing) > 2:
        thing = thing[-2:]  # (연간 소득: the income)
    for text in (fact.statement, fact.statement_en or "", *(r.quote for r in fact.sources)):
        low = text.lower()
        at = low.find(thing) if thing else -1
        if at >= 0 and _CONDITION_SET.search(low, at, at + 60):
            return Objection(
                "direction", f"the source sets a condition on {thing}: it is not said to matter"
            )
    return None


def bound_objection(analysis: Analysis, value: Value, fact: Fact) -> Objection | None:
    """The sentence puts a limit the other way round: income must exceed 100만 원 where the
    source allows it only at 100만 원 or less."""
    if value.amount is None:
        return None
    mine = _side(analysis.text, value)
    if mine is None:
        return None
    for text in (fact.statement, fact.statement_en, *(r.quote for r in fact.sources)):
        for v in analyze_sentence(text).values if text else ():
            if v.amount == value.amount and v.unit == value.unit:
                theirs = _side(text, v)
                if theirs is not None and theirs != mine:
                    words = {"min": "above", "max": "at or below"}
                    return Objection(
                        "direction",
                        f"the source puts it {words[theirs]} {v.text}, not {words[mine]}",
                    )
    return None


# Words that keep a figure a bound or a possibility (적어도 1년, 이르면 10월, as early as, or
# more; 될 수 있다, could): said so, a least figure is not said to be exact.
_BOUNDED = rx.compile(
    r"이르면|빠르면|빨라도|최소|적어도|이상|넘게|넘는|수\s*있|가능|"
    r"(?i:\bat least\b|\bas early as\b|\bat the earliest\b|\bor more\b|\bor longer\b|"
    r"\bno earlier than\b|\bminimum\b|\bmore than\b|\bover\b|\bcould\b|\bmay\b|\bmight\b|"
    r"\bearliest\b)"
)


# A rough figure that is also a floor: 2천여억 원, 100명 남짓, a little over 200 billion.
_ODD = rx.compile(
    r"[\d천백만억]여\s*(?:억|만|원|명|개|년)|남짓|넘게|(?i:\ba little over\b|\bmore than\b|\bover\b)"
)


def _claimed_side(analysis: Analysis, value: Value) -> str | None:
    """Whether the sentence puts its figure as a floor or a ceiling: by its own bound (3% 이상,
    more than), or by a verb after it when no other figure of its kind is there to be compared
    with (수요가 15만장을 넘어설 것)."""
    if value.bound in ("min", "max"):
        return value.bound
    alike = [v for v in analysis.values if v.amount is not None and v.unit == value.unit]
    if len(alike) == 1:
        if _ABOVE_AFTER.match(analysis.text, value.end):
            return "min"
        if _BELOW_AFTER.match(analysis.text, value.end):
            return "max"
    return None


def _added_bound(
    analysis: Analysis, claim: Value, slot: Value | None, fact: Fact | None
) -> Objection | None:
    """A floor the source does not give: 3% or more, where the source says 3%; over 150,000,
    where it says about 150,000."""
    if (
        fact is None
        or claim.amount is None
        or claim.family == "date"
        or "limit" in claim.events  # (the 600 million won cap itself: not "6억 or more")
        or (slot is not None and (slot.amount != claim.amount or slot.bound is not None))
        or (slot is not None and slot.approx and claim.bound in ("min", "max"))  # (below)
    ):
        return None
    # (a ceiling is how a limit is said, 한도 최대 6억 원, add up to: only a floor is added)
    if _claimed_side(analysis, claim) != "min":
        return None
    found = [slot] if slot is not None else []
    for text in _said_texts(fact):
        if not text or _ODD.search(text):
            return None  # (2천여억: the source's rough figure is a floor)
        for v in analyze_sentence(text).values:
            if v.amount == claim.amount and v.unit == claim.unit:
                if v.bound is not None or _side(text, v) is not None:
                    return None  # (the source bounds it too: weighed by bound_objection)
                found.append(v)
    if not found:
        return None
    about = "about " if any(v.approx for v in found) else ""
    return Objection("range", f"the source says {about}{claim.text}, not {claim.text} or more")


def exactness_objection(
    analysis: Analysis, claim: Value, slot: Value | None, fact: Fact | None = None
) -> Objection | None:
    """ "Exactly" a figure the source gives only as a bound (최소 1년 이상) or roughly (2천여억);
    or a least figure or earliest date said without its bound (과태료를 1년 유예한다, 10월 초
    격상될 예정이다: where the source says at least a year, as early as early October)."""
    added = _added_bound(analysis, claim, slot, fact)
    if added is not None:
        return added
    if slot is None and fact is not None and claim.amount is not None:
        # (a figure the fact's words give, not its own value: 수요(15만장 정도) beside the
        # 30% it is a share of)
        slot = next(
            (
                v
                for t in _said_texts(fact)
                if t
                for v in analyze_sentence(t).values
                if v.amount == claim.amount and v.unit == claim.unit
            ),
            None,
        )
    if (
        slot is not None
        and fact is not None
        and claim.bound in ("min", "max")
        and slot.approx
        and slot.bound is None
        and claim.amount is not None
        and claim.amount == slot.amount
        # (2천여억, a little over: the source's rough figure is a floor, "more than" holds)
        and not any(_ODD.search(t) for t in _said_texts(fact) if t)
    ):
        # about 10 years said as at least 10 (최소 10년 for 10년 정도): a bound the source
        # does not give
        side = "at least" if claim.bound == "min" else "at most"
        return Objection("range", f"the source says about {claim.text}, not {side} {claim.text}")
    if slot is None or claim.bound or not (slot.bound in ("min", "max") or slot.approx):
        return None
    clause = analysis.clause_at(claim.start).text
    if (
        slot.bound == "min"
        and fact is not None
        # (the source's own words make it a bound; not a bound the store inferred, such as
        # a contract "after" the loan of 6월 10일)
        and any(_BOUNDED.search(t) for t in _said_texts(fact) if t)
        and not _EXACTLY.search(clause)
        and not _BOUNDED.search(clause)
        # (said done, it is the tense that is wrong: weighed after)
        and analysis.clause_at(claim.start).certainty != "done"
    ):
        side = "as early as" if slot.family == "date" else "at least"
        return Objection(
            "range", f"the source gives {claim.text} only as a bound ({side}), not as the figure"
        )
    if not _EXACTLY.search(clause):
        return None
    if slot.bound not in ("min", "max"):
        return Objection("range", "the source gives this figure only roughly, not exactly")
    side = "at least" if slot.bound == "min" else "at most"
    return Objection("range", f"the source says {side} {slot.text}, not exactly")


def range_objection(claim: Value, slot: Value | None) -> Objection | None:
    """An exact figure for what the source gives only as a range (40억 원대)."""
    if slot is None or slot.bound != "range" or claim.bound is not None or claim.approx:
        return None  # (over 4 billion won: a bound, which the range keeps)
    return Objection(
        "range",
        f"the source gives only a range ({slot.text}), not an exact figure",
        found=claim.text,
        expected=slot.text,
        start=claim.start,
        end=claim.end,
    )


# A figure said to come each year (매년 2천여억 원, annually), where the source gives it over a
# span of years in all (3년간 2천여억 원): a rate for a total.
_EACH_YEAR = rx.compile(
    r"매년|해마다|매해|연간|연평균|(?i:\b(?:each|every|per|a)\s+year\b|\bannually\b|\byearly\b)"
)
_OVER_YEARS = rx.compile(
    r"\d+\s*년\s*(?:간|동안)|(?i:\b(?:over|in|for)\s+(?:the\s+next\s+)?(?:\d+|two|three|four|"
    r"five|ten)\s+years\b)"
)


def each_year_objection(analysis: Analysis, fact: Fact) -> Objection | None:
    """A sum the source gives over several years, said to come each year."""
    each = _EACH_YEAR.search(analysis.text)
    if each is None or not analysis.in_window(each.start()):
        return None
    texts = [t for t in _said_texts(fact) if t]
    over = next((m for t in texts for m in _OVER_YEARS.finditer(t)), None)
    if over is None or any(_EACH_YEAR.search(t) for t in texts):
        return None
    return Objection("relation", f"the source gives it in all ({over.group(0)}), not each year")
