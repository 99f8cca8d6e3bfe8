"""Metadata failure kinds found on held-out pages (benchmarks/extraction/metadata-gold-heldout.tsv),
each on a small fixture written for the test: pages without headline markup, bylines in
other forms, author values that are links, dates in ambiguous or local forms."""

from __future__ import annotations

from datetime import datetime

import pytest

from pipeline.web.metadata import Metadata, PageView, split_authors


def meta_of(html: str, url: str = "", now: datetime | None = None) -> Metadata:
    view = PageView.parse(html, url)
    assert view is not None
    return view.metadata(now=now)


_TEXT = "<p>" + "The council met on the budget and voted after a long debate. " * 6 + "</p>"


# --- dates on pages without headline markup ---------------------------------------------------


def test_a_dateline_is_read_on_a_page_without_a_headline() -> None:
    html = (
        "<html><head><title>Air quality index</title></head><body>"
        "<div class='nav'><span>2013-04-10 09:00</span></div>"
        "<table><tr><td><b>Green groups urge new air quality index</b></td></tr>"
        "<tr><td>2012-01-17 HKT 19:37</td></tr>"
        f"<tr><td>{_TEXT}</td></tr></table></body></html>"
    )
    assert meta_of(html).published_at.date().isoformat() == "2012-01-17"  # type: ignore[union-attr]


def test_a_bracketed_dateline_in_chinese_without_a_headline() -> None:
    html = (
        "<html><head><title>中廣新聞網</title></head><body><header>今天 2013/04/10</header>"
        "<div>首頁 新聞總覽 春節就醫急診無休</div><div>春節就醫急診無休 門診初五恢復常態</div>"
        "<div>【2012/01/17 16:59 報導 】</div><div>春節連假長達九天，急診不打烊。</div>"
        "</body></html>"
    )
    assert meta_of(html).published_at.date().isoformat() == "2012-01-17"  # type: ignore[union-attr]


def test_an_empty_h1_is_not_the_headline() -> None:
    html = (
        "<html><head><title>Ελλάδα</title></head><body><h1><img src='logo.png'></h1>"
        + "".join(
            f"<div><a href='/{i}'>Άλλο άρθρο για την οικονομία και τα μέτρα {i}</a></div>"
            for i in range(9)
        )
        + "<h2>Επιδημία το κούρεμα</h2>"
        '<p>Για τρίτη συνεχή χρονιά η χώρα βρίσκεται αντιμέτωπη.</p><p>"Η" 30/12/2011</p>'
        "</body></html>"
    )
    assert meta_of(html).published_at.date().isoformat() == "2011-12-30"  # type: ignore[union-attr]


def test_a_line_too_long_to_be_a_dateline_is_not_read() -> None:
    html = (
        "<html><head><title>x</title></head><body><p>In a report published on 2012-01-17 the "
        "agency said that the index would change over the coming years.</p></body></html>"
    )
    assert meta_of(html).published_at is None


# --- Chinese reporters credited in the article text -------------------------------------------


def _zh(body: str, head: str = "") -> str:
    return (
        f"<html lang='zh-CN'><head><title>春节森呼吸 林务局推荐15条步道</title>{head}</head>"
        f"<body><h1>春节森呼吸 林务局推荐15条步道</h1><div>2012-01-17</div>{body}</body></html>"
    )


def test_a_dispatch_credit_in_brackets_names_the_reporters() -> None:
    lead = "<p>新华网吉利奥岛1月16日电（记者王昀加　王庆钦）她曾是地中海上的游轮之一。</p>"
    assert meta_of(_zh(lead)).authors == ("王昀加", "王庆钦")


def test_a_taiwanese_credit_with_the_place_names_the_reporter() -> None:
    lead = "<p>〔記者鍾麗華／台北報導〕農曆春節年假長達九天，林務局管理的遊樂區都將休園一天。</p>"
    assert meta_of(_zh(lead)).authors == ("鍾麗華",)


