"""`blocking._captcha` gives the former verdict now that it counts the page's first words
(`_visible_at_least`) before it looks for a mark in the whole body (`_may_hold_captcha`):
each test returns no verdict on its own, so their order changes no answer. Generated pages
with marks and without, short and long, titles, scripts, styles and forms, with the body's
bytes given and not."""

from __future__ import annotations

import random

from pipeline.web import blocking
from pipeline.web.blocking import (
    _CAPTCHA_WIDGETS,
    _CAPTCHA_WORDS,
    _FORM,
    _LITTLE_TEXT,
    _SCRIPT_SRC,
    _TITLE,
    _WIDGET_PAGE_TEXT,
    BlockVerdict,
    _may_hold_captcha,
    _visible_at_least,
    _visible_text,
)
from tests.mixed_pages import MARKUP_BITS, mixed_page


def _captcha_former(html: str, body: bytes | None = None) -> BlockVerdict | None:
    """`_captcha` as it was (the former code, word for word: the marks looked for first)."""
    if not _may_hold_captcha(html, body):
        return None
    if _visible_at_least(html, _WIDGET_PAGE_TEXT):
        return None
    visible = _visible_text(_TITLE.sub(" ", html))
    if len(visible) >= _WIDGET_PAGE_TEXT:
        return None
    text = visible.lower()
    shown = _SCRIPT_SRC.sub("<script", html.lower())
    widget = next((w for w in _CAPTCHA_WIDGETS if w in shown), None)
    match = _TITLE.search(html)
    title = match.group(1).lower() if match else ""
    if widget is not None and len(text) < _WIDGET_PAGE_TEXT:
        return BlockVerdict(f"captcha ({widget})")
    if len(text) >= _LITTLE_TEXT:
        return None
    in_title = next((w for w in _CAPTCHA_WORDS if w in title), None)
    if in_title is not None:
        return BlockVerdict(f"captcha ({in_title} in the title)")
    in_text = next((w for w in _CAPTCHA_WORDS if w in text), None)
    if in_text is None:
        return None
    if _FORM.search(html):
        return BlockVerdict(f"captcha ({in_text} beside a form)")
    return BlockVerdict(f"possible captcha ({in_text} on a near-empty page)", certain=False)


_PIECES = (
    "<p>",
    "</p>",
    "<div class='comments'>",
    "</div>",
    "<title>Security check</title>",
    "<TITLE>Captcha</TITLE>",
    "<title>A story",
    "<script>var a = '<p>x</p>';</script>",
    "<script src='https://www.google.com/recaptcha/api.js'></script>",
    "<style>p { color: red }</style>",
    "<STYLE>",
    "<div class='g-recaptcha' data-sitekey='k'></div>",
    "<div class='cf-turnstile'></div>",
    "<div id='GEETEST_box'></div>",
    "<form action='/post'><input name='q'></form>",
    "<button>Go</button>",
    "CAPTCHA",
    "验证码",
    "请完成安全验证",
    *MARKUP_BITS,
)


def _page(rng: random.Random) -> str:
    return mixed_page(rng, _PIECES, 220, 0.35)


def test_captcha_verdicts_are_the_former_ones() -> None:
    rng = random.Random(2828)
    pages = [_page(rng) for _ in range(5000)]
    bodies = [page.encode() if rng.random() < 0.7 else None for page in pages]
    now = [blocking._captcha(p, b) for p, b in zip(pages, bodies, strict=True)]  # noqa: SLF001
    former = [_captcha_former(p, b) for p, b in zip(pages, bodies, strict=True)]
    assert now == former
    verdicts = sum(v is not None for v in former)
    assert 150 < verdicts < len(pages) - 150  # both answers asked often
