"""factcli.text.patterns: lazily compiled patterns, and the pre-tests that skip them.

A pattern's pre-test (words, english, latin), read from its source, claims that every match
holds one of those words, one of the English words in any case (or a Latin letter). That claim is proved here from CPython's parse of every
pattern of the package, so a rule the reading gets wrong fails here, not in a verdict.
"""

from __future__ import annotations

import gc
import importlib
import pkgutil
import re
from re import _constants as sre  # the parsed form is CPython's; only this test reads it
from re import _parser

import pytest

import factcli
from factcli.text import patterns
from factcli.text.patterns import Pattern

_LATIN = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ\u0130\u0131\u017f\u212a")
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


def _latin_class(items: list[tuple[object, object]]) -> bool:
    """A character class all of whose characters are Latin letters (under any case rule)."""
    for op, av in items:
        if op is sre.LITERAL:
            if chr(av) not in _LATIN:  # type: ignore[arg-type]
                return False
        elif op is sre.RANGE:
            low, high = av  # type: ignore[misc]
            if not all(chr(c) in _LATIN for c in range(low, high + 1)):
                return False
        else:  # NEGATE, CATEGORY, ...
            return False
    return True


_FEW = 256  # strings a run of literals may spell, at most, to be followed


def _strings(op: object, av: object) -> set[str] | None:
    """The strings an item made only of literals can match (a literal, a class of literals,
    alternatives or a group of such, as CPython's parser factors (?:방안|방법) into 방[안법])."""
    if op is sre.LITERAL:
        return {chr(av)}  # type: ignore[arg-type]
    if op is sre.IN:
        if all(o is sre.LITERAL for o, _a in av):  # type: ignore[attr-defined]
            return {chr(a) for _o, a in av}  # type: ignore[attr-defined]
        return None
    if op is sre.BRANCH:
        out: set[str] = set()
        for alternative in av[1]:  # type: ignore[index]
            got = _sequence_strings(alternative)
            if got is None:
                return None
            out |= got
        return out if len(out) <= _FEW else None
    if op is sre.SUBPATTERN:
        return _sequence_strings(av[-1])  # type: ignore[index]
    return None


def _sequence_strings(items: list[tuple[object, object]]) -> set[str] | None:
    out = {""}
    for op, av in items:
        got = _strings(op, av)
        if got is None:
            return None
        out = {a + b for a in out for b in got}
        if len(out) > _FEW:
            return None
    return out


def _holds(
    items: list[tuple[object, object]],
    needs: tuple[str, ...],
    english: tuple[str, ...],
    latin: bool,
    before: set[str] | None = None,
) -> bool:
    """Whether every match of this sequence holds one of `needs`, one of `english` in lower
    case (what a match's letters are, in some case) or (with `latin`) a Latin letter. False
    when not proved (a zero-width assertion holds nothing of the match). `before`: what the
    literals right before the sequence may spell (CPython factors \\bsold|\\bsells into
    \\bs(?:old|ells): a word read on into each alternative)."""
    spelled = set(before or {""})  # what the literals read since the last other item may spell

    def spelled_holds() -> bool:
        held = spelled != {""} and all(
            any(n in s for n in needs)
            or any(e in s.lower() for e in english)
            or (latin and not _LATIN.isdisjoint(s))
            for s in spelled
        )
        spelled.clear()
        spelled.add("")
        return held

    for op, av in items:
        if latin and op is sre.LITERAL and chr(av) in _LATIN:  # type: ignore[arg-type]
            return True
        if latin and op is sre.IN and _latin_class(av):  # type: ignore[arg-type]
            return True
        got = _strings(op, av)
        if got is not None:
            grown = {a + b for a in spelled for b in got}
            if len(grown) <= _FEW:
                spelled.clear()
                spelled.update(grown)
                continue
        if got is None and op in (sre.SUBPATTERN, sre.BRANCH) and spelled != {""}:
            # Read on into a group or each alternative: its literals follow these.
            inner = [av[-1]] if op is sre.SUBPATTERN else av[1]  # type: ignore[index]
            if all(_holds(alt, needs, english, latin, spelled) for alt in inner):
                return True
        if spelled_holds():
            return True
        if got is not None:
            spelled.clear()
            spelled.update(got)
            continue
        if op is sre.SUBPATTERN:
            if _holds(av[-1], needs, english, latin):  # type: ignore[index]
                return True
        elif op is sre.ATOMIC_GROUP:
            if _holds(av, needs, english, latin):  # type: ignore[arg-type]
                return True
        elif op is sre.BRANCH:
            if all(_holds(alt, needs, english, latin) for alt in av[1]):  # type: ignore[index]
                return True
        elif op in _REPEATS:
            low, _high, body = av  # type: ignore[misc]
            if low >= 1 and _holds(body, needs, english, latin):
                return True
    return spelled_holds()


