"""`newsbrief story new`: a commented story file that loads as written; bad input is exit 2."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.app.cli import main
from pipeline.config import load_story
from pipeline.errors import ConfigError
from pipeline.sites import SITES


def test_story_new_writes_a_story_file_that_loads(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "acme.toml"
    code = main(["story", "new", "acme-launch", "--keywords", "极光", "Aurora", "--sites", "36kr",
                 "technode", "--out", str(out)])  # fmt: skip
    assert code == 0 and capsys.readouterr().out.strip() == str(out)
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Story acme-launch") and "[[themes]]" in text
    story = load_story(out, known_sites=SITES)
    assert story.id == "acme-launch" and story.keywords == ("极光", "Aurora")
    assert story.sites == ("36kr", "technode") and story.subject == "极光"
    assert set(story.entry_points) == {s for s in ("36kr", "technode") if SITES[s].crawl.feeds}
    assert story.themes[0].keywords == ("极光", "Aurora")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["Bad_Id", "--keywords", "a", "--sites", "sohu"], "'Bad_Id' is not a story id"),
        (["ok", "--keywords", "a", "--sites", "sohoo"], "--sites: unknown site 'sohoo'"),
        (["ok", "--keywords", " ", "--sites", "sohu"], "--keywords: at least one"),
        # a byte that was not UTF-8 on the command line (a lone surrogate): no TOML holds it
        (["ok", "--keywords", "k\udcff", "--sites", "sohu"], "--keywords: not UTF-8 text: k\\xff"),
    ],
)
def test_story_new_rejects_bad_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    code = main(["story", "new", *args, "--out", str(tmp_path / "s.toml")])
    assert code == 2 and message in capsys.readouterr().err
    assert not (tmp_path / "s.toml").exists()


def test_story_new_keeps_an_existing_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "s.toml"
    out.write_text("keep me", encoding="utf-8")
    assert (
        main(["story", "new", "ok", "--keywords", "a", "--sites", "sohu", "--out", str(out)]) == 2
    )
    assert "exists already" in capsys.readouterr().err and out.read_text() == "keep me"


@pytest.mark.parametrize("length", [64, 65, 100])
def test_story_new_takes_every_id_a_story_file_takes(
    length: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """One rule for a story id (it was 64 characters here, 100 in a story file: an id of 65
    was refused by `story new` and taken from a file)."""
    story_id = "a" * length
    out = tmp_path / "s.toml"
    assert (
        main(["story", "new", story_id, "--keywords", "a", "--sites", "sohu", "--out", str(out)])
        == 0
    )
    assert load_story(out, known_sites=SITES).id == story_id
    too_long = "a" * 101
    assert main(["story", "new", too_long, "--keywords", "a", "--sites", "sohu"]) == 2
    assert "at most 100 characters" in capsys.readouterr().err


def test_a_story_file_names_every_missing_key(tmp_path: Path) -> None:
    """By its key, not by Python's words ("StoryConfig.__init__() missing 1 required
    positional argument")."""
    path = tmp_path / "s.toml"
    path.write_text('title_hint = "t"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"s\.toml: missing required key\(s\): id, keywords$"):
        load_story(path)


def test_a_site_without_feeds_is_flagged_not_silently_skipped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Sohu has no feeds of its own: the file written says where its entry points go, and
    `story new` and a live `run` warn that nothing is crawled for it until they are named
    (a run used to crawl nothing for it and say only that no article matched)."""
    from pipeline.sites import unstarted_sites

    out = tmp_path / "s.toml"
    args = ["story", "new", "s", "--keywords", "a", "--sites", "sohu", "36kr", "--out"]
    assert main([*args, str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert '# "sohu" = ["https://..."]' in text and '"36kr" = ["https://www.36kr.com/feed"]' in text
    story = load_story(out, known_sites=SITES)
    assert unstarted_sites(story) == ["sohu"]
    assert "sohu has no entry points and no feeds of its own" in capsys.readouterr().err
    named = out.read_text(encoding="utf-8").replace(
        '# "sohu" = ["https://..."]', '"sohu" = ["https://www.sohu.com/"]'
    )
    out.write_text(named, encoding="utf-8")
    assert unstarted_sites(load_story(out, known_sites=SITES)) == []


KEPT = '# mine\nid = "acme"\ntitle_hint = "A"\nkeywords = ["k"]\nsites = ["sohu"]\n'


def test_a_keyword_holding_del_is_written_as_toml_holds_it(tmp_path: Path) -> None:
    """JSON leaves DEL as it is, TOML forbids it: the file did not load, and `--force` had
    replaced the user's file with it, then removed it (exit 2 and the file gone)."""
    out = tmp_path / "acme.toml"
    out.write_text(KEPT, encoding="utf-8")
    code = main(["story", "new", "acme", "--keywords", "k\x7fz", "--sites", "sohu",
                 "--out", str(out), "--force"])  # fmt: skip
    assert code == 0
    assert load_story(out, known_sites=SITES).keywords == ("k\x7fz",)


def test_a_story_that_would_not_load_leaves_the_file_to_replace(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "acme.toml"
    out.write_text(KEPT, encoding="utf-8")
    monkeypatch.setattr("pipeline.app.newstory.story_template", lambda *a: 'id = "acme"\nx = [\n')
    code = main(["story", "new", "acme", "--keywords", "k", "--sites", "sohu",
                 "--out", str(out), "--force"])  # fmt: skip
    assert code == 2 and out.read_text(encoding="utf-8") == KEPT
    line = capsys.readouterr().err.strip().splitlines()[-1]
    assert f"{out}: the story file would not load: {out}: invalid TOML" in line, line
    assert list(tmp_path.iterdir()) == [out]
