"""A page that names its title in <title> alone (no title meta, no JSON-LD headline) and
prints another wording of the same headline in an <h1> (session 36, helper titles36): the
printed headline is the title; an <h1> that is a label, a section's or the site's name, or
a title meta on the page, leaves the <title>'s headline as it was."""

from __future__ import annotations

import json

from pipeline.web.metadata import PageView
from pipeline.web.metadata.titlechoice import retold
from tests.test_metadata_titles35 import _title as titled

URL = "https://www.harbour-ledger.example/2025/03/04/story"
TAB = "Ferry fares rise as the council cuts the harbour subsidy"
PRINTED = "Council cuts harbour subsidy, and ferry fares will rise by a fifth"


def _title(head: str, *h1s: str) -> str | None:
    """The title of a story page with `head` in its <head> and `h1s` printed (titles35's page)."""
    return titled(head, *h1s, url=URL)


def test_the_printed_wording_of_the_headline_is_the_title() -> None:
    head = f"<title>{TAB} | Harbour Ledger</title>"
    assert _title(head, PRINTED) == PRINTED
    # (a site's banner as the first <h1>: the next one retells the title)
    assert _title(head, "Harbour Ledger", PRINTED) == PRINTED


def test_a_japanese_headline_retold_is_read_by_its_characters() -> None:
    head = "<title>新しい橋の工事が始まる、完成は二年後に</title>"
    printed = "新しい橋の工事が始まる 完成は二年後の予定"
    assert _title(head, printed) == printed


def test_a_label_or_the_sites_name_in_the_h1_leaves_the_title() -> None:
    head = f"<title>{TAB}</title>"
    for label in ("Local news", "Harbour Ledger", "About this site", "Harbour council"):
        assert _title(head, label) == TAB
    # an <h1> printing the title, whole or in part, is the other rules' case
    assert _title(head, "Ferry fares rise") == TAB


def test_a_title_meta_or_a_json_ld_headline_decides_first() -> None:
    og = f"<meta property='og:title' content='{TAB}'>"
    assert _title(f"<title>{TAB}</title>{og}", PRINTED) == TAB
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": TAB}
    ld = f"<script type='application/ld+json'>{json.dumps(data)}</script>"
    assert _title(f"<title>{TAB}</title>{ld}", PRINTED) == TAB


def test_retold_reads_the_first_four_h1s_only() -> None:
    late = "".join(f"<h1>Section {n}</h1>" for n in range(4))
    doc = PageView.parse(f"<html><body>{late}<h1>{PRINTED}</h1></body></html>", URL).doc
    assert retold(doc, TAB) == TAB
    doc = PageView.parse(f"<html><body><h1>{PRINTED}</h1></body></html>", URL).doc
    assert retold(doc, TAB) == PRINTED


def test_a_columns_label_before_the_headline_and_a_section_after_the_title() -> None:
    head = "<title>新しい橋の工事が始まる 地域_ニュース港</title>"
    assert _title(head, "【現場から】新しい橋の工事が始まる") == "新しい橋の工事が始まる"
    head = f"<title>{TAB} Local</title>"
    assert _title(head, f"Photo stories| {TAB}") == TAB


def test_an_h1_linking_home_is_the_sites_logo_not_a_retelling() -> None:
    head = "<title>Harbour Radio News</title>"
    logo = "<a href='/'>Harbour Radio - the voice of the harbour news</a>"
    assert _title(head, logo) == "Harbour Radio News"
    assert _title(head, "Harbour Radio - the voice of the harbour news") != "Harbour Radio News"


def test_a_menu_a_paragraph_or_keywords_in_an_h1_are_no_retelling() -> None:
    head = "<title>Garden arches and trellis offers | Green Yard</title>"
    menu = "<a href='/a'>Garden arches</a> - <a href='/b'>Trellis offers</a> - Garden shop"
    assert _title(head, menu) == "Garden arches and trellis offers"
    listed = "garden arches, trellis, weathervanes, cupolas, garden offers"
    assert _title(head, listed) == "Garden arches and trellis offers"
    prose = (
        "It is easy to forget that our garden arches and trellis offers were first made in a "
        "small shed behind the house, where the first trellis was built by hand in 1990."
    )
    assert _title(head, prose) == "Garden arches and trellis offers"
    retelling = "Spring offers on garden arches and a trellis"
    assert _title(head, retelling) == retelling
