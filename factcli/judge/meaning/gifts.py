"""The parties of a gift or a transfer: who gave what to whom, sides swapped."""

from __future__ import annotations

import re
from collections.abc import Sequence

from factcli.judge.meaning.subjects import (
    Objection,
    _said_texts,
    _squash,
    _statement_events,
    resolve,
)
from factcli.store.model import Fact, Store
from factcli.text import patterns as rx
from factcli.text.analysis import Analysis, analyze_sentence
from factcli.text.korean import romanised_key, strip_particle

# Who gives and who receives: the party before 에게서/로부터 gives to the subject, the party
# before 에게 receives from it (English: received ... from X, gave ... to X). The Korean two
# serve transfer_objection too, which reads the last words of each party.
_FROM_WIDE_KO = rx.compile(
    r"((?:[가-힣A-Za-z]+\s+){0,3}?[가-힣A-Za-z]+?)(?:으로부터|로부터|에게서|한테서)(?![가-힣])"
)
_TO_WIDE_KO = rx.compile(r"((?:[가-힣A-Za-z]+\s+){0,3}?[가-힣A-Za-z]+?)(?:에게|한테)(?![가-힣서])")
_FROM_WIDE_EN = rx.compile(
    r"\b(?:receiv(?:ed|es)|got|accepted|inherited)\b[^.]{0,60}?\bfrom\s+((?:[A-Z][\w.'’-]*\s*){1,4})"
)
_TO_WIDE_EN = rx.compile(
    r"\b(?:gave|handed|presented|donated|gifted|transferred)\b[^.]{0,60}?\bto\s+"
    r"((?:(?:his|her|their|the)\s+)?(?:[A-Za-z][\w.'’-]*\s*){1,3})"
)
# "gave him 100 million won": the receiver right after the verb, without "to".
_TO_DOUBLE_EN = rx.compile(
    r"\b(?:gave|handed|presented|gifted|transferred|sent|paid)\s+"
    r"(him|her|them|(?:(?:his|her|their|the)\s+)?[A-Za-z][\w'’-]*)\s+"
    r"(?=(?:a|an|the|some|about|around|\d|[A-Z]?\w*\s*won\b))"
)
_PRONOUN_PARTY = frozenset(["him", "her", "them", "그", "그녀", "그에게", "그녀에게"])
# The verb of receiving, in the few words after 에게 (임명장을 받았다, 꽃다발을 건네받았다).
_RECEIVED = rx.compile(r"[^.。]{0,24}?받(?:았|은|고|아|는|을|다)")
_KIN = rx.compile(
    r"자녀|장녀|차녀|딸|아들|장남|차남|자식|(?i:\b(?:daughters?|sons?|child|children)\b)"
)
# A child's parent named as such (딸이 아버지에게): whoever the child is the child of.
_PARENT_WORD = rx.compile(
    r"아버지|어머니|부친|모친|아빠|엄마|(?i:\b(?:father|mother|dad|mom|mum)\b)"
)
_PARTY_TITLES = frozenset(
    [
        "장관",
        "위원장",
        "원장",
        "후보자",
        "대표",
        "수석",
        "실장",
        "차관",
        "회장",
        "총장",
        "교수",
        "의원",
        "대통령",
        "씨",
        "님",
    ]
)


# Words before a party that belong to the clause, not to its name (위원장은 취임식에서 배
# 장관에게: 배 장관): up to the last word with a particle of topic, object or place.
_PARTY_LEAD = rx.compile(r"^(?:\S+\s+)*\S+(?:은|는|을|를|에서|에선)\s+(?=\S)")
_OWNED_NOUN = rx.compile(r"(?:'s|’s)?\s+([a-z]+)")  # (Bae's daughter: whose)


def _gift_parties(text: str, actor: str | None) -> list[tuple[str, str]]:
    """(giver, receiver) phrases a text states, with `actor` as its grammatical subject."""
    if not actor:
        return []
    out = []
    for pattern, actor_gives in (
        (_FROM_WIDE_KO, False),
        (_FROM_WIDE_EN, False),
        (_TO_WIDE_KO, True),
        (_TO_WIDE_EN, True),
        (_TO_DOUBLE_EN, True),
    ):
        for m in pattern.finditer(text):
            other = _PARTY_LEAD.sub("", m.group(1).strip())
            if pattern is _TO_WIDE_KO and _RECEIVED.match(text, m.end(), m.end() + 40):
                gives = False  # 대통령에게 임명장을 받았다: 에게 with 받다 is from whom
            else:
                gives = actor_gives
            out.append((actor, other) if gives else (other, actor))
    return out


