"""Furniture kept beside the story on news pages in languages other than Chinese, English and
French (session 34, helper precision34): a picture's credit after its label ("Foto: X",
"Fot. X", "Фото: X", "Fotoğraf: X"), a copyright line opening on its phrase before the mark
and the year ("Todos os direitos reservados © 2026 X", "جميع الحقوق محفوظة © 2026"), the
newsletter pitched by its mail ("Подпишитесь на нашу рассылку, ...", "Abone ol, ... e-posta
...", "اشترك في نشرتنا البريدية ...", "berlangganan newsletter"), a follow prompt in Turkish
("takip etmek için tıklayın") and for Google News in Arabic ("أخبار جوجل"), the Turkish
"recommended news" heading, the Polish ad slot "Dalsza część artykułu pod materiałem
wideo", the site's cookie notice printed as a paragraph ("Utilizamos cookies ...", "Мы
используем файлы cookie", "Sitemizde çerezler kullanılmaktadır") and the next story's label
("Próxima notícia", "Berita Selanjutnya"). The same words in a sentence stay text. Every page
and line here is made up."""

from __future__ import annotations

import pytest

from pipeline.maintext.appeals import is_appeal
from pipeline.maintext.labels import is_furniture_label
from pipeline.maintext.linekinds import is_boilerplate_line
from tests.made_articles import kept_beside

_STORIES = {
    "pt": (
        "Prefeitura anuncia reforma das escolas",
        (
            "A prefeitura anunciou nesta terça-feira um plano para reformar as escolas da "
            "região norte da cidade, com obras previstas para o próximo mês.",
            "Segundo a secretária de educação, o investimento deve chegar a quarenta milhões "
            "de reais ao longo de dois anos.",
            "Os moradores disseram que esperam há muito tempo pelas melhorias e que as salas "
            "de aula estão em condições precárias.",
            "A oposição criticou o cronograma e pediu mais transparência sobre os contratos "
            "que serão assinados com as construtoras.",
        ),
    ),
    "ru": (
        "Мэрия объявила о ремонте школ",
        (
            "Мэрия во вторник объявила о новом плане ремонта школ в северной части города, "
            "работы должны начаться в следующем месяце.",
            "По словам руководителя управления образования, общий объем вложений достигнет "
            "сорока миллионов рублей за два года.",
            "Жители рассказали, что давно ждут этих улучшений, а классы находятся в плохом "
            "состоянии.",
            "Оппозиция в городском совете раскритиковала сроки и потребовала больше "
            "прозрачности в контрактах.",
        ),
    ),
    "tr": (
        "Belediye okulları yeniliyor",
        (
            "Belediye salı günü kentin kuzeyindeki okulların yenilenmesi için yeni bir plan "
            "açıkladı ve çalışmaların gelecek ay başlaması bekleniyor.",
            "Eğitim müdürüne göre toplam yatırımın iki yıl içinde kırk milyon lirayı bulması "
            "öngörülüyor.",
            "Görüştüğümüz mahalle sakinleri bu iyileştirmeleri uzun süredir beklediklerini "
            "söyledi.",
            "Meclisteki muhalefet üyeleri takvimi eleştirerek daha fazla şeffaflık istedi.",
        ),
    ),
    "ar": (
        "البلدية تعلن خطة لتجديد المدارس",
        (
            "أعلنت البلدية يوم الثلاثاء عن خطة جديدة لتجديد المدارس في المنطقة الشمالية من "
            "المدينة، على أن تبدأ الأعمال في الشهر المقبل.",
            "وقالت مديرة التعليم إن إجمالي الاستثمار سيصل إلى أربعين مليون دولار على مدى عامين.",
            "وأكد السكان أنهم ينتظرون هذه التحسينات منذ وقت طويل، وأن الفصول الدراسية في "
            "حالة سيئة.",
            "وانتقد أعضاء المعارضة في المجلس البلدي الجدول الزمني وطالبوا بمزيد من الشفافية.",
        ),
    ),
    "pl": (
        "Miasto wyremontuje szkoły",
        (
            "Urząd miasta ogłosił we wtorek nowy plan remontu szkół w północnej części "
            "miasta, a prace mają rozpocząć się w przyszłym miesiącu.",
            "Według naczelnik wydziału edukacji łączne nakłady sięgną czterdziestu milionów "
            "złotych w ciągu dwóch lat.",
            "Mieszkańcy mówili, że od dawna czekają na te zmiany, a sale lekcyjne są w złym "
            "stanie.",
            "Opozycja w radzie miasta skrytykowała harmonogram i zażądała większej "
            "przejrzystości umów.",
        ),
    ),
    "id": (
        "Pemkot perbaiki jalan di wilayah utara",
        (
            "Pemerintah kota mengumumkan rencana baru untuk memperbaiki jalan-jalan di "
            "wilayah utara pada hari Selasa, dengan pekerjaan dimulai bulan depan.",
            "Menurut kepala dinas pekerjaan umum, total anggaran mencapai empat puluh miliar "
            "rupiah selama dua tahun.",
            "Warga mengatakan mereka sudah lama menunggu perbaikan karena banyak jalan rusak "
            "parah saat musim hujan.",
            "Anggota dewan meminta agar proses lelang proyek dilakukan secara terbuka.",
        ),
    ),
}


