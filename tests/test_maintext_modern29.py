"""A kind of page the blind proxy of modern pages (benchmarks/extraction/omnivore_set.py)
showed us losing to trafilatura, on pages we wrote.

A page of endless scrolling prints the next stories under the article, each whole with its
headline (an <h1> in its <header>), and a long one outscores a short article: the next story
is set aside (`container.next_story`). When the template puts the article's <header> apart
from a wrapper holding both the article's body and the stories appended after it, that
wrapper is no next story's block: setting it aside lost the article and left a list of
teasers. The block set aside is now the one holding the next stories only."""

from __future__ import annotations

from pipeline.maintext.core import own_paragraphs

_ARTICLE = [
    "The river ferry returned to service on Tuesday morning after six weeks in the dry dock, "
    "its owners said, ending a long detour for the people who cross the water every day.",
    "Passengers waiting at the north pier said the crossing felt smoother than before, and the "
    "first boat left on time with more than a hundred people and a dozen bicycles aboard.",
    "Engineers replaced two hull plates and the whole steering gear during the refit, which "
    "cost the city about four hundred thousand euros, a little less than it had planned.",
    "The spring timetable starts next week with a boat every twenty minutes at rush hour.",
]
_NEXT = [
    f"Paragraph {i} of the next story: the council voted on Thursday to rebuild the old "
    "market hall by the station, after a debate of four hours about its cost, its shops and "
    "the trees in the square that the plan would cut down."
    for i in range(1, 13)
]
_TEASERS = ["Storm closes the coast road", "New mayor sworn in", "School year to start later"]


def _story(headline: str, paras: list[str], body_class: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (
        f"<div class=story-added><header><h1 class=post-title>{headline}</h1>"
        f"<span class=byline>By A. Writer</span></header><div class={body_class}>{body}</div>"
        "</div>"
    )


def _page() -> str:
    teasers = "".join(f"<li><a href=/t{i}><p>{t}</p></a></li>" for i, t in enumerate(_TEASERS))
    return (
        "<html><head><title>Ferry sails again - City News</title></head><body>"
        "<nav><a href=/>Home</a> <a href=/city>City</a></nav>"
        "<div class=post-wrap><header><h1 class=post-title>Ferry sails again</h1>"
        "<span class=byline>By B. Reporter</span></header>"
        "<div class=post-main-out><div class=post-body><div class=content-main>"
        + "".join(f"<p>{p}</p>" for p in _ARTICLE)
        + "</div></div><div class=more-stories>"
        + _story("Council votes to rebuild the market hall", _NEXT, "post-add-main")
        + _story("Harbour museum opens a new wing", _NEXT[:3], "post-add-main")
        + f"</div><div class=trending><h4>Trending</h4><ul>{teasers}</ul></div></div></div>"
        "<footer><a href=/about>About us</a></footer></body></html>"
    )


def test_a_wrapper_holding_the_body_and_the_stories_after_it_is_no_next_story() -> None:
    paras = own_paragraphs(_page())
    for line in _ARTICLE:
        assert line in paras, paras
    assert not any(p.startswith("Paragraph") for p in paras), paras
