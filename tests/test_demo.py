"""End to end: `newsbrief demo` on the embedded archive, offline, twice (the second is incremental)."""

from __future__ import annotations

import json
import os
import re
import subprocess
from pathlib import Path
from typing import Any

import pytest

from pipeline.app.steps import accounting_gap
from pipeline.figures.check import check_brief
from pipeline.records import Article
from tests.brief_checks import prose_issues
from tests.cli_helpers import run_cli, store_args

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "pipeline" / "demo"
STORY_WORDS = ("智谱", "Zhipu", "GLM")


def _run_demo(tmp: Path) -> subprocess.CompletedProcess[str]:
    return run_cli(tmp, "demo", *store_args(tmp), "--archive", str(tmp / "demo.warc.gz"))


@pytest.fixture(scope="module")
def demo_runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    tmp = tmp_path_factory.mktemp("demo")
    old_umask = os.umask(0o022)  # the child runs inherit it (issue 12: outputs readable)
    try:
        first = _run_demo(tmp)
    finally:
        os.umask(old_umask)
    assert first.returncode == 0, first.stderr[-3000:]
    day_dirs = sorted((tmp / "out" / "zhipu-ipo").glob("20*"))
    assert len(day_dirs) == 1
    out = day_dirs[0]
    snapshot = {p.name: p.read_text(encoding="utf-8") for p in out.iterdir()}
    second = _run_demo(tmp)
    assert second.returncode == 0, second.stderr[-3000:]
    return {
        "tmp": tmp,
        "out": out,
        "first": snapshot,
        "first_proc": first,
        "second_proc": second,
        "modes": {p.name: p.stat().st_mode & 0o777 for p in out.parent.rglob("*") if p.is_file()},
    }


def _article_pages() -> list[dict[str, Any]]:
    manifest = json.loads((DEMO / "manifest.json").read_text(encoding="utf-8"))
    pages = []
    for entry in manifest["pages"]:
        if "html" not in entry.get("headers", {}).get("Content-Type", ""):
            continue
        body = (DEMO / "pages" / entry["file"]).read_bytes().decode("utf-8", "replace")
        pages.append({"url": entry["url"], "on_story": any(w in body for w in STORY_WORDS)})
    return pages


def test_demo_writes_the_four_files(demo_runs: dict[str, Any]) -> None:
    names = set(demo_runs["first"])
    assert {
        "brief.fr.md",
        "brief.json",
        "articles.jsonl",
        "run.json",
        "brief.html",
        "rejects.jsonl",
    } <= names
    assert (demo_runs["out"].parent / "latest").resolve() == demo_runs["out"].resolve()
    assert (demo_runs["out"].parent / "feed.atom").is_file()


def test_brief_cites_five_articles_from_all_three_sites(demo_runs: dict[str, Any]) -> None:
    brief = json.loads(demo_runs["first"]["brief.json"])
    sources = brief["sources"]
    assert len(sources) >= 5
    hosts = {re.sub(r"^(www|cn|m)\.", "", s["url"].split("/")[2]) for s in sources}
    assert {"sohu.com", "36kr.com", "technode.com"} <= hosts
    md = demo_runs["first"]["brief.fr.md"]
    assert "cn.technode.com" in md and "//technode.com" in md


def test_unrelated_article_is_left_out(demo_runs: dict[str, Any]) -> None:
    off = [p["url"] for p in _article_pages() if not p["on_story"]]
    assert off, "the demo archive must hold at least one unrelated article"
    md = demo_runs["first"]["brief.fr.md"]
    cited = demo_runs["first"]["articles.jsonl"]
    for url in off:
        assert url not in md and url not in cited


def test_every_source_line_is_complete(demo_runs: dict[str, Any]) -> None:
    brief = json.loads(demo_runs["first"]["brief.json"])
    md = demo_runs["first"]["brief.fr.md"]
    section = md.split("## Sources", 1)[1]
    for src in brief["sources"]:
        assert src["title"] and src["outlet"] and src["url"] and src["published_at"]
        line = next(line for line in section.splitlines() if src["url"] in line)
        assert re.search(f"«[\u00a0\u202f ]{re.escape(src['title'])}[\u00a0\u202f ]»", line), line
        assert src["outlet"] in line
        assert re.search(r"\d{1,2}(er)? (janvier|décembre|février) 20\d\d", line), line


