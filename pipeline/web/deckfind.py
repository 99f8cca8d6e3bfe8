"""The blocks under a headline that may be its deck (standfirst, summary, subtitle, chapô,
Vorspann, bajada, ingress, spot, 导语): `deck_blocks`, judged as text by
`pipeline.maintext.decks`.

A news page prints its deck right under the headline, often inside the article's `<header>`
(with the byline and the date) or a header box: a block of prose named by its markup (a
class, id, itemprop or test id holding a deck word, `_DECK_TOKENS`: "article__standfirst",
"c-dek", "entradilla", "itemprop=description"), or the subtitle printed first after the `<h1>`
(an `<h2>`, a `<p>`) whatever its name. Searched in document order over the first
`_WINDOW` blocks of text after the headline: a byline, a date, a caption, a kicker's link
or a share bar between them is passed over (in a link, a list item, an address, a figure ...:
`_PASSED`), the next headline or a block as long as a body paragraph ends the search (a lead
named as one may run to a paragraph of several sentences). Only blocks of text without
blocks inside (leaves) are read: one paragraph each, the first one of a box named as a deck.
The subtitle printed first may come after one short block (a kicker, a byline: under
`_LABEL_CHARS`, linked or not) and short lines holding a digit (dates, times, a rating):
"Coronaschutz im Betrieb", "Januar 2022", then the deck. Not after a block of prose, two such
blocks (a byline and a share bar, an author's name and role) or a list item, a form's label
or a table's cell (`_WIDGETS`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from pipeline.web.elementtext import INLINE_TAGS, text_of
from pipeline.web.htmltree import HtmlElement

# Words of a class, id, itemprop or data-testid naming a deck, as whole tokens (split at
# anything but a letter or digit) in English, French, Spanish, Italian, German, Polish,
# Czech, the Nordic languages, Turkish, Portuguese and pinyin ("hat": the French chapeau's
# class, "p.hat"; "manchet": Danish).
_DECK_TOKENS = frozenset(
    "standfirst dek deck deckhead summary lead lede leadtext leadin intro introtext teaser "
    "teasertext excerpt description subtitle subtitulo sottotitolo untertitel subheadline "
    "subhead subheading chapo chapeau hat perex spot ingress ingresso manchet vorspann abstract "
    "strapline sapo entradilla copete bajada occhiello sommario catenaccio zajawka lid "
    "podtytul introduction alternativeheadline daoyu zhaiyao".split()
)
# Deck words inside a compound name ("articleSubtitle", "heroStandfirst", "c-articleteaser").
_DECK_PARTS = ("standfirst", "subtitle", "subhead", "summary", "excerpt", "teaser", "leadtext")
_TOKEN = re.compile(r"[a-z0-9]+")
# A name that says the block is a picture's or a link list's, not a deck ("lead-image").
_NOT_DECK_NAME = re.compile(r"im(a)?g|photo|media|video|figure|related")
# A name of the block or a box around it that says its text is an author's, the site's, a
# pitch or a picture's, not the article's ("author-description", a blog's "site-description",
# a newsletter box's intro, a class ending in "caption" or the class "label": not a type
# scale's "caption-s5-fx" nor Drupal's "field-label-inline" on every field; not "embed": a
# site may name every box "embed-...", its deck too; a popup "layer" as a name's part: a
# button's layer of notices, "view_layer > info_layer"): passed over.
_OTHER_NAME = re.compile(
    r"author|byline|credit|\bbio|\b(?:site|blog)[-_]?desc|tagline|slogan|newsletter|subscri|"
    r"signup|promo|caption(?:\s|$)|(?:^|\s)label(?:\s|$)|(?:^|[\s_-])layer(?:[\s_-]|$)"
)
_NAME_ATTRS = ("class", "id", "itemprop", "data-testid")
# Blocks of text after the headline searched for its deck.
_WINDOW = 5
# Text of a block passed over on the way: a byline in a link or an <address>, a date in a
# <time>, a caption, a menu, a list of tags, a share bar's labels.
_PASSED = frozenset(
    {"a", "li", "nav", "aside", "footer", "figure", "figcaption", "form", "button", "label"}
    | {"time", "address", "table", "select", "option"}
)
# A block this long is a paragraph of the body: the deck was before it or there is none.
_BODY_CHARS = 700
_NAMED_MAX_CHARS = 1200  # a lead named so may run longer: a paragraph of a few sentences
_STOPS = frozenset({"h1"})  # the next story's headline
# A block shorter than this between the headline and its unnamed subtitle is a label, a date
# or a byline ("26 Jan, 2022 09:22 Uhr", "Von Kathrin Hofmeister"): the subtitle comes next.
_LABEL_CHARS = 50
# A line written without spaces (Chinese, Japanese) says in this many characters what a
# spaced one says in `_LABEL_CHARS`: a subtitle ("导语" of 30-50 characters), not a label.
_CJK_SUBTITLE_CHARS = 30
# Passed over, but a widget's or a list's (a text-size panel's choices, a menu, a table): the
# block after it is no subtitle ("Small text", "Large text", then the panel's sample sentence).
_WIDGETS = frozenset({"li", "nav", "form", "button", "label", "table", "select", "option"})
_SUBTITLE_TAGS = frozenset({"p", "div", "h2", "h3", "h4", "h5", "h6"})
_PICTURES = frozenset({"img", "picture"})


def deck_name(el: HtmlElement) -> bool:
    """True when `el`'s class, id, itemprop or test id names a deck."""
    return _names_deck(_names(el))


