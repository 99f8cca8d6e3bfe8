"""A document printed in sections of one bare markup (an old template's `<div align="left">`
each, no class naming the template) is one text: the sections after the best-scoring one
are joined to it when each is a block of prose (`siblings._siblings_of`,
`parallel.same_bare_markup`). On pages we wrote: a volunteers' FAQ, a research memo; a box
of another markup, a link list and the next story under its own headline stay out."""

from __future__ import annotations

from pipeline.maintext.core import own_paragraphs

_WORK = [
    "Volunteers work alongside local teachers in the village school for about six hours "
    "a day, mostly helping pupils practise conversational English in small groups.",
    "Some teams also repair classrooms, paint the community hall or help in the kitchen "
    "garden, depending on what the host community has asked for this season.",
    "No special skills are needed: the local coordinator assigns each volunteer a task "
    "after a short conversation on the first morning of the programme.",
    "Work starts after breakfast and ends in the middle of the afternoon, and the weekends "
    "are free for rest, for walks along the coast or for visits to the nearby towns.",
]
_FOOD = [
    "The team stays in a small family hotel near the main square, two volunteers to a "
    "room, each room with its own bathroom and a window over the harbour.",
    "Breakfast and dinner are served at the hotel, and lunch is taken at the school with "
    "the pupils, who are always curious to hear about the volunteers' home towns.",
    "Vegetarian meals can be arranged when the team leader is told a few weeks ahead, and "
    "most other diets can be accommodated with some notice as well.",
]
_MONEY = [
    "The local currency is the euro, and cash machines can be found in every town of the "
    "region, though the village itself has none at all.",
    "Most volunteers bring about two hundred euros for a two-week stay, for souvenirs, "
    "coffee in the square and the weekend trips that are not part of the programme.",
]


def _nested(paragraphs: list[str]) -> str:
    # the section's paragraphs several wrappers deep, as an old editor nests them: their
    # scores decay before they reach the section
    inner = "".join(f"<p><font>{p}</font></p>" for p in paragraphs)
    return f"<div align='center'><div><div><div><div>{inner}</div></div></div></div></div>"


def _section(title: str, body: str) -> str:
    return f"<div align='left'><p><font size='6'><b>{title}</b></font></p>{body}</div>"


_TOPICS = ["Work projects", "Getting there", "Food and lodging", "Health tips", "Climate"]


def _page(sections: str) -> str:
    nav = "".join(f"<a href='/p/{i}'>Programme {i}</a><br>" for i in range(12))
    # the questions' index over the sections, in their cell: the cell adds links and
    # headings to the best section, so it is not taken whole (`widen_to_sections`)
    index = "".join(
        f"<a href='#q{i}'>{t}: your questions answered</a><br>" for i, t in enumerate(_TOPICS)
    )
    return (
        "<html><head><title>Italy: frequently asked questions</title></head><body>"
        f"<table><tr><td width='150'>{nav}</td><td><p>{index}</p>{sections}</td></tr></table>"
        "<p>Copyright 2004 Volunteers Abroad. All rights reserved.</p></body></html>"
    )


def _joined(paras: list[str]) -> str:
    return " ".join(paras)


def test_the_sections_of_one_bare_markup_after_the_best_are_the_same_document() -> None:
    first = _section("WORK PROJECTS", "".join(f"<p>{p}</p>" for p in _WORK))
    page = _page(
        first + _section("FOOD AND LODGING", _nested(_FOOD)) + _section("MONEY", _nested(_MONEY))
    )
    text = _joined(own_paragraphs(page))
    for p in _WORK + _FOOD + _MONEY:
        assert p in text
    assert "Programme 3" not in text
    assert "Copyright" not in text


def test_a_block_of_another_markup_after_the_document_stays_out() -> None:
    first = _section("WORK PROJECTS", "".join(f"<p>{p}</p>" for p in _WORK))
    other = "<div align='right'>" + _nested(_FOOD) + "</div>"  # not the sections' markup
    text = _joined(own_paragraphs(_page(first + other)))
    assert all(p in text for p in _WORK)
    assert not any(p in text for p in _FOOD)


def test_a_link_list_of_the_same_markup_stays_out() -> None:
    first = _section("WORK PROJECTS", "".join(f"<p>{p}</p>" for p in _WORK))
    links = "".join(
        f"<div><p><a href='/faq/{i}'>{p}</a></p></div>" for i, p in enumerate(_FOOD + _MONEY)
    )
    text = _joined(own_paragraphs(_page(first + f"<div align='left'>{links}</div>")))
    assert all(p in text for p in _WORK)
    assert not any(p in text for p in _FOOD + _MONEY)


def test_the_next_story_under_its_own_headline_stays_out() -> None:
    first = _section("WORK PROJECTS", "".join(f"<p>{p}</p>" for p in _WORK))
    story = "<div align='left'><h1>Harbour ferry to run all winter</h1>" + _nested(_FOOD) + "</div>"
    text = _joined(own_paragraphs(_page(first + story)))
    assert all(p in text for p in _WORK)
    assert not any(p in text for p in _FOOD)
