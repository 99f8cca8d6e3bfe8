"""The article a furniture word names by accident (`is_misnamed_article`): a block holding the
page's <h1> and its running text, whose class list of feature flags carries a furniture word
("creditcardproductmodule", "has-comments-promo", "filterNonGdprEmbeds")."""

from __future__ import annotations

from pipeline.web.boilerplate import _H1, FURNITURE_TAGS, is_hidden_element
from pipeline.web.classwords import _kind_of_attrs
from pipeline.web.elementtext import _text_len, is_prose, text_of
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
    the <head>, and its headline: the first <h1> in the title, found when first asked
    (`is_misnamed_article` asks it of a short block only)."""

    __slots__ = ("_doc", "_h1", "_found", "title")

    def __init__(self, doc: HtmlElement) -> None:
        text = doc.findtext("head/title")
        self.title = "".join(text.split()) if text else ""
        self._doc = doc
        self._h1: HtmlElement | None = None
        self._found = False

    def headline(self) -> HtmlElement | None:
        if not self._found:
            self._found = True
            self._h1 = next((h for h in self._doc.iter("h1") if self._names(h)), None)
        return self._h1

    def _names(self, h1: HtmlElement) -> bool:
        words = "".join(text_of(h1).split())
        return len(words) >= _MIN_HEADLINE_CHARS and words in self.title


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
    of other stories lost its wrapper to "filterNonGdprEmbeds" and the stream was the text."""
    if el.tag in FURNITURE_TAGS:
        return False
    size = _text_len(el) if size is None else size
    if size < _TITLED_MIN_CHARS or not _H1(el):
        return False
    if size < _MISNAMED_MIN_CHARS and not _holds_headline(el, size, page):
        return False
    if is_hidden_element(el):
        return False  # a hidden copy (a "republish this article" box holds one)
    cls, ident = el.get("class"), el.get("id")
    if not (cls or ident) or _kind_of_attrs(cls, ident) != "strong":
        return False  # strong for another reason: an author box
    return is_prose(el, size) or _holds_headed_prose(el)


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


def _holds_headed_prose(el: HtmlElement) -> bool:
    """True when a block between `el` and its first <h1> reads as prose (`is_prose`): the
    article opened in a layer named as one ("render-target-modal": a story shown over a page
    of teasers) holds the article with its headline and, beside it, the layer's own links."""
    h1 = next(el.iter("h1"))
    for block in h1.iterancestors():
        if block is el:
            return False
        size = _text_len(block)
        if size >= _MISNAMED_MIN_CHARS and is_prose(block, size):
            return True
    return False
