"""Widening the chosen container to the siblings that continue the article (`with_siblings`:
prose blocks, an intro before a wrapped body, a block of its paragraphs; not teasers, rights
notices or copies) and to the lead printed in a block of its own above the body
(`with_lead`: a chapô, standfirst, perex, 导语 found by its class, else by its shape:
`standfirst.shaped_lead`)."""

from __future__ import annotations

import re

from pipeline.maintext.blockscore import (
    _MAX_PROSE_LINKS,
    _TEASER_ITEMS,
    MIN_PARAGRAPH,
    _opens_with_rights,
    _repeats,
    own_text,
)
from pipeline.maintext.candidates import Candidates
from pipeline.maintext.credits import is_author_bio
from pipeline.maintext.expanders import panel_scores
from pipeline.maintext.flowlinks import is_flow_linked_sentence, linked_pieces, only_paragraph
from pipeline.maintext.keypoints import key_points, with_points_between
from pipeline.maintext.linkboxes import prose_beside_links, with_boxed_parts
from pipeline.maintext.parallel import same_bare_markup, same_template, wrapped_score
from pipeline.maintext.standfirst import bold_deck, printed_again, shaped_lead
from pipeline.text.scripts import STOP_CHAR
from pipeline.web.html import (
    HEADLINE_MARK,
    INLINE_TAGS,
    HtmlElement,
    Stats,
    class_words,
    text_of,
)

_SENTENCE_END = re.compile(f'[.!?{STOP_CHAR}”"»)）]$')
_INTRO_MAX_LINK_DENSITY = 0.05  # an intro before a wrapped body: almost no links
_BLOCK_PARAGRAPHS = 2  # prose paragraphs in a block of the article before its body
_BLOCK_PROSE_SHARE = 0.8  # of that block's text, in those paragraphs
_BLOCK_MAX_LINK_DENSITY = 0.1
# characters a wrapper may add to the block it holds: a label ("Read more" over an expander)
_WRAPPER_LABEL = 30
_PROSE_SIBLINGS = frozenset({"p", "div", "blockquote", "section"})
# A sentence in bold standing between the article's blocks, in no paragraph of its own (a
# summary "<strong>..</strong>" between the picture and the body, pl/ru portals): prose too
# when it holds a sentence's characters, not a label ("Czytaj także:", "Foto: PAP.").
_BOLD_SIBLINGS = frozenset({"strong", "b"})
_BOLD_PROSE_MIN = 80
# A paragraph whose sentences link a few of their words ("Uma <a>vaquinha online foi aberta</a>
# para custear ..., após ser <a>abandonado em uma estrada</a>"): prose up to this link density
# when long enough for sentences and no link opens or closes it (`_links_inside`).
_LINKED_PROSE_MIN = 200
_LINKED_PROSE_MAX_LINKS = 0.3  # above it a block is a link list (blockscore `_MAX_PROSE_LINKS`)
_OPENING_BREAKERS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "img", "figure", HEADLINE_MARK})
# A lead (chapô, standfirst, perex, 导语/摘要) is printed above the body, often in a block of its
# own next to the body's container: found by its class among the blocks before the body. Also
# named "deck"/"deckhead", "subheadline", and in Spanish "bajada" or "entradilla", in Italian
# "sommario".
LEAD = re.compile(
    r"chap[oô]|chapeau|perex|standfirst|\blead\b|\bintro\b|excerpt|\bdek\b|accroche|\bsapo\b|"
    r"summary|abstract|daoyu|zhaiyao|\bdeck|subhead|bajada|entradilla|sommario"
)
_NOT_LEAD = re.compile(r"im(a)?g|photo|media|video|figure|related")
# A lead named as a list ("summary-list": key points before the body) is a list of sentences
# without a link; a list of teasers with their summaries links away.
_LISTED = re.compile(r"list")
_LEAD_LEVELS = 3  # ancestors of the body's first block whose earlier children are searched
_LEAD_MIN_CHARS = 30
_LEAD_MAX_LINK_DENSITY = 0.3


def with_siblings(top: HtmlElement, cands: Candidates) -> list[HtmlElement]:
    """`top` plus the siblings that continue its text (readability's sibling rule).

    A wrapper holding nothing but `top` (`<div class="wrap"><div>text</div></div>`) stands
    for it: the article's other parts, split off by an ad slot, are the wrapper's siblings of
    its own class, and its intro the prose before it. Other blocks after such a wrapper are
    the page's furniture (notices, teasers, an author's bio), not the article. Before `top`, a
    block of several prose paragraphs (`_is_prose_block`) is the article's opening section.
    A wrapper adding a label (`_WRAPPER_LABEL` characters: "Read more" over an expander that
    holds the rest of the article) stands for it too when the article's opening is found
    before it; else its siblings inside the wrapper are judged."""
    st = cands.stats
    wrapper = _wrapper(top, st, 0)
    labelled = _wrapper(top, st, _WRAPPER_LABEL)
    if labelled is not wrapper:
        chosen = _siblings_of(labelled, top, cands)
        if len(chosen) > 1:
            return chosen
    return _siblings_of(wrapper, top, cands)


