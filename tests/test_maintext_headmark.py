"""The headline an article's own <header> holds, remembered where pruning drops the header
(`pipeline.web.headmark`), on pages we wrote.

`prune` drops every <header> as furniture; the <h1> inside went with it, and the rules keyed
to what follows the headline (the standfirst between it and the body) found no headline. A
marker now stands where the header stood: the standfirst after the header (which printed a
byline and a date after the headline) opens the text, the headline itself is never printed,
a deck right under a header that printed nothing else opens the text too (`maintext.decks`),
and an author's card (avatar and name linking to one page, over a bio) is no standfirst."""

from __future__ import annotations

import pytest

from pipeline.maintext.core import own_paragraphs
from pipeline.maintext.scoring import find_headline
from pipeline.web.html import HEADLINE_MARK, heading_text, parse, printed_after, prune

# (language, headline, byline, standfirst, body paragraphs)
_PAGES = [
    (
        "en",
        "Library reopens after a year of repairs to its roof",
        "By Sam Ortiz · 3 March 2025",
        "The central library opened its doors again on Saturday, a year after a storm tore "
        "part of its roof away and flooded the reading room.",
        [
            "Hundreds of readers queued outside before the doors opened at nine, some of them "
            "returning books they had borrowed the day before the storm.",
            "The repairs cost more than the city had planned, because the old beams had to be "
            "replaced with timber cut to the original size.",
            "The reading room has new shelves and lamps, and the flooded archive in the "
            "basement has moved to a dry room on the second floor.",
            "Librarians said most of the damaged books had been dried and restored, though a "
            "few hundred old newspapers could not be saved.",
        ],
    ),
    (
        "it",
        "La biblioteca riapre dopo un anno di lavori al tetto",
        "di Giulia Rossi · 3 marzo 2025",
        "La biblioteca centrale ha riaperto sabato, un anno dopo che una tempesta aveva "
        "strappato parte del tetto e allagato la sala di lettura.",
        [
            "Centinaia di lettori erano in coda davanti all'ingresso prima delle nove, alcuni "
            "con i libri presi in prestito il giorno prima della tempesta.",
            "I lavori sono costati più del previsto, perché le vecchie travi sono state "
            "sostituite con legno tagliato nelle misure originali.",
            "La sala di lettura ha nuovi scaffali e lampade, e l'archivio allagato nel "
            "seminterrato è stato spostato in una stanza asciutta al secondo piano.",
            "I bibliotecari hanno detto che quasi tutti i libri danneggiati sono stati "
            "asciugati e restaurati, ma alcune centinaia di vecchi giornali sono andati persi.",
        ],
    ),
    (
        "tr",
        "Kütüphane çatı onarımının ardından bir yıl sonra yeniden açıldı",
        "Ayşe Yılmaz · 3 Mart 2025",
        "Merkez kütüphane, bir fırtınanın çatının bir kısmını koparıp okuma salonunu su "
        "basmasından bir yıl sonra cumartesi günü kapılarını yeniden açtı.",
        [
            "Yüzlerce okur kapılar dokuzda açılmadan önce kuyruğa girdi, bazıları fırtınadan "
            "bir gün önce ödünç aldıkları kitapları geri getirdi.",
            "Onarım belediyenin planladığından pahalıya mal oldu, çünkü eski kirişlerin "
            "özgün ölçülerde kesilmiş kerestelerle değiştirilmesi gerekti.",
            "Okuma salonunda yeni raflar ve lambalar var, bodrumdaki su basan arşiv ise ikinci "
            "kattaki kuru bir odaya taşındı.",
            "Kütüphaneciler, hasar gören kitapların çoğunun kurutulup onarıldığını, ancak "
            "birkaç yüz eski gazetenin kurtarılamadığını söyledi.",
        ],
    ),
    (
        "de",
        "Bibliothek öffnet nach einem Jahr Reparatur am Dach wieder",
        "Von Jonas Weber · 3. März 2025",
        "Die Zentralbibliothek hat am Samstag wieder geöffnet, ein Jahr nachdem ein Sturm "
        "einen Teil des Dachs abgerissen und den Lesesaal überflutet hatte.",
        [
            "Hunderte Leser standen vor neun Uhr vor dem Eingang Schlange, manche mit Büchern, "
            "die sie am Tag vor dem Sturm ausgeliehen hatten.",
            "Die Reparatur kostete mehr als geplant, weil die alten Balken durch Holz in den "
            "ursprünglichen Maßen ersetzt werden mussten.",
            "Der Lesesaal hat neue Regale und Lampen, und das überflutete Archiv im Keller ist "
            "in einen trockenen Raum im zweiten Stock umgezogen.",
            "Die meisten beschädigten Bücher seien getrocknet und restauriert worden, sagten "
            "die Bibliothekare, einige hundert alte Zeitungen aber nicht mehr zu retten.",
        ],
    ),
]
_IDS = [p[0] for p in _PAGES]

