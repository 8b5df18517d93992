"""Frames a sentence puts its facts in (the sixteenth session's rules): a cleft that names who
did it last (…라고 말한 것은 이재명 대통령이다, It was LG Uplus that …), a source cited before
the sentence (과기부가 공개한 입장문에 따르면), an order said with 보다 앞서 against the dates
the sentence itself gives, a floor the source does not give (3% 이상, 15만장을 넘어설 것), a
rank he held from another date (전무 in 2018), a company's later name for its name then
(한화시스템 for 삼성탈레스), a share in words (about half), a sum over years said each year, a
building where the source says another place or online, without what the source says was
there (advice, for a recommendation), all for the only one, more bought for all sold, a thing
done on a day said to be scheduled, a forecast said as a promise, an act still to come said
done in a clause of time (격상된 뒤인), his own name for a holding in his daughter's, a district
joined to another fact's words, research done at one employer put at another, another
company's name for what a company is now, the day a thing was said for the day it was done,
a word the source says only with a negating prefix (non-light-water), enough for too little,
most for about 30%, a title he never held (부총리, chairman of KOSA), an act put at the place
of another act that day (the letter of appointment at the National Assembly, where he only
greeted it), the figure to be reached called the one there is now, a level won back said to be
reached for the first time.
Each faithful sentence beside a wrong twin, which must not be supported. Through the CLI on the
bundled store.
"""

from __future__ import annotations

import pytest
from checking import verdict


