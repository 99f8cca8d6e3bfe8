"""Text recall on made-up modern article pages, by kind (session 23, helper wprobe23).

Issue 10's held-out pages (mostly German and English news of many publishers) show our
text's gap to trafilatura is recall. This probe builds, for each kind of page where recall
must hold, made-up pages (our own sentences, in English, German, French, Spanish and
Italian) in the markup patterns of modern publishers: hashed class names of CSS-in-JS and
CSS modules, `data-*` component names, a `<section>` per chapter, a body split into many
sibling blocks with ads, newsletter and related boxes between them, lists of facts, Q&A
interviews, live-blog entries, paywalled teasers whose rest sits in JSON-LD `articleBody`
or `__NEXT_DATA__`, German "Lesen Sie auch" / "Mehr zum Thema" / "Anzeige" boxes,
standfirsts, captions, info boxes, closing "Fazit" sections, tables of figures. Each kind is
varied several ways (class names in several languages, nesting depth, position) so that the
probe measures the kind, not one page.

For each page: the sentences that must be in `Article.text` (the product's stored text:
`pipeline.pages.article_from_page`) and the furniture that must not. Printed per kind:
recall of the must-have sentences, the share of must-not lines kept, cases passed (all
must-haves in, no must-not kept). Neutral parts (a table's figures, an info box, a photo
credit) are neither.

    PYTHONPATH=. .venv/bin/python benchmarks/extraction/recall_probe.py [-v] [--kind K]
"""

from __future__ import annotations

import argparse
import html as htmllib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from pipeline.errors import Rejected
from pipeline.pages import article_from_page
from pipeline.records import RawPage

NOW = datetime(2024, 5, 12, 16, 35, tzinfo=UTC)


@dataclass(frozen=True)
class Story:
    """One made-up story in one language, and the furniture of its site."""

    lang: str
    site: str
    title: str
    lead: str
    paras: tuple[str, ...]  # body sentences, one a paragraph
    heads: tuple[str, str, str]  # subheadings
    facts: tuple[str, ...]  # list items (sentences)
    caption: str
    credit: str
    qa: tuple[tuple[str, str], ...]
    live: tuple[tuple[str, str, str], ...]  # (time, heading, text)
    summary_head: str
    conclusion: tuple[str, str]  # (heading, sentence)
    box: tuple[str, str]  # info box (heading, text)
    table: tuple[tuple[str, ...], ...]
    read_also: tuple[str, str]  # (label, linked teaser title)
    more_topic: tuple[str, tuple[str, str, str]]  # (heading, three teaser titles)
    ad: str
    newsletter: str
    related: tuple[str, tuple[str, str]]
    share: str
    comments: str
    paywall: str
    most_read: tuple[str, tuple[str, str, str]]
    byline: str
    nav: tuple[str, ...]


EN = Story(
    lang="en",
    site="The Harbour Courier",
    title="Riverside town votes to build a flood barrier before next winter",
    lead=(
        "After three floods in five years, councillors in Millbrook approved a barrier of "
        "steel and earth that engineers say will protect four hundred homes."
    ),
    paras=(
        "The decision came late on Tuesday evening after a debate that lasted nearly four "
        "hours and drew more than two hundred residents to the old market hall.",
        "Supporters argued that the town could not afford another winter of sandbags, "
        "closed schools and flooded cellars along the lower streets.",
        "Opponents warned that the barrier would cut the riverside park in two and block the "
        "view that brings visitors to the cafes on the quay every summer.",
        "The county engineer told the meeting that the wall would rise to a height of two "
        "metres and could be lowered in sections when the water is calm.",
        "Work on the foundations is expected to begin in August, once the fishing season has "
        "ended and the water level in the river has dropped.",
        "The cost of the project is estimated at eleven million pounds, most of which will "
        "come from a national fund for coastal and river defences.",
        "Local businesses have been asked to share their delivery schedules so that the "
        "building crews can keep the main road open during the busiest hours.",
        "Several families who lost furniture and cars in the last flood said they would "
        "finally be able to sleep through a night of heavy rain.",
        "The council will publish the detailed plans on its website next month and invite "
        "residents to comment on the design of the gates.",
    ),
    heads=(
        "A long night in the market hall",
        "What the engineers are planning",
        "Who pays for the new defences",
    ),
    facts=(
        "The barrier will be one point four kilometres long.",
        "Eleven removable gates will let boats reach the old quay.",
        "About four hundred homes lie in the zone that flooded last year.",
        "The first section should be finished before the end of November.",
    ),
    caption="Volunteers filled sandbags on the quay during the flood in February.",
    credit="Photo: Jane Porter / Harbour Courier",
    qa=(
        (
            "Why did the council wait so long to decide?",
            "We had to be sure that the national fund would pay most of the bill, and that "
            "only became clear in the spring.",
        ),
        (
            "Will the park be closed while the work goes on?",
            "Only the northern half will be fenced off, and we will keep the playground open "
            "for the whole summer.",
        ),
        (
            "What do you say to people who fear for the view?",
            "The gates will be lowered on most days of the year, so the river will still be "
            "part of the town's life.",
        ),
    ),
    live=(
        (
            "21:40",
            "The vote is in",
            "Councillors approved the barrier by fourteen votes to five after the final speeches.",
        ),
        (
            "20:15",
            "Residents queue at the microphone",
            "More than forty people have signed up to speak, and the chair has limited each "
            "of them to two minutes.",
        ),
        (
            "18:30",
            "Meeting opens in a packed hall",
            "Every seat in the market hall is taken and a crowd is listening to the debate on "
            "loudspeakers outside.",
        ),
    ),
    summary_head="Key points",
    conclusion=(
        "The verdict",
        "The barrier will not please everyone, but the town has finally chosen safety over "
        "another decade of waiting.",
    ),
    box=(
        "Background",
        "Millbrook lies where two rivers meet and has been flooded eleven times since records "
        "began.",
    ),
    table=(
        ("Year", "Homes flooded", "Damage"),
        ("2019", "112", "3.1m"),
        ("2021", "260", "7.4m"),
        ("2023", "398", "12.9m"),
    ),
    read_also=("Read more:", "Why insurers are pulling out of riverside towns"),
    more_topic=(
        "More on this story",
        (
            "Flood maps redrawn for the whole county",
            "The farmers who gave up their fields to the river",
            "How a small town learned to live with water",
        ),
    ),
    ad="Advertisement",
    newsletter=(
        "Sign up to our morning briefing and get the day's top stories in your inbox before "
        "breakfast."
    ),
    related=(
        "Related stories",
        ("Bridge repairs delayed until spring", "Council tax to rise by three per cent"),
    ),
    share="Share this article on Facebook",
    comments="Join the conversation: 48 comments",
    paywall="Subscribe now to keep reading this article and get unlimited access.",
    most_read=(
        "Most read",
        (
            "Police close the coast road after landslide",
            "New ferry timetable starts on Monday",
            "School inspectors praise village primary",
        ),
    ),
    byline="By Thomas Reed",
    nav=("Home", "News", "Sport", "Business", "Opinion"),
)

DE = Story(
    lang="de",
    site="Neue Talzeitung",
    title="Nach zwanzig Jahren fährt wieder ein Zug ins obere Lautertal",
    lead=(
        "Die stillgelegte Bahnstrecke zwischen Steinbach und Hohenfels wird reaktiviert, der "
        "Kreistag hat die Finanzierung am Montag mit großer Mehrheit beschlossen."
    ),
    paras=(
        "Seit dem Jahr 2004 rollen auf den Gleisen durch das obere Lautertal nur noch "
        "gelegentlich Draisinen mit Ausflüglern aus der Stadt.",
        "Nun sollen dort ab dem Fahrplanwechsel im Dezember wieder stündlich Triebwagen "
        "fahren, an Wochenenden sogar bis kurz nach Mitternacht.",
        "Der Landrat sprach nach der Abstimmung von einem guten Tag für die Dörfer, deren "
        "junge Leute bisher ohne eigenes Auto kaum zur Arbeit kamen.",
        "Kritik kam vor allem von den Anwohnern in Steinbach, die sich vor dem Lärm der Züge "
        "in den frühen Morgenstunden fürchten.",
        "Die Bahngesellschaft versprach, an den Bahnübergängen leisere Signale einzubauen "
        "und die Gleise im Ortskern mit Schallschutzwänden zu versehen.",
        "Insgesamt kostet die Reaktivierung rund achtzehn Millionen Euro, den größten Teil "
        "davon übernimmt das Land aus seinem Programm für den ländlichen Raum.",
        "Vier Bahnhöfe werden neu gebaut, zwei alte Empfangsgebäude sollen als Wartehallen "
        "mit Fahrradstellplätzen wieder hergerichtet werden.",
        "Die Gemeinde Hohenfels plant zudem einen Bus, der abends die Züge abwartet und die "
        "Fahrgäste in die umliegenden Weiler bringt.",
        "Ob die Strecke auf Dauer genug Fahrgäste findet, soll eine Zählung nach den ersten "
        "drei Betriebsjahren zeigen.",
    ),
    heads=(
        "Ein langer Streit im Kreistag",
        "Was sich für die Pendler ändert",
        "Wer die Kosten der Strecke trägt",
    ),
    facts=(
        "Die Strecke ist einundzwanzig Kilometer lang.",
        "Zwischen Steinbach und Hohenfels liegen künftig sechs Haltepunkte.",
        "Die Fahrzeit verkürzt sich gegenüber dem Bus um zwanzig Minuten.",
        "Die Triebwagen fahren mit Wasserstoff statt mit Diesel.",
    ),
    caption="Der alte Bahnhof von Hohenfels soll bis zum Herbst renoviert werden.",
    credit="Foto: Petra Lang / dpa",
    qa=(
        (
            "Warum hat die Entscheidung so lange gedauert?",
            "Wir mussten erst sicher sein, dass das Land den größten Teil der Kosten "
            "übernimmt, und das war erst im Frühjahr klar.",
        ),
        (
            "Was sagen Sie den Anwohnern, die Lärm befürchten?",
            "Wir nehmen die Sorgen ernst und bauen im Ortskern Schallschutzwände, bevor der "
            "erste Zug fährt.",
        ),
        (
            "Wann können die ersten Fahrgäste einsteigen?",
            "Wenn alles nach Plan läuft, fährt der erste Zug am zweiten Sonntag im Dezember "
            "um sechs Uhr morgens.",
        ),
    ),
    live=(
        (
            "19:45",
            "Der Kreistag hat abgestimmt",
            "Mit einunddreißig zu neun Stimmen haben die Kreisräte der Reaktivierung der "
            "Strecke zugestimmt.",
        ),
        (
            "18:20",
            "Hitzige Debatte über den Lärmschutz",
            "Die Vertreter aus Steinbach fordern höhere Schallschutzwände und ein Nachtfahrverbot "
            "für Güterzüge.",
        ),
        (
            "17:00",
            "Die Sitzung hat begonnen",
            "Im Sitzungssaal des Landratsamts sind alle Plätze belegt, viele Zuhörer stehen im "
            "Flur.",
        ),
    ),
    summary_head="Das Wichtigste in Kürze",
    conclusion=(
        "Fazit",
        "Die Reaktivierung ist ein mutiger Schritt, der den Dörfern im Tal eine echte "
        "Alternative zum Auto bietet.",
    ),
    box=(
        "Hintergrund",
        "Die Lautertalbahn wurde im Jahr 1898 eröffnet und diente lange vor allem dem "
        "Transport von Holz und Kalkstein.",
    ),
    table=(
        ("Jahr", "Fahrgäste", "Züge pro Tag"),
        ("1995", "1.240", "14"),
        ("2003", "410", "8"),
        ("2025", "2.100", "32"),
    ),
    read_also=("Lesen Sie auch:", "Warum die Dörfer im Tal immer älter werden"),
    more_topic=(
        "Mehr zum Thema",
        (
            "Neue Radwege zwischen den Dörfern geplant",
            "Busverbindung nach Steinbach wird ausgedünnt",
            "So kommen Schüler künftig zur Realschule",
        ),
    ),
    ad="Anzeige",
    newsletter=(
        "Abonnieren Sie unseren Newsletter und erhalten Sie jeden Morgen die wichtigsten "
        "Nachrichten aus der Region."
    ),
    related=(
        "Das könnte Sie auch interessieren",
        ("Brückensanierung dauert länger als geplant", "Gemeinderat erhöht die Grundsteuer"),
    ),
    share="Artikel teilen per WhatsApp",
    comments="Kommentare (23) anzeigen",
    paywall="Jetzt weiterlesen mit Talzeitung Plus: der erste Monat für nur 99 Cent.",
    most_read=(
        "Meistgelesen",
        (
            "Unfall auf der B27 sorgt für lange Staus",
            "Neues Café am Marktplatz eröffnet",
            "Schützenfest wird um eine Woche verschoben",
        ),
    ),
    byline="Von Julia Berger",
    nav=("Startseite", "Region", "Politik", "Wirtschaft", "Sport"),
)

