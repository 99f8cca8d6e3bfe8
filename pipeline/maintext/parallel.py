"""The article's parts printed in parallel wrappers of one template: a page builder's text
modules (WPBakery's `wpb_text_column`, Divi's `et_pb_text`), a shop's or a CMS's content
components ("AContentPageTextAndImage" sections, each a heading, a picture and a text),
one after the other, each in the same stack of wrappers.

Two things hide such a part from the siblings step (`siblings._siblings_of`):

- its class names the instance as well as the template: a builder adds a per-module class
  ("vc_custom_1563455446145", "elementor-element-1d905f60", a CMS "Section--10034035"), so
  two modules of one template differ in their class attribute. `same_template` compares
  the classes without the tokens naming an instance, when tokens remain;
- its text sits several wrappers deep (a section, its anchor, a component, its content box,
  the text box): scores climb a few levels and decay as they climb, so the wrapper scores a
  fraction of what the block it stands for scores (4.1 for a section whose text box scores
  28.7), while the chosen part is judged by its block's score. `wrapped_score` is the best
  score along the chain of wrappers that add no text to the block they hold (the mirror of
  `siblings._wrapper`, which climbs from the chosen block to its outermost such wrapper).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline.web.html import HtmlElement, Stats

# Wrappers followed down from a sibling to the block it stands for.
_CHAIN_LEVELS = 8


# A class token naming one instance: a number of four digits or more, or a hash (six hex
# digits or more, a digit among them). A grid's width ("large-8", "col-md-4", "_cols--3")
# or a small index names no instance: the main column and the sidebar differ by it.
_NUMBER = re.compile(r"\d{4}")
_DIGIT = re.compile(r"\d")
_HEX = re.compile(r"[0-9a-f]{6,}")


def _instance(tok: str) -> bool:
    if _NUMBER.search(tok):
        return True
    return any(any(ch.isdigit() for ch in run) for run in _HEX.findall(tok))


def _template(cls: str) -> frozenset[str]:
    return frozenset(tok for tok in cls.split() if not _instance(tok))


def same_template(cls: str | None, other: str | None) -> bool:
    """True when the class attributes `cls` and `other` are equal, or name the same template:
    the same tokens once those naming an instance (`_instance`) are set aside, and some
    remain."""
    if not cls or not other:
        return False
    if cls == other:
        return True
    if _DIGIT.search(cls) is None and _DIGIT.search(other) is None:
        return False  # (most pairs: no token of either names an instance)
    mine = _template(cls)
    return bool(mine) and mine == _template(other)


def _is_picture(el: HtmlElement) -> bool:
    return el.tag in ("figure", "figcaption") or "caption" in (el.get("class") or "").lower()


def wrapped_score(el: HtmlElement, score: Callable[[HtmlElement], float], st: Stats) -> float:
    """The best `score` of `el` and of the wrappers under it down to the block it stands for:
    each the one child holding text, adding no text outside links to it. A chain ending in a
    figure or a caption stands for a picture, no part of the text: `el`'s own score (the
    caption scores as a paragraph, and its score climbs the wrappers above it)."""
    best = score(el)
    node = el
    for _ in range(_CHAIN_LEVELS):
        own = st.text.get(node, 0) - st.links.get(node, 0)
        inner = None
        for child in node:
            if isinstance(child.tag, str) and st.text.get(child, 0):
                if inner is not None:
                    return best  # two blocks of text: `node` is the block
                inner = child
        if inner is None or own - (st.text.get(inner, 0) - st.links.get(inner, 0)) > 0:
            return best
        if _is_picture(inner):
            return score(el)  # a picture's caption (its score climbed the wrappers above it)
        node = inner
        best = max(best, score(node))
    return best


def same_bare_markup(el: HtmlElement, other: HtmlElement) -> bool:
    """True when `el` and `other` are blocks of one tag with the same attributes, neither a
    class nor an id among them: an old template's sections of one document (a FAQ's or a
    memo's parts, each a `<div align="left">`), where no class names the template."""
    attrib = el.attrib
    return (
        el.tag == other.tag
        and "class" not in attrib
        and "id" not in attrib
        and sorted(attrib.items()) == sorted(other.attrib.items())
    )
