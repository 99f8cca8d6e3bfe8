"""The page around its headline: the headline node (`_Near.h1`), and the byline and date
markup among the elements after it (and just before it), found in one walk on first use; the
page header and navigation that are not the article's.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import cached_property
from itertools import islice
from typing import Any

from pipeline.web.html import HtmlElement, text_of
from pipeline.web.htmltree import document_elements
from pipeline.web.metadata.authorpages import WRITER_PAGE
from pipeline.web.metadata.names import _people
from pipeline.web.metadata.nodenames import PLACE_CLASS_WORDS, _node_names
from pipeline.web.metadata.organisations import _key
from pipeline.web.metadata.visible import (
    _ANCESTOR_LEVELS,
    _elements_before,
    _label,
    _one_line,
    _outside_says,
    _texts_after,
    _texts_after_outside,
)

_NAV_WORDS = "masthead|nav|navbar|navigation|menu|topbar"  # class/id words of site navigation
_NEAR_ELEMENTS = 300  # elements after the title searched for its byline and date
_ABOVE_ELEMENTS = 60  # elements before the title searched for its byline when none is after
# Byline markup named by an abbreviation or in another language: class "auth", id
# "authList", class "autor", "nota-autores", "autorzy", French and Dutch "auteur",
# "dates_auteurs" (not "oauth", "autorotate", "autoplay").
_BYLINE_ABBR = r"(?:^|[\s_-])(?:auth|autor[a-z]{0,3}|auteur)(?:list|name|box|info|s)?(?:$|[\s_-])"
_BYLINE_WORD = re.compile(_BYLINE_ABBR, re.I)
_BYLINE_MARK = re.compile(f"author|byline|{_BYLINE_ABBR}", re.I)
# The site's navigation and masthead: `_PAGE_HEADER` without its plain "header", which also
# names an article's own header (where a byline above the title stands).
_SITE_HEADER = re.compile(
    rf"(?:^|[\s_-])(?:{_NAV_WORDS}|site-header|global-header)(?:$|[\s_-])", re.I
)
_BEFORE_ELEMENTS = 30  # elements before the title searched for a date line
# the headline, its box and the box around it: their preceding siblings are read (a date
# line in the row above the headline's row: "Topic // 02.11.2021" over "<div><div><h1>")
_BEFORE_LEVELS = 3
_BEFORE_CLIMBS = 6  # boxes climbed, those with nothing before them too
# Headline candidates when the first <h1> is not the title: headings and title-classed nodes.
# ([@class] first: libxml2 then reads the class twice only on elements that have one.)
_HEADINGS = frozenset({"h1", "h2", "h3", "h4"})
_NOT_HEADLINE_NODES = frozenset({"title", "meta", "a", "body", "html"})
_MAX_HEADLINE_NODES = 200
# ("date-header", a blog's heading of a day's posts, is a date: `(?<!date)`)
_PAGE_HEADER = re.compile(rf"(?:^|(?<!date)[\s_-])(?:header|{_NAV_WORDS})(?:$|[\s_-])", re.I)
_MIN_HEADLINE_KEY = 8  # letters and digits of a title below which no headline is looked for
_HEADLINE_SHARE = 0.7  # a node holding this share of the title (or held by it) is the headline
# The words of a date's class or id; `_DATE_MARK` is their alternation, asked by `in` tests
# (`_date_marked`: half the time of its search on a short label, asked of every classed
# element near the headline).
_DATE_WORDS = ("date", "time", "publish", "posted", "byline")
_DATE_MARK = re.compile("|".join(_DATE_WORDS))
_SKIPPED_NODES = {"script", "style", "noscript", "link", "meta", "body", "html", "article"}
# Byline-like markup that is not the article's byline: comments (and readers' letters:
# "leserbrief", "kommentar", "comentarios"), related items, photo credits, author bios and
# avatars, an image's licence ("license-info": its photographer linked to the picture's page);
# the page's footer, not the post's own ("post-footer", "entry-footer",
# "article-footer": a blog's "Posted by" line), and no teaser's card (an author's hCard,
# "p-author h-card", is the byline).
_NOT_BYLINE = re.compile(
    r"(?:^|[\s_-])(?:comment|related|recommend|sidebar|(?<!post-)(?<!entry-)(?<!article-)footer|"
    r"reply|widget|popular|teaser|"
    r"(?<!h-)card|caption|cutline|photo|licen[cs]e|leser|kommentar|comentari)",
    re.I,
)
# What holds other stories' or readers' dates after a headline: related lists, comments
# (readers' letters too), replies, sidebars, widgets, "most popular" boxes.
OTHER_ITEM_WORDS = (
    "comment|related|recommend|sidebar|reply|replies|widget|popular|leser|kommentar|comentari"
)
_NOT_DATED = re.compile(rf"(?:^|[\s_-])(?:{OTHER_ITEM_WORDS})", re.I)
_CAPTIONS = frozenset({"figcaption"})
# A byline node that is an author's bio, description or picture rather than the byline, the
# reader's own login or account box ("tie-author-logon", "author-login", "authorize-link"), or
# the place the story was filed from ("author-origin", "byline-location": a city, no one).
_NOT_BYLINE_SELF = re.compile(
    r"(?:^|[\s_-])(?:bio|desc|avatar|image|img|photo|log[io]n|signin|register|account|"
    rf"auth(?:entic|ori[sz])|(?:{PLACE_CLASS_WORDS})(?![a-z]))",
    re.I,
)
_MAX_BYLINE_NODES = 40
_LABEL_ATTRIBUTES = frozenset({"class", "id", "itemprop", "rel"})  # what `_label` reads
# A link to an author's page ("/author/jane-doe", "/auteur/", "/autor/", "/journalists/",
# "/yazar/", "/penulis/", a staff or editors' page): a byline even where no class or id says
# so (`authorpages`: no profile's words here, a slug required).
_AUTHOR_PAGE_HREF = WRITER_PAGE
# `_AUTHOR_PAGE_HREF` for an ASCII href lowered: re.I on ASCII text is what lower() does and
# the pattern's letters are all lower case; half the time of the re.I search, asked of each
# link after the headline (`_Near.marked`).
_AUTHOR_PAGE_LOWERED = re.compile(_AUTHOR_PAGE_HREF.pattern)


def _date_marked(label: str) -> bool:
    """`_DATE_MARK.search(label)` as a yes or no: one of `_DATE_WORDS` is in `label`."""
    return (
        "date" in label
        or "time" in label
        or "publish" in label
        or "posted" in label
        or "byline" in label
    )


def is_author_page(href: str) -> bool:
    """True when `href` links to an author's page (`_AUTHOR_PAGE_HREF` finds it)."""
    if href.isascii():
        return _AUTHOR_PAGE_LOWERED.search(href.lower()) is not None
    return _AUTHOR_PAGE_HREF.search(href) is not None


