"""The headline's deck (standfirst, summary, subtitle, chapô, Vorspann, bajada, ingress,
导语) kept as the article text's first paragraph: `headline_deck`, `with_deck`.

Issue 10 asks a news page's extraction to recall its summary or standfirst: part of the
article's text, printed after the headline and before the body. Most pages print it where
the rest of the extractor leaves it out: inside the article's `<header>` (`prune` drops it
by its tag: its deck blocks ride on the headline's marker, `headmark.header_decks`), in the
header box inside the container (`headerbox` drops its lines), or right under the headline
outside the body's container (`standfirst` takes a shaped lead only after a byline). Here the
blocks under the headline that may be its deck (`deckfind.deck_blocks`: named by markup, or
the subtitle printed first under the `<h1>`) are judged as text, in every language alike:
a deck reads as prose (`_reads_as_deck`: a sentence, or a named line of several words; no
byline, date, credit or notice), is not the headline again and is not printed in the text
already (the body's opening repeating the summary). Only for a headline printed before the
body (or inside its container): a deck is the article's, not a teaser of another story.

Measured against references that disagree (README, "Twenty-fifth session, helper deck25"):
trafilatura's news snippets keep such decks 80 times in 84, the human golds of our generic
web corpora drop most; the issue's policy follows the news references.
"""

from __future__ import annotations

import re

from pipeline.maintext.cleanline import clean_line
from pipeline.maintext.credits import is_author_bio, is_credit_line, is_lead_byline
from pipeline.maintext.linekinds import is_boilerplate_line
from pipeline.text.scripts import STOP_CHAR
from pipeline.web.html import (
    DECK_MARK,
    HEADLINE_MARK,
    HtmlElement,
    Stats,
    header_decks,
    heading_text,
    iter_deck_blocks,
    text_of,
)
from pipeline.web.metadata.titles import title_parts

_SENTENCE_END = re.compile(f'[.!?{STOP_CHAR}…”"»’)）]$')
_MIN_CHARS = 40  # a sentence of a few words, not a kicker or a label
_MIN_WORDS = 6
_NAMED_MIN_WORDS = 8  # a named deck without a closing stop: a subtitle of several words
_HEADING_MIN_WORDS = 10  # an unnamed <h2> subtitle without a stop
_PARAGRAPH_MIN_WORDS = 14  # an unnamed <p> subtitle without a stop: a sentence, not a caption
_INNER_STOP = re.compile(r"\w[.!?]\s+\S")  # a sentence closed inside a line
_WORD = re.compile(r"[^\W\d_]+")
_STEM = 5  # letters of a word shared by a loose subtitle and the text ("carbon", "penal")
_SHARED_STEMS = 2
_OPENING = 3  # paragraphs of the text a loose subtitle is compared with (`about_text`)
_UNNAMED_MIN_CHARS = 60
_CJK_UNNAMED_MIN_CHARS = 30  # (`deckfind._CJK_SUBTITLE_CHARS`: a line without spaces)
_CJK_MIN_CHARS = 20  # a line written without spaces (Chinese, Japanese): characters
_MAX_CHARS = 600  # more is a paragraph of the body
_NAMED_MAX_CHARS = 1200  # a lead named so: a paragraph of a few sentences at most
_ANCHOR_MIN_WORDS = 3  # a headline, not a site's name (`deck_anchor`)
# A date opening the line, or a clock time in a short one: a dateline, not a deck.
_DATE = re.compile(r"^\W*\d{1,4}[./-]\d{1,2}[./-]\d{1,4}")
_CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b")
_DATELINE_MAX_CHARS = 150
# A picture's caption or credit printed under the headline ("... Credit: Justin Sullivan /
# Getty Images", "Foto: dpa"): a picture's, not the article's summary.
_PICTURE_CREDIT = re.compile(
    r"\b(?:credits?|photo|foto|image|bild|picture)\s*:|©|getty images", re.I
)
_CREDIT_LABEL = re.compile(r"\b(?:credits?|photo|foto|image|bild|picture)\Z", re.I)
_GETTY = re.compile("getty images", re.I)  # (`_credits_picture`: its three parts)
# A byline's or a dateline's label opening the line ("Posted by", "Published", "Mis à jour").
_LABEL = re.compile(
    r"(?:[Pp]osted|[Pp]ublished|[Uu]pdated|[Pp]roduced|[Ww]ritten)\b|[Bb]y\s+[A-Z][\w'’-]+\s+[A-Z]"
    r"|(?i:publié|mis à jour|veröffentlicht|aktualisiert|publicado|actualizado|pubblicato|"
    r"aggiornato)\b"
)
_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
_LETTERS = re.compile(r"[\W_]+")
# (what `_LETTERS` removes from ASCII: deleted by `str.translate`, ten times as fast)
_NOT_ASCII_LETTERS = dict.fromkeys(c for c in range(128) if not chr(c).isalnum())
_TITLE_EXTRA = 20  # letters a subtitle adds to the headline it repeats ("..., says mayor")
_PROBE = 60  # letters of a deck's opening looked for in the text (a repeat)


