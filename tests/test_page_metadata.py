"""Publication dates, authors and titles of pages of unknown sites, one source kind at a time.

Every page here is a small fixture written for the test: it states its date or byline in one
way (JSON-LD, a meta, a <time>, the URL, a printed line after the title) so that a test fails
when that source stops being read, or when a lower source wins over a higher one.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from pipeline.app.evaluate import evaluate_corpus, read_metadata_gold
from pipeline.errors import InputError
from pipeline.text.dates import SHANGHAI, date_in_text, date_in_url
from pipeline.web.metadata import (
    Metadata,
    PageView,
    clean_title,
    is_organisation,
    site_keys,
    split_authors,
    usable_title,
)

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "benchmarks" / "extraction" / "metadata-gold.tsv"
SHARED_EVAL = ROOT.parent / "shared" / "eval"
# an article body longer than the text read for a byline date after the title (400 characters)
_BODY = "<p>" + "The council met on the budget and voted after a long debate. " * 8 + "</p>"


def page(
    head: str = "",
    byline: str = "",
    *,
    title: str = "Council votes the budget",
    before: str = "",
    after: str = "",
    lang: str = "en",
) -> str:
    """A page: `head` in <head>, `before` above the <h1>, `byline` just under it, the body,
    then `after` (a related-articles list)."""
    return (
        f"<html lang='{lang}'><head><title>{title}</title>{head}</head><body>"
        f"<header>{before}</header><article><h1>{title}</h1>{byline}{_BODY}</article>"
        f"{after}</body></html>"
    )


def meta_of(html: str, url: str = "", now: datetime | None = None) -> Metadata:
    view = PageView.parse(html, url)
    assert view is not None
    return view.metadata(now=now)


def ld(obj: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


def day(meta: Metadata) -> str | None:
    return meta.published_at.date().isoformat() if meta.published_at else None


# --- publication date: each source kind ------------------------------------------------------


def test_jsonld_date_in_a_nested_graph_keeps_its_zone_and_the_modified_date_apart() -> None:
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebSite", "name": "Example"},
            {
                "@type": "ReportageNewsArticle",
                "datePublished": "2026-01-08T18:21:00+08:00",
                "dateModified": "2026-01-09T07:00:00+08:00",
            },
        ],
    }
    meta = meta_of(page(ld(graph)))
    assert meta.published_at == datetime(2026, 1, 8, 18, 21, tzinfo=timezone(timedelta(hours=8)))
    assert meta.modified_at is not None and meta.modified_at.date().isoformat() == "2026-01-09"


@pytest.mark.parametrize(
    ("head", "iso"),
    [
        ('<meta property="article:published_time" content="2026-01-08T10:00:00Z">', "2026-01-08"),
        ('<meta name="parsely-pub-date" content="2026-01-07T23:30:00-05:00">', "2026-01-07"),
        ('<meta name="sailthru.date" content="2026-01-06 09:00:00">', "2026-01-06"),
        ('<meta name="dc.date" content="2026-01-05">', "2026-01-05"),
        ('<meta name="pubdate" content="20260104">', "2026-01-04"),
        ('<meta name="originalpublicationdate" content="2026/01/03 00:33:34">', "2026-01-03"),
    ],
)
def test_date_metas(head: str, iso: str) -> None:
    assert day(meta_of(page(head))) == iso


def test_time_element_marked_as_the_publication() -> None:
    byline = '<p><time itemprop="datePublished" datetime="2026-01-08T09:00:00+01:00">8 Jan</time>'
    assert day(meta_of(page(byline=byline + "</p>"))) == "2026-01-08"


def test_url_dates_in_the_path_and_in_a_query_value() -> None:
    assert day(meta_of(page(), "https://news.example/2026/01/08/budget/")) == "2026-01-08"
    assert day(meta_of(page(), "https://news.example/a/20260108/42.html")) == "2026-01-08"
    assert date_in_url("https://h.example/hl?a=20260108-35097838-cnetj", UTC) is not None
    assert date_in_url("https://h.example/item?id=1234520260108999", UTC) is None


@pytest.mark.parametrize(
    ("byline", "lang", "iso"),
    [
        ("<p>Publié le 8 janvier 2026 à 14h30</p>", "fr", "2026-01-08T14:30:00+00:00"),
        ("<p>By Jo Bloggs | January 8, 2026 10:30 a.m. EST</p>", "en", "2026-01-08T10:30:00-05:00"),
        ("<p>8 Jan 2026</p>", "en", "2026-01-08T00:00:00+00:00"),
        ("<p>Thu, 08 Jan 2026 10:00:00 +0000</p>", "en", "2026-01-08T10:00:00+00:00"),
        ("<p>2026年1月8日 18:21 来源：某报</p>", "zh", "2026-01-08T18:21:00+08:00"),
        ("<p>2026-01-08 12:30</p>", "en", "2026-01-08T12:30:00+00:00"),
        ("<p>Пятница, 9 января 2026 г., 10:35</p>", "ru", "2026-01-09T10:35:00+00:00"),
        # (the time in brackets is the publication's: dates35)
        ("<p>Sobota, 31 grudnia 2025 (06:50)</p>", "pl", "2025-12-31T06:50:00+00:00"),
        ("<p>8. Januar 2026, 08.28 Uhr</p>", "de", "2026-01-08T08:28:00+00:00"),
        ("<p>1 de diciembre de 2025 3:00 AM PST</p>", "es", "2025-12-01T03:00:00-08:00"),
        ("<p>18 Maggio 2025 alle 09:22</p>", "it", "2025-05-18T09:22:00+00:00"),
        ("<p>21.dez.2025 às 12h55</p>", "pt", "2025-12-21T12:55:00+00:00"),
        ("<p>Δημοσίευση: 05 Ιαν. 2026, 10:17</p>", "el", "2026-01-05T10:17:00+00:00"),
        ("<p>Mayıs 16, 2025 12:41</p>", "tr", "2025-05-16T12:41:00+00:00"),
        ("<p>8 januari 2026</p>", "nl", "2026-01-08T00:00:00+00:00"),
        ("<p>четверг, 08.01.2026, 10:43</p>", "ru", "2026-01-08T10:43:00+00:00"),
    ],
)
def test_dates_printed_under_the_title(byline: str, lang: str, iso: str) -> None:
    meta = meta_of(page(byline=byline, lang=lang))
    assert meta.published_at is not None and meta.published_at.isoformat() == iso


def test_numeric_slash_dates_are_month_first_only_in_english_text() -> None:
    assert day(meta_of(page(byline="<p>Posted: 01/11/2026 12:16 PM</p>"))) == "2026-01-11"
    # a Russian page declared "en" (a common template default) prints day first
    russian = (
        "<html lang='en'><body><h1>Анджелина Джоли ответила критикам</h1><p>09/12/2025 13:40</p>"
        "<p>Актриса ответила на обвинения в плагиате в интервью газете.</p></body></html>"
    )
    assert day(meta_of(russian)) == "2025-12-09"
    assert day(meta_of(page(byline="<p>16/12/25-15:42</p>", lang="el"))) == "2025-12-16"


def test_a_month_name_of_another_language_is_read_on_a_page_declared_wrongly() -> None:
    greek_as_english = page(byline="<p>05 Ιανουαρίου 2026, 18:05</p>", lang="en-us")
    assert day(meta_of(greek_as_english)) == "2026-01-05"


NOW = datetime(2026, 1, 9, 12, 0, tzinfo=SHANGHAI)


@pytest.mark.parametrize(
    ("byline", "iso"),
    [
        ("<p>昨天 18:21</p>", "2026-01-08T18:21:00+08:00"),
        ("<p>3小时前 来源：某报</p>", "2026-01-09T09:00:00+08:00"),
        ("<p>Updated 2 hours ago</p>", "2026-01-09T10:00:00+08:00"),
    ],
)
def test_relative_dates_against_the_fetch_time(byline: str, iso: str) -> None:
    meta = meta_of(page(byline=byline, lang="zh"), now=NOW)
    assert meta.published_at is not None and meta.published_at.isoformat() == iso
    assert meta_of(page(byline=byline, lang="zh")).published_at is None  # no fetch time


@pytest.mark.parametrize(
    ("byline", "lang", "iso"),
    [
        ("<p>Von Jo Bloggs, vor 2 Stunden</p>", "de", "2026-01-09T10:00:00+08:00"),
        ("<p>2 часа назад</p>", "ru", "2026-01-09T10:00:00+08:00"),
        ("<p>Publié il y a 3 heures</p>", "fr", "2026-01-09T09:00:00+08:00"),
        ("<p>hace 2 días</p>", "es", "2026-01-07T12:00:00+08:00"),
        ("<p>5 minuti fa</p>", "it", "2026-01-09T11:55:00+08:00"),
        ("<p>3 godziny temu</p>", "pl", "2026-01-09T09:00:00+08:00"),
        ("<p>πριν από 1 ώρα</p>", "el", "2026-01-09T11:00:00+08:00"),
        ("<p>gestern, 18:21</p>", "de", "2026-01-08T18:21:00+08:00"),
        ("<p>вчера в 10:15</p>", "ru", "2026-01-08T10:15:00+08:00"),
    ],
)
def test_relative_dates_in_european_languages(byline: str, lang: str, iso: str) -> None:
    meta = meta_of(page(byline=byline, lang=lang), now=NOW)
    assert meta.published_at is not None and meta.published_at.isoformat() == iso


def test_relative_words_inside_sentences_are_not_dates() -> None:
    for sentence in (
        "<p>〔中央社〕春節連假，國內外旅遊行程都很搶手，疾病管制局今天表示，應避免接觸禽鳥。</p>",
        "<p>The health minister said yesterday that the clinics would stay open all winter.</p>",
        "<p>Heute hat der Rat den Haushalt nach einer langen Debatte beschlossen.</p>",
        "<p>The mayor spoke for 2 hours before the vote.</p>",
        "<p>Il y a 10 ans, la ville votait le même budget.</p>",
    ):
        assert meta_of(page(byline=sentence), now=NOW).published_at is None, sentence


def test_jsonld_wrapped_in_cdata_is_read() -> None:
    block = ld({"@type": "NewsArticle", "datePublished": "2026-01-06T22:00:00Z"})
    wrapped = block.replace(">{", "><![CDATA[ {").replace("}</", "} ]]></")
    assert "CDATA" in wrapped
    assert day(meta_of(page(head=wrapped))) == "2026-01-06"


def test_the_article_scope_date_beats_a_video_scope_date_before_it() -> None:
    video = (
        "<div itemscope itemtype='https://schema.org/VideoObject'>"
        "<meta itemprop='datePublished' content='2026-01-09T13:00:00Z'></div>"
    )
    article = (
        "<div itemscope itemtype='https://schema.org/Article'>"
        "<meta itemprop='datePublished' content='2026-01-08T19:46:00Z'></div>"
    )
    assert day(meta_of(page(before=video, after=article))) == "2026-01-08"
    assert day(meta_of(page(before=video))) == "2026-01-09"  # the only one


def headline_page(heading: str, date_line: str = "", after_title: str = "") -> str:
    """A page whose <h1> is `heading` (the site's name) and whose title sits in a div."""
    return (
        "<html lang='el'><head><title>Council votes the budget | The Daily</title></head><body>"
        f"<h1>{heading}</h1><div class='nav'>Σάββατο, 10/01/2026</div>"
        f"<div class='story'>{date_line}<div class='article-title'>Council votes the budget</div>"
        f"{after_title}{_BODY}</div></body></html>"
    )


def test_the_headline_is_the_node_holding_the_title_when_the_h1_is_the_sites_name() -> None:
    # the date after the site-name <h1> is the day of the fetch; the article's follows its title
    html = headline_page("The Daily", after_title="<p>| 08/01/2026 | Jo Bloggs</p>")
    assert day(meta_of(html)) == "2026-01-08"
    no_h1 = html.replace("<h1>The Daily</h1>", "")
    assert day(meta_of(no_h1)) == "2026-01-08"


def test_a_date_line_right_above_the_headline_and_a_date_inside_it() -> None:
    above = headline_page(
        "The Daily", date_line="<p class='article-date-info'>Δημοσίευση: 05 Ιαν. 2026, 10:17</p>"
    )
    assert day(meta_of(above)) == "2026-01-05"
    inside = page(title="Council votes the budget").replace(
        "<h1>Council votes the budget</h1>",
        "<h1>Council votes the budget <i>05.01.26 13:00</i></h1>",
    )
    assert day(meta_of(inside)) == "2026-01-05"


# --- publication date: which source wins, and false dates -------------------------------------


def test_structured_date_beats_a_meta_a_time_element_a_printed_date_and_the_url() -> None:
    html = page(
        ld({"@type": "NewsArticle", "datePublished": "2026-01-08T08:00:00Z"})
        + '<meta property="article:published_time" content="2026-01-07T08:00:00Z">',
        '<p><time itemprop="datePublished" datetime="2026-01-06">6 Jan</time> 5 January 2026</p>',
    )
    assert day(meta_of(html, "https://news.example/2026/01/04/x")) == "2026-01-08"


def test_meta_beats_the_time_element_and_the_time_element_beats_printed_text() -> None:
    time_el = '<p><time itemprop="datePublished" datetime="2026-01-06">6 Jan</time></p>'
    with_meta = page('<meta name="pubdate" content="2026-01-07">', time_el)
    assert day(meta_of(with_meta)) == "2026-01-07"
    assert day(meta_of(page(byline=time_el + "<p>5 January 2026</p>"))) == "2026-01-06"


def test_printed_date_beats_the_url_date_nearby() -> None:
    html = page(byline="<p>January 9, 2026 07:10</p>")
    assert day(meta_of(html, "https://news.example/2026/01/08/x")) == "2026-01-09"


def test_the_header_date_above_the_title_is_not_the_publication_date() -> None:
    # a portal header prints the day the page was fetched; the byline date is the article's
    html = page(
        byline="<p>5 January 2026</p>", before="<div class='today'>Friday 9 January 2026</div>"
    )
    assert day(meta_of(html)) == "2026-01-05"
    # without a byline the header's day is read as an edition's (dates35), but not on the
    # fetch's day: a "today" clock then prints it
    no_byline = page(before="<div class='date'>Friday 9 January 2026</div>")
    assert meta_of(no_byline, now=datetime(2026, 1, 9, 12, tzinfo=UTC)).published_at is None


def test_related_article_dates_far_below_the_title_are_not_taken() -> None:
    related = "<ul class='related'>" + "<li>Older story, 3 March 2024</li>" * 3 + "</ul>"
    assert meta_of(page(after=related)).published_at is None
    html = page(byline="<p>By Jo Bloggs, 8 January 2026</p>", after=related)
    assert day(meta_of(html)) == "2026-01-08"


def test_a_page_date_far_from_the_url_date_or_after_the_fetch_time_is_refused() -> None:
    far = page(byline="<p>3 March 2024</p>")  # a teaser of another article near the title
    assert day(meta_of(far, "https://news.example/2026/01/08/x")) == "2026-01-08"
    future = page(byline="<p>Concert on 20 March 2026</p>", lang="en")
    assert meta_of(future, now=datetime(2026, 1, 9, tzinfo=UTC)).published_at is None


def test_copyright_years_and_bare_numbers_are_not_dates() -> None:
    html = page(byline="<p>© 2026 Example Media. 1234567890 views</p>")
    assert meta_of(html).published_at is None
    assert date_in_text("Copyright 2025-2026, all rights reserved", UTC) is None


# --- authors ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("By Alice Martin and Bob Stone", ["Alice Martin", "Bob Stone"]),
        ("Par Claire Dumas et Jean Roux", ["Claire Dumas", "Jean Roux"]),
        ("作者：张三、李四", ["张三", "李四"]),
        ("记者 王五", ["王五"]),
        ("记者 张三 李四 通讯员 王五", ["张三", "李四"]),
        ("责任编辑：黄忆南", []),
        ("Von Anna Schmidt und Jonas Weber", ["Anna Schmidt", "Jonas Weber"]),
        ("Por Ana García y Luis Pérez", ["Ana García", "Luis Pérez"]),
        ("Ana Sousa e Rui Costa", ["Ana Sousa", "Rui Costa"]),
        ("Jan Kowalski i Anna Nowak", ["Jan Kowalski", "Anna Nowak"]),
        ("Alice Martin, Bob Stone & Carol Wu", ["Alice Martin", "Bob Stone", "Carol Wu"]),
        ("Smith, John", ["Smith, John"]),
        ("By Jo Bloggs | Reuters", ["Jo Bloggs"]),
        ("Jo Bloggs jo.bloggs@example.com", ["Jo Bloggs"]),
        ("By Nick Triggle\nHealth correspondent, BBC News", ["Nick Triggle"]),
        ("TOM KRISHER, AP Auto Writer", ["TOM KRISHER"]),
        ("Konrad Cinkowski 04.05.2026, 22:58", ["Konrad Cinkowski"]),
        ("Jean-Luc Aufranc (CNXSoft)", ["Jean-Luc Aufranc", "CNXSoft"]),
        ("Felipe Pereira e Do UOL, em Porto Alegre", ["Felipe Pereira"]),
        ("Dan Heching, CNN", ["Dan Heching"]),  # an outlet in capitals after the name
        ("Staff Writer", []),
        ("Los Angeles Times", []),
        ("The Associated Press", []),
        ("新华社", []),
        # byline furniture no name holds, and a lead whose name stands elsewhere
        ("该作者文章", []),
        ("发布于北京", []),
        ("好看的hk\n粉丝\n关注\n+加关注", ["好看的hk"]),
        ("Un documentaire de", []),
        ("新浪财经", []),
        ("中文学术期刊, Hans Publishers", []),
        # a two-character name spaced to the width of three; a role before the name
        ("赵  培", ["赵培"]),
        ("作者：见习编辑 李琼皙", ["李琼皙"]),
        # a sentence cut at its commas is no list of names, not even its short pieces
        ("注意到，在长达一万八千多字的报告中，除了对刚刚过去一年的总结外", []),
        ("半月谈记者谭飞王艳明闫鹃", []),
        # the label of the date printed after the name, its digits in another text node
        ("GM FRK. Data publikacji Pią", ["GM FRK"]),
        ("Jan Kowalski\nOpublikowano: wt", ["Jan Kowalski"]),
        ("Jo Bloggs Published", ["Jo Bloggs"]),
        # a name printed twice over (a screen-reader copy inside its link)
        ("Kristen Falc'honKristen Falc'hon", ["Kristen Falc'hon"]),
    ],
)
def test_split_authors(value: str, names: list[str]) -> None:
    assert split_authors(value) == names


