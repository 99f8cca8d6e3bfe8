"""The generic extractor on pages whose class names say nothing (CSS-in-JS and utility
classes: "css-1q2w3e", "c9a0364"): the container and the furniture are told apart by
structure alone. Pages we wrote ourselves in the shape of the misses measured with every
class and id of the dev corpora replaced by a hash."""

from __future__ import annotations

from tests.sample_pages import COUNCIL_STORY as STORY
from tests.sample_pages import own_text as _own


def _page(body: str) -> str:
    return (
        "<html><head><title>Council passes budget</title></head><body>"
        "<div class='css-a1b2c3'><a href='/'>Home</a> <a href='/news'>News</a></div>"
        f"{body}</body></html>"
    )


def _comment(i: int, day: int) -> str:
    text = (
        f"Reader {i} thinks the budget is a mistake, and that the council should have cut"
        " more before raising taxes again this year."
    )
    return (
        "<div class='css-9f8e7d'>"
        f"<p class='css-1k2j3h'>{text}</p>"
        f"<p class='css-4l5m6n'>- reader{i}, Springfield, {day}/1/2012 08:{10 + i}</p>"
        "<div class='css-7o8p9q'><span>Click to rate</span> <span>Rating</span>"
        f" <span>{i}</span></div>"
        "<p class='css-0r1s2t'><a href='/report'>Report abuse</a></p>"
        "</div>"
    )


def test_comments_signed_at_their_end_are_dropped() -> None:
    """Readers' comments printed as blocks of one shape, each signed under its text with a
    name and a day/month/year time, beside an article longer than them: the thread goes,
    though no class names it."""
    article = "".join(f"<p>{p}</p>" for p in STORY)
    comments = "".join(_comment(i, 12 - i) for i in range(1, 4))
    text = _own(
        _page(
            f"<div class='css-x1y2z3'><h1>Council passes budget</h1>{article}</div>"
            f"<div class='css-q9w8e7'>{comments}</div>"
        )
    )
    for para in STORY:
        assert para in text
    assert "Reader 2 thinks" not in text
    assert "Springfield" not in text


def test_forum_posts_signed_at_their_end_are_kept() -> None:
    """A forum thread's page is its posts, the first one signed as the replies are: a block
    of signed posts that holds most of the page is not a comment thread to drop."""
    posts = "".join(_comment(i, 12 - i) for i in range(1, 6))
    text = _own(_page(f"<h1>Council passes budget</h1><div class='css-q9w8e7'>{posts}</div>"))
    assert "Reader 1 thinks" in text
    assert "Reader 4 thinks" in text


SHARE_BAR = (
    "<div class='css-5t6y7u'><span>Share</span>"
    "<a href='https://www.facebook.com/sharer/sharer.php?u=https://example.org/a'>Facebook</a>"
    "<a href='https://twitter.com/intent/tweet?url=https://example.org/a'>Twitter</a>"
    "<a href='https://pinterest.com/pin/create/button/?url=https://example.org/a'>Pinterest</a>"
    "<a href='mailto:?subject=Council%20passes%20budget'>Email</a>"
    "<a href='https://wa.me/?text=https://example.org/a'>WhatsApp</a></div>"
)
GUIDE = [
    f"The {name} programme runs for twelve weeks, costs less than a semester of college, and"
    " ends with a portfolio that students can show to employers across the city."
    for name in ("design", "coding", "marketing", "data", "network", "project")
]


def test_share_buttons_by_the_headline_do_not_stop_widening() -> None:
    """The headline block holds the share buttons (links to the networks' share endpoints)
    next to the intro that scores best; named by hashes, the bar is not pruned, and its
    links kept the container from widening to the guide's sections after the intro."""
    intro = "<p>" + " ".join(STORY) + "</p>"
    hero = (
        f"<div class='css-h3r0'><div class='css-h3ad'><h1>Council passes budget</h1>"
        f"<p>What the new budget means for you</p>{SHARE_BAR}</div>"
        f"<div class='css-1ntr0'>{intro}</div></div>"
    )
    items = "".join(
        f"<div class='css-1t3m'><h2>Course {i}</h2><div class='css-p4r4'><p>{text}</p></div></div>"
        for i, text in enumerate(GUIDE)
    )
    text = _own(_page(f"<main><section class='css-s3ct'>{hero}{items}</section></main>"))
    assert STORY[0] in text
    for para in GUIDE:
        assert para in text


TERMS = (
    "No part of the works published in this newspaper may be copied, reproduced or further"
    " distributed in any form and by any means, electronic, mechanical or other, including"
    " copying, digitization, photocopying and publication on the Internet, without the written"
    " consent of the publisher. Any use of the works, in whole or in part, without that consent"
    " infringes the publisher's rights and may be prosecuted under the law."
)


