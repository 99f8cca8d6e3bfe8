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
from pipeline.web.metadata.authorpages import BOX_WRITER_PAGE

# A writer's page: "/author/jane-doe", "/autores/x", "/auteur/x", "/profile/x", in the
# languages news sites name it by (`authorpages`: a profile's words too, no slug required).
_AUTHOR_PAGE = BOX_WRITER_PAGE
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


def drop_author_boxes(body: HtmlElement, texts: Texts) -> None:
    """Remove in place each author box set between blocks of the story (module doc).
    `texts`: the texts read so far, cleared when a box goes. Each element's size and each
    parent's prose blocks are read once (`_Reader`): linear in the page, however many links
    to writers' pages it holds."""
    boxes: list[HtmlElement] = []
    chosen: set[HtmlElement] = set()
    read = _Reader()
    for link in body.iter("a"):
        href = link.get("href") or ""
        if _AUTHOR_PAGE.search(href) is None or not 0 < read.size(link) <= _MAX_NAME:
            continue  # (a name linked: a photo linked alone is a reviewer's avatar too)
        if _in_sentence(link):
            continue
        box = _box_around(link, body, read)
        if (
            box is not None
            and box not in chosen
            and not any(b in chosen for b in box.iterancestors())
        ):
            boxes.append(box)
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


def _box_around(link: HtmlElement, body: HtmlElement, read: _Reader) -> HtmlElement | None:
    """The widest block of `_BOX_TAGS` around `link`, `_MAX_LEVELS` up at most, of at most
    `_MAX_BOX` characters, holding a photo or a network's link, when it stands between blocks
    of prose; else None."""
    box = None
    el = link.getparent()
    for _ in range(_MAX_LEVELS):
        if el is None or el is body or read.size(el) > _MAX_BOX:
            break
        if el.tag in _BOX_TAGS:
            box = el
        el = el.getparent()
    if box is None or box.find(".//h1") is not None or not _shows_writer(box):
        return None
    if any(read.size(p) > _MAX_BIO for p in box.iter("p")):
        return None  # (a paragraph of prose: a review or a quote under its writer's photo)
    return box if read.between_prose(box) else None


def _shows_writer(box: HtmlElement) -> bool:
    """`box` holds a photo, or a link to a network or a mailbox, or a "follow" link."""
    if box.find(".//img") is not None or box.find(".//picture") is not None:
        return True
    for a in box.iter("a"):
        if _SOCIAL.search(a.get("href") or "") or _FOLLOW.search(text_of(a)):
            return True
    return False


class _Reader:
    """The sizes of elements and the prose blocks of parents, each read once."""

    def __init__(self) -> None:
        self.sizes: dict[HtmlElement, int] = {}
        self.blocks: dict[HtmlElement, tuple[dict[HtmlElement, int], int, int]] = {}

    def size(self, el: HtmlElement) -> int:
        """The characters of `el`'s text, its runs of blanks read as one."""
        if el not in self.sizes:
            self.sizes[el] = len(" ".join(text_of(el).split()))
        return self.sizes[el]

    def between_prose(self, box: HtmlElement) -> bool:
        """A block of prose (`_MIN_PROSE` characters, mostly outside links) stands both
        before and after `box` among its siblings."""
        parent = box.getparent()
        if parent is None:
            return False
        if parent not in self.blocks:
            places = {el: i for i, el in enumerate(parent)}
            prose = [i for i, el in enumerate(parent) if self._prose(el)]
            self.blocks[parent] = (places, prose[0], prose[-1]) if prose else (places, -1, -1)
        places, first, last = self.blocks[parent]
        return -1 < first < places[box] < last

    def _prose(self, el: HtmlElement) -> bool:
        """`el` is a block of prose (`between_prose`)."""
        if not isinstance(el.tag, str):
            return False
        size = self.size(el)
        if size < _MIN_PROSE:
            return False
        links = sum(self.size(a) for a in el.iter("a"))
        return links <= _MAX_LINKS * size
