"""Blocks of variants inside the chosen article: an A/B-tested appeal or promo printed in
several versions at once, all but one hidden by a class.

A donation appeal under the article ("Our coverage needs you ... Contribute as little as $2")
ships its versions side by side, each a few paragraphs, one shown by the page's script. Where
class names are words the appeal is pruned by them ("support", "contribute"); named by hashes
it reads as prose inside the article's container. What gives it away is its structure: two
of its versions print the same text. Such a block is dropped when it holds under half of the
container's text (the article is never its own variant; two copies of the whole text are
`_one_copy`'s to judge).
"""

from __future__ import annotations

from pipeline.maintext.scoring import MIN_PARAGRAPH
from pipeline.web.html import HtmlElement, Stats, drop_tree, text_of

_MIN_VARIANT_CHARS = 200  # a version of an appeal: a few sentences, not a label or a button
_MAX_SHARE = 0.5  # of the container's text, the most a block of variants holds
_WRAPPER_SHARE = 0.8  # of an ancestor's text, held by the variants: the appeal's own box


def drop_variants(chosen: list[HtmlElement], st: Stats) -> None:
    """Remove from the `chosen` containers, IN PLACE, each block of which two children print
    the same text of `_MIN_VARIANT_CHARS` or more, with the box around it (`_box`); the texts
    `st` holds are cleared when one goes."""
    for container in chosen:
        limit = _MAX_SHARE * st.text.get(container, 0)
        found = [
            el
            for el in container.iterdescendants()
            if isinstance(el.tag, str) and _has_twins(el, st) and st.text.get(el, 0) < limit
        ]
        if found:
            st.forget_texts()
        for el in found:
            box = st.box(el, container, _WRAPPER_SHARE)
            if container in box.iterancestors():  # not inside a box dropped already
                drop_tree(box)


def _has_twins(el: HtmlElement, st: Stats) -> bool:
    """True when two element children of `el` that are boxes of blocks (not a paragraph: a
    text may say a sentence twice) have the same text, `_MIN_VARIANT_CHARS` or longer
    (lengths compared first: most blocks have no two children of one length)."""
    by_length: dict[int, list[HtmlElement]] = {}
    for child in el:
        n = st.text.get(child, 0) if isinstance(child.tag, str) else 0
        if n >= _MIN_VARIANT_CHARS and st.own.get(child, 0) < MIN_PARAGRAPH:
            by_length.setdefault(n, []).append(child)
    for same in by_length.values():
        if len(same) > 1:
            texts = [" ".join(text_of(child).split()) for child in same]
            if len(set(texts)) < len(texts):
                return True
    return False
