"""The printed forms of a publication date in 22 languages for `date_probe.py` (session 25,
helper dates25): Thursday 8 January 2026 at 14:03 as news sites print it, made up by us.

Each language's row, one form a line: the published line with its label and time, the day
alone, an abbreviated month with its dot and without one, a weekday before the date, a
12-hour clock, the language's numeric date with a time, an update line (16:30, beside the
published one), "3 hours ago", "yesterday at 14:03", and a time printed with its zone and
that zone's offset in hours ("" where the language's sites print none).
"""

from __future__ import annotations

FIELDS = (
    "full",
    "day",
    "abbr",
    "abbr no dot",
    "weekday",
    "12-hour",
    "numeric",
    "updated",
    "relative",
    "yesterday",
    "zoned",
)

_TABLE = """
de
Veröffentlicht am 8. Januar 2026, 14:03 Uhr
8. Januar 2026
8. Jan. 2026, 14:03 Uhr
8 Jan 2026, 14:03
Donnerstag, 8. Januar 2026, 14:03 Uhr
08.01.2026, 2:03 PM
08.01.2026, 14:03 Uhr
Aktualisiert am 8. Januar 2026, 16:30 Uhr
vor 3 Stunden
gestern, 14:03 Uhr
8. Januar 2026, 14:03 Uhr MEZ|1
fr
Publié le 8 janvier 2026 à 14h03
8 janvier 2026
8 janv. 2026 à 14h03
8 janv 2026 14:03
jeudi 8 janvier 2026 à 14h03
8 janvier 2026 2:03 PM
08/01/2026 à 14h03
Mis à jour le 8 janvier 2026 à 16h30
il y a 3 heures
hier à 14h03
8 janvier 2026 à 14h03 (UTC+1)|1
es
Publicado el 8 de enero de 2026, 14:03
8 de enero de 2026
8 ene. 2026 14:03
8 ene 2026 - 14:03
jueves, 8 de enero de 2026, 14:03
8 de enero de 2026, 2:03 p. m.
08/01/2026 14:03
Actualizado el 8 de enero de 2026, 16:30
hace 3 horas
ayer, 14:03
8 de enero de 2026, 14:03 CET|1
it
Pubblicato l'8 gennaio 2026 ore 14:03
8 gennaio 2026
8 gen. 2026, 14:03
8 gen 2026 14:03
giovedì 8 gennaio 2026, 14:03
8 gennaio 2026 2:03 PM
08/01/2026 - 14:03
Aggiornato l'8 gennaio 2026 ore 16:30
3 ore fa
ieri, 14:03
8 gennaio 2026 ore 14:03 CET|1
pt
Publicado em 8 de janeiro de 2026 às 14h03
8 de janeiro de 2026
8 jan. 2026 14:03
8 jan 2026 14h03
quinta-feira, 8 de janeiro de 2026, 14:03
8 de janeiro de 2026 2:03 PM
08/01/2026 14h03
Atualizado em 8 de janeiro de 2026 às 16h30
há 3 horas
ontem, 14:03
8 de janeiro de 2026 às 14:03 (GMT-3)|-3
nl
Gepubliceerd op 8 januari 2026, 14:03
8 januari 2026
8 jan. 2026, 14:03
8 jan 2026 14:03
donderdag 8 januari 2026, 14:03
8 januari 2026 2:03 PM
08-01-2026, 14:03
Bijgewerkt op 8 januari 2026, 16:30
3 uur geleden
gisteren, 14:03
8 januari 2026, 14:03 CET|1
da
Publiceret 8. januar 2026 kl. 14.03
8. januar 2026
8. jan. 2026 kl. 14.03
8 jan 2026 14:03
torsdag 8. januar 2026 kl. 14.03
8. januar 2026 2:03 PM
08.01.2026 kl. 14.03
Opdateret 8. januar 2026 kl. 16.30
for 3 timer siden
i går kl. 14.03
8. januar 2026 kl. 14.03 CET|1
sv
Publicerad 8 januari 2026 kl. 14.03
8 januari 2026
8 jan. 2026 14:03
8 jan 2026 14:03
torsdag 8 januari 2026 14:03
8 januari 2026 2:03 PM
2026-01-08 14:03
Uppdaterad 8 januari 2026 kl. 16.30
för 3 timmar sedan
i går 14:03
8 januari 2026 14:03 CET|1
no
Publisert 8. januar 2026 kl. 14.03
8. januar 2026
8. jan. 2026 kl. 14.03
8 jan 2026 14:03
torsdag 8. januar 2026 kl. 14.03
8. januar 2026 2:03 PM
08.01.2026 kl. 14.03
Oppdatert 8. januar 2026 kl. 16.30
for 3 timer siden
i går kl. 14.03
8. januar 2026 kl. 14.03 CET|1
fi
Julkaistu 8.1.2026 klo 14.03
8. tammikuuta 2026
8. tammik. 2026 klo 14.03
8 tammi 2026 14:03
torstai 8.1.2026 klo 14.03
8.1.2026 2:03 PM
8.1.2026 14:03
Päivitetty 8.1.2026 klo 16.30
3 tuntia sitten
eilen klo 14.03
8.1.2026 klo 14.03 EET|2
pl
Opublikowano: 8 stycznia 2026, 14:03
8 stycznia 2026
8 sty. 2026, 14:03
8 sty 2026 14:03
czwartek, 8 stycznia 2026, 14:03
8 stycznia 2026 2:03 PM
08.01.2026, 14:03
Aktualizacja: 8 stycznia 2026, 16:30
3 godziny temu
wczoraj, 14:03
8 stycznia 2026, 14:03 CET|1
cs
Publikováno 8. ledna 2026, 14:03
8. ledna 2026
8. led. 2026 14:03
8 led 2026 14:03
čtvrtek 8. ledna 2026, 14:03
8. ledna 2026 2:03 PM
8. 1. 2026 14:03
Aktualizováno 8. ledna 2026, 16:30
před 3 hodinami
včera 14:03
8. ledna 2026, 14:03 CET|1
tr
Yayınlanma: 08 Ocak 2026 14:03
8 Ocak 2026
08 Oca. 2026 14:03
08 Oca 2026 14:03
8 Ocak 2026 Perşembe 14:03
8 Ocak 2026 2:03 PM
08.01.2026 14:03
Güncelleme: 08 Ocak 2026 16:30
3 saat önce
dün 14:03
08 Ocak 2026 14:03 (TSİ)|3
ru
Опубликовано: 8 января 2026, 14:03
8 января 2026
8 янв. 2026, 14:03
8 янв 2026 14:03
четверг, 8 января 2026, 14:03
8 января 2026 2:03 PM
08.01.2026 14:03
Обновлено: 8 января 2026, 16:30
3 часа назад
вчера, 14:03
8 января 2026, 14:03 (МСК)|3
uk
Опубліковано: 8 січня 2026, 14:03
8 січня 2026
8 січ. 2026, 14:03
8 січ 2026 14:03
четвер, 8 січня 2026, 14:03
8 січня 2026 2:03 PM
08.01.2026 14:03
Оновлено: 8 січня 2026, 16:30
3 години тому
вчора, 14:03
8 січня 2026, 14:03 (EET)|2
ar
نشر في: ٨ يناير ٢٠٢٦ - ١٤:٠٣
٨ يناير ٢٠٢٦
٨ كانون الثاني ٢٠٢٦ ١٤:٠٣
8 يناير 2026 14:03
الخميس، 8 يناير 2026 - 14:03
الخميس 8 يناير 2026 02:03 م
2026/01/08 14:03
آخر تحديث: ٨ يناير ٢٠٢٦ - ١٦:٣٠
منذ 3 ساعات
أمس 14:03
8 يناير 2026 14:03 (GMT+3)|3
ja
公開日：2026年1月8日 14時03分
2026年1月8日
2026/1/8 14:03
2026.01.08 14:03
2026年1月8日（木）14:03
2026年1月8日 午後2時03分
2026-01-08 14:03
更新日：2026年1月8日 16時30分
3 時間前
昨日 14:03
2026年1月8日 14:03 JST|9
ko
입력 2026.01.08 14:03
2026년 1월 8일
2026. 1. 8. 14:03
2026.01.08. 14:03
2026년 1월 8일 (목) 14:03
2026년 1월 8일 오후 2:03
2026-01-08 14:03
수정 2026.01.08 16:30
3시간 전
어제 14:03
2026.01.08 14:03 KST|9
zh
发布时间：2026年1月8日 14:03
2026年1月8日
2026/01/08 14:03
2026.01.08 14:03
2026年1月8日 星期四 14:03
2026年1月8日 下午2:03
2026-01-08 14:03
更新时间：2026年1月8日 16:30
3小时前
昨天 14:03
2026-01-08 14:03 (北京时间)|8
en
Published 8 January 2026, 14:03
January 8, 2026
Jan. 8, 2026 14:03
8 Jan 2026 14:03
Thursday, January 8, 2026 14:03
January 8, 2026 at 2:03 p.m.
2026-01-08 14:03
Updated January 8, 2026, 16:30
3 hours ago
Yesterday at 14:03
January 8, 2026 2:03 PM EST|-5
id
Kamis, 8 Januari 2026 14:03 WIB
8 Januari 2026
8 Jan. 2026 14:03
8 Jan 2026 14:03
Kamis, 8 Januari 2026 | 14:03
8 Januari 2026 2:03 PM
08/01/2026, 14:03
Diperbarui 8 Januari 2026, 16:30
3 jam yang lalu
kemarin, 14:03
Kamis, 8 Januari 2026 14:03 WIB|7
el
Δημοσιεύθηκε: 8 Ιανουαρίου 2026, 14:03
8 Ιανουαρίου 2026
8 Ιαν. 2026, 14:03
8 Ιαν 2026 14:03
Πέμπτη, 8 Ιανουαρίου 2026, 14:03
8 Ιανουαρίου 2026, 2:03 μ.μ.
08/01/2026 14:03
Ενημερώθηκε: 8 Ιανουαρίου 2026, 16:30
πριν από 3 ώρες
χθες, 14:03
8 Ιανουαρίου 2026, 14:03 (GMT+2)|2
"""