FR = Story(
    lang="fr",
    site="Le Journal du Val",
    title="À Saint-Aubin, les boulangers s'unissent pour sauver le dernier moulin",
    lead=(
        "Sept artisans du canton ont fondé une coopérative pour racheter le moulin à eau "
        "menacé de fermeture et moudre leur propre farine."
    ),
    paras=(
        "Le moulin de Saint-Aubin tourne depuis plus de deux siècles sur la petite rivière "
        "qui traverse le bourg avant de rejoindre la Loire.",
        "Son propriétaire, âgé de soixante-dix-huit ans, cherchait depuis trois ans un "
        "repreneur sans trouver personne prêt à s'engager.",
        "Les boulangers du canton ont alors décidé de mettre leurs économies en commun pour "
        "racheter le bâtiment et les meules.",
        "La coopérative compte déjà sept membres et espère en accueillir cinq de plus avant "
        "la fin de l'année prochaine.",
        "Chaque boulanger s'engage à acheter au moins deux tonnes de farine par an, ce qui "
        "suffit à faire tourner le moulin trois jours par semaine.",
        "Les agriculteurs voisins fourniront un blé ancien cultivé sans engrais chimique sur "
        "les plateaux au nord du village.",
        "La mairie a promis de rénover le chemin qui mène au moulin pour permettre aux "
        "camions de livraison d'y accéder en hiver.",
        "Une boutique ouvrira dans l'ancienne grange pour vendre la farine et le pain aux "
        "promeneurs qui longent la rivière le dimanche.",
        "Les membres de la coopérative espèrent que leur exemple inspirera d'autres villages "
        "de la région où des moulins sont à l'abandon.",
    ),
    heads=(
        "Un moulin sans repreneur",
        "Une farine produite au village",
        "Une boutique dans la grange",
    ),
    facts=(
        "Le moulin a été construit en 1791.",
        "La coopérative a réuni cent quarante mille euros.",
        "Les meules peuvent moudre huit cents kilos de blé par jour.",
        "La boutique sera ouverte du mercredi au dimanche.",
    ),
    caption="Les meules du moulin de Saint-Aubin ont été restaurées au printemps.",
    credit="Photo : Claire Martin",
    qa=(
        (
            "Pourquoi avoir choisi de racheter le moulin ?",
            "Nous voulions savoir d'où vient notre farine et garder le travail au village "
            "plutôt que de dépendre des grandes minoteries.",
        ),
        (
            "Le projet est-il rentable ?",
            "Il le sera si nous trouvons cinq membres de plus, et plusieurs collègues nous "
            "ont déjà contactés.",
        ),
        (
            "Quand la première farine sortira-t-elle ?",
            "Nous espérons moudre les premiers sacs au début de l'automne, juste après la moisson.",
        ),
    ),
    live=(
        (
            "16h10",
            "La vente est signée",
            "Le notaire a confirmé que la coopérative est désormais propriétaire du moulin "
            "et des terrains.",
        ),
        (
            "15h30",
            "Les boulangers arrivent à la mairie",
            "Les sept artisans sont venus ensemble, accompagnés d'une trentaine d'habitants.",
        ),
        (
            "14h00",
            "Rendez-vous chez le notaire",
            "La signature de l'acte de vente est prévue dans l'après-midi à la mairie du bourg.",
        ),
    ),
    summary_head="L'essentiel",
    conclusion=(
        "En conclusion",
        "Le pari des boulangers est audacieux, mais il montre qu'un village peut encore "
        "décider de son avenir.",
    ),
    box=(
        "Repères",
        "La région comptait plus de trois cents moulins à eau au dix-neuvième siècle, il en "
        "reste aujourd'hui une douzaine en activité.",
    ),
    table=(
        ("Année", "Farine (t)", "Membres"),
        ("2024", "14", "7"),
        ("2025", "24", "10"),
        ("2026", "30", "12"),
    ),
    read_also=("À lire aussi :", "Le prix du blé atteint un niveau record"),
    more_topic=(
        "Sur le même sujet",
        (
            "Les boulangeries de campagne ferment une à une",
            "Un festival du pain à la fin du mois",
            "La mairie rachète l'ancienne école",
        ),
    ),
    ad="Publicité",
    newsletter=(
        "Inscrivez-vous à notre lettre d'information pour recevoir chaque matin l'actualité "
        "de votre région."
    ),
    related=(
        "Articles similaires",
        ("La foire aux vins attire les foules", "Travaux sur la route départementale"),
    ),
    share="Partager cet article sur Facebook",
    comments="Réagir à cet article (12 commentaires)",
    paywall="Cet article est réservé aux abonnés. Abonnez-vous pour lire la suite.",
    most_read=(
        "Les plus lus",
        (
            "Un incendie détruit un hangar agricole",
            "Le marché de Noël change de place",
            "Le club de rugby monte en division supérieure",
        ),
    ),
    byline="Par Sophie Girard",
    nav=("Accueil", "Actualité", "Sports", "Économie", "Culture"),
)

ES = Story(
    lang="es",
    site="Diario del Embalse",
    title="El pueblo de Valdemora raciona el agua mientras el embalse baja al doce por ciento",
    lead=(
        "Los vecinos solo tendrán agua corriente de seis de la mañana a diez de la noche "
        "hasta que vuelvan las lluvias, según acordó el pleno municipal."
    ),
    paras=(
        "El embalse que abastece a Valdemora y a otros cuatro municipios de la comarca está "
        "en su nivel más bajo desde que se construyó en los años sesenta.",
        "El alcalde explicó en rueda de prensa que la medida es dolorosa pero necesaria para "
        "garantizar el suministro durante todo el verano.",
        "Los agricultores de regadío ya han perdido la mitad de la cosecha de maíz y temen no "
        "poder sembrar en otoño si la sequía continúa.",
        "La confederación hidrográfica ha autorizado la perforación de dos pozos nuevos que "
        "podrían estar listos a finales de julio.",
        "Mientras tanto, camiones cisterna recorrerán las pedanías más alejadas tres veces "
        "por semana para llenar los depósitos de las casas.",
        "Los bares y restaurantes de la plaza han pedido una excepción para poder abrir por "
        "las noches durante las fiestas de agosto.",
        "El ayuntamiento ha repartido folletos con consejos para ahorrar agua en la ducha, el "
        "jardín y la cocina.",
        "Los técnicos calculan que harían falta tres meses de lluvias normales para que el "
        "embalse recupere un nivel aceptable.",
        "La oposición reprocha al gobierno local no haber reparado a tiempo las tuberías, por "
        "las que se pierde casi un tercio del agua.",
    ),
    heads=(
        "Un embalse en mínimos históricos",
        "El campo, el primer afectado",
        "Las fiestas de agosto en el aire",
    ),
    facts=(
        "El embalse está al doce por ciento de su capacidad.",
        "Cinco municipios dependen de sus reservas.",
        "Se pierde casi un tercio del agua en tuberías viejas.",
        "Los nuevos pozos tendrán ciento veinte metros de profundidad.",
    ),
    caption="La orilla del embalse de Valdemora, seca y agrietada a principios de mayo.",
    credit="Foto: Luis Romero / EFE",
    qa=(
        (
            "¿Por qué no se tomaron medidas antes?",
            "Confiábamos en las lluvias de primavera, que este año no han llegado, y ahora "
            "no nos queda otra opción.",
        ),
        (
            "¿Cuánto durarán los cortes de agua?",
            "Mantendremos el horario hasta que el embalse supere el veinte por ciento, y "
            "revisaremos la medida cada quince días.",
        ),
        (
            "¿Qué pasará con las fiestas del pueblo?",
            "Las fiestas se celebrarán, pero sin fuentes ni duchas públicas en la plaza para "
            "no malgastar ni una gota.",
        ),
    ),
    live=(
        (
            "13:20",
            "El pleno aprueba el racionamiento",
            "La medida ha salido adelante con los votos del gobierno y la abstención de la "
            "oposición.",
        ),
        (
            "12:05",
            "Protesta de los regantes",
            "Un grupo de agricultores se ha concentrado frente al ayuntamiento con pancartas "
            "contra la gestión del agua.",
        ),
        (
            "11:00",
            "Comienza el pleno extraordinario",
            "El salón de plenos está lleno y muchos vecinos siguen la sesión desde la calle.",
        ),
    ),
    summary_head="Lo más importante",
    conclusion=(
        "Conclusión",
        "La sequía obliga a Valdemora a cambiar sus costumbres, y el pueblo parece dispuesto "
        "a hacerlo sin perder la calma.",
    ),
    box=(
        "Contexto",
        "La comarca lleva tres años con lluvias por debajo de la media y el embalse no se ha "
        "llenado desde el invierno de dos mil veinte.",
    ),
    table=(
        ("Mes", "Nivel", "Consumo"),
        ("Enero", "31 %", "410"),
        ("Marzo", "22 %", "395"),
        ("Mayo", "12 %", "380"),
    ),
    read_also=("Lee también:", "La sequía deja sin trabajo a los temporeros del maíz"),
    more_topic=(
        "Más sobre este tema",
        (
            "Los pantanos de la cuenca, bajo mínimos",
            "Ayudas para los agricultores afectados",
            "Cómo ahorrar agua en casa este verano",
        ),
    ),
    ad="Publicidad",
    newsletter=(
        "Suscríbete a nuestro boletín y recibe cada mañana las noticias más importantes de tu "
        "comarca."
    ),
    related=(
        "Noticias relacionadas",
        ("Cortes de luz en el barrio alto", "El mercado semanal cambia de día"),
    ),
    share="Compartir en WhatsApp",
    comments="Ver los 31 comentarios",
    paywall="Este contenido es exclusivo para suscriptores. Suscríbete para seguir leyendo.",
    most_read=(
        "Lo más leído",
        (
            "Un incendio obliga a desalojar una urbanización",
            "La feria del libro abre este viernes",
            "El equipo local asciende a segunda",
        ),
    ),
    byline="Por Carmen Ortega",
    nav=("Portada", "Comarca", "Deportes", "Economía", "Cultura"),
)

