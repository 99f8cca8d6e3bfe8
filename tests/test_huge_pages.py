"""Pages whose text is over max_text_chars: rejected (too_large) before their metadata is read
when the outcome is certain, and every page's outcome the same as reading the whole article
first (benchmarks/extraction/hugepages.py times the megabyte-sized pages of these shapes)."""

from __future__ import annotations

import random

import pytest

from pipeline.config import PipelineConfig
from pipeline.errors import Rejected, RejectReason
from pipeline.extract import extract_article
from pipeline.pages import make_article
from pipeline.records import Article, RawPage, Reject
from pipeline.web.metadata import PageView

_WORDS = "the mayor said roads and schools would get more money next year after a long wait".split()
_HEAD = "<html><head><title>{0}</title></head><body><h1>{0}</h1>"
_LIMIT = 3_000


def _sentence(r: random.Random) -> str:
    return " ".join(r.choice(_WORDS) for _ in range(14)).capitalize() + "."


def _paragraphs(n: int, seed: int = 1) -> str:
    r = random.Random(seed)
    return "".join(f"<p>{_sentence(r)} {_sentence(r)}</p>" for _ in range(n))


def _log(n: int) -> str:
    lines = (
        f"2026-01-08 10:{i % 60:02d}:00 INFO request {i} handled in {i % 97} ms" for i in range(n)
    )
    return "<pre>" + "\n".join(lines) + "</pre>"


def _links(n: int) -> str:
    return (
        "<ul>"
        + "".join(f'<li><a href="/a/{i}">Story number {i} of the day</a></li>' for i in range(n))
        + "</ul>"
    )


def _table(n: int) -> str:
    return (
        "<table>"
        + "".join(f"<tr><td>row {i}</td><td>{i * 7}</td><td>kg</td></tr>" for i in range(n))
        + "</table>"
    )


_PAGES = {
    "long article": _HEAD.format("A long report") + _paragraphs(60) + "</body></html>",
    "log dump": _HEAD.format("Build log") + _log(300) + "</body></html>",
    "one text node": _HEAD.format("One node")
    + "<p>"
    + "A long sentence here. " * 400
    + "</p></body></html>",
    "list of links": _HEAD.format("Index") + _links(400) + "</body></html>",
    "giant table": _HEAD.format("Results") + _table(600) + "</body></html>",
    # a short article beside a huge sidebar of links: the page's text is over the limit, the
    # article's is not (an article today, and still)
    "short article, huge sidebar": (
        _HEAD.format("Council budget")
        + "<article>"
        + _paragraphs(4)
        + "</article><aside>"
        + _links(400)
        + "</aside></body></html>"
    ),
    "under the limit": _HEAD.format("Short") + _paragraphs(5) + "</body></html>",
    "undecodable bytes": _HEAD.format("Noise")
    + "<p>"
    + "bad \ufffd\ufffd bytes " * 600
    + "</p></body></html>",
}


def _page(html: str) -> RawPage:
    return RawPage(url="https://news.example.com/2026/01/08/story.html", body=html.encode())


def _whole_article_first(page: RawPage, limit: int) -> Article | tuple[RejectReason, str]:
    """The form before: the whole article (metadata first), then its length checked."""
    try:
        article = extract_article(page)
    except Rejected as rej:
        return rej.reason, rej.detail
    if len(article.text) > limit:
        return (
            RejectReason.TOO_LARGE,
            f"{len(article.text)} characters of text, over max_text_chars ({limit})",
        )
    return article


def _with_limit(page: RawPage, limit: int) -> Article | tuple[RejectReason, str]:
    try:
        article = extract_article(page, max_text_chars=limit)
    except Rejected as rej:
        return rej.reason, rej.detail
    if len(article.text) > limit:  # (as article_from_page checks it)
        return (
            RejectReason.TOO_LARGE,
            f"{len(article.text)} characters of text, over max_text_chars ({limit})",
        )
    return article


@pytest.mark.parametrize("name", list(_PAGES))
def test_the_outcome_is_that_of_the_whole_article_read_first(name: str) -> None:
    page = _page(_PAGES[name])
    assert _with_limit(page, _LIMIT) == _whole_article_first(page, _LIMIT)


def test_the_shapes_cover_each_outcome() -> None:
    outcomes = {name: _with_limit(_page(html), _LIMIT) for name, html in _PAGES.items()}
    assert outcomes["long article"][0] is RejectReason.TOO_LARGE  # type: ignore[index]
    assert outcomes["log dump"][0] is RejectReason.TOO_LARGE  # type: ignore[index]
    assert outcomes["list of links"][0] is RejectReason.NOT_ARTICLE  # type: ignore[index]
    assert outcomes["undecodable bytes"][0] is RejectReason.UNDECODABLE  # type: ignore[index]
    assert isinstance(outcomes["short article, huge sidebar"], Article)
    assert isinstance(outcomes["under the limit"], Article)


@pytest.mark.parametrize("name", ["long article", "log dump", "one text node"])
def test_a_page_certainly_over_the_limit_is_rejected_before_its_metadata(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _page(_PAGES[name])
    expected = _whole_article_first(page, _LIMIT)

    def unread(self: PageView, *args: object, **kwargs: object) -> None:
        raise AssertionError("metadata read")

    monkeypatch.setattr(PageView, "metadata", unread)
    made = make_article(page, PipelineConfig(max_text_chars=_LIMIT))
    assert isinstance(made, Reject)
    assert (made.reason, made.detail) == expected
    assert made.url == page.effective_url


def test_a_page_under_the_default_limit_takes_the_usual_path(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A page whose markup is no longer than the limit is never read text first (every news
    page: no second parse, no count of its text)."""
    calls = []
    original = PageView.fresh

    def counted(self: PageView) -> PageView:
        calls.append(1)
        return original(self)

    monkeypatch.setattr(PageView, "fresh", counted)
    made = make_article(_page(_PAGES["long article"]))
    assert isinstance(made, Article) and not calls


def _tiny_spans(n: int) -> str:
    return _HEAD.format("Tiny elements") + "<p>" + "<span>word</span> " * n + "</p></body></html>"


def test_a_page_of_more_nodes_than_max_elements_is_rejected_before_it_is_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each node costs the readers 5-25 us: a page of more than `max_elements` is rejected
    too_large after its parse, naming the count and the key, before any reader runs."""
    page = _page(_tiny_spans(500))
    nodes = len(PageView.parse(page.body.decode()).nodes)  # type: ignore[union-attr]

    def unread(self: PageView, *args: object, **kwargs: object) -> None:
        raise AssertionError("metadata read")

    with monkeypatch.context() as patched:
        patched.setattr(PageView, "metadata", unread)
        made = make_article(page, PipelineConfig(max_elements=nodes - 1))
    assert isinstance(made, Reject)
    assert made.reason is RejectReason.TOO_LARGE
    assert made.detail == f"{nodes} elements, over max_elements ({nodes - 1})"
    assert isinstance(make_article(page, PipelineConfig(max_elements=nodes)), Article)


def test_the_default_element_cap_keeps_a_long_article_and_refuses_a_flood() -> None:
    cap = PipelineConfig().max_elements
    assert isinstance(make_article(_page(_PAGES["long article"])), Article)
    made = make_article(_page(_tiny_spans(cap)))
    assert isinstance(made, Reject) and made.reason is RejectReason.TOO_LARGE
    assert "over max_elements" in made.detail
