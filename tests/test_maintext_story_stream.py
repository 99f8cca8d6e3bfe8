"""A short story above an endless stream of other stories.

Big publishers' news pages print the story in an `<article>` under its headline, then append
a stream of other stories below it (endless scrolling): a list whose items each hold a linked
title and a summary of a few hundred characters. A story of two or three short paragraphs
scores less than one teaser's summary, and the summary was the text. Two ways it went wrong,
each tested here on a made-up page of that shape:

- the story's wrapper carries a class list of feature flags, one of which holds a furniture
  word ("filterNonGdprEmbeds": "gdpr", a consent notice's word); a block holding the page's
  `<h1>` and prose is searched, not dropped, but only from 500 characters on, and a short
  story is less (`misnamed.is_misnamed_article` now takes 150 beside the `<h1>` when that is
  the page's headline, the first `<h1>` in its `<title>`);
- the best block is one item's summary in the stream, not the list itself, so passing over a
  list of teasers (`container._past_teasers`) did not apply: the list holding the item is now
  passed over when the page's headline lies outside it (`blockscore.teaser_list_of`).
"""

from __future__ import annotations

from pipeline.extract import extract_text
from pipeline.web.html import parse
from pipeline.web.misnamed import PageHeadline, is_misnamed_article

HEADLINE = "Harbour ferry returns after a winter of repairs"

STORY = [
    "The harbour ferry carried its first passengers on Monday after four months in dry dock.",
    "The operator said the new engines will cut the crossing by five minutes.",
]

SUMMARY = (
    "Officials met on Friday to discuss the plan, which has divided residents for months and "
    "drawn hundreds of letters to the local paper. Supporters say it will bring jobs and new "
    "shops to the old quarter, while critics fear rising rents and the loss of the small "
    "businesses that give the streets their character. A decision is expected in the spring, "
    "after a public consultation and a further review by the planning committee, which has "
    "asked for more figures on traffic, housing and the cost of the works to the city budget."
)

TOPICS = [
    "A new tram line for the northern suburbs",
    "The market hall will close for a month",
    "Schools plan a longer summer holiday",
    "A record year for the city's airport",
    "The river park opens its second phase",
    "Museum tickets to cost less on Sundays",
]


def _stream() -> str:
    items = "".join(
        f'<li class="stream-item"><div class="item"><div class="content">'
        f'<h3><a href="/news/{i}">{topic}</a></h3><p>{topic}: {SUMMARY}</p></div></div></li>'
        for i, topic in enumerate(TOPICS)
    )
    return f'<div id="more-stories"><ul class="simple-list">{items}</ul></div>'


def _page(wrapper_class: str, title: str = HEADLINE) -> str:
    paras = "".join(f"<p>{p}</p>" for p in STORY)
    return (
        f"<html><head><title>{title}</title></head><body>"
        '<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>'
        f'<main><div id="module-article"><div class="{wrapper_class}">'
        f'<article class="story-container"><header><h1>{HEADLINE}</h1></header>'
        f'<div class="story-body">{paras}</div></article></div></div>'
        f"{_stream()}</main></body></html>"
    )


def _text(html: str) -> str:
    return extract_text(html, url="https://news.example.com/harbour-ferry-returns.html") or ""


def test_short_story_above_a_stream_of_teasers_is_the_text() -> None:
    text = _text(_page("story news"))
    for para in STORY:
        assert para in text
    assert SUMMARY not in text


def test_short_story_in_a_wrapper_named_by_a_feature_flag_is_kept() -> None:
    text = _text(_page("story news enableAds filterNonGdprEmbeds liveBlogPolling"))
    for para in STORY:
        assert para in text
    assert SUMMARY not in text


def test_short_misnamed_block_counts_only_holding_the_pages_headline() -> None:
    doc = parse(_page("story news filterNonGdprEmbeds"))
    page = PageHeadline(doc)
    block = next(el for el in doc.iter("div") if "filterNonGdprEmbeds" in (el.get("class") or ""))
    assert page.title == "".join(HEADLINE.split())
    assert is_misnamed_article(block, None, page)
    assert not is_misnamed_article(block, None, None)
    other = parse(_page("story news filterNonGdprEmbeds", title="Weather and tides"))
    block = next(el for el in other.iter("div") if "filterNonGdprEmbeds" in (el.get("class") or ""))
    assert not is_misnamed_article(block, None, PageHeadline(other))


def test_an_about_this_article_popup_repeating_the_headline_is_still_furniture() -> None:
    """A popup after the story prints the headline again in an <h1> and a line of when it
    was published: not the page's headline (the first <h1> in the title), so dropped."""
    popup = (
        f'<div class="toolbox-popup"><div class="section"><h1>{HEADLINE}</h1>'
        "This article was published on example.com at 11.32 GMT on Tuesday 17 January 2012. "
        "A version of it appeared on page 5 of the main section of the daily edition.</div></div>"
    )
    doc = parse(_page("story news").replace("</main>", f"</main>{popup}"))
    box = next(el for el in doc.iter("div") if el.get("class") == "toolbox-popup")
    assert not is_misnamed_article(box, None, PageHeadline(doc))
    text = _text(_page("story news").replace("</main>", f"</main>{popup}"))
    assert STORY[0] in text and "was published on" not in text


def test_the_page_whose_story_is_an_item_of_the_stream_keeps_it() -> None:
    """The headline inside the list: the list is not passed over (the story is one of its
    items, told in full)."""
    story = "".join(f"<p>{p}</p>" for p in STORY)
    html = _page("story news").replace(
        '<ul class="simple-list">',
        f'<ul class="simple-list"><li class="stream-item"><h1>{HEADLINE}</h1>{story}</li>',
    )
    html = html.replace(f"<header><h1>{HEADLINE}</h1></header>", "")
    text = _text(html)
    assert STORY[0] in text


def test_a_hero_pictures_caption_box_holding_the_headline_stays_furniture() -> None:
    """A hero picture's box named as a caption prints the headline over the picture and the
    picture's caption: it holds the page's headline and 150 characters beside it, and is
    still no article (its caption is not the story's text)."""
    caption = (
        "The ferry leaves the harbour on its first crossing of the year, watched by a crowd "
        "of residents who had waited on the pier since early in the morning to see it go."
    )
    body = "".join(f"<p>{p} {SUMMARY}</p>" for p in STORY)
    html = (
        f"<html><head><title>{HEADLINE}</title></head><body><main><article>"
        f'<div class="wp-caption col-xs-12 alignnone"><div class="hero"><h1>{HEADLINE}</h1></div>'
        '<div class="pic"><img src="/ferry.jpg" alt=""></div>'
        f"<p>{caption}</p></div><div class='story-body'>{body}</div>"
        "</article></main></body></html>"
    )
    text = _text(html)
    assert STORY[0] in text
    assert caption not in text
