"""brief.html: a standalone French page with the title, banner, extracts marked with their
language, the figures table and linked sources; escaped, self-contained, and rendered by
headless Chromium where it is installed."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from lxml import html as lxml_html  # type: ignore[import-untyped]

from pipeline.app.commands import read_articles_jsonl
from pipeline.app.steps import make_brief
from pipeline.brief.compose import french_date
from pipeline.brief.htmlpage import render_html
from pipeline.config import load_pipeline_config, load_story
from pipeline.figures.table import table_lines
from pipeline.records import Brief, SourceRef
from tests.output_samples import EN_ID, demo_output_dir, sample_brief

CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)


@pytest.fixture(scope="module")
def demo_brief(tmp_path_factory: pytest.TempPathFactory) -> Brief:
    """The brief of the demo, rebuilt from the articles.jsonl of a real demo run."""
    day_dir = demo_output_dir(tmp_path_factory.getbasetemp() / "demo-outputs")
    articles = read_articles_jsonl(day_dir / "articles.jsonl")
    result = make_brief(
        articles,
        load_story("zhipu-ipo"),
        load_pipeline_config(),
        backend="extractive",
        offline=True,
    )
    return result.brief


def _parse(page: str) -> lxml_html.HtmlElement:
    return lxml_html.document_fromstring(page)


def _text(node: lxml_html.HtmlElement) -> str:
    return " ".join(node.text_content().split())


def _squash(text: str) -> str:
    return " ".join(text.split())


def test_page_is_french_utf8_html5_with_the_title(demo_brief: Brief) -> None:
    page = render_html(demo_brief)
    assert page.startswith("<!DOCTYPE html>")
    doc = _parse(page)
    assert doc.get("lang") == "fr"
    assert doc.xpath("//meta/@charset") == ["utf-8"]
    assert doc.findtext(".//title") == demo_brief.title
    assert [_text(h) for h in doc.xpath("//h1")] == [_squash(demo_brief.title)]
    headings = [_text(h) for h in doc.xpath("//h2")]
    assert headings == [s.heading for s in demo_brief.sections] + [
        "Chiffres clés",
        "Sources",
        "Questions fréquentes",
    ]


def test_banner_is_shown_and_styled_only_when_present(demo_brief: Brief) -> None:
    assert demo_brief.banner
    doc = _parse(render_html(demo_brief))
    banners = doc.xpath("//*[contains(@class, 'banner')]")
    assert [_text(b) for b in banners] == [_squash(demo_brief.banner)]
    assert ".banner {" in doc.findtext(".//style")
    assert not _parse(render_html(replace(demo_brief, banner=None))).xpath("//*[@class='banner']")


def test_untranslated_extracts_carry_their_language(demo_brief: Brief) -> None:
    doc = _parse(render_html(demo_brief))
    quotes = doc.xpath("//blockquote")
    passages = [p for s in demo_brief.sections for p in s.passages if p.origin == "quote"]
    assert [q.get("lang") for q in quotes] == [p.language for p in passages]
    assert {"zh", "en"} <= {q.get("lang") for q in quotes}
    assert [_text(q) for q in quotes] == [_squash(p.text) for p in passages]


def test_translated_prose_is_a_french_paragraph() -> None:
    doc = _parse(render_html(sample_brief()))
    prose = [p for p in doc.xpath("//section/p") if "nouveau modèle" in _text(p)]
    assert len(prose) == 1 and prose[0].get("lang") is None
    assert not prose[0].xpath("ancestor::blockquote")


def test_figures_table_has_one_row_per_measure(demo_brief: Brief) -> None:
    doc = _parse(render_html(demo_brief))
    (table,) = doc.xpath("//table[@class='figures']")
    assert [_text(th) for th in table.xpath("thead/tr/th")] == ["Mesure", "Valeur", "Sources"]
    rows = table.xpath("tbody/tr")
    lines = table_lines(demo_brief.figures)
    assert len(rows) == len(lines)
    for tr, (row, *_others) in zip(rows, lines, strict=True):
        assert _text(tr.xpath("th")[0]).lower() == _squash(row.label).lower()
        assert _squash(row.rendered) in _text(tr.xpath("td")[0])


def test_disagreeing_values_stand_side_by_side_with_their_outlets() -> None:
    brief = sample_brief()
    doc = _parse(render_html(brief))
    (row,) = doc.xpath("//table[@class='figures']/tbody/tr[@class='disagreement']")
    values = row.xpath(".//ul[@class='values']/li")
    close = brief.figures[1]
    assert [_text(li.xpath("*[@class='value']")[0]) for li in values] == [
        _squash(close.rendered),
        _squash(close.disagreement[0].rendered),
    ]
    assert [_text(li.xpath("*[@class='outlets']")[0]) for li in values] == [
        "Sohu, 36Kr",
        "21世纪经济报道 (via Sohu)",
    ]
    assert [a.get("href") for a in row.xpath("td[2]//a")] == ["#source-1", "#source-2"]


def test_sources_are_an_ordered_list_of_links(demo_brief: Brief) -> None:
    doc = _parse(render_html(demo_brief))
    (ol,) = doc.xpath("//ol[@class='sources']")
    items = ol.xpath("li")
    assert len(items) == len(demo_brief.sources) >= 5
    for n, (li, ref) in enumerate(zip(items, demo_brief.sources, strict=True), start=1):
        assert li.get("id") == f"source-{n}"
        (link,) = li.xpath("a")
        assert link.get("href") == ref.url
        assert link.xpath("cite")[0].text == ref.title
        assert link.xpath("cite")[0].get("lang") == ref.language
        assert ref.outlet in _text(li)
        assert french_date(ref.published_at) in _text(li)


def test_every_reference_points_to_a_listed_source(demo_brief: Brief) -> None:
    doc = _parse(render_html(demo_brief))
    ids = set(doc.xpath("//ol[@class='sources']/li/@id"))
    anchors = {h[1:] for h in doc.xpath("//a/@href") if h.startswith("#")}
    assert anchors and anchors <= ids


def test_text_is_escaped() -> None:
    hostile = "<script>alert('x')</script> & <b>gras</b>"
    source = SourceRef(
        article_id=EN_ID, title=hostile, outlet="A & B <i>", url="https://a.example/?a=1&b=2"
    )
    brief = sample_brief(title=hostile, sources=(sample_brief().sources[0], source))
    page = render_html(brief)
    doc = _parse(page)
    assert not doc.xpath("//script") and not doc.xpath("//b") and not doc.xpath("//i")
    assert doc.findtext(".//h1") == hostile
    assert doc.xpath("//ol[@class='sources']/li[2]/a/@href") == ["https://a.example/?a=1&b=2"]
    assert "A & B <i>" in _text(doc.xpath("//ol[@class='sources']/li[2]")[0])
    assert "&amp;b=2" in page


def test_a_non_http_source_url_is_shown_not_linked() -> None:
    source = replace(sample_brief().sources[1], url="javascript:alert(1)")
    doc = _parse(render_html(sample_brief(sources=(sample_brief().sources[0], source))))
    item = doc.xpath("//ol[@class='sources']/li[2]")[0]
    assert not item.xpath(".//a") and "javascript:alert(1)" in _text(item)


def test_page_is_self_contained(demo_brief: Brief) -> None:
    doc = _parse(render_html(demo_brief))
    assert not doc.xpath("//script | //link | //img | //iframe | //object | //*[@src]")
    assert not doc.xpath("//@*[starts-with(name(), 'on')]")
    assert "url(" not in doc.findtext(".//style") and "@import" not in doc.findtext(".//style")
    external = {h for h in doc.xpath("//a/@href") if not h.startswith("#")}
    assert external == {ref.url for ref in demo_brief.sources}


def test_faq_and_footer() -> None:
    doc = _parse(render_html(sample_brief()))
    questions = [_text(dt) for dt in doc.xpath("//dl[@class='faq']/dt")]
    assert questions == ["Quand Zhipu est-il coté ?"]
    footer = _text(doc.xpath("//footer")[0])
    assert "9 janvier 2026" in footer and "extractive (sans modèle)" in footer
    assert "3 articles lus, 2 cités" in footer


def _chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None and Path("/usr/bin/chromium").exists():
        found = "/usr/bin/chromium"
    if found is None:
        pytest.skip("chromium not installed; .ci/run installs Debian's chromium")
    return found


def test_headless_chromium_renders_title_figures_and_source_links(
    demo_brief: Brief, tmp_path: Path
) -> None:
    browser = _chromium()
    page = tmp_path / "brief.html"
    page.write_text(render_html(demo_brief), encoding="utf-8")
    cmd = [
        browser,
        *CHROMIUM_FLAGS,
        f"--user-data-dir={tmp_path / 'profile'}",
        "--dump-dom",
        page.as_uri(),
    ]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    dom = _parse(proc.stdout)
    assert _text(dom.xpath("//h1")[0]) == _squash(demo_brief.title)
    assert dom.findtext(".//title") == demo_brief.title
    rows = dom.xpath("//table[@class='figures']/tbody/tr")
    assert len(rows) == len(table_lines(demo_brief.figures))
    assert _squash(demo_brief.figures[0].rendered) in _text(rows[0])
    links = dom.xpath("//ol[@class='sources']/li/a/@href")
    assert links == [ref.url for ref in demo_brief.sources]


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        'https://a.example/x"><script>alert(2)</script>',
        "https://a.example/with space",
    ],
)
def test_the_markdown_never_autolinks_what_the_page_would_not_link(url: str) -> None:
    """brief.fr.md wrote every source URL as an autolink <URL>: a downstream report that
    renders the Markdown got a javascript: link, or raw HTML from a URL holding "><script>".
    Only what the HTML page links (an http(s) URL a link can carry as it is) is a link now;
    anything else is escaped text."""
    from pipeline.brief.compose import render_markdown

    source = replace(sample_brief().sources[1], url=url)
    markdown = render_markdown(sample_brief(sources=(sample_brief().sources[0], source)))
    line = next(line for line in markdown.splitlines() if line.startswith("- [2]"))
    assert f"<{url}>" not in line and "<script>" not in line, line
    assert not re.search(r"<[a-z]+:", line.split(" : ", 1)[-1]), line
    rendered = _parse(render_html(sample_brief(sources=(sample_brief().sources[0], source))))
    assert not rendered.xpath("//ol[@class='sources']/li[2]/a")


def test_an_http_source_url_stays_an_autolink() -> None:
    from pipeline.brief.compose import render_markdown

    markdown = render_markdown(sample_brief())
    assert re.search(r"^- \[1\] .* <https?://[^>\s]+>$", markdown, re.M), markdown
