"""Chinese portal furniture the generic extractor kept or lost, by kind (session 12).

Every page is one we wrote in the shape of a kind of markup seen on Chinese news portals: a
reprint notice with the desk's contact lines under its bare "声明：" heading, a text-message
subscription offer, toolbars of bracketed widget words, loading placeholders, subheadings
marked up as <h1>, the closing line of a dialogue, an article cut in two by a gallery into
blocks that share an id. The sentences are our own."""

from __future__ import annotations

from pipeline.maintext.core import own_paragraphs
from pipeline.maintext.linekinds import is_boilerplate_line

STORY = [
    "市交通局周三宣布，地铁五号线南延段将于下月底开通试运营，沿线居民出行将更加便利。",
    "新线全长十二公里，共设八座车站，其中三座与既有线路换乘，高峰时段发车间隔为四分钟。",
    "交通局负责人表示，开通初期将安排志愿者在各站引导乘客，并根据客流情况调整运营时间。",
]


def _own(page: str) -> str:
    """Our extractor alone: without the fallback to trafilatura a thin result would get."""
    return "\n".join(own_paragraphs(page))


def _page(body: str, title: str = "地铁五号线南延段下月开通") -> str:
    return (
        f"<html><head><title>{title}</title></head><body>"
        "<div class='nav'><a href='/'>首页</a> <a href='/city'>城市</a></div>"
        f"<div class='main'><h1>{title}</h1>{body}</div></body></html>"
    )


def test_contact_lines_under_a_bare_notice_heading_are_cut() -> None:
    """Under a short article, the portal's reprint notice opens with "声明：" alone on its
    line, then the notice and the desk's telephone, fax and mail lines. The heading and the
    notice are furniture the line filter drops; the contact lines after them go too, though
    they make up half of the lines of a short article."""
    article = "".join(f"<p>{p}</p>" for p in STORY[:2])
    notice = (
        "<p>声明：</p><p>凡注明为其他媒体来源的信息，均为转载自其他媒体，转载并不代表本网赞同其观点。</p>"
        "<p>电话：010-66668888 传真：010-66669999<br>邮箱：news@example.cn 受理时间：周一至周五</p>"
    )
    text = _own(_page(f"<div class='text'>{article}{notice}</div>"))
    assert STORY[1] in text
    assert "010-66669999" not in text
    assert "受理时间" not in text


def test_statement_quoted_in_the_article_is_kept() -> None:
    """A company's statement the article quotes ("公司发布声明：") is text, not a notice."""
    article = "".join(f"<p>{p}</p>" for p in STORY[:2])
    quoted = "<p>公司当晚发布声明：</p><p>我们对给乘客带来的不便深表歉意，将尽快恢复运营。</p>"
    text = _own(_page(f"<div class='text'>{article}{quoted}</div>"))
    assert "将尽快恢复运营" in text


def test_text_message_subscription_offers_are_furniture() -> None:
    """A portal's offer to subscribe to its paper by text message, printed under every
    article: a code to send to a carrier's 106 service number."""
    assert is_boilerplate_line("掌上看新闻，移动用户编辑KX发送至10657788，即可订阅本报手机版。")
    assert is_boilerplate_line("订阅晚报手机报：移动发1到1065800123 电信发WB至10659012")
    # a number in the article's own sentence is not an offer
    assert not is_boilerplate_line("全市共有106名考生参加了这次竞赛，其中十人获得一等奖。")
    assert not is_boilerplate_line("他把消息发到了1062室的同事那里，大家随即开始准备。")


