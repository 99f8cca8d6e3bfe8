"""Boxes inside an article that are not its text. A box asking for an e-mail address (a
newsletter pitch with its consent line, a comment or "notify me" box) is furniture whatever
its classes say; the article around it, and a mail-this-article form holding the whole
story, are not. A social network's post embedded in the article is quoted, not written by
it (every corpus gold with one leaves it out); a pull quote is the article's own. A count of
comments put at the head of each paragraph is no part of its first word. A plea for money
(donations, contributions, membership) is furniture too, and so are readers' forums under
the article."""

from __future__ import annotations

import re

from pipeline.maintext.core import own_paragraphs
from tests.sample_pages import HARBOUR_STORY as STORY

PITCH = "Want more stories like this one?"
OFFER = "Sign up for our weekly harbour newsletter."
CONSENT = "By signing up you agree to our Terms of Use and Privacy Policy."


def _paras(lines: list[str]) -> str:
    return "".join(f"<p>{line}</p>" for line in lines)


def _page(inside: str, *, wrapper: str = "div class='story-body'") -> str:
    tag = wrapper.split()[0]
    return (
        "<html><head><title>Harbour opens a new terminal</title></head><body>"
        "<h1>Harbour opens a new terminal</h1>"
        f"<{wrapper}>{_paras(STORY[:2])}{inside}{_paras(STORY[2:])}</{tag}></body></html>"
    )


def _newsletter(field: str) -> str:
    # classes that name nothing a furniture word would catch
    return (
        "<section class='relative p-8 my-12 mx-auto border'><div class='font-bold'>Harbour Daily"
        f"</div><div class='text-lg leading-8'>{PITCH}</div><div class='leading-8 text-left'>{OFFER}</div>"
        f"<form class='flex flex-col mt-4'>{field}<button type='submit'>Subscribe</button>"
        f"</form><p class='text-sm'>{CONSENT}</p></section>"
    )


def test_a_newsletter_box_in_the_article_is_dropped_and_the_article_kept() -> None:
    for field in (
        "<input type='email' placeholder='Enter Email'>",
        "<input type='text' name='subscriber_email'>",
        "<input placeholder='Your e-mail address'>",
    ):
        paras = own_paragraphs(_page(_newsletter(field)))
        assert paras == STORY, field


def test_a_box_without_an_email_field_is_left_to_the_other_rules() -> None:
    # the same texts with a search field: no e-mail asked, so this rule does not take the box
    # (its offer line is a newsletter pitch, which the line rule below drops, and its consent
    # line a form's consent, which the consent line rule drops)
    paras = own_paragraphs(_page(_newsletter("<input type='search' name='q'>")))
    assert PITCH in paras and OFFER not in paras and CONSENT not in paras


def test_a_comment_box_asking_for_an_email_is_dropped() -> None:
    box = (
        "<div class='respond'><h3>Leave a reply</h3><p>Your address will not be published.</p>"
        "<textarea name='comment'></textarea><label>Email</label><input type='email' name='e'>"
        "</div>"
    )
    assert own_paragraphs(_page(box)) == STORY


def test_a_mail_this_article_form_around_the_story_keeps_the_story() -> None:
    # old portals wrap the article, headline included, in a form with a field for a friend's
    # address: the small box around the field goes, the article stays
    field = "<div class='mail'>Send to: <input type='email' name='to'></div>"
    page = (
        "<html><head><title>Harbour</title></head><body><form action='/mail'>"
        f"<h1>Harbour opens a new terminal</h1>{_paras(STORY)}{field}</form></body></html>"
    )
    assert own_paragraphs(page) == STORY


