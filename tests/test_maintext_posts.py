"""The generic extractor on pages of several dated posts: a blog post under its comment
thread, blog archives, forum floors and a forum thread's index, plus widget lines.

Each page is written here in the shape of real markup (blog engines' comment lists, layout
tables of old blog hosts and forums); each test fails on the extractor as it was before.
"""

from __future__ import annotations

import random
import re
from typing import Any

from lxml import etree

from pipeline.maintext import posts
from pipeline.maintext.core import own_paragraphs
from pipeline.maintext.linekinds import is_boilerplate_line
from pipeline.web.html import drop_tree, parse_document, text_of, to_html

POST = [
    "承蒙朋友的邀请，很高兴入住这个博客社区。作为技术社区，这里是写技术博客的好地方。",
    "简单介绍一下我的情况：我曾为杂志写过一个专栏，从此进入技术写译界，也翻译过两本书。",
    "目前我在上海一家公司担任软件架构师，并讲授软件开发课程，业余时间写作一本新书。",
]
REPLIES = [
    "拜读了你翻译的那本书，很不错，希望以后能看到更多的好文章，也欢迎常来交流。",
    "名人来了，我等看客有福了，期待你关于新语言特性的系列文章，一定会常来拜读。",
    "欢迎欢迎，热烈欢迎！社区也需要反垃圾评论的功能，对某些习惯性发垃圾的人要防范。",
    "以前读过你的专栏，写得深入浅出，受益匪浅，这次终于可以在这里留言请教问题了。",
    "高手来了！我们公司的项目正好在用这门语言，遇到不少问题，以后一定常来请教。",
    "期待期待，听说你的新书明年出版，到时候一定买一本，也请多写写设计方面的心得。",
]


def _blog(inner: str, title: str = "很高兴入住博客社区 - 李的博客") -> str:
    return (
        f"<html><head><title>{title}</title></head><body>"
        "<div class='header'><a href='/'>首页</a> | <a href='/archive'>存档</a></div>"
        f"<div id='main'>{inner}</div>"
        "<div class='footer'>关于我们 | 联系方式</div></body></html>"
    )


def test_post_wins_over_its_longer_comment_thread() -> None:
    replies = "".join(
        f"<h4><a href='#c{i}'>#</a> re: 很高兴入住博客社区 <span>2004-12-27 12:{10 + i}</span>"
        f" <a href='/u/{i}'>user{i}</a></h4><p>{text}</p>"
        for i, text in enumerate(REPLIES)
    )
    page = _blog(
        "<div class='post'><h2><a href='/p/1'>很高兴入住博客社区</a></h2>"
        + "".join(f"<p>{p}</p>" for p in POST)
        + "<p class='postfoot'>发表于 2004年12月27日 12:40 - (阅读:3727;评论:63)</p></div>"
        + f"<div id='comments'><h3>评论</h3>{replies}</div>"
    )
    assert own_paragraphs(page) == POST


def test_live_blog_entries_with_a_time_alone_are_kept() -> None:
    # a time of day alone in each heading: the entries of a live blog, not replies
    entries = "".join(
        f"<h3>10:{10 + i} 最新进展</h3><p>{text}</p>" for i, text in enumerate(POST + REPLIES)
    )
    page = _blog(f"<div class='live'>{entries}</div>", "直播：会议最新进展")
    expected = [
        line for i, text in enumerate(POST + REPLIES) for line in (f"10:{10 + i} 最新进展", text)
    ]
    assert own_paragraphs(page) == expected


ARCHIVE = [
    ("昨天去金矿玩 (图)", "2005-03-21 01:20:44", POST),
    ("长发剪了，感觉很轻松", "2005-03-18 01:58:01", REPLIES[:3]),
    ("回来以后，感觉这里在进步", "2005-03-18 01:28:08", REPLIES[3:] + POST),
    ("雪意，雪花，雪景 (图)", "2005-03-15 16:47:37", REPLIES[1:4]),
]


def _archive_rows() -> str:
    return "".join(
        f"<tr><td><table><tr><td><b>{title}</b> {stamp}</td></tr>"
        f"<tr><td class='post-body'>{''.join(f'<p>{p}</p>' for p in body)}</td></tr>"
        "</table></td></tr>"
        for title, stamp, body in ARCHIVE
    )


def test_blog_archive_gives_its_first_post_alone() -> None:
    # the page's title is the blog's name: no headline, the first (latest) post is the page's
    page = _blog(f"<table class='posts'>{_archive_rows()}</table>", "海姑娘 | 博客")
    assert own_paragraphs(page) == POST


