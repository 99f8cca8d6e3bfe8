"""Decoding and parsing a page into one lxml tree (libxml2's limits, characters XML cannot
hold, nesting too deep to walk), and the small operations on that tree (`xpath`, `to_html`,
`new_element`, `drop_tree`)."""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Callable, Iterator
from typing import Any

import numpy as np
from lxml import etree

from pipeline.web.attrcap import capped_attributes

logger = logging.getLogger(__name__)

# Plain lxml elements: lxml.html's element classes cost a Python lookup per node visited.
HtmlElement = etree._Element


def _plain_parser(encoding: str | None = None, *, huge: bool = False) -> etree.HTMLParser:
    """The parser of `parse`: comments and processing instructions left out, no network,
    collect_ids=False (no id index: we never look nodes up by id; a third of the parse time).
    `encoding`: the one bytes given to it are in (see `_markup`). `huge`: libxml2's limits
    raised (`_huge`)."""
    return etree.HTMLParser(
        remove_comments=True,
        remove_pis=True,
        no_network=True,
        collect_ids=False,
        encoding=encoding,
        huge_tree=huge,
    )


_PARSER = _plain_parser()
_UTF8_PARSER = _plain_parser("utf-8")


def _html_parser(encoding: str | None = None, *, huge: bool = False) -> etree.HTMLParser:
    """The parser of `parse_document`: lxml.html's parser settings (comments and processing
    instructions kept) with lxml's own element classes. lxml.html's are Python subclasses
    (a heap type: every node's proxy made and freed through `subtype_dealloc`, its methods
    found through the MRO), and `PageView` holds a proxy for every node: plain elements cost
    2.2% less a page (speed33's callgrind). The readers of this tree use functions of their
    own for lxml.html's methods (`sites._common.select` for cssselect, `text_of` for
    text_content, `drop_tree`). collect_ids=False: no id index (cssselect's #id reads the id
    attribute, not the index), a cheaper parse. `encoding`: the one bytes given to it are in
    (see `_markup`). `huge`: libxml2's limits raised (`_huge`)."""
    return etree.HTMLParser(collect_ids=False, encoding=encoding, huge_tree=huge)


_DOCUMENT_PARSER = _html_parser()
_UTF8_DOCUMENT_PARSER = _html_parser("utf-8")
# A leading XML declaration, to its first ">": a damaged one that never says "?>" (its
# encoding="..." running on into the next tag) is dropped as a whole one is, not left to make
# lxml refuse the page (an encoding declaration in a str).
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*>")
# Characters XML cannot hold: libxml2's HTML parser keeps them in text nodes, then lxml refuses
# any text made from them (dropping a node moves its tail into its parent's text: ValueError).
# A page is parsed without them: vertical tab and form feed become spaces, the rest goes.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_NOT_XML_AS = {"\x0b": " ", "\x0c": " "}
# `_NOT_XML`'s controls in a page's UTF-8 bytes, which a page is checked on (`_has_not_xml`):
# they are their own bytes there (every byte of a longer sequence is 0x80 or above), in three
# runs: below 0x09, then two more, each (first byte, length): 0x0B-0x0C, 0x0E-0x1F.
_NOT_XML_BYTES_BELOW = 0x09
_NOT_XML_BYTE_RUNS = ((0x0B, 0x02), (0x0E, 0x12))


def _has_not_xml(html: str) -> bool:
    """True when `html` holds a `_NOT_XML` character: `_NOT_XML.search` at a tenth of the cost
    (re tests each character of the page against the class; here encoding and array scans run
    in C). Strict UTF-8 refuses exactly the surrogates, so a page that encodes has none."""
    try:
        raw = html.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return _utf8_has_not_xml(raw, html)


def _utf8_has_not_xml(raw: bytes, html: str) -> bool:
    """`_has_not_xml` of `html`, whose strict UTF-8 encoding `raw` is (so it has no surrogate).

    The controls are found by the least byte of `raw`, and for each run starting at `first`
    by the least byte less `first` (bytes below it wrap to the top), compared with the run's
    length: numpy's minimum runs at memory speed, three of them in a fifth of the time
    bytes.translate took to delete the controls from a 90 KB page. U+FFFE and U+FFFF are
    looked for in the text: a text of Latin-1 characters only cannot hold them (no scan), a
    wider one is scanned for each character, where their UTF-8 forms (EF BF BE, EF BF BF)
    took a slow search of the bytes."""
    codes = np.frombuffer(raw, dtype=np.uint8)
    if codes.size and (
        codes.min() < _NOT_XML_BYTES_BELOW
        or any(
            np.subtract(codes, first, dtype=np.uint8).min() < length
            for first, length in _NOT_XML_BYTE_RUNS
        )
    ):
        return True
    return "\ufffe" in html or "\uffff" in html


