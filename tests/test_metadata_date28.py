"""Publication dates htmldate reads and we did not (session 28, helper date28; the kinds the
public date sets showed): the publication metas of other CMSs and analytics tags (cXense's,
Bonnier's, Mediator's ...), JSON-LD blocks that write several objects one after the other, a
URL dated /2017/7/12/ or /29-10-2021, a date box "Kultur, 2.11.22" (one-digit day and month,
a two-digit year), "26 | 01 | 2022", and a headline set as an <h4>. Every page here is made
up."""

from __future__ import annotations

from datetime import UTC

import pytest

from pipeline.text.dates import date_in_text, date_in_url
from pipeline.web.metadata import PageView
from pipeline.web.metadata.structured import _json_block

_TEXT = "<p>" + "Der Verein plant das Sommerfest mit vielen kleinen Ständen am See. " * 8 + "</p>"
_TITLE = "Pläne für das Sommerfest am See"


def _published(
    body: str, head: str = "", url: str = "https://verein.example.de/fest"
) -> str | None:
    html = f"<html lang='de'><head><title>{_TITLE}</title>{head}</head><body>{body}</body></html>"
    view = PageView.parse(html, url)
    assert view is not None
    found = view.metadata().published_at
    return found.date().isoformat() if found is not None else None


@pytest.mark.parametrize(
    "key",
    [
        "name='cXenseParse:recs:publishtime'",
        "name='bt:pubDate'",
        "name='mediator_published_time'",
        "property='vr:published_time'",
        "property='og:pubdate'",
        "name='published_time'",
        "name='date_published'",
        "name='shareaholic:article_published_time'",
        "name='DCSext.articleFirstPublished'",
    ],
)
def test_a_publication_meta_of_another_cms(key: str) -> None:
    head = f"<meta {key} content='2024-05-10T08:00:00+02:00'>"
    assert _published(f"<h1>{_TITLE}</h1>{_TEXT}", head) == "2024-05-10"


def test_a_known_meta_still_comes_first() -> None:
    head = (
        "<meta name='bt:pubDate' content='2024-05-03T08:00:00+02:00'>"
        "<meta property='article:published_time' content='2024-05-10T08:00:00+02:00'>"
    )
    assert _published(f"<h1>{_TITLE}</h1>{_TEXT}", head) == "2024-05-10"


def test_json_ld_objects_written_one_after_the_other() -> None:
    block = (
        '{"@type": "Organization", "name": "Verein"}\n'
        '{"@type": "NewsArticle", "datePublished": "2024-05-10T08:00:00+02:00"}'
    )
    head = f"<script type='application/ld+json'>{block}</script>"
    assert _published(f"<h1>{_TITLE}</h1>{_TEXT}", head) == "2024-05-10"


def test_json_blocks_of_several_values() -> None:
    assert _json_block('{"a": 1}, {"b": 2};') == [{"a": 1}, {"b": 2}]
    assert _json_block('{"a": 1}}') == {"a": 1}  # a stray closer, as before
    assert _json_block('{"a": 1}{"b": ') is None  # cut inside the second: no block
    assert _json_block('{"a": 1} and more') is None


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("https://blog.example.com/home/2017/7/12/unter-uns", "2017-07-12"),
        ("https://blog.example.com/2017/10/3/", "2017-10-03"),
        ("https://verein.example.de/meldungen/29-10-2021", "2021-10-29"),
        ("https://news.example.com/story/10-29-2021-council-meets", "2021-10-29"),
        ("https://verein.example.de/meldungen/05-06-2021", None),  # either order
        ("https://shop.example.com/2017/7/12345", None),  # an id after the month
        ("https://shop.example.com/item/31-31-2021", None),
    ],
)
def test_url_dates_with_one_digit_parts_or_the_day_first(url: str, day: str | None) -> None:
    found = date_in_url(url, UTC)
    assert (found.date().isoformat() if found else None) == day


def test_a_url_dated_day_first_dates_a_page_without_another_date() -> None:
    url = "https://verein.example.de/media-news/meldungen/29-10-2021"
    assert _published(f"<h1>{_TITLE}</h1>{_TEXT}", url=url) == "2021-10-29"


def test_numbers_apart_by_bars() -> None:
    found = date_in_text("26 | 01 | 2022", UTC, "de")
    assert found is not None and found.date().isoformat() == "2022-01-26"
    assert date_in_text("Seite 2 | 3 | 4", UTC, "de") is None


@pytest.mark.parametrize("line", ["Kultur, 2.11.22", "2.11.22", "Freizeit, 30.8.23"])
def test_a_date_box_with_one_digit_parts_and_a_two_digit_year(line: str) -> None:
    body = f"<div><div class='date'> {line} </div><h1>{_TITLE}</h1>{_TEXT}</div>"
    expected = {"Kultur, 2.11.22": "2022-11-02", "2.11.22": "2022-11-02"}
    assert _published(body) == expected.get(line, "2023-08-30")


