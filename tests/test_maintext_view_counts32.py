"""A page's count of its readings with its unit ("Dibaca 1.234 kali", "Прочитано: 51 раз",
"Letto 120 volte") or its verb ("1.234 kez okundu", "1 234 просмотра"), and the site
disowning its readers' comments ("Редакция не несет ответственности за комментарии
читателей"), printed as lines of the body (session 32, helper multi32b): furniture, while
the same words without a count, or a sentence about comments, stay text. Every page and line
here is made up."""

from __future__ import annotations

import pytest

from pipeline.maintext.labels import is_furniture_heading, is_furniture_label
from pipeline.maintext.sitenotes import is_site_note
from tests.made_articles import article_keeping, lines_beside

_PAGES = {
    "ru": (
        "В городе открылся новый мост через реку",
        (
            "В субботу в городе торжественно открыли новый автомобильный мост через реку, "
            "строительство которого продолжалось почти четыре года.",
            "По словам мэра, мост позволит разгрузить центральные улицы и сократить время "
            "поездки из спальных районов на двадцать минут.",
            "Жители правого берега давно ждали открытия переправы и пришли на церемонию "
            "целыми семьями, несмотря на холодную погоду.",
            "Движение грузовых машин по мосту будет разрешено только после окончательной "
            "приемки всех сооружений весной.",
        ),
    ),
    "id": (
        "Harga Cabai di Pasar Tradisional Melonjak",
        (
            "Harga cabai rawit di sejumlah pasar tradisional melonjak hampir dua kali lipat "
            "dalam sepekan terakhir akibat cuaca buruk di daerah penghasil.",
            "Para pedagang mengaku pasokan dari petani berkurang drastis sehingga mereka "
            "terpaksa menaikkan harga jual kepada pembeli.",
            "Dinas perdagangan setempat berjanji akan menggelar operasi pasar untuk menekan "
            "harga dalam beberapa hari ke depan.",
            "Ibu rumah tangga berharap pemerintah segera turun tangan agar kebutuhan dapur "
            "tidak semakin membebani keluarga.",
        ),
    ),
}


def _extra(language: str, in_body: str = "", after_text: str = "") -> list[str]:
    title, paragraphs = _PAGES[language]
    first = "".join(f"<p>{p}</p>" for p in paragraphs[:2])
    second = "".join(f"<p>{p}</p>" for p in paragraphs[2:])
    html = (
        f"<html lang='{language}'><head><meta charset='utf-8'><title>{title}</title></head>"
        "<body><header><nav><a href='/'>Home</a></nav></header>"
        f"<main><article><h1>{title}</h1><div class='story'>"
        f"{first}{in_body}{second}{after_text}</div></article></main>"
        "<footer><a href='/contacts'>Contacts</a></footer></body></html>"
    )
    url = f"https://daily.example.org/{language}/news/2026/11/30/bridge-4521"
    return lines_beside(article_keeping(html, url, paragraphs).text, paragraphs)


_COUNTS = [
    "Dibaca 1.234 kali",
    "Dilihat 87 kali",
    "Прочитано: 51 раз",
    "Прочитано 3 раза",
    "1 234 просмотра",
    "Переглянуто 12 разів",
    "Przeczytano 120 razy",
    "1.234 kez okundu",
    "Okunma sayısı: 1.234",
    "Lida 1.234 vezes",
    "Leído 56 veces",
    "Letto 120 volte",
    "1.234 mal gelesen",
    "Διαβάστηκε 120 φορές",
]


@pytest.mark.parametrize("line", _COUNTS)
def test_a_count_of_readings_with_its_unit_or_verb_is_a_line_label(line: str) -> None:
    assert is_furniture_label(line)
    assert is_furniture_label(f"{line}.")
    # never a heading (a view count between paragraphs must not cut what follows)
    assert not is_furniture_heading(line)


@pytest.mark.parametrize(
    "line",
    ["Dibaca kali", "Прочитано", "Letto", "5 kali", "Прочитано раз", "Dibaca 1.234 orang"],
)
def test_the_words_without_a_count_and_its_unit_are_no_label(line: str) -> None:
    assert not is_furniture_label(line)


def test_english_and_french_counts_with_their_unit_stay_text() -> None:
    assert not is_furniture_label("Read 1,234 times")
    assert not is_furniture_label("Lu 1 234 fois")


@pytest.mark.parametrize(
    ("language", "line"), [("ru", "Прочитано: 51 раз"), ("id", "Dibaca 1.234 kali")]
)
def test_a_count_of_readings_goes_between_paragraphs_and_after_the_text(
    language: str, line: str
) -> None:
    assert _extra(language, in_body=f"<p>{line}</p>") == []
    assert _extra(language, after_text=f"<p>{line}</p>") == []


_DISOWNED = [
    "Редакция не несет ответственности за комментарии читателей",
    "Администрация сайта не несёт ответственности за содержание комментариев.",
    "Редакція не несе відповідальності за зміст коментарів",
    "Redakcja nie ponosi odpowiedzialności za treść komentarzy.",
    "The site is not responsible for readers' comments.",
    "El diario no se hace responsable de los comentarios de los lectores",
    "O site não se responsabiliza pelos comentários",
    "La redazione non è responsabile dei commenti dei lettori",
    "Η ιστοσελίδα δεν φέρει καμία ευθύνη για τα σχόλια των αναγνωστών",
]


@pytest.mark.parametrize("line", _DISOWNED)
def test_the_site_disowning_its_readers_comments_is_a_site_note(line: str) -> None:
    assert is_site_note(line)


def test_the_disclaimer_goes_after_the_text() -> None:
    line = _DISOWNED[0]
    assert _extra("ru", after_text=f"<p>{line}</p>") == []


@pytest.mark.parametrize(
    "line",
    [
        "Компания не несет ответственности за комментарии сотрудника, заявил ее представитель.",
        "Он не несет ответственности за комментарии в соцсетях, считает адвокат.",
        "The minister said he is not responsible for the comments of his former adviser.",
    ],
)
def test_a_sentence_on_someone_not_answering_for_comments_is_text(line: str) -> None:
    assert not is_site_note(line)
    assert _extra("ru", in_body=f"<p>{line}</p>") == [line]
