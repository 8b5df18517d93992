"""Where a thing was done: a place the sentence names (서울 용산에서, 제주에서) that no fact it
rests on names. A fact of that event that names its own place contradicts it (the press
conference at 서울 종로구 HJ비즈니스센터, said to be in 용산); one that names none leaves it
unverified (the store does not say where)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcli.find.search import search
from factcli.store.model import Fact, Store
from factcli.store.readings import texts_of
from factcli.text import patterns as rx
from factcli.text.analysis import Analysis, names_of
from factcli.text.korean import strip_particle
from factcli.text.terms import analyze

# Up to four whole words before 에서 (서울 종로구 HJ비즈니스센터에서), or before 로 of where one
# went: the place is the words among them, back from the last, that name places.
_AT_KO = rx.compile(
    r"((?:(?<!\S)\S+[ \t]){0,3}(?<!\S)\S+?)"
    # (or where one went: 사무실로 출근했다)
    r"(?:에서(?=[\s,])|(?:으로|로)(?=\s*(?:출근|향하|향했|향한|이동|옮겨|옮긴|갔|왔)))"
)
# A word that ends as the name of a place does (서초구, 반포동, 정부세종청사, 우체국).
_PLACE_END = rx.compile(
    r"(?:[가-힣]{1,4}(?:구|동|시|군|도|읍|면)|청사|센터|우체국|국회|사무실|호텔|빌딩|본사|캠퍼스)$"
)
# Words before 에서 that name an occasion or a text, not a place (인사청문회에서, 입장문에서).
_NOT_PLACE = rx.compile(
    r"(?:회|식|문|회의|행사|간담회|발표|연설|인터뷰|보고서|자료|기사|방송|현장|과정|자리|대학원|학교|대학"
    r"|포럼|세미나|콘퍼런스|컨퍼런스|대회|챌린지|축제|총회|전시회|박람회|위원회|과방위)$"
)
_PLACE_KINDS = frozenset(["place", "district", "building"])


def _squashed(text: str) -> str:
    return re.sub(r"[\W_]+", "", text).lower()


def _place_word(word: str) -> bool:
    return bool(
        _PLACE_END.search(word)
        or any(kind in _PLACE_KINDS for kind, _n, _p in names_of(word))
        or re.fullmatch(r"[A-Z][A-Za-z]*", word)
    )


def _place_at(phrase: str) -> list[str]:
    """The words at the end of a phrase before 에서 that name a place (서울 종로구의
    HJ비즈니스센터: 서울, 종로구, HJ비즈니스센터), or [] where its last word names none."""
    words = phrase.split()
    if not words or _NOT_PLACE.search(words[-1]) or not _place_word(words[-1]):
        return []
    place = [words[-1]]
    for word in reversed(words[:-1]):
        bare = strip_particle(word)
        if any(ch.isdigit() for ch in word) or (bare != word and not word.endswith("의")):
            break
        bare = word[:-1] if word.endswith("의") and len(word) > 2 else word
        if _place_word(bare):
            # (past a word of what the place is for: 서초구 우체국 인사청문회 사무실)
            place.insert(0, bare)
    return place


def _told_place(text: str, end: int) -> str:
    """The source's place as it words it, up to six words back from `end` and after any of
    a day or a time (서울 광화문 우체국에 마련된 인사청문회 사무실)."""
    words = text[:end].split()[-6:]
    cut = max(
        (i + 1 for i, w in enumerate(words) if any(ch.isdigit() for ch in w) or w in _WHEN),
        default=0,
    )
    return " ".join(words[cut:])


_WHEN = frozenset(["오전", "오후", "당시", "이날", "당일", "전날", "이튿날"])


def _days(fact: Fact) -> set[str]:
    return {str(d) for d in (fact.date, fact.stated, fact.start) if d}


def of_days(facts: Sequence[Fact], days: set[str]) -> list[Fact]:
    """The facts among `facts` dated, said or begun on any of `days`."""
    return [f for f in facts if _days(f) & days]


def place_unheld(
    store: Store, analysis: Analysis, facts: Sequence[Fact], related: Sequence[Fact]
) -> tuple[int, int, str | None, Fact | None] | None:
    """A place the sentence says a thing was done at that none of `facts`, nor any fact of
    their days among the `related` ones the sentence speaks of (the press conference's, for
    what was said there), names: (start, end, the place the first fact with one gives, that
    fact), or None. Korean only. (The related facts, not the store's: a large store is not
    read whole for a sentence; a fact that names the place with what was done there is
    searched for.)"""
    if not analysis.korean or not facts:
        return None
    held: list[str] = []
    for m in _AT_KO.finditer(analysis.text):
        words = _place_at(m.group(1))
        if not words:
            continue
        if not held:
            # (asked once a place is named: the facts it rests on and those of their days)
            days = set().union(*(_days(f) for f in facts))
            mine = {f.id for f in facts}
            facts = [*facts, *(f for f in of_days(related, days) if f.id not in mine)]
            held = [_squashed(" ".join(texts_of(f))) for f in facts]
        if any(all(_squashed(w) in h for w in words) for h in held):
            continue
        # (or any fact that names the place with what the sentence says was done there:
        # 이튿날 정부세종청사에서 취임식을, a day no supporting fact gives)
        done = [
            w
            for w in analyze(analysis.text[m.end() : m.end() + 24])[:2]
            if len(w) >= 2 and not w.isdigit()
        ]
        found = [m.fact for m in search(store, " ".join([*words, *done]), limit=5)] if done else []
        if any(
            all(_squashed(w) in h for w in words) and any(d in h for d in done)
            for h in (_squashed(" ".join(texts_of(f))) for f in [*related, *found])
        ):
            continue
        start = m.start(1) + m.group(1).find(words[0])
        for fact in facts:
            for text in texts_of(fact):
                theirs = next(
                    (
                        _told_place(text, t.end(1))
                        for t in _AT_KO.finditer(text)
                        if _place_at(t.group(1))
                    ),
                    None,
                )
                if theirs:
                    return start, m.end(1), theirs, fact
        return start, m.end(1), None, None
    return None
