"""Author kinds of session 30 (helper authors30), on made-up pages and bylines: "written by"
in more languages ("Redactado por", "Verfasst von", "Geschreven door", "Skriven av",
"Napisane przez", "Napsal", "Articolo di"), a paper's own reporter before the name ("Von
unserem Korrespondenten X", "Door onze correspondent X", "Dal nostro inviato X"), the labels
"Autor tekstu:", "Автор материала:", "Opracowanie:", "Toimittaja:", English "Author" and
Ukrainian "Авторка" without a colon in a byline's markup, and a "Text" label whose colon the
markup leaves out ("<span>Text</span> <span>Erik Berg</span>"). Before, each either gave no
author or kept the label as part of the name ("Napsal Jan Novák"). A CMS's user name declared
as the author ("annaberger", "christian.stadler", "aberger") gives the name the page prints
for it; a social network's label ("Twitter: @handle") is no second writer."""

from __future__ import annotations

import json

import pytest

from pipeline.web.metadata import split_authors
from tests.market_pages import market_author, market_page


def _author(byline: str, lang: str, first_line: str = "") -> str | None:
    """The author the pipeline reads from a page of the made-up market story, the byline
    under the headline (markup) or as the text's first line."""
    line = f"<p>{first_line}</p>" if first_line else ""
    return market_author(market_page(byline, lang, first=line))


def _marked(text: str) -> str:
    return f"<div class='article-meta'><span class='byline'>{text}</span></div>"


LEADS = [
    ("es", "Redactado por {}", "María García"),
    ("de", "Verfasst von {}", "Anna Schmidt"),
    ("nl", "Geschreven door {}", "Jan Jansen"),
    ("nl", "Geschreven door: {}", "Jan Jansen"),
    ("sv", "Skriven av {}", "Erik Berg"),
    ("pl", "Napisane przez {}", "Jan Kowalski"),
    ("cs", "Napsal {}", "Jan Novák"),
    ("cs", "Napsala: {}", "Eva Dvořáková"),
    ("it", "Articolo di {}", "Marco Rossi"),
    ("de", "Von unserem Korrespondenten {}", "Max Müller"),
    ("de", "Von unserer Redakteurin {}", "Anna Schmidt"),
    ("nl", "Door onze correspondent {}", "Jan Jansen"),
    ("it", "Dal nostro inviato {}", "Marco Rossi"),
    ("it", "dalla nostra corrispondente {}", "Giulia Conti"),
    ("pl", "Autor tekstu: {}", "Jan Kowalski"),
    ("ru", "Автор материала: {}", "Иван Петров"),
    ("pl", "Opracowanie: {}", "Jan Kowalski"),
    ("fi", "Toimittaja: {}", "Matti Virtanen"),
]


@pytest.mark.parametrize(("lang", "lead", "name"), LEADS)
def test_a_byline_lead_in_the_markup_gives_the_name_alone(lang: str, lead: str, name: str) -> None:
    assert _author(_marked(lead.format(name)), lang) == name


@pytest.mark.parametrize(("lang", "lead", "name"), LEADS)
def test_a_byline_lead_opening_the_text_gives_the_name_alone(
    lang: str, lead: str, name: str
) -> None:
    assert _author("", lang, lead.format(name)) == name


@pytest.mark.parametrize(
    ("lang", "byline", "want"),
    [
        ("en", "Author Jane Miller", "Jane Miller"),
        ("uk", "Авторка Олена Коваленко", "Олена Коваленко"),
        ("uk", "Авторка: Олена Коваленко", "Олена Коваленко"),
        # a label and a name in two elements, the label's colon left out
        ("sv", "<span class='label'>Text</span> <span class='name'>Erik Berg</span>", "Erik Berg"),
        ("ru", "<span>Текст</span> <span>Иван Петров</span>", "Иван Петров"),
        ("de", "Autor*in: Anna Schmidt", "Anna Schmidt"),
    ],
)
def test_a_label_without_its_colon_in_the_markup_is_no_part_of_the_name(
    lang: str, byline: str, want: str
) -> None:
    assert _author(_marked(byline), lang) == want


@pytest.mark.parametrize(
    ("value", "want"),
    [
        ("Napsal Jan Novák a Petr Svoboda", ["Jan Novák", "Petr Svoboda"]),
        ("Geschreven door Jan Jansen en Eva Bakker", ["Jan Jansen", "Eva Bakker"]),
        ("Von unserem Korrespondenten Max Müller, Paris", ["Max Müller"]),
        ("Text Erik Berg", ["Erik Berg"]),
        # a lower-case word after "Text" is no name: the label stays where it was
        ("Text vorlesen", []),
        # a social network's label before the writer's handle is no second writer
        ("Anna Schmidt, Twitter: @annaschmidt", ["Anna Schmidt"]),
        ("Jane Miller | Instagram", ["Jane Miller"]),
        # "Von" alone still leads as before
        ("Von Anna Schmidt und Max Müller", ["Anna Schmidt", "Max Müller"]),
    ],
)
def test_split_authors_of_the_new_leads(value: str, want: list[str]) -> None:
    assert split_authors(value) == want


def _ld(author: object) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "author": author}
    return f"<script type='application/ld+json'>{json.dumps(data)}</script>"


def _page(head: str, byline: str, closing: str = "") -> str:
    return market_page(byline, "de", head=head, closing=closing)


@pytest.mark.parametrize(
    ("head", "byline", "closing", "want"),
    [
        # a CMS's user name in the JSON-LD, the byline printing the name it spells
        (
            _ld({"@type": "Person", "name": "annaberger"}),
            _marked("von Anna Berger"),
            "",
            "Anna Berger",
        ),
        (
            "<meta name='author' content='tom_baker'>",
            _marked("By Tom Baker"),
            "",
            "Tom Baker",
        ),
        # the first name's initial and the surname, the page printing the letters in the name
        ("<meta name='author' content='aberger'>", _marked("Von Anna Berger"), "", "Anna Berger"),
        # ... or the name closing the text, a middle initial between its words
        (
            _ld({"@type": "Person", "name": "christian.stadler"}),
            "",
            "<p>The hall opens in May. (Christian P. Stadler)</p>",
            "Christian P. Stadler",
        ),
    ],
)
def test_a_user_name_declared_gives_the_name_the_page_prints(
    head: str, byline: str, closing: str, want: str
) -> None:
    assert market_author(_page(head, byline, closing)) == want


@pytest.mark.parametrize(
    ("author", "byline"),
    [
        # a user name and no printed name: as declared (as before)
        ("fhaacker", ""),
        # a printed name the user name does not spell is not taken for it
        ("anna.berger", "<p>Anna Bergmann was at the opening.</p>"),
    ],
)
def test_a_user_name_spelling_no_printed_name_is_kept(author: str, byline: str) -> None:
    assert market_author(_page(_ld({"@type": "Person", "name": author}), byline)) == author
