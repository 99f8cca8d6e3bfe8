"""Author kinds of session 31 (helper authors31b), on made-up pages: a credit closing the
article's text, its lead alone on a line and the name on the next ("Von" / "Cosima Weber",
"Text:" / "Ursula Berger", "Published by" / "Jane Doe") or a label and the name on one line
("Autorin: Uta Berg, Projektleiterin in Tunis."), right after the last paragraph of prose;
a personal site named after its owner ("Daniel Moire's blog" at moire.example) or a titled
person ("Dr. Alexander Roe" at alexander-roe.example) whose address spells the name; an author meta that is the
site's own name whole ("Jobs & Hire" at jobsnhire.example), no two names split from it.
Before, each gave no author or the site's name's words as two people."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from pipeline.pages import article_from_page
from pipeline.records import RawPage
from pipeline.web.metadata import split_authors
from tests.market_pages import market_author, market_page

CLOSING = [
    ("de", "<p><em>Von <span>Cosima Weber</span></em></p>", "Cosima Weber"),
    ("de", "<div class='credits'>Text: <span>Ursula Berger</span></div>", "Ursula Berger"),
    ("en", "<div class='about'><h2>Published by</h2><p>Jane Doe</p></div>", "Jane Doe"),
    ("de", "<p><strong>Autorin: Uta Berg, Projektleiterin in Tunis.</strong></p>", "Uta Berg"),
    ("fr", "<p>Par</p><p><a href='/auteurs/marie'>Marie Dupont</a></p>", "Marie Dupont"),
    ("es", "<p>Por</p><p>María García</p>", "María García"),
    ("pl", "<p>Autor:</p><p>Jan Kowalski</p>", "Jan Kowalski"),
    ("ru", "<p>Автор:</p><p>Иван Петров</p>", "Иван Петров"),
    ("tr", "<p>Yazar:</p><p>Ayşe Yılmaz</p>", "Ayşe Yılmaz"),
    ("it", "<p>Di</p><p>Marco Rossi</p>", "Marco Rossi"),
    ("pt", "<p>Texto:</p><p>João Silva</p>", "João Silva"),
    ("nl", "<p>Door</p><p>Jan de Vries</p>", "Jan de Vries"),
    ("sv", "<p>Av</p><p>Anna Svensson</p>", "Anna Svensson"),
    ("el", "<p>Συντάκτης:</p><p>Γιώργος Παπαδόπουλος</p>", "Γιώργος Παπαδόπουλος"),
    ("de", "<p>Text und Fotos:</p><p>Anna Weber</p>", "Anna Weber"),
    ("fi", "<p>Teksti:</p><p>Matti Virtanen</p>", "Matti Virtanen"),
    ("id", "<p>Penulis:</p><p>Siti Aminah</p>", "Siti Aminah"),
    ("ar", "<p>بقلم</p><p>محمد علي</p>", "محمد علي"),
]


@pytest.mark.parametrize(("lang", "closing", "want"), CLOSING)
def test_a_credit_closing_the_text_names_the_writer(lang: str, closing: str, want: str) -> None:
    page = market_page("", lang, closing=closing + "<footer><p>Newsletter</p></footer>")
    assert market_author(page) == want


def test_a_byline_under_the_headline_comes_first() -> None:
    byline = "<div class='byline'>By Anna Smith</div>"
    page = market_page(byline, "en", closing="<p>By</p><p>Jane Doe</p>")
    assert market_author(page) == "Anna Smith"


NOT_CLOSING = [
    # a related story's headline before the lead: no prose there
    "<h3>The bridge reopens in May</h3><p>By</p><p>Jane Doe</p>",
    # prose going on after the name: a line in the story
    "<p>Von</p><p>Cosima Weber</p><p>" + "Die Halle wird im Mai eröffnet, sagte sie. " * 5 + "</p>",
    # a post embedded after the story, cut short, and its poster
    "<p>" + "Prices rise and rents with them, as everyone knows. " * 3 + "In…</p>"
    "<p>Posted by</p><p>Pamela Roe</p><p>on</p><p>Sunday, February 6, 2022</p>",
    # a label and a phrase, no name
    "<p>Text:</p><p>Mehr zum Thema</p>",
]


@pytest.mark.parametrize("closing", NOT_CLOSING)
def test_no_credit_closing_the_text_names_no_one(closing: str) -> None:
    assert market_author(market_page("", "en", closing=closing)) is None


def _author(html: str, url: str) -> str | None:
    page = RawPage(url=url, body=html.encode(), fetched_at=datetime(2024, 3, 5, tzinfo=UTC))
    article = article_from_page(page)
    assert article is not None
    return article.author


def _site_page(site_name: str, byline: str = "") -> str:
    head = f"<meta property='og:site_name' content=\"{site_name}\">"
    return market_page(byline, "en", head=head)


OWNERS = [
    ("Dr. Alexander Roe", "https://www.alexander-roe.example/2024/market", "Alexander Roe"),
    ("Daniel Moire's blog", "https://moire.example/blog/2024/market", "Daniel Moire"),
    ("Prof. Dr. Pamela Stone", "https://www.pamelastone.example/news/market", "Pamela Stone"),
]


@pytest.mark.parametrize(("site", "url", "owner"), OWNERS)
def test_a_personal_site_named_after_its_owner_names_them(site: str, url: str, owner: str) -> None:
    assert _author(_site_page(site), url) == owner


NOT_OWNERS = [
    ("Mother Jones", "https://www.motherjones.example/politics/market"),  # the host is the name
    ("Miami Today", "https://www.miamitodaynews.example/2024/market"),  # a name's shape alone
    ("The Economist", "https://www.economist.example/2024/market"),
    ("Jane Roe", "https://herald.example/2024/market"),  # no address spells the name
    ("Harbour News Group", "https://harbournews.example/2024/market"),
    ("Daniel Moire's blog", "https://herald.example/2024/market"),
]


@pytest.mark.parametrize(("site", "url"), NOT_OWNERS)
def test_a_site_not_named_after_an_owner_it_is_spelled_by_names_no_one(site: str, url: str) -> None:
    assert _author(_site_page(site), url) is None


def test_a_byline_comes_before_the_sites_owner() -> None:
    page = _site_page("Dr. Alexander Roe", "<div class='byline'>By Anna Smith</div>")
    assert _author(page, "https://alexander-roe.example/2024/market") == "Anna Smith"


def test_an_author_meta_that_is_the_sites_name_whole_is_no_two_people() -> None:
    keys = frozenset({"jobsnhire", "jobshire"})
    assert split_authors("Jobs & Hire", keys) == []
    assert split_authors("Anna Smith & Jo Roe", keys) == ["Anna Smith", "Jo Roe"]
    head = "<meta property='og:site_name' content='Jobs &amp; Hire'>"
    head += "<meta name='author' content='Jobs &amp; Hire'>"
    byline = "<div class='wrote_by'>By <a href='/reporters/jose-cruz'>Jose de la Cruz</a></div>"
    page = market_page(byline, "en", head=head)
    assert _author(page, "https://www.jobsnhire.example/articles/1/market") == "Jose de la Cruz"


def test_a_declared_writer_whose_name_holds_the_hosts_label_is_no_site() -> None:
    head = "<meta name='author' content='Mattias Gerber'>"
    page = market_page("<p class='intro'>Notes by Mattias Gerber.</p>", "en", head=head)
    assert _author(page, "https://ma.ttias.example/notes/market") == "Mattias Gerber"
    # ... the site's own name, declared, holding the label, stays the site's
    head = "<meta property='og:site_name' content='Ttias Notes'><meta name='author' content='Ttias Notes'>"
    assert _author(market_page("", "en", head=head), "https://ma.ttias.example/n") is None


def test_a_declared_name_holding_the_hosts_label_as_a_word_is_not_read_whole() -> None:
    head = "<meta name='author' content='HERALD-Online-Experte Anna Smith'>"
    page = market_page("", "en", head=head)
    assert _author(page, "https://www.herald.example/2024/market") != (
        "HERALD-Online-Experte Anna Smith"
    )
