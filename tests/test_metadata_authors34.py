"""Author kinds of session 34 (helper authors34), on made-up pages: co-authors of a byline
line each set in an element of their own ("By <b>Jane Doe</b> and <b>John Roe</b>": the
first alone before), a title-cased byline's outlet ("A And B For The Evening Post": the second
name lost with it), a German plural label opening a closing signature ("Autoren A und B"), a
surname "Co", and a desk's author box whose bio or breadcrumb was read as names."""

from __future__ import annotations

import json

import pytest

from pipeline.web.metadata import split_authors
from pipeline.web.metadata.bylinelines import _LABEL_FIRSTS, without_author_label
from pipeline.web.metadata.vocabulary import _AUTHOR_LABEL_WORDS
from tests.market_pages import PARAGRAPHS, market_author, market_page


@pytest.mark.parametrize(
    ("byline", "want"),
    [
        ("<p>By <b>Jane Doe</b> and <b>John Roe</b></p>", "Jane Doe, John Roe"),
        ("<p>Von <a href='https://a.example'>Anna Schmidt</a> und <a>Jan Weber</a></p>", None),
        ("<p>By <a>Jane Doe</a>, <a>John Roe</a> and <a>Mary Major</a></p>", None),
        ("<p>By <strong>Jane Doe</strong> and John Roe</p>", "Jane Doe, John Roe"),
        ("<p>Par <b>Marie Dupont</b> et <b>Jean Martin</b></p>", "Marie Dupont, Jean Martin"),
    ],
)
def test_co_authors_each_in_an_element_of_the_byline_line(byline: str, want: str | None) -> None:
    expected = (
        want
        or {
            "Von": "Anna Schmidt, Jan Weber",
            "By ": "Jane Doe, John Roe, Mary Major",
        }[byline[3:6]]
    )
    assert market_author(market_page(byline, "en")) == expected


@pytest.mark.parametrize(
    "byline",
    [
        "<p>By <b>Jane Doe</b></p><p>And the council said more about the hall and the market.</p>",
        "<p>By <b>Jane Doe</b> | <b>Updated</b> 12:30</p>",
        "<p>By <b>Jane Doe</b> with <b>John Roe</b>.</p>",  # (one asked, or an agency)
    ],
)
def test_no_line_after_the_byline_joins_it_unless_a_joining_word_does(byline: str) -> None:
    assert market_author(market_page(byline, "en")) == "Jane Doe"


def test_the_one_an_interview_asks_is_no_co_author() -> None:
    byline = "<p>Ein Interview von <b>Anna Schmidt</b> mit <b>Jan Weber</b>.</p>"
    assert market_author(market_page(byline, "de")) == "Anna Schmidt"


@pytest.mark.parametrize(
    ("value", "want"),
    [
        ("By Jane Doe And John Roe For The Evening Post", ["Jane Doe", "John Roe"]),
        ("John Roe For The Evening Post", ["John Roe"]),
        ("Jane Doe For Heraldonline", ["Jane Doe"]),
        ("Jane Doe for The Herald", ["Jane Doe"]),
        ("Center For American Progress", ["Center For American Progress"]),  # kept whole
    ],
)
def test_a_title_cased_byline_drops_its_outlet(value: str, want: list[str]) -> None:
    assert split_authors(value) == want


def test_a_title_cased_byline_in_json_ld_names_both() -> None:
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "The market hall is rebuilt",
        "author": {"@type": "Person", "name": "By Jane Doe And John Roe For The Evening Post"},
    }
    head = f"<script type='application/ld+json'>{json.dumps(ld)}</script>"
    assert market_author(market_page("", "en", head=head)) == "Jane Doe, John Roe"


@pytest.mark.parametrize(
    ("closing", "want"),
    [
        ("<p>Autoren Anna Schmidt und Jan Weber</p>", "Anna Schmidt, Jan Weber"),
        ("<p>Autorinnen Anna Schmidt und Eva Weber</p>", "Anna Schmidt, Eva Weber"),
        ("<p>Autorin Anna Schmidt</p>", "Anna Schmidt"),
    ],
)
def test_a_closing_signature_opened_by_a_label(closing: str, want: str) -> None:
    assert market_author(market_page("", "de", closing=closing)) == want


def test_the_label_gate_holds_every_label_s_first_letter() -> None:
    # `without_author_label` reads a label only after a text whose first letter, lowered, is in
    # `_LABEL_FIRSTS`: each label word of the vocabulary opens on one of those letters
    words, depth = [""], 0  # the vocabulary's alternatives, split at its top level "|"
    for ch in _AUTHOR_LABEL_WORDS:
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if ch == "|" and depth == 0:
            words.append("")
        else:
            words[-1] += ch
    assert len(words) > 10 and all(w[:1].isalpha() for w in words), words
    for word in words:
        assert word[0].lower() in _LABEL_FIRSTS and word[0].upper().lower() in _LABEL_FIRSTS, word
    for word in ("Autoren", "AUTHOR", "Συντάκτης", "Автор", "Szerző", "نویسنده"):
        assert without_author_label(f"{word} Jane Doe") == "Jane Doe"


