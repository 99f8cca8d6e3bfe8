"""Would arbitrating between our extractor and trafilatura pay? (issue 10, a study)

For every full-gold page of the shared corpora: our text (`pipeline.extract.extract_text`),
trafilatura 2.3.1 (default and favor_recall, on the page decoded by `decode_html`), scored
with `score.py`'s token F1. Prints, per corpus and language group (zh, en, other):

1. ours / trafilatura / trafilatura favor_recall (F1, precision, recall) and the oracle (the
   better of ours and trafilatura on each page): the most any selection could gain;
2. how well cheap confidence signals separate the pages where trafilatura is better by more
   than 0.02 F1 (AUC; 0.5 is chance): our text's length against the page's prose, the share
   of the page's prose in the best container, the margin between the best and the second
   candidate, whether the fallback or embedded-text path fired, and two signals that need
   trafilatura's output (length ratio, token overlap);
3. a selection rule with one fitted parameter, fit leave-one-corpus-directory-out: take
   trafilatura's text when what it adds to ours is prose (a share >= s of the added lines'
   characters in lines of >= 80 characters ending a sentence) and that prose is >= 1/4 of
   our text; s from {never, 0.6, 0.7, 0.8, 0.9, 1.0}, chosen by total F1 on the other
   directories. In-sample and left-out per directory and per language group.

The extractor measured is whichever `pipeline` is first on PYTHONPATH: point it at an older
tree (`git archive COMMIT pipeline | tar -x -C DIR`) to see the same on pages that tree never
saw. Nothing here is keyed to a host or a corpus. ~2 minutes on the 473 pages.

Result (2026-12-02, current tree): the oracle adds +0.000 to +0.006 F1 per language
group; trafilatura is better by > 0.02 on 24 pages, ours on 211; no signal separates them
(AUC 0.37-0.54); the rule's fit on the other directories is "never" for every directory, so
left-out gain is 0. With the tree before the wide corpus (780a455) on the wide corpus, pages it
had never seen, the oracle is larger (+0.014 zh, +0.036 en, +0.027 other) and the rule gains
in-sample (en +0.012) but loses left-out (zh +0.001, en -0.008, other -0.009): its gain sits
in one directory. Not built.

    PYTHONPATH=. .venv/bin/python benchmarks/extraction/arbitration_study.py ../shared/eval \
        [--cache /tmp/study.pkl]
"""

from __future__ import annotations

import argparse
import importlib.util
import logging
import os
import pickle
import re
import sys
import time
from collections import Counter
from typing import Any

_INLINE = frozenset({"a", "span", "b", "i", "em", "strong", "font", "small", "sup", "sub", "u"})
_SENTENCE_END = re.compile(r"[.!?。！？…\"”»)）]$")
GRID: tuple[float | None, ...] = (None, 0.6, 0.7, 0.8, 0.9, 1.0)  # None: never switch
_ADDED_PROSE_OF_OURS = 0.25
_BETTER = 0.02


