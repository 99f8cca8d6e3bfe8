"""A grid of teaser cards: "more stories" boxes printed as blocks, not as a list.

`is_teaser_list` knows teasers printed as list items (a link and a summary in each <li>). A
site's "more news" box is as often a grid of <div>s or <article>s, each card a heading that is
all link over its one-line summary (`is_card_summary`). Ten such summaries hold more prose than
a short article of two or three paragraphs, so the box outscores it; the emitter then drops
the summaries as teasers (`card_summaries`) and what is left of the article is a paragraph or
none. A block whose text is mostly such cards (`_MIN_CARDS` or more) is a teaser grid: the
candidate nearest the headline may beat it as it beats a teaser list.
"""

from __future__ import annotations

from pipeline.maintext.titles import is_card_summary
from pipeline.web.html import HtmlElement, Stats

_MIN_CARDS = 3  # summaries under linked headings: two may be a video's title and description
_CARDS_SHARE = 0.5  # of the block's text held by the cards (heading and summary)


def is_card_grid(el: HtmlElement, st: Stats) -> bool:
    """True when `_MIN_CARDS` or more teaser cards (a linked heading over its summary, see
    `is_card_summary`) hold `_CARDS_SHARE` of `el`'s text or more."""
    total = st.text.get(el, 0)
    if total <= 0:
        return False
    cards, chars = 0, 0
    for p in el.iter("p"):
        if is_card_summary(p, st):
            card = p.getparent()
            cards += 1
            chars += st.text.get(card, 0) if card is not None else 0
    return cards >= _MIN_CARDS and chars >= _CARDS_SHARE * total
