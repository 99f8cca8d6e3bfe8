"""A page's Article does not depend on the pages the process made before it: each made-up
page of tests/order_pages.py alone in a fresh process, and all of them in one process in
three orders, give the same Article, text and metadata (benchmarks/extraction/order_check.py,
run in a new interpreter: this one has made other tests' pages already). Among the pages,
pairs that a cache keyed too loosely would mix up: one byline on its own site and on another
(the cached split of author names, keyed without the site's names, gave the second page the
first one's authors), two texts of one length differing in one character (a last-answer memo
keyed by length gave the second the first one's content hash): each injected bug made this
test fail."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pipeline.pages import make_article
from pipeline.records import Article, RawPage
from tests.order_pages import order_pages

_ROOT = Path(__file__).resolve().parents[1]
_SCRIPT = _ROOT / "benchmarks" / "extraction" / "order_check.py"


def _corpus(tmp: Path) -> Path:
    """The made-up pages as a corpus directory (a manifest.tsv and one file a page)."""
    rows = ["name\tlanguage\turl\tdir"]
    (tmp / "pages").mkdir()
    for name, lang, url, body in order_pages():
        (tmp / "pages" / f"{name}.html").write_bytes(body)
        rows.append(f"{name}\t{lang}\t{url}\tpages")
    (tmp / "manifest.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return tmp


def test_the_made_up_pages_make_articles() -> None:
    """The check compares something: every page makes an article with its text."""
    for name, _, url, body in order_pages():
        made = make_article(RawPage(url=url, body=body, headers={}, block_checked=False))
        assert isinstance(made, Article), (name, made)
        assert len(made.text) > 100, name


def test_each_page_alone_and_in_three_orders_gives_the_same_article(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    env = {**os.environ, "PYTHONPATH": str(_ROOT), "PYTHONDONTWRITEBYTECODE": "1"}
    done = subprocess.run(
        [sys.executable, str(_SCRIPT), str(corpus)],
        capture_output=True,
        text=True,
        env=env,
        cwd=_ROOT,
        timeout=300,
        check=False,
    )
    pages = len(order_pages())
    assert done.stdout.strip().endswith(f"{pages} pages, 0 differ between runs (0 outputs)"), (
        done.stdout + done.stderr
    )
    assert done.returncode == 0
