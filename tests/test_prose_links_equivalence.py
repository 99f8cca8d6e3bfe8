"""`elementtext.is_prose` gives the former answer now that it stops reading links once their
text is over the share prose allows (a menu's other links not read), on generated blocks:
sentences, links of every length and spacing, nested links, figures with captions, sizes
given and not."""

from __future__ import annotations

import random

from lxml import etree

from pipeline.web.elementtext import (
    _FIGURE_TAGS,
    _PROSE_MAX_LINK_SHARE,
    _PROSE_MIN_CHARS,
    PROSE_CHARS_PER_SENTENCE,
    _text_len,
    _text_outside,
    _too_short,
    clause_marks,
    is_prose,
    text_of,
)
from pipeline.web.htmltree import HtmlElement


def _is_prose_former(el: HtmlElement, size: int | None = None) -> bool:
    """`is_prose` as it was (the former code, word for word; its length floor the one of
    `elementtext._too_short` since, half as long for CJK text: session 33)."""
    size = _text_len(el) if size is None else size
    if size < _PROSE_MIN_CHARS and _too_short(el, size):
        return False
    figures = {f for f in el.iter("figure", "figcaption") if f is not el}
    if figures:
        outermost = (f for f in figures if not any(a in figures for a in f.iterancestors()))
        size -= sum(_text_len(f) for f in outermost)
        if size < _PROSE_MIN_CHARS and _too_short(el, size):
            return False
    links = sum(len(text_of(a).strip()) for a in el.iter("a"))
    if links > _PROSE_MAX_LINK_SHARE * size:
        return False  # (a menu: its text is not read)
    text = "".join(_text_outside(el, _FIGURE_TAGS)) if figures else text_of(el)
    ends = clause_marks(text)
    return ends >= 1 and ends * PROSE_CHARS_PER_SENTENCE >= size


_TEXTS = (
    "The council met on Tuesday to approve the budget, after a long debate. ",
    "Residents spoke for hours ",
    "Home",
    "  News  ",
    "Sport\n",
    "市议会周二开会，批准了预算。",
    "",
    "A longer link text that reads as a whole headline of another story",
)


def _block(rng: random.Random, depth: int = 0) -> HtmlElement:
    el = etree.Element(rng.choice(("div", "p", "ul", "li", "figure", "figcaption", "a", "span")))
    el.text = rng.choice(_TEXTS)
    for _ in range(rng.randint(0, 6 if depth < 3 else 0)):
        child = _block(rng, depth + 1)
        child.tail = rng.choice(_TEXTS)
        el.append(child)
    return el


def test_is_prose_is_the_former_on_generated_blocks() -> None:
    rng = random.Random(2815)
    answers = []
    for _ in range(6000):
        el = _block(rng)
        size = None if rng.random() < 0.5 else rng.randint(0, 2000)
        former = _is_prose_former(el, size)
        assert is_prose(el, size) == former, etree.tostring(el)
        answers.append(former)
    assert 300 < sum(answers) < len(answers) - 300
