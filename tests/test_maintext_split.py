"""The generic extractor on how an article sits among other blocks of its page.

An article split into several wrappers of one template (news pages cut a long article with
ad slots: `<div class="story-part"><div class="story-body">...</div></div>` side by side, the
ad between them); a short article under its headline beside a bigger teaser list or legal
footer; an author's bio under the article. Each test but one fails on the extractor as it was
before the layout was handled; the third checks that a lone wrapper still gives its body
alone.
"""

from __future__ import annotations

from pipeline.maintext.core import own_paragraphs

PART_1 = [
    "The sale is a complicated beast, showing how different structures treat shareholders.",
    "First, let us say what the sale is not: it is not a sale of the publicly traded company.",
    "The sale is being done in two steps, the first one a transfer of assets to a subsidiary.",
]
PART_2 = [
    "In the second step, at the closing, the company will sell the subsidiary to the buyer.",
    "Because it is a sale of a subsidiary, the money will be paid to the company itself.",
    "Its shareholders will not receive any money unless the company pays out a dividend.",
    "The buyer will then run the business under the same umbrella as its other properties.",
    "As for the remaining company, it will become a holding company for investments.",
]
INTRO = "A short intro that sums up the story in one sentence, before the body starts."
NOTICE = "All rights reserved. No part of this site may be reproduced without our consent."
TEASERS = "".join(
    f"<li><a href='/story/{i}'>Another story about markets, number {i}, read it now</a></li>"
    for i in range(8)
)


def _page(inner: str) -> str:
    return (
        "<html><head><title>A complicated sale - The Daily</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/business'>Business</a></nav>"
        f"<div id='main'>{inner}</div>"
        "<footer>About us - Contact - Terms</footer></body></html>"
    )


def _paras(paras: list[str]) -> str:
    return "".join(f"<p>{p}</p>" for p in paras)


def _split_article(before: str = "", after: str = "") -> str:
    return _page(
        f"{before}"
        f"<div class='story-part'><div class='story-body'>{_paras(PART_1)}</div></div>"
        "<div class='interrupter'><a href='#part-2'>Continue reading the main story</a></div>"
        f"<div class='story-part'><div class='story-body'>{_paras(PART_2)}</div></div>"
        f"<div class='story-part'><ul>{TEASERS}</ul></div>"
        f"{after}"
    )


def test_article_split_by_an_ad_slot_is_read_whole() -> None:
    paras = own_paragraphs(_split_article())
    assert paras == PART_1 + PART_2  # not PART_2 alone, and not the teaser list of the template


def test_intro_before_the_wrapped_body_is_kept_but_not_its_header_or_a_notice_after_it() -> None:
    header = (
        "<div class='header'><h1>A complicated sale</h1>"
        "<p>By <a href='/a/jane'>Jane Doe</a>, a reporter who covers deals, mergers and "
        "markets for the business desk, <a href='/business'>Business</a></p></div>"
    )
    page = _split_article(before=f"{header}<p>{INTRO}</p>", after=f"<div>{NOTICE}</div>")
    paras = own_paragraphs(page)
    assert paras == [INTRO, *PART_1, *PART_2]


def test_single_wrapped_article_keeps_its_own_siblings_rule() -> None:
    # one wrapper, nothing of its class beside it: the wrapped body alone, as before
    page = _page(
        f"<div class='story-part'><div class='story-body'>{_paras(PART_2)}</div></div>"
        f"<div class='more'><ul>{TEASERS}</ul></div><div>{NOTICE}</div>"
    )
    assert own_paragraphs(page) == PART_2


ZH_SHORT = [
    "为方便乘客于农历新年期间外出，列车服务和部分轻铁路线于除夕晚将会提供通宵服务。",
    "另外，机场快线于下周起，将由以往十二分钟一班车，加密至十分钟一班车，方便旅客往来。",
]
ZH_TEASERS = [
    "公司年终晚宴通常有抽奖活动，但一名员工在公司年会竟抽到迟到券作奖品，凭券返工可迟到……",
    "一对相依二十五载的孪生姊妹，昨往市区消遣后坐的士回家，途中因人生取向起争执，换来……",
    "二维码及无线网络技术简单易用，成为不少市民上网娱乐的工具，惟两者日趋普及，惹来……",
    "财政危机严峻，不少家庭因陷入财困而出现弃童潮，学校、教会及慈善机构过去数月不断……",
    "消费电子产品展周二揭幕，各家电视机大厂力推具备互动功能的智能电视，声控取代遥控……",
]


def test_short_article_by_its_headline_beats_a_bigger_list_of_teasers() -> None:
    # the article is one short block under its <h1>; beside it a "most read" list whose
    # items each link to another story and carry a summary holds ten times its text
    items = "".join(
        f"<li><div class='txt'><a href='/n/{i}.html'>热门新闻标题第{i}则</a>"
        f"<cite>日报 - 12小时前</cite></div><p>{t}</p></li>"
        for i, t in enumerate(3 * ZH_TEASERS)
    )
    page = (
        "<html><head><title>铁路农历新年加强服务 - 新闻</title></head><body>"
        "<div class='col-main'><div class='mod'><div class='hd'><h1>铁路农历新年加强服务</h1>"
        f"</div><div class='bd'>{'<br>'.join(ZH_SHORT)}</div></div></div>"
        "<div class='col-right'><div class='mod top-story'><h3>最热门新闻</h3><div class='bd'>"
        f"<ul>{items}</ul></div></div></div></body></html>"
    )
    assert own_paragraphs(page) == ZH_SHORT