def _kept(language: str, in_body: str = "", after_text: str = "") -> list[str]:
    title, paragraphs = _STORIES[language]
    return kept_beside(language, title, paragraphs, in_body, after_text)


_CREDITS = [
    ("pt", "Foto: Divulgação/Prefeitura"),
    ("pt", "Fotos: João Silva/Agência Exemplo"),
    ("pl", "Fot. PAP/Jan Kowalski"),
    ("pl", "fot.: Piotr Nowak"),
    ("pl", "(fot. Materiały prasowe)"),
    ("ru", "Фото: Иван Петров"),
    ("ru", "Источник фото: example.ru"),
    ("tr", "Fotoğraf: AA"),
    ("ar", "الصورة: وكالة المثال"),
    ("pt", "(Photo: Jane Roe/Example Times)"),
]


@pytest.mark.parametrize(("language", "line"), _CREDITS)
def test_a_pictures_credit_after_its_label_is_furniture(language: str, line: str) -> None:
    assert is_furniture_label(line)
    assert _kept(language, after_text=f"<p>{line}</p>") == []
    assert _kept(language, in_body=f"<p>{line}</p>") == []


@pytest.mark.parametrize(
    "line",
    [
        "Foto: O prefeito discursa na inauguração. Ele prometeu novas obras.",
        "Foto mostra o prefeito durante a inauguração da escola",
        "Фотограф рассказал, как снимал открытие школы",
        "Fotoğraf: " + "belediye başkanı okulun açılışında konuşma yaptı ve " * 2,
    ],
)
def test_a_caption_or_a_sentence_after_the_word_is_no_credit(line: str) -> None:
    assert not is_furniture_label(line)


_COPYRIGHTS = [
    ("pt", "Todos os direitos reservados © 2026 Jornal Exemplo"),
    ("ru", "Все права защищены © 2026 Пример Медиа"),
    ("ar", "جميع الحقوق محفوظة © 2026"),
    ("tr", "Tüm hakları saklıdır 2026 Örnek Gazete"),
]


@pytest.mark.parametrize(("language", "line"), _COPYRIGHTS)
def test_a_copyright_phrase_opening_the_line_before_the_mark_is_furniture(
    language: str, line: str
) -> None:
    assert is_furniture_label(line)
    assert _kept(language, after_text=f"<p>{line}</p>") == []


@pytest.mark.parametrize(
    "line",
    [
        "Все права защищены законом, напомнил депутат на заседании совета",
        "Todos os direitos reservados aos autores, disse a editora ao jornal",
    ],
)
def test_the_phrase_opening_a_sentence_stays_text(line: str) -> None:
    assert not is_furniture_label(line)


_PITCHES = [
    ("ru", "Подпишитесь на нашу рассылку, чтобы получать главные новости дня"),
    ("ru", "Получайте новости первыми: подпишитесь на рассылку"),
    ("tr", "Abone ol, günün önemli haberleri e-posta kutuna gelsin"),
    ("ar", "اشترك في نشرتنا البريدية لتصلك آخر الأخبار"),
    ("id", "Dapatkan berita terbaru setiap hari dengan berlangganan newsletter kami."),
    ("pt", "Quer receber notícias como esta? Cadastre-se na nossa newsletter."),
]


