"""Bylines, datelines and relative times of the kinds session 21's probe left, and of their
neighbours, on pages we wrote (session 22, branch ml22).

The same made-up story as `test_metadata_ml21` (its `page`, `article`, `marked`), with:
- a time counted back in the languages of India and Nepal (Tamil "2 மணி நேரத்திற்கு முன்பு",
  Telugu "2 గంటల క్రితం", Malayalam, Kannada, Marathi "2 तासांपूर्वी", Nepali "२ घण्टा
  अघि", Gujarati, Punjabi) and Arabic "قبل ساعتين": no date, the line stayed in the text;
- a weekday alone before a date in Persian ("یکشنبه ۲۳ اردیبهشت ۱۴۰۳", a solar month no month
  table names), Arabic after its comma ("الأحد، 12 أيار 2024"): the dateline stayed in the
  text; Arabic's half-day after the time ("02:35 م", PM) was left out (02:35), a time after
  an Arabic comma ("اتوار، 12 مئی 2024، 14:35") too (midnight);
- Greek "Γράφει ο Γιώργος Παπαδόπουλος" (writes) as a line of the text: the metadata read the
  name, the line stayed in the text;
- Hebrew bylines: "and" joined to the second name ("דנה כהן ויוסי לוי") gave one author; the
  role after the name ("דנה כהן, כתבת": reporter) stayed on it; "ע"י" (by, abbreviated)
  stayed on the name;
- Romanian "de Andrei Popescu" alone under the headline without a date near gave no author
  (the text dropped the line already);
- a name and a place without a byline word ("María García | Madrid", "Ayşe Yılmaz -
  İstanbul", "محمد علي - القاهرة" or the place first) as a line beside a dateline: no author,
  the line stayed in the text; in byline markup the Arabic place stayed as a second author;
- Thai "รายงานโดย", "เขียนโดย", "ข่าวโดย" (reported, written, news by: one word with "by"),
  Vietnamese "Bài:", "Bài và ảnh:" (article, and photos), Indonesian "Kontributor:" opened no
  byline;
- neighbours (probe 6): Persian and Urdu "قبل" after the unit ("۲ ساعت قبل"), Hindi "पूर्व",
  Bengali "ঘন্টা" gave no date; Arabic "إعداد:", "تقرير:", Urdu "رپورٹ:", Bulgarian "От" in
  byline markup opened no byline; a label and a weekday before the date ("نشر في: الأحد 12
  مايو 2024"), Thai "อัปเดต" (updated) before an abbreviated month: the line stayed; a
  Turkish weekday between the date and the time ("12 Mayıs 2024 Pazar 14:35") lost the time;
  Swahili "saa 2 zilizopita" (2 hours ago) gave no date; a month of two letters before the
  day ("மே 12, 2024", Tamil and Hindi print the English order) was no dateline; Polish
  "oprac. Jan Kowalski" (compiled by) as a line stayed in the text, "oprac. własne"
  (in-house) named "własne".
"""

from __future__ import annotations

from datetime import UTC, timedelta

import pytest

from pipeline.maintext.datelines import is_dateline
from pipeline.text.relativedates import relative_datetime
from tests.test_metadata_ml21 import NOW, PARAGRAPHS, article, page

PARAGRAPHS.setdefault(
    "ta",
    "நகர சபை செவ்வாய்க்கிழமை மாலை கால்வாயின் மேல் ஒரு புதிய மிதிவண்டி பாலம் கட்ட ஒப்புதல் "
    "அளித்தது, ஏனெனில் நகர மையத்தின் முக்கிய சாலை பல ஆண்டுகளாக நெரிசலாக உள்ளது.",
)
PARAGRAPHS.setdefault(
    "mr",
    "नगर परिषदेने मंगळवारी संध्याकाळी कालव्यावर सायकलसाठी नवीन पूल बांधण्यास मंजुरी दिली, "
    "कारण शहराच्या मध्यभागातील मुख्य रस्ता अनेक वर्षांपासून गर्दीने भरलेला आहे.",
)


@pytest.mark.parametrize(
    ("text", "back"),
    [
        *(("2 மணி நேரத்திற்கு முன்பு", 120), ("2 மணி நேரம் முன்பு", 120)),
        *(("5 நிமிடங்களுக்கு முன்பு", 5), ("3 நாட்களுக்கு முன்பு", 4320)),
        *(("2 గంటల క్రితం", 120), ("5 నిమిషాల క్రితం", 5), ("2 వారాల క్రితం", 20160)),
        *(("2 മണിക്കൂർ മുമ്പ്", 120), ("2 ಗಂಟೆಗಳ ಹಿಂದೆ", 120)),
        *(("2 तासांपूर्वी", 120), ("5 मिनिटांपूर्वी", 5), ("3 दिवसांपूर्वी", 4320)),
        *(("२ घण्टा अघि", 120), ("२ घण्टा अगाडि", 120), ("2 કલાક પહેલાં", 120)),
        *(("2 ਘੰਟੇ ਪਹਿਲਾਂ", 120), ("قبل ساعتين", 120), ("قبل ساعة", 60)),
    ],
)
def test_relative_times_of_india_and_nepal(text: str, back: int) -> None:
    assert relative_datetime(text, NOW) == NOW - timedelta(minutes=back)
    assert is_dateline(text)


