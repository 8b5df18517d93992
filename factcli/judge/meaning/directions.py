"""Which way: up or down, later or earlier, an opposite, a negation."""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcli.judge.meaning.subjects import Objection, _said_texts, _squash
from factcli.store.model import Fact, Store
from factcli.text import patterns as rx
from factcli.text.analysis import Analysis, Value, analyze_sentence
from factcli.text.korean import is_hangul, strip_particle
from factcli.text.paraphrases import group_of
from factcli.text.relatives import relative_part
from factcli.text.terms import analyze, is_predicate

# Words that say opposite things of the same quantity; a sentence using one where its source
# uses the other turns the meaning round (최소한도 for 최대한도, 늦어도 for 이르면).
_OPPOSITES = (
    ("최대", "최소"),
    ("이상", "이하"),
    ("이르면", "늦어도"),
    ("에 달", "에 못 미"),
    ("에 달", "에 미치지 못"),
    ("에 달", "에 미달"),
    ("웃돌", "밑돌"),
    ("상회", "하회"),
    ("증가", "감소"),
    ("상향", "하향"),
    ("확대", "축소"),
    ("인상", "인하"),
    ("증액", "감액"),
    ("증액", "삭감"),
    ("늘리", "줄이"),
    ("흑자", "적자"),
    ("넘었", "밑돌"),
    ("넘었", "못 미쳤"),
    ("maximum", "minimum"),
    # (an upper limit said to be a lower one: 최대한도 for 최저한도, capping for a minimum)
    ("최대", "최저"),
    ("상한", "하한"),
    ("capp", "minimum"),
    ("capp", "floor"),
    ("maximum", "floor"),
    ("ceiling", "floor"),
    # (who invests and who is invested in; where a road starts and where it ends)
    ("투자하", "투자받"),
    ("투자했", "투자받"),
    ("출발점", "최종 목표"),
    ("출발점", "종착점"),
    ("starting point", "final goal"),
    ("starting point", "end goal"),
    ("starting point", "ultimate goal"),
    # (the only one said to be one of several; an only child said to be a second one)
    ("유일", "여러"),
    ("유일", "말고도"),
    ("유일", "전 계열사"),
    ("유일", "모든 계열사"),
    ("the only", "all affiliates"),
    ("the only", "every affiliate"),
    ("the only", "all of lg"),
    ("the only", "one of several"),
    ("유일", "one of several"),
    ("외동", "second child"),
    ("외동", "둘째"),
    # (a second or youngest child named beside the only one: 장녀와 차녀를 뒀다)
    ("외동", "차녀"),
    ("외동", "차남"),
    ("외동", "막내"),
    ("외동", "second daughter"),
    ("외동", "younger daughter"),
    ("one child", "second child"),
    ("one daughter", "second child"),
    ("or older", "or younger"),
    ("or over", "or younger"),
    ("exceed", "below"),
    ("just before", "just after"),
    # (the first to do it, said to be the last; reached for the first time, where it is won
    # back)
    ("처음", "가장 늦게"),
    ("처음", "회복"),
    ("for the first time", "restor"),
    ("for the first time", "recover"),
    ("가장 먼저", "가장 늦게"),
    # (done together, said to be done by one side alone)
    ("함께", "단독으로"),
    ("함께", "혼자"),
    ("협력", "단독으로"),
    ("together", " alone"),
    ("together", "on its own"),
    ("together", "by itself"),
    ("직전", "직후"),
    ("above", "below"),
    ("more than", "less than"),
    ("at least", "at most"),
    ("at the earliest", "at the latest"),
    ("increase", "decrease"),
    ("raise", "cut"),
    ("인정했", "부인했"),
    ("admitted", "denied"),
    # (an act said to be called off, missed or undone: released, held, attended, listed)
    *(
        (done, undone)
        for done in ("공개", "출시", "개최", "열었", "출석", "참석", "등재", "올랐", "선정")
        for undone in ("취소", "불참", "결석", "무산", "제외", "탈락", "빠졌", "연기됐")
    ),
    *(
        (done, undone)
        for done in ("released", "held", "attended", "listed", "selected", "named", "unveiled")
        for undone in (
            "cancelled",
            "canceled",
            "called off",
            "skipped",
            "missed",
            "excluded",
            "dropped from",
            "removed from",
            "postponed",
        )
    ),
    # (the first place said to be the last)
    *((top, bottom) for top in ("1위", "정상", "우승") for bottom in ("꼴찌", "최하위", "최하")),
    *(
        (top, bottom)
        for top in ("first", "top", "won")
        for bottom in ("last place", "finished last", "ranked last", "came last", "bottom")
    ),
    # (where a road starts, said to be where it ends)
    *(
        (start, end)
        for start in ("출발점", "시작점", "첫걸음", "starting point", "first step")
        for end in (
            "최종 목표",
            "종착점",
            "종착지",
            "마지막 단계",
            "최종 단계",
            "final stage",
            "final step",
            "last stage",
            "end point",
            "endpoint",
            "finish line",
        )
    ),
)
# Each Hangul noun of a pair above and its opposites (상향: 하향): a word the sentence uses
# where the fact says its opposite is weighed by opposite_words_objection, not as a word the
# store never uses (relevance, wording).
OPPOSITE_NOUNS: dict[str, frozenset[str]] = {}
for _a, _b in _OPPOSITES:
    # (is_hangul, not re.fullmatch: a class of 11,172 syllables compiled at import costs ~0.4
    # ms of every check's start-up)
    if is_hangul(_a, 2) and is_hangul(_b, 2):
        OPPOSITE_NOUNS[_a] = OPPOSITE_NOUNS.get(_a, frozenset()) | {_b}
        OPPOSITE_NOUNS[_b] = OPPOSITE_NOUNS.get(_b, frozenset()) | {_a}


