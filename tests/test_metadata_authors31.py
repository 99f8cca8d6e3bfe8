"""Author kinds of session 31 (helper authors31), on made-up pages and bylines: a Korean
reporter's byline box printing the address after "=" or in brackets, the posting time before
the name or a subscribe button after the role ("김민수 기자 = minsu@...", "입력 2024.05.12
14:35 김민수 기자", "김민수 기자 구독"); the Spanish, Portuguese and French writing leads that
are also a desk's word ("Redacción: X", "Redação: X", "Rédaction : X") and Italian "A cura di
X" before a name; Vietnamese "Theo X" ("according to X") and "X (Theo Reuters)", the source
after the writer. Before, each gave no author, the wrong one or kept the label in the name.
A desk the page declares as its author (JSON-LD, author meta: "Redaktion", "BWW News Desk",
"PETA-Team"), or printed alone in the byline markup ("Von Redaktion · 24. Januar 2024"), is the
author where no person is named; an account, a company, the site's own name declared so stay
no one's."""

from __future__ import annotations

import json

import pytest

from pipeline.web.metadata import split_authors
from tests.market_pages import market_author, market_page


def _marked(text: str) -> str:
    return f"<div class='article-meta'><span class='byline'>{text}</span></div>"


KOREAN = [
    ("김민수 기자 = minsu@herald.example", ["김민수"]),
    ("김민수 기자 (minsu@herald.example)", ["김민수"]),
    ("김민수 기자 =", ["김민수"]),
    ("입력 2024.05.12 14:35 김민수 기자", ["김민수"]),
    ("입력 2024.05.12 14:35 수정 2024.05.12 15:02 김민수 기자", ["김민수"]),
    ("김민수 기자 구독", ["김민수"]),
    ("김민수 기자 + 구독하기", ["김민수"]),
    ("김민수·이영희 기자", ["김민수", "이영희"]),
]


@pytest.mark.parametrize(("byline", "names"), KOREAN)
def test_a_korean_byline_box_gives_the_reporter_alone(byline: str, names: list[str]) -> None:
    assert split_authors(byline) == names


def test_a_korean_byline_box_under_the_headline_names_the_reporter() -> None:
    page = market_page(_marked("입력 2024.05.12 14:35 김민수 기자 구독"), "ko")
    assert market_author(page) == "김민수"


LEADS = [
    ("es", "Redacción: María García", "María García"),
    ("pt", "Redação: João Silva", "João Silva"),
    ("fr", "Rédaction : Marie Dupont", "Marie Dupont"),
    ("it", "A cura di Marco Rossi", "Marco Rossi"),
    ("it", "a cura di Marco Rossi e Luca Bianchi", "Marco Rossi, Luca Bianchi"),
]


@pytest.mark.parametrize(("lang", "byline", "want"), LEADS)
def test_a_writing_lead_that_is_also_a_desks_word_gives_the_name(
    lang: str, byline: str, want: str
) -> None:
    assert market_author(market_page(_marked(byline), lang)) == want


@pytest.mark.parametrize("byline", ["Redacción: Deportes", "Redacción", "Rédaction : Sport"])
def test_a_desk_after_the_lead_stays_no_ones(byline: str) -> None:
    assert split_authors(byline) == []


def test_a_cura_di_beside_the_writer_stays_the_editors_credit() -> None:
    assert split_authors("Di Marco Rossi, a cura di Luca Bianchi") == ["Marco Rossi"]


VIETNAMESE = [
    ("Theo Nguyễn Văn An", ["Nguyễn Văn An"]),
    ("Như Tâm (Theo Reuters)", ["Như Tâm"]),
    ("Vũ Hoàng (Theo CNN)", ["Vũ Hoàng"]),
    ("Mai Hương (theo AFP)", ["Mai Hương"]),
    ("Theo báo Thanh Niên", []),
]


@pytest.mark.parametrize(("byline", "names"), VIETNAMESE)
def test_vietnamese_theo_is_the_source_not_a_name(byline: str, names: list[str]) -> None:
    assert split_authors(byline) == names


