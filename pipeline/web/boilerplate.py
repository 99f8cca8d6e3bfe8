"""Whether one element is page furniture, and of what kind (`boilerplate_kind`): by tag, by
WAI-ARIA role, by its class/id words, with the exceptions that keep text (a folded FAQ answer,
a link closing mid-sentence, a <form> holding the headline); and whether it is hidden
(`is_hidden_element`) or a question heading a folded answer (`is_question`)."""

from __future__ import annotations

import re

from lxml import etree

from pipeline.web.classwords import (
    SCREEN_READER_ONLY,
    STRONG_NEGATIVE,
    _attr_words,
    _kind_of_attrs,
    furniture_words,
)
from pipeline.web.elementtext import INLINE_TAGS, _text_len_upto, text_of
from pipeline.web.embeds import is_embedded_post
from pipeline.web.htmltree import HtmlElement
from pipeline.web.namedtext import anchors_own_text

# Page furniture by tag; kept only when it holds most of the page's text. An AMP page's
# <amp-lightbox> is an overlay as a <dialog> is (a picture's slides, a rating form over it).
FURNITURE_TAGS = frozenset({"nav", "footer", "aside", "menu", "dialog", "header", "amp-lightbox"})
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
# An ASP.NET page wraps its content in one <form> (id "aspnetForm", "form1") that need not
# hold the headline: a form holding two paragraphs of 80 characters or more holds the
# article's text; a search, poll, comment or shop form holds labels and options, and a
# registration form printing its terms of use asks for a password.
# (`prune` strips the fields before it judges the forms: it marks a password's form first.)
LOGIN_FORM = "data-newsbrief-login"
_PARAGRAPHS = etree.XPath(
    "count(.//p[string-length(normalize-space()) >= 80]) >= 2 and not(@data-newsbrief-login)"
    " and not(.//input[translate(@type, 'PASWORD', 'pasword') = 'password'])"
)


def mark_login_form(field: HtmlElement) -> None:
    """Mark the <form> around a password `field` (`LOGIN_FORM`): never the article's."""
    if (field.get("type") or "").lower() == "password":
        form = next(field.iterancestors("form"), None)
        if form is not None:
            form.set(LOGIN_FORM, "")


# Tags whose class/id never marks them as furniture (WordPress puts "tag-x" on <article>).
_NEVER_BY_CLASS = frozenset({"article", "main", "body", "html"})
# A style declaration that hides its element (inline, or in a stylesheet rule).
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


