"""Words of scripts that write combining marks inside them (`pipeline.text.marks`): the mark
list matches Unicode, and the line rules that count words or letters read a word of
Devanagari, Bengali, Tamil or Myanmar whole, as they read one of Cyrillic."""

from __future__ import annotations

import re
import unicodedata

import pytest

from pipeline.extract import extract_text
from pipeline.maintext.datelines import is_dateline
from pipeline.maintext.paragraphs import _is_linked_sentence
from pipeline.text.marks import LETTERS, MARK_CHAR, MARK_SPAN, WORD


def test_mark_char_lists_every_combining_mark_of_its_span() -> None:
    pattern = re.compile(f"[{MARK_CHAR}]")
    for cp in range(MARK_SPAN[0], MARK_SPAN[1] + 1):
        is_mark = unicodedata.category(chr(cp)) in ("Mn", "Mc", "Me")
        assert bool(pattern.match(chr(cp))) == is_mark, hex(cp)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("प्रकाशित: 12.05.2024", ["प्रकाशित", "12", "05", "2024"]),
        ("ข่าวล่าสุด วันนี้", ["ข่าวล่าสุด", "วันนี้"]),
        ("வெளியிடப்பட்டது", ["வெளியிடப்பட்டது"]),
        ("Опубликовано: 12.05", ["Опубликовано", "12", "05"]),
    ],
)
def test_word_takes_the_marks_inside_a_word(text: str, words: list[str]) -> None:
    assert WORD.findall(text) == words
    assert LETTERS.findall(text) == [w for w in words if not w.isdigit()]


@pytest.mark.parametrize(
    "line",
    [
        "प्रकाशित: 12.05.2024 10:30",  # hi: "Published:" and a numeric date
        "প্রকাশিত: 12.05.2024 10:30",  # bn
        "வெளியிடப்பட்டது: 12.05.2024",  # ta
        "ပြင်ဆင်ချိန်: 12.05.2024",  # my: "edited:"
        "12 मई 2024",  # hi: a month's name of two letters
        "12 মে 2024",  # bn: one letter and its vowel sign
        "15 ஜனவரி 2024",  # ta: a month's name ending on a vowel sign
    ],
)
def test_datelines_in_scripts_with_vowel_signs(line: str) -> None:
    # Their Cyrillic or Latin equivalents ("Опубликовано: 12.05.2024 10:30", "20 Mei 2024")
    # were datelines already; a vowel sign cut the label into three or four words.
    assert is_dateline(line)


@pytest.mark.parametrize(
    "line",
    [
        "5 de 2024",  # two Latin letters are a word of a sentence, no month
        "हिंदी में 12.05.2024 को सरकार ने नई जल नीति की घोषणा की और कहा कि",  # a sentence
    ],
)
def test_no_dateline(line: str) -> None:
    assert not is_dateline(line)


def test_dateline_opening_a_hindi_text_is_dropped() -> None:
    prose = (
        "सरकार ने सोमवार को नई जल नीति की घोषणा की, जिसके तहत हर गांव में पीने के साफ पानी की "
        "व्यवस्था अगले दो वर्षों में पूरी की जाएगी।"
    )
    body = "".join(f"<p>{p}</p>" for p in ["प्रकाशित: 12.05.2024 10:30", prose, prose, prose])
    html = (
        "<html><head><meta charset='utf-8'><title>t</title></head><body>"
        f"<div class='c1'><h1>जल नीति</h1>{body}</div></body></html>"
    )
    text = extract_text(html.encode(), "https://example.org/a")
    assert text.startswith(prose)


def test_a_line_of_links_reads_alike_in_hindi_and_in_english() -> None:
    # Six words outside a long link: a line of links in either language (a sentence with
    # linked words needs `paragraphs._SENTENCE_WORDS` words outside its links). Read with
    # `\w+` (vowel signs cut them), the Hindi words made eleven.
    english = [
        ("More on this from the ministry ", False),
        ("Water policy " * 6, True),
        (".", False),
    ]
    hindi = [("इस विषय पर मंत्रालय की पूरी ", False), ("जल नीति की जानकारी " * 6, True), ("।", False)]
    assert _is_linked_sentence(english) is False
    assert _is_linked_sentence(hindi) is False
