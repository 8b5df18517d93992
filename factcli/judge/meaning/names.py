"""Names, titles and posts: another name than the fact gives (name_objection)."""

from __future__ import annotations

import re

from factcli.judge.meaning.subjects import (
    _TITLE_KO,
    Objection,
    _fact_texts,
    _is_person,
    _said_texts,
    _squash,
    resolve,
)
from factcli.store.model import Fact, Store
from factcli.text import patterns as rx
from factcli.text.analysis import Analysis, analyze_sentence, names_of
from factcli.text.korean import has_hangul, romanised_key, strip_particle
from factcli.text.records import replace

# An organisation's name right before a post in it: 한국소프트웨어산업협회(KOSA) AI정책협력위원장.
_POST_ORG = rx.compile(
    r"(?<![가-힣A-Za-z])((?:[A-Z]{2,}\s?)?[가-힣A-Za-z]{2,}(?:협회|진흥원|연구원|연구소|재단|학회|"
    r"협의회|연합회|공단|공사|위원회|센터))(?:\s*\(\s*[A-Za-z]{2,}\s*\)?)?"
    r"(?:\s*[가-힣A-Za-z]{0,12}?(?:위원장|부회장|회장|원장|소장|이사장|이사|대표|위원|센터장|본부장|단장)"
    r"|장(?![가-힣]{2}))"
)


def _posts(text: str) -> list[tuple[str, str, int, int]]:
    """(organisation, post, start, end) of each post a text names with its organisation."""
    out = []
    for m in _POST_ORG.finditer(text):
        post = re.sub(r"^\s*\([^)]*\)?", "", m.group()[len(m.group(1)) :])
        out.append((m.group(1), post, m.start(1), m.end(1)))
    return out


_TITLE_EN = rx.compile(
    r"(?i:\b(non-executive director|non-standing director|executive vice president|"
    r"senior vice president|vice president|vice chair(?:man|woman|person)?|"
    r"chair(?:man|woman|person)?|president|head|chief|ceo|director|research fellow|"
    r"principal researcher|senior researcher|researcher|civilian member|member|executive)\b)"
)
_TITLE_SAME = {
    "연구원장": "원장",
    "연구소장": "소장",
    "사외이사": "비상임이사",
    "civilian member": "member",
}
# English titles that each name the top of a body: one for another is no error of fact here
_TITLE_TOPS = frozenset(["president", "chair", "chairman", "chairwoman", "chairperson", "head",
                         "chief", "ceo"])  # fmt: skip


# A field after a title (head of AI, chief of AI platforms): the one in charge of it.
_HEAD_OF_FIELD = rx.compile(
    r"(?i:\s+(?:of|for)\s+(?:the\s+)?(?:AI|artificial intelligence|research|platforms?|"
    r"technology|data)\b(?!\s+(?:Research|Institute|Center|Centre|Lab)\b))"
)


def _titles(text: str, korean: bool, skip: tuple[int, int] | None = None) -> set[str]:
    pattern = _TITLE_KO if korean else _TITLE_EN
    found = set()
    for m in pattern.finditer(text):
        if skip and skip[0] <= m.start() < skip[1]:
            continue  # (배경훈 장관은, Minister Bae: who the sentence is about, not the post)
        if m.group(1) in ("연구원", "위원") and m.start() and not text[m.start() - 1].isspace():
            continue  # (LG경제연구원, 국가인공지능위원회: the end of a body's name)
        if not korean and _HEAD_OF_FIELD.match(text, m.end()):
            continue  # (head of AI: in charge of a field, as 담당 says, not a body's top)
        word = m.group(1) if korean else m.group(1).lower()
        found.add(_TITLE_SAME.get(word, word))
    return found


def title_objection(analysis: Analysis, fact: Fact) -> Objection | None:
    """A post said to be another than the fact's (KOSA 회장, where he chaired its AI policy
    committee; head of NIPA, where he was a non-executive director of its board)."""
    if fact.kind != "position":
        return None
    korean = analysis.korean
    stretch = _own_stretch(analysis, fact)
    mine = _titles(stretch, korean, analysis.actor_span)
    texts = [str(fact.value or ""), fact.statement] if korean else [fact.statement_en or ""]
    theirs = set().union(*(_titles(t, korean) for t in texts if t))
    post = _titles(str(fact.value or ""), korean) if korean else set()
    # (one clause: in two, the post taken may be the other clause's, 같은 해 7월 장관에
    # 임명됐다 beside the committee chair he took)
    took = _TOOK_UP.search(stretch) if post and len(analysis.clauses) == 1 else None
    if took is not None and not took.group(1).endswith(tuple(post)):
        # (the post taken up, against the fact's value, the post: its statement may name
        # another's beside it, 정현석은 배경훈 장관 취임식 당시 … 위원장이었다, where the
        # sentence has him take office as a minister)
        mine, theirs = {took.group(1)}, post
    if not mine:
        return None
    if not theirs or mine & theirs:
        return None
    if not korean and (not mine & _TITLE_TOPS or theirs & _TITLE_TOPS):
        # English titles are the store's translations (상무: executive or vice president):
        # only the top of a body said of one who was not its top is weighed.
        return None
    said = sorted(theirs, key=len)[-1]
    put = sorted(mine, key=len)[-1]
    if korean:
        # the post as the source names it whole (AI정책협력위원장, not 위원장)
        whole = next(
            (m.group() for t in texts for m in re.finditer(rf"[^\s(),]*{re.escape(said)}", t)), said
        )
        said = strip_particle(whole, min_stem=2) if whole != said else said
    return Objection("name", f"{put} should be {said}", put, said)


def _own_stretch(analysis: Analysis, fact: Fact) -> str:
    """Of a sentence that lists dated posts (2006년 삼성탈레스, 2011년 SK텔레콤, … 2020년
    LG AI연구원 초대 원장이 됐다), the stretch from after the date before the fact's date to
    the next date, the rest blanked (positions kept): a title told after a later date is that
    post's.
    The whole sentence where it has one date, or none of the fact's year."""
    dates = sorted((v for v in analysis.values if v.date is not None), key=lambda v: v.start)
    when = str(getattr(fact, "start", None) or fact.date or "")
    if len(dates) < 2 or not when:
        return analysis.text
    text = analysis.text
    kept = [" "] * len(text)
    found = False
    for i, v in enumerate(dates):
        iso = v.date.iso if v.date is not None else ""
        if iso and (when.startswith(iso) or iso.startswith(when)):
            # (from after the date before it: 원장으로 2016년 입사했고 is the 2016 post's)
            start = dates[i - 1].end if i else 0
            # (… 비상임이사를 지냈고, 이듬해 9월엔 …: not past the end of the clause before)
            breaks = list(_ITEM_BREAK.finditer(text, start, v.start))
            start = breaks[-1].end() if breaks else start
            end = dates[i + 1].start if i + 1 < len(dates) else len(text)
            kept[start:end] = text[start:end]
            found = True
    return "".join(kept) if found else text


_ITEM_BREAK = rx.compile(r"[,;]|(?:고|며)\s")


# A post said to be taken up (장관으로 취임했다, 원장에 임명됐다).
_TOOK_UP = rx.compile(
    r"(장관|차관|총리|수석|비서실장|원장|위원장|회장|사장|대표|본부장|단장|소장|이사장|총장)"
    r"(?:으로|로|에)\s*(?:취임|임명|선임|발탁|부임|올랐|오른|올라)"
)


