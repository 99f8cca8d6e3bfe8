"""Metadata failure kinds found on held-out pages (benchmarks/extraction/metadata-gold-heldout.tsv),
each on a small fixture written for the test: pages without headline markup, bylines in
other forms, author values that are links, dates in ambiguous or local forms."""

from __future__ import annotations

from datetime import datetime

from pipeline.web.metadata import Metadata, PageView


def meta_of(html: str, url: str = "", now: datetime | None = None) -> Metadata:
    view = PageView.parse(html, url)
    assert view is not None
    return view.metadata(now=now)


_TEXT = "<p>" + "The council met on the budget and voted after a long debate. " * 6 + "</p>"


# --- dates on pages without headline markup ---------------------------------------------------


def test_a_dateline_is_read_on_a_page_without_a_headline() -> None:
    html = (
        "<html><head><title>Air quality index</title></head><body>"
        "<div class='nav'><span>2013-04-10 09:00</span></div>"
        "<table><tr><td><b>Green groups urge new air quality index</b></td></tr>"
        "<tr><td>2012-01-17 HKT 19:37</td></tr>"
        f"<tr><td>{_TEXT}</td></tr></table></body></html>"
    )
    assert meta_of(html).published_at.date().isoformat() == "2012-01-17"  # type: ignore[union-attr]


def test_a_bracketed_dateline_in_chinese_without_a_headline() -> None:
    html = (
        "<html><head><title>中廣新聞網</title></head><body><header>今天 2013/04/10</header>"
        "<div>首頁 新聞總覽 春節就醫急診無休</div><div>春節就醫急診無休 門診初五恢復常態</div>"
        "<div>【2012/01/17 16:59 報導 】</div><div>春節連假長達九天，急診不打烊。</div>"
        "</body></html>"
    )
    assert meta_of(html).published_at.date().isoformat() == "2012-01-17"  # type: ignore[union-attr]


def test_an_empty_h1_is_not_the_headline() -> None:
    html = (
        "<html><head><title>Ελλάδα</title></head><body><h1><img src='logo.png'></h1>"
        + "".join(
            f"<div><a href='/{i}'>Άλλο άρθρο για την οικονομία και τα μέτρα {i}</a></div>"
            for i in range(9)
        )
        + "<h2>Επιδημία το κούρεμα</h2>"
        '<p>Για τρίτη συνεχή χρονιά η χώρα βρίσκεται αντιμέτωπη.</p><p>"Η" 30/12/2011</p>'
        "</body></html>"
    )
    assert meta_of(html).published_at.date().isoformat() == "2011-12-30"  # type: ignore[union-attr]


def test_a_line_too_long_to_be_a_dateline_is_not_read() -> None:
    html = (
        "<html><head><title>x</title></head><body><p>In a report published on 2012-01-17 the "
        "agency said that the index would change over the coming years.</p></body></html>"
    )
    assert meta_of(html).published_at is None
