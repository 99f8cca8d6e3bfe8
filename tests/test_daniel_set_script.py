"""benchmarks/extraction/daniel_set.py: a DAnIEL-style set (html/X, reference/X of <p> lines,
doc_lg.json) has its English, Russian, Greek and Polish pages read in a part per language and
its Chinese ones not; a magic-html-style one (htmls/ID.html, base.json) its non-Chinese pages at
their URL in a part per detected language; pages our manifests name, a gold the page does not
hold and the languages not asked for are left out, the rest scored with dragnet_set.py's code
and a "+title" row per part; a bad folder is one line and exit 2. Made-up pages only; the real
sets are read where NEWSBRIEF_DANIEL_DATA names DAnIEL's `Corpus_daniel_v2.1` and
NEWSBRIEF_MAGIC_DATA magic-html's `benchmark/data/article`, skipped elsewhere."""

from __future__ import annotations

import json
import os
from pathlib import Path
from types import ModuleType

import pytest

from tests.script_modules import load_script

_SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "extraction" / "daniel_set.py"

_BODIES = {
    "English": [
        "The river ferry returned to service on Tuesday morning after six weeks of repairs.",
        "Passengers waiting at the north pier said the crossing felt smoother than before.",
        "Engineers replaced two hull plates and the whole steering gear during the refit.",
    ],
    "Russian": [
        "Речной паром во вторник утром вернулся на линию после шести недель ремонта.",
        "Пассажиры на северном причале говорят, что переправа стала заметно спокойнее.",
        "Инженеры заменили два листа обшивки и всё рулевое устройство во время ремонта.",
    ],
    "Greek": [
        "Το πορθμείο του ποταμού επέστρεψε στη γραμμή την Τρίτη μετά από έξι εβδομάδες.",
        "Οι επιβάτες στην βόρεια αποβάθρα λένε ότι το ταξίδι είναι πιο ήρεμο από πριν.",
        "Οι μηχανικοί αντικατέστησαν δύο ελάσματα της γάστρας και όλο το σύστημα πηδαλίου.",
    ],
    "Polish": [
        "Prom rzeczny wrócił na trasę we wtorek rano po sześciu tygodniach remontu statku.",
        "Pasażerowie czekający na północnym nabrzeżu mówią, że przeprawa jest spokojniejsza.",
        "Inżynierowie wymienili dwie blachy poszycia oraz cały układ sterowy podczas remontu.",
    ],
    "Chinese": [
        "江畔渡轮在暴风雨后停航六周，周二上午修复船体后重新启航，首班船准时离开北码头。",
        "候船的乘客说，航行比以前平稳得多；运营方表示，春季时刻表将按计划执行。",
    ],
}
_HEADLINE = {"English": "Ferry sails again", "Russian": "Паром снова в пути"}


def _page(lines: list[str], headline: str = "Ferry") -> bytes:
    body = "".join(f"<p>{line}</p>" for line in lines)
    return (
        f"<html><head><title>{headline}</title></head><body><div class=nav>Home News</div>"
        f"<h1>{headline}</h1><article>{body}</article><div class=foot>(c) 2012</div>"
        "</body></html>"
    ).encode()


def _module() -> ModuleType:
    return load_script(_SCRIPT)


def _daniel(root: Path) -> Path:
    (root / "html").mkdir(parents=True)
    (root / "reference").mkdir()
    languages = {}
    for language, body in _BODIES.items():
        name = f"20120112_news.example.{language[:2].lower()}_ab"
        languages[name] = language
        headline = _HEADLINE.get(language, "Ferry")
        (root / "html" / name).write_bytes(_page(body, headline))
        gold = "".join(f"<p>{line}</p>\n" for line in [headline, *body])
        (root / "reference" / name).write_text(gold, "utf-8")
    # a page our corpora hold, and one whose gold is another page's
    for name, gold in (("20120113_held.example.ru_cd", ""), ("20120113_other.example.en_ef", "x")):
        languages[name] = "Russian" if "ru" in name else "English"
        (root / "html" / name).write_bytes(_page(_BODIES[languages[name]]))
        other = "A wholly different story about mountain schools and the children there. " * 3
        (root / "reference" / name).write_text(f"<p>{other if gold else ''}</p>", "utf-8")
    (root / "doc_lg.json").write_text(json.dumps(languages), "utf-8")
    return root


