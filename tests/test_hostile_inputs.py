"""Typed input to `brief`, `factcheck` and `eval`: wrong types, binary files, non-UTF-8 files
and directories are exit 2 with `file:line` (or the file) and what is wrong, no traceback."""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path
from typing import Any

import pytest

from pipeline.app.cli import main
from pipeline.config import load_pipeline_config

TEXT = "Le port a ouvert un nouveau terminal de 1,2 milliard d'euros lundi. " * 3
GOOD = {"url": "https://example.org/a", "title": "Port", "text": TEXT}
STORY = 'id = "port"\ntitle_hint = "Port"\nkeywords = ["port"]\n'


def _jsonl(tmp: Path, *rows: object) -> Path:
    path = tmp / "articles.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def _brief(tmp: Path, articles: Path) -> int:
    story = tmp / "story.toml"
    story.write_text(STORY, encoding="utf-8")
    return main(
        ["brief", str(articles), "--story", str(story), "--backend", "extractive",
         "--out", str(tmp / "out")]
    )  # fmt: skip


def _one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err, err
    return lines[0]


BAD_ROWS = {
    "text is a number": ({**GOOD, "text": 12345}, "'text' has the wrong type: int"),
    "title is null": ({**GOOD, "title": None}, "'title' has the wrong type: null"),
    "images not strings": ({**GOOD, "images": [1]}, "'images' has the wrong type"),
    "a list, not an object": ([GOOD], "expected a JSON object, got list"),
    "no url": ({"text": TEXT}, "'url' missing"),
    "bad date": ({**GOOD, "published_at": "yesterday"}, "not an article record"),
}


