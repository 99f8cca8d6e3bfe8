"""Linked titles inside an article: a subheading, or a short paragraph, that is all link yet
titles the section after it.

A buying guide links each item's heading to the shop ("<h3><a href=shop>Widget ($20)</a></h3>"),
a page wraps each heading in its own anchor ("<a href=#s2 id=s2><h2>...</h2></a>"), a
round-up titles each item with a link to its source ("<p><a>A acquires B</a></p>") over the
paragraph that tells it. By link density these read as links out of the article; they are
text when a prose paragraph (`_TITLED_PROSE` characters, mostly not links) follows, after
pictures or video frames, and the parent holds another one (not a teaser card: a linked title
over its one-line summary). A paragraph must also be short (`_MAX_TITLE_CHARS`) and name what
the paragraph after it tells: half its longer words (`_TITLE_WORD` letters or more) recur
there, where an inline link to another story shares few.

A subheading whose links all lead to its own anchor (`anchors_itself`: "<a href=#s2 id=s2>
<h3>...</h3></a>", "<h3 id=s2><a href=#s2>...</a></h3>") goes nowhere: it is text whatever
follows it (a product's card, a table), not only over prose.
"""

from __future__ import annotations

import re

from pipeline.web.html import INLINE_TAGS, HtmlElement, Stats, text_of

TITLE_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6", "p"})
_TITLED_PROSE = 80
_MAX_TITLED_LINK_DENSITY = 0.5
_MAX_TITLE_CHARS = 120
_TITLE_WORD = 4
_WORD = re.compile(r"\w+")


def is_linked_title(el: HtmlElement, st: Stats) -> bool:
    """`el` (one of `TITLE_TAGS`) titles the prose after it."""
    node = el
    while node.getnext() is None:  # out of the <a> or <span> wrapping a heading
        parent = node.getparent()
        if parent is None or parent.tag not in INLINE_TAGS:
            return False
        node = parent
    after = node.getnext()
    while after is not None and not st.text.get(after, 0):
        after = after.getnext()  # a picture, a video's frame, a comment
    parent = node.getparent()
    if after is None or parent is None or not _is_prose(after, st):
        return False
    if not _another_prose(after, st):
        return False
    return el.tag != "p" or _names(el, after, st)


def _another_prose(after: HtmlElement, st: Stats) -> bool:
    """A sibling of `after` (prose) is prose too, looked for nearest first on both sides: a
    guide of a thousand linked titles counted its parent's prose once per title."""
    before, later = after.getprevious(), after.getnext()
    while before is not None or later is not None:
        if before is not None:
            if _is_prose(before, st):
                return True
            before = before.getprevious()
        if later is not None:
            if _is_prose(later, st):
                return True
            later = later.getnext()
    return False


def _is_prose(el: HtmlElement, st: Stats) -> bool:
    return (
        el.tag == "p"
        and st.text.get(el, 0) >= _TITLED_PROSE
        and st.link_density(el) <= _MAX_TITLED_LINK_DENSITY
    )


def _names(el: HtmlElement, after: HtmlElement, st: Stats) -> bool:
    """A short paragraph whose longer words recur, half of them, in `after`."""
    if st.text.get(el, 0) > _MAX_TITLE_CHARS:
        return False
    words = {w.lower() for w in _WORD.findall(text_of(el)) if len(w) >= _TITLE_WORD}
    told = text_of(after).lower()
    return len(words) >= 2 and 2 * sum(w in told for w in words) >= len(words)


# Teaser cards set in the article (stories of the site's, a roundup's items pointing to their
# own pages): a heading that is all link, over its one-line summary and nothing else. The
# heading is read as a link (`is_linked_title` is False: no prose follows), and its summary
# goes with it when the article holds `_MIN_CARDS` such cards: one alone may be the caption
# of a video the article plays (its title and its description), which is text.
_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
_MAX_CARD_SUMMARY = 200
_MIN_CARD_LINK_DENSITY = 0.5
_MIN_CARDS = 2


def card_summaries(containers: list[HtmlElement], st: Stats) -> frozenset[HtmlElement]:
    """The summaries of the teaser cards in `containers`, when there are `_MIN_CARDS`."""
    found = [p for el in containers for p in el.iter("p") if is_card_summary(p, st)]
    return frozenset(found) if len(found) >= _MIN_CARDS else frozenset()


def is_card_summary(el: HtmlElement, st: Stats) -> bool:
    """`el` (a <p>) is the one-line summary under a teaser card's linked heading."""
    if not 0 < st.text.get(el, 0) <= _MAX_CARD_SUMMARY or st.link_density(el) > 0:
        return False
    later = el.getnext()
    while later is not None and not st.text.get(later, 0):
        later = later.getnext()
    if later is not None:
        return False  # more of the block after it: not a card's last line
    head = el.getprevious()
    while head is not None and not st.text.get(head, 0):
        head = head.getprevious()
    if head is None or head.tag not in _HEADINGS or head.getprevious() is not None:
        return False  # the card is its heading and its summary alone
    return st.link_density(head) > _MIN_CARD_LINK_DENSITY and not is_linked_title(head, st)


def anchors_itself(el: HtmlElement) -> bool:
    """True for a subheading (not a <p>) all of whose links, its own and the inline link
    wrapping it, lead to an id on it, on that wrapper or inside it: its own permalink."""
    if el.tag == "p":
        return False
    ids: set[str] = set()
    links = []
    node: HtmlElement | None = el
    while node is not None and (node is el or node.tag in INLINE_TAGS):
        if node.get("id"):
            ids.add(node.get("id") or "")
        if node.tag == "a":
            links.append(node)
        node = node.getparent()
    for inner in el.iterdescendants():
        if inner.get("id"):
            ids.add(inner.get("id") or "")
        if inner.tag == "a":
            links.append(inner)
    return bool(links) and all((a.get("href") or "").partition("#")[2] in ids for a in links)