def test_rights_notice_after_the_article_is_not_more_of_it() -> None:
    """Under the article, a block opening with "© All rights reserved" (a button over the
    publisher's reprint terms): the terms read as prose, and with the block's class hashed
    they were taken as the article's next sibling."""
    article = "".join(f"<p>{p}</p>" for p in STORY)
    notice = (
        "<div class='css-r1g2h3'><div class='css-b7u8t9'>&copy; "
        "<a href='javascript:void(0)'>All rights reserved</a></div>"
        f"<div class='css-t3r4m5'><div class='css-t3x7'>{TERMS}</div></div></div>"
    )
    text = _own(
        _page(
            "<div class='css-m4i5n6'><h2>Council passes budget</h2>"
            f"<div class='css-a7r8t9'>{article}</div>{notice}</div>"
        )
    )
    assert STORY[-1] in text
    assert "No part of the works" not in text


def test_footer_opening_with_the_rights_sign_does_not_outscore_a_short_article() -> None:
    """A footer line "date. © Publisher | Advertising | Contacts" followed by the site's reuse
    terms, its class hashed, scored more than a short article of two paragraphs."""
    article = "".join(f"<p>{p}</p>" for p in STORY[:2])
    footer = (
        "<div class='css-f0o1t2'><div class='css-f3o4'>Wednesday, 10 April 2013. &copy; Example"
        " Media LLC | <a href='/ads'>Advertising</a> | <a href='/contact'>Contacts</a> |"
        f" <a href='/rss'>RSS</a>. {TERMS}</div></div>"
    )
    text = _own(_page(f"<div class='css-b0d1'><div class='css-c2d3'>{article}</div></div>{footer}"))
    assert STORY[0] in text
    assert "No part of the works" not in text


PARTNERS = [
    ("Our Life", "daily magazine for women, men, the family and more."),
    ("Green Media", "web sites, news portals, online shops, hosting."),
    ("Jet Air", "aircraft and helicopter charters, air taxi, cargo."),
    ("Go Syros", "the tourist portal of the island: hotels, car rental."),
    ("Island Radio", "music, news, sport and weather, live, day and night."),
]


def test_partner_directory_beside_the_headline_does_not_beat_the_article() -> None:
    """Under the headline, a short article and a directory of partner sites (a name, a blurb
    and a linked address each) sit at one depth; with classes hashed the directory scored
    more, though a third of its text is links."""
    article = "".join(f"<p>{p}</p>" for p in STORY[:3])
    entries = "".join(
        f"<div class='css-p1a2'><b>{name}</b> : {blurb}"
        f" <a href='https://{name.replace(' ', '').lower()}.example'>"
        f"www.{name.replace(' ', '-').lower()}-online.example.com</a></div>"
        for name, blurb in PARTNERS
    )
    text = _own(
        _page(
            "<div class='css-w1r2'><div class='css-h1d2'><h1>Council passes budget</h1></div>"
            f"<div class='css-b0d1'>{article}</div>"
            f"<div class='css-d1r2'><div class='css-d3r4'>{entries}</div></div></div>"
        )
    )
    assert STORY[0] in text
    assert "aircraft and helicopter" not in text


def test_print_copy_of_an_article_with_a_lead_is_read_once() -> None:
    """A column holding the article (headline, date, lead, body opening with bare text around
    an ad slot) and, after the comments, its print layer (headline, lead and body again),
    hidden by a class that a hash no longer names: the body is taken once. Each copy scored
    under three quarters of the column, which their bare text and the lead add to."""
    lead = "Police intervened 62 times during the New Year's party, mostly for small fights."
    ad = "<div class='css-a0d1'>Skip to text ADVERTISEMENT /* (c) Ads 2003-2012, point.group */</div>"
    body = f"{STORY[0]}<p>{STORY[1]}</p>{ad}<p>{STORY[2]} {STORY[3]}</p>"
    copy = f"{STORY[0]}<p>{STORY[1]}</p><p>{STORY[2]} {STORY[3]}</p>"
    column = (
        "<div id='css-l3f7'><h2>Council passes budget</h2><div class='css-d4t3'>2012-01-01 13:26"
        f"</div><div class='css-l3a4'>{lead}</div><div class='css-c0n7'>{body}</div>"
        "<div class='css-c0m3'>Your comments</div>"
        "<div class='css-t0o1'><a href='#'>Newest</a> <a href='#'>Oldest</a></div>"
        f"<div class='css-d1s4' id='css-p7l4'><h2>Council passes budget</h2>"
        f"<div class='css-h34d'>{lead}</div><div class='css-c0n8'>{copy}</div></div></div>"
    )
    text = _own(_page(column))
    assert STORY[0] in text
    assert text.count(STORY[3]) == 1


def _appeal(lines: list[str], shown: bool) -> str:
    paras = "".join(f"<p>{line}</p>" for line in lines)
    return f"<div class='css-v{int(shown)}a'>{paras}<p>Already a member? Log in.</p></div>"


