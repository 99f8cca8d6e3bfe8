"""Every discovered URL ends in exactly one bucket of run.json's counts (issue 14, item 6): a
204, an empty 200, a redirect to itself and the URLs left after a WAF page stopped the site
are all counted and listed in rejects.jsonl with a reason."""

from __future__ import annotations

import json
from collections import Counter
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

from pipeline.app.steps import TERMINAL_KEYS, accounting_gap
from tests.cli_helpers import read_jsonl, run_cli, store_args
from tests.httpserver import LocalServer, Reply
from tests.test_faults_run import _article, _feed

HTML = {"Content-Type": "text/html; charset=utf-8"}
WAF = (
    b"<!doctype html><html><head><title>Captcha - verification</title></head><body>"
    b'<form action="/verify"><div class="g-recaptcha" data-sitekey="x"></div></form>'
    b"</body></html>"
)
LATER = [f"/news/later-{i}.html" for i in range(12)]  # listed after the WAF page


def _self_redirect(h: BaseHTTPRequestHandler) -> None:
    h.send_response(302)
    h.send_header("Location", h.path)
    h.send_header("Content-Length", "0")
    h.end_headers()


def _run(tmp: Path, feed_url: str) -> tuple[int, dict[str, Any], str]:
    story = tmp / "acc.toml"
    story.write_text(
        'id = "accounting"\ntitle_hint = "Zhipu AI en Bourse"\nkeywords = ["智谱"]\n'
        'sites = ["generic"]\ndate_from = 2026-01-01\ndate_to = 2026-01-31\n'
        f'[entry_points]\ngeneric = ["{feed_url}"]\n',
        encoding="utf-8",
    )
    overlay = tmp / "overlay.toml"
    overlay.write_text(
        "[crawl]\nallow_loopback = true\ntimeout = 2.0\ndownload_delay = 0.0\n"
        "autothrottle = false\nretry_times = 0\nconcurrent_per_domain = 1\n",
        encoding="utf-8",
    )
    done = run_cli(tmp, "run", str(story), "--config", str(overlay), *store_args(tmp), timeout=120)
    day = next((tmp / "out" / "accounting").glob("20*"), None)
    assert day is not None, done.stderr[-3000:]
    return done.returncode, json.loads((day / "run.json").read_text("utf-8")), str(day)


def test_vanishing_pages_are_accounted_for(tmp_path: Path) -> None:
    good = ["/news/good-1.html", "/news/good-2.html"]
    odd = ["/news/no-content.html", "/news/empty.html", "/news/loop.html", "/news/waf.html"]
    routes: dict[str, Any] = {"/robots.txt": Reply(404, {"Content-Type": "text/plain"}, b"")}
    routes[good[0]] = Reply(200, HTML, _article("智谱上市首日", "2026-01-08T10:00:00+08:00"))
    routes[good[1]] = Reply(200, HTML, _article("智谱首日收盘", "2026-01-08T16:30:00+08:00"))
    routes["/news/no-content.html"] = Reply(204, HTML, b"")
    routes["/news/empty.html"] = Reply(200, HTML, b"")
    routes["/news/loop.html"] = _self_redirect
    routes["/news/waf.html"] = Reply(200, HTML, WAF)
    for i, path in enumerate(LATER):
        routes[path] = Reply(200, HTML, _article(f"智谱报道{i}", "2026-01-09T10:00:00+08:00"))
    with LocalServer(routes) as server:
        base = server.url("").rstrip("/")
        # Scrapy's queue is last in, first out: the WAF page is requested after the others
        # listed after it and before those listed before it (one request at a time).
        listed = LATER + odd[3:] + odd[:3] + good
        routes["/feed.xml"] = Reply(
            200, {"Content-Type": "application/rss+xml"}, _feed(base, listed)
        )
        code, report, day = _run(tmp_path, server.url("/feed.xml"))
        hits = dict(server.hits)

    counts = report["counts"]
    assert code == 3, counts
    assert counts["discovered"] == len(listed), counts
    # The one invariant: each discovered URL in exactly one terminal bucket.
    assert accounting_gap(counts) == 0, counts
    assert counts["discovered"] + counts["entry_points_failed"] == sum(
        counts[k] for k in TERMINAL_KEYS
    )
    assert counts["blocked"] == 1 and counts["entry_points_failed"] == 0
    rejects = read_jsonl(Path(day) / "rejects.jsonl")
    why = {r["url"].removeprefix(base): r for r in rejects}
    assert all(p in hits for p in odd), hits
    assert why["/news/no-content.html"]["reason"] == "empty"
    assert "204" in why["/news/no-content.html"]["detail"]
    assert why["/news/empty.html"]["reason"] == "empty"
    assert why["/news/loop.html"]["reason"] == "not_fetched"
    assert "redirect to itself" in why["/news/loop.html"]["detail"]
    assert why["/news/waf.html"]["reason"] == "blocked"
    # URLs the site's stop left unrequested are listed, each with the block page as reason.
    unrequested = [p for p in LATER if p not in hits]
    assert unrequested, hits  # one request at a time: the WAF page stops most of them
    for path in unrequested:
        assert why[path]["reason"] == "not_fetched", why.get(path)
        assert "stopped after a block page" in why[path]["detail"]
    # rejects.jsonl lists each URL once, and exactly the URLs not stored (or in error).
    assert max(Counter(r["url"] for r in rejects).values()) == 1
    listed_in_rejects = sum(
        counts[k] for k in ("rejected", "blocked", "errors", "disallowed", "not_fetched")
    )
    assert len(rejects) == listed_in_rejects
