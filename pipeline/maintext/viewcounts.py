"""A page's count of its readings printed as a line (its words, and the reading of its
unit): "Прочтений: 593", "Wyświetleń: 120", "Dibaca 1.234 kali", "Прочитано: 51 раз",
"1 234 просмотра", "Okunma: 1.234", "Letto 120 volte", "Διαβάστηκε 120 φορές".
`pipeline.maintext.labels` reads a line as one when it is a word of `VIEWS` (or of
`ITEM_CODES`: `COUNT_LABELS`) and a count, the count's unit after it or not (`without_unit`);
never the word alone, never a heading (a view count between paragraphs must not cut the story
after it, as a comments heading cuts its thread).

Not English: a gold keeps "15,023 reads" under a byline, and "Views" heads opinion pages.
Languages: ru uk pl cs sk tr id pt es it de el vi fa ar ur hi ko ja bg hr sr ro hu nl sv
da nb fi lt lv et he th. Written from knowledge of the languages, patterned after no site.
"""

from __future__ import annotations

import re
from functools import cache

# The count's noun ("Просмотров: 28", "1 234 просмотра") or the verb of being read or seen,
# as a page prints it before or after its count ("Прочитано: 51 раз", "1.234 kez okundu").
VIEWS = (
    "прочтений|просмотров|просмотры|переглядів|перегляди|wyświetleń|wyświetlenia|"
    "odsłon|odsłony|zobrazení|görüntülenme|okunma|dibaca|dilihat|visualizações|visualizaciones|"
    "visitas|"
    "lecturas|letture|visualizzazioni|aufrufe|lượt xem|προβολές|αναγνώσεις|بازدید|مشاهدات|"
    "مشاہدات|बार देखा गया|조회수|閲覧数|"
    "просмотр|просмотра|прочтения|прочитано|просмотрено|перегляд|переглянуто|"
    "прочитали|переглянули|przeczytano|wyświetlono|wyświetlenie|odsłona|"
    "okunma sayısı|görüntülenme sayısı|kez okundu|kez görüntülendi|defa okundu|"
    "lida|lido|visualizada|visualizado|leído|leída|letto|gelesen|mal gelesen|"
    "διαβάστηκε|προβλήθηκε|προβολή|"
    # ... and in bg, hr, sr, ro, hu, nl, sv, da, nb, fi, cs, sk, lt, lv, et, he, ar, fa, th, ko
    "прочетена|прочетено|четена|четено|прочитания|преглеждания|pročitano|pregleda|прегледа|vizualizări|"
    "afișări|megtekintés|megtekintések|weergaven|keer bekeken|keer gelezen|visningar|visninger|"
    "lukukertoja|přečteno|prečítané|peržiūros|peržiūrų|skatījumi|vaatamisi|צפיות|"
    "عدد المشاهدات|المشاهدات|تعداد بازدید|เข้าชม|조회"
)
# The same shape, a label and a number, of the page's own id on Persian news sites ("کد خبر:
# 4123456"): read as the counts are (`COUNT_LABELS`), never a heading.
ITEM_CODES = "کد خبر|کد مطلب|شناسه خبر"
# A count of the comments in the noun's counted case ("Комментариев: 0", "12 komentarzy"),
# read as the views are: beside a count only, never a heading.
COMMENT_COUNTS = "комментариев|комментария|коментарів|коментаря|komentarzy|σχολίων"
COUNT_LABELS = f"{VIEWS}|{ITEM_CODES}|{COMMENT_COUNTS}"
_COUNT_RUN = re.compile(r"\d[\d\s.,]*")
# The count's unit after it, "times" ("Dibaca 1.234 kali", "Letto 120 volte"): not
# English ("times" closes a sentence's count), nor French ("fois").
VIEW_UNITS = frozenset(
    "kali раз раза разів рази razy raz kez defa vezes veces volte mal φορές lần пъти puta пута "
    "kertaa alkalommal gange gånger keer kartų reizes korda ครั้ง مرة بار".split()
)
_UNIT_TAILS = frozenset(u[-2:] for u in VIEW_UNITS)


def without_unit(key: str) -> str:
    """`key` (a line lowered, its edge marks stripped) without the unit after its count
    ("dibaca 1.234 kali" -> "dibaca 1.234"); `key` itself where no count and unit close it."""
    if key[-2:] not in _UNIT_TAILS:
        return key
    head, space, unit = key.rpartition(" ")
    return head if space and unit in VIEW_UNITS and head[-1:].isdigit() else key


