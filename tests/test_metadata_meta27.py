"""Structured-data and author-value kinds of multilingual news pages (session 27, meta27):
a JSON-LD name HTML-escaped ("Redacci&oacute;n"), an article inside a WebPage's mainEntity,
a JSON-LD block with trailing commas, "Text and photos:" leads in other languages, Korean
names apart by a comma, Japanese names apart by a middle dot, and a reporter's role glued
after Han names ("山田太郎、佐藤花子記者 (AFP)")."""

from __future__ import annotations

import json
from datetime import date

import pytest

from pipeline.app.eval_pages import PageResult, read_page_metadata, score_metadata
from pipeline.pages import article_from_page
from pipeline.records import RawPage
from pipeline.web.metadata import PageView
from pipeline.web.metadata.names import split_authors

_BODY = (
    "<p>"
    + "The harbour authority approved the new ferry timetable for the winter months. " * 4
    + "</p>"
)


def _meta(head: str) -> tuple[tuple[str, ...], date | None]:
    html = (
        f"<html lang='en'><head><title>Ferry timetable - Gazette</title>{head}</head><body>"
        f"<article><h1>Ferry timetable approved</h1>{_BODY}</article></body></html>"
    )
    view = PageView.parse(html, "https://example.net/local/ferry-timetable")
    assert view is not None
    meta = view.metadata()
    return meta.authors, meta.published_at.date() if meta.published_at else None


def _ld(text: str) -> str:
    return f"<script type='application/ld+json'>{text}</script>"


_ARTICLE = {
    "@type": "NewsArticle",
    "headline": "Ferry timetable approved",
    "datePublished": "2026-01-08T10:00:00+01:00",
}


def test_jsonld_name_html_escaped() -> None:
    article = {**_ARTICLE, "author": {"@type": "Person", "name": "Mar&iacute;a Pe&ntilde;a"}}
    assert _meta(_ld(json.dumps(article))) == (("María Peña",), date(2026, 1, 8))


def test_jsonld_name_numeric_reference() -> None:
    article = {**_ARTICLE, "author": [{"@type": "Person", "name": "Sean O&#039;Neill"}]}
    assert _meta(_ld(json.dumps(article)))[0] == ("Sean O'Neill",)


def test_article_in_a_webpage_main_entity() -> None:
    page = {
        "@type": "WebPage",
        "name": "Ferry timetable approved",
        "mainEntity": {**_ARTICLE, "author": {"@type": "Person", "name": "Lena Berg"}},
    }
    assert _meta(_ld(json.dumps(page))) == (("Lena Berg",), date(2026, 1, 8))


def test_jsonld_with_trailing_commas() -> None:
    block = (
        '{"@type": "NewsArticle", "headline": "Ferry timetable approved",'
        ' "datePublished": "2026-01-08T10:00:00+01:00",'
        ' "author": [{"@type": "Person", "name": "Lena Berg",},],}'
    )
    assert _meta(_ld(block)) == (("Lena Berg",), date(2026, 1, 8))


def test_trailing_comma_inside_a_string_kept_when_json_reads() -> None:
    article = {**_ARTICLE, "author": {"@type": "Person", "name": "Lena Berg"}, "x": ",}"}
    assert _meta(_ld(json.dumps(article)))[0] == ("Lena Berg",)


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("Text und Fotos: Lena Berg", ["Lena Berg"]),
        ("Texto y fotos: Inés Robles", ["Inés Robles"]),
        ("Текст и фото: Ольга Соколова", ["Ольга Соколова"]),
        ("Testo e foto di Chiara Greco", ["Chiara Greco"]),
        ("Tekst i zdjęcia: Ewa Lis", ["Ewa Lis"]),
        ("Text and photos: Ruth Hale", ["Ruth Hale"]),
        ("Text: Lena Berg, Fotos: Jonas Krug", ["Lena Berg"]),  # unchanged: two roles
    ],
)
def test_text_and_photos_lead(value: str, names: list[str]) -> None:
    assert split_authors(value) == names


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("박서준, 한지민", ["박서준", "한지민"]),  # Korean names apart by a comma
        ("Baker, Tom", ["Baker, Tom"]),  # a surname-first name stays one
        ("松本結衣・石川悠真", ["松本結衣", "石川悠真"]),  # a Japanese list's middle dot
        ("ジョン・スミス", ["ジョン・スミス"]),  # one foreign name in katakana
        ("文・松本結衣", ["松本結衣"]),  # "text:" lead
        ("松本結衣記者、石川悠真記者", ["松本結衣", "石川悠真"]),
        ("松本結衣、石川悠真記者 (AFP)", ["松本結衣", "石川悠真"]),
        ("松本結衣、石川悠真記者 | Reuters", ["松本結衣", "石川悠真"]),
        ("松本結衣記者/dpa", ["松本結衣"]),
        ("新华社记者、王立", ["王立"]),  # an outlet's reporter: the outlet is no person
        ("王立、本报记者", ["王立"]),
        ("박서준 한지민 기자", ["박서준", "한지민"]),  # Korean reporters apart by blanks
        ("(서울=뉴스통신) 박서준 한지민 정하늘 기자 =", ["박서준", "한지민", "정하늘"]),
        ("사회부 박서준 기자", ["박서준"]),  # the desk before the name
        ("사진 박서준 기자", []),  # a photographer's credit
    ],
)
def test_cjk_lists(value: str, names: list[str]) -> None:
    assert split_authors(value) == names


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("Ray Dalton Jr.", ["Ray Dalton Jr."]),  # a generation's abbreviation keeps its dot
        ("By Ray Dalton Sr.", ["Ray Dalton Sr."]),
        ("Ray Dalton Jr", ["Ray Dalton Jr"]),
        ("Ray Dalton.", ["Ray Dalton"]),  # a closing full stop is no part of the name
    ],
)
def test_generation_suffix(value: str, names: list[str]) -> None:
    assert split_authors(value) == names


