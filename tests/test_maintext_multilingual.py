"""The class/id vocabulary in languages other than English and Chinese.

News sites name their furniture in their own language ("comentarios", "powiazane",
"werbung", "compartir") and their article body too ("artikel-inhalt", "tresc"). Each page
here is synthetic, in the shape of such markup; each test fails on the English-only vocabulary.
"""

from __future__ import annotations

import pytest

from pipeline.maintext.core import own_paragraphs
from pipeline.maintext.scoring import class_weight, paragraph_score
from pipeline.web.html import boilerplate_kind, clause_marks, compute_stats, is_prose, parse

ES = [
    "El Gobierno aprobó este martes una reforma que amplía la cobertura sanitaria a los autónomos.",
    "La medida, que entrará en vigor en enero, beneficiará a más de tres millones de trabajadores.",
    "Los sindicatos celebraron el acuerdo, aunque reclaman que se extienda a los contratos temporales.",
]
ES_COMMENTS = [
    "Ya era hora de que alguien pensara en los autónomos, llevamos años pagando sin recibir nada.",
    "No me lo creo hasta que lo vea publicado en el boletín oficial, siempre prometen lo mismo.",
]
PL = [
    "Rada Miasta przyjęła w czwartek budżet na przyszły rok, który zakłada rekordowe inwestycje.",
    "Najwięcej pieniędzy trafi na remonty szkół oraz budowę nowej linii tramwajowej na osiedle.",
    "Radni opozycji krytykowali jednak wysoki poziom zadłużenia i brak oszczędności w urzędzie.",
]
PL_RELATED = [
    "Mieszkańcy osiedla protestują przeciwko wycince drzew pod budowę nowej drogi dojazdowej.",
    "Prezydent miasta zapowiada, że w przyszłym roku ceny biletów komunikacji nie wzrosną wcale.",
]
DE = [
    "Die Bundesregierung hat am Mittwoch ein neues Gesetz zur Förderung erneuerbarer Energien beschlossen.",
    "Künftig sollen Hausbesitzer einen Zuschuss erhalten, wenn sie eine Wärmepumpe einbauen lassen.",
    "Die Opposition kritisierte, dass Mieter von der Förderung bisher kaum profitieren würden.",
]
DE_AD = "Jetzt testen: Das Premium-Abo für nur einen Euro im ersten Monat, jederzeit kündbar und ohne Risiko."
TR = [
    "Merkez Bankası faiz oranını beklentilere paralel olarak yüzde elli seviyesinde sabit tuttu.",
    "Kurul, enflasyondaki düşüş eğiliminin önümüzdeki aylarda da devam etmesini beklediğini açıkladı.",
    "Ekonomistler, faiz indiriminin yılın son çeyreğinde gündeme gelebileceğini değerlendiriyor.",
]
TR_COMMENTS = [
    "Bu kararın piyasalara olumlu yansıyacağını düşünüyorum, umarım enflasyon da hızla düşer.",
    "Maaşlar aynı kaldıkça faiz kararlarının vatandaşa hiçbir faydası olmuyor, bunu herkes biliyor.",
]


def _page(title: str, body: str, furniture: str, body_class: str = "nota") -> str:
    """A page whose furniture sits inside the article's own container, after the text: only
    its class name tells it from the article."""
    paras = "".join(f"<p>{p}</p>" for p in body)
    return (
        f"<html><head><title>{title}</title></head><body>"
        "<div class='top'><a href='/'>Inicio</a> <a href='/a'>Noticias</a></div>"
        f"<div class='{body_class}'><h1>{title}</h1>{paras}{furniture}</div>"
        "</body></html>"
    )


def test_spanish_comment_block_is_dropped() -> None:
    comments = "".join(f"<div class='texto'><p>{c}</p></div>" for c in ES_COMMENTS)
    page = _page("Reforma sanitaria", ES, f"<div class='comentarios'>{comments}</div>")
    assert own_paragraphs(page) == ES