def post_objection(analysis: Analysis, fact: Fact) -> Objection | None:
    """The fact's post said to be in another organisation than the one it names
    (한국인터넷진흥원 AI정책협력위원장 for the 한국소프트웨어산업협회's)."""
    mine = _posts(analysis.text)
    if not mine:
        return None
    texts = [*_said_texts(fact), str(fact.value or "")]
    theirs = _squash(" ".join([*texts, fact.org or ""]))
    # The fact's organisations with their posts: a position's own, or those its texts name
    # (배경훈 LG AI연구원장은 ... 강연했다).
    orgs = [(fact.org, "")] if fact.kind == "position" and fact.org else []
    orgs += [(org, post) for text in texts for org, post, _s, _e in _posts(text)]
    if not orgs:
        return None
    squashed = _squash(analysis.text)
    for name, post, start, end in mine:
        if _squash(name) in theirs or _squash(post) not in theirs:
            continue  # the fact's organisation, or another post than the fact's
        if re.match(r"[^\s,.]{0,4}\s*출신", analysis.text[end:]) or re.search(
            r"(?i:\bformer(?:ly)?\b)\s*$", analysis.text[max(0, start - 12) : start]
        ):
            continue  # a post held before (센터장 출신, former head of): not the fact's now
        for org, their_post in orgs:
            if _squash(org) in squashed:
                break  # the sentence names the fact's organisation too
            if their_post and _squash(their_post) != _squash(post):
                continue
            return Objection("name", f"{name} should be {org}", name, org, start, end)
    return None


# Words of a post held: an employer named with them is a value too (head of LG AI Research).
_POST_WORDS = rx.compile(
    r"원장|연구위원|연구원으로|상무|전무|부사장|사장|본부장|재직|근무|복무|담당|맡[았아으은는]|"
    r"일[했하한]|(?i:\bhead\b|\bchief\b|\bdirector\b|\bpresident\b|\bexecutive\b|"
    r"\bvice\s+president\b|\bworked\b|\bworking\b|\bin\s+charge\b|\bserved\b|\bserving\b|"
    r"\bresearcher\b)"
)


# A post held at the time of what the sentence tells (과기부 장관이던 2023년, LG AI연구원장으로
# 일하던 시기에, as LG AI Research's head in 2023).
_HELD_KO = rx.compile(
    r"((?:[가-힣A-Za-z]+\s){0,2}[가-힣A-Za-z]*(?:장관|원장|위원장|본부장|단장|상무|전무|연구위원|"
    r"연구원|대표|위원|이사))\s*(?:이던|이었던|였던|으로\s*(?:일하던|재직하던|있던|근무하던|재임하던)|"
    r"을\s*맡(?:던|고\s*있던))"
)
_TITLE_OF = rx.compile(r"(장관|원장|위원장|본부장|단장|상무|전무|연구위원|연구원|대표|위원|이사)$")


# Corporate ranks, lowest first: a promotion goes up the ladder (상무 to 전무).
_LADDER = ("상무보", "상무", "전무", "부사장", "사장", "부회장", "회장")
_LADDER_RANK = rx.compile(r"(?<![가-힣])(상무보|상무|전무|부사장|사장|부회장|회장)")
_PROMOTED = rx.compile(r"승진|(?i:\bpromot(?:ed|ion|es)\b)")
# One rank to another: 전무에서 상무로 (바뀌었다, 올랐다, 옮겼다).
_RANK_TO_RANK = rx.compile(
    rf"(?<![가-힣])(?:{'|'.join(_LADDER)})(?:직)?\s*에서\s*"
    rf"(?:{'|'.join(_LADDER)})(?:직)?\s*(?:으로|로)(?![가-힣])"
)


def promotion_objection(analysis: Analysis, fact: Fact) -> Objection | None:
    """A promotion the sentence has go down the ladder (전무에서 상무로 승진, promoted from
    전무 down to 상무; or a change of rank told without the word, 전무에서 상무로 바뀌었다),
    where the fact tells of the promotion: the ranks are the right ones, in the wrong order."""
    if not (_PROMOTED.search(analysis.text) or _RANK_TO_RANK.search(analysis.text)) or not any(
        _PROMOTED.search(t) for t in _said_texts(fact)
    ):
        return None
    ranks = [m.group(1) for m in _LADDER_RANK.finditer(analysis.text)]
    if len(ranks) != 2 or ranks[0] == ranks[1]:
        return None
    before, after = (_LADDER.index(r) for r in ranks)
    if after > before:
        return None
    return Objection("direction", f"a promotion goes up, from {ranks[1]} to {ranks[0]}, not down")


def held_objection(store: Store, analysis: Analysis) -> Objection | None:
    """A post the sentence says he held at a year the store has him in another: 과기부 장관이던
    2023년, where he became minister in 2025."""
    if not analysis.korean or not ("던" in analysis.text or "맡" in analysis.text):
        return None
    for m in _HELD_KO.finditer(analysis.text):
        clause = analysis.clause_at(m.start())
        years = [
            v.date.year
            for v in analysis.values
            if v.date is not None and v.date.year and clause.start <= v.start < clause.end
        ]
        if len(years) != 1:
            continue
        post = m.group(1).strip()
        title = _TITLE_OF.search(post)
        if title is None:
            continue
        orgs = {name for kind, name, _p in names_of(post) if kind in ("ministry", "employer")}
        words = re.findall(r"[가-힣A-Za-z]{2,}", post[: title.start()])
        held = []
        for fact in store.facts:
            if fact.kind != "position" or not isinstance(fact.value, str) or not fact.start:
                continue
            where = f"{fact.value} {fact.org or ''}"
            theirs = {
                name for kind, name, _p in names_of(where) if kind in ("ministry", "employer")
            }
            if title.group(1) not in fact.value:
                continue
            if orgs and not orgs & theirs:
                continue
            if not orgs and not all(_squash(w) in _squash(where) for w in words):
                continue
            held.append(fact)
        if not held:
            continue
        year = years[0]
        if any(
            int(str(f.start)[:4]) <= year <= (int(str(f.end)[:4]) if f.end else 9999) for f in held
        ):
            continue
        first = min(held, key=lambda f: str(f.start))
        return Objection(
            "relation",
            f"the source has {first.value} from {first.start}"
            + (f" to {first.end}" if first.end else "")
            + f", not in {year}",
        )
    return None


def _employers_by_role(fact: Fact) -> dict[bool, set[str]]:
    """The employers a fact's texts name, by whether they are the one left (True) or not."""
    out: dict[bool, set[str]] = {True: set(), False: set()}
    for text in _said_texts(fact):
        analysis = analyze_sentence(text)
        for kind, name, pos in analysis.names:
            if kind == "employer":
                left_of = analysis.clause_at(pos).end_object or ""
                out[bool(left_of) and _squash(name) in _squash(left_of)].add(name)
    return out


def _wrongly_left(analysis: Analysis, fact: Fact, name: str, pos: int) -> set[str]:
    """The employers the fact says were left, where the sentence has `name` left and the fact
    does not (SK텔레콤을 떠났다, where he left 삼성탈레스 for it in 2011). A post's own
    organisation is the one left when the sentence's year is the post's end, not its start."""
    clause = analysis.clause_at(pos)
    if not clause.end_object:
        return set()
    at = analysis.text.find(clause.end_object)
    if _squash(name) not in _squash(clause.end_object) and not at <= pos < at + len(
        clause.end_object
    ):
        return set()
    left = set(_employers_by_role(fact)[True])
    if not left and fact.org and fact.end and fact.end[:4] != (fact.start or "")[:4]:
        years = {v.date.year for v in analysis.values if v.date is not None}
        if int(fact.end[:4]) in years:
            left = {fact.org}
    mine = _squash(name)
    if not left or any(mine in _squash(e) or _squash(e) in mine for e in left):
        return set()
    return left


def _unheard_of(kind: str, name: str, store: Store | None) -> bool:
    """A model version the store never names anywhere (엑사원 5.0): wrong even in a list
    that names the right ones too."""
    if store is None or not (kind == "model" or kind.startswith("version-")):
        return False
    from factcli.store.index import store_index
    from factcli.text.terms import analyze

    index = store_index(store)
    return not all(index.has(t) for t in analyze(name))


