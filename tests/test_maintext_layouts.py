"""The generic extractor on page layouts seen on Chinese portals and non-English news sites.

Each page is written here in the shape of real markup (layout tables, a form around the
article, a long text wrapped in a link, layout class names), and each test fails on the
extractor as it was before the layout was handled.
"""

from __future__ import annotations

import random
import re

from pipeline.maintext.cleanline import clean_line
from pipeline.maintext.core import own_paragraphs
from pipeline.maintext.scoring import best_container, find_headline, score_candidates
from pipeline.web.html import compute_stats, parse, prune

ZH = [
    "近日，某市一家医院推出“看病送车票”服务，院方称消费达到一定数额的患者可获赠返乡车票。",
    "临近春节，数亿游子等着回家，买票难、运输难、交通拥挤成为很大的社会问题，需要各方共同面对。",
    "有评论认为，医院的做法并不妥当，却在一定程度上折射出春运之难，值得有关部门认真思考。",
]
ZH_MORE = [
    "据了解，该医院门诊部负责人称，他们只是在做促销，会通过排队和网络预订的方式为患者买票。",
    "春运是举家团圆的时节，游子走得再远也要回家，运力紧张的问题如何缓解，整个社会都在思考。",
    "近些年交通基础设施建设取得了很大进步，高铁、飞机和网络购票也走进了人们的日常生活。",
    "专家建议，解决春运难题既要增加运力，也要引导错峰出行，让更多旅客平安顺利地回到家乡。",
    "多地铁路部门表示，今年将增开临客列车，并延长售票窗口的服务时间，方便老人购票。",
]
RU = [
    "Российский центровой клуба «Денвер» набрал одиннадцать очков в матче регулярного чемпионата.",
    "Самым результативным игроком встречи стал защитник гостей, набравший пятнадцать очков.",
    "В семи матчах сезона команда одержала пять побед и занимает второе место в своей группе.",
]
RELATED_ZH = "".join(
    f"<li><a href='/n/{i}.html'>{t}</a> (2012-01-{10 + i} 10:{i}3:39)</li>"
    for i, t in enumerate(
        [
            "称溺爱老百姓，官员政治需要扫盲",
            "台湾选情的最新观察，九二共识是基石",
            "韩国通往安全最近的路在北京",
            "如果某人执政，两岸关系会怎样",
            "对近期台湾政坛观察的一些感言（二）",
            "回顾各方力挺人选，真是捏一把冷汗",
            "局长变身舵主之后的种种怪现象",
            "两岸经贸合作的新机遇与新挑战",
            "从地方选举看民意走向的变化",
        ]
    )
)


def _zh_page(inner: str) -> str:
    return (
        "<html><head><title>看病送车票 折射春运之难_评论频道</title></head><body>"
        "<div class='top'><a href='/'>首页</a> | <a href='/news'>新闻</a> | <a href='/pl'>评论</a></div>"
        f"{inner}<div class='bottom'>关于我们 | 联系方式 | 网站地图</div></body></html>"
    )


def test_br_separated_cell_in_layout_tables_beats_a_dated_link_list() -> None:
    # the article is one <br>-separated <td>, two layout tables below the column's cell;
    # the column's neighbour holds a list of dated related links
    article = ZH + ZH_MORE
    cell = "<br><br>".join(f"　　{p}" for p in article)
    page = _zh_page(f"""<div><table><tr><td width="700">
        <table><tr><td align="center"><strong>看病送车票 折射春运之难</strong></td></tr></table>
        <table><tr><td id="zoom" style="font-size:16px">{cell}</td></tr></table>
        </td><td width="280"><table><tr><td id="iid"><ul>{RELATED_ZH}</ul></td></tr></table>
        </td></tr></table></div>""")
    assert own_paragraphs(page) == ["看病送车票 折射春运之难", *article]
    doc = parse(page)
    assert doc is not None
    stats = compute_stats(prune(doc))
    top = best_container(score_candidates(stats))  # the column's cell, not the link list
    assert top is not None and top.tag == "td" and top.get("width") == "700"