# Words of a kind that say opposite things of one post, deal or holding, as patterns (a
# prefix of one may sit inside the other: 상임 in 비상임): the sentence's one where its source
# has only the other turns the meaning round (a standing director for a non-standing one, a
# demotion for a promotion, still held for sold, the whole for a share).
# The whole of a holding, and a share of it (지분 전부, entirely in his name; 5분의 3).
_WHOLE_AND_SHARE_WORDS = (
    r"지분 전부|지분 전체|모든 지분|전 지분|단독 (?:소유|명의)|all of the (?:shares|stake)"
    r"|(?:whole|entire) (?:stake|apartment|property)|sole(?:ly)? own"
    r"|(?:entirely|wholly|solely|all) in (?:his|her|\w+(?:'s|’s)) (?:own )?name",
    r"\d+\s*분의\s*\d+|\d+/\d+\b|three-fifths|two-thirds|a share of|나머지 지분",
)
# (one kind, the other; and the reason, where it is not a direction: a cap on prices for one
# on loans is another quantity)
_OPPOSITE_KINDS = tuple(
    (rx.compile(a), rx.compile(b), reason[0] if reason else "direction")
    for a, b, *reason in (
        (
            r"(?<!비)상임(?!위)|(?<!non-)(?<!non )\b(?:standing|executive) director|full-time director",
            r"비상임|non-(?:standing|executive)|part-time director",
        ),
        (
            r"민간\s?위원|private-sector member|civilian member|member from the private sector",
            r"정부\s?(?:측\s?)?위원|당연직|government(?:-side)? member|government representative",
        ),
        (
            r"승진|promot",
            r"강등|좌천|직급이 (?:낮아|내려)|(?:으로|로)\s*(?:낮아|내려앉|내려갔)|demot|moved down"
            r"|stepped down to|lowered to|downgraded",
        ),
        (
            r"그대로 보유|여전히 보유|계속 보유|보유하고 있(?!지\s*않|지\s*아니)|still (?:hold|own|held)|continues? to hold"
            r"|보유(?:량|분|액)?(?:을|를)?\s*(?:오히려\s*|더\s*)?늘|(?:더|추가로)\s*(?:사들|매수)|bought more"
            r"|increased (?:her |his |the )?(?:holdings?|stake)|added to (?:her|his) holdings?",
            r"전량(?:을)? 매각|모두 매각|전부 매각|매각한 상태|sold (?:all|off|every)",
        ),
        _WHOLE_AND_SHARE_WORDS,
        (
            r"내부적으로|자체(?:적으로)?\s*(?:구축|개발)|in-house|internally",
            r"외부|외주|outside|external|third-part|buying|bought|purchas|사들|구입|구매",
        ),
        (
            # (all of a figure supplied, where the source gives a share of it: 15만장을 전부
            # 공급, where the government is to supply about 30% of that demand)
            r"(?<=[을를])\s*(?:전부|모두|전량|다)\s*(?:공급|지원|확보|제공|부담|대|충당)"
            r"|\bthe entire\b|\ball of the\b|\ball \d|\bevery one of\b",
            r"\d+(?:\.\d+)?\s*%|퍼센트|\bper ?cent\b|절반|일부|\ba share of\b|\bpart of\b",
        ),
        (
            # (ahead of, or a match for, the models it was compared with; or behind them)
            r"경쟁력을 (?:입증|보여|갖춘|확인)|앞섰|앞선|능가|1위|proved (?:globally )?competitive"
            r"|outperform|ranked first|came first|beat\b",
            r"뒤처졌|뒤처진|뒤졌|뒤진|밀렸|밀린|못 미쳤|못 미친|열세|lagged|trailed|fell behind"
            r"|fell short of|was outperformed|underperform",
        ),
        (
            r"실거주|거주 목적|to live in|live in it|as a residence|as (?:his|a) home",
            r"투자 목적|투자용|as an investment|for investment|투기|speculat",
        ),
        (
            # (told to by another, where the source says he applied of his own accord)
            r"(?:통보|통지|지적|요구|명령|지시|권고)(?:를|을)?\s*받|(?:으로|로)부터\s*(?:통보|통지|지적|요구)"
            r"|\bwas\s+(?:ordered|told|instructed|required|notified)\s+(?:to|by)\b"
            r"|\breceived\s+(?:a\s+)?(?:notice|notification|an\s+order)\b",
            r"(?:정정|수정|경정)\s*(?:을|를)?\s*신청|자진|\bapplied\s+(?:for|to)\b|\bfiled\s+(?:(?:a|an)\s+\w+|for)\b"
            r"|\bvoluntarily\b|\bof\s+(?:his|her)\s+own\s+accord\b",
        ),
        (
            # (first in the world, where the source says first in Korea)
            r"세계\s?(?:최초|처음|첫)|글로벌\s?최초|\bworld'?s\s+first\b|\bfirst\s+in\s+the\s+world\b"
            r"|\bglobally\s+first\b",
            # (lower-case: both texts are read lower-cased)
            r"국내\s?(?:최초|처음|첫)|\bkorea'?s\s+first\b|\bfirst\s+in\s+korea\b"
            r"|\bfirst\s+korean\b|\bdomestic(?:ally)?\s+first\b",
        ),
        (
            # (money put in a bank, where the source tells of money borrowed)
            r"예치(?:했|한|해)|입금(?:했|한|해)|맡겼|\bdeposited\b|\bdepositing\b",
            r"대출|빌린|빌렸|빌려|차입|\bborrow|\bloans?\b|\bmortgage\b|took out",
        ),
        (
            # (a cap on what a home may be sold for, where the source caps what may be lent)
            r"(?:매매|거래|집|주택|아파트)\s?(?:가격|값|가)\s?(?:의\s?)?(?:상한|한도|상한선)"
            r"|(?:cap|limit|ceiling)s?\s+on\s+(?:(?!loans?\b|mortgages?\b|lending\b)\w+\s+){0,2}"
            r"prices?|capp(?:ed|ing)\s+(?:(?!loans?\b|mortgages?\b|lending\b)\w+\s+){0,2}prices?"
            r"|price\s+(?:cap|limit|ceiling)",
            r"(?:대출|주담대|주택담보대출)\s?(?:의\s?)?(?:한도|상한)|(?:대출|주담대)[^.]{0,12}(?:묶|제한)"
            r"|(?:loan|lending|mortgage)s?\s+(?:cap|limit|ceiling)"
            r"|capp(?:ed|ing)\s+(?:\w+\s+){0,3}(?:loans?|mortgages?|lending)",
            "relation",
        ),
        (
            # (a law's coming into force put off, where the source puts off only its fines)
            # (the law itself, its coming into force or its application; not 시행령, a decree)
            r"(?:(?:시행|적용)(?:을|를|이|은|도)?|기본법(?:을|를))(?![가-힣])\s*(?:\S+\s+){0,3}?"
            r"(?:유예|연기|미루|미뤄|늦추|늦춰)"
            r"|\b(?:enforcement|implementation|entry\s+into\s+force)\b[^.;]{0,50}?"
            r"\b(?:deferred|delayed|postponed|put\s+off)"
            # (the Act itself; not fines under the Act)
            r"|(?<!under the ai )(?<!under the )\bbasic\s+act(?:'s)?\s+"
            r"(?:would\s+be\s+|will\s+be\s+|was\s+|is\s+|be\s+)?"
            r"(?:deferred|delayed|postponed|put\s+off)"
            r"|\b(?:defer|delay|postpon)\w*\s+(?:the\s+)?(?:\S+\s+){0,3}?"
            r"(?:enforcement|implementation|taking effect|entry into force)",
            r"과태료\s*(?:부과)?(?:를|는|은|도|의)?\s*(?:\S+\s+){0,4}?(?:유예|연기|미루|미뤄|늦추|늦춰)"
            r"|\bfines?\b[^.;]{0,50}?\b(?:deferred|delayed|postponed|suspended)"
            r"|\b(?:defer|delay|postpon)\w*\s+(?:the\s+)?(?:\S+\s+){0,3}?(?:fines?|penalt)",
            "relation",
        ),
    )
)
# A noun the sentence denies (오픈소스가 아닌, not an open-source model, rather than data):
# not what it says, when weighing its words against the source's.
_DENIED_NOUN = rx.compile(
    r"(\S+?)(?:이|가)\s*아닌|(\S+?)(?:이|가)\s*아니라|"
    r"(?i:\b(?:not\s+(?:an?|the)|rather\s+than|instead\s+of|with\s+no|without\s+any)\s+([\w-]+))"
)


