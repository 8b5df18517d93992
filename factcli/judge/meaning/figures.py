"""What a figure is of: the noun bound to it, counts, each, totals, parts, as-of dates."""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator, Sequence

from factcli.judge.meaning.subjects import TOTAL_SAID, Objection, _said_texts, _same_value
from factcli.judge.values import _same_number
from factcli.store.model import Fact
from factcli.text import patterns as rx
from factcli.text.analysis import RELATIVES, Analysis, Value, analyze_sentence, names_of
from factcli.text.korean import has_hangul, is_hangul, last_word, strip_particle


def _given_as(noun: str, said: Value, source: Value, fact: Fact) -> Objection:
    """The sentence's figure for `noun` where the source gives that noun another one."""
    return Objection(
        "value",
        f"the source gives {noun} as {source.text}",
        found=said.text,
        expected=source.text,
        start=said.start,
        end=said.end,
        fact=fact.id,
    )


# Two nouns and their figures "respectively" (예금과 증권으로 각각 1819만 원, 8549만 원).
_RESPECTIVELY_KO = rx.compile(
    # (the second noun by its head: 예금과 금융기관 채무는 각각 -> 채무)
    r"([가-힣]{2,})(?:과|와)\s*(?:[가-힣]{2,}\s+)?([가-힣]{2,}?)(?:으로|로|이|가|은|는|을|를)?\s*각각"
)


def respectively_objection(analysis: Analysis, fact: Fact) -> Objection | None:
    """The figures of two nouns the source gives "respectively" swapped in the sentence (예금
    8549만 원과 증권 1819만 원, where the deposits are 1819만 원)."""
    if not analysis.korean:
        return None
    for text in _said_texts(fact):
        m = _RESPECTIVELY_KO.search(text)
        if m is None:
            continue
        after = [v for v in analyze_sentence(text).values if v.start >= m.end() and v.amount]
        if len(after) < 2:
            continue
        theirs = {m.group(1): after[0], m.group(2): after[1]}
        for noun, value in theirs.items():
            other = next(v for n, v in theirs.items() if n != noun)
            for mine in analysis.values:
                before = analysis.text[max(0, mine.start - len(noun) - 2) : mine.start]
                if noun in before and _same_value(mine, other) and not _same_value(mine, value):
                    return _given_as(noun, mine, value, fact)
    return None


# What a number is tied to by the words around it: 7억5천만 원의 주택담보대출, 증여세로 776만 원.
_BOUND_AFTER = rx.compile(r"\s*(?:원|달러|만|억)?\s*(?:의|짜리|어치의?|규모의?)\s*([가-힣]{2,})")
_BOUND_AFTER_EN = rx.compile(
    r"\s*(?:won|dollars)?\s*(?:in|of|for)\s+((?:[a-z]+\s){0,1}[a-z]{3,})", re.I
)
_BOUND_BEFORE_EN = rx.compile(r"([a-z]{3,}(?:\s[a-z]{3,})?)\s+of\s+(?:about\s+)?$", re.I)
# A topic noun (연금은, 소득금액이) right before its figure, and the figure ending the clause
# as its predicate (107만 원이었다, 107만 원으로 집계됐다).
_ENDS_WITH_FIGURE = rx.compile(
    r"\s*(?:원|달러|장|개|명|건|주|%)?(?:어치)?\s*(?:이었|였|이다|다\b|이며|으로\s*집계|으로\s*나타|에\s*달)"
)
_JOINED = rx.compile(r"[가-힣](?:과|와|및|이나)\s*$|(?<![가-힣])및\s*$|·\s*$")
_PRICE_NOUNS = frozenset(["가격", "매매가", "매입가", "매매가격", "구입가", "거래가", "값"])
_GENERIC_MEASURES = frozenset(["금액", "규모", "액수", "총액", "가액", "수치", "숫자"])
_TOPIC_EN = rx.compile(
    # the head noun: "the pension of Bae's parents came to", "their pension was"
    # (or with whose it is between: the gift tax paid by his daughter was)
    r"\b([a-z]{3,})(?:\s+(?:of|for|(?:paid|held|received|owed|reported|declared|made)\s+by)"
    r"\s+[^,.;]{1,40}?)?\s+"
    r"(?:was|were|came\s+to|amounted\s+to|totall?ed|stood\s+at)\s+"
    r"(?:about\s+|around\s+|roughly\s+|some\s+)?$",
    re.I,
)
_OF_EN = rx.compile(r"\b([a-z]{4,})\s+of\s+(?:about\s+|around\s+|roughly\s+|some\s+)?$", re.I)
_NOT_BOUND = frozenset(
    [
        *("the", "about", "around", "his", "her", "their", "total", "총", "모두", "약", "각각"),
        "무려",
        # (본인 명의로 7억4500만 원: in whose name, 2025년 기준으로: as of when; no quantity)
        *("명의", "기준", "당시", "현재"),
    ]
)


# A price: what something was bought or sold for (41억5천만 원에 매매, bought it for).
_PRICE_KO = rx.compile(
    r"\s*(?:원|달러)?\s*에\s*(?:매입|매매|매수|매도|구입|구매|매각|취득|샀|사들|팔)"
)
_PRICE_EN = rx.compile(
    r"\b(?:bought|buy|buying|purchased?|sold|sell|selling)\b[^.;]*\bfor\s+$", re.I
)
# A sum the clause's verb says is borrowed or given (41억5천만 원을 대출받았다, 1억 원을
# 증여한; borrowed 4.15 billion won, gave his child 100 million won): the loan's, the gift's.
_VERB_BOUND_KO = rx.compile(
    r"\s*(?:원|달러)?\s*(?:을|를)\s*(?:(?:주택\s*담보\s*)?(대출)(?!해\s*주|해\s*준)|(빌리|빌려|빌렸|빌린|차입)"
    # (not 증여받았다: what the one given it received, the same gift told from her side)
    r"|(증여)(?!\s*받))"
)
_VERB_BOUND_EN = rx.compile(
    r"\b(?:(borrow(?:ed|ing|s)?|took\s+out|taking\s+out|takes\s+out)"
    r"|(gave|gives|giving|gifted|gifting)(?:\s+(?:his|her|their)\s+[a-z]+)?)"
    r"\s+(?:a\s+|about\s+|some\s+|around\s+)?$",
    re.I,
)
_AS = ("으로", "로")  # what a figure is received or paid as (연금으로 107만 원)
_PRICE = "매매"


_ASIDE_AFTER = rx.compile(r"\s*\([^()]{1,40}\)")


def _verb_kinds(text: str, value: Value) -> list[str]:
    """The noun of the sum a clause's verb makes a figure: borrowed (대출, loan) or given
    (증여, gift), by the words after it in Korean and before it in English."""
    out = []
    verb = _VERB_BOUND_KO.match(text, value.end)
    if verb:
        out.append("증여" if verb.group(3) else "대출")
    verb_en = _VERB_BOUND_EN.search(text, 0, value.start)
    if verb_en:
        out.append("loan" if verb_en.group(1) else "gift")
    return out


def _bindings(text: str, value: Value) -> set[str]:
    """The nouns a quantity is tied to in its own text (not the subject: 장녀는 1억 원)."""
    if value.amount is None or value.date is not None:
        return set()
    out: set[str] = set()
    before, after = text[: value.start], text[value.end :]
    # (past the same figure in other words, in brackets: 7.76 million won (7,760,000 won) in
    # gift tax, as the store's English writes it)
    aside = _ASIDE_AFTER.match(after)
    if aside:
        after = after[aside.end() :]
    if _PRICE_KO.match(after) or _PRICE_EN.search(before):
        out.add(_PRICE)
    out.update(_verb_kinds(text, value))
    m = _BOUND_AFTER.match(after)
    if m:
        out.add(_strip(m.group(1)))
    bound = last_word(before, _AS, bare=True)  # the word before the figure (연금으로, 연금)
    if bound and not before.rstrip().endswith(
        ("은", "는", "이", "가", "을", "를", "도", "와", "과")
    ):
        out.add(bound[1])
    else:
        topic = _topic_of(text, value)
        if topic:
            out.add(topic)
    m = _BOUND_AFTER_EN.match(after)
    if m:
        out.add(_singular(m.group(1).lower()))
        if _one_noun_en(m, after):
            out.add(_singular(m.group(1).split()[0].lower()))  # in pension payments: pension
            out.add(_singular(m.group(1).split()[-1].lower()))  # in gift tax: tax, its head
    m = _BOUND_BEFORE_EN.search(before)
    if m:
        out.add(_singular(m.group(1).lower()))
        out.update(_singular(w) for w in m.group(1).lower().split()[1:])  # mortgage loan: loan
        out.update(w for w in m.group(1).lower().split()[:1] if w in _LOAN_WORDS)
    m = _ATTRIBUTIVE_EN.match(after)  # a 4.15 billion won apartment, a 750 million won loan
    if m and m.group(1).lower() not in _NOT_NOUN_EN:
        out.add(_singular(m.group(1).lower()))
    return {w for w in out if w and w not in _NOT_BOUND and len(w) >= 2}


