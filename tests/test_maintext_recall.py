"""Recall of the generic extractor on modern Western markup (issue 10, item 2): pages we
wrote ourselves in the shape of the misses measured on the dev corpora."""

from __future__ import annotations

import json

from pipeline.maintext.core import own_paragraphs
from pipeline.sites.generic import main_text_str
from pipeline.web.html import is_prose, parse

STORY = [
    "The day represents the rebirth of light and the return of the sun, as day length will"
    " gradually lengthen from now until the middle of next summer.",
    "It is a time for some armchair gardening, as the weather is usually either wet or frozen,"
    " and the soil is too cold for planting anything at all.",
    "Gathering from the garden and creating some indoor decorations is traditional in December,"
    " and it is a good way to get the children out of the house.",
    "Evergreens give the garden structure and backbone for the winter months, and come in very"
    " handy for foliage when making wreaths for the front door.",
]
SIDEBAR_LINKS = "".join(
    f"<li><a href='/s/{i}'>Most read story number {i}</a></li>" for i in range(40)
)
FOOTER = (
    "<footer>" + "<p>About us. Contact. Terms of use. Privacy. Advertise.</p>" * 20 + "</footer>"
)


def _own(page: str) -> str:
    """Our extractor alone: without the fallback to trafilatura a thin result would get."""
    return "\n".join(own_paragraphs(page))


def _page(body: str) -> str:
    return (
        "<html><head><title>Winter gardening</title></head><body>"
        "<ul class='main-menu'><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li>"
        "<li><a href='/sport'>Sport</a></li></ul>"
        f"{body}<aside class='rail'><ul>{SIDEBAR_LINKS}</ul></aside>{FOOTER}</body></html>"
    )


def test_paragraphs_whose_class_holds_a_layout_word_are_kept() -> None:
    """ "contextmenu" holds "menu", "selectionShareable" holds "share": the paragraphs are
    prose and stay; the real menu and share bar (links, no sentences) still go."""
    paras = "".join(
        f"<p class='{cls}'>{text}</p>"
        for cls, text in zip(
            ["contextmenu Body", "selectionShareable", "contextmenu Body", "selectionShareable"],
            STORY,
            strict=True,
        )
    )
    share = "<div class='share-bar'><a href='#'>Facebook</a> <a href='#'>X</a> <a href='#'>Email</a></div>"
    text = _own(_page(f"<article><h1>Winter gardening</h1>{share}<div>{paras}</div></article>"))
    for para in STORY:
        assert para in text
    assert "Facebook" not in text
    assert "Home" not in text and "Most read" not in text


def test_text_column_with_a_sidebar_or_share_id_is_the_article() -> None:
    """A text column named after the layout it sits in ("sidebar-content") or a share widget
    hooked onto it (id "gigya-share-btn") is still the article, whole."""
    for attrs in ("class='sidebar-content'", "class='text-wrapper' id='gigya-share-btn'"):
        body = f"<article><h1>Winter gardening</h1><div {attrs}>{''.join(f'<p>{p}</p>' for p in STORY)}</div></article>"
        text = _own(_page(body))
        assert all(p in text for p in STORY), attrs
        assert "Most read" not in text


def test_a_real_sidebar_full_of_links_is_still_dropped() -> None:
    body = (
        f"<div class='content'>{''.join(f'<p>{p}</p>' for p in STORY)}</div>"
        f"<div class='sidebar'><h3>Popular</h3><ul>{SIDEBAR_LINKS}</ul></div>"
    )
    text = _own(_page(body))
    assert STORY[0] in text and "Most read story number 3" not in text


def test_is_prose_reads_clause_marks_in_other_scripts() -> None:
    """Arabic prose has commas (،) and few Latin stops; a menu has neither."""
    arabic = parse(
        "<html><body><p>قال المتحدث الرسمي باسم الوزارة، إن الوزير التقى عددا من الشباب الراغبين"
        " في العمل بالخارج، وأكد أن التسجيل متاح على الموقع الرسمي للوزارة خلال الأسبوع المقبل</p>"
        "</body></html>"
    )
    menu = parse(
        "<html><body><div>Home News Sport Business Culture Travel Weather Opinion Video Audio"
        " Podcasts Newsletters Games Crosswords Puzzles</div></body></html>"
    )
    assert arabic is not None and menu is not None
    assert is_prose(arabic.find(".//p"))
    assert not is_prose(menu.find(".//div"))