IT = Story(
    lang="it",
    site="Gazzetta della Valle",
    title="A Montalto riapre il museo civico dopo sei anni di restauri",
    lead=(
        "Le sale affrescate del palazzo comunale tornano visibili al pubblico da sabato, con "
        "un nuovo percorso dedicato alla storia della lana."
    ),
    paras=(
        "Il museo civico di Montalto era stato chiuso nel duemila diciotto dopo che una "
        "crepa nel soffitto aveva messo in pericolo gli affreschi.",
        "I restauratori hanno lavorato per quasi sei anni su ponteggi alti dodici metri, "
        "spesso con lampade portatili e pennelli sottilissimi.",
        "Sotto uno strato di intonaco è riemersa una scena di mercato del quindicesimo secolo "
        "che nessuno in paese ricordava.",
        "Il sindaco ha detto che la riapertura è un regalo alla città e alle scuole, che "
        "potranno visitare il museo gratuitamente.",
        "Il nuovo percorso racconta come la lana veniva lavata nel fiume, filata nelle case e "
        "venduta nelle fiere di tutta la regione.",
        "Una sala è dedicata ai telai di legno donati dalle famiglie del paese, alcuni dei "
        "quali funzionano ancora.",
        "I lavori sono costati quattro milioni di euro, finanziati in gran parte da una "
        "fondazione bancaria e dalla regione.",
        "Per il primo fine settimana l'ingresso sarà libero e le guide accompagneranno i "
        "visitatori ogni mezz'ora.",
        "Il direttore spera di arrivare a trentamila visitatori all'anno grazie anche ai "
        "turisti che percorrono il cammino dei pellegrini.",
    ),
    heads=(
        "Sei anni di lavoro sui ponteggi",
        "La storia della lana in cinque sale",
        "Chi ha pagato il restauro",
    ),
    facts=(
        "Il museo ha dodici sale aperte al pubblico.",
        "Gli affreschi coprono oltre trecento metri quadrati.",
        "Il restauro è costato quattro milioni di euro.",
        "Le scuole del comune entrano gratuitamente.",
    ),
    caption="La sala del consiglio con gli affreschi restaurati del quindicesimo secolo.",
    credit="Foto: Marco Bellini",
    qa=(
        (
            "Qual è stata la scoperta più importante?",
            "La scena di mercato sotto l'intonaco, perché ci mostra come vivevano i mercanti "
            "di lana cinque secoli fa.",
        ),
        (
            "Perché i lavori sono durati così tanto?",
            "Ogni centimetro di affresco andava pulito a mano, e due inverni molto umidi ci "
            "hanno costretto a fermarci.",
        ),
        (
            "Cosa vi aspettate dai visitatori?",
            "Speriamo che vengano soprattutto le famiglie del paese, perché questa è prima di "
            "tutto la loro storia.",
        ),
    ),
    live=(
        (
            "11:30",
            "Il taglio del nastro",
            "Il sindaco e il direttore hanno aperto le porte del museo davanti a una folla di "
            "cittadini.",
        ),
        (
            "10:45",
            "La banda suona in piazza",
            "La banda musicale del paese accompagna l'arrivo delle autorità davanti al "
            "palazzo comunale.",
        ),
        (
            "10:00",
            "La piazza si riempie",
            "Già un'ora prima dell'apertura centinaia di persone aspettano davanti al portone.",
        ),
    ),
    summary_head="In sintesi",
    conclusion=(
        "Conclusioni",
        "Il museo restaurato restituisce a Montalto un pezzo della sua memoria e un motivo in "
        "più per visitarla.",
    ),
    box=(
        "La scheda",
        "Il palazzo comunale fu costruito nel tredicesimo secolo e ospita il museo dal mille "
        "novecento ventisei.",
    ),
    table=(
        ("Anno", "Visitatori", "Sale"),
        ("2017", "9.800", "8"),
        ("2024", "-", "12"),
        ("2025", "30.000", "12"),
    ),
    read_also=("Leggi anche:", "I borghi della valle puntano sul turismo lento"),
    more_topic=(
        "Approfondimenti",
        (
            "La fiera della lana torna a ottobre",
            "Nuovi orari per la biblioteca comunale",
            "Il cammino dei pellegrini cambia percorso",
        ),
    ),
    ad="Pubblicità",
    newsletter=(
        "Iscriviti alla nostra newsletter per ricevere ogni mattina le notizie più importanti "
        "della valle."
    ),
    related=(
        "Articoli correlati",
        ("Lavori sulla strada provinciale", "Il mercato del sabato si allarga"),
    ),
    share="Condividi su Facebook",
    comments="Leggi i 17 commenti",
    paywall="Questo articolo è riservato agli abbonati. Abbonati per continuare a leggere.",
    most_read=(
        "I più letti",
        (
            "Incidente sulla statale, traffico bloccato",
            "Apre la nuova piscina comunale",
            "La squadra di basket vince il derby",
        ),
    ),
    byline="di Giulia Conti",
    nav=("Home", "Cronaca", "Sport", "Economia", "Cultura"),
)

STORIES = (EN, DE, FR, ES, IT)

# Class-name styles: the body container, the paragraph wrapper, furniture boxes.
STYLES = (
    # CSS-in-JS hashed (emotion / styled-components)
    {
        "body": "css-1m5f2xq e1xg7wq0",
        "para": "css-83cqas e1wiw3jv0",
        "ad": "css-9ywlq2 ad-container",
        "box": "sc-hKMtZM kXoPqr",
        "head": "css-1qb2vsk",
    },
    # CSS modules (Next.js)
    {
        "body": "ArticleBody_body__x7Kq2",
        "para": "Paragraph_paragraph__3vXy1",
        "ad": "AdSlot_wrapper__Qm9zT",
        "box": "Teaser_box__p2LmA",
        "head": "Heading_h2__kT8s0",
    },
    # German BEM
    {
        "body": "artikel__inhalt",
        "para": "artikel__absatz",
        "ad": "werbung werbung--mitte",
        "box": "artikel__verweis",
        "head": "artikel__zwischentitel",
    },
    # English BEM with utility classes
    {
        "body": "article-body__content prose max-w-2xl",
        "para": "article-body__paragraph text-lg leading-7",
        "ad": "ad-slot ad-slot--inline",
        "box": "inline-related",
        "head": "article-body__heading",
    },
    # French / Spanish / Italian names
    {
        "body": "contenu-article cuerpo-noticia",
        "para": "texte-paragraphe",
        "ad": "pub-encart",
        "box": "encadre-lien",
        "head": "intertitre",
    },
)


@dataclass
class Case:
    kind: str
    label: str
    html: str
    must: list[str]
    must_not: list[str] = field(default_factory=list)


def _e(text: str) -> str:
    return htmllib.escape(text, quote=False)


def _p(text: str, cls: str = "") -> str:
    return f"<p class='{cls}'>{_e(text)}</p>" if cls else f"<p>{_e(text)}</p>"


def _furniture_lines(s: Story) -> list[str]:
    """The site's chrome around every page: none of it may be in the text."""
    return [s.most_read[1][0], s.most_read[1][1], s.share]


def _page(s: Story, article: str, v: int, head: str = "", after: str = "") -> str:
    """The article in a modern site's chrome: header with navigation, a sidebar of the most
    read, share buttons, footer; wrapped the v-th way (Next.js root, app div, plain)."""
    nav = "".join(f"<li><a href='/{n.lower()}'>{_e(n)}</a></li>" for n in s.nav)
    most = "".join(f"<li><a href='/a/{i}'>{_e(t)}</a></li>" for i, t in enumerate(s.most_read[1]))
    chrome_top = (
        f"<header class='site-header'><a class='logo' href='/'>{_e(s.site)}</a>"
        f"<nav aria-label='main'><ul>{nav}</ul></nav></header>"
    )
    share = (
        f"<div class='share-bar' data-component='ShareButtons'><button>{_e(s.share)}</button>"
        "<button>X</button><button>E-Mail</button></div>"
    )
    side = f"<aside class='sidebar'><h3>{_e(s.most_read[0])}</h3><ol>{most}</ol></aside>"
    foot = (
        f"<footer class='site-footer'><p>© 2024 {_e(s.site)}</p>"
        "<a href='/imprint'>Imprint</a></footer>"
    )
    if v % 4 == 3:  # a layout grid's wrappers around the article, six deep
        article = (
            "<div class='container'><div class='row'><div class='col-12 col-lg-8'>"
            "<div class='l-stack'><div class='content-area'><div class='inner'>"
            f"{article}</div></div></div></div></div></div>"
        )
    inner = f"{chrome_top}<main id='main'>{share}{article}{after}{side}</main>{foot}"
    if v % 3 == 0:
        inner = f"<div id='__next'><div class='layout_root__a1B2c'>{inner}</div></div>"
    elif v % 3 == 1:
        inner = f"<div id='app' data-v-app=''><div class='page-wrapper'>{inner}</div></div>"
    return (
        f"<!doctype html><html lang='{s.lang}'><head><meta charset='utf-8'>"
        f"<title>{_e(s.title)} | {_e(s.site)}</title>"
        f"<meta property='og:title' content='{htmllib.escape(s.title)}'>{head}</head>"
        f"<body>{inner}</body></html>"
    )


