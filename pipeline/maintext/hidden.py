"""Watermarks a page hides by a class of its own stylesheet.

Against copying, some portals sprinkle their name and address through the article ("某某网,
www.example.cn" after every other paragraph) in short elements of a class that a `<style>`
inside the page's body sets to `display: none`. A reader never sees them; the markup says
nothing else about them (no inline style, no furniture word). A class hidden so, held by
`_MIN_COPIES` elements or more, each of at most `_MAX_WATERMARK` characters, marks
watermarks. Only rules at the stylesheet's top level count (a rule inside `@media` hides a
block at one screen width, a menu on a phone), and only short stylesheets inside `<body>` (a
page's own head stylesheet hides its menus, tabs and expanders until a script shows them).
"""

from __future__ import annotations

import re

from lxml import etree

from pipeline.web.html import HIDDEN_STYLE, HtmlElement, drop_tree, text_of

# Small stylesheets only: a watermark's is a rule or two, and a page's large ones (CSS-in-JS
# output among them) would cost a scan each.
_MAX_STYLESHEET = 2000
_CLASSED = etree.XPath("//body//*[@class]")
_CSS_COMMENT = re.compile(r"/\*.*?\*/", re.S)
_BRACE = re.compile(r"[{}]")
_CLASS_SELECTOR = re.compile(r"^(?:[a-z][a-z0-9]*)?\.([\w-]+)$", re.I)
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
            if not selector.startswith("@") and "{" not in block and HIDDEN_STYLE.search(block):
                for one in selector.split(","):
                    named = _CLASS_SELECTOR.match(one.strip())
                    if named:
                        found.add(named.group(1))
            start = brace.end()
    return found


def drop_watermarks(doc: HtmlElement) -> None:
    """Remove, IN PLACE, the short elements of each class a stylesheet in the page's body
    hides, when the class marks `_MIN_COPIES` of them or more."""
    body = doc.find("body")
    classes: set[str] = set()
    for style in body.iter("style") if body is not None else ():
        css = style.text or ""
        if len(css) < _MAX_STYLESHEET and ("none" in css or "hidden" in css):
            classes |= hidden_classes(css)
    if not classes:
        return
    marked: dict[str, list[HtmlElement]] = {}
    classed = _CLASSED(doc)
    for el in classed if isinstance(classed, list) else ():
        if isinstance(el, etree._Element):
            for cls in classes.intersection((el.get("class") or "").split()):
                marked.setdefault(cls, []).append(el)
    for elements in marked.values():
        if len(elements) >= _MIN_COPIES and all(
            len(text_of(el).strip()) <= _MAX_WATERMARK for el in elements
        ):
            for el in elements:
                drop_tree(el)
