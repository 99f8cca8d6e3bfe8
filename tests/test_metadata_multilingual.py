"""Author and date kinds found on pages no reader had been tuned on (session 14: the French
pages of the 91-page set and a sample of Chinese ones, written into
benchmarks/extraction/metadata-gold-fresh.tsv before any reader ran on them), each tried in
more than one language. Every page is a small fixture written for the test."""

from __future__ import annotations

import pytest

from pipeline.web.metadata import Metadata, PageView


def meta_of(html: str, url: str = "") -> Metadata:
    view = PageView.parse(html, url)
    assert view is not None
    return view.metadata()


_TITLE = "Les nouvelles lignes de tramway ouvrent en mars"
_LEAD = "<p>Le conseil municipal a voté mardi soir le calendrier des travaux du réseau.</p>"
_TEXT = "<p>Les premières rames circuleront au printemps, a annoncé la présidente.</p>" * 4


def _page(byline: str, title: str = _TITLE, lang: str = "fr") -> str:
    return (
        f"<html lang='{lang}'><head><title>{title}</title></head><body>"
        f"<h1>{title}</h1>{_LEAD * 6}{byline}{_TEXT}</body></html>"
    )


# --- byline markup named in French, Italian, Dutch ---------------------------------------------


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("<div class='dates_auteurs'>par Claire Vasseur, 3 mars 2019</div>", ("Claire Vasseur",)),
        ("<span class='auteur'>Marc Delorme</span>", ("Marc Delorme",)),
        (
            "<p class='article-auteurs'>Par Lise Bonnet et Paul Girard</p>",
            ("Lise Bonnet", "Paul Girard"),
        ),
    ],
)
def test_byline_markup_named_auteur(byline: str, authors: tuple[str, ...]) -> None:
    assert meta_of(_page(byline)).authors == authors
