"""The standfirst printed between the headline and the body, found by its shape where no
class names it (`shaped_lead`).

`with_lead` finds a lead by its class (chapô, standfirst, perex, 导语); a site whose class
names say nothing (generated, hashed: "css-1x2y3z") prints the same block: one paragraph of
unlinked prose after the headline and before the body's container, often with the page's
byline, date or share bar between the headline and it, or a picture between it and the body.
Walking back from the body towards the headline, the first block of unlinked prose met is
that standfirst when it reads as one (a sentence or two closing on a full stop): a caption
(in a figure) is passed over, and an author's bio, a heading or a block as long as the body
ends the search. Two such blocks are not taken here: a deck printed right under the
headline, nothing between them (the headline's subtitle: `decks` judges it, and it opens the
text there), and a summary that the body's opening prints again."""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.maintext.blockscore import _repeats, own_text
from pipeline.maintext.credits import is_author_bio
from pipeline.maintext.linekinds import is_boilerplate_line
from pipeline.text.scripts import STOP_CHAR
from pipeline.web.html import INLINE_TAGS, HtmlElement, Stats, printed_after, text_of

_STANDFIRST_END = re.compile(f'[.!?{STOP_CHAR}…”"»’)）]$')
# a sentence or two (a tagline, "Light your room with ...", a credit or a date is less)
_STANDFIRST_MIN_CHARS = 100
_STANDFIRST_MAX_CHARS = 500  # more is a paragraph of some text, not its summary
_STANDFIRST_MAX_SHARE = 0.5  # of the body's text: a longer block is the article's own
# Ancestors of the body's first block searched for the headline: a page printing its header
# in one section and the body in the next, each inside three wrappers of a layout grid
# (section > column > wrapper > body), has the two meet seven levels up.
_STANDFIRST_LEVELS = 7
# Blocks whose text is no standfirst: a caption (a figure between the standfirst and the
# body), a teaser inside a link, a box beside the article, a list item, a form's text.
_NOT_STANDFIRST_ANCESTORS = frozenset(
    {"figure", "figcaption", "a", "aside", "nav", "li", "form", "button", "label", "footer"}
)
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# A settings panel by the headline (a text-size picker's choices over a sample sentence,
# "(example) The fastest news ..."): its prose is the sample, not the article's. Known by the
# captions of its choices, looked for this many levels up from the block: `prune` drops the
# <input>s and leaves their <label>s (one is a search field's or a form's single field).
_SETTINGS_PANEL_LEVELS = 3
_SETTINGS_MIN_LABELS = 2
# A deck in bold right above the body (`bold_deck`): searched this many levels up from the
# body's first block; shorter text is a kicker ("Exclusive") or a label.
_DECK_LEVELS = 2
_DECK_MIN_CHARS = 20
_DECK_TAGS = frozenset({"strong", "b"})


def shaped_lead(
    chosen: list[HtmlElement], st: Stats, headline: HtmlElement | None
) -> HtmlElement | None:
    """The block of prose between `headline` and the body (`chosen`) that reads as its
    standfirst, or None (see the module's docstring). Searched only where the headline is
    printed before the body, outside it, within `_STANDFIRST_LEVELS` of its first block."""
    if headline is None or not chosen:
        return None
    lineage = set(map(id, headline.iterancestors()))
    lineage.add(id(headline))
    node = chosen[0]
    if id(node) in lineage:
        return None  # the headline is inside the body's container
    for _ in range(_STANDFIRST_LEVELS):
        for sib in node.itersiblings(preceding=True):
            n = st.text.get(sib, 0)
            if id(sib) in lineage:  # the headline's block: the standfirst after the headline
                if n - st.text.get(headline, 0) < _STANDFIRST_MIN_CHARS:
                    return None
                return _checked(_nearest_prose(_after(sib, headline), st), st, chosen, headline)
            if n >= _STANDFIRST_MIN_CHARS:  # else no block in it is long enough
                found = _nearest_prose(sib.iter(), st)
                if found is not None:
                    return _checked(found, st, chosen, headline)
        parent = node.getparent()
        if parent is None or id(parent) in lineage or parent.tag in ("body", "html"):
            return None  # the headline is after the body, or nowhere around it
        node = parent
    return None


