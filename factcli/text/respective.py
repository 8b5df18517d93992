"""A sentence that pairs two lists "respectively" (A와 B는 각각 X, Y; A and B were X and Y,
respectively), read as one sentence per pair: A … X and B … Y.

The pairing is the sentence's claim: `엑사원 3.0과 3.5를 각각 2024년 12월과 8월에 공개했다`
dates 3.5 in August, which is wrong, though both dates are right for one of them. Each reading
keeps the rest of the sentence as written; a date without its year (8월) takes the year of the
first date of its list (2024년 8월).
"""

from __future__ import annotations

import re

from factcli.text import patterns as rx
from factcli.text.analysis import values_of
from factcli.text.korean import final_of

_RESPECTIVELY_KO = rx.compile(r"(?<![가-힣])각각(?:의)?\s*")
_RESPECTIVELY_EN = rx.compile(r",?\s*\brespectively\b", re.IGNORECASE)
# What joins two items of a list: 과/와 after the first, a comma, 및, and.
_JOIN_VALUES = rx.compile(r"\s*(?:과|와|,|및|그리고)\s*|\s*,?\s+and\s+")
# Korean particles that end a noun phrase (the list's case, kept after each item).
_PARTICLE_END = rx.compile(r"(?:으로|로|에서|에게|에|은|는|이|가|을|를|의|도)$")
# A word that modifies the next, not a name of its own (보유했던 메타와: 메타).
_MODIFIER_END = rx.compile(r"(?:던|는|한|된|될|할|운|받은|가진)$")
_NOUN_JOIN_KO = rx.compile(r"(?<=[가-힣A-Za-z0-9.])(?:과|와)\s+|\s+및\s+|,\s+")
_TOTAL_AFTER = rx.compile(
    r"[^.]{0,8}?(?:총|합계|합쳐|모두 합|(?i:\bin\s+total\b|\btotal(?:ing|ling)?\b))"
)
_YEAR = rx.compile(r"\d{4}\s*년\s*")
_MONTH_FIRST = rx.compile(r"\d{1,2}\s*월")
_YEAR_MONTH = rx.compile(r"\d{4}\s*년\s*\d{1,2}\s*월\s*")
_DAY_FIRST = rx.compile(r"\d{1,2}\s*일")
_STOP_EN = frozenset(
    [
        "was",
        "were",
        "is",
        "are",
        "had",
        "have",
        "has",
        "totaled",
        "totalled",
        "came",
        "stood",
        "amounted",
        "reached",
        "got",
        "received",
        "released",
        "unveiled",
        "launched",
        "earned",
    ]
)
_PREPOSITIONS = frozenset(["in", "of", "for", "at", "on", "from", "under", "by", "with"])


def _value_list(text: str) -> tuple[int, int, list[str]] | None:
    """The first run of two or more figures or dates joined as a list: its span and items."""
    values = values_of(text)
    for i in range(len(values) - 1):
        run = [values[i]]
        for nxt in values[i + 1 :]:
            between = text[run[-1].end : nxt.start]
            if not _JOIN_VALUES.fullmatch(between):
                break
            run.append(nxt)
        if len(run) >= 2:
            items = [v.text for v in run]
            year = _YEAR.match(items[0])
            month = _YEAR_MONTH.match(items[0])
            if year:  # (2024년 12월과 8월: 2024년 8월; 7월 16일과 17일: 7월 17일)
                items = [
                    f"{year.group()}{t}"
                    if _MONTH_FIRST.match(t)
                    else f"{month.group()}{t}"
                    if month and _DAY_FIRST.match(t)
                    else t
                    for t in items
                ]
            return run[0].start, run[-1].end, items
    return None


