"""Downloader middlewares: replay and archive, the address guard, Retry-After, block pages.

Every spider of one crawl shares a `CrawlContext` (spiders.context) holding the replay index,
the WARC writer and the outcome lists; middlewares reach it through `crawler.spider.context`.
"""

from __future__ import annotations

import asyncio
import email.utils
import ipaddress
import logging
import time
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from scrapy.crawler import Crawler
from scrapy.exceptions import CannotResolveHostError, IgnoreRequest
from scrapy.http import Request, Response, TextResponse
from scrapy.responsetypes import responsetypes
from twisted.internet.error import DNSLookupError
from w3lib.url import safe_url_string

from pipeline.sites import block_verdict, clean_head
from pipeline.storage.archive import ReplayEntry
from pipeline.web.blocking import ascii_body
from spiders.heads import HEAD_BYTES, head_text
from spiders.incremental import not_modified_answer
from spiders.resolver import address_refusal, lookup_addresses, refusal_for

if TYPE_CHECKING:
    from spiders.context import CrawlContext

logger = logging.getLogger(__name__)

_ALLOWED_SCHEMES = frozenset({"http", "https"})
_BACKOFF_BASE = 1.0  # seconds; doubled per attempt when no Retry-After is given


class RefusedAddress(IgnoreRequest):
    """A request to a scheme or address we never fetch (private network, link-local, ...)."""


class BlockedPage(IgnoreRequest):
    """A WAF page, captcha or empty state: the site's crawl stops here."""

    def __init__(self, url: str, reason: str) -> None:
        self.url = url
        self.reason = reason
        super().__init__(f"{url}: blocked: {reason}")


class SiteStopped(IgnoreRequest):
    """A request dropped because its site's crawl stopped on a block page."""


def replay_key(url: str) -> str:
    """The key a URL is indexed and looked up by in replay: percent-encoded, no fragment."""
    return safe_url_string(url.split("#", 1)[0])


class _ContextMiddleware:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Any:
        return cls(crawler)

    @property
    def context(self) -> CrawlContext:
        return self.crawler.spider.context  # type: ignore[no-any-return,union-attr]


# The one rule, shared with the resolver Scrapy connects with (the name kept for callers).
_refusal = address_refusal


class AddressGuardMiddleware(_ContextMiddleware):
    """Refuse non-http(s) URLs and hosts resolving to loopback, private, link-local or reserved
    addresses, before any connection, on every request (redirect hops are new requests).

    Here any refused address refuses the request (a clear error, early; IP-literal URLs are
    only checked here). The connection resolves the name again, through
    spiders.resolver.GuardedResolver, which applies the same rule to the addresses it connects
    to: a DNS answer changing in between (rebinding) is refused there, and reported by
    `process_exception` as a RefusedAddress naming the address.
    """

    async def process_request(self, request: Request) -> None:
        if self.context.replay is not None:
            return  # nothing is fetched, nothing is resolved
        parts = urlsplit(request.url)
        if parts.scheme not in _ALLOWED_SCHEMES or not parts.hostname:
            raise RefusedAddress(f"{request.url}: refused scheme or host")
        for ip in await self._addresses(parts.hostname):
            reason = address_refusal(ip, self.context.allow_loopback)
            if reason is not None:
                self.crawler.stats.inc_value("newsbrief/refused_address")
                raise RefusedAddress(f"{request.url}: refused address {ip} ({reason})")

    def process_exception(self, request: Request, exception: Exception) -> None:
        """A connect-time refusal by the guarded resolver becomes a RefusedAddress."""
        if not isinstance(exception, (DNSLookupError, CannotResolveHostError)):
            return  # Scrapy 2.19 wraps Twisted's DNSLookupError in CannotResolveHostError
        refusal = refusal_for(urlsplit(request.url).hostname or "")
        if refusal is not None:
            self.crawler.stats.inc_value("newsbrief/refused_address")
            raise RefusedAddress(f"{request.url}: at connect time: {refusal}") from exception

    @staticmethod
    async def _addresses(host: str) -> list[ipaddress.IPv4Address | ipaddress.IPv6Address]:
        try:
            return [ipaddress.ip_address(host.strip("[]"))]
        except ValueError:
            pass
        try:
            loop = asyncio.get_running_loop()
            found = await loop.run_in_executor(None, lookup_addresses, host)
        except OSError as exc:
            raise IgnoreRequest(f"{host}: DNS lookup failed: {exc}") from exc
        return [ipaddress.ip_address(text) for text in found]


