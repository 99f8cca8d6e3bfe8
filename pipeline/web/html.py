"""Parsing, boilerplate pruning and per-node text statistics on one lxml tree."""

from __future__ import annotations

import re
from typing import Any, cast

from lxml import etree

from pipeline.web.classwords import (
    ANY_NEGATIVE_WORD,
    LAYOUT_NEGATIVE,
    POSITIVE,
    STRONG_NEGATIVE,
    WEAK_NEGATIVE,
    _attr_words,
    _kind_of_attrs,
    _kind_of_words,
    class_words,
    furniture_words,
)
from pipeline.web.elementtext import (
    INLINE_TAGS,
    PROSE_CHARS_PER_SENTENCE,
    _text_len,
    _text_len_upto,
    clause_marks,
    is_prose,
    text_len_upto,
    text_of,
)
from pipeline.web.embeds import is_embedded_post
from pipeline.web.htmltree import (
    HtmlElement,
    drop_tree,
    new_element,
    parse,
    parse_document,
    to_html,
    xpath,
)
from pipeline.web.linkstats import Stats, compute_stats
from pipeline.web.wordpatterns import (
    WordPattern,
    any_literal,
    literal_alternation,
    top_level_alternatives,
)

__all__ = [
    "any_literal",
    "ANY_NEGATIVE_WORD",
    "boilerplate_kind",
    "class_words",
    "clause_marks",
    "compute_stats",
    "drop_tree",
    "FOLDED_QUESTION_END",
    "FURNITURE_TAGS",
    "furniture_words",
    "HIDDEN_STYLE",
    "HtmlElement",
    "INLINE_TAGS",
    "is_hidden_element",
    "is_prose",
    "is_question",
    "LAYOUT_NEGATIVE",
    "literal_alternation",
    "MAX_CAPTION_CHARS",
    "MISNAMED_ARTICLE",
    "new_element",
    "parse",
    "parse_document",
    "POSITIVE",
    "PROSE_CHARS_PER_SENTENCE",
    "prune",
    "Stats",
    "STRONG_NEGATIVE",
    "text_len_upto",
    "text_of",
    "to_html",
    "top_level_alternatives",
    "WEAK_NEGATIVE",
    "WordPattern",
    "xpath",
]

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
)
# Page furniture by tag; kept only when it holds most of the page's text.
FURNITURE_TAGS = frozenset({"nav", "footer", "aside", "menu", "dialog", "header"})
# The WAI-ARIA landmark and widget roles of those tags, which pages whose classes are hashed
# (CSS-in-JS, utility classes: no word to read in them) still put on a <div>: role="navigation"
# is a <nav>, "complementary" an <aside>, "contentinfo" a <footer>, "banner" the page's
# <header>; a menu bar, a search box and a modal dialog are furniture as well (Mozilla
# Readability drops the same roles). A block marked `aria-modal="true"` is a modal window
# whatever its role, or with none (a consent manager's preference window printing its whole
# policy on a page of hashed classes and no roles).
FURNITURE_ROLES = frozenset(
    {
        "navigation",
        "complementary",
        "contentinfo",
        "banner",
        "menu",
        "menubar",
        "dialog",
        "alertdialog",
        "search",
    }
)
# (<form> is furniture too, unless it holds an <h1>: see `boilerplate_kind`.) Old portals wrap
# the whole article, headline included, in a <form> (a "mail this article" form); search,
# login, comment and poll forms do not hold the page's <h1>.
_H1 = etree.XPath("boolean(.//h1)")
# Tags whose class/id never marks them as furniture (WordPress puts "tag-x" on <article>).
_NEVER_BY_CLASS = frozenset({"article", "main", "body", "html"})
# A style declaration that hides its element (inline, or in a stylesheet rule).
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
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
# Lists a weak class word may not drop: a bullet list without a single link ("bullet-list",
# "summary-list", "pros-cons-list") is the article's text (key points, steps, pros and cons);
# the lists that are furniture (related stories, tags, menus) link away.
_TEXT_LISTS = frozenset({"ul", "ol"})


