"""A grid of teaser cards: "more stories" boxes printed as blocks, not as a list.

`is_teaser_list` knows teasers printed as list items (a link and a summary in each <li>). A
site's "more news" box is as often a grid of <div>s or <article>s, each card a title that is
a link (a heading, a bold line, the link around a picture and a heading) over a short summary
that is not (a <p>, a <div>, a <span>, perhaps a date between). Ten such summaries hold more
prose than a short article of two or three paragraphs, so the box outscores it, and the
article is lost but for a paragraph, or whole. A block whose text is mostly such cards
(`_MIN_CARDS` or more children of one tag of one parent) is a teaser grid: the candidate
nearest the headline may beat it as it beats a teaser list.

A card is judged by shape alone, in any language: at most `_MAX_CARD` characters, its first
text inside a link of `_MIN_TITLE` characters or more (the title: a paragraph that opens on a
linked name is a <p>, and a card is never one), and `_MIN_SUMMARY` characters outside links.
"""

from __future__ import annotations

from pipeline.web.html import INLINE_TAGS, HtmlElement, Stats

_MIN_CARDS = 3  # cards of one shape under one parent: two may be a video's title and blurb
_CARDS_SHARE = 0.5  # of the block's text held by the cards
_MAX_CARD = 500  # characters of a card: a title and a summary of a sentence or two
_MIN_TITLE = 12  # characters of the card's title link
_MIN_SUMMARY = 40  # characters of the card's text outside links: its summary


def is_card_grid(el: HtmlElement, st: Stats) -> bool:
    """True when teaser cards (`_is_card`, `_MIN_CARDS` or more children of one tag of one
    parent) hold `_CARDS_SHARE` of `el`'s text or more."""
    total = st.text.get(el, 0)
    if total <= 0:
        return False
    text = st.text
    return sum(text.get(card, 0) for card in _cards([el], st)) >= _CARDS_SHARE * total


# The summary of a card dropped from the text (`grid_cards`): a sentence or two. A buying
# guide's items (a linked product name over the paragraphs telling it) hold more.
_MAX_DROPPED_SUMMARY = 250


def grid_cards(containers: list[HtmlElement], st: Stats) -> frozenset[HtmlElement]:
    """The teaser cards in the chosen `containers` whose summaries are short
    (`_MAX_DROPPED_SUMMARY`): a "more news" grid inside the article's block, links out of
    it, summaries and all."""
    links = st.links
    return frozenset(
        card
        for card in _cards(containers, st)
        if st.text.get(card, 0) - links.get(card, 0) <= _MAX_DROPPED_SUMMARY
        and _few_blocks(card, st)
    )


_CARD_BLOCKS = 3  # blocks of text in a card: its title, a date or a label, its summary
_CARD_NEVER = frozenset({"ul", "ol", "li", "table", "dl"})


def _few_blocks(card: HtmlElement, st: Stats) -> bool:
    """True when `card` holds at most `_CARD_BLOCKS` blocks of text and no list or table (a
    product's card in a buying guide lists its specifications, its pros and cons)."""
    blocks = 0
    own = st.own
    for node in card.iter():
        if node.tag in _CARD_NEVER:
            return False
        if own.get(node, 0) and node.tag not in INLINE_TAGS:
            blocks += 1
            if blocks > _CARD_BLOCKS:
                return False
    return True


def _cards(roots: list[HtmlElement], st: Stats) -> list[HtmlElement]:
    """The teaser cards below `roots`: `_MIN_CARDS` or more children of one tag of one
    parent that are cards (`_is_card`)."""
    links = st.links
    found: list[HtmlElement] = []
    least = _MIN_CARDS * _MIN_TITLE
    for root in roots:
        if links.get(root, 0) < least:
            continue  # (most articles: too few links for three titles)
        for parent in root.iter():
            if len(parent) < _MIN_CARDS or links.get(parent, 0) < least:
                continue
            if parent.tag in INLINE_TAGS:
                continue
            by_tag: dict[str, list[HtmlElement]] = {}
            for child in parent:
                if _is_card(child, st):
                    by_tag.setdefault(child.tag, []).append(child)
            for cards in by_tag.values():
                if len(cards) >= _MIN_CARDS:
                    found.extend(cards)
    return found


def _is_card(el: HtmlElement, st: Stats) -> bool:
    """True for a teaser card: see the module's docstring."""
    if el.tag == "p" or el.tag in INLINE_TAGS or not isinstance(el.tag, str):
        return False
    n, linked = st.text.get(el, 0), st.links.get(el, 0)
    if not (_MIN_TITLE <= linked and _MIN_SUMMARY <= n - linked and n <= _MAX_CARD):
        return False
    first = next((node for node in el.iter() if node.text and node.text.strip()), None)
    while first is not None and first is not el:
        if first.tag == "a":
            return st.text.get(first, 0) >= _MIN_TITLE and not (first.tail or "").strip()
        first = first.getparent()
    return False  # (a link its sentence goes on after is a link in a paragraph, no title)


# A short article by the headline, against a bigger block of prose elsewhere (readers'
# comments, a site's "about" text, an FAQ) that holds twice its text: paragraphs of a
# sentence or more, two at least (a caption or a standfirst is one), and a score that is
# `_SHORT_SCORE_SHARE` of the best's.
_SHORT_PARAGRAPH = 80
_SHORT_PARAGRAPHS = 2
_SHORT_SCORE_SHARE = 0.5
_SHORT_MAX_LINKS = 0.3


def short_article(
    el: HtmlElement, top: HtmlElement, scores: tuple[float, float], st: Stats
) -> bool:
    """True when `el` holds `_SHORT_PARAGRAPHS` paragraphs of `_SHORT_PARAGRAPH` characters
    or more, mostly not links, and scores (`scores`: its own, the best's)
    `_SHORT_SCORE_SHARE` of the best, `top`: a short article, not a caption. Not when both
    blocks are of one class: the article's fragments around an inserted box, the later one
    the longer (`fragments.with_fragments` joins them)."""
    score, top_score = scores
    if score < _SHORT_SCORE_SHARE * top_score or (el.get("class") or "") == (
        top.get("class") or "-"
    ):
        return False
    found = 0
    own, links = st.own, st.links
    for node in el.iter():
        n = own.get(node, 0)
        if n >= _SHORT_PARAGRAPH and node.tag not in INLINE_TAGS:
            if links.get(node, 0) < _SHORT_MAX_LINKS * st.text.get(node, n):
                found += 1
                if found >= _SHORT_PARAGRAPHS:
                    return True
    return False


_LONE_PROSE_CHARS = 600  # own characters of the one long block of prose among the teasers
_LONE_PROSE_LINKS = 0.1  # of that block's text in links


def prose_among_teasers(
    top: HtmlElement, paragraphs: dict[HtmlElement, float], st: Stats
) -> tuple[HtmlElement, float] | None:
    """The one long block of prose (its own text, few links) inside `top`, a list or grid of
    teasers that won the page, with its paragraph score: a shop's or a section's page prints
    its text as a block beside the grid, in the grid's own wrapper; passing over the grid
    (`container._past_teasers`) would pass over it too. None when there is none, or several
    (teasers with long summaries)."""
    found: tuple[HtmlElement, float] | None = None
    for el, score in paragraphs.items():
        if st.own.get(el, 0) < _LONE_PROSE_CHARS or top not in el.iterancestors():
            continue
        if found is not None:
            return None
        found = (el, score)
    if found is None or st.link_density(found[0]) > _LONE_PROSE_LINKS:
        return None
    return found
