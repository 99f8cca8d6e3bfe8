"""Byline parts that name someone other than the writer: the photographer credited beside the
writer ("By Jane Doe | Photos by John Smith"), the place the piece was written from ("Jane Doe
in London", "Ahmet Yılmaz - Ankara"), and agencies in the plural ("Staff and agencies")."""

from __future__ import annotations

import pytest

from pipeline.web.metadata import PageView
from pipeline.web.metadata.names import split_authors

_FILL = "<p>" + "The harbour board met to review the ferry timetable and its costs. " * 4 + "</p>"


def _authors(lang: str, byline: str) -> tuple[str, ...]:
    html = (
        f"<html lang='{lang}'><head><title>The ferry timetable</title></head><body>"
        "<nav><a href='/'>Home</a></nav><article><h1>The ferry timetable</h1>"
        f"<div class='byline'>{byline}</div>{_FILL}{_FILL}</article></body></html>"
    )
    view = PageView.parse(html, "https://example.org/ferry/3")
    assert view is not None
    return view.metadata().authors


@pytest.mark.parametrize(
    ("lang", "byline", "names"),
    [
        ("en", "By Jane Doe | Photos by John Smith", ("Jane Doe",)),
        ("en", "By Jane Doe; Photography by John Smith", ("Jane Doe",)),
        ("en", "By Jane Doe and Ann Lee / Video by Tom Ray", ("Jane Doe", "Ann Lee")),
        ("de", "Von Anna Müller | Fotos von Jens Schmidt", ("Anna Müller",)),
        ("fr", "Par Marie Dupont | Photos de Jean Martin", ("Marie Dupont",)),
        ("es", "Por María García | Fotos de Juan López", ("María García",)),
        ("it", "di Mario Rossi | Foto di Luca Bianchi", ("Mario Rossi",)),
    ],
)
def test_the_photographer_beside_the_writer_is_no_author(
    lang: str, byline: str, names: tuple[str, ...]
) -> None:
    assert _authors(lang, byline) == names


def test_a_picture_credit_alone_is_left_as_it_was() -> None:
    # no writer beside it: what the byline names (read before, kept)
    assert split_authors("Photos by John Smith") == ["John Smith"]


@pytest.mark.parametrize(
    ("lang", "byline", "names"),
    [
        ("en", "By Jane Doe in London", ("Jane Doe",)),
        ("en", "By Jane Doe and John Smith in Rio de Janeiro", ("Jane Doe", "John Smith")),
        ("es", "Por Juan López en Bogotá", ("Juan López",)),
        ("fr", "Par Marie Dupont à Paris", ("Marie Dupont",)),
        ("de", "Von Anna Berger aus Berlin", ("Anna Berger",)),
        ("tr", "Ahmet Yılmaz - Ankara", ("Ahmet Yılmaz",)),
    ],
)
def test_the_place_written_from_is_no_part_of_the_name(
    lang: str, byline: str, names: tuple[str, ...]
) -> None:
    assert _authors(lang, byline) == names


def test_a_name_holding_a_place_word_mid_way_is_kept() -> None:
    # lower-case words after "in": no place's name
    assert split_authors("Jane Doe in the newsroom") != ["Jane Doe"]
    assert split_authors("Jan de Vries") == ["Jan de Vries"]
    assert split_authors("Ana Costa - Ana Lima") == ["Ana Costa", "Ana Lima"]


@pytest.mark.parametrize(
    "byline", ["Staff and agencies", "Redacción y agencias", "Redazione e agenzie"]
)
def test_agencies_in_the_plural_are_no_person(byline: str) -> None:
    assert split_authors(byline) == []