def test_multi_section_article_is_taken_past_the_section_headings() -> None:
    """One panel per section, each in wrappers of its own under a heading: the best panel
    alone is not the article; the ancestor adding only headings and more panels is."""
    long = "This pair stays in place, sounds great, and the battery lasts a full day. " * 6
    short = "A cheaper pair with fewer features, but the sound is still good enough. " * 3

    def panel(head: str, text: str) -> str:
        return (
            f"<section><h2>{head}</h2><div class='wrap'><div class='panel'>"
            f"<p>{text}</p><p>{text}</p></div></div></section>"
        )

    body = (
        "<article><h1>The best earbuds</h1>"
        + panel("Top pick", long)
        + panel("Budget pick", short)
        + panel("Upgrade pick", short)
        + "</article>"
    )
    text = _own(_page(body))
    assert "Budget pick" in text and "Upgrade pick" in text
    assert text.count("A cheaper pair") == 12 and "battery lasts" in text
    assert "Most read" not in text


def _ld(body: str) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Winter gardening",
        "articleBody": body,
    }
    return f"<script type='application/ld+json'>{json.dumps(data)}</script>"


def test_shell_page_reads_the_json_ld_article_body() -> None:
    """A client-rendered page: the markup has a teaser line, the JSON-LD has the article."""
    page = (
        f"<html><head><title>Winter gardening</title>{_ld(chr(10).join(STORY))}</head><body>"
        "<div id='root'><p>Loading the story, please wait.</p></div></body></html>"
    )
    assert main_text_str(page).split("\n") == STORY


def test_json_ld_body_in_html_is_cleaned_into_paragraphs() -> None:
    html_body = "".join(f"<p>{p}</p>" for p in STORY[:2])
    page = f"<html><head>{_ld(html_body)}</head><body><div><p>Subscribe to read.</p></div></body></html>"
    assert main_text_str(page).split("\n") == STORY[:2]


def test_json_ld_body_does_not_replace_an_article_the_page_shows() -> None:
    """A longer JSON-LD body (the whole gallery or every page of the article) does not
    replace the part the page shows when the page shows a real article."""
    shown = STORY * 2
    page = _page(
        _ld("\n".join(STORY * 10)) + f"<article>{''.join(f'<p>{p}</p>' for p in shown)}</article>"
    )
    assert main_text_str(page).count(STORY[0]) == 2


def test_a_captioned_gallery_is_not_prose() -> None:
    """A photo gallery named like navigation ("media-nav") holds sentences only in its
    captions: it is furniture, not a misnamed text column."""
    figures = "".join(
        f"<figure><img src='/{i}.jpg' alt=''><figcaption>{STORY[i]}</figcaption></figure>"
        for i in range(4)
    )
    gallery = parse(f"<html><body><div class='media-nav'>{figures}</div></body></html>")
    column = parse(
        f"<html><body><div class='media-nav'>{figures}<p>{STORY[0]}</p></div></body></html>"
    )
    assert gallery is not None and column is not None
    assert not is_prose(gallery.find(".//div"))
    assert is_prose(column.find(".//div"))


def test_a_bullet_list_without_links_is_text_whatever_its_class() -> None:
    """Key points or pros and cons in a list whose class holds "list" (a weak furniture word)
    stay; a list of that class linking away (related stories) still goes."""
    points = ["Long battery life in our tests", "Bright display at a low price"]
    bullets = "".join(f"<li>{p}</li>" for p in points)
    related = "".join(f"<li><a href='/r/{i}'>Related story {i}</a></li>" for i in range(3))
    body = (
        f"<article><h1>Winter gardening</h1><ul class='summary-list'>{bullets}</ul>"
        f"{''.join(f'<p>{p}</p>' for p in STORY)}"
        f"<ul class='related-list'>{related}</ul><ul class='link-list'>{related}</ul></article>"
    )
    text = _own(_page(body))
    assert all(p in text for p in points + STORY)
    assert "Related story" not in text


