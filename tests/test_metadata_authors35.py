"""Author kinds of session 35 (helper authors35), on made-up values and pages: a Japanese or
Chinese role after a name ("山田太郎 著", a translator's "監訳", a photographer's "撮影"), a
desk's word or an outlet's short code after a full name ("Anna Muster Redaktion", "Laura
Virtanen HS"), a dateline's city opening the byline before a dash ("Madrid - María García"),
the plural leads of co-authors in Slavic languages and Greek ("Napisali A i B", "Από τους A
και B"), and an author box (a portrait, the name, a short bio) away from the headline."""

from __future__ import annotations

import pytest

from pipeline.web.metadata import split_authors
from pipeline.web.metadata.roleafter import without_closing_code, without_opening_place
from tests.market_pages import market_author, market_page


@pytest.mark.parametrize(
    ("value", "want"),
    [
        ("山田太郎 著", ["山田太郎"]),
        ("山田太郎著", ["山田太郎"]),
        ("王小明 文", ["王小明"]),
        ("（山田太郎 著）", ["山田太郎"]),
        ("Eric Freeman\u3000著、嶋田 健志\u3000監訳、木下 哲也\u3000訳", ["Eric Freeman"]),
        ("文● 山田太郎", ["山田太郎"]),
        ("文＝山田太郎 写真＝佐藤花子", ["山田太郎"]),
    ],
)
def test_a_writers_role_after_a_japanese_or_chinese_name_is_cut(
    value: str, want: list[str]
) -> None:
    assert split_authors(value) == want


@pytest.mark.parametrize(
    "value",
    ["佐藤花子 監訳", "鈴木一郎 訳", "（佐藤花子撮影）", "写真 佐藤花子", "佐藤花子 イラスト"],
)
def test_a_translators_or_photographers_credit_names_no_author(value: str) -> None:
    assert split_authors(value) == []


def test_a_two_character_name_ending_on_a_role_word_stays_whole() -> None:
    assert split_authors("王 文") == ["王文"]  # (a surname and a given name, no role)


@pytest.mark.parametrize(
    ("value", "want"),
    [
        ("Anna Muster Redaktion", ["Anna Muster"]),
        ("Jane Doe Newsroom", ["Jane Doe"]),
        ("Laura Virtanen HS", ["Laura Virtanen"]),
        ("Иван Петров РИА", ["Иван Петров"]),
        ("Jan van Dijk NOS", ["Jan van Dijk"]),
        ("By Jane Doe CNN", ["Jane Doe"]),
    ],
)
def test_a_desk_or_an_outlets_code_after_a_full_name_is_cut(value: str, want: list[str]) -> None:
    assert split_authors(value) == want


@pytest.mark.parametrize(
    "words",
    [["John", "Smith", "III"], ["Jean", "DUPONT"], ["JANE", "DOE", "BBC"], ["Jane", "Doe", "A"]],
)
def test_a_generation_a_surname_in_capitals_or_a_name_in_capitals_keep_their_last_word(
    words: list[str],
) -> None:
    assert without_closing_code(words) == words


@pytest.mark.parametrize(
    ("value", "want"),
    [
        ("Madrid - María García", ["María García"]),
        ("BOGOTÁ – Juan Pérez y Ana Gómez", ["Juan Pérez", "Ana Gómez"]),
        ("القاهرة - محمد علي", ["محمد علي"]),
        ("Москва - Анна Иванова", ["Анна Иванова"]),
        ("Buenos Aires - María García", ["María García"]),
    ],
)
def test_a_datelines_city_opening_the_byline_is_no_author(value: str, want: list[str]) -> None:
    assert split_authors(value) == want


@pytest.mark.parametrize(
    "value",
    ["EFE - Madrid", "Jane Doe - Reuters", "Madrid - Ana - López", "By Jane - Doe"],
)
def test_no_place_is_cut_without_one_dash_and_a_full_name_after_it(value: str) -> None:
    assert without_opening_place(value) == value