def test_a_version_number_in_the_text_is_no_date() -> None:
    body = f"<div><h1>{_TITLE}</h1><p>Die Version 2.11.22 ist da und läuft gut.</p>{_TEXT}</div>"
    assert _published(body) is None


def test_a_headline_set_as_an_h4_with_its_date_above() -> None:
    # a long menu first: a page without a headline is searched for a date line only so far
    menu = "<ul class='menu'>" + "<li><a href='/a'>Rubrik</a></li>" * 800 + "</ul>"
    body = (
        f"{menu}<div class='news'><p class='kopf'><em>01.11.2023 11:35</em></p>"
        f"<h4>{_TITLE}</h4><h5>Pressestelle</h5>{_TEXT}</div>"
    )
    assert _published(body) == "2023-11-01"


def _japanese(printed: str) -> str:
    html = (
        "<html lang='ja'><head><title>新しい駅の計画</title>"
        "<meta property='article:published_time' content='2018-06-18T10:01:00.000Z'></head>"
        f"<body><h1>新しい駅の計画</h1><div class='date'>{printed}</div>"
        "<p>"
        + "市は新しい駅の計画を発表した。工事は来年から始まる予定だ。" * 6
        + "</p></body></html>"
    )
    view = PageView.parse(html, "https://news.example.jp/a/123")
    assert view is not None
    found = view.metadata().published_at
    assert found is not None
    return found.isoformat()


def test_a_time_labelled_utc_printed_as_the_page_s_wall_time() -> None:
    # the CMS wrote Japan's wall time with a "Z": the page prints 10:01, in Japan's zone
    assert _japanese("2018年6月18日 10:01") == "2018-06-18T10:01:00+09:00"


def test_a_utc_time_printed_in_the_page_s_zone_stays_utc() -> None:
    # 10:01 UTC printed as 19:01 in Japan: a true UTC time
    assert _japanese("2018年6月18日 19:01") == "2018-06-18T10:01:00+00:00"


def _dated_url(published: str) -> str:
    head = f"<meta property='article:published_time' content='{published}'>"
    html = (
        f"<html lang='en'><head><title>{_TITLE}</title>{head}</head>"
        f"<body><h1>{_TITLE}</h1>{_TEXT}</body></html>"
    )
    view = PageView.parse(html, "https://news.example.com/2016/09/20/city/fair.html")
    assert view is not None
    found = view.metadata().published_at
    assert found is not None
    return found.isoformat()


def test_a_url_dated_the_day_after_a_utc_morning_is_a_print_date() -> None:
    # 11:46Z is the 20th only at UTC+13 and more: the URL's day is the paper's next edition
    assert _dated_url("2016-09-19T11:46:01Z") == "2016-09-19T11:46:01+00:00"


def test_a_url_dated_the_day_after_a_utc_afternoon_is_the_east_s_day() -> None:
    assert _dated_url("2016-09-19T14:30:00Z") == "2016-09-20T00:30:00+10:00"


_LEAD = (
    "Mit der am 15. Januar 2022 in Kraft getretenen Verordnung wurden auch die Anforderungen "
    "an die Nachweise für das Sommerfest am See neu geregelt, wie der Verein mitteilt."
)


def test_a_time_above_the_headline_over_a_date_the_lead_tells_of() -> None:
    body = (
        "<div class='meta'><span><time datetime='2022-01-26'>26. Januar 2022</time></span>"
        f"</div><h2>{_TITLE}</h2><p>{_LEAD}</p>{_TEXT}"
    )
    assert _published(body) == "2022-01-26"


def test_a_dateline_opening_the_lead_without_a_time_above() -> None:
    lead = "BERLIN, 12. März 2022 (dpa) - " + _LEAD
    assert _published(f"<h1>{_TITLE}</h1><p>{lead}</p>{_TEXT}") == "2022-03-12"


def test_a_date_line_under_the_headline_beats_a_time_above() -> None:
    body = (
        "<div class='meta'><time datetime='2022-01-26'>26. Januar 2022</time></div>"
        f"<h1>{_TITLE}</h1><div>Veröffentlicht am 20. Januar 2022</div><p>{_LEAD}</p>{_TEXT}"
    )
    assert _published(body) == "2022-01-20"


def test_a_forum_poster_s_registration_date_is_not_the_post_s() -> None:
    body = (
        f"<h2 class='topic-title'>{_TITLE}</h2><dl class='profile'><dd>Beiträge: 1626</dd>"
        "<dd><strong>Registriert:</strong> 18.09.2008, 05:56</dd><dd>Wohnort: Hagen</dd></dl>"
        "<p class='author'>von <a href='/u/5'>r23</a> » 21.01.2009, 05:42</p>" + _TEXT
    )
    assert _published(body) == "2009-01-21"
