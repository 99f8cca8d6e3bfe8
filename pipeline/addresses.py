"""What an http(s) URL a crawl can fetch looks like: one check for the URLs of the command
line, of story files and of a crawl's seeds, and the host of any URL a page was labelled
with (a malformed one has none). Plain standard library, below every layer that reads a URL
(pipeline.config checks a story's entry points with it)."""

from __future__ import annotations

import ipaddress
import re
from urllib.parse import urlsplit, urlunsplit

from pipeline.errors import shown_bytes

__all__ = [
    "display_url",
    "frontier_url_problem",
    "host_of",
    "MAX_URL_CHARS",
    "link_target",
    "seed_url_problem",
    "shown_url",
    "web_url_problem",
    "without_passwords",
]


def host_of(url: str | None) -> str:
    """The URL's host, lowercased; "" when it has none or is no URL urllib can read (an
    unclosed "[": a page's URL from an archive record or a command line is a label, and a
    malformed one belongs to no site)."""
    if not url:
        return ""
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


_MAX_HOST = 253  # characters of a DNS name (RFC 1035), 63 a label
_MAX_LABEL = 63


def web_url_problem(url: str) -> str | None:
    """What makes `url` no http(s) URL a crawl can fetch, in a few words, or None: a URL
    urllib cannot read, another scheme or no host, a port out of range, whitespace or control
    characters, or a host no DNS name can be (an empty or over-long label)."""
    if not url:
        return "not an http(s) URL (empty)"
    # (in ASCII the whitespace and control characters are the unprintable ones and " ")
    if (
        not url.isprintable() or " " in url
        if url.isascii()
        else any(c.isspace() or ord(c) < 0x20 or c == "\x7f" for c in url)
    ):
        return "not a valid URL (it holds whitespace or a control character)"
    if not url.isascii() and any("\ud800" <= c <= "\udfff" for c in url):
        # bytes that were not UTF-8, kept as lone surrogates (a command-line argument, a
        # line of standard input): no request can be written for them
        return "not a valid URL (it holds bytes that are not UTF-8 text)"
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - read for its ValueError (not a number, or over 65535)
    except ValueError as exc:
        return f"not a valid URL ({exc})"
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return "not an http(s) URL"
    if "[" in parts.netloc or "]" in parts.netloc:
        return _bracketed_problem(parts.netloc.rpartition("@")[2])
    host = parts.hostname.rstrip(".")
    # (an address is ASCII digits and dots: no ":" is left in an unbracketed host)
    if host.isascii() and host.replace(".", "").isdigit():
        try:
            ipaddress.ip_address(host)
            return None
        except ValueError:
            pass
    labels = host.split(".")
    try:
        # (the codec gives an ASCII label back as it is, or raises for one over 63: so do
        # the tests below)
        ascii_labels = (
            labels if host.isascii() else [label.encode("idna").decode("ascii") for label in labels]
        )
    except UnicodeError:
        ascii_labels = []
    if (
        not ascii_labels
        or any(not 0 < len(label) <= _MAX_LABEL or _bad_ace(label) for label in ascii_labels)
        or len(".".join(ascii_labels)) > _MAX_HOST
    ):
        return f"not a valid host name: {host[:60]!r}{'...' if len(host) > 60 else ''}"
    return None


# "[IPv6]" or "[IPv6]:port": what a host in brackets may be (RFC 3986 without IPvFuture,
# and no zone: no request carries one)
_BRACKETED = re.compile(r"\[([0-9A-Fa-f:.]+)\](?::[0-9]*)?")


def _bracketed_problem(hostport: str) -> str | None:
    """What is wrong with a host written in brackets, or None for an IPv6 address with an
    optional port. urllib reads "[::1]junk" as ::1 and "[v1.x]" as the DNS name v1.x, and
    "[fe80::1%eth0]" as a zone no request can carry; the crawl's URL library refuses the
    first (the entry point then vanished in a Scrapy traceback) and rewrites the second into
    another host."""
    match = _BRACKETED.fullmatch(hostport)
    try:
        if match is not None and ipaddress.IPv6Address(match[1]).scope_id is None:
            return None
    except ValueError:
        pass
    return f"not a valid URL (a host in brackets must be an IPv6 address): {hostport[:60]!r}"


