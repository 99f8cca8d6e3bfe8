"""The newsroom's notes printed as a line of the article, in English and the main European
languages: the editorial disclaimer disowning an author's views ("The views expressed in this
article are the author's own and are not endorsed by X", « Les opinions exprimées dans
cette tribune n'engagent que leur auteur », "Las opiniones expresadas en este artículo son
responsabilidad exclusiva de su autor") and the invitation to report an error in the story
("Spotted an error? Write to corrections@...", "¿Has visto algún error? Escríbenos a ...",
"If you spot a mistake, please email ...").

A disclaimer opens its line with the views, opinions or statements "expressed" (in the
article, by its author), and says whose they are or whose they are not, a short paragraph
reporting no one's words; a story's sentence about someone's views ("The views expressed by
the minister are not shared by the opposition") names neither its text nor its author as
their holder. An error report asks the reader about an error in a short question (or on a
condition, "if you spot ...") and tells where to write. Patterned after no site.
"""

from __future__ import annotations

import re

# (a sentence reporting someone's words is the story's: "..., the company said")
_UNREPORTED = r"(?![^.!?]*\b(?:said|says|told|argued|according|added|claimed|insisted|wrote)\b)"
# The disclaimer's subject opening the line, after a label ("Disclaimer:", "Note:",
# "Haftungsausschluss:", "Aviso:") at most: the views or opinions expressed, in each language.
_SUBJECT = (
    r"(?:the )?(?:views?|opinions?|statements?|views and opinions|opinions and views)"
    r"(?: and (?:opinions|views|statements))? (?:expressed|presented|stated|shared|given)|"
    r"(?:les |la |l['’])?(?:opinions?|propos|points de vue) (?:exprimée?s?|tenus|émis)|"
    r"(?:die |der )?(?:hier |in diese[mnr] \w+ )?(?:geäußerten?|vertretenen?|wiedergegebenen?)"
    r" (?:meinungen?|ansichten?|standpunkte?)|"
    r"(?:las |los )?(?:opiniones?|puntos de vista) (?:expresad[oa]s?|vertid[oa]s?|emitid[oa]s?)|"
    r"(?:le |l['’])?(?:opinioni|opinione|idee|punti di vista) (?:espress[aei]|riportat[aei])|"
    r"(?:as |os )?(?:opiniões|opinião|pontos de vista) (?:express[ao]s?|emitid[oa]s?)|"
    r"(?:de )?(?:hier |in dit \w+ )?(?:geuite|weergegeven|verwoorde) (?:meningen?|standpunten?)|"
    r"opinie (?:wyrażone|zawarte|prezentowane)|poglądy (?:wyrażone|zawarte|prezentowane)"
)
_LABEL = (
    r"(?:disclaimer|note|editor['’]s note|avertissement|avis|haftungsausschluss|hinweis|"
    r"aviso|nota|avviso|aviso legal|zastrzeżenie|disclaimer)\s*[:：-]\s*"
)
# What the disclaimer says of them: whose they are ("are those of the author", "are the
# writer's own", "are their own"), or whose they are not ("do not necessarily reflect",
# "are not endorsed by"), in each language.
_PREDICATE = (
    r"\b(?:are|is) (?:solely |entirely |strictly )?(?:those|that) of (?:the |its |their |our )?"
    r"(?:authors?|writers?|contributors?|columnists?|bloggers?|individual)|"
    r"\b(?:are|is) (?:solely |entirely |strictly )?(?:the )?(?:authors?['’]s?|writers?['’]s?|"
    r"his|her|their|its author['’]s) own\b|"
    r"\b(?:do|does|may) not (?:necessarily )?(?:reflect|represent|constitute)\b|"
    r"\b(?:are|is) not (?:necessarily )?(?:endorsed|shared|those of)\b|"
    r"\bn['’]engagen?t? |\bne (?:reflètent|reflète|représentent|représente|sont pas)\b|"
    r"\bsont (?:celles|ceux|uniquement celles) de (?:l['’]auteur|leurs? auteurs?)|"
    r"\bgeben nicht\b|\bsind (?:die|allein die|ausschließlich die) (?:des|der) (?:autors?|autorin)|"
    r"\bspiegeln nicht\b|\bentsprechen nicht\b|"
    r"\bson (?:de )?(?:(?:exclusiva|única) )?responsabilidad\b|\bno (?:reflejan|refleja|"
    r"representan|representa|comprometen)\b|\bson (?:las )?(?:del|de su) autor|"
    r"\bsono (?:quelle |quella )?(?:dell['’]autore|degli autori|personali)|\bnon (?:riflettono|"
    r"rappresentano|impegnano|coincidono)\b|"
    r"\bsão de (?:inteira |exclusiva |total )?responsabilidade\b|\bnão (?:refletem|reflete|"
    r"representam|representa)\b|"
    r"\bzijn (?:die|uitsluitend die|voor rekening) van de (?:auteur|schrijver)|"
    r"\b(?:komen|stemmen) niet (?:noodzakelijk(?:erwijs)? )?overeen\b|\bweerspiegelen niet\b|"
    r"\bsą (?:opiniami|poglądami|wyłącznie opiniami) autor|\bnie (?:są|musz\w+|odzwierciedla\w*|"
    r"wyraża\w*)\b"
)
_DISCLAIMER = re.compile(
    rf"^\W{{0,3}}(?:{_LABEL})?{_UNREPORTED}(?:{_SUBJECT})\b.{{0,160}}?(?:{_PREDICATE})",
    re.I,
)
# Whose text it is, named on the line: the article, its author, the site or its newsroom (a
# story's sentence about the views of voters names none).
_HOLDER = re.compile(
    r"\b(?:this (?:article|column|piece|post|blog|commentary|op-?ed|content|story|text)|"
    r"authors?|writers?|contributors?|columnists?|bloggers?|editors?|editorial|newsroom|"
    r"site|website|publication|newspaper|"
    r"auteurs?|autrices?|rédaction|tribune|article|autor\w*|redaktion|beitrag\w*|artikel\w*|"
    r"redacción|artículo|columna|periódico|diario|autore|autori|redazione|articolo|giornale|"
    r"redação|artigo|coluna|jornal|redactie|schrijver|redakcj\w*|tekst\w*|artykuł\w*)\b",
    re.I,
)
# A stem of the subject's participle, in each language: the marks `appeals.is_appeal` looks
# for before reading a line further.
DISCLAIMER_MARKS = (
    *("express", "espress", "expresad", "exprim", "geäußert", "vertreten", "wiedergegeben"),
    *("vertid", "emitid", "geuit", "weergegeven", "verwoord", "wyrażon", "zawart"),
)
_MAX_DISCLAIMER = 1000  # characters: a paragraph of it, with the site's other terms
_SUBJECT_REACH = 90  # characters from the start that hold the subject
# The stems every subject holds, looked for first in the lowered line.
_SUBJECT_WORDS = (
    *("view", "opinion", "statement", "propos", "points de vue", "meinung", "ansicht"),
    *("standpunkt", "opinión", "opinione", "puntos de vista", "idee", "punti di vista"),
    *("opiniõ", "opinião", "pontos de vista", "mening", "standpunt", "opinie", "poglądy"),
)

