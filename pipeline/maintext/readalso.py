"""Another story's pointer printed as a line of the article (`is_read_also`): "Lesen Sie auch:
<a>headline</a>", "MIRA: <a>headline</a>", "Read more: <a>headline</a>", "Czytaj też: <a>...</a>",
a short line opened by a read-also label whose rest is mostly one link; and the read-more
link closing a line (`without_read_more`): "... erläutert Hintergründe. <a>mehr</a>", "...
w Polsce. [<a>czytaj więcej</a>]", the label alone taken off the line.

Read on the line's pieces (each text and whether it sits inside a link), from the emitter of
`pipeline.maintext.paragraphs`. The labels are `lexicon.RELATED`'s with `READ_ALSO`'s
(opening) or `READ_MORE`'s (closing), looked up whole, lowered and stripped of the marks at
their edges (`labels.label_key`): a set lookup, no pattern, asked only of a line holding a
link. A sentence that names a story ("As we reported in <a>...</a>, ...") opens on
no label and stays; a line whose link text is the article's own words after the label
("Read more: the minister said <a>here</a> that ...") is not mostly link and stays.
"""

from __future__ import annotations

from pipeline.maintext.labels import label_key
from pipeline.maintext.lexicon import READ_ALSO, READ_MORE, RELATED
from pipeline.web.html import HtmlElement, Stats, text_of

# A read-also label and the headline it points to: a line this long at most.
_MAX_POINTER = 200
_MAX_LABEL = 40  # characters of the label before the link
# Of the line after its label, the share inside links: the headline linked whole or in part
# ("Były dowódca wojsk USA: <a>Rosja jest groźna</a>" after a label).
_POINTER_LINK_SHARE = 0.3
# Characters of a headline in the link: a few words, not an editing link ("See also[edit]",
# a wiki's section heading) or a count.
_MIN_HEADLINE = 12
_OPENERS = frozenset(label_key(w) for kind in (RELATED, READ_ALSO) for w in kind.split("|"))
_CLOSERS = frozenset(label_key(w) for kind in (RELATED, READ_MORE) for w in kind.split("|"))
_MAX_CLOSER = max(map(len, _CLOSERS)) + 6  # with its marks: "[czytaj więcej]", "mehr »"
# What the text before a closing read-more link ends on: a closed sentence, or a mark that
# sets the label apart ("... in Polsce. [czytaj więcej]", "... selbst! Weiterlesen", "...
# Hintergründe … mehr", "Details | mehr"); not a word ("and <a>more</a>" is the sentence's).
_BEFORE_CLOSER = (".", "!", "?", "…", "。", "！", "？", ")", "”", '"', "»", "|", "[", "(", "-", "–")

_CUT_SHORT = ("...", "…", "[...]", "[…]", "(...)", "(…)")

Pieces = list[tuple[str, bool]]


def is_read_also(pieces: Pieces, text: str) -> bool:
    """`text` (the line of `pieces`, cleaned) is a read-also label and a headline linked
    whole or in part ("Czytaj też: Były dowódca wojsk USA: <a>Rosja jest groźna</a>"): the
    label is the text before the first link, or its part before a colon (else before a bar:
    « Lire aussi | Article réservé à nos abonnés <a>headline</a> »)."""
    if len(text) > _MAX_POINTER:
        return False
    head: list[str] = []
    rest = 0
    linked = 0
    for i, (piece, in_link) in enumerate(pieces):
        if in_link:
            for later, later_linked in pieces[i:]:
                n = len(later.strip())
                rest += n
                linked += n if later_linked else 0
            break
        head.append(piece)
    else:
        return False  # no link: a label alone is `labels.is_furniture_label`'s
    before = "".join(head).strip()
    colon = before.find(":", 0, _MAX_LABEL + 1)
    if colon < 0:  # « Lire aussi | Article réservé à nos abonnés <a>...</a> »: a badge after it
        colon = before.find("|", 0, _MAX_LABEL + 1)
    label = before[:colon] if colon > 0 else before
    if not label or len(label) > _MAX_LABEL or label_key(label) not in _OPENERS:
        return False
    rest += len(before) - len(label)
    return linked >= max(_MIN_HEADLINE, _POINTER_LINK_SHARE * rest)


def without_read_more(pieces: Pieces, text: str) -> str:
    """`text` without the read-more link closing it (a label of `READ_MORE`, linked, after
    a closed sentence or a mark), "" when the text before it is cut short (`_CUT_SHORT`: a
    teaser of another page), else `text` unchanged."""
    end = len(pieces)
    while end and not pieces[end - 1][1] and not label_key(pieces[end - 1][0]):
        end -= 1  # marks after the link: "]", " »"
    start = end
    while start and pieces[start - 1][1]:
        start -= 1
    if start == end or start == 0:
        return text  # no link closing the line, or the line is all link
    label = "".join(piece for piece, _ in pieces[start:end]).strip()
    if len(label) > _MAX_CLOSER or label_key(label) not in _CLOSERS:
        return text
    cut = text.rfind(label)
    if cut <= 0:
        return text
    kept = text[:cut].rstrip()
    if not kept.endswith(_BEFORE_CLOSER):
        return text
    kept = kept.rstrip(" [(|»›>→-–—:")
    # a text cut short before the link ("... der Aller und ihrer Auen im... mehr lesen"):
    # another page's teaser, whose text goes on there
    return "" if kept.endswith(_CUT_SHORT) else kept


def is_read_also_title(text: str) -> bool:
    """A linked heading (emitted as text: `paragraphs.Emitter.walk`) opened by a read-also
    label and its colon: "MIRA: <a>headline</a>" set as an <h3>."""
    colon = text.find(":", 0, _MAX_LABEL + 1)
    if colon < 0:
        colon = text.find("：", 0, _MAX_LABEL + 1)
    return 0 < colon and len(text) <= _MAX_POINTER and label_key(text[:colon]) in _OPENERS


# A teaser card closed by a read-more link: the link's target is linked again in the card
# (its headline, its picture), `_CARD_LEVELS` levels up at most from the link, and the card
# is short (`_MAX_CARD`). Dropped whole only while the cards hold under a third of the
# chosen text: more is a listing (a blog's front page), whose cards are its text.
_CARD_LEVELS = 4
_MAX_CARD = 600
_MAX_CARDS_SHARE = 1 / 3


def read_more_cards(containers: list[HtmlElement], st: Stats) -> frozenset[HtmlElement]:
    """The teaser cards of other pages inside `containers` (see `_CARD_LEVELS`)."""
    cards: list[HtmlElement] = []
    for container in containers:
        for link in container.iter("a"):
            if st.text.get(link, 0) > _MAX_CLOSER or label_key(text_of(link)) not in _CLOSERS:
                continue
            card = _card_of(link, container, st)
            if card is not None and not any(card is c for c in cards):
                cards.append(card)
    total = sum(st.text.get(el, 0) for el in containers)
    if not cards or sum(st.text.get(c, 0) for c in cards) >= _MAX_CARDS_SHARE * total:
        return frozenset()
    return frozenset(cards)


def _card_of(link: HtmlElement, container: HtmlElement, st: Stats) -> HtmlElement | None:
    href = link.get("href")
    if not href or href.startswith(("#", "javascript")):
        return None
    node = link
    for _ in range(_CARD_LEVELS):
        parent = node.getparent()
        if parent is None or node is container:
            return None
        node = parent
        if st.text.get(node, 0) > _MAX_CARD:
            return None
        if any(a is not link and a.get("href") == href for a in node.iter("a")):
            return node
    return None
