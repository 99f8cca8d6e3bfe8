"""A forum thread printed as pairs of siblings in the page's one wrapper, each floor's dated
header then its body (pipeline.maintext.openingpost via posts.drop_threads): the opening post,
longer than any reply, is the text; the replies after it are not. A page we wrote ourselves."""

from __future__ import annotations

from pipeline.maintext.core import own_paragraphs

OPENING = [
    f"第{n}段：这是楼主关于周末骑行路线的详细介绍，从城北公园出发，沿着河边绿道一路向东，"
    "经过两座老桥和一片湿地，全程大约四十公里，适合有一定基础的骑友结伴同行。"
    for n in range(1, 26)
]
REPLIES = ["谢谢楼主分享，周末就去试试！", "路线不错，收藏了。", "湿地那段路况怎么样？", "顶一下"]


def _floor(n: int, body: str) -> str:
    return (
        f"<div class='floor'><div>楼层：第 {n} 楼 时间：2021-05-0{n} 20:1{n}:00</div>"
        f"<div>得分：{n * 10}</div></div>"
        f"<div><div class='user'>作者：骑友{n}号</div><div>{body}</div></div>"
    )


def _forum_page() -> str:
    opening = "<br>".join(OPENING)
    floors = [_floor(1, opening)] + [_floor(n + 2, r) for n, r in enumerate(REPLIES)]
    return (
        "<html><head><title>周末骑行路线推荐</title></head><body><div class='wrap'>"
        "<div class='menu'><a href='/'>首页</a> | <a href='/bbs'>论坛</a></div>"
        "<div>主题：周末骑行路线推荐</div>"
        + "".join(floors)
        + "<div>关于我们 | 联系我们</div></div></body></html>"
    )


def test_the_opening_post_of_a_thread_in_one_wrapper_is_the_text() -> None:
    text = "\n".join(own_paragraphs(_forum_page()))
    for line in OPENING:
        assert line in text
    for reply in REPLIES:
        assert reply not in text


def test_the_texts_read_are_kept_when_no_block_goes() -> None:
    # a block of three children of two children each holding a colon is asked about, but holds
    # no replies: nothing is cut, so the texts read so far stay read (zh36 cleared them)
    from pipeline.maintext.posts import drop_threads
    from pipeline.web.html import Texts, parse_document

    rows = "".join(
        f"<div><b>Note {n}:</b><span>the ferry leaves from pier {n} each morning.</span></div>"
        for n in range(1, 5)
    )
    doc = parse_document(f"<html><body><div class='notes'>{rows}</div></body></html>")
    assert doc is not None
    body = doc.find("body")
    assert body is not None
    texts = Texts()
    texts[body] = None
    drop_threads(body, texts)
    assert len(body.xpath("//b")) == 4  # (nothing dropped)
    assert body in texts
