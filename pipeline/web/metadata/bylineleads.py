"""The leads a byline's name follows that are phrases, not one word (data, no logic): "written
by" in the languages ("Escrito por", "Geschrieben von", "Napsal"), a piece's kind and "by" ("Ein
Kommentar von", "Une chronique de"), an interview's "Propos recueillis par", and the leads of
several words opening with a byline word ("Von unserem Korrespondenten", "Autor tekstu"), which
`vocabulary` reads before that word. Moved out of `vocabulary` (at its 400 lines) by session 30.
"""

from __future__ import annotations

# The labels of a publication's or an update's time opening the header's row before its
# byline ("Publié le 8 mai - Par X", `vocabulary._BYLINE_LINE`) or set among its items
# ("Le Monde | 04.05.2015 à 13h36 • Mis à jour le ...", `maintext.daterows`).
ROW_DATE_LABELS = "Publié|Mis à jour|Modifié|Published|Updated|Posted"

# "Written by" in other languages, and the writer-and-photographer openers: "Escrito por",
# "Scritto da", "Écrit par", "Geschrieben von", "Ein Beitrag von", "Publicado por", "Írta:",
# "Ditulis oleh", "Γράφει ο", "Texte et photos :", "Story and photos by".
_WRITTEN_BY = (
    r"(?:escrito|escrita|publicado) por|scritto da|(?:é|e)crit par|geschrieben von|"
    # "Ein Beitrag von", "Gastbeitrag von", "Blog Beitrag von", "Blogbeitrag von" (a post by)
    r"(?:ein |gast|blog ?|blog-)?beitrag von|"
    r"un article de|reportagem de|ditulis oleh|viết bởi|skrevet a[fv]|"
    r"skrivet av|kirjoittanut|scris de|napisa[lł][aiy]?|написал[аи]?|írta|yazan|"
    # "Written by" in Spanish, German, Dutch, Swedish, Polish, Czech, and Italian "an
    # article by": "Redactado por", "Verfasst von", "Geschreven door", "Skriven av",
    # "Napisane przez", "Napsal(a)", "Articolo di"
    r"redactad[oa] por|verfasst von|geschreven door|skriven av|"
    r"napisan[eya] przez|napsal[aoi]?|articolo di|"
    r"napísal[ai]?|"  # (Slovak; "wrote" of several too: "Napisali A i B", "Napsali A a B")
    # Indonesian "report by the outlet's reporter, Name": "Laporan Wartawan Tribunnews.com, X"
    r"laporan (?:wartawan|reporter|jurnalis|koresponden)[^,\n]{0,40},|"
    r"γράφει(?:\s+(?:ο|η))?|γράφουν(?:\s+οι)?|(?:story|text|words) and photos by|testo di|"
    r"(?:texte et photos?|text und fotos?|texto y fotos?|texto e fotos?|testo e foto)|"
    # French participles before "par": an interview's "Propos recueillis par", "Recueilli
    # par", "Entretien réalisé par", "Interview réalisée par", and "Rédigé par", "Publié par"
    # (not "Proposé par": a sponsor's label)
    r"(?:propos )?recueillie?s? par|(?:entretien|interview) réalisée? par|interview par|"
    r"(?:article )?(?:rédigée?|publiée?) par|"
    # a piece's kind and "by": "Ein Kommentar von", "Ein Artikel von", "Eine Analyse von",
    # "Une chronique de", "La chronique de", "L'éditorial de", "Una columna de", "Un análisis
    # de", "Un commento di", "Een column van"
    r"eine? (?:kommentar|gastbeitrag|gastkommentar|analyse|essay|kolumne|glosse|bericht|"
    r"reportage|interview|artikel) von|une? (?:chronique|tribune|analyse|éditorial|billet|"
    r"reportage|enquête) de|(?:la |l['’])?(?:chronique|éditorial|édito) de|"
    r"una? (?:columna|crónica|análisis|opinión|tribuna|artículo|reportaje) de|"
    r"uma? (?:coluna|crônica|análise|opinião|artigo|reportagem) de|"
    r"un (?:commento|editoriale|articolo|reportage) di|una (?:analisi|rubrica) di|"
    r"een (?:column|analyse|commentaar|essay|opinie|reportage|interview) (?:van|door)|"
    # Danish, Norwegian, Swedish: "En analyse af", "En kommentar av", "En analys av"
    r"en (?:analyse|analys|kommentar|kronikk|krønike|klumme|kolumne|kolumn|reportage) a[fv]|"
    # Reuters' closing credit: "Reporting by Jane Doe; Editing by John Roe"
    r"reporting by"
)
# Leads of several words opening with a byline word, read before it ("Von", "Door", "Autor"
# alone would leave the rest as a name): a paper's own reporter, "Von unserem Korrespondenten
# X", "Von unserer Redakteurin X", "Door onze correspondent X", "Dal nostro inviato X",
# "Dalla nostra corrispondente X"; Polish "the text's author", Russian "the piece's author".
_LONG_LEADS = (
    r"von unsere[mr] (?:korrespondent(?:en|in)|redakteur(?:in)?|mitarbeiter(?:in)?|"
    r"reporter(?:in)?)|door onze (?:redacteur|redactrice|correspondent[e]?|verslaggever|"
    r"verslaggeefster)|dal(?:la)? nostr[oa] (?:inviat[oa]|corrispondente)|"
    r"autor tekstu|автор материала"
)