_SHARE = (
    '<div class="z1x"><a href="https://x.example/share">X</a>'
    '<a href="https://fb.example/share">Facebook</a></div>'
)
# the body's paragraphs sit in a box between a box of topics and a source line, so the
# standfirst (a sibling of that box's wrapper) is no sibling of the paragraphs' box
_TAGS = (
    '<div class="g2"><span class="g3">Topics:</span><a href="/t/city">City</a>'
    '<a href="/t/books">Books</a></div>'
)
_UNDER = '<div class="s8">Source of the article: City Courier newsroom</div>'
_RELATED = (
    '<div class="v9"><a href="/news/1">Bus fares rise again</a>'
    '<a href="/news/2">New bridge opens to traffic</a></div>'
)


def _page(headline: str, in_header: str, after_header: str, body: list[str]) -> str:
    # class names that say nothing (hashed): no lead is found by its class
    paras = "".join(f'<p class="t4e">{p}</p>' for p in body)
    return (
        f"<html><head><title>{headline} - City Courier</title></head><body>"
        '<header class="m1"><a href="/">City Courier</a><nav class="m3"><a href="/">Home</a>'
        '<a href="/news">News</a></nav></header>'
        f'<main><article class="a8"><header class="h7"><h1 class="c1">{headline}</h1>'
        f"{in_header}</header>{after_header}<div class='ad0'></div>"
        f'<div class="b5">{_TAGS}<div class="b6">{paras}</div>{_UNDER}</div>{_RELATED}'
        "</article>"
        "</main></body></html>"
    )


@pytest.mark.parametrize(("lang", "headline", "byline", "lead", "body"), _PAGES, ids=_IDS)
def test_a_standfirst_after_the_article_s_header_opens_the_text(
    lang: str, headline: str, byline: str, lead: str, body: list[str]
) -> None:
    # the header printed a byline and a date under the headline: the prose after it is the
    # standfirst, not the headline's deck
    in_header = f'<p class="k2">{byline}</p>{_SHARE}'
    page = _page(headline, in_header, f'<div class="w2"><p class="r5">{lead}</p></div>', body)
    assert own_paragraphs(page) == [lead, *body]


@pytest.mark.parametrize(("lang", "headline", "byline", "lead", "body"), _PAGES, ids=_IDS)
def test_the_header_s_headline_is_found_and_never_printed(
    lang: str, headline: str, byline: str, lead: str, body: list[str]
) -> None:
    doc = parse(_page(headline, f'<p class="k2">{byline}</p>', "", body))
    assert doc is not None
    title = f"{headline} - City Courier"
    found = find_headline(prune(doc), title)
    assert found is not None and found.tag == HEADLINE_MARK
    assert heading_text(found) == headline and printed_after(found)
    page = _page(headline, f'<p class="k2">{byline}</p>', "", body)
    assert own_paragraphs(page) == body


