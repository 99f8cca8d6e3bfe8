"""The article's subheadings and lists kept (branch recall26), on pages we wrote ourselves:

- a subheading whose id spells its own text (an editor's anchor: "themen-sind-der-umgang-mit-
  den-medien-sowie-grundlegende-...", where "legend" is read as a figure's) is judged without
  the id's words, when it is a sentence; a short
  label with such an id ("Related articles"), or one whose id says more than its text (a
  sponsor's link slugged into it), stays furniture;
- an article printed as headed sections of one class (an Org or a page builder's export:
  each section a heading over a block of text) keeps each section's heading over its text;
- a box of key points printed between the blocks taken before the body (a subheadline in a
  box of its own) and the body's wrapper stays, in its place.
"""

from __future__ import annotations

import pytest

from tests.sample_pages import COUNCIL_STORY, HARBOUR_STORY, own_text

_SLUG = "-".join


def _slugged_page(heading: str, ident: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in COUNCIL_STORY)
    return (
        "<html><head><title>New seminars</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<main><h1>New seminars</h1><div class='entry-content'><h3 id='{ident}'>{heading}</h3>"
        f"{body}</div></main><footer><a href='/imprint'>Imprint</a></footer></body></html>"
    )


@pytest.mark.parametrize(
    "heading",
    [
        "Schwerpunkt Kommunikation: Themen sind der Umgang mit den Medien sowie"
        " grundlegende Techniken für die Pressearbeit",
        "Un taller sobre los comentarios de los vecinos y la comunicación de las asociaciones",
        "Warsztaty: reklama i promocja dla stowarzyszeń lokalnych oraz ich członków",
    ],
)
def test_a_sentence_heading_whose_id_spells_it_stays(heading: str) -> None:
    ident = _SLUG(heading.lower().replace(":", "").split())
    text = own_text(_slugged_page(heading, ident))
    assert heading in text and COUNCIL_STORY[0] in text, text


def test_a_label_heading_or_one_whose_id_says_more_stays_out() -> None:
    text = own_text(_slugged_page("Share this story", "share-this-story"))
    assert "Share this story" not in text, text
    sponsor = "Simplify the monitoring of your containers today"
    ident = _SLUG(sponsor.lower().split()) + "-utm-source-advertisement-utm-medium-newsletter"
    text = own_text(_slugged_page(sponsor, ident))
    assert sponsor not in text and COUNCIL_STORY[0] in text, text


_SECTIONS = [  # the longest section's text is the best block
    ("1 Introduction", COUNCIL_STORY[:1]),
    ("2 The harbour", HARBOUR_STORY[:1]),
    ("3 What comes next for the harbour and the city", COUNCIL_STORY[1:] + HARBOUR_STORY[1:]),
]


def _sections_page(link_last: bool = False) -> str:
    sections = ""
    for i, (heading, paragraphs) in enumerate(_SECTIONS):
        head = f"<a href='/other/{i}'>{heading}</a>" if link_last and i == 2 else heading
        body = "".join(f"<p>{p}</p>" for p in paragraphs)
        sections += (
            f"<div id='outline-{i}' class='outline-2'><h2 id='org{i}'>{head}</h2>"
            f"<div class='outline-text-2'>{body}</div></div>"
        )
    references = "".join(  # a last section of links: the whole export is no block of prose
        f"<li><a href='https://example.org/ref/{i}'>The report on the harbour, part {i}</a>.</li>"
        for i in range(1, 4)
    )
    return (
        "<html><head><title>The port and the council</title></head><body>"
        "<div class='post'><h3 class='post-title'>The port and the council</h3>"
        f"<div class='post-body'><div id='content'><h1 class='title'>The port</h1>{sections}"
        "<div id='outline-9' class='outline-2'><h2 id='org9'>4 References</h2>"
        f"<div class='outline-text-2'><ol>{references}</ol></div></div></div></div></div>"
        "<div class='sidebar'><h2>Archive</h2><ul><li><a href='/2019'>2019</a></li>"
        "<li><a href='/2018'>2018</a></li></ul></div></body></html>"
    )


def test_each_headed_sections_heading_stays_over_its_text() -> None:
    text = own_text(_sections_page())
    lines = text.split("\n")
    for heading, paragraphs in _SECTIONS:
        assert heading in lines, text
        assert lines.index(heading) < lines.index(paragraphs[0]), text
    assert "Archive" not in text, text


def test_a_sections_heading_linking_away_is_not_taken() -> None:
    text = own_text(_sections_page(link_last=True))
    assert "1 Introduction" in text and "3 What comes next" not in text, text


_POINTS = [
    "The council voted for the budget after a debate that lasted until late at night.",
    "The opposition wants to put the library cuts to a vote again in the spring.",
    "The mayor says the city must cut its debt by a third within five years.",
]


def test_key_points_between_a_subheadline_box_and_the_body_stay() -> None:
    body = "".join(f"<p>{p}</p>" for p in COUNCIL_STORY + HARBOUR_STORY)
    points = "".join(f"<li>{p}</li>" for p in _POINTS)
    page = (
        "<html><head><title>Council passes the budget</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><main><article class='news'>"
        "<h1>Council passes the budget</h1>"
        "<div class='subheader'><h2 class='story'>The mayor: “The city cannot wait”</h2></div>"
        "<div class='img-wrap'><img src='council.jpg' alt=''></div>"
        f"<div class='teaser-text'><ul>{points}</ul></div>"
        f"<div class='text-wrap'><div class='story'>{body}</div></div>"
        "</article></main><footer><a href='/imprint'>Imprint</a></footer></body></html>"
    )
    text = own_text(page)
    lines = text.split("\n")
    assert all(p in lines for p in _POINTS), text
    assert lines.index(_POINTS[-1]) < lines.index(COUNCIL_STORY[0]), text
