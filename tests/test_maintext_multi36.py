"""Pages in languages other than English and Chinese (session 36, helper multi36), written in
the shapes the blind multilingual sets kept furniture on: a date with its byline after it on
one line above the body ("Dodano: 3 stycznia 2012, 13:45 Autor: (mk)"), a picture's credit
after a German, Spanish, Portuguese or Italian label ("Titelbild: ...", "(crédito: ...)").
Each assertion failed on the extractor before its change; the guards keep a sentence."""

from __future__ import annotations

import pytest

from pipeline.maintext.core import own_paragraphs
from pipeline.maintext.datelines import is_dateline
from pipeline.maintext.labels import is_furniture_label

BODY_PL = [
    "Lekarze z kilku szpitali w regionie opisali w tym tygodniu wyniki badania, które prowadzili"
    " przez ostatnie trzy lata wśród swoich pacjentów.",
    "Okazało się, że osoby, które regularnie chodziły na spacery, rzadziej trafiały na oddział"
    " z powodu infekcji dróg oddechowych niż pozostali badani.",
    "Autorzy pracy zastrzegają jednak, że potrzebne są dalsze obserwacje, zanim ich wnioski"
    " zostaną przyjęte przez towarzystwa lekarskie w całym kraju.",
    "Wyniki mają zostać przedstawione na wiosennej konferencji, na którą zaproszono także"
    " lekarzy rodzinnych z mniejszych miejscowości.",
]
LEAD_PL = (
    "Codzienny spacer może chronić przed groźnymi infekcjami - twierdzą lekarze, którzy przez"
    " trzy lata obserwowali swoich pacjentów."
)


def _own(page: str) -> str:
    return "\n".join(own_paragraphs(page))


def _page(body: str, headline: str = "<h1>Spacer chroni przed infekcją</h1>") -> str:
    menu = "<ul class='menu'><li><a href='/'>Start</a></li><li><a href='/zdrowie'>Zdrowie</a></li></ul>"
    return (
        f"<html><head><title>Spacer chroni przed infekcją</title></head><body>{menu}"
        f"{headline}{body}<footer><p>Kontakt. Regulamin.</p></footer>"
        "</body></html>"
    )


DATED_BYLINES = [
    "Dodano: 3 stycznia 2012, 13:45 Autor: (mk)",
    "3 stycznia 2012, 13:45 Autor: Jan Kowalski",
    "Opublikowano: 12.05.2024 | Autor: Jan Kowalski",
    "12 mai 2024, 14:35 Par Jean Dupont",
    "12 maggio 2024, 14:35 Autore: Mario Rossi",
    "3 января 2012, 13:45 Автор: Иван Петров",
    "12 Mayıs 2024 14:35 Yazar: Ayşe Yılmaz",
    "12 mei 2024 door Jan de Vries",
]


@pytest.mark.parametrize("line", DATED_BYLINES)
def test_a_date_then_its_byline_is_a_dateline(line: str) -> None:
    assert is_dateline(line)


@pytest.mark.parametrize(
    "line",
    [
        "12 maggio 2024 di sera il sindaco ha parlato alla città",
        "Lahir 6 Maret 1990 di Surabaya",
        "12 de mayo de 2024 por Madrid",
        "3 stycznia 2012 autor tekstu opisał wydarzenia w mieście",
        "Autor: Jan Kowalski",
    ],
)
def test_a_sentence_after_the_date_is_no_byline(line: str) -> None:
    assert not is_dateline(line)


def test_a_date_and_byline_line_under_the_headline_is_left_out() -> None:
    """The date's line under the headline, its author's initials in a span after the date:
    the text opens with the lead."""
    date = "<p id='articleDate'>Dodano: 3 stycznia 2012, 13:45 <span id='byline'>Autor: (mk)</span></p>"
    body = "".join(f"<p>{p}</p>" for p in BODY_PL)
    page = (
        f"<div id='article'><h1>Spacer chroni</h1>{date}"
        f"<strong id='summary'>{LEAD_PL}</strong><div class='col'>{body}</div></div>"
    )
    text = _own(_page(page, headline=""))
    assert "Dodano" not in text and "(mk)" not in text
    assert text.startswith(LEAD_PL) and BODY_PL[-1] in text


CREDITS = [
    "Titelbild: Anna Berger/Bildagentur",
    "Beitragsbild: Anna Berger, Archiv",
    "Bildnachweis: Anna Berger",
    "Bildrechte: Anna Berger",
    "(crédito: Ana Souza/Agência Foto)",
    "Imagen: Juan Pérez",
    "Crédito de la foto: Juan Pérez",
    "Immagine: Mario Rossi",
]


@pytest.mark.parametrize("credit", CREDITS)
def test_a_credit_after_a_picture_label_is_furniture(credit: str) -> None:
    assert is_furniture_label(credit)


