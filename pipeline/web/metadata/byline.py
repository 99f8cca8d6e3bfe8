"""The byline under the headline: the first byline markup that names people (itemprop or
rel=author, a class or id holding author or byline; comments, bios and forms skipped; an author
link with the other author links beside it), else a "By ..." line, else a printed line of
`bylinelines`; on a page without a headline, byline markup anywhere.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import islice

from pipeline.text.scripts import has_han
from pipeline.web.html import HtmlElement, text_of, xpath
from pipeline.web.htmltree import document_elements
from pipeline.web.metadata.bylinelines import (
    _dateline_reporter,
    _de_byline,
    _declares_romanian,
    _labelled_author,
    _line_search,
    _name_shaped,
    _place_byline,
    _role_byline,
    byline_line,
    joined_lines,
)
from pipeline.web.metadata.headline import (
    _AUTHOR_PAGE_HREF,
    _BYLINE_WORD,
    _MAX_BYLINE_NODES,
    _NOT_BYLINE,
    _NOT_BYLINE_SELF,
    _Near,
)
from pipeline.web.metadata.names import _people, split_authors
from pipeline.web.metadata.nodenames import _node_names, _translator_link
from pipeline.web.metadata.organisations import _key, is_organisation
from pipeline.web.metadata.reportercredits import _CREDIT_WINDOW
from pipeline.web.metadata.visible import _ANCESTOR_LEVELS, _outside_says
from pipeline.web.metadata.vocabulary import _BYLINE, _BYLINE_LINE, _GREEK_CASE_LEAD, _JOINER

# Byline markup anywhere on a page (`_byline_nodes`): itemprop or rel "author", a class or id
# holding one of `_BYLINE_PARTS`; not a <link>, <body>, <html> or <article>, nor a <meta>
# without content.
_BYLINE_PARTS = ("uthor", "yline", "aut")
_NOT_BYLINE_NODES = frozenset({"link", "body", "html", "article"})
_BYLINE_WINDOW = 600  # characters after the headline a "By ..." line is read in
_LINKED_BYLINE_WINDOW = 600  # characters after the headline a bare author link stands in
_LINKED_LEVELS = 2  # levels above an author link its byline's other links are looked for in
_MAX_LINKED_BYLINE = 200  # characters of a byline holding several author links
# Author links of one byline read: 20,000 beside one another (a list, no byline) took 0.4 s.
_MAX_LINKED = 20


def _byline_authors(
    doc: HtmlElement, keys: frozenset[str], near: _Near, far: bool = True
) -> list[str]:
    h1 = near.h1
    if h1 is not None:  # the byline markup after the title, then a "By ..." line there
        marked = [n for n in near.marked[0] if _near_enough(n, near)]
        names = _first_names(marked, keys, near.holders, h1)
        if names:
            return _above_instead(names, keys, near, marked) or names
        window = near.window(_BYLINE_WINDOW)
        match = byline_line(window)  # (not a caption's "Von links nach rechts: A, B")
        if match:
            names = _line_names(match, keys, joined_lines(window, match))
            if not names and is_organisation(match.group(1).strip(), keys):
                # "By The Planetary Press" (the site's account, an agency), then "Written by:
                # Jane Doe" opening the text: the next byline line names the writer, when it
                # gives full names
                names = _full_names(_line_search(_BYLINE_LINE, window, match.end()), keys)
            return names
        romanian = _de_byline(near.window(_BYLINE_WINDOW), keys, _declares_romanian(doc))
        if romanian:
            return romanian
        role = _role_byline(near.window(_BYLINE_WINDOW), keys)
        if role:
            return role
        placed = _place_byline(near.window(_BYLINE_WINDOW), keys)
        if placed:
            return placed
        # a byline set right above the title, else the author's line under the article,
        # else a reporter the dateline credits
        above = near.above_names(keys)
        if above or not far:
            return above
        return _labelled_author(near.window(_CREDIT_WINDOW), keys) or _dateline_reporter(
            near.window(_BYLINE_WINDOW), keys
        )
    return _first_names((n for n in _byline_nodes(doc) if _byline_marked(n)), keys)


# Characters of text after the headline a byline node's names are printed in to be the
# story's byline when the byline markup right above the headline names someone else.
_BELOW_WINDOW = 1000


def _above_instead(
    names: list[str], keys: frozenset[str], near: _Near, marked: list[HtmlElement]
) -> list[str]:
    """The names of the byline right above the headline (`_Near.above_names`) where the byline
    markup after it (`names`, of one of `marked`) is printed far below it, none of its names
    within `_BELOW_WINDOW` characters of the headline, in a teaser card (`_in_card`: the
    next story's, its writer's) and names other people; else none. The story's own byline
    printed after its text ("<p class='author'>By Jane Doe</p>" closing it) stays its own."""
    window = _key(near.window(_BELOW_WINDOW))
    if any(_key(n) in window for n in names):
        return []  # (most pages: the byline under the headline; the markup above not read)
    node = next((n for n in marked if names[0] in " ".join(text_of(n).split())), None)
    if node is None or not _in_card(node, near.h1):
        return []
    above = near.above_names(keys)
    return [] if not above or _people(above) & _people(names) else above


_CARD_LEVELS = 10  # boxes around a byline node read for a teaser card's
_MAX_CARD_TEXT = 400  # characters of a card's text, blanks run together (more: the page's)
_MIN_TITLE_WORDS = 4  # words of a link that is another story's title
_CARD_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})


def _in_card(node: HtmlElement, h1: HtmlElement | None) -> bool:
    """`node` (a byline node) sits in a teaser card: a short box around it (`_MAX_CARD_TEXT`),
    within `_CARD_LEVELS` levels that do not hold the headline `h1`, that is a list's item
    or holds another story's title (a heading, a link of `_MIN_TITLE_WORDS` words or more)."""
    above = set(h1.iterancestors()) if h1 is not None else set()
    own = " ".join(text_of(node).split())
    box = node.getparent()
    for _ in range(_CARD_LEVELS):
        if box is None or box in above or len(" ".join(text_of(box).split())) > _MAX_CARD_TEXT:
            return False
        if box.tag == "li" or any(_story_title(el, own) for el in box.iter()):
            return True
        box = box.getparent()
    return False


