"""Tables inside the article (pipeline.maintext.tables): a table of figures is not text, a
table of words is. Pages we wrote ourselves in the shape of the misses measured."""

from __future__ import annotations

import random
import re

import lxml.html

from pipeline.maintext.core import own_paragraphs
from pipeline.maintext.tables import _FIGURE, is_figure_table

STORY = [
    "The health agency published its yearly count of new cancer cases on Monday, and the"
    " city's rate was again the highest in the province.",
    "Officials said the figures partly reflect an older population and better screening,"
    " which finds more cancers early, when they can still be treated.",
    "Survival rates in the city are also the best in the province, according to the same"
    " report, which covers the five years to the end of last spring.",
]


def _page(table: str) -> str:
    return (
        "<html><head><title>City cancer rates highest</title></head><body><article>"
        f"<h1>City cancer rates highest</h1><div class='body'><p>{STORY[0]}</p>{table}"
        f"<p>{STORY[1]}</p><p>{STORY[2]}</p></div></article></body></html>"
    )


def _table(rows: list[list[str]]) -> str:
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table class='t1'><tr><th>Cancer</th><th>All</th><th>Men</th><th>Women</th></tr>{body}</table>"


def test_a_table_of_figures_is_not_text() -> None:
    rows = [
        ["Lung", "553", "NA", "553"],
        ["Breast", "502", "236", "266"],
        ["Colorectal", "492", "269", "223"],
        ["Leukemia", "151", "78", "73"],
        ["Kidney", "117", "66", "51"],
    ]
    assert own_paragraphs(_page(_table(rows))) == STORY


def test_a_table_of_words_stays() -> None:
    """A timeline of years and events, a glossary: words in most cells."""
    rows = [
        ["1998", "The first screening programme opens in the east wing of the hospital"],
        ["2004", "A second clinic opens in the north of the city near the station"],
        ["2011", "The agency begins to publish its yearly count of new cases"],
        ["2016", "Mobile screening vans start visiting the villages of the valley"],
        ["2020", "Screening stops for four months and restarts in the autumn"],
        ["2023", "The new cancer centre opens beside the university hospital"],
    ]
    table = (
        "<table>"
        + "".join(f"<tr><td>{year}</td><td>{event}</td></tr>" for year, event in rows)
        + "</table>"
    )
    text = "\n".join(own_paragraphs(_page(table)))
    assert all(p in text for p in STORY)
    assert "Mobile screening vans start visiting the villages of the valley" in text


def test_the_text_layer_of_a_chart_is_not_text() -> None:
    """A chart drawn as a picture with its labels placed over it by percentages (how ai2html
    exports a graphic), twice for two screen widths. A figure's caption under it stays."""
    labels = [
        ("4.9%", "96.6%", "$915"),
        ("4.4%", "0.1%", "Yearly cases"),
        ("34.8%", "5.4%", "600"),
        ("60.4%", "5.4%", "300"),
        ("85.7%", "5.0%", "'22"),
        ("85.7%", "90.1%", "PROJECTED"),
    ]
    layer = "".join(
        f"<div class='g-l' style='top:{top};margin-top:-9px;left:{left};width:60px;'><p>{text}</p></div>"
        for top, left, text in labels
    )
    board = f"<div class='board'><img src='chart.png'>{layer}</div>"
    caption = "<p class='cap'>New cases have risen for six years in a row, the agency says.</p>"
    chart = f"<figure><div class='graphic'>{board}{board}</div>{caption}</figure>"
    text = "\n".join(own_paragraphs(_page(chart)))
    assert all(p in text for p in STORY)
    assert "New cases have risen for six years in a row" in text
    for label in ("$915", "Yearly cases", "PROJECTED", "'22"):
        assert label not in text, label


# The figure-cell pattern as it was, "[...]*\d[...]*" with \d in the class too: the same
# answers, but quadratic on a long cell that fails at its end.
_FIGURE_BEFORE = re.compile(
    r"^[\s\d.,:;/%+\-–—()$€£¥*#]*\d[\s\d.,:;/%+\-–—()$€£¥*#]*$|^(?:NA|N/A|n/a|-|–|—)$"
)


def test_the_figure_cell_pattern_answers_as_before_on_every_short_cell() -> None:
    alphabet = [*" \t\n\u00a0.,:;/%+-–—()$€£¥*#", *"0123456789٣４", *"aN/Aé"]
    rng = random.Random(7)
    for _ in range(50_000):
        cell = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 10)))
        assert bool(_FIGURE.match(cell)) == bool(_FIGURE_BEFORE.match(cell)), repr(cell)


def test_a_table_with_a_huge_cell_of_digits_ending_in_a_word_is_a_table_of_words() -> None:
    """A cell of digits and spaces ending in a word (a mangled page): a word cell, as it was.
    The pattern before backtracked over every split of such a cell: 6 s for these 32,000
    characters, nine seconds for a whole page met by fuzzing; now one pass."""
    cells = "".join(f"<td>{n}</td>" for n in range(6))
    huge = "1 " * 16_000 + "end"
    assert _FIGURE.match(huge) is None
    table = lxml.html.fragment_fromstring(
        f"<table><tr>{cells}</tr><tr><td>{huge}</td>{cells}</tr></table>"
    )
    assert is_figure_table(table)  # 12 figure cells of 13: still a table of figures
