"""The words and patterns of times printed relative to the fetch time, by language (data, no
logic): "3小时前", "昨天 18:21", "3 hours ago" (`_RELATIVE_AGO`, `_RELATIVE_DAY`), a word before
or after the number in European languages, Indonesian, Vietnamese, Arabic, Persian, Hindi
("vor 2 Stunden", "2 часа назад": `_AGO_BEFORE`, `_AGO_AFTER`, and one unit without a number),
Hebrew, Hungarian, Thai, Indic, Swahili forms and their unit tables, the unit words' stems
(`_UNIT_STEMS`), named days ("gestern, 18:21": `_NAMED_DAYS`). Read by `relativedates`.
"""

from __future__ import annotations

import re
from datetime import timedelta

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
    r"(?:,?\s*(?:at\s+)?(\d{1,2})[:：](\d{2}))?",
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
    rf"prije|לפני|fa|prieš|pirms)\s+(\d{{1,3}})\s+({_UNIT_WORD})",
    re.I,
)
# ... and French with the unit's symbol, joined to the number or not: "il y a 3 h", "il y a
# 3h", "il y a 45 min", "il y a 2 j" (a letter after the symbol makes it a word: "3 heures"
# is `_AGO_BEFORE`'s).
_AGO_SYMBOL = re.compile(r"(?<![^\W\d_])il y a\s+(\d{1,3})\s*(h|min|mn|j)(?![^\W\d_])", re.I)
_SYMBOL_UNITS = {
    "h": timedelta(hours=1),
    "min": timedelta(minutes=1),
    "mn": timedelta(minutes=1),
    "j": timedelta(days=1),
}
_AGO_AFTER = re.compile(
    rf"(?<![\d.:])(\d{{1,3}})\s+({_UNIT_WORD})\.?\s+"
    r"(?:назад|тому|fa|temu|geleden|önce|sedan|siden|yang lalu|lalu|zpět|trước|ago|sitten|"
    r"पहले|पूर्व|پیش|پہلے|قبل|ezelőtt|আগে|tagasi)"
    r"(?![^\W\d_])",
    re.I,
)
# ... and one unit, written as a word or left out: "vor einer Stunde", "il y a une heure",
# "hace una hora", "há uma hora", "an hour ago", "un'ora fa", "час назад", "godzinę temu",
# "een uur geleden", "for en time siden", "för en timme sedan", "bir saat önce", "satu jam
# yang lalu", "tunti sitten", "před hodinou",
# Arabic "منذ ساعة" and its dual "منذ ساعتين" (two hours), "قبل ساعتين" too.
_AGO_ONE_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:vor|il y a|hace|há|πριν(?: από)?|před|acum|fa)\s+"
    rf"(?:einer|einem|une|un|una|uma|um|μία|μια|ένα|jednou|o)\s+({_UNIT_WORD})"
    r"|(?<![^\W\d_])(?:před|pred)\s+(hodinou|minutou|dnem|týdnem)(?![^\W\d_])",
    re.I,
)
_AGO_ONE_AFTER = re.compile(
    rf"(?<![^\W\d_'])(?:(?:an?|one)\s+({_UNIT_WORD})\s+ago|(?:un'|un|una)\s*({_UNIT_WORD})\s+fa"
    rf"|({_UNIT_WORD})\s+(?:назад|тому|temu|sitten)"
    rf"|(?:een|en|ett|et|bir|satu)\s+({_UNIT_WORD})\s+(?:geleden|siden|sedan|önce|(?:yang\s+)?lalu))"
    r"(?![^\W\d_])",
    re.I,
)
_ARABIC_AGO_ONE = re.compile(r"(?:منذ|قبل)\s+(ساعتين|ساعة|دقيقتين|دقيقة|يومين|يوم|أسبوعين|أسبوع)")
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
            *("hor", "oră", "órá", "val", "ঘণ্টা", "ঘন্টা", "tund", "ur"),
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
            *("dies", "dien", "nap", "দিন", "päev", "d"),
        ),
        timedelta(days=1),
    ),
)
# Named days: "gestern, 18:21", "вчера в 10:15", "hier à 14h30", "ayer", "oggi 08:00", "tegnap
# 14:03", "hôm qua", "jučer", "אתמול", "دیروز", "เมื่อวาน".
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
            "tänään",
            "اليوم",
            *("hôm nay", "danas", "danes", "днес", "täna", "šodien", "šiandien", "avui"),
            *("היום", "امروز", "วันนี้"),
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
            "eilen",
            "أمس",
            *("tegnap", "hôm qua", "jučer", "juče", "včeraj", "eile", "vakar", "ahir"),
            *("אתמול", "دیروز", "เมื่อวาน"),
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
            *("tegnapelőtt", "hôm kia", "prekjučer", "завчера", "üleeile", "aizvakar", "užvakar"),
        ),
        2,
    ),
}
_NAMED_DAY = re.compile(
    r"(?<![^\W\d_'])("
    + "|".join(sorted((re.escape(w) for w in _NAMED_DAYS), key=len, reverse=True))
    + r")(?![^\W\d_])[,\s]*(?:(?:à|a las|a les|às|alle|um|в|o|u|om|saat|klo|kl\.?|στις|lúc|at)\s*)?"
    r"(?:(\d{1,2})\s*[:h.]\s*(\d{2}))?",
    re.I,
)
