"""What the worker tests (test_pagework, test_handoff) make pages of and commit to."""

from __future__ import annotations

from pipeline.config import PipelineConfig
from pipeline.pages import Made
from pipeline.records import RawPage

HTML = {"Content-Type": "text/html; charset=utf-8"}


def page(i: int) -> RawPage:
    """A small English story page, its text made of its number."""
    words = " ".join(f"Paragraph {k} of page {i} tells what the council decided." for k in range(6))
    body = (
        f"<html lang='en'><head><title>Page {i}</title></head><body><nav>Home News</nav>"
        f"<article><h1>Page {i}</h1><p>{words}</p><p>{words.lower()}</p></article></body></html>"
    )
    return RawPage(url=f"http://127.0.0.1:1/p/{i}", body=body.encode(), headers=HTML)


class Recorder:
    """A committer that keeps what it is given, in order."""

    def __init__(self, cfg: PipelineConfig | None = None) -> None:
        self.cfg = cfg
        self.made: list[tuple[str, Made]] = []

    def commit(self, page: RawPage, made: Made) -> None:
        self.made.append((page.url, made))
