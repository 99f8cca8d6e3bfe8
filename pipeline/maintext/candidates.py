"""Candidate scoring: each paragraph-like block gives its ancestors a score from its length
and punctuation, discounted by their link density and class/id (`score_candidates`); and
the blocks of text cut by <br> that are the article's container rather than their parent
(`lines_block`, `lines_container`)."""

from __future__ import annotations

from dataclasses import dataclass, field

from pipeline.maintext.blockscore import (
    MIN_PARAGRAPH,
    _line_stats,
    class_weight,
    has_breaks,
    paragraph_score,
    text_lines,
)
from pipeline.web.html import HtmlElement, Stats

_ANCESTOR_LEVELS = 5
_TAG_BONUS = {
    "div": 5.0,
    "article": 10.0,
    "main": 5.0,
    "section": 3.0,
    "pre": 3.0,
    "td": 3.0,
    "blockquote": 3.0,
    "ol": -3.0,
    "ul": -3.0,
    "dl": -3.0,
    "li": -3.0,
    "dd": -3.0,
    "form": -3.0,
    "h1": -5.0,
    "h2": -5.0,
    "h3": -5.0,
    "th": -5.0,
    "body": -10.0,
}
_NOT_CANDIDATE = frozenset({"html", "a", "table"})
_TABLE_PARTS = frozenset({"tr", "tbody", "thead", "tfoot"})  # not a level: see score_candidates
# A block of text cut by <br> that holds this share of its parent's score and text is the
# article's container, not its parent (`lines_block`); a <p> with line breaks is a paragraph.
_LINES_SCORE_SHARE = 0.5
_LINES_TEXT_SHARE = 0.75
_LINES_OUTSIDE_CHARS = 300  # after the block: more than a line or two (`lines_container`)
_NOT_LINES_BLOCK = _NOT_CANDIDATE | {"p"}


def _lines_child(top: HtmlElement, cands: Candidates) -> HtmlElement | None:
    """The child of `top` holding paragraphs cut by <br> (`text_lines`) that scores best,
    when it scores as its lines (`Candidates.lines`) `_LINES_SCORE_SHARE` of `top`'s final
    score (a box of text ads beside it is discounted for its links, as in the choice of
    `top`); None when there is none, or when `top`'s own text is such lines (then it is the
    block, and its children parts of it)."""
    if has_breaks(top) and text_lines(top) > 1:
        return None
    best, best_score = None, 0.0
    for child in top:
        if not isinstance(child.tag, str) or child.tag in _NOT_LINES_BLOCK:
            continue
        score = cands.paragraphs.get(child, 0.0) + cands.lines.get(child, 0.0)
        if score > best_score and has_breaks(child) and text_lines(child) > 1:
            best, best_score = child, score
    if best is None or best_score < _LINES_SCORE_SHARE * cands.final(top):
        return None
    return best


def lines_block(top: HtmlElement, cands: Candidates) -> HtmlElement:
    """The child of `top` that holds the article as paragraphs cut by <br> (`_lines_child`)
    when it also holds `_LINES_TEXT_SHARE` of `top`'s text, else `top`.

    Old CMS pages print the article as one block with "<br><br>" between its paragraphs.
    Such a block is a paragraph to the scorer, which credits its parent: the container is
    one level up from where a <p> layout puts it, and that wrapper's siblings (a box of
    teasers) are judged as more of the article."""
    block = _lines_child(top, cands)
    st = cands.stats
    if block is not None and st.text.get(block, 0) >= _LINES_TEXT_SHARE * st.text.get(top, 0):
        return block
    return top


def lines_container(top: HtmlElement, cands: Candidates) -> HtmlElement:
    """The child of `top` that holds the article as paragraphs cut by <br> (`_lines_child`)
    when `top` adds `_LINES_OUTSIDE_CHARS` or more of text after it, else `top`: the block
    is the container, as the parent of <p>s would be, and what its wrapper adds after it (a
    box of teasers, an author's bio) is judged as its siblings are, not taken with it. A
    wrapper adding less, or only before the block (the article's headline, date, lead and
    photo caption open it), stands for the block."""
    block = _lines_child(top, cands)
    if block is None:
        return top
    st = cands.stats
    after = sum(st.text.get(sib, 0) for sib in block.itersiblings() if isinstance(sib.tag, str))
    return block if after >= _LINES_OUTSIDE_CHARS else top


@dataclass
class Candidates:
    """Raw (undiscounted) scores of every container that received some paragraph score.
    `paragraphs`: each paragraph block's own score (`paragraph_score`); `lines`: what each
    block of paragraphs cut by <br> would score more as <p>s (see `lined_scores`)."""

    raw: dict[HtmlElement, float]
    stats: Stats
    lines: dict[HtmlElement, float] = field(default_factory=dict)
    paragraphs: dict[HtmlElement, float] = field(default_factory=dict)

    def final(self, el: HtmlElement) -> float:
        """The container's score after link-density discount."""
        return self.raw.get(el, 0.0) * (1.0 - self.stats.link_density(el))


def score_candidates(
    st: Stats,
    lines: dict[HtmlElement, float] | None = None,
    paragraphs: dict[HtmlElement, float] | None = None,
) -> Candidates:
    """Propagate every paragraph's score to its ancestors (1, 1/2, 1/6, 1/9, 1/12).

    A table's rows and bodies are not levels (the table is one): text in a cell of a layout
    table scores the cell that holds the table as a grandparent, not as a remote ancestor
    (old portals print the article as one <br>-separated cell nested in layout tables).
    With `lines` (`Candidates.lines`), a block of paragraphs cut by <br> scores as its lines
    would as <p>s (`lined_scores`); `paragraphs` (`Candidates.paragraphs`) spares scoring
    the paragraphs again.
    """
    raw: dict[HtmlElement, float] = {}
    extra: dict[HtmlElement, float] = {}
    scores: dict[HtmlElement, float] = {}
    for el in st.order if paragraphs is None else paragraphs:
        score = paragraph_score(el, st) if paragraphs is None else paragraphs[el]
        if not score:
            continue
        scores[el] = score
        anc = el.getparent()
        if lines is not None:
            more = lines.get(el, 0.0)
            score += more
            if more and el.tag == "td":
                # A table cell whose own text is the lines is their container, as the cell
                # holding them as <p>s is: its table is no candidate to stand for it.
                anc = el
        else:
            more = _lines_extra(el, st)
            if more:
                extra[el] = more
        level = 0
        while anc is not None and level < _ANCESTOR_LEVELS:
            if anc.tag in _TABLE_PARTS:
                anc = anc.getparent()
                continue
            if anc.tag not in _NOT_CANDIDATE:
                if anc not in raw:
                    raw[anc] = _TAG_BONUS.get(anc.tag, 0.0) + class_weight(anc, st)
                raw[anc] += score / (1 if level == 0 else 2 if level == 1 else level * 3)
            anc = anc.getparent()
            level += 1
    return Candidates(raw, st, lines if lines is not None else extra, scores)


def _lines_extra(el: HtmlElement, st: Stats) -> float:
    """What a paragraph block cut by <br><br> into several lines would score more if each
    line were a <p> (1 and a length bonus each, instead of one length bonus), else 0."""
    n = st.own.get(el, 0)
    if n < 2 * MIN_PARAGRAPH or el.tag in _NOT_LINES_BLOCK or not has_breaks(el):
        return 0.0
    count, weight = _line_stats(el)
    return max(0.0, weight - 1.0 - min(n / 100.0, 3.0)) if count > 1 else 0.0
