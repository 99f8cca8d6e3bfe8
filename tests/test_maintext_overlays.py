"""Container choice against what publisher pages lay over or around the article (branch
container25), on pages we wrote ourselves in several languages: a class word that names a
modifier ("o-section--has-ads") is not the thing it names; an overlay (an AMP lightbox, a
consent manager's window, a log-in dialog, a consent manager's settings in a script) never
stands for the article, in our extractor or in the fallback's; an <aside> holding the page's
marked article (its <h1>, `itemprop="articleBody"`), or its headline and prose, is searched; a layout block named for
the ad slots set in it that holds the article's body is not set aside as an ad."""

from __future__ import annotations

from pipeline.maintext.appstate import state_values
from pipeline.maintext.core import extract_paragraphs
from pipeline.web.classwords import _kind_of_words, furniture_words
from pipeline.web.html import boilerplate_kind, new_element, parse
from pipeline.web.overlays import is_overlay, without_overlays
from tests.sample_pages import COUNCIL_STORY, HARBOUR_STORY
from tests.sample_pages import own_text as _own

_DE = [
    "Der Gemeinderat hat am Dienstagabend den neuen Haushalt beschlossen, nach einer Debatte,"
    " die fast vier Stunden dauerte und viele Bürger ins Rathaus lockte.",
    "Die Anwohner sprachen für und gegen den Plan, der die Grundsteuer um zwei Prozent erhöht"
    " und Geld für Straßen und eine neue Zweigstelle der Bücherei vorsieht.",
    "Der Bürgermeister sagte, die Erhöhung sei die kleinste seit zehn Jahren, und die Stadt"
    " habe in jedem Amt gespart, bevor sie die Steuerzahler um mehr bitte.",
]
_FR = [
    "Le conseil municipal a adopté mardi soir le nouveau budget, après un débat de près de"
    " quatre heures qui a attiré une foule nombreuse à la mairie.",
    "Les habitants se sont exprimés pour et contre le projet, qui relève la taxe foncière de"
    " deux pour cent et finance la réfection des routes.",
    "Le maire a affirmé que la hausse était la plus faible depuis dix ans, et que la ville"
    " avait réduit ses dépenses dans chaque service avant de demander plus.",
]
_ES = [
    "El ayuntamiento aprobó el martes por la noche el nuevo presupuesto, tras un debate de"
    " casi cuatro horas que llenó el salón de plenos de vecinos.",
    "Los vecinos hablaron a favor y en contra del plan, que sube el impuesto sobre bienes"
    " inmuebles un dos por ciento y destina fondos a reparar calles.",
]
_POLICY = (
    "Wir und unsere Partner verwenden Cookies und ähnliche Technologien, um Inhalte und"
    " Anzeigen zu personalisieren, Funktionen für soziale Medien anzubieten und die Zugriffe"
    " auf unsere Website zu analysieren, und geben Informationen an Partner weiter. "
)


# Teasers of other stories: the rest of the page's text.
_TEASERS = "".join(
    f"<li><a href='/news/{i}'>Weitere Nachrichten aus der Stadt und der Region, Folge {i}</a></li>"
    for i in range(10)
)


def _ps(paragraphs: list[str]) -> str:
    return "".join(f"<p>{p}</p>" for p in paragraphs)


def _page(title: str, body: str) -> str:
    return (
        f"<html><head><title>{title}</title></head><body>"
        "<nav><a href='/'>Start</a> <a href='/news'>News</a> <a href='/about'>About</a></nav>"
        f"{body}<footer><a href='/imprint'>Imprint</a></footer></body></html>"
    )


def test_a_bem_modifier_names_what_a_block_carries_not_what_it_is() -> None:
    assert furniture_words("o-section o-section--has-ads") == "o-section o-section"
    assert _kind_of_words("o-section o-section--has-ads js-section--has-ads") == ""
    assert _kind_of_words("teaser-with-comments") == ""
    assert _kind_of_words("comments--has-replies") == "strong"  # still the comments
    assert _kind_of_words("ad-slot ad-slot--with-label") == "strong"  # still an ad
    assert _kind_of_words("is-hidden") == "strong"  # a state of the block itself


def test_a_section_that_carries_ad_slots_holds_the_article() -> None:
    page = _page(
        "Haushalt beschlossen",
        "<header class='site-head'><h1>Haushalt beschlossen</h1></header>"
        "<section class='o-section o-section-intro o-section--has-ads'>"
        f"<div class='c-article-body'>{_ps(_DE)}</div></section>"
        f"<section class='o-section o-section--has-ads'><ul>{_TEASERS}</ul></section>",
    )
    text = _own(page)
    assert _DE[0] in text and _DE[-1] in text, text


