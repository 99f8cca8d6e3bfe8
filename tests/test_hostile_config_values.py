"""Values of a story file or an overlay that went through the load unchecked: a NUL
character (valid TOML), a feed base that is no web address, a tag authority holding a line
break, a [[phrase]] clause that reads Python attributes or pads to gigabytes. Each is now
exit 2 naming the file and the key, before anything is crawled or written."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from pipeline.app.cli import main
from pipeline.config import (
    PHRASE_PLACEHOLDERS,
    load_pipeline_config,
    load_story,
    template_problem,
)

STORY = (
    'id = "harbour"\ntitle_hint = "Harbour"\nkeywords = ["harbour"]\nsites = ["generic"]\n'
    '[entry_points]\ngeneric = ["https://example.org/feed"]\n'
)
PHRASE = '[[phrase]]\nlabel = "cours de clôture"\ntext = "{text}"\n'

STORY_CASES = {
    "NUL in a keyword": (STORY.replace('["harbour"]', '["har\\u0000bour"]'), "keywords"),
    "NUL in the glossary": (STORY + '[glossary]\n"Harbour" = "Port\\u0000"\n', "glossary"),
    # an overlay's counts stop at 2**53; a story's max_pages of 26 digits was taken
    "max_pages past 64 bits": (STORY + "max_pages = 99999999999999999999999999\n", "max_pages"),
    "attribute of a value": (
        STORY + PHRASE.format(text="{value.__class__.__mro__}"),
        "phrase[0].text",
    ),
    "padding to a gigabyte": (STORY + PHRASE.format(text="{value:>999999999}"), "phrase[0].text"),
    "conversion": (STORY + PHRASE.format(text="{value!r}"), "phrase[0].text"),
    "unknown placeholder": (STORY + PHRASE.format(text="a {nope}"), "phrase[0].text"),
    "positional placeholder": (STORY + PHRASE.format(text="{0}"), "phrase[0].text"),
    "unclosed brace": (STORY + PHRASE.format(text="a { b"), "phrase[0].text"),
    "empty label": (STORY + '[[phrase]]\nlabel = " "\ntext = "x"\n', "phrase[0]"),
    "bad with_qualifier": (
        STORY + PHRASE.format(text="{value}") + 'with_qualifier = "{subject.x}"\n',
        "phrase[0].with_qualifier",
    ),
}

OVERLAY_CASES = {
    "NUL in output_dir": ('output_dir = "out\\u0000put"\n', "output_dir"),
    "NUL in the user agent": ('[crawl]\nuser_agent = "bot\\u0000"\n', "user_agent"),
    "javascript: feed base": ('[feed]\nbase_url = "javascript:alert(1)//"\n', "feed.base_url"),
    "feed base no URL": ('[feed]\nbase_url = "briefs"\n', "feed.base_url"),
    "authority with a line break": (
        '[feed]\nauthority = "example.com,2026\\n<x>"\n',
        "feed.authority",
    ),
    "authority without a date": ('[feed]\nauthority = "example.com"\n', "feed.authority"),
    # the frontier's shape was checked only as the crawl opened it, and the line named
    # "frontier", not the overlay holding it
    "frontier unclosed bracket": ('[crawl]\nfrontier = "redis://[::1"\n', "crawl.frontier"),
    "frontier of another scheme": ('[crawl]\nfrontier = "http://127.0.0.1/"\n', "crawl.frontier"),
    "frontier database no number": (
        '[crawl]\nfrontier = "redis://127.0.0.1/x"\n',
        "crawl.frontier",
    ),
}


@pytest.fixture(autouse=True)
def _restore_logging() -> Iterator[None]:
    root = logging.getLogger()
    saved = (root.handlers[:], root.level)
    yield
    root.handlers[:], root.level = saved[0], saved[1]


def _run(tmp: Path, story: Path, *extra: str) -> int:
    return main(
        ["run", str(story), "--db", str(tmp / "db" / "s.sqlite3"), "--out", str(tmp / "out"),
         "--replay", str(tmp / "replay"), *extra]
    )  # fmt: skip


def _one_line(err: str) -> str:
    lines = [ln for ln in err.splitlines() if ln.strip()]
    assert len(lines) == 1 and "Traceback" not in err, err
    return lines[0]


@pytest.mark.parametrize("case", sorted(STORY_CASES))
def test_a_story_value_is_exit_2_naming_the_story_and_key(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text, key = STORY_CASES[case]
    story = tmp_path / "story.toml"
    story.write_text(text, encoding="utf-8")
    assert _run(tmp_path, story) == 2
    line = _one_line(capsys.readouterr().err)
    assert str(story) in line and key in line, line
    assert not (tmp_path / "db").exists() and not (tmp_path / "out").exists()


@pytest.mark.parametrize("case", sorted(OVERLAY_CASES))
def test_an_overlay_value_is_exit_2_naming_the_overlay_and_key(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text, key = OVERLAY_CASES[case]
    story, overlay = tmp_path / "story.toml", tmp_path / "overlay.toml"
    story.write_text(STORY, encoding="utf-8")
    overlay.write_text(text, encoding="utf-8")
    assert _run(tmp_path, story, "--config", str(overlay)) == 2
    line = _one_line(capsys.readouterr().err)
    assert str(overlay) in line and key in line, line
    assert not (tmp_path / "db").exists()


def test_good_values_still_load(tmp_path: Path) -> None:
    overlay = tmp_path / "overlay.toml"
    overlay.write_text(
        '[feed]\nbase_url = "https://news.example.com/briefs/"\n'
        'authority = "desk@example.com,2026-01"\n',
        encoding="utf-8",
    )
    feed = load_pipeline_config(overlay).feed
    assert (feed.base_url, feed.authority) == ("https://news.example.com/briefs/", "desk@example.com,2026-01")  # fmt: skip
    story = tmp_path / "story.toml"
    clause = "l'action a clôturé à {value}{q} pour {subject}"
    story.write_text(STORY + PHRASE.format(text=clause), encoding="utf-8")
    assert load_story(story).phrase[0].text == clause


def test_a_byte_order_mark_before_a_config_is_read(tmp_path: Path) -> None:
    """Notepad's UTF-8 starts with one: it was "invalid TOML: Invalid statement (at line 1,
    column 1)"."""
    overlay = tmp_path / "overlay.toml"
    overlay.write_bytes(b"\xef\xbb\xbfmin_text_chars = 5\n")
    assert load_pipeline_config(overlay).min_text_chars == 5


def test_the_shipped_phrasing_uses_only_the_placeholders_a_clause_may_name() -> None:
    from pipeline.brief.prose import load_phrasing

    for phrase in load_phrasing().phrases:
        for template in (phrase.text, phrase.with_qualifier):
            assert template_problem(template, PHRASE_PLACEHOLDERS) is None, template
