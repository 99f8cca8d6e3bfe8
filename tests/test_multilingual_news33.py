"""News furniture of the languages the vocabularies held thinly or not at all (session 33,
helper multi33): Dutch, Scandinavian, Finnish, Czech, Slovak, Hungarian, Romanian, South
Slavic, Baltic (Latvian and Estonian had no word), Vietnamese, Thai, Hebrew, Arabic, Persian,
Japanese, Korean and Hindi pages print the same lines the other languages' pages do: the next
and the previous story, more news, save and share buttons, "show comments", the account asked
for before a comment, a count of readings with its unit, a Persian page's own id ("کد خبر:
4123456"), a reading time. Each goes between paragraphs and after the text; a sentence with
the same words stays. Pages in scripts without spaces or Latin stops (Thai, Japanese) keep
their story whole. Every page and line here is made up."""

from __future__ import annotations

import pytest

from pipeline.maintext.datelines import is_reading_time
from pipeline.maintext.labels import is_furniture_heading, is_furniture_label
from pipeline.web.html import is_prose, parse
from tests.made_articles import article_keeping, lines_beside

_PAGES = {
    "nl": (
        "Kabinet presenteert nieuw plan voor woningbouw",
        (
            "Het kabinet heeft dinsdag een nieuw plan gepresenteerd om de komende tien jaar "
            "honderdduizenden extra woningen te bouwen in alle provincies.",
            "Volgens de minister moeten gemeenten sneller vergunningen verlenen en krijgen zij "
            "daarvoor extra geld uit een speciaal fonds.",
            "Woningcorporaties reageren voorzichtig positief, maar waarschuwen dat het tekort aan "
            "bouwvakkers de plannen kan vertragen.",
            "De oppositie noemt het plan te weinig ambitieus en wil meer betaalbare huurwoningen "
            "voor jonge gezinnen.",
        ),
    ),
    "cs": (
        "Vláda schválila nový plán na podporu bydlení",
        (
            "Vláda v úterý schválila nový plán, který má v příštích pěti letech pomoci mladým "
            "rodinám získat dostupné bydlení.",
            "Podle ministra budou obce moci čerpat peníze z nového fondu na výstavbu obecních "
            "bytů a rekonstrukce domů.",
            "Stavební firmy plán vítají, upozorňují však na rostoucí ceny materiálů a nedostatek "
            "pracovníků.",
            "Opozice vládu kritizuje, že opatření přichází pozdě a na jejich financování nejsou "
            "v rozpočtu peníze.",
        ),
    ),
    "lv": (
        "Valdība iepazīstināja ar jaunu nodokļu plānu",
        (
            "Valdība otrdien iepazīstināja ar jaunu nodokļu plānu, kas stāsies spēkā nākamā gada "
            "sākumā.",
            "Kā norādīja ministrs, plāns samazinās nodokļus iedzīvotājiem ar zemiem ienākumiem "
            "un palielinās tos lielajiem uzņēmumiem.",
            "Uzņēmēju pārstāvji plānu vērtē piesardzīgi un lūdz garāku pārejas periodu.",
            "Opozīcija uzskata, ka plāns sagatavots steigā un bez pienācīgām konsultācijām.",
        ),
    ),
    "th": (
        "รัฐบาลประกาศแผนพัฒนาระบบขนส่ง",
        (
            "รัฐบาลประกาศแผนพัฒนาระบบขนส่งสาธารณะทั่วประเทศในช่วงห้าปีข้างหน้า โดยจะใช้งบประมาณหลายแสนล้านบาท",
            "รัฐมนตรีกล่าวว่าโครงการรถไฟทางคู่และรถไฟฟ้าในเมืองใหญ่จะได้รับการเร่งรัดให้แล้วเสร็จตามกำหนด",
            "นักวิชาการเห็นว่าแผนดังกล่าวต้องมีการติดตามอย่างใกล้ชิดเพื่อป้องกันปัญหาความล่าช้าและการทุจริต",
            "ประชาชนในหลายจังหวัดหวังว่าโครงการนี้จะช่วยลดปัญหาการจราจรและกระตุ้นเศรษฐกิจในท้องถิ่น",
        ),
    ),
    "ja": (
        "政府、新たな住宅支援策を発表",
        (
            "政府は火曜日、若い世代の住宅取得を支援する新たな政策を発表し、"
            "今後五年間で数十万戸の住宅を供給する方針を示した。",
            "担当大臣によると、低金利の融資制度を拡充するほか、"
            "地方自治体に対して空き家の活用を促す補助金を支給する。",
            "専門家からは、建設資材の価格上昇や人手不足が計画の実現を妨げる可能性があるとの指摘も出ている。",
            "野党は今回の政策について、過去の約束の繰り返しにすぎないとして政府の姿勢を厳しく批判した。",
        ),
    ),
    "fa": (
        "دولت طرح جدیدی برای مسکن اعلام کرد",
        (
            "دولت روز سه‌شنبه از طرح جدیدی برای حمایت از مسکن خبر داد که هدف آن ساخت صدها هزار "
            "واحد مسکونی برای جوانان است.",
            "به گفته وزیر، این طرح شامل وام‌های کم‌بهره و واگذاری زمین در چندین استان کشور خواهد بود.",
            "کارشناسان اقتصادی از این طرح استقبال کردند اما نسبت به افزایش هزینه مصالح ساختمانی "
            "هشدار دادند.",
            "منتقدان می‌گویند دولت پیش از این نیز وعده‌های مشابهی داده بود که هرگز اجرا نشد.",
        ),
    ),
}