# Words of a change up, and down (stems: 늘리/늘려/늘린 all hold 늘).
_UP = rx.compile(
    r"상향|늘리|늘려|늘린|늘렸|늘어|확대|높이|높여|높인|높였|증가|증액|올리|올려|올린|올렸|끌어올|"
    r"(?i:\b(?:rais(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|expand(?:s|ed|ing)?|boost(?:s|ed|ing)?|"
    r"lift(?:s|ed|ing)?)\b)"
)
_DOWN = rx.compile(
    r"하향|줄이|줄여|줄인|줄였|줄어|축소|낮추|낮춰|낮춘|낮췄|감소|감액|삭감|내리|내려|내린|내렸|제한|묶|"
    # (capped at 6억 원: held down, where a sentence says raised to it)
    r"(?i:\b(?:cut(?:s|ting)?|reduc(?:e|es|ed|ing)|lower(?:s|ed|ing)?|decreas(?:e|es|ed|ing)|"
    # (not "the cap", "its cap": the limit itself, which may be raised)
    # (a verb: caps loans at, not the mortgage cap)
    r"capp(?:ed|ing)|caps?(?=\s+(?:at|it|them|the|loans?|mortgages?|lending)\b)|"
    r"restrict(?:s|ed|ing)?|"
    r"shr[iu]nk(?:s|ing)?|scal(?:e|es|ed|ing) back)\b)"
)


# Words of a time moved later, and earlier (유예하겠다 against 앞당기겠다).
_LATER = rx.compile(
    r"유예|미루|미뤄|미룬|미뤘|늦추|늦춰|늦춘|연기(?:하|했|한|할|된|됐|될|돼)|"
    r"(?i:\b(?:postpon(?:e|es|ed|ing)|defer(?:s|red|ring)?|delay(?:s|ed|ing)?|"
    r"put(?:s|ting)? off|push(?:es|ed|ing)? back)\b)"
)
_EARLIER = rx.compile(
    r"앞당기|앞당겨|앞당긴|앞당겼|"
    r"(?i:\b(?:br(?:ing|ings|ought) forward|mov(?:e|es|ed|ing) up|advanc(?:e|es|ed|ing) the)\b)"
)
_AXES = ((_UP, _DOWN), (_LATER, _EARLIER))


def _direction(text: str) -> str | None:
    """ "up" or "down" when a text speaks of a change one way only."""
    up, down = bool(_UP.search(text)), bool(_DOWN.search(text))
    return "up" if up and not down else "down" if down and not up else None


_WHOLE_AND_SHARE = next(
    pair for pair in _OPPOSITE_KINDS if pair[0].pattern == _WHOLE_AND_SHARE_WORDS[0]
)


