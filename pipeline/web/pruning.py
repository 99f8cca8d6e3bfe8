"""Pruning a parsed page (`prune`): tags that are never content dropped with their text, page
furniture dropped unless it holds most of the page's text or prose (an overlay always), figure
captions, hidden slides, sign-up and log-in prompts, and the article a page's markup names
furniture (`is_misnamed_article`, `is_metered_text`, `is_marked_article`) marked and kept."""

from __future__ import annotations

from lxml import etree

from pipeline.web.boilerplate import (
    boilerplate_kind,
    holds_answer,
    is_hidden_element,
    is_question,
    mark_login_form,
    slug_heading_kind,
)
from pipeline.web.captions import dropped_captions
from pipeline.web.classwords import (
    _kind_of_words,
    class_words,
)
from pipeline.web.codechrome import code_chrome
from pipeline.web.counters import widget_counters
from pipeline.web.elementtext import _text_len, is_prose, text_of
from pipeline.web.headmark import mark_dropped_headline
from pipeline.web.htmltree import HtmlElement, body_of, drop_tree, free_body, xpath
from pipeline.web.linkstats import Texts
from pipeline.web.misnamed import (
    MISNAMED_ARTICLE,
    PageHeadline,
    is_misnamed_article,
    is_slide_story,
)
from pipeline.web.namedtext import (
    CLOSES_SENTENCE,
    holds_page_main,
    holds_prose,
    is_head_lead,
    is_marked_article,
    is_metered_text,
    is_sentence_run,
    is_text_header,
    is_text_list,
)
from pipeline.web.overlays import is_overlay
from pipeline.web.signups import _email_field_holders, _signup_boxes, drop_link_prompts

# Never content: dropped with their text (the tail, which belongs to the parent, is kept).
DROP_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "iframe",
    "object",
    "embed",
    "canvas",
    "select",
    "button",
    "input",
    "textarea",
    "link",
    "meta",
    "head",
    "audio",
    "video",
    "map",
    # what a browser without plug-ins or frames shows instead (an old Flash ad's link)
    "noembed",
    "noframes",
    # a ruby annotation (furigana, pinyin over the characters): a reading of the base text
    # beside it, not text (the base "子<rt>こ</rt>どもを" reads "子どもを"; see INLINE_TAGS)
    "rt",
    "rp",
    "rtc",
)
# Share of the page text a furniture node may hold and still be dropped.
_FURNITURE_MAX_SHARE = 0.6
# A figure's caption inside the article is part of its text (who is pictured, where); one
# longer than this is the text of a gallery's slide (paragraphs of its own), not a caption.
MAX_CAPTION_CHARS = 300
# A subheading, or the block right inside it, is never dropped for a weak class word: a
# listicle's item titles are named "list-item-title", a section's heading "block-head".
_SUBHEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
# A weakly marked node (author, date, list ...) is dropped only when it is this short.
_WEAK_MAX_CHARS = 200


