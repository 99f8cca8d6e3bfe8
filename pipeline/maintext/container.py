"""Choosing the article's container among the scored candidates (`best_container`): the best,
or the ancestor its close rivals share, one of two copies of the text, the article around a
summary, the candidate near the headline; the same once <br>-cut lines score as paragraphs
(`lined_scores`); the page's headline (`find_headline`) and a next story loaded under it
(`next_story`)."""

from __future__ import annotations

import difflib
import re

from pipeline.maintext.blockscore import (
    _MAX_PROSE_LINKS,
    MIN_PARAGRAPH,
    _repeats,
    is_teaser_list,
    prose_chars,
    story_by_headline,
    teaser_list_of,
)
from pipeline.maintext.candidates import _LINES_TEXT_SHARE, Candidates, score_candidates
from pipeline.maintext.cardgrid import (
    _SHORT_PARAGRAPH,
    is_card_grid,
    prose_among_teasers,
    short_article,
)
from pipeline.maintext.headline import follows, links_home, other_headline, parts_by_headline
from pipeline.web.html import (
    HEADLINE_MARK,
    INLINE_TAGS,
    HtmlElement,
    Stats,
    heading_text,
    is_prose,
    text_of,
)

_TOP_N = 5  # best candidates compared when the article is split over several blocks
_CLOSE_RATIO = 0.75
# of the best container's score, for each of two copies of the text in it (`_one_copy`): a
# copy's bare text and the lead beside it score its parent, not the copy
_COPY_SCORE_SHARE = 0.6
_COPY_LENGTH_RATIO = 0.9  # two blocks of text this alike in length may be copies (`_one_copy`)
_COPIES_TEXT_SHARE = 2 / 3  # of the best container's text, held by two copies of the article
_HEADLINE_N = 15  # candidates compared by their distance to the headline
_NEAR_HEADLINE_SHARE = 0.25  # of the best score, for a candidate near the headline to win
_NEAR_HEADLINE_TEXT = 0.5  # of the best's characters, for it to be the article, not a caption
_DATA_CELL_LINKS = 0.2  # of a block's text in links: with no prose, no article by the headline
_SENTENCE_CLOSED = re.compile(r"\w[.!?][\"'\u201d\u2019)]*(?:\s|$)")
_HEADLINE_TITLE_SHARE = 0.4  # of the <title>'s characters, for an <h1> to be the headline
_HEADLINE_H1_SHARE = 0.75  # of an <h1>'s characters, in one piece of the <title>
# Searched for the headline in turn: the <h1>s, with the marks of those `prune` dropped with
# the article's <header> (`headmark`), in document order; then the <h2>s.
_HEADLINE_TAGS = (("h1", HEADLINE_MARK), ("h2",))
_STORY_HEADINGS = frozenset({"h1", HEADLINE_MARK})  # a next story's headline (`next_story`)
# no paragraph of the page's own story (`next_story`): its deck set in a heading under the title
_DECK_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", HEADLINE_MARK})
_MIN_CLOSE = 3
# An ancestor of the best block scoring this share of it, with fewer links than this and
# this many times its prose, is the article the best block summarizes (`_article_around`).
_AROUND_SCORE_SHARE = 0.5
_AROUND_MAX_LINK_DENSITY = 0.2
_AROUND_PROSE_RATIO = 5


def lined_scores(
    top: HtmlElement, cands: Candidates, headline: HtmlElement | None
) -> tuple[HtmlElement, Candidates]:
    """The best container and the scores once blocks of paragraphs cut by <br> score as
    their lines would as <p>s, when that container lies outside `top`'s line (neither
    holds the other) or inside a first choice that is mostly links (`_MAX_PROSE_LINKS`: a
    box of links around a cell of text, which the first scores rated as one paragraph), or
    is a table cell holding `_LINES_TEXT_SHARE` of its text with nothing before it (the
    layout around a post's table adds its footer); else `top` and `cands`.

    Old CMS pages print the article as one block with "<br><br>" between paragraphs: ten
    paragraphs score as one, and a box of teasers with a <p> each outscores them. Within
    the article's own line of blocks the choice stays (the wrapper holding its headline,
    not the block of text alone): there the first scores have weighed it already."""
    if not cands.lines:
        return top, cands
    lined = score_candidates(cands.stats, cands.lines, cands.paragraphs)
    alt = best_container(lined, headline)
    if alt is None or alt is top:
        return top, cands
    st = cands.stats
    if (
        top in alt.iterancestors()
        and st.link_density(top) < _MAX_PROSE_LINKS
        and (
            alt.tag != "td"
            or st.text.get(alt, 0) < _LINES_TEXT_SHARE * st.text.get(top, 0)
            or _text_before(alt, top, st) > 0
        )
    ):
        return top, cands  # the block of text inside the first choice: that one holds it
    if alt in top.iterancestors() and 2 * cands.stats.text.get(top, 0) >= cands.stats.text.get(
        alt, 0
    ):
        return top, cands  # the first choice holds most of the text around it
    return alt, lined