def _story_title(el: HtmlElement, byline: str) -> bool:
    """`el` is a story's title in a card: a heading, or a link of `_MIN_TITLE_WORDS` words
    or more that is no part of the card's byline (`byline`)."""
    if el.tag in _CARD_HEADINGS:
        return True
    if el.tag != "a":
        return False
    text = " ".join(text_of(el).split())
    return len(text.split()) >= _MIN_TITLE_WORDS and text not in byline


def _line_names(match: re.Match[str], keys: frozenset[str], names: str | None = None) -> list[str]:
    """The names of a byline line `_BYLINE_LINE` matched (or `names`: its names with the
    co-authors the next lines join, `joined_lines`), read with its opening word where that
    gives the case the name is printed in ("Του", "Με τον")."""
    names = match.group(1) if names is None else names
    lead = " ".join(match.group(0)[: match.start(1) - match.start(0)].split("|")[-1].split())
    if _GREEK_CASE_LEAD.match(f"{lead} "):
        return split_authors(f"{lead} {names}", keys)
    return split_authors(names, keys)


def _full_names(match: re.Match[str] | None, keys: frozenset[str]) -> list[str]:
    """The names of a byline line's match when each is a person's full name (two words or
    more of a name's shape, or a Han name): no handle ("KB_Redaktion"), no first name."""
    names = _line_names(match, keys) if match is not None else []
    if all(_name_shaped(n) and (" " in n or has_han(n)) for n in names):
        return names
    return []


def _near_enough(node: HtmlElement, near: _Near) -> bool:
    """False for a bare link to an author's page (no byline class: `_AUTHOR_PAGE_HREF`)
    whose text is not within `_LINKED_BYLINE_WINDOW` characters of the headline: a teaser
    card's author under the article, not its byline."""
    if node.tag != "a" or _byline_marked(node):
        return True
    return _key(text_of(node)) in _key(near.window(_LINKED_BYLINE_WINDOW))


def _byline_nodes(doc: HtmlElement) -> Iterator[HtmlElement]:
    """The page's byline markup (`_BYLINE_PARTS`) in document order, lazily: the first that
    names people is read. The XPath it was ("//*[@itemprop or @rel or @class or @id]
    [@itemprop='author' or ... contains(@id,'aut')][not(self::meta) or @content]...") built
    the whole page's set first."""
    for el in document_elements(doc):
        cls, ident = el.get("class"), el.get("id")
        if (
            el.get("itemprop") == "author"
            or el.get("rel") == "author"
            # (`_BYLINE_PARTS` spelled out: a generator an element cost four times the tests)
            or (cls is not None and ("uthor" in cls or "yline" in cls or "aut" in cls))
            or (ident is not None and ("uthor" in ident or "yline" in ident or "aut" in ident))
        ):
            tag = el.tag
            if tag not in _NOT_BYLINE_NODES and (tag != "meta" or el.get("content") is not None):
                yield el


