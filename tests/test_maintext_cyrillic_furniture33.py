"""Russian, Ukrainian, Polish and Greek news pages' furniture the vocabularies missed (session
33, helper ru33): the related box named "other materials on the topic" ("Читайте другие
материалы по теме:"), a loading placeholder ("Загружается, подождите..."), the comment form's
heading ("Ваше мнение", "Ваш коментар"), the account asked for alone ("Пожалуйста, войдите
или зарегистрируйтесь."), a count of the comments in its counted case ("Комментариев: 0") and
two counts on one line ("Просмотров: 2639 Комментариев: 0"), a credit of the material used
("По материалам: Med Daily"), the site keeping the right to delete comments ("Администрация
сайта оставляет за собой право удалять сообщения ..."). The same words in a sentence stay
text. Every page and line here is made up."""

from __future__ import annotations

import pytest

from pipeline.maintext.labels import is_furniture_heading, is_furniture_label
from pipeline.maintext.sitenotes import is_site_note
from tests.made_articles import article_keeping, lines_beside

_TITLE = "В области отремонтируют сельские больницы"
_PARAGRAPHS = (
    "До конца года в области планируют отремонтировать двенадцать сельских больниц, "
    "сообщили в региональном министерстве здравоохранения.",
    "На ремонт выделено почти триста миллионов рублей, большая часть средств пойдет на замену "
    "кровли, окон и систем отопления.",
    "Главные врачи больниц говорят, что в некоторых зданиях капитальный ремонт не проводился "
    "с середины восьмидесятых годов.",
    "Работы начнутся весной, а первые отремонтированные корпуса примут пациентов уже осенью.",
)


def _extra(in_body: str = "", after_text: str = "") -> list[str]:
    first = "".join(f"<p>{p}</p>" for p in _PARAGRAPHS[:2])
    second = "".join(f"<p>{p}</p>" for p in _PARAGRAPHS[2:])
    html = (
        "<html lang='ru'><head><meta charset='utf-8'>"
        f"<title>{_TITLE}</title></head>"
        "<body><header><nav><a href='/'>Главная</a></nav></header>"
        f"<main><article><h1>{_TITLE}</h1><div class='story'>"
        f"{first}{in_body}{second}{after_text}</div></article></main>"
        "<footer><a href='/contacts'>Контакты</a></footer></body></html>"
    )
    url = "https://oblast-news.example.org/news/2026/12/07/bolnicy-8812"
    return lines_beside(article_keeping(html, url, _PARAGRAPHS).text, _PARAGRAPHS)


_LABELS = [
    "Читайте другие материалы по теме:",
    "Другие материалы по теме",
    "Другие новости по теме:",
    "Матеріали за темою:",
    "Загружается, подождите...",
    "Завантажується...",
    "Trwa ładowanie...",
    "ВАШЕ МНЕНИЕ",
    "Ваш коментар",
    "Twój komentarz",
    "Το σχόλιό σας",
    "Пожалуйста, войдите или зарегистрируйтесь.",
    "Увійдіть або зареєструйтеся",
    "Zaloguj się lub zarejestruj się",
    "Συνδεθείτε ή εγγραφείτε",
]


@pytest.mark.parametrize("line", _LABELS)
def test_the_labels_are_furniture_lines(line: str) -> None:
    assert is_furniture_label(line)


@pytest.mark.parametrize(
    "line",
    [
        "Комментариев: 0",
        "12 komentarzy",
        "Просмотров: 2639 Комментариев: 0",
        "Переглядів: 120 Коментарів: 3",
        "Wyświetleń: 1 204 Komentarzy: 5",
    ],
)
def test_counts_of_views_and_comments_are_lines_never_headings(line: str) -> None:
    assert is_furniture_label(line)
    # a count between paragraphs must not cut the story after it
    assert not is_furniture_heading(line)


