"""Block pages: a WAF interstitial, a captcha or an empty page state is not an article.

Generic signs only (CDN challenges, captcha widgets, an empty `window.initialState`); a site's own
markers (36Kr's WAF page, 2025-26) are on its SiteSpec and come in as `markers`: callers use
``pipeline.sites.block_reason``, which passes them. Such a page is a `blocked` outcome naming the
URL: the crawl of that site stops, nothing retries or solves it. Captcha pages are judged by their
shape (a challenge widget; the word in the title or beside a form; little text besides), so an
article about captchas stays an article, and a page judged by a word alone is an uncertain verdict
that does not stop a crawl on its own. A CDN challenge's markers count on a page with little text
besides, as a widget does. Plain Python (no scrapy): the spiders and the extractor both call it.
"""

from __future__ import annotations

import codecs
import logging
import re
import sys
from collections.abc import Sequence
from typing import NamedTuple

from pipeline.web.headwords import TAG as _TAG
from pipeline.web.headwords import TITLE as _TITLE
from pipeline.web.headwords import UntitledHead, count_settled, count_visible
from pipeline.web.jsonvalue import json_value_at

logger = logging.getLogger(__name__)

__all__ = ["BlockVerdict", "ascii_body", "block_reason", "block_verdict", "clean_head"]


class BlockVerdict(NamedTuple):
    """Why a response is a block page, and whether its shape makes that certain. An uncertain
    verdict (a captcha word on a near-empty page, no challenge widget, form or title) rejects
    that page, but one such page alone never stops a site's crawl."""

    reason: str
    certain: bool = True


# Markers of a WAF interstitial (common CDN challenges), on a page with little text besides:
# Cloudflare's challenge page sets `_cf_chl_opt` and loads its script from
# /cdn-cgi/challenge-platform/h/...; the same host also injects its bot-detection script,
# /cdn-cgi/challenge-platform/scripts/jsd/main.js, into ordinary articles, which are no
# block page (that script alone stopped the crawl of every site that turned it on).
_WAF_MARKERS: tuple[tuple[str, str], ...] = (
    ("_cf_chl_opt", "waf: Cloudflare challenge"),
    ("/challenge-platform/h/", "waf: Cloudflare challenge"),
    ("cf-chl-", "waf: Cloudflare challenge"),
)
# Captcha pages are judged by their shape, not by one word (an article may be *about*
# captchas: "警惕验证码诈骗"): a challenge widget, or the word in the title or beside a form,
# with little text besides.
_CAPTCHA_WIDGETS: tuple[str, ...] = (
    "geetest",
    "g-recaptcha",
    "recaptcha/api",
    "h-captcha",
    "hcaptcha.com",
    "cf-turnstile",
)
_CAPTCHA_WORDS: tuple[str, ...] = (
    "captcha",
    "验证码",
    "滑动验证",
    "人机验证",
    "安全验证",
)
# Visible characters (title aside) under which a page holds nothing but its challenge.
_LITTLE_TEXT = 80  # as min_text_chars: less is no article anyway (Chinese is dense)
_WIDGET_PAGE_TEXT = 600
_SCRIPT_SRC = re.compile(r"<script\b[^>]*?\ssrc\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s>]*)")
_FORM = re.compile(r"<(form|input|button)\b", re.IGNORECASE)
_INITIAL_STATE_NAME = "window.initialState"
_INITIAL_STATE = re.compile(re.escape(_INITIAL_STATE_NAME) + r"\s*=\s*")
_BLOCK_STATUSES = frozenset({401, 403, 405, 418, 451})


def block_reason(
    html: str,
    url: str,
    status: int = 200,
    markers: Sequence[tuple[str, str]] = (),
    body: bytes | None = None,
) -> str | None:
    """Why this response is a block page (a short reason), or None for an ordinary page.
    `markers` are the site's own (text only its block page holds, reason), checked first.
    `body`: the bytes `html` was decoded from, when `ascii_body` allows (a cheaper check)."""
    verdict = block_verdict(html, url, status, markers, body)
    return verdict.reason if verdict is not None else None


