"""Publication dates of made-up news pages, by the kind `benchmarks/extraction/date_probe.py`
found missed over 22 languages (session 25, helper dates25): a time after Italian "ore",
German "Uhr" before the zone, Turkey's "TSİ", the Greek half-day "μ.μ.", a Chinese weekday
between the date and the time, "yesterday at 14:03" and Finnish and Arabic "yesterday", the
Greek update label, a printed day at the time its own <time> gives, a stale JSON-LD date
against a URL's day the page prints, a date a Chinese or Japanese sentence tells of; and the
date lines left in the text ("p. m.", "l'8", a Levantine month of two words); one unit in
words ("een uur geleden", "tunti sitten", "před hodinou"), Arabic "today" and its dual
"منذ يومين"."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

import pytest

from pipeline.maintext.datelines import is_dateline
from pipeline.pages import article_from_page
from pipeline.records import Article, RawPage
from pipeline.text.dates import date_in_text, relative_datetime

NOW = datetime(2026, 3, 5, 18, 0, tzinfo=UTC)
STORY = {
    "it": "Il comune ha deciso lunedì di restaurare il vecchio mercato coperto lungo il fiume, "
    "perché ogni sabato vi si terrà un mercato contadino con banchi di tutta la regione.",
    "de": "Der Gemeinderat hat am Montag beschlossen, die alte Markthalle am Fluss zu sanieren, "
    "weil dort künftig jeden Samstag ein Bauernmarkt mit Ständen aus der Region stattfinden soll.",
    "el": "Το δημοτικό συμβούλιο αποφάσισε τη Δευτέρα να ανακαινίσει την παλιά αγορά δίπλα στο "
    "ποτάμι, επειδή εκεί θα γίνεται κάθε Σάββατο λαϊκή αγορά με παραγωγούς από όλη την περιοχή.",
    "ja": "市議会は月曜日、川沿いの古い市場の建物を改修することを決めた。毎週土曜日に地域の農家が"
    "集まる朝市を開く予定で、住民からは期待の声が上がっている",
    "zh": "市议会周一决定翻修河边的旧市场大楼，今后每个星期六将在那里举办农夫市集，来自全区的农户都会"
    "参加，居民们对此充满期待",
    "es": "El ayuntamiento decidió el lunes restaurar el viejo mercado junto al río, porque allí "
    "se celebrará cada sábado un mercado de productores de toda la región.",
    "ar": "قرر المجلس البلدي يوم الاثنين ترميم السوق القديم بجانب النهر، لأن سوقا للمزارعين من كل "
    "المنطقة سيقام هناك كل يوم سبت.",
}


def _article(
    lang: str,
    meta: str = "",
    first: str = "",
    head: str = "",
    url: str = "https://paper.example/news/market.html",
    end: str = "",
    last: str = "",
) -> Article:
    text = STORY[lang]
    body = f"<p>{first}</p>" if first else ""
    body += f"<p>{text}{end}</p><p>2. {text}</p><p>3. {text}</p>"
    body += f"<p>{last}</p>" if last else ""
    html = (
        f"<html lang='{lang}'><head><meta charset='utf-8'><title>Markt</title>{head}</head>"
        f"<body><article><h1>Markthalle {lang}</h1>{meta}<div class='body'>{body}</div>"
        "</article></body></html>"
    )
    raw = RawPage(url=url, body=html.encode(), headers={}, block_checked=True, fetched_at=NOW)
    return article_from_page(raw)


def _meta(*dates: str) -> str:
    return (
        "<div class='meta'>" + "".join(f"<span class='date'>{d}</span>" for d in dates) + "</div>"
    )


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Pubblicato il 3 marzo 2026 ore 09:41", "2026-03-03 09:41 +0000"),
        ("3. März 2026, 09:41 Uhr MEZ", "2026-03-03 09:41 +0100"),
        ("03.03.2026, 09:41 Uhr MESZ", "2026-03-03 09:41 +0200"),
        ("03 Mart 2026 09:41 (TSİ)", "2026-03-03 09:41 +0300"),
        ("3 Μαρτίου 2026, 9:41 μ.μ.", "2026-03-03 21:41 +0000"),
        ("3 Μαρτίου 2026, 9:41 π.μ.", "2026-03-03 09:41 +0000"),
        ("2026年3月3日 星期二 09:41", "2026-03-03 09:41 +0000"),
    ],
)
def test_written_dates_with_their_time_and_zone(text: str, want: str) -> None:
    found = date_in_text(text, UTC)
    assert found is not None and found.strftime("%Y-%m-%d %H:%M %z") == want


@pytest.mark.parametrize(
    "text", ["Yesterday at 09:41", "eilen klo 9.41", "أمس 09:41", "yesterday, 09:41"]
)
def test_yesterday_with_its_time(text: str) -> None:
    assert relative_datetime(text, NOW) == datetime(2026, 3, 4, 9, 41, tzinfo=UTC)


def test_the_greek_update_label_keeps_the_update_apart() -> None:
    got = _article(
        "el", _meta("Ενημερώθηκε: 3 Μαρτίου 2026, 16:30", "Δημοσιεύθηκε: 3 Μαρτίου 2026, 09:41")
    )
    assert got.published_at == datetime(2026, 3, 3, 9, 41, tzinfo=UTC)
    assert got.modified_at == datetime(2026, 3, 3, 16, 30, tzinfo=UTC)


def test_a_printed_day_takes_the_time_of_its_own_time_element() -> None:
    meta = "<div class='meta'><time datetime='2026-03-03T09:41:00+01:00'>3. März 2026</time></div>"
    got = _article("de", meta)
    assert got.published_at is not None
    assert got.published_at.isoformat() == "2026-03-03T09:41:00+01:00"


def test_a_time_element_of_another_day_gives_no_time() -> None:
    meta = "<div class='meta'><time datetime='2026-03-01T09:41:00+01:00'>1. März</time>"
    got = _article("de", meta + "<span class='date'>3. März 2026</span></div>")
    # the printed day at midnight, in the offset the page states elsewhere (frmeta34)
    assert got.published_at == datetime(2026, 3, 3, tzinfo=timezone(timedelta(hours=1)))


def test_a_stale_json_ld_date_gives_way_to_the_day_the_url_and_the_page_print() -> None:
    ld = {"@type": "NewsArticle", "datePublished": "2026-02-10T08:00:00+01:00"}
    head = f"<script type='application/ld+json'>{json.dumps(ld)}</script>"
    url = "https://paper.example/2026/03/03/market.html"
    got = _article("de", _meta("3. März 2026, 09:41 Uhr"), head=head, url=url)
    assert got.published_at == datetime(2026, 3, 3, 9, 41, tzinfo=UTC)
    # ... but not where the printed day is not the URL's: the JSON-LD stays
    got = _article("de", _meta("2. März 2026, 09:41 Uhr"), head=head, url=url)
    assert got.published_at is not None and got.published_at.date().isoformat() == "2026-02-10"


@pytest.mark.parametrize("lang", ["ja", "zh"])
def test_a_date_a_cjk_sentence_tells_of_is_not_the_page_date(lang: str) -> None:
    event = "（2025年1月15日）"
    got = _article(lang, end=event, last="2026年3月3日 09:41")
    assert got.published_at is not None
    assert got.published_at.strftime("%Y-%m-%d %H:%M") == "2026-03-03 09:41"


@pytest.mark.parametrize(
    "line",
    [
        "3 de marzo de 2026, 9:41 p. m.",
        "Pubblicato l'8 marzo 2026 ore 09:41",
        "٣ آذار ٢٠٢٦ ٠٩:٤١",
        "٨ كانون الثاني ٢٠٢٦ ١٤:٠٣",
        "3 Μαρτίου 2026, 9:41 μ.μ.",
    ],
)
def test_date_lines_in_these_forms(line: str) -> None:
    assert is_dateline(line)


def test_a_spanish_date_line_with_p_m_leaves_the_text() -> None:
    got = _article("es", first="3 de marzo de 2026, 9:41 p. m.")
    assert got.published_at == datetime(2026, 3, 3, 21, 41, tzinfo=UTC)
    assert "p. m." not in got.text


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("een uur geleden", 1),
        ("for en time siden", 1),
        ("för en timme sedan", 1),
        ("tunti sitten", 1),
        ("před hodinou", 1),
        ("bir saat önce", 1),
        ("satu jam yang lalu", 1),
        ("منذ يومين", 48),
        ("منذ أسبوعين", 336),
    ],
)
def test_one_unit_in_words_and_the_arabic_dual(text: str, hours: int) -> None:
    assert relative_datetime(text, NOW) == NOW - timedelta(hours=hours)


def test_arabic_today_with_its_time() -> None:
    assert relative_datetime("اليوم 09:41", NOW) == datetime(2026, 3, 5, 9, 41, tzinfo=UTC)


def test_vague_or_sentence_forms_are_no_time() -> None:
    assert relative_datetime("před hodinami", NOW) is None  # (hours ago: how many is not said)
    assert relative_datetime("Het was een mooie dag in de stad.", NOW) is None