# A body's name by its head noun: the Korea Software Industry Association, 교육위원회.
_BODY_HEADS = (
    "Association|Committee|Institute|Agency|Commission|Council|Federation|Foundation|Society"
)
_BODY_EN = rx.compile(
    rf"\b((?:[A-Z][\w&'’.-]*,?\s+(?:(?:of|and|for|on)\s+)?){{1,6}}({_BODY_HEADS}))\b"
)
_BODY_KO = rx.compile(r"([가-힣A-Za-z]{2,}(협회|진흥원|재단|학회|협의회|연합회|공단|위원회))")
_NOT_NAMING = frozenset(["the", "korea", "korean", "national", "a", "an"])
_SPELT_AI = rx.compile(r"(?i:\bartificial\s+intelligence\b)")


def _bodies(text: str) -> list[tuple[str, str, int, int]]:
    """(name, head noun, start, end) of each body a text names by its head noun."""
    found = [(m.group(1), m.group(2), m.start(1), m.end(1)) for m in _BODY_EN.finditer(text)]
    return found + [(m.group(1), m.group(2), m.start(1), m.end(1)) for m in _BODY_KO.finditer(text)]


def _of_another_date(analysis: Analysis, position: int, fact: Fact) -> bool:
    """Whether the name at `position` is in a clause of its own whose dates are none of the
    fact's (switched to the LG institute in 2016, after the move of 2011 the fact tells)."""
    if len(analysis.clauses) < 2:
        return False
    clause = analysis.clause_at(position)
    years = {
        v.text[m.start() : m.end()]
        for v in analysis.values
        if v.family == "date" and clause.start <= v.start < clause.end
        for m in [re.search(r"\d{4}", v.text)]
        if m
    }
    held = {str(d)[:4] for d in (fact.date, fact.start, fact.end, fact.deadline) if d}
    return bool(years) and not years & held


def body_objection(analysis: Analysis, fact: Fact) -> Objection | None:
    """A body named by its head noun (the Korea Artificial Intelligence Industry Association)
    where the fact names another body of that head (the Korea Software Industry Association)
    and not the sentence's words."""
    mine = [
        b
        for b in _bodies(analysis.text)
        if analysis.in_window(b[2]) and not _of_another_date(analysis, b[2], fact)
    ]
    if not mine:
        return None
    texts = _said_texts(fact)
    joined = " ".join(texts)
    low, squashed = joined.lower(), _squash(joined)
    for name, head, start, end in mine:
        if name.isascii():
            # (Artificial Intelligence, spelt out, for the AI of a body the source names)
            spelt = _SPELT_AI.sub("AI", name)
            if spelt != name and any(_squash(spelt) == _squash(b[0]) for b in _bodies(joined)):
                continue
            words = [w.lower() for w in re.findall(r"[A-Za-z][\w&'’-]*", name)]
            if all(w in low for w in words if w not in _NOT_NAMING and w != head.lower()):
                continue
        elif _squash(name) in squashed:
            continue
        theirs = [b for b in _bodies(joined) if b[1] == head and _squash(b[0]) != _squash(name)]
        # (the source's name in the sentence's language first: the Ministry of Science and
        # ICT for an English one)
        theirs.sort(key=lambda b: b[0].isascii() == analysis.korean)
        if theirs:
            return Objection(
                "value",
                f"{name} should be {theirs[0][0]}",
                found=name,
                expected=theirs[0][0],
                start=start,
                end=end,
                fact=fact.id,
            )
    return None


# An employer the fact gives as someone's origin, named just before them: (네이버 출신의)
# 하정우, 네이버 출신 하정우 수석; formerly of Naver, after a name.
_ANOTHERS_ORIGIN = rx.compile(r"[^\s()]+\s*출신(?:의|인)?\)?\s+[가-힣]{2,4}(?:\s|$)")
_FORMERLY = rx.compile(r"\((?i:formerly\s+(?:of|at|with))\s+$")
# The owners of a joint venture the fact names (삼성전자와 프랑스 탈레스그룹의 합작사인
# 삼성탈레스, a joint venture of Samsung Electronics and Thales): what the venture is, not
# where he worked.
_VENTURE_OWNER_KO = rx.compile(r"(?:와|과)?\s*(?:[^\s,.]+\s+){0,2}?[^\s,.]*의\s*합작")
_VENTURE_OWNER_EN = rx.compile(
    r"(?i:\bjoint\s+venture\s+(?:of|between)\s+(?:[\w'’.-]+\s+){0,5}(?:and\s+)?(?:[\w'’.-]+\s+){0,2})$"
)


# Where a move went: an employer just before 로 옮겼다 / 으로 이직했다, or after "moved to".
_MOVED_TO_KO = rx.compile(r"(?:\s[^\s]{1,8}?)?(?:으로|로)\s*(?:자리를\s*)?(?:옮|이직|이동|전직)")
_MOVED_EN = rx.compile(r"(?i:\b(?:moved|switched|went|transferred)\b)")
_TO_EN = rx.compile(r"(?i:\bto\s+(?:the\s+)?$)")


def _destinations(text: str) -> dict[str, tuple[str, int]]:
    """The employers a text says a move went to (SK텔레콤 미래기술원으로 자리를 옮겼다), each
    with its name as the text writes it and where."""
    out = {}
    for kind, name, at in names_of(text, loose=True):
        if kind != "employer":
            continue
        shown = name
        if text[at : at + len(name)] != name:
            # (a name in English: the capitalised words from there, SK Telecom)
            m = _CAPITALISED.match(text, at)
            shown = m.group() if m else name
        before = text[max(0, at - 50) : at]
        if _MOVED_TO_KO.match(text, at + len(shown)) or (
            _MOVED_EN.search(before) and _TO_EN.search(before)
        ):
            out[name] = (shown, at)
    return out


def _mostly_hangul(text: str) -> bool:
    return len(re.findall("[가-힣]", text)) * 3 > len(re.findall("[A-Za-z]", text))


_CAPITALISED = rx.compile(r"[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)*")


def destination_objection(analysis: Analysis, fact: Fact) -> Objection | None:
    """A move said to go to the employer it left (삼성탈레스로 옮겼다, where the source says
    he moved to SK텔레콤 in 2011): where it went is wrong."""
    if sum(v.family == "date" for v in analysis.values) > 1:
        return None  # (two events, each its own move: which fact's is which is not told here)
    mine = {n: d for n, d in _destinations(analysis.text).items() if analysis.in_window(d[1])}
    if not mine:
        return None
    texts = [*_said_texts(fact), fact.statement_en or ""]
    # (the source's words in the sentence's language first: SK Telecom for an English one)
    texts = sorted(texts, key=lambda t: _mostly_hangul(t) == analysis.korean, reverse=True)
    theirs: dict[str, tuple[str, int]] = {}
    for t in texts:
        for name, shown in _destinations(t).items():
            theirs.setdefault(name, shown)
    named = {n for t in texts for kind, n, _p in names_of(t, loose=True) if kind == "employer"}
    if not theirs or set(mine) & named:
        return None  # (LG Science Park at LG Electronics: the fact names it too)
    found, at = mine[sorted(mine)[0]]
    expected = theirs[sorted(theirs)[0]][0]
    return Objection(
        "name",
        f"{found} should be {expected}",
        found=found,
        expected=expected,
        start=at,
        end=at + len(found),
    )


def _venture_owner(text: str, name: str, at: int) -> bool:
    """The employer named at `at` is an owner of a joint venture the text names (_VENTURE_*)."""
    if _VENTURE_OWNER_EN.search(text, max(0, at - 80), at):
        return True
    end = text.find(name, at)
    return end >= 0 and _VENTURE_OWNER_KO.match(text, end + len(name)) is not None


# Whose model: the maker before its name (Meta's Llama 3.1, 메타(Meta)의 라마).
_MAKER_BEFORE = rx.compile(r"(?:([A-Za-z]+)['’]s|([가-힣A-Za-z]+)(?:\([A-Za-z]+\))?의)\s*$")


