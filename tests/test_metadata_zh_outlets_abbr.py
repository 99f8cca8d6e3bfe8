"""A Chinese lead sentence opening with 记者 and a day ("记者9日从...获悉": the reporter learned
on the 9th) is no byline; outlets in traditional characters and newspapers' names (星島日報,
南方都市报, 中國時報, 壹週刊) are no authors; the ISO time an <abbr> gives in its title
(hAtom's "published") is the publication date of a page without another."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.web.metadata import PageView

_ZH = (
    "<p>"
    + "区政府今天召开发布会，介绍了新图书馆的建设计划和开放时间，居民可以在网上预约参观。" * 3
    + "</p>"
)


def _meta(article: str, lang: str = "zh") -> tuple[tuple[str, ...], date | None]:
    html = (
        f"<html lang='{lang}'><head><title>新图书馆开放 - 晨报</title></head><body>"
        f"<article><h1>新图书馆下月开放</h1>{article}{_ZH}</article></body></html>"
    )
    view = PageView.parse(html, "https://example.cn/a/88")
    assert view is not None
    meta = view.metadata()
    return meta.authors, meta.published_at.date() if meta.published_at else None


def test_reporter_learned_on_a_day_is_no_byline() -> None:
    lead = (
        "<p>记者12日从区文化局获悉，新馆当地时间3月1日10时（北京时间今晚）举行揭幕仪式，"
        "市民可凭身份证免费入馆参观。</p>"
    )
    assert _meta(lead)[0] == ()


@pytest.mark.parametrize("outlet", ["星島日報", "南方都市报", "中國時報", "壹週刊", "公共電視台"])
def test_outlets_are_no_authors(outlet: str) -> None:
    assert _meta(f"<div class='byline'><span class='author'>{outlet}</span></div>")[0] == ()


def test_a_name_in_a_byline_still_read() -> None:
    assert _meta("<div class='byline'><span class='author'>陳美玲</span></div>")[0] == ("陳美玲",)


def test_abbr_title_time() -> None:
    byline = (
        "<cite class='byline'><span class='provider'>晨报</span> – "
        "<abbr title='2025-03-04T08:45:00Z'>3小时前</abbr></cite>"
    )
    assert _meta(byline)[1] == date(2025, 3, 4)


def test_abbr_of_a_word_is_no_date() -> None:
    assert _meta("<p><abbr title='World Health Organization'>WHO</abbr> 表示</p>")[1] is None


@pytest.mark.parametrize(
    "label",
    ["<a href='/m/12.html'>手机版</a>", "<a href='/tougao'>投稿</a>", "综合"],
)
def test_a_bylines_links_and_desk_words_are_no_names(label: str) -> None:
    line = f"<span class='info'>2025-03-04 09:46 来源: 作者: {label}</span>"
    assert _meta(line)[0] == ()


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("Siti Rahma/Biro Pers Istana", ("Siti Rahma",)),
        ("Городской Mag", ()),
    ],
)
def test_bureaus_and_magazines_in_author_metas(value: str, names: tuple[str, ...]) -> None:
    html = (
        f"<html><head><meta name='author' content='{value}'><title>T</title></head><body>"
        f"<article><h1>Headline</h1>{_ZH}</article></body></html>"
    )
    view = PageView.parse(html, "https://example.id/a/1")
    assert view is not None
    assert view.metadata().authors == names
