"""A breadcrumb trail printed inside the article's container, known by its shape where its
class names say nothing (hashed, or none): "Home > Business > <this story's name>".

`prune` drops a trail its class or a <nav> names. Unnamed, its links go with the other
lines of links, but its last step, the page's own name printed without a link (often an
SEO title in another language than the article: "HDFC ICICI Bank; Market Capitalization
2024 | SBI ITC" over a Hindi story), reads as a line of text and opens the article's text.
A trail (`is_trail`): a list (`<ul>`/`<ol>`) or a block of inline parts whose steps are
links but the last, the first link to the site's root ("/", "https://host/"), between
`_MIN_LINKS` and `_MAX_LINKS` links of at most `_MAX_STEP` characters each, nothing between
them but separators ("›", ">", "/", "»"), and a last step of at most `_MAX_LAST` characters
closing on no full stop (a list of sources, "<a>WHO</a>" over "Statistics office, annual
report, 2023.", is no trail). Searched in the chosen containers only, after the choice: a
trail moves no score.
"""

from __future__ import annotations

import re

from pipeline.web.html import HtmlElement, Texts, drop_tree, text_of

_MIN_LINKS = 1  # "Home" and the page's name: a trail of two steps
_MAX_LINKS = 6
_MAX_STEP = 40  # characters of a linked step: a section's name
_MAX_LAST = 250  # characters of the last step: the page's name
# The site's root: "/", "/index.html", "https://www.example.com", "//example.com/".
_ROOT = re.compile(r"^(?:(?:https?:)?//[^/?#]+)?/?(?:index\.\w+)?$", re.I)
# A page's name closes on no full stop; a sentence does ("... report, 2023.").
_FULL_STOPS = (".", "。", "।", "۔")
_LETTER = re.compile(r"[^\W\d_]")
_TRAIL_TAGS = ("ul", "ol", "div", "p")
_OPENINGS = ("a", "li")  # a trail's first child: its first step (tested before the call)
_SEPARATORS = "›»>/|→•"
_INLINE = frozenset({"span", "strong", "b", "em", "i", "small"})


def drop_trails(chosen: list[HtmlElement], texts: Texts | None = None) -> None:
    """Drop the breadcrumb trails (`is_trail`) inside the chosen containers, in place
    (`texts`, the texts read so far, cleared when one goes)."""
    for top in chosen:
        found = [
            el
            for el in top.iter(*_TRAIL_TAGS)
            if len(el) > 1 and el[0].tag in _OPENINGS and el is not top and is_trail(el)
        ]
        if found and texts is not None:
            texts.clear()
        for el in found:
            if el.getparent() is not None:
                drop_tree(el)


def is_trail(el: HtmlElement) -> bool:
    """True when `el` is a breadcrumb trail (see the module's docstring)."""
    if not 1 < len(el) <= 2 * (_MAX_LINKS + 1):  # (steps, perhaps separators between)
        return False
    first = el[0] if el[0].tag == "a" else el[0].find(".//a") if el[0].tag == "li" else None
    if first is None or _ROOT.match(first.get("href") or "x") is None:
        return False  # (cheap tests first: a trail opens on its link to the site's root)
    steps = _steps(el)
    if steps is None or len(steps) < _MIN_LINKS + 1 or len(steps) > _MAX_LINKS + 1:
        return False
    *links, (last, last_href) = steps
    if last_href is not None or not 0 < len(last) <= _MAX_LAST or last.endswith(_FULL_STOPS):
        return False
    if any(href is None or len(text) > _MAX_STEP for text, href in links):
        return False
    return _ROOT.match(links[0][1] or "x") is not None  # (the first step's own link)


def _steps(el: HtmlElement) -> list[tuple[str, str | None]] | None:
    """The trail's steps (their text and their link's href, None for a step without a link),
    or None when `el` holds anything but steps and separators. Inline steps are parted by a
    separator each; the last one may be the text after the last link's separator."""
    if _LETTER.search(el.text or ""):
        return None
    listed = el.tag in ("ul", "ol")
    steps: list[tuple[str, str | None]] = []
    for i, child in enumerate(el):
        step = _step(child) if listed else _inline_step(child)
        if step is None:
            return None
        if step[0]:  # (a separator of its own: "<li>›</li>")
            steps.append(step)
        tail = (child.tail or "").strip()
        if listed or (not tail and i == len(el) - 1):
            if _LETTER.search(tail):
                return None
            continue
        if tail[:1] not in _SEPARATORS:
            return None  # inline steps are parted: "Home › News", not a link in a sentence
        rest = tail.lstrip(_SEPARATORS + " ")
        if rest and (i < len(el) - 1 or step[1] is None):
            return None
        if rest:
            steps.append((" ".join(rest.split()), None))
    return steps


def _step(li: HtmlElement) -> tuple[str, str | None] | None:
    """One list item's step: its text and the href of its one link, if any."""
    if li.tag != "li":
        return None
    links = list(li.iter("a"))
    text = _text(li)
    if not _LETTER.search(text):
        return "", None
    if not links:
        return text, None
    if len(links) > 1 or _text(links[0]) != text.strip(_SEPARATORS + " "):
        return None
    return text, links[0].get("href", "")


def _inline_step(child: HtmlElement) -> tuple[str, str | None] | None:
    """One inline part's step: a link, or the unlinked page's name in a span."""
    text = _text(child)
    if child.tag == "a":
        return text, child.get("href", "")
    if child.tag not in _INLINE or child.find(".//a") is not None:
        return None
    return (text, None) if _LETTER.search(text) else ("", None)


def _text(el: HtmlElement) -> str:
    return " ".join(text_of(el).split())
