"""How much of a thing a sentence says, in words, and the cause it gives: all of it (모두, 전부, 전량, all, every),
only it (유일한, 만, only, sole), some of it or several (일부, 여럿, 외에도, several, some
others). A sentence whose word of how much the supporting facts say otherwise (several
Korean models, where the source names the only one; all three models, where it names one of
them; only the Meta shares, where she sold them all) is misleading, whatever its figures."""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcli.store.model import Fact
from factcli.text import patterns as rx
from factcli.text.analysis import Analysis

# A word of the whole in the sentence.
_ALL = rx.compile(
    r"(?<![가-힣])(?:모두|전부|전량|모든|전체가?|전원)(?![가-힣]*(?:의견|회의))"
    # (not a whole denied: 수요 전부가 아니라 약 30%를, not all of it)
    r"(?![가-힣]{0,2}\s*아니)"
    r"|(?i:(?<!\bnot\s)\ball\s+(?:of\s+)?(?:the\s+)?(?:three|two|four|five|six|its|his|her|their)\b"
    r"|\bevery\b|\bentire(?:ly)?\b)"
)
# A word of the one thing alone (유일한, 단독, only, sole), or 만 after a noun or its
# particle (메타 주식만, 일부 산업에서만; not 하지만, 20만, 만큼, 만에).
_ALONE_WORDS = r"유일|단독|단일|하나뿐"
_MAN_ALONE = (
    # (not 팔천오백사십구만, 십만: a figure in Korean numerals)
    r"(?<=[가-힣])(?<![0-9지십백천])(?<![일이삼사오육칠팔구십백천억][일이삼사오육칠팔구])"
    r"(?<!하지)만(?:을|를|이|으로|은|는)?(?=\s)"
)
_ALONE_EN = r"\bonly\b|\bsole(?:ly)?\b|\balone\b"
_ONLY = rx.compile(rf"{_ALONE_WORDS}|{_MAN_ALONE}|(?i:{_ALONE_EN})")
# A word of some of many, or of others besides (일부, 여럿, 여러, 외에도, several, some, among
# others).
_SOME = rx.compile(
    r"(?<![가-힣])(?:일부|여럿|여러|몇몇)|외에도|(?i:\bseveral\b|\bsome\s+(?:of\b|other)"
    r"|\bsome,?\s+but\s+not\s+all\b|\bnot\s+all\s+of\b|(?<!\bas\s)\bpart\s+of\b"
    r"|\bamong\s+others\b|\bother\s+korean\b|\bmany\b)"
)
# A fact's words of a part: one of a set (이중 32B 모델은, 그중, one of), a share (약 30%).
_PART = rx.compile(
    r"(?<![가-힣])(?:이중|그중|이 중|이 가운데|그 가운데)|중\s*하나|일부"
    r"|\d+(?:\.\d+)?\s*%|(?i:\bone\s+of\b|\bpart\s+of\b|\d+\s*percent)"
)


# 모두 62개, all told 62: a total, not all of some things; 한국어·영어를 모두, both of a list
# the sentence gives itself.
_TOTAL_AFTER = rx.compile(r"\s*(?:합쳐|합해|해서|더해)?\s*(?:약\s*)?\d|(?i:\s+told\b)")


def _all_told(text: str, m: re.Match[str]) -> bool:
    """Whether a word of the whole only sums (모두 62개) or takes in a list the sentence itself
    gives (한국어·영어를 모두)."""
    if _TOTAL_AFTER.match(text, m.end()):
        return True
    words = text[max(0, m.start() - 24) : m.start()].split()
    if not words or words[-1][-1:] not in "을를이가은는도":
        return False  # (GPU 전부를: all of the thing named, no list)
    last = words[-1]
    return "·" in last or "," in last or (len(words) > 1 and words[-2][-1:] in "와과")