@pytest.mark.parametrize(
    "text",
    ["2 மணிக்கு முன் வந்தார்", "அவர் 2 மணிக்கு முன்பு வந்தார்"],  # before two o'clock
)
def test_a_clock_hour_is_no_time_ago(text: str) -> None:
    assert relative_datetime(text, NOW) is None


@pytest.mark.parametrize(("lang", "line"), [("ta", "2 மணி நேரத்திற்கு முன்பு"), ("mr", "2 तासांपूर्वी")])
def test_relative_time_line_leaves_the_text(lang: str, line: str) -> None:
    got = article(page(lang, lines=(line,)))
    assert got.published_at is not None
    assert got.published_at.astimezone(UTC) == NOW - timedelta(hours=2)
    assert line not in got.text


PARAGRAPHS.setdefault(
    "ur",
    "شہر کی کونسل نے منگل کی شام نہر پر سائیکلوں کے لیے ایک نیا پل بنانے کی منظوری دی، کیونکہ "
    "شہر کے مرکز کی مرکزی سڑک برسوں سے بھری رہتی ہے اور طلبہ ہر صبح ٹریفک میں پھنسے رہتے ہیں۔",
)


@pytest.mark.parametrize(
    ("lang", "line", "when"),
    [
        ("fa", "یکشنبه ۲۳ اردیبهشت ۱۴۰۳ - ۱۴:۳۵", "2024-05-12 14:35"),
        ("fa", "یکشنبه، ۲۳ اردیبهشت ۱۴۰۳ ساعت ۱۴:۳۵", "2024-05-12 14:35"),
        ("fa", "یک\u200cشنبه ۲۳ اردیبهشت ۱۴۰۳", "2024-05-12 00:00"),
        ("ar", "الأحد، 12 أيار 2024", "2024-05-12 00:00"),
        ("ar", "الأحد، 12 مايو 2024 02:35 م", "2024-05-12 14:35"),
        ("ar", "الأحد 12/05/2024 02:35 م", "2024-05-12 14:35"),
        ("ar", "الأحد 12 مايو 2024 10:35 صباحًا", "2024-05-12 10:35"),
        ("ur", "اتوار، 12 مئی 2024، 14:35", "2024-05-12 14:35"),
    ],
)
def test_weekday_datelines(lang: str, line: str, when: str) -> None:
    got = article(page(lang, lines=(line,)))
    assert got.published_at is not None
    assert got.published_at.strftime("%Y-%m-%d %H:%M") == when
    assert line not in got.text


@pytest.mark.parametrize(
    "line",
    [
        "الأحد 12 مايو 2024 موعد الانتخابات في المدينة",  # a sentence goes on after the date
        "دوشنبه ۲۳ اردیبهشت ۱۴۰۳ شورای شهر جلسه داشت",
        "محمد علي 12 مايو 2024",  # a name is no weekday
    ],
)
def test_not_weekday_datelines(line: str) -> None:
    assert not is_dateline(line)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Γράφει ο Γιώργος Παπαδόπουλος", "Γιώργος Παπαδόπουλος"),
        ("Γράφει η Μαρία Παπαδοπούλου", "Μαρία Παπαδοπούλου"),
    ],
)
def test_greek_writes_line_leaves_the_text(line: str, name: str) -> None:
    for lines in ((line,), (line, "12.05.2024 14:35")):
        got = article(page("el", lines=lines))
        assert got.author == name
        assert line not in got.text


def test_greek_writes_in_a_sentence_stays() -> None:
    line = "Γράφει ο δήμαρχος σε επιστολή του ότι η γέφυρα θα ανοίξει το φθινόπωρο"
    assert line in article(page("el", lines=(PARAGRAPHS["el"], line))).text


PARAGRAPHS.setdefault(
    "he",
    "מועצת העיר אישרה ביום שלישי בערב את בניית גשר האופניים החדש מעל התעלה, משום שהרחוב "
    "הראשי במרכז העיר עמוס כבר שנים והתלמידים עומדים בפקקים בכל בוקר.",
)


