"""Spanish, Portuguese and Italian news pages (session 31, helper romance31): the page's data
printed under a deck (a byline naming the outlet between the name and the place, "Por Ana
Souza, g1 — Brasília"; a date with its update counted back, "08/01/2026 10h20 · Atualizado há
2 horas"; an update's time alone, "Actualizado a las 12:35"), a run of such lines the first
two lines of the text cut in the middle; the reading time in the long unit words ("Tempo di
lettura: 3 minuti"); the controls of these pages' players, comments, share rows and paywalls
printed as lines of the body. Sentences opening with the same words stay. Every page here is
made up."""

from __future__ import annotations

import pytest

from pipeline.maintext.datelines import is_dateline, is_reading_time
from pipeline.maintext.edges import trim_edges
from pipeline.maintext.updatelines import is_update_time
from pipeline.records import Article
from tests.made_articles import article_keeping

_PT = (
    "O governo anunciou nesta terça-feira um programa de reforma de moradias populares, com "
    "recursos de até R$ 30 mil por família para obras de eficiência.",
    "Os estados vão administrar os repasses, que serão liberados em três etapas ao longo dos "
    "próximos dois anos, segundo técnicos do ministério.",
    "Associações de moradores comemoraram a medida, mas alertaram que a burocracia pode "
    "deixar muitas famílias de fora do programa.",
    "A ministra afirmou que a iniciativa deve gerar cerca de 40 mil empregos na construção "
    "civil até o fim do mandato atual.",
)
_PT_DECK = (
    "Famílias poderão receber até R$ 30 mil para obras de eficiência energética; estados vão "
    "administrar os repasses"
)
_ES = (
    "El Gobierno aprobó este martes el plan de rehabilitación de viviendas, que prevé ayudas "
    "de hasta 20.000 euros por hogar para obras de eficiencia energética.",
    "Las comunidades autónomas gestionarán los fondos, que llegarán en tres tramos a lo largo "
    "de los próximos dos años, según fuentes del ministerio.",
    "Las asociaciones de vecinos celebraron la medida, aunque advirtieron de que los plazos de "
    "tramitación pueden dejar fuera a muchas familias.",
    "La ministra defendió que el programa creará unos 40.000 empleos en el sector de la "
    "construcción antes de que termine la legislatura.",
)
_ES_DECK = (
    "El programa prevé ayudas de hasta 20.000 euros por hogar y se gestionará a través de las "
    "comunidades autónomas"
)
_IT = (
    "Il governo ha approvato martedì il piano per la ristrutturazione delle case popolari, con "
    "contributi fino a 20mila euro per famiglia per i lavori di efficienza.",
    "Le regioni gestiranno i fondi, che arriveranno in tre tranche nel corso dei prossimi due "
    "anni, secondo fonti del ministero.",
    "Le associazioni degli inquilini hanno accolto la misura con favore, ma avvertono che la "
    "burocrazia potrebbe escludere molte famiglie.",
    "La ministra ha sostenuto che il programma creerà circa 40mila posti di lavoro nel settore "
    "edile entro la fine della legislatura.",
)
_PARAGRAPHS = {"pt": _PT, "es": _ES, "it": _IT}


def _page(lang: str, head: str = "", in_body: str = "") -> str:
    paragraphs = _PARAGRAPHS[lang]
    first = "".join(f"<p>{p}</p>" for p in paragraphs[:2])
    second = "".join(f"<p>{p}</p>" for p in paragraphs[2:])
    return (
        f"<html lang='{lang}'><head><meta charset='utf-8'><title>Manchete da notícia</title>"
        "</head><body><header><nav><a href='/'>Início</a></nav></header>"
        f"<main><article><h1>Manchete da notícia</h1>{head}"
        f"<div class='article-body'>{first}{in_body}{second}</div></article></main>"
        "<footer><a href='/termos'>Termos de uso</a></footer></body></html>"
    )


def _article(html: str) -> Article:
    return article_keeping(html, "https://noticias.example/politica/2026/01/08/programa.html", ())


def test_a_byline_with_its_outlet_and_a_dateline_under_a_deck_are_dropped() -> None:
    head = (
        f"<h2 class='subtitle'>{_PT_DECK}</h2><div class='publication'>"
        "<p class='from'>Por <a href='/autor/ana-souza'>Ana Souza</a>, g1 — Brasília</p>"
        "<p><time datetime='2026-01-08T13:20:00Z'>08/01/2026 10h20</time>"
        " · Atualizado há 2 horas</p></div>"
    )
    made = _article(_page("pt", head))
    lines = made.text.split("\n")
    assert lines == [_PT_DECK, *_PT]
    assert made.author == "Ana Souza"


