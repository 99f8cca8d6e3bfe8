"""One page made into one article, in this process or in a worker process.

`article_from_page` is the whole per-page path (decode once, block-page check, extract,
normalize, canonical URL, language); `make_article` returns its Reject instead of raising.
The functions named ``worker_*`` are what pipeline.app.pagework's worker processes run: they
live here, below the app layer, so a worker imports only what making an article needs (not
the brief, the summarizers or the crawl).
"""

from __future__ import annotations

import logging
import multiprocessing
import multiprocessing.connection
import os
import pickle
import queue
import signal
import sys
import threading
from multiprocessing.connection import Connection

from pipeline.config import PipelineConfig
from pipeline.errors import Rejected, RejectReason, describe_exception
from pipeline.extract import extract_article, too_large
from pipeline.handoff import join_page, lean, recv_page_parts
from pipeline.records import Article, RawPage, Reject
from pipeline.sites import block_reason, canonical_url
from pipeline.text.bylines import in_language
from pipeline.text.errorpage import error_page_notice
from pipeline.text.language import apply_language, detect_language
from pipeline.text.normalize import normalize_article
from pipeline.web.captions import caption_policy
from pipeline.web.encoding import decode_body, undo_mojibake

__all__ = [
    "Answer",
    "LogLine",
    "Made",
    "article_from_page",
    "make_article",
    "worker_init",
    "worker_loop",
    "worker_make",
    "worker_ready",
]

logger = logging.getLogger(__name__)

LogLine = tuple[str, int, str]  # (logger name, level, message) logged in a worker


def article_from_page(page: RawPage, cfg: PipelineConfig | None = None) -> Article:
    """Extract, normalize and tag the language of one page. Raises Rejected."""
    cfg = cfg or PipelineConfig()
    url = page.effective_url
    if page.status >= 400:
        raise Rejected(RejectReason.HTTP_ERROR, url, f"HTTP {page.status}")
    if len(page.body) > cfg.max_page_bytes:
        raise Rejected(
            RejectReason.TOO_LARGE,
            url,
            f"{len(page.body)} bytes, over max_page_bytes ({cfg.max_page_bytes})",
        )
    decoded = decode_body(page.body, page.header("Content-Type"))
    reason = None
    if not page.block_checked:
        reason = block_reason(decoded.text, url, page.status, page.site, decoded.utf8)
    if reason:
        raise Rejected(RejectReason.BLOCKED, url, reason)
    try:
        with caption_policy(cfg.captions):
            article = extract_article(page, decoded, cfg.max_text_chars, cfg.max_elements)
    except Rejected as rej:  # (decoded once: again only for a page whose text is mojibake)
        if rej.reason is not RejectReason.UNDECODABLE:
            raise  # (too large, no article ...: the mojibake passes are not run for these)
        redone = undo_mojibake(decoded, page.header("Content-Type"))
        if redone is None:
            raise
        with caption_policy(cfg.captions):
            article = extract_article(page, redone, cfg.max_text_chars, cfg.max_elements)
    if len(article.text) > cfg.max_text_chars:
        raise too_large(url, len(article.text), cfg.max_text_chars)
    notice = error_page_notice(
        article.text, article.title
    )  # a "soft 404": the site's frame and its notice
    if notice is not None:
        raise Rejected(RejectReason.NOT_ARTICLE, url, f"an error page ({notice!r})")
    article = normalize_article(article)
    # The one canonical form (pipeline.sites.canonical_url), applied here once, so `run`,
    # `crawl`, `process` and the library give one page one id (trailing slash, tracking).
    article = article.with_changes(
        canonical_url=canonical_url(article.canonical_url or article.url)
    )
    article = apply_language(article, article.language, seed=cfg.langdetect_seed)
    if article.author:  # "Per Marta Puig" on a Catalan page declaring no language
        author = ", ".join(in_language(tuple(article.author.split(", ")), article.language))
        if author != article.author:
            article = article.with_changes(author=author)
    return article


Made = Article | Reject  # what one page became: an article, or why it is none


def make_article(page: RawPage, cfg: PipelineConfig | None = None) -> Made:
    """The article a page makes, or the Reject that says why it makes none (the pure half of
    a page handler: it may run in a worker process, see pipeline.app.pagework)."""
    try:
        return article_from_page(page, cfg)
    except Rejected as rej:
        return rej.record()
    except Exception as exc:  # noqa: BLE001 - one page's failure must not end the crawl
        # A page the code cannot make an article of is a bug met on that page: it is skipped
        # and counted (rejects.jsonl, exit 3) with one line naming it, the other pages go on.
        # The traceback is logged at debug level (-v) for the report.
        url = page.effective_url
        what = describe_exception(exc)
        logger.error("%s: extraction failed (%s); page skipped", url, what)
        logger.debug("extraction of %s failed", url, exc_info=True)
        return Reject(url, RejectReason.EXTRACTION_FAILED, what)


