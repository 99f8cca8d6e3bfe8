"""Dates printed in the calendars of other countries, as Gregorian days: the Persian solar
hijri calendar of Iran and Afghanistan ("۱۲ اسفند ۱۳۹۷", "۱۳۹۷/۱۲/۱۲", Dari "۱۲ حوت ۱۳۹۷"),
the Buddhist-era years of the Thai solar calendar ("3 มี.ค. 2562", "3 มีนาคม 62"), the
Levant's names of the Gregorian months ("12 كانون الثاني 2019"), and the era years of
Japan and of Taiwan's Minguo calendar ("令和8年1月8日", "平成31年4月30日", "民國115年1月8日",
"115年1月8日"), these and Gregorian dates also in Han numerals ("二〇二六年一月八日"). Read
by `writtendates.date_in_text` on texts in those scripts or signs (digits already ASCII
there)."""

from __future__ import annotations

import re

from pipeline.text.monthnames import month_key

# Solar hijri months, Iranian then Dari names (as `month_key` folds them: Persian yeh, keheh).
_SOLAR_HIJRI_MONTHS = {
    month_key(name): number
    for number, names in enumerate(
        [
            "فروردین حمل",
            "اردیبهشت ثور",
            "خرداد جوزا",
            "تیر سرطان",
            "مرداد امرداد اسد",
            "شهریور سنبله",
            "مهر میزان",
            "آبان عقرب",
            "آذر قوس",
            "دی جدی",
            "بهمن دلو",
            "اسفند حوت",
        ],
        1,
    )
    for name in names.split()
}
_SOLAR_HIJRI_NAME = "|".join(sorted(_SOLAR_HIJRI_MONTHS, key=len, reverse=True))
# "۱۲ اسفند ۱۳۹۷" (a year from 1300 to 1499: 1921 to 2121), or numeric "۱۳۹۷/۱۲/۱۲"
_SOLAR_HIJRI_DATE = re.compile(
    rf"(?<!\d)(\d{{1,2}})\s*(?:ام\s+)?({_SOLAR_HIJRI_NAME})(?![^\W\d_])\s*(?:ماه\s+)?"
    r"(?:سال\s+)?(1[34]\d{2})(?!\d)"
    r"|(?<![\d/])(1[34]\d{2})\s*[/-]\s*(\d{1,2})\s*[/-]\s*(\d{1,2})(?![\d/])"
)
# Thai months, full and abbreviated ("มี.ค.", dots and all).
_THAI_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            "มกราคม ม.ค.",
            "กุมภาพันธ์ ก.พ.",
            "มีนาคม มี.ค.",
            "เมษายน เม.ย.",
            "พฤษภาคม พ.ค.",
            "มิถุนายน มิ.ย.",
            "กรกฎาคม ก.ค.",
            "สิงหาคม ส.ค.",
            "กันยายน ก.ย.",
            "ตุลาคม ต.ค.",
            "พฤศจิกายน พ.ย.",
            "ธันวาคม ธ.ค.",
        ],
        1,
    )
    for name in names.split()
}
_THAI_NAME = "|".join(re.escape(n) for n in sorted(_THAI_MONTHS, key=len, reverse=True))
# "3 มีนาคม 2562", "3 มี.ค. 62", "3 มีนาคม พ.ศ. 2562"
_THAI_DATE = re.compile(
    rf"(?<!\d)(\d{{1,2}})\s*({_THAI_NAME})\s*(?:พ\.ศ\.\s*)?(\d{{4}}|\d{{2}})(?!\d)"
)
# The Syriac month names of the Gregorian calendar that Arabic pages of the Levant and Iraq
# print ("12 كانون الثاني 2019", "3 آذار 2019"): two of them are two words, one ("آب") two
# letters, which the month-word pattern of `writtendates` does not read. The name the rest of
# the Arabic world writes may follow the Syriac one after a slash ("24 نيسان / أبريل 2020").
_LEVANTINE_MONTHS = {
    month_key(name): number
    for number, name in enumerate(
        [
            "كانون الثاني",
            "شباط",
            "آذار",
            "نيسان",
            "أيار",
            "حزيران",
            "تموز",
            "آب",
            "أيلول",
            "تشرين الأول",
            "تشرين الثاني",
            "كانون الأول",
        ],
        1,
    )
}
_LEVANTINE_DATE = re.compile(
    r"(?<!\d)(\d{1,2})\s*("
    + "|".join(sorted(_LEVANTINE_MONTHS, key=len, reverse=True)).replace(" ", r"\s+")
    + r")(?![^\W\d_])(?:\s*/\s*[^\W\d_]+)?\s*[-/،,]?\s*((?:19|20)\d{2})(?!\d)"
)
# Era years: Japan's imperial eras and the Republic of China's Minguo years (year 1 of each
# is the year below plus one); "元年" is an era's first year. A bare three-digit year before
# 年 ("115年1月8日", as Taiwan's offices and papers print it) is a Minguo year: no Gregorian
# year of the news has three digits.
_ERA_FIRST_YEARS = {"令和": 2018, "平成": 1988, "昭和": 1925, "民國": 1911, "民国": 1911}
_ERA_DATE = re.compile(
    r"(?:(令和|平成|昭和|民國|民国)\s*(\d{1,3}|元)|(?<![\d年])(1\d{2}))\s*年\s*(\d{1,2})\s*月\s*"
    r"(\d{1,2})\s*日"
)
_MINGUO_FIRST_YEAR = 1911
# The same dates, and Gregorian ones, in Han numerals, as official documents and formal
# pages print them: "二〇二六年一月八日", "令和八年一月八日", "民國一一五年十二月三十一日".
_HAN_DIGITS = {ch: i for i, ch in enumerate("〇一二三四五六七八九")} | {"○": 0, "零": 0}
_HAN_NUMBER = "[〇○零一二三四五六七八九十]"
_HAN_NUMERAL_DATE = re.compile(
    rf"(?:(令和|平成|昭和|民國|民国)\s*({_HAN_NUMBER}{{1,4}}|元)|([〇○零一二三四五六七八九]{{4}}))"
    rf"\s*年\s*({_HAN_NUMBER}{{1,3}})\s*月\s*({_HAN_NUMBER}{{1,3}})\s*[日号號]"
)
_BUDDHIST_ERA = 543  # years the Buddhist era runs ahead of the common era
_OTHER_SCRIPTS = re.compile("[\u0600-\u06ff\u0e00-\u0e7f]")
# Persian digits or letters Arabic does not write: a numeric "1397/12/12" is then solar
# hijri, not the lunar hijri year Arabic pages print (1440/06/26).
_PERSIAN_MARKS = re.compile("[\u06f0-\u06f9\u067e\u0686\u0698\u06af\u06a9\u06cc]")