@pytest.mark.parametrize(
    ("right", "wrong", "want"),
    [
        (
            "'LG 크래프트 AI-파워드 US 라지캡 코어'에 5647만 원을 넣은 사람은 배경훈의 장녀다.",
            "'LG 크래프트 AI-파워드 US 라지캡 코어'에 5647만 원을 넣은 사람은 배경훈의 배우자다.",
            "misleading",
        ),
        (
            "2025년 7월 24일 네이버 '각 세종' 간담회에서 AI 고속도로 구축을 AI 3대 강국 도약의 "
            "출발점이라 말한 것은 배경훈 장관이다.",
            "2025년 7월 24일 네이버 '각 세종' 간담회에서 AI 고속도로 구축을 AI 3대 강국 도약의 "
            "출발점이라 말한 것은 이재명 대통령이다.",
            "misleading",
        ),
        (
            "It was LG AI Research that released EXAONE 3.0 as open source on August 7, 2024.",
            "It was LG Uplus that released EXAONE 3.0 as open source on August 7, 2024.",
            "misleading",
        ),
        (
            "과기부가 공개한 입장문에 따르면 서초구 아파트 매매계약이 체결된 날짜는 3월 5일이다.",
            "과기부가 공개한 입장문에 따르면 서초구 아파트 매매계약이 체결된 날짜는 3월 7일이다.",
            "contradicted",
        ),
        (
            "2022년 12월 나온 엑사원 1.0은 2023년 7월 19일 공개된 엑사원 2.0보다 앞서 나온 "
            "모델이다.",
            "2023년 7월 19일 나온 엑사원 2.0은 2022년 12월 공개된 엑사원 1.0보다 앞서 나온 "
            "모델이다.",
            "misleading",
        ),
        (
            "배 장관은 2030년 중소기업·학계의 GPU 수요가 15만장 정도가 될 것이라고 했다.",
            "배 장관은 2030년 중소기업·학계의 GPU 수요가 15만장을 넘어설 것이라고 했다.",
            "misleading",
        ),
        (
            "배 장관은 잠재 성장률 3% 회복에 기여하겠다고 했다.",
            "배 장관은 잠재 성장률을 3% 이상으로 끌어올리겠다고 했다.",
            "misleading",
        ),
        (
            "배경훈은 2018년 LG유플러스 AI플랫폼담당 상무가 됐다.",
            "배경훈은 2018년 연말 인사에서 전무로 승진했다.",
            "misleading",
        ),
        (
            "Bae started his career at Samsung Thales, now Hanwha Systems, in 2006.",
            "In 2006, Bae began his career as a researcher at Hanwha Systems.",
            "misleading",
        ),
        (
            "배경훈은 2003년 9월부터 2008년 5월까지 삼성탈레스에서 전문연구요원으로 복무했다.",
            "배경훈은 2003년 9월부터 2008년 5월까지 한화시스템에서 전문연구요원으로 복무했다.",
            "misleading",
        ),
        (
            "Bae said that in 2030 the government could supply about 30% of the GPUs that SMEs "
            "and academia need.",
            "Bae said that in 2030 the government would supply about half of the GPUs that SMEs "
            "and academia need.",
            "contradicted",
        ),
        (
            "LG AI연구원에 참여한 계열사들은 3년간 2천여억 원을 투자하기로 했다.",
            "LG AI연구원에 참여한 16개 계열사는 매년 2천여억 원을 투자하기로 했다.",
            "misleading",
        ),
        (
            "배경훈은 2025년 7월 24일 네이버 '각 세종' AI 데이터센터에서 열린 현장 간담회에서 "
            "AI 고속도로 구축을 출발점이라고 말했다.",
            "배경훈은 2025년 7월 24일 정부세종청사에서 열린 현장 간담회에서 AI 고속도로 구축을 "
            "출발점이라고 말했다.",
            "contradicted",
        ),
        (
            "배경훈은 2020년 12월 7일 온라인 출범행사에서 연설했다.",
            "배경훈은 2020년 12월7일 국회에서 열린 LG AI연구원 출범행사에서 연설했다.",
            "contradicted",
        ),
        (
            "In his June 30, 2025 statement, Bae said the stocks were bought for his child's "
            "future on a securities-firm employee's recommendation.",
            "In his June 30 statement, Bae said he had bought the stocks for his daughter on his "
            "own judgment, without any advice.",
            "misleading",
        ),
        (
            "LG그룹 계열사 가운데 '님 문화'가 안착한 곳은 LG AI연구원이 유일하다.",
            "LG AI연구원의 '님' 문화는 LG그룹 전 계열사에 안착했다.",
            "misleading",
        ),
        (
            "2025년 7월 26일 기준 배경훈의 장녀는 해외 주식을 모두 팔았다.",
            "2025년 7월 26일 기준 배경훈의 장녀는 해외 주식 보유량을 늘렸다.",
            "misleading",
        ),
        (
            "LG AI연구원은 2025년 7월 15일 하이브리드 AI 모델 엑사원 4.0을 공개했다.",
            "LG AI연구원은 하이브리드 AI 모델 엑사원 4.0을 2025년 7월 15일 공개할 예정이다.",
            "misleading",
        ),
        (
            "배 장관은 신규 SMR 상용화까지 10년 정도 걸릴 것으로 본다고 말했다.",
            "배 장관은 신규 SMR을 10년 안에 반드시 상용화하겠다고 약속했다.",
            "misleading",
        ),
        (
            "배경훈 장관은 부총리 격상을 앞둔 9월 12일 기자간담회를 열었다.",
            "배경훈 장관은 부총리로 격상된 뒤인 9월 12일 기자간담회를 열었다.",
            "misleading",
        ),
        (
            "마이크로소프트 주식 798만 원어치는 배경훈 장녀 명의였다.",
            "마이크로소프트 주식 798만 원어치는 배경훈 본인 명의였다.",
            "misleading",
        ),
        (
            "과학기술 AI 정책 청사진 기자간담회는 서울 종로구 HJ비즈니스센터에서 열렸다.",
            "과학기술 AI 정책 청사진 기자간담회는 서울 중구 HJ비즈니스센터에서 열렸다.",
            "contradicted",
        ),
        (
            "배경훈은 삼성탈레스 시절 AI 기반 무인자율로봇에 대한 연구를 책임졌다.",
            "배경훈은 2011년 SK텔레콤 미래기술원에서 AI 기반 무인자율로봇에 대한 연구를 책임졌다.",
            "misleading",
        ),
        (
            "배경훈이 사회생활을 시작한 삼성탈레스는 현재 한화시스템이다.",
            "배경훈이 사회생활을 시작한 삼성탈레스는 현재 한화에어로스페이스다.",
            "misleading",
        ),
        (
            "배경훈은 2025년 6월 30일 입장문에서 서초구 아파트 매매계약을 3월 5일 체결했다고 밝혔다.",
            "배경훈이 서초구 아파트 매매계약을 체결한 날은 2025년 6월30일이었다.",
            "misleading",
        ),
        (
            "배 장관은 정부가 비경수로형 SMR 개발 계획을 세우고 있다고 말했다.",
            "Bae said the government was drawing up plans to develop light-water SMRs.",
            "misleading",
        ),
        (
            "배 장관은 예산을 충분히 검토할 수 있는 시간을 확보해 달라고 요구하고 있다고 말했다.",
            "배 장관은 과거에는 R&D 예산안을 검토할 시간이 충분했다고 말했다.",
            "misleading",
        ),
        (
            "배경훈의 배우자는 반포동 아파트 지분 가운데 본인 지분을 제외한 나머지를 갖고 있다.",
            "배경훈의 배우자는 반포동 아파트의 5분의 3 지분을 갖고 있다.",
            "misleading",
        ),
        (
            "Bae said the government could supply about 30% of the GPUs that SMEs and academia "
            "would need in 2030.",
            "Bae said the government would supply most of the GPUs that SMEs and academia would "
            "need in 2030.",
            "contradicted",
        ),
        (
            "배 장관은 9월 12일 기자간담회를 열고 과학기술 AI 정책 청사진을 발표했다.",
            "배 장관은 9월 12일 부총리 자격으로 기자간담회를 열고 과학기술 AI 정책 청사진을 발표했다.",
            "misleading",
        ),
        (
            "In March 2025 Bae became chair of KOSA's AI policy cooperation committee.",
            "In March 2025 Bae became chairman of the Korea Software Industry Association (KOSA).",
            "misleading",
        ),
        (
            "배경훈 장관은 2025년 7월 23일 용산 대통령실 청사에서 이재명 대통령으로부터 임명장을 "
            "받았다.",
            "배경훈 장관은 2025년 7월 23일 국회 본회의장에서 이재명 대통령으로부터 임명장을 받았다.",
            "contradicted",
        ),
        (
            "At GTC 2025 Bae said EXAONE's current 32 billion parameters would have to grow to "
            "about 210 billion to beat DeepSeek R1.",
            "At GTC 2025 Bae said EXAONE's current 210 billion parameters would have to grow to "
            "beat DeepSeek R1.",
            "misleading",
        ),
        (
            "배 장관은 잠재 성장률 3% 회복에 기여하겠다고 말했다.",
            "배 장관은 잠재 성장률 3%를 처음으로 달성하겠다고 말했다.",
            "misleading",
        ),
        (
            "Born in Seoul in May 1976, Bae graduated from Daeshin High School in Seoul.",
            "Born in Seoul in May 1976, Bae graduated from Daewon High School in Seoul.",
            "contradicted",
        ),
        (
            "배경훈은 2018년 LG유플러스 AI플랫폼담당 상무가 된 뒤 2019년 LG전자 LG사이언스파크 "
            "AI담당 상무로 옮겼다.",
            "배경훈은 2018년 LG전자 LG사이언스파크 AI담당 상무가 된 뒤 2019년 LG유플러스 "
            "AI플랫폼담당 상무로 옮겼다.",
            "contradicted",
        ),
        (
            "Bae became AI platform executive at LG Uplus in 2018 and moved to LG Science Park "
            "in 2019.",
            "Bae became AI platform executive at LG Science Park in 2018 and moved to LG Uplus "
            "in 2019.",
            "contradicted",
        ),
        (
            "Under the reorganisation plan announced on September 7, 2025, the science ministry "
            "is to be upgraded to deputy prime minister level.",
            "Under the reorganisation plan announced on September 7, 2025, the science ministry "
            "was raised to deputy prime minister level that same day.",
            "misleading",
        ),
        (
            "At his July 17, 2025 inauguration, Bae received a congratulatory bouquet from union "
            "leader Jeong Hyeon-seok.",
            "At his July 17, 2025 inauguration, Bae handed a congratulatory bouquet to union "
            "leader Jeong Hyeon-seok.",
            "misleading",
        ),
        (
            "Bae estimated it would take about 10 years to commercialise a new SMR technology "
            "after its development.",
            "Bae estimated it would take about 10 years just to develop a new SMR technology.",
            "misleading",
        ),
        (
            "배경훈은 대출 규제 발표 직전 주택담보대출을 받아 아파트를 샀다.",
            "배경훈은 대출 규제 발표 이후에 주택담보대출을 받아 아파트를 샀다.",
            "misleading",
        ),
        (
            "배 장관은 부총리 격상 이후에 과학기술 AI 장관회의를 주최하겠다고 밝혔다.",
            "배 장관은 부총리 격상 이전에 과학기술 AI 장관회의를 주최하겠다고 밝혔다.",
            "misleading",
        ),
        (
            "배경훈은 삼성탈레스 이후에 SK텔레콤에서 근무했다.",
            "배경훈은 SK텔레콤 이후에 삼성탈레스에서 근무했다.",
            "misleading",
        ),
        # an age after "at", and an age from a year alone (39 or 40 in 2016)
        ("Bae became minister at 49.", "Bae became minister at 44.", "contradicted"),
        (
            "배경훈은 2016년 LG그룹에 합류했다.",
            "배경훈은 44세 때 LG그룹에 합류했다.",
            "contradicted",
        ),
        # a thing bought said sold
        (
            "배경훈은 2025년 6월 30일 살던 집을 팔고 서초구 아파트를 샀다고 말했다.",
            "배경훈은 2025년 6월 30일 서초구 아파트를 매각했다고 말했다.",
            "misleading",
        ),
        # what the English source denies, affirmed
        (
            "On June 30, 2025, Bae said he had no prior knowledge of the mortgage restrictions.",
            "On June 30, 2025, Bae said he had known in advance about the mortgage restrictions.",
            "misleading",
        ),
        # a limit said raised
        (
            "The land ministry capped mortgages in the capital area at 600 million won on June "
            "28, 2025.",
            "The land ministry raised the mortgage cap to 600 million won on June 28, 2025.",
            "misleading",
        ),
        (
            "In March 2025, Bae became chair of the Korea Software Industry Association's AI "
            "policy cooperation committee.",
            "In March 2025, Bae was elected chairman of the Korea Software Industry Association.",
            "misleading",
        ),
        # where a road starts, said to be where it ends
        (
            "At a July 24, 2025 meeting at Naver's Gak Sejong data centre, Bae called building "
            "the AI highway the starting point of Korea's push to become a top-three AI power.",
            "At a July 24, 2025 meeting at Naver's Gak Sejong data centre, Bae called building "
            "the AI highway the final stage of Korea's push to become a top-three AI power.",
            "misleading",
        ),
        # a year of two digits after an apostrophe, as the press writes it
        (
            "배 장관은 '25.9.12 기자간담회를 열었다.",
            "배 장관은 '25.9.13 기자간담회를 열었다.",
            "contradicted",
        ),
        (
            "Bae became minister at the age of 49.",
            "Bae became minister at the age of 44.",
            "contradicted",
        ),
        (
            "Bae's June 30, 2025 statement said he was not aware of the loan policy announcement "
            "beforehand.",
            "Bae's June 30, 2025 statement said he was aware of the loan policy announcement "
            "beforehand.",
            "misleading",
        ),
        # the Blue House is not the presidential office in Yongsan
        (
            "배경훈 장관은 2025년 7월 23일 용산 대통령실에서 임명장을 받았다.",
            "배경훈 장관은 2025년 7월 23일 청와대에서 임명장을 받았다.",
            "contradicted",
        ),
        # a year of two digits with 년
        (
            "배경훈 장관은 '76년 5월 서울에서 태어났다.",
            "배경훈 장관은 '77년 5월 서울에서 태어났다.",
            "contradicted",
        ),
        (
            "Bae bought his 4.15 billion won apartment in Banpo-dong, Seocho-gu in June 2025.",
            "Bae sold his 4.15 billion won apartment in Banpo-dong, Seocho-gu in June 2025.",
            "misleading",
        ),
        # a holding's share given to the other holder
        (
            "서초구 반포동 아파트의 5분의 3 지분은 배경훈 본인 명의이고 나머지가 배우자 명의다.",
            "서초구 반포동 아파트의 5분의 3 지분은 배우자 명의이고 나머지가 배경훈 본인 명의다.",
            "misleading",
        ),
        # a term finished, where the source tells when it began
        (
            "배경훈은 2023년 6월 정보통신산업진흥원 비상임이사를 맡았다.",
            "배경훈은 2023년 6월 정보통신산업진흥원 비상임이사 임기를 마쳤다.",
            "misleading",
        ),
        # one of a list said alone
        (
            "엑사원 3.5는 2.4B, 7.8B, 32B 3개 모델로 공개됐다.",
            "엑사원 3.5는 7.8B 모델만 공개됐다.",
            "misleading",
        ),
        (
            "EXAONE 3.5 was released as three models: 2.4B, 7.8B and 32B.",
            "EXAONE 3.5 was released as a single 32B model.",
            "misleading",
        ),
        ("엑사원 2.0은 한국어와 영어를 구사한다.", "엑사원 2.0은 한국어만 구사한다.", "misleading"),
        # a promise, where the source only expects it
        (
            "배 장관은 연말까지 글로벌 상위 10위 안에 드는 LLM이 나올 것이라고 말했다.",
            "배 장관은 연말까지 글로벌 상위 10위 안에 드는 LLM을 반드시 내놓겠다고 약속했다.",
            "misleading",
        ),
        # a figure borrowed, said lent
        (
            "Bae took out a 750 million won mortgage on June 10, 2025.",
            "Bae lent 750 million won on June 10, 2025.",
            "misleading",
        ),
        # a purpose by the verb's ending (-려고)
        (
            "배경훈은 자녀의 미래를 위한 투자로 1억 원을 증여했다고 설명했다.",
            "배경훈은 장녀의 학비를 마련하려고 1억 원을 증여했다.",
            "misleading",
        ),
        # a thing only planned, told as held on the day of another event
        (
            "배 장관은 9월 12일 HJ비즈니스센터에서 기자간담회를 열었다.",
            "과학기술 AI 장관회의는 9월 12일 HJ비즈니스센터에서 처음 열렸다.",
            "misleading",
        ),
        # a city in its romanized name
        (
            "Bae's July 24, 2025 field meeting on the AI highway was held at Naver's Gak Sejong "
            "data centre.",
            "Bae's July 24, 2025 field meeting on the AI highway was held at Naver's Gak "
            "Chuncheon data centre.",
            "contradicted",
        ),
        # a promotion said a demotion; holdings said increased where all were sold
        (
            "배경훈은 2021년 6월 LG AI연구원장으로서 전무로 승진했다.",
            "배경훈의 LG AI연구원장 직급은 2021년 6월 전무에서 상무로 낮아졌다.",
            "misleading",
        ),
        (
            "배 장관의 장녀는 2025년 7월26일 기준 해외 주식을 전량 매각한 상태였다.",
            "배 장관의 장녀는 2025년 7월26일 기준 해외 주식 보유를 오히려 늘린 것으로 나타났다.",
            "misleading",
        ),
        # neither ... nor denies
        (
            "At his July 14 hearing, Bae said both his company and the Military Manpower "
            "Administration had approved his doctoral studies.",
            "At his July 14 hearing, Bae said neither his company nor the Military Manpower "
            "Administration had approved his doctoral studies.",
            "misleading",
        ),
    ],
)
def test_a_faithful_frame_beside_its_wrong_twin(cli, right, wrong, want):  # type: ignore[no-untyped-def]
    assert verdict(cli, right)["verdict"] == "supported"
    assert verdict(cli, wrong)["verdict"] == want


