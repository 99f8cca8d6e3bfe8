"""An author box set between the story's paragraphs, with no heading and no class naming it:
the writer's photo, name linked to the writer's page, a short bio and "follow" links, in a
block of its own among the story's blocks. Left there, its lines read as the story's (the bio
as a paragraph), or its links cut the story at it; `drop_author_boxes` removes it before
scoring, so the story runs on past it.

Such a block is small (`_MAX_BOX` characters), links a name to a writer's page (a path naming
an author, `_AUTHOR_PAGE`; a photo linked alone is also a reviewer's avatar over the review),
holds a photo or a link to a network or mailbox (or a "follow" link) and no paragraph over
`_MAX_BIO` characters, and stands between blocks of prose in its parent, the story on both
sides (a byline box over the story, or a box under it, is the other rules': `headings`,
`credits`). A paragraph linking a writer's page in a sentence is no box: only a block of
blocks is (`_BOX_TAGS`). Patterned after no site.
"""

from __future__ import annotations

import re

from pipeline.web.html import HtmlElement, Texts, drop_tree, text_of

# A writer's page: "/author/jane-doe", "/autores/x", "/auteur/x", "/profile/x", in the
# languages news sites name it by.
_AUTHOR_PAGE = re.compile(
    r"/(?:authors?|autor(?:es|en|zy)?|autore|autori|auteurs?|journalist(?:e|en|s)?|"
    r"columnist(?:a|as|s)?|writers?|contributors?|reporters?|redakteur(?:e|in)?|profile?|"
    r"perfil|staff|people)(?:[/_?#-]|$)",
    re.I,
)
# A network's or a mailbox's link, or a link "follow"ing the writer, in the main languages.
_SOCIAL = re.compile(
    r"^mailto:|//(?:www\.)?(?:twitter|x|facebook|linkedin|instagram|threads|bsky|tiktok|"
    r"youtube|mastodon)\.(?:com|net|app|social)/",
    re.I,
)
_FOLLOW = re.compile(
    r"\b(?:follow|suivre|suivez|folgen|folge|seguir|sigue|siga|segui|seguici|obserwuj|volg)\b",
    re.I,
)
_BOX_TAGS = frozenset({"div", "aside", "section", "figure", "footer", "header", "address"})
_MAX_BOX = 500  # characters: a name, a role and a short bio
_MAX_BIO = 300  # characters of the bio's paragraph
_MAX_NAME = 60  # characters of the link to the writer's page: a name
_MIN_PROSE = 80  # characters of a block of the story beside the box
_MAX_LINKS = 0.5  # of a prose block's text inside links
_MAX_LEVELS = 4  # wrappers climbed from the link to the box
_WORD = re.compile(r"[^\W\d_]{3,}")  # (a word of a sentence around a link: not "By")
_NEAR = 40  # characters read on each side of the link
Sides = tuple[bool, bool]  # (a block of prose before a child of a parent, one after it)


def drop_author_boxes(body: HtmlElement, texts: Texts) -> None:
    """Remove in place each author box set between blocks of the story (module doc).
    `texts`: the texts read so far, cleared when a box goes."""
    boxes: list[HtmlElement] = []
    chosen: set[HtmlElement] = set()
    wide: dict[HtmlElement, bool] = {}  # (`_over` of each wrapper climbed)
    prose: dict[HtmlElement, dict[HtmlElement, Sides]] = {}  # (`_between_prose`)
    for link in body.iter("a"):
        href = link.get("href") or ""
        if _AUTHOR_PAGE.search(href) is None or not 0 < _size(link) <= _MAX_NAME:
            continue  # (a name linked: a photo linked alone is a reviewer's avatar too)
        if _in_sentence(link):
            continue
        box = _box_around(link, body, prose, wide)
        if box is not None and box not in chosen and chosen.isdisjoint(box.iterancestors()):
            boxes.append(box)  # (a set: a list of thousands of boxes was searched per link)
            chosen.add(box)
    if boxes:
        texts.clear()
    for box in boxes:
        drop_tree(box)


