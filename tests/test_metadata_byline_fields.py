"""Bylines naming the piece's kind before "by" ("Ein Kommentar von", "Une chronique de",
"Una columna de", "Een column van"), a byline closed by a dash and a place ("Por Maria Silva
— Rio de Janeiro"), and a name opening a line of fields whose later field is the date ("Juan
Pérez | Madrid | 8 ene 2026", "Jane Doe • March 8, 2026"); and the lines of fields that name
no one."""

from __future__ import annotations

import pytest

from pipeline.web.metadata import PageView
from pipeline.web.metadata.names import split_authors

_FILL = "<p>" + "The harbour board met to review the ferry timetable and its costs. " * 4 + "</p>"


def _authors(lang: str, article: str) -> tuple[str, ...]:
    html = (
        f"<html lang='{lang}'><head><title>Ferry - Harbour Post</title></head><body>"
        "<nav><a href='/'>Home</a></nav>"
        f"<article><h1>The ferry timetable</h1>{article}{_FILL}</article></body></html>"
    )
    view = PageView.parse(html, "https://example.org/ferry/3")
    assert view is not None
    return view.metadata().authors


@pytest.mark.parametrize(
    ("lang", "article", "names"),
    [
        ("de", "<p>Ein Kommentar von Lena Vogt</p><p>3. März 2025</p>", ("Lena Vogt",)),
        (
            "de",
            "<p>Eine Analyse von Lena Vogt und Tim Berg</p><p>3. März 2025</p>",
            ("Lena Vogt", "Tim Berg"),
        ),
        ("fr", "<p>Une chronique de Claire Martin</p><p>3 mars 2025</p>", ("Claire Martin",)),
        ("es", "<p>Una columna de Lucía Gómez</p><p>3 de marzo de 2025</p>", ("Lucía Gómez",)),
        ("nl", "<p>Een column van Pieter Smit</p><p>3 maart 2025</p>", ("Pieter Smit",)),
        ("pt", "<p>Por Ana Costa — Porto Alegre</p><p>03/03/2025 09h10</p>", ("Ana Costa",)),
        ("pt", "<p>Por Ana Costa, g1 — Recife</p><p>03/03/2025 09h10</p>", ("Ana Costa",)),
        ("es", "<p>Lucía Gómez | Sevilla | 3 mar 2025 - 09:10 CET</p>", ("Lucía Gómez",)),
        ("en", "<p>Tom Harris • March 3, 2025</p>", ("Tom Harris",)),
    ],
)
def test_bylines(lang: str, article: str, names: tuple[str, ...]) -> None:
    assert _authors(lang, article) == names


@pytest.mark.parametrize(
    "article",
    [
        "<p>World Politics | March 3, 2025</p>",
        "<p>Read More | Share This | March 3, 2025</p>",
        "<p>Los Angeles | March 3, 2025</p>",
        "<p>Tom Harris | Ferries</p>",  # no date in the line: a tag row
    ],
)
def test_lines_of_fields_naming_no_one(article: str) -> None:
    assert _authors("en", article) == ()


def test_dash_closing_a_byline() -> None:
    assert split_authors("Von Lena Vogt – Berlin") == ["Lena Vogt"]
    assert split_authors("Jane Doe — Updated 2 hours ago") == ["Jane Doe"]
    assert split_authors("— Jane Doe") == ["Jane Doe"]  # a dash opening it: kept
