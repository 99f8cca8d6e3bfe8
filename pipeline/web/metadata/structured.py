"""What a page declares about itself: its meta tags (og:, article:, name= and itemprop=
metas, those inside a non-article itemscope left out), its article JSON-LD object (picked by one
rule, `jsonld_article`), the names, people and images in JSON-LD values (its canonical link:
`canonical`).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from typing import Any, cast

from pipeline.web.html import HtmlElement
from pipeline.web.htmltree import document_elements
from pipeline.web.jsonvalue import json_value, json_value_at
from pipeline.web.metadata.brokenld import salvaged
from pipeline.web.metadata.ownarticle import own_article, with_page_date

logger = logging.getLogger(__name__)

# JSON-LD @types of an article (NewsArticle, ReportageNewsArticle, TechArticle, LiveBlogPosting,
# Report...); a WebPage object stands in when the page has none of them.
_ARTICLE_TYPES = re.compile(r"Article|BlogPosting|Report", re.I)
_PAGE_TYPE = "webpage"
# The main object of a video or podcast page with no article object and no WebPage object.
_MEDIA_TYPES = {"VideoObject", "AudioObject", "PodcastEpisode"}
# `/descendant::x[...]` is `//x[...]` (no position in the predicates: the same nodes, in document
# order), evaluated in one walk of the document instead of a child step from every node: about
# a sixth less time for each of these whole-page lookups.
# The XHTML wrappers of a script's text: <![CDATA[ ... ]]>, <!-- ... -->, //<![CDATA[ ... //]]>.
_JSON_WRAPPER = re.compile(r"^\s*(?://\s*)?(?:<!\[CDATA\[|<!--)|(?://\s*)?(?:\]\]>|-->)\s*$")
_META_KEYS = ("property", "name", "itemprop")
_ORG_TYPES = re.compile(r"Organi[sz]ation|Corporation|NewsMedia|Thing|Brand|WebSite", re.I)


def meta_values(doc: HtmlElement) -> dict[str, str]:
    """Meta name/property/itemprop (lower-cased) -> content, the first of each name with a
    content, in `doc` (a page, or its <head> alone); the author metas a page repeats, one a
    person (`_LISTED_METAS`: Open Graph's article:author is a list), the first's key and
    `MORE` giving the others' values apart by `LISTED`; an itemprop meta inside an article's
    microdata scope (itemtype ...Article) replaces one of another scope (a video player's
    datePublished before the article's)."""
    out: dict[str, str] = {}
    in_article: set[str] = set()
    listed: dict[str, int] = {}  # values kept under MORE, by key
    for meta in doc.iter("meta"):
        # (its attributes read in one call: four `get`s cost three times as much a meta; an
        # HTML tree's names and values are str, whatever the stubs allow)
        attrs = cast("dict[str, str]", dict(meta.items()))
        value = (attrs.get("content") or "").strip()
        if not value:
            continue
        for attr in _META_KEYS:
            key = (attrs.get(attr) or "").strip().lower()
            if not key:
                continue
            if key not in out:
                out[key] = value
                if attr == "itemprop" and _article_scope(meta):
                    in_article.add(key)
            elif (
                attr != "itemprop"
                and key in _LISTED_METAS
                and listed.get(key, 0) < _MAX_LISTED
                and _another(value, out[key])
            ):  # one author meta a person: the others' values kept under `MORE`
                listed[key] = listed.get(key, 0) + 1
                more = out.get(key + MORE)
                out[key + MORE] = f"{more}{LISTED}{value}" if more else value
            elif attr == "itemprop" and key not in in_article and _article_scope(meta):
                out[key] = value
                in_article.add(key)
    if "parsely-page" in out:
        _read_parsely_page(out)
    if "twitter:label1" in out:
        _read_twitter_labels(out)
    return out


# The labels of a "Written by" twitter:labelN meta, whose twitter:dataN is the author (as
# Yoast SEO writes them for link previews, in the site's language).
_WRITTEN_BY_LABELS = frozenset(
    {
        "written by",
        "geschrieben von",
        "verfasst von",
        "écrit par",
        "escrito por",
        "scritto da",
        "geschreven door",
        "napisane przez",
        "написано",
        "автор",
    }
)
TWITTER_WRITER = "twitter:data:written-by"  # the key the author is set under


def _read_twitter_labels(metas: dict[str, str]) -> None:
    """The twitter:dataN of a "Written by" twitter:labelN (the first two), set as
    `TWITTER_WRITER`."""
    for n in ("1", "2"):
        label = metas.get(f"twitter:label{n}", "").strip().rstrip(":").lower()
        if label in _WRITTEN_BY_LABELS and metas.get(f"twitter:data{n}"):
            metas[TWITTER_WRITER] = metas[f"twitter:data{n}"]
            return


# The fields of Parse.ly's older JSON meta ("parsely-page": {"author": ..., "pub_date": ...})
# and the meta each one stands for where the page has none of that name.
_PARSELY_PAGE_FIELDS = (
    ("author", "parsely-author"),
    ("authors", "parsely-author"),
    ("pub_date", "parsely-pub-date"),
)


def _read_parsely_page(metas: dict[str, str]) -> None:
    """The author and publication time of a "parsely-page" meta holding a JSON object, set
    as the "parsely-author" and "parsely-pub-date" metas it stands for (where absent)."""
    page = json_value(metas["parsely-page"])
    if not isinstance(page, dict):
        return
    for field, key in _PARSELY_PAGE_FIELDS:
        value = page.get(field)
        if isinstance(value, list):
            value = ", ".join(v for v in value if isinstance(v, str))
        if isinstance(value, str) and value.strip() and key not in metas:
            metas[key] = value.strip()


# The author metas a page may give once for each person ("<meta name='author' content='A'>
# <meta name='author' content='B'>"); not citation_author (read one by one, in order).
_LISTED_METAS = frozenset({"author", "article:author", "dc.creator", "parsely-author"})
MORE = " +"  # (a key no meta has: its names are stripped)
# Values of one author meta kept under MORE (the most of 8,303 real pages on disk: 5): each is
# split into names, and a page repeating an author meta 20,000 times took 1.5 s through
# `process` (benchmarks/extraction/hostile_more.py).
_MAX_LISTED = 100
LISTED = "\x1f"


def _another(value: str, first: str) -> bool:
    """True when `value` of a repeated author meta names another than `first` does, neither
    a web address (a profile page's, no name)."""
    addresses = ("http://", "https://", "www.")
    return value != first and not value.startswith(addresses) and not first.startswith(addresses)


def _article_scope(el: HtmlElement) -> bool:
    """True when the nearest microdata scope (itemscope) around `el` is of an article type."""
    for node in el.iterancestors():
        if node.get("itemscope") is not None:
            return bool(_ARTICLE_TYPES.search(node.get("itemtype") or ""))
    return False


_JSONLD_DEPTH = 16


def _walk_jsonld(node: Any) -> Iterator[dict[str, Any]]:
    """The objects of a JSON-LD block, @graph members and a page's mainEntity included (each
    right after the object holding it), in document order, down to
    `_JSONLD_DEPTH` levels of lists and graphs (a block nested deeper is not JSON-LD that
    any page means: it is not walked, on the stack or off it)."""
    todo: list[tuple[Any, int]] = [(node, 0)]
    while todo:
        node, depth = todo.pop()
        if depth > _JSONLD_DEPTH:
            continue
        if isinstance(node, list):
            todo.extend((item, depth + 1) for item in reversed(node))
        elif isinstance(node, dict):
            yield node
            todo.append((node.get("@graph", []), depth + 1))
            if "mainEntity" in node:  # {"@type": "WebPage", "mainEntity": {"@type": "NewsArticle"}}
                todo.append((node["mainEntity"], depth + 1))


def _types(obj: dict[str, Any]) -> list[str]:
    kinds = obj.get("@type")
    kinds = [kinds] if isinstance(kinds, str) else kinds if isinstance(kinds, list) else []
    return [str(kind) for kind in kinds]


def _publisher(value: Any) -> str | None:
    """The name of a JSON-LD publisher, unless it is typed a Person: a podcast's or a blog's
    author named as its publisher is a person to credit, not the site to leave out of the
    bylines."""
    if isinstance(value, dict):
        kinds = [*_types(value), str(value.get("type") or "")]  # "type": a common slip
        if any(kind.lower() == "person" for kind in kinds):
            return None
    return _name(value)


def _unwrapped(text: str) -> str:
    """`text` without its XHTML wrappers (`_JSON_WRAPPER`), each of which holds "<!", "]]>" or
    "-->": the pattern, tried at every character, is not tried on a block holding none."""
    if "<!" in text or "]]>" in text or "-->" in text:
        return _JSON_WRAPPER.sub("", text)
    return text


# What a hand-written block may leave after its object: a stray closing brace or bracket, a
# semicolon ("{...}}" , "{...};").
_STRAY_CLOSERS = re.compile(r"[\s}\];,]*")


# A comma before a closing brace or bracket ({"name": "Jane Doe",}): hand-written JSON-LD
# that JavaScript reads and JSON does not.
_TRAILING_COMMA = re.compile(r",(\s*[}\]])")


# What stands between two values a block writes one after the other: blanks, a comma.
_BETWEEN_VALUES = re.compile(r"[\s,;]*")


def _json_block(text: str) -> Any | None:
    """The JSON value of a JSON-LD block, or of its first value where only stray closers
    (`_STRAY_CLOSERS`) follow it, or the list of its values where it writes several one after
    the other without the brackets of a list ("{...}{...}", "{...},{...}"), read again
    without its trailing commas when it is no JSON with them; else None."""
    data = json_value(text)
    if data is None and _TRAILING_COMMA.search(text):
        text = _TRAILING_COMMA.sub(r"\1", text)
        data = json_value(text)
    if data is None:
        start = len(text) - len(text.lstrip())
        data, end = json_value_at(text, start)
        values = [data]
        while data is not None and text.startswith(("{", "["), at := _after_value(text, end)):
            data, end = json_value_at(text, at)
            values.append(data)
        if data is None or not _STRAY_CLOSERS.fullmatch(text, end):
            return None
        data = values[0] if len(values) == 1 else values
    return data


def _after_value(text: str, end: int) -> int:
    match = _BETWEEN_VALUES.match(text, end)
    return match.end() if match else end


def jsonld_objects(doc: HtmlElement) -> list[dict[str, Any]]:
    """Every object of the page's JSON-LD blocks, in page order (@graph members and nested
    objects included, see `_walk_jsonld`); of a block that is not JSON, its type and dates
    alone (`brokenld.salvaged`), after the others."""
    objects: list[dict[str, Any]] = []
    broken: list[dict[str, Any]] = []
    for script in document_elements(doc, "script"):  # (lxml's name test: no XPath set built)
        if script.get("type") != "application/ld+json":
            continue
        data = _json_block(_unwrapped(script.text or ""))
        if data is None:
            logger.debug("JSON-LD block that is not JSON, or nested too deep")
            dates = salvaged(script.text or "")
            broken.extend([dates] if dates else [])
            continue
        objects.extend(_walk_jsonld(data))
    return objects + broken


def jsonld_article(doc: HtmlElement) -> dict[str, Any]:
    """The page's article JSON-LD object: the object (in any block, @graph included) of an
    article @type (a name holding Article, BlogPosting or Report), the page's own of several
    (`own_article`: by its address, else its headline, else the first), else the first WebPage
    object, else the first VideoObject, AudioObject or PodcastEpisode (a video page's own
    object: its uploadDate is the page's date), else {}. A block wrapped in <![CDATA[ ]]> or
    <!-- --> (XHTML pages) is read inside its wrapper; blocks that are not JSON are skipped.
    An author given by reference (`{"@id": ...}`, as Yoast SEO's @graph gives it) is the
    Person object of that @id (see `_with_people`)."""
    page: dict[str, Any] = {}
    media: dict[str, Any] = {}
    objects = jsonld_objects(doc)
    articles = [obj for obj in objects if any(_ARTICLE_TYPES.search(k) for k in _types(obj))]
    if articles:
        own = articles[0] if len(articles) == 1 else own_article(doc, articles)
        return _with_people(with_page_date(_with_nested(own), objects), objects)
    for obj in objects:
        kinds = _types(obj)
        if not page and any(kind.lower() == _PAGE_TYPE for kind in kinds):
            page = obj
        if not media and any(kind in _MEDIA_TYPES for kind in kinds):
            media = obj
    return _with_people(page or media, objects)


# The article's own fields some CMSs write inside its mainEntityOfPage object instead of on it
# ({"@type": "NewsArticle", "mainEntityOfPage": {"@type": "WebPage", "headline": ...,
# "datePublished": ..., "author": ...}}).
_NESTED_FIELDS = ("headline", "datePublished", "dateModified", "dateCreated", "author")


def _with_nested(article: dict[str, Any]) -> dict[str, Any]:
    """`article` with the fields of `_NESTED_FIELDS` it lacks taken from its mainEntityOfPage
    object, where that object holds them."""
    nested = article.get("mainEntityOfPage")
    if not isinstance(nested, dict) or article.get("datePublished"):
        return article
    found = {k: nested[k] for k in _NESTED_FIELDS if nested.get(k) and not article.get(k)}
    return {**article, **found} if found else article


def _with_people(article: dict[str, Any], objects: list[dict[str, Any]]) -> dict[str, Any]:
    """`article` with each author that is only a reference (`{"@id": "...#/schema/person/1"}`)
    replaced by the Person object of that @id among `objects` (a reference to anything else,
    or to nothing, stays); its `creator` as its author where it gives none (schema.org's
    CreativeWork field some CMSs fill instead)."""
    if not article.get("author") and article.get("creator"):
        article = {**article, "author": article["creator"]}
    author = article.get("author")
    refs = author if isinstance(author, list) else [author]
    if not any(_reference(ref) for ref in refs):
        return article
    people = {
        str(obj["@id"]): obj
        for obj in objects
        if obj.get("@id") and any(kind.lower() == "person" for kind in _types(obj))
    }
    found = [people.get(str(ref["@id"]), ref) if ref and _reference(ref) else ref for ref in refs]
    return {**article, "author": found if isinstance(author, list) else found[0]}


def _reference(value: Any) -> bool:
    """True for a JSON-LD node given only by its @id."""
    return isinstance(value, dict) and bool(value.get("@id")) and "name" not in value


def _name(value: Any) -> str | None:
    if isinstance(value, list):
        names = [n for n in (_name(v) for v in value) if n]
        return ", ".join(names) or None
    if isinstance(value, dict):
        if "name" not in value and ("givenName" in value or "familyName" in value):
            # a Person named by its parts only: {"givenName": "Jane", "familyName": "Doe"}
            parts = (value.get("givenName"), value.get("familyName"))
            return " ".join(p.strip() for p in parts if isinstance(p, str) and p.strip()) or None
        return _name(value.get("name"))
    return str(value).strip() or None if value else None


def _names(value: Any) -> list[str]:
    """Each name of a JSON-LD person value (a string, an object, or a list of either)."""
    if isinstance(value, list):
        return [name for item in value for name in _names(item)]
    name = _name(value)
    return [name] if name else []


def _image_urls(value: Any) -> list[str]:
    """The URLs of a JSON-LD image value (a URL, an ImageObject, or a list of either)."""
    if isinstance(value, list):
        return [url for item in value for url in _image_urls(item)]
    if isinstance(value, dict):
        value = value.get("url")
    return [str(value)] if value else []


def _first(metas: dict[str, str], keys: tuple[str, ...]) -> str | None:
    return next((metas[k] for k in keys if metas.get(k)), None)


def _ld_people(value: Any) -> list[str]:
    """The names of a JSON-LD author value that are not organisations by their @type (of a
    list, its first `_MAX_LD_PEOPLE` items)."""
    if isinstance(value, list):
        return [name for item in value[:_MAX_LD_PEOPLE] for name in _ld_people(item)]
    if isinstance(value, dict) and any(_ORG_TYPES.search(kind) for kind in _types(value)):
        return []
    return [name for name in _names(value) if not name.startswith(_WEB_ADDRESS_STARTS)]


# A list of authors is read in its first this many items: each name costs the readers ~40 us,
# and a JSON-LD listing 20,000 took a page 0.8 s (a news page credits a few; a paper's
# hundreds are no byline to print).
_MAX_LD_PEOPLE = 200

# A JSON-LD author given as its page's address ("https://example.org/author/jane-doe"): no
# name to read.
_WEB_ADDRESS_STARTS = ("http://", "https://", "www.")
