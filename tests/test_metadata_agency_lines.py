"""A byline line of a name and the agency that filed with the writer, without a byline word
("Pilar Ortega / EFE", "Tomáš Dvořák, ČTK", "Ewa Zielińska | PAP"), beside a dateline: the
name is the author and the line leaves the text, as a name and a place did
(`text.bylines.place_byline`). Without a dateline beside it, or when the words before the
initials are no name, nobody is named. Made-up names on the made-up story of
`test_metadata_ml21`."""

from __future__ import annotations

import pytest

from tests.test_metadata_ml21 import article, page

DATE = "12.05.2024 14:35"


@pytest.mark.parametrize(
    ("lang", "line", "name"),
    [
        ("es", "Pilar Ortega / EFE", "Pilar Ortega"),
        ("cs", "Tomáš Dvořák, ČTK", "Tomáš Dvořák"),
        ("pl", "Ewa Zielińska | PAP", "Ewa Zielińska"),
        ("it", "Giulia Conti - ANSA", "Giulia Conti"),
        ("de", "Lena Hofmann, DPA", "Lena Hofmann"),
        ("pt", "Rita Sousa de Almeida / LUSA", "Rita Sousa de Almeida"),
    ],
)
def test_name_and_agency_beside_a_dateline(lang: str, line: str, name: str) -> None:
    got = article(page(lang, lines=(line, DATE)))
    assert got.author == name
    assert line not in got.text


@pytest.mark.parametrize(
    "line",
    [
        "Pilar Ortega / EFE",  # no dateline beside it: a kicker's shape as well
        "Economía / EFE",  # one word: a section, no name
        "las obras del puerto, EFE",  # lower case: a sentence's end
    ],
)
def test_name_and_agency_shapes_that_name_nobody(line: str) -> None:
    lines = (line,) if line.startswith("Pilar") else (line, DATE)
    got = article(page("es", lines=lines))
    assert got.author is None
    if line != "Economía / EFE":  # (a section and an agency beside a date: a source line)
        assert line in got.text


def test_an_agency_first_is_no_name() -> None:
    got = article(page("es", lines=("EFE / Madrid", DATE)))
    assert got.author is None
