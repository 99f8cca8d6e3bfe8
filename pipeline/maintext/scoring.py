"""Candidate scoring: which container holds the article, and which siblings continue it.

Each paragraph-like block (a block element with enough direct text) gives its ancestors a score
from its length and its punctuation (Chinese and Latin commas and stops: prose has them, menus
and link lists do not). An ancestor's score is then discounted by its link density and its
class/id. The best container is widened to its siblings that look like more of the same text.
"""

from __future__ import annotations

import re

from lxml import etree

from pipeline.maintext.blockscore import (
    _MAX_PROSE_LINKS,
    _TEASER_ITEMS,
    MIN_PARAGRAPH,
    PUNCT,
    _opens_with_rights,
    _repeats,
    class_weight,
    is_teaser_list,
    own_text,
    paragraph_score,
    prose_chars,
)
from pipeline.maintext.candidates import Candidates, lines_block, lines_container, score_candidates
from pipeline.maintext.container import best_container, find_headline, lined_scores, next_story
from pipeline.maintext.credits import is_author_bio
from pipeline.maintext.sections import WidenParams, widen_to_sections
from pipeline.text.scripts import STOP_CHAR
from pipeline.web.html import (
    FURNITURE_TAGS,
    INLINE_TAGS,
    MISNAMED_ARTICLE,
    HtmlElement,
    Stats,
    WordPattern,
    boilerplate_kind,
    class_words,
    text_of,
)

__all__ = [
    "best_container",
    "Candidates",
    "class_weight",
    "enclosing_furniture",
    "find_headline",
    "is_teaser_list",
    "lined_scores",
    "lines_block",
    "lines_container",
    "MIN_PARAGRAPH",
    "next_story",
    "paragraph_score",
    "prose_chars",
    "PUNCT",
    "score_candidates",
    "widen_to_sections",
    "WidenParams",
    "with_fragments",
    "with_lead",
    "with_siblings",
]

_SENTENCE_END = re.compile(f'[.!?{STOP_CHAR}”"»)）]$')
_INTRO_MAX_LINK_DENSITY = 0.05  # an intro before a wrapped body: almost no links
_BLOCK_PARAGRAPHS = 2  # prose paragraphs in a block of the article before its body
_BLOCK_PROSE_SHARE = 0.8  # of that block's text, in those paragraphs
_BLOCK_MAX_LINK_DENSITY = 0.1
# characters a wrapper may add to the block it holds: a label ("Read more" over an expander)
_WRAPPER_LABEL = 30
_PROSE_SIBLINGS = frozenset({"p", "div", "blockquote", "section"})
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
# A photo gallery or slideshow: its slides' captions are not the article they illustrate.
GALLERY = WordPattern(r"gallery|slideshow")
_FURNITURE_BY_TAG = FURNITURE_TAGS | {"form"}


def enclosing_furniture(top: HtmlElement, body: HtmlElement) -> HtmlElement | None:
    """The outermost block, `top` or one of its ancestors below `body`, that is a photo
    gallery (`GALLERY` in its class/id, or `top` a list of slides opening with their counter,
    "1/50", `_counted_slides`) or marked as furniture by its attributes
    (`boilerplate_kind` "strong": a cookie notice, a modal, a hidden block) and was kept by
    `prune` for holding most of the page's text; None when there is none. Furniture by its
    tag alone is not counted: old portals wrap the whole page in a <form> or a <header>."""
    found = top if _counted_slides(top) else None
    for el in (top, *top.iterancestors()):
        if el is body:
            break
        words = class_words(el)
        if (words and GALLERY.search(words)) or (
            el.tag not in _FURNITURE_BY_TAG
            and boilerplate_kind(el) == "strong"
            and el.get(MISNAMED_ARTICLE) is None
        ):
            found = el
    return found


# A slide's counter opening its caption: "1/50", "2 / 50", "3 of 50".
_SLIDE_COUNTER = re.compile(r"(\d{1,3})\s*(?:/|of)\s*(\d{1,3})(?!\d)")
_MIN_SLIDES = 3


def _counted_slides(el: HtmlElement) -> bool:
    """True when `_MIN_SLIDES` or more of `el`'s children, and half of them, open with slide
    counters of one total ("1/50", "2/50" ...: distinct numbers, not a recipe's "1/4 cup"):
    a slideshow whose class is not a word."""
    children = [child for child in el if isinstance(child.tag, str)]
    if len(children) < _MIN_SLIDES:
        return False
    totals: dict[str, set[str]] = {}
    for child in children:
        if _opens_without_digit(child):
            continue  # (most children: their whole text is not read for a counter)
        match = _SLIDE_COUNTER.match(text_of(child).lstrip()[:12])
        if match and int(match.group(1)) <= int(match.group(2)):
            totals.setdefault(match.group(2), set()).add(match.group(1))
    return any(len(n) >= _MIN_SLIDES and 2 * len(n) >= len(children) for n in totals.values())