def test_a_closing_credit_and_an_author_label_name_the_reporter() -> None:
    body = "<p>春节连假长达九天，急诊不打烊。</p>" * 5
    assert meta_of(_zh(body + "<p>新京报记者 彭冲 山东冠县报道</p>")).authors == ("彭冲",)
    assert meta_of(_zh(body + "<p>作者：代进</p>")).authors == ("代进",)


def test_a_photo_credit_and_an_empty_author_label_are_not_reporters() -> None:
    body = "<p>民眾要注意咳嗽禮節。（記者盧育君攝）</p><p>作者：</p><p>来源：</p><p>编辑：</p>"
    assert meta_of(_zh(body)).authors == ()


def test_an_author_meta_the_page_prints_is_kept_over_a_credit_in_the_text() -> None:
    lead = "<p>（记者王昀加）她曾是地中海上的游轮之一。</p><p>本文由李明整理</p>"
    head = "<meta name='author' content='李明'>"
    assert meta_of(_zh(lead, head)).authors == ("李明",)


# --- an author meta naming someone the page never prints ---------------------------------------


def test_a_printed_byline_beats_an_author_meta_the_page_never_prints() -> None:
    head = "<meta name='author' content='董森河'>"
    byline = "<p class='byline'>By Wang Xiaoyu | Updated: 2024-05-13 09:08</p>"
    html = (
        f"<html lang='en'><head><title>Baduanjin wins the young</title>{head}</head><body>"
        f"<h1>Baduanjin wins the young</h1>{byline}{_TEXT}</body></html>"
    )
    assert meta_of(html).authors == ("Wang Xiaoyu",)


def test_a_chinese_author_label_beats_an_editor_in_the_author_meta() -> None:
    head = "<meta name='author' content='田鸿伟'>"
    assert meta_of(_zh("<p>作者：王攀</p><p>来源：新华网</p>", head)).authors == ("王攀",)


def test_an_author_meta_the_page_prints_is_kept() -> None:
    head = "<meta name='author' content='Jane Doe'>"
    byline = "<p class='byline'>By Wang Xiaoyu</p>"
    html = (
        f"<html lang='en'><head><title>Baduanjin wins the young</title>{head}</head><body>"
        f"<h1>Baduanjin wins the young</h1>{byline}{_TEXT}<p>Jane Doe contributed.</p></body></html>"
    )
    assert meta_of(html).authors == ("Jane Doe",)
    # printed only as the editor ("Edited by Jane Doe"): the meta names the editor
    edited = html.replace("<p>Jane Doe contributed.</p>", "<p>Edited by Jane Doe</p>")
    assert meta_of(edited).authors == ("Wang Xiaoyu",)


def test_an_agency_acronym_does_not_replace_an_author_meta() -> None:
    head = "<meta name='author' content='Anna Nowak'>"
    html = (
        f"<html lang='pl'><head><title>Kopalnie w styczniu</title>{head}</head><body>"
        f"<h1>Kopalnie w styczniu</h1><p>Autor: PAP | 03-01-2012 12:05</p>{_TEXT}</body></html>"
    )
    assert meta_of(html).authors == ("Anna Nowak",)


