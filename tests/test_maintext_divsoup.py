"""The generic extractor on "div soup": pages without HTML5 semantics (no <article>, <aside>,
<nav>, no roles or microdata) and old CMS pages that print the article as text cut by <br>
rather than <p>. Pages we wrote ourselves in the shape of the misses measured with the dev
corpora's semantic tags renamed to <div> and their paragraphs unwrapped into <br><br> text."""

from __future__ import annotations

from tests.sample_pages import COUNCIL_STORY as STORY
from tests.sample_pages import own_text as _own

TEASERS = [
    "A new bakery opened on Main Street this week, and the line of customers stretched around"
    " the block by seven in the morning.",
    "The high school football team won its third game in a row, beating its rival by two"
    " touchdowns in front of a record crowd.",
    "Firefighters rescued a cat from a tree near the park, then stayed to answer questions"
    " from children about their truck and their work.",
    "The library will extend its opening hours during the exam season, staying open until"
    " ten at night from Monday to Thursday.",
    "A local artist painted a mural on the side of the old post office, showing the town as"
    " it looked a hundred years ago.",
]


def _page(body: str) -> str:
    return (
        "<html><head><title>Council passes budget</title></head><body>"
        "<div class='top'><a href='/'>Home</a> <a href='/news'>News</a></div>"
        f"{body}</body></html>"
    )


def _teasers(n: int = len(TEASERS)) -> str:
    items = "".join(
        f"<div class='box'><h3><a href='/story/{i}'>Story {i}</a></h3><p>{t}</p></div>"
        for i, t in enumerate(TEASERS[:n])
    )
    return f"<div class='more'><h2>More from the town</h2>{items}</div>"


def _links(n: int) -> str:
    return "".join(
        f"<li><a href='/story/{i}'>Another story from the town hall, number {i}</a></li>"
        for i in range(n)
    )


def test_wrapper_named_by_a_layout_word_holding_the_article_is_kept() -> None:
    """The article's wrapper, an <article> or <main> once, is a <div> whose class names a
    menu or share bar by accident ("tag-budget" of a post's tags, "social-anchor" a script
    hooks on), and its own lists of links put more than a fifth of its text in links: it
    holds a block of running text, so it is searched, not dropped as a menu."""
    story = "".join(f"<p>{p}</p>" for p in STORY)
    page = _page(
        "<div class='post-17 post tag-budget tag-council social-anchor'>"
        "<div class='head'><h1>Council passes budget</h1></div>"
        f"<div class='body'>{story}</div>"
        f"<div class='more'><ul>{_links(9)}</ul></div>"
        "</div>"
        f"{_teasers()}"
    )
    out = _own(page)
    assert STORY[0] in out and STORY[-1] in out
    assert TEASERS[0] not in out


POLICY = [
    f"Section {i}. We and our partners store and read information on your device, such as"
    " cookies and identifiers, to measure the audience of our pages, to remember your"
    " choices, and to show you advertising that matches your interests; you may withdraw"
    " your consent at any time in the settings of this window."
    for i in range(1, 13)
]


def test_modal_marked_only_by_aria_modal_is_furniture() -> None:
    """A consent manager's preference window printing its whole policy (longer than the
    article), marked a modal by `aria-modal="true"` alone: no role, no <dialog>, its
    classes hashes. It is furniture, as a `role="dialog"` block is."""
    story = "".join(f"<p class='c1a2b3'>{p}</p>" for p in STORY)
    policy = "".join(f"<p>{p}</p>" for p in POLICY)
    page = _page(
        f"<div class='c9d8e7'><h1>Council passes budget</h1><div class='c4f5a6'>{story}</div></div>"
        "<div class='c0b1c2'><div aria-modal='true' aria-label='Privacy settings'>"
        f"<div class='c3d4e5'><h2>Your privacy</h2><div class='c6f7a8'>{policy}</div></div>"
        "</div></div>"
    )
    out = _own(page)
    assert STORY[0] in out and STORY[-1] in out
    assert POLICY[0] not in out


