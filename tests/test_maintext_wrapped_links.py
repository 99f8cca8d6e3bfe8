"""A link inside a sentence that an inline wrapper holds alone, beside an empty element a
script fills, keeps its words (pipeline.web.boilerplate `_mid_sentence`): Chinese finance
portals print each company named in a story as `<span id="stock_x"><a class="keyword">名称</a>
</span><span id="quote_x"></span>`, and "keyword" names tag boxes too. An enumeration of such
names ("包括甲、乙等") keeps every item; a tag list (no words before its first item) still
goes. Markup and text of our own."""

from __future__ import annotations

from pipeline.maintext.core import own_paragraphs

STORY = [
    "港口管理局周一宣布，新建的集装箱码头在历时四年的施工后正式启用，吞吐能力比原来提高一倍。",
    "多家航运公司表示，旧码头淤积以来他们一直在等待新泊位，其中两家已经把航线改到这里。",
    "管理局局长说，码头明年还将增加两台岸桥，并与铁路部门合作开通直达内陆的货运班列。",
    "附近居民则担心夜间作业的噪音，管理局承诺在码头周边种植林带并限制夜间鸣笛。",
]


def _stock(code: str, name: str) -> str:
    return (
        f'<span id="stock_{code}"><a class="keyword" href="/stock/{code}">{name}</a></span>'
        f'<span id="quote_{code}"></span>'
    )


def _page(middle: str) -> str:
    paras = "".join(f"<p>{p}</p>" for p in STORY[:2]) + middle
    paras += "".join(f"<p>{p}</p>" for p in STORY[2:])
    return (
        "<html><head><title>新码头启用</title></head><body>"
        f"<div class='article'><h1>新码头启用</h1>{paras}</div></body></html>"
    )


def test_a_wrapped_company_link_keeps_its_words() -> None:
    line = f"受此消息影响，{_stock('sh600018', '上港集团')}股价今日上涨三个百分点，成交明显放大。"
    said = "受此消息影响，上港集团股价今日上涨三个百分点，成交明显放大。"
    assert own_paragraphs(_page(f"<p>{line}</p>")) == STORY[:2] + [said] + STORY[2:]


def test_every_item_of_an_enumeration_keeps_its_words() -> None:
    names = "、".join(
        _stock(code, name)
        for code, name in (("sh601018", "宁波港"), ("sh600018", "上港集团"), ("sz000088", "盐田港"))
    )
    line = f"包括{names}等多家港口公司今日发布公告，披露了上月的集装箱吞吐量。"
    said = "包括宁波港、上港集团、盐田港等多家港口公司今日发布公告，披露了上月的集装箱吞吐量。"
    assert own_paragraphs(_page(f"<p>{line}</p>")) == STORY[:2] + [said] + STORY[2:]


def test_a_tag_list_of_wrapped_links_still_goes() -> None:
    """Tags after a label, or alone in their line: no words of a sentence before the first."""
    for head in ("标签：", ""):
        tags = "、".join(
            f'<span><a class="keyword" href="/tag/{i}">{w}</a></span>'
            for i, w in enumerate(("体育", "娱乐", "天气"))
        )
        kept = own_paragraphs(_page(f"<p>{head}{tags}</p>"))
        assert all(line in kept for line in STORY)
        assert not any(word in " ".join(kept) for word in ("体育", "娱乐", "天气"))


def test_a_link_after_a_line_break_is_no_part_of_the_sentence_before() -> None:
    """The line break ends the words before it: a tag link opening the next line still goes
    (as on main), the break not passed over as an empty element."""
    line = f"{STORY[1][:-1]}<br/>" + '<a class="keyword" href="/tag/1">体育</a>，娱乐新闻'
    kept = " ".join(own_paragraphs(_page(f"<p>{line}</p>")))
    assert "体育" not in kept