def _text_before(el: HtmlElement, top: HtmlElement, st: Stats) -> int:
    """Characters of text inside `top` before `el` (its ancestor): a headline, a date, a lead
    that open the article's wrapper."""
    n = 0
    node: HtmlElement | None = el
    while node is not None and node is not top:
        n += sum(st.text.get(sib, 0) for sib in node.itersiblings(preceding=True))
        node = node.getparent()
    return n


def best_container(cands: Candidates, headline: HtmlElement | None = None) -> HtmlElement | None:
    """The highest-scoring container, or None when the page has no paragraph at all.

    An article split over several close-scoring blocks (one per section of text) is taken
    whole: the ancestor they share replaces the single best block. With the page's
    `headline` (its <h1> or <h2> naming the page, see `find_headline`), the container is the one
    nearest the headline among those scoring at least `_NEAR_HEADLINE_SHARE` of the best:
    a list of teasers, a comment thread or a legal footer may outscore a short article,
    but they sit away from its headline.
    """
    ordered = sorted(cands.raw, key=cands.final, reverse=True)
    ranked = ordered[:_TOP_N]
    if not ranked or cands.final(ranked[0]) <= 0:
        return None
    top = ranked[0]
    top_score = cands.final(top)
    if headline is not None:
        near = _nearest_headline(headline, ordered, top_score, cands)
        if near is not top:
            return near
    else:
        rest = _past_teasers(ordered, cands.stats)
        lone = None if rest is None else prose_among_teasers(top, cands.paragraphs, cands.stats)
        if lone is not None and (not rest or lone[1] >= cands.final(rest[0])):
            return lone[0]  # the page's one block of prose, beside its grid of teasers
        if rest and cands.final(rest[0]) >= _NEAR_HEADLINE_SHARE * top_score:
            ranked, top = rest[:_TOP_N], rest[0]  # the article beside a box of teasers
            top_score = cands.final(top)
    close = [el for el in ranked[1:] if cands.final(el) >= _CLOSE_RATIO * top_score]
    if headline is not None and close:
        close = parts_by_headline(top, headline, close)
    # a split has two parts beside the best block at least: wrappers around it alone are none
    beside = sum(1 for el in close if el not in top.iterancestors())
    if len(close) >= _MIN_CLOSE and beside >= 2:
        top = _shared_ancestor(top, close)
    return _article_around(_one_copy(top, ranked, cands), ranked, cands)


def _one_copy(top: HtmlElement, ranked: list[HtmlElement], cands: Candidates) -> HtmlElement:
    """The best of two blocks inside `top` that print the same text (a print layer, a mobile
    and a desktop copy of the article: `_COPY_LENGTH_RATIO` alike in length, one repeating
    the other), each scoring `_COPY_SCORE_SHARE` of `top` and both holding
    `_COPIES_TEXT_SHARE` of its text; else `top`. Their shared ancestor outscores either copy
    and holds the article twice."""
    st = cands.stats
    floor = _COPY_SCORE_SHARE * cands.final(top)
    inner = [
        el
        for el in ranked
        if el is not top and cands.final(el) >= floor and top in el.iterancestors()
    ]
    for i, first in enumerate(inner):
        n = st.text.get(first, 0)
        for other in inner[i + 1 :]:
            m = st.text.get(other, 0)
            if min(n, m) < _COPY_LENGTH_RATIO * max(n, m) or _nested(first, other):
                continue
            if n + m < _COPIES_TEXT_SHARE * st.text.get(top, 0):
                continue  # two versions of a box in the article (an appeal), not the article
            if _repeats(other, first):
                return first
    return top


def _nested(a: HtmlElement, b: HtmlElement) -> bool:
    return a in b.iterancestors() or b in a.iterancestors()


def _article_around(top: HtmlElement, ranked: list[HtmlElement], cands: Candidates) -> HtmlElement:
    """The ancestor of `top` among the `ranked` candidates that scores at least
    `_AROUND_SCORE_SHARE` of it, has few links and holds `_AROUND_PROSE_RATIO` times its
    prose, else `top`: a summary box ("about this article") or one step of a long article
    cut into many sections scores best, as the article's score is spread over its sections
    and decays with their depth."""
    st = cands.stats
    prose = 0
    floor = _AROUND_SCORE_SHARE * cands.final(top)
    line = set(top.iterancestors())
    for el in ranked:
        if (
            el not in line
            or cands.final(el) < floor
            or st.link_density(el) >= _AROUND_MAX_LINK_DENSITY
        ):
            continue
        prose = prose or prose_chars(top, st)
        if 0 < prose and _AROUND_PROSE_RATIO * prose <= st.text.get(el, 0):
            if _AROUND_PROSE_RATIO * prose <= prose_chars(el, st):
                return el
    return top