def test_appeal_printed_in_several_versions_is_dropped() -> None:
    """Under the article, inside its container, a donation appeal ships its versions side by
    side (one shown by a script, the others hidden by a class): with classes hashed they read
    as the article's prose. Two of its versions print the same text."""
    first = [
        "As the country heads to the polls, the very future of our town is at stake, and we"
        " believe that a free press is critical to an informed and engaged public.",
        "Our reporters will keep covering every twist of the campaign. Give as little as $2.",
    ]
    versions = _appeal(first, False) + _appeal(first, True)
    appeal = (
        "<div class='css-ap1'><h4>Our coverage needs you</h4><h4>We need your help</h4>"
        f"<div class='css-ap2'>{versions}</div></div>"
    )
    article = "".join(f"<p>{p}</p>" for p in STORY)
    text = _own(
        _page(f"<div class='css-b0d1'><h1>Council passes budget</h1>{article}{appeal}</div>")
    )
    assert STORY[-1] in text
    assert "free press" not in text
    assert "needs you" not in text


def _reply(name: str, day: int, text: str) -> str:
    return (
        f"<div class='css-r3p1'><span class='css-av4'>{name[0]}</span>"
        f"<div class='css-u5r'><b>{name}</b> <span>x{day}K</span></div>"
        f"<div class='css-d4t'>{day} Jul 2020</div><p class='css-t3x'>{text}</p>"
        "<a href='/reply'>Reply</a></div>"
    )


def test_replies_dated_without_a_time_are_dropped() -> None:
    """Readers' replies under the article, each opening with an avatar's letter, a name and a
    day, month and year but no time of day, and holding under half the page's text: with
    classes hashed, the thread was taken as the article's next section."""
    article = "".join(f"<p>{p}</p>" for p in STORY + GUIDE[:3])
    replies = "".join(
        _reply(
            name,
            day,
            f"{name} thinks the council, once again, should have cut more before raising taxes;"
            " the library can wait, the roads cannot, and nobody asked us.",
        )
        for name, day in (("Johnrb", 30), ("Vegeta", 22), ("Carol", 21), ("Dan", 20))
    )
    text = _own(
        _page(
            f"<div class='css-m41n'><h1>Council passes budget</h1><div class='css-b0d1'>{article}"
            f"</div><div class='css-c0m'>Reader comments{replies}</div></div>"
        )
    )
    assert STORY[-1] in text
    assert "thinks the council" not in text


def test_slideshow_counted_one_to_n_inside_the_body_is_set_aside() -> None:
    """A slideshow of many captioned slides inside the article's body, each opening with its
    counter ("3/12"): its captions outscored the article, and only its class named it."""
    article = "".join(f"<p>{p}</p>" for p in STORY)
    slides = "".join(
        f"<li><span>{i}/12</span> <b>Project {i}</b> Project {i} is one of the works the new"
        f" budget pays for, with money set aside for it, plans drawn and a start date in"
        f" spring. <span>PHOTO: CITY HALL</span></li>"
        for i in range(1, 13)
    )
    text = _own(
        _page(
            f"<div class='css-b0d1'><h2>Council passes budget</h2>{article}"
            f"<div class='css-s1d3'><ul class='css-s2d4'>{slides}</ul></div></div>"
        )
    )
    assert STORY[0] in text and STORY[-1] in text
    assert "Project 5 is one" not in text


def test_recipe_quantities_are_not_slide_counters() -> None:
    """A list of ingredients opening with fractions ("1/4 cup") is no slideshow."""
    items = "".join(
        f"<li>{q} cup of {what}, chopped, washed and dried before it goes in the pot</li>"
        for q, what in (("1/4", "onion"), ("3/4", "celery"), ("1/4", "carrot"), ("1/2", "leek"))
    )
    text = _own(_page(f"<div class='css-b0d1'><h2>Soup</h2><ul class='css-i1'>{items}</ul></div>"))
    assert "celery" in text


def test_opening_before_a_read_more_expander_is_kept() -> None:
    """The article's caption, intro and first paragraphs, then the rest of it in an expander
    under a "Read more" label: the expander's body scored best, and its wrapper, adding the
    label, hid the opening before it from the sibling rule."""
    opening = (
        "<div class='css-m3d1'><p class='css-c4p'>The town hall, where the debate lasted four"
        " hours.</p></div>"
        f"<div class='css-1n7r'><p><strong>{STORY[0]}</strong></p></div><p>{STORY[1]}</p>"
    )
    rest = "".join(f"<p>{p}</p>" for p in STORY[2:] + GUIDE)
    text = _own(
        _page(
            f"<div class='css-b0d1'>{opening}<div id='css-r3m'><span>Read more</span>"
            f"<div id='css-r3c'>{rest}</div></div></div>"
        )
    )
    assert STORY[0] in text and STORY[1] in text
    assert GUIDE[-1] in text