def _noun_list_ko(text: str, skip: tuple[int, int]) -> tuple[int, int, list[str]] | None:
    """Two noun phrases joined by 과/와 (or 및, a comma) outside the figures' list: the span
    of the phrases, without the particle after the last, and the phrases."""
    for m in _NOUN_JOIN_KO.finditer(text):
        if skip[0] <= m.start() < skip[1]:
            continue
        before = text[: m.start()].split(" ")
        first = [before[-1]]
        after = text[m.end() :].split(" ")
        second: list[str] = []
        for word in after[:3]:
            second.append(word)
            if word.endswith("의") and len(second) < 3:
                continue  # (배경훈의 취임식은: the phrase goes on after a genitive)
            if _PARTICLE_END.search(word) or word.endswith((",", ".")):
                break
        else:
            continue
        last = second[-1].rstrip(",.")
        ending = _PARTICLE_END.search(last)
        if ending is None or not last[: ending.start()]:
            continue
        second[-1] = last[: ending.start()]
        ahead = before[-2] if len(before) >= 2 else ""
        genitive = len(second) >= 2 and second[0].endswith("의")  # (배경훈의 취임식)
        if len(second) >= 2 and ahead == second[0]:
            first.insert(0, ahead)  # (엑사원 딥과 엑사원 4.0은: both named in full)
        elif (
            (len(second) == 1 or genitive)
            and re.fullmatch(r"[A-Za-z0-9가-힣]+", ahead)
            and not _PARTICLE_END.search(ahead)
            and not _MODIFIER_END.search(ahead)
            and not ahead.startswith("각각")
        ):
            first.insert(0, ahead)  # (SK텔레콤 미래기술원과 LG경제연구원으로)
        start = m.start() - len(" ".join(first))
        end = m.end() + len(" ".join(second))
        items = [" ".join(first), " ".join(second)]
        if re.fullmatch(r"\d+(?:\.\d+)?", items[1]) and " " in items[0]:
            # (엑사원 3.0과 3.5: the second version of the same model)
            items[1] = f"{items[0].rsplit(' ', 1)[0]} {items[1]}"
        if skip[0] <= start < skip[1] or start < 0:
            continue
        return start, end, items
    return None


_LIST_SPLIT = rx.compile(r",\s*|(?<=[가-힣A-Za-z0-9.])(?:와|과)\s+|\s+및\s+")


def _long_list_ko(text: str, at: int, count: int) -> tuple[int, int, list[str]] | None:
    """Three or more noun phrases before 각각 at `at` (LG 크래프트 상품, 메타, 마이크로소프트
    주식은 각각): their span, without the particle after the last, and the phrases."""
    words = text[:at].split()
    if not words:
        return None
    ending = _PARTICLE_END.search(words[-1])
    if ending is None or not words[-1][: ending.start()]:
        return None
    last = words[-1][: ending.start()]
    region = [last]
    for word in reversed(words[:-1]):
        bare = word.rstrip(",")
        if (
            _PARTICLE_END.search(bare) and not _LIST_SPLIT.search(word + " ")
        ) or _MODIFIER_END.search(bare):
            break
        region.insert(0, word)
    phrase = " ".join(region)
    items = [str(i).strip() for i in _LIST_SPLIT.split(phrase) if str(i).strip()]
    if len(items) != count:
        return None
    head = items[0].rsplit(" ", 1)[0] if " " in items[0] else ""
    # (엑사원 1.0, 2.0, 3.0: the later versions of the same model)
    items = [f"{head} {i}" if head and re.fullmatch(r"\d+(?:\.\d+)?", i) else i for i in items]
    end = text.rfind(last, 0, at) + len(last)
    return end - len(phrase), end, items


def _noun_list_en(text: str, skip: tuple[int, int]) -> tuple[int, int, list[str]] | None:
    """Two noun phrases joined by "and" before the figures' list (The mortgage loan and the
    apartment contract were …)."""
    for m in re.finditer(r"\s+and\s+", text):
        if m.start() >= skip[0]:
            return None
        before = text[: m.start()].split(" ")
        first = [before[-1]]
        for word in reversed(before[:-1][-3:]):
            if not word or word.endswith(",") or word.lower() in _STOP_EN:
                break
            first.insert(0, word)
        second = []
        for word in text[m.end() :].split(" ")[:5]:
            if word.lower().strip(",") in _STOP_EN | _PREPOSITIONS:
                break
            second.append(word)
        if not second:
            continue
        start = m.start() - len(" ".join(first))
        end = m.end() + len(" ".join(second))
        items = [" ".join(first), " ".join(second)]
        if len(second) == 1 and len(first) > 1:
            # (Bae's deposits and debts: Bae's debts)
            items[1] = " ".join([*first[:-1], second[0]])
        return start, end, items
    return None