def _maker(text: str, at: int) -> str | None:
    m = _MAKER_BEFORE.search(text, max(0, at - 24), at)
    return (m.group(1) or m.group(2)).lower() if m else None


def maker_objection(analysis: Analysis, fact: Fact) -> Objection | None:
    """Another lab's model given another maker than the source gives it (구글의 라마 3.1,
    where the source has 메타의 라마 3.1)."""
    mine = {
        k: (maker, p)
        for k, _n, p in analysis.names
        if k.startswith("version-") and (maker := _maker(analysis.text, p))
    }
    if not mine:
        return None
    text = (fact.statement if analysis.korean else fact.statement_en) or ""
    # (a maker in the other script, as a Korean sentence may write it: Meta의 Llama 3.1)
    other = (fact.statement_en if analysis.korean else fact.statement) or ""
    also = {(k, _maker(other, p)) for k, _n, p in names_of(other) if k in mine and _maker(other, p)}
    for k, _n, p in names_of(text):
        theirs = _maker(text, p) if k in mine else None
        maker, at = mine.get(k, ("", 0))
        if theirs and theirs != maker and (k, maker) not in also:
            start = analysis.text.rfind(maker, 0, at) if maker.isascii() else -1
            start = start if start >= 0 else max(0, analysis.text.lower().rfind(maker, 0, at))
            found = analysis.text[start : start + len(maker)]
            shown = text[text.lower().rfind(theirs, 0, p) :][: len(theirs)]
            return Objection(
                "name", f"{found} should be {shown}", found, shown, start, start + len(maker)
            )
    return None


# Where the work was done (삼성탈레스에서 … 연구를 수행했다, SK텔레콤에서 근무하며): the
# employer is the place of the act the fact tells of.
_WORKED_AT = rx.compile(
    r"\S{0,4}에서\s+(?:[^\s.,]+\s+){0,4}?(?:근무|연구|일했|일하|수행|재직|복무|담당|맡)"
)


# A giver named by the whole it belongs to (정부로부터, from the government): any ministry.
_GENERIC_GIVERS = frozenset(["정부", "당국", "government", "thegovernment", "국가"])
_MINISTRY_END = rx.compile(r"(?:[가-힣]{2}부|ministry|처|청)$|(?i:ministry)")


def _stated_places(analysis: Analysis) -> set[str]:
    """The places the sentence states as such: not one inside a building's or an event's name
    (정부세종청사, 제주하계포럼), which says where that thing is, not where this happened."""
    text = analysis.text
    out = set()
    for kind, name, pos in analysis.names:
        if kind != "place":
            continue
        at = text.find(name, pos)
        rest = text[at + len(name) :] if at >= 0 else ""
        if rest[:1] and "가" <= rest[0] <= "힣" and not _PARTICLE_AFTER.match(rest):
            continue  # (제주하계포럼: a compound of the place and another word)
        out.add(name)
    return out


# A place told as where someone is from (서울 출신, 서울 태생, a Seoul native, Seoul-born):
# his origin, no place of the event the sentence tells of.
_ORIGIN = rx.compile(
    r"(?:서울|[가-힣]{2,4})\s*(?:출신|태생|토박이)"
    r"|(?i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?:\s+native\b|-born\b|\s+born\b(?!\s+(?:in|on)\b)))"
)


def _is_birth_fact(fact: Fact) -> bool:
    """A fact of where or when someone was born (its place is his origin)."""
    told = f"{fact.statement} {fact.statement_en or ''}".lower()
    return "태어" in told or "출생" in told or " born" in told or "출신" in told


_PARTICLE_AFTER = rx.compile(
    r"(?:에서|에|의|은|는|이|가|을|를|과|와|으로|로|도|시|특별시|구)(?![가-힣])"
)