ZH_STORY = [
    "市议会周二晚间通过了新的预算方案，此前的辩论持续了将近四个小时，吸引了大批市民到场旁听。",
    "居民们对这一方案各抒己见，方案将房产税提高百分之二，并拨出资金用于道路维修和新建图书馆分馆。",
    "市长表示，这是十年来最小的一次增幅，市政府在要求纳税人多付之前，已经削减了各部门的开支。",
    "反对者表示将征集签名推动全民公决，首次会议定于下周在榆树街社区中心举行，欢迎市民参加。",
]


def test_copyright_notice_under_its_heading_is_cut() -> None:
    """Under the article, a site's copyright notice opens with its heading alone on a line
    ("版权声明："); with classes hashed its block read as the article's last section. The
    heading is furniture the line filter drops: the notice after it goes too."""
    article = "".join(f"<p>{p}</p>" for p in ZH_STORY)
    notice = (
        "<div class='css-n0t1'><p>版权声明：</p><p>凡注明来源为本网的所有文字、图片和音视频作品，"
        "版权均属本网所有，未经书面许可，任何单位和个人不得以任何方式转载、摘编或使用。</p></div>"
    )
    text = _own(_page(f"<div class='css-b0d1'><div class='css-a7r8'>{article}</div>{notice}</div>"))
    assert ZH_STORY[-1] in text
    assert "凡注明来源" not in text


def _slide(caption: str, hidden: str | None) -> str:
    attr = f" aria-hidden='{hidden}'" if hidden else ""
    return (
        f"<figure class='css-s1l2d3'{attr}><img src='/p.jpg' alt=''>"
        f"<figcaption class='css-c4p5t6'>{caption}</figcaption></figure>"
    )


CAPTIONS = [
    "The mayor speaks to residents at the town hall before the vote on Tuesday evening.",
    "Presiden berbicara kepada warga di balai kota sebelum pemungutan suara pada hari Selasa.",
    "Le maire s'adresse aux habitants à la mairie avant le vote de mardi soir, devant la foule.",
    "Der Bürgermeister spricht vor der Abstimmung am Dienstagabend mit den Bewohnern im Rathaus.",
    "El alcalde habla con los vecinos en el ayuntamiento antes de la votación del martes.",
]


def test_a_carousels_hidden_slides_are_dropped() -> None:
    """A photo story: a short text, then a carousel whose script hides every slide but the
    current one from assistive technology (aria-hidden="true"). The hidden slides' captions,
    longer together than the text, are not what the reader sees; the shown slide's is."""
    slides = _slide(CAPTIONS[0], "false") + "".join(_slide(c, "true") for c in CAPTIONS[1:])
    text = _own(
        _page(
            "<div class='css-x1y2z3'><h1>Council passes budget</h1>"
            f"<p class='css-l3e4d5'>{STORY[0]}</p>"
            f"<div class='css-t7r8k9'><div class='css-w1r2p3'>{slides}</div></div></div>"
        )
    )
    assert STORY[0] in text and CAPTIONS[0] in text
    assert not any(c in text for c in CAPTIONS[1:])


def test_a_section_hidden_alone_is_kept() -> None:
    """A collapsed section of the article is hidden from assistive technology until opened:
    one block hidden beside others of its tag that are not slides (no shown twin hidden
    with it), read as the article."""
    sections = "".join(
        f"<div class='css-a0c0r{i}'><h2>Part {i}</h2>"
        f"<div class='css-p4n5l6' aria-hidden='{'true' if i == 1 else 'false'}'>"
        f"<p>{STORY[i]}</p></div></div>"
        for i in range(1, 4)
    )
    text = _own(
        _page(
            "<div class='css-x1y2z3'><h1>Council passes budget</h1>"
            f"<p>{STORY[0]}</p>{sections}</div>"
        )
    )
    assert all(p in text for p in STORY)


ACCOUNT_PROMPTS = [
    (
        "You can comment on most stories here, and agree or disagree with other readers."
        " All you need to do is <a href='/s?action=reg'>register</a> and/or"
        " <a href='/s?action=login'>login</a> and you can join the conversation today."
    ),
    (
        "Créez votre compte pour suivre la rédaction et recevoir nos alertes du matin."
        " <a href='/inscription?ref=article'>S'inscrire</a> · Déjà inscrit ?"
        " <a href='/connexion?ref=article'>Se connecter</a>, puis reprenez votre lecture."
    ),
    (
        "注册本站账号，一起分享生活中的新鲜事，关注记者、名人和朋友的最新动态，"
        "通过网页和手机随时评论、转发和收藏文章！<a href='/member/zhuce.php'>免费注册</a>"
        "，已有帐号？<a href='/member/denglu.php'>马上登录</a>。"
    ),
]