@pytest.mark.parametrize(
    "claim",
    [
        # a limit is said as a ceiling: no floor added
        "국토교통부는 2025년 6월 28일 수도권 주담대 한도를 최대 6억 원으로 일괄 제한하는 규제를 "
        "발표했다.",
        # a sum "adds up to" its figure: no bound
        "His eldest daughter's deposits and securities add up to 103.68 million won.",
        # a rank on the date he reached it
        "배경훈은 2021년 6월 LG AI연구원장으로 재직하며 전무로 승진했다.",
        # 이사직 is a post, not 사직 (a resignation)
        "2023년 6월 배경훈은 정보통신산업진흥원의 비상임이사직을 맡았다.",
        # what is taken out, in a condition (빼면)
        "부모가 2024년 수령한 연금 9,368,310원에서 비과세분을 빼면 과세 대상 소득은 107만 원이었다.",
        # the rank before, then the rank he was promoted to
        "상무 직급으로 LG AI연구원장을 지내던 그는 2021년 6월 전무로 승진했다.",
        # his share, the rest in his wife's name
        "배경훈은 반포동 아파트의 5분의 3 지분을 갖고 있고 나머지 지분은 배우자 명의로 돼 있다.",
        # parliamentary is the National Assembly's
        "Bae's parliamentary hearing was held on July 14, 2025.",
        # one school's name in another romanisation
        "Born in Seoul in May 1976, Bae graduated from Daesin High School in Seoul.",
        # a word of time that points back (그해: the year it was set up) adds no fact
        "설립된 그해에 LG AI연구원은 CVPR 주관 지속학습 경진대회 종합 우승을 거머쥐었다.",
        # a launch done, beside another's said to come
        "LG AI연구원은 2020년 12월 7일 출범했다.",
        # a purpose in a nominalised clause is no cleft naming who
        "배경훈은 2025년 6월 30일 자녀에게 1억 원을 증여한 것은 자녀의 미래를 위한 투자 "
        "목적이었다고 설명했다.",
        # a model's sizes in parameters are no count of models
        "In December 2024 LG released EXAONE 3.5 in 2.4B, 7.8B and 32B sizes.",
        # the stress on AI was done; only the ecosystem is to come
        "취임식은 7월17일 정부세종청사에서 열렸는데, 그는 처음부터 끝까지 AI를 강조했다.",
        # a part of what is held is no one who acts (가운데, 그중, Just ...)
        "장녀의 해외 주식 가운데 메타는 2104만 원, 마이크로소프트는 798만 원어치였다.",
        "Bae's crypto holdings? Just 101,000 won of bitcoin, declared alongside one 2010 Genesis "
        "car, both in his own name.",
        # an English clause of time with a subject of its own
        "Bae took out a 750 million won mortgage on June 10, 2025, before the land ministry "
        "announced on June 28 a 600 million won cap on mortgages in the capital area.",
        # the owner of the event a date is told beside (국토부의 ... 발표(6월 28일)보다 앞선)
        "배경훈은 국토부의 대출 규제 발표(6월 28일)보다 앞선 2025년 6월 10일 7억5천만 원의 "
        "주담대를 받았다.",
        # another thing said in the same remark (DeepSeek R1 beside the H200s needed)
        "배경훈은 GTC 2025 현장에서 딥시크 R1을 넘어서려면 국내에 도입 중인 H200이 2천 장가량 "
        "필요하다고 말했다.",
        # light words that add no fact (the phrase, took)
        'The name EXAONE was taken from the phrase "EXpert AI for EveryONE".',
        # the owner of the event named in an English clause of time
        "Bae took out a ₩750 million mortgage on June 10, 2025, before the land ministry's "
        "June 28 announcement capping metropolitan-area mortgages at ₩600 million.",
        "배 후보자는 '25.6.10 7억5천만 원의 주택담보대출을 받았고, 국토부는 같은 달 28일 수도권 "
        "주담대 한도를 6억 원으로 묶었다.",
        "LG AI연구원은 2022년 12월 엑사원 1.0을, 이듬해 7월 엑사원 2.0을 공개했다.",
        "LG AI연구원은 2020년 12월 출범했고, 같은 해 CVPR 지속학습 경진대회에서 종합 우승했다.",
        "배경훈은 2025년 7월 17일 취임했고 같은 달 23일 임명장을 받았다.",
        # the subject of an English clause joined by "and"
        "Bae took out the loan on June 10, 2025, and the land ministry capped mortgages on the "
        "28th of the same month.",
        "과기부는 이달 7일 나온 정부조직 개편안에 따라 부총리급 격상을 눈앞에 두고 있다.",
        # one act after another (낸 뒤), each told by the store, in the speaker's words
        "배경훈은 자녀에게 1억 원을 증여하고 증여세를 낸 뒤 증권사 직원의 추천으로 주식을 "
        "샀다고 해명했다.",
        # where the figure is read (인사청문 자료를 보면) is no detail of it
        "인사청문 자료를 보면 배 장관 본인 명의의 금융기관 채무는 7억4500만 원이다.",
        # an appositive participle tells a fact of its own
        "Bae Kyung-hoon, born in Seoul in May 1976, graduated from Daeshin High School.",
        # a goal already set keeps its certainty beside one under consideration
        "The ministry is weighing ways to build 200,000 GPUs by 2030, beyond its original goal "
        "of 50,000 by 2028.",
        # 이상 after a figure bounds it (the source's 2천여억 is at least 2천억)
        "LG전자·화학·유플러스·CNS 등 16개 계열사는 3년간 2천억 원 이상을 투자하기로 했다.",
        # the actor's own act (the release), beside what the model is (its languages)
        "LG AI연구원은 2023년 7월 19일 한국어와 영어를 구사하는 이중 언어 모델 '엑사원 2.0'을 "
        "공개했다.",
    ],
)
def test_what_the_frames_do_not_flag(cli, claim):  # type: ignore[no-untyped-def]
    assert verdict(cli, claim)["verdict"] == "supported"