# (mortgage and loan say the same of a mortgage loan)
_LOAN_WORDS = frozenset(["mortgage", "loan", "loans", "mortgages"])
# A figure before the noun it measures, in English (a 750 million won mortgage) ...
_ATTRIBUTIVE_EN = rx.compile(r"[\s-]+(?:won\s+|dollars?\s+)?([a-z]{4,})\b", re.I)
# ... where the word after it is not a noun of that kind.
_NOT_NOUN_EN = frozenset(
    [
        "from",
        "into",
        "with",
        "each",
        "over",
        "under",
        "when",
        "that",
        "which",
        "worth",
        "more",
        "less",
        "than",
        "this",
        "last",
        "next",
        "year",
        "years",
        "month",
        "months",
        "days",
        "before",
        "after",
        "were",
        "will",
        "would",
        "could",
        "should",
        "have",
        "been",
        "being",
        "about",
        "while",
        "across",
        "since",
        "until",
        "between",
        "among",
        "including",
        "plus",
        "apiece",
        "annually",
        "yearly",
        "earlier",
        "later",
        "parameters",
        "parameter",
        "units",
    ]
)


_NOUN_RIGHT_BEFORE = rx.compile(r"(?<![가-힣])(예금|증권|주식|채무|연금|대출)\s+$")


def _named_as(text: str, value: Value) -> set[str]:
    """The nouns a figure is said to be received or paid as (연금으로 107만 원, 1.07 million
    won in pensions)."""
    out = set()
    as_what = last_word(text[: value.start], _AS)
    if as_what and as_what[1] not in RELATIVES:
        out.add(as_what[1])
    # (증권 1억368만 원을 보유했다: the holding's noun right before its figure, alone, not one
    # of a list)
    right_before = _NOUN_RIGHT_BEFORE.search(text, 0, value.start)
    if (
        right_before
        and right_before.group(1) not in RELATIVES
        and not _LISTED_BEFORE.search(text, 0, right_before.start(1))
    ):
        out.add(right_before.group(1))
    after = text[value.end :]
    m = _BOUND_AFTER_EN.match(after)
    if m and _one_noun_en(m, after):
        out.add(_singular(m.group(1).lower()))
        out.add(_singular(m.group(1).split()[0].lower()))
    return out


def _one_noun_en(m: re.Match[str], after: str) -> bool:
    """The words bound after a figure name one thing (in pension payments), not several
    (in deposits and securities) or a determiner's phrase (in the range)."""
    words = m.group(1).lower().split()
    return (
        words[0] not in ("the", "a", "an", "his", "her", "their", "its")
        and "and" not in words
        and "or" not in words
        and not re.match(r"\s*(?:and|or|,)\b", after[m.end() :])
    )


def _topic_of(text: str, value: Value, *, predicate_only: bool = False) -> str | None:
    """The topic of a figure that is its clause's predicate (연금은 107만 원이었다): what the
    figure measures, unless the topic is a person (장녀는 1억 원이다: the holder).

    `predicate_only`: that noun alone (부채 총액은 36억 원이다: 부채; liabilities of 3.7
    billion won, the loan was), not what the figure is given as (투자로 1억 원: a purpose) nor
    a generic measure's verb (모두 합친 금액은) nor the list a count is of (a list of 62)."""
    topic = last_word(text[: value.start], ("은", "는", "이", "가"))  # 연금은 107만 원
    if topic and _JOINED.search(text, 0, topic[0]):
        return None  # 예금과 증권은 1억 원: what the two come to, not either one's figure
    if topic and topic[1] not in RELATIVES and _ENDS_WITH_FIGURE.match(text, value.end):
        if topic[1] in _PRICE_NOUNS:
            return _PRICE  # 아파트의 가격은 41억5천만 원: what it was bought for
        if topic[1] in _GENERIC_MEASURES:
            # 주택담보대출 금액은: the amount of the loan, named by the word before it
            before = last_word(text[: topic[0]], ("의",), bare=True)
            if (
                predicate_only
                and (
                    before is None
                    # (one word before it, its particle too: 부채 총액은, 부채의 총액은)
                    or " " in text[before[0] : topic[0]].strip()
                    or before[1][-1] in _ATTRIBUTIVE_SYLLABLES
                )
            ):
                return None  # (one noun phrase only: 부채 총액은, not 모두 합친 금액은)
            return before[1] if before else None
        return topic[1]
    if predicate_only:
        if has_hangul(text):
            return None
        m = _TOPIC_EN.search(text, 0, value.start)
        if m is None and value.family == "money":
            m = _OF_EN.search(text, 0, value.start)
        return _singular(m.group(1).lower()) if m and m.group(1).lower() not in RELATIVES else None
    # ... or the noun it is received or paid as (연금으로 107만 원을 받았다), in English the
    # noun it is the figure of (a pension of, the pension came to).
    as_what = last_word(text[: value.start], _AS)
    if as_what and as_what[1] not in RELATIVES:
        return as_what[1]
    m = _TOPIC_EN.search(text, 0, value.start) or _OF_EN.search(text, 0, value.start)
    if m and m.group(1).lower() not in RELATIVES:
        return _singular(m.group(1).lower())
    # ... or the noun it stands before (36억 원대 아파트, 7억5천만 원의 주택담보대출)
    before_noun = _ATTRIBUTIVE_KO.match(text, value.end)
    if before_noun and not _JOINED_AFTER.match(text, before_noun.end(1) - 1):
        noun = strip_particle(before_noun.group(1), min_stem=2)
        if noun not in RELATIVES and noun not in _GENERIC_MEASURES:
            return _PRICE if noun in _PRICE_NOUNS else noun
    return None


def _bare_noun(text: str, value: Value) -> str | None:
    """The bare noun right before a figure (장녀는 예금 1819만 원을 갖고 있다: the deposits',
    not what deposits and securities come to together)."""
    bare = _BARE_NOUN_BEFORE.search(text, max(0, value.start - 12), value.start)
    if bare is None:
        return None
    noun = bare.group(1)
    if (
        strip_particle(noun, min_stem=2) != noun
        or noun in RELATIVES
        or noun in _GENERIC_MEASURES
        or noun in _NOT_A_NOUN
        or _JOINED.search(text, 0, bare.start(1))
    ):
        return None
    return _PRICE if noun in _PRICE_NOUNS else noun


_BARE_NOUN_BEFORE = rx.compile(r"(?<![가-힣])([가-힣]{2,4})[ \t]+$")
# Words before a figure that name no thing it measures (hedges, adverbs, time words).
_NOT_A_NOUN = frozenset(
    ["무려", "각각", "모두", "대략", "불과", "최소", "최대", "적어도", "고작", "겨우", "거의", "당시",
     "현재", "이미", "지난", "오는", "올해", "작년", "내년", "모두", "합계", "합쳐", "도합", "약간"]
)  # fmt: skip


# A figure before the noun it measures: 원대 아파트, 원짜리 차량, 원의 재산 (not 원에, 원을).
# ... unless it is the first of two joined (1억 원의 예금과 증권: what the two come to)
_JOINED_AFTER = rx.compile(r"[과와](?![가-힣])|\S*\s+및\s")
_ATTRIBUTIVE_KO = rx.compile(r"(?:대|짜리|어치의|의)\s*([가-힣]{2,})")


def _singular(word: str) -> str:
    return word[:-1] if len(word) > 4 and word.endswith("s") and not word.endswith("ss") else word


def measured_noun(text: str, value: Value, *, bare: bool = False) -> str | None:
    """The noun a sentence's figure is the predicate of (증여세는 677만 원이었다: 증여세); with
    `bare`, the bare noun before it instead (예금 1819만 원)."""
    if value.amount is None or value.date is not None:
        return None
    return _bare_noun(text, value) if bare else _topic_of(text, value)


def ties_noun(fact: Fact, noun: str, value: Value) -> bool:
    """Whether the fact's texts tie `noun` to a figure of the value's unit."""
    return any(True for _ in _tied(fact, noun, value))


def _strip(word: str) -> str:
    return (
        re.sub(r"(?:을|를|이|가|은|는|으로|로|에|과|와|도)$", "", word) if len(word) > 2 else word
    )