def block_verdict(
    html: str,
    url: str,
    status: int = 200,
    markers: Sequence[tuple[str, str]] = (),
    body: bytes | None = None,
) -> BlockVerdict | None:
    """`block_reason` with its certainty (see BlockVerdict)."""
    head = html[:_HEAD_CHARS]
    for marker, reason in markers:
        if marker in head:
            return BlockVerdict(reason)
    # (both verdicts need less visible text: most pages show it first, not searched for marks)
    if not _visible_at_least(head, _WIDGET_PAGE_TEXT):
        waf = next((reason for marker, reason in _WAF_MARKERS if marker in head), None)
        if waf is not None and len(_visible_text(_TITLE.sub(" ", head))) < _WIDGET_PAGE_TEXT:
            return BlockVerdict(waf)  # an article naming or embedding a marker has text besides
        # A page longer than its head is searched for the marks in the head's text, not in
        # its body: every verdict after that search reads the head alone (a mark only past it
        # gives none), and the bytes past the head were most of what was searched (the 54
        # of the wide corpus's 412 pages that come here: 505 KB a body, 72% past the head;
        # their search 149 -> 50 us a page of the corpus).
        whole = len(head) == len(html)
        captcha = _captcha(head, body if whole else None, counted=True)
        if captcha is not None:
            return captcha
    if _empty_initial_state(head):
        return BlockVerdict("empty window.initialState (page data withheld)")
    if status in _BLOCK_STATUSES and len(_visible_text(head)) < 200:
        return BlockVerdict(f"http {status} with an empty page")
    return None


def clean_head(
    head: str,
    body: bytes | None,
    status: int = 200,
    markers: Sequence[tuple[str, str]] = (),
    encoding: str | None = None,
) -> bool:
    """True when `block_verdict` finds no block page in a page whose text starts with `head`
    (its first characters, any number of them), whatever the rest of its text: the crawl's
    common case, told without decoding the whole page. False when unsure (then the whole
    page is checked). `body` is the page's body as `ascii_body` gives it (None: unsure),
    `encoding` the codec it was decoded with.

    No verdict can be given when the body holds neither a marker of the site nor an initial
    state (an ASCII run of the text is one of the body's bytes: `ascii_body`; a marker that
    is not ASCII is looked for in a UTF-8 body only), the status is no block status, and the
    visible text is long enough for the WAF and captcha verdicts to need no more
    (`_WIDGET_PAGE_TEXT`): `_visible_at_least` counts it on `head`."""
    if body is None or status in _BLOCK_STATUSES or _INITIAL_STATE_NAME.encode() in body:
        return False
    utf8 = bool(encoding) and codecs.lookup(encoding or "").name == "utf-8"
    for marker, _ in markers:
        if not (marker.isascii() or utf8) or marker.encode() in body:
            return False
    return _visible_at_least(head[:_HEAD_CHARS], _WIDGET_PAGE_TEXT)


_HEAD_CHARS = 200_000  # what block_verdict reads of a page
# "<script" / "<style" as the case-blind `_CODE_OPEN` matches them (re.I also takes the dotted
# and dotless i for "i" and the long s for "s": tested), spelled so that re looks for "<" first.
_CODE_START = re.compile(
    "<([Ss\u017f][Cc][Rr][Ii\u0130\u0131][Pp][Tt]|[Ss\u017f][Tt][Yy][Ll][Ee])\\b"
)


def _visible_at_least(head: str, need: int) -> bool:
    """Whether `_visible_text(_TITLE.sub(" ", page))` has at least `need` characters for any
    page whose text starts with `head`, read on as little of `head` as it takes.

    As block_verdict strips a page: titles (`_TITLE`) first, then script and style elements
    (`_without_code`), then tags (`_TAG`). Each element found whole in `head` is stripped as
    there (the same first closing tag); the reading stops before a title, script or style
    not closed in `head` and before a "<" no ">" follows (what comes after could change
    them). The words read are then the page's first (the last may run on: no shorter),
    counted between code elements a chunk at a time, each cut after a ">" (no tag spans
    two): words joined a piece at a time are never more than all of them joined."""
    untitled = UntitledHead(head)  # read on only while what was read settles nothing
    text, count, done = untitled.text, 0, 0
    while count < need:
        opening = _CODE_START.search(text, done)
        while not untitled.final and (opening is None or opening.end() == len(text)):
            counted, done = count_settled(text, done, need - count)  # (no code element in them)
            count += counted
            if count >= need:
                return True
            text = untitled.more()  # (`\b` at the end: the next character decides)
            opening = _CODE_START.search(text, done)
        stop = len(text) if opening is None else opening.start()
        counted, whole = count_visible(text, done, stop, need - count)
        count += counted
        if opening is None or not whole:
            break  # the end of the head, or a tag left open before the code element
        done = _closing_end(text, opening.group(1), opening.end(), {})
        while done < 0 and not untitled.final:  # (a closing tag found is the head's first)
            text = untitled.more()
            done = _closing_end(text, opening.group(1), opening.end(), {})
        if done < 0:
            break  # a script or style not closed in the head
    return count >= need


