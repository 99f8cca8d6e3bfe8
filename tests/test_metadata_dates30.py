"""Publication dates printed as text on pages that state none in markup (session 30, helper
dates30): a dateline opening the lead under a long caption and standfirst ("29.11.2022 –
Mehrfach ...", a press release's or an agency's), read last; a row of short items above the
headline whose first item is the date ("26 | 01 | 2022", a section, a byline, counts); a
picture's credit line ("© 2012 Agency") between the headline and a date line above it, which
no longer counts as one of the lines read there. Guards: an update's dateline, a date inside
the lead's sentence, a teaser above the headline. Every page here is made up."""

from __future__ import annotations

import pytest

from pipeline.web.metadata import PageView

_URL = "https://energy.example.org/policy/price-brake-slows-bioenergy"
_TITLE = "Price brake slows bioenergy, the industry warns"
_CAPTION = "<p class='caption'>" + "A field of rapeseed in spring under a grey sky. " * 5 + "</p>"
_STANDFIRST = (
    "<p class='lead'>" + "The government's bill keeps taking revenues from plants. " * 4 + "</p>"
)
_BODY = "<p>" + "The industry has warned many times against the plan, it says. " * 6 + "</p>"
# a date inside a later sentence, on another day: the one date of the text is not alone
_LATER = "<p>Revenues taken back from 1.9.2022 on would harm the trust of investors.</p>"


def _published_of(html: str, url: str = _URL) -> str | None:
    """The publication day the page's metadata reads (None: none found)."""
    view = PageView.parse(html, url)
    assert view is not None
    found = view.metadata().published_at
    return found.date().isoformat() if found is not None else None


def _page(lead: str, top: str = "", lang: str = "en") -> str:
    return (
        f"<html lang='{lang}'><head><title>{_TITLE}</title></head><body><main>{top}"
        f"<h1>{_TITLE}</h1>{_CAPTION}{_STANDFIRST}{lead}{_BODY}{_LATER}</main></body></html>"
    )


def test_a_dateline_opening_the_lead_past_the_caption_and_standfirst() -> None:
    lead = "<p>29.11.2022 – The industry had warned many times against the plan.</p>"
    assert _published_of(_page(lead)) == "2022-11-29"


def test_a_dateline_with_a_place_in_its_own_markup() -> None:
    lead = "<p><strong>Berlin, 29 November 2022</strong> — The industry had warned.</p>"
    assert _published_of(_page(lead)) == "2022-11-29"


def test_a_dateline_in_the_page_language() -> None:
    lead = "<p>Berlin, 29. November 2022 – Mehrfach hatte die Branche gewarnt.</p>"
    assert _published_of(_page(lead, lang="de")) == "2022-11-29"


@pytest.mark.parametrize(
    ("lang", "head"),
    [
        ("en", "WASHINGTON, Nov. 29, 2022 (Reuters)"),
        ("de", "Bonn, 29.11.2022, 10:30 Uhr"),
        ("fr", "Paris, le 29 novembre 2022"),
        ("es", "Madrid, 29 de noviembre de 2022"),
        ("pl", "Warszawa, 29 listopada 2022"),
        ("ru", "Москва, 29 ноября 2022"),
        ("hu", "Budapest, 2022. november 29."),
        ("el", "Αθήνα, 29 Νοεμβρίου 2022"),
        ("fa", "تهران، ۸ آذر ۱۴۰۱"),
        ("ko", "2022년 11월 29일"),
        ("zh", "2022年11月29日"),
        ("lt", "Vilnius, 2022 m. lapkričio 29 d."),
    ],
)
def test_datelines_of_many_languages(lang: str, head: str) -> None:
    lead = f"<p>{head} – The story goes on here in the page's own words.</p>"
    assert _published_of(_page(lead, lang=lang)) == "2022-11-29"


def test_an_update_dateline_is_not_the_publication() -> None:
    lead = "<p>Updated 30.11.2022: the industry had warned many times against the plan.</p>"
    assert _published_of(_page(lead)) is None


def test_a_date_inside_the_lead_sentence_is_not_a_dateline() -> None:
    lead = "<p>On 29.11.2022 the industry warned again – and the government did not listen.</p>"
    assert _published_of(_page(lead)) is None


_ROW = (
    "<div class='subline'><table><tr><td>26 | 01 | 2022</td><td>Lakes | Practice | Video</td>"
    "<td>Text and photos: Ivan Example</td><td>0</td><td>337</td></tr></table></div>"
)


def test_the_date_opening_a_row_of_short_items_above_the_headline() -> None:
    html = (
        f"<html lang='en'><head><title>{_TITLE}</title></head><body><section><div>{_ROW}"
        f"<h1>{_TITLE}</h1></div></section>{_BODY}</body></html>"
    )
    assert _published_of(html) == "2022-01-26"


def test_a_teaser_above_the_headline_opening_with_a_date_is_no_row() -> None:
    teaser = (
        "<div class='box'><p>02.01.2022</p><p>" + "Another story's excerpt. " * 8 + "</p></div>"
    )
    html = (
        f"<html lang='en'><head><title>{_TITLE}</title></head><body><section><div>{teaser}"
        f"<h1>{_TITLE}</h1></div></section>{_BODY}</body></html>"
    )
    assert _published_of(html) is None


def test_a_credit_line_between_a_date_line_and_the_headline_is_not_counted() -> None:
    top = (
        "<div class='boxHeader'><span>14 February 2012</span>\n<ul><li>Print</li></ul></div>"
        "<div class='images'><img src='/a.jpg'><p>© 2012 Agency/AP</p></div>"
        "<span class='category'>Politics</span>"
    )
    html = (
        f"<html lang='en'><head><title>{_TITLE}</title></head><body><div class='box'>{top}"
        f"<h1>{_TITLE}</h1>{_BODY}</div></body></html>"
    )
    assert _published_of(html) == "2012-02-14"
