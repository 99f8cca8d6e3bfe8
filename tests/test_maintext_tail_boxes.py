"""What closes a German (or French, Spanish, Italian, Dutch, English) article without being
its text (`pipeline.maintext.edges.trim_edges`): a press release's contact block under its
label ("Kontakt:" / a name / a number / an address, `contactblock`), and the heading of a box
of more stories whose links were dropped ("Weitere aktuelle Themen aus der Arbeitswelt",
`tailboxes`). An article's own closing section, a contact sentence and a subheading above
a long paragraph stay."""

from __future__ import annotations

import pytest

from pipeline.maintext.core import own_paragraphs

STORY = [
    "Der Stadtrat von Lindenau hat am Dienstag beschlossen, die alte Markthalle am Flussufer "
    "bis zum Herbst des kommenden Jahres zu sanieren und danach wieder zu öffnen.",
    "Die Kosten von rund vier Millionen Euro teilen sich die Stadt und das Land, wie die "
    "Bürgermeisterin nach der Sitzung vor Journalisten im Rathaus erklärte.",
    "Händler, die bisher auf dem Parkplatz vor der Halle verkaufen, sollen während der "
    "Bauzeit Stände auf dem Domplatz bekommen, hieß es aus der Verwaltung.",
    "Der Verein der Markthändler begrüßte den Beschluss, mahnte aber eine frühe Information "
    "über die neuen Mieten an, die nach der Sanierung fällig werden sollen.",
]


def _page(tail: str) -> str:
    paras = "".join(f"<p>{p}</p>" for p in STORY)
    return (
        "<html><head><title>Lindenau saniert die Markthalle</title></head><body><article>"
        f"<h1>Lindenau saniert die Markthalle</h1>{paras}{tail}</article></body></html>"
    )


def _with_middle(middle: str) -> str:
    """The story's page with `middle` (markup) between its second and third paragraphs."""
    paras = "".join(f"<p>{p}</p>" for p in STORY[:2]) + middle
    paras += "".join(f"<p>{p}</p>" for p in STORY[2:])
    return f"<html><body><article><h1>Lindenau saniert die Markthalle</h1>{paras}</article></body></html>"


def _lines(*lines: str) -> str:
    return "".join(f"<p>{line}</p>" for line in lines)


@pytest.mark.parametrize(
    "tail",
    [
        _lines(
            "Kontakt:", "Anna Beispiel", "Telefon +49 (0)30 / 12 34 56", "presse@lindenau.example"
        ),
        _lines("Pressekontakt", "Stadt Lindenau, Pressestelle", "Marktstraße 1, 12345 Lindenau"),
        _lines(
            "Weitere Informationen:",
            "Kontakt:",
            "Dr. Jonas Muster",
            "Amt für Stadtentwicklung",
        ),
        _lines("Contact presse :", "Claire Exemple", "+33 1 23 45 67 89"),
        _lines("Contacto de prensa:", "Lucía Ejemplo", "prensa@ayuntamiento.example"),
        _lines("Ufficio stampa", "Giulia Esempio", "Tel. 06 1234 5678"),
        _lines("Perscontact:", "Sanne Voorbeeld", "pers@gemeente.example"),
    ],
)
def test_a_contact_block_closing_the_text_goes(tail: str) -> None:
    assert own_paragraphs(_page(tail)) == STORY


@pytest.mark.parametrize(
    "tail",
    [
        _lines("Weitere aktuelle Themen aus der Stadt"),
        _lines(
            "Entdecke weitere Stadtgeschichten", "Klicke dich durch die Reportagen unserer Leser."
        ),
        _lines("Weitere Ausflugstipps im Umland"),
        _lines("Discover more walks through the old town"),
        _lines("D'autres articles sur la ville"),
        _lines("Más sobre el mercado"),
        _lines("Altri articoli di cronaca locale"),
        _lines("Meer over de markthal"),
    ],
)
def test_a_more_stories_heading_closing_the_text_goes(tail: str) -> None:
    assert own_paragraphs(_page(tail)) == STORY


SECTION = (
    "Im Erdgeschoss sollen neben den Ständen der Händler auch eine kleine Bühne und ein Café "
    "entstehen; im ersten Stock plant die Stadt Räume für Kurse der Volkshochschule, für "
    "Ausstellungen der Vereine und für Versammlungen der Nachbarschaft, die bislang in der "
    "Turnhalle der Grundschule tagen muss."
)


@pytest.mark.parametrize(
    "tail",
    [
        # a sentence giving the contact, and a label heading a long paragraph
        ["Wer Fragen hat, erreicht das Bauamt unter der Telefonnummer 030 123 456."],
        ["Kontakt:", SECTION],
        # an article's own closing section under a subheading naming more of something
        ["Weitere Pläne der Stadt", SECTION],
    ],
)
def test_an_articles_own_closing_lines_stay(tail: list[str]) -> None:
    assert own_paragraphs(_page(_lines(*tail))) == STORY + tail


def test_a_run_of_more_on_items_closing_the_text_stays() -> None:
    items = ["More on the quay's timetable", "More on the ferry fares", "More on the car park"]
    assert own_paragraphs(_page(_lines(*items))) == STORY + items


@pytest.mark.parametrize(
    "widget",
    [
        "(Noch keine Bewertungen)",
        "(No Ratings Yet)",
        "Aucune note pour le moment",
        "(Sin valoraciones todavía)",
        "Nessun voto ancora",
        "Nog geen beoordelingen",
    ],
)
def test_a_rating_widget_with_no_votes_goes(widget: str) -> None:
    html = _with_middle(f"<div class='post-ratings'><span>{widget}</span></div>")
    assert own_paragraphs(html) == STORY


def test_a_sentence_about_ratings_stays() -> None:
    line = "Keine Bewertungen gab es bisher für die Stände auf dem Domplatz."
    html = _with_middle(f"<p>{line}</p>")
    assert own_paragraphs(html) == [*STORY[:2], line, *STORY[2:]]


@pytest.mark.parametrize(
    "button",
    [
        "Quellen ausblenden",
        "Rezept drucken",
        "Masquer les sources",
        "Ocultar fuentes",
        "Stampa la ricetta",
    ],
)
def test_a_pages_tool_button_alone_on_its_line_goes(button: str) -> None:
    assert own_paragraphs(_with_middle(f"<p>{button}</p>")) == STORY
