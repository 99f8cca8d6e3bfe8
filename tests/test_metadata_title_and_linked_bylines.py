"""A byline in brackets closing the title ("… (της Ηλιάνας Ηλιοπούλου)", "… (by Jane Doe)"),
read when nothing else names the author; and author links wrapped apart in one byline
("<span>By <a>A</a></span> and <a>B</a>")."""

from __future__ import annotations

import pytest

from pipeline.web.metadata import PageView

_TEXT = (
    "<p>" + "The council met on the budget and voted after a long debate on the plan. " * 4 + "</p>"
)


def _authors(title: str, article: str, lang: str = "en") -> tuple[str, ...]:
    html = (
        f"<html lang='{lang}'><head><title>{title} - Daily Site</title></head><body>"
        f"<h1>{title}</h1>{article}</body></html>"
    )
    view = PageView.parse(html, "https://news.example.org/a/1")
    assert view is not None
    return view.metadata().authors


@pytest.mark.parametrize(
    ("title", "lang", "name"),
    [
        ("Πώς δεν θα πάρετε κιλά στις γιορτές (της Ελένης Παππά)", "el", "Ελένη Παππά"),
        ("Η κρίση και οι τράπεζες (του Νίκου Καρύδη)", "el", "Νίκος Καρύδης"),
        ("The long road back (by Jane Doe)", "en", "Jane Doe"),
        ("Le budget de la ville (par Marie Dupont)", "fr", "Marie Dupont"),
    ],
)
def test_a_byline_in_brackets_closing_the_title(title: str, lang: str, name: str) -> None:
    assert _authors(title, _TEXT, lang) == (name,)


def test_brackets_closing_a_title_without_a_byline_word_name_no_one() -> None:
    assert _authors("Council votes on budget (updated)", _TEXT) == ()
    assert _authors("Council votes on budget (Jane Doe)", _TEXT) == ()


def test_author_links_wrapped_apart_in_one_byline() -> None:
    byline = (
        "<div><span>Co-authored by <a href='/author/jane-doe'>Jane Doe</a></span> and "
        "<a href='/author/john-roe'>John Roe</a></div>"
    )
    assert _authors("Council votes on budget", byline + _TEXT) == ("Jane Doe", "John Roe")


def test_a_list_of_other_articles_is_no_byline_of_several() -> None:
    teasers = "".join(
        f"<li><span><a href='/author/writer-{i}'>Writer Number{i}</a></span> "
        f"<a href='/news/{i}'>Another story about the council and its long budget debate {i}</a></li>"
        for i in range(4)
    )
    found = _authors("Council votes on budget", f"<div><ul>{teasers}</ul></div>" + _TEXT)
    assert len(found) <= 1