def test_a_deck_right_under_a_header_holding_only_the_headline_opens_the_text() -> None:
    # nothing printed between the headline and the deck: its subtitle, the article's
    # standfirst (`pipeline.maintext.decks`; issue 10's policy, most generic-web golds drop it)
    _, headline, _, lead, body = _PAGES[0]
    page = _page(headline, "", f'<div class="w2"><p class="r5">{lead}</p></div>', body)
    assert own_paragraphs(page) == [lead, *body]


def test_the_site_s_banner_with_an_h1_is_no_headline() -> None:
    _, headline, byline, _, body = _PAGES[0]
    page = _page(headline, f'<p class="k2">{byline}</p>', "", body).replace(
        '<a href="/">City Courier</a>', '<h1 class="lg"><a href="/">City Courier</a></h1>'
    )
    doc = parse(page)
    assert doc is not None
    found = find_headline(prune(doc), f"{headline} - City Courier")
    assert found is not None and heading_text(found) == headline


# An author's card between the byline and the body: avatar and name link to the author's
# page, a bio that does not open on the name and a role.
_CARDS = [
    (
        "it",
        "Appassionata di belle storie e di viaggi, scrive da quando ne ha memoria. Quando "
        "non è in giro, riempie di coccole i suoi amati gatti e legge romanzi gialli.",
    ),
    (
        "es",
        "Apasionada de las buenas historias y de los viajes, escribe desde que tiene memoria. "
        "Cuando no está de viaje, cuida de sus gatos y lee novelas policiacas.",
    ),
    (
        "en",
        "Loves a good story and a long train journey, and has written for as long as she can "
        "remember. Off duty she reads crime novels and spoils her two cats.",
    ),
]


def _card(bio: str) -> str:
    return (
        '<section class="q1"><figure class="q2"><a href="/experts/giulia/">'
        '<img src="/g.png" alt=""></a></figure><div class="q3"><div class="q4">'
        '<a href="/experts/giulia/"><p class="q5">Giulia Sbaffi</p></a>'
        '<p class="q6">Web Content Editor</p><ul class="q7"><li>'
        '<a href="https://in.example/giulia">LinkedIn</a></li></ul>'
        f'<p class="q8">{bio}</p></div></div></section>'
    )


@pytest.mark.parametrize(("lang", "bio"), _CARDS, ids=[c[0] for c in _CARDS])
def test_an_author_s_card_after_the_headline_is_no_standfirst(lang: str, bio: str) -> None:
    # the headline outside any <header> (as the standfirst rule always saw it), then the card
    _, headline, byline, _, body = _PAGES[0]
    paras = "".join(f'<p class="t4e">{p}</p>' for p in body)
    page = (
        f"<html><head><title>{headline} - City Courier</title></head><body><main>"
        f'<div class="a8"><div class="h7"><h1 class="c1">{headline}</h1>'
        f'<p class="k2">{byline}</p></div>{_card(bio)}<div class="ad0"></div>'
        f'<div class="b5">{_TAGS}<div class="b6">{paras}</div>{_UNDER}</div>{_RELATED}</div>'
        "</main></body></html>"
    )
    assert own_paragraphs(page) == body


@pytest.mark.parametrize(("lang", "bio"), _CARDS, ids=[c[0] for c in _CARDS])
def test_an_author_s_card_after_the_article_s_header_is_no_standfirst(lang: str, bio: str) -> None:
    _, headline, byline, _, body = _PAGES[0]
    page = _page(headline, f'<p class="k2">{byline}</p>', _card(bio), body)
    assert own_paragraphs(page) == body


