"""Acceptance 3 of issue 5: `newsbrief brief` on the story corpus of ../shared/story, extractive.

The story files are converted into an articles JSONL in tmp (nothing of them is copied into
the project); the CLI runs in a subprocess offline with an empty Hugging Face cache. The
expectations below were read off the corpus: which article carries which figure.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from datetime import UTC, datetime, time, timedelta, timezone
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from pipeline.brief.compose import compose_brief, french_date, render_markdown
from pipeline.config import StoryConfig
from pipeline.records import Article
from pipeline.sites import canonical_url
from pipeline.summarize import Draft, DraftSection, DraftSentence

ROOT = Path(__file__).resolve().parent.parent
SHANGHAI = ZoneInfo("Asia/Shanghai")
LANGUAGES = {"zh-Hans": "zh", "zh-Hant": "zh", "fr": "fr", "en": "en"}
NBSP = "\u00a0"
REPRINTS = ("17", "18")  # the same AFP dispatch, reprinted by two outlets
# Figures of STORY-FACTS.md as the corpus carries them: French label -> (rendering, the files
# whose text states that value for that measure).
FACTS: dict[str, tuple[str, set[str]]] = {
    "prix d'introduction": (
        "116,20 dollars de Hong Kong",
        {"01", "02", "06", "07", "08", "09", "10", "13", "14", "23"},
    ),
    "fonds levés": ("4,3 milliards de dollars de Hong Kong", {"01", "08", "09", "13", "14"}),
    "capitalisation à l'ouverture": ("52,8 milliards de dollars de Hong Kong", {"01", "02"}),
    "sursouscription (offre publique à Hong Kong)": (f"1{NBSP}159 fois", {"02", "06", "08"}),
    "sursouscription (offre internationale)": ("15,28 fois", {"02", "06", "08"}),
    "part de marché": (f"6,6{NBSP}%", {"01", "13"}),
    "date de cotation": ("8 janvier 2026", {"01", "06", "07", "09", "10", "13", "14"}),
    "cours d'ouverture": ("120,00 dollars de Hong Kong", {"01", "02", "07", "09"}),
    "actions offertes": ("37,42 millions d'actions", {"01", "09", "13", "14"}),
    "investisseurs de référence": ("2,98 milliards de dollars de Hong Kong", {"06"}),
    "chiffre d'affaires (2022)": ("57,4 millions de yuans", {"01", "06", "13", "14"}),
}
CLOSE = (
    "cours de clôture",
    "131,50 dollars de Hong Kong",
    {"05", "08", "10", "23"},
    "125,70 dollars de Hong Kong",
    {"06"},
)
WRONG_MAGNITUDES = re.compile(r"(?<![\d,.])(43|528) milliards")


def _published(value: str) -> datetime:
    """An ISO timestamp as given; a date alone means that day in Asia/Shanghai."""
    if "T" in value:
        return datetime.fromisoformat(value)
    return datetime.combine(datetime.fromisoformat(value).date(), time(0), tzinfo=SHANGHAI)


def _story(shared: Path) -> dict[str, dict[str, Any]]:
    files = sorted((shared / "story").glob("*.json"))
    if not files:
        pytest.skip(f"no story articles in {shared / 'story'}")
    return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in files}


def _record(item: dict[str, Any]) -> dict[str, Any]:
    return {
        "url": item["url"],
        "title": item["title"],
        "text": item["text"],
        "source_outlet": item["outlet"],
        "site": "generic",
        "published_at": _published(item["published"]).isoformat(),
        "language": LANGUAGES[item["language"]],
    }


@pytest.fixture(scope="module")
def story(shared_dir: Path) -> dict[str, dict[str, Any]]:
    return _story(shared_dir)


@pytest.fixture(scope="module")
def run(
    story: dict[str, dict[str, Any]], tmp_path_factory: pytest.TempPathFactory
) -> dict[str, Any]:
    """Run `newsbrief brief` once on the corpus; its Markdown, JSON and articles."""
    tmp = tmp_path_factory.mktemp("story")
    jsonl = tmp / "articles.jsonl"
    jsonl.write_text(
        "".join(json.dumps(_record(i), ensure_ascii=False) + "\n" for i in story.values()),
        encoding="utf-8",
    )
    env = {
        **os.environ,
        "HF_HUB_OFFLINE": "1",
        "TRANSFORMERS_OFFLINE": "1",
        "HF_HOME": str(tmp / "hf-empty"),
    }
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "pipeline.app.cli",
            "brief",
            str(jsonl),
            "--story",
            "zhipu-ipo",
            "--backend",
            "extractive",
            "--out",
            str(tmp / "out"),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    md_path = tmp / "out" / "zhipu-ipo" / "latest" / "brief.fr.md"
    read = [
        json.loads(line)
        for line in (md_path.parent / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    return {
        "md": md_path.read_text(encoding="utf-8"),
        "json": json.loads((md_path.parent / "brief.json").read_text(encoding="utf-8")),
        "read": read,
    }


def _file_of(story: dict[str, dict[str, Any]]) -> dict[str, str]:
    """Canonical URL -> story file id."""
    return {canonical_url(item["url"]): key for key, item in story.items()}


def _read_files(run: dict[str, Any], story: dict[str, dict[str, Any]]) -> set[str]:
    """Story files among the articles the brief was written from (reprints included)."""
    files = _file_of(story)
    urls = [u for a in run["read"] for u in (a["canonical_url"], a["url"], *a["also_urls"])]
    return {files[canonical_url(u)] for u in urls if canonical_url(u) in files}


def _row_files(
    row: dict[str, Any], run: dict[str, Any], story: dict[str, dict[str, Any]]
) -> set[str]:
    urls = {s["article_id"]: s["url"] for s in run["json"]["sources"]}
    files = _file_of(story)
    return {files[canonical_url(urls[f["article_id"]])] for f in row["sources"]}


def _rows(run: dict[str, Any], label: str) -> list[dict[str, Any]]:
    return [row for row in run["json"]["figures"] if row["label"] == label]


def test_brief_is_extractive_and_says_so(run: dict[str, Any]) -> None:
    data, md = run["json"], run["md"]
    assert data["translated"] is False and data["backend"] == "extractive"
    assert data["banner"] and f"> **{data['banner']}**" in md
    quotes = [p for s in data["sections"] for p in s["passages"]]
    assert quotes and all(not p["translated"] for p in quotes)
    assert all(f"〔{p['language']}〕" in md for p in quotes if p["language"] != "fr")


def test_key_figures_complete_and_right(
    run: dict[str, Any], story: dict[str, dict[str, Any]]
) -> None:
    read = _read_files(run, story)
    for label, (rendered, carriers) in FACTS.items():
        rows = [r for r in _rows(run, label) if r["rendered"] == rendered]
        assert len(rows) == 1, (label, [r["rendered"] for r in _rows(run, label)])
        missing = (carriers & read) - _row_files(rows[0], run, story)
        assert not missing, f"{label}: sources {sorted(missing)} not credited"
        cell = f"| {label[0].upper()}{label[1:]} | {rendered}"
        assert cell in run["md"], cell


def test_first_day_close_disagreement_side_by_side(
    run: dict[str, Any], story: dict[str, dict[str, Any]]
) -> None:
    label, value, carriers, other, other_carriers = CLOSE
    (row,) = _rows(run, label)
    assert row["rendered"] == value and len(row["disagreement"]) == 1
    (alt,) = row["disagreement"]
    assert alt["rendered"] == other
    assert _row_files(row, run, story) == carriers & _read_files(run, story)
    assert _row_files(alt, run, story) == other_carriers
    assert any(o.startswith("21世纪经济报道") for o in alt["outlets"])
    line = next(x for x in run["md"].splitlines() if x.startswith("| Cours de clôture |"))
    first, second = line.index(value), line.index(other)
    assert "南方+" in line[first:second] and "21世纪经济报道" in line[second:]


def test_never_a_factor_of_ten(run: dict[str, Any]) -> None:
    rendered = json.dumps(run["json"]["figures"], ensure_ascii=False)
    assert not WRONG_MAGNITUDES.search(run["md"]) and not WRONG_MAGNITUDES.search(rendered)
    assert run["json"]["unsupported"] == [] and run["json"]["figure_checks"] == []


def test_sources_complete(run: dict[str, Any], story: dict[str, dict[str, Any]]) -> None:
    data, md = run["json"], run["md"]
    cited = {s["article_id"] for s in data["chapeau"]["sources"]}
    cited |= {
        s["article_id"] for sec in data["sections"] for p in sec["passages"] for s in p["sources"]
    }
    cited |= {
        f["article_id"]
        for row in data["figures"]
        for r in (row, *row["disagreement"])
        for f in r["sources"]
    }
    assert cited == {s["article_id"] for s in data["sources"]}
    assert len(data["sources"]) == len(run["read"]) == data["articles_read"]
    files = _file_of(story)
    for ref in data["sources"]:
        item = story[files[canonical_url(ref["url"])]]
        assert ref["title"] == item["title"] and item["outlet"] in ref["outlet"]
        when = french_date(_published(item["published"]).astimezone(SHANGHAI))
        assert (
            f"- [{ref['ref']}] «{NBSP}{item['title']}{NBSP}» — " in md.replace("\\", "")
            and f", {when}{NBSP}: " in md
            and f"<{ref['url']}>" in md
        )


def test_reprints_collapsed_into_one_source_naming_both(
    run: dict[str, Any], story: dict[str, dict[str, Any]]
) -> None:
    urls = {canonical_url(story[k]["url"]) for k in REPRINTS}
    refs = [s for s in run["json"]["sources"] if canonical_url(s["url"]) in urls]
    assert len(refs) == 1
    for key in REPRINTS:
        outlet = story[key]["outlet"].split(" (")[0]
        assert outlet in refs[0]["outlet"]
        assert outlet in next(x for x in run["md"].splitlines() if refs[0]["url"] in x)


def test_every_story_article_is_read(run: dict[str, Any], story: dict[str, dict[str, Any]]) -> None:
    missing = set(story) - _read_files(run, story)
    # 13 is in traditional characters (智譜): story keywords match across scripts
    assert not missing


def test_story_brief_passes_quality_checks(story: dict[str, dict[str, Any]]) -> None:
    """check_generated finds nothing on the real extractive brief of the story."""
    from pipeline.app.steps import make_brief
    from pipeline.brief.quality import check_generated
    from pipeline.config import load_pipeline_config, load_story

    articles = [Article.from_dict(_record(item)) for item in story.values()]
    result = make_brief(
        articles, load_story("zhipu-ipo"), load_pipeline_config(None), backend="extractive"
    )
    assert check_generated(result.brief, result.markdown, result.articles) == []


def test_reprint_outlets_named_in_sources() -> None:
    """A source with reprints collapsed into it names every outlet (no shared data needed)."""
    text = "Lumen Robotics a levé 1,2 milliard de yuans jeudi à Shenzhen."
    article = Article(
        url="https://wire.example.org/a",
        title="Lumen lève des fonds",
        text=text,
        language="fr",
        source_outlet="Wire A",
        outlets=("Wire A", "Reprint B"),
        also_urls=("https://b.example.org/x",),
        published_at=datetime(2026, 3, 2, 9, tzinfo=timezone(timedelta(hours=8))),
    )
    sentence = DraftSentence(
        text=text, language="fr", article_id=article.id, start=0, end=len(text)
    )
    draft = Draft(
        title="",
        chapeau=(),
        sections=(DraftSection("Fonds", (sentence,)),),
        translated=False,
        backend="extractive",
    )
    brief = compose_brief(
        draft,
        [article],
        StoryConfig(id="x", title_hint="Lumen", keywords=()),
        figures=(),
        generated_at=datetime(2026, 3, 3, tzinfo=UTC),
    )
    (ref,) = brief.sources
    assert "Wire A" in ref.outlet and "Reprint B" in ref.outlet
    assert "aussi publié par Reprint B" in render_markdown(brief)