# The whole said to be one kind of thing (1억368만 원은 모두 해외 주식이었다; all of it was
# in overseas stocks): the kind.
_ALL_ONE_KIND = rx.compile(
    r"(?<![가-힣])(?:모두|전부|전액)\s+([가-힣A-Za-z][가-힣A-Za-z ]{0,20}?)"
    r"(?:이었다|였다|이다|였으며|이었으며|이었고|였고)"
    r"|(?i:\b(?:all\s+of\s+it|all\s+of\s+which|entirely|wholly|all)\s+(?:was|were|is|are)\s+"
    r"(?:held\s+)?in\s+([a-z][a-z ]{0,30}?)\b(?=[.,;]|$)"
    r"|\b(?:was|were|is|are)\s+(?:held\s+)?(?:entirely|wholly|all)\s+in\s+"
    r"([a-z][a-z ]{0,30}?)\b(?=[.,;]|$))"
)
# A fact's whole given as the sum of parts (예금과 증권으로 각각 …, 총; a total of … in
# deposits and securities).
_SUM_OF_PARTS = rx.compile(
    r"(?P<a>[가-힣]+)(?:와|과)\s*(?P<b>[가-힣]+?)(?:으로|로)?\s*(?:각각|총|합계|모두\s*합)"
    r"|(?i:\ba\s+total\s+of\b.*\b(?:in|of)\s+(?P<c>[a-z]+)\s+and\s+(?P<d>[a-z]+))"
)


def quantity_word_objection(text: str, facts_texts: Sequence[str]) -> str | None:
    """How much the sentence says in words, against the supporting facts' words: the
    explanation, or None when they agree or say nothing of it."""
    theirs = " ".join(facts_texts)
    one_kind = _ALL_ONE_KIND.search(text)
    parts = list(_SUM_OF_PARTS.finditer(theirs)) if one_kind is not None else []
    if one_kind is not None and parts and not _ALL.search(theirs):
        kind = next((g for g in one_kind.groups() if g), "").strip()
        named = {p.lower() for m in parts for p in m.groups() if p}
        # (one of the parts, or a kind the facts never name: not what they say of the whole,
        # 모두 본인 명의였다)
        if kind.split()[-1].lower() in named or kind.lower() not in theirs.lower():
            return f"the source gives it as the sum of several parts, not all {kind}"
    said_all = next((m for m in _ALL.finditer(text) if not _all_told(text, m)), None)
    said_only = _ONLY.search(text)
    said_some = _SOME.search(text)
    if said_some and not said_only and _ONLY.search(theirs) and not _SOME.search(theirs):
        return f"the source names it alone, not '{said_some.group()}'"
    if said_all and not said_some and _PART.search(theirs) and not _ALL.search(theirs):
        return f"the source gives a part, not '{said_all.group()}'"
    fewer = said_only or said_some
    if (
        fewer
        and not said_all
        and _ALL.search(theirs)
        and not _ONLY.search(theirs)
        and not _SOME.search(theirs)
    ):
        return f"the source says all of them, not '{fewer.group().strip()}'"
    return None


def part_told_elsewhere(analysis: Analysis, related: Sequence[Fact]) -> str | None:
    """How much of an act, by a related fact that tells that act (일부 매각, sold part of,
    where the figure's fact gives the stocks and another their sale, 전량): the
    explanation, naming that fact, or None."""
    from factcli.judge.acts import _fact_events
    from factcli.store.readings import texts_of

    acts = {e for c in analysis.clauses for e in c.events} - {"say", "hold"}
    return next(
        (
            m.replace("the source", f.id, 1)
            for f in related
            if acts & _fact_events(f) and (m := quantity_word_objection(analysis.text, texts_of(f)))
        ),
        None,
    )


