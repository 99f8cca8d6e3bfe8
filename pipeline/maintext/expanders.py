"""The article's parts folded into an expander between its blocks.

A report prints some of its sections folded ("Präsidialdekret vom 22. September", a
Bootstrap accordion: a toggle link over a panel a script opens; a `<details>`): the panel's
paragraphs sit many wrappers deep under the sibling of the article's block that holds them,
so the sibling scores almost nothing of them (scores climb a few levels) and the siblings
step left the section out. Such a sibling is the article's when it holds one toggle
(`aria-controls`, `data-toggle`/`data-bs-toggle` "collapse", or a `<details>`) and a block
inside it scores as a part of the article would (`panel_scores`: its class's bonus with it).
The siblings step asks only of a sibling it would drop; a compiled XPath finds the toggle
first, and only a sibling holding one has its blocks' scores read.
"""

from __future__ import annotations

from collections.abc import Callable

from lxml import etree

from pipeline.web.html import HtmlElement

_TOGGLES = etree.XPath(
    "descendant-or-self::*[self::details or @aria-controls"
    " or @data-toggle='collapse' or @data-bs-toggle='collapse']"
)


def holds_toggle(el: HtmlElement) -> bool:
    """True when `el` holds one expander's toggle or one `<details>`: one folded section. A
    list of toggles is an FAQ's (`faq.faq_sections` takes it, its questions unwrapped) or a
    menu's."""
    toggles = _TOGGLES(el)
    return isinstance(toggles, list) and len(toggles) == 1


def panel_scores(el: HtmlElement, score: Callable[[HtmlElement], float], threshold: float) -> bool:
    """True when `el` holds a toggle and a block inside it whose `score` reaches
    `threshold`: a folded section of the article's text."""
    if not holds_toggle(el):
        return False
    return any(score(node) >= threshold for node in el.iterdescendants() if len(node))