def prune(doc: HtmlElement, texts: Texts | None = None) -> HtmlElement:
    """Remove scripts, comments and furniture from `doc` in place and return its body.

    Furniture is judged top-down so a dropped subtree is never visited; a node's size comes
    from one statistics pass made before anything is dropped. A figure's caption is not
    furniture, whatever its class says (`_is_figure_caption`), nor is a subheading for a weak
    class word (`_SUBHEADINGS`). The small block around an e-mail field (a newsletter or
    comment box: `_signup_boxes`) is, whatever its class says. A <button> that swallowed
    the page (`_unwrap_buttons`) is read as a block, and a block a furniture word
    names by accident that holds the article (`is_misnamed_article`) is searched, not dropped.
    `texts` keeps the texts the last step reads (`widget_counters`) for the readers after
    it, unless that step drops an element (what it held before is dropped: read before the
    steps here changed the tree).
    """
    if texts is not None:
        texts.clear()
    etree.strip_elements(doc, etree.Comment, etree.ProcessingInstruction, with_tail=False)
    # the fields, players and buttons the next three steps read, found in one walk of the page
    tagged = list(doc.iter("input", "iframe", "video", "button"))
    fields = _tagged(tagged, "input")
    holders = _email_field_holders(fields)  # before the fields go (DROP_TAGS)
    for field in fields:
        mark_login_form(field)
    captions = dropped_captions(doc, _tagged(tagged, "iframe", "video"))  # before players go
    for caption in captions:  # a video's <figcaption>, those the caption policy drops
        drop_tree(caption)
    _unwrap_buttons(list(doc.iter("button")) if captions else _tagged(tagged, "button"))
    free_body(doc)  # (before the <head> goes with DROP_TAGS)
    page = PageHeadline(doc)
    _free_noscript(doc)
    etree.strip_elements(doc, *DROP_TAGS, with_tail=False)
    body = body_of(doc)
    if body is None:
        body = doc
    limit = _FURNITURE_MAX_SHARE * max(_text_len(body), 1)
    for box in _signup_boxes(holders, body, limit):
        drop_tree(box)
    stack = [body]
    prose_kin: set[tuple[str, str]] | None = None  # (tag, class) of prose a class word names
    metered: dict[str, bool] = {}  # a paragraph class named for a paywall: article text?
    while stack:
        dropped = []
        runs: dict[str, list[int]] = {}  # weakly named <p>s of a class closing a sentence
        node = stack.pop()
        in_heading = node.tag in _SUBHEADINGS
        for child in node:
            kind = boilerplate_kind(child)
            size = -1  # (read once: a weak child's size serves the lead test and the rest)
            if kind == "strong" and _is_figure_caption(child):
                kind = ""
            elif kind == "strong" and is_slide_story(child, page):
                kind = ""  # the story told as a gallery's slide, its caption: searched
            elif kind == "weak" and (in_heading or child.tag in _SUBHEADINGS):
                kind = ""  # a subheading's words ("list-item-title"), not a widget
            elif kind == "weak" and is_head_lead(child, size := _text_len(child)):
                kind = ""  # the article's lead in a box named "head"
            elif kind and child.tag in _SUBHEADINGS:  # (strong or layout: weak is above)
                kind = slug_heading_kind(child, kind)  # "nav_<its slug>": a target
            if kind:
                if size < 0:
                    size = _text_len(child)
                if kind == "strong" and is_misnamed_article(child, size, page):
                    child.set(MISNAMED_ARTICLE, "")  # for the scorer: its <h1> may go below
                    kind = ""
                elif kind == "strong" and is_marked_article(child, page):
                    kind = ""  # an <aside> holding the page's marked article: searched
                elif kind == "strong" and is_text_header(child, size):
                    kind = ""  # a module's text in a <header>: searched
                elif kind == "strong" and is_metered_text(child, metered):
                    child.set(MISNAMED_ARTICLE, "")  # the article's text, not a box around it
                    kind = ""
                if (size < limit or (kind == "strong" and is_overlay(child))) and (
                    kind == "strong"
                    or (
                        kind == "layout"
                        and not holds_prose(child, size)
                        and not holds_page_main(child)
                    )
                    or (kind == "weak" and size < _WEAK_MAX_CHARS and not is_text_list(child))
                ):
                    if kind == "weak" and child.tag == "p" and is_sentence_run(child, size, runs):
                        prose_kin = (prose_kin or set()) | {("p", child.get("class") or "")}
                    dropped.append(child)
                    continue
                if (kind == "layout" and size < limit) or (
                    kind == "weak" and child.tag == "p" and is_prose(child, size)
                ):  # kept for its prose: its class names the article's paragraphs
                    if prose_kin is None:
                        prose_kin = set()
                    prose_kin.add((child.tag, child.get("class") or ""))
            if len(child):  # leaves have nothing left to judge
                stack.append(child)
        if prose_kin is not None:  # (set on this node's children only)
            dropped = _without_prose_kin(dropped, prose_kin, stack)
            prose_kin = None
        for child in dropped:  # after the loop: lxml children must not change under it
            mark_dropped_headline(child)  # (an article's <header>: where its <h1> stood)
            drop_tree(child)
    # after the class words: the sizes above are the page's own, and less of the page is left
    drop_link_prompts(body, limit)
    for slide in _hidden_slides(body, limit):
        drop_tree(slide)
    for chrome in code_chrome(body):
        drop_tree(chrome)
    counters = widget_counters(body, texts)
    if counters and texts is not None:
        texts.clear()  # (a counter's tail may join its parent's text)
    for counter in counters:
        if counter.getparent() is not None:
            drop_tree(counter)
    return body


# A <noscript> holding more than this share of the page's text (and this many characters) is
# the page: `<noscript><div id="nav"></noscript>` (a script writes the wrapper otherwise) opens
# a <div> libxml2 never sees closed, and it nests the rest of the document in the <noscript>;
# a browser reads the <noscript>'s content as raw text and shows the page after it.
_NOSCRIPT_PAGE_SHARE = 0.5
_NOSCRIPT_MIN_CHARS = 500