class _Log(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def _score_module(eval_dir: str) -> Any:
    spec = importlib.util.spec_from_file_location("score", os.path.join(eval_dir, "score.py"))
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _page_signals(html: str) -> dict[str, float]:
    """The page's prose characters, the best container's, and the runner-up's score share."""
    from pipeline.maintext import scoring
    from pipeline.web.html import compute_stats, parse, prune, text_of

    doc = parse(html)
    if doc is None:
        return {"page_prose": 0, "top_prose": 0, "margin": 1.0}
    node = doc.find(".//title")
    title = text_of(node) if node is not None else ""
    body = prune(doc)
    st = compute_stats(body)
    cands = scoring.score_candidates(st)
    try:
        top = scoring.best_container(cands, scoring.find_headline(body, title))
    except (AttributeError, TypeError):  # an older tree: no headline rule
        top = scoring.best_container(cands)

    def prose(el: Any) -> int:
        return sum(
            st.own.get(n, 0)
            for n in el.iter()
            if isinstance(n.tag, str)
            and n.tag not in _INLINE
            and st.own.get(n, 0) >= 25
            and st.links.get(n, 0) < 0.3 * max(st.text.get(n, 0), 1)
        )

    margin, top_score = 1.0, cands.final(top) if top is not None else 0.0
    if top is not None and top_score > 0:
        line = set(top.iterancestors())
        for el in sorted(cands.raw, key=cands.final, reverse=True):
            if el is not top and el not in line and top not in el.iterancestors():
                margin = cands.final(el) / top_score
                break
        else:
            margin = 0.0
    return {
        "page_prose": prose(body),
        "top_prose": prose(top) if top is not None else 0,
        "margin": margin,
    }


def collect(eval_dir: str, score: Any) -> list[dict[str, Any]]:
    import trafilatura

    from pipeline.extract import decode_html, extract_text

    log = _Log()
    core = logging.getLogger("pipeline.maintext.core")
    core.setLevel(logging.DEBUG)
    core.addHandler(log)
    pages = []
    for corpus in ("extraction", "extraction-wide"):
        root = os.path.join(eval_dir, corpus)
        for row in score.read_manifest(root):
            if row.get("gold_type") == "snippets":
                continue
            html_path, gold_path = score.page_paths(root, row)
            with open(html_path, "rb") as fh:
                raw = fh.read()
            with open(gold_path, encoding="utf-8") as fh:
                gold = fh.read()
            url = row.get("url") or None
            log.messages.clear()
            t0 = time.perf_counter()
            ours = extract_text(raw, url)
            t1 = time.perf_counter()
            html = decode_html(raw)[0]
            t2 = time.perf_counter()
            default = trafilatura.extract(html, url=url) or ""
            t3 = time.perf_counter()
            recall = trafilatura.extract(html, url=url, favor_recall=True) or ""
            pages.append(
                {
                    "corpus": corpus,
                    "dir": row["dir"],
                    "lang": row["language"],
                    "gold": gold,
                    "ours": ours,
                    "td": default,
                    "tr": recall,
                    "path": bool(log.messages),
                    "t_ours": t1 - t0,
                    "t_traf": t3 - t2,
                    **_page_signals(html),
                }
            )
    return pages


def _group(lang: str) -> str:
    return lang if lang in ("zh", "en") else "other"


def _mean(xs: list[float]) -> float:
    return sum(xs) / len(xs) if xs else float("nan")


def _auc(values: list[float], labels: list[bool]) -> float:
    pos = [v for v, k in zip(values, labels, strict=True) if k]
    neg = [v for v, k in zip(values, labels, strict=True) if not k]
    wins = sum((a > b) + 0.5 * (a == b) for a in pos for b in neg)
    return wins / (len(pos) * len(neg)) if pos and neg else float("nan")


def _added_prose(ours: str, traf: str, score: Any) -> tuple[float, float]:
    """Of the lines trafilatura adds to ours: the share of their characters in prose lines,
    and those prose characters against our text's."""
    have = score.normalize(ours)
    lines = [ln.strip() for ln in traf.split("\n") if ln.strip()]
    added = [ln for ln in lines if score.normalize(ln) not in have]
    chars = sum(map(len, added))
    prose = sum(len(ln) for ln in added if len(ln) >= 80 and _SENTENCE_END.search(ln))
    return (prose / chars if chars else 0.0), prose / max(len(ours), 1)


def analyse(pages: list[dict[str, Any]], score: Any) -> None:
    for p in pages:
        for key in ("ours", "td", "tr"):
            p["s_" + key] = score.prf(p[key], p["gold"], p["lang"])
        to = Counter(score.tokenize(p["ours"], p["lang"]))
        tt = Counter(score.tokenize(p["td"], p["lang"]))
        p["overlap"] = sum((to & tt).values()) / max(sum(to.values()), 1)
        p["ratio"] = len(p["td"]) / max(len(p["ours"]), 1)
        p["cover"] = len(p["ours"]) / max(p["page_prose"], 1)
        p["share"] = p["top_prose"] / max(p["page_prose"], 1)
        p["added_share"], p["added_rel"] = _added_prose(p["ours"], p["td"], score)

    print("1. F1/P/R per language group; oracle = per page max(ours, trafilatura)")
    print(f"{'set':<22}{'n':>4}{'ours':>20}{'trafilatura':>20}{'traf recall':>20}{'oracle':>8}")
    for corpus in ("extraction", "extraction-wide"):
        for grp in ("zh", "en", "other"):
            ps = [p for p in pages if p["corpus"] == corpus and _group(p["lang"]) == grp]
            if not ps:
                continue

            def fpr(key: str, ps: list[dict[str, Any]] = ps) -> str:
                return "/".join(f"{_mean([p['s_' + key][i] for p in ps]):.3f}" for i in (2, 0, 1))

            oracle = _mean([max(p["s_ours"][2], p["s_td"][2]) for p in ps])
            print(
                f"{corpus + ' ' + grp:<22}{len(ps):>4}{fpr('ours'):>20}{fpr('td'):>20}"
                f"{fpr('tr'):>20}{oracle:>8.3f}"
            )
    better = [p["s_td"][2] - p["s_ours"][2] > _BETTER for p in pages]
    print(
        f"\npages where trafilatura is better by > {_BETTER}: {sum(better)} of {len(pages)};"
        f" ours better by > {_BETTER}: "
        f"{sum(p['s_ours'][2] - p['s_td'][2] > _BETTER for p in pages)}"
    )
    t_ours, t_traf = sum(p["t_ours"] for p in pages), sum(p["t_traf"] for p in pages)
    print(
        f"time: extract_text {t_ours:.1f} s, trafilatura {t_traf:.1f} s "
        f"({t_traf / t_ours:.1f}x ours)"
    )

    print("\n2. AUC of each signal for 'trafilatura better' (0.5 = chance; < 0.5: low values)")
    for key, what in (
        ("cover", "our text chars / page prose chars (cheap)"),
        ("share", "best container's prose / page prose (cheap)"),
        ("margin", "runner-up / best container score (cheap)"),
        ("path", "fallback / JSON-LD / state path fired (cheap)"),
        ("ratio", "trafilatura length / ours (needs trafilatura)"),
        ("overlap", "share of our tokens trafilatura has too (needs trafilatura)"),
        ("added_share", "prose share of the lines trafilatura adds (needs trafilatura)"),
    ):
        print(f"  {_auc([float(p[key]) for p in pages], better):.3f}  {what}")

    print("\n3. rule: trafilatura when what it adds is prose (share >= s), fit leaving out a dir")

    def f1(p: dict[str, Any], s: float | None) -> float:
        take = s is not None and p["added_share"] >= s and p["added_rel"] >= _ADDED_PROSE_OF_OURS
        return float(p["s_td"][2] if take else p["s_ours"][2])

    def fit(ps: list[dict[str, Any]]) -> float | None:
        return max(GRID, key=lambda s: (sum(f1(p, s) for p in ps), s is None))

    s_all = fit(pages)
    left_out: dict[int, float] = {}
    print(f"in-sample s = {s_all}")
    print(f"{'directory':<36}{'n':>4}{'ours':>7}{'in':>7}{'out':>7}  s fit without it")
    for where in sorted({(p["corpus"], p["dir"]) for p in pages}):
        mine = [p for p in pages if (p["corpus"], p["dir"]) == where]
        s = fit([p for p in pages if (p["corpus"], p["dir"]) != where])
        for p in mine:
            left_out[id(p)] = f1(p, s)
        ours = _mean([p["s_ours"][2] for p in mine])
        print(
            f"{where[0] + '/' + where[1]:<36}{len(mine):>4}{ours:>7.3f}"
            f"{_mean([f1(p, s_all) for p in mine]):>7.3f}"
            f"{_mean([left_out[id(p)] for p in mine]):>7.3f}  {s}"
        )
    for corpus in ("extraction", "extraction-wide"):
        for grp in ("zh", "en", "other"):
            ps = [p for p in pages if p["corpus"] == corpus and _group(p["lang"]) == grp]
            if ps:
                ours = _mean([p["s_ours"][2] for p in ps])
                print(
                    f"{corpus + ' ' + grp:<36}{len(ps):>4}{ours:>7.3f}"
                    f"{_mean([f1(p, s_all) for p in ps]):>7.3f}"
                    f"{_mean([left_out[id(p)] for p in ps]):>7.3f}"
                )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("eval_dir", help="../shared/eval (holds score.py and both corpora)")
    ap.add_argument("--cache", help="pickle of the per-page outputs (kept outside the project)")
    args = ap.parse_args(argv)
    score = _score_module(args.eval_dir)
    if args.cache and os.path.exists(args.cache):
        with open(args.cache, "rb") as fh:
            pages = pickle.load(fh)
    else:
        pages = collect(args.eval_dir, score)
        if args.cache:
            with open(args.cache, "wb") as fh:
                pickle.dump(pages, fh)
    analyse(pages, score)
    return 0


if __name__ == "__main__":
    sys.exit(main())
