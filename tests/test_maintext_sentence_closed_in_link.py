"""A sentence whose second half is one link closing it, its stop inside the link ("... was
the insurer's spokesman<a> Link4, where he ran its communication.</a>"), under a subheading
(no prose right above it), is the article's (`pipeline.maintext.paragraphs
._is_linked_sentence`); a credit line closed by the title it links to, or a label and a link,
is not. Pages of our own."""

from __future__ import annotations

import pytest

from pipeline.maintext.core import own_paragraphs
from tests.sample_pages import HARBOUR_STORY as STORY

HEADLINE = "Harbour names a new spokesman"
SUB = "Before that at the ferry line"
LINKED = (
    "Before that he was for four years the spokesman of the ferry company<a "
    "href='/story/ferry'> Coastline, where he ran its press office, its campaigns for "
    "travellers and the internal newsletter of its crews.</a>"
)
PLAIN = (
    "Before that he was for four years the spokesman of the ferry company Coastline, where "
    "he ran its press office, its campaigns for travellers and the internal newsletter of its "
    "crews."
)


def _page(line: str) -> str:
    return (
        f"<html><head><title>{HEADLINE}</title></head><body><h1>{HEADLINE}</h1>"
        f"<div class='story'><p>{STORY[0]}</p><p>{STORY[1]}</p>"
        f"<p><strong>{SUB}</strong></p><p>{line}</p><p>{STORY[2]}</p><p>{STORY[3]}</p>"
        "</div></body></html>"
    )


def test_a_sentence_closed_in_its_link_under_a_subheading_stays() -> None:
    assert own_paragraphs(_page(LINKED)) == [STORY[0], STORY[1], SUB, PLAIN, STORY[2], STORY[3]]


@pytest.mark.parametrize(
    "line",
    [
        # a label and the link: a pointer to another story
        "Read more about the ferry company and its spokesman: <a href='/s/1'>Coastline "
        "names a new head of its press office after four years.</a>",
        # a credit closed by the linked title, few words before it
        "Photo by the harbour office <a href='/s/2'>The new spokesman at the quay on "
        "Monday morning with the mayor and the director.</a>",
    ],
)
def test_a_label_or_a_credit_closed_by_a_link_goes(line: str) -> None:
    assert own_paragraphs(_page(line)) == [STORY[0], STORY[1], SUB, STORY[2], STORY[3]]