@pytest.mark.parametrize(
    "claim",
    [
        # one event dated, the other one the store gives no day for: the order is not shown
        "배경훈은 대출 규제 발표 이후에 주택담보대출을 받았다.",
        # a noun's 이후 is an order too: EXAONE Deep came out in March, 4.0 in July
        "엑사원 딥은 엑사원 4.0 이후에 공개됐다.",
        # a place where another event of the pair was held
        "Bae's inauguration ceremony was held at the presidential office in Yongsan.",
        # what was said of EXAONE in March 2025 says nothing of EXAONE 4.0, out in July
        "EXAONE 4.0 has 70 billion parameters.",
    ],
)
def test_an_order_nothing_shows_is_not_supported(cli, claim):  # type: ignore[no-untyped-def]
    assert verdict(cli, claim)["verdict"] != "supported"
    if claim.startswith("EXAONE 4.0"):
        assert verdict(cli, claim)["verdict"] == "unverified"


def test_an_age_the_store_works_out_is_of_its_own_act(cli):  # type: ignore[no-untyped-def]
    # his age at the apartment contract says nothing of his age at marrying
    assert verdict(cli, "Bae Kyung-hoon got married at the age of 31.")["verdict"] == "unverified"


@pytest.mark.parametrize(
    ("right", "wrong", "want"),
    [
        # the occasion a remark was made at, named by a fact of the day it was said; a bare
        # day of the month (12일) agrees with that day
        (
            "배 장관은 12일 서울 종로구 HJ비즈니스센터 간담회에서 과기부가 잠재 성장률 3% 회복에 "
            "기여하도록 하겠다고 했다.",
            "배 장관은 정부세종청사 취임식에서 과기부가 잠재 성장률 3% 회복에 기여하도록 하겠다고 "
            "했다.",
            "misleading",
        ),
        (
            "The ministry will help restore growth to 3%, Bae said on the 12th.",
            "The ministry will help restore growth to 3%, Bae said on the 14th.",
            "unverified",
        ),
        (
            "At a press conference, Bae said the ministry would help restore the potential "
            "growth rate to 3%.",
            "At his inauguration, Bae said the ministry would help restore the potential "
            "growth rate to 3%.",
            "misleading",
        ),
        # a headline's quote is what the named person said, as sure as the words say
        (
            '배 장관 "2030년 GPU 20만장 구축 방안 고민 중"',
            '배 장관 "2030년 GPU 20만장 구축 확정"',
            "misleading",
        ),
        (
            '배 장관 "AI 기본법 과태료 부과, 최소 1년 이상 유예할 것"',
            '배 장관 "AI 기본법 과태료 부과, 최소 2년 이상 유예할 것"',
            "contradicted",
        ),
        (
            "Bae: fines under AI Basic Act to be deferred at least a year",
            "Bae: fines under AI Basic Act deferred at least a year",
            "misleading",
        ),
        (
            'Bae said, "We will push back fines under the AI Basic Act by at least a year."',
            'Bae said, "We have pushed back fines under the AI Basic Act by at least a year."',
            "misleading",
        ),
        # whose words a headline gives: another person's
        (
            '배 장관 "AI 기본법 과태료 부과, 최소 1년 이상 유예할 것"',
            '이재명 대통령 "AI 기본법 과태료 부과, 최소 1년 이상 유예할 것"',
            "misleading",
        ),
        # one thing said of when another is due (the LLM at the year's end, multimodal
        # results next year)
        (
            "배 장관은 LLM에 이어 내년에는 멀티모달 분야에서 성과가 나올 것이라고 말했다.",
            "배 장관은 LLM 성과는 내년에 나올 것이라고 말했다.",
            "misleading",
        ),
        (
            'The name EXAONE comes from "EXpert AI for EveryONE".',
            "배 장관은 연말이 되면 멀티모달 분야의 성과가 나올 것이라고 말했다.",
            "unverified",
        ),
        # became what the source says it is still to be made
        (
            "The science ministry is to be upgraded to deputy prime minister level.",
            "The science ministry became a deputy-prime-minister-level body on September 7.",
            "misleading",
        ),
    ],
)
def test_said_on_a_day_at_an_occasion_or_in_a_headline(cli, right, wrong, want):  # type: ignore[no-untyped-def]
    assert verdict(cli, right)["verdict"] == "supported"
    assert verdict(cli, wrong)["verdict"] == want


