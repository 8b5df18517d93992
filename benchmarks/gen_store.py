"""Generate a synthetic fact store in the real schema (docs/schema.md), for benchmarks.

    python benchmarks/gen_store.py --facts 100000 --out store-100k [--seed 1]

Writes `subjects.yaml` (20 subjects with Korean and English names and aliases), `sources.yaml`
and `facts-0001.yaml`, `facts-0002.yaml`, ... of at most `--per-file` facts each. Facts look like
the curated ones: a Korean and an English statement of about 60 characters built from the same
typed value (KRW and USD amounts, GPU and other counts, targets with deadlines, percents,
durations, ages, positions with spans, dates, short texts), quoted ISO dates, tags, sources with
verbatim-looking quotes, the odd note, supersession, and `examples` as the real facts carry.

The output is a pure function of (--facts, --seed, --per-file); ids are unique. The examples
are plausible sentences, not ones the checker has been tuned on: validate a generated store with
`factcli --store DIR validate --no-examples`. YAML is written from a template (strings as
JSON-escaped double-quoted scalars, which YAML reads back exactly), not with yaml.dump, so
100,000 facts take a few seconds. Standard library only.
"""

from __future__ import annotations

import argparse
import itertools
import random
import re
import sys
import time
from json.encoder import encode_basestring as _json_string
from pathlib import Path

DEFAULT_PER_FILE = 2000


def q(text: str) -> str:
    """A YAML double-quoted scalar: JSON string escapes are valid YAML escapes."""
    return _json_string(text)


# --- Vocabulary ------------------------------------------------------------------------------
def _table(text: str) -> list[list[str]]:
    """Rows of a `a | b | c` table, one per non-blank line."""
    return [[cell.strip() for cell in line.split("|")] for line in text.strip().splitlines()]