@pytest.mark.parametrize(
    ("byline", "name"),
    [
        ("מאת דנה כהן ויוסי לוי", "דנה כהן, יוסי לוי"),  # "and" joined to the name
        ("דנה כהן ויוסי לוי", "דנה כהן, יוסי לוי"),
        ("דנה כהן וורד לוי", "דנה כהן, ורד לוי"),  # and Vered: a name opening on ו doubles it
        ("דנה כהן, כתבת", "דנה כהן"),  # reporter (f)
        ("יוסי לוי, כתב", "יוסי לוי"),
        ('ע"י דנה כהן', "דנה כהן"),  # "by", abbreviated
        ("ע״י דנה כהן", "דנה כהן"),
    ],
)
def test_hebrew_bylines(byline: str, name: str) -> None:
    meta = f"<div class='article-meta'><span class='byline'>{byline}</span></div>"
    assert article(page("he", meta)).author == name


@pytest.mark.parametrize(
    ("line", "name"),
    [("מאת דנה כהן ויוסי לוי", "דנה כהן, יוסי לוי"), ('ע"י דנה כהן', "דנה כהן")],
)
def test_hebrew_byline_lines(line: str, name: str) -> None:
    got = article(page("he", lines=(line, "12.05.2024 14:35")))
    assert got.author == name
    assert line not in got.text


def test_hebrew_names_without_a_joined_and_stay_whole() -> None:
    from pipeline.web.metadata.names import split_authors

    assert split_authors("ויקטור לוי") == ["ויקטור לוי"]  # Victor: no name before it
    assert split_authors("דנה ויוסי") == ["דנה ויוסי"]  # one word each: no full names


@pytest.mark.parametrize("line", ["de Andrei Popescu", "de Ioana Maria Ionescu"])
def test_romanian_de_byline_under_the_headline_without_a_date(line: str) -> None:
    got = article(page("ro", lines=(line,)))
    assert got.author == line.removeprefix("de ")
    assert line not in got.text


def test_a_de_line_further_down_needs_its_date() -> None:
    paragraph = PARAGRAPHS["ro"]
    got = article(page("ro", lines=(paragraph, paragraph + " Apoi", "de Andrei Popescu")))
    assert got.author is None


@pytest.mark.parametrize(
    ("lang", "line", "name"),
    [
        ("es", "María García | Madrid", "María García"),
        ("ca", "Marta Puig | Barcelona", "Marta Puig"),
        ("tr", "Ayşe Yılmaz - İstanbul", "Ayşe Yılmaz"),
        ("fr", "Marie Dupont | Lyon", "Marie Dupont"),
        ("ar", "محمد علي - القاهرة", "محمد علي"),
        ("ar", "القاهرة - محمد علي", "محمد علي"),  # the place first
    ],
)
def test_name_and_place_beside_a_dateline(lang: str, line: str, name: str) -> None:
    got = article(page(lang, lines=(line, "12.05.2024 14:35")))
    assert got.author == name
    assert line not in got.text


@pytest.mark.parametrize(
    "line",
    [
        "Real Madrid | Liga",  # a kicker: no dateline beside it
        "New York | USA",  # a place's name
        "AFP | Madrid",
        "Economía | Madrid",
    ],
)
def test_name_and_place_shapes_that_name_nobody(line: str) -> None:
    got = article(page("es", lines=(line,)))
    assert got.author is None
    assert line in got.text or line.startswith("AFP")  # (an agency's line leaves it on main)
    if not line.startswith("Real"):
        assert article(page("es", lines=(line, "12.05.2024 14:35"))).author is None


def test_arabic_byline_markup_of_a_name_and_a_place() -> None:
    meta = "<div class='article-meta'><span class='byline'>محمد علي - القاهرة</span></div>"
    assert article(page("ar", meta)).author == "محمد علي"


def test_a_de_line_on_a_spanish_page_needs_its_date() -> None:
    assert article(page("es", lines=("de Real Oviedo",))).author is None


@pytest.mark.parametrize(
    ("lang", "byline", "name"),
    [
        ("th", "รายงานโดย สมชาย ใจดี", "สมชาย ใจดี"),  # reported by
        ("th", "เขียนโดย สมชาย ใจดี", "สมชาย ใจดี"),  # written by
        ("th", "ข่าวโดย: สมชาย ใจดี", "สมชาย ใจดี"),  # news by
        ("vi", "Bài: Nguyễn Văn An", "Nguyễn Văn An"),  # article
        ("vi", "Bài và ảnh: Nguyễn Văn An", "Nguyễn Văn An"),  # article and photos
        ("id", "Kontributor: Siti Aminah", "Siti Aminah"),
    ],
)
def test_thai_vietnamese_indonesian_byline_words(lang: str, byline: str, name: str) -> None:
    meta = f"<div class='article-meta'><span class='byline'>{byline}</span></div>"
    assert article(page(lang, meta)).author == name
    got = article(page(lang, lines=(byline, "12.05.2024 14:35")))
    assert got.author == name
    assert byline not in got.text