@lru_cache(maxsize=4096)
def _names_deck(names: str) -> bool:
    """True when `names` (`_names` of an element) name a deck. (Cached: a site's pages
    repeat their names.)"""
    if names.isspace() or _NOT_DECK_NAME.search(names):
        return False  # (an element of no names: "   ")
    if any(token in _DECK_TOKENS for token in _TOKEN.findall(names)):
        return True
    return any(part in names for part in _DECK_PARTS)


def _names(el: HtmlElement) -> str:
    """`el`'s `_NAME_ATTRS` joined by spaces, lowered (read without a generator)."""
    get = el.get
    cls, ident, prop, test = get("class"), get("id"), get("itemprop"), get("data-testid")
    return f"{cls or ''} {ident or ''} {prop or ''} {test or ''}".lower()


@lru_cache(maxsize=4096)
def _names_other(names: str) -> bool:
    """True when `names` (`_names` of an element) say its text is not the article's
    (`_OTHER_NAME`)."""
    return _OTHER_NAME.search(names) is not None


def _names_of(el: HtmlElement, named_as: dict[HtmlElement, str]) -> str:
    """`_names(el)`, computed once per element in `named_as`."""
    names = named_as.get(el)
    if names is None:
        names = named_as[el] = _names(el)
    return names


def deck_blocks(scope: HtmlElement, headline: HtmlElement) -> list[tuple[str, bool, str]]:
    """The blocks of text after `headline` inside `scope` that may be its deck, in document
    order, each as (its text, named as a deck, its tag when it is the first block under the
    headline, else ""): the first block under the headline, and the blocks named as a deck
    among the first `_WINDOW` blocks (see the module's docstring)."""
    return list(iter_deck_blocks(scope, headline))


def iter_deck_blocks(scope: HtmlElement, headline: HtmlElement) -> Iterator[tuple[str, bool, str]]:
    """`deck_blocks` one by one: a caller taking the first block that reads as a deck walks
    no further (the later blocks' texts and names are never read)."""
    path = [headline, *headline.iterancestors()]  # (nearest first)
    lineage = set(path)
    if scope not in lineage:
        return
    boxes: set[HtmlElement | None] = set()  # the named boxes read already
    named_as: dict[HtmlElement, str] = {}  # `_names` of the elements met (the boxes recur)
    index = 0
    counted: HtmlElement | None = None  # the list whose item was counted last in `ahead`
    ahead = 0  # blocks before this one that keep it from being the first (`_LABEL_CHARS`)
    boxed = set(lineage)  # the boxes of blocks met: their loose text is read (`_loose_before`)
    for el in _following(headline, scope):
        tag = el.tag
        if not isinstance(tag, str):
            continue
        if tag in _STOPS:
            break
        loose = len(_loose_before(el, path)) if el.getparent() in boxed else 0
        if loose >= _LABEL_CHARS:  # a line of prose outside any block: the body's opening
            if index >= _WINDOW or loose >= _BODY_CHARS:
                break  # (loose lines of the body passed: what follows is after its start)
            index += 1
            ahead = 2
            counted = None
        if tag in INLINE_TAGS:
            continue
        if any(isinstance(c.tag, str) and c.tag not in INLINE_TAGS for c in el):
            boxed.add(el)
            continue  # a box of blocks: its blocks are read
        text = " ".join(text_of(el).split())
        if not text:
            continue
        if len(el) and el[0].tag == "time" and not (el.text or "").strip():
            text = _after_time(el[0], text)
        if index >= _WINDOW:
            break
        index += 1
        n = len(text)
        if n >= _NAMED_MAX_CHARS:
            break
        above = _above(el, lineage)
        first = ahead < 2  # (after a kicker or a byline, and dates: the first block of prose)
        if n >= _LABEL_CHARS:
            ahead = 2
            counted = None
        elif not _dated(text):
            listed = _list_of(el, above) if _tag_links(el, above, n) else None
            if listed is None or listed is not counted:
                ahead += 1  # (a list's linked items count once: a row of tags is one kicker)
            counted = listed
        chain = None  # (its names and its ancestors', read once they decide something)
        if n >= _BODY_CHARS:  # (a body paragraph unless named as a deck)
            chain, box = _named_box(el, above, named_as)
            if box is None:
                break
        if any(a.tag in _PASSED for a in above) or _linked(el, n):
            if any(a.tag in _WIDGETS for a in above) and not _tag_links(el, above, n):
                ahead = 2
            continue
        if chain is None:
            chain, box = _named_box(el, above, named_as)
        named = box is not None
        if any(_names_other(names) for _, names in chain):
            continue
        if box is not None and box in boxes:
            continue  # a named box's deck is its first block: the next are its form, its links
        if named or (
            first
            and tag in _SUBTITLE_TAGS
            and (n >= _LABEL_CHARS or _cjk_line(text))
            and not _under_picture(el)
        ):
            yield text, named, tag if first else ""
        boxes.add(box)