_NUMERALS = "일이삼사오육칠팔구십백천"
# Words of one thing alone, as a source says it (뿐, 유일, 단 한 곳, only).
_ALONE_HELD = rx.compile(
    # (not 다녔을 뿐, merely; not 41억5천만, a figure)
    rf"(?<!을\s)(?<!ㄹ\s)뿐|{_ALONE_WORDS}|외동|외아들|단\s*(?:하나|한)"
    rf"|(?<![{_NUMERALS}]){_MAN_ALONE}|(?i:{_ALONE_EN}|\blone\b)"
)
# "Only" of a figure (only 42 days, only two), or not a word of alone (not only, 뿐만 아니라).
_ONLY_NOT_ALONE = rx.compile(
    r"(?i:\bonly\s+(?:about\s+|around\s+)?(?:\d|one\b|two\b|three\b|four\b|five\b|a\s+few\b|"
    r"a\s+year\b|a\s+month\b|a\s+day\b|after\b|when\b|if\b|once\b|then\b|because\b)"
    r"|\bnot\s+only\b|\bif\s+only\b|\bonly\s+just\b"
    # (born only in 2012, announced only on June 28: as late as a time, not one thing alone)
    r"|\bonly\s+(?:in|on|since|until|by|before|at)\s+(?:the\s+)?(?:\d|(?:jan|feb|mar|apr|may"
    r"|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)"
    # (only considering, only planned: how far it has got, not one thing alone)
    r"|\bonly\s+(?:\w+ing|\w+ed)\b"
    # (his only daughter: the store's name for her, 외동딸)
    r"|\bonly\s+(?:daughter|son|child)\b)"
)
# A count right before a noun (두 언어, 2개 언어, three languages): its only is the count's.
_COUNTED_BEFORE = rx.compile(
    r"(?:(?<![가-힣])(?:한|두|세|네|다섯|여섯)|\d+\s*(?:개|가지|명|곳)?)\s+[가-힣A-Za-z]+$"
)
# The rest beyond a share of more than half (본인 지분(5분의 3)을 제외한 나머지, the rest
# beyond his three-fifths share).
_REST_OF_MOST = rx.compile(
    r"(?:[2-9]분의\s*[3-9]|(?:three|four)-fifths|two-thirds|three-quarters)[^.]{0,40}?"
    r"(?:나머지|(?i:\bthe\s+rest\b|\bremainder\b))"
    r"|(?:나머지|(?i:\bthe\s+rest\b))[^.]{0,40}?(?:[2-9]분의\s*[3-9]|(?i:three-fifths|two-thirds))"
)
# Most of a thing, or the greater part (대부분, 대다수, 과반, most of, the majority).
_MOST = rx.compile(
    r"(?<![가-힣])(?:대부분|대다수|과반|상당\s*부분)"
    r"|(?i:\bmost\s+of\b|\bthe\s+majority\b|\bmostly\b|\bthe\s+bulk\b|\blargely\b)"
)


def quantity_unheld(text: str, facts_texts: Sequence[str], near: Sequence[str] = ()) -> str | None:
    """A word of how much the supporting facts do not say at all: only X (X만, only X),
    where they name X with no word of alone (the daughter's Meta shares: one of three
    holdings), or most of it (대부분, most of). What the store does not say, it does not
    vouch for: the sentence is unverified, not supported. `near`: the texts of other facts
    it speaks of, which may say it alone; a first is said by the supporting facts."""
    theirs = " ".join([*facts_texts, *near])
    only = next(
        (
            m
            for m in _ONLY.finditer(text)
            if m.group().strip() not in ("유일", "단독")
            # (이십만 장, 팔천오백사십구만 원: a figure in Korean numerals)
            and not (m.group().startswith("만") and text[m.start() - 1] in _NUMERALS)
            # (두 언어만, 2개 언어만: a count's only, its number weighed as a figure)
            and not _COUNTED_BEFORE.search(text, 0, m.start())
            and not any(n.start() <= m.start() < n.end() for n in _ONLY_NOT_ALONE.finditer(text))
        ),
        None,
    )
    if only is not None and not _ALONE_HELD.search(theirs):
        return f"the store does not say '{only.group().strip()}': no fact says it was the only one"
    most = _MOST.search(text)
    if most is not None and not _MOST.search(theirs) and _REST_OF_MOST.search(theirs):
        # (the spouse owns most of the apartment, where the fact gives her the rest beyond
        # his three-fifths: a minority, whatever the sentence's figures; a most the numbers
        # of the facts bear out, or leave open, is not weighed here)
        return f"the source gives the rest beyond a larger share, not '{most.group()}'"
    first = _FIRST_TIME.search(text)
    if first is not None and not _FIRST_HELD.search(" ".join(facts_texts)):
        # (엑사원은 2022년 12월 엑사원 1.0으로 처음 공개됐다: the release of 1.0, which the
        # source does not call the first; EXAONE was first shown in 2021)
        return f"the store does not say '{first.group().strip()}': no fact says it was the first"
    return None


# The first time a thing was done (처음 공개됐다, 최초로, for the first time).
_FIRST_TIME = rx.compile(
    r"처음으로|처음\s|최초로|(?i:\bfor\s+the\s+first\s+time\b|\bfirst\s+(?:released|unveiled|launched|introduced)\b)"
)
# A source's words of a first (처음, 최초, 첫, 초대, first, inaugural, founding).
_FIRST_HELD = rx.compile(r"처음|최초|첫|초대|(?i:\bfirst\b|\binaugural\b|\bfounding\b)")