# --- names: nicknames, outlets after the name, link labels ------------------------------------


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("Richard (R.J.) Eskow", ["Richard (R.J.) Eskow"]),
        ("By Francesca Gariano, TODAY", ["Francesca Gariano"]),
        ("JOHN SMITH, AP", ["JOHN SMITH"]),
        ("Jayesh Shinde | View Full Profile", ["Jayesh Shinde"]),
        ("Martin Untersinger (avec Damien Leloup)", ["Martin Untersinger", "Damien Leloup"]),
        ("Smith, John", ["Smith, John"]),
        ("张三、李四", ["张三", "李四"]),
        # the word joining two names, in the languages of the pages we read
        ("Penulis: Budi Santoso dan Siti Aminah", ["Budi Santoso", "Siti Aminah"]),
        ("Anna Svensson och Erik Lind", ["Anna Svensson", "Erik Lind"]),
        ("Matti Virtanen ja Liisa Korhonen", ["Matti Virtanen", "Liisa Korhonen"]),
        ("Nagy Péter és Kovács Anna", ["Nagy Péter", "Kovács Anna"]),
        ("Ion Popescu și Maria Ionescu", ["Ion Popescu", "Maria Ionescu"]),
        ("Олег Петренко та Ірина Коваль", ["Олег Петренко", "Ірина Коваль"]),
        ("Nguyễn Văn An và Trần Thị Bình", ["Nguyễn Văn An", "Trần Thị Bình"]),
        # the word before the name in languages absent from the dev pages
        ("מאת דנה כהן", ["דנה כהן"]),
        ("โดย สมชาย ใจดี", ["สมชาย ใจดี"]),
        ("Avtor: Janez Novak", ["Janez Novak"]),
        ("Muhabir: Ayşe Yılmaz", ["Ayşe Yılmaz"]),
        ("نویسنده: علی رضایی", ["علی رضایی"]),
        ("Συντάκτης: Γιώργος Παπαδόπουλος", ["Γιώργος Παπαδόπουλος"]),
        ("Skrevet av Kari Nordmann", ["Kari Nordmann"]),
        # a joining word that is also a first name joins only in lower case
        ("Dan Brown and Jane Doe", ["Dan Brown", "Jane Doe"]),
        ("Smith, Dan", ["Smith, Dan"]),
    ],
)
def test_byline_names(byline: str, names: list[str]) -> None:
    assert split_authors(byline) == names


# --- dates of video pages and dates only in the <title> ---------------------------------------


def test_a_video_page_is_dated_by_its_upload_date() -> None:
    ld = (
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type": '
        '"VideoObject", "name": "Last hominin standing", "uploadDate": "2018-12-20"}</script>'
    )
    html = f"<html><head><title>Last hominin standing</title>{ld}</head><body></body></html>"
    assert meta_of(html).published_at.date().isoformat() == "2018-12-20"  # type: ignore[union-attr]


def test_an_article_object_is_preferred_to_a_video_in_it() -> None:
    ld = (
        '<script type="application/ld+json">[{"@type": "VideoObject", "uploadDate": '
        '"2018-12-20"}, {"@type": "NewsArticle", "datePublished": "2024-05-02"}]</script>'
    )
    html = f"<html><head><title>Clip</title>{ld}</head><body></body></html>"
    assert meta_of(html).published_at.date().isoformat() == "2024-05-02"  # type: ignore[union-attr]


def test_a_date_only_in_the_title_is_the_last_resort() -> None:
    title = "Una solución no violenta para la cuestión mapuche - 07.12.2017 - LA NACION"
    html = f"<html lang='es'><head><title>{title}</title></head><body>{_TEXT}</body></html>"
    assert meta_of(html).published_at.date().isoformat() == "2017-12-07"  # type: ignore[union-attr]
    in_url = meta_of(html, "https://example.com/2017/12/08/una-solucion")
    assert in_url.published_at.date().isoformat() == "2017-12-08"  # type: ignore[union-attr]


# --- a byline set above the headline ------------------------------------------------------------


def _above(before: str, after: str = "") -> str:
    return (
        "<html lang='en'><head><title>Podcasts that inspire IT leaders</title>"
        "<meta property='article:author' content='https://example.com/author/linda-r/'></head>"
        f"<body><nav><ul><li class='author-menu'><a href='/authors'>Our Authors</a></li></ul></nav>"
        f"<div class='article-header'>{before}<h1>Podcasts that inspire IT leaders</h1></div>"
        f"{after}{_TEXT}</body></html>"
    )


def test_a_byline_above_the_headline_is_read_when_none_is_below() -> None:
    byline = (
        "<div class='author'><div class='author__name'>by Linda Rosencrance</div>"
        "<div class='author__info'>Contributing Writer</div></div>"
    )
    assert meta_of(_above(byline)).authors == ("Linda Rosencrance",)


