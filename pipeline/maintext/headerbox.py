"""The article's header printed inside the article's container: the box around the headline.

`prune` drops an article's own `<header>` by its tag (`pipeline.web.headmark` keeps the
headline's place). Many pages print the same header in a `<div>` instead: the headline with
a kicker over it (the section: "Crime & Safety", "Foto Bisnis"), a deck under it, a photo
credit, a date, all in one box that sits inside the block holding the body too, so the
scorer's container takes it in and its lines open the text. They are the header's, not the
article's: the dev golds that leave the headline out leave its kicker and deck out with it
(measured on the wide corpus: 6 pages gain in wcxb_en, magic_html_en and magic_html_multi,
none loses). The deck alone is the article's by issue 10's policy: `decks` reads it before
this box goes and puts it back at the text's opening. A standfirst the scorer finds outside
the container, below a byline (`standfirst`, `siblings.with_lead`), is not this box's and is
not changed here.

Found by structure, whatever the box's tag or class: the highest ancestor of the headline
below the chosen container whose text beyond the headline's is at most `_MAX_HEADER_EXTRA`
characters (a kicker, a deck of a sentence or two, a byline and a date: the body's
paragraphs are outside it) and at most `_MAX_HEADER_SHARE` of the chosen text (a short
article printed whole under its headline in one box is its text, not a header), and not a
box where the headline's own wrapper holds two blocks of prose beside it: a header holds one
at most, its deck; two are a short story printed whole beside its headline, which a container
chosen wider than the story (the page's wrapper, listings beside) would otherwise take for
its header and drop. The box's other lines are dropped and the headline stays where it is:
the emitter's rules for it (an <h1> is skipped, a title line trimmed at the text's edges) are
unchanged. A headline outside the container, or the mark of a `<header>` pruned already, asks
nothing here.
"""

from __future__ import annotations

from pipeline.web.html import HEADLINE_MARK, HtmlElement, Stats, drop_tree

# Characters a header box holds beside the headline: a kicker, a deck (up to
# `standfirst._STANDFIRST_MAX_CHARS`, 500), a byline and a date. More is the article's box.
_MAX_HEADER_EXTRA = 700
# Of the chosen containers' text, the most a header box may hold (the headline's included).
_MAX_HEADER_SHARE = 0.5
# A block holding this many characters of its own text is a paragraph (a sentence or two,
# as `standfirst._STANDFIRST_MIN_CHARS`): the headline's own wrapper may hold one, its deck;
# a wrapper further up that adds one beside it holds the body's opening, not the header.
_PROSE_CHARS = 100


def drop_header_lines(chosen: list[HtmlElement], headline: HtmlElement | None, st: Stats) -> None:
    """Remove IN PLACE, from the header box around `headline` inside one of the `chosen`
    containers (`header_box`), every text but the headline's (the texts `st` holds cleared)."""
    box = header_box(chosen, headline, st)
    if box is None or headline is None:
        return
    st.forget_texts()
    node = headline
    while node is not box:
        parent = node.getparent()
        if parent is None:
            return
        parent.text = None
        for sib in list(parent):
            if sib is not node:
                sib.tail = None
                drop_tree(sib)
        node.tail = None
        node = parent


def header_box(
    chosen: list[HtmlElement], headline: HtmlElement | None, st: Stats
) -> HtmlElement | None:
    """The highest ancestor of `headline` inside the `chosen` containers (one of them, when
    it was chosen as a block beside the body's) that holds at most `_MAX_HEADER_EXTRA`
    characters beside the headline and at most `_MAX_HEADER_SHARE` of the chosen text; None
    when the headline is outside the chosen containers or no box around it is that small."""
    if headline is None or headline.tag == HEADLINE_MARK:
        return None
    containers = set(chosen)
    most = st.text.get(headline, 0) + _MAX_HEADER_EXTRA
    box = None
    node = headline
    for anc in headline.iterancestors():
        if anc.tag in ("body", "html") or st.text.get(anc, 0) > most:
            break
        if node is not headline and _adds_prose(anc, node, st):
            break  # the body's opening paragraph beside the header's own box
        if node is headline and _prose_blocks(anc, headline, st) > 1:
            break  # a short article printed whole beside its headline: a deck is one block
        if anc in containers:  # chosen itself: a block of its own beside the body's
            whole = _small(anc, chosen, st)
            return whole if whole is not None or box is None else _small(box, chosen, st)
        box = node = anc
    if box is None or not _inside(box, containers):
        return None
    return _small(box, chosen, st)


def _adds_prose(anc: HtmlElement, node: HtmlElement, st: Stats) -> bool:
    """True when `anc` holds, beside its child `node`, a block of `_PROSE_CHARS` or more
    characters of its own text: a paragraph, not a date, a byline or a share bar."""
    for child in anc:
        if child is not node and isinstance(child.tag, str):
            if any(st.own.get(el, 0) >= _PROSE_CHARS for el in child.iter()):
                return True
    return False


def _prose_blocks(anc: HtmlElement, headline: HtmlElement, st: Stats) -> int:
    """How many elements of `anc` outside `headline` hold `_PROSE_CHARS` or more characters of
    their own text (stopping at two: the headline's own wrapper may hold one, its deck)."""
    found = 0
    for child in anc:
        if child is not headline and isinstance(child.tag, str):
            for el in child.iter():
                if st.own.get(el, 0) >= _PROSE_CHARS:
                    found += 1
                    if found > 1:
                        return found
    return found


def _inside(el: HtmlElement, containers: set[HtmlElement]) -> bool:
    return any(anc in containers for anc in el.iterancestors())


def _small(box: HtmlElement, chosen: list[HtmlElement], st: Stats) -> HtmlElement | None:
    """`box` when it holds at most `_MAX_HEADER_SHARE` of the `chosen` containers' text."""
    total = sum(st.text.get(el, 0) for el in chosen)
    return box if st.text.get(box, 0) <= _MAX_HEADER_SHARE * total else None
