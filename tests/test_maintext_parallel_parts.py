"""An article printed in parallel wrappers of one template is read whole: a CMS's content
sections (each a heading, a picture and a text box several wrappers deep, the wrappers
scoring a fraction of the text box), a page builder's text modules whose class names the
instance ("pb_custom_1517"), and builder rows whose text column sits beside an icon's column
and names its width ("pb_col-10" where the first row's says "pb_col-12"). A section or a
row of the template holding a menu of links or a newsletter form stays out."""

from __future__ import annotations

import lxml.html

from pipeline.extract import extract_text
from pipeline.maintext.parallel import same_template, wrapped_score
from pipeline.web.linkstats import compute_stats

URL = "https://shop.example.org/c/greener-deliveries"

SECTIONS = (
    (
        "Greener deliveries",
        "As a family business we want our online shop to leave a smaller mark on the land we"
        " live on, and we have changed how every parcel is packed, sent and returned this year.",
    ),
    (
        "Return papers by e-mail",
        "From this spring the delivery note and the return label no longer travel in the"
        " parcel: both reach you by e-mail, which saves about forty tonnes of paper a year.</p>"
        "<p>Should you have no printer at home, any of our stores prints the label for you at"
        " the till, and the parcel can be left there too; the driver takes it the next day.</p>"
        "<p>Customers who order as guests get the same e-mail, sent to the address they gave"
        " with the order, and a link in it that stays valid for thirty days after delivery.",
    ),
    (
        "Short printed guides",
        "The long printed manual that came with each kettle and lamp is now a short card; the"
        " whole manual waits on our website and can be read or printed whenever it is needed.",
    ),
    (
        "Boxes from our own waste paper",
        "The paper our stores throw away goes back to the mill and comes back to us as the"
        " brown boxes your orders arrive in, so that no new tree is cut for a single parcel.",
    ),
)
OPENING = (
    "Last year alone the shop sent more than two million parcels across the country, most"
    " of them to homes in small towns far from any of our stores, and each one left waste."
)
MENU = "".join(
    f'<a href="/c/{w}">{w.title()} and more {w}</a> ' for w in ("lamps", "kettles", "toys")
)


def _section(n: int, heading: str, text: str) -> str:
    """A content section: its anchor, the section box (its class naming its instance), the
    component (a picture, a content box), the text box holding the heading and the
    paragraph; the first section's heading
    is the page's headline (an <h2>: the shop's name is its <h1>)."""
    tag = "h2" if n == 0 else "h3"
    if n == 0:
        text += f"</p><p>{OPENING}"
    return (
        f'<section class="Page__SectionWrapper" id="s{n}"><a class="Page__anchor" id="a{n}"></a>'
        f'<div class="Page__Section lazy-section Page__Section--{n}"><section class="TextAndImage">'
        f'<div class="TextAndImage__Image"><img src="/i{n}.jpg" alt=""></div>'
        f'<div class="TextAndImage__Content"><div class="TextAndImage__Text">'
        f"<{tag}>{heading}</{tag}><p>{text}</p></div></div></section></div></section>"
    )


STEPS = (
    ("1", "Sign in"),
    ("2", "Open your orders"),
    ("3", "Choose the item"),
    ("4", "Print the label"),
    ("5", "Drop the parcel off"),
    ("6", "Wait for the refund"),
)


def _links_section(n: int, label: str) -> str:
    """A section holding one link: a jump to another part of the shop."""
    return (
        f'<section class="Page__SectionWrapper" id="s{n}"><div class="Page__Section">'
        f'<a href="/c/{n}">{label}</a></div></section>'
    )


def _steps_section(n: int) -> str:
    """A section of numbered short steps: lines, no prose."""
    steps = "".join(f"<li><span>{k}</span><strong>{s}</strong></li>" for k, s in STEPS)
    return (
        f'<section class="Page__SectionWrapper" id="s{n}"><div class="Page__Section">'
        f"<h3>Returning an order</h3><ol>{steps}</ol><p>Questions? Call us.</p></div></section>"
    )