def test_a_byline_below_the_headline_wins_over_one_above() -> None:
    above = "<div class='author'>by Linda Rosencrance</div>"
    below = "<p class='byline'>By Thai Vong</p>"
    assert meta_of(_above(above, below)).authors == ("Thai Vong",)


def test_a_list_of_other_authors_above_the_headline_is_no_byline() -> None:
    items = "".join(
        f"<li><span class='author'>{name}</span> <a href='/a{i}'>Lecture {i}</a></li>"
        for i, name in enumerate(["Oleg Genisaretsky", "Yuri Plyusnin", "Vladimir Surdin"])
    )
    assert meta_of(_above(f"<ul>{items}</ul>")).authors == ()


def test_a_menu_link_to_a_section_front_page_is_no_byline() -> None:
    menu = "<ul><li id='gnBylines'><a href='http://bylines.example.jp/'>Writers</a></li></ul>"
    assert meta_of(_above(menu)).authors == ()


# --- a written date with a two-digit year --------------------------------------------------------


def test_a_written_date_with_a_two_digit_year_and_a_time() -> None:
    from pipeline.text.dates import UTC, date_in_text

    found = date_in_text("Опубликовано 17 января 12 (18:23)", UTC, "ru")
    assert found is not None and found.date().isoformat() == "2012-01-17"
    assert date_in_text("17 января 12", UTC, "ru") is None  # no time: "12" may be anything
    assert date_in_text("Chapter 3 of Volume 12 10:30", UTC, "en") is None


# --- a date after its publication label, out of the usual places ------------------------------


def test_a_labelled_date_below_a_long_standfirst() -> None:
    standfirst = "<p>" + "Un portrait sonore des électeurs qui votent nul, de ville en ville. " * 9
    html = (
        "<html lang='fr'><head><title>Les voix du vote nul</title></head><body>"
        f"<h1>Les voix du vote nul</h1>{standfirst}</p><p>Réalisation : Jeanne Roux</p>"
        "<div><span>Mise en ligne</span> <span>12 mars 2021</span></div>"
        f"{_TEXT}</body></html>"
    )
    found = meta_of(html).published_at
    assert found is not None and found.date().isoformat() == "2021-03-12"


def test_a_long_published_and_updated_line_on_a_page_without_a_headline() -> None:
    html = (
        "<html lang='el'><head><title>Ο ΠΥΡΣΟΣ online - Νέα μέτρα για την υγεία</title></head>"
        "<body><div class='menu'>Κυριακή 15 Ιανουαρίου 2012</div>"
        "<div class='art_head'>Νέα μέτρα για την υγεία των παιδιών</div>"
        "<div class='art_info'>Δημοσίευση: 9-1-2012, 10:54 Τελευταία ανανέωση: 10-1-2012, 11:14</div>"
        f"{_TEXT}</body></html>"
    )
    found = meta_of(html).published_at
    assert found is not None and found.date().isoformat() == "2012-01-09"


def test_a_dateline_without_a_time_gives_way_to_the_next_one_with_a_time() -> None:
    html = (
        "<html><head><title>山居笔记 » 秋天的第一场雨</title></head><body><table><tr>"
        "<td>首页 | 登录</td><td>2026年1月8日（北京时间）</td></tr></table>"
        "<p>Monday, October 3rd, 2022 9:15 pm</p><p><b>秋天的第一场雨</b></p>"
        "<p>" + "雨从傍晚开始下，一直到深夜都没有停，山路上满是落叶。" * 8 + "</p></body></html>"
    )
    found = meta_of(html).published_at
    assert found is not None and found.date().isoformat() == "2022-10-03"


def test_a_dateline_without_a_time_stays_before_later_dates() -> None:
    html = (
        "<html><head><title>年会议程</title></head><body><p>经济学年会会议议程</p>"
        "<p>2024-11-20 阅读1024次</p><p>（2024年11月23日，南京大学）</p>"
        "<p>" + "会议分为六个分会场，每场报告二十分钟，评论十分钟。" * 8 + "</p>"
        "<p>发表时间：2024-11-24 9:51:00</p></body></html>"
    )
    found = meta_of(html).published_at
    assert found is not None and found.date().isoformat() == "2024-11-20"