RU_SHORT = [
    "Российский центровой клуба «Денвер» набрал одиннадцать очков в матче регулярного чемпионата.",
    "Самым результативным игроком встречи стал защитник гостей, набравший пятнадцать очков.",
    "В семи матчах сезона команда одержала пять побед и занимает второе место в своей группе.",
]
LEGAL = [
    "Владелец и правообладатель проекта: © Агентство новостей, версия 5.0, август 2004-2013.",
    "Правовые ограничения: согласно договору между агентством и владельцем, все права защищены.",
    "Доля на сайте материалов зарегистрированного СМИ, с указанными выше реквизитами, составляет.",
    "Допускается цитирование материалов без согласования, не более половины объёма, со ссылкой.",
]


def test_headline_with_a_date_the_title_lacks_still_picks_the_short_article() -> None:
    # the <h1> adds the time of publication to the title's headline; a legal footer of
    # punctuated sentences outscores the two-paragraph article
    page = (
        "<html><head><title>NEWS.RU::: Центровой «Денвера» набрал одиннадцать очков в матче чемпионата / 05.01.12 / Спорт"
        "</title></head><body><table><tr><td class='main'>"
        "<h1>Центровой «Денвера» набрал одиннадцать очков в матче чемпионата 05.01.12 13:00</h1>"
        f"<div class='text'>{_paras(RU_SHORT)}</div></td></tr></table>"
        f"<div class='bottom'>{_paras(LEGAL)}</div></body></html>"
    )
    assert own_paragraphs(page) == RU_SHORT


BIO = (
    "Born in 1995, she studied radio, television and cinema at the university and joined the "
    "newsroom in 2019, where she has covered culture, television and celebrity news ever since "
    "for the web desk; before that she wrote for two local papers and a regional radio station."
)


def test_an_author_bio_under_the_article_is_not_its_text() -> None:
    # a bio of sentences, longer than the short furniture dropped by weak class words
    page = _page(
        f"<div class='news-content'>{_paras(PART_1 + PART_2)}"
        "<div class='news-content-bottom'><div class='news-author'>Jane Doe, web editor</div>"
        f"<div class='news-author-bio'><h3>About the editor</h3><span>{BIO}</span></div>"
        "</div></div>"
    )
    assert own_paragraphs(page) == PART_1 + PART_2


OPINION_BOX = (
    "<div class='box-message'><b>Opinion</b><span>A text in which the author presents and "
    "defends ideas and opinions, from the interpretation of facts and data.</span></div>"
)
PROMO = (
    "<div class='promo'><a href='/newsletter'>Sign up for the morning newsletter and get the "
    "day's news in your inbox</a></div>"
)


PART_3 = [
    "Analysts said the structure was chosen to keep the deal away from a shareholder vote.",
    "Several funds holding the stock said they would study the terms before taking a view.",
    "The company said it expected the sale to close before the end of the third quarter.",
]
LINKED = (
    "The buyer, <a href='/story/buyer'>a group that owns three newspapers</a> and a radio "
    "network, announced the deal on Monday."
)
LINKED_TEXT = (
    "The buyer, a group that owns three newspapers and a radio network, announced the deal "
    "on Monday."
)


def _fragments(before_headline: str = "", between: str = "") -> str:
    """An article printed as fragments of one class, each in its own grid row, cut by a
    newsletter promo; the later rows nest one level deeper than the first, whose linked
    sentence keeps section widening from climbing to the whole article."""
    return _page(
        f"<article><div>{before_headline}<div class='headline'><h1>A complicated sale</h1></div>"
        f"{between}<div class='row grid'><div class='column'><div class='text-fragment'>"
        f"<p>{LINKED}</p>{_paras(PART_1[:2])}</div></div></div></div>{PROMO}"
        "<div><div><div class='row'><div class='column'><div class='text-fragment'>"
        f"{_paras(PART_1[2:] + PART_2 + PART_3)}</div></div></div></div></div></article>"
    )


def test_article_in_fragments_around_an_inserted_box_is_read_from_its_first_fragment() -> None:
    assert own_paragraphs(_fragments()) == [LINKED_TEXT, *PART_1, *PART_2, *PART_3]


def test_fragments_of_the_class_before_the_headline_or_in_a_list_are_not_the_article() -> None:
    teaser = (
        "<div class='text-fragment'><p>Yesterday the markets fell again, as traders weighed "
        "the rates outlook and the central bank's last statement.</p></div>"
    )
    listed = "".join(
        f"<li><div class='text-fragment'><a href='/story/{i}'>Markets, part {i}</a><p>Another "
        "story about markets, with a summary sentence.</p></div></li>"
        for i in range(3)
    )
    page = _fragments(before_headline=teaser, between=f"<ul>{listed}</ul>")
    assert own_paragraphs(page) == [LINKED_TEXT, *PART_1, *PART_2, *PART_3]
