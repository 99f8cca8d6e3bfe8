"""`addresses.web_url_problem`'s quick paths (speed27) answer as its former checks did, on
generated URLs: an ASCII URL's whitespace and control characters found by `isprintable`
and one `in` test instead of a test of each character; an IP address tried only on a host of
ASCII digits and dots; an ASCII host's labels taken as they are instead of through the IDNA
codec. The former function is written out below as the reference."""

from __future__ import annotations

import ipaddress
import random
from urllib.parse import urlsplit

from pipeline.addresses import (
    _MAX_HOST,
    _MAX_LABEL,
    _bad_ace,
    _bracketed_problem,
    web_url_problem,
)
from pipeline.web.urls import absolute


def _former(url: str) -> str | None:
    """`web_url_problem` as it was before speed27."""
    if not url:
        return "not an http(s) URL (empty)"
    if any(c.isspace() or ord(c) < 0x20 or c == "\x7f" for c in url):
        return "not a valid URL (it holds whitespace or a control character)"
    if not url.isascii() and any("\ud800" <= c <= "\udfff" for c in url):
        return "not a valid URL (it holds bytes that are not UTF-8 text)"
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018
    except ValueError as exc:
        return f"not a valid URL ({exc})"
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return "not an http(s) URL"
    if "[" in parts.netloc or "]" in parts.netloc:
        return _bracketed_problem(parts.netloc.rpartition("@")[2])
    host = parts.hostname.rstrip(".")
    try:
        ipaddress.ip_address(host)
        return None
    except ValueError:
        pass
    labels = host.split(".")
    try:
        ascii_labels = [label.encode("idna").decode("ascii") for label in labels]
    except UnicodeError:
        ascii_labels = []
    if (
        not ascii_labels
        or any(not 0 < len(label) <= _MAX_LABEL or _bad_ace(label) for label in ascii_labels)
        or len(".".join(ascii_labels)) > _MAX_HOST
    ):
        return f"not a valid host name: {host[:60]!r}{'...' if len(host) > 60 else ''}"
    return None


_HOST_PARTS = (
    "www",
    "example",
    "com",
    "",
    "xn--",
    "xn--bcher-kva",
    "xn--a-",
    "Bücher",
    "例子",
    "ü" * 60,  # 60 letters, over 63 in Punycode
    "\ufffd",  # prohibited by the codec's nameprep
    "a" * 63,
    "b" * 64,
    "1",
    "127",
    "0",
    "255",
    "256",
    "01",
    "1e3",
    "٣",  # an Arabic-Indic digit: a digit, not ASCII
    "１",  # a full-width digit
    "%25eth0",
    "_dmarc",
    "-x-",
)
_SCHEMES = ("http://", "https://", "HTTP://", "ftp://", "//", "", "javascript:")
_CHARS = (" ", "\t", "\n", "\x00", "\x1f", "\x7f", "\x1c", "\x85", "\xa0", "\u3000", "\ud800", "é")


def _url(rng: random.Random) -> str:
    host = ".".join(rng.choice(_HOST_PARTS) for _ in range(rng.randrange(1, 6)))
    if rng.random() < 0.1:
        host = "[" + rng.choice(("::1", "fe80::1%eth0", "v1.x", "1.2.3.4")) + "]"
    if rng.random() < 0.2:
        host += rng.choice((".", ":80", ":99999", ":x", ":"))
    if rng.random() < 0.1:
        host = "user:pw@" + host
    path = rng.choice(("/", "/a/b.html", "", "/news?id=1#top", "/%E4%BD%A0"))
    url = rng.choice(_SCHEMES) + host + path
    if rng.random() < 0.15:
        at = rng.randrange(len(url) + 1)
        url = url[:at] + rng.choice(_CHARS) + url[at:]
    return url


def test_generated_urls() -> None:
    rng = random.Random(27)
    answers: set[str | None] = set()
    for _ in range(40_000):
        url = _url(rng)
        expected = _former(url)
        assert web_url_problem(url) == expected, url
        answers.add(expected and expected.split(":")[0].split(" (")[0])
    # every kind of answer was met
    assert None in answers
    assert {"not a valid URL", "not an http(s) URL", "not a valid host name"} <= answers


def test_addresses_and_labels() -> None:
    for host in ("1.2.3.4", "01.2.3.4", "1.2.3", "256.1.1.1", "1.2.3.4.", "١.٢.٣.٤", "a" * 64):
        for url in (f"http://{host}/", f"https://{host}:8080/x"):
            assert web_url_problem(url) == _former(url), url
    assert web_url_problem("http://1.2.3.4/") is None
    assert web_url_problem("http://" + "a" * 64 + ".com/") is not None


def test_absolute_keeps_its_answers() -> None:
    base = "https://www.example.com/news/a.html"
    for link in ("www.sohu.com/a/1", "WWW.SOHU.COM/a", "/b", "//cdn.x.org/i.jpg", " c ", "x:y"):
        joined = absolute(link, base)
        assert joined is None or web_url_problem(joined) is None
    assert absolute("www.sohu.com/a/1", base) == "https://www.sohu.com/a/1"