def test_the_site_itself_is_not_an_author() -> None:
    keys = site_keys("UOL", "https://noticias.uol.com.br/x", "CNXSoft")
    assert split_authors("Felipe Pereira e UOL", keys) == ["Felipe Pereira"]
    # (without the site's keys a word in title case after "e" reads as a double surname:
    # "José Volta e Pinto", session 28)
    assert split_authors("Felipe Pereira e Uol") == ["Felipe Pereira e Uol"]
    assert split_authors("Felipe Pereira e Uol", keys) == ["Felipe Pereira"]
    assert split_authors("Jean-Luc Aufranc (CNXSoft)", keys) == ["Jean-Luc Aufranc"]
    assert is_organisation("Sportowefakty", site_keys(None, "https://sportowefakty.wp.pl/a"))
    # a person named inside the site's name is still a person: "敦士" of "敦士オフィシャルブログ"
    assert not is_organisation("敦士", site_keys("敦士オフィシャルブログ"))


def test_jsonld_people_of_every_shape() -> None:
    author = [
        {"@type": "Person", "name": "Alice Martin"},
        "Bob Stone",
        {"@type": "Person", "name": ["Carol Wu", "Dan Lee"]},
    ]
    meta = meta_of(page(ld({"@type": "NewsArticle", "author": author})))
    assert meta.authors == ("Alice Martin", "Bob Stone", "Carol Wu", "Dan Lee")


