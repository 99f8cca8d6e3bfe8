"""The `newsbrief` command (CLI contract of ARCHITECTURE.md).

Exit codes: 0 done; 1 failed (or nothing matched the story); 2 bad input or config (the
message names the input); 3 done with some pages rejected, blocked or failed (run.json says
which); 4 another run holds the lock; 5 the network failed (no page could be fetched).
Heavy modules (scrapy, transformers, torch) are imported inside the commands that need them:
`pipeline.app.story` and `pipeline.app.commands` import Scrapy (the crawl), so they are
imported by the commands that use them, and `newsbrief --help` starts fast.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import signal
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import BinaryIO, NoReturn

from pipeline.app.forkserver import warm_up
from pipeline.app.newstory import add_story_arguments, story_command
from pipeline.app.progress import set_enabled
from pipeline.app.say import SAY_LOGGER, say
from pipeline.app.say import set_json as set_say_json
from pipeline.config import PipelineConfig, load_pipeline_config
from pipeline.errors import (
    ConfigError,
    ExitCode,
    InputError,
    LockHeld,
    PipelineError,
    Rejected,
    describe_exception,
)
from pipeline.records import RawPage, RejectReason
from spiders.frontier import DEFAULT_IDLE
from spiders.urlkind import url_kind

logger = logging.getLogger("newsbrief")

EPILOG = """exit codes: 0 done; 1 failed, or no article matched the story; 2 bad input or
config; 3 done with some pages rejected, blocked or failed (see run.json and rejects.jsonl);
4 another run holds the story's lock; 5 the network failed: no page could be fetched."""
SUMMARY_LOGGER = "newsbrief.summary"  # pipeline.app.story_report's; at INFO even with -q


class JsonFormatter(logging.Formatter):
    """One JSON object per line, for cron and log collectors."""

    def format(self, record: logging.LogRecord) -> str:
        data = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S%z"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        summary = getattr(record, "summary", None)
        if summary is not None:
            data["summary"] = summary
        if record.exc_info:
            data["exception"] = self.formatException(record.exc_info)
        return json.dumps(data, ensure_ascii=False)


def setup_logging(fmt: str, verbosity: int) -> None:
    """Log lines on stderr (text, or JSON lines). Default: our INFO lines, third-party
    libraries (Scrapy's versions, settings, middleware lists, stats dump) at WARNING; -v: our
    DEBUG and Scrapy's INFO; -vv: Scrapy's DEBUG too; -q: warnings and errors only."""
    level = logging.WARNING if verbosity < 0 else logging.DEBUG if verbosity > 0 else logging.INFO
    handler = logging.StreamHandler(sys.stderr)
    handler.set_name(HANDLER_NAME)
    handler.setFormatter(
        JsonFormatter()
        if fmt == "json"
        else logging.Formatter("%(levelname)s %(name)s: %(message)s")
    )
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    library = {0: logging.WARNING, 1: logging.INFO}.get(max(verbosity, 0), logging.DEBUG)
    fallback = {0: logging.CRITICAL, 1: logging.WARNING}.get(max(verbosity, 0), logging.DEBUG)
    for noisy in _LIBRARIES:
        logging.getLogger(noisy).setLevel(library)
    for name in _FALLBACKS:
        logging.getLogger(name).setLevel(fallback)
    # Scrapy resets its loggers to DEBUG when a crawl starts (and logs its versions then):
    # the handler itself drops library lines under the chosen level.
    handler.addFilter(_LibraryFilter(library))
    logging.getLogger(SUMMARY_LOGGER).setLevel(logging.INFO)
    logging.getLogger(SAY_LOGGER).setLevel(logging.INFO)
    set_say_json(fmt == "json")


HANDLER_NAME = "newsbrief"  # the stderr handler setup_logging installs on the root logger
_LIBRARIES = ("scrapy", "twisted", "jieba", "filelock", "urllib3", "httpx", "transformers")
# The extractor's fallback (trafilatura and what it calls) logs a page it cannot read at ERROR
# ("empty HTML tree", "discarding data"): our reject of that page says it already, so those
# lines show from -v on.
_FALLBACKS = ("trafilatura", "htmldate", "courlan", "justext", "readability")


