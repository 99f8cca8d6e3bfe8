"""Author kinds of session 28 (helper auth28), on made-up pages: the class words of the
headline's own wrappers ("caption", "with-sidebar" around the title and the byline) say
nothing of the byline inside them; a post's wrapper classed by its author's slug, which holds
the headline, is no byline above it; a name closing on a colon after an author's lead
("Autor Mark Newton:" then a language switcher); a double surname joined by "e" / "y"
("José Volta e Pinto") kept one person; a weekday left from a date line is no name."""

from __future__ import annotations

import pytest

from pipeline.web.metadata import split_authors
from tests.market_pages import market_author

STORY = (
    "The council voted on Monday to rebuild the old market hall by the river, so that a "
    "farmers' market with stalls from the whole region can open there every Saturday."
)
PARAGRAPHS = "".join(f"<p>{n}. {STORY}</p>" for n in (1, 2, 3, 4))


def _author(body: str, lang: str = "en") -> str | None:
    html = (
        f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'><title>The market "
        f"hall is rebuilt - Herald</title></head><body>{body}</body></html>"
    )
    return _author_of(html)


def _author_of(html: str) -> str | None:
    """The author the pipeline reads from a whole page of the made-up market story."""
    return market_author(html)


def test_a_caption_class_around_the_headline_says_nothing_of_the_byline() -> None:
    # a theme's header block named "caption": the headline, the deck and the byline in it
    body = (
        "<main><header class='article'><div class='caption'><h1>The market hall is rebuilt"
        "</h1><h2>A farmers' market opens by the river</h2><ul class='author'><li>Stefan "
        f"Lorenz</li></ul><div class='date'>04.03.2024</div></div></header>{PARAGRAPHS}</main>"
    )
    assert _author(body) == "Stefan Lorenz"


def test_a_sidebar_layouts_wrapper_holding_the_headline_reads_the_byline() -> None:
    body = (
        "<div class='col-left with-sidebar'><article><div class='byline'>Anna Berger</div>"
        f"<h1>The market hall is rebuilt</h1>{PARAGRAPHS}</article></div>"
        "<aside class='sidebar'><div class='author'>John Roe</div></aside>"
    )
    assert _author(body) == "Anna Berger"


def test_a_posts_wrapper_classed_by_its_authors_slug_is_no_byline_above() -> None:
    # "<article class='hentry author-jane-doe'>": the wrapper holds the headline and every
    # link of the post, a pager's "← Older post" among them
    body = (
        "<main><article class='hentry author-jane-doe post-type-text'><h1>The market hall is "
        f"rebuilt</h1><p class='date'>04.03.2024</p>{PARAGRAPHS}<nav class='pagination'>"
        "<a class='newer-posts' href='/2024/market-day'>&larr; MARKET DAY</a><a class="
        "'older-posts' href='/2024/river'>River Walk &rarr;</a></nav></article></main>"
    )
    assert _author(body) is None


def test_a_name_closing_on_a_colon_after_the_lead() -> None:
    body = (
        "<main><article><h1>The market hall is rebuilt</h1><div class='author'><div class="
        "'second-author'><p>Autor <span>Mark Newton:</span></p><div class='version'><ul><li>"
        "<a href='https://en.herald.example/market-hall'><span>EN</span></a></li></ul></div>"
        f"</div></div><p class='date'>04.03.2024</p>{PARAGRAPHS}</article></main>"
    )
    assert _author(body) == "Mark Newton"


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("Autor Mark Newton:", ["Mark Newton"]),
        ("Autor\nMark Newton:\nEN", ["Mark Newton"]),
        ("Mark Newton:", []),  # no lead: a label whose value is elsewhere
        ("Source:", []),
        ("By Source:", []),
    ],
)
def test_a_colon_after_a_led_name(value: str, names: list[str]) -> None:
    assert split_authors(value) == names


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("José Volta e Pinto", ["José Volta e Pinto"]),
        ("Por José Ortega y Gasset", ["José Ortega y Gasset"]),
        ("Maria da Silva e Souza", ["Maria da Silva e Souza"]),
        ("José Volta e Pinto e Ana Lima", ["José Volta e Pinto", "Ana Lima"]),
        ("Por José Volta e Pinto, Lisboa", ["José Volta e Pinto"]),
        # lists of full names stay lists
        ("Por Juan Pérez y María López", ["Juan Pérez", "María López"]),
        ("Isabel Caro, Rocío Latorre y José Miguel Wilson", None),
        ("Por Juan y María", ["Juan", "María"]),
        # an outlet in capitals, a desk, an agency after "e" are no surname
        ("Felipe Pereira e UOL", ["Felipe Pereira"]),
        ("Ana Souza e Redação", ["Ana Souza"]),
        ("Ana Souza e Reuters", ["Ana Souza"]),
    ],
)
def test_a_double_surname_joined_by_e_or_y(value: str, names: list[str] | None) -> None:
    want = names if names is not None else ["Isabel Caro", "Rocío Latorre", "José Miguel Wilson"]
    assert split_authors(value) == want


