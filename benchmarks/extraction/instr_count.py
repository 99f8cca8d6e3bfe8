"""Instructions per page of newsbrief's full per-page path, counted rather than timed.

`bench.py` times `pipeline.pages.article_from_page` against trafilatura in wall-clock
seconds, which a loaded machine makes noisy. This script runs the same path over the same
pages (read as bench.py reads them) once to warm up (imports, first-call costs, OpenCC
tables, compiled patterns) and freezes the heap as bench.py does, then once more inside
``measured_pass``; run it under callgrind so only that second pass is counted:

    valgrind --tool=callgrind --collect-atstart=no --toggle-collect='ffi_call*' \\
        --callgrind-out-file=OUT .venv/bin/python benchmarks/extraction/instr_count.py [DIR]

and divide valgrind's "Collected" count by the page count the script prints. The measured
pass is called through a `ctypes` function pointer, so it runs inside libffi's ``ffi_call``,
the one C function the toggle turns counting on for (nothing else on the path calls ctypes:
one pass of the 91-page corpus counted 67 M instructions a page, what speed33's and
speed34's marker-call harness counted for one pass; ``--passes N`` counts N passes).
``callgrind_annotate OUT`` then
attributes the count to C functions (the regex engine, lxml, the interpreter). Without
valgrind, ``--profile N`` prints cProfile's top N Python functions (by own time) of the
measured pass instead: their call counts and relative shares survive a loaded machine, their
seconds do not.
"""

from __future__ import annotations

import argparse
import cProfile
import ctypes
import pstats
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1]))

from bench import DEFAULT_CORPUS, Page, load_pages  # noqa: E402


def run_all(pages: list[Page]) -> int:
    """One pass of the full per-page path over `pages`; the number of articles made."""
    from pipeline.pages import make_article
    from pipeline.records import Article, RawPage

    made = 0
    for _, body, url in pages:
        result = make_article(RawPage(url=url or "https://example.invalid/", body=body))
        made += isinstance(result, Article)
    return made


_PASS = ctypes.CFUNCTYPE(ctypes.c_int)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    ap.add_argument("--profile", type=int, default=0, help="print cProfile's top N instead")
    ap.add_argument("--passes", type=int, default=1, help="measured passes (0: none)")
    args = ap.parse_args(argv)
    pages = load_pages(Path(args.corpus))
    from pipeline.app.heap import WarmHeap

    with WarmHeap() as warm:
        run_all(pages)  # warm-up: imports, first-call costs, caches every run builds once
        warm()  # the collector setting `newsbrief process` (and bench.py) makes once warm
        return measure(args, pages)


def measure(args: argparse.Namespace, pages: list[Page]) -> int:
    """The measured pass(es): under cProfile, or under callgrind's toggle."""
    if args.profile:
        prof = cProfile.Profile()
        prof.enable()
        made = run_all(pages)
        prof.disable()
        pstats.Stats(prof).sort_stats("tottime").print_stats(args.profile)
    else:
        # A C function pointer named measured_pass in callgrind's view: the toggle's target.
        measured_pass = _PASS(lambda: sum(run_all(pages) for _ in range(args.passes)))
        made = measured_pass()
    print(f"{len(pages)} pages, {made} articles")
    return 0


if __name__ == "__main__":
    sys.exit(main())
