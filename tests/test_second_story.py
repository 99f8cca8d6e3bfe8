"""A second story of another kind, end to end and offline through the same code: a company's
annual results, reported in Chinese and French, replayed from a page directory this test
writes, run by `newsbrief run STORY.toml --replay DIR`. Its brief has its own sections (from
its own story file), French prose written from its facts, and none of the demo story's words."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from pipeline.figures.check import check_brief
from pipeline.records import Article
from tests.brief_checks import prose_issues
from tests.cli_helpers import run_cli, store_args

BASE = "https://news.example.org"
STORY_ID = "hongguo-results"
HTML = {"Content-Type": "text/html; charset=utf-8"}

STORY = f"""id = "{STORY_ID}"
title_hint = "Hongguo publie ses résultats annuels 2025"
subject = "Hongguo"
keywords = ["鸿果", "Hongguo"]
sites = ["generic"]
date_from = 2026-03-01
date_to = 2026-03-31

[entry_points]
generic = ["{BASE}/feed.xml"]

[glossary]
"鸿果科技" = "Hongguo"

[[themes]]
heading = "Les résultats de l'exercice"
keywords = ["营收", "收入", "毛利率", "chiffre d'affaires", "marge", "croissance", "résultats"]

[[themes]]
heading = "La recherche et les coûts"
keywords = ["研发", "R&D", "recherche", "pertes", "亏损", "coûts"]

[[phrase]]
label = "marge brute"
text = "la marge brute de {{subject}} a atteint {{value}}{{q}}"
"""

ZH_1 = (
    "鸿果科技3月18日发布2025年年度业绩。",
    "公司2025年营收为128.6亿元，同比增长23.5%。",
    "全年毛利率为41.2%，较上年提升2个百分点。",
    "2025年研发投入为18.4亿元，占营收的比例继续提高。",
    "鸿果科技表示，将继续扩大海外市场，并加大智能终端产品的投入。",
)
ZH_2 = (
    "鸿果科技公布2025年业绩：营收为128.6亿元，同比增长23.5%。",
    "公司2025年净亏损为3.2亿元，亏损幅度较上年收窄。",
    "分析人士认为，鸿果的毛利率改善主要来自高端产品线。",
    "公司管理层在业绩说明会上表示，海外收入占比已接近三成。",
)
FR_1 = (
    "Le fabricant chinois Hongguo a publié le 18 mars ses résultats annuels pour 2025.",
    "Son chiffre d'affaires a atteint 12,86 milliards de yuans en 2025, "
    "en croissance de 23,5 % sur un an.",
    "La marge brute s'est établie à 41,2 % sur l'exercice.",
    "Hongguo a consacré 1,84 milliard de yuans à la recherche et développement en 2025.",
    "La direction de Hongguo veut accélérer son développement à l'international cette année.",
)


def _page(title: str, lang: str, day: str, paragraphs: tuple[str, ...]) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>'
        f'<meta property="og:title" content="{title}">'
        f'<meta property="article:published_time" content="{day}"></head>'
        f"<body><article><h1>{title}</h1>{body}</article></body></html>"
    ).encode()


def _feed(paths: list[str]) -> bytes:
    items = "".join(
        f"<item><title>鸿果 {p}</title><link>{p}</link>"
        f"<pubDate>Wed, 18 Mar 2026 10:00:00 +0800</pubDate></item>"
        for p in paths
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>t</title>'
        f"<link>{BASE}/</link>{items}</channel></rss>"
    ).encode()


def _page_dir(root: Path) -> Path:
    """A replay directory (manifest.json + pages/) holding a feed and three articles."""
    pages = {
        "https://caijing.example.cn/2026/03/18/hongguo-results.html": _page(
            "鸿果科技2025年营收128.6亿元", "zh-CN", "2026-03-18T18:00:00+08:00", ZH_1
        ),
        "https://tech.example.cn/news/hongguo-loss.html": _page(
            "鸿果科技公布年度业绩", "zh-CN", "2026-03-18T20:00:00+08:00", ZH_2
        ),
        "https://eco.example.fr/2026/03/19/hongguo-resultats.html": _page(
            "Hongguo publie des résultats en hausse", "fr", "2026-03-19T09:00:00+01:00", FR_1
        ),
    }
    entries: list[dict[str, Any]] = [
        {
            "url": f"{BASE}/feed.xml",
            "file": "feed.xml",
            "status": 200,
            "headers": {"Content-Type": "application/rss+xml"},
        },
        {
            "url": f"{BASE}/robots.txt",
            "file": "robots.txt",
            "status": 200,
            "headers": {"Content-Type": "text/plain"},
        },
    ]
    (root / "pages").mkdir(parents=True)
    (root / "pages" / "feed.xml").write_bytes(_feed(list(pages)))
    (root / "pages" / "robots.txt").write_bytes(b"User-agent: *\nAllow: /\n")
    for i, (path, body) in enumerate(pages.items()):
        (root / "pages" / f"a{i}.html").write_bytes(body)
        entries.append({"url": path, "file": f"a{i}.html", "status": 200, "headers": HTML})
    manifest = {"fetched_at": "2026-03-19T12:00:00+00:00", "pages": entries}
    (root / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def results_run(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    tmp = tmp_path_factory.mktemp("second-story")
    story = tmp / f"{STORY_ID}.toml"
    story.write_text(STORY, encoding="utf-8")
    replay = _page_dir(tmp / "replay")
    done = run_cli(
        tmp,
        "run",
        str(story),
        "--replay",
        str(replay),
        "--backend",
        "extractive",
        *store_args(tmp),
        timeout=300,
    )
    out = tmp / "out" / STORY_ID / "latest"
    assert done.returncode == 0, done.stderr[-3000:]
    return {
        "md": (out / "brief.fr.md").read_text(encoding="utf-8"),
        "json": json.loads((out / "brief.json").read_text(encoding="utf-8")),
        "articles": [
            Article.from_dict(json.loads(line))
            for line in (out / "articles.jsonl").read_text(encoding="utf-8").splitlines()
        ],
    }


def test_the_second_story_has_its_own_sections_and_no_demo_words(
    results_run: dict[str, Any],
) -> None:
    md, data = results_run["md"], results_run["json"]
    assert len(results_run["articles"]) == 3
    headings = [s["heading"] for s in data["sections"]]
    assert headings[0] == "Les résultats de l'exercice"
    assert "Extraits des sources" in headings
    assert "## Questions fréquentes" in md
    for word in ("智谱", "zhipu", "glm", "02513", "introduction en Bourse"):
        assert word not in md.lower()


def test_the_second_story_brief_is_french_prose_from_its_facts(
    results_run: dict[str, Any],
) -> None:
    md, data = results_run["md"], results_run["json"]
    assert prose_issues(md) == []
    # The story's own phrasing of a measure comes before the shipped one.
    assert "la marge brute de Hongguo a atteint 41,2" in md
    assert "le chiffre d'affaires de Hongguo s'est élevé à" in md
    assert data["chapeau"]["origin"] == "facts" and data["translated"] is False
    assert {p["origin"] for s in data["sections"] for p in s["passages"]} == {"facts", "quote"}
    checks = check_brief(md, results_run["articles"])
    assert checks and all(c.supported for c in checks), [
        c.figure.text for c in checks if not c.supported
    ]
