"""Publication dates read from the links a page makes to itself (session 31, helper
dates31b), on pages no other reader dates: a post's title printed as a link to its own
address where the <title> names it otherwise (no headline found: the byline's date under
that heading), and the page's own teaser, with its day, in a list of the site's latest
stories; a first <h1> that does not print the title read past; "January 11,2012" (the comma
glued to the year). Guards: a front page (every logo links to it), teasers of other pages, a
teaser without the headline, a page another reader dates already, a page header's date.
Every page here is made up."""

from __future__ import annotations

import pytest

from pipeline.web.metadata import PageView

_TEXT = "<p>" + "The rangers found the herd near the river after a week of searching. " * 8
_TEXT += "</p>"
_URL = "https://wildlife.example.org/ranger-patrol-finds-the-lost-herd/"
# a theme's menus and widgets above the post: more elements than a page without a headline
# is searched for a date line in
_WIDGETS = "<div class='widgets'>" + "<span><b>Reserve</b></span>" * 800 + "</div>"


def _published(html: str, url: str = _URL) -> str | None:
    view = PageView.parse(html, url)
    assert view is not None
    found = view.metadata().published_at
    return found.date().isoformat() if found is not None else None


def _post(title: str, heading: str, date_line: str) -> str:
    """A blog theme's post: its title an <h3> linking to the post, the day printed below."""
    return (
        f"<html><head><title>{title}</title></head><body>{_WIDGETS}"
        "<div class='post_header'>"
        f"<h3><a href='{_URL}' title='x'>{heading}</a></h3></div>"
        f"<div class='post_detail'><img src='/cal.png' alt=''> {date_line}</div>"
        f"{_TEXT}</body></html>"
    )


def test_a_heading_linking_to_the_page_is_its_headline_for_the_date() -> None:
    # the <title> keeps the site's part after a separator the title reader does not cut
    html = _post(
        "Ranger patrol finds the lost herd \u2039 Wildlife Watch",
        "Report: Ranger patrol finds the lost herd",
        "27 Sep 2016",
    )
    assert _published(html) == "2016-09-27"


def test_the_same_heading_linking_elsewhere_gives_no_date() -> None:
    html = _post(
        "Ranger patrol finds the lost herd \u2039 Wildlife Watch",
        "Report: Ranger patrol finds the lost herd",
        "27 Sep 2016",
    ).replace(f"href='{_URL}'", "href='https://wildlife.example.org/another-story/'")
    assert _published(html) is None


def _teasers(own: str, other: str, headline: str = "Ranger patrol finds the lost herd") -> str:
    """A story whose headline is found, no date under it, and a sidebar of latest stories."""
    return (
        f"<html><head><title>{headline}</title></head><body>"
        f"<h1>{headline}</h1>{_TEXT}"
        "<aside><h3>Latest</h3>"
        "<a href='/drought-closes-the-park/'><div class='teaser'>"
        f"<div class='date'>{other}</div><h2>Drought closes the park</h2></div></a>"
        "<a href='/ranger-patrol-finds-the-lost-herd'><div class='teaser'>"
        f"<div class='date'>{own}</div><h2>{headline}</h2><p>A week's search.</p></div></a>"
        "</aside></body></html>"
    )


def test_the_pages_own_teaser_in_a_list_gives_its_day() -> None:
    assert _published(_teasers("10.11.2021", "12.11.2021")) == "2021-11-10"


def test_teasers_of_other_pages_give_no_day() -> None:
    html = _teasers("", "12.11.2021")
    assert _published(html) is None


def test_a_link_to_the_page_without_its_headline_gives_no_day() -> None:
    html = _teasers("10.11.2021", "12.11.2021").replace(
        "<h2>Ranger patrol finds the lost herd</h2>", "<h2>Read more</h2>"
    )
    assert _published(html) is None


def test_a_front_page_links_to_itself_from_its_logo() -> None:
    html = (
        f"<html><head><title>Welcome</title></head><body>{_WIDGETS}"
        "<h3><a href='/'>Wildlife Watch news and reports</a></h3><div>10.11.2021</div>"
        f"{_TEXT}</body></html>"
    )
    assert _published(html, "https://wildlife.example.org/") is None


@pytest.mark.parametrize("meta_day", ["2021-11-12"])
def test_a_page_dated_by_its_meta_keeps_it(meta_day: str) -> None:
    html = _teasers("10.11.2021", "12.11.2021").replace(
        "</title>", f"</title><meta property='article:published_time' content='{meta_day}'>"
    )
    assert _published(html) == meta_day


_NEWS_URL = "https://swim.example.org/news/read/?id=5793"
_PARAGRAPHS = "".join(
    f"<p>The federation's level passes can now be ordered for the season, part {i}.</p>"
    for i in range(40)
)


def _sidebar_h1_page(date_box: str, header: str = "") -> str:
    """A story under an <h2>, its <title> the section's name, the page's first <h1> a
    sidebar's ('Quicklinks') after it."""
    links = "".join(f"<li><a href='/l{i}'>Link number {i}</a></li>" for i in range(30))
    return (
        "<html><head><title>Synchronised swimming | Swim Federation</title></head><body>"
        f"{header}<div id='col_1'><h2>Level passes can be ordered now</h2>{date_box}"
        f"{_PARAGRAPHS}</div><div id='col_2'><h1>Quicklinks</h1><ul>{links}</ul></div>"
        "</body></html>"
    )


def test_a_first_h1_that_is_not_the_title_is_read_past() -> None:
    box = (
        "<div class='newsSingleHeader'><b>Synchronised swimming</b><br>"
        "<span class='blue'>01.02.2022</span> Category: Federation</div>"
    )
    assert _published(_sidebar_h1_page(box), _NEWS_URL) == "2022-02-01"


def test_past_it_the_page_header_is_not_read() -> None:
    # (a clock's day and time; a day alone there is an edition's: dates35)
    header = "<header class='site-header'><span>Tuesday 01.02.2022 09:41</span></header>"
    assert _published(_sidebar_h1_page("", header), _NEWS_URL) is None


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Wednesday January 11,2012", "2012-01-11"),  # the comma glued to the year
        ("PTI | 03:01 PM,Jan 12,2012", "2012-01-12"),
        ("January 11, 2012", "2012-01-11"),
    ],
)
def test_a_month_day_year_printed_with_the_comma_glued_to_the_year(line: str, day: str) -> None:
    html = (
        "<html><head><title>Ranger patrol finds the lost herd</title></head><body>"
        f"<h1>Ranger patrol finds the lost herd</h1><p>{line}</p>{_TEXT}</body></html>"
    )
    assert _published(html) == day
