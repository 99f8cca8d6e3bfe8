"""The fast paths of pipeline.web.html and the generic extractor against the plain
implementations they replace, on random strings (controls, surrogates, non-characters,
non-BMP characters, whitespace of every kind) and odd markup."""

from __future__ import annotations

import random
import re

from lxml import etree

from pipeline.web import elementtext, htmltree
from pipeline.web import html as dom

# lxml.html's text_content, as it reads an element (its `_collect_string_content`).
_STRING_VALUE = etree.XPath("string()", smart_strings=False)

# The plain check `_has_not_xml` replaces.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_ALPHABET = (
    [chr(c) for c in range(0x00, 0x80)]
    + ["\x85", "\xa0", "\xe9", "\u2028", "\u3000", "\ufeff", "\ufffd", "\ufffe", "\uffff"]
    + ["\ud800", "\udbff", "\udc00", "\udfff", "\U0001f600", "\U0010ffff", "中", "\uefbf"]
)


def _random_strings(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    out = ["", "a", "\x00", "\ud800", "\ufffe", "\uffff", "\U0001f600", "\uefbf\ubfbe"]
    for _ in range(count):
        out.append("".join(rng.choice(_ALPHABET) for _ in range(rng.randrange(0, 12))))
    return out


def test_has_not_xml_is_the_regex_search() -> None:
    for text in _random_strings(1, 20_000):
        assert htmltree._has_not_xml(text) == bool(_NOT_XML.search(text)), repr(text)
    for bad in ["\x00", "\x08", "\x0b", "\x0c", "\x0e", "\x1f", "\ud800", "\udfff", "\ufffe"]:
        assert htmltree._has_not_xml("abc中" + bad + "\U0001f600")
    for good in ["\t", "\n", "\r", "\x7f", "\x80", "\ufffd", "\ufeff", "\U0010ffff", "\uefbf"]:
        assert not htmltree._has_not_xml("abc中" + good + "\U0001f600")


def test_utf8_check_finds_each_character_anywhere_in_a_page() -> None:
    # every control byte and its neighbours, the non-characters and characters whose UTF-8
    # form is close to theirs, at the start, in the middle and at the end of a longer page
    page = "<p>中文 text\tand\r\nlines é</p>" * 40
    chars = [chr(c) for c in range(0x00, 0x100)]
    chars += ["\ufffd", "\ufffe", "\uffff", "\uefbf", "\uffbf", "\U0001f600", "\U0010ffff"]
    for char in chars:
        for text in (char + page, page + char + page, page + char, char):
            expected = bool(_NOT_XML.search(text))
            assert htmltree._utf8_has_not_xml(text.encode("utf-8"), text) == expected, repr(char)
    assert not htmltree._utf8_has_not_xml(b"", "")


def test_surrogateescape_pages_parse_as_before() -> None:
    raw = b"<html><body><p>caf\xe9 \x0b\x01 ok\xff</p></body></html>"
    html = raw.decode("utf-8", "surrogateescape")
    doc = dom.parse(html)
    assert doc is not None and dom.text_of(doc) == "caf   ok"


def test_blank_is_empty_after_strip() -> None:
    for text in _random_strings(2, 20_000):
        assert htmltree._blank(text) == (not text.strip()), repr(text)
    assert htmltree._blank(" \u3000\x85\xa0\t\n") and not htmltree._blank(" \u200b ")


_MARKUP = [
    "<a>",
    "</a>",
    "<a href='x'>",
    "<b>",
    "</b>",
    "<!-- note -->",
    "<?pi x?>",
    "<br>",
    "<script>s()</script>",
    "<p>",
    "&amp;",
    "&nbsp;",
    " ",
    "\n",
    "\u3000",
    "\xa0",
    "\x85",
    "\U0001f600",
    "text",
    "中文",
    "<![CDATA[c]]>",
    "<img alt=i>",
]


def test_link_texts_are_the_collapsed_text_content_of_every_link() -> None:
    # The list-page check's link texts (extract._by_structure) read through text_of's
    # childless fast path; on random markup they are what text_content gave.
    from pipeline.extract import _link_texts
    from pipeline.sites import _common

    rng = random.Random(3)
    for _ in range(3000):
        html = "<html><body>" + "".join(rng.choice(_MARKUP) for _ in range(rng.randrange(1, 30)))
        doc = dom.parse_document(html)
        if doc is None:
            continue
        for a in doc.iter("a"):
            assert _common.text_of(a) == " ".join(_STRING_VALUE(a).split()), html
        collapsed = [" ".join(text.split()) for text in _link_texts(doc)]
        assert collapsed == [_common.text_of(a) for a in doc.iter("a")], html


# posts._CLOCK as first written: the lookbehind in front.
_CLOCK_PLAIN = re.compile(
    r"(?<!\d)(?:\d{2,4}[-/.年])?\d{1,2}[-/.月]\d{1,2}日?\s*(?:[01]?\d|2[0-3])[:：][0-5]\d(?!\d)"
)
_CLOCK_PIECES = list("0123456789-/.:： 年月日a\n") + ["٣", "３", "\u3000", "12", "2004-", "23:"]


def test_clock_pattern_matches_where_the_plain_one_does() -> None:
    from pipeline.maintext.posts import _CLOCK

    rng = random.Random(4)
    texts = ["", "2004-12-27 12:46", "x3月5日 08:30", "08-11 16:58", "12004-12-27 12:46"]
    for _ in range(60_000):
        texts.append("".join(rng.choice(_CLOCK_PIECES) for _ in range(rng.randrange(1, 16))))
    digits = "0123456789٣３"
    for _ in range(60_000):  # near-dates: runs of 0-5 digits between the pattern's marks
        parts = []
        for mark in (rng.choice("-/.年x"), rng.choice("-/.月x"), rng.choice(["日", "", " "]), ":"):
            parts.append("".join(rng.choice(digits) for _ in range(rng.randrange(0, 6))) + mark)
        texts.append("".join(parts) + "".join(rng.choice(digits) for _ in range(rng.randrange(3))))
    for text in texts:
        old, new = _CLOCK_PLAIN.search(text), _CLOCK.search(text)
        assert (old and old.span()) == (new and new.span()), repr(text)


def test_network_mention_is_the_search_for_a_name() -> None:
    """`names_network` looks for a name's letters first (`_NETWORK_MARKED`), then for the
    name as a word (`_NETWORK_WORD`): it finds exactly what the word pattern finds."""
    from pipeline.maintext.followprompts import _NETWORK_WORD, names_network

    rng = random.Random(5)
    pieces = ["facebook", "goo", "gle", "+", " plus", "youtube", "微博", "微", "信", "instagram"]
    pieces += ["twit", "ter", " ", "é", "x", "2 ", " 3", "threads", "safe", "mi", "ın", "\ud800"]
    texts = ["", "follow us on twitter", "on x", "2 x 3", "mix", "threadsafe", "微信"]
    for _ in range(20_000):
        texts.append("".join(rng.choice(pieces) for _ in range(rng.randrange(1, 6))))
    for text in texts:
        assert names_network(text) == bool(_NETWORK_WORD.search(text)), repr(text)


def test_squashed_ends_are_the_ends_of_the_squashed_text() -> None:
    from pipeline.maintext.posts import _HEADER_CHARS, _squashed_head, _squashed_tail

    n = _HEADER_CHARS
    rng = random.Random(6)
    pieces = ["a", "bc", "中文", "\U0001f600", " ", "  ", "\n", "\u3000", "\xa0", "\x1c", "x" * 50]
    pieces += [" " * 300, "w" * 130, "12:30", "\t\r"]
    texts = ["", " ", "a", " " * 1000, "a" + " " * 1000 + "b", "x" * 1000]
    for _ in range(20_000):
        texts.append("".join(rng.choice(pieces) for _ in range(rng.randrange(0, 60))))
    for text in texts:
        head = " ".join(text.split(None, n)[:n])[:n]
        tail = " ".join(text.rsplit(None, n)[-n:])[-n:]
        assert (_squashed_head(text), _squashed_tail(text)) == (head, tail), repr(text)


def _posts_in_plain(el: dom.HtmlElement, st: dom.Stats) -> list[dom.HtmlElement]:
    """posts._posts_in as first written: every item of a possible shape read for dates."""
    from pipeline.maintext.posts import (
        _MIN_ITEMS,
        _POST_MIN_CHARS,
        _POSTS_SHARE,
        _dated_post,
        _items,
        _shape,
    )

    need = _POSTS_SHARE * st.text.get(el, 0)
    items = [child for child in _items(el) if st.text.get(child, 0) >= _POST_MIN_CHARS]
    sizes: dict[tuple[str, str], list[int]] = {}
    for child in items:
        sizes.setdefault(_shape(child), []).append(st.text.get(child, 0))
    possible = {s for s, n in sizes.items() if len(n) >= _MIN_ITEMS and sum(n) >= need}
    shapes: dict[tuple[str, str], list[dom.HtmlElement]] = {}
    for child in items:
        shape = _shape(child)
        if shape in possible and _dated_post(child, st):
            shapes.setdefault(shape, []).append(child)
    for posts in shapes.values():
        if len(posts) >= _MIN_ITEMS and sum(st.text.get(p, 0) for p in posts) >= need:
            return posts
    return []


def test_posts_are_found_as_when_every_item_was_read() -> None:
    from pipeline.maintext.posts import _posts_in

    rng = random.Random(7)
    words = "The council met on Monday to vote on the budget and the new road plan".split()
    found = 0
    for _ in range(1500):
        items = []
        dated = rng.random()  # the share of dated items on this page
        for _ in range(rng.randrange(0, 12)):
            tag = rng.choice(["div", "div", "p", "table"]) if rng.random() < 0.3 else "div"
            cls = rng.choice(["post", "entry", ""]) if rng.random() < 0.3 else "post"
            body = " ".join(rng.choice(words) for _ in range(rng.randrange(10, 50)))
            date = rng.choice(["2004-12-27 12:46 ", "re: 3月5日 08:30 "])
            date = date if rng.random() < dated else ""
            text = date + body if rng.random() < 0.5 else body + " " + date
            if tag == "table":
                items.append(f"<table><tr><td>{text}</td></tr></table>")
            else:
                items.append(f'<{tag} class="{cls}">{text}</{tag}>')
        doc = dom.parse("<html><body><div>" + "".join(items) + "</div></body></html>")
        if doc is None:
            continue
        box = doc.find("body/div")
        assert box is not None
        stats = dom.compute_stats(doc)
        for el in [box, *box]:
            plain = _posts_in_plain(el, stats)
            assert _posts_in(el, stats) == plain
            found += bool(plain)
    assert found > 50


def test_dated_posts_as_read_from_the_split_text() -> None:
    from pipeline.maintext.posts import _HEADER_CHARS, _clock, _dated_post

    def plain(text: str) -> bool:
        if ":" not in text and "：" not in text:
            return False
        n = _HEADER_CHARS
        head = " ".join(text.split(None, n)[:n])[:n]
        tail = " ".join(text.rsplit(None, n)[-n:])[-n:]
        return _clock(head) or _clock(tail)

    rng = random.Random(8)
    pieces = ["word ", "2004-12-27 ", "12:46", " ", "\n" * 40, "x" * 60, "中文。", "3月5日"]
    pieces += ["08:30 ", "said: ", "记者：", ":\n5", "： 3", "12：46", ":6", ":5"]
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 80)))
        doc = dom.parse("<html><body><div>" + text + "</div></body></html>")
        if doc is None:
            continue
        box = doc.find("body/div")
        assert box is not None
        stats = dom.compute_stats(doc)
        want = stats.text.get(box, 0) >= 100 and plain(dom.text_of(box))
        assert _dated_post(box, stats) == want, repr(text)


