"""Bylines under the headline in forms of more languages: label words before a colon
(Latvian "Autors:", Croatian/Serbian "Piše:", Bengali "লেখক:", Urdu "تحریر:"), the Japanese
"（文・山田太郎）" in brackets, and a line holding only a name and 기자 / 記者 (reporter)."""

from __future__ import annotations

import pytest

from pipeline.web.metadata import PageView

_TEXT = (
    "<p>" + "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod. " * 5 + "</p>"
)


def _authors(lang: str, byline: str) -> tuple[str, ...]:
    html = (
        f"<html lang='{lang}'><head><title>Headline of the story here</title></head><body>"
        f"<h1>Headline of the story here</h1><div>{byline}</div>{_TEXT}</body></html>"
    )
    view = PageView.parse(html, "https://news.example.org/a/1")
    assert view is not None
    return view.metadata().authors


@pytest.mark.parametrize(
    ("lang", "byline", "name"),
    [
        ("lv", "Autors: Jānis Bērziņš", "Jānis Bērziņš"),
        ("hr", "Piše: Ivana Horvat", "Ivana Horvat"),
        ("sr", "Napisao: Marko Marković", "Marko Marković"),
        ("bn", "লেখক: রহিম উদ্দিন", "রহিম উদ্দিন"),
        ("ur", "تحریر: احمد علی", "احمد علی"),
        ("ja", "（文・山田太郎）", "山田太郎"),
        ("ja", "山田太郎 記者", "山田太郎"),
        ("ko", "김민수 기자", "김민수"),
        ("ko", "박지은 인턴기자", "박지은"),
    ],
)
def test_a_byline_in_the_forms_of_more_languages(lang: str, byline: str, name: str) -> None:
    assert _authors(lang, byline) == (name,)


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("ko", "정치부 기자"),  # a desk
        ("ko", "사진 기자"),  # a photo reporter
        ("ko", "김민수 기자가 말했다"),  # a sentence naming a reporter
        ("ja", "記者会見の内容"),
    ],
)
def test_reporter_words_that_are_no_byline(lang: str, line: str) -> None:
    assert _authors(lang, line) == ()
