"""A dateline printed as a line at the text's edge: "January 12, 2012, 8:32 AM EST", "Posted
Fri, May 10, 2024 at 2:52 pm PT", "Last updated at 3:23 PM on 11th January 2012",
"05.01.2012, 14:45", "7 days ago", "Dec 11, 2025 Share", and in any language a numeric date
with a few labels or a source's name: "GİRİŞ 20.05.2024 11:26 GÜNCELLEME 20.05.2024 11:38",
"出所：http://j.example.jp | 発表時間：2023-08-14", "Опубликовано: 12.03.2021 14:05".

Two forms, either one a dateline (`is_dateline`):
- `_english`: a date (a month's name and a day, a numeric date with its year, or a time
  "ago") and little else. Once the date's parts (English month and day names, times and
  time zones), a label ("Posted", "Last updated", "Source") and a closing byline ("By X")
  are taken out, at most one word of up to `_MAX_REST` letters is left (a "Share" button,
  a network's name, a label in another language). Only lines of up to `_MAX_DATELINE`
  characters, not ending a sentence, are read. A year alone, a dated heading ("2009年曾坠
  机") or a sentence with a date in it is text.
- `_numeric`, in any script: once a numeric date, times of day, URLs, Vietnamese weekdays
  and the words around a time or "on" ("um ... Uhr", "am") are taken out, at most
  `_DATELINE_WORDS` words of at most `_DATELINE_LETTERS` letters in all are left (labels, a
  source's name). A date in brackets without a time is a citation, not a dateline
  ("《光明日报》（2024年05月11日 09版）"); a Chinese or Korean date alone is a notice's date
  under its signature, text.
- `_spoken`, in any language: a day, a month's name and a year ("20 Mei 2024", "Mayıs 16,
  2024", "3 Ιανουαρίου 2012") read without a lexicon of months: after the date only a time
  and one short word (a zone, "г.", "WIB"); before it nothing, or up to `_SPOKEN_LEAD_WORDS`
  words closed by a colon or a comma (a weekday, "Data utworzenia:", "Ημερομηνία
  δημοσίευσης:"). A sentence goes on after its date; a reference ("Interview. 3 March
  2020.") closes its words with a full stop.
- `_relative`, in any language: a time counted back from now ("2 часа назад", "3 gün önce",
  "vor 2 Stunden", "hace 3 días", "4 दिन पहले"; the forms `text.relativedates` reads without a
  blank or a number: "3小时前", "2 ชั่วโมงที่แล้ว", "vor einer Stunde", "2 órája") and at most
  one word besides (a place).
"""

from __future__ import annotations

import re

from pipeline.maintext.datedbylines import dated_byline
from pipeline.text.bylines import BYLINE_WORDS, NAME_PARTICLES
from pipeline.text.marks import LETTERS, MARK_CHAR
from pipeline.text.monthnames import is_month_name
from pipeline.text.relativedates import relative_span
from pipeline.text.scripts import STOP_CHAR
from pipeline.web.html import literal_alternation
from pipeline.web.metadata.datelabels import MODIFIED_WORDS

_MONTH = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_DAY = (
    r"mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|"
    r"sat(?:urday)?|sun(?:day)?"
)
_ZONE = r"[ap]\.?m\.?|gmt|utc|bst|[ecmp][sd]?t|cet|cest|ist|aest|aedt|hkt|sgt|jst|wib"
_LABEL = (
    r"posted|updated|published|last|first|modified|edited|on|at|ago|minutes?|hours?|days?|"
    r"weeks?|mins?|hrs?|source|and"
)
_NOT_LETTER = r"[^\W\d_]"
_PART = re.compile(
    rf"(?<!{_NOT_LETTER})(?:{_MONTH}|{_DAY}|{_ZONE}|{_LABEL})(?!{_NOT_LETTER})\.?", re.I
)
_DATE = re.compile(
    rf"(?<!{_NOT_LETTER})(?:{_MONTH})\.?\s+\d{{1,2}}(?!\d)|"
    rf"(?<!\d)\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH})(?!{_NOT_LETTER})|"
    r"(?<!\d)(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})(?!\d)|"
    r"\b\d+\s+(?:minutes?|hours?|days?|weeks?|mins?|hrs?)\s+ago\b",
    re.I,
)
_BYLINE = re.compile(r"\bby\b.{1,80}$", re.I)
_WORD = LETTERS  # a word of letters, its vowel signs too ("प्रकाशित", one word)
# What is not part of a word: no letter and no mark inside one
_NOT_WORD = f"(?:(?![{MARK_CHAR}])[\\W\\d_])+"
# A month's name: 3 to 14 letters and their marks (one class repeated: re tries it at each
# character of the line; the digit it takes besides is no letter's place in a date).
_MONTH_NAME = f"(?![\\d_])[\\w{MARK_CHAR}]{{3,14}}"
# A month's name of two letters in a script of its own ("मई", "মে": May), where two Latin
# letters are a word of a sentence ("5 de 2024").
_SHORT_MONTH = f"[^\\x00-\\x7f\\W\\d_](?:[^\\x00-\\x7f\\W\\d_]|[{MARK_CHAR}]){{1,13}}"
_MAX_DATELINE = 120
_MAX_REST = 12
_SENTENCE_END = (".", "!", "?", *STOP_CHAR)  # in any script (`STOP_CHAR`: 。 ؟ । ...)