@pytest.mark.parametrize(
    ("value", "want"),
    [
        ("Napisali Jan Kowalski i Anna Nowak", ["Jan Kowalski", "Anna Nowak"]),
        ("Texty: Petr Svoboda a Jana Nová", ["Petr Svoboda", "Jana Nová"]),
        ("Написали Иван Петров и Мария Иванова", ["Иван Петров", "Мария Иванова"]),
        ("Γράφουν: Μαρία Ιωάννου και Νίκος Γεωργίου", ["Μαρία Ιωάννου", "Νίκος Γεωργίου"]),
        ("Από τους Νίκο Γεωργίου και Μαρία Ιωάννου", ["Νίκο Γεωργίου", "Μαρία Ιωάννου"]),
        ("Γράφει η Μαρία Ιωάννου", ["Μαρία Ιωάννου"]),
    ],
)
def test_the_plural_lead_of_co_authors_keeps_the_first(value: str, want: list[str]) -> None:
    assert split_authors(value) == want


@pytest.mark.parametrize(
    ("lang", "byline", "want"),
    [
        ("ja", "<p class='byline'>山田太郎 著</p>", "山田太郎"),
        ("es", "<p class='byline'>Madrid - María García</p>", "María García"),
        ("fi", "<div class='author'>Laura Virtanen HS</div>", "Laura Virtanen"),
        ("pl", "<div class='author'>Napisali Jan Kowalski i Anna Nowak</div>", None),
    ],
)
def test_the_bylines_of_a_page(lang: str, byline: str, want: str | None) -> None:
    assert market_author(market_page(byline, lang)) == (want or "Jan Kowalski, Anna Nowak")


_BOXES = {
    "class": (
        "<div class='author-box'><img src='/a.jpg' alt=''><div><h4>Jane Doe</h4><p>Jane Doe "
        "writes about cities and transport for the Herald.</p></div></div>"
    ),
    "avatar": (
        "<div class='profile-card'><img class='avatar' src='/a.jpg'><div><span>Jane Doe</span>"
        "<p>Jane Doe is a reporter covering the city hall and its markets.</p></div></div>"
    ),
    "alt": (
        "<aside class='side'><img src='/jane.jpg' alt='Jane Doe'><h3>Jane Doe</h3><p>Jane covers "
        "the city hall and its markets for the paper.</p></aside>"
    ),
    "linked": (
        "<div class='bio'><img class='avatar' src='/a.jpg'><a href='/people/jane-doe'>Jane Doe"
        "</a><p>She writes about cities and transport for the paper.</p></div>"
    ),
}


@pytest.mark.parametrize("kind", sorted(_BOXES))
def test_an_author_box_after_the_story_names_its_writer(kind: str) -> None:
    assert market_author(market_page("", "en", closing=_BOXES[kind])) == "Jane Doe"


def test_an_author_box_about_the_author_in_german() -> None:
    box = (
        "<div class='box'><h3>Über die Autorin</h3><img src='/a.jpg'><p><strong>Anna Muster"
        "</strong></p><p>Anna Muster schreibt über Städte und den Verkehr in der Region.</p></div>"
    )
    assert market_author(market_page("", "de", closing=box)) == "Anna Muster"


@pytest.mark.parametrize(
    "box",
    [
        # a teaser: its headline a person's name, its summary opening with it
        "<div class='teaser'><img src='/a.jpg'><h3>Olaf Scholz</h3><p>Olaf Scholz said on "
        "Monday that the budget will hold.</p></div>",
        # a teaser linked to its story, the picture's alt text its headline
        "<div class='card'><a href='/news/x'><img src='/b.jpg' alt='Jane Doe'><h3>Jane Doe</h3>"
        "</a><p>Jane Doe ran through the city on a sunny Sunday morning.</p></div>",
        # a commenter's avatar, name and comment
        "<ol class='commentlist'><li class='comment'><div class='comment-author'><img "
        "class='avatar' src='/g.png'><b>Jane Doe</b><p>Jane Doe here: what a fine market hall "
        "this is going to be.</p></div></li></ol>",
        # a list of writers, each with a picture
        "<div class='team'><div><img src='/a.jpg'><b>Jane Doe</b></div><div><img "
        "src='/b.jpg'><b>John Roe</b></div><p>Our writers cover the city and its markets.</p></div>",
    ],
)
def test_no_teaser_comment_or_list_is_an_author_box(box: str) -> None:
    assert market_author(market_page("", "en", closing=box)) is None


def test_a_desk_closing_an_outlets_name_is_no_persons() -> None:
    assert split_authors("Jane Doe, The River Newsroom") == ["Jane Doe"]


