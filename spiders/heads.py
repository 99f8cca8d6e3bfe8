"""The start of a response's text, decoded from the start of its body only, for the checks that
read no further on an ordinary page: the block-page check (`pipeline.sites.clean_head`) and
the meta-refresh redirect (Scrapy reads the first 4,096 characters of the text).

Scrapy's `response.text` decodes the whole body: about 0.15 ms of CPU for a 90 KB page, in
the crawling process, whose core bounds a fast crawl; the extraction workers decode the
body again anyway. A head is decoded as Scrapy decodes the whole (w3lib's `html_to_unicode`
with the response's encoding), from an encoding that writes ASCII as itself
(`ascii_body`), and is the text's first characters but the last few, which may come from
a character cut at the end of the bytes read.
"""

from __future__ import annotations

from scrapy.downloadermiddlewares.redirect import MetaRefreshMiddleware
from scrapy.http import HtmlResponse, Request, Response, TextResponse
from w3lib.encoding import html_to_unicode
from w3lib.html import get_meta_refresh

from pipeline.web.blocking import ascii_body

__all__ = ["HEAD_BYTES", "HeadMetaRefreshMiddleware", "head_text"]

# Bytes of a body decoded to tell it is no block page, tried in turn (then all of it).
HEAD_BYTES = (16_384, 65_536)
# Replacement characters a character cut at the end of a head's bytes may decode to (one
# a byte, at most four in the encodings `ascii_body` accepts): dropped from a head.
_CUT_TAIL = 8
# What Scrapy's MetaRefreshMiddleware reads of a page's text (scrapy.utils.response:
# get_meta_refresh and get_base_url read `response.text[0:4096]`; a test holds it to that).
_META_CHARS = 4096
# Bytes of a long page read for its first 4,096 characters: one a byte (most heads), else
# up to four (the most a character takes in those encodings).
_META_HEAD_BYTES = (_META_CHARS + 64, 4 * _META_CHARS + 64)


def head_text(response: TextResponse, size: int, encoding: str | None = None) -> str | None:
    """The first characters of `response.text`, decoded from the first `size` bytes of its
    body, or None when the body is no longer (or not in an encoding `ascii_body` accepts).
    `encoding`: `response.encoding`, when the caller has it (each read of it parses the
    Content-Type header again: 16 K instructions)."""
    body = response.body
    if encoding is None:
        encoding = response.encoding
    if len(body) <= size or ascii_body(body, encoding) is None:
        return None
    return html_to_unicode(f"charset={encoding}", body[:size])[1][:-_CUT_TAIL]


class HeadMetaRefreshMiddleware(MetaRefreshMiddleware):
    """Scrapy's MetaRefreshMiddleware, given a long page's first bytes only: it reads the first
    4,096 characters of the text (the refresh, the base URL), which they hold the same.

    A long page declaring no refresh there (the common case) is answered from those
    characters alone, by the w3lib function Scrapy calls on them, with no copy of the response
    and the page's own URL as the base, not its <base>: the base only makes a refresh's URL
    absolute, so a page with no refresh under one base has none under any (w3lib 2.6 warns of
    an empty one) (a bench page: 0.50 M instructions of the crawling process, 0.28 M so)."""

    # Without the `spider` argument Scrapy deprecates (as every middleware of ours)
    def process_response(  # type: ignore[override]
        self, request: Request, response: Response
    ) -> Request | Response:
        if isinstance(response, HtmlResponse):
            encoding = response.encoding
            chars = _head_chars(response, encoding)
            if chars is not None:
                interval, _ = get_meta_refresh(
                    chars, response.url, encoding, ignore_tags=self._ignore_tags
                )
                if interval is None:
                    return response  # what Scrapy does when it finds no refresh
        head = _head_response(response)
        if head is None:
            return super().process_response(request, response)
        answer = super().process_response(request, head)
        return response if answer is head else answer


def _head_chars(response: HtmlResponse, encoding: str) -> str | None:
    """The first `_META_CHARS` characters of a long page's text, decoded from its first bytes
    as `_head_response` decodes them (`head_text`), or None (read it whole)."""
    for size in _META_HEAD_BYTES:
        head = head_text(response, size, encoding)
        if head is None:
            return None
        if len(head) >= _META_CHARS:
            return head[:_META_CHARS]
    return None


def _head_response(response: Response) -> HtmlResponse | None:
    """The response cut to its first bytes (same URL, headers, encoding), when they decode
    to more than `_META_CHARS` characters; else None (read it whole)."""
    if not isinstance(response, HtmlResponse):
        return None
    body = response.body
    encoding = response.encoding
    if ascii_body(body, encoding) is None:
        return None
    for size in _META_HEAD_BYTES:
        if len(body) <= size:
            return None
        head = response.replace(body=body[:size], encoding=encoding)
        if len(head.text) >= _META_CHARS + _CUT_TAIL:
            return head
    return None
