"""The site's notes about its page printed as lines of the article, in any language
(pipeline.maintext.sitenotes): a typo report by Ctrl+Enter (also where <br> breaks it in
mid-sentence), a disclaimer that the author's opinion is not the site's, logging in to
comment, the comments below; and, through the whole page, lines whose one home is now
pipeline.maintext.sitelines: a prompt to rate the article, the rules for reprinting, a video
teaser's label. Pages and lines we wrote ourselves."""

from __future__ import annotations

import pytest

from pipeline.maintext.core import own_paragraphs
from tests.sample_pages import HARBOUR_STORY as STORY

NOTES = [
    "Нашли опечатку? Выделите её и нажмите Ctrl+Enter",
    "Zauważyłeś błąd? Zaznacz fragment i naciśnij Ctrl+Enter, a redakcja go poprawi.",
    "Found a mistake? Select the text and press Ctrl + Enter",
    "Esta coluna não reflete, necessariamente, a opinião do Portal Exemplo.",
    "Las opiniones de este artículo no reflejan necesariamente la opinión del diario.",
    "The views expressed in this column are those of the author and do not necessarily "
    "reflect the position of Harbour News.",
    "Мнение редакции может не совпадать с мнением автора.",
    "Οι απόψεις του αρθρογράφου δεν εκφράζουν απαραίτητα τις απόψεις της εφημερίδας.",
    "Yazıdaki görüşler yazara aittir, sitemizin görüşlerini yansıtmayabilir.",
    "ادارے کا مضمون نگار کی رائے سے متفق ہونا ضروری نہیں۔",
    "Оцените, пожалуйста, материал",
    "Rate this article",
    "Спасибо! Ваш голос учтен.",
    # French typography: a blank (U+202F, U+00A0 or a space) before the question mark
    "Vous avez repéré une erreur\u202f? Signalez-la",
    "Vous avez repéré une erreur ? Signalez-la à la rédaction.",
    "Vous avez repéré une erreur\u00a0?",
]
KEPT = [
    "The survey does not necessarily reflect the views of all residents of the old town.",
    "A pesquisa não reflete necessariamente a opinião de todos os moradores do bairro.",
    "The results may not be reproduced in humans, the researchers warned on Monday.",
    "Residents have until Friday to register to comment on the new harbour plan.",
    "Пресс-служба отказалась комментировать, кто может войти в новый совет порта.",
    "The minister said the report did not reflect the views of most dock workers at all.",
    "Eksperci twierdzą, że nowe przepisy nie odzwierciedlają realiów pracy w porcie.",
    "Press the green button to call the harbour master after hours.",
]


def _page(note: str, where: str = "end") -> str:
    paras = [f"<p>{p}</p>" for p in STORY]
    if where == "end":
        paras.append(f"<p>{note}</p>")
    else:
        paras.insert(2, f"<p>{note}</p>")
    return (
        "<html><head><title>Harbour opens a new terminal</title></head><body>"
        f"<article><h1>Harbour opens a new terminal</h1>{''.join(paras)}</article></body></html>"
    )


@pytest.mark.parametrize("note", NOTES)
def test_a_site_note_is_not_text(note: str) -> None:
    assert own_paragraphs(_page(note)) == STORY
    assert own_paragraphs(_page(note, "middle")) == STORY


@pytest.mark.parametrize("line", KEPT)
def test_a_sentence_about_views_or_buttons_is_text(line: str) -> None:
    assert own_paragraphs(_page(line, "middle")) == STORY[:2] + [line] + STORY[2:]


def test_a_note_broken_by_br_goes_whole() -> None:
    note = "Если вы нашли ошибку, выделите её и нажмите Ctrl+Enter,<br>чтобы сообщить редакции"
    assert own_paragraphs(_page(note)) == STORY
    assert own_paragraphs(_page(note, "middle")) == STORY


