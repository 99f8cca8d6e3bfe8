"""Seconds the figure check takes as a story grows: key_figures + check_brief over N articles.

For each size N (50, 200 and 500 by default) the benchmark writes N synthetic articles in
Chinese, French and English (an IPO-like story of an invented company, figures varying a little
from one outlet to the next, as real coverage does) and a French brief shaped like the
pipeline's: an introduction, 20 quoted source sentences in their language with citations, a
« Chiffres clés » table and a « Sources » list of all N articles. It times
`key_figures(articles)` then `check_brief(brief, articles)` (best of --repeats runs, after an
untimed warm-up on the smallest size) and prints both times, their sum, and the growth exponent
k of time ~ N^k fitted by least squares on the log-log points (1 is linear, 2 quadratic).

    .venv/bin/python benchmarks/figures/bench.py [--sizes 50 200 500] [--repeats 3]
        [--max-seconds 10] [--max-exponent 1.3]

With --max-seconds (for the largest size) or --max-exponent the exit status is 1 when the
measure is above it: a CI-style gate kept out of the unit tests, which never assert timings.
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from pipeline.figures import check_brief, key_figures  # noqa: E402
from pipeline.records import Article  # noqa: E402

# Templates: {p} price, {o} opening price, {c} close, {r} proceeds (亿 / billions), {x} times
# oversubscribed, {s} market share, {y1}..{y3} revenue by year. Values vary with the article.
_ZH = (
    "1月8日，某智能科技（股票代码09999）在港交所主板正式挂牌。当天开盘价为{o}港元，"
    "比{p}港元的发行价高出约3.27%，开盘市值超过528亿港元。此次共发行3741.95万股H股，"
    "按发行价计募资约{r}亿港元。香港公开发售获超额认购{x}倍，国际发售获超额认购15.28倍。"
    "2022年、2023年和2024年，公司收入分别为{y1}亿元、{y2}亿元和{y3}亿元。"
    "按2024年收入计，公司在企业级大模型市场份额为{s}%。收盘报{c}港元，市值约579亿港元。"
)
_FR = (
    "Le 8 janvier 2026, la société a fait ses débuts à la Bourse de Hong Kong. L'action, "
    "introduite à {pf} dollars de Hong Kong, a ouvert à {of} dollars de Hong Kong, en hausse de "
    "3,27 %. L'introduction a levé {rf} milliards de dollars de Hong Kong ; l'offre publique a "
    "été sursouscrite {xf} fois. Le chiffre d'affaires a atteint {y3f} millions de yuans en 2024. "
    "Le titre a clôturé à {cf} dollars de Hong Kong."
)
_EN = (
    "The company began trading in Hong Kong on January 8, 2026. Shares priced at HK${p} opened "
    "at HK${o}, up 3.27%, valuing the company at about HK$52.8 billion. The offering raised "
    "HK${rb} billion; the Hong Kong public tranche was oversubscribed {x} times. Revenue was "
    "RMB{y3m} million in 2024, and its market share was {s}%. They ended the day at HK${c}."
)


def _fr(value: float, decimals: int) -> str:
    return f"{value:.{decimals}f}".replace(".", ",")


def _values(i: int) -> dict[str, str]:
    """Figures of article i: most outlets agree, a few disagree, as in real coverage."""
    p, o, c = 116.2, 120.0 + (i % 3) * 0.5, (131.5, 125.7, 131.5, 128.0)[i % 4]
    r, x, s = (43, 43, 42)[i % 3], 1159.46 + (i % 5), (6.6, 6.6, 6.5)[i % 3]
    y = (0.574, 1.245, 3.124 + (i % 7) / 1000)
    return {
        "p": f"{p:.2f}",
        "o": f"{o:.2f}",
        "c": f"{c:.1f}",
        "r": str(r),
        "rb": f"{r / 10:.1f}",
        "x": f"{x:.2f}",
        "s": str(s),
        "y1": f"{y[0]:.3f}",
        "y2": f"{y[1]:.3f}",
        "y3": f"{y[2]:.3f}",
        "y3m": f"{y[2] * 100:.1f}",
        "pf": _fr(p, 2),
        "of": _fr(o, 2),
        "cf": _fr(c, 2),
        "rf": _fr(r / 10, 1),
        "xf": _fr(x, 2),
        "y3f": _fr(y[2] * 100, 1),
    }


def make_articles(n: int) -> list[Article]:
    """N articles, one in three per language, each from its own outlet."""
    articles = []
    for i in range(n):
        language, template = (("zh", _ZH), ("fr", _FR), ("en", _EN))[i % 3]
        articles.append(
            Article(
                url=f"https://news{i % 40}.example/{i}",
                title=f"Article {i}",
                text=template.format(**_values(i)),
                language=language,
                source_outlet=f"Outlet {i}",
                published_at=datetime(2026, 1, 8),
            )
        )
    return articles


QUOTES = 20  # quoted source sentences in the brief, whatever the number of articles


def make_brief(articles: list[Article]) -> str:
    """A French brief of the articles in the pipeline's shape: a bounded number of quoted
    sentences (as the composer selects), a Sources list that grows with the articles."""
    lines = [
        "# La société fait ses débuts à la Bourse de Hong Kong",
        "",
        "Le 8 janvier 2026, la société fait ses débuts à la Bourse de Hong Kong. Selon les "
        "sources, prix d'introduction : 116,20 dollars de Hong Kong ; fonds levés : 4,3 milliards "
        f"de dollars de Hong Kong ; hausse à l'ouverture : 3,27 %. [1, 2, {len(articles)}]",
        "",
        "## L'introduction en Bourse",
        "",
    ]
    for i in range(0, min(len(articles), QUOTES * 5), 5):
        code = articles[i].language
        first = articles[i].text.split("。")[0].split(". ")[0]
        lines += [f"> 〔{code}〕 {first}. [{i + 1}]", ""]
    lines += ["## Chiffres clés", "", "| Mesure | Valeur | Sources |", "|---|---|---|"]
    lines += [
        "| Prix d'introduction | 116,20 dollars de Hong Kong | 50 médias [1, 2, 3] |",
        "| Fonds levés | 4,3 milliards de dollars de Hong Kong | 40 médias [1, 2] |",
        "| Part de marché | 6,6 % | 30 médias [1, 4] |",
        "",
        "## Sources",
        "",
    ]
    for i, article in enumerate(articles, 1):
        lines.append(
            f"- [{i}] « {article.title} » — {article.source_outlet}, 8 janvier 2026 : Chiffres "
            f"cités (prix d'introduction, fonds levés et 6 autres). <{article.url}>"
        )
    lines += ["", "---", "", "*Brief généré le 8 janvier 2026 à 12:00 UTC.*", ""]
    return "\n".join(lines)


def time_size(n: int, repeats: int) -> tuple[float, float, int]:
    """Best seconds of key_figures and of check_brief over N articles, and figures checked."""
    articles = make_articles(n)
    brief = make_brief(articles)
    best_key = best_check = math.inf
    checked = 0
    for _ in range(repeats):
        start = time.perf_counter()
        key_figures(articles)
        middle = time.perf_counter()
        checked = len(check_brief(brief, articles))
        best_key = min(best_key, middle - start)
        best_check = min(best_check, time.perf_counter() - middle)
    return best_key, best_check, checked


def growth_exponent(sizes: list[int], seconds: list[float]) -> float:
    """Least-squares slope of log(seconds) against log(size)."""
    xs = [math.log(n) for n in sizes]
    ys = [math.log(max(s, 1e-9)) for s in seconds]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum(
        (x - mx) ** 2 for x in xs
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[50, 200, 500])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--max-seconds", type=float, help="fail above this at the largest size")
    parser.add_argument("--max-exponent", type=float, help="fail above this growth exponent")
    args = parser.parse_args(argv)
    sizes = sorted(args.sizes)
    time_size(sizes[0], 1)  # warm-up: imports, compiled regexes, caches
    totals = []
    print(
        f"{'articles':>8} {'key_figures s':>14} {'check_brief s':>14} {'total s':>9} {'checked':>8}"
    )
    for n in sizes:
        key, check, checked = time_size(n, args.repeats)
        totals.append(key + check)
        print(f"{n:>8} {key:>14.3f} {check:>14.3f} {key + check:>9.3f} {checked:>8}")
    exponent = growth_exponent(sizes, totals) if len(sizes) > 1 else float("nan")
    print(f"growth exponent (time ~ N^k): k = {exponent:.2f}")
    failed = False
    if args.max_seconds is not None and totals[-1] > args.max_seconds:
        print(f"FAIL: {sizes[-1]} articles took {totals[-1]:.1f} s > {args.max_seconds} s")
        failed = True
    if args.max_exponent is not None and exponent > args.max_exponent:
        print(f"FAIL: growth exponent {exponent:.2f} > {args.max_exponent}")
        failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
