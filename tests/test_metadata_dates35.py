"""Session 35 (dates35): the kinds of publication dates the generic reader still misread, on
made-up pages: an edition's day printed only in the masthead, a two-digit year with its time
after it ("16 января 12 (15:48)"), a byline's date above the headline over a list of other
stories' dates, a date an inline script writes, a day glued to the URL's slug, and a <time>'s
UTC value against the wall clock it prints."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from pipeline.text.dates import date_in_text, slug_date
from pipeline.web.metadata import PageView

_TEXT = "<p>" + "The council met on the budget and voted late in the evening after a debate. " * 6
_TEXT += "</p>"
_TITLE = "Council votes the budget for the harbour"


def _published(
    body: str, url: str = "https://news.example.org/city/budget", now: datetime | None = None
) -> datetime | None:
    html = f"<html><head><title>{_TITLE}</title></head><body>{body}</body></html>"
    view = PageView.parse(html, url)
    assert view is not None
    return view.metadata(now=now).published_at


def _day(body: str, **kwargs: object) -> str | None:
    found = _published(body, **kwargs)  # type: ignore[arg-type]
    return found.date().isoformat() if found is not None else None


def _article(before: str = "", after: str = "") -> str:
    return f"{before}<div class='main'><h1>{_TITLE}</h1>{after}{_TEXT}{_TEXT}</div>"


# --- an edition's day in the masthead ---------------------------------------------------------


@pytest.mark.parametrize(
    "masthead",
    [
        "<div id='header'><img src='/logo.png'><span>Παρασκευή 6 Γενάρη 2012</span></div>",
        "<header><a href='/'>Home</a><p>Freitag, 6. Januar 2012</p></header>",
        "<div class='masthead'><span>Ausgabe vom 06.01.2012</span></div>",
    ],
)
def test_an_editions_day_in_the_masthead(masthead: str) -> None:
    assert _day(_article(before=masthead)) == "2012-01-06"
    # fetched later: an old edition's page
    assert _day(_article(before=masthead), now=datetime(2013, 4, 10, tzinfo=UTC)) == "2012-01-06"


@pytest.mark.parametrize(
    "masthead",
    [
        # a clock, "today", two days, a menu bar, an item's header
        "<div id='header'><span>Freitag, 6. Januar 2012 14:32</span></div>",
        "<div id='header'><span>Heute ist Freitag, 6. Januar 2012</span></div>",
        "<div id='header'><span>6. Januar 2012</span><span>5. Januar 2012</span></div>",
        "<div id='header'><div class='topbar'>Freitag, 6. Januar 2012</div></div>",
        "<div class='post-header'>Freitag, 6. Januar 2012</div>",
    ],
)
def test_no_editions_day_from_a_clock_or_another_items_header(masthead: str) -> None:
    assert _day(_article(before=masthead)) is None


def test_a_masthead_on_the_fetchs_day_is_a_clocks() -> None:
    masthead = "<div id='header'><span>Freitag, 6. Januar 2012</span></div>"
    assert _day(_article(before=masthead), now=datetime(2012, 1, 6, 9, tzinfo=UTC)) is None


def test_a_masthead_day_a_western_clock_still_prints_is_a_clocks() -> None:
    """Fetched at 01:00 UTC on the 7th, a header in a zone behind UTC prints the 6th: its
    clock's, though the page states no zone; a day later no zone's clock printed it."""
    masthead = "<div id='header'><span>Freitag, 6. Januar 2012</span></div>"
    assert _day(_article(before=masthead), now=datetime(2012, 1, 7, 1, tzinfo=UTC)) is None
    assert _day(_article(before=masthead), now=datetime(2012, 1, 8, 1, tzinfo=UTC)) == "2012-01-06"


def test_a_byline_date_wins_over_the_masthead() -> None:
    masthead = "<div id='header'><span>Freitag, 6. Januar 2012</span></div>"
    byline = "<p class='meta'>4. Januar 2012</p>"
    assert _day(_article(before=masthead, after=byline)) == "2012-01-04"


def test_a_masthead_is_read_to_its_first_lines_only() -> None:
    """A "header" wrapping much of the page (an unclosed banner): its first lines are read,
    not every line of it (the day of a list far down is no edition's)."""
    rows = "".join(f"<p>Section number {i}</p>" for i in range(100))
    day = "<span>Freitag, 6. Januar 2012</span>"
    assert _day(_article(before=f"<div id='header'>{day}{rows}</div>")) == "2012-01-06"
    assert _day(_article(before=f"<div id='header'>{rows}{day}</div>")) is None


# --- a two-digit year with its time after it ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Опубликовано 16 января 12 (15:48)", "2012-01-16T15:48:00+00:00"),
        ("16 января 2012 (15:48)", "2012-01-16T15:48:00+00:00"),
        ("16.01.12 (15:48)", "2012-01-16T15:48:00+00:00"),
        ("16.01.12 в 15:48", "2012-01-16T15:48:00+00:00"),
        ("16 janvier 12 à 15h48", "2012-01-16T15:48:00+00:00"),
        ("12 Δεκεμβρίου 11, 15:48", "2011-12-12T15:48:00+00:00"),
        ("16. Januar 12, 15:48 Uhr", "2012-01-16T15:48:00+00:00"),
    ],
)
def test_a_two_digit_year_with_its_time(text: str, iso: str) -> None:
    found = date_in_text(text, UTC)
    assert found is not None and found.isoformat() == iso


