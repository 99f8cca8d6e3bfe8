"""`_Near.dated_window` reads the text after the headline (related stories, comments and
captions left out) once for every size a page asks (the date readers' window, the agency's
first line, the lead's dateline): each size gives what the former reader, a fresh walk per
call, gave, whatever the order of the sizes, and the walk is made once. Pages written here."""

from __future__ import annotations

import random
from typing import Any

import pytest

from pipeline.web.html import HtmlElement, parse
from pipeline.web.metadata import headline
from pipeline.web.metadata.headline import _CAPTIONS, _MAX_LINE, _MAX_LINE_READ, _NOT_DATED, _Near
from pipeline.web.metadata.visible import _one_line, _texts_after_outside


def _dated_window_former(near: _Near, size: int) -> str:
    """`_Near.dated_window` as it was (the former code, word for word): a walk per call."""
    assert near.h1 is not None
    lines: list[str] = []
    total = 0
    for text in _texts_after_outside(near.h1, _NOT_DATED, _CAPTIONS):
        line = _one_line(text[:_MAX_LINE_READ])[:_MAX_LINE]
        if line:
            lines.append(line)
            total += len(line)
            if total >= size:
                break
    return "\n".join(lines)


_PIECES = (
    "<p>Posted on 3 March 2025 by the desk</p>",
    "<p>   </p>",
    "<div class='related'><p>Older story 01.02.2024</p></div>",
    "<figure><img src='a.jpg'><figcaption>Taken on 2 March 2025</figcaption></figure>",
    "<p>The council met on Tuesday evening to settle the budget of the harbour.</p>",
    "<span>AFP</span>",
    "<div class='comments'><p>Reader, 4 March 2025</p></div>",
    "<p>A long paragraph " + "about the ferry timetable " * 12 + "</p>",
    "<ul><li>one</li><li>two <b>bold</b> tail</li></ul>",
    "<script>var x = '5 March 2025';</script>",
)
_SIZES = (0, 1, 2, 30, 100, 400, 1500, 10**6)


def _tree(html: str) -> HtmlElement:
    doc = parse(html)
    assert doc is not None
    return doc


def _page(rng: random.Random) -> str:
    body = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 12)))
    return (
        "<html><head><title>Harbour budget passed</title></head><body>"
        f"<header><h1>Harbour budget passed</h1></header>{body}</body></html>"
    )


@pytest.mark.parametrize("seed", range(40))
def test_every_size_in_any_order_gives_the_former_window(seed: int) -> None:
    rng = random.Random(seed)
    html = _page(rng)
    sizes = [rng.choice(_SIZES) for _ in range(6)]
    near = _Near(_tree(html), "Harbour budget passed")
    former = _Near(_tree(html), "Harbour budget passed")
    assert near.h1 is not None
    for size in sizes:
        assert near.dated_window(size) == _dated_window_former(former, size), (sizes, size)


def test_the_text_after_the_headline_is_walked_once_for_all_sizes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    walks: list[int] = []

    def counted(*args: Any) -> Any:
        walks.append(1)
        return _texts_after_outside(*args)

    monkeypatch.setattr(headline, "_texts_after_outside", counted)
    html = _page(random.Random(7)).replace("</h1></header>", "</h1></header>" + _PIECES[7] * 6)
    near = _Near(_tree(html))
    first = near.dated_window(1)
    longer = near.dated_window(1500)
    again = near.dated_window(1)
    assert walks == [1]
    assert first == again == longer.split("\n", 1)[0]
    assert longer == _dated_window_former(_Near(_tree(html)), 1500)
    assert len(longer) >= 1500 > len(longer.rsplit("\n", 1)[0])  # up to the line reaching it
