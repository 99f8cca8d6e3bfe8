"""An old page's article printed as lines cut by `<br>` inside one inline wrapper of a layout
table's cell (`<td><font face=...>headline<br>date<br><br>line<br>line...</font></td>`): the
cell's lines are read through the wrapper (`blockscore.has_breaks`, `_own_pieces`), so the
cell is the article's container as it is without the `<font>`. Before, the scorer saw one
paragraph, credited the `<body>`, and the page was rejected as a list of links. Pages we
wrote."""

from __future__ import annotations

import lxml.html
import pytest

from pipeline.maintext.blockscore import has_breaks, text_lines
from pipeline.maintext.core import own_paragraphs
from pipeline.pages import make_article
from pipeline.records import Article, RawPage

_STORY = [
    "Trzy godziny trwało w środę spotkanie premiera z lekarzami, którzy od tygodnia prowadzą "
    "protest pieczątkowy w przychodniach.",
    "Medycy domagają się nowelizacji ustawy refundacyjnej, która ich zdaniem przerzuca na nich "
    "odpowiedzialność za błędy urzędników.",
    "Według premiera najważniejsze zapisy ustawy nie mogą zostać zmienione, ale rząd jest gotów "
    "poprawić rozporządzenia.",
    "Lekarze zapowiedzieli, że protest potrwa co najmniej do końca miesiąca, jeśli ministerstwo "
    "nie przedstawi projektu zmian.",
    "Minister zdrowia ma przedstawić projekt nowelizacji w przyszłym tygodniu.",
]


def _page(open_wrapper: str, close_wrapper: str, cut: str = "<br>") -> str:
    menu = "".join(f"<a href='/k{i}'>Kategoria {i}</a><br>" for i in range(12))
    latest = "".join(
        f"<a href='/s{i}'>Inna wiadomość dnia numer {i}</a><br><br>" for i in range(10)
    )
    return (
        "<html><head><title>Spotkanie premiera z lekarzami - Wiadomości</title></head><body>"
        "<table width='100%'><tr><td colspan='3'><a href='/'>Strona główna</a> | "
        "<a href='/kontakt'>Kontakt</a></td></tr>"
        f"<tr><td width='150' valign='top'>{menu}</td><td valign='top'>{open_wrapper}"
        "<b>Spotkanie premiera z lekarzami</b><br>2026-01-08 14:03<br><br>"
        f"{cut.join(_STORY)}<br><br><i>Jan Kowalski</i>{close_wrapper}</td>"
        f"<td width='200' valign='top'><b>Najnowsze</b><br>{latest}</td></tr>"
        "<tr><td colspan='3'>Wszelkie prawa zastrzeżone.</td></tr></table></body></html>"
    )


@pytest.mark.parametrize(
    ("opening", "closing"),
    [
        ("<font face='Arial' size='2'>", "</font>"),
        ("<span class='tekst'>", "</span>"),
        ("<font size='2'><span>", "</span></font>"),
        ("", ""),  # (as before: the cell's own lines)
    ],
)
@pytest.mark.parametrize("cut", ["<br>", "<br><br>"])
def test_cell_of_lines_in_a_wrapper_is_the_article(opening: str, closing: str, cut: str) -> None:
    paragraphs = own_paragraphs(_page(opening, closing, cut))
    assert [p for p in paragraphs if p in _STORY] == _STORY
    assert not any("Kategoria" in p or "Inna wiadomość" in p for p in paragraphs)


def test_the_page_is_an_article_not_a_list_of_links() -> None:
    page = _page("<font face='Arial' size='2'>", "</font>").encode()
    made = make_article(RawPage(url="https://www.example.pl/kraj/1.html", body=page))
    assert isinstance(made, Article)
    assert _STORY[0] in made.text and "Kategoria 3" not in made.text


def test_breaks_read_through_inline_wrappers_not_links() -> None:
    def cell(html: str) -> lxml.html.HtmlElement:
        return lxml.html.fragment_fromstring(f"<td>{html}</td>")

    lines = "<br><br>".join(_STORY[:3])
    assert has_breaks(cell(f"<font>{lines}</font>"))
    assert text_lines(cell(f"<font><span>{lines}</span></font>")) == 3
    assert not has_breaks(cell(f"<a href='/x'>{lines}</a>"))  # a link's lines: a link
    assert not has_breaks(cell(f"<div>{lines}</div>"))  # a block child's lines: its own
    assert text_lines(cell(f"<font>{_STORY[0]}</font>")) == 1