def test_a_double_surname_in_a_portuguese_byline() -> None:
    body = (
        "<main><article><h1>The market hall is rebuilt</h1><p class='byline'>Por José Volta "
        f"e Pinto</p><p class='date'>04.03.2024</p>{PARAGRAPHS}</article></main>"
    )
    assert _author(body) == "José Volta e Pinto"


def test_a_weekday_left_from_a_date_line_is_no_name() -> None:
    assert split_authors("Sat, 20 Dec, 2025 - 06:36") == []
    assert split_authors("Sun Yang") == ["Sun Yang"]


@pytest.mark.parametrize(
    ("value", "names"),
    [
        # a broadcaster's office after the correspondent's name
        ("Von Anna Schmidt, ARD-Studio Washington", ["Anna Schmidt"]),
        ("Anna Schmidt, ARD-Hauptstadtstudio", ["Anna Schmidt"]),
        ("Anna Schmidt, BR-Redaktion Politik", ["Anna Schmidt"]),
        ("Hans-Peter Müller", ["Hans-Peter Müller"]),
        # institutions credited as their own pages' author
        ("NATURSTROM AG", []),
        ("Hanns-Seidel-Stiftung e.V.", []),
        ("Bund der Energieverbraucher e.V.", []),
        ("Universität Hamburg", []),
        ("Ministerio de Salud", []),
        ("Jane Doe, Department of History", ["Jane Doe"]),
        # a CMS's placeholders, a press release's label, a letter's greeting
        ("publisher", []),
        ("anónimo", []),
        ("Super User", []),
        ("Administrator", []),
        ("Pressemitteilung", []),
        ("Viele Grüße", []),
        ("Best regards", []),
    ],
)
def test_offices_institutions_and_placeholders_name_no_one(value: str, names: list[str]) -> None:
    assert split_authors(value) == names


def test_a_correspondents_office_in_the_byline() -> None:
    body = (
        "<main><article><h1>The market hall is rebuilt</h1><p class='author'>Von Anna "
        f"Schmidt, ARD-Studio Washington</p><p class='date'>04.03.2024</p>{PARAGRAPHS}"
        "</article></main>"
    )
    assert _author(body, "de") == "Anna Schmidt"


@pytest.mark.parametrize(
    ("value", "names"),
    [
        # roles in brackets after the names: the writer's dropped, the photographer dropped
        ("Von Anna Schmidt (Text) und Max Müller (Fotos)", ["Anna Schmidt"]),
        ("Anna Schmidt (Text), Max Müller (Fotos)", ["Anna Schmidt"]),
        ("Marie Dupont (texte) et Jean Martin (photos)", ["Marie Dupont"]),
        ("Max Müller (Fotos) und Anna Schmidt (Text)", ["Anna Schmidt"]),
        ("Anna Schmidt (Text und Fotos)", ["Anna Schmidt"]),
        ("Tom Baker (Fotos)", []),
        ("Richard (R.J.) Eskow", ["Richard (R.J.) Eskow"]),
        # Reuters' closing credit; Dutch "by" after the piece's kind
        ("Reporting by John Smith; Editing by Jane Doe", ["John Smith"]),
        (
            "Reporting by John Smith and Jane Roe; Additional reporting by Tom Baker",
            ["John Smith", "Jane Roe"],
        ),
        ("Additional reporting by Tom Baker", []),
        ("Een analyse door Jan de Vries", ["Jan de Vries"]),
    ],
)
def test_roles_in_brackets_and_credit_leads(value: str, names: list[str]) -> None:
    assert split_authors(value) == names


def test_a_teaser_classed_metadata_line_right_under_the_headline() -> None:
    # a theme's component named "teaser" reused for the article's own metadata line
    body = (
        "<main><article><h1>The market hall is rebuilt</h1><div class='teaser-small__metadata'>"
        "<p class='byline__author'>VON <a href='/autoren/berger-anna'>ANNA BERGER</a> am 4. "
        f"März 2024</p></div>{PARAGRAPHS}<div class='row author-box'><p>Autoreninfo</p><p>"
        "Anna Berger studierte Russistik und Geschichte in Berlin.</p></div></article></main>"
    )
    assert _author(body, "de") == "ANNA BERGER"  # (not "Geschichte in Berlin" of the bio)


