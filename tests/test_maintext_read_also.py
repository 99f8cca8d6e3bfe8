"""Another story's pointer printed inside the article's body (branch recall26), on pages we
wrote ourselves in several languages: a read-also label before a headline linked whole or in
part goes with its line (as a paragraph, or as a linked subheading: "MIRA: <a>...</a>"); a
read-more link closing a paragraph goes alone ("... in Polsce. [czytaj więcej]"), and with
the paragraph when its text is cut short ("... ihrer Auen im... mehr lesen"). Sentences using
the same words, and a paragraph closed by a link that is its own words, stay."""

from __future__ import annotations

import pytest

from tests.sample_pages import own_text

_BODY = {
    "de": [
        "Der Stadtrat hat am Dienstag den Haushalt für das kommende Jahr beschlossen, nach"
        " einer Debatte, die bis in die späten Abendstunden dauerte.",
        "Die Opposition kritisierte vor allem die geplanten Kürzungen bei den Bibliotheken"
        " und kündigte an, die Entscheidung im Frühjahr erneut zur Abstimmung zu stellen.",
        "Der Bürgermeister verteidigte den Plan und sagte, die Stadt müsse ihre Schulden in"
        " den nächsten fünf Jahren um ein Drittel senken.",
    ],
    "es": [
        "El ayuntamiento aprobó el martes el presupuesto del próximo año tras un debate que"
        " se prolongó hasta bien entrada la noche.",
        "La oposición criticó sobre todo los recortes previstos en las bibliotecas y anunció"
        " que volverá a someter la decisión a votación en primavera.",
        "El alcalde defendió el plan y dijo que la ciudad debe reducir su deuda en un tercio"
        " durante los próximos cinco años.",
    ],
    "pl": [
        "Rada miasta przyjęła we wtorek budżet na przyszły rok po debacie, która trwała do"
        " późnych godzin wieczornych.",
        "Opozycja krytykowała przede wszystkim planowane cięcia w bibliotekach i zapowiedziała,"
        " że wiosną ponownie podda decyzję pod głosowanie.",
        "Burmistrz bronił planu i powiedział, że miasto musi w ciągu pięciu lat zmniejszyć"
        " swój dług o jedną trzecią.",
    ],
    "pt": [
        "A câmara municipal aprovou na terça-feira o orçamento do próximo ano, depois de um"
        " debate que se prolongou até tarde da noite.",
        "A oposição criticou sobretudo os cortes previstos nas bibliotecas e anunciou que"
        " voltará a submeter a decisão a votação na primavera.",
        "O presidente da câmara defendeu o plano e disse que a cidade tem de reduzir a sua"
        " dívida em um terço nos próximos cinco anos.",
    ],
    "ru": [
        "Городской совет во вторник утвердил бюджет на следующий год после дебатов, которые"
        " продолжались до позднего вечера.",
        "Оппозиция прежде всего критиковала запланированные сокращения в библиотеках и"
        " пообещала весной снова вынести решение на голосование.",
        "Мэр защитил план и заявил, что город должен в течение пяти лет сократить свой долг"
        " на треть.",
    ],
}

# A read-also label, then a headline linked in part: not a line of links, nor a short label
# line on main (the line after the label runs past thirty characters).
_POINTERS = {
    "de": "Lesen Sie auch: Nach dem Sturm im Herbst: <a href='/n/1'>Dächer werden repariert</a>",
    "es": "Lea también: Tras la tormenta, <a href='/n/1'>la ciudad repara sus tejados</a>",
    "pl": "Czytaj też: Były minister w wywiadzie: <a href='/n/1'>Miasto musi oszczędzać</a>",
    "pt": "Leia também: Depois da tempestade, <a href='/n/1'>cidade repara os seus telhados</a>",
    "ru": "Читайте также: После бури в городе: <a href='/n/1'>как чинят крыши домов</a>",
}


def _page(lang: str, between: str) -> str:
    first, second, third = _BODY[lang]
    return (
        f"<html lang='{lang}'><head><title>{first[:30]}</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<article><h1>{first[:30]}</h1><p>{first}</p>{between}<p>{second}</p>"
        f"<p>{third}</p></article><footer><a href='/imprint'>Imprint</a></footer></body></html>"
    )