# A numeric date (2023-08-14, 2023年8月14日, 2023년 8월 14일, 20.05.2024, 14/08/2023, and
# Czech and Slovak 14. 8. 2023).
_NUMERIC_DATE = re.compile(
    r"(?<!\d)(?:(?:19|20)\d\d\s*[-/.年년]\s*\d{1,2}\s*[-/.月월]\s*\d{1,2}\s*[日일]?|"
    r"\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d\d|\d{1,2}\.[ \t]\d{1,2}\.[ \t](?:19|20)\d\d)(?!\d)"
)
# (and a zone's offset, "GMT+7", and the Vietnamese weekdays, two words each: "Chủ nhật,
# 12/5/2024, 14:35 (GMT+7)")
_DATELINE_NOISE = re.compile(
    rf"https?://\S+|www\.\S+|\d{{1,2}}[:：]\d{{2}}(?::\d{{2}})?|(?:gmt|utc)[+-]\d{{1,2}}|"
    rf"(?:chủ nhật|thứ (?:hai|ba|tư|năm|sáu|bảy))(?!{_NOT_LETTER})|{_NOT_WORD}",
    re.I,
)
_MAX_DATELINE_LINE = 100
_DATELINE_WORDS = 3  # labels beside the date: "GİRİŞ ... GÜNCELLEME", "Source ... Published"
_DATELINE_LETTERS = 16  # the same in a script without spaces: "出所 ... 発表時間", a source's name
_OPEN_BRACKET = re.compile(r"[(（][^)）]*$")  # an opening bracket not closed before the date
_CLOCK_NEXT = re.compile(r"\s*\d{1,2}[:：]\d{2}")