def test_an_organisation_author_gives_way_to_the_byline() -> None:
    head = ld({"@type": "NewsArticle", "author": {"@type": "Organization", "name": "Daily Planet"}})
    head += '<meta name="author" content="Daily Planet Media">'
    head += '<meta property="article:author" content="https://facebook.com/dailyplanet">'
    byline = "<div class='byline'>By <a href='/people/lois'>Lois Lane</a>, Staff Writer</div>"
    assert meta_of(page(head, byline)).authors == ("Lois Lane",)


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        (
            "<span itemprop='author'><span itemprop='name'>Ana Sandoiu</span></span>",
            ("Ana Sandoiu",),
        ),
        ("<a rel='author' href='/a/1'>Dan Goodin</a>", ("Dan Goodin",)),
        ("<div class='article-byline'>Written by Liz Scherer</div>", ("Liz Scherer",)),
        ("<p>By</p><p>Sean Poulter</p><p>Last updated at 3:23 PM</p>", ("Sean Poulter",)),
        ("<p>Par</p><p>Claire Dumas et Jean Roux</p>", ("Claire Dumas", "Jean Roux")),
        ("<p>作者：孙仲旻</p>", ("孙仲旻",)),
    ],
)
def test_byline_markup_and_printed_bylines(byline: str, names: tuple[str, ...]) -> None:
    assert meta_of(page(byline=byline)).authors == names


