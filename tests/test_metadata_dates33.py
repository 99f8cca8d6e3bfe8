"""Publication dates (session 33, helper dates33): the update and publication labels of more
languages on a line that prints both ("Opdateret 09.01.2026 16:30 | Udgivet 08.01.2026
14:03", "Güncellenme: ... Yayınlanma: ...", German's "Stand:"), an earlier date past a
separator on an update's line whose publication label we do not know, the Maghreb's Arabic
month names ("8 جانفي 2026", "8 يوليوز 2026") and Catalan's elided "d'abril". The
modified date stays apart. Every page here is made up."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from pipeline.text.dates import date_in_text, parse_datetime, relative_datetime
from pipeline.web.metadata import PageView
from pipeline.web.metadata.datelabels import _PUBLISHED_LABEL, _modified_label

_TEXT = "<p>" + "The council met late into the evening to vote on the budget. " * 8 + "</p>"


def _dates(meta: str, lang: str) -> tuple[str, str]:
    html = (
        f"<html lang='{lang}'><head><title>The council votes</title></head><body><article>"
        f"<h1>The council votes on the budget</h1>{meta}{_TEXT}{_TEXT}</article></body></html>"
    )
    view = PageView.parse(html, "https://news.example.org/council-votes")
    assert view is not None
    found = view.metadata()
    day = found.published_at.date().isoformat() if found.published_at else "none"
    return day, found.modified_at.date().isoformat() if found.modified_at else "none"


_LABELS = [
    ("de", "Erstellt:", "Stand:"),
    ("nl", "Gepubliceerd:", "Laatst gewijzigd:"),
    ("nl", "Gepubliceerd op", "Aangepast op"),
    ("da", "Udgivet", "Opdateret"),
    ("no", "Publisert:", "Sist oppdatert:"),
    ("sv", "Publicerat:", "Uppdaterat:"),
    ("is", "Birt:", "Uppfært:"),
    ("cs", "Vydáno:", "Aktualizace:"),
    ("sk", "Publikované:", "Aktualizované:"),
    ("hu", "Létrehozva:", "Módosítva:"),
    ("hu", "Megjelent:", "Utolsó frissítés:"),
    ("tr", "Yayınlanma:", "Güncellenme:"),
    ("hr", "Objavljeno:", "Ažurirano:"),
    ("sr", "Објављено:", "Ажурирано:"),
    ("bg", "Публикувана:", "Обновена:"),
    ("it", "Pubblicato il", "Ultimo aggiornamento:"),
    ("ca", "Publicat:", "Actualitzat:"),
    ("ro", "Publicat:", "Ultima actualizare:"),
    ("en", "Published:", "Last update:"),
    ("et", "Avaldatud:", "Uuendatud:"),
    ("lt", "Paskelbta:", "Atnaujinta:"),
    ("lv", "Publicēts:", "Atjaunots:"),
    ("sl", "Objavljeno:", "Posodobljeno:"),
    ("fa", "تاریخ انتشار:", "بروزرسانی:"),
    ("th", "เผยแพร่:", "อัปเดต:"),
]


@pytest.mark.parametrize(("lang", "published", "updated"), _LABELS)
def test_the_update_printed_first_on_the_line_is_not_the_publication(
    lang: str, published: str, updated: str
) -> None:
    meta = f"<p class='meta'>{updated} 09.01.2026 16:30 | {published} 08.01.2026 14:03</p>"
    assert _dates(meta, lang) == ("2026-01-08", "2026-01-09")


@pytest.mark.parametrize(("lang", "published", "updated"), _LABELS)
def test_the_update_on_its_own_line_above_the_publication(
    lang: str, published: str, updated: str
) -> None:
    meta = f"<div class='meta'><p>{updated} 09.01.2026 16:30</p><p>{published} 08.01.2026 14:03</p></div>"
    assert _dates(meta, lang) == ("2026-01-08", "2026-01-09")


@pytest.mark.parametrize(("lang", "published", "updated"), _LABELS[:6])
def test_the_publication_printed_first_keeps_its_update_apart(
    lang: str, published: str, updated: str
) -> None:
    meta = f"<p class='meta'>{published} 08.01.2026 14:03 | {updated} 09.01.2026 16:30</p>"
    assert _dates(meta, lang) == ("2026-01-08", "2026-01-09")


@pytest.mark.parametrize(
    ("meta", "found"),
    [
        # a publication label we do not know ("Skrevet"), or none, past a bar or a dot
        ("Oppdatert 09.01.2026 16:30 | Skrevet 08.01.2026 14:03", "2026-01-08"),
        ("Oppdatert 09.01.2026 16:30 · 08.01.2026 14:03", "2026-01-08"),
        ("Updated Jan 9, 2026 - Jan 8, 2026", "2026-01-08"),
        # guards: a later date past the bar, an earlier one with no separator before it
        ("Oppdatert 09.01.2026 16:30 | 10.01.2026 08:03", "2026-01-09"),
        ("Oppdatert 09.01.2026 16:30 (08.01.2026)", "2026-01-09"),
    ],
)
def test_an_earlier_date_past_a_separator_on_the_update_s_line(meta: str, found: str) -> None:
    assert _dates(f"<p class='meta'>{meta}</p>", "no")[0] == found


@pytest.mark.parametrize(
    ("text", "label"),
    [("Stand: 09.01.2026, 16:30 Uhr", "Stand:"), ("Last update: 9 January 2026", "Last update")],
)
def test_update_labels(text: str, label: str) -> None:
    found = _modified_label(text)
    assert found is not None and found.group() == label


@pytest.mark.parametrize(
    "text", ["Der Widerstand wächst seit dem 9. Januar 2026", "Der Abstand beträgt 3 Meter"]
)
def test_stand_without_its_colon_labels_nothing(text: str) -> None:
    assert _modified_label(text) is None


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        ("الخميس 8 جانفي 2026", "ar", "2026-01-08"),  # Algeria, Tunisia
        ("15 فيفري 2026", "ar", "2026-02-15"),
        ("15 أفريل 2026 - 14:03", "ar", "2026-04-15"),
        ("15 جوان 2026", "ar", "2026-06-15"),
        ("15 جويلية 2026", "ar", "2026-07-15"),
        ("15 أوت 2025", "ar", "2025-08-15"),
        ("8 يوليوز 2026", "ar", "2026-07-08"),  # Morocco
        ("8 غشت 2026", "ar", "2026-08-08"),
        ("8 شتنبر 2026", "ar", "2026-09-08"),
        ("8 نونبر 2026", "ar", "2026-11-08"),
        ("8 دجنبر 2026", "ar", "2026-12-08"),
        ("8 يونيه 2026", "ar", "2026-06-08"),  # Egypt
        ("8 ابريل 2026", "ar", "2026-04-08"),  # no hamza
        ("8 جانفي 2026", None, "2026-01-08"),  # the page's language unknown
        ("8 d'abril de 2026", "ca", "2026-04-08"),  # Catalan's elided "de"
        ("8 d’octubre del 2026, 14:03", "ca", "2026-10-08"),
        ("8 d'agost de 2026", None, "2026-08-08"),
    ],
)
def test_month_names(text: str, lang: str | None, day: str) -> None:
    found = date_in_text(text, UTC, lang)
    assert found is not None and found.date().isoformat() == day


@pytest.mark.parametrize("text", ["d'abril de 2026", "el 8 d'abril", "8 d'abril 26"])
def test_elided_months_without_a_day_or_a_year_are_no_date(text: str) -> None:
    assert date_in_text(text, UTC, "ca") is None


def _jsonld_page(*blocks: str) -> tuple[str, str, tuple[str, ...]]:
    scripts = "".join(f"<script type='application/ld+json'>{b}</script>" for b in blocks)
    html = (
        f"<html lang='en'><head><title>The council votes</title>{scripts}</head><body><article>"
        f"<h1>The council votes on the budget</h1>{_TEXT}{_TEXT}"
        "<div class='modal'><div class='modal-date'>August 10, 2016</div></div></article></body></html>"
    )
    view = PageView.parse(html, "https://news.example.org/council-votes")
    assert view is not None
    found = view.metadata()
    published = found.published_at.isoformat() if found.published_at else "none"
    modified = found.modified_at.isoformat() if found.modified_at else "none"
    return published, modified, found.authors


_DATES = '"datePublished": "2026-01-08T14:03:00+01:00", "dateModified": "2026-01-09T16:30:00+01:00"'


@pytest.mark.parametrize(
    "block",
    [
        # a quote left unescaped in a name, a "//" line, a JavaScript comment around CDATA,
        # a no-break space between keys, an <img> tag written into a string
        '{"@type": "NewsArticle", "author": {"name": "Jane "JD" Doe"}, ' + _DATES + "}",
        '{"@type": "NewsArticle",\n//"dateCreated": "",\n' + _DATES + "}",
        '/*<![CDATA[*/{"@type": "NewsArticle", ' + _DATES + "}/*]]>*/",
        '{"@type": "NewsArticle",\xa0' + _DATES + "}",
        '{"@type": "NewsArticle", "image": {"url": "<img src="a.jpg">"}, ' + _DATES + "}",
    ],
)
def test_the_dates_of_a_json_ld_block_that_is_no_json(block: str) -> None:
    published, modified, _ = _jsonld_page(block)
    assert (published, modified) == ("2026-01-08T14:03:00+01:00", "2026-01-09T16:30:00+01:00")


def test_a_broken_list_of_items_dates_nothing() -> None:
    items = ", ".join(
        f'{{"@type": "NewsArticle", "headline": "a "b"", "datePublished": "2025-0{n}-01"}}'
        for n in (3, 4)
    )
    published, _, _ = _jsonld_page('{"@type": "ItemList", "itemListElement": [' + items + "]}")
    assert not published.startswith(("2025-03", "2025-04"))


def test_a_json_block_s_article_comes_before_a_broken_block_s() -> None:
    good = '{"@type": "NewsArticle", "author": {"@type": "Person", "name": "Jane Doe"}, "datePublished": "2026-01-07T09:00:00+01:00"}'
    broken = '{"@type": "NewsArticle", "headline": "x "y"", "datePublished": "2026-01-08T14:03:00+01:00"}'
    published, _, authors = _jsonld_page(broken, good)
    assert published == "2026-01-07T09:00:00+01:00" and authors == ("Jane Doe",)


_NOW = datetime(2026, 1, 8, 17, 3, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("3 tundi tagasi", "2026-01-08T14:03"),  # Estonian
        ("pirms 3 stundām", "2026-01-08T14:03"),  # Latvian
        ("pred 3 urami", "2026-01-08T14:03"),  # Slovene
        ("5 päeva tagasi", "2026-01-03T17:03"),
        ("tegnap 14:03", "2026-01-07T14:03"),  # Hungarian
        ("hôm qua 14:03", "2026-01-07T14:03"),  # Vietnamese
        ("jučer u 14:03", "2026-01-07T14:03"),  # Croatian
        ("včeraj 14:03", "2026-01-07T14:03"),  # Slovene
        ("eile 14:03", "2026-01-07T14:03"),  # Estonian
        ("vakar 14:03", "2026-01-07T14:03"),  # Latvian, Lithuanian
        ("ahir a les 14:03", "2026-01-07T14:03"),  # Catalan: its "a les" is no time word
        ("אתמול 14:03", "2026-01-07T14:03"),
        ("دیروز 14:03", "2026-01-07T14:03"),
        ("เมื่อวาน 14:03", "2026-01-07T14:03"),
        ("danas, 09:15", "2026-01-08T09:15"),
        ("hôm kia", "2026-01-06T00:00"),
    ],
)
def test_relative_times(text: str, found: str) -> None:
    date = relative_datetime(text, _NOW)
    assert date is not None and date.strftime("%Y-%m-%dT%H:%M") == found


@pytest.mark.parametrize(
    "text",
    [
        "Danas je vlada u Zagrebu objavila novi plan za ceste i mostove u cijeloj zemlji.",
        "Er schrieb den Brief in aller Eile und schickte ihn ab, bevor der Zug abfuhr.",
    ],
)
def test_a_named_day_inside_a_sentence_is_no_date(text: str) -> None:
    assert relative_datetime(text, _NOW) is None


def test_a_broken_block_s_date_comes_after_the_date_metas() -> None:
    broken = '{"@type": "NewsArticle", "headline": "x "y"", "datePublished": "2026-01-08 20:00:49", "dateModified": "2026-01-08 18:14:32"}'
    metas = (
        "<meta property='article:published_time' content='2026-01-08T19:00:49+01:00'>"
        "<meta property='article:modified_time' content='2026-01-08T17:14:32+01:00'>"
    )
    html = (
        f"<html lang='fr'><head><title>T</title>{metas}<script type='application/ld+json'>{broken}"
        f"</script></head><body><article><h1>The council votes</h1>{_TEXT}{_TEXT}</article></body></html>"
    )
    view = PageView.parse(html, "https://news.example.org/council-votes")
    assert view is not None
    found = view.metadata()
    assert found.published_at is not None and found.modified_at is not None
    assert found.published_at.isoformat() == "2026-01-08T19:00:49+01:00"
    assert found.modified_at.isoformat() == "2026-01-08T17:14:32+01:00"


@pytest.mark.parametrize(
    ("line", "labelled"),
    [
        ("Birt: 8. janúar 2026", True),
        ("Megjelent: 2026. január 8.", True),
        ("Udgivet 8. januar 2026", True),
        ("Birthday party on 8 January 2026", False),
        ("Megjelent az új könyv 2026. január 8-án", False),
    ],
)
def test_publication_labels_of_a_word_of_their_own(line: str, labelled: bool) -> None:
    assert (_PUBLISHED_LABEL.match(line) is not None) == labelled


@pytest.mark.parametrize(
    ("value", "found"),
    [
        ("20260108140300", "2026-01-08T14:03:00+00:00"),  # a compact stamp to the second
        ("202601081403", "2026-01-08T14:03:00+00:00"),  # to the minute: no epoch ms of 1976
        ("1767881000000", "2026-01-08T14:03:20+00:00"),  # epoch milliseconds as before
        ("1767881000", "2026-01-08T14:03:20+00:00"),
    ],
)
def test_compact_stamps(value: str, found: str) -> None:
    date = parse_datetime(value, UTC)
    assert date is not None and date.isoformat() == found


@pytest.mark.parametrize("value", ["20261308140300", "20260132140300", "20260108250300"])
def test_compact_stamps_of_no_day_or_time(value: str) -> None:
    assert parse_datetime(value, UTC) is None


def test_a_korean_page_s_compact_og_regdate() -> None:
    html = (
        "<html lang='ko'><head><title>T</title><meta property='og:regDate' content='20260108140300'>"
        f"</head><body><article><h1>The council votes</h1>{_TEXT}{_TEXT}</article></body></html>"
    )
    view = PageView.parse(html, "https://news.example.org/article/123")
    assert view is not None
    found = view.metadata().published_at
    assert found is not None and found.isoformat() == "2026-01-08T14:03:00+09:00"
