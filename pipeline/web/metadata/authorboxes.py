"""An author box anywhere on the page, its markup a theme's own (session 35): a picture (the
writer's portrait), one element whose text is a person's name alone, and a short bio beside
them, in a box that says whose it is (a writer's word in its class or id, an "About the
author" heading, or the portrait's alt text the name or an avatar's class, with the bio
opening on the first name or the name linked to an author's page). Not a commenter's box, a
list's item, a teaser linked to a story. Read where no byline, credit or signature names
anyone.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import islice

from pipeline.text.bylines import ABOUT_AUTHOR
from pipeline.web.html import HtmlElement, text_of
from pipeline.web.metadata.authorpages import PORTRAIT_WRITER_PAGE
from pipeline.web.metadata.names import split_authors
from pipeline.web.metadata.nodenames import _unglued_text
from pipeline.web.metadata.vocabulary import _UI_WORDS

_LEVELS = 3  # ancestors of the picture tried as the box
_MIN_BIO_WORDS, _MAX_BOX_CHARS = 5, 500  # a bio's words; a box's text (not a page's part)
_NAME_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6", "strong", "b", "a", "span", "p", "div"})
_MAX_NAME_CHARS = 40
# A writer's box by a word of its class or id ("author-box", "autor", "post-author", "writer
# bio"): whole words, not "oauth" or "authentication".
_WRITER_CLASS = re.compile(
    r"(?<![a-z])(?:authors?|autor(?:in|en)?|auteur|autore|writer|contributor|journalist|"
    r"reporter|redakteur(?:in)?)(?![a-z])",
    re.I,
)
_COMMENTS = re.compile(r"comment|respond|reply|discussion", re.I)
_NO_BOX = frozenset({"body", "main", "article", "ul", "ol", "nav", "header", "footer"})
_ABOUT = re.compile(rf"\W*(?:{ABOUT_AUTHOR})\W*$", re.I)


def author_box(doc: HtmlElement, keys: frozenset[str]) -> list[str]:
    """The one name of the first author box of the page (see the module), else []. Each
    element is read once however many pictures it holds (`_Boxes`): the work is linear in
    the page, not in its pictures times their boxes."""
    boxes = _Boxes(keys)
    for img in doc.iter("img"):
        if not boxes.may_hold(img):
            continue  # (no box of it could be a writer's: its boxes are not read)
        if boxes.commented(img.getparent()):
            continue  # a commenter's avatar, name and comment
        box = img.getparent()
        for _ in range(_LEVELS):
            seen = None if box is None else boxes.read(box)
            if box is None or seen is None:
                break  # (a list of teasers, of links, of writers: no one's box)
            name = _box_name(box, img, *seen)
            if name:
                return [name]
            box = box.getparent()
    return []


def _portrait_shaped(img: HtmlElement) -> bool:
    """True where `img` could be a writer's `_portrait`: an avatar's, or its alt text a name
    as `_names` takes one (two words or more in title case, `_MAX_NAME_CHARS` at most)."""
    if _AVATAR.search(f"{img.get('class') or ''} {img.get('src') or ''}"):
        return True
    alt = " ".join(img.get("alt", "").split())
    return " " in alt and len(alt) <= _MAX_NAME_CHARS and all(map(_name_word, alt.split()))


# What a box holds whichever picture is read in it: its text, the names it holds alone with
# a bio beside them (each with whether it is linked), and whether it says it is a writer's.
_Seen = tuple[str, list[tuple[str, bool]], bool]


class _Boxes:
    """What `author_box` learns of an element once, kept for the next picture that reaches
    it: whether it or an ancestor is a comment's, the (tag, class) of its children, and what
    it holds as a box (`read`)."""

    def __init__(self, keys: frozenset[str]) -> None:
        self.keys = keys
        self.comments: dict[HtmlElement, bool] = {}
        self.kinds: dict[HtmlElement, Counter[tuple[object, str | None]]] = {}
        self.seen: dict[HtmlElement, _Seen | None] = {}
        self.writers: dict[HtmlElement, bool] = {}
        self.abouts: set[HtmlElement] | None = None  # (the boxes an "About" heading is in)

    def may_hold(self, img: HtmlElement) -> bool:
        """False where no box of `img` can be a writer's (`_box_name`), known without reading
        a box: a box is taken only where it is `_marked` (a writer's word in the class or id
        of the box or its parent, the picture's first `_LEVELS` + 1 ancestors; an "About the
        author" heading in it) or where `img` is a `_portrait` (an avatar's, or its alt text
        a name). Most pictures of most pages are none of these."""
        if _portrait_shaped(img):
            return True
        around = list(islice(img.iterancestors(), _LEVELS + 1))
        if any(map(self._writers, around)):
            return True
        if self.abouts is None:
            self.abouts = set()
            for el in img.getroottree().getroot().iter("h2", "h3", "h4"):
                if _ABOUT.match(" ".join(text_of(el).split())):
                    self.abouts.update(el.iterancestors(), [el])
        return not self.abouts.isdisjoint(around[:_LEVELS])

    def _writers(self, el: HtmlElement) -> bool:
        """True where `el`'s class or id holds a writer's word (`_WRITER_CLASS`)."""
        if el not in self.writers:
            marks = f"{el.get('class') or ''} {el.get('id') or ''}"
            self.writers[el] = bool(_WRITER_CLASS.search(marks))
        return self.writers[el]

    def commented(self, el: HtmlElement | None) -> bool:
        """True where `el` or one of its ancestors is marked as a comment's."""
        chain = []
        while el is not None and el not in self.comments:
            chain.append(el)
            el = el.getparent()
        found = el is not None and self.comments[el]
        for node in reversed(chain):
            found = found or bool(_COMMENTS.search(f"{node.get('class')} {node.get('id')}"))
            self.comments[node] = found
        return found

    def read(self, box: HtmlElement) -> _Seen | None:
        """What `box` holds (`_Seen`), or None where it is no one's box: the page's part, a
        list, a box of more than one picture or of over `_MAX_BOX_CHARS` characters."""
        if box not in self.seen:
            self.seen[box] = self._read(box)
        return self.seen[box]

    def _read(self, box: HtmlElement) -> _Seen | None:
        if box.tag in _NO_BOX or not _one_picture(box) or self._listed(box):
            return None
        text = " ".join(text_of(box).split())
        if len(text) > _MAX_BOX_CHARS:
            return None
        if len(text.split()) < _MIN_BIO_WORDS:
            return text, [], False  # (a name taken out of a text leaves it no more words)
        names = _names(box, text, self.keys)
        return text, names, bool(names) and _marked(box)

    def _listed(self, box: HtmlElement) -> bool:
        """True where the box has a sibling of its tag and class (a class it has): an item of
        a list."""
        parent = box.getparent()
        if parent is None or not box.get("class"):
            return False
        if parent not in self.kinds:
            self.kinds[parent] = Counter((el.tag, el.get("class")) for el in parent)
        return self.kinds[parent][(box.tag, box.get("class"))] > 1


