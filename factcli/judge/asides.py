"""A phrase set off by commas beside an English claim the store holds (Six versions of EXAONE,
a name taken from 'EXpert AI for EveryONE', have come out; After taking charge of AI platforms
at LG U+ from 2017, Bae was made an executive in 2018; …, making Bae the first nominee to …).

The sentence is supported when, the phrase set aside, the rest is supported, and the phrase
is held too, as a statement of its own the store supports: a relative clause of the noun
before it (Ha Jung-woo, who came from Naver -> Ha Jung-woo came from Naver), a noun phrase as
what that noun is (EXAONE 2.0, Korea's first … -> EXAONE 2.0 is Korea's first …), a leading
noun phrase as what the subject is, a participle of the subject. Anything less leaves the
sentence as it was: a phrase the store gives otherwise, or does not give, is no part of a
supported claim. (Words of the phrase found in some fact are not enough: a review found
"Bae, a graduate of Seoul National University, …" held that way.)
"""

from __future__ import annotations

import contextlib
import contextvars
from collections.abc import Callable, Iterator

from factcli.store.model import Finding, Store, Verdict
from factcli.text import patterns as rx
from factcli.text.analysis import Analysis, analyze_sentence
from factcli.text.records import replace

MAX_CHARS = 320  # a longer sentence is prose of many statements, judged in pieces
MAX_ASIDES = 4  # the phrases tried, first to last

_MIDDLE = rx.compile(r",[ \t]{1,2}([^,;]{3,140}),[ \t]")
_LEAD = rx.compile(r"^([^,;]{3,140}),[ \t]{1,2}(?=\S)")
_TAIL = rx.compile(r",[ \t]{1,2}([^,;]{3,160}?)[ \t]*\.?[ \t]*$")
# A phrase of when told from another event (the same day as, the month after, that same day):
# judged alone it loses what it counts from; never set aside.
_WHEN = rx.compile(
    r"(?i:\b(?:same|day|days|week|weeks|month|months|year|years|after|before|earlier|later|"
    r"then|next|previous|following|prior|until|since|ago|once|again|meanwhile)\b)"
)
_INSIDE = contextvars.ContextVar("_INSIDE", default=False)
# A leading phrase that tells where, when or how the main clause's act was (At SK Telecom,
# Bae led …; After taking charge of …, Speaking at GTC, …): part of that claim, not beside it.
_CIRCUMSTANCE = rx.compile(
    r"(?i:^(?:at|in|on|during|under|from|after|before|since|while|when|as|with|without|by|"
    r"for|to|through|following|upon|once|until|within|despite|because|if|although|though|"
    r"[a-z]+ing)\b)"
)
# A verb that makes a phrase a clause of its own (LG AI Research released EXAONE Deep on …,
# that same day …): a leading phrase set aside is only a noun phrase (A Kwangwoon-trained
# engineer, Bae …).
_FINITE = rx.compile(
    r"(?i:\b(?:was|were|is|are|has|had|have|did|does|do|will|would|can|could|said|says)\b)"
    r"|\b[a-z]{3,}ed[ \t]{1,3}(?:[A-Z]|(?i:the|a|an|his|her|its|their|on|in|at|to)\b)"
)
# A relative clause: a statement of the noun before it (Ha Jung-woo, who described …).
_RELATIVE = rx.compile(r"(?i:^(?:who|whom|whose|which|that)\b)")
_WHOSE = rx.compile(r"(?i:^whose[ \t]+)")
_MAKING = rx.compile(r"(?i:^making[ \t]+)(him|her|it|them|[A-Z][\w.'’-]*)[ \t]+")
# A phrase that names what a noun is (a name taken from …, Korea's first reasoning model,
# the Samsung Electronics–Thales venture now called Hanwha Systems).
_NOUN_PHRASE = rx.compile(r"(?:a|an|the|one|[A-Z][\w.'’-]*(?:'s|’s))\b")
_ARTICLE = rx.compile(r"(?:A|An|The)[ \t]")
_CLEFT = rx.compile(r"(?i:^(?:it[ \t]+(?:was|is)|it's)[ \t]+)")


