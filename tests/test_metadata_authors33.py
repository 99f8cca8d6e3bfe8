"""Author kinds of session 33 (helper authors33), on made-up pages: a Japanese name printed
with a blank between family and given name in any byline of a page in Japanese ("山田 太郎",
read as two Chinese names before), a Japanese paper's dateline naming its reporters
("【ワシントン=山田太郎】"), co-authors each in a byline node of their own beside the first
("<span class='author'>A</span> und <span class='author'>B</span>"), a byline inside a block
classed "widget" where the headline's block is classed so too, an author box's bio of
Chinese or Japanese sentences, an agency after a name ("Kari Nordmann NTB", "EFE | Madrid",
"JANE DOE AP Science Writer"), and a first name styled apart from the surname."""

from __future__ import annotations

import json

import pytest

from pipeline.web.metadata import split_authors
from tests.market_pages import PARAGRAPHS, market_author, market_page

JA_STORY = (
    "政府は月曜日、川沿いの古い市場の建物を建て替えることを決めた。地域の農家が毎週土曜日に"
    "店を出せるようにするためで、工事は来年春に始まる予定だという。"
)
JA_PARAGRAPHS = "".join(f"<p>{JA_STORY}</p>" for _ in range(4))


def _ja_page(byline: str = "", first: str = "", lang: str = "ja", head: str = "") -> str:
    """A Japanese story's page: `byline` under its headline, `first` opening its text."""
    declared = f" lang='{lang}'" if lang else ""
    return (
        f"<!doctype html><html{declared}><head><meta charset='utf-8'><title>市場の建物を建て替え"
        f" - 新聞</title>{head}</head><body><main><article><h1>市場の建物を建て替え</h1>"
        f"{byline}<p class='date'>2024年3月4日</p><p>{first}{JA_STORY}</p>{JA_PARAGRAPHS}"
        "</article></main></body></html>"
    )


@pytest.mark.parametrize(
    ("byline", "want"),
    [
        ("<p class='author'>山田 太郎</p>", "山田 太郎"),
        ("<p class='author'>山田　太郎</p>", "山田 太郎"),  # a full-width blank
        ("<p class='author'>山田 太郎、佐藤 花子</p>", "山田 太郎, 佐藤 花子"),
        ("<p class='author'>文：山田 太郎</p>", "山田 太郎"),
        ("<p class='author'>記者 山田 太郎</p>", "山田 太郎"),
        ("<p class='author'>山田太郎、佐藤花子</p>", "山田太郎, 佐藤花子"),
    ],
)
def test_a_japanese_name_keeps_its_blank(byline: str, want: str) -> None:
    assert market_author(_ja_page(byline)) == want


def test_a_japanese_page_is_told_by_its_title_where_it_declares_no_language() -> None:
    assert market_author(_ja_page("<p class='author'>山田 太郎</p>", lang="")) == "山田 太郎"


def test_chinese_names_apart_by_a_blank_stay_two() -> None:
    page = market_page("<p class='author'>记者 张三 李四</p>", "zh")
    assert market_author(page) == "张三, 李四"


def test_a_japanese_json_ld_name_keeps_its_blank() -> None:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "author": {"name": "山田 太郎"}}
    head = f"<script type='application/ld+json'>{json.dumps(ld, ensure_ascii=False)}</script>"
    assert market_author(_ja_page(head=head)) == "山田 太郎"


@pytest.mark.parametrize(
    ("first", "want"),
    [
        ("【ワシントン=山田太郎】", "山田太郎"),
        ("【ワシントン＝山田太郎】", "山田太郎"),
        ("【北京=山田太郎、佐藤花子】", "山田太郎, 佐藤花子"),
        ("【ワシントン=山田太郎、ロンドン=佐藤花子】", "山田太郎, 佐藤花子"),
    ],
)
def test_a_japanese_dateline_names_its_reporters(first: str, want: str) -> None:
    assert market_author(_ja_page(first=first)) == want


@pytest.mark.parametrize(
    "first",
    [
        "【速報】",  # a kicker: no place and "="
        "【ワシントン=米政府は日本時間の火曜日に発表した長い声明の中で】",  # a clause, no name
    ],
)
def test_a_bracket_that_is_no_dateline_names_no_one(first: str) -> None:
    assert market_author(_ja_page(first=first)) is None


