"""A sentence of the article's flow that is mostly one link, between its paragraphs or
closing them ("The full report is <a>available on the council's website</a>."): fewer words
outside its links than a linked sentence needs (`paragraphs._SENTENCE_WORDS`), yet a subject
of its own before the first link, a stop closing it and a paragraph of prose right above it
(`is_flow_linked_sentence`). A label before the link ("Read more: <a>...</a>", "À lire
aussi » <a>...</a>", "Lesen Sie auch <a>...</a>"), a line under no prose, a bare "Read more
<a>here</a>" (too few words) are no such sentence; an appeal ("Click here to subscribe to
our newsletter.") is still judged as a line after.

A sentence may also open inside its one link when the link ends in mid-sentence and the
sentence runs on after it ("<a>The county engineer said the wall would rise to two metres and
could be lowered</a> in sections when the water is calm."): the link's text closes on a
letter or digit (no stop, label mark or bracket: a teaser's headline is a whole), the words
after it open on a letter and close the sentence with a stop, and the line is a long
sentence (`_OPEN_WORDS`), not a headline with a few words beside it. The line above it may be
any sentence of the text closed by a stop (`_OPEN_ABOVE`: a list's last item too), not only
a paragraph of prose."""

from __future__ import annotations

from pipeline.maintext.lexicon import RELATED
from pipeline.text.marks import WORD
from pipeline.text.scripts import STOP_CHAR
from pipeline.web.html import HtmlElement, Stats

_FLOW_HEAD_WORDS = 2  # words before the first link
_FLOW_OUTSIDE_WORDS = 3  # words outside the links
_FLOW_WORDS = 6  # words in all
_FLOW_MAX_LINKS = 2
_OPEN_WORDS = 15  # words of a sentence opening inside its link (a headline has fewer)
_OPEN_ABOVE = 40  # characters of the line above such a sentence (a list's item may be it)
_FLOW_PROSE_ABOVE = 80  # characters of the line above, closed by a stop
# a sentence's stop in any script: Latin, CJK, Arabic and Urdu (؟ ۔), Indic (।) ...
_FLOW_STOPS = (".", "!", "?", "…", *STOP_CHAR)
_FLOW_CLOSERS = "\"'”’»)]"  # what may follow the closing stop
_FLOW_WRAPPER_LEVELS = 3  # levels of boxes around one paragraph (`only_paragraph`)
_FLOW_WORD = WORD  # (a word of Devanagari or Thai whole, its vowel signs in it)
# What closes a label before a link ("Read also: <a>", "À lire aussi » <a>", "More → <a>").
_FLOW_LABEL_MARKS = ":：»›>→|–—-·"
_FLOW_RELATED = frozenset(RELATED.split("|"))  # a label before a link without its mark


def only_paragraph(el: HtmlElement) -> HtmlElement | None:
    """`el` when a <p>, or the <p> it only wraps (one child down each level, no text of its
    own beside it: a CMS's box around each paragraph), else None."""
    for _ in range(_FLOW_WRAPPER_LEVELS):
        if el.tag == "p":
            return el
        if len(el) != 1 or (el.text or "").strip() or (el[0].tail or "").strip():
            return None
        el = el[0]
    return el if el.tag == "p" else None


def linked_pieces(
    el: HtmlElement, st: Stats, in_link: bool = False, out: list[tuple[str, bool]] | None = None
) -> list[tuple[str, bool]]:
    """`el`'s texts in document order, each with whether it sits inside a link (an <a> the
    statistics count as one, as the emitter reads links)."""
    if out is None:
        out = []
    if el.text:
        out.append((el.text, in_link))
    for child in el:
        if isinstance(child.tag, str):
            linked = in_link or (child.tag == "a" and st.links.get(child, 0) > 0)
            linked_pieces(child, st, linked, out)
        if child.tail:
            out.append((child.tail, in_link))
    return out


def is_flow_linked_sentence(pieces: list[tuple[str, bool]], text: str, above: str) -> bool:
    """True when `text` (made of `pieces`: each text and whether it is inside a link) reads
    as a sentence of the article under the line `above`: that line prose closed by a stop
    (of any script: ؟ ۔ । ...; any sentence when `text` opens in its link, `_opens_in_link`),
    `text` opening on a capital or a letter of a script without case (Arabic, Hebrew,
    Devanagari) with `_FLOW_HEAD_WORDS` words before the first link and no label there
    (closed by one of `_FLOW_LABEL_MARKS`, or a related-reading label of `RELATED`), closed
    by a stop, `_FLOW_OUTSIDE_WORDS` words outside its links and `_FLOW_WORDS` in all, at
    most `_FLOW_MAX_LINKS` links."""
    if len(above) < _OPEN_ABOVE or not above.rstrip(_FLOW_CLOSERS).endswith(_FLOW_STOPS):
        return False
    if not _opens_sentence(text[:1]) or not text.rstrip(_FLOW_CLOSERS).endswith(_FLOW_STOPS):
        return False
    head = []
    for piece, linked in pieces:
        if linked:
            break
        head.append(piece)
    before = "".join(head).rstrip()
    if not before:
        return _opens_in_link(pieces, text)
    if len(above) < _FLOW_PROSE_ABOVE:
        return False
    if len(_FLOW_WORD.findall(before)) < _FLOW_HEAD_WORDS or before[-1] in _FLOW_LABEL_MARKS:
        return False
    if " ".join(before.lower().split()).strip(_FLOW_LABEL_MARKS + " ") in _FLOW_RELATED:
        return False
    links = sum(1 for i, (_, ln) in enumerate(pieces) if ln and not (i and pieces[i - 1][1]))
    outside = sum(len(_FLOW_WORD.findall(piece)) for piece, linked in pieces if not linked)
    return (
        links <= _FLOW_MAX_LINKS
        and outside >= _FLOW_OUTSIDE_WORDS
        and len(_FLOW_WORD.findall(text)) >= _FLOW_WORDS
    )


def _opens_in_link(pieces: list[tuple[str, bool]], text: str) -> bool:
    """True when `text` opens inside its one link and runs on after it: the link's words end
    on a letter or digit, the rest opens on a letter, holds `_FLOW_OUTSIDE_WORDS` words, and
    the line `_OPEN_WORDS` (the stop closing it and the line above are checked already)."""
    inside = "".join(piece for piece, linked in pieces if linked).rstrip()
    rest = "".join(piece for piece, linked in pieces if not linked).strip()
    runs = sum(1 for i, (_, ln) in enumerate(pieces) if ln and not (i and pieces[i - 1][1]))
    return (
        runs == 1
        and not pieces[-1][1]
        and inside[-1:].isalnum()
        and rest[:1].isalpha()
        and len(_FLOW_WORD.findall(rest)) >= _FLOW_OUTSIDE_WORDS
        and len(_FLOW_WORD.findall(text)) >= _OPEN_WORDS
    )


def _opens_sentence(first: str) -> bool:
    """True when `first` may open a sentence: a capital, or a letter of a script without case
    (Arabic, Hebrew, Devanagari, Georgian ...: none is upper, none lower)."""
    return first.isupper() or (first.isalpha() and not first.islower())