def binding_objection(
    analysis: Analysis,
    value: Value,
    fact: Fact,
    others: Sequence[Fact] = (),
    kin: Sequence[Fact] = (),
    holder: str | None = None,
) -> Objection | None:
    """The right number for another quantity: the source ties the sentence's noun to another
    of its numbers (a price written as the loan; a gift as the tax, where the tax is another
    fact the sentence also agrees with).

    `others`: the other facts the sentence is supported by; `kin`: facts beside them about the
    same subject, asked only about the noun a figure is the predicate of (연금은 107만 원이다,
    where the pension's own figure is another fact); `holder`: the subject the sentence names
    (Bae's daughter paid 100 million won in gift tax: her gift tax, another fact's figure).
    """
    mine = _bindings(analysis.text, value)
    if not mine:
        return None
    topic = _topic_of(analysis.text, value)
    # Nouns the sentence says the figure is (연금으로 107만 원, 1.07 million won in pensions):
    # asked of the kin too, like the topic.
    named = _named_as(analysis.text, value)
    for noun in sorted(mine, key=lambda n: (-len(n), n)):  # (gift tax before gift)
        if _listed(analysis.text.lower(), noun.lower(), value):
            continue  # (deposits and securities totaled 103.68 million won: the two summed)
        if any(
            _same_value(value, v) for _t, v in _tied(fact, noun, value)
        ):  # the source ties it so too
            continue
        # (a noun the figure is named as is asked of kin about the same subject only: the
        # wife's deposits are not the daughter's)
        asked = [
            k
            for k in kin
            # (the noun's figure, of whomever; but not another's, where the sentence names
            # whose it is: Bae's deposits are not his daughter's)
            if (noun == topic and (holder is None or holder != fact.subject or k.subject == holder))
            or k.subject in (fact.subject, holder)
        ]
        # (the supporting fact names the noun itself beside the figure it gives: a fact
        # beside it with a smaller figure for the noun tells of a part of it: the overseas
        # stocks totalled 85.49 million won, of which Meta stock 21.04 million)
        whole = _names_noun_before(fact, noun, value)
        # (해외 주식 8549만 원어치 가운데 메타 주식은 2104만 원: the sentence itself gives the
        # figure as the whole a part of it is taken from)
        parted = (
            _WHOLE_BEFORE_PART.match(analysis.text, value.end) is not None
            # (Of his daughter's 85.49 million won in foreign stocks, 21.04 million …)
            or _OF_WHOLE_EN.search(analysis.text, 0, value.start) is not None
        ) and (
            whole or noun in (fact.statement or "")  # (a Korean noun: 주식, of 해외 주식은)
        )
        for other in (fact, *others, *(asked if noun == topic or noun in named else ())):
            for text, v in _tied(other, noun, value):
                if (
                    other is not fact
                    and (
                        (whole and other in asked and other not in others)
                        or (parted and other in others)
                    )
                    and v.amount is not None
                    and value.amount is not None
                    and v.amount < value.amount
                ):
                    continue
                if other is fact and not any(
                    _same_value(value, w) for w in analyze_sentence(text).values
                ):
                    continue  # this text does not give the sentence's number at all
                if _same_value(value, v):
                    continue
                if noun == topic and noun != _PRICE:
                    # The figure is what the sentence says the noun is (예금은 7억4500만
                    # 원이다): the source gives that quantity another value (named by the fact
                    # whose own figure it is, where one is at hand: the deposits' 1819만, told
                    # in the securities' quote too).
                    own = next(
                        (
                            f
                            for f in (fact, *others, *kin)
                            if isinstance(f.value, int | float)
                            and not isinstance(f.value, bool)
                            and v.amount is not None
                            and float(f.value) == float(v.amount)
                        ),
                        other,
                    )
                    return _given_as(noun, value, v, own)
                return Objection(
                    "relation",
                    f"the source gives {'the price' if noun == _PRICE else noun} as {v.text}; "
                    f"{value.text} is another quantity",
                    found=value.text,
                    expected=v.text,
                    start=value.start,
                    end=value.end,
                )
    return None


# Before a figure, a sentence opened by the whole it takes a part of (Of his daughter's 85.49
# million won in foreign stocks, 21.04 million won …): the figure is the whole.
_OF_WHOLE_EN = rx.compile(r"(?i:^\s*of\s+[^,.;]{0,40}$)")
# Right after a figure, the word that takes a part of it (가운데, 중, 중에서): the figure is
# the whole.
_WHOLE_BEFORE_PART = rx.compile(r"\s*(?:원어치|어치|원)?(?:의)?\s*(?:가운데|중에서|중)(?=[\s,])")


_LISTED_AFTER = rx.compile(r"(?:과|와|·|,|\s*및|\s+and\b|\s*&)")
_LISTED_BEFORE = rx.compile(r"(?:[가-힣](?:과|와)\s*|·\s*|,\s*|및\s*|\band\s+|&\s*)$")


def _names_noun_before(fact: Fact, noun: str, value: Value) -> bool:
    """Whether a statement of the fact names the noun before the sentence's figure, as what
    the figure is of (the overseas stocks … worth a total of 85.49 million won), not after it
    as another thing (gave his child 100 million won and paid the gift tax on it)."""
    for text, words in (
        (fact.statement_en or "", (noun,)),
        # (a Korean noun as itself: 주식, of 해외 주식은 … 총 8549만 원어치다)
        (fact.statement or "", _NOUNS_KO.get(noun, ()) or (() if noun.isascii() else (noun,))),
    ):
        lowered = text.lower()
        figures = [v for v in analyze_sentence(text).values if v.amount is not None]
        # (the figure the sentence's agrees with, else the first of its unit: about 171
        # million won, of the source's 171.24 million)
        own = next((v for v in figures if _same_value(value, v)), None) or next(
            (v for v in figures if v.unit == value.unit), None
        )
        if own is not None and any(
            0 <= (at := _found_at(lowered, w.lower())) < own.start
            # (one noun, not one of a list the figure sums: 예금과 증권 1억368만 원)
            and not _LISTED_AFTER.match(lowered, at + len(w))
            and not _LISTED_BEFORE.search(lowered, 0, at)
            for w in words
            if w
        ):
            return True
    return False


def _found_at(text: str, word: str) -> int:
    """Where a word starts in text (a Latin one as a word of its own, not "tax" in "syntax"),
    or -1."""
    if not word.isascii():
        return text.find(word)
    m = re.search(rf"\b{re.escape(word)}", text)
    return m.start() if m else -1


def _tied(fact: Fact, noun: str, like: Value) -> Iterator[tuple[str, Value]]:
    """Each number of a fact's texts tied to `noun`, of the same unit as `like` (an English
    noun also as the Korean words for it: mortgage, 주택담보대출)."""
    texts = [fact.statement, fact.statement_en, *(r.quote for r in fact.sources)]
    # (the noun itself first: the figure as the texts in the sentence's language give it)
    for nouns in ({noun}, set(_NOUNS_KO.get(noun, ()))):
        for text in texts:
            for v in analyze_sentence(text).values if text and nouns else ():
                bound = (
                    {n for n in nouns for b in _bindings(text, v) if _same_noun(b, n)}
                    if v.amount is not None
                    else set()
                )
                if v.unit == like.unit and any(not _listed(text, n, v) for n in bound):
                    yield text, v


def _same_noun(bound: str, noun: str) -> bool:
    """A noun a figure is tied to names the noun asked about: itself, or a Korean compound
    whose head it is (주택담보대출: 대출; not 증여세 for 증여)."""
    return bound == noun or (len(noun) >= 2 and is_hangul(noun[:1]) and bound.endswith(noun))


def _listed(text: str, noun: str, value: Value) -> bool:
    """The noun is one of a list the figure sums (예금과 증권 1억368만 원: 증권 alone is not
    1억368만 원)."""
    at = text.rfind(noun, 0, value.start)
    return at >= 0 and (
        _LISTED_BEFORE.search(text, 0, at) is not None
        or _LISTED_AFTER.match(text, at + len(noun)) is not None
    )


# English nouns a figure is tied to, and the Korean words the articles use for them.
_NOUNS_KO = {
    "mortgage": ("주택담보대출", "주담대", "대출"),
    "loan": ("대출", "주택담보대출"),
    "apartment": ("아파트",),
    "pension": ("연금",),
    "deposit": ("예금",),
    "securitie": ("증권",),
    "security": ("증권",),
    "stock": ("주식",),
    "debt": ("채무",),
}


_EACH = rx.compile(
    r"각각|(?<=[가-힣\d])씩|(?:모두|전부)에서|모든\s|"
    r"(?i:\beach\b(?!\s+(?:year|month|week|day|other))|\bapiece\b|\bevery\s+one\s+of\b"
    r"|\ball\s+(?:of\s+)?(?:the\s+|its\s+)?(?:\d+|thirteen|twelve|ten)\b)"
)
_EACH_SOURCE = rx.compile(
    r"각각|(?<![가-힣])[각당]\s|씩|모두에서|모든\s|(?i:\beach\b|\bapiece\b|\bper\b|\bevery\b)"
)


def _counted_words(value: Value) -> set[str]:
    """The words between an English count and the noun it counts (62 notable AI models:
    notable, ai), lower-cased."""
    words = re.findall(r"[A-Za-z][A-Za-z-]+", value.text)
    return {w.lower() for w in words[:-1]}