def _wrapper(top: HtmlElement, st: Stats, label: int) -> HtmlElement:
    """The highest ancestor of `top` (or `top`) adding at most `label` characters to it
    outside links. A box of links beside the text in its wrapper (latest headlines, related
    stories: an <aside> once, a bare <div> on a page without HTML5 semantics) adds no text:
    the wrapper still stands for the text, and its siblings of its class are more of it."""
    parent = top.getparent()
    n = st.text.get(top, 0) - st.links.get(top, 0)
    while (
        parent is not None
        and parent.tag not in ("body", "html")
        and st.text.get(parent, 0) - st.links.get(parent, 0) - n <= label
    ):
        top, parent = parent, parent.getparent()
    return top


def _siblings_of(top: HtmlElement, inner: HtmlElement, cands: Candidates) -> list[HtmlElement]:
    """`top` (`inner` or a wrapper around it) and the siblings that continue its text."""
    st = cands.stats
    top_score = _block_score(inner, cands)
    parent = top.getparent()
    if parent is None:
        return [top]
    threshold = max(10.0, top_score * 0.2)
    top_class = top.get("class") or inner.get("class")  # a bare wrapper: its block's class
    chosen: list[HtmlElement] = []
    held: list[HtmlElement] = []  # parts holding a box of links (`with_boxed_parts`)
    after = False
    for sib in parent:
        if not isinstance(sib.tag, str):
            continue
        if sib is top:
            chosen.append(sib)
            after = True
            continue
        same_class = same_template(top_class, sib.get("class"))
        if top is not inner and not same_class:
            parts = _goes_on(sib, chosen[-1], st) if after else opens_article(sib, st)
            parts = parts or panel_scores(
                sib, lambda n: _part_score(n, top_class, top_score, cands), threshold
            )
            if parts and not _repeats(sib, top):  # the article's opening, or its rest
                chosen.append(sib)
            continue
        if after and _continues_with_link(sib, chosen[-1], st):
            chosen.append(sib)  # a sentence of the text that is mostly a link, in its box
            continue
        boxed = st.link_density(sib) >= _MAX_PROSE_LINKS
        if boxed and not (same_class and prose_beside_links(sib, st)):
            continue  # a link list: styled like the article's parts, or text ads under it
        if _opens_with_rights(sib):
            continue  # the site's rights notice and its reprint terms under the article
        if _teaser_headings(sib) or (after and _headed(sib)):
            continue  # other stories' headlines with their summaries; the next story whole
        bonus = top_score * 0.2 if same_class else 0.0
        if (
            _block_score(sib, cands) + bonus >= threshold
            or (same_class and _wrapped_score(sib, cands) >= threshold)
            or (
                (
                    sib.tag in _PROSE_SIBLINGS
                    or (sib.tag in _BOLD_SIBLINGS and st.own.get(sib, 0) >= _BOLD_PROSE_MIN)
                )
                and (_is_prose(sib, st) or (not after and _is_prose_block(sib, st)))
            )
            or panel_scores(sib, lambda n: _part_score(n, top_class, top_score, cands), threshold)
            or (after and same_bare_markup(sib, top) and _is_prose_block(sib, st))
        ) and not _repeats(sib, top):  # not a second copy of the text (mobile, print)
            (held if boxed else chosen).append(sib)
    chosen = with_boxed_parts(chosen, held)
    return chosen if len(chosen) > 1 or top is inner else [inner]


def _part_score(el: HtmlElement, top_class: str | None, top_score: float, c: Candidates) -> float:
    """`el`'s score as a sibling of the article's block (its class's bonus included)."""
    same = same_template(top_class, el.get("class"))
    return _block_score(el, c) + (top_score * 0.2 if same else 0.0)


def _wrapped_score(sib: HtmlElement, cands: Candidates) -> float:
    """The score of the block a wrapper of the article's block's template stands for
    (`parallel.wrapped_score`: its text sits as deep as the chosen block's, and its own
    score decayed on the way up); without the class's bonus: the block itself scores as a
    part (a program note of one line under the article does not)."""
    return wrapped_score(sib, lambda n: _block_score(n, cands), cands.stats)


def _continues_with_link(sib: HtmlElement, last: HtmlElement, st: Stats) -> bool:
    """`sib`, right after the `last` block chosen, only wraps a paragraph that reads as a
    sentence of the text mostly inside a link (`is_flow_linked_sentence`)."""
    if sib.getprevious() is not last or st.link_density(sib) < _MAX_PROSE_LINKS:
        return False
    para = only_paragraph(sib)
    if para is None:
        return False
    pieces = linked_pieces(para, st)
    above = " ".join(text_of(last).split())
    return is_flow_linked_sentence(pieces, " ".join("".join(t for t, _ in pieces).split()), above)


