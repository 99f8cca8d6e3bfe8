"""What an entry point's URL says it is (an API, a sitemap, a feed), read from its path alone.

Apart from spiders.discovery, which parses what those URLs return (lxml and the pipeline's
web helpers): the CLI reads this before loading anything heavy, to know a crawl will be long.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

__all__ = ["JSON_API_MARKS", "url_kind"]

JSON_API_MARKS = ("/wp-json/", "/public-api/")  # paged even when page=1 is left implicit
_SITEMAP_SUFFIXES = (".xml", ".xml.gz", ".txt", ".txt.gz")
_FEED_PATH = re.compile(r"/(?:feed|rss|atom)(?:-[a-z]+)?(?:/|\.xml)?$|\.(?:rss|atom)$")


def url_kind(url: str) -> str | None:
    """What an entry point's URL says it is: "json" (an API), "sitemap", "feed", or None
    (an article or a list page: the site spider and the response decide); None for what is
    no URL at all ("http://[::1": the crawl's own check names it)."""
    try:
        path = urlsplit(url).path.lower()
    except ValueError:
        return None
    if any(mark in path for mark in JSON_API_MARKS):
        return "json"
    if "sitemap" in path and path.endswith(_SITEMAP_SUFFIXES):
        return "sitemap"
    return "feed" if _FEED_PATH.search(path) else None