def _shop_page(extra: str = "") -> str:
    sections = _section(0, *SECTIONS[0])
    sections += _links_section(5, "All our steps towards greener shopping at a glance")
    sections += _links_section(6, "How to send a parcel back to us, step by step")
    sections += "".join(_section(i, h, t) for i, (h, t) in enumerate(SECTIONS) if i)
    sections += _steps_section(7) + _steps_section(8)
    return (
        "<html><head><title>Greener deliveries</title></head><body>"
        f'<header><h1><a href="/">Example Shop</a></h1><nav class="main-nav">{MENU}</nav></header>'
        f'<main><div class="Page__Sections">{sections}{extra}</div></main>'
        "<footer><p>Example Shop</p></footer></body></html>"
    )


def test_every_content_section_of_the_page_is_read() -> None:
    text = extract_text(_shop_page(), URL)
    for heading, para in SECTIONS:
        for part in para.split("</p><p>"):
            assert part in text
        assert heading in text or heading == "Greener deliveries"  # (the headline: the title's)


def test_a_section_of_links_stays_out() -> None:
    menu = f'<section class="Page__SectionWrapper" id="s9"><div class="Page__Section">{MENU}</div></section>'
    text = extract_text(_shop_page(menu), URL)
    assert SECTIONS[3][1] in text
    assert "Kettles and more" not in text


def test_a_one_line_note_in_a_section_of_the_template_stays_out() -> None:
    note = (
        '<section class="Page__SectionWrapper" id="s9"><a class="Page__anchor"></a>'
        '<div class="Page__Section lazy-section Page__Section--9"><div class="Note">'
        "<p>On air: Shop Radio | Morning news | 20 April 2020 | 13:00</p></div></div></section>"
    )
    text = extract_text(_shop_page(note), URL)
    assert SECTIONS[3][1] in text
    assert "On air" not in text


def test_a_pictures_caption_in_a_section_of_the_template_stays_out() -> None:
    picture = (
        '<section class="Page__SectionWrapper" id="s9"><a class="Page__anchor"></a>'
        '<div class="Page__Section lazy-section Page__Section--9"><div class="Hero">'
        '<section class="block hero-media"><figure><img src="/p.jpg">'
        "<figcaption><p>Parcels waiting at the depot on the edge of town, sorted by hand, in"
        " brown boxes, before the morning round, on a grey day, with the vans parked beside"
        " them, photographed by the staff of the shop in March, for the yearly report.</p>"
        "</figcaption></figure></section></div></div></section>"
    )
    text = extract_text(_shop_page(picture), URL)
    assert SECTIONS[3][1] in text
    assert "depot" not in text


ROW_TEXT = (
    "The ferry between the two islands will run every hour from May, the harbour office said"
    " on Tuesday, after a second boat was bought from a company on the mainland last winter.",
    "Until now the crossing ran four times a day, which left pupils and nurses waiting on the"
    " pier for hours; the new timetable was drawn up with the school and the clinic together.",
    "The second boat needs a new engine before it can carry cars, so for the first months it"
    " will take only walkers and bicycles, and the car deck opens once the engine is fitted.",
    "Fares stay as they are for islanders, while day visitors will pay a little more in the"
    " summer to help pay for the boat, the office added in a note sent to every household.",
)
BENEFITS = (
    (
        "Shorter waits",
        "A crossing every hour means that nobody waits on the pier for longer than an hour.",
    ),
    (
        "Fewer cars",
        "Walkers and cyclists fill the first boat, which leaves the island's roads quieter.",
    ),
    (
        "Safer piers",
        "The new pier lights were fitted while the timetable was being written this winter.",
    ),
)


VIDEO = (  # a video widget: a notice and the video's address as a link
    '<div class="pb_video_widget pb_content_element"><div class="pb_wrapper">'
    "<p>Turn on JavaScript to watch the video.</p>"
    '<a href="https://video.example.net/watch?v=ferry-timetable-2024-island">'
    "https://video.example.net/watch?v=ferry-timetable-2024-island</a></div></div>"
)


