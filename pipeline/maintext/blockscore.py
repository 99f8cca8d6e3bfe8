"""What one block of text is worth: a paragraph's score from its length and punctuation
(`paragraph_score`; a data table's caption row is none), the discount its class/id words
bring (`class_weight`), the lines of a block cut by <br> (`text_lines`), its prose
(`prose_chars`), whether it is a list of teasers, a rights notice or a copy of text printed
elsewhere on the page."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from pipeline.text.scripts import COMMA_CHAR, STOP_CHAR
from pipeline.web.html import (
    ANY_NEGATIVE_WORD,
    INLINE_TAGS,
    LAYOUT_NEGATIVE,
    POSITIVE,
    STRONG_NEGATIVE,
    WEAK_NEGATIVE,
    HtmlElement,
    Stats,
    class_words,
    furniture_words,
    text_of,
)

# A paragraph's score counts its punctuation: Latin, and the stops and commas of the other
# scripts (scripts.STOP_CHAR, COMMA_CHAR); a prose block ends on a stop or a closing quote.
PUNCT = re.compile(f"[,;.!?:：{STOP_CHAR}{COMMA_CHAR}]")
MIN_PARAGRAPH = 25  # chars of direct text for a block to count as a paragraph
# A block whose text carries the copyright sign this near its start is a rights notice ("Среда,
# 10 апреля 2013. © ООО ... | Реклама | Контакты") or a credit, not prose: it scores nothing,
# and a sibling opening so is not more of the article (`with_siblings`). A footer named by
# class hashes is not pruned, and its legal text outscores a short article. The sign may
# follow the rights holder's lead-in ("Владелец и правообладатель проекта «X»: © ...", 45
# characters; "Owner and copyright holder of X.com: ©"), before the legal terms of a footer.
_RIGHTS_MARK_CHARS = 60
_TEASER_ITEMS = 3  # linked list items with a summary each: a teaser list (see is_teaser_list)
_MAX_PROSE_LINKS = 0.3  # link share above which a paragraph block is a link list, not prose
_LAYOUT_MAX_LINK_DENSITY = 0.2  # a block named like a menu with fewer links is text


def own_text(el: HtmlElement, st: Stats | None = None) -> str:
    """The text of `el` outside its block children: its text, inline children and tails
    (`el`'s own text as `st` holds it, with `st`)."""
    parts = [(el.text if st is None else st.texts[el]) or ""]
    for child in el:
        if child.tag in INLINE_TAGS:
            parts.append(text_of(child))
        parts.append(child.tail or "")
    return "".join(parts)


def class_weight(el: HtmlElement, st: Stats | None = None) -> float:
    """+10 for content-like class/id words, -25 for boilerplate-like ones. Words naming layout
    furniture (menu, share, sidebar) cost nothing on a block whose text is not mostly links
    (with `st`): a misnamed text column, not a menu."""
    words = class_words(el)
    if not words:
        return 0.0
    weight, layout = _weight_of_words(words)
    if layout and (st is None or st.link_density(el) > _LAYOUT_MAX_LINK_DENSITY):
        weight -= 25.0
    return weight


@functools.lru_cache(maxsize=65536)
def _weight_of_words(words: str) -> tuple[float, bool]:
    """The class weight of `words` without layout words, and whether layout words alone
    mark them as furniture."""
    if not ANY_NEGATIVE_WORD.search(words):  # no furniture word at all (most class strings)
        return (10.0 if POSITIVE.search(words) else 0.0), False
    weight = 0.0
    negative = furniture_words(words)
    marked = STRONG_NEGATIVE.search(negative) or WEAK_NEGATIVE.search(negative)
    if marked:
        weight -= 25.0
    if POSITIVE.search(words):
        weight += 10.0
    return weight, not marked and LAYOUT_NEGATIVE.search(negative)


def paragraph_score(el: HtmlElement, st: Stats) -> float:
    """The score one paragraph-like block gives its ancestors (0 when it is not one)."""
    n = st.own.get(el, 0)
    if n < MIN_PARAGRAPH or el.tag in INLINE_TAGS:
        return 0.0
    text = own_text(el, st)
    if "©" in text[:_RIGHTS_MARK_CHARS]:
        return 0.0  # a site's rights notice, a photo credit: not the article's prose
    if el.tag in _CELL_TAGS and el.get("colspan", "1") != "1" and _caption_row(el, text):
        return 0.0  # a data table's section caption: its rows are short cells, no prose
    marks = _punctuation(text)
    if marks * _DENSE_MARKS > n:  # (rare: more than a mark in eight characters)
        marks -= len(_EMPTY_ITEM.findall(text))
    return 1.0 + marks + min(n / 100.0, 3.0)


# A list whose items were links without text (logos, icons) or were left out prints its
# separators alone: "Nova Scotia: ; ; ; ; ." Each mark closing an empty item (another mark
# after it, blanks between) is no sign of prose: a network's footer listing its papers so
# outscored the article in the cell beside it by its semicolons. Read only in a block with
# more than a mark in `_DENSE_MARKS` characters; an ellipsis ("...", no blank between its
# dots) is no run of empty items.
_DENSE_MARKS = 8
_EMPTY_ITEM = re.compile(r"[,;.:](?=\s+[,;.:])")


_CELL_TAGS = frozenset({"td", "th"})
# A cell spanning its row alone with a line this short and no closing stop is a data table's
# section caption ("Volleyball. National women's league 2012/13" over rows of teams, times
# and scores): each caption scored as a paragraph, and a results or TV-guide widget of a
# dozen sections outscored a short article of three lines cut by <br>.
_CAPTION_CHARS = 120
_CLOSING_STOP = re.compile(f"[.!?…{STOP_CHAR}][\"'\u2019\u201d\u00bb)]*\\s*$")


def _caption_row(cell: HtmlElement, text: str) -> bool:
    """True when `cell` (a <td> or <th> with a colspan) is its row's only cell and its
    `text` is one short line with no closing stop: a section caption, not a paragraph."""
    row = cell.getparent()
    if row is None or row.tag != "tr" or len(text.strip()) > _CAPTION_CHARS:
        return False
    if any(isinstance(c.tag, str) and c is not cell for c in row):
        return False
    return _CLOSING_STOP.search(text) is None


# PUNCT's ASCII characters: the only ones an ASCII text can hold.
_ASCII_PUNCT = tuple(c for c in map(chr, range(0x80)) if PUNCT.fullmatch(c))
_ASCII_PUNCT_BYTES = "".join(_ASCII_PUNCT).encode("ascii")


def _punctuation(text: str) -> int:
    """How many characters of `text` PUNCT matches: in an ASCII text (a flag of the string,
    no scan), how many of its bytes deleting its ASCII ones removes (one bytes.translate
    pass, in a third of the time of a str.count for each, which took a third of findall's:
    findall makes a string of every match)."""
    if text.isascii():
        return len(text) - len(text.encode("ascii").translate(None, _ASCII_PUNCT_BYTES))
    return len(PUNCT.findall(text))


def text_lines(el: HtmlElement) -> int:
    """How many paragraphs `el`'s own text holds as lines cut by a blank line (two <br> with
    only spaces between) or a block child: lines of `MIN_PARAGRAPH` characters or more, not
    mostly a link's (a list of text ads or related stories is no prose). One <br> alone
    breaks a line, not a paragraph."""
    return _line_stats(el)[0]


def _line_stats(el: HtmlElement) -> tuple[int, float]:
    """`text_lines` and the length score those lines would have as <p>s (1 and up to 3
    for its length, each)."""
    count, weight, line, linked, breaks = 0, 0.0, 0, 0, 0
    for piece, link in (*_own_pieces(el), (_BLOCK, False)):
        if piece is _BREAK:
            breaks += 1
            if breaks < 2:
                continue
        elif isinstance(piece, str):
            size = len(piece.strip())
            line, linked = line + size, linked + (size if link else 0)
            breaks = 0 if size else breaks
            continue
        if line >= MIN_PARAGRAPH and 2 * linked < line:
            count, weight = count + 1, weight + 1.0 + min(line / 100.0, 3.0)
        line, linked, breaks = 0, 0, 0
    return count, weight


_BREAK, _BLOCK = object(), object()  # the ends of a line in `_own_pieces`


def _own_pieces(el: HtmlElement) -> Iterator[tuple[str | object, bool]]:
    """`own_text` in pieces, each with whether it is a link's text, and `_BREAK` for a <br>,
    `_BLOCK` for a block child between them; an inline wrapper cut by <br> (`has_breaks`)
    in its own pieces."""
    yield el.text or "", False
    for child in el:
        if child.tag == "br":
            yield _BREAK, False
        elif child.tag not in INLINE_TAGS:
            yield _BLOCK, False
        elif child.tag != "a" and has_breaks(child):
            yield from _own_pieces(child)
        else:
            yield text_of(child), child.tag == "a" or child.find(".//a") is not None
        yield child.tail or "", False


def has_breaks(el: HtmlElement) -> bool:
    """True when `el`'s own text is cut by a <br>: a child, or one inside an inline wrapper
    of its text (an old page's cell printing the whole article in one `<font>`, `<span>` or
    `<b>`, its lines cut by <br> inside it)."""
    if el.find("br") is not None:
        return True
    return any(c.tag in INLINE_TAGS and c.tag != "a" and has_breaks(c) for c in el)


def is_teaser_list(el: HtmlElement, st: Stats) -> bool:
    """True when most of `el`'s text sits in list items that each link away and hold a
    summary paragraph: a list of teasers for other pages, not an article. An item of
    paragraphs whose links are a word or two in them (`_is_told_item`) tells its own story:
    a ranking's entries ("1. ..."), not a teaser."""
    items = [
        li
        for li in el.iter("li")
        if next(li.iter("a"), None) is not None
        and any(st.own.get(node, 0) >= MIN_PARAGRAPH for node in li.iter() if node.tag != "a")
        and not _is_told_item(li, st)
    ]
    return len(items) >= _TEASER_ITEMS and 2 * sum(
        st.text.get(li, 0) for li in items
    ) >= st.text.get(el, 0)


# Levels from a block up to the list item holding it, for that item to be a teaser of its list
# (`teaser_list_of`): a summary sits in the item's link card, its text box, its own wrapper.
_ITEM_DEPTH = 6


def teaser_list_of(el: HtmlElement, st: Stats) -> HtmlElement | None:
    """The list of teasers (`is_teaser_list`) one of whose items holds `el`, at most
    `_ITEM_DEPTH` levels up (the nearest <li>), else None: one teaser's summary of 500
    characters in a stream of other stories printed under a short story (a news page
    appending the next stories, each a linked title over its summary) outscores the story."""
    node = el.getparent()
    for _ in range(_ITEM_DEPTH):
        if node is None:
            return None
        if node.tag == "li":
            parent = node.getparent()
            return parent if parent is not None and is_teaser_list(parent, st) else None
        node = node.getparent()
    return None


def story_by_headline(
    headline: HtmlElement, box: HtmlElement, ordered: list[HtmlElement], st: Stats
) -> bool:
    """True when one of the `ordered` candidates holding a paragraph of prose (`prose_chars`)
    lies in the `headline`'s own branch (its highest ancestor not holding `box`, a list of
    teasers): the story under its headline, beside the stream. A forum thread's posts are
    such a list too, and nothing by the thread's title holds prose: its posts are the text."""
    branch = headline
    around = set(box.iterancestors())
    for anc in headline.iterancestors():
        if anc in around:
            break
        branch = anc
    return any(
        (el is branch or branch in el.iterancestors()) and prose_chars(el, st) > 0 for el in ordered
    )


# A list item holding this many paragraph blocks, with fewer links than `_TOLD_MAX_LINKS` of
# its text, is an article's entry (`_is_told_item`): a teaser is a linked title over a summary.
_TOLD_PARAGRAPHS = 2
_TOLD_MAX_LINKS = 0.1


def _is_told_item(li: HtmlElement, st: Stats) -> bool:
    """True when the list item `li` holds `_TOLD_PARAGRAPHS` <p>s of prose and its links
    are under `_TOLD_MAX_LINKS` of its text: an entry told in paragraphs, a source linked
    inside them, not a teaser's linked title over its summary."""
    if st.link_density(li) >= _TOLD_MAX_LINKS:
        return False
    found = 0
    for p in li.iter("p"):
        if st.own.get(p, 0) >= MIN_PARAGRAPH:
            found += 1
            if found >= _TOLD_PARAGRAPHS:
                return True
    return False


def prose_chars(el: HtmlElement, st: Stats) -> int:
    """Characters of `el`'s paragraph blocks that are not mostly links."""
    total = 0
    for node in el.iter():
        if node.tag in INLINE_TAGS or not isinstance(node.tag, str):
            continue
        n = st.own.get(node, 0)
        if n >= MIN_PARAGRAPH and st.link_density(node) < _MAX_PROSE_LINKS:
            total += n
    return total


def _opens_with_rights(el: HtmlElement) -> bool:
    """True when `el`'s text carries the copyright sign near its start (`_RIGHTS_MARK_CHARS`):
    "© All rights reserved" heading the site's reprint terms, which read as prose."""
    return "©" in text_of(el).lstrip()[:_RIGHTS_MARK_CHARS]


_REPEAT_CHARS = 80  # of a block's text, a run the body holds too: the block repeats it


def _repeats(el: HtmlElement, body: HtmlElement, times: int = 1) -> bool:
    """True when `el` prints again a passage of `body` (a "speakable" summary, a hidden copy
    of the opening paragraph, a print copy of the article): of three runs of
    `_REPEAT_CHARS` characters from its text (at a quarter, the middle and three quarters,
    whitespace aside), two are in the body's text (an ad label inside one copy breaks one),
    `times` times as often as in `el` (which may say a sentence twice)."""
    text = "".join(text_of(el).split())
    if len(text) < _REPEAT_CHARS:
        return False
    other = "".join(text_of(body).split())
    span = len(text) - _REPEAT_CHARS
    found = 0
    for start in (span // 4, span // 2, 3 * span // 4):
        run = text[start : start + _REPEAT_CHARS]
        found += other.count(run) >= times * text.count(run)
    return found >= 2
