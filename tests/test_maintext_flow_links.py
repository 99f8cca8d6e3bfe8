"""A sentence of the article's flow that is mostly one link ("The full report is <a>available
on the council's website</a>.") stays, between the paragraphs or closing them, in a plain
article, in a CMS printing a box around each paragraph and under hashed class names, in four
languages. Lines mostly of links under the text stay out: "Read more here", "Click here to
subscribe", a label before a related story's link, a link closing a line of prose that is
no sentence."""

from __future__ import annotations

import pytest

from pipeline.extract import extract_text

TEXT = {
    "en": (
        [
            "The council approved the new budget on Tuesday evening after a long debate that"
            " went on well past midnight, with several members voting against it.",
            "Spending on roads and schools will rise next year, while the library service faces"
            " cuts that campaigners say will close two branches in the north of the city.",
        ],
        ("The full report is ", "available on the council's website", "."),
    ),
    "fr": (
        [
            "Le conseil municipal a adopté mardi soir le nouveau budget après un long débat qui"
            " s'est prolongé bien après minuit, plusieurs élus votant contre.",
            "Les dépenses pour les routes et les écoles augmenteront l'an prochain, tandis que"
            " les bibliothèques subiront des coupes qui fermeront deux annexes au nord.",
        ],
        ("Le rapport complet est ", "disponible sur le site de la mairie", "."),
    ),
    "de": (
        [
            "Der Stadtrat hat am Dienstagabend nach einer langen Debatte, die bis weit nach"
            " Mitternacht dauerte, den neuen Haushalt beschlossen, mehrere Mitglieder dagegen.",
            "Die Ausgaben für Straßen und Schulen steigen im nächsten Jahr, während die"
            " Bibliotheken Kürzungen hinnehmen müssen, die zwei Filialen im Norden schließen.",
        ],
        ("Der vollständige Bericht ist ", "auf der Website der Stadt abrufbar", "."),
    ),
    "es": (
        [
            "El ayuntamiento aprobó el martes por la noche el nuevo presupuesto tras un largo"
            " debate que se prolongó hasta pasada la medianoche, con varios votos en contra.",
            "El gasto en carreteras y escuelas subirá el próximo año, mientras que las"
            " bibliotecas sufrirán recortes que cerrarán dos sucursales en el norte.",
        ],
        ("El informe completo está ", "disponible en la web del ayuntamiento", "."),
    ),
}
LINK = "<a href='https://council.example.gov/budget-2026.pdf'>{}</a>"


def _sentence(lang: str) -> str:
    before, linked, after = TEXT[lang][1]
    return before + LINK.format(linked) + after


def _plain(paras: list[str], tail: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paras[:1]) + tail + f"<p>{paras[1]}</p>"
    return body


def _page(article: str, box: str = "article") -> bytes:
    return (
        "<html><head><title>Budget approved</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/sport'>Sport</a></nav>"
        f"<{box} class='c7a8b9'><h1>Budget approved</h1>{article}</{box}>"
        "<footer><a href='/about'>About us</a> <a href='/contact'>Contact</a></footer>"
        "</body></html>"
    ).encode()


def _boxed(parts: list[str]) -> str:
    """A CMS's box around each paragraph (same hashed class), the sentence in one of them."""
    return "".join(
        f"<div class='cw1 cw2'><div class='cw3'><p>{part}</p></div></div>" for part in parts
    )


def _lines(html: bytes) -> list[str]:
    return [x for x in extract_text(html, "https://news.example.org/a/1").splitlines() if x]


@pytest.mark.parametrize("lang", sorted(TEXT))
def test_linked_sentence_between_paragraphs_stays(lang: str) -> None:
    paras, (before, linked, after) = TEXT[lang]
    html = _page(_plain(paras, f"<p>{_sentence(lang)}</p>"))
    assert _lines(html)[-3:] == [paras[0], before + linked + after, paras[1]]


@pytest.mark.parametrize("lang", sorted(TEXT))
def test_linked_sentence_closing_the_text_stays(lang: str) -> None:
    paras, (before, linked, after) = TEXT[lang]
    html = _page("".join(f"<p>{p}</p>" for p in paras) + f"<p>{_sentence(lang)}</p>")
    assert _lines(html)[-1] == before + linked + after


@pytest.mark.parametrize("lang", sorted(TEXT))
def test_linked_sentence_in_a_box_of_its_own_stays(lang: str) -> None:
    paras, (before, linked, after) = TEXT[lang]
    html = _page(_boxed([paras[0], _sentence(lang), paras[1]]), "div")
    assert before + linked + after in _lines(html)


@pytest.mark.parametrize(
    "line",
    [
        "Read more <a href='/news/2'>here on the budget of the city</a>.",
        "<a href='/subscribe'>Click here now</a> to subscribe.",
        "Click <a href='/subscribe'>here</a> to subscribe to our newsletter.",
        "Read also: <a href='/news/3'>Library campaigners plan a march on the town hall</a>.",
        "Lire aussi : <a href='/news/4'>Les bibliothèques du nord menacées de fermeture</a>.",
        "Mehr dazu <a href='/news/5'>hier in unserem Dossier</a>.",
        "À lire aussi » <a href='/news/7'>Ballonnements : les bons gestes, et pourquoi</a> ?",
        "Lesen Sie auch <a href='/news/8'>Wie die Stadt ihre Bibliotheken retten will</a>.",
        "Read also <a href='/news/9'>How the city plans to save its libraries</a>.",
        "<a href='/news/6'>Related: Library campaigners plan a march on the town hall.</a>",
    ],
)
def test_link_lines_under_the_text_stay_out(line: str) -> None:
    paras = TEXT["en"][0]
    for html in (_page(_plain(paras, f"<p>{line}</p>")), _page(_boxed([paras[0], line]), "div")):
        lines = _lines(html)
        assert paras[0] in lines
        assert not any(w in x for x in lines for w in ("here", "hier", "aussi", "also", "auch"))


def test_linked_sentence_under_no_prose_stays_out() -> None:
    """A linked line under a heading or a caption, not under prose, is not the text's flow."""
    paras, (before, linked, after) = TEXT["en"]
    html = _page(
        "".join(f"<p>{p}</p>" for p in paras)
        + "<div class='cz1'><h3>More from the council</h3>"
        + f"<p>{_sentence('en')}</p></div>"
    )
    assert before + linked + after not in _lines(html)
