"""The generic extractor choosing the article's container on big pages: pages we wrote in the
shape of the wrong containers measured on the dev corpora (an embedded gallery, a cookie
policy, a spoken summary widened into, a summary box beating a sectioned how-to, key points
above the body, a print or mobile copy, text ads under the body), each failing on the
extractor before it was handled, and the guards that keep a right container (a gallery page,
an article in a modal beside teasers)."""

from __future__ import annotations

from pipeline.maintext.core import own_paragraphs

STORY = [
    "Most people go to hotels for the pleasure of sleeping in a big bed with clean sheets, and"
    " waking up to fresh towels in the morning.",
    "But those towels and sheets might not be as clean as they look, according to the managers"
    " who answered questions about their trade this week.",
    "Two of them run small hotel companies in the United States, and both said that even the"
    " most expensive rooms are not always cleaned as often as they should be.",
    "Here are some of the things the receptionist will never tell you when you check in, as"
    " they put it in their answers.",
]
MENU = "<ul class='menu'><li><a href='/'>Home</a></li><li><a href='/travel'>Travel</a></li></ul>"
FOOTER = "<footer><p>About us. Contact. Terms of use. Privacy.</p></footer>"


def _own(page: str) -> str:
    return "\n".join(own_paragraphs(page))


def _page(body: str, title: str = "Hotel secrets") -> str:
    return f"<html><head><title>{title}</title></head><body>{MENU}{body}{FOOTER}</body></html>"


def _slides(n: int) -> str:
    """A slideshow's caption list: one heading and a captioned sentence or two per slide."""
    return "".join(
        f"<li><h2><span class='counter'>{i}/{n}</span> Club results, season {i}</h2>"
        f"<p>Revenues at the club dipped by {i} per cent in the year to June, triggering a loss"
        f" after broadcasting and sponsorship deals dried up, the club said on Monday.</p>"
        f"<p class='credits'>PICTURE AGENCY</p></li>"
        for i in range(1, n + 1)
    )


def test_an_embedded_photo_gallery_is_not_the_article() -> None:
    """Fifty captioned slides inside the article's text column outscore its paragraphs; the
    gallery is set aside and the article's prose around it is the text."""
    gallery = f"<div class='widget type-gallery'><div class='full-gallery'><ul class='legends'>{_slides(50)}</ul></div></div>"
    paras = [f"<p>{p}</p>" for p in STORY]
    body = f"<article><div class='text-wrapper'>{''.join(paras[:2])}{gallery}{''.join(paras[2:])}</div></article>"
    text = _own(_page(body))
    assert all(p in text for p in STORY)
    assert "Revenues at the club" not in text


def test_a_gallery_page_keeps_its_captions() -> None:
    """A photo story is its gallery: with no prose body beside it, the captions are the text."""
    body = f"<div class='gallery'><p>Our pictures of the season.</p><ul>{_slides(12)}</ul></div>"
    text = _own(_page(body))
    assert "Revenues at the club dipped by 3 per cent" in text


def test_a_cookie_policy_kept_for_its_size_is_not_the_article() -> None:
    """A consent dialog printing a long cookie policy (hidden until opened) holds most of the
    page's text, so pruning keeps it; the article beside it is the text."""
    policy = "".join(
        f"<p>This notice explains how we and our partners, including advertisers and vendors,"
        f" use cookies of kind {i} and similar technologies when you use the services.</p>"
        for i in range(40)
    )
    dialog = f"<div class='consent-center ot-hide'><div class='pc-content'>{policy}</div></div>"
    body = f"<article><h1>Hotel secrets</h1><div class='article-body'>{''.join(f'<p>{p}</p>' for p in STORY)}</div></article>{dialog}"
    text = _own(_page(body))
    assert all(p in text for p in STORY)
    assert "cookies of kind" not in text


KEY_POINTS = [
    "A woman hosted a surprise party for her husband at a warehouse store food court.",
    "Her video of the party was watched more than eleven million times.",
]


def _with_summary(items: str) -> str:
    """An article whose body is preceded, in the same column, by a summary list and a promo."""
    return _page(
        "<article><h1>Hotel secrets</h1><div class='content-lock'>"
        f"<ul class='summary-list premium'>{items}</ul>"
        "<div class='newsletter-signup'>Get the morning brief in your inbox</div>"
        f"<div class='premium-content'>{''.join(f'<p>{p}</p>' for p in STORY)}</div>"
        "</div></article>"
    )


def test_key_points_listed_before_the_body_are_its_lead() -> None:
    """A summary list of unlinked sentences ("summary-list") above the body is the article's
    lead, like a standfirst."""
    text = _own(_with_summary("".join(f"<li>{k}</li>" for k in KEY_POINTS)))
    assert all(k in text for k in KEY_POINTS)
    assert text.index(KEY_POINTS[1]) < text.index(STORY[0])


def test_a_summary_list_of_linked_teasers_is_not_a_lead() -> None:
    items = "".join(f"<li><a href='/story/{i}'>{k}</a></li>" for i, k in enumerate(KEY_POINTS))
    text = _own(_with_summary(items))
    assert STORY[0] in text and KEY_POINTS[0] not in text


def test_a_spoken_summary_repeating_the_story_is_left_out() -> None:
    """A <main> holding the story's <article> and, before it, a "speakable" copy of its
    opening: the widening stops at the <article> (one whole composition) and the copy is not
    taken as the story's intro, as it repeats the body."""
    summary = f"<div class='speakable'><b>Hotel secrets : Travel Show</b> <b>{STORY[0]} {STORY[1]}</b></div>"
    article = (
        "<article class='story'><div class='storytitle'><h1>Hotel secrets</h1></div>"
        f"{''.join(f'<p>{p}</p>' for p in STORY)}</article>"
    )
    text = _own(
        _page(f"<main>{summary}<div id='wrapper'><section>{article}</section></div></main>")
    )
    assert all(p in text for p in STORY)
    assert "Travel Show" not in text and text.count(STORY[0]) == 1


