"""Article text held only in a page's embedded application state.

Client-rendered pages (Next.js `__NEXT_DATA__`, Nuxt `__NUXT_DATA__` / `window.__NUXT__`,
`window.__INITIAL_STATE__`, `window.__PRELOADED_STATE__`, `window.__APOLLO_STATE__`, any
`<script type="application/json">`) may show a shell while the article sits in the JSON the
page hydrates from. This module finds that article without knowing the site:

- `state_scripts` keeps the inline scripts that may hold state (cheap; read before pruning).
- `state_paragraphs` parses them as strict JSON only (a JavaScript literal that is not JSON
  is skipped, nothing is evaluated), walks each value with a depth cap and a node budget, and
  scores two kinds of candidates by the characters of prose they hold (clause marks
  throughout, the prose test of `pipeline.web.html`): a long string (an HTML or plain-text
  body) and a list of paragraph-shaped blocks (a rich-text block list: Portable Text,
  Contentful, Draft.js, Nuxt content). A candidate near a string equal to the page's
  headline counts double. The best one is turned into paragraphs, HTML bodies through the
  same pruning and paragraph emission as DOM blocks.

Huge, deep or invalid state is cut off by the caps below, never parsed past them.
"""

from __future__ import annotations

import re
from collections import deque
from itertools import islice
from typing import Any

from pipeline.maintext.paragraphs import clean_line, paragraphs_of
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

# A script shorter than this cannot hold an article; a longer one than this is not parsed.
_MIN_SCRIPT_CHARS = 200
_MAX_SCRIPT_CHARS = 8_000_000
_MAX_TOTAL_CHARS = 16_000_000  # all the state parsed on one page
_MAX_ASSIGNMENTS = 8  # `window.X = ...` tried per script
_MAX_DEPTH = 48  # JSON nesting walked
_MAX_NODES = 30_000  # JSON values walked per page (under a fifth of a second)
_MIN_CANDIDATE_CHARS = 80
_MAX_WRAPPERS = 4  # Nuxt wraps a value once or twice (Ref of Reactive): longer chains are junk
_HEADLINE_BONUS = 2.0
_HEADLINE_REACH = 3  # levels below the object holding the headline
_MIN_HEADLINE = 8
# Field names rich-text formats use for the text of a block or span (Portable Text, Slate:
# "text"; Contentful, Nuxt content: "value"; Storyblok, ProseMirror: "content"; WordPress:
# "rendered"; Gutenberg: "innerHTML"). Other string fields count only when they read as prose.
_TEXT_KEYS = frozenset(
    {"text", "value", "content", "html", "innerhtml", "body", "rendered", "plaintext", "children"}
)
_JSON_TYPE = re.compile(r"json", re.I)
_GLOBALS = ("window", "self", "globalThis")  # `window.X = `
_DECLARATIONS = ("var", "let", "const")  # `var X = `
_ASSIGNED = r"\s*=\s*(JSON\.parse\(\s*)?(?=[\[{\"'])"
_ASSIGNMENT = re.compile(
    rf"(?:\b(?:{'|'.join(_GLOBALS)})\s*\.\s*[\w$]+|\b(?:{'|'.join(_DECLARATIONS)})\s+[\w$]+)"
    + _ASSIGNED
)
# Where `_ASSIGNMENT` matches, its "=" (after a name's last character or a blank: checked
# behind it, so the pattern still opens with the literal re scans for) and what may follow it
# up to the opening character of the value, and its left side read backwards from that "="
# (in the reversed text, ending at a word boundary as `_ASSIGNMENT` begins at one): see
# `_assigns`.
_ASSIGNED_AT = re.compile(r"=(?<=[\w$\s]=)\s*(?:JSON\.parse\(\s*)?[\[{\"']")
_ASSIGNEE_REVERSED = re.compile(
    r"\s*[\w$]+(?:\s*\.\s*(?:"
    + "|".join(word[::-1] for word in _GLOBALS)
    + r")|\s+(?:"
    + "|".join(word[::-1] for word in _DECLARATIONS)
    + r"))\b"
)
_HTML_BLOCK = re.compile(r"<(?:p|div|br|h[1-6]|li|blockquote|section|figure)\b", re.I)
_TAG = re.compile(r"<[^>]*>")
_URL = re.compile(r"^(?:https?:|/)\S*$")
# A JavaScript string literal in single quotes (not JSON, which `json_value_at` reads): its
# body up to the closing quote, escapes allowed, no raw line break; and its escapes.
_SINGLE_QUOTED_JS = re.compile(r"'((?:[^'\\\n]|\\.)*)'", re.S)
_JS_ESCAPE = re.compile(r"\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)", re.S)
_JS_ESCAPES = {"n": "\n", "t": "\t", "r": "", "b": "", "f": "", "v": "", "0": "", "\n": ""}
# Nuxt's devalue format: tagged entries that wrap the value at the index they hold.
_DEVALUE_WRAPPERS = frozenset({"Reactive", "ShallowReactive", "Ref", "ShallowRef", "Object"})


