"""Words of a kind: a sibling for another, kin, ordinals, owners, spans, orders."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from factcli.judge.meaning.subjects import Objection, _said_texts
from factcli.store.model import Fact, Store
from factcli.text import patterns as rx
from factcli.text.analysis import Analysis, Value, analyze_sentence, model_name_at, names_of
from factcli.text.korean import is_hangul

# Which in a series: 초대 원장 and the second head; 첫 and 두 번째.
_ORDINAL_KO = rx.compile(
    r"(초대|첫|처음|최초)|(?:([2-9])|(두|세|네|다섯))\s?(?:번째|대\s?(?:원장|장관|회장|위원장))|(둘째|셋째|넷째)"
)
_ORDINAL_EN = rx.compile(r"(?i:\b(first|inaugural|second|third|fourth|fifth|2nd|3rd|4th|5th)\b)")
_ORDINAL_OF = {
    **dict.fromkeys(("초대", "첫", "처음", "최초", "first", "inaugural"), 1),
    **dict.fromkeys(("두", "둘째", "second", "2nd"), 2),
    **dict.fromkeys(("세", "셋째", "third", "3rd"), 3),
    **dict.fromkeys(("네", "넷째", "fourth", "4th"), 4),
    **dict.fromkeys(("다섯", "fifth"), 5),
}


def _ordinals(text: str, korean: bool) -> set[int]:
    pattern = _ORDINAL_KO if korean else _ORDINAL_EN
    found = set()
    for m in pattern.finditer(text):
        word = next(g for g in m.groups() if g)
        found.add(int(word) if word.isdigit() else _ORDINAL_OF[word.lower()])
    return found


# Words of one kind, each another thing than the others (languages, countries, companies,
# coins; open or closed, online or not, part-time or full-time, Korea's first or the world's):
# a sentence naming one where the source names another, and not the sentence's, says another
# thing. Korean words are found inside words (일본어를), English ones as whole words.
_LANGUAGES_KO = ("한국어", "영어", "일본어", "중국어", "프랑스어", "독일어", "스페인어")
_LANGUAGES_EN = ("english", "japanese", "chinese", "french", "german", "spanish")
# (the languages of the groups below: a model's languages are all the source lists)
_LANGUAGES = frozenset(_LANGUAGES_KO + _LANGUAGES_EN)
# Which kind of gathering: a hearing is not an audit, a press meeting not a lecture, a site
# meeting not a groundbreaking (the longer word read first: 기자간담회 before 간담회); held
# online or in person.
_GATHERING_GROUPS: tuple[tuple[str, ...], ...] = (
    (
        *("인사청문회", "청문회", "국정감사", "국감", "기자간담회", "기자회견", "간담회"),
        *("특별강연", "기조연설", "토론회", "공청회", "출범행사", "출범식", "취임식", "이임식"),
        *("기공식", "착공식", "준공식", "개소식", "퇴임식"),
    ),
    (
        *("confirmation hearing", "parliamentary audit", "national audit", "audit"),
        *("press conference", "news conference", "press briefing", "keynote"),
        *("groundbreaking", "completion ceremony", "farewell ceremony"),
    ),
    # (비대면 read before 대면, the longer first: online, and in person)
    ("온라인", "오프라인", "비대면", "대면"),
    ("online", "offline", "in-person", "in person"),
)
_AUDIENCE_DECOYS = frozenset(
    ["의원회관", "의원실", "기자간담회", "기자회견", "기자실", "취재진과의"]
)
_AUDIENCE: tuple[str, ...] = (
    "직원",
    "기자",
    "취재진",
    "국회의원",
    "의원",
    *sorted(_AUDIENCE_DECOYS),
)
# A general word of a kind beside the particular ones it covers (a press meeting is a
# meeting): said where the source has the particular one, it is no other kind.
_GENERAL_OF = {
    "간담회": frozenset(["기자간담회"]),
    # (income tax, of the comprehensive income tax return: its general word)
    # (and of the act that rules it: a return under the Income Tax Act is an income tax's)
    "소득세": frozenset(["종합소득세", "소득세법"]),
    "income tax": frozenset(["comprehensive income tax", "income tax act"]),
}
_SIBLING_GROUPS: tuple[tuple[str, ...], ...] = (
    _LANGUAGES_KO,
    (*_LANGUAGES_EN, "british", "american"),
    ("프랑스", "독일", "미국", "일본", "중국", "영국"),
    ("국내", "해외"),  # (국내 주식 for the source's 해외 주식: domestic, not overseas)
    # (the capital region or outside it: 지방 주담대 for the source's 수도권 주담대)
    ("비수도권", "수도권", "지방"),
    # (the same in English: domestic stocks for overseas ones)
    ("domestic", "overseas", "foreign"),
    ("france", "germany", "japan", "china", "britain", "the united states"),
    ("all of", "part of", "some of", "half of"),
    (
        "본회의",
        "과학기술정보방송통신위",
        "과방위",
        "법제사법위",
        "법사위",
        "교육위",
        "기획재정위",
        "기재위",
        "정무위",
        "국방위",
        "행정안전위",
        "행안위",
        "외교통일위",
        "외통위",
    ),
    (
        "plenary",
        "science, ict, broadcasting",
        "legislation and judiciary",
        "education committee",
        "finance committee",
        "strategy and finance",
        "national policy committee",
        "defense committee",
        "public administration",
        "foreign affairs",
    ),
    # which daughter: the eldest, or another (the source's 장녀, in either language)
    (
        "장녀",
        "eldest daughter",
        "elder daughter",
        "older daughter",
        "차녀",
        "둘째 딸",
        "younger daughter",
        "second daughter",
        "막내딸",
        "youngest daughter",
    ),
    # one's own parents, or one's in-laws
    ("부모", "장인", "장모", "시부모", "처부모", "시아버지", "시어머니"),
    ("parents", "parents-in-law", "father-in-law", "mother-in-law", "in-laws"),
    # the only one of a country, of a region, of the world
    ("국내 유일", "한국의 유일한", "한국 유일", "아시아 유일", "아시아의 유일한", "세계 유일"),
    (
        "the only korean",
        "korea's only",
        "the only asian",
        "asia's only",
        "the only one in asia",
        "the world's only",
    ),
    ("삼성전자", "lg전자", "sk하이닉스", "현대차", "네이버", "카카오"),
    ("samsung electronics", "lg electronics", "sk hynix", "hyundai motor", "naver", "kakao"),
    # listed companies one holds shares of
    ("메타", "마이크로소프트", "엔비디아", "애플", "테슬라", "아마존"),
    ("meta", "microsoft", "nvidia", "apple", "tesla", "amazon"),
    ("비트코인", "이더리움", "리플"),
    ("bitcoin", "ethereum", "ripple"),
    # open to all, or kept to its maker or its payers
    ("오픈소스", "비공개", "유료", "폐쇄형", "사내 전용", "사내용", "내부용", "상용 라이선스"),
    (
        "open source",
        "open-source",
        "open-sourced",
        "closed-source",
        "closed source",
        "closed model",
        "closed commercial",
        "closed-weight",
        "proprietary",
        "paid",
        "commercial-only",
        "commercial only",
        "commercial license",
        "subscription-only",
        "subscription only",
        "internal use",
        "internal lg use",
        "kept private",
    ),
    # which conference of computer vision or machine learning hosted a challenge
    ("cvpr", "iccv", "eccv", "neurips", "icml", "iclr", "aaai"),
    # which government (국민주권 정부 is the Lee Jae-myung government's own name)
    # (by name only: 새 정부, 전 정부 depend on the day, and 전 정부 차원 is government-wide)
    (
        *("이재명 정부", "국민주권 정부", "국민주권정부", "이재명정부"),
        *("윤석열 정부", "윤석열정부", "윤 정부"),
        *("문재인 정부", "문재인정부", "박근혜 정부", "이명박 정부"),
    ),
    (
        *("lee jae-myung government", "lee government"),
        *("yoon suk yeol government", "yoon government"),
        *("moon jae-in government", "park geun-hye government"),
    ),
    *_GATHERING_GROUPS,
    # whom he met there: reporters at home or the foreign press
    ("국내 취재진", "국내 기자", "외신 기자", "외신", "해외 언론"),
    ("korean reporters", "domestic reporters", "local reporters", "foreign reporters"),
    # whom he answered or met: staff, reporters or lawmakers (the longer words that hold
    # theirs, 의원회관 and 기자간담회, are read first, then set aside: they name no one)
    _AUDIENCE,
    ("staff", "employees", "reporters", "journalists", "lawmakers", "legislators"),
    # in which capacity one appears at a hearing
    ("후보자", "증인", "참고인"),
    ("nominee", "witness"),
    # which deal: bought, leased or rented, at auction, or given
    ("매매", "전세", "월세", "경매", "임대", "분양"),
    # under whom a body is (the national AI committee is the President's)
    ("대통령직속", "국무총리 직속", "국무총리실 산하", "과기부 산하", "과기정통부 산하"),
    # how far a rule reaches: all at once, or some places only
    ("일괄", "일부 지역", "일부 지역에 한해", "일부에 한해"),
    ("across the board", "blanket", "in some areas", "certain areas", "some areas"),
    ("파트타임", "파트 타임", "풀타임", "풀 타임", "전일제"),
    ("part-time", "part time", "full-time", "full time"),
    # posts and their deputies: a vice minister is not the minister
    ("부원장", "원장"),
    ("차관", "장관"),
    ("부위원장", "위원장", "민간위원"),
    ("vice minister", "deputy minister", "minister"),
    ("vice chair", "deputy chair", "chaired", "chair", "civilian member", "member"),
    # the kind of a loan, of a tax
    (
        "주택담보대출",
        "주담대",
        "신용대출",
        "전세대출",
        "전세자금대출",
        "학자금대출",
        "자동차대출",
        "사업자대출",
    ),
    (
        "mortgage",
        "mortgages",
        "credit loan",
        "credit loans",
        "personal loan",
        "personal loans",
        "jeonse loan",
        "jeonse-deposit loan",
        "student loan",
        "car loan",
        "auto loan",
        "business loan",
        "unsecured loan",
    ),
    (
        *("증여세", "상속세", "양도소득세", "양도세", "취득세", "재산세", "종합부동산세"),
        # (income tax, 소득세법 the act of it: read whole before 소득세)
        *("종합소득세", "소득세", "소득세법"),
        # (a fine is no tax: 과태료, 벌금)
        *("과태료", "벌금"),
    ),
    # inside a group or outside it (the affiliates' problems, not other companies')
    ("그룹 내", "그룹 밖", "그룹 외부", "그룹 내부", "계열사 밖", "외부 기업"),
    ("within the group", "outside the group", "inside the group", "outside companies"),
    # Seoul's districts (the press conference was in 종로구, not 중구)
    (
        *("종로구", "중구", "용산구", "성동구", "광진구", "동대문구", "중랑구", "성북구", "강북구"),
        *("도봉구", "노원구", "은평구", "서대문구", "마포구", "양천구", "강서구", "구로구"),
        *("금천구", "영등포구", "동작구", "관악구", "서초구", "강남구", "송파구", "강동구"),
    ),
    (
        *("jongno-gu", "jung-gu", "yongsan-gu", "mapo-gu", "seocho-gu", "gangnam-gu"),
        *("songpa-gu", "yeongdeungpo-gu", "seodaemun-gu", "gwanak-gu", "dongjak-gu"),
    ),
    # Nvidia's data-centre GPUs: one model is not another
    (*("h100", "h200", "a100", "b100", "b200", "gb200"), *("h100s", "h200s", "a100s", "b200s")),
    # kinds of income (his parents' pensions are not wages)
    ("연금", "근로소득", "사업소득", "이자소득", "배당소득", "임대소득", "급여", "월급", "연봉"),
    (
        "pension",
        "pensions",
        "earned income",
        "wages",
        "salary",
        "salaries",
        "business income",
        "interest income",
        "dividend income",
        "rental income",
    ),
    (
        "gift tax",
        "inheritance tax",
        "capital gains tax",
        "acquisition tax",
        "property tax",
        "estate tax",
        "income tax",
        "comprehensive income tax",
        "income tax act",
        "income tax law",
        "income tax code",
        "fine",
        "fines",
        "penalty",
    ),
    # a ceremony of taking office, or of leaving it
    ("취임식", "이임식", "퇴임식"),
    ("inauguration", "inaugural ceremony", "farewell ceremony", "retirement ceremony"),
    # which growth rate
    ("잠재 성장률", "잠재성장률", "경제 성장률", "경제성장률", "실질 성장률"),
    ("potential growth", "economic growth", "gdp growth", "real growth"),
    # which reactors
    ("smr", "소형모듈원자로", "핵융합", "대형 원전"),
    ("smr", "small modular reactor", "fusion reactor", "fusion", "large reactor"),
    # which law
    ("ai 기본법", "인공지능 기본법", "반도체 특별법", "반도체법", "데이터 기본법"),
    ("ai basic act", "ai framework act", "semiconductor act", "chips act", "data basic act"),
    # who runs a body: the state, or private hands
    (
        "민간 연구단체",
        "민간단체",
        "민간 기관",
        "정부 기관",
        "정부기관",
        "국책 연구기관",
        "공공기관",
    ),
    (
        "private research",
        "private organisation",
        "private organization",
        "government agency",
        "state agency",
        "public institution",
    ),
    # which kind of home
    ("아파트", "오피스텔", "단독주택", "빌라", "연립주택", "다세대주택"),
    ("apartment", "officetel", "detached house", "single-family house", "villa", "townhouse"),
    # which school
    ("초등학교", "중학교", "고등학교"),
    ("elementary school", "primary school", "middle school", "high school"),
    ("비과세", "과세"),
    ("tax-exempt", "non-taxable", "taxable"),
    # the steps of the roadmap: a language model, then multimodal, then action models
    # (not 언어 모델 alone: 이중 언어 모델 is a bilingual model of any kind)
    ("llm", "멀티모달", "lmm", "행동모델", "행동 모델", "lam"),
    ("llm", "multimodal", "lmm", "action model", "lam"),
    # models compared: of the same size, or of another
    # (one word for the source's size, others said alike: 같은 크기, same-size, name none)
    ("동일 크기", "더 큰", "더 작은"),
    ("same size", "larger", "bigger", "smaller"),
    # a model of two kinds in one, or of the one kind alone
    ("하이브리드", "순수 추론", "추론 전용", "추론만"),
    ("hybrid", "pure reasoning", "purely reasoning", "reasoning-only", "reasoning only"),
    # what a model takes in
    ("텍스트 전용", "텍스트만", "멀티모달"),
    ("text-only", "text only", "multimodal"),
    ("출발점", "종착점"),
    ("starting point", "end point", "final destination", "finish line"),
    ("국내 최초", "세계 최초", "해외 최초"),
    ("korea's first", "world's first", "first in korea", "first in the world"),
    # fields of study: a degree in one, said to be in another
    (
        "전자공학",
        "의학",
        "법학",
        "경영학",
        "경제학",
        "컴퓨터공학",
        "컴퓨터과학",
        "물리학",
        "화학",
        "수학",
        "기계공학",
    ),
    (
        "electronic engineering",
        "electronics engineering",
        "electrical engineering",
        "medicine",
        "medical",
        "law degree",
        "in law",
        "business administration",
        "in business",
        "economics",
        "computer science",
        "physics",
        "chemistry",
        "mathematics",
        "mechanical engineering",
    ),
    # how many languages a model speaks
    ("이중 언어", "단일 언어", "다국어"),
    ("bilingual", "monolingual", "multilingual"),
    ("국내 첫", "세계 첫"),
    ("수도권", "전국"),
    ("capital area", "capital region", "nationwide"),
    ("전량", "일부", "절반"),
    ("잘못", "올바르게", "제대로"),
    ("wrongly", "correctly", "properly"),
    ("대체 복무", "현역"),
    ("alternative service", "alternative military service", "active-duty", "active duty"),
    ("처음", "두 번째", "세 번째", "마지막"),
    ("최초", "두 번째", "세 번째", "마지막"),
    ("the first", "the second", "the third", "the last"),
    ("presidential", "national assembly's", "parliamentary"),
    ("대통령직속", "국회 산하"),
    # what was recognised: images, or speech
    ("영상인식", "영상 인식", "음성인식", "음성 인식"),
    ("image recognition", "vision", "speech recognition", "voice recognition"),
    # enough, or short of it
    ("충분", "부족", "모자라", "모자랐"),
    ("enough", "sufficient", "not enough", "insufficient", "short of", "lacked", "lacking"),
    # when, in words: the end of this year, next year, next month
    ("연말", "올해 말", "내년", "다음 달", "다음달", "내달"),
    ("year-end", "end of the year", "end of this year", "next year", "next month"),
    # kept, or done away with
    ("유지", "두겠", "없애", "폐지", "철폐"),
    ("keep", "keeping", "kept", "scrap", "scrapping", "scrapped", "abolish", "abolishing"),
    # the only one, or all of them
    ("유일한", "유일하게", "뿐이다", "뿐인", "전반", "모든", "모두"),
    ("the only", "all of its", "across the group", "throughout"),
    # ranks of a company's officers, in English as the store and writers render them
    ("상무", "전무", "부사장", "사장", "연구위원"),
    (
        "executive vice president",
        "senior vice president",
        "senior managing director",
        "vice president",
        "managing director",
        "executive director",
        "research fellow",
        "sangmu",
        "jeonmu",
        # (a company's president, by the words that make it a rank: not President Lee)
        "to president",
        "as president",
    ),
    # joined into one, or split apart
    ("합친", "합쳐", "통합", "분리", "나눈", "나눠"),
    (
        "combined",
        "combines",
        "combining",
        "merged",
        "merges",
        "unified",
        "split",
        "splits",
        "separated",
        "separates",
    ),
    ("첫 번째", "두 번째", "세 번째"),
)
# (some belong together: 파트 타임 is 파트타임; the world's first is not Korea's)
_SAME_SIBLING = {
    "foreign": "overseas",
    # (plurals: the same kind of loan)
    "mortgages": "mortgage",
    "credit loans": "credit loan",
    "personal loans": "personal loan",
    "to president": "president",
    "as president": "president",
    "income tax law": "income tax act",
    "income tax code": "income tax act",
    "비대면": "온라인",
    "청문회": "인사청문회",
    "국감": "국정감사",
    "기자회견": "기자간담회",  # (a press conference, as the English has 기자간담회)
    "news conference": "press conference",
    "press briefing": "press conference",
    "national audit": "parliamentary audit",
    "audit": "parliamentary audit",
    "국내 기자": "국내 취재진",
    "국회의원": "의원",
    "취재진": "기자",
    "blanket": "across the board",
    "일괄적으로": "일괄",
    "certain areas": "in some areas",
    "some areas": "in some areas",
    "외신 기자": "외신",
    "해외 언론": "외신",
    "employees": "staff",
    "journalists": "reporters",
    "legislators": "lawmakers",
    "domestic reporters": "korean reporters",
    "local reporters": "korean reporters",
    "착공식": "기공식",
    "출범식": "출범행사",
    **dict.fromkeys(("국민주권 정부", "국민주권정부", "이재명정부"), "이재명 정부"),
    **dict.fromkeys(("윤석열정부", "윤 정부"), "윤석열 정부"),
    "문재인정부": "문재인 정부",
    "yoon government": "yoon suk yeol government",
    "lee government": "lee jae-myung government",
    "대면": "오프라인",
    "급여": "근로소득",
    "월급": "근로소득",
    "연봉": "근로소득",
    "pensions": "pension",
    "h100s": "h100",
    "h200s": "h200",
    "a100s": "a100",
    "b200s": "b200",
    "그룹 내부": "그룹 내",
    "그룹 외부": "그룹 밖",
    "계열사 밖": "그룹 밖",
    "외부 기업": "그룹 밖",
    "inside the group": "within the group",
    "outside companies": "outside the group",
    "wages": "earned income",
    "salary": "earned income",
    "salaries": "earned income",
    "parliamentary": "national assembly's",
    "lmm": "멀티모달",
    "행동 모델": "행동모델",
    "lam": "행동모델",
    "action model": "행동모델",
    "multimodal": "멀티모달",
    "영상 인식": "영상인식",
    "음성 인식": "음성인식",
    "vision": "image recognition",
    "voice recognition": "speech recognition",
    "electronics engineering": "electronic engineering",  # (one field, two spellings)
    "풀 타임": "풀타임",
    "part time": "part-time",
    "full time": "full-time",
    "deputy minister": "vice minister",
    "deputy chair": "vice chair",
    "chaired": "chair",
    "civilian member": "member",
    "주담대": "주택담보대출",
    "personal loan": "credit loan",
    "non-taxable": "tax-exempt",
    "open-sourced": "open source",
    **dict.fromkeys(("폐쇄형", "사내 전용", "사내용", "내부용"), "비공개"),
    "상용 라이선스": "유료",
    **dict.fromkeys(
        ("closed source", "closed model", "closed-weight", "kept private", "internal use"),
        "closed-source",
    ),
    "internal lg use": "closed-source",
    **dict.fromkeys(
        ("commercial-only", "commercial only", "commercial license", "subscription-only"),
        "paid",
    ),
    "subscription only": "paid",
    **dict.fromkeys(("모자라", "모자랐"), "부족"),
    "sufficient": "enough",
    **dict.fromkeys(("not enough", "short of", "lacked", "lacking"), "insufficient"),
    "올해 말": "연말",
    **dict.fromkeys(("다음달", "내달"), "다음 달"),
    **dict.fromkeys(("end of the year", "end of this year"), "year-end"),
    "두겠": "유지",
    **dict.fromkeys(("폐지", "철폐"), "없애"),
    **dict.fromkeys(("keeping", "kept"), "keep"),
    **dict.fromkeys(("scrapping", "scrapped", "abolish", "abolishing"), "scrap"),
    **dict.fromkeys(("유일하게", "뿐이다", "뿐인"), "유일한"),
    **dict.fromkeys(("모든", "모두"), "전반"),
    **dict.fromkeys(("across the group", "throughout"), "all of its"),
    **dict.fromkeys(("senior managing director", "jeonmu"), "executive vice president"),
    **dict.fromkeys(("managing director", "executive director", "sangmu"), "vice president"),
    **dict.fromkeys(("합쳐", "통합"), "합친"),
    "나눠": "분리",
    "나눈": "분리",
    **dict.fromkeys(("combines", "combining", "merged", "merges", "unified"), "combined"),
    **dict.fromkeys(("splits", "separated", "separates"), "split"),
    "과방위": "과학기술정보방송통신위",
    "기재위": "기획재정위",
    "행안위": "행정안전위",
    "외통위": "외교통일위",
    "strategy and finance": "finance committee",
    "parents-in-law": "in-laws",
    **dict.fromkeys(("eldest daughter", "elder daughter", "older daughter"), "장녀"),
    **dict.fromkeys(("둘째 딸", "younger daughter", "second daughter"), "차녀"),
    "youngest daughter": "막내딸",
    **dict.fromkeys(("한국의 유일한", "한국 유일"), "국내 유일"),
    "아시아의 유일한": "아시아 유일",
    "korea's only": "the only korean",
    **dict.fromkeys(("asia's only", "the only one in asia"), "the only asian"),
    "법사위": "법제사법위",
    "파트 타임": "파트타임",
    "open-source": "open source",
    "active duty": "active-duty",
    "capital region": "capital area",
    "alternative military service": "alternative service",
    "잠재성장률": "잠재 성장률",
    "경제성장률": "경제 성장률",
    "양도세": "양도소득세",
    "인공지능 기본법": "ai 기본법",
    "반도체법": "반도체 특별법",
    "inaugural ceremony": "inauguration",
    "전세자금대출": "전세대출",
    "jeonse-deposit loan": "jeonse loan",
    "fusion reactor": "fusion",
    "소형모듈원자로": "smr",
    "small modular reactor": "smr",
    "primary school": "elementary school",
    "ai framework act": "ai basic act",
    "chips act": "semiconductor act",
    "estate tax": "inheritance tax",
    "text only": "text-only",
    "민간단체": "민간 연구단체",
    "민간 기관": "민간 연구단체",
    "정부기관": "정부 기관",
    "private organisation": "private research",
    "private organization": "private research",
    "state agency": "government agency",
    "텍스트만": "텍스트 전용",
    "single-family house": "detached house",
}


def _has_word(text: str, word: str) -> bool:
    """The word in the text; an English word not inside a longer one (a-z on neither side).

    Looked for without a regular expression: a sentence meets some 200 words here, and each
    pattern compiled afresh cost ~0.1 ms of a one-claim check."""
    if not word.isascii():
        return word in text
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if not (at and "a" <= text[at - 1] <= "z") and not (
            end < len(text) and "a" <= text[end] <= "z"
        ):
            return True
        at = text.find(word, at + 1)
    return False


@functools.lru_cache(maxsize=1 << 12)
def _words_of(text: str, group: tuple[str, ...]) -> frozenset[str]:
    """The group's words in a text, as the canonical words they stand for; a longer word is
    read first and its span left out (vice president inside executive vice president).

    Kept: a sentence's words are looked for again with each fact it is weighed against."""
    out = set()
    for word in sorted(group, key=len, reverse=True):
        if _has_word(text, word):
            out.add(_SAME_SIBLING.get(word, word))
            text = text.replace(word, " ")
    return frozenset(out)


