"""The article's key points printed in its `<header>` under the headline (`header_points`):
kept in the tree when `prune` drops the header (`headmark.mark_dropped_headline`).

A news page may sum its story up in a list of two to five sentences right under the headline,
inside the article's `<header>` with the byline and the date ("Das Wichtigste in Kürze",
"Key points", or no label at all). The header goes as furniture by its tag, and the list went
with it: the story's opening lost. Such a list is put in the header's place instead, where
`pipeline.maintext.keypoints` judges it as it judges a box of key points above the body.
Told by its shape alone, as a box of key points is: a list after the headline, of
`_MIN_POINTS` items or more, each a sentence of `_MIN_POINT_WORDS` words (not a share bar's,
a menu's or a tag list's labels), none linked, none a control, and none in a box named as an
author's, a share bar's or a tag list's; in a header of at most `_MAX_HEADER_CHARS`.
"""

from __future__ import annotations

import re

from pipeline.web.elementtext import text_of
from pipeline.web.htmltree import HtmlElement

_MIN_POINTS = 2
_MAX_POINTS = 8  # a longer list is a menu or an index, not a summary
_MIN_POINT_CHARS = 20
_MIN_POINT_WORDS = 3
# An article's header holds its headline, kicker, byline, date, deck and points: a "header"
# holding more text than this wraps more of the page (a sidebar's lists, a program schedule).
_MAX_HEADER_CHARS = 2000
_WORD = re.compile(r"[^\W\d_]{2,}")
_CONTROLS = ("button", "form", "input", "select", "nav")
# A list named (or held in a box named) as the author's, a share bar, tags or a menu.
_OTHER = re.compile(
    r"author|byline|share|social|(?<![a-z])tags?(?![a-z])|related|breadcrumb|nav|menu|meta|date|time"
)


def header_points(box: HtmlElement, headline: HtmlElement) -> HtmlElement | None:
    """The list of key points printed after `headline` inside `box` (a header `prune` is about
    to drop), else None."""
    after = False
    for el in box.iter():
        if el is headline:
            after = True
        elif after and el.tag in ("ul", "ol") and _is_points(el, box):
            # (a share bar's or a tag row's list before it is passed)
            return el if len(text_of(box)) <= _MAX_HEADER_CHARS else None
    return None


def _is_points(lst: HtmlElement, box: HtmlElement) -> bool:
    items = [li for li in lst if isinstance(li.tag, str)]
    if not _MIN_POINTS <= len(items) <= _MAX_POINTS or any(li.tag != "li" for li in items):
        return False
    if lst.find(".//a[@href]") is not None or any(
        lst.find(f".//{t}") is not None for t in _CONTROLS
    ):
        return False
    node: HtmlElement | None = lst
    while node is not None and node is not box:
        names = f"{node.get('class') or ''} {node.get('id') or ''}".lower()
        if _OTHER.search(names):
            return False
        node = node.getparent()
    for li in items:
        text = " ".join(text_of(li).split())
        if len(text) < _MIN_POINT_CHARS:
            return False
        if " " in text and len(_WORD.findall(text)) < _MIN_POINT_WORDS:
            return False  # (a line written without spaces, Chinese or Japanese: its length)
    return True