def test_a_dateline_and_its_update_line_under_a_deck_are_dropped() -> None:
    head = (
        f"<h2 class='subtitle'>{_ES_DECK}</h2>"
        "<div class='meta'><p>Madrid - 08 ene 2026 - 10:20 CET</p>"
        "<p>Actualizado: 08 ene 2026 - 12:35 CET</p></div>"
    )
    assert _article(_page("es", head)).text.split("\n") == [_ES_DECK, *_ES]


def test_the_run_goes_on_only_past_dropped_lines() -> None:
    lines = [_ES_DECK, _ES[0], "Actualizado a las 12:35", *_ES[1:]]
    assert trim_edges(lines, "") == lines
    run = [_ES_DECK, "08/01/2026 10:20", "Actualizado a las 12:35", *_ES[1:]]
    assert trim_edges(run, "") == [_ES_DECK, *_ES[1:]]


@pytest.mark.parametrize(
    "line",
    [
        "08/01/2026 10h20 · Atualizado há 2 horas",
        "Actualizado a las 12:35",
        "Actualizado a las 12:35 CET",
        "Aggiornato alle 12:35",
        "Atualizado às 12h35",
        "Ultimo aggiornamento: 08/01/2026 12:35",
        "Última actualización: 08/01/2026 - 12:35 h",
    ],
)
def test_update_lines_are_datelines(line: str) -> None:
    assert is_dateline(line) or is_update_time(line)


@pytest.mark.parametrize(
    "line",
    [
        "Aggiornato alle 12:35 di ieri il bilancio delle vittime",
        "Atualizado 12h35 e nada mudou",
        "Actualizado el plan a las 12:35, el Gobierno lo publicó",
    ],
)
def test_sentences_with_an_update_and_a_time_are_not(line: str) -> None:
    assert not is_dateline(line) and not is_update_time(line)


@pytest.mark.parametrize(
    "line",
    [
        "Tempo di lettura: 3 minuti",
        "Tiempo de lectura: 3 minutos",
        "Tempo de leitura: 4 minutos",
        "4 minutos de leitura",
        "Lesezeit: 4 Minuten",
    ],
)
def test_reading_times_in_the_long_unit_words(line: str) -> None:
    assert is_reading_time(line)


_CONTROLS = {
    "es": (
        "Escuchar noticia",
        "Ver comentarios",
        "Compartir en Facebook",
        "Sigue leyendo",
        "Continúa leyendo",
        "Este contenido es exclusivo para suscriptores",
        "Ya soy suscriptor",
        "Únete a la conversación",
        "Reportar un error",
        "Más información",
        "Noticia relacionada",
        "Tiempo de lectura: 3 minutos",
    ),
    "pt": (
        "Ouvir notícia",
        "Compartilhar no WhatsApp",
        "Ver comentários",
        "Continuar lendo",
        "Conteúdo exclusivo para assinantes",
        "Já é assinante? Faça login",
        "Comunicar erro",
        "Entre na conversa",
        "Receba as notícias do Jornal Exemplo no WhatsApp",
        "📲 Receba no WhatsApp as notícias do Jornal Exemplo",
    ),
    "it": (
        "Abbonati per continuare a leggere",
        "Continua a leggere",
        "Leggi l'articolo completo",
        "Già abbonato? Accedi",
        "Partecipa alla discussione",
        "Scrivi un commento",
        "Sostieni il giornalismo",
        "Apri la gallery",
        "Correlati",
        "Tempo di lettura: 3 minuti",
        "Segui su Google News",
        "Ricevi le notizie del Corriere Esempio su WhatsApp",
    ),
}


@pytest.mark.parametrize(("lang", "line"), [(k, v) for k, vs in _CONTROLS.items() for v in vs])
def test_a_control_printed_between_paragraphs_is_dropped(lang: str, line: str) -> None:
    made = _article(_page(lang, in_body=f"<p>{line}</p>"))
    assert made.text.split("\n") == list(_PARAGRAPHS[lang])


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("es", "Sigue leyendo el informe quien quiera entender por qué la medida llega tarde."),
        ("pt", "Continuar lendo os relatórios do ministério foi o que a comissão pediu."),
        ("it", "Continua a leggere i dati la commissione, che chiede più tempo al governo."),
        ("es", "Más información sobre las ayudas estará disponible en la web del ministerio."),
        ("pt", "O ministro pediu que quem receba notícias falsas no WhatsApp as denuncie."),
        ("it", "Segui su quel sito le notizie, ha detto il ministro ai cronisti in Senato."),
    ],
)
def test_a_sentence_opening_with_the_words_stays(lang: str, line: str) -> None:
    assert line in _article(_page(lang, in_body=f"<p>{line}</p>")).text.split("\n")