def _free_noscript(doc: HtmlElement) -> None:
    """Read as a <div>, IN PLACE, a <noscript> the parser nested the page in
    (`_NOSCRIPT_PAGE_SHARE`); every other <noscript> goes with `DROP_TAGS`. Most are a
    pixel's or a player's: empty."""
    held = [n for n in doc.iter("noscript") if len(n) and _text_len(n) >= _NOSCRIPT_MIN_CHARS]
    if not held:
        return
    body = body_of(doc)
    limit = _NOSCRIPT_PAGE_SHARE * _text_len(body if body is not None else doc)
    for noscript in held:
        if _text_len(noscript) > limit:
            noscript.tag = "div"
            return


# Elements hidden from assistive technology (`aria-hidden="true"`): their parents are the
# blocks `_hidden_slides` reads. Not the icons (<i>, <span>, <img>) most such elements are: a
# slide is a block. libxml2 finds the attributes (each with its element: `getparent`), in
# document order; their value and the element's tag are tested here, what the XPath
# "descendant::*[@aria-hidden='true'][not(self::span or self::i or self::a or self::img)]"
# tested on every element (a third of its time; tests/test_hidden_slides_equivalence.py).
_ARIA_HIDDEN = xpath("descendant::*/@aria-hidden")
_NOT_SLIDES = frozenset({"span", "i", "a", "img"})


def _hidden_blocks(body: HtmlElement) -> list[HtmlElement]:
    """The elements below `body` hidden from assistive technology, icons left out (see
    `_ARIA_HIDDEN`), in document order."""
    found = []
    for value in _ARIA_HIDDEN(body):
        if value == "true":
            el = value.getparent()
            if el.tag not in _NOT_SLIDES:
                found.append(el)
    return found


def _hidden_slides(body: HtmlElement, limit: float) -> list[HtmlElement]:
    """The hidden slides of the page's carousels: children of one tag hidden from assistive
    technology (`aria-hidden="true"`, two or more) beside a shown one of their tag, the slide
    on screen. Carousel scripts (slick, Swiper, Glide ...) mark every slide but the current
    one so, whatever the classes say (hashed ones say nothing); the reader sees the current
    slide's caption, not fifty others. A block hidden alone (a collapsed section of the
    article, a menu) is not a slide and is judged as any other; so are slides holding
    `limit` characters (the furniture share of the page): an article told in slides."""
    found: list[HtmlElement] = []
    parents: dict[HtmlElement, int] = {}
    for el in _hidden_blocks(body):
        parent = el.getparent()
        if parent is not None:
            parents[parent] = parents.get(parent, 0) + 1
    for parent, count in parents.items():
        if count < 2:
            continue
        hidden = [c for c in parent if c.get("aria-hidden") == "true"]
        tags = {c.tag for c in hidden}
        shown = [c for c in parent if c.tag in tags and c.get("aria-hidden") != "true"]
        if shown and len(tags) == 1 and sum(map(_text_len, hidden)) < limit:
            found += hidden
    return found


def _without_prose_kin(
    dropped: list[HtmlElement], prose_kin: set[tuple[str, str]], stack: list[HtmlElement]
) -> list[HtmlElement]:
    """`dropped` less the blocks of the same tag and class as a sibling kept for its prose:
    that class names the article's paragraphs ("contextmenu body-text" on every <p>, a
    script's hook), so its short ones (a closing "Happy holidays!", a one-line paragraph)
    are the article's too. A block kept so is searched like any other (put on `stack`).
    A weakly named class ("headtypea", "add-linkout" on every <p> of a story) names the
    article only in paragraphs closing a sentence: "Edited by: X" and "With assistance from
    Y" under a long "source" note stay credits."""
    kept = []
    for child in dropped:
        kind = boilerplate_kind(child) if (child.tag, child.get("class") or "") in prose_kin else ""
        if kind == "layout" or (kind == "weak" and CLOSES_SENTENCE.search(text_of(child))):
            if len(child):
                stack.append(child)
        else:
            kept.append(child)
    return kept


def _tagged(elements: list[HtmlElement], *tags: str) -> list[HtmlElement]:
    return [el for el in elements if el.tag in tags]


