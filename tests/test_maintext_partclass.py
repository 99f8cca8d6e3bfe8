"""The article's parts named by the class of the block that holds its text (branch snip25),
on a page we wrote ourselves: a report printed as blocks of class "media", each opening on
an in-text picture, and a long interview (its answers quoted) deep in a collapsed panel after
them whose own "media" block is the best single container. The panel's wrapper has no class: its siblings of the
class of the block inside it are the article's other parts (as siblings of the wrapper's
own class are), not only a prose section without a picture."""

from __future__ import annotations

from tests.sample_pages import COUNCIL_STORY, HARBOUR_STORY
from tests.sample_pages import own_text as _own

_INTERVIEW = [
    f"The director answered that the {i} berths of the new quay would open by the autumn,"
    f" and that the {i} cranes ordered last year would be delivered in time for it."
    for i in range(1, 15)
]


def _part(paragraphs: list[str], picture: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<div class='media'><div class='media__image'><img src='{picture}.jpg' alt=''>"
        f"<span>Photo: {picture}</span></div>{body}</div>"
    )


def _page() -> str:
    interview = "".join(  # questions, and the answers quoted
        f"<p><strong>Question {i}: when will the quay open?</strong></p>"
        f"<blockquote><p>{answer}</p></blockquote>"
        for i, answer in enumerate(_INTERVIEW, 1)
    )
    return (
        "<html><head><title>The port and the city</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/about'>About</a></nav>"
        "<main><div class='news-detail'><h1>The port and the city</h1>"
        + _part(COUNCIL_STORY, "council")
        + _part(HARBOUR_STORY, "harbour")
        + "<div id='annex'><div class='panel-group'><div class='panel'>"
        "<a class='collapsed' href='#p1'><h4>Interview with the harbour director</h4></a>"
        "<div class='panel-collapse'><div class='panel-body'><div class='row'><div class='col'>"
        f"<div class='media'>{interview}</div></div></div></div></div></div></div></div>"
        "</div></main><footer><a href='/imprint'>Imprint</a></footer></body></html>"
    )


def test_the_parts_of_the_inner_blocks_class_are_the_articles() -> None:
    text = _own(_page())
    for paragraph in (COUNCIL_STORY[0], COUNCIL_STORY[-1], HARBOUR_STORY[0], _INTERVIEW[-1]):
        assert paragraph in text, text


def test_a_box_of_links_of_that_class_stays_out() -> None:
    others = "".join(
        f"<a href='/news/{i}'>Another story from the port, number {i}</a><br>" for i in range(6)
    )
    page = _page().replace("</div></main>", f"<div class='media'>{others}</div></div></main>")
    text = _own(page)
    assert COUNCIL_STORY[0] in text and _INTERVIEW[-1] in text, text
    assert "Another story" not in text, text