def _page(language: str, in_body: str = "", after_text: str = "") -> str:
    title, paragraphs = _PAGES[language]
    first = "".join(f"<p>{p}</p>" for p in paragraphs[:2])
    second = "".join(f"<p>{p}</p>" for p in paragraphs[2:])
    return (
        f"<html lang='{language}'><head><meta charset='utf-8'><title>{title}</title></head>"
        "<body><header><nav><a href='/'>Home</a></nav></header>"
        f"<main><article><h1>{title}</h1><div class='article-body'>"
        f"{first}{in_body}{second}{after_text}</div></article></main>"
        "<footer><a href='/about'>About</a></footer></body></html>"
    )


def _extra(language: str, in_body: str = "", after_text: str = "") -> list[str]:
    paragraphs = _PAGES[language][1]
    url = f"https://news.example.com/{language}/2025/03/12/story-123.html"
    made = article_keeping(_page(language, in_body, after_text), url, paragraphs)
    return lines_beside(made.text, paragraphs)


_FURNITURE = [
    ("nl", "Volgend artikel"),
    ("nl", "Meer nieuws"),
    ("nl", "Kopieer link"),
    ("nl", "Deel op Facebook"),
    ("nl", "Log in om te reageren"),
    ("nl", "Bewaar artikel"),
    ("nl", "3 minuten leestijd"),
    ("nl", "1.234 keer bekeken"),
    ("cs", "Další článek"),
    ("cs", "Sdílet článek"),
    ("cs", "Sdílet na Facebooku"),
    ("cs", "Zobrazit diskusi"),
    ("cs", "Doba čtení: 3 minuty"),
    ("lv", "Reklāma"),
    ("lv", "Dalīties"),
    ("lv", "Nākamais raksts"),
    ("lv", "Tēmas: nodokļi, valdība"),
    ("lv", "Avots: LETA"),
    ("lv", "Klausīties rakstu"),
    ("th", "ข่าวถัดไป"),
    ("th", "แชร์ไปยัง Facebook"),
    ("th", "เข้าชม 1,234 ครั้ง"),
    ("ja", "次の記事"),
    ("ja", "Facebookでシェア"),
    ("fa", "کد خبر: ۴۱۲۳۴۵۶"),
    ("fa", "تعداد بازدید: 1234"),
    ("fa", "خبر بعدی"),
    ("fa", "ادامه مطلب"),
]


@pytest.mark.parametrize(("language", "line"), _FURNITURE)
def test_a_furniture_line_goes_between_paragraphs(language: str, line: str) -> None:
    assert _extra(language, in_body=f"<p>{line}</p>") == []


@pytest.mark.parametrize(("language", "line"), _FURNITURE)
def test_a_furniture_line_goes_after_the_text(language: str, line: str) -> None:
    assert _extra(language, after_text=f"<p>{line}</p>") == []


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("lv", "Lasi arī:"),
        ("lv", "Saistītie raksti"),
        ("lv", "Komentāri (3)"),
        ("nl", "Meer over dit onderwerp"),
        ("nl", "Bekijk de reacties"),
        ("cs", "Diskuse (12)"),
    ],
)
def test_a_related_or_comments_label_after_the_text_goes(language: str, line: str) -> None:
    # (between paragraphs it opens a related box or the comments, and what follows it goes
    # with it, as "Lees ook", "Čtěte také" and "Reacties (12)" do)
    assert _extra(language, after_text=f"<p>{line}</p>") == []


@pytest.mark.parametrize(
    "line",
    [
        # sv, da, nb, fi, sk, hu, ro, bg, hr, sr, lt, et, vi, he, ar, ko, hi
        "Nästa artikel",
        "Visa kommentarer",
        "Logga in för att kommentera",
        "Næste artikel",
        "Log ind for at kommentere",
        "Neste artikkel",
        "Kopier lenke",
        "Seuraava artikkeli",
        "Näytä kommentit",
        "Ďalší článok",
        "Zdieľať článok",
        "Következő cikk",
        "Megosztás Facebookon",
        "Articolul următor",
        "Distribuie pe Facebook",
        "Следваща статия",
        "Копирай линк",
        "Sljedeći članak",
        "Kopiraj poveznicu",
        "Следећи чланак",
        "Kitas straipsnis",
        "Kopijuoti nuorodą",
        "Järgmine artikkel",
        "Loe ka:",
        "Kommentaarid (3)",
        "Märksõnad: maksud, valitsus",
        "Allikas: ERR",
        "Bài tiếp theo",
        "Tin cùng chuyên mục",
        "הכתבה הבאה",
        "מקור: וואלה",
        "المقال التالي",
        "مزيد من الأخبار",
        "다음 기사",
        "카카오톡 공유",
        "अगली खबर",
        "Прочетена: 1234 пъти",
        "Pročitano: 1234",
        "Pregleda: 1.234",
        "Vizualizări: 1.234",
        "조회 1,234",
        "이 기사를 공유합니다",
        "スポンサードリンク",
        "関連エントリー",
        "Đọc thêm",
        "Chia sẻ bài viết",
        "ข่าวแนะนำ",
        "اقرأ المزيد",
        "مواضيع ذات صلة",
        "ये खबर भी पढ़ें",
    ],
)
def test_the_controls_and_labels_of_the_other_languages(line: str) -> None:
    assert is_furniture_label(line)


