"""The page's headline when its <title> carries a long tail of section and site names
(`pipeline.maintext.headline`), on pages we wrote: the heading is the title's first piece,
though less than half of the whole title."""

from __future__ import annotations

import pytest
from lxml import html

from pipeline.maintext.container import find_headline
from pipeline.maintext.core import own_paragraphs

# (headline, the <title>: the headline and a tail of section, channel and site names)
_TITLES = [
    (
        "Harbour board approves the new ferry terminal",
        "Harbour board approves the new ferry terminal - Port and shipping - Regional "
        "business news - Harbour Daily, the newspaper of the east coast since 1881",
    ),
    (
        "港务局批准新建轮渡码头",
        "港务局批准新建轮渡码头--港口航运--地方经济-东海日报-东海新闻网_沿海地区第一新闻门户网站",
    ),
    (
        "Rada portu zatwierdziła budowę terminalu",
        "Rada portu zatwierdziła budowę terminalu | Wiadomości regionalne | Gospodarka | "
        "Dziennik Portowy, gazeta wybrzeża od 1881 roku",
    ),
]

_LEAD = (
    "The harbour board voted on Monday to build a ferry terminal on the east quay, ending "
    "two years of argument over where the ships should berth."
)
_BODY = [
    "Construction will start in the spring and is expected to take eighteen months, the "
    "board's chairwoman told reporters after the vote.",
    "Residents of the east quay had opposed the plan, saying the extra traffic would clog "
    "the narrow streets behind the harbour wall.",
    "The board said a new access road would be built before the terminal opens, paid for "
    "by the regional government and the ferry operators.",
    "Two operators have already said they will move their routes to the new terminal, "
    "which will have room for four ships at a time.",
]


def _page(title: str, headings: str) -> str:
    paras = "".join(f'<p class="t4e">{p}</p>' for p in _BODY)
    return (
        f"<html><head><title>{title}</title></head><body>"
        '<nav class="m3"><a href="/">Home</a><a href="/news">News</a></nav>'
        f'<main><div class="a8"><div class="h7">{headings}'
        '<p class="y2">By Anna Berg | 5 December 2026</p></div>'
        f'<div class="w2"><p class="r5">{_LEAD}</p></div><div class="ad0"></div>'
        f'<div class="b5"><div class="b6">{paras}</div></div></div></main></body></html>'
    )


@pytest.mark.parametrize(("headline", "title"), _TITLES, ids=["en", "zh", "pl"])
def test_a_headline_before_a_long_title_tail_is_found(headline: str, title: str) -> None:
    doc = html.fromstring(_page(title, f'<div class="k1">Business</div><h1>{headline}</h1>'))
    found = find_headline(doc.find("body"), title)
    assert found is not None and found.tag == "h1"


def test_a_section_name_in_the_title_tail_is_no_headline() -> None:
    headline, title = _TITLES[0]
    doc = html.fromstring(_page(title, "<h2>Regional business news</h2>"))
    assert find_headline(doc.find("body"), title) is None


def test_the_standfirst_after_that_headline_opens_the_text() -> None:
    # the rules keyed to "after the headline" (here the standfirst) need it found
    headline, title = _TITLES[0]
    assert own_paragraphs(_page(title, f"<h1>{headline}</h1>")) == [_LEAD, *_BODY]