def _lead_html(s: Story, v: int) -> str:
    return [
        f"<p class='article__lead'>{_e(s.lead)}</p>",
        f"<div data-testid='standfirst' class='css-1x2y3z4'><p>{_e(s.lead)}</p></div>",
        f"<p class='intro'><strong>{_e(s.lead)}</strong></p>",
        f"<div class='Standfirst_standfirst__Zx9q1'>{_e(s.lead)}</div>",
        f"<h2 class='article-summary'>{_e(s.lead)}</h2>",
        f"<div class='teaser-text'><p>{_e(s.lead)}</p></div>",
    ][v % 6]


def _header(s: Story, v: int, lead: str = "under") -> str:
    """Headline, standfirst, byline and date, the v-th way; the standfirst right under the
    headline ("under"), after the byline and date ("after") or left out ("")."""
    byline = (
        f"<div class='byline'><span class='author'>{_e(s.byline)}</span>"
        "<time datetime='2024-05-12T14:35:00+02:00'>12.05.2024</time></div>"
    )
    under = _lead_html(s, v) if lead == "under" else ""
    after = _lead_html(s, v) if lead == "after" else ""
    return f"<header class='article-header'><h1>{_e(s.title)}</h1>{under}{byline}</header>{after}"


def _article(s: Story, v: int, body: str, lead: str = "under") -> str:
    wrap = [
        "<article class='article' data-component='Article'>{}</article>",
        "<article>{}</article>",
        "<div class='story' itemscope itemtype='https://schema.org/NewsArticle'>{}</div>",
        "<div role='article' class='c-entry'>{}</div>",
        "<article class='news-detail'><div class='container'><div class='row'>{}</div></div>"
        "</article>",
    ][v % 5]
    return wrap.format(_header(s, v, lead) + body)


def _box_between(s: Story, which: int, st: dict[str, str]) -> tuple[str, list[str]]:
    """A furniture box put between paragraphs, and its lines that must not be kept."""
    k = which % 5
    if k == 0:
        return (
            f"<div class='{st['ad']}' data-ad-slot='mid-{which}'><span class='ad-label'>"
            f"{_e(s.ad)}</span><div id='gpt-ad-{which}' style='min-height:250px'></div></div>",
            [],
        )
    if k == 1:
        return (
            f"<aside class='{st['box']}' data-component='ReadMore'><span>{_e(s.read_also[0])}"
            f"</span> <a href='/r/1'>{_e(s.read_also[1])}</a></aside>",
            [s.read_also[1]],
        )
    if k == 2:
        return (
            f"<div class='newsletter-signup' data-component='NewsletterInline'><p>"
            f"{_e(s.newsletter)}</p><form><input type='email' placeholder='E-Mail'>"
            "<button>OK</button></form></div>",
            [s.newsletter],
        )
    if k == 3:
        items = "".join(
            f"<li><a href='/m/{i}'>{_e(t)}</a></li>" for i, t in enumerate(s.more_topic[1])
        )
        return (
            f"<div class='{st['box']} more-on-topic'><h3>{_e(s.more_topic[0])}</h3><ul>{items}"
            "</ul></div>",
            list(s.more_topic[1]),
        )
    items = "".join(
        f"<a class='card' href='/rel/{i}'><h4>{_e(t)}</h4></a>" for i, t in enumerate(s.related[1])
    )
    return (
        f"<section class='related-content' data-component='RelatedArticles'>"
        f"<h2>{_e(s.related[0])}</h2>{items}</section>",
        list(s.related[1]),
    )


# ---------------------------------------------------------------- kinds


def kind_split_body(s: Story, v: int) -> Case:
    """Body split into many sibling blocks, each paragraph wrapped, furniture boxes between."""
    st = STYLES[v % len(STYLES)]
    parts: list[str] = []
    bad: list[str] = []
    for i, para in enumerate(s.paras):
        inner = _p(para)
        if v % 2:
            inner = f"<div class='{st['para']}' data-block='paragraph'>{inner}</div>"
        else:
            inner = f"<div class='{st['para']}'><div class='rich-text'>{inner}</div></div>"
        parts.append(inner)
        if i in (1, 4, 6):
            box, lines = _box_between(s, v + i, st)
            parts.append(box)
            bad += lines
    body = f"<div class='{st['body']}' data-component='ArticleBody'>{''.join(parts)}</div>"
    return Case(
        "split body",
        f"{s.lang} v{v}",
        _page(s, _article(s, v, body), v),
        [*s.paras],
        bad + _furniture_lines(s),
    )


def kind_sections(s: Story, v: int) -> Case:
    """A `<section>` per chapter with its `<h2>`, the chapters' paragraphs in class soup."""
    st = STYLES[v % len(STYLES)]
    chunks = [s.paras[0:3], s.paras[3:6], s.paras[6:9]]
    secs = []
    for n, (head, chunk) in enumerate(zip(s.heads, chunks, strict=True)):
        paras = "".join(_p(p) for p in chunk)
        if v % 3 == 0:
            secs.append(
                f"<section class='article-section' data-section='{n}'><h2 class='{st['head']}'>"
                f"{_e(head)}</h2>{paras}</section>"
            )
        elif v % 3 == 1:
            secs.append(
                f"<section id='kapitel-{n}'><div class='{st['body']}'><h2>{_e(head)}</h2>"
                f"<div class='{st['para']}'>{paras}</div></div></section>"
            )
        else:
            secs.append(
                f"<div class='chapter' data-component='Chapter'><h3 class='{st['head']}'>"
                f"{_e(head)}</h3>{paras}</div>"
            )
    bad: list[str] = []
    if v % 2:
        box, bad = _box_between(s, v, st)
        secs.insert(2, box)
    body = f"<div class='{st['body']}'>{''.join(secs)}</div>"
    return Case(
        "sections",
        f"{s.lang} v{v}",
        _page(s, _article(s, v, body), v),
        [*s.paras, *s.heads],
        bad + _furniture_lines(s),
    )


def kind_lists(s: Story, v: int) -> Case:
    """A list of facts inside the body (ul / ol, plain or with spans, with a lead-in line)."""
    st = STYLES[v % len(STYLES)]
    if v % 3 == 0:
        items = "".join(f"<li>{_e(f)}</li>" for f in s.facts)
        lst = f"<ul>{items}</ul>"
    elif v % 3 == 1:
        items = "".join(f"<li class='list-item'><span>{_e(f)}</span></li>" for f in s.facts)
        lst = f"<ol class='{st['para']} list--numbered'>{items}</ol>"
    else:
        items = "".join(f"<li><p>{_e(f)}</p></li>" for f in s.facts)
        lst = (
            f"<div class='list-block' data-component='List'><ul class='bullets'>{items}</ul></div>"
        )
    paras = [_p(p) for p in s.paras]
    at = 3 + v % 4
    body = "".join(paras[:at]) + lst + "".join(paras[at:])
    return Case(
        "lists in body",
        f"{s.lang} v{v}",
        _page(s, _article(s, v, f"<div class='{st['body']}'>{body}</div>"), v),
        [*s.paras, *s.facts],
        _furniture_lines(s),
    )


def kind_subheads(s: Story, v: int) -> Case:
    """Subheadings among the paragraphs: h2, h3, a bold paragraph, a styled div."""
    st = STYLES[v % len(STYLES)]

    def head(h: str) -> str:
        return [
            f"<h2>{_e(h)}</h2>",
            f"<h3 class='{st['head']}'>{_e(h)}</h3>",
            f"<p><strong>{_e(h)}</strong></p>",
            f"<div class='{st['head']} subheadline' role='heading' aria-level='2'>{_e(h)}</div>",
            f"<h2 class='{st['head']}'><span>{_e(h)}</span></h2>",
        ][v % 5]

    parts = []
    for i, para in enumerate(s.paras):
        if i in (2, 5, 7):
            parts.append(head(s.heads[(2, 5, 7).index(i)]))
        parts.append(f"<div class='{st['para']}'>{_p(para)}</div>" if v % 2 else _p(para))
    body = f"<div class='{st['body']}'>{''.join(parts)}</div>"
    return Case(
        "subheadings",
        f"{s.lang} v{v}",
        _page(s, _article(s, v, body), v),
        [*s.paras, *s.heads],
        _furniture_lines(s),
    )


def kind_standfirst(s: Story, v: int) -> Case:
    """A standfirst after the byline and date, above the body; on odd variants a "key
    points" box of bullets between them."""
    st = STYLES[v % len(STYLES)]
    items = "".join(f"<li>{_e(f)}</li>" for f in s.facts[:3])
    box = [
        f"<div class='summary-box'><h2>{_e(s.summary_head)}</h2><ul>{items}</ul></div>",
        f"<section data-component='KeyPoints' class='{st['box']}'><h3>{_e(s.summary_head)}"
        f"</h3><ul class='list'>{items}</ul></section>",
        f"<div class='artikel__zusammenfassung'><p><strong>{_e(s.summary_head)}</strong></p>"
        f"<ul>{items}</ul></div>",
    ][v % 3]
    must = [s.lead, *s.paras]
    if v % 2:
        must += s.facts[:3]
    else:
        box = ""
    body = box + f"<div class='{st['body']}'>{''.join(_p(p) for p in s.paras)}</div>"
    return Case(
        "standfirst after byline",
        f"{s.lang} v{v}",
        _page(s, _article(s, v, body, lead="after"), v),
        must,
        _furniture_lines(s),
    )


def kind_deck(s: Story, v: int) -> Case:
    """A deck right under the headline, inside the article's header: the article's
    standfirst, kept before the body (issue 10's policy, `pipeline.maintext.decks`; the
    generic-web golds of our corpora drop such decks, trafilatura's news snippets keep them)."""
    st = STYLES[v % len(STYLES)]
    body = f"<div class='{st['body']}'>{''.join(_p(p) for p in s.paras)}</div>"
    return Case(
        "deck under headline",
        f"{s.lang} v{v}",
        _page(s, _article(s, v, body, lead="under"), v),
        [s.lead, *s.paras],
        _furniture_lines(s),
    )