@pytest.mark.parametrize(
    "line",
    [
        *("Nejčtenější", "Lasītākie", "Loetuimad", "الأكثر قراءة", "پربازدیدترین"),
        *("アクセスランキング", "人気の記事", "ข่าวยอดนิยม", "많이 본 기사"),
    ],
)
def test_most_read_is_a_heading(line: str) -> None:
    assert is_furniture_heading(line)


@pytest.mark.parametrize(
    "line",
    ["Læsetid: 3 min.", "Lesetid: 3 minutter", "Lästid: 3 minuter", "Olvasási idő: 3 perc"],
)
def test_a_reading_time_of_the_other_languages(line: str) -> None:
    assert is_reading_time(line)


@pytest.mark.parametrize("line", ["Pregleda", "Vizualizări", "کد خبر", "Прочетена"])
def test_a_count_label_is_one_only_with_its_count(line: str) -> None:
    assert not is_furniture_label(line)
    assert not is_furniture_heading(f"{line}: 1234")  # never a heading cutting the story


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        (
            "nl",
            "Meer nieuws over het plan volgt later deze week, zei een woordvoerder van het kabinet.",
        ),
        (
            "cs",
            "Další článek zákona upravuje podmínky pro získání příspěvku na bydlení pro rodiny.",
        ),
        (
            "lv",
            "Reklāma pilsētā ir aizliegta kopš pagājušā gada, atgādināja pašvaldības pārstāvis.",
        ),
        ("fa", "کد خبر را باید در سامانه وارد کنید تا پرونده شما بررسی شود، گفت مسئول این طرح."),
    ],
)
def test_a_sentence_of_the_story_with_the_same_words_stays(language: str, sentence: str) -> None:
    assert _extra(language, in_body=f"<p>{sentence}</p>") == [sentence]


def test_a_thai_sentence_closed_by_its_paragraph_is_prose() -> None:
    # Thai writes no stop: a paragraph of one sentence has no space and no mark in it, and
    # its end closes it as a stop closes a Latin one
    paragraph = _PAGES["th"][1][1]
    assert " " not in paragraph
    assert is_prose(parse(f"<html><body><div>{paragraph}</div></body></html>").find(".//div"))


@pytest.mark.parametrize("language", ["th", "ja"])
def test_a_page_in_a_script_without_spaces_keeps_its_story_and_list(language: str) -> None:
    # a list of sentences each opening on a link, in the body, and the site's menus around
    items = {
        "th": ("กรุงเทพมหานคร", "ประกาศลดค่าโดยสารรถไฟฟ้าตั้งแต่เดือนหน้าเป็นต้นไป"),
        "ja": ("東京都", "は来年度から保育料を無償化すると発表した。"),
    }[language]
    item = f"<ul><li><a href='/a'>{items[0]}</a>{items[1]}</li></ul>"
    menu = "".join(f"<li><a href='/s{i}'>Section {i}</a></li>" for i in range(20))
    page = _page(language, in_body=item).replace("<nav>", f"<nav><ul>{menu}</ul>")
    url = f"https://news.example.com/{language}/2025/03/12/story-124.html"
    made = article_keeping(page, url, _PAGES[language][1])
    assert f"{items[0]}{items[1]}" in made.text


@pytest.mark.parametrize(
    "paragraph",
    [
        "担当大臣によると、低金利の融資制度を拡充するほか、地方自治体に補助金を支給する。",
        "야당은 이번 대책이 과거 약속의 반복에 불과하다며 정부를 강하게 비판했다.",
        "市政府表示，该计划将在今年内新招聘两百名教师，并修缮四所旧校舍，预计明年秋季开学前全部完工。",
    ],
)
def test_a_short_cjk_paragraph_is_prose(paragraph: str) -> None:
    # (40-79 characters: a sentence of some twenty Latin words)
    assert 40 <= len(paragraph) < 80
    assert is_prose(parse(f"<html><body><div>{paragraph}</div></body></html>").find(".//div"))


def test_a_latin_line_of_as_many_characters_is_no_prose() -> None:
    line = "The council met on Tuesday, and the mayor spoke."
    assert not is_prose(parse(f"<html><body><div>{line}</div></body></html>").find(".//div"))
