"""A story crawl's result entered in the run's accounts: what the crawl met besides pages
(block pages, failed fetches, robots.txt refusals, URLs never answered, a replayed archive's
problems) as rejects and counts, and its 304s, skipped articles and feed validators in the
store.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.app.steps import ProcessOutcome
from pipeline.records import Reject, RejectReason
from pipeline.storage.sqlstore import ArticleStore as Store

if TYPE_CHECKING:
    from spiders.run import CrawlResult


def account_crawl(crawled: CrawlResult, outcome: ProcessOutcome) -> ProcessOutcome:
    """Add what the crawl met besides pages to `outcome` (rejects and counts): block pages,
    failed fetches, robots.txt refusals, responses without a body, URLs never answered, a
    replayed archive's problems; then the discovered count."""
    for url, reason in crawled.blocked:
        outcome.reject(Reject(url, RejectReason.BLOCKED, reason))
    for url, message in crawled.errors:
        outcome.rejects.append(Reject(url, RejectReason.FETCH_FAILED, message))
    outcome.counts["errors"] += len(crawled.errors)
    for url in crawled.disallowed:  # the site said no: listed, not an error
        outcome.rejects.append(Reject(url, RejectReason.DISALLOWED, "forbidden by robots.txt"))
    outcome.counts["disallowed"] += len(crawled.disallowed)
    for url, detail in crawled.empty:  # a 204, an empty 200: fetched, but no page
        outcome.reject(Reject(url, RejectReason.EMPTY, detail))
    for url, reason in crawled.not_fetched:  # discovered, never answered
        outcome.rejects.append(Reject(url, RejectReason.NOT_FETCHED, reason))
    outcome.counts["not_fetched"] += len(crawled.not_fetched)
    outcome.counts["entry_points_failed"] = crawled.entry_points_failed
    outcome.rejects.extend(crawled.archive_problems)  # a replayed WARC's bad records, truncation
    outcome.counts["archive_problems"] = len(crawled.archive_problems)
    outcome.counts["discovered"] = crawled.discovered
    return outcome


def record_incremental(crawled: CrawlResult, store: Store, outcome: ProcessOutcome) -> None:
    """304s and skipped articles count as unchanged; feed validators are recorded last.

    Feed validators (ETag / Last-Modified) are stored only after the feed's articles are: a
    run killed in between re-discovers them instead of trusting a 304 on the feed.
    """
    for url in crawled.not_modified:
        store.record_fetch(url, status=304)
    # A listing's 304 (an entry point) is no article; an article's is, entry point or listed.
    listings = set(crawled.listings_not_modified)
    outcome.counts["unchanged"] += len([u for u in crawled.not_modified if u not in listings])
    outcome.counts["unchanged"] += len(crawled.skipped)
    for feed in crawled.feeds:
        store.record_fetch(
            feed["url"],
            status=feed.get("status", 200),
            etag=feed.get("etag"),
            last_modified=feed.get("last_modified"),
        )