# id | name | name_en | aliases (;-separated) | description | type (picks the fitting kinds)
SUBJECTS = [
    (sid, name, name_en, aliases.split("; "), description or None, kind)
    for sid, name, name_en, aliases, description, kind in _table("""
han-seo-jin | 한서진 | Han Seo-jin | Han Seojin; Seo-jin Han; 한 장관; 한서진 장관; Minister Han | 디지털혁신부 장관 | person
oh-tae-yoon | 오태윤 | Oh Tae-yoon | Oh Taeyoon; Tae-yoon Oh; 오 대표; 오태윤 대표; CEO Oh | 바다클라우드 대표이사 | person
kang-min-ji | 강민지 | Kang Min-ji | Kang Minji; Min-ji Kang; 강 원장; 강민지 원장 | 누리AI연구소장 | person
yoon-jae-hyuk | 윤재혁 | Yoon Jae-hyuk | Yun Jae-hyeok; Jae-hyuk Yoon; 윤 교수; 윤재혁 교수; Professor Yoon | | person
seo-ha-eun | 서하은 | Seo Ha-eun | Seo Haeun; Ha-eun Seo; 서 의원; 서하은 의원; Rep. Seo | 국회의원 | person
lim-do-hyun | 임도현 | Lim Do-hyun | Im Do-hyeon; Do-hyun Lim; 임 사장; 임도현 사장 | 한빛반도체 사장 | person
nuri-ai-lab | 누리AI연구소 | Nuri AI Lab | 누리 AI 연구소; 누리연구소; Nuri AI Research | | org
hanbit-semi | 한빛반도체 | Hanbit Semiconductor | 한빛; Hanbit Semi; 한빛반도체㈜ | AI 반도체 설계 회사 | org
bada-cloud | 바다클라우드 | Bada Cloud | 바다 클라우드; BadaCloud | | org
modi | 디지털혁신부 | Ministry of Digital Innovation | 디혁부; 혁신부; MODI; the ministry | AI·데이터 정책 주무 부처 | org
national-ai-committee | 국가인공지능위원회 | National AI Committee | AI위원회; 국가AI위원회; the committee | | org
saebom-mobility | 새봄모빌리티 | Saebom Mobility | 새봄; Saebom | | org
garam-bio | 가람바이오 | Garam Bio | 가람; Garam Biologics | | org
korea-data-agency | 한국데이터진흥원 | Korea Data Agency | 데이터진흥원; 진흥원; KDA | | org
mirae-university | 미래과학기술대학교 | Mirae University of Science and Technology | 미래과기대; 미래대; MUST | | org
daon-securities | 다온증권 | Daon Securities | 다온; Daon | | org
seoul-city | 서울시 | Seoul Metropolitan Government | 서울특별시; Seoul city; 서울시청 | | org
nuri-lm | 누리엘엠 | NURI-LM | 누리LM; NuriLM; 누리 언어모델 | 누리AI연구소의 언어모델 | product
byeolbit-chip | 별빛 칩 | Byeolbit chip | 별빛; Byeolbit; 별빛 NPU | | product
raon-robot | 라온 로봇 | Raon robot | 라온; Raon; 라온 휴머노이드 | | product
""")
]
TOPICS = _table("""
AI 반도체 | AI chips | ai-chips
데이터센터 | data centres | data-centre
초거대 언어모델 | large language models | llm
자율주행 | autonomous driving | mobility
양자컴퓨팅 | quantum computing | quantum
디지털 헬스케어 | digital healthcare | health
공공 클라우드 | public cloud | cloud
AI 인재 양성 | AI talent training | talent
로봇 자동화 | robot automation | robotics
사이버 보안 | cyber security | security
6G 통신 | 6G networks | 6g
스마트 공장 | smart factories | manufacturing
의료 영상 분석 | medical imaging | imaging
에너지 효율화 | energy efficiency | energy
공공 데이터 개방 | open public data | open-data
AI 윤리 기준 | AI ethics standards | ethics
온디바이스 AI | on-device AI | on-device
신약 개발 | drug discovery | bio
교육 플랫폼 | education platforms | education
스타트업 지원 | start-up support | startups
반도체 패키징 | chip packaging | packaging
기상 예측 | weather forecasting | weather
금융 AI | financial AI | fintech
농업 데이터 | farm data | agritech
""")
REGIONS = _table("""
서울 | Seoul
부산 | Busan
대전 | Daejeon
광주 | Gwangju
세종 | Sejong
판교 | Pangyo
울산 | Ulsan
인천 | Incheon
대구 | Daegu
전주 | Jeonju
춘천 | Chuncheon
제주 | Jeju
창원 | Changwon
포항 | Pohang
오송 | Osong
""")
# Codenames of two words, 26 x 16 of them, so the vocabulary grows with the store.
_CODE_A = _table("""
한빛 | Hanbit
누리 | Nuri
별빛 | Byeolbit
가람 | Garam
새봄 | Saebom
다온 | Daon
미르 | Mir
아라 | Ara
라온 | Raon
온새미 | Onsaemi
하늘 | Haneul
바람 | Baram
도담 | Dodam
여울 | Yeoul
이음 | Ieum
나래 | Narae
마루 | Maru
슬기 | Seulgi
단비 | Danbi
해밀 | Haemil
윤슬 | Yunseul
소담 | Sodam
초롱 | Chorong
은결 | Eungyeol
물결 | Mulgyeol
푸른 | Pureun
""")
_CODE_B = _table("""
엔진 | Engine
브레인 | Brain
코어 | Core
플러스 | Plus
원 | One
웨이브 | Wave
링크 | Link
스카이 | Sky
허브 | Hub
노바 | Nova
비전 | Vision
스텝 | Step
랩스 | Labs
포스 | Force
큐브 | Cube
라이트 | Light
""")
CODENAMES = [(a + b, f"{ae} {be}") for a, ae in _CODE_A for b, be in _CODE_B]
# Syllables for fresh names: a store of real size keeps meeting new words (models, projects),
# so its vocabulary grows with it; 30^2 + 30^3 names, each Korean and romanized.
SYLLABLES = _table("""
가 | ga
나 | na
다 | da
라 | ra
마 | ma
바 | ba
사 | sa
아 | a
자 | ja
하 | ha
온 | on
빛 | bit
솔 | sol
별 | byeol
누 | nu
리 | ri
미 | mi
르 | reu
결 | gyeol
담 | dam
윤 | yun
슬 | seul
초 | cho
롱 | rong
해 | hae
밀 | mil
은 | eun
람 | ram
도 | do
소 | so
""")
ORGS = _table("""
누리AI연구소 | Nuri AI Lab
한빛반도체 | Hanbit Semiconductor
바다클라우드 | Bada Cloud
디지털혁신부 | the Ministry of Digital Innovation
국가인공지능위원회 | the National AI Committee
미래과학기술대학교 | Mirae University of Science and Technology
한국데이터진흥원 | the Korea Data Agency
새봄모빌리티 | Saebom Mobility
가람바이오 | Garam Bio
다온증권 | Daon Securities
""")
TITLES = _table("""
원장 | director
대표이사 | chief executive
장관 | minister
교수 | professor
수석연구원 | principal researcher
위원장 | chairperson
최고기술책임자(CTO) | chief technology officer
사외이사 | outside director
자문위원 | adviser
부사장 | executive vice president
연구소장 | head of research
전략기획실장 | head of strategic planning
""")
BENCHMARKS = ["KMMLU", "HAE-RAE", "KoBEST", "MMLU", "HumanEval", "GSM8K", "LiveBench", "Arena-Hard"]
SLOGANS = _table("""
모두의 AI | AI for everyone
데이터로 여는 내일 | tomorrow, opened by data
사람 중심 기술 | technology centred on people
작지만 강한 모델 | small but strong models
AI 3대 강국 | a top-three AI power
함께 크는 생태계 | an ecosystem that grows together
""")
PUBLISHERS = _table("""
누리일보 | nuri-ilbo | nuri-ilbo.example
한빛경제 | hanbit-economy | hbeconomy.example
테크데일리 | tech-daily | techdaily.example
미래신문 | mirae-news | miraenews.example
디지털타임라인 | digital-timeline | dtimeline.example
아침투데이 | achim-today | achimtoday.example
정책브리핑 | policy-briefing | briefing.example
사이언스온 | science-on | scienceon.example
""")
REPORTERS = ["김하늘", "박서준", "이수민", "정다은", "최민호"]
MONTHS = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip
# (unit, Korean counter, English noun, low, high)
_COUNT_UNITS = [
    (unit, counter, noun, int(lo), int(hi))
    for unit, counter, noun, lo, hi in _table("""
people | 명 | people | 5 | 5000
company | 곳 | companies | 2 | 400
model | 종 | models | 2 | 40
benchmark | 개 | benchmarks | 3 | 30
language | 개 | languages | 2 | 60
vehicle | 대 | vehicles | 10 | 3000
item | 건 | items | 10 | 90000
""")
]
_DURATION_UNITS = [
    (unit, ko, en, int(lo), int(hi))
    for unit, ko, en, lo, hi in _table("""
day | 일 | days | 3 | 90
week | 주 | weeks | 2 | 30
month | 개월 | months | 2 | 36
year | 년 | years | 1 | 20
""")
]
_GPU_COUNTS = [
    256, 512, 1000, 1024, 2000, 2048, 4000, 8000, 10000, 16000, 20000, 30000, 50000, 100000,
    200000, 260000,
]  # fmt: skip


