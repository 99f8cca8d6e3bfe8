"""A sentence of the story that uses the word "copyright" (a lawsuit's "an admission of
copyright infringement") is text, not the site's copyright notice (`linekinds`); a notice that
opens on the word, dates it, or reserves the rights still goes. Lines and a page we wrote."""

from __future__ import annotations

import pytest

from pipeline.maintext.core import own_paragraphs
from pipeline.maintext.linekinds import is_boilerplate_line

_STORY = [
    "A record label and a file-sharing service settled their two-year dispute on Friday, "
    "days before the case was due to go before a federal jury in New York.",
    "The service agreed to pay an undisclosed sum and to filter protected songs from its "
    "users' downloads, the label's lawyers said in a statement.",
    "A settlement does not necessarily indicate an admission of copyright infringement.",
    "The service's founder said he would now turn to a paid model with the label's catalogue.",
]
_NOTICE = "Copyright 2008 The Associated Press. All rights reserved."


@pytest.mark.parametrize(
    "line",
    [
        "A settlement does not necessarily indicate an admission of copyright infringement.",
        "Judge Howell is no copyright neophyte, as the filings show.",
        "Music copyrights are negotiated on a country-by-country basis.",
    ],
)
def test_sentence_using_the_word_is_text(line: str) -> None:
    assert not is_boilerplate_line(line)


@pytest.mark.parametrize(
    "line",
    [
        _NOTICE,
        "(Copyright 2007 by The Associated Press. All Rights Reserved.)",
        "This material is protected by copyright and may not be reproduced.",
        "Content is copyright protected.",
        "All content copyright of the Daily Planet",
        "Photos: Reuters Copyright",
        "Copyright © Daily News. All rights reserved.",
    ],
)
def test_notices_stay_furniture(line: str) -> None:
    assert is_boilerplate_line(line)


def test_story_keeps_its_sentence_and_drops_the_notice() -> None:
    story = "".join(f"<p>{p}</p>" for p in _STORY)
    page = (
        "<html><head><title>Label settles</title></head><body><article>"
        f"<h1>Label settles</h1>{story}<p>{_NOTICE}</p></article></body></html>"
    )
    assert own_paragraphs(page) == _STORY
