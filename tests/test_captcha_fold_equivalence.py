"""The captcha marks' first look folds a page's body (each byte's 0x20 bit set, numpy) before
lowering it (speed27): `blocking._ascii_mark_in` answers as lowering the body and searching
it did, on generated bodies holding the marks in any case, near misses, and the bytes that
fold to a mark's byte without lowering to it (control characters, "_", "@"), and on real
shapes (a comment form's reCAPTCHA, an article about captchas, a Chinese page)."""

from __future__ import annotations

import random
import sys

from pipeline.web import blocking
from pipeline.web.blocking import _ASCII_MARKS, _ascii_mark_in, _may_hold_captcha


def _former(body: bytes) -> bool:
    """The search as it was: the body lowered, each ASCII mark looked for."""
    lowered = body.lower()
    return any(mark in lowered for mark in _ASCII_MARKS)


def test_marks_keep_the_fold_bit() -> None:
    # the fold's premise: a byte lowering to a mark's byte folds to that byte
    assert _ASCII_MARKS
    for mark in _ASCII_MARKS:
        for byte in mark:
            assert byte | 0x20 == byte, (mark, chr(byte))
            lowering_to = [b for b in range(256) if bytes([b]).lower()[0] == byte]
            assert all(b | 0x20 == byte for b in lowering_to), (mark, chr(byte))


def _variants(rng: random.Random, mark: str) -> str:
    """`mark` in a random case, sometimes cut, or one byte swapped for one that folds to it."""
    text = "".join(c.upper() if rng.random() < 0.5 else c for c in mark)
    roll = rng.random()
    if roll < 0.2:
        return text[: rng.randrange(1, len(text))]
    if roll < 0.4:
        at = rng.randrange(len(text))
        folding = chr(ord(text[at]) & ~0x20)  # "-" -> "\r", "c" -> "C", "t" -> "T"
        return text[:at] + folding + text[at + 1 :]
    return text


_FILLER = (
    "<div class='x'>",
    "</p>",
    " ",
    "\n",
    "\r",
    "_",
    "@",
    "-",
    "Capture",
    "CAPITAL",
    "gee",
    "turnstyle",
    "recap",
    "证码验证",
    "İ",
    "\x0d",
    "\x03",
    "ü",
)


def test_folded_search_answers_as_the_lowered_one() -> None:
    assert "numpy" in sys.modules or __import__("numpy")  # the fold runs where numpy is loaded
    rng = random.Random(27)
    marks = [m.decode() for m in (*_ASCII_MARKS, *(w.encode() for w in blocking._ALL_MARKS))]
    found = 0
    for _ in range(4000):
        parts = []
        for _ in range(rng.randrange(0, 400)):
            if rng.random() < 0.004:
                parts.append(_variants(rng, rng.choice(marks)))
            else:
                parts.append(rng.choice(_FILLER) * rng.randrange(1, 40))
        body = "".join(parts).encode(rng.choice(("utf-8", "gb18030")), "replace")
        expected = _former(body)
        assert _ascii_mark_in(body) is expected, body[:200]
        found += expected
    assert 200 < found < 3800  # both answers tried often


def test_pages() -> None:
    article = "<p>Researchers say CAPTCHA puzzles fail. " + "Long prose here. " * 400 + "</p>"
    form = "<form><div class='g-recaptcha' data-sitekey='x'></div></form>" + "<p>x</p>" * 900
    plain = "<html><body>" + "<p>一篇关于港股上市的文章</p>" * 600 + "</body></html>"
    for html in (article, form, plain, plain.replace("文章", "Cf-Turnstile")):
        body = html.encode("utf-8")
        assert len(body) >= 4096  # (the fold's size)
        assert _ascii_mark_in(body) is _former(body)
        assert _may_hold_captcha(html, body) is _may_hold_captcha(html)
