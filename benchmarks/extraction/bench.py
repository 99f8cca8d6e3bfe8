"""Pages per second of pipeline.extract.extract_text and of trafilatura.extract, side by side.

Both get the same raw page bytes (and URL) in the same process, after one warm-up pass each,
so imports and first-call costs are not counted. Usage, from the project root:

    .venv/bin/python benchmarks/extraction/bench.py [CORPUS_DIR] [--rounds N]

CORPUS_DIR holds `.html` files (any depth), e.g. ../shared/eval/extraction (the default).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_CORPUS = ROOT.parent / "shared" / "eval" / "extraction"

Extract = Callable[[bytes], object]


def load_pages(corpus: Path) -> list[bytes]:
    """The bytes of every .html file under `corpus`, in a stable order."""
    return [p.read_bytes() for p in sorted(corpus.rglob("*.html"))]


def pages_per_second(fn: Extract, pages: list[bytes], rounds: int) -> float:
    """Throughput of `fn` over `rounds` passes on `pages` (after one untimed warm-up pass)."""
    for body in pages:
        fn(body)
    start = time.perf_counter()
    for _ in range(rounds):
        for body in pages:
            fn(body)
    return rounds * len(pages) / (time.perf_counter() - start)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    ap.add_argument("--rounds", type=int, default=2)
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    import trafilatura

    from pipeline.extract import extract_text

    pages = load_pages(Path(args.corpus))
    if not pages:
        print(f"no .html pages under {args.corpus}", file=sys.stderr)
        return 2
    ours = pages_per_second(lambda b: extract_text(b), pages, args.rounds)
    theirs = pages_per_second(lambda b: trafilatura.extract(b), pages, args.rounds)
    print(f"{len(pages)} pages x {args.rounds} rounds from {args.corpus}")
    print(f"pipeline.extract.extract_text: {ours:8.1f} pages/s")
    print(f"trafilatura.extract:           {theirs:8.1f} pages/s")
    print(f"ratio: {ours / theirs:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
