"""Checking the figures of a French brief against its sources (issue 5, acceptance 2)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from pipeline.figures.check import FigureCheck, annotate_markdown, check_brief, key_figures
from pipeline.records import Article
from tests.test_facts import load_story

SOURCES = (
    Article(
        url="https://news.example.cn/a/1",
        title="公司挂牌",
        language="zh",
        source_outlet="Exemple Finance",
        text="这家公司此次募资约43亿港元。开盘后市值528亿港元，表现平稳。",
    ),
    Article(
        url="https://news.example.cn/a/2",
        title="认购火爆",
        language="zh",
        source_outlet="Exemple Tech",
        published_at=datetime(2026, 1, 8, 9, 30, tzinfo=UTC),
        text="香港公开发售获1159.46倍认购。所得款项约70%将用于研发。",
    ),
)

BRIEF = """# Une introduction en Bourse très demandée

L'entreprise a fait ses débuts le 8 janvier 2026, levant 43 milliards de dollars, soit une
valorisation de 528 milliards de dollars HK selon un premier calcul.

## L'opération

Elle a levé 4,3 milliards de dollars de Hong Kong ; sa valorisation atteint 52,8 milliards.
L'offre publique a été sursouscrite 1 159 fois et 70 % des fonds iront à la recherche.

## Sources

