"""Galleries and fragments: the gallery or furniture block a candidate sits in, kept by
`prune` for holding most of the page's text (`enclosing_furniture`: a slideshow by its
class/id or its counted slides, a block marked as furniture by its attributes), and the
article's earlier fragments a page cuts it into around an inserted box (`with_fragments`:
blocks of the body's own class, or repeating its id, that are mostly prose)."""

from __future__ import annotations

import re

from lxml import etree

from pipeline.maintext.blockscore import _MAX_PROSE_LINKS, MIN_PARAGRAPH, prose_chars
from pipeline.web.html import (
    FURNITURE_TAGS,
    INLINE_TAGS,
    MISNAMED_ARTICLE,
    STRONG_NEGATIVE,
    HtmlElement,
    Stats,
    WordPattern,
    boilerplate_kind,
    class_words,
    furniture_words,
    is_hidden_element,
    is_prose,
    text_of,
)

# A photo gallery or slideshow: its slides' captions are not the article they illustrate.
GALLERY = WordPattern(r"gallery|slideshow")
_FURNITURE_BY_TAG = FURNITURE_TAGS | {"form"}


def enclosing_furniture(
    top: HtmlElement, body: HtmlElement, st: Stats | None = None
) -> HtmlElement | None:
    """The outermost block, `top` or one of its ancestors below `body`, that is a photo
    gallery (`GALLERY` in its class/id, or `top` a list of slides opening with their counter,
    "1/50", `_counted_slides`) or marked as furniture by its attributes
    (`boilerplate_kind` "strong": a cookie notice, a modal, a hidden block) and was kept by
    `prune` for holding most of the page's text; None when there is none. Furniture by its
    tag alone is not counted: old portals wrap the whole page in a <form> or a <header>.
    `st`: the tree's statistics, whose held texts are read (`Stats.texts`)."""
    found = top if _counted_slides(top, st) else None
    for el in (top, *top.iterancestors()):
        if el is body:
            break
        words = class_words(el)
        if (words and GALLERY.search(words) and not _holds_text_body(el)) or (
            el.tag not in _FURNITURE_BY_TAG
            and boilerplate_kind(el) == "strong"
            and el.get(MISNAMED_ARTICLE) is None
            and not (_AD_SLOTS.search(words) and _hosts_ads(el, words))
        ):
            found = el
    return found


# An ad word in a class or id: "ad-container", "ads", "has-ads" ...
_AD_SLOTS = re.compile(r"(?<![a-z])ads?(?![a-z])|advert")


def _hosts_ads(el: HtmlElement, words: str) -> bool:
    """True for a block furniture only for an ad word in its class (no other furniture word,
    no role, not hidden: "comp sc-ad-container right-rail article-content", the layout
    block ad slots are put into) that holds a body of text (`_holds_text_body`): the article
    the slots are set in, not an ad. An ad holds no three paragraphs of prose."""
    if el.get("role") is not None or el.get("aria-modal") is not None or is_hidden_element(el):
        return False
    rest = furniture_words(_AD_SLOTS.sub(" ", words))
    return not STRONG_NEGATIVE.search(rest) and _holds_text_body(el)


# Paragraphs of prose one block of a "gallery" must hold, side by side, to be an article's
# text beside its picture (a media object a lightbox script hooks: "o-media js-lightbox-gallery"),
# not slides: a slide holds a caption, and slides are blocks of their own.
_BODY_PARAGRAPHS = 3


def _holds_text_body(el: HtmlElement) -> bool:
    """True when a block in `el` holds `_BODY_PARAGRAPHS` <p> children of prose
    (`is_prose`)."""
    for block in el.iter("div", "section"):
        found = 0
        for child in block:
            if child.tag == "p" and is_prose(child):
                found += 1
                if found >= _BODY_PARAGRAPHS:
                    return True
    return False


# A slide's counter opening its caption: "1/50", "2 / 50", "3 of 50".
_SLIDE_COUNTER = re.compile(r"(\d{1,3})\s*(?:/|of)\s*(\d{1,3})(?!\d)")
_MIN_SLIDES = 3


def _counted_slides(el: HtmlElement, st: Stats | None = None) -> bool:
    """True when `_MIN_SLIDES` or more of `el`'s children, and half of them, open with slide
    counters of one total ("1/50", "2/50" ...: distinct numbers, not a recipe's "1/4 cup"):
    a slideshow whose class is not a word."""
    children = [child for child in el if isinstance(child.tag, str)]
    if len(children) < _MIN_SLIDES:
        return False
    totals: dict[str, set[str]] = {}
    for child in children:
        if _opens_without_digit(child.text if st is None else st.texts[child]):
            continue  # (most children: their whole text is not read for a counter)
        match = _SLIDE_COUNTER.match(text_of(child).lstrip()[:12])
        if match and int(match.group(1)) <= int(match.group(2)):
            totals.setdefault(match.group(2), set()).add(match.group(1))
    return any(len(n) >= _MIN_SLIDES and 2 * len(n) >= len(children) for n in totals.values())


