"""Publication dates of made-up news pages in 22 languages, by the form the page gives them
in (session 25, helper dates25): how many cases `pipeline.pages.article_from_page` dates
right, read against a fetch time.

One story per language (the paragraphs of `multilingual_probe.py`) and Thursday 8 January
2026, 14:03, as news sites print it (`date_forms.py`: the published line with its label, the
day alone, abbreviated months with and without the dot, a weekday, a 12-hour clock, the
numeric date, "3 hours ago", "yesterday at 14:03", a time with its zone), in date markup
("marked") and as the text's first line ("line"); an update line beside the published one
(the modified time kept apart); the machine-readable sources (JSON-LD datePublished with and
without a zone, article:published_time, <time datetime>, itemprop, the URL's /2026/01/08/);
and conflicts: a stale JSON-LD date against the printed and the URL's, an old date in a
"related" box, a copyright year, a comment's date, a date the text tells of. A case is right
when the day (and the time and zone where the page gives them) is the one printed, and a date
printed as a line is not left in the text; "publication day right" counts the cases whose day
alone is right (the issue's measure). Fixed kinds are kept by
tests/test_metadata_dates25.py.

    PYTHONPATH=. .venv/bin/python benchmarks/extraction/date_probe.py [-v] [--lang de]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

from pipeline.pages import article_from_page
from pipeline.records import Article, RawPage


def _load(name: str) -> object:
    spec = importlib.util.spec_from_file_location(name, Path(__file__).with_name(f"{name}.py"))
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


_ML = _load("multilingual_probe")
_DF = _load("date_forms")
FORMS: dict[str, dict[str, str]] = _DF.FORMS  # type: ignore[attr-defined]
event_day: Callable[[str], str] = _DF.event_day  # type: ignore[attr-defined]
RELATIVE: dict[str, dict[str, str]] = _DF.RELATIVE  # type: ignore[attr-defined]

NOW = datetime(2026, 1, 9, 17, 3, tzinfo=UTC)  # the fetch time
URL = "https://kurir.example/politik/neue-bruecke.html"
URL_DATED = "https://kurir.example/2026/01/08/neue-bruecke.html"
ZONES = {"ja": 9, "ko": 9, "zh": 8}  # the zone a page's zoneless date is read in, else UTC


def _paragraph(lang: str) -> str:
    return _ML._paragraph(lang)  # type: ignore[attr-defined, no-any-return]


def _page(
    lang: str, head: str = "", meta: str = "", lines: tuple[str, ...] = (), **more: str
) -> str:
    """The story with `meta` under its headline, `lines` as the text's first paragraphs,
    `more`: "first" (the first paragraph's end), "last" (a paragraph after the text),
    "before" (a box before the article), "after" (a box after it), "footer"."""
    text = _paragraph(lang)
    body = "".join(f"<p>{x}</p>" for x in lines)
    body += f"<p>{text}{more.get('first', '')}</p><p>2. {text}</p><p>3. {text}</p>"
    body += f"<p>{more['last']}</p>" if "last" in more else ""
    return (
        f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'><title>T {lang} - "
        f"Kurir</title>{head}</head><body><header><a href='/'>Kurir</a></header><main>"
        f"{more.get('before', '')}<article><h1>Titel {lang} {text[:30]}</h1>{meta}"
        f"<div class='x2'>{body}</div></article>{more.get('after', '')}</main>"
        f"<footer><p>{more.get('footer', '© Kurir')}</p></footer></body></html>"
    )


def _article(html: str, url: str = URL) -> Article:
    raw = RawPage(
        url=url,
        body=html.encode(),
        headers={"Content-Type": "text/html; charset=utf-8"},
        block_checked=True,
        fetched_at=NOW,
    )
    return article_from_page(raw)


def _shown(when: datetime | None, want: str) -> str:
    """`when` as `want` is written: "2026-01-08" (its day where it is), "2026-01-08 14:03"
    (its wall clock), "... 14:03+01" (and its offset), "... 12:03Z" (in UTC), "" for none."""
    if when is None:
        return ""
    if want.endswith("Z"):
        return when.astimezone(UTC).strftime("%Y-%m-%d %H:%MZ")
    if len(want) == len("2026-01-08"):
        return when.strftime("%Y-%m-%d")
    shown = when.strftime("%Y-%m-%d %H:%M")
    if "+" in want[10:] or "-" in want[10:]:
        offset = when.utcoffset() or timedelta(0)
        shown += f"{int(offset.total_seconds() // 3600):+03d}"
    return shown


Check = Callable[[], list[str]]
Case = tuple[str, str, Check]


def _case(
    kind: str, shown: str, html: str, want: str, line: str = "", url: str = URL, modified: str = ""
) -> Case:
    def check() -> list[str]:
        got = _article(html, url)
        shown = _shown(got.published_at, want)
        errors = [] if shown == want else [f"{_miss(shown, want)}={got.published_at}"]
        if modified and _shown(got.modified_at, modified) != modified:
            errors.append(f"modified={got.modified_at}")
        if line and line in got.text:
            errors.append("in text")
        return errors

    return (kind, shown, check)


def _miss(shown: str, want: str) -> str:
    """ "time" where the day is right (its time or zone is not), else "date"."""
    return "time" if shown and want and shown[:10] == want[:10] else "date"


def _marked(*dates: str) -> str:
    spans = "".join(f"<span class='date'>{d}</span> " for d in dates)
    return f"<div class='article-meta'>{spans}</div>"


def _ld(**dates: str) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "T", **dates}
    return f"<script type='application/ld+json'>{json.dumps(data)}</script>"


def _printed(lang: str) -> list[Case]:
    """Each printed form, marked and as a line."""
    forms = FORMS[lang]
    zone = timezone(timedelta(hours=ZONES.get(lang, 0)))
    yesterday = (NOW.astimezone(zone) - timedelta(days=1)).strftime("%Y-%m-%d")
    wants = {
        "day": "2026-01-08",
        "relative": (NOW - timedelta(hours=3)).strftime("%Y-%m-%d %H:%MZ"),
        "yesterday": f"{yesterday} 14:03",
    }
    out: list[Case] = []
    for kind in ("full", "day", "abbr", "abbr no dot", "weekday", "12-hour", "numeric"):
        form, want = forms[kind], wants.get(kind, "2026-01-08 14:03")
        out.append(_case(kind, form, _page(lang, meta=_marked(form)), want))
        out.append(_case(f"{kind} line", form, _page(lang, lines=(form,)), want, form))
    for kind in ("relative", "yesterday"):
        form = forms[kind]
        out.append(_case(kind, form, _page(lang, meta=_marked(form)), wants[kind]))
        out.append(_case(f"{kind} line", form, _page(lang, lines=(form,)), wants[kind], form))
    out += _relative(lang, zone)
    zoned, _, hours = forms["zoned"].partition("|")
    want = f"2026-01-08 14:03{int(hours):+03d}"
    out.append(_case("zoned", zoned, _page(lang, meta=_marked(zoned)), want))
    out.append(_case("zoned line", zoned, _page(lang, lines=(zoned,)), want, zoned))
    full, updated = forms["full"], forms["updated"]
    both = f"{full} / {updated}"
    for kind, meta in (("updated after", (full, updated)), ("updated before", (updated, full))):
        page = _page(lang, meta=_marked(*meta))
        out.append(_case(kind, both, page, "2026-01-08 14:03", modified="2026-01-08 16:30"))
    page = _page(lang, lines=(full, updated))
    out.append(
        _case("updated lines", both, page, "2026-01-08 14:03", updated, modified="2026-01-08 16:30")
    )
    return out


def _relative(lang: str, zone: timezone) -> list[Case]:
    """Today at a time, an hour ago in words, two days ago: against the fetch time, in the
    page's zone."""
    here = NOW.astimezone(zone)
    clock = "14:03" if here.hour > 14 else "01:00"  # (a time before the fetch where it is)
    forms = RELATIVE[lang]
    today = forms["today"].format(t=clock if lang not in ("da", "no", "fi") else "14.03")
    wants = {
        "today": f"{here:%Y-%m-%d} {clock}",
        "hour in words": (NOW - timedelta(hours=1)).strftime("%Y-%m-%d %H:%MZ"),
        "days": f"{here - timedelta(days=2):%Y-%m-%d}",
    }
    out = []
    for kind, form in (("today", today), *((k, forms[k]) for k in ("hour in words", "days"))):
        out.append(_case(kind, form, _page(lang, meta=_marked(form)), wants[kind]))
        out.append(_case(f"{kind} line", form, _page(lang, lines=(form,)), wants[kind], form))
    return out


ISO = "2026-01-08T14:03:00+01:00"


def _machine(lang: str) -> list[Case]:
    """The machine-readable sources, alone."""
    day = FORMS[lang]["day"]
    zoned = FORMS[lang]["zoned"].partition("|")[0]
    hours = int(FORMS[lang]["zoned"].partition("|")[2])
    want = "2026-01-08 14:03+01"
    time = f"<div class='meta'><time datetime='{ISO}'>{day}</time></div>"
    item = f"<meta itemprop='datePublished' content='{ISO}'>"
    both = _ld(datePublished=ISO, dateModified="2026-01-09T09:30:00+01:00")
    return [
        _case("ld zoned", ISO, _page(lang, head=_ld(datePublished=ISO)), want),
        _case("ld zoneless", ISO[:19], _page(lang, _ld(datePublished=ISO[:19])), want[:16]),
        _case("ld day", ISO[:10], _page(lang, _ld(datePublished=ISO[:10])), want[:10]),
        _case(
            "ld zoneless, zone printed",
            zoned,
            _page(lang, _ld(datePublished=ISO[:19]), _marked(zoned)),
            f"2026-01-08 14:03{hours:+03d}",
        ),
        _case(
            "og published_time",
            ISO,
            _page(lang, f"<meta property='article:published_time' content='{ISO}'>"),
            want,
        ),
        _case("time datetime", ISO, _page(lang, meta=time), want),
        _case("itemprop", ISO, _page(lang, meta=item), want),
        _case("url", URL_DATED, _page(lang), want[:10], url=URL_DATED),
        _case("ld modified", ISO, _page(lang, both), want, modified="2026-01-09 09:30+01"),
    ]


def _box(cls: str, dates: list[str]) -> str:
    items = "".join(
        f"<li><a href='/x/{n}'>Kurir {n}</a> <span class='date'>{d}</span></li>"
        for n, d in enumerate(dates)
    )
    return f"<aside class='{cls}'><h2>Mehr</h2><ul>{items}</ul></aside>"


def _comments(date: str) -> str:
    return (
        "<section class='comments'><h2>Kommentare</h2><div class='comment'>"
        f"<span class='author'>leser42</span> <span class='date'>{date}</span>"
        "<p>Endlich! Das wurde auch Zeit.</p></div></section>"
    )


def _conflicts(lang: str) -> list[Case]:
    """A date the page gives beside another that is not its own."""
    full, day = FORMS[lang]["full"], FORMS[lang]["day"]
    old = event_day(lang)
    later = day.replace("8", "9", 1) if lang != "ar" else day.replace("٨", "٩")
    stale = _ld(datePublished="2025-12-20T10:00:00+01:00")
    related = _box("related", [old, old])
    event = f" ({old})"
    want, day_want = "2026-01-08 14:03", "2026-01-08"
    return [
        _case(
            "ld stale vs printed and url",
            full,
            _page(lang, stale, _marked(full)),
            want,
            url=URL_DATED,
        ),
        _case("related before", old, _page(lang, meta=_marked(full), before=related), want),
        _case("related after, url", old, _page(lang, after=related), day_want, url=URL_DATED),
        _case("related after, no other", old, _page(lang, after=related), ""),
        _case(
            "copyright, url", "© 2025", _page(lang, footer="© 2025 Kurir"), day_want, url=URL_DATED
        ),
        _case("copyright only", "© 2025", _page(lang, footer="© 2025 Kurir"), ""),
        _case("comment", later, _page(lang, meta=_marked(full), after=_comments(later)), want),
        _case("comment, url", later, _page(lang, after=_comments(later)), day_want, url=URL_DATED),
        _case("text's event", old, _page(lang, meta=_marked(full), first=event), want),
        _case("text's event, own at end", old, _page(lang, first=event, last=full), want, full),
        _case("text's event, url", old, _page(lang, first=event), day_want, url=URL_DATED),
    ]


def cases(lang: str) -> list[Case]:
    return _printed(lang) + _machine(lang) + _conflicts(lang)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="print every miss")
    parser.add_argument("--lang", action="append", help="only these languages")
    parser.add_argument("--kind", action="append", help="only these kinds")
    args = parser.parse_args()
    right = total = days = 0
    misses: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    langs_missed: dict[str, list[str]] = {}
    for lang in args.lang or FORMS:
        ok = 0
        built = [c for c in cases(lang) if not args.kind or c[0] in args.kind]
        for kind, shown, check in built:
            errors = check()
            days += not any(e.startswith("date=") for e in errors)
            kinds[kind] += 1
            if errors:
                misses[kind] += 1
                langs_missed.setdefault(kind, []).append(lang)
                if args.verbose:
                    print(f"  miss {lang} {kind} {shown!r}: {'; '.join(errors)}")
            ok += not errors
        print(f"{lang}: {ok} of {len(built)}")
        right, total = right + ok, total + len(built)
    for kind, n in kinds.items():
        missed = " ".join(langs_missed.get(kind, ()))
        print(f"  {kind}: {n - misses[kind]} of {n}" + (f"  (missed: {missed})" if missed else ""))
    print(f"publication day right: {days} of {total}")
    print(f"all: {right} of {total}")


if __name__ == "__main__":
    main()
