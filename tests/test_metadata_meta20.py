"""Chinese credits found by kind on blind golds (session 20, helper meta20): the text after
the headline read in document order (a credit's word in a link wrapping a <font>, the name
in the link's tail), and more forms of a reporter's credit."""

from __future__ import annotations

import re

import pytest

from pipeline.web.html import HtmlElement
from pipeline.web.metadata import PageView
from pipeline.web.metadata.visible import (
    _shown_texts,
    _texts_after,
    _texts_after_outside,
    _window_of,
)

_ZH = (
    "<p>"
    + "市议会今天就预算问题召开会议，经过长时间辩论后进行了表决，新的计划将于明年实施。" * 4
    + "</p>"
)


def _authors(article: str, headline: str = "<h1>市议会表决预算</h1>") -> tuple[str, ...]:
    html = (
        "<html lang='zh-CN'><head><title>市议会表决预算_每日新闻</title></head><body>"
        f"{headline}{article}</body></html>"
    )
    view = PageView.parse(html, "https://news.example.cn/a/1.html")
    assert view is not None
    return view.metadata().authors


def _find(body: str, path: str) -> HtmlElement:
    """The first element at `path` of a page holding `body`."""
    view = PageView.parse(f"<html><body>{body}</body></html>", "https://example.cn/")
    assert view is not None
    found: HtmlElement | None = view.doc.find(path)
    assert found is not None
    return found


def test_the_text_after_the_headline_in_document_order() -> None:
    # a tail comes after the texts inside its element, not before them
    page = (
        "<h1>标题</h1><p>电（<a href='/z'><font>记者</font></a>王小明）今天<b><i>一</i>二</b>三</p>"
    )
    texts = ["电（", "记者", "王小明）今天", "一", "二", "三"]
    assert list(_texts_after(_find(page, ".//h1"))) == texts
    assert _window_of(_find(page, "body"), 1000).split("\n") == ["标题", *texts]
    assert list(_shown_texts(_find(page, ".//p"))) == texts


def test_hidden_and_script_texts_stay_out_in_order() -> None:
    page = (
        "<h1>标题</h1><div><span style='display:none'><b>藏</b>起</span>见"
        "<script>var a = 1;</script>后<!-- 注 -->尾</div>"
    )
    assert list(_shown_texts(_find(page, ".//div"))) == ["见", "后", "尾"]
    assert list(_texts_after(_find(page, ".//h1"))) == ["藏", "起", "见", "后", "尾"]


def test_the_text_outside_related_lists_in_document_order() -> None:
    page = (
        "<h1>标题</h1><div><ul class='related'><li><a><b>旧闻</b></a>2011-01-01</li></ul>"
        "<p><a><b>2012年</b></a>1月17日</p></div>"
    )
    texts = _texts_after_outside(_find(page, ".//h1"), re.compile("related"))
    assert list(texts) == ["2012年", "1月17日"]


def test_a_dateline_credit_whose_word_is_a_link_around_a_font() -> None:
    lead = (
        "<p>　　新华网北京１月１７日电（<a href='/reporters/'><font color='#000'>记者</font></a>"
        "王小明、李小红）国家统计局１７日发布了全年数据，介绍了过去一年经济运行的基本情况。</p>"
    )
    assert _authors(lead + _ZH) == ("王小明", "李小红")


@pytest.mark.parametrize(
    ("lead", "names"),
    [
        ("【林小玲╱新北報導】", ("林小玲",)),  # a slash of box drawing (U+2571)
        ("聯合晚報╱記者李小樹／即時報導 ", ("李小樹",)),
        ("〔記者王大明╱台北報導〕", ("王大明",)),
    ],
)
def test_a_taiwanese_credit_with_a_box_drawing_slash(lead: str, names: tuple[str, ...]) -> None:
    article = (
        f"<p>{lead}農曆除夕是圍爐團聚的時刻，衛生局昨與餐廳主廚推出年菜食譜，民眾可以下載。</p>"
    )
    assert _authors(article + _ZH) == names


