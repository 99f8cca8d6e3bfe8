"""A dateline whose month is a word of any language (pipeline.maintext.datelines `_spoken`):
a day, a month's name and a year with a time, a zone and a label or weekday, and nothing
else, printed at either end of the text. Pages and lines we wrote ourselves."""

from __future__ import annotations

import pytest

from pipeline.maintext.core import own_paragraphs
from pipeline.maintext.datelines import is_dateline
from tests.sample_pages import HARBOUR_STORY as STORY

SPOKEN = [
    "Kamis, 6 Maret 2025 09:15 WIB",
    "Sobota, 1 marca 2025 (06:50)",
    "Data publikacji: 6 marca 2025 09:43",
    "Δημοσίευση: 6 Μαρτίου 2025",
    "6 марта 2025 г.",
    "Yayın Tarihi: Mart 6, 2025 12:41",
    "6 mars 2025",
]
SENTENCES = [
    "Lahir 6 Maret 1990 di Surabaya",
    '" kata Budi Santoso, 6 Maret 2025.',
    "Wywiad eksperta. 6 marca 2025.",
    "Pelabuhan baru dibuka sejak 6 Maret 2025 dan melayani kapal besar.",
    "Pasal 5 tahun 2012",
]


def _page(first: str, last: str) -> str:
    paras = "".join(f"<p>{p}</p>" for p in STORY)
    return (
        "<html><head><title>Harbour opens a new terminal</title></head><body>"
        f"<article><h1>Harbour opens a new terminal</h1><div class='q1'>{first}</div>"
        f"{paras}<div class='q2'>{last}</div></article></body></html>"
    )


@pytest.mark.parametrize("line", SPOKEN)
def test_a_spoken_dateline_at_either_end_is_not_text(line: str) -> None:
    assert is_dateline(line)
    assert own_paragraphs(_page(line, "")) == STORY
    assert own_paragraphs(_page("", line)) == STORY


@pytest.mark.parametrize("line", SENTENCES)
def test_a_sentence_or_reference_with_a_spoken_date_is_not_a_dateline(line: str) -> None:
    assert not is_dateline(line)


RELATIVE = [
    "3 दिन पहले",
    "Mumbai 3 दिन पहले",
    "2 часа назад",
    "3 gün önce",
    "vor 2 Stunden",
    "hace 3 días",
    "2 jam yang lalu",
    "منذ 3 ساعات",
    "5 min. temu",
]
RELATIVE_SENTENCES = ["Он приехал в порт 5 лет назад", "5 лет назад он приехал в город"]


@pytest.mark.parametrize("line", RELATIVE)
def test_a_time_counted_back_at_either_end_is_not_text(line: str) -> None:
    assert is_dateline(line)
    assert own_paragraphs(_page(line, "")) == STORY
    assert own_paragraphs(_page("", line)) == STORY


@pytest.mark.parametrize("line", RELATIVE_SENTENCES)
def test_a_sentence_counting_back_is_not_a_dateline(line: str) -> None:
    assert not is_dateline(line)
