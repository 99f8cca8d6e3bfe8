"""Key points printed under the headline inside the article's header: a list of two to
eight unlinked sentences after the <h1>, with the byline and the date. `prune` drops every
<header> as furniture; the list now stays in the header's place (`web.headpoints`), and a box
that holds the headline and closes on such a list, not dropped, gives its list as the lead
(`keypoints._closing_points`). A header's list of share links, of short labels, of dates or
named as tags is no such list; neither are points under a heading that is not the headline."""

from __future__ import annotations

import pytest

from pipeline.maintext.core import own_paragraphs
from pipeline.web.headpoints import header_points
from pipeline.web.html import parse

BODY = {
    "ru": [
        "Городские власти объявили о начале реконструкции центральной набережной, которая"
        " продлится до конца следующего года и затронет почти три километра берега.",
        "По словам руководителя департамента строительства, работы будут идти поэтапно,"
        " чтобы не перекрывать движение транспорта полностью ни на одном участке.",
        "Жители соседних домов уже получили уведомления о возможных неудобствах и о графике"
        " ночных работ, который согласовали с районными советами.",
        "Стоимость проекта оценивается в несколько миллиардов рублей, большую часть средств"
        " выделит региональный бюджет, остальное добавит город.",
    ],
    "de": [
        "Die Stadt hat am Montag mit dem Umbau der Uferpromenade begonnen, der bis Ende"
        " nächsten Jahres dauern und fast drei Kilometer des Flussufers umfassen soll.",
        "Nach Angaben des Baudezernats wird abschnittsweise gearbeitet, damit der Verkehr an"
        " keiner Stelle vollständig gesperrt werden muss.",
        "Die Anwohner der umliegenden Häuser wurden bereits über mögliche Einschränkungen und"
        " die Zeiten der Nachtarbeiten informiert, die mit den Bezirken abgestimmt sind.",
        "Die Kosten werden auf mehrere Millionen Euro geschätzt; den größten Teil trägt das"
        " Land, den Rest übernimmt die Stadt aus ihrem eigenen Haushalt.",
    ],
    "el": [
        "Ο δήμος ανακοίνωσε την έναρξη της ανάπλασης της κεντρικής παραλιακής οδού, η οποία"
        " θα διαρκέσει έως το τέλος του επόμενου έτους και θα καλύψει σχεδόν τρία χιλιόμετρα.",
        "Σύμφωνα με τον αρμόδιο αντιδήμαρχο, οι εργασίες θα γίνονται σε φάσεις, ώστε η"
        " κυκλοφορία να μη διακόπτεται πλήρως σε κανένα τμήμα του δρόμου.",
        "Οι κάτοικοι των γύρω πολυκατοικιών έχουν ήδη ενημερωθεί για τις πιθανές οχλήσεις και"
        " για το πρόγραμμα των νυχτερινών εργασιών που συμφωνήθηκε.",
        "Το κόστος του έργου εκτιμάται σε αρκετά εκατομμύρια ευρώ, τα οποία θα καλυφθούν κατά"
        " κύριο λόγο από την περιφέρεια και κατά τα υπόλοιπα από τον δήμο.",
    ],
    "pl": [
        "Władze miasta ogłosiły początek przebudowy bulwaru nad rzeką, która potrwa do końca"
        " przyszłego roku i obejmie niemal trzy kilometry nabrzeża.",
        "Jak poinformował dyrektor wydziału inwestycji, prace będą prowadzone etapami, tak aby"
        " ruch nie był całkowicie wstrzymany na żadnym odcinku.",
        "Mieszkańcy okolicznych bloków otrzymali już zawiadomienia o możliwych utrudnieniach i o"
        " harmonogramie prac nocnych, uzgodnionym z radami osiedli.",
        "Koszt inwestycji szacuje się na kilkaset milionów złotych; większość pokryje budżet"
        " województwa, a resztę dołoży miasto.",
    ],
}
POINTS = {
    "ru": [
        "Работы продлятся до конца следующего года",
        "Движение полностью перекрывать не будут",
        "Большую часть денег выделит регион",
    ],
    "de": [
        "Der Umbau dauert bis Ende nächsten Jahres",
        "Der Verkehr wird nirgends ganz gesperrt",
        "Den größten Teil der Kosten trägt das Land",
    ],
    "el": [
        "Οι εργασίες θα διαρκέσουν έως το επόμενο έτος",
        "Η κυκλοφορία δεν θα διακοπεί πλήρως",
        "Το μεγαλύτερο μέρος του κόστους καλύπτει η περιφέρεια",
    ],
    "pl": [
        "Prace potrwają do końca przyszłego roku",
        "Ruch nie zostanie całkowicie wstrzymany",
        "Większość kosztów pokryje województwo",
    ],
}
HEADLINE = "Reconstruction of the river front begins"
BYLINE = "<p class='author'>Anna Nowak</p><time>12.03.2024</time>"


def _items(points: list[str], link: bool = False) -> str:
    return "".join(
        f"<li><a href='/t/{i}'>{p}</a></li>" if link else f"<li>{p}</li>"
        for i, p in enumerate(points)
    )


