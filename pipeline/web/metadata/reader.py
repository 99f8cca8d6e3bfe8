"""The one metadata reader: `PageView` (a page parsed once, its metas and article JSON-LD
object read on first use) and `read_metadata`, which reads every field of `Metadata` from them:
the title, the dates, the authors, the canonical URL, the site's name, the language, the
summary (the description, unless it is the title again or a keyword list) and the images.

It reads the metas and the JSON-LD (`structured`), the title (`titles`), the dates (`dates`)
and the authors (`authorship`); the headline node both of these look near is found once per page
(`headline._Near`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, tzinfo
from functools import cached_property, partial
from typing import Any
from urllib.parse import urlsplit

from pipeline.text.bylines import in_language
from pipeline.text.countryzones import country_day, country_zone
from pipeline.text.dateparts import plausible
from pipeline.text.scripts import KANA, has_han
from pipeline.web.html import HtmlElement, parse_document, text_of
from pipeline.web.metadata.authorship import _authors
from pipeline.web.metadata.brokenld import SALVAGED
from pipeline.web.metadata.canonical import canonical_link
from pipeline.web.metadata.datelabels import _printed_update
from pipeline.web.metadata.dates import (
    _DATE_METAS,
    _MODIFIED_METAS,
    _printed_of_day,
    _printed_of_two,
    _printed_zone,
    _unambiguous,
    _unstructured_date,
    _url_and_printed,
    _zone,
)
from pipeline.web.metadata.hannames import japanese_page
from pipeline.web.metadata.headline import _Near
from pipeline.web.metadata.localday import country_wall, local_day
from pipeline.web.metadata.machinetimes import _date, stated_offset
from pipeline.web.metadata.mastheads import masthead_day
from pipeline.web.metadata.organisations import SITE_METAS, _key, site_keys
from pipeline.web.metadata.ownarticle import PAGE_PUBLISHED
from pipeline.web.metadata.pagedating import dating_language, generic_meta_date
from pipeline.web.metadata.printeddates import _text_date
from pipeline.web.metadata.structured import (
    _first,
    _image_urls,
    _name,
    _publisher,
    jsonld_article,
    meta_values,
)
from pipeline.web.metadata.summaries import DESC_METAS as _DESC_METAS
from pipeline.web.metadata.summaries import page_summary as _page_summary
from pipeline.web.metadata.titlechoice import as_printed, later_printed, own_parts, retold
from pipeline.web.metadata.titleprefix import (
    printed_title,
    whole_title,
    without_prefix,
    without_section,
)
from pipeline.web.metadata.titles import og_title_whole, page_title
from pipeline.web.metadata.titlesources import title_source
from pipeline.web.urls import absolute

# The metas naming the article's title for social cards and catalogues (Dublin Core): the
# og:title, else the first of the others
_TITLE_METAS = ("og:title", "twitter:title", "dc.title", "dc:title", "dcterms.title")
_LANGUAGE_METAS = ("content-language", "og:locale", "language")


@dataclass(frozen=True)
class Metadata:
    """What a page says about itself (None or empty where it says nothing).

    title: og:title, else the JSON-LD headline, else <title>, without the site's name before
    or after it (known by og:site_name and kin, the JSON-LD publisher or the host).
    summary: the JSON-LD description, else og:description, description, twitter:description.
    authors: the first source naming a person: the JSON-LD author (not Organization-typed), the
    author metas (author, article:author, parsely-author ...; URLs skipped), the byline markup
    after the <h1> (itemprop/rel=author, a class or id holding author or byline; comments and
    bios skipped), a "By ..." / « Par ... » / "作者：..." line under the <h1>. Each name apart
    ("A and B", « A et B », "A、B", "Von A und B" are split); "By", roles, dates, e-mails,
    places and organisations (agencies, desks, the site itself) dropped (`split_authors`).
    published_at: JSON-LD datePublished, the date metas, JSON-LD dateCreated, the page's
    WebPage's datePublished; else, checked against the URL date and the fetch time
    (`_unstructured_date`): a <time> marked as the publication (itemprop, pubdate), a date
    printed after the <h1> (numeric, Chinese, in ~30 languages, or relative to the fetch
    time), the first <time datetime>; else the URL's. modified_at, kept apart: dateModified,
    article:modified_time and kin, else the date an update label prints after the headline
    ("Updated: ...", "Mis à jour le ...", "更新时间：...", `datelabels._printed_update`), never
    one before the publication. Neither is ever after the fetch time (two days' slack for
    zones) nor the "no date" of software ("0001-01-01", zero: `pipeline.text.dateparts.plausible`).
    canonical: rel=canonical, else og:url, else the page URL. site_name: og:site_name and kin,
    else the JSON-LD publisher. language: <html lang>, else content-language, og:locale,
    language metas (lower case, "_" as "-"). images: the JSON-LD image(s), then og:image, made
    absolute, the lead image first.
    """

    title: str | None = None
    summary: str | None = None
    authors: tuple[str, ...] = ()
    published_at: datetime | None = None
    modified_at: datetime | None = None
    canonical: str = ""
    site_name: str | None = None
    language: str | None = None
    images: tuple[str, ...] = ()

    @property
    def author(self) -> str | None:
        """The authors joined by ", " (None when there is none)."""
        return ", ".join(self.authors) or None

    def as_dict(self) -> dict[str, Any]:
        """title, published_at, author, description, language, canonical, site_name."""
        return {
            "title": self.title,
            "published_at": self.published_at,
            "author": self.author,
            "description": self.summary,
            "language": self.language,
            "canonical": self.canonical,
            "site_name": self.site_name,
        }


@dataclass
class PageView:
    """One decoded page parsed once (Fundus' precomputed page): its markup, its tree (lxml's
    own elements, comments kept: `parse_document`) and, read on first use, its meta tags and
    article JSON-LD. Site parsers and the generic extractor receive this view instead of
    parsing, and read metadata through `metadata()`.

    Readers may prune `doc` in place (site parsers drop furniture): read `metadata()` before
    (it also reads <title>, the canonical link and the <h1> byline from the tree). The next
    reader after one that gave up takes `fresh()`, a view on a new tree of the same markup.
    """

    html: str
    doc: Any = field(repr=False)  # read by `sites._common`'s select, text_of and drop_tree
    url: str = ""
    utf8: bytes | None = field(default=None, repr=False)  # html's exact UTF-8, if known
    # The Python object of every node of `doc` as parsed, held while the view lives (`parse`).
    nodes: list[Any] = field(default_factory=list, repr=False, compare=False)

    @classmethod
    def parse(cls, html: str, url: str = "", utf8: bytes | None = None) -> PageView | None:
        """The view of decoded markup, or None when it holds no markup at all. `utf8`: the
        exact UTF-8 encoding of `html` when the caller has it (a body that decoded as strict
        UTF-8), parsed instead of the text (`web.html.parse_document`).

        lxml makes a node's Python object when a walk reaches it and frees it once nothing
        refers to it, so each walk of the page (metadata, links, pruning, scoring ...) made
        and freed most of them again; made once here and held by the view, every later walk
        finds them made (a bench page: 0.7 M instructions fewer of 20.9 M). Nothing else
        changes: lxml gives a node one object at a time, held or not."""
        doc = parse_document(html, utf8)
        return cls(html, doc, url, utf8, list(doc.iter())) if doc is not None else None

    def fresh(self) -> PageView:
        """A view on a new, unpruned tree of the same markup."""
        view = PageView.parse(self.html, self.url, self.utf8)
        assert view is not None  # the same markup parsed once already
        return view

    @cached_property
    def metas(self) -> dict[str, str]:
        """<meta> contents by lower-cased property, name and itemprop (the first non-empty)."""
        return meta_values(self.doc)

    @cached_property
    def jsonld(self) -> dict[str, Any]:
        """The page's article JSON-LD object, by the one rule of `jsonld_article`."""
        return jsonld_article(self.doc)

    def meta(self, *keys: str) -> str | None:
        """The content of the first of `keys` (case-insensitive) the page's metas hold."""
        return _first(self.metas, tuple(k.lower() for k in keys))

    def metadata(self, zone: tzinfo | None = None, now: datetime | None = None) -> Metadata:
        """The page's Metadata; dates without an offset are read in `zone` (a site's), else
        in Japan's and Korea's on pages declared ja and ko, in Asia/Shanghai on Chinese pages
        (declared zh, or Han in the title) and UTC elsewhere.
        `now` (the fetch time) dates a byline printed as "3小时前" / "yesterday"."""
        return read_metadata(self.doc, self.metas, self.jsonld, self.url, zone, now)


