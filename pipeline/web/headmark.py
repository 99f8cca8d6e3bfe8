"""Where the page's headline stood once pruning dropped the `<header>` holding it
(`mark_dropped_headline`; read back by `heading_text` and `printed_after`).

An article's own `<header>` holds its `<h1>` with the byline, the date and a share bar, and
`prune` drops every `<header>` as furniture by its tag (most are the site's banner). The
headline went with it, and every rule keyed to what follows the headline (the container
nearest it, the standfirst between it and the body, the fragments after it) lost its anchor:
`find_headline` found nothing on such pages. So the dropped header leaves an empty marker
(`HEADLINE_MARK`) in its place, carrying the text of the `<h1>` it held, which
`find_headline` judges as it judges an `<h1>`, and whether the header printed text after
that `<h1>` (a byline, a date: what the standfirst rule asks to tell a standfirst from the
headline's own deck). The marker has no text in the tree: it adds nothing to any block's
statistics and is never printed (the headline is the title's field, not the article's
text). What the header itself held stays dropped, but for the blocks that may be the
headline's deck (`deckfind.deck_blocks`), carried on the marker as text (`header_decks`) for
`pipeline.maintext.decks` to judge: a news page's standfirst is part of its text, and its
`<header>` is where many pages print it. The story's key points listed under the headline
(`headpoints`) are not dropped either: the list is put in the header's place, after the mark."""

from __future__ import annotations

import json
import re

from pipeline.web.deckfind import deck_blocks
from pipeline.web.elementtext import text_of
from pipeline.web.headpoints import header_points
from pipeline.web.htmltree import HtmlElement, new_element

# The marker's tag (no HTML tag: no rule on <h1>s or on blocks reads it as one) and its
# attributes: the headline's text, and (present or not) text printed after it in the header.
HEADLINE_MARK = "newsbrief-headline"
_MARK_TEXT = "data-text"
_MARK_PRINTED = "data-printed-after"
_MARK_DECKS = "data-decks"  # the header's deck blocks, as JSON
# A box named as a header ("news-header", "head": a <div> or a <section>) that `prune` drops
# holding an <h1> leaves this mark instead: read by `heading_text` and `header_decks`, and
# by `decks.deck_anchor` on a page left without an <h1> or a `HEADLINE_MARK`, never by
# `find_headline` (as a headline it moved the container: a page's body was lost to it).
DECK_MARK = "newsbrief-deckhead"
_HEAD_BOXES = frozenset({"div", "section"})
_HEAD_NAME = re.compile(r"(?<![a-z])head(?:er)?(?![a-z])")
# Furniture by tag that may hold the article's own headline: a <nav>, <aside> or <footer>
# holding an <h1> holds the site's name or another story's.
_HEADLINE_HOLDERS = frozenset({"header"})
# An <h2> titling an article's <header> without an <h1>: a headline's words, not a menu's
# ("Pop Culture") nor a section's name (as `decks.deck_anchor` asks of its anchor).
_H2_MIN_WORDS = 3
_H2_MIN_CHARS = 20