@pytest.mark.parametrize("text", ["3 марта 15:00", "16 января 12:30", "on 3 May 12 people"])
def test_no_two_digit_year_without_a_time_after_it(text: str) -> None:
    assert date_in_text(text, UTC) is None


# --- a byline's date above the headline, a list of other dates after it ------------------------


def test_the_date_above_the_headline_over_a_list_of_other_stories() -> None:
    items = "".join(
        f"<li><a href='/n/{i}'>Another story number {i} from the city</a>"
        f"<span>0{i}.04.2013, 18:4{i}</span></li>"
        for i in range(1, 7)
    )
    body = (
        f"<div class='content'><div class='dt'>5 January 2012</div><h1>{_TITLE}</h1>"
        f"<div class='col'><ul>{items}</ul></div><div class='text'>{_TEXT}{_TEXT}</div></div>"
    )
    assert _day(body) == "2012-01-05"


def _teasers(kind: str = "item") -> str:
    return "".join(
        f"<div class='{kind}'><table><tr><td class='date'>0{i}.04.2013, 18:4{i}</td>"
        f"<td><a href='/n/{i}'>Another story number {i}</a></td></tr></table></div>"
        for i in range(1, 6)
    )


def test_the_date_markup_above_the_headline_over_teasers_dated_alike() -> None:
    # the byline's date above a picture and the headline; after it, the site's other stories
    # in boxes whose dates have the same markup (a class naming no related list)
    body = (
        "<div class='date'>5 January 2012</div><div class='time'>15:25</div>"
        "<div class='tools'><a href='/print'>Print</a></div><div class='views'>12 views</div>"
        "<table><tr><td><img src='/p.jpg'></td></tr><tr><td>Photo: the harbour</td></tr>"
        f"</table><h1>{_TITLE}</h1>"
        f"<p>Harbour city, 5 January.</p>{_TEXT}<div class='col'>{_teasers()}</div>"
    )
    assert _day(body) == "2012-01-05"


def test_a_byline_with_its_update_is_no_list() -> None:
    byline = (
        "<div class='info'><p>5 January 2012 10:00</p><p>Updated 6 January 2012 09:00</p>"
        "<p>7 January 2012 08:00</p></div>"
    )
    body = f"<div class='dt'>1 January 2012</div><h1>{_TITLE}</h1>{byline}{_TEXT}"
    assert _day(body) == "2012-01-05"


# --- a date an inline script writes -------------------------------------------------------------