def test_the_opening_section_in_a_wrapper_of_its_own_class_is_kept() -> None:
    """The article's first paragraphs sit in a section of another class than the body's,
    before it (an inline figure between them): they are the article too."""
    more = [s.replace("garden", w) for w in ("yard", "plot", "park", "lawn") for s in STORY]
    body = (
        "<article><h1>Winter gardening</h1><div class='css-idp'>"
        f"<section class='css-19s'>{''.join(f'<p>{p}</p>' for p in STORY[:2])}</section>"
        "<figure><img src='a.jpg'></figure>"
        f"<section class='css-1pe'>{''.join(f'<p>{p}</p>' for p in STORY[2:] + more)}</section>"
        "</div></article>"
    )
    text = _own(_page(body))
    assert all(p in text for p in STORY + more)
    assert "Most read" not in text


def test_a_lead_named_deck_subheadline_or_bajada_comes_first() -> None:
    """Standfirsts by other names: "deckhead", "subheadline", Spanish "bajada", Italian
    "sommario", printed under the headline, before the body's container."""
    lead = "The shortest day of the year is a turning point for every gardener, and a good day to plan."
    for cls in ("deckhead", "article-subheadline", "bajada", "sommario"):
        body = (
            f"<article><div class='hero'><h1>Winter gardening</h1><p class='{cls}'>{lead}</p>"
            f"<div class='meta'>By the garden desk</div></div>"
            f"<div class='wrap'><div class='body'>{''.join(f'<p>{p}</p>' for p in STORY)}</div></div>"
            "</article>"
        )
        paras = own_paragraphs(_page(body))
        assert paras[0] == lead, cls
        assert paras[1:] == STORY, cls


def test_a_figure_caption_in_the_article_is_text_a_gallery_slide_is_not() -> None:
    """A picture's caption inside the article says who or what is pictured: part of its text.
    A "caption" of several paragraphs is a gallery slide's text, not a caption, and stays out."""
    caption = "Holly and ivy gathered in the garden on a frosty morning in December."
    slide = " ".join(STORY[:3])
    figure = f"<figure><img src='/h.jpg' alt=''><figcaption>{caption}</figcaption></figure>"
    gallery = f"<figure><img src='/g.jpg' alt=''><figcaption><p>{slide}</p></figcaption></figure>"
    paras = "".join(f"<p>{p}</p>" for p in STORY)
    text = _own(_page(f"<article><h1>Winter gardening</h1>{figure}{paras}{gallery}</article>"))
    assert caption in text
    assert slide not in text
    for para in STORY:
        assert para in text


def test_a_caption_named_block_in_a_figure_is_its_caption_a_player_caption_is_not() -> None:
    """A figure's caption in a <div class="image-caption"> is kept like a <figcaption>; a block
    named "caption" outside any figure (a video player's, a slideshow's) is still furniture, and
    so is a photo credit inside the figure."""
    caption = "Holly and ivy gathered in the garden on a frosty morning in December."
    player = "Watch the video of the winter garden tour with our presenter."
    figure = (
        f"<figure><img src='/h.jpg' alt=''><div class='image-caption'>{caption}</div>"
        "<span class='image-credit'>Photo agency</span></figure>"
    )
    paras = "".join(f"<p>{p}</p>" for p in STORY)
    body = f"<article><h1>Winter gardening</h1>{figure}{paras}<div class='video-caption'>{player}</div></article>"
    text = _own(_page(body))
    assert caption in text
    assert player not in text and "Photo agency" not in text
    for para in STORY:
        assert para in text


def test_a_subheading_named_with_a_weak_furniture_word_is_kept() -> None:
    """A listicle's item titles are subheadings whose class says "list-item-title" ("list", a
    weak furniture word): they are the article's text, while a short block so named outside
    any heading (a "top-list" of links) still goes."""
    titles = ["Holly and ivy", "Winter jasmine", "Christmas box"]
    items = "".join(
        f"<div class='list-item'><h2><div class='field-list-item-title'>{t}</div></h2>"
        f"<p>{STORY[i]}</p><p>{STORY[i + 1]}</p></div>"
        for i, t in enumerate(titles)
    )
    links = "<div class='top-list'><a href='/a'>Gift guide</a> <a href='/b'>Recipes</a></div>"
    text = _own(_page(f"<article><h1>Winter gardening</h1>{items}{links}</article>"))
    for title in titles:
        assert title in text
    for para in STORY:
        assert para in text
    assert "Gift guide" not in text


