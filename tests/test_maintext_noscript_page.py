"""A `<noscript>` that opens a wrapper its script writes otherwise (`<noscript><div id="nav">
</noscript>`) makes libxml2 nest the rest of the page in the `<noscript>`; a browser shows the
page after it. Such a `<noscript>`, holding most of the page's text, is unwrapped, not dropped
(`pruning._free_noscript`); a pixel's or a player's fallback still goes. Pages we wrote."""

from __future__ import annotations

from pipeline.maintext.core import own_paragraphs

_STORY = [
    "Hospital workers in the north of the city walked out for a day on Thursday, the first "
    "strike at the site in twenty years, over a plan to move cleaning staff to a contractor.",
    "The union said more than three hundred members joined the picket lines, and that the "
    "wards were staffed by volunteers who agreed to cover emergencies during the stoppage.",
    "Managers said the plan would save money for patient care, but the workers said the "
    "contractor had cut pay and holidays at two other hospitals in the region last year.",
    "Talks are due to resume next week, and the union has warned that a second and longer "
    "strike will follow in the spring if the plan is not withdrawn before the end of March.",
]
_WRITER = "<script>document.write('<div id=nav1>')</script>"


def _page(noscript_opening: str) -> str:
    story = "".join(f"<p>{p}</p>" for p in _STORY)
    return (
        "<html><head><title>Hospital strike</title></head><body>"
        f"{_WRITER}{noscript_opening}"
        "<ul><li><a href='/a'>Home</a></li><li><a href='/b'>News</a></li></ul></div>"
        f"<div id='content'><h1>Hospital strike</h1>{story}</div>"
        "<div id='foot'>Contact us</div></body></html>"
    )


def test_page_nested_in_a_noscript_is_read() -> None:
    assert own_paragraphs(_page("<noscript><div id='nav'></noscript>")) == _STORY


def test_closed_noscript_is_still_dropped() -> None:
    fallback = "Your browser does not run scripts: the menu below needs them to open and close."
    page = _page(f"<noscript><p>{fallback}</p></noscript><div id='nav'>")
    paragraphs = own_paragraphs(page)
    assert paragraphs == _STORY
    assert fallback not in paragraphs
