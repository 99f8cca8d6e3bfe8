"""A results or TV-guide widget of many sections, each opened by a caption row (one cell
spanning the row) over rows of short cells, does not outscore a short article written as
lines cut by <br>: a caption is no paragraph (`blockscore.paragraph_score`)."""

from __future__ import annotations

from pipeline.maintext.blockscore import paragraph_score
from pipeline.maintext.core import own_paragraphs
from pipeline.web.html import compute_stats, parse

_LEAGUES = [
    "Volleyball. Northern regional women's championship, first division 2012/13",
    "Basketball. Twenty-first national men's championship, premier league 2012/13",
    "Football. National cup of the republic, the spring rounds of 2013",
    "Handball. Eastern regional youth league for clubs under twenty 2012/13",
    "Hockey. Second division of the national championship for reserve squads",
    "Futsal. National championship of clubs in the southern region 2013",
    "Tennis. Open indoor tournament of the capital for women, the second round",
    "Volleyball. Northern regional men's championship, second division 2012/13",
    "Basketball. National women's league of the republic, the regular season",
    "Football. Reserve squads' tournament of the premier league clubs in 2013",
]


def _widget() -> str:
    rows = []
    for i, league in enumerate(_LEAGUES):
        rows.append(f'<tr><td colspan="3" class="title">{league}</td></tr>')
        for j in range(6):
            rows.append(
                f"<tr><td>River Town {i}{j}</td><td>Hill Rovers {j}{i}</td><td>1{j}:30</td></tr>"
            )
    return f'<div class="results"><table>{"".join(rows)}</table></div>'


_STORY = (
    "Scientists in the capital found that memory begins to slip well before old age, the "
    "institute said on Friday.<br><br>"
    "Over ten years the team tested the attention, memory and reasoning of several thousand "
    "office workers aged between forty-five and seventy.<br><br>"
    "Until now such changes were thought to start after sixty, so the finding may help to "
    "spot the first signs of decline much earlier."
)


def _page() -> str:
    return (
        "<html><head><title>Memory slips earlier than thought</title></head><body>"
        '<div class="page"><div class="content"><div class="news">'
        '<p class="date">6 January 2012, 15:08</p>'
        f'<div class="text">{_STORY}</div></div></div>'
        f'<div class="side"><div class="box"><div class="tabs">{_widget()}</div></div></div>'
        "</div></body></html>"
    )


def test_a_results_widget_of_captioned_sections_does_not_beat_a_short_lined_story() -> None:
    paras = own_paragraphs(_page())
    text = "\n".join(paras)
    assert "memory begins to slip" in text
    assert "spot the first signs of decline" in text
    assert "River Town" not in text and "Volleyball." not in text


def _score(html: str, xpath: str) -> float:
    doc = parse(html)
    st = compute_stats(doc)
    return paragraph_score(doc.xpath(xpath)[0], st)


def test_a_caption_row_is_no_paragraph_but_a_spanning_cell_of_prose_is() -> None:
    caption = f'<table><tr><td colspan="2">{_LEAGUES[0]}</td></tr></table>'
    assert _score(caption, "//td") == 0.0
    sentence = (
        '<table><tr><td colspan="2">The team tested several thousand workers.</td></tr></table>'
    )
    assert _score(sentence, "//td") > 0.0
    beside = f'<table><tr><td colspan="2">{_LEAGUES[0]}</td><td>12:30</td></tr></table>'
    assert _score(beside, "//td") > 0.0
    long_cell = f'<table><tr><td colspan="2">{_LEAGUES[0]} {_LEAGUES[1]}</td></tr></table>'
    assert _score(long_cell, "//td") > 0.0