# A comma that is no break between phrases: inside a date (March 18, 2025) or a figure (1,000).
_NO_BREAK = rx.compile(r"(?<=\d),(?=\d)|,(?=[ \t]{0,2}\d{4}\b)")


def _asides(text: str) -> Iterator[tuple[int, int]]:
    """The spans of phrases set off by commas, each with its commas, first to last."""
    text = _NO_BREAK.sub("\x00", text)  # (same length: spans hold)
    found = []
    if (m := _LEAD.match(text)) is not None:
        found.append((m.start(), m.end()))
    found += [(m.start(), m.end() - 1) for m in _MIDDLE.finditer(text)]
    if (m := _TAIL.search(text)) is not None:
        found.append((m.start(), m.end()))
    yield from dict.fromkeys(found)


def _phrase(text: str, a: int, b: int) -> str:
    return text[a:b].strip(" ,.")


def _antecedent(before: str) -> str:
    """The noun a phrase after `before` tells of: from its last run of capitalised words to its
    end (were held by Bae's daughter -> Bae's daughter; Ha Jung-woo -> Ha Jung-woo)."""
    words = before.split()
    last = next((i for i in range(len(words) - 1, -1, -1) if words[i][:1].isupper()), None)
    if last is None:
        return before
    while last > 0 and words[last - 1][:1].isupper():
        last -= 1
    return " ".join(words[last:])


def _set_aside(analysis: Analysis, a: int, b: int) -> tuple[str, str, str] | None:
    """(the phrase, the sentence without it, the phrase as a statement of its own) for the
    phrase at text[a:b], or None where it is no phrase to weigh apart."""
    text = analysis.text
    phrase = _phrase(text, a, b)
    if (
        len(phrase) < 3
        or (a == 0 and not _ARTICLE.match(phrase))
        or (a == 0 and (_CIRCUMSTANCE.match(phrase) or _FINITE.search(phrase)))
        or _WHEN.search(phrase)
    ):
        return None
    joiner = "" if a == 0 or b >= len(text.rstrip(" .")) else " "
    rest = (text[:a].rstrip() + joiner + text[b:].lstrip()).strip(" ,")
    if a == 0:
        rest = rest[:1].upper() + rest[1:]
    if b >= len(text.rstrip(" .")):
        rest = rest.rstrip(" ,.") + "."
    told = analyze_sentence(phrase)
    if (a == 0 and told.values) or (told.values and _WHEN.search(rest)):
        # (Bae took office on July 17, 2025, | the same day as …: the phrase set aside
        # would be the clause the rest counts its time from)
        return None
    before = _antecedent(_CLEFT.sub("", text[:a].rsplit(",", 1)[-1].strip()))
    if a == 0:
        # (A Kwangwoon-trained engineer, Bae began …: what the rest's subject is)
        statement = f"{rest.split(' ', 1)[0]} is {phrase[:1].lower()}{phrase[1:]}"
    elif (whose := _WHOSE.match(phrase)) is not None:
        # (Bae, whose parents earned …: Bae's parents earned …)
        statement = f"{before}'s {phrase[whose.end() :]}" if before else ""
    elif _RELATIVE.match(phrase):
        # (Ha Jung-woo, who came from Naver: said of the noun before it)
        statement = f"{before} {_RELATIVE.sub('', phrase).strip()}" if before else ""
    elif (making := _MAKING.match(phrase)) is not None:
        # (…, making him the LG Group's vice chairman: what the subject became)
        whom = making.group(1)
        if whom.lower() in ("him", "her", "it", "them"):
            whom = analysis.actor or ""
        statement = f"{whom} was {phrase[making.end() :]}" if whom else ""
    elif _NOUN_PHRASE.match(phrase):
        # (EXAONE 2.0, Korea's first reasoning AI model, …: what the noun before is)
        statement = f"{before} is {phrase}" if before else ""
    else:
        return None
    if not statement:
        return None
    return phrase, rest, f"{statement[:1].upper()}{statement[1:]}."