def test_an_amp_lightbox_never_stands_for_the_article() -> None:
    assert boilerplate_kind(new_element("amp-lightbox")) == "strong"
    slides = "".join(  # the pictures' captions and a rating form, longer than the text
        f"<p>Bild {i}: Der fertige Kuchen auf dem Tisch, frisch aus dem Ofen geholt, mit"
        " Mandarinen und Schmand belegt und mit Puderzucker bestäubt.</p>"
        for i in range(5)
    )
    page = _page(
        "Haushalt beschlossen",
        f"<main><h1>Haushalt beschlossen</h1><div class='recipe'>{_ps(_DE)}"
        f"<amp-lightbox id='recipe-image-lightbox'><div class='lightbox-content'>{slides}"
        "</div></amp-lightbox></div></main>",
    )
    text = _own(page)
    assert _DE[0] in text and "Bild 1" not in text, text


def test_a_consent_managers_window_never_stands_for_the_article() -> None:
    window = (
        "<div id='onetrust-consent-sdk'><div class='ot-sdk-container'>"
        + "".join(f"<p>{_POLICY}({i})</p>" for i in range(10))
        + "</div></div>"
    )
    page = _page(
        "Le budget adopté",
        f"<main><article><h1>Le budget adopté</h1>{_ps(_FR)}</article></main>{window}",
    )
    text = _own(page)
    assert _FR[0] in text and _FR[-1] in text and "Cookies" not in text, text


def test_an_aside_holding_the_marked_article_is_searched() -> None:
    story = (
        "<section itemscope itemtype='http://schema.org/Article'><header>"
        "<h1 itemprop='headline'>Haushalt beschlossen</h1></header>"
        f"<article><div itemprop='articleBody'>{_ps(_DE)}</div></article></section>"
    )
    page = _page(
        "Haushalt beschlossen",
        f"<main class='content'><aside class='pa pa-direct-content'>{story}</aside></main>"
        "<aside class='service'><p>Noch 10 Gratis-Artikel diesen Monat.</p>"
        f"<ul>{_TEASERS}</ul></aside>",
    )
    text = _own(page)
    assert _DE[0] in text and _DE[-1] in text and "Gratis" not in text, text


def test_a_sidebar_with_a_marked_teaser_stays_furniture() -> None:
    # no <h1> in the sidebar: its teaser marked as an article body is not the page's article
    sidebar = f"<aside><div itemprop='articleBody'>{_ps(HARBOUR_STORY)}</div></aside>"
    page = _page(
        "Budget approved",
        f"<main><article><h1>Budget approved</h1>{_ps(COUNCIL_STORY)}</article></main>{sidebar}",
    )
    text = _own(page)
    assert COUNCIL_STORY[0] in text and HARBOUR_STORY[0] not in text, text


def test_an_aside_holding_the_pages_headline_and_its_prose_is_searched() -> None:
    # a blog theme wraps its post in <aside class="post"> without schema.org marks; the
    # column of teasers beside it prints its own dated story titles
    post = (
        "<aside class='post'><h1>Budget approved after long debate</h1>"
        "<div class='meta'>Posted on 3 May by the editor</div>"
        f"<div class='entry'>{_ps(COUNCIL_STORY)}</div></aside>"
    )
    teasers = "".join(
        f"<li><p><strong>Harbour terminal opens its quay number {i}</strong><br>{i} May</p>"
        f"<p>The port doubles its capacity with the new quay, its director says ({i}).</p></li>"
        for i in range(12)
    )
    page = _page(
        "Budget approved after long debate | Town Blog",
        f"<section id='left'>{post}</section><section id='right'><ul>{teasers}</ul></section>",
    )
    text = _own(page)
    assert COUNCIL_STORY[0] in text and COUNCIL_STORY[-1] in text, text
    assert "Harbour terminal" not in text, text


def test_an_aside_headed_by_a_widgets_h1_stays_furniture() -> None:
    # a sidebar's sections each under an <h1> of their own (an HTML5 outline): no heading
    # the <title> names, so the sidebar's prose is not the article
    sidebar = f"<aside id='sidebar'><h1>Harbour news</h1>{_ps(HARBOUR_STORY)}</aside>"
    page = _page(
        "Budget approved",
        f"<main><article><h2>Budget approved</h2>{_ps(COUNCIL_STORY)}</article></main>{sidebar}",
    )
    text = _own(page)
    assert COUNCIL_STORY[0] in text and HARBOUR_STORY[0] not in text, text