def _same_party(store: Store, a: str, b: str) -> bool:
    """Two phrases name the same party: one subject, a child both, or a name in both."""
    if _KIN.search(a) and _KIN.search(b):
        return True
    ra, rb = resolve(store, a), resolve(store, b)
    if ra is not None and rb is not None:
        return ra == rb
    if _KIN.search(a) or _KIN.search(b):
        return False
    words = [w for w in re.findall(r"[가-힣]{2,}|[A-Za-z]{3,}", a) if w not in _PARTY_TITLES]
    squashed = _squash(b)
    return any(strip_particle(w, min_stem=2).lower() in squashed for w in words)


def _party(phrase: str) -> str:
    """A party's phrase without the words before it (낸 입장문에서 자녀: 자녀)."""
    words = phrase.split()
    while len(words) > 1 and (
        len(words[0]) == 1
        or re.search(r"\d", words[0])
        or re.search(r"(?:에서|은|는|이|가|을|를)$", words[0])
    ):
        words.pop(0)
    return " ".join(words)


def same_gift(store: Store, analysis: Analysis, fact: Fact) -> bool:
    """The sentence names the fact's giver and receiver on the same sides (정현석이 배 장관에게
    건넸다, where the minister received it from 정현석: the one gift told from the other side),
    and nowhere the other way round (swap_objection's case)."""
    if not analysis.actor or not analysis.actor_span:
        return False
    start, end = analysis.actor_span
    mine = _gift_parties(analysis.text, analysis.text[start:end])
    same = False
    for text in (fact.statement, *(r.quote for r in fact.sources)) if mine else ():
        theirs = _gift_parties(text, analyze_sentence(text).actor) if text else []
        for giver, receiver in mine:
            if giver.lower() in _PRONOUN_PARTY or receiver.lower() in _PRONOUN_PARTY:
                continue
            for their_giver, their_receiver in theirs:
                if _same_party(store, giver, their_receiver) and _same_party(
                    store, receiver, their_giver
                ):
                    return False
                same = same or (
                    _same_party(store, giver, their_giver)
                    and _same_party(store, receiver, their_receiver)
                )
    return same


# A recipient named (에게, to him): whose side it is, weighed by swap_objection's parties;
# or a giving in the passive (was handed, 수여됐다), which its subject receives.
_RECIPIENT = rx.compile(
    r"에게|한테|께\s|수여됐|수여받|(?i:\bto\s+(?:him|her|them|[A-Z])|"
    r"\b(?:was|were|been|being|is|are)\s+(?:\w+\s+)?(?:handed|given|presented|awarded|granted)\b|"
    # (the ministry gave Bae the order: a receiver before the thing given)
    r"\b(?:gave|gives|give|handed|hands|awarded|awards|presented|granted|offered)\s+"
    r"(?:him|her|them|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+(?:the|a|an|his|her|its)\b)"
)


def _side_objection(store: Store, analysis: Analysis, fact: Fact) -> Objection | None:
    """The fact's subject received it and the sentence has them give it (배경훈은 훈장을 줬다,
    where he received it), or the other way round, with no other party named."""
    if _RECIPIENT.search(analysis.text) or resolve(store, analysis.actor or "") != fact.subject:
        return None
    mine = {e for c in analysis.clauses for e in c.events}
    # (the Korean statement's verbs only: an English passive, "was awarded", reads as giving)
    theirs = _statement_events(fact, english=False)
    for put, said in (("give", "receive"), ("receive", "give")):
        if put in mine and said not in mine and said in theirs and put not in theirs:
            subject = store.subjects.get(fact.subject)
            who = (
                (subject.name if analysis.korean else subject.name_en) if subject else fact.subject
            )
            verbs = {"receive": "received", "give": "gave"}
            return Objection(
                "direction", f"the source says {who} {verbs[said]} it; the sentence, {verbs[put]}"
            )
    return None