def _teaser_headings(el: HtmlElement) -> bool:
    """True when `el` holds `_TEASER_ITEMS` or more headings that each link away: a box of
    other stories (their headlines, a summary under each), however its items are marked up.
    The article's own subheadings do not link away."""
    linked = 0
    for heading in el.iter("h2", "h3", "h4"):
        link = heading.find(".//a[@href]")
        if link is not None and not link.get("href", "").startswith("#"):
            linked += 1  # an anchor to the heading itself ("#part-2") is no link away
            if linked >= _TEASER_ITEMS:
                return True
    return False


def _block_score(el: HtmlElement, cands: Candidates) -> float:
    """`el`'s final score, or when higher what it scores as a block of paragraphs cut by <br>
    (its own paragraph score and its lines', `Candidates.lines`): such a block chosen as the
    container (`lines_container`) scores its parent, not itself, and judged by 0 every
    sibling would continue it."""
    own = cands.paragraphs.get(el, 0.0) + cands.lines.get(el, 0.0)
    return max(cands.final(el), own * (1.0 - cands.stats.link_density(el)))


def _is_prose_block(el: HtmlElement, st: Stats) -> bool:
    """A block of `_BLOCK_PARAGRAPHS` or more prose paragraphs and little else (few links,
    no heading before its prose: a headline block opens on one, while the opening section
    may close on a box under its own heading, "Warning"): the article's opening section, in a
    wrapper of its own class before the body (a figure or an ad slot between them). One
    paragraph alone is `_is_prose`'s to judge: a caption, a summary box or a byline before
    the body is one block."""
    n = st.text.get(el, 0)
    if n < _BLOCK_PARAGRAPHS * MIN_PARAGRAPH or st.link_density(el) >= _BLOCK_MAX_LINK_DENSITY:
        return False
    paragraphs = prose = 0
    for node in el.iter():
        if node.tag == "h1" or (node.tag in ("h2", "h3") and not paragraphs):
            return False  # a headline block; a heading after the opening prose is a box's
        own = st.own.get(node, 0)
        if (
            own >= MIN_PARAGRAPH
            and node.tag not in INLINE_TAGS
            and st.link_density(node) < _MAX_PROSE_LINKS
        ):
            paragraphs += 1
            prose += own
    return paragraphs >= _BLOCK_PARAGRAPHS and prose >= _BLOCK_PROSE_SHARE * n


# Text before the first <h1> of a block after the article that makes the <h1> a subheading
# (a blog platform marks its section headings as <h1>, in blocks split by a picture): a
# sentence of the article, where a next story opens with its headline (after a kicker, a
# label or a date at most).
_PROSE_BEFORE_H1 = 100


def _headed(el: HtmlElement) -> bool:
    """True when `el` holds an <h1> (or the mark of one `prune` dropped with its <header>)
    with less than `_PROSE_BEFORE_H1` characters of text before it: after the article, the
    next story under its own headline (endless scrolling)."""
    h1 = next(el.iter("h1", HEADLINE_MARK), None)
    if h1 is None:
        return False
    above = set(h1.iterancestors())
    n = 0
    for node in el.iter():
        if node is h1:
            return True
        n += len((node.text or "").strip()) if isinstance(node.tag, str) else 0
        if node is not el and node not in above:
            n += len((node.tail or "").strip())
        if n >= _PROSE_BEFORE_H1:
            return False
    return True


def opens_article(el: HtmlElement, st: Stats) -> bool:
    """True for a block before a wrapped body that opens the article: an intro (`_is_intro`)
    or its opening section (`_opening_section`), in a wrapper of another class than the
    body's (a figure, an embed or an ad slot between them)."""
    return _is_intro(el, st) or _opening_section(el, st)


# The article's opening section split off from its body by an inserted box: whole paragraphs
# only (`_OPENING_PARAGRAPH` characters each, two or more), no heading, hardly a link. The
# header block over a body (a deck, a byline, a caption, a date) holds short lines besides.
_OPENING_PARAGRAPH = 80
_OPENING_PARAGRAPHS = 2
_OPENING_PROSE_SHARE = 0.9


