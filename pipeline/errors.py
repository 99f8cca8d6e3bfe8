"""The pipeline's small exception vocabulary (STYLE.md section 4).

Expected outcomes (a paywall, a short body, a block page, a duplicate) are `Rejected` with a
`RejectReason`, never a bare ValueError or a `None`. Every message names its input.
"""

from __future__ import annotations

import enum


class RejectReason(enum.StrEnum):
    """Why a fetched page did not become a stored article."""

    NOT_ARTICLE = "not_article"  # list page, home page, no main text
    TOO_SHORT = "too_short"
    TOO_LARGE = "too_large"
    EMPTY = "empty"
    BLOCKED = "blocked"  # WAF interstitial, captcha, empty state
    HTTP_ERROR = "http_error"
    DUPLICATE = "duplicate"
    OFF_STORY = "off_story"
    OUT_OF_WINDOW = "out_of_window"
    UNDECODABLE = "undecodable"
    NOT_HTML = "not_html"


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


class FetchError(PipelineError):
    def __init__(self, url: str, problem: str) -> None:
        self.url = url
        self.problem = problem
        super().__init__(f"{url}: {problem}")


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


class SummarizationError(PipelineError):
    pass


class LockHeld(PipelineError):
    """Another run holds the story's lock (exit code 4)."""

    def __init__(self, story: str, holder: str) -> None:
        self.story = story
        self.holder = holder
        super().__init__(f"story {story!r} is locked by another run: {holder}")
