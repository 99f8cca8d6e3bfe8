"""A list whose items were links without text (a network's papers as logos) prints its
separators alone ("Daily newspapers: ; ; ; ; ."): those marks close empty items, no sign
of prose (`blockscore.paragraph_score`). On pages we wrote, such a footer no longer outscores
the article in the cell beside it by its semicolons; marks between words count as before."""

from __future__ import annotations

from pipeline.maintext.blockscore import paragraph_score
from pipeline.maintext.core import own_paragraphs
from pipeline.web.html import compute_stats, parse

_STORY = [
    "The county council approved a new bus route on Tuesday that links the hospital with "
    "the two villages north of the river.",
    "Buses will run every forty minutes from seven in the morning until the evening, and "
    "the first service starts in March.",
    "Residents had asked for the route for years, the council's transport chair said.",
    "The route is paid for by a regional grant for two years, after which it is reviewed.",
]


def _logos(n: int) -> str:
    return "; ".join(f"<a href='/paper/{i}'><img src='/logo/{i}.gif'></a>" for i in range(n))


def _footer() -> str:
    regions = ["Nova Scotia", "New Brunswick", "Prince Edward Island", "Saskatchewan"]
    lines = "".join(f"{r}: {_logos(25)}.<br>" for r in regions)
    return (
        "<p>This site is part of a network of newspapers.<br><b>Daily newspapers:</b><br>"
        f"{lines}<b>Weeklies:</b><br>{_logos(30)}.</p>"
    )


def _page() -> str:
    # an old portal's layout: a row of cells (menu, article, side boxes), then a row holding
    # the network's footer
    story = "".join(f"<p>{p}</p>" for p in _STORY)
    nav = "".join(f"<a href='/s/{i}'>Section {i}</a><br>" for i in range(10))
    side = "".join(f"<a href='/poll/{i}'>Poll {i}</a><br>" for i in range(6))
    return (
        "<html><head><title>New bus route approved</title></head><body><div><table>"
        f"<tr><td>{nav}</td><td><table class='main'><tr><td>"
        f"<h1>New bus route approved</h1>{story}</td></tr></table></td><td>{side}</td></tr>"
        f"<tr><td colspan='3'>{_footer()}</td></tr></table></div></body></html>"
    )


def test_a_footer_of_empty_list_items_does_not_outscore_the_article() -> None:
    text = " ".join(own_paragraphs(_page()))
    assert all(p in text for p in _STORY)
    assert "network of newspapers" not in text


def _score(html: str) -> float:
    body = parse(f"<html><body>{html}</body></html>").find(".//body")
    assert body is not None
    return paragraph_score(body[0], compute_stats(body))


def test_marks_between_words_count_and_empty_items_do_not() -> None:
    names = "Oslo; Bergen; Tromso; Bodo; Molde; Alta; Hamar; Skien; Moss; Halden."
    empty = "Oslo: ; ; ; ; ; ; ; ; ; ; ; ; ; ; ; ; ; ; ; ; ; ; ; ; ."
    assert _score(f"<p>{names}</p>") == 1.0 + 10 + len(names) / 100.0
    assert _score(f"<p>{empty}</p>") < 1.0 + 3 + len(empty) / 100.0
    dots = "No... not now... not here... not yet..."  # an ellipsis: no empty items
    assert _score(f"<p>{dots}</p>") == 1.0 + 12 + len(dots) / 100.0
