"""The title kinds benchmarks/extraction/title_probe.py found (session 25, helper titles25):
an og:title that is the site's name or cut short with an ellipsis, an og:title beside the
headline the <h1> and another source print, a quotation in guillemets, bidi marks, a
section's name between the headline and the site's; and what stays as it was."""

from __future__ import annotations

import json

import pytest

from pipeline.web.metadata import PageView, page_title

URL = "https://www.portal.example/a/2024/05/12/story"


def _title(head: str, h1: str | None = None, body: str = "") -> str | None:
    heading = f"<h1>{h1}</h1>" if h1 is not None else ""
    html = (
        f"<html><head><meta charset='utf-8'>{head}</head><body><header><nav>"
        f"<a href='/politik'>Politik</a><a href='/sport'>Sport</a></nav></header><article>"
        f"{heading}{body}<p>Der Bundestag hat am Freitag ein Gesetz beschlossen.</p>"
        "</article></body></html>"
    )
    return PageView.parse(html, URL).metadata().title


def _og(prop: str, value: str) -> str:
    return f"<meta property='{prop}' content='{value}'>"


SITE = _og("og:site_name", "Neue Zeitung")
HEAD = "Bundestag beschließt neues Gesetz zur Rente"


@pytest.mark.parametrize("h1", [HEAD, None])
def test_an_og_title_naming_the_site_is_not_the_headline(h1: str | None) -> None:
    head = f"<title>{HEAD} - Neue Zeitung</title>{SITE}{_og('og:title', 'NEUE ZEITUNG')}"
    assert _title(head, h1) == HEAD


@pytest.mark.parametrize("cut", ["Bundestag beschließt neues…", "Bundestag beschließt ne..."])
def test_an_og_title_cut_short_gives_way_to_the_whole_title(cut: str) -> None:
    head = f"<title>{HEAD} | Neue Zeitung</title>{SITE}{_og('og:title', cut)}"
    assert _title(head) == HEAD


def test_an_og_title_ending_in_an_ellipsis_no_other_source_holds_stays() -> None:
    head = f"<title>Warten auf… - Neue Zeitung</title>{SITE}{_og('og:title', 'Warten auf…')}"
    assert _title(head) == "Warten auf…"


def _ld(headline: str) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": headline}
    return f"<script type='application/ld+json'>{json.dumps(data)}</script>"


def test_the_headline_two_sources_print_wins_over_a_social_og_title() -> None:
    head = f"<title>x</title>{_og('og:title', 'Merz: Wir brauchen mutige Reformen')}{_ld(HEAD)}"
    assert _title(head, HEAD) == HEAD
    head = f"<title>{HEAD} - Neue Zeitung</title>{SITE}{_og('og:title', 'Reformen jetzt!')}"
    assert _title(head, HEAD) == HEAD


def test_an_h1_naming_a_blog_does_not_choose_the_title() -> None:
    og = _og("og:title", "Open flow for programmable logic")
    head = f"<title>Silicon Notes: Open flow for programmable logic</title>{og}"
    assert _title(head, "Silicon Notes") == "Open flow for programmable logic"


def test_a_quotation_in_guillemets_is_kept_whole() -> None:
    raw = "Macron : « Nous devons agir maintenant » - Le Quotidien"
    got = page_title(raw, "Le Quotidien", URL)
    assert got == "Macron : « Nous devons agir maintenant »"
    assert page_title("Le Quotidien » Macron promet", "Le Quotidien", URL) == "Macron promet"


def test_bidi_marks_are_no_part_of_a_title() -> None:
    raw = "البرلمان يقر قانونا جديدا للإسكان\u200f - \u200fالجريدة الجديدة"
    assert page_title(raw, "الجريدة الجديدة", URL) == "البرلمان يقر قانونا جديدا للإسكان"
    raw = "\u202bالبرلمان يقر قانونا جديدا للإسكان | الجريدة الجديدة\u202c"
    assert page_title(raw, "الجريدة الجديدة", URL) == "البرلمان يقر قانونا جديدا للإسكان"


@pytest.mark.parametrize("sep", [" - ", " | "])
def test_a_section_the_navigation_names_is_cut_before_the_site(sep: str) -> None:
    head = f"<title>{HEAD}{sep}Politik{sep}Neue Zeitung</title>{SITE}"
    assert _title(head) == HEAD


def test_a_last_part_no_link_names_stays() -> None:
    raw = "Bahn-Streik - was Pendler jetzt wissen müssen"
    head = f"<title>{raw} - Neue Zeitung</title>{SITE}"
    assert _title(head) == raw


def test_a_section_the_headline_prints_stays() -> None:
    whole = f"{HEAD} - Politik"
    head = f"<title>{whole} - Neue Zeitung</title>{SITE}"
    assert _title(head, whole) == whole


def test_an_h1_far_shorter_than_the_og_title_is_a_label() -> None:
    og = "Five mistakes renters make before they sign a lease, and how to avoid them"
    head = f"<title>x</title>{_og('og:title', og)}{_ld('Renters mistakes')}"
    assert _title(head, "Renters mistakes") == og
