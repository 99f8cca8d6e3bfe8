"""The heading of a box of more stories closing the text, its links dropped: "Weitere aktuelle
Themen aus der Arbeitswelt", "Entdecke weitere Homestorys", "Mehr zu Klima und Konsum", "More
from our science desk", « D'autres recettes de saison », "Más sobre el clima", "Altri
articoli di viaggio", "Meer over duurzaam wonen". Set as a styled paragraph rather than a
heading (which `paragraphs` drops when it heads nothing), it stays as the text's last line, or
over the line or two of the box that were kept (its pitch, "Klicke dich durch ..."). A heading
naming the box's kind only ("Mehr zum Thema") is `labels`'; these name the box by what it offers
more of, so they are read at the text's end only, where an article's own subheading would
head a section; and not one of a run of lines opening so (a list's items, "More on X").
"""

from __future__ import annotations

import re

# "more (of a kind)" opening the line, by language: de, en, fr, es, it, nl, pt. A kind is a
# plural noun of what a site offers more of, a compound ending on it in German ("Tourentipps").
_KINDS = {
    "de": r"\w*(?:themen|artikel|beiträge|nachrichten|news|geschichten|storys|stories|tipps|"
    r"rezepte|videos|bilder|ideen|ratgeber|infos|informationen)",
    "en": r"(?:stories|articles|news|posts|tips|recipes|videos|guides|ideas|reads)",
    "fr": r"(?:articles|actualités|actus|infos|recettes|vidéos|conseils|idées|reportages)",
    "es": r"(?:artículos|noticias|historias|recetas|vídeos|videos|consejos|ideas)",
    "it": r"(?:articoli|notizie|news|storie|ricette|video|consigli|idee)",
    "nl": r"(?:artikelen|nieuws|verhalen|tips|recepten|video's|ideeën)",
    "pt": r"(?:artigos|notícias|histórias|receitas|vídeos|dicas|ideias)",
}
_SOME = r"(?:[\w'’-]+ ){0,2}"  # up to two words between: "weitere aktuelle Themen"
_LEADS = "|".join(
    (
        rf"weitere {_SOME}{_KINDS['de']}|mehr (?:zu[mr]?|über) \w|noch mehr {_SOME}{_KINDS['de']}|"
        r"entdecke(?:n sie)? (?:noch )?(?:mehr|weitere)\b",
        rf"more (?:on|from|about) \w|(?:discover|explore) more\b|more {_SOME}{_KINDS['en']}|"
        rf"other {_SOME}{_KINDS['en']}",
        rf"d['’]autres {_SOME}{_KINDS['fr']}|plus d['’]{_KINDS['fr']}|"
        rf"(?:découvrez|découvrir) (?:aussi |encore )?(?:plus|d['’]autres|nos autres)\b",
        rf"más sobre \w|descubre (?:más|otr[oa]s)\b|otr[oa]s {_SOME}{_KINDS['es']}|"
        rf"más {_KINDS['es']}",
        rf"altr[ei] {_SOME}{_KINDS['it']}|scopri (?:di più|altr[ei])\b|di più su \w",
        rf"meer (?:over|van) \w|ontdek (?:meer|andere)\b|meer {_SOME}{_KINDS['nl']}|"
        rf"andere {_SOME}{_KINDS['nl']}",
        rf"mais sobre \w|outr[oa]s {_SOME}{_KINDS['pt']}|descubra mais\b",
    )
)
_LEAD = re.compile(rf"^(?:{_LEADS})", re.I)
_MAX_HEADING = 60  # chars
_TAIL = 3  # the heading stands among the text's last lines ...
_MAX_AFTER = 200  # ... and what follows it is short: the box's pitch, not a section
_MIN_TEXT_ABOVE = 2  # lines above it: it closes an article
_SENTENCE_END = (".", "!", "?", ":", ";", "…", "。")


def related_tail_start(lines: list[str], start: int, end: int) -> int:
    """Where a more-stories box's heading closing `lines[start:end]` stands, or `end`."""
    for i in range(max(start + _MIN_TEXT_ABOVE, end - _TAIL), end):
        line = lines[i]
        if len(line) > _MAX_HEADING or line.endswith(_SENTENCE_END) or not _LEAD.match(line):
            continue
        if any(_LEAD.match(near) for near in lines[i - 1 : i + 2 : 2]):
            continue  # one of a list's items ("More on X" / "More on Y"), not its heading
        if all(len(after) <= _MAX_AFTER for after in lines[i + 1 : end]):
            return i
    return end