def _checked(
    found: HtmlElement | None, st: Stats, chosen: list[HtmlElement], headline: HtmlElement
) -> HtmlElement | None:
    """`found` when it reads as a standfirst (`_as_standfirst`) printed after some text
    below the headline (a deck right under it is the headline's) and not again in the body."""
    lead = _as_standfirst(found, st, chosen)
    if lead is None or not _printed_between(headline, lead, st) or _repeats(lead, chosen[0]):
        return None
    return None if _in_card(lead, headline) else lead


def _printed_between(headline: HtmlElement, lead: HtmlElement, st: Stats) -> bool:
    """True when `lead` follows `headline` with some text printed between them: a byline,
    a date, a share bar, a picture's credit (or the header that held the headline printed
    text after it: `printed_after`)."""
    lineage = set(map(id, lead.iterancestors()))
    lineage.add(id(lead))
    printed = printed_after(headline)
    node: HtmlElement | None = headline
    while node is not None:
        printed = printed or bool((node.tail or "").strip())
        for sib in node.itersiblings():
            if id(sib) in lineage:
                return printed or _printed_before(sib, lead, lineage, st)
            printed = printed or bool(st.text.get(sib, 0) or (sib.tail or "").strip())
        node = node.getparent()
    return False  # `lead` is before the headline


# Levels above a standfirst searched for the card it may sit in (`_in_card`): a bio's
# paragraph, its box, the box's text column, the card.
_CARD_LEVELS = 4


def _in_card(el: HtmlElement, headline: HtmlElement) -> bool:
    """True when `el` sits in a card, not under the headline as its standfirst: the nearest
    block above it (`_CARD_LEVELS` up, below the headline's block) that holds a picture has,
    before `el`, a link around a picture and a link of text leading to one page. An author's
    card prints the avatar and the name, both linking to the author's page, over the bio; a
    teaser the picture and the title of its story over the summary. Where class names say
    nothing (hashed), or a bio does not open on its author's name and role
    (`is_author_bio`: "Appassionata di belle storie, scrive da ..."), that paragraph reads
    as the standfirst; a standfirst's own box links nowhere twice."""
    lineage = set(map(id, headline.iterancestors()))
    for level, box in enumerate(el.iterancestors()):
        if level >= _CARD_LEVELS or id(box) in lineage:
            return False
        if next(box.iter("img"), None) is None:
            continue
        pictured: set[str] = set()
        named: set[str] = set()
        for node in box.iter():
            if node is el:
                break
            href = node.get("href") if node.tag == "a" else None
            if href:
                if next(node.iter("img"), None) is not None:
                    pictured.add(href)
                elif text_of(node).strip():
                    named.add(href)
        return not pictured.isdisjoint(named)
    return False


def _printed_before(block: HtmlElement, lead: HtmlElement, lineage: set[int], st: Stats) -> bool:
    """True when `block`, which holds `lead`, prints text before it."""
    while block is not lead:
        if (block.text or "").strip():
            return True
        for child in block:
            if id(child) in lineage:
                block = child
                break
            if st.text.get(child, 0) or (child.tail or "").strip():
                return True
        else:
            return False
    return False


def _after(block: HtmlElement, headline: HtmlElement) -> list[HtmlElement]:
    """The elements of `block` after `headline` and its content, in document order."""
    out: list[HtmlElement] = []
    skip = -1
    for el in block.iter():
        if el is headline:
            skip = sum(1 for _ in headline.iter())
            out.clear()
        if skip > 0:
            skip -= 1
            continue
        out.append(el)
    return out if skip == 0 else []


def _nearest_prose(elements: Iterable[HtmlElement], st: Stats) -> HtmlElement | None:
    """The last block among `elements` (document order) with text of its own long enough
    for a sentence and no link (a teaser's summary links to its story, an author's bio to
    the author's page), outside a caption or a link."""
    found = None
    for el in elements:
        if (
            isinstance(el.tag, str)
            and el.tag not in INLINE_TAGS
            and st.own.get(el, 0) >= _STANDFIRST_MIN_CHARS
            and not st.links.get(el, 0)
            and not any(a.tag in _NOT_STANDFIRST_ANCESTORS for a in el.iterancestors())
        ):
            found = el
    return found


