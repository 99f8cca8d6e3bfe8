"""benchmarks/extraction/omnivore_set.py: a folder of Readability-fork test pages (NAME/ with
source.html, expected.html, url.txt, expected-metadata.json) is read at each page's own URL,
its reference text a line per block of expected.html, its language from `<html lang>`, else
the reference, else the metadata's name; a folder without url.txt (an email newsletter) is no
page; pages our manifests hold (by URL or by the test page's folder) and a reference the page
does not hold are left out, the rest scored per language with dragnet_set.py's code; a bad
folder is one line and exit 2. Made-up pages only; the real set is read where
NEWSBRIEF_OMNIVORE_DATA names Omnivore's `packages/readabilityjs/test/test-pages`."""

from __future__ import annotations

import json
import os
from pathlib import Path
from types import ModuleType

import pytest

from tests.script_modules import load_script

_SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "extraction" / "omnivore_set.py"

_ENGLISH = [
    "The harbour ferry returned to service on Tuesday morning after six weeks of repairs.",
    "Passengers waiting at the north pier said the crossing felt smoother than before.",
    "Engineers replaced two hull plates and the whole steering gear during the refit.",
]
_SPANISH = [
    "El transbordador del puerto volvió al servicio el martes tras seis semanas de obras.",
    "Los pasajeros que esperaban en el muelle norte dijeron que el viaje era más tranquilo.",
    "Los ingenieros cambiaron dos planchas del casco y todo el timón durante la reforma.",
]
_CHINESE = [
    "港口渡轮在维修六周之后于周二上午恢复航行，首班船准时离开北码头，乘客秩序良好。",
    "候船的乘客说，航行比以前平稳得多；运营方表示，春季时刻表将按原计划执行完毕。",
]


def _module() -> ModuleType:
    return load_script(_SCRIPT)


def _source(lines: list[str], lang: str) -> str:
    said = f' lang="{lang}"' if lang else ""
    body = "".join(f"<p>{line}</p>" for line in lines)
    return (
        f"<html{said}><head><title>Ferry sails again</title></head><body>"
        "<div class=nav>Home News Sport</div><h1>Ferry sails again</h1>"
        f"<article>{body}</article><div class=foot>(c) 2023</div></body></html>"
    )


def _write(root: Path, name: str, lines: list[str], **kw: str) -> None:
    page = root / name
    page.mkdir(parents=True)
    (page / "source.html").write_text(_source(lines, kw.get("lang", "")), "utf-8")
    reference = kw.get("reference") or "".join(f"<p>{line}</p>\n" for line in lines)
    (page / "expected.html").write_text(f'<div id="readability-page-1">{reference}</div>', "utf-8")
    if "url" in kw:
        (page / "url.txt").write_text(kw["url"] + "\n", "utf-8")
    meta = {"language": kw.get("meta", "English"), "publishedDate": "2023-05-02T08:00:00.000Z"}
    (page / "expected-metadata.json").write_text(json.dumps(meta), "utf-8")


def _pages(root: Path) -> Path:
    _write(root, "harbour", _ENGLISH, lang="en-GB", url="https://news.example.com/2023/ferry")
    # no <html lang> and a metadata name that is wrong: the reference tells
    _write(root, "puerto", _SPANISH, url="https://noticias.example.es/ferry")
    _write(root, "gangkou", _CHINESE, url="https://news.example.cn/2023/ferry.html")
    _write(root, "held", _ENGLISH, lang="en", url="http://www.held.example.org/story/")
    other = "<p>" + "A wholly different story about mountain schools and children. " * 3 + "</p>"
    _write(root, "other", _ENGLISH, lang="en", url="https://b.example.com/x", reference=other)
    _write(root / "newsletters", "weekly", _ENGLISH, lang="en")  # no url.txt: not a page
    return root


def test_each_page_is_read_at_its_url_in_its_language(tmp_path: Path) -> None:
    pages = {p["name"]: p for p in _module().load_pages(_pages(tmp_path / "test-pages"))}
    assert set(pages) == {
        "omnivore/" + n for n in ("harbour", "puerto", "gangkou", "held", "other")
    }
    harbour = pages["omnivore/harbour"]
    assert harbour["url"] == "https://news.example.com/2023/ferry"
    assert harbour["gold"] == "\n".join(_ENGLISH) and harbour["year"] == "2023"
    assert (harbour["language"], pages["omnivore/puerto"]["language"]) == ("en", "es")
    assert pages["omnivore/gangkou"]["part"] == "zh"


def test_held_pages_and_a_foreign_reference_are_left_out_and_each_language_scored(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    manifest = tmp_path / "manifest.tsv"
    manifest.write_text("name\turl\tsource_path\nx\thttps://held.example.org/story\t\n")
    out_json = tmp_path / "rows.json"
    folder = str(_pages(tmp_path / "test-pages"))
    args = [folder, "--systems", "ours", "--exclude-manifest", str(manifest)]
    assert _module().main([*args, "--json", str(out_json)]) == 0
    out = capsys.readouterr().out
    assert "1 pages held by our corpora" in out
    assert "3 pages (0 held by our corpora, 1 whose gold the page does not hold" in out
    assert "published 2023-2023 (3 from 2019 on)" in out
    for part in ("en", "es", "zh"):
        assert f"{part} ours" in out
    rows = json.loads(out_json.read_text(encoding="utf-8"))
    for row in rows:
        assert row["scores"]["ours"][2] > 0.9, (row["name"], row["scores"])


@pytest.mark.parametrize("kind", ["missing", "empty"])
def test_a_bad_folder_is_one_line_and_exit_2(
    kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "test-pages"
    if kind == "empty":
        path.mkdir()
    assert _module().main([str(path), "--systems", "ours"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith(str(path)), err


_DATA = os.environ.get("NEWSBRIEF_OMNIVORE_DATA", "")


@pytest.mark.skipif(not _DATA or not Path(_DATA).is_dir(), reason="Omnivore's test pages absent")
def test_the_real_test_pages_read_whole() -> None:
    pages = _module().load_pages(Path(_DATA))
    assert len(pages) == 90 and all(page["url"].startswith("http") for page in pages)
    assert {"en", "zh", "ar", "ru", "es"} <= {page["language"] for page in pages}