def test_assignment_found_from_its_equals_sign() -> None:
    from pipeline.maintext.appstate import _ASSIGNMENT, _assigns

    rng = random.Random(9)
    pieces = ["window", "self", "globalThis", "var", "let", "const", "JSON.parse(", ".", " ", "\n"]
    pieces += ["=", "{", "[", '"', "'", "x", "_a$", "é", "中", "]", "(", "1", "w", "Window", "$"]
    texts = ['window.__S = {"a": 1}', "var x=[1]", "xvar x = {}", "window.a =JSON.parse('{}')"]
    texts += ["const\n$ = '", "self . s = {", "a.self.b = {"]
    for _ in range(40_000):
        texts.append("".join(rng.choice(pieces) for _ in range(rng.randrange(0, 14))))
    for _ in range(40_000):  # near-assignments: each part often right, sometimes not
        parts = [
            rng.choice(["", "x", " ", ";", "a.", "_", "é"]),
            rng.choice(["window", "self", "globalThis", "var", "let", "const", "Var", "selfie"]),
            rng.choice([".", " . ", " ", "\n", "", ".."]),
            rng.choice(["__S", "a$", "$", "", "中", "-x"]),
            rng.choice(["=", " = ", "==", "", " =\n"]),
            rng.choice(["", "JSON.parse(", "JSON.parse( ", "JSON.parse"]),
            rng.choice(["{", "[", '"', "'", "1", "", " {"]),
        ]
        texts.append("".join(parts))
    found = 0
    for text in texts:
        for end in (len(text), rng.randrange(0, len(text) + 1), 4096):
            want = _ASSIGNMENT.search(text, 0, end) is not None
            assert _assigns(text, end) == want, (text, end)
            found += want
    assert found > 1000