def swap_objection(store: Store, analysis: Analysis, fact: Fact) -> Objection | None:
    """Giver and receiver swapped: 정현석 위원장이 배 장관에게서 꽃다발을 받았다, where the
    minister received it from 정현석; 장녀가 배 장관에게 1억 원을 증여했다, where he gave it."""
    if not analysis.actor or not analysis.actor_span:
        return None
    side = _side_objection(store, analysis, fact)
    if side is not None:
        return side
    start, end = analysis.actor_span
    phrase = analysis.text[start:end]
    owned = _OWNED_NOUN.match(analysis.text[end:])
    if owned and (phrase.endswith(("'s", "’s")) or owned.group().startswith(("'", "’"))):
        phrase = f"{phrase.removesuffix('’s').removesuffix(chr(39) + 's')}'s {owned.group(1)}"
        # Bae's daughter: the daughter, not Bae
    mine = _gift_parties(analysis.text, phrase)
    if not mine:
        return None
    for text in (fact.statement, *(r.quote for r in fact.sources)):
        if not text:
            continue
        theirs = _gift_parties(text, analyze_sentence(text).actor)
        for giver, receiver in mine:
            for their_giver, their_receiver in theirs:
                # A pronoun (gave him) is whoever the source has on that side.
                if (
                    (giver.lower() in _PRONOUN_PARTY or _same_party(store, giver, their_receiver))
                    and (
                        receiver.lower() in _PRONOUN_PARTY
                        or _same_party(store, receiver, their_giver)
                        # (the daughter gave her father: the father is who gave to her)
                        or (
                            _PARENT_WORD.search(receiver) is not None
                            and _KIN.search(giver) is not None
                            and resolve(store, their_giver) is not None
                        )
                    )
                    and not (giver.lower() in _PRONOUN_PARTY and receiver.lower() in _PRONOUN_PARTY)
                ):
                    return Objection(
                        "direction",
                        f"the source says {_party(their_giver)} gave and"
                        f" {_party(their_receiver)} received",
                    )
    return None


# Who gave and who received: 대통령으로부터 받았다 is not 대통령에게 수여했다.
_GIVE_VERB = rx.compile(
    r"(?:건넸|건네|전달했|전달하|수여했|수여하|줬|주었|드렸|보냈|선물했|증여했)"
    r"|(?i:\b(?:gave|give[sn]?|handed|presented|awarded|granted|sent|delivered)\b)"
)
# (a title or two before the name: to union leader Jeong Hyeon-seok)
_TO_EN = rx.compile(r"\bto\s+(?:[a-z']+\s+){0,3}?((?:[A-Z][\w.-]*\s?){1,3})")
_FROM_EN = rx.compile(r"\bfrom\s+(?:[a-z']+\s+){0,3}?((?:[A-Z][\w.-]*\s?){1,3})")


def _parties(pattern: rx.Pattern, text: str) -> set[str]:
    """The last word or two of each party a pattern finds (이재명 대통령, 위원장)."""
    found: set[str] = set()
    for m in pattern.finditer(text):
        words = [w.lower().strip(".,") for w in m.group(1).split()]
        # (a romanised name in one spelling: Jeong Hyeon-seok is Jung Hyun-seok)
        found.update(
            romanised_key(w) if w.isascii() else w
            for w in words[-2:]
            if len(w) >= 2 and w not in ("the", "president")
        )
    return found


def transfer_objection(analysis: Analysis, fact: Fact) -> Objection | None:
    """The sentence has the giver and the receiver the other way round: it gives to the one
    the source says it came from (대통령에게 수여했다 for 대통령으로부터 받았다)."""
    text = analysis.text
    if not _GIVE_VERB.search(text):
        return None
    pattern = _TO_EN if not analysis.korean else _TO_WIDE_KO
    receivers = _parties(pattern, text)
    if not receivers:
        return None
    source = " ".join(_said_texts(fact))
    givers = _parties(_FROM_WIDE_KO, source) | _parties(_FROM_EN, source)
    # Only when the source never has them receive it too.
    receivers_there = _parties(_TO_WIDE_KO, source) | _parties(_TO_EN, source)
    reversed_ = (receivers & givers) - receivers_there
    if not reversed_:
        return None
    key = sorted(reversed_)[0]
    # (as the source writes the name)
    who = next(
        (
            w.strip(".,")
            for m in (*_FROM_WIDE_KO.finditer(source), *_FROM_EN.finditer(source))
            for w in m.group(1).split()
            if (romanised_key(w.strip(".,")) if w.isascii() else w.lower()) == key
        ),
        key,
    )
    return Objection("direction", f"the source says it came from {who}, not that it went to them")


