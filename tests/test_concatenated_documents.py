"""A page made of several HTML documents one after another: an old CMS includes a whole header
document (ending in `</body></html>`, then a script) before the story's own `<!DOCTYPE>`,
`<html>`, `<head>` and `<body>`. libxml2 gives the document element one <body> per document;
a browser shows them all. The story in the later body was never read: the page was rejected
as too short (its text the header's weather line). Pages written for this test."""

from __future__ import annotations

from pipeline.errors import RejectReason
from pipeline.pages import make_article
from pipeline.records import Article, RawPage, Reject
from pipeline.web.htmltree import free_body, parse

_STORY = [
    "The harbour board voted on Tuesday to close the old ferry terminal after forty years of"
    " service to the island towns.",
    "Board members said the repairs needed to keep the pier safe would cost more than a new"
    " terminal on the east shore.",
    "Residents who rely on the morning crossing asked the board to keep a temporary dock open"
    " until the new one is built.",
]
_HEADER = (
    "<html><head><meta name='description' content='Local news, weather and sports.'></head>"
    "<body><table><tr><td><a href='/'>Home</a><br><a href='/news'>News</a><br>"
    "<a href='/weather'>Weather</a><br><a href='/sports'>Sports</a><br><a href='/jobs'>Jobs</a>"
    "</td></tr><tr><td>Tuesday 15th of January 2008 Harbour Town"
    " Temperature: 25<br>Currently: Clear<br><a href='/wx'>Full Forecast</a></td></tr></table>"
    "</body>\n</html>\n<script>function popUp(u) { }</script>\n"
    '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n'
)
_URL = "http://example.com/news/index.php?ID=20129"


def _story_document(body: str) -> str:
    return (
        "<html><head><title>News::Ferry terminal to close</title></head><body>"
        "<table><tr><td><span class='title'><strong>Ferry terminal to close</strong></span>"
        f"</td></tr><tr><td colspan='3'>{body}</td></tr></table></body></html>"
    )


def _made(page: str) -> Article | Reject:
    return make_article(RawPage(url=_URL, body=page.encode("utf-8")))


def test_the_story_in_the_second_document_is_read() -> None:
    prose = "".join(f"<p>{p}</p>" for p in _STORY)
    made = _made(_HEADER + _story_document(prose))
    assert isinstance(made, Article)
    assert all(p in made.text for p in _STORY)
    assert "Temperature" not in made.text


def test_the_second_body_joins_the_first_in_order_with_its_loose_text() -> None:
    doc = parse("<html><body><p>one</p></body></html><html><body>two<p>three</p></body></html>")
    assert len(list(doc.iterchildren("body"))) == 2  # (libxml2's tree: a body each)
    free_body(doc)
    bodies = list(doc.iterchildren("body"))
    assert len(bodies) == 1
    assert " ".join(bodies[0].itertext()).split() == ["one", "two", "three"]


def test_the_header_is_no_story_when_the_second_document_is_a_list_of_links() -> None:
    links = "".join(
        f"<li><a href='/news/{i}'>Council news item number {i} of the week</a></li>"
        for i in range(12)
    )
    made = _made(_HEADER + _story_document(f"<ul>{links}</ul>"))
    assert isinstance(made, Reject)
    assert made.reason is RejectReason.NOT_ARTICLE


def test_a_page_of_one_body_is_left_alone() -> None:
    doc = parse("<html><head><title>T</title></head><body><p>one</p></body></html>")
    body = doc.find("body")
    free_body(doc)
    assert [child.tag for child in doc] == ["head", "body"]
    assert doc.find("body") is body