# A day, a month's name in any language and a year: "20 Mei 2024", "Mayıs 16, 2024", "12 de
# maig de 2024" (Catalan, Spanish, Portuguese), the Thai year of the Buddhist era ("12
# พฤษภาคม 2567"), the year first ("2024. május 12.", "2024 m. gegužės 12 d.": Hungarian,
# Lithuanian), in the digits of any script ("১২ মে ২০২৪": a year's first two digits other than
# ASCII ones are not read as a century); a month of two letters before the day too, as Tamil
# and Hindi pages print it the English way ("மே 12, 2024", "मई 12, 2024").
_YEAR = r"(?:19|20|25|(?![0-9])\d\d)\d\d"
# A Thai month's abbreviation, two letters (and their vowel signs) with dots: "พ.ค.", "มี.ค.".
_THAI_MONTH = "[\u0e01-\u0e4e]{1,2}\\.[\u0e01-\u0e4e]{1,2}\\."
# (a month's two names: the Levant's, then the one the rest of the Arabic world writes, "04
# آب/أغسطس 2013"; a Levantine name of two words, "8 كانون الثاني 2026")
_LEVANT_SECOND = "(?:الثاني|الأول|الاول)"
_SPOKEN_DATE = re.compile(
    rf"(?<!\w)(?:\d{{1,2}}\.?\s+(?:de\s+)?(?:{_MONTH_NAME}|{_SHORT_MONTH}|{_THAI_MONTH})"
    rf"(?:\s*/\s*{_MONTH_NAME}|\s+{_LEVANT_SECOND})?\.?,?\s+"
    rf"(?:del?\s+)?{_YEAR}|"
    rf"(?:{_MONTH_NAME}|{_SHORT_MONTH})\.?\s+\d{{1,2}},?\s+{_YEAR}|"
    rf"{_YEAR}\.?\s+(?:m\.\s+)?{_MONTH_NAME}\s+\d{{1,2}}\.?(?:\s*d\.)?)(?!\d)"
)
# An update's label between the date and its time: "4 août 2013, mis à jour 02:21", "04 آب
# 2013، آخر تحديث 02:21" ("last" before it, in a few languages): the line is still a dateline.
_SPOKEN_UPDATE = re.compile(
    r"(?i:(?:last|latest|آخر|zuletzt|dernière)\s+)?(?i:" + literal_alternation(MODIFIED_WORDS) + ")"
)
# A half-day written in two dotted letters after the time: "2:03 p. m.", "2:03 μ.μ."
_HALF_DAY = re.compile(r"(?<!\w)[ap]\.\s?m\.|(?<!\w)[πμ]\.\s?μ\.", re.I)
_SPOKEN_AFTER = re.compile(rf"\d{{1,2}}[:：.]\d{{2}}(?:[:：.]\d{{2}})?|{_NOT_WORD}")
# The word of a time of day that may follow it, longer than a zone: Malay and Indonesian
# "pagi", "petang", "malam", "siang", "sore"; Arabic "صباحًا" (morning), "مساءً" (evening).
_DAYTIME_WORDS = frozenset(
    ("pagi", "petang", "malam", "siang", "sore", "صباحا", "صباحًا", "مساء", "مساءً", "مساءا")
)
# Words around the time, not counted: "at" and "hours" ("12 mei 2024 om 14.35 uur", "12
# травня 2024 р. о 14:35", "12 mai 2024 ora 14:35", "12.5.2024 klo 14.35", "u 14:35 sati").
# (and German, French, Italian, Portuguese, Spanish, Vietnamese, Thai: "um 14:35 Uhr", "à
# 14h35", "alle 14:35", "às 14h35", "a las 14:35", "lúc 14:35", "เวลา 14:35 น.", "02:35 PM")
_CLOCK_WORDS = frozenset(
    "om uur kl klo o u у о ora ore saat sati h um uhr à alle às a las lúc เวลา น am pm".split()
)
# The word for "on" that closes a date's label: "Veröffentlicht am", "Publicado el", "Publié
# le", "Pubblicato il", "Gepubliceerd op", "Publicado em", "نشر في"; and Vietnamese "ngày"
# (day) before a numeric date; Italian's "l'" before a day said with a vowel ("l'8").
_ON_WORDS = frozenset("am le el il l op em on dne på في ngày".split())
# ... and a label of one word meaning "updated" or "published" in a script without spaces
# or capitals, before a date whose month no table names ("อัปเดต 12 พ.ค. 2567 14:35 น.")
_SPOKEN_LABELS = frozenset(("อัปเดต", "เผยแพร่", "ปรับปรุง", "โพสต์"))
_SPOKEN_LEAD_END = (":", "：", ",", "،", "|", "-", "–", "—", "·", "•")  # a label or a weekday
# A weekday alone before the date, as Persian, Arabic, Urdu and the languages of India print
# it without a comma: "یکشنبه ۲۳ اردیبهشت ۱۴۰۳" (the solar month is no name `is_month_name`
# knows), "الأحد 12 أيار 2024", "اتوار 12 مئی 2024", "रविवार 12 मई 2024". Persian writes its
# days as a number and "شنبه" (with a joiner or a blank between, or none). Turkish prints its
# weekday after the date too: "12 Mayıs 2024 Pazar 14:35".
_WEEKDAYS = frozenset(
    (
        *(f"{n}شنبه" for n in ("", "یک", "دو", "سه", "چهار", "پنج", "پنچ")),
        *("جمعه", "آدینه"),
        *("الأحد", "الاحد", "الإثنين", "الاثنين", "الثلاثاء", "الأربعاء", "الاربعاء"),
        *("الخميس", "الجمعة", "السبت"),
        *("اتوار", "پیر", "سوموار", "منگل", "بدھ", "جمعرات", "جمعہ", "ہفتہ"),
        *(f"{n}वार" for n in ("रवि", "सोम", "मंगल", "बुध", "गुरु", "बृहस्पति", "शुक्र", "शनि")),
        *(f"{n}बार" for n in ("आइत", "सोम", "मङ्गल", "बुध", "बिही", "शुक्र", "शनि")),
        *(f"{n}বার" for n in ("রবি", "সোম", "মঙ্গল", "বুধ", "বৃহস্পতি", "শুক্র", "শনি")),
        *("pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi", "pazar"),
        *(f"{n}க்கிழமை" for n in ("ஞாயிற்று", "திங்கள", "செவ்வாய", "புதன", "வியாழ", "வெள்ளி", "சனி")),
    )
)
_SPOKEN_LEAD_WORDS = 2  # a label of two words; a third is a sentence's ("sapa Kim Joon,")
_SPOKEN_LEAD_LETTERS = 24  # "Ημερομηνία δημοσίευσης", "Oluşturulma Tarihi"
_SPOKEN_ZONE = 4  # letters of the one word a time may carry after it: "WIB", "г.", "roku"


