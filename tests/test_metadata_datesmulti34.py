"""Publication dates as today's big publishers print them in many languages (session 34,
helper datesmulti34): pages made up here, one story a page. Two kinds were fixed: a day
filed in the URL as a path segment written with dots ("/news/asia/08.01.2026/123/...", the
only date a page gives beside a related list's later ones), and a byline's day and month
with dots and no year ("8.1. 14:03", "8.1. klo 14.03", "08.01. um 14:03 Uhr") read against
the fetch time. The rest keep forms that already read right (calendars other than the
Gregorian, digits other than ASCII's, a Korean afternoon, an update printed first)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from pipeline.pages import article_from_page
from pipeline.records import Article, RawPage
from pipeline.text.dates import date_in_url
from pipeline.text.yearless import yearless_datetime

NOW = datetime(2026, 1, 9, 17, 3, tzinfo=UTC)
URL = "https://nachrichten.example/politik/neue-bruecke.html"
_TEXT = {
    "de": "Der Stadtrat hat am Dienstagabend den Bau einer neuen Fahrradbrücke über den Kanal "
    "beschlossen, nachdem die Anwohner jahrelang über den Verkehr geklagt hatten. ",
    "ru": "Городской совет во вторник вечером одобрил строительство нового велосипедного "
    "моста через канал после многолетних жалоб жителей на движение. ",
    "fi": "Kaupunginvaltuusto hyväksyi tiistai-iltana uuden pyöräsillan rakentamisen kanavan "
    "yli, kun asukkaat olivat valittaneet liikenteestä vuosien ajan. ",
    "fa": "شورای شهر سه‌شنبه شب ساخت یک پل دوچرخه جدید روی کانال را تصویب کرد، پس از آنکه "
    "ساکنان سال‌ها از ترافیک شکایت کرده بودند. ",
    "th": "สภาเมืองอนุมัติการสร้างสะพานจักรยานแห่งใหม่ข้ามคลองเมื่อเย็นวันอังคาร "
    "หลังจากที่ชาวบ้านร้องเรียนเรื่องการจราจรมาหลายปี ",
    "ko": "시의회는 화요일 저녁 운하 위에 새 자전거 다리를 건설하는 안을 승인했다. "
    "주민들은 수년 동안 교통 문제를 호소해 왔다. ",
    "ar": "وافق مجلس المدينة مساء الثلاثاء على بناء جسر جديد للدراجات فوق القناة بعد "
    "سنوات من شكاوى السكان من حركة المرور. ",
    "hu": "A városi tanács kedd este jóváhagyta egy új kerékpáros híd építését a csatorna "
    "felett, miután a lakók évek óta panaszkodtak a forgalomra. ",
    "pl": "Rada miasta we wtorek wieczorem zatwierdziła budowę nowej kładki rowerowej nad "
    "kanałem po latach skarg mieszkańców na ruch uliczny. ",
}


def _page(lang: str, byline: str = "", after: str = "") -> str:
    text = _TEXT[lang] * 3
    paragraphs = "".join(f"<p>{text}</p>" for _ in range(3))
    return (
        f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'>"
        f"<title>Brücke {lang} - Blatt</title></head><body><header><a href='/'>Blatt</a>"
        f"</header><main><article><h1>{text[:40]}</h1>{byline}<div class='body'>"
        f"{paragraphs}</div></article>{after}</main><footer><p>© Blatt</p></footer>"
        "</body></html>"
    )


def _article(html: str, url: str = URL, now: datetime | None = NOW) -> Article:
    raw = RawPage(url=url, body=html.encode(), fetched_at=now, block_checked=True)
    made = article_from_page(raw)
    assert isinstance(made, Article)
    return made


def _day(made: Article) -> str:
    return made.published_at.strftime("%Y-%m-%d") if made.published_at else ""


@pytest.mark.parametrize(
    ("url", "want"),
    [
        ("https://vesti.example/news/asia/08.01.2026/185968/most.html", "2026-01-08"),
        ("https://vesti.example/news/08.01.2026", "2026-01-08"),
        ("https://vesti.example/docs/v1.08.01.2026/", ""),  # a version, not a segment
        ("https://vesti.example/news/08.13.2026/", ""),  # no month 13
        ("https://vesti.example/2026/01/08/most.html", "2026-01-08"),
    ],
)
def test_dotted_url_segment_is_read_day_first(url: str, want: str) -> None:
    found = date_in_url(url, UTC)
    assert (found.strftime("%Y-%m-%d") if found else "") == want


def test_dotted_url_day_wins_over_a_related_list_after_the_story() -> None:
    related = (
        "<div class='themenews'><table><tr><td class='date'>09.04.2027, 18:40</td>"
        "<td><h3><a href='/news/x/09.04.2027/1/'>Другая новость о погоде</a></h3></td>"
        "</tr></table></div>"
    )
    url = "https://vesti.example/news/asia/08.01.2026/185968/most.html"
    made = _article(_page("ru", after=related), url, now=None)
    assert _day(made) == "2026-01-08"


@pytest.mark.parametrize(
    ("lang", "byline"),
    [
        ("fi", "Julkaistu 8.1. 14:03"),
        ("fi", "8.1. klo 14.03"),
        ("de", "08.01. um 14:03 Uhr"),
        ("pl", "8. 1. 14:03"),
    ],
)
def test_yearless_dotted_byline_read_in_the_fetch_year(lang: str, byline: str) -> None:
    made = _article(_page(lang, f"<p class='meta'>{byline}</p>"))
    assert made.published_at is not None
    assert made.published_at.strftime("%Y-%m-%d %H:%M") == "2026-01-08 14:03"


@pytest.mark.parametrize(
    "text", ["8.1.2026 14:03", "Version 2.1.3 14:03", "1.2.3. 10:00", "Kurs 8.1. 14.03.2026"]
)
def test_yearless_dotted_leaves_full_dates_and_versions(text: str) -> None:
    assert yearless_datetime(text, NOW) is None


def test_yearless_dotted_needs_a_short_line() -> None:
    sentence = "Die Sitzung vom 8.1. 14:03 wurde vertagt, " + "weil niemand kam. " * 10
    assert yearless_datetime(sentence, NOW) is None


@pytest.mark.parametrize(
    ("lang", "byline"),
    [
        ("fa", "پنجشنبه ۱۸ دی ۱۴۰۴ ساعت ۱۴:۰۳"),  # the solar hijri calendar, Persian digits
        ("fa", "تاریخ انتشار: 18 دی 1404 - 14:03"),
        ("th", "8 มกราคม 2569 14:03 น."),  # the Buddhist era
        ("th", "วันพฤหัสบดีที่ 8 มกราคม พ.ศ. 2569"),
        ("ko", "기사입력 2026.01.08. 오후 2:03"),
        ("ar", "الخميس 19 رجب 1447 هـ - 8 يناير 2026 م"),  # the hijri day first
        ("ar", "٨ يناير ٢٠٢٦"),
        ("hu", "2026. január 8., csütörtök 14:03"),
        ("pl", "Zaktualizowano: 09.01.2026, 10:00 Opublikowano: 08.01.2026, 14:03"),
        ("ru", "08.01.2026 в 14:03"),
    ],
)
def test_printed_forms_of_many_languages(lang: str, byline: str) -> None:
    made = _article(_page(lang, f"<div class='article-meta'><span>{byline}</span></div>"))
    assert _day(made) == "2026-01-08"