def _page(header: str, lang: str, body_box: bool = True) -> str:
    body = "".join(f"<p>{p}</p>" for p in BODY[lang])
    if body_box:
        body = f"<div class='c-body'>{body}</div>"
    return (
        f"<html lang='{lang}'><head><title>{HEADLINE}</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<main><article>{header}{body}</article></main>"
        "<footer><p>© 2024 Example News</p></footer></body></html>"
    )


@pytest.mark.parametrize("lang", sorted(BODY))
@pytest.mark.parametrize(
    "shape",
    [
        "<header><h1>{h}</h1>{by}<ul>{items}</ul></header>",
        "<header><h1>{h}</h1><ul>{items}</ul>{by}</header>",
        "<header><div class='c-top'><h1>{h}</h1></div>{by}<div class='c-sum'><ul>{items}</ul>"
        "</div></header>",
        "<div class='c4'><h1>{h}</h1>{by}<ul>{items}</ul></div>",
        "<div class='c4'><h1>{h}</h1>{by}<div class='c5'><ol>{items}</ol></div></div>",
    ],
)
def test_points_under_the_headline_open_the_text(lang: str, shape: str) -> None:
    header = shape.format(h=HEADLINE, by=BYLINE, items=_items(POINTS[lang]))
    paras = own_paragraphs(_page(header, lang))
    assert paras[: len(POINTS[lang])] == POINTS[lang]
    assert paras[len(POINTS[lang]) :] == BODY[lang]


@pytest.mark.parametrize("lang", sorted(BODY))
def test_points_in_a_header_beside_the_body_paragraphs(lang: str) -> None:
    header = f"<header><h1>{HEADLINE}</h1>{BYLINE}<ul>{_items(POINTS[lang])}</ul></header>"
    paras = own_paragraphs(_page(header, lang, body_box=False))
    assert paras == POINTS[lang] + BODY[lang]


SHARE = "<ul class='c2'><li><a href='/s/fb'>Facebook</a></li><li><a href='/s/x'>X</a></li></ul>"


@pytest.mark.parametrize(
    "shape",
    [
        "<header><h1>{h}</h1>{share}{by}<ul>{items}</ul></header>",  # after a share bar's list
        "<header><h1>{h}</h1><h2>Главное</h2><ul>{items}</ul>{by}</header>",  # under a label
        "<header><h1>{h}</h1>{by}<ul>{p_items}</ul></header>",  # each point a <p> in its <li>
    ],
)
def test_points_under_the_headline_in_other_shapes(shape: str) -> None:
    p_items = "".join(f"<li><p>{p}</p></li>" for p in POINTS["ru"])
    header = shape.format(
        h=HEADLINE, by=BYLINE, share=SHARE, items=_items(POINTS["ru"]), p_items=p_items
    )
    assert own_paragraphs(_page(header, "ru")) == POINTS["ru"] + BODY["ru"]


LONG_DATES = ["Опубликовано 12 марта 2024, 10:22", "Обновлено 12 марта 2024, 14:40"]
NOT_POINTS = {
    "linked": _items(POINTS["ru"], link=True),
    "short labels": _items(["Facebook", "Telegram", "VK"]),
    "dates": _items(LONG_DATES),
    "one item": _items(POINTS["ru"][:1]),
}


@pytest.mark.parametrize("kind", sorted(NOT_POINTS))
def test_other_lists_of_the_header_stay_out(kind: str) -> None:
    header = f"<header><h1>{HEADLINE}</h1>{BYLINE}<ul>{NOT_POINTS[kind]}</ul></header>"
    assert own_paragraphs(_page(header, "ru")) == BODY["ru"]


def test_a_list_named_as_tags_stays_out() -> None:
    header = f"<header><h1>{HEADLINE}</h1><ul class='tags'>{_items(POINTS['ru'])}</ul></header>"
    assert own_paragraphs(_page(header, "ru")) == BODY["ru"]


def test_points_under_a_box_without_the_headline_stay_out() -> None:
    """A box closing on a list of sentences but holding no headline (another story's card
    above the body: its heading, its summary, its points) gives no lead."""
    box = (
        "<div class='c4'><h3>Вчера в городе</h3><p>Совет депутатов обсудил бюджет и план"
        f" ремонта дорог на ближайшие годы.</p><ul>{_items(POINTS['ru'])}</ul></div>"
    )
    header = f"<h1>{HEADLINE}</h1>{BYLINE}{box}"
    paras = own_paragraphs(_page(header, "ru"))
    assert not set(POINTS["ru"]) & set(paras)
    assert paras[-len(BODY["ru"]) :] == BODY["ru"]


def test_a_header_wrapping_more_of_the_page_gives_no_points() -> None:
    """A <header> holding more than a header's text (an unclosed banner around a sidebar's
    schedule) is not the article's: its list of sentences is not taken as the points."""
    items = _items(POINTS["ru"])
    small = f"<header><h1>{HEADLINE}</h1>{BYLINE}<ul>{items}</ul></header>"
    rows = "".join(f"<div>{p}</div>" for p in BODY["de"] * 5)
    large = f"<header><h1>{HEADLINE}</h1>{BYLINE}{rows}<ul>{items}</ul></header>"
    for markup, found in ((small, True), (large, False)):
        doc = parse(f"<html><body>{markup}</body></html>")
        assert doc is not None
        box = next(doc.iter("header"))
        assert (header_points(box, next(box.iter("h1"))) is not None) is found
