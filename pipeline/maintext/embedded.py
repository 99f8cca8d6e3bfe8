"""Article text held only in a page's embedded application state.

Client-rendered pages (Next.js `__NEXT_DATA__`, Nuxt `__NUXT_DATA__` / `window.__NUXT__`,
`window.__INITIAL_STATE__`, `window.__PRELOADED_STATE__`, `window.__APOLLO_STATE__`, any
`<script type="application/json">`) may show a shell while the article sits in the JSON the
page hydrates from. This module finds that article without knowing the site:

- `appstate.state_scripts` keeps the inline scripts that may hold state (cheap; read before
  pruning), and `appstate.state_values` reads them as strict JSON only (a JavaScript literal
  that is not JSON is skipped, nothing is evaluated).
- `state_paragraphs` walks each value with a depth cap and a node budget, and
  scores two kinds of candidates by the characters of prose they hold (clause marks
  throughout, the prose test of `pipeline.web.html`): a long string (an HTML or plain-text
  body) and a list of paragraph-shaped blocks (a rich-text block list: Portable Text,
  Contentful, Draft.js, Nuxt content). A candidate near a string equal to the page's
  headline counts double. The best one is turned into paragraphs, HTML bodies through the
  same pruning and paragraph emission as DOM blocks.

Huge, deep or invalid state is cut off by the caps here and in `appstate`, never read past them.
"""

from __future__ import annotations

import re
from html import unescape
from typing import Any

from pipeline.maintext.appstate import (
    MAX_SCRIPT_CHARS,
    MAX_STATE_NODES,
    MIN_CANDIDATE_CHARS,
    state_values,
)
from pipeline.maintext.cleanline import clean_line
from pipeline.maintext.paragraphs import paragraphs_of
from pipeline.web.html import (
    PROSE_CHARS_PER_SENTENCE,
    HtmlElement,
    clause_marks,
    compute_stats,
    parse,
    prune,
    text_of,
)
from pipeline.web.jsonvalue import json_value_at

_MAX_DEPTH = 48  # JSON nesting walked
_HEADLINE_BONUS = 2.0
_HEADLINE_REACH = 3  # levels below the object holding the headline
_MIN_HEADLINE = 8
# Field names rich-text formats use for the text of a block or span (Portable Text, Slate:
# "text"; Contentful, Nuxt content: "value"; Storyblok, ProseMirror: "content"; WordPress:
# "rendered"; Gutenberg: "innerHTML"). Other string fields count only when they read as prose.
_TEXT_KEYS = frozenset(
    {"text", "value", "content", "html", "innerhtml", "body", "rendered", "plaintext", "children"}
)
_HTML_BLOCK = re.compile(r"<(?:p|div|br|h[1-6]|li|blockquote|section|figure)\b", re.I)
_TAG = re.compile(r"<[^>]*>")
# A block type naming furniture (`_furniture_block`): the words at a word or "_"/"-" edge.
_FURNITURE_TYPE = re.compile(
    r"(?:^|[\W_])(?:interstitial|link|links|related|promo|ad|ads|advert|advertisement"
    r"|newsletter|recirculation|recirc)(?:$|[\W_])",
    re.I,
)
_URL = re.compile(r"^(?:https?:|/)\S*$")


def _blank_tags(text: str) -> str:
    """`_TAG.sub(" ", text)`, the text after the last ">" left unread: every match ends at a
    ">", and re tried each "<" no ">" follows to the text's end (quadratic in them)."""
    last = text.rfind(">") + 1
    return _TAG.sub(" ", text[:last]) + text[last:]


# What a walked value holds (`_Walk.visit`): characters and clause marks of its text fields,
# its block height (0 for a string or a dict of strings, one more for each list level that
# holds text, at least 2 for a list of two or more prose items: a list of paragraphs) and
# whether it holds a multi-paragraph string.
_Info = tuple[int, int, int, bool]
_NOTHING: _Info = (0, 0, 0, False)