# --- Formatting helpers ----------------------------------------------------------------------
def slug(text: str) -> str:
    return "-".join(re.findall(r"[a-z0-9]+", text.lower().removeprefix("the ")))


def codename(rng: random.Random) -> tuple[str, str]:
    """A project or model name: half from a recurring set, half freshly coined."""
    if rng.random() < 0.5:
        return rng.choice(CODENAMES)
    parts = [rng.choice(SYLLABLES) for _ in range(rng.choice((2, 3)))]
    ko, en = "".join(p[0] for p in parts), "".join(p[1] for p in parts).capitalize()
    if rng.random() < 0.5:
        suffix = rng.choice(_CODE_B)
        ko, en = ko + suffix[0], f"{en} {suffix[1]}"
    return ko, en


def _batchim(word: str) -> bool:
    ch = word.rstrip()[-1]
    if "가" <= ch <= "힣":
        return (ord(ch) - 0xAC00) % 28 != 0
    return (ch.isdigit() and ch in "013678") or ch in "LMNlmn"


def topic(word: str) -> str:
    return word + ("은" if _batchim(word) else "는")


def subj(word: str) -> str:
    return word + ("이" if _batchim(word) else "가")


def obj(word: str) -> str:
    return word + ("을" if _batchim(word) else "를")


def ko_num(n: int) -> str:
    """36억9767만 style (조/억/만 groups, no commas)."""
    jo, rest = divmod(n, 10**12)
    eok, rest = divmod(rest, 10**8)
    man, rest = divmod(rest, 10**4)
    parts = [
        f"{jo}조" if jo else "",
        f"{eok}억" if eok else "",
        f"{man}만" if man else "",
        str(rest) if rest else "",
    ]
    return "".join(parts) or "0"


def en_big(n: int | float) -> str:
    for size, word in ((10**12, "trillion"), (10**9, "billion"), (10**6, "million")):
        if n >= size:
            return f"{n / size:.6g} {word}"
    return f"{n:,}"


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def num_text(v: int | float) -> str:
    return f"{v:g}" if isinstance(v, float) else str(v)


