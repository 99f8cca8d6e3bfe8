"""A story run against a local server full of faults: nothing stored is lost, every fault is counted."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from pipeline.app.steps import accounting_gap
from tests.cli_helpers import read_jsonl, run_cli, store_args
from tests.httpserver import LocalServer, Reply, fault_routes

HTML = {"Content-Type": "text/html; charset=utf-8"}
GOOD = ["/news/listing-day.html", "/news/first-close.html"]


def _article(title: str, date: str) -> bytes:
    body = "".join(
        f"<p>智谱（02513.HK）今日在香港联交所主板挂牌，这是关于{title}的第{i}段报道，"
        f"公司此次发行价为每股116.20港元，募资约43亿港元，市场反应热烈。</p>"
        for i in range(1, 5)
    )
    return (
        f'<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>{title}</title>'
        f'<meta property="og:title" content="{title}">'
        f'<meta property="article:published_time" content="{date}"></head>'
        f"<body><article><h1>{title}</h1>{body}</article></body></html>"
    ).encode()


def _feed(base: str, paths: list[str]) -> bytes:
    items = "".join(
        f"<item><title>智谱 {p}</title><link>{base}{p}</link>"
        f"<pubDate>Thu, 08 Jan 2026 10:00:00 +0800</pubDate></item>"
        for p in paths
    )
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>t</title>'
        f"<link>{base}/</link>{items}</channel></rss>"
    ).encode()


def _story(tmp: Path, feed_url: str) -> Path:
    story = tmp / "local.toml"
    story.write_text(
        'id = "local-faults"\ntitle_hint = "Zhipu AI en Bourse"\nkeywords = ["智谱"]\n'
        'sites = ["generic"]\ndate_from = 2026-01-01\ndate_to = 2026-01-31\n'
        f'[entry_points]\ngeneric = ["{feed_url}"]\n',
        encoding="utf-8",
    )
    return story


def _run(tmp: Path, story: Path) -> tuple[int, dict[str, Any]]:
    overlay = tmp / "overlay.toml"
    overlay.write_text(
        "[crawl]\nallow_loopback = true\ntimeout = 1.0\ndownload_delay = 0.0\n"
        "autothrottle = false\nretry_times = 1\n",
        encoding="utf-8",
    )
    done = run_cli(tmp, "run", str(story), "--config", str(overlay), *store_args(tmp), timeout=300)
    latest = tmp / "out" / "local-faults" / "latest" / "run.json"
    assert latest.is_file(), done.stderr[-3000:]
    return done.returncode, json.loads(latest.read_text(encoding="utf-8"))


def _stored(db: Path) -> list[str]:
    con = sqlite3.connect(db)
    try:
        return sorted(r[0] for r in con.execute("SELECT url FROM articles"))
    finally:
        con.close()


def test_faults_never_lose_stored_articles_and_are_counted(tmp_path: Path) -> None:
    routes: dict[str, Any] = {"/robots.txt": Reply(404, {"Content-Type": "text/plain"}, b"")}
    routes[GOOD[0]] = Reply(200, HTML, _article("智谱上市首日", "2026-01-08T10:00:00+08:00"))
    routes[GOOD[1]] = Reply(200, HTML, _article("智谱首日收盘", "2026-01-08T16:30:00+08:00"))
    with LocalServer(routes) as server:
        base = server.url("").rstrip("/")
        routes["/feed.xml"] = Reply(200, {"Content-Type": "application/rss+xml"}, _feed(base, GOOD))
        story = _story(tmp_path, server.url("/feed.xml"))
        code, first = _run(tmp_path, story)
        assert code == 0 and first["counts"]["new"] == 2
        stored = _stored(tmp_path / "store.sqlite3")
        assert len(stored) == 2

        # The site breaks: every fault route is listed, and a stored article now answers 500.
        faults = fault_routes(stall_seconds=2.0)
        routes.update(faults)
        routes[GOOD[0]] = Reply(500, {"Content-Type": "text/plain"}, b"down")
        routes["/feed.xml"] = Reply(
            200, {"Content-Type": "application/rss+xml"}, _feed(base, GOOD + sorted(faults))
        )
        code, second = _run(tmp_path, story)

    counts = second["counts"]
    assert code == 3  # done, with pages rejected or failed
    after = _stored(tmp_path / "store.sqlite3")
    assert set(stored) <= set(after) and len(after) == 3  # nothing stored was lost
    # 500, silent, stall, truncated, huge: fetch errors; garbage, ten-mb: rejected pages
    assert counts["errors"] >= 5
    assert counts["rejected"] >= 1
    assert counts["new"] == 1  # the wrong-charset page decodes and is a real article
    assert accounting_gap(first["counts"]) == 0 and accounting_gap(counts) == 0, counts
    rejects = read_jsonl(tmp_path / "out" / "local-faults" / "latest" / "rejects.jsonl")
    reasons = {r["url"].rsplit("/", 1)[-1]: r["reason"] for r in rejects}
    for name in ("500", "silent", "stall", "truncated", "huge"):
        assert reasons.get(name) == "error", (name, reasons)
    assert reasons.get("ten-mb") in ("too_large", "not_article")
    assert reasons.get("garbage") in ("not_article", "too_short", "undecodable", "empty")
