"""factcli.text.patterns: lazily compiled patterns, and the pre-tests that skip them.

A pattern's pre-test (words, latin), read from its source, claims that every match holds one
of those words (or a Latin letter). That claim is proved here from CPython's parse of every
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


def _holds(items: list[tuple[object, object]], needs: tuple[str, ...], latin: bool) -> bool:
    """Whether every match of this sequence holds one of `needs` or (with `latin`) a Latin
    letter. False when not proved (a zero-width assertion holds nothing of the match)."""
    spelled = {""}  # what the literals read since the last other item may spell

    def spelled_holds() -> bool:
        held = spelled != {""} and all(
            any(n in s for n in needs) or (latin and not _LATIN.isdisjoint(s)) for s in spelled
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
        if spelled_holds():
            return True
        if got is not None:
            spelled.clear()
            spelled.update(got)
            continue
        if op is sre.SUBPATTERN:
            if _holds(av[-1], needs, latin):  # type: ignore[index]
                return True
        elif op is sre.ATOMIC_GROUP:
            if _holds(av, needs, latin):  # type: ignore[arg-type]
                return True
        elif op is sre.BRANCH:
            if all(_holds(alt, needs, latin) for alt in av[1]):  # type: ignore[index]
                return True
        elif op in _REPEATS:
            low, _high, body = av  # type: ignore[misc]
            if low >= 1 and _holds(body, needs, latin):
                return True
    return spelled_holds()


def proved(pattern: Pattern) -> bool:
    """Every match of the pattern holds what its pre-test looks for."""
    needs, latin = pattern.pretest
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    return _holds(list(parsed), tuple(needs), latin)


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
    for p in _all_patterns():
        for word in p.pretest[0]:
            assert word and word.lower() == word.upper() == word, (p.pattern, word)


def test_latin_is_what_ascii_letters_match() -> None:
    letters = re.compile("(?i:[a-z])")
    found = {chr(c) for c in range(0x110000) if letters.fullmatch(chr(c))}
    assert found == set(re.sub("[^A-Za-z]", "", "".join(map(chr, range(128))))) | set(
        "\u0130\u0131\u017f\u212a"
    )
    assert found == {chr(c) for c in range(0x110000) if re.fullmatch(f"[{patterns.LATIN}]", chr(c))}


@pytest.mark.parametrize(
    ("source", "words", "latin"),
    [
        ("(?<![가-힣])(?:상무|전무)(?![가-힣])", {"상무", "전무"}, False),
        ("태어|출생|(?i:\\bborn\\b)", {"태어", "출생"}, True),
        ("취임(?:했|한)", {"취임"}, False),
        ("아직(?:도)?\\s|여전히", {"아직", "여전히"}, False),
        ("지금도?", {"지금"}, False),
        ("(?i)(상무|전무)+", {"상무", "전무"}, False),
        # Not only at the start: the rarest item every match holds.
        ("([가-힣]{2,6})(?:대학교|대학(?!원)|대)", {"대학교", "대학", "대"}, False),
        ("\\s*(?:원|달러)?\\s*에\\s*(?:매입|매각)", {"매입", "매각"}, False),
        ("[가-힣]다$", {"다"}, False),
        ("[았었였]", {"았", "었", "였"}, False),
        ("([a-z]{3,})\\s+of\\s+$", set(), True),
        ("(\\*\\*|__|~~)(.+?)", {"**", "__", "~~"}, False),
        ("LG\\s?유플러스|KT", {"유플러스"}, True),
        ("제[ \\t]?(\\d+)호|\\b(\\d+)(?:st|nd)\\b", {"제"}, True),
        ("(?:(?<=\\bleast )|(?<=\\bmost ))an?(?= year)", set(), True),
        ("상무|[이부]사", {"상무", "이", "부"}, False),
        ("(?:상무)?부장?", {"부"}, False),  # an optional group, an optional last syllable
        ("(?:하는|할)\\s*(?:방안|방법)", {"방안", "방법"}, False),  # parsed as 방[안법]
        ("으로(?:부터|서)", {"으로"}, False),
    ],
)
def test_what_a_source_tells(source: str, words: set[str], latin: bool) -> None:
    p = patterns.compile(source)
    assert p.pretest == (frozenset(words), latin)
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
    assert patterns.compile(source).pretest == (frozenset(), False)


def test_the_proof_rejects_what_it_should() -> None:
    def claims(source: str, words: tuple[str, ...], latin: bool = False) -> bool:
        return _holds(list(_parser.parse(source)), words, latin)

    assert claims("(?<![가-힣])(?:상무|전무)", ("상무", "전무"))
    assert not claims("상무|이사", ("상무",))
    assert not claims("(?:상무)?부장", ("상무",))
    assert not claims("(?=상무)\\w+", ("상무",))
    assert not claims("(?i:born)|[a-z0-9]", (), latin=True)
    assert not claims("(?i:born)|태어", (), latin=True)


@pytest.mark.parametrize(
    "text",
    ["배경훈은 2023년 상무로 승진했다.", "He was born in Seoul.", "ſtated", "", "전무"],
)
def test_a_skipped_pattern_answers_as_the_compiled_one(text: str) -> None:
    source = "(?<![가-힣])(상무|전무)(?![가-힣])|(?i:\\bborn\\b|stated)"
    lazy = patterns.compile(source)
    assert lazy.pretest == ({"상무", "전무"}, True)
    real = re.compile(source)
    assert bool(lazy.search(text)) == bool(real.search(text))
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in real.finditer(text)]
    assert lazy.sub("X", text) == real.sub("X", text)
    assert lazy.subn("X", text) == real.subn("X", text)
    assert lazy.split(text) == real.split(text)
    assert lazy.findall(text) == real.findall(text)
    assert bool(lazy.match(text)) == bool(real.match(text))
    assert bool(lazy.fullmatch(text)) == bool(real.fullmatch(text))


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
                assert [m.span() for m in p.finditer(text, pos, endpos)] == [
                    m.span() for m in real.finditer(text, pos, endpos)
                ], (p.pattern, text, pos, endpos)
                got, want = p.match(text, pos, endpos), real.match(text, pos, endpos)
                assert (got and got.span()) == (want and want.span()), (p.pattern, text)
            assert p.sub("#", text) == real.sub("#", text), (p.pattern, text)
