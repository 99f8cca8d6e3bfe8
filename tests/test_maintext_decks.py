"""The headline's deck (standfirst, chapô, Vorspann, bajada, 导语) opens the article's text
(`pipeline.maintext.decks`), on pages we wrote in German, French, Spanish, English and
Chinese: wherever the page prints it under the headline (inside the article's <header>,
which `prune` drops; in a header box inside the container; right under the <h1>, outside
the body's container), named by its markup or printed as the subtitle under the <h1>. A
byline, a date, a picture's credit, a teaser of another story, a deck the body repeats and
the headline again are not added."""

from __future__ import annotations

import pytest

from pipeline.maintext.container import find_headline
from pipeline.maintext.core import own_paragraphs
from pipeline.maintext.decks import deck_anchor, headline_deck, with_deck
from pipeline.web.html import DECK_MARK, parse, prune

# (language, headline, deck, body paragraphs)
_STORIES = {
    "de": (
        "Stadtrat beschließt neue Buslinie zum Hafen",
        "Ab Juni fahren die Busse alle zwanzig Minuten vom Bahnhof bis zum neuen Fährterminal.",
        [
            "Der Stadtrat hat am Donnerstagabend mit großer Mehrheit beschlossen, die neue "
            "Linie zunächst für zwei Jahre zu testen und danach über ihre Zukunft zu beraten.",
            "Pendler hatten sich seit Jahren über die fehlende Verbindung beklagt, weil der Weg "
            "vom Bahnhof zum Hafen zu Fuß fast eine halbe Stunde dauert.",
            "Die Verkehrsbetriebe wollen dafür drei neue Elektrobusse anschaffen, die an einer "
            "eigenen Ladestation am Terminal geladen werden sollen.",
        ],
    ),
    "fr": (
        "La médiathèque rouvre après deux ans de travaux",
        "Agrandie et rénovée, la médiathèque du centre-ville accueille de nouveau le public "
        "dès samedi, avec des horaires élargis le soir.",
        [
            "Les travaux, commencés au printemps il y a deux ans, ont coûté plus cher que prévu "
            "à cause de la charpente, qu'il a fallu remplacer presque entièrement.",
            "La nouvelle salle de lecture donne sur le jardin et peut accueillir une centaine "
            "de personnes, contre une quarantaine auparavant.",
            "Les bibliothécaires proposent aussi des ateliers pour les enfants le mercredi et "
            "des rencontres avec des auteurs une fois par mois.",
        ],
    ),
    "es": (
        "El ayuntamiento amplía el horario de las piscinas municipales",
        "Las tres piscinas abrirán hasta las diez de la noche durante julio y agosto para "
        "aliviar el calor de los vecinos.",
        [
            "La medida, aprobada este lunes por la junta de gobierno, costará unos doscientos "
            "mil euros y supondrá la contratación de doce socorristas más.",
            "Los vecinos llevaban años pidiendo un horario nocturno, sobre todo en los barrios "
            "del sur, donde las temperaturas apenas bajan de noche en verano.",
            "El precio de la entrada no cambiará y los abonos de temporada seguirán siendo "
            "válidos también en el nuevo horario de tarde y noche.",
        ],
    ),
    "en": (
        "Harbour ferry returns after a winter of repairs",
        "The evening crossing runs twice a week from June, and season tickets bought before "
        "the suspension will be honoured.",
        [
            "The ferry company confirmed on Monday that the landing stage had been rebuilt "
            "after storms in November damaged its pontoon beyond repair.",
            "Passengers who bought season tickets before the suspension will be offered a "
            "refund or an extension, the company said in a statement.",
            "Local traders welcomed the decision, saying the evening boat brings visitors who "
            "stay for dinner and often return later in the summer.",
        ],
    ),
    "zh": (
        "地铁五号线南延段下月开通运营",
        "南延段全长十二公里，设站八座，开通后从市中心到机场的时间将缩短到四十分钟以内。",
        [
            "市轨道交通集团昨日表示，南延段已经完成全部设备调试和试运行，各项指标均达到开通要求，"
            "预计下月中旬正式载客运营。",
            "据介绍，南延段沿线将新增三个换乘站，可与二号线、七号线和机场快线实现换乘，"
            "方便南部新区居民出行。",
            "运营初期，高峰时段行车间隔为五分钟，平峰时段为八分钟，首末班车时间与五号线既有区段保持一致。",
        ],
    ),
}
_BYLINE = "<p class='k2'>Anna Weber</p>"
_NAV = "<div class='menu'><a href='/'>Home</a> <a href='/news'>News</a></div>"
_FOOTER = "<footer>" + "<p>About us. Contact. Terms of use. Privacy.</p>" * 4 + "</footer>"


