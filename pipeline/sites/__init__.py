"""The site registry: a plain dict, filled by hand (STYLE.md: no auto-discovery)."""

from __future__ import annotations

from pipeline.sites import kr36, sohu, technode
from pipeline.sites._common import SiteSpec

__all__ = ["SITES", "SiteSpec", "site_for_url"]

SITES: dict[str, SiteSpec] = {
    "sohu": sohu.SPEC,
    "36kr": kr36.SPEC,
    "technode": technode.SPEC,
}


def site_for_url(url: str | None) -> SiteSpec | None:
    """The site whose hosts cover the URL's host (subdomains included), else None."""
    if not url:
        return None
    for spec in SITES.values():
        if spec.matches(url):
            return spec
    return None
