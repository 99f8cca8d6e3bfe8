"""More made-up hostile shapes (robust33), run by hostile_shapes.py beside its own.

Text without a space or a punctuation mark (Latin, Han, Thai), thousands of nested inline
tags, enormous attribute values, runs of `<br>`, deep and long lists, giant JSON-LD and
`__NEXT_DATA__` (malformed, deep, huge arrays, escapes), thousands of meta tags, declared
charsets against the bytes, entities of characters XML cannot hold, bidi and zero-width
marks, a page that is one table cell, SVG and MathML blobs, the strings the metadata readers
parse (dates for dateparser, bylines, author lists) made long or absurd, and odd documents
(a lang or base of a megabyte, thousands of canonical links or articles).
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Iterator

from hostile_shapes import _STORY, _WORDS, HTML, Page, _ld, _page, _utf8


def long_words(mb: float) -> Iterator[Page]:
    size = int(mb * 1_000_000)
    for chars in (size // 3, 290_000):  # a megabyte, and just under max_text_chars
        han = "".join(chr(0x4E00 + (i * 7919) % 20_000) for i in range(chars))
        yield _utf8(_page(f"<p>{han}</p>"))  # Han without punctuation: one sentence
        yield _utf8(_page("".join(f"<p>{han[i : i + 3_000]}</p>" for i in range(0, chars, 3_000))))
        thai = "".join(chr(0x0E01 + i % 46) for i in range(chars))
        yield _utf8(_page(f"<p>{thai}</p>"))  # Thai: no spaces between words
        yield _utf8(_page(f"<p>{'QUJD' * (chars // 4)}</p>"))  # base64 as text: one word
    yield _utf8(_page(f"<p>{'https://example.com/' + 'a/b?c=d&' * (size // 8)}</p>"))
    yield _utf8(_page(f"<h1>{'x' * size}</h1>"))  # a headline of a megabyte
    yield _utf8(_page("", head=f"<title>{'Budget ' * (size // 7)}</title>"))


def nested_inline(mb: float) -> Iterator[Page]:
    n = int(20_000 * mb)
    for tag in ("span", "a", "b"):
        yield _utf8(_page(f"<p>{f'<{tag}>w ' * n}{_WORDS[0]}{f'</{tag}>' * n}</p>"))
    yield _utf8(_page("<p>" + "<font><em>w " * n + "x</p>"))  # never closed
    yield _utf8(_page("<p>" + "<a href='/x'><b>w</b></a> " * n + "</p>"))
    yield _utf8(_page("<p>" + "<span>w</span>" * (5 * n) + "</p>"))  # one line of spans


def huge_values(mb: float) -> Iterator[Page]:
    size = int(mb * 1_000_000)
    yield _utf8(_page(f'<p><img src="data:image/png;base64,{"QUJD" * (size // 4)}"></p>'))
    yield _utf8(_page(f'<div class="{"a " * (size // 2)}">{_STORY}</div>', story=False))
    yield _utf8(_page(f'<p><a href="/{"x" * size}">link</a></p>'))
    yield _utf8(_page("", head=f'<meta name="description" content="{"d " * (size // 2)}">'))
    yield _utf8(_page(f'<p style="{"color:red;" * (size // 10)}">styled</p>'))
    yield _utf8(_page(f'<p title="{"&quot;" * (size // 6)}">quoted</p>'))
    yield _utf8(_page(f'<p id="{"i" * size}" class="{"c" * size}">named</p>'))
    w = "a " * (size // 16)
    names = " ".join(f'{n}="{w}"' for n in ("itemprop", "rel", "role", "lang", "name", "type"))
    yield _utf8(_page(f"<p {names} aria-label='{w}' data-testid='{w}'>named</p>"))
    yield _utf8(
        _page(f"<a href='/a' rel='author' class='{w}'>Jane Doe</a>", head=f"<title>{w}</title>")
    )


def many_br(mb: float) -> Iterator[Page]:
    n = int(100_000 * mb)
    yield _utf8(_page("<p>" + "<br>" * n + "</p>"))
    yield _utf8(_page("<div>" + "<br/>\n" * n + "x</div>"))
    yield _utf8(_page("<p>" + "".join(f"{_WORDS[i % 20]}<br>" for i in range(n)) + "</p>"))
    yield _utf8(_page("<p>" + "w<br><br><br>" * (n // 3) + "</p>"))
    yield _utf8(_page("<p>" + "<wbr>".join(["w"] * n) + "</p>"))
    yield _utf8(_page("<p>" + "".join(f"{_WORDS[i % 20]}<br>" for i in range(20_000)) + "</p>"))


def deep_lists(mb: float) -> Iterator[Page]:
    n = int(10_000 * mb)
    yield _utf8(_page("<ul><li>item " * n + "end" + "</li></ul>" * n))
    yield _utf8(_page("<ol>" + "<li>" * n + "never closed"))
    yield _utf8(_page("<ol>" + "<li>an item of the list</li>" * 2 * n + "</ol>"))
    yield _utf8(_page("<dl>" + "<dt>term</dt><dd>a definition</dd>" * n + "</dl>"))
    yield _utf8(_page("<blockquote>" * n + "quoted" + "</blockquote>" * n))


def big_json(mb: float) -> Iterator[Page]:
    size = int(mb * 1_000_000)
    ld = '<script type="application/ld+json">{}</script>'
    yield _utf8(_page("", head=ld.format('{"a":' * 100_000 + "1" + "}" * 100_000)))
    yield _utf8(_page("", head=ld.format('{"a":' * 100_000)))  # never closed
    yield _utf8(_page("", head=_ld({"@type": "NewsArticle", "x": list(range(size // 7))})))
    yield _utf8(_page("", head=ld.format('{"@type": "NewsArticle", "headline": "' + "x" * size)))
    escaped = json.dumps({"@type": "NewsArticle", "articleBody": "é\u2028" * (size // 12)})
    yield _utf8(_page("", head=ld.format(escaped)))
    yield _utf8(_page("", head=ld.format('{"@type": "NewsArticle", "a": "\\ud800\\udc00\\ud800"}')))
    cells = [[[[[{"b": "c"}] * 50]] * 20]] * 10
    deep = json.dumps({"props": {"pageProps": {"a": cells}}})
    script = f'<script id="__NEXT_DATA__" type="application/json">{deep}</script>'
    yield _utf8(_page('<div id="__next"></div>' + script, story=False))
    bad = '{"props": {"pageProps": {"article": ' + '[{"text": "x"},' * (size // 16)
    script = f'<script id="__NEXT_DATA__" type="application/json">{bad}</script>'
    yield _utf8(_page('<div id="__next"></div>' + script, story=False))
    yield _utf8(_page("", head=_ld([{"@context": "https://schema.org"}] * (size // 40))))


def many_meta(mb: float) -> Iterator[Page]:
    n = int(20_000 * mb)
    metas = "".join(
        f'<meta property="article:published_time" content="2026-01-{i % 28 + 1:02d}">'
        for i in range(n)
    )
    yield _utf8(_page("", head=metas))
    names = "".join(f'<meta name="author" content="Jane Doe {i}">' for i in range(n))
    yield _utf8(_page("", head=names))
    yield _utf8(_page("", head="".join(f'<meta property="og:x{i}" content="v">' for i in range(n))))
    yield _utf8(_page("", head=f'<meta name="author" content="{"Jane Doe, " * n * 5}">'))
    yield _utf8(_page("", head='<meta http-equiv="refresh" content="0">' * n))


def charsets(mb: float) -> Iterator[Page]:
    r = random.Random(5)
    lines = (" ".join(r.choice(_WORDS) for _ in range(30)) for _ in range(int(mb * 1_000)))
    text = _page("".join(f"<p>{line} été</p>" for line in lines))
    utf8 = text.encode()
    yield b"\xef\xbb\xbf" + utf8.replace(b'charset="utf-8"', b'charset="shift_jis"'), "text/html"
    yield utf8.replace(b"<head>", b'<head><meta charset="utf-16">'), "text/html"
    yield utf8.replace(b"<head>", b'<head><meta charset="utf-7">'), "text/html; charset=utf-7"
    many = b"".join(b'<meta charset="%s">' % c for c in (b"big5", b"koi8-r", b"x-bogus") * 3_000)
    yield utf8.replace(b"<head>", b"<head>" + many), "text/html"
    yield b"\xfe\xff" + utf8, "text/html; charset=utf-8"  # a UTF-16 mark on UTF-8 bytes
    yield text.encode("utf-16-le"), "text/html; charset=iso-8859-1"
    yield text.encode("latin-1", "replace"), "text/html; charset=utf-8"
    yield utf8, "text/html; charset=" + "utf-8;" * 10_000
    yield utf8.replace(b"<head>", b"<head><?xml version='1.0' encoding='ebcdic'?>"), HTML


def odd_characters(mb: float) -> Iterator[Page]:
    size = int(mb * 1_000_000)
    yield _utf8(_page("<p>" + "&#xD800;&#0;&#x110000;&#xFFFE;" * (size // 30) + "</p>"))
    marks = "\u200f\u200e\u202e\u2066\u200b\u200d\u2060\ufeff"
    yield _utf8(_page("<p>" + " ".join(w + marks for w in _WORDS * (size // 200)) + "</p>"))
    yield _utf8(_page("<p>a" + "\u0301" * (size // 2) + "</p>"))  # one letter, 500,000 accents
    yield _utf8(_page("<p>" + "\U0001f600" * (size // 4) + "</p>"))
    line = f"<p>{' '.join(_WORDS)}\u2028\u2029\x85</p>"
    yield _utf8(_page(line * (size // 200)))
    yield ("<p>" + "x\udcff" * 1_000 + "</p>").encode("utf-8", "surrogatepass"), HTML


def one_cell(mb: float) -> Iterator[Page]:
    n = int(20_000 * mb)
    paras = "".join(f"<p>{' '.join(_WORDS[i % 20 :] + _WORDS[: i % 20])}.</p>" for i in range(n))
    yield _utf8(_page(f"<table><tr><td>{paras}</td></tr></table>", story=False))
    yield _utf8(_page(f"<table><tr><td>{paras.replace('<p>', '').replace('</p>', '<br>')}"))
    yield _utf8(_page(f"<table><tr><td>{_STORY}" + "<td>cell" * n + "</table>"))


def svg_math(mb: float) -> Iterator[Page]:
    size = int(mb * 1_000_000)
    yield _utf8(_page(f'<svg viewBox="0 0 9 9"><path d="{"M0 0L1 1 " * (size // 9)}"/></svg>'))
    yield _utf8(_page("<svg>" + "<text x='1' y='2'>label</text>" * int(20_000 * mb) + "</svg>"))
    yield _utf8(_page("<math>" + "<mrow>" * int(10_000 * mb) + "<mi>x</mi>" + "</mrow>" * 10_000))
    yield _utf8(_page("<math>" + "<mi>x</mi><mo>+</mo>" * int(20_000 * mb) + "</math>"))
    yield _utf8(_page("<svg><foreignObject><p>" + "<svg><g>" * 5_000 + "inside</p></svg>"))


def metadata_strings(mb: float) -> Iterator[Page]:
    n = int(20_000 * mb)
    long_date = "8 January 2026 " * n
    yield _utf8(_page(f"<p>Published {long_date}</p>"))
    yield _utf8(_page(f'<time datetime="{"2026-01-08T" * n}">{"1 2 3 " * n}</time>'))
    nines = "9" * n * 10
    yield _utf8(_page("", head=f'<meta property="article:published_time" content="{nines}">'))
    yield _utf8(_page("".join(f"<p>Updated {d} {m} {y}</p>" for d, m, y in _odd_dates(n))))
    yield _utf8(_page("", head=_ld({"@type": "NewsArticle", "datePublished": "2026" + "-01" * n})))
    yield _utf8(_page(f"<p>By {' and '.join(f'Jane Doe{i}' for i in range(n))}</p>"))
    yield _utf8(_page('<a rel="author" href="/a">Jane Doe</a>' * n))
    authors = [{"@type": "Person", "name": f"Jane {i}"} for i in range(n)]
    yield _utf8(_page("", head=_ld({"@type": "NewsArticle", "author": authors})))
    yield _utf8(_page("", head=_ld({"@type": "NewsArticle", "author": {"name": "J " * n * 5}})))
    yield _utf8(_page(f"<p class='byline'>By {'J' * n * 50}</p>"))
    yield _utf8(_page(f"<p class='date'>{'Monday, ' * n}</p><p class='date'>{'1/' * n}</p>"))


def odd_documents(mb: float) -> Iterator[Page]:
    size = int(mb * 1_000_000)
    n = int(5_000 * mb)
    big = "x" * size
    yield _utf8(_page("").replace('lang="en"', f'lang="{big}"'))
    yield _utf8(_page("", head=f'<base href="https://example.com/{big}/">'))
    yield _utf8(_page("", head='<link rel="canonical" href="/c">' * (4 * n)))
    yield _utf8(_page(f'<p><img src="/a.jpg" srcset="{"/a.jpg 1x, " * (size // 10)}"></p>'))
    article = f"<article><h1>Headline</h1>{_STORY}</article>"
    yield _utf8(_page(article * n, story=False))
    yield _utf8(_page("<h2>A heading</h2><p>A line.</p>" * (2 * n)))
    yield _utf8(_page("", head='<meta property="og:image" content="/i.jpg">' * (4 * n)))
    yield _utf8(_page(f'<p><a href="javascript:{big}">x</a></p>'))


def _odd_dates(n: int) -> Iterator[tuple[str, str, str]]:
    months = ("January", "Janvier", "января", "一月", "Ιανουαρίου", "ocak", "ianuarie", "x")
    for i in range(n):
        yield str(i % 40), months[i % len(months)], str(1000 + i * 37 % 9000)


SHAPES: dict[str, Callable[[float], Iterator[Page]]] = {
    f.__name__: f
    for f in (
        long_words,
        nested_inline,
        huge_values,
        many_br,
        deep_lists,
        big_json,
        many_meta,
        charsets,
        odd_characters,
        one_cell,
        svg_math,
        metadata_strings,
        odd_documents,
    )
}
