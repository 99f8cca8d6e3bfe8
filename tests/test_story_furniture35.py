"""Furniture set inside or under a news story, on pages of any language (session 35, helper
text35): an author box (photo, name, bio, "follow" links) between the story's paragraphs,
with or without a heading naming it, no longer cuts the story there, and goes itself; an
editorial disclaimer ("The views expressed ... are not endorsed by ...") in English and the
main European languages, a line or a paragraph; an invitation to report an error ("Spotted
an error? Write to ...", "¿Has visto algún error? Escríbenos a ..."); a picture's bare credit
in its <figcaption> (the caption itself kept, a credit inside its sentence with it). The same
words in a story's sentence stay text. Every page and line here is made up."""

from __future__ import annotations

import pytest

from pipeline.maintext.appeals import is_long_appeal
from pipeline.maintext.figcredits import is_bare_credit
from pipeline.maintext.linekinds import is_boilerplate_line
from tests.made_articles import kept_beside

_STORY = (
    "The city council voted on Tuesday to expand the northern bus network, adding four "
    "routes that will link the new housing estates to the central station by next spring.",
    "Transport officials said the expansion would cost about forty million euros over three "
    "years and would be paid for largely from a regional infrastructure fund.",
    "Residents of the estates have complained for years that the nearest stop is a "
    "twenty-minute walk away, and that buses run only once an hour in the evening.",
    "The opposition welcomed the plan but questioned whether the operator could hire enough "
    "drivers in time, given the shortage that has already forced cuts elsewhere.",
    "A final timetable is expected to be published in the autumn, after a consultation with "
    "residents and local businesses along the proposed routes.",
)
_TITLE = "Council expands bus network"


def _kept(in_body: str = "", after_text: str = "") -> list[str]:
    """What the page keeps beside the story (the story asserted whole, in order)."""
    return kept_beside("en", _TITLE, _STORY, in_body, after_text)


# --- an author box between the story's paragraphs -------------------------------------------

_BIO = "Jane Doe is a senior reporter covering transport and city hall."
_FLAT_HEADED_BOX = (
    "<h3>About the author</h3><img src='/img/jane.jpg' alt=''>"
    "<p><a href='/authors/jane-doe'>Jane Doe</a></p>"
    f"<p>{_BIO}</p><p><a href='https://twitter.com/janedoe'>Follow</a></p>"
)
_HEADLESS_BOX = (
    "<div class='c7f2'><img src='/img/jane.jpg' alt=''><div>"
    "<a href='/authors/jane-doe'><strong>Jane Doe</strong></a>"
    f"<p>{_BIO}</p><a href='https://www.linkedin.com/in/janedoe'>Follow</a></div></div>"
)


def test_a_flat_author_box_between_paragraphs_goes_and_the_story_runs_on() -> None:
    # (the box's heading used to take every later sibling up to the next heading: the story's
    # last three paragraphs went with it)
    assert _kept(in_body=_FLAT_HEADED_BOX) == []


def test_a_review_under_its_writers_linked_photo_stays() -> None:
    review = (
        "I would take this bus every morning if it ran on time. The new stop by the school is "
        "a real improvement for the families on the estate, and the drivers were patient with "
        "the older passengers. Still, the evening service is far too thin, and the shelter at "
        "the terminus leaks whenever it rains, which nobody at the depot seems to notice."
    )
    box = (
        "<section><div><a href='/about/people/jane-doe/'><img src='/img/jane.jpg'></a></div>"
        f"<div><h3>Jane's review</h3><p>{review}</p></div></section>"
    )
    assert review in _kept(in_body=box)


def test_a_headless_author_box_between_paragraphs_goes() -> None:
    assert _kept(in_body=_HEADLESS_BOX) == []


def test_a_headless_author_box_between_two_blocks_of_the_story_goes() -> None:
    between = f"</div>{_HEADLESS_BOX}<div class='article-body'>"
    assert _kept(in_body=between) == []


def test_an_author_box_closing_the_story_still_goes_whole() -> None:
    tail = (
        "<h3>About the author</h3><p><a href='/authors/jane-doe'>Jane Doe</a></p>"
        f"<p>{_BIO}</p><p>She has won two regional press awards for her reporting.</p>"
    )
    assert _kept(after_text=tail) == []


def test_a_paragraph_linking_a_writers_page_in_a_sentence_stays() -> None:
    sentence = (
        "Readers can find her earlier coverage of the network on <a href='/authors/jane-doe'>"
        "Jane Doe's page</a>, with the maps the council published last year."
    )
    assert _kept(in_body=f"<div><img src='/img/map.png'><p>{sentence}</p></div>") != []


# --- editorial disclaimers ------------------------------------------------------------------

_DISCLAIMERS = [
    "The views expressed in this article are those of the author and are not endorsed by "
    "Example News.",
    "The views expressed are the author's own and do not necessarily reflect Example News's "
    "editorial stance.",
    "Opinions expressed by Example contributors are their own.",
    "Disclaimer: The views expressed by the author are not endorsed by this website.",
    "Les opinions exprimées dans cette tribune n'engagent que leur auteur.",
    "Die in diesem Gastbeitrag geäußerten Ansichten geben nicht die Meinung der Redaktion wieder.",
    "Las opiniones expresadas en este artículo son responsabilidad exclusiva de su autor.",
    "Le opinioni espresse in questo articolo sono dell'autore e non impegnano la redazione.",
    "As opiniões expressas neste artigo são de inteira responsabilidade do autor.",
    "De in dit artikel geuite meningen zijn die van de auteur en niet die van de redactie.",
    "Opinie wyrażone w tekście są opiniami autora i nie są stanowiskiem redakcji.",
]