def boilerplate_kind(el: HtmlElement) -> str:
    """ "strong" when tag or class/id marks furniture, "layout" when its class/id names layout
    furniture (menus, share bars, sidebars: dropped unless it holds prose), "weak" when it may
    be furniture, "" otherwise."""
    tag = el.tag
    if tag in FURNITURE_TAGS:
        return "strong"
    # The attributes' names, read once (most elements with any have a class alone): an
    # attribute not among them is not read (`get` of an absent name costs as much as of one
    # there); lxml's `keys()` names an attribute of no namespace as it is, and `get` of a
    # plain name reads that one only: `name in names` is `get(name) is not None`.
    names = el.keys()
    if not names:
        # no attribute (most paragraphs and list items): every read below finds none, and
        # only an embedded post's or a form's own test is left, in a fifth of their time
        if tag == "blockquote" and is_embedded_post(el):
            return "strong"
        return ("" if _H1(el) or _PARAGRAPHS(el) else "strong") if tag == "form" else ""
    get = el.get  # called for every element of every page: few attribute reads, cached words
    itemprop = get("itemprop") if "itemprop" in names else None
    if tag in _NEVER_BY_CLASS or itemprop == "articleBody":
        return ""
    if itemprop == "author" and tag not in INLINE_TAGS:
        return "strong"  # an author box (schema.org Person with a bio), not the article
    role = get("role") if "role" in names else None
    if role and tag not in INLINE_TAGS and not FURNITURE_ROLES.isdisjoint(role.lower().split()):
        return "strong"
    modal = get("aria-modal") if "aria-modal" in names else None
    if modal and modal.strip().lower() == "true" and tag not in INLINE_TAGS:
        return "strong"  # a modal window (see `FURNITURE_ROLES`), marked so without a role
    if (
        ("style" in names or "hidden" in names)  # (what `is_hidden_element` reads)
        and is_hidden_element(el)
        and not is_folded_answer(el)
    ) or (tag == "blockquote" and is_embedded_post(el)):
        return "strong"
    cls = get("class") if "class" in names else None
    ident = get("id") if "id" in names else None
    kind = _kind_of_attrs(cls, ident) if cls or ident else ""
    if kind == "strong" and cls and _HIDING_CLASS.search(cls) and is_folded_answer(el):
        # an FAQ's answer folded by a class ("hidden", "is-hidden") its question's script
        # takes off: judged by its other class words ("faq-answer hidden")
        rest = " ".join(w for w in cls.split() if not _HIDING_CLASS.search(w))
        kind = _kind_of_attrs(rest or None, ident) if rest or ident else ""
    if tag == "form":
        return "" if kind != "strong" and (_H1(el) or _PARAGRAPHS(el)) else "strong"
    if tag in INLINE_TAGS:
        if kind == "weak" or (kind and _mid_sentence(el)):
            # an inline element (<span class="link">) is part of its sentence unless strongly
            # marked, and a strongly marked one inside running text too: portals link keywords
            # in the article's sentences (<a class="keyword_link">柯达</a>). Not a label for
            # screen readers only ("(opens in a new tab)" inside a link): never shown.
            if kind == "strong" and SCREEN_READER_ONLY.search(_attr_words(cls, ident)):
                return kind
            return ""
        if kind and _in_code_block(el):
            # a syntax highlighter's token ("hljs-comment", "token keyword", "token tag"): the
            # code's own words, though the class names furniture outside code
            return ""
        if not kind and (cls or ident) and _is_counter(el, cls, ident):
            return "strong"
    return kind


# A subheading whose id spells its text (`anchors_own_text`) and whose text is a sentence:
# the id's words are the text's, not a class naming a widget (an editor's anchor on "Themen
# sind der Umgang mit den sozialen Medien ...").
_SLUG_SENTENCE_CHARS = 40


def slug_heading_kind(heading: HtmlElement, kind: str) -> str:
    """The furniture kind of a subheading whose id spells its own text, judged without the
    id's words: its class alone for a layout word ("nav_<its slug>": a menu's target), every
    sign but the id's words of its text for a strong one when the text is a sentence
    (`_SLUG_SENTENCE_CHARS`). A short label ("Related articles") keeps its kind, and so does a
    heading whose id says more than its text (a sponsor's link slugged into it,
    "...utm_source=advertisement...")."""
    if not anchors_own_text(heading):
        return kind
    if kind == "layout":
        return _kind_of_attrs(heading.get("class"), None)
    ident = heading.get("id")
    text = text_of(heading)
    if kind != "strong" or ident is None or len(text) < _SLUG_SENTENCE_CHARS:
        return kind
    words = set(_SLUG_WORD.findall(text.lower()))
    rest = "-".join(w for w in _SLUG_SPLIT.split(ident.lower()) if w and w not in words)
    if rest:
        heading.set("id", rest)
    else:
        del heading.attrib["id"]
    try:
        return boilerplate_kind(heading)
    finally:
        heading.set("id", ident)


_SLUG_WORD = re.compile(r"\w+")
_SLUG_SPLIT = re.compile(r"[\W_]+")


# The tags of code in the text, and how far up from a highlighter's span one is looked for
# (a token inside a line's span inside <code> inside <pre>).
_CODE_BLOCK_TAGS = frozenset({"code", "pre"})
_CODE_BLOCK_DEPTH = 3


def _in_code_block(el: HtmlElement) -> bool:
    """True when `el` sits inside <code> or <pre>, at most `_CODE_BLOCK_DEPTH` levels up."""
    parent = el.getparent()
    for _ in range(_CODE_BLOCK_DEPTH):
        if parent is None:
            return False
        if parent.tag in _CODE_BLOCK_TAGS:
            return True
        parent = parent.getparent()
    return False


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
    return prev is not None and is_question(prev) and holds_answer(el)


