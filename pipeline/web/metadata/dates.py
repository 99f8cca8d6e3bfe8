"""The publication date's readers: the date metas (read with the JSON-LD dates by `reader`),
and for a page without them a <time> marked as the publication, a date printed near the
headline (labelled, a date line, or relative to the fetch time), the first <time>, the URL,
the <title>. A date after the fetch time, or far from the URL's date, is not the page's; a
structured "03-09-2026" is read the other way round when the printed date says so. A date
without a zone is read in `_zone` (Japan's and Korea's on ja and ko pages, Asia/Shanghai on
Chinese pages, else UTC) or the caller's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from itertools import takewhile
from typing import Any

from pipeline.text.dateparts import plausible
from pipeline.text.dates import (
    SHANGHAI,
    date_in_text,
    date_in_url,
    parse_datetime,
    relative_datetime,
    yearless_datetime,
)
from pipeline.web.html import HtmlElement, text_of, xpath
from pipeline.web.metadata.headline import (
    _MAX_BYLINE_NODES,
    _NEAR_ELEMENTS,
    _NOT_BYLINE,
    OTHER_ITEM_WORDS,
    _is_page_header,
    _Near,
)
from pipeline.web.metadata.visible import _ANCESTOR_LEVELS, _SKIPPED_TEXT, _texts_after_outside
from pipeline.web.wordpatterns import CaselessWords

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
)
_MODIFIED_METAS = (
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "dcterms.modified",
    "article:modified",
    "last-modified",
)
# ([@itemprop] first: libxml2 then compares the value only on elements that have one.) The
# RDFa a CMS prints beside its byline counts too: Drupal's `<span property="dc:date
# dc:created" content="...">`, `property="schema:dateCreated"` (the node's creation).
_TIME_PUBLISHED = xpath(
    "/descendant::time[@itemprop='datePublished' or @pubdate or @class='published']"
    "/@datetime | /descendant::*[@itemprop or @property][@itemprop='datePublished' or "
    "contains(@property,'datePublished') or contains(@property,'dateCreated') or "
    "contains(@property,'dc:created')]/@content"
)
_TIME_ANY = xpath("/descendant::time/@datetime")
_NO_OFFSET = timedelta(0)
_YEARLESS_MARKS = re.compile(r"\d[月\-/]\d")  # what a date without its year holds (a fast test)
# The machine-readable time of a microformat's <abbr> ("<abbr class='published'
# title='2012-01-12T08:45:00Z'>3 hours ago</abbr>": hAtom's, older CMSs' bylines).
_ABBR_TIMES = xpath("/descendant::abbr[@title]/@title")
_ISO_DAY = re.compile(r"\s*(?:19|20)\d\d-\d\d-\d\d")
_DATE_TEST = (
    "[contains(@class,'ate') or contains(@class,'ime') or contains(@id,'ate') or "
    "contains(@id,'ime') or contains(@class,'ublish') or contains(@class,'osted') or "
    "contains(@class,'yline')]"
    "[not(self::script)][not(self::style)][not(self::body)][not(self::html)]"
)
_DATE_NODES = xpath("//*[@class or @id]" + _DATE_TEST)
_CLOCK_SKEW = timedelta(days=1)  # a page date this far after the fetch time is not its own
_URL_DATE_SLACK = timedelta(days=2)
# Date markup that is not the article's date: the page header's "today", menus, weather.
_NOT_DATE = re.compile(
    r"(?:^|[\s_-])(?:header|masthead|top|topbar|nav|navbar|menu|weather|today|clock)(?:$|[\s_-])",
    re.I,
)
# a numeric date whose first two numbers may each be the day or the month: "03-09-2026"
_AMBIGUOUS_DATE = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](?:19|20)\d{2}(?:[ T].*)?")
_DATELINE_ELEMENTS = 1500  # elements of a page without a headline searched for a date line
_DATELINE_CHARS = 60  # a date line is short: a date, a time, a label
_DATE_WINDOW = 400
_LABELLED_WINDOW = 2000  # characters after the headline searched for a labelled date
# A label that says the date after it is the publication's: "Mise en ligne 23 mai 2019",
# "Δημοσίευση: 8-1-2012", "Published: ...", "Opublikowano: ...", "公開日：", "입력 2026.01.08"
# (a line opening with one).
_PUBLISHED_LABEL = re.compile(
    r"(?i:published|posted|publié|publiée|mise en ligne|veröffentlicht|publicado|pubblicato|"
    r"opublikowano|data publikacji|опубликовано|дата публикации|δημοσίευση|δημοσιεύθηκε|"
    r"yayınlanma|yayınlandı|gepubliceerd|publicerad|publiceret|julkaistu|diterbitkan|"
    r"dipublikasikan|publikováno|发布时间|發佈時間|发表时间|發表時間|发布日期|"
    r"erstellt|publikacja|publicat|közzétéve|objavljeno|опубліковано|публикувано|"
    r"公開日|公開日時|配信日|配信日時|掲載日|投稿日|発行日|입력|등록|게재|ngày đăng|đăng lúc|"
    r"פורסם|نشر في|تاريخ النشر|प्रकाशित|เผยแพร่|منتشر شده)"
    r"(?:\s+(?:on|le|am|el|il|em))?\s*[:：]?"
)
# A label that says the date after it is the last update's, not the publication's: "Mis à
# jour le", "Aktualisiert am", "Обновлено", "Güncelleme:" (a line may print the update first,
# then the publication: "Updated: March 9 | Published: March 3").
MODIFIED_WORDS = (
    "updated", "modified", "mis à jour", "mise à jour", "modifié", "actualisé", "aktualisiert",
    "geändert", "actualizado", "atualizado", "aggiornato", "обновлено", "обновлён", "оновлено",
    "aktualizacja", "zaktualizowano", "aktualizováno", "güncelleme", "güncellendi",
    "bijgewerkt", "diperbarui", "ενημέρωση", "ανανέωση", "frissítve", "actualizat",
    "uppdaterad", "opdateret", "oppdatert", "päivitetty", "cập nhật", "更新", "수정", "업데이트",
    "עודכן", "تحديث", "به‌روزرسانی", "अपडेट",
)  # fmt: skip
# (asked of the lowered line first: `CaselessWords`)
_MODIFIED_LABELS = CaselessWords(MODIFIED_WORDS)
_MODIFIED_LABEL = _MODIFIED_LABELS.pattern
_MODIFIED_REACH = 40  # characters from an update label to the date it labels
_MAX_UPDATE_LEAD = 12  # characters before an update label on its line ("Last ", "Zuletzt ")


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


def _text_date(
    doc: HtmlElement,
    zone: tzinfo,
    now: datetime | None = None,
    language: str | None = None,
    near: _Near | None = None,
) -> datetime | None:
    """A date printed near the title (the byline of pages without metas): the first date in
    the text that follows the <h1> (numeric, Chinese, or written in English, French or the
    page's language; else relative to `now`, "3小时前", "vor 2 Stunden", when `now` is
    given; else a date inside the headline itself); on a page without a headline or without a
    date there, the first date in markup whose class or id names a date or time (not in
    comments, related items, headers or menus): after the headline, else among the few
    elements right before it (a date line above the title). The page text before the title is
    not read: a page header there often prints the day the page was fetched. The headline is
    `_Near.h1`: the <h1>, or the node that holds the title when the <h1> does not."""
    near = near or _Near(doc)
    h1 = near.h1
    if h1 is not None:
        window = near.dated_window(_DATE_WINDOW)
        found = _published_in(window, zone, language)
        if found is not None and len(window) > _DATELINE_CHARS:
            found = _published_in(_line_heads(window), zone, language)
        if found is None and now is not None:
            # in the page's zone where it has one: "昨天 10:30" on a Chinese page is 10:30 in
            # Beijing the day before the day it is there ("1月8日 10:30" in the year it is
            # there); else in the zone of `now` (UTC: the default, no zone of the page's)
            local = now if zone.utcoffset(now) == _NO_OFFSET else now.astimezone(zone)
            found = relative_datetime(window, local, language)
            if found is not None:  # "3小時前" whose markup holds the date it stands for
                found = _behind_relative(h1, zone, now) or found
            elif _YEARLESS_MARKS.search(window):
                found = yearless_datetime(window, local)
        if found is None:  # "Title 05.01.12 13:00": the date set inside the heading
            found = date_in_text(text_of(h1), zone, language)
        if found is None:  # "Mise en ligne 23 mai 2019" below a long standfirst
            found = _labelled_date(near.window(_LABELLED_WINDOW).split("\n"), zone, language)
        if found is None:  # "30.07.2019", "Bonn, 11.10.2021" on a line of its own above it
            found = _date_line_before(h1, zone, language)
        if found is not None:
            return found
    nodes = (
        _DATE_NODES(doc)[:_MAX_BYLINE_NODES]
        if h1 is None
        else [*near.marked[1][:_MAX_BYLINE_NODES], *near.before[:_MAX_BYLINE_NODES]]
    )
    holders = frozenset(h1.iterancestors()) if h1 is not None else frozenset()
    for node in nodes:
        if _label_says(node, holders):
            continue
        found = _published_in(text_of(node)[:200], zone, language)
        if found is not None:
            return found
    return _dateline(doc, zone, language) if h1 is None else None


def _label_says(node: HtmlElement, holders: frozenset[HtmlElement]) -> bool:
    """True when the class or id of `node` or of one of its near ancestors names related
    items, comments (`_NOT_BYLINE`), a page header or a menu (`_NOT_DATE`); an ancestor that
    holds the headline too (`holders`) says nothing of the date: "content-header" around a
    kicker, the date and the <h1> is the article's header, not the page's."""
    return _outside_says(node, holders, _NOT_BYLINE) or _outside_says(node, holders, _NOT_DATE)


def _outside_says(
    node: HtmlElement, holders: frozenset[HtmlElement], pattern: re.Pattern[str]
) -> bool:
    """`_ancestry_says(node, pattern)`, up to the first of `holders` (not read)."""
    current: Any = node
    for _ in range(_ANCESTOR_LEVELS):
        if current is None or current in holders or not isinstance(current.tag, str):
            return False
        if pattern.search(f"{current.get('class', '')} {current.get('id', '')}"):
            return True
        current = current.getparent()
    return False


_SENTENCE_LINE = 2 * _DATELINE_CHARS  # a longer line is text: a caption, a paragraph


def _line_heads(window: str) -> str:
    """`window` with each line longer than `_SENTENCE_LINE` cut to its first
    `_DATELINE_CHARS` characters: a date deep in a sentence ("... su cotización más baja desde
    el 6 de marzo de 2002.", a photo caption's "... France, January 16, 2020. Photo/Agency")
    is the text's, not the page's; one opening a long line ("Published January 5, 2020 10:00
    | Updated ...") stays."""
    lines = window.split("\n")
    if all(len(line) <= _SENTENCE_LINE for line in lines):
        return window
    return "\n".join(
        line if len(line) <= _SENTENCE_LINE else line[:_DATELINE_CHARS] for line in lines
    )


_LINES_BEFORE = 2  # elements right before the headline read for a date line above it
_LEVELS_BEFORE = 3  # levels up a headline first in its parent the line before it is sought


def _date_line_before(h1: HtmlElement, zone: tzinfo, language: str | None) -> datetime | None:
    """The date of a short line set right above the headline, where a page prints no date
    after it: one of the `_LINES_BEFORE` elements before it (its parent's, for a headline first
    in its parent, and so up), each at most `_DATELINE_CHARS` long ("30.07.2019", "Bonn,
    11.10.2021", "Freitag, 5. Juni 2015", "21. Jan 2022 // Jana Roth"); none past a longer
    text (a teaser or a paragraph), nor in a page header or menu (which print the day of the
    fetch)."""
    # (for a headline first in its parent, its parent's, up to `_LEVELS_BEFORE` levels:
    # "<div id='date'>...</div><div id='title'><div class='inner'><h1>")
    sibling, node = h1.getprevious(), h1
    for _ in range(_LEVELS_BEFORE):
        parent = node.getparent() if sibling is None else None
        if parent is None:
            break
        sibling, node = parent.getprevious(), parent
    holders = frozenset(h1.iterancestors())  # the article's header: its class says nothing
    read = 0
    while sibling is not None and read < _LINES_BEFORE:
        if isinstance(sibling.tag, str) and sibling.tag not in ("script", "style"):
            if _is_page_header(sibling) or _outside_says(sibling, holders, _NOT_DATE):
                return None
            text = " ".join(text_of(sibling).split())
            if len(text) > _DATELINE_CHARS:
                return None
            found = _published_in(text, zone, language) if len(text) >= 6 else None
            if found is not None:
                return found
            read += bool(text)
        sibling = sibling.getprevious()
    return None


# A line that is a day-first date with a two-digit year and nothing else ("31.10.23", as a
# byline or a date box prints it; in running text such a year needs a time after it).
_SHORT_YEAR_LINE = re.compile(r"^[ \t]*(\d{2})\.(\d{2})\.(\d{2})[ \t]*$", re.M)


def _published_in(text: str, zone: tzinfo, language: str | None) -> datetime | None:
    """The first date printed in `text` (`date_in_text`), unless an update label opens it
    and a publication label follows it with an earlier date: "Mis à jour le 9 mars 2019 |
    Publié le 3 mars 2019" is published on the 3rd. Where it prints none, a line that is a
    date alone with a two-digit year ("31.10.23": `_SHORT_YEAR_LINE`)."""
    found = date_in_text(text, zone, language)
    if found is None:
        return _short_year_line(text, zone)
    label = _modified_label(text)
    if label is None or date_in_text(text[: label.start()], zone, language) is not None:
        return found  # no update label, or a date before it: the first date is not the update's
    if date_in_text(text[label.end() : label.end() + _MODIFIED_REACH], zone, language) != found:
        return found  # the label does not label the first date
    published = _PUBLISHED_LABEL.search(text, label.end())
    if published is None:
        return _unlabelled_after_update(text, label.end(), found, zone, language)
    earlier = date_in_text(text[published.end() :][:_DATELINE_CHARS], zone, language)
    return earlier if earlier is not None and earlier <= found else found


def _short_year_line(text: str, zone: tzinfo) -> datetime | None:
    """The date of the first line of `text` that is "dd.mm.yy" alone (day first, 20yy)."""
    match = _SHORT_YEAR_LINE.search(text) if "." in text else None
    if match is None:
        return None
    day, month, year = map(int, match.groups())
    try:
        return plausible(datetime(2000 + year, month, day, tzinfo=zone))
    except ValueError:
        return None


def _unlabelled_after_update(
    text: str, end: int, updated: datetime, zone: tzinfo, language: str | None
) -> datetime:
    """The date on the line after an update's line (`end`: where its label ends) when that
    line has no update label and the date is earlier ("Aktualizacja: 09.01.2026 10:00" over
    "08.01.2026 14:30": published on the 8th); else `updated`."""
    newline = text.find("\n", end)
    if newline < 0:
        return updated
    line = text[newline + 1 : newline + 1 + _DATELINE_CHARS].split("\n", 1)[0]
    if not line or _modified_label(line) is not None:
        return updated
    earlier = date_in_text(line, zone, language)
    return earlier if earlier is not None and earlier < updated else updated


def _modified_label(text: str) -> re.Match[str] | None:
    """`_MODIFIED_LABEL.search(text)`, only once the lowered text holds a lowered spelling of
    the label (`CaselessWords`: a big case-blind alternation tries every letter, 0.3 us a
    character of Chinese, and most lines hold no label)."""
    return _MODIFIED_LABELS.search(text)


def _printed_update(
    near: _Near, zone: tzinfo, language: str | None, published: datetime | None
) -> datetime | None:
    """The last update a page prints after its headline: the date within `_MODIFIED_REACH`
    characters of an update label ("Updated:", "Last updated", "Mis à jour le", "更新时间：",
    "최종 수정") that opens a line, or follows a short lead or a date on it ("Published
    Jan 8 · Updated Jan 9"); None before the publication."""
    if near.h1 is None:
        return None
    for line in near.window(_DATE_WINDOW).split("\n"):
        label = _modified_label(line)
        if label is None:
            continue
        lead = line[: label.start()]
        if len(lead) > _MAX_UPDATE_LEAD and date_in_text(lead, zone, language) is None:
            continue  # a sentence of the text: "the list was updated on ..."
        found = date_in_text(line[label.end() :][:_MODIFIED_REACH], zone, language)
        if found is not None:
            return found if published is None or found >= published else None
    return None


def _labelled_date(lines: list[str], zone: tzinfo, language: str | None) -> datetime | None:
    """The date of the first line opening with a publication label (`_PUBLISHED_LABEL`), read
    in the label's line or, for a label alone on its line, in the next one."""
    for i, line in enumerate(lines):
        label = _PUBLISHED_LABEL.match(line)
        if label is None:
            continue
        rest = line[label.end() :].strip() or (lines[i + 1] if i + 1 < len(lines) else "")
        found = date_in_text(rest[:_DATELINE_CHARS], zone, language)
        if found is not None:
            return found
    return None


# Elements after the headline whose attributes may hold the date their text gives relatively:
# <time datetime="2012-01-12T08:45Z">3 hours ago</time>, <abbr title="2012-01-12T08:45:00Z">
# 3小時前</abbr> (the hAtom way).
_DATED_AFTER = xpath(
    f"following::*[position() <= {_NEAR_ELEMENTS}][@datetime or @title]"
    "[self::time or self::abbr or self::span]"
)


def _behind_relative(h1: HtmlElement, zone: tzinfo, now: datetime) -> datetime | None:
    """The full date in the `datetime` or `title` of the first element after the headline
    that prints a relative time: what "3小時前" stood for when the page was made, not when
    it was fetched (an archived page read years later)."""
    for node in _DATED_AFTER(h1):
        if relative_datetime(text_of(node)[:100], now) is None:
            continue
        found = _date(zone, node.get("datetime"), node.get("title"))
        if found is not None:
            return found
    return None


def _dateline(doc: HtmlElement, zone: tzinfo, language: str | None) -> datetime | None:
    """On a page with no headline markup (no <h1>, no heading that is the title) and no
    date-classed markup: the first short line of the body text that holds a date ("2012-01-17
    HKT 19:37", "【2012/01/17 16:59 報導】", "2003-5-29 09:07"), within the first
    `_DATELINE_ELEMENTS` elements. Page headers, menus, weather and "today" boxes are not read
    (see `_NOT_DATE`, `_is_page_header`), nor comments and related items (`_NOT_BYLINE`). A
    first date line without a time gives way to the next date line when that one has a time
    ("2006年12月27日" in an unmarked header cell, then "September 10th, 2005 10:56 am")."""
    body = doc.find("body")
    if body is None:
        return None
    seen = 0
    skipped: set[Any] = set()
    dated: datetime | None = None
    for el in body.iter():
        seen += 1
        if seen > _DATELINE_ELEMENTS:
            break
        if el.getparent() in skipped:
            skipped.add(el)
            continue
        if not isinstance(el.tag, str):
            continue
        label = f"{el.get('class', '')} {el.get('id', '')}"
        if (
            el.tag in _SKIPPED_TEXT
            or _is_page_header(el)
            or (label.strip() and (_NOT_DATE.search(label) or _NOT_BYLINE.search(label)))
        ):
            skipped.add(el)
            continue
        for text in (el.text, *(c.tail for c in el)):
            found = _dateline_date(" ".join((text or "").split()), zone, language)
            if found is None:
                continue
            if found.hour or found.minute or dated is not None:
                # a date alone, then a date with its time as the next date line: the first was
                # a header's "today" or a blog's founding day, the second the post's stamp
                return found if found.hour or found.minute else dated
            dated = found
    return dated


def _dateline_date(line: str, zone: tzinfo, language: str | None) -> datetime | None:
    """The date of a short line (`_DATELINE_CHARS`), or of the start of a longer one opening
    with a publication label ("Δημοσίευση: 8-1-2012, 10:54 Τελευταία ανανέωση: ...")."""
    if len(line) > _DATELINE_CHARS and _PUBLISHED_LABEL.match(line):
        line = line[:_DATELINE_CHARS]
    return _published_in(line, zone, language) if 6 <= len(line) <= _DATELINE_CHARS else None


def _unstructured_date(
    doc: HtmlElement,
    url: str,
    zone: tzinfo,
    now: datetime | None,
    language: str | None,
    near: _Near | None = None,
) -> datetime | None:
    """The publication date of a page without JSON-LD or meta dates, by decreasing
    reliability: a <time> marked as the publication, a date printed after the title, the first
    <time datetime>, the first ISO time of an <abbr title>, the <date> of a CMS's property
    comment, the date in the URL, a date in the <title>. Guards: a date after the fetch time
    (`now`) is not a publication date, and where the URL holds a date, a page date more than
    `_URL_DATE_SLACK` away from it is another article's (a related link) or the crawl day."""
    in_url = date_in_url(url, zone) if url else None
    finders: tuple[Callable[[], datetime | None], ...] = (
        lambda: _marked_time(doc, zone, near),
        lambda: _text_date(doc, zone, now, language, near),
        lambda: _date(zone, *_TIME_ANY(doc)[:1]),
        lambda: _abbr_time(doc, zone),
        lambda: _cms_comment_date(doc, zone),
    )
    for i, find in enumerate(finders):
        found = find()
        if found is None:
            continue
        if i < _ZONED_FINDERS:
            found = _stated_zone(doc, zone, language, found)
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
    return found if found is not None and (now is None or found <= now + _CLOCK_SKEW) else None


_SOLE_DATE_WINDOW = 30000  # characters of text after a headline its one date is sought in
# What holds other items' or the page's own dates after a headline: those of `_NOT_DATED`
# (comments, readers' letters, related lists, sidebars), and footers, teasers and menus.
_NOT_SOLE = re.compile(
    rf"(?:^|[\s_-])(?:{OTHER_ITEM_WORDS}|footer|teaser|card|aside|nav|menu)", re.I
)


def _sole_date(near: _Near | None, zone: tzinfo, language: str | None) -> datetime | None:
    """The date of a short line (`_DATELINE_CHARS`: a date line, not a sentence) after the
    headline where every date the text after it prints (outside comments, related lists,
    footers and menus: `_NOT_SOLE`) is on its day (a press release's "2019.03.05" under its
    text); None without a headline, or where it prints none, several days, or its one day in
    sentences only. The text before the headline is not read (a page header prints the day
    of the fetch)."""
    if near is None or near.h1 is None:
        return None
    found: datetime | None = None
    read = 0
    for text in _texts_after_outside(near.h1, _NOT_SOLE):
        read += len(text)
        if read > _SOLE_DATE_WINDOW:
            break
        if not _HAS_DIGIT.search(text):
            continue
        line = " ".join(text.split())
        day = date_in_text(line, zone, language)
        if day is None:
            continue
        if found is not None and day.date() != found.date():
            return None
        if found is None and len(line) <= _DATELINE_CHARS:
            found = day  # a date line of its own, not a date in a sentence
    return found


_HAS_DIGIT = re.compile(r"\d")


_ZONED_FINDERS = 3  # the finders above whose time a <time> may state the offset of
_DATED_TIMES = xpath("/descendant::time[@datetime]")
_STATED_OFFSET = re.compile(r"(?:Z|[+-]\d\d:?\d\d)\s*$")
_PROBE_ZONE = timezone(timedelta(hours=5, minutes=45))  # a zone no page's default is


def _stated_zone(doc: HtmlElement, zone: tzinfo, language: str | None, found: datetime) -> datetime:
    """`found` in the offset one of the first <time>s printing its wall time states: the
    datetime's ("2016-12-22T05:00:00-0800" of a printed "Dec. 22, 2016 5:00 a.m. PT", a zone
    no table holds), else its text's ("10/11/2022 08:00 AM EDT" of a datetime "2022-10-11
    08:00:00"); `found` where none does."""
    wall = found.replace(tzinfo=None, second=0, microsecond=0)
    for el in _DATED_TIMES(doc)[:_MARKED_TIMES]:
        attr = el.get("datetime") or ""
        stamp = parse_datetime(attr, zone)
        if stamp is None or stamp.replace(tzinfo=None, second=0, microsecond=0) != wall:
            continue
        if _STATED_OFFSET.search(attr):
            return stamp if stamp.utcoffset() != found.utcoffset() else found
        text = " ".join(text_of(el).split())
        printed = date_in_text(text, UTC, language) if text else None
        if (
            printed is not None
            and printed.replace(tzinfo=None, second=0) == wall
            and printed == date_in_text(text, _PROBE_ZONE, language)  # a zone it states
        ):
            return printed
    return found


# What holds other items' marked times: a sidebar or <aside> box, comments, related stories.
_OTHER_ITEMS = re.compile(
    r"(?:^|[\s_-])(?:aside|sidebar|comments?|related|recommend\w*|reply|replies|widgets?|popular)"
    r"(?:$|[\s_-])",
    re.I,
)
_MARKED_TIMES = 3  # marked times read for one outside other items


def _marked_time(doc: HtmlElement, zone: tzinfo, near: _Near | None) -> datetime | None:
    """The first time marked as a publication (`_TIME_PUBLISHED`) that is not in an <aside>,
    a sidebar, comments or related items (`_OTHER_ITEMS`, an ancestor below those that hold
    the headline too: "main-wrapper aside-active" around the whole page says nothing): a
    sidebar's list of posts, each `<time pubdate>`, is not the article's, whose own date may
    be unmarked."""
    values = _TIME_PUBLISHED(doc)[:_MARKED_TIMES]
    if not values:
        return None
    h1 = near.h1 if near is not None else None
    holders = frozenset(h1.iterancestors()) if h1 is not None else frozenset()
    for value in values:
        if not any(
            a.tag == "aside" or _OTHER_ITEMS.search(f"{a.get('class', '')} {a.get('id', '')}")
            for a in takewhile(lambda a: a not in holders, value.getparent().iterancestors())
        ):
            return _date(zone, value)
    return None


# The property block a Chinese CMS (Founder's) leaves in a comment: "<!--enpproperty
# <articleid>...</articleid><date>2022-02-13 00:00:00:0</date><author>...-->", its <date>
# the article's publication time.
_CMS_PROPERTIES = xpath("//comment()[contains(., 'enpproperty')]")
_CMS_DATE = re.compile(r"<date>\s*(\d{4}-\d{1,2}-\d{1,2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?)")


def _cms_comment_date(doc: HtmlElement, zone: tzinfo) -> datetime | None:
    """The <date> of a CMS's property comment (`_CMS_PROPERTIES`), read as a machine time."""
    for comment in _CMS_PROPERTIES(doc)[:1]:
        match = _CMS_DATE.search(comment.text or "")
        if match is not None:
            return _date(zone, match.group(1))
    return None


def _abbr_time(doc: HtmlElement, zone: tzinfo) -> datetime | None:
    """The first ISO date an <abbr> gives in its title (`_ABBR_TIMES`)."""
    title = next((t for t in _ABBR_TIMES(doc) if _ISO_DAY.match(t)), None)
    return _date(zone, title) if title else None


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
    (benchmarks/extraction/README.md, session 22, dates22)."""
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
    return meta, (raws[1], raws[0], *raws[2:])


# A structured time without an offset: "2026-01-08T10:00:00", "2026-01-08 10:00".
_ZONELESS_TIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?")


def _printed_zone(
    published: datetime,
    raws: tuple[Any, ...],
    doc: HtmlElement,
    zone: tzinfo,
    language: str | None,
    near: _Near,
) -> datetime:
    """A structured time given without an offset ("2026-01-08T10:00:00", read in `zone`) in
    the zone the page prints beside the same time ("January 8, 2026 10:00 CET", "10:00
    WIB", "23:30 (GMT+7)"); else as it was."""
    # (the first raw given: when it is such a time it parses, so it is the one read)
    raw = next((str(r).strip() for r in raws if r), "")
    if _ZONELESS_TIME.fullmatch(raw) is None:
        return published
    printed = _text_date(doc, zone, None, language, near)
    if (
        printed is None
        or printed.utcoffset() == published.utcoffset()
        or printed.replace(tzinfo=None) != published.replace(tzinfo=None)
    ):
        return published
    return printed


def _date(zone: tzinfo, *raws: Any) -> datetime | None:
    """The first of `raws` that parses as a date."""
    for raw in raws:
        if raw and (found := parse_datetime(str(raw), zone)):
            return found
    return None