def _nearest_headline(
    headline: HtmlElement, ordered: list[HtmlElement], top_score: float, cands: Candidates
) -> HtmlElement:
    """The candidate sharing the deepest ancestor with `headline` (on a tie, one that is not
    mostly links, `_MAX_PROSE_LINKS`, then the best scoring), among the `_HEADLINE_N` best
    scoring and holding enough text next to the best (`ordered[0]`). A directory of partner
    sites (a blurb and an address each) sits by the headline as the article does, and
    outscores a short one. When the best is a list of teasers (`is_teaser_list`) or a grid of
    teaser cards (`is_card_grid`), it and what it holds or lies in are out of the race, and
    the best of the rest sets the scores to reach: a short article by a "most read" box."""
    st = cands.stats
    top = ordered[0]
    top_chars = st.text.get(top, 0)
    line = [headline, *headline.iterancestors()]
    depth = {el: len(line) - i for i, el in enumerate(line)}
    best, best_key = top, (-1, False, 0.0)
    rest = _past_teasers(ordered, st, headline)  # then a short article may beat them
    teasers = rest is not None
    if rest is not None:
        if not rest:
            return top
        ordered, top_score = rest, cands.final(rest[0])
    for el in ordered[:_HEADLINE_N]:
        score = cands.final(el)
        if score < _NEAR_HEADLINE_SHARE * top_score:
            break
        if (
            not teasers
            and st.text.get(el, 0) < _NEAR_HEADLINE_TEXT * top_chars
            and not short_article(el, top, (score, top_score), st)
        ):
            continue  # a caption or standfirst by the headline, not the article
        if el is not top and _not_prose_beside(el, top, st):
            continue  # the story's data cell (posted, author, category, links) by its <h1>
        if not teasers and el is not top and _header_box(el, headline, top, st):
            continue  # the headline, its kicker and deck: the body follows outside them
        node: HtmlElement | None = el
        while node is not None and node not in depth:
            node = node.getparent()
        linky = st.link_density(el) >= _MAX_PROSE_LINKS
        key = (depth[node] if node is not None else 0, not linky, score)
        if key > best_key:
            best, best_key = el, key
    return best


def _header_box(el: HtmlElement, headline: HtmlElement, top: HtmlElement, st: Stats) -> bool:
    """True when `el` holds the headline and one paragraph at most (its deck), while the best
    block, `top`, lies after it outside it and holds more text than `el` beside the headline:
    the article's header box (a kicker, the headline, a deck of 160-270 characters, a byline)
    above a short body of two or three paragraphs, not the article (the deck is kept as such:
    `decks`). A short article by its headline holds two paragraphs or more (`short_article`)."""
    if headline is el or el not in headline.iterancestors() or el in top.iterancestors():
        return False
    if st.text.get(top, 0) <= st.text.get(el, 0) - st.text.get(headline, 0):
        return False
    found = 0
    for node in el.iter():
        if node is headline or st.own.get(node, 0) < _SHORT_PARAGRAPH:
            continue
        if node.tag not in INLINE_TAGS and headline not in node.iterancestors():
            found += 1
            if found > 1:
                return False
    return follows(top, el)


def _not_prose_beside(el: HtmlElement, top: HtmlElement, st: Stats) -> bool:
    """True when `el`, a block by the headline, is lines and links (not prose, a fifth of its
    text or more in links, no sentence closed in it) while the best block, `top`, reads as
    prose: the labelled lines of a story's data under its <h1> in a layout table ("Posted :
    date", "Author : desk", "Category : link"), not a short article beside a longer block,
    nor a blog's post of links each with its line of comment (sentences)."""
    return (
        st.link_density(el) >= _DATA_CELL_LINKS
        and not is_prose(el, st.text.get(el, 0))
        and _SENTENCE_CLOSED.search(text_of(el)) is None
        and is_prose(top, st.text.get(top, 0))
    )


def _past_teasers(
    ordered: list[HtmlElement], st: Stats, headline: HtmlElement | None = None
) -> list[HtmlElement] | None:
    """The candidates of `ordered` outside the best (`ordered[0]`), one that holds it or one
    it holds, when the best is a list of teasers (`is_teaser_list`) or a grid of teaser cards
    (`is_card_grid`), or, by the page's `headline` outside it, an item's summary in such a
    list (`teaser_list_of`: the list is then passed over) when a candidate lies by the
    headline (`story_by_headline`); else None."""
    top = ordered[0]
    if not (is_teaser_list(top, st) or is_card_grid(top, st)):
        box = None if headline is None else teaser_list_of(top, st)
        if box is None or headline is None or box in headline.iterancestors():
            return None
        if not story_by_headline(headline, box, ordered, st):
            return None
        top = box
    around = set(top.iterancestors())
    return [el for el in ordered if not (el is top or el in around or top in el.iterancestors())]