@pytest.mark.parametrize(
    "claim",
    [
        # a date told by the sentence's earlier one dates the other clause's event
        "LG AI연구원은 2024년 8월 7일 엑사원 3.0을 공개하고 같은 달 엑사원 3.5도 내놨다.",
        "배경훈은 2025년 7월 17일 취임했고 같은 날 임명장을 받았다.",
        "Bae took office on July 17, 2025, and received his letter of appointment the same day.",
        "배경훈은 2002년 석사학위를 받고 같은 해 박사학위도 받았다.",
        "LG AI연구원은 2022년 12월 엑사원 1.0을, 이듬해 12월 엑사원 2.0을 공개했다.",
        "Bae's daughter, born in 2012, paid 7.76 million won in gift tax that same year.",
        "Bae was nominated on June 23, 2025 and had his confirmation hearing later that month.",
        # a day whose month another date gives is no bare day of the month, in a piece alone
        "LG AI연구원은 2025년 2월 넥서스를 공개하고 같은 달 18일 엑사원 딥을 오픈소스로 공개했다.",
        # the hearing held in June, where the store holds it on July 14
        "배경훈은 2025년 6월 인사청문회를 치렀다.",
    ],
)
def test_a_date_told_by_another_is_weighed(cli, claim):  # type: ignore[no-untyped-def]
    assert verdict(cli, claim)["verdict"] != "supported"


