"""What a command says on stderr besides its log lines (what it wrote, each page blocked,
failed or left out): plain text lines, or JSON log lines under ``--log-format json``, so
that stderr stays one format for whatever reads it under cron. Said even with ``-q``: the
CLI keeps the logger at INFO, as the run summary's."""

from __future__ import annotations

import logging
import sys

from pipeline.errors import one_line, shown_bytes

__all__ = ["SAY_LOGGER", "say", "set_json"]

SAY_LOGGER = "newsbrief.say"
logger = logging.getLogger(SAY_LOGGER)
_as_json = False


def set_json(on: bool) -> None:
    """Say lines as JSON log records from now on (the CLI, for ``--log-format json``)."""
    global _as_json
    _as_json = on


def say(message: str, level: int = logging.INFO) -> None:
    """One line on stderr: `message` (its line breaks and control characters escaped:
    `one_line`), or a JSON log record at `level`. Bytes of no UTF-8 text in it (a file name
    or argument as argv hands it over) show as ``\\xNN``, as the user's shell shows them,
    not as Python's ``\\udcNN``."""
    message = shown_bytes(message)
    if _as_json:
        logger.log(level, "%s", message)
    else:
        print(one_line(message), file=sys.stderr)