def test_disclaimers_and_takedown_offers_are_furniture() -> None:
    """The disclaimer under a portal's article in its other forms: the label in brackets, a
    'not the site's position' clause, and the offer to take down reprinted text."""
    assert is_boilerplate_line(
        "【免责声明】本文仅代表作者本人观点，与本网无关。本网对文中陈述、观点判断保持中立。"
    )
    assert is_boilerplate_line(
        "声明：本网发布此信息目的在于传播更多信息，与本网站立场无关，请读者自行核实。" * 2
    )
    assert is_boilerplate_line("*本站部分内容转载自其他媒体，如果您认为转载内容侵犯了您的权益，")
    assert is_boilerplate_line("请来信告知，本站将在收到信息核实后48小时内删除相关内容。")
    assert is_boilerplate_line("如有侵权，请联系本站删除。")
    # the article's own sentences about rights and deletions
    assert not is_boilerplate_line("法院认为，被告的行为侵犯了原告的名誉权，判令其公开道歉。")
    assert not is_boilerplate_line("平台表示已删除相关视频，并对发布者的账号作出封禁处理。")


def test_toolbars_of_bracketed_widget_words_are_furniture() -> None:
    """A toolbar printed as bracketed words: bookmark, print, font size, close."""
    assert is_boilerplate_line("【收藏到 书签】【推荐】【打印】【大 中 小】【关闭】")
    assert is_boilerplate_line("【网页格式】 【大 中 小】 【打 印】")
    assert is_boilerplate_line("【收藏】[12]")
    # bracketed words that are the article's: a section label, a list of names
    assert not is_boilerplate_line("【本报讯】【记者 王明】")
    assert not is_boilerplate_line("【打印】机厂商本周发布了三款新品，售价均有下调。")


def test_loading_placeholders_and_expander_labels_are_furniture() -> None:
    """What a script fills in or opens: "正在加载...", "加载中", "阅读剩余全文（）"."""
    for line in (
        "正在加载...",
        "加载中",
        "載入中…",
        "Loading...",
        "阅读剩余全文（）",
        "展开全文 >",
    ):
        assert is_boilerplate_line(line), line
    assert not is_boilerplate_line("加载过程中出现故障，系统随即自动重启。")
    assert not is_boilerplate_line("展开全文检索后，研究人员找到了三份相关档案。")


def test_labels_behind_a_bullet_mark_are_furniture() -> None:
    """A related-links label set apart by a mark ("■相关链接：") is the label it is without."""
    assert is_boilerplate_line("■相关链接：")
    assert is_boilerplate_line("▲ 推荐阅读")
    assert not is_boilerplate_line("■坚果热量高 每天一小把就够")


def test_closing_line_of_dialogue_is_not_a_label() -> None:
    """A story that ends on a short quoted reply: short and without a full stop, it is a
    line of the story, not a label trimmed from the text's end."""
    story = [
        "雨停的时候，她把伞收好，靠在门边，回头看了一眼还坐在窗前写信的弟弟，轻声问他要不要一起出去走走。",
        "弟弟放下笔，想了很久，才把写了一半的信折起来放进抽屉，站起身来对她笑了一下。",
        "“好啊。”",
        "“走吧……”",
    ]
    body = "".join(f"<p>{p}</p>" for p in story)
    text = _own(_page(f"<div class='story'>{body}</div>", "雨后"))
    assert text.endswith("“走吧……”")


def test_subheadings_marked_up_as_h1_inside_the_body_are_kept() -> None:
    """Syndicated copy marks its subheadings up as <h1> inside the article's body, below
    the page's own headline: they are the article's section titles."""
    body = (
        f"<p>{STORY[0]}</p><h1 class='sub'>新线有哪些换乘站？</h1><p>{STORY[1]}</p>"
        f"<h1 class='sub'>开通初期如何运营</h1><p>{STORY[2]}</p>"
    )
    text = _own(_page(f"<div class='text'>{body}</div>"))
    assert "新线有哪些换乘站？" in text
    assert "开通初期如何运营" in text
    assert "地铁五号线南延段下月开通" not in text  # the page's headline stays out


def test_headline_below_a_long_standfirst_stays_out() -> None:
    """The page's headline (its first <h1>) stays out of the text even when the container
    prints a long line above it (a title in another language, a deck)."""
    deck = (
        "Metro Line 5 south extension to open next month, with eight stations and three transfers"
    )
    body = f"<p>{deck}</p><h1>地铁五号线南延段下月开通</h1>" + "".join(f"<p>{p}</p>" for p in STORY)
    page = (
        "<html><head><title>地铁五号线</title></head><body>"
        f"<div class='article'>{body}</div></body></html>"
    )
    text = _own(page)
    assert STORY[2] in text
    assert "地铁五号线南延段下月开通" not in text


