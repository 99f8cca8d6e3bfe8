"""The `newsbrief` command line: each command's arguments, its help and its handler
(`COMMANDS`), and the parser made of them (`build_parser`), whose usage errors are one line
and exit 2."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import NoReturn

from pipeline.app.cli_handlers import (
    cmd_brief,
    cmd_crawl,
    cmd_demo,
    cmd_eval,
    cmd_extract,
    cmd_factcheck,
    cmd_models,
    cmd_process,
    cmd_run,
    cmd_story,
    cmd_worker,
)
from pipeline.app.newstory import add_story_arguments
from pipeline.errors import ExitCode
from spiders.frontier import DEFAULT_IDLE

EPILOG = """exit codes: 0 done; 1 failed, or no article matched the story; 2 bad input or
config; 3 done with some pages rejected, blocked or failed (see run.json and rejects.jsonl);
4 another run holds the story's lock; 5 the network failed: no page could be fetched."""


def _add_frontier_option(p: argparse.ArgumentParser) -> None:
    """--frontier of a command that crawls (`run`, `crawl`): the shared Redis frontier."""
    p.add_argument(
        "--frontier",
        metavar="redis://HOST[:PORT]/N",
        help="share the crawl through this Redis (queue and duplicate filter) with "
        "`newsbrief worker` processes (default: [crawl] frontier of the config, else none)",
    )


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
    _add_frontier_option(p)


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
    _add_frontier_option(p)


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


# Options and arguments naming a file, a folder or a store: an empty value is refused. Taken
# for "not given", `--db "$DB"` with DB unset wrote into the default store, `--out ""` into
# ./output, `--archive ""` was an internal error (IsADirectoryError: '.') and `-i ""` was
# skipped, the crawl going on without the list.
_PATH_DESTS = frozenset(
    {"archive", "articles", "brief", "config", "corpus", "db", "file", "input", "metadata_gold",
     "out", "rejects", "replay", "sources", "story"}
)  # fmt: skip


def _path(value: str) -> str:
    if not value:
        raise argparse.ArgumentTypeError("an empty path (an unset variable?): give a name")
    return value


def _refuse_empty_paths(parser: argparse.ArgumentParser) -> None:
    """Give every path option of `parser` and of its subcommands the `_path` check."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                _refuse_empty_paths(sub)
        elif action.dest in _PATH_DESTS and action.type is None:
            action.type = _path


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
    _refuse_empty_paths(parser)
    return parser