class _Walk:
    """One bounded walk over the state values of a page, keeping the best candidate."""

    def __init__(self, headlines: frozenset[str]) -> None:
        self.headlines = headlines
        self.nodes = MAX_STATE_NODES
        self.best: Any = None
        self.best_score = 0.0
        self.heights: dict[int, int] = {}  # id of each walked dict and list: its height
        self.kept: list[Any] = []  # values decoded during the walk (their ids are keys)

    def offer(self, value: Any, score: float) -> None:
        if score > self.best_score:
            self.best, self.best_score = value, score

    def visit(self, value: Any, key: str, depth: int, anchored: int) -> _Info:
        self.nodes -= 1
        if self.nodes < 0 or depth > _MAX_DEPTH:
            return _NOTHING
        if isinstance(value, str):
            if value[:1] in "{[" and value[-1:] in "}]":  # JSON serialized inside the JSON
                inner = json_value_at(value, 0)[0] if len(value) <= MAX_SCRIPT_CHARS else None
                if not isinstance(inner, dict | list):
                    return _NOTHING  # never prose, whatever its commas
                self.kept.append(inner)  # alive while the walk keys heights by id
                return self.visit(inner, key, depth + 1, anchored)
            return self._string(value, key, anchored)
        if isinstance(value, list):
            return self._list(value, key, depth, anchored)
        if not isinstance(value, dict) or id(value) in self.heights:
            return _NOTHING  # a scalar, or a shared value already scored
        self.heights[id(value)] = 0
        headlines = self.headlines
        if headlines and any(
            isinstance(v, str) and len(v) < 400 and v.strip().casefold() in headlines
            for v in value.values()
        ):
            anchored = _HEADLINE_REACH + 1
        chars = marks = height = 0
        multi = False
        for k, v in value.items():
            if self.nodes < 0:
                break
            c, m, h, mu = self.visit(
                v, k.lower() if isinstance(k, str) else "", depth + 1, anchored - 1
            )
            chars += c
            marks += m
            height = max(height, h)
            multi = multi or mu
        self.heights[id(value)] = height
        return chars, marks, height, multi

    def _string(self, value: str, key: str, anchored: int) -> _Info:
        size = len(value)
        multi = size > 200 and ("\n" in value.strip() or bool(_HTML_BLOCK.search(value)))
        if size >= 2 * MIN_CANDIDATE_CHARS or (multi and size >= MIN_CANDIDATE_CHARS):
            text = _blank_tags(value) if "<" in value else value
            chars, marks = len(text.strip()), clause_marks(text)
            if _prose(chars, marks):
                self.offer(value, chars * (_HEADLINE_BONUS if anchored > 0 else 1.0))
        if (key.lower() in _TEXT_KEYS and not _URL.match(value)) or _reads_as_prose(value):
            return len(value.strip()), clause_marks(value), 0, multi
        return _NOTHING

    def _list(self, value: list[Any], key: str, depth: int, anchored: int) -> _Info:
        if id(value) in self.heights:
            return _NOTHING
        self.heights[id(value)] = 0
        chars = marks = height = score = prose_items = 0
        multi = False
        for item in value:
            if self.nodes < 0:
                break
            c, m, h, mu = self.visit(item, key, depth + 1, anchored - 1)
            chars += c
            marks += m
            height = max(height, h)
            multi = multi or mu
            if _prose(c, m, 1):
                if c >= MIN_CANDIDATE_CHARS:
                    prose_items += 1
                if h <= 1 and not mu:
                    score += c  # a paragraph-shaped block that reads as prose
        if chars:  # a list of flags or ids is not a block level
            height = max(height + 1, 2 if prose_items >= 2 else 1)
        self.heights[id(value)] = height
        if score >= MIN_CANDIDATE_CHARS:
            self.offer(value, score * (_HEADLINE_BONUS if anchored > 0 else 1.0))
        return chars, marks, height, multi


def _prose(chars: int, marks: int, min_chars: int = MIN_CANDIDATE_CHARS) -> bool:
    return chars >= min_chars and marks >= 1 and marks * PROSE_CHARS_PER_SENTENCE >= chars


def _reads_as_prose(text: str) -> bool:
    return (
        len(text) >= 20
        and (" " in text or not text.isascii())
        and clause_marks(text) >= 1
        and not _URL.match(text)
    )


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold() if len(text) < 400 else ""


def headlines(doc: HtmlElement) -> frozenset[str]:
    """The page's headline strings a state object may repeat: its <h1>s, its <title> and
    the parts of the title around a site-name separator."""
    found = set()
    for tag in ("title", "h1"):
        for node in doc.iter(tag):
            text = _norm(text_of(node))
            if len(text) >= _MIN_HEADLINE:
                found.add(text)
                found.update(
                    p.strip() for p in re.split(r"\s[|\-–—:·]\s", text) if len(p) >= _MIN_HEADLINE
                )
    return frozenset(found)


