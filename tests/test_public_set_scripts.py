"""The public-set scripts of benchmarks/extraction/ (snippet_set, public_metadata,
readability_set, postlight_set): the sets a user names are read, or refused with one line
naming the file (exit 2), never a traceback."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import pytest

from tests.script_modules import load_script

_DIR = Path(__file__).resolve().parents[1] / "benchmarks" / "extraction"

_PAGE = """<html lang="en"><head><title>Harbour ferry returns after storm repairs</title>
<meta property="article:published_time" content="2024-03-05T09:30:00+01:00"></head>
<body><article><h1>Harbour ferry returns after storm repairs</h1>
<p class="byline">By Mara Quill</p>
<p>The harbour ferry sailed again on Tuesday morning after six weeks of repairs to its hull,
which a winter storm had pushed against the old stone pier of the northern quay.</p>
<p>Passengers waiting on the quay said the crossing felt calmer than before, and the operator
promised that the timetable of spring would start on the first Monday of April as planned.</p>
<p>Engineers replaced two plates of the hull and the whole steering gear, the operator said in
a statement, and the vessel passed its inspection at the yard last Friday afternoon.</p>
</article><footer>Follow us on every network</footer></body></html>"""


def _module(name: str) -> ModuleType:
    return load_script(_DIR / f"{name}.py")


def _set(root: Path, entry: dict[str, object]) -> Path:
    (root / "cache").mkdir(parents=True)
    (root / "cache" / "ferry.html").write_text(_PAGE, encoding="utf-8")
    path = root / "set.json"
    path.write_text(json.dumps({"https://news.example.org/2024/03/05/ferry": entry}), "utf-8")
    return path


@pytest.mark.parametrize("script", ["snippet_set", "public_metadata"])
@pytest.mark.parametrize(
    ("text", "why"),
    [
        (None, "No such file"),
        ('{"a":', "Expecting value"),
        ("[1, 2]", "not a"),
        ('{"u": {"name": "x.html"}}', "not a"),
    ],
)
def test_a_bad_set_is_one_line_and_exit_2(
    script: str, text: str | None, why: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "set.json"
    if text is not None:
        path.write_text(text, encoding="utf-8")
    args = [str(path)] + (["--systems", "ours"] if script == "snippet_set" else ["--no-others"])
    assert _module(script).main(args) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith(str(path)), err
    assert why in err or (why == "No such file" and "not found" in err), err


def test_a_snippet_that_is_no_string_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _set(tmp_path, {"file": "ferry.html", "with": [42], "without": []})
    assert _module("snippet_set").main([str(path), "--systems", "ours"]) == 2
    assert "not a snippet set" in capsys.readouterr().err


def test_a_made_up_snippet_set_is_scored(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    entry = {
        "file": "ferry.html",
        "with": ["sailed again on Tuesday morning", "passed its inspection"],
        "without": ["Follow us on every network"],
    }
    path = _set(tmp_path, entry)
    assert _module("snippet_set").main([str(path), "--systems", "ours"]) == 0
    out = capsys.readouterr().out
    # 2 snippets found, none missed, the footer left out: precision, recall and F1 all 1.0
    assert "1 pages" in out
    assert "1.000   1.000   1.000   1.000" in out, out


def test_false_positives_are_listed_with_their_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    entry = {
        "file": "ferry.html",
        "with": ["sailed again on Tuesday morning"],
        "without": ["passed its inspection", "Follow us on every network"],
    }
    path = _set(tmp_path, entry)
    args = [str(path), "--systems", "ours", "--false-positives"]
    assert _module("snippet_set").main(args) == 0
    out = capsys.readouterr().out
    # the one "without" snippet in our text, numbered, with the paragraph holding it
    assert "1 + 'passed its inspection'" in out, out
    assert "in: 'Engineers replaced two plates" in out, out
    assert "Follow us" not in out.split("ferry.html", 2)[-1], out


def test_a_made_up_metadata_set_is_scored(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _set(tmp_path, {"file": "ferry.html", "date": "2024-03-05", "author": "Mara Quill"})
    assert _module("public_metadata").main([str(path), "--no-others"]) == 0
    out = capsys.readouterr().out
    last = [line for line in out.splitlines() if line.startswith("all")][-1]
    assert last.split()[1:4] == ["1", "1", "1.000"], out  # dated, authored, date right
    assert "1.000" in last.split()[4], out  # author F1


def _test_pages(root: Path, expected: str) -> Path:
    page = root / "test-pages" / "ferry"
    page.mkdir(parents=True)
    (page / "source.html").write_text(_PAGE, encoding="utf-8")
    (page / "expected.html").write_text(expected, encoding="utf-8")
    meta = {
        "title": "Harbour ferry returns after storm repairs",
        "byline": "By Mara Quill",
        "publishedTime": "2024-03-05T08:30:00Z",
        "lang": "en",
    }
    (page / "expected-metadata.json").write_text(json.dumps(meta), encoding="utf-8")
    return root / "test-pages"


@pytest.mark.parametrize("make", ["missing", "empty", "file"])
def test_a_bad_test_pages_folder_is_one_line_and_exit_2(
    make: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "test-pages"
    if make == "empty":
        path.mkdir()
    elif make == "file":
        path.write_text("x", encoding="utf-8")
    assert _module("readability_set").main([str(path), "--systems", "ours"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith(str(path)), err


def test_a_made_up_readability_page_is_scored(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paragraphs = _PAGE.split('<p class="byline">By Mara Quill</p>')[1].split("</article>")[0]
    path = _test_pages(tmp_path, f"<div>{paragraphs}</div>")
    assert _module("readability_set").main([str(path), "--systems", "ours"]) == 0
    out = capsys.readouterr().out
    assert "all ours                   1   1.000   1.000   1.000" in out, out
    assert "byline F1: 0.000" not in out, out  # "By" is no name: the byline is Mara Quill
    assert "same day: 1.000" in out and "title equal: 1.000" in out, out


def test_readability_pages_our_corpora_hold_are_left_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _test_pages(tmp_path, "<div><p>The harbour ferry sailed again.</p></div>")
    manifest = tmp_path / "manifest.tsv"
    manifest.write_text(
        "name\tsource_path\nreadability_ferry\ttest/test-pages/ferry/source.html\n", "utf-8"
    )
    args = [str(path), "--systems", "ours", "--exclude-manifest", str(manifest)]
    assert _module("readability_set").main(args) == 2  # nothing left to score
    assert "no page folder" in capsys.readouterr().err


# A made-up test of Postlight Parser's shape: the URL and the fixture in a beforeAll, then
# one assertion a field (a string, one split over "+", a day formatted by moment, a null).
_POSTLIGHT_TEST = """import assert from 'assert';
describe('FerryExtractor', () => {
  describe('initial test case', () => {
    let result;
    let url;
    beforeAll(() => {
      url =
        'https://news.example.org/2024/03/05/ferry';
      const html = fs.readFileSync('./fixtures/news.example.org.html');
      result = Mercury.parse(url, { html, fallback: false });
    });
    it('returns the title', async () => {
      const { title } = await result;
      assert.equal(title, 'Harbour ferry returns ' + 'after storm repairs');
    });
    it('returns the author', async () => {
      const { author } = await result;
      assert.equal(author, `Mara Quill`);
    });
    it('returns the date_published', async () => {
      const { date_published } = await result;
      // assert.equal(date_published, '1999-01-01T00:00:00.000Z');
      assert.equal(date_published, '2024-03-05T08:30:00.000Z');
    });
    it('returns the dek', async () => {
      const { dek } = await result;
      assert.equal(dek, null);
    });
  });
});
"""


def _postlight(root: Path) -> Path:
    (root / "fixtures").mkdir(parents=True)
    (root / "fixtures" / "news.example.org.html").write_text(_PAGE, encoding="utf-8")
    tests = root / "src" / "extractors" / "custom" / "news.example.org"
    tests.mkdir(parents=True)
    (tests / "index.test.js").write_text(_POSTLIGHT_TEST, encoding="utf-8")
    return root


def test_a_made_up_postlight_set_is_read_and_scored(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    module = _module("postlight_set")
    (page,) = module.load(_postlight(tmp_path))
    assert page["url"] == "https://news.example.org/2024/03/05/ferry"
    assert page["title"] == "Harbour ferry returns after storm repairs"
    assert page["author"] == "Mara Quill"
    assert page["date"] == "2024-03-05T08:30:00.000Z"
    assert module.main([str(tmp_path), "--no-others"]) == 0
    lines = capsys.readouterr().out.splitlines()
    scores = {line[:36].strip(): line[36:].split() for line in lines[2:]}
    assert scores["date right, UTC day"] == ["1", "1.000"], lines
    assert scores["instant exact (both with a time)"] == ["1", "1.000"], lines
    assert scores["author F1"] == ["1", "1.000"], lines
    assert scores["title exact"] == ["1", "1.000"], lines


def test_a_folder_that_is_no_postlight_clone_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _module("postlight_set").main([str(tmp_path / "nowhere"), "--no-others"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith(str(tmp_path / "nowhere")), err


def test_postlight_metas_are_restored_only_where_content_is_missing() -> None:
    restore = _module("postlight_set").restore_metas
    body = b'<meta value="2024-03-05" name="date"><meta content="a" value="b" name="c"><p value=1>'
    assert restore(body) == (
        b'<meta content="2024-03-05" name="date"><meta content="a" value="b" name="c"><p value=1>'
    )
