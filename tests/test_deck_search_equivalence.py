"""speed26's deck search answers as the one before it, on generated headers: `deck_blocks`
(its names read only once they decide something, an element's ancestors read up to the
headline's lineage) as the former search written out here, `headline_deck` (stopping at
the first block reading as a deck) as judging every block, `_names` as joining the four
attributes, `_same_line` (a long line's letters read as far as needed) as `_same`, and
`_letters` as its pattern."""

from __future__ import annotations

import random

from pipeline.maintext import decks
from pipeline.web import deckfind
from pipeline.web.elementtext import INLINE_TAGS, text_of
from pipeline.web.html import HtmlElement, parse


def _former_deck_blocks(scope: HtmlElement, headline: HtmlElement) -> list[tuple[str, bool, str]]:
    """`deck_blocks` before speed26 (with decks26's first block: one short block, short
    lines holding a digit and passed blocks outside `_WIDGETS` before it; and decks27's: a
    block opened by a `<time>` read without the time's text when 50+ characters follow it,
    the linked items of one list counted as one short block, and passed over as no widget; a
    first block of 30+ characters without spaces a subtitle, none right after a picture)."""
    d = deckfind
    lineage = {headline, *headline.iterancestors()}
    found: list[tuple[str, bool, str]] = []
    if scope not in lineage:
        return found
    boxes: set[HtmlElement | None] = set()
    index = 0
    ahead = 0
    counted: HtmlElement | None = None
    for el in d._following(headline, scope):
        if not isinstance(el.tag, str):
            continue
        if el.tag in d._STOPS:
            break
        if el.tag in INLINE_TAGS or any(
            isinstance(c.tag, str) and c.tag not in INLINE_TAGS for c in el
        ):
            continue
        text = " ".join(text_of(el).split())
        if not text:
            continue
        if len(el) and el[0].tag == "time" and not (el.text or "").strip():
            when = " ".join(text_of(el[0]).split())
            if when and text.startswith(when):
                rest = text[len(when) :].lstrip(" -–—|·:")
                if len(rest) >= d._LABEL_CHARS:
                    text = rest
        if index >= d._WINDOW:
            break
        index += 1
        above = [a for a in el.iterancestors() if a not in lineage]
        first = ahead < 2
        tag_link = (
            el.tag == "a" or any(a.tag == "a" for a in above) or d._linked(el, len(text))
        ) and all(a.tag == "li" or a.tag not in d._WIDGETS for a in (el, *above))
        if len(text) >= d._LABEL_CHARS:
            ahead = 2
            counted = None
        elif not any(c.isdigit() for c in text):
            items = [a for a in (el, *above) if a.tag == "li"]
            listed = items[0].getparent() if tag_link and items else None
            if listed is None or listed is not counted:
                ahead += 1
            counted = listed
        chain = [(b, " ".join(b.get(a) or "" for a in d._NAME_ATTRS).lower()) for b in (el, *above)]
        box = next((b for b, names in chain if d._names_deck(names)), None)
        named = box is not None
        if len(text) >= (d._NAMED_MAX_CHARS if named else d._BODY_CHARS):
            break
        if any(a.tag in d._PASSED for a in above) or d._linked(el, len(text)):
            if any(a.tag in d._WIDGETS for a in above) and not tag_link:
                ahead = 2
            continue
        if any(d._names_other(names) for _, names in chain):
            continue
        if box is not None and box in boxes:
            continue
        cjk = len(text) >= 30 and len(text.split()) <= 2 and not text.isascii()
        prev = el.getprevious()
        pictured = (
            prev is not None and prev.tag in ("img", "picture") and not (prev.tail or "").strip()
        )
        if named or (
            first
            and el.tag in d._SUBTITLE_TAGS
            and (len(text) >= d._LABEL_CHARS or cjk)
            and not pictured
        ):
            found.append((text, named, el.tag if first else ""))
        boxes.add(box)
    return found


_SENTENCES = [
    "The city council approved the new bus line to the harbour on Thursday evening.",
    "Ab Juni fahren die Busse alle zwanzig Minuten vom Bahnhof bis zum Fährterminal.",
    "By Jane Doe",
    "Photo: Reuters",
    "12.05.2024 10:30",
    "Share",
    "市议会周四晚间批准了通往港口的新公交线路，预计六月开通。",
    "Σ ΟΔΟΣ İstanbul_line",
]
_NAMES = ["", "standfirst", "c-dek", "author-bio", "lead-image", "summary", "promo", "x"]
_TAGS = ["p", "div", "h2", "span", "a", "time", "figure", "li", "section", "h1", "address"]


