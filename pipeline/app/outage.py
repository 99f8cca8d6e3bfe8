"""The outage rule (`network_failed`): a live crawl met an outage when connections failed
(refused, reset, timed out: the exceptions of `NETWORK_ERRORS`, by type name) and nothing
answered. Read by the streaming crawl (`stream`) and by story runs (`story`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spiders.run import CrawlResult


# The exceptions, by type name (how a failed fetch's error line starts: "TypeName: message"),
# of a fetch the network failed: refused, reset, timed out, unresolved, cut off (Twisted's,
# twisted.web's, Scrapy's and Python's). Any other (the address guard's refusal, a body over
# the size cap, a content encoding that does not decode, a redirect to no web page) is what
# the site answered, no outage.
NETWORK_ERRORS = frozenset(
    {
        "CannotResolveHostError",
        "ConnectError",
        "ConnectingCancelledError",
        "ConnectionAborted",
        "ConnectionDone",
        "ConnectionLost",
        "ConnectionRefusedError",
        "ConnectionResetError",
        "DNSLookupError",
        "DownloadConnectionRefusedError",
        "DownloadFailedError",
        "DownloadTimeoutError",
        "NoRouteError",
        "RequestTransmissionFailed",
        "ResponseDataLossError",
        "ResponseFailed",
        "ResponseNeverReceived",
        "TCPTimedOutError",
        "TimeoutError",
        "UnknownHostError",
        "_DataLoss",
    }
)


def network_failed(crawled: CrawlResult, live: bool) -> bool:
    """An outage: a live crawl where connections failed (refused, reset, timed out: not an
    HTTP error status, nor a refused address or a body that would not decode) and nothing
    answered (no page, no 304, nothing skipped)."""
    transport = [m for _, m in crawled.errors if m.partition(":")[0] in NETWORK_ERRORS]
    answered = crawled.fetched or crawled.not_modified or crawled.skipped or crawled.blocked
    return live and bool(transport) and not answered
