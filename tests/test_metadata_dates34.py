"""Publication dates (session 34, helper dates34): a Japanese byline's day without its year
("1/8(木) 15:20配信", the weekday saying which year), a dash date with a two-digit year
("08-01-26, 14:03"), the order of "08/01/2026" on a page that declares no language and has
no country host (told by its title's short words), and a meta's time later than the update
the page prints under its headline (a re-save's stamp). Every page here is made up."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from pipeline.text.dates import date_in_text, yearless_datetime, yearless_last
from pipeline.text.functionwords import undeclared_language
from pipeline.web.metadata import Metadata, PageView

_JST = timezone(timedelta(hours=9))
_FETCHED = datetime(2026, 1, 9, 3, 0, tzinfo=UTC)
_JA_TEXT = "<p>" + "市議会は予算案について深夜まで審議を続け、賛成多数で可決した。" * 10 + "</p>"
_FR_TEXT = "<p>" + "Le conseil municipal a voté le budget tard dans la soirée. " * 10 + "</p>"


def _metadata(html: str, url: str, now: datetime | None = None) -> Metadata:
    view = PageView.parse(html, url)
    assert view is not None
    return view.metadata(now=now)


def _japanese_day(line: str, now: datetime | None = _FETCHED) -> str:
    html = (
        "<html lang='ja'><head><title>市議会が予算案を可決</title></head><body><article>"
        f"<h1>市議会が予算案を可決</h1><p class='source'>{line}</p>{_JA_TEXT}{_JA_TEXT}"
        "</article></body></html>"
    )
    found = _metadata(html, "https://news.example.jp/articles/abc123", now).published_at
    return found.isoformat() if found else "none"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("毎日新聞 1/8(木) 15:20配信", "2026-01-08T15:20:00+09:00"),
        ("1/8（木） 15:20", "2026-01-08T15:20:00+09:00"),
        ("1月8日(木) 15時20分配信", "2026-01-08T15:20:00+09:00"),
        ("1/8(木)", "2026-01-08T00:00:00+09:00"),
        ("1月8日(木)", "2026-01-08T00:00:00+09:00"),
    ],
)
def test_a_japanese_byline_day_with_its_weekday_and_no_year(line: str, expected: str) -> None:
    assert _japanese_day(line) == expected


def test_the_printed_weekday_says_the_year_of_a_page_fetched_a_year_later() -> None:
    # 8 January fell on a Thursday in 2026, not in 2027
    assert _japanese_day("1/8(木) 15:20配信", datetime(2027, 2, 1, tzinfo=UTC)).startswith(
        "2026-01-08T15:20"
    )
    now = datetime(2027, 2, 1, tzinfo=_JST)
    assert yearless_last("1/8(木)", _JST, now, None) == datetime(2026, 1, 8, tzinfo=_JST)
    assert yearless_last("1月8日", _JST, now, None) == datetime(2027, 1, 8, tzinfo=_JST)


@pytest.mark.parametrize("text", ["1/8 15:20", "1/8(2) 15:20", "3/1 12:30", "比分 3/1"])
def test_a_slash_of_one_digit_without_a_weekday_is_no_day(text: str) -> None:
    now = datetime(2026, 1, 9, 12, tzinfo=_JST)
    assert yearless_datetime(text, now, "ja") is None
    assert yearless_last(text, _JST, now, None, "ja") is None


def test_a_weekday_no_recent_year_has_gives_no_date() -> None:
    now = datetime(2026, 1, 9, 12, tzinfo=_JST)
    # 29 February: in neither 2026 nor 2025
    assert yearless_datetime("2/29(月) 10:00", now, "ja") is None
    # 8 January: a Wednesday in 2025; a Monday in 2024 and a Friday in 2021, pages read years
    # after they were printed: some year always fits that far back, a guess
    assert yearless_datetime("01/08(水) 10:00", now, "ja") == datetime(2025, 1, 8, 10, tzinfo=_JST)
    assert yearless_datetime("01/08(月) 10:00", now, "ja") is None
    assert yearless_datetime("01/08(金) 10:00", now, "ja") is None
    # 9 March, after the fetch day: 2025's (a Sunday), never three years back (2023's Thursday)
    assert yearless_datetime("3/9(日) 18:45", now, "ja") == datetime(
        2025, 3, 9, 18, 45, tzinfo=_JST
    )
    assert yearless_datetime("3/9(木) 18:45", now, "ja") is None
    assert yearless_last("1/8(金)", _JST, now, None) is None


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Geplaatst: 08-01-26, 14:03", "nl", datetime(2026, 1, 8, 14, 3, tzinfo=UTC)),
        ("08-01-26 14:03", "und-nl", datetime(2026, 1, 8, 14, 3, tzinfo=UTC)),  # a .nl host
        ("Updated: 08-14-10 12:41 AM", "en", datetime(2010, 8, 14, 0, 41, tzinfo=UTC)),
    ],
)
def test_a_dash_date_with_a_two_digit_year_and_a_time(
    text: str, language: str | None, expected: datetime
) -> None:
    assert date_in_text(text, UTC, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("26-01-08 14:03", "zh"),  # year first where it is written short
        ("记者 26-01-08 14:03", None),
        ("24-5-13 17:07", None),  # a Weibo post's year-first stamp on a page of no language
        ("08-01-26 14:03", None),
        ("8-1-26 14:03", "nl"),  # two digits each, as a short day-first date writes them
        ("26-01-08 14:03", "sv"),
        ("Geplaatst: 08-01-26", "nl"),  # no time after it: a two-digit year is not read
    ],
)
def test_a_dash_date_with_a_two_digit_year_is_not_read_where_it_may_be_year_first(
    text: str, language: str | None
) -> None:
    assert date_in_text(text, UTC, language) is None


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (("Le conseil municipal vote le budget pour les écoles",), "fr"),
        (("Der Stadtrat stimmt über den Haushalt für die Schulen ab",), "de"),
        (("El ayuntamiento aprueba el presupuesto para las escuelas",), "es"),
        (("Il consiglio approva il bilancio della città", "Il voto nel pomeriggio"), "it"),
        (("The council votes on the budget for the schools",), None),
        (("Budget vote", None), None),
        (("", ""), None),
        # one short word of another language in an English title is no French page
        (("The mayor and the council at Le Mans vote on the budget",), None),
    ],
)
def test_the_day_first_language_of_an_undeclared_title(
    texts: tuple[str | None, ...], expected: str | None
) -> None:
    assert undeclared_language(*texts) == expected


def _undeclared_day(title: str, line: str, url: str = "https://www.example.com/a/vote") -> str:
    html = (
        f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
        f"<p class='date'>{line}</p>{_FR_TEXT}{_FR_TEXT}</article></body></html>"
    )
    found = _metadata(html, url).published_at
    return found.date().isoformat() if found else "none"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Le conseil municipal vote le budget pour les écoles", "2026-01-08"),
        ("Der Stadtrat stimmt über den Haushalt für die Schulen ab", "2026-01-08"),
        ("El ayuntamiento aprueba el presupuesto para las escuelas", "2026-01-08"),
        ("The council votes on the budget for the schools", "2026-08-01"),
        ("Budget 2026", "2026-08-01"),  # too few words to tell: month first, as before
    ],
)
def test_an_undeclared_page_on_a_com_host_reads_the_day_first_where_its_title_is_not_english(
    title: str, expected: str
) -> None:
    assert _undeclared_day(title, "08/01/2026 14:03") == expected


def test_a_declared_language_or_a_country_host_is_not_second_guessed() -> None:
    title = "Le conseil municipal vote le budget pour les écoles"
    # a country host says the order as before (".co.uk": day first; ".ph": month first)
    assert _undeclared_day(title, "08/01/2026", "https://www.example.ph/a") == "2026-08-01"
    html = (
        f"<html lang='en-US'><head><title>{title}</title></head><body><article><h1>{title}"
        f"</h1><p class='date'>08/01/2026</p>{_FR_TEXT}{_FR_TEXT}</article></body></html>"
    )
    found = _metadata(html, "https://www.example.com/a").published_at
    assert found is not None and found.date().isoformat() == "2026-08-01"


def _stand_page(meta: str, line: str) -> Metadata:
    html = (
        f"<html lang='de'><head><title>Daten gehackt</title>{meta}</head><body><article>"
        f"<h1>Daten gehackt</h1><p class='text'>{line}</p>{_FR_TEXT}{_FR_TEXT}"
        "</article></body></html>"
    )
    return _metadata(html, "https://www.example.de/investigativ/daten-101.html")


def test_a_meta_time_after_the_update_printed_under_the_headline_is_a_resave() -> None:
    found = _stand_page(
        "<meta name='date' content='2020-04-29T11:52:23'/>", "Stand: 28.04.2020 18:00 Uhr"
    )
    assert found.published_at == datetime(2020, 4, 28, 18, 0, tzinfo=UTC)


_BERLIN_SUMMER = timezone(timedelta(hours=2))


@pytest.mark.parametrize(
    ("meta", "published", "modified"),
    [
        # the meta before the printed update: both kept apart, as before (both without an
        # offset: the wall clocks of the ".de" domain's country, Berlin's summer time)
        (
            "<meta name='date' content='2020-04-27T09:00:00'/>",
            datetime(2020, 4, 27, 9, 0, tzinfo=_BERLIN_SUMMER),
            datetime(2020, 4, 28, 18, 0, tzinfo=_BERLIN_SUMMER),
        ),
        # a few hours after it on the same day: a zone's difference, not a re-save
        (
            "<meta name='date' content='2020-04-28T20:00:00'/>",
            datetime(2020, 4, 28, 20, 0, tzinfo=_BERLIN_SUMMER),
            None,
        ),
        # a structured modification time: the printed update is not read
        (
            "<meta property='article:published_time' content='2020-04-29T11:52:23Z'/>"
            "<meta property='article:modified_time' content='2020-04-30T08:00:00Z'/>",
            datetime(2020, 4, 29, 11, 52, 23, tzinfo=UTC),
            datetime(2020, 4, 30, 8, 0, tzinfo=UTC),
        ),
    ],
)
def test_a_meta_time_before_the_printed_update_or_on_its_day_stays(
    meta: str, published: datetime, modified: datetime | None
) -> None:
    found = _stand_page(meta, "Stand: 28.04.2020 18:00 Uhr")
    assert (found.published_at, found.modified_at) == (published, modified)


def _generic_meta_page(meta: str, body: str, h1: str = "Daten gehackt") -> Metadata:
    html = (
        f"<html lang='de'><head><title>Daten gehackt</title>{meta}</head><body>"
        f"<h1>{h1}</h1><article>{body}{_FR_TEXT}{_FR_TEXT}</article></body></html>"
    )
    return _metadata(html, "https://www.example.de/aktuell/daten-gehackt")


_MARKED = "<p><time itemprop='datePublished' datetime='2022-01-27'>27.01.2022</time></p>"
_PRINTED = "<p class='meta'>21.01.2022 - 13:30</p>"


@pytest.mark.parametrize(
    ("meta", "body", "expected"),
    [
        # a generic meta, the article's marked publication days away: the marked one
        ("<meta name='date' content='2022-01-21T15:38:44+01:00'>", _MARKED, "2022-01-27"),
        ("<meta name='dcterms.date' content='2022-01-21T09:43+01:00'>", _MARKED, "2022-01-27"),
        # ... the date printed under the headline
        ("<meta name='Date' content='2022-1-26T14:32:06+02:00'>", _PRINTED, "2022-01-21"),
        # a publication meta is not second-guessed
        (
            "<meta property='article:published_time' content='2022-01-26T14:32:06Z'>",
            _PRINTED,
            "2022-01-26",
        ),  # fmt: skip
        ("<meta name='pubdate' content='2022-01-21T15:38:44+01:00'>", _MARKED, "2022-01-21"),
        # within a day of the generic meta: the meta's, as before
        (
            "<meta name='date' content='2022-01-27T13:21:30+01:00'>",
            "<p><time itemprop='datePublished' datetime='2022-01-26T20:35:36+01:00'>x</time></p>",
            "2022-01-27",
        ),  # fmt: skip
    ],
)
def test_a_generic_date_meta_against_the_day_the_article_marks_or_prints(
    meta: str, body: str, expected: str
) -> None:
    found = _generic_meta_page(meta, body).published_at
    assert found is not None and found.date().isoformat() == expected


def test_a_date_after_a_logo_heading_is_no_article_day() -> None:
    # the first <h1> is the site's name; the header prints today's date after it
    found = _generic_meta_page(
        "<meta name='date' content='2017-05-01T17:05:00+02:00'>",
        "<p class='meta'>Mittwoch, 26.02.2020</p>",
        h1="Deutschlandfunk",
    ).published_at
    assert found is not None and found.date().isoformat() == "2017-05-01"


def test_a_generic_meta_against_the_first_time_element_of_the_article() -> None:
    body = "<div class='article-meta'><time datetime='2022-01-25T08:00:00+01:00'>25.01.2022</time></div>"
    found = _generic_meta_page(
        "<meta name='dcterms.date' content='2022-01-21T09:43+01:00'>", body, h1="Umweltamt"
    ).published_at
    assert found is not None and found.date().isoformat() == "2022-01-25"
    # ... a related story's <time> is not the article's
    aside = f"<aside class='related'>{body}</aside>"
    found = _generic_meta_page(
        "<meta name='dcterms.date' content='2022-01-21T09:43+01:00'>", aside, h1="Umweltamt"
    ).published_at
    assert found is not None and found.date().isoformat() == "2022-01-21"
