"""Writers named at the article's end: a signature with its source in brackets ("Minh Anh
(theo Reuters)", "(via AFP)"), a bio in italics or opening with the name in bold ("Jane Doe
is a freelance writer based in Leeds.", "Marie Dupont est journaliste ..."); and closing
paragraphs of the same shape that name no writer."""

from __future__ import annotations

import pytest

from pipeline.web.metadata import PageView

_EN = (
    "<p>"
    + "The council voted on the harbour plan after a long debate on its costs and risks. " * 3
    + "</p>"
)
_VI = (
    "<p>"
    + "Hội đồng thành phố đã thông qua kế hoạch bến cảng sau một cuộc tranh luận dài về chi phí. "
    * 3
    + "</p>"
)


def _authors(lang: str, body: str) -> tuple[str, ...]:
    html = (
        f"<html lang='{lang}'><head><title>Harbour - Gazette</title></head><body>"
        f"<article><h1>The harbour plan</h1>{body}</article>"
        "<footer><p>© Gazette</p></footer></body></html>"
    )
    view = PageView.parse(html, "https://example.org/harbour/2")
    assert view is not None
    return view.metadata().authors


@pytest.mark.parametrize(
    ("lang", "body", "names"),
    [
        ("vi", _VI + _VI + "<p align='right'><b>Thu Trang (theo Reuters)</b></p>", ("Thu Trang",)),
        ("vi", _VI + _VI + "<p><strong>Thu Trang (tổng hợp)</strong></p>", ("Thu Trang",)),
        (
            "en",
            _EN + _EN + "<p><em>Nora Quinn is a freelance writer based in Leeds.</em></p>",
            ("Nora Quinn",),
        ),
        (
            "en",
            _EN + _EN + "<p><strong>Nora Quinn</strong> is a reporter covering the harbour.</p>",
            ("Nora Quinn",),
        ),
        (
            "fr",
            _EN + _EN + "<p><i>Claire Martin est journaliste indépendante.</i></p>",
            ("Claire Martin",),
        ),
        (
            "en",
            _EN + _EN + "<p><em>Tom Harris is professor of history at Leeds.</em></p>",
            ("Tom Harris",),
        ),
    ],
)
def test_closing_writers(lang: str, body: str, names: tuple[str, ...]) -> None:
    assert _authors(lang, body) == names


@pytest.mark.parametrize(
    "close",
    [
        "<p><strong>Tom Harris</strong> is a suspect in the case and was released on bail.</p>",
        "<p>Tom Harris is a reporter who witnessed the vote and spoke to the council later.</p>",
        "<p><em>The Harbour Trust is a charity.</em></p>",
    ],
)
def test_closing_paragraphs_naming_no_writer(close: str) -> None:
    assert _authors("en", _EN + _EN + close) == ()


def test_a_bio_of_two_writers() -> None:
    close = (
        "<p><b><i>Lucía Gómez es politóloga en la Universidad de Sevilla. Pablo Ruiz es "
        "analista internacional</i></b></p>"
    )
    assert _authors("es", _EN + _EN + close) == ("Lucía Gómez", "Pablo Ruiz")