def test_boilerplate_pattern_is_the_line_search() -> None:
    from pipeline.maintext.linekinds import BOILERPLATE_LINE, _is_boilerplate_pattern

    rng = random.Random(10)
    pieces = ["责任编辑", "：", ":", " ", "\n", "Copyright", "COPYRIGHT", "All rights reserved"]
    pieces += ["sur le même sujet", "sur le sujet", "Sur Le Sujet", "返回搜狐", "著作权", "x"]
    pieces += ["未经授权请勿转载", "未經", "授權", "禁止", "使用", "分享到", "By", "Par", "©", "·"]
    pieces += ["Follow Reuters on Twitter", "Photo", "来源", "（", "2005-04-27", "(", ")", "é"]
    texts = ["", "x Copyright", "© x", "x ©", "a\nsur le sujet", "sur le sujet\n", "By Ann"]
    for _ in range(40_000):
        texts.append("".join(rng.choice(pieces) for _ in range(rng.randrange(0, 8))))
    for text in texts:
        assert _is_boilerplate_pattern(text) == bool(BOILERPLATE_LINE.search(text)), repr(text)


_PREFIXES = [
    "",
    "<?xml version='1.0' encoding='gbk'?>",
    ' \n<?xml version="1.0" encoding="utf-8"?>\n',
    "\u3000<?xml version='1.0'?>",
    "<?xml version='1.0'?><?xml version='1.0' encoding='utf-8'?>",
    "<!DOCTYPE html>",
    "\ufeff",
    "<meta charset='gbk'>",
    "<head><meta http-equiv='Content-Type' content='text/html; charset=big5'></head>",
]


