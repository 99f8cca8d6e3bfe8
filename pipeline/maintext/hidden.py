"""Watermarks a page hides by a class of its own stylesheet.

Against copying, some portals sprinkle their name and address through the article ("某某网,
www.example.cn" after every other paragraph) in short elements of a class that a `<style>`
inside the page's body sets to `display: none`. A reader never sees them; the markup says
nothing else about them (no inline style, no furniture word). A class hidden so, held by
`_MIN_COPIES` elements or more, each of at most `_MAX_WATERMARK` characters, marks
watermarks. Only rules at the stylesheet's top level count (a rule inside `@media` hides a
block at one screen width, a menu on a phone), and only stylesheets inside `<body>` (a page's
own head stylesheet hides its menus, tabs and expanders until a script shows them).
"""

from __future__ import annotations

import re

from lxml import etree

from pipeline.web.html import HtmlElement, drop_tree, text_of

_BODY_STYLES = etree.XPath("//body//style")
_WITH_CLASS = etree.XPath(
    "//*[contains(concat(' ', normalize-space(@class), ' '), concat(' ', $cls, ' '))]"
)
_CSS_COMMENT = re.compile(r"/\*.*?\*/", re.S)
_BRACE = re.compile(r"[{}]")
_CLASS_SELECTOR = re.compile(r"^(?:[a-z][a-z0-9]*)?\.([\w-]+)$", re.I)
_HIDES = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_MIN_COPIES = 3
_MAX_WATERMARK = 40


def hidden_classes(css: str) -> set[str]:
    """The classes that top-level rules of `css` hide (`.x` or `tag.x` selectors)."""
    css = _CSS_COMMENT.sub("", css) if "/*" in css else css
    found: set[str] = set()
    depth, start, opened = 0, 0, 0
    for brace in _BRACE.finditer(css):
        if brace.group() == "{":
            if depth == 0:
                opened = brace.start()
            depth += 1
            continue
        depth -= 1
        if depth < 0:  # a stray "}": start over after it
            depth, start = 0, brace.end()
        elif depth == 0:
            selector, block = css[start:opened].strip(), css[opened + 1 : brace.start()]
            if not selector.startswith("@") and "{" not in block and _HIDES.search(block):
                for one in selector.split(","):
                    named = _CLASS_SELECTOR.match(one.strip())
                    if named:
                        found.add(named.group(1))
            start = brace.end()
    return found


def drop_watermarks(doc: HtmlElement) -> None:
    """Remove, IN PLACE, the short elements of each class a stylesheet in the page's body
    hides, when the class marks `_MIN_COPIES` of them or more."""
    styles = _BODY_STYLES(doc)
    if not isinstance(styles, list) or not styles:
        return
    classes: set[str] = set()
    for style in styles:
        if isinstance(style, etree._Element):
            classes |= hidden_classes(text_of(style))
    for cls in sorted(classes):
        marked = _WITH_CLASS(doc, cls=cls)
        if not isinstance(marked, list) or len(marked) < _MIN_COPIES:
            continue
        elements = [el for el in marked if isinstance(el, etree._Element)]
        if all(len(text_of(el).strip()) <= _MAX_WATERMARK for el in elements):
            for el in elements:
                drop_tree(el)
