"""Pages per second of pipeline.extract.extract_text and of trafilatura.extract, side by side.

Both get the same raw page bytes and URL (from the corpus's manifest.tsv when it has one) in
the same process. After one untimed warm-up pass each (imports, first-call costs), every
repeat times one pass of ours then one pass of trafilatura's over all pages; the report is the
median over repeats of each throughput and of the per-repeat ratio, so a load spike on a busy
machine hits one repeat of both rather than one extractor. Usage, from the project root:

    .venv/bin/python benchmarks/extraction/bench.py [CORPUS_DIR] [--repeats N] [--min-ratio R]

CORPUS_DIR holds `.html` files (any depth), e.g. ../shared/eval/extraction (the default).
With --min-ratio the exit status is 1 when the median ratio is below R: a CI-style gate kept
out of the unit tests, which never assert timings.
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

Page = tuple[bytes, str | None]  # (raw bytes, URL or None)
Extract = Callable[[bytes, str | None], object]


def load_pages(corpus: Path) -> list[Page]:
    """The bytes of every .html file under `corpus`, in a stable order, with its URL when
    manifest.tsv (columns name, url) gives one."""
    urls: dict[str, str] = {}
    manifest = corpus / "manifest.tsv"
    if manifest.is_file():
        with manifest.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                if row.get("name") and row.get("url"):
                    urls[row["name"]] = row["url"]
    return [(p.read_bytes(), urls.get(p.stem)) for p in sorted(corpus.rglob("*.html"))]


def one_pass(fn: Extract, pages: list[Page]) -> float:
    """Seconds `fn` takes over all pages once."""
    start = time.perf_counter()
    for body, url in pages:
        fn(body, url)
    return time.perf_counter() - start


def measure(ours: Extract, theirs: Extract, pages: list[Page], repeats: int) -> dict[str, float]:
    """Median pages/s of both extractors and median ratio over `repeats` paired passes."""
    one_pass(ours, pages)  # warm-up
    one_pass(theirs, pages)
    ours_pps, theirs_pps, ratios = [], [], []
    for _ in range(repeats):
        a = len(pages) / one_pass(ours, pages)
        b = len(pages) / one_pass(theirs, pages)
        ours_pps.append(a)
        theirs_pps.append(b)
        ratios.append(a / b)
    return {
        "ours": statistics.median(ours_pps),
        "theirs": statistics.median(theirs_pps),
        "ratio": statistics.median(ratios),
        "min_ratio_seen": min(ratios),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    ap.add_argument("--repeats", type=int, default=3, help="timed passes of each (median)")
    ap.add_argument(
        "--min-ratio",
        type=float,
        default=None,
        help="exit 1 when extract_text is less than this many times faster",
    )
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    import trafilatura

    from pipeline.extract import extract_text

    pages = load_pages(Path(args.corpus))
    if not pages:
        print(f"no .html pages under {args.corpus}", file=sys.stderr)
        return 2
    result = measure(
        lambda b, u: extract_text(b, u),
        lambda b, u: trafilatura.extract(b, url=u),
        pages,
        max(1, args.repeats),
    )
    print(f"{len(pages)} pages x {args.repeats} repeats (median) from {args.corpus}")
    print(f"pipeline.extract.extract_text: {result['ours']:8.1f} pages/s")
    print(f"trafilatura.extract:           {result['theirs']:8.1f} pages/s")
    print(f"ratio: {result['ratio']:.2f}x (lowest repeat {result['min_ratio_seen']:.2f}x)")
    if args.min_ratio is not None and result["ratio"] < args.min_ratio:
        print(
            f"FAIL: ratio {result['ratio']:.2f}x is below --min-ratio {args.min_ratio}",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