def test_a_person_named_as_publisher_is_credited_not_taken_for_the_site() -> None:
    head = ld(
        {"@type": "PodcastEpisode", "publisher": {"type": "Person", "name": "Kristen Falc'hon"}}
    )
    byline = "<p class='authors'>Un documentaire de <a href='/a/k'>Kristen Falc'hon</a></p>"
    assert meta_of(page(head, byline)).authors == ("Kristen Falc'hon",)


def test_a_script_inside_a_byline_is_not_read_as_a_name() -> None:
    byline = (
        "<p class='byline'>By: Staff Writer | Comments: <span>0</span> "
        "<script>getCommentCount(137106213)</script><script>document.write(niceDate(d))</script></p>"
    )
    # (the desk alone is the author since session 31, `web.metadata.declareddesks`)
    assert meta_of(page(byline=byline)).authors == ("Staff Writer",)
    named = "<p class='byline'>By Jo Bloggs <script>getCommentCount(1)</script></p>"
    assert meta_of(page(byline=named)).authors == ("Jo Bloggs",)


def test_a_login_box_or_a_comment_form_is_no_byline() -> None:
    login = (
        "<div class='author-login'><a href='/login'>Log in</a> <a href='/join'>Register</a></div>"
        "<form class='comment-author'><input name='author'><a href='/help'>Mary Help</a></form>"
    )
    assert meta_of(page(byline=login)).authors == ()
    # a hidden field (an id the follow button posts) makes no form of a byline
    hidden = (
        "<div class='author'><a href='/p/jo'>Jo Bloggs</a><input type='hidden' value='7'></div>"
    )
    assert meta_of(page(byline=hidden)).authors == ("Jo Bloggs",)