def _one_picture(box: HtmlElement) -> bool:
    """True where `box` holds one picture or none (icons aside)."""
    pictures = (img for img in box.iter("img") if _picture(img))
    return next(pictures, None) is None or next(pictures, None) is None


def _picture(img: HtmlElement) -> bool:
    """True for a picture, not an icon ("icons/email.png", class "icon-phone")."""
    return "icon" not in f"{img.get('src')} {img.get('class')}".lower()


def _names(box: HtmlElement, text: str, keys: frozenset[str]) -> list[tuple[str, bool]]:
    """The names an element of `box` holds alone, in document order, each with a bio of five
    words or more beside it, and whether it is linked (to an author's page)."""
    found = []
    for el in box.iter():
        if el.tag not in _NAME_TAGS or el is box:
            continue
        words = _unglued_text(el).split()
        while words and words[-1].lower() in _UI_WORDS:
            words.pop()  # "Jane Doe Follow": a button's label after the name
        own = " ".join(words)
        if not own or len(own) > _MAX_NAME_CHARS or not all(map(_name_word, own.split())):
            continue
        link = _link(el, own)
        if link is not None and not _AUTHOR_PAGE.search(link.get("href") or ""):
            continue  # a teaser's headline, a menu's item: a link to another page
        names = split_authors(own, keys)
        if len(names) != 1 or " " not in names[0] or names[0] != own:
            continue
        if len(text.replace(own, " ", 1).split()) >= _MIN_BIO_WORDS:
            found.append((own, link is not None))
    return found


def _box_name(
    box: HtmlElement, img: HtmlElement, text: str, names: list[tuple[str, bool]], marked: bool
) -> str:
    """The first of the box's `names` (`_names`) where the box is the writer's (`marked`, or
    `img` the writer's portrait); else ""."""
    for own, linked in names:
        if marked or _portrait(img, own, text, linked):
            return own
    return ""


def _name_word(word: str) -> bool:
    """A word of a name in title case ("Jane", "O'Neil", "Müller-Lüdenscheidt")."""
    return word[:1].isupper() and not word.isupper() and word.replace("-", "").isalpha()


# An author's page by its address: "/author/jane-doe", "/autor/", "/people/", "/profile/",
# "/team/" (`authorpages`: the box's portrait and bio are the other evidence).
_AUTHOR_PAGE = PORTRAIT_WRITER_PAGE


def _link(el: HtmlElement, own: str) -> HtmlElement | None:
    """The link the element's text is: the element, a link around it or the one inside it
    holding all its text ("<p><a>Jane Doe</a></p>"); else None."""
    if el.tag == "a":
        return el
    around = next(el.iterancestors("a"), None)
    if around is not None:
        return around
    return next((a for a in el.iter("a") if " ".join(text_of(a).split()) == own), None)


def _marked(box: HtmlElement) -> bool:
    """True where the box says it is the writer's: a writer's word in its class or id (or
    its parent's), or an "About the author" heading."""
    parent = box.getparent()
    marks = " ".join(
        f"{el.get('class') or ''} {el.get('id') or ''}" for el in (box, parent) if el is not None
    )
    if _WRITER_CLASS.search(marks):
        return True
    return any(_ABOUT.match(" ".join(text_of(el).split())) for el in box.iter("h2", "h3", "h4"))


def _portrait(img: HtmlElement, name: str, text: str, linked: bool) -> bool:
    """True where the picture is the writer's portrait (its alt text the name, an avatar's)
    and the bio opens with the first name or the name is `linked` to an author's page."""
    portrait = " ".join(img.get("alt", "").split()) == name or bool(
        _AVATAR.search(f"{img.get('class') or ''} {img.get('src') or ''}")
    )
    rest = text.replace(name, " ", 1).split()
    return portrait and (rest[:1] == name.split()[:1] or linked)


_AVATAR = re.compile(r"avatar", re.I)  # a writer's picture ("avatar", "gravatar.com")
