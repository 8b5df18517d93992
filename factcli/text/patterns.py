"""Regular expressions compiled when first used, and skipped when a text cannot match them.

Compiling is most of what one `factcli check` costs: a class of Hangul syllables (`[가-힣]`)
takes CPython's compiler ~0.5 ms (it marks each of its 11,172 code points), ~2.5 ms under
IGNORECASE, and the text layer holds ~150 patterns, most with a few such classes. A `Pattern`
compiles at its first call, and not even then for a text that cannot match it: from the
pattern's source it reads what every match must hold (a Korean word of each alternative, an
English word in any case, or else any Latin letter), and a text holding none of them gets no
match. Most patterns look for words (취임|임명|..., \\bborn\\b) that a given sentence mostly
lacks. tests/test_lazy_patterns.py proves, from CPython's own parse, that every match of
every pattern of the package holds what its pre-test looks for.

What CPython's compiler makes of a source (the program `_sre` runs: a list of integers) can
be kept: a store's cache keeps those of the patterns a command compiled (store.programs) and
offers them back (use_programs), and a kept program becomes a pattern in microseconds. A
program is kept only when it compiles to the pattern `re.compile` made (the same source,
flags, code and groups); anything else, or any doubt, and the source is compiled. A pattern
with a program kept is made at its first call and answers a short text at once, as a
compiled one does: the pre-tests are not read (programs are kept of the patterns a command
asked about, compiled or not), nor their table imported.
"""

from __future__ import annotations

import _sre
import functools
import re

TYPE_CHECKING = False  # not `typing` (~3 ms of start-up); type checkers know this name
if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from typing import Any

# What an ASCII letter matches under IGNORECASE besides ASCII letters: K (Kelvin sign),
# ſ (long s), İ and ı (dotted capital and dotless small i).
LATIN = "A-Za-z\u0130\u0131\u017f\u212a"
_ODD_LATIN = frozenset("\u0130\u0131\u017f\u212a")
_ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_NONE: frozenset[str] = frozenset()
_NO_PRETEST: tuple[frozenset[str], frozenset[str], bool] = (_NONE, _NONE, False)
_END = 2**62  # re's own default for endpos: the end of any string
_SHORT = 2_000  # characters: a text no longer than this is matched at once once compiled