def _page(headline: str, above_body: str, body: list[str], lang: str = "en") -> str:
    paras = "".join(f"<p>{p}</p>" for p in body)
    return (
        f"<html lang='{lang}'><head><title>{headline} | Kurier</title></head><body>{_NAV}"
        f"<article>{above_body}<div class='x9 body'>{paras}</div></article>{_FOOTER}"
        "</body></html>"
    )


# (language, how the page prints the deck under the headline)
_LAYOUTS = [
    ("de", "<header><h1>{h}</h1><p class='article-standfirst'>{d}</p>" + _BYLINE + "</header>"),
    ("fr", "<h1>{h}</h1><p class='chapo'>{d}</p>"),
    ("es", "<header><h1>{h}</h1><h2 class='bajada'>{d}</h2></header>"),
    ("en", "<header><h1>{h}</h1><h2>{d}</h2><time>June 3, 2025</time></header>"),
    ("zh", "<h1>{h}</h1><div class='summary'>{d}</div>"),
    ("de", "<div class='a1 b2'><h1>{h}</h1><div class='c3'>{d}</div></div>"),
    ("en", "<header><h1>{h}</h1>" + _BYLINE + "<div class='c-dek'>{d}</div></header>"),
]


@pytest.mark.parametrize(("lang", "layout"), _LAYOUTS)
def test_the_deck_under_the_headline_opens_the_text(lang: str, layout: str) -> None:
    headline, deck, body = _STORIES[lang]
    page = _page(headline, layout.format(h=headline, d=deck), body, lang)
    assert own_paragraphs(page) == [deck, *body]


def test_a_long_subtitle_heading_without_a_stop_is_a_deck() -> None:
    headline, _, body = _STORIES["de"]
    deck = "Pendler warten seit Jahren auf die Verbindung zwischen Bahnhof und Fährterminal"
    page = _page(headline, f"<header><h1>{headline}</h1><h2>{deck}</h2></header>", body, "de")
    assert own_paragraphs(page) == [deck, *body]
    # a paragraph, not a heading, that closes no sentence is no subtitle
    page = _page(headline, f"<header><h1>{headline}</h1><p>{deck}</p></header>", body, "de")
    assert own_paragraphs(page) == body


def test_the_deck_of_a_header_box_inside_the_container_stays() -> None:
    # the header's box sits in the block holding the body: its kicker and credit go
    headline, deck, body = _STORIES["en"]
    header = (
        f"<div class='x8'><span class='k5'>Transport</span><h1>{headline}</h1>"
        f"<p class='d4'>{deck}</p><div class='p0'>Photo: Port Authority</div></div>"
    )
    paras = "".join(f"<p>{p}</p>" for p in body)
    page = (
        f"<html><head><title>{headline}</title></head><body>"
        f"<div class='q1'>{header}{paras}</div></body></html>"
    )
    assert own_paragraphs(page) == [deck, *body]


@pytest.mark.parametrize(
    "under",
    [
        "<p class='byline'>By Anna Weber and Tom Price, staff reporters</p>",
        "<p class='dek'>2025-06-03 14:55 Source: Harbour Gazette newsroom desk</p>",
        "<p class='summary'>Ferry at the landing stage. Credit: Tom Price / Harbour Gazette</p>",
        "<ul class='teaser'><li><a href='/other'>Council votes to close the old swimming pool "
        "on the seafront next spring.</a></li></ul>",
        "<p><a href='/other'>Read more: Council votes to close the old swimming pool on the "
        "seafront next spring.</a></p>",
        "<p>Ferry news</p>",
        "<p>Posted by harbourdesk, Anna and Tom on 2025-06-03 in the ferries section</p>",
        "<div>Published Tue, Jun 3 2025 10:32 AM Updated Tue, Jun 3 2025 6:29 PM and more</div>",
        "<p>This site works best in a modern browser with scripts turned on for every page</p>",
        "<div class='newsletter-intro'><p>Get the ferry timetable in your inbox every week, "
        "free of charge and without spam.</p></div>",
        "<p class='label'>Harbour Gazette archive, The Ferry Crossing, 2nd ed. (Harbourtown: "
        "Quay Press, 1911).</p>",
        "<div class='hero-caption'><p>The ferry at the landing stage on its first crossing "
        "after the winter repairs.</p></div>",
    ],
)
def test_a_line_under_the_headline_that_is_no_deck_is_not_added(under: str) -> None:
    headline, _, body = _STORIES["en"]
    page = _page(headline, f"<header><h1>{headline}</h1>{under}</header>", body)
    assert own_paragraphs(page) == body


