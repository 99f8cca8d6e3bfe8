"""Score the full per-page path on CleanEval (the ACL SIGWAC shared task of 2007: web pages
of every kind, collected by web search for English words, cleaned by hand) and on
CleanPortalEval (ppke-nlpg: 71 pages of four news portals and blogs of 2013, cleaned by hand
in CleanEval's format), and trafilatura and readability-lxml on the same pages in the same
run, with dragnet_set.py's scoring, report and `--worst` listing (imported, not copied).

Each set is a folder with `input/X.html` (the page) and `GoldStandard/X.txt` (its gold), as
j-szulc/html-cleaning-dataset-merged holds `cleaneval-final/`, `cleaneval-dev/` and
`CleanPortalEval-master/`; give one or more. A page without a gold is left out.

The page: CleanEval wrapped each page in a line `<text id="URL" title="..." encoding="...">`
and a closing `</text>`; both are taken off (a browser never saw them) and the URL in `id`
is the page's URL for every system (the set gives it; a neutral one where it does not).

The gold is CleanEval's text format, not markup: a first line "URL: ..." (dropped; blank
lines may come before it), then the text, each segment opened by a marker, `<p>` a
paragraph, `<h>` a heading, `<l>` a list item, mostly at a line's start, in a few table rows
several on one line. Every marker is taken off (a segment starts a line) and character
references (`&#039;`, `&amp;`: the portal set's golds keep them) read as characters; the
note `<!-- this page contains no article -->` is not text (such a page, its gold empty, is
left out and named). The file is UTF-8, else cp1252. Everything else is gold text:
CleanEval's annotators kept all of a page's running text (a blog's several posts with their
comments, a forum's messages, a shop's descriptions, a section page's several stories), not
one article, so on CleanEval the gold holds much more than a news extractor keeps and recall
is the number that says most; CleanPortalEval's golds are the article alone.

Scored with the project's token metric (`eval_metrics.page_scores`) in each page's language,
detected from its gold (`pipeline.text.language.detect_language`); the report's parts are
"SET-LANGUAGE" (e.g. "final-en", "CleanPortalEval-en").

    .venv/bin/python benchmarks/extraction/cleaneval_set.py PATH/cleaneval-final \
        [PATH/cleaneval-dev PATH/CleanPortalEval-master] \
        [--systems ours,trafilatura,readability] [--json OUT.json] [--worst N]
"""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from dragnet_set import ROOT, choose_systems, finish, run, set_arguments  # noqa: E402

sys.path.insert(0, str(ROOT))
from pipeline.text.language import detect_language  # noqa: E402

URL = "http://fakehost/cleaneval/{name}.html"  # where the wrapper gives no URL
_MARKER = re.compile(r"<[phl]>")
_WRAPPER = re.compile(rb"\A\s*<text\b([^>]*)>")
_WRAPPER_END = re.compile(rb"</text>\s*\Z")
_ID = re.compile(rb"""\bid=["']([^"']+)["']""")
_URL_LINE = re.compile(r"\AURL:[^\n]*\n?")
# the portal set's note on a page without an article (a page showing markup as text, as a
# tutorial does, keeps its "<!-- ... -->" in the gold: that is text)
_NOTE = re.compile(r"<!--[^>]*\bno article\b[^>]*-->")


def read_gold(raw: bytes) -> str:
    """A CleanEval gold file's text: its URL line and segment markers taken off, character
    references read, a line per segment."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    text = _URL_LINE.sub("", text.replace("\r\n", "\n").lstrip(), count=1)
    text = _NOTE.sub("\n", text)
    text = html.unescape(_MARKER.sub("\n", text))
    return "\n".join(" ".join(line.split()) for line in text.splitlines() if line.strip())


def unwrap(raw: bytes) -> tuple[bytes, str]:
    """A page without CleanEval's `<text ...>` wrapper, and the URL the wrapper gives ("")."""
    opened = _WRAPPER.match(raw)
    if not opened:
        return raw, ""
    found = _ID.search(opened.group(1))
    body = _WRAPPER_END.sub(b"", raw[opened.end() :])
    return body, found.group(1).decode("ascii", errors="replace") if found else ""


def load_pages(folders: list[Path]) -> list[dict[str, Any]]:
    """Each page's name, part (set and language), URL, bytes and gold (a page whose gold is
    empty is left out and named)."""
    pages, skipped = [], []
    for folder in folders:
        if not (folder / "input").is_dir() or not (folder / "GoldStandard").is_dir():
            raise ValueError(f"{folder}: no input/ and GoldStandard/ folders in it")
        short = folder.name.removeprefix("cleaneval-").removesuffix("-master")
        for page in sorted((folder / "input").glob("*.html")):
            name = page.name[: -len(".html")]
            gold_file = folder / "GoldStandard" / f"{name}.txt"
            if not gold_file.is_file():
                continue
            gold = read_gold(gold_file.read_bytes())
            if not gold:  # an empty gold scores nothing: left out, counted
                skipped.append(name)
                continue
            body, url = unwrap(page.read_bytes())
            language = detect_language(gold)[0]
            pages.append(
                {
                    "name": f"{short}/{name}",
                    "part": f"{short}-{language}",
                    "url": url,
                    "language": language,
                    "body": body,
                    "gold": gold,
                    "comments": False,
                }
            )
    if not pages:
        raise ValueError("no page with both input/X.html and GoldStandard/X.txt")
    if skipped:
        print(f"left out, the gold empty: {len(skipped)} pages ({' '.join(skipped)})")
    return pages


def main(argv: list[str] | None = None) -> int:
    ap = set_arguments(__doc__, "sets: input/ and GoldStandard/ in each", many=True)
    args = ap.parse_args(argv)
    systems = choose_systems(args.systems)
    try:
        pages = load_pages(args.folders)
    except (OSError, ValueError) as exc:
        print(exc, file=sys.stderr)
        return 2
    print(f"{len(pages)} pages")
    finish(run(pages, systems, URL), systems, args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