def test_a_box_linking_to_log_in_and_to_register_is_dropped() -> None:
    """A comment box for readers not logged in, a sign-up prompt: a short block linking both
    to log in and to open an account, in English, French and Chinese, under the article,
    where without class names it reads as more of its text."""
    for prompt in ACCOUNT_PROMPTS:
        text = _own(
            _page(
                "<div class='css-x1y2z3'><h1>Council passes budget</h1>"
                f"<div class='css-b0d1y2'><p>{STORY[0]}</p><p>{STORY[1]}</p></div>"
                f"<div class='css-c0m1n2'><p class='css-s1m2l3'>{prompt}</p></div></div>"
            )
        )
        assert text == f"{STORY[0]}\n{STORY[1]}", prompt


def test_a_paragraph_linking_to_a_login_page_is_kept() -> None:
    """An article's sentence may link to a login page; without a link to register beside
    it, it is no prompt."""
    login = (
        "Voters can check their registration status after they"
        " <a href='https://vote.example.org/login'>log in to the state portal</a> with"
        " the number printed on their card."
    )
    text = _own(
        _page(
            "<div class='css-x1y2z3'><h1>Council passes budget</h1>"
            f"<p>{STORY[0]}</p><p>{login}</p><p>{STORY[1]}</p></div>"
        )
    )
    assert "log in to the state portal" in text


NEXT_STORY = [
    "The city's oldest bakery closed its doors on Saturday after ninety years, and a line of"
    " customers stretched around the block for a last loaf of rye.",
    "Its owner, the founder's granddaughter, said rising rents and a shortage of bakers had"
    " made the shop impossible to keep open, though she had tried for five years.",
    "Regulars brought photographs of the shop from the 1950s, when the ovens ran all night"
    " and the whole street smelled of bread before dawn, and left them on the counter.",
    "The building will be sold in the spring; a developer has offered to keep the old sign,"
    " and the family says it will give the recipes to the city's cooking school.",
    "她说，面包店的老顾客们带来了上世纪五十年代的照片，那时烤炉整夜不停，整条街在黎明前就飘着面包香。",
    "大楼将在春天出售，开发商表示愿意保留老招牌，家人说会把配方捐给本市的烹饪学校。",
]


def test_the_next_story_under_a_short_article_is_set_aside() -> None:
    """A page that loads the next story under the first prints it whole, with its own <h1>
    and byline; a long one outscores a short article of two paragraphs. The page's story
    is the one under the headline the <title> names."""
    story = "".join(f"<p>{p}</p>" for p in NEXT_STORY)
    text = _own(
        _page(
            "<div class='css-m1a2n3'><div class='css-x1y2z3'><h1>Council passes budget</h1>"
            "<div class='css-b1y2l3'>City desk · 2024-05-20 13:09</div>"
            f"<div class='css-b0d1y2'><p>{STORY[0]}</p><p>{STORY[1]}</p></div></div>"
            "<div class='css-n3x4t5'><h1>The last loaf: an old bakery closes</h1>"
            "<div class='css-b1y2l3'>Food desk · 2023-06-01 00:48</div>"
            f"<div class='css-b0d1y2'>{story}</div></div></div>"
        )
    )
    assert text == f"{STORY[0]}\n{STORY[1]}"


def test_a_second_headline_over_the_body_is_the_same_story() -> None:
    """A header prints the headline the <title> names and the body its own <h1> in other
    words: no prose of the page's story stands between them, so the body is not another
    story."""
    body = "".join(f"<p>{p}</p>" for p in STORY)
    text = _own(
        _page(
            "<div class='css-h1e2a3'><h1>Council passes budget</h1></div>"
            "<div class='css-m1a2n3'><div class='css-a1s2d3'><a href='/promo'>Subscribe</a></div>"
            "<div class='css-x1y2z3'><h1>Taxes up two percent as the council votes</h1>"
            f"{body}</div></div>"
        )
    )
    assert all(p in text for p in STORY)


