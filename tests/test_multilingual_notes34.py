"""The readers' section and the site's notes in languages other than English and French
(session 34, helper multi34b): the comment section's disclaimer ("Os comentários são de
responsabilidade exclusiva de seus autores", "Redakcja nie odpowiada za treść komentarzy",
"Yorumlar kullanıcıların sorumluluğundadır"), a view count inside a short sentence ("Bu haber
1.234 kez okundu", "Artykuł przeczytano 1234 razy"), an author box's heading ("L'autore",
"Sobre a autora") and the typo report's question ("¿Has visto algún error? Escríbenos").
The same words in a sentence of the story stay text. Every page and line here is made up."""

from __future__ import annotations

import pytest

from pipeline.maintext.labels import is_furniture_label
from pipeline.maintext.linekinds import is_boilerplate_line
from pipeline.maintext.sitenotes import is_site_note
from tests.made_articles import kept_beside

_STORIES = {
    "pt": (
        "Câmara aprova nova ciclovia",
        (
            "A câmara municipal aprovou nesta quarta-feira a construção de uma ciclovia de doze "
            "quilômetros ligando o centro aos bairros da zona leste.",
            "O projeto custará cerca de oito milhões de reais e deve ficar pronto em um ano, "
            "segundo a secretaria de mobilidade.",
            "Ciclistas ouvidos pela reportagem elogiaram a decisão, mas cobraram mais "
            "segurança nos cruzamentos das avenidas principais.",
            "Comerciantes da região temem perder vagas de estacionamento durante as obras.",
        ),
    ),
    "es": (
        "El ayuntamiento amplía el horario de las bibliotecas",
        (
            "El ayuntamiento anunció este martes que las bibliotecas municipales abrirán hasta "
            "las diez de la noche a partir del próximo mes.",
            "La medida costará unos dos millones de euros al año y supondrá la contratación de "
            "cuarenta nuevos trabajadores.",
            "Los estudiantes llevaban meses pidiendo más horas de apertura durante la época "
            "de exámenes, según la asociación de vecinos.",
            "La oposición pidió conocer el detalle de los contratos antes de votar el plan.",
        ),
    ),
    "it": (
        "Il comune rinnova i parchi cittadini",
        (
            "Il comune ha presentato martedì un piano per rinnovare i parchi della città, con "
            "lavori che inizieranno il mese prossimo.",
            "L'investimento complessivo sarà di circa tre milioni di euro in due anni, secondo "
            "l'assessore all'ambiente.",
            "I residenti hanno chiesto più panchine, fontane e un'illuminazione migliore nei "
            "viali principali.",
            "L'opposizione ha criticato i tempi e ha chiesto maggiore trasparenza sui contratti.",
        ),
    ),
    "tr": (
        "Belediye parkları yeniliyor",
        (
            "Belediye salı günü kentteki parkların yenilenmesi için yeni bir plan açıkladı ve "
            "çalışmaların gelecek ay başlaması bekleniyor.",
            "Park ve bahçeler müdürüne göre toplam yatırımın iki yıl içinde otuz milyon lirayı "
            "bulması öngörülüyor.",
            "Mahalle sakinleri daha fazla bank, çeşme ve aydınlatma istediklerini söyledi.",
            "Meclisteki muhalefet üyeleri takvimi eleştirerek daha fazla şeffaflık istedi.",
        ),
    ),
    "pl": (
        "Miasto remontuje parki",
        (
            "Władze miasta przedstawiły we wtorek plan remontu parków, a prace mają ruszyć "
            "w przyszłym miesiącu.",
            "Według wiceprezydenta koszt inwestycji wyniesie około trzydziestu milionów złotych "
            "w ciągu dwóch lat.",
            "Mieszkańcy prosili o więcej ławek, fontann i lepsze oświetlenie alejek.",
            "Radni opozycji skrytykowali harmonogram i zażądali większej przejrzystości umów.",
        ),
    ),
    "id": (
        "Pemkot merenovasi taman kota",
        (
            "Pemerintah kota pada Selasa mengumumkan rencana renovasi taman kota yang akan "
            "dimulai bulan depan.",
            "Menurut kepala dinas pertamanan, total anggaran mencapai tiga puluh miliar rupiah "
            "selama dua tahun.",
            "Warga meminta lebih banyak bangku, air mancur, dan penerangan yang lebih baik.",
            "Anggota dewan dari oposisi mengkritik jadwal proyek dan meminta transparansi.",
        ),
    ),
    "de": (
        "Stadt saniert ihre Parks",
        (
            "Die Stadt hat am Dienstag einen Plan zur Sanierung ihrer Parks vorgestellt, die "
            "Arbeiten sollen im kommenden Monat beginnen.",
            "Nach Angaben des Umweltdezernenten kostet das Vorhaben rund drei Millionen Euro "
            "in zwei Jahren.",
            "Anwohner wünschen sich mehr Bänke, Brunnen und eine bessere Beleuchtung der Wege.",
            "Die Opposition kritisierte den Zeitplan und forderte mehr Transparenz bei den "
            "Verträgen.",
        ),
    ),
    "nl": (
        "Gemeente knapt parken op",
        (
            "De gemeente heeft dinsdag een plan gepresenteerd om de stadsparken op te knappen, "
            "de werkzaamheden beginnen volgende maand.",
            "Volgens de wethouder kost het project ongeveer drie miljoen euro verspreid over "
            "twee jaar.",
            "Bewoners vroegen om meer bankjes, fonteinen en betere verlichting op de paden.",
            "De oppositie bekritiseerde de planning en vroeg om meer openheid over de contracten.",
        ),
    ),
}