@pytest.mark.parametrize(
    ("credit", "names"),
    [
        ("采写：南方记者 方小南", ("方小南",)),
        ("采写：晚报记者 方小南 李小北", ("方小南", "李小北")),
        ("撰文：本报记者 王小五", ("王小五",)),
        ("执笔：李小四", ("李小四",)),
        ("撰稿： 张小三、李小四", ("张小三", "李小四")),
    ],
)
def test_a_labelled_writer_line_closing_the_article(credit: str, names: tuple[str, ...]) -> None:
    closing = f"<p>　　{credit}</p><p>　　链接</p><p>相关新闻</p>"
    assert _authors(_ZH * 10 + closing) == names  # (beyond the lines under the headline)


@pytest.mark.parametrize(
    "line",
    [
        "总理在刊物撰文：任何人无权剥夺农民土地财产权",  # a headline quoting a label's word
        "采写：新春走基层",  # no name after the label
        "撰稿：本报评论部",
    ],
)
def test_no_writer_line_in_a_sentence_or_a_desk(line: str) -> None:
    assert _authors(_ZH + f"<p>{line}</p>" + _ZH) == ()


def test_the_credit_closing_a_long_article() -> None:
    # past the first 6000 characters after the headline, before the comments
    long_text = _ZH * 90
    closing = "<p>(本文来源：东方日报  作者：王小明)</p><div>有0人参与</div>"
    assert len(long_text) > 6000
    assert _authors(long_text + closing) == ("王小明",)


def _page(head: str, body: str) -> tuple[str, ...]:
    html = (
        f"<html lang='zh-CN'><head><title>市议会表决预算_每日新闻</title>{head}</head>"
        f"<body><h1>市议会表决预算</h1>{body}</body></html>"
    )
    view = PageView.parse(html, "https://news.example.cn/a/1.html")
    assert view is not None
    return view.metadata().authors


@pytest.mark.parametrize(
    "credit",
    [
        "<div class='editor'>【责任编辑：李小梅】</div>",
        "<span class='liability'>责编：李小梅</span>",
        "<div>网络编辑:李小梅 </div>",
        "<td>责任编辑: 李小梅</td>",
    ],
)
def test_an_author_meta_naming_the_editor_alone(credit: str) -> None:
    # a CMS's author meta holds the editor, whom the page prints only as the editor
    meta = "<meta name='author' content='李小梅'>"
    assert _page(meta, _ZH + _ZH + credit) == ()


def test_an_author_box_holding_the_editor_credit() -> None:
    box = "<div class='author'>责任编辑：<!--editor-->\t李小梅 <!--/editor--></div>"
    assert _page("", box + _ZH + _ZH) == ()


@pytest.mark.parametrize(
    ("head", "body", "names"),
    [
        # the reporter who is also the editor: printed as the reporter as well
        (
            "<meta name='author' content='李小梅'>",
            "<p>本网北京1月11日电（记者 李小梅）今天召开会议。</p>"
            + _ZH
            + "<p>（责任编辑：李小梅）</p>",
            ("李小梅",),
        ),
        # the editor in the meta, the reporter printed: the reporter
        (
            "<meta name='author' content='孔小明'>",
            "<p>（记者 王小五）</p>" + _ZH + "<p>责任编辑：孔小明</p>",
            ("王小五",),
        ),
        # an author meta the page never prints: kept
        ("<meta name='author' content='李小梅'>", _ZH + "<p>责任编辑：孔小明</p>", ("李小梅",)),
        # "作者：见习编辑 李小梅": the author's label, a job title before the name
        ("", "<p>作者：见习编辑 李小梅</p>" + _ZH, ("李小梅",)),
    ],
)
def test_authors_beside_an_editor_credit(head: str, body: str, names: tuple[str, ...]) -> None:
    assert _page(head, body) == names


@pytest.mark.parametrize(
    ("lead", "names"),
    [
        # a news agency's dateline: the name, the place, the day and 電 in the bracket
        ("（中央社記者劉小怡台北11日電）", ("劉小怡",)),
        ("（中央社記者王五台北８日電）", ("王五",)),
        ("（中央社記者張小三華盛頓10日電）", ("張小三",)),
        # 记者 and a colon in the bracket
        ("（记者：张小三、李小四）", ("张小三", "李小四")),
        # the correspondent after the reporter, no bracket
        ("本报讯 记者 张小三 通讯员 李小四 ", ("张小三",)),
    ],
)
def test_more_dateline_credits(lead: str, names: tuple[str, ...]) -> None:
    article = f"<p>{lead}市议会今天召开会议，经过长时间辩论后进行了表决。</p>"
    assert _authors(article + _ZH) == names