# Words of an image file's name that say it is the site's, not the article's: the share
# image a template falls back on ("facebook-default-wide.jpg", "social-placeholder.jpg",
# "default_ogimage600x600.png"), the site's logo or icon ("cnyes_logo.gif").
_SITE_IMAGE_WORDS = frozenset({"default", "placeholder", "logo", "icon", "sprite", "blank"})


def _site_image(url: str) -> bool:
    """True when the file name of an image URL (not its folders: Drupal keeps every upload
    under sites/default/files) names a default, a placeholder, a logo or an icon."""
    try:
        path = urlsplit(url).path
    except ValueError:  # a malformed host: nothing to say about the file
        return False
    name = path.rsplit("/", 1)[-1].rsplit(".", 1)[0].lower()
    return bool(_SITE_IMAGE_WORDS & set(re.split(r"[^a-z]+", name)))


def _language(doc: HtmlElement, metas: dict[str, str]) -> str | None:
    lang = doc.get("lang") or doc.get("xml:lang") or _first(metas, _LANGUAGE_METAS)
    return lang.strip().replace("_", "-").lower() or None if lang else None


def read_metadata(
    doc: HtmlElement,
    metas: dict[str, str],
    ld: dict[str, Any],
    url: str = "",
    zone: tzinfo | None = None,
    now: datetime | None = None,
) -> Metadata:
    """The Metadata of a page from its (not yet pruned) tree, its metas and its article
    JSON-LD object (`PageView.metadata` passes its own). `now` is the fetch time: a byline
    that only says "3小时前" or "昨天 18:21" is read against it."""
    language = _language(doc, metas)
    publisher = _publisher(ld.get("publisher"))
    site_name = _first(metas, SITE_METAS) or publisher
    title_node = doc.find(".//title")
    page_text = text_of(title_node) if title_node is not None else ""
    h1 = doc.find(".//h1")
    keys = site_keys(site_name, url, publisher)
    raw_title = title_source(
        _first(metas, _TITLE_METAS),
        _name(ld.get("headline")),
        page_text,
        text_of(h1) if h1 is not None else "",
        keys,
    )
    if zone is None:
        # (an undeclared page whose title holds kana is Japanese: Han alone says Chinese)
        kana = not language and bool(raw_title) and KANA.search(raw_title) is not None
        zone = _zone(
            bool(language and language.startswith("zh")) or has_han(raw_title or ""),
            "ja" if kana else language,
        )
    raws = (
        ld.get("datePublished"),
        _first(metas, _DATE_METAS),
        ld.get("dateCreated"),
        ld.get("uploadDate"),
        ld.get(PAGE_PUBLISHED),
    )
    updates = (ld.get("dateModified"), _first(metas, _MODIFIED_METAS))
    if ld.get(SALVAGED):  # (a block that is no JSON: its dates after the metas')
        raws, updates = (raws[1], raws[0], *raws[2:]), updates[::-1]
    stated = partial(stated_offset, doc, (*raws, *updates))  # (the offset the page states)
    # A date after the fetch (or now) is no publication date: a scheduled page's, an event's,
    # a wrong year's; two days for the zones the day is shown in. A fetch time no page has
    # ("9999-12-31", "0001-01-01") is none; one without a zone (a library caller's) is UTC.
    now = plausible(now.replace(tzinfo=UTC) if now is not None and now.tzinfo is None else now)
    latest = (now or datetime.now(UTC)) + _FUTURE_SLACK
    published = _before(latest, _date(zone, *raws))
    images = [absolute(i, url) for i in [*_image_urls(ld.get("image")), metas.get("og:image")]]
    images = [i for i in images if not (i and _site_image(i))]
    title = page_title(raw_title, site_name, url)
    if title and raw_title:  # (a part no site's name was cut that the page says is its own)
        title = own_parts(raw_title, title, page_text, h1, keys)
    title = whole_title(doc, raw_title, title, keys)
    title = without_prefix(doc, title, (*map(metas.get, SITE_METAS), publisher))
    title = without_section(doc, title, raw_title)
    near = _Near(doc, title)
    if title and raw_title and title != raw_title:
        title, near = _uncut(doc, near, raw_title, title, title_node, metas, site_name, url)
    printed = printed_title(near.h1, raw_title, title, keys)
    if printed == title and title:  # (the first <h1> a tagline: a later one prints it)
        printed = later_printed(doc, near.h1, raw_title, title, keys)
    if printed != title:  # the headline prints the title's opening part, cut before
        title, near = printed, _Near(doc, printed)
    title = as_printed(near.h1, title)
    if title and not _first(metas, _TITLE_METAS) and not _name(ld.get("headline")):
        if (told := retold(doc, title)) != title:  # (the <title> alone names it: the <h1>'s)
            title, near = told, _Near(doc, told)
    dating = dating_language(language, url, raw_title, _first(metas, _DESC_METAS))
    shown = partial(_text_date, doc, zone, None, dating, near)  # (the date the page prints)
    if published is not None:
        chosen, reordered = _printed_of_two(published, raws, doc, zone, dating, near)
        if _before(latest, chosen) is not None:  # (a meta's day after the fetch is none)
            published, raws = chosen, reordered
        published = _unambiguous(published, raws, doc, zone, dating, near)
        published = _printed_zone(published, raws, doc, zone, dating, near)
        published = country_wall(published, raws, zone, url, stated, shown)
        published = _url_and_printed(published, url, doc, zone, dating, near)
        published = _printed_of_day(published, raws, doc, zone, dating, near)
        published = local_day(published, raws, zone, url, shown)
        published = generic_meta_date(published, raws[0], metas, doc, zone, dating, near)
    updated = country_wall(_date(zone, *updates), (*updates, *raws), zone, url, stated, shown)
    # a time printed without a zone, on a page whose language gives none: its machine times'
    # offset ("+01:00"), else its domain's country's ("13h59" on ".fr": Paris's), else UTC
    printed_zone = zone
    if zone is UTC and (published is None or updated is None):
        printed_zone = stated_offset(doc, (*raws, *updates)) or country_zone(url) or zone
    if published is None:  # (the last update gives the year of a day printed without one)
        found = _unstructured_date(
            doc, url, printed_zone, now, dating, near, _before(latest, updated)
        ) or masthead_day(doc, printed_zone, dating, now, near)  # last: an edition's day
        published = _before(latest, country_day(found, printed_zone, url))
    japanese = (language or "").startswith("ja") or (
        not language and bool(raw_title) and KANA.search(raw_title or "") is not None
    )
    with japanese_page(japanese):  # ("山田 太郎": one name on a Japanese page, two in Chinese)
        authors = _authors(doc, ld, metas, keys, near)
    return Metadata(
        title=title,
        summary=_page_summary(ld, metas, title, keys),
        authors=in_language(authors, language),
        published_at=published,
        modified_at=_before(
            latest,
            updated
            or country_day(
                _printed_update(near, printed_zone, dating, published), printed_zone, url
            ),
        ),
        canonical=canonical_link(doc, url),
        site_name=site_name,
        language=language,
        images=tuple(dict.fromkeys(i for i in images if i)),
    )