def _tree(rng: random.Random, depth: int = 0) -> str:
    out = []
    for _ in range(rng.randrange(1, 4)):
        tag = rng.choice(_TAGS)
        attr = f' class="{rng.choice(_NAMES)}"' if rng.random() < 0.5 else ""
        if rng.random() < 0.2:
            attr += f' data-testid="{rng.choice(_NAMES).upper()}"'
        if depth < 3 and rng.random() < 0.35:
            inner = _tree(rng, depth + 1)
        else:
            inner = " ".join(rng.choice(_SENTENCES) for _ in range(rng.choice([0, 1, 2, 9, 16])))
        out.append(f"<{tag}{attr}>{inner}</{tag}>")
    return "".join(out)


def test_deck_search_answers_as_before() -> None:
    rng = random.Random(26)
    found = named = 0
    for _ in range(4_000):
        head = rng.choice(["<header class='article-header'>", "<div>", "<header>"])
        html = (
            f"<html><body><article>{head}<div><h1>{rng.choice(_SENTENCES)}</h1></div>"
            f"{_tree(rng)}</{head[1:].split()[0].rstrip('>')}>{_tree(rng)}</article>"
            f"<aside>{_tree(rng)}</aside></body></html>"
        )
        doc = parse(html)
        assert doc is not None
        h1 = next(doc.iter("h1"))
        for scope in (doc.find("body"), h1.getparent().getparent()):
            expected = _former_deck_blocks(scope, h1)
            assert deckfind.deck_blocks(scope, h1) == expected, html
            found += bool(expected)
            named += any(n for _, n, _ in expected)
        body = doc.find("body")
        eager = loose = None
        title = decks._letters(decks.heading_text(h1))
        for text, is_named, first in _former_deck_blocks(body, h1):
            line = decks.clean_line(text)
            if decks._reads_as_deck(line, is_named, first):
                if not decks._same(decks._letters(line), title):
                    eager = line
                    break
            elif loose is None and decks._loose_subtitle(line, is_named, first):
                loose = line  # (multi28: the first loose subtitle, when no block reads as one)
        if eager is None and loose is not None and not decks._same(decks._letters(loose), title):
            eager = loose
        assert decks.headline_deck(h1, body) == eager, html
    assert found > 1_000 and named > 300


def test_letters_as_the_pattern() -> None:
    """`_letters` (ASCII lines by `str.translate`) as removing `_LETTERS` from the line."""
    every_ascii = "".join(map(chr, range(128)))
    rng = random.Random(8)
    pieces = [every_ascii, "Kelvin \u212a", "İ", "ΣΑΣ", "ſ", "_", "a_b", "x1 y2", "新闻", "é"]
    for _ in range(5_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 5)))
        assert decks._letters(text) == decks._LETTERS.sub("", text.lower()), text


def test_names_and_same_line_as_before() -> None:
    # (the headline again with up to a few words more, spread over a long line)
    for title in ("Mayor opens the bridge", "ΟΔΟΣ", "İzmir_ferry", "a"):
        letters = decks._letters(title)
        for extra in range(17, 24):
            for gap in (" ", " - ", " ' ", "  ·  "):
                line = title + gap + "w" * extra + gap * 30
                expected = decks._same(decks._letters(line), letters)
                assert decks._same_line(line, letters) == expected, line
    rng = random.Random(5)
    pieces = ["A", "b", "Σ", "ς", "İ", "_", " ", "-", "1", "é", "中", "'", "ʼ", "x" * 30]
    for _ in range(20_000):
        line = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 60)))
        title = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 12)))
        title_letters = decks._letters(title)
        expected = decks._same(decks._letters(line), title_letters)
        assert decks._same_line(line, title_letters) == expected, (line, title)
        if rng.random() < 0.2:
            el = parse(f"<p class='{title}' id='{line[:9]}'>x</p>")
            assert el is not None
            p = next(el.iter("p"))
            if rng.random() < 0.5:
                p.set("itemprop", line[:5])
            former = " ".join(p.get(a) or "" for a in deckfind._NAME_ATTRS).lower()
            assert deckfind._names(p) == former
