"""Metadata kinds found on a public page set nobody here tuned on (session 22, helper pl22,
benchmarks/extraction/postlight_set.py: Postlight Parser's fixtures and their hand-written
tests). Every page here is made up."""

from __future__ import annotations

import pytest

from pipeline.text.dates import date_in_url
from pipeline.web.metadata import PageView

_TEXT = "<p>" + "The harbour board met on the ferry budget and voted late at night. " * 8
_TEXT += "</p>"


def _meta(head: str, body: str = "", url: str = "https://news.example.com/story/1") -> PageView:
    html = (
        f"<html lang='en'><head><title>Ferry budget passes</title>{head}</head>"
        f"<body><h1>Ferry budget passes</h1>{body}{_TEXT}</body></html>"
    )
    view = PageView.parse(html, url)
    assert view is not None
    return view


@pytest.mark.parametrize(
    "url",
    [
        "https://mag.example.com/articles/194709-13-ways-to-cook-leeks",  # an id, then a count
        "https://mag.example.com/p/201612-02-notes",
    ],
)
def test_an_id_s_digits_are_no_url_date(url: str) -> None:
    assert date_in_url(url) is None


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("https://news.example.com/2016/12/02/leeks", "2016-12-02"),
        ("https://news.example.com/2016-12-02-leeks", "2016-12-02"),
        ("https://news.example.com/20161202/leeks", "2016-12-02"),
        ("https://news.example.cn/n1/2016/1202/c1002-1.html", "2016-12-02"),
    ],
)
def test_url_dates_still_read(url: str, day: str) -> None:
    found = date_in_url(url)
    assert found is not None and found.date().isoformat() == day


def test_a_time_element_is_kept_where_the_url_holds_only_an_id() -> None:
    url = "https://mag.example.com/articles/194709-13-ways-to-cook-leeks"
    body = "<div class='meta'><time datetime='2016-12-02T18:28:24.000Z'>Dec. 2, 2016</time></div>"
    html = (
        "<html lang='en'><head><title>13 ways to cook leeks</title></head><body><article>"
        f"<h1>13 ways to cook leeks</h1>{body}{_TEXT}</article></body></html>"
    )
    view = PageView.parse(html, url)
    assert view is not None
    found = view.metadata().published_at
    assert found is not None and found.date().isoformat() == "2016-12-02"


def _author(body: str, head: str = "", url: str = "https://news.example.com/story/1") -> str:
    return _meta(head, body, url).metadata().author or ""


@pytest.mark.parametrize(
    ("body", "author"),
    [
        # a label wrapped apart from the name, no space between them
        (
            "<a class='story__author' href='/u/wenna/'><span>By</span>Wenna Loft</a>",
            "Wenna Loft",
        ),
        (
            "<div class='byline'><div class='author-name'><span>By</span> <a href='/p/wl'>"
            "Wenna Loft</a><span class='author-title'>Staff Writer</span></div></div>",
            "Wenna Loft",
        ),
        # a copy of the name for screen readers inside its link
        (
            "<p class='byline'>Un reportage de <a class='authors__name' href='/auteurs/wl'>"
            "Wenna Loft<span class='sr-only'>Wenna Loft</span></a></p>",
            "Wenna Loft",
        ),
    ],
)
def test_a_byline_s_texts_run_together_are_read_apart(body: str, author: str) -> None:
    assert _author(body) == author


def test_every_rel_author_link_of_a_byline_is_read() -> None:
    body = (
        "<address class='contributors'><div><a rel='author' href='/profile/wenna-loft'>Wenna "
        "Loft</a> and <a rel='author' href='/profile/odo-pram'>Odo Pram</a></div></address>"
    )
    assert _author(body) == "Wenna Loft, Odo Pram"


def test_of_two_author_metas_the_one_the_byline_prints() -> None:
    head = "<meta name='author' content='Brightwater Holdings'>"
    head += "<meta property='article:author' content='Wenna Loft'>"
    body = "<p class='byline'>By <a href='/contributors/wenna-loft'>Wenna Loft</a></p>"
    footer = "<footer>© 2016 Brightwater Holdings. All rights reserved.</footer>"
    assert _author(body + footer, head) == "Wenna Loft"


def test_a_place_and_role_in_brackets_after_the_name_is_no_name() -> None:
    body = (
        "<p class='meta'><span class='meta__author'>Par <a class='author-link' "
        "href='/signataires/wenna-loft/'>Wenna Loft<span class='desc'>(Bruxelles, bureau "
        "européen)</span></a></span></p>"
    )
    assert _author(body, url="https://journal.example.fr/article/1") == "Wenna Loft"


def test_a_category_link_in_the_byline_box_is_no_name() -> None:
    body = (
        "<div class='entry-byline'><div class='by-author'><a href='/author/wenna/'>Wenna</a>"
        "</div> <div class='by-cat'><a href='/category/oceanlife/'>Oceanlife</a></div></div>"
    )
    assert _author(body) == "Wenna"


