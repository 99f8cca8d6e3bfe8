"""evaluate_corpus on a tiny corpus written here, with hand-computed scores."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.app.evaluate import (
    author_f1,
    evaluate_corpus,
    format_report,
    page_scores,
    tokens,
)
from pipeline.errors import InputError

MANIFEST = "name\tlanguage\turl\tdir\tgold_type\n"


def _write(corpus: Path, rows: list[tuple[str, str, str, str, str]]) -> None:
    """rows: (name, language, gold_type, html, gold text or snippets JSON)."""
    lines = [MANIFEST]
    (corpus / "pages").mkdir(parents=True)
    for name, lang, kind, html, gold in rows:
        lines.append(f"{name}\t{lang}\thttps://example.test/{name}\tpages\t{kind}\n")
        (corpus / "pages" / f"{name}.html").write_bytes(html.encode("utf-8"))
        suffix = ".snippets.json" if kind == "snippets" else ".txt"
        (corpus / "pages" / f"{name}{suffix}").write_text(gold, encoding="utf-8")
    (corpus / "manifest.tsv").write_text("".join(lines), encoding="utf-8")


def _body_text(body: bytes, url: str) -> str:
    """A stand-in extractor: the page bytes are the extracted text."""
    return body.decode("utf-8")


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    snippets = json.dumps({"with": ["quick brown", "lazy cat"], "without": ["sign up"]})
    _write(
        tmp_path,
        [
            # zh: output 今天天气很好 (6 chars) vs gold 今天天气不错 (6): 4 common -> P = R = 4/6
            ("zh1", "zh", "human", "今天天气很好。", "今天天气不错！"),
            # en: output "the cat sat" vs gold "The cat sat on the mat": P 3/3, R 3/6
            ("en1", "en", "human", "the cat sat", "The cat sat on the mat."),
            # en: exact match after NFKC + casefold (full-width letters) -> 1.0
            ("en2", "en", "human", "ＨＥＬＬＯ World", "hello world"),
            # fr snippets: "quick brown" found, "lazy cat" missed, "sign up" found (false positive)
            ("fr1", "fr", "snippets", "The quick  brown fox. Sign up now", snippets),
        ],
    )
    return tmp_path


def test_exact_scores_per_language(corpus: Path) -> None:
    result = evaluate_corpus(corpus, _body_text)
    zh, en = result["languages"]["zh"], result["languages"]["en"]
    assert zh["precision"] == pytest.approx(4 / 6) and zh["recall"] == pytest.approx(4 / 6)
    assert en["pages"] == 2
    assert en["precision"] == pytest.approx((1.0 + 1.0) / 2)
    assert en["recall"] == pytest.approx((0.5 + 1.0) / 2)
    assert en["f1"] == pytest.approx((2 * 0.5 / 1.5 + 1.0) / 2)
    fr = result["snippets"]["fr"]
    assert (fr["precision"], fr["recall"]) == (pytest.approx(0.5), pytest.approx(0.5))
    assert result["pages"] == 4 and result["pages_per_second"] > 0


def test_crash_counts_as_empty_page(corpus: Path) -> None:
    def broken(body: bytes, url: str) -> str:
        if url.endswith("en1"):
            raise RuntimeError("boom")
        return body.decode("utf-8")

    result = evaluate_corpus(corpus, broken)
    assert result["languages"]["en"]["errors"] == 1
    assert result["languages"]["en"]["empty"] == 1
    assert result["languages"]["en"]["recall"] == pytest.approx(0.5)


def test_report_lists_languages(corpus: Path) -> None:
    report = format_report(evaluate_corpus(corpus, _body_text))
    assert "pages/s" in report
    assert [line.split()[0] for line in report.splitlines() if line[:2] in ("zh", "en", "fr")] == [
        "en",
        "zh",
        "fr",
    ]


def test_tokens_chinese_by_character_latin_runs_whole() -> None:
    assert tokens("GDP增长5.2%", "zh") == {"gdp": 1, "增": 1, "长": 1, "5": 1, "2": 1}
    assert tokens("L’économie, c’est", "fr") == {"l": 1, "économie": 1, "c": 1, "est": 1}


def test_empty_gold_and_output() -> None:
    assert page_scores("", "", "en") == (1.0, 1.0, 1.0)
    assert page_scores("text", "", "en") == (0.0, 1.0, 0.0)
    assert page_scores("", "gold", "en") == (0.0, 0.0, 0.0)


def test_missing_manifest_is_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="manifest.tsv"):
        evaluate_corpus(tmp_path, _body_text)


def test_default_extractor_is_extract_text(corpus: Path) -> None:
    result = evaluate_corpus(corpus)  # pipeline.extract.extract_text on real (tiny) pages
    assert set(result["languages"]) == {"zh", "en"}
    assert all(p["error"] == "" for p in result["per_page"])


# --- metadata gold: dates and authors stated plainly on pages written here --------------------

_PROSE = "<p>" + "Le conseil municipal a voté le budget après un long débat public. " * 4 + "</p>"
META_PAGES = [
    # (name, url, head, byline, gold date, gold authors, fetched)
    (
        "jsonld",
        "https://news.example.org/a/1",
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Budget",'
        ' "datePublished": "2026-01-08T23:30:00-05:00",'
        ' "author": [{"name": "Jean Dupont et Marie Curie"}]}</script>',
        "",
        "2026-01-08",
        "Jean Dupont|Marie Curie",
        "",
    ),
    (
        "french-byline",
        "https://journal.example.fr/politique/budget",
        '<meta name="author" content="Paul Martin">',
        "<p class='date'>Publié le 8 janvier 2026 à 14h30</p>",
        "2026-01-08",
        "Paul Martin",
        "",
    ),
    (
        "english-byline",
        "https://example.com/story",
        '<meta name="author" content="Alice Smith and Bob Jones">',
        "<div>By Alice Smith and Bob Jones | January 7, 2026 10:30 a.m. EST</div>",
        "2026-01-07",
        "Alice Smith|Bob Jones",
        "",
    ),
    (
        "time-element",
        "https://example.net/x",
        "",
        '<time datetime="2026-01-06T09:00:00+01:00">6 janvier</time>',
        "2026-01-06",
        None,
        "",
    ),
    (
        "url-date",
        "https://example.org/2026/01/05/budget-vote/",
        "",
        "",
        "2026-01-05",
        None,
        "",
    ),
    (
        "relative",
        "https://example.cn/n/1",
        '<meta name="author" content="张三、李四">',
        "<div>3小时前 来源：某报</div>",
        "2026-01-09",
        "张三|李四",
        "2026-01-09T12:00:00+08:00",
    ),
    # the reader finds no date here: counted wrong, not skipped
    ("no-date", "https://example.org/n", "", "", "2026-01-01", None, ""),
]


@pytest.fixture
def meta_corpus(tmp_path: Path) -> Path:
    head = "name\tlanguage\turl\tdir\tgold_type\tpublished\tauthors\tfetched\n"
    lines = [head]
    (tmp_path / "pages").mkdir()
    for name, url, meta, byline, date, authors, fetched in META_PAGES:
        html = (
            f"<html><head><title>Budget - Site</title>{meta}</head><body><article>"
            f"<h1>Budget</h1>{byline}{_PROSE}</article></body></html>"
        )
        (tmp_path / "pages" / f"{name}.html").write_text(html, encoding="utf-8")
        (tmp_path / "pages" / f"{name}.txt").write_text(_PROSE[3:-4], encoding="utf-8")
        gold_authors = authors if authors is not None else ""
        lines.append(f"{name}\tfr\t{url}\tpages\thuman\t{date}\t{gold_authors}\t{fetched}\n")
    (tmp_path / "manifest.tsv").write_text("".join(lines), encoding="utf-8")
    return tmp_path


def test_date_accuracy_and_author_f1_from_the_manifest(meta_corpus: Path) -> None:
    result = evaluate_corpus(meta_corpus)
    pages = {p["name"]: p for p in result["per_page"]}
    assert [n for n, p in pages.items() if not p["date_right"]] == ["no-date"]
    # names split from "A et B", "A and B", "张三、李四"; no author where none is stated
    assert {n: p["author_f1"] for n, p in pages.items()} == {n: 1.0 for n in pages}
    meta = result["metadata"]
    assert meta["date_pages"] == 7 and meta["date_accuracy"] == pytest.approx(6 / 7)
    # pages with an empty authors cell state no author: finding none scores 1.0
    assert meta["author_pages"] == 7 and meta["author_f1"] == pytest.approx(1.0)
    assert "date right (same day): 0.857 on 7 pages" in format_report(result)


def test_author_f1_counts_partial_matches() -> None:
    assert author_f1(["Alice Smith", "Bob Jones"], ["alice  smith"]) == pytest.approx(2 / 3)
    assert author_f1([], ["A"]) == 0.0 and author_f1([], []) == 1.0


def test_pages_without_metadata_gold_report_none(corpus: Path) -> None:
    result = evaluate_corpus(corpus, _body_text)
    assert result["metadata"]["date_pages"] == 0 and result["metadata"]["author_f1"] is None
    assert "date right" not in format_report(result)


# --- per corpus directory, leave-one-source-out -------------------------------------------------

# each section in a wrapper of its own class: wrappers of one class side by side are the
# parts of one article even without widening (see tests/test_maintext_split.py)
_SECTION = (
    "<div class='row row-{i}'><div class='col'><section><h2>Part {i}</h2>"
    "<p>{text}</p><p>{text}</p></section></div></div>"
)


def _sectioned_page(i: int) -> tuple[str, str]:
    """An article in three sections (the scorer alone keeps one) and its gold text."""
    texts = [
        f"Section {k} of story {i} tells, at length, what the council decided, why, and when. "
        * (3 if k == 0 else 2)
        for k in range(3)
    ]
    body = "".join(_SECTION.format(i=k, text=t) for k, t in enumerate(texts))
    gold = "\n".join(f"Part {k}\n{t}\n{t}" for k, t in enumerate(texts))
    return f"<html><body><div class='wrap'>{body}</div></body></html>", gold


def _two_source_corpus(root: Path) -> Path:
    lines = [MANIFEST]
    for source in ("alpha", "beta"):
        (root / source).mkdir(parents=True)
        for i in range(2):
            html, gold = _sectioned_page(i)
            (root / source / f"p{i}.html").write_text(html, encoding="utf-8")
            (root / source / f"p{i}.txt").write_text(gold, encoding="utf-8")
            lines.append(f"p{i}\ten\thttps://{source}.example/p{i}\t{source}\thuman\n")
    (root / "manifest.tsv").write_text("".join(lines), encoding="utf-8")
    return root


def test_by_corpus_fits_without_the_left_out_directory(tmp_path: Path) -> None:
    from pipeline.app.evaluate import evaluate_by_corpus, format_by_corpus
    from pipeline.maintext.scoring import WidenParams

    corpus = _two_source_corpus(tmp_path)
    grid = (WidenParams(levels=0), WidenParams())
    result = evaluate_by_corpus(corpus, grid=grid)
    assert result["fitted"] and set(result["directories"]) == {"alpha", "beta"}
    # widening recovers the other sections: it is chosen in-sample and on each left-out fold
    assert result["parameters"]["levels"] == WidenParams().levels
    for stats in result["directories"].values():
        assert stats["left_out_parameters"]["levels"] == WidenParams().levels
        assert stats["left_out"] == stats["in_sample"] > 0.95
    no_widening = evaluate_by_corpus(corpus, grid=grid[:1])
    assert no_widening["directories"]["alpha"]["in_sample"] < 0.6
    report = format_by_corpus(result)
    assert "left-out F1" in report and "fitted parameters" in report


def test_by_corpus_of_a_custom_extractor_says_it_has_nothing_fitted(corpus: Path) -> None:
    from pipeline.app.evaluate import evaluate_by_corpus, format_by_corpus

    result = evaluate_by_corpus(corpus, _body_text)
    assert not result["fitted"]
    assert "no fitted parameters" in format_by_corpus(result)


def test_pages_are_read_with_a_fetch_time_as_a_crawl_reads_them() -> None:
    """Without a fetch time the reader never resolves "刚刚" or "today": a relative time
    wrongly read in a page's prose went unseen by the evaluation while a crawl stored it."""
    from datetime import datetime

    from pipeline.app.eval_pages import PageResult, score_metadata

    seen: list[datetime | None] = []

    def reader(body: bytes, url: str, fetched: datetime | None) -> tuple[None, list[str]]:
        seen.append(fetched)
        return None, []

    row = {"name": "p", "url": "https://example.org/a", "published": "2026-01-08"}
    score_metadata(PageResult("p", "zh", "full"), row, b"", reader)
    score_metadata(
        PageResult("p", "zh", "full"), {**row, "fetched": "2026-01-09T12:00Z"}, b"", reader
    )
    assert seen[0] is not None and seen[0].tzinfo is not None
    assert seen[1] is not None and seen[1].isoformat() == "2026-01-09T12:00:00+00:00"