class _LibraryFilter(logging.Filter):
    """Drop third-party records (Scrapy, Twisted, ...) below `level`; ours pass."""

    def __init__(self, level: int) -> None:
        super().__init__()
        self.level = level

    def filter(self, record: logging.LogRecord) -> bool:
        top = record.name.split(".", 1)[0]
        if top not in _LIBRARIES:
            return True
        if self.level > logging.INFO and record.exc_info:
            # One line, not Scrapy's traceback of a failed robots.txt fetch (-v shows it).
            record.exc_info, record.exc_text = None, None
        return record.levelno >= self.level


def _say(args: argparse.Namespace, message: str) -> None:
    """The one line ending a failed command: plain text, or a JSON log line at ERROR."""
    say(message, logging.ERROR)


def _read_capped(fh: BinaryIO, limit: int, url: str) -> bytes:
    """At most `limit` bytes of `fh`; Rejected (too_large, naming `url`) past that, the rest
    never read: a page over max_page_bytes is rejected as a crawl rejects it, and `extract
    /dev/zero` or an endless pipe does not fill the memory."""
    body = fh.read(limit + 1)
    if len(body) > limit:
        detail = f"over max_page_bytes ({limit}): not read past it"
        raise Rejected(RejectReason.TOO_LARGE, url, detail)
    return body


def _existing_file(value: str) -> Path:
    path = Path(value)
    if not path.exists():
        raise InputError(value, "no such file")
    if path.is_dir():
        raise InputError(value, "is a directory, expected a file")
    return path


# ---------------------------------------------------------------- commands


def cmd_demo(args: argparse.Namespace) -> int:
    from pipeline.app.story import demo_replay_path, demo_story_id, run_story

    return run_story(demo_story_id(), args, replay=demo_replay_path())


def _start_workers_early(args: argparse.Namespace, *, listed: bool) -> None:
    """For a live crawl known to be long (`listed`: it reads listings, a feed or a sitemap),
    start the extraction workers' forkserver before importing the crawl: it loads the
    extractor (about half a second) on another core while this process loads Scrapy and the
    crawl, instead of after. The crawl's PagePipeline decides as before whether and when
    workers start; on a frontier or with ``extract_workers = 0`` none do, and none is started
    here."""
    if getattr(args, "replay", None) is not None or not listed:
        return
    try:
        cfg = load_pipeline_config(getattr(args, "config", None))
    except PipelineError:
        return  # the command says what is wrong, with its exit code
    if getattr(args, "frontier", None) or cfg.crawl.frontier:
        return  # pages are made in the crawling process on a frontier (stream.crawl_urls)
    warm_up(cfg.extract_workers)


def cmd_run(args: argparse.Namespace) -> int:
    _start_workers_early(args, listed=True)  # a story's crawl reads its entry points' listings
    from pipeline.app.story import run_story

    return run_story(args.story, args, replay=args.replay)


def listed_crawl(args: argparse.Namespace) -> bool:
    """Whether a `crawl`'s arguments name a listing (--feed, --sitemap, a seed whose URL is a
    sitemap, feed or API): a crawl of many pages."""
    return bool(args.feed or args.sitemap) or any(map(url_kind, args.urls or ()))


def cmd_crawl(args: argparse.Namespace) -> int:
    _start_workers_early(args, listed=listed_crawl(args))
    from pipeline.app.stream import crawl_urls

    return crawl_urls(args)


def cmd_worker(args: argparse.Namespace) -> int:
    from pipeline.app.workers import run_worker

    return run_worker(args)


def cmd_process(args: argparse.Namespace) -> int:
    from pipeline.app.stream import process_archive

    return process_archive(args)


def cmd_extract(args: argparse.Namespace) -> int:
    from pipeline.pages import article_from_page

    limit = PipelineConfig().max_page_bytes
    try:
        if args.file == "-":  # a page piped in, as `trafilatura` reads stdin
            url = args.url or "stdin:"
            body = _read_capped(sys.stdin.buffer, limit, url)
            if not body.strip():
                raise InputError("-", "nothing on standard input, expected an HTML page")
        else:
            path = _existing_file(args.file)
            url = args.url or path.resolve().as_uri()
            with path.open("rb") as fh:
                body = _read_capped(fh, limit, url)
        article = article_from_page(RawPage(url=url, body=body))
    except Rejected as rej:
        print(
            json.dumps(
                {"url": rej.url, "rejected": rej.reason.value, "detail": rej.detail},
                ensure_ascii=False,
            ),
            file=sys.stdout,
        )
        return ExitCode.PARTIAL
    print(json.dumps(article.to_dict(), ensure_ascii=False, indent=2))
    return ExitCode.OK


