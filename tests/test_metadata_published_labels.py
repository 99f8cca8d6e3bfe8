"""The publication date where the update is printed first, with the labels of more
languages (Japanese 公開日 / 配信日時, Korean 입력 / 등록); Japanese and Korean pages read in
their own zone, not China's (their titles hold Han characters too)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from pipeline.web.metadata import PageView

_JA = "<p>" + "市議会は長い議論の末、来年度の予算案を賛成多数で可決した。" * 5 + "</p>"
_KO = (
    "<p>" + "시의회는 오랜 논의 끝에 내년도 예산안을 찬성 다수로 통과시켰다고 밝혔다. " * 5 + "</p>"
)


def _published(lang: str, title: str, article: str) -> datetime | None:
    html = (
        f"<html lang='{lang}'><head><title>{title}</title></head><body>"
        f"<h1>{title}</h1>{article}</body></html>"
    )
    view = PageView.parse(html, "https://news.example.org/a/1")
    assert view is not None
    return view.metadata().published_at


@pytest.mark.parametrize(
    "dates",
    [
        "<div>更新日：2026年1月9日</div><div>公開日：2026年1月8日</div>",
        "<div>最終更新：2026年1月9日 10:30</div><div>配信日時：2026年1月8日 8:00</div>",
        "<div>更新 2026/01/09 10:30 掲載日 2026/01/08 08:00</div>",
    ],
)
def test_a_japanese_page_printing_its_update_first(dates: str) -> None:
    published = _published("ja", "市議会が予算を可決", dates + _JA)
    assert published is not None
    assert published.date().isoformat() == "2026-01-08"
    assert published.utcoffset() == timedelta(hours=9)


@pytest.mark.parametrize(
    "dates",
    [
        "<div>수정 2026.01.09 10:30</div><div>입력 2026.01.08 08:00</div>",
        "<div>업데이트 2026-01-09 15:20 등록 2026-01-08 08:00</div>",
    ],
)
def test_a_korean_page_printing_its_update_first(dates: str) -> None:
    published = _published("ko", "시의회 예산안 통과", dates + _KO)
    assert published is not None
    assert published.date().isoformat() == "2026-01-08"
    assert published.utcoffset() == timedelta(hours=9)


def test_a_chinese_page_stays_in_chinas_zone() -> None:
    zh = "<p>" + "市议会今天就预算问题召开会议，经过长时间辩论后进行了表决。" * 5 + "</p>"
    published = _published("zh-CN", "市议会表决预算", "<div>2026-01-08 08:00</div>" + zh)
    assert published is not None and published.utcoffset() == timedelta(hours=8)


@pytest.mark.parametrize(
    ("lang", "dates", "modified"),
    [
        (
            "en",
            "<div>Updated: Jan 9, 2026 10:30</div><div>Published: Jan 8, 2026</div>",
            "2026-01-09",
        ),
        ("en", "<div>Published Jan 8, 2026 · Last updated Jan 9, 2026</div>", "2026-01-09"),
        (
            "fr",
            "<div>Publié le 8 janvier 2026 à 08h00, mis à jour le 9 janvier 2026</div>",
            "2026-01-09",
        ),
        (
            "de",
            "<div>Veröffentlicht am 8. Januar 2026</div><div>Zuletzt aktualisiert: 9. Januar 2026</div>",
            "2026-01-09",
        ),
        (
            "ru",
            "<div>Опубликовано: 08.01.2026 08:00</div><div>Обновлено: 09.01.2026 10:30</div>",
            "2026-01-09",
        ),
        (
            "zh",
            "<div>发布时间：2026-01-08 08:00</div><div>更新时间：2026-01-09 10:30</div>",
            "2026-01-09",
        ),
    ],
)
def test_a_printed_update_is_the_modified_date_kept_apart(
    lang: str, dates: str, modified: str
) -> None:
    text = (
        "<p>" + "The council met on the budget and voted after a long debate on it. " * 5 + "</p>"
    )
    html = (
        f"<html lang='{lang}'><head><title>Council votes on budget</title></head><body>"
        f"<h1>Council votes on budget</h1>{dates}{text}</body></html>"
    )
    view = PageView.parse(html, "https://news.example.org/a/1")
    assert view is not None
    meta = view.metadata()
    assert meta.published_at is not None and meta.published_at.date().isoformat() == "2026-01-08"
    assert meta.modified_at is not None and meta.modified_at.date().isoformat() == modified


def test_an_update_in_a_sentence_or_before_the_publication_is_none() -> None:
    text = "<p>The list was updated on 9 January 2026 by the council after a long debate.</p>"
    html = (
        "<html lang='en'><head><title>Council votes on budget</title></head><body>"
        "<h1>Council votes on budget</h1><div>Published: Jan 8, 2026</div>"
        f"{text}<div>Updated: Jan 2, 2026</div></body></html>"
    )
    view = PageView.parse(html, "https://news.example.org/a/1")
    assert view is not None
    assert view.metadata().modified_at is None


@pytest.mark.parametrize(
    ("lang", "url", "day"),
    [
        ("en-GB", "https://news.example.com/a/1", "2026-01-08"),
        ("en-AU", "https://news.example.com/a/1", "2026-01-08"),
        ("en", "https://www.example.co.uk/news/1", "2026-01-08"),
        ("", "https://www.example.es/noticias/1", "2026-01-08"),
        ("", "https://www.example.com.br/noticias/1", "2026-01-08"),
        # the US habit where nothing says otherwise
        ("en", "https://news.example.com/a/1", "2026-08-01"),
        ("en-US", "https://www.example.co.uk/a/1", "2026-08-01"),
        ("", "https://news.example.io/a/1", "2026-08-01"),
    ],
)
def test_a_slashed_date_is_read_in_the_pages_region(lang: str, url: str, day: str) -> None:
    text = (
        "<p>" + "The council met on the budget and voted after a long debate on it. " * 5 + "</p>"
    )
    declared = f" lang='{lang}'" if lang else ""
    html = (
        f"<html{declared}><head><title>Council votes on budget</title></head><body>"
        f"<h1>Council votes on budget</h1><div>Posted 08/01/2026 10:30</div>{text}</body></html>"
    )
    view = PageView.parse(html, url)
    assert view is not None
    published = view.metadata().published_at
    assert published is not None and published.date().isoformat() == day