def name_objection(analysis: Analysis, fact: Fact, store: Store | None = None) -> Objection | None:
    """A place, school, award grade, model, employer or giver the fact names otherwise
    (부산 for 서울, KT for SK텔레콤, 산업통상자원부로부터 for 과학기술정보통신부로부터)."""
    post = (
        maker_objection(analysis, fact)
        or post_objection(analysis, fact)
        or title_objection(analysis, fact)
        or body_objection(analysis, fact)
        or destination_objection(analysis, fact)
    )
    if post is not None:
        return post
    if not analysis.names:
        return None
    fact_names: dict[str, set[str]] = {}
    texts = _said_texts(fact)
    for text in texts:
        for kind, name, at in names_of(text, loose=True):
            if kind == "employer" and (
                _ANOTHERS_ORIGIN.match(text, at) or _FORMERLY.search(text, max(0, at - 16), at)
            ):
                continue  # (네이버 출신의) 하정우: the origin of another person the fact names
            if kind == "employer" and _venture_owner(text, name, at):
                continue
            fact_names.setdefault(kind, set()).add(name)
    mine: dict[str, set[str]] = {}
    for kind, name, _pos in analysis.names:
        mine.setdefault(kind, set()).add(name)
    squashed = _squash(" ".join(texts))
    stated = _stated_places(analysis)
    # (a building before the place in its name: 정부세종청사 is the building, not 세종)
    for kind, name, pos in sorted(analysis.names, key=lambda n: (n[2], n[0] != "building")):
        if kind == "degree":
            continue  # another degree is another thing: see other_degree
        if kind == "place" and name not in stated:
            continue  # (대전 of 대전환, 제주 of 제주하계포럼: no place the sentence states)
        if kind == "place" and _ORIGIN.match(analysis.text, pos) and not _is_birth_fact(fact):
            continue  # (서울 출신인 배경훈은 … 취임했다, a Seoul native: where he is from)
        if kind == "asset" and not any(v.family == "money" for v in analysis.values):
            continue  # (배우자는 주식도 신고했다: what else was declared, not another figure's)
        theirs = fact_names.get(kind)
        if kind == "asset":
            # the kind the fact's own figure is of: a quote may list the other kinds beside it
            theirs = {
                n for t in _fact_texts(fact) for k, n, _p in names_of(t, loose=True) if k == kind
            }
        if kind == "building" and len(analysis.clauses) > 1:
            where = analysis.clause_at(pos)
            if not any(where.start <= v.start < where.end for v in analysis.values):
                continue  # where another clause's event was held (취임식은 이튿날 정부세종청사에서)
        left_one = _wrongly_left(analysis, fact, name, pos) if kind == "employer" else None
        if left_one:
            theirs = left_one  # the one he left, where the sentence has him leave the one he joined
        elif not theirs or name in theirs or any(_spelled_alike(name, t) for t in theirs):
            continue
        elif (
            kind == "school-en"
            and not re.match(r"[A-Za-z ]*?University(?![A-Za-z])", analysis.text[pos : pos + 60])
            and any(t.startswith(name + " ") for t in theirs)
        ):
            continue  # Columbia alone may be the fact's Columbia Southern University
        elif (
            (stated if kind == "place" else mine[kind]) & theirs
            and not _unheard_of(kind, name, store)
            # (of two models the fact names, one put for the other: 3.0 to 4.0 for 3.0 to 3.5)
            and not (kind == "model" and theirs - mine[kind])
        ):
            continue  # the sentence names the fact's one too (서울에서 태어나 부산에서 자랐다)
        elif kind == "rank" and any(_squash(t) in _squash(analysis.text) for t in theirs):
            continue  # (상무 직급으로 지내던 그는 전무로 승진했다: the rank after, in words)
        clause = analysis.clause_at(pos)
        if left_one:
            pass
        elif (
            kind == "employer"
            and not clause.events & {"start", "end"}
            and not _POST_WORDS.search(clause.text)
            and not _WORKED_AT.match(analysis.text, pos + len(name))
        ):
            continue  # an employer is a value only of a sentence about joining or leaving
        elif kind == "employer" and clause.end_object:
            # The one left is compared with the one the source says was left, the one joined
            # with the one joined (삼성탈레스를 떠나 2011년 KT로 옮겼다: KT is what is wrong).
            left = _squash(name) in _squash(clause.end_object)
            same_role = _employers_by_role(fact)[left]
            if not same_role or same_role & mine[kind]:
                continue
            theirs = same_role
        if kind == "giver":
            if _squash(name) in squashed:
                continue
            if name.lower() in _GENERIC_GIVERS and any(_MINISTRY_END.search(t) for t in theirs):
                continue  # (정부로부터: the government, of which the ministry is part)
            if store is not None:
                who = resolve(store, name)
                if who is not None and any(resolve(store, t) == who for t in theirs):
                    continue
        # (the name in the sentence's own script first: 정현석, not junghyun-seok)
        theirs_first = sorted(theirs, key=lambda t: (t.isascii() == analysis.korean, t))[0]
        expected = _display_name(kind, theirs_first, analysis.korean)
        found = _span_text(analysis.text, pos)
        if kind == "employer":
            from factcli.text.analysis import _EMPLOYER_RX, EMPLOYERS_EN

            employer = _EMPLOYER_RX.match(analysis.text, pos)
            found = employer.group() if employer else found  # LG AI Research, whole
            if not analysis.korean:
                expected = EMPLOYERS_EN.get(expected, expected)
        versioned = re.match(r"([A-Za-z가-힣]+[\s-]?)(\d+(?:\.\d+)?)", analysis.text[pos:])
        if kind == "version-chip" and versioned:
            found = versioned.group()  # (B200 -> H200: the whole name)
        elif kind.startswith("version-") and versioned:
            found = versioned.group()
            if not expected[:1].isalpha():
                expected = versioned.group(1) + expected  # R3 -> R1 (a code is whole already)
        if kind == "field":
            from factcli.text.analysis import _FIELD_RX

            field = _FIELD_RX.match(analysis.text, pos)
            found = field.group() if field else found  # computer science, whole
            if not analysis.korean:
                from factcli.text.analysis import FIELDS

                expected = next(
                    (en for en, ko in FIELDS.items() if ko == sorted(theirs)[0] and en.isascii()),
                    expected,
                )
        if kind == "giver" and not analysis.korean:
            from factcli.text.analysis import _GIVER_EN_RX

            # (as written: the prime minister should be President Lee Jae-myung)
            giver = re.match(r"[^,.;]+", analysis.text[pos:])
            found = (
                re.split(r"\s+(?:on|at|in|for|during)\s", giver.group())[0].strip()
                if giver
                else found
            )
            written = [
                m.group(1)
                for t in texts
                for m in _GIVER_EN_RX.finditer(t)
                if re.sub(r"[\s,]", "", m.group(1).lower()) == sorted(theirs)[0]
            ]
            expected = written[0] if written else expected
            if not written and store is not None and not expected.isascii():
                who = resolve(store, expected)
                subject = store.subjects.get(who) if who else None
                expected = subject.name_en if subject and subject.name_en else expected
        if kind == "market":
            from factcli.text.analysis import _MARKET_RX

            market = _MARKET_RX.match(analysis.text, pos)
            found = market.group() if market else found  # New York Stock Exchange, whole
        powers = re.match(r"\d+\s*대\s*강국", analysis.text[pos:])
        if kind == "powers" and powers:
            found = powers.group()
        if kind == "building":
            from factcli.text.analysis import _BUILDING_RX

            building = _BUILDING_RX.match(analysis.text, pos)
            found = building.group() if building else found  # 정부세종청사, whole
        elif found.startswith("정부") and found.endswith("청사"):
            expected = f"정부{expected}청사"  # 정부서울청사 should be 정부세종청사
        elif kind == "giver" and found.endswith(("으로부터", "로부터", "에게서")):
            expected += found[len(name) :]
        return Objection(
            "name", f"{found} should be {expected}", found, expected, pos, pos + len(found)
        )
    return None


def giver_elsewhere(
    store: Store, analysis: Analysis, supporters: list[Fact], related: list[Fact]
) -> tuple[Fact, Objection] | None:
    """A giver the sentence names (from the trade ministry) where no fact supporting it
    names one, but a fact it speaks of names another for the same thing (Bae, who received
    the order from the trade ministry, led LG AI Research: the order's giver is the science
    ministry, told by a fact of its own)."""
    givers = tuple(n for n in analysis.names if n[0] == "giver")
    if not givers:
        return None
    if any(k == "giver" for f in supporters for t in _said_texts(f) for k, _n, _p in names_of(t)):
        return None  # (a supporter names the giver: weighed with it already)
    alone = replace(analysis, names=givers)
    for fact in related:
        if fact in supporters:
            continue
        if not any(k == "giver" for t in _said_texts(fact) for k, _n, _p in names_of(t)):
            continue
        named = name_objection(alone, fact, store)
        if named is not None:
            return fact, named
    return None


def other_degree(analysis: Analysis, fact: Fact) -> bool:
    """The sentence is about one degree and the fact about others only (a bachelor's and the
    master's): the fact speaks neither for nor against it."""
    mine = {name for kind, name, _pos in analysis.names if kind == "degree"}
    if not mine:
        return False
    # The fact's texts are analysed once (analyze_sentence is memoized, and its readings kept
    # in the cache), not scanned again for every sentence weighed against them.
    theirs = {
        name
        for text in (fact.statement, fact.statement_en)
        if text
        for kind, name, _pos in analyze_sentence(text).names
        if kind == "degree"
    }
    return bool(theirs) and not mine & theirs


def other_span(analysis: Analysis, fact: Fact) -> bool:
    """A fact of a duration, against a sentence that tells a duration of another span: one
    whose clause names the district, body or school of another thing (LG유플러스에서 4개월,
    서초구 아파트에 10년, against the four months from EXAONE 3.0 to 3.5 and the ten years
    in his previous home), or that names none of the models the fact's span runs between, or
    another in place of one (3.0부터 4.0까지). Such a fact neither holds nor contradicts the
    sentence's duration."""
    spans = [v for v in analysis.values if v.family == "duration"]
    if not spans:
        return False
    told = (
        (fact.statement, *(r.quote for r in fact.sources))
        if _TENURE.search(analysis.text)
        else (fact.statement,)
    )
    if fact.kind != "duration" and not any(
        v.family == "duration" for text in told for v in analyze_sentence(text).values
    ):
        # (a fact that gives no duration: its span is not in question; of a tenure, one whose
        # quote gives one is weighed too: the release of EXAONE 3.5, whose quote tells the
        # four months, is no span of his years as head, LG AI연구원장을 42일간 맡았다)
        return False
    theirs = {
        (kind, name)
        for text in (fact.statement, fact.statement_en, *(r.quote for r in fact.sources))
        if text
        for kind, name, _pos in names_of(text, loose=True)
    }
    models = {name for kind, name in theirs if kind == "model"}
    for value in spans:
        clause = analysis.clause_at(value.start)
        named = {
            name
            for kind, name, pos in analysis.names
            if kind == "model" and clause.start <= pos < clause.end
        }
        if models and not named and not _MODEL_WORD.search(clause.text):
            return True  # (of no model at all: LG AI연구원을 4개월간 이끌었다)
        if models and named and (not models & named or (named - models and not models <= named)):
            return True  # (none of its span's models, or another in place of one)
        mine = {
            (kind, name)
            for kind, name, pos in analysis.names
            if clause.start <= pos < clause.end and kind in _SPAN_KINDS
        }
        if mine - theirs and not mine & theirs:
            # (none of the names is the span's; one the fact lists beside others, a list
            # with one name swapped, is weighed by the names' own checks)
            return True
    return False