def _opens_without_digit(el: HtmlElement) -> bool:
    """True when `el`'s own text opens, after blanks, with a character that is not a decimal
    digit (what `\\d` matches): its whole text (`text_of`), which starts with that text, then
    opens with it too, and no slide counter can."""
    text = el.text
    if not text:
        return False
    first = text[0] if not text[0].isspace() else text.lstrip()[:1]
    return bool(first) and not first.isdecimal()


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
    top_class = top.get("class")
    chosen = []
    after = False
    for sib in parent:
        if not isinstance(sib.tag, str):
            continue
        if sib is top:
            chosen.append(sib)
            after = True
            continue
        same_class = bool(top_class) and sib.get("class") == top_class
        if top is not inner and not same_class:
            if not after and _is_intro(sib, st) and not _repeats(sib, top):
                chosen.append(sib)
            continue
        if st.link_density(sib) >= _MAX_PROSE_LINKS:
            continue  # a link list: styled like the article's parts, or text ads under it
        if _opens_with_rights(sib):
            continue  # the site's rights notice and its reprint terms under the article
        if _teaser_headings(sib):
            continue  # other stories' headlines, each a link, with their summaries
        bonus = top_score * 0.2 if same_class else 0.0
        if (
            _block_score(sib, cands) + bonus >= threshold
            or (
                sib.tag in _PROSE_SIBLINGS
                and (_is_prose(sib, st) or (not after and _is_prose_block(sib, st)))
            )
        ) and not _repeats(sib, top):  # not a second copy of the text (mobile, print)
            chosen.append(sib)
    return chosen if len(chosen) > 1 or top is inner else [inner]


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
    """A block of `_BLOCK_PARAGRAPHS` or more prose paragraphs and little else (no heading,
    few links): the article's opening section, in a wrapper of its own class before the body
    (a figure or an ad slot between them). One paragraph alone is `_is_prose`'s to judge: a
    caption, a summary box or a byline before the body is one block."""
    n = st.text.get(el, 0)
    if n < _BLOCK_PARAGRAPHS * MIN_PARAGRAPH or st.link_density(el) >= _BLOCK_MAX_LINK_DENSITY:
        return False
    paragraphs = prose = 0
    for node in el.iter():
        if node.tag in ("h1", "h2", "h3"):
            return False
        own = st.own.get(node, 0)
        if (
            own >= MIN_PARAGRAPH
            and node.tag not in INLINE_TAGS
            and st.link_density(node) < _MAX_PROSE_LINKS
        ):
            paragraphs += 1
            prose += own
    return paragraphs >= _BLOCK_PARAGRAPHS and prose >= _BLOCK_PROSE_SHARE * n


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
        return ld < 0.25
    return 0 < n and ld == 0 and bool(_SENTENCE_END.search(own_text(el).strip()))


def with_lead(chosen: list[HtmlElement], st: Stats) -> list[HtmlElement]:
    """`chosen` preceded by the page's lead when it sits before the body, outside it."""
    if not chosen:
        return chosen
    body_chars = sum(st.text.get(el, 0) for el in chosen)
    node = chosen[0]
    for _ in range(_LEAD_LEVELS):
        for sib in node.itersiblings(preceding=True):
            if st.text.get(sib, 0) < body_chars:
                lead = _lead_in(sib, st, body_chars)
                if lead is not None:
                    return [lead, *chosen]
        parent = node.getparent()
        if parent is None or parent.tag in ("body", "html"):
            break
        node = parent
    return chosen


def _lead_in(el: HtmlElement, st: Stats, body_chars: int) -> HtmlElement | None:
    """The outermost block in `el` marked as a lead and holding short, unlinked prose."""
    for cand in el.iter():
        words = class_words(cand) if isinstance(cand.tag, str) else ""
        if not words or not LEAD.search(words) or _NOT_LEAD.search(words):
            continue
        if st.links.get(cand, 0) and _LISTED.search(words):
            continue
        n = st.text.get(cand, 0)
        if _LEAD_MIN_CHARS <= n < body_chars and st.link_density(cand) < _LEAD_MAX_LINK_DENSITY:
            if is_author_bio(text_of(cand)):
                continue  # an author's bio by the byline, in a box named like an excerpt
            return cand
    return None


