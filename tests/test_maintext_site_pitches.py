"""Lines a news page prints inside its article's block that are the site's, not the story's,
in the shapes that recur across sites and languages: a related box's label with a few words
after it ("Mehr zum Thema auf example.de", "Lesen Sie auch die folgenden Beiträge:"), the
site's own channels pitched (its app, its newsletter, its Telegram or YouTube channel, follow
prompts), the rest of a story behind a subscription, an advertorial's label, a disclaimer
disowning the author's opinion, a blog theme's post footer, a German comment section's
log-in note (`labels`, `appeals`, `sitenotes`). Every page here is made up; sentences about
apps, channels, newsletters and advertising stay text."""

from __future__ import annotations

import pytest

from pipeline.maintext.core import own_paragraphs
from pipeline.maintext.linekinds import is_boilerplate_line

DE_STORY = [
    "Der Stadtrat von Lindenau hat am Dienstagabend beschlossen, die alte Markthalle am Flussufer "
    "bis zum Herbst kommenden Jahres zu sanieren und danach wieder für Händler zu öffnen.",
    "Die Kosten von rund vier Millionen Euro sollen zur Hälfte aus Fördermitteln des Landes "
    "kommen, den Rest trägt die Stadt aus ihren Rücklagen für Baumaßnahmen.",
    "Gegen den Plan stimmten nur zwei Ratsmitglieder, die lieber ein neues Parkhaus an der "
    "Stelle gesehen hätten, wie sie in der langen Debatte mehrfach betonten.",
]
ES_STORY = [
    "El ayuntamiento de Villaverde aprobó este martes la reforma del antiguo mercado junto al "
    "río, que volverá a abrir sus puestos a los comerciantes el próximo otoño.",
    "La obra costará unos cuatro millones de euros, la mitad aportada por el gobierno regional "
    "y el resto por la ciudad con fondos reservados para infraestructuras.",
    "Solo dos concejales votaron en contra, pues preferían construir un aparcamiento en el "
    "mismo solar, según explicaron durante el largo debate de la sesión.",
]
EN_STORY = [
    "The town council of Millbrook voted on Tuesday night to restore the old riverside market "
    "hall and reopen it to traders by the autumn of next year.",
    "The work will cost about four million pounds, half of it from a regional grant and the "
    "rest from the town's own reserves for building projects.",
    "Only two councillors voted against the plan, saying they would rather have seen a car "
    "park built on the site, as they repeated during the long debate.",
]


def _page(title: str, story: list[str], extra: list[str], where: str = "end") -> str:
    paras = [f"<p>{p}</p>" for p in story]
    notes = [f"<p>{e}</p>" for e in extra]
    body = notes + paras if where == "start" else paras[:2] + notes + paras[2:]
    if where == "end":
        body = paras + notes
    return (
        f"<html><head><title>{title}</title></head><body><div class='x1'>"
        f"<h1>{title}</h1>{''.join(body)}</div></body></html>"
    )


RELATED_LINES = [
    "Auch interessant:",
    "Das Thema könnte dich auch interessieren:",
    "Mehr zum Thema auf stadtblatt.de",
    "Lesen Sie auch die folgenden Beiträge:",
    "Schon gelesen?",
    "Zum Weiterlesen",
    "Empfehlungen aus der Redaktion",
    "Weitere Themen",
    "NOTAS RELACIONADAS",
    "Artículos relacionados",
    "Keep Reading",
    "À lire également",
    "Ti potrebbe interessare",
]


@pytest.mark.parametrize("line", RELATED_LINES)
def test_a_related_label_is_no_text(line: str) -> None:
    assert is_boilerplate_line(line)


