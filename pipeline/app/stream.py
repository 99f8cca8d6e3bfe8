"""The streaming commands, `crawl` and `process`, and what story runs share with them (the
replay check, the frontier options), apart from the brief.

`crawl` and `process` stream: each page is extracted, stored and written out as it arrives
(from the crawl's page handler, or from a lazy archive reader), so their memory does not grow
with the number of pages. This module imports nothing of the brief, the figures or the
summarizers (`pipeline.app.steps`, `story`, `commands` do): a crawl does not load them, nor
do the extraction worker processes, which import the CLI's modules when they start.
"""

from __future__ import annotations

import argparse
import itertools
import logging
import sys
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, ExitStack, nullcontext
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, BinaryIO
from urllib.parse import urlsplit, urlunsplit

from pipeline.addresses import seed_url_problem, shown_url
from pipeline.app.heap import WarmHeap
from pipeline.app.outage import network_failed
from pipeline.app.pagework import PagePipeline, make_article
from pipeline.app.progress import progress
from pipeline.app.say import say
from pipeline.config import PipelineConfig, load_pipeline_config
from pipeline.errors import ConfigError, ExitCode, InputError
from pipeline.records import RawPage, Reject, RejectReason
from pipeline.storage.archive import ArchiveReport, check_archive_target, iter_pages
from pipeline.storage.backends import open_store
from pipeline.storage.files import (
    AtomicJsonlWriter,
    atomic_write_jsonl,
    check_not_an_input,
    check_writable_file,
)
from pipeline.storage.sqlstore import ArticleStore as Store
from spiders.frontier import DEFAULT_IDLE, FrontierOptions
from spiders.urlkind import url_kind

if TYPE_CHECKING:
    from pipeline.pages import Made
    from spiders.run import CrawlResult

logger = logging.getLogger(__name__)

__all__ = [
    "DEFAULT_IDLE",
    "ArticleSink",
    "check_replay",
    "crawl_seeds",
    "crawl_urls",
    "frontier_options",
    "process_archive",
    "sitemap_entry",
]


def frontier_options(
    args: argparse.Namespace, cfg: PipelineConfig, *, seed: bool, idle: float = 0.0
) -> FrontierOptions | None:
    """The frontier of this command (`--frontier`, else the config's `[crawl] frontier`), or
    None: the crawl stays in this process."""
    url = getattr(args, "frontier", None) or cfg.crawl.frontier
    if not url:
        return None
    heartbeat = cfg.crawl.frontier_heartbeat
    if not heartbeat > 0:
        raise ConfigError("crawl", f"frontier_heartbeat must be above 0 seconds, got {heartbeat}")
    return FrontierOptions(url=url, seed=seed, idle=idle, ttl=heartbeat)


def check_replay(replay: str | Path | None) -> None:
    if replay is None:
        return
    p = Path(replay)
    if not p.exists():
        raise InputError(str(replay), "replay archive not found")
    if p.is_dir() and not (p / "manifest.json").is_file():
        raise InputError(str(replay), "replay directory has no manifest.json")