def _bad_ace(label: str) -> bool:
    """An "xn--" label that is no Punycode of a name ("xn--" alone, "xn--a-"): no DNS name."""
    if not label[:4].lower() == "xn--":
        return False
    try:
        label.encode("ascii").decode("idna")
    except UnicodeError:
        return True
    return False


# The longest URL the crawl requests (Scrapy's URLLENGTH_LIMIT, set from this in
# spiders.settings): its URL-length middleware drops a longer start request without a word.
MAX_URL_CHARS = 2083


def seed_url_problem(url: str) -> str | None:
    """`web_url_problem`, and a URL longer than the crawl requests (`MAX_URL_CHARS`): what
    makes a URL the user gives (an argument, a list's line, a story's entry point) no start
    of a crawl. A 10,000-character URL was dropped unfetched and uncounted (exit 0)."""
    problem = web_url_problem(url)
    if problem is None and len(url) > MAX_URL_CHARS:
        return (
            f"longer than {MAX_URL_CHARS} characters ({len(url)}): the crawl requests none so long"
        )
    return problem


def shown_url(url: str, limit: int = 200, *, quoted: bool = True) -> str:
    """`url` as an error message shows it (repr when `quoted`), cut to `limit` characters.
    Bytes that were not UTF-8 (lone surrogates from argv or stdin) show as ``\\xNN``."""
    cut = url if len(url) <= limit else url[:limit]
    shown = shown_bytes(repr(cut) if quoted else cut)
    return shown if cut is url else f"{shown}... ({len(url)} characters)"


def link_target(url: str) -> str | None:
    """`url` (stripped) when a brief may link to it: a URL a crawl could fetch
    (`web_url_problem`) holding no "<" or ">", which a Markdown autolink and an HTML href
    carry as they are; else None, and the brief prints it as text. A javascript: URL from a
    hostile page is never a link, and a URL holding "><script>" never becomes raw HTML in the
    Markdown, which a downstream report may render."""
    url = url.strip()
    if "<" in url or ">" in url or web_url_problem(url) is not None:
        return None
    return url


def frontier_url_problem(url: str) -> str | None:
    """What makes `url` no redis:// (rediss://, unix://) URL of a frontier, or None; the URL
    shown without its password. Its shape only: whether a Redis answers there is the crawl's
    to find (spiders.frontier.check_frontier)."""
    shown = display_url(url)
    if not url.isascii() and any("\ud800" <= c <= "\udfff" for c in url):
        # bytes of no UTF-8 text from argv: the Redis client's IDNA encoding of the host
        # raised UnicodeError, an internal error
        return f"'{shown_bytes(shown)}' is not a valid URL (it holds bytes that are not UTF-8 text)"
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - read for its ValueError (not a number, over 65535)
    except ValueError as exc:
        return f"{shown!r} is not a valid URL ({exc})"
    if parts.scheme not in ("redis", "rediss", "unix") or not (parts.netloc or parts.path):
        return f"{shown!r} is not a redis://HOST[:PORT]/DB URL"
    db = parts.path.strip("/") if parts.scheme != "unix" else ""
    if db and not db.isdigit():
        return f"{shown!r}: the database must be a number, got {db!r}"
    return None


_USERINFO = re.compile(r"(://[^/:@\s]*:)[^@\s]*@")  # "://user:password@"


def without_passwords(text: str) -> str:
    """`text` with the password of every "scheme://user:password@" in it masked (a message
    of libpq or redis quoting a URL it could not use)."""
    return _USERINFO.sub(r"\1***@", text)


def display_url(url: str) -> str:
    """A database or Redis URL without its password, for messages and logs (also one urllib
    cannot read, such as an unclosed "[")."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - read for its ValueError
    except ValueError:
        return without_passwords(url)
    if parts.password is None:
        return url
    host = parts.netloc.rsplit("@", 1)[1]
    return urlunsplit(parts._replace(netloc=f"{parts.username or ''}:***@{host}"))