def test_comment_authors_and_author_bios_are_not_the_byline() -> None:
    comments = "<div class='comments'><p class='author'>makuzy</p><p class='author'>sojka</p></div>"
    bio = "<div class='author-bio'>Jo Bloggs writes about food and travel since 2001.</div>"
    assert meta_of(page(after=comments + bio)).authors == ()


def test_coauthors_in_the_author_meta_or_after_a_joining_word_in_the_byline() -> None:
    head = ld({"@type": "NewsArticle", "author": {"@type": "Person", "name": "Ann Lee"}})
    head += "<meta name='cxenseparse:author' content='Ann Lee|Bo Chan'>"
    assert meta_of(page(head=head)).authors == ("Ann Lee", "Bo Chan")
    byline = (
        "<p class='signature'>Par <span itemprop='author' class='auteur'><a href='/journaliste/ann-lee/'>Ann Lee</a>"
        " (avec Bo Chan et Cy Roy)</span></p>"
    )
    assert meta_of(page(byline=byline, lang="fr")).authors == ("Ann Lee", "Bo Chan", "Cy Roy")
    bio = (
        "<div class='author'><a href='/p/ann'>Ann Lee</a> covered technology, finance,"
        " and the economy</div>"
    )
    assert meta_of(page(byline=bio)).authors == ("Ann Lee",)