def _in_sentence(link: HtmlElement) -> bool:
    """`link` is read inside a sentence: words of three letters or more run up to it
    or on from it ("... on <a>Jane Doe's page</a>, with ..."; "By <a>Jane Doe</a>" is a
    byline)."""
    before = link.getprevious()
    parent = link.getparent()
    lead = (before.tail if before is not None else parent.text if parent is not None else "") or ""
    return any(_WORD.search(side) for side in (lead[-_NEAR:], (link.tail or "")[:_NEAR]))


def _box_around(
    link: HtmlElement,
    body: HtmlElement,
    prose: dict[HtmlElement, dict[HtmlElement, Sides]],
    wide: dict[HtmlElement, bool],
) -> HtmlElement | None:
    """The widest block of `_BOX_TAGS` around `link`, `_MAX_LEVELS` up at most, of at most
    `_MAX_BOX` characters, holding a photo or a network's link, when it stands between blocks
    of prose; else None."""
    box = None
    el = link.getparent()
    for _ in range(_MAX_LEVELS):
        if el is None or el is body:
            break
        over = wide.get(el)
        if over is None:
            over = wide[el] = _over(el, _MAX_BOX)  # (a list's wrapper: asked by each link)
        if over:
            break
        if el.tag in _BOX_TAGS:
            box = el
        el = el.getparent()
    if box is None or box.find(".//h1") is not None or not _shows_writer(box):
        return None
    if any(_size(p) > _MAX_BIO for p in box.iter("p")):
        return None  # (a paragraph of prose: a review or a quote under its writer's photo)
    return box if _between_prose(box, prose) else None


def _shows_writer(box: HtmlElement) -> bool:
    """`box` holds a photo, or a link to a network or a mailbox, or a "follow" link."""
    if box.find(".//img") is not None or box.find(".//picture") is not None:
        return True
    for a in box.iter("a"):
        if _SOCIAL.search(a.get("href") or "") or _FOLLOW.search(text_of(a)):
            return True
    return False


def _between_prose(box: HtmlElement, prose: dict[HtmlElement, dict[HtmlElement, Sides]]) -> bool:
    """A block of prose (`_MIN_PROSE` characters, mostly outside links) stands both before
    and after `box` among its siblings. Each parent's children are read once (`prose`, by
    parent): a list of thousands of linked writers' pictures would otherwise read its
    siblings again for each."""
    parent = box.getparent()
    if parent is None:
        return False
    sides = prose.get(parent)
    if sides is None:
        sides = prose[parent] = _prose_sides(parent)
    return sides.get(box, (False, False)) == (True, True)


def _prose_sides(parent: HtmlElement) -> dict[HtmlElement, Sides]:
    """For each element child of `parent`, whether a block of prose stands among its
    siblings before it and after it (`_is_prose_block`)."""
    kids = [el for el in parent if isinstance(el.tag, str)]
    marks = [_is_prose_block(el) for el in kids]
    after = [False] * len(kids)
    for i in range(len(kids) - 2, -1, -1):
        after[i] = after[i + 1] or marks[i + 1]
    sides: dict[HtmlElement, Sides] = {}
    before = False
    for i, el in enumerate(kids):
        sides[el] = (before, after[i])
        before = before or marks[i]
    return sides


def _is_prose_block(el: HtmlElement) -> bool:
    """`el` is a block of prose: `_MIN_PROSE` characters, at most `_MAX_LINKS` of them in
    links."""
    size = _size(el)
    if size < _MIN_PROSE:
        return False
    return sum(_size(a) for a in el.iter("a")) <= _MAX_LINKS * size


def _over(el: HtmlElement, cap: int) -> bool:
    """`_size(el) > cap`, read no further than the first `cap` characters past blanks
    where the text runs longer: the wrappers around each link of a list of thousands of
    writers hold the whole list. (Walked by `iter`, text and tails: lxml's `itertext`
    costs ten times more to stop early.)"""
    seen = 0
    for node in el.iter():
        if isinstance(node.tag, str) and node.text:  # (a comment's text is not shown)
            seen += len("".join(node.text[: cap + 1].split()))
        if node.tail and node is not el:
            seen += len("".join(node.tail[: cap + 1].split()))
        if seen > cap:
            return True  # (its characters past blanks alone are more)
    return _size(el) > cap


def _size(el: HtmlElement) -> int:
    """The characters of `el`'s text, its runs of blanks read as one."""
    return len(" ".join(text_of(el).split()))