def opposite_kind_objection(
    analysis: Analysis, fact: Fact, *, shares_only: bool = False
) -> Objection | None:
    """A word of a post, deal or holding the source says the other way (a demotion for its
    promotion, a standing post for a non-standing one): _OPPOSITE_KINDS. `shares_only`: only
    the whole said of what is held in shares."""
    claim = analysis.text.lower()
    source = (
        f"{fact.statement} {fact.statement_en} {' '.join(r.quote for r in fact.sources)}".lower()
    )
    affirmed = _DENIED_NOUN.sub(" ", claim)
    if not analysis.korean:
        # (the source's word in the sentence's language, where it has one)
        source = f"{fact.statement_en} {source}".lower()
    for one_kind, other_kind, reason in (_WHOLE_AND_SHARE,) if shares_only else _OPPOSITE_KINDS:
        for said_rx, meant_rx in ((one_kind, other_kind), (other_kind, one_kind)):
            told = said_rx.search(affirmed)
            meaning = meant_rx.search(source)
            if told and meaning and not meant_rx.search(affirmed) and not said_rx.search(source):
                return Objection(
                    reason,
                    f"the source says {_words_at(source, meaning.group())}, "
                    f"not {_words_at(affirmed, told.group())}",
                )
    return None


def related_direction_objection(
    analysis: Analysis, supporters: list[Fact], related: list[Fact]
) -> Objection | None:
    """A change the supporting facts do not speak of, said the other way than a related fact
    says it (the 2028 goal 'to be lowered', where the source says the goal will be raised)."""
    said = _direction(analysis.text.lower())
    if said is None:
        return None
    ids = {f.id for f in supporters}
    if any(_direction(" ".join(_said_texts(f)).lower()) for f in supporters):
        return None  # the supporters speak of the change themselves: opposite_objection
    for fact in related:
        if fact.id in ids:
            continue
        theirs = _direction(" ".join(_said_texts(fact)).lower())
        if theirs is not None and theirs != said:
            word = "raised" if theirs == "up" else "lowered"
            return Objection("direction", f"the source says it is to be {word} ({fact.id})")
    return None


def opposite_words_objection(analysis: Analysis, fact: Fact) -> Objection | None:
    """The sentence says maximum where the source says minimum (or the like: _OPPOSITES)."""
    claim = analysis.text.lower()
    source = (
        f"{fact.statement} {fact.statement_en} {' '.join(r.quote for r in fact.sources)}".lower()
    )
    for a, b in _OPPOSITES:
        for said, meant in ((a, b), (b, a)):
            if said in claim and meant not in claim and meant in source and said not in source:
                return Objection(
                    "direction",
                    f"the source says {_words_at(source, meant)}, not {_words_at(claim, said)}",
                )
    return None


# An act said to be called off, put off, lost or turned down (취소했다, 연기했다, postponed,
# lost, turned down): where the supporting facts tell it as done, with none of these words.
_UNDONE = rx.compile(
    r"취소(?:했|됐|한|된|하|되)|연기(?:했|됐|한|된|하|되)|무산|철회|거절|거부|고사(?:했|한)|불참|"
    r"패배|탈락|놓쳤|놓친|실패|미루|미뤄|미뤘|유예|"
    r"(?i:\bcancel+(?:ed|s|ing)?\b|\bpostpon|\bcall(?:ed|s)?\s+off\b|\blost\b|"
    r"\bturn(?:ed|s)?\s+down\b|\bdeclined\s+(?:the|an?|his|her|its)\b|\breject|\brefus|"
    r"\bfail(?:ed|s)?\b|\bmissed\b|\bwithdr[ae]w|\bpulled\s+out\b|\bscrapp|\babandon|"
    r"\bdefer|\bdelay)"
)
_NEGATED = rx.compile(r"않|(?<![가-힣])안\s|(?<![가-힣])못|(?i:\bnot\b|n't\b|\bnever\b|\bno\b)")


def undone_objection(text: str, facts_texts: Sequence[str]) -> str | None:
    """The sentence calls off, puts off or loses what the supporting facts tell as done
    (공개를 연기했다, postponed the release, lost the challenge): the explanation."""
    said = _UNDONE.search(text)
    if said is None or _NEGATED.search(text):
        return None  # (was not postponed: done after all)
    if any(_UNDONE.search(t) for t in facts_texts):
        return None  # (과태료 부과를 유예: the source puts it off too)
    word = re.match(r"[^\s,.;:!?]+", text[said.start() :])
    return f"the source tells it as done, not '{word.group() if word else said.group()}'"


# A judgement of how much (충분하다, 부족했다, enough, excessive): a claim of its own, which
# a supporting fact must make too.
JUDGED = rx.compile(
    # (not 충분한지 고민했다, a doubt; not 42일이면 충분했다, it took only that long)
    r"(?<!면\s)(?<!면)(?:충분|부족|적절|부적절|적정|과도|과다|미흡|모자라|모자랐|넉넉)"
    r"(?![한할인]\s*(?:지(?![가-힣])|것인가))|"
    r"(?i:(?<!whether\s)(?<!if\s)\benough\b|\bsufficient|\binsufficient|\badequate|\binadequate|\bexcessive|"
    r"\btoo\s+(?:few|little|many|much|small|large)\b)"
)


_WHETHER = rx.compile(r"(?i:\bwhether\b[^.;]{0,120})")


def judgement_unheld(text: str, facts_texts: Sequence[str]) -> str | None:
    """A judgement of how much the sentence makes (목표가 충분하다고 말했다) that no supporting
    fact makes (the goal's fact gives the goal): the explanation, or None."""
    # (a judgement only asked about, whether … enough, is none made: in the sentence or the
    # source)
    said = JUDGED.search(_WHETHER.sub(" ", text))
    if said is None or any(JUDGED.search(_WHETHER.sub(" ", t)) for t in facts_texts):
        return None
    return f"the source does not judge it '{said.group()}'"


