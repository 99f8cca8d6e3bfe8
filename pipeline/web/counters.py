"""Counters a widget prints beside the article, found by shape, not class names
(`widget_counters`): the comment counter a per-paragraph comment widget glues to each
paragraph (a link with no address whose whole text is a number, first or last in a <p>:
"<a title='Comment'>0</a>Paragraph text ...") and the slide counter of a gallery ("1 of 24",
"3 / 12", "1 из 8", the current number in its own element, set by the gallery's script).
Both are read from the number-only leaves of the page, one pass."""

from __future__ import annotations

import re

from lxml import etree

from pipeline.web.elementtext import text_len_upto, text_of
from pipeline.web.htmltree import HtmlElement
from pipeline.web.linkstats import Texts

# A leaf's whole text when it is a number of 1 to 4 digits, once the XML whitespace around it
# is stripped (what normalize-space strips; a digit is no whitespace, so nothing is left to
# collapse): see `_number_leaves`.
_NUMBER = re.compile("[0-9]{1,4}")
_XML_SPACE = " \t\n\r"


def _number_leaves(body: HtmlElement, texts: Texts | None = None) -> list[HtmlElement]:
    """The leaves under `body` (elements without element children) whose whole text is a
    number of 1 to 4 digits: the elements of "descendant::*[not(*)][normalize-space() != '']
    [string-length(normalize-space()) < 5][translate(normalize-space(), '0123456789', '') =
    '']", in document order. Read in Python on the page's elements, whose objects its view
    holds made: libxml2 ran the expression's tests on every element in nearly twice the
    instructions. A leaf's text is read through `texts` when given (kept for later readers)."""
    found = []
    for el in body.iterdescendants(etree.Element):
        if len(el):
            # (the first child an element, as it is but where comments were left: no leaf,
            # told without making a generator for the element)
            if isinstance(el[0].tag, str) or any(isinstance(c.tag, str) for c in el):
                continue
            text = text_of(el)  # (comments only: the text nodes around them)
        else:
            text = (el.text if texts is None else texts[el]) or ""
        # (`_NUMBER.fullmatch` of the stripped text: 1 to 4 characters, each an ASCII digit
        # (an ASCII text's isdigit takes "0"-"9" only), told by its length first, in a third
        # of the call's time on the texts most leaves hold)
        number = text.strip(_XML_SPACE)
        if 0 < len(number) <= 4 and number.isascii() and number.isdigit():
            found.append(el)
    return found


# Where a counter link leads: nowhere, to the page itself or to a script.
_COUNTER_NO_HREF = re.compile(r"\s*(?:#\s*)?$|\s*javascript:", re.I)
# A paragraph a comment counter is glued to holds this much text besides the number.
_COUNTER_PARAGRAPH_MIN = 20
# "1 of 24", "3 / 12", "1 из 8", "2 von 9", "Image 1 of 23": two numbers, a word or a slash
# between them, at most one short label word before. The first number sits in an element
# of its own, which is what tells a live counter from "3 of 8" in a sentence.
_SLIDE_OF = r"(?:of|von|de|di|du|sur|van|av|af|z|ze|od|из|з|από|dari|/|\||de\s+los?)"
_SLIDE_COUNTER = re.compile(
    rf"(?:\w{{1,12}}\s+)?(\d{{1,3}})\s*{_SLIDE_OF}?\s*{_SLIDE_OF}\s*(\d{{1,3}})"
)
_SLIDE_COUNTER_MAX = 40  # characters of the counter's block
_SLIDE_COUNTER_RAW_MAX = 400  # the same with the whitespace of its markup
_SLIDE_LEVELS = 2  # the counter's block: the number's parent or grandparent


def widget_counters(body: HtmlElement, texts: Texts | None = None) -> list[HtmlElement]:
    """The comment counters glued to paragraphs and the slide counters of galleries under
    `body`, to drop (a slide counter's whole block). `texts`: see `_number_leaves`."""
    found: list[HtmlElement] = []
    slides: dict[int, list[tuple[int, HtmlElement]]] = {}  # by total: current, block
    # a block's text length (up to the cap), read once: the numbers of a table's 20,000
    # cells share its table as their grandparent, each read 400 texts of it (1 s and more)
    sizes: dict[HtmlElement, int] = {}
    for leaf in _number_leaves(body, texts):
        if _is_comment_counter(leaf):
            found.append(leaf)
            continue
        counter = _slide_counter(leaf, sizes)
        if counter is not None:
            slides.setdefault(counter[1], []).append((counter[0], counter[2]))
    for counted in slides.values():
        # "1 of 15", "2 of 15" ... over the items of a listicle number its items (text),
        # not the slide a gallery shows
        if len({current for current, _ in counted}) == 1:
            found.extend(block for _, block in counted)
    return list(dict.fromkeys(found))


def _is_comment_counter(el: HtmlElement) -> bool:
    """A link to nowhere (not a named anchor) whose text is a number, first or last thing in
    a paragraph that holds text besides it."""
    if el.tag != "a" or el.get("name") is not None:
        return False
    href = el.get("href")
    if href is not None and _COUNTER_NO_HREF.match(href) is None:
        return False
    parent = el.getparent()
    if parent is None or parent.tag != "p":
        return False
    first = not (parent.text or "").strip() and not any(
        text_of(sib).strip() or (sib.tail or "").strip() for sib in el.itersiblings(preceding=True)
    )
    last = not (el.tail or "").strip() and not any(
        text_of(sib).strip() or (sib.tail or "").strip() for sib in el.itersiblings()
    )
    if not (first or last):
        return False
    cap = _COUNTER_PARAGRAPH_MIN + len(el.text or "")
    return text_len_upto(parent, cap) > cap


def _slide_counter(
    leaf: HtmlElement, sizes: dict[HtmlElement, int]
) -> tuple[int, int, HtmlElement] | None:
    """The current slide, the total and the block of a gallery's counter the number `leaf`
    is the current slide of. `sizes`: the blocks' text lengths read so far (up to the cap)."""
    block = leaf.getparent()
    for _ in range(_SLIDE_LEVELS):
        if block is None or block.tag in ("body", "li", "td", "th"):
            return None
        size = sizes.get(block)
        if size is None:
            size = sizes[block] = text_len_upto(block, _SLIDE_COUNTER_RAW_MAX)
        if size > _SLIDE_COUNTER_RAW_MAX:
            return None
        text = " ".join(text_of(block).split())
        if len(text) > _SLIDE_COUNTER_MAX:
            return None
        found = _SLIDE_COUNTER.fullmatch(text)
        if found is not None and text.strip() != (leaf.text or "").strip():
            current, total = int(found.group(1)), int(found.group(2))
            if 1 <= current <= total and total >= 2 and _starts_with(block, leaf, current):
                return current, total, block
        block = block.getparent()
    return None


def _starts_with(block: HtmlElement, leaf: HtmlElement, current: int) -> bool:
    """`leaf` holds the counter's first number (the current slide), not only the total."""
    return (leaf.text or "").strip() == str(current) and not (block.text or "").strip().isdigit()
