"""The article a furniture word names by accident (`is_misnamed_article`): a block holding the
page's <h1> and its running text, whose class list of feature flags carries a furniture word
("creditcardproductmodule", "has-comments-promo", "filterNonGdprEmbeds")."""

from __future__ import annotations

from pipeline.web.boilerplate import _H1, FURNITURE_TAGS, is_hidden_element
from pipeline.web.classwords import _kind_of_attrs, _kind_of_words, class_words
from pipeline.web.elementtext import _text_len, is_prose, text_of
from pipeline.web.headmark import HEADLINE_MARK, heading_text
from pipeline.web.htmltree import HtmlElement

# A block must hold this much text to be taken for a misnamed article (`is_misnamed_article`).
_MISNAMED_MIN_CHARS = 500
# Or this much beside its <h1>, when the <h1> is the page's headline (`PageHeadline`): a short
# story of two or three paragraphs under its headline, in the article's wrapper named by a
# feature flag; not an "about this article" popup (the headline, "published on <site> at
# <time>": 110 characters beside it).
_TITLED_MIN_CHARS = 150
# The attribute `prune` marks a misnamed article with: furniture words on it are not read
# again once its headline is pruned away (a <header> inside it holds the <h1>). Metered text
# (`is_metered_text`) is marked too: the best container may be that block itself, which is
# then no furniture around the article to set aside (`enclosing_furniture`).
MISNAMED_ARTICLE = "data-newsbrief-article"
_MIN_HEADLINE_CHARS = 4  # an <h1> shorter than this names no page (`PageHeadline`)


class PageHeadline:
    """The page's <title> in its <head>, squashed (no whitespace), read before `prune` drops
    the <head>, and its headline: the first <h1> in the title, or holding it as most of its
    text ("<title> | Pictures"), found when first asked (`is_misnamed_article` asks it of a
    short block only)."""

    __slots__ = ("_doc", "_h1", "_found", "title")

    def __init__(self, doc: HtmlElement) -> None:
        head = next((child for child in doc if child.tag == "head"), None)
        node = None if head is None else next(head.iter("title"), None)
        text = None if node is None else node.text
        self.title = "".join(text.split()) if text else ""
        self._doc = doc
        self._h1: HtmlElement | None = None
        self._found = False

    def headline(self) -> HtmlElement | None:
        """The headline's <h1>, or the mark `prune` left in place of the <header> holding
        it (`HEADLINE_MARK`), found again when the one found before has left the tree."""
        h1 = self._h1
        if not self._found or (h1 is not None and _top(h1) is not self._doc):
            self._found = True
            self._h1 = next(
                (h for h in self._doc.iter("h1", HEADLINE_MARK) if self._names(h)), None
            )
        return self._h1

    def _names(self, h1: HtmlElement) -> bool:
        words = "".join(heading_text(h1).split())
        if len(words) < _MIN_HEADLINE_CHARS:
            return False
        return words in self.title or (self.title in words and 2 * len(self.title) >= len(words))


def _top(el: HtmlElement) -> HtmlElement:
    """`el`'s highest ancestor: the page's root while `el` is in the tree (an element taken
    out keeps its document, so `getroottree` would still name the page's root)."""
    parent = el.getparent()
    while parent is not None:
        el, parent = parent, parent.getparent()
    return el


def is_misnamed_article(
    el: HtmlElement, size: int | None = None, page: PageHeadline | None = None
) -> bool:
    """True for a block a furniture word names by accident that holds the article: its
    headline (an `<h1>`) and running text (`is_prose`). Class lists of feature flags put
    such words on the article's own wrapper ("creditcardproductmodule" holds "credit",
    "has-comments-promo" both "comment" and "promo"); comments, teasers, captions and notices
    never hold the page's `<h1>`. Not for furniture by tag (a `<header>` holds the `<h1>`
    and the byline, not the article), nor for a block hidden by its style or marked as an
    author box; the block is not kept whole either: its children are judged one by one.
    A shorter block counts when it holds the page's headline (the first <h1> in its <title>:
    `PageHeadline`) and `_TITLED_MIN_CHARS` beside it: a short story above a stream
    of other stories lost its wrapper to "filterNonGdprEmbeds" and the stream was the text;
    not a box named as a caption (a hero picture's, printing the headline over it)."""
    if el.tag in FURNITURE_TAGS:
        return False
    size = _text_len(el) if size is None else size
    if size < _MISNAMED_MIN_CHARS:
        if size < _TITLED_MIN_CHARS or not _holds_headline(el, size, page):
            return False
        if "caption" in class_words(el):
            return False  # a hero picture's box: the headline over the picture, its caption
    elif not _H1(el) and _titled_box(el, page) is None:
        return False
    if is_hidden_element(el):
        return False  # a hidden copy (a "republish this article" box holds one)
    cls, ident = el.get("class"), el.get("id")
    if not (cls or ident) or _kind_of_attrs(cls, ident) != "strong":
        return False  # strong for another reason: an author box
    return is_prose(el, size) or _holds_headed_prose(el, page)


