"""Normalization: widths, CJK punctuation, zero-width, entities, whitespace, French, OpenCC."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.records import Article, content_hash_for
from pipeline.text.language import chinese_script
from pipeline.text.normalize import base_language, normalize_article, normalize_text
from pipeline.text.scripts import to_simplified

CJK_PUNCTUATION = "，。：；！？「」《》（）、“”"


def test_full_width_letters_and_digits_become_half_width() -> None:
    assert normalize_text("ＡＢＣ１２３ｘｙｚ", "zh") == "ABC123xyz"
    assert normalize_text("ＡＢＣ１２３ｘｙｚ", "en") == "ABC123xyz"


def test_cjk_punctuation_stays_full_width_in_chinese() -> None:
    text = f"公司上市{CJK_PUNCTUATION}结束"
    assert normalize_text(text, "zh") == text
    assert normalize_text(text, "zh-Hant") == text
    assert normalize_text(text) == text  # unknown language: the safe side


def test_full_width_arithmetic_symbols_become_ascii_in_chinese() -> None:
    assert normalize_text("营收增长１２．５％，亏损－３亿元", "zh") == "营收增长12.5%，亏损-3亿元"


def test_full_width_punctuation_becomes_ascii_outside_cjk() -> None:
    assert normalize_text("Revenue rose（a lot）！", "en") == "Revenue rose(a lot)!"


@pytest.mark.parametrize("char", ["\u200b", "\u200c", "\u200d", "\ufeff", "\u2060"])
def test_zero_width_characters_are_removed(char: str) -> None:
    assert normalize_text(f"智{char}谱上{char}市", "zh") == "智谱上市"
    assert normalize_text(f"Hong{char} Kong", "en") == "Hong Kong"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("R&amp;D spending", "R&D spending"),
        ("Hong&nbsp;Kong", "Hong Kong"),
        ("上市了&#12290;", "上市了。"),
        ("中&#x6587;", "中文"),
        ("double &amp;amp; escaped", "double & escaped"),
        ("AT&T and &notice stay", "AT&T and &notice stay"),
    ],
)
def test_leftover_entities_are_decoded(raw: str, expected: str) -> None:
    assert normalize_text(raw, "en") == expected


def test_whitespace_collapses_within_paragraphs_and_paragraphs_are_kept() -> None:
    raw = "  First \t paragraph   here.\r\n\r\n\n Second\u3000\u3000one. \n   \n"
    assert normalize_text(raw, "en") == "First paragraph here.\nSecond one."


def test_chinese_indent_and_ideographic_spaces() -> None:
    assert (
        normalize_text("\u3000\u3000第一段。\n\u3000\u3000第二段。", "zh") == "第一段。\n第二段。"
    )


def test_nfc_composition() -> None:
    assert normalize_text("de\u0301buts", "fr") == "débuts"


def test_french_typography_is_kept() -> None:
    text = "«\u00a0L’IA chinoise\u00a0» gagne 12\u202f% ; jeudi\u00a0!"
    assert normalize_text(text, "fr") == text
    spaced = "prix\u00a0: 116\u00a0\u00a0 dollars"
    assert normalize_text(spaced, "fr") == "prix\u00a0: 116\u00a0dollars"
    assert normalize_text("Hong&nbsp;Kong", "fr-FR") == "Hong\u00a0Kong"


def test_no_break_spaces_become_plain_outside_french() -> None:
    assert normalize_text("12\u202f% of\u00a0shares", "en") == "12 % of shares"
    assert normalize_text("智谱\u00a0\u00a0上市", "zh") == "智谱 上市"
    # Not yet detected: kept, in case the text is French.
    assert normalize_text("«\u00a0Oui\u00a0»  !") == "«\u00a0Oui\u00a0» !"


def test_normalization_is_idempotent() -> None:
    raw = "ＡＩ公司\u200b上市&nbsp;，\n\n  涨幅１３．１７％ 。"
    once = normalize_text(raw, "zh")
    assert normalize_text(once, "zh") == once


def test_base_language() -> None:
    assert base_language("zh-Hant") == "zh"
    assert base_language("fr_FR") == "fr"
    assert base_language("und") is None
    assert base_language(None) is None


def test_normalize_article_fields_and_hash() -> None:
    article = Article(
        url="https://example.org/a",
        title="  智谱\n上市　首日 ",
        text="第一段\u200b。\n\n\u3000\u3000ＧＬＭ－５即将发布。",
        summary=" 摘要&amp;导读 ",
        language="zh",
    )
    out = normalize_article(article)
    assert out.title == "智谱 上市 首日"
    assert out.text == "第一段。\nGLM-5即将发布。"
    assert out.summary == "摘要&导读"
    assert out.content_hash == content_hash_for(out.text) != article.content_hash
    assert out.text_simplified is None


TRADITIONAL = "北京一家人工智慧公司今日在香港掛牌，開盤價較發行價高出約三成，市場認為這是資本對國產大模型的肯定。"


def test_traditional_article_gains_a_simplified_copy_only_when_asked() -> None:
    article = Article(url="https://example.org/t", title="掛牌", text=TRADITIONAL, language="zh")
    plain = normalize_article(article)
    assert plain.text_simplified is None
    converted = normalize_article(article, to_simplified=True)
    assert converted.text == TRADITIONAL
    assert converted.text_simplified is not None
    assert "挂牌" in converted.text_simplified and "開盤價" not in converted.text_simplified
    assert chinese_script(converted.text_simplified) == "Hans"


def test_simplified_or_non_chinese_article_gets_no_copy() -> None:
    simplified = Article(url="https://e.org/s", title="t", text=to_simplified(TRADITIONAL))
    assert normalize_article(simplified, to_simplified=True).text_simplified is None
    french = Article(url="https://e.org/f", title="t", text="Un texte.", language="fr")
    assert normalize_article(french, to_simplified=True).text_simplified is None


def test_declared_script_decides_when_set() -> None:
    article = Article(url="https://e.org/h", title="t", text=TRADITIONAL, script="Hans")
    assert normalize_article(article, to_simplified=True).text_simplified is None


def test_shared_traditional_story_article(shared_dir: Path) -> None:
    path = shared_dir / "story" / "02.json"
    if not path.is_file():
        pytest.skip(f"{path} is absent")
    data = json.loads(path.read_text(encoding="utf-8"))
    article = Article(url=data["url"], title=data["title"], text=data["text"], language="zh")
    out = normalize_article(article, to_simplified=True)
    assert out.text == normalize_text(data["text"], "zh")
    assert chinese_script(out.text) == "Hant"
    assert out.text_simplified is not None and chinese_script(out.text_simplified) == "Hans"
    assert len(out.text_simplified) == len(out.text) and out.text_simplified != out.text