def test_a_caption_right_after_its_picture_is_kept_without_a_figure() -> None:
    """Older markup puts an image's caption in a block named "imageCaption" right after the
    image's wrapper, with no <figure>: it is the caption all the same."""
    caption = "Holly and ivy gathered in the garden on a frosty morning in December."
    picture = (
        "<div class='img-group'><div class='image-wrap'><img src='/h.jpg' alt=''></div>"
        f"<p class='imageCaption'>{caption}</p></div>"
    )
    paras = "".join(f"<p>{p}</p>" for p in STORY)
    text = _own(_page(f"<article><h1>Winter gardening</h1>{picture}{paras}</article>"))
    assert caption in text
    for para in STORY:
        assert para in text


def test_a_sentence_with_links_inside_it_is_text_but_a_line_of_links_is_not() -> None:
    # links may cover most of a paragraph's characters and still sit inside its sentence
    linked = [
        "<a href='/people/ann'>The county's two oldest gardeners</a> showed their winter"
        " borders to the visitors on <a href='/events/open-day'>the first open garden day of the"
        " season</a> on Saturday.",
        "Ann Lowe moved into the old vicarage and joined a group that <a href='/2019/club'>"
        "restored the walled garden before planting it with medlars, quinces and old apple"
        " varieties</a>.",
    ]
    # more link than text, eight words or more outside the links, yet a label with its link
    # or a line closed by the title it links to
    not_text = [
        "For more ideas on planting a winter border, see: <a href='/r/2'>Winter borders for"
        " beginners, a guide to evergreens, grasses, seed heads and the plants that flower in"
        " the cold months</a>",
        "This story was first published in the Garden Weekly as <a href='/r/3'>Evergreens bring"
        " the garden indoors for the festive season, and how to make a wreath of holly, ivy and"
        " yew for the front door</a>",
    ]
    paras = own_paragraphs(
        _page(
            f"<article>{''.join(f'<p>{p}</p>' for p in STORY[:2] + linked + not_text)}"
            f"{''.join(f'<p>{p}</p>' for p in STORY[2:])}</article>"
        )
    )
    assert paras[:2] == STORY[:2] and paras[-2:] == STORY[2:]
    assert [p for p in paras if p not in STORY] == [
        "The county's two oldest gardeners showed their winter borders to the visitors on the"
        " first open garden day of the season on Saturday.",
        "Ann Lowe moved into the old vicarage and joined a group that restored the walled garden"
        " before planting it with medlars, quinces and old apple varieties.",
    ]


TEASER = (
    "A summary of another story on the site, long enough to read as a sentence or two, with"
    " commas, so that the rail holds more prose than the article."
)


def _flagged_page(wrapper_attrs: str) -> str:
    """A page whose article wrapper carries `wrapper_attrs`, with its headline in a <header>
    and a rail of teasers with summaries beside it holding more text than the article."""
    teasers = "".join(
        f"<li><a href='/t/{i}'>Teaser headline {i}</a><p>{TEASER}</p></li>" for i in range(8)
    )
    return (
        "<html><head><title>Winter gardening | The Daily</title></head><body>"
        f"<div {wrapper_attrs}><header><h1>Winter gardening tips</h1>"
        "<div class='byline'>By A. Writer</div></header>"
        f"<div class='body-text'>{''.join(f'<p>{p}</p>' for p in STORY)}</div></div>"
        f"<div class='rail'><h3>More from the Daily</h3><ul>{teasers}</ul></div></body></html>"
    )


def test_article_wrapper_named_by_a_feature_flag_is_the_article() -> None:
    """Class lists of feature flags put furniture words on the article's own wrapper
    ("creditcardproductmodule" holds "credit", "has-comments-promo" "comment" and "promo"):
    the block holding the page's <h1> and its running text is not pruned for them."""
    for attrs in (
        "class='story creditcardproductmodule videodocking'",
        "class='post-wrap has-comments-promo'",
    ):
        text = _own(_flagged_page(attrs))
        assert all(p in text for p in STORY), attrs
        assert "Teaser headline" not in text, attrs