_DISCLAIMERS = [
    ("pt", "Os comentários são de responsabilidade exclusiva de seus autores."),
    (
        "pt",
        "Os comentários são de responsabilidade exclusiva de seus autores e não representam "
        "a opinião deste site.",
    ),
    ("es", "Los comentarios son responsabilidad de sus autores."),
    (
        "es",
        "Los comentarios publicados son responsabilidad exclusiva de sus autores y no reflejan "
        "la opinión de este medio.",
    ),
    ("it", "I commenti sono di responsabilità dei rispettivi autori."),
    ("it", "La redazione non risponde dei commenti pubblicati dai lettori."),
    ("tr", "Yorumlar kullanıcıların sorumluluğundadır."),
    ("tr", "Yazılan yorumlardan yazarları sorumludur, sitemiz sorumlu tutulamaz."),
    ("id", "Komentar sepenuhnya menjadi tanggung jawab pengirim."),
    ("id", "Redaksi tidak bertanggung jawab atas isi komentar pembaca."),
    ("pl", "Redakcja nie odpowiada za treść komentarzy."),
    ("pl", "Komentarze są prywatnymi opiniami użytkowników portalu."),
    ("de", "Für den Inhalt der Kommentare sind die Verfasser verantwortlich."),
    ("de", "Die Kommentare geben nicht die Meinung der Redaktion wieder."),
    ("nl", "Reacties zijn voor rekening van de schrijvers."),
    ("nl", "De redactie is niet verantwoordelijk voor de inhoud van reacties."),
]
_VIEW_COUNTS = [
    ("tr", "Bu haber 1.234 kez okundu"),
    ("pt", "Esta notícia foi lida 1.234 vezes"),
    ("pl", "Artykuł przeczytano 1234 razy"),
    ("pl", "Artykuł był czytany 1234 razy"),
    ("it", "Questo articolo è stato letto 1.234 volte"),
    ("es", "Esta noticia ha sido leída 1.234 veces"),
    ("de", "Dieser Artikel wurde 1.234 mal gelesen"),
    ("id", "Berita ini telah dibaca 1.234 kali"),
]
_TYPO_PROMPTS = [
    ("es", "¿Has visto algún error? Escríbenos"),
    ("es", "¿Viste algún error? Avísanos"),
    ("pt", "Viu algum erro? Fale conosco"),
    ("pt", "Encontrou algum erro? Avise-nos"),
    ("it", "Hai notato un errore? Segnalacelo"),
    ("de", "Fehler gefunden? Schreiben Sie uns"),
    ("tr", "Hata mı buldunuz? Bize yazın"),
    ("id", "Menemukan kesalahan? Laporkan"),
    ("nl", "Fout gezien? Laat het ons weten"),
    ("pl", "Zauważyłeś błąd? Napisz do nas"),
]
_LINES = _DISCLAIMERS + _VIEW_COUNTS + _TYPO_PROMPTS