def test_next_article_label_is_furniture() -> None:
    assert is_boilerplate_line("Next article")
    assert is_boilerplate_line("Previous story")
    assert not is_boilerplate_line("Next article in the series will look at the budget.")


def test_opening_paragraph_cut_off_by_a_gallery_under_the_same_id_is_kept() -> None:
    """The template closes the body's block after the opening paragraph, prints a gallery,
    and opens a second block with the same id for the rest: the opening is the article's."""
    opening = f"<p>{STORY[0]}</p><p></p>"
    rest = "".join(f"<p>{p}{p}{p}</p>" for p in STORY[1:] * 6)
    gallery = (
        "<div class='gallery'><a href='/p/1'><img src='1.jpg'></a>"
        "<a href='/p/2'><img src='2.jpg'></a><span>1/2</span></div>"
    )
    body = f"<div id='endtext'>{opening}</div>{gallery}<div id='endtext'>{rest}</div>"
    text = _own(_page(f"<div class='article'>{body}</div>"))
    assert text.startswith(STORY[0])
    assert STORY[2] in text


def test_label_ending_on_a_colon_at_the_end_of_the_text_is_trimmed() -> None:
    """Under the article, the label of a keyword list whose links were dropped ("热门关键词:")
    closes the text: a label, colon and all. So does a short line introducing a picture that
    is not text ("现场照片："): nothing is left for it to introduce. A paragraph ending on a
    colon (a long one: a question put to the reader, a quotation's lead) is kept."""
    for label in ("本文热门关键词：", "最后附上一张开通仪式当天拍下的现场照片："):
        body = "".join(f"<p>{p}</p>" for p in STORY) + f"<p>{label}</p>"
        assert _own(_page(f"<div class='text'>{body}</div>")).endswith(STORY[-1])
    lead = (
        "记者在开通仪式现场采访了多位沿线居民，他们对新线路寄予厚望，"
        "其中一位在此居住了三十多年的老人这样说道："
    )
    body = "".join(f"<p>{p}</p>" for p in STORY) + f"<p>{lead}</p>"
    assert _own(_page(f"<div class='text'>{body}</div>")).endswith(lead)


def _watermarked(style: str, cls: str) -> str:
    mark = f"<span class='{cls}'>晨报网 www.example.cn</span>"
    body = "".join(f"<p>{p}{mark}</p>" for p in STORY)
    return _page(f"<div class='text'>{style}{body}</div>")


def test_watermarks_hidden_by_the_pages_own_stylesheet_are_dropped() -> None:
    """A portal sprinkles its name through the article in short elements of a class that
    a stylesheet inside the body hides: no reader sees them."""
    text = _own(_watermarked("<style>.x7k2q { display:none; }</style>", "x7k2q"))
    assert STORY[2] in text
    assert "www.example.cn" not in text


def test_classes_hidden_only_at_one_screen_width_are_kept() -> None:
    """A rule inside @media hides at one width only: what it names is shown elsewhere."""
    style = "<style>@media (max-width: 600px) { .wide { display:none } }</style>"
    assert "www.example.cn" in _own(_watermarked(style, "wide"))


def test_credits_in_brackets_closing_the_article_are_furniture() -> None:
    """The desk's credit closing a Chinese article, alone in brackets: a name and a role,
    or the outlet the text was taken from."""
    for line in (
        "(张晓燕 编译)",
        "（陈立 编辑）",
        "（某某财经网编辑整理）",
        "(江城晚报)",
        "（快报网）",
    ):
        assert is_boilerplate_line(line), line
    # bracketed lines of the article itself: a bare name, an aside, a note on a draft
    for line in ("（王芳）", "（按议题分为三个分会场）", "(第二次征求意见稿)", "(后略)"):
        assert not is_boilerplate_line(line), line


