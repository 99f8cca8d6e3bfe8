"""Author kinds of session 32 (helper authors32), on made-up pages: a writer named outside
byline markup (the dated line of fields set right above the headline, "04.02.2022 | 13:10
Uhr | Jane Doe"; a "By ..." line after a heading on a page whose headline is not found), and
wrong authors that the byline markup or author values gave: a CMS's link markup inside a
JSON-LD name, an outlet's address ("SPIEGEL ONLINE, Hamburg, Germany") read as a person, a
photo's caption or credit in a byline's class ("Juan Pérez (izquierda) y ...", "Bild © ARD",
"Fotos: X/ AFP")."""

from __future__ import annotations

import json

import pytest

from pipeline.web.metadata import split_authors
from tests.market_pages import PARAGRAPHS, market_author, market_page

TITLE = "The market hall is rebuilt"


def _page(body: str, lang: str = "en", head: str = "", title: str = TITLE) -> str:
    return (
        f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'><title>{title} - "
        f"Herald</title>{head}</head><body><main><article>{body}</article></main></body></html>"
    )


ABOVE = [
    ("de", "<small>04.02.2022 | 13:10 Uhr | Uta Weber</small>", "Uta Weber"),
    ("de", "<div class='meta'>11.12.2019 - Anna Berger</div>", "Anna Berger"),
    ("en", "<p>March 8, 2026 | Jane Doe</p>", "Jane Doe"),
    ("en", "<span>Jane Doe | March 8, 2026</span>", "Jane Doe"),
    ("es", "<p>Juan Pérez | 8 de marzo de 2026</p>", "Juan Pérez"),
    ("fr", "<p>8 mars 2026 - Marie Dupont</p>", "Marie Dupont"),
]


@pytest.mark.parametrize(("lang", "line", "want"), ABOVE)
def test_a_dated_line_above_the_headline_names_the_writer(lang: str, line: str, want: str) -> None:
    page = _page(f"{line}<h1>{TITLE}</h1>{PARAGRAPHS}", lang)
    assert market_author(page) == want


def test_the_line_above_a_wrapped_headline_is_read() -> None:
    page = _page(f"<p>04.02.2022 | Uta Weber</p><header><h1>{TITLE}</h1></header>{PARAGRAPHS}")
    assert market_author(page) == "Uta Weber"


@pytest.mark.parametrize(
    "line",
    [
        "<p>Politics | Europe</p>",  # a kicker: no date
        "<p>04.02.2022 | Politik</p>",  # a section beside the date: no person's shape
        "<p>Jane Doe</p>",  # a name alone: no date
        "<nav>04.02.2022 | Jane Doe</nav>",  # the page's menu
        "<p class='caption'>04.02.2022 | Jane Doe</p>",  # a picture's caption
    ],
)
def test_no_dated_line_above_names_no_one(line: str) -> None:
    assert market_author(_page(f"{line}<h1>{TITLE}</h1>{PARAGRAPHS}")) is None


def test_a_byline_under_the_headline_comes_first() -> None:
    page = _page(f"<p>04.02.2022 | Uta Weber</p><h1>{TITLE}</h1><p>By Jane Doe</p>{PARAGRAPHS}")
    assert market_author(page) == "Jane Doe"


HEADED = [
    ("de", "<h2>Klänge der Stadt</h2><h4>Ein Film</h4><p> von <em>Klaus Weber</em></p>"),
    ("de", "<h6>Klänge der Stadt</h6><h5><em>Von Klaus Weber</em></h5>"),
    ("en", "<h2>Sounds of the city</h2><p>By Klaus Weber</p>"),
    ("fr", "<h3>Les sons de la ville</h3><p>Par Klaus Weber</p>"),
]


@pytest.mark.parametrize(("lang", "head"), HEADED)
def test_a_by_line_after_a_heading_names_the_writer_where_no_headline_is_found(
    lang: str, head: str
) -> None:
    # (the <title> names something else: no heading is the headline)
    page = _page(f"{head}{PARAGRAPHS}", lang, title="Startseite")
    assert market_author(page) == "Klaus Weber"