# An invitation to report an error: the reader asked about it, in a short question or on a
# condition, then told where to write ("Write to ...", "Escríbenos a ...", "Schreiben Sie
# uns", an address).
_ERROR_CONDITION = re.compile(
    r"^\W{0,3}(?:"
    r"if you (?:(?:have )?(?:spot(?:ted)?|f(?:i|ou)nd|see|seen|notice[d]?)|"
    r"think you(?:['’]ve| have) (?:found|spotted)) (?:an?|any) (?:error|mistake|typo|inaccuracy)|"
    r"si vous (?:repérez|constatez|trouvez|voyez|remarquez|relevez|avez repéré|avez constaté)"
    r" une (?:erreur|coquille|faute)|"
    r"(?:wenn|falls) (?:sie|du) (?:einen|einem) fehler (?:finden|findest|entdecken|entdeckst|"
    r"bemerken|bemerkst|gefunden)|"
    r"si (?:ves|encuentras|detectas|usted (?:ve|encuentra|detecta)|has visto|has encontrado)"
    r" (?:algún|un) error|"
    r"se (?:trovi|noti|vedi|hai trovato|hai notato) (?:un|qualche) errore|"
    r"se (?:você )?(?:encontrar|vir|notar|encontrou|viu) (?:algum|um) erro|"
    r"jeśli (?:zauważysz|znajdziesz|zauważyłeś|zauważyłaś) błąd|"
    r"(?:als|mocht) (?:je|u) een fout (?:ziet|zien|ontdekt|ontdekken|tegenkomt|vindt)"
    r")\b",
    re.I,
)
# Where to write: an address, or the verb telling the reader to write, mail or report.
_REPORT_CALL = re.compile(
    r"@[\w-]+\.\w|\b(?:write|e-?mail|mail|contact|let us know|tell us|report|notify|"
    r"get in touch|escr[ií]b\w*|env[ií]a\w*|notif[ií]ca\w*|av[ií]sa\w*|cont[aá]cta\w*|"
    r"comun[ií]ca\w*|signal\w*|écri\w*|contact\w*|schreib\w*|meld\w*|kontakt\w*|"
    r"teil\w* (?:sie )?(?:uns|es uns)|scriv\w*|segnal\w*|avis\w*|escrev\w*|envie\w*|"
    r"napisz\w*|zgłoś|daj(?:cie)? (?:nam )?znać|laat (?:het )?(?:ons|de redactie) weten)\b",
    re.I,
)
MAX_REPORT_CALL = 160  # characters after the question: where to write, not a story
_MAX_ERROR_INVITE = 250


def is_editorial_disclaimer(text: str) -> bool:
    """A line (up to `_MAX_DISCLAIMER` characters) opening on the views expressed and saying
    whose they are or are not (module doc)."""
    if len(text) >= _MAX_DISCLAIMER:
        return False
    head = text[:_SUBJECT_REACH].lower()  # (the subject opens the line, after a label)
    for word in _SUBJECT_WORDS:  # (a loop: any() over a generator costs more)
        if word in head:
            return _DISCLAIMER.match(text) is not None and _HOLDER.search(text) is not None
    return False


def is_report_call(call: str) -> bool:
    """The words after an error report's question: where to write (`_REPORT_CALL`), short."""
    return len(call) <= MAX_REPORT_CALL and _REPORT_CALL.search(call) is not None


def is_error_invite(text: str) -> bool:
    """A line opening on the condition of an error found and telling where to write
    ("If you spot an error, please email ...")."""
    if len(text) > _MAX_ERROR_INVITE:
        return False
    found = _ERROR_CONDITION.match(text)
    return found is not None and _REPORT_CALL.search(text, found.end()) is not None
