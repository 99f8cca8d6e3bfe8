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