# A line of the text after the headline is read up to this many characters: the date and
# byline readers scan a window of it many times over (relative times, yearless days, labels),
# and a text node of megabytes (a page's whole text in one node, no <p> nor <br>) made one
# page's metadata take seconds. The longest text node of the 1,643 real pages on disk holds
# 58,120 characters; no byline or date line is that far into one.
_MAX_LINE = 60_000
_MAX_LINE_READ = 4 * _MAX_LINE  # (the raw text cut before its whitespace runs are joined)


class _Near:
    """A page's headline node and the byline and date markup among the `_NEAR_ELEMENTS`
    elements after it (document order, its own descendants left out), found in one walk on
    first use. A walk in Python: an XPath `following::*` with a position limit and a class
    test costs three times as much on long pages.

    The headline node (`h1`) is the first <h1> when its text is the page's `title` (or holds
    it, or most of it) or when no other heading is; else the first heading or title-classed
    element that is the title (pages whose <h1> is the site's name or a promo, pages with no
    <h1>)."""

    def __init__(self, doc: HtmlElement, title: str | None = None) -> None:
        self.doc = doc
        self.title = title
        # The lines of the text after the headline read so far, for `window`: each line with
        # the characters up to its end, and what reads on.
        self._lines: list[str] = []
        self._ends: list[int] = []
        self._texts: Iterator[str] | None = None
        self._dated_lines: list[str] = []
        self._dated_ends: list[int] = []
        self._dated_texts: Iterator[str] | None = None

    def window(self, size: int) -> str:
        """The visible text after the headline (script and style left out), one line per text
        node, up to the line in which it reaches `size` (> 0) characters: `_lines` of
        `_texts_after(h1)`. Read once for every size asked (the byline, date and credit
        windows are prefixes of one another)."""
        if self._texts is None:
            assert self.h1 is not None  # asked for by readers of the text after the headline
            self._texts = _texts_after(self.h1)
        lines, ends = self._lines, self._ends
        total = ends[-1] if ends else 0
        while total < size:
            text = next(self._texts, None)
            if text is None:
                return "\n".join(lines)
            line = _one_line(text[:_MAX_LINE_READ])[:_MAX_LINE]
            if line:
                total += len(line)
                lines.append(line)
                ends.append(total)
        return "\n".join(lines[: bisect_left(ends, size) + 1])

    def dated_window(self, size: int) -> str:
        """`window(size)` without the texts of related stories and comments set after the
        headline (`_NOT_DATED`): the first date read there is the article's, not a related
        story's ("Older: ... 02.01.2026" between the headline and the byline's date), nor
        of a picture's caption (« ..., le 6 janvier 2026 à Paris. (AFP) » above « Publié le
        08/01/2026 14:03 »: the day the picture was taken). Read once for all sizes asked
        (the dates' window, the agency's first line), as `window`; one line at least."""
        if self._dated_texts is None:
            assert self.h1 is not None
            self._dated_texts = _texts_after_outside(self.h1, _NOT_DATED, _CAPTIONS)
        lines, ends = self._dated_lines, self._dated_ends
        total = ends[-1] if ends else 0
        while not ends or total < size:
            text = next(self._dated_texts, None)
            if text is None:
                return "\n".join(lines)
            line = _one_line(text[:_MAX_LINE_READ])[:_MAX_LINE]
            if line:
                total += len(line)
                lines.append(line)
                ends.append(total)
        return "\n".join(lines[: bisect_left(ends, size) + 1])

    @cached_property
    def h1(self) -> HtmlElement | None:
        # an empty <h1> (a logo image, a placeholder) is no headline
        first = next((h for h in self.doc.iter("h1") if _key(text_of(h))), None)
        key = _key(self.title or "")
        if len(key) < _MIN_HEADLINE_KEY or (first is not None and _is_headline(first, key)):
            return first
        candidates = islice(_headline_nodes(self.doc), _MAX_HEADLINE_NODES)
        return next((n for n in candidates if _is_headline(n, key)), first)

    @cached_property
    def before(self) -> list[HtmlElement]:
        """Date markup among the `_BEFORE_ELEMENTS` elements right before the headline: its
        preceding siblings, then those of its parent and of its grandparent (a date line or
        tool bar set above the title, `_BEFORE_LEVELS`; a box with nothing before it is no
        level, up to `_BEFORE_CLIMBS` boxes), nearest first. A page header
        (<header>, <nav>, a class or id naming a header, menu or navigation) is not read: it
        prints the day the page was fetched."""
        out: list[HtmlElement] = []
        seen = 0
        current: Any = self.h1
        levels = climbs = 0
        # (a box that holds nothing before the headline's box is no level: "<h2 date-header>
        # <div posts><div post-outer><div post><a name/><h3 post-title>")
        while current is not None and levels < _BEFORE_LEVELS and climbs < _BEFORE_CLIMBS:
            climbs += 1
            sibling = current.getprevious()
            levels += sibling is not None
            while sibling is not None and seen < _BEFORE_ELEMENTS:
                if _is_page_header(sibling):
                    break
                for el in sibling.iter():
                    seen += 1
                    if isinstance(el.tag, str) and el.tag not in _SKIPPED_NODES:
                        label = f"{el.get('class', '')} {el.get('id', '')}".lower()
                        if _date_marked(label):
                            out.append(el)
                sibling = sibling.getprevious()
            current = current.getparent()
        return out

    @cached_property
    def above(self) -> list[HtmlElement]:
        """Byline markup among the `_ABOVE_ELEMENTS` elements right before the headline in
        document order, nearest first (a byline set above the title), none of them in a page
        header or menu."""
        if self.h1 is None:
            return []
        window = islice(_elements_before(self.h1), _ABOVE_ELEMENTS)
        # (an element without the label's attributes, most of a menu's links and items, has a
        # label of blanks only: its attribute names are read, not the label made)
        marked = [
            el
            for el in window
            if not _LABEL_ATTRIBUTES.isdisjoint(el.keys()) and _BYLINE_MARK.search(_label(el))
        ]
        # (not the headline's own wrappers: a post's <article class='author-jane-doe'>
        # holding the title, whose links are its whole text's)
        return [el for el in marked if not _in_page_header(el) and el not in self.holders]

    @cached_property
    def holders(self) -> frozenset[HtmlElement]:
        """The headline's ancestors and the element right after it: the article's header,
        wrappers and metadata line, whose class words ("caption" around the title and the
        byline, "teaser-small__metadata" under it) say nothing of a byline inside them."""
        if self.h1 is None:
            return frozenset()
        after = self.h1.getnext()
        line = {after} if after is not None and isinstance(after.tag, str) else set()
        return frozenset(self.h1.iterancestors()) | line

    def above_names(self, keys: frozenset[str]) -> list[str]:
        """The names of the byline right above the headline (`above`), or none when the
        byline nodes there name different people (a list of other articles and authors)."""
        found: list[list[str]] = []
        for node in self.above[:_MAX_BYLINE_NODES]:
            own = f"{node.get('class', '')} {node.get('id', '')}"
            if _NOT_BYLINE_SELF.search(own) or _outside_says(node, self.holders, _NOT_BYLINE):
                continue
            if any(_root_link(a) for a in node.iter("a")):
                continue  # a menu item to a site or section's front page, not a person's
            names = _node_names(node, keys)
            if names and found and _people(names) != _people(found[0]):
                return []
            if names:
                found.append(names)
        return found[0] if found else []

    @cached_property
    def marked(self) -> tuple[list[HtmlElement], list[HtmlElement]]:
        """(byline nodes, date nodes) after the <h1>: a class or id holding author/byline,
        or itemprop/rel=author; a class or id holding date/time/publish/posted/byline."""
        bylines: list[HtmlElement] = []
        dates: list[HtmlElement] = []
        seen = 0
        current: Any = self.h1
        while current is not None and seen < _NEAR_ELEMENTS:
            sibling = current.getnext()
            while sibling is not None and seen < _NEAR_ELEMENTS:
                for el in sibling.iter():
                    seen += 1
                    if seen >= _NEAR_ELEMENTS:
                        break
                    # (the attributes' names first, read in one call: most elements have
                    # none, and a comment has none, so the tag is read only on the few that
                    # have some; then only the values named there, none decoded for
                    # nothing: `name in keys` is `get(name) is not None`, speed32)
                    names = el.keys()
                    if not names:
                        continue
                    tag = el.tag
                    if not isinstance(tag, str) or tag in _SKIPPED_NODES:
                        continue
                    cls = el.get("class") if "class" in names else None
                    ident = el.get("id") if "id" in names else None
                    # (the author's itemprop or rel, read where named)
                    marks = (
                        (el.get("itemprop"), el.get("rel"))
                        if "itemprop" in names or "rel" in names
                        else ()
                    )
                    if cls is None and ident is None:  # (a link's href, an image's src ...)
                        if "author" in marks or (tag == "a" and is_author_page(el.get("href", ""))):
                            bylines.append(el)
                        continue  # no class or id to name a byline or a date
                    label = f"{cls or ''} {ident or ''}".lower()
                    if (
                        "author" in label
                        or "byline" in label
                        or "author" in marks
                        or ("aut" in label and _BYLINE_WORD.search(label))
                        or (tag == "a" and _named_author_link(el, el.get("href", "")))
                    ):
                        bylines.append(el)
                    if _date_marked(label):
                        dates.append(el)
                sibling = sibling.getnext()
            current = current.getparent()
        return bylines, dates