def test_a_japanese_dateline_in_byline_markup() -> None:
    assert market_author(_ja_page("<p class='author'>【ワシントン=山田太郎】</p>")) == "山田太郎"


@pytest.mark.parametrize(
    ("lang", "byline", "want"),
    [
        (
            "de",
            "<span class='author'>Anna Schmidt</span> und <span class='author'>Max Müller</span>",
            "Anna Schmidt, Max Müller",
        ),
        (
            "en",
            "<p class='byline'>Jane Doe</p><p class='byline'>John Roe</p>",
            "Jane Doe, John Roe",
        ),
        (
            "no",
            "<div class='author'><a href='/forfatter/kari'>Kari Nordmann</a></div>"
            "<div class='author'><a href='/forfatter/ola'>Ola Hansen</a></div>",
            "Kari Nordmann, Ola Hansen",
        ),
    ],
)
def test_co_authors_in_byline_nodes_of_their_own(lang: str, byline: str, want: str) -> None:
    assert market_author(market_page(byline, lang)) == want


@pytest.mark.parametrize(
    "after",
    [
        "<p class='byline-extra'>John Roe</p>",  # another class
        "<p class='byline'>" + "John Roe writes about the city, its council and its markets "
        "for the paper since 2010 and lives by the river.</p>",  # a bio's length
        "<p>Photos</p><p class='byline'>John Roe</p>",  # not right after it
    ],
)
def test_no_other_node_joins_the_byline(after: str) -> None:
    page = market_page(f"<p class='byline'>Jane Doe</p>{after}", "en")
    assert market_author(page) == "Jane Doe"


def _widget_page(byline_box: str, headline_box: str) -> str:
    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'><title>The market hall is "
        f"rebuilt - Herald</title></head><body><div id='main'><div class='{headline_box}'><h1>"
        f"The market hall is rebuilt</h1></div><div class='{byline_box}'><div class='byline'>"
        f"<a href='/biography/jane-doe'><span class='authorName'>Jane Doe</span></a></div>"
        f"</div><div class='widget story'>{PARAGRAPHS}</div></div></body></html>"
    )


def test_a_byline_in_a_widget_block_when_the_headline_is_in_one_too() -> None:
    page = _widget_page("widget storyContent byline-box", "widget storyContent title")
    assert market_author(page) == "Jane Doe"


@pytest.mark.parametrize(
    ("byline_box", "headline_box"),
    [
        ("widget related", "title"),  # the headline's block is no widget
        ("widget comments", "widget title"),  # a widget of comments
    ],
)
def test_a_byline_in_another_item_is_still_left(byline_box: str, headline_box: str) -> None:
    assert market_author(_widget_page(byline_box, headline_box)) is None


def test_an_author_box_bio_of_japanese_sentences_is_no_list_of_names() -> None:
    bio = (
        "<div class='author-info'><h2 class='author-title'>「グルメ新聞」編集部</h2><p>食べる"
        "ことを愛してやまない集団。人気店や知られざる名店、最新のお取り寄せなど、グルメ必見の"
        "情報をお届けします。</p></div>"
    )
    # the desk the box names (declareddesks), not the bio cut at its commas
    assert market_author(_ja_page(bio)) == "「グルメ新聞」編集部"


@pytest.mark.parametrize(
    ("value", "want"),
    [
        ("Kari Nordmann NTB", ["Kari Nordmann"]),
        ("Anna Lindqvist TT", ["Anna Lindqvist"]),
        ("Jan Novák ČTK", ["Jan Novák"]),
        ("Anna Berger dpa", ["Anna Berger"]),
        ("EFE | Madrid", []),  # the agency and its place: no person
        ("Berlin/dpa", []),
        ("By JANE DOE AP Science Writer", ["JANE DOE"]),
        ("Jane Doe AP Medical Writer", ["Jane Doe"]),
        ("By JANE DOE AP Science Writer\nNEW YORK January 12, 2012 (AP)", ["JANE DOE"]),
        ("By Jane Doe\nATLANTA, Jan. 11 (Reuters)", ["Jane Doe"]),
        # guards
        ("Marie DUPONT", ["Marie DUPONT"]),
        ("Jane Doe/dpa", ["Jane Doe"]),
        ("Anna Schmidt und Max Müller/dpa", ["Anna Schmidt", "Max Müller"]),
        ("Jane Doe Senior Writer", ["Jane Doe"]),
    ],
)
def test_an_agency_beside_a_name(value: str, want: list[str]) -> None:
    assert split_authors(value) == want