def proved(pattern: Pattern) -> bool:
    """Every match of the pattern holds what its pre-test looks for."""
    needs, english, latin = pattern.pretest
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    return _holds(list(parsed), tuple(needs), tuple(english), latin)


def _all_patterns() -> list[Pattern]:
    for info in pkgutil.walk_packages(factcli.__path__, "factcli."):
        if not info.name.endswith(("__main__", "console")):  # these run the command line
            importlib.import_module(info.name)
    return [p for p in gc.get_objects() if isinstance(p, Pattern)]


def test_every_pre_test_is_proved() -> None:
    checked = [p for p in _all_patterns() if any(p.pretest)]
    assert len(checked) >= 40  # most of the package's patterns have one
    unproved = [p.pattern for p in checked if not proved(p)]
    assert not unproved, "pre-test not held by every match of:\n" + "\n".join(unproved)


def test_words_are_caseless() -> None:
    # A word is looked for as written: under IGNORECASE a cased one could match otherwise.
    # An English word is looked for in the text made lower case: it is lower-case ASCII.
    for p in _all_patterns():
        words, english, latin = p.pretest
        for word in words:
            assert word and word.lower() == word.upper() == word, (p.pattern, word)
        for word in english:
            assert word and word.isascii() and word.lower() == word, (p.pattern, word)
        assert not (latin and english), p.pattern  # any Latin letter says more


def test_only_four_letters_lower_into_ascii_letters() -> None:
    # possible() lowers a text to find an English word; a character other than an ASCII
    # letter whose lower case holds one (and matches one under IGNORECASE) is among the
    # four it answers True for at once.
    odd = {
        chr(c)
        for c in range(128, 0x110000)
        if not _LATIN.isdisjoint(chr(c).lower()) or re.fullmatch("(?i:[a-z])", chr(c))
    }
    assert odd == patterns._ODD_LATIN


def test_latin_is_what_ascii_letters_match() -> None:
    letters = re.compile("(?i:[a-z])")
    found = {chr(c) for c in range(0x110000) if letters.fullmatch(chr(c))}
    assert found == set(re.sub("[^A-Za-z]", "", "".join(map(chr, range(128))))) | set(
        "\u0130\u0131\u017f\u212a"
    )
    assert found == {chr(c) for c in range(0x110000) if re.fullmatch(f"[{patterns.LATIN}]", chr(c))}


