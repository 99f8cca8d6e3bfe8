"""An `<a>` that does not link, a named anchor (`<a name=x>`) or an unclosed `<a>` the parser
stretched over the text after it, wraps the article's text with links inside it (a section's
linked heading, a linked word). The text it wraps is no link's: each line is judged by its
own links (`Emitter.walk`), not read as link text and dropped for its link density."""

from __future__ import annotations

from pipeline.maintext.core import own_paragraphs

_REVIEWS = [
    (
        "owls",
        "The Owls of Marsh Lane",
        "The game opens in a flooded village where the owls have stopped calling at night, "
        "and the player, a retired ferryman, sets out to find out why.",
        "Its puzzles are fair and well clued, though the boat sequence drags on a little "
        "longer than it should before the final scene in the bell tower.",
    ),
    (
        "harbour",
        "Harbour Lights",
        "A quiet story about a lighthouse keeper's last winter, told through the letters "
        "she writes to a nephew she has never met.",
        "There is little to solve here, but the writing is careful and the ending, when "
        "the ice finally breaks, is one of the best in this year's competition.",
    ),
    (
        "clock",
        "The Clockmaker's Debt",
        "A mystery set in a workshop full of clocks that each run at a different speed, "
        "where the player has one day to repay a debt to a patient lender.",
        "The timing puzzles are clever, and the author gives each clock a voice of its own "
        "without ever letting the jokes get in the way of the story.",
    ),
]


_VERDICT = "Score: seven out of ten, and worth an evening of anyone's time this autumn."


def _page(unclosed: bool = False) -> str:
    sections = []
    for name, title, first, second in _REVIEWS:
        head = f"<h2><a href='/games/{name}/'>{title.upper()}</a> by A. Writer</h2>"
        # an old review page: each review under a named anchor the author never closed
        # (the parser keeps everything after it inside it), its text loose and in <p>s
        opener = "<a href='#top' class='x'>" if unclosed else f"<a name='{name}'>"
        sections.append(f"<hr>{opener}{head}\n{first}\n<p>{second}\n<p>{_VERDICT}\n")
    return (
        "<html><head><title>Competition reviews, page 2</title></head><body>"
        "<h1>Competition reviews, page 2</h1>" + "".join(sections) + "</body></html>"
    )


def test_a_named_anchor_wrapping_a_review_keeps_its_text() -> None:
    text = " ".join(own_paragraphs(_page()))
    for _, _, first, second in _REVIEWS:
        assert first in text
        assert second in text


def test_a_linked_line_inside_a_named_anchor_is_still_judged_by_its_links() -> None:
    related = "".join(f"<a href='/r/{i}'>Another review number {i}</a><br>" for i in range(4))
    html = _page().replace("</body>", f"<div><a name='more'><p>{related}</p></a></div></body>")
    text = " ".join(own_paragraphs(html))
    assert _REVIEWS[0][2] in text
    assert "Another review number" not in text


def test_an_unclosed_link_stretched_over_a_review_keeps_its_text() -> None:
    text = " ".join(own_paragraphs(_page(unclosed=True)))
    for _, _, first, second in _REVIEWS:
        assert first in text
        assert second in text
