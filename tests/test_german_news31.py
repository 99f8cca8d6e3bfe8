"""German news pages (session 31, helper de31): the furniture a German news CMS prints as
lines of the body, which no gold of a news set keeps. The controls of its player, gallery and
embeds ("Artikel vorlesen lassen", "Bild vergrößern", "Externer Inhalt", "Zur Startseite"),
of its comments and paywall ("Zu den Kommentaren", "Sie haben bereits ein Abo? Hier
anmelden", "Jetzt kostenlos für den Newsletter anmelden"), "Lesen Sie nach der Anzeige
weiter", "Lesedauer: 4 Minuten" (the unit read whole, not "Min" and a word "uten"), a picture
credit opened by "Foto:" or "Bildquelle:" ("Foto: dpa/Michael Kappeler"), the wire credit "Mit
Material von dpa und AFP", a broadcaster's note of its programme ("Über dieses Thema
berichtete die tagesschau am 12. März 2025 um 20:00 Uhr."), an embed's placeholder asking
for consent without naming a cookie ("Um externe Inhalte anzuzeigen, ist Ihre widerrufliche
Zustimmung nötig."). Sentences of the story with the same words stay. Every page here is made
up."""

from __future__ import annotations

import pytest

from tests.made_articles import article_keeping, lines_beside

_PARAGRAPHS = (
    "Die Bundesregierung hat am Dienstag einen Gesetzentwurf beschlossen, der den Ausbau der "
    "Wärmenetze in mittelgroßen Städten bis zum Jahr 2030 deutlich beschleunigen soll.",
    "Nach Angaben des Wirtschaftsministeriums sollen Kommunen künftig schneller Genehmigungen "
    "erhalten, wenn sie einen verbindlichen Wärmeplan vorlegen.",
    "Der Städtetag begrüßte die Pläne grundsätzlich, warnte aber vor zusätzlichen Kosten für "
    "die Haushalte, die schon jetzt unter den gestiegenen Energiepreisen litten.",
    "Die Opposition kritisierte, dass die Finanzierung der Vorhaben weiterhin ungeklärt sei und "
    "der Bund die Verantwortung auf Länder und Gemeinden abschiebe.",
)
_TITLE = "Bund will Wärmenetze schneller ausbauen"


def _page(in_body: str = "", after_text: str = "") -> str:
    first = "".join(f"<p>{p}</p>" for p in _PARAGRAPHS[:2])
    second = "".join(f"<p>{p}</p>" for p in _PARAGRAPHS[2:])
    return (
        f"<html lang='de'><head><meta charset='utf-8'><title>{_TITLE}</title></head><body>"
        "<header><nav><a href='/'>Startseite</a> <a href='/politik/'>Politik</a></nav></header>"
        f"<main><article><h1>{_TITLE}</h1><div class='article-body'>"
        f"{first}{in_body}{second}{after_text}</div></article>"
        "<aside><a href='/meistgelesen'>Meistgelesen</a></aside></main>"
        "<footer><a href='/impressum'>Impressum</a></footer></body></html>"
    )


_URL = "https://zeitung.example.de/politik/waermenetze-ausbau-123.html"


def _text(html: str) -> str:
    return article_keeping(html, _URL, _PARAGRAPHS).text


def _extra(text: str) -> list[str]:
    return lines_beside(text, _PARAGRAPHS)


_FURNITURE = [
    "Artikel vorlesen lassen",
    "Bild vergrößern",
    "Bildergalerie ansehen",
    "Externer Inhalt",
    "Zur Startseite",
    "Zurück zur Übersicht",
    "Zu den Kommentaren",
    "Feedback senden",
    "Fehler gefunden? Jetzt melden.",
    "Jetzt teilen",
    "Jetzt abonnieren und weiterlesen",
    "Sie haben bereits ein Abo? Hier anmelden",
    "Bereits Abonnent? Jetzt anmelden",
    "Noch kein Abonnent?",
    "Exklusiv für Abonnenten",
    "Jetzt kostenlos für den Newsletter anmelden",
    "Die Kommentarfunktion ist geschlossen.",
    "War der Artikel nützlich?",
    "Möchten Sie den Artikel teilen?",
    "Lesen Sie nach der Anzeige weiter",
    "Artikel wird unter der Anzeige fortgesetzt",
    "Lesedauer: 4 Minuten",
    "Foto: dpa/Michael Kappeler",
    "Bildquelle: IMAGO/Chris Emil Janßen",
    "Mit Material von dpa und AFP",
    "(mit Material der Nachrichtenagenturen dpa und Reuters)",
    "Über dieses Thema berichtete die tagesschau am 12. März 2025 um 20:00 Uhr.",
    "Dieses Thema im Programm: Das Erste | Tagesschau | 12.03.2025 | 20:00 Uhr",
    "Um externe Inhalte anzuzeigen, ist Ihre widerrufliche Zustimmung nötig.",
    "Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden. Damit können "
    "personenbezogene Daten an Drittplattformen übermittelt werden.",
]