# --- a numeric structured date that reads both ways ---------------------------------------------


def _ambiguous(meta: str, printed: str) -> str:
    head = f"<meta property='article:published_time' content='{meta}'>"
    return (
        f"<html lang='en'><head><title>What fasting does</title>{head}</head><body>"
        f"<h1>What fasting does</h1><p class='byline'>By Daryl Austin</p><p>{printed}</p>"
        f"{_TEXT}</body></html>"
    )


def test_an_ambiguous_numeric_meta_date_follows_the_printed_date() -> None:
    found = meta_of(_ambiguous("03-09-2026", "Published March 9, 2026")).published_at
    assert found is not None and found.date().isoformat() == "2026-03-09"


def test_an_ambiguous_numeric_meta_date_stays_day_first_without_such_evidence() -> None:
    found = meta_of(_ambiguous("03-09-2026", "Published 3 September 2026")).published_at
    assert found is not None and found.date().isoformat() == "2026-09-03"
    found = meta_of(_ambiguous("03-09-2026", "")).published_at
    assert found is not None and found.date().isoformat() == "2026-09-03"
    found = meta_of(_ambiguous("2026-03-09", "Published September 3, 2026")).published_at
    assert found is not None and found.date().isoformat() == "2026-03-09"  # ISO: one reading


# --- desks, agencies in capitals and credits given as bylines ---------------------------------


def test_a_byline_opening_with_our_names_a_desk() -> None:
    assert split_authors("By Our Foreign Staff") == []
    assert split_authors("Our Political Correspondent") == []
    assert split_authors("Notre correspondant à Bruxelles") == []
    assert split_authors("Наш корреспондент") == []
    assert split_authors("Ourania Kostas") == ["Ourania Kostas"]


def test_a_turkish_agency_in_capitals_is_no_author() -> None:
    assert split_authors("İHA") == []  # "İHA".lower() holds a combining dot
    assert split_authors("DHA") == []
    assert split_authors("İsmail Yılmaz") == ["İsmail Yılmaz"]


def test_a_byline_that_is_a_bracketed_reporters_credit() -> None:
    assert split_authors("【中央晚報╱記者王小明／台北報導】") == ["王小明"]
    assert split_authors("（实习记者 樊亮 张明超 记者惠禾）") == ["樊亮", "张明超", "惠禾"]
    assert split_authors("（記者陳小華攝）") == []
    html = (
        "<html><head><title>颱風明晨登陸</title></head><body><h1>颱風明晨登陸</h1>"
        "<div id='story_author'>【中央晚報╱記者王小明／台北報導】</div>"
        "<p>" + "颱風今晚逐漸接近，氣象局提醒民眾做好防颱準備。" * 8 + "</p></body></html>"
    )
    assert meta_of(html).authors == ("王小明",)


def test_middle_names_in_brackets_stay_inside_one_name() -> None:
    assert split_authors("Lucas (Pedro Alves) Moreira") == ["Lucas (Pedro Alves) Moreira"]
    assert split_authors("Richard (R.J.) Eskow") == ["Richard (R.J.) Eskow"]


def test_the_polish_press_agency_is_no_author() -> None:
    assert split_authors("PAP") == []
    assert split_authors("Anna Nowak, PAP") == ["Anna Nowak"]


def test_a_stock_photo_credit_in_author_markup_is_no_byline() -> None:
    html = (
        "<html><head><title>Mosquitoes love some skins</title></head><body>"
        "<h1>Mosquitoes love some skins</h1><div class='author'>Reuters</div>"
        "<div><a href='/p/1'><img src='/m.jpg' alt='a mosquito'></a>"
        "<span class='author'>shutterstock</span></div>"
        f"{_TEXT}</body></html>"
    )
    # the agency credited alone is the author (session 26); the stock library is no one
    assert meta_of(html).authors == ("Reuters",)