# A time counted back from now: a number, a unit's word, "ago" after them or before them.
_AGO_WORDS_AFTER = (
    r"назад|тому|fa|temu|geleden|önce|sedan|siden|yang lalu|lalu|zpět|trước|ago|पहले|আগে|"
    r"முன்பு|முன்|پہلے|پیش|قبل|पूर्व|sitten|ezelőtt"
)
# (and Catalan, Romanian, Croatian, Serbian, Bulgarian, Lithuanian, Hebrew: "fa 2 hores", "acum
# 2 ore", "prije 2 sata", "пре 2 сата", "преди 2 часа", "prieš 2 val.", "לפני 2 שעות")
_AGO_WORDS_BEFORE = (
    r"vor|il y a|hace|há|πριν(?: από)?|před|pred|منذ|قبل|fa|acum|prije|pre|пре|преди|prieš|לפני"
)
_TIME_UNIT = r"[^\W\d_][^\s\d]*"  # a unit's word, its vowel signs too ("दिन", "ساعات")
_RELATIVE_TIME = re.compile(
    rf"(?<![\d.:])\d{{1,3}}\s*{_TIME_UNIT}\s+(?:{_AGO_WORDS_AFTER})(?![^\W\d_])|"
    rf"(?<![^\W\d_])(?:{_AGO_WORDS_BEFORE})\s+\d{{1,3}}\s+{_TIME_UNIT}",
    re.I,
)
_MAX_RELATIVE_LINE = 40


# The reading time a dateline carries, or a line of its own: "5 min read", "2dk okuma",
# "Lesezeit: 4 Min.", "Время чтения: 3 минуты", "Waktu baca 2 menit", "読了時間：約3分".
_READ_UNIT = (
    # (a Latin unit read whole: a letter after it sends re to the next form, so "Minuten" is
    # not "Minute" and a word "n", "minutes" not "minute" and "s")
    r"(?:(?:minutos?|minuti|minuten|minuter|minutter|minuuttia|minut[ey]?|min(?:ute)?s?|perc)"
    r"(?![^\W\d_])|dk|dakika|"
    r"мин(?:ут[аы]?)?|"
    r"хв(?:илин[аи]?)?|menit|phút|λεπτά?|دقیقه|دقائق|دقيقة|मिनट|分钟|分鐘|分|분)\.?"
)
_READ_AFTER = (
    r"(?:read|reading|okuma|de lecture|de leitura|de lectura|di lettura|lesezeit|czytania|"
    r"чтения|читання|baca|membaca|đọc|ανάγνωση|مطالعه|قراءة|पढ़ें|पढ़ने|読了|で読めます|읽기|"
    r"leestijd|lästid|læsetid|lesetid|lukuaika|olvasás)"
)
_READ_LABEL = (
    # (French also prints the bare noun: "Lecture 3 min.", "Lecture en 3 min.")
    r"(?:reading time|read time|okuma süresi|temps de lecture|lecture en|lecture|tempo de leitura|"
    r"tiempo de lectura|tempo di lettura|lesezeit|lesedauer|czas czytania|время чтения|"
    r"час читання|waktu baca|waktu membaca|thời gian đọc|χρόνος ανάγνωσης|زمان مطالعه|"
    r"مدة القراءة|وقت القراءة|पढ़ने का समय|読了時間|읽는 시간|阅读时间|閱讀時間|leestijd|lästid|"
    # (and da, nb, fi, cs, sk, hu, ro, hr, bg, lt, lv, et)
    r"læsetid|lesetid|lukuaika|doba čtení|čas čítania|olvasási idő|timp de citire|"
    r"vrijeme čitanja|време за четене|skaitymo laikas|lasīšanas laiks|lugemisaeg)"
)
_READING_TIME = re.compile(
    rf"{_READ_LABEL}\s*[:：]?\s*(?:~|ca\.?|約|约|about|около|sekitar)?\s*\d{{1,3}}\s*{_READ_UNIT}|"
    rf"\d{{1,3}}\s*{_READ_UNIT}\s*{_READ_AFTER}(?!{_NOT_LETTER})",
    re.I,
)
_MAX_READING_LINE = _MAX_DATELINE_LINE + 40  # a dateline with its reading time
# What every `_READING_TIME` holds: a digit, then a unit (the last digit of its number, the
# unit after it), looked for first. re tries it at the digits only, where the reading time's
# big case-blind alternation is tried at every character (30 us on a line of Chinese).
_DIGIT_UNIT = re.compile(rf"\d\s*{_READ_UNIT}", re.I)