def _unwrap_buttons(buttons: list[HtmlElement]) -> None:
    """Turn into a plain <div> every <button> holding more than `_MAX_BUTTON_CHARS` of text
    or an FAQ's question over its answer (`_opens_answer`):
    a button is a label, and one that holds the page is the parser's doing. libxml2 does not
    close a <button> on `</button>` while a block opened inside it is still open (a menu
    button's `<div class="menu-button-inner"><div></button>`, seen on a site platform that
    serves many magazines): the rest of the page, article included, nests inside the button
    and went with it."""
    for button in buttons:  # (the page's, in document order)
        size = _text_len(button)
        if size > _MAX_BUTTON_CHARS or (size >= _MIN_QUESTION_CHARS and _opens_answer(button)):
            button.tag = "div"


# See `_unwrap_buttons`: labels, even with a count or a short tooltip, fit in this.
_MAX_BUTTON_CHARS = 500
# A question a button may unfold an answer under: a few words ("Do I need one?").
_MIN_QUESTION_CHARS = 10


def _opens_answer(button: HtmlElement) -> bool:
    """True for an FAQ's question printed as the <button> that unfolds its answer (an
    accordion's card): its text a question (`is_question`), alone in its block (the button,
    or a heading wrapping it alone), and that block and a sentence or more after it the
    card's two children. The question is text, as a <summary> over its <details> is; the
    answers were kept without it, and read as answers to nothing."""
    block = button
    while block.getnext() is None and block.getprevious() is None:
        parent = block.getparent()
        if parent is None or (parent.text or "").strip():
            return False
        block = parent
    answer, card = block.getnext(), block.getparent()
    if answer is None or block.getprevious() is not None or card is None or len(card) != 2:
        return False
    return is_question(button) and holds_answer(answer)


def _is_figure_caption(el: HtmlElement) -> bool:
    """True for a block named as a caption (and as no other furniture: not a credit) inside a
    <figure> or right after the picture it describes (older markup: an image's wrapper, then
    `<p class="imageCaption">`; in div soup, the first child of the caption's own wrapper,
    a <figcaption> once, that follows the picture: `_caption_start`), of at most
    MAX_CAPTION_CHARS: text like a <figcaption>; or the captioned <figure> itself, named as a
    caption around its one picture and its caption (WordPress's `<figure class="wp-caption">`):
    its <figcaption> is kept as any is. A caption box elsewhere is a gallery's or a video
    player's: furniture. (A <div class="wp-caption"> around its picture stays furniture: the
    golds of trafilatura's snippets, wcxb and DAnIEL drop those captions, magic_html's keep
    them.)"""
    words = class_words(el)
    if "caption" not in words or _kind_of_words(words.replace("caption", " ")):
        return False
    if is_hidden_element(el):
        return False  # a gallery's caption of a slide not on screen (its own display: none)
    size = _text_len(el)
    if size > MAX_CAPTION_CHARS:
        size -= _credit_chars(el)  # the photographer's credit set in the caption is no caption
        if size > MAX_CAPTION_CHARS:
            return False
    if el.tag == "figure" and _holds_one_picture(el):
        return True  # the captioned figure itself: its picture, then its caption
    before = _caption_start(el, size).getprevious()
    # the picture, a line break, its caption (nothing between: a <br> after text is the text's)
    while before is not None and before.tag == "br" and not (before.tail or "").strip():
        before = before.getprevious()
    pictured = before is not None and next(before.iter("img", "picture"), None) is not None
    return pictured or next(el.iterancestors("figure"), None) is not None


def _credit_chars(el: HtmlElement) -> int:
    """The characters of the blocks inside `el` named as a credit ("credit", "photo-credit")."""
    n = 0
    for child in el:
        if isinstance(child.tag, str):
            n += _text_len(child) if "credit" in class_words(child) else _credit_chars(child)
    return n


def _holds_one_picture(el: HtmlElement) -> bool:
    """True for a figure holding one picture (an <img>, in a <picture> or not): a captioned
    figure, not a gallery's strip of several."""
    pictures = el.iter("img")
    return next(pictures, None) is not None and next(pictures, None) is None


# Wrappers of a caption climbed to find the picture before them (`_caption_start`).
_CAPTION_WRAPPERS = 2


def _caption_start(el: HtmlElement, size: int) -> HtmlElement:
    """The outermost of `el` and the `_CAPTION_WRAPPERS` ancestors that open with it and
    hold no text beside its `size` characters: the caption's own wrappers (a <figcaption>
    turned <div>). A wrapper adding text (a credit, a second caption) is left alone: letting
    it through lost more than it gained on the div-soup pages measured."""
    node = el
    for _ in range(_CAPTION_WRAPPERS):
        parent = node.getparent()
        if node.getprevious() is not None or parent is None or _text_len(parent) > size:
            break
        node = parent
    return node