def retry_after_seconds(value: str | None, now: float | None = None) -> float | None:
    """Retry-After as seconds: delta-seconds or an HTTP date; None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


class RetryAfterMiddleware(_ContextMiddleware):
    """On 429/503 wait Retry-After (else exponential backoff), capped, then retry a few times."""

    CODES = frozenset({429, 503})

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self.max_times = crawler.settings.getint("RETRY_TIMES")
        self.cap = crawler.settings.getfloat("NEWSBRIEF_MAX_RETRY_AFTER")

    async def process_response(self, request: Request, response: Response) -> Request | Response:
        if response.status not in self.CODES or request.meta.get("dont_retry"):
            return response
        tries = int(request.meta.get("retry_after_times", 0))
        stats = self.crawler.stats
        assert stats is not None
        if tries >= self.max_times:
            stats.inc_value("newsbrief/retry_after/gave_up")
            return response
        header = response.headers.get("Retry-After")
        asked = retry_after_seconds(header.decode("latin-1") if header else None)
        delay = min(asked if asked is not None else _BACKOFF_BASE * 2**tries, self.cap)
        logger.info("%s: HTTP %d, retrying in %.1f s", request.url, response.status, delay)
        stats.inc_value("newsbrief/retry_after/count")
        await asyncio.sleep(delay)
        retry = request.replace(dont_filter=True)
        retry.meta["retry_after_times"] = tries + 1
        return retry


NO_BLOCK_PAGE = "newsbrief:no-block-page"  # a response flag: checked, no block page


class BlockPageMiddleware(_ContextMiddleware):
    """A block page stops its spider's crawl: recorded once, not retried, later requests dropped.
    Uncertain verdicts (web.blocking.BlockVerdict) stop it only from the second one on."""

    @staticmethod
    def _second_doubt(spider: Any) -> bool:
        seen = int(getattr(spider, "block_doubts", 0)) + 1
        spider.block_doubts = seen
        return seen >= 2

    def process_request(self, request: Request) -> None:
        spider = self.crawler.spider
        if getattr(spider, "blocked_by", None) and not request.meta.get("dont_obey_robotstxt"):
            raise SiteStopped(f"{request.url}: site crawl stopped after a block page")

    def process_response(self, request: Request, response: Response) -> Response:
        if (
            request.meta.get("dont_obey_robotstxt")
            or not isinstance(response, TextResponse)
            or response.status == 304
        ):
            return response  # robots.txt, images and other binaries; 304 has no body
        spider = self.crawler.spider
        if getattr(spider, "blocked_by", None):
            raise SiteStopped(f"{request.url}: site crawl stopped after a block page")
        site = getattr(spider, "site", None)
        encoding = response.encoding
        body = ascii_body(response.body, encoding)
        # An ordinary page is told so by its first bytes (the common case: see spiders.heads)
        for size in HEAD_BYTES if body is not None else ():
            head = head_text(response, size, encoding)
            if head is None:
                break
            if clean_head(head, response.url, response.status, site, body, encoding):
                response.flags.append(NO_BLOCK_PAGE)
                return response
        html = response.text  # Scrapy decodes it with response.encoding (a BOM's first)
        verdict = block_verdict(html, response.url, response.status, site, body)
        if verdict is None:
            response.flags.append(NO_BLOCK_PAGE)  # the page's RawPage says so (block_checked)
            return response
        reason = verdict.reason
        if not verdict.certain and not self._second_doubt(spider):
            # One page judged by a word alone does not stop the site: it goes on to the
            # extractor, which rejects it (or not) by itself.
            logger.warning(
                "%s: %s; the %s crawl goes on", response.url, reason, getattr(spider, "name", "?")
            )
            return response
        # Recorded here, not in the errback: the spider is being closed and pending
        # requests (queued in the download slot already) are dropped.
        spider.blocked_by = reason  # type: ignore[union-attr]
        self.context.blocked.append((response.url, reason))
        self.context.blocked_requested.append(request.meta.get("redirect_urls", [request.url])[0])
        self.context.stopped[getattr(spider, "name", "?")] = reason
        self.crawler.stats.inc_value("newsbrief/blocked")
        logger.warning(
            "%s: blocked (%s); stopping the %s crawl",
            response.url,
            reason,
            getattr(spider, "name", "?"),
        )
        engine = self.crawler.engine
        if engine is not None:
            asyncio.ensure_future(engine.close_spider_async(reason="blocked"))
        raise BlockedPage(response.url, reason)


class ArchiveReplayMiddleware(_ContextMiddleware):
    """Serve responses from the replay index (a missing URL is a 404; a conditional request
    the record's validators satisfy is a 304, as the site would answer), and archive every
    response, raw bytes as received, to the crawl's WARC writer."""

    def process_request(self, request: Request) -> Response | None:
        replay = self.context.replay
        if replay is None:
            return None
        entry = replay.get(replay_key(request.url))
        if entry is None:
            logger.debug("replay: no record for %s, answering 404", request.url)
            return Response(request.url, status=404, body=b"", request=request, flags=["replay"])
        maxsize = self.crawler.settings.getint("DOWNLOAD_MAXSIZE")
        if maxsize and len(entry.body) > maxsize:
            raise IgnoreRequest(f"{request.url}: recorded body exceeds DOWNLOAD_MAXSIZE")
        headers = [(k.encode("latin-1"), v.encode("latin-1", "replace")) for k, v in entry.headers]
        if _replay_not_modified(request, entry):
            kept = [(k, v) for k, v in headers if k.lower() in _NOT_MODIFIED_HEADERS]
            request.meta["replay_fetched_at"] = entry.fetched_at
            return Response(
                request.url, status=304, headers=kept, body=b"", request=request, flags=["replay"]
            )
        cls = responsetypes.from_args(headers=dict(headers), url=request.url, body=entry.body)
        request.meta["replay_fetched_at"] = entry.fetched_at
        return cls(
            request.url,
            status=entry.status,
            headers=headers,
            body=entry.body,
            request=request,
            flags=["replay"],
        )

    def process_response(self, request: Request, response: Response) -> Response:
        when = request.meta.pop("replay_fetched_at", None) or datetime.now(UTC)
        request.meta["fetched_at"] = when
        writer = self.context.archive
        if writer is not None:
            spider = self.crawler.spider
            writer.write(
                ReplayEntry(
                    url=response.url,
                    status=response.status,
                    headers=tuple(_header_pairs(response)),
                    body=response.body,
                    fetched_at=when,
                    requested_url=(request.meta.get("redirect_urls") or [request.url])[0],
                    site=getattr(spider, "site", None),
                )
            )
        return response


# What a 304 carries of the stored response (RFC 9110 section 15.4.5).
_NOT_MODIFIED_HEADERS = frozenset(
    {b"etag", b"last-modified", b"cache-control", b"expires", b"date", b"vary", b"content-location"}
)


def _replay_not_modified(request: Request, entry: ReplayEntry) -> bool:
    def header(name: str) -> str | None:
        value = request.headers.get(name)
        return value.decode("latin-1") if value is not None else None

    if not 200 <= entry.status < 300:
        return False
    validators = {k.lower(): v for k, v in entry.headers}
    return not_modified_answer(
        header("If-None-Match"),
        header("If-Modified-Since"),
        validators.get("etag"),
        validators.get("last-modified"),
    )


def _header_pairs(response: Response) -> list[tuple[str, str]]:
    pairs: list[tuple[str, str]] = []
    for name, values in response.headers.items():
        for value in values:
            pairs.append((name.decode("latin-1"), value.decode("latin-1")))
    return pairs