@pytest.mark.parametrize(
    ("right", "wrong"),
    [
        # a venue that no supporting fact names, nor any fact of that day: not vouched for
        (
            "LG AI연구원은 2024년 8월 7일 엑사원 3.0을 공개했다.",
            "LG AI연구원은 2024년 8월 7일 국회에서 엑사원 3.0을 공개했다.",
        ),
        (
            "The land ministry announced the mortgage cap for the Seoul metropolitan area on "
            "June 28, 2025.",
            "The land ministry announced the mortgage cap at the National Assembly on June 28, "
            "2025.",
        ),
        (
            "이재명 대통령은 7월 16일 배경훈 장관 임명안을 재가했고, 배 장관은 이튿날 "
            "정부세종청사에서 취임했다.",
            "배경훈은 2023년 정부세종청사에서 과기부로부터 은탑산업훈장을 받았다.",
        ),
        # who is to do what a remark tells: another body than the one the source names
        (
            "Bae said the government should supply about 30% of the GPUs needed.",
            "Bae said universities should supply about 30% of the GPUs needed.",
        ),
        # what a priority is, where the source says it is another thing
        (
            "배경훈은 출범 당시 LG AI연구원의 최우선 과제는 그룹 내 계열사에 산재한 난제들을 "
            "AI연구를 통해 해결하는 것이라고 말했다.",
            "배경훈은 LG AI연구원의 최우선 과제가 디지털 트랜스포메이션이라고 말했다.",
        ),
    ],
)
def test_what_the_store_does_not_give(cli, right, wrong):  # type: ignore[no-untyped-def]
    assert verdict(cli, right)["verdict"] == "supported"
    assert verdict(cli, wrong)["verdict"] == "unverified"


