"""The made-up market-hall story's pages read as a crawl reads them: the author tests of
several sessions build its page in their own shapes and ask the pipeline what it reads."""

from __future__ import annotations

from datetime import UTC, datetime

from pipeline.pages import article_from_page
from pipeline.records import RawPage

STORY = (
    "The council voted on Monday to rebuild the old market hall by the river, so that a "
    "farmers' market with stalls from the whole region can open there every Saturday."
)
PARAGRAPHS = "".join(f"<p>{n}. {STORY}</p>" for n in (1, 2, 3, 4))


def market_page(byline: str, lang: str, head: str = "", first: str = "", closing: str = "") -> str:
    """The market story's page in `lang`: `head` in its <head>, `byline` under the headline
    above the date line, `first` before its paragraphs and `closing` after them."""
    return (
        f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'><title>The market "
        f"hall is rebuilt - Herald</title>{head}</head><body><main><article><h1>The market hall "
        f"is rebuilt</h1>{byline}<p class='date'>04.03.2024</p>{first}{PARAGRAPHS}{closing}"
        "</article></main></body></html>"
    )


def market_author(html: str) -> str | None:
    """The author the pipeline reads from a whole page of the made-up market story."""
    page = RawPage(
        url="https://herald.example/2024/market-hall",
        body=html.encode(),
        fetched_at=datetime(2024, 3, 5, tzinfo=UTC),
    )
    article = article_from_page(page)
    assert article is not None
    return article.author
