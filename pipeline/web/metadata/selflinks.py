"""The last readers of a page's date, where no other reader dates it: the page's headline
sought again, and the links the page makes to itself. A first <h1> taken for the headline
though it does not print the title ("Quicklinks" over a sidebar, a translation widget's
"Original text") is read past: the readers again as on a page without a headline. A blog
theme's or a CMS's post title printed as a link to the post's own address (`<h3><a
href=permalink>`) is the headline where the <title> names it otherwise and no heading matched
it; and a site's list of its latest stories may hold the page's own teaser with its day
("<a href=/this-page><div>10.11.2021</div><h2>Headline</h2>"). A front page links to itself
from its logo and menus: a page whose path is its site's root has no such link.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime, tzinfo
from urllib.parse import urlsplit

from pipeline.text.dates import date_in_text
from pipeline.web.html import HtmlElement, text_of
from pipeline.web.htmltree import document_elements
from pipeline.web.metadata.headline import _is_headline, _Near
from pipeline.web.metadata.organisations import _key
from pipeline.web.urls import absolute

__all__ = ["self_linked_date", "self_linked_headline", "self_teaser_date"]

_HEADINGS = ("h1", "h2", "h3", "h4")
_MIN_HEADLINE_KEY = 8  # letters and digits of a heading below which it names no story
_MAX_TEASER = 600  # characters of a teaser link's text: a longer link is a block, no teaser


def _address(url: str) -> tuple[str, str, str] | None:
    """The host (without "www."), path (without its closing "/") and query of `url`; None
    for a site's root (its front page: every logo links there) or an address of no host."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    path = parts.path.rstrip("/")
    if not parts.netloc or not path:
        return None
    return parts.netloc.lower().removeprefix("www."), path, parts.query


def _own_links(doc: HtmlElement, url: str) -> Iterator[HtmlElement]:
    """The page's <a>s whose href is the page's own address (`url`; a fragment aside)."""
    own = _address(url) if url else None
    if own is None:
        return
    own_hrefs: dict[str, bool] = {}  # (each href resolved once: a page may repeat one 20,000 times)
    for link in document_elements(doc, "a"):
        href = link.get("href")
        if href and not href.startswith("#"):
            is_own = own_hrefs.get(href)
            if is_own is None:
                target = absolute(href, url)
                is_own = target is not None and _address(target.split("#", 1)[0]) == own
                own_hrefs[href] = is_own
            if is_own:
                yield link


def self_linked_headline(doc: HtmlElement, url: str) -> HtmlElement | None:
    """The first heading (<h1> to <h4>) holding a link to the page itself, or held by one,
    whose text names something (`_MIN_HEADLINE_KEY`): a post's title printed as a link to
    its permalink."""
    for link in _own_links(doc, url):
        heading = next((a for a in link.iterancestors(*_HEADINGS)), None)
        if heading is None:
            heading = next(link.iter(*_HEADINGS), None)
        if heading is not None and len(_key(text_of(heading))) >= _MIN_HEADLINE_KEY:
            return heading
    return None


def self_teaser_date(
    doc: HtmlElement, url: str, headline: str, zone: tzinfo, language: str | None
) -> datetime | None:
    """The date a teaser of the page itself prints: a link to the page's own address whose
    text holds the `headline` whole and a date (a site's "latest stories" list, the page's
    own story among them). None where no headline is known."""
    key = _key(headline)
    if len(key) < _MIN_HEADLINE_KEY:
        return None
    for link in _own_links(doc, url):
        text = text_of(link)
        if len(text) <= _MAX_TEASER and key in _key(text):
            found = date_in_text(text, zone, language)
            if found is not None:
                return found
    return None


def self_linked_date(
    reread: Callable[..., datetime | None],
    doc: HtmlElement,
    url: str,
    zone: tzinfo,
    now: datetime | None,
    language: str | None,
    near: _Near | None,
    modified: datetime | None,
) -> datetime | None:
    """The date of a page no other reader dates: where the headline found is a first <h1>
    that does not print the title (`_untitled`), the date readers again (`reread`,
    `dates._unstructured_date` with no URL) without it; where no headline was found, again
    under the heading that links to the page (`self_linked_headline`); else, or where they
    find none, the date of the page's own teaser in a list of its site's stories
    (`self_teaser_date`)."""
    headline = near.h1 if near is not None else None
    if near is not None and headline is not None and _untitled(near, headline):
        # the first <h1> taken for the headline, no heading printing the title ("Quicklinks"
        # over a sidebar): the readers again as on a page without a headline
        unheaded = _Near(doc, near.title)
        unheaded.h1 = None
        found = reread(doc, "", zone, now, language, unheaded, modified)
        if found is not None:
            return found
    if headline is None:
        headline = self_linked_headline(doc, url)
        if headline is None:
            return None
        found = reread(doc, "", zone, now, language, _Near(doc, text_of(headline)), modified)
        if found is not None:
            return found
    return self_teaser_date(doc, url, text_of(headline), zone, language)


def _untitled(near: _Near, headline: HtmlElement) -> bool:
    """True when `headline` is the page's first <h1> taken for want of a heading printing
    the title (`_Near.h1`'s last choice): a title long enough to be sought
    (`_MIN_HEADLINE_KEY`) that it does not print."""
    key = _key(near.title or "")
    return len(key) >= _MIN_HEADLINE_KEY and not _is_headline(headline, key)