def test_one_author_meta_a_person() -> None:
    head = (
        "<meta name='author' content='Ruth Hale'><meta name='author' content='Omar Said'>"
        "<meta name='author' content='Ruth Hale'>"
    )
    assert _meta(head)[0] == ("Ruth Hale", "Omar Said")


def test_author_meta_placeholder_not_listed() -> None:
    # a template's default left before the writer's meta: the metas are no list of people
    head = "<meta name='author' content='Name'><meta name='author' content='Ruth Hale'>"
    assert _meta(head)[0] != ("Name", "Ruth Hale")


def test_open_graph_author_array() -> None:
    head = (
        "<meta property='article:author' content='Ruth Hale'>"
        "<meta property='article:author' content='Omar Said'>"
    )
    assert _meta(head)[0] == ("Ruth Hale", "Omar Said")


def test_author_meta_profile_addresses_not_joined() -> None:
    head = (
        "<meta property='article:author' content='https://www.facebook.com/ruth.hale'>"
        "<meta property='article:author' content='Omar Said'>"
    )
    assert _meta(head)[0] == ()


def test_microdata_authors_side_by_side() -> None:
    def person(name: str) -> str:
        return (
            "<span itemprop='author' itemscope itemtype='https://schema.org/Person'>"
            f"<a href='/team/{name.split()[0].lower()}' itemprop='url'>"
            f"<span itemprop='name'>{name}</span></a></span>"
        )

    html = (
        "<html lang='de'><head><title>Fährplan - Anzeiger</title></head><body><article>"
        f"<h1>Neuer Fährplan beschlossen</h1><div class='meta'>Von {person('Lena Berg')} und "
        f"{person('Jonas Krug')}</div><p>"
        + "Die Hafenbehörde hat den neuen Fahrplan für die Wintermonate beschlossen. " * 4
        + "</p></article></body></html>"
    )
    view = PageView.parse(html, "https://example.net/lokal/faehrplan")
    assert view is not None
    assert view.metadata().authors == ("Lena Berg", "Jonas Krug")


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("Олена Коваленко, редакторка", ["Олена Коваленко"]),  # the editor's role after a name
        ("Ольга Соколова, редактор", ["Ольга Соколова"]),
    ],
)
def test_editor_role_after_name(value: str, names: list[str]) -> None:
    assert split_authors(value) == names


# The day a page is dated: its structured time's day in the offset the page gives it (what
# a parser reading its JSON-LD reports), the same in the Article and in `eval`'s scoring.
def _page(ld: dict[str, object], url: str) -> bytes:
    return (
        "<html lang='en'><head><title>Ferry timetable - Gazette</title>"
        f"{_ld(json.dumps({**_ARTICLE, **ld}))}</head><body><article>"
        f"<h1>Ferry timetable approved</h1>{_BODY}</article></body></html>"
    ).encode()


@pytest.mark.parametrize(
    ("published", "url", "day"),
    [
        # a late evening west of UTC: its own day, not the UTC day after it
        ("2026-01-08T23:30:00-05:00", "https://example.net/local/ferry", "2026-01-08"),
        # a UTC time the page states nothing else about: the UTC day, as written
        ("2026-01-09T04:30:00Z", "https://example.net/local/ferry", "2026-01-09"),
        # a UTC time whose page dates itself a day before in its URL: the publisher's day
        ("2026-01-09T04:30:00Z", "https://example.net/2026/01/08/ferry", "2026-01-08"),
        # no offset at all: the day as written
        ("2026-01-08T23:30:00", "https://example.net/local/ferry", "2026-01-08"),
    ],
)
def test_the_day_as_the_page_gives_it(published: str, url: str, day: str) -> None:
    body = _page({"datePublished": published}, url)
    article = article_from_page(RawPage(url=url, body=body))
    assert article.published_at is not None
    assert article.published_at.date().isoformat() == day
    res = PageResult(name="ferry", language="en", kind="full")
    score_metadata(res, {"name": "ferry", "url": url, "published": day}, body, read_page_metadata)
    assert res.date_right


def _japanese(head: str) -> tuple[str, ...]:
    html = (
        f"<html lang='ja'><head><title>フェリー新時刻表</title>{head}</head><body><article>"
        "<h1>フェリー新時刻表を承認</h1><p>"
        + "港湾局は冬季のフェリーの新しい時刻表を承認した。関係者によると運航は続く。" * 4
        + "</p></article></body></html>"
    )
    view = PageView.parse(html, "https://example.jp/news/ferry")
    assert view is not None
    return view.metadata().authors


def test_japanese_name_with_its_blank() -> None:
    person = {**_ARTICLE, "author": {"@type": "Person", "name": "松本 結衣"}}
    assert _japanese(_ld(json.dumps(person))) == ("松本 結衣",)


def test_japanese_names_with_their_blanks_listed() -> None:
    assert _japanese("<meta name='author' content='松本 結衣、石川 悠真'>") == (
        "松本 結衣",
        "石川 悠真",
    )


def test_chinese_names_apart_by_a_blank_unchanged() -> None:
    html = (
        "<html lang='zh-CN'><head><title>轮渡新时刻表</title>"
        "<meta name='author' content='王立 陈静'></head><body><article><h1>轮渡新时刻表获批</h1><p>"
        + "港务局批准了冬季轮渡的新时刻表，有关人士表示运营将继续进行。" * 4
        + "</p></article></body></html>"
    )
    view = PageView.parse(html, "https://example.cn/news/ferry")
    assert view is not None
    assert view.metadata().authors == ("王立", "陈静")