def cmd_brief(args: argparse.Namespace) -> int:
    from pipeline.app.commands import brief_from_jsonl

    return brief_from_jsonl(args)


def cmd_factcheck(args: argparse.Namespace) -> int:
    from pipeline.app.commands import factcheck

    return factcheck(args)


def cmd_models(args: argparse.Namespace) -> int:
    from pipeline.app.commands import models_command

    return models_command(args)


def cmd_story(args: argparse.Namespace) -> int:
    return story_command(args)


def cmd_eval(args: argparse.Namespace) -> int:
    from pipeline.app.evaluate import (
        evaluate_by_corpus,
        evaluate_corpus,
        format_by_corpus,
        format_report,
        read_metadata_gold,
    )

    corpus = Path(args.corpus)
    if not (corpus / "manifest.tsv").is_file():
        raise InputError(args.corpus, "not a corpus directory: manifest.tsv is missing")
    gold = read_metadata_gold(args.metadata_gold) if args.metadata_gold else None
    if args.by_corpus:
        result = evaluate_by_corpus(corpus)
        text = format_by_corpus(result)
    else:
        result = evaluate_corpus(corpus, metadata_gold=gold)
        text = format_report(result)
    print(json.dumps(result, ensure_ascii=False, indent=2, default=str) if args.json else text)
    return ExitCode.OK


# ---------------------------------------------------------------- parser


def _add_run_options(p: argparse.ArgumentParser, *, crawls: bool = True) -> None:
    """The options of a command writing a brief; `crawls`: the store and the archive of a
    command that fetches (not `brief`, whose articles come from a file: options it would
    take and ignore are not offered)."""
    p.add_argument(
        "--backend",
        choices=("auto", "llm", "seq2seq", "extractive", "api"),
        default=None,
        help="summarizer backend (default: from configs/default.toml, 'auto')",
    )
    p.add_argument(
        "--model",
        help="Hub id or local path of the model for the llm/seq2seq backend; "
        "for --backend api, the name the endpoint serves",
    )
    p.add_argument(
        "--api-base",
        metavar="URL",
        help="--backend api: an OpenAI-compatible endpoint (http://HOST:8000/v1); "
        "key from $NEWSBRIEF_API_KEY",
    )
    p.add_argument("--offline", action="store_true", help="never touch the network for models")
    if crawls:
        p.add_argument(
            "--db",
            help="the store: a SQLite file or a postgresql:// URL (default: $NEWSBRIEF_DB or "
            "~/.local/share/newsbrief/newsbrief.sqlite3)",
        )
    p.add_argument(
        "--out", help="output root (default: output/); files go to OUT/<story>/<YYYY-MM-DD>/"
    )
    if crawls:
        p.add_argument("--archive", help="also archive every response to this WARC file (.warc.gz)")
    p.add_argument(
        "--config", help="a pipeline config overlay (TOML) on top of configs/default.toml"
    )
    p.add_argument(
        "--strict", action="store_true", help="fail (exit 1) on figures the sources do not support"
    )


def _args_run(p: argparse.ArgumentParser) -> None:
    p.add_argument("story", help="story file (configs/stories/NAME.toml) or a shipped story id")
    p.add_argument(
        "--replay",
        help="serve pages from a WARC file or a page directory with manifest.json; no network",
    )
    _add_run_options(p)
    p.add_argument(
        "--frontier",
        metavar="redis://HOST[:PORT]/N",
        help="share the crawl through this Redis (queue and duplicate filter) with "
        "`newsbrief worker` processes (default: [crawl] frontier of the config, else none)",
    )


