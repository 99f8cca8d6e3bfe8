"""Figures: extraction in zh / zh-Hant / fr / en, French labels and rendering, key figures."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from pipeline.figures.check import extract_figures, figures_match, key_figures, render_fr
from pipeline.records import Article, Figure, FigureRow

NBSP = "\u00a0"


def only(text: str, language: str, kind: str | None = None) -> Figure:
    """The one figure of `text` (of `kind` when given)."""
    figures = [f for f in extract_figures(text, language) if kind is None or f.kind == kind]
    assert len(figures) == 1, figures
    return figures[0]


# --- extraction: values, units, kinds, spans -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "kind", "value", "unit"),
    [
        ("这家公司本次募资约43亿港元。", "zh", "money", 4.3e9, "HKD"),
        ("這家公司本次募資約43億港元。", "zh", "money", 4.3e9, "HKD"),
        ("市值达到528亿港币。", "zh", "money", 5.28e10, "HKD"),
        ("去年收入为5740万元。", "zh", "money", 5.74e7, "CNY"),
        ("融资规模约5.5亿美元。", "zh", "money", 5.5e8, "USD"),
        ("总额为2千万人民币。", "zh", "money", 2e7, "CNY"),
        ("发行价为每股116.20港元。", "zh", "price", 116.2, "HKD"),
        ("首日上涨13.17%。", "zh", "percent", 13.17, "%"),
        ("首日上漲１３．１７％。", "zh-Hant", "percent", 13.17, "%"),
        ("公开发售获1159.46倍认购。", "zh", "multiple", 1159.46, "x"),
        ("共发行3741.95万股H股。", "zh", "shares", 37_419_500, "shares"),
        ("共發行3741.95萬股H股。", "zh-Hant", "shares", 37_419_500, "shares"),
        ("客户超过8000家。", "zh", "count", 8000, ""),
        ("Le groupe a levé 4,3 milliards de dollars de Hong Kong.", "fr", "money", 4.3e9, "HKD"),
        ("Une valeur de 52,8 milliards de dollars HK.", "fr", "money", 5.28e10, "HKD"),
        ("Soit 552 millions de dollars.", "fr", "money", 5.52e8, "USD"),
        ("Soit 473 millions d'euros.", "fr", "money", 4.73e8, "EUR"),
        ("Un chiffre d'affaires de 57,4 millions de yuans.", "fr", "money", 5.74e7, "CNY"),
        ("Un cours de 131,50 $HK.", "fr", "price", 131.5, "HKD"),
        ("Un prix de HK$ 116,20 par action.", "fr", "price", 116.2, "HKD"),
        ("Elle pèse 4 300 000 000 dollars.", "fr", "money", 4.3e9, "USD"),
        (f"Sursouscrite 1{NBSP}159 fois.", "fr", "multiple", 1159, "x"),
        ("Sursouscrite 1\u202f159,46 fois.", "fr", "multiple", 1159.46, "x"),
        (f"Une part de 6,6{NBSP}% du marché.", "fr", "percent", 6.6, "%"),
        ("Une hausse de 13 pour cent.", "fr", "percent", 13, "%"),
        ("Elle offre 37,42 millions d'actions.", "fr", "shares", 37_420_000, "shares"),
        ("It raised HK$4.35 billion.", "en", "money", 4.35e9, "HKD"),
        ("About US$552 million in total.", "en", "money", 5.52e8, "USD"),
        ("About $1.19 billion.", "en", "money", 1.19e9, "USD"),
        ("Revenue was RMB 57.4 million.", "en", "money", 5.74e7, "CNY"),
        ("It closed at HK$131.50.", "en", "price", 131.5, "HKD"),
        ("The offer was 1,159.46 times covered.", "en", "multiple", 1159.46, "x"),
        ("Demand was 15.28-fold.", "en", "multiple", 15.28, "x"),
        ("It rose 13.2 percent.", "en", "percent", 13.2, "%"),
        ("It sold 37.42 million shares.", "en", "shares", 37_420_000, "shares"),
    ],
)
def test_values_units_and_kinds(
    text: str, language: str, kind: str, value: float, unit: str
) -> None:
    figure = only(text, language)
    assert (figure.kind, figure.unit) == (kind, unit)
    assert figure.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("公司于2026年1月8日挂牌。", "zh", 20260108),
        ("公司於2026年1月8日掛牌。", "zh-Hant", 20260108),
        ("计划2025年1月5日截止，1月8日挂牌。", "zh", 20250108),
        ("公司成立于2019年6月。", "zh", 20190600),
        ("La cotation a eu lieu le 8 janvier 2026.", "fr", 20260108),
        ("Depuis le 1er décembre.", "fr", 1201),
        ("Fondée en juin 2019.", "fr", 20190600),
        ("Listed on January 8, 2026.", "en", 20260108),
        ("Listed on 8 January 2026.", "en", 20260108),
    ],
)
def test_dates(text: str, language: str, value: int) -> None:
    figure = [f for f in extract_figures(text, language) if f.kind == "date"][-1]
    assert figure.value == value


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("公司成立于2019年，总部在北京，代码02513。", "zh"),
        ("智谱发布GLM-4.7与GLM-5模型，使用H200芯片。", "zh"),
        ("Fondée en 2019, elle compte 3 fondateurs.", "fr"),
        ("Founded in 2019 by 3 researchers; see chapter 12.", "en"),
    ],
)
def test_years_bare_numbers_and_model_names_are_not_figures(text: str, language: str) -> None:
    assert extract_figures(text, language) == []


def test_span_context_and_article_id() -> None:
    text = "第一句没有数字。按发行价计募资约43亿港元，上市市值预计逾511亿港元。"
    figures = extract_figures(text, "zh", article_id="abc")
    first = figures[0]
    assert text[first.start : first.end] == first.text == "43亿港元"
    assert first.context == "按发行价计募资约43亿港元，上市市值预计逾511亿港元"
    assert first.article_id == "abc"


def test_french_decimal_comma_and_thousands() -> None:
    figures = extract_figures("Il y a 1 159,46 fois, puis 4,3 milliards et 12 %.", "fr")
    assert [f.value for f in figures] == [pytest.approx(1159.46), 4.3e9, 12.0]


# --- labels ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "figure_text", "label"),
    [
        ("发行价为116.2港元，开盘价为120港元。", "zh", "116.2港元", "prix d'introduction"),
        ("发行价为116.2港元，开盘价为120港元。", "zh", "120港元", "cours d'ouverture"),
        ("比116.2港元的发行价高出3.27%。", "zh", "116.2港元", "prix d'introduction"),
        (
            "开盘价为120港元，开盘市值超过528亿港元。",
            "zh",
            "528亿港元",
            "capitalisation à l'ouverture",
        ),
        ("收盘报131.5港元，涨13.17%，市值约579亿港元。", "zh", "131.5港元", "cours de clôture"),
        ("收盘报131.5港元，涨13.17%，市值约579亿港元。", "zh", "13.17%", "hausse à la clôture"),
        (
            "收盘报131.5港元，涨13.17%，市值约579亿港元。",
            "zh",
            "579亿港元",
            "capitalisation à la clôture",
        ),
        ("本次募资约43亿港元，所得款项净额41.7亿港元。", "zh", "43亿港元", "fonds levés"),
        ("本次募资约43亿港元，所得款项净额41.7亿港元。", "zh", "41.7亿港元", "produit net"),
        (
            "香港公开发售获1000.5倍认购、国际发售获12.5倍认购。",
            "zh",
            "1000.5倍",
            "sursouscription (offre publique à Hong Kong)",
        ),
        (
            "香港公开发售获1000.5倍认购、国际发售获12.5倍认购。",
            "zh",
            "12.5倍",
            "sursouscription (offre internationale)",
        ),
        (
            "香港公開發售獲1000.5倍認購、國際發售獲12.5倍認購。",
            "zh-Hant",
            "12.5倍",
            "sursouscription (offre internationale)",
        ),
        ("共发行2000万股，其中国际发售1800万股。", "zh", "2000万股", "actions offertes"),
        (
            "共发行2000万股，其中国际发售1800万股。",
            "zh",
            "1800万股",
            "actions offertes (offre internationale)",
        ),
        ("按营收计，其市场份额为7.5%。", "zh", "7.5%", "part de marché"),
        ("8家基石投资者合计认购20亿港元。", "zh", "20亿港元", "investisseurs de référence"),
        ("公司2021年的收入为3000万元。", "zh", "3000万元", "chiffre d'affaires (2021)"),
        ("净亏损由2021年的1亿元增至2023年的9亿元。", "zh", "9亿元", "pertes (2023)"),
        ("2020至2022年收入分别为1亿元、2亿元和4亿元。", "zh", "2亿元", "chiffre d'affaires (2021)"),
        ("2024年上半年研发开支10亿元。", "zh", "10亿元", "dépenses de R&D (1er semestre 2024)"),
        (
            "Le groupe a levé 4,3 milliards de dollars de Hong Kong.",
            "fr",
            "4,3 milliards",
            "fonds levés",
        ),
        (
            "Le titre gagnait 3 % à l'ouverture et a terminé en hausse de 12 %.",
            "fr",
            "12 %",
            "hausse à la clôture",
        ),
        (
            "Le titre gagnait 3 % à l'ouverture et a terminé en hausse de 12 %.",
            "fr",
            "3 %",
            "hausse à l'ouverture",
        ),
        (
            "It opened 3.3% above its HK$116.20 offer price.",
            "en",
            "HK$116.20",
            "prix d'introduction",
        ),
        ("It closed 13.2% higher at HK$131.50.", "en", "HK$131.50", "cours de clôture"),
        ("Revenue rose to $12 million in 2023.", "en", "$12 million", "chiffre d'affaires (2023)"),
        (
            "Un chiffre d'affaires de 12 millions d'euros en 2023.",
            "fr",
            "12 millions",
            "chiffre d'affaires (2023)",
        ),
        (
            "公司2021年、2022年和2023年分别实现营收1亿元、2亿元和4亿元。",
            "zh",
            "4亿元",
            "chiffre d'affaires (2023)",
        ),
        (
            "2021年至2024年上半年累计亏损约9亿元。",
            "zh",
            "9亿元",
            "pertes (cumul de 2021 au 1er semestre 2024)",
        ),
        (
            "Net losses from 2021 to 2023 totaled RMB 9 billion.",
            "en",
            "RMB 9 billion",
            "pertes (cumul 2021-2023)",
        ),
    ],
)
def test_labels(text: str, language: str, figure_text: str, label: str) -> None:
    figure = next(f for f in extract_figures(text, language) if f.text.startswith(figure_text))
    assert figure.label == label


def test_unrelated_figures_get_no_label() -> None:
    figures = extract_figures("同日恒生指数跌1.2%，天气晴朗。", "zh")
    assert [f.label for f in figures] == [""]


# --- French rendering --------------------------------------------------------------------------


def fig(kind: str, value: float, unit: str, text: str = "") -> Figure:
    return Figure(kind=kind, value=value, unit=unit, text=text)


@pytest.mark.parametrize(
    ("figure", "rendered"),
    [
        (fig("money", 4.3e9, "HKD"), "4,3 milliards de dollars de Hong Kong"),
        (fig("money", 5.28e10, "HKD"), "52,8 milliards de dollars de Hong Kong"),
        (fig("money", 5.74e7, "CNY"), "57,4 millions de yuans"),
        (fig("money", 1.19e9, "USD"), "1,19 milliard de dollars américains"),
        (fig("money", 4.73e8, "EUR"), "473 millions d'euros"),
        (fig("money", 1.5e6, "EUR"), "1,5 million d'euros"),
        (fig("multiple", 1159.46, "x"), f"1{NBSP}159 fois"),
        (fig("multiple", 15.28, "x"), "15,28 fois"),
        (fig("percent", 6.6, "%"), f"6,6{NBSP}%"),
        (fig("percent", 13.17, "%"), f"13,17{NBSP}%"),
        (fig("price", 116.2, "HKD"), "116,20 dollars de Hong Kong"),
        (fig("price", 120.0, "HKD"), "120,00 dollars de Hong Kong"),
        (fig("shares", 37_419_500, "shares"), "37,42 millions d'actions"),
        (fig("shares", 1_871_000, "shares"), "1,87 million d'actions"),
        (fig("count", 8000, ""), f"8{NBSP}000"),
        (fig("date", 20260108, "date"), "8 janvier 2026"),
        (fig("date", 20250101, "date"), "1er janvier 2025"),
        (fig("date", 20190600, "date"), "juin 2019"),
    ],
)
def test_render_fr(figure: Figure, rendered: str) -> None:
    assert render_fr(figure) == rendered


@pytest.mark.parametrize(
    ("source", "language", "rendered"),
    [
        ("募资约43亿港元", "zh", "4,3 milliards de dollars de Hong Kong"),
        ("市值528亿港元", "zh", "52,8 milliards de dollars de Hong Kong"),
        ("市值528.28億港元", "zh-Hant", "52,828 milliards de dollars de Hong Kong"),
        ("认购1159.46倍", "zh", f"1{NBSP}159 fois"),
    ],
)
def test_render_from_chinese_never_keeps_chinese_magnitude(
    source: str, language: str, rendered: str
) -> None:
    out = render_fr(only(source, language))
    assert out == rendered
    assert not out.startswith(("43 milliards", "528 milliards"))


# --- matching ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("brief", "source", "source_language", "expected"),
    [
        ("4,3 milliards de dollars de Hong Kong", "43亿港元", "zh", True),
        ("4,3 milliards de dollars de Hong Kong", "43.0亿港元", "zh", True),
        ("52,8 milliards de dollars HK", "528亿港元", "zh", True),
        ("52,8 milliards", "528亿港元", "zh", True),
        ("1 159 fois", "1159.46倍", "zh", True),
        ("70 %", "70%", "zh", True),
        ("4,35 milliards de dollars HK", "HK$4.35 billion", "en", True),
        ("43 milliards de dollars de Hong Kong", "43亿港元", "zh", False),
        ("528 milliards de dollars HK", "528亿港元", "zh", False),
        ("4,3 milliards d'euros", "43亿港元", "zh", False),
        ("1 200 fois", "1159.46倍", "zh", False),
        ("7 %", "70%", "zh", False),
        ("8 janvier 2026", "1月8日", "zh", True),
        ("9 janvier 2026", "1月8日", "zh", False),
    ],
)
def test_figures_match(brief: str, source: str, source_language: str, expected: bool) -> None:
    assert figures_match(only(brief, "fr"), only(source, source_language)) is expected


# --- key figures --------------------------------------------------------------------------------


def by_label(rows: tuple[FigureRow, ...]) -> dict[str, FigureRow]:
    """Rows by label, the most-backed first when a label has rows in several units."""
    found: dict[str, FigureRow] = {}
    for row in rows:
        found.setdefault(row.label, row)
    return found


def article(url: str, text: str, outlet: str, language: str = "zh") -> Article:
    return Article(
        url=url,
        title="t",
        text=text,
        language=language,
        source_outlet=outlet,
        published_at=datetime(2026, 1, 8, tzinfo=UTC),
    )


OWN_ARTICLES = (
    article(
        "https://a.example/1",
        "公司1月8日挂牌，发行价116.2港元，收盘报131.5港元。募资约43亿港元。",
        "Alpha",
    ),
    article("https://b.example/2", "上市首日收于131.5港元。本次募资约43亿港元。", "Beta"),
    article("https://c.example/3", "最终收涨8%至125.7港元。", "Gamma"),
    article(
        "https://d.example/4", "It raised HK$4.3 billion and closed at HK$131.50.", "Delta", "en"
    ),
    article("https://e.example/5", "其市场份额为6.6%，另有2.5%与3.5%等数字。", "Epsilon"),
)


def test_key_figures_groups_clusters_and_keeps_disagreements() -> None:
    rows = by_label(key_figures(OWN_ARTICLES))
    close = rows["cours de clôture"]
    assert close.rendered == "131,50 dollars de Hong Kong"
    assert close.outlets == ("Alpha", "Beta", "Delta")
    assert [(d.rendered, d.outlets) for d in close.disagreement] == [
        ("125,70 dollars de Hong Kong", ("Gamma",))
    ]
    assert rows["fonds levés"].rendered == "4,3 milliards de dollars de Hong Kong"
    assert len(rows["fonds levés"].figures) == 3
    assert rows["date de cotation"].rendered == "8 janvier 2026"


def test_key_figures_order_and_determinism() -> None:
    rows = key_figures(OWN_ARTICLES)
    backing = [len({f.article_id for f in row.figures}) for row in rows]
    assert backing == sorted(backing, reverse=True)
    assert key_figures(OWN_ARTICLES) == rows
    assert key_figures(tuple(reversed(OWN_ARTICLES)))[0].label == rows[0].label
    assert all(row.label for row in rows)
    assert len(key_figures(OWN_ARTICLES, limit=2)) == 2


def test_article_with_several_values_for_one_measure_is_left_out() -> None:
    text = "毛利率分别为54.6%、64.6%和56.3%。"
    rows = key_figures([article("https://f.example/6", text, "Zeta")])
    assert [row.label for row in rows] == []


# --- the story corpus in ../shared ---------------------------------------------------------------


def load_story(shared_dir: Path) -> list[Article]:
    articles = []
    for path in sorted((shared_dir / "story").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        language = "zh" if data["language"].startswith("zh") else data["language"]
        published = datetime.fromisoformat(data["published"][:10])
        articles.append(
            Article(
                url=data["url"],
                title=data["title"],
                text=data["text"],
                language=language,
                source_outlet=data["outlet"],
                published_at=published,
            )
        )
    return articles


def test_story_key_figures(shared_dir: Path) -> None:
    rows = by_label(key_figures(load_story(shared_dir)))
    close = rows["cours de clôture"]
    assert close.rendered == "131,50 dollars de Hong Kong"
    assert len(close.outlets) >= 3
    assert [d.rendered for d in close.disagreement] == ["125,70 dollars de Hong Kong"]
    assert close.disagreement[0].outlets[0].startswith("21世纪经济报道")
    assert rows["fonds levés"].rendered == "4,3 milliards de dollars de Hong Kong"
    assert rows["capitalisation à l'ouverture"].rendered == "52,8 milliards de dollars de Hong Kong"
    assert rows["prix d'introduction"].rendered == "116,20 dollars de Hong Kong"
    assert rows["sursouscription (offre publique à Hong Kong)"].rendered == f"1{NBSP}159 fois"
    assert rows["part de marché"].rendered == f"6,6{NBSP}%"
    assert rows["date de cotation"].rendered == "8 janvier 2026"


def test_story_magnitudes_are_never_off_by_ten(shared_dir: Path) -> None:
    for row in key_figures(load_story(shared_dir)):
        for figure in row.figures:
            if figure.unit == "HKD" and figure.kind == "money":
                assert 1e8 <= figure.value <= 1e12, (figure.text, figure.value)