def test_form_around_headline_and_article_is_not_furniture() -> None:
    # a "mail this article" form wraps the headline and the text; a poll form does not
    text = "".join(f"<p>{p}</p>" for p in ZH)
    page = _zh_page(f"""<div id="cen"><div class="neirong">
        <form name="formarticle" action="/sendmail.jsp" method="post">
        <h1>看病送车票 折射春运之难</h1>
        <div class="laiyuan"><span>2012年01月11日 08:20</span></div>
        <div class="content"><style>.h1 {{ font-size: 22pt }}</style>{text}</div>
        </form>
        <form action="/poll.php"><div id="research"><h3>你如何看待医院的做法？</h3>
        <p>医院借春运促销，做法不妥，应当受到批评和监管</p>
        <p>只要患者自愿，医院赠送车票也是一种便民服务</p></div></form>
        </div></div><div class="right"><ul>{RELATED_ZH}</ul></div>""")
    assert own_paragraphs(page) == ZH


def test_long_text_wrapped_in_one_link_is_text_but_link_teasers_are_not() -> None:
    article = ZH + ZH_MORE  # more than a link's text: pipeline.web.html.MAX_LINK_CHARS
    wrapped = "<br><br>".join(article)
    teasers = "".join(
        f"<div class='item'><a href='/t/{i}'>{p}{p}{p}{p}</a></div>" for i, p in enumerate(ZH)
    )
    page = _zh_page(f"""<div class="introduction"><div class="intr">
        <a href="/article/644768.html">{wrapped}</a></div></div>
        <div class="more">{teasers}</div>""")
    assert own_paragraphs(page) == article


def test_shareable_text_and_sidebar_layout_words_are_not_furniture() -> None:
    # "selectionShareable": text a reader may quote; "twosidebarL": a layout with two sidebars
    paras = "".join(f"<p class='selectionShareable'>{p}</p>" for p in RU)
    page = (
        "<html><head><title>Матч</title></head><body><div class='menu'><a href='/'>Главная</a>"
        f"</div><div class='twosidebarL'><div class='Allnewsbody'>{paras}</div></div>"
        "<div class='share'><a href='#'>Поделиться</a></div></body></html>"
    )
    assert own_paragraphs(page) == RU


def test_reprint_disclaimers_and_follow_us_lines_dropped_in_both_scripts() -> None:
    furniture = [
        "网易声明：网易转载上述内容出于传递更多信息之目的，不表明证实其描述或赞同其观点。",
        "• 凡注明为其他媒体来源的信息，均为转载自其他媒体，转载并不代表本网赞同其观点，"
        "也不代表本网对其真实性负责。",
        "本站声明：股市资讯来源于合作媒体，仅供参考，不构成投资建议，投资者据此操作，风险自担。",
        "(內容由新浪北京提供。未經授權，不得轉載。)",
        "香港新浪新聞現已開設Facebook專頁，讓你即時掌握本地及國際新聞！快點到Facebook Like我們的專頁！",
        "我們也開了Google plus page，如有Google plus account的你，也可follow 我們吧！",
    ]
    kept = [
        *ZH,
        "他说，公司上月开通了微博账号，已有数万名用户关注，但转载率并不高。",
        "Facebook表示，将在本月晚些时候公布新的隐私政策，并邀请用户发表意见。",
    ]
    page = _zh_page(
        f"<div class='content'>{''.join(f'<p>{p}</p>' for p in kept + furniture)}</div>"
    )
    assert own_paragraphs(page) == kept


TEASERS = [
    "Древние писания, говорят, учат: не критикуй власть, не спорь, не суди, не жалуйся; "
    "порой кажется, что наши люди, напротив, самые ярые критики, спорщики, судьи и жалобщики, "
    "и это, как ни странно, радует, удивляет, смешит, огорчает, а иногда и пугает.",
    "Редакция вспомнила, какими событиями, новостями, скандалами, открытиями, рекордами, "
    "потерями и праздниками запомнился прошлый год: выборы, паводки, пожары, свадьбы, "
    "чемпионаты, премьеры, отставки, назначения, реформы, и, конечно, погода.",
]