TWEET = (
    "<blockquote class='twitter-tweet' data-lang='en'><p lang='en'>The new quay is open and"
    " the first ship is already alongside, a great day for the port and the town"
    " <a href='https://t.co/x'>pic.twitter.com/x</a></p>&mdash; Harbour Watch (@harbourwatch)"
    " <a href='https://twitter.com/x'>January 8, 2026</a></blockquote>"
)
INSTAGRAM = (
    "<blockquote class='instagram-media' data-instgrm-version='14'><div><p>View this post on"
    " Instagram</p><p>A post shared by the harbour crew, with the sunset over the new quay and"
    " the cranes, a long caption about the day.</p></div></blockquote>"
)
PULL_QUOTE = (
    "<blockquote><p>We have waited long enough for this quay, and the town will feel the"
    " difference within a year, said the director at the opening.</p></blockquote>"
)


def test_an_embedded_social_post_is_not_the_articles_text() -> None:
    for embed in (TWEET, INSTAGRAM, f"<figure class='embed embed-twitter'>{TWEET}</figure>"):
        paras = own_paragraphs(_page(embed))
        assert paras == STORY, embed[:40]


def test_a_pull_quote_stays() -> None:
    paras = own_paragraphs(_page(PULL_QUOTE))
    assert any(p.startswith("We have waited long enough") for p in paras)
    assert [p for p in paras if p in STORY] == STORY


def test_a_comment_count_at_the_head_of_each_paragraph_is_not_text() -> None:
    # a per-paragraph comment counter whose class opens like the article's own
    counted = "".join(
        f"<p><a class='article-commented-link comments_count' title='Comment'>{i}</a>{line}</p>"
        for i, line in enumerate(STORY)
    )
    page = (
        "<html><head><title>Harbour opens a new terminal</title></head><body>"
        f"<h1>Harbour opens a new terminal</h1><div class='story-body'>{counted}</div>"
        "</body></html>"
    )
    assert own_paragraphs(page) == STORY


def test_a_number_linked_inside_a_sentence_stays() -> None:
    # a linked figure that is no counter (its class names no furniture)
    line = "The port handled <a class='figure-link' href='/data'>1200000</a> containers last year."
    paras = own_paragraphs(_page(f"<p>{line}</p>"))
    assert "The port handled 1200000 containers last year." in paras


def test_a_plea_for_money_in_the_article_is_dropped() -> None:
    plea = [
        "Dear reader, our coverage of the port is free for everyone to read.",
        "Would you consider becoming a regular supporter? Every contribution keeps it free.",
    ]
    for box in (
        "div class='cli cli-support-harbourdaily' id='support-harbourdaily-entry'",
        "aside class='contributions__epic'",
        "div class='membership-callout'",
        "section class='donate-box'",
    ):
        tag = box.split()[0]
        paras = own_paragraphs(
            _page(f"<{box}><h3>Our Coverage Needs You</h3>{_paras(plea)}</{tag}>")
        )
        assert paras == STORY, box
    # "supporting" names no plea: a box of supporting material stays
    kept = own_paragraphs(_page(f"<div class='supporting-facts'>{_paras(plea)}</div>"))
    assert kept == STORY[:2] + plea + STORY[2:]


def test_a_readers_forum_under_the_article_is_dropped() -> None:
    # SPIP's comments ("divforum", "ul.forum", "li.forum-fil"): a reader's words, not the story
    replies = "".join(
        f"<li class='forum-fil'><div class='forum-top'>(22 juin 2018 @11h{i:02d})</div>"
        f"<div class='forum-message'><p>Reader {i}: I disagree with the council about the "
        "harbour and its new terminal, which nobody here asked for.</p></div></li>"
        for i in range(12)
    )
    forum = f"<div class='divforum'><h2>12 commentaires</h2><ul class='forum'>{replies}</ul></div>"
    page = _page("").replace("</body>", forum + "</body>")
    assert own_paragraphs(page) == STORY
    # an op-ed section named "forum" whose box holds the article keeps it
    opinion = _page("", wrapper="div class='forum-article'")
    assert own_paragraphs(opinion) == STORY


