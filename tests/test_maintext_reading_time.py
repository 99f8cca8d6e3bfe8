"""The reading time a page prints by its dateline, in any of our languages
(`pipeline.maintext.datelines`): alone on its line or glued to the date before it, at either
end of the text it is no text. A sentence that speaks of minutes and reading stays."""

from __future__ import annotations

import random

import pytest

from pipeline.maintext import datelines
from pipeline.maintext.core import own_paragraphs
from pipeline.maintext.datelines import is_dateline
from tests.sample_pages import HARBOUR_STORY as STORY

READING_TIMES = [
    "5 min read",
    "Mart 4, 2031 09:154dk okuma",
    "Okuma süresi: 3 dakika",
    "Время чтения: 3 минуты",
    "Lesezeit: 4 Min.",
    "4.03.2031 · Temps de lecture : 5 min",
    "Czas czytania: 5 min",
    "Waktu baca 2 menit",
    "4 Maret 2031 | 3 menit baca",
    "5 मिनट पढ़ें",
    "読了時間：約3分",
    "読了時間：約３分",
    "5 MIN READ",
    "٥ دقائق قراءة",
]

SENTENCES = [
    "It takes 5 min to read the harbour master's report, and most captains never do.",
    "The 5 minute read in the pilot's handbook covers the new quay.",
    "Jane Roe 5 min read",
]


def _page(first: str, last: str = "") -> str:
    paras = "".join(f"<p>{p}</p>" for p in STORY)
    return (
        "<html><head><title>Harbour opens a new terminal</title></head><body>"
        f"<article><h1>Harbour opens a new terminal</h1><div class='x1'>{first}</div>"
        f"{paras}<div class='x2'>{last}</div></article></body></html>"
    )


@pytest.mark.parametrize("line", READING_TIMES)
def test_a_reading_time_at_either_end_is_not_text(line: str) -> None:
    assert is_dateline(line)
    assert own_paragraphs(_page(line)) == STORY
    assert own_paragraphs(_page("", line)) == STORY


@pytest.mark.parametrize("line", SENTENCES)
def test_a_line_that_only_mentions_minutes_stays(line: str) -> None:
    assert not is_dateline(line)


def test_every_reading_time_holds_a_digit_and_a_unit() -> None:
    """`is_dateline` looks for `_DIGIT_UNIT` before the reading time: every reading time the
    pattern finds holds one."""
    pieces = [
        *READING_TIMES,
        *SENTENCES,
        "5",
        "٥",
        "３",
        "min",
        "MIN",
        "Min.",
        "分",
        "dk",
        " ",
        "\n",
    ]
    pieces += ["read", "okuma", "Lesezeit", ":", "：", "約", "about", "минуты", "menit", "baca"]
    rng = random.Random(17)
    found = 0
    for _ in range(20_000):
        line = "".join(rng.choices(pieces, k=rng.randint(1, 6)))
        if datelines._READING_TIME.search(line) is not None:
            found += 1
            assert datelines._DIGIT_UNIT.search(line) is not None, line
    assert found > 5_000