def test_vietnamese_theo_in_the_markup_gives_the_writer() -> None:
    page = market_page(_marked("Vũ Hoàng (Theo CNN)"), "vi")
    assert market_author(page) == "Vũ Hoàng"


@pytest.mark.parametrize(
    ("byline", "name"),
    [
        ("Theo Müller", "Theo Müller"),
        ("Von Theo Müller", "Theo Müller"),
        ("By Theo Walcott", "Theo Walcott"),
    ],
)
def test_the_first_name_theo_stays_a_name(byline: str, name: str) -> None:
    assert split_authors(byline) == [name]


def _ld(author: object) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "author": author}
    return f"<script type='application/ld+json'>{json.dumps(data, ensure_ascii=False)}</script>"


def _meta(value: str) -> str:
    return f"<meta name='author' content='{value}'>"


DESKS = [
    ("de", _meta("Redaktion"), "Redaktion"),
    ("de", _meta("Herald Redaktion"), "Herald Redaktion"),
    ("de", _meta("TVT-Redaktion"), "TVT-Redaktion"),
    ("de", _ld({"@type": "Organization", "name": "PETA-Team"}), "PETA-Team"),
    ("en", _ld({"@type": "Person", "name": "Herald Staff"}), "Herald Staff"),
    ("en", _meta("BWW News Desk"), "BWW News Desk"),
    ("es", _meta("Redacción EC"), "Redacción EC"),
    ("id", _meta("Tim Redaksi"), "Tim Redaksi"),
]


@pytest.mark.parametrize(("lang", "head", "want"), DESKS)
def test_a_desk_the_page_declares_alone_is_the_author(lang: str, head: str, want: str) -> None:
    assert market_author(market_page("", lang, head=head)) == want


@pytest.mark.parametrize(
    "head",
    [
        _meta("admin"),
        _meta("sv_team"),  # an account's handle
        _meta("wegewerk GmbH"),  # a company (the site's web agency), no desk
        _meta("Acme Team AG"),
        _ld({"@type": "Organization", "name": "Herald"}),  # the site's own name
        _meta("https://herald.example/team"),
        _meta("Discuz! Team and Comsenz UI Team"),  # a forum software's makers
    ],
)
def test_an_account_a_company_or_the_site_declared_is_no_author(head: str) -> None:
    assert market_author(market_page("", "de", head=head)) is None


def test_a_person_printed_beside_a_declared_desk_is_the_author() -> None:
    page = market_page(_marked("Von Anna Schmidt"), "de", head=_meta("Redaktion"))
    assert market_author(page) == "Anna Schmidt"


PRINTED_DESKS = [
    ("de", "Von Redaktion · 24. Januar 2024", "Redaktion"),
    ("de", "vom Support Team", "Support Team"),
    ("en", "TMZ STAFF", "TMZ STAFF"),
    ("en", "By Staff Writer", "Staff Writer"),
    ("nl", "Redactie", "Redactie"),
    ("ja", "編集部", "編集部"),
    ("el", "Σύνταξη", "Σύνταξη"),
]


@pytest.mark.parametrize(("lang", "byline", "want"), PRINTED_DESKS)
def test_a_desk_the_byline_prints_alone_is_the_author(lang: str, byline: str, want: str) -> None:
    assert market_author(market_page(_marked(byline), lang)) == want


@pytest.mark.parametrize(
    "byline", ["Politik | 24. Januar 2024", "Herald Media GmbH Team", "Teamwork wins the cup"]
)
def test_a_byline_node_printing_no_desk_gives_no_author(byline: str) -> None:
    assert market_author(market_page(_marked(byline), "de")) is None


def test_a_writer_then_a_desk_after_a_slash_is_no_desk_alone() -> None:
    author = market_author(market_page(_marked("文● ヤマダ／Herald編集部"), "ja"))
    assert "編集部" not in (author or "")