def test_a_deck_the_body_repeats_is_printed_once() -> None:
    headline, deck, body = _STORIES["fr"]
    page = _page(headline, f"<header><h1>{headline}</h1><h2>{deck}</h2></header>", [deck, *body])
    assert own_paragraphs(page) == [deck, *body]


def test_a_subtitle_repeating_the_headline_is_not_added() -> None:
    headline, _, body = _STORIES["es"]
    again = f"{headline}: la medida entra en vigor el próximo mes de julio."
    page = _page(headline, f"<header><h1>{headline}</h1><h2>{again}</h2></header>", body, "es")
    assert own_paragraphs(page)[1:] == body
    page = _page(headline, f"<header><h1>{headline}</h1><h2>{headline}</h2></header>", body, "es")
    assert own_paragraphs(page) == body


def test_the_deck_of_a_story_after_the_body_is_not_added() -> None:
    # the next story's headline and deck under the article (endless scrolling): not its deck
    headline, _, body = _STORIES["de"]
    other, other_deck, _ = _STORIES["en"]
    paras = "".join(f"<p>{p}</p>" for p in body)
    page = (
        f"<html><head><title>{other}</title></head><body><div class='x9'>{paras}</div>"
        f"<aside><h1>{other}</h1><p class='standfirst'>{other_deck}</p></aside></body></html>"
    )
    assert other_deck not in own_paragraphs(page)


def test_with_deck_prints_the_deck_first_unless_the_text_holds_it() -> None:
    paras = ["The body's first paragraph, long enough to be read as one.", "Its second."]
    deck = "A summary of the story in one sentence, printed under its headline."
    assert with_deck(paras, deck) == [deck, *paras]
    assert with_deck([deck, *paras], deck) == [deck, *paras]
    assert with_deck(paras, None) == paras
    assert with_deck([], deck) == []


# A deck whose opening clause the body retells inside a sentence of its own (the body's
# first paragraph names the programme again, mid-sentence): the deck is not printed there.
_RETOLD = {
    "tr": (
        "Belediye yeni otobüs hattını pazartesi günü hizmete açtı",
        "Limana giden yeni ekspres hat sabah altıdan gece yarısına kadar her yirmi dakikada "
        "bir sefer yapacak. Belediye, hattın ilk ay ücretsiz olacağını duyurdu.",
        [
            "Uzun süredir beklenen düzenlemeyle birlikte limana giden yeni ekspres hat sabah "
            "altıdan gece yarısına kadar her yirmi dakikada bir sefer yapacak ve yolculara "
            "zaman kazandıracak.",
            "Belediye başkanı açılış töreninde yaptığı konuşmada hattın liman çalışanları için "
            "büyük kolaylık sağlayacağını söyledi.",
        ],
    ),
    "en": (
        "Council opens the new harbour express line",
        "The new harbour express line runs every twenty minutes from six in the morning until "
        "midnight. Rides are free for the first month, the council said.",
        [
            "After years of delay, the council confirmed on Monday that the new harbour express "
            "line runs every twenty minutes from six in the morning on weekdays, a service "
            "commuters had long asked for.",
            "The mayor said the route would save dock workers half an hour each way.",
        ],
    ),
}


@pytest.mark.parametrize("lang", sorted(_RETOLD))
def test_a_deck_whose_opening_the_body_retells_mid_sentence_is_kept(lang: str) -> None:
    headline, deck, body = _RETOLD[lang]
    page = _page(
        headline, f"<header><h1>{headline}</h1><h2 class='spot'>{deck}</h2></header>", body, lang
    )
    assert own_paragraphs(page) == [deck, *body]


@pytest.mark.parametrize(
    ("lang", "between"),
    [
        (
            "de",
            "<p class='k1'><a href='/verkehr'>Verkehr - Themen</a></p><p class='d'>Januar 2025</p>",
        ),
        ("es", "<div class='a7'><a href='/autor/ana'>Ana Ruiz</a></div><time>3 de junio</time>"),
        ("fr", "<div class='m2'>3 juin 2025 à 10h32</div><div class='v'>Note : (4)</div>"),
        (
            "en",
            "<p class='s'>June 3, 2025 10:32 am</p><p class='r'><a href='/u/tp'>Tom Price</a></p>",
        ),
    ],
)
def test_an_unnamed_deck_after_a_kicker_a_byline_or_a_date_opens_the_text(
    lang: str, between: str
) -> None:
    # the subtitle printed first is the first block of prose: the short lines before it and
    # the links between it and the headline are passed over
    headline, deck, body = _STORIES[lang]
    page = _page(
        headline, f"<header><h1>{headline}</h1>{between}<p>{deck}</p></header>", body, lang
    )
    assert own_paragraphs(page) == [deck, *body]