def state_scripts(doc: HtmlElement) -> list[tuple[str, str]]:
    """(id, text) of the page's inline scripts that may hold application state as JSON: a
    JSON script (not JSON-LD, read elsewhere) or one that assigns a global. Cheap: nothing is
    parsed here; call it before pruning drops the scripts."""
    found = []
    for script in doc.iter("script"):
        if script.get("src") is not None:
            continue
        text = script.text or ""
        if not _MIN_SCRIPT_CHARS <= len(text) <= _MAX_SCRIPT_CHARS:
            continue
        kind = script.get("type") or ""
        if "ld+json" in kind.lower():
            continue
        if _JSON_TYPE.search(kind) or _assigns(text, 4096):
            found.append((script.get("id") or "", text))
    return found


def _assigns(text: str, end: int) -> bool:
    """True when `_ASSIGNMENT.search(text, 0, end)` finds a match, found from the "=" signs
    instead: one followed by a value's opening (`_ASSIGNED_AT`, found by re's fast scan for
    its literal "=") with a global or a declared name right before it (`_ASSIGNEE_REVERSED`
    matching the text before it reversed). `_ASSIGNMENT` itself opens with alternatives re
    tries at every "w", "s", "g", "v", "l" and "c" of a script (0.1 ms on a 4 KB script)."""
    head = text[:end]
    backwards = None
    for assigned in _ASSIGNED_AT.finditer(head):
        if backwards is None:
            backwards = head[::-1]
        if _ASSIGNEE_REVERSED.match(backwards, len(head) - assigned.start()):
            return True
    return False


def state_values(scripts: list[tuple[str, str]]) -> list[Any]:
    """The JSON values held by the scripts of `state_scripts`, within the size caps.

    A JSON script is parsed whole; another script at each global assignment whose right side
    is strict JSON (an object, an array, or `JSON.parse("...")` of a JSON string). Whatever is
    not JSON is skipped. A Nuxt 3 payload (by its shape, `_undevalue`) is rebuilt."""
    values: list[Any] = []
    budget = _MAX_TOTAL_CHARS
    for _ident, text in scripts:
        if len(text) > budget:
            break
        budget -= len(text)
        stripped = text.strip()
        if stripped[:1] in "[{":
            value = json_value_at(stripped, 0)[0]
            if value is not None:
                values.append(_undevalue(value))
                continue
        pos = 0
        for _ in range(_MAX_ASSIGNMENTS):
            match = _ASSIGNMENT.search(text, pos)
            if match is None:
                break
            value, pos = json_value_at(text, match.end())
            if value is None and text.startswith("'", match.end()):
                value, pos = _single_quoted(text, match.end())
            if match.group(1) and isinstance(value, str):  # JSON.parse("...")
                value = json_value_at(value.strip(), 0)[0]
            if isinstance(value, dict | list):
                values.append(_undevalue(value))
            elif isinstance(value, str) and len(value) >= 2 * _MIN_CANDIDATE_CHARS:
                values.append(value)  # a body assigned as a string (`var html = '<p>…'`)
            pos = max(pos, match.end())  # on past the value: its own text is not searched
    return values


def _single_quoted(text: str, start: int) -> tuple[str | None, int]:
    """The JavaScript string in single quotes at `text[start]`, its escapes read, and the
    index after it; (None, start) when none closes on its line."""
    found = _SINGLE_QUOTED_JS.match(text, start)
    if found is None:
        return None, start
    return _JS_ESCAPE.sub(_unescape_js, found.group(1)), found.end()


def _unescape_js(escape: re.Match[str]) -> str:
    code = escape.group(1)
    if code[0] in "ux" and len(code) > 1:
        return chr(int(code[1:], 16))
    return _JS_ESCAPES.get(code, code)