# A deal's side: what was sold and what was bought (집을 팔고 아파트를 매매했다).
_SELL = r"매각|매도|팔|판\s|판매|처분"
_BUY = r"매입|매수|샀|사들|산\s|구입|구매|취득|매매"
_DEAL_KO = rx.compile(
    r"([가-힣A-Za-z0-9]+?)(?:을|를)\s*(?:모두\s*|전량\s*|일부\s*)?"
    rf"(?:(?P<sell>{_SELL})|(?P<buy>{_BUY}))"
)
_HELD_THING_EN = r"apartment|flat|home|house|stocks?|shares?|holdings?|securities|car|vehicle|land"
_DEAL_EN = rx.compile(
    r"(?i:\b(?:(?P<sell>sold|sell|sells|selling|dispos(?:ed|es|ing)\s+of)|"
    r"(?P<buy>bought|buy|buys|buying|purchas(?:ed|es|ing)|acquir(?:ed|es|ing)))\s+"
    rf"(?:[\w'.,-]+\s+){{0,5}}?(?P<thing>{_HELD_THING_EN})\b)"
)


# The passive (the stocks were bought, the home was sold).
_DEAL_PASSIVE_EN = rx.compile(
    rf"(?i:\b(?P<thing>{_HELD_THING_EN})\s+(?:was|were|had\s+been|have\s+been)\s+"
    r"(?:(?P<sell>sold|disposed\s+of)|(?P<buy>bought|purchased|acquired))\b)"
)


def _deals(text: str) -> set[tuple[str, str]]:
    """(thing, "sell" or "buy") for each deal a text tells of."""
    found = set()
    for m in _DEAL_PASSIVE_EN.finditer(text):
        found.add((m.group("thing").lower().rstrip("s"), "sell" if m.group("sell") else "buy"))
    for m in _DEAL_KO.finditer(text):
        found.add((m.group(1), "sell" if m.group("sell") else "buy"))
    for m in _DEAL_EN.finditer(text):
        thing = m.group("thing").lower().rstrip("s")
        found.add((thing, "sell" if m.group("sell") else "buy"))
    return found


def deal_objection(analysis: Analysis, fact: Fact) -> Objection | None:
    """The sentence has a thing sold that the source has bought, or the other way round (서초구
    아파트를 매각했다, where he sold his home and bought the Seocho apartment)."""
    mine = _deals(analysis.text)
    if not mine:
        return None
    theirs = {d for text in _said_texts(fact) for d in _deals(text)}
    for thing, side in sorted(mine):
        other = "buy" if side == "sell" else "sell"
        if (thing, other) in theirs and (thing, side) not in theirs:
            said = "bought" if other == "buy" else "sold"
            return Objection("direction", f"the source says {thing} was {said}")
    return None


def deal_lent(text: str, facts: Sequence[Fact]) -> bool:
    """Facts joined to hold a sentence, one of which tells of a deal of another thing on the
    same side (추천을 받아 주식을 매수했다, lent to the apartment the sentence has bought):
    what it tells of went with its own deal, not the sentence's."""
    mine = _deals(text)
    if not mine:
        return False
    mine = {(_THING_OF.get(t, t), s) for t, s in mine}
    for fact in facts:
        told = [*_said_texts(fact), fact.statement_en or ""]
        theirs = {(_THING_OF.get(t, t), s) for x in told for t, s in _deals(x)}
        for thing, side in mine:
            # (things in the sentence's script only: 주식 is not set against "share")
            others = {t for t, s in theirs if s == side and t.isascii() == thing.isascii()}
            if (thing, side) not in theirs and others - {thing}:
                return True
    return False


# One thing under its other names (shares, stock, securities; 주식, 증권).
_THING_OF = {"share": "stock", "securitie": "stock", "holding": "stock", "증권": "주식"}