def _titled(head: str, title: str, body: str = "", url: str = "https://v.example.com/w/1") -> str:
    html = f"<html><head><title>{title}</title>{head}</head><body>{body}{_TEXT}</body></html>"
    view = PageView.parse(html, url)
    assert view is not None
    return view.metadata().title or ""


def test_an_og_title_is_whole_where_the_page_title_adds_the_site_after_it() -> None:
    head = "<meta property='og:site_name' content='Streamtube'>"
    head += "<meta property='og:title' content='HarbourConf 2016 - Keynote by Wenna Loft'>"
    title = "HarbourConf 2016 - Keynote by Wenna Loft - Streamtube"
    assert _titled(head, title) == "HarbourConf 2016 - Keynote by Wenna Loft"


def test_an_og_title_and_a_page_title_adding_more_than_the_site_are_cut_as_before() -> None:
    head = "<meta property='og:site_name' content='Streamtube'>"
    head += "<meta property='og:title' content='Ferry returns | Streamtube'>"
    assert _titled(head, "Ferry returns | Streamtube - Mobile") == "Ferry returns"


def test_a_site_name_after_a_bare_colon_closing_a_japanese_title_is_cut() -> None:
    head = "<meta property='og:site_name' content='harbourspot開発日誌'>"
    head += "<meta property='og:title' content='ツリーを描画できる「Treeviz」:harbourspot開発日誌'>"
    title = "ツリーを描画できる「Treeviz」:harbourspot開発日誌"
    found = _titled(head, title, url="https://harbourspot.example.jp/blog/1.html")
    assert found == "ツリーを描画できる「Treeviz」"


def test_an_undeclared_page_with_kana_in_its_title_dates_in_japan_s_zone() -> None:
    html = (
        "<html><head><title>マインドマップ風のツリー</title>"
        "<meta name='date' content='2019-04-04'></head>"
        f"<body><h1>マインドマップ風のツリー</h1>{_TEXT}</body></html>"
    )
    view = PageView.parse(html, "https://harbourspot.example.jp/blog/1.html")
    assert view is not None
    found = view.metadata().published_at
    assert found is not None and found.isoformat() == "2019-04-04T00:00:00+09:00"


@pytest.mark.parametrize(
    ("value", "instant"),
    [
        ("Mon Aug 03 12:45:00 EDT 2015", "2015-08-03T12:45:00-04:00"),
        ("Wed Aug 05 14:51:16 GMT 2015", "2015-08-05T14:51:16+00:00"),
    ],
)
def test_a_java_date_string_in_a_date_meta_is_read(value: str, instant: str) -> None:
    found = _meta(f"<meta property='article:published_time' content='{value}'>").metadata()
    assert found.published_at is not None and found.published_at.isoformat() == instant


def test_a_date_line_above_a_headline_nested_first_in_its_boxes_is_read() -> None:
    body = (
        "<div id='kind'><div class='inner'>Column</div></div>"
        "<div id='stamp'><div class='inner'><span>»</span> <span>2019年02月22日 14時30分 公開"
        "</span></div></div><div id='headline'><div class='inner'><h1 class='title'>"
        "小型PCで最新SSDを比較してみた</h1></div></div>"
    )
    html = (
        "<html lang='ja'><head><title>小型PCで最新SSDを比較してみた</title></head><body>"
        f"{body}<p>{'本文の段落です。' * 40}</p></body></html>"
    )
    view = PageView.parse(html, "https://tech.example.jp/articles/1902/22/news089.html")
    assert view is not None
    found = view.metadata().published_at
    assert found is not None and found.isoformat() == "2019-02-22T14:30:00+09:00"


def test_a_reader_s_letter_after_the_headline_is_no_byline() -> None:
    body = (
        "<div class='meta'><a href='/autor/berg_a'>Anna Berg</a> / 22.04.2020</div>"
        f"<div id='main'><h2>Ferry budget passes</h2>{_TEXT}"
        "<div class='leserbrief'><div class='leserbrief_meta'><span class='autor'>Kai Sommer"
        "</span> / 22.04.2020</div><p>Das sehe ich anders als der Autor.</p></div></div>"
    )
    html = (
        "<html lang='de'><head><title>Ferry budget passes – DIE FÄHRE</title>"
        "<meta property='og:title' content='Ferry budget passes'></head>"
        f"<body>{body}</body></html>"
    )
    view = PageView.parse(html, "https://blog.example.de/artikel/ferry")
    assert view is not None
    assert view.metadata().author != "Kai Sommer"


def test_a_title_is_whole_where_its_headline_prints_it_past_a_hidden_first_h1() -> None:
    head = "<meta property='og:title' content='HarbourConf 2016 - Keynote by Wenna Loft'>"
    body = (
        "<h1 class='mini-player' hidden=''></h1><div id='watch'><h1 class='watch-title'>"
        "HarbourConf 2016 - Keynote by Wenna Loft</h1></div>"
    )
    assert _titled(head, "HarbourConf 2016 - Keynote by Wenna Loft", body) == (
        "HarbourConf 2016 - Keynote by Wenna Loft"
    )


