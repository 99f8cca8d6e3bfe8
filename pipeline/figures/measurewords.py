"""The marker words the figure labels read besides the measures' own keywords: the time of a
share price (opening, close, grey market ...), which offer a figure belongs to, cornerstone
investors, estimates and totals of several companies (zh / zh-Hant / fr / en)."""

from __future__ import annotations

import re

_TIME = {
    "open": ("开盘", "開盤", "高开", "高開", "opened", "opening", "open", "ouverture", "ouvert"),
    "close": (
        "收盘",
        "收盤",
        "收于",
        "收於",
        "收涨",
        "收漲",
        "收跌",
        "收报",
        "收報",
        "收市",
        "closed",
        "closing",
        "close",
        "ended",
        "ending",
        "finished",
        "clôture",
        "clôturé",
        "terminé",
        "termine",
        "fin de séance",
    ),
    "midday": (
        "中午收市",
        "午间收市",
        "午間收市",
        "午盘",
        "午盤",
        "午市",
        "midday",
        "mi-séance",
        "mi-journée",
    ),
    "intraday": ("盘中", "盤中", "最高", "intraday", "en séance", "au plus haut"),
    "grey": ("暗盘", "暗盤", "grey market", "gray market", "marché gris"),
    "expected": (
        "预计",
        "預計",
        "预估",
        "預估",
        "上市市值",
        "按发行价",
        "按發行價",
        "expected",
        "estimated",
        "at the offer price",
        "at the ipo price",
        "prévue",
        "attendue",
        "estimée",
        "au prix d'introduction",
    ),
}
_OFFER = {
    "public": (
        "公开发售",
        "公開發售",
        "香港公开",
        "香港公開",
        "公开发行",
        "public offer",
        "public offering",
        "retail",
        "offre publique",
        "particuliers",
    ),
    "intl": (
        "国际发售",
        "國際發售",
        "国际配售",
        "國際配售",
        "international offer",
        "international offering",
        "institutional",
        "offre internationale",
    ),
}
_CORNERSTONE = ("基石", "cornerstone", "investisseurs de référence", "investisseurs-piliers")
# An estimate (brokers' margin financing, a forecast) is its own measure, never the official one.
_ESTIMATE = (
    "孖展",
    "预计",
    "預計",
    "预估",
    "預估",
    "估计",
    "估計",
    "估算",
    "margin financing",
    "margin loans",
    "margin lending",
    "estimated",
    "estimate",
    "estimates",
    "expected",
    "projected",
    "estimation",
    "estimations",
    "estimé",
    "estimée",
    "prévu",
    "prévue",
)
ESTIMATE_QUALIFIER = " (estimation)"
# A total of several companies (« three companies raised a combined... ») is nobody's figure.
_TOTAL = (
    "合计",
    "合計",
    "共计",
    "共計",
    "总计",
    "總計",
    "合共",
    "共",
    "combined",
    "together",
    "in total",
    "au total",
    "ensemble",
    "cumulés",
    "cumulé",
)
# (searched for, never read: "\d" finds the "\d+" of a match at its last digit, without trying
# each digit of a long number to its end; 8,000 digits took 0.9 s)
_SEVERAL_COMPANIES = re.compile(
    r"(?:[两兩二三四五六七八九十几幾多数數]|\d)\s*(?:家|间|間)[^，。,;；]{0,6}?"
    r"(?:公司|企业|企業|新股|科技股)"
    r"|\b(?:two|three|four|five|six|several|\d+)\s+(?:[a-z-]+\s+){0,3}"
    r"(?:companies|firms|groups|startups|listings|ipos)\b"
    r"|\b(?:deux|trois|quatre|cinq|six|plusieurs|\d+)\s+(?:[\w'-]+\s+){0,3}"
    r"(?:sociétés|entreprises|groupes|start-up|introductions)\b",
    re.I,
)
