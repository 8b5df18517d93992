"""Hangul text handling: normalization, jamo, 초성, particle stripping and word tokens.

Plain Unicode arithmetic over the Hangul syllable block (U+AC00..U+D7A3): a syllable is
``0xAC00 + (lead * 21 + vowel) * 28 + tail``. Faster and more predictable than the jamo
libraries on PyPI, which pass NFD input through unchanged.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from factcli.text import patterns as rx

TYPE_CHECKING = False  # not `typing`: type checkers know this name
if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = [
    "CHOSEONG",
    "PARTICLES",
    "choseong",
    "disassemble",
    "fold_width",
    "is_choseong_query",
    "is_hangul_syllable",
    "nfc",
    "nfc_map",
    "strip_particle",
    "to_compat_jamo",
    "tokens",
]

_SBASE = 0xAC00
_SLAST = 0xD7A3
_VCOUNT = 21
_TCOUNT = 28
_NCOUNT = _VCOUNT * _TCOUNT  # 588 syllables share one lead consonant

#: The 19 leading consonants, as compatibility jamo, in Unicode syllable order.
CHOSEONG = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"


def with_final(final: str) -> str:
    """Every syllable with this final consonant (ㅆ: 했, 됐, 았, 랐; ㄴ: 한, 낸), for a
    character class of past stems or adnominal forms."""
    k = _JONGSEONG.index(final)
    return "".join(chr(_SBASE + _TCOUNT * n + k) for n in range(_VCOUNT * 19))


_JUNGSEONG = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
# Index 0 is "no tail".
_JONGSEONG = ("", *"ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ")

# Compound vowels and tails split the way toss/es-hangul's disassemble does; double
# consonants (ㄲ ㄸ ㅃ ㅆ ㅉ) are single letters of the alphabet and stay whole.
_SPLIT = {
    "ㅘ": "ㅗㅏ",
    "ㅙ": "ㅗㅐ",
    "ㅚ": "ㅗㅣ",
    "ㅝ": "ㅜㅓ",
    "ㅞ": "ㅜㅔ",
    "ㅟ": "ㅜㅣ",
    "ㅢ": "ㅡㅣ",
    "ㄳ": "ㄱㅅ",
    "ㄵ": "ㄴㅈ",
    "ㄶ": "ㄴㅎ",
    "ㄺ": "ㄹㄱ",
    "ㄻ": "ㄹㅁ",
    "ㄼ": "ㄹㅂ",
    "ㄽ": "ㄹㅅ",
    "ㄾ": "ㄹㅌ",
    "ㄿ": "ㄹㅍ",
    "ㅀ": "ㄹㅎ",
    "ㅄ": "ㅂㅅ",
}

# Conjoining jamo (what NFD and NFKC produce) -> compatibility jamo (what people type).
_CONJOINING = {
    **{chr(0x1100 + i): c for i, c in enumerate(CHOSEONG)},
    **{chr(0x1161 + i): c for i, c in enumerate(_JUNGSEONG)},
    **{chr(0x11A8 + i): c for i, c in enumerate(_JONGSEONG[1:])},
}
_CONJOINING_TABLE = str.maketrans(_CONJOINING)

_FULLWIDTH = rx.compile("[\uff01-\uff5e\u3000]")

#: Particles and endings strip_particle removes, longest first so 에서 wins over 서-less 에.
PARTICLES: tuple[str, ...] = tuple(
    sorted(
        {
            # case and topic particles
            *["은", "는", "이", "가", "을", "를", "의", "에", "도", "만", "와", "과", "로", "며"],
            *[
                "에서",
                "에게",
                "께서",
                "으로",
                "까지",
                "부터",
                "이다",
                "였다",
                "보다",
                "처럼",
                "하고",
                "이며",
                "로서",
                "이고",
                "이나",
            ],
            *[
                "이었다",
                "으로서",
                "으로는",
                "에서는",
                "에서의",
                "에서도",
                "에게는",
                # (대통령에게서, 대통령으로부터: from whom; 한테: to whom, spoken)
                "에게서",
                "으로부터",
                "로부터",
                "한테서",
                "한테",
                "까지는",
                "부터는",
                "에는",
                "에도",
                "밖에",  # 42일밖에: only 42 days
                # (이곳뿐이다, 하나뿐이었다: only; 연말쯤이면, 연말께: about; 재학이었다고:
                # the copula told on)
                "뿐",
                "뿐이다",
                "뿐이었다",
                "뿐인",
                "뿐이며",
                "쯤",
                "쯤이면",
                "쯤에",
                "께",
                "이면",
                "이라면",
                "이었다고",
                "였다고",
                "이었다며",
                "였다며",
            ],
            *[
                "와의",
                "과의",
                "으로의",
                "로의",
                "로는",
                "까지의",
                "이라는",
                "이란",
                "이라고",
                "라는",
                "이라며",
            ],
            # verb-ish glue that follows Sino-Korean nouns (취임했다, 선정된)
            *[
                "했다",
                "한다",
                "하는",
                "된",
                "되었다",
                "됐다",
                "했으며",
                "했고",
                "하며",
                "하여",
                "했던",
                "된다",
                "되는",
                "하기로",
                # (the passive joined to what follows: 검토되고 있다, 격상되며, 부과돼)
                "되고",
                "되며",
                "되면서",
                "되어",
                "돼",
                "됐고",
                "됐으며",
                "되기로",
                "하면서",
            ],
            # (and told as intended or reported: 주최하겠다고, 확보할, 해명했다며, 격상될)
            *[
                "할",
                "하겠다",
                "하겠다고",
                "하겠다는",
                "하겠다며",
                "했다고",
                "했다며",
                "한다고",
                "될",
                "되겠다",
                "됐다고",
                "된다고",
            ],
        },
        key=lambda p: (-len(p), p),
    )
)
# The particles by their last syllable, in PARTICLES' order: a word is tried against those
# that can end it only (a dozen endswith calls, not a hundred).
_PARTICLES_BY_LAST: dict[str, tuple[str, ...]] = {}
for _p in PARTICLES:
    _PARTICLES_BY_LAST[_p[-1]] = (*_PARTICLES_BY_LAST.get(_p[-1], ()), _p)
del _p

# Bodies named ...회 whose possessive ends like 회의 (a meeting): 위원회의, 협회의, 이사회의.
_BODY_OF = ("위원회의", "협회의", "학회의", "이사회의", "총회의", "연합회의", "협의회의", "의회의")

# Common nouns whose last syllable looks like a particle; a longer word ending in one is a
# compound (민주주의, 국무회의, 연구결과, 고속도로), not stem + particle.
_KEEP_ENDINGS = (
    *[
        "주의",
        "회의",
        "합의",
        "협의",
        "논의",
        "정의",
        "동의",
        "고양이",
        "어린이",
        "플레이",
        "결과",
        "효과",
        "성과",
    ],
    *[
        "도로",
        "경로",
        "회로",
        "제도",
        "속도",
        "정도",
        "밀도",
        "철도",
        # (연도, 한도, 의도: 출생연도 and 최대한도 are not 출생연 and 최대한 with 도 "also")
        "연도",
        "년도",
        "한도",
        "의도",
        "태도",
        "용도",
        "온도",
        "빈도",
        "신뢰도",
        "만족도",
        "인지도",
        "의존도",
        "선호도",
        "중요도",
        "기여도",
        "난이도",
        "완성도",
        "지지도",
        "전문가",
        "투자가",
        "기업가",
        "정치가",
        "예술가",
    ],
)

_TOKEN = rx.compile(
    r"[\uac00-\ud7a3]+"  # a Hangul run
    r"|[a-z0-9]+(?:\.[0-9]+)*(?:,[0-9]{3})*(?:\.[0-9]+)?"  # Latin/digit run, 3.5, 1,234
)
_GROUPED = rx.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")


def nfc(text: str) -> str:
    """Return text in NFC with fullwidth ASCII (３６, ＡＢＣ, ideographic space) made ASCII.

    NFKC is applied only to the fullwidth forms block: applied to the whole text it would turn
    compatibility jamo (ㅂㄱㅎ) into conjoining jamo and break 초성 queries.
    """
    return fold_width(unicodedata.normalize("NFC", text))


# What a writer does not see and a checker must not read: zero-width spaces and joiners, the
# soft hyphen, direction marks and overrides, the byte-order mark; terminal escapes; control
# characters but the tab and the line ends.
_UNSEEN = rx.compile(
    "\x1b\\[[0-9;?]*[ -/]*[@-~]"  # a terminal's escape sequence (colours, cursor)
    # (an operating-system command, a window's title: to its BEL or string terminator, whole)
    "|\x1b\\][^\x07\x1b]{0,512}(?:\x07|\x1b\\\\)?"
    "|\x1b[()*+][0-9A-Za-z]"  # (a character set chosen: ESC ( B)
    "|\x1b[@-Z\\\\-_]"  # (any other escape of one character)
    "|[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\u00ad\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u2069\ufeff]"
)
# Control characters that part words as a space does (a vertical tab, a form feed, the
# separators): read as one, so "was\vborn" stays two words.
_SPACING = rx.compile("[\x0b\x0c\x1c-\x1f\x85\u2028\u2029]")
# Combining marks after a Hangul syllable or letter (NFC composes none of them with it).
_MARK_ON_HANGUL = rx.compile(
    "(?<=[\uac00-\ud7a3\u3131-\u318e\u1100-\u11ff])"
    "[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+"
)


# Digits of other scripts (١٩٨٠, १९८०, ๑๙๘๐) are digits: Python's \d finds every decimal digit.
_OTHER_DIGIT = rx.compile(r"(?![0-9])\d")
# A run of superscript digits is a number written small (¹⁹⁸⁰); one alone stays (m²).
# (not one after a figure or a word: 13¹⁴개 is 13 with a footnote's mark, not 1314)
_SUPERSCRIPT_RUN = rx.compile(
    "(?<![0-9A-Za-z\uac00-\ud7a3])[\u2070\u00b9\u00b2\u00b3\u2074-\u2079]{2,}"
)
_SUPERSCRIPT = str.maketrans(
    "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079", "0123456789"
)
# A decimal point of another form between digits (3\u20245, 3\u066b5): a point.
_OTHER_POINT = rx.compile("(?<=[0-9])[\u2024\u066b](?=[0-9])")
# A Latin word with Cyrillic or Greek letters that look like Latin ones (Наrvard, Вusan):
# read as the Latin word it shows. A word of Cyrillic or Greek alone is left as it is. (Runs
# of letters are found once each: a lookahead at every letter was quadratic.)
_LOOKALIKE_SCRIPT = rx.compile("[\u0370-\u03ff\u0400-\u052f]")
_LETTER_RUN = rx.compile("[A-Za-z\u0370-\u03ff\u0400-\u052f]+")
_LOOK_ALIKE = str.maketrans(
    "АВЕКМНОРСТХУҮІЈЅаеорсухіјѕһԁԛԝӏΑΒΕΖΗΙΚΜΝΟΡΤΥΧοικνρ",
    "ABEKMHOPCTXYYIJSaeopcyxijshdqwlABEZHIKMNOPTYXoikvp",
)
# An HTML character reference, with its semicolon (&shy;, &#49;, &#x31;): Markdown shows the
# character, so the checker reads it.
_CHAR_REFERENCE = rx.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def _shown_as(text: str) -> str:
    """Characters a reader sees as ASCII digits, points or Latin letters, made them."""
    if _OTHER_DIGIT.search(text):
        text = _OTHER_DIGIT.sub(lambda m: str(unicodedata.decimal(m.group(), 0)), text)
    if _SUPERSCRIPT_RUN.search(text):
        text = _SUPERSCRIPT_RUN.sub(lambda m: m.group().translate(_SUPERSCRIPT), text)
    if _NUMERAL_SIGN.search(text):
        text = _NUMERAL_SIGN.sub(_numeral_value, text)
    if _OTHER_POINT.search(text):
        text = _OTHER_POINT.sub(".", text)
    if _LOOKALIKE_SCRIPT.search(text):
        text = _LETTER_RUN.sub(_latin_if_mixed, text)
    return text


# A circled number or a run of Roman numeral signs before a unit (7월 ⑱일, ⅩⅧ일): the number
# a reader sees. Elsewhere (① as a list's mark) it is left as written.
_NUMERAL_SIGN = rx.compile(
    "(?:[\u2460-\u2473\u24ea-\u24ff\u2776-\u2793\u3251-\u325f\u32b1-\u32bf]"
    "|(?<![\u2160-\u2182\u2185-\u2188])[\u2160-\u2182\u2185-\u2188]++)"
    # (a unit that ends its word, or takes a particle: 18일에; not 세계, 일반, 원장, 장관)
    "(?=\\s?(?:(?:년|월|일|세|살|위|번째|개|명|장|원|호기)(?:[^가-힣]|$|에|의|은|는|이|가|을|를|도"
    "|부터|까지|째|쯤|께|경|말|초|만에|였|로|인|다|라)|(?:억|만|천)))"
)


def _numeral_value(match: re.Match[str]) -> str:
    signs = [int(unicodedata.numeric(c, 0)) for c in match.group()]
    total = 0
    for i, value in enumerate(signs):
        # (ⅩⅨ: a smaller sign before a larger one is taken from it)
        total += -value if i + 1 < len(signs) and value < signs[i + 1] else value
    return str(total)


def _latin_if_mixed(match: re.Match[str]) -> str:
    word = match.group()
    if word.isascii() or not any("a" <= c.lower() <= "z" for c in word):
        return word  # (Latin alone, or Cyrillic or Greek alone: as written)
    return word.translate(_LOOK_ALIKE)


def _referenced(match: re.Match[str]) -> str:
    import html

    return html.unescape(match.group())


# A right-to-left override (U+202E) shows what follows it, to its pop (U+202C) or the line's
# end, in reverse: "\u202e6791\u202c" is seen as 1976. The checker reads what is seen.
_OVERRIDDEN = rx.compile("\u202e([^\u202a-\u202e\u2066-\u2069\n]*)(?:\u202c|\u2069)?")


def _as_shown(match: re.Match[str]) -> str:
    return match.group(1)[::-1]


def clean(text: str) -> str:
    """Return what a user typed or pasted as the checker reads it: nfc() of it, without what
    no reader sees (_UNSEEN: a zero-width space inside 부산 hid the wrong place), with what a
    right-to-left override reverses put in the order it is seen, and Latin
    letters without their accents (Busán is Busan). Line ends stay, so lines keep their
    numbers; Hangul is composed, never decomposed."""
    if _SPACING.search(text):
        text = _SPACING.sub(" ", text)
    if "&" in text and _CHAR_REFERENCE.search(text):
        text = _CHAR_REFERENCE.sub(_referenced, text)
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
        if "\u202e" in text:
            text = _OVERRIDDEN.sub(_as_shown, text)
        text = _shown_as(_UNSEEN.sub("", text))
        if _MARK_ON_HANGUL.search(text):
            text = _MARK_ON_HANGUL.sub("", text)  # (부́산: a mark no syllable takes, hiding 부산)
        if any("\u00c0" <= c <= "\u024f" for c in text):
            text = "".join(_plain_latin(c) for c in text)
    elif _UNSEEN.search(text):
        text = _UNSEEN.sub("", text)
    return fold_width(text)


def _plain_latin(char: str) -> str:
    if not "\u00c0" <= char <= "\u024f":
        return char
    base = unicodedata.normalize("NFD", char)[0]
    return base if base.isascii() else char


def fold_width(text: str) -> str:
    """Return text with only fullwidth ASCII made ASCII; the length never changes.

    For finders whose spans must index the caller's string even when it is not NFC.
    """
    return _FULLWIDTH.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)


def _joins_previous(char: str) -> bool:
    # Combining marks and conjoining vowels/tails compose with what comes before them.
    code = ord(char)
    return bool(unicodedata.combining(char)) or 0x1160 <= code <= 0x11FF or 0xD7B0 <= code <= 0xD7FF


def nfc_map(text: str) -> tuple[str, list[int]]:
    """Return nfc(text) and, for each of its indexes (and its length), the index in text.

    For finders that match on normalized text but must report spans into the caller's
    string: ``orig[start:end]`` is ``text[index[start]:index[end]]``.
    """
    if unicodedata.is_normalized("NFC", text):
        return fold_width(text), list(range(len(text) + 1))
    out: list[str] = []
    index: list[int] = []
    start = 0
    for pos in range(1, len(text) + 1):
        if pos < len(text) and _joins_previous(text[pos]):
            continue
        cluster = nfc(text[start:pos])
        out.append(cluster)
        index.extend([start] * len(cluster))
        start = pos
    index.append(len(text))
    return "".join(out), index


# Hangul tests by comparison, and one class of syllables compiled for all the runs below:
# CPython's compiler marks each of a class's 11,172 syllables one by one (~0.5 ms a
# pattern at every start-up), and a check used a dozen such small patterns.
# The ways a Korean name's vowels are written in Latin letters (Revised Romanization and the
# older spellings people keep): Jeong and Jung, Hyeon and Hyun, Kyeong and Kyung, Seok and Suk.
_ROMAN_VOWELS = (("yeo", "yu"), ("eo", "u"), ("eu", "u"), ("oo", "u"), ("ae", "e"), ("ee", "i"))


def romanised_key(name: str) -> str:
    """One spelling of a romanised Korean name, whatever system wrote it (hyphens, spaces and
    case aside): `Jeong Hyeon-seok` and `Jung Hyun-suk` give the same key."""
    key = re.sub(r"[\s\-'’]", "", name.lower())
    for written, said in _ROMAN_VOWELS:
        key = key.replace(written, said)
    return key


def has_hangul(text: str) -> bool:
    """Whether text holds a Hangul syllable (what re.search("[가-힣]", text) tells)."""
    return not text.isascii() and any("가" <= char <= "힣" for char in text)


def is_hangul(text: str, least: int = 1) -> bool:
    """Whether text is `least` or more Hangul syllables (re.fullmatch("[가-힣]{least,}"))."""
    return len(text) >= least and all("가" <= char <= "힣" for char in text)


def hangul_runs(text: str, least: int = 1) -> Iterator[re.Match[str]]:
    """The runs of `least` or more Hangul syllables (re.finditer("[가-힣]{least,}", text)):
    the Hangul tokens of _TOKEN, whose other tokens hold no syllable."""
    if text.isascii():
        return iter(())
    return (
        m
        for m in _TOKEN.finditer(text)
        if m.end() - m.start() >= least and "가" <= text[m.start()] <= "힣"
    )


def hangul_run(text: str, start: int) -> str:
    """The Hangul syllables from text[start] on (what [가-힣]* matches there)."""
    end = start
    while end < len(text) and "가" <= text[end] <= "힣":
        end += 1
    return text[start:end]


def last_word(
    text: str, endings: tuple[str, ...], *, bare: bool = False, marks: str = ""
) -> tuple[int, str] | None:
    r"""(start, stem) of the word that ends text: two or more syllables before one of the
    endings (or, with `bare`, none), then one of `marks` or none, then spaces. What
    re.search(r"([가-힣]{2,}?)(?:ENDINGS)[MARKS]?\s*$", text) finds (`?` after the endings
    with `bare`), as (m.start(), m.group(1)); the shortest stem, as its lazy repeat takes."""
    end = len(text.rstrip())
    if marks and end and text[end - 1] in marks:
        end -= 1
    start = end
    while start and "가" <= text[start - 1] <= "힣":
        start -= 1
    word = text[start:end]
    for k in range(2, len(word)):
        if word[k:] in endings:
            return start, word[:k]
    return (start, word) if bare and len(word) >= 2 else None


def hangul_words(text: str, least: int = 1) -> list[str]:
    """re.findall("[가-힣]{least,}", text)."""
    return [m.group() for m in hangul_runs(text, least)]


def is_hangul_syllable(char: str) -> bool:
    """Return True for one precomposed Hangul syllable (가..힣)."""
    return len(char) == 1 and _SBASE <= ord(char) <= _SLAST


def to_compat_jamo(text: str) -> str:
    """Replace conjoining jamo (U+1100 block, e.g. "ᄇᄀᄒ") by compatibility jamo ("ㅂㄱㅎ").

    Syllables and other characters are left alone; nothing is composed.
    """
    return text.translate(_CONJOINING_TABLE)


def choseong(text: str) -> str:
    """Return the leading consonant of each Hangul syllable; other characters pass through.

    Input is NFC-normalized first, so NFD text and conjoining jamo give the same answer
    as precomposed text: ``choseong("배경훈 AI") == "ㅂㄱㅎ AI"``.
    """
    out: list[str] = []
    for char in to_compat_jamo(nfc(text)):
        code = ord(char) - _SBASE
        out.append(CHOSEONG[code // _NCOUNT] if 0 <= code <= _SLAST - _SBASE else char)
    return "".join(out)


def disassemble(text: str) -> str:
    """Decompose Hangul into compatibility jamo, splitting compound vowels and tails.

    ``disassemble("닭값") == "ㄷㅏㄹㄱㄱㅏㅂㅅ"``; non-Hangul characters pass through.
    """
    out: list[str] = []
    for char in to_compat_jamo(nfc(text)):
        code = ord(char) - _SBASE
        if 0 <= code <= _SLAST - _SBASE:
            lead, rest = divmod(code, _NCOUNT)
            vowel, tail = divmod(rest, _TCOUNT)
            parts = (CHOSEONG[lead], _JUNGSEONG[vowel], _JONGSEONG[tail])
            out.extend(_SPLIT.get(p, p) for p in parts)
        else:
            out.append(_SPLIT.get(char, char))
    return "".join(out)


def is_choseong_query(text: str) -> bool:
    """Return True when text is only 초성 consonants (ㄱ..ㅎ, ㄲ ㄸ ㅃ ㅆ ㅉ), spaces ignored.

    Conjoining jamo count too ("ᄇᄀᄒ"); an empty or all-space text is not a query.
    """
    letters = "".join(to_compat_jamo(nfc(text)).split())
    return bool(letters) and all(c in CHOSEONG for c in letters)


def _syllables(text: str) -> int:
    # Digits count as a syllable each so that "2030년까지" keeps a long enough stem.
    return sum(1 for c in text if is_hangul_syllable(c) or c.isalnum())


# A title ending in a vowel with the copula's short form (상무다, 원장였다): the title.
_TITLE_COPULA = rx.compile(
    r"((?:상무|전무|원장|장관|차관|위원장|수석|대표|단장|센터장|본부장|부문장|교수|연구위원|위원|"
    r"이사|사장|회장|총장|실장|부사장|비서실장))(?:다|였다|였고|였으며|였던)"
)


@functools.lru_cache(maxsize=1 << 16)
def strip_particle(word: str, *, min_stem: int = 2) -> str:
    """Remove one trailing particle or verb ending from a word: 배경훈은 -> 배경훈.

    A heuristic, not morphology. The longest matching ending is tried first; it is removed
    only when the stem keeps at least ``min_stem`` syllables (digits count), so 서울, 이사,
    부모 and 의원 stay whole. A one-syllable particle (이 가 도 의 ...) is removed only from
    a word of three or more syllables, and a few compounds ending in a particle-like syllable
    (민주주의, 국무회의) are kept. Nouns of three syllables ending in 이/가/도/의 that are not
    on that list will lose their last syllable: callers that need exact words should search
    both forms.
    """
    if not word or not is_hangul_syllable(word[-1]):
        return word
    if word.endswith(_KEEP_ENDINGS):
        if word.endswith(_BODY_OF) and len(word) >= 4:
            return word[:-1]  # (금융위원회의 규제: the body's, not a 회의 meeting)
        return word
    copula = _TITLE_COPULA.fullmatch(word)
    if copula is not None:
        return copula.group(1)  # (상무다, 장관였다: the title, told of its holder)
    for particle in _PARTICLES_BY_LAST.get(word[-1], ()):
        if word.endswith(particle) and len(word) > len(particle):
            stem = word[: -len(particle)]
            if stem.endswith("으") and particle.startswith("로"):
                continue  # (것으로: 으로 is the particle; 것으 is no stem)
            if _syllables(stem) >= min_stem:
                return stem
    return word


def tokens(text: str) -> list[str]:
    """Split text into lower-case word tokens with particles stripped from Hangul words.

    Hangul runs and Latin/digit runs are separate tokens ("LG엑사원" -> ["lg", "엑사원"],
    "H200" -> ["h200"]); decimals stay whole ("3.5") and grouping commas are dropped
    ("1,234" -> "1234"). A Hangul run right after digits is a unit or counter (2030년까지,
    5만장), so it may be stripped down to one syllable: "2030년까지" -> ["2030", "년"];
    a bare particle there is dropped ("4.0은" -> ["4.0"]).
    """
    # Words (split at spaces, which no token spans or joins across) repeat across a store:
    # each one's tokens are worked out once.
    out: list[str] = []
    for word in nfc(text).lower().split():
        found = _WORD_TOKENS.get(word)
        if found is None:
            if len(_WORD_TOKENS) > 1 << 16:
                _WORD_TOKENS.clear()
            found = _WORD_TOKENS[word] = word_tokens(word)
        out += found
    return out


_WORD_TOKENS: dict[str, list[str]] = {}


def word_tokens(word: str) -> list[str]:
    """tokens() of one word (no space in it), lower-case and NFC already."""
    out: list[str] = []
    prev_end = -1
    prev_digit = False
    for match in _TOKEN.finditer(word):
        token = match.group()
        if "\uac00" <= token[0] <= "\ud7a3":  # a Hangul run (is_hangul_syllable, inline)
            after_digits = prev_digit and match.start() == prev_end
            prev_digit = False
            prev_end = match.end()
            if after_digits and token in PARTICLES:
                continue  # "4.0은": the particle belongs to the number, not a word
            token = strip_particle(token, min_stem=1 if after_digits else 2)
        else:
            if "," in token and _GROUPED.fullmatch(token):
                token = token.replace(",", "")
            prev_digit = token[-1].isdigit()
        prev_end = match.end()
        out.append(token)
    return out


# --- verb stems ----------------------------------------------------------------------------

_BASE = 0xAC00
# A stem's last vowel fused with the ending's 어/아 (모셔: 모시+어, 맞춰: 맞추+어, 이뤄: 이루+어,
# 해: 하+여, 돼: 되+어): the jungseong index of the fused vowel -> the stem's own.
_FUSED = {6: 20, 14: 13, 10: 11, 9: 8, 1: 0, 7: 18, 11: 11}
# (ㅕ 6 -> ㅣ 20, ㅝ 14 -> ㅜ 13, ㅙ 10 -> ㅚ 11, ㅘ 9 -> ㅗ 8, ㅐ 1 -> ㅏ 0 (해 -> 하),
# ㅖ 7 -> ㅢ 18 is rare; ㅚ stays)
# Syllables an ending starts with after a stem (받은, 받았다, 받는, 받고, 받던, 받기, 받지).
_ENDING_STARTS = frozenset("은는을았었였아어고며던겠기지게다면")
_FINAL_N, _FINAL_L, _FINAL_SS = 4, 8, 20  # ㄴ, ㄹ, ㅆ as jongseong indices


def _parts(syllable: str) -> tuple[int, int, int] | None:
    code = ord(syllable) - _BASE
    if not 0 <= code < 11172:
        return None
    return code // 588, (code % 588) // 28, code % 28


def final_of(word: str) -> int | None:
    """The final consonant of a word's last syllable (0: none, 8: ㄹ), None if it is no
    Hangul syllable: which particle follows it (을/를, 으로/로)."""
    parts = _parts(word[-1]) if word else None
    return None if parts is None else parts[2]


def _join(lead: int, vowel: int, final: int) -> str:
    return chr(_BASE + lead * 588 + vowel * 28 + final)


_VOWEL_I = 20  # ㅣ, the last of the 21 medial vowels


@functools.lru_cache(maxsize=1 << 14)
def verb_stems(word: str) -> frozenset[str]:
    """The stems a Korean verb form may have (옮긴, 옮겼다 -> 옮기; 모셔, 모신 -> 모시; 만든 ->
    만들; 맞춰 -> 맞추; 잡은 -> 잡): a rule-based guess for matching two forms of one verb,
    not a morphological analysis. Empty for a word that reads as no verb form."""
    out: set[str] = set()
    for i in range(1, len(word)):
        stem, rest = word[:i], word[i:]
        last = _parts(stem[-1])
        if last is None or not is_hangul(rest) or rest[0] not in _ENDING_STARTS:
            continue
        lead, vowel, final = last
        out.add(stem)  # 잡은, 밟던, 받았다
        if final in (_FINAL_N, _FINAL_L, _FINAL_SS):
            # an ending fused into the stem's last syllable: 옮긴 (옮기+ㄴ), 할 (하+ㄹ),
            # 했 (하+였), 모신; and the ㄹ a stem drops before ㄴ (만든: 만들)
            bare = stem[:-1] + _join(lead, vowel, 0)
            out.add(bare)
            if final == _FINAL_N:
                out.add(stem[:-1] + _join(lead, vowel, _FINAL_L))
        if vowel in _FUSED and final in (0, _FINAL_SS):
            out.add(stem[:-1] + _join(lead, _FUSED[vowel], 0))  # 모셔, 옮겼, 맞춰
    if len(word) >= 2 and word[-1] not in _ENDING_STARTS:
        last = _parts(word[-1])
        if last is not None and last[1] in _FUSED and last[2] == 0:
            out.add(word[:-1] + _join(last[0], _FUSED[last[1]], 0))  # 모셔 (alone)
        if last is not None and last[2] == _FINAL_N:
            out.add(word[:-1] + _join(last[0], last[1], 0))  # 옮긴 (alone)
            out.add(word[:-1] + _join(last[0], last[1], _FINAL_L))  # 만든 (alone)
        if last is not None and last[2] == _FINAL_L and last[1] == _VOWEL_I:
            # (a stem in 이, 기, 리, 히 before the ㄹ of what is to come: 높일, 옮길)
            out.add(word[:-1] + _join(last[0], last[1], 0))
    return frozenset(s for s in out if s and is_hangul(s))
