"""Words people use for the same thing in fact look-ups, Korean and English.

Each group is symmetric: a query word in a group also matches the other words of the group
(at a discount). Keep groups general (how people ask about dates, money, careers), never tuned
to one query.
"""

from __future__ import annotations

GROUPS: tuple[tuple[str, ...], ...] = (
    (
        "생년월일",
        "생일",
        "출생",
        "태어났다",
        "태어나",
        "태어난",
        "born",
        "birth",
        "birthday",
        "년생",
        "생년",
        "출생연도",
        "출생년도",
    ),
    ("출생지", "고향", "태어난", "birthplace", "hometown", "native"),
    ("고교", "고등학교", "high school"),
    ("당초", "애초", "원래", "기존", "originally", "initially", "original", "earlier", "previous"),
    ("취임", "취임식", "inauguration", "inaugurated", "sworn"),
    ("임명", "임명장", "appointed", "appointment", "appoint"),
    ("지명", "내정", "nominated", "nomination", "nominee"),
    ("청문회", "인사청문회", "hearing"),
    ("기자", "기자들", "취재진", "언론", "reporters", "reporter", "press", "journalists"),
    ("개최", "열렸다", "열린", "held", "hosted"),
    ("재가", "approved", "approval"),
    ("꽃다발", "꽃", "bouquet", "flowers", "flower"),
    ("재산", "자산", "assets", "asset", "property", "wealth"),
    ("신고", "신고액", "declared", "disclosed", "disclosure"),
    ("대출", "주택담보대출", "담보대출", "loan", "mortgage"),
    ("아파트", "주택", "apartment", "home", "house"),
    ("매매", "매입", "매수", "구입", "bought", "purchase", "purchased"),
    ("딸", "장녀", "자녀", "외동딸", "daughter", "child"),
    ("부모", "parents", "parent"),
    ("배우자", "아내", "spouse", "wife"),
    ("증여세", "증여", "gift"),
    ("차량", "자동차", "차", "car", "vehicle"),
    ("연금", "pension", "pensions"),
    ("예금", "deposit", "deposits", "savings"),
    ("채무", "빚", "debt", "debts", "liabilities"),
    ("주식", "증권", "stock", "stocks", "shares", "securities", "portfolio"),
    ("선정", "꼽힌", "뽑힌", "selected", "select", "chosen", "picked"),
    ("smr", "소형모듈원자로", "small modular reactor", "reactor"),
    ("수여", "수훈", "훈장을 받", "awarded", "conferred", "decorated"),
    ("지분", "stake", "stakes", "share"),
    ("매각", "팔았다", "처분", "처분한", "매도", "매도한", "sold", "sell"),
    ("출범", "출범일", "설립", "창립", "launch", "launched", "founded", "established"),
    (
        "공개",
        "출시",
        "선보였다",
        "unveiled",
        "released",
        "release",
        "launched",
        "came",
        "debuted",
        "unveil",
    ),
    ("오픈소스", "open-source", "opensource", "open"),
    ("훈장", "medal", "order", "decoration"),
    ("수상", "받았다", "award", "awarded", "received"),
    ("학위", "degree"),
    ("석사", "master", "masters"),
    ("박사", "doctorate", "phd", "doctoral"),
    ("논문", "thesis", "dissertation"),
    ("졸업", "graduated", "graduate"),
    ("승진", "영전", "promoted", "promotion"),
    # (a move to another employer, however it is said: 이직, 옮겼다, joined)
    ("이직", "합류", "옮겼다", "옮겨", "옮긴", "joined", "moved"),
    ("장관", "minister"),
    ("원장", "head", "director", "president"),
    ("상무", "executive", "vice-president"),
    ("전무", "senior"),
    ("목표", "target", "goal", "plan"),
    ("확보", "secure", "procure", "acquire"),
    ("구축", "build", "deploy"),
    ("전망", "forecast", "expected", "projection"),
    ("필요", "needed", "need", "required"),
    ("기간", "걸렸다", "소요", "took", "duration", "period"),
    ("나이", "세", "age", "aged", "old"),
    ("날짜", "일자", "언제", "date", "when"),
    ("금액", "얼마", "amount", "how much", "cost", "price"),
    ("총액", "합계", "총계", "합산", "total", "combined"),
    ("개수", "몇", "how many", "number"),
    ("과태료", "fine", "fines", "penalty"),
    ("유예", "defer", "deferred", "grace", "postpone"),
    ("성장률", "growth"),
    ("기자간담회", "간담회", "press", "conference", "briefing"),
    ("강연", "특별강연", "lecture", "speech", "talk"),
    ("병역", "군복무", "전문연구요원", "military", "service"),
    ("세금", "세액", "tax"),
    ("공제", "deduction", "deductions"),
    ("매개변수", "파라미터", "parameters", "parameter"),
    ("크기", "사이즈", "size", "sizes"),
    ("누구나", "누구든", "anyone", "everyone"),
    ("환경", "여건", "environment"),
    ("계열사", "affiliates", "affiliate", "subsidiaries"),
    ("투자", "invest", "investment", "invested"),
    ("중소기업", "sme", "smes"),
    ("학계", "academia", "academic"),
    ("정부", "government"),
    ("엑사원", "exaone"),
    ("처음", "최초", "first", "초대"),
    ("검토", "고민", "저울질", "consider", "considering", "review", "weigh", "weighing", "mull"),
    ("딥", "deep"),
)