def kind_captions(s: Story, v: int) -> Case:
    """A picture with its caption (and a credit: neutral) between the paragraphs."""
    st = STYLES[v % len(STYLES)]
    img = "<img src='/img/1.jpg' alt='' width='800' height='450' loading='lazy'>"
    fig = [
        f"<figure class='article-image'>{img}<figcaption>{_e(s.caption)} "
        f"<span class='credit'>{_e(s.credit)}</span></figcaption></figure>",
        f"<figure data-component='Image'><picture>{img}</picture><figcaption>"
        f"<span class='caption-text'>{_e(s.caption)}</span><small>{_e(s.credit)}</small>"
        "</figcaption></figure>",
        f"<div class='image-wrapper'>{img}<div class='image-caption'><p>{_e(s.caption)}</p>"
        f"<p class='image-credit'>{_e(s.credit)}</p></div></div>",
        f"<figure class='css-7hd2k1 e1q3nk0'><div class='media'>{img}</div><figcaption class='"
        f"{st['para']}'>{_e(s.caption)}</figcaption></figure>",
    ][v % 4]
    paras = [_p(p) for p in s.paras]
    at = 1 + v % 3 * 2
    body = "".join(paras[:at]) + fig + "".join(paras[at:])
    return Case(
        "captions",
        f"{s.lang} v{v}",
        _page(s, _article(s, v, f"<div class='{st['body']}'>{body}</div>"), v),
        [s.caption, *s.paras],
        _furniture_lines(s),
    )


def kind_interview(s: Story, v: int) -> Case:
    """A Q&A interview: bold questions (own paragraph, inline, h3, with a name label)."""
    st = STYLES[v % len(STYLES)]
    parts = [_p(p) for p in s.paras[:2]]
    for q, a in s.qa:
        if v % 4 == 0:
            parts.append(f"<p><strong>{_e(q)}</strong></p>{_p(a)}")
        elif v % 4 == 1:
            parts.append(f"<p><b>{_e(q)}</b><br>{_e(a)}</p>")
        elif v % 4 == 2:
            parts.append(f"<h3 class='{st['head']}'>{_e(q)}</h3>{_p(a)}")
        else:
            parts.append(
                f"<p class='question'><strong>{_e(s.site.split()[-1])}: {_e(q)}</strong></p>"
                f"<p class='answer'>{_e(a)}</p>"
            )
    parts += [_p(p) for p in s.paras[2:4]]
    body = f"<div class='{st['body']} interview'>{''.join(parts)}</div>"
    must = [*s.paras[:4]] + [x for qa in s.qa for x in qa]
    return Case(
        "interview",
        f"{s.lang} v{v}",
        _page(s, _article(s, v, body), v),
        must,
        _furniture_lines(s),
    )


def kind_liveblog(s: Story, v: int) -> Case:
    """Live-blog entries: time, heading, text; share buttons on each entry."""
    st = STYLES[v % len(STYLES)]
    entries = []
    for n, (t, h, text) in enumerate(s.live):
        if v % 3 == 0:
            entries.append(
                f"<article class='live-entry' data-entry-id='e{n}'><time>{t}</time><h2>{_e(h)}"
                f"</h2>{_p(text)}<div class='entry-share'><button>{_e(s.share)}</button></div>"
                "</article>"
            )
        elif v % 3 == 1:
            entries.append(
                f"<div class='{st['box']} liveticker__eintrag' id='post-{n}'><div class='meta'>"
                f"<span class='zeit'>{t}</span></div><div class='{st['para']}'><h3>{_e(h)}</h3>"
                f"{_p(text)}</div></div>"
            )
        else:
            entries.append(
                f"<li class='timeline-item'><div class='ts'>{t}</div><div class='content'>"
                f"<strong>{_e(h)}</strong>{_p(text)}</div></li>"
            )
    inner = "".join(entries)
    if v % 3 == 2:
        inner = f"<ul class='timeline'>{inner}</ul>"
    body = f"<div class='{st['body']}'>{_p(s.paras[0])}<div class='live-blog'>{inner}</div></div>"
    must = [s.paras[0]] + [x for _, h, text in s.live for x in (h, text)]
    return Case(
        "live blog",
        f"{s.lang} v{v}",
        _page(s, _article(s, v, body), v),
        must,
        _furniture_lines(s),
    )


def _ld(s: Story, body: str) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": s.title,
        "datePublished": "2024-05-12T14:35:00+02:00",
        "author": {"@type": "Person", "name": s.byline.split(" ", 1)[1]},
        "isAccessibleForFree": False,
        "articleBody": body,
    }
    return f"<script type='application/ld+json'>{json.dumps(data, ensure_ascii=False)}</script>"


def kind_paywall_ld(s: Story, v: int) -> Case:
    """A paywalled page: a teaser of two paragraphs shown, the rest in JSON-LD articleBody."""
    st = STYLES[v % len(STYLES)]
    sep = "\n\n" if v % 2 else " "
    full = sep.join(s.paras)
    shown = "".join(_p(p) for p in s.paras[:2])
    wall = (
        f"<div class='paywall' data-component='Paywall'><div class='fade'></div><p>"
        f"{_e(s.paywall)}</p><a class='btn' href='/abo'>OK</a></div>"
    )
    body = f"<div class='{st['body']} is-truncated'>{shown}</div>{wall}"
    return Case(
        "paywall, JSON-LD body",
        f"{s.lang} v{v}",
        _page(s, _article(s, v, body), v, head=_ld(s, full)),
        list(s.paras),
        [s.paywall, *_furniture_lines(s)],
    )


def kind_paywall_next(s: Story, v: int) -> Case:
    """A Next.js page: teaser shown, the article's blocks only in __NEXT_DATA__."""
    st = STYLES[v % len(STYLES)]
    if v % 2:
        blocks: object = [{"type": "paragraph", "text": p} for p in s.paras]
    else:
        blocks = "".join(f"<p>{_e(p)}</p>" for p in s.paras)
    data = {
        "props": {
            "pageProps": {
                "article": {
                    "id": "a-1029",
                    "headline": s.title,
                    "teaser": s.lead,
                    "body": blocks,
                    "premium": True,
                }
            }
        },
        "page": "/[section]/[slug]",
        "buildId": "x9Yq2",
    }
    script = (
        "<script id='__NEXT_DATA__' type='application/json'>"
        f"{json.dumps(data, ensure_ascii=False)}</script>"
    )
    shown = _p(s.paras[0]) if v % 3 else ""
    wall = f"<div class='{st['box']}' data-testid='paywall'><p>{_e(s.paywall)}</p></div>"
    body = f"<div class='{st['body']}'>{shown}</div>{wall}"
    return Case(
        "paywall, __NEXT_DATA__ body",
        f"{s.lang} v{v}",
        _page(s, _article(s, v, body), v, after=script),
        list(s.paras),
        [s.paywall, *_furniture_lines(s)],
    )


def kind_german_boxes(s: Story, v: int) -> Case:
    """German-style boxes between paragraphs: "Lesen Sie auch", "Mehr zum Thema", "Anzeige"
    (each story's language's own words), several in one body."""
    st = STYLES[v % len(STYLES)]
    also = (
        f"<p class='{st['box']}'><strong>{_e(s.read_also[0])}</strong> "
        f"<a href='/r/2'>{_e(s.read_also[1])}</a></p>"
    )
    items = "".join(f"<li><a href='/t/{i}'>{_e(t)}</a></li>" for i, t in enumerate(s.more_topic[1]))
    more = [
        f"<div class='{st['box']}'><h4>{_e(s.more_topic[0])}</h4><ul>{items}</ul></div>",
        f"<aside><p><b>{_e(s.more_topic[0])}</b></p><ul class='links'>{items}</ul></aside>",
    ][v % 2]
    ad = (
        f"<div class='{st['ad']}'><p class='label'>{_e(s.ad)}</p>"
        "<ins class='adsbygoogle' data-ad-client='ca-pub-1'></ins></div>"
    )
    parts = [_p(p) for p in s.paras]
    order = [(2, also), (4, ad), (6, more)] if v % 3 else [(1, ad), (3, more), (7, also)]
    for at, box in sorted(order, reverse=True):
        parts.insert(at, box)
    body = f"<div class='{st['body']}'>{''.join(parts)}</div>"
    return Case(
        "read-also boxes",
        f"{s.lang} v{v}",
        _page(s, _article(s, v, body), v),
        [*s.paras],
        [s.read_also[1], *s.more_topic[1], *_furniture_lines(s)],
    )


def kind_infobox_conclusion(s: Story, v: int) -> Case:
    """An info box inside the body (neutral), a closing section headed "Fazit" / "The
    verdict", then an author box and comments (furniture)."""
    st = STYLES[v % len(STYLES)]
    infobox = [
        f"<aside class='infobox'><h3>{_e(s.box[0])}</h3>{_p(s.box[1])}</aside>",
        f"<div class='{st['box']} info-kasten'><strong>{_e(s.box[0])}</strong>{_p(s.box[1])}</div>",
    ][v % 2]
    parts = [_p(p) for p in s.paras[:7]]
    parts.insert(3, infobox)
    end = [
        f"<h2>{_e(s.conclusion[0])}</h2>{_p(s.conclusion[1])}",
        f"<section class='fazit'><h3>{_e(s.conclusion[0])}</h3>{_p(s.conclusion[1])}</section>",
        f"<p><strong>{_e(s.conclusion[0])}:</strong> {_e(s.conclusion[1])}</p>",
    ][v % 3]
    comments = (
        f"<section id='comments' class='comments'><h2>{_e(s.comments)}</h2>"
        "<button>Login</button></section>"
    )
    body = f"<div class='{st['body']}'>{''.join(parts)}{end}</div>"
    return Case(
        "info box, conclusion",
        f"{s.lang} v{v}",
        _page(s, _article(s, v, body), v, after=comments),
        [*s.paras[:7], s.conclusion[1]],
        [s.comments, *_furniture_lines(s)],
    )


def kind_table(s: Story, v: int) -> Case:
    """A small table of figures inside the body (neutral): the text around it must stay."""
    st = STYLES[v % len(STYLES)]
    rows = "".join(
        "<tr>" + "".join(f"<td>{_e(c)}</td>" for c in row) + "</tr>" for row in s.table[1:]
    )
    hdr = "".join(f"<th>{_e(c)}</th>" for c in s.table[0])
    table = f"<table><thead><tr>{hdr}</tr></thead><tbody>{rows}</tbody></table>"
    if v % 2:
        table = f"<div class='table-wrapper {st['box']}' data-component='Table'>{table}</div>"
    parts = [_p(p) for p in s.paras]
    parts.insert(2 + v % 5, table)
    body = f"<div class='{st['body']}'>{''.join(parts)}</div>"
    return Case(
        "table in body",
        f"{s.lang} v{v}",
        _page(s, _article(s, v, body), v),
        [*s.paras],
        _furniture_lines(s),
    )