@pytest.mark.parametrize(
    "line",
    [
        "Комментариев",
        "В 2011 году 12 комментариев",
        "2 комментария к статье",
        "Просмотров: 2639 Москва: 5",
        "Другие материалы по теме готовятся к публикации.",
        "Пожалуйста, войдите или зарегистрируйтесь на портале госуслуг до конца месяца.",
    ],
)
def test_the_words_in_other_shapes_are_no_label(line: str) -> None:
    assert not is_furniture_label(line)


@pytest.mark.parametrize(
    "line",
    [
        "Просмотров: 2639 Комментариев: 0",
        "Пожалуйста, войдите или зарегистрируйтесь.",
        "Загружается, подождите...",
    ],
)
def test_the_lines_go_between_paragraphs_and_after_the_text(line: str) -> None:
    assert _extra(in_body=f"<p>{line}</p>") == []
    assert _extra(after_text=f"<p>{line}</p>") == []


def test_a_related_box_under_its_heading_goes_after_the_text() -> None:
    box = (
        "<h3>Читайте другие материалы по теме:</h3><ul>"
        "<li><a href='/news/1'>В районе открылась новая поликлиника</a></li>"
        "<li><a href='/news/2'>Врачи рассказали о вакцинации</a></li></ul>"
    )
    assert _extra(after_text=box) == []


def test_the_comment_forms_heading_goes_with_its_form() -> None:
    form = (
        "<h3>Ваше мнение</h3><form action='/comment'><label>Ваше имя:</label>"
        "<input name='name'><textarea name='text'></textarea>"
        "<button>Отправить</button></form>"
    )
    assert _extra(after_text=form) == []


def test_a_sentence_with_the_words_stays_in_the_story() -> None:
    line = "Главврач добавил, что материалы по теме ремонта опубликуют на сайте министерства."
    assert _extra(in_body=f"<p>{line}</p>") == [line]


@pytest.mark.parametrize(
    "line",
    [
        "По материалам: Med Daily",
        "По материалам источника: news.mail.ru",
        "За матеріалами: УНІАН",
        "Na podstawie: PAP",
    ],
)
def test_a_credit_of_the_material_used_is_a_source_line(line: str) -> None:
    assert is_furniture_label(line)
    assert _extra(after_text=f"<p>{line}</p>") == []


@pytest.mark.parametrize(
    "line",
    ["По материалам дела, обвиняемый признал вину.", "По материалам дела: обвиняемый признал вину"],
)
def test_the_words_opening_a_sentence_stay_text(line: str) -> None:
    assert not is_furniture_label(line)


_MODERATED = [
    "Администрация сайта оставляет за собой право удалять сообщения с нецензурными "
    "выражениями, с оскорблениями в адрес других читателей и с рекламой.",
    "Редакция оставляет за собой право удалять комментарии без объяснения причин.",
    "Адміністрація сайту залишає за собою право видаляти коментарі, що містять образи.",
    "Redakcja zastrzega sobie prawo do usuwania komentarzy naruszających regulamin.",
    "The site reserves the right to remove comments that break these rules.",
    "Η ιστοσελίδα διατηρεί το δικαίωμα να διαγράφει σχόλια που περιέχουν ύβρεις.",
]


@pytest.mark.parametrize("line", _MODERATED)
def test_the_site_keeping_the_right_to_delete_comments_is_a_site_note(line: str) -> None:
    assert is_site_note(line)


def test_the_moderation_note_goes_after_the_text() -> None:
    assert _extra(after_text=f"<p>{_MODERATED[0]}</p>") == []


@pytest.mark.parametrize(
    "line",
    [
        "The publisher reserves the right to remove the book from shelves, she said.",
        "Компания оставляет за собой право удалять сообщения, заявил ее представитель.",
        "Редакция оставляет за собой право публикации отдельных комментариев в газете.",
    ],
)
def test_someone_else_keeping_a_right_is_text(line: str) -> None:
    assert not is_site_note(line)
    assert _extra(in_body=f"<p>{line}</p>") == [line]