def _captcha(html: str, body: bytes | None = None, counted: bool = False) -> BlockVerdict | None:
    """A captcha page by its shape: a challenge widget with little text; the word in the
    title or beside a form with very little text (certain); the word alone on a near-empty
    page (uncertain). An article that talks about captchas has text besides."""
    if not counted and _visible_at_least(html, _WIDGET_PAGE_TEXT):  # (`counted`: found short)
        return None  # first: 0.22 ms a real page, the marks' search of its whole body 0.34
    if not _may_hold_captcha(html, body):
        return None  # every verdict below needs a widget or the word
    visible = _visible_text(_TITLE.sub(" ", html))
    if len(visible) >= _WIDGET_PAGE_TEXT:
        # an article beside a comment form's captcha, the usual page holding a mark: no
        # verdict below is given with this much text (lowered, it is no shorter: lower()
        # maps every character to one or more), and the page is not lowered to find widgets
        return None
    text = visible.lower()
    # A widget drawn or started by the page (a div of its class, an inline init call), not
    # the library merely loaded by a <script src>: app pages whose text sits in a JSON state
    # (no visible text) load a captcha library for their login or comment forms.
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


_ALL_MARKS = (*_CAPTCHA_WIDGETS, *_CAPTCHA_WORDS)
# A mark holding another ("g-recaptcha" holds "captcha") is in a page only when that one is:
# the page is searched for the others only (7 ASCII marks make 3 scans).
_MARKS = tuple(m for m in _ALL_MARKS if not any(o != m and o in m for o in _ALL_MARKS))
_ASCII_MARKS = tuple(m.encode() for m in _MARKS if m.isascii())
_CASELESS_MARKS = tuple(m for m in _MARKS if not m.isascii() and m.lower() == m.upper())
_CASED_MARKS = tuple(m for m in _MARKS if not m.isascii() and m.lower() != m.upper())
# A character every caseless mark holds ("证"), looked for first: one scan of a Chinese page
# that holds none, instead of one per mark ("" when they share none: always looked for).
_CASELESS_SHARED = min(set.intersection(*map(set, _CASELESS_MARKS or ("",))), default="")


# Encodings (codecs' names) that write every ASCII character as that one byte, whatever stands
# around it: in a page decoded from them, a run of ASCII characters is the same run of bytes in its
# body. Not UTF-16 or UTF-32, nor UTF-7, ISO-2022 or HZ, which may write ASCII letters otherwise.
_ASCII_COMPATIBLE = frozenset(
    {"utf-8", "ascii", "iso8859-1", "iso8859-15", "cp1252", "gbk", "gb18030", "gb2312", "big5"}
)
_WIDE_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_BE)  # and 32 LE


def ascii_body(body: bytes, encoding: str | None) -> bytes | None:
    """`body`, when a page decoded from it with `encoding` (the codec the decoder used: its
    BOM, else the one named) holds each run of ASCII characters as the same run of bytes
    (`_ASCII_COMPATIBLE`); else None. The block check then looks for its ASCII marks in the
    body's bytes, lowered, instead of encoding the page's text to find them."""
    if not encoding or body.startswith(_WIDE_BOMS):
        return None
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        return None
    return body if name in _ASCII_COMPATIBLE else None


def _may_hold_captcha(html: str, body: bytes | None = None) -> bool:
    """False when no widget or captcha word can be in the page, in any case: ASCII marks are
    looked for in the page's ASCII characters lowered as bytes (str.lower() of a whole
    non-ASCII page costs twice that), caseless ones (Chinese) as they are, others lowered.

    `body` (see `ascii_body`) stands for those characters: an ASCII mark found in the page,
    lowered, is a run of ASCII characters in it (no other character lowers to a run of
    ASCII but "İ", to "i" and U+0307, and no mark ends in "i": tested), so the same run of
    bytes in the body, lowered. Lowering the body costs a fifth of encoding a non-ASCII
    page's text to ASCII. The body may say more than the page's first 200,000 characters:
    the checks after this one decide on those only."""
    if body is not None:
        ascii_found = _ascii_mark_in(body)
    else:
        ascii_lowered = html.encode("ascii", "ignore").lower()
        ascii_found = any(mark in ascii_lowered for mark in _ASCII_MARKS)
    return (
        ascii_found
        or (_CASELESS_SHARED in html and any(mark in html for mark in _CASELESS_MARKS))
        or (bool(_CASED_MARKS) and any(mark in html.lower() for mark in _CASED_MARKS))
    )