def test_turkish_comment_block_is_dropped() -> None:
    comments = "".join(f"<li><p>{c}</p></li>" for c in TR_COMMENTS)
    page = _page("Faiz kararı", TR, f"<ul class='yorumlar'>{comments}</ul>")
    assert own_paragraphs(page) == TR


def test_polish_related_teasers_are_dropped() -> None:
    teasers = "".join(f"<div class='zajawka'><p>{t}</p></div>" for t in PL_RELATED)
    page = _page("Budżet miasta", PL, f"<section class='powiazane-artykuly'>{teasers}</section>")
    assert own_paragraphs(page) == PL


def test_german_ad_box_is_dropped() -> None:
    page = _page("Wärmepumpen", DE, f"<div class='werbung-box'><p>{DE_AD}</p></div>")
    assert own_paragraphs(page) == DE


def test_german_article_body_class_outweighs_a_teaser_column_of_equal_length() -> None:
    # two blocks of the same size: the one named "artikel-inhalt" is the article
    teasers = "".join(f"<p>{t}</p>" for t in PL_RELATED + PL[:1])
    paras = "".join(f"<p>{p}</p>" for p in DE)
    doc = parse(
        "<html><body><div class='spalte'>"
        f"<div class='artikel-inhalt'>{paras}</div><div class='kasten'>{teasers}</div>"
        "</div></body></html>"
    )
    assert doc is not None
    body, box = doc.find(".//div[@class='artikel-inhalt']"), doc.find(".//div[@class='kasten']")
    assert class_weight(body) > class_weight(box) == 0.0


@pytest.mark.parametrize(
    ("words", "kind"),
    [
        # comments, related, ads, newsletters, "read also" / "most read": furniture
        ("comentarios-lista", "strong"),  # es/pt
        ("kommentare", "strong"),  # de
        ("lista-komentarzy", "strong"),  # pl
        ("komentar_box", "strong"),  # id
        ("reacties", "strong"),  # nl
        ("noticias-relacionadas", "strong"),  # es
        ("articoli-correlati", "strong"),  # it
        ("verwandte-artikel", "strong"),  # de
        ("ilgili-haberler", "strong"),  # tr
        ("berita-terkait", "strong"),  # id
        ("publicidad", "strong"),  # es
        ("bloco-publicidade", "strong"),  # pt
        ("pubblicita", "strong"),  # it
        ("reklama-prawa", "strong"),  # pl
        ("boletin-suscripcion", "strong"),  # es
        ("infolettre", "strong"),  # fr
        ("leia-tambem", "strong"),  # pt
        ("leggi-anche", "strong"),  # it
        ("lire-aussi", "strong"),  # fr
        ("czytaj-takze", "strong"),  # pl
        ("meistgelesen", "strong"),  # de
        # share buttons: layout furniture
        ("botones-compartir", "layout"),  # es
        ("condividi", "layout"),  # it
        ("partager", "layout"),  # fr
        ("artikel-teilen", "layout"),  # de
        ("udostepnij", "layout"),  # pl
        ("paylas", "layout"),  # tr
        # words that look alike but are not furniture
        ("pub", ""),  # French "ad", but English "publication" too ("pub-date", "menu-pub")
        ("corporate-partners", ""),
        ("mitteilen", ""),  # de "to inform", not "teilen"
        ("bewerbung", ""),  # de "application", not "werbung"
        # a content word cancels a weak one, as "article" does in English
        ("artikel-info", ""),
        ("tresc-link", ""),
        ("noticia head", ""),
    ],
)
def test_vocabulary_by_language(words: str, kind: str) -> None:
    doc = parse(f"<html><body><div class='{words}'>x</div></body></html>")
    assert doc is not None
    assert boilerplate_kind(doc.find(".//div")) == kind


@pytest.mark.parametrize(
    "words",
    [
        "artikel-inhalt",
        "articulo-cuerpo",
        "artigo-conteudo",
        "testo articolo",
        "tresc",
        "haber-detay",
        "icerik",
        "contenido",
    ],
)
def test_content_words_weigh_as_content(words: str) -> None:
    doc = parse(f"<html><body><div class='{words}'>x</div></body></html>")
    assert doc is not None
    assert class_weight(doc.find(".//div")) == 10.0