def next_story(
    top: HtmlElement, body: HtmlElement, headline: HtmlElement | None, st: Stats
) -> HtmlElement | None:
    """The block holding `top` and another story's <h1>: the highest ancestor of that <h1>
    that does not hold the page's `headline`, when the <h1> comes after the headline and a
    paragraph of prose (the page's own story; a deck in a heading under the headline is none)
    and before `top`, and its text is not the headline's; else None. A page that loads the
    next story under the first (endless scrolling, "read next") prints it whole, headline and
    byline included, and a long one outscores a short article; the block never holds that
    paragraph of the page's own story either (a template whose header, the headline's mark,
    sits apart from a wrapper holding the body and the stories appended after it: setting the
    wrapper aside lost the article to a list of teasers); class names ("recommend",
    "next-article") tell it only where they are words. A second <h1> over the article's own
    body (a header's headline, then the body's) has no prose before it. A story's <h1> inside
    its own <header> counts by the mark `prune` leaves for it (`HEADLINE_MARK`): so does a
    caption's <h1> in the article's photo box, which a deck in an <h2> no longer makes a
    next story. Own prose opening under an <h1> shorter than the headline (a special's
    "Fewer children"; a caption's is longer) tells a page whose <h1>s open its sections."""
    if headline is None or sum(1 for _ in body.iter("h1", HEADLINE_MARK)) < 2:
        return None
    line = {headline, *headline.iterancestors()}
    if top in line:
        return None
    words = "".join(heading_text(headline).split())
    story: HtmlElement | None = None  # the last other <h1> after the page's own prose
    state = 0  # 1: past the headline, 2: past a paragraph of prose after it
    own: HtmlElement | None = None  # that paragraph
    for el in body.iter():
        if el is top:
            break
        if el is headline:
            state = 1
        elif el.tag in _STORY_HEADINGS and state and "".join(heading_text(el).split()) != words:
            if state == 1 and len("".join(heading_text(el).split())) < len(words):
                return None  # the story's first section opens under an <h1>: so do the others
            story = el if state == 2 else story
        elif (
            state == 1
            and st.own.get(el, 0) >= MIN_PARAGRAPH
            and el.tag not in INLINE_TAGS
            and el.tag not in _DECK_HEADINGS
        ):
            state = 2 if st.link_density(el) < _MAX_PROSE_LINKS else 1
            own = el if state == 2 else None
    if story is None:
        return None
    held = {own, *own.iterancestors()} if own is not None else line
    block = story
    for anc in story.iterancestors():
        if anc in line or anc in held:
            break
        block = anc
    return block if block is top or block in set(top.iterancestors()) else None


def find_headline(body: HtmlElement, title: str) -> HtmlElement | None:
    """The first <h1> whose text is most of the page's <title> (its headline), else the first
    <h2> that is (a page whose <h1> is the site's name or its section, "Здоровье", prints
    the headline a level down), else the heading found by the title's longest piece
    (`other_headline`), else None. The heading may add a little the title lacks (a
    date, a time: `_HEADLINE_H1_SHARE` of its text is in one piece of the title). Never a
    heading that is one link to the site's home page (`links_home`: a blog's name)."""
    squashed = "".join(title.split())
    for tags in _HEADLINE_TAGS if squashed else ():
        for heading in body.iter(*tags):
            if _names_page(heading, squashed) and not links_home(heading):
                return heading
    return other_headline(body, title)


def _names_page(heading: HtmlElement, squashed: str) -> bool:
    """True when `heading`'s text is most of the page's `squashed` title (see
    `find_headline`)."""
    least = max(4, _HEADLINE_TITLE_SHARE * len(squashed))
    text = "".join(heading_text(heading).split())
    if len(text) < least or len(text) > 2 * len(squashed):
        return False
    if text in squashed:
        return True
    match = difflib.SequenceMatcher(None, text, squashed, autojunk=False).find_longest_match()
    return match.size >= least and match.size >= _HEADLINE_H1_SHARE * len(text)


def _shared_ancestor(top: HtmlElement, close: list[HtmlElement]) -> HtmlElement:
    lineages = [set(el.iterancestors()) | {el} for el in close]
    for anc in top.iterancestors():
        if anc.tag in ("body", "html"):
            break
        if sum(anc in lin for lin in lineages) >= _MIN_CLOSE:
            return anc
    return top