def test_key_figures_have_french_magnitudes(demo_runs: dict[str, Any]) -> None:
    md = demo_runs["first"]["brief.fr.md"]
    table = md.split("## Chiffres clés", 1)[1].split("\n## ", 1)[0]
    flat = table.replace("\u202f", " ").replace("\u00a0", " ")
    assert "4,3 milliards de dollars de Hong Kong" in flat
    assert "52,8 milliards de dollars de Hong Kong" in flat
    assert "1 159 fois" in flat
    assert not re.search(r"\b(43|528) milliards", flat)
    assert re.search(r"\d,\d+ %", flat) or re.search(r"\d %", flat)
    assert "\u00a0%" in table or "\u202f%" in table  # no-break space before %


def test_first_day_close_disagreement_is_shown(demo_runs: dict[str, Any]) -> None:
    md = demo_runs["first"]["brief.fr.md"].replace("\u202f", " ").replace("\u00a0", " ")
    assert "131,5" in md and "125,7" in md


def test_demo_body_is_french_prose_citing_its_sources(demo_runs: dict[str, Any]) -> None:
    """Issue 11: outside « Extraits des sources », « Chiffres clés » and « Sources », every
    paragraph reads as French and every sentence cites sources; every figure is supported."""
    md = demo_runs["first"]["brief.fr.md"]
    assert prose_issues(md) == []
    flat = md.replace("\u202f", " ").replace("\u00a0", " ")
    assert (
        "Selon Sohu, TechNode et 36Kr, l'action a clôturé à 131,50 dollars de Hong Kong ;" in flat
    )
    assert "21世纪经济报道 (via Sohu) fait état de 125,70 dollars de Hong Kong" in flat
    articles = [
        Article.from_dict(json.loads(line))
        for line in demo_runs["first"]["articles.jsonl"].splitlines()
    ]
    checks = check_brief(md, articles)
    assert checks and [c.figure.text for c in checks if not c.supported] == []


def test_demo_has_a_faq_and_marks_facts_and_quotes(demo_runs: dict[str, Any]) -> None:
    brief = json.loads(demo_runs["first"]["brief.json"])
    assert 4 <= len(brief["faq"]) <= 6
    assert all(q["origin"] == "facts" and q["sentences"] for q in brief["faq"])
    assert brief["chapeau"]["origin"] == "facts"
    assert all(s["sources"] for s in brief["chapeau"]["sentences"])
    by_heading = {s["heading"]: s["passages"] for s in brief["sections"]}
    quotes = by_heading.pop("Extraits des sources")
    assert quotes and {p["origin"] for p in quotes} == {"quote"}
    assert {p["language"] for p in quotes} >= {"zh", "en"}
    assert {p["origin"] for ps in by_heading.values() for p in ps} == {"facts"}
    assert "L'introduction en Bourse" in by_heading  # the story file's own themes


def test_untranslated_brief_says_so(demo_runs: dict[str, Any]) -> None:
    brief = json.loads(demo_runs["first"]["brief.json"])
    assert brief["translated"] is False
    assert brief["banner"] and "traduction" in brief["banner"].lower()
    md = demo_runs["first"]["brief.fr.md"]
    assert brief["banner"].split("\n")[0][:40] in md


def test_run_report_counts(demo_runs: dict[str, Any]) -> None:
    report = json.loads(demo_runs["first"]["run.json"])
    counts = report["counts"]
    assert set(counts) == {
        "discovered",
        "fetched",
        "new",
        "updated",
        "unchanged",
        "rejected",
        "duplicates",
        "blocked",
        "errors",
        "disallowed",
        "not_fetched",
        "entry_points_failed",
        "archive_problems",
    }
    assert accounting_gap(counts) == 0, counts  # every discovered URL in one bucket
    assert counts["new"] >= 6 and counts["errors"] == 0 and counts["blocked"] == 0
    assert report["backend"] == "extractive" and report["exit_code"] == 0