def test_a_newsletter_or_subscription_pitch_line_is_dropped() -> None:
    # pitches printed as lines of the article, in markup no furniture word names
    pitches = [
        "Get more harbour news delivered straight to your inbox. Sign up for free newsletters.",
        "Love boats? Our Quayside newsletter has the week's arrivals. Sign up now.",
        "Sign up for our Newsletters",
        "Get our free weekly newsletter",
        "If you're enjoying this article, consider supporting our award-winning journalism by"
        " subscribing.",
        "Zapisz się do newslettera!",
    ]
    for pitch in pitches:
        paras = own_paragraphs(_page(f"<p class='mt-2 text-sm'><em>{pitch}</em></p>"))
        assert paras == STORY, pitch
    # a newsletter named in the story, asking the reader for nothing, stays
    told = "The port's own newsletter reported the first arrivals a week before the opening."
    assert told in own_paragraphs(_page(f"<p>{told}</p>"))


def test_a_call_for_donations_or_an_affiliate_disclosure_line_is_dropped() -> None:
    """Lines in the article's own markup asking the reader to pay the site (donations, a
    patron's page, a sponsor-free tier) or disclosing its affiliate links. The same words in
    the story (a blood drive's donations, a quoted appeal to give to a charity) stay."""
    appeals = [
        "Our non-profit newsroom covers the harbour free of charge. Your monthly donations play"
        " a crucial role in supporting our operations and our independence.",
        "Support Harbour Daily! Donate via bank transfer, become a Patron on Patreon, or buy our"
        " calendar.",
        "Hear every episode sponsor-free and support our work by signing up for Harbour+.",
        "This article includes affiliate links. These links have no influence on our editorial"
        " content.",
        "We may earn a commission when you buy through links on our site.",
        "Cet article contient des liens affiliés.",
    ]
    for appeal in appeals:
        paras = own_paragraphs(_page(f"<p class='mt-2 text-sm'><em>{appeal}</em></p>"))
        assert paras == STORY, appeal
    told = [
        "All blood donations collected at the harbour drive are screened before use.",
        "“We urge everyone to donate to the lifeboat fund,” the harbour master said.",
        "The ferry company's affiliates will run the new terminal's shops.",
    ]
    for line in told:
        assert line in own_paragraphs(_page(f"<p>{line}</p>")), line


def test_the_heading_of_an_appeal_goes_with_it() -> None:
    """A heading over a call for money ("This story is funded by readers like you") goes
    when the appeal under it does; an article's subheading over an appeal inserted in the
    text, or over text, stays."""
    appeal = (
        "<h2>This story is funded by readers like you</h2><p>Our newsroom covers the harbour"
        " free of charge. Your monthly donations play a crucial role in supporting our work."
        "</p>"
    )
    assert own_paragraphs(_page(appeal)) == STORY
    inserted = (
        "<h2>The second phase</h2><p>Sign up for our weekly harbour newsletter.</p>"
        "<p>Funding for the second quay was approved by the council last week.</p>"
    )
    paras = own_paragraphs(_page(inserted))
    assert "The second phase" in paras
    titled = "<h2>Support for the bypass</h2><p>Most residents back the bypass plan.</p>"
    assert "Support for the bypass" in own_paragraphs(_page(titled))


def test_an_invitation_to_write_to_the_site_is_an_appeal() -> None:
    """ "We'd like to hear what you think", "Want us to cover more? Email us at ...": the
    site asking for letters, not the story. A story quoting someone who wants to hear from
    residents stays."""
    invitations = [
        "The Harbour Times is committed to publishing a range of letters. We'd like to hear"
        " what you think about this or any of our articles.",
        "Want us to cover more about the port? Email us at desk@harbour.example.",
    ]
    for line in invitations:
        assert own_paragraphs(_page(f"<p>{line}</p>")) == STORY, line
    told = "The director said the port wanted to hear from residents before the second phase."
    assert told in own_paragraphs(_page(f"<p>{told}</p>"))


