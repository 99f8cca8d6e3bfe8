"""The one metadata reader: JSON-LD, og:/article: metas, common meta names, <title>, <html lang>.

A page is parsed once into a `PageView`; its meta tags and its article JSON-LD object are read
once (on first use) and `PageView.metadata()` reads every field from them: site parsers and the
generic path both call it. The JSON-LD object is picked by one rule (`jsonld_article`).

Dates come out zone-aware: an explicit offset is kept; a date without one is read in the zone
the caller gives (a site's newsroom zone), else Asia/Shanghai on Chinese pages (the zone Chinese
sites publish in) and UTC elsewhere.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from functools import cached_property
from typing import Any
from urllib.parse import urlsplit

from pipeline.text.scripts import has_han
from pipeline.web.html import HtmlElement, parse_document, text_of, xpath
from pipeline.web.metadata.dates import (
    _DATE_METAS,
    _MODIFIED_METAS,
    _date,
    _unambiguous,
    _unstructured_date,
    _zone,
)
from pipeline.web.metadata.headline import (
    _BYLINE_TEST,
    _BYLINE_WORD,
    _MAX_BYLINE_NODES,
    _NOT_BYLINE,
    _NOT_BYLINE_SELF,
    _Near,
)
from pipeline.web.metadata.names import _key, _node_names, _people, _wider, site_keys, split_authors
from pipeline.web.metadata.structured import (
    _first,
    _image_urls,
    _ld_people,
    _metas,
    _name,
    _publisher,
    canonical_link,
    jsonld_article,
)
from pipeline.web.metadata.titles import page_title
from pipeline.web.metadata.visible import _ancestry_says, _window_of
from pipeline.web.metadata.vocabulary import (
    _BYLINE_LINE,
    _CREDIT,
    _CREDIT_ROLE,
    _CREDIT_WORD,
    _CREDIT_WORDS,
    _MAX_HAN_NAME,
    _PHOTO_CREDIT,
)
from pipeline.web.urls import absolute

_AUTHOR_METAS = (
    "author",
    "article:author",
    "byline",
    "dc.creator",
    "sailthru.author",
    "parsely-author",
    "article:author_name",
    "cxenseparse:author",
    "content_author",
    "articleauthor",
    "authors",
    "citation_author",
    "og:author",
)
_DESC_METAS = ("og:description", "description", "twitter:description")
_SITE_METAS = ("og:site_name", "application-name", "sitename", "site_name")
_LANGUAGE_METAS = ("content-language", "og:locale", "language")
# (The attribute filters first: libxml2 then runs the string tests only on elements that have
# one of the attributes they read; the same nodes.)
_BYLINE_NODES = xpath("//*[@itemprop or @rel or @class or @id]" + _BYLINE_TEST)
# Characters a credit starts before its word in a text of `_lines` (no two whitespace
# characters in a row): "（", a space, a name of four characters, a space before "报道"; an
# outlet of ten characters after "（" before "记者"; three Korean names joined by "·" or ", "
# and a space before "기자".
_CREDIT_LEAD = 17
_CREDIT_WINDOW = 6000  # characters of article text searched for a reporter's credit
_BYLINE_WINDOW = 300


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
    published_at: JSON-LD datePublished, the date metas, JSON-LD dateCreated; else, checked
    against the URL date and the fetch time (`_unstructured_date`): a <time> marked as the
    publication (itemprop, pubdate), a date printed after the <h1> (numeric, Chinese, written
    in ~30 languages, or relative to the fetch time), the first <time datetime>; else the date
    in the URL. modified_at, kept apart: dateModified, article:modified_time and kin.
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
    """One decoded page parsed once (Fundus' precomputed page): its markup, its lxml.html tree
    and, read on first use, its meta tags and article JSON-LD. Site parsers and the generic
    extractor receive this view instead of parsing, and read metadata through `metadata()`.

    Readers may prune `doc` in place (site parsers drop furniture): read `metadata()` before
    (it also reads <title>, the canonical link and the <h1> byline from the tree). The next
    reader after one that gave up takes `fresh()`, a view on a new tree of the same markup.
    """

    html: str
    doc: Any = field(repr=False)  # lxml.html.HtmlElement: cssselect, text_content, drop_tree
    url: str = ""
    utf8: bytes | None = field(default=None, repr=False)  # html's exact UTF-8, if known

    @classmethod
    def parse(cls, html: str, url: str = "", utf8: bytes | None = None) -> PageView | None:
        """The view of decoded markup, or None when it holds no markup at all. `utf8`: the
        exact UTF-8 encoding of `html` when the caller has it (a body that decoded as strict
        UTF-8), parsed instead of the text (`web.html.parse_document`)."""
        doc = parse_document(html, utf8)
        return cls(html, doc, url, utf8) if doc is not None else None

    def fresh(self) -> PageView:
        """A view on a new, unpruned tree of the same markup."""
        view = PageView.parse(self.html, self.url, self.utf8)
        assert view is not None  # the same markup parsed once already
        return view

    @cached_property
    def metas(self) -> dict[str, str]:
        """<meta> contents by lower-cased property, name and itemprop (the first non-empty)."""
        return _metas(self.doc)

    @cached_property
    def jsonld(self) -> dict[str, Any]:
        """The page's article JSON-LD object, by the one rule of `jsonld_article`."""
        return jsonld_article(self.doc)

    def meta(self, *keys: str) -> str | None:
        """The content of the first of `keys` (case-insensitive) the page's metas hold."""
        return _first(self.metas, tuple(k.lower() for k in keys))

    def metadata(self, zone: tzinfo | None = None, now: datetime | None = None) -> Metadata:
        """The page's Metadata; dates without an offset are read in `zone` (a site's), else
        in Asia/Shanghai on Chinese pages (declared zh, or Han in the title) and UTC elsewhere.
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


def _authors(
    doc: HtmlElement,
    ld: dict[str, Any],
    metas: dict[str, str],
    keys: frozenset[str],
    near: _Near | None = None,
) -> tuple[str, ...]:
    """The first source that names a person: the JSON-LD author, the author metas, the byline
    markup (itemprop/rel=author, class or id holding author/byline), a "By ..." line printed
    after the title. An author meta replaces the JSON-LD when it names the same people and
    more (co-authors left out of the JSON-LD), and the visible byline replaces the JSON-LD
    when an author meta names its person and the JSON-LD does not (a JSON-LD naming the
    editor or the uploader)."""
    ld_names = list(
        dict.fromkeys(n for raw in _ld_people(ld.get("author")) for n in split_authors(raw, keys))
    )
    meta_names: list[str] = []
    for meta_key in _AUTHOR_METAS:
        value = metas.get(meta_key)
        if value and not value.startswith(("http://", "https://")):
            meta_names = split_authors(value, keys)
            if meta_names:
                break
    if ld_names and _wider(meta_names, ld_names):
        ld_names = meta_names
    first = ld_names or meta_names
    if ld_names and not meta_names:
        return tuple(ld_names)  # the byline replaces the JSON-LD only where a meta names it
    near = near or _Near(doc)
    byline = _byline_authors(doc, keys, near)
    if not first:
        return tuple(byline or _credited(doc, keys, near))
    if not ld_names:
        # an author meta naming someone the page never prints (its editor: "author" metas of
        # Chinese CMSs) gives way to the byline or credit the page prints
        printed = byline or _credited(doc, keys, near)
        if (
            printed
            and all(_name_shaped(name) for name in printed)
            and not _people(printed) & _people(meta_names)
            and not _printed(doc, meta_names)
        ):
            return tuple(printed)
    if (
        ld_names
        and byline
        and _people(byline) & _people(meta_names)
        and not _people(byline) & _people(ld_names)
    ):
        return tuple(byline)
    return tuple(first)


def _credited(doc: HtmlElement, keys: frozenset[str], near: _Near) -> list[str]:
    """The reporters a Chinese or Korean article credits in its text (see `_CREDIT`), on a
    page whose markup names no author: the text after the headline, else the body's text."""
    if near.h1 is not None:
        text = near.window(_CREDIT_WINDOW)
    else:
        body = doc.find("body")
        text = _window_of(body, _CREDIT_WINDOW) if body is not None else ""
    if not any(word in text for word in _CREDIT_WORDS):
        return []
    for match in _credits(text):
        if match.group("line") and near.h1 is None:
            continue  # a line "新华社记者看东北" on a page without a headline: a menu's column
        found = next(group for group in match.groups() if group)
        if not found.endswith(_PHOTO_CREDIT):
            # "（实习记者 樊亮 张明超 记者惠禾）": the role again before a later name
            return split_authors(_CREDIT_ROLE.sub(" ", found), keys)
    return []


def _credits(text: str) -> Iterator[re.Match[str]]:
    """`_CREDIT.finditer(text)` for a text of `_lines`, trying the pattern only at the
    `_CREDIT_LEAD` characters before each credit word and at the word: every match starts
    there (a match holds its word, after a lead of at most a bracket, a space, a four-character
    name and a space), so no other start can match; the pattern is slow tried at every
    character of a long Chinese text."""
    end = 0  # where the last match ended: the next one starts there or after
    for word in _CREDIT_WORD.finditer(text):
        for start in range(max(end, word.start() - _CREDIT_LEAD), word.start() + 1):
            match = _CREDIT.match(text, start)
            if match is not None:
                yield match
                # it ends after this word (its own word is this one or a later one: a start
                # before an earlier word would have matched there), so no more starts here
                end = match.end()
                break


def _name_shaped(name: str) -> bool:
    """True for a name of the shape of a person's: two to four Han characters, or one to four
    words each starting with a capital (not an acronym: "PAP", "AFP" are agencies)."""
    if has_han(name):
        return 2 <= len(name) <= _MAX_HAN_NAME and all(has_han(ch) for ch in name)
    words = name.split()
    if not 1 <= len(words) <= 4 or (len(words) == 1 and name.isupper()):
        return False
    return all(w[:1].isupper() and w[-1:].isalpha() or w.endswith(".") for w in words)


def _printed(doc: HtmlElement, names: list[str]) -> bool:
    """True when the page's visible text holds one of `names` (case and spacing ignored)."""
    body = doc.find("body")
    if body is None:
        return False
    text = _key(_window_of(body, 10**9))
    return any(_key(name) in text for name in names)


def _byline_authors(doc: HtmlElement, keys: frozenset[str], near: _Near) -> list[str]:
    h1 = near.h1
    if h1 is not None:  # the byline markup after the title, then a "By ..." line there
        names = _first_names(near.marked[0], keys)
        if names:
            return names
        match = _BYLINE_LINE.search(near.window(_BYLINE_WINDOW))
        if match:
            return split_authors(match.group(1), keys)
        return near.above_names(keys)  # a byline set right above the title
    return _first_names([n for n in _BYLINE_NODES(doc) if _byline_marked(n)], keys)


def _byline_marked(node: HtmlElement) -> bool:
    """True for byline markup among the nodes `_BYLINE_NODES` gives: a class or id holding
    "author" or "byline" (`_BYLINE_TEST` finds these exactly) or an abbreviation of it
    (`_BYLINE_WORD`: the test's "aut" finds more, "auto-play" too)."""
    label = f"{node.get('class', '')} {node.get('id', '')}"
    return (
        "uthor" in label
        or "yline" in label
        or "author" in (node.get("itemprop"), node.get("rel"))
        or bool(_BYLINE_WORD.search(label))
    )


def _first_names(nodes: list[HtmlElement], keys: frozenset[str]) -> list[str]:
    """The names of the first byline node that gives any (comments, bios ... skipped)."""
    for node in nodes[:_MAX_BYLINE_NODES]:
        own = f"{node.get('class', '')} {node.get('id', '')}"
        if _NOT_BYLINE_SELF.search(own) or _ancestry_says(node, _NOT_BYLINE):
            continue
        if _FORM_PART(node):
            continue  # a comment box's author field and its login links ("tie-author")
        names = _node_names(node, keys)
        if names:
            return names
    return []


# A form, or a part of one: what a reader types in (a comment's author, a login), no byline.
_FORM_PART = xpath(
    "boolean(self::form or self::input or self::textarea or ancestor::form "
    "or descendant::form or descendant::input[not(@type='hidden')] or descendant::textarea)"
)


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
    site_name = _first(metas, _SITE_METAS) or publisher
    title_node = doc.find(".//title")
    raw_title = (
        metas.get("og:title")
        or _name(ld.get("headline"))
        or (text_of(title_node) if title_node is not None else "")
    )
    if zone is None:
        zone = _zone(bool(language and language.startswith("zh")) or has_han(raw_title or ""))
    raws = (
        ld.get("datePublished"),
        _first(metas, _DATE_METAS),
        ld.get("dateCreated"),
        ld.get("uploadDate"),
    )
    published = _date(zone, *raws)
    images = [absolute(i, url) for i in [*_image_urls(ld.get("image")), metas.get("og:image")]]
    images = [i for i in images if not (i and _site_image(i))]
    keys = site_keys(site_name, url, publisher)
    title = page_title(raw_title, site_name, url)
    near = _Near(doc, title)
    if published is not None:
        published = _unambiguous(published, raws, doc, zone, language, near)
    return Metadata(
        title=title,
        summary=_summary(_name(ld.get("description")) or _first(metas, _DESC_METAS), title),
        authors=_authors(doc, ld, metas, keys, near),
        published_at=published or _unstructured_date(doc, url, zone, now, language, near),
        modified_at=_date(zone, ld.get("dateModified"), _first(metas, _MODIFIED_METAS)),
        canonical=canonical_link(doc, url),
        site_name=site_name,
        language=language,
        images=tuple(dict.fromkeys(i for i in images if i)),
    )


# A blank run is tried from its first blank only, as in _TITLE_SEPARATORS.
_KEYWORD_SEPARATORS = re.compile(r"(?<!\s)\s+[,，;；]\s*|[,，;；]\s*")
_MAX_KEYWORD = 10  # characters of one item of a keyword list


def _summary(description: str | None, title: str | None) -> str | None:
    """The page's description as its summary, unless it says nothing more: no letter (",",
    "#"), the title again, or a list of keywords ("云南日报网,2013,云南,云南网") where the
    site put its keywords."""
    if not description or not any(ch.isalpha() for ch in description):
        return None
    if title and _key(description) == _key(title):
        return None
    items = [item for item in _KEYWORD_SEPARATORS.split(description.strip()) if item]
    if len(items) >= 2 and all(len(item) <= _MAX_KEYWORD for item in items):
        return None
    return description


def page_metadata(html: str, url: str | None = None) -> dict[str, Any]:
    """`Metadata.as_dict` of decoded markup ({} when it holds no markup)."""
    view = PageView.parse(html, url or "")
    return view.metadata().as_dict() if view is not None else {}