def _undevalue(value: Any) -> Any:
    """Nuxt 3's flat devalue array rebuilt into nested values; anything else unchanged. In
    that format entry 0 is the root and every object field or array item is the index of its
    value. Each entry is built once (a shared or cyclic reference is the same object), and
    no more fields than the walk's node budget are filled, level by level."""
    if not (isinstance(value, list) and len(value) > 1 and _is_devalue_entry(value[0])):
        return value
    built: dict[int, Any] = {}
    pending: deque[tuple[Any, Any, Any]] = deque()  # (container, slot, index) to fill
    room = [_MAX_NODES]  # fields and items still to queue: no more than the walk visits

    def ref(index: Any) -> Any:
        if not isinstance(index, int) or not 0 <= index < len(value):
            return None
        chain: list[int] = []  # the wrappers unwrapped on the way: they share the value
        while index not in built:  # unwrap Reactive/Ref wrappers to the index they hold
            entry = value[index]
            if isinstance(entry, list) and entry and isinstance(entry[0], str):
                wrapped = entry[1] if entry[0] in _DEVALUE_WRAPPERS and len(entry) > 1 else None
                chain.append(index)
                built[index] = None  # Date, Map, Set, RegExp ...: never article text
                if len(chain) > _MAX_WRAPPERS or not isinstance(wrapped, int):
                    break
                if not 0 <= wrapped < len(value):
                    break
                index = wrapped
                continue
            slots = max(room[0], 0)
            if isinstance(entry, dict):
                obj: dict[Any, Any] = {}
                built[index] = obj
                pending.extend((obj, k, i) for k, i in islice(entry.items(), slots))
            elif isinstance(entry, list):
                built[index] = items = [None] * min(len(entry), slots)
                pending.extend((items, n, i) for n, i in enumerate(entry[:slots]))
            else:
                built[index] = entry
            room[0] -= len(entry) if isinstance(entry, dict | list) else 0
        for link in chain:
            built[link] = built[index]
        return built[index]

    root = ref(0)
    while pending:  # top levels first
        container, slot, index = pending.popleft()
        container[slot] = ref(index)
    return root


def _is_devalue_entry(root: Any) -> bool:
    if isinstance(root, dict):
        return bool(root) and all(type(v) is int for v in root.values())
    if isinstance(root, list) and root:
        head = root[0]
        return (isinstance(head, str) and head in _DEVALUE_WRAPPERS) or all(
            type(v) is int for v in root
        )
    return False


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
        self.nodes = _MAX_NODES
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
                inner = json_value_at(value, 0)[0] if len(value) <= _MAX_SCRIPT_CHARS else None
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
        if size >= 2 * _MIN_CANDIDATE_CHARS or (multi and size >= _MIN_CANDIDATE_CHARS):
            text = _TAG.sub(" ", value) if "<" in value else value
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
                if c >= _MIN_CANDIDATE_CHARS:
                    prose_items += 1
                if h <= 1 and not mu:
                    score += c  # a paragraph-shaped block that reads as prose
        if chars:  # a list of flags or ids is not a block level
            height = max(height + 1, 2 if prose_items >= 2 else 1)
        self.heights[id(value)] = height
        if score >= _MIN_CANDIDATE_CHARS:
            self.offer(value, score * (_HEADLINE_BONUS if anchored > 0 else 1.0))
        return chars, marks, height, multi


def _prose(chars: int, marks: int, min_chars: int = _MIN_CANDIDATE_CHARS) -> bool:
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
    emission, plain text one paragraph a line."""
    if "<" in body and _TAG.search(body):
        fragment = parse(f"<html><body>{body}</body></html>")
        if fragment is None:
            return []
        return paragraphs_of([prune(fragment)], compute_stats(fragment))
    return [p for p in (clean_line(x) for x in body.split("\n")) if p]


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
    if heights.get(id(value), 0) <= 1:
        parts: list[str] = []
        _spans(value, key, parts, depth)
        text = "".join(parts)
        out.extend(body_paragraphs(text) if "<" in text else [clean_line(text)])
        return
    items = value.items() if isinstance(value, dict) else ((key, v) for v in value)
    for k, v in items:
        _blocks(v, k.lower() if isinstance(k, str) else "", out, depth + 1, heights)


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