# What a thing is made for (추론 작업에 특화된, specialised in reasoning).
_SPECIALTY_KO = rx.compile(r"((?:[가-힣·]+\s+){0,2}?[가-힣·]+?)(?:\s*작업|\s*분야)?에?\s*특화")
_SPECIALTY_EN = rx.compile(
    r"(?i:\bspeciali[sz](?:ed|es|ing)\s+(?:in|for)\s+((?:[a-z-]+\s+){0,2}[a-z-]+))"
)


def _specialties(text: str) -> set[str]:
    out: set[str] = set()
    for pattern in (_SPECIALTY_KO, _SPECIALTY_EN):
        for m in pattern.finditer(text):
            out.update(w for w in re.split(r"[\s·,]+", m.group(1).lower()) if len(w) >= 2)
    return out - {"작업", "분야", "and", "the", "tasks", "task", "such", "like"}


def specialty_objection(analysis: Analysis, fact: Fact) -> Objection | None:
    """What the sentence says a thing is specialised in, where the source says another thing
    (이미지 생성 특화, where the source has 추론 작업에 특화)."""
    mine = _specialties(analysis.text)
    if not mine:
        return None
    # (compared in the sentence's script: the source's English words for an English sentence)
    theirs = {
        w
        for text in _said_texts(fact)
        for w in _specialties(text)
        if w.isascii() != analysis.korean
    }
    if not theirs or any(a in b or b in a for a in mine for b in theirs):
        return None
    # (the tasks the source names as its examples: math, science and coding for reasoning
    # tasks such as mathematics, science and coding)
    said = " ".join(_said_texts(fact)).lower()
    words = {w for a in mine for w in re.split(r"[\s,·/]+|\band\b|\bor\b|및|과|와", a.lower())}
    if all(w[:4] in said for w in words if len(w) >= 2):
        return None
    return Objection("relation", f"the source says it is specialised in {' '.join(sorted(theirs))}")