# Words that narrow a counted set to a part of it (62 Korean AI models of 62 notable ones).
_RESTRICTING = frozenset(
    [
        "korean",
        "domestic",
        "foreign",
        "overseas",
        "chinese",
        "american",
        "japanese",
        "european",
        "open-source",
        "reasoning",
        "hybrid",
        "multimodal",
        "new",
        "large",
        "small",
    ]
)


def counted_objection(analysis: Analysis, value: Value, fact: Fact) -> Objection | None:
    """A count of a narrower set than the source's: 62 Korean AI models, where the source
    counts 62 notable models and names one Korean among them."""
    if value.amount is None:
        return None
    if analysis.korean:
        # (counts only: 해외 주식 8549만 원 is the money of a kind of holding, not a count)
        return _counted_objection_ko(analysis, value, fact) if value.family == "count" else None
    texts = [t for t in (fact.statement_en, *(r.quote for r in fact.sources)) if t]
    mine = _counted_words(value) | _origin_of_count(analysis.text, value, " ".join(texts))
    if not mine:
        return None
    theirs: list[Value] = [
        v for t in texts for v in analyze_sentence(t).values if v.amount == value.amount
    ]
    counted = [v for v in theirs if _counted_words(v)]
    if not counted:
        # (13 benchmarks, counted with no word of their kind: a narrowing word the fact's
        # texts never use is the sentence's own, 13 Korean benchmarks)
        counted = [v for v in theirs if v.family == value.family]
        if not counted:
            return None
        words = {w.lower() for t in texts for w in re.findall(r"[A-Za-z][A-Za-z-]+", t)}
        extra = sorted(w for w in mine - words if w in _RESTRICTING)
        return _narrower(value, counted[0], extra[0]) if extra else None
    allowed = set().union(*(_counted_words(v) for v in counted))
    extra = sorted(w for w in mine - allowed if w in _RESTRICTING)
    return _narrower(value, counted[0], extra[0]) if extra else None


# Where counted things come from, said around an English count: 62 notable models from
# Korea (from Korean companies, from LG), Korea's 62 models, Korea had 62 models.
_ORIGINS = {
    "south korea": "korean",
    "korea": "korean",
    "korean": "korean",
    "lg": "korean",
    "samsung": "korean",
    "naver": "korean",
    "kakao": "korean",
    "china": "chinese",
    "chinese": "chinese",
    "japan": "japanese",
    "japanese": "japanese",
    "the us": "american",
    "the united states": "american",
    "america": "american",
    "american": "american",
    "europe": "european",
    "european": "european",
}
_COMPANIES = frozenset(["lg", "samsung", "naver", "kakao"])
_ORIGIN = "|".join(sorted((re.escape(o) for o in _ORIGINS), key=len, reverse=True))
_FROM_ORIGIN = rx.compile(
    rf"(?i:\s+(?:that\s+)?(?:(?:came|come|were|are|all)\s+)?from\s+(?:the\s+)?({_ORIGIN})\b)"
)
# (a country's count; not LG's 16 affiliates, a company's own)
_COUNTRY = "|".join(
    sorted((re.escape(o) for o in _ORIGINS if o not in _COMPANIES), key=len, reverse=True)
)
_ORIGIN_HAD = rx.compile(
    rf"(?i:\b({_COUNTRY})(?:['’]s\s+|\s+(?:had|has|produced|contributed|accounted\s+for)"
    rf"\s+(?:(?:a\s+)?total\s+of\s+|some\s+|about\s+)?)$)"
)


def _origin_of_count(text: str, value: Value, theirs: str = "") -> set[str]:
    """The origin a sentence gives the things an English count counts (see _ORIGINS), unless
    the fact's texts (`theirs`) name it too (16 affiliates from LG, of 16 LG affiliates)."""
    out = set()
    named = theirs.lower()
    after = _FROM_ORIGIN.match(text, value.end)
    before = _ORIGIN_HAD.search(text, max(0, value.start - 40), value.start)
    for m in (after, before):
        if m is not None and not re.search(rf"\b{re.escape(m.group(1).lower())}", named):
            out.add(_ORIGINS[m.group(1).lower()])
    return out


# Korean words that narrow a counted set (한국 AI 모델 62개 of the 62 notable ones).
_RESTRICTING_KO = (
    "한국어",
    "영어",
    "한국",
    "국내",
    "해외",
    "외국",
    "중국",
    "미국",
    "일본",
    "유럽",
    "오픈소스",
    "추론",
)


def _restricting_before(text: str, start: int) -> set[str]:
    """The narrowing words of the noun phrase before a Korean count (up to three words, back
    to the first that ends in a particle or a verb's ending: 오픈소스로 공개됐고 13개 벤치마크
    is no count of open-source benchmarks)."""
    words = text[max(0, start - 30) : start].split()[-3:]
    phrase: list[str] = []
    for w in reversed(words):
        if _ENDS_LIST_ITEM.search(w) or (phrase and _ENDS_CLAUSE_OR_CASE.search(w)):
            break  # (오픈소스 공개, 13개: the count starts a phrase of its own)
        phrase.append(w)
    phrase += _words_after_count(text, start)
    return {r for w in phrase for r in _RESTRICTING_KO if w.strip("'‘’\"“”").startswith(r)}


def _words_after_count(text: str, start: int) -> list[str]:
    """The words between a Korean count and the noun it counts (13개 한국어 벤치마크: 한국어),
    when the count is a counter's (개, 종, 곳) told before its noun."""
    counter = re.match(r"[\d,.]+\s*(?:개|종|곳|건|편)\s", text[start:])
    if counter is None:
        return []
    words = text[start + counter.end() : start + counter.end() + 30].split()[:2]
    # (one word of its kind, then the noun: not 62개 가운데 한국 모델, a part of them)
    if len(words) < 2 or _NOT_OF_KIND.match(words[0]) or _ENDS_CLAUSE_OR_CASE.search(words[0]):
        return []
    return words[:1]


_NOT_OF_KIND = rx.compile(r"(?:가운데|중|중에서|이상|이하|안팎|정도|가량|모두|남짓|넘는|이|의)$")


_ENDS_CLAUSE_OR_CASE = rx.compile(r"(?:로|에서|에는|을|를|고|며|다|서|과|와)[.,]?$")
_ENDS_LIST_ITEM = rx.compile(r"[,;:|·]$")


def _counted_objection_ko(analysis: Analysis, value: Value, fact: Fact) -> Objection | None:
    """한국 AI 모델 62개, where the source counts 62 notable models, one of them Korean."""
    mine = _restricting_before(analysis.text, value.start)
    if not mine:
        return None
    for text in (fact.statement, *(r.quote for r in fact.sources)):
        for v in analyze_sentence(text).values if text else ():
            if v.amount != value.amount or v.family != value.family:
                continue
            if mine - _restricting_before(text, v.start):
                return _narrower(value, v, sorted(mine)[0])
    return None


def _narrower(value: Value, counted: Value, word: str) -> Objection:
    """The sentence counts only `word` ones of what the source's `counted` counts."""
    return Objection(
        "relation",
        f"the source counts {counted.text}, not only '{word}' ones",
        found=value.text,
        expected=counted.text,
        start=value.start,
        end=value.end,
    )


def each_objection(analysis: Analysis, value: Value, fact: Fact) -> Objection | None:
    """'Each' (각각, 씩, 모두에서, all 13) for what the source gives as one total, one share
    or one place in a ranking."""
    if value.amount is None:
        return None
    clause = analysis.clause_at(value.start)

    # 각각 and each speak of the figures after them (장녀는 예금과 증권으로 각각 1819만 원,
    # 8549만 원: not the spouse's 1292만 원 before); 씩 and apiece of the one before them.
    # (nor the total told after them: 각각 1819만 원, 8549만 원 총 1억368만 원); "each" may
    # stand on either side (each held X, X each).
    def scoped(m: re.Match[str]) -> bool:
        at = m.start() + clause.start
        if m.group() == "씩":
            return at > value.start
        if m.group().startswith(("모두", "전부", "모든")):
            return at < value.start  # (13개 벤치마크 모두에서 1위: the figure after it)
        if m.group() != "각각":
            return True
        between = analysis.text[at : value.start]
        # (세 모델은 각각 2.4B, 7.8B, 32B: a figure for each one in turn, not one for each)
        listed = [
            v
            for v in analysis.values
            if v.family == value.family and at < v.start < clause.end and v.amount != value.amount
        ]
        if listed:
            return False
        return at < value.start and not _TOTAL_SOURCE.search(between)

    if not any(scoped(m) for m in _EACH.finditer(clause.text)):
        return None
    own = f"{fact.statement} {fact.statement_en or ''}"
    if _EACH_SOURCE.search(own):
        return None
    # The quote's 각각 is of the parts when the fact's own words give its figure as the total
    # (각각 1819만 원, 8549만 원 총 1억368만 원).
    quotes = " ".join(r.quote for r in fact.sources)
    if _EACH_SOURCE.search(quotes) and not _TOTAL_SOURCE.search(own):
        return None
    # (nor when the quote lists this very figure after its 각각: one of the parts it gives)
    for m in rx.compile("각각").finditer(quotes):
        after = quotes[m.end() : m.end() + 60]
        total = _TOTAL_SOURCE.search(after)
        listed = analyze_sentence(after[: total.start()] if total else after).values
        if any(v.amount == value.amount for v in listed):
            return None
    return Objection("relation", f"the source does not give {value.text} for each one")