def test_furniture_labels_in_traditional_characters() -> None:
    """Taiwan and Hong Kong portals print the same furniture in traditional characters."""
    for line in (
        "（責任編輯：林小華）",
        "發表時間：2013-05-20 10:15",
        "字級設定：",
        "來源：某某日報",
        "列印",
        "【列印】【關閉】",
    ):
        assert is_boilerplate_line(line), line
    for line in ("市府表示，來源不明的包裹一律不得收件。", "關閉三年的老戲院，今年春天重新開幕。"):
        assert not is_boilerplate_line(line), line


def test_bracketed_timestamp_lines_are_furniture() -> None:
    """A story's date and clock time in brackets, alone or with the bulletin's name."""
    assert is_boilerplate_line("(2013-05-20 19:00)  晚間新聞")
    assert is_boilerplate_line("【2013/05/20 18:30 報導 】")
    # a bracketed date without a time is the text's own note
    assert not is_boilerplate_line("（2004年5月11日，北京）")


def test_blog_post_footer_with_author_and_counters_is_furniture() -> None:
    """A blog post's footer: its author's handle, its counters, an edit link and the time."""
    assert is_boilerplate_line("作者:greenteafan 阅读(23) 评论(2) 编辑 发表于:2006-03-02 21:45")
    assert not is_boilerplate_line("作者在书中回忆了阅读和写作的经历，也谈到了编辑对他的帮助。")


def test_pointer_to_the_site_for_more_is_furniture() -> None:
    """ "更多……请关注 <site>": the site points to itself under the text."""
    assert is_boilerplate_line("更多“家庭理财怎么做”的相关资讯请关注www.example.com")
    assert is_boilerplate_line("更多精彩內容，歡迎瀏覽本網")
    assert not is_boilerplate_line("更多的市民开始关注空气质量，并主动减少驾车出行。")


def test_breadcrumb_printed_as_a_line_is_furniture() -> None:
    """ "您现在的位置：首页 > 体育 > 正文": where the page sits, not what it says."""
    assert is_boilerplate_line("您现在的位置：首页 > 城市 > 正文")
    assert is_boilerplate_line("当前位置：首页->科技频道")
    assert is_boilerplate_line("You are here: Home » News")
    assert not is_boilerplate_line("位置：距市中心约十公里，交通便利。")


def test_share_bars_qr_prompts_and_page_navigation_printed_as_text() -> None:
    """Widgets whose markup says nothing (hashed classes) and reach the text as lines: a
    share bar naming its networks, a prompt to scan the page's QR code, page navigation."""
    for line in (
        "分享到：新浪微博 腾讯微博 QQ空间 微信",
        "扫一扫，用手机看新闻！",
        "用微信扫描二维码 分享至好友和朋友圈",
        "上一页 1 2 3 下一页",
        "打印本页 | 关闭窗口",
        "【字号 大 中 小】",
        "返回顶部",
    ):
        assert is_boilerplate_line(line), line
    for line in (
        "分享快乐的方法有很多种",
        "扫码支付已经成为市民日常生活的一部分，商户也纷纷接入。",
    ):
        assert not is_boilerplate_line(line), line


def test_comments_under_their_count_heading_are_cut() -> None:
    """A blog post, then its comments under "《标题》已有2件评论", the classes saying nothing:
    a comment may be as long as the post (a reader pasting a whole article)."""
    more = [
        "据了解，南延段沿线还将新建两座公交枢纽，方便乘客在地铁站与公交线路之间换乘。",
        "不少沿线居民表示，盼望这条线路已经很久了，以后上班通勤时间可以缩短将近一半。",
    ]
    post = "".join(f"<p class='c1'>{p}</p>" for p in STORY + more)
    pasted = "".join(f"<p class='c1'>网友转贴：{p}{p}</p>" for p in STORY)
    comments = (
        "<h3 class='c2'>《地铁五号线南延段下月开通》已有2件评论</h3>"
        f"<div class='c3'><p class='c4'>May 3rd, 2013 at 9:12 pm</p>{pasted}</div>"
    )
    text = _own(_page(f"<div class='c0'>{post}{comments}</div>"))
    assert STORY[2] in text
    assert "网友转贴" not in text