@pytest.mark.parametrize("words", ["icerikarasi-reklam-slot", "adkontekst", "corporate"])
def test_content_words_inside_other_words_do_not_count(words: str) -> None:
    # Turkish ad slots named "between the content", Polish "kontekst" (context): no content word
    doc = parse(f"<html><body><span class='{words}'>x</span></body></html>")
    assert doc is not None
    assert class_weight(doc.find(".//span")) <= 0.0


def test_word_patterns_match_as_their_plain_regex() -> None:
    # the prefix tree WordPattern builds must find exactly what the written pattern finds
    import re

    from pipeline.web import html

    samples = [
        "comentarios",
        "comment-list",
        "box-leia-tambem",
        "leiatambem",
        "leia_tambem",
        "czytaj-rowniez",
        "chitaite-takzhe",
        "mas-leidos",
        "navbar",
        "nav-main",
        "main-nav",
        "header",
        "heading",
        "bfoot",
        "foot_x",
        "abone-ol",
        "aboneler",
        "artikel-inhalt",
        "kontekst",
        "icerikarasi",
        "haber-detay",
    ]
    for name in ("STRONG_NEGATIVE", "LAYOUT_NEGATIVE", "WEAK_NEGATIVE", "POSITIVE"):
        pattern = getattr(html, name)
        plain = re.compile(pattern.pattern)
        for s in samples:
            assert pattern.search(s) == bool(plain.search(s)), (name, s)


# The port's new terminal opened on Monday; it doubles the port's capacity (written for these
# tests), in scripts that stop a sentence with their own marks.
OWN_STOPS = {
    "Armenian": "Նավահանգստի նոր տերմինալը բացվեց երկուշաբթի օրը։ Այն կկրկնապատկի հզորությունը։ ",
    "Amharic": "አዲሱ የወደብ ተርሚናል ሰኞ ተከፈተ። የወደቡን አቅም በእጥፍ ያሳድጋል፣ ብለዋል ዳይሬክተሩ። ",
    "Khmer": "ស្ថានីយកំពង់ផែថ្មីបានបើកនៅថ្ងៃច័ន្ទ។ វានឹងបង្កើនសមត្ថភាពកំពង់ផែទ្វេដង។ ",
    "Myanmar": "ဆိပ်ကမ်းအသစ်ကို တနင်္လာနေ့တွင် ဖွင့်လှစ်ခဲ့သည်။ ၎င်းသည် စွမ်းရည်ကို တိုးမြှင့်မည်။ ",
    "Tibetan": "གྲུ་ཁའི་ས་ཚིགས་གསར་པ་གཟའ་ཟླ་བར་ཁ་ཕྱེ། ནུས་པ་ལྡབ་གཉིས་འཕར། ",
    "Sanskrit": "नवीनं नौकास्थानं सोमवासरे उद्घाटितम्॥ तस्य क्षमता द्विगुणा भविष्यति॥ ",
}


@pytest.mark.parametrize("script", sorted(OWN_STOPS))
def test_a_paragraph_stopped_with_its_scripts_own_marks_is_prose(script: str) -> None:
    text = OWN_STOPS[script] * 4
    doc = parse(f"<html><body><div><p>{text}</p></div></body></html>")
    assert doc is not None
    paragraph = next(doc.iter("p"))
    assert clause_marks(text) >= 8
    assert is_prose(paragraph)
    # the marks weigh in the paragraph's score as Latin stops do
    unmarked = parse(f"<html><body><div><p>{strip_marks(text)}</p></div></body></html>")
    assert unmarked is not None
    stats, bare = compute_stats(doc), compute_stats(unmarked)
    assert paragraph_score(paragraph, stats) > paragraph_score(next(unmarked.iter("p")), bare)


def strip_marks(text: str) -> str:
    return "".join(" " if ch in "։።፣។།॥။၊" else ch for ch in text)
