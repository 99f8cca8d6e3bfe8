"""Publication dates of modern publisher pages whose structured data gives the date where our
readers did not look (session 29, helper dates29): an article JSON-LD object without a
datePublished whose page's WebPage object (Yoast's @graph and kin) gives it, read before a
teaser's date; GitHub's <relative-time> / <local-time> web components, which stand for a
<time datetime>; a later date meta whose day the page prints only as its update's, which does
not outvote the JSON-LD datePublished; and, on an undated page, the first <time> that is no
teaser's in a menu or a related box. Every page here is made up."""

from __future__ import annotations

import json
from typing import Any

from pipeline.web.metadata import PageView

_URL = "https://news.example.com/politics/minister-resigns-after-the-vote"
_TITLE = "Minister resigns after the parliament vote"
_TEXT = (
    "<p>"
    + "The minister said on Friday that she would leave the government after the vote. " * 8
    + "</p>"
)
# another story's teaser between the headline and the text, dated a month before
_TEASER = (
    "<aside class='teaser'><a href='/politics/vote-planned'>Vote planned</a> "
    "<time datetime='2024-04-02T10:00:00+02:00'>April 2, 2024</time></aside>"
)
_ARTICLE = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": _TITLE}
_WEBPAGE = {
    "@type": "WebPage",
    "@id": _URL + "#webpage",
    "url": _URL,
    "datePublished": "2024-05-10T08:00:00+02:00",
    "dateModified": "2024-05-12T09:00:00+02:00",
}


def _ld(*objects: dict[str, Any]) -> str:
    return "".join(
        f'<script type="application/ld+json">{json.dumps(obj)}</script>' for obj in objects
    )


def _published_of(html: str, url: str) -> str | None:
    """The publication time the page's metadata reads, as ISO 8601 (None: none found)."""
    view = PageView.parse(html, url)
    assert view is not None
    found = view.metadata().published_at
    return found.isoformat() if found is not None else None


def _published(head: str = "", top: str = _TEASER, url: str = _URL) -> str | None:
    html = (
        f"<html lang='en'><head><title>{_TITLE} | Example News</title>"
        f"<link rel='canonical' href='{url}'>{head}</head><body><article>"
        f"<h1>{_TITLE}</h1>{top}{_TEXT}</article></body></html>"
    )
    return _published_of(html, url)


def test_the_webpage_objects_date_where_the_article_gives_none() -> None:
    head = _ld(_ARTICLE, _WEBPAGE)
    assert _published(head) == "2024-05-10T08:00:00+02:00"  # not the teaser's 2 April


def test_a_yoast_graph_whose_article_refers_to_its_webpage() -> None:
    article = {**_ARTICLE, "mainEntityOfPage": {"@id": _URL + "#webpage"}}
    head = _ld({"@context": "https://schema.org", "@graph": [article, _WEBPAGE]})
    assert _published(head) == "2024-05-10T08:00:00+02:00"


def test_the_articles_own_date_comes_first() -> None:
    article = {**_ARTICLE, "datePublished": "2024-05-11T07:00:00+02:00"}
    assert _published(_ld(article, _WEBPAGE)) == "2024-05-11T07:00:00+02:00"


def test_a_date_meta_comes_before_the_webpages() -> None:
    meta = "<meta property='article:published_time' content='2024-05-11T07:00:00+02:00'>"
    assert _published(meta + _ld(_ARTICLE, _WEBPAGE)) == "2024-05-11T07:00:00+02:00"


def test_another_storys_object_gives_the_article_no_date() -> None:
    # a teaser list's articles are no WebPage: the page's date is read as before (its URL's)
    related = {
        "@type": "ItemList",
        "itemListElement": [
            {
                "@type": "NewsArticle",
                "headline": "Vote planned for the spring",
                "url": "https://news.example.com/politics/vote-planned",
                "datePublished": "2024-04-02T10:00:00+02:00",
            }
        ],
    }
    url = "https://news.example.com/2024/05/10/minister-resigns"
    assert _published(_ld(related, _ARTICLE), top="", url=url) == "2024-05-10T00:00:00+00:00"


def test_githubs_relative_time_stands_for_a_time() -> None:
    top = (
        "<div class='meta'>released this "
        "<relative-time datetime='2020-07-07T12:10:51Z'>3 years ago</relative-time></div>"
    )
    assert _published(top=top) == "2020-07-07T12:10:51+00:00"


def test_a_local_time_element_too() -> None:
    top = "<p>posted <local-time datetime='2024-05-10T08:00:00Z'>on 10 May</local-time></p>"
    assert _published(top=top) == "2024-05-10T08:00:00+00:00"


_TWO_DATES = _ld({**_ARTICLE, "datePublished": "2024-05-10T08:00:00+02:00"}) + (
    "<meta property='article:published_time' content='2024-05-12T09:00:00+02:00'>"
)


def test_a_meta_printed_only_as_the_update_does_not_outvote_the_json_ld() -> None:
    # the meta holds the last update's time; the page prints that day as the update's only
    top = "<p class='date'>Updated May 12, 2024</p>"
    assert _published(_TWO_DATES, top=top) == "2024-05-10T08:00:00+02:00"


def test_a_meta_printed_as_the_date_still_wins() -> None:
    # (session 22: the JSON-LD set at the draft's creation, the page out on the day printed)
    top = "<p class='date'>May 12, 2024</p>"
    assert _published(_TWO_DATES, top=top) == "2024-05-12T09:00:00+02:00"


def _teasers(tag: str) -> str:
    items = "".join(
        f"<li><a href='/politics/story-{i}'>Story {i} of the week before</a> "
        f"<time datetime='2024-05-0{i}T10:00:00+02:00'>May {i}</time></li>"
        for i in range(1, 4)
    )
    return f"<{tag} class='latest'><ul>{items}</ul></{tag}>"


def _undated_page(before: str, after: str) -> str | None:
    # a page without structured dates nor a date line under its headline
    html = (
        f"<html lang='en'><head><title>{_TITLE}</title></head><body>{before}<article>"
        f"<h1>{_TITLE}</h1>{_TEXT}{after}</article></body></html>"
    )
    return _published_of(html, _URL)


_OWN_TIME = "<p class='meta'>Posted <time datetime='2024-05-10T08:00:00+02:00'>10/05</time></p>"


def test_a_menus_teaser_times_are_passed_over_for_the_articles_own() -> None:
    assert _undated_page(_teasers("nav"), _OWN_TIME) == "2024-05-10T08:00:00+02:00"


def test_a_related_boxs_teaser_times_are_passed_over_too() -> None:
    assert _undated_page(_teasers("aside"), _OWN_TIME) == "2024-05-10T08:00:00+02:00"


def test_where_every_time_is_a_teasers_the_first_is_read_as_before() -> None:
    # (a page whose own date sits in a box called "sidebar" beside its text keeps it)
    assert _undated_page(_teasers("aside"), "") == "2024-05-01T10:00:00+02:00"