def test_the_visible_byline_beats_a_jsonld_author_that_a_meta_contradicts() -> None:
    head = ld({"@type": "NewsArticle", "author": {"@type": "Person", "name": "Ed Itor"}})
    byline = "<div class='author'><span>Penulis</span> <a href='/p/ann'>Ann Lee</a></div>"
    agreeing = head + "<meta name='content_author' content='Ann Lee'>"
    assert meta_of(page(head=agreeing, byline=byline)).authors == ("Ann Lee",)
    # no second source, but the page prints the JSON-LD's person elsewhere: it stays
    printed = byline + "<p>Ed Itor edited this report.</p>"
    assert meta_of(page(head=head, byline=printed)).authors == ("Ed Itor",)
    # a JSON-LD person the page never prints (the account that posted it): the byline
    assert meta_of(page(head=head, byline=byline)).authors == ("Ann Lee",)


def test_a_link_naming_its_own_site_and_a_label_are_not_authors() -> None:
    byline = (
        "<div class='author-info'><div class='sourcename'>"
        "<a href='http://www.techinsider.io'>Tech Insider</a></div>"
        "<span class='authorname'>Alex Perry</span></div>"
    )
    assert meta_of(page(byline=byline)).authors == ("Alex Perry",)
    label = "<div class='author'>ПО МАТЕРИАЛАМ: </div>"
    assert meta_of(page(byline=label, lang="ru")).authors == ()


def test_meta_authors_that_are_profile_urls_are_skipped() -> None:
    head = '<meta property="article:author" content="https://www.example.com/profile/jo">'
    head += '<meta name="parsely-author" content="Jo Bloggs">'
    assert meta_of(page(head)).authors == ("Jo Bloggs",)


# --- titles ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "site", "url", "clean"),
    [
        (
            "Council votes the budget - The Daily Planet",
            "The Daily Planet",
            "",
            "Council votes the budget",
        ),
        ("Council votes the budget | Planet", "Planet", "", "Council votes the budget"),
        ("Planet: Council votes the budget", "Planet", "", "Council votes the budget"),
        ("油价下调_新浪财经_新浪网", None, "https://finance.sina.com.cn/x", "油价下调"),
        ("油价下调 - 36氪", "36氪", "", "油价下调"),
        # the "_Channel_Site" tail left once the host's name is cut
        (
            "短视频与大众文化生产_要闻_电影网_1905.com",
            None,
            "https://www.1905.com/n/1",
            "短视频与大众文化生产",
        ),
        # a site's name holding a separator itself
        (
            "La retraite est un archaïsme | AOC media - Analyse Opinion Critique",
            "AOC media - Analyse Opinion Critique",
            "https://aoc.media/analyse/1",
            "La retraite est un archaïsme",
        ),
        (
            "Council votes the budget - Example",
            None,
            "https://www.example.com/a",
            "Council votes the budget",
        ),
        # the site name is cut, the headline keeps its own dash and colon
        (
            "Budget: a long night - in pictures | Planet",
            "Planet",
            "",
            "Budget: a long night - in pictures",
        ),
        # no known site part: a headline with a colon stays whole
        ("Breaking: storm hits the coast", None, "", "Breaking: storm hits the coast"),
        ("Planet", "Planet", "", "Planet"),
        # a fullwidth colon before the site's name is a separator; inside a headline it stays
        ("港の新ターミナルが開業：日刊みなと", "日刊みなと", "", "港の新ターミナルが開業"),
        ("专访：港口新码头开通", "港口日报", "", "专访：港口新码头开通"),
    ],
)
def test_clean_title(title: str, site: str | None, url: str, clean: str) -> None:
    assert clean_title(title, site, url) == clean


def test_title_from_og_title_without_the_site_suffix() -> None:
    head = '<meta property="og:title" content="Council votes the budget | Planet">'
    head += '<meta property="og:site_name" content="Planet">'
    assert meta_of(page(head)).title == "Council votes the budget"


# --- scoring: --metadata-gold ------------------------------------------------------------------


