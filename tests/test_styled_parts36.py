"""Parts of a line a stylesheet sets apart (an artist, an album and a label in one heading,
each in its own element) read with a blank between them, not glued into one word
("Earth BallOutside Over There"). A drop cap or a word split by markup in lower case stays
whole. Pages made up for these tests."""

from __future__ import annotations

from pipeline.maintext import extract_paragraphs

PROSE = (
    "<p>The year's records are ranked by our writers, who listened to more than four hundred "
    "albums between January and November and argued over every place on the list.</p>"
    "<p>Each entry below names the artist, the record and its label, with a short note from "
    "the writer who championed it at the meeting where the order was settled.</p>"
)


def _page(entries: str) -> str:
    return (
        "<html><head><title>Albums of the year</title></head><body><article>"
        f"<h1>Albums of the year</h1>{PROSE}{entries}</article></body></html>"
    )


def test_styled_parts_of_a_heading_are_set_apart() -> None:
    entry = (
        "<h2><span><a href='/artist/tide-pools'>Tide Pools</a><em>Salt In The Wires</em>"
        "<span class='label'>Harbour Records</span></span></h2>"
        "<p>A record of slow songs about the sea, recorded in a lighthouse over one winter, "
        "its guitars tuned low and its drums played with brushes.</p>"
    )
    paras = extract_paragraphs(_page(entry), "https://music.example.org/albums-of-the-year")
    assert "Tide Pools Salt In The Wires Harbour Records" in paras
    assert not any("PoolsSalt" in p or "WiresHarbour" in p for p in paras)


def test_a_drop_cap_and_a_lower_case_part_stay_whole() -> None:
    entry = (
        "<p><span class='cap'>T</span>he band <b>re</b>recorded the album twice before its "
        "label let it go, and the second take is the one that made our list this year.</p>"
    )
    paras = extract_paragraphs(_page(entry), "https://music.example.org/albums-of-the-year")
    assert any(p.startswith("The band rerecorded the album twice") for p in paras)


def test_a_linked_half_of_a_latin_word_in_chinese_text_stays_glued() -> None:
    story = (
        "<p>本报讯 昨天晚上，市体育馆举行了一场大型演唱会，现场观众超过一万人，气氛十分热烈。"
        "演出持续了三个多小时，多位歌手轮流登台，观众跟着音乐一起合唱。</p>"
        "<p>我们也有像<a href='/star/1'>Lady</a>Gaga一样走视觉路线的歌手，"
        "她们的舞台造型同样引人注目，演出结束后不少观众仍不愿离开。</p>"
    )
    html = (
        "<html><head><title>演唱会</title></head><body><article><h1>演唱会</h1>"
        f"{story}</article></body></html>"
    )
    paras = extract_paragraphs(html, "https://ent.example.cn/a/20240601/1.htm")
    assert any("像LadyGaga一样" in p for p in paras)
