"""The article printed in a page builder's rows (`with_rows`): WordPress's builders, Drupal's
paragraph grids and site-made layouts print a long text as a run of rows of one class, each
row a template of columns (the text's part in one, a picture, a credit or a quote beside it in
another). The container chosen is the text's slot in one row; its siblings inside that row
are the row's other columns, and the article's other parts sit in the same slot of the
sibling rows: found by following the chosen block's path of tags and classes from its row
down, in each row of the row's class.

A part is taken only when it reads as prose (whole paragraphs, few links, no headline, no
other stories' headings, not a copy of the text): a row of the same template holding a
newsletter box, teasers or the next story stays out."""

from __future__ import annotations

from pipeline.maintext.blockscore import (
    _MAX_PROSE_LINKS,
    MIN_PARAGRAPH,
    _opens_with_rights,
    _repeats,
)
from pipeline.maintext.credits import is_author_bio
from pipeline.maintext.siblings import _SENTENCE_END
from pipeline.web.html import HEADLINE_MARK, INLINE_TAGS, HtmlElement, Stats, text_of

# Levels climbed from the chosen block to the row whose siblings of its class are the other
# rows (a builder nests a row, its inner wrapper, a column, the column's inner wrapper, a
# text widget and its wrapper).
_ROW_LEVELS = 7
# A row's kin: the same first class tokens (a builder's row and its layout, "grid-container
# grid-container-c-2d3-1d3"); the tokens after them style one row ("grey-lightest", "has-title").
_ROW_TOKENS = 2
_PART_MIN_CHARS = 80  # a part's text: a paragraph at least
_PART_PROSE_SHARE = 0.6  # of a part's text, in paragraphs of prose
_PART_MAX_LINK_DENSITY = 0.2
# A row's subheading over its part (`_row_heading`): a heading's line, not a block of text.
_SUBHEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
_HEADING_MAX_CHARS = 150


def with_rows(chosen: list[HtmlElement], st: Stats) -> list[HtmlElement]:
    """`chosen` with the article's parts printed in the same slot of the rows beside the
    chosen block's row (in the page's order), when the chosen blocks are one block or
    siblings in one slot and such a row exists; else `chosen` unchanged."""
    if not chosen:
        return chosen
    parent = chosen[0].getparent()
    if parent is None or any(el.getparent() is not parent for el in chosen):
        return chosen
    slot = chosen[0] if len(chosen) == 1 else parent
    if len(chosen) == 1 and slot.get("class") and _rows_beside(slot, slot.get("class") or ""):
        return chosen  # blocks of the chosen one's class beside it: `with_siblings` judged them
    path: list[tuple[str, str]] = []
    row: HtmlElement | None = slot
    for _ in range(_ROW_LEVELS):
        if row is None or row.tag in ("body", "html"):
            return chosen
        cls = row.get("class")
        rows = _rows_beside(row, cls) if cls else []
        if rows:
            if _headed(row):
                return chosen  # each row a story under its headline: the next stories
            return _with_parts(chosen, row, rows, path, st)
        path.append((str(row.tag), cls or ""))
        row = row.getparent()
    return chosen


def _rows_beside(row: HtmlElement, cls: str) -> list[HtmlElement]:
    parent = row.getparent()
    if parent is None:
        return []
    kin = cls.split()[:_ROW_TOKENS]
    return [
        sib
        for sib in parent
        if sib is not row
        and sib.tag == row.tag
        and (sib.get("class") or "").split()[:_ROW_TOKENS] == kin
    ]


def _with_parts(
    chosen: list[HtmlElement],
    row: HtmlElement,
    rows: list[HtmlElement],
    path: list[tuple[str, str]],
    st: Stats,
) -> list[HtmlElement]:
    before: list[HtmlElement] = []
    after: list[HtmlElement] = []
    seen_row = False
    parent = row.getparent()
    assert parent is not None
    for sib in parent:
        if sib is row:
            seen_row = True
            continue
        if not any(sib is r for r in rows):
            continue
        part = None if _headed(sib) else _follow(sib, path, st)
        if part is not None and _is_part(part, chosen, st):
            (after if seen_row else before).extend(_with_heading(part, sib, st))
    if not before and not after:
        return chosen
    own = _row_heading(chosen[0] if len(chosen) == 1 else _parent_of(chosen), row, st)
    return [*before, *([own] if own is not None else []), *chosen, *after]