@pytest.fixture
def gold_corpus(tmp_path: Path) -> Path:
    pages = {
        "jsonld": page(ld({"@type": "NewsArticle", "datePublished": "2026-01-08T10:00:00Z"})),
        "byline": page(byline="<p>By Alice Martin and Bob Stone, 7 January 2026</p>"),
        "nothing": page(),
    }
    (tmp_path / "p").mkdir()
    rows = ["name\tlanguage\turl\tdir\n"]
    for name, html in pages.items():
        (tmp_path / "p" / f"{name}.html").write_text(html, encoding="utf-8")
        (tmp_path / "p" / f"{name}.txt").write_text(_BODY[3:-4], encoding="utf-8")
        rows.append(f"{name}\ten\t\tp\n")
    (tmp_path / "manifest.tsv").write_text("".join(rows), encoding="utf-8")
    gold = (
        "corpus\tname\tlanguage\tpublished\tauthors\n"
        "c\tjsonld\ten\t2026-01-08\t\n"
        "c\tbyline\ten\t2026-01-07\tAlice Martin|Bob Stone\n"
        "c\tnothing\ten\t2026-01-01\tJo Bloggs\n"
    )
    (tmp_path / "gold.tsv").write_text(gold, encoding="utf-8")
    return tmp_path


def test_metadata_gold_is_joined_by_page_name_and_blank_cells_are_not_scored(
    gold_corpus: Path,
) -> None:
    gold = read_metadata_gold(gold_corpus / "gold.tsv")
    assert gold["jsonld"] == {"published": "2026-01-08"}  # blank authors: not annotated
    result = evaluate_corpus(gold_corpus, metadata_gold=gold)
    pages = {p["name"]: p for p in result["per_page"]}
    assert [pages[n]["date_right"] for n in ("jsonld", "byline", "nothing")] == [True, True, False]
    assert pages["jsonld"]["author_f1"] is None
    assert pages["byline"]["author_f1"] == 1.0 and pages["nothing"]["author_f1"] == 0.0
    assert result["metadata"]["date_accuracy"] == pytest.approx(2 / 3)
    assert result["metadata_by_language"]["en"]["author_pages"] == 2


