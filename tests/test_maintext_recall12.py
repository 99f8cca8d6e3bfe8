"""Text lost on pages outside English and Chinese (session 12): kinds measured on the dev
corpora's other languages, each in markup written here."""

from __future__ import annotations

import pytest

from pipeline.extract import extract_text
from pipeline.maintext.paragraphs import clean_line
from pipeline.text.normalize import normalize_text

ZWNJ, ZWJ = "\u200c", "\u200d"

# Persian: the non-joiner keeps a compound's parts apart ("می‌شود", "تیم‌ها"); Urdu likewise.
PERSIAN = [
    f"بازیکنان تیم{ZWNJ}ها پس از تمرین صبح به هتل بازگشتند و مربی گفت که همه آماده{ZWNJ}اند.",
    f"این دیدار روز جمعه برگزار می{ZWNJ}شود و هواداران می{ZWNJ}توانند از امروز بلیت بخرند.",
    f"مدیر باشگاه اعلام کرد که قرارداد دو بازیکن جوان تا پایان فصل تمدید خواهد شد و می{ZWNJ}ماند.",
]
# Hindi: a joiner after a virama asks for the half form ("क्‍ष"), a non-joiner keeps it apart.
HINDI = [
    f"राज्य सरकार ने आज नई योजना की घोषणा की, जिससे किसानों को सीधे लाभ मिलेगा और क्{ZWJ}षेत्र बढ़ेगा।",
    f"मंत्री ने कहा कि यह योजना अगले महीने से लागू होगी और सभी ज़िलों में शिविर लगाए जाएँगे{ZWNJ}।",
    "विपक्ष ने इस घोषणा का स्वागत किया, लेकिन कहा कि बजट में इसके लिए पर्याप्त धन नहीं रखा गया।",
]


def _page(title: str, paragraphs: list[str], lang: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    menu = "".join(f"<li><a href='/c/{i}'>{i}</a></li>" for i in range(12))
    return (
        f"<html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title></head><body>"
        f"<ul class='menu'>{menu}</ul><article><h1>{title}</h1>{body}</article>"
        "<footer><p>© 2026</p></footer></body></html>"
    )


@pytest.mark.parametrize(("paragraphs", "lang"), [(PERSIAN, "fa"), (HINDI, "hi")], ids=["fa", "hi"])
def test_joiners_that_spell_a_word_are_kept(paragraphs: list[str], lang: str) -> None:
    text = extract_text(_page("خبر" if lang == "fa" else "समाचार", paragraphs, lang))
    assert text.split("\n") == paragraphs


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (f"می{ZWNJ}خواهم", f"می{ZWNJ}خواهم"),  # Persian
        (f"क्{ZWJ}ष", f"क्{ZWJ}ष"),  # Devanagari half form
        (f"智{ZWNJ}谱上{ZWJ}市", "智谱上市"),  # stray in Han
        (f"Hong{ZWJ} Kong", "Hong Kong"),  # stray in Latin
        (f"{ZWNJ}خبر", "خبر"),  # at a line's start: joins nothing
    ],
)
def test_only_stray_joiners_are_deleted(line: str, expected: str) -> None:
    assert clean_line(line) == expected
    assert normalize_text(line, "fa") == expected