def _opens_without_digit(text: str | None) -> bool:
    """True when an element's own text (`text`, its `.text`) opens, after blanks, with a
    character that is not a decimal digit (what `\\d` matches): its whole text (`text_of`),
    which starts with that text, then opens with it too, and no slide counter can."""
    if not text:
        return False
    first = text[0] if not text[0].isspace() else text.lstrip()[:1]
    return bool(first) and not first.isdecimal()


_FRAGMENT_LEVELS = 4  # ancestors of the body (wrappers not counted) searched for fragments
_FRAGMENT_CLASS_SHARE = 0.5  # of the body's prose, held by blocks of one class
_FRAGMENT_PROSE_SHARE = 0.5  # of a fragment's text, in prose blocks


def with_fragments(
    chosen: list[HtmlElement], st: Stats, headline: HtmlElement | None = None
) -> list[HtmlElement]:
    """`chosen` preceded by the article's earlier fragments, when the page cuts its article
    into blocks of one class around an inserted box (an opinion note, a newsletter promo):
    the body found is then the longest fragment, and those before it are lost.

    The fragment class is a class attribute of the blocks directly holding at least half of
    the body's prose paragraphs. Searched: the nearest ancestor of the body (within
    `_FRAGMENT_LEVELS`, wrappers holding the body alone not counted) that holds, after the
    page's `headline` (when it is inside the ancestor) and before the body, blocks of that
    class that are mostly prose with few links, outside any list item (teasers) and without
    an <h1>. A block of the class before the headline is not the article's. Without such a
    class, blocks repeating the body's id are its fragments (`_with_id_fragments`)."""
    if not chosen:
        return chosen
    classes = _fragment_classes(chosen, st)
    if not classes:
        return _with_id_fragments(chosen, st, headline)
    first = chosen[0]
    line = set(first.iterancestors())
    node = first.getparent()
    while node is not None and st.text.get(node, 0) == st.text.get(first, 0):
        node = node.getparent()  # a wrapper holding nothing but the body is no level
    for _ in range(_FRAGMENT_LEVELS):
        if node is None or node.tag in ("body", "html"):
            break
        found: list[HtmlElement] = []
        started = headline is None or headline not in set(node.iter())
        for el in node.iter():
            if el is headline:
                started = True
            elif el is first:
                break
            elif (
                started
                and isinstance(el.tag, str)
                and el not in line
                and el.get("class") in classes
                and not any(a in found for a in el.iterancestors())
                and _is_fragment(el, st)
            ):
                found.append(el)
        if found:
            return [*found, *chosen]
        node = node.getparent()
    return chosen


_SAME_ID = etree.XPath("//*[@id = $ident]")


def _with_id_fragments(
    chosen: list[HtmlElement], st: Stats, headline: HtmlElement | None
) -> list[HtmlElement]:
    """`chosen` with the article's earlier fragments put before its body, when the page's
    template repeats the body's id around an inserted box (a gallery between the opening
    paragraph and the rest, each part in its own `<div id="text">`): blocks of that id
    before the body and after the `headline`, mostly prose (`_is_fragment`), outside `chosen`.
    Ids are unique on most pages: the page is walked only when the body's is not."""
    for i, body in enumerate(chosen):
        ident = body.get("id")
        same = _SAME_ID(body, ident=ident) if ident else []
        if not isinstance(same, list) or len(same) < 2:
            continue
        found: list[HtmlElement] = []
        started = headline is None
        for el in body.getroottree().iter():
            if el is headline:
                started = True
            elif el is body:
                break
            elif started and el.get("id") == ident and isinstance(el.tag, str):
                if not _is_fragment(el, st) or any(
                    el is c or c in el.iterancestors() for c in chosen
                ):
                    continue
                found.append(el)
        return [*chosen[:i], *found, *chosen[i:]] if found else chosen
    return chosen


def _fragment_classes(chosen: list[HtmlElement], st: Stats) -> set[str]:
    """Class attributes of the blocks directly holding at least `_FRAGMENT_CLASS_SHARE` of
    the prose paragraphs in `chosen`."""
    prose: dict[str, int] = {}
    total = 0
    for el in chosen:
        for node in el.iter():
            if node.tag in INLINE_TAGS or not isinstance(node.tag, str):
                continue
            n = st.own.get(node, 0)
            if n < MIN_PARAGRAPH or st.link_density(node) >= _MAX_PROSE_LINKS:
                continue
            total += n
            parent = node.getparent()
            cls = parent.get("class", "") if parent is not None else ""
            if cls.strip():
                prose[cls] = prose.get(cls, 0) + n
    return {c for c, n in prose.items() if n >= _FRAGMENT_CLASS_SHARE * total}


def _is_fragment(el: HtmlElement, st: Stats) -> bool:
    """Mostly prose, few links, no <h1>, not in or holding a list item."""
    n = st.text.get(el, 0)
    return (
        n >= MIN_PARAGRAPH
        and st.link_density(el) < _MAX_PROSE_LINKS
        and prose_chars(el, st) >= _FRAGMENT_PROSE_SHARE * n
        and next(el.iter("li", "h1"), None) is None
        and next(el.iterancestors("li"), None) is None
    )