def _byline_marked(node: HtmlElement) -> bool:
    """True for byline markup among the nodes `_byline_nodes` gives: a class or id holding
    "author" or "byline" (`_byline_nodes` finds these exactly) or an abbreviation of it
    (`_BYLINE_WORD`: the test's "aut" finds more, "auto-play" too)."""
    label = f"{node.get('class', '')} {node.get('id', '')}"
    return (
        "uthor" in label
        or "yline" in label
        or "author" in (node.get("itemprop"), node.get("rel"))
        or bool(_BYLINE_WORD.search(label))
    )


def _first_names(
    nodes: Iterable[HtmlElement],
    keys: frozenset[str],
    holders: frozenset[HtmlElement] = frozenset(),
    h1: HtmlElement | None = None,
) -> list[str]:
    """The names of the first byline node that gives any (comments, bios ... skipped; the
    class words of the headline's own wrappers, `holders`, not read)."""
    for node in islice(nodes, _MAX_BYLINE_NODES):
        own = f"{node.get('class', '')} {node.get('id', '')}"
        if _NOT_BYLINE_SELF.search(own) or _other_item_around(node, holders, h1):
            continue
        if _FORM_PART(node):
            continue  # a comment box's author field and its login links ("tie-author")
        if node.tag == "a" and _translator_link(node):
            continue  # "Übersetzung <a href='/author/x/'>X</a>": the translator's page
        names = _node_names(node, keys)
        if names and node.tag == "a" and _author_link(node):
            return _linked_authors(node, keys) or names
        if names and node.get("itemprop") == "author":
            return _marked_beside(node, keys) or names
        if names:
            return _classed_beside(node, keys, _line_around(node, keys, names))
    return []


_MAX_LINE_AROUND = 200  # characters of a byline line whose last name alone is marked
# What a byline line holds but its names: its "By" and the commas and joining words between.
_LIST_RESIDUE = re.compile(rf"(?:\s|[,;&]|(?<!\S)(?:{_JOINER})(?!\S))*")


def _line_around(node: HtmlElement, keys: frozenset[str], names: list[str]) -> list[str]:
    """`names` (of the byline node `node`), or those of the line `node`'s parent prints where
    that line is a list of names and `node` one of them: "By <span>A</span>, <span>B</span>
    and <span class='last-byline'>C</span>" (the markup naming one co-author alone). The
    line's text but its names is its lead, commas and joining words (`_LIST_RESIDUE`)."""
    parent = node.getparent()
    if parent is None or parent.tag in _NOT_BYLINE_NODES:
        return names
    text = " ".join(text_of(parent).split())
    if len(text) > _MAX_LINE_AROUND or len(text) <= len(" ".join(names)) + 2:
        return names
    whole = split_authors(text, keys)
    if len(whole) <= len(names) or not set(names) <= set(whole):
        return names
    rest = text
    for name in whole:
        rest = rest.replace(name, " ", 1)
    lead = _BYLINE.match(rest.strip())
    rest = rest.strip()[lead.end() :] if lead is not None else rest
    return whole if _LIST_RESIDUE.fullmatch(rest) else names


_MAX_BESIDE = 100  # characters of a sibling byline node naming a co-author
_MAX_JOIN = 5  # characters between two of them (", ", " und ", " & ")
_MAX_BESIDE_NODES = 20  # of them read (thousands of one class in a row: a list, no byline)


def _classed_beside(node: HtmlElement, keys: frozenset[str], names: list[str]) -> list[str]:
    """`names` (of the byline node `node`) and those of the nodes of its tag and class right
    after it, each a co-author's (a line's length, nothing between but a joining word):
    "<span class='author'>A</span>, <span class='author'>B</span>", "<p class='byline'>A</p>
    <p class='byline'>B</p>", a card for each writer."""
    cls = node.get("class")
    found = list(names)
    if not cls:
        return found
    el = node
    for _ in range(_MAX_BESIDE_NODES):
        if len((el.tail or "").strip()) > _MAX_JOIN:
            break
        after = el.getnext()
        if after is None or after.tag != node.tag or after.get("class") != cls:
            break
        el = after
        if len(text_of(el)) > _MAX_BESIDE or _FORM_PART(el):
            break
        more = _node_names(el, keys)
        if not more:
            break
        found += [n for n in more if n not in found]
    return found


