"""An empty element set between two words as a spacer or a styled line break ("<span
class='br'></span>", an icon's empty <i>) sets them apart: the word closing one run and the
capitalised one opening the next are two words, not one. Words that the markup itself runs
together inside text ("Lady<a>Gaga</a>") are left as the page prints them."""

from __future__ import annotations

from pipeline.maintext.core import own_paragraphs
from tests.sample_pages import HARBOUR_STORY as STORY


def _page(inside: str) -> str:
    body = "".join(f"<p>{line}</p>" for line in STORY)
    return (
        "<html><head><title>Harbour opens a new terminal</title></head><body>"
        f"<h1>Harbour opens a new terminal</h1><div class='a1 b2'>{body}{inside}</div>"
        "</body></html>"
    )


def test_an_empty_spacer_sets_two_words_apart() -> None:
    para = (
        "<p>The pilots had long complained about the old quay and its silted berth."
        "<span class='q9 br'></span>Dredging began in the spring and ended in the autumn,"
        " when the first container ship tied up at the new terminal.<i class='z3'></i></p>"
    )
    paras = own_paragraphs(_page(para))
    assert any("silted berth. Dredging began" in p for p in paras)
    para = "<p>The terminal opened with a new crane system<span></span>Cranes came from abroad.</p>"
    assert any("crane system Cranes came" in p for p in own_paragraphs(_page(para)))


def test_words_the_markup_runs_together_stay_as_printed() -> None:
    para = (
        "<p>The band played songs by Lady<a href='/gaga'>Gaga</a> on the quay while the"
        " first ship was unloaded, and the crowd stayed until the evening.</p>"
    )
    assert any("by LadyGaga on the quay" in p for p in own_paragraphs(_page(para)))