def test_a_teaser_further_down_is_still_no_byline() -> None:
    body = (
        f"<main><article><h1>The market hall is rebuilt</h1>{PARAGRAPHS}<div class='teaser'>"
        "<h3><a href='/other'>Another story</a></h3><p class='byline__author'>Von Tom Baker"
        "</p></div></article></main>"
    )
    assert _author(body, "de") is None


def test_a_photographer_named_bare_in_a_caption_beside_the_date_is_no_author() -> None:
    body = (
        "<main><article><h1>The market hall is rebuilt</h1><figure><img src='/a.jpg' alt=''>"
        "<figcaption class='caption'><span class='credit'>Tom Baker</span></figcaption>"
        f"</figure><p class='date'>04.03.2024</p>{PARAGRAPHS}</article></main>"
    )
    assert _author(body) is None


def test_a_name_bare_beside_the_date_is_still_the_author() -> None:
    body = (
        "<main><article><h1>The market hall is rebuilt</h1><figure><img src='/a.jpg' alt=''>"
        "<figcaption>The old hall in 1950.</figcaption></figure><p>Tom Baker</p><p class="
        f"'date'>04.03.2024</p>{PARAGRAPHS}</article></main>"
    )
    assert _author(body) == "Tom Baker"


def _declared(declared: str, printed: str, extra: str = "") -> str | None:
    ld = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "The market '
        f'hall is rebuilt", "author": {{"@type": "Person", "name": "{declared}"}}}}</script>'
    )
    html = (
        "<!doctype html><html lang='de'><head><meta charset='utf-8'><title>The market hall "
        f"is rebuilt</title><meta name='author' content='{declared}'>{ld}</head><body><main>"
        f"<article><h1>The market hall is rebuilt</h1><p class='author'>Von {printed}</p>"
        f"<p class='date'>04.03.2024</p>{PARAGRAPHS}{extra}</article></main></body></html>"
    )
    return _author_of(html)


def test_the_posting_account_of_the_json_ld_and_the_meta_gives_way_to_the_byline() -> None:
    # the JSON-LD and the author meta name the CMS user who posted it, never printed
    assert _declared("Paul Sommer", "Eugen Zander") == "Eugen Zander"


def test_a_declared_person_the_page_prints_stays() -> None:
    bio = "<div class='author-bio'><p>Paul Sommer schreibt über Städte.</p></div>"
    assert _declared("Paul Sommer", "Eugen Zander", bio) == "Paul Sommer"


def _first_name_declared(printed: str) -> str | None:
    ld = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "The market '
        'hall is rebuilt", "author": {"@type": "Person", "name": "Todd"}}</script>'
    )
    html = (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'><title>The market hall "
        f"is rebuilt</title>{ld}</head><body><main><article><h1>The market hall is rebuilt</h1>"
        f"<div class='byline'>By <span class='full-name'>{printed}</span></div><p class='date'>"
        f"04.03.2024</p>{PARAGRAPHS}</article></main></body></html>"
    )
    return _author_of(html)


def test_a_first_name_declared_gives_way_to_the_full_name_printed() -> None:
    assert _first_name_declared("Todd Bates") == "Todd Bates"


def test_a_first_name_declared_and_printed_stays() -> None:
    assert _first_name_declared("Todd") == "Todd"


def _described(name: str, about: str, printed: str) -> str | None:
    person = f'{{"@type": "Person", "name": "{name}", "description": "{about}"}}'
    ld = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "The market '
        f'hall is rebuilt", "author": {person}}}</script>'
    )
    html = (
        "<!doctype html><html lang='de'><head><meta charset='utf-8'><title>The market hall "
        f"is rebuilt</title><meta name='author' content='{name}'>{ld}</head><body><main>"
        f"<article><h1>The market hall is rebuilt</h1><div class='author'><a href='/author/x'>"
        f"{printed}</a></div><p class='date'>04.03.2024</p>{PARAGRAPHS}</article></main>"
        "</body></html>"
    )
    return _author_of(html)


def test_a_one_word_json_ld_author_is_named_in_full_by_its_description() -> None:
    # Yoast's Person of a WordPress user: the display name, and the profile's biography
    assert _described("Nils", "Nils Pichler ist freier Autor.", "Nils") == "Nils Pichler"
    assert _described("Stefanus", "Stefanus Stein - Maschinenbauer.", "Stefanus") == (
        "Stefanus Stein"
    )


def test_a_description_not_opening_with_a_surname_names_no_more() -> None:
    assert _described("Nils", "Nils ist freier Autor.", "Nils") == "Nils"
    assert _described("Anna", "Anna Redakteurin seit 2010.", "Anna") == "Anna"
