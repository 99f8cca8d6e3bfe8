"""What the crawl records of a response or a failed request: the RawPage handed on, a feed's
record, the URL first asked for, an error's one line."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from scrapy.http import Response
from scrapy.spidermiddlewares.httperror import HttpError

from pipeline.records import RawPage
from pipeline.storage.archive import headers_dict
from spiders.middlewares import NO_BLOCK_PAGE

# Exceptions Scrapy raises without a message, and what they mean in a crawl of ours.
_SILENT_ERRORS = {
    "DownloadCancelledError": "download cancelled: body over DOWNLOAD_MAXSIZE (or shutdown)",
    "ResponseDataLossError": "truncated body: the connection closed before Content-Length bytes",
    "_DataLoss": "truncated body: the connection closed before Content-Length bytes",
}


def raw_page(response: Response, site: str | None) -> RawPage:
    """The response handed on untouched as the page of `site` (bytes as decompressed,
    headers, times; marked when the block-page middleware found no block page in it)."""
    pairs = [
        (k.decode("latin-1"), v.decode("latin-1"))
        for k, values in response.headers.items()
        for v in values
    ]
    fetched = response.meta.get("fetched_at") or datetime.now(UTC)
    return RawPage(
        url=response.meta.get("redirect_urls", [response.url])[0],
        body=response.body,
        status=response.status,
        headers=headers_dict(pairs),
        final_url=response.url,
        fetched_at=fetched,
        site=site,
        block_checked=NO_BLOCK_PAGE in response.flags,
    )


def feed_record(response: Response, links: int) -> dict[str, Any]:
    """A listing fetched: its URLs, status, links found and validators (the store keeps them
    for the next conditional GET)."""

    def header(name: str) -> str | None:
        value = response.headers.get(name)
        return value.decode("latin-1") if value else None

    return {
        "url": requested_url(response),
        "final_url": response.url,
        "status": response.status,
        "links": links,
        "etag": header("ETag"),
        "last_modified": header("Last-Modified"),
    }


def requested_url(response: Response) -> str:
    """The URL first asked for (before redirects); the response URL off a request (tests)."""
    request = response.request
    return (request.meta.get("redirect_urls") or [response.url])[0] if request else response.url


def failure_text(exc: BaseException | None) -> str:
    """The error line of a failed request: its HTTP status, else the exception and its
    message (or what a message-less Scrapy exception means)."""
    if isinstance(exc, HttpError):
        return f"HTTP {exc.response.status}"
    message = str(exc) or _SILENT_ERRORS.get(type(exc).__name__, type(exc).__name__)
    return f"{type(exc).__name__}: {message}"