def headline_deck(headline: HtmlElement | None, body: HtmlElement) -> str | None:
    """The deck under `headline` (a heading, or the marker of a pruned `<header>`), as a
    cleaned line, or None: the first block `deck_blocks` finds (in the pruned header first,
    then in the tree) that reads as a deck (`deck_line`'s line)."""
    return deck_line(headline, body)[0]


def deck_line(headline: HtmlElement | None, body: HtmlElement) -> tuple[str | None, bool]:
    """`headline_deck`, and True when it is a loose one: no block of the pruned header (then
    of the tree) read as a deck but the first under the headline, a `<p>` of one sentence
    (`_INNER_STOP`) without a closing stop (`_PARAGRAPH_MIN_WORDS`), which the caller keeps
    when it is about the story (`about_text`): a notice ("This site works best in ...")
    reads so too."""
    if headline is None:
        return None, False
    title = None  # (the headline's letters, read once a line reads as a deck)
    loose = None
    for blocks in (header_decks(headline), iter_deck_blocks(body, headline)):
        for text, named, first in blocks:  # (the search stops at the deck: `iter_deck_blocks`)
            line = clean_line(text)
            if not _reads_as_deck(line, named, first):
                if loose is None and _loose_subtitle(line, named, first):
                    loose = line
                continue
            if title is None:
                title = _letters(heading_text(headline))
            if not _same_line(line, title):
                return line, False
        if loose is not None:  # (none read as a deck in the pruned header, or in the tree)
            if not _same_line(loose, title or _letters(heading_text(headline))):
                return loose, True
            loose = None
    return None, False


def _loose_subtitle(line: str, named: bool, first: str) -> bool:
    """True for the first block under the headline, a `<p>` not named as a deck, that reads
    as a deck but for its closing stop: one sentence of `_PARAGRAPH_MIN_WORDS` words or more."""
    if named or first != "p" or _SENTENCE_END.search(line) or _INNER_STOP.search(line):
        return False
    return len(line.split()) >= _PARAGRAPH_MIN_WORDS and _reads_as_deck(f"{line}.", named, first)


def about_text(deck: str, paragraphs: list[str]) -> bool:
    """True when a loose `deck` (`deck_line`) shares `_SHARED_STEMS` words with the text's
    first `_OPENING` paragraphs (their first `_STEM` letters, words of `_STEM` letters or
    more): a summary of the story, not a site's notice."""
    words = _WORD.findall(" ".join(paragraphs[:_OPENING]).lower())
    stems = {w[:_STEM] for w in words if len(w) >= _STEM}
    mine = {w[:_STEM] for w in _WORD.findall(deck.lower()) if len(w) >= _STEM}
    return len(mine & stems) >= _SHARED_STEMS