def test_article_next_to_its_headline_beats_a_punctuation_heavy_teaser() -> None:
    # the headline (the <title>'s text) in <h1>, the short article below it; a "popular"
    # box elsewhere holds teasers whose summaries outscore the article's paragraphs
    teasers = "".join(
        f"<div class='block'><div class='simple_article'>"
        f"<a href='/n/{i}'>Самые читаемые новости недели: выпуск номер {i} от редакции</a>"
        f"<div class='announce'>{t}</div></div></div>"
        for i, t in enumerate(TEASERS)
    )
    page = (
        "<html><head><title>Матч закончился победой гостей. Новости спорта</title></head><body>"
        "<div class='menu'><a href='/'>Главная</a> <a href='/sport'>Спорт</a></div>"
        f"<div class='infoBlock'><div class='newsOne'><h1>Матч закончился победой гостей</h1>"
        f"<div class='typical'>{''.join(f'<p>{p}</p>' for p in RU)}</div></div>"
        f"<div class='popularArticle'>{teasers}</div></div></body></html>"
    )
    doc = parse(page)
    assert doc is not None
    body = prune(doc)
    stats = compute_stats(body)
    cands = score_candidates(stats)
    top = best_container(cands)  # the score alone picks a teaser ...
    assert top is not None and top.get("class") == "simple_article"
    headline = find_headline(body, "Матч закончился победой гостей. Новости спорта")
    assert headline is not None and headline.tag == "h1"
    near = best_container(cands, headline)  # ... the headline picks the article
    assert near is not None and near.get("class") == "typical"
    assert own_paragraphs(page) == RU


def test_keyword_links_inside_sentences_kept_but_a_share_link_line_dropped() -> None:
    # portals link keywords inside the article's sentences with a class that also marks
    # tag clouds ("keyword"); the words stay, a share link on its own line does not
    sentence = (
        "然而，这并不代表<a class='keyword_link' href='/k/1'>柯达</a>已完全脱离了"
        "<a class='keyword_link' href='/k/2'>破产</a>危机，其目前正通过出售专利等形式补充现金流。"
    )
    page = _zh_page(
        f"<div class='content'><p>{ZH[0]}</p><p>{sentence}</p><p>{ZH[1]}</p>"
        "<p><a class='share' href='/s'>分享到微博</a> <a class='share' href='/w'>分享到微信</a></p>"
        f"<p>{ZH[2]}</p></div>"
    )
    assert own_paragraphs(page) == [
        ZH[0],
        "然而，这并不代表柯达已完全脱离了破产危机，其目前正通过出售专利等形式补充现金流。",
        ZH[1],
        ZH[2],
    ]


def test_clean_line_collapses_ascii_blanks_and_keeps_no_break_spaces() -> None:
    # clean_line skips its whitespace pass on lines without a run or another blank: on any
    # mix of blanks it must give what one pass over the whole line gives.
    spaces, invisible = (
        re.compile(r"[ \t\r\n\f\v]+"),
        re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]"),
    )
    assert clean_line(" Le\u00a0chiffre :\t43\u00a0% \n ") == "Le\u00a0chiffre : 43\u00a0%"
    assert clean_line("a\u200b b  c") == "a b c"
    rng = random.Random(3)
    pieces = [
        "a",
        "中",
        " ",
        "  ",
        "\t",
        "\n",
        "\r",
        "\f",
        "\v",
        "\u00a0",
        "\u202f",
        "\u00ad",
        "\u200b",
    ]
    for _ in range(2000):
        line = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        assert clean_line(line) == spaces.sub(" ", invisible.sub("", line)).strip(), repr(line)
