"""`blocking._captcha` gives the same verdict with its shortcut (`_visible_at_least` on the
page's first words before the whole page's visible text) as without it, on generated pages
holding a captcha mark, with as much text as the widget verdict's bound and around it."""

from __future__ import annotations

import random

import pytest

from pipeline.web import blocking

_PIECES = (
    "<p>",
    "</p>",
    "<div class='comments'>",
    "</div>",
    "<title>Slide to verify</title>",
    "<title>A story</title>",
    "<script>var a = '<p>x</p>';</script>",
    "<script src='https://www.google.com/recaptcha/api.js'></script>",
    "<style>p { color: red }</style>",
    "<div class='g-recaptcha' data-sitekey='k'></div>",
    "<div class='cf-turnstile'></div>",
    "<form action='/post'><input name='q'></form>",
    "captcha",
    "验证码",
    "<script>",
    "<",
    ">",
    "<br>",
    "  ",
    "\n",
)
_WORDS = ("The council met on Tuesday", "to approve", "the budget.", "Residents", "spoke")


def _page(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randint(1, 160)):
        parts.append(rng.choice(_PIECES) if rng.random() < 0.4 else rng.choice(_WORDS))
    parts.insert(rng.randint(0, len(parts)), rng.choice(("captcha", "<div class='g-recaptcha'>")))
    return " ".join(parts) if rng.random() < 0.5 else "".join(parts)


def test_captcha_verdicts_are_the_former_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(2712)
    pages = [_page(rng) for _ in range(4000)]
    shortcut = [blocking._captcha(page) for page in pages]  # noqa: SLF001
    monkeypatch.setattr(blocking, "_visible_at_least", lambda head, need: False)
    former = [blocking._captcha(page) for page in pages]  # noqa: SLF001
    assert shortcut == former
    verdicts = sum(v is not None for v in former)
    assert 200 < verdicts < len(pages) - 200  # both answers asked often
