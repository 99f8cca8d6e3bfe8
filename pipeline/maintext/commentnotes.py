"""The site's notes on its readers' comments, a line of their own under the article: the site
disowning them, or leaving them to their authors, and keeping the right to delete them
(`pipeline.maintext.sitenotes.is_site_note` asks `is_comment_note`, behind its marks). A
sentence reporting someone's comments ("The minister said he is not responsible for the
comments of his adviser", "Bakan yorumlarından sorumlu olduğunu söyledi") names neither the
site nor its readers' section so. Written from knowledge of the languages, patterned after no
site."""

from __future__ import annotations

import re

# The site disowning its readers' comments: "Редакция не несет ответственности за комментарии
# читателей", "Redakcja nie ponosi odpowiedzialności za treść komentarzy", "The site is not
# responsible for readers' comments" (the site named: a company's answer about comments is text),
# or leaving them to their authors: "Os comentários são de responsabilidade exclusiva de seus
# autores", "Los comentarios son responsabilidad de sus autores", "I commenti sono di
# responsabilità dei rispettivi autori", "Yorumlar kullanıcıların sorumluluğundadır", "Komentar
# sepenuhnya menjadi tanggung jawab pengirim", "Für den Inhalt der Kommentare sind die Verfasser
# verantwortlich", "Reacties zijn voor rekening van de schrijvers", "Komentarze są prywatnymi
# opiniami użytkowników portalu".
_READERS = (
    r"(?:seus |sus |dos |de los |de sus |dei |degli |rispettivi |respectivos |respetivos )*"
    r"(?:autor|autores|autori|leitores|lectores|lettori|usuários|usuarios|utenti|internautas|"
    r"participantes)\b"
)
_COMMENTS_DISOWNED = re.compile(
    r"(?:редакци|администраци|сайт|портал)\w*\b.{0,30}\bне нес[её]т\b.{0,30}ответственност\w* "
    r"за .{0,40}коммент|"
    r"(?:редакці|адміністраці|сайт|портал)\w*\b.{0,30}\bне несе\b.{0,30}відповідальн\w* за "
    r".{0,40}комент|"
    r"\b(?:redakcja|administrator|serwis|portal)\w*\b.{0,30}\bnie (?:ponosi\b.{0,30}"
    r"odpowiedzialności|odpowiada) za .{0,40}komentarz|"
    r"^komentarze\b.{0,30}\b(?:są|stanowią) (?:\w+ )?opini\w* (?:ich )?(?:autorów|użytkowników|"
    r"internautów|czytelników)\b|"
    r"\b(?:editors?|site|website|publisher)\b.{0,30}\b(?:is|are) not responsible for .{0,40}"
    r"\bcomments\b|"
    r"\b(?:redacción|sitio|portal|diario|medio|redação|site|jornal)\b.{0,30}\b(?:no|não) se "
    r"(?:hace responsable|responsabiliza)\w*\b.{0,40}\bcoment[aá]rios?|"
    r"\bcoment[aá]rios\b.{0,30}\b(?:são|son|é|es) (?:de )?(?:la )?(?:inteira |entera |total |"
    r"única |exclusiva |plena )?responsabilidad(?:e|)\b.{0,30}\b" + _READERS + "|"
    r"\b(?:redazione|sito|testata)\b.{0,30}\bnon (?:è|si ritiene) responsabil\w* .{0,40}"
    r"\bcommenti\b|"
    r"\b(?:redazione|sito|testata)\b.{0,30}\bnon risponde\b.{0,30}\bcommenti\b|"
    r"\bcommenti\b.{0,30}\bsono (?:di )?(?:esclusiva |piena |totale )?responsabilità\b.{0,30}\b"
    + _READERS
    + "|"
    r"\byorumlar\w*\b.{0,40}\b(?:sorumluluğundadır|sorumludur)\b|"
    r"\bkomentar\b.{0,40}\b(?:menjadi )?tanggung ?jawab\b.{0,20}\b(?:pengirim|penulis|pembaca|"
    r"pengguna|komentator)\b|"
    r"\b(?:redaksi|situs|portal)\b.{0,30}\btidak bertanggung ?jawab\b.{0,30}\bkomentar\b|"
    r"\bfür (?:den inhalt )?(?:der |die )?(?:leser)?kommentare\b.{0,40}\b(?:sind|ist) "
    r"(?:allein |ausschließlich )?(?:die |der )?(?:verfasser|autoren|nutzer|user)\w* "
    r"(?:selbst |allein )?verantwortlich|"
    r"^(?:die )?(?:leser)?kommentare\b.{0,30}\bgeben nicht (?:unbedingt |zwingend |"
    r"notwendigerweise )?die meinung der redaktion wieder|"
    r"^reacties\b.{0,30}\b(?:zijn|blijven) (?:geheel )?voor rekening van\b|"
    r"\b(?:redactie|website|site)\b.{0,30}\b(?:is|zijn) niet verantwoordelijk voor\b.{0,30}"
    r"\breacties\b|"
    r"(?:ιστοσελίδ|σύνταξ|διαχείρισ)\w*\b.{0,30}\bδεν (?:φέρει|φέρουν|ευθύνεται)\b.{0,40}σχόλι",
    re.I,
)
_DISOWN_WORDS = (
    *("ответствен", "відповідальн", "odpowiedzial", "responsab", "responsib", "ευθύν"),
    *("nie odpowiada", "opini", "risponde", "sorumlu", "tanggung", "verantwort", "meinung der"),
    *(
        "voor rekening",
        "verantwoord",
    ),
)
# ... or keeping the right to delete them, the line opening on the site or its staff: "Администрация
# сайта оставляет за собой право удалять сообщения ...", "The site reserves the right to remove
# comments" ("The publisher reserves the right to remove the book" stays).
_COMMENTS_MODERATED = re.compile(
    r"^(?:администраци|редакци|модератор|сайт|портал)\w*\b.{0,20}\bоставля\w* за собой право "
    r"(?:удал|редакт|модер)\w*\b.{0,30}(?:коммент|сообщени|запис)|"
    r"^(?:адміністраці|редакці|модератор|сайт|портал)\w*\b.{0,20}\bзалиша\w* за собою право "
    r"(?:видал|редаг|модер)\w*\b.{0,30}(?:комент|повідомлен|запис)|"
    r"^(?:redakcja|administrator|administracja|moderator|serwis|portal)\w*\b.{0,20}\bzastrzega"
    r"(?:ją)? sobie prawo do (?:usuwania|usunięcia|moderowania|edycji)\b.{0,30}(?:komentarz|wpis)|"
    r"^(?:the )?(?:editors?|site|website|publisher|moderators?)\b.{0,20}\breserves? the right to "
    r"(?:delete|remove|edit|moderate)\b.{0,30}\b(?:comments|posts|messages)\b|"
    r"^(?:η )?(?:ιστοσελίδ|σύνταξ|διαχείρισ)\w*.{0,20}\bδιατηρ\w* το δικαίωμα .{0,30}σχόλι",
    re.I,
)
_MODERATION_WORDS = ("за собой право", "за собою право", "zastrzega", "the right to", "δικαίωμα")
# A line reporting someone's words is the story's ("..., dedi", "..., said the minister").
_REPORTED = re.compile(
    r"\b(?:said|says|told|dedi|söyledi|açıkladı|disse|afirmou|dijo|afirmó|ha detto|"
    r"sagte|erklärte|powiedział|powiedziała|kata|ujar|zei)\b",
    re.I,
)


def is_comment_note(text: str, lowered: str) -> bool:
    """`text` (`lowered`: its lowered form) disowns the readers' comments or keeps the right to
    delete them, and reports no one's words."""
    found = (
        _holds_any(lowered, _DISOWN_WORDS) and _COMMENTS_DISOWNED.search(text) is not None
    ) or (_holds_any(lowered, _MODERATION_WORDS) and _COMMENTS_MODERATED.search(text) is not None)
    return found and _REPORTED.search(text) is None


def _holds_any(lowered: str, words: tuple[str, ...]) -> bool:
    """One of `words` is in `lowered`."""
    for word in words:  # (a loop: any() over a generator costs more)
        if word in lowered:
            return True
    return False