def boilerplate_kind(el: HtmlElement) -> str:
    """ "strong" when tag or class/id marks furniture, "layout" when its class/id names layout
    furniture (menus, share bars, sidebars: dropped unless it holds prose), "weak" when it may
    be furniture, "" otherwise."""
    tag = el.tag
    if tag in FURNITURE_TAGS:
        return "strong"
    get = el.get  # called for every element of every page: few attribute reads, cached words
    itemprop = get("itemprop")
    if tag in _NEVER_BY_CLASS or itemprop == "articleBody":
        return ""
    if itemprop == "author" and tag not in INLINE_TAGS:
        return "strong"  # an author box (schema.org Person with a bio), not the article
    role = get("role")
    if role and tag not in INLINE_TAGS and not FURNITURE_ROLES.isdisjoint(role.lower().split()):
        return "strong"
    modal = get("aria-modal")
    if modal and modal.strip().lower() == "true" and tag not in INLINE_TAGS:
        return "strong"  # a modal window (see `FURNITURE_ROLES`), marked so without a role
    if (is_hidden_element(el) and not is_folded_answer(el)) or (
        tag == "blockquote" and is_embedded_post(el)
    ):
        return "strong"
    cls, ident = get("class"), get("id")
    kind = _kind_of_attrs(cls, ident) if cls or ident else ""
    if kind == "strong" and cls and _HIDING_CLASS.search(cls) and is_folded_answer(el):
        # an FAQ's answer folded by a class ("hidden", "is-hidden") its question's script
        # takes off: judged by its other class words ("faq-answer hidden")
        rest = " ".join(w for w in cls.split() if not _HIDING_CLASS.search(w))
        kind = _kind_of_attrs(rest or None, ident) if rest or ident else ""
    if tag == "form":
        return "" if kind != "strong" and _H1(el) else "strong"
    if tag in INLINE_TAGS:
        if kind == "weak" or (kind and _mid_sentence(el)):
            # an inline element (<span class="link">) is part of its sentence unless strongly
            # marked, and a strongly marked one inside running text too: portals link keywords
            # in the article's sentences (<a class="keyword_link">柯达</a>)
            return ""
        if not kind and (cls or ident) and _is_counter(el, cls, ident):
            return "strong"
    return kind


def is_hidden_element(el: HtmlElement) -> bool:
    """True for an element its inline style (`HIDDEN_STYLE`) or its HTML `hidden` attribute
    hides. The attribute hides as `display: none` does (a video's details, a subscription
    form's thanks, a review's rest before "read more"), except "until-found", which a page's
    find reveals (collapsed sections of the text)."""
    style = el.get("style")
    if style and ("none" in style or "hidden" in style) and HIDDEN_STYLE.search(style):
        return True
    value = el.get("hidden")
    return value is not None and value.strip().lower() != "until-found"


# A class word that hides its element until a script shows it ("hidden", "is-hidden", "hide").
_HIDING_CLASS = re.compile(r"hid(?:e|den)", re.I)
# The marks that close a question (Latin, full-width, Arabic, Greek): an FAQ's question.
FOLDED_QUESTION_END = ("?", "\uff1f", "\u061f", "\u037e")
_FOLDED_QUESTION_MAX = 300  # characters: a question, not a paragraph ending on one
# An answer's text: a sentence or more, not a one-line "Thank you!" a form unfolds.
_FOLDED_ANSWER_MIN = 80


def is_folded_answer(el: HtmlElement) -> bool:
    """True for the answer of an FAQ folded under its question (hidden by style, attribute or
    class until a click on the question it follows: `is_question`) holding a sentence or
    more. The reader unfolds it as a collapsed section of the text (`hidden="until-found"`),
    and the golds keep it (seen on shop guides in French)."""
    prev = el.getprevious()
    if prev is None or not is_question(prev):
        return False
    return _text_len_upto(el, _FOLDED_ANSWER_MIN) >= _FOLDED_ANSWER_MIN


