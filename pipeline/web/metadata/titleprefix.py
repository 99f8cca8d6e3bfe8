"""A section's or site's name printed before the headline in a page's title ("Blogname »
Headline", "WORLD - Headline", "Theoretical Frontiers - Headline") cut off where the page
itself says it is no part of the headline (`without_prefix`):

- an <h1> of the page (one of its first four: the first may print the blog's name) prints
  the rest of the title alone ("Białystok: Kontrola w NFZ" over an <h1> "Kontrola w NFZ"),
  never when one prints the whole title ("Opinion: The problem with space junk", "Fact
  Check: Is ..." stay whole);
- or, for a prefix before a dash, a pipe, a guillemet or a slash (not a colon: "韩寒：...",
  "Tatry: ..." name a speaker or a place that is the headline's own), the prefix is the text
  of a link of the page's navigation (a <nav>, a menu, a breadcrumb, a channel path: the
  section the page sits in), or of a link to the site's home page (the blog's name);
- or the prefix is one of the site's names (application-name and og:site_name both: a
  short name where the other is long, "Foo » Headline" on "Foo Media Group").

A headline whose first part is real content is kept: nothing is cut without one of these
signs, and a prefix of more than `_MAX_PREFIX_WORDS` words or a rest shorter than twice the
prefix is never cut. The site's own name at either end is cut before, by `clean_title`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from itertools import islice
from typing import Any

from pipeline.web.html import HtmlElement, text_of, xpath
from pipeline.web.metadata.organisations import _key
from pipeline.web.metadata.titles import (
    _TITLE_SEPARATORS_KEPT,
    _is_site_part,
    title_parts,
    usable_title,
)

_MAX_PREFIX = 30  # characters of a section's or site's name before the headline
_MAX_PREFIX_WORDS = 4
_MIN_REST = 6  # characters of the headline after it
_MAX_H1 = 4  # <h1>s read for one printing the headline without the prefix
# The prefix and its separator: a dash, pipe, guillemet, slash or "·" between blanks, a
# fullwidth pipe, "::", or a colon (group 3: only the <h1> may say a colon's prefix is cut).
_PREFIX = re.compile(
    rf"^(\S.{{0,{_MAX_PREFIX - 1}}}?)(?:(\s+[-–—|»›/·~]\s+|\s*[｜»]\s*|::)|(\s*[:：]\s*))(?=\S)"
)
# Links whose text is as long as the prefix (the rest compared in Python)
_LINKS_OF_LENGTH: Callable[..., Any] = xpath("//a[string-length(normalize-space(.)) = $n]")
# Where a page lists its sections: <nav>, role="navigation", menus, breadcrumbs, channel
# paths ("catpath", "当前位置" boxes named "position" or "location").
_NAVIGATION = re.compile(r"nav|menu|crumb|path|channel|categor|position|location", re.I)
_NAV_LEVELS = 6  # ancestors of a link looked at for the navigation's mark


def without_prefix(
    doc: HtmlElement, title: str | None, site_names: tuple[str | None, ...] = ()
) -> str | None:
    """`title` without a section's or site's name before it, where the page says it is no
    part of the headline (see the module) or the prefix is one of `site_names` (its
    application-name beside a longer og:site_name); else `title` as it was."""
    if not title or len(title) < _MIN_REST:
        return title
    match = _PREFIX.match(title)
    if match is None:
        return title
    prefix, rest = match.group(1).strip(), title[match.end() :].strip()
    if (
        len(prefix.split()) > _MAX_PREFIX_WORDS
        or len(rest) < max(_MIN_REST, 2 * len(prefix))
        or not _key(prefix)
    ):
        return title
    if any(name and _folded(name) == _folded(prefix) for name in site_names):
        return rest
    printed = [_folded(text_of(h1)) for h1 in islice(doc.iter("h1"), _MAX_H1)]
    if _folded(title) in printed:
        return title  # the headline holds its first part: "Opinion: ..."
    if _folded(rest) in printed:
        return rest  # (the first <h1> or a later one: the first may print the blog's name)
    if match.group(3) is not None:
        return title  # a colon's prefix is the headline's own unless the <h1> leaves it out
    return rest if _navigation_link(doc, prefix) else title


# A section's name after the headline, before the site's name cut off ("Headline - Politik
# - Site"): a dash, a pipe, "·" or "::" between blanks, or a fullwidth pipe.
_SUFFIX = re.compile(rf"(?:\s+[-–—|·]\s+|\s*｜\s*|\s+::\s+)([^-–—|·｜:]{{1,{_MAX_PREFIX}}})$")


def without_section(doc: HtmlElement, title: str | None, raw: str | None) -> str | None:
    """`title` without a section's name after it where the site's name was cut after that
    (`raw` is longer) and a link of the page's navigation prints it ("Politik" of
    "Bundestag beschließt ... - Politik - Neue Zeitung"); not where the <h1> prints the
    title whole."""
    if not title or not raw or len(raw) <= len(title):
        return title
    match = _SUFFIX.search(title)
    if match is None:
        return title
    section, rest = match.group(1).strip(), title[: match.start()].strip()
    if len(section.split()) > _MAX_PREFIX_WORDS or len(rest) < max(_MIN_REST, 2 * len(section)):
        return title
    h1 = doc.find(".//h1")
    if h1 is not None and _folded(text_of(h1)) == _folded(title):
        return title
    return rest if _navigation_link(doc, section) else title


def _navigation_link(doc: HtmlElement, prefix: str) -> bool:
    """True when a link of the page's navigation (`_NAVIGATION`), or one to its home page,
    prints `prefix` (case and accents aside)."""
    spaced = " ".join(prefix.split())
    wanted = _folded(spaced)
    for link in _LINKS_OF_LENGTH(doc, n=len(spaced)):
        if _folded(text_of(link)) != wanted:
            continue
        if _home(link.get("href") or "") or _in_navigation(link):
            return True
    return False


def _in_navigation(link: HtmlElement) -> bool:
    node: HtmlElement | None = link
    for _ in range(_NAV_LEVELS):
        node = node.getparent() if node is not None else None
        if node is None or not isinstance(node.tag, str):
            return False
        if node.tag == "nav" or node.get("role") == "navigation":
            return True
        if _NAVIGATION.search(f"{node.get('class', '')} {node.get('id', '')}"):
            return True
    return False


def _home(href: str) -> bool:
    """True for a link to a site's home page: "/", "./", "index.html", "https://host/"."""
    href = href.strip()
    if not href or href.startswith(("#", "javascript:", "mailto:")):
        return False
    href = href.split("?", 1)[0].split("#", 1)[0]
    if "//" in href:
        href = href.split("//", 1)[1].partition("/")[2]
    return href.strip("./") in ("", "index.html", "index.htm", "index.php")


