"""Authors given as a slug ("anna-smith", "jane_doe") or as their page's address
("https://example.org/author/anna-smith/"): the CMS's key of a person, not the name the page
prints. `is_slug` tells one; `slug_name` reads one as the name it may stand for, which the
authors take only where no other source names anyone, and only where the page prints it.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

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