def test_furniture_holding_a_headline_copy_is_still_dropped() -> None:
    """A hidden "republish this article" box holds a copy of the article, <h1> included; a
    comment thread holds no <h1>: both stay furniture."""
    copy = f"<h1>Winter gardening tips</h1>{''.join(f'<p>{p}</p>' for p in STORY)}"
    modal = f"<div class='republish-modal' style='display: none'>{copy}</div>"
    comments = (
        "<div class='comments'>" + "".join(f"<p>{p} Great read!</p>" for p in STORY) + "</div>"
    )
    page = _flagged_page("class='story'").replace("</body>", f"{modal}{comments}</body>")
    text = _own(page)
    assert text.count(STORY[0]) == 1
    assert "Great read" not in text


def test_article_after_a_menu_button_left_open_is_kept() -> None:
    """libxml2 keeps a <button> open past its `</button>` while a <div> opened inside it is
    unclosed: the page after it, article included, nests in the button, which is dropped
    with its content. A button holding that much text is a block, not a label."""
    page = (
        "<html><head><title>Winter gardening</title></head><body>"
        "<header class='site'><div class='menu-wrap'><button class='menu-button'>"
        "<span>Menu</span><div class='menu-inner'><div></button></div>"
        "<a href='/'>Home</a></header>"
        f"<main><article><h1>Winter gardening</h1>{''.join(f'<p>{p}</p>' for p in STORY)}"
        "</article></main><button class='more'>Load more</button></body></html>"
    )
    parsed = parse(page)
    assert parsed is not None and next(parsed.iter("button")).find(".//article") is not None
    text = _own(page)
    assert all(p in text for p in STORY)
    assert "Load more" not in text


def test_an_ad_slot_saying_the_text_goes_on_is_not_text() -> None:
    """The label of an ad slot inside the article ("Story continues below advertisement")
    is furniture in every language we read; a sentence using the same words is text."""
    labels = (
        "Story continues below advertisement",
        "Article continues below this ad",
        "Advertisement. Scroll to continue reading.",
        "SCROLL TO CONTINUE WITH CONTENT",
        "La suite après cette publicité",
        "Weiterlesen nach der Anzeige",
        "Continúa después de la publicidad",
        "Continua após a publicidade",
        "İçeriğin Devamı Aşağıda",
        "Haberin Devamı",
    )
    for label in labels:
        body = f"<article><h1>Winter gardening</h1><p>{STORY[0]}</p><div class='slot'><p>{label}</p></div><p>{STORY[1]}</p></article>"
        text = _own(_page(body))
        assert STORY[0] in text and STORY[1] in text, label
        assert label not in text, label
    for line in (
        "The story continues below the fold of the garden, where the soil stays frozen.",
        "Haberin devamında bakan, planın gelecek yıl uygulanacağını söyledi.",
    ):
        assert line in _own(
            _page(f"<article><h1>Winter gardening</h1><p>{STORY[0]}</p><p>{line}</p></article>")
        )


def test_landmark_roles_mark_furniture_where_class_names_say_nothing() -> None:
    """A page whose classes are hashed (CSS-in-JS, utility classes) names its furniture only
    by WAI-ARIA role: a <div role="complementary"> is an <aside>, "navigation" a <nav>,
    "contentinfo" a <footer>, "dialog" a modal. The article, in <div>s of the same kind of
    class, is kept whole."""
    paragraphs = "".join(f"<p class='css-1q2w3e'>{p}</p>" for p in STORY)
    related = "".join(
        f"<p class='css-9z8x7c'>Readers also liked the story of a town that grew a giant"
        f" pumpkin, number {i} in the series, with a long tale of the harvest festival.</p>"
        for i in range(4)
    )
    body = (
        "<div class='css-a1b2c3' role='navigation'><a href='/'>Home</a> <a href='/n'>News</a></div>"
        f"<main><div class='css-d4e5f6'><h1>Winter gardening</h1>{paragraphs}</div>"
        f"<div class='css-g7h8i9' role='complementary'><h2>Also worth reading</h2>{related}</div>"
        "</main><div class='css-j1k2l3' role='dialog'><p class='css-m4n5o6'>We use cookies to"
        " give you the best experience of our site, and to show you relevant ads and offers."
        "</p></div>"
        "<div class='css-p7q8r9' role='contentinfo'><p>Copyright 2026 The Garden Times.</p></div>"
    )
    text = _own(f"<html><head><title>Winter gardening</title></head><body>{body}</body></html>")
    assert all(p in text for p in STORY)
    for furniture in ("Readers also liked", "We use cookies", "Copyright 2026", "Home"):
        assert furniture not in text, furniture


