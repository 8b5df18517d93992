"""Text -> search terms: NFC, lower-case, particles stripped, English stemmed, no stopwords.

The one place words become terms: the store's index, search and check all call `analyze`.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from itertools import chain, compress
from operator import not_

from factcli.text import korean
from factcli.text import patterns as rx

STOPWORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "at",
        "by",
        "to",
        "for",
        "and",
        "or",
        "is",
        "was",
        "were",
        "be",
        "been",
        "are",
        "as",
        "with",
        "from",
        "that",
        "this",
        "it",
        "its",
        "his",
        "her",
        "he",
        "she",
        "they",
        "their",
        "what",
        "when",
        "which",
        "who",
        "whom",
        "how",
        "did",
        "does",
        "do",
        "has",
        "have",
        "had",
        "having",
        "being",
        # (became minister: the post says which; "became" alone names no event)
        "become",
        "became",
        "becomes",
        "becoming",
        "into",
        "about",
        "out",
        # discourse adverbs: they join a sentence to the one before, and say nothing of it
        "also",
        "too",
        "moreover",
        "furthermore",
        "additionally",
        "meanwhile",
        "likewise",
        "besides",
        "몇",
        "및",
        "등",
        "것",
        "것으로",  # (~한 것으로 나타났다: how it was found, no word of what)
        "수",
        "그",
        "이",
        "저",
        "어느",
        "무엇",
        "언제",
        "얼마",
        "있다",
        "했다",
        "한다",
        "하다",
        "된",
        "되다",
        "위해",
        "대한",
        "관련",
        "갖고",
        "가진",
        "갖고있다",
        "있는",
        "있으며",
        "있었다",
        "통해",
        "대해",
        "따라",
        "같은",
        "함께",
        "모두",
        "각각",
        "당시",
        "기준",
        "이번",
        "그는",
        "그의",
        "이는",
        "또",
        "또한",
        "아울러",
        # whose account: the speaker is named beside it
        "따르면",
        "의하면",
        "according",
        "한편",
        "게다가",
        # connectives that point back at the clause before (그러려면, to do that): they
        # say nothing of their own (ones the facts use too, 이를 and 그러나, are left to the
        # weights: taking them out shifts every fact's relevance)
        "그러려면",
        "그러기",
        "그러자면",
        "더",
        "약",
        # hedges of a figure: the figure's bound or roughness, read with it (quantities.py)
        "대략",
        "적어도",
        "최소한",
        "roughly",
        "approximately",
        "nearly",
        "almost",
        "least",
        "총",
        "정도",
        "있고",
        "되어",
        "됐으며",
        "밝혔다",
        "말했다",
        "설명했다",
        "전했다",
    ]
)
# Jamo, conjoining or compatibility: a set, not a class (~0.4 ms to compile at every start-up
# of a check or search, for a test of the few words a query or claim has).
_JAMO = frozenset(map(chr, [*range(0x1100, 0x1200), *range(0x3131, 0x318F)]))


def is_predicate(term: str) -> bool:
    """받았다, 됐다: a verb form, which says less about which fact is meant than a noun."""
    # What re.search(r"[가-힣]다$", term) finds ($ also before a final newline), without
    # compiling a class of 11,172 syllables (~0.5 ms of a check's start-up).
    word = term[:-1] if term.endswith("\n") else term
    return len(word) >= 2 and word[-1] == "다" and "가" <= word[-2] <= "힣"


_EN_SUFFIXES = ("ments", "ment", "ings", "ing", "ed", "es", "s")
# Verbs whose noun of the act adds -ation to the verb itself, not to -ate (consideration of
# consider; nomination is of nominate, stemmed nominat like nominated).
_ATION_VERBS = frozenset(
    (
        *("consider", "inform", "transform", "confirm", "expect", "present", "implement"),
        *("recommend", "adapt", "reform", "interpret", "represent"),
    )
)


# Irregular verbs a news sentence uses, as their base form: "took out a loan" is "had taken
# out a loan". Forms that are also other words are left alone (won, left, found, said).
_IRREGULAR = {
    "took": "take",
    "taken": "take",
    "gave": "give",
    "given": "give",
    "made": "make",
    "held": "hold",
    "bought": "buy",
    "sold": "sell",
    "began": "begin",
    "begun": "begin",
    "met": "meet",
    "paid": "pay",
    "wrote": "write",
    "written": "write",
    "grew": "grow",
    "grown": "grow",
    "built": "build",
    "spent": "spend",
    "sent": "send",
    "brought": "bring",
    "chose": "choose",
    "chosen": "choose",
    "drew": "draw",
    "drawn": "draw",
    "led": "lead",
    "ran": "run",
    "fell": "fall",
    "fallen": "fall",
    "rose": "rise",
    "risen": "rise",
    "taught": "teach",
    "thought": "think",
    "went": "go",
    "gone": "go",
    "saw": "see",
    "seen": "see",
    "knew": "know",
    "known": "know",
    # (the United States, the United Nations: not a unit)
    "united": "united",
}


@functools.lru_cache(maxsize=1 << 16)
def stem(token: str) -> str:
    """A light English stemmer: enough to match appointed/appointment/appoint, took/taken."""
    irregular = _IRREGULAR.get(token)
    if irregular is not None:
        return irregular
    if token.isascii() and token.isalpha():
        noun = token[:-1] if token.endswith("ations") else token
        if noun.endswith("ation") and len(noun) - 5 >= 4:
            # The noun of an act is its verb: commercialization of commercializing; the
            # nomination of nominated (nominat), and a few verbs without -ate (consider,
            # confirm: the confirmation hearing, the plan under consideration).
            base = noun[:-5]
            if base.endswith(("iz", "is")) or base in _ATION_VERBS:
                return base
            return noun[:-3]
        for suffix in _EN_SUFFIXES:
            if token.endswith(suffix) and len(token) - len(suffix) >= 4:
                return token[: -len(suffix)]
    return token


_PARTICLE_WORDS = frozenset(korean.PARTICLES) | {
    "년",
    "월",
    "일",
    "달",  # (넉 달 만에: the counter of a span, no word of what it is about)
    "만에",
    "원",
    "장",
    "개",
    "간",
    "동안",
    "여",
    "들",
    "생",
    "어치",
    "원어치",
    "식",
    "년식",
    "짜리",
    "가량",
    "쯤",
}


def _plural(token: str) -> str:
    """계열사들 -> 계열사: the Korean plural marker, once particles are gone."""
    return (
        token[:-1]
        if len(token) >= 3 and token.endswith("들") and "가" <= token[0] <= "힣"
        else token
    )


_FINAL_SS = 20  # ㅆ as a final consonant's index (korean.final_of)
# (after any past or future stem: 했고, 됐으며, 들어왔고, 갔지만, 하겠고: ㅆ below)
_CONNECTIVE = rx.compile(
    r"(?<=[" + korean.with_final("ㅆ") + r"])(?:고|으며|며|지만|는데|으나|나)$"
)
# What a match of _CONNECTIVE ends the token with ($: before a last newline too): a token
# that ends otherwise is not asked, and a search's words load no pre-tests' table for it.
_CONNECTIVE_ENDS = ("고", "으며", "며", "지만", "는데", "으나", "나")


@functools.lru_cache(maxsize=1 << 16)
def _finite(token: str) -> str:
    """A verb joined to the next clause ends like a sentence: 태어났고 -> 태어났다 -> 태어나."""
    if (
        len(token) < 3
        or not token.removesuffix("\n").endswith(_CONNECTIVE_ENDS)
        or not _CONNECTIVE.search(token)
    ):
        return token
    return korean.strip_particle(_CONNECTIVE.sub("다", token))


def _term(token: str) -> str | None:
    """One token's term, or None for a stopword or a lone particle."""
    if len(token) >= 2 and token[-1] == "으" and korean.final_of(token[:-1]) == _FINAL_SS:
        token = token[:-1] + "고"  # 했으며, 받았으며: the 며 went as a particle; as 했고
    if token in STOPWORDS or token in _PARTICLE_WORDS or token.startswith("않"):
        return None  # (않았다, 않는다: the auxiliary of a negation, no word of its own)
    if "었었" in token or "했었" in token or "됐었" in token:
        token = token.replace("했었", "했").replace("됐었", "됐").replace("었었", "었")  # 했었다
    if len(token) > 2 and token[0] == "몇" and "가" <= token[1] <= "힣":
        token = token[1:]  # 몇년생, 몇살: what is asked about (년생, 살)
    return stem(_plural(_finite(token)))