def _named_author_link(link: HtmlElement, href: str) -> bool:
    """True for a link to an author's page whose text is the name its address ends in
    ("<a class='th-meta' href='/about/editors/jon-fingas/'>Jon Fingas</a>"): a byline under a
    styling class that names no byline; not "More about Jane ..." under an author's bio."""
    if not is_author_page(href):
        return False
    slug = href.rstrip("/").rsplit("/", 1)[-1]
    return len(key := _key(slug)) > 3 and _key(text_of(link)) == key


def _root_link(link: HtmlElement) -> bool:
    """True for a link to a host's front page ("http://bylines.example.jp/")."""
    href = link.get("href") or ""
    return "//" in href and href.split("//", 1)[1].rstrip("/").count("/") == 0


def _in_page_header(el: HtmlElement) -> bool:
    """True inside the page's navigation or masthead (an article's own header is not one)."""
    node: Any = el
    for _ in range(_ANCESTOR_LEVELS):
        if node is None or not isinstance(node.tag, str):
            return False
        if node.tag == "nav" or _SITE_HEADER.search(_label(node)):
            return True
        node = node.getparent()
    return False


def _is_page_header(el: HtmlElement) -> bool:
    """True for a page's header or navigation block (see `_Near.before`)."""
    if el.tag in ("header", "nav"):
        return True
    return bool(_PAGE_HEADER.search(f"{el.get('class', '')} {el.get('id', '')}"))


def _headline_nodes(doc: HtmlElement) -> Iterator[HtmlElement]:
    """The page's <h1> to <h4> and the elements a class names as a title or headline
    (not the <title>, a <meta>, a link, <body> or <html>), in document order: the XPath
    "//h1|//h2|//h3|//h4|//*[@class][contains(@class,'title') or contains(@class,'headline')]
    [not(self::title)]...", lazily (the first of them is the headline on most pages)."""
    for el in document_elements(doc):
        tag = el.tag
        if tag in _HEADINGS:
            yield el
        else:
            cls = el.get("class")
            if (
                cls is not None
                and ("title" in cls or "headline" in cls)
                and tag not in _NOT_HEADLINE_NODES
            ):
                yield el


def _is_headline(node: HtmlElement, title_key: str) -> bool:
    """True when the node's text is the title: equal, or one holds the other and the shorter
    is at least `_HEADLINE_SHARE` of the longer (a date or a kicker beside the title)."""
    key = _key(text_of(node))
    if not key:
        return False
    short, long = sorted((key, title_key), key=len)
    return short in long and len(short) >= _HEADLINE_SHARE * len(long)