_SCOPE = rx.compile(r"국내|세계|해외|업계|(?i:\bin\s+(?:korea|the\s+world|the\s+country)\b)")
_SCOPED_FIRST = rx.compile(
    r"(?:국내|세계|해외|업계|국내외|아시아)\s*(?:최초|처음|첫)|(?:the\s+)?first\s+in\s+(?:korea|the\s+world|the\s+country)"
)


# 모두 before a count (모두 3개, 모두 세 개): the whole counted.
_ALL_COUNTED = rx.compile(
    r"(?<![가-힣])(?:모두|전부)(?=\s*(?:약\s*)?\d|\s*(?:한|두|세|네|다섯|여섯)\s*(?:개|곳|명|가지|종))"
)


# A gathering named as a step passed, not where the act was (청문회를 통과하고, cleared the
# confirmation hearing).
_PASSED_GATHERING = rx.compile(
    r"[가-힣]*(?:청문회|국정감사|간담회|강연|취임식)(?:를|을)?\s*(?:통과|거쳐|거친|마치|마친|넘어|앞두|앞둔)"
    r"|(?i:\b(?:cleared|passed|passing|clearing|after|before|ahead\s+of)\s+(?:the\s+|his\s+|a\s+)?"
    r"(?:[a-z]+\s+){0,2}?(?:hearing|audit|conference|briefing|lecture|inauguration))"
)


def same_day_sibling(analysis: Analysis, fact: Fact, related: Sequence[Fact]) -> Objection | None:
    """sibling_objection's gathering kinds, by a fact of the same day the sentence also
    speaks of (the launch event's fact says online; the fact of the priority announced at it
    does not)."""
    day = getattr(fact, "date", None)
    if not isinstance(day, str) or len(day) < 10:
        return None
    for other in related[:6]:
        if other is not fact and getattr(other, "date", None) == day:
            found = sibling_objection(analysis, other, _GATHERING_GROUPS)
            if found is not None:
                return found
    return None


