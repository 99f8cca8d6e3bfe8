"""Author kinds found on trafilatura's evaldata where trafilatura names the gold and we do
not (session 24, second pass): a personal site whose JSON-LD publisher is its owner, a
person. Made-up pages only."""

from __future__ import annotations

from pipeline.web.metadata import PageView

_TEXT = (
    "<p>The harbour authority opened a new container terminal on Monday after four years of"
    " works, doubling the port's capacity according to its director, who thanked the crews"
    " and the town council for their patience during the long construction.</p>"
)
_TITLE = "Harbour opens a new terminal"
_URL = "https://maraquill.example/2024/03/05/harbour"


def _authors(header: str, head: str = "", url: str = _URL) -> list[str]:
    page = (
        f"<html><head><title>{_TITLE}</title>{head}</head><body><article>"
        f"<h1>{_TITLE}</h1>{header}{_TEXT}</article></body></html>"
    )
    view = PageView.parse(page, url)
    assert view is not None
    return list(view.metadata().authors)


def _graph(publisher: str, person_type: str = '"Person"') -> str:
    return (
        '<script type="application/ld+json">{"@context": "https://schema.org", "@graph": ['
        '{"@type": "WebSite", "@id": "https://maraquill.example/#website", "name": "Mara Quill",'
        f' "publisher": {publisher}}},'
        '{"@type": "BlogPosting", "headline": "Harbour opens a new terminal",'
        f' "publisher": {publisher},'
        ' "author": {"@id": "https://maraquill.example/#/schema/person/8f2c"}},'
        f'{{"@type": [{person_type}], "@id": "https://maraquill.example/#/schema/person/8f2c",'
        ' "name": "Mara Quill", "description": "Mara Quill writes about ports."}]}</script>'
        "<meta property='og:site_name' content='Mara Quill'>"
    )


_BYLINE = "<div class='post-info'><span>Von: </span><span>Mara Quill</span></div>"


def test_a_site_whose_publisher_is_yoasts_person_names_its_owner() -> None:
    """Yoast's graph of a site that represents a person: the publisher is a reference to
    "#/schema/person/", the author a Person named as the site (so the site's own name
    elsewhere)."""
    head = _graph('{"@id": "https://maraquill.example/#/schema/person/"}')
    assert _authors(_BYLINE, head) == ["Mara Quill"]


def test_a_site_whose_publisher_is_typed_person_names_its_owner() -> None:
    head = _graph('{"@type": "Person", "name": "Mara Quill"}')
    assert _authors(_BYLINE, head) == ["Mara Quill"]


def test_a_site_named_as_its_author_with_an_organisation_publisher_is_no_author() -> None:
    """The publisher an Organization: the author named as the site is the site itself."""
    head = _graph('{"@id": "https://maraquill.example/#organization"}')
    assert _authors(_BYLINE, head) == []


def test_ein_artikel_von_opens_a_byline() -> None:
    """German "Ein Artikel von X | date" under the headline, as "Ein Beitrag von X"."""
    header = "<div class='metaInfo'>Ein Artikel von <strong>Mara Quill</strong> | 05.03.2024</div>"
    url = "https://news.example.org/2024/03/05/harbour"
    assert _authors(header, url=url) == ["Mara Quill"]


def test_a_byline_holding_a_rating_form_is_a_byline() -> None:
    """A byline box with the article's rating inside (stars, a submit button, no field to
    type in): the author is still read; a comment box's author field is not."""
    header = (
        "<div class='author'>Mara Quill, 5. März 2024"
        "<form class='rating' action='/rate/1' method='post'>"
        "<input type='radio' name='r' value='5'><input type='submit' value='Bewerten'>"
        "</form></div>"
    )
    url = "https://news.example.org/2024/03/05/harbour"
    assert _authors(header, url=url) == ["Mara Quill"]
    field = (
        "<div class='comment-author'>Ben Arlo<form action='/comment' method='post'>"
        "<input type='text' name='author'></form></div>"
    )
    assert _authors(field, url=url) == []


def test_interview_before_a_colon_labels_the_writer() -> None:
    """ "Interview: X" in a byline box: X asked the questions and wrote the piece up."""
    header = (
        "<div class='author'><a href='/suche?author=Mara' class='author-link'>"
        "Interview: Mara Quill</a></div>"
    )
    url = "https://news.example.org/2024/03/05/harbour"
    assert _authors(header, url=url) == ["Mara Quill"]