def mark_dropped_headline(box: HtmlElement) -> None:
    """Put a `HEADLINE_MARK` in the place of `box`, a block `prune` is about to drop, when it
    is a `<header>` holding an `<h1>`, or an `<h1>` itself (named with a furniture word:
    "headblock"); else leave the tree as it is. `box` is then out of the tree (its tail
    stays, on the marker)."""
    tag = HEADLINE_MARK
    if box.tag == "h1":  # the headline itself, dropped for a word of its class ("headblock")
        h1: HtmlElement | None = box
    elif box.tag in _HEADLINE_HOLDERS:
        h1 = next(box.iter("h1"), None)
        if h1 is None:  # an article's <header> titled by an <h2> (the page's <h1>s name the
            # site and its section): a mark for the deck only, as a box named as a header
            h1, tag = next(box.iter("h2"), None), DECK_MARK
            if h1 is not None and not _titles_article(h1):
                return  # a banner's menu ("Pop Culture"), a teaser's heading linking away
    elif _names_head(box):  # a box named as a header: a mark for the deck only (`DECK_MARK`)
        h1, tag = next(box.iter("h1"), None), DECK_MARK
        if h1 is not None and _links_away(h1):
            return  # a site's name linking to its home page (a blog's title and tagline)
    else:
        return
    parent = box.getparent()
    if h1 is None or parent is None:
        return
    mark = new_element(tag)
    mark.set(_MARK_TEXT, text_of(h1))
    if _prints_after(box, h1):
        mark.set(_MARK_PRINTED, "")
    if box is not h1:
        decks = deck_blocks(box, h1)
        if decks:
            mark.set(_MARK_DECKS, json.dumps(decks, ensure_ascii=False))
    points = header_points(box, h1) if box is not h1 else None
    mark.tail, box.tail = box.tail, None
    parent.replace(box, mark)
    if points is not None:  # the story's key points stay, where the header stood
        holder = points.getparent()  # (inside `box`)
        if holder is not None:
            holder.remove(points)
        points.tail, mark.tail = mark.tail, None
        mark.addnext(points)


def _names_head(box: HtmlElement) -> bool:
    """True when `box`, a `<div>` or a `<section>`, is named as a header: "head" or "header" as
    a word of its class or id ("news-header", "c-article-head"; not "masthead", "headline")."""
    if box.tag not in _HEAD_BOXES:
        return False
    names = f"{box.get('class') or ''} {box.get('id') or ''}".lower()
    return "head" in names and _HEAD_NAME.search(names) is not None


def _titles_article(h2: HtmlElement) -> bool:
    """True when `h2` holds a headline's words (`_H2_MIN_WORDS`, or `_H2_MIN_CHARS` in a
    script without spaces) and does not link away."""
    text = " ".join(text_of(h2).split())
    if len(text.split()) < _H2_MIN_WORDS and (text.isascii() or len(text) < _H2_MIN_CHARS):
        return False
    return not _links_away(h2)


def _links_away(h1: HtmlElement) -> bool:
    """True when half of `h1`'s text or more is inside links."""
    text = " ".join(text_of(h1).split())
    linked = sum(len(" ".join(text_of(a).split())) for a in h1.iter("a"))
    return 2 * linked >= len(text)


def _prints_after(box: HtmlElement, h1: HtmlElement) -> bool:
    """True when `box` holds text after `h1` (and outside it), in document order."""
    if (h1.tail or "").strip():
        return True
    inside = None  # the elements of `h1`, once met
    for el in box.iter():
        if el is h1:
            inside = set(h1.iter())
        elif inside is not None and el not in inside:
            if (isinstance(el.tag, str) and (el.text or "").strip()) or (el.tail or "").strip():
                return True
    return False


def heading_text(el: HtmlElement) -> str:
    """The text of a heading, or of the headline a `HEADLINE_MARK` stands for."""
    if el.tag == HEADLINE_MARK or el.tag == DECK_MARK:
        return el.get(_MARK_TEXT) or ""
    return text_of(el)


def printed_after(el: HtmlElement) -> bool:
    """True when `el` is a `HEADLINE_MARK` whose header printed text after its headline."""
    return el.tag == HEADLINE_MARK and el.get(_MARK_PRINTED) is not None


def header_decks(el: HtmlElement) -> list[tuple[str, bool, str]]:
    """The deck blocks of the `<header>` a `HEADLINE_MARK` stands for (`deck_blocks`), else []."""
    if (el.tag != HEADLINE_MARK and el.tag != DECK_MARK) or not el.get(_MARK_DECKS):
        return []
    return [(str(t), bool(n), str(f)) for t, n, f in json.loads(el.get(_MARK_DECKS) or "[]")]
