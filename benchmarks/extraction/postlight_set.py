"""Title, publication date and authors measured blind on Postlight Parser's (Mercury's) public
fixtures: real pages of about 140 sites (`fixtures/*.html` in a clone of its repository) and,
for each site, a test its authors wrote by hand (`src/extractors/custom/<host>/index.test.js`)
that names the fixture, the page's URL and the expected `title`, `author` and
`date_published` (an ISO UTC instant, or null where the page states none). No page, text or
gold of theirs is in this project: the set is read from the clone's folder the user names.

The tests are JavaScript; they are read here, not run: in file order, the last `url = ...`
and the last `readFileSync('./fixtures/NAME')` name the page each `assert.equal(FIELD,
VALUE)` is about, VALUE a string literal (or several joined by "+") or null. A date the test
formats to a day first (`moment(date_published).format().split('T')[0]`, in the test
machine's zone, unknown) is a day, not an instant; an expectation computed at run time (a
date relative to today) is left out.

Ours is the Article the product stores (`pipeline.pages.make_article` of a RawPage with the
test's URL, no headers, no fetch time), as public_metadata.py reads it. Scores:
- date right: the UTC day of our instant is the UTC day of the gold's (the gold is UTC);
  "publisher day": our day in the offset our instant carries (the page's own day, the
  convention of our golds) against the same gold UTC day; a gold given as a day only is
  compared with our publisher day in both columns;
- instant exact: both instants equal to the second, over pages where the gold and ours both
  have a time (neither is midnight in its own offset);
- author F1: `public_metadata.py`'s measure (`author_f1`, case and spacing ignored), the gold's
  one string split into names at ",", "&", "/", " and " ... (`public_metadata._JOINED`), over
  pages whose test expects an author; "authored, gold none": an author given where the test
  expects null;
- title: exact (ends stripped), and normalized (NFKC, case, spacing, quotes and dashes).
trafilatura (`bare_extraction(..., with_metadata=True)`: a day, no time) runs on the same
decoded text where it is installed; this set was not made for it, nor for us.

The fixtures are the DOM Postlight's loader saved, not the bytes the sites sent: 147 of the
171 write every <meta> with `value=` where pages write `content=` (its loader renames the
attribute, and `property=` to `name=`), and all but one hold no JSON-LD (scripts dropped).
As saved, the set measures a page without its metas or JSON-LD; `--restore-metas` gives each
<meta> without a `content` its `value` as one (the pages' metas as published: the JSON-LD
stays lost), for both systems alike.

Usage, from the project root:

    .venv/bin/python benchmarks/extraction/postlight_set.py PATH/TO/postlight \\
        [--no-others] [--restore-metas] [--pages OUT.jsonl] [--misses]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from public_metadata import _JOINED, _count, _mean  # noqa: E402  (also puts the root on the path)

from pipeline.app.eval_metrics import author_f1  # noqa: E402
from pipeline.pages import make_article  # noqa: E402
from pipeline.records import Article, RawPage  # noqa: E402
from pipeline.web.encoding import decode_html  # noqa: E402

_TESTS = ("src", "extractors", "custom")
_STRING = re.compile(r"""'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`""", re.S)
_EVENT = re.compile(
    r"\bur[li]\s*=\s*|readFileSync\(\s*|assert\.(?:equal|strictEqual)\(\s*|//[^\n]*|/\*.*?\*/",
    re.S,
)
_ESCAPE = re.compile(r"\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|.)", re.S)
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "\n": ""}
_DAY = re.compile(r"\d{4}-\d\d-\d\d$")
_FIELDS = {"title": "title", "author": "author"}


def _unescape(body: str) -> str:
    def one(m: re.Match[str]) -> str:
        code = m.group(1)
        if code[0] in "xu" and len(code) > 1:
            return chr(int(code[1:], 16))
        return _ESCAPES.get(code, code)

    return _ESCAPE.sub(one, body)


def _value(src: str, at: int) -> tuple[str | None | bool, int]:
    """The JS expression at `at`: a string (literals joined by "+"), None for null, or False
    for anything else; and where it ends."""
    if src.startswith("null", at):
        return None, at + 4
    parts = []
    while m := _STRING.match(src, at):
        parts.append(_unescape(m.group()[1:-1]))
        at = m.end()
        plus = re.compile(r"\s*\+\s*").match(src, at)
        if not plus or not _STRING.match(src, plus.end()):
            break
        at = plus.end()
    return ("".join(parts) if parts else False), at


def _first_argument(src: str, at: int) -> tuple[str, int]:
    """The first argument's text (spacing removed) up to its top-level comma."""
    depth, start = 0, at
    while at < len(src):
        ch = src[at]
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        elif ch == "," and depth == 0:
            return re.sub(r"\s+", "", src[start:at]), at + 1
        elif m := _STRING.match(src, at):
            at = m.end()
            continue
        at += 1
    return "", at