class Pattern:
    """re.Pattern's matching methods, on a pattern compiled at its first call that can match."""

    __slots__ = ("_compiled", "_pretest", "flags", "pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern, self.flags = pattern, flags
        self._compiled: re.Pattern[str] | None = None
        self._pretest: tuple[frozenset[str], frozenset[str], bool] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = _compile(self.pattern, self.flags)
        return self._compiled

    @property
    def pretest(self) -> tuple[frozenset[str], frozenset[str], bool]:
        """(words, english, latin): every match holds one of the words as written, one of
        the english words (lower-case ASCII) in any case, or, with latin, a Latin letter;
        three empty values when the source does not tell (no pre-test)."""
        if self._pretest is None:
            self._pretest = known_pretest(self.pattern, self.flags) or _NO_PRETEST
        return self._pretest

    def possible(self, text: str, pos: int = 0, endpos: int = _END) -> bool:
        """False only when no match can exist in text[pos:endpos]: every match lies there,
        and the words are read from what a match consumes, never from its lookarounds."""
        words, english, latin = self.pretest
        if not words and not english and not latin:
            return True
        pos, endpos = max(pos, 0), max(endpos, 0)  # as re reads them (str.find would not)
        for word in words:
            if text.find(word, pos, endpos) >= 0:
                return True
        if not latin and not english:
            return False
        read = _read(text)
        if read.odd and any(text.find(odd, pos, endpos) >= 0 for odd in _ODD_LATIN):
            return True  # K, ſ, İ, ı: matched by k, s, i under IGNORECASE
        if latin:  # an ASCII letter: what [A-Za-z] finds
            if not read.letters or (pos == 0 and endpos >= len(text)):
                return read.letters
            if min(endpos, len(text)) - pos > _SHORT:  # long: not copied (a loop over places)
                return _latin().search(text, pos, endpos) is not None
            part = text[pos:endpos].encode("ascii", "ignore")
            return part.lower() != part.upper()
        if read.lowered is None:
            return True  # İ lower-cased is two characters: the places would not hold
        # A match's ASCII letters are the word's in some case: lower() gives the word.
        return any(read.lowered.find(word, pos, endpos) >= 0 for word in english)

    @property
    def groupindex(self) -> dict[str, int]:
        return dict(self.compiled.groupindex)

    def _for(
        self, text: str, pos: int = 0, endpos: int = _END, *, anchored: bool = False
    ) -> re.Pattern[str] | None:
        """The compiled pattern, or None when text[pos:endpos] cannot match. Once compiled,
        the pattern itself answers a short text (a sentence): the pre-test would only cost
        time; a long one is still pre-tested (a find is faster than a scan position by
        position). A match at pos in a long text is the pattern's to answer: a pre-test would
        read the whole rest of the text for what the pattern looks for at pos only."""
        compiled = self._compiled
        if compiled is None and anchored and min(endpos, len(text)) - pos > _SHORT:
            # (the kept pre-test would read the whole rest of a long text for each place
            # asked: a sentence of 10,000 figures was quadratic, ~20 s)
            return self.compiled
        if compiled is None and _PROGRAMS:
            compiled = self._kept(text, pos, endpos)
            if compiled is _CANNOT:
                return None
        if compiled is not None and (anchored or len(text) <= _SHORT):
            return compiled
        if anchored and min(endpos, len(text)) - pos > _SHORT:
            return self.compiled
        return self.compiled if self.possible(text, pos, endpos) else None

    def _kept(self, text: str, pos: int, endpos: int) -> Any:
        """The pattern made from its kept program, if there is one: then it answers at once,
        as a compiled one does. Until then, the pre-test kept beside the program (not the
        table's: it is not imported) tells a text it cannot match (_CANNOT) without making
        the pattern: a claim's check asks about ~400 patterns and makes ~80."""
        key = (self.pattern, self.flags if type(self.flags) is int else int(self.flags))
        programs = _programs()
        early = getattr(programs, "pretest_of", None)
        if early is not None and self._pretest is None:
            # (the kept pre-test first: the program is made only for a text it may match)
            known, needs = early(key)
            if not known:
                _ASKED[key] = None  # a program is made for it too, to be kept
                return None
            if needs is not None:
                self._pretest = needs
                if not self.possible(text, pos, endpos):
                    return _CANNOT
        kept = programs.get(key)
        if kept is None:
            _ASKED[key] = None  # a program is made for it too, to be kept
            return None
        if self._pretest is None:
            self._pretest = _KEPT_PRETESTS.get(key)
        if self._pretest is not None and not self.possible(text, pos, endpos):
            return _CANNOT
        self._compiled = _from_program(self.pattern, kept)
        return self._compiled

    def search(self, text: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        compiled = self._for(text, pos, endpos)
        return None if compiled is None else compiled.search(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        compiled = self._for(text, pos, endpos, anchored=True)
        return None if compiled is None else compiled.match(text, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        compiled = self._for(text, pos, endpos, anchored=True)
        return None if compiled is None else compiled.fullmatch(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = _END) -> Iterator[re.Match[str]]:
        compiled = self._for(text, pos, endpos)
        return iter(()) if compiled is None else compiled.finditer(text, pos, endpos)

    def findall(self, text: str, pos: int = 0, endpos: int = _END) -> list[object]:
        compiled = self._for(text, pos, endpos)
        return [] if compiled is None else compiled.findall(text, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str, count: int = 0) -> str:
        compiled = self._for(text)
        return text if compiled is None else compiled.sub(repl, text, count)

    def subn(
        self, repl: str | Callable[[re.Match[str]], str], text: str, count: int = 0
    ) -> tuple[str, int]:
        compiled = self._for(text)
        return (text, 0) if compiled is None else compiled.subn(repl, text, count)

    def split(self, text: str, maxsplit: int = 0) -> list[str | object]:
        compiled = self._for(text)
        return [text] if compiled is None else compiled.split(text, maxsplit)

    def __repr__(self) -> str:
        return f"Pattern({self.pattern!r})"


class Alternatives:
    """A|B|C whose alternatives are pre-tested one by one: a text is matched by the union of
    those it could hold only (compiled once per such union). An alternative no text position
    can match never decides anything, so the matches are those of the whole; alternatives
    have no groups (their numbers would change). For a pattern that is several unrelated
    patterns in one (Korean numerals or English number words), each costly to compile."""

    __slots__ = ("_parts", "flags")

    def __init__(self, *alternatives: str, flags: int = 0) -> None:
        self._parts = tuple(Pattern(a, flags) for a in alternatives)
        self.flags = flags

    @property
    def pattern(self) -> str:
        return "|".join(p.pattern for p in self._parts)

    def _for(self, text: str) -> re.Pattern[str] | None:
        if _PROGRAMS and len(text) <= _SHORT:
            # The whole, when its program is kept: it is made at once (see Pattern._kept).
            whole = tuple(p.pattern for p in self._parts)
            key = ("|".join(whole), self.flags if type(self.flags) is int else int(self.flags))
            if key in _programs():
                return _union(whole, self.flags)
            _ASKED[key] = None
        chosen = tuple(p.pattern for p in self._parts if p.possible(text))
        return _union(chosen, self.flags) if chosen else None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        compiled = self._for(text)
        return iter(()) if compiled is None else compiled.finditer(text)

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str) -> str:
        compiled = self._for(text)
        return text if compiled is None else compiled.sub(repl, text)

    def __repr__(self) -> str:
        return f"Alternatives({self.pattern!r})"


@functools.cache
def _union(alternatives: tuple[str, ...], flags: int) -> re.Pattern[str]:
    return _compile("|".join(alternatives), flags)


# --- programs kept --------------------------------------------------------------------------
# A program as kept: (flags, code as array("I") bytes, groups - 1, groupindex, indexgroup),
# the arguments of _sre.compile after the source, as re._compiler.compile passes them.
Program = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
_PROGRAMS: list[Any] = []  # [a loader] until a pattern is compiled, then [its programs]
# The pre-tests kept with the programs (see Pattern._kept), by source and flags.
_KEPT_PRETESTS: dict[tuple[str, int], tuple[frozenset[str], frozenset[str], bool]] = {}
_CANNOT: Any = object()  # Pattern._kept: the text cannot match (the pattern is not made)
_MADE: dict[tuple[str, int], re.Pattern[str]] = {}  # compiled here from the source
# Patterns asked about here that have no program kept, compiled or not: programs are made
# for all (made_programs), so that with programs kept no pre-test is read.
_ASKED: dict[tuple[str, int], None] = {}


def use_programs(
    load: Callable[[], dict[tuple[str, int], Program] | None] | dict[tuple[str, int], Program],
) -> None:
    """Have `load` offer kept programs: called at the first pattern compiled (None: none);
    or use these."""
    _PROGRAMS[:] = [load]


def programs_read() -> bool:
    """Whether programs have been read (use_programs' loader called): they hold for any store."""
    return bool(_PROGRAMS) and not callable(_PROGRAMS[0])


def _programs() -> dict[tuple[str, int], Program]:
    if not _PROGRAMS:
        return {}
    programs = _PROGRAMS[0]
    if callable(programs):
        try:
            programs = programs() or {}
        except Exception:  # a cache that cannot be read keeps nothing
            programs = {}
        _PROGRAMS[0] = programs
    return programs  # type: ignore[no-any-return]


def _compile(source: str, flags: int) -> re.Pattern[str]:
    """re.compile(source, flags), from its kept program when there is one."""
    key = (source, flags if type(flags) is int else int(flags))
    kept = _programs().get(key)
    if kept is not None:
        made = _from_program(source, kept)
        if made is not None:
            return made
    compiled = re.compile(source, flags)
    _MADE[key] = compiled
    return compiled


def _from_program(source: str, kept: Program) -> re.Pattern[str] | None:
    try:
        from array import array

        code = array("I", kept[1]).tolist()
        return _sre.compile(source, kept[0], code, *kept[2:])  # type: ignore[no-any-return]
    except Exception:  # not a program: compiled from the source
        return None


def made_programs() -> dict[tuple[str, int], Program]:
    """The programs of the patterns compiled from their sources since the last call, each
    one that compiles to the very pattern re.compile made (those may be kept)."""
    made = dict(_MADE)
    _MADE.clear()
    kept = _programs()
    for key in _ASKED:  # asked about, never compiled: compiled now, to be kept
        if key not in made and key not in kept:
            try:
                made[key] = re.compile(*key)
            except re.error:
                continue
    _ASKED.clear()
    out = {}
    for (source, flags), compiled in made.items():
        program = _program(source, flags, compiled)
        if program is not None:
            out[(source, flags)] = program
    return out


def note_pretests(found: dict[tuple[str, int], _Needs | None]) -> None:
    """The pre-tests kept with the programs (None: the source tells none)."""
    for key, needs in found.items():
        _KEPT_PRETESTS[key] = _NO_PRETEST if needs is None else needs


def pretest_to_keep(source: str, flags: int) -> _Needs | None:
    """The pre-test to keep with a program: the one read with it, else known_pretest's."""
    needs = _KEPT_PRETESTS.get((source, flags))
    if needs is None:
        return known_pretest(source, flags)
    return None if needs is _NO_PRETEST else needs


def kept_programs() -> dict[tuple[str, int], Program]:
    """The programs offered (use_programs)."""
    return dict(_programs().items())  # (items: a lazy mapping makes each one)


def forget_made() -> None:
    """Forget the patterns compiled so far (a forked copy: its parent keeps those)."""
    _MADE.clear()
    _ASKED.clear()


def _program(source: str, flags: int, compiled: re.Pattern[str]) -> Program | None:
    """What re._compiler.compile passes _sre.compile for this source, if it makes `compiled`."""
    from array import array
    from re import _compiler, _parser  # type: ignore[attr-defined]

    try:
        parsed = _parser.parse(source, flags)
        code = _compiler._code(parsed, flags)
        state = parsed.state
        indexgroup: list[str | None] = [None] * state.groups
        for name, i in state.groupdict.items():
            indexgroup[i] = name
        program = (
            flags | state.flags,
            array("I", code).tobytes(),
            state.groups - 1,
            dict(state.groupdict),
            tuple(indexgroup),
        )
        again = _sre.compile(source, program[0], code, *program[2:])
    except Exception:  # another compiler: nothing kept
        return None
    same = (
        again == compiled  # the source, flags and code
        and again.groups == compiled.groups
        and again.groupindex == compiled.groupindex
    )
    return program if same else None


class _Read:
    """What the pre-tests ask of a text besides its words, found once for it: a text is
    asked about by dozens of patterns, some of them at each of its places."""

    __slots__ = ("letters", "lowered", "odd", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.odd = not text.isascii() and any(odd in text for odd in _ODD_LATIN)
        ascii_part = text.encode("ascii", "ignore")
        self.letters = ascii_part.lower() != ascii_part.upper()  # an ASCII letter
        self.lowered = None if "\u0130" in text else text.lower()  # same places


_LAST: list[_Read] = []


def _read(text: str) -> _Read:
    # The last few texts read: a sentence's text and its normal form are asked about in
    # turn, and reading one in place of the other each time was quadratic in a long one.
    for read in _LAST:
        if read.text is text:
            return read
    read = _Read(text)
    _LAST[:] = [read, *_LAST[:3]]
    return read


@functools.cache
def _latin() -> re.Pattern[str]:
    """A Latin letter, for a part of a text (compiled when first needed)."""
    return re.compile(f"[{LATIN}]")


def compile(pattern: str, flags: int = 0) -> Pattern:
    """`re.compile`, its cost paid at the first call that can match (see Pattern)."""
    return Pattern(pattern, flags)


# --- what every match holds, read from the source --------------------------------------
# A source is read as alternatives of items (literal text, groups, classes, escapes), each
# with the least number of times it repeats. An item every match holds (a word, a class of
# a few syllables, a group each alternative of which holds one) tells what to look for.
# What is not read gives the pattern no pre-test, which is always safe. This runs for each
# pattern a command uses, at every start-up: the loops below are written for speed.


@functools.cache
def _tokens() -> re.Pattern[str]:
    """A source's tokens (compiled when first needed: a warm search may never read one)."""
    return re.compile(
        r"\\[uUxN0-9]"  # escapes of more characters, back references: not read
        r"|\\."
        r"|\[\^?\]?(?:\\.|[^\]\\])*\]"  # a class
        # a lookaround with no group in it, whole: it holds nothing a match consumes
        r"|\(\?<?[=!](?:\\.|\[\^?\]?(?:\\.|[^\]\\])*\]|[^\\\[\]()])*\)"
        r"|\(\?(?:[:>=!]|<[=!]|P<\w+>|P=\w+\)|[aiLmsux-]+[:)]|#|\()|\("
        r"|\{(?:\d+(?:,\d*)?|,\d+)\}"  # a counted repeat
        # literal text, or words of literal text between bars (a|b|c: one token, not five)
        r"|[^\\\[\]()|?*+{}.^$]+(?:\|[^\\\[\]()|?*+{}.^$]+)*"
        r"|.",
        re.DOTALL,
    )


_VERBOSE = re.VERBOSE.value  # an int: 0 & re.VERBOSE runs enum's Python code (~3 us)
_ZERO_WIDTH = frozenset({"(?=", "(?!", "(?<=", "(?<!"})
# The first characters of the tokens that are not literal text (see _tokens).
_SPECIAL = frozenset("\\[]()|?*+{}.^$")
_MAX_CLASS = 40  # a class of more syllables is not worth looking for one by one

# An item: [kind, data, least]; kind is text (data: the text), group (data: alternatives),
# class (data: what is between the brackets), zero (zero-width) or other; or, alone in its
# sequence, words (data: words between bars, each an alternative of its own).
_Item = list
_Needs = tuple[frozenset[str], frozenset[str], bool]  # as Pattern.pretest


class _Unread(Exception):
    """A source this reading does not follow."""


_KNOWN: list[dict[tuple[str, int], Any]] = []  # factcli.text.pretests.PRETESTS, once loaded


def known_pretest(source: str, flags: int = 0) -> _Needs | None:
    """lead(source, flags), from the table written at release (factcli/text/pretests.py)
    when it holds this source: reading a source costs a check of one claim ~6 ms of its
    ~100 patterns, the table a dict lookup. A source it does not hold (a pattern added or
    changed since) is read here, as before; tests/test_lazy_patterns.py holds the table to
    lead() and to the package's patterns."""
    if not _KNOWN:
        from factcli.text.pretests import PRETESTS

        _KNOWN.append(PRETESTS)
    key = (source, flags if type(flags) is int else int(flags))
    if key not in _KNOWN[0]:
        return lead(source, flags)
    found = _KNOWN[0][key]
    if found is None:
        return None
    words, english, latin = found
    return frozenset(words), frozenset(english), latin


def lead(source: str, flags: int = 0) -> _Needs | None:
    """What every match of `source` holds (see Pattern.pretest); None when the source does
    not tell."""
    if flags and flags & _VERBOSE:
        return None  # whitespace and comments would read as literals
    try:
        alternatives, _end, closed = _parse(_tokens().findall(source), 0)
    except _Unread:
        return None
    return None if closed else _alternatives(alternatives)


def _parse(tokens: list[str], i: int) -> tuple[list[list[_Item]], int, bool]:
    """The alternatives from tokens[i] up to the ")" that closes them or the end: (them,
    where reading stopped, whether a ")" closed them)."""
    sequence: list[_Item] = []
    alternatives = [sequence]
    repeat = False  # the token before was a repeat: a "?" or "+" now is its mode
    n = len(tokens)
    while i < n:
        token = tokens[i]
        i += 1
        first = token[0]
        if first not in _SPECIAL:  # most tokens: literal text (Korean words)
            repeat = False
            if "|" in token:  # words between bars: each after the first is an alternative
                words = token.split("|")
                _add_text(sequence, words[0])
                if len(words) > 2:  # those between: alternatives of one word each, read at once
                    alternatives.append([["words", words[1:-1], 1]])
                sequence = [["text", words[-1], 1]]
                alternatives.append(sequence)
            else:
                _add_text(sequence, token)
            continue
        if repeat and token in ("?", "+"):
            repeat = False
            continue
        repeat = False
        if token == "|":
            sequence = []
            alternatives.append(sequence)
        elif token == ")":
            return alternatives, i, True
        elif token in ("?", "*", "+") or (first == "{" and len(token) > 1):
            if not sequence:
                raise _Unread
            least = 0 if token in ("?", "*") else 1 if token == "+" else _least(token)
            last = sequence[-1]
            if last[0] == "text" and len(last[1]) > 1:  # a repeat binds the last character
                sequence.insert(-1, ["text", last[1][:-1], 1])
                last[1] = last[1][-1]
            last[2] = min(last[2], least)
            if last[0] == "text":
                last[0] = "repeated"  # text after it is not read on from it
            repeat = True
        elif first == "(":
            if len(token) > 3 and token[2] in "=!<" and token[-1] == ")":
                sequence.append(["zero", None, 1])  # a lookaround, read whole (see _tokens)
            elif token in ("(?#", "(?(") or ("x" in token and not token.startswith("(?P")):
                raise _Unread  # comments, conditions, verbose groups
            elif token.startswith("(?P="):
                sequence.append(["other", None, 1])  # a back reference
            elif token.endswith(")"):  # global flags, (?i): only at the start
                if i != 1:
                    raise _Unread
            else:
                inner, i, closed = _parse(tokens, i)
                if not closed:
                    raise _Unread
                sequence.append(["zero" if token in _ZERO_WIDTH else "group", inner, 1])
        elif first == "[":
            if len(token) == 1:
                raise _Unread
            sequence.append(["class", token[1:-1], 1])
        elif first == "\\":
            if len(token) < 2 or token[1] in "uUxN0123456789":
                raise _Unread
            if token[1] in "bBAZ":
                sequence.append(["zero", None, 1])
            elif token[1].isascii() and token[1].isalnum():
                sequence.append(["other", None, 1])  # \d, \s, \w, \n, \t ...
            else:
                _add_text(sequence, token[1])  # \. \$ \* ...
        elif token == "{":
            raise _Unread  # a literal brace: rare, not read
        elif token == ".":
            sequence.append(["other", None, 1])
        elif token in ("^", "$"):
            sequence.append(["zero", None, 1])
        else:
            _add_text(sequence, token)
    return alternatives, i, False


def _add_text(sequence: list[_Item], text: str) -> None:
    """Literal text, read on from the literal text before it (\\*\\* is **)."""
    if sequence and sequence[-1][0] == "text" and sequence[-1][2] == 1:
        sequence[-1][1] += text
    else:
        sequence.append(["text", text, 1])


def _least(token: str) -> int:
    low = token[1:-1].split(",")[0]
    return int(low) if low else 0


def _alternatives(alternatives: list[list[_Item]]) -> _Needs | None:
    words: set[str] = set()
    english: set[str] = set()
    latin = False
    for sequence in alternatives:
        if sequence and sequence[0][0] == "words":  # alternatives of one word each (_parse)
            plain = sequence[0][1]
            joined = "".join(plain)
            if joined.lower() == joined.upper() == joined:  # Korean words
                words.update(plain)
                continue
            if joined.isascii():  # English words, in any case
                english.update(word.lower() for word in plain)
                continue
            found = _alternatives([[["text", word, 1]] for word in plain])
            if found is None:
                return None
            words |= found[0]
            english |= found[1]
            latin = latin or found[2]
            continue
        # The rarest item of the sequence: (rank, what); what is a word, ("", English word)
        # or the needs of a group, a class or mixed text (made into sets only when chosen).
        best: tuple[float, object] | None = None
        for kind, data, least in sequence:
            if least < 1:
                continue
            if kind in ("text", "repeated"):
                if data.lower() == data.upper() == data:  # most text: Korean words
                    rank = _word_rank(data)
                    if best is None or rank > best[0]:
                        best = rank, data
                    continue
                if data.isascii():  # English: the word in any case
                    if best is None or len(data) > best[0]:
                        best = len(data), ("", data.lower())
                    continue
                found = _text(data)
            elif kind == "group":
                found = _alternatives(data)
            elif kind == "class":
                found = _class(data)
            else:
                continue
            if found is not None:
                rank = _rank(found)
                if best is None or rank > best[0]:
                    best = rank, found
        if best is None:
            return None  # an alternative that holds nothing known (or the empty one)
        what = best[1]
        if isinstance(what, str):
            words.add(what)
        elif len(what) == 2:  # type: ignore[arg-type]
            english.add(what[1])  # type: ignore[index]
        else:
            words |= what[0]  # type: ignore[index]
            english |= what[1]  # type: ignore[index]
            latin = latin or what[2]  # type: ignore[index]
    if latin:
        english.clear()  # any Latin letter: an English word adds nothing
    return frozenset(words), frozenset(english), latin


# Syllables nearly every Korean sentence holds (particles, endings): alone, the poorest
# word to look for (이\s*됐 is looked for by 됐).
_COMMON = frozenset("이가은는을를의에도와과로다고한하서며")


def _word_rank(word: str) -> float:
    return len(word) - 0.5 if word in _COMMON else len(word)


def _rank(needs: _Needs) -> float:
    """How rarely a text holds one of these: longer words are rarer; a Latin letter is
    rarer than a given syllable in Korean text."""
    words, english, latin = needs
    shortest = min(min(map(_word_rank, words), default=99), min(map(len, english), default=99))
    return min(shortest, 1.5) if latin else shortest if words or english else 0


def _caseless(text: str) -> bool:
    return text.lower() == text.upper() == text


def _text(text: str) -> _Needs | None:
    """Literal text: itself if caseless, in lower case if ASCII; else its longest caseless
    run, or a Latin letter if it has one."""
    if _caseless(text):  # most text: Korean words, punctuation
        return frozenset({text}), _NONE, False
    if text.isascii():  # English: the word in any case
        return _NONE, frozenset({text.lower()}), False
    runs, run, latin = [], "", False
    for char in text:
        if _caseless(char):
            run += char
            continue
        latin = latin or char in _ASCII_LETTERS
        runs.append(run)
        run = ""
    runs.append(run)
    longest = max(runs, key=len)
    options = [(frozenset({longest}), _NONE, False)] if longest else []
    if latin:
        options.append((_NONE, _NONE, True))
    return max(options, key=_rank, default=None)


def _class(content: str) -> _Needs | None:
    """A class of a few caseless characters, or of Latin letters only."""
    if content.startswith("^") or "\\" in content:
        return None
    if not content.isascii() and len(set(content)) > _MAX_CLASS:
        return None  # what the loop below finds of a class of many syllables, at once
    chars: set[str] = set()
    letters = True
    i = 0
    while i < len(content):
        if i + 2 < len(content) and content[i + 1] == "-":
            low, high = content[i], content[i + 2]
            letters = letters and any(a <= low <= high <= b for a, b in (("a", "z"), ("A", "Z")))
            chars.add("")  # a range: not a few characters
            i += 3
            continue
        chars.add(content[i])
        letters = letters and content[i] in _ASCII_LETTERS
        i += 1
    if letters:
        return _NONE, _NONE, True
    if "" in chars or len(chars) > _MAX_CLASS or not all(map(_caseless, chars)):
        return None
    return frozenset(chars), _NONE, False


# --- the table of pre-tests ---------------------------------------------------------------------
def package_patterns() -> list[Pattern]:
    """Every Pattern of the package (each module imported; the command line's are not run)."""
    import gc
    import importlib
    import os
    import pkgutil

    package = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # factcli/
    for info in pkgutil.walk_packages([package], "factcli."):
        if not info.name.endswith(("__main__", "console")):  # these run the command line
            importlib.import_module(info.name)
    return [p for p in gc.get_objects() if isinstance(p, Pattern)]


def pretests_source() -> str:
    """The text of factcli/text/pretests.py: lead() of every pattern of the package."""
    table: dict[tuple[str, int], Any] = {}
    for p in package_patterns():
        found = lead(p.pattern, p.flags)
        key = (p.pattern, int(p.flags))
        table[key] = (
            None if found is None else (tuple(sorted(found[0])), tuple(sorted(found[1])), found[2])
        )
    lines = [
        '"""What every match of each pattern of the package holds: patterns.lead() of its source,',
        "written ahead (see patterns.known_pretest). Generated: `python -m factcli.text.patterns`",
        'writes this file again from the sources; a source missing here is read at run time."""',
        "",
        "PRETESTS = {",
    ]
    lines += [f"    {key!r}: {table[key]!r}," for key in sorted(table)]
    lines += ["}", ""]
    return "\n".join(lines)


def write_pretests() -> None:
    """Write factcli/text/pretests.py from the package's patterns."""
    import os

    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "pretests.py")
    text = pretests_source()  # before the file is opened (and emptied): it is imported
    with open(path, "w", encoding="utf-8") as out:
        out.write(text)
    import subprocess
    import sys

    # In the house style, where ruff is installed (the dev extra): CI checks the format.
    subprocess.run([sys.executable, "-m", "ruff", "format", "-q", path], check=False)


if __name__ == "__main__":  # python -m factcli.text.patterns: the table written again
    import importlib

    # The package's module, not this copy run as __main__: its Pattern is the one in use.
    importlib.import_module("factcli.text.patterns").write_pretests()