def kind_linked(s: Story, v: int, mostly_linked: bool = False) -> Case:
    """Paragraphs whose keywords link to topic pages (two to four links each); a list of
    facts whose items hold links. With `mostly_linked`, one paragraph's first three quarters
    are one link (`kind_mostly_linked`)."""

    def linked(text: str, n: int) -> str:
        words = text.split(" ")
        step = max(len(words) // (n + 1), 2)
        out = []
        for i, w in enumerate(words):
            if i % step == 1 and i // step < n:
                out.append(f"<a href='/thema/{i}' class='link-intern'>{_e(w)}</a>")
            else:
                out.append(_e(w))
        return " ".join(out)

    def mostly(text: str) -> str:
        words = text.split(" ")
        cut = len(words) * 3 // 4
        return f"<a href='/dossier'>{_e(' '.join(words[:cut]))}</a> {_e(' '.join(words[cut:]))}"

    st = STYLES[v % len(STYLES)]
    parts = []
    for i, para in enumerate(s.paras):
        if i == 3 + v % 3 and mostly_linked:
            parts.append(f"<p>{mostly(para)}</p>")
        else:
            parts.append(f"<p>{linked(para, 2 + (i + v) % 3)}</p>")
    must = list(s.paras)
    if v % 2:
        items = "".join(f"<li>{linked(f, 1)}</li>" for f in s.facts)
        parts.insert(5, f"<ul class='{st['para']}'>{items}</ul>")
        must += s.facts
    body = f"<div class='{st['body']}'>{''.join(parts)}</div>"
    return Case(
        "a sentence mostly one link" if mostly_linked else "linked words",
        f"{s.lang} v{v}",
        _page(s, _article(s, v, body), v),
        must,
        _furniture_lines(s),
    )


def kind_fragments(s: Story, v: int) -> Case:
    """The body in two or three containers of the same class, a video player, an embed or a
    teaser grid between them."""
    st = STYLES[v % len(STYLES)]
    chunks = [s.paras[0:3], s.paras[3:6], s.paras[6:9]]
    between = [
        "<div class='video-player' data-component='VideoPlayer'><video src='/v.mp4'></video>"
        "<span>02:31</span></div>",
        "<blockquote class='twitter-tweet'><p>@someone: look at this</p>"
        "<a href='https://x.com/a/status/1'>May 12, 2024</a></blockquote>",
    ]
    grid = "".join(
        f"<div class='teaser-card'><a href='/g/{i}'><img src='/g{i}.jpg'><h3>{_e(t)}</h3></a></div>"
        for i, t in enumerate(s.most_read[1])
    )
    bad: list[str] = []
    boxes = [between[v % 2], f"<div class='{st['box']} teaser-grid'>{grid}</div>"]
    bad += list(s.most_read[1])
    wrap = "<div class='{}' data-component='TextBlock'>{}</div>"
    if v % 3 == 1:
        wrap = "<div class='{}'><div class='inner'>{}</div></div>"
    elif v % 3 == 2:
        wrap = "<section class='{}'>{}</section>"
    parts = []
    for n, chunk in enumerate(chunks):
        parts.append(wrap.format(st["para"], "".join(_p(p) for p in chunk)))
        if n < 2:
            parts.append(boxes[(n + v) % 2])
    body = "".join(parts)
    if v % 2:
        body = f"<div class='{st['body']}'>{body}</div>"
    return Case(
        "body in fragments",
        f"{s.lang} v{v}",
        _page(s, _article(s, v, body), v),
        list(s.paras),
        bad + [s.share],
    )


def kind_collapsed(s: Story, v: int) -> Case:
    """The body's second half folded away until a "read on" button is pressed: in the markup,
    under a class naming the fold, an `aria-expanded` region or a capped height."""
    st = STYLES[v % len(STYLES)]
    more = {
        "en": "Continue reading",
        "de": "Weiterlesen",
        "fr": "Lire la suite",
        "es": "Seguir leyendo",
        "it": "Continua a leggere",
    }[s.lang]
    first = "".join(_p(p) for p in s.paras[:3])
    rest = "".join(_p(p) for p in s.paras[3:])
    fold = [
        f"<div class='article-body__rest is-collapsed'>{rest}</div>",
        f"<div class='truncate-content' style='max-height:0;overflow:hidden' "
        f"aria-expanded='false' id='rest'>{rest}</div>",
        f"<div class='artikel__weiterlesen--eingeklappt'>{rest}</div>",
        f"<div class='{st['para']} read-more-content collapsed'>{rest}</div>",
    ][v % 4]
    button = f"<button class='read-more-button' aria-controls='rest'>{_e(more)}</button>"
    body = f"<div class='{st['body']}'>{first}{button}{fold}</div>"
    return Case(
        "folded rest",
        f"{s.lang} v{v}",
        _page(s, _article(s, v, body), v),
        list(s.paras),
        _furniture_lines(s),
    )


def kind_paywall_long(s: Story, v: int) -> Case:
    """A paywalled page whose shown teaser is long (four paragraphs), the whole article in
    JSON-LD articleBody."""
    st = STYLES[v % len(STYLES)]
    full = ("\n\n" if v % 2 else " ").join(s.paras)
    shown = "".join(_p(p) for p in s.paras[:4])
    wall = (
        f"<div class='paywall-offer' data-component='Paywall'><p>{_e(s.paywall)}</p>"
        "<a class='btn' href='/abo'>OK</a></div>"
    )
    body = f"<div class='{st['body']}'>{shown}</div>{wall}"
    return Case(
        "paywall, long teaser",
        f"{s.lang} v{v}",
        _page(s, _article(s, v, body), v, head=_ld(s, full)),
        list(s.paras),
        [s.paywall, *_furniture_lines(s)],
    )


def kind_breaks(s: Story, v: int) -> Case:
    """Paragraphs as text runs separated by `<br><br>` in one block, or in `<div>`s without
    `<p>`, or in `<span>`s."""
    st = STYLES[v % len(STYLES)]
    if v % 3 == 0:
        body = f"<div class='{st['body']}'>" + "<br><br>".join(_e(p) for p in s.paras) + "</div>"
    elif v % 3 == 1:
        body = (
            f"<div class='{st['body']}'>"
            + "".join(f"<div class='{st['para']}'>{_e(p)}</div>" for p in s.paras)
            + "</div>"
        )
    else:
        body = (
            f"<div class='{st['body']}'>"
            + "".join(f"<span class='text'>{_e(p)}</span><br>" for p in s.paras)
            + "</div>"
        )
    return Case(
        "no <p> tags",
        f"{s.lang} v{v}",
        _page(s, _article(s, v, body), v),
        list(s.paras),
        _furniture_lines(s),
    )


def kind_short_paras(s: Story, v: int) -> Case:
    """Short one-line paragraphs and a closing agency mark among ordinary ones."""
    st = STYLES[v % len(STYLES)]
    shorts = {
        "en": ("That was not all.", "The vote was close.", "Nobody objected."),
        "de": ("Das ist neu.", "Die Mehrheit war knapp.", "Widerspruch gab es keinen."),
        "fr": ("Ce n'est pas tout.", "Le vote a été serré.", "Personne ne s'y est opposé."),
        "es": ("No es todo.", "La votación fue ajustada.", "Nadie se opuso."),
        "it": ("Non è tutto.", "Il voto è stato stretto.", "Nessuno si è opposto."),
    }[s.lang]
    parts = [_p(p) for p in s.paras]
    for n, short in enumerate(shorts):
        parts.insert(2 + n * 3, _p(short))
    body = f"<div class='{st['body']}'>{''.join(parts)}</div>"
    return Case(
        "short paragraphs",
        f"{s.lang} v{v}",
        _page(s, _article(s, v, body), v),
        [*s.paras, *shorts],
        _furniture_lines(s),
    )


# Subheadings whose first word is also a furniture heading's ("More ...", "Mehr ...",
# "Update", "Comments", "Newsletter"): the section under them is the article's.
TRICKY_HEADS = {
    "en": ("More trains, fewer cars?", "Update on the costs", "Comments from the quay"),
    "de": ("Mehr Züge, weniger Autos?", "Weitere Pläne der Gemeinde", "Kommentare aus dem Dorf"),
    "fr": (
        "Plus de farine, moins d'importations",
        "À lire dans les comptes",
        "Réactions au village",
    ),
    "es": ("Más pozos, menos agua", "Otras medidas del ayuntamiento", "Comentarios de los vecinos"),
    "it": ("Altri lavori in programma", "Leggi e regolamenti", "Commenti dei cittadini"),
}


def kind_tricky_heads(s: Story, v: int) -> Case:
    """Subheadings that open with a word of furniture headings, the section under each."""
    st = STYLES[v % len(STYLES)]
    heads = TRICKY_HEADS[s.lang]
    parts = []
    for i, para in enumerate(s.paras):
        if i in (2, 5, 7):
            h = heads[(2, 5, 7).index(i)]
            parts.append(
                [
                    f"<h2>{_e(h)}</h2>",
                    f"<h3 class='{st['head']}'>{_e(h)}</h3>",
                    f"<p><strong>{_e(h)}</strong></p>",
                ][v % 3]
            )
        parts.append(_p(para))
    body = f"<div class='{st['body']}'>{''.join(parts)}</div>"
    return Case(
        "subheadings with furniture words",
        f"{s.lang} v{v}",
        _page(s, _article(s, v, body), v),
        [*s.paras, *heads],
        _furniture_lines(s),
    )


def kind_paid_body(s: Story, v: int) -> Case:
    """An article shown whole whose body's class marks it as paid content (a subscriber's
    view, or one shown to crawlers): "paywall", "premium", "plus", "locked"."""
    cls = [
        "article-body paywall-content",
        "c-article__body is-premium",
        "artikel__inhalt artikel--plus",
        "story-body locked-content",
        "Paywall_content__3kd9X",
        "article-text premium-content",
    ][v % 6]
    body = f"<div class='{cls}'>{''.join(_p(p) for p in s.paras)}</div>"
    return Case(
        "body marked paid",
        f"{s.lang} v{v}",
        _page(s, _article(s, v, body), v),
        list(s.paras),
        _furniture_lines(s),
    )


def kind_lead_classes(s: Story, v: int) -> Case:
    """A standfirst after the byline under class names of several languages and styles."""
    st = STYLES[v % len(STYLES)]
    lead = [
        f"<p class='article-teaser'>{_e(s.lead)}</p>",
        f"<div class='artikel__vorspann'><p>{_e(s.lead)}</p></div>",
        f"<p class='chapo'>{_e(s.lead)}</p>",
        f"<div class='entradilla'>{_e(s.lead)}</div>",
        f"<p class='occhiello summary'>{_e(s.lead)}</p>",
        f"<div class='abstract' data-testid='article-abstract'><p>{_e(s.lead)}</p></div>",
    ][v % 6]
    body = lead + f"<div class='{st['body']}'>{''.join(_p(p) for p in s.paras)}</div>"
    return Case(
        "standfirst classes",
        f"{s.lang} v{v}",
        _page(s, _article(s, v, body, lead=""), v),
        [s.lead, *s.paras],
        _furniture_lines(s),
    )


def kind_live_authors(s: Story, v: int) -> Case:
    """A live blog of many entries, each with its reporter's name, a time, a share button;
    a pinned summary first."""
    st = STYLES[v % len(STYLES)]
    who = s.byline.split(" ", 1)[1]
    texts = [x for _, _, x in s.live] + list(s.paras[:5])
    entries = []
    for n, text in enumerate(texts):
        t = f"{18 - n // 2}:{(n * 7) % 60:02d}"
        author = f"<div class='entry-author'><img src='/a.jpg' alt=''><span>{_e(who)}</span></div>"
        if v % 3 == 0:
            entries.append(
                f"<div class='live-post' id='post-{n}'><div class='live-post__meta'><time>{t}"
                f"</time>{author}</div><div class='live-post__body'>{_p(text)}</div>"
                f"<button class='share'>{_e(s.share)}</button></div>"
            )
        elif v % 3 == 1:
            entries.append(
                f"<article class='{st['box']} ticker-entry' data-entry='{n}'><header>"
                f"<span class='ticker-entry__time'>{t}</span>{author}</header>{_p(text)}</article>"
            )
        else:
            entries.append(
                f"<li class='lb-item'><div class='lb-meta'>{t} | {_e(who)}</div>"
                f"<div class='lb-content {st['para']}'>{_p(text)}</div></li>"
            )
    inner = "".join(entries)
    if v % 3 == 2:
        inner = f"<ol class='lb-list'>{inner}</ol>"
    pinned = (
        f"<div class='pinned-summary'><strong>{_e(s.summary_head)}</strong>{_p(s.facts[0])}</div>"
    )
    body = f"<div class='{st['body']} liveblog'>{pinned}{inner}</div>"
    return Case(
        "live blog, reporters",
        f"{s.lang} v{v}",
        _page(s, _article(s, v, body), v),
        [s.facts[0], *texts],
        _furniture_lines(s),
    )


def kind_quotes(s: Story, v: int) -> Case:
    """A quotation in a <blockquote> inside the body (a speaker's words, not an embedded
    post), and a pull quote repeating a line (neutral)."""
    st = STYLES[v % len(STYLES)]
    quote = s.qa[0][1]
    bq = [
        f"<blockquote><p>{_e(quote)}</p></blockquote>",
        f"<blockquote class='quote'><p>{_e(quote)}</p><cite>{_e(s.byline)}</cite></blockquote>",
        f"<figure class='quote-block'><blockquote>{_e(quote)}</blockquote><figcaption>"
        f"{_e(s.byline)}</figcaption></figure>",
    ][v % 3]
    pull = f"<aside class='pullquote'><p>{_e(s.paras[1])}</p></aside>"
    parts = [_p(p) for p in s.paras]
    parts.insert(3, bq)
    if v % 2:
        parts.insert(6, pull)
    body = f"<div class='{st['body']}'>{''.join(parts)}</div>"
    return Case(
        "quotations",
        f"{s.lang} v{v}",
        _page(s, _article(s, v, body), v),
        [*s.paras, quote],
        _furniture_lines(s),
    )


def kind_pro_contra(s: Story, v: int) -> Case:
    """Two columns side by side (pro and contra, two views), each a heading and
    paragraphs, after the article's opening."""
    st = STYLES[v % len(STYLES)]
    col = "<div class='{} col-md-6 column'><h3>{}</h3>{}</div>"
    left = col.format(st["para"], _e(s.heads[0]), "".join(_p(p) for p in s.paras[3:6]))
    right = col.format(st["para"], _e(s.heads[1]), "".join(_p(p) for p in s.paras[6:9]))
    grid = f"<div class='row two-columns'>{left}{right}</div>"
    body = f"<div class='{st['body']}'>{''.join(_p(p) for p in s.paras[:3])}{grid}</div>"
    return Case(
        "two columns",
        f"{s.lang} v{v}",
        _page(s, _article(s, v, body), v),
        [*s.paras, s.heads[0], s.heads[1]],
        _furniture_lines(s),
    )


def kind_tabloid(s: Story, v: int) -> Case:
    """Short paragraphs opening with a bold lead-in, a bold paragraph as the body's first,
    a bold inline "read also" teaser inside the flow (furniture)."""
    st = STYLES[v % len(STYLES)]
    parts = [f"<p><b>{_e(s.paras[0])}</b></p>"]
    for i, para in enumerate(s.paras[1:], 1):
        words = para.split(" ")
        parts.append(f"<p><strong>{_e(' '.join(words[:3]))}</strong> {_e(' '.join(words[3:]))}</p>")
        if i == 4:
            parts.append(
                f"<p><strong>{_e(s.read_also[0])}</strong> <a href='/x'><strong>"
                f"{_e(s.read_also[1])}</strong></a></p>"
            )
    body = f"<div class='{st['body']}'>{''.join(parts)}</div>"
    return Case(
        "bold lead-ins",
        f"{s.lang} v{v}",
        _page(s, _article(s, v, body), v),
        list(s.paras),
        [s.read_also[1], *_furniture_lines(s)],
    )


def kind_short_heavy(s: Story, v: int) -> Case:
    """A short article (two to four paragraphs) amid heavy chrome holding prose: a river of
    teasers with a sentence of summary each, readers' comments, a long cookie notice."""
    st = STYLES[v % len(STYLES)]
    n = 2 + v % 3
    own = s.paras[:n]
    teasers = s.paras[5:9]
    river = "".join(
        f"<div class='teaser {st['box']}'><a href='/t/{i}'><h3>{_e(s.related[1][i % 2])} {i}</h3>"
        f"</a><p class='teaser__text'>{_e(t)}</p></div>"
        for i, t in enumerate(teasers)
    )
    comments = "".join(
        f"<div class='comment' id='c{i}'><div class='comment__author'>Leser{i}</div>"
        f"<p>{_e(a)}</p><button>Reply</button></div>"
        for i, (_, a) in enumerate(s.qa)
    )
    cookie = (
        "<div id='consent' class='cmp-banner'><p>We and our partners use cookies and similar "
        "technologies to store and access information on your device, to show you "
        "personalised content and advertising, and to measure how our pages are used.</p>"
        "<button>Accept</button></div>"
    )
    body = f"<div class='{st['body']}'>{''.join(_p(p) for p in own)}</div>"
    after = (
        f"<section class='more-stories'><h2>{_e(s.related[0])}</h2>{river}</section>"
        f"<section class='comments-section'><h2>{_e(s.comments)}</h2>{comments}</section>"
    )
    page = _page(s, _article(s, v, body), v, after=after)
    page = page.replace("</body>", cookie + "</body>")
    return Case(
        "short article, heavy chrome",
        f"{s.lang} v{v}",
        page,
        list(own),
        [*teasers, *(a for _, a in s.qa), *_furniture_lines(s)],
    )


def kind_teaser_block_inside(s: Story, v: int) -> Case:
    """A "more on this" block of teasers with summary sentences in the middle of the body,
    the rest of the article after it."""
    st = STYLES[v % len(STYLES)]
    heads = [s.more_topic[0], s.related[0], s.read_also[0].rstrip(":")][v % 3]
    teasers = "".join(
        f"<div class='{st['box']}'><a href='/m/{i}'><span class='kicker'>{_e(s.nav[i + 1])}</span>"
        f"<h4>{_e(t)}</h4></a><p>{_e(s.qa[i][1])}</p></div>"
        for i, t in enumerate(s.more_topic[1])
    )
    block = (
        f"<div class='embedded-teasers' data-component='Teasers'><h3>{_e(heads)}</h3>"
        f"{teasers}</div>"
    )
    parts = [_p(p) for p in s.paras]
    parts.insert(3 + v % 3, block)
    body = f"<div class='{st['body']}'>{''.join(parts)}</div>"
    return Case(
        "teasers inside body",
        f"{s.lang} v{v}",
        _page(s, _article(s, v, body), v),
        list(s.paras),
        [*(a for _, a in s.qa), *_furniture_lines(s)],
    )


def kind_mostly_linked(s: Story, v: int) -> Case:
    """Keywords linked, and one paragraph whose first three quarters are one link."""
    return kind_linked(s, v, mostly_linked=True)


NOTES = {
    "en": (
        "Correction: an earlier version of this article gave the wrong length for the barrier.",
        "Editor's note: this story was updated on Wednesday with the result of the vote.",
    ),
    "de": (
        "Korrektur: In einer früheren Version hieß es, die Strecke sei dreißig Kilometer lang.",
        "Hinweis der Redaktion: Der Artikel wurde am Mittwoch um das Abstimmungsergebnis ergänzt.",
    ),
    "fr": (
        "Rectificatif : une version précédente de cet article donnait un mauvais prix du moulin.",
        "Note de la rédaction : cet article a été mis à jour mercredi après la signature.",
    ),
    "es": (
        "Corrección: una versión anterior de esta noticia daba un nivel erróneo del embalse.",
        "Nota de la redacción: esta noticia se actualizó el miércoles con el resultado del pleno.",
    ),
    "it": (
        "Correzione: una versione precedente di questo articolo indicava un costo sbagliato.",
        "Nota della redazione: l'articolo è stato aggiornato mercoledì dopo l'inaugurazione.",
    ),
}


def kind_notes(s: Story, v: int) -> Case:
    """An editor's note above the body and a correction below it, in italics, in a note
    box or as a plain paragraph."""
    st = STYLES[v % len(STYLES)]
    correction, note = NOTES[s.lang]
    shape = [
        "<p><em>{}</em></p>",
        "<div class='article-note'><p>{}</p></div>",
        "<p class='correction'><i>{}</i></p>",
        "<aside class='editors-note'>{}</aside>",
    ][v % 4]
    body = (
        f"<div class='{st['body']}'>{shape.format(_e(note))}{''.join(_p(p) for p in s.paras)}"
        f"{shape.format(_e(correction))}</div>"
    )
    return Case(
        "editor's notes, corrections",
        f"{s.lang} v{v}",
        _page(s, _article(s, v, body), v),
        [*s.paras, correction, note],
        _furniture_lines(s),
    )


def _slug(text: str) -> str:
    return "-".join(w.lower().strip("?,.") for w in text.split())


def kind_anchored_heads(s: Story, v: int) -> Case:
    """Subheadings carrying in-page anchors (a table of contents above the body links to
    them: the table is furniture, the headings and sections text)."""
    st = STYLES[v % len(STYLES)]

    def head(h: str, n: int) -> str:
        slug = _slug(h)
        return [
            f"<h2 id='nav_{slug}'>{_e(h)}</h2>",
            f"<h2><span class='ez-toc-section' id='{slug}'></span>{_e(h)}</h2>",
            f"<h2 id='toc-{n}' class='toc-anchor'>{_e(h)}</h2>",
            f"<h3 id='kapitel-{n}' class='{st['head']} anchor-heading'>{_e(h)}</h3>",
            f"<h2 class='menu-target' id='section-{n}'>{_e(h)}</h2>",
        ][v % 5]

    toc = "".join(f"<li><a href='#{_slug(h)}'>{_e(h)}</a></li>" for h in s.heads)
    parts = [
        f"<nav class='toc'><ol>{toc}</ol></nav>"
        if v % 2
        else f"<div class='table-of-contents'><ul>{toc}</ul></div>"
    ]
    for i, para in enumerate(s.paras):
        if i in (2, 5, 7):
            n = (2, 5, 7).index(i)
            parts.append(head(s.heads[n], n))
        parts.append(_p(para))
    body = f"<div class='{st['body']}'>{''.join(parts)}</div>"
    return Case(
        "anchored subheadings",
        f"{s.lang} v{v}",
        _page(s, _article(s, v, body), v),
        [*s.paras, *s.heads],
        _furniture_lines(s),
    )


def kind_opening_outside(s: Story, v: int) -> Case:
    """The body's first paragraph printed apart, before the body's container (a drop cap's
    block, an "intro paragraph" component), a picture between."""
    st = STYLES[v % len(STYLES)]
    first = [
        f"<p class='article__intro-paragraph'>{_e(s.paras[0])}</p>",
        f"<div class='dropcap-paragraph'><p>{_e(s.paras[0])}</p></div>",
        f"<div class='{st['para']}' data-component='FirstParagraph'>{_e(s.paras[0])}</div>",
    ][v % 3]
    img = (
        "<figure class='lead-image'><img src='/l.jpg' alt=''><figcaption>"
        f"{_e(s.caption)}</figcaption></figure>"
    )
    rest = f"<div class='{st['body']}'>{''.join(_p(p) for p in s.paras[1:])}</div>"
    body = first + (img if v % 2 else "") + rest
    return Case(
        "opening outside the body",
        f"{s.lang} v{v}",
        _page(s, _article(s, v, body, lead=""), v),
        list(s.paras),
        _furniture_lines(s),
    )


def kind_shell(s: Story, v: int) -> Case:
    """A client-rendered shell: the headline and a skeleton shown, the article only in the
    state the page hydrates from (Next.js blocks, Portable Text, a global's HTML string) or
    in JSON-LD."""
    blocks: object
    if v % 4 == 0:
        blocks = [
            {"_type": "block", "style": "normal", "children": [{"_type": "span", "text": p}]}
            for p in s.paras
        ]
        script = json.dumps({"props": {"pageProps": {"post": {"title": s.title, "body": blocks}}}})
        script = f"<script id='__NEXT_DATA__' type='application/json'>{script}</script>"
        head = ""
    elif v % 4 == 1:
        html = "".join(f"<p>{_e(p)}</p>" for p in s.paras)
        state = {"article": {"headline": s.title, "content": {"html": html}}}
        script = f"<script>window.__INITIAL_STATE__ = {json.dumps(state)};</script>"
        head = ""
    elif v % 4 == 2:
        script = ""
        head = _ld(s, "\n".join(s.paras))
    else:
        items = [{"type": "text", "value": p} for p in s.paras]
        state = {"data": {"story": {"title": s.title, "elements": items}}}
        script = f"<script type='application/json' id='app-state'>{json.dumps(state)}</script>"
        head = ""
    skeleton = "<div class='skeleton'><div class='line'></div><div class='line'></div></div>"
    page = _page(s, _article(s, v, skeleton, lead=""), v, head=head, after=script)
    return Case("shell, text in state", f"{s.lang} v{v}", page, list(s.paras), _furniture_lines(s))


def kind_locked_state(s: Story, v: int) -> Case:
    """A locked page (JSON-LD `isAccessibleForFree: false`, no `articleBody`) showing a
    teaser of three paragraphs, the whole article in __NEXT_DATA__."""
    st = STYLES[v % len(STYLES)]
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": s.title,
        "isAccessibleForFree": "False" if v % 2 else False,
        "hasPart": {
            "@type": "WebPageElement",
            "isAccessibleForFree": False,
            "cssSelector": ".paid",
        },
    }
    head = f"<script type='application/ld+json'>{json.dumps(ld)}</script>"
    if v % 2:
        body_value: object = [{"type": "paragraph", "text": p} for p in s.paras]
    else:
        body_value = "".join(f"<p>{_e(p)}</p>" for p in s.paras)
    data = {"props": {"pageProps": {"article": {"headline": s.title, "body": body_value}}}}
    script = (
        "<script id='__NEXT_DATA__' type='application/json'>"
        f"{json.dumps(data, ensure_ascii=False)}</script>"
    )
    shown = "".join(_p(p) for p in s.paras[:3])
    wall = f"<div class='{st['box']} paid-offer'><p>{_e(s.paywall)}</p></div>"
    body = f"<div class='{st['body']}'>{shown}</div>{wall}"
    return Case(
        "locked, rest in __NEXT_DATA__",
        f"{s.lang} v{v}",
        _page(s, _article(s, v, body), v, head=head, after=script),
        list(s.paras),
        [s.paywall, *_furniture_lines(s)],
    )