def _xml_characters(html: str) -> str:
    """`html` without the characters XML cannot hold (`_NOT_XML`)."""
    if not _has_not_xml(html):
        return html
    return _NOT_XML.sub(lambda m: _NOT_XML_AS.get(m.group(0), ""), html)


def _blank(html: str) -> bool:
    """`not html.strip()` without copying a page that ends in a newline: isspace stops at the
    first other character and tests the same whitespace."""
    return not html or html.isspace()


# libxml2 gives up a page at 256 levels of nesting and drops everything after that point: an
# old page that opens a <font> or a <div> for each paragraph and never closes one loses all
# but its first ~120 paragraphs. Such a page (the parser logs that resource limit, nothing
# else does on pages within the body cap) is parsed again with `huge_tree` (up to 2,048
# levels), and every element deeper than `_MAX_DEPTH` is unwrapped into its ancestor at that
# depth: the text stays, in order, and the walks over the tree keep the depth they have
# always had (what the default limit allowed).
_MAX_DEPTH = 200
# Unwrapped first, below that depth: the tags unclosed chains are made of (formatting and
# layout), so paragraphs, line breaks, links, headings and scripts keep their elements.
_WRAPPERS = (
    "div", "span", "font", "center", "b", "i", "u", "s", "em", "strong", "small", "big",
    "strike", "tt", "sup", "sub", "abbr", "cite", "q", "nobr", "blockquote", "section",
    "article", "main", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul", "ol", "dl",
    "dd", "dt", "label",
)  # fmt: skip
# Levels the other tags may still nest below `_MAX_DEPTH` before every tag there is unwrapped.
_SLACK = 50
# Never made text when a chain is unwrapped whole (the second step of `_bounded`).
_NOT_TEXT = ("script", "style", "noscript", "template")


def _stopped_short(parser: etree.HTMLParser) -> bool:
    """Whether libxml2 stopped the parser's last parse at one of its limits."""
    return any(entry.type == etree.ErrorTypes.ERR_RESOURCE_LIMIT for entry in parser.error_log)


@functools.cache
def _huge(parser: etree.HTMLParser) -> etree.HTMLParser:
    """`parser`'s twin with libxml2's limits raised (`huge_tree`), the same element classes."""
    encoding = "utf-8" if parser is _UTF8_PARSER or parser is _UTF8_DOCUMENT_PARSER else None
    if parser is _DOCUMENT_PARSER or parser is _UTF8_DOCUMENT_PARSER:
        return _html_parser(encoding, huge=True)
    return _plain_parser(encoding, huge=True)


def _depths(root: Any, start: int = 0) -> Any:
    """(element, depth) for `root` and each element below it, without recursion."""
    stack = [(root, start)]
    while stack:
        element, depth = stack.pop()
        yield element, depth
        stack.extend((child, depth + 1) for child in element if isinstance(child.tag, str))


def _bounded(doc: Any) -> Any:
    """`doc` with no element deeper than `_MAX_DEPTH` + `_SLACK` levels: below each element at
    `_MAX_DEPTH` the wrapper tags are unwrapped (their text and children take their place),
    and where other tags still nest deeper than `_SLACK`, every tag is (scripts and styles
    dropped first)."""
    if doc is None:
        return None
    edge = [element for element, depth in _depths(doc) if depth == _MAX_DEPTH]
    for element in edge:
        etree.strip_tags(element, *_WRAPPERS)
        if any(depth > _SLACK for _, depth in _depths(element)):
            etree.strip_elements(element, *_NOT_TEXT, with_tail=False)
            etree.strip_tags(element, "*")
    logger.debug("a page nested past %d levels: %d subtrees unwrapped", _MAX_DEPTH, len(edge))
    return doc


