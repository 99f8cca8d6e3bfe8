"""The whole article of a paywalled page whose markup shows only its opening (`unlocked`).

A publisher that locks an article marks it so in its JSON-LD (`isAccessibleForFree: false`,
the schema.org markup search engines ask of paywalled content) and often keeps the whole text
in the page: in its JSON-LD (`articleBody`) or in the application state a client-rendered
page hydrates from (`embedded`), while the page shows a teaser of a few paragraphs over a
subscription offer. `core` takes such a body by itself only where the page shows next to
nothing (a longer page may show one part of a multi-page article whose body holds every
part); a page that says it is locked, shows paragraphs the body prints too, and whose body is
`_LOCKED_RATIO` times longer, shows a teaser: the article is the body, after whatever the
page shows before the body's first paragraph (a standfirst the body leaves out).
"""

from __future__ import annotations

from typing import Any

from pipeline.web.htmltree import HtmlElement
from pipeline.web.metadata import jsonld_article

# The body must be this many times longer than the text shown for the shown text to be its
# teaser (a subscriber's page, or one shown whole to a crawler, prints as much as the body).
_LOCKED_RATIO = 1.5
# Of the text shown, at least this share must be paragraphs the body prints too.
_MIN_SHARED = 0.5


def is_locked(doc: HtmlElement, source: str | None, ld: dict[str, Any] | None) -> bool:
    """True when the page's article JSON-LD (`ld`, when the caller read it) says it is not
    free to read. Read before the page is pruned (its scripts go); without `ld` the markup,
    when given, is searched for the property before the JSON-LD is read."""
    if ld is None:
        if source is not None and "isAccessibleForFree" not in source:
            return False
        ld = jsonld_article(doc)
    value = ld.get("isAccessibleForFree")
    return value is False or (isinstance(value, str) and value.strip().lower() == "false")


def unlocked(paras: list[str], body: list[str]) -> list[str]:
    """The paragraphs shown before the body's first one, then the body, when `paras` (the
    text a locked page shows) is a teaser of `body` (its JSON-LD body); else []."""
    size = sum(map(len, paras))
    if not size or sum(map(len, body)) < _LOCKED_RATIO * size:
        return []
    whole = " ".join(" ".join(body).split())
    shared = [" ".join(p.split()) in whole for p in paras]
    if sum(len(p) for p, s in zip(paras, shared, strict=True) if s) < _MIN_SHARED * size:
        return []
    return paras[: shared.index(True)] + body
