"""The publication date's readers: the date metas (read with the JSON-LD dates by `reader`),
and for a page without them (`_unstructured_date`) a machine time in markup (`machinetimes`), a
date printed near the headline (`printeddates`), the first <time>, the URL, the <title>. A date
after the fetch time, or far from the URL's date, is not the page's; a structured "03-09-2026"
is read the other way round when the printed date says so, and a structured time without an
offset in the zone printed beside it. A date without a zone is read in `_zone` (Japan's and
Korea's on ja and ko pages, Asia/Shanghai on Chinese pages, else UTC) or the caller's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from typing import Any

from pipeline.text.dates import (
    SHANGHAI,
    date_in_text,
    date_in_url,
    parse_datetime,
    slug_date,
)
from pipeline.web.html import HtmlElement, text_of
from pipeline.web.metadata.datelabels import _CLOCK_SKEW, _printed_update
from pipeline.web.metadata.headline import _Near
from pipeline.web.metadata.leaddates import lead_dateline
from pipeline.web.metadata.machinetimes import (
    _abbr_time,
    _cms_comment_date,
    _first_time,
    _marked_time,
    _stated_zone,
    _timed_day,
)
from pipeline.web.metadata.printeddates import _sole_date, _text_date
from pipeline.web.metadata.scriptdates import script_date
from pipeline.web.metadata.selflinks import self_linked_date
from pipeline.web.metadata.statedates import post_statement, state_date
from pipeline.web.metadata.yearlessbyline import yearless_anchor, yearless_byline

_DATE_METAS = (
    "article:published_time",
    "og:article:published_time",
    "og:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish_date",
    "publishtime",
    "publish-date",
    "pub_date",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "dcterms.issued",
    "dcterms.date",
    "dc.date.created",
    "sailthru.date",
    "parsely-pub-date",
    "article_date_original",
    "og:release_date",
    "weibo: article:create_at",
    "firstpublishedtime",
    "releasedate",
    "originalpublicationdate",
    "article:publicationdate",
    "article:published",
    "published_at",
    "og:publish_date",
    "content_publisheddate",
    "cxenseparse:publishtime",
    "citation_publication_date",
    "citation_date",
    "prism.publicationdate",
    "og:regdate",
    "og:time",
    "sn-post-date",
    "displaydate",
    "pdate",
    "publication_date",
    # read after those: the publication metas of other CMSs and analytics tags (htmldate's
    # list: cXense's, Bonnier's, Mediator's, Shareaholic's, Dublin Core's variants, ...)
    "article.published",
    "article:published_date",
    "article:post_date",
    "og:article:published",
    "og:datepublished",
    "og:pubdate",
    "og:question:published_time",
    "published_time",
    "publish_time",
    "published_date",
    "published-date",
    "publisheddate",
    "date_published",
    "cxenseparse:recs:publishtime",
    "bt:pubdate",
    "vr:published_time",
    "mediator_published_time",
    "shareaholic:article_published_time",
    "rnews:datepublished",
    "twt-published-at",
    "rbpubdate",
    "dcsext.articlefirstpublished",
    "analyticsattributes.articledate",
    "dc.date.publication",
    "dc:date",
    "dc:created",
    "dc.created",
    "article.created",
    "content_create_date",
    "date_created",
    "dateposted",
    "doc_date",
    "ptime",
)
_MODIFIED_METAS = (
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "dcterms.modified",
    "article:modified",
    "last-modified",
)
_NO_OFFSET = timedelta(0)
_URL_DATE_SLACK = timedelta(days=2)
# a numeric date whose first two numbers may each be the day or the month: "03-09-2026"
_AMBIGUOUS_DATE = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](?:19|20)\d{2}(?:[ T].*)?")


def _zone(chinese: bool, language: str | None = None) -> tzinfo:
    """The zone of a date printed without one: Japan's and Korea's on pages declared in
    their languages (their titles hold Han characters too), Asia/Shanghai on Chinese pages,
    else UTC."""
    base = (language or "").split("-")[0]
    if base in _EAST_ASIAN_ZONES:
        return _EAST_ASIAN_ZONES[base]
    return SHANGHAI if chinese else UTC


# Japan and Korea keep no daylight saving time: a fixed offset is their zone.
_EAST_ASIAN_ZONES: dict[str, tzinfo] = {
    "ja": timezone(timedelta(hours=9), "JST"),
    "ko": timezone(timedelta(hours=9), "KST"),
}


def _unstructured_date(
    doc: HtmlElement,
    url: str,
    zone: tzinfo,
    now: datetime | None,
    language: str | None,
    near: _Near | None = None,
    modified: datetime | None = None,
) -> datetime | None:
    """The publication date of a page without JSON-LD or meta dates, by decreasing
    reliability: a <time> marked as the publication, a date printed after the title, the first
    <time datetime>, the first ISO time of an <abbr title>, the <date> of a CMS's property
    comment, the date in the URL, a date in the <title>, the one day the text after the
    headline prints, a dateline opening the lead ("29.11.2022 – ...": `leaddates`), a blog
    theme's statement of the post's publication ("This entry was posted on ...") and last the
    date the page's embedded state gives (`statedates`). Guards:
    a date after the fetch time (`now`) is not a publication date, and where the URL holds a
    date, a page date more than `_URL_DATE_SLACK` away from it is another article's (a related
    link) or the crawl day. Last, a day printed without its year under the headline ("8
    janv.", "March 18"), in the fetch's year, else the year the URL or the page's last
    update (`modified`) gives (`yearless_byline`); then the date of the links the page makes
    to itself (`selflinks`: its title as a link to it, its own teaser in a list); last the day
    glued to the URL's slug ("/some-title-20190503.html": `slug_date`). An inline script's
    date in the byline (`scriptdates`) is read after the CMS comment's."""
    in_url = date_in_url(url, zone) if url else None
    finders: tuple[Callable[[], datetime | None], ...] = (
        lambda: _marked_time(doc, zone, near, language),
        lambda: _text_date(doc, zone, now, language, near),
        lambda: _first_time(doc, zone, near),
        lambda: _abbr_time(doc, zone),
        lambda: _cms_comment_date(doc, zone),
        lambda: script_date(doc, zone, near),
    )
    for i, find in enumerate(finders):
        found = find()
        if found is None:
            continue
        if i < _ZONED_FINDERS:
            found = _stated_zone(doc, zone, language, found, printed_near=i == 1)
        if i == 1:  # a printed day: at the time a <time> of that day gives
            found = _timed_day(doc, zone, found, near)
        if now is not None and found > now + _CLOCK_SKEW:
            continue
        if in_url is not None and abs(found - in_url) > _URL_DATE_SLACK:
            continue
        return found
    if in_url is not None:
        return in_url
    # last: a date set in the page's <title> ("Una solución ... - 07.12.2017 - LA NACION")
    title = doc.find(".//title")
    found = date_in_text(text_of(title), zone, language) if title is not None else None
    if found is None:
        found = _sole_date(near, zone, language)
    if found is None:  # "29.11.2022 – Mehrfach ..." opening the lead: a dateline
        found = lead_dateline(near, zone, language)
    if found is None:  # a blog theme's statement under the post: "This entry was posted on"
        found = post_statement(near, zone, language)
    if found is None:  # a page that states no date elsewhere: its embedded state's
        found = state_date(doc, zone)
    if found is None:  # "8 janv.", "March 18" under the headline: the year stated elsewhere
        found = yearless_byline(near, zone, now, yearless_anchor(url, modified), language)
    if found is None and url:  # the links the page makes to itself (`selflinks`)
        found = self_linked_date(_unstructured_date, doc, url, zone, now, language, near, modified)
    if found is None and url:  # "/some-title-20190503.html": a day glued to the slug
        found = slug_date(url, zone)
    return found if found is not None and (now is None or found <= now + _CLOCK_SKEW) else None


_ZONED_FINDERS = 3  # the finders above whose time a <time> may state the offset of


def _unambiguous(
    published: datetime,
    raws: tuple[Any, ...],
    doc: HtmlElement,
    zone: tzinfo,
    language: str | None,
    near: _Near,
) -> datetime:
    """A structured date written "03-09-2026" (day and month both possible) read the other
    way round when the date the page prints under its title is that other reading
    ("Published March 9, 2026")."""
    raw = next((str(r).strip() for r in raws if r and parse_datetime(str(r), zone)), "")
    match = _AMBIGUOUS_DATE.fullmatch(raw)
    if match is None or match.group(1) == match.group(2) or max(map(int, match.groups())) > 12:
        return published
    try:
        swapped = published.replace(month=published.day, day=published.month)
    except ValueError:
        return published
    printed = _text_date(doc, zone, None, language, near)
    return swapped if printed is not None and printed.date() == swapped.date() else published


def _printed_of_two(
    published: datetime,
    raws: tuple[Any, ...],
    doc: HtmlElement,
    zone: tzinfo,
    language: str | None,
    near: _Near,
) -> tuple[datetime, tuple[Any, ...]]:
    """Of a JSON-LD `datePublished` (the first of `raws`, read as `published`) and a date
    meta (the second) that give different days, the meta's where the date printed under the
    headline is on its day (a template's JSON-LD set at the draft's creation, days before the
    page went out): that time, and `raws` with the meta first (the later readers take the
    first structured value as the one read); else both as they were. Measured on the public
    sets: where the printed day is one of the two, the gold follows it on 17 pages of 17
    (benchmarks/extraction/README.md, session 22, dates22). A later meta whose day the page
    prints only as its update's ("Updated May 12") is the update's: the JSON-LD stays."""
    if not raws[0] or not raws[1] or str(raws[0])[:10] == str(raws[1])[:10]:
        return published, raws  # (most pages: one ISO day written twice, nothing parsed)
    meta = parse_datetime(str(raws[1]), zone)
    if (
        meta is None
        or meta.date() == published.date()
        or parse_datetime(str(raws[0]), zone) is None
    ):
        return published, raws
    printed = _text_date(doc, zone, None, language, near)
    if printed is None or printed.date() != meta.date():
        return published, raws
    update = _printed_update(near, zone, language, None) if meta > published else None
    if update is not None and update.date() == printed.date():
        return published, raws  # the day printed is an update's ("Updated May 12"): no vote
    return meta, (raws[1], raws[0], *raws[2:])


# A structured time without an offset: "2026-01-08T10:00:00", "2026-01-08 10:00".
_ZONELESS_TIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?")
# ... or one said to be UTC ("Z", "+00:00") where a page of a zone other than UTC (Japanese,
# Korean, Chinese) prints the same wall time in it: a local time labelled UTC by its CMS
# ("2018-06-18T10:01:00.000Z" of "10:01" JST)
_UTC_WALL_TIME = re.compile(_ZONELESS_TIME.pattern + r"(?:Z|[+-]00:?00)")


def _printed_zone(
    published: datetime,
    raws: tuple[Any, ...],
    doc: HtmlElement,
    zone: tzinfo,
    language: str | None,
    near: _Near,
) -> datetime:
    """A structured time given without an offset ("2026-01-08T10:00:00", read in `zone`), or
    said to be UTC on a page whose `zone` is not UTC, in the zone the page prints beside the
    same wall time ("January 8, 2026 10:00 CET", "10:00 WIB", "23:30 (GMT+7)", "10:01" on a
    Japanese page); else as it was. The day never moves: the wall time is the page's."""
    # (the first raw given: when it is such a time it parses, so it is the one read)
    raw = next((str(r).strip() for r in raws if r), "")
    if _ZONELESS_TIME.fullmatch(raw) is None and (
        zone.utcoffset(published) == _NO_OFFSET or _UTC_WALL_TIME.fullmatch(raw) is None
    ):
        return published  # (a UTC label is doubted on pages whose zone is not UTC only)
    printed = _text_date(doc, zone, None, language, near)
    if (
        printed is None
        or printed.utcoffset() == published.utcoffset()
        or printed.replace(tzinfo=None) != published.replace(tzinfo=None)
    ):
        return published
    return printed


def _url_and_printed(
    published: datetime,
    url: str,
    doc: HtmlElement,
    zone: tzinfo,
    language: str | None,
    near: _Near,
) -> datetime:
    """The date printed under the headline, where the structured one (`published`) is more
    than `_URL_DATE_SLACK` from the URL's date and the printed one is on the URL's day (a
    template's JSON-LD set at the draft's creation, weeks before the page went out under its
    dated URL); else `published`."""
    in_url = date_in_url(url, zone) if url else None
    if in_url is None or abs(published - in_url) <= _URL_DATE_SLACK:
        return published
    printed = _text_date(doc, zone, None, language, near)
    return printed if printed is not None and printed.date() == in_url.date() else published


# A structured date given as a day alone: no time, no zone ("2020-04-30")
_DAY_ALONE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _printed_of_day(
    published: datetime,
    raws: tuple[Any, ...],
    doc: HtmlElement,
    zone: tzinfo,
    language: str | None,
    near: _Near,
) -> datetime:
    """The date printed under the headline where the structured one read (the first of
    `raws` given) is a day alone ("2020-04-30") and the printed one is on the day
    before or after it (a print edition's day in the meta, a day stored at midnight in
    another zone: the page shows its own), unless the printed day is an update's; else
    `published`. On the public sets and our golds such pages are 3, the gold the printed
    day on 3 (benchmarks/extraction/README.md, session 31)."""
    raw = next((r for r in raws if r), "")  # (a day alone parses: it is the one read)
    if not isinstance(raw, str) or _DAY_ALONE.fullmatch(raw.strip()) is None:
        return published
    printed = _text_date(doc, zone, None, language, near)
    if printed is None or abs((printed.date() - published.date()).days) != 1:
        return published
    update = _printed_update(near, zone, language, None) if printed > published else None
    return published if update is not None and update.date() == printed.date() else printed