# A figure said to be the sum of several things (모두 합친 금액, in total) ...
_TOTAL_CLAIM = rx.compile(
    r"합친|합한|합계|합산|총액|모두\s*합|통틀|(?<![가-힣])총\s?(?=[\d일이삼사오육칠팔구십])|"
    r"(?i:\bin total\b|\bcombined\b|\baltogether\b|\ball told\b|\btotal(?:ed|ing|led|ling)?\b)"
)


def total_objection(analysis: Analysis, value: Value, fact: Fact) -> Objection | None:
    """One part's figure (증권 8549만 원) written as the total of the parts the source
    lists with it (예금과 증권을 모두 합친 금액)."""
    if value.amount is None or not _TOTAL_CLAIM.search(analysis.clause_at(value.start).text):
        return None
    amounts = [v.amount for v in analysis.values if v.amount is not None and v.family == "money"]
    if len(amounts) >= 3 and value.amount != max(amounts) and 2 * max(amounts) == sum(amounts):
        return None  # parts and their total, each given: the total word is the total's
    own = f"{fact.statement} {fact.statement_en or ''}"
    if _TOTAL_SOURCE.search(own) or _TOTAL_CLAIM.search(own):
        return None
    if not any(_TOTAL_SOURCE.search(r.quote) for r in fact.sources):
        return None
    return Objection("relation", f"the source gives {value.text} as one part of a total")


# A figure the source gives as a total of several parts (본인과 배우자의 지분을 합한 총 가액) ...
_TOTAL_SOURCE = rx.compile(r"합한|합계|합산|총액|(?<![가-힣])총\s|(?i:\bcombined\b|\bin total\b)")
# ... written as one part's: 가액만 41억, 본인 명의 재산만, his own stake alone, 단독 명의.
_PART = rx.compile(
    # (a figure after 만, 가액만 41억 or 만 사십일억: not 언어만 구사하는, whose 구 is no nine)
    r"(?<=[가-힣])만\s+(?=\d|[일이삼사오육칠팔구십백천]+\s*(?:억|만|천|원|개|명|년|장))|본인\s*명의|단독|"
    r"(?i:\balone\b|\bsole(?:ly)?\b|\bhis own\b|\bher own\b|(?:'s|’s) own\b)"
)


def part_objection(analysis: Analysis, value: Value, fact: Fact) -> Objection | None:
    """A total of several parts (his and his spouse's stakes) written as one part's figure."""
    if value.amount is None or not fact.statement or not _TOTAL_SOURCE.search(fact.statement):
        return None
    clause = analysis.clause_at(value.start).text
    if not _PART.search(clause) or TOTAL_SAID.search(clause):
        return None
    return Objection("relation", f"the source gives {value.text} as a total, not as one part's")


# A figure the source gives as a qualified part of a whole (연금 가운데 … 과세 대상 소득금액,
# of the pensions … the taxable income): the words of a part of a whole, and each kind of
# qualifier (not 비과세, non-taxable, tax included, before tax: another part, or the whole).
_PART_OF_SOURCE = rx.compile(
    r"가운데|(?<=[가-힣])\s중\s|(?i:\bof\s+the\b|\bof\s+which\b|\bout\s+of\b)"
)
_QUALIFIERS = (
    rx.compile(
        r"(?<!비)과세\s*대상|(?<!비)과세(?:되는|될|된)|(?<!비)과세\s*소득"
        r"|(?i:(?<!non-)(?<!non\s)\btaxable\b|(?<!un)\btaxed\b)"
    ),
    rx.compile(r"세후|순수익|순이익|실수령|(?i:\bnet\b|\bafter[- ]tax\b|\btake-home\b)"),
)


def qualified_part_objection(analysis: Analysis, value: Value, fact: Fact) -> Objection | None:
    """A figure the source gives as a qualified part of a whole (the taxable part of the
    pensions, 107만 원), written without that qualifier (the pension income was 1.07
    million won; before tax): the whole's figure is another."""
    if value.amount is None or not fact.statement or value.bound:
        return None  # (a bound, 100만 원을 넘었다: not the part's figure told as the whole)
    if not isinstance(fact.value, int | float) or float(fact.value) != float(value.amount):
        return None
    texts = [t for t in (fact.statement, fact.statement_en) if t]
    if not any(_PART_OF_SOURCE.search(t) for t in texts):
        return None
    # (in the sentence's language where the fact has it)
    ordered = texts if analysis.korean else texts[::-1]
    for kind in _QUALIFIERS:
        found = next((m.group() for t in ordered if (m := kind.search(t))), None)
        if found is not None and not kind.search(analysis.text):
            return Objection(
                "relation",
                f"the source gives {value.text} as the {found} part of a larger figure, "
                "not the whole",
            )
    return None


_AS_OF_SOURCE = rx.compile(r"\s*(?:기준|현재)")
_STATE_WORDS = rx.compile(
    r"기준|현재|까지|이미|상태|보유|갖고|가지고|없었|없다|있었|있다|"
    r"(?i:\bas of\b|\bby\b|\balready\b|\bno longer\b|\bheld\b|\bowned\b|\bhad\s+\w+ed\b|\bhad\b)"
)


def as_of_objection(analysis: Analysis, value: Value, fact: Fact) -> Objection | None:
    """The day the source reports a state as of (7월26일 기준 매각한 상태다), written as the
    day it happened (sold on July 26)."""
    if value.date is None or value.date.precision != "day":
        return None
    clause = analysis.clause_at(value.start).text
    if _STATE_WORDS.search(clause):
        return None
    for text in [fact.statement, *(r.quote for r in fact.sources)]:
        for v in analyze_sentence(text).values if text else ():
            if (
                v.date is not None
                and v.date.agrees(value.date)
                and _AS_OF_SOURCE.match(text[v.end :])
            ):
                return Objection(
                    "relation",
                    f"the source gives the state as of {value.text}, not what happened that day",
                )
    return None


# Whose a holding is, by the words beside its figure: 본인 명의, 배우자 명의, his wife's.
_HOLDERS = (
    ("self", r"본인|자신|(?i:\bhis own\b|\bhimself\b|\bpersonally\b|(?<=['’]s )own\b)"),
    # (not 일부인, 학부모: a word of its own)
    (
        "spouse",
        r"배우자|아내|(?<![가-힣])부인|(?i:\bhis (?:wife|spouse)\b|\bhis wife's\b|\bspouse\b|\bwife\b)",
    ),
    ("child", r"자녀|장녀|딸|(?i:\bhis (?:daughter|child)\b|\bdaughter\b)"),
    ("parent", r"(?<![가-힣])부모|부친|모친|(?i:\bparents?\b|\bfather\b|\bmother\b)"),
)
_HOLDER_RX = [(who, rx.compile(pattern)) for who, pattern in _HOLDERS]
_HOLDER_CUE = rx.compile(
    r"본인|자신|배우자|아내|(?<![가-힣])부인|자녀|장녀|딸|명의|(?<![가-힣])부모|부친|모친|(?i:\bhis own\b|\bhimself\b|"
    r"\bpersonally\b|['’]s own\b|\bwife|\bspouse|\bdaughter|\bchild|\bparent|\bfather|\bmother)"
)
# Where one holder's part of a sentence ends: 배우자 명의이고 | 나머지가 ...
# (a comma after a particle ends a part, 5분의 3을, | ...; not one in a list: 본인과 배우자, 자녀)
_PART_BREAK = rx.compile(
    r"(?<=[을를은는이가])\s*,\s*|(?<=[가-힣])(?:이고|이며|고|며|으며)\s+|;\s*|\s(?:while|whereas)\s"
    # (a figure and its topic particle or a comma end its holder's part: 본인 예금 1억7124만
    # 원은 | 배우자 예금 1292만 원보다; 본인 예금은 1억7124만 원, | 배우자 예금은 …)
    r"|(?<=[\d만억천]원[은는])\s+|(?<=[\d만억천]\s원[은는])\s+"
    r"|(?<=[\d만억천]원)\s*,\s*|(?<=[\d만억천]\s원)\s*,\s*"
    r"|\n"
)
_REST = rx.compile(r"나머지|(?i:\bthe rest\b|\bremaining\b|\bremainder\b)")


_NEAR_HOLDER = 16  # characters between a figure and the holder named beside it
_CLAUSE_GAP = rx.compile(r"[,;:]|(?i:\b(?:and|but|while|whereas)\b)|(?<=[가-힣])(?:고|며|지만)\s")


