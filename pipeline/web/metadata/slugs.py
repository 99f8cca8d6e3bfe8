"""Authors given as a slug ("anna-smith", "jane_doe") or as their page's address
("https://example.org/author/anna-smith/"): the CMS's key of a person, not the name the page
prints. `is_slug` tells one; `slug_name` reads one as the name it may stand for, which the
authors take only where no other source names anyone, and only where the page prints it.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from pipeline.web.html import HtmlElement, text_of
from pipeline.web.metadata.names import split_authors

# Lower-case letters and digits in two parts or more joined by "-" or "_", no blank.
_SLUG = re.compile(r"[a-z0-9]+(?:[-_][a-z0-9]+)+")
# A slug that may be a name: two or three parts of two letters or more, no digit.
_NAME_SLUG = re.compile(r"[a-z]{2,}(?:[-_][a-z]{2,}){1,2}")
# The folders an author's page sits in: the last part of such an address is a slug.
_AUTHOR_FOLDERS = frozenset(
    "author authors autor autoren auteur auteurs autore autori people profile writer writers"
    " journalist journalists periodista redakteur".split()
)


def is_slug(value: str) -> bool:
    """True for an author value that is a slug: "anna-smith", "sv_team", "jdoe-2"."""
    return value.isascii() and _SLUG.fullmatch(value) is not None


def address_slug(value: str) -> str:
    """The slug an author's address ends with ("https://example.org/author/anna-smith/" ->
    "anna-smith"), where its folder before it is an author's ("author", "autoren",
    "profile" ...); else ""."""
    try:
        parts = [p for p in urlsplit(value.strip()).path.lower().split("/") if p]
    except ValueError:
        return ""
    if len(parts) >= 2 and parts[-2] in _AUTHOR_FOLDERS and is_slug(parts[-1]):
        return parts[-1]
    return ""


def slug_name(slug: str) -> str:
    """The name a slug may stand for ("anna-smith" -> "Anna Smith"): two or three parts of
    letters only; else "" ("sv_team" reads as one, and the caller checks the page prints
    it; "jdoe-2", "majainfos_zlfca4v6" do not)."""
    if not _NAME_SLUG.fullmatch(slug):
        return ""
    return " ".join(part.capitalize() for part in re.split(r"[-_]", slug))


def _slug_path(address: str) -> str:
    """The path of an address whose last part is a slug ("/source/titiou-lecoq"), lowered,
    without its closing "/"; else ""."""
    try:
        path = urlsplit(address.strip()).path.lower().rstrip("/")
    except ValueError:
        return ""
    return path if is_slug(path.rsplit("/", 1)[-1]) else ""


def linked_name(doc: HtmlElement, addresses: list[str], keys: frozenset[str]) -> list[str]:
    """The person's name a link to the author's address (the JSON-LD's or an author meta's,
    in any folder) prints: "Titiou Lecoq" of "<a href='/source/titiou-lecoq'>Titiou
    Lecoq</a>" (an author box in a sidebar) for `article:author`
    "http://www.slate.fr/source/titiou-lecoq"; else []."""
    paths = {path for address in addresses if (path := _slug_path(address))}
    lasts = tuple({path.rsplit("/", 1)[-1] for path in paths})
    for link in doc.iter("a") if paths else ():
        href = link.get("href")
        if href and any(last in href.lower() for last in lasts) and _slug_path(href) in paths:
            text = " ".join(text_of(link).split())
            if text and split_authors(text, keys) == [text]:
                return [text]
    return []
