"""Label precision (estimates, market value times, investor counts, several companies' totals)
and the shaping of the « Chiffres clés » table: merged rows, currencies, the cap, figures_all.

Every sentence here is our own, about invented companies (Lumen, Orbis)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from pipeline.brief.compose import compose_brief, render_markdown
from pipeline.brief.jsondoc import brief_to_json
from pipeline.config import StoryConfig
from pipeline.figures.check import extract_figures, key_figures
from pipeline.figures.labels import base_label
from pipeline.figures.table import MAX_TABLE_ROWS, table_rows
from pipeline.records import Article, Figure, FigureRow
from pipeline.summarize import Draft

NBSP = "\u00a0"
PUBLIC = "sursouscription (offre publique à Hong Kong)"


def article(n: int, text: str, outlet: str, language: str = "zh") -> Article:
    return Article(
        url=f"https://news{n}.example/a/{n}",
        title=f"t{n}",
        text=text,
        language=language,
        source_outlet=outlet,
        published_at=datetime(2026, 3, 2, tzinfo=UTC),
    )


def label_of(text: str, language: str, figure_text: str) -> str:
    return next(f for f in extract_figures(text, language) if f.text.startswith(figure_text)).label


# --- 1. label precision -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "figure_text", "label"),
    [
        (
            "有券商称散户孖展逾800亿港元，据此估算公开发售超购约600倍。",
            "zh",
            "600倍",
            f"{PUBLIC} (estimation)",
        ),
        ("據券商估計，公開發售超購約600倍。", "zh-Hant", "600倍", f"{PUBLIC} (estimation)"),
        (
            "Margin financing from brokers suggests the public offer was oversubscribed 600 times.",
            "en",
            "600 times",
            f"{PUBLIC} (estimation)",
        ),
        (
            "Selon des estimations, l'offre publique a été sursouscrite 600 fois.",
            "fr",
            "600 fois",
            f"{PUBLIC} (estimation)",
        ),
        ("香港公开发售获980.5倍认购。", "zh", "980.5倍", PUBLIC),
        (
            "Orbis ended its first session at HK$20.5, valuing it at about HK$8.2 billion.",
            "en",
            "HK$8.2 billion",
            "capitalisation à la clôture",
        ),
        (
            "按发行价计，奥比斯上市市值预计约75亿港元。",
            "zh",
            "75亿港元",
            "capitalisation prévue à l'introduction",
        ),
        (
            "Orbis is valued at HK$7.5 billion at the offer price.",
            "en",
            "HK$7.5 billion",
            "capitalisation prévue à l'introduction",
        ),
        (
            "流明引入7名基石投资者，合计认购5亿港元。",
            "zh",
            "7名",
            "nombre d'investisseurs de référence",
        ),
        ("流明引入7名基石投资者，合计认购5亿港元。", "zh", "5亿港元", "investisseurs de référence"),
        (
            "流明引入7家基石投資者，合計認購5億港元。",
            "zh-Hant",
            "5億港元",
            "investisseurs de référence",
        ),
        ("三家科技公司同日在港上市，合计募资120亿港元。", "zh", "120亿港元", ""),
        ("三家科技公司同日在港上市，其中流明募资40亿港元。", "zh", "40亿港元", "fonds levés"),
        (
            "Three Chinese technology companies raised a combined HK$12 billion on Friday.",
            "en",
            "HK$12 billion",
            "",
        ),
        (
            "Trois sociétés chinoises ont levé au total 12 milliards de dollars de Hong Kong.",
            "fr",
            "12 milliards",
            "",
        ),
        (
            "Lumen a levé au total 4 milliards de dollars de Hong Kong.",
            "fr",
            "4 milliards",
            "fonds levés",
        ),
    ],
)
def test_label_precision(text: str, language: str, figure_text: str, label: str) -> None:
    assert label_of(text, language, figure_text) == label


def test_gross_margin_is_not_an_estimate() -> None:
    assert label_of("Its gross margin was 54.6% in 2024.", "en", "54.6%") == "marge brute (2024)"


def test_base_label() -> None:
    assert base_label("capitalisation à la clôture") == "capitalisation boursière"
    assert base_label("chiffre d'affaires (2024)") == "chiffre d'affaires"
    assert base_label("capitalisation boursière") == "" and base_label("cours de clôture") == ""


# --- 2. table shaping ---------------------------------------------------------------------------


def by_label(rows: tuple[FigureRow, ...]) -> dict[str, list[FigureRow]]:
    found: dict[str, list[FigureRow]] = {}
    for row in rows:
        found.setdefault(row.label, []).append(row)
    return found


def test_value_without_qualifier_joins_the_qualified_row() -> None:
    rows = by_label(
        key_figures(
            [
                article(1, "奥比斯收盘报20.5港元，市值约82亿港元。", "Alpha"),
                article(
                    2, "Orbis ended the day at HK$20.5, valuing it at HK$8.2 billion.", "Beta", "en"
                ),
                article(3, "Orbis has a market value of HK$8.2 billion.", "Gamma", "en"),
                article(
                    4,
                    "La capitalisation boursière d'Orbis atteint 5 milliards de dollars de Hong "
                    "Kong.",
                    "Delta",
                    "fr",
                ),
            ]
        )
    )
    (close,) = rows["capitalisation à la clôture"]
    assert set(close.outlets) == {"Alpha", "Beta", "Gamma"} and not close.disagreement
    (other,) = rows["capitalisation boursière"]  # another value: left as it was
    assert other.outlets == ("Delta",) and other.rendered.startswith("5 milliards")


def test_estimate_is_never_a_disagreement_and_stays_out_of_the_table() -> None:
    rows = key_figures(
        [
            article(1, "香港公开发售获980.5倍认购。", "Alpha"),
            article(2, "香港公開發售獲980.5倍認購。", "Beta"),
            article(3, "有券商称散户孖展逾800亿港元，据此估算公开发售超购约600倍。", "Gamma"),
        ]
    )
    official = by_label(rows)[PUBLIC][0]
    assert set(official.outlets) == {"Alpha", "Beta"} and not official.disagreement
    (estimate,) = by_label(rows)[f"{PUBLIC} (estimation)"]
    assert estimate.rendered == "600 fois"
    assert estimate in rows and estimate not in table_rows(rows)


def test_estimate_of_the_official_value_backs_it() -> None:
    rows = by_label(
        key_figures(
            [
                article(1, "流明本次募资约40亿港元。", "Alpha"),
                article(2, "流明计划下周上市，预计募资40亿港元。", "Beta"),
            ]
        )
    )
    assert set(rows["fonds levés"][0].outlets) == {"Alpha", "Beta"}
    assert "fonds levés (estimation)" not in rows


ORBIS = [
    article(1, "奥比斯本次募资约40亿港元（约5.1亿美元）。", "Alpha"),
    article(2, "Orbis raised HK$4 billion (about US$510 million) in its listing.", "Beta", "en"),
    article(3, "奥比斯募资40亿港元，发行价20港元。", "Gamma"),
]


def test_same_measure_in_two_currencies_is_one_line() -> None:
    rows = key_figures(ORBIS)
    first = [r.label for r in rows].index("fonds levés")
    assert rows[first].figures[0].unit == "HKD" and rows[first + 1].figures[0].unit == "USD"
    brief = compose_brief(
        Draft(title="", chapeau=(), sections=(), translated=False, backend="extractive"),
        ORBIS,
        StoryConfig(id="orbis", title_hint="Orbis", keywords=()),
        figures=rows,
        generated_at=datetime(2026, 3, 3, tzinfo=UTC),
    )
    md = render_markdown(brief)
    line = next(x for x in md.splitlines() if x.startswith("| Fonds levés |"))
    assert (
        "4 milliards de dollars de Hong Kong (environ 510 millions de dollars américains)" in line
    )
    assert md.count("| Fonds levés |") == 1 and all(o in line for o in ("Alpha", "Beta", "Gamma"))
    assert brief.chapeau.text.count("l'opération a permis de lever") == 1  # one currency


def _row(
    label: str,
    outlets: tuple[str, ...],
    value: float = 1.0,
    disagreement: tuple[FigureRow, ...] = (),
) -> FigureRow:
    figures = tuple(
        Figure("money", value, "CNY", "1亿元", f"id-{o}", 0, 4, label=label) for o in outlets
    )
    return FigureRow(label, "100 millions de yuans", figures, outlets, disagreement)


def test_table_rows_cap_and_priorities() -> None:
    two = ("A", "B")
    rows = [_row(f"détail {n}", two) for n in range(20)] + [
        _row("investisseurs de référence", ("A",)),
        _row("cours de clôture", ("A",), 2.0, (_row("cours de clôture", ("C",)),)),
        _row("pertes (2024)", ("A",)),
        _row("clients", ("A",)),
        _row("fonds levés (estimation)", two),
    ]
    table = table_rows(rows)
    labels = [r.label for r in table]
    assert len(table) == MAX_TABLE_ROWS
    assert labels[-3:] == ["investisseurs de référence", "cours de clôture", "pertes (2024)"]
    assert "clients" not in labels and "fonds levés (estimation)" not in labels
    assert labels[:-3] == [f"détail {n}" for n in range(MAX_TABLE_ROWS - 3)]  # order kept
    assert len(table_rows(rows[:5])) == 5
    assert [r.label for r in table_rows(rows, limit=2)] == [
        "investisseurs de référence",
        "cours de clôture",
    ]


def test_brief_json_keeps_every_row_in_figures_all() -> None:
    rows = tuple(_row(f"détail {n}", ("A", "B")) for n in range(MAX_TABLE_ROWS + 4))
    brief = compose_brief(
        Draft(title="", chapeau=(), sections=(), translated=False, backend="extractive"),
        [],
        StoryConfig(id="x", title_hint="X", keywords=()),
        figures=rows,
        generated_at=datetime(2026, 3, 3, tzinfo=UTC),
    )
    data = brief_to_json(brief)
    assert [r["label"] for r in data["figures_all"]] == [r.label for r in rows]
    assert [r["label"] for r in data["figures"]] == [r.label for r in rows[:MAX_TABLE_ROWS]]
    table = render_markdown(brief).split("## Chiffres clés", 1)[1].split("## Sources", 1)[0]
    assert table.count("| Détail ") == MAX_TABLE_ROWS
