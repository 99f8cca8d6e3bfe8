"""Per-node text and link statistics over a whole tree in one pass (`compute_stats`): each
element's own and total text length and the share of it inside links, where an <a> wrapping
several lines of text counts as text, not as a link."""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from pipeline.web.elementtext import INLINE_TAGS
from pipeline.web.htmltree import HtmlElement

# An <a> holding more text than this, in several lines (<br> or block children), is not a link
# but a text wrapped in one (a teaser box linking to itself, an unclosed <a> the parser
# stretched over the article): its text counts as text, not as link text.
MAX_LINK_CHARS = 300


class Texts(dict[HtmlElement, "str | None"]):
    """Elements' `.text` as read, read from the element when it is not held.

    lxml decodes an element's text from UTF-8 into a new string at every read, and the main
    text's steps each read a page's paragraphs again (the counters, the headings, the
    statistics, the scores, the slide counters, the FAQ, the emitter: about 2 us a Chinese
    paragraph a read). From pruning's last step (`widget_counters`) to the emitter they share
    one `Texts` (`Stats.texts` from the statistics on): a step that changes the tree (drops,
    strips or sets a text) clears it where it does, and the next reads take the texts from
    the tree again."""

    def __missing__(self, el: HtmlElement) -> str | None:
        text = self[el] = el.text
        return text


@dataclass
class Stats:
    """Text statistics of every element below a root, keyed by element.

    `texts` holds the elements' `.text` (see `Texts`): a step that changes the tree after
    the statistics clears them (`forget_texts`), but for moving a whole element, its tail
    with it, elsewhere (setting a block aside), which changes no element's `.text`."""

    text: dict[HtmlElement, int] = field(default_factory=dict)  # all text chars
    links: dict[HtmlElement, int] = field(default_factory=dict)  # chars inside <a>
    own: dict[HtmlElement, int] = field(default_factory=dict)  # direct + inline-child chars
    order: list[HtmlElement] = field(default_factory=list)  # preorder
    texts: Texts = field(default_factory=Texts)  # each element's .text, read once

    def forget_texts(self) -> None:
        """Drop the held texts: the tree's texts may have changed (read again when asked)."""
        self.texts.clear()

    def link_density(self, el: HtmlElement) -> float:
        """Share of the element's text that sits inside links."""
        n = self.text.get(el, 0)
        return self.links.get(el, 0) / n if n else 0.0

    def all_linked(self, el: HtmlElement) -> bool:
        """True when all of the element's text (some) is link text: an <a> that links, not
        a named anchor or an unclosed <a> wrapping links among its own words."""
        n = self.links.get(el, 0)
        return 0 < n >= self.text.get(el, 0)

    def box(self, el: HtmlElement, below: HtmlElement, share: float) -> HtmlElement:
        """The highest ancestor of `el` below `below` (or `el` itself) whose text is at least
        `share` `el`'s: `el` with the wrappers around it that hold little else (a title, a
        label), which a step removing `el` removes with it."""
        n = self.text.get(el, 0)
        box = el
        for anc in el.iterancestors():
            if anc is below or n < share * self.text.get(anc, 0):
                break
            box = anc
        return box


def _is_wrapped_text(a: HtmlElement, chars: int) -> bool:
    """True for an <a> that wraps several lines of text rather than naming a link."""
    return chars > MAX_LINK_CHARS and any(c.tag == "br" or c.tag not in INLINE_TAGS for c in a)


def _is_link(a: HtmlElement, chars: int) -> bool:
    """An <a> that links: not a named anchor (`<a name=x>` without href, a place to link
    to: a subheading's), nor a wrapper of several lines of text."""
    if a.get("href") is None and a.get("name") is not None:
        return False
    return not _is_wrapped_text(a, chars)


def compute_stats(root: HtmlElement, texts: Texts | None = None) -> Stats:
    """One bottom-up pass: text, link text and own-paragraph lengths for every element.
    `texts`: the texts of the tree as it is, read before (they are read again otherwise),
    held by the statistics from here."""
    st = Stats(order=list(root.iter(etree.Element)))
    if texts is not None:
        st.texts = texts
    text, links, own, texts = st.text, st.links, st.own, st.texts
    inline = INLINE_TAGS
    for el in reversed(st.order):
        if el in texts:  # (read before)
            s = texts[el]
        else:
            s = texts[el] = el.text
        t = o = len(s.strip()) if s else 0
        lk = 0
        for child in el:
            s = child.tail
            tail = len(s.strip()) if s else 0
            ct = text.get(child, 0)
            t += ct + tail
            o += tail
            lk += links.get(child, 0)
            if child.tag in inline:
                o += ct
        text[el] = t
        links[el] = t if el.tag == "a" and _is_link(el, t) else lk
        own[el] = o
    return st