def test_widening_stops_at_the_article_element() -> None:
    """The best block is one section of an <article>: widening takes the article, not the
    <main> around it that holds another story's text."""
    from pipeline.maintext.scoring import score_candidates, widen_to_sections
    from pipeline.web.html import compute_stats, parse, prune

    other = "".join(f"<p>{p.replace('hotel', 'ferry')}</p>" for p in STORY)
    page = _page(
        f"<main><article><h1>Hotel secrets</h1><div class='text'><p>{STORY[0]}</p>"
        f"<p>{STORY[1]}</p></div><p>{STORY[2]}</p></article><div class='next'>{other}</div></main>"
    )
    doc = parse(page)
    assert doc is not None
    body = prune(doc)
    stats = compute_stats(body)
    cands = score_candidates(stats)
    top = max(cands.raw, key=cands.final)
    assert top.get("class") == "text"
    assert widen_to_sections(top, stats).tag == "article"


def _step(section: int, step: int) -> str:
    return (
        f"<li><div class='step'><b>Walk for half an hour, part {section}.{step}.</b> Brisk walking"
        " burns fat around the belly, and it is easy to fit into a day. Try to walk after"
        " meals, when your body is digesting, and keep a steady pace for the whole walk"
        " (<a href='/walking'>see our guide to brisk walking</a>).</div></li>"
    )


def test_a_summary_box_does_not_beat_the_sections_it_summarizes() -> None:
    """A how-to cut into sections of steps (each linking to a guide), each scoring less than
    a dense summary box ("about this article") beside them: the article around both is the
    text, though its links keep the widening from reaching it."""
    summary = (
        "<div class='section aboutthisarticle'><h2>Article summary</h2><div class='section_text'>"
        + " ".join(
            "To lose fat, eat small meals, drink water, sleep well, walk, run, swim, and rest;"
            " cut sugar, salt, fat, and alcohol, as your doctor advises."
            for _ in range(5)
        )
        + "</div></div>"
    )
    sections = "".join(
        f"<div class='section steps'><h2>Part {s}</h2><div class='section_text'><ol>"
        + "".join(_step(s, i) for i in range(1, 7))
        + "</ol></div></div>"
        for s in range(1, 5)
    )
    text = _own(_page(f"<div class='content'>{sections}{summary}</div>"))
    assert "part 1.1" in text and "part 4.6" in text


def test_an_article_printed_twice_is_read_once() -> None:
    """A column holding the article and a copy of it (a disabled print layer; an ad label
    inside one of them): their shared column outscores either copy; one copy is the text."""
    paras = "".join(f"<p>{p}</p>" for p in STORY)
    with_ad = "".join(
        f"<p>{p}</p>" + ("<div class='ad-label'>Skip to text ADVERT</div>" if i == 1 else "")
        for i, p in enumerate(STORY)
    )
    column = (
        "<div id='left-column'><h1>Hotel secrets</h1>"
        + "".join(
            f"<p>Interview {i}: a hotel manager told us, at length, what guests never hear.</p>"
            for i in range(4)
        )
        + f"<div class='disabled' id='layer'><div class='div-content'>{paras}</div></div>"
        + f"<div class='art-content'>{with_ad}</div></div>"
    )
    text = _own(_page(column))
    assert all(text.count(p) == 1 for p in STORY)


def test_a_mobile_copy_beside_the_article_is_left_out() -> None:
    """The same article in a desktop and a mobile block side by side (one hidden by the
    style sheet): the copy is not taken as a sibling continuing the text."""
    paras = "".join(f"<p>{p}</p>" for p in STORY)
    body = (
        f"<div class='story'><div class='story-desktop'>{paras}</div>"
        f"<div class='story-mobile'>{paras}</div></div>"
    )
    text = _own(_page(body))
    assert all(text.count(p) == 1 for p in STORY)


def test_an_article_in_a_modal_is_not_set_aside_for_teasers() -> None:
    """An article opened in a modal layer (marked as furniture, kept for its size) beside a
    list of teasers with their summaries: the teasers are not a prose body to prefer."""
    teasers = "".join(
        f"<li><a href='/story/{i}'>Another story {i}</a><p>A summary of the story, in a"
        f" sentence or two, with its place, its people and its date, number {i}.</p></li>"
        for i in range(8)
    )
    article = "".join(f"<p>{p}</p>" for p in STORY * 3)
    body = f"<div class='modal-layer'><div class='story'>{article}</div></div><ul>{teasers}</ul>"
    text = _own(_page(body, title="Travel"))
    assert STORY[0] in text and "Another story" not in text


def test_a_box_of_text_ads_beside_the_body_is_not_more_of_it() -> None:
    """Under the article's body, in the same column, a box of sponsored links, each with a
    line of description: it scores as text, but a third of it is links."""
    ads = "".join(
        f"<p><a href='http://shop{i}.example'>Shop number {i} online store</a> : a magazine"
        f" for the family and more. www.shop{i}.example</p>"
        for i in range(6)
    )
    body = (
        "<div id='holder'><h1>Hotel secrets</h1>"
        f"<div id='article_body'>{''.join(f'<p>{p}</p>' for p in STORY)}</div>"
        f"<div id='box_text'><div class='box_body'>{ads}</div></div></div>"
    )
    text = _own(_page(body))
    assert STORY[-1] in text and "Shop number" not in text
