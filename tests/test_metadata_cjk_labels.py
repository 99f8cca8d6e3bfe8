"""Chinese, Japanese and Korean byline labels and credits: "撰稿：", "作者 | ", "文｜", "文＝",
"取材・文／", "構成・文：", "執筆者：", "著者：", "ライター：", the photographer after the writer
("写真／...") and a name's reading in hiragana ("（やまだ・たろう）") left out; Korean
"[이데일리 김민수 기자]" (the outlet and the reporter in brackets) and "김민수 기자 (minsu@...)"."""

from __future__ import annotations

import pytest

from pipeline.web.metadata import PageView

_FILL = {
    "zh": "<p>"
    + "区政府今天召开发布会，介绍了新图书馆的建设计划和开放时间，居民可以在网上预约参观。" * 3
    + "</p>",
    "ja": "<p>"
    + "市は新しい図書館の建設計画と開館時間を発表し、住民はオンラインで見学を予約できる。" * 3
    + "</p>",
    "ko": "<p>"
    + "구청은 주민 설명회를 열고 새 도서관 건립 계획과 일정을 자세히 안내했다. " * 4
    + "</p>",
}


def _authors(lang: str, article: str) -> tuple[str, ...]:
    html = (
        f"<html lang='{lang}'><head><title>図書館 - 新聞</title></head><body>"
        f"<article><h1>新しい図書館</h1>{article}{_FILL[lang]}</article></body></html>"
    )
    view = PageView.parse(html, "https://example.jp/a/3")
    assert view is not None
    return view.metadata().authors


@pytest.mark.parametrize(
    ("lang", "article", "names"),
    [
        ("zh", "<p>撰稿：周晓明</p>", ("周晓明",)),
        ("zh", "<p>作者 | 周晓明</p>", ("周晓明",)),
        ("zh", "<p>文｜周晓明</p>", ("周晓明",)),
        ("ja", "<p>文＝鈴木一郎</p>", ("鈴木一郎",)),
        ("ja", "<p>取材・文／鈴木一郎、写真／高橋花子</p>", ("鈴木一郎",)),
        ("ja", "<p>構成・文：鈴木一郎</p>", ("鈴木一郎",)),
        ("ja", "<p>執筆者：鈴木一郎</p>", ("鈴木一郎",)),
        ("ja", "<p>ライター：鈴木一郎</p>", ("鈴木一郎",)),
        ("ja", "<div class='author'>鈴木一郎（すずき・いちろう）</div>", ("鈴木一郎",)),
        ("ko", "<p>[한빛일보 박서연 기자]</p>", ("박서연",)),
        ("ko", "<p>[한빛일보 박서연 기자] 구청은 오늘</p>", ("박서연",)),
        ("ko", "<p>박서연 기자 (seoyeon@example.kr)</p>", ("박서연",)),
    ],
)
def test_cjk_bylines(lang: str, article: str, names: tuple[str, ...]) -> None:
    assert _authors(lang, article) == names


def test_katakana_names_stay() -> None:
    assert _authors("ja", "<div class='author'>ジョン・スミス</div>") == ("ジョン・スミス",)