def test_second_run_is_incremental_and_brief_unchanged(demo_runs: dict[str, Any]) -> None:
    out: Path = demo_runs["out"]
    report = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert report["counts"]["new"] == 0
    # conditional requests: the feeds answer 304, so no article page is fetched again
    assert report["counts"]["fetched"] == 0 and report["counts"]["errors"] == 0
    first = json.loads(demo_runs["first"]["brief.json"])
    second = json.loads((out / "brief.json").read_text(encoding="utf-8"))
    for meta in ("generated_at", "footer"):
        first.pop(meta, None)
        second.pop(meta, None)
    assert first == second
    rows = (out / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    ids = [json.loads(r)["id"] for r in rows]
    assert len(ids) == len(set(ids))


def test_outputs_are_readable_by_others_under_umask_022(demo_runs: dict[str, Any]) -> None:
    """Issue 12 item 4: a web server or another user's report job can read every output."""
    modes = demo_runs["modes"]
    for name in ("brief.html", "brief.fr.md", "articles.jsonl", "run.json", "feed.atom"):
        assert modes[name] == 0o644, (name, oct(modes[name]))


def test_summary_names_every_output_and_ends_the_output(demo_runs: dict[str, Any]) -> None:
    """Issue 12 item 7: at most 40 lines, no Scrapy internals, the summary last, naming the
    brief (Markdown and HTML), the report and the feed."""
    first = demo_runs["first_proc"]
    lines = (first.stderr + first.stdout).splitlines()
    assert len(lines) <= 40, "\n".join(lines)
    assert not [ln for ln in first.stderr.splitlines() if "scrapy" in ln.lower()]
    out = first.stdout.splitlines()
    assert out[0].startswith("zhipu-ipo: brief written") and out[-1] == "exit code 0"
    named = {ln.split()[0] for ln in out if ln.startswith("  ")}
    assert {"brief.fr.md", "brief.html", "brief.json", "run.json", "feed.atom"} <= named


def test_second_run_says_unchanged_and_rewrites_nothing(demo_runs: dict[str, Any]) -> None:
    """Issue 12 item 8: « N unchanged », not all-zero counts, and the brief, the articles and
    the feed are not rewritten (their bytes and times stand); run.json is."""
    second = demo_runs["second_proc"]
    assert "unchanged: nothing rewritten" in second.stdout
    report = json.loads((demo_runs["out"] / "run.json").read_text(encoding="utf-8"))
    assert report["counts"]["unchanged"] >= 5 and report["backend"] is None
    for name in ("brief.fr.md", "brief.html", "articles.jsonl"):
        assert (demo_runs["out"] / name).read_text(encoding="utf-8") == demo_runs["first"][name]
    assert "feed.atom" not in second.stdout


def test_archive_accumulates_across_runs(demo_runs: dict[str, Any]) -> None:
    """Issue 12 item 2: the second (incremental: 304s) run appends to the WARC; the article
    pages of the first run are still in it."""
    from pipeline.storage.archive import iter_pages

    pages = list(iter_pages(demo_runs["tmp"] / "demo.warc.gz"))
    assert len(pages) >= 7


def test_a_new_store_with_the_brief_already_written_counts_each_article_once(
    demo_runs: dict[str, Any],
) -> None:
    """The same outputs, a new store: the 7 pages are new to it, so they are not « unchanged »
    too (the brief is, and is not rewritten); run.json's counts add up."""
    tmp = demo_runs["tmp"]
    done = run_cli(tmp, "demo", "--db", str(tmp / "another.sqlite3"), "--out", str(tmp / "out"))
    assert done.returncode == 0, done.stderr[-3000:]
    assert "unchanged: nothing rewritten" in done.stdout
    counts = json.loads((demo_runs["out"] / "run.json").read_text(encoding="utf-8"))["counts"]
    assert counts["new"] >= 5 and counts["unchanged"] == 0
    assert counts["fetched"] == counts["new"] + counts["updated"] + counts["rejected"]
