"""The words of a byline, in the languages we read: the words that put a name after them
("By", "Par", "Von", "Autor:", "Του") and the particles a name may hold in lower case ("de la
Cruz", "van Gogh", "bin Salman"). One list for the metadata reader (`pipeline.web.metadata`,
where the markup says byline) and the text's furniture lines (`pipeline.maintext.labels`).
Written from knowledge of the languages, patterned after no site.
"""

from __future__ import annotations

import re

# Read wherever a byline may stand, a line of the article's text too ("Door Jan de Vries",
# "Oleh Siti Aminah", "Του Γιώργου Παπαδόπουλου"). Not Swahili "Na" ("and", also Polish and
# Czech "on": "Na Ukrainie" would read as a name). Italian "di" and Scandinavian "av"/"af"
# are also "of": a line they start is read only when the rest is name-shaped.
LINE_BYLINE_WORDS = (
    *("door", "av", "af", "von", "por", "di", "oleh", "autor", "autorka"),
    "kirjoittaja",  # Finnish "writer": "Kirjoittaja Matti Virtanen", no colon
    *("מאת", "بقلم", "โดย", "του", "της"),
    "oprac.",  # Polish "compiled by", abbreviated: no word of a sentence
    *('ע"י', "ע״י"),  # Hebrew "by" abbreviated (al yedei), with a quote or a gershayim
    # Thai "reported by", "written by", "news by", "compiled by" (one word: Thai writes none
    # apart)
    *("รายงานโดย", "เขียนโดย", "ข่าวโดย", "เรียบเรียงโดย"),
)
# Read only where the markup says byline, or before a colon: "By" and "Par" (a text line of
# them is `maintext.linekinds.BOILERPLATE_LINE`'s), "Przez" (also "through": "Przez Polskę"),
# "author" in Italian, French, Indonesian, Turkish, Russian, Hungarian, Finnish, Lithuanian,
# Vietnamese, Danish/Norwegian, Swedish, Slovene, Serbian; Arabic "wrote"; Finnish, Polish,
# Dutch, Norwegian, Russian "text"; Turkish and Persian "reporter", Persian, Hindi, Bengali and
# Thai "writer", Greek "editor", Norwegian and Tamil "written by", German "author" (feminine),
# Polish "compiled by" ("oprac."). Every word of both lists is also a label before
# a colon ("Tekst: X", `maintext.labels`).
MARKED_BYLINE_WORDS = (
    *("by", "par", "przez", "autore", "auteur", "penulis", "yazar", "автор", "كتب", "كتبت"),
    *("szerző", "szerzo", "teksti", "tekst", "autorius", "tác giả", "forfatter"),
    *("författare", "avtor", "avtorica", "muhabir", "نویسنده", "συντάκτης", "skrevet av"),
    *("аутор", "लेखक", "লেখক", "எழுதியவர்"),
    *("autorin", "خبرنگار", "ผู้เขียน"),
    # English "author" and Ukrainian "author" (feminine) without a colon in a byline's markup
    # ("<span class='byline'>Author Jane Doe</span>")
    *("author", "авторка"),
    "от",  # Bulgarian "by" ("from" in a sentence: "От понеделник ...")
    # the Greek plural article of a byline: "Των A και B" (of them; "τους", "τις" after
    # "από": by them, `vocabulary._GREEK_WITH`)
    "των",
)
BYLINE_WORDS = LINE_BYLINE_WORDS + MARKED_BYLINE_WORDS
# Words that name the writer only before a colon ("Text: Anna Berger, Fotos: ...", "Texte :
# ...", "Текст: ...", "Haber: ...", "Пише: ..."): a word of the story elsewhere ("Text
# vorlesen", "Текст песни", Thai "เรื่อง" opens sentences). Read by the metadata (with the
# speakers' words a byline may print too, "Reporter:", `web.metadata.vocabulary`) and as
# furniture labels of the text (`maintext.labels`), where "Reporter:" and "Journalist:" open
# an interview's questions. "text" in English, German, French, Spanish, Portuguese,
# Italian, Indonesian, Russian; Turkish "news"; Latvian "author"; Croatian, Serbian and
# Bosnian "writes", "wrote"; Urdu "writing", Arabic and Urdu "author"; Persian "report", Thai
# "story", Hindi "by" and "report"; "authors" (plural) in Czech, Slovak, Italian, Polish,
# Spanish, Portuguese, French, English, Turkish, Hungarian and the languages named below.
COLON_BYLINE_WORDS = (
    *("text", "texte", "texto", "testo", "teks", "текст", "haber", "autors", "piše", "пише"),
    *("napisao", "napisala", "تحریر", "مصنف", "گزارش", "เรื่อง", "द्वारा", "रिपोर्ट"),
    *("autoři", "autori", "autorzy", "autores", "auteurs", "authors", "yazarlar", "szerzők"),
    *("texty", "teksty", "тексты"),  # "texts" (Czech and Slovak, Polish, Russian): "Texty: A a B"
    # ... in Russian, Ukrainian and Bulgarian, Serbian, Danish and Norwegian, Finnish, Greek
    *("авторы", "автори", "аутори", "forfattere", "kirjoittajat", "συντάκτες"),
    # Vietnamese "article" and "article and photos", Indonesian "contributor"
    *("bài", "bài và ảnh", "bài và hình", "bài, ảnh", "kontributor"),
    # Arabic "prepared by" and "report", Urdu "report"
    *("إعداد", "تقرير", "رپورٹ"),
    # Hebrew "correspondent" (he, she): "כתב: X", "כתבה: X" ("כתבה" is also "article", and
    # "כתב" "wrote": before a colon and a name they label the writer, as "Text:" does)
    *("כתב", "כתבה"),
)
# Particles a name may hold, or open with, in lower case: "de la Cruz", "van Gogh", "bin
# Salman", "binti Ahmad", "ibn Rushd", "zu Guttenberg".
NAME_PARTICLES = frozenset(
    "de del della der den di da das dos du des la le van von ter ten al el bin binti ibn zu".split()
)
# The writer's role a byline prints after the name ("Jan Kowalski, dziennikarz", "Иван
# Петров, корреспондент", "Χρίστος Καρύδης, δημοσιογράφος"): each a word's opening, matched
# case-blind at a word's start (feminine and inflected endings follow: "redaktorka",
# "journalistin", "δημοσιογράφου").
ENGLISH_ROLES = (
    *("writer", "journalist", "reporter", "editor", "correspondent", "contributor", "columnist"),
    *("critic", "freelancer", "blogger", "photographer", "producer", "analyst"),
)
BYLINE_ROLES = (
    *ENGLISH_ROLES,
    *("rédact", "correspondant", "chroniqueu", "éditorialiste", "envoyé", "photographe"),
    *("redakteur", "korrespondent", "kolumnist", "autorin", "fotograf"),
    *("periodista", "redactor", "corresponsal", "columnista", "reporter"),
    *("jornalista", "repórter", "redator", "correspondente", "colunista"),
    *("giornalista", "redattor", "redattric", "corrispondente", "inviat", "editorialista"),
    *("dziennikar", "redaktor", "korespondent", "publicyst", "felietonist", "fotoreporter"),
    *("novinář", "novinár", "zpravodaj", "spravodaj", "reportér", "komentátor"),
    *("журналист", "журналіст", "корреспондент", "кореспондент", "редактор", "обозревател"),
    *("оглядач", "колумнист", "репортер", "фотограф", "публицист"),
    *("δημοσιογράφ", "ανταποκριτ", "ανταποκρίτρι", "αρθρογράφ", "συντάκτ", "συντάκτρι"),
    *("muhabir", "gazeteci", "editör", "köşe yazarı"),
    *("wartawan", "jurnalis", "koresponden", "kontributor", "penulis"),
    *("verslaggever", "redacteur", "correspondent", "redaktör", "redaktør", "krönikör"),
    *("jurnalist", "corespondent", "újságíró", "tudósító", "szerkesztő", "riporter"),
    *("toimittaja", "žurnalist", "korespondentas", "novinar", "dopisni", "новинар", "дописни"),
    *("phóng viên", "nhà báo", "biên tập viên"),
    *("مراسل", "صحفي", "صحافي", "محرر", "خبرنگار", "روزنامه‌نگار", "صحافی", "نامہ نگار"),
    *("संवाददाता", "पत्रकार", "रिपोर्टर", "সাংবাদিক", "প্রতিবেদক", "ผู้สื่อข่าว", "นักข่าว"),
    *("כתב", "עיתונאי"),
)
# The byline word a language prints that is a given name in others, kept on the name where
# the language is unknown (`web.metadata.names.split_authors` knows none): Catalan "Per Marta
# Puig", where "Per Olsen" is a Norwegian's name.
_NAME_LIKE_BYLINE_WORDS = {"ca": "Per "}