def is_question(el: HtmlElement) -> bool:
    """True for an FAQ's question: a heading, a paragraph or a toggle holding one block of
    text of at most `_FOLDED_QUESTION_MAX` characters that ends on a question mark."""
    if not isinstance(el.tag, str):
        return False
    if _text_len_upto(el, 4 * _FOLDED_QUESTION_MAX) > 4 * _FOLDED_QUESTION_MAX:
        return False  # (read with its markup's indentation, four times the question's room)
    if sum(1 for block in el.iter() if _holds_own_text(block)) > 1:
        return False  # a question is one block of text: not a box of fields closing on one
    question = " ".join(text_of(el).split())
    return len(question) <= _FOLDED_QUESTION_MAX and question.endswith(FOLDED_QUESTION_END)


def _holds_own_text(el: HtmlElement) -> bool:
    """A block element (not inline) with text of its own: its text or a child's tail."""
    if not isinstance(el.tag, str) or el.tag in INLINE_TAGS:
        return False
    if el.text and el.text.strip():
        return True
    return any(child.tail and child.tail.strip() for child in el)


def _is_counter(el: HtmlElement, cls: str | None, ident: str | None) -> bool:
    """A count of comments, shares or likes: an inline element holding a number alone, named
    for that furniture ("comments_count") even where the name also opens like the article's
    own ("article-commented-link comments_count", which `_kind_of_words` lets through). Put at
    the head of every paragraph, such a count glues itself to the paragraph's first word."""
    if len(el) or not (el.text or "").strip().isdigit():
        return False
    return STRONG_NEGATIVE.search(furniture_words(_attr_words(cls, ident)))


# A word, or a word closed by a comma or a bracket or quote: "pickups, <a>vans</a>, buses",
# "(MBZ) <a>Toll Road</a>, ...". A tag list's separator alone (", " between two links) is not.
# A word ends in a letter or in a vowel sign (a combining mark, which \w is not): Indic, Thai,
# Lao, Burmese and Khmer blocks whole, Latin accents, Arabic and Hebrew points ("की", "ที่").
_WORD_END = re.compile(
    r"[\w\u0300-\u036f\u0591-\u05c7\u064b-\u065f\u0900-\u0dff\u0e00-\u0eff\u1000-\u109f"
    r"\u1780-\u17ff][,，、)）\]»”\"’]?$"
)
_WORD_START = re.compile(r"^[\w,，。.、;；:：!?！？)）」”’]")


def _mid_sentence(el: HtmlElement) -> bool:
    """True when `el` sits between words of its parent's text (text before and after it; the
    text before may close its last word with a comma or a bracket: `_WORD_END`)."""
    after = (el.tail or "").lstrip()
    if not after or not _WORD_START.match(after):
        return False
    prev = el.getprevious()
    before = (prev.tail if prev is not None else el.getparent().text) or ""  # type: ignore[union-attr]
    return bool(_WORD_END.search(before.rstrip()))