def sibling_objection(
    analysis: Analysis, fact: Fact, groups: Sequence[tuple[str, ...]] | None = None
) -> Objection | None:
    """A word of a kind put for the source's other word of that kind (일본어 for 영어, LG전자
    for 삼성전자, 비공개 for 오픈소스, full-time for part-time)."""
    from factcli.judge.meaning.directions import _DENIED_NOUN

    # (what the sentence denies is not what it names: 오픈소스가 아닌 비공개 모델)
    claim = _DENIED_NOUN.sub(" ", analysis.text.lower())
    # (모두 3개 모델: a total counted, not "all of them" against the only one)
    claim = _ALL_COUNTED.sub(" ", claim)
    source = " ".join(_said_texts(fact)).lower()
    for group in _SIBLING_GROUPS if groups is None else groups:
        said = _words_of(claim, group)
        if not said:
            continue
        # (국내 최초, the first in the country: a scope, no place in a series of versions)
        theirs = _words_of(
            _SCOPED_FIRST.sub(" ", source)
            if ("마지막" in group or "the last" in group) and not _SCOPE.search(claim)
            # (a gathering the fact tells of as where its act happened, not one it names as
            # passed before: 인사청문회를 통과하고 재가까지, beside the inauguration)
            else _PASSED_GATHERING.sub(" ", source)
            if group in _GATHERING_GROUPS[:2]
            else source,
            group,
        )
        if group is _AUDIENCE:
            said, theirs = said - _AUDIENCE_DECOYS, theirs - _AUDIENCE_DECOYS
            if not said:
                continue
        # (간담회 for the source's 기자간담회: the general word of it)
        extra = {w for w in said - theirs if not _GENERAL_OF.get(w, frozenset()) & theirs}
        missing = theirs - said if extra else frozenset()
        if extra and not missing and theirs and said <= _LANGUAGES and len(said) >= 2:
            # (한국어와 영어, 중국어를 구사한다: the source's languages and one more; a model's
            # languages are all the source lists)
            added = next(w for w in group if w in extra)
            return Objection(
                "relation", f"the source names {', '.join(sorted(theirs))}, not {added}"
            )
        if not extra or not missing:
            continue  # (the sentence names the source's one too, or names none it lacks)
        word = next(
            w
            for w in sorted(group, key=len, reverse=True)
            if _SAME_SIBLING.get(w, w) in extra and _has_word(claim, w)
        )
        # (the source's own word for it where it has one: 국민주권 정부, of 이재명 정부)
        expected = next(
            (w for w in group if _SAME_SIBLING.get(w, w) in missing and _has_word(source, w)),
            next(w for w in group if _SAME_SIBLING.get(w, w) in missing),
        )
        # (as the source writes it: Meta, not meta)
        written = re.search(re.escape(expected), " ".join(_said_texts(fact)), re.I)
        expected = written.group() if written else expected
        at = analysis.text.lower().find(word)
        return Objection(
            "value",
            f"{word} should be {expected}",
            found=analysis.text[at : at + len(word)],
            expected=expected,
            start=at,
            end=at + len(word),
            fact=fact.id,
        )
    return None


# The largest or smallest of several (가장 작은 모델, the largest model): the figure must be
# that one of the figures the source lists together. (Not 최대/최소: bounds, up to, at least.)
_EXTREME = rx.compile(
    r"(?P<max>가장\s*(?:큰|많은|높은|무거운))|(?P<min>가장\s*(?:작은|적은|낮은|가벼운))"
    r"|(?i:\b(?P<maxe>largest|biggest|heaviest|highest)\b|\b(?P<mine>smallest|lightest|lowest|tiniest)\b)"
)


def extreme_objection(
    analysis: Analysis,
    value: Value,
    fact: Fact,
    others: Sequence[Fact] = (),
    store: Store | None = None,
) -> Objection | None:
    """The largest (or smallest) said of a figure the source lists beside a larger (smaller)
    one of the same kind (가장 작은 모델은 32B, of 2.4B, 7.8B and 32B), in the fact's own
    words or in a fact the store files beside it (`others`: the daughter's Meta shares beside
    her LG KRAFT fund, each a fact of its own)."""
    if value.amount is None:
        return None
    m = _EXTREME.search(analysis.clause_at(value.start).text)
    if m is None:
        return None
    largest = bool(m.group("max") or m.group("maxe"))
    mine = fact.value
    if isinstance(mine, int | float) and not isinstance(mine, bool) and mine == value.amount:
        if store is not None and not any(_filed_together(fact, o) for o in others if o is not fact):
            # (the items filed beside it, when the sentence's words led to none of them)
            stem = "-".join(fact.id.split("-")[:3]) + "-"
            near = [i for i in store.ids() if i.startswith(stem) and i != fact.id][:20]
            others = [*others, *(f for i in near if (f := store.get(i)) is not None)]
        for other in others:
            theirs = other.value
            if (
                other is fact
                or not _filed_together(fact, other)
                or not isinstance(theirs, int | float)
                or isinstance(theirs, bool)
            ):
                continue
            if (theirs > mine) if largest else (theirs < mine):
                word = "largest" if largest else "smallest"
                return Objection(
                    "relation", f"not the {word}: the source gives {other.id} {theirs:,}"
                )
    for text in _said_texts(fact):
        listed = [
            v.amount
            for v in analyze_sentence(text).values
            if v.amount is not None and v.family == value.family and v.unit == value.unit
        ]
        if len(listed) < 2 or value.amount not in listed:
            continue
        best = max(listed) if largest else min(listed)
        if value.amount != best:
            word, than = ("largest", "larger") if largest else ("smallest", "smaller")
            return Objection(
                "relation", f"not the {word}: the source lists {value.text} beside a {than} one"
            )
    return None


def _filed_together(a: Fact, b: Fact) -> bool:
    """Facts the store files as items of one list: one subject and unit, ids alike but for
    what names the item (controversy-daughter-stock-meta, …-stock-lg-craft)."""
    stem_a, stem_b = a.id.split("-")[:3], b.id.split("-")[:3]
    return (
        a.subject == b.subject
        and a.unit == b.unit
        and len(a.id.split("-")) > 3
        and len(b.id.split("-")) > 3
        and stem_a == stem_b
    )


# Kin words that say which one: a son is not the daughter the source speaks of. (부인 is
# also a denial: 부인했다, 부인한.)
_KIN_SEX = rx.compile(
    r"(?P<m>장남|차남|외아들|아들|아버지|부친|남편)"
    r"|(?P<f>장녀|차녀|외동딸|딸|어머니|모친|아내|부인(?![했하한할해]))"
    r"|(?i:\b(?P<me>sons?|father|husband)\b|\b(?P<fe>daughters?|mother|wife)\b)"
)
_KIN_OF = {
    **dict.fromkeys(("장남", "차남", "외아들", "아들", "son", "sons"), "child"),
    **dict.fromkeys(("장녀", "차녀", "외동딸", "딸", "daughter", "daughters"), "child"),
    **dict.fromkeys(("아버지", "부친", "father", "어머니", "모친", "mother"), "parent"),
    **dict.fromkeys(("남편", "husband", "아내", "부인", "wife"), "spouse"),
}


def _kin_words(text: str) -> list[tuple[str, str, str, int]]:
    """(word, relation, sex, position) of each kin word that tells a sex."""
    out = []
    for m in _KIN_SEX.finditer(text):
        word = m.group().lower()
        sex = "m" if (m.group("m") or m.group("me")) else "f"
        out.append((m.group(), _KIN_OF[word], sex, m.start()))
    return out


def kin_objection(analysis: Analysis, fact: Fact) -> Objection | None:
    """A relative of the other sex than the source's (아들 for 장녀, son for daughter): another
    person, so the value is not theirs."""
    mine = _kin_words(analysis.text)
    if not mine:
        return None
    theirs = [k for t in _said_texts(fact) for k in _kin_words(t)]
    for word, relation, sex, at in mine:
        same = [k for k in theirs if k[1] == relation]
        if same and not any(k[2] == sex for k in same):
            return Objection(
                "value",
                f"the source speaks of the {same[0][0]}, not the {word}",
                found=word,
                expected=same[0][0],
                start=at,
                end=at + len(word),
                fact=fact.id,
            )
    return None


def ordinal_objection(
    analysis: Analysis, fact: Fact, others: Sequence[Fact] = ()
) -> Objection | None:
    """The sentence puts the fact's thing at another place in its series (the second head of
    LG AI Research, where the source says its first). `others`: facts the sentence speaks of
    beside it, one of which may tell the place when this one tells none (the launch's speech
    beside the fact of its first head)."""
    korean = analysis.korean
    mine = _ordinals(analysis.text, korean)
    if not mine:
        return None

    def places(one: Fact) -> set[int]:
        texts = [one.statement] if korean else [one.statement_en or ""]
        if korean:
            texts += [r.quote for r in one.sources]
        return set().union(*(_ordinals(t, korean) for t in texts))

    theirs = places(fact)
    if not theirs:
        theirs = next((p for p in map(places, others) if p), set())
    if not theirs or mine & theirs:
        return None
    said, put = min(theirs), min(mine)
    return Objection("relation", f"the source says number {said} in its series, not number {put}")


# The first of a kind (국내 최초 추론 AI 모델, Korea's first hybrid AI model): the word of the
# kind is the one before the head noun that ends the phrase.
_FIRST_KIND_KO = rx.compile(
    r"최초(?:의|로)?\s+(?P<words>(?:[^\s.,]+\s+){0,8})(?P<kind>(?!AI\b)[가-힣A-Za-z]+)\s+(?:AI\s*)?모델"
)
_FIRST_KIND_EN = rx.compile(
    r"(?i:\bfirst\s+(?P<words>(?:[\w-]+\s+){0,3})(?P<kind>(?!ai\b)[\w-]+)\s+(?:ai\s+)?model)"
)
# A Korean verb's form before a noun (합친, 특화된, 결합한): what the thing does, not its kind.
_ADNOMINAL = rx.compile(r"[가-힣]*(?:[친한된인는던운은])$")


def first_kind_objection(analysis: Analysis, fact: Fact) -> Objection | None:
    """The sentence calls a thing the first of another kind than the source calls it first of
    (엑사원 4.0은 국내 최초 추론 AI 모델이다, where the source says the first hybrid model;
    EXAONE Deep was the first reasoning one): not what the source vouches for. The kind is
    the noun before the head (하이브리드, reasoning); any of the sentence's words before the
    head may name the source's (a hybrid reasoning model), and a verb's form names none."""
    korean = analysis.korean
    pattern = _FIRST_KIND_KO if korean else _FIRST_KIND_EN
    told = (fact.statement if korean else fact.statement_en) or ""
    theirs = [m.group("kind").lower() for m in pattern.finditer(told)]
    mine = list(pattern.finditer(analysis.text))
    if not mine or not theirs:
        return None
    kind = mine[0].group("kind").lower()
    for m in mine:  # (of two firsts, the one of the fact's kind may be its: Deep's, 4.0's)
        found = m.group("kind").lower()
        if korean and _ADNOMINAL.fullmatch(found):
            return None  # (최초로 … 합친 AI 모델: its kind told by what it does)
        words = [*m.group("words").lower().split(), found]
        if any(w.startswith(t) or t.startswith(w) for w in words for t in theirs):
            return None  # (추론형 for 추론, a hybrid reasoning model for the hybrid one)
    return Objection(
        "relation",
        f"the source calls it the first {theirs[-1]} model, not the first {kind} model",
    )


