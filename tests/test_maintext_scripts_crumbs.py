"""Kinds of session 18 for pages in other scripts and languages, each in markup written here:
a linked sentence of the flow in a script without capitals or with its own full stop, and a
breadcrumb trail printed inside the article's container under no telling class."""

from __future__ import annotations

import pytest

from pipeline.extract import extract_text
from pipeline.maintext.credits import is_role_byline
from pipeline.maintext.crumbs import is_trail
from pipeline.maintext.sitenotes import is_site_note
from pipeline.web.html import is_prose, parse

# (prose paragraph, a sentence of the flow that is mostly one link) in scripts without case
# and with full stops of their own: Devanagari (।), Arabic (.), Urdu (۔), Persian (.), Hebrew.
FLOW = {
    "hi": (
        "सरकार ने सोमवार को नई जल नीति की घोषणा की, जिसके तहत हर गांव में पीने के साफ पानी की "
        "व्यवस्था अगले दो वर्षों में पूरी की जाएगी।",
        'इसकी पूरी रिपोर्ट <a href="/r">परिषद की आधिकारिक वेबसाइट पर पढ़ी जा सकती है</a>।',
        "वेबसाइट पर पढ़ी",
    ),
    "ar": (
        "أعلنت الحكومة يوم الاثنين عن سياسة جديدة للمياه تهدف إلى توفير مياه الشرب النظيفة لكل "
        "قرية خلال العامين المقبلين.",
        'ويمكن للقراء الاطلاع على <a href="/r">التقرير الكامل على الموقع الرسمي للمجلس</a>.',
        "الموقع الرسمي للمجلس",
    ),
    "ur": (
        "حکومت نے پیر کے روز پانی کی نئی پالیسی کا اعلان کیا جس کے تحت اگلے دو برسوں میں ہر "
        "گاؤں کو پینے کا صاف پانی فراہم کیا جائے گا۔",
        'اس کی مکمل رپورٹ <a href="/r">کونسل کی سرکاری ویب سائٹ پر پڑھی جا سکتی ہے</a>۔',
        "سرکاری ویب سائٹ",
    ),
    "he": (
        "הממשלה הודיעה ביום שני על מדיניות מים חדשה שמטרתה לספק מי שתייה נקיים לכל כפר בשנתיים "
        "הקרובות.",
        'את הדוח המלא אפשר <a href="/r">לקרוא באתר הרשמי של המועצה</a>.',
        "באתר הרשמי של המועצה",
    ),
}


def _article(paragraphs: list[str], before: str = "") -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    menu = "".join(f"<li><a href='/c/{i}'>Section {i}</a></li>" for i in range(10))
    return (
        "<html><head><meta charset='utf-8'><title>A story</title></head><body>"
        f"<ul class='menu'>{menu}</ul><div class='c1'><div class='c2'>{before}"
        f"<h1>A story</h1>{body}</div></div><div class='c3'><p>© 2026</p></div></body></html>"
    ).encode()


@pytest.mark.parametrize("language", sorted(FLOW))
def test_linked_sentence_of_the_flow_in_caseless_scripts_is_kept(language: str) -> None:
    # A sentence mostly one link, between paragraphs of prose, is the article's: in a script
    # without capitals (no letter is upper case) and closed by its own stop (। ۔) as well.
    prose, linked, words = FLOW[language]
    text = extract_text(_article([prose, prose, linked, prose, prose]), "https://example.org/a")
    assert words in text
    assert text.count(prose) == 4


def test_related_label_before_a_link_stays_dropped_in_caseless_scripts() -> None:
    # A label closed by its mark before the link ("اقرأ أيضا: <a>...</a>") is no sentence.
    prose = FLOW["ar"][0]
    label = 'اقرأ أيضا: <a href="/s">الحكومة تعلن عن خطة جديدة للطرق في المدن الكبرى</a>.'
    text = extract_text(_article([prose, prose, label, prose]), "https://example.org/a")
    assert "خطة جديدة للطرق" not in text


# Breadcrumb trails as pages print them, class names hashed: a list, inline links with
# separators, the last step a <span> or the text after the last separator.
NEWS = [
    "The regional council approved the new ferry line on Tuesday after a debate of several "
    "years, and the first boats will sail next spring.",
    "Boats will leave every forty minutes in summer and every hour in winter, and bicycles "
    "travel free of charge on every crossing.",
    "The council expects some two thousand passengers a day in the first year of the line and "
    "will review the timetable after one season.",
]