# The count in a short sentence of its own, the page naming itself: "Bu haber 1.234 kez
# okundu", "Esta notícia foi lida 1.234 vezes", "Artykuł przeczytano 1234 razy", "Dieser
# Artikel wurde 1.234 mal gelesen", "Berita ini telah dibaca 1.234 kali" (the whole line: "Bu
# haber 1.234 kez okundu ve ..." goes on as a sentence of the story).
_VIEW_SENTENCE = re.compile(
    r"(?:bu (?:haber|yazı|makale|içerik)|esta (?:notícia|matéria|noticia|nota)|"
    r"este (?:artigo|texto|artículo)|questo articolo|dieser (?:artikel|beitrag)|"
    r"(?:ten )?artykuł|(?:ten )?tekst|berita ini|artikel ini|dit artikel|deze tekst)"
    r"(?: \w+){0,3}? (?:przeczytano|wyświetlono|był czytany|była czytana|"
    r"(?:foi|fue|ha sido) (?:lida|leída|lido|leído|visualizada|vista)|è stato letto|"
    r"(?:telah |sudah )?dibaca|wurde|is)? ?\d[\d.,\s]*(?:kez|defa|vezes|veces|volte|mal|razy|"
    r"kali|keer)(?: (?:okundu|görüntülendi|gelesen|aufgerufen|gelezen|bekeken))?"
)
_VIEW_SENTENCE_HEADS = frozenset(
    ("bu ", "est", "que", "die", "art", "ten", "tek", "ber", "dit", "dez")
)


def has_count(key: str) -> bool:
    """`key` opens or closes with a count, or closes with a count and its unit."""
    return key[-1:].isdigit() or key[:1].isdigit() or without_unit(key) is not key


def counts_only(key: str, marks: str, labels: frozenset[str]) -> bool:
    """`key` is a count's label and its count (the unit after it or not), a short sentence
    of the count (`_VIEW_SENTENCE`), or two or three of them on one line ("Просмотров: 2639
    Комментариев: 0"), each label one of `labels` once `marks` are stripped from its edges."""
    if key[:3] in _VIEW_SENTENCE_HEADS and _VIEW_SENTENCE.fullmatch(key) is not None:
        return True
    if not has_count(key) or not _may_open_count(key, marks, labels):
        return False
    key = without_unit(key)
    if key.strip(marks) in labels:
        return True
    parts = [p.strip(marks) for p in _COUNT_RUN.split(key)]
    words = [p for p in parts if p]
    return 1 < len(words) <= _MAX_PAIRED and all(w in labels for w in words)


_MAX_PAIRED = 3


# The first characters of `counts_only`'s first label, looked up before the line is split.
# Before that label the line holds only `marks` and counts (`_COUNT_RUN`: digits, blanks, "."
# and ","), and after them the label's own characters: so the line stripped of `marks` opens
# on the label stripped of them, unless a digit, a blank, "." or "," that `marks` lack opens
# it (then the line is read in full). A line stripped to nothing is read in full too.
_HEAD_CHARS = 3
_RUN_MARKS = ".,"  # (with the digits and blanks, what `_COUNT_RUN` reads)


@cache
def _label_heads(marks: str, labels: frozenset[str]) -> tuple[frozenset[str], tuple[int, ...]]:
    """The first `_HEAD_CHARS` characters of each of `labels` stripped of `marks` (a label
    stripped to nothing: the empty string, which opens every line), and their lengths."""
    heads = frozenset(label.lstrip(marks)[:_HEAD_CHARS] for label in labels)
    return heads, tuple(sorted({len(h) for h in heads}))


def _may_open_count(key: str, marks: str, labels: frozenset[str]) -> bool:
    """False only where `counts_only(key, marks, labels)` is False: `key` stripped of `marks`
    opens on no label's head (`_label_heads`), nor on a character of a count outside `marks`."""
    opening = key.lstrip(marks)[:_HEAD_CHARS]
    heads, lengths = _label_heads(marks, labels)
    if not opening or opening[0] in _RUN_MARKS or opening[0].isdecimal() or opening[0].isspace():
        return True
    return any(opening[:n] in heads for n in lengths)