@pytest.mark.parametrize(
    ("source", "words", "english", "latin"),
    [
        ("(?<![가-힣])(?:상무|전무)(?![가-힣])", {"상무", "전무"}, set(), False),
        ("태어|출생|(?i:\\bborn\\b)", {"태어", "출생"}, {"born"}, False),
        ("취임(?:했|한)", {"취임"}, set(), False),
        ("아직(?:도)?\\s|여전히", {"아직", "여전히"}, set(), False),
        ("지금도?", {"지금"}, set(), False),
        ("(?i)(상무|전무)+", {"상무", "전무"}, set(), False),
        # Not only at the start: the rarest item every match holds.
        ("([가-힣]{2,6})(?:대학교|대학(?!원)|대)", {"대학교", "대학", "대"}, set(), False),
        ("\\s*(?:원|달러)?\\s*에\\s*(?:매입|매각)", {"매입", "매각"}, set(), False),
        ("[가-힣]다$", {"다"}, set(), False),
        ("[았었였]", {"았", "었", "였"}, set(), False),
        ("([a-z]{3,})\\s+of\\s+$", set(), {"of"}, False),
        ("(\\*\\*|__|~~)(.+?)", {"**", "__", "~~"}, set(), False),
        ("LG\\s?유플러스|KT", {"유플러스"}, {"kt"}, False),
        ("제[ \\t]?(\\d+)호|\\b(\\d+)(?:st|nd)\\b", {"제"}, {"st", "nd"}, False),
        ("(?:(?<=\\bleast )|(?<=\\bmost ))an?(?= year)", set(), {"a"}, False),
        ("상무|[이부]사", {"상무", "사"}, set(), False),  # 이 is in most sentences: 사 rarer
        ("상무|[기부]사", {"상무", "기", "부"}, set(), False),  # the first of equals
        ("(?:상무)?부장?", {"부"}, set(), False),  # an optional group, an optional last syllable
        ("(?:하는|할)\\s*(?:방안|방법)", {"방안", "방법"}, set(), False),  # parsed as 방[안법]
        ("으로(?:부터|서)", {"으로"}, set(), False),
        ("(?i:EXAONE|Exa)\\s?\\d", set(), {"exaone", "exa"}, False),
        ("[a-z]+ed\\b|엑사원", {"엑사원"}, {"ed"}, False),
        ("[a-z]+|엑사원", {"엑사원"}, set(), True),  # a class of letters: any letter
        ("(?i:[a-z]{3})|is", set(), set(), True),
    ],
)
def test_what_a_source_tells(source: str, words: set[str], english: set[str], latin: bool) -> None:
    p = patterns.compile(source)
    assert p.pretest == (frozenset(words), frozenset(english), latin)
    assert proved(p)


@pytest.mark.parametrize(
    "source",
    [
        "\\d+|억",
        "상무|",  # an empty alternative
        "[가-힣]+",  # a class of thousands of syllables
        "[^가]|상무",  # a negated class
        "(\\*\\*|__)(.+?)\\1",  # a back reference
        "(?x) 상무",  # verbose: spaces are not literals
        "\\uac00|상무",  # an escape of more characters
        "(?#c)상무",
        "상{무",
        "é|상무",  # a cased letter that is not Latin
    ],
)
def test_no_pre_test_when_the_source_does_not_tell(source: str) -> None:
    assert patterns.compile(source).pretest == (frozenset(), frozenset(), False)


def test_the_proof_rejects_what_it_should() -> None:
    def claims(
        source: str, words: tuple[str, ...], english: tuple[str, ...] = (), latin: bool = False
    ) -> bool:
        return _holds(list(_parser.parse(source)), words, english, latin)

    assert claims("(?<![가-힣])(?:상무|전무)", ("상무", "전무"))
    assert not claims("상무|이사", ("상무",))
    assert not claims("(?:상무)?부장", ("상무",))
    assert not claims("(?=상무)\\w+", ("상무",))
    assert not claims("(?i:born)|[a-z0-9]", (), latin=True)
    assert not claims("(?i:born)|태어", (), latin=True)
    assert claims("(?i:born)|BORE", (), ("born", "bore"))
    assert not claims("(?i:born)|bore", (), ("born",))
    assert claims("(?i:bo)rn", (), ("born",))
    assert not claims("\\bborn\\b|\\w+", (), ("born",))


@pytest.mark.parametrize(
    "text",
    [
        "배경훈은 2023년 상무로 승진했다.",
        "He was born in Seoul.",
        "ſtated",
        "",
        "전무",
        "STATED",
        "Bor",
    ],
)
def test_a_skipped_pattern_answers_as_the_compiled_one(text: str) -> None:
    source = "(?<![가-힣])(상무|전무)(?![가-힣])|(?i:\\bborn\\b|stated)"
    lazy = patterns.compile(source)
    assert lazy.pretest == ({"상무", "전무"}, {"born", "stated"}, False)
    real = re.compile(source)
    assert bool(lazy.search(text)) == bool(real.search(text))
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in real.finditer(text)]
    assert lazy.sub("X", text) == real.sub("X", text)
    assert lazy.subn("X", text) == real.subn("X", text)
    assert lazy.split(text) == real.split(text)
    assert lazy.findall(text) == real.findall(text)
    assert bool(lazy.match(text)) == bool(real.match(text))
    assert bool(lazy.fullmatch(text)) == bool(real.fullmatch(text))


