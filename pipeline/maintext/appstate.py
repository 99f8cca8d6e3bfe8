"""The application state a page hydrates from, read as JSON values (for `embedded`).

Client-rendered pages keep their article in an inline script: a JSON script (Next.js
`__NEXT_DATA__`, Nuxt `__NUXT_DATA__`, any `<script type="application/json">`) or a global
assigned a value (`window.__INITIAL_STATE__ = {...}`, `var article = JSON.parse("...")`,
`var contentHtml = '<p>...'`). `state_scripts` keeps the scripts that may hold such state,
cheaply, before pruning drops them; `state_values` reads their values as strict JSON (or a
single-quoted JavaScript string), nothing evaluated, within the caps below, and rebuilds a
Nuxt 3 devalue payload into nested values.
"""

from __future__ import annotations

import re
from collections import deque
from itertools import islice
from typing import Any

from pipeline.web.html import HtmlElement
from pipeline.web.jsonvalue import json_value_at, without_surrogates

# A script shorter than this cannot hold an article; a longer one than this is not parsed.
MIN_SCRIPT_CHARS = 200
MAX_SCRIPT_CHARS = 8_000_000
_MAX_TOTAL_CHARS = 16_000_000  # all the state parsed on one page
_MAX_ASSIGNMENTS = 8  # `window.X = ...` tried per script
MAX_STATE_NODES = 30_000  # JSON values walked per page (under a fifth of a second)
MIN_CANDIDATE_CHARS = 80
_MAX_WRAPPERS = 4  # Nuxt wraps a value once or twice (Ref of Reactive): longer chains are junk
_JSON_TYPE = re.compile(r"json", re.I)
_GLOBALS = ("window", "self", "globalThis")  # `window.X = `
_DECLARATIONS = ("var", "let", "const")  # `var X = `
# A namespaced global whose member is named for state (`Fusion.globalContent = {...}`,
# `App.initialState = {...}`): the object is the app's, not the window.
# (each member's word forwards, and reversed for `_ASSIGNEE_REVERSED`)
_STATE_MEMBERS = {"[cC]ontent": "tnetno[cC]", "[sS]tate": "etat[sS]"}
# A value opened by an object, an array, a string, or a function called at once (Nuxt 2's
# `window.__NUXT__ = (function(a, b) {return {...}}(null, false))`: not JSON, its strings
# are read one by one: `_literal_strings`).
_OPENING = r"(?:[\[{\"']|\(\s*function\b)"
_ASSIGNED = rf"\s*=\s*(JSON\.parse\(\s*)?(?={_OPENING})"
_ASSIGNMENT = re.compile(
    rf"(?:\b(?:{'|'.join(_GLOBALS)})\s*\.\s*[\w$]+|\b(?:{'|'.join(_DECLARATIONS)})\s+[\w$]+"
    rf"|\b[\w$]+\s*\.\s*[\w$]*(?:{'|'.join(_STATE_MEMBERS)}))" + _ASSIGNED
)
# Where `_ASSIGNMENT` matches, its "=" (after a name's last character or a blank: checked
# behind it, so the pattern still opens with the literal re scans for) and what may follow it
# up to the opening character of the value, and its left side read backwards from that "="
# (in the reversed text, ending at a word boundary as `_ASSIGNMENT` begins at one; a state
# member's name first, read back as far as it goes, as `_ASSIGNMENT` finds it leftmost:
# "a$window.state = {"): see `_assigns`.
_ASSIGNED_AT = re.compile(rf"=(?<=[\w$\s]=)\s*(?:JSON\.parse\(\s*)?{_OPENING}")
_ASSIGNEE_REVERSED = re.compile(
    r"\s*(?:(?:"
    + "|".join(_STATE_MEMBERS.values())
    + r")[\w$]*\s*\.\s*[\w$]+|[\w$]+(?:\s*\.\s*(?:"
    + "|".join(word[::-1] for word in _GLOBALS)
    + r")|\s+(?:"
    + "|".join(word[::-1] for word in _DECLARATIONS)
    + r")))\b"
)
# A JavaScript string literal in single quotes (not JSON, which `json_value_at` reads): its
# body up to the closing quote, escapes allowed, no raw line break; and its escapes.
_SINGLE_QUOTED_JS = re.compile(r"'((?:[^'\\\n]|\\.)*)'", re.S)
_DOUBLE_QUOTED_JS = re.compile(r'"(?:[^"\\\n]|\\.)*"', re.S)
_JS_ESCAPE = re.compile(r"\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)", re.S)
_JS_ESCAPES = {"n": "\n", "t": "\t", "r": "", "b": "", "f": "", "v": "", "0": "", "\n": ""}
# A global named for a consent manager's or an overlay's settings ("cookieconsent_options",
# "didomiConfig", "__tcfapi", "gdprApplies", "loginModal"): its strings are the banner's
# or the dialog's ("Cookies help us deliver our services ..."), never the article.
_OVERLAY_STATE = re.compile(
    r"cookie|consent|gdpr|\bcmp|_cmp|tcf|didomi|onetrust|usercentrics|paywall|login|modal|popup",
    re.I,
)
# Nuxt's devalue format: tagged entries that wrap the value at the index they hold.
_DEVALUE_WRAPPERS = frozenset({"Reactive", "ShallowReactive", "Ref", "ShallowRef", "Object"})


