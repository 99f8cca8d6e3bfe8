"""A name alone under the headline in markup that names the writer in words other than
"author" and "byline" ("writer", "reporter", "columnist", "penulis", "yazar", "redaktor"),
and a microdata author whose name is given in a <meta itemprop="name">; a name alone with no
such mark, or in a teaser card, is none."""

from __future__ import annotations

import pytest

from pipeline.web.metadata import PageView

_FILL = (
    "<p>" + "The museum reopened its east wing after two years of restoration work. " * 4 + "</p>"
)


def _authors(lang: str, article: str) -> tuple[str, ...]:
    html = (
        f"<html lang='{lang}'><head><title>Museum - Evening Star</title></head><body>"
        "<nav><a href='/'>Home</a></nav>"
        f"<article><h1>The museum reopens</h1>{article}{_FILL}</article></body></html>"
    )
    view = PageView.parse(html, "https://example.org/culture/9")
    assert view is not None
    return view.metadata().authors


@pytest.mark.parametrize(
    ("lang", "article", "names"),
    [
        ("en", "<div class='story-writer'>Nora Quinn</div>", ("Nora Quinn",)),
        ("en", "<div class='reporter-info'><span>Nora Quinn</span></div>", ("Nora Quinn",)),
        ("en", "<p class='columnist'>Nora Quinn</p>", ("Nora Quinn",)),
        ("id", "<div class='penulis'>Dewi Lestari</div>", ("Dewi Lestari",)),
        ("tr", "<span class='yazar-adi'>Elif Kaya</span>", ("Elif Kaya",)),
        ("zh", "<div class='writer'>陈思远</div>", ("陈思远",)),
        (
            "en",
            "<span itemprop='author' itemscope itemtype='https://schema.org/Person'>"
            "<meta itemprop='name' content='Nora Quinn'></span>",
            ("Nora Quinn",),
        ),
    ],
)
def test_writer_marked_names(lang: str, article: str, names: tuple[str, ...]) -> None:
    assert _authors(lang, article) == names


@pytest.mark.parametrize(
    "article",
    [
        "<p>Nora Quinn</p>",  # no mark, no date: a name alone is as often a tag's
        "<div class='related-card'><span class='writer'>Nora Quinn</span></div>",
        "<ul class='tags'><li>East Wing</li></ul>",
    ],
)
def test_unmarked_or_teaser_names(article: str) -> None:
    assert _authors("en", article) == ()


def test_writer_mark_outside_the_headlines_box() -> None:
    html = (
        "<html lang='en'><head><title>Museum - Evening Star</title></head><body>"
        "<article><header><h1>The museum reopens</h1></header>"
        f"<div class='meta'><span class='writer'>Nora Quinn</span></div>{_FILL}</article>"
        "</body></html>"
    )
    view = PageView.parse(html, "https://example.org/culture/9")
    assert view is not None
    assert view.metadata().authors == ("Nora Quinn",)