def calendar_dates(text: str, raw: str) -> list[tuple[int, int, int, int, int]]:
    """(start, end, year, month, day) of the first solar hijri, Levantine, Thai and era date
    in `text` (`raw` with its digits made ASCII, one character for one), as Gregorian days;
    [] for a text with none of their scripts or signs."""
    out: list[tuple[int, int, int, int, int]] = []
    dated = "年" in text and "月" in text  # (what both patterns of Han dates hold)
    era = _ERA_DATE.search(text) if dated else None
    if era is not None:
        name, number = era.group(1, 2)
        first = _ERA_FIRST_YEARS[name] if name else _MINGUO_FIRST_YEAR
        year = first + (1 if number == "元" else int(number or era.group(3)))
        out.append((era.start(), era.end(), year, int(era.group(4)), int(era.group(5))))
    numeral = _HAN_NUMERAL_DATE.search(text) if era is None and dated else None
    if numeral is not None:
        name, number = numeral.group(1, 2)
        if name:
            year = _ERA_FIRST_YEARS[name] + (1 if number == "元" else _han_number(number))
        else:
            year = _han_number(numeral.group(3))
        month, day = _han_number(numeral.group(4)), _han_number(numeral.group(5))
        out.append((numeral.start(), numeral.end(), year, month, day))
    if _OTHER_SCRIPTS.search(raw) is None:
        return out
    folded = month_key(text)  # one character for one: the positions stay
    persian = _PERSIAN_MARKS.search(raw) is not None
    for match in _SOLAR_HIJRI_DATE.finditer(folded):
        if match.group(1):
            day, month = int(match.group(1)), _SOLAR_HIJRI_MONTHS[match.group(2)]
            year = int(match.group(3))
        elif persian:
            year, month, day = (int(g) for g in match.group(4, 5, 6))
        else:
            continue
        if 1 <= month <= 12 and 1 <= day <= (31 if month <= 6 else 30):
            out.append((match.start(), match.end(), *_gregorian(year, month, day)))
            break
    levant = _LEVANTINE_DATE.search(folded)
    if levant is not None:
        month = _LEVANTINE_MONTHS[" ".join(levant.group(2).split())]
        out.append(
            (levant.start(), levant.end(), int(levant.group(3)), month, int(levant.group(1)))
        )
    thai = _THAI_DATE.search(text)
    if thai is not None:
        year = int(thai.group(3))
        if year < 100:  # "62": the Buddhist era's 2562
            year += 2500
        if year >= 2400:
            year -= _BUDDHIST_ERA
        out.append(
            (thai.start(), thai.end(), year, _THAI_MONTHS[thai.group(2)], int(thai.group(1)))
        )
    return out


def _han_number(text: str) -> int:
    """A number in Han numerals: digit by digit ("二〇二六", "一一五"), or with 十 for ten
    ("十二", "二十", "三十一")."""
    if "十" not in text:
        value = 0
        for ch in text:
            value = value * 10 + _HAN_DIGITS[ch]
        return value
    tens, _, units = text.partition("十")
    return (_HAN_DIGITS[tens[-1]] if tens else 1) * 10 + (_HAN_DIGITS[units[0]] if units else 0)


def _gregorian(year: int, month: int, day: int) -> tuple[int, int, int]:
    """The Gregorian (year, month, day) of a solar hijri date (the arithmetic of the Iranian
    calendar's 33-year cycles, as the common jalaali converters do it)."""
    days = -355668 + 365 * (year + 1595) + (year + 1595) // 33 * 8
    days += ((year + 1595) % 33 + 3) // 4 + day
    days += (month - 1) * 31 if month < 7 else (month - 7) * 30 + 186
    gy = 400 * (days // 146097)
    days %= 146097
    if days > 36524:
        days -= 1
        gy += 100 * (days // 36524)
        days %= 36524
        if days >= 365:
            days += 1
    gy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        gy += (days - 1) // 365
        days = (days - 1) % 365
    leap = gy % 4 == 0 and gy % 100 != 0 or gy % 400 == 0
    lengths = (31, 29 if leap else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
    gd = days + 1
    gm = 1
    for length in lengths:
        if gd <= length:
            break
        gd -= length
        gm += 1
    return gy, gm, gd