KINDS: dict[str, Callable[[Story, int], Case]] = {
    "split body": kind_split_body,
    "sections": kind_sections,
    "lists in body": kind_lists,
    "subheadings": kind_subheads,
    "standfirst after byline": kind_standfirst,
    "deck under headline": kind_deck,
    "captions": kind_captions,
    "interview": kind_interview,
    "live blog": kind_liveblog,
    "paywall, JSON-LD body": kind_paywall_ld,
    "paywall, __NEXT_DATA__ body": kind_paywall_next,
    "read-also boxes": kind_german_boxes,
    "info box, conclusion": kind_infobox_conclusion,
    "table in body": kind_table,
    "linked words": kind_linked,
    "a sentence mostly one link": kind_mostly_linked,
    "body in fragments": kind_fragments,
    "folded rest": kind_collapsed,
    "paywall, long teaser": kind_paywall_long,
    "no <p> tags": kind_breaks,
    "short paragraphs": kind_short_paras,
    "subheadings with furniture words": kind_tricky_heads,
    "body marked paid": kind_paid_body,
    "standfirst classes": kind_lead_classes,
    "live blog, reporters": kind_live_authors,
    "quotations": kind_quotes,
    "two columns": kind_pro_contra,
    "bold lead-ins": kind_tabloid,
    "short article, heavy chrome": kind_short_heavy,
    "teasers inside body": kind_teaser_block_inside,
    "editor's notes, corrections": kind_notes,
    "anchored subheadings": kind_anchored_heads,
    "opening outside the body": kind_opening_outside,
    "shell, text in state": kind_shell,
    "locked, rest in __NEXT_DATA__": kind_locked_state,
}
VARIANTS = 6  # per kind; each variant is one story (round robin) and one markup shape