def is_dateline(line: str) -> bool:
    """`line` is a date (with its time, labels, a byline) and nothing of the article; or a
    reading time, alone or after such a date ("Mayıs 16, 2024 12:41 2 dk okuma")."""
    if len(line) > _MAX_READING_LINE:
        return False  # (longer than every form below)
    if _is_date(line) or _bylined(line) or dated_byline(line, _is_date):
        return True
    found = _READING_TIME.search(line) if _DIGIT_UNIT.search(line) else None
    if found is None:
        return False
    rest = (line[: found.start()] + " " + line[found.end() :]).strip(" |•·-–—,")
    if not _WORD.search(rest):
        return True  # (the reading time alone, with marks)
    return _is_date(rest)


_MAX_READING_ALONE = 40  # chars of a reading time standing alone ("Temps de lecture : 3 min")


def is_reading_time(line: str) -> bool:
    """`line` is a reading time alone, with marks ("5 min read", "Temps de lecture : 3 min",
    "3 min de lecture"): furniture wherever it stands in the body, as a dateline is only at
    the edges. The bare French noun ("Lecture : 20 minutes", a day's schedule) is not read,
    « Lecture en 3 min » is."""
    if len(line) > _MAX_READING_ALONE or _DIGIT_UNIT.search(line) is None:
        return False
    found = _READING_TIME.search(line)
    if found is None or (line[:7].lower() == "lecture" and line[7:11].lower() != " en "):
        return False
    rest = (line[: found.start()] + " " + line[found.end() :]).strip(" |•·-–—,")
    return _WORD.search(rest) is None


# A byline opening a dateline: the words of `pipeline.text.bylines` (a colon after them or
# not), and the "by" that is also "of" or "for" elsewhere, read only before a name and a date
# (Romanian "de", Catalan "per"); then a name of at most `_BYLINE_NAME_WORDS` words up to a
# separator, a label or the date's first digit.
_BYLINE_LEAD = re.compile(
    rf"^(?:{literal_alternation((*BYLINE_WORDS, 'de', 'per'))})\s*[:：]?\s+", re.I
)
_BYLINE_NAME_END = re.compile(r"\s[-–—]\s|[|•·,:：/]|\d")
_BYLINE_NAME_WORDS = 4
_BYLINE_SEPARATORS = " |•·-–—,/"


def _bylined(line: str) -> bool:
    """A byline, then a date: "Door Sanne de Vries | Gepubliceerd: 12 mei 2024, 14:35",
    "Av Anna Lindqvist Publicerad 12 maj 2024", "โดย สมชาย ใจดี 12 พฤษภาคม 2567 14:35 น."
    (the English "By X" is `_english`'s). A label of one or two words may stand before the
    date (`_is_date` reads it)."""
    if len(line) > _MAX_DATELINE or (lead := _BYLINE_LEAD.match(line)) is None:
        return False
    end = _BYLINE_NAME_END.search(line, lead.end())
    if end is None:
        return False
    name = line[lead.end() : end.start()].split()
    if not 1 <= len(name) <= _BYLINE_NAME_WORDS or not all(map(_is_name_word, name)):
        return False
    rest = line[end.start() :].lstrip(_BYLINE_SEPARATORS)
    return _is_date(rest) or (not rest[:1].isdigit() and _is_date(" ".join(rest.split()[1:])))


def _is_name_word(word: str) -> bool:
    """A word of a name: capitalised, in a script without case, or a particle ("de")."""
    return word[:1].isalpha() and (not word[:1].islower() or word in NAME_PARTICLES)


def _is_date(text: str) -> bool:
    """A date in one of the four forms (English, numeric, a month's name, a relative time)."""
    return _english(text) or _numeric(text) or _spoken(text) or _relative(text)


def _relative(text: str) -> bool:
    """A time counted back from now and one word at most besides it (module doc)."""
    if len(text) > _MAX_RELATIVE_LINE:
        return False
    match = _RELATIVE_TIME.search(text)
    span = relative_span(text) if match is None else match.span()
    if span is None:
        return False
    rest = re.findall(_TIME_UNIT, text[: span[0]] + " " + text[span[1] :])
    return len(rest) <= 1 and sum(map(len, rest)) <= _MAX_REST