def with_deck(paragraphs: list[str], deck: str | None) -> list[str]:
    """`paragraphs` opened by `deck`, unless the text prints it already (the body's opening
    repeats the summary, or the container holds it) or holds nothing. A deck whose opening the
    body repeats but whose end it does not (a summary of two sentences whose first opens the
    body: `_printed`) is printed: its second sentence is the deck's alone."""
    if not deck or not paragraphs:
        return paragraphs
    if "Σ" not in deck and deck in "\n".join(paragraphs):
        return paragraphs  # printed as it is: its letters are in the text's (a final sigma's
        # case alone depends on what follows it); asked before its letters are read
    flat = _letters(deck)
    if not flat:
        return paragraphs
    flats = [_letters(para) for para in paragraphs]  # each paragraph's letters, once
    joined = "".join(flats)
    if flat[:_PROBE] in joined:
        return paragraphs if _printed(flat, joined) else [deck, *paragraphs]
        # (its lines may be printed as paragraphs of their own: `<br>`s)
    for other in flats:
        if len(other) >= _PROBE and other[:_PROBE] in flat:
            return paragraphs if _printed(flat, joined) else [deck, *paragraphs]
    return [deck, *paragraphs]


def _printed(flat: str, text: str) -> bool:
    """True when the deck's letters `flat`, whose opening the text's letters `text` print or
    whose letters hold a paragraph's opening, go on as the text prints them: `_PROBE` letters
    from its middle or its last ones are in it (not a deck whose later sentence the body
    leaves out; a deck printed again with one word changed at its end is printed). A deck of
    `2 * _PROBE` letters at most is printed when its last ones are (its opening retold inside
    a sentence of the body's own is no repeat)."""
    if len(flat) <= 2 * _PROBE:
        return flat[-_PROBE:] in text
    middle = len(flat) // 2
    return flat[middle : middle + _PROBE] in text or flat[-_PROBE:] in text


def deck_anchor(
    headline: HtmlElement | None, body: HtmlElement, shared: str = "", title: str = ""
) -> HtmlElement | None:
    """`headline`, else the page's one `<h1>` (or the marker of a pruned one) when it holds a
    headline's words (`_ANCHOR_MIN_WORDS`, or `_CJK_MIN_CHARS` characters of a script without
    spaces) outside a link: a page whose <title> names neither (a site's slogan, a shortened
    title) still prints its deck under its one headline. A site's name in a logo's link is no
    headline. On a page left with neither, the one mark of an `<h1>` dropped with a box named
    as a header (`DECK_MARK`: "news-header", "head"; or an article's `<header>` titled by an
    `<h2>`), which anchors the deck alone; so does it where the page's one `<h1>` names no
    headline (a site's logo in its banner). Else the first block printing the page's
    `shared` title (og:title) whole outside a link (`_titled_block`): a headline set in a
    `<div>`, the page's `<h1>` left empty; on a page sharing no title, the longest part of its
    <title> between separators (`title_parts`: "SITE - Headline - section"), so printed."""
    if headline is not None:
        return headline
    anchor = _one_anchor(list(body.iter("h1", HEADLINE_MARK)))
    if anchor is None:
        anchor = _one_anchor(list(body.iter(DECK_MARK)))
    if anchor is not None:
        return anchor
    if shared:
        return _titled_block(body, shared)
    parts = title_parts(title) if title else []
    return _titled_block(body, max(parts, key=len)) if parts else None


def _titled_block(body: HtmlElement, shared: str) -> HtmlElement | None:
    """The first element whose own text is `shared` (spaces aside) and that holds no child
    element nor stands in a link (a teaser's headline links to the story), when `shared`
    holds a headline's words (`_ANCHOR_MIN_WORDS`, or `_CJK_MIN_CHARS` characters)."""
    want = " ".join(shared.split())
    if len(want.split()) < _ANCHOR_MIN_WORDS and (want.isascii() or len(want) < _CJK_MIN_CHARS):
        return None
    first = want[:8]
    for el in body.iter():
        text = el.text
        if not text or first not in text or len(el) or not isinstance(el.tag, str):
            continue
        if " ".join(text.split()) == want and el.tag != "a":
            if not any(anc.tag == "a" for anc in el.iterancestors()):
                return el
    return None


def _one_anchor(found: list[HtmlElement]) -> HtmlElement | None:
    """The heading `found` holds when it is one and holds a headline's words outside a link."""
    if len(found) != 1:
        return None
    h1 = found[0]
    text = " ".join(heading_text(h1).split())
    if len(text.split()) < _ANCHOR_MIN_WORDS and (text.isascii() or len(text) < _CJK_MIN_CHARS):
        return None
    linked = sum(len(text_of(a).strip()) for a in h1.iter("a"))
    return None if 2 * linked >= len(text) else h1