def test_a_deck_repeated_after_a_dateline_is_printed_once() -> None:
    # the body's first paragraph is the deck again behind a dateline: opening and close printed
    headline, deck, body = _STORIES["en"]
    first = f"PORTSMOUTH (Kurier) - {deck} The company gave no date for the summer timetable."
    page = _page(headline, f"<header><h1>{headline}</h1><h2>{deck}</h2></header>", [first, *body])
    assert own_paragraphs(page) == [first, *body]


def test_with_deck_needs_the_decks_close_printed_too() -> None:
    deck = (
        "The new harbour express line runs every twenty minutes from six in the morning until "
        "midnight, and rides are free for the first month."
    )
    retold = (
        "Officials said the new harbour express line runs every twenty minutes from six in "
        "the morning on weekdays only."
    )
    assert with_deck([retold], deck) == [deck, retold]
    assert with_deck([f"LONDON - {deck}"], deck) == [f"LONDON - {deck}"]


def test_a_line_of_prose_before_the_deck_keeps_it_from_being_the_subtitle() -> None:
    headline, deck, body = _STORIES["en"]
    note = "<p>This story was first published in our weekend print edition.</p>"  # 50+ chars
    page = _page(headline, f"<header><h1>{headline}</h1>{note}<p>{deck}</p></header>", body)
    assert deck not in own_paragraphs(page)


def test_a_deck_whose_first_sentence_opens_the_body_is_printed() -> None:
    # a summary of two sentences: the body repeats its first, its second is its own
    opening = (
        "La médiathèque du centre-ville rouvre samedi matin après deux longues années de travaux."
    )
    paras = [
        f"{opening} Les horaires changent aussi, avec une ouverture jusqu'à vingt heures le "
        "mardi et le jeudi.",
        "Les travaux ont coûté plus cher que prévu à cause de la charpente.",
    ]
    deck = (
        f"{opening} La ville promet une salle de "
        "lecture deux fois plus grande, un jardin ouvert aux lecteurs, des rencontres avec des "
        "auteurs chaque mois et des ateliers pour les enfants."
    )
    assert with_deck(paras, deck) == [deck, *paras]
    # printed again with its last word changed (a typo): printed once
    again = deck.replace("enfants.", "familles.")
    assert with_deck([again, *paras], deck) == [again, *paras]
    # a short deck (120 letters at most) whose opening the body prints: printed when its
    # close is not, once when it is
    short = f"{opening} Enfin."
    assert with_deck(paras, short) == [short, *paras]
    retold = [f"{short} Les horaires changent aussi.", *paras[1:]]
    assert with_deck(retold, short) == retold


@pytest.mark.parametrize(
    ("lang", "head"),
    [
        ("de", "<div class='news-header'><p class='cat'>Verkehr</p><h1>{h}</h1></div>"),
        ("fr", "<div class='page-header'><div class='w'><h1>{h}</h1></div></div>"),
        ("es", "<div class='head'><div class='t1'><h1>{h}</h1></div></div>"),
    ],
)
def test_a_headline_dropped_with_a_box_named_as_a_header_anchors_its_deck(
    lang: str, head: str
) -> None:
    # `prune` drops the box with its <h1>; the mark it leaves anchors the deck printed after
    # it (on a page with no other <h1>), and is no headline for the container (`find_headline`)
    headline, deck, body = _STORIES[lang]
    above = head.format(h=headline) + f"<div class='t7'><p class='q2'>{deck}</p></div>"
    doc = parse(_page(headline, above, body, lang))
    assert doc is not None
    pruned = prune(doc)
    mark = next(pruned.iter(DECK_MARK))
    assert find_headline(pruned, headline) is None
    assert deck_anchor(None, pruned) is mark
    assert headline_deck(mark, pruned) == deck
    # a site's name linking home in that box (a blog's title over its tagline): no mark
    linked = head.format(h=f"<a href='/'>{headline}</a>")
    blog = parse(_page(headline, linked + f"<p class='q2'>{deck}</p>", body, lang))
    assert blog is not None
    assert next(prune(blog).iter(DECK_MARK), None) is None
    # a page that prints its <h1> elsewhere too: that <h1> anchors the deck
    other = parse(_page(headline, above + f"<h1>{headline}</h1>", body, lang))
    assert other is not None
    pruned = prune(other)
    found = deck_anchor(None, pruned)
    assert found is not None and found.tag == "h1"