def test_a_first_name_styled_apart_is_one_name() -> None:
    page = market_page("<div class='author'><p><span>Marek</span> Gładysz</p></div>", "pl")
    assert market_author(page) == "Marek Gładysz"


def test_two_handles_run_together_stay_two() -> None:
    byline = "<div class='author'><a href='/u/jane'>Jane</a><a href='/u/john'>John</a></div>"
    assert market_author(market_page(byline, "en")) == "Jane, John"


@pytest.mark.parametrize(
    ("value", "want"),
    [
        ("Markus M. Haefliger, London, Beat Bumbacher", ["Markus M. Haefliger", "Beat Bumbacher"]),
        ("Von Anna Berger, Berlin, und Max Muster, Hamburg", ["Anna Berger", "Max Muster"]),
        # guards: full names each, a name in capitals
        ("Jane Doe, John Roe, Mary Major", ["Jane Doe", "John Roe", "Mary Major"]),
        ("Jane Doe, AP, John Roe", ["Jane Doe", "John Roe"]),
    ],
)
def test_a_place_between_two_names_is_the_first_ones(value: str, want: list[str]) -> None:
    assert split_authors(value) == want


@pytest.mark.parametrize(
    ("lang", "line", "want"),
    [
        ("es", "<p><em><strong>Por Agencia EFE</strong></em></p>", "Agencia EFE"),
        ("en", "<p>By AFP</p>", "AFP"),
        ("de", "<p>Von dpa</p>", "dpa"),
        ("fr", "<p>Par AFP</p>", "AFP"),
    ],
)
def test_an_agency_printed_as_the_byline_line(lang: str, line: str, want: str) -> None:
    assert market_author(market_page("", lang, first=line)) == want


def test_a_writer_beside_the_agency_line_is_the_author() -> None:
    page = market_page("<p class='byline'>Jane Doe</p>", "en", first="<p>By AFP</p>")
    assert market_author(page) == "Jane Doe"


@pytest.mark.parametrize(
    ("value", "want"),
    [
        ("Von Anna Schmidt vor 2 Stunden", ["Anna Schmidt"]),
        ("Por María García hace 3 horas", ["María García"]),
        ("Por João Silva há 2 horas", ["João Silva"]),
        ("Par Marie Dupont il y a 2 heures", ["Marie Dupont"]),
        ("Av Kari Nordmann för 2 timmar sedan", ["Kari Nordmann"]),
        ("Autor: Jan Novák před 2 hodinami", ["Jan Novák"]),
        ("Anna Schmidt vor 2 Stunden", ["Anna Schmidt"]),
        # guards: "y" still joins two names, "am" before a day as before
        ("Por María García y Juan Pérez", ["María García", "Juan Pérez"]),
        ("Von Anna Schmidt am 12.03.2024", ["Anna Schmidt"]),
    ],
)
def test_a_time_ago_after_the_name(value: str, want: list[str]) -> None:
    assert split_authors(value) == want


def test_a_byline_node_with_its_time_ago() -> None:
    page = market_page("<p class='byline'>Von Anna Schmidt vor 2 Stunden</p>", "de")
    assert market_author(page) == "Anna Schmidt"


@pytest.mark.parametrize(
    ("value", "want"),
    [
        ("About Susan Young", ["Susan Young"]),  # an author box's heading
        ("Über Anna Schmidt", ["Anna Schmidt"]),
        ("Over Jan Jansen", ["Jan Jansen"]),
        ("Sobre María García", ["María García"]),
        ("About the author", []),  # guards: the box's heading without her name
        ("About us", []),
    ],
)
def test_about_the_writer(value: str, want: list[str]) -> None:
    assert split_authors(value) == want