def _tree(doc: object) -> str | None:
    from lxml import etree

    return None if doc is None else etree.tostring(doc, encoding="unicode")  # type: ignore[arg-type]


def test_a_page_parsed_from_its_utf8_body_is_the_page_parsed_from_its_text() -> None:
    # The body of a page that decoded as strict UTF-8 is parsed instead of its text (lxml
    # told the encoding): the same tree, whatever the characters, declarations and charsets.
    rng = random.Random(4)
    pieces = _MARKUP + [c for c in _ALPHABET if not 0xD800 <= ord(c) <= 0xDFFF]
    pages = []
    for _ in range(4000):
        body = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 40)))
        pages.append(rng.choice(_PREFIXES) + "<html><body>" * rng.randrange(2) + body)
    pages += [*_PREFIXES, "", " ", "\u3000", "<p>é中\U0001f600</p>"]
    for html in pages:
        utf8 = html.encode("utf-8")
        assert _tree(dom.parse_document(html, utf8)) == _tree(dom.parse_document(html)), html
        assert _tree(dom.parse(html, utf8)) == _tree(dom.parse(html)), html


def test_the_utf8_body_is_what_is_parsed() -> None:
    # Not the text: a body that says something else shows which one the parser read.
    html = "<html><body><p>from the text</p></body></html>"
    utf8 = "<html><body><p>from the body, 中文</p></body></html>".encode()
    doc = dom.parse_document(html, utf8)
    assert doc is not None and dom.text_of(doc) == "from the body, 中文"
    with_controls = "<p>from the text\x0b</p>"  # characters to drop first: the text is read
    doc = dom.parse_document(with_controls, b"<p>from the body\x0b</p>")
    assert doc is not None and dom.text_of(doc).strip() == "from the text"


def test_only_a_strict_utf8_body_is_kept_for_the_parser() -> None:
    from pipeline.extract import decode_body

    body = "<p>中文 é</p>".encode()
    assert decode_body(body).utf8 is body
    assert decode_body(b"\xef\xbb\xbf" + body).utf8 is None  # the text has no BOM
    assert decode_body("<p>中文</p>".encode("gbk"), "text/html; charset=gbk").utf8 is None
    assert decode_body(body[:-6] + b"\xff" + body[-6:]).utf8 is None  # damaged: replaced


