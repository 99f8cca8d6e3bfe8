"""A wiki's edit link beside a section's heading (MediaWiki's "mw-editsection", on every wiki
it runs: "简介[编辑]", "History[edit]"): a control for the wiki's editors, dropped by its class
word (pipeline.web.classwords), the heading's words kept. A page we wrote ourselves."""

from __future__ import annotations

from pipeline.maintext.core import own_paragraphs

STORY = [
    "城东早市改造后首次开市，清晨五点半就已人头攒动，摊主们说客流比改造前多了三成。",
    "新搭建的雨棚覆盖了全部摊位，市场管理方还增设了公共洗手台和垃圾分类点。",
    "一位在这里卖了二十年豆腐脑的摊主说，下雨天再也不用收摊了，生意也更稳定。",
]


def _wiki(edit: str) -> str:
    sections = "".join(
        f"<h2><span class='mw-headline' id='s{i}'>{head}</span>{edit}</h2><p>{para}</p>"
        for i, (head, para) in enumerate(zip(("历史", "地理", "交通"), STORY, strict=True))
    )
    return (
        "<html><head><title>城东 - 维基百科，自由的百科全书</title></head><body>"
        f"<div id='content'><h1>城东</h1><div class='mw-parser-output'>{sections}</div></div>"
        "</body></html>"
    )


def test_a_wikis_edit_link_beside_a_heading_is_no_text() -> None:
    link = (
        "<span class='mw-editsection'><span class='mw-editsection-bracket'>[</span>"
        "<a href='/w/index.php?title=X&amp;action=edit&amp;section={}'>编辑</a>"
        "<span class='mw-editsection-bracket'>]</span></span>"
    )
    # (the first heading, a short line opening the text, goes as a label: `edges`)
    want = [STORY[0], "地理", STORY[1], "交通", STORY[2]]
    assert own_paragraphs(_wiki(link)) == want
    assert own_paragraphs(_wiki("")) == want


def test_an_english_wikis_edit_link_too() -> None:
    link = (
        "<span class='mw-editsection'>[<a href='/w/index.php?action=edit&amp;section=1'>"
        "edit</a>]</span>"
    )
    page = (
        "<html><head><title>Riverside - Wikipedia</title></head><body><div id='content'>"
        "<h1>Riverside</h1><div class='mw-parser-output'>"
        "<p>Riverside is a small market town on the east bank of the river, known for its "
        "weekly farmers' market and its restored stone bridge.</p>"
        f"<h2><span class='mw-headline'>History</span>{link}</h2>"
        "<p>The town grew around a ford in the twelfth century and received its market charter "
        "two hundred years later, when the first stone bridge was built.</p>"
        "</div></div></body></html>"
    )
    assert "History" in own_paragraphs(page)
    assert not any("edit" in p for p in own_paragraphs(page))
