"""A page's way to an extraction worker and its article's way back (pipeline.handoff, the
worker pipes): the same records as pickled whole, for every shape a page or article takes."""

from __future__ import annotations

import json
import pickle
import random
import threading
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from multiprocessing import Pipe
from pathlib import Path
from typing import Any

import pytest

from pipeline.app.pagework import PagePipeline
from pipeline.app.worker_pipes import Worker
from pipeline.handoff import join_page, lean, recv_page_parts, send_page
from pipeline.pages import make_article, worker_make
from pipeline.records import Article, RawPage, Reject, RejectReason
from pipeline.storage.files import AtomicJsonlWriter
from tests.pagework_helpers import Recorder, page


class _Page(RawPage):
    """A RawPage of another class: sent pickled whole."""


def _sent(p: RawPage) -> RawPage:
    receiving, sending = Pipe(duplex=False)
    sender = threading.Thread(target=send_page, args=(sending, p))  # (a body past the pipe)
    sender.start()
    got = join_page(*recv_page_parts(receiving))
    sender.join()
    sending.close()
    with pytest.raises(EOFError):  # two messages a page, none left over
        receiving.recv_bytes()
    return got


_TIMES = [
    None,
    datetime(2026, 12, 7, 21, 35, 19, 741858, tzinfo=UTC),
    datetime(2026, 1, 1, tzinfo=UTC),
    datetime(2026, 3, 29, 1, 30, fold=1, tzinfo=UTC),  # sent whole: fold kept
    datetime(2026, 12, 7, 21, 35, 19),  # naive
    datetime(2026, 12, 7, 21, 35, tzinfo=timezone(timedelta(hours=8))),
    datetime(2026, 12, 7, 21, 35, tzinfo=timezone(timedelta(0), "GMT")),  # UTC by offset only
]


@pytest.mark.parametrize("when", _TIMES, ids=repr)
@pytest.mark.parametrize(
    "body", [b"", b"<html>x</html>", bytes(range(256)) * 400], ids=["empty", "small", "100kb"]
)
def test_a_page_reaches_the_worker_as_it_was_sent(when: datetime | None, body: bytes) -> None:
    p = RawPage(
        url="https://example.com/a?b=1",
        body=body,
        status=203,
        headers={"Content-Type": "text/html; charset=gbk", "ETag": '"x"'},
        final_url="https://example.com/a/",
        fetched_at=when,
        site="sohu",
        block_checked=True,
    )
    got = _sent(p)
    assert type(got) is RawPage and got == p
    for name in ("body", "headers", "final_url", "site", "block_checked", "status", "url"):
        assert getattr(got, name) == getattr(p, name)
    assert type(got.headers) is type(p.headers)
    if when is not None:  # the same instant, zone object and fold (== alone ignores them)
        assert got.fetched_at is not None
        assert (got.fetched_at.tzinfo, got.fetched_at.fold) == (when.tzinfo, when.fold)
        assert got.fetched_at.utcoffset() == when.utcoffset()
        assert got.fetched_at.isoformat() == when.isoformat()
    else:
        assert got.fetched_at is None


def test_pages_of_other_shapes_are_sent_whole() -> None:
    odd = _Page(url="u", body=b"b", fetched_at=datetime.now(UTC))
    assert type(_sent(odd)) is _Page and _sent(odd) == odd
    held = RawPage(url="u", body=bytearray(b"abc"))  # type: ignore[arg-type]
    assert _sent(held).body == bytearray(b"abc")
    assert _sent(RawPage(url="u", body=b"x", headers={})).block_checked is False


def _article(text: str, **more: Any) -> Article:
    if any("\ud800" <= c <= "\udfff" for c in text):  # no UTF-8 for its hash: one given
        more.setdefault("content_hash", "0" * 64)
    return Article(url="https://example.com/a", title="T", text=text, **more)


