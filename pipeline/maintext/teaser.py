"""A page whose body is empty or nearly so under its header's summary: the teaser of a
paywalled article (the headline, its standfirst, a byline, then a prompt to subscribe), a
video's or a photo's page with its summary. Our scorer finds no block of the article's text
there, and the fallback extractor (`core.fallback_paragraphs`) took what it found instead:
the paywall's prompt ("Subscribe to continue reading", "Already a subscriber? Log in"), the
header's lines run together, or a box of other stories; with nothing found the page was
rejected. The summary under the headline (`decks.deck_line`) is the article's text then:
`teaser_text` keeps it, with what little text our scorer found, unless the fallback finds a
body beyond them (`_TEASER_MORE_CHARS` of words in lines that are no furniture)."""

from __future__ import annotations

import re

from pipeline.maintext.decks import deck_line, with_deck
from pipeline.maintext.linekinds import is_boilerplate_line
from pipeline.web.html import HtmlElement

# Letters of words, outside furniture lines, that the fallback's text must add to the
# teaser (its summary, the few lines our scorer kept, the headline) to be the article's
# body instead: one paragraph of prose (a brief of two paragraphs is no teaser). A byline, a
# date, a caption, the headline again and the prompt's buttons add less.
_TEASER_MORE_CHARS = 100
_WORD = re.compile(r"\w+")


def page_deck(anchor: HtmlElement | None, body: HtmlElement) -> str | None:
    """The summary under the page's headline `anchor` (`decks.deck_line`) on a page where
    no block of text is the article's container; a loose one (a first line without its
    closing stop, kept elsewhere when it is about the text) is none: there is no text."""
    deck, loose = deck_line(anchor, body)
    return None if loose else deck


def teaser_text(
    paras: list[str], deck: str | None, title: str, fallback: list[str]
) -> list[str] | None:
    """The page's summary `deck` opening our few `paras` (`with_deck`), when the `fallback`
    extractor's lines add no body to them and the page's `title`: fewer than
    `_TEASER_MORE_CHARS` letters of words the teaser lacks, outside lines of furniture (the
    paywall's prompt); else None."""
    if not deck:
        return None
    teaser = with_deck(paras, deck) if paras else [deck]
    known = set(_WORD.findall(" ".join([title, *teaser]).lower()))
    more = 0
    for line in fallback:
        if is_boilerplate_line(line):
            continue
        more += sum(len(w) for w in _WORD.findall(line.lower()) if w not in known)
        if more >= _TEASER_MORE_CHARS:
            return None
    return teaser