def test_siblings_of_text_cut_by_line_breaks_are_judged_from_the_text() -> None:
    """An article printed as one block of text cut by <br><br> is the container of its
    paragraphs, as the parent of <p>s is: the box of teasers beside its wrapper is not more
    of the article (it would be, judged from the wrapper, which scores as the container)."""
    text = "<br><br>".join(STORY + STORY[:2])
    page = _page(
        f"<div class='w'><h1>Council passes budget</h1><div class='t'>{text}</div></div>"
        f"{_teasers(3)}"
    )
    out = _own(page)
    assert STORY[0] in out and STORY[-1] in out
    assert TEASERS[0] not in out


MORE = [
    "The school board will vote on the new calendar next month, and parents may send their"
    " comments until the end of the week.",
    "The bridge on River Road will close for repairs in March, and a detour will send"
    " traffic through the centre of town for six weeks.",
    "A new bus line will link the station and the hospital from the spring, with a bus"
    " every twenty minutes during the day.",
]


def test_wrapper_adding_a_box_of_links_still_stands_for_its_part() -> None:
    """An article cut in two parts, each in a wrapper of one class; the second wrapper also
    holds a box of headlines linking away (an <aside> once, a bare <div> in div soup). That
    box adds only links: the wrapper stands for its part, and the first part, its sibling of
    the same class, is more of the article."""
    first = "".join(f"<p>{p}</p>" for p in STORY[:2])
    second = "".join(f"<p>{p}</p>" for p in STORY[2:] + MORE)
    box = "".join(
        f"<li><a href='/n/{i}'>Latest headline number {i} from the town</a></li>" for i in range(4)
    )
    page = _page(
        "<div class='story'><h1>Council passes budget</h1>"
        f"<div class='sup'><div class='part part-1'>{first}</div></div>"
        "<div class='ad-slot'></div>"
        f"<div class='sup'><div class='part part-2'>{second}</div><div class='box'><ul>{box}</ul></div></div>"
        "</div>"
    )
    out = _own(page)
    assert STORY[0] in out and MORE[-1] in out


def test_text_cut_by_line_breaks_scores_as_paragraphs() -> None:
    """An article printed as one block of text cut by <br><br> (old CMS pages) in one column,
    a box of teasers with a <p> summary each in the other: each line of the text counts as
    a paragraph, as each <p> would, and the article outscores the teasers (no <h1> names
    it: the headline is not there to tell them apart)."""
    text = "<br><br>".join(STORY + MORE)
    items = "".join(
        f"<div class='box'><h3><a href='/story/{i}'>Story {i}</a></h3><p>{t}</p></div>"
        for i, t in enumerate(TEASERS * 2)
    )
    page = _page(
        f"<div class='main'><div class='w'><b>Council passes budget</b><div>{text}</div></div>"
        f"</div><div class='side'><div class='more'>{items}</div></div>"
    )
    out = _own(page)
    assert STORY[0] in out and MORE[-1] in out
    assert TEASERS[0] not in out


def test_block_of_line_broken_text_is_the_container_not_its_wrapper() -> None:
    """An article printed as <br><br> lines in a wrapper that also holds a box of teasers
    (linked headlines and their summaries): the block of lines is the container, as the
    parent of <p>s would be, and the box beside it, mostly links, is not the article."""
    text = "<br><br>".join(STORY + MORE)
    items = "".join(
        f"<div class='i'><h3><a href='/story/{i}'>Story number {i} of the day:"
        f" {t.split(',')[0]}</a></h3><div>{t}</div></div>"
        for i, t in enumerate(TEASERS[:3])
    )
    page = _page(
        f"<div class='w'><h1>Council passes budget</h1><div>{text}</div>"
        f"<div class='x'><h2>More from the town</h2>{items}</div></div>"
    )
    out = _own(page)
    assert STORY[0] in out and MORE[-1] in out
    assert TEASERS[0] not in out