def _args_crawl(p: argparse.ArgumentParser) -> None:
    p.add_argument("urls", nargs="*", metavar="URL", help="article URLs to fetch")
    p.add_argument(
        "-i",
        "--input",
        metavar="FILE",
        help="read URLs from FILE, one a line (- for standard input; # comments skipped)",
    )
    p.add_argument(
        "--feed",
        action="append",
        metavar="URL",
        help="an RSS / Atom / JSON feed whose articles to fetch (repeatable)",
    )
    p.add_argument(
        "--sitemap",
        action="append",
        metavar="URL",
        help="a sitemap (or index) whose pages to fetch; a site root reads the Sitemap lines "
        "of its robots.txt (repeatable)",
    )
    p.add_argument("--replay", help="serve pages from a WARC file or a page directory; no network")
    p.add_argument("--archive", help="archive every response to this WARC file (.warc.gz)")
    p.add_argument("--out", help="write one Article per line to this JSONL file (default: stdout)")
    p.add_argument(
        "--db", help="also store the articles in this store (SQLite file or postgresql:// URL)"
    )
    p.add_argument(
        "--config", help="a pipeline config overlay (TOML) on top of configs/default.toml"
    )
    p.add_argument(
        "--frontier",
        metavar="redis://HOST[:PORT]/N",
        help="share the crawl through this Redis (queue and duplicate filter) with "
        "`newsbrief worker` processes (default: [crawl] frontier of the config, else none)",
    )


def _args_worker(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--frontier",
        metavar="redis://HOST[:PORT]/N",
        help="the Redis frontier to take requests from (default: [crawl] frontier of the config)",
    )
    p.add_argument(
        "--db",
        help="the store: a SQLite file or a postgresql:// URL (default: $NEWSBRIEF_DB or "
        "~/.local/share/newsbrief/newsbrief.sqlite3)",
    )
    p.add_argument(
        "--archive",
        help="archive every response to a WARC of this worker's own, named from this path "
        "(a.warc.gz -> a.<worker id>.warc.gz)",
    )
    p.add_argument(
        "--config", help="a pipeline config overlay (TOML) on top of configs/default.toml"
    )
    p.add_argument(
        "--idle",
        type=float,
        default=DEFAULT_IDLE,
        metavar="SECONDS",
        help=f"stop once the frontier has been drained this long (default: {DEFAULT_IDLE:g})",
    )
    p.add_argument(
        "--forever", action="store_true", help="never stop on a drained frontier (a service)"
    )


def _args_process(p: argparse.ArgumentParser) -> None:
    p.add_argument("archive", help="a .warc / .warc.gz file or a directory with manifest.json")
    p.add_argument("--out", help="write one Article per line to this JSONL file (default: stdout)")
    p.add_argument(
        "--rejects",
        metavar="FILE",
        help="write rejected pages, bad archive records and truncation here (rejects.jsonl)",
    )