def test_a_headline_printed_as_h2_under_a_section_h1_is_found() -> None:
    """A page whose <h1> is its section's name ("Здоровье", "Gesundheit") prints the headline
    the <title> names as an <h2>. The article by it is short; a box of partner links (their
    sentences full of domain names, each dot counted as punctuation) outscores it without
    class names, but sits away from the headline."""
    cases = [
        (
            "Здоровье",
            "Врачи нашли новый способ лечения",
            "Врачи из Киева доказали, что новый метод лечения работает. На конференции, которая"
            " прошла в пятницу, они показали результаты испытаний.<br><br>Сейчас врачи"
            " начинают испытания на людях, и первые итоги ждут осенью.",
            "Точная <a href='http://a.example.ua/'>погода в Харькове</a> на Pogoda.example.ua."
            " Свежие <a href='http://b.example.net/'>новости</a> в ленте News.example.net."
            " <a href='http://c.example.ua/'>Работа</a> от Job.example.ua, вакансии компаний."
            " Все <a href='http://d.example.ua/'>кинотеатры</a> на Kino.example.ua.",
        ),
        (
            "Gesundheit",
            "Ärzte finden eine neue Behandlung",
            "Ärzte aus Wien haben gezeigt, dass die neue Behandlung wirkt. Auf einer Konferenz am"
            " Freitag stellten sie die Ergebnisse vor.<br><br>Nun beginnen die Versuche mit"
            " Patienten, erste Ergebnisse werden im Herbst erwartet.",
            "Das <a href='http://a.example.at/'>Wetter in Graz</a> auf Wetter.example.at."
            " Aktuelle <a href='http://b.example.de/'>Nachrichten</a> auf News.example.de."
            " <a href='http://c.example.at/'>Jobs</a> bei Job.example.at, Stellen der Firmen."
            " Alle <a href='http://d.example.at/'>Kinos</a> auf Kino.example.at.",
        ),
    ]
    for section, headline, article, partners in cases:
        page = (
            f"<html><head><title>{headline} | Site</title></head><body>"
            f"<div class='css-m1a2n3'><div class='css-l1f2t3'><h1>{section}</h1>"
            f"<div class='css-i1t2m3'><h2>{headline}</h2><div class='css-d1t2e3'>04.01.2012</div>"
            f"<div class='css-t1x2t3'><div><p>{article}</p></div></div></div></div>"
            f"<div class='css-r1g2h3'><div class='css-s1v2c3'><div><p>{partners}</p></div></div>"
            "</div></div></body></html>"
        )
        text = _own(page)
        assert text.startswith(article[:30]) and "Kino" not in text, section


BIOS = [
    (
        "Editör Hakkında",
        "Ayşe Yılmaz, 1990'da İzmir'de doğdu. Ankara Üniversitesi İletişim Fakültesi'nden mezun"
        " oldu, 2015 yılından beri yerel haberler ve belediye konularında yazıyor.",
    ),
    (
        "About the author",
        "Jane Miller has covered city hall since 2015. Before that, she reported on schools and"
        " courts for two newspapers in the region, and she teaches a class on local reporting.",
    ),
    (
        "Об авторе",
        "Анна Петрова родилась в Казани в 1990 году. Окончила факультет журналистики, с 2015"
        " года пишет о городском хозяйстве, бюджете и работе городской думы.",
    ),
]


def test_a_block_headed_about_the_author_is_dropped() -> None:
    """An editor's bio under the article, opened by its heading ("Editör Hakkında", "About
    the author", "Об авторе"): prose a hashed page names by no class, read as more of the
    article without its heading."""
    for heading, bio in BIOS:
        text = _own(
            _page(
                "<div class='css-x1y2z3'><h1>Council passes budget</h1>"
                f"<div class='css-b0d1y2'><p>{STORY[0]}</p><p>{STORY[1]}</p></div>"
                f"<div class='css-b1i2o3'><h3>{heading}</h3><span>{bio}</span></div></div>"
            )
        )
        assert text == f"{STORY[0]}\n{STORY[1]}", heading


def test_a_comment_thread_under_its_count_heading_is_dropped() -> None:
    """A blog's comments follow the post in one flat container, under a heading counting
    them ("《标题》已有1件评论", "1 Comment"): the heading and what follows it go, when they
    are the smaller part; the post's own subheadings stay."""
    reply = (
        "我完全同意作者的看法，城市预算应该更多地用于修路和图书馆，而不是其他项目。"
        "希望议会下次开会时能够听取更多居民的意见，也希望明年的税率不要再提高了。"
    )
    for heading in ("《议会通过预算》已有1件评论", "1 Comment"):
        text = _own(
            _page(
                "<div class='css-x1y2z3'><h1>Council passes budget</h1>"
                f"<p>{STORY[0]}</p><h3>What comes next</h3><p>{STORY[1]}</p>"
                f"<p>{STORY[2]}</p><h3>{heading}</h3><ol class='css-c1l2s3'><li>"
                f"<cite>reader</cite> <small>September 19th, 2005 at 7:32 pm</small>"
                f"<p>{reply}</p></li></ol></div>"
            )
        )
        assert text == f"{STORY[0]}\nWhat comes next\n{STORY[1]}\n{STORY[2]}", heading


DATELINES = [
    "GİRİŞ 20.05.2024 11:26 GÜNCELLEME 20.05.2024 11:38",
    "出所：http://j.example.jp | 発表時間：2023-08-14",
    "Опубликовано: 12.03.2021 14:05",
    "Publicado el 14/08/2023 · 09:30",
]