@pytest.mark.parametrize(
    "head",
    [
        "<h2>Sounds of the city</h2><p>By Klaus</p>",  # a first name alone
        "<h2>Sounds of the city</h2><p>By the way, the market opens on Saturday.</p>",
        "<h2>Sounds of the city</h2><p class='comment'>By Klaus Weber</p>",  # a reader's
        "<h2>Sounds of the city</h2><p>Text</p><p>More</p><p>By Klaus Weber</p>",  # too far
    ],
)
def test_no_by_line_after_a_heading_names_no_one(head: str) -> None:
    assert market_author(_page(f"{head}{PARAGRAPHS}", title="Startseite")) is None


def test_a_cms_links_markup_in_a_jsonld_name_gives_the_names() -> None:
    names = [
        "<a href='/pl/eksperci/jan-kowalski' hreflang='pl'>Jan Kowalski</a>",
        "<a href='/pl/eksperci/anna-nowak' hreflang='pl'>Anna Nowak</a>",
    ]
    ld = {"@type": "NewsArticle", "headline": TITLE, "author": {"@type": "Person", "name": names}}
    head = f"<script type='application/ld+json'>{json.dumps(ld)}</script>"
    page = _page(f"<h1>{TITLE}</h1>{PARAGRAPHS}", "pl", head)
    assert market_author(page) == "Jan Kowalski, Anna Nowak"


@pytest.mark.parametrize(
    ("value", "want"),
    [
        ("SPIEGEL ONLINE, Hamburg, Germany", []),  # an outlet's address
        ("herald.de, Frankfurt, Germany", []),
        ("Jane Doe, Berlin, Germany", ["Jane Doe"]),
        ("Von Anna Berger, Berlin", ["Anna Berger"]),  # (as before)
        ("Smith, John", ["Smith, John"]),
        ("Jane Doe, John Roe", ["Jane Doe", "John Roe"]),
        ("Juan Pérez (izquierda) y José Ruiz (derecha) en Madrid.", []),  # a caption
        ("Jane Doe (left) and John Roe", []),
        ("Anna Weber (links) und Max Muster", []),
        ("Bild © ARD", []),  # a picture's credit
        ("© Jane Doe", []),
        ("Jane Doe (Reuters)", ["Jane Doe"]),  # (as before)
    ],
)
def test_places_captions_and_credits_in_an_author_value_name_no_one(
    value: str, want: list[str]
) -> None:
    assert split_authors(value) == want


def test_a_meta_of_the_outlets_address_names_no_one() -> None:
    head = "<meta name='author' content='HERALD ONLINE, Hamburg, Germany'>"
    assert market_author(_page(f"<h1>{TITLE}</h1>{PARAGRAPHS}", "de", head)) is None


def test_a_caption_in_a_bylines_class_names_no_one() -> None:
    figure = (
        "<figure><img src='/a.jpg' alt=''><div class='cutline-byline-container'>"
        "<span class='cutline-text'><p>Juan Pérez (izquierda) y José Ruiz (derecha) en "
        "Madrid.</p></span><span class='byline-image'>Fotos: EL DIARIO/ AFP</span></div>"
        "</figure>"
    )
    assert market_author(_page(f"<h1>{TITLE}</h1>{figure}{PARAGRAPHS}", "es")) is None


def test_a_pictures_copyright_in_a_bylines_class_names_no_one() -> None:
    figure = "<figure><img src='/a.jpg' alt=''><p class='media__copyright text__byline'>Bild © ARD</p></figure>"
    assert market_author(_page(f"<h1>{TITLE}</h1>{figure}{PARAGRAPHS}", "de")) is None


