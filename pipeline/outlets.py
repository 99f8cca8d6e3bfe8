"""Display names of outlets, for citing sources (« Sohu », « 36Kr », « 动点科技 (TechNode) »)."""

from __future__ import annotations

from urllib.parse import urlsplit

# site name -> display name; a host-specific name wins (cn.technode.com is 动点科技).
SITE_NAMES = {"sohu": "Sohu", "36kr": "36Kr", "technode": "TechNode"}
HOST_NAMES = {"cn.technode.com": "动点科技 (TechNode)", "eu.36kr.com": "36Kr Europe"}


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


def citation_url(url: str, canonical: str | None = None) -> str:
    """The address to cite: the canonical form (no tracking parameters, desktop host), with the
    trailing slash of the page's own path kept (WordPress permalinks end in "/"; without it
    the cited link would be a redirect)."""
    from urllib.parse import urlsplit as split

    from pipeline.dedup import canonical_url

    key = canonical or canonical_url(url)
    path = split(url).path
    if path.endswith("/") and path != "/" and not split(key).path.endswith("/") and "?" not in key:
        return key + "/"
    return key
