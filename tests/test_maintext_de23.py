"""Kinds of session 23 (helper de23) where German news pages lost their text, on pages we
wrote ourselves (the text is invented): the article's body after its first paragraph held in
a block a metering script names ("paywall"), which outscores everything else on the page; a
ranking told in list items (a heading and paragraphs each, a source linked in them) taken for
a list of teasers (then the writer's box under it may be taken for the article)."""

from __future__ import annotations

from pipeline.maintext.blockscore import is_teaser_list
from pipeline.web.html import HEADLINE_MARK, compute_stats, heading_text, parse, prune
from tests.sample_pages import own_text as _own

# An invented local story, in German: two paragraphs a reader without a subscription is shown
# (enough prose for a container of their own once the rest is set aside), then the rest.
_OPENING = [
    "Wenn im Hafen von Lindenau die Fähre anlegt, warten am Steg schon die Pendler aus dem"
    " Nachbarort, die jeden Morgen über den See zur Arbeit fahren und abends zurückkehren.",
    "Früher legte das Schiff alle zwanzig Minuten ab, und wer den Anleger verpasste, trank"
    " im Kiosk am Ufer einen Kaffee, bis nach kurzer Zeit das nächste Boot kam. Das ist vorbei,"
    " seit der Fahrplan im April geändert wurde und die Gemeinde über die Kosten streitet.",
]
_BODY = [
    "Seit dem Frühjahr fährt die Fähre nur noch stündlich, weil der Betreiber zwei Matrosen"
    " zu wenig hat und die Gemeinde keinen Zuschuss für zusätzliche Fahrten zahlen will.",
    "Der Bürgermeister sagte am Dienstag im Gemeinderat, man verhandle mit dem Landkreis über"
    " eine gemeinsame Lösung, doch vor dem Herbst sei keine Entscheidung zu erwarten.",
    "Die Pendler haben inzwischen eine Unterschriftenliste gesammelt, auf der mehr als"
    " dreihundert Namen stehen, und wollen sie in der nächsten Sitzung überreichen.",
    "Eine Lehrerin aus dem Nachbarort erzählt, sie stehe nun jeden Morgen eine halbe Stunde"
    " früher auf, um die erste Fähre zu erreichen, und komme trotzdem oft zu spät.",
    "Der Betreiber hofft, im Sommer zwei neue Matrosen einstellen zu können, die derzeit"
    " noch ihre Ausbildung an der Schifffahrtsschule in der Kreisstadt abschließen.",
] + [
    f"Im {month} {year} zählte die Gemeinde {count + year} Fahrgäste auf der Linie über den"
    f" See, wie aus einer Aufstellung hervorgeht, die der Betreiber dem Gemeinderat vorgelegt"
    f" hat; an {count // 400} Tagen fiel die Fähre wegen Sturm oder Personalmangel aus."
    for year in (2019, 2020, 2021)
    for month, count in [
        ("Januar", 4100),
        ("Februar", 3900),
        ("März", 4800),
        ("April", 5200),
        ("Mai", 6100),
        ("Juni", 7300),
        ("Juli", 8800),
        ("August", 9100),
    ]
]


def _page(body_class: str) -> str:
    opening = "".join(f"<p>{p}</p>" for p in _OPENING)
    paras = "".join(f"<p>{p}</p>" for p in _BODY)
    return (
        "<html><head><title>Fähre fährt seltener</title></head><body>"
        "<nav><a href='/'>Startseite</a> <a href='/region'>Region</a></nav>"
        "<main><article class='story'><h1>Fähre fährt seltener</h1>"
        f"<div class='story-body'>{opening}<div class='{body_class}'>{paras}</div>"
        "</div></article></main>"
        "<footer><p>Impressum</p></footer></body></html>"
    )


def test_the_article_behind_a_paywall_class_is_the_text() -> None:
    text = _own(_page("np-paywall"))
    assert all(p in text for p in _OPENING + _BODY), text


def test_a_plain_body_reads_the_same() -> None:
    assert _own(_page("np-content")) == _own(_page("np-paywall"))