_FRAGMENT_LEVELS = 4  # ancestors of the body (wrappers not counted) searched for fragments
_FRAGMENT_CLASS_SHARE = 0.5  # of the body's prose, held by blocks of one class
_FRAGMENT_PROSE_SHARE = 0.5  # of a fragment's text, in prose blocks


def with_fragments(
    chosen: list[HtmlElement], st: Stats, headline: HtmlElement | None = None
) -> list[HtmlElement]:
    """`chosen` preceded by the article's earlier fragments, when the page cuts its article
    into blocks of one class around an inserted box (an opinion note, a newsletter promo):
    the body found is then the longest fragment, and those before it are lost.

    The fragment class is a class attribute of the blocks directly holding at least half of
    the body's prose paragraphs. Searched: the nearest ancestor of the body (within
    `_FRAGMENT_LEVELS`, wrappers holding the body alone not counted) that holds, after the
    page's `headline` (when it is inside the ancestor) and before the body, blocks of that
    class that are mostly prose with few links, outside any list item (teasers) and without
    an <h1>. A block of the class before the headline is not the article's. Without such a
    class, blocks repeating the body's id are its fragments (`_with_id_fragments`)."""
    if not chosen:
        return chosen
    classes = _fragment_classes(chosen, st)
    if not classes:
        return _with_id_fragments(chosen, st, headline)
    first = chosen[0]
    line = set(first.iterancestors())
    node = first.getparent()
    while node is not None and st.text.get(node, 0) == st.text.get(first, 0):
        node = node.getparent()  # a wrapper holding nothing but the body is no level
    for _ in range(_FRAGMENT_LEVELS):
        if node is None or node.tag in ("body", "html"):
            break
        found: list[HtmlElement] = []
        started = headline is None or headline not in set(node.iter())
        for el in node.iter():
            if el is headline:
                started = True
            elif el is first:
                break
            elif (
                started
                and isinstance(el.tag, str)
                and el not in line
                and el.get("class") in classes
                and not any(a in found for a in el.iterancestors())
                and _is_fragment(el, st)
            ):
                found.append(el)
        if found:
            return [*found, *chosen]
        node = node.getparent()
    return chosen


_SAME_ID = etree.XPath("//*[@id = $ident]")


def _with_id_fragments(
    chosen: list[HtmlElement], st: Stats, headline: HtmlElement | None
) -> list[HtmlElement]:
    """`chosen` with the article's earlier fragments put before its body, when the page's
    template repeats the body's id around an inserted box (a gallery between the opening
    paragraph and the rest, each part in its own `<div id="text">`): blocks of that id
    before the body and after the `headline`, mostly prose (`_is_fragment`), outside `chosen`.
    Ids are unique on most pages: the page is walked only when the body's is not."""
    for i, body in enumerate(chosen):
        ident = body.get("id")
        same = _SAME_ID(body, ident=ident) if ident else []
        if not isinstance(same, list) or len(same) < 2:
            continue
        found: list[HtmlElement] = []
        started = headline is None
        for el in body.getroottree().iter():
            if el is headline:
                started = True
            elif el is body:
                break
            elif started and el.get("id") == ident and isinstance(el.tag, str):
                if not _is_fragment(el, st) or any(
                    el is c or c in el.iterancestors() for c in chosen
                ):
                    continue
                found.append(el)
        return [*chosen[:i], *found, *chosen[i:]] if found else chosen
    return chosen


def _fragment_classes(chosen: list[HtmlElement], st: Stats) -> set[str]:
    """Class attributes of the blocks directly holding at least `_FRAGMENT_CLASS_SHARE` of
    the prose paragraphs in `chosen`."""
    prose: dict[str, int] = {}
    total = 0
    for el in chosen:
        for node in el.iter():
            if node.tag in INLINE_TAGS or not isinstance(node.tag, str):
                continue
            n = st.own.get(node, 0)
            if n < MIN_PARAGRAPH or st.link_density(node) >= _MAX_PROSE_LINKS:
                continue
            total += n
            parent = node.getparent()
            cls = parent.get("class", "") if parent is not None else ""
            if cls.strip():
                prose[cls] = prose.get(cls, 0) + n
    return {c for c, n in prose.items() if n >= _FRAGMENT_CLASS_SHARE * total}


def _is_fragment(el: HtmlElement, st: Stats) -> bool:
    """Mostly prose, few links, no <h1>, not in or holding a list item."""
    n = st.text.get(el, 0)
    return (
        n >= MIN_PARAGRAPH
        and st.link_density(el) < _MAX_PROSE_LINKS
        and prose_chars(el, st) >= _FRAGMENT_PROSE_SHARE * n
        and next(el.iter("li", "h1"), None) is None
        and next(el.iterancestors("li"), None) is None
    )