def _nearest_holder(part: str, at: int, named: rx.Pattern | None, far: bool = False) -> str | None:
    """The holder a part of a text names nearest to a figure at `at` in it, within a few
    characters: 본인, 배우자, 자녀, or "named", a person the store knows by name (배 장관(5분의
    3)과 배우자(나머지): the minister's)."""
    spots = [
        (min(abs(m.start() - at), abs(m.end() - at)), who, m.start())
        for who, pattern in (*_HOLDER_RX, *((("named", named),) if named else ()))
        for m in pattern.finditer(part)
    ]
    found = [(gap, who) for gap, who, _s in spots]
    if not found:
        return None
    if min(found)[0] > _NEAR_HOLDER:
        if not far:
            return None
        # (in a sentence, far from the figure but in its clause, the one holder it names:
        # 배경훈 본인의 2024년 연금 수령액은 …, belonged to Bae himself; not his wife of ', and
        # his wife holds the rest')
        kinds = {
            who
            for _gap, who, where in spots
            if who != "named" and not _CLAUSE_GAP.search(part, min(where, at), max(where, at))
        }
        return kinds.pop() if len(kinds) == 1 else None
    # (자신과 배우자, 자녀 명의로 총 …, for himself, his spouse and his daughter: all of them
    # hold it together, no one of them)
    near = {who for gap, who in found if gap <= _NEAR_HOLDER}
    if len(near - {"named"}) >= 2:
        return "several"
    return min(found)[1]


def _part_holders(
    text: str, value: Value, named: rx.Pattern | None, far: bool = False
) -> list[str]:
    """For each part of a text that gives `value`, the holder named nearest to it (a part ends
    at a clause's end and before 나머지, the rest: 본인 지분(5분의 3)을 제외한 | 나머지)."""
    out = []
    for part in _PART_BREAK.split(_REST.sub(lambda m: "\n" + m.group(), text)):
        part = str(part)
        for v in analyze_sentence(part).values:
            if _same_value(value, v):
                who = _nearest_holder(part, v.start, named, far)
                if who is not None:
                    out.append(who)
    return out


def holder_swap_objection(
    analysis: Analysis, value: Value, fact: Fact, names: Sequence[str] = ()
) -> Objection | None:
    """The sentence gives a figure of a holding to another holder than the source does (5분의
    3 지분은 배우자 명의이고 나머지가 본인 명의다: his own three-fifths, the rest his wife's).
    `names`: the persons the store knows, by name (who may hold a figure named beside it)."""
    if value.family in ("date", "birth", "model-year") or not _HOLDER_CUE.search(analysis.text):
        return None  # (a holding's figure, not a day; and a sentence that names whose it is)
    if value.unit == "people":
        # (a count of people is no one's holding: Bae and his wife have one child; but the
        # relative after it says who is counted: one child, a wife)
        counted = {n for kind, n, pos in analysis.names if kind == "relative" and pos >= value.end}
        # (who the sentence's own counting noun is, one child: a wife after it is no child)
        own = {n for kind, n, _p in names_of(value.text) if kind == "relative"}
        theirs = own or {
            n for text in _said_texts(fact) for kind, n, _p in names_of(text) if kind == "relative"
        }
        if counted and theirs and not counted & theirs:
            return Objection("relation", f"the source counts {', '.join(sorted(theirs))} here")
        return None
    named = _names_pattern(tuple(names)) if names else None
    mine = set(_part_holders(analysis.text, value, named, far=True))
    if len(mine) != 1 or mine in ({"named"}, {"several"}):
        return None  # (one holder of a kind the source says: 본인, 배우자, 자녀)
    texts = _said_texts(fact)
    theirs = {who for text in texts for who in _part_holders(text, value, named)}
    if not theirs - {"named", "several"}:
        # (the person's name in the English, 본인 명의로 far from the figure in the Korean:
        # the one kind of holder the texts name, where they name one; so a fact naming one
        # holder only, far from its figure: 배경훈의 부모가 2024년 받은 연금 가운데 …
        # 소득금액은 107만 원)
        kinds = {who for text in texts for who, rx_ in _HOLDER_RX if rx_.search(text)}
        if (
            len(kinds) == 1
            and theirs <= {"named"}
            and any(_same_value(value, v) for t in texts for v in analyze_sentence(t).values)
        ):
            theirs = kinds
    if len(theirs) == 1 and theirs != mine and not theirs & {"named", "several"}:
        holders = _HOLDER_NAMES_KO if analysis.korean else _HOLDER_NAMES_EN
        said, put = holders[next(iter(theirs))], holders[next(iter(mine))]
        return Objection("actor", f"the source has {value.text} in {said}, not in {put}")
    return None


@functools.lru_cache(maxsize=8)
def _names_pattern(names: tuple[str, ...]) -> rx.Pattern:
    """A pattern of the given names, longest first (names of one length in their order, so
    that the pattern, and the program the cache keeps for it, is the same in every process);
    not as the owner of another (Bae's)."""
    alternation = "|".join(re.escape(n) for n in sorted(set(names), key=lambda n: (-len(n), n)))
    return rx.compile(rf"(?:{alternation})(?!의|['’]s)")


_HOLDER_NAMES_KO = {
    "self": "본인 명의", "spouse": "배우자 명의", "child": "자녀 명의", "parent": "부모 명의",
}  # fmt: skip
_HOLDER_NAMES_EN = {
    "self": "his own name",
    "spouse": "his spouse's name",
    "child": "his child's name",
    "parent": "his parents' name",
}


# Words of a need or a demand (수요, 필요로 하는, need, demand): a figure they precede in the
# source is how much is needed, not how much is built, bought or supplied.
_DEMAND = rx.compile(r"수요|필요(?:로|한|하|량)|(?i:\bneed(?:s|ed)?\b|\bdemand|\brequir)")
# ... and in a sentence, what it would take (would take about 2,000 GPUs, 2천 장이 있어야
# 한다): a need too (not in the source's words, where "would take ten years" is a time)
_TAKES = rx.compile(
    r"있어야|(?i:\b(?:would|will|could|might)\s+take\b|\btakes?\s+(?:about|roughly|around|some|nearly)\b)"
)
_SHARE_OF = rx.compile(r"의\s*(?:약\s*)?$|(?i:\bof\s+(?:about\s+|some\s+)?$)")


def demand_objection(analysis: Analysis, value: Value, fact: Fact) -> Objection | None:
    """A figure the source gives as a demand (수요(15만장 정도), will need about 150,000 GPUs),
    given by the sentence as what is built, secured or supplied (15만장을 공급하겠다)."""
    if value.amount is None or _DEMAND.search(analysis.text) or _TAKES.search(analysis.text):
        return None
    for text in _said_texts(fact):
        found = analyze_sentence(text).values
        for theirs in found:
            need = _DEMAND.search(text, max(0, theirs.start - 16), theirs.start)
            if (
                _same_value(theirs, value)
                and need is not None
                # (the need's own figure: not a share of it, 수요(15만장 정도)의 약 30%)
                and not any(need.end() <= v.start < theirs.start for v in found)
                and not _SHARE_OF.search(text, need.end(), theirs.start)
            ):
                return Objection(
                    "relation",
                    f"{value.text} is what is needed in the source, not what is provided",
                )
    return None


# What a count or a sum is of, by the noun beside it: the noun right before it (서버 20만 대,
# CPU 20만 장, 주식 36억 원), the noun it stands before (20만 대의 서버, 1억 원어치 채권), in
# English the noun it counts (200,000 servers) or is worth of (100 million won in bonds).
_THING_BEFORE = rx.compile(r"(?<![가-힣A-Za-z])([가-힣]{2,6}|[A-Z]{2,6})[ \t]+$")
_THING_AFTER_KO = rx.compile(
    r"\s*(?:원|달러|장|개|대|곳|명)?(?:어치|짜리|(?<=원)대|(?:\s*규모)?의)\s+([가-힣]{2,})"
)
_THING_AFTER_EN = rx.compile(r"\s+([a-z][a-z0-9]+(?:\s+[a-z][a-z0-9]+){0,2})\b", re.I)
_THING_IN_EN = rx.compile(
    r"\s*(?:won|dollars)?\s*(?:in|worth\s+of)\s+([a-z]{2,}(?:\s+[a-z]{2,}){0,2})\b", re.I
)
# Words there that name no thing: hedges, parts, time, a measure of any thing.
_NO_THING_KO = (
    _GENERIC_MEASURES
    | _NOT_A_NOUN
    | frozenset(
        ["가운데", "이상", "이하", "정도", "가량", "안팎", "수준", "상당", "전체", "연간", "매년",
         "기준", "목표", "대상", "이후", "이전", "무렵", "그중", "이중", "면적", "전용면적", "동안",
         "전량", "전부", "일부", "절반", "모두", "각각"]
    )
)  # fmt: skip
# (a word ending so is a verb's or a particle's form, not a noun: 가진, 받은, 늘려)
# A verb's attributive form (합친, 신고한, 빌린): no noun of what a figure measures.
_ATTRIBUTIVE_SYLLABLES = frozenset("한된친린던는인진른운")
# Nouns of things a figure may count or be worth that no paraphrase turns into another's
# (debts for assets, servers or supercomputers for GPUs): known as things, though the store
# may never use them.
KNOWN_THINGS = frozenset(
    ["부채", "빚", "채무", "liability", "liabilities", "debt", "debts", "서버", "server",
     "servers", "슈퍼컴퓨터", "supercomputer", "supercomputers"]
)  # fmt: skip
_VERB_ENDINGS_KO = (*"다고며면서던인된한은는을를이가의에도로와과만씩께쯤째", "까지", "부터")
_NO_THING_EN = _NOT_NOUN_EN | frozenset(
    ["won", "dollars", "percent", "million", "billion", "thousand", "hundred", "people",
     "times", "total", "units", "items", "worth", "per", "the", "new", "additional", "extra",
     "other", "such", "and", "for", "or", "to", "of", "in", "by", "at", "on", "as", "was",
     "is", "are", "has", "had", "be", "that", "which", "who", "from", "with", "its", "his",
     "her", "their", "all", "portion", "part", "parts", "share", "amount", "sum", "figure",
     "value", "number", "rest", "remainder", "half", "majority", "bulk", "cost", "price",
     "order", "list", "group", "set", "range", "line"]
)  # fmt: skip


