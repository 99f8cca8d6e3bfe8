"""The made-up market-hall story's pages read as a crawl reads them: the author tests of
several sessions build its page in their own shapes and ask the pipeline what it reads."""

from __future__ import annotations

from datetime import UTC, datetime

from pipeline.pages import article_from_page
from pipeline.records import RawPage


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