def _markup(html: str, utf8: bytes | None) -> str | bytes | None:
    """What lxml parses for `html`: the page without a leading XML declaration and without
    the characters XML cannot hold, or None when that is blank. `utf8`, when the caller has
    it, is the exact UTF-8 encoding of `html` (the body of a page that decoded as strict
    UTF-8): the same markup is then given as those bytes, with the parser told their encoding,
    which spares encoding the text twice (here to look for those characters, in lxml to hand
    the text to libxml2) and parses a 90 KB page a fifth to a third faster. Both give libxml2
    the same characters in an encoding it is told, so the trees are the same
    (tests/test_html_equivalence.py). A page it may not hold for is parsed from the text."""
    declaration = _XML_DECL.match(html)
    if declaration is not None:
        if utf8 is not None:
            utf8 = utf8[len(html[: declaration.end()].encode("utf-8")) :]
        html = html[declaration.end() :]
    opened = _HTML_OPEN.search(html, 0, _HTML_OPEN_WITHIN)
    if opened is not None and opened.group().endswith("/>"):
        # "<html .../>" (a damaged page's start tag ending in an <img>'s "/>"): a browser
        # ignores the slash; libxml2 closes the document there and drops the whole page
        html, utf8 = f"{html[: opened.end() - 2]}>{html[opened.end() :]}", None
    end = html.find("</html>")
    if end != -1 and html.find("<body", end) != -1:
        # a template's </html> before its <body> (a browser reads on; libxml2 drops the body)
        html, utf8 = html[:end] + html[end + len("</html>") :], None
    if (
        html.find("</title>") == -1
        and html.find("</TITLE>") == -1
        and not _TITLE_CLOSE.search(html)
    ):
        closed = _closed_title(html)
        if closed is not None:
            html, utf8 = closed, None
    capped = capped_attributes(html)
    if capped is not None:  # a start tag of thousands of attributes (libxml2: quadratic)
        html, utf8 = capped, None
    if utf8 is not None and (html.startswith("<?xml") or _utf8_has_not_xml(utf8, html)):
        # a second declaration (lxml refuses one in a str), or characters to drop first
        utf8 = None
    if utf8 is None:
        html = _xml_characters(html)
    if _blank(html):
        return None
    return html if utf8 is None else utf8


# A <title> never closed ("</titlevalue=..." does not close it): libxml2 (as a browser) reads
# all that follows as the title's text, and the page has no body. A page saved with part of
# its head lost ("<title>Headline(The Times)ntById(...", the rest of a script) is read with
# the title closed after its first line and the text up to the next tag (the remains of the
# damaged head) left out.
_TITLE_OPEN = re.compile(r"<title\b[^>]*>", re.I)
_HTML_OPEN = re.compile(r"<html\b[^>]*>", re.I)
_HTML_OPEN_WITHIN = 4096  # characters from the start: a doctype and comments come before it
_TITLE_CLOSE = re.compile(r"</title\s*>", re.I)
_TAG_START = re.compile(r"<[A-Za-z!/]")


def _closed_title(html: str) -> str | None:
    """`html` with its unclosed <title> closed (see `_TITLE_OPEN`), or None when it has no
    <title> or nothing follows it."""
    opened = _TITLE_OPEN.search(html)
    if opened is None:
        return None
    tag = _TAG_START.search(html, opened.end())
    if tag is None:
        return None
    line = next((ln for ln in html[opened.end() : tag.start()].splitlines() if ln.strip()), "")
    return f"{html[: opened.end()]}{line.strip()}</title>{html[tag.start() :]}"


def parse(html: str, utf8: bytes | None = None) -> HtmlElement | None:
    """The document element of `html`, or None for an empty or unparsable page (`utf8`: see
    `_markup`)."""
    markup = _markup(html, utf8)
    if markup is None:
        return None
    parser = _PARSER if isinstance(markup, str) else _UTF8_PARSER
    try:
        doc = etree.fromstring(markup, parser)
        if _stopped_short(parser):
            doc = _bounded(etree.fromstring(markup, _huge(parser)))
    except (etree.ParserError, ValueError) as exc:
        logger.debug("unparsable page: %s", exc)
        return None
    return doc if doc is not None and len(doc) else None


def parse_document(html: str, utf8: bytes | None = None) -> HtmlElement | None:
    """The tree of a page or fragment with its comments and processing instructions (as
    lxml.html's `document_fromstring` parses it, in lxml's own element classes), or None when
    there is no markup at all: the tree site parsers read. `parse` is the faster tree without
    comments. `utf8`: see `_markup`."""
    markup = _markup(html or "", utf8)
    if markup is None:
        return None
    parser = _DOCUMENT_PARSER if isinstance(markup, str) else _UTF8_DOCUMENT_PARSER
    try:
        doc = etree.fromstring(markup, parser)
        if _stopped_short(parser):
            doc = _bounded(etree.fromstring(markup, _huge(parser)))
        return doc
    except (etree.ParserError, ValueError) as err:
        logger.debug("unparsable html: %s", err)
        return None