# A post held for a time (맡았다, 이끌었다, 재직했다, served, led): a tenure's duration.
_TENURE = rx.compile(
    r"맡았|맡은|이끌었|이끈|재직|재임|근무했|(?i:\bserved\b|\bled\b|\bheaded\b|\bheld\s+the\s+post)"
)
_MODEL_WORD = rx.compile(r"모델|버전|엑사원|(?i:\bmodels?\b|\bversions?\b|\bexaone\b)")


def other_valued_span(analysis: Analysis, fact: Fact) -> bool:
    """A fact of a thing over a span (an MBA from 2004-10 to 2005-01, a doctorate from 2003 to
    2006) whose start and end are its thing's, against a sentence naming none of its thing's
    words: the span is not the sentence's (his service completed in January 2005)."""
    if fact.kind != "text" or not isinstance(fact.value, str):
        return False
    if not isinstance(fact.start, str) and not isinstance(fact.end, str):
        return False
    if not analysis.korean:
        return False  # (the thing is named in Korean; an English sentence's own facts decide)
    text = analysis.text.lower()
    words = re.findall(r"[가-힣]{2,}|[A-Za-z]{2,}", fact.value)
    return not any((w[:2] if has_hangul(w) else w.lower()) in text for w in words)


def fact_models(fact: Fact) -> set[str]:
    """The models a fact's statements name (3.0 and 3.5 of the four months between them)."""
    return {
        name
        for text in (fact.statement, fact.statement_en)
        if text
        for kind, name, _pos in names_of(text, loose=True)
        if kind == "model"
    }


def span_named(analysis: Analysis, fact: Fact) -> bool:
    """Whether a clause of a duration the sentence tells names every model the duration
    fact's span runs between (42 days from EXAONE 3.0 to 3.5: the four months' span)."""
    if fact.kind != "duration":
        return False
    models = fact_models(fact)
    if not models:
        return False
    for value in analysis.values:
        if value.family == "duration":
            clause = analysis.clause_at(value.start)
            named = {
                name
                for kind, name, pos in analysis.names
                if kind == "model" and clause.start <= pos < clause.end
            }
            if models <= named:
                return True
    return False


# Kinds of name that say what a duration is of (where he worked, lived, which model).
_SPAN_KINDS = frozenset(["district", "employer", "org", "school", "complex"])


