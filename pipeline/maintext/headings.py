"""Blocks a heading names as furniture: "About the author", "Related", "3 Comments".

Pages whose classes are hashes (CSS-in-JS, utility classes) name no author box, related list
or comment thread by class; their headings still say what follows, in the page's language.
`drop_headed_furniture` removes, before scoring, a block opened by such a heading and, where
the heading stands among the article's blocks (a blog's flat markup), the heading and what
follows it when that is the smaller part. The vocabularies are data in
`pipeline.maintext.labels` (`is_furniture_heading`, with the line labels of the same kinds);
a heading is read whole, so a subheading of the article that merely holds one of the words
("Related research on sleep") is not furniture.
"""

from __future__ import annotations

import re

from pipeline.maintext.labels import is_author_heading, is_furniture_heading
from pipeline.maintext.lexicon import COMMENTS_HEADINGS
from pipeline.web.html import HtmlElement, Texts, drop_tree, text_of, xpath

# An author box's heading among the article's own sections ("Who curated this article?" between
# "How we test" and "How to choose" in one flat box): the heading and its siblings up to the
# next heading, when they hold at most `_MAX_AUTHOR_BOX` characters (a bio, not a section).
_MAX_AUTHOR_BOX = 1200
_ANY_HEADING = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_MAX_HEADING = 160  # characters: a heading, not a paragraph that opens with the words
_MAX_LABEL = 40  # characters of a <div> or <p> read as a heading
_MAX_LINKS = 0.5  # of a block's text inside links: above, a list of links (see below)
_HEADING_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
_H1 = xpath("boolean(descendant-or-self::h1)")
_IMAGE = xpath("boolean(descendant-or-self::img|descendant-or-self::picture)")
# A heading's row: wrappers holding the heading and a short label ("see all"), this many
# levels up at most, each of this many children at most (`_heading_row`).
_ROW_LEVELS = 2
_ROW_CHILDREN = 3
_COMMENTS = re.compile(rf"^\W{{0,3}}(?:{COMMENTS_HEADINGS})\W{{0,3}}$")


def _headings(body: HtmlElement, texts: Texts) -> list[HtmlElement]:
    """The page's headings h2 to h6, and its short text-only <div> and <p> blocks (at most
    `_MAX_LABEL` characters): hashed pages style a <div> as a heading ("<div class='c1a2b3'>
    文章评论</div>"). Their texts are read through `texts`."""
    return [
        el
        for el in body.iter("h2", "h3", "h4", "h5", "h6", "div", "p")
        if el.tag in _HEADING_TAGS
        or (not len(el) and 0 < len((texts[el] or "").strip()) <= _MAX_LABEL)
    ]


def _heading_text(el: HtmlElement) -> str:
    return " ".join(text_of(el).split())


def _links_share(blocks: list[HtmlElement]) -> float:
    """The share of the text of `blocks` inside links."""
    total = sum(len(text_of(b)) for b in blocks)
    links = sum(len(text_of(a)) for b in blocks for a in b.iter("a"))
    return links / total if total else 1.0


def drop_headed_furniture(body: HtmlElement, texts: Texts | None = None) -> None:
    """Remove in place the blocks that a heading (h2 to h6) naming furniture opens: its
    parent when the heading is the parent's first child, else the heading and its later
    siblings when they hold less text than the siblings before it (comments under a blog
    post in one flat container). Never a block holding an <h1> or the page's body, nor one
    mostly of links (`_MAX_LINKS`): a list of links is told by its links already, and it
    stops the widening from the article to the furniture around it (`widen_to_sections`).
    `texts`: the texts read so far, kept for the readers after (cleared when a block goes)."""
    doomed: list[HtmlElement] = []
    gone: set[HtmlElement] = set()  # every element under a doomed one, looked up, not walked
    runs: dict[HtmlElement, _Run] = {}
    texts = Texts() if texts is None else texts
    for heading in _headings(body, texts):
        text = _heading_text(heading)
        if not text or len(text) > _MAX_HEADING or not is_furniture_heading(text):
            continue
        heading, parent = _heading_row(heading, text, body)  # (a comment box's heading)
        if parent is None or parent is body or heading in gone:
            continue
        first = next((c for c in parent if isinstance(c.tag, str)), None)
        if first is heading:
            if not _H1(parent) and _links_share([parent]) <= _MAX_LINKS:
                doomed.append(parent)
                gone.update(parent.iter())
            continue
        run = runs.get(parent) or runs.setdefault(parent, _Run(parent))
        author = is_author_heading(text)
        later = run.box(heading) if author else []  # (the box alone, when the story resumes)
        later = later or run.later(heading)
        if not later and author:
            later = run.section(heading)
        if later and not any(_H1(s) for s in later):
            doomed += later
            gone.update(el for s in later for el in s.iter())
    if doomed:
        texts.clear()
    for el in doomed:
        drop_tree(el)


