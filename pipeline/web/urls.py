"""URLs: the canonical form that keys stored articles and duplicate checks.

Site knowledge (mobile hosts, a site's own tracking parameters) comes from the caller as a
host map and a tracking rule: ``pipeline.sites.canonical_url`` is the one function the rest
of the code calls.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from urllib.parse import parse_qsl, quote, urlencode, urljoin, urlsplit, urlunsplit

from pipeline.addresses import web_url_problem

__all__ = [
    "TRACKING_PARAMS",
    "HostMap",
    "SiteTracking",
    "absolute",
    "canonical_form",
    "join_url",
    "remove_dot_segments",
]

# (host, path) -> (canonical host, whether the host is one of our sites: served over https)
HostMap = Callable[[str, str], tuple[str, bool]]
# (host, parameter name) -> whether the site serving `host` uses that parameter for tracking
SiteTracking = Callable[[str, str], bool]

TRACKING_PARAMS = frozenset(
    {
        "spm", "scm", "from", "fbclid", "gclid", "dclid", "msclkid", "yclid",
        "igshid", "mc_cid", "mc_eid", "isappinstalled", "share", "shareid", "share_id",
        "sharetype", "share_token", "wxshare_count", "tt_from", "tt_medium", "ref_src", "_hsenc",
        "_hsmi", "pvid", "fromapp",
    }
)  # fmt: skip
TRACKING_PREFIXES = ("utm_", "share_", "wx_")
_DEFAULT_PORTS = {"http": 80, "https": 443}
_PATH_SAFE = "/%:@!$&'()*+,;=-._~"
_ESCAPE = re.compile(r"%[0-9a-fA-F]{2}")
_UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")


def _escape(match: re.Match[str]) -> str:
    """One percent escape of a path in its normal form (RFC 3986, 6.2.2): an unreserved
    character ('%7E', '%2E', '%41') is the character itself, any other escape upper-case."""
    char = chr(int(match.group(0)[1:], 16))
    return char if char in _UNRESERVED else match.group(0).upper()


def remove_dot_segments(path: str) -> str:
    """`path` without its '.' and '..' segments (RFC 3986, 5.2.4): '/a/b/../c' is '/a/c',
    '/a/./b/' is '/a/b/', a '..' above the root stays at the root. urljoin does this only for a
    relative reference, never to an absolute URL's own path."""
    if "." not in path:
        return path
    segments = path.split("/")
    if not any(seg in (".", "..") for seg in segments):
        return path
    out: list[str] = []
    for seg in segments[1:]:
        if seg == ".":
            continue
        if seg == "..":
            if out:
                out.pop()
            continue
        out.append(seg)
    if segments[-1] in (".", ".."):
        out.append("")  # '/a/b/..' names the directory '/a/'
    return "/" + "/".join(out)


def _is_tracking(key: str) -> bool:
    lkey = key.lower()
    return lkey in TRACKING_PARAMS or lkey.startswith(TRACKING_PREFIXES)


def canonical_form(
    url: str, host_map: HostMap | None = None, site_tracking: SiteTracking | None = None
) -> str:
    """The dedup key of a URL: lower-case scheme and host, the path in its normal form (RFC
    3986: escapes of unreserved characters decoded, the others upper-case, no dot segments), no
    fragment, no tracking parameters
    (generic ones, and the site's own by ``site_tracking``), hosts mapped by ``host_map`` (the
    site registry maps mobile hosts to desktop ones, and its sites to https), no trailing
    slash (but the root "/"), sorted query.

    Idempotent. Text that is not an http(s) URL comes back stripped and otherwise unchanged.
    Callers use ``pipeline.sites.canonical_url``, which passes the registry's host map.
    """
    url = url.strip()
    if url.startswith("//"):
        url = "https:" + url
    try:
        parts = urlsplit(url)
    except ValueError:  # a malformed bracketed host ("http://[zz]/"): not a URL
        return url
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS or not parts.hostname:
        return url
    host = parts.hostname.lower().rstrip(".")
    path = quote(parts.path, safe=_PATH_SAFE) or "/"
    path = remove_dot_segments(_ESCAPE.sub(_escape, path))
    ours = False
    if host_map is not None:
        host, ours = host_map(host, path)
    if ours:
        scheme = "https"
    try:
        port = parts.port
    except ValueError:  # a non-numeric port: not a URL we can canonicalize
        return url
    default = (None, _DEFAULT_PORTS[scheme], _DEFAULT_PORTS[parts.scheme.lower()])
    netloc = host if port in default else f"{host}:{port}"
    if len(path) > 1:
        path = path.rstrip("/") or "/"
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    site_host = parts.hostname.lower().rstrip(".")
    kept = [
        (k, v)
        for k, v in pairs
        if not _is_tracking(k) and not (site_tracking and site_tracking(site_host, k))
    ]
    query = urlencode(sorted(kept), quote_via=quote)
    return urlunsplit((scheme, netloc, path, query, ""))


_BARE_HOST = re.compile(r"^[\w.-]+\.[a-z]{2,}/", re.I)  # "www.sohu.com/a/...": no scheme


def absolute(url: str | None, base: str) -> str | None:
    """`url` made absolute against `base` (scheme-less '//host/x' and bare 'host/x' too), as
    a web address a crawl could fetch (`addresses.web_url_problem`): None for any other
    ("javascript:void(0)", "about:blank", "mailto:", an inline "data:" image), which names no
    page and no picture to fetch."""
    if not url:
        return None
    url = url.strip()
    if _BARE_HOST.match(url) and not url.startswith("/"):
        url = "//" + url  # sohu's og:url "www.sohu.com/a/..." has no scheme
    if url.startswith("//"):
        try:
            scheme = urlsplit(base).scheme or "https"
        except ValueError:  # a page URL with a malformed bracketed host ("http://[::1/a")
            scheme = "https"
        url = f"{scheme}:{url}"
    joined = join_url(base, url)
    return joined if joined is not None and web_url_problem(joined) is None else None


def join_url(base: str, link: str) -> str | None:
    """`link` (a publisher's text: an href, a feed's link, a sitemap's loc) made absolute
    against `base`, or None when it is no URL urllib can read: a malformed bracketed host
    ("http://[zz]/", an unclosed "[") or a port that is not a number up to 65535. urljoin and
    urlsplit raise ValueError on those, which would end the reading of the whole listing.
    None too for a link that names no web page (javascript:, mailto:, data:, a relative link
    without a base, a scheme without a host): Scrapy's Request raised on "javascript:", and
    a feed or sitemap holding one lost all its entries."""
    try:
        joined = urljoin(base, link)
        parts = urlsplit(joined)
        parts.port  # noqa: B018 - parsed for its ValueError, as Scrapy will
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.netloc:  # urlsplit lowercases
        return None
    return joined
