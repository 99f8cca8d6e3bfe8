"""fuzz_cli.py's cases about files: config overlays and story files, URL lists, WARC
archives and page directories, the store, and the output paths and names."""

from __future__ import annotations

import os
from pathlib import Path

from fuzz_cases import (
    DEMO,
    OK,
    OUT,
    RUN,
    STORY,
    Case,
    both,
    empty_replay,
    files,
    nothing_outside_out,
)

EMPTY_RUN = ("--replay", "{T}/in/replay", "--backend", "extractive", *OUT)

CONFIGS: dict[str, str | bytes] = {
    "truncated": "[crawl\nmax_pages = ",
    "wrong-type-str": 'max_page_bytes = "big"',
    "wrong-type-bool": "extract_workers = true",
    "unknown-key": "bogus = 1",
    "unknown-nested-key": "[crawl]\nbogus = 1",
    "table-as-number": "crawl = 5",
    "number-as-table": "[max_page_bytes]\nx = 1",
    "array-of-tables": "[[crawl]]\nmax_pages = 1",
    "nested-twice": "[crawl.crawl]\nmax_pages = 1",
    "nan": "[crawl]\ndownload_delay = nan",
    "inf": "[crawl]\ntimeout = inf",
    "negative": "[crawl]\ntimeout = -1.0",
    "huge-int": "max_page_bytes = 99999999999999999999999999",
    "float-for-int": "[crawl]\nmax_pages = 1.5",
    "date-for-str": "[crawl]\nuser_agent = 2020-01-01",
    "header-injection": '[crawl]\nuser_agent = "a\\r\\nX-Evil: 1"',
    "empty-user-agent": '[crawl]\nuser_agent = ""',
    "nul-in-string": '[feed]\nbase_url = "http://a\\u0000b/"',
    "feed-base-js": '[feed]\nbase_url = "javascript:alert(1)"',
    "feed-base-file": '[feed]\nbase_url = "file:///etc/passwd"',
    "frontier-junk": '[crawl]\nfrontier = "redis://[::1"',
    "deep": "a = " + "[" * 50_000 + "]" * 50_000,
    "binary": bytes(range(256)) * 8,
    "not-utf8": b"max_page_bytes = 100000 # \xff\xfe\n",
    "nul-byte": b"max_page_bytes = 100000\x00\n",
    "summary-zero": "[summary]\nmax_sentences = 0",
    "workers-huge": "extract_workers = 100000",
    "max-elements-neg": "max_elements = -5",
}
FINE_CONFIGS: dict[str, str | bytes] = {
    "empty": "",
    "bom": "\ufeffmax_page_bytes = 1000000\n",
    "comments-only": "# nothing\n" * 1000,
}


def _special(kind: str) -> object:
    def setup(tmp: Path) -> None:
        p = tmp / "in" / "c.toml"
        if kind == "directory":
            p.mkdir()
        elif kind == "loop":
            p.symlink_to(p)
        elif kind == "dangling":
            p.symlink_to(tmp / "in" / "nowhere")
        elif kind == "sparse":  # a huge regular file: 3 GiB of nothing
            with p.open("wb") as fh:
                fh.truncate(3 << 30)
        elif kind == "through-file":
            p.write_text("x", encoding="utf-8")
        elif kind == "fifo-no-writer":
            os.mkfifo(p)

    return setup


def config_cases() -> list[Case]:
    cases = []
    for name, text in CONFIGS.items():
        for cmd, base in (
            ("run", RUN),
            ("crawl", ("crawl", "--replay", DEMO, "http://127.0.0.1:9/")),
        ):
            cases.append(
                Case(
                    f"config/{cmd}/{name}",
                    (*base, "--config", "{T}/in/c.toml"),
                    needle="c.toml",
                    setup=files(c__toml=text),
                    group="config",
                    check=nothing_outside_out,
                )
            )
    for name, text in FINE_CONFIGS.items():
        cases.append(
            Case(
                f"config/run/{name}",
                (*RUN, "--config", "{T}/in/c.toml"),
                OK,
                setup=files(c__toml=text),
                group="config",
            )
        )
    specials = {
        "directory": "{T}/in/c.toml",
        "loop": "{T}/in/c.toml",
        "dangling": "{T}/in/c.toml",
        "sparse": "{T}/in/c.toml",
        "through-file": "{T}/in/c.toml/deeper.toml",
        "unreadable-proc-mem": "/proc/self/mem",
        "dev-zero": "/dev/zero",
    }
    for name, path in specials.items():
        cases.append(
            Case(
                f"config/run/{name}",
                (*RUN, "--config", path),
                needle=path.replace("{T}/in/", "")[:12],
                setup=_special(name),
                group="config",
                timeout=60,
            )
        )
    return cases


