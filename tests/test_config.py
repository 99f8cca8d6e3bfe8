"""Config loading: shipped files load; unknown keys, bad types and unknown stories are named errors."""

from datetime import date
from pathlib import Path

import pytest

from pipeline.config import load_pipeline_config, load_story
from pipeline.errors import ConfigError


def test_shipped_story_loads_by_id() -> None:
    story = load_story("zhipu-ipo")
    assert story.id == "zhipu-ipo"
    assert "智谱" in story.keywords
    assert story.date_from == date(2025, 12, 15)
    assert set(story.entry_points) == {"sohu", "36kr", "technode"}


def test_themes_live_in_the_story_not_in_the_default_config() -> None:
    cfg = load_pipeline_config()
    assert cfg.crawl.concurrent_per_domain <= 2
    assert cfg.themes == ()
    story = load_story("zhipu-ipo")
    assert len(story.themes) >= 3
    assert story.themes[0].heading == "L'introduction en Bourse"
    assert story.subject == "Zhipu AI"
    assert story.glossary["智谱"] == "Zhipu AI"


def test_default_config_holds_no_story_words() -> None:
    text = (Path(__file__).parents[1] / "configs" / "default.toml").read_text(encoding="utf-8")
    for word in ("zhipu", "智谱", "glm", "02513", "上市", "清华"):
        assert word not in text.lower()


def test_unknown_site_is_named(tmp_path: Path) -> None:
    p = tmp_path / "s.toml"
    p.write_text('id = "x"\ntitle_hint = "t"\nkeywords = ["a"]\nsites = ["sohu", "sohoo"]\n')
    with pytest.raises(ConfigError, match=r"s\.toml.*sites: unknown site 'sohoo'"):
        load_story(p, known_sites=("sohu", "36kr"))
    p.write_text('id = "x"\ntitle_hint = "t"\nkeywords = ["a"]\n[entry_points]\nkr = ["u"]\n')
    with pytest.raises(ConfigError, match=r"s\.toml: entry_points\.kr: unknown site 'kr'"):
        load_story(p, known_sites=("sohu", "36kr"))


def test_story_theme_with_unknown_key_is_named(tmp_path: Path) -> None:
    p = tmp_path / "s.toml"
    p.write_text(
        'id = "x"\ntitle_hint = "t"\nkeywords = ["a"]\n[[themes]]\nheading = "H"\n'
        'keywords = ["k"]\nkeyword = ["z"]\n',
        encoding="utf-8",
    )
    with pytest.raises(ConfigError, match=r"s\.toml.*themes.*keyword"):
        load_story(p)


def test_unknown_key_is_named(tmp_path: Path) -> None:
    p = tmp_path / "s.toml"
    p.write_text(
        'id = "x"\ntitle_hint = "t"\nkeywords = ["a"]\nkeywordz = ["b"]\n', encoding="utf-8"
    )
    with pytest.raises(ConfigError, match=r"s\.toml.*keywordz"):
        load_story(p)


def test_wrong_type_is_named(tmp_path: Path) -> None:
    p = tmp_path / "s.toml"
    p.write_text('id = "x"\ntitle_hint = "t"\nkeywords = "a"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="keywords"):
        load_story(p)


def test_unknown_story_id() -> None:
    with pytest.raises(ConfigError, match="no-such-story.*unknown story"):
        load_story("no-such-story")


def test_overlay_overrides_one_key(tmp_path: Path) -> None:
    p = tmp_path / "o.toml"
    p.write_text("[crawl]\nmax_pages = 7\n", encoding="utf-8")
    cfg = load_pipeline_config(p)
    assert cfg.crawl.max_pages == 7
    assert cfg.crawl.concurrent_per_domain == 2  # untouched keys keep the shipped value


def test_malformed_toml(tmp_path: Path) -> None:
    p = tmp_path / "bad.toml"
    p.write_text("id = \n", encoding="utf-8")
    with pytest.raises(ConfigError, match="bad.toml.*invalid TOML"):
        load_story(p)
