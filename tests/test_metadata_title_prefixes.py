"""A section's or site's name before the headline in the <title> ("Blogname » Headline",
"WORLD - Headline") is cut where the page says it is no part of the headline: its <h1>
prints the rest alone, its navigation or a home link prints the prefix, or the prefix is
one of the site's names; a headline whose first part is its own is kept. Every title here
ends with the site's name (" | Example" on example.org): cut first, the rest is kept whole
by `clean_title`, so what is cut after is this module's doing."""

from __future__ import annotations

import pytest

from pipeline.web.metadata import PageView

_FILL = "<p>" + "The harbour board met to review the ferry timetable and its costs. " * 4 + "</p>"


def _title(title: str, body: str, head: str = "") -> str | None:
    html = (
        f"<html><head><title>{title} | Example</title>{head}</head><body>{body}"
        f"<article>{_FILL}{_FILL}</article></body></html>"
    )
    view = PageView.parse(html, "https://example.org/2025/03/ferry-timetable")
    assert view is not None
    return view.metadata().title


_NAV = (
    "<nav><ul><li><a href='/world/'>World</a></li><li><a href='/sport/'>Sport</a></li>"
    "<li><a href='/kultur/'>Διεθνή</a></li></ul></nav>"
)


@pytest.mark.parametrize(
    ("title", "body", "kept"),
    [
        # the section in the navigation
        (
            "WORLD - Ferry timetable to change in spring",
            _NAV,
            "Ferry timetable to change in spring",
        ),
        (
            "Sport | Ferry timetable to change in spring",
            _NAV,
            "Ferry timetable to change in spring",
        ),
        # the same letters without their accents, in capitals
        ("ΔΙΕΘΝΗ - Πετρελαϊκός πυρετός για το λιμάνι", _NAV, "Πετρελαϊκός πυρετός για το λιμάνι"),
        # a breadcrumb or channel path, not a <nav>
        (
            "Economía - El puerto cambia sus horarios",
            "<div class='catpath'><a href='/c/12'>Economía</a></div>",
            "El puerto cambia sus horarios",
        ),
        # the blog's name as the link to its home page
        (
            "Harbour Notes » Ferry timetable to change in spring",
            "<div id='top'><a href='https://example.org/'>Harbour Notes</a></div>",
            "Ferry timetable to change in spring",
        ),
        (
            "港口笔记 » 渡轮时刻表春季调整方案公布",
            "<div><a href='/'>港口笔记</a></div>",
            "渡轮时刻表春季调整方案公布",
        ),
        # the <h1> prints the rest alone (a colon's prefix too)
        (
            "Theory Desk - Ferry timetable to change in spring",
            "<h1>Ferry timetable to change in spring</h1>",
            "Ferry timetable to change in spring",
        ),
        (
            "Gdańsk: Rozkład promów zmieni się wiosną",
            "<h1>Rozkład promów zmieni się wiosną</h1>",
            "Rozkład promów zmieni się wiosną",
        ),
    ],
)
def test_a_section_or_site_prefix_is_cut(title: str, body: str, kept: str) -> None:
    assert _title(title, body) == kept


def test_the_application_name_as_prefix_is_cut() -> None:
    head = (
        "<meta property='og:site_name' content='Harbour Notes Media Group'>"
        "<meta name='application-name' content='HN'>"
    )
    assert _title("HN » Ferry timetable to change in spring", "", head) == (
        "Ferry timetable to change in spring"
    )


@pytest.mark.parametrize(
    ("title", "body"),
    [
        # the <h1> prints the whole title: the first part is the headline's
        (
            "Opinion: The problem with the ferry timetable",
            "<h1>Opinion: The problem with the ferry timetable</h1>",
        ),
        (
            "World - Ferry timetable to change in spring",
            _NAV + "<h1>World - Ferry timetable to change in spring</h1>",
        ),
        # a colon's prefix in the navigation, no <h1>: a place or a speaker of the headline
        ("World: ferry timetable to change in spring", _NAV),
        # a tag link, not navigation
        (
            "Brexit - what happens to the ferries next",
            "<div class='tags'><a href='/t/b'>Brexit</a></div>",
        ),
        # no sign at all
        ("Harbour - the ferry timetable and its costs", ""),
        # a prefix of more words than a section's name
        (
            "The Board Of The Harbour Said - ferry timetable to change soon",
            "<nav><a href='/x'>The Board Of The Harbour Said</a></nav>",
        ),
        # a link to nowhere ("#") is no home link
        (
            "Harbour Notes » Ferry timetable to change in spring",
            "<div><a href='#'>Harbour Notes</a></div>",
        ),
    ],
)
def test_a_headline_s_own_first_part_is_kept(title: str, body: str) -> None:
    assert _title(title, body) == title


def test_without_a_site_part_the_title_is_cut_as_before() -> None:
    # no site's name to cut first: `clean_title` keeps the longest part, as it did
    html = "<html><head><title>WORLD - Ferry timetable to change in spring</title></head></html>"
    view = PageView.parse(html, "https://example.org/a")
    assert view is not None and view.metadata().title == "Ferry timetable to change in spring"


def _page_title(title: str, h1: str, url: str = "https://harbour.test/x/1") -> str | None:
    html = (
        f"<html><head><title>{title}</title></head><body><h1>{h1}</h1>"
        f"<article>{_FILL}{_FILL}</article></body></html>"
    )
    view = PageView.parse(html, url)
    assert view is not None
    return view.metadata().title


@pytest.mark.parametrize(
    ("title", "h1"),
    [
        # a short headline before the site's long tagline (the longest part, kept before)
        ("Ferry Pier - The free encyclopedia of ports and docks", "Ferry Pier"),
        ("渡轮码头 - 自由的百科全书，人人可以编辑", "渡轮码头"),
        # the headline's first part, cut before as if a section's name
        (
            "L’Université PSL : quand les écoles font université | PSL",
            "L’Université PSL : quand les écoles font université",
        ),
    ],
)
def test_the_h1_printing_the_title_s_opening_texts_is_the_title(title: str, h1: str) -> None:
    assert _page_title(title, h1) == h1


@pytest.mark.parametrize(
    ("title", "h1", "kept"),
    [
        # a section's name in the middle of the title
        (
            "Ferry timetable to change in the spring - Politics - Harbour",
            "Politics",
            None,
        ),
        # the site's name, by the host's words or by its shape
        ("Harbour - The ferry timetable and its costs explained", "Harbour", None),
        ("港口网 - 渡轮时刻表春季调整方案公布", "港口网", None),
        # a logo: the heading links to the home page
        (
            "Quay Post - The ferry timetable and its costs explained",
            "<a href='/'>Quay Post</a>",
            None,
        ),
        # a platform's name closing the title
        ("新竹尖石_露营赏枫记 (2) @ 阿文的家 :: 痞客帮 PIXEL ::", "痞客帮 PIXEL", None),
    ],
)
def test_an_h1_that_is_a_section_or_the_site_is_not_the_title(
    title: str, h1: str, kept: str | None
) -> None:
    found = _page_title(title, h1)
    assert found not in (h1, "Quay Post") and (kept is None or found == kept)