# A hedge between a topic and its figure (해외 주식은 총 1억 원어치였다, 재산은 약 37억 원이다).
_HEDGE_BEFORE = rx.compile(r"(?<![가-힣])(?:총|약|모두|무려|대략|합계|도합|합쳐)\s*$")


def thing_nouns(text: str, value: Value) -> list[str]:
    """The nouns a count or a sum is said to be of, by the words beside it."""
    from factcli.text.terms import analyze

    if value.amount is None or value.date is not None or value.family not in ("money", "count"):
        return []
    out = []
    before = _THING_BEFORE.search(text, max(0, value.start - 10), value.start)
    if before:
        word = before.group(1)
        if (
            word not in _NO_THING_KO
            and word not in RELATIVES
            and (word.isascii() or not word.endswith(_VERB_ENDINGS_KO))
            and analyze(word)
        ):
            out.append(word)
    # (the noun the figure is the predicate of: 부채 총액은 36억 원이다, liabilities of;
    # past a hedge between, 해외 주식은 총 1억 원어치였다)
    hedge = _HEDGE_BEFORE.search(text, 0, value.start)
    if hedge:
        text = f"{text[: hedge.start()]}{' ' * (hedge.end() - hedge.start())}{text[hedge.end() :]}"
    topic = _topic_of(text, value, predicate_only=True)
    if (
        topic
        and topic != _PRICE
        and topic not in _NO_THING_KO
        and topic not in _NO_THING_EN
        and (topic.isascii() or (not topic.endswith(_VERB_ENDINGS_KO) and analyze(topic)))
    ):
        if topic.isascii():
            # (an English head with the noun before it, either of which may be the fact's:
            # a gift tax bill, total liabilities)
            compound = _BOUND_BEFORE_EN.search(text, 0, value.start)
            if compound and topic in compound.group(1).lower():
                out.append("+" + compound.group(1).lower())
            else:
                out.append(topic)
        else:
            out.append(topic)
    # (a sum of a kind it is paid or received as: 증여세로 1억 원을)
    paid_as = last_word(text[: value.start], _AS) if value.family == "money" else None
    if paid_as and paid_as[1] in _SUM_KINDS:
        out.append(paid_as[1])
    # (what the clause's verb makes the sum: 41억5천만 원을 대출받았다, borrowed 4.15 billion)
    if value.family == "money":
        out.extend(_verb_kinds(text, value))
    after = _THING_AFTER_KO.match(text, value.end)
    if after:
        word = strip_particle(after.group(1), min_stem=2)
        if word not in _NO_THING_KO and word not in RELATIVES and analyze(word):
            out.append(word)
    # (English: the phrase up to a word that ends it; its last word is its head: savings
    # deposits, AI data centres)
    phrases = []
    if value.unit is None and value.family == "count":
        phrases.append(_THING_AFTER_EN.match(text, value.end))
    elif (
        value.family == "count"
        and (m := _THING_AFTER_EN.match(text, value.end))
        and m.group(1).lower().split()[0] in KNOWN_THINGS
    ):
        # (a unit read from a model's name, 2,000 H200, and a thing of another kind after
        # it: 2,000 H200 servers)
        phrases.append(m)
    phrases.append(_THING_IN_EN.match(text, value.end))
    for m in phrases:
        # (not a verb's or an adverb's form: 2,000 needed, 16 invested, 50,000 originally)
        if m and not m.group(1).lower().split()[0].endswith(("ed", "ing", "ly")):
            kept = list(
                itertools.takewhile(
                    lambda w: w not in _NO_THING_EN and not w.endswith(("ed", "ing")),
                    m.group(1).lower().split(),
                )
            )
            if kept:
                out.append(" ".join(kept))
    return out


def holds_thing(fact: Fact, noun: str, *, tags: bool = True) -> bool:
    """Whether the fact's texts (its words, quotes, and with `tags` its unit and tags) say
    `noun`, or a word of the same meaning."""
    from factcli.text import paraphrases
    from factcli.text.terms import analyze

    texts = [*_said_texts(fact), str(fact.value)]
    if tags:
        texts += [fact.unit or "", " ".join(fact.tags or ())]
    joined = " ".join(t for t in texts if t).lower()
    words = set(analyze(joined))
    parts = noun.lower().lstrip("+").split()
    if noun.startswith("+"):  # (a compound: held by any of its words but a generic one)
        return any(
            holds_thing(fact, p, tags=tags) for p in parts if p not in _NO_THING_EN | {"total"}
        ) or all(p in _NO_THING_EN | {"total"} for p in parts)
    unit = (fact.unit or "").lower()
    if unit and len(parts) > 1 and any(_said_alike(p, unit) for p in parts):
        return True  # (a phrase naming the fact's own unit: Nvidia H200 graphics chips, GPU)
    for part in parts[-1:]:  # (a phrase: by its head, savings deposits by deposits)
        if part in joined or _singular(part) in joined:
            return True
        # (a noun of an act's sum or count: 신고액 of 신고했다, 대출금, 보유량, 투자액)
        if (
            len(part) >= 3
            and part.endswith(_SUM_SUFFIXES)
            and is_hangul(part)
            and (part[:-1] in joined or holds_thing(fact, part[:-1], tags=tags))
        ):
            return True
        mine = analyze(part)
        if mine and set(mine) <= words:
            return True
        group = paraphrases.group_of(part) or paraphrases.group_of(_singular(part))
        if group and any(w in joined for w in group if len(w) > 1):
            return True
    return False


_SUM_SUFFIXES = ("액", "금", "량", "수", "가", "비", "분")


def _said_alike(word: str, unit: str) -> bool:
    """A word that is the unit or of its meaning (graphics for GPU)."""
    from factcli.text import paraphrases

    if word == unit or _singular(word) == unit:
        return True
    group = paraphrases.group_of(word) or ()
    return unit in group


def thing_unheld(
    text: str, values: Sequence[Value], backing: Sequence[Sequence[Fact]]
) -> tuple[Value, str] | None:
    """A count or a sum the sentence says is of a thing its supporting facts never name (GPU
    20만 장 written as 서버 20만 대; the daughter's 1억368만 원 as 채권): the value and the noun.
    `values`: spans in `text`; `backing[i]`: the facts that agree with `values[i]`."""
    for value, facts in zip(values, backing, strict=True):
        if not facts:
            continue
        for noun in thing_nouns(text, value):
            if not any(holds_thing(f, noun) and not _tied_otherwise(f, noun, value) for f in facts):
                return value, noun
    return None


def _tied_otherwise(fact: Fact, noun: str, value: Value) -> bool:
    """Whether the fact ties `noun` to other figures of the value's unit and never to this
    one (its 7억5천만 원의 주택담보대출, for 41억5천만 원을 대출받았다), or ties this figure
    only to a sum of another kind (40억 원대 아파트, for 40억 원대 대출을 받았다)."""
    tied = [v for _t, v in _tied(fact, noun, value)]
    if tied:
        # (as a reading weighs them: roughly 3.7 billion for its 36억9767만)
        return not any(_same_value(value, v) or _same_number(value, v) for v in tied)
    kind = _SUM_KINDS.get(noun.lower())
    if kind is None:
        return False
    kinds = {
        _SUM_KINDS[b.lower()]
        for text in (fact.statement, fact.statement_en, *(r.quote for r in fact.sources))
        if text
        for v in analyze_sentence(text).values
        # (the figure itself, or a range of the source's it falls in: 40억 원대)
        if _same_value(value, v) or _same_value(v, value)
        for b in (*_bindings(text, v), _topic_of(text, v) or "")
        if b.lower() in _SUM_KINDS
    }
    return bool(kinds) and kind not in kinds