PITCHES = [
    "Lust auf mehr? Die besten Geschichten jede Woche im Postfach: Melde dich hier für unseren "
    "Newsletter an!",
    "Sie möchten mehr Neuvorstellungen? Schauen Sie mal in unseren Wochennewsletter!",
    "Folgt unserem WhatsApp-Kanal für die wichtigsten Meldungen des Tages!",
    "Siguenos en Telegram, Instagram y Twitter para recibir todas nuestras actualizaciones",
    "¿Ya sabías que tenemos canal de Telegram? Únete desde tu celular en este enlace.",
    "¡Mira lo que tiene nuestro canal de YouTube!",
    "Get the latest news straight to your phone with the Millbrook Post app.",
    "For breaking news updates download the Millbrook Post apps for iOS and Android.",
    "Subscribe now to our e-edition for the full story.",
    "To view the full story, please subscribe to the Millbrook Post.",
    "If you’re seeing this message but you’re already a subscriber, you can log in here.",
    "We may receive compensation if you buy through the links on this page.",
    "*Werbung. Dieser Beitrag enthält Werbung für einen Modehändler.",
    "ANZEIGE - Heute mal ausgehen? Wie wäre es mit:",
    "Dieser Beitrag gibt die Meinung des Autors wieder, nicht notwendigerweise die der Redaktion.",
    "Der Beitrag wurde am Mittwoch, den 27. November 2019 um 15:21 Uhr veröffentlicht und wurde "
    "unter Allgemein abgelegt. Du kannst die Kommentare zu diesen Eintrag durch den RSS 2.0 Feed "
    "verfolgen.",
    "This entry was posted on Monday, May 5th, 2014 at 11:30 pm and is filed under News. You can "
    "follow any responses to this entry through the RSS 2.0 feed.",
    "If you enjoyed this post, would you consider supporting our work? Just click here.",
    "We want to hear what you think about this article. Submit a letter to the editor.",
    "Want the weekly digest? Sign up here",
    "Die aktuelle Ausgabe des Stadtblatts jetzt am Kiosk, im Abo und als E-Paper.",
    "Jetzt neu! Besuchen Sie unseren Fan-Shop!",
    "HAZTE MIEMBRO Y DISFRUTA DE BENEFICIOS EXCLUSIVOS",
    "Si te parece valioso nuestro trabajo, apóyanos para seguir.",
    "Zapraszamy też do subskrypcji naszego tygodnika.",
    "Tú también puedes hacer periodismo incómodo. Cancela cuando quieras.",
    "Digital access for 1 euro a month. Cancel anytime.",
    "First-time subscribers also receive a tote bag made by local artisans!",
    "Help us continue to bring the town's news to readers everywhere",
    "Kommentieren",
    "Sie müssen sich einloggen, um sich an einer Diskussion beteiligen zu können.",
    'Um den Beitrag "Markthalle" kommentieren zu können, müssen Sie eingeloggt sein.',
    "Bitte registrieren Sie sich und halten Sie sich an unsere Netiquette.",
]


@pytest.mark.parametrize("line", PITCHES)
def test_the_site_pitching_itself_is_no_text(line: str) -> None:
    assert is_boilerplate_line(line)


SENTENCES = [
    "Read more about it in the council's report.",
    "Lesen Sie auch, was der Bürgermeister dazu gesagt hat.",
    "Mehr zum Thema Sanierung erklärt der Baudezernent in einem ausführlichen Gespräch",
    "The company launched a newsletter for investors and a channel on YouTube last year.",
    "Our channel partners said the new app would launch in May.",
    "Die App ist für iOS und Android erhältlich, sagte der Sprecher der Stadtwerke.",
    "Werbung – Sprache und Botschaft",
    "Werbung ist für viele Händler in der Markthalle unverzichtbar.",
    "The new RSS reader was published on Monday and filed under open source by its authors.",
    "Die Gutachter geben nicht unbedingt die Meinung aller Anwohner wieder.",
    "Die neue Ausgabe des Magazins erschien im März mit einer Auflage von 20.000 Heften.",
    "The mayor urged residents to visit our shop in the old town, he said.",
    "Residents can register here or at the town hall, the council said.",
    "He wrote a letter to the editor in 1998 about the market hall.",
    "Die Teilnehmer müssen sich registrieren, bevor die Diskussion im Rathaus beginnt.",
    "Kommentieren wollte der Sprecher den Vorgang nicht.",
    "The council said tenants could cancel at any time without a fee.",
    "The mayor asked residents to help us continue the clean-up, he told reporters.",
]


@pytest.mark.parametrize("line", SENTENCES)
def test_a_sentence_with_the_words_stays_text(line: str) -> None:
    assert not is_boilerplate_line(line)


@pytest.mark.parametrize(
    ("story", "extra"),
    [
        (DE_STORY, ["Mehr zum Thema auf stadtblatt.de"]),
        (DE_STORY, ["Sie möchten mehr? Schauen Sie mal in unseren Wochennewsletter!"]),
        (ES_STORY, ["¡Mira lo que tiene nuestro canal de YouTube!"]),
        (ES_STORY, ["Siguenos en Telegram, Instagram, Facebook y Twitter para recibir todo"]),
        (EN_STORY, ["Subscribe now to our e-edition for the full story."]),
        (EN_STORY, ["Get the latest news straight to your phone with the Millbrook Post app."]),
    ],
)
def test_the_line_leaves_a_page_in_its_language(story: list[str], extra: list[str]) -> None:
    for where in ("end", "middle"):
        assert own_paragraphs(_page("Markthalle", story, extra, where)) == story


def test_an_advertorial_label_opening_the_text_leaves() -> None:
    extra = ["*Werbung. Dieser Beitrag enthält Werbung für einen Modehändler."]
    assert own_paragraphs(_page("Markthalle", DE_STORY, extra, "start")) == DE_STORY


def test_a_related_heading_leaves_with_its_teasers() -> None:
    teasers = "".join(
        f"<li><a href='/a/{i}'>Neue Brücke über die Lindau Nummer {i} eröffnet</a></li>"
        for i in range(4)
    )
    paras = "".join(f"<p>{p}</p>" for p in DE_STORY)
    page = (
        "<html><head><title>Markthalle</title></head><body><div class='x1'>"
        f"<h1>Markthalle</h1>{paras}<h3>Auch interessant</h3><ul>{teasers}</ul>"
        "</div></body></html>"
    )
    assert own_paragraphs(page) == DE_STORY