def test_a_subheading_that_is_a_link_titles_its_section() -> None:
    """A buying guide links each item's heading to the shop ("<h3><a>Widget ($20)</a></h3>"),
    another wraps each heading in its own anchor; a video frame may stand between the heading
    and its first paragraph. The headings are the article's; the titles of the teaser cards
    printed at its end (a linked title over a one-line summary) are not."""
    sections = "".join(
        f"<h3><a href='https://shop.example/item{i}'>Garden gadget number {i} ($20)</a></h3>"
        f"<div class='frame'><iframe src='https://video.example/{i}'></iframe></div>"
        f"<p>{STORY[i]}</p><p>{STORY[(i + 1) % 4]}</p>"
        for i in range(3)
    )
    anchored = (
        "<a href='/guide#s9' id='s9' class='scroll'><h2>How we picked the gadgets</h2></a>"
        f"<p>{STORY[3]}</p><p>{STORY[0]}</p>"
    )
    cards = "".join(
        f"<div class='item'><div class='pic'><a href='/n/{i}'><img src='/{i}.jpg'></a></div>"
        f"<div class='txt'><h2><a href='/n/{i}'>Another story about a garden, part {i}</a></h2>"
        "<p>This teaser sums up a different story in one line, long enough to read as prose."
        "</p></div></div>"
        for i in range(4)
    )
    body = f"<article><h1>Winter gardening</h1>{sections}{anchored}{cards}</article>"
    text = _own(_page(body))
    for i in range(3):
        assert f"Garden gadget number {i} ($20)" in text
    assert "How we picked the gadgets" in text
    assert "Another story about a garden" not in text


def test_a_linked_line_naming_the_paragraph_after_it_is_its_title() -> None:
    """A round-up titles each item with a link to its source ("<p><a>Acme acquires
    Bolt</a></p>") over the paragraph that tells it: a title, since its words recur there.
    A link to another story dropped between two paragraphs shares no words with them and
    stays out."""
    items = (
        (
            "Acme acquires Bolt Security",
            "Gadget maker Acme has bought Bolt Security, a firm"
            " that checks the locks of garden sheds, for an undisclosed sum in cash and shares.",
        ),
        (
            "Verdant to take Hedgerow private",
            "Investment group Verdant will take Hedgerow private"
            " in a deal that values the maker of hedge trimmers at four hundred million.",
        ),
    )
    round_up = "".join(
        f"<p><a href='https://wire.example/{i}'>{title}</a></p><p>{told}</p>"
        for i, (title, told) in enumerate(items)
    )
    inserted = "<p><a href='/n/77'>Pumpkin festival draws record crowds to the valley</a></p>"
    body = (
        f"<article><h1>Winter gardening</h1><p>{STORY[0]}</p>{inserted}<p>{STORY[1]}</p>"
        f"{round_up}</article>"
    )
    text = _own(_page(body))
    for title, told in items:
        assert title in text and told in text
    assert "Pumpkin festival" not in text


