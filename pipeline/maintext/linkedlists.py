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


# A list of links that is the body's own (`is_body_list`): a deals post's offers ("<a>2TB
# drive for $161.99 at Dell</a> (normally $180)"), the papers of an issue ("<a>“Title”</a> by
# A and B"), the open rates of e-mails ("<a>Bad news!</a> – 16.2%"). Each item carries words
# of the writer's beside its link, and the body's own sentence introduces the list ("The seven
# pieces in this issue are:") or its text goes on under it. A related-links box is a label and
# headlines ("Related posts:" / "<a>Title</a>"): link only, or a short label above; a list
# of files or dated links repeats one annotation ("(PDF, 2 MB)", "- 2006"), not the writer's.
_ANNOTATED_SHARE = 2 / 3  # of the items, a link and the writer's words beside it
_DISTINCT_SHARE = 1 / 2  # of those, annotations of their own (their words, numbers aside)
_MIN_INTRO_WORDS = 5  # words of the sentence closing on a colon above: not a box's label
_MIN_PROSE_AFTER = 80  # characters of the block under the list that carry the body on
_PROSE_MAX_LINKS = 0.3
_PASSED = frozenset({"figure", "script", "style", "img", "br", "hr", "h2", "h3", "h4"})


def is_body_list(el: HtmlElement, st: Stats, above: str) -> bool:
    """True when `el` (a list the emitter would skip for its links) is the body's list of links
    (see above): `_MIN_ITEMS` items or more, two thirds of them a link and words outside it,
    half of those words their own; `above` (the last line of text emitted before it) a
    sentence closing on a colon, or a paragraph of prose after the list."""
    if el.tag not in ("ul", "ol"):
        return False
    items = [li for li in el if li.tag in _ITEM_TAGS]
    notes = [n for n in map(_annotation, items) if n]
    if len(items) < _MIN_ITEMS or len(notes) < _ANNOTATED_SHARE * len(items):
        return False
    if len(set(notes)) < _DISTINCT_SHARE * len(notes):
        return False
    intro = above.rstrip()
    if intro.endswith((":", "：")) and len(intro.split()) >= _MIN_INTRO_WORDS:
        return True
    return _prose_after(el, st)


def _annotation(li: HtmlElement) -> str:
    """The words of `li` outside its links, lower case, numbers and marks out ("" when it
    holds no link or no letter there: a year or a count alone closing a linked title is a
    list's date, "Trip Itinerary - 2006"). An item with a picture is a card or a gallery's
    slide; an e-mail address is a header's ("To: A <a@b.org>"): ""."""
    links = [a for a in li.iter("a") if text_of(a).strip() and not _mail(a)]
    if not links or next(li.iter("img"), None) is not None:
        return ""
    own = text_of(li)
    for a in links:
        own = own.replace(text_of(a), " ", 1)
    words = ("".join(ch for ch in w if ch.isalpha()) for w in own.lower().split())
    return " ".join(w for w in words if w)


def _mail(a: HtmlElement) -> bool:
    return (a.get("href") or "").lstrip().lower().startswith("mailto:")


def _prose_after(el: HtmlElement, st: Stats) -> bool:
    """The first block after `el` (past figures, scripts and subheadings) a paragraph of
    prose."""
    nxt = el.getnext()
    while nxt is not None and (not isinstance(nxt.tag, str) or nxt.tag in _PASSED):
        nxt = nxt.getnext()
    if nxt is None or nxt.tag in ("ul", "ol", "li", "a"):
        return False
    n = st.text.get(nxt, 0)
    return n >= _MIN_PROSE_AFTER and st.links.get(nxt, 0) <= _PROSE_MAX_LINKS * n