- « 公司挂牌 » — Exemple Finance, 7 janvier 2026 : https://news.example.cn/a/1?id=99%20000
"""


def checks_by_text(
    markdown: str, sources: tuple[Article, ...] | list[Article] = SOURCES
) -> dict[str, FigureCheck]:
    return {" ".join(c.figure.text.split()): c for c in check_brief(markdown, sources)}


def test_acceptance_factor_ten_is_unsupported() -> None:
    checks = checks_by_text(BRIEF)
    for text, source in (
        ("43 milliards de dollars", "43亿港元"),
        ("528 milliards de dollars HK", "528亿港元"),
    ):
        check = checks[text]
        assert check.supported is False
        assert check.support == ()
        assert check.closest is not None and check.closest.text == source
        assert check.ratio == pytest.approx(10.0)
        assert check.reason == "magnitude"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("4,3 milliards de dollars de Hong Kong", "43亿港元"),
        ("52,8 milliards", "528亿港元"),
        ("1 159 fois", "1159.46倍"),
        ("70 %", "70%"),
        ("8 janvier 2026", "2026-01-08"),
    ],
)
def test_acceptance_right_figures_are_supported(text: str, source: str) -> None:
    check = checks_by_text(BRIEF)[text]
    assert check.supported is True
    assert source in [f.text for f in check.support]
    assert check.reason == ""


def test_sources_section_urls_and_footer_are_not_claims() -> None:
    texts = list(checks_by_text(BRIEF))
    assert "7 janvier 2026" not in texts
    assert not any("99" in t for t in texts)
    footer = BRIEF + "\n---\nBrief généré le 12 février 2026 ; 2 articles lus.\n"
    assert "12 février 2026" not in checks_by_text(footer)


def test_exactly_the_figures_of_the_brief_are_checked() -> None:
    assert sorted(checks_by_text(BRIEF)) == sorted(
        [
            "8 janvier 2026",
            "43 milliards de dollars",
            "528 milliards de dollars HK",
            "4,3 milliards de dollars de Hong Kong",
            "52,8 milliards",
            "1 159 fois",
            "70 %",
        ]
    )


def test_wrong_currency_is_reported_as_unit() -> None:
    check = checks_by_text("Elle a levé 4,3 milliards d'euros.")["4,3 milliards d'euros"]
    assert (check.supported, check.reason, check.ratio) == (False, "unit", pytest.approx(1.0))


def test_wrong_value_is_reported_with_closest() -> None:
    check = checks_by_text("La demande a atteint 1 300 fois l'offre.")["1 300 fois"]
    assert check.supported is False
    assert check.reason == "value"
    assert check.closest is not None and check.closest.text == "1159.46倍"


def test_figure_absent_from_sources() -> None:
    check = checks_by_text("Le cours a gagné 13,2 %.", SOURCES[:1])["13,2 %"]
    assert (check.supported, check.closest, check.reason) == (False, None, "absent")


def test_dates_are_checked_leniently() -> None:
    checks = checks_by_text(
        "Cotée le 8 janvier, en 2026, annoncée en janvier 2026, puis le 9 janvier 2026."
    )
    assert checks["8 janvier"].supported
    assert checks["janvier 2026"].supported
    assert not checks["9 janvier 2026"].supported
    assert "2026" not in checks


def test_quoted_chinese_sentences_are_checked_too() -> None:
    checks = checks_by_text("> 这家公司此次募资约43亿港元。\n\n> 市值约5280亿港元。\n")
    assert checks["43亿港元"].supported
    assert not checks["5280亿港元"].supported
    assert checks["5280亿港元"].ratio == pytest.approx(10.0)


def test_quoted_english_sentences_are_read_as_english() -> None:
    source = Article(
        url="https://en.example/1",
        title="t",
        language="en",
        text="It closed valuing the firm at about HK$57.9 billion.",
    )
    checks = checks_by_text("> It closed valuing the firm at about HK$57.9 billion.", [source])
    assert list(checks) == ["HK$57.9 billion"] and checks["HK$57.9 billion"].supported


def test_traditional_chinese_source() -> None:
    source = Article(
        url="https://tw.example/1",
        title="t",
        language="zh-Hant",
        text="本次募資約43億港元，市值528.28億港元。",
    )
    checks = checks_by_text(
        "Elle a levé 4,3 milliards et vaut 52,8 milliards de dollars HK.", [source]
    )
    assert all(c.supported for c in checks.values()) and len(checks) == 2


def test_to_dict_is_json_ready() -> None:
    data = [c.to_dict() for c in check_brief(BRIEF, SOURCES)]
    parsed = json.loads(json.dumps(data, ensure_ascii=False))
    wrong = next(d for d in parsed if d["text"] == "43 milliards de dollars")
    assert wrong["supported"] is False and wrong["ratio"] == pytest.approx(10.0)
    assert wrong["closest"]["text"] == "43亿港元"
    assert wrong["closest"]["article_id"] == SOURCES[0].id
    right = next(d for d in parsed if d["text"] == "70 %")
    assert right["support"][0]["context"].startswith("所得款项约70%")
    assert right["rendered"] == "70\u00a0%"


def test_annotate_marks_only_unsupported_figures() -> None:
    markdown = "Levée : 43 milliards de dollars ; demande : 1 159 fois."
    out = annotate_markdown(markdown, check_brief(markdown, SOURCES), marker=" [?]")
    assert out == "Levée : 43 milliards de dollars [?] ; demande : 1 159 fois."


def test_brief_rendered_from_story_key_figures_is_fully_supported(shared_dir: Path) -> None:
    articles = load_story(shared_dir)
    rows = key_figures(articles)
    lines = ["# Chiffres", "", "## Chiffres clés", "", "| Mesure | Valeur |", "|---|---|"]
    for row in rows:
        for shown in (row, *row.disagreement):
            lines.append(f"| {row.label} | {shown.rendered} |")
    checks = check_brief("\n".join(lines), articles)
    assert len(checks) >= len(rows)
    assert [c.figure.text for c in checks if not c.supported] == []


def test_story_magnitude_error_is_caught(shared_dir: Path) -> None:
    brief = (
        "Zhipu a levé 43 milliards de dollars de Hong Kong, pour une capitalisation de "
        "52,8 milliards à l'ouverture et un cours de clôture de 131,50 dollars de Hong Kong."
    )
    checks = checks_by_text(brief, load_story(shared_dir))
    assert checks["43 milliards de dollars de Hong Kong"].reason == "magnitude"
    assert checks["52,8 milliards"].supported
    outlets = {f.article_id for f in checks["131,50 dollars de Hong Kong"].support}
    assert len(outlets) >= 3
