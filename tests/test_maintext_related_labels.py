"""The labels of a related-stories box and of a sponsored box in the languages other than
English (`RELATED`, `LATEST` of `pipeline.maintext.lexicon`): alone on their line they are
no text, and a related box opened by such a heading leaves with its links, on a page whose
classes name nothing."""

from __future__ import annotations

import pytest

from pipeline.maintext.core import own_paragraphs
from pipeline.maintext.linekinds import is_boilerplate_line
from tests.sample_pages import HARBOUR_STORY as STORY

LABELS = [
    "Материалы по теме:",
    "Другие новости",
    "Новости партнеров",
    "Bunlar da ilginizi çekebilir",
    "Sponsorlu İçerik",
    "Berita Lainnya",
    "Konten Sponsor",
    "Contenido patrocinado",
    "Powiązane artykuły",
    "Σχετικές ειδήσεις",
]


@pytest.mark.parametrize("label", LABELS)
def test_a_box_label_alone_is_furniture(label: str) -> None:
    assert is_boilerplate_line(label)


def test_a_sentence_opening_with_the_words_stays() -> None:
    line = "Другие новости из порта пришли только вечером, когда буксир вернулся к причалу."
    assert not is_boilerplate_line(line)


def test_a_related_box_under_its_heading_leaves_the_article() -> None:
    links = "".join(
        f"<li><a href='/n/{i}'>Портовые новости номер {i} о новом терминале</a></li>"
        for i in range(4)
    )
    box = f"<div class='q1'><h3>Другие новости</h3><ul class='q2'>{links}</ul></div>"
    paras = "".join(f"<p>{p}</p>" for p in STORY)
    page = (
        "<html><head><title>Harbour opens a new terminal</title></head><body>"
        f"<div class='a1'><h1>Harbour opens a new terminal</h1>{paras}"
        f"<p class='z9'>Новости партнеров</p>{box}</div></body></html>"
    )
    assert own_paragraphs(page) == STORY
