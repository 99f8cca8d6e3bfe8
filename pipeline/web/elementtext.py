"""The text of one element: its string value (`text_of`), its length read only as far as
needed (`text_len_upto`), the inline tags whose text belongs to the enclosing paragraph, and
whether it reads as prose (`is_prose`: long, few links, clause marks often enough)."""

from __future__ import annotations

import re
from typing import cast

from lxml import etree

from pipeline.text.scripts import COMMA_CHAR, STOP_CHAR
from pipeline.web.htmltree import HtmlElement

# Inline tags: their text is part of the enclosing paragraph.
INLINE_TAGS = frozenset(
    {
        "a",
        "span",
        "strong",
        "b",
        "em",
        "i",
        "u",
        "font",
        "small",
        "big",
        "sub",
        "sup",
        "abbr",
        "acronym",  # HTML 4's abbr, still in old blogs' prose ("which <acronym>IMO</acronym> ...")
        "cite",
        "code",
        "q",
        "s",
        "strike",
        "mark",
        "time",
        "data",  # a value with its machine-readable form, inside a sentence
        "label",
        "tt",
        "var",
        "del",
        "ins",
        "bdi",
        "bdo",
        "wbr",
        "nobr",
        "dfn",
        "kbd",
        "samp",
        "img",
        "br",
        "o:p",
        "st1:chsdate",
        "ruby",  # annotated characters inside a sentence (their readings are dropped, pruning)
        "rb",
    }
)


# An element's string-value: its text nodes in document order, comments' and processing
# instructions' own text left out, as "".join(el.itertext()) (the same string on every element
# of the 503 eval pages, 852,000 elements), made by libxml2 without a Python proxy per node:
# 3 times as fast over a page's elements. It was XPath's string(); lxml's text serialization
# without the tail is the same libxml2 routine (xmlBufGetNodeContent) decoded from UTF-8 alike,
# without the XPath context's setup: a quarter to a third of a call on the short blocks most
# calls read (tests/test_text_of_equivalence.py holds the two equal).
_tostring = etree.tostring


def text_of(el: HtmlElement) -> str:
    """All the text below `el` (lxml.html's text_content for plain elements)."""
    if not isinstance(el.tag, str):  # a comment or a processing instruction: as itertext()
        raise ValueError(f"Input object is not an XML element: {type(el).__name__}")
    if not len(el):  # no child (element, comment or PI): its one text node is all of it,
        return el.text or ""  # read without an XPath evaluation (a tenth of its cost)
    return _tostring(el, method="text", encoding=str, with_tail=False)


_STRING_LENGTH = etree.XPath("string-length(normalize-space())")
# A clause mark: a Latin stop or comma before a space, a quote or the end; the stops and
# commas of the other scripts (CJK, Arabic, Indic ...: `STOP_CHAR`, `COMMA_CHAR`) anywhere.
_SENTENCE_END = re.compile(rf"[.!?,;](?=[\s\"'”’»)]|$)|[{STOP_CHAR}{COMMA_CHAR}]")
_PROSE_MIN_CHARS = 80
# ... or half as many in Chinese, Japanese and Korean, whose every character (a hanzi or kanji,
# a kana, a hangul block) carries two or three Latin letters' worth: a paragraph of one
# sentence of 40-79 characters there is prose (found by one such character in it).
_WIDE_PROSE_MIN_CHARS = 40
_WIDE_CHAR = re.compile("[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")
_PROSE_MAX_LINK_SHARE = 0.2
PROSE_CHARS_PER_SENTENCE = 250  # at least one clause mark per this many characters


# Thai and Lao write no stop or comma: a space between two of their letters closes a clause or
# a sentence (the prose test counts it as one), where in a menu each label is a line; and the
# text's end after one of their letters closes its last sentence, as a stop closes a Latin one
# (a paragraph of one sentence has no space in it).
_THAI_LAO = re.compile("[\u0e01-\u0eff]")
_THAI_LAO_SPACE = re.compile("(?<=[\u0e01-\u0eff]) +(?=[\u0e01-\u0eff])")


def clause_marks(text: str) -> int:
    """How many clause marks (stops, commas: the prose test's unit) `text` holds; in Thai and
    Lao, the spaces between their words' runs (`_THAI_LAO_SPACE`) and the text's end after
    one of their letters, looked for only where the marks are too few for prose and a Thai or
    Lao letter is found."""
    marks = len(_SENTENCE_END.findall(text))
    if marks * PROSE_CHARS_PER_SENTENCE < len(text) and _THAI_LAO.search(text) is not None:
        marks += len(_THAI_LAO_SPACE.findall(text))
        if _THAI_LAO.match(text.rstrip()[-1:]) is not None:
            marks += 1
    return marks


def is_prose(el: HtmlElement, size: int | None = None) -> bool:
    """True when `el` reads as running text: long enough, few of its characters inside links,
    and clause marks throughout (menus, share bars and tag lists have none). Text in figures
    does not count: a captioned photo gallery is not running text."""
    size = _text_len(el) if size is None else size
    if size < _PROSE_MIN_CHARS and _too_short(el, size):
        return False
    figures = {f for f in el.iter("figure", "figcaption") if f is not el}
    if figures:
        outermost = (f for f in figures if not any(a in figures for a in f.iterancestors()))
        size -= sum(_text_len(f) for f in outermost)
        if size < _PROSE_MIN_CHARS and _too_short(el, size):
            return False
    most = _PROSE_MAX_LINK_SHARE * size
    links = 0
    for a in el.iter("a"):  # (a loop: a generator's step a link cost more than its test)
        links += len(text_of(a).strip())
        if links > most:
            return False  # (a menu: its text, and its other links', are not read)
    # without a figure in it, the text outside figures is all its text (libxml2's string(),
    # where a walk in Python made a list of its every text)
    text = "".join(_text_outside(el, _FIGURE_TAGS)) if figures else text_of(el)
    ends = clause_marks(text)
    return ends >= 1 and ends * PROSE_CHARS_PER_SENTENCE >= size


_FIGURE_TAGS = frozenset({"figure", "figcaption"})


def _too_short(el: HtmlElement, size: int) -> bool:
    """`el`, of `size` characters (under `_PROSE_MIN_CHARS`), is too short for prose: under
    `_WIDE_PROSE_MIN_CHARS`, or holding no CJK character (`_WIDE_CHAR`)."""
    return size < _WIDE_PROSE_MIN_CHARS or _WIDE_CHAR.search(text_of(el)) is None


def _text_len(el: HtmlElement) -> int:
    # string-length() always evaluates to a number; the stubs type every XPath result alike.
    return int(cast(float, _STRING_LENGTH(el)))


def _text_len_upto(el: HtmlElement, cap: int) -> int:
    """`_text_len(el)` when it is at most `cap`, else a number above `cap`, found without
    reading the rest: the link boxes of a page never closing its tags nest a thousand deep,
    each holding the page below it."""
    total = 0
    for text in el.itertext():
        total += len(text)
        if total > cap:
            break
    return total


def text_len_upto(el: HtmlElement, cap: int) -> int:
    """The length of `el`'s text when it is at most `cap`, else a number above `cap`."""
    return _text_len_upto(el, cap)


def _text_outside(el: HtmlElement, skip: frozenset[str]) -> list[str]:
    """The text of `el` without the subtrees of `skip` tags (their tails are kept)."""
    parts = [el.text or ""]
    for child in el:
        if isinstance(child.tag, str) and child.tag not in skip:
            parts.extend(_text_outside(child, skip))
        parts.append(child.tail or "")
    return parts