def test_english_words_are_found_in_any_case() -> None:
    lazy = patterns.compile("(?i:\\bborn\\b)|EXAONE")
    assert lazy.pretest == (frozenset(), {"born", "exaone"}, False)
    for text in ["He was BORN.", "Born in", "exaone", "He was bor n", "ſtated", "", "Exaone"]:
        real = re.compile(lazy.pattern)
        assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in real.finditer(text)]
    assert not lazy.possible("He was bor n in Seoul")
    assert lazy.possible("BORN")
    assert lazy.possible("bor\u212an")  # a Kelvin sign: answered True without looking
    assert not lazy.possible("xx born", 0, 5)  # the word outside the window
    assert lazy.possible("xx born", 2, 7)


@pytest.mark.parametrize(
    "text", ["", "배경훈", "배경훈 AI", "x", "1976년", "\u212a", "ſ", "İ", "ı", "é", "Ａ", "가z나"]
)
def test_latin_pre_test_is_what_the_class_finds(text: str) -> None:
    lazy = patterns.compile("[a-z]+x|엑사원")
    assert lazy.pretest == ({"엑사원"}, frozenset(), True)
    latin = re.compile(f"[{patterns.LATIN}]")
    for pos, endpos in [(0, len(text)), (1, len(text)), (0, 1), (2, 2**62)]:
        assert lazy.possible(text, pos, endpos) == bool(latin.search(text, pos, endpos))


def test_once_compiled_a_short_text_is_matched_at_once_a_long_one_still_pre_tested() -> None:
    asked: list[int] = []

    class Counted(Pattern):
        __slots__ = ()

        def possible(self, text: str, pos: int = 0, endpos: int = 2**62) -> bool:
            asked.append(len(text))
            return super().possible(text, pos, endpos)

    lazy = Counted("(?<![가-힣])상무")
    assert lazy.search("상무") is not None
    assert asked == [2]
    assert lazy.search("장관") is None
    assert asked == [2]  # compiled: the pattern answers
    long = "장관 " * 1000
    assert lazy.search(long) is None
    assert lazy.search(long + "상무").span() == (3000, 3002)
    assert asked == [2, len(long), len(long) + 2]


def test_compiled_only_when_needed() -> None:
    lazy = patterns.compile("(?<![가-힣])상무")
    assert lazy.search("2025년 장관") is None
    assert lazy._compiled is None  # skipped: nothing compiled
    assert lazy.search("상무로") is not None
    assert lazy._compiled is not None


def _texts() -> list[str]:
    from factcli.store.loader import load_store

    store = load_store()
    texts = [t for f in store.facts for t in (f.statement, f.statement_en, f.note) if t]
    texts += [s.quote for f in store.facts for s in f.sources]
    return [*texts, "", "ſaid he", "KT와 LG", "2천여억 원", "1976년 5월 서울에서 태어났다."]


