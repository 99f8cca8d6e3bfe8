"""The desk's signature closing an article, the initials of its writers and editors and the
agency's name (pipeline.maintext.edges `_is_signature`): "(ab/cde)", "xy, PAP",
"(ав/мк)". Pages and lines we wrote ourselves."""

from __future__ import annotations

import pytest

from pipeline.maintext.core import own_paragraphs
from pipeline.maintext.edges import _is_signature
from tests.sample_pages import HARBOUR_STORY as STORY

SIGNATURES = ["(ab/cde)", "(xy, zw)", "kor, PAP", "ANP, dvb", "(ав/мк)", "[rt]"]
NOT_SIGNATURES = ["here", "FAQ", "(AP)", "x.com", "15.", "Kiev, Ukraine", "Dom, Ogród"]


def _page(last: str) -> str:
    paras = "".join(f"<p>{p}</p>" for p in STORY)
    return (
        "<html><head><title>Harbour opens a new terminal</title></head><body>"
        f"<article><h1>Harbour opens a new terminal</h1>{paras}<p>{last}</p></article>"
        "</body></html>"
    )


@pytest.mark.parametrize("line", SIGNATURES)
def test_the_desks_initials_closing_the_text_go(line: str) -> None:
    assert own_paragraphs(_page(line)) == STORY


@pytest.mark.parametrize("line", NOT_SIGNATURES)
def test_a_short_word_or_place_is_no_signature(line: str) -> None:
    assert not _is_signature(line)
