"""Author kinds of session 34 (helper bylines34), on made-up pages in the shapes of today's
news sites in many languages: the place a story was filed from set in the byline box
("<div class='author-origin'>São Paulo</div>"), plural author labels ("Авторы:",
"Forfattere:", "Kirjoittajat:"), a role and its beat after a name ("Anna Schmidt, Redakteurin
Politik"), an outlet's camel-cased name after a name ("Siti Rahmawati - detikNews")."""

from __future__ import annotations

import pytest

from pipeline.web.metadata import split_authors
from tests.market_pages import market_author, market_page


@pytest.mark.parametrize(
    ("byline", "want"),
    [
        # a box of names holding only the place the story was filed from: no one
        (
            "<div class='story-author-names'><div class='story-author-origin'>São Paulo</div>"
            "</div>",
            None,
        ),
        (
            "<div class='byline'><a href='/autor/ana-souza'>Ana Souza</a> "
            "<span class='byline-location'>Rio de Janeiro</span></div>",
            "Ana Souza",
        ),
        (
            "<div class='author'><span class='author-name'>Ana Souza</span>"
            "<span class='author__city'>Lisboa</span></div>",
            "Ana Souza",
        ),
    ],
)
def test_the_place_in_a_byline_box_is_no_name(byline: str, want: str | None) -> None:
    assert market_author(market_page(byline, "pt")) == want


def test_a_byline_class_that_only_opens_with_a_place_word_is_read() -> None:
    # ("author-placeholder" is no place: its name stays)
    byline = "<div class='author-placeholder'><span>Ana Souza</span></div>"
    assert market_author(market_page(byline, "pt")) == "Ana Souza"


@pytest.mark.parametrize(
    ("line", "lang", "want"),
    [
        ("Авторы: Анна Иванова, Пётр Смирнов", "ru", "Анна Иванова, Пётр Смирнов"),
        ("Автори: Олена Коваленко, Андрій Шевчук", "uk", "Олена Коваленко, Андрій Шевчук"),
        ("Forfattere: Mette Jensen og Lars Nielsen", "da", "Mette Jensen, Lars Nielsen"),
        ("Kirjoittajat: Laura Virtanen ja Mikko Korhonen", "fi", "Laura Virtanen, Mikko Korhonen"),
    ],
)
def test_plural_author_labels_name_every_author(line: str, lang: str, want: str) -> None:
    assert market_author(market_page(f"<p class='byline'>{line}</p>", lang)) == want


@pytest.mark.parametrize(
    ("value", "want"),
    [
        ("Anna Schmidt, Redakteurin Politik", ["Anna Schmidt"]),
        ("Jan Kowalski, redaktor Sport", ["Jan Kowalski"]),
        ("Anna Schmidt, Korrespondentin in Paris", ["Anna Schmidt"]),
        # a name of two words after the comma is a co-author's, not a beat
        ("Anna Schmidt, Jonas Weber", ["Anna Schmidt", "Jonas Weber"]),
    ],
)
def test_a_role_and_its_beat_after_a_name_are_no_name(value: str, want: list[str]) -> None:
    assert split_authors(value) == want


def test_a_role_and_its_beat_in_the_byline_markup() -> None:
    byline = "<p class='byline'>Anna Schmidt, Redakteurin Politik</p>"
    assert market_author(market_page(byline, "de")) == "Anna Schmidt"


@pytest.mark.parametrize(
    ("value", "want"),
    [
        ("Siti Rahmawati - detikNews", ["Siti Rahmawati"]),
        ("Siti Rahmawati | iNews", ["Siti Rahmawati"]),
        ("Ana Souza, eKathimerini", ["Ana Souza"]),
        # guards: a particle is no outlet, nor a name's own capital
        ("Ana de Souza", ["Ana de Souza"]),
        ("Jan van Dijk, Pieter Bakker", ["Jan van Dijk", "Pieter Bakker"]),
        ("Siti Rahmawati, Budi Santoso", ["Siti Rahmawati", "Budi Santoso"]),
    ],
)
def test_an_outlets_camel_cased_name_after_a_name_is_no_name(value: str, want: list[str]) -> None:
    assert split_authors(value) == want


@pytest.mark.parametrize(
    "value",
    [
        "김민지 기자 입력 2024.05.12 14:35 수정 2024.05.12 15:00",
        "김민지 기자 기사입력 2024.05.12 14:35",
        "김민지 기자 승인 2024.05.12 14:35",
        "김민지 기자 입력",
    ],
)
def test_a_korean_reporters_posting_time_after_the_role_is_no_name(value: str) -> None:
    assert split_authors(value) == ["김민지"]


def test_a_korean_given_name_holding_a_time_label_stays_whole() -> None:
    # ("수정" is a given name too: set apart by no blank, it is the name's)
    assert split_authors("이수정 기자 입력 2024.05.12 14:35") == ["이수정"]


def test_a_korean_byline_box_with_its_posting_time() -> None:
    byline = "<div class='byline'>김민지 기자 입력 2024.05.12 14:35 수정 2024.05.12 15:00</div>"
    assert market_author(market_page(byline, "ko")) == "김민지"


def test_a_linked_name_followed_by_the_photographers_role_is_no_author() -> None:
    byline = (
        "<div class='byline'><a href='/av/anna-svensson'>Anna Svensson</a> <span>Reporter</span>"
        " <a href='/av/erik-lindqvist'>Erik Lindqvist</a> <span>Fotograf</span></div>"
    )
    assert market_author(market_page(byline, "sv")) == "Anna Svensson"


def test_a_photo_label_before_the_next_linked_name_keeps_the_writer() -> None:
    byline = (
        "<div class='byline'>Text: <a href='/av/anna-svensson'>Anna Svensson</a> Foto: "
        "<a href='/av/erik-lindqvist'>Erik Lindqvist</a></div>"
    )
    assert market_author(market_page(byline, "sv")) == "Anna Svensson"


def test_a_comment_after_a_bylines_link_is_read_past() -> None:
    byline = "<div class='byline'><a href='/av/anna-svensson'>Anna Svensson</a><!-- x --></div>"
    assert market_author(market_page(byline, "sv")) == "Anna Svensson"