REPRINT_RULES = [
    "При использовании материалов сайта гиперссылка на источник обязательна.",
    "Пожалуйста, не перепечатывайте наши статьи целиком, ставьте ссылку на полный текст.",
    "Przedruk tylko za zgodą redakcji.",
    "Riproduzione riservata",
    "This article may not be reproduced without written permission.",
    "Dilarang mengutip atau menyalin tanpa izin redaksi.",
]


@pytest.mark.parametrize("note", REPRINT_RULES)
def test_the_rules_for_reprinting_are_not_text(note: str) -> None:
    assert own_paragraphs(_page(note)) == STORY


def test_a_reprinted_story_is_text() -> None:
    line = "Газета перепечатала статью американского журнала о новом терминале порта."
    assert own_paragraphs(_page(line, "middle")) == STORY[:2] + [line] + STORY[2:]


COMMENT_LOGIN = [
    "Вы можете комментировать статьи, зарегистрировавшись на нашем сайте.",
    "To comment, please log in or register.",
    "Aby dodać komentarz, zaloguj się.",
    "Para comentar, inicia sesión con tu cuenta.",
    "Yorum yapabilmek için giriş yapın.",
    "Untuk berkomentar, silakan login terlebih dahulu.",
]


@pytest.mark.parametrize("note", COMMENT_LOGIN)
def test_commenting_takes_logging_in_is_not_text(note: str) -> None:
    assert own_paragraphs(_page(note)) == STORY


def test_a_comment_on_registration_is_text() -> None:
    line = "The minister would not comment on how many dock workers had to register again."
    assert own_paragraphs(_page(line, "middle")) == STORY[:2] + [line] + STORY[2:]


@pytest.mark.parametrize(
    "note",
    ["Comments below", "Yorumlar ve Emojiler Aşağıda", "Komentarze poniżej", "Kommentare unten"],
)
def test_a_pointer_to_the_comments_below_is_not_text(note: str) -> None:
    assert own_paragraphs(_page(note)) == STORY


def test_a_sentence_about_the_comments_below_is_text() -> None:
    line = "The comments below the council's post show how angry the residents are."
    assert own_paragraphs(_page(line, "middle")) == STORY[:2] + [line] + STORY[2:]


@pytest.mark.parametrize(
    "note",
    [
        "ZOBACZ WIDEO: Kapitan portu o nowym nabrzeżu",
        "WATCH: The first ship docks at the new terminal",
        "Смотрите видео: первый корабль у нового причала",
        "Veja o vídeo: o primeiro navio no novo terminal",
    ],
)
def test_a_video_teaser_is_not_text(note: str) -> None:
    assert own_paragraphs(_page(note, "middle")) == STORY


def test_a_sentence_about_a_video_is_text() -> None:
    line = "Video of the first ship docking was shared thousands of times on Monday."
    assert own_paragraphs(_page(line, "middle")) == STORY[:2] + [line] + STORY[2:]


@pytest.mark.parametrize(
    "note",
    [
        "Cette chronique ne reflète que l'opinion de son auteur.",
        "Ce billet ne représente que l'opinion de son auteur.",
        "Comentários abaixo",
    ],
)
def test_every_shape_of_a_note_passes_the_mark_gate(note: str) -> None:
    """Each shape of a note holds a mark of the gate looked for first: « ne reflète que »
    and "comentários" held none, and went only beside another mark ("vidéo", "reproduction")."""
    assert own_paragraphs(_page(note, "middle")) == STORY


def test_a_paragraph_after_a_dropped_label_stays() -> None:
    """Only a sentence left open is continued: "Advertisement" is a label, and a paragraph
    opening with "iPhone" after it is text."""
    line = "iPhone owners at the harbour can pay the ferry fare with their phones."
    paras = [f"<p>{p}</p>" for p in STORY]
    paras[2:2] = ["<p>Advertisement</p>", f"<p>{line}</p>"]
    page = (
        "<html><head><title>Harbour opens a new terminal</title></head><body>"
        f"<article><h1>Harbour opens a new terminal</h1>{''.join(paras)}</article></body></html>"
    )
    assert own_paragraphs(page) == STORY[:2] + [line] + STORY[2:]
