"""The numbered items of a listicle printed as blocks of their own after the article's
opening (`with_numbered_items`): "7 photos of ...", then one block a photo, each under its
heading "1. ...", "2. ...", often a page each of a paged story with every page in the markup.
Such items hold little prose (a heading and a picture) and no block scores as the article's
continuation, so the sibling rule leaves them; their consecutive numbers mark them as the
article's own parts, whatever their class names."""

from __future__ import annotations

import re

from pipeline.web.html import HtmlElement, Stats, text_of

# An item's heading opens with its number: "1. ...", "2) ...", "3 - ...".
_ITEM_HEADING_NUMBER = re.compile(r"\s*(\d{1,2})\s*[.):\-–]\s*\w")
_LISTICLE_MIN_ITEMS = 3  # two numbered blocks can be any two teasers
_ITEM_LEVELS = 3  # ancestors of the article's last block whose later siblings are searched
# A block between two items with at most this much text (an ad slot, its label) does not end
# the run; a longer one does.
_BETWEEN_ITEMS_CHARS = 30
_ITEM_MAX_LINK_DENSITY = 0.5  # an item is no card of links to other stories
_ITEM_HEADINGS = frozenset({"h2", "h3", "h4"})


def with_numbered_items(chosen: list[HtmlElement], st: Stats) -> list[HtmlElement]:
    """`chosen` followed by the listicle items printed after it outside it: a run of
    `_LISTICLE_MIN_ITEMS` or more blocks after the article's last block (or after one of its
    ancestors), each under a heading numbered in sequence from 1, or from the number after
    the last numbered heading in `chosen`. A heading that links away is a teaser's."""
    if not chosen:
        return chosen
    first = _next_number(chosen)
    node = chosen[-1]
    for _ in range(_ITEM_LEVELS):
        items = _numbered_run(node, st, first)
        if items:
            return [*chosen, *items]
        parent = node.getparent()
        if parent is None or parent.tag in ("body", "html"):
            break
        node = parent
    return chosen


def _next_number(chosen: list[HtmlElement]) -> int:
    """1, or the number after the last numbered heading in `chosen`."""
    last = 0
    for el in chosen:
        for heading in el.iter(*_ITEM_HEADINGS):
            number = _heading_number(heading)
            if number is not None:
                last = number
    return last + 1


def _numbered_run(node: HtmlElement, st: Stats, first: int) -> list[HtmlElement]:
    """The siblings after `node` numbered `first`, `first + 1`, ... (ad slots between them
    skipped), when there are `_LISTICLE_MIN_ITEMS` or more of them."""
    items: list[HtmlElement] = []
    for sib in node.itersiblings():
        if not isinstance(sib.tag, str):
            continue
        number = _item_number(sib, st)
        if number is None:
            if st.text.get(sib, 0) <= _BETWEEN_ITEMS_CHARS:
                continue
            break
        if number != first + len(items):
            break
        items.append(sib)
    return items if len(items) >= _LISTICLE_MIN_ITEMS else []


def _item_number(el: HtmlElement, st: Stats) -> int | None:
    """The number of the item `el`: its heading's, when a heading opens `el`'s text (read up
    to the first text only: a long block without one is not walked through), links nowhere
    and `el` is not mostly links."""
    heading = _opening_heading(el)
    if heading is None or st.link_density(el) >= _ITEM_MAX_LINK_DENSITY:
        return None
    if heading.find(".//a[@href]") is not None or _in_link(heading, el):
        return None
    return _heading_number(heading)


def _opening_heading(el: HtmlElement) -> HtmlElement | None:
    """The h2-h4 holding the first text in `el` (not `el` itself), or None."""
    for node in el.iter():
        if not isinstance(node.tag, str):
            continue
        if node.tag in _ITEM_HEADINGS:
            return node if node is not el else None
        if (node.text and node.text.strip()) or (
            node is not el and not len(node) and node.tail and node.tail.strip()
        ):
            return None  # text before any heading (a childless node's tail comes next)
    return None


def _in_link(node: HtmlElement, stop: HtmlElement) -> bool:
    for anc in node.iterancestors():
        if anc is stop:
            return False
        if anc.tag == "a" and anc.get("href"):
            return True
    return False


def _heading_number(heading: HtmlElement) -> int | None:
    match = _ITEM_HEADING_NUMBER.match(text_of(heading))
    return int(match.group(1)) if match else None


# The numbered lines of a listicle's first part printed before the chosen block, outside it:
# the chosen block's items open at `n` > 1, the block before holds the items 1 to n - 1, in
# order (a box of teasers or an ad slot between them skipped: mostly links, or little text).
_LINE_TAGS = ("p", "li", "h2", "h3", "h4")
# A line opening with its number: "7. Text", "8) Text", '9. "A quote ...' (not "10:30", "3-4").
_LINE_NUMBER = re.compile(r"\s*(\d{1,2})\s*[.)]\s*(?:[\"'„“”«»‚‘’(]\s*)?\w")


def with_numbered_opening(chosen: list[HtmlElement], st: Stats) -> list[HtmlElement]:
    """`chosen` with the block holding a listicle's items 1 to n - 1 put before the chosen
    block whose numbered lines open at n (`_LISTICLE_MIN_ITEMS` or more items before it), when
    that block sits before it, outside `chosen`, among its siblings or its ancestors'."""
    for i, block in enumerate(chosen):
        first = _first_number(block)
        if first is None:
            continue
        if first - 1 < _LISTICLE_MIN_ITEMS:
            return chosen
        opening = _opening_part(block, st, first, chosen)
        return chosen if opening is None else [*chosen[:i], opening, *chosen[i:]]
    return chosen


def _numbers(el: HtmlElement) -> list[int]:
    """The numbers opening `el`'s lines ("1. ...", "2) ..."), in order."""
    out: list[int] = []
    for node in el.iter(*_LINE_TAGS):
        head = (node.text or "").lstrip()  # (`\s`: what `str.lstrip` strips)
        if head and not head[0].isdecimal():
            continue  # its text opens with no digit (`\d`: a decimal digit), read unjoined
        match = _LINE_NUMBER.match(text_of(node))
        if match:
            out.append(int(match.group(1)))
    return out


def _first_number(el: HtmlElement) -> int | None:
    numbers = _numbers(el)
    return numbers[0] if len(numbers) >= _LISTICLE_MIN_ITEMS else None


def _opening_part(
    block: HtmlElement, st: Stats, first: int, chosen: list[HtmlElement]
) -> HtmlElement | None:
    node = block
    for _ in range(_ITEM_LEVELS):
        for sib in node.itersiblings(preceding=True):
            if not isinstance(sib.tag, str) or any(sib is el for el in chosen):
                continue
            if _numbers(sib) == list(range(1, first)):
                return sib if st.link_density(sib) < _ITEM_MAX_LINK_DENSITY else None
            if st.text.get(sib, 0) > _BETWEEN_ITEMS_CHARS and (
                st.link_density(sib) < _ITEM_MAX_LINK_DENSITY
            ):
                break  # prose between: not the listicle's first part
        parent = node.getparent()
        if parent is None or parent.tag in ("body", "html") or any(parent is el for el in chosen):
            return None
        node = parent
    return None
