"""Key points (highlights) printed above the article's body in a box of their own
(`key_points`), and such a box between the blocks chosen before the body and the body
(`with_points_between`): read by `siblings.with_lead`."""

from __future__ import annotations

from pipeline.web.html import HEADLINE_MARK, HtmlElement, Stats

# Key points (highlights) printed above the body in a box of their own, found by its shape
# when its class names say nothing (hashed): a list of `_KEY_POINTS_MIN` or more sentences,
# none linked, under at most a short label ("Key points", "Das Wichtigste"); the box holds no
# link at all (a menu, tags or a table of contents link).
_KEY_POINTS_MIN = 2
_KEY_POINT_MIN_CHARS = 20  # each point a sentence, not a tag or a fact ("Serves 4")
_KEY_POINTS_LABEL = 40  # characters of the box outside its list
_LEAD_LEVELS = 3  # ancestors of the body's block whose earlier children are searched
# Levels of last blocks searched for the box of key points closing the headline's box: the
# points' list, a box around it, a box around that.
_CLOSING_LEVELS = 3


def with_points_between(chosen: list[HtmlElement], st: Stats, body_chars: int) -> list[HtmlElement]:
    """`chosen` with the box of key points (`key_points`) printed between its first two
    blocks (a standfirst or a subheadline taken before the body, the body) put between
    them: a sibling of the second block, or of one of its `_LEAD_LEVELS` ancestors, after
    the first block."""
    if len(chosen) < 2:
        return chosen
    first, second = chosen[0], chosen[1]
    holders = [first, *first.iterancestors()]  # a block holding the first one is before it
    levels: list[list[HtmlElement]] = []
    node = second
    for _ in range(_LEAD_LEVELS):
        level: list[HtmlElement] = []
        for sib in node.itersiblings(preceding=True):
            if any(sib is h for h in holders):
                points = [p for found in reversed(levels + [level]) for p in reversed(found)]
                return [first, *points, *chosen[1:]] if points else chosen
            if isinstance(sib.tag, str) and key_points(sib, st, body_chars) is not None:
                level.append(sib)
        levels.append(level)
        parent = node.getparent()
        if parent is None or any(parent is h for h in holders):
            return chosen  # (the second block is inside the first, or before it)
        node = parent
    return chosen


def key_points(el: HtmlElement, st: Stats, body_chars: int) -> HtmlElement | None:
    """`el` when it is a box of key points (`_KEY_POINTS_MIN` or more unlinked sentences in
    one list, at most a short label besides) holding less text than half the body; or such
    a box closing `el` when `el` holds the headline (the header's box: the headline, the
    byline and the date, then the points: `_closing_points`)."""
    own = _points(el, st, body_chars)
    if own is not None or el.tag in ("ul", "ol"):
        return own
    return _closing_points(el, st, body_chars)


def _closing_points(el: HtmlElement, st: Stats, body_chars: int) -> HtmlElement | None:
    """The box of key points (`_points`) that closes `el` (its last block, or that block's
    last, `_CLOSING_LEVELS` deep) when `el`, holding less text than half the body, holds the
    page's headline before it. (The last blocks are read first: most boxes close on none,
    and their trees are not searched for the headline.)"""
    n = st.text.get(el, 0)
    if not n or 2 * n >= body_chars:
        return None
    node = el
    for _ in range(_CLOSING_LEVELS):
        kids = [c for c in node if isinstance(c.tag, str)]
        if not kids:
            return None
        node = kids[-1]
        if node.tag in ("h1", HEADLINE_MARK):
            return None
        if _points(node, st, body_chars) is not None:
            return node if next(el.iter("h1", HEADLINE_MARK), None) is not None else None
    return None


def _points(el: HtmlElement, st: Stats, body_chars: int) -> HtmlElement | None:
    """`el` when it is a box of key points itself (`key_points`' first case), else None."""
    n = st.text.get(el, 0)
    if not n or 2 * n >= body_chars or st.links.get(el, 0) or el.find(".//a[@href]") is not None:
        return None
    lists = [node for node in el.iter("ul", "ol")]
    if len(lists) != 1:
        return None
    items = [li for li in lists[0] if isinstance(li.tag, str) and li.tag == "li"]
    if len(items) < _KEY_POINTS_MIN or n - st.text.get(lists[0], 0) > _KEY_POINTS_LABEL:
        return None
    if all(st.text.get(li, 0) >= _KEY_POINT_MIN_CHARS for li in items):
        return el
    return None