# An invented ranking, in German: each entry a linked source inside two paragraphs of its own.
_RANKED = [
    (
        f"{n}. Kreisamt {name}",
        f"Im {month} meldeten Anwohner dem Kreisamt {name}, dass auf einem Hof am Ortsrand"
        f" {count} Schafe ohne Unterstand auf einer überfluteten Weide stünden. Das Amt schickte"
        f" noch am selben Tag zwei Kontrolleure, wie aus dem <a href='/bericht-{n}'>Bericht</a>"
        " hervorgeht.",
        f"Die Tiere wurden in einen Stall gebracht, der Halter erhielt eine Auflage und muss"
        f" nun alle {n + 1} Wochen nachweisen, dass die Herde versorgt ist. Eine weitere Kontrolle"
        " im Herbst fand keine Mängel mehr.",
    )
    for n, name, month, count in [
        (1, "Birkenfeld", "Januar", 40),
        (2, "Ahlhausen", "März", 25),
        (3, "Tannweiler", "Mai", 60),
        (4, "Rotbach", "Juli", 18),
    ]
]


def _ranking_page() -> str:
    items = "".join(
        f"<li><h3>{head}</h3><p>{first}</p><p>{second}</p></li>" for head, first, second in _RANKED
    )
    return (
        "<html><head><title>Die besten Ämter des Jahres</title></head><body>"
        "<nav><a href='/'>Startseite</a> <a href='/themen'>Themen</a></nav>"
        "<main><article class='single-post'><header class='post-header'>"
        "<h1>Die besten Ämter des Jahres</h1></header><section class='post-content'>"
        "<p>Jedes Jahr melden Leserinnen und Leser uns Fälle, in denen Tiere schlecht gehalten"
        " werden, und wir geben sie an das zuständige Amt weiter.</p>"
        f"<h2>Die besten Ämter</h2><ul>{items}</ul>"
        "<p>Nicht jedes Amt antwortet auf unsere Meldungen, und manche Fälle ziehen sich über"
        " Monate hin, bis die Tiere endlich in bessere Hände kommen.</p>"
        "<p>Wer einen Fall melden möchte, kann uns schreiben; wir prüfen jede Meldung und"
        " geben sie mit Fotos und Zeugenaussagen an die Behörden weiter.</p></section>"
        # the writer's box under the post: its heading links to the writer's other posts
        "<div class='post-writer row'><div class='columns'><h4><span>Zur Person</span>"
        "<a href='/autoren/redaktion'>Alle Beiträge</a></h4></div><div class='columns'>"
        "<div class='post-writer__info row'><div class='post-writer__image columns'>"
        "<a href='/autoren/redaktion'><img src='/redaktion.jpg' alt=''></a></div>"
        "<div class='post-writer__bio columns'><a href='/autoren/redaktion'><h4>Redaktion</h4>"
        "</a>Alle Beiträge zu unseren Themen werden von der Redaktion und von Gastautoren"
        " verfasst.</div></div></div></div>"
        "</article></main><footer><p>Impressum</p></footer></body></html>"
    )


def test_a_ranking_told_in_list_items_is_no_teaser_list() -> None:
    doc = parse(_ranking_page())
    assert doc is not None
    body = prune(doc)
    section = next(el for el in body.iter("section") if el.get("class") == "post-content")
    assert not is_teaser_list(section, compute_stats(body))


def test_the_ranking_is_the_text() -> None:
    text = _own(_ranking_page())
    assert "überfluteten Weide" in text and "Eine weitere Kontrolle" in text, text


def test_teasers_with_a_linked_title_stay_a_teaser_list() -> None:
    items = "".join(
        f"<li><h3><a href='/artikel-{n}'>{head}</a></h3><p>{first[:120]}</p></li>"
        for n, (head, first, _) in enumerate(_RANKED)
    )
    doc = parse(f"<html><body><div class='more'><ul>{items}</ul></div></body></html>")
    assert doc is not None
    body = prune(doc)
    ul = next(body.iter("ul"))
    assert is_teaser_list(ul, compute_stats(body))


