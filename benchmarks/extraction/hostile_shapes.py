"""Made-up hostile pages of many shapes, timed through the two per-page paths.

Issue 10 asks that no page take over a second and none crash. Each shape here builds pages
from a size (made-up words, the same bytes every run): deep nesting, a tag of tens of
thousands of attributes (values hiding "<" and ">" or not), thousands of tags of hundreds of
attributes, one huge text node, 100,000 tiny blocks or links, giant tables, a
huge JSON-LD or `__NEXT_DATA__`, thousands of scripts, odd encodings and byte-order marks,
NUL bytes, broken UTF-8, a 50 MB page, a page of comments only. The script times
`pipeline.pages.make_article` (what `newsbrief process` does with a page: decode, parse,
extract, normalize, language, metadata) and `pipeline.extract.extract_text` (the evaluation
path, no size caps) on each page, CPU seconds, and prints the worst page of each shape, its
outcome, and the pages over --limit (exit 1 when any). Timings only: the caps are pinned by
tests on small pages (tests/test_hostile_shapes.py).

    .venv/bin/python benchmarks/extraction/hostile_shapes.py [--scale 1] [--limit 1] [SHAPE ...]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

_HEAD = (
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>A hostile page</title>'
    "{head}</head><body><main><article><h1>A hostile page</h1>"
)
_TAIL = "</article></main><footer><p>All rights reserved.</p></footer></body></html>"
_WORDS = (
    "the council said on monday that its budget for roads and schools would rise by four "
    "percent next year while critics warned of delays in the northern district"
).split()
_STORY = "".join(
    "<p>" + " ".join(_WORDS[i:] + _WORDS[:i]).capitalize() + ".</p>" for i in range(0, 20, 4)
)

Page = tuple[bytes, str]  # (body, Content-Type)
HTML = "text/html; charset=utf-8"


def _page(body: str, head: str = "", story: bool = True) -> str:
    return _HEAD.format(head=head) + (_STORY if story else "") + body + _TAIL


def _words(r: random.Random, n: int) -> str:
    return " ".join(r.choice(_WORDS) for _ in range(n))


def _utf8(html: str) -> Page:
    return html.encode("utf-8"), HTML


# Each shape: pages of about `mb` megabytes (or counts scaled from it).


def deep_nesting(mb: float) -> Iterator[Page]:
    for depth in (300, 10_000, int(200_000 * mb)):
        yield _utf8(_page("<div>" * depth + _STORY + "</div>" * depth))
    yield _utf8(_page("<b><i>" * int(50_000 * mb) + "text"))  # never closed
    yield _utf8(_page("<table><tr><td>" * int(10_000 * mb) + "cell"))


def many_attributes(mb: float) -> Iterator[Page]:
    for n in (5_000, int(20_000 * mb), int(50_000 * mb)):
        valued = " ".join(f'data-a{i}="{i}"' for i in range(n))
        yield _utf8(_page(f"<div {valued}>{_STORY}</div>"))
        bare = " ".join(f"a{i}" for i in range(n))
        yield _utf8(_page(f"<p {bare}>x</p>"))
        yield _utf8(_page("", head=f'<meta name="x" {valued}>'))
    # the same attribute repeated: the duplicate check finds it at once
    yield _utf8(_page("<div " + 'a="1" ' * int(100_000 * mb) + ">x</div>"))
    # a ">" and a "<" in every value: no window of the tag is free of either
    for n in (int(20_000 * mb), int(50_000 * mb)):
        yield _utf8(_page("<div " + " ".join(f'a{i}="<>"' for i in range(n)) + ">x</div>"))
    yield _utf8(_page(("<i " + " ".join(f'a{i}="<>"' for i in range(250)) + ">x</i>") * 2_000))


def many_long_tags(mb: float) -> Iterator[Page]:
    """Many tags each under the one-tag cap: 2,000 of 250 names (7.6 MB), 5,000 of 340
    one-character Han names (6.8 MB, each tag 680 characters), 20,000 of 100 names."""
    named = " ".join(f'data-a{i}="{i}"' for i in range(250))
    yield _utf8(_page(f"<span {named}>x</span>" * int(2_000 * mb)))
    han = " ".join(chr(0x4E00 + i) for i in range(340))
    yield _utf8(_page(f"<i {han}>x</i>" * int(5_000 * mb)))
    short = " ".join(f"b{i}" for i in range(100))
    yield _utf8(_page(f"<b {short}>x</b>" * int(20_000 * mb)))


def huge_text_node(mb: float) -> Iterator[Page]:
    r = random.Random(1)
    size = int(mb * 1_000_000)
    text = _words(r, size // 6)
    yield _utf8(_page(f"<p>{text}</p>"))
    yield _utf8(_page(f"<p>{text.replace(' ', '')[:size]}</p>"))  # one word
    yield _utf8(_page(f"<pre>{'x ' * (size // 2)}</pre>"))
    yield _utf8(_page(f"<p>{'. ' * (size // 2)}</p>"))
    yield _utf8(_page(f"<p>{'&amp;' * (size // 5)}</p>"))  # entities
    yield _utf8(_page(" " * size))  # blanks only after the headline


def tiny_blocks(mb: float) -> Iterator[Page]:
    n = int(100_000 * mb)
    for tag in ("p", "div", "li", "span", "br"):
        inner = f"<{tag}>x</{tag}>" if tag != "br" else "x<br>"
        yield _utf8(_page(inner * n))
    yield _utf8(_page("<p>" * n))  # never closed
    # just under max_elements (25,000; 40,000 before): the largest pages `process` reads
    for lines in (24_000, 39_000):
        yield _utf8(_page("<p>x</p>" * lines))
        yield _utf8(_page("".join(f"<p>{i} {_WORDS[i % 20]}</p>" for i in range(lines))))


def many_links(mb: float) -> Iterator[Page]:
    n = int(100_000 * mb)
    yield _utf8(_page("".join(f'<a href="/a/{i}">story {i}</a> ' for i in range(n))))
    yield _utf8(_page("<ul>" + "".join(f'<li><a href="/{i}">s {i}</a></li>' for i in range(n))))
    yield _utf8(_page("".join(f'<p><a href="/{i}">s {i}</a></p>' for i in range(19_000))))
    yield _utf8(_page("<p>" + '<a href="/x">x</a>' * 39_000 + "</p>"))


def giant_table(mb: float) -> Iterator[Page]:
    rows = int(30_000 * mb)
    yield _utf8(_page("<table>" + "<tr><td>a</td><td>1</td></tr>" * rows + "</table>"))
    yield _utf8(_page("<table><tr>" + "<td>c</td>" * rows * 2 + "</tr></table>"))
    yield _utf8(_page("<table>" + "<tr><td>a 1</td></tr>" * 39_000 + "</table>"))
    yield _utf8(_page("<table><tr><td>" * 5_000 + "x"))


def _ld(obj: object) -> str:
    return '<script type="application/ld+json">' + json.dumps(obj) + "</script>"


def huge_jsonld(mb: float) -> Iterator[Page]:
    size = int(mb * 1_000_000)
    body = "The council met. " * (size // 17)
    yield _utf8(_page("", head=_ld({"@type": "NewsArticle", "headline": "x", "articleBody": body})))
    items = [
        {"@type": "NewsArticle", "headline": f"h {i}", "datePublished": "2026-01-08"}
        for i in range(size // 80)
    ]
    yield _utf8(_page("", head=_ld({"@graph": items})))
    yield _utf8(_page("", head=_ld(items)))
    deep = "[" * 100_000 + '"x"' + "]" * 100_000
    yield _utf8(_page("", head=f'<script type="application/ld+json">{deep}</script>'))
    yield _utf8(_page("", head=_ld({"@type": "NewsArticle", "keywords": ["k"] * (size // 6)})))
    yield _utf8(_page("", head=_ld({"x": 1}) * (size // 50)))  # many JSON-LD scripts
    yield _utf8(_page("", head='<script type="application/ld+json">{"a": [' + "[" * size))


def next_data(mb: float) -> Iterator[Page]:
    size = int(mb * 1_000_000)
    paras = [{"type": "paragraph", "text": "The council met on Monday. " * 4}] * (size // 140)
    state = {"props": {"pageProps": {"article": {"title": "x", "body": paras}}}}
    script = '<script id="__NEXT_DATA__" type="application/json">' + json.dumps(state)
    yield _utf8(_page('<div id="__next"></div>' + script + "</script>", story=False))
    flat = {"props": {"pageProps": {f"k{i}": "v" * 20 for i in range(size // 30)}}}
    script = '<script id="__NEXT_DATA__" type="application/json">' + json.dumps(flat)
    yield _utf8(_page(script + "</script>"))
    state = {"props": {"pageProps": {"article": {"body": "<p>x</p>" * (size // 8)}}}}
    script = '<script id="__NEXT_DATA__" type="application/json">' + json.dumps(state)
    yield _utf8(_page('<div id="__next"></div>' + script + "</script>", story=False))
    yield _utf8(_page("<script>window.__INITIAL_STATE__=" + json.dumps(state) + "</script>"))


def many_scripts(mb: float) -> Iterator[Page]:
    n = int(30_000 * mb)
    yield _utf8(_page("<script>var a=1;</script>" * n))
    yield _utf8(_page("<style>p{color:red}</style>" * n))
    yield _utf8(_page("<script>" + "var a = '<p>x</p>';" * n * 5 + "</script>"))
    yield _utf8(_page("", head='<meta name="k" content="v">' * n))
    yield _utf8(_page("<noscript><p>x</p></noscript>" * 19_000))


def encodings(mb: float) -> Iterator[Page]:
    r = random.Random(2)
    text = _page("".join(f"<p>{_words(r, 30)}</p>" for _ in range(int(mb * 5_000))))
    yield text.encode("utf-16"), "text/html"  # with its mark
    yield text.encode("utf-16-le"), "text/html; charset=utf-16"
    yield text.encode("utf-32"), "text/html"
    yield b"\xff\xfe" + text.encode("utf-8"), "text/html"  # a lying mark
    yield b"\xef\xbb\xbf" + text.encode("gbk"), "text/html"
    zh = _page(
        "".join(
            "<p>" + "北京市政府周一表示，明年道路预算将增加。" * 10 + "</p>" for _ in range(2000)
        )
    )
    yield zh.encode("gb18030"), "text/html"  # undeclared
    yield zh.encode("big5", "replace"), "text/html; charset=utf-8"  # declared wrongly
    yield zh.encode("utf-16-be"), "text/html"  # no mark, no declaration
    ja = _page(
        "".join(
            "<p>" + "東京都は月曜日、道路の予算を増やすと発表した。" * 10 + "</p>"
            for _ in range(2000)
        )
    )
    yield ja.encode("shift_jis"), "text/html"
    yield ja.encode("euc_jp"), "text/html; charset=x-unknown"
    latin = _page(
        "<p>" + "Le conseil a déclaré lundi qu'il élèverait le budget. " * 40_000 + "</p>"
    )
    yield latin.encode("latin-1"), "text/html"
    yield latin.encode("cp1252"), "text/html; charset=" + "x" * 100_000


def nul_bytes(mb: float) -> Iterator[Page]:
    size = int(mb * 1_000_000)
    html = _page("<p>" + "a\x00" * (size // 2) + "</p>")
    yield html.encode(), HTML
    yield b"\x00" * size, "text/html"
    yield _page("<p>" + "The council met.\x00" * (size // 17) + "</p>").encode(), "text/html"
    yield b"<html>" + b"\x00<p>x</p>" * (size // 9), "text/html"


def broken_utf8(mb: float) -> Iterator[Page]:
    r = random.Random(3)
    size = int(mb * 1_000_000)
    good = _page("".join(f"<p>{_words(r, 30)}</p>" for _ in range(size // 180))).encode()
    flipped = bytearray(good)
    for i in r.sample(range(len(flipped)), len(flipped) // 100):
        flipped[i] = r.choice((0x80, 0xC3, 0xE4, 0xFF, 0xF0))
    yield bytes(flipped), "text/html; charset=utf-8"
    yield bytes(flipped), "text/html"
    yield good + b"\xc3" * size, "text/html"
    yield good[: len(good) // 2] + b"\xe4\xb8" * (size // 2), "text/html"
    yield bytes(r.getrandbits(8) for _ in range(size // 4)), "text/html"
    yield (
        ("<p>" + "\udcff" * 10 + "</p>").encode("utf-8", "surrogatepass") * (size // 40),
        "text/html",
    )


def big_pages(mb: float) -> Iterator[Page]:
    r = random.Random(4)
    para = "".join(f"<p>{_words(r, 30)}</p>" for _ in range(1000))
    yield _page(para * int(50e6 / len(para))).encode(), HTML
    yield _page(para * int(8.3e6 / len(para))).encode(), HTML  # just over 8 MiB
    yield _page(para * int(8.0e6 / len(para))).encode(), HTML  # just under


def only_comments(mb: float) -> Iterator[Page]:
    size = int(mb * 1_000_000)
    yield ("<!--" + "x" * size + "-->").encode(), "text/html"
    yield ("<!-- a -->" * (size // 10)).encode(), "text/html"
    yield _page("<!-- c -->" * (size // 10)).encode(), HTML
    yield ("<html><body><!--" + "x" * size).encode(), "text/html"  # never closed
    yield ("<![CDATA[" + "x" * size + "]]>").encode(), "text/html"
    yield ("<?xml version='1.0'?>" + "<?pi x?>" * (size // 8)).encode(), "text/html"


def odd_markup(mb: float) -> Iterator[Page]:
    size = int(mb * 1_000_000)
    yield _page("<" * size).encode(), HTML
    yield _page("&#" * (size // 2)).encode(), HTML
    yield _page("<p class='" + "a " * (size // 2) + "'>x</p>").encode(), HTML
    yield _page("<h1>t</h1>" * 20_000).encode(), HTML
    yield _page("<time datetime='2026-01-08'>8 January 2026</time>" * 20_000).encode(), HTML
    yield _page("<p>By Jane Doe</p>" * 20_000).encode(), HTML
    yield _page('<img src="/a.jpg" alt="x">' * 39_000).encode(), HTML
    yield _page("<svg>" + "<path d='M0 0'/>" * 39_000 + "</svg>").encode(), HTML
    yield _page("<iframe src='x'>" * 20_000).encode(), HTML
    yield _page("<p>" + "x" * 100 + "</p><p>\u202e\u200b\ufeff</p>" * 20_000).encode(), HTML


SHAPES: dict[str, Callable[[float], Iterator[Page]]] = {
    f.__name__: f
    for f in (
        deep_nesting,
        many_attributes,
        many_long_tags,
        huge_text_node,
        tiny_blocks,
        many_links,
        giant_table,
        huge_jsonld,
        next_data,
        many_scripts,
        encodings,
        nul_bytes,
        broken_utf8,
        big_pages,
        only_comments,
        odd_markup,
    )
}


def _cpu(call: Callable[[], object]) -> tuple[float, object]:
    start = time.process_time()
    out = call()
    return time.process_time() - start, out


def main(argv: list[str] | None = None) -> int:
    from hostile_more import SHAPES as MORE  # (robust33's shapes)

    shapes = {**SHAPES, **MORE}
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("shapes", nargs="*", default=list(shapes), help=", ".join(shapes))
    ap.add_argument("--scale", type=float, default=1.0, help="megabytes (and counts) scale")
    ap.add_argument("--limit", type=float, default=1.0, help="CPU seconds a page may take")
    ap.add_argument("--each", action="store_true", help="a line for every page")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from pipeline.extract import extract_text
    from pipeline.pages import make_article
    from pipeline.records import RawPage

    warm = b"<html><body><h1>Warm</h1><p>" + b"A few words to load the extractor. " * 9 + b"</p>"
    make_article(RawPage(url="https://example.com/warm.html", body=warm))
    over = 0
    print(f"{'shape':16s} {'pages':>5s} {'process s':>9s} {'extract_text s':>14s}  worst outcome")
    for shape in args.shapes:
        worst_p, worst_t, outcome, pages = 0.0, 0.0, "", 0
        for i, (body, ctype) in enumerate(shapes[shape](args.scale)):
            pages += 1
            url = f"https://example.com/news/{shape}-{i}.html"
            page = RawPage(url=url, body=body, headers={"Content-Type": ctype})
            took, made = _cpu(lambda page=page: make_article(page))  # type: ignore[misc]
            took_t, _ = _cpu(lambda body=body, url=url: extract_text(body, url))  # type: ignore[misc]
            what = getattr(made, "reason", None)
            verdict = f"#{i} {'rejected ' + what.value if what else 'article'}"
            if args.each:
                print(
                    f"  {shape} {verdict}: {took:.3f} / {took_t:.3f} s ({len(body) / 1e6:.1f} MB)"
                )
            for name, t in (("process", took), ("extract_text", took_t)):
                if t > args.limit:
                    over += 1
                    print(f"  over: {shape} #{i} {name} {t:.2f} s ({len(body) / 1e6:.1f} MB)")
            if took > worst_p:
                worst_p, outcome = took, verdict
            worst_t = max(worst_t, took_t)
        print(f"{shape:16s} {pages:5d} {worst_p:9.3f} {worst_t:14.3f}  {outcome}", flush=True)
    print(f"pages over {args.limit} s: {over}")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