# A numbered version with its name before it (엑사원 3.5, EXAONE 3.0), and "version" after an
# ordinal (세 번째 버전, the third version).
_NUMBERED = rx.compile(r"(?<![A-Za-z가-힣])([A-Za-z가-힣]{2,})\s?(\d+\.\d+)")
_VERSION_WORD = rx.compile(r"\s?(?:번째\s?)?(?:버전|판)|(?i:\s+(?:version|release|iteration)\b)")


def version_place_objection(store: Store, analysis: Analysis) -> Objection | None:
    """A numbered version put at another place in its series than the store's versions of
    that name give it (엑사원의 세 번째 버전인 엑사원 3.5: 1.0, 2.0, 3.0, 3.5 make it the fourth)."""
    text = analysis.text
    pattern = _ORDINAL_KO if analysis.korean else _ORDINAL_EN
    mine = {
        int(w) if w.isdigit() else _ORDINAL_OF[w.lower()]
        for m in pattern.finditer(text)
        if _VERSION_WORD.match(text, m.end()) or _VERSION_WORD.match(text, m.end() + 2)
        for w in [next(g for g in m.groups() if g)]
    }
    named = {(m.group(1).lower(), m.group(2)) for m in _NUMBERED.finditer(text)}
    if not mine or len({v for _n, v in named}) != 1:
        return None
    version = next(iter(named))[1]
    from factcli.judge.meaning.subjects import resolve

    # (엑사원 and EXAONE: one series, where the store names both as one subject)
    whose = {resolve(store, n) or n.lower() for n, _v in named}
    series = {
        m.group(2)
        for fact in store.facts
        for told in (fact.statement, fact.statement_en or "")
        for m in _NUMBERED.finditer(told)
        if (resolve(store, m.group(1)) or m.group(1).lower()) in whose
    }
    if version not in series:
        return None
    ordered = sorted(series, key=lambda v: tuple(int(p) for p in v.split(".")))
    place = ordered.index(version) + 1
    if place in mine:
        return None
    return Objection(
        "relation",
        f"the store's numbered versions run {', '.join(ordered)}: {version} is number {place},"
        f" not {min(mine)}",
    )


# Whose thing it is: 메타(Meta)의 라마(Llama)3.1, Google's Gemma 2 (a gloss in brackets is
# dropped first).
_OWNED_KO = rx.compile(r"([가-힣A-Za-z]{2,})의\s+([가-힣A-Za-z][가-힣A-Za-z0-9.]*)")
_OWNED_EN = rx.compile(r"\b([A-Z][A-Za-z]+)(?:'s|’s)\s+([A-Z][A-Za-z]*(?:\s?[\d.]+)?)")
_GLOSS = rx.compile(r"\([^()]{1,30}\)")


def _owned_pairs(text: str) -> list[tuple[str, str]]:
    plain = _GLOSS.sub("", text)
    pairs = [(m.group(1), m.group(2)) for m in _OWNED_KO.finditer(plain)]
    pairs += [(m.group(1), m.group(2)) for m in _OWNED_EN.finditer(plain)]
    # (a thing with a version: a model, not a title such as 초대 원장)
    return [
        (a.lower(), re.sub(r"\s", "", b).lower().rstrip("."))
        for a, b in pairs
        if re.search(r"\d", b)
    ]


def owner_objection(analysis: Analysis, fact: Fact) -> Objection | None:
    """Owners swapped: 구글의 라마3.1, where the source says 메타의 라마3.1 and 구글의 젬마2."""
    mine = _owned_pairs(analysis.text)
    if len(mine) < 1:
        return None
    theirs = [p for t in _said_texts(fact) for p in _owned_pairs(t)]
    owners = {a for a, _b in theirs}
    for owner, thing in mine:
        for their_owner, their_thing in theirs:
            if (
                thing == their_thing
                and owner != their_owner
                and owner in owners  # the source names this owner, with another thing
            ):
                return Objection(
                    "relation", f"the source says {their_thing} is {their_owner}'s, not {owner}'s"
                )
    return None


# A time a step takes (개발하는 데 10년이 걸린다, would take 10 years to develop).
_TAKE_TO = rx.compile(
    r"(?:하는|되는)\s*데(?:에)?\s|(?i:\btak(?:e|es|ing|en)\b[^.]{0,40}?\bto\s+\w+|\bneeded\s+to\b)|"
    # (a step's own time: 개발에는 10년이 걸린다, developing it would take 10 years)
    r"[가-힣]{2}(?:에|엔)(?:는|만)?\s+(?:\S+\s+){0,3}?\S*(?:걸리|걸릴|걸린|걸렸|소요|필요)|"
    r"[가-힣]{2}하기까지|[가-힣]{2}\s?기간(?:을|이|은)\s|"
    r"(?i:\b(?:would|will|could|to)\s+(?:take|need|require)\b)"
)
# A span the sentence counts from a step (개발 뒤 실용화에는, deploying it after its
# development): from that step to another, as the source's, whatever the other is called.
_AFTER_STEP = rx.compile(
    r"(?<![가-힣])(?:뒤|후|이후|다음)(?![가-힣])|[가-힣](?:한|된)\s?뒤|"
    r"(?i:\b(?:after|following|once|newly\s+developed)\b)"
)
# A figure said of one step only (개발하는 데에만 10년, just to develop it).
_ONLY_FOR = rx.compile(r"데(?:에)?만|(?i:\bjust to\b|\bonly to\b|\balone\b)")
# ... where the source gives it from one step to another (개발 이후 상용화까지, from
# development to commercialisation).
_SPAN_WORDS_KO = rx.compile(r"([가-힣]{2,}?)\s*(?:이후|부터|에서)\s+([가-힣]{2,}?)까지")
_SPAN_WORDS_EN = rx.compile(r"(?i:\bfrom\s+(\w+)\s+(?:to|until|through)\s+(\w+))")
# ... or the later step first (commercialising it would take 10 years after its development)
_SPAN_AFTER_EN = rx.compile(r"(?i:\b(\w{4,})ing\b[^.]{0,80}?\bafter\s+(?:its\s+|the\s+)?(\w+))")


def span_objection(analysis: Analysis, fact: Fact) -> Objection | None:
    """The sentence gives a figure to one step (개발하는 데에만 10년) that the source gives
    from that step to another (개발 이후 상용화까지 10년 정도), or to that step where the
    source gives it to the next (it would take about 10 years to develop a new SMR)."""
    if not _ONLY_FOR.search(analysis.text) and not _TAKE_TO.search(analysis.text):
        return None
    if _AFTER_STEP.search(analysis.text):
        return None
    patterns = [(_SPAN_WORDS_KO, False)] if analysis.korean else [(_SPAN_WORDS_EN, False)]
    if not analysis.korean:
        patterns.append((_SPAN_AFTER_EN, True))
    stem = 2 if analysis.korean else 5  # (a Latin word's first letters say less)
    claim = analysis.text.lower()
    for text in _said_texts(fact):
        for pattern, later_first in patterns:
            for m in pattern.finditer(text):
                first, last = m.group(1).lower(), m.group(2).lower()
                if later_first:
                    first, last = last, first + "ing"
                if first[:stem] in claim and last[:stem] not in claim:
                    return Objection(
                        "relation",
                        f"the source gives it from {first} to {last}, not for {first} alone",
                    )
    return None


# Just before or just after: the order of two events, which a fact about either may tell.
_ORDER_PAIRS = (
    ("직전", "직후"),
    ("just before", "just after"),
    ("shortly before", "shortly after"),
    ("right before", "right after"),
    ("days before", "days after"),
)


def order_objection(analysis: Analysis, facts: Sequence[Fact]) -> Objection | None:
    """Just after, where a fact the sentence speaks of says just before (or the reverse)."""
    claim = analysis.text.lower()
    for a, b in _ORDER_PAIRS:
        for said, meant in ((a, b), (b, a)):
            if said not in claim or meant in claim:
                continue
            for fact in facts:
                source = " ".join(_said_texts(fact)).lower()
                if meant in source and said not in source:
                    return Objection("direction", f"the source says {meant}, not {said}")
    return None


# A list the source gives in order: 언어모델(LLM)-멀티모달(LMM)-행동모델(LAM), LLM → LMM,
# from language models (LLM) to multimodal models (LMM) to action models (LAM).
_LISTED = rx.compile(r"[^\s'‘’\"“”]+(?:\s*[-→]\s*[^\s'‘’\"“”]+)+")
_FROM_TO = rx.compile(r"(?i:\bfrom\s+([^,.;]+?)((?:\s+to\s+[^,.;]+?)+)(?=[,.;]|$))")
# One post, then the next (A로 재직하다 B를 맡았다, A를 거쳐 B로): two steps in order.
_SERVED_THEN = r"(?:재직|근무)하(?:다가?|던\s*중)"
_POST_THEN_POST = rx.compile(
    r"([^\s,.]{1,30}(?:\s[^\s,.]{1,30}){0,2}?)\s*(?:(?:으로|로)\s*" + _SERVED_THEN + r"|"
    r"(?:을|를)\s*거쳐(?:서)?)\s+([^\s,.]{1,30}(?:\s[^\s,.]{1,30}){0,2}?)(?:을|를|으로|로|에)\s"
)
# Words that put things in a sentence in order (순으로, 에서 출발해, first, then).
_IN_ORDER = rx.compile(
    r"순으로|순서|출발|거쳐|이어지|이어서|먼저|다음으로|" + _SERVED_THEN + r"|"
    r"(?i:\bfrom\b.+\bto\b|\bthen\b|\bfollowed by\b|\bfirst\b|\border\b)"
)
_ACRONYM = rx.compile(r"\b[A-Z]{2,}\b")


def _steps(text: str) -> list[list[tuple[str, list[str]]]]:
    """The ordered lists a text gives: each step as its words and the keys that name it
    (its acronym, its first words, less the words every step shares)."""
    lists: list[list[str]] = []
    for m in _LISTED.finditer(text):
        parts = re.split(r"\s*[-→]\s*", m.group())
        if len(parts) >= 2 and all(re.search(r"[A-Za-z가-힣]", p) for p in parts):
            lists.append(parts)
    for m in _POST_THEN_POST.finditer(text):
        lists.append([m.group(1), m.group(2)])
    for m in _FROM_TO.finditer(text):
        if m.group(2).count(" to ") < 2:
            continue  # (approval from his company to pursue the programme: no list of steps)
        parts = [m.group(1), *re.split(r"(?:^|\s+)to\s+", m.group(2).strip())[1:]]
        if any(len(p.split()) > 5 for p in parts):
            continue  # (from start to finish, and laid out a plan to build …: no steps)
        lists.append(parts)
    out = []
    for parts in lists:
        keys = [_step_keys(p) for p in parts]
        # (a word every step shares, models, names none of them)
        counts: dict[str, int] = {}
        for ks in keys:
            for k in set(ks):
                counts[k] = counts.get(k, 0) + 1
        out.append(
            [(p, [k for k in ks if counts[k] == 1]) for p, ks in zip(parts, keys, strict=True)]
        )
    return out


