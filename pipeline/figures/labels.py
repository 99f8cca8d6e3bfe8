"""What a figure measures, in French, from keyword lexicons around it (zh / zh-Hant / fr / en).

A rule names a measure (« fonds levés ») and the words that signal it in any of the languages
(募资, 募資, levé, raised). The keyword nearest the figure wins, inside its clause first, then
its sentence; a keyword after the figure counts double distance (in « 116.2港元的发行价 » the
keyword follows, in « opened 3.3% above its HK$116.20 offer price » the nearer one follows too).
Some measures need a qualifier (the time of a share price: opening, close...), found the same
way among marker words. Periodic measures (revenue, losses, R&D) get the year of the clause.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache, lru_cache

from pipeline.figures.parse import clause_bounds, sentence_bounds
from pipeline.text.scripts import has_han

Span = tuple[int, int]
_WORD = re.compile(r"\w")


def _cut_in_word(text: str, position: int) -> bool:
    """Whether a Latin word may run through `position` (Han words need no word boundary)."""
    last, following = text[position - 1], text[position]
    return bool(_WORD.match(last) and _WORD.match(following)) and not has_han(last)


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
_SEVERAL_COMPANIES = re.compile(
    r"(?:[两兩二三四五六七八九十几幾多数數]|\d+)\s*(?:家|间|間)[^，。,;；]{0,6}?"
    r"(?:公司|企业|企業|新股|科技股)"
    r"|\b(?:two|three|four|five|six|several|\d+)\s+(?:[a-z-]+\s+){0,3}"
    r"(?:companies|firms|groups|startups|listings|ipos)\b"
    r"|\b(?:deux|trois|quatre|cinq|six|plusieurs|\d+)\s+(?:[\w'-]+\s+){0,3}"
    r"(?:sociétés|entreprises|groupes|start-up|introductions)\b",
    re.I,
)


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


@cache
def _word_regex(words: tuple[str, ...]) -> re.Pattern[str]:
    """One regex for a set of words: CJK words anywhere, Latin words as whole words."""
    parts = []
    for word in sorted(set(words), key=len, reverse=True):
        escaped = re.escape(word)
        parts.append(escaped if has_han(word) else rf"(?<!\w){escaped}(?!\w)")
    return re.compile("|".join(parts), re.I)


Matches = tuple[re.Match[str], ...]


@lru_cache(maxsize=4096)
def _scan(
    text: str, pattern: re.Pattern[str], region: Span
) -> tuple[Matches, list[int], list[int]]:
    """The matches of `pattern` in `region`, with their starts and ends, scanned once.

    A clause or sentence holds many figures; each looks its keywords (and years) up in these
    sorted lists (bisect) instead of rescanning the region: labelling stays linear."""
    matches = tuple(pattern.finditer(text, region[0], region[1]))
    return matches, [m.start() for m in matches], [m.end() for m in matches]


def _matches_within(
    text: str, pattern: re.Pattern[str], region: Span, parent: Span
) -> tuple[Matches, list[int], list[int]]:
    """The matches a scan of `region` would find, taken from the scan of `parent` around it.

    They are the same unless a parent match crosses a bound of `region`, or a word could end
    at `region`'s end only because the scan stops there (a word character on both sides):
    then `region` is scanned on its own."""
    matches, starts, ends = _scan(text, pattern, parent)
    low = bisect_left(starts, region[0])
    high = bisect_right(ends, region[1])
    crosses = (low > 0 and ends[low - 1] > region[0]) or (
        high < len(starts) and starts[high] < region[1]
    )
    cut = region[1] < parent[1] and 0 < region[1] < len(text)
    if crosses or (cut and _cut_in_word(text, region[1])):
        return _scan(text, pattern, region)
    if low >= high:
        return (), [], []
    return matches[low:high], starts[low:high], ends[low:high]


def _nearest(
    text: str,
    words: tuple[str, ...],
    region: Span,
    figure: Span,
    after: bool = True,
    parent: Span | None = None,
) -> int | None:
    """Weighted distance from the figure to the nearest word of `words` in `region` (a part of
    `parent`, whose scan is reused, when given)."""
    _, starts, ends = _matches_within(text, _word_regex(words), region, parent or region)
    best: int | None = None
    before = bisect_right(ends, figure[0])  # matches ending at or before the figure
    if before:
        best = figure[0] - ends[before - 1]
    following = bisect_left(starts, figure[1])  # the first match starting after it
    if after and following < len(starts):
        distance = (starts[following] - figure[1]) * 2 + 1
        best = distance if best is None or distance < best else best
    return best


def _search_order(regions: tuple[Span, Span]) -> tuple[tuple[Span, bool, bool], ...]:
    """Where to look, in order: the clause (both sides), then the sentence before, then after."""
    clause, sentence = regions
    return ((clause, True, True), (sentence, True, False), (sentence, False, True))


def _nearest_side(
    text: str, words: tuple[str, ...], region: Span, figure: Span, before: bool, after: bool
) -> int | None:
    if before:
        return _nearest(text, words, region, figure, after)
    return _nearest(text, words, (max(region[0], figure[1]), region[1]), figure, True, region)


def _pick_rule(text: str, kind: str, regions: tuple[Span, Span], figure: Span) -> Rule | None:
    for region, before, after in _search_order(regions):
        scored = []
        for index, rule in enumerate(RULES):
            if kind in rule.kinds:
                distance = _nearest_side(text, rule.keywords, region, figure, before, after)
                if distance is not None:
                    scored.append((distance, index, rule))
        if scored:
            return min(scored, key=lambda item: (item[0], item[1]))[2]
    return None


def _qualify(text: str, rule: Rule, regions: tuple[Span, Span], figure: Span) -> str:
    # A rule with a default label only takes a qualifier from the clause or before the figure.
    order = _search_order(regions)
    for region, before, after in order if not rule.label else order[:2]:
        scored = []
        for index, (label, markers) in enumerate(rule.qualified):
            distance = _nearest_side(text, markers, region, figure, before, after)
            if distance is not None:
                scored.append((distance, index, label))
        if scored:
            return min(scored)[2]
    return rule.label


def label_for(text: str, kind: str, start: int, end: int) -> str:
    """The French label of the figure at [start, end) of `text`, or "" when unknown."""
    sentence = sentence_bounds(text, start)
    clause = clause_bounds(text, start, end, sentence)
    regions = (clause, sentence)
    rule = _pick_rule(text, kind, regions, (start, end))
    if rule is None or _several_companies_total(text, kind, sentence):
        return ""
    label = _qualify(text, rule, regions, (start, end)) if rule.qualified else rule.label
    if label and rule.periodic:
        period = period_for(text, kind, (start, end), regions)
        label = f"{label} ({period})" if period else label
    if label and kind != "date" and _is_estimate(text, rule, regions, (start, end)):
        label += ESTIMATE_QUALIFIER
    return label


@lru_cache(maxsize=1024)
def _several_companies_total(text: str, kind: str, sentence: Span) -> bool:
    """A money total of a sentence naming several companies (合计 / combined...): not one's."""
    if kind != _MONEY or not _SEVERAL_COMPANIES.search(text, sentence[0], sentence[1]):
        return False
    return _word_regex(_TOTAL).search(text, sentence[0], sentence[1]) is not None