def cases(kinds: list[str] | None = None) -> list[Case]:
    out = []
    for name, build in KINDS.items():
        if kinds and name not in kinds:
            continue
        for v in range(VARIANTS):
            out.append(build(STORIES[v % len(STORIES)], v))
    return out


def _norm(text: str) -> str:
    return " ".join(text.split())


def stored_text(html: str) -> str:
    raw = RawPage(
        url="https://news.example/2024/05/12/story-1029",
        body=html.encode(),
        headers={"Content-Type": "text/html; charset=utf-8"},
        block_checked=True,
        fetched_at=NOW,
    )
    try:
        return article_from_page(raw).text
    except Rejected:
        return ""


@dataclass
class Result:
    case: Case
    missed: list[str]
    kept: list[str]

    @property
    def passed(self) -> bool:
        return not self.missed and not self.kept


def run_case(case: Case) -> Result:
    text = _norm(stored_text(case.html))
    missed = [m for m in case.must if _norm(m) not in text]
    kept = [m for m in case.must_not if _norm(m) in text]
    return Result(case, missed, kept)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="print every miss")
    parser.add_argument("--kind", action="append", help="only this kind (repeatable)")
    args = parser.parse_args()
    results = [run_case(c) for c in cases(args.kind)]
    by_kind: dict[str, list[Result]] = {}
    for r in results:
        by_kind.setdefault(r.case.kind, []).append(r)
    print(f"{'kind':34} {'recall':>7} {'kept':>6} {'passed':>8}")
    tot_must = tot_miss = tot_not = tot_kept = 0
    for kind, rs in by_kind.items():
        must = sum(len(r.case.must) for r in rs)
        miss = sum(len(r.missed) for r in rs)
        nots = sum(len(r.case.must_not) for r in rs)
        kept = sum(len(r.kept) for r in rs)
        ok = sum(r.passed for r in rs)
        print(f"{kind:34} {1 - miss / must:7.3f} {kept / max(nots, 1):6.3f} {ok:4} of {len(rs)}")
        tot_must, tot_miss, tot_not, tot_kept = (
            tot_must + must,
            tot_miss + miss,
            tot_not + nots,
            tot_kept + kept,
        )
        if args.verbose:
            for r in rs:
                for m in r.missed:
                    print(f"    {r.case.label} missed: {m[:70]}")
                for m in r.kept:
                    print(f"    {r.case.label} kept: {m[:70]}")
    passed = sum(r.passed for r in results)
    print(
        f"{'all':34} {1 - tot_miss / tot_must:7.3f} {tot_kept / max(tot_not, 1):6.3f} "
        f"{passed:4} of {len(results)}"
    )


if __name__ == "__main__":
    main()
