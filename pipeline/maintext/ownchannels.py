"""The site's own channels pitched in a line of the article (its app, its newsletter, its
network channels, the rest of a story behind its subscription, an advertorial's label): the
branches `appeals.is_appeal` searches one by one, each with the words that choose it."""

from __future__ import annotations

import re

# The site's own channels pitched: its app ("download the X apps for iOS and Android", "Get
# the latest news straight to your phone with the X app", "Lade dir unsere App"), a
# newsletter it calls its own or asks to sign up for in German ("Schauen Sie mal in unseren
# Musiknewsletter!", "Melde dich hier für unseren Newsletter an!"), its channel on a network
# ("¡Mira lo que tiene nuestro canal de YouTube!", "Join our WhatsApp channel"), the reader
# told to follow it on networks it names ("Síguenos en Telegram, Instagram y Twitter para
# ..."), the rest of a story behind a subscription ("Subscribe now to our e-edition for the
# full story", "To view the full story, please subscribe", "If you're seeing this message but
# you're already a subscriber, log in"), and an advertorial's label ("*Werbung. Dieser Beitrag
# enthält Werbung für X", "ANZEIGE - Heute mal ausgehen?": the label in capitals or starred, as
# a subheading "Werbung – Sprache und Botschaft" is not). An article about an app, a
# channel or a newsletter names none as the site's and asks nothing.
# Each branch with words one of which every match of it holds, lowered (see
# `_APPEAL_SEARCHES`): searched one by one, a line's words choose the few it may match (the
# whole alternation on a line of prose holding "channel" or " app" cost 100 us).
# (the newsletter's mail in Cyrillic, Turkish and Arabic: `linekinds._MARK_LETTERS` reads
# "рассылк" and "البريدية" by с and ب)
MAIL_WORDS = ("рассылк", "розсилк", "e-posta", "bülten", "البريدية", "بريدك")
OWN_CHANNEL_BRANCHES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        r"\b(?:download|get|install)\b.{0,80}\bapps?\b.{0,30}\b(?:ios|android|iphone)\b",
        ("ios", "android", "iphone"),
    ),
    (r"\bstraight to your (?:phone|inbox)\b", ("straight to your",)),
    (r"\b(?:lade|hol) (?:dir|euch|sie sich) (?:jetzt )?(?:unsere|die) [\w-]*app\b", ("app",)),
    (
        r"\b(?:descarga|descargue|baixe|scarica) (?:ya |ahora |já |ora )?(?:nuestra|nossa|"
        r"la nostra) app\b",
        ("app",),
    ),
    (
        r"\b(?:unser(?:en|em|er)?|our|notre|nuestr[oa]|nostra|nossa|nasz\w*)\s+[\w-]*newsletter|"
        r"\b(?:melde dich|melden sie sich|abonniere|abonnieren sie|trag dich|tragen sie sich)\b"
        r".{0,60}newsletter",
        ("newsletter",),
    ),
    (
        r"\b(?:nuestro|tenemos|our|unser(?:en|em)?|notre|nostro|nosso)\s+(?:(?:canal|channel|kanal|"
        r"chaîne|canale) (?:de|on|auf|sur|su|no|en|bei) (?:telegram|whatsapp|youtube|tiktok)|"
        r"(?:telegram|whatsapp|youtube|tiktok)[\s-]?(?:canal|channel|kanal|chaîne|canale))\b",
        ("telegram", "whatsapp", "youtube", "tiktok"),
    ),
    (
        r"\b(?:s[ií]guenos|follow us|folgt uns|folge uns|suivez-nous|seguici|obserwuj nas)\b.{0,40}"
        r"\b(?:telegram|instagram|facebook|twitter|whatsapp|youtube|tiktok)\b",
        ("telegram", "instagram", "facebook", "twitter", "whatsapp", "youtube", "tiktok"),
    ),
    # the reader asked to join the site's channel named after the noun ("Rejoignez notre chaîne
    # WhatsApp", "Únete a nuestro canal Telegram": "découvrez nos vidéos sur notre chaîne
    # YouTube", a shop's line about its videos, asks no one to join)
    (
        r"\b(?:rejoignez|abonnez-vous à|únete a|suscríbete a|iscriviti al|join|subscribe to)\s+"
        r"(?:notre|nuestro|our|il nostro)\s+(?:chaîne|canal|canale|channel)\s+"
        r"(?:telegram|whatsapp|youtube|tiktok)\b",
        ("telegram", "whatsapp", "youtube", "tiktok"),
    ),
    # the site followed on a news aggregator ("Suivez toute l'actualité de votre région sur
    # Google Actualités", "Follow us on Google News"), its app to download in French or
    # English ("Téléchargez l'application X pour suivre l'info en temps réel", "Download our
    # app"), an error in the story to report ("Vous avez repéré une erreur ? Signalez-la")
    (
        r"\b(?:suivez|retrouvez|abonnez-vous|follow|find|add)\b.{0,60}\b(?:sur|on|to|à) google "
        r"(?:actualités|news)\b",
        ("google actualités", "google news"),
    ),
    (
        r"\btéléchargez (?:gratuitement )?(?:notre appli(?:cation)?\b|l['’]appli(?:cation)? "
        r"[^.!?]{0,40}?\bpour (?:suivre|ne rien manquer|recevoir|lire|retrouver)\b)|"
        r"\bdownload (?:our|the free) [\w-]* ?app\b",
        ("téléchargez", "download"),
    ),
    (
        r"\bvous avez (?:repéré|remarqué|constaté|relevé|trouvé) une (?:erreur|faute|coquille)\b|"
        r"\bspotted an? (?:error|mistake|typo)"
        r"(?: in (?:this|the|our) (?:article|story|text))?\s*\?",
        ("une erreur", "une faute", "une coquille", "spotted a"),
    ),
    (
        r"\bsubscri\w*\b.{0,60}\bfor the (?:full|whole|entire|complete) (?:story|article)\b|"
        r"\bto (?:view|read|see) the (?:full|whole|entire|rest of the) (?:story|article)\b.{0,40}"
        r"\bsubscri|\byou(?:'|’)re already a subscriber\b",
        ("subscri",),
    ),
    (
        r"^(?:\*\s*(?:werbung|anzeige)\b|(?-i:ANZEIGE|WERBUNG|ADVERTISEMENT|PUBLICIDAD)"
        r"\s*(?:\.|-|–|—|\|)\s*\w)",
        ("werbung", "anzeige", "advertisement", "publicidad"),
    ),
    (
        r"\b(?:dieser|der) (?:beitrag|artikel|post|text) enthält (?:unbezahlte |bezahlte )?"
        r"(?:werbung|anzeigen|affiliate)",
        ("enthält",),
    ),
    # the magazine's issue or subscription pitched ("Die aktuelle Ausgabe jetzt am Kiosk, im
    # Abo und als E-Paper"), its shop ("Besuchen Sie unseren Fan-Shop!"), its membership
    # ("Hazte miembro y disfruta de beneficios exclusivos", "Zapraszamy do subskrypcji"), a
    # plea to support it or to sign up ("would you consider supporting our work?", "... Sign
    # up here"), a letter to its editor asked for
    (
        r"\b(?:ausgabe|heft|magazin)\b.{0,100}\b(?:im abo|als abo|als e-?paper|am kiosk|"
        r"bahnhofskiosk|einzelheft)\b",
        ("abo", "paper", "kiosk", "einzelheft"),
    ),
    (
        r"\b(?:besuchen sie|besuche) (?:unseren|unser) [\w-]*shop\b|^\W{0,2}visit our [\w-]*\s?"
        r"shop\b",
        ("shop",),
    ),
    (
        r"\bhazte (?:miembro|socio|suscriptor|mecenas)\b|\bapóyanos\b|"
        r"\bzapraszamy\b.{0,20}\bdo (?:subskrypcji|prenumeraty)\b",
        ("hazte", "apóyanos", "zapraszamy"),
    ),
    (r"\bconsider (?:supporting|donating to|subscribing to) (?:us|our)\b", ("consider",)),
    (r"\b(?:sign up|subscribe|register) here\W*$", (" here",)),
    (r"\b(?:submit|send|write) (?:a|your) letter to the editor\b", ("letter to the editor",)),
    # a subscription's terms pitched, a sentence closing the line: "Cancel anytime",
    # "Cancela cuando quieras", "Jederzeit kündbar", "First-time subscribers also receive a
    # welcome gift"; a plea to keep the site going ("Help us continue to spread ...")
    (
        r"(?:^|[.!?]\s+)(?:cancel (?:at )?any ?time|cancela cuando quieras|cancele quando quiser|"
        r"jederzeit kündbar|résiliable à tout moment|annulla quando vuoi)\W*$",
        ("cancel", "kündbar", "résiliable", "annulla"),
    ),
    (r"\b(?:first-time|new) subscribers (?:also )?(?:receive|get)\b", ("subscribers",)),
    (r"^\W{0,2}help us (?:continue|keep) (?:to |doing |bringing |spreading |going)", ("help us",)),
    # the newsletter pitched by its mail: "Подпишитесь на нашу рассылку, чтобы получать главные
    # новости", "Підпишіться на розсилку", "Abone ol, günün haberleri e-posta kutuna gelsin",
    # "اشترك في نشرتنا البريدية لتصلك آخر الأخبار"; the verb an imperative or its infinitive
    # ("abone olan", who subscribed, reports)
    (
        r"\b(?:подпиш|подписыв|підпиш|підписуй)\w*\b.{0,80}(?:рассылк|розсилк)|"
        r"(?:рассылк|розсилк)\w*.{0,80}\b(?:подпиш|подписыв|підпиш|підписуй)|"
        r"\babone ol(?:un|mak|)\b.{0,80}(?:e-posta|e-bülten|bülten)|"
        r"(?:e-posta|e-bülten|bülten)\w*.{0,80}\babone ol(?:un|mak|)\b|"
        r"(?:اشترك|اشتركوا|سجل)\b.{0,80}(?:البريدية|بريدك)|"
        r"(?:البريدية|بريدك).{0,80}اشترك",
        MAIL_WORDS,
    ),
)
OWN_CHANNEL = re.compile("|".join(src for src, _ in OWN_CHANNEL_BRANCHES), re.I)
OWN_CHANNEL_WORDS = (  # (a channel by its network's name: "a funding channel" is prose)
    *(" app", "straight to your", "newsletter", "telegram", "youtube", "tiktok", "whatsapp"),
    *("whatſapp", "tıktok", "ti\u0307ktok"),  # (re reads "ſ" as "s", "ı" and "İ" as "i")
    *("guenos", "follow us", "folgt uns", "folge uns", "suivez", "seguici", "obserwuj"),
    *("full story", "whole story", "the entire", "complete story", "full article"),
    *("rest of the", "already a subscriber", "werbung", "anzeige", "advertisement"),
    *("publicidad", "pubblicità", "ausgabe", "heft", "magazin", "shop", "hazte", "apóyanos"),
    *("zapraszamy", "consider", " here", "letter to the editor"),
    *("cancel", "jederzeit", "résiliable", "annulla", "subscribers", "help us"),
    *("google actualités", "google news", "téléchargez", "download", "une erreur", "une faute"),
    *("une coquille", "spotted a", *MAIL_WORDS),
)
