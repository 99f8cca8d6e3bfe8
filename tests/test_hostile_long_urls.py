"""A URL longer than the crawl requests (Scrapy's URL-length limit) is bad input where the
user gives it: it was dropped unfetched and uncounted, the run ending 0 with nothing."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from pipeline.addresses import MAX_URL_CHARS, seed_url_problem
from pipeline.app.cli import main

LONG = "https://example.org/news/" + "a" * 10_000


@pytest.fixture(autouse=True)
def _restore_logging() -> Iterator[None]:
    root = logging.getLogger()
    saved = (root.handlers[:], root.level)
    yield
    root.handlers[:], root.level = saved[0], saved[1]


def _one_error_line(err: str) -> str:
    lines = [ln for ln in err.splitlines() if ln.strip()]
    assert len(lines) == 1 and "Traceback" not in err, err
    return lines[0]


@pytest.mark.parametrize("how", ["argument", "list", "--feed", "--sitemap"])
def test_a_url_given_too_long_is_exit_2_naming_it(
    how: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "store.sqlite3"
    if how == "list":
        urls = tmp_path / "urls.txt"
        urls.write_text(f"https://example.org/a\n{LONG}\n", encoding="utf-8")
        args = ["-i", str(urls)]
    else:
        args = [LONG] if how == "argument" else [how, LONG]
    assert main(["crawl", *args, "--db", str(db), "--out", str(tmp_path / "o.jsonl")]) == 2
    line = _one_error_line(capsys.readouterr().err)
    assert f"longer than {MAX_URL_CHARS} characters" in line, line
    assert ("urls.txt:2" if how == "list" else how if how.startswith("--") else "") in line
    assert not db.exists()


def test_a_story_entry_point_too_long_is_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    story = tmp_path / "s.toml"
    story.write_text(
        'id = "s"\ntitle_hint = "t"\nkeywords = ["k"]\nsites = ["generic"]\n'
        f'[entry_points]\ngeneric = ["{LONG}"]\n',
        encoding="utf-8",
    )
    code = main(["run", str(story), "--db", str(tmp_path / "a.sqlite3"), "--out", str(tmp_path)])
    assert code == 2
    line = _one_error_line(capsys.readouterr().err)
    assert f"{story}: entry_points.generic: longer than" in line, line


def test_a_url_of_the_longest_length_is_still_a_seed() -> None:
    url = "https://example.org/" + "b" * (MAX_URL_CHARS - len("https://example.org/"))
    assert len(url) == MAX_URL_CHARS and seed_url_problem(url) is None
    assert seed_url_problem(url + "b") is not None
    assert seed_url_problem("ftp://example.org/") == "not an http(s) URL"