def test_a_dateline_by_the_article_is_dropped() -> None:
    """A publication line of a date, a time and a label or two ("GİRİŞ ... GÜNCELLEME",
    "出所 ... 発表時間"), in a block whose hashed class says nothing, above the body or
    under it."""
    body = "".join(f"<p>{p}</p>" for p in STORY)
    for line in DATELINES:
        for page in (
            f"<h1>Council passes budget</h1><div class='css-d1t2e3'>{line}</div>{body}",
            f"<h1>Council passes budget</h1>{body}<div class='css-d1t2e3'>{line}</div>",
        ):
            text = _own(_page(f"<div class='css-x1y2z3'>{page}</div>"))
            assert text == "\n".join(STORY), line


def test_dates_inside_the_article_and_citations_are_kept() -> None:
    """A date line inside the text is the article's data (a discography's release dates),
    and a date in brackets closing it a citation ("《光明日报》（2024年05月11日 09版）")."""
    data = [*STORY, "发行日期：2004年6月19日", *NEXT_STORY[:3]]
    cited = [*STORY, "《光明日报》（2024年05月11日 09版）"]
    for lines in (data, cited):
        body = "".join(f"<p>{p}</p>" for p in lines)
        text = _own(_page(f"<div class='css-x1y2z3'><h1>Council passes budget</h1>{body}</div>"))
        assert text == "\n".join(lines)


def test_a_thread_under_a_heading_styled_div_is_dropped() -> None:
    """Hashed pages style a <div> as the heading ("文章评论", "Comentarios", "Leave a
    reply"); the replies after it, in the post's flat container, go with it."""
    replies = [
        "我觉得这是一件很重大的事情，需要认真对待，同时也要更加地宣传，让更多的居民知道预算的用途和去向。",
        "Estoy de acuerdo con el artículo, el presupuesto debería destinarse a las calles y a"
        " la biblioteca, y no a otros proyectos de la ciudad.",
    ]
    for heading in ("文章评论", "Comentarios", "Leave a reply"):
        thread = "".join(
            f"<div class='css-r1e2p3'><a href='#c{i}'>#</a> re: Council passes budget</div>"
            f"<div class='css-t1x2t3'>{reply}</div>"
            f"<div class='css-s1g2n3'><a href='/u/{i}'>reader{i}</a> | 2005-08-2{i} 02:22</div>"
            for i, reply in enumerate(replies)
        )
        text = _own(
            _page(
                "<div class='css-x1y2z3'><h1>Council passes budget</h1>"
                f"<div class='css-b0d1y2'><p>{STORY[0]}</p><p>{STORY[1]}</p><p>{STORY[2]}</p>"
                f"<p>{STORY[3]}</p></div><div class='css-h1d2g3'>{heading}</div>"
                f"<div class='css-c1m2t3'>{thread}</div></div>"
            )
        )
        assert text == "\n".join(STORY), heading


CONSENTS = [
    "The Free Press does not necessarily endorse any of the views posted. By submitting your"
    " comment, you agree to our Terms and Conditions.",
    "En vous inscrivant, vous acceptez nos conditions d'utilisation et notre politique de"
    " confidentialité.",
    "Al enviar tu comentario aceptas las normas de participación y la política de privacidad.",
    "Mit dem Absenden Ihres Kommentars stimmen Sie unseren Nutzungsbedingungen zu.",
]


def test_a_forms_consent_line_is_dropped() -> None:
    """The consent line under a comment or sign-up form ("By submitting your comment, you
    agree to our Terms"), in a block a hashed page names by no class, read under the
    article as more of its text."""
    body = "".join(f"<p>{p}</p>" for p in STORY)
    for consent in CONSENTS:
        text = _own(
            _page(
                f"<div class='css-x1y2z3'><h1>Council passes budget</h1>{body}"
                f"<p class='css-s1m2l3'>{consent}</p></div>"
            )
        )
        assert text == "\n".join(STORY), consent


def test_a_line_that_is_only_a_web_address_is_dropped() -> None:
    """The page's own address printed as text under its headline or by its share buttons
    (a "short link" box), in a block a hashed page names by no class."""
    body = "".join(f"<p>{p}</p>" for p in STORY)
    for url in (
        "http://news.example.kz/strange_news/council-budget-205214/",
        "www.example.com/b/1",
    ):
        text = _own(
            _page(
                f"<div class='css-x1y2z3'><h1>Council passes budget</h1>{body}"
                f"<div class='css-u1r2l3'>{url}</div></div>"
            )
        )
        assert text == "\n".join(STORY), url


def _tweet(text: str, handle: str, day: str) -> str:
    return (
        f"<blockquote class='css-q1t2w3'><p lang='it' dir='ltr'>{text}"
        f" <a href='https://t.co/AbC123'>pic.twitter.com/AbC123</a></p>&mdash; {handle}"
        f" <a href='https://twitter.com/{handle}/status/1773412345678901234'>{day}</a>"
        "</blockquote>"
    )


