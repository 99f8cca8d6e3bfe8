"""Bylines of made-up news pages in several languages, by kind (session 25, helper
authors25; `benchmarks/extraction/byline_probe.py` counts them over 22 languages): a role
and where it is held after the name, two names joined by Dutch "en" or Czech "a" before an
agency, names apart by the Arabic comma or by a comma in Chinese, several Japanese names
before 記者, the Greek article's case for every name it leads, Finnish "Kirjoittaja X" as a
line of the text; and the kinds of trafilatura's evaldata pages where we named no one: a
byline line naming the site's account before the writer's "Written by:" line, "Gastbeitrag
von X" and "Blog Beitrag von X"."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from pipeline.pages import article_from_page
from pipeline.records import RawPage
from pipeline.web.metadata import split_authors

STORY = {
    "de": "Der Gemeinderat hat am Montag beschlossen, die alte Markthalle am Fluss zu sanieren, "
    "weil dort künftig jeden Samstag ein Bauernmarkt mit Ständen aus der ganzen Region stattfinden "
    "soll.",
    "fi": "Kunnanvaltuusto päätti maanantaina kunnostaa vanhan kauppahallin joen rannalla, koska "
    "siellä halutaan pitää jatkossa joka lauantai maalaismarkkinat koko seudun tuottajien kanssa.",
    "ja": "市議会は月曜日、川沿いの古い市場の建物を改修することを決めた。今後は毎週土曜日に地域の"
    "農家が集まる朝市を開く予定で、住民からは期待の声が上がっている。",
    "el": "Το δημοτικό συμβούλιο αποφάσισε τη Δευτέρα να ανακαινίσει την παλιά αγορά δίπλα στο "
    "ποτάμι, επειδή εκεί θα γίνεται κάθε Σάββατο λαϊκή αγορά με παραγωγούς από όλη την περιοχή.",
    "en": "The town council decided on Monday to restore the old market hall by the river, "
    "because a farmers' market with stalls from the whole region is to be held there every "
    "Saturday from now on.",
    "nl": "De gemeenteraad heeft maandag besloten de oude markthal aan de rivier op te knappen, "
    "omdat er voortaan elke zaterdag een boerenmarkt met kramen uit de hele regio wordt gehouden.",
}


def _article(lang: str, byline: str = "", line: str = "", top: str = "") -> tuple[str | None, str]:
    text = STORY[lang]
    paragraphs = "".join(f"<p>{n}. {text}</p>" for n in (1, 2, 3))
    marked = f"<div class='article-meta'><span class='byline'>{byline}</span></div>"
    html = (
        f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'><title>T - Bote"
        f"</title></head><body><main><article><h1>Markthalle {text[:20]}</h1>{top}"
        f"{marked if byline else ''}<p class='date'>04.03.2024 09:10</p><div class='x1'>"
        f"{f'<p>{line}</p>' if line else ''}{paragraphs}</div></article></main></body></html>"
    )
    page = RawPage(
        url="https://bote.example/2024/markthalle",
        body=html.encode(),
        headers={"Content-Type": "text/html; charset=utf-8"},
        block_checked=True,
        fetched_at=datetime(2024, 3, 4, 12, tzinfo=UTC),
    )
    article = article_from_page(page)
    return article.author, article.text


@pytest.mark.parametrize(
    ("value", "names"),
    [
        # a role and where it is held, after a comma: no name in "in Wien" nor "Oslo"
        ("Von Petra Huber, Korrespondentin in Wien", ["Petra Huber"]),
        ("Petra Huber und Jonas Graf, Redakteur in Graz", ["Petra Huber", "Jonas Graf"]),
        ("Av Siri Dahl og Ola Lund, korrespondent i Oslo", ["Siri Dahl", "Ola Lund"]),
        ("Rui Costa, correspondente em Paris", ["Rui Costa"]),
        ("كتب: خالد يوسف، مراسل في عمان", ["خالد يوسف"]),
        # ... a role of its own, or a field after the role that is no place: kept as it was
        ("Jane Roe, Staff Writer", ["Jane Roe"]),
        ("Smith, John", ["Smith, John"]),
        # Dutch "en", Czech "a" before an agency or a title
        ("Door Eva Smit en Kees Mol (ANP)", ["Eva Smit", "Kees Mol"]),
        ("Jana Malá a Petr Král | ČTK", ["Jana Malá", "Petr Král"]),
        ("Jan van Dijk en Lotte de Boer, verslaggevers", ["Jan van Dijk", "Lotte de Boer"]),
        # ... not a place's "en": "Juan Pérez en Los Ángeles"
        ("Juan Pérez en Los Ángeles (EFE)", ["Juan Pérez"]),
        # the Arabic comma; a comma between Chinese names
        ("خالد يوسف، ليلى حسن", ["خالد يوسف", "ليلى حسن"]),
        ("王芳, 刘洋", ["王芳", "刘洋"]),
        # Japanese names apart by "、" before 記者 (reporter)
        ("中村健二、高橋美咲記者", ["中村健二", "高橋美咲"]),
        # the Greek genitive of "Του" read back for each name it leads
        ("Του Γιάννη Λάμπρου και Πέτρου Μαυρίδη", ["Γιάννης Λάμπρος", "Πέτρος Μαυρίδης"]),
        ("Της Ελένης Βλάχου και του Νίκου Σταμάτη", ["Ελένη Βλάχου", "Νίκος Σταμάτης"]),
        ("ΤΟΥ ΓΙΑΝΝΗ ΛΑΜΠΡΟΥ", ["ΓΙΑΝΝΗΣ ΛΑΜΠΡΟΣ"]),
        # Arabic's "and" joined to the second name; a name opening on و doubles it
        ("كتب: خالد يوسف وليلى حسن", ["خالد يوسف", "ليلى حسن"]),
        ("خالد يوسف ووليد سمير، مراسلان", ["خالد يوسف", "وليد سمير"]),
        # ... not a name's own و past its first word, nor a two-word name's last word
        ("خالد وليد يوسف", ["خالد وليد يوسف"]),
        ("خالد يوسف وليد", ["خالد يوسف وليد"]),
    ],
)
def test_split_authors_by_kind(value: str, names: list[str]) -> None:
    assert split_authors(value) == names


@pytest.mark.parametrize(
    ("lang", "byline", "want"),
    [
        ("de", "Von Petra Huber, Korrespondentin in Wien", "Petra Huber"),
        ("nl", "Door Eva Smit en Kees Mol (ANP)", "Eva Smit, Kees Mol"),
        ("ja", "中村健二、高橋美咲記者", "中村健二, 高橋美咲"),
        ("el", "Του Γιάννη Λάμπρου και Πέτρου Μαυρίδη", "Γιάννης Λάμπρος, Πέτρος Μαυρίδης"),
        # each name a link to its page: read in the case the byline's article gives them
        (
            "el",
            "Του <a href='/a/1'>Γιάννη Λάμπρου</a> και <a href='/a/2'>Πέτρου Μαυρίδη</a>",
            "Γιάννης Λάμπρος, Πέτρος Μαυρίδης",
        ),
    ],
)
def test_marked_byline_names(lang: str, byline: str, want: str) -> None:
    author, _ = _article(lang, byline=byline)
    assert author == want


def test_finnish_writer_line_read_and_left_out_of_the_text() -> None:
    author, text = _article("fi", line="Kirjoittaja Liisa Mäkelä")
    assert author == "Liisa Mäkelä"
    assert "Kirjoittaja" not in text


def test_finnish_sentence_opening_with_the_word_stays() -> None:
    line = "Kirjoittaja on asunut kaupungissa koko ikänsä ja käy torilla joka viikko."
    author, text = _article("fi", line=line)
    assert author is None
    assert line in text


def test_japanese_line_of_two_reporters() -> None:
    author, text = _article("ja", line="中村健二、高橋美咲記者")
    assert author == "中村健二, 高橋美咲"
    assert "記者" not in text


def test_second_byline_line_when_the_first_names_the_site() -> None:
    # the post's account is the site's (a repost), the text's first lines credit the writer
    top = "<div class='meta'>By<br>The Bote<br>-<br>March 4, 2024</div>"
    credit = "<em>Written by: <a href='https://other.example/p'>Jane Roe</a></em>"
    author, _ = _article("en", line=credit, top=top)
    assert author == "Jane Roe"


def test_second_byline_line_not_read_when_the_first_names_a_person() -> None:
    top = "<div class='meta'>By<br>Tom Sill<br>-<br>March 4, 2024</div>"
    credit = "<em>Written by: <a href='https://other.example/p'>Jane Roe</a></em>"
    author, _ = _article("en", line=credit, top=top)
    assert author == "Tom Sill"


def test_second_byline_line_only_for_full_names_after_an_outlet() -> None:
    # the first line an agency's letters, the next a user's handle: no one
    top = "<div class='meta'>by<br>IWB<br>March 4, 2024</div>"
    credit = "by<br>-_TheLordHelix_-"
    author, _ = _article("en", line=credit, top=top)
    assert author is None


def test_second_byline_line_not_read_after_a_user_name() -> None:
    # a user's name (not an outlet's) first, a teaser's writer after it: not the writer
    top = "<div class='meta'>von<br>Marianne1<br>am 04.03.2024</div>"
    teaser = "<b>TIPP!</b><br>Hummer perfekt zubereitet<br>von<br>Klaus Berger"
    author, _ = _article("de", line=teaser, top=top)
    assert author != "Klaus Berger"


@pytest.mark.parametrize(
    "line",
    ["Gastbeitrag von Petra Huber", "Blog Beitrag von Petra Huber", "Ein Beitrag von Petra Huber"],
)
def test_german_post_by(line: str) -> None:
    author, _ = _article("de", line=line)
    assert author == "Petra Huber"