def _folded(text: str) -> str:
    """The letters and digits of `text`, case-folded, accents left out ("Διεθνή", "ΔΙΕΘΝΗ")."""
    decomposed = unicodedata.normalize("NFD", text)
    return _key("".join(ch for ch in decomposed if not unicodedata.combining(ch)))


_MAX_TITLE_TEXTS = 8  # texts between separators of a title whose runs are compared to the <h1>


def printed_title(
    headline: HtmlElement | None, raw: str | None, title: str | None, keys: frozenset[str]
) -> str | None:
    """The page's headline node (`_Near.h1`: its <h1>, unless another heading prints the
    title) as its title where it prints the opening texts of the <title> (one or a run of
    them, not the whole: "金锺国" of "金锺国 - 维基百科，自由的百科全书", "L'Université PSL :
    quand ..." of "... | PSL") and `title` (cut by `clean_title`) is another part: the site's
    tagline kept, the headline's first part cut. Not where it is the site's name (`keys`, a
    name shaped as a site's: "千龙网", a heading linking to a home page: a logo); a page
    printing `title` itself in a heading has that heading as its headline node, and keeps
    `title`. Closing runs are not read: "... :: 痞客邦 PIXNET ::" over an <h1> naming the
    platform."""
    if headline is None or not raw or not title:
        return title
    printed = " ".join(text_of(headline).split())
    if not printed or printed == title:
        return title
    wanted = _folded(printed)
    if not wanted or wanted == _folded(title) or wanted not in _folded(raw):
        return title
    pieces = _TITLE_SEPARATORS_KEPT.split(" ".join(raw.split()))
    texts = (len(pieces) + 1) // 2
    if texts < 2 or texts > _MAX_TITLE_TEXTS:
        return title
    for j in range(texts - 1):  # (an opening run only: a closing one is a brand's as often)
        if _folded("".join(pieces[: 2 * j + 1])) != wanted:
            continue
        if _is_site_part(printed, keys) or not usable_title(printed) or _links_home(headline):
            return title
        return printed
    return title


def _links_home(node: HtmlElement) -> bool:
    """True for a heading that links to a home page: a site's logo set in an <h1>."""
    return any(_home(link.get("href") or "") for link in node.iter("a"))


def whole_title(
    doc: HtmlElement, raw: str | None, title: str | None, keys: frozenset[str] = frozenset()
) -> str | None:
    """The page's title uncut where its first <h1> prints it whole: a title holding a dash
    ("Spider-Man – the return of a hero", "Brexit – what happens next") is one title, not a
    title and a site's name, when the headline says so; or prints it whole but for the site's
    name (`keys`) closing it after a blank ("x-lib - Parsing in Rust SITENAME": the cut took
    the site's name and the headline's second part together). And the first <h1>'s headline where
    the title is a short first part kept before a longer part shaped as a site's name
    (`clean_title`: "快讯" of "快讯_某某新闻网", a label) and the <h1> prints another, longer
    headline, not the site's name nor a logo."""
    if not raw or not title or title == raw:
        return title
    h1 = doc.find(".//h1")
    if h1 is None:
        return title
    whole = " ".join(raw.split())
    printed, whole_key, title_key = _key(text_of(h1)), _key(whole), _key(title)
    if printed == whole_key != title_key:
        return whole
    if printed != title_key and whole_key.startswith(printed) and whole_key[len(printed) :] in keys:
        headline = " ".join(text_of(h1).split())
        return headline if usable_title(headline) else title
    if len(printed) <= len(title_key) or printed in whole_key:
        return title
    parts = title_parts(whole)
    if not parts or parts[0] != title or 2 * len(title) >= max(map(len, parts)):
        return title  # (not the short first part kept before a longer one)
    headline = " ".join(text_of(h1).split())
    return headline if usable_title(headline) and not _links_home(h1) else title
