"""Ruby annotations (branch snip25), on pages we wrote ourselves: furigana over the kanji of a
Japanese paragraph, pinyin over Chinese characters, a reading in an English sentence. The
reading (<rt>, with its fallback parentheses <rp>) is an annotation of the base text beside
it, not text, and <ruby> sits inside the sentence: the paragraph reads as one line of its
base text, as a reader without ruby support would copy it."""

from __future__ import annotations

import pytest

from tests.sample_pages import COUNCIL_STORY
from tests.sample_pages import own_text as _own


def _ruby(base: str, reading: str) -> str:
    return f"<ruby>{base}<rp>(</rp><rt>{reading}</rt><rp>)</rp></ruby>"


_JA = [
    (
        _ruby("市議会", "しぎかい")
        + "は火曜日の夜、四時間の"
        + _ruby("議論", "ぎろん")
        + "のあとで新しい"
        + _ruby("予算", "よさん")
        + "を"
        + _ruby("決", "き")
        + "めました。町の人たちがたくさん集まりました。",
        "市議会は火曜日の夜、四時間の議論のあとで新しい予算を決めました。"
        "町の人たちがたくさん集まりました。",
    ),
    (
        "税金は二パーセント上がりますが、"
        + _ruby("道路", "どうろ")
        + "の修理と新しい"
        + _ruby("図書館", "としょかん")
        + "のためにお金を使います。",
        "税金は二パーセント上がりますが、道路の修理と新しい図書館のためにお金を使います。",
    ),
]


def _page(paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        "<html><head><title>予算が決まりました</title></head><body>"
        "<nav><a href='/'>ホーム</a> <a href='/news'>ニュース</a></nav>"
        f"<article><h1>予算が決まりました</h1>{body}</article></body></html>"
    )


def test_furigana_is_no_text_and_breaks_no_line() -> None:
    text = _own(_page([ruby for ruby, _ in _JA] + COUNCIL_STORY))
    lines = text.split("\n")
    for _, plain in _JA:
        assert plain in lines, text
    assert "しぎかい" not in text and "としょかん" not in text, text


@pytest.mark.parametrize("rtc", [False, True])
def test_a_reading_inside_an_english_sentence(rtc: bool) -> None:
    reading = "<rtc><rt>chikan</rt></rtc>" if rtc else "<rp>(</rp><rt>ちかん</rt><rp>)</rp>"
    first = (
        f"Chikan (<ruby>痴漢{reading}</ruby>), or train groping, is a problem the police"
        " say they take seriously, and the rail companies run women-only cars at rush hour."
    )
    text = _own(_page([first, *COUNCIL_STORY]))
    assert text.split("\n")[0] == (
        "Chikan (痴漢), or train groping, is a problem the police say they take seriously, and"
        " the rail companies run women-only cars at rush hour."
    ), text