def _opening_section(el: HtmlElement, st: Stats) -> bool:
    """True when `el` holds `_OPENING_PARAGRAPHS` or more blocks of text, each a paragraph of
    `_OPENING_PARAGRAPH` characters or more with few links, together most of its text,
    and no heading or picture."""
    n = st.text.get(el, 0)
    if (
        n < _OPENING_PARAGRAPHS * _OPENING_PARAGRAPH
        or st.link_density(el) >= _BLOCK_MAX_LINK_DENSITY
    ):
        return False
    paragraphs = prose = 0
    for node in el.iter():
        if node.tag in _OPENING_BREAKERS:
            return False
        own = st.own.get(node, 0)
        if not own or node.tag in INLINE_TAGS:
            continue
        if own < _OPENING_PARAGRAPH or st.link_density(node) >= _MAX_PROSE_LINKS:
            return False  # a short line: a deck, a byline, a caption, a date
        paragraphs += 1
        prose += own
    return paragraphs >= _OPENING_PARAGRAPHS and prose >= _OPENING_PROSE_SHARE * n


# Text between the body and its continuation: an inserted box (a picture, an embed, an ad
# slot, a "related" link with its headline) holds at most this many characters outside links.
_GAP_TEXT = 120


def _goes_on(el: HtmlElement, last: HtmlElement, st: Stats) -> bool:
    """True for the rest of the article after a box inserted in it: a block of whole
    paragraphs (`_opening_section`) after the `last` block chosen, with nothing between but
    boxes of little text (`_GAP_TEXT` characters outside links)."""
    node = el.getprevious()
    while node is not None and node is not last:
        if st.text.get(node, 0) - st.links.get(node, 0) > _GAP_TEXT:
            return False
        node = node.getprevious()
    return node is last and _opening_section(el, st)


def _is_intro(el: HtmlElement, st: Stats) -> bool:
    """Unlinked prose without a heading: an article's intro printed before its body's
    wrapper (not the headline block or a byline with its links)."""
    return (
        st.link_density(el) < _INTRO_MAX_LINK_DENSITY
        and _is_prose(el, st)
        and next(el.iter("h1", "h2", "h3"), None) is None
    )


def _is_prose(el: HtmlElement, st: Stats) -> bool:
    if not st.own.get(el, 0) and len(el) == 1 and el[0].tag in _PROSE_SIBLINGS:
        el = el[0]  # a wrapper around one paragraph: <div class="x"><p>...</p></div>
    n = st.own.get(el, 0)
    ld = st.link_density(el)
    if n > 80:
        return ld < 0.25 or (
            n >= _LINKED_PROSE_MIN and ld < _LINKED_PROSE_MAX_LINKS and _links_inside(el)
        )
    return 0 < n and ld == 0 and bool(_SENTENCE_END.search(own_text(el).strip()))


def _links_inside(el: HtmlElement) -> bool:
    """True when `el`'s text neither opens nor closes with a link's: its links sit inside its
    sentences (a teaser opens on its headline's link, a "read more" line closes on one)."""
    links = [" ".join(text_of(a).split()) for a in el.iter("a")]
    text = " ".join(text_of(el).split())
    return bool(links) and not text.startswith(links[0]) and not text.endswith(links[-1])


def with_lead(
    chosen: list[HtmlElement], st: Stats, headline: HtmlElement | None = None
) -> list[HtmlElement]:
    """`chosen` preceded by the page's lead when it sits before the body, outside it: found
    by its class, else by its shape between `headline` and the body (`shaped_lead`)."""
    if not chosen:
        return chosen
    body_chars = sum(st.text.get(el, 0) for el in chosen)
    chosen = with_points_between(chosen, st, body_chars)
    node = chosen[0]
    for _ in range(_LEAD_LEVELS):
        for sib in node.itersiblings(preceding=True):
            if st.text.get(sib, 0) < body_chars:
                lead = _lead_in(sib, st, body_chars)
                if lead is not None:
                    return [lead, *chosen]
                points = key_points(sib, st, body_chars)
                if points is not None:  # the standfirst may stand above the key points
                    return with_lead([points, *chosen], st, headline)
        parent = node.getparent()
        if parent is None or parent.tag in ("body", "html"):
            break
        node = parent
    lead = shaped_lead(chosen, st, headline)
    if lead is None:
        lead = bold_deck(chosen, st, headline)
    return chosen if lead is None else [lead, *chosen]


def _lead_in(el: HtmlElement, st: Stats, body_chars: int) -> HtmlElement | None:
    """The outermost block in `el` marked as a lead and holding short, unlinked prose."""
    for cand in el.iter():
        words = class_words(cand) if isinstance(cand.tag, str) else ""
        if not words or not LEAD.search(words) or _NOT_LEAD.search(words):
            continue
        if (st.links.get(cand, 0) and _LISTED.search(words)) or printed_again(cand):
            continue  # a list of teasers, or one teaser's summary among others of its class
        n = st.text.get(cand, 0)
        if _LEAD_MIN_CHARS <= n < body_chars and st.link_density(cand) < _LEAD_MAX_LINK_DENSITY:
            if is_author_bio(text_of(cand)):
                continue  # an author's bio by the byline, in a box named like an excerpt
            return cand
    return None