def _field(argument: str) -> str | None:
    if argument in _FIELDS:
        return _FIELDS[argument]
    if argument == "date_published":
        return "date"
    lowered = argument.lower().replace("_", "")
    return "day" if "datepublished" in lowered else None


def _expectations(src: str) -> Iterator[tuple[str, str, str, str | None]]:
    """(fixture, url, field, value) of each assertion in one test file, in file order."""
    url = fixture = ""
    for m in _EVENT.finditer(src):
        word = m.group()
        if word.startswith("/"):
            continue
        if word.startswith("ur") or word.startswith("readFileSync"):
            value, _ = _value(src, m.end())
            if isinstance(value, str):
                url, fixture = (value, fixture) if word.startswith("ur") else (url, value)
            continue
        argument, at = _first_argument(src, m.end())
        field = _field(argument)
        value, _ = _value(src, at + len(src[at:]) - len(src[at:].lstrip()))
        if field and value is not False and url and fixture:
            assert not isinstance(value, bool)
            yield Path(fixture).name, url, field, value


def load(root: Path) -> list[dict[str, Any]]:
    """The set's pages: fixture path, url, and the expected title / author / date (a key is
    absent where no test asserts it; None where the test expects null)."""
    tests = sorted(root.joinpath(*_TESTS).glob("*/index.test.js"))
    if not tests or not (root / "fixtures").is_dir():
        raise ValueError("not a Postlight Parser clone (fixtures/, src/extractors/custom/)")
    pages: dict[tuple[str, str], dict[str, Any]] = {}
    for test in tests:
        for name, url, field, value in _expectations(test.read_text(encoding="utf-8")):
            path = root / "fixtures" / name
            if not path.is_file():
                print(f"{test.parent.name}: {name}: no such fixture", file=sys.stderr)
                continue
            page = pages.setdefault((name, url), {"url": url, "path": path})
            if field == "day":
                field, value = "date", value if value and _DAY.match(value) else None
                if value is None:
                    continue
            page.setdefault(field, value)
    return list(pages.values())


_META_TAG = re.compile(rb"<meta\b[^>]*>", re.I)
_VALUE = re.compile(rb"(\s)value=", re.I)


def restore_metas(body: bytes) -> bytes:
    """`body` with each <meta> that has no `content` given its `value` as one (see above)."""

    def one(m: re.Match[bytes]) -> bytes:
        tag = m.group()
        return tag if b"content=" in tag.lower() else _VALUE.sub(rb"\1content=", tag, count=1)

    return _META_TAG.sub(one, body)


def _gold_instant(value: str) -> datetime | None:
    try:
        when = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def _second(when: datetime) -> datetime:
    """`when` to the second (its fraction dropped)."""
    return when.replace(microsecond=0)


def _has_time(when: datetime) -> bool:
    return (when.hour, when.minute, when.second) != (0, 0, 0)


def _names(value: str) -> list[str]:
    return [n.strip() for n in _JOINED.split(value) if n.strip()]


_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


def normalized_title(text: str) -> str:
    """NFKC, case folded, quotes and dashes unified, spacing collapsed."""
    folded = unicodedata.normalize("NFKC", text).translate(_QUOTES).casefold()
    return " ".join(folded.split())


Found = dict[str, Any]  # instant (datetime | None), day (date | None), authors, title


def ours(body: bytes, text: str, url: str) -> Found:
    made = make_article(RawPage(url=url, body=body))
    if not isinstance(made, Article):
        return {"instant": None, "day": None, "authors": [], "title": "", "rejected": True}
    when = made.published_at
    names = [n for n in (made.author or "").split(", ") if n.strip()]
    return {
        "instant": when,
        "day": when.date() if when else None,
        "authors": names,
        "title": made.title or "",
    }


def trafilatura_found(body: bytes, text: str, url: str) -> Found:
    from trafilatura import bare_extraction

    doc = bare_extraction(text, url=url or None, with_metadata=True)
    data = {} if doc is None else doc if isinstance(doc, dict) else doc.as_dict()
    day = data.get("date")
    names = [n.strip() for n in (data.get("author") or "").split(";") if n.strip()]
    return {
        "instant": None,
        "day": date.fromisoformat(day[:10]) if day else None,
        "authors": names,
        "title": data.get("title") or "",
    }


def score(page: dict[str, Any], found: Found) -> dict[str, float]:
    """One page's scores; a key is absent where the page does not count for it."""
    out: dict[str, float] = {}
    when, day = found["instant"], found["day"]
    gold = page.get("date", False)
    if gold is None:
        out["dated_none"] = float(day is not None)
    elif isinstance(gold, str):
        instant = None if _DAY.match(gold) else _gold_instant(gold)
        gold_day = instant.astimezone(UTC).date() if instant else date.fromisoformat(gold)
        utc_day = day
        if instant and when is not None and when.tzinfo is not None:
            utc_day = when.astimezone(UTC).date()
        out["date_utc"] = float(utc_day == gold_day if instant else day == gold_day)
        out["date_local"] = float(day == gold_day)
        if instant and _has_time(instant) and when is not None and when.tzinfo is not None:
            if _has_time(when):
                # (to the second: a gold's milliseconds, "16:34:00.918Z", no page prints)
                out["instant"] = float(_second(when) == _second(instant))
    if "author" in page:
        if page["author"]:
            out["author"] = author_f1(found["authors"], _names(page["author"]))
        else:
            out["authored_none"] = float(bool(found["authors"]))
    if page.get("title"):
        out["title_exact"] = float(found["title"].strip() == page["title"].strip())
        norm = normalized_title(found["title"]) == normalized_title(page["title"])
        out["title_norm"] = float(norm)
    return out