def test_visible_chars_decide_as_the_whole_count() -> None:
    # _checked counts a text's visible characters from its head when that holds enough: the
    # same verdicts (none, too short with its exact count, enough) as counting them all.
    from pipeline.extract import _visible_chars

    rng = random.Random(5)
    pieces = [" ", "\n", "\u3000", "\xa0", "\x85", "a", "中", "word ", "\t\t", " " * 50]
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 400)))
        whole = len("".join(text.split()))
        for enough in (1, 5, 80):
            got = _visible_chars(text, enough)
            assert got == whole if whole < enough else got >= enough, (text, enough)


def _counted_slides_reading_every_child(el: dom.HtmlElement) -> bool:
    """`scoring._counted_slides` as it was: every child's whole text read for its counter."""
    from pipeline.maintext.fragments import _MIN_SLIDES, _SLIDE_COUNTER

    children = [child for child in el if isinstance(child.tag, str)]
    if len(children) < _MIN_SLIDES:
        return False
    totals: dict[str, set[str]] = {}
    for child in children:
        match = _SLIDE_COUNTER.match(dom.text_of(child).lstrip()[:12])
        if match and int(match.group(1)) <= int(match.group(2)):
            totals.setdefault(match.group(2), set()).add(match.group(1))
    return any(len(n) >= _MIN_SLIDES and 2 * len(n) >= len(children) for n in totals.values())


def test_slide_counters_found_as_when_every_child_was_read() -> None:
    from pipeline.maintext.fragments import _counted_slides

    rng = random.Random(11)
    # blanks of every kind, digits of other scripts (re's \d), counters split over elements
    heads = [" ", "\u3000", "\xa0", "\n", "", "<b>", "<!-- c -->", "<span> </span>", "\u0663"]
    heads += ["\uff13", "x", "中", "(", "<i>2</i>", "1", "12", "3 ", "<br>"]
    counters = ["1/5", "2 / 5", "3 of 5", "4/5", "5/5", "1/4 cup", "/5", ""]
    found = 0
    for _ in range(3000):
        children = []
        for _ in range(rng.randrange(0, 9)):
            head = "".join(rng.choice(heads) for _ in range(rng.randrange(0, 4)))
            text = head + rng.choice(counters) + " A slide's caption."
            children.append(f"<div>{text}</div>" if rng.random() < 0.9 else "<!-- x -->")
        doc = dom.parse("<html><body><div>" + "".join(children) + "</div></body></html>")
        if doc is None:
            continue
        for el in doc.iter("div"):
            expected = _counted_slides_reading_every_child(el)
            assert _counted_slides(el) == expected, dom.to_html(el)
            found += expected
    assert found > 50  # slideshows among the random blocks


def test_punctuation_counts_what_findall_finds() -> None:
    from pipeline.maintext.blockscore import PUNCT, _punctuation

    rng = random.Random(19)
    alphabet = [*map(chr, range(0x80)), "，", "。", "：", "、", "؟", "।", "é", "中", "\U0001f600"]
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 40)))
        assert _punctuation(text) == len(PUNCT.findall(text)), repr(text)


def test_jsonld_body_from_the_read_jsonld_is_the_one_read_again() -> None:
    """With the article JSON-LD read already (the extractor's metadata read it), the body is
    what reading it again gives: the markup is searched for "articleBody" only when that
    JSON-LD holds one (a body spelled with an escape, '"article\\u0042ody"', is still no
    body without the plain word elsewhere in the markup)."""
    from pipeline.maintext.core import _jsonld_body
    from pipeline.web.metadata import jsonld_article

    body = "First paragraph of the article. " * 3 + "\\n" + "Second paragraph, longer. " * 4
    scripts = [
        '{"@type": "NewsArticle", "articleBody": "BODY"}'.replace("BODY", body),
        '{"@type": "NewsArticle", "article\\u0042ody": "BODY"}'.replace("BODY", body),
        '{"@type": "NewsArticle", "articleBody": "  "}',
        '{"@type": "NewsArticle", "headline": "No body"}',
        '{"@type": "WebPage", "articleBody": "BODY"}'.replace("BODY", body),
    ]
    others = ["", '<script>var state = {"articleBody": "x"};</script>', "<p>articleBody</p>"]
    for script in scripts:
        for other in others:
            html = (
                '<html><head><script type="application/ld+json">'
                + script
                + "</script>"
                + other
                + "</head><body><p>Text.</p></body></html>"
            )
            doc = dom.parse_document(html)
            assert doc is not None
            expected = _jsonld_body(doc, html)
            assert _jsonld_body(doc, html, jsonld_article(doc)) == expected, html
            assert _jsonld_body(doc, None, jsonld_article(doc)) == _jsonld_body(doc, None)