def in_language(authors: tuple[str, ...], language: str | None) -> tuple[str, ...]:
    """`authors` without the byline word of `_NAME_LIKE_BYLINE_WORDS` that `language` (the
    page's declared or detected one) prints before a name of two words or more."""
    lead = _NAME_LIKE_BYLINE_WORDS.get((language or "")[:2]) if authors else None
    if lead is None:
        return authors
    return tuple(
        a.removeprefix(lead) if a.startswith(lead) and a.count(" ") >= 2 else a for a in authors
    )


# A byline of a name and the writer's place, without a byline word: "María García | Madrid",
# "Ayşe Yılmaz - İstanbul", "محمد علي - القاهرة", or the place first ("القاهرة - محمد علي"):
# a name of two to four words and a place of one, apart by a bar or a spaced dash. No shape
# tells it from a kicker ("Real Madrid | Liga") alone: read only beside a dateline (the
# callers' check). Not a place opening a place's name ("New", "San", "Los": "Nueva York").
_PLACE_BYLINE = re.compile(r"^([^|\d–—]+?)\s+[|–—-]\s+([^|\d–—]+)$")
_MAX_PLACE_BYLINE = 60
_PLACE_NAME_WORDS = (2, 4)
_PLACE_FIRST = frozenset(
    "new los las san santa santo saint sankt st buenos hong rio río são sao tel abu kuala "
    "nueva nuevo puerto porto costa ciudad le la el al den der".split()
)