# A cause the sentence gives (…했기 때문에, 덕분에, because, due to): the store must give it
# too, in any words of cause (때문, 인해, 따라, 위해, 이유, 결과, so, because of, after).
_CAUSE_SAID = rx.compile(
    r"때문에|때문이|덕분에|덕분이|탓에|탓이|(?:으로|로)\s*인해|(?i:\bbecause\b|\bdue\s+to\b"
    r"|\bthanks\s+to\b|\bowing\s+to\b|\bas\s+a\s+result\b)"
    # (what an honour or a promotion was for: 개발을 이끈 공로로, credited with, promoted for
    # leading; not what a thing was built for)
    r"|공로로|공로를\s*인정|공을\s*인정|(?i:\bin\s+recognition\s+of\b|\bcredited\s+with\b"
    r"|\b(?:promoted|awarded|honou?red|decorated|rewarded)\b[^.;]{0,60}?\b(for\s+"
    r"(?:(?:his|her|its|their)\s+)?(?:role\s+in\s+|work\s+on\s+)?[a-z]{3,}ing)\b)"
)
# A purpose (sold them to pay the tax, in order to invest; not "for …ing", which is often
# what a thing is for: built for reasoning tasks), and a source's words of one.
_PURPOSE_SAID = rx.compile(
    r"(?i:\bin\s+order\s+to\b|\bso\s+as\s+to\b|\bto\s+(?:pay|fund|finance|cover)\b)"
)
_PURPOSE_HELD = rx.compile(
    r"위해|위한|목적|(?i:\bpurpose|\bin\s+order\b|\bso\s+as\b|\bto\s+(?:pay|fund|finance|cover)\b"
    r"|\bfor\s+(?:his|her|their|its|the)\b[^.]{0,40}?\b(?:future|sake|benefit)\b)"
)
_CAUSE_HELD = rx.compile(
    r"때문|덕분|탓|인해|따라|위해|이유|결과|공로|성과|인정|(?:해|하여|돼|되어|면서|면)\s|(?i:\bbecause\b"
    r"|\brecogni[sz]|\bcredit"
    r"|\bdue\s+to\b|\bthanks\s+to\b|\bso\b|\bas\s+a\s+result\b|\bafter\b|\bsince\b"
    r"|\bowing\b|\breason\b|\bled\s+to\b|\bin\s+order\b)"
)


def cause_unheld(text: str, facts_texts: Sequence[str], near: Sequence[str] = ()) -> str | None:
    """A cause the sentence gives that no supporting fact tells in any words of cause; or a
    purpose that neither they nor the facts beside them (`near`) tell in words of one."""
    said = _CAUSE_SAID.search(text)
    if said is not None and not any(_CAUSE_HELD.search(t) for t in facts_texts):
        cause = said.group(said.lastindex) if said.lastindex else said.group()
        return f"the store does not say '{cause}': no fact gives that cause"
    aim = _PURPOSE_SAID.search(text)
    if aim is not None and not any(_PURPOSE_HELD.search(t) for t in (*facts_texts, *near)):
        return f"the store does not say '{aim.group()}': no fact gives that purpose"
    return None


# A condition waived (나이와 관계없이, regardless of age): the thing it is said not to hang on.
_REGARDLESS = rx.compile(
    r"([가-힣]{1,6}?)(?:와|과|에)?\s*(?:관계없이|상관없이|무관하게|구분\s*없이)"
    r"|(?i:\bregardless\s+of\s+(?:(?:his|her|their|the)\s+)?([a-z]+))"
)
# What shows a source makes a thing hang on age (만 60세 이상, aged 60 or older).
_AGE_HELD = rx.compile(r"\d+\s*세\s*(?:이상|이하|미만|초과)|(?i:\baged?\s+\d+|\d+\s+or\s+older\b)")
_AGE_WORDS = frozenset(["나이", "연령", "age"])


def waived_condition(text: str, facts_texts: Sequence[str]) -> str | None:
    """A condition the sentence says does not matter (나이와 관계없이) that the supporting
    facts make the thing hang on (만 60세 이상 부양가족에게: age): the explanation."""
    m = _REGARDLESS.search(text)
    if m is None:
        return None
    word = (m.group(1) or m.group(2) or "").lower()
    theirs = " ".join(facts_texts)
    held = _AGE_HELD.search(theirs) if word in _AGE_WORDS else None
    if held is None and len(word) >= 2 and word not in _AGE_WORDS and word in theirs.lower():
        held = re.search(re.escape(word), theirs, re.I)
    if held is None:
        return None
    return f"the source makes it hang on {held.group().strip()}, not '{m.group().strip()}'"