def state_paragraphs(scripts: list[tuple[str, str]], titles: frozenset[str]) -> list[str]:
    """The article held in the page's application state, as paragraphs, or [] when no value
    there reads as an article. `titles` are the headlines that anchor it (`headlines`)."""
    walk = _Walk(titles)
    for value in state_values(scripts):
        walk.visit(value, "", 0, 0)
    if walk.best is None:
        return []
    if isinstance(walk.best, str):
        return body_paragraphs(walk.best)
    out: list[str] = []
    _blocks(walk.best, "", out, 0, walk.heights)
    return [p for p in out if p]


def body_paragraphs(body: str) -> list[str]:
    """The paragraphs of a text body: HTML through the DOM extractor's pruning and paragraph
    emission, plain text one paragraph a line. HTML escaped once more ("&lt;p&gt;...", as a
    CMS writes its JSON-LD `articleBody`) is read as HTML, not as text showing its tags."""
    if "&lt;" in body and "<" not in body:
        unescaped = unescape(body)
        if _HTML_BLOCK.search(unescaped):
            body = unescaped
    if -1 < body.find("<") < body.rfind(">"):  # `_TAG.search(body)`, in one pass
        fragment = parse(f"<html><body>{body}</body></html>")
        if fragment is None:
            return []
        return paragraphs_of([prune(fragment)], compute_stats(fragment))
    return [p for p in (clean_line(x) for x in body.split("\n")) if p]


def live_updates(updates: Any) -> list[str]:
    """The paragraphs of a live blog's JSON-LD `liveBlogUpdate` posts, in the order given
    (as the page lists them): each post's headline, then its `articleBody`; [] when no post
    has a body."""
    out: list[str] = []
    for post in updates if isinstance(updates, list) else [updates]:
        body = post.get("articleBody") if isinstance(post, dict) else None
        if isinstance(body, str) and body.strip():
            headline = post.get("headline")
            line = clean_line(headline) if isinstance(headline, str) else ""
            if line:
                out.append(line)
            out.extend(body_paragraphs(body))
    return out


def _blocks(value: Any, key: str, out: list[str], depth: int, heights: dict[int, int]) -> None:
    """Paragraphs of a chosen block list into `out`: a block of height at most one (a
    paragraph with its spans) is one paragraph; taller blocks (a list of list items, a
    section, a list of paragraph strings) are opened. Heights are the walk's."""
    if depth > _MAX_DEPTH:
        return
    if isinstance(value, str):
        if (key in _TEXT_KEYS and not _URL.match(value)) or _reads_as_prose(value):
            out.extend(body_paragraphs(value))
        return
    if not isinstance(value, dict | list):
        return
    if isinstance(value, dict) and _furniture_block(value):
        return
    if heights.get(id(value), 0) <= 1:
        parts: list[str] = []
        _spans(value, key, parts, depth)
        text = "".join(parts)
        out.extend(body_paragraphs(text) if "<" in text else [clean_line(text)])
        return
    items = value.items() if isinstance(value, dict) else ((key, v) for v in value)
    for k, v in items:
        _blocks(v, k.lower() if isinstance(k, str) else "", out, depth + 1, heights)


def _furniture_block(block: dict[Any, Any]) -> bool:
    """True for a block whose type names a link to another story, a promotion or an ad (Arc's
    "interstitial_link", "related_content", "ad_slot", "newsletter_signup" among a story's
    content elements): the page's furniture in the body's block list, never its text."""
    kind = block.get("type", block.get("_type"))
    return isinstance(kind, str) and len(kind) < 60 and bool(_FURNITURE_TYPE.search(kind))


def _spans(value: Any, key: str, out: list[str], depth: int) -> None:
    if depth > _MAX_DEPTH:
        return
    if isinstance(value, str):
        if (key in _TEXT_KEYS and not _URL.match(value)) or _reads_as_prose(value):
            out.append(value)
    elif isinstance(value, dict):
        for k, v in value.items():
            _spans(v, k.lower() if isinstance(k, str) else "", out, depth + 1)
    elif isinstance(value, list):
        for v in value:
            _spans(v, key, out, depth + 1)