# Sums of kinds no figure is two of at once: what was borrowed, what was paid for a thing,
# what was given, and a tax on it.
_SUM_KINDS = {
    **dict.fromkeys(["대출", "주택담보대출", "주담대", "loan", "mortgage"], "loan"),
    **dict.fromkeys([_PRICE, "가격", "매매가", "아파트", "apartment", "price"], "price"),
    **dict.fromkeys(["증여", "gift"], "gift"),
    **dict.fromkeys(["증여세", "세금", "tax", "gift tax"], "tax"),
}


# A figure said to be the whole of something: right after it (원이 전부다, 원뿐이다, in total),
# right before it (총, 모두, 합계, only, a total of), or in the topic it is the figure of (총
# 재산은, 재산 총액은, total holdings).
_WHOLE_AFTER = rx.compile(
    r"\s*(?:원|달러)?(?:어치)?(?:이|가)?\s*(?:전부|뿐)|"
    r"(?i:\s*(?:won\s+)?(?:in total|altogether|combined|in all)\b)"
)
_WHOLE_BEFORE = rx.compile(
    r"(?:(?<![가-힣])총|모두|합계|합쳐|통틀어|도합)\s*$|"
    r"(?i:\b(?:only|all|a total of|total of|in total)\s+$)"
)
_WHOLE_TOPIC = rx.compile(
    r"(?<![가-힣])총\s|총액|합계|전체|"
    r"(?i:\btotal(?:s|led|ed|ling|ing)?\b|\bentire\b|\bwhole\b|\ball\b)"
)
# A fact's own figure given as a total of parts.
_TOTAL_GIVEN = rx.compile(
    r"(?<![가-힣])총\s?(?=\d|[일이삼사오육칠팔구십백천])|합계|합친|합한|합쳐|모두 합|"
    r"(?i:\ba total of\b|\bin total\b|\btotal\b|\bcombined\b)"
)
# What all one holds: a whole of any kind of holding.
_HOLDINGS = frozenset(
    ["재산", "자산", "보유자산", "재산총액", "holding", "holdings", "asset", "assets",
     "wealth", "property", "fortune", "worth"]
)  # fmt: skip
_TOPIC_MARK_KO = ("은", "는")
_AND_BEFORE_EN = rx.compile(r"\b([a-z]{4,})\s+and\s+$", re.I)
# Up to two words right before an English head noun (overseas stock holdings), not a
# possessive's: what kind of it the sentence speaks of.
_MODIFIERS_EN = rx.compile(r"(?<!['’])\b((?:[a-z]{3,20}\s+){1,2})$", re.I)
_WHOLE_WORDS_EN = frozenset(["total", "entire", "whole", "all", "combined", "declared"])
_COMPARED_AFTER = rx.compile(
    r"\s*(?:원|달러)?(?:어치)?\s*보다|(?i:\s*(?:won\s+)?(?:more|less)\s+than)"
)


def _whole_topic(text: str, value: Value, korean: bool) -> list[str]:
    """The words of what the sentence says its figure is the whole of: the topic before it
    (장녀의 해외 주식은 …: 해외, 주식), without its holder or a measure word."""
    before = text[: value.start]
    if not korean:
        m = _TOPIC_EN.search(before)
        if m is None:
            return []
        # (deposits and securities totalled: both; overseas stock holdings: its modifiers too,
        # a kind of holdings, not all one holds)
        joined = _AND_BEFORE_EN.search(before, 0, m.start(1))
        modifiers = _MODIFIERS_EN.search(before, 0, m.start(1))
        words = modifiers.group(1).lower().split() if modifiers else []
        return [
            *([joined.group(1).lower()] if joined else []),
            *(w for w in words if w not in _NO_THING_EN and w not in _WHOLE_WORDS_EN),
            m.group(1).lower(),
        ]
    words = before.split()
    at = next(
        (
            i
            for i in range(len(words) - 1, -1, -1)
            if len(words[i]) > 1 and words[i].endswith(_TOPIC_MARK_KO)
        ),
        None,
    )
    if at is None or len(words[at]) < 3 or not is_hangul(words[at][:-1]):
        return []  # (원은, of 41억5천만 원은: a figure's unit, not a topic)
    out: list[str] = []
    for k in range(at, max(-1, at - 4), -1):
        word = words[k][:-1] if k == at else words[k]
        if k != at and word.endswith(("의", "한", "던", "된", "이", "가")):
            break  # (장녀의, 신고한, 배경훈이: the holder or a clause, not the thing)
        word = strip_particle(word, min_stem=1) if k != at else word
        if word in RELATIVES or word in _GENERIC_MEASURES or word == "총" or not word:
            continue
        out.insert(0, word)
    return out


def _own_nouns(fact: Fact) -> set[str]:
    """The nouns a fact's own statement ties its figure to (증권으로 8549만 원: 증권)."""
    out: set[str] = set()
    for v in analyze_sentence(fact.statement).values:
        if v.amount is not None:
            out |= _bindings(fact.statement, v)
    return out


def whole_objection(
    analysis: Analysis, value: Value, fact: Fact, others: Sequence[Fact]
) -> Objection | None:
    """A part's figure written as the whole (장녀의 재산은 증권 8549만 원이 전부다, where the
    source gives her deposits and securities together as 1억368만 원): another fact of the same
    holder gives a larger total that holds what the sentence says the figure is the whole of."""
    from decimal import Decimal

    if value.amount is None or value.family != "money" or not fact.unit:
        return None
    if _COMPARED_AFTER.match(analysis.text, value.end):
        return None  # (재산 총액 36억9767만 원보다 많다: a figure compared, not a whole said)
    text = analysis.text
    clause = analysis.clause_at(value.start)
    topic = _whole_topic(text, value, analysis.korean)
    if not topic:
        return None
    said = _WHOLE_AFTER.match(text, value.end) or _WHOLE_BEFORE.search(
        text, max(clause.start, value.start - 12), value.start
    )
    if said is None:
        # (or the topic's own words: 총 재산은, total holdings; from the clause's start)
        said = _WHOLE_TOPIC.search(text, clause.start, value.start)
    if said is None:
        return None
    holdings = all(t in _HOLDINGS for t in topic)
    for whole in others:
        if (
            whole.id == fact.id
            or whole.subject != fact.subject
            or whole.unit != fact.unit
            or isinstance(whole.value, (str, bool))
            or whole.value is None
            or Decimal(str(whole.value)) <= value.amount
            or not _TOTAL_GIVEN.search(f"{whole.statement} {whole.statement_en or ''}")
        ):
            continue
        if holdings:
            # (all one holds: a total that names it so, or names the part among its own)
            held = any(holds_thing(whole, t, tags=False) for t in topic) or any(
                noun in whole.statement for noun in _own_nouns(fact)
            )
        else:
            held = all(holds_thing(whole, t, tags=False) for t in topic) and not all(
                holds_thing(fact, t, tags=False) for t in topic
            )
        if held:
            from factcli.text.units import format_value

            total = format_value(Decimal(str(whole.value)), whole.unit)
            return Objection(
                "relation",
                f"the source gives {value.text} as a part of a whole: {total} in {whole.id}",
                found=value.text,
                expected=total,
                start=value.start,
                end=value.end,
                fact=whole.id,
            )
    return None


_MODEL_FAMILY = rx.compile(r"엑사원|(?i:\bexaone\b)|모델|(?i:\bmodels?\b)")


_ONE_OF = rx.compile(r"(?:중|가운데)(?![가-힣])|(?i:\bone of\b|\bamong\b|\bof the\b)")


def family_count_objection(analysis: Analysis, value: Value, fact: Fact) -> Objection | None:
    """A count of a family's versions or models (엑사원은 … 총 6가지 버전이 나왔다) said of one
    of them, the sentence's subject (엑사원 3.5는 총 6가지 버전으로 나왔다): the family's
    count, not the version's."""
    if value.unit not in ("version", "model") or not analysis.actor_span:
        return None
    if _ONE_OF.search(analysis.text[max(0, value.start - 12) : value.end + 8]):
        return None  # (6가지 버전 중 네 번째, one of six versions: the family's count, as such)
    start, end = analysis.actor_span
    mine = [n for kind, n, pos in analysis.names if kind == "model" and start <= pos < end]
    if not mine:
        return None
    told = analyze_sentence(fact.statement)
    if not told.actor_span or not told.actor or not _MODEL_FAMILY.search(told.actor):
        return None  # (not a count the fact gives of a model family: LG AI연구원은 …)
    t_start, t_end = told.actor_span
    if any(kind == "model" and t_start <= pos < t_end for kind, _n, pos in told.names):
        return None  # (the fact counts one version's models too: 엑사원 3.5는 … 3개 모델)
    return Objection(
        "relation",
        f"the source counts the {value.unit}s of {told.actor or 'the family'}, not of "
        f"{analysis.actor}",
    )