def respective_readings(text: str) -> list[str] | None:
    """One sentence per pair of a sentence pairing two lists respectively, or None."""
    ko = _RESPECTIVELY_KO.search(text)
    en = _RESPECTIVELY_EN.search(text) if ko is None else None
    if ko is None and en is None:
        return None
    listed = _value_list(text)
    if listed is None:
        return None
    v_start, v_end, values = listed
    if _TOTAL_AFTER.match(text, v_end):
        return None  # (각각 1819만 원, 8549만 원 총 1억368만 원: the total is the whole list's)
    if ko is not None and len(values) >= 3:
        nouns = _long_list_ko(text, ko.start(), len(values))
    elif ko is not None:
        nouns = _noun_list_ko(text, (v_start, v_end))
    else:
        nouns = _noun_list_en(text, (v_start, v_end))
    if nouns is None or len(nouns[2]) != len(values):
        return None
    n_start, n_end, names = nouns
    if n_start < v_end and v_start < n_end:
        return None  # (the lists overlap: not two lists)
    readings = []
    for name, value in zip(names, values, strict=True):
        spans = sorted([(n_start, n_end, name), (v_start, v_end, value)])
        out, at = [], 0
        for start, end, item in spans:
            out += [text[at:start], item]
            at = end
        out.append(text[at:])
        reading = "".join(out)
        reading = _RESPECTIVELY_KO.sub("", reading) if ko else _RESPECTIVELY_EN.sub("", reading)
        reading = re.sub(r"(?<=[\d원개장])씩", "", reading)
        readings.append(re.sub(r"\s{2,}", " ", reading).strip())
    return readings


# After a list, the set it makes (… 3개 모델 가운데, 중에서, of the …): one of it is picked.
_AMONG_KO = rx.compile(r"(?:\s*\d+\s*개)?(?:\s*[가-힣A-Za-z]+)?\s*(?:가운데|중에서|중)\s+")
_AMONG_EN = rx.compile(r"(?i:\b(?:of|among)\s+(?:the\s+)?$)")


def selection_reading(text: str) -> str | None:
    """A sentence that picks one of a list it gives (2.4B, 7.8B, 32B 모델 가운데 … 오른 것은
    7.8B 모델이다; Of the 2.4B, 7.8B and 32B models, …): the sentence without the list, so the
    one picked is checked for what the sentence says of it, not the list for being a list."""
    listed = _value_list(text)
    if listed is None:
        return None
    start, end, items = listed
    korean = _AMONG_KO.match(text, end)
    english = _AMONG_EN.search(text[max(0, start - 12) : start])
    if korean is None and english is None:
        return None
    rest = text[korean.end() :] if korean is not None else text[end:]
    picked = [v.text for v in values_of(rest)]
    if not any(p in items for p in picked):
        return None
    if korean is not None or english is None:
        return re.sub(r"\s{2,}", " ", f"{text[:start]}{rest}").strip()
    head = text[: max(0, start - 12)] + text[max(0, start - 12) : start][: english.start()]
    return re.sub(r"\s{2,}", " ", f"{head}{rest.lstrip(' ,')}").strip()


# A cleft of the other party (꽃다발을 받은 상대는 이재명 대통령이었다; 건넨 사람은 X였다):
# the one given from or to, put last.
_CLEFT_KO = rx.compile(
    r"^(?P<head>.*?\S(?:을|를))\s+(?P<verb>받은|건넨|준|수여한)\s+(?:상대|사람|이|곳)(?:는|은|가)\s+"
    r"(?P<who>[^.]+?)(?:이었다|였다|이다|다|이었습니다|였습니다)\s*\.?\s*$"
)


def _from_particle(word: str) -> str:
    """으로부터 after a final consonant (but ㄹ), 로부터 after a vowel or ㄹ."""
    last = word[-1:]
    if not ("가" <= last <= "힣"):
        return "로부터"
    tail = (ord(last) - 0xAC00) % 28
    return "으로부터" if tail not in (0, 8) else "로부터"