def _args_extract(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE.html", help="an HTML file, or - to read standard input")
    p.add_argument("--url", help="the page's URL (selects the site parser; default: the file URI)")


def _args_brief(p: argparse.ArgumentParser) -> None:
    p.add_argument("articles", metavar="ARTICLES.jsonl")
    p.add_argument("--story", required=True, help="story file or shipped story id")
    _add_run_options(p, crawls=False)


def _args_factcheck(p: argparse.ArgumentParser) -> None:
    p.add_argument("brief", metavar="BRIEF.md")
    p.add_argument(
        "--sources",
        required=True,
        nargs="+",
        help="an articles JSONL file (url, title, text per line) or .txt / .html files",
    )
    p.add_argument("--json", action="store_true", help="print the checks as JSON")


def _args_models(p: argparse.ArgumentParser) -> None:
    msub = p.add_subparsers(dest="models_command", metavar="ACTION", required=True)
    msub.add_parser("list", help="show the cached models and the configured ones")
    pull = msub.add_parser("pull", help="download a model into the HF cache, with progress")
    pull.add_argument("model_id", metavar="ID")
    pull.add_argument("--revision", default="main")


def _args_eval(p: argparse.ArgumentParser) -> None:
    esub = p.add_subparsers(dest="eval_command", metavar="WHAT", required=True)
    ext = esub.add_parser("extraction", help="score pipeline.extract.extract_text on CORPUS_DIR")
    ext.add_argument("corpus", metavar="CORPUS_DIR")
    ext.add_argument("--json", action="store_true", help="print the result as JSON")
    ext.add_argument(
        "--by-corpus",
        action="store_true",
        help="F1 per corpus directory, in-sample and with parameters fit without it",
    )
    ext.add_argument(
        "--metadata-gold",
        metavar="FILE",
        help="TSV of publication dates / authors by page name (name, published, authors; "
        "blank = not annotated), e.g. benchmarks/extraction/metadata-gold.tsv",
    )


Command = tuple[
    str, Callable[[argparse.Namespace], int], str, Callable[[argparse.ArgumentParser], None]
]
COMMANDS: tuple[Command, ...] = (
    (
        "demo",
        cmd_demo,
        "Run the main job on the embedded demo archive (its shipped story), offline.",
        _add_run_options,
    ),
    (
        "run",
        cmd_run,
        "Crawl a story's sites, store the articles and write its French brief.",
        _args_run,
    ),
    (
        "crawl",
        cmd_crawl,
        "Fetch the given URLs once (site spider by domain, else generic); print or save Articles.",
        _args_crawl,
    ),
    (
        "worker",
        cmd_worker,
        "Take requests from a Redis frontier and store each page, until it is drained.",
        _args_worker,
    ),
    (
        "process",
        cmd_process,
        "Re-extract articles offline from a WARC archive or a page directory.",
        _args_process,
    ),
    ("extract", cmd_extract, "Extract one HTML file and print the Article as JSON.", _args_extract),
    ("brief", cmd_brief, "Write a French brief from an articles JSONL file.", _args_brief),
    (
        "factcheck",
        cmd_factcheck,
        "Check every figure of a French brief against its sources.",
        _args_factcheck,
    ),
    (
        "models",
        cmd_models,
        "List the models in the local cache, or pull one from the Hub.",
        _args_models,
    ),
    (
        "story",
        cmd_story,
        "Write a commented story file to start from (story new ID --keywords ... --sites ...).",
        add_story_arguments,
    ),
    (
        "eval",
        cmd_eval,
        "Evaluate extraction on a corpus (manifest.tsv layout): P/R/F1 per language, pages/s.",
        _args_eval,
    ),
)


def _version() -> str:
    """The installed distribution's version (pyproject.toml's when run from a checkout)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("newsbrief")
    except PackageNotFoundError:
        return "unknown (not installed)"


class _Parser(argparse.ArgumentParser):
    """argparse's parser, whose usage errors are one line (as every other bad input's):
    what is wrong and where the help is, not the usage block first. Subcommands' parsers are
    of this class too (add_subparsers makes its parsers of the parent's type)."""

    def error(self, message: str) -> NoReturn:
        self.exit(ExitCode.BAD_INPUT, f"{self.prog}: error: {message} (see {self.prog} -h)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="newsbrief",
        epilog=EPILOG,
        description="Crawl news sites, extract and normalize articles, and write a French news "
        "brief about a story with its sources cited and its figures checked.",
    )
    parser.add_argument(
        "--log-format",
        choices=("text", "json"),
        default="text",
        help="log lines on stderr: human text, or JSON lines for cron",
    )
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more log output")
    parser.add_argument("-q", "--quiet", action="store_true", help="warnings and errors only")
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name, func, help_, configure in COMMANDS:
        p = sub.add_parser(name, help=help_, description=help_, epilog=EPILOG)
        p.set_defaults(func=func)
        configure(p)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    setup_logging(args.log_format, -1 if args.quiet else args.verbose)
    set_enabled(args.log_format == "text" and not args.quiet)
    try:
        code: int = args.func(args)
    except (ConfigError, InputError) as exc:
        _say(args, f"newsbrief: error: {exc}")
        return ExitCode.BAD_INPUT
    except LockHeld as exc:
        _say(args, f"newsbrief: {exc}")
        return ExitCode.LOCKED
    except PipelineError as exc:
        _say(args, f"newsbrief: failed: {exc}")
        return ExitCode.FAILED
    except KeyboardInterrupt:
        _say(args, "newsbrief: interrupted; stored articles are kept, re-run to complete")
        return 130
    except BrokenPipeError:
        # `newsbrief process ARCHIVE | head`: the reader has what it wanted. Quiet, as a
        # command killed by SIGPIPE, and nothing left for Python to flush into the closed pipe.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 128 + getattr(signal, "SIGPIPE", 13)
    except Exception as exc:  # noqa: BLE001 - a bug: one line for the user, the traceback in -v
        logger.debug("internal error", exc_info=True)
        what = describe_exception(exc)
        _say(args, f"newsbrief: internal error ({what}); stored articles are kept, -v shows more")
        return ExitCode.FAILED
    return code


if __name__ == "__main__":
    sys.exit(main())
