"""Story selection: keywords across case and Chinese scripts, excluded words, the date window."""

from __future__ import annotations

from datetime import UTC, datetime

from pipeline.app.steps import keyword_hits, select_story
from pipeline.config import load_story
from pipeline.records import Article


def _article(text: str, title: str = "t", when: str = "2026-01-08T10:00:00+08:00") -> Article:
    return Article(
        url=f"https://ex.org/{abs(hash(text))}",
        title=title,
        text=text,
        published_at=datetime.fromisoformat(when),
    )


def test_traditional_text_matches_simplified_keyword() -> None:
    assert keyword_hits(_article("新京報：智譜今日掛牌上市"), ["智谱"]) == 1


def test_keywords_are_case_insensitive() -> None:
    assert keyword_hits(_article("ZHIPU AI lists in Hong Kong"), ["Zhipu", "GLM"]) == 1


def test_selection_keeps_story_and_says_why_not() -> None:
    story = load_story("zhipu-ipo")
    on = _article("智谱在港交所上市。")
    off = _article("一家电池公司投产。")
    late = _article("智谱发布新模型。", when="2026-03-01T10:00:00+08:00")
    kept, left = select_story([on, off, late], story)
    assert kept == [on]
    reasons = {row.url: row.reason for row in left}
    assert reasons == {off.url: "off_story", late.url: "out_of_window"}


def test_window_uses_shanghai_days() -> None:
    story = load_story("zhipu-ipo")
    # 2026-01-31 23:30 in Shanghai is 15:30 UTC the same day: inside the window
    edge = _article("智谱", when="2026-01-31T15:30:00+00:00")
    assert select_story([edge], story)[0] == [edge]
    after = _article("智谱", when="2026-01-31T16:30:00+00:00")  # 00:30 on 1 Feb in Shanghai
    assert select_story([after], story)[0] == []
    assert edge.published_at is not None and edge.published_at.tzinfo is UTC


def test_crawl_filter_and_story_selection_agree_across_scripts() -> None:
    """One keyword rule for feed items and stored articles: 智譜 matches the keyword 智谱 in both."""
    from spiders.story_filter import Item, StoryFilter

    story = load_story("zhipu-ipo")
    when = datetime.fromisoformat("2026-01-08T10:00:00+08:00")
    item = Item(url="https://ex.org/1", texts=("新京報：智譜今日掛牌",), published=when)
    assert StoryFilter.from_story(story).reason(item) is None
    off = Item(url="https://ex.org/2", texts=("電池公司投產",), published=when)
    assert StoryFilter.from_story(story).reason(off) == "0 story keyword(s), 1 needed"
    assert select_story([_article("新京報：智譜今日掛牌")], story)[0]
