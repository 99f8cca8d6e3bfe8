"""A story in a layout table: its <h1> in one cell, the story's data under it in the next
(posted, author, category, e-mail alerts and feed links), the story itself in a table below.
The data cell sat nearest the headline and scored a quarter of the story, so it was taken as
the article, and the page was rejected as too short. A block by the headline that is lines
and links, not prose, is no article while the best block is prose. Pages written for this
test."""

from __future__ import annotations

from pipeline.maintext.core import own_paragraphs

_LINES = [
    "HARBOURTON, Jan. 11 The ferry from the north harbour was cancelled on Sunday after the"
    " storm tore a mooring loose, the operator said.",
    "Some forty passengers waited in the terminal for the afternoon crossing instead, and most"
    " of them were put up in the town's two hotels overnight.",
    "The operator said repairs to the pier would take at least another week, and that a"
    " smaller boat would run twice a day from the south quay until then.",
    "Engineers from the port authority found that two of the four bollards on the outer berth"
    " had been pulled loose by the swell on Saturday night.",
    "Copyright 2008 by the Harbourton Courier",
]


def _page() -> str:
    rows = [
        "<b>Posted :</b> Fri, 11 Jan 2008 11:01:23 GMT",
        "<b>Author :</b> Coast News Editor",
        "<b>Category :</b> <a href='/cat/coast'>Coast (Transport)</a>",
        "<b>News Alerts</b> by Email (<a href='/alerts'>click here</a>)",
        "<a href='/rss'>Create your own RSS</a> and <a href='/feeds'>feeds by topic</a>",
        "Send this story to a friend, print it or save it for later reading",
        "Most popular in Coast: storms, ferries, harbours, fishing and weather",
        "<b>Coast News</b> | <a href='/'>Home</a> | <a href='/archive'>Archive</a>",
    ]
    data = "".join(f"<tr><td><font size='1'>{row}</font></td></tr>" for row in rows)
    story = "<br><br>".join(_LINES)
    return (
        "<html><head><title>Ferry cancelled after storm : Coast News</title></head><body>"
        "<table><tr><td><h1>Ferry cancelled after storm</h1></td></tr>"
        f"<tr><td width='68%'><table>{data}</table></td></tr></table>"
        "<table><tr><td><div align='justify'><div align='justify'>"
        f"<font size='2'>{story}</font></div></div></td></tr></table>"
        "<table><tr><td><a href='/'>Home</a> | <a href='/about'>About us</a> | "
        "<a href='/feedback'>Feedback</a> | <a href='/terms'>Disclaimer</a></td></tr></table>"
        "</body></html>"
    )


def test_the_story_below_is_read_not_the_data_cell_by_the_headline() -> None:
    text = "\n".join(own_paragraphs(_page()))
    for line in _LINES[:4]:
        assert line in text
    assert "Create your own RSS" not in text and "Category" not in text


def test_a_post_of_links_with_a_line_of_comment_each_is_no_data_cell() -> None:
    """A blog's post of links, each with its sentence of comment, is lines and links too, but
    it closes sentences: it stays a candidate by the headline (the data cell does not)."""
    from pipeline.maintext.candidates import score_candidates
    from pipeline.maintext.container import _not_prose_beside
    from pipeline.web.html import Texts, compute_stats, parse, prune

    items = "".join(
        f"<li><a href='https://example.org/{i}'>A story about the harbour number {i}</a> – "
        f"I would not take that ferry again, not for anything.</li>"
        for i in range(5)
    )
    doc = parse(
        _page().replace(
            "<table><tr><td><h1>", f"<div class='post'><ul>{items}</ul></div><table><tr><td><h1>"
        )
    )
    texts = Texts()
    body = prune(doc, texts)
    stats = compute_stats(body, texts)
    cands = score_candidates(stats)
    ordered = sorted(cands.raw, key=cands.final, reverse=True)
    top = ordered[0]
    post = next(el for el in body.iter("ul"))
    cell = next(el for el in body.iter("td") if "Posted :" in "".join(el.itertext())[:40])
    assert not _not_prose_beside(post, top, stats)
    assert _not_prose_beside(cell, top, stats)
