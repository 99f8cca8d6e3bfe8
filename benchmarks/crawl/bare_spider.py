"""The baseline: a bare Scrapy spider that reads the sitemap and saves every body, nothing more.

Same knobs as `newsbrief crawl` in the benchmark (concurrency, no delay, no AutoThrottle,
robots.txt obeyed, the same user agent); none of newsbrief's middlewares, pipeline or store.

    python benchmarks/crawl/bare_spider.py SITEMAP_URL OUT_FILE --concurrency N
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterator
from typing import IO, Any

import scrapy
from scrapy.crawler import CrawlerProcess
from scrapy.http import Response

from pipeline.config import CrawlConfig

_LOC = re.compile(rb"<loc>([^<]+)</loc>")


class BareSpider(scrapy.Spider):
    """Sitemap in, bodies appended to one file."""

    name = "bare"

    def __init__(self, sitemap: str, out: IO[bytes], **kw: Any) -> None:
        super().__init__(**kw)
        self.start_urls = [sitemap]
        self.out = out
        self.saved = 0

    def parse(self, response: Response) -> Iterator[scrapy.Request]:
        for url in _LOC.findall(response.body):
            yield scrapy.Request(url.decode(), callback=self.save)

    def save(self, response: Response) -> None:
        self.out.write(response.body)
        self.saved += 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("sitemap")
    parser.add_argument("out")
    parser.add_argument("--concurrency", type=int, default=8, help="requests per domain")
    args = parser.parse_args()
    settings = {
        "USER_AGENT": CrawlConfig().user_agent,
        "ROBOTSTXT_OBEY": True,
        "CONCURRENT_REQUESTS": max(2, 2 * args.concurrency),  # as spiders.settings
        "CONCURRENT_REQUESTS_PER_DOMAIN": args.concurrency,
        "DOWNLOAD_DELAY": 0.0,
        "AUTOTHROTTLE_ENABLED": False,
        "LOG_LEVEL": "WARNING",
    }
    with open(args.out, "wb") as out:
        process = CrawlerProcess(settings)
        crawler = process.create_crawler(BareSpider)
        process.crawl(crawler, sitemap=args.sitemap, out=out)
        process.start()
    spider = crawler.spider
    print(f"SAVED {spider.saved if isinstance(spider, BareSpider) else 0}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