def _spoken(text: str) -> bool:
    """A day, a month's name in any language and a year, with a time, a zone and a label or
    a weekday before it, and nothing else (module doc)."""
    if len(text) > _MAX_DATELINE_LINE:
        return False
    match = _SPOKEN_DATE.search(text)
    if match is None:
        return False
    tail = _SPOKEN_UPDATE.sub(" ", text[match.end() :], count=1)
    tail = _HALF_DAY.sub(" ", tail) if "." in tail else tail
    after = [
        w
        for w in _SPOKEN_AFTER.sub(" ", tail).split()
        if w.lower() not in _CLOCK_WORDS and not _is_weekday(w)
    ]
    if len(after) > 1 or (
        after and len(after[0]) > _SPOKEN_ZONE and after[0].lower() not in _DAYTIME_WORDS
    ):
        return False
    lead = text[: match.start()].strip()
    if not lead or _is_weekday(lead):
        return True
    if " " in lead and _is_weekday(lead.rsplit(None, 1)[1]):
        lead = lead.rsplit(None, 1)[0]  # "نشر في: الأحد 12 مايو 2024": the label before it
    words = _WORD.findall(lead)
    return (
        (
            lead.endswith(_SPOKEN_LEAD_END)
            or (len(words) == 1 and _names_month(match.group()))
            or (bool(words) and words[-1].lower() in _ON_WORDS)
            or (len(words) == 1 and words[0] in _SPOKEN_LABELS)
        )
        and len(words) <= _SPOKEN_LEAD_WORDS
        and sum(map(len, words)) <= _SPOKEN_LEAD_LETTERS
    )


def _is_weekday(lead: str) -> bool:
    """`lead` is a weekday of `_WEEKDAYS` alone (a comma after it or not; Persian's joiner
    or blank inside it left out)."""
    return len(lead) <= _SPOKEN_LEAD_LETTERS and (
        lead.rstrip(",،").replace("\u200c", "").replace(" ", "").lower() in _WEEKDAYS
    )


def _names_month(date: str) -> bool:
    """A word of `date` is a month's name in a known language: a label of one word without
    a colon before it ("Publicerad 12 maj 2024"), where a reference's "Pasal 5 tahun 2012"
    (article 5 of 2012) names none."""
    return any(map(is_month_name, _WORD.findall(date)))


# The one-word update labels of `MODIFIED_WORDS` ("Atualizado", "Aggiornato", "Updated"), the
# nouns among them ("Ultimo aggiornamento: 08/01/2026 12:35", "Última actualización: ..."); a
# label written with its colon ("Stand:") is no word of a line.
UPDATE_WORDS = frozenset(w for w in MODIFIED_WORDS if " " not in w and ":" not in w)


def _numeric(text: str) -> bool:
    """A short line of a numeric date and a few labels or a source's name (module doc)."""
    if len(text) > _MAX_DATELINE_LINE:
        return False
    match = _NUMERIC_DATE.search(text)
    if match is None:
        return False
    if _OPEN_BRACKET.search(text, 0, match.start()) and not _CLOCK_NEXT.match(text, match.end()):
        return False
    rest = _DATELINE_NOISE.sub(" ", _NUMERIC_DATE.sub(" ", text)).split()
    if not rest and ("年" in match.group() or "년" in match.group()):
        return False  # "2022年1月28日" alone: a notice's date under its signature, text
    rest = [w for w in rest if w.lower() not in _CLOCK_WORDS and w.lower() not in _ON_WORDS]
    if len(rest) > 1:  # an update's label uncounted: "08/01/2026 10h20 · Atualizado há 2 horas"
        rest = [w for w in rest if w.lower() not in UPDATE_WORDS]
    return len(rest) <= _DATELINE_WORDS and sum(map(len, rest)) <= _DATELINE_LETTERS


def _english(line: str) -> bool:
    """A date in English words or numbers, with its time, labels and byline (module doc)."""
    if len(line) > _MAX_DATELINE or not _DATE.search(line):
        return False
    if line.endswith(_SENTENCE_END) and not line.lower().endswith(("a.m.", "p.m.")):
        return False
    rest = _WORD.findall(_BYLINE.sub("", _PART.sub(" ", line)))
    return len(rest) == 0 or (len(rest) == 1 and len(rest[0]) <= _MAX_REST)