def _spelled_alike(a: str, b: str) -> bool:
    """스탠포드 and 스탠퍼드, Daesin and Daeshin: one name in two transcriptions (jamo or
    letters nearly the same)."""
    from rapidfuzz.distance import Levenshtein

    from factcli.text.korean import disassemble

    if has_hangul(a):
        ja, jb = disassemble(a), disassemble(b)
        return len(ja) >= 4 and Levenshtein.distance(ja, jb) <= max(1, len(ja) // 8)
    la, lb = a.lower(), b.lower()
    if romanised_key(la) == romanised_key(lb):
        return True  # (Jeong Hyeon-seok and Jung Hyun-seok)
    return (
        len(la) >= 5 and not has_hangul(b) and Levenshtein.distance(la, lb) <= max(1, len(la) // 8)
    )


def _display_name(kind: str, canonical: str, korean: bool) -> str:
    """A canonical name as the writer's language writes it: 은탑산업훈장, Seoul, 엑사원 3.5."""
    from factcli.text.analysis import AWARD_EN, PLACES, VEHICLES

    if kind == "award":
        if korean:
            return f"{canonical}산업훈장"
        english = next((en for en, ko in AWARD_EN.items() if ko == canonical), canonical)
        return f"{english.title()} Tower"
    if kind.startswith("version-"):
        return canonical
    if kind == "committee":
        from factcli.text.analysis import COMMITTEES

        return max((k for k, v in COMMITTEES.items() if v == canonical), key=len, default=canonical)
    if kind == "model" and canonical == "nexus":
        return "넥서스" if korean else "NEXUS"
    if kind == "machine":
        return f"{canonical}호기"
    if kind == "building" and not korean:
        from factcli.text.analysis import BUILDINGS_EN, HOTELS

        if canonical.endswith("호텔"):
            brand = canonical[:-2]
            english = next((w for w, ko in HOTELS.items() if ko == brand and w.isascii()), brand)
            return f"{english.title()} Hotel"
        return BUILDINGS_EN.get(canonical, canonical)
    if kind in ("asset", "venue") and not korean:
        from factcli.text.analysis import ASSETS, HOTELS

        table = ASSETS if kind == "asset" else HOTELS
        english = next((w for w, ko in table.items() if ko == canonical and w.isascii()), canonical)
        return english if kind == "asset" else f"{english.title()} Hotel"
    if kind == "powers":
        return f"{canonical}대 강국" if korean else f"top {canonical}"
    if kind == "relative":
        words = {
            "child": ("자녀", "child"),
            "spouse": ("배우자", "spouse"),
            "parent": ("부모", "parents"),
        }
        return words.get(canonical, (canonical, canonical))[0 if korean else 1]
    if kind.startswith("person-"):
        return canonical  # 윤석열 should be 이재명 (the title is the sentence's)
    if kind == "district":
        if korean:
            return f"{canonical}구"
        from factcli.text.analysis import _DISTRICT_EN

        english = next((en for en, ko in _DISTRICT_EN.items() if ko == canonical), canonical)
        return f"{english.title()}-gu"
    if kind in ("place", "vehicle", "market") and not korean:
        from factcli.text.analysis import MARKETS

        table = {"place": PLACES, "vehicle": VEHICLES, "market": MARKETS}[kind]
        return next(
            (
                en.upper() if len(en) <= 3 or any(c.isdigit() for c in en) else en.title()
                for en, ko in table.items()
                if ko == canonical and en.isascii()
            ),
            canonical,
        )
    if kind == "model":
        name = "엑사원" if korean else "EXAONE"
        return f"{name} {'딥' if korean and canonical == 'deep' else canonical.title()}"
    if kind == "school":
        return f"{canonical}대"
    if kind == "school-en":
        return f"{canonical.title()} University"
    if kind == "high":
        return f"{canonical}고등학교"
    if kind == "high-en":
        return f"{canonical.title()} High School"
    return canonical


def _span_text(text: str, pos: int) -> str:
    complex_ = re.match(r"정부[가-힣]{2}청사", text[pos:])
    if complex_:
        return complex_.group(0)
    english = re.match(r"[A-Za-z]+(?:\s+Tower|\s+University|-gu\b|\s+District)?", text[pos:])
    if english:
        return english.group(0)
    m = re.match(r"[^\s,.)의은는이가을를에서]+", text[pos:])
    return m.group(0) if m else text[pos : pos + 2]


# A name the source gives with what it is called now: 삼성탈레스(현 한화시스템), Samsung Thales
# (now Hanwha Systems), Samsung Thales, now Hanwha Systems.
_NOW_CALLED = (
    # (a name right before its parenthesis: not 합작사 (현 한화시스템), a description)
    rx.compile(r"([가-힣A-Za-z][가-힣A-Za-z0-9]{1,20})\((?:현|현재|지금의)\s+([^()]{2,30}?)\)"),
    rx.compile(
        r"([A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\s*(?:\(|,\s*)(?:now|today|currently)\s+"
        r"(?:known\s+as\s+|called\s+)?([A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})"
    ),
)


def later_name_objection(analysis: Analysis, facts: list[Fact]) -> Objection | None:
    """A body named by what it is called now, for a time the source names it by its name then
    (served at Hanwha Systems from 2003, where the source says 삼성탈레스(현재 한화시스템)):
    the name then is the one the sentence must give, beside the later one or alone."""
    squashed = _squash_text(analysis.text)
    lowered = analysis.text.lower()
    for fact in facts:
        for text in _said_texts(fact):
            for pattern in _NOW_CALLED:
                for m in pattern.finditer(text):
                    then, now = _squash_text(m.group(1)), _squash_text(m.group(2))
                    if now in squashed and then not in squashed:
                        return Objection(
                            "detail",
                            f"the source names it {m.group(1)} then; {m.group(2).strip()} is "
                            "its later name",
                        )
                    # (삼성탈레스는 현재 한화에어로스페이스다: another name for what it is now)
                    at = lowered.find(m.group(1).lower())
                    if (
                        at >= 0
                        and now not in squashed
                        and _NOW_WORD.search(
                            lowered, at + len(m.group(1)), at + len(m.group(1)) + 24
                        )
                    ):
                        return Objection(
                            "detail", f"the source says {m.group(1)} is now {m.group(2).strip()}"
                        )
    return None


_NOW_WORD = rx.compile(r"현재|지금의|\b현\s|(?i:\bnow\b|\btoday\b|\bcurrently\b)")


_NOT_LETTERS = rx.compile(r"[\s'‘’\"“”()]")


def _squash_text(text: str) -> str:
    """A name's letters only: no spaces, quotes or parentheses, lower case."""
    return _NOT_LETTERS.sub("", text).lower()


# A title the sentence gives him (배경훈 부총리는, 부총리 자격으로, Deputy Prime Minister Bae).
# A title the sentence gives a person: after a name (배경훈 부총리), before one (Deputy Prime
# Minister Bae), or as what the sentence's subject acted as (부총리 자격으로, became chairman of).
_GIVEN_TITLE_KO = rx.compile(
    r"(?<![가-힣\d])(?P<name>[가-힣]{1,4})\s+(?P<title>부총리|회장|사장|부사장)"
    r"(?:은|는|이|가|의|으로|로)?(?![가-힣])(?!\s*(?:자격|격상|승격))"
    r"|(?P<acted>부총리|회장|사장|부사장|장관|원장|전무|상무)\s*자격으로"
    # (배경훈은 국무총리다, AI미래기획수석이다: a title as what the subject is)
    r"|(?<![가-힣])(?P<role>국무총리|총리|부총리|차관|비서실장|대통령|국회의원|의원"
    r"|[가-힣A-Z]{0,6}수석)(?:이다|였다|이었다|을\s*지냈다|를\s*지냈다|으로\s*일했다)"
    # (부총리로 취임했다: a post taken up)
    r"|(?<![가-힣])(?P<office>부총리|국무총리|총리|차관|회장|사장|부사장)(?:으로|로)\s*"
    r"(?:취임|임명|승진|발탁|선임|부임|올랐|오른)"
)
_GIVEN_TITLE_EN = rx.compile(
    r"(?i:\b(?P<title>deputy prime minister|vice premier|chairman|vice chairman))\s+"
    r"(?P<name>[A-Z][\w'’-]+)|"
    r"(?i:\bas\s+(?P<acted>deputy prime minister|vice premier)\b|"
    # (chairman of a body, not of its committee)
    r"\b(?:became|was\s+(?:named|appointed|elected|made|chosen)|(?:served|took\s+over)\s+as)"
    r"\s+(?:the\s+)?(?P<role>chair(?:man|woman|person)?)\s+of\s+"
    r"(?![^.,;]*\bcommittee\b))|"
    # (is the Prime Minister, was a lawmaker, was the president of KOSA: a title as what the
    # subject is)
    r"(?i:\b(?:is|was|became|served\s+as)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:(?!(?:to|of|at|as|by|for|in|on|elevated|raised|upgraded|promoted|named)\b)[\w'’]+\s+){0,2}?"
    r"(?P<office>prime\s+minister|deputy\s+prime\s+minister|vice\s+minister|chief\s+of\s+staff"
    r"|president|lawmaker|member\s+of\s+parliament)\b)"
)
_TITLE_KO_OF = {"deputy prime minister": "부총리", "vice premier": "부총리", "chairman": "회장"}
_TITLE_KO_OF.update(
    {
        "prime minister": "총리",
        "vice minister": "차관",
        "chief of staff": "비서실장",
        "president": "회장",
        "lawmaker": "의원",
        "member of parliament": "의원",
        "국무총리": "총리",
        "국회의원": "의원",
    }
)
_TITLE_KO_OF["vice chairman"] = "부회장"
_TITLE_KO_OF.update({"chair": "회장", "chairwoman": "회장", "chairperson": "회장"})


def title_never_held(store: Store, analysis: Analysis) -> Objection | None:
    """A title the sentence gives a person that no post the store has them in carries (배경훈
    부총리, where the ministry's upgrade to deputy prime minister level is only planned; KOSA
    chairman, where he chaired its AI policy committee)."""
    from factcli.text.terms import analyze

    pattern = _GIVEN_TITLE_KO if analysis.korean else _GIVEN_TITLE_EN
    for m in pattern.finditer(analysis.text):
        found = m.groupdict()
        said = (
            found.get("title") or found.get("acted") or found.get("role") or found.get("office")
        ) or ""
        said = re.sub(r"\s+", " ", said)
        named = found.get("name")
        who = resolve(store, named) if named else None
        if who is None and not named and analysis.actor:
            who = resolve(store, analysis.actor)
        person = store.subjects.get(who) if who else None
        title = _TITLE_KO_OF.get(said.lower(), said)
        if person is None or not analyze(title):
            continue
        # (one the store keeps no posts of is not judged)
        posts = _posts_of(store, person.id)
        if posts and not any(title in str(f.value) for f in posts):
            return Objection("relation", f"the store never has {person.name} as {said}")
    return title_not_theirs(store, analysis)


# A title beside a person's name (배경훈 차관, 과기부 차관 배경훈, 강훈식 국무총리, Vice Minister
# Bae): the posts of government, a company or a body people are called by.
_TITLES_KO = (
    r"대통령|국무총리|총리|부총리|장관|차관|비서실장|[가-힣A-Z]{0,8}수석|실장|원장|연구원장"
    r"|위원장|회장|부회장|사장|부사장|대표|전무|상무|본부장|국회의원|의원|교수"
)
_NAME_TITLE_KO = rx.compile(
    rf"(?<![가-힣\d])(?P<name>[가-힣]{{1,4}})\s+(?P<title>{_TITLES_KO})"
    r"(?:님|은|는|이|가|의|을|를|에게|으로|로|과|와)?(?![가-힣])"
    rf"|(?<![가-힣])(?P<title2>{_TITLES_KO})\s+(?P<name2>[가-힣]{{3}})"
    r"(?:\s*씨|님)?(?:은|는|이|가|의|을|를|에게|과|와)?(?![가-힣])"
)
_TITLES_EN = (
    r"deputy prime minister|prime minister|vice minister|minister|president|chief of staff"
    r"|vice chairman|chairman|professor|senior secretary|ceo|chief executive"
)
_TITLE_NAME_EN = rx.compile(
    rf"(?<![\w-])(?i:(?P<title>{_TITLES_EN}))\s+(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+-?[a-z]*)?)"
)


def title_not_theirs(store: Store, analysis: Analysis) -> Objection | None:
    """A title beside a person's name that none of the store's words for them holds: their
    posts, aliases and description (배경훈 차관, 강훈식 국무총리, Prime Minister Kang; not 배경훈
    장관, 강훈식 비서실장, President Lee). People only: a name like a person's (three syllables,
    its English a given name and a family name). Another person's title (Science minister
    Kang) tells of another actor; one nobody holds (배경훈 국무총리), of another relation."""
    if analysis.korean:
        found = [
            (m["name"] or m["name2"], m["title"] or m["title2"])
            for m in _NAME_TITLE_KO.finditer(analysis.text)
        ]
    else:
        found = [(m["name"], m["title"]) for m in _TITLE_NAME_EN.finditer(analysis.text)]
    for name, title in found:
        who = resolve(store, name)
        if who is None or not _is_person(store, who):
            continue
        person = store.subjects[who]
        if analysis.korean and name != person.name:
            continue  # (a surname alone, 배 장관: whose, the sentence's subject says)
        if _holds_title(store, who, title.lower(), analysis.korean):
            continue
        called = person.name if analysis.korean else person.name_en
        holder = next(
            (
                other
                for sid, other in store.subjects.items()
                if sid != who
                and _is_person(store, sid)
                and _holds_title(store, sid, title.lower(), analysis.korean)
            ),
            None,
        )
        if holder is not None:
            # (Science minister Kang, 강훈식 AI미래기획수석: another person's title, so
            # another person: whose act it is)
            name = holder.name if analysis.korean else holder.name_en
            return Objection("actor", f"the store gives {title} to {name}, not {called}")
        return Objection("relation", f"the store never has {called} as {title}")
    return None


def _posts_of(store: Store, who: str) -> list[Fact]:
    """The person's posts, by the index of their name: not every fact of a large store."""
    from factcli.store.index import store_index
    from factcli.text.terms import analyze

    index = store_index(store)
    person = store.subjects[who]
    return [
        f
        for t in analyze(person.name)[:1]
        for f in (store.facts[p] for p in sorted(index.postings_of(t))[:400])
        if f.kind == "position" and f.subject == who
    ]


def _holds_title(store: Store, who: str, title: str, korean: bool) -> bool:
    """Whether a word the store has for the person holds the title: their posts, aliases
    and description."""
    person = store.subjects[who]
    words = [*person.aliases, person.description or "", person.name, person.name_en]
    words += [
        str(v) for f in _posts_of(store, who) for v in (f.value, f.statement, f.statement_en) if v
    ]
    text = " ".join(words).lower()
    if korean:
        return title in text
    return re.search(rf"(?<![\w-]){re.escape(title)}\b", text) is not None


# Where one statement of a sentence ends and the next begins: 상무가 된 뒤 | 2019년 ...,
# 옮겼고 | ..., joined X in 2018 | and moved ...
_STATEMENT_BREAK = rx.compile(
    r"\s(?:뒤|후|다음)(?:에는|에|엔)?\s|(?:했|였|었|았|됐|겼|왔|웠|냈|쳤)(?:고|으며|며)\s|거쳐\s|이어\s"
    r"|[,;]\s|\s(?:and|then|before|after|later|while|but|until)\s"
)
_BOUND_KINDS = frozenset({"employer", "school", "school-en", "place", "award", "building"})


def crossed_name_objection(
    analysis: Analysis, dated: list[tuple[int, Fact]]
) -> tuple[Fact, Objection] | None:
    """Two facts of the sentence, each giving one of its values, with each other's names:
    the name told beside one value is the other fact's (2018년 LG사이언스파크 상무가 된 뒤
    2019년 LG유플러스로, where 2018 was LG U+ and 2019 the Science Park). `dated`: each value's
    position in the sentence and the fact agreeing with it."""
    if len({fact.id for _p, fact in dated}) < 2:
        return None
    breaks = [m.end() for m in _STATEMENT_BREAK.finditer(analysis.text)]

    def part(position: int) -> tuple[int, int]:
        start = max((b for b in breaks if b <= position), default=0)
        end = min((b for b in breaks if b > position), default=len(analysis.text))
        return start, end

    parts = {part(p) for p, _f in dated}
    if len(parts) < 2:
        return None
    owned: dict[str, dict[str, set[str]]] = {}
    for _p, fact in dated:
        names: dict[str, set[str]] = {}
        for text in _said_texts(fact):
            for kind, name, _at in names_of(text, loose=True):
                names.setdefault(kind, set()).add(name)
        owned[fact.id] = names
    for p, fact in dated:
        start, end = part(p)
        for kind, name, pos in analysis.names:
            theirs = owned[fact.id].get(kind)
            if kind not in _BOUND_KINDS or not theirs or not start <= pos < end:
                continue
            here = {n for k, n, q in analysis.names if k == kind and start <= q < end}
            if here & theirs or any(_spelled_alike(n, t) for n in here for t in theirs):
                continue
            if not any(
                name in owned[other.id].get(kind, ()) for _q, other in dated if other.id != fact.id
            ):
                continue
            found = _span_text(analysis.text, pos)
            expected = _display_name(kind, sorted(theirs)[0], analysis.korean)
            if kind == "employer":
                from factcli.text.analysis import _EMPLOYER_RX, EMPLOYERS_EN

                employer = _EMPLOYER_RX.match(analysis.text, pos)
                found = employer.group() if employer else found  # LG Science Park, whole
                if not analysis.korean:
                    expected = EMPLOYERS_EN.get(expected, expected)
            objection = Objection(
                "name", f"{found} should be {expected}", found, expected, pos, pos + len(found)
            )
            return fact, objection
    return None


# A clause joined to the next by a connective of any tense (1위를 하고, 올랐으며), or two
# things listed (2023년 SQuAD와 2021년 KorQuAD).
_JOINED_AT = rx.compile(r"(?<=[가-힣])(?:고|며|면서)\s+|(?<=[가-힣A-Za-z0-9])(?:와|과|및)\s+")


def crossed_words_objection(analysis: Analysis, dated: list[tuple[int, Fact]]) -> Objection | None:
    """Two facts of the sentence, each giving one of its values, where each value's part of
    the sentence holds only the other fact's own words (2023년 스탠퍼드 SQuAD에서 1위를 하고
    2021년 KorQuAD 2.0에서: SQuAD was 2021, KorQuAD 2023): the values the other way round.
    `dated`: as crossed_name_objection's."""
    from factcli.text.terms import analyze, is_predicate

    facts = {fact.id: fact for _p, fact in dated}
    if len(facts) != 2:
        return None
    breaks = sorted(
        {m.end() for m in _STATEMENT_BREAK.finditer(analysis.text)}
        | {m.end() for m in _JOINED_AT.finditer(analysis.text)}
    )

    def part(position: int) -> str:
        start = max((b for b in breaks if b <= position), default=0)
        end = min((b for b in breaks if b > position), default=len(analysis.text))
        return analysis.text[start:end]

    def words(fact: Fact) -> set[str]:
        return {
            t
            for t in analyze(" ".join(_said_texts(fact)))
            if len(t) > 1 and not is_predicate(t) and not t.isdigit()
        }

    a, b = facts.values()
    own = {a.id: words(a) - words(b), b.id: words(b) - words(a)}
    other = {a.id: b.id, b.id: a.id}
    crossed: set[str] = set()
    for position, fact in dated:
        here = set(analyze(part(position)))
        mine, theirs = here & own[fact.id], here & own[other[fact.id]]
        if mine:
            return None  # (a value told beside its own fact's words: that way round)
        if theirs:
            crossed.add(fact.id)
    if crossed == set(facts) and len({part(p) for p, _f in dated}) >= 2:
        return Objection(
            "direction",
            f"the source gives these the other way round: {a.id} and {b.id}",
            fact=a.id,
        )
    return None


# A model's size told right after its name (EXAONE Deep-2.4B, 엑사원 딥 7.8B): the size of
# the one meant, which a supporting fact must name too.
_SIZED_MODEL = rx.compile(
    r"(?:엑사원|(?i:exaone))\s*(?:\d+\.\d+|딥|(?i:deep))?\s*[-‐–]?\s*(\d+(?:\.\d+)?\s?B)(?![A-Za-z])"
)


_A_SIZE = rx.compile(r"(?<![\d.])\d+(?:\.\d+)?B(?![\d.])")


def sizes_unheld(text: str, chosen_texts: list[str]) -> list[str]:
    """The sizes the sentence gives its model (Deep-7.8B) that no supporting fact writes."""
    written = {m.group() for t in chosen_texts for m in _A_SIZE.finditer(t.replace(" B", "B"))}
    return [
        size
        for m in _SIZED_MODEL.finditer(text)
        if (size := m.group(1).replace(" ", "")) not in written
    ]