_FUTURE_SLACK = timedelta(days=2)


def _before(latest: datetime, found: datetime | None) -> datetime | None:
    """`found` unless it is after `latest`."""
    return found if found is None or found <= latest else None


def _uncut(
    doc: HtmlElement,
    near: _Near,
    raw: str,
    title: str,
    title_node: HtmlElement | None,
    metas: dict[str, str],
    site_name: str | None,
    url: str,
) -> tuple[str, _Near]:
    """The title uncut (and its headline) where the cut lost its own part: the headline found
    prints the raw title whole (as `whole_title` asks of the first <h1>, a hidden player's
    on some pages), or no headline prints the cut title and the <title> shows the og:title
    holds no site's part (`og_title_whole`)."""
    if near.h1 is not None:
        whole = " ".join(raw.split())
        return (whole, near) if _key(text_of(near.h1)) == _key(whole) else (title, near)
    if title_node is None or not metas.get("og:title"):
        return title, near
    whole_title = og_title_whole(raw, text_of(title_node), site_name, url)
    return (whole_title, _Near(doc, whole_title)) if whole_title else (title, near)


def page_metadata(html: str, url: str | None = None) -> dict[str, Any]:
    """`Metadata.as_dict` of decoded markup ({} when it holds no markup)."""
    view = PageView.parse(html, url or "")
    return view.metadata().as_dict() if view is not None else {}