@pytest.mark.parametrize(
    "script",
    [
        '<script>showDate("2019/05/03 10:15:00")</script>',
        "<script>document.write('2019-05-03');</script>",
        "<script><!--\ndocument.write(formatDate(\"2019-05-03\", 'd.m.Y'));\n//--></script>",
    ],
)
def test_a_date_an_inline_script_writes_in_the_byline(script: str) -> None:
    assert _day(_article(after=f"<div class='info'>{script} | 12 views</div>")) == "2019-05-03"


@pytest.mark.parametrize(
    "script",
    [
        "<script>/*300*250, created 2019-05-03*/ var unit = 'u671635';</script>",  # an ad's code
        "<script>countViews('2019050312345');</script>",  # an id
        "<script>setCurrentTime(1556841600000)</script>",  # a clock: the fetch's time
    ],
)
def test_no_date_from_a_script_that_writes_none(script: str) -> None:
    assert _day(_article(after=f"<div class='info'>{script}</div>")) is None


def test_a_script_date_in_the_comments_is_not_the_articles() -> None:
    comments = "<div class='comments'><script>showDate('2019-05-04 10:15')</script></div>"
    assert _day(f"<div class='main'><h1>{_TITLE}</h1>{_TEXT}</div>{comments}") is None


# --- a day glued to the URL's slug ----------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "https://news.example.org/city/council-votes-budget-20190503.html",
        "https://news.example.org/city/council-votes-budget-2019-05-03/",
        "https://news.example.org/city/council_votes_budget_20190503",
    ],
)
def test_a_day_glued_to_the_slug(url: str) -> None:
    assert _day(_article(), url=url) == "2019-05-03"


@pytest.mark.parametrize(
    "url",
    [
        "https://news.example.org/city/council-votes-budget-20191503.html",  # no month 15
        "https://news.example.org/city/story-201905031.html",  # nine digits: an id
        "https://news.example.org/city/budget-20190503/comments",  # not the last segment
        "https://news.example.org/city/x-20190503.html",  # no word before it
    ],
)
def test_no_slug_day_from_an_id(url: str) -> None:
    assert slug_date(url, UTC) is None


def test_a_printed_date_wins_over_the_slug_and_is_not_guarded_by_it() -> None:
    url = "https://news.example.org/city/council-votes-budget-20190503.html"
    # (a slug's number may be an id: a printed date weeks away is still read)
    assert _day(_article(after="<p class='meta'>1 March 2019</p>"), url=url) == "2019-03-01"


# --- a <time>'s UTC value against the wall clock it prints ---------------------------------------

_CEST = timedelta(hours=2)


@pytest.mark.parametrize(
    "byline",
    [
        "<time itemprop='datePublished' datetime='2019-05-02T22:30:00Z'>3. Mai 2019, 00:30</time>",
        "<time datetime='2019-05-02T22:30:00Z'>3. Mai 2019, 00:30</time>",
        "<p class='meta'>3. Mai 2019, 00:30 Uhr</p><time datetime='2019-05-02T22:30:00Z'></time>",
    ],
)
def test_a_utc_time_in_the_offset_of_its_printed_wall_clock(byline: str) -> None:
    found = _published(_article(after=byline))
    assert found is not None
    assert found.date().isoformat() == "2019-05-03" and found.utcoffset() == _CEST
    assert found == datetime(2019, 5, 2, 22, 30, tzinfo=UTC)


def test_a_utc_time_printing_a_day_alone_keeps_its_value() -> None:
    byline = "<time itemprop='datePublished' datetime='2019-05-02T10:30:00Z'>2. Mai 2019</time>"
    found = _published(_article(after=byline))
    assert found is not None and found.isoformat() == "2019-05-02T10:30:00+00:00"


def test_a_utc_time_printing_another_minute_keeps_its_value() -> None:
    byline = (
        "<time itemprop='datePublished' datetime='2019-05-02T22:30:00Z'>3. Mai 2019, 00:37</time>"
    )
    found = _published(_article(after=byline))
    assert found is not None and found.isoformat() == "2019-05-02T22:30:00+00:00"
