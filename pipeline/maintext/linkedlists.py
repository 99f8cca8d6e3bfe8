"""A list of sentences with linked words (`is_sentence_list`): "<li><a>The Ministry of
Finance</a> said the plan was sound.</li>", "<li>The <a>harbour authority</a> gets 3 million
for <a>dredging</a>.</li>". Its link density passes a link list's (`paragraphs`' list bound),
yet each item is a sentence of the article's own, closed and mostly outside its links: the
list is text. A list of links stays one: its items are links whole, or a link and a date, a
source, a file's size ("(PDF, 2 MB)"), none closing a sentence of its own words.

Asked only of a list the emitter would skip for its links (`paragraphs.Emitter.skip`)."""

from __future__ import annotations

from pipeline.maintext.edges import SENTENCE_CLOSED
from pipeline.web.html import HtmlElement, Stats, text_of

_ITEM_TAGS = frozenset({"li"})
_MIN_ITEMS = 2
ITEM_MAX_LINK_SHARE = 0.7  # of an item's text inside links: more is a linked headline
_ITEM_MIN_OWN_WORDS = 3  # words outside the links: a clause, not a date or a source
_SENTENCE_ITEMS_SHARE = 2 / 3  # of the items, sentences so
# The marks closing a sentence, but a colon (a label's: "Sources:") and closing quotes.
_CLOSES = tuple(m for m in SENTENCE_CLOSED if m not in (":", "：", "»", '"', "”"))


def is_sentence_list(el: HtmlElement | None, st: Stats) -> bool:
    """True when `el` (a <ul> or <ol>) holds `_MIN_ITEMS` items or more, two thirds of them
    sentences with linked words (see the module's docstring)."""
    if el is None or el.tag not in ("ul", "ol"):
        return False
    items = [li for li in el if li.tag in _ITEM_TAGS]
    if len(items) < _MIN_ITEMS:
        return False
    sentences = 0
    for li in items:
        n = st.text.get(li, 0)
        if not n or st.links.get(li, 0) > ITEM_MAX_LINK_SHARE * n:
            continue
        text = text_of(li).strip()
        if not text.endswith(_CLOSES):
            continue
        linked = sum(len(text_of(a).split()) for a in li.iter("a"))
        if len(text.split()) - linked >= _ITEM_MIN_OWN_WORDS:
            sentences += 1
    return sentences >= _SENTENCE_ITEMS_SHARE * len(items)