class Dates:
    """Random partial dates (year, month or day precision) with Korean and English renderings."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def pick(
        self, lo: int = 2012, hi: int = 2025, precision: str | None = None
    ) -> tuple[str, str, str, str]:
        """(ISO, Korean, English, English with its preposition: "on May 3, 2024" / "in May 2024")."""
        rng = self.rng
        y, m, d = rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)
        precision = precision or rng.choices(("day", "month", "year"), (5, 3, 2))[0]
        if precision == "day":
            en = f"{MONTHS[m - 1]} {d}, {y}"
            return f"{y}-{m:02d}-{d:02d}", f"{y}년 {m}월 {d}일", en, f"on {en}"
        if precision == "month":
            en = f"{MONTHS[m - 1]} {y}"
            return f"{y}-{m:02d}", f"{y}년 {m}월", en, f"in {en}"
        return str(y), f"{y}년", str(y), f"in {y}"


# --- Fact templates --------------------------------------------------------------------------
# A template t_<kind>(rng, fact, subject, dates) sets the fact's typed fields, draws its wording
# once, and returns (id slug, render) where render(value) -> (Korean, English, quote): the
# contradicting example is then the same sentence with another value.
class Fact:
    """The fields of one fact as it will be written; None = omitted."""

    __slots__ = (
        "approx", "bound", "date", "deadline", "end", "examples", "id", "kind", "note", "org",
        "sources", "start", "statement", "statement_en", "subject", "supersedes", "tags", "unit",
        "value", "verified",
    )  # fmt: skip

    def __init__(self) -> None:
        for name in self.__slots__:
            setattr(self, name, None)


def _hedge(f: Fact, ko: str, en: str) -> tuple[str, str]:
    if f.approx:
        return f"약 {ko}", f"about {en}"
    if f.bound == "min":
        return f"{ko} 이상", f"at least {en}"
    return ko, en


def t_amount(rng, f, s, d):
    top = rng.choice(TOPICS)
    reg = rng.choice(REGIONS)
    usd = rng.random() < 0.15
    digits = rng.uniform(5, 10) if usd else rng.uniform(7, 12.5)
    raw = int(10**digits)
    step = 10 ** max(4, len(str(raw)) - 4)
    f.value, f.unit = max(step, raw // step * step), ("USD" if usd else "KRW")
    f.date, dko, _den, at = d.pick()
    f.approx = rng.random() < 0.15
    verb = rng.choice(
        [
            ("배정했다", "allocated"),
            ("투자하기로 했다", "decided to invest"),
            ("집행했다", "spent"),
            ("신고했다", "declared"),
        ]
    )
    f.tags = ["budget", "investment", top[2], "예산"]

    def render(v):
        vk, ve = (
            (f"{ko_num(v)}달러", f"{en_big(v)} US dollars")
            if usd
            else (f"{ko_num(v)} 원", f"{en_big(v)} won")
        )
        vk, ve = _hedge(f, vk, ve)
        ko = f"{topic(s[1])} {dko} {reg[0]} {top[0]} 사업에 {obj(vk)} {verb[0]}."
        en = f"{cap(at)}, {s[2]} {verb[1]} {ve} for the {top[1]} programme in {reg[1]}."
        quote = f"{reg[0]} {top[0]} 사업에 {obj(vk)} {verb[0]}"
        return ko, en, quote

    return f"budget-{top[2]}-{slug(reg[1])}", render


def t_gpu_count(rng, f, s, d):
    code = codename(rng)
    f.kind, f.unit = "count", "GPU"
    f.value = rng.choice(_GPU_COUNTS)
    f.date, dko, den, _at = d.pick(2018)
    f.tags = ["gpu", "infrastructure", "compute", "그래픽처리장치"]

    def render(v):
        vk, ve = _hedge(f, f"GPU {ko_num(v)}장", f"{v:,} GPUs")
        ko = f"{topic(s[1])} {dko} 기준 {code[0]} 데이터센터에 {vk}을 보유하고 있다."
        en = f"As of {den}, {s[2]} had {ve} in the {code[1]} data centre."
        quote = f"{code[0]} 데이터센터에 {vk}을 보유하고 있다"
        return ko, en, quote

    return f"gpu-count-{slug(code[1])}", render


def t_target(rng, f, s, d):
    gpu = rng.random() < 0.6
    top = rng.choice(TOPICS)
    f.kind = "target"
    f.deadline, dlko, dlen, _at = d.pick(2026, 2035, "year")
    if gpu:
        f.unit, f.value = "GPU", rng.choice(_GPU_COUNTS[6:])
        f.tags = ["gpu", "target", "ai-infrastructure", "목표"]
    else:
        f.unit, f.value = "KRW", rng.randint(1, 900) * 10**10
        f.tags = ["budget", "target", top[2], "계획"]

    def render(v):
        if gpu:
            ko = f"{topic(s[1])} {dlko}까지 GPU {ko_num(v)}장을 확보한다는 목표를 세웠다."
            en = f"{s[2]} set a goal of securing {v:,} GPUs by {dlen}."
            quote = f"“{dlko}까지 GPU {ko_num(v)}장을 확보하겠다”"
        else:
            ko = f"{topic(s[1])} {dlko}까지 {top[0]} 분야에 {ko_num(v)} 원을 투입할 계획이다."
            en = f"{s[2]} plans to put {en_big(v)} won into {top[1]} by {dlen}."
            quote = f"{dlko}까지 {top[0]} 분야에 {ko_num(v)} 원을 투입할 계획"
        return ko, en, quote

    return ("gpu-target" if gpu else f"budget-target-{top[2]}"), render


def t_params(rng, f, s, d):
    code = codename(rng)
    f.kind, f.unit = "count", "parameter"
    f.value = rng.choice([7, 8, 13, 24, 32, 70, 72, 236, 405]) * 10**9 + rng.choice(
        [0, 0, 8 * 10**8]
    )
    f.date, dko, _den, at = d.pick(2021)
    f.tags = ["model", "parameters", "llm", "매개변수"]

    def render(v):
        ko = f"{topic(s[1])} {dko} 매개변수 {ko_num(v)}개 규모의 {code[0]} 모델을 공개했다."
        en = f"{cap(at)}, {s[2]} released the {code[1]} model with {en_big(v)} parameters."
        quote = f"매개변수 {ko_num(v)}개 규모의 ‘{code[0]}’ 모델"
        return ko, en, quote

    return f"{slug(code[1])}-parameters", render


def t_count(rng, f, s, d):
    unit, counter, noun, lo, hi = rng.choice(_COUNT_UNITS)
    top = rng.choice(TOPICS)
    f.kind, f.unit, f.value = "count", unit, rng.randint(lo, hi)
    f.date, dko, den, _at = d.pick()
    f.bound = "min" if rng.random() < 0.1 else None
    f.tags = [unit, top[2], "현황"]

    def render(v):
        vk, ve = _hedge(f, f"{v:,}{counter}", f"{v:,} {noun}")
        ko = f"{dko} 기준 {s[1]}의 {top[0]} 사업에는 {subj(vk)} 참여하고 있다."
        en = f"As of {den}, {ve} took part in {s[2]}'s {top[1]} work."
        return ko, en, f"{top[0]} 사업에는 {subj(vk)} 참여하고 있다"

    return f"{unit}-count-{top[2]}", render


def t_percent(rng, f, s, d):
    top = rng.choice(TOPICS)
    f.kind, f.unit = "percent", "%"
    f.value = rng.randint(1, 95) if rng.random() < 0.7 else round(rng.uniform(0.5, 60), 1)
    f.date, dko, _den, at = d.pick(2015)
    share = rng.random() < 0.5
    f.tags = ["share" if share else "efficiency", top[2], "점유율" if share else "비용"]

    def render(v):
        n = num_text(v)
        if share:
            ko = f"{dko} {s[1]}의 국내 {top[0]} 시장 점유율은 {n}%로 집계됐다."
            en = f"{s[2]}'s share of the domestic {top[1]} market was {n}% {at}."
            quote = f"국내 {top[0]} 시장 점유율은 {n}%로 집계됐다"
        else:
            ko = f"{topic(s[1])} {dko} {top[0]} 시스템의 운영 비용을 {n}% 줄였다고 밝혔다."
            en = f"{s[2]} said {at} that it had cut the running cost of the {top[1]} systems by {n}%."
            quote = f"“운영 비용을 {n}% 줄였다”고 밝혔다"
        return ko, en, quote

    return f"{'share' if share else 'saving'}-{top[2]}", render


def t_duration(rng, f, s, d):
    unit, ko_unit, en_unit, lo, hi = rng.choice(_DURATION_UNITS)
    code = codename(rng)
    f.kind, f.unit, f.value = "duration", unit, rng.randint(lo, hi)
    f.tags = ["development", "schedule", "개발기간"]

    def render(v):
        ko = f"{s[1]}의 {code[0]} 프로젝트는 첫 시제품이 나오기까지 {v}{ko_unit}이 걸렸다."
        en = f"{s[2]}'s {code[1]} project took {v} {en_unit} to reach its first prototype."
        return ko, en, f"첫 시제품이 나오기까지 {v}{ko_unit}이 걸렸다"

    return f"{slug(code[1])}-dev-time", render


def t_measure(rng, f, s, d):
    reg = rng.choice(REGIONS)
    f.kind, f.unit, f.value = "measure", "m2", rng.randint(40, 90000)
    f.date, dko, _den, at = d.pick(2016)
    f.tags = ["site", "real-estate", "부지"]

    def render(v):
        ko = f"{topic(s[1])} {dko} {reg[0]}에 연면적 {v:,}㎡ 규모의 연구 시설을 착공했다."
        en = f"{cap(at)}, {s[2]} broke ground on a {v:,} m2 research site in {reg[1]}."
        return ko, en, f"{reg[0]}에 연면적 {v:,}㎡ 규모의 연구 시설을"

    return f"site-area-{slug(reg[1])}", render


def t_age(rng, f, s, d):
    f.kind, f.unit, f.value = "age", "years", rng.randint(28, 72)
    f.date, dko, den, _at = d.pick(2018, 2025, "year")
    f.tags = ["biography", "age", "나이"]

    def render(v):
        ko = f"{topic(s[1])} {dko} 기준 만 {v}세로, 관련 분야 최연소 책임자로 꼽혔다."
        en = f"{s[2]} was {v} years old in {den}, named the youngest leader in the field."
        return ko, en, f"올해 만 {v}세인 {s[1]}"

    return "age", render


def t_position(rng, f, s, d):
    org, title = rng.choice(ORGS), rng.choice(TITLES)
    f.kind, f.value, f.org = "position", f"{org[0]} {title[0]}", org[0]
    f.start, sko, _sen, at = d.pick(2005, 2025)
    if rng.random() < 0.4:
        year = int(f.start[:4]) + rng.randint(1, 6)
        f.end = f"{year}" if rng.random() < 0.5 else f"{year}-{rng.randint(1, 12):02d}"
    f.tags = ["career", "appointment", "경력"]

    def render(v):
        ko = f"{topic(s[1])} {sko} {v}에 선임돼 관련 조직을 이끌었다."
        en = f"{cap(at)}, {s[2]} was appointed {title[1]} of {org[1]}."
        return ko, en, f"{sko} {v}에 선임됐다"

    return f"{slug(org[1])}-{slug(title[1])}", render


def t_date(rng, f, s, d):
    code, reg = codename(rng), rng.choice(REGIONS)
    f.kind = "date"
    f.date, dko, _den, at = d.pick(2015)
    f.tags = ["launch", "event", "출시"]

    def render(v):
        ko = f"{topic(s[1])} {dko} {reg[0]}에서 열린 행사에서 {obj(code[0])} 처음 공개했다."
        en = f"{s[2]} first unveiled {code[1]} at an event in {reg[1]} {at}."
        return ko, en, f"{dko} {reg[0]}에서 열린 행사에서"

    return f"{slug(code[1])}-launch", render


def t_text(rng, f, s, d):
    f.kind = "text"
    f.date, dko, _den, at = d.pick(2019)
    if rng.random() < 0.5:
        bench = rng.choice(BENCHMARKS)
        rank = rng.randint(1, 20)
        f.value = f"{bench} {rank}위"
        f.tags = ["benchmark", "ranking", "순위"]

        def render(v):
            r = v.split()[-1]
            ko = f"{s[1]}의 최신 모델은 {dko} 공개된 {bench} 평가에서 {r}를 기록했다."
            en = f'{s[2]}\'s latest model ranked {ordinal(int(r[:-1]))} on the "{bench}" leaderboard {at}.'
            return ko, en, f"{bench} 평가에서 {r}를 기록했다"

        return f"{slug(bench)}-rank", render
    slogan = rng.choice(SLOGANS)
    f.value = slogan[0]
    f.tags = ["slogan", "vision", "비전"]

    def render(v):
        ko = f"{topic(s[1])} {dko} 새 비전으로 ‘{v}’를 내걸고 중장기 전략을 발표했다."
        en = f'{cap(at)}, {s[2]} announced a long-term strategy under the motto "{slogan[1]}".'
        return ko, en, f"새 비전으로 ‘{v}’를 내걸었다"

    return "vision", render


# (template, weight) per subject type; weights follow the mix of kinds in the curated store.
_COMMON = [
    (t_amount, 12),
    (t_gpu_count, 5),
    (t_target, 3),
    (t_count, 5),
    (t_percent, 3),
    (t_duration, 3),
    (t_measure, 1),
    (t_date, 14),
    (t_text, 20),
]
TEMPLATES = {
    "person": [*_COMMON, (t_age, 2), (t_position, 14)],
    "org": [*_COMMON, (t_params, 2)],
    "product": [*_COMMON, (t_params, 6)],
}
_PICK = {  # (templates, cumulative weights), so each draw is one bisect
    kind: ([t for t, _ in pairs], list(itertools.accumulate(w for _, w in pairs)))
    for kind, pairs in TEMPLATES.items()
}
_LOWER = {"In", "On", "As"}  # sentence openers to lower-case after a lead
LEADS = [  # how a statement names where it comes from, as the curated ones often do
    ("업계에 따르면 ", "According to industry sources, "),
    ("보도자료에 따르면 ", "According to a press release, "),
    ("국회에 제출된 자료에 따르면 ", "According to materials submitted to the National Assembly, "),
    ("관계자 설명에 따르면 ", "According to an official, "),
]
NOTES = [
    "The source rounds this figure; see {other}.",
    "Reported again later with a different figure (see {other}).",
    "The publisher was inferred from the page layout.",
    "Stated by a spokesperson, not in the official release.",
]


def _other_value(rng: random.Random, f: Fact) -> object:
    v = f.value
    if f.kind == "position" or f.kind == "text":
        return v
    if isinstance(v, float):
        return round(v + rng.choice((-1, 1)) * rng.uniform(1, 5), 1) if v > 6 else round(v + 3.5, 1)
    if isinstance(v, int):
        return v * 2 if rng.random() < 0.5 else v + max(1, v // 10)
    return v


def _swap_position(rng: random.Random, text: str) -> str:
    org, title = rng.choice(ORGS), rng.choice(TITLES)
    other = f"{org[0]} {title[0]}"
    return other if other != text else f"{ORGS[0][0]} {TITLES[0][0]}"


def _contradiction(rng: random.Random, f: Fact, render, ko: str) -> str:
    if f.kind in ("position",):
        return render(_swap_position(rng, f.value))[0]
    if f.kind == "text" and f.value and f.value[-1] == "위":
        bench, rank = f.value.rsplit(" ", 1)
        return render(f"{bench} {int(rank[:-1]) + 3}위")[0]
    if f.kind in ("text", "date"):
        year = (f.date or "2020")[:4]
        return ko.replace(f"{year}년", f"{int(year) - 2}년", 1)
    if f.kind == "target":
        return (
            ko.replace(f"{f.deadline}년", f"{int(f.deadline) + 3}년", 1)
            if rng.random() < 0.3
            else render(_other_value(rng, f))[0]
        )
    return render(_other_value(rng, f))[0]


# --- Store ----------------------------------------------------------------------------------
def make_sources(rng: random.Random, count: int = 40) -> list[dict]:
    dates = Dates(rng)
    out = []
    for i in range(count):
        name, slug, domain = PUBLISHERS[i % len(PUBLISHERS)]
        iso, _, _, _ = dates.pick(2019, 2025, "day")
        sub = SUBJECTS[rng.randrange(len(SUBJECTS))]
        top = rng.choice(TOPICS)
        src = {
            "id": f"{slug}-{iso}-{i + 1:02d}" if i else f"{slug}-profile",
            "title": f"{sub[1]}, {top[0]} 전략 발표…“{rng.choice(SLOGANS)[0]}” 강조",
            "publisher": name,
            "date": iso,
            "url": f"https://www.{domain}/news/articleView.html?idxno={rng.randint(100000, 999999)}",
        }
        if rng.random() < 0.3:
            src["author"] = rng.choice(REPORTERS) + " 기자"
        if i == 0:  # like the curated store: one profile with no date, explained in a note
            src["date"] = None
            src["note"] = (
                "A profile page; the text names no date. Its latest dated statement is from 2025."
            )
        out.append(src)
    return out


class Ids:
    """Unique ids: a repeated base gets -2, -3, ..., skipping any taken (x-2019 met 11 times
    must not take the id of x-2019-11)."""

    def __init__(self) -> None:
        self.taken: set[str] = set()
        self.next: dict[str, int] = {}

    def new(self, base: str) -> str:
        n = self.next.get(base, 1)
        fid = base if n == 1 else f"{base}-{n}"
        while fid in self.taken:
            n += 1
            fid = f"{base}-{n}"
        self.next[base] = n + 1
        self.taken.add(fid)
        return fid


def make_fact(
    rng: random.Random,
    dates: Dates,
    ids: Ids,
    sources: list[dict],
    last_target: dict,
    previous: str | None,
) -> Fact:
    s = SUBJECTS[rng.randrange(len(SUBJECTS))]
    templates, cum_weights = _PICK[s[5]]
    template = rng.choices(templates, cum_weights=cum_weights)[0]
    f = Fact()
    f.kind = template.__name__[2:]
    f.subject = s[0]
    name, render = template(rng, f, s, dates)
    # Readable ids like the curated ones: subject, what, when.
    f.id = ids.new("-".join(x for x in (s[0], name, f.date or f.start or f.deadline) if x))
    ko, en, quote = render(f.value)
    if rng.random() < 0.4:
        lead_ko, lead_en = rng.choice(LEADS)
        if en.split(" ", 1)[0] in _LOWER:
            en = en[0].lower() + en[1:]
        ko, en = lead_ko + ko, lead_en + en
    f.statement, f.statement_en = ko, en
    f.tags = list(dict.fromkeys([*f.tags, s[0].split("-")[0]]))
    picked = rng.sample(sources, 2 if rng.random() < 0.15 else 1)
    f.sources = [
        (src["id"], quote if n == 0 else quote.split(" ", 1)[-1]) for n, src in enumerate(picked)
    ]
    f.examples = {"supports": [ko, en], "contradicts": [_contradiction(rng, f, render, ko)]}
    if f.kind == "target":
        key = (s[0], f.unit)
        if key in last_target and rng.random() < 0.5:
            f.supersedes = last_target.pop(key)
        else:
            last_target[key] = f.id
    if previous and rng.random() < 0.1:
        f.note = rng.choice(NOTES).format(other=previous)
    if rng.random() < 0.2:
        f.verified = f"2025-{rng.randint(1, 9):02d}-{rng.randint(1, 28):02d}"
    return f


def _scalar(v: object) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int | float):
        return repr(v)
    return q(str(v))


def fact_yaml(f: Fact) -> str:
    out = [f"  - id: {f.id}", f"    subject: {f.subject}", f"    kind: {f.kind}"]
    if f.value is not None and f.kind != "date":
        out.append(f"    value: {_scalar(f.value)}")
    if f.unit:
        out.append(f"    unit: {q(f.unit)}")
    if f.approx:
        out.append("    approx: true")
    if f.bound:
        out.append(f"    bound: {f.bound}")
    for key in ("date", "start", "end", "deadline"):
        value = getattr(f, key)
        if value:
            out.append(f'    {key}: "{value}"')
    if f.org:
        out.append(f"    org: {q(f.org)}")
    if f.supersedes:
        out.append(f"    supersedes: {f.supersedes}")
    out.append(f"    statement: {q(f.statement)}")
    out.append(f"    statement_en: {q(f.statement_en)}")
    out.append(f"    tags: [{', '.join(q(t) for t in f.tags)}]")
    out.append("    sources:")
    for doc, quote in f.sources:
        out.append(f"      - doc: {doc}")
        out.append(f"        quote: {q(quote)}")
    if f.note:
        out.append(f"    note: {q(f.note)}")
    if f.verified:
        out.append(f'    verified: "{f.verified}"')
    if f.examples:
        out.append("    examples:")
        for key in ("supports", "contradicts"):
            out.append(f"      {key}: [{', '.join(q(x) for x in f.examples[key])}]")
    return "\n".join(out) + "\n"


def subjects_yaml() -> str:
    out = ["# Synthetic subjects (benchmarks/gen_store.py).", "subjects:"]
    for sid, name, name_en, aliases, description, _type in SUBJECTS:
        out += [
            f"  - id: {sid}",
            f"    name: {q(name)}",
            f"    name_en: {q(name_en)}",
            f"    aliases: [{', '.join(q(a) for a in aliases)}]",
        ]
        if description:
            out.append(f"    description: {q(description)}")
    return "\n".join(out) + "\n"


def sources_yaml(sources: list[dict]) -> str:
    out = ["# Synthetic source documents (benchmarks/gen_store.py).", "sources:"]
    for src in sources:
        out.append(f"  - id: {src['id']}")
        for key in ("title", "publisher", "author", "date", "url", "note"):
            if key in src:
                value = src[key]
                out.append(f"    {key}: {'null' if value is None else q(value)}")
    return "\n".join(out) + "\n"


def generate(
    n_facts: int, out: Path, *, seed: int = 1, per_file: int = DEFAULT_PER_FILE
) -> list[Path]:
    """Write a store of `n_facts` facts into `out` (created; existing store files replaced)."""
    if n_facts < 0 or per_file < 1:
        raise ValueError("need --facts >= 0 and --per-file >= 1")
    rng = random.Random(seed)
    dates = Dates(rng)
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("facts-*.yaml"):  # a smaller store must not inherit a bigger one's files
        old.unlink()
    sources = make_sources(rng)
    written = [out / "subjects.yaml", out / "sources.yaml"]
    written[0].write_text(subjects_yaml(), encoding="utf-8")
    written[1].write_text(sources_yaml(sources), encoding="utf-8")
    ids = Ids()
    last_target: dict = {}
    previous = None
    n_files = (n_facts + per_file - 1) // per_file
    for k in range(n_files):
        lo, hi = k * per_file, min(n_facts, (k + 1) * per_file)
        chunks = [
            f"# Synthetic facts {lo + 1}-{hi} of {n_facts} (benchmarks/gen_store.py, seed {seed}).\n",
            "facts:\n",
        ]
        for _ in range(lo, hi):
            fact = make_fact(rng, dates, ids, sources, last_target, previous)
            previous = fact.id
            chunks.append(fact_yaml(fact))
            chunks.append("\n")
        path = out / f"facts-{k + 1:04d}.yaml"
        path.write_text("".join(chunks), encoding="utf-8")
        written.append(path)
    return written


# Queries that hit a generated store, for bench.py: Korean, English, and English with typos.
SAMPLE_QUERIES = {
    "ko": "한빛반도체 GPU 확보 목표",
    "en": "Bada Cloud data centre GPUs",
    "typo": "Hanbit Semicondutcor budegt",
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--facts", type=int, required=True, metavar="N", help="number of facts")
    parser.add_argument("--out", type=Path, required=True, metavar="DIR", help="output directory")
    parser.add_argument("--seed", type=int, default=1, metavar="S", help="random seed (default 1)")
    parser.add_argument(
        "--per-file",
        type=int,
        default=DEFAULT_PER_FILE,
        metavar="K",
        help=f"facts per file at most (default {DEFAULT_PER_FILE})",
    )
    args = parser.parse_args(argv)
    started = time.perf_counter()
    try:
        files = generate(args.facts, args.out, seed=args.seed, per_file=args.per_file)
    except (OSError, ValueError) as exc:
        print(f"gen_store: error: {exc}", file=sys.stderr)
        return 2
    size = sum(p.stat().st_size for p in files)
    print(
        f"{args.out}: {args.facts} facts in {len(files)} files, {size / 1e6:.1f} MB, "
        f"{time.perf_counter() - started:.1f} s",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