def _parent_of(chosen: list[HtmlElement]) -> HtmlElement:
    parent = chosen[0].getparent()
    assert parent is not None
    return parent


def _with_heading(part: HtmlElement, row: HtmlElement, st: Stats) -> list[HtmlElement]:
    heading = _row_heading(part, row, st)
    return [heading, part] if heading is not None else [part]


def _row_heading(part: HtmlElement, row: HtmlElement, st: Stats) -> HtmlElement | None:
    """The subheading a row prints above its part of the text (a headed section: "2 Advice
    and Emacs Lisp" over the section's text), found before `part` on its way up to `row`:
    the nearest block with text before it, when that block is a subheading (<h2>-<h6>) of
    `_HEADING_MAX_CHARS` at most not linking away; None otherwise."""
    node = part
    while node is not row:
        prev = node.getprevious()
        while prev is not None:
            if isinstance(prev.tag, str) and st.text.get(prev, 0) > 0:
                return prev if _is_row_heading(prev, st) else None
            prev = prev.getprevious()
        parent = node.getparent()
        if parent is None:
            return None
        node = parent
    return None


def _is_row_heading(el: HtmlElement, st: Stats) -> bool:
    if el.tag not in _SUBHEADINGS or st.text.get(el, 0) > _HEADING_MAX_CHARS:
        return False
    link = el.find(".//a[@href]")
    return link is None or link.get("href", "").startswith("#")


def _headed(row: HtmlElement) -> bool:
    """True when `row` holds a headline, a story's own <article> or its time: a story."""
    return next(row.iter("h1", HEADLINE_MARK, "article", "time"), None) is not None


def _is_caption(node: HtmlElement) -> bool:
    if node.tag == "figcaption" or "caption" in (node.get("class") or "").lower():
        return True
    return any(a.tag == "figure" for a in node.iterancestors())


def _follow(row: HtmlElement, path: list[tuple[str, str]], st: Stats) -> HtmlElement | None:
    """The block of `row` at the end of `path` (tags and classes from the row's child down to
    the slot, read from the slot up), each step the one child of its tag and kin class (the
    same first `_ROW_TOKENS` class tokens: a builder's column names its width after them,
    "wpb_column vc_column_container vc_col-sm-12" in one row, "... vc_col-sm-10" in the next),
    or of those the one holding text (an icon's or a picture's column beside the text's)."""
    node = row
    for tag, cls in reversed(path):
        kin = cls.split()[:_ROW_TOKENS]
        found = [
            c for c in node if c.tag == tag and (c.get("class") or "").split()[:_ROW_TOKENS] == kin
        ]
        if len(found) > 1:
            found = [c for c in found if st.text.get(c, 0)]
        if len(found) != 1:
            return None
        node = found[0]
    return node


def _is_part(el: HtmlElement, chosen: list[HtmlElement], st: Stats) -> bool:
    """True when `el` reads as a part of the article: `_PART_MIN_CHARS` or more, few links,
    most of it whole paragraphs of prose, no headline, no headings linking away, not a rights
    notice, an author's bio or a copy of the chosen text."""
    n = st.text.get(el, 0)
    if n < _PART_MIN_CHARS or st.link_density(el) >= _PART_MAX_LINK_DENSITY:
        return False
    prose = 0
    sentence = False  # a paragraph closing a sentence: a box's label or a program line does not
    for node in el.iter():
        if not isinstance(node.tag, str):
            continue
        if node.tag in ("h1", HEADLINE_MARK, "form", "nav", "aside"):
            return False
        if node.tag in ("h2", "h3", "h4"):
            link = node.find(".//a[@href]")
            if link is not None and not link.get("href", "").startswith("#"):
                return False  # another story's headline
        own = st.own.get(node, 0)
        if _is_caption(node):
            continue  # a picture's caption (a slider's) is not the article's prose
        if (
            own >= MIN_PARAGRAPH
            and node.tag not in INLINE_TAGS
            and st.link_density(node) < _MAX_PROSE_LINKS
        ):
            prose += own
            if own >= _PART_MIN_CHARS and _SENTENCE_END.search(text_of(node).strip()):
                sentence = True
    if not sentence or prose < _PART_PROSE_SHARE * n or _opens_with_rights(el):
        return False
    if is_author_bio(text_of(el)):
        return False
    return not any(_repeats(el, block) for block in chosen)
