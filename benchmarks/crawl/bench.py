"""`newsbrief crawl` against a bare Scrapy spider on a loopback site, and the memory of
`newsbrief crawl` and `newsbrief process` as the page count grows.

Each measured program runs in its own process, started from this small one (which imports
neither Scrapy nor the pipeline), and its peak RSS is the `ru_maxrss` that `os.wait4` returns
for it. The site (fakesite.py) runs in a third process on 127.0.0.1. Times are wall clock from
start to exit (interpreter start and imports included: end to end). Usage, from the root:

    .venv/bin/python benchmarks/crawl/bench.py                 # 2,000 / 1,000 + 10,000 / 5,000
    .venv/bin/python benchmarks/crawl/bench.py --quick         # 200 / 100 + 1,000 / 500
    .venv/bin/python benchmarks/crawl/bench.py --pages 500 --rss 200 2000 --process 1000
    .venv/bin/python benchmarks/crawl/bench.py --frontier [--pages N]   # Redis: 2 workers vs 1

Targets (printed with each number, exit status 1 when one is missed and --check is given):
end-to-end pages/s of `newsbrief crawl` at least 0.8 x the bare spider's (the median of
`--repeats` pairs run in turn); peak RSS at the
large crawl within 60 MB of the small one; `process` of the WARC under 200 MB. No unit test
asserts timings: this is the place for them.
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
CONCURRENCY = 8  # requests per domain, for both crawlers
MIN_RATIO, MAX_RSS_GROWTH_MB, MAX_PROCESS_RSS_MB = 0.8, 60.0, 200.0


@dataclass
class Run:
    """One measured program: wall seconds, peak RSS (MB), peak PSS of its process tree (MB,
    0 where /proc has no smaps_rollup), and its exit status."""

    seconds: float
    rss_mb: float
    code: int
    pss_mb: float = 0.0


def _kb(path: str, key: str) -> int:
    with open(path, encoding="ascii") as lines:
        return next((int(line.split()[1]) for line in lines if line.startswith(key)), 0)


def _tree_memory_kb(pid: int) -> tuple[int, int]:
    """(RSS, PSS) summed over `pid` and all its descendants now (kB, from /proc). Summed RSS
    counts the pages forked workers share with their forkserver once per process; PSS shares
    each page out among the processes holding it, so its sum is what the tree really uses."""
    rss = pss = 0
    todo = [pid]
    while todo:
        current = todo.pop()
        try:
            rss += _kb(f"/proc/{current}/status", "VmRSS:")
            pss += _kb(f"/proc/{current}/smaps_rollup", "Pss:")
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children", encoding="ascii") as kids:
                    todo.extend(int(k) for k in kids.read().split())
        except (OSError, ValueError):
            continue  # the process has just ended
    return rss, pss


def measure(argv: list[str], *, quiet: bool = True, tree: bool = True) -> Run:
    """Run `argv` to completion; its wall time and peak RSS: ru_maxrss of wait4 (the largest
    single process of the tree), or, when larger and `tree` is set, the largest sum over the
    process and its descendants (extraction workers, their forkserver) sampled every 50 ms
    from /proc; and the largest PSS sum over the same tree. The speed runs set no `tree`:
    reading smaps_rollup of five processes 20 times a second costs CPU on the cores measured,
    more for newsbrief's tree than for the bare spider's one process."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), str(HERE)]))
    out = subprocess.DEVNULL if quiet else None
    start = time.perf_counter()
    proc = subprocess.Popen(argv, cwd=ROOT, env=env, stdout=out, stderr=subprocess.PIPE)
    assert proc.stderr is not None
    peak = [0, 0]
    done = threading.Event()

    def sample() -> None:
        while not done.wait(0.05):
            rss, pss = _tree_memory_kb(proc.pid)
            peak[:] = max(peak[0], rss), max(peak[1], pss)

    sampler = threading.Thread(target=sample, daemon=True)
    if tree:
        sampler.start()
    err = proc.stderr.read()  # read to the end (never block the child on a full pipe)
    done.set()
    if tree:
        sampler.join()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - start
    if proc.returncode not in (0, 3):
        sys.stderr.write(err.decode("utf-8", "replace")[-3000:])
        raise SystemExit(f"{argv[1:4]} failed ({proc.returncode})")
    return Run(seconds, max(usage.ru_maxrss, peak[0]) / 1024, proc.returncode, peak[1] / 1024)