def _as_standfirst(
    el: HtmlElement | None, st: Stats, chosen: list[HtmlElement]
) -> HtmlElement | None:
    """`el` when it reads as a standfirst: one paragraph (no heading, no block with text
    inside), a sentence or two shorter than half the body, closing on a full stop, not an
    author's bio or a notice (an affiliate disclosure)."""
    if el is None or el.tag in _HEADINGS:
        return None
    if any(child.tag not in INLINE_TAGS and st.text.get(child, 0) for child in el):
        return None  # a box with a label of its own ("Direct link:" over a share widget's help)
    n = st.text.get(el, 0)
    if n > _STANDFIRST_MAX_CHARS or n > _STANDFIRST_MAX_SHARE * sum(
        st.text.get(block, 0) for block in chosen
    ):
        return None
    text = " ".join(own_text(el).split())
    if not _STANDFIRST_END.search(text) or is_author_bio(text) or is_boilerplate_line(text):
        return None
    return None if _in_settings_panel(el) else el


def _in_settings_panel(el: HtmlElement) -> bool:
    """True when a block within `_SETTINGS_PANEL_LEVELS` above `el` holds the captions of
    several choices (`_SETTINGS_MIN_LABELS` <label>s): `el` is a settings panel's sample."""
    for level, anc in enumerate(el.iterancestors()):
        if level >= _SETTINGS_PANEL_LEVELS:
            break
        if sum(1 for _ in anc.iter("label")) >= _SETTINGS_MIN_LABELS:
            return True
    return False


def bold_deck(
    chosen: list[HtmlElement], st: Stats, headline: HtmlElement | None
) -> HtmlElement | None:
    """The sub-headline printed in bold right above the body, inside the article's box:
    the nearest block with text before the body's first block (`_DECK_LEVELS` up) when it
    is a <strong> or <b> of one or a few unlinked lines (`_DECK_MIN_CHARS` to
    `_STANDFIRST_MAX_CHARS`) and not the `headline` block; else None. Where class names say
    nothing (hashed) `with_lead` misses such a deck ("<strong>line<br>line</strong>" over
    the body: Korean and Japanese portals, a Chinese 副标题), and no sentence closes it, so
    `shaped_lead` does not take it."""
    if not chosen:
        return None
    node = chosen[0]
    lineage = {headline, *headline.iterancestors()} if headline is not None else set()
    for _ in range(_DECK_LEVELS):
        for sib in node.itersiblings(preceding=True):
            if st.text.get(sib, 0) or (sib.tail or "").strip():
                return _deck(sib, st) if sib not in lineage else None
        parent = node.getparent()
        if parent is None or parent in lineage or (parent.text or "").strip():
            return None
        node = parent
    return None


def _deck(el: HtmlElement, st: Stats) -> HtmlElement | None:
    """`el` when it is a bold deck: <strong>/<b> with no link, its lines short of a
    paragraph, and no author's bio or site line."""
    if el.tag not in _DECK_TAGS or st.links.get(el, 0) or (el.tail or "").strip():
        return None
    n = st.text.get(el, 0)
    if not _DECK_MIN_CHARS <= n <= _STANDFIRST_MAX_CHARS:
        return None
    if any(child.tag not in INLINE_TAGS for child in el):
        return None
    text = " ".join(text_of(el).split())
    return None if is_author_bio(text) or is_boilerplate_line(text) else el


def printed_again(el: HtmlElement) -> bool:
    """True when another element of `el`'s tag on the page bears its class: one teaser's
    summary in a feed of them ("feedSummary", "intro" under each headline of another
    column), not the article's lead, which a page prints once."""
    cls = el.get("class")
    return bool(cls) and any(
        x is not el and x.get("class") == cls for x in el.getroottree().iter(el.tag)
    )
