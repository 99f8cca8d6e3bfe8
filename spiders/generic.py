"""Any other domain: the URLs given are fetched (a feed among them is followed one level)."""

from __future__ import annotations

from spiders.base import BaseSpider


class GenericSpider(BaseSpider):
    """The spider for URLs of no known site; extraction later uses structured data, then text."""

    name = "generic"
    site = None