@pytest.mark.parametrize(
    ("value", "want"),
    [
        ("Jane Doe\nDatum: 12.03.2024", ["Jane Doe"]),
        ("Jane Doe | Date: March 8, 2026", ["Jane Doe"]),
        ("Data: 28-04-2021, 09:29", []),
        ("Fecha: 12/03/2024", []),
        ("Дата: 12.03.2024", []),
        ("Anna Data", ["Anna Data"]),  # a surname, no label
    ],
)
def test_a_bylines_date_label_is_no_name(value: str, want: list[str]) -> None:
    assert split_authors(value) == want


@pytest.mark.parametrize(
    ("box", "want"),
    [
        ("<p class='author'>Anna Weber<br>Datum: 12.03.2024</p>", "Anna Weber"),
        (
            "<div class='autor'><ul><li>Autor: herald.pl</li><li>Data: 28-04-2021, 09:29</li>"
            "</ul></div>",
            None,
        ),
    ],
)
def test_a_byline_boxs_date_field_names_no_one(box: str, want: str | None) -> None:
    assert market_author(_page(f"<h1>{TITLE}</h1>{box}{PARAGRAPHS}", "pl")) == want


@pytest.mark.parametrize("heading", ["<h2>II. Control</h2>", "<p>IV. The Outlook</p>"])
def test_a_sections_number_and_title_beside_the_date_is_no_name(heading: str) -> None:
    assert market_author(market_page("", "en", first=heading)) is None


def test_a_bare_name_beside_the_date_is_read_as_before() -> None:
    assert market_author(market_page("", "en", first="<p>Jane Doe</p>")) == "Jane Doe"


@pytest.mark.parametrize(
    "box",
    [
        # a byline box printing the story's category beside the name, in a classed element
        "<div class='author'><h6 class='author-name'>Jane Doe</h6><h6 class='author-date'>"
        "May 10, 2023</h6><a href='#'><h6 class='category-name'>Frameworks &amp; Tools</h6>"
        "</a></div>",
        "<div class='byline'><span>By Jane Doe</span> <span class='tag'>Markets &amp; Trade</span>"
        "</div>",
        # (as before: a link to the category's page)
        "<div class='author'><a href='/author/jane-doe'>Jane Doe</a> in "
        "<a href='/category/markets'>Markets</a></div>",
    ],
)
def test_a_category_in_the_byline_box_is_no_author(box: str) -> None:
    assert market_author(_page(f"<h1>{TITLE}</h1>{box}{PARAGRAPHS}")) == "Jane Doe"


@pytest.mark.parametrize(
    ("value", "want"),
    [
        # a byline's publication and update labels, the writer after a byline word kept
        ("Δημοσιεύτηκε: Δεκέμβριος 20 2011 20:01 Ενημερώθηκε: Δεκέμβριος 20 2011 21:08", []),
        ("Last Updated: January 7, 2025", []),
        ("Jane Doe | Last updated: 12:30", ["Jane Doe"]),
        ("Published: March 8, 2026 by Jane Doe", ["Jane Doe"]),
        ("Veröffentlicht: 12.03.2024 von Anna Weber", ["Anna Weber"]),
        # an unregistered commenter's handle ("~Konrad"), a byline word alone
        ("~Konrad", []),
        ("Von:", []),
        ("By", []),
        # a compiler credited beside the writer ("Compiled by"), as an editor is
        ("By Jane Doe; Compiled by John Roe", ["Jane Doe"]),
    ],
)
def test_labels_handles_and_compilers_are_no_names(value: str, want: list[str]) -> None:
    assert split_authors(value) == want


def test_a_comment_lists_handle_in_an_author_class_names_no_one() -> None:
    comments = (
        "<div class='list'><ul><li><div class='date'>05.01.2012 (15:04)</div><div "
        "class='author'><div class='user'><cite><span>~Konrad</span></cite></div></div>"
        "<div class='postContent'>Dobry tekst.</div></li></ul></div>"
    )
    assert market_author(_page(f"<h1>{TITLE}</h1>{PARAGRAPHS}{comments}", "pl")) is None