# One way only: a topic word or an abbreviation people type, and the words facts use for it
# (학력 asks for degrees; a fact about a degree is not "about 학력" in reverse).
TOPICS: dict[str, tuple[str, ...]] = {
    "학력": ("학위", "졸업", "석사", "박사", "고등학교", "대학원", "education", "degree"),
    "education": ("degree", "graduated", "master", "doctorate", "학위", "졸업"),
    "경력": ("career", "연구원", "상무", "전무", "원장", "장관", "이직"),
    "career": ("경력", "position", "joined"),
    "주담대": ("주택담보대출", "담보대출", "대출"),
    "과기부": ("과학기술정보통신부",),
    "과기정통부": ("과학기술정보통신부",),
    "국토부": ("국토교통부",),
    "병역": ("전문연구요원", "병역특례", "복무"),
    "가족": ("배우자", "장녀", "부모", "외동딸", "family"),
    "family": ("spouse", "daughter", "parents", "가족"),
    "상훈": ("훈장", "award"),
    "awards": ("훈장", "award", "order"),
    "논란": ("controversy", "의혹"),
    "controversy": ("논란", "의혹", "allegation"),
    "생일": ("출생", "태어났다", "born"),
    # (출신: where one comes from, a school graduated from or a place born in)
    "출신": ("졸업", "graduated", "출생지", "고향"),
}


def words() -> list[str]:
    """build()'s words, in its order: the groups' words, then the topics'."""
    return list(dict.fromkeys((*(w for group in GROUPS for w in group), *TOPICS)))


def of(word: str) -> tuple[str, ...]:
    """build()[word] for a word of words(), made alone: a search asks for a few words' only."""
    others: set[str] = set()
    for group in GROUPS:
        if word in group:
            others.update(w for w in group if w != word)
    others.update(TOPICS.get(word, ()))
    return tuple(sorted(others))


def build(*, topics: bool = True) -> dict[str, tuple[str, ...]]:
    """word -> the other words of its groups, and of its topic (unless `topics` is false: the
    words that mean the same, not what a topic takes in)."""
    table: dict[str, set[str]] = {}
    for group in GROUPS:
        for word in group:
            table.setdefault(word, set()).update(w for w in group if w != word)
    for word, meant in TOPICS.items() if topics else ():
        table.setdefault(word, set()).update(meant)
    return {w: tuple(sorted(others)) for w, others in table.items()}