def _anchored_page(heading_id: str, heading: str) -> str:
    paras = "".join(f"<p>{p}</p>" for p in _BODY[:3])
    more = "".join(f"<p>{p}</p>" for p in _BODY[3:6])
    return (
        "<html><head><title>Fähre fährt seltener</title></head><body>"
        "<nav><a href='/'>Startseite</a> <a href='/region'>Region</a></nav>"
        "<main><article><h1>Fähre fährt seltener</h1><div class='article-content'>"
        f"{paras}<h3 class='subheading' id='{heading_id}'>{heading}</h3>{more}"
        "</div></article></main><footer><p>Impressum</p></footer></body></html>"
    )


def test_a_subheading_anchored_by_a_slug_of_its_words_is_kept() -> None:
    text = _own(_anchored_page("nav_neue_matrosen_gesucht__1", "Neue Matrosen gesucht"))
    assert "Neue Matrosen gesucht" in text, text


def test_a_menu_heading_named_for_the_menu_is_not_kept() -> None:
    page = _anchored_page("menu-footer", "Footer Menü").replace(
        "<h3 class='subheading' id='menu-footer'>Footer Menü</h3>",
        "<div id='menu-footer'><h3 id='menu-footer-title'>Footer</h3>"
        "<ul><li><a href='/a'>Kontakt</a></li><li><a href='/b'>Impressum</a></li></ul></div>",
    )
    assert "Footer" not in _own(page)


def test_the_article_a_paywall_script_hides_by_its_hook_is_the_text() -> None:
    text = _own(_page("story-text np-paywall-hide"))
    assert all(p in text for p in _OPENING + _BODY), text


def test_a_hidden_block_beside_the_paywall_word_stays_out() -> None:
    text = _own(_page("paywall hidden"))
    assert _BODY[0] not in text, text


def _media_page(media_class: str) -> str:
    """A press release: a lead paragraph, then a picture beside the rest of the text in one
    media object (a lightbox script's hook in its class)."""
    body = "".join(f"<p>{p}</p>" for p in _BODY[:5])
    return (
        "<html><head><title>Fähre fährt seltener</title></head><body>"
        "<nav><a href='/'>Startseite</a> <a href='/presse'>Presse</a></nav>"
        "<main><article><h1>Fähre fährt seltener</h1><div class='cms-content'>"
        f"<div class='textblock'><p><strong>{_OPENING[0]}</strong> {_OPENING[1]}</p></div>"
        f"<div class='{media_class}'><figure class='media-img'><img src='/faehre.jpg' alt=''>"
        "<figcaption>Die Fähre am Anleger.</figcaption></figure>"
        f"<div class='media-body'>{body}</div></div>"
        "</div></article></main><footer><p>Impressum</p></footer></body></html>"
    )


def test_the_text_beside_a_picture_a_lightbox_hooks_is_no_gallery() -> None:
    text = _own(_media_page("media media--left js-lightbox-gallery"))
    assert _OPENING[0] in text and all(p in text for p in _BODY[:5]), text


def test_a_headline_dropped_for_its_class_word_leaves_its_mark() -> None:
    page = _page("np-content").replace("<h1>", "<h1 class='headblock'>")
    doc = parse(page)
    assert doc is not None
    body = prune(doc)
    assert next(body.iter("h1"), None) is None  # (dropped for "head": the case here)
    marks = list(body.iter(HEADLINE_MARK))
    assert len(marks) == 1 and heading_text(marks[0]) == "Fähre fährt seltener"


def test_an_appeal_a_script_flies_out_inside_the_text_stays_out() -> None:
    flyout = (
        "<div class='c-flyout js-flyout'><div class='c-flyout__body'><span>Helfen Sie mit!</span>"
        "<p>Jede kleine Gabe hilft den Menschen am See!</p></div></div>"
    )
    page = _page("np-content").replace(f"<p>{_BODY[1]}</p>", f"<p>{_BODY[1]}</p>{flyout}")
    text = _own(page)
    assert _BODY[1] in text and _BODY[2] in text, text
    assert "Gabe" not in text and "Helfen Sie mit" not in text, text