def prune(doc: HtmlElement) -> HtmlElement:
    """Remove scripts, comments and furniture from `doc` in place and return its body.

    Furniture is judged top-down so a dropped subtree is never visited; a node's size comes
    from one statistics pass made before anything is dropped. A figure's caption is not
    furniture, whatever its class says (`_is_figure_caption`), nor is a subheading for a weak
    class word (`_SUBHEADINGS`). The small block around an e-mail field (a newsletter or
    comment box: `_signup_boxes`) is, whatever its class says. A <button> that swallowed
    the page (`_unwrap_swallowing_buttons`) is read as a block, and a block a furniture word
    names by accident that holds the article (`is_misnamed_article`) is searched, not dropped.
    """
    etree.strip_elements(doc, etree.Comment, etree.ProcessingInstruction, with_tail=False)
    holders = _email_field_holders(doc)  # read before the fields go with DROP_TAGS
    _unwrap_swallowing_buttons(doc)
    etree.strip_elements(doc, *DROP_TAGS, with_tail=False)
    body = doc.find("body")
    if body is None:
        body = doc
    limit = _FURNITURE_MAX_SHARE * max(_text_len(body), 1)
    for box in _signup_boxes(holders, body, limit):
        drop_tree(box)
    stack = [body]
    while stack:
        dropped = []
        node = stack.pop()
        in_heading = node.tag in _SUBHEADINGS
        for child in node:
            kind = boilerplate_kind(child)
            if kind == "strong" and _is_figure_caption(child):
                kind = ""
            elif kind == "weak" and (in_heading or child.tag in _SUBHEADINGS):
                kind = ""  # a subheading's words ("list-item-title"), not a widget
            if kind:
                size = _text_len(child)
                if kind == "strong" and is_misnamed_article(child, size):
                    child.set(MISNAMED_ARTICLE, "")  # for the scorer: its <h1> may go below
                    kind = ""
                elif kind == "strong" and is_metered_text(child):
                    kind = ""
                if size < limit and (
                    kind == "strong"
                    or (kind == "layout" and not holds_prose(child, size))
                    or (kind == "weak" and size < _WEAK_MAX_CHARS and not _is_text_list(child))
                ):
                    dropped.append(child)
                    continue
            if len(child):  # leaves have nothing left to judge
                stack.append(child)
        for child in dropped:  # after the loop: lxml children must not change under it
            drop_tree(child)
    # after the class words: the sizes above are the page's own, and less of the page is left
    for box in _account_prompts(body, limit):
        drop_tree(box)
    for slide in _hidden_slides(body, limit):
        drop_tree(slide)
    return body


# Elements hidden from assistive technology (`aria-hidden="true"`), found by libxml2: their
# parents are the blocks `_hidden_slides` reads. Not the icons (<i>, <span>, <img>) most such
# elements are: a slide is a block.
_HIDDEN = xpath(
    "descendant::*[@aria-hidden='true'][not(self::span or self::i or self::a or self::img)]"
)


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
    for el in _HIDDEN(body):
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


