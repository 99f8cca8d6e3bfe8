"""The site registry: a plain dict, filled by hand (STYLE.md: no auto-discovery), and what the
rest of the pipeline asks of it: which site serves a URL, the canonical form of a URL, and the
outlet name to cite."""

from __future__ import annotations

from urllib.parse import urlsplit

from pipeline.records import Article
from pipeline.sites import kr36, sohu, technode
from pipeline.sites._common import SiteSpec
from pipeline.web.urls import canonical_form

__all__ = [
    "SITES", "SiteSpec", "canonical_host", "canonical_url", "citation_url", "outlet_name",
    "outlet_of", "site_for_url",
]  # fmt: skip

SITES: dict[str, SiteSpec] = {
    "sohu": sohu.SPEC,
    "36kr": kr36.SPEC,
    "technode": technode.SPEC,
}
# Mobile and alias hosts that serve the same article as the site's canonical host.
HOST_ALIASES: dict[str, str] = {**sohu.HOST_ALIASES, **kr36.HOST_ALIASES, **technode.HOST_ALIASES}
# site name -> display name; a host-specific name wins (cn.technode.com is 动点科技).
SITE_NAMES = {"sohu": "Sohu", "36kr": "36Kr", "technode": "TechNode"}
HOST_NAMES = {"cn.technode.com": "动点科技 (TechNode)", "eu.36kr.com": "36Kr Europe"}


def site_for_url(url: str | None) -> SiteSpec | None:
    """The site whose hosts cover the URL's host (subdomains included), else None."""
    if not url:
        return None
    for spec in SITES.values():
        if spec.matches(url):
            return spec
    return None


def canonical_host(host: str, path: str) -> tuple[str, bool]:
    """(the host a site serves this article under canonically, whether it is one of our sites,
    all https). Sohu serves /a/<newsId>_<mediaId> on every channel host."""
    host = HOST_ALIASES.get(host, host)
    spec = site_for_url(f"https://{host}/")
    if spec is sohu.SPEC and sohu.ARTICLE_PATH.match(path):
        return sohu.ARTICLE_HOST, True
    return host, spec is not None


def canonical_url(url: str) -> str:
    """The one canonical form of a URL (``web.urls.canonical_form`` with the sites' hosts):
    the store key and the duplicate key."""
    return canonical_form(url, canonical_host)


def outlet_name(site: str, url: str | None = None) -> str:
    """The name to cite for a site; for unknown sites, the URL's host without `www.`."""
    host = (urlsplit(url).hostname or "").lower() if url else ""
    if host in HOST_NAMES:
        return HOST_NAMES[host]
    if site in SITE_NAMES:
        return SITE_NAMES[site]
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