_ROWS = _TABLE.strip().splitlines()
FORMS: dict[str, dict[str, str]] = {
    _ROWS[i]: dict(zip(FIELDS, _ROWS[i + 1 : i + 1 + len(FIELDS)], strict=True))
    for i in range(0, len(_ROWS), len(FIELDS) + 1)
}
assert len(FORMS) == 22, sorted(FORMS)


def event_day(lang: str) -> str:
    """The language's day form with the day 15 and the year 2025."""
    day = FORMS[lang]["day"]
    if lang == "ar":
        return day.replace("٢٠٢٦", "٢٠٢٥").replace("٨", "١٥")
    return day.replace("2026", "2025").replace("8", "15", 1)


# More relative forms: "today at {t}" (a time of the fetch's day where the page's zone is),
# "an hour ago" in words, "2 days ago".
RELATIVE_FIELDS = ("today", "hour in words", "days")
_RELATIVE = """
de|heute, {t} Uhr|vor einer Stunde|vor 2 Tagen
fr|aujourd'hui à {t}|il y a une heure|il y a 2 jours
es|hoy, {t}|hace una hora|hace 2 días
it|oggi, {t}|un'ora fa|2 giorni fa
pt|hoje, {t}|há uma hora|há 2 dias
nl|vandaag, {t}|een uur geleden|2 dagen geleden
da|i dag kl. {t}|for en time siden|for 2 dage siden
sv|i dag {t}|för en timme sedan|för 2 dagar sedan
no|i dag kl. {t}|for en time siden|for 2 dager siden
fi|tänään klo {t}|tunti sitten|2 päivää sitten
pl|dzisiaj, {t}|godzinę temu|2 dni temu
cs|dnes {t}|před hodinou|před 2 dny
tr|bugün {t}|bir saat önce|2 gün önce
ru|сегодня, {t}|час назад|2 дня назад
uk|сьогодні, {t}|годину тому|2 дні тому
ar|اليوم {t}|منذ ساعة|منذ يومين
ja|今日 {t}|1時間前|2日前
ko|오늘 {t}|1시간 전|2일 전
zh|今天 {t}|1小时前|2天前
en|Today at {t}|an hour ago|2 days ago
id|hari ini, {t}|satu jam yang lalu|2 hari yang lalu
el|σήμερα, {t}|πριν από μία ώρα|πριν από 2 ημέρες
"""
RELATIVE: dict[str, dict[str, str]] = {
    row.split("|")[0]: dict(zip(RELATIVE_FIELDS, row.split("|")[1:], strict=True))
    for row in _RELATIVE.strip().splitlines()
}
