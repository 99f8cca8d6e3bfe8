"""A short story by its headline and the boxes of the page's other column.

`best_container` takes an article split into sections whole: when three blocks or more score
close to the best one, their shared ancestor is the article. A one-paragraph story had three
boxes of the right-hand column scoring close to it, each a paragraph of another story's
summary, and the page's content wrapper (both columns) was taken. The split's parts lie in
the wrapper the headline shares with the best block; a headline above the article's wrapper
(a page header) still lets a split article be taken whole. The pages are made up.
"""

from __future__ import annotations

from pipeline.extract import extract_text
from pipeline.maintext.headline import parts_by_headline
from pipeline.web.html import parse

STORY = (
    "The national football association's president has been named to the world body's "
    "referees committee, where he will inspect stadiums abroad and brief match officials "
    "on security before the tournaments of the next four years, the association said. He "
    "is the first official of the country to sit on the committee since it was set up, and "
    "he said on Tuesday that he would give up none of his duties at home to take the post."
)

BOXES = [
    "The former president of the association was named for another term on the same "
    "committee last year, and the two men will now sit side by side at its meetings, "
    "which are held four times a year at the world body's headquarters.",
    "The rally championship's final round drew a record crowd to the forest stages on "
    "Saturday, and the team that won the title said it would defend it next season with "
    "the same two drivers and a new car built over the winter.",
    "The tennis coach of the country's best player says his pupil will play fewer "
    "tournaments next year, so as to arrive fresh at the four major events and avoid the "
    "injuries that cut short the second half of this season.",
]

SECTIONS = [
    "The first part of the report describes how the river rose during the night and how "
    "the residents of the lower town were woken by the sirens a little after two o'clock.",
    "The second part follows the volunteers who filled sandbags until dawn at the school "
    "gymnasium, and the bus drivers who carried the elderly to the hall on the hill.",
    "The third part looks at what the town council will do next: a new wall along the "
    "quay, a study of the old drains, and a plan for warning the residents sooner.",
]


def _text(html: str) -> str:
    return extract_text(html, url="https://sport.example.pl/pilka/prezes-komisja.html") or ""


def _boxes() -> str:
    return "".join(
        f'<div class="box" id="box{i}"><h3><a href="/s{i}">Another story</a></h3>'
        f"<p>{text}</p></div>"
        for i, text in enumerate(BOXES)
    )


def test_the_other_columns_boxes_are_no_parts_of_a_story_by_its_headline() -> None:
    """`parts_by_headline` on the page's tree: the right-hand column's boxes and the column
    go, the wrappers holding the story stay (the split then has no parts beside it)."""
    body = parse(
        "<html><body><div id='content'><div id='leftCol'><div id='art'>"
        f"<h1>The president joins the referees committee</h1><div id='txt'><p>{STORY}</p></div>"
        f"</div></div><div id='rightCol'>{_boxes()}</div></div></body></html>"
    )
    found = {el.get("id"): el for el in body.iter() if el.get("id")}
    close = [found["rightCol"], found["content"], found["box0"], found["box1"], found["box2"]]
    kept = parts_by_headline(found["txt"], body.find(".//h1"), close)
    assert kept == [found["content"]]


def test_parts_by_a_headline_above_the_articles_wrapper_all_count() -> None:
    body = parse(
        "<html><body><div id='header'><h1>The night the river rose</h1></div><div id='main'>"
        + "".join(f"<div id='s{i}'><p>{p}</p></div>" for i, p in enumerate(SECTIONS))
        + "</div></body></html>"
    )
    found = {el.get("id"): el for el in body.iter() if el.get("id")}
    close = [found["s1"], found["s2"], found["main"]]
    assert parts_by_headline(found["s0"], body.find(".//h1"), close) == close


def test_an_article_split_into_sections_under_a_page_header_stays_whole() -> None:
    sections = "".join(
        f'<div class="section"><h2>Part {i + 1}</h2><p>{text}</p></div>'
        for i, text in enumerate(SECTIONS)
    )
    html = (
        "<html><head><title>The night the river rose</title></head><body>"
        '<div class="header"><h1>The night the river rose</h1></div>'
        f'<div class="main">{sections}</div></body></html>'
    )
    text = _text(html)
    for section in SECTIONS:
        assert section in text
