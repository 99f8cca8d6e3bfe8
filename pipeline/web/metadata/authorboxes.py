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
from itertools import chain, islice

from pipeline.text.bylines import ABOUT_AUTHOR
from pipeline.web.html import HtmlElement, text_of
from pipeline.web.metadata.names import split_authors
from pipeline.web.metadata.nodenames import _unglued_text
from pipeline.web.metadata.vocabulary import _UI_WORDS

_LEVELS = 3  # ancestors of the picture tried as the box
_MIN_BIO_WORDS, _MAX_BOX_CHARS = 5, 500  # a bio's words; a box's text (not a page's part)
_NAME_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6", "strong", "b", "a", "span", "p", "div"})
_MAX_NAME_CHARS = 40
_LIST_REACH = 8  # siblings read on each side for another item of the box's list
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
    """The one name of the first author box of the page (see the module), else []."""
    for img in doc.iter("img"):
        name = _name_beside(img, keys)
        if name:
            return [name]
    return []


def _name_beside(img: HtmlElement, keys: frozenset[str]) -> str:
    """The name of the author box around `img`, `_LEVELS` up at most, else "". The test of
    a commenter's box waits for a box with room for a bio (`_bio_room`): a gallery's
    thousands of pictures, each with a name or a label alone, skip it."""
    box, commented = img.getparent(), None
    for _ in range(_LEVELS):
        if box is None or box.tag in _NO_BOX or _pictures_over_one(box):
            break  # (a list of teasers, of links, of writers: no one's box)
        if _listed(box):
            break  # one of the boxes of a list ("<div id='authors'><div class='author'>")
        text = " ".join(text_of(box).split())
        if len(text) > _MAX_BOX_CHARS:
            break
        if _bio_room(text):
            if commented is None:
                commented = any(
                    _COMMENTS.search(f"{a.get('class')} {a.get('id')}") for a in img.iterancestors()
                )
            if commented:
                break  # a commenter's avatar, name and comment
            name = _box_name(box, img, text, keys)
            if name:
                return name
        box = box.getparent()
    return ""


def _bio_room(text: str) -> bool:
    """True where the box's `text` holds `_MIN_BIO_WORDS` words: the bio `_box_name` asks
    for beside the name cannot be shorter."""
    return len(text.split(None, _MIN_BIO_WORDS)) >= _MIN_BIO_WORDS


def _listed(box: HtmlElement) -> bool:
    """True where the box has a sibling of its tag and class (a class it has), within
    `_LIST_REACH` siblings on either side: an item of a list. (Bounded: every picture of a
    page asks it, and a gallery of thousands of items each naming its own class would be
    read whole for each.)"""
    mark = box.get("class")
    if not mark:
        return False
    near = chain(
        islice(box.itersiblings(box.tag, preceding=True), _LIST_REACH),
        islice(box.itersiblings(box.tag), _LIST_REACH),
    )
    return any(el.get("class") == mark for el in near)


def _pictures_over_one(box: HtmlElement) -> bool:
    """True where `box` holds two pictures or more (`_picture`): a list of teasers, of
    links, of writers. Stops at the second: every picture of the page asks it of its
    ancestors, and a gallery's wrapper holds thousands."""
    return sum(1 for _ in islice(filter(_picture, box.iter("img")), 2)) > 1


def _picture(img: HtmlElement) -> bool:
    """True for a picture, not an icon ("icons/email.png", class "icon-phone")."""
    return "icon" not in f"{img.get('src')} {img.get('class')}".lower()


def _box_name(box: HtmlElement, img: HtmlElement, text: str, keys: frozenset[str]) -> str:
    """The name an element of `box` holds alone, with a bio of five words or more beside it
    and a sign that the box is the writer's; else ""."""
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
        bio = text.replace(own, " ", 1).split()
        if len(bio) >= _MIN_BIO_WORDS and _writers(box, img, own, text, link is not None):
            return own
    return ""


def _name_word(word: str) -> bool:
    """A word of a name in title case ("Jane", "O'Neil", "Müller-Lüdenscheidt")."""
    return word[:1].isupper() and not word.isupper() and word.replace("-", "").isalpha()


# An author's page by its address: "/author/jane-doe", "/autor/", "/people/", "/profile/".
_AUTHOR_PAGE = re.compile(r"/(?:auth?ors?|autor\w*|auteurs?|people|profiles?|staff|team)/", re.I)


def _link(el: HtmlElement, own: str) -> HtmlElement | None:
    """The link the element's text is: the element, a link around it or the one inside it
    holding all its text ("<p><a>Jane Doe</a></p>"); else None."""
    if el.tag == "a":
        return el
    around = next(el.iterancestors("a"), None)
    if around is not None:
        return around
    return next((a for a in el.iter("a") if " ".join(text_of(a).split()) == own), None)


def _writers(box: HtmlElement, img: HtmlElement, name: str, text: str, linked: bool) -> bool:
    """True where the box says it is the writer's: a writer's word in its class or id (or
    its parent's), an "About the author" heading, or the picture a portrait (its alt text
    the name, an avatar's) and the bio opening with the first name or the name `linked` to
    an author's page."""
    parent = box.getparent()
    marks = " ".join(
        f"{el.get('class') or ''} {el.get('id') or ''}" for el in (box, parent) if el is not None
    )
    if _WRITER_CLASS.search(marks):
        return True
    if any(_ABOUT.match(" ".join(text_of(el).split())) for el in box.iter("h2", "h3", "h4")):
        return True
    portrait = " ".join(img.get("alt", "").split()) == name or bool(
        _AVATAR.search(f"{img.get('class') or ''} {img.get('src') or ''}")
    )
    rest = text.replace(name, " ", 1).split()
    return portrait and (rest[:1] == name.split()[:1] or linked)


_AVATAR = re.compile(r"avatar", re.I)  # a writer's picture ("avatar", "gravatar.com")
