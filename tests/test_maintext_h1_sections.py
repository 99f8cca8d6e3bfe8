"""A blog or news theme prints the post's headline as the `<h1>` of its `<header>` (which
`prune` drops, leaving `HEADLINE_MARK` where it stood), and the author's editor marks the
post's section titles up as `<h1>` too. The first of those section titles was taken for the
page's headline (the first `<h1>` left in the tree) and dropped; the others were kept. The
mark of the pruned headline now counts as the page's first `<h1>`: every section title below
the text is kept, the headline stays out. A section `<h1>` closing the text over a box that
was dropped ("Redaktionstipp", a teaser) heads nothing and goes, as an `<h2>` there does."""

from __future__ import annotations

from pipeline.extract import extract_text

HEADLINE = "On learning chess as an adult, from 650 to 1750"
PARAS = [
    "I caught the chess bug as a student, and it has become my favourite way to spend an"
    " evening, though progress came slowly and with many setbacks along the way.",
    "Like all hobbies, chess is more fun when you are making progress, and progress as an"
    " adult is certainly possible, whatever the forums may say about late starters.",
    "I spend about two hours a day on chess, broken into three periods: openings in the"
    " morning, puzzles at lunch and a few fast games in the evening after work.",
    "My rating varies by weekday, which surprised me at first; with more games played the"
    " pattern held, and now I plan the hardest training for the better days.",
    "I would like to reach two thousand next year, and the current rate of about one and a"
    " half points a day suggests that the goal is within reach if nothing changes.",
]


def _page(body: str) -> str:
    return (
        f"<html><head><title>{HEADLINE} | A blog</title></head><body>"
        "<header class='site-header'><p class='site-title'><a href='/'>A blog</a></p></header>"
        "<main><article class='post'>"
        f"<header class='entry-header'><h1 class='entry-title'>{HEADLINE}</h1>"
        "<div class='entry-meta'>November 16, 2020</div></header>"
        f"<div class='entry-content'>{body}</div></article></main></body></html>"
    )


def _text(body: str) -> str:
    return extract_text(_page(body), "https://blog.example.org/2020/11/16/learning-chess/")


def test_every_section_title_set_as_h1_under_a_pruned_headline_is_kept() -> None:
    body = (
        f"<p>{PARAS[0]}</p><p>{PARAS[1]}</p><h1>How I Study</h1><p>{PARAS[2]}</p>"
        f"<h1>Progress: Not a Straight Line</h1><p>{PARAS[3]}</p><h1>Goals</h1><p>{PARAS[4]}</p>"
    )
    lines = _text(body).splitlines()
    assert lines[2] == "How I Study"  # the first section title too, in its place
    assert "Progress: Not a Straight Line" in lines
    assert "Goals" in lines
    assert HEADLINE not in lines
    assert all(p in lines for p in PARAS)


def test_a_first_h1_above_the_text_stays_out() -> None:
    """An `<h1>` before any text of the post is a headline's (a repeated title), not a
    section's: kept out as before."""
    body = f"<h1>{HEADLINE}</h1>" + "".join(f"<p>{p}</p>" for p in PARAS)
    lines = _text(body).splitlines()
    assert HEADLINE not in lines
    assert lines[0] == PARAS[0]


def test_a_section_h1_heading_a_dropped_box_at_the_end_goes() -> None:
    teasers = "".join(
        f"<li><a href='/post-{i}'>Another post about openings, number {i}</a></li>"
        for i in range(6)
    )
    body = (
        f"<p>{PARAS[0]}</p><p>{PARAS[1]}</p><h1>How I Study</h1>"
        + "".join(f"<p>{p}</p>" for p in PARAS[2:])
        + f"<h1>Redaktionstipp</h1><ul>{teasers}</ul>"
    )
    lines = _text(body).splitlines()
    assert "How I Study" in lines
    assert lines[-1] == PARAS[-1]