class _WordTerms(dict[str, list[str]]):
    """A word (split at spaces, NFC and lower-case) -> its terms, kept across calls.

    A store indexes millions of words of a vocabulary of thousands, and a word's terms depend
    on it alone (korean.tokens splits at spaces first), so each is worked out once, the first
    time it is looked up (`__missing__`): the lookups of a text's words then run in C.
    """

    def __missing__(self, word: str) -> list[str]:
        if len(self) > 1 << 16:
            self.clear()
        found = self[word] = _word_terms(word)
        return found


_WORD_TERMS = _WordTerms()


# Within a body, as where something goes on (과기부 안에서는 … 검토하고 있다): the body
# says who; "inside" adds no word of what (not 안, a plan, nor 안 of a negation).
_WITHIN = frozenset(["안에서는", "안에서", "안에선", "내에서는", "내에선"])


def _word_terms(word: str) -> list[str]:
    if word in _WITHIN:
        return []
    terms = []
    for token in korean.word_tokens(word):
        term = _term(token)
        if term is not None:
            if term.endswith(_HEAD_OF) and len(term) >= 4:
                # 연구원장 is the head (원장) of a 연구원: both words, as "연구원 원장" writes them
                terms += [term[:-1], term[-2:]]
                continue
            terms.append(term)
    return terms


