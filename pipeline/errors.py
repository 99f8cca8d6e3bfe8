"""The pipeline's small exception vocabulary (STYLE.md section 4).

Expected outcomes (a paywall, a short body, a block page, a duplicate) are `Rejected` with a
`RejectReason` (defined with the `Reject` record in records.py), never a bare ValueError or a
`None`. Every message names its input. `ExitCode` is the one list of process exit codes.
"""

from __future__ import annotations

import enum
import re

from pipeline.records import Reject, RejectReason

__all__ = [
    "ConfigError", "ExitCode", "ExtractionError", "InputError", "LockHeld", "OutputError",
    "PipelineError", "Rejected", "RejectReason", "SummarizationError", "TOO_DEEP",
    "describe_exception", "one_line", "shown_bytes",
]  # fmt: skip

# What a JSON or TOML reader's RecursionError means for a file given to us: arrays or tables
# nested thousands deep ("[[[[..."), which no record or config of ours holds.
TOO_DEEP = "nested too deep to be a record or a config"


def shown_bytes(text: str) -> str:
    """`text` as a message can print it: bytes that were not UTF-8 (lone surrogates, as argv
    and stdin hand them over) as ``\\xNN``, any other lone surrogate escaped."""
    if text.isascii():
        return text
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a surrogate no byte stands for ("\ud800" from JSON)
        return text.encode("utf-8", "backslashreplace").decode("utf-8")


# Line breaks and the other control characters a terminal acts on (ESC starts its escape
# sequences, CR rewrites the line); tab stays.
_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029]")
_ESCAPES = {"\n": "\\n", "\r": "\\r"}


def one_line(text: str) -> str:
    """`text` as one line of stderr: a line break or another control character that it holds
    (a hostile page's URL or header, a parser's error quoting the line it met) shown escaped
    (``\\n``, ``\\x1b``), so a message is never split, faked or turned into terminal
    commands."""
    if text.isprintable():
        return text
    return _CONTROL.sub(lambda m: _ESCAPES.get(m[0]) or repr(m[0])[1:-1], text)


def describe_exception(exc: BaseException, limit: int = 300) -> str:
    """ "Type: message", cut at `limit` characters: an unexpected exception in one line (a log
    line, a reject's detail, the CLI's internal-error line)."""
    return f"{type(exc).__name__}: {exc}"[:limit]


class ExitCode(enum.IntEnum):
    """The process exit codes of the CLI and of `python -m spiders.run` (ARCHITECTURE.md)."""

    OK = 0  # done
    FAILED = 1  # failed (factcheck: a figure of the brief has no support)
    BAD_INPUT = 2  # bad input or config; the message names the input
    PARTIAL = 3  # done, with some pages rejected, blocked or failed (see rejects.jsonl)
    LOCKED = 4  # another run holds the story's lock
    NETWORK = 5  # the network failed: fetches failed and no page was fetched (run.json lists them)


class PipelineError(Exception):
    """Base of every error the pipeline raises on purpose."""


class ConfigError(PipelineError):
    """A config file or option is missing or invalid; the message names it."""

    def __init__(self, source: str, problem: str) -> None:
        self.source = source
        self.problem = problem
        super().__init__(f"{source}: {problem}")


class InputError(PipelineError):
    """A file or argument given by the user cannot be used; the message names it."""

    def __init__(self, source: str, problem: str) -> None:
        self.source = source
        self.problem = problem
        super().__init__(f"{source}: {problem}")


class OutputError(PipelineError):
    """An output folder or the store cannot be written (exit 1); the message names the path."""

    def __init__(self, path: str, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(f"{path}: {problem}")


class ExtractionError(PipelineError):
    """A parser met markup it cannot handle (a bug or a layout change), not a rejection."""

    def __init__(self, site: str, url: str, field: str, problem: str = "not found") -> None:
        self.site = site
        self.url = url
        self.field = field
        super().__init__(f"{url}: {site} parser: {field}: {problem}")


class Rejected(PipelineError):
    """An expected non-article outcome, with a reason recorded in rejects.jsonl."""

    def __init__(self, reason: RejectReason, url: str, detail: str = "") -> None:
        self.reason = reason
        self.url = url
        self.detail = detail
        msg = f"{url}: rejected ({reason.value})"
        super().__init__(f"{msg}: {detail}" if detail else msg)

    def record(self) -> Reject:
        """The line of rejects.jsonl this rejection becomes."""
        return Reject(self.url, self.reason, self.detail)


class SummarizationError(PipelineError):
    pass


class LockHeld(PipelineError):
    """Another run holds the story's lock (exit code 4)."""

    def __init__(self, story: str, holder: str) -> None:
        self.story = story
        self.holder = holder
        super().__init__(f"story {story!r} is locked by another run: {holder}")
