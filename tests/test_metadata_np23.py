"""Author kinds found on pages nobody here had seen (session 23, newspaper4k's public test
pages, read blind): a section's name beside the date, a tool's label in the byline's box, a
person's initials read as a company's legal form. Made-up pages only."""

from __future__ import annotations

import pytest

from pipeline.web.metadata import PageView
from pipeline.web.metadata.names import split_authors
from pipeline.web.metadata.organisations import is_organisation

_TEXT = (
    "<p>The harbour authority opened a new container terminal on Monday after four years of"
    " works, doubling the port's capacity according to its director.</p>"
)


def _authors(head: str, header: str) -> list[str]:
    page = (
        f"<html><head><title>Harbour opens a new terminal</title>{head}</head><body>"
        f"<article><h1>Harbour opens a new terminal</h1>{header}{_TEXT}</article></body></html>"
    )
    view = PageView.parse(page, "https://news.example.org/2024/03/05/harbour")
    assert view is not None
    return list(view.metadata().authors)


_SECTION_OVER_DATE = "<div class='info'><p>Coast Towns</p><p>09:31 March 5, 2024</p></div>"


@pytest.mark.parametrize(
    "head",
    [
        "<meta property='article:section' content='Coast Towns'>",
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Harbour'
        ' opens a new terminal", "articleSection": ["Coast Towns"]}</script>',
    ],
)
def test_the_section_printed_beside_the_date_is_no_author(head: str) -> None:
    assert _authors(head, _SECTION_OVER_DATE) == []


def test_a_name_beside_the_date_is_still_the_author() -> None:
    """The same place holding a person's name the section does not name."""
    head = "<meta property='article:section' content='Coast Towns'>"
    header = "<div class='info'><p>Mara Quill</p><p>09:31 March 5, 2024</p></div>"
    assert _authors(head, header) == ["Mara Quill"]


@pytest.mark.parametrize("label", ["Print", "Imprimir", "Drucken"])
def test_a_tools_label_in_the_byline_box_is_no_author(label: str) -> None:
    """The byline's box holds the print link, and a desk's name where a writer's would be:
    the desk (since session 31, `web.metadata.declareddesks`), never the tool's label."""
    header = (
        f"<div id='Byline'><div class='tools'><a href='/print.html'>{label}</a></div>"
        "By <span class='author'><a href='/user/desk'>National Desk</a></span>"
        "<br>on March 5, 2024</div>"
    )
    assert _authors("", header) == ["National Desk"]


def test_initials_between_names_are_no_legal_form() -> None:
    assert split_authors("Dana A. Ford, James S.A. Corey and Tom Watkins, CNN") == [
        "Dana A. Ford",
        "James S.A. Corey",
        "Tom Watkins",
    ]


@pytest.mark.parametrize("name", ["Harbour Holdings S.A.", "Port Media S.A", "Λιμάνι Α.Ε."])
def test_a_legal_form_closing_a_name_is_still_a_company(name: str) -> None:
    assert is_organisation(name)


@pytest.mark.parametrize(
    ("byline", "want"),
    [
        ("כתב: יוסי לוי", ["יוסי לוי"]),  # Hebrew "correspondent:" (he)
        ("כתבה: דנה כהן", ["דנה כהן"]),  # (she)
        ("Theo Walcott", ["Theo Walcott"]),  # the given name
        ("Theo Hernández", ["Theo Hernández"]),
    ],
)
def test_bylines_of_more_forms(byline: str, want: list[str]) -> None:
    assert split_authors(byline) == want


def test_a_hebrew_correspondent_in_byline_markup_is_the_author() -> None:
    header = "<div class='byline'>כתבה: דנה כהן</div><time>12.05.2024 14:35</time>"
    assert _authors("", header) == ["דנה כהן"]


@pytest.mark.parametrize(
    ("byline", "want"),
    [
        ("Ana Ruiz | Palma de Mallorca | 08/01/2014", ["Ana Ruiz"]),  # name | place | date
        ("Ana Ruiz | Santa Cruz de Tenerife | 8 ene 2014", ["Ana Ruiz"]),
        ("Ana Ruiz | Pedro Gil", ["Ana Ruiz", "Pedro Gil"]),  # two names, no date: both
    ],
)
def test_the_fields_between_a_name_and_its_date_are_no_names(byline: str, want: list[str]) -> None:
    assert split_authors(byline) == want