def _old_clean_line(text: str) -> str:
    """cleanline.clean_line before its printable shortcut (stray joiners dropped by
    their own pattern, as recall12 made it)."""
    from pipeline.maintext.cleanline import _INVISIBLE, _NOT_SPACE_BLANK, _SPACES
    from pipeline.text.scripts import STRAY_JOINER

    if not text.isascii():
        text = STRAY_JOINER.sub("", _INVISIBLE.sub("", text))
    if "  " in text or _NOT_SPACE_BLANK.search(text):
        text = _SPACES.sub(" ", text)
    return text.strip()


def test_clean_line_of_a_printable_line_is_the_full_cleaning() -> None:
    import sys

    from pipeline.maintext.cleanline import clean_line

    blanks = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()]
    invisible = ["\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\x00", "\x7f"]
    alphabet = [*blanks, *invisible, "a", "B", "é", "中", "。", "\U0001f600", " ", " "]
    rng = random.Random(29)
    for _ in range(30_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 14)))
        assert clean_line(text) == _old_clean_line(text), repr(text)


def _old_is_prose(el: dom.HtmlElement, size: int | None = None) -> bool:
    """html.is_prose as it was: the text outside figures always walked, before the links (its
    length floor `elementtext._too_short`'s since session 33: half as long for CJK text)."""
    size = elementtext._text_len(el) if size is None else size
    if size < elementtext._PROSE_MIN_CHARS and elementtext._too_short(el, size):
        return False
    figures = {f for f in el.iter("figure", "figcaption") if f is not el}
    if figures:
        outermost = (f for f in figures if not any(a in figures for a in f.iterancestors()))
        size -= sum(elementtext._text_len(f) for f in outermost)
        if size < elementtext._PROSE_MIN_CHARS and elementtext._too_short(el, size):
            return False
    text = "".join(elementtext._text_outside(el, elementtext._FIGURE_TAGS))
    links = sum(len(dom.text_of(a).strip()) for a in el.iter("a"))
    if links > elementtext._PROSE_MAX_LINK_SHARE * size:
        return False
    ends = dom.clause_marks(text)
    return ends >= 1 and ends * dom.PROSE_CHARS_PER_SENTENCE >= size


def test_prose_is_judged_as_when_the_text_outside_figures_was_walked() -> None:
    rng = random.Random(37)
    pieces = ["<p>", "</p>", "<a href='x'>", "</a>", "<figure>", "</figure>", "<figcaption>"]
    pieces += ["</figcaption>", "<!-- c -->", "<b>", "</b>", "<br>", "<div>", "</div>"]
    words = ["A sentence of the article, with a clause.", "Menu", "Home", "中文句子，逗号。"]
    words += ["word " * 12, "\n  ", "Read more"]
    for _ in range(3000):
        html = "".join(
            rng.choice(pieces) if rng.random() < 0.5 else rng.choice(words)
            for _ in range(rng.randrange(1, 40))
        )
        doc = dom.parse("<html><body><div>" + html + "</div></body></html>")
        if doc is None:
            continue
        for el in doc.iter("div", "figure", "p"):
            assert dom.is_prose(el) == _old_is_prose(el), dom.to_html(el)


def test_reply_candidates_are_the_blocks_the_one_predicate_finds() -> None:
    """posts._candidates asks first, without reading any text, for three children of two
    children or more: on random markup it finds the blocks the text predicate alone found,
    in the same order."""
    from lxml import etree

    from pipeline.maintext.posts import _MIN_ITEMS, _candidates

    plain = etree.XPath(
        f"descendant-or-self::*[count(*[*[2]][contains(., ':') or contains(., ' 20')])"
        f" >= {_MIN_ITEMS}]"
    )
    rng = random.Random(41)
    pieces = ["<div>", "</div>", "<p>", "</p>", "<b>x</b>", "<i>y</i>", "12:30", " 2024", "text"]
    found = 0
    for _ in range(3000):
        html = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 60)))
        doc = dom.parse("<html><body>" + html + "</body></html>")
        if doc is None:
            continue
        expected = plain(doc)
        assert _candidates(doc)[1] == expected, html
        found += len(expected)
    assert found > 50  # blocks of replies among the random markups
