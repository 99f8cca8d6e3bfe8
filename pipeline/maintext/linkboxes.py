"""Parts of an article that hold a box of links (a table of contents, "More on this topic"
between two of its paragraphs): the box lifts the part's link share over that of a link list,
yet the part is the article's when its text outside the box is prose and the article goes on
after it (`with_siblings`). A box of links closing the text is furniture, not a part."""

from __future__ import annotations

from pipeline.maintext.blockscore import _MAX_PROSE_LINKS
from pipeline.web.html import INLINE_TAGS, HtmlElement, Stats

# A block without blocks in it whose text is at least this share links: a box of links (a list
# item or a line of links its items, when they are blocks).
_LINK_BOX = 0.5
# Characters of text a part holds outside its boxes of links: a paragraph or two.
_PROSE_BESIDE_LINKS = 200


def prose_beside_links(el: HtmlElement, st: Stats) -> bool:
    """True when `el`'s text outside its boxes of links (its innermost blocks of `_LINK_BOX`
    link share or more) is prose: `_PROSE_BESIDE_LINKS` characters or more, a link share
    under `_MAX_PROSE_LINKS`."""
    text = links = 0
    stack = [el]
    while stack:
        node = stack.pop()
        blocks = [c for c in node if isinstance(c.tag, str) and c.tag not in INLINE_TAGS]
        if not blocks:
            if st.link_density(node) < _LINK_BOX:
                text += st.text.get(node, 0)
                links += st.links.get(node, 0)
            continue
        text += st.own.get(node, 0)  # its own text and inline links beside its blocks
        links += st.links.get(node, 0) - sum(st.links.get(c, 0) for c in blocks)
        stack += blocks
    return text >= _PROSE_BESIDE_LINKS and links < _MAX_PROSE_LINKS * text


def with_boxed_parts(chosen: list[HtmlElement], boxed: list[HtmlElement]) -> list[HtmlElement]:
    """`chosen` (siblings, in document order) with the `boxed` parts that lie between two of
    them: the article goes on after those. Parts before the first or after the last are left."""
    if not boxed or len(chosen) < 2:
        return chosen
    parent = chosen[0].getparent()
    if parent is None:
        return chosen
    at = {el: i for i, el in enumerate(parent)}
    first, last = at[chosen[0]], at[chosen[-1]]
    inside = [el for el in boxed if first < at.get(el, -1) < last]
    return sorted(chosen + inside, key=at.__getitem__) if inside else chosen