def test_a_writer_line_with_the_photographer_after_it() -> None:
    closing = "<p>撰文：张小三 摄影：王大五</p><p>相关新闻</p>"
    assert _authors(_ZH * 10 + closing) == ("张小三",)


_EN = (
    "<p>"
    + "The council voted on the budget after a long debate, and the plan starts next year. " * 4
    + "</p>"
)


def _en_authors(byline: str) -> tuple[str, ...]:
    ld = (
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type": '
        '"Article", "headline": "Council votes", "author": {"@type": "Person", "name": '
        '"Jane Doe"}}</script>'
    )
    html = (
        f"<html lang='en'><head><title>Council votes</title>{ld}</head><body>"
        f"<h1>Council votes</h1>{byline}{_EN}</body></html>"
    )
    view = PageView.parse(html, "https://news.example.com/a/1.html")
    assert view is not None
    return view.metadata().authors


def test_a_byline_naming_the_json_ld_author_and_a_linked_co_author() -> None:
    byline = (
        "<div class='article_byline'><span><b>Co-authored by</b> "
        "<a href='/Author/Jane-Doe' class='coauthor_link'>Jane Doe</a></span> and "
        "<a href='/Author/John-Smith' class='coauthor_link'>John Smith</a>"
        "<p><a href='#'>Last Updated: January 21, 2024</a> <a href='#'>Fact Checked</a></p></div>"
    )
    assert _en_authors(byline) == ("Jane Doe", "John Smith")


def test_a_byline_with_more_words_than_the_json_ld_author() -> None:
    byline = "<div class='byline'>By <a href='/author/jane-doe'>Jane Doe</a> <a href='#p'>Print</a></div>"
    assert _en_authors(byline) == ("Jane Doe",)


def _lang_authors(lang: str, body: str) -> tuple[str, ...]:
    html = (
        f"<html lang='{lang}'><head><title>Council votes</title></head><body>"
        f"<h1>Council votes</h1>{body}</body></html>"
    )
    view = PageView.parse(html, "https://news.example.com/a/1.html")
    assert view is not None
    return view.metadata().authors


@pytest.mark.parametrize(
    ("credit", "names"),
    [
        ("(Reporting by Jane Doe and John Roe; Editing by Mark Smith)", ("Jane Doe", "John Roe")),
        (
            "(<em>Reporting by Jane Doe, John Roe, Ann Lee, with reporting by Bo Chan, "
            "editing by Mark Smith.</em>)",
            ("Jane Doe", "John Roe", "Ann Lee"),
        ),
        ("Reporting by Jane Doe in London; Editing by Mark Smith", ("Jane Doe",)),
    ],
)
def test_a_news_agency_reporting_credit_closing_the_article(
    credit: str, names: tuple[str, ...]
) -> None:
    assert _lang_authors("en", _EN * 3 + f"<p>{credit}</p><div>Show comments</div>") == names


@pytest.mark.parametrize(
    ("lang", "byline", "names"),
    [
        ("en", "By Jane Doe | Edited by John Smith", ("Jane Doe",)),
        ("en", "By Jane Doe, Reviewed by John Smith", ("Jane Doe",)),
        ("es", "Por Juan Pérez / Madrid", ("Juan Pérez",)),
        ("en", "Story by Jane Doe", ("Jane Doe",)),
    ],
)
def test_a_byline_with_its_editor_or_place(lang: str, byline: str, names: tuple[str, ...]) -> None:
    assert _lang_authors(lang, f"<p>{byline}</p>{_EN}") == names


def _published(body: str) -> str | None:
    html = (
        f"<html lang='zh-CN'><head><title>市议会表决预算</title></head><body>{body}</body></html>"
    )
    view = PageView.parse(html, "https://epaper.example.cn/a/content_1.html")
    assert view is not None
    found = view.metadata().published_at
    return found.date().isoformat() if found else None


def test_the_date_of_a_cms_property_comment() -> None:
    comment = (
        "<!--enpproperty <date>2022-02-13 00:00:00:0</date><author></author>"
        "<subtitle>副题</subtitle>/enpproperty-->"
    )
    assert _published(f"<h1>市议会表决预算</h1>{_ZH}{comment}") == "2022-02-13"
    assert _published(f"<h1>市议会表决预算</h1>{_ZH}<!-- 2022-02-13 -->") is None