def _step_keys(part: str) -> list[str]:
    """The words naming a step: its acronym (LLM), its first words (언어모델, language)."""
    words = re.findall(r"[가-힣]{2,}|[A-Za-z]{3,}", re.sub(r"\(.*?\)", " ", part))
    return [*_ACRONYM.findall(part), *(w.lower() for w in words[:2])]


def listed_order_objection(analysis: Analysis, fact: Fact) -> Objection | None:
    """Steps the source lists in one order, put in another by a sentence that orders them
    (행동모델(LAM)에서 출발해 ... 언어모델(LLM) 순으로, for LLM-LMM-LAM)."""
    claim = analysis.text
    if not _IN_ORDER.search(claim):
        return None
    for text in _said_texts(fact):
        for steps in _steps(text):
            at = []
            for _part, keys in steps:
                found = [claim.find(k) if k.isupper() else claim.lower().find(k) for k in keys]
                found = [f for f in found if f >= 0]
                at.append(min(found) if found else -1)
            placed = [(pos, i) for i, pos in enumerate(at) if pos >= 0]
            if len(placed) < 2 or len({p for p, _i in placed}) < len(placed):
                continue
            order = [i for _p, i in sorted(placed)]
            if order != sorted(order):
                listed = " - ".join(part.strip() for part, _keys in steps)
                return Objection("direction", f"the source gives the order {listed}")
    return None


# What a remark says a thing is: its core, priority, goal or purpose (AI 기본법의 핵심은 산업
# 진흥에 있다; the core of the act lies in promoting the industry).
_FRAME_KO = rx.compile(
    r"(핵심|최우선\s?과제|목표|목적|출발점|취지)(?:은|는|(?<=핵심)이|(?<=과제)가)\s+"
    r"((?:[^\s,.“”\"]+\s){0,10}?[^\s,.“”\"]+?)"
    r"(?:에\s?있|이다|였다|이라|라고|라며|이며|으로|로\s|다\.|다”|다\")"
)
_FRAME_EN = rx.compile(
    r"(?i:\b(core|key|heart|top priority|priority|goal|purpose|aim|starting point)\b"
    r"(?:\s+of\s+[^,.;]{1,40}?)?\s+(?:is|was|lies|lay|would be|will be)\s+(?:in\s+|to\s+)?"
    r"((?:[a-z-]+\s+){0,2}[a-z-]+))"
)
_FRAME_SAME = {
    "core": "핵심",
    "key": "핵심",
    "heart": "핵심",
    "top priority": "최우선과제",
    "priority": "최우선과제",
    "goal": "목표",
    "aim": "목표",
    "purpose": "목적",
    "starting point": "출발점",
}


_FRAME_COMMON = frozenset(["ai", "lg", "인공지능"])
# A predicate told of the frame's noun, not its content: a plan for it (높여 잡겠다는 방침).
_DONE_TO_IT = rx.compile(
    r"겠다는|겠다고|기로|방침|계획|예정|(?i:\b(?:raised|revised|cut|changed)\b)"
)


def _frames(text: str) -> list[tuple[str, str]]:
    out = [(re.sub(r"\s", "", m.group(1)), m.group(2)) for m in _FRAME_KO.finditer(text)]
    out += [(_FRAME_SAME[m.group(1).lower()], m.group(2)) for m in _FRAME_EN.finditer(text)]
    return out


def frame_held(analysis: Analysis, fact: Fact) -> bool:
    """Whether the fact's own words hold what the sentence says a thing's core or goal is
    (목표는 2028년까지 GPU 5만 장 확보였다, by the fact of that goal): another fact's goal
    then does not object to it."""
    from factcli.text.terms import analyze

    mine = _frames(analysis.text)
    joined = " ".join(_said_texts(fact)).lower()
    return bool(mine) and all(
        all(w in joined for w in analyze(said) if len(w) >= 2 and w not in _FRAME_COMMON)
        for _frame, said in mine
    )


def frame_objection(analysis: Analysis, fact: Fact) -> Objection | None:
    """The sentence says a thing's core (priority, goal) is one thing where the source says it
    is another (핵심은 규제, where the source says 산업 진흥): what the remark says is wrong."""
    from factcli.text.paraphrases import group_of
    from factcli.text.terms import analyze

    mine = _frames(analysis.text)
    if not mine:
        return None
    texts = _said_texts(fact)
    theirs = [f for t in texts for f in _frames(t)]
    joined = " ".join(texts).lower()
    for frame, said in mine:
        if _DONE_TO_IT.search(said):
            continue  # (목표는 높여 잡겠다는 방침이다: what is to be done with the goal, not it)
        meant = [m for f, m in theirs if f == frame]
        if not meant:
            continue
        # (the source's words in the sentence's language first: industrial promotion)
        meant.sort(key=lambda m: bool(re.search("[가-힣]", m)) != analysis.korean)
        # (not a word any remark of the field shares: AI, LG)
        words = [w for w in analyze(said) if len(w) >= 2 and w not in _FRAME_COMMON]
        if not words:
            continue

        def held(word: str) -> bool:
            group = group_of(word) or ()
            return word in joined or any(g.lower() in joined for g in group if len(g) >= 2)

        if any(held(w) for w in words):
            continue
        return Objection("relation", f"the source says {meant[0]}, not {said}")
    return None


# Words of a saying (밝혔다, 설명했다, 입장문, said, statement): a sentence with none of them
# does not speak of the day something was said.
_SAYING = rx.compile(
    r"말했|밝혔|설명했|해명했|언급|강조했|입장문|발표|기자|"
    r"(?i:\b(?:said|says|told|stated|explained|statement|announced|remarks?)\b)"
)


def _own_saying(fact: Fact, word: str, own: str) -> bool:
    """The saying the sentence tells of is the fact's own dated act (개편안은 9월 7일
    발표됐으며, reported on 9월 14일): a statement of the fact uses the word right beside its
    own date (not a remark about a date to come: said … by the end of the year)."""
    from factcli.text.dates import find_dates, parse_iso

    # (a Korean verb by its stem, 발표 of 발표됐다; an English one as the word it is)
    stem = word[:2].lower() if is_hangul(word[:1]) else word.lower()
    try:
        day = parse_iso(own)
    except ValueError:
        return False
    for text in (fact.statement, fact.statement_en):
        lowered = (text or "").lower()  # (the same length: Latin and Hangul lower-case so)
        for m in find_dates(text or ""):
            if m.date is not None and m.date.day is not None and m.date.agrees(day):
                near = lowered[max(0, m.start - _BESIDE) : m.end + _BESIDE]
                if (
                    stem in near
                    if is_hangul(stem[:1])
                    else re.search(rf"\b{re.escape(stem)}", near) is not None
                ):
                    return True
    return False


_BESIDE = 16  # characters around a date that tell what was done that day


def said_day_objection(
    analysis: Analysis, value: Value, fact: Fact, slot: Value | None
) -> Objection | None:
    """A date that is only the day the source said it (its statement of June 30), given as the
    day of the act itself (signed the contract on June 30, where it says March 5)."""
    own = getattr(fact, "date", None)
    stated = getattr(fact, "stated", None)
    if not own or not stated or own == stated:
        return None
    saying = _SAYING.search(analysis.text)
    if saying is not None and not _own_saying(fact, saying.group(), own):
        return None
    from factcli.judge.meaning.certainty import state_as_of

    if state_as_of(analysis, value):
        return None  # (9월14일 기사 시점에 … 앞두고 있었다: how things stood that day)
    if slot is not None and slot.role != "stated":
        return None
    if slot is None:
        # (matched by the fact's text: the day it was said, not its own day)
        from factcli.text.dates import parse_iso

        try:
            said_day, own_day = parse_iso(stated), parse_iso(own)
        except ValueError:
            return None
        if value.date is None or not value.date.agrees(said_day) or value.date.agrees(own_day):
            return None
    return Objection(
        "relation", f"{value.text} is when the source said it, not when it happened ({own})"
    )


# "Now" right before a figure (현재 2100억 개인 매개변수, EXAONE's current 210 billion).
_NOW_BEFORE_KO = rx.compile(r"현재\s*$|지금\s*$|현재의\s*$")
_NOW_BEFORE_EN = rx.compile(
    r"(?i:\b(?:current|currently|now|present|existing)\s+"
    r"(?:(?:has|had|have|is|was|stands?\s+at|stood\s+at|at|of|uses?|used)\s+)?$)"
)
# A figure said to be what a thing must become (to reach 32 billion, 2100억 개로 늘려야).
_GOAL_BEFORE_EN = rx.compile(
    r"(?i:\b(?:to\s+(?:reach|hit|achieve)|(?:grow|grown|increase[ds]?|raise[ds]?|scale[ds]?|expand(?:ed)?)"
    r"(?:\s+\w+){0,3}?\s+to)\s+(?:about\s+|around\s+|roughly\s+|some\s+)?$)"
)
_GOAL_AFTER_KO = rx.compile(
    r"^\s*(?:정도|가량|쯤)?\s*(?:로|으로|까지)\s*(?:늘리|늘려|키우|키워|확대|끌어올)"
)


