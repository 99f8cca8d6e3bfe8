"""Issue 12 item 8: « entry-point URLs that are articles are refetched on every run ».

An entry point whose URL is an article already stored follows the rule of a known listed
article (spiders.incremental): fetched conditionally when its validators are known (a 304
counts as unchanged), not fetched at all (skipped, unchanged) when stored without them;
a feed entry point is still fetched every run, conditionally when it has validators.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.cli_helpers import run_cli, store_args
from tests.httpserver import LocalServer, Reply
from tests.sample_pages import article_page

HTML = {"Content-Type": "text/html; charset=utf-8"}
STAMP = "Thu, 08 Jan 2026 10:00:00 GMT"


def _page(n: int) -> bytes:
    return article_page(
        f"Harbour report {n}",
        f"Sentence {{i}} of harbour report {n}: the harbour market grew again.",
    )


def _overlay(tmp: Path) -> Path:
    overlay = tmp / "overlay.toml"
    overlay.write_text(
        "[crawl]\nallow_loopback = true\ntimeout = 5.0\ndownload_delay = 0.0\n"
        "autothrottle = false\nretry_times = 0\n",
        encoding="utf-8",
    )
    return overlay


def _run(tmp: Path, story: Path) -> dict[str, Any]:
    done = run_cli(tmp, "run", str(story), "--config", str(_overlay(tmp)), *store_args(tmp))
    assert done.returncode in (0, 3), done.stderr[-3000:]
    assert "Traceback" not in done.stderr
    assert "do not add up" not in done.stderr  # every discovered URL in exactly one bucket
    latest = tmp / "out" / "harbour" / "latest" / "run.json"
    report: dict[str, Any] = json.loads(latest.read_text(encoding="utf-8"))
    return report


def test_article_entry_points_are_not_refetched_in_full(tmp_path: Path) -> None:
    routes: dict[str, object] = {
        "/robots.txt": Reply(404, {"Content-Type": "text/plain"}, b""),
        # an article entry point with validators: asked conditionally on the next run
        "/news/validated.html": Reply(200, {**HTML, "ETag": '"v1"'}, _page(1)),
        # an article entry point without validators: stored, then not fetched again
        "/news/plain.html": Reply(200, HTML, _page(2)),
        # a listed article with a Last-Modified, and the feed listing it
        "/news/listed.html": Reply(200, {**HTML, "Last-Modified": STAMP}, _page(3)),
    }
    with LocalServer(routes) as server:  # type: ignore[arg-type]
        routes["/feed.xml"] = Reply(
            200,
            {"Content-Type": "application/rss+xml", "ETag": '"feed1"'},
            (
                '<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour</title>'
                f"<item><title>Harbour report 3: the harbour market</title>"
                f"<link>{server.url('/news/listed.html')}</link></item></channel></rss>"
            ).encode(),
        )
        entries = [server.url(p) for p in ("/news/validated.html", "/news/plain.html")]
        entries.append(server.url("/feed.xml"))
        story = tmp_path / "harbour.toml"
        story.write_text(
            'id = "harbour"\ntitle_hint = "Harbour"\nkeywords = ["harbour"]\n'
            'sites = ["generic"]\n[entry_points]\n'
            f"generic = {json.dumps(entries)}\n",
            encoding="utf-8",
        )
        first = _run(tmp_path, story)
        assert first["counts"]["new"] == 3, first["counts"]
        seen = len(server.requests)
        second = _run(tmp_path, story)
        requests_second = server.requests[seen:]
        # the article has changed on the site: a conditional request now gets the new page
        routes["/news/validated.html"] = Reply(
            200, {**HTML, "ETag": '"v2"'}, _page(1).replace(b"grew again", b"fell back")
        )
        third = _run(tmp_path, story)

    asked = {path: headers for path, headers in requests_second}
    # the stored article entry point with an ETag: asked with If-None-Match, answered 304
    assert asked["/news/validated.html"]["If-None-Match"] == '"v1"'
    # the one stored without validators: not asked at all
    assert "/news/plain.html" not in asked
    # the feed entry point: still fetched every run, conditionally
    assert asked["/feed.xml"]["If-None-Match"] == '"feed1"'
    counts = second["counts"]
    assert counts["fetched"] == 0 and counts["new"] == 0 and counts["errors"] == 0
    # both article entry points are accounted for (discovered, unchanged), the feed is not
    assert counts["discovered"] == 2 and counts["unchanged"] >= 2, counts
    assert counts["not_fetched"] == 0
    # a changed article entry point is fetched in full and updated
    assert third["counts"]["fetched"] == 1 and third["counts"]["updated"] == 1, third["counts"]
