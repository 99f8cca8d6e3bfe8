"""A short story in Chinese or Japanese is an article: each Han or kana character counts twice
toward `MIN_TEXT_CHARS` (pipeline.extract), so a brief of 45 or more such characters is kept while a
line of Latin text that long, or a Chinese line of a dozen characters, is still too short.
Pages we wrote ourselves."""

from __future__ import annotations

import pytest

from pipeline.errors import Rejected, RejectReason
from pipeline.extract import MIN_TEXT_CHARS, extract_article
from pipeline.records import RawPage


def _page(title: str, body: str, lang: str) -> bytes:
    return (
        f'<html lang="{lang}"><head><title>{title}</title></head><body>'
        f"<article><h1>{title}</h1><p>{body}</p></article></body></html>"
    ).encode()


# 50 characters of a fire brief: under MIN_TEXT_CHARS as characters, a whole story in Chinese
BRIEF = (
    "12月15日下午，市中心一处购物中心的施工现场发生火灾。截至记者发稿时，大火已被扑灭，无人员伤亡。"
)
JA_BRIEF = "市内の商業施設で十五日午後、火災が発生した。火はまもなく消し止められ、けが人はいない。"


@pytest.mark.parametrize(("body", "lang"), [(BRIEF, "zh"), (JA_BRIEF, "ja")])
def test_a_dense_brief_is_an_article(body: str, lang: str) -> None:
    assert len(body) < MIN_TEXT_CHARS
    page = RawPage(
        url="https://news.example.cn/2021/03/04/fire.html", body=_page("商场起火", body, lang)
    )
    article = extract_article(page)
    assert body in article.text


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        ("今天全市天气晴朗，气温回升。", "zh"),  # a dozen characters: still no story
        ("A fire broke out at a mall on Monday; it was put out, no one was hurt.", "en"),
    ],
)
def test_a_short_line_is_still_too_short(body: str, lang: str) -> None:
    page = RawPage(
        url="https://news.example.cn/2021/03/04/fire.html", body=_page("Fire", body, lang)
    )
    with pytest.raises(Rejected) as err:
        extract_article(page)
    assert err.value.reason in (RejectReason.TOO_SHORT, RejectReason.NOT_ARTICLE)