def _ascii_mark_in(body: bytes) -> bool:
    """Whether `body`, lowered, holds an ASCII mark. Where numpy is loaded (a worker; the crawl
    imports none for this) the body is folded first, each byte's 0x20 bit set (a fifth of the
    time of `bytes.lower`): a byte lowering to a mark's byte folds to it (a capital to its
    small letter; the marks' "-" holds that bit: tested), so a folded body holding no mark
    holds none lowered; one holding one is lowered and searched."""
    numpy = sys.modules.get("numpy")
    if numpy is not None and len(body) >= 4096:  # (shorter: numpy's calls cost more)
        folded = (numpy.frombuffer(body, dtype=numpy.uint8) | 0x20).tobytes()
        if not any(mark in folded for mark in _ASCII_MARKS):
            return False
    lowered = body.lower()
    return any(mark in lowered for mark in _ASCII_MARKS)


def _empty_initial_state(html: str) -> bool:
    """True when `window.initialState=` holds nothing: {}, null, "" or only empty members."""
    # The name looked for as a plain string first (a third of the regex's time on a 90 KB
    # page without it, the common case); the regex then starts where it is.
    start = html.find(_INITIAL_STATE_NAME)
    if start < 0:
        return False
    match = _INITIAL_STATE.search(html, start)
    if match is None:
        return False
    state, end = json_value_at(html, match.end())
    if end == match.end():
        return False  # no JSON (encrypted, truncated, nested too deep): the parser's business
    if not state:
        return True
    return isinstance(state, dict) and all(not value for value in state.values())


def _visible_text(html: str) -> str:
    return " ".join(_blank_tags(_without_code(html)).split())


def _blank_tags(text: str) -> str:
    """`_TAG.sub(" ", text)`, the text after the last ">" left unread: every match ends at a
    ">", and re tried each "<" no ">" follows to the text's end (a page ending in 40,000 of
    them took 1.6 s, one of 200,000 in its head 36 s; now one pass)."""
    last = text.rfind(">") + 1
    return _TAG.sub(" ", text[:last]) + text[last:]


# `_without_code` drops what `<(script|style)\b.*?</\1>` (re.I, re.S) matches in two steps: an
# opening tag (`_CODE_OPEN`), then its closing tag among the "</" after it, each tried as the
# pattern's `</\1>` by re itself (`_CODE_CLOSE` on the tag's name and the candidate).
_CODE_OPEN = re.compile(r"<(script|style)\b", re.I)
_CODE_CLOSE = re.compile(r"(script|style)</\1>", re.I)


def _without_code(html: str) -> str:
    """`re.sub(r"<(script|style)\\b.*?</\\1>", " ", html, flags=re.I | re.S)`: each script and
    style element made one space, the same matches. The pattern's lazy `.*?` tries the closing
    tag at every character of a script, the slowest part of the block check on a page with
    big inline scripts (a millisecond and more); here the closing tag is looked for among the
    "</" after the opening one (str.find), each tried by re with the same case-blind
    back-reference. A tag never closed is no match there: the search goes on one character
    further, as re's does."""
    parts: list[str] = []
    done = start = 0
    unclosed: dict[str, int] = {}  # a tag name -> where a search for its closing tag failed
    while (opening := _CODE_OPEN.search(html, start)) is not None:
        end = _closing_end(html, opening.group(1), opening.end(), unclosed)
        if end < 0:
            start = opening.start() + 1
            continue
        parts += (html[done : opening.start()], " ")
        done = start = end
    if not parts:
        return html
    parts.append(html[done:])
    return "".join(parts)


def _closing_end(html: str, name: str, at: int, unclosed: dict[str, int]) -> int:
    """Where the first closing tag of `name` (as `</\\1>` matches it) at or after `at` ends, else
    -1. A failed search is remembered in `unclosed`: none later can succeed (many copies of
    an unclosed "<script" in a page cost one search)."""
    if at >= unclosed.get(name, len(html) + 1):
        return -1
    size = len(name) + 3  # "</" name ">"
    candidate = html.find("</", at)
    while candidate >= 0:
        if _CODE_CLOSE.fullmatch(name + html[candidate : candidate + size]) is not None:
            return candidate + size
        candidate = html.find("</", candidate + 1)
    unclosed[name] = at
    return -1
