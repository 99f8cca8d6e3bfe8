"""Kinds of session 18 for pages in other scripts and languages, each in markup written here:
a linked sentence of the flow in a script without capitals or with its own full stop."""

from __future__ import annotations

import pytest

from pipeline.extract import extract_text

# (prose paragraph, a sentence of the flow that is mostly one link) in scripts without case
# and with full stops of their own: Devanagari (।), Arabic (.), Urdu (۔), Persian (.), Hebrew.
FLOW = {
    "hi": (
        "सरकार ने सोमवार को नई जल नीति की घोषणा की, जिसके तहत हर गांव में पीने के साफ पानी की "
        "व्यवस्था अगले दो वर्षों में पूरी की जाएगी।",
        'पूरी रिपोर्ट <a href="/r">परिषद की आधिकारिक वेबसाइट पर पढ़ी जा सकती है</a>।',
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