def test_a_hidden_organisation_inside_the_byline_is_no_author() -> None:
    html = (
        "<html><head><title>Floods close the river road</title></head><body>"
        "<h1>Floods close the river road</h1><div class='item_author'>"
        "<span class='author vcard'><span class='fn'>Mara Quist</span></span>"
        "<span class='source-org vcard' style='display: none;'>"
        "<span class='org fn'>Valley Courier</span></span>"
        "<span hidden>Harbor Ledger</span></div>"
        f"{_TEXT}</body></html>"
    )
    assert meta_of(html).authors == ("Mara Quist",)


def test_a_link_after_another_label_in_the_byline_box_is_no_name() -> None:
    def page(box: str) -> str:
        return (
            "<html><head><title>春节出游调查</title></head><body><h1>春节出游调查</h1>"
            f"<div class='author'>{box}</div>"
            "<p>"
            + "调查显示，六成受访者选择自助游，家庭出游比例继续上升。" * 8
            + "</p></body></html>"
        )

    box = "本文栏目：<a href='/c/1'>旅游</a> 作者：<a href='/u/2'>周明远</a>"
    assert meta_of(page(box)).authors == ("周明远",)
    box = "Category: <a href='/c/1'>Travel Notes</a> Par : <a href='/u/2'>Lise Martel</a>"
    assert meta_of(page(box)).authors == ("Lise Martel",)


def test_a_capitalised_phrase_or_a_question_is_no_name() -> None:
    assert split_authors("Zarejestruj się") == []  # "sign up": a verb and its pronoun
    assert split_authors("Inicia sesión") == []
    assert split_authors("Nie masz konta?") == []
    assert split_authors("Join us!") == []
    assert split_authors("Ludwig van Beethoven") == ["Ludwig van Beethoven"]
    assert split_authors("Marta de la Fuente") == ["Marta de la Fuente"]


# --- a JSON-LD author given by reference ----------------------------------------------------------


def _graph(author: str, person_id: str) -> str:
    graph = (
        '{"@context":"https://schema.org","@graph":['
        '{"@type":"WebSite","@id":"https://example.org/#website","name":"Le Carnet"},'
        '{"@type":"Article","@id":"https://example.org/a/#article","headline":"La saison",'
        f'"datePublished":"2021-04-02T08:00:00+00:00","author":{author}}},'
        f'{{"@type":["Person"],"@id":"{person_id}","name":"Claire Dumas"}}]}}'
    )
    return (
        "<html lang='fr'><head><title>La saison</title>"
        f"<script type='application/ld+json'>{graph}</script></head>"
        f"<body><h1>La saison</h1>{_TEXT}</body></html>"
    )


def test_a_jsonld_author_given_by_its_id_is_the_person_of_that_id() -> None:
    pid = "https://example.org/#/schema/person/7f3a"
    assert meta_of(_graph(f'{{"@id":"{pid}"}}', pid)).authors == ("Claire Dumas",)
    assert meta_of(_graph(f'[{{"@id":"{pid}"}}]', pid)).authors == ("Claire Dumas",)


def test_a_jsonld_reference_to_no_person_names_no_one() -> None:
    pid = "https://example.org/#/schema/person/7f3a"
    html = _graph('{"@id":"https://example.org/#/schema/person/other"}', pid)
    assert meta_of(html).authors == ()


# --- "By" lines in other languages under the title ------------------------------------------------


def _lined(line: str, lang: str) -> str:
    return (
        f"<html lang='{lang}'><head><title>Dewan menyetujui anggaran</title></head><body>"
        f"<h1>Dewan menyetujui anggaran</h1><p>{line}</p>{_TEXT}</body></html>"
    )