_TEXTS = [
    'One paragraph.\nTwo paragraphs, "quoted" and back\\slashed.',
    "中文段落。\n第二段，含有标点符号！",
    "tabs\tand\rreturns\x00nul\x1f\x7f\u2028\u2029 separators",
    "emoji 😀 and combining e\u0301 and rtl \u202e text",
    "lone \ud800 surrogate and \udfff",
    "",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_an_article_comes_back_without_its_text_and_equal(text: str) -> None:
    article = _article(
        text,
        published_at=datetime(2026, 1, 2, 3, 4, tzinfo=timezone(timedelta(hours=8))),
        images=("https://example.com/i.png",),
        text_simplified=text[::-1] or None,
    )
    article.json_line  # noqa: B018 - made, as a worker makes it (worker_make)
    data = pickle.dumps((lean(article), []), pickle.HIGHEST_PROTOCOL)
    got, lines = pickle.loads(data)
    assert lines == [] and type(got) is Article
    assert "text" not in got.__dict__  # not sent: read from the line when asked
    assert got.json_line == article.json_line and got.id == article.id
    assert got == article  # (reads the text)
    assert got.text == text and got.__dict__["text"] == text
    assert got.to_dict() == article.to_dict() and got.paragraphs == article.paragraphs
    assert hash(got) == hash(article) and repr(got) == repr(article)


def test_a_lean_article_changes_and_pickles_as_any_other() -> None:
    article = _article("Some text.\nMore text.", summary="S")
    article.json_line  # noqa: B018
    got = pickle.loads(pickle.dumps(lean(article)))
    changed = got.with_changes(title="U")  # before its text was read
    assert changed == article.with_changes(title="U")
    assert changed.json_line == article.with_changes(title="U").json_line
    again = pickle.loads(pickle.dumps(pickle.loads(pickle.dumps(lean(article)))))
    assert again == article
    assert replace(pickle.loads(pickle.dumps(lean(article))), author="A").text == article.text
    with pytest.raises(AttributeError, match="no attribute 'nothing'"):
        got.nothing  # noqa: B018


def test_only_an_article_with_its_line_made_goes_lean() -> None:
    article = _article("Text.")
    assert lean(article) is article  # no line made: sent whole (the line holds the text)
    reject = Reject("u", RejectReason.EMPTY, "x")
    assert lean(reject) is reject and lean(None) is None


def test_the_lean_answer_carries_the_text_once(tmp_path: Path) -> None:
    """What a worker answers for a page holds the page's text in its JSON line only."""
    made, lines = worker_make(page(1), None)
    assert isinstance(made, Article)
    whole = pickle.dumps((made, lines), pickle.HIGHEST_PROTOCOL)
    sent = pickle.dumps((lean(made), lines), pickle.HIGHEST_PROTOCOL)
    assert whole.count(made.text.encode()) == 1 and made.text.encode() not in sent
    assert len(sent) < len(whole) - len(made.text)


def test_articles_made_by_a_worker_arrive_equal_and_lean() -> None:
    pages = [page(i) for i in range(6)]
    recorder = Recorder()
    with PagePipeline(recorder, 1, start_after=0) as on_page:
        assert on_page.ready(timeout=60)
        for p in pages:
            on_page(p)
    assert on_page.offloaded == len(pages)
    for p, (url, made) in zip(pages, recorder.made, strict=True):
        assert isinstance(made, Article) and url == p.url
        assert "text" not in made.__dict__
        expected = make_article(p)
        assert isinstance(expected, Article)
        assert made.json_line == expected.json_line and made == expected


def test_a_worker_is_asked_for_answers_without_a_selector(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`Worker.waiting` answers as `Connection.poll` (nothing, an answer, the pipe's end, a
    closed connection) by one poll call, not a selector built at each call."""
    receiving, sending = Pipe(duplex=False)
    worker = Worker(process=None, tasks=sending, answers=receiving)  # type: ignore[arg-type]
    assert worker.waiting() is False and receiving.poll() is False
    sending.send_bytes(pickle.dumps(True))
    assert worker.waiting() is True and receiving.poll() is True
    worker.drain()
    assert worker.ready and worker.waiting() is False
    sending.send_bytes(pickle.dumps(("made", [])))
    calls = []
    monkeypatch.setattr(type(receiving), "poll", lambda *a: calls.append(a))
    worker.drain()
    assert list(worker.got) == [("made", [])]  # type: ignore[comparison-overlap]
    assert calls == []
    monkeypatch.undo()
    sending.close()
    assert worker.waiting() is True and receiving.poll() is True  # the end: readable
    receiving.close()
    with pytest.raises(OSError):
        worker.waiting()


def test_a_jsonl_file_holds_the_lines_as_written_one_by_one(tmp_path: Path) -> None:
    """The articles file is written through a megabyte's buffer: the same bytes as a line
    at a time, nothing in the file until the buffer fills or the writer closes."""
    rng = random.Random(7)
    lines = [
        json.dumps({"i": i, "text": "段落" * rng.randrange(1, 9000)}, ensure_ascii=False)
        for i in range(60)
    ]
    out = tmp_path / "articles.jsonl"
    with AtomicJsonlWriter(out) as writer:
        for line in lines[:5]:
            writer.write_line(line)
        assert [p for p in tmp_path.iterdir() if p.stat().st_size] == []  # held
        for line in lines[5:]:
            writer.write_line(line)
    assert out.read_text(encoding="utf-8") == "".join(f"{line}\n" for line in lines)
