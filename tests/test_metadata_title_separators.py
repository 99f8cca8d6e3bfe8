"""The site's name cut off a title in more separator forms (｜ – — · « » ~ / 【】, a dash
between Chinese characters), the channel left between pipes, and real titles holding a dash
kept whole: a hyphenated word of an alphabetic script, a title the headline prints whole."""

from __future__ import annotations

import pytest

from pipeline.web.metadata import PageView, page_title


@pytest.mark.parametrize(
    ("raw", "site", "title"),
    [
        ("Совет принял бюджет « Городские вести", "Городские вести", "Совет принял бюджет"),
        ("Городские вести » Совет принял бюджет", "Городские вести", "Совет принял бюджет"),
        ("Council votes on budget ~ Valley Courier", "Valley Courier", "Council votes on budget"),
        (
            "Le conseil vote le budget / Le Petit Journal",
            "Le Petit Journal",
            "Le conseil vote le budget",
        ),
        ("【每日新闻】市议会表决预算", "每日新闻", "市议会表决预算"),
        ("[Valley Courier] Council votes on budget", "Valley Courier", "Council votes on budget"),
        ("市议会表决预算—每日新闻网", "每日新闻网", "市议会表决预算"),
        ("市议会表决预算–每日新闻网", "每日新闻网", "市议会表决预算"),
        (
            "Council votes on budget | Politics | Valley Courier",
            "Valley Courier",
            "Council votes on budget",
        ),
        ("市议会表决预算｜国内｜每日新闻", "每日新闻", "市议会表决预算"),
        # a site's name opening in Latin letters or digits after a dash glued to the title
        ("市议会表决预算-88财经", "88财经", "市议会表决预算"),
        ("市议会表决预算—ABC快讯", "ABC快讯", "市议会表决预算"),
    ],
)
def test_the_site_is_cut_at_more_separators(raw: str, site: str, title: str) -> None:
    assert page_title(raw, site, "https://news.example.org/a/1") == title


@pytest.mark.parametrize(
    "raw",
    [
        "Ромни и Пол лидируют среди кандидатов-республиканцев в Айове",
        "एक हफ्ते में HDFC का मार्केट-कैप गिरा",
        "Πρωτοχρονιάτικο μήνυμα-έκπληξη του πρωθυπουργού",
    ],
)
def test_a_hyphenated_word_is_no_separator(raw: str) -> None:
    assert page_title(raw, None, "https://news.example.org/a/1") == raw


@pytest.mark.parametrize(
    "raw", ["新手机发布-ABC 17 上市", "研究团队发布-GLM5大模型", "市议会表决预算-2026年版"]
)
def test_a_dash_before_latin_letters_keeps_what_names_no_site(raw: str) -> None:
    # the dash splits only to cut the site's name: a product or model named after it stays
    assert page_title(raw, "ABC快讯", "https://news.example.org/a/1") == raw


def test_a_channel_that_is_most_of_the_title_stays() -> None:
    raw = "Interview | The long road back | Valley Courier"
    assert (
        page_title(raw, "Valley Courier", "https://x.example/a") == "Interview | The long road back"
    )


@pytest.mark.parametrize(
    "title",
    [
        "Spider-Man – the return of a hero",
        "Brexit – what happens next",
        "Kernes — to Turchynov: no games",
    ],
)
def test_a_title_the_headline_prints_whole_is_not_cut(title: str) -> None:
    html = (
        f"<html><head><title>{title}</title></head><body><h1>{title}</h1>"
        "<p>" + "The story goes on for a while with many words in it. " * 5 + "</p></body></html>"
    )
    view = PageView.parse(html, "https://news.example.org/a/1")
    assert view is not None
    assert view.metadata().title == title


def test_a_headline_without_the_site_still_cuts_it() -> None:
    html = (
        "<html><head><title>Council votes on budget – Valley Courier</title></head><body>"
        "<h1>Council votes on budget</h1><p>"
        + "The council met and voted. " * 8
        + "</p></body></html>"
    )
    view = PageView.parse(html, "https://news.example.org/a/1")
    assert view is not None
    assert view.metadata().title == "Council votes on budget"
