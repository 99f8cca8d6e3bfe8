"""scoring._prose_around: a parent's prose from its child's, as prose_chars reads it whole."""

from __future__ import annotations

import random

from lxml import html as lxml_html

from pipeline.maintext.blockscore import prose_chars
from pipeline.maintext.sections import _prose_around
from pipeline.web.html import compute_stats

_SENTENCE = "The council met on Tuesday and agreed, after a long debate, to fund the new school. "
_BLOCKS = (
    "<p>{s}</p>",
    "<p>{s}<a href='/x'>a link inside</a> and more.</p>",
    "<ul><li><a href='/a'>Home</a></li><li><a href='/b'>World news</a></li></ul>",
    "<div><p>{s}</p><!-- a comment --><p>{s}{s}</p></div>",
    "<section><h2>Sub</h2><div><span>{s}</span><em>{s}</em></div></section>",
    "<p><a href='/all'>{s}</a></p>",
    "<div class='wrap'><div><p>{s}</p></div></div>",
    "<aside><p>short</p></aside>",
)


def _page(rng: random.Random, depth: int = 0) -> str:
    parts = []
    for _ in range(rng.randrange(1, 4)):
        if depth < 3 and rng.random() < 0.4:
            parts.append(f"<div>{_page(rng, depth + 1)}</div>")
        else:
            parts.append(rng.choice(_BLOCKS).format(s=_SENTENCE * rng.randrange(1, 3)))
    return "".join(parts)


def test_prose_around_is_prose_chars_of_the_parent() -> None:
    rng = random.Random(17)
    for _ in range(60):
        doc = lxml_html.fromstring(f"<html><body><article>{_page(rng)}</article></body></html>")
        body = doc.find("body")
        st = compute_stats(body)
        for parent in body.iter():
            for child in parent:
                if isinstance(child.tag, str):
                    known = prose_chars(child, st)
                    assert _prose_around(parent, child, known, st) == prose_chars(parent, st)
