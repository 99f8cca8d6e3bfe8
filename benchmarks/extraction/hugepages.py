"""The full per-page path (`pipeline.pages.make_article`) on made-up huge pages.

A page under max_page_bytes (8 MiB) may hold megabytes of text: a giant table or list, a log
dump in one <pre>, one text node of a whole book, 200,000 tiny elements. Issue 10 asks that
no page take over a second. Each generator here builds such a page from a seed (made-up
words, the same bytes every run); the script times `make_article` on each, best of
--repeats, and prints the outcome and the slowest page. Timings only: the outcomes are
asserted in tests/test_huge_pages.py on smaller pages of the same shapes. A page of more nodes
than max_elements is rejected after its parse: `--at-cap` sizes each page to just under it,
the largest page still read.

    .venv/bin/python benchmarks/extraction/hugepages.py [--mb 5] [--repeats 1] [--at-cap] [KIND ...]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]

_HEAD = (
    '<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>'
    '<meta property="og:title" content="{title}"></head><body><header><nav>'
    '<a href="/">Home</a> <a href="/news">News</a></nav></header><main><article>'
    "<h1>{title}</h1>"
)
_TAIL = "</article></main><footer><p>Contact us. All rights reserved.</p></footer></body></html>"
_WORDS = (
    "the council said on monday that its budget for roads and schools would rise by four "
    "percent next year while critics warned of delays in the northern district where "
    "residents have waited since spring for repairs"
).split()
_HAN = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可也你"


def _head(title: str, lang: str = "en") -> str:
    return _HEAD.format(title=title, lang=lang)


def _sentence(r: random.Random, words: int = 18) -> str:
    return " ".join(r.choice(_WORDS) for _ in range(words)).capitalize() + "."


def _fill(size: int, piece: Callable[[], str]) -> str:
    """Pieces from `piece` until they hold `size` characters."""
    parts, n = [], 0
    while n < size:
        parts.append(piece())
        n += len(parts[-1])
    return "".join(parts)


def paragraphs(size: int, seed: int = 1) -> str:
    """An article of long paragraphs, `size` characters of them."""
    r = random.Random(seed)
    body = _fill(size, lambda: "<p>" + " ".join(_sentence(r) for _ in range(4)) + "</p>\n")
    return _head("A very long report") + body + _TAIL


def chinese(size: int, seed: int = 2) -> str:
    """Chinese paragraphs of 200 characters (three bytes each: `size` / 3 of them)."""
    r = random.Random(seed)
    body = _fill(
        size // 3, lambda: "<p>" + "".join(r.choice(_HAN) for _ in range(200)) + "。</p>\n"
    )
    return _head("长篇报告", "zh") + body + _TAIL


def table(size: int, seed: int = 3) -> str:
    """One giant table of eight short cells a row."""
    r = random.Random(seed)

    def row() -> str:
        cells = (f"<td>{r.choice(_WORDS)} {r.randint(0, 99999)}</td>" for _ in range(8))
        return "<tr>" + "".join(cells) + "</tr>\n"

    return _head("Results table") + "<table>" + _fill(size, row) + "</table>" + _TAIL


def nested(size: int, seed: int = 4, depth: int = 200) -> str:
    """Blocks of twenty one-sentence paragraphs, each block `depth` <div>s deep."""
    r = random.Random(seed)

    def block() -> str:
        inner = "".join(f"<p>{_sentence(r)}</p>" for _ in range(20))
        return "<div>" * depth + inner + "</div>" * depth + "\n"

    return _head("Nested page") + _fill(size, block) + _TAIL


def shallow(size: int, seed: int = 5) -> str:
    """`nested` ten <div>s deep: more paragraphs for the same size."""
    return nested(size, seed, depth=10)


def one_node(size: int, seed: int = 6) -> str:
    """One paragraph of `size` characters: a single text node."""
    r = random.Random(seed)
    return _head("One node") + "<p>" + _fill(size, lambda: _sentence(r) + " ") + "</p>" + _TAIL


def log_dump(size: int, seed: int = 7) -> str:
    """A dated log pasted in one <pre> (one text node of many lines)."""
    r = random.Random(seed)
    count = iter(range(10**9))

    def line() -> str:
        i = next(count)
        return (
            f"2026-12-06 02:{i // 60 % 60:02d}:{i % 60:02d} INFO worker-{r.randint(1, 9)} "
            f"handled request {r.randint(0, 10**6)} in {r.randint(1, 999)} ms\n"
        )

    return _head("Build log") + "<pre>" + _fill(size, line) + "</pre>" + _TAIL


def tiny_spans(size: int, seed: int = 8) -> str:
    """One paragraph of one-word <span>s (about 19 characters each: 200,000 in 3.8 MB)."""
    r = random.Random(seed)
    return (
        _head("Tiny elements")
        + "<p>"
        + _fill(size, lambda: f"<span>{r.choice(_WORDS)}</span> ")
        + "</p>"
        + _TAIL
    )


def tiny_divs(size: int, seed: int = 9) -> str:
    """<div>s of a word and a number (about 22 characters each)."""
    r = random.Random(seed)
    count = iter(range(10**9))
    return (
        _head("Tiny blocks")
        + _fill(size, lambda: f"<div>{r.choice(_WORDS)} {next(count)}</div>")
        + _TAIL
    )


KINDS: dict[str, Callable[[int], str]] = {
    "paragraphs": paragraphs,
    "chinese": chinese,
    "table": table,
    "nested": nested,
    "shallow": shallow,
    "one_node": one_node,
    "log_dump": log_dump,
    "tiny_spans": tiny_spans,
    "tiny_divs": tiny_divs,
}


def _under_cap(kind: Callable[[int], str], size: int, cap: int, view: Any) -> int:
    """The size of `kind`'s page whose markup holds at most `cap` nodes, as near it as 2%
    (or `size` when that page holds fewer)."""

    def nodes(n: int) -> int:
        parsed = view.parse(kind(n))
        return len(parsed.nodes) if parsed is not None else 0

    low, high = 0, size
    if nodes(high) <= cap:
        return high
    while high - low > max(1, high // 50):
        mid = (low + high) // 2
        low, high = (mid, high) if nodes(mid) <= cap else (low, mid)
    return low


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("kinds", nargs="*", default=list(KINDS), help=", ".join(KINDS))
    ap.add_argument("--mb", type=float, default=5.0, help="characters of markup, in millions")
    ap.add_argument("--repeats", type=int, default=1, help="timed runs of each page (best)")
    ap.add_argument(
        "--at-cap",
        action="store_true",
        help="size each page to just under max_elements (the slowest page still read)",
    )
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from pipeline.config import PipelineConfig
    from pipeline.pages import make_article
    from pipeline.records import RawPage
    from pipeline.web.metadata import PageView

    warm = b"<html><body><h1>Warm</h1><p>" + b"A few words to load the extractor. " * 9 + b"</p>"
    make_article(RawPage(url="https://example.com/warm.html", body=warm))
    worst = (0.0, "")
    for kind in args.kinds:
        size = int(args.mb * 1_000_000)
        if args.at_cap:
            size = _under_cap(KINDS[kind], size, PipelineConfig().max_elements, PageView)
        body = KINDS[kind](size).encode()
        page = RawPage(url=f"https://example.com/{kind}.html", body=body)
        best, made = float("inf"), None
        for _ in range(max(1, args.repeats)):
            start = time.perf_counter()
            made = make_article(page)
            best = min(best, time.perf_counter() - start)
        outcome = getattr(made, "reason", None)
        verdict = f"rejected ({outcome.value})" if outcome else "article"
        print(f"{kind:11s} {len(body) / 1e6:5.2f} MB {best:6.3f} s  {verdict}", flush=True)
        worst = max(worst, (best, kind))
    print(f"slowest: {worst[1]}, {worst[0]:.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