@pytest.mark.parametrize(
    ("line", "lang", "names"),
    [
        ("Oleh Budi Santoso", "id", ("Budi Santoso",)),
        ("Penulis: Siti Rahma", "id", ("Siti Rahma",)),
        ("Yazar: Ayşe Demir", "tr", ("Ayşe Demir",)),
        ("Reported by Jane Doe", "en", ("Jane Doe",)),
        ("Bydgoszcz: radni przyjęli budżet", "pl", ()),  # a word that starts with "By"
        ("Porto Alegre recebe a chuva", "pt", ()),
        ("Di Mario Rossi", "it", ("Mario Rossi",)),
        ("Di fronte alla crisi il governo prepara nuove misure", "it", ()),
        ("Di Maio ha detto che il governo è pronto", "it", ()),
        ("Af Lars Hansen", "da", ("Lars Hansen",)),
        ("Av Ola Nordmann", "no", ("Ola Nordmann",)),
        ("Av och till regnar det", "sv", ()),
        ("Szerző: Kovács János", "hu", ("Kovács János",)),
        ("Teksti: Matti Virtanen", "fi", ("Matti Virtanen",)),
        ("Autorius: Jonas Jonaitis", "lt", ("Jonas Jonaitis",)),
        ("Tác giả: Nguyễn Văn An", "vi", ("Nguyễn Văn An",)),
        ("Författare: Anna Svensson", "sv", ("Anna Svensson",)),
    ],
)
def test_byline_lines_in_other_languages(line: str, lang: str, names: tuple[str, ...]) -> None:
    assert meta_of(_lined(line, lang)).authors == names


# --- organisations and page controls taken as people -------------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        "AltumNet sp. z o.o.",
        "Interline Pro Co.",
        "BDigital Web Solutions",
        "Pegasus Interactive",
        "Δημοσιογραφικός Οργανισμός Λαμπράκη Α.Ε.",
        "Text Size | Small | Medium | Large",
        "No Author",
        "Updated on",
        "Comments, including replies",
        "ostatnia aktualizacja",
    ],
)
def test_companies_and_page_controls_are_no_authors(value: str) -> None:
    assert split_authors(value) == []


def test_names_with_a_lower_case_particle_stay() -> None:
    assert split_authors("Maria de la Cruz") == ["Maria de la Cruz"]
    assert split_authors("van Gogh Vincent") == ["van Gogh Vincent"]
    assert split_authors("Anna Kowalska") == ["Anna Kowalska"]


# --- Korean reporters credited in the text ----------------------------------------------------------

_KO_TEXT = " ".join(
    ["서울시는 월요일 새 예산안을 발표했다. 학교와 도로에 대한 투자가 늘어난다."] * 8
)


@pytest.mark.parametrize(
    ("lede", "names"),
    [
        (f"(서울=연합뉴스) 홍길동 기자 = {_KO_TEXT}", ("홍길동",)),
        (f"[서울=뉴시스]김철수 기자 = {_KO_TEXT}", ("김철수",)),
        (f"{_KO_TEXT} 이영희 기자 lee@example.co.kr", ("이영희",)),
        (f"박민수·최지은 기자 = {_KO_TEXT}", ("박민수", "최지은")),
        (f"사진 기자 = {_KO_TEXT}", ()),  # a role: photo reporter
        (f"정치부 기자 = {_KO_TEXT}", ()),  # a desk
        (f"{_KO_TEXT} 그를 만난 기자는 말했다.", ()),  # "the reporter who met him"
    ],
)
def test_korean_reporter_credits(lede: str, names: tuple[str, ...]) -> None:
    page = (
        "<html lang='ko'><head><title>예산안 발표</title></head><body><article><h1>예산안 발표</h1>"
        f"<p>{lede}</p><p>{_KO_TEXT}</p></article></body></html>"
    )
    assert meta_of(page).authors == names


@pytest.mark.parametrize(
    ("byline", "name"),
    [
        ("מאת דנה כהן", "דנה כהן"),
        ("โดย สมชาย ใจดี", "สมชาย ใจดี"),
        ("Avtor: Janez Novak", "Janez Novak"),
    ],
)
def test_a_byline_in_a_language_absent_from_the_dev_pages_names_its_author(
    byline: str, name: str
) -> None:
    html = (
        "<html><head><title>Budget</title></head><body><h1>Budget</h1>"
        f"<div class='byline'>{byline}</div>{_TEXT}</body></html>"
    )
    assert meta_of(html).authors == (name,)