@pytest.mark.parametrize(("language", "line"), _PITCHES)
def test_a_newsletter_pitched_by_its_mail_is_an_appeal(language: str, line: str) -> None:
    assert is_appeal(line)
    assert _kept(language, after_text=f"<p>{line}</p>") == []


@pytest.mark.parametrize(
    "line",
    [
        "Компания разослала клиентам рассылку о повышении тарифов с января.",
        "Abone olan kullanıcılara e-posta ile bilgi verildi.",
        "Bülten, bakanlığın sitesinde yayımlandı.",
    ],
)
def test_a_report_on_a_mailing_is_text(line: str) -> None:
    assert not is_appeal(line)


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("tr", "Google News'te takip etmek için <a href='https://news.google.com/x'>tıklayın</a>"),
        ("ar", "تابعونا على <a href='https://news.google.com/x'>أخبار جوجل</a>"),
    ],
)
def test_a_follow_prompt_goes(language: str, line: str) -> None:
    assert _kept(language, after_text=f"<p>{line}</p>") == []


def test_a_sentence_naming_the_network_stays() -> None:
    line = "Bakan, açıklamayı Instagram hesabından yaptı ve tepkiler sürüyor."
    assert is_boilerplate_line(line) is False


def test_the_recommended_news_heading_goes_with_its_box() -> None:
    box = (
        "<h3>ÖNERİLEN HABERLER</h3><ul><li><a href='/h/1'>Kentte yağmur sonrası su baskınları "
        "yaşandı</a></li><li><a href='/h/2'>Öğretmenler maaş artışı talep etti</a></li></ul>"
    )
    assert _kept("tr", after_text=box) == []
    assert _kept("tr", after_text="<p>Önerilen Haberler</p>") == []


def test_the_ad_slots_label_goes_and_the_story_goes_on() -> None:
    line = "Dalsza część artykułu pod materiałem wideo"
    assert _kept("pl", in_body=f"<div class='slot'><p>{line}</p></div>") == []
    assert _kept("pl", after_text=f"<p>{line}</p>") == []


_COOKIE_NOTICES = [
    (
        "pt",
        "Utilizamos cookies para melhorar sua experiência. Ao continuar navegando, você "
        "concorda com a nossa Política de Privacidade.",
    ),
    ("pt", "This website uses cookies to ensure you get the best experience."),
    (
        "ru",
        "Мы используем файлы cookie. Продолжая пользоваться сайтом, вы соглашаетесь с "
        "политикой конфиденциальности.",
    ),
    (
        "tr",
        "Sitemizde çerezler kullanılmaktadır. Siteyi kullanmaya devam ederek çerez "
        "politikamızı kabul etmiş olursunuz.",
    ),
    ("id", "Situs ini menggunakan cookie untuk meningkatkan pengalaman Anda."),
    ("ar", "نستخدم ملفات تعريف الارتباط لتحسين تجربتك على الموقع."),
    ("pl", "Używamy plików cookies. Korzystając ze strony, wyrażasz zgodę na ich użycie."),
]


@pytest.mark.parametrize(("language", "line"), _COOKIE_NOTICES)
def test_the_sites_cookie_notice_printed_in_the_body_goes(language: str, line: str) -> None:
    assert _kept(language, after_text=f"<p>{line}</p>") == []
    assert _kept(language, in_body=f"<p>{line}</p>") == []


@pytest.mark.parametrize(
    ("language", "line"),
    [
        (
            "pt",
            "Segundo a lei, os sites que usam cookies precisam pedir o consentimento do leitor.",
        ),
        ("ru", "По закону сайты, которые используют cookie, обязаны спрашивать согласие."),
        ("tr", "Uzmanlar, çerezlerin reklam için kullanıldığını söyledi."),
    ],
)
def test_a_sentence_on_cookies_stays(language: str, line: str) -> None:
    assert _kept(language, in_body=f"<p>{line}</p>") == [line]


@pytest.mark.parametrize(
    ("language", "line"),
    [("pt", "Próxima notícia"), ("id", "Berita Selanjutnya"), ("id", "Artikel Selanjutnya")],
)
def test_the_next_storys_label_goes(language: str, line: str) -> None:
    assert _kept(language, after_text=f"<p>{line}</p>") == []
