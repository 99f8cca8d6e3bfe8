"""Dedup: canonical URLs, content hashes, MinHash near-duplicates, reprints of one dispatch."""

from __future__ import annotations

import itertools
import json
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

import pytest

from pipeline.dedup import (
    canonical_url,
    collapse_duplicates,
    estimate_jaccard,
    shingles,
    sketch,
    wire_agencies,
)
from pipeline.records import Article
from pipeline.sites import outlet_of
from pipeline.text.scripts import opencc_converter
from pipeline.web.urls import remove_dot_segments

DAY = datetime(2026, 1, 8, 9, 30, tzinfo=UTC)

BODY_EN = [
    "The cooperative of river boat builders in Lyon voted on Tuesday to open a second yard "
    "downstream, a move its members said would double the number of hulls launched each year.",
    "Members approved the plan by 41 votes to 9 after a four-hour meeting in the old dock hall, "
    "where the first wooden barges were assembled more than a century ago.",
    "The new yard will cost about 18 million euros, two thirds of it borrowed from regional "
    "banks, and should employ 120 people once it reaches full speed in 2028.",
    "Several older members opposed the loan, arguing that orders for electric barges remain "
    "uncertain while fuel prices and river levels swing from one season to the next.",
    "The board answered that the order book already covers three years of work and that the "
    "city has promised a reduced rent on the riverside land for the first decade.",
    "Construction is due to start in the spring, once the environmental review of the site, "
    "an old gravel quarry beside the water, has been completed and published.",
]
LEAD_A = "Lyon boat builders back expansion."
TAIL_B = "This article was reprinted from a regional wire service with permission."
BODY_ZH = (
    "本市船舶合作社周二投票决定在下游开设第二个船厂，成员表示此举将使每年下水的船体数量翻一番。"
    "经过四个小时的讨论，成员以四十一票对九票通过了这项计划，会议在老码头大厅举行。"
    "新船厂预计耗资约一千八百万欧元，其中三分之二来自地区银行贷款，全面投产后将雇用一百二十人。"
    "几位资深成员反对贷款，认为电动驳船的订单仍不确定，燃料价格和河流水位随季节大幅波动。"
    "董事会回应说，现有订单已覆盖三年的工作量，市政府也承诺在头十年减免河边土地的租金。"
)


def _article(url: str, text: str, **kw: Any) -> Article:
    return Article(url=url, title=kw.pop("title", "t"), text=text, **kw)


# --- canonical URLs ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "https://www.sohu.com/a/961234567_121124?spm=smpc.home.top-news1.1&scm=1002.0.0&_f=index"
            "&_trans_=000014_bdss_dkmwzacjP3p:CP=",
            "https://www.sohu.com/a/961234567_121124",
        ),
        ("https://m.sohu.com/a/961234567_121124/", "https://www.sohu.com/a/961234567_121124"),
        ("https://sports.sohu.com/a/961234567_121124", "https://www.sohu.com/a/961234567_121124"),
        (
            "http://news.sohu.com/20160926/n469167364.shtml",
            "https://news.sohu.com/20160926/n469167364.shtml",
        ),
        ("https://36kr.com/p/3612345678901234?f=rss", "https://36kr.com/p/3612345678901234"),
        ("https://www.36kr.com/p/3612345678901234", "https://36kr.com/p/3612345678901234"),
        ("https://m.36kr.com/p/3612345678901234", "https://36kr.com/p/3612345678901234"),
        ("https://eu.36kr.com/en/p/3612345678901234", "https://eu.36kr.com/en/p/3612345678901234"),
        (
            "https://technode.com/2026/01/08/zhipu-lists-in-hong-kong/#respond",
            "https://technode.com/2026/01/08/zhipu-lists-in-hong-kong",
        ),
        (
            "https://technode.com/2026/01/08/zhipu-lists-in-hong-kong/",
            "https://technode.com/2026/01/08/zhipu-lists-in-hong-kong",
        ),
        (
            "HTTPS://Example.COM:443/News/?utm_source=x&utm_medium=y&b=2&a=1&from=timeline",
            "https://example.com/News?a=1&b=2",
        ),
        ("https://example.com?share_token=abc&f=1", "https://example.com/?f=1"),
        ("http://example.com:8080/a//", "http://example.com:8080/a"),
        (
            "https://example.com/新闻/智谱?q=上市",
            "https://example.com/%E6%96%B0%E9%97%BB/%E6%99%BA%E8%B0%B1?q=%E4%B8%8A%E5%B8%82",
        ),
        # one page under dot segments, and under escapes of unreserved characters (RFC 3986)
        ("https://example.com/news/../2026/./zhipu.html", "https://example.com/2026/zhipu.html"),
        ("https://example.com/a/b/..", "https://example.com/a"),
        ("https://example.com/../../x", "https://example.com/x"),
        ("https://example.com/%7Edesk/%2e%2E/x%2fy", "https://example.com/x%2Fy"),
        ("https://example.com/a.b/..c/.d", "https://example.com/a.b/..c/.d"),
    ],
)
def test_canonical_url(url: str, expected: str) -> None:
    assert canonical_url(url) == expected
    assert canonical_url(expected) == expected  # idempotent