@pytest.mark.parametrize("lang", sorted(_POINTERS))
def test_a_read_also_line_goes(lang: str) -> None:
    text = own_text(_page(lang, f"<p>{_POINTERS[lang]}</p>"))
    assert all(paragraph in text for paragraph in _BODY[lang]), text
    assert "/n/1" not in text and _POINTERS[lang].split("<a")[0].split(":")[0] not in text, text


def test_a_linked_subheading_opened_by_a_read_also_label_goes() -> None:
    heading = (
        "<h3>MIRA: <a href='/n/2'>Vecinos denuncian cortes de agua en la zona 18 por"
        " tercera semana</a></h3>"
    )
    text = own_text(_page("es", heading))
    assert "MIRA" not in text and "Vecinos denuncian" not in text, text
    assert all(paragraph in text for paragraph in _BODY["es"]), text


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("es", "Mira, el alcalde dijo que <a href='/n/3'>el presupuesto</a> no basta."),
        ("de", "Lesen Sie auch, was der Rat <a href='/n/3'>im Frühjahr</a> beschlossen hat."),
        ("de", "Siehe auch die Antwort des Rates, die <a href='/a'>im Amtsblatt</a> steht."),
    ],
)
def test_sentences_using_the_words_stay(lang: str, line: str) -> None:
    text = own_text(_page(lang, f"<p>{line}</p>"))
    kept = line.split("<a")[0].strip()
    assert kept in text, text


def test_a_read_more_link_closing_a_paragraph_goes_alone() -> None:
    cited = (
        "Głos w obronie biblioteki zabrało również stowarzyszenie mieszkańców dzielnicy."
        " [<a href='/n/4'>czytaj więcej</a>]"
    )
    text = own_text(_page("pl", f"<p>{cited}</p>"))
    assert "stowarzyszenie mieszkańców dzielnicy." in text and "czytaj" not in text, text
    teaser = (
        "Was gibt es Neues im Rathaus? Regelmäßig beantwortet der Kämmerer Fragen zum"
        " Haushalt. <a href='/n/5'>mehr</a>"
    )
    text = own_text(_page("de", f"<p>{teaser}</p>"))
    assert "Fragen zum Haushalt." in text and "Haushalt. mehr" not in text, text


def test_a_teaser_cut_short_before_its_read_more_link_goes() -> None:
    teaser = (
        "Das Projekt hat die großräumige Verbesserung der Lebensräume an der Aller und"
        " ihrer Auen im... <a href='/n/6'>mehr lesen</a>"
    )
    text = own_text(_page("de", f"<p>{teaser}</p>"))
    assert "Das Projekt hat" not in text, text
    assert all(paragraph in text for paragraph in _BODY["de"]), text


def test_a_link_closing_a_sentence_with_its_own_words_stays() -> None:
    line = "Die Bibliotheken bieten ab März Lesungen, Kurse und <a href='/k'>mehr</a>."
    text = own_text(_page("de", f"<p>{line}</p>"))
    assert "Lesungen, Kurse und mehr." in text, text


def _card(i: int, label: str) -> str:
    href = f"/stories/{i}"
    return (
        f"<div class='snippet'><a href='{href}'><img src='{i}.jpg' alt=''></a>"
        f"<div class='snippet__text'>Die Nachbarstadt plant ebenfalls einen neuen Haushalt,"
        f" der im Herbst beraten wird. Mehr dazu im Bericht Nummer {i}."
        f" <a href='{href}'>{label}</a></div></div>"
    )


@pytest.mark.parametrize("label", ["Weiterlesen", "mehr", "Read more"])
def test_a_teaser_card_closed_by_a_read_more_link_to_its_own_target_goes(label: str) -> None:
    text = own_text(_page("de", _card(1, label)))
    assert "Nachbarstadt" not in text, text
    assert all(paragraph in text for paragraph in _BODY["de"]), text


def test_a_listing_of_such_cards_is_the_text() -> None:
    cards = "".join(_card(i, "Weiterlesen") for i in range(8))
    page = (
        "<html lang='de'><head><title>Blog</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<main><h1>Blog</h1>{cards}</main><footer><a href='/imprint'>Imprint</a></footer>"
        "</body></html>"
    )
    text = own_text(page)
    assert "Bericht Nummer 3." in text and "Weiterlesen" not in text, text