def _is_estimate(text: str, rule: Rule, regions: tuple[Span, Span], figure: Span) -> bool:
    """An estimate word in the figure's clause or before it in its sentence (孖展, estimated)."""
    if any(markers == _TIME["expected"] for _, markers in rule.qualified):
        return False  # the measure has its own « prévue » qualifier
    clause, sentence = regions
    return (
        _nearest(text, _ESTIMATE, clause, figure) is not None
        or _nearest(text, _ESTIMATE, sentence, figure, after=False) is not None
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


_HALF = r"(?:H1\s*|(?:the\s+)?first half of\s*|(?:le\s+)?(?:premier|1er) semestre\s*(?:de\s*)?)"
_PERIOD = re.compile(
    rf"(?:from\s+|between\s+|de\s+|entre\s+)?(?P<half>{_HALF})?"
    r"(?<!\d)(?P<y1>20\d\d)(?!\d)(?:\s*年?\s*(?:至|到|-|–|—|à|au|to|and|et)\s*"
    rf"(?P<half2>{_HALF})?(?P<y2>20\d\d)(?!\d))?\s*年?(?P<zhhalf>上半年|前三季度)?",
    re.I,
)
_YEAR_AFTER = re.compile(
    r"\s*(?:in|en|for|pour|au titre de)\s+(?:l'(?:exercice|année)\s+)?"
    r"(?P<y1>20\d\d)(?!\d)"
)
_LIST_GAP = re.compile(r"\s*(?:[、,，]|和|及|与|與|and|et)?\s*", re.I)
_CUMUL = (
    "累计",
    "累計",
    "合计",
    "合計",
    "cumul",
    "cumulé",
    "cumulées",
    "in total",
    "au total",
    "totaled",
    "totalled",
    "totalling",
    "totaling",
)
_SERIES_TOKEN = {
    "money": re.compile(
        r"\d(?:[.,]?\d)*\s*(?:万亿|萬億|亿|億|万|萬)?\s*(?:港元|美元|人民币|元)"
        r"|(?:RMB|HK\$|US\$|\$)\s?\d"
    ),
    "percent": re.compile(r"\d(?:[.,]?\d)*\s*%"),
}


def _period_text(match: re.Match[str]) -> str:
    half = bool(match.group("half")) or match.group("zhhalf") == "上半年"
    if match.group("y2"):
        last_half = bool(match.group("half2")) or match.group("zhhalf") == "上半年"
        if last_half:
            return f"de {match.group('y1')} au 1er semestre {match.group('y2')}"
        return f"{match.group('y1')}-{match.group('y2')}"
    if half:
        return f"1er semestre {match.group('y1')}"
    if match.group("zhhalf"):
        return f"9 mois {match.group('y1')}"
    return match.group("y1")


def _year_list(text: str, tokens: list[re.Match[str]]) -> list[int]:
    """The years of the last run of tokens: « 2022年、2023年和2024年 » or « 2022至2024年 »."""
    last = tokens[-1]
    if last.group("y2") and not (last.group("half2") or last.group("zhhalf")):
        return list(range(int(last.group("y1")), int(last.group("y2")) + 1))
    run = [last]
    for token in reversed(tokens[:-1]):
        if token.group("y2") or not _LIST_GAP.fullmatch(text, token.end(), run[0].start()):
            break
        run.insert(0, token)
    return [int(t.group("y1")) for t in run] if len(run) > 1 else []


def _series_year(text: str, kind: str, years: list[int], after: int, figure: Span, end: int) -> str:
    """The year of a figure in a series after several years: « 2022至2024年收入分别为X、Y和Z »."""
    token = _SERIES_TOKEN.get(kind)
    if token is None or len(years) < 2:
        return ""
    sentence = (after, end)
    before = len(_matches_within(text, token, (after, figure[0]), sentence)[0])
    series = before + len(_matches_within(text, token, (figure[0], end), sentence)[0])
    if series == len(years):
        return str(years[before])
    if series == 2:  # « 由X增至Y »: from the first year to the last
        return str(years[0] if before == 0 else years[-1])
    return ""


def period_for(text: str, kind: str, figure: Span, regions: tuple[Span, Span]) -> str:
    """The year or period a periodic figure refers to (« 2022 », « 1er semestre 2025 »)."""
    clause, sentence = regions
    following = _YEAR_AFTER.match(text, figure[1], clause[1])
    if following:
        return following.group("y1")
    tokens = list(_matches_within(text, _PERIOD, (sentence[0], figure[0]), sentence)[0])
    if not tokens:
        return ""
    last = tokens[-1]
    before = (clause[0], figure[0])
    cumul = _nearest(text, _CUMUL, before, figure, after=False, parent=clause) is not None
    year = _series_year(text, kind, _year_list(text, tokens), last.end(), figure, sentence[1])
    if year:
        return year
    if last.group("y2"):
        return f"cumul {_period_text(last)}" if cumul else _period_text(last)
    return f"cumul jusqu'à {_period_text(last)}" if cumul else _period_text(last)