def test_caption_opening_its_wrapper_after_the_picture_is_kept() -> None:
    """A photo's caption named "caption", the first child of the caption's own wrapper (a
    <figcaption> once, a <div> in div soup) that follows the picture: no <figure> says it
    is one, but the picture just before its wrapper does. It is the article's, as a
    <figcaption> is."""
    caption = "Residents queue to speak at the town hall on Tuesday evening."
    first = "".join(f"<p>{p}</p>" for p in STORY[:2])
    rest = "".join(f"<p>{p}</p>" for p in STORY[2:])
    page = _page(
        f"<div class='story'><h1>Council passes budget</h1>{first}"
        "<div class='media'><div class='pic'><img src='/a.jpg' alt=''></div>"
        f"<div class='cap-wrap'><span class='caption'>{caption}</span></div></div>"
        f"{rest}</div>"
    )
    out = _own(page)
    assert caption in out
    assert STORY[0] in out and STORY[-1] in out


def test_siblings_of_a_line_broken_block_are_judged_by_its_own_score() -> None:
    """The block of <br><br> lines chosen as the container scores its parent, not itself:
    judged by that, any block after it with a few sentences (a box of other stories' summaries
    with a link each) would continue the article. Its own score as lines is the measure."""
    text = "<br><br>".join((STORY + MORE) * 4)
    summaries = "".join(
        f"<p><a href='/story/{i}'>Story {i}</a>: {t}</p>" for i, t in enumerate(TEASERS[:3])
    )
    page = _page(
        f"<div class='w'><h1>Council passes budget</h1><div class='t'>{text}</div>"
        f"<div class='s'>{summaries}</div></div>"
    )
    out = _own(page)
    assert STORY[0] in out and MORE[-1] in out
    assert TEASERS[0] not in out


def test_box_of_linked_headlines_after_line_broken_text_is_not_the_article() -> None:
    """After an article printed as <br><br> lines, a box of other stories in the same
    wrapper: each a section link, a linked headline, an author and a summary of plain text
    (no <p>), so the box reads as few links and scores as prose. Headings that each link
    away are other stories' headlines; the article's own subheadings do not link."""
    text = "<br><br>".join(STORY + MORE)
    items = "".join(
        f"<div class='q'><div class='c'><a href='/section/town'>Town</a>"
        f"<h2><a href='/story/{i}'>Story {i} of the day</a></h2>"
        f"<div class='by'><a href='/author/{i}'>A. Writer</a></div>{t} {t}</div></div>"
        for i, t in enumerate(TEASERS)
    )
    page = _page(
        f"<div class='w'><h1>Council passes budget</h1><div class='t'>{text}</div>"
        f"<h2>More stories</h2><div class='query'>{items}</div></div>"
    )
    out = _own(page)
    assert STORY[0] in out and MORE[-1] in out
    assert TEASERS[0] not in out


def test_cell_of_line_broken_text_inside_a_box_of_links_is_the_article() -> None:
    """An old portal's layout table: the article's text, cut by <br><br>, is a table cell's
    own text, nested in a cell that also lists many links (related stories, the section's
    latest). The text is one paragraph to the first scores, and the cell around it, mostly
    links, wins; scored as its lines, the text's own cell is the container (its table, no
    candidate, cannot stand for it)."""
    text = "<br><br>".join(STORY)
    links = "".join(
        f"<tr><td><a href='/n/{i}'>Another story from the town hall, number {i}</a>"
        f" (2024-05-{i + 1:02d})</td></tr>"
        for i in range(14)
    )
    page = _page(
        "<table><tr><td><h1>Council passes budget</h1></td></tr></table>"
        "<table><tr><td class='box'>"
        f"<table><tr><td><a href='/big.jpg'>Enlarge</a> {text}</td></tr></table>"
        f"<h3>Latest from the town hall</h3><table>{links}</table>"
        "</td></tr></table>"
    )
    out = _own(page)
    assert STORY[0] in out and STORY[-1] in out
    assert "Latest from" not in out and "number 3" not in out