# (language, headline, the page's short story, the next story's headline, its long text)
_STORIES = [
    (
        "en",
        "Council passes the city budget",
        [
            "The city council passed next year's budget on Tuesday by nine votes to four, "
            "after a debate that ran past midnight.",
            "Property taxes will rise by two percent, the first increase in six years, to pay "
            "for repairs to schools and bridges.",
        ],
        "The last loaf: an old bakery closes",
        [
            "The city's oldest bakery closed its doors on Saturday after ninety years, and a "
            "line of customers stretched around the block for a last loaf of rye.",
            "Its owner, the founder's granddaughter, said rising rents and a shortage of "
            "bakers had made the shop impossible to keep open, though she had tried for years.",
            "Regulars brought photographs of the shop from the 1950s, when the ovens ran all "
            "night and the whole street smelled of bread before dawn.",
            "The building will be sold in the spring; a developer has offered to keep the old "
            "sign, and the family will give the recipes to the city's cooking school.",
        ],
    ),
    (
        "fr",
        "Le conseil municipal vote le budget de la ville",
        [
            "Le conseil municipal a adopté mardi le budget de l'an prochain par neuf voix "
            "contre quatre, après un débat qui s'est prolongé après minuit.",
            "La taxe foncière augmentera de deux pour cent, une première depuis six ans, pour "
            "financer la réparation des écoles et des ponts.",
        ],
        "La dernière miche : une vieille boulangerie ferme",
        [
            "La plus ancienne boulangerie de la ville a fermé samedi après quatre-vingt-dix "
            "ans, et une file de clients faisait le tour du pâté de maisons.",
            "Sa propriétaire, petite-fille du fondateur, explique que la hausse des loyers et "
            "le manque de boulangers rendaient la boutique impossible à garder ouverte.",
            "Des habitués ont apporté des photos de la boutique des années 1950, quand les "
            "fours tournaient toute la nuit et que la rue sentait le pain avant l'aube.",
            "Le bâtiment sera vendu au printemps ; un promoteur propose de garder la vieille "
            "enseigne, et la famille donnera les recettes à l'école de cuisine de la ville.",
        ],
    ),
]


def _story(headline: str, paragraphs: list[str]) -> str:
    paras = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<article class="s1"><header class="s2"><h1>{headline}</h1>'
        f'<p class="s3">City desk · 20.05.2024 13:09</p></header>'
        f'<div class="s4">{paras}</div></article>'
    )


@pytest.mark.parametrize(
    ("lang", "headline", "story", "other", "other_story"), _STORIES, ids=[s[0] for s in _STORIES]
)
def test_the_next_story_under_its_own_header_is_set_aside(
    lang: str, headline: str, story: list[str], other: str, other_story: list[str]
) -> None:
    # a page loading the next story under a short one: each story's <h1> in its own
    # <header>, which prune drops; the longer next story outscores the page's own
    page = (
        f"<html><head><title>{headline} | City Courier</title></head><body>"
        '<div class="m0"><a href="/">Home</a> <a href="/news">News</a></div>'
        f'<div class="f1">{_story(headline, story)}{_story(other, other_story)}</div>'
        "</body></html>"
    )
    assert own_paragraphs(page) == story


def test_the_header_s_date_and_place_stay_out_of_a_body_cut_in_fragments() -> None:
    # the header prints a short date-and-place box of the body's own class; the body is cut
    # in two fragments of that class around a picture: the fragments after the
    # headline are the article's, the header's box (and the headline) are not
    _, headline, _, _, body = _PAGES[1]
    first = "".join(f"<p>{p}</p>" for p in body[:2])
    rest = "".join(f"<p>{p}</p>" for p in body[2:])
    page = (
        f"<html><head><title>{headline} - City Courier</title></head><body><main>"
        f'<article class="a8"><header class="h7"><h1 class="c1">{headline}</h1>'
        '<div class="fr">Roma, 3 marzo 2025</div></header>'
        f'<div class="fr">{first}</div>'
        '<figure class="nl"><img src="/r.jpg" alt=""></figure>'
        f'<div class="fr">{rest}</div>{_RELATED}</article></main></body></html>'
    )
    assert own_paragraphs(page) == body
