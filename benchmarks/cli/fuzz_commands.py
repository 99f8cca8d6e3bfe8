"""fuzz_cli.py's cases for the commands that read a user's files without crawling: `brief`,
`factcheck`, `extract`, `eval extraction`, `models`, `worker`, and the JSON log format."""

from __future__ import annotations

import json

from fuzz_cases import BAD, DEMO, OK, Case, files

ARTICLE = {"url": "http://127.0.0.1:9/a", "title": "Port", "text": "Le port a ouvert. " * 20}
GOOD_LINE = json.dumps(ARTICLE)

ARTICLES: dict[str, str | bytes] = {
    "junk-line": GOOD_LINE + "\nnot json at all\n",
    "nul-in-json": GOOD_LINE + '\n{"url": "http://a/\\u0000", "text": "x\\u0000"}\n',
    "array": "[1, 2, 3]\n",
    "wrong-types": '{"url": 5, "text": ["a"]}\n',
    "deep": "[" * 100_000 + "]" * 100_000 + "\n",
    "not-utf8": GOOD_LINE.encode() + b"\n\xff\xfe\n",
    "binary": bytes(range(256)) * 4,
    "huge-number": '{"url": "http://a/", "text": "x", "published_at": 1e999}\n',
    "bad-date": '{"url": "http://a/", "text": "x", "published_at": "9999-99-99"}\n',
    "date-overflow": (
        '{"url": "http://a/", "text": "x", "published_at": "9999-12-31T23:59:59-23:59"}\n'
    ),
    "lone-surrogate": '{"url": "http://a/", "text": "x\\ud800"}\n',
}
MANIFESTS: dict[str, str | bytes] = {
    "name-dots": "name\tlanguage\tdir\n../../../etc/passwd\ten\t.\n",
    "name-nul": "name\tlanguage\tdir\na\x00b\ten\t.\n",
    "dir-abs": "name\tlanguage\tdir\np\ten\t/etc\n",
    "no-columns": "just one column\nvalue\n",
    "binary": bytes(range(256)),
    "not-utf8": b"name\tlanguage\tdir\n\xff\ten\t.\n",
    "empty": "",
    "long-field": "name\tlanguage\tdir\n" + "a" * 200_000 + "\ten\t.\n",
}
GOLDS: dict[str, str | bytes] = {
    "no-name-column": "published\n2026-01-01\n",
    "bad-date": "name\tpublished\np\tsoon\n",
    "twice": "name\tpublished\np\t2026-01-01\np\t2026-01-02\n",
    "binary": bytes(range(256)),
}


