"""Samples of the run outputs for the schema, HTML and feed tests.

`demo_output_dir` runs `newsbrief demo` once per test process (it takes ~15 s) and returns its
dated output directory; `sample_brief` builds a small Brief by hand, with every optional part
(banner, extracts in two languages, a disagreement, FAQ) so that each renderer path is used.
"""

from __future__ import annotations

import subprocess
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from pipeline.records import Brief, Figure, FigureRow, Passage, Section, SourceRef
from tests.cli_helpers import run_cli, store_args

STORY = "zhipu-ipo"
ZH_ID, EN_ID = "0123456789abcdef", "fedcba9876543210"
CST = timezone(timedelta(hours=8))
_DEMO_DIRS: dict[Path, Path] = {}


def run_demo(tmp: Path) -> subprocess.CompletedProcess[str]:
    """`python -m pipeline.app.cli demo` into tmp, offline, with an empty model cache."""
    return run_cli(tmp, "demo", *store_args(tmp))


def demo_output_dir(base: Path) -> Path:
    """The dated output directory of one demo run under base (run at most once per process)."""
    if base not in _DEMO_DIRS:
        base.mkdir(parents=True, exist_ok=True)
        proc = run_demo(base)
        assert proc.returncode in (0, 3), proc.stderr[-3000:]
        days = sorted((base / "out" / STORY).glob("20??-??-??"))
        assert len(days) == 1, days
        _DEMO_DIRS[base] = days[0]
    return _DEMO_DIRS[base]


def _figure(text: str, value: float, article_id: str, label: str, start: int = 10) -> Figure:
    return Figure(
        kind="price",
        value=value,
        unit="HKD",
        text=text,
        article_id=article_id,
        start=start,
        end=start + len(text),
        context=f"收盘报{text}",
        label=label,
    )


def _rows() -> tuple[FigureRow, ...]:
    price = FigureRow(
        label="prix d'introduction",
        rendered="116,20\u00a0dollars de Hong Kong",
        figures=(_figure("116.20港元", 116.2, ZH_ID, "prix d'introduction"),),
        outlets=("Sohu", "TechNode"),
    )
    other = FigureRow(
        label="cours de clôture",
        rendered="125,70\u00a0dollars de Hong Kong",
        figures=(_figure("125.7港元", 125.7, EN_ID, "cours de clôture", 40),),
        outlets=("21世纪经济报道 (via Sohu)",),
    )
    close = FigureRow(
        label="cours de clôture",
        rendered="131,50\u00a0dollars de Hong Kong",
        figures=(_figure("131.5港元", 131.5, ZH_ID, "cours de clôture", 30),),
        outlets=("Sohu", "36Kr"),
        disagreement=(other,),
    )
    return price, close


def _sources() -> tuple[SourceRef, ...]:
    return (
        SourceRef(
            article_id=ZH_ID,
            title="智谱港股首日收涨13.17%",
            outlet="Sohu",
            url="https://www.sohu.com/a/123_456",
            published_at=datetime(2026, 1, 8, 17, 5, tzinfo=CST),
            language="zh",
            contribution="Chiffres cités (prix d'introduction)",
        ),
        SourceRef(
            article_id=EN_ID,
            title="Zhipu AI closes up in Hong Kong debut",
            outlet="TechNode",
            url="https://technode.com/2026/01/08/zhipu/",
            published_at=datetime(2026, 1, 1, 9, 0, tzinfo=CST),
            language="en",
            contribution="Valeur divergente",
        ),
    )


def _sections() -> tuple[Section, ...]:
    return (
        Section(
            "L'introduction en Bourse",
            (
                Passage(
                    "1月8日，智谱在香港联交所主板挂牌上市。",
                    language="zh",
                    sources=((ZH_ID, 0, 20),),
                ),
                Passage("The shares opened at HK$120.", language="en", sources=((EN_ID, 5, 33),)),
            ),
        ),
        Section(
            "Ce qui vient",
            (
                Passage(
                    "Le groupe annonce un nouveau modèle.",
                    language="fr",
                    translated=True,
                    sources=((ZH_ID, 40, 60),),
                ),
            ),
        ),
    )


def sample_brief(**changes: Any) -> Brief:
    """A small untranslated brief as the extractive backend writes them; `changes` override."""
    brief = Brief(
        story=STORY,
        title="Zhipu AI fait ses débuts à la Bourse de Hong Kong",
        chapeau=Passage(
            "Le 8 janvier 2026, Zhipu AI fait ses débuts à Hong Kong.",
            sources=((ZH_ID, 10, 19),),
            origin="facts",
        ),
        sections=_sections(),
        figures=_rows(),
        sources=_sources(),
        translated=False,
        backend="extractive",
        model=None,
        generated_at=datetime(2026, 1, 9, 8, 30, tzinfo=UTC),
        articles_read=3,
        banner="⚠ Traduction indisponible\u00a0: phrases citées dans leur langue.",
        faq=(
            (
                "Quand Zhipu est-il coté\u00a0?",
                Passage("Le 8 janvier 2026.", sources=((ZH_ID, 10, 19),), origin="facts"),
            ),
        ),
    )
    return replace(brief, **changes)
