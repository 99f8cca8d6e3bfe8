"""Author kinds found on the public sets' misses (session 24: trafilatura's evaldata and
Postlight's fixtures, their misses classified): a name wrapped across lines in its text
node, a byline box's tag links, an author's hCard, the post's own footer, a talk's guest
and host, an agency's letters with a hyphen, a date and a name on one line, a personal
site whose name is its owner's. Made-up pages only."""

from __future__ import annotations

import pytest

from pipeline.web.metadata import PageView
from pipeline.web.metadata.names import split_authors

_TEXT = (
    "<p>The harbour authority opened a new container terminal on Monday after four years of"
    " works, doubling the port's capacity according to its director, who thanked the crews"
    " and the town council for their patience during the long construction.</p>"
)
_TITLE = "Harbour opens a new terminal"


def _authors(header: str, head: str = "", footer: str = "", url: str = "") -> list[str]:
    page = (
        f"<html><head><title>{_TITLE}</title>{head}</head><body><article>"
        f"<h1>{_TITLE}</h1>{header}{_TEXT}{footer}</article></body></html>"
    )
    view = PageView.parse(page, url or "https://news.example.org/2024/03/05/harbour")
    assert view is not None
    return list(view.metadata().authors)


def test_a_name_wrapped_in_its_text_node_is_one_name() -> None:
    """The markup breaks a line inside the third name: a space when shown, not two names."""
    header = (
        "<div class='story-byline'><span>By</span><span>by MARA QUILL, TOMAS REEN and OSKAR"
        "\n                     VALLEN</span><div>March 5, 2024, 4:19 PM</div></div>"
    )
    assert _authors(header) == ["MARA QUILL", "TOMAS REEN", "OSKAR VALLEN"]


def test_a_label_and_its_date_broken_apart_stay_apart() -> None:
    """ "Stand:" then a date on the next line of one text node: no name "Stand"."""
    header = "<div class='author-info'>Mara Quill<br>Stand:\n\t\t\t05. März 2024</div>"
    assert _authors(header) == ["Mara Quill"]


@pytest.mark.parametrize(
    "link",
    [
        "<a href='/search?subject=Harbours' class='link-category'>{}</a>",
        "<a href='/thema/harbours/' rel='tag' class='metaFont tag tag-11'>{}</a>",
    ],
)
def test_the_tag_links_of_a_byline_box_are_no_authors(link: str) -> None:
    tags = " / ".join(link.format(t) for t in ("Harbours", "Coast Towns", "Shipping Lines"))
    header = f"<nav class='documentByLine'><span>filed under:</span> {tags}</nav>"
    assert _authors(header) == []


def test_author_links_filed_as_a_taxonomy_are_names() -> None:
    """A CMS that files its authors as a taxonomy marks their links rel="category tag"."""
    header = (
        "<div class='byline'><strong>Por: </strong>"
        "<a href='/autor/mara-quill/' rel='category tag taxonomy'>Mara Quill</a>, "
        "<a href='/autor/tomas-reen/' rel='category tag taxonomy'>Tomas Reen</a></div>"
    )
    assert _authors(header) == ["Mara Quill", "Tomas Reen"]


def test_an_authors_hcard_is_a_byline() -> None:
    """Microformats' "h-card" is the author's card, not a teaser card."""
    footer = (
        "<footer class='meta'><address class='author p-author h-card' itemprop='author'>"
        "<span itemprop='name'>Mara Quill</span></address></footer>"
    )
    assert _authors("", footer=footer) == ["Mara Quill"]


def test_the_posts_own_footer_holds_its_byline() -> None:
    """A blog's "Posted by" in the post's footer ("post-footer"), not the page's footer."""
    footer = (
        "<div class='post-footer'><div class='post-footer-line post-footer-line-1'>"
        "<span class='post-author vcard'>Posted by <span class='fn'>Mara Quill</span></span>"
        "</div></div>"
    )
    assert _authors("", footer=footer) == ["Mara Quill"]