def _magic(root: Path) -> Path:
    (root / "htmls").mkdir(parents=True)
    labelled = {
        "en1": {"url": "https://news.example.com/2024/ferry", "content": _BODIES["English"]},
        "pl1": {"url": "https://news.example.pl/prom", "content": _BODIES["Polish"]},
        "zh1": {"url": "https://news.example.cn/a.html", "content": _BODIES["Chinese"]},
    }
    for name, item in labelled.items():
        (root / "htmls" / f"{name}.html").write_bytes(_page(item["content"]))
        item["content"] = "\n".join(item["content"])
    (root / "base.json").write_text(json.dumps(labelled, ensure_ascii=False), "utf-8")
    return root


def test_daniel_s_four_languages_are_read_in_a_part_each(tmp_path: Path) -> None:
    pages = _module().load_pages(_daniel(tmp_path / "daniel"))
    parts = {page["part"] for page in pages}
    assert parts == {"daniel-en", "daniel-ru", "daniel-el", "daniel-pl"}
    russian = next(p for p in pages if p["name"] == "daniel-ru/20120112_news.example.ru_ab")
    assert russian["language"] == "ru" and russian["gold"].startswith("Паром снова в пути\n")


def test_magic_html_s_other_languages_are_read_at_their_url(tmp_path: Path) -> None:
    pages = _module().load_pages(_magic(tmp_path / "article"))
    assert {page["name"] for page in pages} == {"magic-en/en1", "magic-pl/pl1"}
    english = next(page for page in pages if page["part"] == "magic-en")
    assert english["url"] == "https://news.example.com/2024/ferry"


def test_held_pages_and_foreign_gold_are_left_out_and_each_language_scored(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    manifest = tmp_path / "manifest.tsv"
    manifest.write_text(
        "name\tsource_path\nx\tcorpora/Corpus_daniel_v2.1/html/20120113_held.example.ru_cd\n"
    )
    out_json = tmp_path / "rows.json"
    folders = [str(_daniel(tmp_path / "daniel")), str(_magic(tmp_path / "article"))]
    args = [*folders, "--systems", "ours", "--exclude-manifest", str(manifest)]
    assert _module().main([*args, "--json", str(out_json)]) == 0
    out = capsys.readouterr().out
    assert "6 pages (1 held by our corpora, 1 whose gold the page does not hold" in out
    for part in ("daniel-en", "daniel-ru", "daniel-el", "daniel-pl", "magic-en", "magic-pl"):
        assert f"{part} ours" in out
    rows = {row["name"]: row for row in json.loads(out_json.read_text(encoding="utf-8"))}
    for row in rows.values():
        assert row["scores"]["ours"][1] > 0.7, (row["name"], row["scores"])
    # DAnIEL's gold keeps the headline: the "+title" row puts ours back
    titled = rows["daniel-en/20120112_news.example.en_ab"]["scores"]
    assert titled["ours+title"][1] > titled["ours"][1]
    assert "+title F1" in out


def test_only_the_languages_asked_for_are_scored(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = str(_daniel(tmp_path / "daniel"))
    assert _module().main([folder, "--systems", "ours", "--languages", "el,pl"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("2 pages (0 held") and "daniel-el ours" in out
    assert "daniel-ru ours" not in out


@pytest.mark.parametrize("kind", ["missing", "empty"])
def test_a_bad_folder_is_one_line_and_exit_2(
    kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "daniel"
    if kind == "empty":
        path.mkdir()
    assert _module().main([str(path), "--systems", "ours"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith(str(path)), err


_DANIEL = os.environ.get("NEWSBRIEF_DANIEL_DATA", "")
_MAGIC = os.environ.get("NEWSBRIEF_MAGIC_DATA", "")


@pytest.mark.skipif(not _DANIEL or not Path(_DANIEL).is_dir(), reason="DAnIEL is absent")
def test_the_real_daniel_pages_of_four_languages_read_whole() -> None:
    pages = _module().load_pages(Path(_DANIEL))
    assert len(pages) == 1288 and all(page["gold"].strip() for page in pages)
    assert {page["part"] for page in pages} == {"daniel-en", "daniel-ru", "daniel-el", "daniel-pl"}


@pytest.mark.skipif(not _MAGIC or not Path(_MAGIC).is_dir(), reason="magic-html's set is absent")
def test_the_real_magic_html_other_pages_read_whole() -> None:
    pages = _module().load_pages(Path(_MAGIC))
    assert len(pages) == 104 and all(page["url"].startswith("http") for page in pages)
