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


def news_page(
    language: str, title: str, paragraphs: Sequence[str], in_body: str = "", after_text: str = ""
) -> str:
    """A news page in `language`: a site's menu and footer around the headline `title` and the
    story's `paragraphs`, `in_body` between the second and the third, `after_text` after the
    last (the page the multilingual furniture tests print their lines on)."""
    first = "".join(f"<p>{p}</p>" for p in paragraphs[:2])
    second = "".join(f"<p>{p}</p>" for p in paragraphs[2:])
    return (
        f"<html lang='{language}'><head><meta charset='utf-8'><title>{title}</title></head>"
        "<body><header><nav><a href='/'>Home</a></nav></header>"
        f"<main><article><h1>{title}</h1><div class='article-body'>"
        f"{first}{in_body}{second}{after_text}</div></article></main>"
        "<footer><a href='/about'>About</a></footer></body></html>"
    )


def kept_beside(
    language: str, title: str, paragraphs: Sequence[str], in_body: str = "", after_text: str = ""
) -> list[str]:
    """What `make_article` keeps beside the story of `news_page` (the story asserted whole)."""
    url = f"https://news.example.com/{language}/2025/03/12/story-123.html"
    html = news_page(language, title, paragraphs, in_body, after_text)
    return lines_beside(article_keeping(html, url, paragraphs).text, paragraphs)