class _Capture(logging.Handler):
    """Collects what a worker logs during one page, to be logged again by the parent."""

    def __init__(self) -> None:
        super().__init__()
        self.lines: list[LogLine] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append((record.name, record.levelno, record.getMessage()))


_capture: _Capture | None = None


def worker_init(level: int) -> None:
    """A worker's start: log into the capture only, at the parent's level; leave Ctrl-C to
    the parent (which stops the workers) and print nothing (a worker whose parent was
    killed ends on a closed pipe: that is no news for the user's terminal)."""
    global _capture
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 (for the process's life)
    parent = multiprocessing.parent_process()
    if parent is not None:  # a parent killed outright (kill -9) leaves no worker behind
        threading.Thread(target=_end_with, args=(parent.sentinel,), daemon=True).start()
    _capture = _Capture()
    root = logging.getLogger()
    for handler in list(root.handlers):
        root.removeHandler(handler)
    root.addHandler(_capture)
    root.setLevel(level)


def _end_with(sentinel: int) -> None:
    """End this worker once its parent process has ended, whatever it was doing."""
    multiprocessing.connection.wait([sentinel])
    os._exit(0)


def worker_ready() -> bool:
    """A worker's first task: load what language detection builds once per process before
    the first page comes: langdetect's profiles, and the tables of the Han characters OpenCC
    changes, which deciding a Chinese text's script reads (about 0.17 s of CPU, paid by the
    first Chinese page otherwise). Done in the forkserver (pipeline.workerboot), it is paid
    once for all the workers forked from it."""
    detect_language("A few words in English to load the language profiles once.")
    detect_language("载入简繁字表", "zh")
    return True


def worker_make(page: RawPage, cfg: PipelineConfig | None) -> tuple[Made, list[LogLine]]:
    """`make_article` in a worker, with what it logged. An article's JSON line is encoded
    here, to be pickled with it: the crawling process, the bound of a crawl, then only
    writes it (to the store and articles.jsonl)."""
    made = make_article(page, cfg)
    if isinstance(made, Article):
        made.json_line  # noqa: B018 - computed and cached (Article.json_line)
    if _capture is None:
        return made, []
    lines, _capture.lines = _capture.lines, []
    return made, lines


# What a worker answers for one page: (made, log lines), or (None, the exception it raised).
Answer = tuple[Made, list[LogLine]] | tuple[None, BaseException]


def worker_loop(
    tasks: Connection, answers: Connection, level: int, cfg: PipelineConfig | None
) -> None:
    """A worker process's life (pipeline.app.pagework): say it is ready, then read RawPages
    from `tasks` (pipeline.handoff: `send_page`) and write each one's pickled Answer to
    `answers` (its article without the text its JSON line holds), in order, until `tasks`
    ends (the parent closed it: done).

    Answers are written by a thread of their own, so this loop never waits on a full
    `answers` pipe: the parent, which may be waiting to write the next page into `tasks`,
    can then always go on (no deadlock whatever the sizes of pages and answers)."""
    worker_init(level)
    worker_ready()
    out: queue.SimpleQueue[bytes | None] = queue.SimpleQueue()
    writer = threading.Thread(target=_write_answers, args=(out, answers), daemon=True)
    writer.start()
    out.put(pickle.dumps(True))
    while True:
        try:
            head, body = recv_page_parts(tasks)
        except EOFError:
            break
        answer: Answer
        try:
            answer = worker_make(join_page(head, body), cfg)
        except Exception as exc:  # noqa: BLE001 - raised again by the parent, at this page
            answer = (None, exc)
        try:
            # the article without its text, which its JSON line holds (pipeline.handoff)
            data = pickle.dumps((lean(answer[0]), answer[1]), pickle.HIGHEST_PROTOCOL)
        except Exception as exc:  # noqa: BLE001 - an exception that cannot cross processes
            data = pickle.dumps((None, RuntimeError(describe_exception(exc))))
        out.put(data)
    out.put(None)
    writer.join()


def _write_answers(out: queue.SimpleQueue[bytes | None], answers: Connection) -> None:
    while (data := out.get()) is not None:
        try:
            answers.send_bytes(data)
        except OSError:  # the parent is gone
            return