class ArticleSink:
    """Where `crawl` and `process` put each article as it is made: the store (when given),
    then one JSON line on stdout or in the `--out` file (renamed into place at the end)."""

    def __init__(
        self, out: str | None, store: Store | None = None, cfg: PipelineConfig | None = None
    ) -> None:
        self.out = out
        self.store = store
        self.cfg = cfg
        self.rejects: list[Reject] = []
        self._writer = AtomicJsonlWriter(out) if out else None
        self.count = 0
        self.duplicates = 0
        self._ids: set[str] = set()  # one line per article id (16 hex digits each)

    def __call__(self, page: RawPage) -> None:
        """Extract one page; store and write its article, or note why it was rejected. A
        second page with an article id already written (the same page under another URL
        spelling, or twice in an archive) is counted as a duplicate, not written again."""
        self.commit(page, make_article(page, self.cfg))

    def reject(self, made: Reject) -> None:
        """Note a page that makes no article, with one line saying why."""
        detail = f": {made.detail}" if made.detail else ""
        logger.warning("%s: rejected (%s)%s", made.url, made.reason.value, detail)
        self.rejects.append(made)

    def commit(self, page: RawPage, made: Made) -> None:
        """Store and write what `page` made (`make_article`); the page's body is not read."""
        if isinstance(made, Reject):
            self.reject(made)
            return
        article = made
        if article.id in self._ids:
            logger.info("%s: duplicate of article %s, not written again", page.url, article.id)
            self.duplicates += 1
            return
        self._ids.add(article.id)
        # The store's JSON text is the line written out (`Article.json_line`, encoded once).
        if self.store is not None:
            self.store.upsert_article(article)
        if self._writer is not None:
            self._writer.write_line(article.json_line)
        else:
            print(article.json_line, flush=True)
        self.count += 1

    def __enter__(self) -> ArticleSink:
        return self

    def __exit__(
        self, exc: type[BaseException] | None, val: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._writer is None:
            return
        self._writer.__exit__(exc, val, tb)
        if exc is None:
            say(f"wrote {self.count} article(s) to {self.out}")


def crawl_urls(args: argparse.Namespace) -> int:
    """One-off crawl: URLs (arguments, `-i FILE` or stdin), and the articles listed by
    `--feed` / `--sitemap` entry points; site spider by domain, else the generic spider.
    Seeds past `max_pages` are left out before anything is fetched and reported (exit 3),
    as are listed articles past it. Each page is extracted (and stored with `--db`) as it
    arrives. With a frontier, the URLs seed it and this process is one of its workers (it
    ends once the frontier is drained)."""
    check_replay(args.replay)
    cfg = load_pipeline_config(getattr(args, "config", None))
    limit = cfg.crawl.max_pages
    seeds, stopped = crawl_seeds(args, limit)
    feeds = [_checked_url(url, "--feed") for url in args.feed or ()]
    listings = [*feeds, *map(sitemap_entry, args.sitemap or ())]
    if not seeds and not listings and args.input:  # the list given is the one to mend
        raise InputError(args.input, "no URL in it (only blank lines and # comments)")
    if not seeds and not listings:
        raise InputError(
            "crawl", "no URL to crawl: give URLs, -i FILE (- for stdin), --feed or --sitemap"
        )
    inputs = [args.db, args.replay, getattr(args, "input", None), getattr(args, "config", None)]
    _check_output_files(args.out, getattr(args, "rejects", None), inputs=inputs)
    if args.archive:
        check_archive_target(args.archive)
    left_out = [(url, f"over max_pages ({limit}): not fetched") for url in seeds[limit:]]
    if stopped is not None:
        left_out.append((stopped, f"over max_pages ({limit}): this line and the rest not read"))
    with ExitStack() as stack:
        store = stack.enter_context(open_store(args.db)) if args.db else None
        sink = stack.enter_context(ArticleSink(args.out, store, cfg))
        # Left first: every pending page is committed before the sink and the store close.
        frontier = frontier_options(args, cfg, seed=True)
        # A frontier acknowledges a request once its page is handed on: a worker process
        # holding pages not yet stored would lose them to a kill -9 (more crawl workers are
        # the way to more cores there).
        workers = 0 if frontier is not None else cfg.extract_workers
        on_page = stack.enter_context(PagePipeline(sink, workers))
        live = args.replay is None
        if live:  # the workers start, and load while Scrapy loads and starts, for a long crawl:
            if listings or any(map(url_kind, seeds)):  # a listing, by flag or by its URL
                on_page.prepare()
            else:
                on_page.expect(len(seeds))  # more than start_after URLs
        from spiders.run import crawl  # heavy (Scrapy): only for the command that crawls

        result = crawl(
            urls=[*seeds[:limit], *listings],
            replay=args.replay,
            archive=args.archive,
            crawl_cfg=cfg.crawl,
            allow_loopback=cfg.crawl.allow_loopback,
            on_page=on_page,
            on_listing=on_page.expect if live else None,  # a seed may be a sitemap or a feed
            frontier=frontier,
        )
    left_out += [
        (url, f"over max_pages ({limit}): listed, not fetched") for url in result.over_budget
    ]
    left_out += result.not_fetched  # discovered, never answered (site stopped, dropped)
    for url, detail in result.empty:  # a 204, an empty 200: said as any rejected page is
        sink.reject(Reject(url, RejectReason.EMPTY, detail))
    sink.rejects += result.archive_problems
    for problem in result.archive_problems:
        say(f"archive: {problem.url}: {problem.detail}", logging.WARNING)
    return _crawl_report(result, sink, left_out, live=args.replay is None)


def _crawl_report(
    result: CrawlResult, sink: ArticleSink, left_out: list[tuple[str, str]], *, live: bool
) -> int:
    """Every URL not made into an article, one line each on stderr, then the counts."""
    for url, reason in result.blocked:
        say(f"blocked: {url}: {reason}", logging.WARNING)
    for url, message in result.errors:
        say(f"error: {url}: {message}", logging.ERROR)
    for url in result.disallowed:
        say(f"disallowed: {url}: forbidden by robots.txt")
    for url, reason in left_out:
        say(f"left out: {url}: {reason}")
    logger.info(
        "crawl: %d article(s), %d duplicate(s), %d rejected, %d blocked, %d error(s), "
        "%d disallowed by robots.txt, %d left out",
        sink.count,
        sink.duplicates,
        len(sink.rejects),
        len(result.blocked),
        len(result.errors),
        len(result.disallowed),
        len(left_out),
    )
    if network_failed(result, live):
        return ExitCode.NETWORK
    partial = sink.rejects or result.blocked or result.errors or left_out
    return ExitCode.PARTIAL if partial else ExitCode.OK


# A line of a URL list longer than this is no URL (a binary file, /dev/zero): an error, read
# no further, instead of one line filling the memory.
MAX_LIST_LINE = 64 << 10
# URLs past max_pages read from a list and named one by one as left out; reading stops there
# (an endless standard input ends), and one line says where.
LEFT_OUT_LISTED = 1000


def crawl_seeds(args: argparse.Namespace, limit: int | None = None) -> tuple[list[str], str | None]:
    """The URLs to fetch, in order, each once: the arguments, then `-i FILE` (`-`: standard
    input; one URL per line, blank lines and # comments skipped). A line that is no http(s)
    URL, is not UTF-8 or is longer than `MAX_LIST_LINE` bytes is an InputError naming the
    file and line. With `limit` (max_pages), reading the list stops once it has given
    `limit` + `LEFT_OUT_LISTED` URL lines (or ten times as many lines); the second value is
    then where it stopped ("FILE:LINE"), else None."""
    seeds = dict.fromkeys(_checked_url(url) for url in args.urls or ())
    if not args.input:
        return list(seeds), None
    enough = None if limit is None else limit + LEFT_OUT_LISTED
    urls = 0  # URL lines read, repeats included (`yes URL` is endless too)
    with _open_list(args.input) as fh:
        for n, text in _list_lines(fh, args.input):
            where = f"{args.input}:{n}"
            # blank and comment lines count too, ten times as many (`yes ''`)
            if enough is not None and (urls >= enough or n > 10 * enough):
                return list(seeds), where
            text = text.strip()
            if text and not text.startswith("#"):
                urls += 1
                seeds[_checked_url(text, where)] = None
    return list(seeds), None


def _list_lines(fh: BinaryIO, name: str) -> Iterator[tuple[int, str]]:
    """(number, text) of each line of a URL list read as bytes, a byte-order mark left out;
    InputError naming `name`:line for a line that is not UTF-8 or too long."""
    for n in itertools.count(1):
        raw = fh.readline(MAX_LIST_LINE + 1)
        if not raw:
            return
        if len(raw) > MAX_LIST_LINE and not raw.endswith(b"\n"):
            raise InputError(
                f"{name}:{n}", f"a line longer than {MAX_LIST_LINE >> 10} KiB: not a URL list"
            )
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            bad = raw[exc.start : exc.end]
            raise InputError(f"{name}:{n}", f"not UTF-8 text (byte {exc.start}: {bad!r})") from None
        yield n, text.removeprefix("\ufeff") if n == 1 else text


def _open_list(path: str) -> AbstractContextManager[BinaryIO]:
    """The URL list to read: standard input's bytes for "-", else the file's."""
    if path == "-":
        if sys.stdin is None:  # started with standard input closed
            raise InputError("-", "no standard input to read URLs from")
        return nullcontext(sys.stdin.buffer)  # read, not closed: the process's own
    try:
        return open(path, "rb")  # noqa: SIM115 - closed by the caller's `with`
    except OSError as exc:
        raise InputError(path, f"cannot read the URL list: {exc.strerror}") from None


def _checked_url(url: str, where: str | None = None) -> str:
    """`url` when a crawl can fetch it, else an InputError naming `where` (the URL itself
    when None: a command-line argument) and what is wrong."""
    problem = seed_url_problem(url)
    if problem is None:
        return url
    if where is None:
        raise InputError(shown_url(url, quoted=False), problem)
    raise InputError(where, f"{problem}: {shown_url(url)}")


def sitemap_entry(url: str) -> str:
    """A `--sitemap` entry point: a site root means its robots.txt, whose Sitemap lines are
    followed (a sitemap or sitemap index URL is used as given)."""
    parts = urlsplit(_checked_url(url, "--sitemap"))
    if parts.path in ("", "/"):
        return urlunsplit((parts.scheme, parts.netloc, "/robots.txt", "", ""))
    return url


def _iter_archive(path: Path, report: ArchiveReport | None = None) -> Iterator[RawPage]:
    """The archive's pages one at a time (a WARC is read lazily, record by record)."""
    return iter_pages(path, report=report)


def _check_output_files(*paths: str | None, inputs: Sequence[str | None] = ()) -> None:
    """OutputError (exit 1) naming the first of the files given that could not be written
    (a directory, an unwritable folder), before anything is fetched or read; "-" is stdout.
    InputError (exit 2) when one is also an input (`crawl --db S --out S`, `process A --out
    A`, `-i urls.txt --out urls.txt`): it was replaced by the articles, the store lost."""
    for path in paths:
        if path and path != "-":
            check_writable_file(path)
            check_not_an_input(path, inputs)


def process_archive(args: argparse.Namespace) -> int:
    """Re-extract every response of a WARC file or page directory, offline, page by page.
    Bad records are skipped and reported, a truncated archive is read as far as it goes:
    both exit 3 (done, with something missing). `--rejects FILE` lists the rejected pages,
    bad records and truncation as rejects.jsonl does."""
    path = Path(args.archive)
    if not path.exists():
        raise InputError(args.archive, "no such archive")
    _check_output_files(args.out, getattr(args, "rejects", None), inputs=[args.archive])
    report = ArchiveReport(str(path))
    with ArticleSink(args.out) as sink, WarmHeap() as warm:
        # In this process: reading a WARC record costs little next to making its article,
        # so a worker process would add its memory and gain little. Once the first page is
        # made (the extractor's modules and tables loaded), the collector leaves them be.
        for page in progress(_iter_archive(path, report), desc="process"):
            sink(page)
            warm()
    for line in report.problems():
        say(f"archive: {line}", logging.WARNING)
    if getattr(args, "rejects", None):
        rows = (r.to_dict() for r in [*sink.rejects, *report.rejects()])
        say(f"wrote rejects to {atomic_write_jsonl(args.rejects, rows)}")
    return ExitCode.PARTIAL if sink.rejects or not report.clean else ExitCode.OK