def test_a_consent_managers_settings_are_no_application_state() -> None:
    message = (
        "Cookies helfen uns bei der Bereitstellung unseres Angebots. Durch die Nutzung"
        " unseres Angebots erklären Sie sich damit einverstanden, dass wir Cookies setzen."
    )
    script = f'window.cookieconsent_options = {{"message": "{message}", "dismiss": "Ok"}};'
    assert state_values([("", script)]) == []
    kept = 'window.__INITIAL_STATE__ = {"body": "' + " ".join(_DE) + '"};'
    assert state_values([("", script + "\n" + kept)]) == [{"body": " ".join(_DE)}]
    page = _page("Haushalt", f"<main><h1>Haushalt</h1></main><script>{script}</script>")
    assert not any("Cookies" in p for p in extract_paragraphs(page))


def test_overlays_are_read_in_general_form() -> None:
    def first(markup: str, headline: str = "<h1>Die Schlagzeile</h1>") -> bool:
        doc = parse(f"<html><body>{markup}{headline}</body></html>")
        assert doc is not None
        return is_overlay(doc.find("body")[0])

    assert first("<div class='b-dialog x-dialog-login'><p>Anmelden</p></div>")
    assert first("<div role='alertdialog'><p>Zgoda</p></div>")
    assert first("<div aria-modal='true'><p>Suscríbete</p></div>")
    assert first("<div id='didomi-host'><p>Nous respectons votre vie privée</p></div>")
    assert first("<dialog open><p>Hello</p></dialog>")
    assert not first("<div class='dialogue'><p>Q: Why? A: Because.</p></div>")
    assert not first("<div class='story-modal'><h1>The story</h1><p>Text.</p></div>")
    assert not first("<div class='article-body'><p>Text.</p></div>")
    # a page printing no headline: a plain layer may be the story opened in it (its size
    # decides); a consent or account window never is
    assert not first("<div class='modal-layer'><p>Text.</p></div>", headline="")
    assert not first("<div role='dialog'><p>Text.</p></div>", headline="")
    assert first("<div id='didomi-host'><p>Nous respectons</p></div>", headline="")
    assert first("<div class='b-dialog x-dialog-login'><p>Anmelden</p></div>", headline="")


def test_the_fallback_never_reads_a_login_dialog() -> None:
    dialog = (
        "<div class='b-dialog x-dialog-login'><div class='inner'>"
        "<p>Tu registro ha fallado. Borra el historial y las cookies de tu navegador y vuelve"
        " a hacer clic en el enlace de confirmación que te enviamos por correo.</p>"
        "<p>La contraseña debe tener al menos ocho caracteres, una mayúscula, una cifra y un"
        " carácter especial, y no puede ser igual a la anterior.</p>"
        "<p>Para ver programas con restricción de edad a cualquier hora del día, puedes"
        " verificar ahora tu edad con tu documento de identidad y una cámara.</p>"
        "<p>Estás cambiando a la zona infantil y seguirás navegando con tu perfil infantil,"
        " sin acceso a los contenidos para adultos de tu cuenta.</p></div></div>"
    )
    page = _page(
        "El presupuesto",
        # a video page: its description in a caption box, which our pruning drops; too
        # little text is left, and the fallback extractor is asked
        f"<main><h1>El presupuesto</h1><div class='item-caption'>{_ps(_ES[:1])}</div></main>"
        + dialog,
    )
    assert "Tu registro" not in without_overlays(page) and _ES[0] in without_overlays(page)
    text = "\n".join(extract_paragraphs(page))
    assert "registro" not in text and "contraseña" not in text, text


def test_a_block_named_for_its_ad_slots_holding_the_article_is_kept() -> None:
    bios = (
        "<div class='reviewers'>"
        + "".join(  # prose beside the article: its reviewers
            f"<p>Reviewer {i} is a personal finance writer who has covered credit cards,"
            " investing, insurance and taxes for more than a decade, and who worked at the revenue"
            " service before that.</p>"
            for i in range(3)
        )
        + "</div>"
    )
    body = (
        "<div class='comp sc-ad-container right-rail article-content'>"
        f"<div class='article-intro'>{_ps(COUNCIL_STORY)}</div><div class='ad-slot'></div>"
        f"<div class='article-more'>{_ps(HARBOUR_STORY)}</div></div>"
    )
    page = _page(
        "Budget approved",
        f"<header><h1>Budget approved</h1></header><main>{bios}{body}</main>",
    )
    text = _own(page)
    assert COUNCIL_STORY[0] in text and HARBOUR_STORY[-1] in text, text