def holds_prose(el: HtmlElement, size: int) -> bool:
    """True when `el` reads as running text (`is_prose`), or holds a block of
    `_MISNAMED_MIN_CHARS` characters or more that does, found down its largest children.

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
        if size < max(half, _MISNAMED_MIN_CHARS):
            return False
        if is_prose(node, size):
            return True
    return False


_HOLDS_PROSE_LEVELS = 3  # a wrapper, its column and the article's body (`holds_prose`)


def _unwrap_swallowing_buttons(doc: HtmlElement) -> None:
    """Turn into a plain <div> every <button> holding more than `_MAX_BUTTON_CHARS` of text:
    a button is a label, and one that holds the page is the parser's doing. libxml2 does not
    close a <button> on `</button>` while a block opened inside it is still open (a menu
    button's `<div class="menu-button-inner"><div></button>`, seen on a site platform that
    serves many magazines): the rest of the page, article included, nests inside the button
    and went with it."""
    for button in list(doc.iter("button")):
        if _text_len(button) > _MAX_BUTTON_CHARS:
            button.tag = "div"


# See `_unwrap_swallowing_buttons`: labels, even with a count or a short tooltip, fit in this.
_MAX_BUTTON_CHARS = 500


def is_misnamed_article(el: HtmlElement, size: int | None = None) -> bool:
    """True for a block a furniture word names by accident that holds the article: its
    headline (an `<h1>`) and running text (`is_prose`). Class lists of feature flags put
    such words on the article's own wrapper ("creditcardproductmodule" holds "credit",
    "has-comments-promo" both "comment" and "promo"); comments, teasers, captions and notices
    never hold the page's `<h1>`. Not for furniture by tag (a `<header>` holds the `<h1>`
    and the byline, not the article), nor for a block hidden by its style or marked as an
    author box; the block is not kept whole either: its children are judged one by one."""
    if el.tag in FURNITURE_TAGS:
        return False
    size = _text_len(el) if size is None else size
    if size < _MISNAMED_MIN_CHARS or not _H1(el):
        return False
    if is_hidden_element(el):
        return False  # a hidden copy (a "republish this article" box holds one)
    cls, ident = el.get("class"), el.get("id")
    if not (cls or ident) or _kind_of_attrs(cls, ident) != "strong":
        return False  # strong for another reason: an author box
    return is_prose(el, size)


# A metering script's hook on the article's text: "paywall", "paywall-content" (the part of
# the article a reader without a subscription will not be shown, which the page serves whole).
_METERED = re.compile(r"paywall")
# Paragraphs of prose (`is_prose`) a block so named holds to be the article's text, not the
# prompt ("Subscribe to read on", "Pour lire la suite, créez votre compte": a sentence or two
# over a button, at most ~300 characters on the dev corpora's pages).
_METERED_PARAGRAPHS = 3


def is_metered_text(el: HtmlElement) -> bool:
    """True for a block named for a paywall ("paywall", "js-paywall") and for nothing else
    that marks furniture, holding `_METERED_PARAGRAPHS` paragraphs of prose: the article's
    text behind the metering script, not its subscription prompt."""
    words = furniture_words(_attr_words(el.get("class"), el.get("id")))
    if not _METERED.search(words) or _kind_of_words(_METERED.sub(" ", words)) == "strong":
        return False
    found = 0
    for para in el.iter("p"):
        if is_prose(para):
            found += 1
            if found >= _METERED_PARAGRAPHS:
                return True
    return False


# A block must hold this much text to be taken for a misnamed article (`is_misnamed_article`).
_MISNAMED_MIN_CHARS = 500
# The attribute `prune` marks a misnamed article with: furniture words on it are not read
# again once its headline is pruned away (a <header> inside it holds the <h1>).
MISNAMED_ARTICLE = "data-newsbrief-article"


def _email_field_holders(doc: HtmlElement) -> list[HtmlElement]:
    """The parents of the page's e-mail fields (`<input type="email">`, or a text field whose
    name, id, placeholder, label or autocomplete says e-mail)."""
    holders = []
    for entry in doc.iter("input"):
        kind = (entry.get("type") or "text").lower()
        if kind == "email" or (
            kind == "text" and any(_EMAIL.search(entry.get(name) or "") for name in _FIELD_NAMES)
        ):
            parent = entry.getparent()
            if parent is not None and parent not in holders:
                holders.append(parent)
    return holders


def _signup_boxes(holders: list[HtmlElement], body: HtmlElement, limit: float) -> list[HtmlElement]:
    """The blocks around the page's e-mail fields: from each field's parent (`holders`) up to
    its largest ancestor holding at most `_SIGNUP_MAX_CHARS` characters (and under `limit`,
    the furniture share of the page). A newsletter box inside an article ("Want more stories?
    Sign up for our weekly newsletter. By signing up you agree to our Terms...") names itself
    by no class sites share, but always asks for an e-mail address; so do comment and login
    boxes."""
    boxes: list[HtmlElement] = []
    for holder in holders:
        box: HtmlElement | None = None
        parent: HtmlElement | None = holder
        while parent is not None and parent is not body:
            size = _text_len(parent)
            if size > _SIGNUP_MAX_CHARS or size >= limit:
                break
            box, parent = parent, parent.getparent()
        if box is not None and box not in boxes:
            boxes.append(box)
    return boxes


# Where a link to log in or to open an account points, in the words sites use in their URLs
# (English, French, German, Spanish, Portuguese, Italian, Polish, Turkish, Russian,
# Indonesian, Chinese pinyin): "/login", "?action=reg", "reg.jsp", "/inscription", "denglu".
# Read in lower-cased link targets.
_LOGIN_HREF = WordPattern(
    r"log-?in|sign-?in|anmeld|connexion|iniciar-?sesion|zaloguj|logowanie|\bgiris\b|"
    r"\bvhod\b|\bmasuk\b|denglu"
)
_REGISTER_HREF = WordPattern(
    r"regist|sign-?up|\breg\b|inscri|cadastr|rejestr|\bkayit|uye-?ol|zhuce|daftar|"
    r"create-?account"
)
_ACCOUNT_MAX_CHARS = 600  # a prompt's pitch, its consent line and its two links
# The page's link targets as strings, read by libxml2 without a Python element per link; and
# as strings that know their link (`getparent`), read only on a page linking to both pages.
_HREFS = etree.XPath("descendant::a/@href", smart_strings=False)
_LINKED_HREFS = etree.XPath("descendant::a/@href")


def _account_prompts(body: HtmlElement, limit: float) -> list[HtmlElement]:
    """Small blocks linking both to log in and to open an account (`_LOGIN_HREF`,
    `_REGISTER_HREF`): the links' nearest shared ancestor, when it holds at most
    `_ACCOUNT_MAX_CHARS` characters, under `limit`, and no <h1>. A comment box shown to a
    reader not logged in ("You can comment on most stories. All you need to do is register
    and/or login"), a sign-up prompt ("Register to follow the newsroom. Already have an
    account? Log in") names itself by no class a hashed page keeps, but links to both pages;
    an article's paragraph seldom does. Not climbed from: the block around a short post
    holds its prompt too. Read after the class words have pruned the page: their sizes are
    the page's own."""
    hrefs = "\n".join(cast(list[str], _HREFS(body))).lower()
    if not _REGISTER_HREF.search(hrefs) or not _LOGIN_HREF.search(hrefs):
        return []  # most pages: no link to one page or the other
    login: list[HtmlElement] = []
    register: set[HtmlElement] = set()
    for href in cast(list[Any], _LINKED_HREFS(body)):
        if href.startswith("#"):
            continue
        lowered = href.lower()
        if _REGISTER_HREF.search(lowered):
            for el in href.getparent().iterancestors():
                if el in register:
                    break  # and so are its ancestors: a thousand links walk the tree once
                register.add(el)
        elif _LOGIN_HREF.search(lowered):
            login.append(href.getparent())
    boxes: list[HtmlElement] = []
    chosen: set[HtmlElement] = set()  # the boxes, looked up: a page may have thousands
    for a in login if register else ():
        box = next((el for el in a.iterancestors() if el in register), None)
        if box is None or box is body:
            continue
        size = _text_len_upto(box, _ACCOUNT_MAX_CHARS)
        if size > _ACCOUNT_MAX_CHARS or size >= limit or _H1(box):
            continue
        if box not in chosen and not any(el in chosen for el in box.iterancestors()):
            boxes.append(box)
            chosen.add(box)
    return boxes


# See `_signup_boxes`: a box's pitch and consent line fit in this; an article does not.
_SIGNUP_MAX_CHARS = 400
_EMAIL = re.compile(r"e-?mail", re.I)
_FIELD_NAMES = ("name", "id", "placeholder", "aria-label", "autocomplete")


def _is_figure_caption(el: HtmlElement) -> bool:
    """True for a block named as a caption (and as no other furniture: not a credit) inside a
    <figure> or right after the picture it describes (older markup: an image's wrapper, then
    `<p class="imageCaption">`; in div soup, the first child of the caption's own wrapper,
    a <figcaption> once, that follows the picture: `_caption_start`), of at most
    MAX_CAPTION_CHARS: text like a <figcaption>. A caption box elsewhere is a gallery's or a
    video player's: furniture."""
    words = class_words(el)
    if "caption" not in words or _kind_of_words(words.replace("caption", " ")):
        return False
    size = _text_len(el)
    if size > MAX_CAPTION_CHARS:
        return False
    before = _caption_start(el, size).getprevious()
    pictured = before is not None and next(before.iter("img", "picture"), None) is not None
    return pictured or next(el.iterancestors("figure"), None) is not None


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


def _is_text_list(el: HtmlElement) -> bool:
    """A bullet list holding no link: text, not a list of links (see `_TEXT_LISTS`)."""
    return el.tag in _TEXT_LISTS and next(el.iter("a"), None) is None