def test_eval_extraction_metadata_gold_option_and_its_bad_input(gold_corpus: Path) -> None:
    cmd = [sys.executable, "-m", "pipeline.app.cli", "eval", "extraction", str(gold_corpus)]
    done = subprocess.run(
        [*cmd, "--metadata-gold", str(gold_corpus / "gold.tsv")],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert "date right (same day): 0.667 on 3 pages" in done.stdout
    assert "author F1: 0.500 on 2 pages" in done.stdout
    (gold_corpus / "bad.tsv").write_text("name\tpublished\njsonld\tsoon\n", encoding="utf-8")
    bad = subprocess.run(
        [*cmd, "--metadata-gold", str(gold_corpus / "bad.tsv")],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert bad.returncode == 2 and "Traceback" not in bad.stderr
    assert "bad.tsv:2" in bad.stderr and "not a date" in bad.stderr
    with pytest.raises(InputError):
        read_metadata_gold(gold_corpus / "missing.tsv")
    # a page annotated twice: the second row replaced the first whole, its date lost
    twice = gold_corpus / "twice.tsv"
    twice.write_text("name\tpublished\tauthors\njsonld\t2026-01-08\t\njsonld\t\tA\n", "utf-8")
    with pytest.raises(InputError, match="twice.tsv:3: jsonld is annotated twice"):
        read_metadata_gold(twice)
    # a file with no header naming `name` (and so no row): an empty gold scored nothing
    headless = gold_corpus / "headless.tsv"
    headless.write_text("jsonld\t2026-01-08\n", "utf-8")
    with pytest.raises(InputError, match="missing column: name"):
        read_metadata_gold(headless)


def test_the_project_gold_file_is_well_formed_and_names_corpus_pages() -> None:
    gold = read_metadata_gold(GOLD)
    assert len(gold) >= 150
    assert sum("published" in g for g in gold.values()) >= 150
    if not SHARED_EVAL.is_dir():
        pytest.skip("../shared/eval is absent: the pages the gold names cannot be checked")
    names: set[str] = set()
    for corpus in ("extraction", "extraction-wide"):
        manifest = (SHARED_EVAL / corpus / "manifest.tsv").read_text(encoding="utf-8")
        names.update(line.split("\t", 1)[0] for line in manifest.splitlines()[1:])
    assert set(gold) <= names


def test_the_held_out_gold_is_well_formed_and_apart_from_the_dev_gold() -> None:
    held_out = read_metadata_gold(GOLD.with_name("metadata-gold-heldout.tsv"))
    assert len(held_out) >= 80
    assert sum("published" in g for g in held_out.values()) >= 80
    assert not set(held_out) & set(read_metadata_gold(GOLD))


@pytest.mark.parametrize(
    "markup",
    [
        '<p><time datetime="2016-11-15T07:00:00.000Z">1 day ago</time></p>',
        '<p>明報 - <abbr title="2016-11-15T07:00:00Z">3小時前</abbr></p>',
        '<div class="meta"><span title="2016-11-15 15:00:00+08:00">昨天</span></div>',
    ],
)
def test_a_relative_time_gives_way_to_the_date_its_markup_holds(markup: str) -> None:
    """A page read long after it was made (an archive, a replay) says "1 day ago" of the day
    it was made: the date in the element's datetime or title is that day, the fetch time
    minus a day is not."""
    meta = meta_of(page(byline=markup), now=NOW)
    assert meta.published_at is not None
    assert meta.published_at.astimezone(UTC).isoformat() == "2016-11-15T07:00:00+00:00"
    bare = re.sub(r" (datetime|title)=\"[^\"]*\"", "", markup)  # the same text, no date behind
    found = meta_of(page(byline=bare), now=NOW).published_at
    assert found is not None and found.date().isoformat() in ("2026-01-08", "2026-01-09")


@pytest.mark.parametrize(
    ("head", "url", "canonical"),
    [
        # a template's default left in every article: the article's own URL stands
        ('<link rel="canonical" href="https://news.example.org/">', "", "A"),
        ('<link rel="canonical" href="/">', "", "A"),
        ('<meta property="og:url" content="https://news.example.org">', "", "A"),
        ('<link rel="canonical" href="https://news.example.org/index.html">', "", "A"),
        # an article's canonical, another host's too (syndication), is kept
        ('<link rel="canonical" href="/2026/01/08/budget">', "", "/2026/01/08/budget"),
        ('<link rel="canonical" href="https://wire.example.com/a/77">', "", "WIRE"),
        # the front page's own canonical is its front page
        ('<link rel="canonical" href="https://news.example.org/">', "FRONT", "FRONT/"),
    ],
)
def test_a_front_page_is_no_article_s_canonical_url(head: str, url: str, canonical: str) -> None:
    """Every article of a site naming its front page as canonical made them all one record
    in the store, each crawled page stored over the last."""
    page_url = "https://news.example.org" if url == "FRONT" else "https://news.example.org/a/1?id=5"
    found = meta_of(page(head=head), url=page_url).canonical
    expected = {
        "A": page_url,
        "WIRE": "https://wire.example.com/a/77",
        "FRONT/": "https://news.example.org/",
    }.get(canonical, "https://news.example.org" + canonical)
    assert found == expected


@pytest.mark.parametrize(
    ("title", "h1", "expected"),
    [
        ("CCTV.com- 央视论坛 :: null", "", None),  # a template's empty variable
        ("undefined | Example News", "", None),
        ("-铜雀历史网", "疫情政策怎么投诉举报", "疫情政策怎么投诉举报"),  # the article's part empty
        ("1", "", None),  # no letter
        ("公視新聞網", "", None),  # the site's name, not a headline
        ("经济参考网_(新闻)", "", None),
        ("人間衛視", "網購超商年菜 注意保存方式", "網購超商年菜 注意保存方式"),
        ("Council votes the budget - Example News", "", "Council votes the budget"),
    ],
)
def test_a_placeholder_or_empty_title_part_is_no_title(
    title: str, h1: str, expected: str | None
) -> None:
    from pipeline.extract import extract_article
    from pipeline.records import RawPage

    assert usable_title(title) in (None, title) and usable_title("None of the above") is not None
    body = "".join(
        f"<p>第{i}段：市议会今天就预算进行了长时间辩论，学校和道路的经费是焦点。</p>"
        for i in range(6)
    )
    heading = f"<h1>{h1}</h1>" if h1 else ""
    html = f"<html><head><title>{title}</title></head><body>{heading}{body}</body></html>"
    article = extract_article(RawPage(url="https://news.example.com/a/1", body=html.encode()))
    if expected is None:  # no title anywhere: the first sentence of the text
        assert article.title == "第0段：市议会今天就预算进行了长时间辩论，学校和道路的经费是焦点。"
    else:
        assert article.title == expected


def test_the_site_s_default_share_image_or_logo_is_no_lead_image() -> None:
    head = (
        '<meta property="og:image" content="https://cdn.example.org/img/facebook-default-wide.jpg">'
        + ld({"@type": "NewsArticle", "image": ["/img/site_logo.png", "/2026/01/council.jpg"]})
    )
    meta = meta_of(page(head), url="https://news.example.org/a/1")
    assert meta.images == ("https://news.example.org/2026/01/council.jpg",)
    # Drupal keeps every upload under sites/default/files: the folder says nothing
    kept = '<meta property="og:image" content="https://x.example/sites/default/files/vote.jpg">'
    assert meta_of(page(kept)).images == ("https://x.example/sites/default/files/vote.jpg",)


@pytest.mark.parametrize(
    ("description", "summary"),
    [
        ("Council votes the budget", None),  # the title again
        ("Council votes the budget,", None),
        ("云南日报网,2013,云南,云南网", None),  # the site's keywords
        ("#", None),
        ("The vote came after a long debate on schools, roads and libraries.", "same"),
        ("行 政 會 議 通 過 新 的 指 標\n第二行", "same"),  # kept as written
    ],
)
def test_a_description_that_says_nothing_more_is_no_summary(
    description: str, summary: str | None
) -> None:
    head = f'<meta name="description" content="{description}">'
    found = meta_of(page(head)).summary
    assert found == (description if summary == "same" else summary)