@contextlib.contextmanager
def _weighed_apart(analysis: Analysis) -> Iterator[list[tuple[int, int]]]:
    """The phrases of an English sentence to weigh apart, first to last; none in Korean, in a
    long sentence, or while one is weighed already (its judging asks no more phrases)."""
    text = analysis.text
    if analysis.korean or len(text) > MAX_CHARS or "," not in text or _INSIDE.get():
        yield []
        return
    token = _INSIDE.set(True)
    try:
        yield list(_asides(text))[:MAX_ASIDES]
    finally:
        _INSIDE.reset(token)


def aside_held(
    store: Store,
    analysis: Analysis,
    found: Finding,
    judge: Callable[[str], Finding],
) -> Finding | None:
    """The verdict on an unverified English sentence whose phrase set off by commas is what
    no fact holds together with the rest, or None. `judge` judges a sentence."""
    text = analysis.text
    with _weighed_apart(analysis) as spans:
        for a, b in spans:
            apart = _set_aside(analysis, a, b)
            if apart is None:
                continue
            _, rest, statement = apart
            main = judge(rest)
            if main.verdict is not Verdict.supported:
                continue
            said = judge(statement)
            if said.verdict is not Verdict.supported:
                continue
            shift = len(text) - len(rest)
            moved = [
                replace(e, start=e.start + shift, end=e.end + shift) if e.start >= a else e
                for e in main.evidence
            ]
            return Finding(
                text,
                Verdict.supported,
                evidence=[e for e in moved if text[e.start : e.end] == e.found] or moved,
                facts=list(dict.fromkeys([*main.facts, *said.facts[:2]])),
            )
    return None


_OF_A_PERSON = rx.compile(r"(?i:^(?:who|making[ \t]+(?:him|her))\b)")


def person_phrase_objection(
    analysis: Analysis, found: Finding, judge: Callable[[str], Finding]
) -> Finding | None:
    """A supported English sentence whose clause of a person set off by commas (Bae, who was the
    last of the new ministers to be approved, …; …, making him the last minister to clear the
    hearing) the store says otherwise, rebuilt as a statement of its own: misleading (detail).
    None otherwise: a clause the store does not hold stays as the rest was judged (held-out
    true sentences lost some 30 when every phrase was held to it, rebuilt as statements the
    checker cannot read)."""
    text = analysis.text
    with _weighed_apart(analysis) as spans:
        for a, b in spans:
            if a == 0 or not _OF_A_PERSON.match(_phrase(text, a, b)):
                continue
            apart = _set_aside(analysis, a, b)
            if apart is None:
                continue
            phrase, _, statement = apart
            said = judge(statement)
            if said.verdict in (Verdict.contradicted, Verdict.misleading):
                return Finding(
                    text,
                    Verdict.misleading,
                    reason="detail",
                    facts=found.facts,
                    evidence=[replace(e, relation="misleading") for e in found.evidence],
                    explanation=f"the store does not hold '{phrase}': {said.message}",
                )
    return None


def statements_apart(analysis: Analysis) -> list[tuple[int, int, str]]:
    """The first phrase set off by commas of an English sentence that rebuilds as a statement
    of its own, and the rest: [(start, end, the phrase as a statement), (0, end of the
    sentence, the rest)]; [] where there is none. (Asked inside a phrase's judging too: the
    caller judges the two once, with no phrase set aside again.)"""
    text = analysis.text
    if analysis.korean or len(text) > MAX_CHARS or "," not in text:
        return []
    for a, b in list(_asides(text))[:MAX_ASIDES]:
        apart = _set_aside(analysis, a, b)
        if apart is not None:
            _phrase_text, rest, statement = apart
            return [(a, b, statement), (0, len(text), rest)]
    return []
