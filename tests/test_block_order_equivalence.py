"""`blocking.block_verdict` gives the former verdict now that it counts the page's first words
(`_visible_at_least`) before it looks for a CDN challenge's markers or a captcha's: both
verdicts need less visible text than that count finds, so a page that shows it gets neither
and its head is not searched. Generated pages with markers and without, short and long, titles,
scripts, styles, forms, initial states and block statuses, the site's own markers given or
not, the body's bytes given or not."""

from __future__ import annotations

import random
from collections.abc import Sequence

from pipeline.web import blocking
from pipeline.web.blocking import (
    _BLOCK_STATUSES,
    _TITLE,
    _WAF_MARKERS,
    _WIDGET_PAGE_TEXT,
    BlockVerdict,
    _empty_initial_state,
    _visible_text,
)
from tests.mixed_pages import MARKUP_BITS, mixed_page


def _verdict_former(
    html: str,
    url: str,
    status: int = 200,
    markers: Sequence[tuple[str, str]] = (),
    body: bytes | None = None,
) -> BlockVerdict | None:
    """`block_verdict` as it was (the former code, word for word: the markers searched
    first, `_captcha` counting the first words itself)."""
    head = html[:200_000]
    for marker, reason in markers:
        if marker in head:
            return BlockVerdict(reason)
    waf = next((reason for marker, reason in _WAF_MARKERS if marker in head), None)
    if waf is not None and len(_visible_text(_TITLE.sub(" ", head))) < _WIDGET_PAGE_TEXT:
        return BlockVerdict(waf)  # an article that names or embeds a marker has text besides
    captcha = blocking._captcha(head, body)  # noqa: SLF001
    if captcha is not None:
        return captcha
    if _empty_initial_state(head):
        return BlockVerdict("empty window.initialState (page data withheld)")
    if status in _BLOCK_STATUSES and len(_visible_text(head)) < 200:
        return BlockVerdict(f"http {status} with an empty page")
    return None


_PIECES = (
    "<p>",
    "</p>",
    "<div class='main'>",
    "</div>",
    "<title>Just a moment...</title>",
    "<TITLE>Attention Required",
    "</title>",
    "<script>window._cf_chl_opt={cvId: '3'};</script>",
    "<script src='/cdn-cgi/challenge-platform/h/b/orchestrate/jsch/v1'></script>",
    "<script src='/cdn-cgi/challenge-platform/scripts/jsd/main.js'></script>",
    "<div id='cf-chl-widget-x'></div>",
    "<script>var a = '<p>x</p>';</script>",
    "<style>p { color: red }</style>",
    "<STYLE>",
    "<div class='g-recaptcha' data-sitekey='k'></div>",
    "<form action='/post'><input name='q'></form>",
    "CAPTCHA",
    "验证码",
    "<script>window.initialState={}</script>",
    '<script>window.initialState={"a": 1}</script>',
    "site-block-marker",
    *MARKUP_BITS,
)


def _page(rng: random.Random) -> str:
    return mixed_page(rng, _PIECES, 160, 0.4)


def test_block_verdicts_are_the_former_ones() -> None:
    rng = random.Random(2929)
    found: dict[str, int] = {}
    for _ in range(6000):
        page = _page(rng)
        body = page.encode() if rng.random() < 0.7 else None
        status = rng.choice((200, 200, 403, 451, 404))
        markers = (("site-block-marker", "site: blocked"),) if rng.random() < 0.2 else ()
        now = blocking.block_verdict(page, "https://example.org/a", status, markers, body)
        former = _verdict_former(page, "https://example.org/a", status, markers, body)
        assert now == former, page
        kind = former.reason.split(" ")[0] if former is not None else "none"
        found[kind] = found.get(kind, 0) + 1
    # every kind of verdict asked often: the WAF's, the captcha's, the state's, the status's
    for kind in ("waf:", "captcha", "empty", "http", "none"):
        assert found.get(kind, 0) > 50, found


_LONG_PAGE_STARTS = ("", "", "<title>CAPTCHA</title>", "<div class='g-recaptcha'></div>")


def test_long_pages_verdicts_are_the_former_ones() -> None:
    """A page longer than the head (200,000 characters) is searched for the captcha marks in
    the head's text, not in its whole body: the verdicts stay those of the search of the
    body, also when a mark stands only past the head (a comment form's reCAPTCHA at the
    foot of a long page) or the filler between is Chinese (three bytes a character)."""
    rng = random.Random(3232)
    past_only = 0
    found: dict[str, int] = {}
    for _ in range(200):
        head = rng.choice(_LONG_PAGE_STARTS) + mixed_page(rng, _PIECES, 12, 0.5)
        tail = mixed_page(rng, _PIECES, 12, 0.5)
        fill = rng.choice(("x", "验", "é ", "<p>word</p>"))
        filler = fill * (200_000 // len(fill) + rng.randrange(-50, 50))
        page = head + (f"<script>{filler}</script>" if rng.random() < 0.8 else filler) + tail
        body = page.encode()
        status = rng.choice((200, 200, 403))
        now = blocking.block_verdict(page, "https://example.org/a", status, (), body)
        former = _verdict_former(page, "https://example.org/a", status, (), body)
        assert now == former, (head, tail)
        first = page[:200_000]
        past_only += blocking._may_hold_captcha(first, body) and not blocking._may_hold_captcha(  # noqa: SLF001
            first, None
        )
        kind = former.reason.split(" ")[0] if former is not None else "none"
        found[kind] = found.get(kind, 0) + 1
    assert past_only > 10  # (a mark past the head only: the cases the change is about)
    assert found.get("captcha", 0) > 5 and found.get("none", 0) > 5, found