# A state and its lack (시간이 충분했다, where the source says it was short): said by a fact
# the sentence speaks of beside the one its figures agree with.
_STATE_OPPOSITES = (("충분", "부족"), ("넉넉", "부족"), ("충분", "모자라"), ("적절했", "한계"))
_PAST = rx.compile(r"과거|그동안|이전에는|예전|(?i:\bin the past\b|\bpreviously\b)")


def lack_objection(
    analysis: Analysis, supporter: Fact, related: Sequence[Fact]
) -> Objection | None:
    """The sentence says there was enough where a fact it speaks of says there was too little
    (or the other way), and says nothing of the other: of the time the sentence names (과거에는
    충분했다, where the source says 과거 ... 부족했다), else anywhere in a fact the supporting
    one does not say it the sentence's way (시간을 충분히 확보해 달라, beside the past shortfall)."""
    claim = analysis.text
    then = _PAST.search(claim)
    own = " ".join((supporter.statement, *(r.quote for r in supporter.sources)))
    for fact in [supporter, *related]:
        texts = (fact.statement, *(r.quote for r in fact.sources))
        source = " ".join(texts)
        for a, b in _STATE_OPPOSITES:
            for said, meant in ((a, b), (b, a)):
                if said not in claim or meant in claim:
                    continue
                if then is not None:
                    # (what the source says of that time: the words after its time word)
                    spans = [t[m.end() : m.end() + 40] for t in texts for m in _PAST.finditer(t)]
                    if any(meant in sp and said not in sp for sp in spans):
                        return Objection(
                            "direction", f"the source says {_words_at(source, meant)} of then"
                        )
                if said not in own and meant in source and said not in source:
                    return Objection(
                        "direction", f"the source says {_words_at(source, meant)} ({fact.id})"
                    )
    return None


# A word the source negates by its prefix (비경수로형, non-light-water): the word without it
# is its opposite.
_PREFIXED_KO = rx.compile(r"(?<![가-힣])비([가-힣]{2,6}?)(?:형|의|인|을|를|이|가|은|는|에|\s)")
_PREFIXED_EN = rx.compile(r"(?i:\bnon-([a-z]+(?:-[a-z]+)?))")


def prefix_objection(
    analysis: Analysis, fact: Fact, *, compound_only: bool = False
) -> Objection | None:
    """The sentence has a word the source only ever says with a negating prefix (light-water
    SMRs, where the source plans non-light-water ones: 비경수로형).

    `compound_only`: only a compound word (light-water, 경수로), for a fact the sentence only
    speaks near (not "executive", beside another post's non-executive director)."""
    claim = analysis.text.lower()
    texts = [
        t.lower()
        for t in (fact.statement, fact.statement_en or "", *(r.quote for r in fact.sources))
    ]
    source = " ".join(texts)
    for pattern, prefix in ((_PREFIXED_KO, "비"), (_PREFIXED_EN, "non-")):
        for m in pattern.finditer(source):
            stem = m.group(1)
            if compound_only and prefix == "non-" and "-" not in stem:
                continue
            negated = prefix + stem
            # (the source's stem alone, 과세 beside 비과세, is a word of its own)
            bare = re.sub(re.escape(negated), " ", source)
            if stem in bare or negated in claim:
                continue
            if re.search(rf"(?<![가-힣\w-]){re.escape(stem)}", claim):
                return Objection("direction", f"the source says {negated}, not {stem}")
    return None


def opposite_objection(analysis: Analysis, fact: Fact) -> Objection | None:
    """The sentence says maximum where the source says minimum (or the like)."""
    claim = analysis.text.lower()
    source = (
        f"{fact.statement} {fact.statement_en} {' '.join(r.quote for r in fact.sources)}".lower()
    )
    words = opposite_words_objection(analysis, fact) or prefix_objection(analysis, fact)
    if words is not None:
        return words
    kind = opposite_kind_objection(analysis, fact)
    if kind is not None:
        return kind
    # A noun the sentence denies that the source affirms (오픈소스가 아닌, where it was
    # released as open source).
    for m in _DENIED_NOUN.finditer(claim):
        noun = strip_particle(next(g for g in m.groups() if g), min_stem=2).strip("'‘’\"“”")
        # (or in other words of the same meaning: without any advice, where he took a
        # recommendation)
        held = next(
            (w for w in (noun, *(group_of(noun) or ())) if len(w) >= 2 and w in source), None
        )
        if (
            len(noun) >= 2
            and held is not None
            and not any(held in (d or "") for d in _denied_nouns(source))
        ):
            return Objection("direction", f"the source says {held}, which the sentence denies")
    # A change said one way where the source says the other, in other words (낮추겠다 for
    # 상향하겠다, cut for expand): each side uses the words of one direction only.
    for one_way, other_way in _AXES:
        ups = [m.group() for m in one_way.finditer(claim)]
        downs = [m.group() for m in other_way.finditer(claim)]
        s_ups = [m.group() for m in one_way.finditer(source)]
        s_downs = [m.group() for m in other_way.finditer(source)]
        for says, other, means, against in (
            (downs, ups, s_ups, s_downs),
            (ups, downs, s_downs, s_ups),
        ):
            if says and not other and means and not against:
                # (the source's word in the sentence's language where it has one)
                mean = next((w for w in means if w.isascii() != analysis.korean), means[0])
                return Objection("direction", f"the source says {mean}, not {says[0]}")
    # What the store records as denied, written as admitted ("acknowledged that he had
    # learned of it" for "said he had no prior knowledge"): the status says the direction
    # even when the source's words are not the sentence's.
    if (
        getattr(fact, "status", None) == "denied"
        and _ADMITTED.search(analysis.text)
        and not _DENIAL.search(analysis.text)
    ):
        return Objection("direction", "the source says this was denied, not admitted")
    return None


