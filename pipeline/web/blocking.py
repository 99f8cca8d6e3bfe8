"""Block pages: a WAF interstitial, a captcha or an empty page state is not an article.

Generic signs only (CDN challenges, captcha widgets, an empty `window.initialState`); a site's
own markers (36Kr's WAF page, 2025-26) are on its SiteSpec and come in as `markers`: callers
use ``pipeline.sites.block_reason``, which passes them. Such a page is a `blocked` outcome
naming the URL: the crawl of that site stops, nothing retries or solves it.
Plain Python (no scrapy): the spiders and the extractor both call it.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Sequence

logger = logging.getLogger(__name__)

__all__ = ["block_reason"]

# Markers that only a WAF interstitial carries (common CDN challenges).
_WAF_MARKERS: tuple[tuple[str, str], ...] = (
    ("cf-chl-", "waf: Cloudflare challenge"),
    ("challenge-platform", "waf: Cloudflare challenge"),
)
# Captcha widgets and wording. An article may *mention* a captcha, so these count only in a
# small page or in the <title>.
_CAPTCHA_MARKERS: tuple[str, ...] = (
    "geetest",
    "g-recaptcha",
    "h-captcha",
    "hcaptcha.com",
    "captcha",
    "验证码",
    "滑动验证",
    "人机验证",
    "安全验证",
)
_SMALL_PAGE_CHARS = 20_000
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
_INITIAL_STATE = re.compile(r"window\.initialState\s*=\s*")
_BLOCK_STATUSES = frozenset({401, 403, 405, 418, 451})


def block_reason(
    html: str, url: str, status: int = 200, markers: Sequence[tuple[str, str]] = ()
) -> str | None:
    """Why this response is a block page (a short reason), or None for an ordinary page.
    `markers` are the site's own (text only its block page holds, reason), checked first."""
    head = html[:200_000]
    for marker, reason in (*markers, *_WAF_MARKERS):
        if marker in head:
            return reason
    captcha = _captcha(head)
    if captcha is not None:
        return captcha
    if _empty_initial_state(head):
        return "empty window.initialState (page data withheld)"
    if status in _BLOCK_STATUSES and len(_visible_text(head)) < 200:
        return f"http {status} with an empty page"
    return None


def _captcha(html: str) -> str | None:
    match = _TITLE.search(html)
    title = match.group(1).lower() if match else ""
    small = len(html) < _SMALL_PAGE_CHARS
    lowered = html.lower()
    for marker in _CAPTCHA_MARKERS:
        if marker in title or (small and marker in lowered):
            return f"captcha ({marker})"
    return None


def _empty_initial_state(html: str) -> bool:
    """True when `window.initialState=` holds nothing: {}, null, "" or only empty members."""
    match = _INITIAL_STATE.search(html)
    if match is None:
        return False
    try:
        state, _ = json.JSONDecoder().raw_decode(html, match.end())
    except ValueError:
        return False  # an encrypted or truncated state is the parser's business
    if not state:
        return True
    return isinstance(state, dict) and all(not value for value in state.values())


def _visible_text(html: str) -> str:
    without_scripts = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.I | re.S)
    return " ".join(re.sub(r"<[^>]+>", " ", without_scripts).split())
