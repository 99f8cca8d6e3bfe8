"""The site registry: a plain dict, filled by hand (STYLE.md: no auto-discovery)."""

from __future__ import annotations

from pipeline.sites import kr36, sohu, technode
from pipeline.sites._common import SiteSpec

__all__ = ["SITES", "SiteSpec", "canonical_host", "site_for_url"]

SITES: dict[str, SiteSpec] = {
    "sohu": sohu.SPEC,
    "36kr": kr36.SPEC,
    "technode": technode.SPEC,
}
# Mobile and alias hosts that serve the same article as the site's canonical host.
HOST_ALIASES: dict[str, str] = {**sohu.HOST_ALIASES, **kr36.HOST_ALIASES, **technode.HOST_ALIASES}


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
