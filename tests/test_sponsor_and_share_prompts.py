"""A news story's closing furniture lines (session 33, helper en33): a sponsor's or a wire's
credit printed under the story ("Brought to you by AAP", "Brought to You By" over a sponsor's
logo) and a prompt asking whether the reader liked the story, to share it ("Like this story?
Spread the news by clicking below:"). No gold of the English sets on disk keeps either line;
the story's own sentences that open with the same words stay. Every page here is made up."""

from __future__ import annotations

import pytest

from pipeline.maintext.linekinds import is_boilerplate_line
from tests.made_articles import article_keeping, lines_beside

_PARAGRAPHS = (
    "Two of the three embassies in the capital were cleared on Tuesday after staff found "
    "envelopes holding a white powder in their morning post.",
    "A third envelope, found at a consulate across the river, was still being examined by "
    "the fire brigade's specialist team late in the afternoon.",
    "A police spokesman said such scares happened from time to time and that checking every "
    "one of them was the standard procedure.",
)


def _story(after: str) -> list[str]:
    body = "".join(f"<p>{p}</p>" for p in _PARAGRAPHS)
    html = (
        "<html lang='en'><head><meta charset='utf-8'><title>Embassies cleared</title></head>"
        "<body><header><nav><a href='/'>Home</a> <a href='/world'>World</a></nav></header>"
        "<main><article><h1>Embassies cleared</h1><div class='story-body'>"
        f"{body}{after}</div></article></main>"
        "<footer><a href='/about'>About us</a></footer></body></html>"
    )
    url = "https://news.example.com/world/2026/12/07/embassies-cleared"
    return lines_beside(article_keeping(html, url, _PARAGRAPHS).text, _PARAGRAPHS)


@pytest.mark.parametrize(
    "line",
    [
        "<p>Brought to you by AAP</p>",
        "<div>Brought to You By <a href='/sponsor'><img src='/logo.gif' alt=''></a></div>",
        "<p>Like this story? Spread the news by clicking below:</p>",
        "<p><strong>Enjoyed this article?</strong> Share it with your friends.</p>",
    ],
)
def test_a_sponsor_credit_or_a_share_prompt_under_the_story_goes(line: str) -> None:
    assert _story(line) == []


@pytest.mark.parametrize(
    "line",
    [
        "Brought to you by AAP",
        "Brought to you by MTBR Reviews",
        "Brought to You By",
        "Like this story? Spread the news by clicking below:",
        "Did you like this story?",
        "Loved the article? Tell a friend!",
    ],
)
def test_the_lines_are_furniture(line: str) -> None:
    assert is_boilerplate_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Brought to you by popular demand, the festival returns in March with a new cast and "
        "a much longer run.",
        "Like this story, the film ends badly for almost everyone in it.",
        "I liked this story? Not really, and I said so at the time.",
        "Like the story? The minister did not, and said so to reporters twice.",
    ],
)
def test_the_story_s_own_sentences_stay(line: str) -> None:
    assert not is_boilerplate_line(line)
