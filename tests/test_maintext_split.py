"""The generic extractor on articles split into several wrappers of one template.

News pages cut a long article with ad slots: each part sits in its own wrapper
(`<div class="story-part"><div class="story-body">...</div></div>`), the wrappers side by
side, the ad between them. The best-scoring part alone is half the article. Each test fails
on the extractor as it was before such wrappers were read as the article's parts.
"""

from __future__ import annotations

from pipeline.maintext.core import own_paragraphs

PART_1 = [
    "The sale is a complicated beast, showing how different structures treat shareholders.",
    "First, let us say what the sale is not: it is not a sale of the publicly traded company.",
    "The sale is being done in two steps, the first one a transfer of assets to a subsidiary.",
]
PART_2 = [
    "In the second step, at the closing, the company will sell the subsidiary to the buyer.",
    "Because it is a sale of a subsidiary, the money will be paid to the company itself.",
    "Its shareholders will not receive any money unless the company pays out a dividend.",
    "The buyer will then run the business under the same umbrella as its other properties.",
    "As for the remaining company, it will become a holding company for investments.",
]
INTRO = "A short intro that sums up the story in one sentence, before the body starts."
NOTICE = "All rights reserved. No part of this site may be reproduced without our consent."
TEASERS = "".join(
    f"<li><a href='/story/{i}'>Another story about markets, number {i}, read it now</a></li>"
    for i in range(8)
)


def _page(inner: str) -> str:
    return (
        "<html><head><title>A complicated sale - The Daily</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/business'>Business</a></nav>"
        f"<div id='main'>{inner}</div>"
        "<footer>About us - Contact - Terms</footer></body></html>"
    )


def _paras(paras: list[str]) -> str:
    return "".join(f"<p>{p}</p>" for p in paras)


def _split_article(before: str = "", after: str = "") -> str:
    return _page(
        f"{before}"
        f"<div class='story-part'><div class='story-body'>{_paras(PART_1)}</div></div>"
        "<div class='interrupter'><a href='#part-2'>Continue reading the main story</a></div>"
        f"<div class='story-part'><div class='story-body'>{_paras(PART_2)}</div></div>"
        f"<div class='story-part'><ul>{TEASERS}</ul></div>"
        f"{after}"
    )


def test_article_split_by_an_ad_slot_is_read_whole() -> None:
    paras = own_paragraphs(_split_article())
    assert paras == PART_1 + PART_2  # not PART_2 alone, and not the teaser list of the template


def test_intro_before_the_wrapped_body_is_kept_but_not_its_header_or_a_notice_after_it() -> None:
    header = (
        "<div class='header'><h1>A complicated sale</h1>"
        "<p>By <a href='/a/jane'>Jane Doe</a>, a reporter who covers deals, mergers and "
        "markets for the business desk, <a href='/business'>Business</a></p></div>"
    )
    page = _split_article(before=f"{header}<p>{INTRO}</p>", after=f"<div>{NOTICE}</div>")
    paras = own_paragraphs(page)
    assert paras == [INTRO, *PART_1, *PART_2]


def test_single_wrapped_article_keeps_its_own_siblings_rule() -> None:
    # one wrapper, nothing of its class beside it: the wrapped body alone, as before
    page = _page(
        f"<div class='story-part'><div class='story-body'>{_paras(PART_2)}</div></div>"
        f"<div class='more'><ul>{TEASERS}</ul></div><div>{NOTICE}</div>"
    )
    assert own_paragraphs(page) == PART_2
