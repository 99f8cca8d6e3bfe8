"""A French paywall's or subscription offer's own lines, each a line of its own under a
teaser, searched by `appeals.is_appeal` with its other patterns (`linekinds.BOILERPLATE_LINE`
takes « Abonnez-vous » and « Déjà abonné » alone). Written from knowledge of the French
press, patterned after no site."""

from __future__ import annotations

import re

# The lines (`BOILERPLATE_LINE` takes « Abonnez-vous » and « Déjà abonné » alone): the prompt
# opening or closing on the verb (« Abonnez-vous à partir de 1 € par mois », « Vous souhaitez
# lire la suite ? Abonnez-vous », « Soutenez une rédaction indépendante : abonnez-vous. »),
# the log-in for subscribers (« Déjà abonné ? Se connecter », « Vous êtes déjà abonné ?
# Connectez-vous »), the reader told what the page is (« Vous lisez un article réservé aux
# abonnés. », « Cet article vous est offert par un abonné. », « Cet article est en accès
# libre. »), the offer's price and terms (« 1 € le premier mois, sans engagement »), a
# newsletter's pitch naming no newsletter (« Recevez chaque matin l'essentiel de
# l'actualité », « « La Matinale » Chaque matin, l'essentiel de l'actualité »). A sentence of
# an article about subscribers or an offer opens on none of these and goes on past them (« Le
# forfait à 9,99 € par mois est sans engagement. »).
FR_OFFER = re.compile(
    r"^abonnez-vous\b.{0,100}$|\babonnez-vous\s*[.!]?$|"
    r"^(?:vous êtes )?déjà abonnée?s?\s*\?|"
    r"^vous (?:souhaitez|voulez) lire la suite\s*\?|"
    r"^vous lisez (?:un|cet) article (?:réservé aux abonnés|en accès libre|offert)\b|"
    r"^(?:cet article|ce contenu) (?:vous )?(?:est|a été) offert\b|"
    r"^(?:cet article|ce contenu) est en (?:accès libre|libre accès)\W*$|"
    r"^(?:offre\b[^.!?:]{0,30}:\s*)?\d+(?:[,.]\d+)?\s?€ (?:le premier mois|par mois|/mois)"
    r"[^.!?]{0,30}\bsans engagement\W*$|"
    r"^(?:«[^»]{1,40}»\s*)?(?:recevez|retrouvez|chaque|tous les)\b.{0,60}"
    r"\bl['’]essentiel de l['’]actualité\W*$",
    re.I,
)
# (each of them holds one of `linekinds._MARK_LETTERS`)
FR_OFFER_WORDS = (
    *("abonnez", "déjà abonn", "lire la suite", "vous lisez", "offert", "accès libre"),
    *("libre accès", "sans engagement", "essentiel de l"),
)