def _named_box(
    el: HtmlElement, above: list[HtmlElement], named_as: dict[HtmlElement, str]
) -> tuple[list[tuple[HtmlElement, str]], HtmlElement | None]:
    """The names of `el` and of the ancestors `above` it (`_names_of`), and the nearest of
    them named as a deck, or None."""
    chain = [(b, _names_of(b, named_as)) for b in (el, *above)]
    return chain, next((b for b, names in chain if _names_deck(names)), None)


def _above(el: HtmlElement, lineage: set[HtmlElement]) -> list[HtmlElement]:
    """The ancestors of `el` outside `lineage` (the headline and its ancestors), nearest
    first: those below the first one in it (whose own ancestors are all in it too)."""
    above = []
    for anc in el.iterancestors():
        if anc in lineage:
            break
        above.append(anc)
    return above


def _following(headline: HtmlElement, scope: HtmlElement) -> Iterator[HtmlElement]:
    """The elements after `headline` inside `scope` (an ancestor of it or itself), in
    document order, without the headline's own: its later siblings' trees, then those of
    each ancestor's up to `scope`. (Not `scope.iter()` from its start: a page's navigation
    before the headline would be walked through at each page.)"""
    node: HtmlElement | None = headline
    while node is not None and node is not scope:
        for sibling in node.itersiblings():
            yield from sibling.iter()
        node = node.getparent()


def _loose_before(el: HtmlElement, chain: list[HtmlElement]) -> str:
    """The loose text right before `el` in its box (a line printed between `<br>`s, not in
    a block of its own): the previous sibling's tail, or the box's text; after a box of the
    headline's `chain` (the headline and its ancestors, nearest first), also the tails of
    the last children in it down to the headline (no later sibling's visit reads them)."""
    prev = el.getprevious()
    if prev is None:
        parent = el.getparent()
        return (parent.text or "").strip() if parent is not None else ""
    text = (prev.tail or "").strip()
    if prev in chain:
        inner = chain[: chain.index(prev)]
        text = " ".join([*((n.tail or "").strip() for n in inner if n.getnext() is None), text])
    return text.strip()


def _after_time(stamp: HtmlElement, text: str) -> str:
    """`text` of a block opened by the `<time>` `stamp` without the time's own text, when
    more follows it: the deck's paragraph printed after its time ("<time>16:45</time> Se
    realizarán ..."), read as the deck and not as a dateline; a block of the time alone (or
    the time and a short word) is left whole, a dated line."""
    when = " ".join(text_of(stamp).split())
    rest = text[len(when) :].lstrip(" -–—|·:") if when and text.startswith(when) else ""
    return rest if len(rest) >= _LABEL_CHARS else text


def _list_of(el: HtmlElement, above: list[HtmlElement]) -> HtmlElement | None:
    """The list of the block `el` when it is a list item or inside one (the item's parent,
    among the ancestors `above` it), or None."""
    for anc in (el, *above):
        if anc.tag == "li":
            return anc.getparent()
    return None


def _tag_links(el: HtmlElement, above: list[HtmlElement], n: int) -> bool:
    """True when the block `el` (`n` characters) is a link in a list item and no other
    widget: a row of tags or sections under the headline ("Politiikka", "EU"), a kicker, not
    a form's choices (a text-size panel's labels) nor a menu in a <nav>."""
    if not (el.tag == "a" or any(a.tag == "a" for a in above) or _linked(el, n)):
        return False
    return all(a.tag == "li" or a.tag not in _WIDGETS for a in (el, *above))


def _cjk_line(text: str) -> bool:
    """True when `text` is a line of `_CJK_SUBTITLE_CHARS` or more written without spaces
    (two words at most, not ASCII)."""
    return len(text) >= _CJK_SUBTITLE_CHARS and len(text.split()) <= 2 and not text.isascii()


def _under_picture(el: HtmlElement) -> bool:
    """True when `el` comes right after a picture in its box (`<img>` or `<picture>`, only
    blanks between): the picture's caption ("... （取自臉書）"), not the headline's subtitle."""
    prev = el.getprevious()
    return prev is not None and prev.tag in _PICTURES and not (prev.tail or "").strip()


def _dated(text: str) -> bool:
    """True when the short line `text` holds a digit: a date, a time, a rating, a count."""
    return any(c.isdigit() for c in text)


def _linked(el: HtmlElement, n: int) -> bool:
    """True when a fifth or more of `el`'s `n` characters are inside links."""
    linked = sum(len(" ".join(text_of(a).split())) for a in el.iter("a"))
    return linked * 5 >= n