def command_cases() -> list[Case]:
    cases = []
    brief = (
        "brief",
        "{T}/in/a.jsonl",
        "--story",
        "zhipu-ipo",
        "--backend",
        "extractive",
        "--out",
        "{T}/out/o",
    )
    for name, text in ARTICLES.items():
        # a NUL in a text is text: the line is read (the story then matches nothing: exit 1)
        codes = BAD | {1} if name == "nul-in-json" else BAD
        cases.append(
            Case(
                f"cmd/brief-{name}",
                brief,
                codes,
                needle="a.jsonl",
                setup=files(a__jsonl=text),
                group="commands",
            )
        )
    cases.append(
        Case(
            "cmd/brief-dir",
            brief,
            needle="a.jsonl",
            group="commands",
            setup=lambda t: (t / "in" / "a.jsonl").mkdir(),
        )
    )
    fc = ("factcheck", "{T}/in/b.md", "--sources", "{T}/in/a.jsonl")
    for name, (brief_text, sources) in {
        "brief-binary": (bytes(range(256)), GOOD_LINE),
        "brief-empty": ("", GOOD_LINE),
        "sources-junk": ("# Brief\n\nLe port a ouvert.\n", "not json\n"),
        "sources-binary": ("# Brief\n\n1 200 navires.\n", bytes(range(256))),
        "sources-deep": ("# B\n\n12 %.\n", "[" * 100_000),
    }.items():
        cases.append(
            Case(
                f"cmd/factcheck-{name}",
                fc,
                BAD | {0, 1},
                needle="",
                setup=files(b__md=brief_text, a__jsonl=sources),
                group="commands",
            )
        )
    ex = ("extract", "{T}/in/p.html")
    for name, page in {
        "binary": bytes(range(256)) * 100,
        "empty": b"",
        "nul": b"<p>a\x00b</p>" * 50,
        "deep": b"<div>" * 100_000,
        "bom-utf16": "\ufeff<p>é</p>".encode("utf-16"),
    }.items():
        cases.append(
            Case(
                f"cmd/extract-{name}", ex, BAD | {0, 3}, setup=files(p__html=page), group="commands"
            )
        )
    for name, stdin in {"stdin-empty": b"", "stdin-binary": bytes(range(256))}.items():
        cases.append(
            Case(
                f"cmd/extract-{name}", ("extract", "-"), BAD | {0, 3}, stdin=stdin, group="commands"
            )
        )
    ev = ("eval", "extraction", "{T}/in/c")
    for name, text in MANIFESTS.items():
        # an empty manifest lists no page: "0 pages" (left as it is, see the README)
        cases.append(
            Case(
                f"cmd/eval-manifest-{name}",
                ev,
                BAD | ({0} if name == "empty" else set()),
                needle="manifest.tsv",
                setup=files(**{"c/manifest__tsv": text, "c/p__html": "<p>x</p>"}),
                group="commands",
            )
        )
    good_manifest = "name\tlanguage\tdir\np\ten\t.\n"
    for name, text in GOLDS.items():
        cases.append(
            Case(
                f"cmd/eval-gold-{name}",
                (*ev, "--metadata-gold", "{T}/in/g.tsv"),
                needle="g.tsv",
                group="commands",
                setup=files(
                    **{
                        "c/manifest__tsv": good_manifest,
                        "c/p__html": "<p>x</p>",
                        "c/p__txt": "x",
                        "g__tsv": text,
                    }
                ),
            )
        )
    for name, model in {
        "dots": "../../etc/passwd",
        "abs": "/etc",
        "empty": "",
        "long": "a/" + "b" * 500,
        "bytes": b"\xff/\xfe",
        "spaces": "a b/c d",
    }.items():
        cases.append(
            Case(
                f"cmd/models-pull-{name}",
                ("models", "pull", model),
                BAD | {1},
                named_codes=frozenset({1, 2}),
                group="commands",
                timeout=60,
            )
        )
    cases.append(
        Case(
            "cmd/models-pull-revision-dots",
            ("models", "pull", "a/b", "--revision", "../../x"),
            BAD | {1},
            named_codes=frozenset({1, 2}),
            group="commands",
        )
    )
    cases.append(Case("cmd/models-list", ("models", "list"), OK, group="commands"))
    for name, url in {
        "junk": "redis://[::1",
        "scheme": "http://127.0.0.1:9/",
        "db": "redis://127.0.0.1:9/x",
        "refused": "redis://:pw@127.0.0.1:9/0",
        "empty": "",
        "bytes": b"redis://\xff/0",
    }.items():
        cases.append(
            Case(
                f"cmd/worker-frontier-{name}",
                ("worker", "--frontier", url, "--db", "{T}/out/s.sqlite3"),
                BAD,
                group="commands",
                timeout=60,
            )
        )
    for name, api in {
        "junk": "not a url",
        "file": "file:///etc/passwd",
        "refused": "http://127.0.0.1:9/v1",
    }.items():
        cases.append(
            Case(
                f"cmd/run-api-base-{name}",
                (
                    "run",
                    "zhipu-ipo",
                    "--backend",
                    "api",
                    "--api-base",
                    api,
                    "--model",
                    "m",
                    "--replay",
                    DEMO,
                    "--db",
                    "{T}/out/s.sqlite3",
                    "--out",
                    "{T}/out/o",
                ),
                BAD | {1},
                named_codes=frozenset({1, 2}),
                group="commands",
                timeout=120,
            )
        )
    for argv in (("run", "/nonexistent"), ("eval", "extraction", "/nonexistent")):
        cases.append(
            Case(
                f"cmd/json-log-{argv[0]}",
                ("--log-format", "json", *argv),
                needle="nonexistent",
                group="commands",
            )
        )
    return cases