@pytest.mark.parametrize(
    ("label", "lang"), [("Written by", "en"), ("Geschrieben von", "de"), ("Écrit par", "fr")]
)
def test_a_link_preview_s_written_by_label_names_the_author(label: str, lang: str) -> None:
    head = f"<meta name='twitter:label1' content='{label}'>"
    head += "<meta name='twitter:data1' content='Wenna Loft'>"
    head += "<meta name='twitter:label2' content='Est. reading time'>"
    head += "<meta name='twitter:data2' content='2 minutes'>"
    assert _author("", head) == "Wenna Loft"


def test_another_twitter_label_names_no_author() -> None:
    head = "<meta name='twitter:label1' content='Est. reading time'>"
    head += "<meta name='twitter:data1' content='2 minutes'>"
    assert _author("", head) == ""


def test_a_link_to_an_editors_page_after_the_headline_is_a_byline() -> None:
    body = (
        "<div class='meta-small'><a href='https://mag.example.com/about/editors/wenna-loft/'>"
        "Wenna Loft</a><span>, <a href='https://social.example.com/wennaloft'>@wennaloft</a>"
        "</span></div>"
    )
    assert _author(body) == "Wenna Loft"


def _dated(body: str) -> str:
    html = (
        "<html lang='en'><head><title>Ferry budget passes</title></head><body><article>"
        f"<h1>Ferry budget passes</h1>{body}{_TEXT}</article></body></html>"
    )
    view = PageView.parse(html, "https://news.example.com/story/ferry-budget")
    assert view is not None
    found = view.metadata().published_at
    assert found is not None
    return found.isoformat()


def test_a_printed_time_takes_the_offset_its_time_element_states() -> None:
    # "PT": a zone no table holds; the <time>'s datetime states it
    body = "<p class='byline'>By Wenna Loft <time datetime='2016-12-22T05:00:00-0800'>Dec. 22, "
    body += "2016 5:00 a.m. PT</time></p>"
    assert _dated(body) == "2016-12-22T05:00:00-08:00"


def test_a_time_element_without_offset_takes_the_zone_its_text_states() -> None:
    body = "<p class='byline'>By Wenna Loft <time itemprop='datePublished' datetime='2022-10-11 "
    body += "08:00:00'>10/11/2022 08:00 AM EDT</time></p>"
    assert _dated(body) == "2022-10-11T08:00:00-04:00"


def test_a_time_element_without_any_zone_stays_as_read() -> None:
    body = "<p class='byline'>By Wenna Loft <time itemprop='datePublished' datetime='2022-10-11 "
    body += "08:00:00'>10/11/2022 08:00</time></p>"
    assert _dated(body) == "2022-10-11T08:00:00+00:00"


def _undated(body: str) -> str | None:
    html = (
        "<html lang='ja'><head><title>薄型キーボードを発売</title></head><body>"
        f"<h1>薄型キーボードを発売</h1><p>{'軽い打ち心地の薄型キーボードです。' * 150}</p>{body}"
        "</body></html>"
    )
    view = PageView.parse(html, "https://maker.example.jp/news/keyboard.html")
    assert view is not None
    found = view.metadata().published_at
    return found.date().isoformat() if found else None


def test_a_press_release_s_one_date_line_under_its_text_dates_it() -> None:
    body = "<table><tr><td><p class='section-last'>2019.03.05</p></td></tr></table>"
    assert _undated(body) == "2019-03-05"


def test_a_page_printing_two_days_or_a_day_in_a_sentence_only_is_not_dated_so() -> None:
    two = "<p>2019.03.05</p><p>2019.04.01</p>"
    assert _undated(two) is None
    sentence = (
        "<p>この会社は1990年8月31日に港町で設立され、それ以来ずっと地域の人々に愛される"
        "長い歴史を持つ会社として広く知られています。</p>"
    )
    assert _undated(sentence) is None


def test_an_author_meta_naming_the_copyright_s_holder_gives_way_to_the_next() -> None:
    head = "<meta name='author' content='Brightwater Holdings'>"
    head += "<meta name='copyright' content='Copyright (c) Brightwater Holdings 2022'>"
    head += "<meta property='article:author' content='Wenna Loft'>"
    assert _author("", head) == "Wenna Loft"


def test_an_author_meta_the_copyright_does_not_name_stays() -> None:
    head = "<meta name='author' content='Odo Pram'>"
    head += "<meta name='copyright' content='Copyright (c) Brightwater Holdings 2022'>"
    head += "<meta property='article:author' content='Wenna Loft'>"
    assert _author("", head) == "Odo Pram"


def test_a_blog_s_owner_named_by_the_copyright_and_alone_stays_its_author() -> None:
    head = "<meta name='author' content='Odo Pram'>"
    head += "<meta name='copyright' content='© 2022 Odo Pram'>"
    assert _author("", head) == "Odo Pram"