def test_a_numbered_part_is_no_vietnamese_byline() -> None:
    line = "Bài 1: Những con đường bị ùn tắc"  # part 1 of a series
    assert line in article(page("vi", lines=(line,))).text


@pytest.mark.parametrize(
    ("text", "back"),
    [
        *(("۲ ساعت قبل", 120), ("2 گھنٹے قبل", 120), ("5 منٹ قبل", 5)),  # Persian, Urdu
        *(("2 घंटे पूर्व", 120), ("২ ঘন্টা আগে", 120)),  # formal Hindi; Bengali spelt apart
    ],
)
def test_ago_after_the_unit_in_persian_urdu_hindi(text: str, back: int) -> None:
    assert relative_datetime(text, NOW) == NOW - timedelta(minutes=back)
    assert is_dateline(text)


PARAGRAPHS.setdefault(
    "bg",
    "Общинският съвет одобри във вторник вечерта изграждането на нов велосипеден мост над "
    "канала, защото главната улица в центъра на града от години е претоварена.",
)


@pytest.mark.parametrize(
    ("lang", "byline", "name"),
    [
        ("ar", "إعداد: محمد علي", "محمد علي"),  # prepared by
        ("ar", "تقرير: محمد علي", "محمد علي"),  # report
        ("ur", "رپورٹ: احمد خان", "احمد خان"),
    ],
)
def test_arabic_and_urdu_writer_labels(lang: str, byline: str, name: str) -> None:
    meta = f"<div class='article-meta'><span class='byline'>{byline}</span></div>"
    assert article(page(lang, meta)).author == name
    got = article(page(lang, lines=(byline, "12.05.2024 14:35")))
    assert got.author == name
    assert byline not in got.text


def test_bulgarian_from_in_byline_markup() -> None:
    meta = "<div class='article-meta'><span class='byline'>От Мария Иванова</span></div>"
    assert article(page("bg", meta)).author == "Мария Иванова"
    for sentence in ("От понеделник влиза в сила новата наредба", "От Министерството на труда"):
        meta = f"<div class='article-meta'><span class='byline'>{sentence}</span></div>"
        assert article(page("bg", meta)).author is None


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("ar", "نشر في: الأحد 12 مايو 2024"),  # a label, then the weekday
        ("th", "อัปเดต 12 พ.ค. 2567 14:35 น."),  # "updated", one word
    ],
)
def test_labelled_datelines_leave_the_text(lang: str, line: str) -> None:
    got = article(page(lang, lines=(line,)))
    assert got.published_at is not None
    assert got.published_at.strftime("%Y-%m-%d") == "2024-05-12"
    assert line not in got.text


@pytest.mark.parametrize(
    ("line", "when"),
    [
        ("12 Mayıs 2024 Pazar 14:35", "2024-05-12 14:35"),  # the weekday between date and time
        ("12.05.2024 Pazar 14:35", "2024-05-12 14:35"),
    ],
)
def test_turkish_weekday_before_the_time(line: str, when: str) -> None:
    got = article(page("tr", lines=(line,)))
    assert got.published_at is not None
    assert got.published_at.strftime("%Y-%m-%d %H:%M") == when
    assert line not in got.text


@pytest.mark.parametrize(
    ("text", "back"),
    [("saa 2 zilizopita", 120), ("dakika 5 zilizopita", 5), ("siku 3 zilizopita", 4320)],
)
def test_swahili_times_counted_back(text: str, back: int) -> None:
    assert relative_datetime(text, NOW) == NOW - timedelta(minutes=back)
    assert is_dateline(text)


@pytest.mark.parametrize("line", ["பதிவு: மே 12, 2024 14:35", "मई 12, 2024 14:35"])
def test_a_two_letter_month_before_the_day_is_a_dateline(line: str) -> None:
    assert is_dateline(line)
    got = article(page("ta" if "மே" in line else "hi", lines=(line,)))
    assert got.published_at is not None
    assert got.published_at.strftime("%Y-%m-%d") == "2024-05-12"
    assert line not in got.text


def test_hebrew_names_joined_and_a_plural_role() -> None:
    meta = "<div class='article-meta'><span class='byline'>דנה כהן ויוסי לוי, כתבים</span></div>"
    assert article(page("he", meta)).author == "דנה כהן, יוסי לוי"


def test_polish_compiled_by() -> None:
    line = "oprac. Jan Kowalski"  # an abbreviation no sentence opens on: read as a line too
    got = article(page("pl", lines=(line, "12.05.2024 14:35")))
    assert got.author == "Jan Kowalski"
    assert line not in got.text
    meta = "<div class='article-meta'><span class='byline'>oprac. własne</span></div>"
    assert article(page("pl", meta)).author is None  # compiled in-house: no one's name
