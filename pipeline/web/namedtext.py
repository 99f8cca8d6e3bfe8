"""Blocks a furniture class word (or tag) names that are the article's text all the same, which
`pruning.prune` keeps: the article behind a metering script's hook ("paywall": `is_metered_text`),
an <aside> holding the article as schema.org marks it (`is_marked_article`),
a bullet list of text (`is_text_list`), an article's lead named "head" (`is_head_lead`), a
subheading whose id is the anchor a table of contents links to (`anchors_own_text`) and a
layout block wrapping the page's main landmark (`holds_page_main`) or holding prose
(`holds_prose`)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.web.classwords import _attr_words, _kind_of_attrs, _kind_of_words, furniture_words
from pipeline.web.elementtext import _text_len, is_prose, text_of
from pipeline.web.htmltree import HtmlElement, xpath

if TYPE_CHECKING:
    from pipeline.web.misnamed import PageHeadline

# A `<main>` holding an `<h1>` (`holds_page_main`), found by libxml2.
_MAIN_WITH_H1 = xpath("boolean(descendant::main[descendant::h1])")

# Lists a weak class word may not drop: a bullet list without a single link ("bullet-list",
# "summary-list", "pros-cons-list") is the article's text (key points, steps, pros and cons);
# the lists that are furniture (related stories, tags, menus) link away.
_TEXT_LISTS = frozenset({"ul", "ol"})

# A metering script's hook on the article's text: "paywall", "paywall-content" (the part of
# the article a reader without a subscription will not be shown, which the page serves whole),
# "paywall-hide" (the hook by which the script hides it: a word of the hook, not a hidden block).
# So is the hook of a script that puts ads into the article's text ("js-in-image-ad" on its
# pictures, "js-ad-content-break" between its paragraphs): the text, not an ad slot.
_METERED = re.compile(
    r"paywall(?:[-_]?hid(?:e|den)\b)?|(?<!\S)js-(?:\S*-)?ad(?:s|vert\S*)?(?:-\S*)?(?!\S)"
)
# Paragraphs of prose (`is_prose`) a block so named holds to be the article's text, not the
# prompt ("Subscribe to read on", "Pour lire la suite, créez votre compte": a sentence or two
# over a button, at most ~300 characters on the dev corpora's pages).
_METERED_PARAGRAPHS = 3
# Or two such paragraphs holding twice the longest prompt's characters: a teaser of the
# article's opening ("post-paywall": two paragraphs of 530 and 590 characters, fr).
_METERED_TWO = 2
_METERED_CHARS = 600


def is_metered_text(el: HtmlElement, metered: dict[str, bool] | None = None) -> bool:
    """True for a block named for a paywall ("paywall", "js-paywall") or for a script's ads
    in it ("js-ad-content-break") and for nothing else that marks furniture, holding
    `_METERED_PARAGRAPHS` paragraphs of prose (or two holding `_METERED_CHARS`): the
    article's text behind the metering script (or around the ads), not its subscription
    prompt. A <p> so named is such text where the page holds that many paragraphs of prose
    of its class (the script's hook on every paragraph; `metered` caches the answer by class
    for one page)."""
    words = furniture_words(_attr_words(el.get("class"), el.get("id")))
    if not _METERED.search(words) or _kind_of_words(_METERED.sub(" ", words)) == "strong":
        return False
    if el.tag == "p":
        return _is_metered_paragraph(el, {} if metered is None else metered)
    found = chars = 0
    for para in el.iter("p"):
        if is_prose(para):
            found += 1
            chars += _text_len(para)
            if found >= _METERED_PARAGRAPHS:
                return True
    return found >= _METERED_TWO and chars >= _METERED_CHARS


def _is_metered_paragraph(para: HtmlElement, metered: dict[str, bool]) -> bool:
    """True when the page holds `_METERED_PARAGRAPHS` paragraphs of prose of `para`'s class
    (each paragraph of the article named for the paywall, as a metering script marks what a
    reader without a subscription will not see), not a prompt of a sentence or two."""
    name = para.get("class") or ""
    if name not in metered:
        found = 0
        for other in para.getroottree().getroot().iter("p"):
            if other.get("class") == name and is_prose(other):
                found += 1
                if found >= _METERED_PARAGRAPHS:
                    break
        metered[name] = found >= _METERED_PARAGRAPHS
    return metered[name]


# The words of an id ("nav_a-long-night" -> nav, a, long, night) and of a heading's text.
_ID_WORDS = re.compile(r"[^\W\d_]{3,}")
# Words a subheading's id must share with its text to be the anchor a table of contents
# links to (`anchors_own_text`).
_ANCHOR_SHARED_WORDS = 2


def anchors_own_text(heading: HtmlElement) -> bool:
    """True when the heading's id spells its own text (a table of contents' target,
    "nav_a-long-night" on "A long night"): the id says where the heading is linked from (a
    menu word in it names the menu that links there), not that the heading is a menu."""
    ident = heading.get("id")
    if not ident:
        return False
    words = set(_ID_WORDS.findall(ident.lower()))
    shared = words.intersection(_ID_WORDS.findall(text_of(heading).lower()))
    return len(shared) >= _ANCHOR_SHARED_WORDS


def is_text_list(el: HtmlElement) -> bool:
    """A bullet list holding no link: text, not a list of links (see `_TEXT_LISTS`); or,
    holding no link, an item of such a list or a wrapper around one whose class names
    nothing but the list ("list-item", "list-block": `_names_list_only`)."""
    if el.tag in _TEXT_LISTS:
        return next(el.iter("a"), None) is None
    if not _names_list_only(el):
        return False
    if el.tag == "li":
        parent = el.getparent()
        if parent is None or parent.tag not in _TEXT_LISTS:
            return False
    elif next(el.iter(*_TEXT_LISTS), None) is None:
        return False
    return next(el.iter("a"), None) is None


# The weak class word of a list (`WEAK_NEGATIVE`'s `\blist\b`), taken out of a class to see
# whether another word in it names furniture.
_LIST_WORD = re.compile(r"(?<![a-z])list(?![a-z])", re.I)


def _names_list_only(el: HtmlElement) -> bool:
    """True when `el`'s class/id is weak furniture only for the word "list" in it: an item of
    a bullet list ("list-item", "list__item") or its block ("list-block"), not an author's,
    a date's or a widget's."""
    cls, ident = el.get("class") or "", el.get("id") or ""
    if "list" not in cls.lower() and "list" not in ident.lower():
        return False  # (most weak blocks: no regex run)
    if not _LIST_WORD.search(cls) and not _LIST_WORD.search(ident):
        return False
    rest, rid = _LIST_WORD.sub(" ", cls).strip(), _LIST_WORD.sub(" ", ident).strip()
    return _kind_of_attrs(rest or None, rid or None) == ""


# The article's text as schema.org microdata marks it, and the page's headline.
_ARTICLE_BODIES = xpath("descendant::*[@itemprop='articleBody']")
_HEADLINES = xpath("boolean(descendant::h1)")
# Characters of prose the marked body holds: a paragraph or two, not an empty shell.
_MARKED_BODY_MIN_CHARS = 300


def is_marked_article(el: HtmlElement, page: PageHeadline | None = None) -> bool:
    """True for an <aside> holding the page's article: its <h1> and a block schema.org marks
    as the article's body (`itemprop="articleBody"`) that reads as prose. A template printing
    the story in the page's complementary column (a paywalled page's "direct content" box)
    lost it whole for its tag; a sidebar's teasers hold neither. Its children are judged one
    by one as any block's.

    Without the mark, an <aside> holding the page's headline (`page`: the first <h1> its
    <title> names) and running text (`holds_prose`) is the article too: a blog theme wraps
    its post in `<aside class="post">`, headline, byline and paragraphs. A sidebar's widget
    headings ("Subscribe", "Car comparisons") are not in the <title>."""
    if el.tag != "aside" or not _HEADLINES(el):
        return False
    for body in _ARTICLE_BODIES(el):
        size = len(" ".join(text_of(body).split()))
        if size >= _MARKED_BODY_MIN_CHARS and is_prose(body, size):
            return True
    headline = page.headline() if page is not None and page.title else None
    return (
        headline is not None and el in headline.iterancestors() and holds_prose(el, _text_len(el))
    )


def holds_page_main(el: HtmlElement) -> bool:
    """True for a block holding a `<main>` with an `<h1>` in it: the page's wrapper named for
    a menu it also holds ("left-navigation_page-wrapper", a column "left-navigation-wrapper":
    a layout of a side menu beside the page's main content), or a menu's item the parser put
    the rest of the page in (a sub-menu's `<li>` left open), not a menu. A menu holds no
    page's main landmark; a stray `<main>` in a mega menu's item holds no `<h1>`. Asked only
    of the few layout blocks that hold no prose."""
    return bool(_MAIN_WITH_H1(el))


def holds_prose(el: HtmlElement, size: int) -> bool:
    """True when `el` reads as running text (`is_prose`), or holds a block of
    `_HOLDS_PROSE_MIN_CHARS` characters or more that does, found down its largest children.

    A menu, a share bar or a tag list is links and labels. A block so named that holds an
    article is misnamed: the article's wrapper, an <article> or <main> once and now a <div>
    (pages without HTML5 semantics), named for a post's tags ("tag-budget") or a script's
    hook ("js-social-anchor"), whose own menus and lists of related links put more than a
    fifth of its text in links. The descent follows the child holding half its parent's
    text or more, `_HOLDS_PROSE_LEVELS` deep, and only for such blocks of that size."""
    if is_prose(el, size):
        return True
    node = el
    for _ in range(_HOLDS_PROSE_LEVELS):
        sizes = [(_text_len(c), c) for c in node if isinstance(c.tag, str)]
        if not sizes:
            return False
        half = size / 2
        size, node = max(sizes, key=lambda pair: pair[0])
        if size < max(half, _HOLDS_PROSE_MIN_CHARS):
            return False
        if is_prose(node, size):
            return True
    return False


_HOLDS_PROSE_LEVELS = 3  # a wrapper, its column and the article's body (`holds_prose`)
# (the size of `pruning`'s misnamed article: a block of the article's body, not a caption)
_HOLDS_PROSE_MIN_CHARS = 500


# A module's text in a `<header>` (`is_text_header`): paragraphs of this many characters, and
# their sum (an article's header holds a deck of a sentence or two, under 300 characters).
_HEADER_PARAGRAPH_CHARS = 80
_HEADER_PARAGRAPHS = 2
_HEADER_TEXT_CHARS = 300
_NO_TEXT_HEADER = xpath("boolean(descendant::h1 or descendant::nav or descendant::form)")


def is_text_header(el: HtmlElement, size: int) -> bool:
    """True for a `<header>` holding a module's text, not a page's or an article's head: no
    `<h1>`, menu or form in it, `_HEADER_PARAGRAPHS` paragraphs of `_HEADER_PARAGRAPH_CHARS`
    characters or more, `_HEADER_TEXT_CHARS` in all, and prose (`is_prose`). Image-and-text
    modules of page builders print their title and text so ("ImageText_Description": the
    article told in such modules, one picture beside each part)."""
    if el.tag != "header" or size < _HEADER_TEXT_CHARS or _NO_TEXT_HEADER(el):
        return False
    long = [n for n in (_text_len(p) for p in el.iter("p")) if n >= _HEADER_PARAGRAPH_CHARS]
    if len(long) < _HEADER_PARAGRAPHS or sum(long) < _HEADER_TEXT_CHARS:
        return False
    return is_prose(el, size)


# A block named "head" alone (the word, not "header", "masthead", "headline": the weak word of
# `classwords`) holding one paragraph of prose and nothing else: the article's head, its lead
# (Polish and German portals: "<div class='head'>" between the byline and the body), not a
# page's head (a logo, a menu: links). A sentence of this many words, closed, no link in it.
_HEAD_WORD = re.compile(r"(?<![a-z])head(?![a-z])")
_HEAD_LEAD_MIN_WORDS = 12
_HEAD_LEAD_MAX_CHARS = 600
_LEAD_INLINE = frozenset({"b", "strong", "i", "em", "span", "br", "p"})


def is_head_lead(el: HtmlElement, size: int) -> bool:
    """True for a `<div>` or `<p>` named "head" (`_HEAD_WORD`) holding one closed sentence or
    more of `_HEAD_LEAD_MIN_WORDS` words, up to `_HEAD_LEAD_MAX_CHARS` characters, with no
    link, heading, picture or block of its own: the article's lead, kept for the deck search
    (`pipeline.maintext.decks`) and the container's text."""
    if el.tag not in ("div", "p") or size > _HEAD_LEAD_MAX_CHARS:
        return False
    names = f"{el.get('class') or ''} {el.get('id') or ''}".lower()
    if "head" not in names or _HEAD_WORD.search(names) is None:
        return False
    if any(not isinstance(c.tag, str) or c.tag not in _LEAD_INLINE for c in el.iterdescendants()):
        return False
    text = text_of(el)
    return len(text.split()) >= _HEAD_LEAD_MIN_WORDS and CLOSES_SENTENCE.search(text) is not None


# a paragraph's last sentence closed, a closing quote or bracket after it
CLOSES_SENTENCE = re.compile("[.!?\u3002\uff01\uff1f][\"'\u201d\u2019\u00bb)\\]]*\\s*$")
# Short paragraphs of one weakly named class, each closing a sentence: this many siblings,
# holding this many characters together, are a story's (`is_sentence_run`).
_RUN_PARAGRAPHS = 3
_RUN_CHARS = 300


def is_sentence_run(p: HtmlElement, size: int, runs: dict[str, list[int]]) -> bool:
    """True when the <p> `p` (`size` characters, a weak class word on it) closes a sentence
    and is the `_RUN_PARAGRAPHS`th sibling of its class to, the run holding `_RUN_CHARS`
    characters or more: a story printed in short paragraphs, every one named "headtypea"
    ("head"), none long enough to read as prose alone. `runs` counts, for one parent, each
    class's sentence paragraphs and their characters."""
    if not CLOSES_SENTENCE.search(text_of(p)):
        return False
    run = runs.setdefault(p.get("class") or "", [0, 0])
    run[0] += 1
    run[1] += size
    return run[0] >= _RUN_PARAGRAPHS and run[1] >= _RUN_CHARS