def test_one_of_a_sidebars_columnists_is_no_author_box() -> None:
    box = "".join(
        f"<div class='columnist'><a href='/authors/{slug}'><img src='/{slug}.jpg' alt='{name}'>"
        f"</a><p><a href='/authors/{slug}'>{name}</a></p><p><a href='/news/{slug}'>A column on "
        "the city's new market hall and its stalls</a></p></div>"
        for slug, name in (("jane-doe", "Jane Doe"), ("john-roe", "John Roe"))
    )
    assert market_author(market_page("", "en", closing=f"<div id='side'>{box}</div>")) is None


@pytest.mark.parametrize(
    ("byline", "want"),
    [
        (
            "<p class='byline'><span>By </span><a href='/contributors/jane-doe'>Jane Doe</a><span>"
            "Illustration by </span><a href='/contributors/john-roe'>John Roe</a></p>",
            "Jane Doe",
        ),
        (
            "<p class='byline'><span>Text and illustrations by</span> <a href='/contributors/"
            "jane-doe'>Jane Doe</a></p>",
            "Jane Doe",
        ),
    ],
)
def test_an_illustrators_linked_name_after_its_label_is_no_author(byline: str, want: str) -> None:
    assert market_author(market_page(byline, "en")) == want


@pytest.mark.parametrize(
    "value",
    ["Illustration by John Roe", "Illustrations\n   by John Roe", "Ilustración de Ana Gómez"],
)
def test_an_illustrators_credit_alone_names_no_author(value: str) -> None:
    assert split_authors(value) == []


def test_a_byline_of_name_classed_spans_leaves_the_illustrator_out() -> None:
    byline = (
        "<div class='bylines'><p class='byline' itemprop='author'><span itemprop='name'><span "
        "class='byline__name'><span class='byline__preamble'>By </span><a class='byline__name-"
        "link' href='/contributors/jane-doe'>Jane Doe</a></span></span></p><p class='byline' "
        "itemprop='author'><span itemprop='name'><span class='byline__name'><span class='byline"
        "__preamble'>Illustration\n   by </span><a class='byline__name-link' href='/contributors/"
        "john-roe'>John Roe</a></span></span></p></div>"
    )
    assert market_author(market_page(byline, "en")) == "Jane Doe"


@pytest.mark.parametrize(
    ("value", "want"),
    [
        ("特派員 山田太郎", ["山田太郎"]),
        ("編集委員 山田太郎", ["山田太郎"]),
        ("筆者 山田太郎", ["山田太郎"]),
        ("ワシントン＝山田太郎", ["山田太郎"]),
        ("大阪＝佐藤花子", ["佐藤花子"]),
    ],
)
def test_a_japanese_role_or_dateline_before_the_name_is_cut(value: str, want: list[str]) -> None:
    assert split_authors(value) == want


def test_a_photo_credits_label_before_equals_is_no_dateline() -> None:
    assert split_authors("写真＝佐藤花子") == []


def test_a_pages_worth_of_text_is_not_read_for_roles() -> None:
    """review35b: a 200,000-character value of "name 著、" items took half a second."""
    from pipeline.web.metadata.roleafter import without_cjk_roles

    assert without_cjk_roles("山田太郎 著") == "山田太郎"
    long_value = "山田 著、" * 40_000
    assert without_cjk_roles(long_value) == long_value


def test_a_gallery_of_thousands_of_pictures_is_read_in_linear_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """review35b: each picture's candidate boxes counted every picture of the gallery's
    wrapper (9e6 reads for 3,000 pictures); the count now stops at the second. Pictures
    looked at grow with the gallery, not with its square: twice the pictures, at most 2.5
    times the looks. (Work counted, not timed.)"""
    from pipeline.web.htmltree import parse_document
    from pipeline.web.metadata import authorboxes

    looks = [0]
    real_picture = authorboxes._picture

    def counted(img: object) -> bool:
        looks[0] += 1
        return real_picture(img)  # type: ignore[arg-type]

    monkeypatch.setattr(authorboxes, "_picture", counted)

    def looking(pictures: int) -> int:
        rows = "".join(
            f"<div><img src='p{i}.jpg'><span>Jane Doe</span></div>" for i in range(pictures)
        )
        # (a writer's word on the wrapper: the reader's gate open to every picture, speed36)
        doc = parse_document(f"<html><body><div class='author-list'>{rows}</div></body></html>")
        assert doc is not None
        looks[0] = 0
        assert authorboxes.author_box(doc, frozenset()) == []
        return looks[0]

    assert looking(1000) > 0
    assert looking(2000) <= 2.5 * looking(1000)
