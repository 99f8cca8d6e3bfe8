"""A block whose links outweigh its text is skipped whole as a list of links, unless it holds
1,000 characters or more outside its links (branch cleaneval26): then it is an article's text
with its lists of links inside (a story's related-stories list pasted under it, a layout
table whose side cell of links sits beside the story's cell), and each line is judged by its
own links. Pages written here; the guards are a list of links with a short caption, skipped as
before, and the related list's own lines, still dropped."""

from __future__ import annotations

from tests.sample_pages import own_text

_STORY = [
    "The council voted on Tuesday night to keep the old swimming baths open for another five"
    " years, after a campaign by residents that gathered more than four thousand signatures.",
    "Repairs to the roof and the boilers will be paid for from the sale of a car park behind"
    " the town hall, which the council had tried and failed to sell twice before.",
    "The leisure trust that runs the baths said it would extend the opening hours on weekdays"
    " and start swimming lessons for adults again from the first week of March.",
    "Campaigners said they were delighted, but warned that the building would need a new plan"
    " long before the five years were over if it was to stay open for good.",
    "A further report on the cost of heating the pool with a heat pump will come before the"
    " council in the autumn, when the budget for next year is first discussed.",
    "Residents at the meeting applauded the vote, and several said they had learnt to swim in"
    " the same pool as children, as their own children had done after them.",
    "The baths were built in 1911 with money raised by the town's mill workers, and they are"
    " one of the last public pools of their age still in use in the county.",
]
# more link text than the story's: related stories, the kind an old blog pasted under a post
_RELATED = [
    f"Town council {i}: a further look at the budget, the baths, the car park and the libraries"
    f" of the district, part {i} of our series"
    for i in range(14)
]


def _related_list() -> str:
    return "".join(f'<a href="/story/{i}">{t}</a><br>' for i, t in enumerate(_RELATED))


def _lines(page: str) -> list[str]:
    return own_text(page).splitlines()


def test_a_story_with_its_related_links_in_one_block_is_kept() -> None:
    body = "<br><br>".join(_STORY)
    page = (
        "<html><head><title>Swimming baths saved</title></head><body>"
        "<table><tr><td><p class='headline'>Swimming baths saved</p></td></tr>"
        "<tr><td><p class='timestamp'>Wednesday, June 15, 2005</p></td></tr>"
        f"<tr><td><p class='body'><span>{body}<br><br>Related:<br>{_related_list()}"
        "</span></p></td></tr></table></body></html>"
    )
    lines = _lines(page)
    assert all(p in lines for p in _STORY), lines
    assert not any(t in lines for t in _RELATED)  # (each a line of links: dropped)


def test_a_layout_table_with_the_story_beside_a_cell_of_links_is_kept() -> None:
    side = "".join(f'<a href="/s/{i}">{t}</a><br>' for i, t in enumerate(_RELATED * 2))
    page = (
        "<html><head><title>Swimming baths saved</title></head><body>"
        "<h1>Swimming baths saved</h1>"
        "<table width='100%'><tr><td width='77%'><font size='-1'>"
        + "<br><br>".join(_STORY)
        + f"</font></td><td>{side}</td></tr></table></body></html>"
    )
    lines = _lines(page)
    assert all(p in lines for p in _STORY), lines


def test_a_list_of_links_with_a_short_caption_is_still_skipped() -> None:
    story = "".join(f"<p>{p}</p>" for p in _STORY)
    caption = "Our series on the district's budget, in fourteen parts."
    page = (
        "<html><head><title>Swimming baths saved</title></head><body><article>"
        f"<h1>Swimming baths saved</h1>{story}"
        f"<div class='series'><p>{caption}</p>{_related_list()}</div>"
        "</article></body></html>"
    )
    lines = _lines(page)
    assert all(p in lines for p in _STORY), lines
    assert caption not in lines and not any(t in lines for t in _RELATED)