@pytest.mark.parametrize(
    ("value", "want"),
    [
        ("Emily Co", ["Emily Co"]),  # a surname
        ("Acme Co.", []),  # a company
        ("Interline Pro Co.", []),
        ("Jane Doe, Acme Co.", ["Jane Doe"]),
    ],
)
def test_co_closing_a_name(value: str, want: list[str]) -> None:
    assert split_authors(value) == want


def test_a_surname_co_in_the_metas() -> None:
    head = "<meta name='author' content='Emily Co'>"
    assert market_author(market_page("", "en", head=head)) == "Emily Co"


def test_a_desks_author_box_gives_no_names_from_its_bio() -> None:
    # a desk's author box under the headline: its link names the desk, its bio two clauses
    # of a name's shape ("Alles über Märkte", "Tricks für zu Hause") read as names before;
    # now the desk the box declares, read last (`declared_desk`)
    box = (
        "<div class='author-info'><h3>Autor</h3><h4><a href='/author/herald-redaktion/'>"
        "Herald Redaktion</a></h4><p>Alles über Märkte, Hallen und Trends. Dazu jede Menge"
        " Tipps und Tricks für zu Hause.</p></div>"
    )
    assert market_author(market_page(box, "de")) == "Herald Redaktion"


def test_a_desks_author_box_gives_no_names_from_its_breadcrumb() -> None:
    # its rel=author link the desk's, a breadcrumb's items inside it: no names of theirs
    box = (
        "<div class='article-author'><ul><li itemprop='itemListElement'><span itemprop='name'>"
        "Markets</span></li><li><span itemprop='name'>Market Halls</span></li></ul>von "
        "<span class='author-name'><a rel='author' href='/impressum'>Herald Redaktion</a>"
        "</span></div>"
    )
    assert "Market Halls" not in (market_author(market_page(box, "de")) or "").split(", ")


def test_a_persons_author_box_still_names_them() -> None:
    box = (
        "<div class='author-info'><h4><a href='/author/anna-schmidt/'>Anna Schmidt</a></h4>"
        "<p>Anna schreibt über Märkte.</p></div>"
    )
    assert market_author(market_page(box, "de")) == "Anna Schmidt"


def test_the_market_paragraphs_are_prose() -> None:
    assert len(PARAGRAPHS) > 300  # (the closing signatures above follow prose)


@pytest.mark.parametrize(
    "caption",
    [
        "<p>Von links nach rechts: Anna Schmidt, Project Manager Market Development Herold,"
        " Prof. Dr. Jan Weber, Deputy Director</p>",
        "<p>De izquierda a derecha: Ana Pérez, Market Manager Development Heraldo</p>",
    ],
)
def test_a_captions_from_the_left_is_no_byline(caption: str) -> None:
    assert market_author(market_page(caption, "de")) is None


def test_a_byline_after_a_captions_from_the_left() -> None:
    caption = "<p>Von links nach rechts: Anna Schmidt, Project Manager Market Development</p>"
    byline = "<p>Von Eva Weber</p>"
    assert market_author(market_page(caption + byline, "de")) == "Eva Weber"


def _sidebar_page(meta: str, box: str) -> str:
    return market_page("", "fr", head=meta, closing=f"<aside id='sidebar'>{box}</aside>")


def test_the_author_metas_address_linked_in_a_sidebar_box_names_them() -> None:
    meta = "<meta property='article:author' content='https://herald.example/source/anne-durand'>"
    box = (
        "<div class='leftbar_bloc'><span>L'AUTEUR</span><a href='/source/anne-durand' "
        "rel='author'>Anne Durand</a><span>Anne Durand est journaliste.</span></div>"
    )
    assert market_author(_sidebar_page(meta, box)) == "Anne Durand"


@pytest.mark.parametrize(
    ("meta", "box"),
    [
        # a link to another address, or naming no person, or an address of no slug
        (
            "<meta property='article:author' content='https://herald.example/source/anne-durand'>",
            "<a href='/source/paul-martin'>Paul Martin</a>",
        ),
        (
            "<meta property='article:author' content='https://herald.example/source/anne-durand'>",
            "<a href='/source/anne-durand'>Ses articles</a>",
        ),
        (
            "<meta property='article:author' content='https://www.facebook.com/heraldnews'>",
            "<a href='https://www.facebook.com/heraldnews'>Herald News</a>",
        ),
    ],
)
def test_no_other_link_names_the_author(meta: str, box: str) -> None:
    assert market_author(_sidebar_page(meta, box)) is None


@pytest.mark.parametrize(
    ("value", "want"),
    [
        ("Bundesministerium für Wirtschaft und Klimaschutz", []),
        ("Bayerische Landesanstalt für Wald und Forstwirtschaft - LWF", []),
        ("Jane Doe und Institut für Klimafolgenforschung", ["Jane Doe"]),
        ("Jane Doe, Center for American Progress", ["Jane Doe"]),
        ("Anna Schmidt und Jan Weber", ["Anna Schmidt", "Jan Weber"]),
    ],
)
def test_an_institutions_name_split_at_its_und_is_no_one(value: str, want: list[str]) -> None:
    assert split_authors(value) == want


def test_an_institutions_author_meta_gives_way_to_the_byline() -> None:
    head = "<meta name='author' content='Landesanstalt für Wald und Forstwirtschaft'>"
    byline = "<p class='author'>Von Anna Schmidt</p>"
    assert market_author(market_page(byline, "de", head=head)) == "Anna Schmidt"
