"""The measures a figure can name (`RULES`): for each, the kinds of figure it applies to, its
signal words in zh / zh-Hant / fr / en and its French label, with the qualified labels and
their marker words; and `base_label`, a label without its qualifier."""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.figures.measurewords import _CORNERSTONE, _OFFER, _TIME


@dataclass(frozen=True)
class Rule:
    """One measure: the kinds it applies to, its signal words, its French label(s)."""

    kinds: frozenset[str]
    keywords: tuple[str, ...]
    label: str  # used when no qualifier is found; "" means: no label without qualifier
    qualified: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (label, marker words)
    periodic: bool = False


def _r(
    kinds: str,
    keywords: tuple[str, ...],
    label: str,
    qualified: tuple[tuple[str, tuple[str, ...]], ...] = (),
    periodic: bool = False,
) -> Rule:
    return Rule(frozenset(kinds.split()), keywords, label, qualified, periodic)


_MONEY = "money"
RULES: tuple[Rule, ...] = (
    _r(_MONEY, _CORNERSTONE, "investisseurs de référence"),
    _r("count", _CORNERSTONE, "nombre d'investisseurs de référence"),
    _r(
        _MONEY,
        ("所持股份市值", "持股市值", "所持股份", "stake", "participation"),
        "valeur d'une participation",
    ),
    _r(_MONEY, ("浮盈", "paper gain", "plus-value latente"), "plus-value latente"),
    _r(_MONEY, ("净额", "淨額", "net proceeds", "produit net"), "produit net"),
    _r(
        _MONEY,
        (
            "募资",
            "募資",
            "募集资金",
            "募集資金",
            "集资",
            "集資",
            "raised",
            "raising",
            "raise",
            "levé",
            "levant",
            "lever",
            "lève",
            "rapporté",
            "gross proceeds",
            "fonds levés",
        ),
        "fonds levés",
    ),
    _r(
        _MONEY,
        ("轮融资", "輪融資", "融资", "融資", "funding", "financement"),
        "levées de fonds antérieures",
    ),
    _r(
        _MONEY,
        (
            "市值",
            "valorisation",
            "valorisant",
            "capitalisation",
            "valuing",
            "valued",
            "valuation",
            "market value",
            "market cap",
            "market capitalisation",
        ),
        "capitalisation boursière",
        (
            ("capitalisation à l'ouverture", _TIME["open"]),
            ("capitalisation à la clôture", _TIME["close"]),
            ("capitalisation prévue à l'introduction", _TIME["expected"]),
        ),
    ),
    _r(
        _MONEY,
        (
            "营收",
            "營收",
            "营业收入",
            "營業收入",
            "收入",
            "revenue",
            "revenues",
            "sales",
            "chiffre d'affaires",
            "revenus",
        ),
        "chiffre d'affaires",
        periodic=True,
    ),
    _r(
        _MONEY,
        (
            "净亏损",
            "淨虧損",
            "亏损",
            "虧損",
            "net loss",
            "loss",
            "losses",
            "pertes",
            "perte nette",
            "perte",
        ),
        "pertes",
        periodic=True,
    ),
    _r(
        _MONEY,
        ("研发", "研發", "r&d", "research and development", "recherche et développement"),
        "dépenses de R&D",
        periodic=True,
    ),
    _r(
        "price",
        (
            "发行价",
            "發行價",
            "招股价",
            "招股價",
            "定价",
            "定價",
            "发售价",
            "發售價",
            "每股",
            "募资",
            "募資",
            "offer price",
            "ipo price",
            "prix d'introduction",
            "prix d'offre",
            "prix de l'offre",
        ),
        "prix d'introduction",
    ),
    _r(
        "price",
        (
            "股价",
            "股價",
            "报",
            "報",
            "share price",
            "shares",
            "cours",
            "titre",
            *_TIME["open"],
            *_TIME["close"],
            *_TIME["midday"],
            *_TIME["intraday"],
            *_TIME["grey"],
        ),
        "",
        (
            ("cours à la mi-séance", _TIME["midday"]),
            ("cours d'ouverture", _TIME["open"]),
            ("cours de clôture", _TIME["close"]),
            ("plus haut en séance", _TIME["intraday"]),
            ("cours sur le marché gris", _TIME["grey"]),
        ),
    ),
    _r(
        "percent",
        (
            "市场份额",
            "市場份額",
            "份额",
            "份額",
            "市占率",
            "市佔率",
            "market share",
            "part de marché",
        ),
        "part de marché",
    ),
    _r("percent", ("毛利率", "gross margin", "marge brute"), "marge brute", periodic=True),
    _r(
        "percent",
        (
            "同比增长",
            "同比增長",
            "复合增速",
            "複合增速",
            "复合增长率",
            "增速",
            "growth",
            "croissance",
        ),
        "croissance du chiffre d'affaires",
        periodic=True,
    ),
    _r("money percent", ("算力", "compute", "puissance de calcul"), "puissance de calcul"),
    _r(_MONEY, ("人工成本", "staff costs", "coûts de personnel"), "coûts de personnel"),
    _r("percent", ("用于", "用於", "研发", "研發", "r&d", "recherche"), "part affectée à la R&D"),
    _r(
        "percent",
        (
            "涨",
            "漲",
            "升",
            "高开",
            "高開",
            "高出",
            "高",
            "hausse",
            "gagnait",
            "gagné",
            "higher",
            "rose",
            "up",
            "above",
            "bondi",
            "gain",
        ),
        "",
        (
            ("hausse à la mi-séance", _TIME["midday"]),
            ("hausse à l'ouverture", _TIME["open"]),
            ("hausse à la clôture", _TIME["close"]),
            ("plus forte hausse en séance", _TIME["intraday"]),
            ("hausse sur le marché gris", _TIME["grey"]),
        ),
    ),
    _r(
        "multiple",
        (
            "认购",
            "認購",
            "超购",
            "超購",
            "超额认购",
            "超額認購",
            "发售",
            "發售",
            "oversubscribed",
            "subscribed",
            "sursouscrit",
            "sursouscrite",
            "sursouscription",
            "demande",
        ),
        "sursouscription",
        (
            ("sursouscription (offre publique à Hong Kong)", _OFFER["public"]),
            ("sursouscription (offre internationale)", _OFFER["intl"]),
        ),
    ),
    _r(
        "shares",
        (
            "发行",
            "發行",
            "发售",
            "發售",
            "offered",
            "offering",
            "offer",
            "offertes",
            "émises",
            "émis",
            "offre",
        ),
        "actions offertes",
        (
            ("actions offertes (offre publique à Hong Kong)", _OFFER["public"]),
            ("actions offertes (offre internationale)", _OFFER["intl"]),
        ),
    ),
    _r("count", ("客户", "客戶", "clients", "customers"), "clients"),
    _r("count", ("下载", "下載", "downloads", "téléchargements"), "téléchargements"),
    _r("count", ("参数", "參數", "parameters", "paramètres"), "paramètres du modèle"),
    _r("count", ("开发者", "開發者", "developers", "développeurs"), "développeurs payants"),
    _r(
        "date",
        (
            "挂牌",
            "掛牌",
            "上市",
            "登陆",
            "登陸",
            "listing",
            "listed",
            "debut",
            "début",
            "débuts",
            "cotation",
            "coté",
            "cotée",
            "introduction en bourse",
            "entrée en bourse",
        ),
        "date de cotation",
    ),
    _r(
        "date",
        ("截止", "招股结束", "招股結束", "subscription closed", "clôture des souscriptions"),
        "clôture des souscriptions",
    ),
    _r(
        "date",
        ("成立", "创立", "創立", "创办", "創辦", "founded", "fondée", "fondé", "création"),
        "date de fondation",
    ),
)


def base_label(label: str) -> str:
    """The measure without its qualifier: « capitalisation à la clôture » -> « capitalisation
    boursière », « chiffre d'affaires (2024) » -> « chiffre d'affaires »; "" when it has none."""
    for rule in RULES:
        if rule.label and any(label == qualified for qualified, _ in rule.qualified):
            return rule.label
        if rule.periodic and label.startswith(rule.label + " (") and label != rule.label:
            return rule.label
    return ""
