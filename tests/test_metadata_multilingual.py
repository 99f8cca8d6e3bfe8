"""Author and date kinds found on pages no reader had been tuned on (session 14: the French
pages of the 91-page set and a sample of Chinese ones, written into
benchmarks/extraction/metadata-gold-fresh.tsv before any reader ran on them), each tried in
more than one language. Every page is a small fixture written for the test."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from pipeline.web.metadata import Metadata, PageView


def meta_of(html: str, url: str = "") -> Metadata:
    view = PageView.parse(html, url)
    assert view is not None
    return view.metadata()


_TITLE = "Les nouvelles lignes de tramway ouvrent en mars"
_LEAD = "<p>Le conseil municipal a voté mardi soir le calendrier des travaux du réseau.</p>"
_TEXT = "<p>Les premières rames circuleront au printemps, a annoncé la présidente.</p>" * 4


def _page(byline: str, title: str = _TITLE, lang: str = "fr") -> str:
    return (
        f"<html lang='{lang}'><head><title>{title}</title></head><body>"
        f"<h1>{title}</h1>{_LEAD * 6}{byline}{_TEXT}</body></html>"
    )


# --- byline markup named in French, Italian, Dutch ---------------------------------------------


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("<div class='dates_auteurs'>par Claire Vasseur, 3 mars 2019</div>", ("Claire Vasseur",)),
        ("<span class='auteur'>Marc Delorme</span>", ("Marc Delorme",)),
        (
            "<p class='article-auteurs'>Par Lise Bonnet et Paul Girard</p>",
            ("Lise Bonnet", "Paul Girard"),
        ),
    ],
)
def test_byline_markup_named_auteur(byline: str, authors: tuple[str, ...]) -> None:
    assert meta_of(_page(byline)).authors == authors


# --- a line that prints the update before the publication --------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Updated: March 9, 2019 | Published: March 3, 2019",
        "Mis à jour le 9 mars 2019 à 11h00 | Publié le 3 mars 2019 à 10h05",
        "Aktualisiert am 9. März 2019 · Erstellt am 3. März 2019",
        "Actualizado el 9 de marzo de 2019 · Publicado el 3 de marzo de 2019",
        "Atualizado em 09/03/2019 - Publicado em 03/03/2019",
        "Обновлено 9 марта 2019 · Опубликовано 3 марта 2019",
        "Aktualizacja: 09.03.2019 Publikacja: 03.03.2019",
        "Güncelleme: 09.03.2019 Yayınlanma: 03.03.2019",
        "Diperbarui 9 Maret 2019, Diterbitkan 3 Maret 2019",
    ],
)
def test_update_printed_before_the_publication(line: str) -> None:
    # no date metas: the line under the title is the page's date
    page = (
        f"<html><head><title>{_TITLE}</title></head><body><h1>{_TITLE}</h1>"
        f"<div class='info'>{line}</div>{_TEXT}</body></html>"
    )
    published = meta_of(page).published_at
    assert published is not None
    assert published.date().isoformat() == "2019-03-03"


@pytest.mark.parametrize(
    "line",
    [
        # the publication first: read as before
        "Published: March 3, 2019 | Updated: March 9, 2019",
        # an update with no publication date after it: the only date printed
        "Mis à jour le 3 mars 2019",
    ],
)
def test_publication_first_or_update_alone(line: str) -> None:
    page = (
        f"<html><head><title>{_TITLE}</title></head><body><h1>{_TITLE}</h1>"
        f"<div class='info'>{line}</div>{_TEXT}</body></html>"
    )
    published = meta_of(page).published_at
    assert published is not None
    assert published.date().isoformat() == "2019-03-03"


# --- month names in Arabic script, Hebrew, Devanagari, Bengali, Thai ---------------------------


def _dated(line: str, lang: str) -> str | None:
    page = (
        f"<html lang='{lang}'><head><title>{_TITLE}</title></head><body><h1>{_TITLE}</h1>"
        f"<div class='info'>{line}</div>{_TEXT}</body></html>"
    )
    published = meta_of(page).published_at
    return published.date().isoformat() if published is not None else None


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        # Persian pages write Persian yeh and keheh where the locale data has Arabic ones
        ("۱۲ ژانویه ۲۰۱۹", "fa"),
        ("یکشنبه 12 ژانویه 2019 - 10:05", "fa"),
        # a page declared in the wrong language (a template's "en") or in none
        ("١٢ يناير ٢٠١٩", "en"),
        ("12 ינואר 2019", "en"),
        ("12 जनवरी 2019", "en"),
        ("১২ জানুয়ারি ২০১৯", "en"),
        ("12 มกราคม 2019", ""),
        ("12 جنوری 2019", ""),
    ],
)
def test_month_names_of_other_scripts(line: str, lang: str) -> None:
    assert _dated(line, lang) == "2019-01-12"


# --- other calendars: solar hijri (Iran, Afghanistan), the Thai Buddhist era -------------------


@pytest.mark.parametrize(
    ("line", "lang", "day"),
    [
        ("تاریخ انتشار: ۱۲ اسفند ۱۳۹۷ - ۱۰:۰۵", "fa", "2019-03-03"),
        ("یکشنبه ۱۴ مهر ۱۴۰۲", "fa", "2023-10-06"),
        ("کد خبر: ۴۵۶۷۸ | تاریخ: ۱۳۹۹/۰۱/۰۱", "fa", "2020-03-20"),
        ("۱۲ حوت ۱۳۹۷", "prs", "2019-03-03"),  # Dari month names
        ("เผยแพร่ 3 มีนาคม 2562 10:05 น.", "th", "2019-03-03"),
        ("3 มี.ค. 62", "th", "2019-03-03"),
        ("วันที่ 3 มีนาคม พ.ศ. 2562", "", "2019-03-03"),
    ],
)
def test_other_calendars(line: str, lang: str, day: str) -> None:
    assert _dated(line, lang) == day


def test_lunar_hijri_numeric_date_is_not_solar() -> None:
    # an Arabic page's lunar hijri date beside its Gregorian one: the Gregorian is read
    assert _dated("الأحد ١٤٤٠/٠٦/٢٦ هـ - ٣ مارس ٢٠١٩", "ar") == "2019-03-03"


# --- relative times in more languages ----------------------------------------------------------

_FETCHED = datetime(2019, 3, 10, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("line", "days"),
    [
        ("3 घंटे पहले", 0),
        ("2 दिन पहले", 2),
        ("۳ ساعت پیش", 0),
        ("۲ روز پیش", 2),
        ("3 گھنٹے پہلے", 0),
        ("3 ชั่วโมงที่แล้ว", 0),
        ("2 วันก่อน", 2),
        ("acum 2 zile", 2),
        ("преди 3 часа", 0),
        ("prije 2 dana", 2),
        ("לפני 2 ימים", 2),
        ("2 päivää sitten", 2),
    ],
)
def test_relative_times_in_more_languages(line: str, days: int) -> None:
    page = (
        f"<html><head><title>{_TITLE}</title></head><body><h1>{_TITLE}</h1>"
        f"<div class='info'>{line}</div>{_TEXT}</body></html>"
    )
    view = PageView.parse(page, "")
    assert view is not None
    published = view.metadata(now=_FETCHED).published_at
    assert published is not None
    assert (_FETCHED.date() - published.date()).days == days


# --- a link to the author's page, with no byline class -----------------------------------------


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("<a href='/author/jane-doe'>Jane Doe</a>", ("Jane Doe",)),
        (
            "<p><a href='https://example.org/auteur/claire-martin/'>Claire Martin</a></p>",
            ("Claire Martin",),
        ),
        (
            "<span><a href='/autor/pedro-gomez'>Pedro Gómez</a> y <a href='/autor/ana-ruiz'>Ana Ruiz</a></span>",
            ("Pedro Gómez", "Ana Ruiz"),
        ),
        ("<div><a href='/journalists/tomasz-nowak'>Tomasz Nowak</a></div>", ("Tomasz Nowak",)),
        ("<div><a href='/yazar/ahmet-yilmaz'>Ahmet Yılmaz</a></div>", ("Ahmet Yılmaz",)),
    ],
)
def test_link_to_an_author_page(byline: str, authors: tuple[str, ...]) -> None:
    assert meta_of(_page(byline)).authors == authors


def test_author_links_in_a_related_list_are_not_the_byline() -> None:
    related = "<div class='related'><a href='/author/jane-doe'>Jane Doe</a></div>"
    assert meta_of(_page(related)).authors == ()


def test_author_link_of_a_story_card_under_the_article_is_not_the_byline() -> None:
    card = "<div class='story-info'><a href='/author/jane-doe/'>Jane Doe</a></div>"
    assert meta_of(_page("", lang="en").replace("</body>", card + "</body>")).authors == ()


# --- bylines that name roles: the writer's, then the photographer's or the editor's -----------


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("<div>Texte : Claire Martin / Photos : Jean Petit</div>", ("Claire Martin",)),
        ("<div>Text: Anna Berger, Fotos: Jan Kühn</div>", ("Anna Berger",)),
        ("<div>Текст: Иван Петров, фото: Олег Сидоров</div>", ("Иван Петров",)),
        ("<div>Texto: María López | Fotos: Juan Pérez</div>", ("María López",)),
        ("<div>Reporter: Budi Santoso | Editor: Ani Lestari</div>", ("Budi Santoso",)),
        ("<div>Penulis: Budi Santoso Editor: Ani Lestari</div>", ("Budi Santoso",)),
        ("<div>Wartawan: Siti Aminah, Fotografer: Dedi Kurnia</div>", ("Siti Aminah",)),
    ],
)
def test_byline_with_roles(byline: str, authors: tuple[str, ...]) -> None:
    assert meta_of(_page(byline.replace("<div>", "<div class='byline'>"))).authors == authors
    page = (
        f"<html><head><title>{_TITLE}</title></head><body><h1>{_TITLE}</h1>{byline}{_TEXT}"
        "</body></html>"
    )
    assert meta_of(page).authors == authors


def test_site_credits_in_an_author_meta_are_no_byline() -> None:
    credits = "Web architecture: Olga Dashko, Design: Max Tolk. Programming: Ivan Moll, Nik Pal. HTML: Ana Mo."
    page = _page("").replace("<head>", f"<head><meta name='author' content='{credits}'>")
    assert meta_of(page).authors == ()


# --- an outlet named with its domain; an author's line under the article -----------------------


@pytest.mark.parametrize(
    "value",
    [
        "Deutsche Welle (www.dw.com)",
        "Kiosk Ostrava (kioskostrava.cz)",
        "Diario Sur (https://diariosur.es/)",
    ],
)
def test_a_name_with_its_domain_in_brackets_is_the_outlet(value: str) -> None:
    page = _page("").replace("<head>", f"<head><meta name='author' content='{value}'>")
    assert meta_of(page).authors == ()


def test_a_person_with_an_address_in_brackets_stays() -> None:
    page = _page("").replace(
        "<head>", "<head><meta name='author' content='Jan Kowal (jan@poczta.pl)'>"
    )
    assert meta_of(page).authors == ("Jan Kowal",)


def _long_page(after: str, lang: str = "fr") -> str:
    return (
        f"<html lang='{lang}'><head><title>{_TITLE}</title></head><body><h1>{_TITLE}</h1>"
        f"{_LEAD * 8}{_TEXT * 2}{after}<p>Lire aussi</p></body></html>"
    )


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("<p>Auteur : Kofi Mensah Édition : Marc Lenoir</p>", ("Kofi Mensah",)),
        ("<p>Autor: Jonas Weber</p>", ("Jonas Weber",)),
        ("<p>Autorin: Lena Fischer</p>", ("Lena Fischer",)),
        ("<div><span>Auteur</span><span>Léa Moreau</span></div>", ("Léa Moreau",)),
        ("<p>Author: John Smith</p>", ("John Smith",)),
        ("<p>Yazar: Ayşe Demir</p>", ("Ayşe Demir",)),
    ],
)
def test_author_line_under_a_long_article(line: str, authors: tuple[str, ...]) -> None:
    assert meta_of(_long_page(line)).authors == authors


def test_a_one_word_handle_after_author_is_no_name() -> None:
    assert meta_of(_long_page("<p>Autor: kasia88</p><p>Autor: Gość</p>")).authors == ()


# --- a JSON-LD author the page never prints, another byline printed -------------------------------

_LD_AUTHOR = (
    '<script type="application/ld+json">{"@context": "https://schema.org", "@type": '
    '"NewsArticle", "headline": "x", "author": {"@type": "Person", "name": "Paul Verdier"}}'
    "</script>"
)


def test_printed_byline_beats_a_json_ld_author_never_printed() -> None:
    page = _page("<div class='byline'>Par Léa Moreau</div>").replace(
        "<head>", f"<head>{_LD_AUTHOR}"
    )
    assert meta_of(page).authors == ("Léa Moreau",)


def test_json_ld_author_printed_elsewhere_stays() -> None:
    box = "<div class='byline'>Par Léa Moreau</div><p>Paul Verdier est rédacteur en chef.</p>"
    page = _page(box).replace("<head>", f"<head>{_LD_AUTHOR}")
    assert meta_of(page).authors == ("Paul Verdier",)


@pytest.mark.parametrize(
    ("value", "name"),
    [
        ("Nicolás Gutiérrez C.", "Nicolás Gutiérrez C."),
        ("By John D.", "John D."),
        ("Jane Doe.", "Jane Doe"),  # a sentence's full stop is no initial
    ],
)
def test_a_closing_initial_keeps_its_dot(value: str, name: str) -> None:
    page = _page("").replace("<head>", f"<head><meta name='author' content='{value}'>")
    assert meta_of(page).authors == (name,)


# --- an author meta naming the editor, whom the page prints only as its editor ----------------


@pytest.mark.parametrize(
    ("meta", "credit", "editor_line", "authors"),
    [
        (
            "申文峰",
            "<p>本网讯（记者 梁沅 通讯员 石岩）警方表示，春节期间严查。</p>",
            "<p>编辑： 申文峰</p>",
            ("梁沅",),
        ),
        (
            "申文峰",
            "<p>本网讯（记者 梁沅）警方表示，春节期间严查。</p>",
            "<div><span>编辑：</span><span>申文峰</span></div>",
            ("梁沅",),
        ),
        (
            "Anna Weiss",
            "<div class='byline'>Von Jonas Berger</div>",
            "<p>Redaktion: Anna Weiss</p>",
            ("Jonas Berger",),
        ),
        (
            "Ani Lestari",
            "<div class='byline'>Penulis: Budi Santoso</div>",
            "<p>Editor: Ani Lestari</p>",
            ("Budi Santoso",),
        ),
    ],
)
def test_an_author_meta_printed_only_as_the_editor(
    meta: str, credit: str, editor_line: str, authors: tuple[str, ...]
) -> None:
    page = (
        f"<html><head><title>{_TITLE}</title><meta name='author' content='{meta}'></head><body>"
        f"<h1>{_TITLE}</h1>{credit}{_TEXT}{editor_line}</body></html>"
    )
    assert meta_of(page).authors == authors


@pytest.mark.parametrize(
    ("byline", "lang"), [("<p>By Jane Doe</p>", "en"), ("<p>Par Léa Moreau</p>", "fr")]
)
def test_a_by_line_after_a_long_standfirst(byline: str, lang: str) -> None:
    standfirst = "<p>" + "Le conseil municipal a voté mardi soir le calendrier des travaux. " * 7
    page = (
        f"<html lang='{lang}'><head><title>{_TITLE}</title></head><body><h1>{_TITLE}</h1>"
        f"{standfirst}</p>{byline}{_TEXT}</body></html>"
    )
    assert len(meta_of(page).authors) == 1


@pytest.mark.parametrize(
    ("byline", "lang", "authors"),
    [
        ("<div>文：山田太郎</div>", "ja", ("山田太郎",)),
        ("<div>文・佐藤花子</div>", "ja", ("佐藤花子",)),
        ("<div>記者：山田太郎</div>", "ja", ("山田太郎",)),
        ("<div>筆者：鈴木一郎</div>", "ja", ("鈴木一郎",)),
        ("<div>लेखक: राम कुमार</div>", "hi", ("राम कुमार",)),
        ("<div>Haber: Ahmet Yılmaz</div>", "tr", ("Ahmet Yılmaz",)),
    ],
)
def test_writer_labels_in_japanese_hindi_turkish(
    byline: str, lang: str, authors: tuple[str, ...]
) -> None:
    page = (
        f"<html lang='{lang}'><head><title>{_TITLE}</title></head><body><h1>{_TITLE}</h1>"
        f"{byline}{_TEXT}</body></html>"
    )
    assert meta_of(page).authors == authors


def test_a_place_reported_from_after_the_reporters_is_no_name() -> None:
    page = (
        f"<html lang='zh-TW'><head><title>{_TITLE}</title></head><body><h1>{_TITLE}</h1>"
        f"<div>記者：邱文琪 羅志中 台北報導</div>{_TEXT}</body></html>"
    )
    assert meta_of(page).authors == ("邱文琪", "羅志中")


# --- Greek bylines name the writer in the genitive or the accusative ---------------------------


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("Του Γιώργου Παπαδόπουλου", ("Γιώργος Παπαδόπουλος",)),
        ("Της Ελένης Καρρά", ("Ελένη Καρρά",)),
        ("της Μαρίας Ηλιοπούλου", ("Μαρία Ηλιοπούλου",)),
        ("Με τον Νίκο Καρύδη", ("Νίκος Καρύδης",)),
        ("Του Ανδρέα Λουκά", ("Ανδρέας Λουκάς",)),
        ("Με την Άννα Ζήση", ("Άννα Ζήση",)),
    ],
)
def test_greek_bylines_in_the_nominative(byline: str, authors: tuple[str, ...]) -> None:
    page = (
        f"<html lang='el'><head><title>{_TITLE}</title></head><body><h1>{_TITLE}</h1>"
        f"<div class='byline'>{byline}</div>{_TEXT}</body></html>"
    )
    assert meta_of(page).authors == authors


def test_a_byline_after_a_section_and_a_date_on_one_line() -> None:
    page = (
        f"<html lang='el'><head><title>{_TITLE}</title></head><body><h1>{_TITLE}</h1>"
        f"<div>Απόψεις | 08/01/2012 | Με τον Νίκο Καρύδη</div>{_TEXT}</body></html>"
    )
    assert meta_of(page).authors == ("Νίκος Καρύδης",)
    english = page.replace("Απόψεις | 08/01/2012 | Με τον Νίκο Καρύδη", "Opinion | By Jane Doe")
    assert meta_of(english).authors == ("Jane Doe",)


@pytest.mark.parametrize(
    ("lead", "authors"),
    [
        (
            "<p>Денвер, Январь 05 (Новый Регион, Константин Зельфанов) – Центровой набрал 11 очков.</p>",
            ("Константин Зельфанов",),
        ),
        (
            "<p>KYIV, Jan 5 (Nova Agency, Olena Marchuk) - The council voted on Tuesday.</p>",
            ("Olena Marchuk",),
        ),
    ],
)
def test_an_outlet_and_reporter_credit_in_the_dateline(lead: str, authors: tuple[str, ...]) -> None:
    page = (
        f"<html><head><title>{_TITLE}</title></head><body><h1>{_TITLE}</h1>{lead}{_TEXT}"
        "</body></html>"
    )
    assert meta_of(page).authors == authors


@pytest.mark.parametrize(
    "lead",
    [
        "<p>WASHINGTON, Jan 5 (Reuters, Jan 5) - The council voted on Tuesday.</p>",
        "<p>PARIS (AFP, Paris) - The council voted on Tuesday.</p>",
        "<p>The minister (born in Kyiv, Ukraine) - said on Tuesday that the council voted.</p>",
    ],
)
def test_dateline_brackets_without_a_reporter(lead: str) -> None:
    page = (
        f"<html><head><title>{_TITLE}</title></head><body><h1>{_TITLE}</h1>{lead}{_TEXT}"
        "</body></html>"
    )
    assert meta_of(page).authors == ()


# --- news agencies: credited alone, the author (session 26, bylines26); desks no one -----------


@pytest.mark.parametrize(
    "value",
    [
        *(
            "Lusa",
            "Agência Lusa",
            "РИА Новости",
            "Интерфакс",
            "УНИАН",
            "Укрінформ",
            "Anadolu Ajansı",
        ),
        *("Bernama", "Antara", "Yonhap", "Kyodo", "Belga", "Agerpres", "Tanjug", "Notimex"),
        *("Sputnik", "Prensa Latina", "Adnkronos"),
        *("ANP", "MTI", "BTA", "HINA", "SDA", "ČTK", "TTXVN", "ΑΠΕ-ΜΠΕ", "IRNA", "KUNA", "AA"),
    ],
)
def test_news_agencies_alone_are_the_author(value: str) -> None:
    page = _page("").replace("<head>", f"<head><meta name='author' content='{value}'>")
    assert meta_of(page).authors == (value,)


@pytest.mark.parametrize("value", ["Agencias", "Agences", "XYZ"])
def test_agencies_unnamed_and_unknown_initials_are_no_authors(value: str) -> None:
    page = _page("").replace("<head>", f"<head><meta name='author' content='{value}'>")
    assert meta_of(page).authors == ()


@pytest.mark.parametrize("value", ["Redação", "Tim Redaksi", "Redaktion", "Staff"])
def test_a_desk_declared_alone_is_the_author(value: str) -> None:
    # (since session 31: the public sets' references keep a declared desk more often than
    # they say none; `web.metadata.declareddesks`)
    page = _page("").replace("<head>", f"<head><meta name='author' content='{value}'>")
    assert meta_of(page).authors == (value,)


def test_news_agencies_beside_a_person_are_left_out() -> None:
    page = _page("").replace("<head>", "<head><meta name='author' content='Ana Souza, Lusa'>")
    assert meta_of(page).authors == ("Ana Souza",)


@pytest.mark.parametrize("value", ["Tasnim Ahmed", "Ana Lusa Pereira", "JOHN SMITH", "李A明"])
def test_people_named_like_agencies_stay(value: str) -> None:
    page = _page("").replace("<head>", f"<head><meta name='author' content='{value}'>")
    assert len(meta_of(page).authors) == 1


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("12 كانون الثاني 2019", "2019-01-12"),
        ("الأحد 3 آذار 2019", "2019-03-03"),
        ("١٥ تشرين الأول ٢٠١٨ - ١٠:٠٥", "2018-10-15"),
        ("5 آب 2018", "2018-08-05"),
    ],
)
def test_levantine_month_names(line: str, day: str) -> None:
    assert _dated(line, "ar") == day


@pytest.mark.parametrize(
    ("line", "hours"),
    [
        ("an hour ago", 1),
        ("vor einer Stunde", 1),
        ("il y a une heure", 1),
        ("hace una hora", 1),
        ("há uma hora", 1),
        ("un'ora fa", 1),
        ("час назад", 1),
        ("godzinę temu", 1),
        ("منذ ساعة", 1),
        ("منذ ساعتين", 2),
    ],
)
def test_one_unit_ago_without_a_number(line: str, hours: int) -> None:
    page = (
        f"<html><head><title>{_TITLE}</title></head><body><h1>{_TITLE}</h1>"
        f"<div class='info'>{line}</div>{_TEXT}</body></html>"
    )
    view = PageView.parse(page, "")
    assert view is not None
    assert view.metadata(now=_FETCHED).published_at == _FETCHED - timedelta(hours=hours)


def test_a_sentence_with_now_and_does_is_no_time() -> None:
    page = (
        f"<html lang='it'><head><title>{_TITLE}</title></head><body><h1>{_TITLE}</h1>"
        f"<p>L'Italia ora fa i conti con il debito.</p>{_TEXT}</body></html>"
    )
    view = PageView.parse(page, "")
    assert view is not None
    assert view.metadata(now=_FETCHED).published_at is None


# --- "written by" in other languages; a place after the name ----------------------------------


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("Escrito por María López", ("María López",)),
        ("Scritto da Marco Rossi", ("Marco Rossi",)),
        ("Écrit par Claire Martin", ("Claire Martin",)),
        ("Geschrieben von Anna Berger", ("Anna Berger",)),
        ("Ein Beitrag von Anna Berger", ("Anna Berger",)),
        ("Publicado por Juan Pérez", ("Juan Pérez",)),
        ("Texte et photos : Claire Martin", ("Claire Martin",)),
        ("Text und Fotos: Anna Berger", ("Anna Berger",)),
        ("Story and photos by Jane Doe", ("Jane Doe",)),
        ("Írta: Kovács Anna", ("Kovács Anna",)),
        ("Ditulis oleh Budi Santoso", ("Budi Santoso",)),
        ("Γράφει ο Νίκος Καρύδης", ("Νίκος Καρύδης",)),
    ],
)
def test_written_by_in_other_languages(byline: str, authors: tuple[str, ...]) -> None:
    page = (
        f"<html><head><title>{_TITLE}</title></head><body><h1>{_TITLE}</h1>"
        f"<div>{byline}</div>{_TEXT}</body></html>"
    )
    assert meta_of(page).authors == authors


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("Von Anna Berger, Berlin", ("Anna Berger",)),
        ("By Jane Doe, Washington", ("Jane Doe",)),
        ("By Jane Doe and John Roe, Washington", ("Jane Doe", "John Roe")),
        ("By Jane Doe, John Roe", ("Jane Doe", "John Roe")),
    ],
)
def test_a_place_after_the_names(byline: str, authors: tuple[str, ...]) -> None:
    page = (
        f"<html><head><title>{_TITLE}</title></head><body><h1>{_TITLE}</h1>"
        f"<div class='byline'>{byline}</div>{_TEXT}</body></html>"
    )
    assert meta_of(page).authors == authors


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("新华网黑龙江频道  记者  王丽  李清源", ("王丽", "李清源")),
        ("记者　张明", ("张明",)),
    ],
)
def test_a_spaced_reporter_line_on_a_page_without_a_headline(
    line: str, authors: tuple[str, ...]
) -> None:
    page = (
        "<html lang='zh-CN'><head><title>农机专家：为农机行业搭建信息平台_振兴东北</title></head><body>"
        "<div>首页｜新华社记者看东北｜人物专访</div><div>2005年08月16日　来源：新华网</div>"
        f"<div>{line}</div>"
        + "<p>个人简介：该同志现任公司党委书记、董事长兼总经理。</p>" * 5
        + "</body></html>"
    )
    assert meta_of(page).authors == authors


def test_a_menu_column_named_after_reporters_is_no_credit() -> None:
    page = (
        "<html lang='zh-CN'><head><title>农机专家：为农机行业搭建信息平台</title></head><body>"
        "<div>首页｜新华社记者看东北｜人物专访</div>"
        + "<p>个人简介：该同志现任公司党委书记、董事长兼总经理。</p>" * 5
        + "</body></html>"
    )
    assert meta_of(page).authors == ()
