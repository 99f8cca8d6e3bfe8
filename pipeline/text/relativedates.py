"""Times printed relative to the fetch time (`relative_datetime`): "3小时前", "昨天 18:21",
"3 hours ago", "vor 2 Stunden", "gestern, 18:21" and the same in Japanese, Korean, European
languages, Indonesian, Vietnamese and Arabic."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from pipeline.text.dateparts import plausible
from pipeline.text.monthnames import _mark_class

# Relative times against the fetch time: 刚刚, 5分钟前, 3小时前, 2天前, 昨天 18:21, 前天,
# 今天 08:00, and "3 hours ago", "5 minutes ago", "2 days ago".
# ... and in Japanese and Korean: 5分前, 3時間前, 2日前, 3시간 전, 5분 전, 2일 전, 昨日 10:00, 어제.
_RELATIVE_AGO = re.compile(  # (?<!\d): a run of digits is tried from its first digit only
    r"(?<!\d)(\d+)\s*(秒|分钟|分鐘|分|小时|小時|時間|天|日|초|분|시간|일|seconds?|secs?|minutes?|mins?|"
    r"hours?|hrs?|days?)\s*(前|전(?![가-힣])|ago)",  # not 25일 전국 (the 25th, nationwide)
    re.I,
)
_RELATIVE_DAY = re.compile(
    r"(今天|昨天|前天|一昨日|今日|昨日|오늘|어제|그저께|그제|today|yesterday)"
    r"(?:\s*(\d{1,2})[:：](\d{2}))?",
    re.I,
)
_JUST_NOW = re.compile("刚刚")
_DAYS_BACK = {"today": 0, "yesterday": 1}
_DAYS_BACK.update(dict.fromkeys(("今天", "今日", "오늘"), 0))
_DAYS_BACK.update(dict.fromkeys(("昨天", "昨日", "어제"), 1))
_DAYS_BACK.update(dict.fromkeys(("前天", "一昨日", "그저께", "그제"), 2))
# The same in European languages, Indonesian, Vietnamese and Arabic: "vor 2 Stunden", "il y
# a 3 heures", "hace 2 días", "há 2 dias", "πριν από 2 ώρες", "před 2 hodinami", "منذ 3
# ساعات" (the word before the number), "2 часа назад", "2 ore fa", "2 godziny temu", "2 uur
# geleden", "2 saat önce", "2 jam yang lalu", "3 giờ trước" (the word after). The unit is the
# word's start (`_UNIT_STEMS`). A hand-written table, not dateparser: dateparser.parse needs
# the phrase cut out first, its first call in a language costs ~0.5 s and later ones 2-6 ms,
# and its search_dates reads "Die" and "am Dienstag" in a German byline as dates (38 ms with
# the language given, 5 s without).
# (and Romanian "acum 3 ore", Bulgarian "преди 3 часа", Serbian and Croatian "pre 3 sata",
# "prije 3 sata", Hebrew "לפני 3 שעות"; Hindi "3 घंटे पहले", Persian "۳ ساعت پیش", Urdu "3
# گھنٹے پہلے", Finnish "3 tuntia sitten": a unit word may hold vowel signs, `_UNIT_WORD`;
# Persian and Urdu "قبل" after the unit, "۲ ساعت قبل", and Hindi's formal "2 घंटे पूर्व")
_UNIT_WORD = rf"[^\W\d_](?:[^\W\d_]|[{_mark_class(0x0300, 0x1FFF)}])*"
_AGO_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:vor|il y a|hace|há|πριν(?: από)?|před|pred|منذ|قبل|acum|преди|пре|pre|"
    rf"prije|לפני|fa|prieš)\s+(\d{{1,3}})\s+({_UNIT_WORD})",
    re.I,
)
_AGO_AFTER = re.compile(
    rf"(?<![\d.:])(\d{{1,3}})\s+({_UNIT_WORD})\.?\s+"
    r"(?:назад|тому|fa|temu|geleden|önce|sedan|siden|yang lalu|lalu|zpět|trước|ago|sitten|"
    r"पहले|पूर्व|پیش|پہلے|قبل|ezelőtt|আগে)"
    r"(?![^\W\d_])",
    re.I,
)
# ... and one unit, written as a word or left out: "vor einer Stunde", "il y a une heure",
# "hace una hora", "há uma hora", "an hour ago", "un'ora fa", "час назад", "godzinę temu",
# Arabic "منذ ساعة" and its dual "منذ ساعتين" (two hours), "قبل ساعتين" too.
_AGO_ONE_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:vor|il y a|hace|há|πριν(?: από)?|před|acum|fa)\s+"
    rf"(?:einer|einem|une|un|una|uma|um|μία|μια|ένα|jednou|o)\s+({_UNIT_WORD})",
    re.I,
)
_AGO_ONE_AFTER = re.compile(
    rf"(?<![^\W\d_'])(?:(?:an?|one)\s+({_UNIT_WORD})\s+ago|(?:un'|un|una)\s*({_UNIT_WORD})\s+fa"
    rf"|({_UNIT_WORD})\s+(?:назад|тому|temu))(?![^\W\d_])",
    re.I,
)
_ARABIC_AGO_ONE = re.compile(r"(?:منذ|قبل)\s+(ساعة|ساعتين|دقيقة|دقيقتين|يوم|يومين|أسبوع|أسبوعين)")
# Hebrew's one unit and its dual after "before": "לפני שעה" (an hour ago), "לפני שעתיים" (two
# hours ago), "לפני יומיים" (two days ago).
_HEBREW_AGO_ONE = re.compile(r"לפני\s+(שעה|שעתיים|דקה|יום|יומיים|שבוע|שבועיים)(?![\u05d0-\u05ea])")
_HEBREW_UNITS = {
    "שעה": timedelta(hours=1),
    "שעתיים": timedelta(hours=2),
    "דקה": timedelta(minutes=1),
    "יום": timedelta(days=1),
    "יומיים": timedelta(days=2),
    "שבוע": timedelta(weeks=1),
    "שבועיים": timedelta(weeks=2),
}
# Hungarian says "ago" with the unit's possessive ending: "2 órája" (2 hours ago), "5 perce",
# "3 napja", "2 hete", "30 másodperce".
_HUNGARIAN_AGO = re.compile(
    r"(?<![\d.:])(\d{1,3})\s+(órája|perce|napja|hete|másodperce)(?![^\W\d_])", re.I
)
_HUNGARIAN_UNITS = {
    "órája": timedelta(hours=1),
    "perce": timedelta(minutes=1),
    "napja": timedelta(days=1),
    "hete": timedelta(weeks=1),
    "másodperce": timedelta(seconds=1),
}
# Thai writes no space before "ago": "3 ชั่วโมงที่แล้ว", "5 นาทีที่แล้ว", "2 วันก่อน".
_THAI_AGO = re.compile(r"(?<!\d)(\d{1,3})\s*(วินาที|นาที|ชั่วโมง|ชม\.|วัน|สัปดาห์|อาทิตย์)\s*(?:ที่แล้ว|ก่อน)")
_THAI_UNITS = {
    "วินาที": timedelta(seconds=1),
    "นาที": timedelta(minutes=1),
    "ชั่วโมง": timedelta(hours=1),
    "ชม.": timedelta(hours=1),
    "วัน": timedelta(days=1),
    "สัปดาห์": timedelta(weeks=1),
    "อาทิตย์": timedelta(weeks=1),
}
# The languages of India and Nepal put "ago" after the unit, joined to it or not: Tamil "2
# மணி நேரத்திற்கு முன்பு" (hours: "மணி நேரம்"; "மணிக்கு முன்" is "before 2 o'clock"), Telugu "2
# గంటల క్రితం", Malayalam "2 മണിക്കൂർ മുമ്പ്", Kannada "2 ಗಂಟೆಗಳ ಹಿಂದೆ", Marathi "2 तासांपूर्वी",
# Nepali "२ घण्टा अघि", Gujarati "2 કલાક પહેલાં", Punjabi "2 ਘੰਟੇ ਪਹਿਲਾਂ" (Hindi, Bengali and
# Urdu are `_AGO_AFTER`'s). Each unit's stem, its endings after it (`[^\s\d]*`).
_INDIC_UNITS = (
    (timedelta(seconds=1), ("வினாடி", "விநாடி", "సెకన", "സെക്കൻ", "सेकंद", "सेकेन्ड", "ಸೆಕೆಂಡ")),
    (
        timedelta(minutes=1),
        ("நிமிட", "నిమిష", "മിനിറ്റ", "ನಿಮಿಷ", "मिनिट", "मिनेट", "મિનિટ", "ਮਿੰਟ"),
    ),
    (
        timedelta(hours=1),
        ("மணி\\s*நேர", "గంట", "മണിക്കൂ", "ಗಂಟೆ", "तास", "घण्टा", "કલાક", "ਘੰਟ"),
    ),
    (
        timedelta(days=1),
        ("நாள", "நாட்க", "రోజు", "ദിവസ", "ದಿನ", "दिवस", "दिन", "દિવસ", "ਦਿਨ"),
    ),
    (timedelta(weeks=1), ("வார", "వార", "ആഴ്ച", "ವಾರ", "आठवड", "हप्ता", "અઠવાડ", "ਹਫ਼ਤ")),
)
_INDIC_AGO_WORDS = (
    *("முன்", "క్రితం", "മുമ്പ", "മുൻപ", "ಹಿಂದೆ", "पूर्वी", "अघि", "अगाडि", "પહેલા"),
    "ਪਹਿਲਾਂ",
)
_INDIC_AGO = re.compile(
    r"(?<![\d.:])(\d{1,3})\s*(?:"
    + "|".join(f"({'|'.join(stems)})" for _, stems in _INDIC_UNITS)
    + r")[^\s\d]*?\s*(?:"
    + "|".join(_INDIC_AGO_WORDS)
    + ")"
)
_INDIC_AGO_WORD = re.compile("|".join(_INDIC_AGO_WORDS))
# Swahili puts the unit first, "ago" last: "saa 2 zilizopita" (2 hours ago), "dakika 5
# zilizopita", "siku 3 zilizopita", "wiki 1 iliyopita".
_SWAHILI_AGO = re.compile(
    r"(?<![^\W\d_])(sekunde|dakika|saa|siku|wiki)\s+(\d{1,3})\s+(?:zilizopita|iliyopita)", re.I
)
_SWAHILI_UNITS = {
    "sekunde": timedelta(seconds=1),
    "dakika": timedelta(minutes=1),
    "saa": timedelta(hours=1),
    "siku": timedelta(days=1),
    "wiki": timedelta(weeks=1),
}
# Unit word starts, tried in order (weeks before minutes: Indonesian "minggu").
_UNIT_STEMS: tuple[tuple[tuple[str, ...], timedelta], ...] = (
    (
        (
            *("setman", "savait", "hét", "het", "সপ্তাহ"),
            "недел",
            "тиж",
            "woch",
            "semain",
            "seman",
            "settiman",
            "tydz",
            "tyg",
            "week",
            "hafta",
            "εβδομ",
            "týd",
            "minggu",
            "uge",
            "uke",
            "veck",
            "tuần",
            "أسب",
            "أساب",
            "सप्ताह",
            "हफ्त",
            "هفته",
            "ہفت",
            "viik",
            "שבוע",
            "tjed",
            "sedm",
        ),
        timedelta(weeks=1),
    ),
    (
        (
            *("сек", "sek", "sec", "seg", "saniye", "δευτ", "detik", "giây", "ثوان", "ثاني"),
            *("सेकंड", "ثانیه", "سیکنڈ", "שני", "másodperc", "সেকেন্ড"),
        ),
        timedelta(seconds=1),
    ),
    (
        (
            *("мин", "хвил", "min", "dakika", "λεπ", "menit", "phút", "دقي", "دقا", "دقی"),
            *("मिनट", "منٹ", "דק", "perc", "dk", "মিনিট"),
        ),
        timedelta(minutes=1),
    ),
    (
        (
            "час",
            "годин",
            "stund",
            "heure",
            "hora",
            "ore",
            "ora",
            "godz",
            "uur",
            "saat",
            "ώρ",
            "ωρ",
            "hodin",
            "jam",
            "tim",
            "hour",
            "hr",
            "giờ",
            "ساع",
            "घंट",
            "ساعت",
            "گھنٹ",
            "tunt",
            "שע",
            "сат",
            "sat",
            *("hor", "oră", "órá", "val", "ঘণ্টা", "ঘন্টা"),
        ),
        timedelta(hours=1),
    ),
    (
        (
            "д",
            "tag",
            "jour",
            "día",
            "dia",
            "giorn",
            "dni",
            "dzie",
            "dag",
            "gün",
            "ημέρ",
            "μέρ",
            "ημερ",
            "μερ",
            "den",
            "dny",
            "dn",
            "hari",
            "day",
            "ngày",
            "يوم",
            "أيا",
            "दिन",
            "روز",
            "دن",
            "päiv",
            "zi",
            "ימ",
            "dan",
            *("dies", "dien", "nap", "দিন", "d"),
        ),
        timedelta(days=1),
    ),
)
# Named days: "gestern, 18:21", "вчера в 10:15", "hier à 14h30", "ayer", "oggi 08:00".
_NAMED_DAYS = {
    **dict.fromkeys(
        (
            "heute",
            "aujourd'hui",
            "hoy",
            "hoje",
            "oggi",
            "dzisiaj",
            "dziś",
            "vandaag",
            "bugün",
            "σήμερα",
            "dnes",
            "сегодня",
            "сьогодні",
            "hari ini",
            "idag",
            "i dag",
        ),
        0,
    ),
    **dict.fromkeys(
        (
            "gestern",
            "hier",
            "ayer",
            "ontem",
            "ieri",
            "wczoraj",
            "gisteren",
            "dün",
            "χθες",
            "χτες",
            "včera",
            "вчера",
            "вчора",
            "kemarin",
            "igår",
            "i går",
        ),
        1,
    ),
    **dict.fromkeys(
        (
            "vorgestern",
            "avant-hier",
            "anteayer",
            "anteontem",
            "l'altro ieri",
            "przedwczoraj",
            "eergisteren",
            "позавчера",
            "позавчора",
            "předevčírem",
        ),
        2,
    ),
}
_NAMED_DAY = re.compile(
    r"(?<![^\W\d_'])("
    + "|".join(sorted((re.escape(w) for w in _NAMED_DAYS), key=len, reverse=True))
    + r")(?![^\W\d_])[,\s]*(?:(?:à|a las|às|alle|um|в|o|om|saat|kl\.?|στις|at)\s*)?"
    r"(?:(\d{1,2})\s*[:h.]\s*(\d{2}))?",
    re.I,
)
_NAMED_DAY_LINE = 30  # a named day without a time counts only on a line this short (a byline)


def relative_datetime(text: str, now: datetime, language: str | None = None) -> datetime | None:
    """A time printed relative to `now` (the fetch time): "刚刚", "5分钟前", "3小时前", "2天前",
    "昨天 18:21", "前天", "今天 08:00", "3時間前", "昨日", "3시간 전", "어제", "3 hours ago",
    "yesterday", and in European languages, Indonesian, Vietnamese and Arabic "vor 2
    Stunden", "2 часа назад", "il y a 3 heures", "hace 2 días", "2 ore fa", "3 giờ trước",
    "منذ 3 ساعات", "gestern, 18:21", "вчера в 10:15" (any of these languages, whatever
    `language` says); None when there is none. A named day without a time is that day at
    midnight, in `now`'s zone, and counts only on a short line (a byline), not inside a
    sentence ("Heute hat die Regierung ...", "疾病管制局今天表示", "said yesterday").
    `language` is accepted for the callers' symmetry with `date_in_text`; the tables are read
    for every language. A time no page has ("700000天前", "99999999999 minutes ago": before
    `dateparts.FIRST_YEAR`, or before the first day a datetime holds) is None."""
    del language
    try:
        return plausible(_relative(text, now))
    except OverflowError:  # a count of days, minutes ... past what a datetime can go back
        return None


def _relative(text: str, now: datetime) -> datetime | None:
    just_now = _JUST_NOW.search(text)
    if just_now is not None and _on_short_line(text, just_now):
        return now  # "刚刚" alone on a byline, not "在.NET刚刚推出之时" (just as .NET came out)
    european = _european_relative(text, now)
    if european is not None:
        return european
    ago = _RELATIVE_AGO.search(text)
    if ago:
        unit = ago.group(2).lower()
        amount = int(ago.group(1))
        if unit.startswith(("秒", "초", "sec")):
            return now - timedelta(seconds=amount)
        if unit.startswith(("分", "분", "min")):
            return now - timedelta(minutes=amount)
        if unit.startswith(("小", "時", "시", "hour", "hr")):
            return now - timedelta(hours=amount)
        return now - timedelta(days=amount)
    for day in _RELATIVE_DAY.finditer(text):
        if day.group(2) is None and not _on_short_line(text, day):
            continue  # "疾病管制局今天表示", "said yesterday": a word of the story, no dateline
        base = now - timedelta(days=_DAYS_BACK[day.group(1).lower()])
        hour, minute = (int(day.group(i)) if day.group(i) else 0 for i in (2, 3))
        try:
            return base.replace(hour=hour, minute=minute, second=0, microsecond=0)
        except ValueError:
            return None
    return None


# A day and a time without the year, as Chinese, Japanese and Korean portals print a byline's
# date: "1月8日 10:30", "01月08日 10:30", "01-08 10:30", "01/08 10:30" (month first; with
# a dash or a slash in two digits each, not a score "3-1 12:30").
_YEARLESS = re.compile(
    r"(?<![\d年/.-])(?:(\d{1,2})月(\d{1,2})日|(\d{2})[-/](\d{2}))"
    r"[ \t　]*(\d{1,2})[:：](\d{2})(?![\d:])"
)
_YEARLESS_SKEW = timedelta(days=1)  # a date this far after the fetch time is last year's


def yearless_datetime(text: str, now: datetime) -> datetime | None:
    """A month, day and time printed without the year on a short line of `text` (a byline:
    "1月8日 10:30", "01-08 10:30"), in the year of `now` (the fetch time, in the page's
    zone), or the year before where that would fall more than a day after `now` ("12-31
    23:00" fetched on 2 January); None when there is none."""
    for match in _YEARLESS.finditer(text):
        if not _on_short_line(text, match):
            continue
        month, day = int(match.group(1) or match.group(3)), int(match.group(2) or match.group(4))
        hour, minute = int(match.group(5)), int(match.group(6))
        try:
            found = now.replace(month=month, day=day, hour=hour, minute=minute, second=0,
                                microsecond=0)  # fmt: skip
            if found > now + _YEARLESS_SKEW:
                found = found.replace(year=now.year - 1)
        except ValueError:
            continue
        return found
    return None


def _on_short_line(text: str, match: re.Match[str]) -> bool:
    """Whether `match` stands on a line of `text` at most `_NAMED_DAY_LINE` characters long
    (a byline or a date line, not a sentence)."""
    start = text.rfind("\n", 0, match.start()) + 1
    end = text.find("\n", match.end())
    return len(text[start : end if end >= 0 else len(text)].strip()) <= _NAMED_DAY_LINE


def _european_relative(text: str, now: datetime) -> datetime | None:
    """`relative_datetime` for the forms with a word before or after the number (European
    languages, Indonesian, Vietnamese, Arabic; see there)."""
    for pattern in (_AGO_BEFORE, _AGO_AFTER):
        for match in pattern.finditer(text):
            step = _unit(match.group(2))
            if step is not None:
                return now - int(match.group(1)) * step
    for pattern in (_AGO_ONE_BEFORE, _AGO_ONE_AFTER):
        for match in pattern.finditer(text):
            step = _unit(next(group for group in match.groups() if group))
            if step is not None:
                return now - step
    arabic = _ARABIC_AGO_ONE.search(text) if "منذ" in text or "قبل" in text else None
    if arabic is not None:  # (the dual, "ساعتين", ends in "ين": two units)
        word = arabic.group(1)
        step = _unit(word)
        if step is not None:
            return now - step * (2 if word.endswith("ين") else 1)
    thai = _THAI_AGO.search(text) if "ที่แล้ว" in text or "ก่อน" in text else None
    if thai is not None:
        return now - int(thai.group(1)) * _THAI_UNITS[thai.group(2)]
    hebrew = _HEBREW_AGO_ONE.search(text) if "לפני" in text else None
    if hebrew is not None:
        return now - _HEBREW_UNITS[hebrew.group(1)]
    hungarian = _HUNGARIAN_AGO.search(text) if _HUNGARIAN_WORD.search(text) else None
    if hungarian is not None:
        return now - int(hungarian.group(1)) * _HUNGARIAN_UNITS[hungarian.group(2).lower()]
    indic = _INDIC_AGO.search(text) if _INDIC_AGO_WORD.search(text) else None
    if indic is not None:
        return now - int(indic.group(1)) * _indic_unit(indic)
    swahili = _SWAHILI_AGO.search(text) if "lizopita" in text or "liyopita" in text else None
    if swahili is not None:
        return now - int(swahili.group(2)) * _SWAHILI_UNITS[swahili.group(1).lower()]
    for match in _NAMED_DAY.finditer(text):
        hour, minute = match.group(2), match.group(3)
        if hour is None and not _on_short_line(text, match):
            continue
        base = now - timedelta(days=_NAMED_DAYS[match.group(1).lower()])
        try:
            return base.replace(
                hour=int(hour or 0), minute=int(minute or 0), second=0, microsecond=0
            )
        except ValueError:
            continue
    return None


def relative_span(text: str) -> tuple[int, int] | None:
    """Where `text` holds a time counted back from now in one of `relative_datetime`'s forms
    with a number or a unit ("3小时前", "2 ชั่วโมงที่แล้ว", "vor einer Stunde", "منذ ساعتين",
    "2 órája"), or a named day with its time ("вчера в 14:35", "Heute, 14:35", "昨天 18:21";
    not a named day alone, nor "刚刚"), as (start, end); None when it holds none. Each form is
    tried where its word is (`_AGO_WORD`, `_DAY_WORD` in the lowered text, 前, 전, Thai's):
    the patterns, case-blind over scripts beyond ASCII, cost 5-20 us each on a short line."""
    lowered = text.lower()
    ago = _AGO_WORD.search(lowered) is not None
    if _DIGIT.search(text) is not None:
        found = None
        if "前" in text or "전" in text or "ago" in lowered:
            found = _RELATIVE_AGO.search(text)
        if found is None and ("ที่แล้ว" in text or "ก่อน" in text):
            found = _THAI_AGO.search(text)
        if found is None and _HUNGARIAN_WORD.search(text) is not None:
            found = _HUNGARIAN_AGO.search(text)
        if found is None and _INDIC_AGO_WORD.search(text) is not None:
            found = _INDIC_AGO.search(text)
        if found is None and ("lizopita" in text or "liyopita" in text):
            found = _SWAHILI_AGO.search(text)
        if found is not None:
            return found.span()
        for pattern in (_AGO_BEFORE, _AGO_AFTER) if ago else ():
            for match in pattern.finditer(text):
                if _unit(match.group(2)) is not None:
                    return match.span()
        for pattern in (_NAMED_DAY, _RELATIVE_DAY) if _DAY_WORD.search(lowered) else ():
            for match in pattern.finditer(text):
                if match.group(2) is not None:
                    return match.span()
    if not ago:
        return None
    for pattern in (_AGO_ONE_BEFORE, _AGO_ONE_AFTER):
        for match in pattern.finditer(text):
            if _unit(next(group for group in match.groups() if group)) is not None:
                return match.span()
    for one in (_ARABIC_AGO_ONE, _HEBREW_AGO_ONE):
        found = one.search(text)
        if found is not None:
            return found.span()
    return None


_DIGIT = re.compile(r"\d")
# The "ago" words of `_AGO_BEFORE`, `_AGO_AFTER` and the forms of one unit, and the named
# days of `_NAMED_DAY` and `_RELATIVE_DAY`, in lower case: looked for in the lowered text
# before those patterns are tried (a case-blind alternation took 13 us on a line of 32
# characters; this one 2 us).
_AGO_WORD = re.compile(
    "vor|il y a|hace|há|πριν|před|pred|منذ|قبل|acum|преди|пре|pre|prije|לפני|fa|prieš|"
    "назад|тому|temu|geleden|önce|sedan|siden|lalu|zpět|trước|ago|sitten|पहले|پیش|پہلے|"
    "ezelőtt|আগে|पूर्व"
)
_HUNGARIAN_WORD = re.compile("órája|perce|napja|hete|másodperce")
_DAY_WORD = re.compile(
    "|".join(
        sorted(
            (re.escape(w) for w in (*_NAMED_DAYS, *_DAYS_BACK, "前天", "一昨日", "그저께")),
            key=len,
            reverse=True,
        )
    )
)


def _indic_unit(match: re.Match[str]) -> timedelta:
    """The unit of an `_INDIC_AGO` match: the step of its group that matched."""
    groups = match.groups()[1:]
    return next(step for (step, _), group in zip(_INDIC_UNITS, groups, strict=True) if group)


def _unit(word: str) -> timedelta | None:
    """The length of a time unit named by `word` ("Stunden", "часа", "giorni"), else None."""
    word = word.lower()
    for stems, step in _UNIT_STEMS:
        if word.startswith(stems):
            return step
    return None
