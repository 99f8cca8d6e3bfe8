"""The generic extractor on pages whose class names say nothing (CSS-in-JS and utility
classes: "css-1q2w3e", "c9a0364"): the container and the furniture are told apart by
structure alone. Pages we wrote ourselves in the shape of the misses measured with every
class and id of the dev corpora replaced by a hash."""

from __future__ import annotations

from pipeline.maintext.core import own_paragraphs

STORY = [
    "The council approved the new budget on Tuesday evening, after a debate that lasted"
    " nearly four hours and drew a large crowd to the town hall.",
    "Residents spoke for and against the plan, which raises property taxes by two percent"
    " and sets aside money for road repairs and a new library branch.",
    "The mayor said the increase was the smallest in a decade, and that the city had cut"
    " spending in every department before asking taxpayers for more.",
    "Opponents said they would gather signatures for a referendum, and a first meeting is"
    " planned for next week at the community centre on Elm Street.",
]


def _own(page: str) -> str:
    """Our extractor alone: without the fallback to trafilatura a thin result would get."""
    return "\n".join(own_paragraphs(page))


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
