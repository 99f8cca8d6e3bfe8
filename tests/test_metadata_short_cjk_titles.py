"""A short title before a part shaped as a site's name where no site key names it
("快讯_某某新闻网", "晚安 - 某某的博客", "海姑娘 | blog.example.com"): the short part is the title,
not the site's name; an <h1> printing another, longer headline wins over the short part; the
og:title or <h1> printing the short part keeps it. A longer part not shaped as a site's name
is still read as the headline after a short label ("社会_全国人大通过新的住房法律"), unless it
is prose (an og:title glued to the story's summary)."""

from __future__ import annotations

import pytest

from pipeline.pages import article_from_page
from pipeline.records import RawPage
from pipeline.web.metadata import page_title

URL = "https://www.abc123.example/a/2024/05/12/x.html"  # a host naming no site
STORY = (
    "市议会今天表决通过了新的城市交通预算，该预算将于明年一月一日起执行，主要内容包括公交线路"
    "调整、自行车道建设以及老旧小区停车位改造等多个方面。"
)
HEADLINE = "市议会表决通过新的交通预算"


def _article_title(title: str, h1: str | None = None, og: str | None = None) -> str:
    head = f"<title>{title}</title>"
    if og is not None:
        head += f"<meta property='og:title' content='{og}'>"
    heading = f"<h1>{h1}</h1>" if h1 is not None else ""
    paragraphs = "".join(f"<p>{n}. {STORY}</p>" for n in range(1, 4))
    html = (
        f"<!doctype html><html lang='zh-CN'><head><meta charset='utf-8'>{head}</head><body>"
        f"<header><a href='/'>首页</a></header><main><article>{heading}{paragraphs}</article>"
        "</main><footer>版权所有 某某新闻网</footer></body></html>"
    )
    raw = RawPage(
        url=URL,
        body=html.encode(),
        headers={"Content-Type": "text/html; charset=utf-8"},
        block_checked=True,
    )
    return article_from_page(raw).title


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("快讯_某某新闻网", "快讯"),
        ("声明_某某财经频道", "声明"),
        ("晚安 - 某某的博客", "晚安"),
        ("海姑娘 | blog.example.com", "海姑娘"),
        ("通知 - 某某大学新闻网", "通知"),
        ("快讯｜每日经济新闻", "快讯"),
        # a longer part that is no site's shape is still the headline after a label
        ("社会_全国人大通过新的住房法律", "全国人大通过新的住房法律"),
        ("快讯 - 全国人大通过新的住房法律", "全国人大通过新的住房法律"),
        ("Home | example.com", "Home"),
        # an og:title glued to the story's summary: the part holding full stops is prose
        (
            "重庆男子捐建洋房送村民 - 某某在外工作多年，出资千万元修建小洋楼。昨日村民住进新房。",
            "重庆男子捐建洋房送村民",
        ),
    ],
)
def test_a_short_part_before_a_site_shaped_part_is_the_title(raw: str, title: str) -> None:
    assert page_title(raw, None, URL) == title


@pytest.mark.parametrize(
    ("h1", "og"),
    [(None, None), ("快讯", None), (None, "快讯"), (None, "快讯_某某新闻网")],
)
def test_the_short_title_on_a_page(h1: str | None, og: str | None) -> None:
    assert _article_title("快讯_某某新闻网", h1, og) == "快讯"


@pytest.mark.parametrize("raw", ["快讯_某某新闻网", "声明_某某财经频道", "晚安 - 某某的博客"])
def test_an_h1_printing_another_headline_wins_over_the_short_part(raw: str) -> None:
    assert _article_title(raw, HEADLINE) == HEADLINE


def test_an_h1_naming_the_site_or_linking_home_does_not() -> None:
    assert _article_title("快讯_某某新闻网", "<a href='/'>某某新闻网首页</a>") == "快讯"