@pytest.mark.parametrize(
    ("claim", "want"),
    [
        # a description joined from two facts, one of which tells nothing of what it describes
        ("에포크 AI는 스탠퍼드대학교 산하 연구소다.", "unverified"),
        # a cleft order: A한 것은 B하기 전이었다 (the KOSA post came after the committee seat)
        (
            "배경훈이 한국소프트웨어산업협회 AI정책협력위원장을 맡은 것은 국가인공지능위원회 "
            "민간위원으로 활동하기 전이었다.",
            "misleading",
        ),
        # the only one, where another fact tells the same of another model
        (
            "엑사원 3.5 32B는 에포크 AI의 주목할 만한 모델 리스트에 오른 유일한 LG 모델이다.",
            "misleading",
        ),
        # a place said otherwise only by a fact that barely speaks to the sentence
        ("The government plans to build the first SMR in Gyeongju.", "unverified"),
        # what the article tells, put in his statement's words: his statement dates the
        # contract (3월 5일) before the loan, the other order
        (
            "배경훈은 주택담보대출을 받은 뒤에 매매계약을 체결했다고 입장문에서 밝혔다.",
            "misleading",
        ),
        # failed to: what was not done is nothing the facts of its doing say
        ("LG AI Research failed to win the 2021 Stanford SQuAD competition.", "unverified"),
        ("Bae failed to secure a 750 million won mortgage on June 10, 2025.", "unverified"),
        # behind the models it proved competitive against
        ("엑사원 3.0은 동일 크기의 메타 라마 3.1과 구글 젬마 2에 뒤처졌다.", "misleading"),
        # all of a figure, where the source gives a share of it
        (
            "배 장관은 정부가 중소기업·학계에 필요한 GPU 15만장을 전부 공급하겠다고 밝혔다.",
            "misleading",
        ),
        (
            "Bae said the government would supply the entire 150,000 GPUs needed by SMEs and "
            "academia in 2030.",
            "misleading",
        ),
        (
            "엑사원 3.0은 동일 크기의 메타 라마 3.1과 구글 젬마 2와 비교해 경쟁력을 입증했다.",
            "supported",
        ),
    ],
)
def test_what_was_not_done_or_done_worse(cli, claim, want):  # type: ignore[no-untyped-def]
    assert verdict(cli, claim)["verdict"] == want
