"""The visible text of nodes (script, style and noscript left out): a node's own shown texts,
the text after a node in document order, a window of it as lines, the elements before a node,
a node's class and id label and whether an ancestor's label matches a pattern.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from pipeline.text.plain import is_spaced_ascii
from pipeline.web.html import HtmlElement, is_hidden_element

_SKIPPED_TEXT = {"script", "style", "noscript"}
_ANCESTOR_LEVELS = 4


def _ancestry_says(el: HtmlElement, pattern: re.Pattern[str]) -> bool:
    node: Any = el
    for _ in range(_ANCESTOR_LEVELS):
        if node is None or not isinstance(node.tag, str):
            return False
        if pattern.search(f"{node.get('class', '')} {node.get('id', '')}"):
            return True
        node = node.getparent()
    return False


def _outside_says(
    node: HtmlElement, holders: frozenset[HtmlElement], pattern: re.Pattern[str]
) -> bool:
    """`_ancestry_says(node, pattern)`, up to the first of `holders` (not read): an ancestor
    that holds the headline too is the article's header or wrapper, whose class says nothing
    of the nodes inside ("caption" around a kicker, the title and the byline)."""
    current: Any = node
    for _ in range(_ANCESTOR_LEVELS):
        if current is None or current in holders or not isinstance(current.tag, str):
            return False
        if pattern.search(f"{current.get('class', '')} {current.get('id', '')}"):
            return True
        current = current.getparent()
    return False


def _elements_before(node: HtmlElement) -> Iterator[HtmlElement]:
    """The elements before `node` in document order, its ancestors included (the elements
    `iter()` of the root gives before it), nearest first: each step goes to the previous
    sibling's last descendant, or up to the parent. Only the elements asked for are visited,
    not the whole page above `node`."""
    current: Any = node
    while True:
        previous = current.getprevious()
        if previous is None:
            current = current.getparent()
            if current is None:
                return
        else:
            while len(previous):
                previous = previous[-1]
            current = previous
        if isinstance(current.tag, str):
            yield current


def _label(el: HtmlElement) -> str:
    return f"{el.get('class', '')} {el.get('id', '')} {el.get('itemprop', '')} {el.get('rel', '')}"


def _last_descendant(el: HtmlElement) -> HtmlElement:
    """The element `iter()` of `el` gives last: where the walk leaves `el`."""
    while len(el):
        el = el[-1]
    return el


def _shown_texts(node: HtmlElement) -> Iterator[str]:
    """The text nodes inside `node` a reader sees, in document order (see `_texts_after`): no
    script or style ("getCommentCount(...)" in a byline's comment counter), no comment,
    nothing an inline style or the `hidden` attribute hides (an hCard's organisation set
    beside the author, `display: none`)."""
    unseen: set[HtmlElement] = set()
    later: list[tuple[HtmlElement, str]] = []  # tails waiting for the walk to leave their element
    for el in node.iter():
        parent = el.getparent()
        if el is not node and parent in unseen:
            unseen.add(el)  # inside a hidden element: neither its text nor its tail shows
        else:
            if isinstance(el.tag, str) and is_hidden_element(el):
                unseen.add(el)
            elif isinstance(el.tag, str) and el.tag not in _SKIPPED_TEXT and el.text:
                yield el.text
            tail = el.tail if el is not node else None
            if tail:
                if not tail.isspace() and len(el):
                    later.append((_last_descendant(el), tail))
                else:
                    yield tail
        while later and later[-1][0] is el:
            yield later.pop()[1]


def _texts_after(node: HtmlElement) -> Iterator[str]:
    """The text after `node` in document order (script and style left out), lazily, but its
    texts of whitespace alone: the indentation between tags, two texts in three after a
    headline, which `_one_line` makes nothing and its reader (`_Near.window`) leaves out.
    `iter()` gives an element before its descendants: the tail of one that has any waits
    until the walk leaves it."""
    current: Any = node
    while current is not None:
        tail = current.tail
        if tail and not tail.isspace():
            yield tail
        sibling = current.getnext()
        while sibling is not None:
            later: list[tuple[HtmlElement, str]] = []
            for el in sibling.iter():  # (lxml makes a new string at each read of tag or text)
                tag = el.tag
                if isinstance(tag, str) and tag not in _SKIPPED_TEXT:
                    text = el.text
                    if text and not text.isspace():
                        yield text
                if el is not sibling:
                    tail = el.tail
                    if tail and not tail.isspace():
                        if len(el):
                            # "<a><font>记者</font></a>吴俊宽": after the texts inside
                            later.append((_last_descendant(el), tail))
                        else:
                            yield tail
                if later and later[-1][0] is el:
                    while later and later[-1][0] is el:
                        yield later.pop()[1]
            tail = sibling.tail
            if tail and not tail.isspace():
                yield tail
            sibling = sibling.getnext()
        current = current.getparent()


def _texts_after_outside(
    node: HtmlElement, pattern: re.Pattern[str], tags: frozenset[str] = frozenset()
) -> Iterator[str]:
    """`_texts_after(node)` without the texts inside the elements whose class or id matches
    `pattern` (a list of related stories, comments: their dates are theirs), nor inside
    those of `tags` (a picture's caption: its date is the picture's)."""
    skipped: set[HtmlElement] = set()
    current: Any = node
    while current is not None:
        if current.tail:
            yield current.tail
        sibling = current.getnext()
        while sibling is not None:
            later: list[tuple[HtmlElement, str]] = []  # (see `_texts_after`)
            for el in sibling.iter():
                if el is not sibling and el.getparent() in skipped:
                    skipped.add(el)  # inside a skipped element: its text and its tail
                else:
                    if isinstance(el.tag, str):
                        label = el.get("class") or el.get("id")
                        if label and pattern.search(f"{el.get('class', '')} {el.get('id', '')}"):
                            skipped.add(el)
                        elif el.tag in tags:
                            skipped.add(el)
                        elif el.tag not in _SKIPPED_TEXT and el.text:
                            yield el.text
                    tail = el.tail if el is not sibling else None
                    if tail:
                        if not tail.isspace() and len(el):
                            later.append((_last_descendant(el), tail))
                        else:
                            yield tail
                while later and later[-1][0] is el:
                    yield later.pop()[1]
            if sibling.tail:
                yield sibling.tail
            sibling = sibling.getnext()
        current = current.getparent()


def _window_of(node: HtmlElement, size: int) -> str:
    """The visible text inside `node`, one line per text node in document order (see
    `_texts_after`), cut at about `size`."""

    def groups() -> Iterator[list[str | None]]:  # per element: its text and tail, as shown
        later: list[tuple[HtmlElement, str]] = []  # (see `_texts_after`)
        for el in node.iter():
            if not isinstance(el.tag, str) or el.tag in _SKIPPED_TEXT:
                group = [el.tail]
            elif el is node:
                group = [el.text]
            else:
                tail = el.tail
                if tail and not tail.isspace() and len(el):
                    later.append((_last_descendant(el), tail))
                    tail = None
                group = [el.text, tail]
            if later and later[-1][0] is el:
                while later and later[-1][0] is el:
                    group.append(later.pop()[1])
            yield group

    return _lines(groups(), size)


def _one_line(text: str) -> str:
    """`text` with its whitespace runs made one space and its ends stripped: " ".join(text.split()).
    A printable text (whose only whitespace can be " ": every other whitespace character is
    unprintable) without two spaces in a row or a space at an end is that already, and is
    tested in a fraction of the time of the split (most paragraphs of a page)."""
    if text.isascii():
        if is_spaced_ascii(text):  # (no whitespace but single spaces: scans for each kind)
            return text
    elif text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    if text.isspace():  # the indentation between tags: stops at the first other character
        return ""
    return " ".join(text.split())


def _lines(groups: Iterable[list[str | None]], size: int) -> str:
    """The texts of `groups` as lines (whitespace runs made one space, empty ones left out),
    up to the end of the group in which they reach `size` characters."""
    out: list[str] = []
    total = 0
    for group in groups:
        for text in group:
            line = _one_line(text) if text else ""  # (" ".join(text.split()), mostly unsplit)
            if line:
                out.append(line)
                total += len(line)
        if total >= size:
            break
    return "\n".join(out)