def _heading_row(
    heading: HtmlElement, text: str, body: HtmlElement
) -> tuple[HtmlElement, HtmlElement | None]:
    """`heading` and its parent, or the row of wrappers around it and the row's parent: a
    wrapper holding the heading and at most `_MAX_LABEL` characters besides ("<div
    class='head'><div><h3>Selected comments</h3></div><div>see all &gt;&gt;</div></div>"
    over the comments) stands for the heading, up to `_ROW_LEVELS` levels, when it opens the
    box above it (its first child: a row among a page's blocks is left to the heading, as a
    forum's "Comments:" row in its content column, whose later blocks the flat-thread rule
    would take with the story's column around them). Only for a heading
    of the readers' comments (`_COMMENTS`): an author box's or a related list's heading in
    such a row heads a section of the page's own ("Why trust us?" over the writer's note)."""
    parent = heading.getparent()
    if _COMMENTS.match(text.lower()) is None:
        return heading, parent
    row, box = heading, parent
    for _ in range(_ROW_LEVELS):
        if box is None or box is body or len(box) > _ROW_CHILDREN:
            break
        if len(" ".join(text_of(box).split())) - len(text) > _MAX_LABEL:
            break
        grand = box.getparent()
        if grand is None or grand is body:
            break
        row, box = box, grand
    if row is heading or box is None or next(iter(box), None) is not row:
        return heading, parent  # no row, or a row among other blocks: the heading alone
    return row, box


class _Run:
    """A parent's element children with the text, and the text in links, of each from there
    to the end, summed once: a flat thread of a thousand "Comments" headings would otherwise
    sum its later siblings again at each heading."""

    def __init__(self, parent: HtmlElement) -> None:
        self.kids = [c for c in parent if isinstance(c.tag, str)]
        self.at = {kid: i for i, kid in enumerate(self.kids)}
        self.whole = len(text_of(parent))
        self.size, self.links = [0] * (len(self.kids) + 1), [0] * (len(self.kids) + 1)
        for i in range(len(self.kids) - 1, -1, -1):
            kid = self.kids[i]
            self.size[i] = self.size[i + 1] + len(text_of(kid))
            self.links[i] = self.links[i + 1] + sum(len(text_of(a)) for a in kid.iter("a"))

    def later(self, heading: HtmlElement) -> list[HtmlElement]:
        """`heading` and its later siblings when they hold less text than the rest of the
        parent and are not mostly links; else nothing."""
        i = self.at[heading]
        size = self.size[i]
        share = self.links[i] / size if size else 1.0
        return self.kids[i:] if size < self.whole - size and share <= _MAX_LINKS else []

    def box(self, heading: HtmlElement) -> list[HtmlElement]:
        """`heading` and the parts of the author box it opens, when the story resumes after
        them in the same run (a box set between the story's paragraphs): its bio (a block of
        over `_MAX_LABEL` characters, not mostly links), then a part closing the box (its
        "follow" or profile links, a block mostly of links, or its photo, a block of no
        text), then the next such block, where the story goes on; else nothing (the box runs
        to the next heading or the run's end: `section`, `later`: a bio of a few paragraphs
        under its heading, "About the author", reads as the story resuming would)."""
        i = j = self.at[heading]
        bio = closed = False
        while j + 1 < len(self.kids) and self.kids[j + 1].tag not in _ANY_HEADING:
            kid = self.kids[j + 1]
            size = self.size[j + 1] - self.size[j + 2]
            if self.links[j + 1] - self.links[j + 2] > _MAX_LINKS * size or (
                not size and _IMAGE(kid)
            ):
                closed = bio
            elif size > _MAX_LABEL:
                if closed:
                    break
                bio = True
            j += 1
        else:
            return []
        return self.kids[i : j + 1] if self.size[i] - self.size[j + 1] <= _MAX_AUTHOR_BOX else []

    def section(self, heading: HtmlElement) -> list[HtmlElement]:
        """`heading` and its later siblings up to the next heading, when they hold at most
        `_MAX_AUTHOR_BOX` characters; else nothing."""
        i = j = self.at[heading]
        while j + 1 < len(self.kids) and self.kids[j + 1].tag not in _ANY_HEADING:
            j += 1
        return self.kids[i : j + 1] if self.size[i] - self.size[j + 1] <= _MAX_AUTHOR_BOX else []