def test_forum_floors_give_the_first_post_without_its_replies() -> None:
    # each floor is a table: the body, a signature, then its footer with the date and time
    floors = "".join(
        f"<table><tr><td class='p4'><a href='/u/{i}'>user{i}</a></td>"
        f"<td class='p4'>{'<br>'.join(body)}<p>〓 娱乐论坛 发布时间 2005/05/{17 + i} 22:11:42 "
        f"by <a href='/u/{i}'>user{i}</a> 〓</p></td></tr></table>"
        for i, body in enumerate([POST, REPLIES[:3], REPLIES[3:], REPLIES[1:4]])
    )
    page = _blog(f"<div class='forum'>{floors}</div>", "论坛 - 帖子")
    paragraphs = own_paragraphs(page)
    assert paragraphs[:3] == POST
    assert not any(reply in paragraphs for reply in REPLIES)


def test_forum_thread_index_does_not_outscore_the_post() -> None:
    index = "".join(
        f"<li><a href='/t/{i}'>{text[:6]}</a>，{text[6:24]}【user{i}】08-{11 + i % 9} 16:58 "
        f"{len(text)}字 [140/0]</li>"
        for i, text in enumerate(REPLIES * 4)
    )
    page = _blog(
        f"<table><tr><td class='post'>{'<br>'.join(POST[:2])}</td></tr></table>"
        f"<div class='thread'><ul><li>本帖回复：<ul>{index}</ul></li></ul></div>",
        "论坛 :: 帖子",
    )
    assert own_paragraphs(page) == POST[:2]


def test_widget_and_counter_lines_are_boilerplate_but_prose_is_not() -> None:
    for line in (
        "阅读(123) 评论(4) 收藏 打印",
        "已有0人阅读 字号：T | T 复制链接 打印 RSS",
        "第1页/共1页 << 上一页 | 下一页 >>",
        "发表于 2004年12月27日 12:40 - (阅读:3727;评论:63)",
        "相關新聞：",
        # an ad slot's label, however the site words it
        "Advertisement",
        "ADVERTISING",
        "Sponsored",
        # a related-stories list's label, alone on its line
        "Related stories",
        "Новости по теме:",
        "Czytaj także:",
        "Leia também",
    ):
        assert is_boilerplate_line(line), line
    for line in (
        "推荐阅读这本书的读者，也在评论区分享了打印版的心得。",
        "他说，阅读和评论都需要时间。",
        "Advertising spending rose by a tenth last year, the agency said.",
        "По теме реформы министр ничего не сказал.",
    ):
        assert not is_boilerplate_line(line), line


def test_news_feed_with_timed_links_does_not_outscore_the_article() -> None:
    feed = "".join(
        f"<dt><span>10:{10 + i}</span> <a href='/news/{i}.html'>{text[:10]}</a></dt><dd>{text}</dd>"
        for i, text in enumerate(REPLIES * 2)
    )
    page = _blog(
        f"<div class='text'>{''.join(f'<p>{p}</p>' for p in POST[:2])}</div>"
        f"<dl class='lenta'>{feed}</dl>",
        "很高兴入住博客社区 - 李的博客",
    )
    assert own_paragraphs(page) == POST[:2]


def test_post_list_gives_the_post_under_the_page_headline() -> None:
    # the <title> names the third post: its <h1> is the headline, its post wins alone
    posts = "".join(
        f"<div class='entry'><h1>{title}</h1><p>{stamp}</p>"
        f"{''.join(f'<p>{p}</p>' for p in body)}</div>"
        for title, stamp, body in ARCHIVE
    )
    page = _blog(f"<div class='entries'>{posts}</div>", "回来以后，感觉这里在进步 | 博客")
    assert own_paragraphs(page) == ARCHIVE[2][2]


def _reader_replies(texts: list[str]) -> str:
    # each reply its own block: vote counts, then the reader's name and the date, then the
    # text and a reply link (no heading anywhere)
    return "".join(
        f"<div class='opinion-item'><div class='votes'><span>{i + 2}</span><span>0</span></div>"
        f"<div class='who'>~<span>reader{i}</span> <span>[2012-01-{10 + i} 14:{20 + i}]</span>"
        f"</div><div class='said'><p>{text}</p><p><a href='#r{i}'>reply</a></p></div></div>"
        for i, text in enumerate(texts)
    )


def test_a_short_article_wins_over_the_reader_replies_under_it() -> None:
    article = "".join(f"<p>{line}</p>" for line in POST)
    page = _blog(
        f"<h1>很高兴入住博客社区</h1><div class='txt'>{article}</div>"
        f"<div class='opinions'>{_reader_replies(REPLIES)}</div>"
    )
    paras = own_paragraphs(page)
    assert paras[: len(POST)] == POST
    assert not any(reply in paras for reply in REPLIES)


