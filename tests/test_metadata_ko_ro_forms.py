"""Korean and Romanian bylines (`pipeline.web.metadata`): the Korean writer's lead ("글 김민수",
"글·사진 김민수", "글=김민수 기자"), a photographer's credit ("사진 이영희") left out, the role
after the name ("특파원", "논설위원", "김민수기자"), "김민수 기자" beside the posting date or after
a field's bar; the Romanian "de Ion Popescu" in byline markup or on a dated line under the
headline; and the lines of the same shape that name no one."""

from __future__ import annotations

import pytest

from pipeline.web.metadata import PageView
from pipeline.web.metadata.names import split_authors

_KO = (
    "<p>" + "구청은 주민 설명회를 열고 새 도서관 건립 계획과 일정을 자세히 안내했다. " * 4 + "</p>"
)
_RO = (
    "<p>"
    + "Primăria a prezentat planul noii biblioteci și calendarul lucrărilor la o ședință. " * 3
    + "</p>"
)
_ES = (
    "<p>"
    + "El ayuntamiento presentó el plan de la nueva biblioteca y el calendario de obras. " * 3
    + "</p>"
)


def _authors(lang: str, article: str, body: str) -> tuple[str, ...]:
    html = (
        f"<html lang='{lang}'><head><title>Headline - Gazette</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/local'>Local</a></nav>"
        f"<article><h1>Headline of the piece</h1>{article}{body}</article>"
        "<footer><p>© Gazette</p></footer></body></html>"
    )
    view = PageView.parse(html, "https://example.net/story/7")
    assert view is not None
    return view.metadata().authors


@pytest.mark.parametrize(
    ("article", "names"),
    [
        ("<p class='info'>글 박서연</p><p>2025.02.11 09:40</p>", ("박서연",)),
        ("<p>글·사진 박서연</p><p>2025.02.11</p>", ("박서연",)),
        ("<div class='byline'>글 박서연 · 사진 정우진</div>", ("박서연",)),
        ("<p>글=박서연 기자</p>", ("박서연",)),
        ("<p>박서연 특파원</p><p>2025.02.11</p>", ("박서연",)),
        ("<p>박서연 논설위원</p><p>2025.02.11</p>", ("박서연",)),
        ("<p>박서연 기자 입력 2025.02.11 09:40</p>", ("박서연",)),
        ("<div>입력 2025.02.11 09:40 | 박서연 기자</div>", ("박서연",)),
        ("<div class='writer'>박서연 · 정우진 기자</div>", ("박서연", "정우진")),
    ],
)
def test_korean_bylines(article: str, names: tuple[str, ...]) -> None:
    assert _authors("ko", article, _KO) == names


@pytest.mark.parametrize(
    "article",
    [
        "<p>사진 갤러리</p><p>2025.02.11</p>",
        "<p>글쓰기</p><p>2025.02.11</p>",
    ],
)
def test_korean_lines_naming_no_one(article: str) -> None:
    assert _authors("ko", article, _KO) == ()


def test_korean_byline_parts() -> None:
    assert split_authors("김민수기자") == ["김민수"]
    assert split_authors("사진·글 박지은 기자") == ["박지은"]
    assert split_authors("사진 이영희") == []
    assert split_authors("글쓰기") == ["글쓰기"]  # no lead: a word, as before


@pytest.mark.parametrize(
    "article",
    [
        "<div class='byline'>de Andrei Munteanu</div>",
        "<p>de Andrei Munteanu</p><p>3 februarie 2025</p>",
        "<div class='meta'>de Andrei Munteanu, 3 februarie 2025, 14:05</div>",
        "<p>de Andrei Munteanu | 3 februarie 2025</p>",
    ],
)
def test_romanian_de_byline(article: str) -> None:
    assert _authors("ro", article, _RO) == ("Andrei Munteanu",)


@pytest.mark.parametrize(
    "article",
    [
        "<p>de Real Oviedo</p>",  # a list's line, no date beside it
        "<p>de la Cluj</p><p>3 februarie 2025</p>",
        "<p>de Los Angeles Times</p><p>3 de febrero de 2025</p>",
    ],
)
def test_de_lines_naming_no_one(article: str) -> None:
    assert _authors("es", article, _ES) == ()
