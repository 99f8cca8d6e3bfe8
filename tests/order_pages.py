"""Made-up pages of several languages and shapes, for the check that a page's Article does
not depend on the pages made before it in the same process (tests/test_order_independence.py):
bylines and agency signatures, dates written out, an editor's label, JSON-LD, an article held
in the application state, a thin page for the fallback extractor, a site of the registry."""

from __future__ import annotations

import json


def _page(lang: str, title: str, body: str, head: str = "") -> bytes:
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>'
        f'{head}</head><body><div class="site-header"><a href="/">Home</a> <a href="/news">News'
        f'</a></div><div class="share-bar"><a href="#">Share</a></div>{body}'
        '<div class="footer">Contact - Privacy - Terms</div></body></html>'
    ).encode()


def _paras(sentences: list[str]) -> str:
    return "".join(f"<p>{s}</p>" for s in sentences)


_EN = [
    "The river ferry returned to service on Monday after a winter of repairs to its hull,"
    " and commuters said the morning crossing was quieter than the bridge traffic.",
    "The operator said two more boats would join the line in the summer, with a later last"
    " sailing on Fridays and Saturdays for the theatre crowds.",
    "Fares stay the same until the end of the year, the transport office added, after the"
    " council voted against the increase the operator had asked for.",
]
_PL = [
    "Naukowcy z Krakowa opisali nowy sposób badania wody w górskich potokach, który pozwala"
    " szybciej wykryć zanieczyszczenia po ulewnych deszczach.",
    "Badanie trwało dwa lata i objęło kilkadziesiąt strumieni w Tatrach oraz w Beskidach,"
    " a wyniki opublikowano w czasopiśmie naukowym w zeszłym tygodniu.",
    "Autorzy mają nadzieję, że metoda trafi do laboratoriów gminnych jeszcze w tym roku,"
    " bo jest tańsza od obecnie stosowanych badań.",
]
_DE = [
    "Die Stadtbibliothek öffnet nach dem Umbau am Samstag wieder ihre Türen, mit einem neuen"
    " Lesesaal im Dachgeschoss und längeren Öffnungszeiten am Abend.",
    "Der Umbau hatte fast zwei Jahre gedauert und mehr gekostet als geplant, weil beim"
    " Abriss der alten Decken Schäden an den Balken entdeckt wurden.",
    "Zur Eröffnung gibt es Lesungen für Kinder und eine Führung durch das Magazin, das sonst"
    " für Besucher geschlossen bleibt.",
]
_ZH = [
    "本市今天启用新的公交线路，连接高铁站和老城区，全程约四十分钟，每十分钟一班。",
    "交通部门表示，新线路将缓解早晚高峰的拥堵，并计划在明年增加夜间班次，方便市民出行。",
    "不少市民在首班车上表示，新线路让他们上班的时间缩短了将近一半，希望尽快开通更多站点。",
]
_FR = [
    "Le marché couvert de la ville a rouvert ses portes samedi après six mois de travaux,"
    " avec une nouvelle verrière et des étals plus larges pour les producteurs.",
    "Les commerçants se disent satisfaits du chantier, même si plusieurs d'entre eux ont dû"
    " s'installer sur la place pendant tout l'hiver.",
    "La mairie prévoit une fête d'inauguration le mois prochain, avec des animations pour"
    " les enfants et un concert en soirée.",
]
_RU = [
    "В городе открылся новый парк на месте бывшего завода, где за год посадили более"
    " тысячи деревьев и проложили велосипедные дорожки.",
    "Жители района давно просили превратить заброшенную территорию в место для отдыха,"
    " и проект обсуждали на нескольких публичных слушаниях.",
    "Летом в парке будут проходить концерты и ярмарки, а зимой планируется залить каток"
    " возле главного входа.",
]
_JA = [
    "市内の図書館は今日から開館時間を延長し、平日は夜九時まで利用できるようになりました。",
    "図書館によると、仕事帰りの利用者から要望が多く、職員の配置を見直して実現したということです。",
    "来月からは週末に子ども向けの読み聞かせ会も始まり、参加は無料で予約も必要ありません。",
]


def _ld(headline: str, author: str, date: str) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": headline,
        "author": {"@type": "Person", "name": author},
        "datePublished": date,
    }
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def _state_page() -> bytes:
    state = {
        "page": {
            "title": "Harbour works end early",
            "body": [{"type": "paragraph", "text": s} for s in _EN[::-1]],
        }
    }
    return _page(
        "en",
        "Harbour works end early",
        f'<div id="app"><h1>Harbour works end early</h1></div>'
        f"<script>window.__INITIAL_STATE__ = {json.dumps(state)};</script>",
    )


