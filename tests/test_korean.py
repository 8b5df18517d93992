"""Tests for factcli.text.korean: normalization, jamo, 초성, particles and tokens."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcli.text.korean import (
    CHOSEONG,
    choseong,
    disassemble,
    fold_width,
    is_choseong_query,
    is_hangul_syllable,
    nfc,
    nfc_map,
    strip_particle,
    to_compat_jamo,
    tokens,
)

hangul = st.text(alphabet=st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3), max_size=12)


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


class TestNfc:
    def test_composes_nfd(self) -> None:
        assert nfc(nfd("배경훈")) == "배경훈"

    def test_fullwidth_digits_and_letters(self) -> None:
        assert nfc("３６억") == "36억"
        assert nfc("ＥＸＡＯＮＥ　４．０") == "EXAONE 4.0"
        assert nfc("５０％") == "50%"

    def test_keeps_compatibility_jamo(self) -> None:
        # Whole-text NFKC would turn these into conjoining jamo and break 초성 search.
        assert nfc("ㅂㄱㅎ") == "ㅂㄱㅎ"
        assert nfc("ㄲㄸㅃㅆㅉ") == "ㄲㄸㅃㅆㅉ"

    def test_leaves_other_text_alone(self) -> None:
        assert nfc("H200 GPU 5만장, $4.15") == "H200 GPU 5만장, $4.15"
        assert nfc("") == ""

    def test_fold_width_keeps_length(self) -> None:
        text = nfd("３６억 원")
        assert len(fold_width(text)) == len(text)
        assert fold_width("ＡＢ１") == "AB1"


class TestNfcMap:
    def test_nfc_text_maps_to_itself(self) -> None:
        assert nfc_map("３６억 원") == ("36억 원", [0, 1, 2, 3, 4, 5])

    def test_nfd_text_maps_back(self) -> None:
        text = nfd("배경훈 44세")
        norm, index = nfc_map(text)
        assert norm == "배경훈 44세"
        assert len(index) == len(norm) + 1
        start, end = norm.index("44세"), len(norm)
        assert text[index[start] : index[end]] == nfd("44세")

    @given(st.text())
    def test_index_is_monotonic(self, text: str) -> None:
        norm, index = nfc_map(text)
        assert norm == nfc(text)
        assert index[-1] == len(text)
        assert index == sorted(index)


class TestChoseong:
    def test_name(self) -> None:
        assert choseong("배경훈") == "ㅂㄱㅎ"

    def test_nfd_input(self) -> None:
        assert choseong(nfd("배경훈")) == "ㅂㄱㅎ"

    def test_conjoining_input(self) -> None:
        assert choseong("ᄇᄀᄒ") == "ㅂㄱㅎ"

    def test_double_consonants(self) -> None:
        assert choseong("까따빠싸짜") == "ㄲㄸㅃㅆㅉ"

    def test_passes_other_characters(self) -> None:
        assert choseong("LG 엑사원 4.0") == "LG ㅇㅅㅇ 4.0"
        assert choseong("") == ""

    def test_first_and_last_syllables(self) -> None:
        assert choseong("가힣") == "ㄱㅎ"

    @given(hangul)
    def test_one_consonant_per_syllable(self, text: str) -> None:
        result = choseong(text)
        assert len(result) == len(text)
        assert all(c in CHOSEONG for c in result)
        assert choseong(nfd(text)) == result


class TestDisassemble:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("닭값", "ㄷㅏㄹㄱㄱㅏㅂㅅ"),
            ("의원", "ㅇㅡㅣㅇㅜㅓㄴ"),
            ("과", "ㄱㅗㅏ"),
            ("왜", "ㅇㅗㅐ"),
            ("외", "ㅇㅗㅣ"),
            ("웨", "ㅇㅜㅔ"),
            ("위", "ㅇㅜㅣ"),
            ("넋", "ㄴㅓㄱㅅ"),
            ("앉", "ㅇㅏㄴㅈ"),
            ("많", "ㅁㅏㄴㅎ"),
            ("삶", "ㅅㅏㄹㅁ"),
            ("밟", "ㅂㅏㄹㅂ"),
            ("곬", "ㄱㅗㄹㅅ"),
            ("핥", "ㅎㅏㄹㅌ"),
            ("읊", "ㅇㅡㄹㅍ"),
            ("싫", "ㅅㅣㄹㅎ"),
            ("값", "ㄱㅏㅂㅅ"),
            ("까", "ㄲㅏ"),
            ("있", "ㅇㅣㅆ"),
            ("배경훈", "ㅂㅐㄱㅕㅇㅎㅜㄴ"),
        ],
    )
    def test_cases(self, text: str, expected: str) -> None:
        assert disassemble(text) == expected

    def test_passes_non_hangul(self) -> None:
        assert disassemble("A1 닭!") == "A1 ㄷㅏㄹㄱ!"

    def test_splits_compatibility_compounds(self) -> None:
        assert disassemble("ㄺㅘ") == "ㄹㄱㅗㅏ"

    def test_nfd_and_conjoining(self) -> None:
        assert disassemble(nfd("닭값")) == "ㄷㅏㄹㄱㄱㅏㅂㅅ"

    @given(hangul)
    def test_starts_with_choseong(self, text: str) -> None:
        jamo = disassemble(text)
        assert all(0x3131 <= ord(c) <= 0x3163 for c in jamo)
        assert len(jamo) >= 2 * len(text)
        if text:
            assert jamo[0] == choseong(text)[0]


class TestCompatJamo:
    def test_conjoining_leads(self) -> None:
        assert to_compat_jamo("ᄇᄀᄒ") == "ㅂㄱㅎ"

    def test_vowels_and_tails(self) -> None:
        assert to_compat_jamo("\u1161\u1175\u11a8\u11c2") == "ㅏㅣㄱㅎ"

    def test_leaves_syllables(self) -> None:
        assert to_compat_jamo("배경훈 ㅂ") == "배경훈 ㅂ"

    def test_all_leads_map_to_choseong(self) -> None:
        assert to_compat_jamo("".join(chr(0x1100 + i) for i in range(19))) == CHOSEONG


class TestIsChoseongQuery:
    @pytest.mark.parametrize("text", ["ㅂㄱㅎ", "ᄇᄀᄒ", "ㅂ ㄱ ㅎ", " ㄲㄸ ", "ㅎ", "ㅃㅆㅉ"])
    def test_yes(self, text: str) -> None:
        assert is_choseong_query(text)

    @pytest.mark.parametrize("text", ["", "  ", "배경훈", "ㅂㄱ훈", "ㅂㄱㅎ1", "ㅏ", "ㄳ", "abc"])
    def test_no(self, text: str) -> None:
        assert not is_choseong_query(text)

    def test_nfkc_damaged_query_still_counts(self) -> None:
        assert is_choseong_query(unicodedata.normalize("NFKC", "ㅂㄱㅎ"))


class TestStripParticle:
    @pytest.mark.parametrize(
        ("word", "stem"),
        [
            ("배경훈은", "배경훈"),
            ("배경훈이", "배경훈"),
            ("배경훈의", "배경훈"),
            ("엑사원의", "엑사원"),
            ("엑사원을", "엑사원"),
            ("엑사원과", "엑사원"),
            ("연구원에서", "연구원"),
            ("연구원에서는", "연구원"),
            ("2030년까지", "2030년"),
            ("취임했다", "취임"),
            ("서울에서", "서울"),
            ("서울로", "서울"),
            ("서울까지", "서울"),
            ("의원이", "의원"),
            ("부모가", "부모"),
            ("정부에게", "정부"),
            ("원장으로서", "원장"),
            ("원장이었다", "원장"),
            ("원장이다", "원장"),
            ("선정된", "선정"),
            ("출시됐다", "출시"),
            ("개발하는", "개발"),
            ("사람처럼", "사람"),
            ("서울보다", "서울"),
            ("장관으로", "장관"),
        ],
    )
    def test_strips(self, word: str, stem: str) -> None:
        assert strip_particle(word) == stem

    @pytest.mark.parametrize(
        "word",
        [
            "이사",
            "서울",
            "부모",
            "의원",
            "회의",
            "국가",
            "정도",
            "사과",
            "민주주의",
            "국무회의",
            "고양이",
            "연구결과",
            "고속도로",
            "전문가",
            "배경훈",
            "엑사원",
            "EXAONE",
            "",
            "은",
            "집에서",
        ],
    )
    def test_keeps(self, word: str) -> None:
        assert strip_particle(word) == word

    def test_strips_only_one(self) -> None:
        assert strip_particle("연구원의의") == "연구원의"

    def test_min_stem(self) -> None:
        assert strip_particle("년까지", min_stem=1) == "년"
        assert strip_particle("년까지") == "년까지"


class TestTokens:
    def test_splits_hangul_from_latin(self) -> None:
        assert tokens("LG엑사원") == ["lg", "엑사원"]
        assert tokens("엑사원(EXAONE)") == ["엑사원", "exaone"]

    def test_keeps_alnum_identifiers(self) -> None:
        assert tokens("H200") == ["h200"]
        assert tokens("Llama3.1") == ["llama3.1"]

    def test_decimals_stay_whole(self) -> None:
        assert tokens("EXAONE 3.5와 4.0은") == ["exaone", "3.5", "4.0"]

    def test_grouped_digits(self) -> None:
        assert tokens("3,697,670,000원") == ["3697670000", "원"]

    def test_strips_particles(self) -> None:
        assert tokens("배경훈은 엑사원의 연구원에서 취임했다") == [
            "배경훈",
            "엑사원",
            "연구원",
            "취임",
        ]

    def test_units_after_digits(self) -> None:
        assert tokens("2030년까지 20만장을") == ["2030", "년", "20", "만장"]

    def test_lowercases_and_normalizes(self) -> None:
        assert tokens(nfd("ＥＸＡＯＮＥ 배경훈은")) == ["exaone", "배경훈"]

    def test_punctuation_and_empty(self) -> None:
        assert tokens("") == []
        assert tokens(" ,.!? ") == []
        assert tokens("Bae Kyung-hoon") == ["bae", "kyung", "hoon"]

    @settings(max_examples=200)
    @given(st.text())
    def test_never_raises(self, text: str) -> None:
        for token in tokens(text):
            assert token
            assert token == token.lower()


def test_is_hangul_syllable() -> None:
    assert is_hangul_syllable("가")
    assert is_hangul_syllable("힣")
    assert not is_hangul_syllable("ㄱ")
    assert not is_hangul_syllable("a")
    assert not is_hangul_syllable("가나")


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("모셔", "모신"),
        ("옮긴", "옮겼다"),
        ("만든", "만들었다"),
        ("맞춰", "맞추고"),
        ("이뤄지면", "이루어졌다"),
    ],
)
def test_two_forms_of_one_verb_share_a_stem(one: str, other: str) -> None:
    from factcli.text.korean import verb_stems

    assert {s for s in verb_stems(one) if len(s) >= 2} & verb_stems(other)


@pytest.mark.parametrize(
    ("one", "other"), [("만든", "말했다"), ("밟던", "받았다"), ("모셔", "모였다")]
)
def test_two_verbs_share_no_stem(one: str, other: str) -> None:
    from factcli.text.korean import verb_stems

    assert not ({s for s in verb_stems(one) if len(s) >= 2} & verb_stems(other))


@pytest.mark.parametrize(
    ("word", "stem"),
    [
        ("주최하겠다고", "주최"),
        ("확보할", "확보"),
        ("격상될", "격상"),
        ("해명했다고", "해명"),
        ("기여하겠다는", "기여"),
        ("상용화된다고", "상용화"),
        # (a body's possessive that ends like 회의, a meeting)
        ("금융위원회의", "금융위원회"),
        ("한국소프트웨어산업협회의", "한국소프트웨어산업협회"),
        ("국무회의", "국무회의"),
        # (nouns that end in a syllable of those endings keep it)
        ("역할", "역할"),
        ("분할", "분할"),
    ],
)
def test_a_noun_told_as_intended_or_reported_is_the_noun(word: str, stem: str) -> None:
    assert strip_particle(word) == stem
