"""The caption policy switch (branch caption33), on pages we wrote ourselves: "keep" (the
default) keeps a picture's caption as today, "drop" drops every caption and credit, "short"
drops a credit alone and a short label and keeps a caption of a sentence; the pipeline config
names the policy (`captions`) and `article_from_page` applies it."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from pipeline.config import CAPTION_POLICIES, PipelineConfig, load_pipeline_config
from pipeline.config.checks import check_pipeline_values
from pipeline.errors import ConfigError
from pipeline.extract import extract_text
from pipeline.pages import article_from_page
from pipeline.records import RawPage
from pipeline.web.captions import caption_policy, current_policy
from tests.sample_pages import COUNCIL_STORY as STORY

_SENTENCE = "The mayor speaks to reporters outside the town hall after the vote on Tuesday"
_LABEL = "The town hall"
_CREDIT = "Photo: Jane Roe"
_NAMED = "Residents queue at the door of the council chamber before the long debate began"


def _page() -> str:
    paras = [f"<p>{p}</p>" for p in STORY]
    figures = [
        f"<figure><img src='a.jpg'><figcaption>{_SENTENCE}</figcaption></figure>",
        f"<figure><img src='b.jpg'><figcaption>{_LABEL}</figcaption></figure>",
        f"<div class='pic'><img src='c.jpg'><p class='image-caption'>{_NAMED}</p></div>",
        f"<figure><img src='d.jpg'><figcaption class='credit-line'>{_CREDIT}</figcaption></figure>",
    ]
    body = "".join(p + f for p, f in zip(paras, figures + [""] * len(paras), strict=False))
    return (
        "<html><head><title>Council passes budget</title></head><body>"
        f"<article><h1>Council passes budget</h1>{body}</article></body></html>"
    )


def _text(policy: str) -> str:
    with caption_policy(policy):
        return extract_text(_page())


def test_keep_is_the_default_and_keeps_a_pictures_captions() -> None:
    assert current_policy() == "keep" and PipelineConfig().captions == "keep"
    assert load_pipeline_config().captions == "keep"
    text = extract_text(_page())
    assert text == _text("keep")
    for kept in (_SENTENCE, _LABEL, _NAMED, *STORY):
        assert kept in text, text


def test_drop_takes_every_caption_out_and_no_story_line() -> None:
    text = _text("drop")
    for dropped in (_SENTENCE, _LABEL, _NAMED, _CREDIT):
        assert dropped not in text, text
    assert text.split("\n") == STORY, text


def test_short_keeps_a_sentence_and_drops_a_label_and_a_credit() -> None:
    text = _text("short")
    assert _SENTENCE in text and _NAMED in text, text
    assert _LABEL not in text and _CREDIT not in text, text
    assert all(p in text for p in STORY), text


def test_the_policy_is_undone_after_the_block_and_checked() -> None:
    with caption_policy("drop"):
        assert current_policy() == "drop"
    assert current_policy() == "keep"
    with pytest.raises(ValueError, match="caption policy"):
        with caption_policy("none"):
            pass
    assert set(CAPTION_POLICIES) == {"keep", "drop", "short"}


def test_the_pipeline_config_names_the_policy() -> None:
    with pytest.raises(ConfigError, match="captions"):
        check_pipeline_values(replace(PipelineConfig(), captions="all"), "test.toml")
    page = RawPage(url="https://news.example.org/2024/05/council-budget", body=_page().encode())
    kept = article_from_page(page).text
    dropped = article_from_page(page, replace(PipelineConfig(), captions="drop")).text
    assert _SENTENCE in kept and _SENTENCE not in dropped, dropped
    assert all(p in dropped for p in STORY), dropped
    assert current_policy() == "keep"


def test_a_config_overlay_sets_the_policy(tmp_path: Path) -> None:
    overlay = tmp_path / "my.toml"
    overlay.write_text('captions = "short"\n', encoding="utf-8")
    assert load_pipeline_config(overlay).captions == "short"
    overlay.write_text('captions = "none"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="captions"):
        load_pipeline_config(overlay)


def test_a_caption_that_is_the_pages_text_stays() -> None:
    caption = " ".join(STORY[:2])  # a photo page: its story is the picture's caption
    page = (
        "<html><head><title>Town hall at night</title></head><body><nav><a href='/'>Home</a>"
        f"</nav><div class='slide'><img src='a.jpg'><div class='caption'>{caption}</div></div>"
        "<p>Share this photo</p></body></html>"
    )
    with caption_policy("drop"):
        assert STORY[0] in extract_text(page)