def test_the_pages_footer_still_holds_no_byline() -> None:
    footer = "<div class='site-footer'><span class='author'>Mara Quill</span></div>"
    assert _authors("", footer=footer) == []


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("Mara Quill im Gespräch mit Tomas Reen", ["Mara Quill", "Tomas Reen"]),
        ("Mara Quill in conversation with Tomas Reen", ["Mara Quill", "Tomas Reen"]),
        ("Mara Quill/SP-X", ["Mara Quill"]),
        ("Mara Quill, AB-CD", ["Mara Quill"]),
        ("Mara Quill\nHarbour Post", ["Mara Quill"]),
        ("Post Quill", ["Post Quill"]),
    ],
)
def test_a_talks_words_an_agencys_letters_and_a_papers_name_are_no_names(
    value: str, names: list[str]
) -> None:
    assert split_authors(value) == names


@pytest.mark.parametrize(
    "line",
    [
        "<p>11.12.2023 - Mara Quill</p>",
        "<p>Essay</p><p>25.10.2023 - Mara Quill</p>",
        "<p>05.03.2024 | 13:10 Uhr | Mara Quill</p>",
    ],
)
def test_a_date_and_a_name_on_one_line_under_the_headline(line: str) -> None:
    assert _authors(line) == ["Mara Quill"]


def test_a_datelines_place_and_date_name_no_author() -> None:
    """ "Bad Homburg, 5. März 2024": a place of two capitalised words, then the date."""
    assert _authors("<p>Bad Homburg, 5. März 2024</p>") == []


def test_unknown_is_no_name() -> None:
    """A blog platform's "Posted by Unknown": a profile that gives no name."""
    header = "<div class='byline'>Posted by <span class='author'>Unknown</span></div>"
    assert _authors(header) == []


_PERSON_SITE = (
    '<script type="application/ld+json">{"@context": "https://schema.org", "@graph": ['
    '{"@type": ["Person", "Organization"], "@id": "https://maraquill.example/#me",'
    ' "name": "Mara Quill"},'
    '{"@type": "WebSite", "@id": "https://maraquill.example/#site", "name": "Mara Quill",'
    ' "publisher": {"@id": "https://maraquill.example/#me"}},'
    '{"@type": "BlogPosting", "headline": "Harbour opens a new terminal",'
    ' "author": {"@id": "https://maraquill.example/#me"}}]}</script>'
    "<meta property='og:site_name' content='Mara Quill'>"
)


def test_a_personal_sites_owner_declared_a_person_is_its_author() -> None:
    """The site's name is its owner's (so no name of a person elsewhere: the site's own),
    but its graph types the owner a Person (and an Organization, the site)."""
    header = "<ul class='post-meta'><li class='post-author'><a href='/'>Mara Quill</a></li></ul>"
    assert _authors(header, _PERSON_SITE, url="https://maraquill.example/2024/harbour") == [
        "Mara Quill"
    ]


def test_a_possessive_site_names_its_owner() -> None:
    head = (
        "<meta name='author' content='Mara Quill'>"
        "<meta property='og:site_name' content=\"Mara Quill's Blog\">"
    )
    assert _authors("", head) == ["Mara Quill"]


def test_a_site_named_as_a_person_with_no_such_sign_is_no_author() -> None:
    """An author meta naming the site itself, no Person typed, no possessive: the site."""
    head = (
        "<meta name='author' content='Mara Quill'>"
        "<meta property='og:site_name' content='Mara Quill'>"
    )
    assert _authors("", head) == []


def test_a_lower_case_author_meta_the_page_prints_is_the_author() -> None:
    """A CMS's name field as typed ("Mara quill"): the shape test drops a lower-case word
    as a phrase's, but the page prints the name in its byline."""
    head = "<meta name='author' content='Mara quill'>"
    header = "<p class='meta'>Mara quill</p>"
    assert _authors(header, head) == ["Mara quill"]


def test_a_lower_case_author_meta_the_page_never_prints_is_none() -> None:
    assert _authors("", "<meta name='author' content='site manager'>") == []