# The same with the agency that filed with the writer in place of the place: "María García
# / EFE", "Jan Novák, ČTK", "Anna Nowak | PAP": the agency's initials (capitals, 2 to 6
# letters) after a bar, a slash, a spaced dash or a comma; read beside a dateline as well.
# ... or after "with" ("Marie Dupont avec AFP", "Anna Berger mit dpa": the agency's initials).
_AGENCY_BYLINE = re.compile(
    r"^([^|/,\d–—]+?)(?:,|\s[|/–—-]|\s(?:avec|with|mit|con|com|met|med))\s+([^\W\d_]{2,6})$"
)
# A name and where the writer files from after a comma: "João Silva, do Rio", "Ana García,
# desde Madrid", "Anna Berger, aus Berlin" (the place one or two capitalised words).
_FROM_PLACE_BYLINE = re.compile(
    r"^([^,\d]+?),\s+(?:do|da|de|desde|em|aus|from|à|a|da|dal|dalla|z|ze|из|з|από|من)\s+"
    r"([^\W\d_]+(?: [^\W\d_]+)?)$"
)


def place_byline(line: str) -> str | None:
    """The name of a byline line of a name and a place (`_PLACE_BYLINE`) or an agency's
    initials (`_AGENCY_BYLINE`), else None: each word of the name capitalised (or in a script
    without capitals, or a particle), the place one capitalised word."""
    if len(line) > _MAX_PLACE_BYLINE:
        return None
    agency = _AGENCY_BYLINE.match(line.strip())
    if agency is not None and agency[2].isupper():
        name = agency[1].split()
        low, high = _PLACE_NAME_WORDS
        return " ".join(name) if low <= len(name) <= high and _name_shaped(name) else None
    if ", " in line:
        placed = _FROM_PLACE_BYLINE.match(line.strip())
        if placed is not None and all(_capitalised(w) for w in placed[2].split()):
            name = placed[1].split()
            low, high = _PLACE_NAME_WORDS
            return " ".join(name) if low <= len(name) <= high and _name_shaped(name) else None
    if not (" |" in line or " -" in line or " –" in line or " —" in line):
        return None
    found = _PLACE_BYLINE.match(line.strip())
    if found is None:
        return None
    first, second = found[1].split(), found[2].split()
    low, high = _PLACE_NAME_WORDS
    if len(second) == 1 and low <= len(first) <= high:
        name, place = first, second[0]
    elif len(first) == 1 and low <= len(second) <= high:
        name, place = second, first[0]
    else:
        return None
    if not (_capitalised(place) and place.isalpha()) or place.lower() in _PLACE_FIRST:
        return None
    return " ".join(name) if _name_shaped(name) else None


def _name_shaped(name: list[str]) -> bool:
    """Each word of `name` capitalised (or a particle), the first not a place's first word."""
    if not all(w.isalpha() and (_capitalised(w) or w in NAME_PARTICLES) for w in name):
        return False
    return _capitalised(name[0]) and name[0].lower() not in _PLACE_FIRST


def _capitalised(word: str) -> bool:
    """A capital then lower case (not an acronym: "AFP"), or a script without capitals."""
    first = word[:1]
    if first.lower() == first.upper():
        return first.isalpha()
    return first.isupper() and not word[1:].isupper()


# The heading of an author box (read by `maintext.labels` and as no name by
# `web.metadata.nodenames`).
ABOUT_AUTHOR = (
    "about the author|about the writer|à propos de l'auteur|über den autor|über die autorin|"
    "sobre el autor|acerca del autor|sobre o autor|sull'autore|o autorze|o autorovi|"
    "об авторе|про автора|за автора|о аутору|o autoru|o avtorju|yazar hakkında|"
    "σχετικά με τον συγγραφέα|tentang penulis|tentang pengarang|عن الكاتب|عن المؤلف|"
    "درباره نویسنده|مصنف کے بارے میں|लेखक के बारे में|লেখক সম্পর্কে|ஆசிரியர் பற்றி|"
    "この記事を書いた人|著者について|기자 소개|over de auteur|over de schrijver|om skribenten|"
    "om författaren|om forfatteren|kirjoittajasta|tietoa kirjoittajasta|despre autor|"
    "a szerzőről|về tác giả|เกี่ยวกับผู้เขียน|על הכותב|על הכותבת|kuhusu mwandishi|"
    "sobre l'autor|sobre l'autora|apie autorių|l'autore|l'autrice|sobre a autora|sobre la autora"
)