def test_an_embedded_post_is_dropped_and_a_quotation_kept() -> None:
    """A social network's post quoted as its embed code prints it (a <blockquote> linking to
    the post's own address, ".../status/123"), in English and Italian, whatever its hashed
    class: the article quotes it, it did not write it. A <blockquote> quoting a speech,
    linking nowhere of the kind, is the article's."""
    quote = (
        "“We will not raise taxes again before the new library opens,” the mayor told the"
        " council, to applause from the residents in the hall."
    )
    tweets = _tweet(
        "How many of you remember the post I did on the council budget? Remember what I said?",
        "reader_one",
        "March 28, 2024",
    ) + _tweet(
        "Quanti di voi ricordano il post sul bilancio del comune? Ricordate cosa ho detto?",
        "lettore_due",
        "28 marzo 2024",
    )
    body = f"<p>{STORY[0]}</p><p>{STORY[1]}</p>{tweets}<blockquote>{quote}</blockquote>"
    text = _own(
        _page(
            f"<div class='css-x1y2z3'><h1>Council passes budget</h1>{body}"
            f"<p>{STORY[2]}</p><p>{STORY[3]}</p></div>"
        )
    )
    assert text == "\n".join([STORY[0], STORY[1], quote, STORY[2], STORY[3]])


def test_a_social_post_embedded_by_its_code_is_not_text() -> None:
    """A tweet, an Instagram or a Bluesky post embedded in the article with hashed classes:
    each is a <blockquote> linking to the post as its embed code prints it. A quotation of
    the article's own, which names its source inside the text, stays."""
    tweet = (
        "<blockquote class='css-t1w2e3' lang='en'><p>The council just voted the budget"
        " through, 5 to 2. <a href='https://t.co/AbC123'>pic.twitter.com/AbC123</a></p>"
        "&mdash; Springfield Desk (@springdesk) <a href='https://twitter.com/springdesk/"
        "status/1789012345678?ref_src=twsrc'>May 11, 2024</a></blockquote>"
    )
    insta = (
        "<blockquote class='css-i9n8s7' data-instgrm-permalink='https://www.instagram.com/p/"
        "Xy12/'><div><a href='https://www.instagram.com/p/Xy12/'>A post shared by the"
        " Springfield Library (@springlib)</a></div></blockquote>"
    )
    sky = (
        "<blockquote class='css-b5s6k7'><p>Road repairs start on Elm Street on Monday, and"
        " the detour runs along Oak Avenue for two weeks.</p>&mdash; City Hall"
        " (<a href='https://bsky.app/profile/city.example/post/3k4l5m'>@city.example</a>)"
        "</blockquote>"
    )
    quote = (
        "<blockquote class='css-q1u2o3'><p>“We have cut spending in every department,” the"
        " mayor wrote on <a href='https://x.com/mayor/status/1789'>her account</a>, adding"
        " that the library would open in the spring.</p></blockquote>"
    )
    first, last = (
        "".join(f"<p class='css-p0p0p0'>{p}</p>" for p in part) for part in (STORY[:2], STORY[2:])
    )
    body = f"<main><h1>Council passes budget</h1>{tweet}{first}{insta}{last}{sky}{quote}</main>"
    text = _own(_page(body))
    assert all(p in text for p in STORY)
    for post in ("5 to 2", "@springdesk", "Springfield Library", "detour runs"):
        assert post not in text, post
    assert "the library would open in the spring" in text


def test_the_comment_sections_invitation_and_rules_are_not_text() -> None:
    """Above the readers' comments, in hashed classes: an invitation to comment and the
    section's rules (no moderation, the views are the users', the terms one agrees to).
    The article telling readers where to send their views on the budget keeps it."""
    rules = [
        "You can comment on most stories on springfield.example. All you need to do is"
        " register and you can join the conversation.",
        "The comments below have not been moderated.",
        "The views expressed in the contents above are those of our users and do not"
        " necessarily reflect the views of the Springfield Times.",
        "By submitting your comment, you agree to our Terms and Conditions.",
        "Add your comment",
        "Dodaj komentarz",
        "There is more on our sister site! Or you can always join in the conversation by"
        " commenting below.",
    ]
    told = (
        "Residents can comment on the budget at the town hall until Friday, and the council"
        " will post a summary of the views expressed by readers of its newsletter."
    )
    paras = "".join(f"<p class='css-p0p0p0'>{p}</p>" for p in [*STORY, told])
    box = "".join(f"<p class='css-r9r9r9'>{line}</p>" for line in rules)
    text = _own(
        _page(
            f"<main><h1>Council passes budget</h1>{paras}<div class='css-c1c1c1'>{box}</div></main>"
        )
    )
    assert all(p in text for p in STORY) and told in text
    for line in rules:
        assert line not in text, line
