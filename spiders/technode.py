"""TechNode (technode.com, English) and 动点科技 (cn.technode.com): RSS feeds, then the pages.

The feeds hold excerpts only, so every item's page is fetched.
"""

from __future__ import annotations

from spiders.base import BaseSpider


class TechNodeSpider(BaseSpider):
    """TechNode EN and CN: WordPress RSS (`item/link`); no blocking reported."""

    name = "technode"
    site = "technode"