def _column(width: int, inner: str) -> str:
    return (
        f'<div class="pb_column pb_column_container pb_col-{width}"><div class="pb_column-inner">'
        f'<div class="pb_wrapper">{inner}</div></div></div>'
    )


def _text_module(n: int, html: str) -> str:
    return (
        f'<div class="pb_text_column pb_content_element pb_custom_{1500 + n}">'
        f'<div class="pb_wrapper">{html}</div></div>'
    )


def _builder_page(extra_row: str = "") -> str:
    first = (
        _text_module(11, f"<p>{ROW_TEXT[0]} {ROW_TEXT[1]}</p><p>{ROW_TEXT[2]}</p>")
        + VIDEO
        + _text_module(12, f"<h2>What changes for islanders</h2><p>{ROW_TEXT[3]}</p>")
        + VIDEO
    )
    rows = f'<div class="pb_row pb_row-fluid">{_column(12, first)}</div>'
    for n, (head, text) in enumerate(BENEFITS):
        rows += (
            f'<div class="pb_row pb_row-fluid">{_column(2, "")}'
            f"{_column(10, _text_module(20 + n, f'<p><strong>{head}</strong><br>{text}</p>'))}</div>"
        )
    return (
        "<html><head><title>Ferry every hour</title></head><body>"
        f'<nav class="main-nav">{MENU}</nav>'
        f'<main><h1>Ferry every hour</h1><div class="blog-content">{rows}{extra_row}</div></main>'
        "<footer><p>Island News</p></footer></body></html>"
    )


def test_a_builders_modules_and_its_later_rows_are_read() -> None:
    text = extract_text(_builder_page(), "https://news.example.org/ferry-every-hour")
    for para in ROW_TEXT:
        assert para in text
    for head, line in BENEFITS:
        assert line in text
        assert head in text


def test_a_later_row_holding_a_form_stays_out() -> None:
    form = (
        f'<div class="pb_row pb_row-fluid">{_column(2, "")}'
        + _column(
            10,
            _text_module(
                40,
                "<form><p>Get the island's news every morning in your inbox, free of charge,"
                " and never miss a timetable change again.</p><input name='mail'></form>",
            ),
        )
        + "</div>"
    )
    text = extract_text(_builder_page(form), "https://news.example.org/ferry-every-hour")
    assert BENEFITS[2][1] in text
    assert "inbox" not in text


def test_same_template_sets_aside_the_tokens_naming_an_instance() -> None:
    assert same_template("pb_text_column pb_custom_1511", "pb_text_column pb_custom_1512")
    assert same_template("el el-1d905f60 el-section", "el el-242d83de el-section")
    assert same_template("box", "box")
    assert not same_template("large-8 columns", "large-4 columns")  # a grid's widths
    assert not same_template("content", "content cols-3")
    assert not same_template("article-body", "sidebar")
    assert not same_template(None, "box")


def test_wrapped_score_reads_down_to_the_block_a_wrapper_stands_for() -> None:
    root = lxml.html.fragment_fromstring(
        '<div id="w"><a id="anchor"></a><div id="m"><div id="t"><p>Some text in a box.</p>'
        '</div></div></div><div id="two"><p>One paragraph here.</p><p>And another one.</p></div>',
        create_parent="div",
    )
    st = compute_stats(root)
    scores = {"w": 1.0, "m": 2.0, "t": 9.0, "two": 3.0}

    def score(el: lxml.html.HtmlElement) -> float:
        return scores.get(el.get("id") or "", 0.0)

    by_id = {el.get("id"): el for el in root.iter() if el.get("id")}
    assert wrapped_score(by_id["w"], score, st) == 9.0
    assert wrapped_score(by_id["two"], score, st) == 3.0  # two blocks: it is the block
