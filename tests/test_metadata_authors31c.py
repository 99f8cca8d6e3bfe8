"""Author kinds of session 31 (helper authors31c), on made-up pages: a writer's role printed
between the byline's label and the name ("Autor: Rechtsanwalt Max Muster", "Par notre
envoyée spéciale Marie Dupont", "By our correspondent Jane Doe"), the person named without
the role; and a Korean, Japanese or Chinese credit closing the text ("글·사진 김민수",
"文/山田太郎", "取材・文／山田太郎"). Before, the role stayed in the name or no one was named."""

from __future__ import annotations

import pytest

from tests.market_pages import market_author, market_page

ROLE_BETWEEN = [
    ("de", "<p class='author'>Autor: Rechtsanwalt Max Muster</p>", "Max Muster"),
    ("de", "<p>Von Rechtsanwältin Anna Weber</p>", "Anna Weber"),
    ("de", "<p>Von Steuerberaterin Anna Weber</p>", "Anna Weber"),
    ("fr", "<p>Par notre envoyée spéciale Marie Dupont</p>", "Marie Dupont"),
    ("fr", "<p>Par notre correspondant Jean Martin</p>", "Jean Martin"),
    ("fr", "<p>Par Maître Jean Martin, avocat</p>", "Jean Martin"),
    ("en", "<p>By our correspondent Jane Doe</p>", "Jane Doe"),
    ("en", "<p>By Attorney Jane Doe</p>", "Jane Doe"),
    ("en", "<p>By Attorney General Jane Doe</p>", "Jane Doe"),
    ("es", "<p>Por nuestra enviada especial María García</p>", "María García"),
    ("es", "<p>Por la abogada María García</p>", "María García"),
    ("pt", "<p>Por nosso correspondente João Silva</p>", "João Silva"),
    ("it", "<p>Di avvocato Marco Rossi</p>", "Marco Rossi"),
    ("nl", "<p>Door advocaat Jan de Vries</p>", "Jan de Vries"),
    ("ru", "<p>Автор: корреспондент Иван Петров</p>", "Иван Петров"),
    ("pl", "<p>Autor: adwokat Jan Kowalski</p>", "Jan Kowalski"),
]


@pytest.mark.parametrize(("lang", "byline", "want"), ROLE_BETWEEN)
def test_a_role_between_the_label_and_the_name_is_dropped(
    lang: str, byline: str, want: str
) -> None:
    assert market_author(market_page(byline, lang)) == want


KEPT = [
    # an academic title is printed as part of the name (and golds keep it)
    ("en", "<p>By Dr. Jane Doe</p>", "Dr. Jane Doe"),
    ("de", "<p>Von Prof. Dr. Hans Berger</p>", "Prof. Dr. Hans Berger"),
    # a role that credits someone else is no writer's lead
    ("en", "<p class='byline'>By Jane Doe</p><p>Editor John Roe</p>", "Jane Doe"),
]


@pytest.mark.parametrize(("lang", "byline", "want"), KEPT)
def test_titles_and_other_roles_are_kept_as_before(lang: str, byline: str, want: str) -> None:
    assert market_author(market_page(byline, lang)) == want


@pytest.mark.parametrize(
    "byline",
    [
        "<p>By our correspondent</p>",  # a role, no name
        "<p>Par notre envoyée spéciale</p>",
        "<p>By Our Foreign Staff</p>",  # a desk
    ],
)
def test_a_role_alone_names_no_one(byline: str) -> None:
    assert market_author(market_page(byline, "en")) is None


CJK_CLOSING = [
    ("ko", "<p>글·사진 김민수</p>", "김민수"),
    ("ko", "<p>글 김민수</p>", "김민수"),
    ("ko", "<p>사진·글 이영희</p>", "이영희"),
    ("ja", "<p>文/山田太郎</p>", "山田太郎"),
    ("ja", "<p>文：山田太郎</p>", "山田太郎"),
    ("ja", "<p>文・写真：山田太郎</p>", "山田太郎"),
    ("ja", "<p>取材・文／山田太郎</p>", "山田太郎"),
    ("ja", "<p>（文／山田 太郎）</p>", "山田 太郎"),
    ("zh", "<p>文/张三</p>", "张三"),
    ("zh", "<p>（文/李小明）</p>", "李小明"),
]


@pytest.mark.parametrize(("lang", "closing", "want"), CJK_CLOSING)
def test_a_cjk_credit_closing_the_text_names_the_writer(lang: str, closing: str, want: str) -> None:
    page = market_page("", lang, closing=closing + "<footer><p>Newsletter</p></footer>")
    assert market_author(page) == want


@pytest.mark.parametrize(
    "closing",
    [
        # a line in the story going on after the credit-like line
        "<p>文/山田太郎</p><p>"
        + "市場は五月に再開される予定で、地元の農家が毎週土曜日に出店する。" * 4
        + "</p>",
        # a list's label, no name
        "<p>글 목록 보기 전체</p>",
        # an editor's line, not the writer's
        "<p>责任编辑：张三</p>",
    ],
)
def test_no_cjk_credit_where_it_is_none(closing: str) -> None:
    assert market_author(market_page("", "ja", closing=closing)) is None


TEXT_BY = [
    ("de", "<p>Text von Anna Weber</p>", "Anna Weber"),
    ("de", "<p>Text von Anna Weber Illustration von Max Muster</p>", "Anna Weber"),
    ("de", "<p>Text von Anna Weber, Illustration von Max Muster</p>", "Anna Weber"),
    ("en", "<p>Text by Jane Doe Illustration by John Roe</p>", "Jane Doe"),
    ("fr", "<p>Texte de Marie Dupont, photos de Jean Martin</p>", "Marie Dupont"),
    ("es", "<p>Texto de María García, fotos de Juan Pérez</p>", "María García"),
    ("it", "<p>Testo di Marco Rossi, foto di Luca Bianchi</p>", "Marco Rossi"),
    ("nl", "<p>Tekst van Jan de Vries</p>", "Jan de Vries"),
    ("sv", "<p>Text av Anna Svensson</p>", "Anna Svensson"),
]


@pytest.mark.parametrize(("lang", "byline", "want"), TEXT_BY)
def test_a_text_credit_line_under_the_headline_names_the_writer(
    lang: str, byline: str, want: str
) -> None:
    assert market_author(market_page(byline, lang)) == want


def test_a_text_line_of_no_name_names_no_one() -> None:
    assert market_author(market_page("<p>Texte de la loi</p>", "fr")) is None