# A page printing no <h1> names its article by a block of text: a leaf among the first
# `_OPENING_ELEMENTS` of the wrapper, `_TITLED_MIN_CHARS` characters or more (blanks aside)
# of the page's <title> (`_titled_box`).
_OPENING_ELEMENTS = 12
_TITLED_MIN_CHARS = 20


def _titled_box(el: HtmlElement, page: PageHeadline | None) -> HtmlElement | None:
    """The block `el` opens on that prints the page's headline, on a page whose <h1> names
    no page (`PageHeadline`: none does): a leaf outside a link among its first
    `_OPENING_ELEMENTS` elements whose text is in the page's <title>; else None. An old
    portal prints the headline in a `<div class="newspaper_name">`, its date and text
    beside it, in a wrapper an id names for the comments below them
    ("comments_page_wrapper")."""
    if page is None or not page.title or page.headline() is not None:
        return None
    for index, node in enumerate(el.iter()):
        if index >= _OPENING_ELEMENTS:
            break
        if not isinstance(node.tag, str) or len(node) or node.tag == "a":
            continue
        words = "".join(text_of(node).split())
        if len(words) >= _TITLED_MIN_CHARS and words in page.title:
            linked = any(a.tag == "a" for a in node.iterancestors() if a is not el)
            return None if linked else node
    return None


def _holds_headline(el: HtmlElement, size: int, page: PageHeadline | None) -> bool:
    """True when `el` holds the `page`'s headline (`PageHeadline`) and `_TITLED_MIN_CHARS`
    of text (of its `size`) beside it. An "about this article" popup printing the headline
    again in an <h1> lies after the page's own."""
    if page is None or not page.title:
        return False
    h1 = page.headline()
    return (
        h1 is not None and el in h1.iterancestors() and size - len(text_of(h1)) >= _TITLED_MIN_CHARS
    )


# A caption longer than this is a slide's text (`is_slide_story`), as `prune` reads a caption
# longer than its MAX_CAPTION_CHARS.
_SLIDE_MIN_CHARS = 300


def is_slide_story(el: HtmlElement, page: PageHeadline) -> bool:
    """True for a block named only as a caption, of more than `_SLIDE_MIN_CHARS` of prose,
    that holds half the text of the `<article>` holding the page's headline
    (`PageHeadline`): a story told as a gallery's slide ("post gallery": the headline, the
    slide's picture, its counter and its caption of a paragraph or two), not one slide of a
    gallery inside an article, which holds a share of it."""
    if not page.title:
        return False
    words = class_words(el)
    if "caption" not in words or _kind_of_words(words.replace("caption", " ")):
        return False
    article = next(el.iterancestors("article"), None)
    size = _text_len(el)
    if article is None or size <= _SLIDE_MIN_CHARS or not is_prose(el, size):
        return False
    h1 = page.headline()
    return h1 is not None and article in h1.iterancestors() and 2 * size >= _text_len(article)


def _holds_headed_prose(el: HtmlElement, page: PageHeadline | None) -> bool:
    """True when a block between `el` and its first <h1> reads as prose (`is_prose`): the
    article opened in a layer named as one ("render-target-modal": a story shown over a page
    of teasers) holds the article with its headline and, beside it, the layer's own links."""
    h1 = next(el.iter("h1"), None)
    if h1 is None:  # (a headline set in a block: `_titled_box`)
        h1 = _titled_box(el, page)
        if h1 is None:
            return False
    for block in h1.iterancestors():
        if block is el:
            return False
        size = _text_len(block)
        if size >= _MISNAMED_MIN_CHARS and is_prose(block, size):
            return True
    return False