def cleft_reading(text: str) -> str | None:
    """A Korean cleft of the other party of a gift, read as the plain sentence (배경훈이 …
    꽃다발을 받은 상대는 이재명 대통령이었다 -> 배경훈이 … 이재명 대통령으로부터 꽃다발을
    받았다), so the party is compared with the source's."""
    m = _CLEFT_KO.match(text.strip())
    if m is None:
        return None
    head, who = m.group("head"), m.group("who").strip()
    obj_at = head.rfind(" ")
    before, obj = (head[:obj_at], head[obj_at + 1 :]) if obj_at >= 0 else ("", head)
    if m.group("verb") == "받은":
        return f"{before} {who}{_from_particle(who)} {obj} 받았다.".strip()
    return f"{before} {who}에게 {obj} 건넸다.".strip()


# Two subjects, each with its own object, sharing the verb at the end (배우자는 예금 1292만
# 원을, 장녀는 예금 1819만 원을 갖고 있다).
_GAPPED_KO = rx.compile(
    r"^(?P<a>\S+(?:은|는|이|가)\s[^,]+?(?:을|를|에|으로|로)),\s*"
    r"(?P<b>\S+(?:은|는|이|가)\s[^,]+?(?:을|를|에|으로|로))\s+(?P<verb>[^,]+)$"
)


def gapped_readings(text: str) -> list[str] | None:
    """A Korean sentence of two subjects sharing one verb, read as two sentences."""
    m = _GAPPED_KO.match(text.strip())
    if m is None:
        return None
    verb = m.group("verb")
    return [f"{m.group('a')} {verb}", f"{m.group('b')} {verb}"]


# A list of dated items sharing one verb (배경훈은 2017년 LG유플러스 AI기술본부장, 2018년
# AI플랫폼담당 상무를 지냈다): each item begins with its year, the last carries the particle.
_DATED_ITEM = r"\d{4}\s*년(?:\s*\d{1,2}\s*월)?\s++[^,]+?"  # (\s++: a run taken whole)
_DATED_LIST_KO = rx.compile(
    rf"^(?P<subj>\S+(?:은|는|이|가))\s+(?P<items>(?:{_DATED_ITEM},\s*)+{_DATED_ITEM})"
    r"(?P<particle>을|를|으로|로)\s+(?P<verb>[^,\s]+(?:\s[^,\s]+)?)$"
)
_DATED_SPLIT = rx.compile(r",\s*(?=\d{4}\s*년)")
_MOST_DATED = 12
_NOT_NOUN_END = rx.compile(
    r"(?<=[가-힣])(?:은|는|이|가|을|를|에|에서|에게|와|과|의|도|고|며|다|한|된|던|할|서|면|로)$"
)


def _object_particle(word: str, particle: str) -> str:
    """The particle of the list's last item, fitted to another item's last sound (을/를,
    으로/로)."""
    final = final_of(word)
    if particle in ("을", "를"):
        return "을" if final else "를"
    if particle in ("으로", "로"):
        return "으로" if final and final != 8 else "로"
    return particle


def dated_list_readings(text: str) -> list[str] | None:
    """A Korean sentence listing dated items for one verb, read as one sentence each."""
    m = _DATED_LIST_KO.match(text.strip())
    if m is None:
        return None
    items = [str(item) for item in _DATED_SPLIT.split(m.group("items"))]
    if not 2 <= len(items) <= _MOST_DATED or any(not item.strip() for item in items):
        return None  # (a career told so runs to a few posts; a pasted table is no list)
    # (each item a noun phrase: a word with a particle or a verb's ending is a clause, 2024년
    # 연말정산 때 … 인정하고, 2025년 5월 국세청에 정정을 신청했다)
    if any(_NOT_NOUN_END.search(w) for item in items for w in item.split()[1:]):
        return None
    particle, verb = m.group("particle"), m.group("verb")
    return [
        f"{m.group('subj')} {item.strip()}{_object_particle(item.strip(), particle)} {verb}"
        for item in items
    ]
