"""Story and config values are range-checked at load: exit 2 naming the file and the key,
before anything is crawled or written."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.app.cli import main
from pipeline.config import load_pipeline_config, load_story

GOOD = (
    'id = "harbour"\ntitle_hint = "Harbour"\nkeywords = ["harbour"]\nsites = ["generic"]\n'
    '[entry_points]\ngeneric = ["https://example.org/feed"]\n'
)

STORY_CASES = {
    "empty keyword": (GOOD.replace('["harbour"]', '["harbour", ""]'), "keywords"),
    "blank keyword": (GOOD.replace('["harbour"]', '["  "]'), "keywords"),
    "unknown site": (GOOD.replace('["generic"]', '["generic", "no-such-site"]'), "sites"),
    "max_pages < 0": (GOOD.replace("sites =", "max_pages = -5\nsites ="), "max_pages"),
    "max_pages = 0": (GOOD.replace("sites =", "max_pages = 0\nsites ="), "max_pages"),
    "entry point not in sites": (
        GOOD + 'other = ["https://example.org/x"]\n',
        "entry_points.other",
    ),
    "not a url": (GOOD.replace("https://example.org/feed", "not a url"), "entry_points.generic"),
    "ftp url": (GOOD.replace("https://", "ftp://"), "entry_points.generic"),
    # a date and time where a date goes: an internal error (datetime against date) before
    "date and time": (
        GOOD.replace("sites =", "date_from = 2026-01-01T00:00:00Z\nsites ="),
        "date_from",
    ),
    # the glossary's type was never checked: a list, a number or an empty name went through
    "glossary a list": (GOOD.replace("sites =", "glossary = [1]\nsites ="), "glossary"),
    "glossary number": (GOOD + '[glossary]\n"Harbour" = 5\n', "glossary"),
    "glossary empty name": (GOOD + '[glossary]\n"" = "Port"\n', "glossary"),
    "theme without heading": (GOOD + '[[themes]]\nheading = " "\nkeywords = ["a"]\n', "themes[0]"),
}

OVERLAY_CASES = {
    "timeout": ("[crawl]\ntimeout = -1\n", "crawl.timeout"),
    "max_body_bytes": ("[crawl]\nmax_body_bytes = 0\n", "crawl.max_body_bytes"),
    "max_sitemap_bytes": ("[crawl]\nmax_sitemap_bytes = -1\n", "crawl.max_sitemap_bytes"),
    "concurrent_per_domain": (
        "[crawl]\nconcurrent_per_domain = 0\n",
        "crawl.concurrent_per_domain",
    ),
    "min_text_chars": ("min_text_chars = -1\n", "min_text_chars"),
    "nan delay": ("[crawl]\ndownload_delay = nan\n", "crawl.download_delay"),
    "backend": ('[summary]\nbackend = "gpt"\n', "summary.backend"),
    "theme without heading": ('[[themes]]\nheading = ""\nkeywords = ["a"]\n', "themes[0]"),
    # a delay or timeout never over, a count past any integer a library takes
    "inf delay": ("[crawl]\ndownload_delay = inf\n", "crawl.download_delay"),
    "inf timeout": ("[crawl]\ntimeout = inf\n", "crawl.timeout"),
    "inf retry-after": ("[crawl]\nmax_retry_after = inf\n", "crawl.max_retry_after"),
    "huge max_pages": ("[crawl]\nmax_pages = 99999999999999999999\n", "crawl.max_pages"),
    "zero heartbeat": ("[crawl]\nfrontier_heartbeat = 0\n", "crawl.frontier_heartbeat"),
    # one process each: 10,000 of them took the machine down
    "too many workers": ("extract_workers = 10000\n", "extract_workers"),
    "negative workers": ("extract_workers = -2\n", "extract_workers"),
    # a site reads the user agent: a header on one line that names the crawler
    "empty user agent": ('[crawl]\nuser_agent = " "\n', "crawl.user_agent"),
    "user agent on two lines": (
        '[crawl]\nuser_agent = "bot\\nX-Injected: 1"\n',
        "crawl.user_agent",
    ),
}


def _run(tmp: Path, story: Path, *extra: str) -> int:
    return main(
        ["run", str(story), "--db", str(tmp / "db" / "s.sqlite3"), "--out", str(tmp / "out"),
         "--replay", str(tmp / "replay"), *extra]
    )  # fmt: skip


@pytest.mark.parametrize("case", sorted(STORY_CASES))
def test_story_value_out_of_range_is_exit_2_naming_file_and_key(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text, key = STORY_CASES[case]
    story = tmp_path / "story.toml"
    story.write_text(text, encoding="utf-8")
    assert _run(tmp_path, story) == 2
    err = capsys.readouterr().err
    assert f"{story}: {key}" in err, err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert not (tmp_path / "db").exists() and not (tmp_path / "out").exists()


def test_the_good_story_loads(tmp_path: Path) -> None:
    story = tmp_path / "story.toml"
    story.write_text(GOOD, encoding="utf-8")
    loaded = load_story(story, known_sites=("generic",))
    assert loaded.entry_points == {"generic": ("https://example.org/feed",)}


@pytest.mark.parametrize("case", sorted(OVERLAY_CASES))
def test_config_value_out_of_range_is_exit_2_naming_file_and_key(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text, key = OVERLAY_CASES[case]
    story, overlay = tmp_path / "story.toml", tmp_path / "overlay.toml"
    story.write_text(GOOD, encoding="utf-8")
    overlay.write_text(text, encoding="utf-8")
    assert _run(tmp_path, story, "--config", str(overlay)) == 2
    err = capsys.readouterr().err
    assert f"{overlay}: {key}" in err, err
    assert "--backend" not in err
    assert not (tmp_path / "db").exists()


def test_a_valid_overlay_still_loads(tmp_path: Path) -> None:
    overlay = tmp_path / "overlay.toml"
    overlay.write_text("min_text_chars = 0\n[crawl]\ntimeout = 0.5\n", encoding="utf-8")
    cfg = load_pipeline_config(overlay)
    assert (cfg.min_text_chars, cfg.crawl.timeout) == (0, 0.5)


def test_a_story_file_that_is_not_utf8_is_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    story = tmp_path / "story.toml"
    story.write_bytes(GOOD.replace("Harbour", "港口").encode("gb18030"))
    assert _run(tmp_path, story) == 2
    err = capsys.readouterr().err
    assert str(story) in err and "not UTF-8" in err and "Traceback" not in err