def _kept(language: str, in_body: str = "", after_text: str = "") -> list[str]:
    title, paragraphs = _STORIES[language]
    return kept_beside(language, title, paragraphs, in_body, after_text)


@pytest.mark.parametrize(("language", "line"), _LINES)
def test_the_line_goes_after_the_story_and_between_its_paragraphs(language: str, line: str) -> None:
    assert _kept(language, after_text=f"<p>{line}</p>") == []
    assert _kept(language, in_body=f"<p>{line}</p>") == []


@pytest.mark.parametrize(("language", "line"), _DISCLAIMERS)
def test_the_disclaimer_is_a_site_note(language: str, line: str) -> None:
    assert is_site_note(line), language


@pytest.mark.parametrize(("language", "line"), _VIEW_COUNTS)
def test_the_view_count_sentence_is_a_label(language: str, line: str) -> None:
    assert is_furniture_label(line), language


@pytest.mark.parametrize(
    ("language", "heading", "bio"),
    [
        ("it", "L'autore", "Marco Rossi è giornalista dal 2005 e scrive di politica locale."),
        ("it", "L'autrice", "Giulia Bianchi è giornalista dal 2010, scrive di scuola e cultura."),
        ("pt", "Sobre o autor", "João Silva é repórter desde 2008 e cobre política e cidades."),
        ("pt", "Sobre a autora", "Maria Souza é repórter desde 2012 e cobre educação."),
        ("es", "Sobre el autor", "Juan Pérez es periodista desde 2006 y escribe sobre urbanismo."),
        ("es", "Sobre la autora", "Ana López es periodista desde 2011 y escribe sobre educación."),
    ],
)
def test_an_author_box_closing_the_story_goes(language: str, heading: str, bio: str) -> None:
    assert _kept(language, after_text=f"<h3>{heading}</h3><p>{bio}</p>") == []


@pytest.mark.parametrize(
    "line",
    [
        "O prefeito disse que os comentários são de responsabilidade exclusiva de seus autores.",
        "Os comentários do ministro geraram polêmica entre os autores do projeto de lei.",
        "Los comentarios del alcalde son responsabilidad suya, dijo el portavoz.",
        "Bakan, yorumlarından kendisinin sorumlu olduğunu söyledi.",
        "Komentar menteri itu menjadi tanggung jawab pribadinya, kata juru bicara.",
        "Prezes powiedział, że redakcja nie odpowiada za treść komentarzy polityków.",
        "Komentarze ekspertów są zgodne: inflacja spadnie.",
        "I commenti del sindaco sono di responsabilità dei suoi collaboratori, ha detto.",
        "Für den Inhalt der Kommentare sind die Verfasser verantwortlich, sagte der Richter.",
        "De redactie is niet verantwoordelijk voor de inhoud van reacties, zei de rechter.",
        "Bu haber 1.234 kez okundu ve sosyal medyada paylaşıldı.",
        "Esta notícia foi lida 1.234 vezes em uma hora, segundo o portal.",
        "Artykuł przeczytano 1234 razy w ciągu doby, co jest rekordem.",
        "Dieser Artikel wurde 1.234 mal gelesen, bevor er gelöscht wurde.",
        "Has visto algún error en el informe del ministerio, preguntó el diputado.",
        "Hata buldunuz mu diye sordu bakan.",
        "Fout gezien door de scheidsrechter, zei de trainer.",
        "L'autore del libro ha presentato il romanzo a Milano.",
        "Sobre a autora, pouco se sabe.",
    ],
)
def test_the_same_words_in_a_sentence_stay_text(line: str) -> None:
    assert not is_site_note(line)
    assert not is_furniture_label(line)
    assert not is_boilerplate_line(line)


def test_a_sentence_of_the_story_using_the_words_stays_on_the_page() -> None:
    line = "Os comentários do ministro geraram polêmica entre os autores do projeto de lei."
    assert _kept("pt", in_body=f"<p>{line}</p>") == [line]