@pytest.mark.parametrize("line", _FURNITURE)
def test_a_german_pages_furniture_line_goes_between_paragraphs(line: str) -> None:
    assert _extra(_text(_page(in_body=f"<p>{line}</p>"))) == []


@pytest.mark.parametrize("line", _FURNITURE)
def test_a_german_pages_furniture_line_goes_after_the_text(line: str) -> None:
    assert _extra(_text(_page(after_text=f"<p>{line}</p>"))) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Stadt will externe Inhalte künftig nur mit Zustimmung des Rates zulassen, sagte "
        "der Sprecher.",
        "Über dieses Thema berichtete bereits der Spiegel im Jahr 2019.",
        "Mit Material von Zeitzeugen arbeitet sie seit Jahren.",
        "War der Artikel nützlich für die Ermittler, wollte der Richter wissen.",
        "Die Lesedauer der Akten beträgt nach Angaben der Behörde 4 Minuten pro Seite und "
        "Person, sagte eine Sprecherin.",
    ],
)
def test_a_sentence_of_the_story_with_the_same_words_stays(sentence: str) -> None:
    assert _extra(_text(_page(in_body=f"<p>{sentence}</p>"))) == [sentence]


def test_a_german_news_page_keeps_its_standfirst_and_subheadings_and_drops_its_furniture() -> None:
    standfirst = (
        "Die Bundesregierung will Kommunen beim Ausbau der Fernwärme unter die Arme greifen. "
        "Doch Städte und Opposition sehen noch viele offene Fragen."
    )
    html = (
        "<html lang='de'><head><meta charset='utf-8'>"
        f"<title>{_TITLE} | Nachrichten</title></head><body>"
        "<header><nav><a href='/'>Startseite</a><a href='/politik'>Politik</a></nav></header>"
        f"<main><article><h1>{_TITLE}</h1><p class='intro'>{standfirst}</p>"
        "<div class='meta'><span>Von Anna Müller und Jonas Weber</span> "
        "<span class='date'>Stand: 12.03.2025 14:32 Uhr</span> <span>Lesedauer: 4 Minuten</span>"
        "</div><div class='audio'><button>Artikel anhören</button></div>"
        "<figure><img src='a.jpg'><figcaption>Foto: dpa/Michael Kappeler</figcaption></figure>"
        f"<div class='article-body'><p>{_PARAGRAPHS[0]}</p><p>{_PARAGRAPHS[1]}</p>"
        "<h2>Städtetag warnt vor Kosten</h2>"
        f"<p>{_PARAGRAPHS[2]}</p><p>Lesen Sie nach der Anzeige weiter</p>"
        "<div class='embed'><p>Externer Inhalt</p><p>Um externe Inhalte anzuzeigen, ist Ihre "
        "widerrufliche Zustimmung nötig.</p></div>"
        f"<p>{_PARAGRAPHS[3]}</p><p>Mit Material von dpa und AFP</p></div>"
        "<p>Jetzt kostenlos für den Newsletter anmelden</p>"
        "<p><a href='#c'>Zu den Kommentaren</a></p><p><a href='/'>Zur Startseite</a></p>"
        "</article></main><footer><a href='/impressum'>Impressum</a></footer></body></html>"
    )
    made = article_keeping(html, _URL, _PARAGRAPHS)
    assert made.text.split("\n") == [
        standfirst,
        _PARAGRAPHS[0],
        _PARAGRAPHS[1],
        "Städtetag warnt vor Kosten",
        _PARAGRAPHS[2],
        _PARAGRAPHS[3],
    ]
    assert made.author == "Anna Müller, Jonas Weber"
    assert made.published_at is not None and made.published_at.date().isoformat() == "2025-03-12"