_ADMITTED = rx.compile(
    r"인정했|인정하|시인했|시인하|자인했|털어놓|"
    r"(?i:\b(?:acknowledg(?:ed|es|ing)|admit(?:s|ted|ting)?|conced(?:ed|es|ing)|"
    r"confess(?:ed|es|ing)?)\b)"
)


def _denied_nouns(text: str) -> list[str]:
    return [g for m in _DENIED_NOUN.finditer(text) for g in m.groups() if g]


def _words_at(text: str, part: str) -> str:
    """`part` with the rest of the word it ends in (에 달 -> 에 달하는)."""
    at = text.find(part)
    end = at + len(part)
    while end < len(text) and not text[end].isspace() and text[end] not in ".,;":
        end += 1
    return text[at:end].strip()


_NEGATED_VERB = rx.compile(r"([가-힣]+?)지(?:는|도|조차)?\s*(?:못|않)")  # (공개되지는 않았다)
_PROGRESSIVE_DENIED = rx.compile(r"([가-힣]+?)고\s*있지(?:는|도)?\s*(?:못|않)")
# Any denial in an English clause: known nothing, title-free.
_DENIAL_EN = rx.compile(
    r"(?i:\b(?:no|not|never|without|nothing|none|neither|nor|nobody|no\s+one)\b|n't\b|-free\b)"
)
# The words an English statement denies: no prior knowledge, did not know, never received.
_DENIED_EN = rx.compile(
    r"(?i:\b(?:no|not|never|without|(?:did|does|do|had|has|was|were|is|are)n't)\s+"
    r"(?:at\s+all\s+)?((?:(?!and\b|but\b|or\b)[a-z]+\s+){0,2}[a-z]+))"
)


# ... said in a sentence as done away with (dropping job titles, free of titles, no titles)
_DROPPED_EN = rx.compile(
    r"(?i:\b(?:dropping|dropped|drops|drop|abolish(?:ing|ed|es)?|remov(?:ing|ed|es)|"
    r"scrapp(?:ing|ed)|scraps?|eliminat(?:ing|ed|es)|did\s+away\s+with|do(?:ing|es)?\s+away\s+with|"
    r"free\s+of|no)\s+(?:the\s+|their\s+|his\s+|all\s+)?(?:[a-z]+\s+)?([a-z]{3,}))"
)


def dropped(claim: str) -> list[str]:
    """The words a sentence says were done away with (dropping job titles: job, titles)."""
    return [w for m in _DROPPED_EN.finditer(claim) for w in m.group(0).lower().split()[1:]]


def negated_statement(fact: Fact) -> bool:
    """Whether the fact's (Korean) statement denies something: 알지 못했다, 않았다."""
    return bool(fact.statement) and any(c.negated for c in analyze_sentence(fact.statement).clauses)


def polarity_objection(analysis: Analysis, value: Value, fact: Fact) -> Objection | None:
    """The sentence denies what the source affirms, or affirms the very verb it denies."""
    clause = analysis.clause_at(value.start)
    fact_negated = negated_statement(fact)
    if not analysis.korean and not fact_negated:
        own = relative_part(analysis.text, value)
        if own is not None and not _DENIED_EN.search(own):
            return None  # (Bae, who took out a loan on June 10, said he had no …: the loan holds)
    if analysis.korean and not clause.negated and not fact_negated:
        # (…공개됐지만 오픈소스로 공개되지는 않았다: a clause of its own, without a figure,
        # denies a verb the source affirms of the same thing)
        source = _squash(" ".join(_said_texts(fact))).lower()
        for other in analysis.clauses:
            if other is clause or not other.negated:
                continue
            if any(other.start <= v.start < other.end for v in analysis.values):
                continue
            stems = _negated_stems(other.text)
            ceased = _CEASED.search(other.text) is not None
            if (
                stems
                and affirms_any(stems, source, alike=not ceased)
                and _shares_more(other.text, source)
            ):
                return Objection(
                    "direction", "the sentence denies what the source says the other way"
                )
    if (
        not analysis.korean
        and not clause.negated
        and fact.statement_en
        and not _DENIAL_EN.search(clause.text)
    ):
        # (in English, by the words the source's English denies: had known in advance, where
        # it says he had no prior knowledge)
        denied = {
            t[:4]
            for m in _DENIED_EN.finditer(fact.statement_en)
            for t in analyze(m.group(1))
            if len(t) >= 4
        }
        gone = {t[:4] for w in dropped(clause.text) for t in analyze(w)}
        if denied and any(
            w[:4] in denied and w[:4] not in gone
            for t in analyze(clause.text)
            if len(t) >= 4
            for w in (t, *(group_of(t) or ()))
            if w.isascii()
        ):
            return Objection("direction", "the sentence affirms what the source says the other way")
    if clause.negated == fact_negated:
        return None
    if not analysis.korean and clause.negated and fact.statement_en:
        # (without job titles, where the source's English says so too: the same denial)
        # (each denial by the first word it denies: without job titles since 2020)
        mine = {t[0][:4] for m in _DENIED_EN.finditer(clause.text) if (t := analyze(m.group(1)))}
        theirs = {
            t[:4] for m in _DENIED_EN.finditer(fact.statement_en) for t in analyze(m.group(1))
        }
        if mine and mine <= theirs:
            return None
    if fact_negated and not clause.negated:
        # Only when the sentence affirms what the source denies (알았다 for 알지 못했다), not
        # when the source denies something else in passing.
        stems = [m.group(1)[-2:] for m in _NEGATED_VERB.finditer(fact.statement)]
        if not any(stem and stem in clause.text for stem in stems):
            return None
    if clause.negated and not fact_negated:
        # Only when the source affirms the very verb the sentence denies (받지 않았다 for
        # 받았다): "no longer held" is what "had sold" means.
        stems = _negated_stems(clause.text)
        if stems:
            source = _squash(" ".join(_said_texts(fact))).lower()
            # (the very verb, or one of the same meaning: 소유하지 않았다 for 보유, held)
            # ("no longer held" is what "sold" means: a change, not the denial of a holding)
            ceased = _CEASED.search(clause.text) is not None
            if not affirms_any(stems, source, alike=not ceased):
                return None
            # (하나도 보유하고 있지 않다: how it stands now, which a sale makes so; not 보유하지
            # 않았다, which says it was never held)
            held = (
                any(s in ("보유", "소유", "갖", "가지") for s in stems)
                and _PROGRESSIVE_DENIED.search(clause.text) is not None
            )
            if (ceased or held) and _ENDED.search(source):
                # (더 이상 보유하지 않았다, 하나도 보유하고 있지 않다, where the source says
                # she sold them)
                return None
            if _AT_ONCE.search(clause.text) and _DEFERRED.search(source):
                return None  # (곧바로 부과하지 않고, where the source says it is deferred)
    said = "denies" if clause.negated else "affirms"
    return Objection("direction", f"the sentence {said} what the source says the other way")