def _own_byline(url: str) -> bytes:
    """One byline on two sites: the site's own name on one (no author), a person elsewhere (a
    split of author names is cached: the key must hold the site's names)."""
    return _page(
        "en",
        "Ferry back on the river",
        '<article><h1>Ferry back on the river</h1><p class="byline">By Marta Vell</p>'
        f"{_paras(_EN)}</article>",
        '<meta name="author" content="Marta Vell">',
    )


def _twin(word: str) -> bytes:
    """Two pages whose texts have one length and differ in one character (a memo of the
    last text's answer must compare the whole text)."""
    return _page(
        "zh",
        "新公交线路今日启用",
        f'<div class="content"><h1>新公交线路今日启用</h1>{_paras(_ZH * 2)}'
        f"<p>{_ZH[0].replace('四十', word)}</p></div>",
    )


def order_pages() -> list[tuple[str, str, str, bytes]]:
    """(name, language, URL, page bytes) of each made-up page."""
    own, other = "https://www.martavell.com/ferry.html", "https://www.example.net/ferry.html"
    return [
        ("en_own_site", "en", own, _own_byline(own)),
        ("en_other_site", "en", other, _own_byline(other)),
        ("zh_twin_a", "zh", "https://www.example.cn/a.html", _twin("三十")),
        ("zh_twin_b", "zh", "https://www.example.cn/b.html", _twin("五十")),
        (
            "en_byline",
            "en",
            "https://news.example.com/2024/05/06/ferry.html",
            _page(
                "en",
                "Ferry back on the river | Example News",
                '<article><h1>Ferry back on the river</h1><div class="byline">By Jane Doe'
                '</div><time datetime="2024-05-06T08:00:00Z">May 6, 2024</time>'
                f"{_paras(_EN)}</article>",
                _ld("Ferry back on the river", "Jane Doe", "2024-05-06T08:00:00Z"),
            ),
        ),
        (
            "pl_signature",
            "pl",
            "https://wiadomosci.example.pl/artykul/potoki.html",
            _page(
                "pl",
                "Nowa metoda badania potoków",
                '<div class="article"><h1>Nowa metoda badania potoków</h1>'
                '<span class="date">12 marca 2024</span>'
                f"{_paras(_PL)}<p>PAP, kwi</p></div>",
            ),
        ),
        (
            "de_von",
            "de",
            "https://www.example.de/kultur/bibliothek.html",
            _page(
                "de",
                "Bibliothek öffnet wieder",
                '<article><h1>Bibliothek öffnet wieder</h1><p class="author">Von Anna Berg, '
                f"3. März 2025</p>{_paras(_DE)}</article>",
            ),
        ),
        (
            "zh_editor",
            "zh",
            "https://www.example.cn/news/2024/0601/bus.html",
            _page(
                "zh",
                "新公交线路今日启用",
                '<div class="content"><h1>新公交线路今日启用</h1><div class="info">'
                "2024年06月01日 10:20 来源：本报</div>"
                f'{_paras(_ZH)}<div class="editor">责任编辑：李四</div></div>',
                '<meta name="author" content="李四">',
            ),
        ),
        (
            "fr_par",
            "fr",
            "https://www.example.fr/ville/marche.html",
            _page(
                "fr",
                "Le marché couvert rouvre",
                '<article><h1>Le marché couvert rouvre</h1><p class="signature">Par Marie'
                f" Dupont le 3 mars 2024</p>{_paras(_FR)}</article>",
            ),
        ),
        (
            "ru_date",
            "ru",
            "https://example.ru/news/park.html",
            _page(
                "ru",
                "Новый парк на месте завода",
                '<div class="news-text"><h1>Новый парк на месте завода</h1><div class="date">'
                f"5 мая 2023, 14:30</div>{_paras(_RU)}<p>Иван Петров</p></div>",
            ),
        ),
        (
            "ja_plain",
            "ja",
            "https://www.example.jp/news/library.html",
            _page(
                "ja",
                "図書館の開館時間を延長",
                f'<main><h1>図書館の開館時間を延長</h1><p class="time">2024年4月1日 9時00分</p>'
                f"{_paras(_JA)}</main>",
            ),
        ),
        ("en_state", "en", "https://app.example.com/story/harbour", _state_page()),
        (
            "en_thin",
            "en",
            "https://blog.example.org/p/1",
            (
                '<html><head><title>A short note</title></head><body><div class="note"><span>'
                f"{_EN[0]}</span><br>{_EN[1]}<br>{_EN[2]}</div></body></html>"
            ).encode(),
        ),
        (
            "en_site",
            "en",
            "https://technode.com/2024/05/06/ferry-startup-raises-money/",
            _page(
                "en",
                "Ferry startup raises money - TechNode",
                f'<article><h1 class="entry-title">Ferry startup raises money</h1>'
                f'<div class="entry-content">{_paras(_EN[::-1])}</div></article>',
            ),
        ),
    ]