_LINES = (
    ("date_utc", "date right, UTC day", _mean),
    ("date_local", "date right, our publisher day", _mean),
    ("instant", "instant exact (both with a time)", _mean),
    ("dated_none", "dated, gold null", _count),
    ("author", "author F1", _mean),
    ("authored_none", "authored, gold null", _count),
    ("title_exact", "title exact", _mean),
    ("title_norm", "title normalized", _mean),
)


def report(pages: list[dict[str, Any]], rows: dict[str, list[dict[str, float]]]) -> None:
    stated = sum(isinstance(p.get("date"), str) for p in pages)
    authored = sum(bool(p.get("author")) for p in pages)
    titled = sum(bool(p.get("title")) for p in pages)
    print(
        f"== Postlight fixtures: {len(pages)} pages with a test; a date stated on {stated} "
        f"({sum(bool(p.get('date')) and bool(_DAY.match(p['date'])) for p in pages)} as a day "
        f"only), null on {sum('date' in p and p['date'] is None for p in pages)}; an author on "
        f"{authored}, null on {sum('author' in p and not p['author'] for p in pages)}; "
        f"a title on {titled}"
    )
    names = list(rows)
    print(f"{'measure':<36}{'pages':>6}" + "".join(f"{n:>14}" for n in names))
    for key, label, fmt in _LINES:
        values = {n: [r[key] for r in rows[n] if key in r] for n in names}
        line = f"{label:<36}{len(values[names[0]]):>6}"
        line += "".join(f"{fmt(values[n]) if values[n] else '-':>14}" for n in names)
        print(line)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("root", type=Path, help="a clone of postlight/parser")
    parser.add_argument("--no-others", action="store_true", help="ours only")
    parser.add_argument("--pages", type=Path, help="write each page's findings (JSON lines)")
    parser.add_argument("--misses", action="store_true", help="print each page missed")
    parser.add_argument(
        "--restore-metas", action="store_true", help="read <meta value=...> as content="
    )
    args = parser.parse_args(argv)
    try:
        pages = load(args.root)
    except (OSError, ValueError) as exc:
        print(f"{args.root}: {exc}", file=sys.stderr)
        return 2
    readers = {"newsbrief": ours}
    if not args.no_others:
        try:
            import trafilatura  # noqa: F401
        except ImportError:
            print("trafilatura: not installed here, left out")
        else:
            readers["trafilatura"] = trafilatura_found
    rows: dict[str, list[dict[str, float]]] = {n: [] for n in readers}
    sink = args.pages.open("w", encoding="utf-8") if args.pages else None
    for page in pages:
        body = page["path"].read_bytes()
        if args.restore_metas:
            body = restore_metas(body)
        text = decode_html(body)[0]
        record: dict[str, Any] = {"file": page["path"].name, "url": page["url"]}
        record["gold"] = {k: page[k] for k in ("title", "author", "date") if k in page}
        for name, reader in readers.items():
            try:
                found = reader(body, text, page["url"])
            except Exception as exc:  # noqa: BLE001 - a crash scores as nothing found
                print(f"{name}: {page['url']}: {type(exc).__name__}: {exc}", file=sys.stderr)
                found = {"instant": None, "day": None, "authors": [], "title": ""}
            scores = score(page, found)
            rows[name].append(scores)
            when = found["instant"] or found["day"]
            record[name] = {
                "date": when.isoformat() if when else None,
                "authors": found["authors"],
                "title": found["title"],
                **scores,
            }
            if args.misses and name == "newsbrief":
                _print_miss(record, scores)
        if sink is not None:
            sink.write(json.dumps(record, ensure_ascii=False) + "\n")
    if sink is not None:
        sink.close()
    report(pages, rows)
    return 0


def _print_miss(record: dict[str, Any], scores: dict[str, float]) -> None:
    wrong = [k for k in ("date_utc", "author", "title_norm") if scores.get(k, 1.0) < 1.0]
    wrong += [k for k in ("dated_none", "authored_none") if scores.get(k, 0.0) > 0.0]
    if wrong:
        ours_now = record["newsbrief"]
        print(
            f"MISS {record['file']} {','.join(wrong)}: gold {record['gold']} | ours "
            f"{ours_now['date']} {ours_now['authors']} {ours_now['title']!r}"
        )


if __name__ == "__main__":
    sys.exit(main())