@pytest.mark.parametrize("line", _DISCLAIMERS)
def test_an_editorial_disclaimer_is_furniture(line: str) -> None:
    assert is_boilerplate_line(line)


def test_a_paragraph_of_disclaimer_is_an_appeal() -> None:
    paragraph = (
        "The views and opinions expressed in this article are those of the author and are not "
        "endorsed by Example Media. Any content provided by our contributors is their opinion "
        "and is not intended to malign any religion, group, club, organization, company or "
        "individual. Example Media accepts no liability for the accuracy of such content."
    )
    assert len(paragraph) > 300
    assert is_long_appeal(paragraph)
    assert is_boilerplate_line(paragraph)
    assert _kept(after_text=f"<p>{paragraph}</p>") == []


@pytest.mark.parametrize(
    "line",
    [
        "The views expressed by the minister are not shared by the opposition, which called "
        "the plan reckless.",
        "The opinions expressed at the hearing were not endorsed by the committee, its chair said.",
        "Las opiniones expresadas por los vecinos no reflejan el ánimo de todo el barrio.",
    ],
)
def test_a_sentence_about_someones_views_stays(line: str) -> None:
    assert not is_boilerplate_line(line)


# --- invitations to report an error ---------------------------------------------------------

_ERROR_INVITES = [
    "¿Has visto algún error? Escríbenos a correcciones@ejemplo.com",
    "Spotted an error? Write to corrections@example.com",
    "Have you found an error? Let us know.",
    "Vous avez repéré une erreur ?",
    "Fehler gefunden? Schreiben Sie uns an korrektur@beispiel.de",
    "Hai trovato un errore? Scrivi a correzioni@esempio.it",
    "Encontrou um erro? Avise a redação pelo e-mail erros@exemplo.com.br",
    "Een fout gezien? Mail naar fouten@voorbeeld.nl",
    "If you spot an error in this article, please email corrections@example.com.",
]


@pytest.mark.parametrize("line", _ERROR_INVITES)
def test_an_invitation_to_report_an_error_is_furniture(line: str) -> None:
    assert is_boilerplate_line(line)
    assert _kept(after_text=f"<p>{line}</p>") == []


@pytest.mark.parametrize(
    "line",
    [
        "Spotted an error in the referee's call? Thousands of fans did, and they flooded the "
        "league's switchboard with complaints.",
        "Fehler gefunden? Das fragten sich die Ingenieure, als der Motor erneut ausfiel.",
    ],
)
def test_a_question_about_an_error_in_the_story_stays(line: str) -> None:
    assert not is_boilerplate_line(line)


# --- a picture's bare credit in its caption -------------------------------------------------

_CAPTION = "The mayor talks to drivers at the depot on Monday morning."


def test_a_bare_credit_after_the_captions_line_break_goes_the_caption_stays() -> None:
    figure = (
        f"<figure><img src='/photos/bus.jpg'><figcaption>{_CAPTION}<br>Jane Roe/Example Times"
        "</figcaption></figure>"
    )
    assert _kept(in_body=figure) == [_CAPTION]


def test_a_caption_of_a_bare_credit_alone_goes() -> None:
    figure = "<figure><img src='/photos/bus.jpg'><figcaption>Jane Roe | Example Times</figcaption>"
    assert _kept(in_body=figure + "</figure>") == []


def test_a_credit_inside_the_captions_sentence_stays_with_it() -> None:
    caption = f"{_CAPTION[:-1]}. (Jane Roe / Example Times)"
    figure = f"<figure><img src='/photos/bus.jpg'><figcaption>{caption}</figcaption></figure>"
    assert _kept(in_body=figure) == [caption]


@pytest.mark.parametrize(
    ("text", "bare"),
    [
        ("Jane Roe/Example Times", True),
        ("(Jane Roe)", True),
        ("REUTERS/Ana Gómez", True),
        ("Mario de la Cruz/EFE", True),
        ("Jane Roe", False),  # (the person pictured, maybe)
        ("Jane Roe. Photographer: Ann Lee/Example Images", False),  # (a caption, its credit)
        ("Image credits: Jane Roe", False),  # (the caption policy's)
        ("Buses at the depot / Jane Roe", False),
        ("(From left) Mayor Jane Roe and Council Member", False),
    ],
)
def test_what_a_bare_credit_is(text: str, bare: bool) -> None:
    assert is_bare_credit(text) is bare


def test_a_list_of_thousands_of_linked_writers_is_read_in_linear_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """review35b: each link's box read its wrapper's whole text and every sibling again
    and the boxes kept so far (4e8 reads on a list of 20,000 writers). The characters read
    (every `text_of` the module asks) grow with the list, not with its square: twice the
    writers, at most 2.5 times the reading. (Work counted, not timed: a loaded machine
    makes no test fail.)"""
    from pipeline.maintext import authorbox
    from pipeline.web.htmltree import parse_document

    read = [0]
    from pipeline.web.html import text_of as real_text_of

    def counted(el: object) -> str:
        text = real_text_of(el)  # type: ignore[arg-type]
        read[0] += len(text)
        return text

    monkeypatch.setattr(authorbox, "text_of", counted)
    prose = "<p>" + "A sentence of the story that runs on for a while. " * 3 + "</p>"

    def reading(writers: int) -> int:
        rows = "".join(
            f"<div><img src='a.jpg'><a href='/author/w{i}'>Jane Doe</a></div>"
            for i in range(writers)
        )
        doc = parse_document(f"<html><body><div>{prose}{rows}{prose}</div></body></html>")
        assert doc is not None
        body = doc.find("body")
        assert body is not None
        read[0] = 0
        authorbox.drop_author_boxes(body, {})
        assert body.findall(".//img") == []  # (each box between the two paragraphs)
        return read[0]

    assert reading(1000) > 0
    assert reading(2000) <= 2.5 * reading(1000)
