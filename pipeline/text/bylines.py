"""The words of a byline, in the languages we read: the words that put a name after them
("By", "Par", "Von", "Autor:", "Του") and the particles a name may hold in lower case ("de la
Cruz", "van Gogh", "bin Salman"). One list for the metadata reader (`pipeline.web.metadata`,
where the markup says byline) and the text's furniture lines (`pipeline.maintext.labels`).
Written from knowledge of the languages, patterned after no site.
"""

from __future__ import annotations

# Read wherever a byline may stand, a line of the article's text too ("Door Jan de Vries",
# "Oleh Siti Aminah", "Του Γιώργου Παπαδόπουλου"). Not Swahili "Na" ("and", also Polish and
# Czech "on": "Na Ukrainie" would read as a name). Italian "di" and Scandinavian "av"/"af"
# are also "of": a line they start is read only when the rest is name-shaped.
LINE_BYLINE_WORDS = (
    *("door", "av", "af", "von", "por", "di", "oleh", "autor", "autorka"),
    *("מאת", "بقلم", "โดย", "του", "της"),
)
# Read only where the markup says byline, or before a colon: "By" and "Par" (a text line of
# them is `maintext.linekinds.BOILERPLATE_LINE`'s), "Przez" (also "through": "Przez Polskę"),
# "author" in Italian, French, Indonesian, Turkish, Russian, Hungarian, Finnish, Lithuanian,
# Vietnamese, Danish/Norwegian, Swedish, Slovene; Arabic "wrote"; Finnish, Polish, Dutch,
# Norwegian "text"; Turkish "reporter", Persian "writer", Greek "editor", Norwegian "written
# by". Every word of both lists is also a label before a colon ("Tekst: X", `maintext.labels`).
MARKED_BYLINE_WORDS = (
    *("by", "par", "przez", "autore", "auteur", "penulis", "yazar", "автор", "كتب", "كتبت"),
    *("szerző", "szerzo", "kirjoittaja", "teksti", "tekst", "autorius", "tác giả", "forfatter"),
    *("författare", "avtor", "avtorica", "muhabir", "نویسنده", "συντάκτης", "skrevet av"),
)
BYLINE_WORDS = LINE_BYLINE_WORDS + MARKED_BYLINE_WORDS
# Particles a name may hold, or open with, in lower case: "de la Cruz", "van Gogh", "bin
# Salman", "binti Ahmad", "ibn Rushd", "zu Guttenberg".
NAME_PARTICLES = frozenset(
    "de del della der den di da das dos du des la le van von ter ten al el bin binti ibn zu".split()
)
