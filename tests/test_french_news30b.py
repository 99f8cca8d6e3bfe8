"""French news pages (session 30, helper fr30b): a site's help pop-up laid out as questions
and answers after the article (« Pourquoi voyez-vous ce message ? », the account read on
another device) is not the article's FAQ, where a guide's own FAQ, even one about accounts,
still is; a paragraph pitching the site's newsletter to its subscribers (« Si vous êtes abonné,
vous pouvez vous inscrire à cette lettre en suivant ce lien ») goes with the heading over it
(« Pour ne rien manquer de l'actualité »); a reading time alone on its line goes wherever it
stands in the body (« Temps de lecture : 3 min »). Every page here is made up."""

from __future__ import annotations

from pipeline.maintext.appeals import is_appeal_title, is_long_appeal
from pipeline.maintext.datelines import is_reading_time
from pipeline.records import Article
from tests.made_articles import article_keeping

_PARAGRAPHS = (
    "Le conseil départemental a voté jeudi un plan de rénovation des collèges qui prévoit "
    "l'isolation de quatorze bâtiments d'ici à la rentrée 2028, pour un coût estimé à 60 "
    "millions d'euros.",
    "Les travaux commenceront par les établissements les plus anciens, construits dans les "
    "années 1970, dont les factures de chauffage ont doublé en trois hivers.",
    "Les élus de l'opposition ont salué l'ambition du plan mais regretté que les cantines, "
    "elles aussi vétustes, n'en fassent pas partie.",
    "Le président du département a promis un second volet consacré à la restauration "
    "scolaire, qui sera présenté au printemps prochain.",
)
_TITLE = "Le département lance la rénovation de quatorze collèges"


def _page(after_article: str = "", in_body: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in _PARAGRAPHS)
    return (
        f"<html lang='fr'><head><meta charset='utf-8'><title>{_TITLE}</title></head><body>"
        "<nav><a href='/'>Accueil</a> <a href='/education/'>Éducation</a></nav><main>"
        f"<article><h1>{_TITLE}</h1><div class='article-body'>{body}{in_body}</div></article>"
        "<aside><a href='/a'>Les plus lus</a></aside>"
        f"{after_article}</main>"
        "<footer><a href='/mentions'>Mentions légales</a></footer></body></html>"
    )


def _article(html: str) -> Article:
    url = "https://journal.example.fr/education/colleges-renovation"
    return article_keeping(html, url, _PARAGRAPHS)


def _faq(pairs: list[tuple[str, str]], heading: str = "") -> str:
    items = "".join(
        f"<li class='item'><p class='q'>{q}</p><p class='a'>{a}</p></li>" for q, a in pairs
    )
    return f"<section class='box'>{heading}<ul class='list'>{items}</ul></section>"


_DEVICE_HELP = [
    (
        "Comment ne plus voir ce message ?",
        "En cliquant sur « Continuer à lire ici » et en vous assurant que vous êtes la seule "
        "personne à consulter le journal avec ce compte.",
    ),
    (
        "Que se passera-t-il si vous continuez à lire ici ?",
        "Ce message s’affichera sur l’autre appareil. Ce dernier restera connecté avec ce "
        "compte jusqu'à la prochaine lecture.",
    ),
    (
        "Y a-t-il d’autres limites ?",
        "Non. Vous pouvez vous connecter avec votre compte sur autant d’appareils que vous le "
        "souhaitez, mais en les utilisant à des moments différents.",
    ),
]


def test_a_sites_help_popup_shaped_as_an_faq_is_not_the_articles() -> None:
    text = _article(_page(_FAQ_HELP)).text
    assert "Comment ne plus voir ce message" not in text
    assert "autant d’appareils" not in text


_FAQ_HELP = _faq(
    _DEVICE_HELP, "<p class='title'>Vous pouvez lire le journal sur un seul appareil</p>"
)

_ACCOUNT_GUIDE = [
    (
        "Comment ouvrir votre compte en ligne ?",
        "Il suffit d'une pièce d'identité et d'un justificatif de domicile : la banque vérifie "
        "les documents sous quarante-huit heures avant d'activer le compte.",
    ),
    (
        "Faut-il un mot de passe différent pour l'application ?",
        "Non, le même identifiant sert partout, mais la banque recommande d'activer la double "
        "authentification dès la première connexion depuis un téléphone.",
    ),
    (
        "Que faire si votre compte est bloqué ?",
        "Le service client répond par téléphone du lundi au samedi ; un conseiller peut "
        "débloquer l'accès après avoir vérifié votre identité par quelques questions.",
    ),
]