def test_a_blog_archive_is_not_taken_for_replies() -> None:
    # dated posts with their titles (headings): an archive, left to `one_post`
    posts = "".join(
        f"<div class='post'><h2><a href='/p/{i}'>第{i}篇</a></h2><div class='date'>2004-12-2{i}"
        f" 12:40</div><div class='body'><p>{line}</p><p>{REPLIES[i]}</p></div></div>"
        for i, line in enumerate(POST)
    )
    paras = own_paragraphs(_blog(posts))
    assert POST[0] in paras


def test_colon_minutes_is_the_search_for_either_colon_before_a_digit() -> None:
    """`posts._colon_minutes` searches each colon apart: the same answer as one class."""
    both = re.compile("[:：][0-5]")
    pieces = [":", "：", "0", "5", "6", "9", " ", "a", "中", "12:30", "12：30", "é", "\n", ":6"]
    rng = random.Random(21)
    for _ in range(20_000):
        text = "".join(rng.choices(pieces, k=rng.randint(0, 8)))
        assert posts._colon_minutes(text) == (both.search(text) is not None), text


def _signed_replies(texts: list[str]) -> str:
    # each reply its text, then a signature with the date and time ("- name, town, date")
    return "".join(
        f"<div><p>{text}</p><p>- reader{i}, Leeds, 1/{10 + i}/2012 08:{20 + i}</p></div>"
        for i, text in enumerate(texts)
    )


# The blocks `posts._candidates` finds, as the expressions it stands for find them.
_THREAD_CANDIDATES = etree.XPath(
    "descendant-or-self::*[*[3]][count(dt|h2|h3|h4|h5|h6) >= 3 or count(li) >= 3]"
)
_REPLY_CANDIDATES = etree.XPath(
    "descendant-or-self::*[count(*[*[2]]) >= 3]"
    "[count(*[*[2]][contains(., ':') or contains(., ' 20')]) >= 3]"
)


def test_candidates_are_the_blocks_the_expressions_find() -> None:
    """`posts._candidates` walks the blocks in Python: on random markup (comments among the
    children too) the blocks the two expressions find, in the same order."""
    rng = random.Random(43)
    pieces = ["<div>", "</div>", "<p>", "</p>", "<b>x</b>", "<i>y</i>", "12:30", " 2024", "text"]
    pieces += ["<li>", "</li>", "<ul>", "</ul>", "<h2>", "</h2>", "<dt>a</dt>", "<!-- c -->"]
    found = 0
    for _ in range(3000):
        html = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 60)))
        doc = parse_document("<html><body>" + html + "</body></html>")
        if doc is None:
            continue
        expected = (_THREAD_CANDIDATES(doc), _REPLY_CANDIDATES(doc))
        assert posts._candidates(doc) == expected, html
        found += len(expected[0]) + len(expected[1])
    assert found > 100


def _old_drop_threads(body: Any) -> None:
    """`posts.drop_threads` as it was when it read the page's text first (ce0555f)."""
    threads = [el for el in _THREAD_CANDIDATES(body) if posts._is_thread(el)]
    page = len(text_of(body))
    threads += [
        el
        for el in _REPLY_CANDIDATES(body)
        if el not in threads and posts._replies(el, posts._SIGNED_SHARE * page > len(text_of(el)))
    ]
    for el in threads:
        parent = el.getparent()
        drop_tree(el)
        if (
            parent is not None
            and parent is not body
            and len(text_of(parent).strip()) <= posts._LABEL
        ):
            drop_tree(parent)


def test_threads_dropped_as_when_the_page_text_was_read_first() -> None:
    """The page's text is read only where a block may hold replies: the same blocks go, on
    pages with reader replies (short and long beside the article), threads and none."""
    article = "".join(f"<p>{line}</p>" for line in POST)
    pages = [
        _blog(f"<div class='txt'>{article}</div><div class='c'>{_reader_replies(REPLIES)}</div>"),
        _blog(f"<div class='txt'>{article * 9}</div><div>{_reader_replies(REPLIES[:3])}</div>"),
        _blog(f"<div>{_reader_replies(REPLIES)}</div>"),
        _blog(f"<div class='txt'>{article}</div>"),
        _blog(f"<div class='entries'>{_reader_replies(REPLIES * 3)}</div><p>{POST[0]}</p>"),
        # replies signed under their text: replies where they are under half the page
        _blog(f"<div class='txt'>{article * 4}</div><div>{_signed_replies(REPLIES)}</div>"),
        _blog(f"<div class='txt'>{article}</div><div>{_signed_replies(REPLIES * 2)}</div>"),
    ]
    for page in pages:
        new, old = parse_document(page), parse_document(page)
        assert new is not None and old is not None
        posts.drop_threads(new.find("body"))
        _old_drop_threads(old.find("body"))
        assert to_html(new) == to_html(old)
