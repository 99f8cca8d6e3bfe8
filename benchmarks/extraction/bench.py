"""Pages per second of newsbrief's full per-page path and of trafilatura, side by side.

Ours is what `newsbrief process` does with each page before storing it
(`pipeline.pages.article_from_page`): decode, block-page check, extract (site parser or
generic extractor, with metadata), normalize, language and script. Theirs is
`trafilatura.bare_extraction(..., with_metadata=True)` (decode, extract, metadata). Both get
the same raw page bytes and URL (from the corpus's manifest.tsv when it has one) in the same
process; a page we reject (not an article, too short ...) is timed like any other.

After one untimed warm-up pass each (imports, first-call costs, OpenCC tables) and the
collector setting `newsbrief process` makes once warm (`pipeline.app.heap`), every repeat
times one pass of ours then one pass of trafilatura's over all pages; the report is the median
over repeats of each throughput and of the per-repeat ratio, so a load spike on a busy machine
hits one repeat of both rather than one side. Per-page times are each page's median over the
repeats: the report gives their p99 and the slowest page. Usage, from the project root:

    .venv/bin/python benchmarks/extraction/bench.py [CORPUS_DIR] [--repeats N]
        [--min-ratio R] [--max-page-seconds S]

CORPUS_DIR holds `.html` files (any depth), e.g. ../shared/eval/extraction (the default).
The exit status is 1 when the median ratio is below --min-ratio or a page's median time is over
--max-page-seconds: a CI-style gate kept out of the unit tests, which never assert timings.
"""

from __future__ import annotations

import argparse
import csv
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_CORPUS = ROOT.parent / "shared" / "eval" / "extraction"

Page = tuple[str, bytes, str | None]  # (name, raw bytes, URL or None)
Process = Callable[[bytes, str | None], object]


def load_pages(corpus: Path) -> list[Page]:
    """Every .html file under `corpus` in a stable order, with its URL when manifest.tsv
    (columns name, url) gives one."""
    urls: dict[str, str] = {}
    manifest = corpus / "manifest.tsv"
    if manifest.is_file():
        with manifest.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                if row.get("name") and row.get("url"):
                    urls[row["name"]] = row["url"]
    return [
        (str(p.relative_to(corpus)), p.read_bytes(), urls.get(p.stem))
        for p in sorted(corpus.rglob("*.html"))
    ]


def one_pass(fn: Process, pages: list[Page]) -> tuple[float, list[float]]:
    """Seconds `fn` takes over all pages once, and the seconds of each page."""
    times = []
    clock = time.perf_counter
    start = clock()
    for _, body, url in pages:
        t = clock()
        fn(body, url)
        times.append(clock() - t)
    return clock() - start, times


def percentile(values: list[float], q: float) -> float:
    """The nearest-rank q-th percentile (0 < q <= 100) of `values`."""
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * q // 100))  # ceil(n * q / 100)
    return ordered[int(rank) - 1]


def measure(
    ours: Process,
    theirs: Process,
    pages: list[Page],
    repeats: int,
    settle: Callable[[], None] | None = None,
) -> dict[str, object]:
    """Median pages/s of both sides and median ratio over `repeats` paired passes, with each
    page's median time on both sides. `settle` is called once after the warm-up passes (the
    process setting `newsbrief process` makes after its first page)."""
    one_pass(ours, pages)  # warm-up
    one_pass(theirs, pages)
    if settle is not None:
        settle()
    ours_pps, theirs_pps, ratios = [], [], []
    ours_times: list[list[float]] = [[] for _ in pages]
    theirs_times: list[list[float]] = [[] for _ in pages]
    for _ in range(repeats):
        a_total, a_times = one_pass(ours, pages)
        b_total, b_times = one_pass(theirs, pages)
        a, b = len(pages) / a_total, len(pages) / b_total
        ours_pps.append(a)
        theirs_pps.append(b)
        ratios.append(a / b)
        for i, (ta, tb) in enumerate(zip(a_times, b_times, strict=True)):
            ours_times[i].append(ta)
            theirs_times[i].append(tb)
    return {
        "ours": statistics.median(ours_pps),
        "theirs": statistics.median(theirs_pps),
        "ratio": statistics.median(ratios),
        "min_ratio_seen": min(ratios),
        "ours_page": [statistics.median(t) for t in ours_times],
        "theirs_page": [statistics.median(t) for t in theirs_times],
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    ap.add_argument("--repeats", type=int, default=3, help="timed passes of each (median)")
    ap.add_argument(
        "--min-ratio",
        type=float,
        default=None,
        help="exit 1 when the full per-page path is less than this many times faster",
    )
    ap.add_argument(
        "--max-page-seconds",
        type=float,
        default=None,
        help="exit 1 when a page's median time on the full per-page path is over this",
    )
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    import trafilatura

    from pipeline.app.heap import WarmHeap
    from pipeline.errors import Rejected
    from pipeline.pages import article_from_page
    from pipeline.records import RawPage

    def ours(body: bytes, url: str | None) -> object:
        try:
            return article_from_page(RawPage(url=url or "https://example.invalid/", body=body))
        except Rejected as rej:  # a page that is not an article: its verdict is the result
            return rej

    def theirs(body: bytes, url: str | None) -> object:
        return trafilatura.bare_extraction(body, url=url, with_metadata=True)

    pages = load_pages(Path(args.corpus))
    if not pages:
        print(f"no .html pages under {args.corpus}", file=sys.stderr)
        return 2
    repeats = max(1, args.repeats)
    with WarmHeap() as warm:
        result = measure(ours, theirs, pages, repeats, warm)
    ours_page: list[float] = result["ours_page"]  # type: ignore[assignment]
    theirs_page: list[float] = result["theirs_page"]  # type: ignore[assignment]
    slowest = max(range(len(pages)), key=ours_page.__getitem__)
    print(f"{len(pages)} pages x {repeats} repeats (median) from {args.corpus}")
    print(f"newsbrief full per-page path:        {result['ours']:8.1f} pages/s")
    print(f"trafilatura.bare_extraction+metadata: {result['theirs']:8.1f} pages/s")
    print(f"ratio: {result['ratio']:.2f}x (lowest repeat {result['min_ratio_seen']:.2f}x)")
    print(
        f"p99 per-page time: newsbrief {percentile(ours_page, 99) * 1000:.1f} ms, "
        f"trafilatura {percentile(theirs_page, 99) * 1000:.1f} ms"
    )
    print(f"slowest page (newsbrief): {ours_page[slowest] * 1000:.1f} ms, {pages[slowest][0]}")
    status = 0
    if args.min_ratio is not None and result["ratio"] < args.min_ratio:  # type: ignore[operator]
        print(f"FAIL: ratio {result['ratio']:.2f}x is below --min-ratio {args.min_ratio}")
        status = 1
    if args.max_page_seconds is not None and ours_page[slowest] > args.max_page_seconds:
        print(
            f"FAIL: {pages[slowest][0]} takes {ours_page[slowest]:.2f} s, over "
            f"--max-page-seconds {args.max_page_seconds}"
        )
        status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