# A newsletter box printing all its states in the markup (the pitch with a list of what the
# letter brings, the form, its error message, the consent line, the thank-you panel), under
# class names that say nothing: 400 to 600 characters, more than a box's pitch alone.
FULL_BOXES = {
    "en": (
        "Never miss a story from the harbour again.",
        [
            "Breaking news from the port, first",
            "Weekly analysis from our reporters",
            "Offers from local partners",
        ],
        "Sign up to our free newsletter and get the best of the city in your inbox every"
        " morning, with no spam.",
        "Oops! We already have this email address. Try another one?",
        "By entering your email address you agree to our Terms of Use and Privacy Policy and"
        " consent to receive emails from us about news, events, offers and partner promotions.",
        "Awesome, you're subscribed! Look out for your first newsletter in your inbox soon.",
    ),
    "de": (
        "Verpassen Sie keine Nachricht mehr aus dem Hafen.",
        [
            "Eilmeldungen aus dem Hafen zuerst",
            "Wöchentliche Analysen unserer Redaktion",
            "Angebote unserer Partner vor Ort",
        ],
        "Abonnieren Sie unseren kostenlosen Newsletter und erhalten Sie jeden Morgen das Beste"
        " aus der Stadt in Ihr Postfach.",
        "Hoppla! Diese E-Mail-Adresse ist schon eingetragen. Versuchen Sie eine andere?",
        "Mit Ihrer E-Mail-Adresse stimmen Sie unseren Nutzungsbedingungen und der"
        " Datenschutzerklärung zu und willigen in E-Mails zu Nachrichten ein.",
        "Geschafft, Sie sind angemeldet! Ihr erster Newsletter kommt in Kürze in Ihr Postfach.",
    ),
    "es": (
        "No te pierdas ninguna noticia del puerto.",
        [
            "Las últimas noticias del puerto, primero",
            "Análisis semanal de nuestros periodistas",
            "Ofertas de socios locales",
        ],
        "Suscríbete a nuestro boletín gratuito y recibe lo mejor de la ciudad en tu correo cada"
        " mañana, sin spam.",
        "¡Vaya! Ya tenemos esta dirección de correo. ¿Quieres probar con otra?",
        "Al introducir tu correo aceptas nuestras Condiciones de uso y la Política de privacidad y"
        " consientes recibir correos sobre noticias, eventos, ofertas y promociones de socios.",
        "¡Genial, ya estás suscrito! Pronto recibirás tu primer boletín en tu bandeja de entrada.",
    ),
}


def _full_box(lang: str) -> str:
    title, perks, pitch, error, consent, thanks = FULL_BOXES[lang]
    items = "".join(f"<li class='c81'>✓ {p}</li>" for p in perks)
    return (
        f"<div class='c10 c11'><div class='c12'><div class='c13'><p class='c14'>{title}</p>"
        f"<ul class='c15'>{items}</ul><label class='c16'>{pitch}</label></div>"
        "<form class='c17'><div class='c18'><input type='email' class='c19'></div>"
        "<input type='submit' value='OK'>"
        f"<div class='c20'>{error}</div></form><div class='c21'><p>{consent}</p></div></div>"
        f"<div class='c22'><p class='c23'>🙌<br>{thanks}</p></div></div>"
    )


def test_a_newsletter_box_printing_all_its_states_is_dropped() -> None:
    for lang in FULL_BOXES:
        box = _full_box(lang)
        assert 400 < len(re.sub("<[^>]+>", "", box)) < 600
        paras = own_paragraphs(_page(box))
        assert paras == STORY, (lang, paras)


def test_a_newsletter_box_in_the_header_above_the_body_is_dropped() -> None:
    for lang in FULL_BOXES:
        page = (
            "<html><head><title>Harbour opens a new terminal</title></head><body>"
            "<div class='c30'><h1>Harbour opens a new terminal</h1>"
            f"{_full_box(lang)}</div><div class='c31'>{_paras(STORY)}</div></body></html>"
        )
        paras = own_paragraphs(page)
        assert paras == STORY, (lang, paras)