@pytest.mark.parametrize("shape", ["end", "figure", "between"])
def test_a_labelled_credit_line_is_left_out_of_the_text(shape: str) -> None:
    credit = "Titelbild: Anna Berger/Bildagentur"
    paras = [f"<p>{p}</p>" for p in BODY_PL]
    if shape == "end":
        inner = "".join(paras) + f"<p>{credit}</p>"
    elif shape == "figure":
        inner = f"<figure><img src='/a.jpg'><figcaption>{credit}</figcaption></figure>" + "".join(
            paras
        )
    else:
        inner = "".join(paras[:2]) + f"<p>{credit}</p>" + "".join(paras[2:])
    text = _own(_page(f"<article>{inner}</article>"))
    assert "Titelbild" not in text and all(p in text for p in BODY_PL)


def test_a_sentence_after_a_credit_label_stays() -> None:
    """A label's rest that closes a sentence and goes on is a caption's text, not a credit."""
    assert not is_furniture_label("Crédito: o banco aprovou a linha. Depois disso, nada mudou")


EMBED_CONSENT = (
    "Wir respektieren deine Privatsphäre und stellen deshalb ohne dein Einverständnis keine"
    " Verbindung zu Netzwerk X her. Hier kannst du deine Einstellungen verwalten."
)


def test_a_german_embed_placeholder_naming_the_readers_consent_is_left_out() -> None:
    """Where a post of a social network stood, the German placeholder saying no connection
    is made without the reader's consent (no cookie named, no "externe Inhalte")."""
    paras = [f"<p>{p}</p>" for p in BODY_PL]
    inner = (
        "".join(paras[:2]) + f"<div class='embed'><p>{EMBED_CONSENT}</p></div>" + "".join(paras[2:])
    )
    text = _own(_page(f"<article>{inner}</article>"))
    assert "Privatsphäre" not in text and all(p in text for p in BODY_PL)


@pytest.mark.parametrize(
    "line",
    [
        "Der Minister sagte, es gebe keine Verbindung zwischen den beiden Fällen.",
        "Ohne deine Hilfe gibt es keine Verbindung zwischen den Dörfern.",
    ],
)
def test_a_sentence_about_no_connection_stays(line: str) -> None:
    paras = [f"<p>{p}</p>" for p in BODY_PL]
    text = _own(_page(f"<article>{''.join(paras[:2])}<p>{line}</p>{''.join(paras[2:])}</article>"))
    assert line in text


@pytest.mark.parametrize(
    "label", ["Teilen mit:", "Comparte esto:", "Compartilhe isso:", "Dit delen:"]
)
def test_a_blogs_translated_share_label_is_furniture(label: str) -> None:
    """The share box's label a blog's publishing tool prints in the reader's language."""
    assert is_furniture_label(label)
    paras = "".join(f"<p>{p}</p>" for p in BODY_PL)
    text = _own(_page(f"<article>{paras}<p>{label}</p></article>"))
    assert label not in text and BODY_PL[-1] in text


@pytest.mark.parametrize(
    "label", ["Przeczytaj też", "Przeczytaj także:", "Δείτε επίσης", "Ayrıca okuyun:", "Vedi anche"]
)
def test_a_read_also_label_of_polish_greek_turkish_italian_is_furniture(label: str) -> None:
    """The label of a pointer to another story, alone on its line between paragraphs, with
    the other story's link under it."""
    assert is_furniture_label(label)
    paras = [f"<p>{p}</p>" for p in BODY_PL]
    box = f"<p>{label}</p><p><a href='/inny/1'>Inny tekst o zdrowiu i chorobach</a></p>"
    text = _own(_page(f"<article>{''.join(paras[:2])}{box}{''.join(paras[2:])}</article>"))
    assert label not in text and all(p in text for p in BODY_PL)


@pytest.mark.parametrize(
    "line",
    ["Ein Kommentar von Anna Schmidt", "Un commento di Marco Rossi", "Eine Analyse von Max Müller"],
)
def test_a_pieces_kind_and_its_writer_is_a_byline_line(line: str) -> None:
    """ "A commentary by Name" alone on its line above the body is its byline."""
    assert is_furniture_label(line)
    paras = "".join(f"<p>{p}</p>" for p in BODY_PL)
    text = _own(_page(f"<article><p>{line}</p>{paras}</article>"))
    assert line not in text and text.startswith(BODY_PL[0])


def test_a_sentence_opening_like_a_pieces_kind_stays() -> None:
    assert not is_furniture_label("Ein Kommentar von gestern zeigt die Lage")


@pytest.mark.parametrize(
    "line", ["Kommentare geschlossen", "Commenti chiusi", "Comentarios cerrados"]
)
def test_the_short_notice_that_comments_are_closed_is_furniture(line: str) -> None:
    assert is_furniture_label(line)
    paras = "".join(f"<p>{p}</p>" for p in BODY_PL)
    text = _own(_page(f"<article>{paras}<p>{line}</p></article>"))
    assert line not in text and BODY_PL[-1] in text
