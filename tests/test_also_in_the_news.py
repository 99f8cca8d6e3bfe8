"""The section's other stories printed under an English news story (session 33, helper en33):
a heading "Also In The News" or "Also in World News" over the leads of other stories (the
Russian "Также в разделе" is already a related box's label). The heading goes with the
teasers under it; the story's own sentences opening "Also in ..." stay. Every page here is
made up."""

from __future__ import annotations

import pytest

from pipeline.maintext.labels import is_furniture_heading, is_furniture_label
from tests.made_articles import article_keeping, lines_beside

_PARAGRAPHS = (
    "The defending champion needed only seventy minutes on Tuesday night to reach the third "
    "round, dropping four games against a qualifier playing his first tour event.",
    "He said afterwards that the heat had been the harder opponent, and that he would spend "
    "the rest day on the practice courts rather than at the hotel pool.",
    "Also in the draw's top half, the second seed came back from a set down to beat a former "
    "finalist in a match that finished a little after midnight.",
)
_TEASERS = (
    "A former world number one has been banned for two years after a doping test taken at "
    "last year's championships came back positive, the federation said.",
    "The top seed in the women's event has pulled out with a wrist injury two days before "
    "her opening match, handing a place in the draw to a lucky loser.",
)


def _page(heading: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in _PARAGRAPHS)
    teasers = "".join(f"<p>{t}</p>" for t in _TEASERS)
    return (
        "<html lang='en'><head><meta charset='utf-8'><title>Champion cruises</title></head>"
        "<body><header><nav><a href='/'>Home</a> <a href='/sport'>Sport</a></nav></header>"
        "<main><article><h1>Champion cruises</h1><div class='story-body'>"
        f"{body}<h3>{heading}</h3>{teasers}</div></article></main>"
        "<footer><a href='/about'>About us</a></footer></body></html>"
    )


@pytest.mark.parametrize(
    "heading", ["Also In The News", "Also in World News", "Also in Middle East News"]
)
def test_the_heading_goes_with_the_other_stories_under_it(heading: str) -> None:
    url = "https://news.example.com/sport/2026/12/07/champion-cruises"
    kept = lines_beside(article_keeping(_page(heading), url, _PARAGRAPHS).text, _PARAGRAPHS)
    assert kept == []


def test_the_label_alone_is_furniture() -> None:
    assert is_furniture_label("Also In The News")
    assert is_furniture_heading("Also in UK News")


@pytest.mark.parametrize(
    "line",
    [
        "Also in attendance were the mayor and two of her deputies.",
        "Also in the news this week: the council's budget vote.",
        "Also in the room",
    ],
)
def test_other_lines_opening_the_same_way_stay(line: str) -> None:
    assert not is_furniture_heading(line)
    assert not is_furniture_label(line)
