"""A story told as a gallery's slide.

A magazine's gallery page prints the headline in the article's <header>, then the slide: its
picture, its counter ("1 / 18"), a line of who posted it, and its caption, a paragraph or
two of prose that is the whole story (the next slides load by script). `prune` dropped the
caption as a gallery's (named "caption", outside a <figure>, longer than a figure's caption),
and the page's "link love" lists were the text. A block named only as a caption, of prose,
holding half the text of the <article> that holds the page's headline is now searched
(`misnamed.is_slide_story`); a gallery's slides inside a longer article are still dropped.
The pages are made up, in the shape of such markup.
"""

from __future__ import annotations

from pipeline.extract import extract_text
from pipeline.web.headmark import HEADLINE_MARK, mark_dropped_headline
from pipeline.web.html import parse
from pipeline.web.htmltree import drop_tree
from pipeline.web.misnamed import PageHeadline

HEADLINE = "Twelve gifts for the cheese lover in your life"

CAPTION = (
    "You probably know a few people who cannot walk past a cheese shop without stopping for "
    "a taste of something new. This year, surprise them with gifts that go beyond the usual "
    "board and knife: a cave-aged cheddar club, a fondue set that fits a small kitchen, a book "
    "on the farms of the Alps and a map of the best markets in the country. Click through for "
    "all twelve ideas, from small stocking fillers to the perfect present for the host."
)

BODY = [
    "The shop opened in the spring in a former bakery on the corner of the market square, and "
    "its owners have spent the summer filling the cellar with cheeses from small dairies.",
    "Most of what they sell comes from farms within a day's drive, and they visit each of them "
    "at least twice a year to taste the new batches before they buy.",
    "On Saturdays the queue reaches the end of the street, and the owners hand out samples to "
    "the people waiting while they explain where each cheese was made.",
]

LINKS = "".join(
    f'<li>- <a href="/other/{i}">Why the other site story number {i} matters</a> — the Food '
    f"and Drink Site number {i}, read by many</li>"
    for i in range(12)
)
MESSAGE = (
    "Great news! You can still order the December box of the month and have it delivered "
    "before the holidays, with free shipping."
)


def _page(body: list[str]) -> str:
    paras = "".join(f"<p>{p}</p>" for p in body)
    return (
        f"<html><head><title>{HEADLINE}</title></head><body>"
        f'<div id="page-message"><p>{MESSAGE}</p></div><section id="main"><div id="main-content">'
        f'<article class="post gallery page"><header><h1>{HEADLINE}</h1></header>'
        '<div id="gallery-slides"><div class="slide-container"><img src="/a.jpg" alt=""></div></div>'
        '<div class="body" id="slide-body"><span class="gallery-nav">1 / 12</span>'
        '<p class="meta">Posted on November 12, 2012 by <a href="/author/a">A. Writer</a></p>'
        f'<div class="caption" id="slide-content"><p>{CAPTION}</p></div>{paras}</div></article>'
        f'<div class="link-love"><h3>Link Love</h3><ul>{LINKS}</ul></div>'
        "</div></section></body></html>"
    )


def _text(html: str) -> str:
    return extract_text(html, url="https://food.example.com/cheese-gifts-25840989") or ""


def test_the_story_told_as_a_slides_caption_is_the_text() -> None:
    text = _text(_page([]))
    assert CAPTION in text
    assert "Great news" not in text and "other site story" not in text


def test_a_slide_caption_beside_a_longer_body_stays_a_caption() -> None:
    """The caption holds less than half the article's text: a slide of a gallery inside a
    story, dropped as before."""
    text = _text(_page(BODY))
    for para in BODY:
        assert para in text
    assert CAPTION not in text


def test_the_headline_is_found_again_once_its_header_is_dropped() -> None:
    """`prune` asks the headline early (a short block), then drops the article's <header>
    and leaves a mark in its place: asked again, the headline is the mark, in the tree (a
    header taken out keeps its document, so the <h1> found first still seemed in place)."""
    doc = parse(_page([]))
    page = PageHeadline(doc)
    h1 = page.headline()
    assert h1 is not None and h1.tag == "h1"
    header = next(doc.iter("header"))
    mark_dropped_headline(header)
    drop_tree(header)
    again = page.headline()
    assert again is not None and again.tag == HEADLINE_MARK
    article = next(doc.iter("article"))
    assert article in again.iterancestors()
