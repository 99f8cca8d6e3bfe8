"""The site registry: a plain dict, filled by hand (STYLE.md: no auto-discovery), and what the
rest of the pipeline asks of it: which site serves a URL (or a page's markup), the canonical
form of a URL, the outlet name to cite, whether a response is one of its block pages, and
which of a story's sites a crawl has nowhere to start from.

Everything is derived from the specs at call time: a test may add a site to `SITES`
(monkeypatch.setitem) and every function here, the extractor and the spiders see it.
"""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import urlsplit

from pipeline.addresses import host_of
from pipeline.config import StoryConfig
from pipeline.records import Article
from pipeline.sites import kr36, sohu, technode
from pipeline.sites.spec import Crawl, Pace, ParserVersion, SiteSpec
from pipeline.web import blocking
from pipeline.web.urls import canonical_form

logger = logging.getLogger(__name__)

__all__ = [
    "SITES", "Crawl", "Pace", "ParserVersion", "SiteSpec", "block_reason", "block_verdict",
    "canonical_host", "clean_head",
    "canonical_url", "citation_url", "outlet_name", "outlet_of", "site_for_host",
    "site_for_url", "sniff_site", "unstarted_sites", "warn_unstarted_sites",
]  # fmt: skip

# One line per site; its module holds the rest.
SITES: dict[str, SiteSpec] = {
    "sohu": sohu.SPEC,
    "36kr": kr36.SPEC,
    "technode": technode.SPEC,
}


def site_for_host(host: str) -> SiteSpec | None:
    """The site whose hosts cover `host` (subdomains included), else None."""
    host = host.lower()
    return next((spec for spec in SITES.values() if spec.matches_host(host)), None)


def site_for_url(url: str | None) -> SiteSpec | None:
    """The site whose hosts cover the URL's host (subdomains included), else None."""
    return site_for_host(host_of(url)) if url else None


def sniff_site(doc: Any) -> SiteSpec | None:
    """The site whose markup a parsed page (URL unknown: a saved file, a mirror) carries."""
    return next((s for s in SITES.values() if s.sniff is not None and s.sniff(doc)), None)


def _block_markers(site: str | None, url: str) -> tuple[tuple[str, str], ...]:
    """The block-page markers of the site named, else of the URL's site (none for others)."""
    spec = SITES.get(site or "") or site_for_url(url)
    return spec.block_markers if spec is not None else ()


def block_reason(
    html: str, url: str, status: int = 200, site: str | None = None, body: bytes | None = None
) -> str | None:
    """Why a response is a block page, or None: the site's own markers (the site named, else
    the URL's), then the generic ones (web.blocking; `body`: see web.blocking.ascii_body)."""
    return blocking.block_reason(html, url, status, _block_markers(site, url), body)


def block_verdict(
    html: str, url: str, status: int = 200, site: str | None = None, body: bytes | None = None
) -> blocking.BlockVerdict | None:
    """`block_reason` with its certainty (web.blocking.BlockVerdict)."""
    return blocking.block_verdict(html, url, status, _block_markers(site, url), body)


def clean_head(
    head: str,
    url: str,
    status: int,
    site: str | None,
    body: bytes | None,
    encoding: str | None,
) -> bool:
    """Whether `block_verdict` finds no block page in any page starting with the text `head`,
    with the site's own markers (web.blocking.clean_head: False when unsure)."""
    return blocking.clean_head(head, body, status, _block_markers(site, url), encoding)


def canonical_host(host: str, path: str) -> tuple[str, bool]:
    """(the host a site serves this article under canonically, whether it is one of our sites,
    all https). Sohu serves /a/<newsId>_<mediaId> on every channel host."""
    spec = site_for_host(host)
    if spec is None:
        return host, False
    return spec.canonical_host(host, path), True


def _site_tracking(host: str, key: str) -> bool:
    spec = site_for_host(host)
    return spec is not None and spec.is_tracking(key)


def canonical_url(url: str) -> str:
    """The one canonical form of a URL (``web.urls.canonical_form`` with the sites' hosts):
    the store key and the duplicate key."""
    return canonical_form(url, canonical_host, _site_tracking)


def outlet_name(site: str, url: str | None = None) -> str:
    """The name to cite for a site; for unknown sites, the URL's host without `www.`."""
    host = host_of(url)
    spec = site_for_host(host) if host else None
    if spec is not None and host in spec.host_names:
        return spec.host_names[host]
    if site in SITES:
        return SITES[site].name_for(host)
    if host:
        return host.removeprefix("www.")
    return site


def outlet_of(article: Article) -> str:
    """The outlet to cite: the original one of a repost (« X (via Sohu) »), else the site."""
    site_name = outlet_name(article.site, article.url)
    if article.source_outlet and article.source_outlet != site_name:
        if article.site == "generic":
            return article.source_outlet
        return f"{article.source_outlet} (via {site_name})"
    return site_name


def citation_url(url: str, canonical: str | None = None) -> str:
    """The address to cite: the canonical form (no tracking parameters, desktop host), with the
    trailing slash of the page's own path kept (WordPress permalinks end in "/"; without it
    the cited link would be a redirect)."""
    key = canonical or canonical_url(url)
    path = urlsplit(url).path
    if (
        path.endswith("/")
        and path != "/"
        and not urlsplit(key).path.endswith("/")
        and "?" not in key
    ):
        return key + "/"
    return key


def unstarted_sites(story: StoryConfig) -> list[str]:
    """The story's sites a live crawl has nowhere to start from: no entry points in the
    story and no feeds of the site's own (Sohu has none: its feeds are per tag)."""
    return [
        site
        for site in story.sites
        if not story.entry_points.get(site) and not (site in SITES and SITES[site].crawl.feeds)
    ]


def warn_unstarted_sites(story: StoryConfig, where: str) -> None:
    """A warning per site that a live crawl would silently skip (`unstarted_sites`)."""
    for site in unstarted_sites(story):
        logger.warning(
            "%s: %s has no entry points and no feeds of its own: nothing is crawled for it "
            "(add entry_points.%s, a list, tag or feed URL)",
            where,
            site,
            site,
        )