def holds_answer(el: HtmlElement) -> bool:
    """True when `el` holds an answer's text: a sentence or more (`_FOLDED_ANSWER_MIN`)."""
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
# The word may be followed by an opening bracket or quote the link's words sit in: "Menteri
# Perhubungan (<a>Menhub</a>) Budi", "la loi «<a>Duflot</a>» a", "ustawa „<a>Tusk</a>” o".
_WORD_END = re.compile(
    r"[\w\u0300-\u036f\u0591-\u05c7\u064b-\u065f\u0900-\u0dff\u0e00-\u0eff\u1000-\u109f"
    r"\u1780-\u17ff][,，、)）\]»”\"’]?(?:\s*[(（\[«“„\"‘「『])?$"
)
_WORD_START = re.compile(r"^[\w,，。.、;；:：!?！？)）」』”“’»\"]")


def _mid_sentence(el: HtmlElement) -> bool:
    """True when `el` sits between words of its parent's text (text before and after it; the
    text before may close its last word with a comma or a bracket: `_WORD_END`). A link an
    inline wrapper holds alone is judged by the wrapper's place, and an empty element beside
    it (a quote box a script fills) is passed over: portals print a company's name in their
    sentences as `<span id="stock_x"><a class="keyword">名称</a></span><span id="quote_x">
    </span>`. An item of an enumeration ("包括<a>甲</a>、<a>乙</a>等") is in the sentence when
    the first item is."""
    parent = el.getparent()
    while (
        parent is not None
        and parent.tag in INLINE_TAGS
        and len(parent) == 1
        and not (parent.text or "").strip()
        and not (el.tail or "").strip()
    ):
        el, parent = parent, parent.getparent()
    if parent is None:
        return False
    after = _text_after(el)
    if not after or not _WORD_START.match(after):
        return False
    for _ in range(_MAX_ITEMS):
        before, item = _text_before(el)
        if _WORD_END.search(before):
            return True
        if before != "、" or item is None or item.tag not in INLINE_TAGS:
            return False
        el = item  # the item before the enumeration comma: is it in the sentence?
    return False


# The items of an enumeration walked back to the sentence's words (`_mid_sentence`).
_MAX_ITEMS = 8


# A line break between a link and the words beside it ends their sentence: never passed over.
_BREAKS = frozenset({"br", "hr"})


def _holds_nothing(el: HtmlElement) -> bool:
    """No text and no child (a quote box a script fills), and no line break."""
    return el.tag not in _BREAKS and not len(el) and not (el.text or "").strip()


def _is_empty(el: HtmlElement) -> bool:
    return _holds_nothing(el) and not (el.tail or "").strip()


def _text_after(el: HtmlElement) -> str:
    """The text after `el` in its parent, past empty elements."""
    while not (el.tail or "").strip():
        nxt = el.getnext()
        if nxt is None or not _holds_nothing(nxt):
            return ""
        el = nxt
    return (el.tail or "").lstrip()


def _text_before(el: HtmlElement) -> tuple[str, HtmlElement | None]:
    """The text before `el` in its parent, past empty elements, and the element it follows
    (None: the parent's own text)."""
    prev = el.getprevious()
    while prev is not None and _is_empty(prev):
        prev = prev.getprevious()
    if prev is None:
        return (el.getparent().text or "").rstrip(), None  # type: ignore[union-attr]
    before = (prev.tail or "").rstrip()
    if not before:  # an item printed right after another: the text is its tail's
        return "", prev
    return before, _item_before(prev)


def _item_before(el: HtmlElement) -> HtmlElement | None:
    """When `el`'s tail is an enumeration comma alone: the item before it (`el` or, past
    empty elements, the one holding words); else None."""
    if (el.tail or "").strip() != "、":
        return None
    while el is not None and _holds_nothing(el):
        prev = el.getprevious()
        if prev is None or (prev.tail or "").strip():
            return None
        el = prev
    return el