def start_site() -> tuple[subprocess.Popen[str], str]:
    """The loopback site in its own process; (process, base URL)."""
    proc = subprocess.Popen(
        [sys.executable, str(HERE / "fakesite.py")], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    port = int(proc.stdout.readline().split()[1])
    return proc, f"http://127.0.0.1:{port}"


def build_pages(base: str, pages: int) -> None:
    """Have the site build its first `pages` articles now and serve them from memory: the
    site's own CPU (about 1.8 ms a page to build) then stays out of the measured runs, which
    share its two cores (fakesite.py)."""
    with urllib.request.urlopen(f"{base}/_build?pages={pages}", timeout=600) as answer:
        answer.read()


def cpu_seconds(pid: int) -> float | None:
    """CPU time (user + system) a process has used so far, from /proc; None off Linux."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def site_share(site_pid: int, run: Callable[[], Run], pages: int) -> tuple[Run, str]:
    """`run()` and the site's CPU per page during it (printed beside each speed figure)."""
    before = cpu_seconds(site_pid)
    done = run()
    after = cpu_seconds(site_pid)
    if before is None or after is None:
        return done, ""
    return done, f" (site: {(after - before) / pages * 1000:.2f} ms CPU a page)"


def overlay(work: Path, pages: int, workers: int = -1) -> Path:
    """The crawl config both crawlers share: no delay, no AutoThrottle, robots obeyed
    (`workers`: newsbrief's extract_workers; -1 is its default)."""
    path = work / "bench.toml"
    path.write_text(
        f"extract_workers = {workers}\n"
        "[crawl]\n"
        "download_delay = 0.0\n"
        "autothrottle = false\n"
        "obey_robots = true\n"
        f"concurrent_per_domain = {CONCURRENCY}\n"
        f"max_pages = {pages + 10}\n"
        "allow_loopback = true\n",
        encoding="utf-8",
    )
    return path


def newsbrief_crawl(
    base: str, pages: int, work: Path, workers: int = -1, *, tree: bool = True
) -> Run:
    """`newsbrief crawl SITEMAP --db --out`: extract, store and write every page (`tree`:
    sample the memory of its process tree, see `measure`)."""
    tag = f"crawl-{pages}"
    (work / f"{tag}.sqlite3").unlink(missing_ok=True)
    return measure(
        [
            sys.executable,
            "-m",
            "pipeline.app.cli",
            "-q",
            "crawl",
            f"{base}/sitemap-{pages}.xml",
            "--config",
            str(overlay(work, pages, workers)),
            "--db",
            str(work / f"{tag}.sqlite3"),
            "--out",
            str(work / f"{tag}.jsonl"),
        ],
        tree=tree,
    )


def bare_crawl(base: str, pages: int, work: Path) -> Run:
    return measure(
        [
            sys.executable,
            str(HERE / "bare_spider.py"),
            f"{base}/sitemap-{pages}.xml",
            str(work / f"bare-{pages}.bin"),
            "--concurrency",
            str(CONCURRENCY),
        ],
        tree=False,
    )


def write_warc(path: Path, pages: int) -> None:
    """A WARC of `pages` generated article pages (as a crawl would have archived them)."""
    code = (
        "import sys\n"
        "from fakesite import article_page, article_url\n"
        "from pipeline.storage.archive import ArchiveWriter, ReplayEntry\n"
        "base, n = 'http://127.0.0.1:8000', int(sys.argv[2])\n"
        "with ArchiveWriter(sys.argv[1]) as w:\n"
        "    for i in range(n):\n"
        "        w.write(ReplayEntry(article_url(base, i), 200,\n"
        "            (('Content-Type', 'text/html; charset=utf-8'),), article_page(i, base)))\n"
    )
    measure([sys.executable, "-c", code, str(path), str(pages)])


def newsbrief_process(warc: Path, work: Path) -> Run:
    return measure(
        [
            sys.executable,
            "-m",
            "pipeline.app.cli",
            "-q",
            "process",
            str(warc),
            "--out",
            str(work / "process.jsonl"),
        ]
    )


def verdict(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=2000, help="pages of the speed comparison")
    parser.add_argument(
        "--rss", type=int, nargs=2, default=(1000, 10000), metavar=("SMALL", "LARGE")
    )
    parser.add_argument("--process", type=int, default=5000, help="pages in the WARC")
    parser.add_argument("--quick", action="store_true", help="200 / 100, 1000 / 500 pages")
    parser.add_argument(
        "--repeats", type=int, default=3, help="speed pairs (bare, newsbrief) run in turn"
    )
    parser.add_argument("--skip", nargs="*", default=(), choices=("speed", "rss", "process"))
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    parser.add_argument(
        "--frontier",
        action="store_true",
        help="only two workers on one Redis frontier against one (frontier_bench.py)",
    )
    args = parser.parse_args()
    if args.quick:
        args.pages, args.rss, args.process = 200, (100, 1000), 500
    missed = []
    print(f"{os.cpu_count()} CPU(s); concurrency {CONCURRENCY} per domain; pages ~90 KB")
    compile_sources()
    site, base = start_site()
    try:
        with tempfile.TemporaryDirectory(prefix="newsbrief-bench-") as tmp:
            work = Path(tmp)
            if args.frontier:
                from frontier_bench import frontier  # only this mode needs redis-server

                missed += frontier(base, args.pages, overlay(work, args.pages))
                args.skip = ("speed", "rss", "process")
            if "speed" not in args.skip:
                missed += speed(base, args.pages, work, site.pid, args.repeats)
            if "rss" not in args.skip:
                missed += rss(base, args.rss, work)
            if "process" not in args.skip:
                missed += process(args.process, work)
    finally:
        site.terminate()
        site.wait()
    return 1 if args.check and missed else 0


def compile_sources() -> None:
    """Write the bytecode of the project and of the two crawlers before any is measured, as
    installing a package does (pip compiles it): with PYTHONDONTWRITEBYTECODE set, or in a
    fresh checkout, every newsbrief run would otherwise compile its ~170 modules from source
    (about 0.2 s of CPU a crawl, in the crawling process and the forkserver), while Scrapy's
    were compiled when it was installed."""
    for folder in (ROOT / "pipeline", ROOT / "spiders", HERE):
        compileall.compile_dir(folder, quiet=1)


def speed(base: str, pages: int, work: Path, site_pid: int, repeats: int = 3) -> list[str]:
    """The two crawlers in turn, `repeats` times (a machine's pace drifts over a minute: each
    pair shares its minute), each pair's ratio printed; the verdict is on the median ratio."""
    build_pages(base, pages)
    ratios, bare_rates = [], []
    for _ in range(repeats):
        bare, bare_site = site_share(site_pid, lambda: bare_crawl(base, pages, work), pages)
        ours, our_site = site_share(
            site_pid, lambda: newsbrief_crawl(base, pages, work, tree=False), pages
        )
        bare_rate, our_rate = pages / bare.seconds, pages / ours.seconds
        ratios.append(our_rate / bare_rate)
        bare_rates.append(bare_rate)
        print(
            f"bare Scrapy spider, {pages} pages: {bare.seconds:.1f} s, {bare_rate:.1f} pages/s"
            f"{bare_site}"
        )
        print(
            f"newsbrief crawl,   {pages} pages: {ours.seconds:.1f} s, {our_rate:.1f} pages/s"
            f"{our_site}  -> {ratios[-1]:.2f}x"
        )
    alone = newsbrief_crawl(base, pages, work, workers=0, tree=False)
    print(
        f"  (extract_workers = 0, all in the crawling process: {alone.seconds:.1f} s, "
        f"{pages / alone.seconds:.1f} pages/s, "
        f"{pages / alone.seconds / statistics.median(bare_rates):.2f}x the median bare rate)"
    )
    ratio = statistics.median(ratios)
    print(
        f"ratio {ratio:.2f}x, the median of {repeats} (target >= {MIN_RATIO}x): "
        f"{verdict(ratio >= MIN_RATIO)}"
    )
    return [] if ratio >= MIN_RATIO else ["speed"]


def rss(base: str, sizes: tuple[int, int], work: Path) -> list[str]:
    small, large = (newsbrief_crawl(base, n, work) for n in sizes)
    for n, run in zip(sizes, (small, large), strict=True):
        print(
            f"newsbrief crawl, {n} pages: peak RSS {run.rss_mb:.0f} MB, PSS {run.pss_mb:.0f} MB "
            f"({run.seconds:.0f} s)"
        )
    growth = large.rss_mb - small.rss_mb
    ok = growth <= MAX_RSS_GROWTH_MB
    print(f"growth {growth:.0f} MB (target <= {MAX_RSS_GROWTH_MB:.0f} MB): {verdict(ok)}")
    return [] if ok else ["rss"]


def process(pages: int, work: Path) -> list[str]:
    warc = work / f"pages-{pages}.warc.gz"
    write_warc(warc, pages)
    run = newsbrief_process(warc, work)
    ok = run.rss_mb < MAX_PROCESS_RSS_MB
    print(
        f"newsbrief process, {pages}-page WARC ({warc.stat().st_size / 1e6:.0f} MB): peak RSS "
        f"{run.rss_mb:.0f} MB ({run.seconds:.0f} s, {pages / run.seconds:.1f} pages/s); "
        f"target < {MAX_PROCESS_RSS_MB:.0f} MB: {verdict(ok)}"
    )
    return [] if ok else ["process"]


if __name__ == "__main__":
    sys.exit(main())