TRAILS = [
    "<ul class='k9f'><li><a href='/'>Hindi News</a></li><li><a href='/business/'>Business</a>"
    "</li><li>Market Capitalization 2024 Top 10 List Update | SBI ITC</li></ul>",
    "<ol class='k9f'><li><a href='https://example.org/'>Strona główna</a> ›</li>"
    "<li><a href='/zdrowie'>Zdrowie</a> ›</li><li><span>Truskawki a leki</span></li></ol>",
    "<div class='k9f'><a href='/'>Beranda</a> › <a href='/nasional'>Nasional</a> › "
    "<span>Momen Presiden di Pasar Laino</span></div>",
    "<p class='k9f'><a href='https://www.example.org'>Ana Sayfa</a> » "
    "<a href='/spor'>Spor</a> » Kadınlar Euroleague'de yeni format</p>",
]


@pytest.mark.parametrize("trail", TRAILS)
def test_breadcrumb_trail_inside_the_container_is_dropped(trail: str) -> None:
    text = extract_text(_article(NEWS, before=trail), "https://example.org/a/1")
    assert text.startswith(NEWS[0])
    for name in ("Market Capitalization", "Truskawki", "Momen Presiden", "Euroleague"):
        assert name not in text


@pytest.mark.parametrize(
    "markup",
    [
        # a sentence opening on a link to the site's root, its words after it
        "<p><a href='/'>Example News</a> reported on Tuesday that the council had voted.</p>",
        # a link to the root, then a sentence parted by a colon
        "<p><a href='/'>Example</a>: the council voted on Tuesday.</p>",
        # a list of links whose first goes elsewhere than the root
        "<ul><li><a href='/a'>One</a></li><li><a href='/b'>Two</a></li><li>Three</li></ul>",
        # a list whose steps are sentences with links in them
        "<ul><li>See <a href='/'>the home page</a> first</li><li>Then this</li></ul>",
    ],
)
def test_no_trail(markup: str) -> None:
    doc = parse(f"<html><body>{markup}</body></html>")
    assert doc is not None
    assert not any(is_trail(el) for el in doc.iter("ul", "ol", "div", "p"))


@pytest.mark.parametrize(
    ("language", "closing"),
    [("hi", "यही सच है।"), ("ur", "یہی سچ ہے۔"), ("am", "ይህ እውነት ነው።"), ("hy", "Սա ճիշտ է։")],
)
def test_short_closing_sentence_with_its_scripts_stop_is_no_label(
    language: str, closing: str
) -> None:
    # A line under `edges._MAX_LABEL` characters at the text's edge is dropped as a label
    # ("Tags") unless punctuated: its script's own full stop punctuates it too.
    prose = FLOW["hi"][0] if language == "hi" else FLOW["ur"][0]
    text = extract_text(_article([prose, prose, prose, closing]), "https://example.org/a")
    assert text.rstrip().endswith(closing)


def test_list_of_sources_is_no_trail() -> None:
    markup = (
        "<ul><li><a href='https://www.who.int/'>WHO</a></li>"
        "<li>National statistics office, annual report, 2023.</li></ul>"
    )
    doc = parse(f"<html><body>{markup}</body></html>")
    assert doc is not None
    assert not is_trail(next(doc.iter("ul")))


# Thai and Lao prose: no stop, no comma; a space between two runs of words closes a clause.
THAI = [
    "รัฐบาลประกาศนโยบายน้ำฉบับใหม่เมื่อวันจันทร์ โดยตั้งเป้าให้ทุกหมู่บ้านมีน้ำดื่มสะอาดภายใน"
    "สองปีข้างหน้า ซึ่งถือเป็นครั้งแรกที่มีการกำหนดเป้าหมายชัดเจน",
    "กระทรวงมหาดไทยระบุว่าโครงการนี้จะใช้งบประมาณราวหนึ่งหมื่นล้านบาท และจะเริ่มจากจังหวัดที่"
    "ขาดแคลนน้ำมากที่สุดก่อน โดยเฉพาะภาคตะวันออกเฉียงเหนือ",
    "ชาวบ้านหลายคนกล่าวว่าพวกเขารอคอยโครงการนี้มานาน เพราะต้องซื้อน้ำดื่มจากรถเร่ทุกสัปดาห์ใน"
    "ราคาที่สูง และบางครั้งน้ำก็ไม่สะอาดพอ",
]
LAO = [
    "ລັດຖະບານໄດ້ປະກາດນະໂຍບາຍນ້ຳສະບັບໃໝ່ໃນວັນຈັນ ໂດຍມີເປົ້າໝາຍໃຫ້ທຸກບ້ານມີນ້ຳດື່ມສະອາດພາຍໃນສອງປີ",
    "ກະຊວງກ່າວວ່າໂຄງການນີ້ຈະໃຊ້ງົບປະມານຫຼາຍ ແລະຈະເລີ່ມຈາກແຂວງທີ່ຂາດແຄນນ້ຳຫຼາຍທີ່ສຸດ",
]


