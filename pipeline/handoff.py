"""How a page goes to an extraction worker and its article comes back (pipeline.app.pagework's
pipes): the same records as pickling them whole, in less of the crawling process's CPU.

- A page goes as two messages: its fields but the body (a small pickle), then the body's
  bytes as they are. Pickled whole, the 90 KB body was copied into the pickle, then out of
  it again in the worker. Its fetch time, in UTC as a crawl records it, goes as its
  numbers: pickle writes a datetime through its module's reduce functions (5 us of the
  8.7 a page's fields took, against 1 us in all).
- An article comes back without its text when its JSON line is made (a worker makes it:
  `pipeline.pages.worker_make`): the line holds the text, and the crawling process reads
  only the line (the store's `data` column, articles.jsonl). Its text is read from the line
  the first time it is asked for (`Article.__getattr__`): JSON gives back any string it
  encoded, so the article is equal to the one the worker made. Half the bytes to pickle,
  write, read and unpickle (a bench page's answer: 28 KB, 15 KB without the text).

Both ends import this module only: the crawling process never loads the extractor for it.
"""

from __future__ import annotations

import pickle
from datetime import UTC, datetime
from multiprocessing.connection import Connection
from typing import Any

from pipeline.records import Article, RawPage

__all__ = ["join_page", "lean", "lean_article", "recv_page_parts", "send_page"]

_NO_BODY = b""  # the second message of a page sent whole (not a plain RawPage with bytes)


def send_page(conn: Connection, page: RawPage) -> None:
    """Write `page` to a worker's task pipe: its fields but the body, then the body (a page
    of another shape, pickled whole, then an empty message)."""
    if type(page) is RawPage and type(page.body) is bytes:
        when: Any = page.fetched_at
        if type(when) is datetime and when.tzinfo is UTC and not when.fold:
            when = (when.year, when.month, when.day, when.hour, when.minute, when.second,
                    when.microsecond)  # fmt: skip
        head: Any = (
            page.url,
            page.status,
            page.headers,
            page.final_url,
            when,
            page.site,
            page.block_checked,
        )
        body = page.body
    else:
        head, body = page, _NO_BODY
    conn.send_bytes(pickle.dumps(head, pickle.HIGHEST_PROTOCOL))
    conn.send_bytes(body)


def recv_page_parts(conn: Connection) -> tuple[bytes, bytes]:
    """The two messages of the next page `send_page` wrote (EOFError once the pipe is
    closed): `join_page` makes the page of them."""
    return conn.recv_bytes(), conn.recv_bytes()


def join_page(head: bytes, body: bytes) -> RawPage:
    """The page whose two messages (`send_page`) these are."""
    fields = pickle.loads(head)
    if isinstance(fields, RawPage):
        return fields
    url, status, headers, final_url, when, site, block_checked = fields
    if type(when) is tuple:  # a UTC time, as its numbers
        year, month, day, hour, minute, second, micro = when
        when = datetime(year, month, day, hour, minute, second, micro, tzinfo=UTC)
    return RawPage(url, body, status, headers, final_url, when, site, block_checked)


class _Lean:
    """An article pickled without its text (see the module docstring): unpickled by
    `lean_article` into an Article."""

    __slots__ = ("state",)

    def __init__(self, state: dict[str, Any]) -> None:
        self.state = state

    def __reduce__(self) -> tuple[Any, tuple[dict[str, Any]]]:
        return lean_article, (self.state,)


def lean(made: object) -> object:
    """What to pickle for `made` (an Article, a Reject ...): an Article whose JSON line is made
    goes without its text, anything else as it is."""
    if type(made) is Article:
        state = made.__dict__
        if "json_line" in state and "text" in state:
            return _Lean({name: value for name, value in state.items() if name != "text"})
    return made


def lean_article(state: dict[str, Any]) -> Article:
    """The Article a lean one's state makes: its text is read from its JSON line when asked."""
    article = object.__new__(Article)
    article.__dict__.update(state)
    return article