def _shares_more(clause: str, source: str) -> bool:
    """The denied clause names a thing of the source's besides its verb (오픈소스로 공개되지
    않았다: 오픈소스): it denies what the source says, not something else in passing."""
    words = [w for w in analyze(clause) if len(w) >= 2 and not is_predicate(w)]
    return any(w in source for w in words)


def affirms_any(stems: list[str], source: str, *, alike: bool = True) -> bool:
    """Whether the (squashed, lower-case) source says one of the verbs of `stems` without
    denying it; `alike`: or a verb of the same meaning (보유 for 소유, held)."""
    same = [w.replace(" ", "").lower() for s in stems if alike for w in group_of(s) or ()]
    return any(_affirmed(stem, source) for stem in [*stems, *same])


def _affirmed(stem: str, source: str) -> bool:
    """Whether the source says the verb of `stem` without denying it a few syllables on
    (알기에는 불가한 시점, 알 수 없었다: the source denies it too)."""
    return any(
        not _DENIED_AFTER.match(source, m.end()) for m in re.finditer(re.escape(stem), source)
    )


# What denies a verb just after its stem, in the squashed source: 알기에는불가, 알수없, 알지못.
_DENIED_AFTER = rx.compile(r"[가-힣]{0,4}?(?:불가|수없|지않|지못|지도못|지도않)")
_CEASED = rx.compile(r"더\s*이상|더는|(?i:\bno longer\b|\bany more\b|\banymore\b)")
# How a holding or a post ends, in the (squashed, lower-case) source: sold, left.
_ENDED = rx.compile(r"매각|팔았|처분|떠났|물러|그만|sold|disposed|left|ended|stepped")
# Not at once, said of what the source puts off (곧바로 부과하지 않고: 부과를 유예).
_AT_ONCE = rx.compile(r"곧바로|바로|즉시|당장|(?i:\bright away\b|\bimmediately\b|\bat once\b)")
_DEFERRED = rx.compile(r"유예|미루|미뤄|미룬|연기|defer|postpon|delay")
_NEGATED_EN = rx.compile(
    r"(?i:\b(?:not|n't|never|no longer|failed to|without)\s+"
    r"(?:(?:be|been|being|have|has|had|did|do|does|yet|ever|even|actually|really)\s+)*([a-z]{3,}))"
)
_NEGATED_EN_AS = rx.compile(
    r"(?i:\b(?:not|n't|never)\s+(?:be\s+|been\s+|being\s+)?(?:made|released|published|"
    r"offered|issued|distributed|launched)\s+(?:as\s+)?(?:an?\s+|the\s+)?(?!the\b|and\b|for\b)([a-z]{3,}))"
)
# (not the 못 of 알지 못했다: its verb is the one before 지)
_NOT_IN_KO = rx.compile(r"([가-힣]{2,})에\s+(?:들|오르|포함되|이름을 올리)지\s*(?:못|않)")
_NEGATED_KO_AFTER = rx.compile(r"(?<![가-힣])(?<!지 )(?:못|안)\s*([가-힣]{1,2})")
_DENIAL = rx.compile(r"부인|부정|(?i:\bden(?:y|ies|ied)\b)")


def _negated_stems(clause: str) -> list[str]:
    """The verbs a clause denies, as short stems (받지 않았다 -> 받, has not received ->
    rece); none for a denial (부인했다), whose object is what is denied."""
    if _DENIAL.search(clause):
        return []
    # 합류하지 않았다 -> 합류 (the source says 합류했다), 받지 않았다 -> 받
    verbs = [
        re.sub(r"(?<=[가-힣])(?:하|되)$", "", m.group(1)) for m in _NEGATED_VERB.finditer(clause)
    ]
    stems = [v[-2:] if len(v) > 2 else v for v in verbs]
    # (보유하고 있지 않다, 갖고 있지 않다: the verb before 고 있, not 있)
    stems += [
        re.sub(r"(?<=[가-힣])(?:하|되)$", "", m.group(1))[-2:]
        for m in _PROGRESSIVE_DENIED.finditer(clause)
    ]
    # (a place one is said not to be in, 리스트에 오르지 못했다: the list is what the source
    # names, whatever its verb, 등재됐다)
    stems += [m.group(1) for m in _NOT_IN_KO.finditer(clause)]
    stems += [m.group(1)[:1] for m in _NEGATED_KO_AFTER.finditer(clause)]
    stems += [m.group(1).lower()[:4] for m in _NEGATED_EN.finditer(clause)]
    # (not made open source, not released as open source: what it was not made counts too)
    stems += [m.group(1).lower()[:4] for m in _NEGATED_EN_AS.finditer(clause)]
    return [s for s in stems if s]