def test_every_pattern_answers_as_compiled_on_the_store_texts() -> None:
    """Each pattern of the package, pre-tested, finds what it finds compiled: on every text of
    the bundled store, whole and in windows (a lookbehind may read before `pos`)."""
    texts = _texts()[::6]  # a sixth of them: ~15 s of CPU for all
    for p in _all_patterns():
        real = re.compile(p.pattern, p.flags)
        for k, text in enumerate(texts):
            n = len(text)
            windows = [(0, n), (3, n - 2), (n // 2, n)]
            if k < 10:  # out-of-range windows, as re reads them
                windows += [(-5, 2**62), (5, 2), (n + 3, -1)]
            for pos, endpos in windows:
                # The pre-test itself (a compiled pattern no longer asks it): never False
                # where the pattern finds a match.
                assert p.possible(text, pos, endpos) or not real.search(text, pos, endpos), (
                    p.pattern,
                    text,
                    pos,
                    endpos,
                )
                assert [m.span() for m in p.finditer(text, pos, endpos)] == [
                    m.span() for m in real.finditer(text, pos, endpos)
                ], (p.pattern, text, pos, endpos)
                got, want = p.match(text, pos, endpos), real.match(text, pos, endpos)
                assert (got and got.span()) == (want and want.span()), (p.pattern, text)
            assert p.sub("#", text) == real.sub("#", text), (p.pattern, text)


def _all_alternatives() -> list[patterns.Alternatives]:
    _all_patterns()  # imports every module
    return [a for a in gc.get_objects() if isinstance(a, patterns.Alternatives)]


def test_alternatives_have_no_groups_and_each_a_proved_pre_test() -> None:
    found = _all_alternatives()
    assert len(found) >= 2
    for alternatives in found:
        for part in alternatives._parts:
            assert re.compile(part.pattern, part.flags).groups == 0, part.pattern
            assert proved(part) or not any(part.pretest), part.pattern


@pytest.mark.parametrize(
    "text", ["", "2025년 7월23일", "마흔두 살", "two hundred", "세 가지", "at least a year"]
)
def test_alternatives_find_what_the_whole_finds(text: str) -> None:
    for alternatives in _all_alternatives():
        whole = re.compile(alternatives.pattern, alternatives.flags)
        assert [m.span() for m in alternatives.finditer(text)] == [
            m.span() for m in whole.finditer(text)
        ]
        assert alternatives.sub("#", text) == whole.sub("#", text)


def test_alternatives_find_what_the_whole_finds_on_the_store_texts() -> None:
    texts = _texts()[::3]
    for alternatives in _all_alternatives():
        whole = re.compile(alternatives.pattern, alternatives.flags)
        for text in texts:
            assert [m.span() for m in alternatives.finditer(text)] == [
                m.span() for m in whole.finditer(text)
            ], (alternatives.pattern, text)
            assert alternatives.sub("#", text) == whole.sub("#", text)


def test_alternatives_compile_only_what_a_text_can_hold() -> None:
    alternatives = patterns.Alternatives("상무|전무", "(?i:born)", "\\d+")
    assert alternatives._for("2025") is patterns._union(("\\d+",), 0)
    assert alternatives._for("Born 상무") is patterns._union(("상무|전무", "(?i:born)", "\\d+"), 0)
    assert alternatives.sub("#", "장관") == "장관"


def test_lower_case_keeps_every_place_but_after_a_dotted_capital_i() -> None:
    # possible() finds an English word in the text lowered, at the same places, unless the
    # text holds U+0130 (then it answers True).
    longer = [c for c in range(0x110000) if len(chr(c).lower()) != 1]
    assert longer == [0x130]


@pytest.mark.parametrize(
    "text",
    ["He was BORN", "born", "xx İ born", "bor\u212an", "배경훈 born 1976", "ſtated", "bo rn"],
)
def test_english_pre_test_in_windows_as_the_pattern(text: str) -> None:
    lazy = patterns.compile("(?i:born|stated)")
    real = re.compile(lazy.pattern)
    for pos in range(len(text) + 2):
        for endpos in (pos, pos + 3, pos + 5, len(text), 2**62):
            if real.search(text, pos, endpos):
                assert lazy.possible(text, pos, endpos), (text, pos, endpos)


def test_the_table_of_pre_tests_is_what_each_source_tells() -> None:
    # factcli/text/pretests.py is read instead of the sources at run time: each entry must be
    # what lead() reads from its source, and a source it does not hold is read as before.
    from factcli.text.pretests import PRETESTS

    assert len(PRETESTS) >= 200
    for (source, flags), written in PRETESTS.items():
        found = patterns.lead(source, flags)
        assert written == (
            None if found is None else (tuple(sorted(found[0])), tuple(sorted(found[1])), found[2])
        ), source
        assert patterns.known_pretest(source, flags) == found, source
    assert patterns.known_pretest("체크6(?:이|가)", 0) == patterns.lead("체크6(?:이|가)", 0)
    assert Pattern("체크6(?:이|가)").pretest == (frozenset({"체크6"}), frozenset(), False)


def test_the_table_of_pre_tests_holds_every_pattern_of_the_package() -> None:
    # In a process of its own, as the table is written: the patterns its modules make.
    import subprocess
    import sys

    code = (
        "from factcli.text.patterns import package_patterns\n"
        "from factcli.text.pretests import PRETESTS\n"
        "ps = package_patterns()\n"
        "print(len(ps), sum((p.pattern, int(p.flags)) not in PRETESTS for p in ps))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    found, missing = map(int, done.stdout.split())
    assert found >= 200
    assert not missing, (
        f"{missing} patterns are read at run time (~60 us each): "
        "write the table again with `python -m factcli.text.patterns`"
    )