def test_a_guides_own_faq_about_accounts_stays() -> None:
    # half its pairs name an account or a password, but none asks about "this message"
    html = _page(_faq(_ACCOUNT_GUIDE, "<h2>Questions fréquentes</h2>"))
    text = _article(html).text
    assert "Comment ouvrir votre compte en ligne ?" in text
    assert "débloquer l'accès" in text


def test_an_faq_asking_about_a_message_but_not_the_reader_account_stays() -> None:
    pairs = [
        (
            "Que dit ce message du maire ?",
            "Le maire y annonce la fermeture provisoire de la piscine municipale pendant les "
            "travaux de désamiantage, qui doivent durer tout l'été.",
        ),
        (
            "Quand la piscine rouvrira-t-elle ?",
            "La réouverture est prévue pour la rentrée de septembre si le chantier ne prend "
            "pas de retard, selon les services techniques de la ville.",
        ),
        (
            "Où nager en attendant ?",
            "Le bassin de la commune voisine accueillera les scolaires et les clubs, avec des "
            "navettes gratuites mises en place par l'intercommunalité.",
        ),
    ]
    text = _article(_page(_faq(pairs, "<h2>Questions fréquentes</h2>"))).text
    assert "Que dit ce message du maire ?" in text


_NEWSLETTER = (
    "<section class='catcher'><div class='catcher-title'>Pour ne rien manquer de l’actualité "
    "régionale</div><div><p>Cet article est paru dans notre lettre « Le Fil régional ». Si vous "
    "êtes abonné au journal, <a href='/compte/lettres'>vous pouvez vous inscrire à cette lettre "
    "quotidienne en suivant ce lien</a>. Chaque matin à 7 heures, vous y retrouverez les "
    "informations de la région et le regard de la rédaction sur l’actualité locale, à travers "
    "notamment la chronique « Vu du canton ».</p></div></section>"
)


def test_a_newsletter_pitch_to_subscribers_goes_with_its_heading() -> None:
    text = _article(_page(in_body=_NEWSLETTER)).text
    assert "vous pouvez vous inscrire" not in text
    assert "Pour ne rien manquer" not in text


def test_the_pitch_needs_its_link_and_the_heading_its_appeal() -> None:
    pitch = (
        "Si vous êtes abonné au journal, vous pouvez vous inscrire à cette lettre quotidienne "
        "en suivant ce lien. Chaque matin à 7 heures, vous y retrouverez les informations de "
        "la région et le regard de la rédaction sur l’actualité locale, à travers notamment "
        "la chronique « Vu du canton » et les rendez-vous de la semaine."
    )
    assert is_long_appeal(pitch)
    prose = (
        "Les abonnés du club de football, près de trois cents familles, ont été invités à "
        "s'inscrire avant la fin du mois pour garder leur place en tribune, une règle que "
        "plusieurs d'entre eux jugent trop stricte et qu'ils comptent contester lors de la "
        "prochaine assemblée générale de l'association, prévue début mars."
    )
    assert not is_long_appeal(prose)
    assert is_appeal_title("Pour ne rien manquer de l’actualité régionale")
    # a heading over prose is kept: it goes only with the appeal under it
    more = (
        "<h2>Pour ne rien manquer de la saison</h2><p>Le calendrier des matchs sera publié "
        "la semaine prochaine, avec six rencontres à domicile avant la trêve de Noël et un "
        "derby très attendu contre le club voisin.</p>"
    )
    text = _article(_page(in_body=more)).text
    assert "Pour ne rien manquer de la saison" in text


def test_a_reading_time_alone_in_the_body_goes() -> None:
    for label in ("Temps de lecture : 3 min", "3 min de lecture", "5 min read", "Lesezeit: 4 Min."):
        text = _article(_page(in_body=f"<p>{label}</p>" + _MORE)).text
        assert label not in text


_MORE = (
    "<p>Le calendrier des travaux sera publié la semaine prochaine, avec une première "
    "tranche consacrée aux toitures et une seconde aux fenêtres des salles de classe.</p>"
)


def test_a_reading_time_inside_a_sentence_or_a_schedule_stays() -> None:
    assert not is_reading_time("Lecture : 20 minutes")  # a day's schedule, the bare noun
    assert not is_reading_time("Comptez 5 min de lecture.")
    assert is_reading_time("Temps de lecture : 3 min")