def ongoing_objection(analysis: Analysis, value: Value, fact: Fact) -> Objection | None:
    """The sentence says it still goes on; the source says it ended."""
    if not analysis.clause_at(value.start).ongoing:
        return None
    if fact.end:
        return Objection("tense", f"the source says it ended ({fact.end})")
    # "Still held" what the source says was sold; "still heads" what it says he left.
    events = {e for c in analyze_sentence(fact.statement or "").clauses for e in c.events}
    undone = events & {"sell", "end", "repay"}
    if undone:
        verb = {"sell": "sold", "end": "ended", "repay": "repaid"}[sorted(undone)[0]]
        return Objection("tense", f"the source says it was {verb}")
    return None


# A holding denied: 채무가 전혀 없다, 비트코인이 없다고 신고했다; has no debts, declared no
# vehicles. The thing is the noun before the particle, or the word after "no".
_NONE_HELD_KO = rx.compile(
    r"(?<![가-힣])([가-힣]{2,8}?)(?:이|가|은|는|도)\s*(?:전혀\s*|하나도\s*|아무것도\s*)?"
    r"없(?:다|었다|습니다|으며|고|다고|었다고|다며)(?![가-힣])"
)
_NONE_HELD_EN = rx.compile(
    r"(?i:\b(?:has|had|have|owns?|owned|holds?|held|declared|reported|listed|disclosed)\s+"
    r"no\s+([a-z-]{3,}))"
)


def none_held_objection(store: Store, analysis: Analysis) -> tuple[str, str] | None:
    """(explanation, fact id) where the sentence says its subject holds none of a thing that a
    fact of that holder gives a figure of (배경훈은 채무가 전혀 없다, where he declared 7억4500만
    원 of debts; Bae declared no cryptocurrency, where he declared bitcoin worth 101,000 won)."""
    from factcli.judge.meaning.subjects import resolve
    from factcli.text.analysis import names_of

    pattern = _NONE_HELD_KO if analysis.korean else _NONE_HELD_EN
    things = [m.group(1).lower() for m in pattern.finditer(analysis.text)]
    if not things or not analysis.actor:
        return None
    who = resolve(store, analysis.actor)
    if who is None:
        return None
    kin = {n for k, n, _p in analysis.names if k == "relative"}
    for thing in things:
        wanted = [t for t in analyze(thing) if len(t) >= 2]
        if not wanted:
            continue
        for fact in store.facts:
            if fact.subject != who or not isinstance(fact.value, int | float) or fact.value <= 0:
                continue
            if {n for k, n, _p in names_of(fact.statement) if k == "relative"} != kin:
                continue  # (his daughter's deposits are none of his)
            words = analyze(" ".join([fact.statement, fact.statement_en or "", *fact.tags]))
            if all(
                any(
                    w == t or (len(t) >= 4 and len(w) >= 4 and (w.startswith(t) or t.startswith(w)))
                    for w in words
                )
                for t in wanted
            ):
                shown = fact.statement if analysis.korean else fact.statement_en or fact.statement
                return f"the source says otherwise: {shown}", fact.id
    return None


# A thing the sentence says was done without, or not needed (증여세 없이, 추천 없이 골랐다,
# H200이 필요 없다고 말했다): the noun right before 없이, or before 필요 없다.
_LACKED_KO = rx.compile(
    r"(?<![가-힣A-Za-z0-9])([가-힣A-Za-z0-9]{2,10}?)(?:이|가|은|는|도)?\s*"
    r"(?:없이(?![가-힣])|필요(?:가|는|도)?\s*없(?:다|었|고|으며|어|는))"
    # (회사의 승인은 없었다고 했다: a thing said not to have been there)
    r"|(?<![가-힣A-Za-z0-9])([가-힣]{2,10}?)(?:은|는|도)\s*(?:전혀\s*)?없었(?:다|고)"
)
# What the source itself puts as lacked or not done: then the sentence may say so too.
_SOURCE_LACKS = rx.compile(
    r"없|않|아니|못|대신|빼고|뗀|떼고|뗐|뺀|없앤|폐지|\bwithout\b|\bno\b|\bnot\b"
)
# A denial after the 없이 (승인 없이 다닌 적이 없다): two negations, no claim of the lack.
_DENIED_AFTER = rx.compile(r"없다|없었|않|아니")


def lacked_objection(analysis: Analysis, facts: Sequence[Fact]) -> str | None:
    """A thing the sentence says was done without or was not needed, where a fact it rests on
    has it (증여세 없이 처리했다, where he paid the gift tax; H200이 필요 없다고 말했다, where he
    said 2,000 were needed): the other way round."""
    if not analysis.korean:
        return None
    for m in _LACKED_KO.finditer(analysis.text):
        noun = strip_particle(m.group(1) or m.group(2))
        if len(noun) < 2 or _DENIED_AFTER.search(analysis.text, m.end()):
            continue
        for fact in facts:
            for text in _said_texts(fact):
                at = text.find(noun)
                if at < 0:
                    continue
                # (not where the source says the lack too, near the noun)
                if _SOURCE_LACKS.search(text, at, at + len(noun) + 12):
                    return None
                return f"the source has {noun}, not done without it"
    return None