def in_article(headline: HtmlElement | None, chosen: list[HtmlElement], st: Stats) -> bool:
    """True when `headline` is printed inside one of the `chosen` containers or before the
    one holding most text (the body; a date line before the headline may be chosen too):
    the article's own headline (a deck under a headline after the body is another story's)."""
    if headline is None or not chosen:
        return False
    lineage = {headline, *headline.iterancestors()}
    if any(el in lineage for el in chosen):
        return True
    body = max(chosen, key=lambda el: st.text.get(el, 0))
    for el in body.getroottree().getroot().iter():
        if el is headline:
            return True
        if el is body:
            return False
    return False


def _reads_as_deck(text: str, named: bool, first: str) -> bool:
    """True when `text` reads as a deck: prose of `_MIN_WORDS` words or more (or a line of
    `_CJK_MIN_CHARS` in a script without spaces) up to `_MAX_CHARS` characters (a lead
    named so up to `_NAMED_MAX_CHARS`), closing a sentence unless named as a deck or a long
    heading, and no byline, date, picture credit or notice; one not named (the first block
    under the headline) is a sentence of `_UNNAMED_MIN_CHARS` or more (`_CJK_UNNAMED_MIN_CHARS`
    in a script without spaces)."""
    n = len(text)
    words = len(text.split())
    spaced = words >= _MIN_WORDS and n >= _MIN_CHARS
    if not (spaced or (words <= 2 and n >= _CJK_MIN_CHARS and not text.isascii())):
        return False
    if n > (_NAMED_MAX_CHARS if named else _MAX_CHARS):
        return False
    if _DATE.search(text) or _credits_picture(text):
        return False
    if n < _DATELINE_MAX_CHARS and ":" in text and _CLOCK.search(text):
        return False
    closes = bool(_SENTENCE_END.search(text))
    if named:
        if not closes and spaced and words < _NAMED_MIN_WORDS:
            return False
    elif not first or n < (_UNNAMED_MIN_CHARS if spaced else _CJK_UNNAMED_MIN_CHARS):
        return False
    elif not closes and (first not in _HEADINGS or words < _HEADING_MIN_WORDS):
        return False  # a line that closes no sentence: a subtitle only as a long heading
    if _LABEL.match(text):
        return False
    return not (
        is_author_bio(text)
        or is_boilerplate_line(text)
        or is_credit_line(text)
        or is_lead_byline(text)
    )


def _credits_picture(text: str) -> bool:
    """`_PICTURE_CREDIT.search(text) is not None`, its words not tried at every position (13
    us a deck): a "©"; "getty images" in a line holding "getty" in any case (its letters fold
    to their capitals only); or a colon after one of its words (where the text before it ends,
    its spaces stripped: `str.rstrip` strips the spaces re reads as spaces; the last 8
    characters hold the longest word and the character before it, for its word boundary)."""
    if "©" in text:
        return True
    if "getty" in text.lower() and _GETTY.search(text) is not None:
        return True
    colon = text.find(":")
    while colon >= 0:
        if _CREDIT_LABEL.search(text[:colon].rstrip()[-8:]) is not None:
            return True
        colon = text.find(":", colon + 1)
    return False


def _same(deck: str, title: str) -> bool:
    """True when `deck` (as `_letters`) is the headline `title` again: held in it, or
    holding it with at most a few words more (`_TITLE_EXTRA` letters)."""
    if not deck or not title:
        return False
    return deck in title or (title in deck and len(deck) - len(title) <= _TITLE_EXTRA)


def _same_line(line: str, title: str) -> bool:
    """`_same(_letters(line), title)`, the letters of a long line read only as far as they
    show it longer than the headline with `_TITLE_EXTRA` letters more: the letters of its
    opening are as many as its own letters at most (lowered character by character)."""
    if not title:
        return False
    most = len(title) + _TITLE_EXTRA
    if len(line) > 2 * most and len(_letters(line[: 2 * most])) > most:
        return False
    return _same(_letters(line), title)


def _letters(text: str) -> str:
    """`text` lowered, its letters and digits only."""
    lowered = text.lower()
    if lowered.isascii():
        return lowered.translate(_NOT_ASCII_LETTERS)
    return _LETTERS.sub("", lowered)