def xpath(expression: str) -> Callable[[HtmlElement], Any]:
    """A compiled XPath, for module constants (compiled once, not per call)."""
    return etree.XPath(expression)


def to_html(el: HtmlElement) -> str:
    """The element serialized back to HTML."""
    return str(etree.tostring(el, encoding="unicode", method="html"))


def new_element(tag: str) -> HtmlElement:
    """A new, empty element of the trees `parse` makes: a `tag` element, or a div when `tag`
    is a name the parser let in but no new element may have (a damaged page's "<di¤",
    "<li\x01<a": lxml refuses to make one)."""
    try:
        return etree.Element(tag)
    except ValueError:
        return etree.Element("div")


def drop_tree(el: HtmlElement) -> None:
    """Remove `el` and its subtree, keeping its tail text in place."""
    parent = el.getparent()
    if parent is None:
        return
    if el.tail:
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)


# What a <head> holds on a page that is not broken: anything else in it is the page's body.
_HEAD_TAGS = frozenset(
    {"title", "meta", "link", "script", "style", "base", "noscript", "template", "object"}
)


def body_of(doc: HtmlElement) -> HtmlElement | None:
    """`doc.find("body")` (the document element's first <body> child) without the path:
    lxml's `find` of a bare tag is this `iterchildren` (`_elementpath.prepare_child`) behind a
    path parse and a generator, a quarter of its time."""
    return next(doc.iterchildren("body"), None)


def document_elements(el: HtmlElement, *tags: str) -> Iterator[HtmlElement]:
    """The elements of `el`'s document in document order, lazily: what an absolute XPath
    `//*` selects (the document element, anything beside it, their descendants; no comment or
    processing instruction), or `//tag` of `tags` (lxml's own test of the names). A walk that
    stops at its first find costs a fraction of the XPath, which builds every node's set
    before its predicates are tested (2 ms a page)."""
    root = el.getroottree().getroot()
    for top in (*reversed(list(root.itersiblings(preceding=True))), root, *root.itersiblings()):
        if isinstance(top.tag, str):
            yield from top.iter(*tags) if tags else top.iter(etree.Element)


def free_body(doc: HtmlElement) -> None:
    """Put back, IN PLACE, the body of a page that libxml2 nested in its <head>: an element it
    does not know (`<mbox>`, a tag of a template language) opened in the head and left open
    swallows the rest of the page, the `<body>` tag's content with it, or all of it when the
    page has no such tag; a browser closes the head there and shows the page. Only when the
    document element has no <body> (one look at its children on every page).

    A page made of several documents one after another (an old CMS's header include ending in
    `</html>`, then the story's own `<!DOCTYPE>`, `<html>` and `<body>`) is parsed into one
    document element holding a <body> for each: the later bodies' content joins the first's,
    where a browser shows it too (the readers after walk the first body only: the story was
    lost and the page rejected as too short)."""
    bodies = list(doc.iterchildren("body"))
    if len(bodies) > 1:
        _join_bodies(bodies)
    if bodies:
        return
    head = doc.find("head")
    if head is None:
        return
    inner = head.find(".//body")
    if inner is not None:
        inner.tail = None
        doc.append(inner)  # (moved: the head keeps its metas)
    elif any(isinstance(el.tag, str) and el.tag not in _HEAD_TAGS for el in head):
        etree.strip_elements(head, "title", with_tail=False)
        head.tag = "body"


def _join_bodies(bodies: list[HtmlElement]) -> None:
    """Move, IN PLACE, the content of each later <body> of `bodies` to the end of the first,
    in order, and drop the emptied bodies (`free_body`)."""
    first = bodies[0]
    for extra in bodies[1:]:
        if extra.text and extra.text.strip():
            last = first[-1] if len(first) else None
            if last is None:
                first.text = (first.text or "") + extra.text
            else:
                last.tail = (last.tail or "") + extra.text
        first.extend(list(extra))
        parent = extra.getparent()
        if parent is not None:
            parent.remove(extra)