# --- story files --------------------------------------------------------------------------

STORY_BAD: dict[str, str | bytes] = {
    "id-dots": STORY.replace('"port"', '"../evil"', 1),
    "id-abs": STORY.replace('"port"', '"/tmp/evil"', 1),
    "id-slash": STORY.replace('"port"', '"a/b"', 1),
    "id-backslash": STORY.replace('"port"', '"a\\\\b"', 1),
    "id-empty": STORY.replace('"port"', '""', 1),
    "id-dot": STORY.replace('"port"', '"."', 1),
    "id-nul": STORY.replace('"port"', '"a\\u0000b"', 1),
    "id-long": STORY.replace('"port"', '"' + "a" * 300 + '"', 1),
    "id-number": STORY.replace('"port"', "5", 1),
    "keywords-empty": STORY.replace('["port"]', "[]"),
    "keywords-blank": STORY.replace('["port"]', '[""]'),
    "keywords-string": STORY.replace('["port"]', '"port"'),
    "keywords-nested": STORY.replace('["port"]', '[["port"]]'),
    "sites-dots": STORY.replace('["generic"]', '["../x"]'),
    "sites-unknown": STORY.replace('["generic"]', '["nosuchsite"]'),
    "entry-file": STORY + '[entry_points]\ngeneric = ["file:///etc/passwd"]\n',
    "entry-ftp": STORY + '[entry_points]\ngeneric = ["ftp://127.0.0.1/x"]\n',
    "entry-js": STORY + '[entry_points]\ngeneric = ["javascript:alert(1)"]\n',
    "entry-v6-open": STORY + '[entry_points]\ngeneric = ["http://[::1/x"]\n',
    "entry-v6-junk": STORY + '[entry_points]\ngeneric = ["http://[::1]junk/x"]\n',
    "entry-v6-zone": STORY + '[entry_points]\ngeneric = ["http://[fe80::1%eth0]/x"]\n',
    "entry-port": STORY + '[entry_points]\ngeneric = ["http://127.0.0.1:99999/x"]\n',
    "entry-space-host": STORY + '[entry_points]\ngeneric = ["http://exa mple.com/x"]\n',
    "entry-idn-junk": STORY + '[entry_points]\ngeneric = ["http://xn--/x"]\n',
    "entry-idn-bad": STORY + '[entry_points]\ngeneric = ["http://a\\u200b\\u0000.com/"]\n',
    "entry-nul": STORY + '[entry_points]\ngeneric = ["http://127.0.0.1/\\u0000"]\n',
    "entry-not-list": STORY + '[entry_points]\ngeneric = "http://127.0.0.1/"\n',
    "entry-unknown-site": STORY + '[entry_points]\nsohu = ["http://127.0.0.1/"]\n',
    "date-text": STORY + 'date_from = "yesterday"\n',
    "date-order": STORY + "date_from = 2026-02-01\ndate_to = 2026-01-01\n",
    "date-time-mixed": STORY + "date_from = 2026-01-01T00:00:00\n",
    "max-pages-zero": STORY + "max_pages = 0\n",
    "max-pages-nan": STORY + "max_pages = nan\n",
    "max-pages-huge": STORY + "max_pages = 99999999999999999999999\n",
    "hits-neg": STORY + "min_keyword_hits = -1\n",
    "themes-table": STORY + '[themes]\nheading = "x"\n',
    "themes-empty-heading": STORY + '[[themes]]\nheading = ""\nkeywords = ["a"]\n',
    "glossary-number": STORY + "[glossary]\nport = 5\n",
    "phrase-junk": STORY + "[[phrase]]\nkind = 5\n",
    "language": STORY + 'output_language = "../en"\n',
    "not-utf8": STORY.encode() + b"# \xff\n",
    "binary": b"\x00\x01\x02" * 100,
    "truncated": STORY[: len(STORY) // 2],
}


def story_cases() -> list[Case]:
    cases = []
    for name, text in STORY_BAD.items():
        cases.append(
            Case(
                f"story/{name}",
                ("run", "{T}/in/story.toml", *EMPTY_RUN),
                needle="story.toml",
                setup=both(empty_replay, files(story__toml=text)),
                group="story",
                check=nothing_outside_out,
            )
        )
    for name, value in (
        ("dots", "../../story"),
        ("abs-etc", "/etc/passwd"),
        ("etc-dir", "/etc"),
        ("winsep", "..\\story"),
        ("nonexist", "nope-nope"),
    ):
        cases.append(
            Case(
                f"story/arg-{name}",
                ("run", value, *EMPTY_RUN),
                needle=value,
                setup=empty_replay,
                group="story",
            )
        )
    cases.append(
        Case(
            "story/brief-id-dots",
            (
                "brief",
                "{T}/in/a.jsonl",
                "--story",
                "{T}/in/story.toml",
                "--out",
                "{T}/out/o",
                "--backend",
                "extractive",
            ),
            needle="story.toml",
            group="story",
            setup=files(
                a__jsonl='{"url": "http://127.0.0.1/a", "text": "port"}\n',
                story__toml=STORY_BAD["id-dots"],
            ),
        )
    )
    return cases


# --- URL lists ----------------------------------------------------------------------------

URL_LINES: dict[str, str | bytes] = {
    "junk": "not a url\n",
    "file": "file:///etc/passwd\n",
    "ftp": "ftp://127.0.0.1/x\n",
    "javascript": "javascript:alert(1)\n",
    "data": "data:text/html,<p>x</p>\n",
    "v6-open": "http://[::1/x\n",
    "v6-junk-after": "http://[::1]junk/\n",
    "v6-bad-addr": "http://[::zz]/\n",
    "v6-zone": "http://[fe80::1%25eth0]/\n",
    "port-huge": "http://127.0.0.1:99999/\n",
    "port-text": "http://127.0.0.1:http/\n",
    "space-host": "http://exa mple.com/\n",
    "idn-empty-label": "http://xn--/\n",
    "idn-long-label": "http://" + "é" * 70 + ".com/\n",
    "userinfo-only": "http://@/\n",
    "nul": "http://127.0.0.1/a\x00b\n",
    "not-utf8": b"http://127.0.0.1/\xff\n",
    "long-line": "http://127.0.0.1/" + "a" * 200_000 + "\n",
    "comments-only": "# nothing\n\n   \n",
    "empty": "",
    "binary": bytes(range(256)),
}
# fetched (and not found in the replay: exit 3): Punycode that decodes, a zero-width space
# IDNA maps away
URL_FINE = {
    "crlf-and-comments": "# a list\r\nhttp://127.0.0.1:9/a\r\n\r\n",
    "idn": "http://bücher.example/\n",
    "idn-odd-punycode": "http://xn--zz-zzzzzzz.com/\n",
    "idn-zwsp": "http://a\u200b.com/\n",
}


def url_cases() -> list[Case]:
    cases = []
    crawl = ("crawl", "--replay", "{T}/in/replay", "--out", "{T}/out/a.jsonl")
    for name, text in URL_LINES.items():
        cases.append(
            Case(
                f"urls/list-{name}",
                (*crawl, "-i", "{T}/in/urls.txt"),
                needle="urls.txt",
                setup=both(empty_replay, files(urls__txt=text)),
                group="urls",
            )
        )
        if (
            isinstance(text, str)
            and "\x00" not in text
            and 0 < len(text.strip()) < 100_000
            and not text.startswith("#")
        ):
            arg = text.strip()
            cases.append(Case(f"urls/arg-{name}", (*crawl, arg), setup=empty_replay, group="urls"))
            cases.append(
                Case(f"urls/feed-{name}", (*crawl, "--feed", arg), setup=empty_replay, group="urls")
            )
    cases.append(
        Case(
            "urls/stdin-junk",
            (*crawl, "-i", "-"),
            needle="-",
            stdin=b"\xff\x00junk\n",
            setup=empty_replay,
            group="urls",
        )
    )
    for name, text in URL_FINE.items():
        cases.append(
            Case(
                f"urls/list-{name}",
                (*crawl, "-i", "{T}/in/urls.txt"),
                frozenset({0, 3}),
                setup=both(empty_replay, files(urls__txt=text)),
                group="urls",
            )
        )
    return cases


def all_file_cases() -> list[Case]:
    from fuzz_archives import archive_cases
    from fuzz_commands import command_cases
    from fuzz_outputs import output_cases, store_cases

    return (
        config_cases()
        + story_cases()
        + url_cases()
        + archive_cases()
        + store_cases()
        + output_cases()
        + command_cases()
    )


file_cases = all_file_cases