def _other_item_around(
    node: HtmlElement, holders: frozenset[HtmlElement], h1: HtmlElement | None
) -> bool:
    """True where an ancestor of `node` below the headline's wrappers (`holders`) is classed
    another item (`_NOT_BYLINE`: a comment, a related box, a widget ...), but not by a
    block's generic word (`_BLOCK_WORDS`) alone that the headline's own wrapper (its parent
    or theirs) is classed by too: a CMS classing every block of the story "widget" (the
    headline's and the byline's) says nothing of the byline by it."""
    if not _outside_says(node, holders, _NOT_BYLINE):
        return False
    parent = h1.getparent() if h1 is not None else None
    wrappers = [parent, parent.getparent()] if parent is not None else []
    ours = {
        word
        for h in wrappers
        if h is not None
        for word in map(_class_word, _NOT_BYLINE.finditer(_label(h)))
        if word in _BLOCK_WORDS
    }
    if not ours:
        return True
    current: HtmlElement | None = node
    for _ in range(_ANCESTOR_LEVELS):
        if current is None or current in holders or not isinstance(current.tag, str):
            return False
        if any(_class_word(m) not in ours for m in _NOT_BYLINE.finditer(_label(current))):
            return True
        current = current.getparent()
    return False


_BLOCK_WORDS = frozenset(("widget", "card", "teaser"))  # what some CMSs class every block


def _label(node: HtmlElement) -> str:
    return f"{node.get('class', '')} {node.get('id', '')}"


def _class_word(match: re.Match[str]) -> str:
    return match.group().lstrip(" \t\n_-").lower()


def _linked_authors(link: HtmlElement, keys: frozenset[str]) -> list[str]:
    """The names of `link` and of the other links to author pages beside it (one parent):
    "<a href='/autor/a'>A</a> y <a href='/autor/b'>B</a>"; where the parent holds no other,
    the byline around it, up to `_LINKED_LEVELS` levels while it stays a line's length
    ("<span>Co-authored by <a>A</a></span> and <a>B</a>": each name wrapped apart)."""
    container = link.getparent()
    links = _author_links(container, _MAX_LINKED) if container is not None else [link]
    for _ in range(_LINKED_LEVELS):
        up = container.getparent() if container is not None and len(links) < 2 else None
        if up is None or len(text_of(up)) > _MAX_LINKED_BYLINE:
            break
        container, links = up, _author_links(up, _MAX_LINKED)
    return list(dict.fromkeys(n for a in links for n in _node_names(a, keys)))


_MARKED_AUTHORS = xpath("./*[@itemprop='author'] | ./*/*[@itemprop='author']")


def _marked_beside(node: HtmlElement, keys: frozenset[str]) -> list[str]:
    """The names of `node` (itemprop=author) and of the other itemprop=author nodes beside it
    in its byline (its parent, a line's length): "Von <span itemprop='author'>A</span> und
    <span itemprop='author'>B</span>", microdata's one Person an author."""
    parent = node.getparent()
    if parent is None or len(text_of(parent)) > _MAX_LINKED_BYLINE:
        return []
    marked = _MARKED_AUTHORS(parent)
    if len(marked) < 2:
        return []
    return list(dict.fromkeys(n for el in marked for n in _node_names(el, keys)))


def _author_links(node: HtmlElement, limit: int | None = None) -> list[HtmlElement]:
    """The links to author pages in `node`, the first `limit` of them (None: every one)."""
    return list(islice((a for a in node.iter("a") if _author_link(a)), limit))


def _author_link(link: HtmlElement) -> bool:
    """A link to an author's page: by its path (`_AUTHOR_PAGE_HREF`), or marked rel=author
    whatever its path ("<a rel='author' href='/profile/a'>A</a> and <a rel='author' ...>")."""
    return (
        bool(_AUTHOR_PAGE_HREF.search(link.get("href") or ""))
        or "author" in (link.get("rel") or "").split()
    )


# A form, or a part of one: what a reader types in (a comment's author, a login), no byline;
# a byline holding a form with no field to type in (a rating's stars and its submit button)
# is still one.
_FORM_PART = xpath(
    "boolean(self::form or self::input or self::textarea or ancestor::form "
    "or descendant::input[not(@type='hidden' or @type='submit' or @type='radio' "
    "or @type='button' or @type='image')] or descendant::textarea)"
)
