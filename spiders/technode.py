"""TechNode (technode.com, English) and 动点科技 (cn.technode.com): RSS feeds, WordPress JSON
(/wp-json/wp/v2/posts, Newspack's /wp-json/newspack-blocks/v1/articles, paged with page=N),
sitemaps, then the pages. The feeds hold excerpts only, so every item's page is fetched.
"""

from __future__ import annotations

from pipeline.sites import technode
from spiders.base import BaseSpider


class TechNodeSpider(BaseSpider):
    """TechNode EN and CN: WordPress RSS and JSON; no blocking reported."""

    name = "technode"
    site = "technode"
    article_path = technode.ARTICLE_PATH