# A body's name with its head's title joined on: 연구원장, 연구소장.
_HEAD_OF = ("연구원장", "연구소장")


def analyze(text: str) -> list[str]:
    """Text -> search terms: NFC, lower-case, particles stripped, English stemmed, no stopwords.

    A particle or counter left alone (the "까지" of "2028년까지" once the date is cut out) is
    not a term.
    """
    if text.isascii():  # NFC already, no fullwidth form, no jamo: the words alone
        return list(chain.from_iterable(map(_WORD_TERMS.__getitem__, text.lower().split())))
    terms = list(
        chain.from_iterable(map(_WORD_TERMS.__getitem__, korean.nfc(text).lower().split()))
    )
    # 초성 words (ㅂㄱㅎ, or conjoining ᄇᄀᄒ) are not word tokens; keep them as terms of their own.
    if _JAMO.isdisjoint(text):
        return terms
    return terms + [korean.to_compat_jamo(w) for w in text.split() if korean.is_choseong_query(w)]


_SEP = "\x1e"  # between texts analyzed together: a starter no character composes with, and
# neither cased nor case-ignorable (lower() of the whole is then the texts' lower(), joined)
# Jamo (analyze's _JAMO) and what korean.nfc folds (fullwidth forms, the ideographic space):
# texts without any are lower-cased after NFC alone. Compiled on first use: a build's pattern.
_ODD_RX: list[re.Pattern[str]] = []


def analyze_all(texts: list[str]) -> list[list[str]]:
    """[analyze(text) for text in texts], with the string work done once over them all.

    For a cache build's hundreds of thousands of texts: NFC, lower() and the test for jamo and
    fullwidth forms run in C over the texts joined (the ASCII ones apart: they need neither
    NFC nor the test, and lower() of ASCII text is a table lookup), each distinct text is split
    once, and its words' terms are looked up in C. A text holding the separator, or any
    jamo, is analyzed on its own.
    """
    if not texts:
        return []
    distinct = list(dict.fromkeys(texts))
    plain = list(map(str.isascii, distinct))
    ascii_texts = list(compress(distinct, plain))
    other = list(compress(distinct, map(not_, plain)))
    found = dict(zip(ascii_texts, _analyze_joined(ascii_texts, ascii=True), strict=True))
    found.update(zip(other, _analyze_joined(other, ascii=False), strict=True))
    return list(map(found.__getitem__, texts))


def _analyze_joined(texts: list[str], *, ascii: bool) -> list[list[str]]:
    """analyze() of each of these distinct texts, all ASCII or none, joined for the C work."""
    if not texts:
        return []
    joined = _SEP.join(texts)
    if joined.count(_SEP) != len(texts) - 1:
        return [analyze(text) for text in texts]
    odd = False
    if ascii:
        lowered = joined.lower()
    else:
        if not _ODD_RX:
            _ODD_RX.append(re.compile("[\u1100-\u11ff\u3131-\u318e\uff01-\uff5e\u3000]"))
        odd = _ODD_RX[0].search(joined) is not None
        if odd:
            lowered = korean.nfc(joined).lower()
        else:  # (NFC makes neither jamo nor fullwidth forms: nothing for fold_width to do)
            lowered = unicodedata.normalize("NFC", joined).lower()
    parts = lowered.split(_SEP)
    if len(parts) != len(texts):  # (lower() or NFC made or took a separator: never seen)
        return [analyze(text) for text in texts]
    get = _WORD_TERMS.__getitem__
    found = [list(chain.from_iterable(map(get, part.split()))) for part in parts]
    if odd and not _JAMO.isdisjoint(joined):  # 초성 words: analyze adds them after the others
        found = [
            terms if _JAMO.isdisjoint(text) else analyze(text)
            for text, terms in zip(texts, found, strict=True)
        ]
    return found