@pytest.mark.parametrize("paragraphs", [THAI, LAO], ids=["th", "lo"])
def test_thai_and_lao_paragraphs_read_as_prose(paragraphs: list[str]) -> None:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    doc = parse(f"<html><body><div class='x'>{body}</div></body></html>")
    assert doc is not None
    assert is_prose(next(doc.iter("div")))


def test_thai_menu_is_no_prose() -> None:
    labels = ["หน้าแรก", "ข่าวการเมือง", "เศรษฐกิจ", "กีฬา", "บันเทิง", "ต่างประเทศ", "ไลฟ์สไตล์"]
    items = "".join(f"<li><a href='/c/{i}'>{w} ข่าวล่าสุด</a></li>" for i, w in enumerate(labels))
    doc = parse(f"<html><body><ul>{items}</ul></body></html>")
    assert doc is not None
    assert not is_prose(next(doc.iter("ul")))


# A byline of a name and a role in other languages and scripts, opening or closing the text.
ROLE_BYLINES = [
    "Jan Kowalski, dziennikarz",
    "Иван Петров, корреспондент",
    "Χρίστος Καρύδης, δημοσιογράφος",
    "Ayşe Yılmaz, muhabir",
    "Marie Dupont, rédactrice en chef",
    "Siti Aminah, wartawan",
]


@pytest.mark.parametrize("byline", ROLE_BYLINES)
def test_role_byline_in_other_languages(byline: str) -> None:
    assert is_role_byline(byline)


@pytest.mark.parametrize("byline", ROLE_BYLINES)
def test_role_byline_opening_the_text_is_dropped(byline: str) -> None:
    text = extract_text(_article([byline, *NEWS]), "https://example.org/a/1")
    assert text.startswith(NEWS[0])


@pytest.mark.parametrize("byline", ROLE_BYLINES[:3])
def test_role_byline_closing_the_text_stays(byline: str) -> None:
    # as in English (test_maintext_en14): a name and a role under the text sign it
    text = extract_text(_article([*NEWS, byline]), "https://example.org/a/1")
    assert text.rstrip().endswith(byline)


@pytest.mark.parametrize(
    "line",
    [
        "Według Jana Kowalskiego, redaktora naczelnego pisma, sytuacja jest zła",  # a sentence
        "Москва, 12 мая",  # a dateline's place and date
        "Paris, France",
        "Lisboa, 12 de maio — O jornalista",
    ],
)
def test_no_role_byline(line: str) -> None:
    assert not is_role_byline(line)


@pytest.mark.parametrize(
    "line",
    [
        "Zapraszamy też do dyskusji na naszym forum",
        "Обсудить на форуме",
        "Приглашаем вас к обсуждению",
        "Discuss this article in our forum",
        "Diskutieren Sie mit!",
        "Réagissez sur notre forum",
        "Diskutujte o tom na našem fóru",
        "Diskusikan di forum",
    ],
)
def test_invitation_to_discuss_on_the_forum_is_dropped(line: str) -> None:
    assert is_site_note(line)
    text = extract_text(_article([*NEWS, line]), "https://example.org/a/1")
    assert text.rstrip().endswith(NEWS[-1])


@pytest.mark.parametrize(
    "line",
    [
        "The council will discuss the plan in the forum next week.",
        "Zapraszamy do Krakowa na festiwal muzyki dawnej.",
        "Участники форума обсудили новые правила.",
    ],
)
def test_sentences_about_a_forum_are_no_note(line: str) -> None:
    assert not is_site_note(line)
