"""The Article a made-up news page makes, its story whole: the furniture tests of each
language (French, German, Spanish/Portuguese/Italian) read what else `make_article` kept."""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.pages import make_article
from pipeline.records import Article, RawPage


def article_keeping(html: str, url: str, paragraphs: Sequence[str]) -> Article:
    """The Article `make_article` makes of `html` fetched at `url`, asserted to be one and to
    hold every one of the story's `paragraphs` (a furniture rule must never cost the story)."""
    made = make_article(RawPage(url=url, body=html.encode()))
    assert isinstance(made, Article)
    for paragraph in paragraphs:
        assert paragraph in made.text
    return made


def lines_beside(text: str, paragraphs: Sequence[str]) -> list[str]:
    """The lines of `text` that are not one of the story's `paragraphs` (what was kept
    beside the story)."""
    return [line for line in text.split("\n") if line and line not in paragraphs]