def current_objection(analysis: Analysis, value: Value, fact: Fact) -> Objection | None:
    """The sentence calls its figure the one there is now, where the source's figure now is
    another and this one is what it must become (현재 320억 개인 매개변수를 2100억 개로: the
    210 billion said to be EXAONE's current size)."""
    before = analysis.text[max(0, value.start - 40) : value.start]
    if _GOAL_BEFORE_EN.search(before) or _GOAL_AFTER_KO.search(analysis.text[value.end :]):
        return _goal_now(value, fact)
    if not (_NOW_BEFORE_KO.search(before[-24:]) or _NOW_BEFORE_EN.search(before)):
        return None
    for text in _said_texts(fact):
        values = analyze_sentence(text).values
        now = [
            v
            for v in values
            if v.amount is not None
            and (
                _NOW_BEFORE_KO.search(text[max(0, v.start - 12) : v.start])
                or _NOW_BEFORE_EN.search(text[max(0, v.start - 24) : v.start])
            )
        ]
        if (
            now
            and all(v.amount != value.amount for v in now)
            and any(v.amount == value.amount for v in values)
        ):
            return Objection(
                "relation", f"the source's figure now is {now[0].text}, not {value.text}"
            )
    return None


def _goal_now(value: Value, fact: Fact) -> Objection | None:
    """The sentence calls its figure what a thing must grow to, where the source gives it as
    the figure there is now (to reach 32 billion parameters: EXAONE's size then, not the aim)."""
    for text in _said_texts(fact):
        for v in analyze_sentence(text).values:
            if v.amount == value.amount and (
                _NOW_BEFORE_KO.search(text[max(0, v.start - 12) : v.start])
                or _NOW_BEFORE_EN.search(text[max(0, v.start - 40) : v.start])
            ):
                return Objection(
                    "relation", f"{value.text} is the figure there was then, not the one aimed at"
                )
    return None


# The stages of taking a post, each its own event: named (지명, 내정, nominated), appointed
# (임명, 재가, appointed), sworn in (취임, inaugurated, took office).
_STAGES = (
    ("nominate", rx.compile(r"지명|내정|(?i:\bnominat)")),
    (
        "appoint",
        rx.compile(r"임명(?!장)|재가|(?i:\bappoint(?!ment\s+letter)|\bapprov|\bsigned\s+off)"),
    ),
    ("inaugurate", rx.compile(r"취임|(?i:\binaugura|\bsworn\s+in\b|\btook\s+office\b)")),
)


def _stages(text: str) -> set[str]:
    return {stage for stage, pattern in _STAGES if pattern.search(text)}


def other_stage(analysis: Analysis, fact: Fact) -> bool:
    """The sentence tells of one stage of taking a post (appointed in June) and the fact of
    another only (nominated on June 23): not the fact's event, whatever its date."""
    mine = _stages(analysis.text)
    if not mine:
        return False
    theirs = _stages(" ".join(t for t in (fact.statement, fact.statement_en) if t))
    return bool(theirs) and not mine & theirs


# Whose a thing the store names is (its maker or its host), in either language: the owners'
# names as the facts write them before the thing (메타(Meta)의 라마, 엔비디아 GTC, 네이버 '각
# 세종', LG AI연구원의 엑사원).
OWNED: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("엑사원", "exaone", "챗엑사원", "chatexaone", "넥서스", "nexus"), ("lg",)),
    (("라마", "llama"), ("메타", "meta")),
    (("젬마", "gemma", "제미나이", "gemini"), ("구글", "google")),
    (("gtc", "h100", "h200", "b200", "a100"), ("엔비디아", "nvidia")),
    (("각 세종", "gak sejong", "gak-sejong"), ("네이버", "naver")),
    (("딥시크", "deepseek"), ("딥시크", "deepseek")),
)
# Bodies that own things, as a sentence names them before a possessive.
_OWNERS = (
    "lg",
    "메타",
    "meta",
    "구글",
    "google",
    "엔비디아",
    "nvidia",
    "네이버",
    "naver",
    "삼성",
    "samsung",
    "sk",
    "카카오",
    "kakao",
    "마이크로소프트",
    "microsoft",
    "오픈ai",
    "openai",
)
# Bodies the articles have list or rank models, not make them.
_LISTERS = ("스탠퍼드", "stanford", "에포크", "epoch")
_OWNER_OF = rx.compile(
    r"(?<![가-힣A-Za-z])(" + "|".join(_OWNERS) + r")(?:의|(?i:'s|’s))(?![가-힣A-Za-z])",
    re.I,
)
# The owners as the store writes them in English.
_OWNER_SHOWN = {
    "lg": "LG",
    "meta": "Meta",
    "google": "Google",
    "nvidia": "Nvidia",
    "naver": "Naver",
    "deepseek": "DeepSeek",
}
_THING_NAMES = tuple(name for names, _owners in OWNED for name in names)


def _owns(body: str, owners: Sequence[str]) -> bool:
    """The body is one of the thing's owners, by a name or its start (lg, lg ai연구원)."""
    return any(body.startswith(o) or o.startswith(body) for o in owners)


def _owner_shown(owners: Sequence[str], korean: bool) -> str:
    """The thing's owner as the message names it, in the sentence's language."""
    own = next((o for o in owners if o.isascii() != korean), owners[0])
    return _OWNER_SHOWN.get(own, own)


# Making or releasing a product (공개했다, 개발했다, released, developed): its maker's act.
_MADE_IT = rx.compile(
    r"공개|출시|개발|선보|내놓|내놨|만들|만든|(?i:\b(?:releas|launch|unveil|develop|buil|creat|"
    r"introduc|open-sourc)\w*)"
)


def _made_at(text: str, name: str, korean: bool) -> set[int]:
    """Where the verbs of making done to the thing start: right after it (엑사원 3.0을
    공개했다, 엑사원 3.0을 2024년 8월 7일 공개했다), right before it (released EXAONE Deep), or
    after it as its topic, in its own clause (엑사원 3.0은 … 공개됐다, EXAONE 3.0 was released);
    `text` lower-cased, quotes around the name allowed."""
    verbs: set[int] = set()
    for m in re.finditer(re.escape(name), text):
        end = m.end()
        if text[end : end + 1] in _CLOSING:
            end += 1  # (‘엑사원 3.0’은)
        if korean:
            after = _MADE_IT.search(text, end, end + 16)
            held = _OBJECT_MADE_KO.match(text, end) or _TOPIC_KO.match(text, end)
            if held is not None:
                later = _MADE_IT.search(text, held.end(), held.end() + 40)
                if later is not None and not _CLAUSE_END.search(text, held.end(), later.start()):
                    after = after or later
            if after is not None:
                verbs.add(after.start())
        else:
            before = _MADE_IT.search(text, max(0, m.start() - 24), m.start())
            if before is not None:
                verbs.add(before.start())
            topic = _TOPIC_EN.match(text, end)
            passive = _MADE_IT.match(text, topic.end()) if topic is not None else None
            if passive is not None:
                verbs.add(passive.start())  # (EXAONE 3.0 was released, not was included)
    return verbs


def _made(text: str, name: str, korean: bool) -> bool:
    """The thing is what a verb of making is done to (see _made_at)."""
    return bool(_made_at(text, name, korean))


_CLOSING = "’'\"”」』"
# The thing as a clause's topic, its version after it: 엑사원 3.0은, EXAONE 3.0 was.
# (its version or its kind's word between: 엑사원 딥은, ‘엑사원 3.0’을)
_TOPIC_KO = rx.compile(r"[\s\d.a-z가-힣’'\"”-]{0,12}?(?:은|는|이|가)\s")
_OBJECT_MADE_KO = rx.compile(r"[\s\d.a-z가-힣’'\"”-]{0,12}?(?:을|를)\s")
_TOPIC_EN = rx.compile(
    r"[\s\d.a-z’'\"”-]{0,12}?\s(?:was|were|is|are|has been|had been)\s+(?:also\s+)?"
)
# A clause's end before a later verb (공개했고, 출시됐으며, 꼽은, a comma): another clause's verb.
_CLAUSE_END = rx.compile(r"(?:했|됐|였|았|었)(?:고|으며|지만)|(?:하고|하며|되고|되며)\s|,")
# A predicate of its own between an agent and a making verb (엔비디아가 연 GTC에서 … 공개).
_OTHER_VERB_KO = rx.compile(
    r"(?:(?<=[가-힣\s]))(?:한|된|연|던|은|는|열린|여는)\s|(?:했|됐|였)(?:고|으며|다)"
)


# Who a sentence says made the thing, besides its topic: 메타가 공개했다 (the agent after
# the thing's topic), released by Meta.
_AGENT_KO = rx.compile(r"(?<![가-힣A-Za-z0-9])((?:[A-Za-z]+\s)?[가-힣A-Za-z]+)(?:이|가)\s")
_AGENT_EN = rx.compile(r"\b[Bb]y\s+([A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3})")


def _makers(store: Store | None, analysis: Analysis) -> list[tuple[str, int, str, int]]:
    """(owner or subject id, start, as written, where its verb of making starts) for each
    body the sentence has make a thing: its subject before the verb (메타는 엑사원 3.0을
    공개했다, Meta released), an agent right before the verb (메타가 공개했다), the agent of a
    passive (released by Meta)."""
    found: list[tuple[str, int, str, int]] = []
    phrases: list[tuple[str, int, int]] = []
    text = analysis.text
    # (its verb after it: 스탠퍼드 HAI가 꼽은, after 엑사원 3.5는 출시됐고, is not it; nor a
    # topic lent by another clause, with no place in this one)
    if analysis.actor and analysis.actor_span:
        verb = _MADE_IT.search(text, analysis.actor_span[1])
        if verb is not None and not _CLAUSE_END.search(text, analysis.actor_span[1], verb.start()):
            phrases.append((analysis.actor, analysis.actor_span[0], verb.start()))
    if analysis.korean:
        for m in _AGENT_KO.finditer(text):
            verb = _MADE_IT.search(text, m.end(), m.end() + 24)
            if verb is not None and not _OTHER_VERB_KO.search(text, m.end(), verb.start()):
                phrases.append((m.group(1).strip(), m.start(1), verb.start()))
    else:
        for m in _AGENT_EN.finditer(text):
            verb = _MADE_IT.search(text, max(0, m.start() - 40), m.start())
            if verb is not None:
                phrases.append((m.group(1).strip(), m.start(1), verb.start()))
    for phrase, at, verb_at in phrases:
        low = phrase.lower().strip()
        owner = next((o for o in _OWNERS if low == o or low.startswith(o + " ")), None)
        if owner is None:
            # (bodies that rank or list models, and make none: Stanford, Epoch AI)
            owner = next((o for o in _LISTERS if low.startswith(o)), None)
        if owner is None and store is not None:
            from factcli.judge.meaning.subjects import _is_person, resolve

            owner = resolve(store, phrase)
            if owner is not None and _is_person(store, owner):
                owner = None  # (a person of the maker may well have released it)
        if owner is not None:
            found.append((owner, at, phrase, verb_at))
    return found


