"""The Atom feed of a story's briefs: valid Atom 1.0, newest first, one entry per dated brief,
idempotent and atomic regeneration."""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from lxml import etree  # type: ignore[import-untyped]

from pipeline.brief.compose import brief_to_json
from pipeline.brief.feed import ATOM_NS, FEED_NAME, update_feed
from pipeline.brief.htmlpage import render_html
from pipeline.records import Brief, Passage
from tests.output_samples import STORY, demo_output_dir, sample_brief

A = f"{{{ATOM_NS}}}"
TITLE = "Zhipu AI entre en Bourse à Hong Kong"
DAY1 = datetime(2026, 1, 8, 12, 0, tzinfo=UTC)


def _write_run(story_dir: Path, brief: Brief, *, html: bool = True) -> Path:
    """The files a run leaves in OUT/<story>/<YYYY-MM-DD>/ (what the feed reads)."""
    day_dir = story_dir / brief.generated_at.strftime("%Y-%m-%d")
    day_dir.mkdir(parents=True, exist_ok=True)
    data = json.dumps(brief_to_json(brief), ensure_ascii=False)
    (day_dir / "brief.json").write_text(data, "utf-8")
    (day_dir / "brief.fr.md").write_text(f"# {brief.title}\n", "utf-8")
    if html:
        (day_dir / "brief.html").write_text(render_html(brief), "utf-8")
    return day_dir


def _two_runs(tmp_path: Path) -> Path:
    story_dir = tmp_path / "out" / STORY
    _write_run(story_dir, sample_brief(generated_at=DAY1, title="Premier jour"))
    later = sample_brief(
        generated_at=DAY1 + timedelta(days=1, hours=3),
        title="Lendemain",
        chapeau=Passage("Le 9 janvier, le titre recule."),
    )
    _write_run(story_dir, later)
    return story_dir


def _feed(path: Path) -> etree._Element:
    root = etree.parse(str(path)).getroot()
    assert root.tag == f"{A}feed"
    return root


def _rfc3339(text: str) -> datetime:
    assert text.endswith("Z"), text
    return datetime.fromisoformat(text)


def test_feed_is_atom_with_the_required_elements(tmp_path: Path) -> None:
    story_dir = _two_runs(tmp_path)
    path = update_feed(story_dir, TITLE)
    assert path == story_dir / FEED_NAME
    feed = _feed(path)
    assert feed.findtext(f"{A}id") == f"tag:newsbrief@example.org,2026:{STORY}"
    assert feed.findtext(f"{A}title") == TITLE
    assert feed.findtext(f"{A}author/{A}name") == "newsbrief"
    assert feed.find(f"{A}link[@rel='self']").get("href") == FEED_NAME
    entries = feed.findall(f"{A}entry")
    assert len(entries) == 2
    for entry in entries:
        for tag in ("id", "title", "updated", "summary"):
            assert entry.findtext(f"{A}{tag}"), tag
        assert entry.findtext(f"{A}id").startswith("tag:")
    assert _rfc3339(feed.findtext(f"{A}updated")) == _rfc3339(entries[0].findtext(f"{A}updated"))


def test_entries_are_newest_first_with_summary_and_html_link(tmp_path: Path) -> None:
    story_dir = _two_runs(tmp_path)
    entries = _feed(update_feed(story_dir, TITLE)).findall(f"{A}entry")
    assert [e.findtext(f"{A}title") for e in entries] == ["Lendemain", "Premier jour"]
    assert _rfc3339(entries[0].findtext(f"{A}updated")) == DAY1 + timedelta(days=1, hours=3)
    assert entries[0].findtext(f"{A}summary") == "Le 9 janvier, le titre recule."
    assert entries[1].findtext(f"{A}summary") == sample_brief().chapeau.text
    link = entries[0].find(f"{A}link[@rel='alternate']")
    assert (link.get("type"), link.get("href")) == ("text/html", "2026-01-09/brief.html")
    assert (story_dir / link.get("href")).is_file()
    ids = [e.findtext(f"{A}id") for e in entries]
    assert ids == [
        f"tag:newsbrief@example.org,2026:{STORY}/2026-01-09",
        f"tag:newsbrief@example.org,2026:{STORY}/2026-01-08",
    ]