@pytest.mark.parametrize("case", sorted(BAD_ROWS))
def test_brief_wrong_types_name_file_and_line(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    row, problem = BAD_ROWS[case]
    articles = _jsonl(tmp_path, GOOD, row)
    assert _brief(tmp_path, articles) == 2
    line = _one_line(capsys.readouterr().err)
    assert f"{articles}:2: " in line and problem in line, line
    assert not (tmp_path / "out").exists()


def test_brief_binary_and_non_utf8_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    articles = tmp_path / "articles.jsonl"
    noise = bytes(b for b in os.urandom(64) if b not in b"\r\n")  # one line: the second
    articles.write_bytes(json.dumps(GOOD).encode() + b"\n" + noise + b"\xff\xfe")
    assert _brief(tmp_path, articles) == 2
    line = _one_line(capsys.readouterr().err)
    assert f"{articles}:2: not UTF-8" in line or f"{articles}:2: not JSON" in line, line


def test_brief_directory_given_as_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "dir.jsonl"
    folder.mkdir()
    assert _brief(tmp_path, folder) == 2
    assert "is a directory" in _one_line(capsys.readouterr().err)


def test_factcheck_bad_inputs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    brief = tmp_path / "brief.md"
    brief.write_text("# Port\n\nUn terminal de 1,2 milliard d'euros.\n", encoding="utf-8")
    sources = _jsonl(tmp_path, GOOD)
    assert main(["factcheck", str(brief), "--sources", str(sources)]) == 0
    capsys.readouterr()
    bad_brief = tmp_path / "bad.md"
    bad_brief.write_bytes(b"# Port\n\n\x89PNG\r\n\x1a\n\x00\xff")
    assert main(["factcheck", str(bad_brief), "--sources", str(sources)]) == 2
    assert f"{bad_brief}:3: not UTF-8" in _one_line(capsys.readouterr().err)
    typed = _jsonl(tmp_path, {**GOOD, "text": 12345})
    assert main(["factcheck", str(brief), "--sources", str(typed)]) == 2
    assert f"{typed}:1: 'text' has the wrong type" in _one_line(capsys.readouterr().err)
    txt = tmp_path / "source.txt"
    txt.write_bytes("terminal".encode("utf-16"))
    assert main(["factcheck", str(brief), "--sources", str(txt)]) == 2
    assert f"{txt}:1: not UTF-8" in _one_line(capsys.readouterr().err)
    assert main(["factcheck", str(tmp_path), "--sources", str(sources)]) == 2
    assert "is a directory" in _one_line(capsys.readouterr().err)
    assert main(["factcheck", str(brief), "--sources", str(tmp_path)]) == 2
    assert "is a directory" in _one_line(capsys.readouterr().err)


def _corpus(tmp: Path, manifest: bytes) -> Path:
    corpus = tmp / "corpus"
    (corpus / "pages").mkdir(parents=True)
    (corpus / "manifest.tsv").write_bytes(manifest)
    (corpus / "pages" / "a.html").write_bytes(
        b"<html><body><p>" + TEXT.encode() + b"</p></body></html>"
    )
    (corpus / "pages" / "a.txt").write_text(TEXT, encoding="utf-8")
    return corpus


def test_eval_bad_inputs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = _corpus(tmp_path, b"name\tlanguage\tdir\na\tfr\tpages\n")
    assert main(["eval", "extraction", str(corpus)]) == 0
    capsys.readouterr()
    manifest = corpus / "manifest.tsv"
    manifest.write_bytes("name\tlanguage\tdir\nа\tfr\tpages\n".encode("cp1251"))
    assert main(["eval", "extraction", str(corpus)]) == 2
    assert f"{manifest}:2: not UTF-8" in _one_line(capsys.readouterr().err)
    manifest.write_bytes(b"name\tlanguage\tdir\na\n")
    assert main(["eval", "extraction", str(corpus)]) == 2
    assert f"{manifest}:2: empty or missing value(s): language" in _one_line(
        capsys.readouterr().err
    )
    manifest.write_bytes(b"name\tlanguage\tdir\na\tfr\tpages\n")
    (corpus / "pages" / "a.txt").write_bytes(b"\x00\x01\xfe binary gold")
    assert main(["eval", "extraction", str(corpus)]) == 2
    assert f"{corpus / 'pages' / 'a.txt'}:1: not UTF-8" in _one_line(capsys.readouterr().err)
    (corpus / "pages" / "a.txt").unlink()
    (corpus / "pages" / "a.txt").mkdir()
    assert main(["eval", "extraction", str(corpus)]) == 2
    assert "is a directory" in _one_line(capsys.readouterr().err)


@pytest.mark.parametrize("row", ["../../outside\tfr\tpages", "outside\tfr\t.."])
def test_eval_refuses_a_page_outside_the_corpus(
    row: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A manifest is input: a row naming "../outside" read a page (and its gold) beside or
    above the corpus directory; it is refused, before anything is read."""
    corpus = _corpus(tmp_path, f"name\tlanguage\tdir\n{row}\n".encode())
    outside = corpus.parent / "outside"
    outside.with_suffix(".html").write_text("<html><body><p>Hors corpus.</p></body></html>")
    outside.with_suffix(".txt").write_text("Hors corpus.")
    assert (tmp_path / "outside.html").is_file()
    assert main(["eval", "extraction", str(corpus)]) == 2
    assert "leaves the corpus directory" in _one_line(capsys.readouterr().err)


def test_inputs_nested_thousands_deep_are_bad_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """json and tomllib raise RecursionError on arrays nested 100,000 deep: an internal error
    (exit 1) for an articles file, a --sources file, a config overlay, a story file and a
    page directory's manifest. Each is exit 2 naming the file now."""
    deep_json = "[" * 100_000 + "]" * 100_000 + "\n"
    deep_toml = "x = " + "[" * 100_000 + "]" * 100_000 + "\n"
    (tmp_path / "a.jsonl").write_text(deep_json, encoding="utf-8")
    (tmp_path / "c.toml").write_text(deep_toml, encoding="utf-8")
    brief = tmp_path / "b.md"
    brief.write_text("Le port a levé 3 millions d'euros.\n", encoding="utf-8")
    (tmp_path / "replay" / "pages").mkdir(parents=True)
    (tmp_path / "replay" / "manifest.json").write_text('{"pages": ' + deep_json + "}")
    story = tmp_path / "s.toml"
    story.write_text(STORY, encoding="utf-8")
    runs = [
        ("a.jsonl:1", ["brief", str(tmp_path / "a.jsonl"), "--story", str(story)]),
        ("a.jsonl:1", ["factcheck", str(brief), "--sources", str(tmp_path / "a.jsonl")]),
        ("c.toml", ["brief", str(_jsonl(tmp_path, GOOD)), "--story", str(tmp_path / "c.toml")]),
        ("c.toml", ["crawl", "https://example.org/a", "--config", str(tmp_path / "c.toml")]),
        ("manifest.json", ["process", str(tmp_path / "replay")]),
    ]
    for name, argv in runs:
        assert main(argv) == 2, argv
        line = _one_line(capsys.readouterr().err)
        assert name in line and "nested too deep" in line, line


def test_an_articles_file_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    """A file saved by a Windows editor starts with U+FEFF: it was "not JSON" at line 1."""
    from pipeline.app.commands import read_articles_jsonl

    path = tmp_path / "a.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(GOOD).encode() + b"\n")
    assert [a.url for a in read_articles_jsonl(path)] == [GOOD["url"]]


@pytest.mark.parametrize("source", ["/dev/zero", "-"])
def test_extract_reads_no_further_than_max_page_bytes(
    source: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`extract /dev/zero` (or an endless pipe on stdin) read until the memory ran out: an
    internal MemoryError, or the machine swapping. It stops past max_page_bytes now and
    rejects the page as too large, as a crawl does (exit 3)."""
    import io

    if source == "-":

        class Endless(io.RawIOBase):
            def readable(self) -> bool:
                return True

            def readinto(self, buffer: Any) -> int:
                buffer[:] = b"<p>" * (len(buffer) // 3) + b"p" * (len(buffer) % 3)
                return len(buffer)

        monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BufferedReader(Endless())))
    elif not Path(source).exists():
        pytest.skip("no /dev/zero here")
    assert main(["extract", source]) == 3
    row = json.loads(capsys.readouterr().out)
    assert row["rejected"] == "too_large" and "over max_page_bytes" in row["detail"]


ENDLESS = Path("/dev/zero")


@pytest.mark.skipif(not ENDLESS.exists(), reason="no /dev/zero on this system")
@pytest.mark.parametrize(
    "argv",
    [
        ["crawl", "https://example.org/a", "--config", "/dev/zero"],
        ["run", "/dev/zero"],
        ["brief", "--story", "zhipu-ipo", "/dev/zero"],
        ["factcheck", "/dev/zero", "--sources", "/dev/zero"],
        ["process", "/dev/zero"],
    ],
    ids=["config", "story", "articles", "brief", "page manifest"],
)
def test_an_endless_file_is_bad_input(
    argv: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A path that names a device (`/dev/zero` by mistake) is read to a bound, then exit 2
    naming it: before, each of these read until the memory ran out (MemoryError)."""
    out = tmp_path / "out"
    stores = argv[0] in ("crawl", "run")
    extra = ["--db", str(out / "a.sqlite3")] if stores else []
    extra += ["--out", str(out / "o.jsonl")] if argv[0] == "process" else []
    extra += ["--out", str(out)] if argv[0] in ("run", "brief") else []
    assert main([*argv, *extra]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "/dev/zero: " in err and "not a regular file" in err, err
    assert not [p for p in out.rglob("*") if p.is_file()]  # nothing written, nothing stored


def test_a_config_from_a_pipe_is_read(tmp_path: Path) -> None:
    """`--config <(...)` (a FIFO, as a shell's process substitution gives) is still read."""
    fifo = tmp_path / "config.fifo"
    os.mkfifo(fifo)
    writer = threading.Thread(
        target=fifo.write_text, args=("[crawl]\nmax_pages = 7\n",), kwargs={"encoding": "utf-8"}
    )
    writer.start()
    try:
        cfg = load_pipeline_config(str(fifo))
    finally:
        writer.join(10)
    assert cfg.crawl.max_pages == 7