def test_dot_segments_are_removed_as_a_relative_reference_would_have_them() -> None:
    """remove_dot_segments agrees with urljoin's resolution of the same path given as a
    reference, on paths built from every kind of segment (but empty ones, which urljoin drops
    after a '..' where RFC 3986 keeps them), and with the RFC's own examples."""
    kinds = ["a", ".", "..", ".b", "c.", "..d"]
    for n in range(1, 6):
        for combo in itertools.product(kinds, repeat=n):
            for path in ("/" + "/".join(combo), "/" + "/".join(combo) + "/"):
                expected = urljoin("http://h/", path)[len("http://h") :]
                assert remove_dot_segments(path) == expected, path
    assert remove_dot_segments("/a/b/c/./../../g") == "/a/g"
    assert remove_dot_segments("/mid/content=5/../6") == "/mid/6"
    assert remove_dot_segments("/..//a") == "//a"  # RFC 3986 5.2.4, step 2C then 2E


def test_canonical_url_leaves_non_http_text_alone() -> None:
    assert canonical_url(" mailto:desk@example.org ") == "mailto:desk@example.org"
    assert canonical_url("http://example.com:port/x") == "http://example.com:port/x"


# --- shingles and sketches -----------------------------------------------------------------------


def test_chinese_shingles_ignore_punctuation_space_and_script() -> None:
    assert shingles("智谱，上市 了！", "zh") == {"智谱上", "谱上市", "上市了"}
    traditional = opencc_converter("s2t").convert(BODY_ZH)
    assert traditional != BODY_ZH
    assert shingles(traditional, "zh") == shingles(BODY_ZH, "zh")


def test_word_shingles() -> None:
    assert shingles("The boat, the river; the yard.", "en") == {
        "the boat the",
        "boat the river",
        "the river the",
        "river the yard",
    }
    assert shingles("Bonjour", "fr") == {"bonjour"}


def test_minhash_estimate_is_close_to_the_exact_jaccard() -> None:
    a = {f"s{i}" for i in range(0, 600)}
    b = {f"s{i}" for i in range(200, 800)}
    exact = len(a & b) / len(a | b)  # 0.5
    assert abs(estimate_jaccard(sketch(a), sketch(b)) - exact) < 0.1
    assert estimate_jaccard(sketch(a), sketch(a)) == 1.0
    assert estimate_jaccard(sketch(a), sketch({"x", "y"})) == 0.0


# --- collapsing ---------------------------------------------------------------------------------


OTHER_EN = [
    "In other news from the valley, the spring fair will return to the market square in May "
    "with forty stalls, a brass band and a cheese contest judged by local schoolchildren.",
    "The regional railway said night trains to the coast would run twice a week from June, "
    "after a trial last summer filled most of its sleeping cars within days.",
    "A survey of the river banks counted more nesting herons than at any time since records "
    "began, which volunteers credit to the quieter towpaths of recent winters.",
    "The city library, closed for repairs since the autumn storms, reopens on Monday with "
    "longer hours on weekends and a new reading room for students.",
]


