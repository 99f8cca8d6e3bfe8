"""Hostile texts for the patterns a regex scan found super-linear (20th session), timed through
the function that reads each: `make_article` on a made-up page, else the brief's own step
(figures of an article's text, its sentences, a generated draft). Timings only: the results
are asserted in tests/test_redos_patterns.py on smaller inputs of the same shapes.

    .venv/bin/python benchmarks/extraction/hostile_patterns.py [--chars 60000] [KIND ...]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_WORDS = "The council said on Monday that its budget for roads would rise next year. "
_PAGE = (
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Roads</title>{head}'
    "</head><body><main><article><h1>A report on roads</h1>{body}</article></main></body>"
    "</html>"
)
_PARAGRAPHS = ("<p>" + _WORDS * 6 + "</p>") * 5
_ZH_BODY = "<p>" + "北京市政府周一表示，明年道路预算将增加，批评者担心工期延误。" * 5 + "</p>"


def _credit_lines(count: int) -> str:
    """Lines of 90 characters shaped as photo credits that do not end as one, all different."""
    shapes = ("photo: {:06d} " + "1 " * 35 + "getty!", "photo by {:06d}" + ")" * 69 + " getty")
    return "<br>".join(shapes[i % 2].format(i) for i in range(count))


def _page(body: str = "", head: str = "") -> str:
    return _PAGE.format(head=head, body=_PARAGRAPHS + body)


def _kr36(og_title: str) -> str:
    return (
        '<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8">'
        f'<meta property="og:title" content="{og_title}"></head><body>'
        f'<div class="articleDetailContent">{_ZH_BODY}</div></body></html>'
    )


def _state(n: int) -> str:
    state = {
        "props": {"pageProps": {"article": {"title": "A report", "body": _WORDS * 20 + "<" * n}}}
    }
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>A report</title>'
        '</head><body><div id="__next"></div><script id="__NEXT_DATA__" type="application/json">'
        + json.dumps(state)
        + "</script></body></html>"
    )


# Pages: (URL, markup of about n hostile characters)
PAGES: dict[str, Callable[[int], tuple[str, str]]] = {
    "waf_open_brackets": lambda n: ("https://e.com/a", _page("<p>cf-chl-x</p>") + "<" * n),
    "captcha_open_brackets": lambda n: (
        "https://e.com/a",
        _page('<div class="g-recaptcha"></div>') + "<" * n,
    ),
    "state_open_brackets": lambda n: ("https://e.com/a", _state(n)),
    "kr36_og_title_blanks": lambda n: ("https://36kr.com/p/1", _kr36("标题" + "\u00a0" * n + "x")),
    "kr36_og_title_lines": lambda n: (
        "https://36kr.com/p/1",
        _kr36("标题" + "-36氪" * (n // 4) + "&#10;x"),
    ),
    "author_meta_blanks": lambda n: (
        "https://e.com/a",
        _page(head=f'<meta name="author" content="Jane Doe{chr(160) * n}and John Smith">'),
    ),
    "title_pipes_blanks": lambda n: (
        "https://e.com/a",
        _page().replace(
            "<title>Roads", "<title>Roads" + "\u00a0" * (n // 2) + "|" + " " * (n // 2)
        ),
    ),
    "photo_credit_line": lambda n: ("https://e.com/a", _page(f"<p>Photo by{' :' * (n // 2)}</p>")),
    "photo_credit_lines": lambda n: (
        "https://e.com/a",
        _page("<p>" + _credit_lines(n // 10) + "</p>"),
    ),
}


def _figures(text: str, language: str) -> Callable[[], object]:
    def run() -> object:
        from pipeline.figures.check import extract_figures

        return extract_figures(text, language)

    return run


def _sentences(text: str) -> Callable[[], object]:
    def run() -> object:
        from pipeline.summarize.sentences import split_sentences

        return split_sentences(text, "en")

    return run


def _draft(n: int) -> Callable[[], object]:
    def run() -> object:
        from pipeline.config import StoryConfig
        from pipeline.records import Article
        from pipeline.summarize.llm_markdown import parse_brief_markdown

        article = Article(url="https://e.com/a", title="A", text="Texte.")
        markdown = "# Titre\n\nLe chiffre a doublé" + "\u00a0" * n + " [1].\n"
        story = StoryConfig(id="s", title_hint="S", keywords=("s",))
        return parse_brief_markdown(markdown, [article], story)

    return run


# Steps of the brief: the hostile text of about n characters
STEPS: dict[str, Callable[[int], Callable[[], object]]] = {
    "figures_money_series": lambda n: _figures(
        "2022年、2023年和2024年收入分别为" + "1" * n + "元、5亿元和6亿元。", "zh"
    ),
    "figures_percent_series": lambda n: _figures(
        "2022年、2023年和2024年毛利率分别为" + "1" * n + "、5%和6%。", "zh"
    ),
    "figures_comma_digits": lambda n: _figures("1," * (n // 2) + " up 5%.", "en"),
    "sentences_question_marks": lambda n: _sentences("?" * n + "x"),
    "sentences_initials": lambda n: _sentences("a. " * (n // 3)),
    "draft_citation_blanks": _draft,
}


def main(argv: list[str] | None = None) -> int:
    kinds = [*PAGES, *STEPS]
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("kinds", nargs="*", default=kinds, help=", ".join(kinds))
    ap.add_argument("--chars", type=int, default=60_000, help="hostile characters per input")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from pipeline.pages import make_article
    from pipeline.records import RawPage

    make_article(RawPage(url="https://e.com/warm", body=_page().encode()))
    worst = (0.0, "")
    for kind in args.kinds:
        if kind in PAGES:
            url, html = PAGES[kind](args.chars)
            page = RawPage(url=url, body=html.encode())
            start = time.perf_counter()
            made = make_article(page)
            took = time.perf_counter() - start
            reason = getattr(made, "reason", None)
            outcome = f"rejected ({reason.value})" if reason else "article"
        else:
            step = STEPS[kind](args.chars)
            start = time.perf_counter()
            step()
            took, outcome = time.perf_counter() - start, "done"
        print(f"{kind:24s} {took:8.3f} s  {outcome}", flush=True)
        worst = max(worst, (took, kind))
    print(f"slowest: {worst[1]}, {worst[0]:.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