def maker_objection(analysis: Analysis, store: Store | None = None) -> Objection | None:
    """A body said to make or release a product the store has as another's (메타는 엑사원
    3.0을 공개했다, 엑사원 3.0은 메타가 공개했다, Nvidia released EXAONE Deep, 스탠퍼드대는
    엑사원 3.5를 공개했다): misleading, actor."""
    if not _MADE_IT.search(analysis.text):
        return None
    makers = _makers(store, analysis)
    if not makers:
        return None
    text = analysis.text.lower()
    for names, owners in OWNED:
        things = [
            (n, _made_at(text, n, analysis.korean)) for n in names if n in text and n not in owners
        ]
        for maker, at_maker, phrase, verb_at in makers:
            # (the thing the maker's own verb is done to: not 라마 3.1, made by Meta, beside
            # EXAONE 3.0, released by LG AI Research)
            thing = next((n for n, verbs in things if verb_at in verbs), None)
            if thing is None:
                continue
            if _owns(maker, owners):
                continue
            if phrase.lower() in names or any(n in phrase.lower() for n in names):
                continue  # (the thing itself, 엑사원 3.0은: no maker)
            own = _owner_shown(owners, analysis.korean)
            at = text.find(thing)
            return Objection(
                "actor",
                f"the source has {analysis.text[at : at + len(thing)]} as {own}'s, not {phrase}'s",
                found=phrase,
                expected=own,
                start=at_maker,
                end=at_maker + len(phrase),
            )
    return None


def made_thing_objection(analysis: Analysis, fact: Fact) -> Objection | None:
    """A product said to be made or released, of another maker than the thing the fact tells
    of (메타는 2024년 8월 7일 라마 3.1을 공개했다, by the date of the fact comparing EXAONE 3.0
    with Llama 3.1): the fact's figure is its own thing's, misleading, relation."""
    if not _MADE_IT.search(analysis.text):
        return None
    ids = " ".join(x for x in (fact.subject, getattr(fact, "actor", None)) if x).lower()
    theirs = {
        o for names, owners in OWNED if any(n.isascii() and n in ids for n in names) for o in owners
    }
    theirs |= {o for o in _OWNERS if o.isascii() and re.search(rf"(?<![a-z]){o}(?![a-z])", ids)}
    if not theirs:
        return None
    text = analysis.text.lower()
    made = [
        (n, owners)
        for names, owners in OWNED
        for n in names
        if n in text and n not in owners and _made(text, n, analysis.korean)
    ]
    if not made or any(theirs & set(owners) for _n, owners in made):
        return None
    thing = made[0][0]
    at = text.find(thing)
    return Objection(
        "relation",
        f"the source's figure is of another maker's thing, not of "
        f"{analysis.text[at : at + len(thing)]}",
        start=at,
        end=at + len(thing),
    )


# Where a move went (LG로 옮겼다, 자리를 옮겨 LG에 합류, moved to LG): the body after it.
_MOVED_TO_KO = rx.compile(
    r"(?<![가-힣A-Za-z0-9])([가-힣A-Za-z][가-힣A-Za-z0-9+]{1,14}?)(?:으로|로|에)\s*(?:자리를\s*)?"
    r"(?:옮겼|옮긴|옮겨|이직|합류|이동했|이동한)"
)
_MOVED_TO_EN = rx.compile(
    r"\b(?:moved|switched|transferred|went)\s+(?:over\s+)?to\s+(?:the\s+)?"
    r"([A-Z][\w&.+-]*(?:\s+[A-Z][\w&.+-]*){0,3})|"
    r"\bjoined\s+(?:the\s+)?([A-Z][\w&.+-]*(?:\s+[A-Z][\w&.+-]*){0,3})"
)
# A group named as a whole (LG그룹, the LG Group): its companies are in it.
_GROUP_WORD = rx.compile(r"(?i:그룹|group|계열)$")


def destination_objection(
    store: Store, analysis: Analysis, value: Value, fact: Fact
) -> Objection | None:
    """A move said to go to another body than the post's (SK텔레콤 출신으로 2011년 LG로
    옮겼다, by the 2011 post at SK Telecom): the figure is of the move to the fact's body,
    misleading, relation. Only the one move told right after the figure (no other figure
    between), and only of a post's or a tenure's fact, which says where it was."""
    org = getattr(fact, "org", None)
    if not (org and fact.kind == "position") and not getattr(fact, "start", None):
        return None
    moves = list((_MOVED_TO_KO if analysis.korean else _MOVED_TO_EN).finditer(analysis.text))
    if len(moves) != 1:
        return None
    m = moves[0]
    at = m.start(1) if m.group(1) else m.start(2)
    # (the move told beside the figure, no other figure between: after it in Korean, 2011년
    # LG로 옮겼다; before it in English, moved to LG in 2011)
    low, high = (value.end, at) if at >= value.end else (m.end(), value.start)
    if (analysis.korean and at < value.end) or (not analysis.korean and at > value.start):
        return None  # (the figure before the move in English is another clause's: in 2018 …)
    if high - low > 40:
        return None
    if any(low <= v.start < high for v in analysis.values if v != value):
        return None
    dest = (m.group(1) or m.group(2)).strip().rstrip(".,;:")
    said = _GROUP_WORD.sub("", "".join(dest.split()).lower())
    if len(said) < 2:
        return None
    theirs = ["".join(t.split()).lower() for t in (org, fact.value, *_said_texts(fact)) if t]
    if any(said in t or t.startswith(said) for t in theirs):
        return None  # (LG로 옮겼다, of a post at LG Uplus: the group, then its company)
    if org:
        # (LG U+ for the post's LG유플러스: one body by its other name, or its group)
        squashed = "".join(org.split()).lower()
        for subject in store.subjects.values():
            names = ["".join(n.split()).lower() for n in subject.names]
            if squashed in names:
                whole = store.subjects.get(subject.part_of) if subject.part_of else None
                names += ["".join(n.split()).lower() for n in (whole.names if whole else ())]
                if said in names:
                    return None
    return Objection(
        "relation",
        f"the source has this at {org}, not a move to {dest}"
        if org
        else f"the source does not have this at {dest}",
        found=dest,
        expected=org or "",
        start=at,
    )


def owner_objection_named(analysis: Analysis) -> Objection | None:
    """A thing given to another owner than the store's (엑사원은 메타의 AI 모델이다, LG's data
    center Gak Sejong, Llama 3.1 is LG's model): the thing the possessive names is the next
    one after it, else the one the sentence is about before it."""
    text = analysis.text.lower()
    for m in _OWNER_OF.finditer(text):
        owner = m.group(1)
        after = [(text.find(n, m.end()), n) for n in _THING_NAMES]
        near = sorted((at, n) for at, n in after if 0 <= at <= m.end() + 30)
        if near:
            at, thing = near[0]
        else:
            before = [(text.rfind(n, 0, m.start()), n) for n in _THING_NAMES]
            earlier = sorted(((at, n) for at, n in before if at >= 0), reverse=True)
            if not earlier:
                continue
            at, thing = earlier[0]
        owners = next(o for names, o in OWNED if thing in names)
        if _owns(owner, owners):
            continue
        own = _owner_shown(owners, analysis.korean)
        found = analysis.text[m.start(1) : m.end(1)]
        return Objection(
            "actor",
            f"the source has {analysis.text[at : at + len(thing)]} as {own}'s, not {found}'s",
            found=found,
            expected=own,
            start=m.start(1),
        )
    return None


# What kind of model a model is, as the articles tell it (a hybrid, reasoning, multimodal or
# lightweight model; released as open source).
_MODEL_KIND = {
    "hybrid": rx.compile(r"하이브리드|(?i:\bhybrid\b)"),
    "reasoning": rx.compile(r"추론|(?i:\breasoning\b)"),
    "multimodal": rx.compile(r"멀티모달|(?i:\bmulti-?modal\b)"),
    "lightweight": rx.compile(r"경량|온디바이스|(?i:\blight-?weight\b|\bon-device\b)"),
    "open-source": rx.compile(r"오픈\s?소스|(?i:\bopen[- ]?sourced?\b)"),
}


def _facts_of_kind(store: Store, kind: str) -> list[Fact]:
    """The facts whose texts or quotes say a model is of `kind`: found once a store, and
    kept on it."""
    kept: dict[str, list[Fact]] = store.__dict__.setdefault("_model_kinds", {})
    found = kept.get(kind)
    if found is None:
        pattern = _MODEL_KIND[kind]
        found = kept[kind] = [
            fact
            for fact in store.facts
            if any(
                pattern.search(t)
                for t in (fact.statement, fact.statement_en or "", *(r.quote for r in fact.sources))
            )
        ]
    return found


def model_kind_unheld(store: Store, analysis: Analysis) -> str | None:
    """The sentence calls its one model a kind (하이브리드, reasoning, open source) that no fact
    of that model says, where the store says it of another model (엑사원 딥은 … 하이브리드
    모델이다: the hybrid is 엑사원 4.0): what is said of one model is not vouched for of
    another. None where a fact of the model says it, or no fact says it of any."""
    from factcli.judge.meaning.names import fact_models

    models = {n for k, n, _p in analysis.names if k == "model"}
    if len(models) != 1:
        return None
    kinds = [k for k, pattern in _MODEL_KIND.items() if pattern.search(analysis.text)]
    if not kinds:
        return None
    model = next(iter(models))
    for kind in kinds:
        pattern = _MODEL_KIND[kind]
        others: list[str] = []
        held = False
        for fact in _facts_of_kind(store, kind):
            theirs = fact_models(fact)
            if not theirs:
                continue
            if model in theirs:
                held = True
                break
            told = (fact.statement if analysis.korean else fact.statement_en) or fact.statement
            others += [
                model_name_at(told, p) or n
                for k, n, p in names_of(told, loose=True)
                if k == "model" and pattern.search(told)
            ]
        if not held and others:
            at = next(p for k, _n, p in analysis.names if k == "model")
            name = model_name_at(analysis.text, at) or model
            said_of = ", ".join(dict.fromkeys(others))
            return f"no fact calls {name} {kind}; the store says it of {said_of}"
    return None