def test_a_block_with_the_hidden_attribute_is_not_shown() -> None:
    """The HTML `hidden` attribute hides a block as `display: none` does: a video's details
    waiting for a click, a sign-up form's thanks. A section hidden "until-found" (collapsed,
    opened by the reader's search) is the article's."""
    video = (
        "<div class='player'><div id='details' hidden><div class='vt'>Gardener talks about his"
        " new shed and the winter that flattened the old one</div><div class='vd'>The gardener"
        " on lost seedlings, frozen pipes and the shed he rebuilt from the ruins of the old"
        " one.</div></div></div>"
    )
    thanks = "<div class='signup' hidden><p>Thanks for subscribing! Look out for your first letter.</p></div>"
    collapsed = f"<h2>Planting in spring</h2><div hidden='until-found'><p>{STORY[3]}</p></div>"
    body = (
        f"<article><h1>Winter gardening</h1>{video}<p>{STORY[0]}</p><p>{STORY[1]}</p>"
        f"{thanks}<p>{STORY[2]}</p>{collapsed}</article>"
    )
    text = _own(_page(body))
    assert all(p in text for p in STORY)
    for hidden in ("Gardener talks", "The gardener on lost seedlings", "Thanks for subscribing"):
        assert hidden not in text, hidden


def test_a_named_anchor_is_a_place_to_link_to_not_a_link() -> None:
    """A ranked list's headings are named anchors for its table of contents
    ("<h2><a name='2. Lavender'>2. Lavender</a></h2>"), each over a short figure line: text,
    not links. A share bar of script buttons (<a> without href or name) stays out."""
    items = "".join(
        f"<div class='part'><h2><a name='{i}. Plant {i}' id='p{i}'><strong>{i}. Plant {i}"
        f"</strong></a></h2><p><strong>Hardiness: zone {i}</strong></p></div>"
        f"<div class='part'><p>{STORY[i]}</p></div>"
        for i in range(4)
    )
    share = "<div class='part'><a class='sms'>SMS</a> <a class='fb'>Facebook</a></div>"
    text = _own(_page(f"<article><h1>Winter gardening</h1>{items}{share}</article>"))
    for i in range(4):
        assert f"{i}. Plant {i}" in text and f"Hardiness: zone {i}" in text
    assert "Facebook" not in text


def test_a_label_left_with_nothing_to_introduce_goes() -> None:
    """A short line ending in a colon introduces what follows it: with the links under it
    dropped ("More from the garden desk:" over a line of links) or at the very end of the text
    ("Share:", "本篇新闻热门关键词："), it is furniture. A label over text stays."""
    links = "".join(f"<p><a href='/n/{i}'>Another garden story {i}</a></p>" for i in range(3))
    for label, after in (
        ("More from the garden desk:", links),
        ("Share:", ""),
        ("本篇新闻热门关键词：", ""),
        ("Статьи по теме:", ""),
    ):
        body = (
            f"<article><h1>Winter gardening</h1>{''.join(f'<p>{p}</p>' for p in STORY)}"
            f"<div class='m'><p>{label}</p>{after}</div></article>"
        )
        assert own_paragraphs(_page(body)) == STORY, label
    middle = (
        f"<article><h1>Winter gardening</h1><p>{STORY[0]}</p><p>{STORY[1]}</p>"
        "<div>More from the garden desk:<br><a href='/n/1'>A garden story</a></div>"
        f"<p>{STORY[2]}</p><p>{STORY[3]}</p></article>"
    )
    assert own_paragraphs(_page(middle)) == STORY
    told = "The three rules of winter pruning:"
    body = f"<article><h1>Winter gardening</h1><p>{STORY[0]}</p><p>{told}</p><p>{STORY[1]}</p></article>"
    assert told in _own(_page(body))


def test_a_camel_case_modifier_does_not_name_what_a_block_is() -> None:
    """CSS modules name a block's variant by a camel-case modifier: "_titleNoCredit_x1y2z_9"
    is a title without a photo credit, not a credit line. The item titles of a list built
    so are kept; a real credit block ("_photoCredit_x1y2z_4") still goes."""
    items = "".join(
        f"<div class='_tile_x1y2z_1'><div class='_title_x1y2z_9 _titleNoCredit_x1y2z_23'>"
        f"<h3>Garden course number {i}</h3></div><div class='_summary_x1y2z_21'><p>{STORY[i]}"
        f"</p></div><div class='_photoCredit_x1y2z_4'>Photo: Ann Lee</div></div>"
        for i in range(4)
    )
    text = _own(_page(f"<article><h1>Winter gardening</h1>{items}</article>"))
    for i in range(4):
        assert f"Garden course number {i}" in text and STORY[i] in text
    assert "Photo: Ann Lee" not in text