def test_regeneration_is_idempotent_and_leaves_no_temp_file(tmp_path: Path) -> None:
    story_dir = _two_runs(tmp_path)
    first = update_feed(story_dir, TITLE).read_bytes()
    second = update_feed(story_dir, TITLE).read_bytes()
    assert first == second
    assert sorted(p.name for p in story_dir.iterdir() if p.is_file()) == [FEED_NAME]


def test_a_brief_rewritten_the_same_day_keeps_its_id(tmp_path: Path) -> None:
    story_dir = _two_runs(tmp_path)
    before = _feed(update_feed(story_dir, TITLE)).findall(f"{A}entry")
    rewritten = sample_brief(generated_at=DAY1 + timedelta(hours=5), title="Premier jour, bis")
    _write_run(story_dir, rewritten)
    after = _feed(update_feed(story_dir, TITLE)).findall(f"{A}entry")
    assert len(after) == 2
    assert after[1].findtext(f"{A}id") == before[1].findtext(f"{A}id")
    assert after[1].findtext(f"{A}title") == "Premier jour, bis"
    assert _rfc3339(after[1].findtext(f"{A}updated")) == DAY1 + timedelta(hours=5)


def test_other_entries_of_the_story_dir_are_ignored(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    story_dir = _two_runs(tmp_path)
    (story_dir / "latest").symlink_to("2026-01-09")
    (story_dir / "notes").mkdir()
    (story_dir / "2026-01-10").mkdir()  # a run that has not written its brief yet
    broken = story_dir / "2026-01-11"
    broken.mkdir()
    (broken / "brief.json").write_text('{"title": "x"', "utf-8")
    with caplog.at_level(logging.WARNING, logger="pipeline.brief.feed"):
        feed = _feed(update_feed(story_dir, TITLE))
    assert len(feed.findall(f"{A}entry")) == 2
    assert "2026-01-11" in caplog.text


def test_link_falls_back_to_markdown_and_base_url_makes_links_absolute(tmp_path: Path) -> None:
    story_dir = tmp_path / STORY
    _write_run(story_dir, sample_brief(), html=False)
    feed = _feed(update_feed(story_dir, TITLE, base_url="https://briefs.example.org/zhipu-ipo/"))
    (entry,) = feed.findall(f"{A}entry")
    link = entry.find(f"{A}link[@rel='alternate']")
    assert link.get("type") == "text/markdown"
    assert link.get("href") == "https://briefs.example.org/zhipu-ipo/2026-01-09/brief.fr.md"
    self_link = feed.find(f"{A}link[@rel='self']").get("href")
    assert self_link == "https://briefs.example.org/zhipu-ipo/feed.atom"


def test_control_characters_and_markup_in_titles_stay_valid_xml(tmp_path: Path) -> None:
    story_dir = tmp_path / STORY
    _write_run(story_dir, sample_brief(title="Zhipu\x0b <b>cote</b> & co"))
    feed = _feed(update_feed(story_dir, "Sujet <test> & co"))
    assert feed.findtext(f"{A}entry/{A}title") == "Zhipu <b>cote</b> & co"
    assert feed.findtext(f"{A}title") == "Sujet <test> & co"


def test_empty_story_dir_gives_a_valid_empty_feed(tmp_path: Path) -> None:
    feed = _feed(update_feed(tmp_path / STORY, TITLE))
    assert feed.findall(f"{A}entry") == [] and feed.findtext(f"{A}updated")


def test_feed_of_a_real_demo_run(tmp_path_factory: pytest.TempPathFactory) -> None:
    day_dir = demo_output_dir(tmp_path_factory.getbasetemp() / "demo-outputs")
    brief = json.loads((day_dir / "brief.json").read_text("utf-8"))
    feed = _feed(update_feed(day_dir.parent, TITLE))
    (entry,) = feed.findall(f"{A}entry")
    assert entry.findtext(f"{A}title") == brief["title"]
    assert entry.findtext(f"{A}summary") == brief["chapeau"]["text"]
    assert _rfc3339(entry.findtext(f"{A}updated")) == datetime.fromisoformat(brief["generated_at"])
    href = entry.find(f"{A}link[@rel='alternate']").get("href")
    assert (day_dir.parent / href).is_file() and href.startswith(day_dir.name + "/")