def state_scripts(doc: HtmlElement) -> list[tuple[str, str]]:
    """(id, text) of the page's inline scripts that may hold application state as JSON: a
    JSON script (not JSON-LD, read elsewhere) or one that assigns a global. Cheap: nothing is
    parsed here; call it before pruning drops the scripts."""
    found = []
    for script in doc.iter("script"):
        state = state_script(script)
        if state is not None:
            found.append(state)
    return found


def state_script(script: HtmlElement) -> tuple[str, str] | None:
    """(id, text) of one `<script>` of `state_scripts`, or None when it holds no state."""
    if script.get("src") is not None:
        return None
    text = script.text or ""
    if not MIN_SCRIPT_CHARS <= len(text) <= MAX_SCRIPT_CHARS:
        return None
    kind = script.get("type") or ""
    if "ld+json" in kind.lower():
        return None
    if _JSON_TYPE.search(kind) or _assigns(text, 4096):
        return script.get("id") or "", text
    return None


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


def _assignment(text: str, pos: int, backwards: str) -> tuple[re.Match[str] | None, str]:
    """`_ASSIGNMENT.search(text, pos)`, found from the "=" signs as `_assigns` finds one (the
    search tries its alternatives at every "w", "s", "g", "v", "l" and "c" of a script): the
    first "=" opening a value with a global or a declared name right before it that starts
    at `pos` or later is the leftmost match's (a name holds no "="), matched there; and
    `backwards`, `text` reversed (made here at the first such "=" when given empty)."""
    for assigned in _ASSIGNED_AT.finditer(text, pos):
        backwards = backwards or text[::-1]
        name = _ASSIGNEE_REVERSED.match(backwards, len(text) - assigned.start())
        if name is not None and len(text) - name.end() >= pos:
            return _ASSIGNMENT.match(text, len(text) - name.end()), backwards
        if name is not None:  # (`pos` inside the name: a part of it after a word boundary)
            return _ASSIGNMENT.search(text, pos), backwards
    return None, backwards


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
        backwards = ""  # `text` reversed, made at its first "=" opening a value (`_assignment`)
        for _ in range(_MAX_ASSIGNMENTS):
            match, backwards = _assignment(text, pos, backwards)
            if match is None:
                break
            if _OVERLAY_STATE.search(match.group(0)):
                pos = match.end()  # an overlay's settings: skipped, read on past its name
                continue
            value, pos = json_value_at(text, match.end())
            if value is None and text.startswith("'", match.end()):
                value, pos = _single_quoted(text, match.end())
            # a global's JavaScript literal, not JSON (a local's is code: a bundle's module
            # table `var e={604:function...}`, skipped as any value that is not JSON)
            if (
                value is None
                and text[match.end()] in "({["
                and not match.group(0).startswith(_DECLARATIONS)
            ):
                values.extend(_literal_strings(text, match.end()))
                break  # (its strings up to the script's end are read: the rest is its own)
            if match.group(1) and isinstance(value, str):  # JSON.parse("...")
                value = json_value_at(value.strip(), 0)[0]
            if isinstance(value, dict | list):
                values.append(_undevalue(value))
            elif isinstance(value, str) and len(value) >= 2 * MIN_CANDIDATE_CHARS:
                if not _is_code(value):  # a body assigned as a string (`var html = '<p>…'`)
                    values.append(value)
            pos = max(pos, match.end())  # on past the value: its own text is not searched
    return values


def _is_code(value: str) -> bool:
    """A string of code, not prose: a style sheet's rules or a script's body, with both its
    braces (`.skeleton { display: inline-flex; }` set as an element's `textContent`, whose
    member `_STATE_MEMBERS` reads as content). An article's text or HTML seldom holds both."""
    return "{" in value and "}" in value


def _literal_strings(text: str, start: int) -> list[str]:
    """The long double-quoted strings of `text` from `start` (its escapes read as JSON's):
    the fields of a JavaScript object literal that is not JSON (unquoted keys, a function's
    parameters as values: Nuxt 2's `__NUXT__`), each a value of its own; not a string of
    code (`_is_code`)."""
    found = []
    for literal in _DOUBLE_QUOTED_JS.finditer(text, start):
        if literal.end() - literal.start() >= 2 * MIN_CANDIDATE_CHARS:
            value = json_value_at(literal.group(0), 0)[0]
            if isinstance(value, str) and not _is_code(value):
                found.append(value)
    return found


def _single_quoted(text: str, start: int) -> tuple[str | None, int]:
    """The JavaScript string in single quotes at `text[start]`, its escapes read, and the
    index after it; (None, start) when none closes on its line."""
    found = _SINGLE_QUOTED_JS.match(text, start)
    if found is None:
        return None, start
    return without_surrogates(_JS_ESCAPE.sub(_unescape_js, found.group(1))), found.end()


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
    room = [MAX_STATE_NODES]  # fields and items still to queue: no more than the walk visits

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