ADS = [
    ("Sunny Flights", "Cheap flights to the islands, charter and air taxi."),
    ("Lingo School", "Learn a new language online, the first week free."),
    ("Kitchen World", "New kitchens at factory prices, visit our showroom."),
    ("Safe Home", "Home insurance from twelve euros a month."),
]


def _text_ads() -> str:
    """A box of text ads cut by <br><br>: a linked name, a pitch and the linked address."""
    ads = " <br><br> ".join(
        f"<a href='https://{n[:4].lower()}.example'>{n}</a> : {t} "
        f"<a href='https://{n[:4].lower()}.example'>www.{n.replace(' ', '').lower()}.example</a>"
        for n, t in ADS
    )
    return f"<div class='box-text'><div class='box-body'><div>{ads}</div></div></div>"


def test_line_broken_block_is_measured_against_its_wrappers_score_less_its_links() -> None:
    """The article's wrapper holds its headline, the article as <br><br> lines and a box of
    text ads named like text ("box-text"): that box adds to the wrapper's raw score, but
    the wrapper won for its score less its links, and the block of lines, scored as its
    lines, holds half of that: it is the container, and the ads are not the article."""
    text = "<br><br>".join(STORY)
    page = _page(
        "<div class='article-holder'><div class='cat'><a href='/town'>Town</a></div>"
        f"<h1>Council passes budget</h1><div class='body'>{text}</div><br><br>"
        f"{_text_ads()}</div>"
    )
    out = _own(page)
    assert STORY[0] in out and STORY[-1] in out
    assert ADS[0][1] not in out


LATER = [
    "Council members will meet again in April to set the fees for parking, and residents may"
    " write to them before then, by post or through the city's website.",
    "The new library branch, the largest item of the plan, should open in two years on the"
    " site of the old fire station, which has stood empty since 2019.",
]


def test_second_block_of_line_broken_text_is_more_of_the_article() -> None:
    """The article printed as two blocks of <br><br> lines (the text, then its last
    paragraphs with a link to the council's documents), then a box of text ads. The first
    block is the container; the second, one paragraph to the scores and a candidate of
    none, is judged by its own score as lines, as a block of <p>s is by its own."""
    first = "<br><br>".join([*STORY, *LATER])
    second = (
        f"{MORE[0]}<br><br>{MORE[1]}<br><br>The full budget is on <a href='/budget'>the"
        " council's page of budget documents for 2024, with the minutes of every meeting"
        " and the tables of spending by department and by school since 2010</a>, as the law requires.<br><br>"
        + MORE[2]
    )
    page = _page(
        "<div class='article-holder'>"
        f"<h1>Council passes budget</h1><div class='part'>{first}</div>"
        f"<div class='end'>{second}</div><br><br>{_text_ads()}</div>"
    )
    out = _own(page)
    assert STORY[0] in out and MORE[2] in out
    assert ADS[0][1] not in out


def test_cell_of_line_broken_text_is_the_container_not_the_layout_around_its_table() -> None:
    """A blog printed in a layout table: the post is a cell's own text cut by <br><br>, and
    the block holding the table adds the post's footer (a line of who posted it and when,
    the previous and next posts). Scored as its lines the cell is the container, as the cell
    holding <p>s would be, when it holds most of that block's text and nothing comes before
    it (a title or a lead opening the block stays with it, and so does the wrapper of a
    block of lines that is no table cell)."""
    text = "<br><br>".join([*STORY, *MORE])
    page = _page(
        f"<center><table><tr><td>{text}</td></tr></table>"
        "<div>Posted by the town reporter at 10:42, filed under council news and budget"
        " matters</div><div>Previous post: the library hours. Next post: the bridge repairs"
        " on River Road.</div></center>"
    )
    out = _own(page)
    assert STORY[0] in out and MORE[-1] in out
    assert "Posted by" not in out and "Previous post" not in out
