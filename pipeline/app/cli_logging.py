"""The CLI's log lines on stderr: text or JSON lines, our loggers and the third-party
libraries' each at their level (`setup_logging`, run once by `newsbrief` before a command)."""

from __future__ import annotations

import json
import logging
import sys

from pipeline.app.say import SAY_LOGGER
from pipeline.app.say import set_json as set_say_json
from pipeline.errors import one_line

# The logger of a story run's closing summary (story_report), kept at INFO even with -q.
SUMMARY_LOGGER = "newsbrief.summary"


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


class _TextFormatter(logging.Formatter):
    """`LEVEL logger: message`, the message on one line (`one_line`: a URL, header or parser
    error from a hostile page cannot split it or write a line of its own); a traceback (-v)
    follows on its lines. Third-party debug and info lines (-v: Scrapy's settings and stats
    dumps, printed over several lines) stay as they are."""

    def formatMessage(self, record: logging.LogRecord) -> str:  # noqa: N802 - logging's name
        text = super().formatMessage(record)
        if record.levelno < logging.WARNING and record.name.split(".", 1)[0] in _LIBRARIES:
            return text
        return one_line(text)


def setup_logging(fmt: str, verbosity: int) -> None:
    """Log lines on stderr (text, or JSON lines). Default: our INFO lines, third-party
    libraries (Scrapy's versions, settings, middleware lists, stats dump) at WARNING; -v: our
    DEBUG and Scrapy's INFO; -vv: Scrapy's DEBUG too; -q: warnings and errors only."""
    level = logging.WARNING if verbosity < 0 else logging.DEBUG if verbosity > 0 else logging.INFO
    handler = logging.StreamHandler(sys.stderr)
    handler.set_name(HANDLER_NAME)
    handler.setFormatter(
        JsonFormatter() if fmt == "json" else _TextFormatter("%(levelname)s %(name)s: %(message)s")
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
