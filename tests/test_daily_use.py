"""Issue 12: daily use without surprises (light install, exit codes, quiet logs, outputs)."""

from __future__ import annotations

import contextlib
import json
import socket
import struct
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from pipeline.app.cli import main
from pipeline.summarize.models import missing_model_stack
from pipeline.summarize.select import choose_summarizer
from tests.cli_helpers import cli_cmd, offline_env, read_jsonl, run_cli, store_args
from tests.httpserver import LocalServer, Reply
from tests.sample_pages import article_page


def _without_model_stack(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make torch / transformers / huggingface_hub absent, as in a plain `pip install`
    (a None in sys.modules is what Python treats as "not installed")."""
    for name in ("torch", "transformers", "huggingface_hub"):
        monkeypatch.setitem(sys.modules, name, None)


@pytest.mark.parametrize("backend", ["llm", "seq2seq"])
def test_model_backend_without_the_extra_is_exit_2_naming_it(
    backend: str,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _without_model_stack(monkeypatch)
    assert missing_model_stack() == ["torch", "transformers", "huggingface_hub"]
    code = main(["demo", "--backend", backend, "--db", str(tmp_path / "s.db")])
    err = capsys.readouterr().err
    assert code == 2
    assert f"--backend {backend}" in err and "newsbrief[models]" in err
    assert "Traceback" not in err
    assert not (tmp_path / "s.db").exists()  # refused before anything ran


def test_auto_without_the_extra_is_the_extractive_backend(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _without_model_stack(monkeypatch)
    assert type(choose_summarizer("auto")).__name__ == "ExtractiveSummarizer"


# ------------------------------------------------------------------ through the CLI


def _overlay(tmp: Path, **crawl: object) -> Path:
    settings = {
        "allow_loopback": "true",
        "timeout": "2.0",
        "download_delay": "0.0",
        "autothrottle": "false",
        "retry_times": "0",
        "concurrent_per_domain": "8",
        **{k: str(v) for k, v in crawl.items()},
    }
    overlay = tmp / "overlay.toml"
    overlay.write_text(
        "[crawl]\n" + "".join(f"{k} = {v}\n" for k, v in settings.items()), encoding="utf-8"
    )
    return overlay


class _ResettingServer:
    """A loopback server that accepts every connection and resets it at once (RST)."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.port = self.sock.getsockname()[1]
        self._thread = threading.Thread(target=self._serve, daemon=True)

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            conn.close()

    def __enter__(self) -> _ResettingServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.sock.close()


def _refused_port() -> int:
    """A loopback port nothing listens on (connections are refused)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.parametrize("fault", ["reset", "refused"])
def test_an_outage_writes_run_json_and_exits_5(tmp_path: Path, fault: str) -> None:
    """Issue 12 item 1: every fetch failing is not an empty story: run.json is written, the
    failed fetches are counted and listed, and the exit code is 5 (network), not 1."""
    with contextlib.ExitStack() as stack:
        if fault == "reset":
            port = stack.enter_context(_ResettingServer()).port
        else:
            port = _refused_port()
        feed = f"http://127.0.0.1:{port}/feed.xml"
        story = tmp_path / "outage.toml"
        story.write_text(
            'id = "outage"\ntitle_hint = "t"\nkeywords = ["listing"]\nsites = ["generic"]\n'
            f'[entry_points]\ngeneric = ["{feed}"]\n',
            encoding="utf-8",
        )
        done = run_cli(
            tmp_path, "run", str(story), "--config", str(_overlay(tmp_path)), *store_args(tmp_path)
        )
    assert done.returncode == 5, done.stderr[-2000:]
    (report_path,) = (tmp_path / "out" / "outage").glob("*/run.json")
    report = json.loads(report_path.read_text(encoding="utf-8"))
    assert report["exit_code"] == 5 and report["counts"]["errors"] >= 1
    assert report["counts"]["fetched"] == 0 and "network failed" in report["note"]
    rejects = read_jsonl(report_path.parent / "rejects.jsonl")
    assert feed in {r["url"] for r in rejects if r["reason"] == "error"}
    assert "network failed" in done.stdout and "Traceback" not in done.stderr


def _article_page(n: int) -> bytes:
    return article_page(
        f"Article {n}", f"Sentence {{i}} of article number {n} about the harbour market."
    )


def test_crawl_budget_is_checked_before_fetching(tmp_path: Path) -> None:
    """Issue 12 item 6: 500 URLs (from stdin) with max_pages 200: 200 fetched, the other 300
    listed as left out with the reason, exit 3 (partial)."""
    routes: dict[str, object] = {"/robots.txt": Reply(404, {"Content-Type": "text/plain"}, b"")}
    routes.update({f"/a/{n}.html": Reply(200, body=_article_page(n)) for n in range(500)})
    with LocalServer(routes) as server:  # type: ignore[arg-type]
        urls = "".join(server.url(f"/a/{n}.html") + "\n" for n in range(500))
        done = subprocess.run(
            cli_cmd(
                "crawl", "-i", "-", "--config", str(_overlay(tmp_path, max_pages=200, timeout=20.0, retry_times=2)),
                "--out", str(tmp_path / "a.jsonl"),
            ),
            input="# one URL a line\n" + urls,
            capture_output=True, text=True, env=offline_env(tmp_path), cwd=tmp_path, timeout=300,
        )  # fmt: skip
        fetched = len([path for path in server.hits if path.startswith("/a/")])
    assert done.returncode == 3, done.stderr[-2000:]
    assert fetched == 200
    left = [ln for ln in done.stderr.splitlines() if ln.startswith("left out: ")]
    assert len(left) == 300 and all("over max_pages (200)" in ln for ln in left)
    assert left[0].startswith("left out: " + server.url("/a/200.html"))
    assert len(read_jsonl(tmp_path / "a.jsonl")) == 200


def test_crawl_sitemap_from_robots_and_a_bad_url_list(tmp_path: Path) -> None:
    """Issue 12 item 6: `--sitemap SITE` follows robots.txt's Sitemap line to the pages; a
    URL list with a non-URL line is exit 2 naming the file and line."""
    routes: dict[str, object] = {
        f"/p/{n}.html": Reply(200, body=_article_page(n)) for n in range(3)
    }
    with LocalServer(routes) as server:  # type: ignore[arg-type]
        locs = "".join(f"<url><loc>{server.url(f'/p/{n}.html')}</loc></url>" for n in range(3))
        routes["/robots.txt"] = Reply(
            200,
            {"Content-Type": "text/plain"},
            f"User-agent: *\nSitemap: {server.url('/maps/all.xml')}\n".encode(),
        )
        routes["/maps/all.xml"] = Reply(
            200,
            {"Content-Type": "application/xml"},
            f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{locs}</urlset>'.encode(),
        )
        done = run_cli(
            tmp_path, "crawl", "--sitemap", server.url("/"), "--config", str(_overlay(tmp_path))
        )
    assert done.returncode == 0, done.stderr[-2000:]
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert sorted(r["title"] for r in rows) == ["Article 0", "Article 1", "Article 2"]
    bad = tmp_path / "urls.txt"
    bad.write_text("https://ok.example/a\nnot a url\n", encoding="utf-8")
    done = run_cli(tmp_path, "crawl", "-i", str(bad))
    assert done.returncode == 2 and f"{bad}:2" in done.stderr and "Traceback" not in done.stderr


def test_process_gives_the_run_ids_once(tmp_path: Path) -> None:
    """Issue 12 item 5: the same page under two spellings (trailing slash) gets the id of
    `run` (pipeline.sites.canonical_url) and is written once by `process`."""
    from pipeline.records import article_id_for
    from pipeline.sites import canonical_url
    from pipeline.storage.archive import ArchiveWriter, ReplayEntry

    url = "https://news.example.org/2026/01/08/harbour-market"
    warc = tmp_path / "twice.warc.gz"
    with ArchiveWriter(warc) as writer:
        for spelling in (url, url + "/"):
            writer.write(
                ReplayEntry(spelling, 200, (("Content-Type", "text/html"),), _article_page(1))
            )
    done = run_cli(tmp_path, "process", str(warc))
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(rows) == 1, done.stderr[-2000:]
    assert rows[0]["id"] == article_id_for(canonical_url(url + "/"))
    assert rows[0]["id"] == article_id_for(canonical_url(url))


def test_json_log_format_every_stderr_line_is_json_stdout_silent(tmp_path: Path) -> None:
    """Issue 12 item 7: `--log-format json`: each stderr line a JSON object (the summary one
    of them, naming the outputs), nothing on stdout."""
    done = run_cli(tmp_path, "--log-format", "json", "-q", "demo", *store_args(tmp_path))
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout == ""
    records = [json.loads(line) for line in done.stderr.splitlines()]
    (summary,) = [r["summary"] for r in records if "summary" in r]
    assert any(p.endswith("feed.atom") for p in summary["outputs"])
    assert any(p.endswith("brief.html") for p in summary["outputs"])
    bad = run_cli(tmp_path, "--log-format", "json", "process", str(tmp_path / "none.warc"))
    assert bad.returncode == 2 and json.loads(bad.stderr.splitlines()[-1])["level"] == "ERROR"


def test_version_and_extract_from_stdin(tmp_path: Path) -> None:
    """Issue 12 item 8: `--version`; `extract -` reads the page from standard input."""
    done = run_cli(tmp_path, "--version")
    assert done.returncode == 0 and done.stdout.startswith("newsbrief ")
    piped = subprocess.run(
        cli_cmd("extract", "-", "--url", "https://news.example.org/a.html"),
        input=_article_page(7), capture_output=True, env=offline_env(tmp_path), timeout=120,
    )  # fmt: skip
    assert piped.returncode == 0, piped.stderr[-2000:]
    assert json.loads(piped.stdout)["title"] == "Article 7"


def test_feed_base_url_and_authority_from_config(tmp_path: Path) -> None:
    """Issue 12 item 8: `[feed] base_url` makes the feed's links absolute and its ids use the
    site's tag: authority, not example.org; `brief` from a file reports « fetched 0 »."""
    articles = tmp_path / "a.jsonl"
    first = run_cli(tmp_path, "demo", *store_args(tmp_path))
    assert first.returncode == 0, first.stderr[-2000:]
    (day,) = (tmp_path / "out" / "zhipu-ipo").glob("20*")
    articles.write_text((day / "articles.jsonl").read_text(encoding="utf-8"), encoding="utf-8")
    overlay = tmp_path / "feed.toml"
    overlay.write_text('[feed]\nbase_url = "https://briefs.example.com/zhipu/"\n', encoding="utf-8")
    done = run_cli(
        tmp_path, "brief", str(articles), "--story", "zhipu-ipo", "--config", str(overlay),
        "--backend", "extractive", "--out", str(tmp_path / "b"),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    feed = (tmp_path / "b" / "zhipu-ipo" / "feed.atom").read_text(encoding="utf-8")
    assert "tag:briefs.example.com," in feed and "example.org" not in feed
    assert 'href="https://briefs.example.com/zhipu/' in feed
    report = json.loads(next((tmp_path / "b" / "zhipu-ipo").glob("20*/run.json")).read_text())
    assert report["counts"]["fetched"] == 0 and "read from" in report["note"]