def test_a_dispatch_quoted_in_a_roundup_stays_apart() -> None:
    dispatch = _article("https://wire.example/boats", "\n".join(BODY_EN))
    roundup = _article("https://weekly.example/r", "\n".join([*BODY_EN[:2], *OTHER_EN]))
    assert len(collapse_duplicates([dispatch, roundup])[0]) == 2


def test_a_reprint_cut_short_collapses() -> None:
    dispatch = _article("https://wire.example/boats", "\n".join(BODY_EN))
    cut = _article("https://weekly.example/c", "\n".join(BODY_EN[:4]))
    kept, dropped = collapse_duplicates([cut, dispatch])
    assert [k.url for k in kept] == [dispatch.url] and dropped == [(cut.url, kept[0].id)]


def test_synthetic_reprint_with_other_lead_and_tail_collapses() -> None:
    original = _article(
        "https://wire.example/boats",
        "\n".join([LEAD_A, *BODY_EN]),
        source_outlet="Rhône Wire",
        published_at=DAY,
    )
    reprint = _article(
        "https://daily.example/2026/boats?utm_source=rss",
        "\n".join([*BODY_EN, TAIL_B]),
        source_outlet="Daily Example",
        published_at=DAY + timedelta(hours=3),
    )
    kept, dropped = collapse_duplicates([reprint, original])
    assert len(kept) == 1
    assert kept[0].url == original.url  # the earliest published
    assert kept[0].outlets == (outlet_of(original), outlet_of(reprint))
    assert "Rhône Wire" in kept[0].outlets[0] and "Daily Example" in kept[0].outlets[1]
    assert kept[0].also_urls == (reprint.url,)
    assert dropped == [(reprint.url, kept[0].id)]


def test_chinese_reprint_in_traditional_script_collapses() -> None:
    original = _article("https://a.example/1", BODY_ZH, language="zh", source_outlet="甲报")
    traditional = opencc_converter("s2t").convert(BODY_ZH)
    reprint = _article(
        "https://b.example/2",
        "据本报记者报道，" + traditional + "（编辑：李明）",
        language="zh",
        source_outlet="乙網",
    )
    kept, dropped = collapse_duplicates([original, reprint])
    assert len(kept) == 1 and len(dropped) == 1
    assert set(kept[0].outlets) == {outlet_of(original), outlet_of(reprint)}


def test_keeps_the_longest_when_no_date() -> None:
    short = _article("https://a.example/s", "\n".join(BODY_EN[:5]), site="a")
    longer = _article("https://b.example/l", "\n".join(BODY_EN), site="b")
    kept, _ = collapse_duplicates([short, longer])
    assert [k.url for k in kept] == [longer.url]
    assert kept[0].outlets == (outlet_of(longer), outlet_of(short))


def test_different_articles_stay_apart() -> None:
    first = _article("https://a.example/1", "\n".join(BODY_EN[:3]))
    second = _article("https://a.example/2", "\n".join(BODY_EN[3:]))
    chinese = _article("https://a.example/3", BODY_ZH, language="zh")
    kept, dropped = collapse_duplicates([first, second, chinese])
    assert len(kept) == 3 and dropped == []
    assert kept[0].outlets == ()  # untouched but for the canonical URL


def test_same_canonical_url_or_same_hash_collapse() -> None:
    desktop = _article("https://www.sohu.com/a/961234567_121124", "第一版正文。")
    mobile = _article("https://m.sohu.com/a/961234567_121124/?_f=index", "第二版正文，更长一些。")
    mirror = _article("https://mirror.example/x", "第一版正文。 ")
    kept, dropped = collapse_duplicates([desktop, mobile, mirror])
    assert len(kept) == 1
    assert kept[0].canonical_url == "https://www.sohu.com/a/961234567_121124"
    assert kept[0].url == mobile.url  # no dates: the longest text
    assert sorted(dropped) == sorted([(desktop.url, kept[0].id), (mirror.url, kept[0].id)])


def test_collapse_is_order_independent() -> None:
    items = [
        _article("https://a.example/1", "\n".join(BODY_EN), published_at=DAY),
        _article("https://b.example/1", "\n".join(BODY_EN[1:] + [TAIL_B]), published_at=DAY),
        _article("https://c.example/1", BODY_ZH, language="zh"),
    ]
    forward = collapse_duplicates(items)
    backward = collapse_duplicates(items[::-1])
    assert sorted(k.id for k in forward[0]) == sorted(k.id for k in backward[0])
    assert sorted(forward[1]) == sorted(backward[1])


def test_wire_agency_credits() -> None:
    assert wire_agencies(_article("u", "x", source_outlet="Le Soir (avec AFP)")) == {"afp"}
    assert wire_agencies(_article("u", "HONG KONG (Reuters) - Shares rose.")) == {"reuters"}
    assert wire_agencies(_article("u", "新华社北京1月8日电 记者报道。")) == {"xinhua"}
    # A mention in the body is not a credit.
    assert wire_agencies(_article("u", "Shares rose, as Reuters and AFP reported.")) == frozenset()


def test_same_agency_but_another_subject_or_language_stays_apart() -> None:
    boats = _article(
        "https://a.example/1",
        "\n".join(BODY_EN[:3]),
        source_outlet="X (AFP)",
        language="en",
        published_at=DAY,
    )
    football = _article(
        "https://b.example/1",
        "The home side won the derby three goals to nil "
        "on a rainy evening, lifting the club back into the top four.",
        source_outlet="Y (AFP)",
        language="en",
        published_at=DAY,
    )
    french = _article(
        "https://c.example/1",
        "La coopérative des constructeurs de bateaux a "
        "voté mardi l'ouverture d'un second chantier en aval, par 41 voix contre 9.",
        source_outlet="Z (AFP)",
        language="fr",
        published_at=DAY,
    )
    kept, _ = collapse_duplicates([boats, football, french])
    assert len(kept) == 3


# --- the story corpus --------------------------------------------------------------------------


def _story(shared_dir: Path, name: str) -> Article:
    path = shared_dir / "story" / f"{name}.json"
    if not path.is_file():
        pytest.skip(f"{path} is absent")
    data = json.loads(path.read_text(encoding="utf-8"))
    published = datetime.fromisoformat(data["published"])
    if published.tzinfo is None:
        published = published.replace(tzinfo=timezone(timedelta(hours=8)))
    return Article(
        url=data["url"],
        title=data["title"],
        text=data["text"],
        language=data["language"],
        source_outlet=data["outlet"],
        published_at=published,
    )


def test_afp_reprints_collapse_into_one_article_with_both_outlets(shared_dir: Path) -> None:
    a17, a18 = _story(shared_dir, "17"), _story(shared_dir, "18")
    kept, dropped = collapse_duplicates([a18, a17])
    assert len(kept) == 1
    assert set(kept[0].outlets) == {outlet_of(a17), outlet_of(a18)}
    assert {kept[0].url, *kept[0].also_urls} == {a17.url, a18.url}
    assert len(dropped) == 1 and dropped[0][1] == kept[0].id


def test_different_story_articles_stay_apart(shared_dir: Path) -> None:
    names = ["01", "02", "05", "06", "07", "08", "09", "10", "13", "14", "17", "18", "23"]
    articles = [_story(shared_dir, n) for n in names]
    kept, dropped = collapse_duplicates(articles)
    assert len(kept) == len(articles) - 1
    assert [url for url, _ in dropped] in ([articles[-2].url], [articles[-3].url])
    apart = [_story(shared_dir, n) for n in ("01", "06", "23")]
    assert len(collapse_duplicates(apart)[0]) == 3
