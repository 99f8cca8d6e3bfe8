"""Duplicates: canonical URLs, exact content hashes, near-duplicate reprints, wire rewrites.

``collapse_duplicates`` merges articles that have:
1. the same canonical URL (``pipeline.sites.canonical_url``: tracking parameters, mobile
   hosts, fragments, slashes ignored);
2. the same content hash (``records.content_hash_for``: the text, whitespace-insensitive);
3. nearly the same text: a reprint with another lead or tail, or cut short. A bottom-k MinHash
   sketch of character 3-grams (Chinese, in simplified script) or word 3-grams estimates the
   Jaccard J, hence the overlap O = J(|A| + |B|) / (1 + J); the texts are one when O covers
   ``NEAR_DUP_CONTAINMENT`` of the shorter text and ``NEAR_DUP_LONGER_SHARE`` of the longer
   (a dispatch quoted inside a long roundup stays apart). On the story corpus (300-900
   characters) a reprint with a foreign sentence before and after covers 0.94-1.0 of the
   original, two different articles at most 0.3 of each other; "J >= 0.8" caught only 6 of 13
   such reprints, one sentence being a fifth of a short text;
4. one wire dispatch reworked by two outlets (new lead, cuts, conversions: few shingles left):
   both credit the same agency (AFP, Reuters, 新华社 ...) in outlet, author or dateline, same
   language, published within ``WIRE_WINDOW``, sharing ``WIRE_MIN_SIMILARITY`` of their
   content words. Limitation: two dispatches of one agency on one subject the same day merge.
The kept article is the earliest published (else the longest); ``outlets`` lists every outlet
that carried it, ``also_urls`` the other URLs.
"""

from __future__ import annotations

import hashlib
import heapq
import logging
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from pathlib import Path

from pipeline.records import Article, content_hash_for
from pipeline.sites import canonical_url, outlet_of
from pipeline.text.scripts import HAN

logger = logging.getLogger(__name__)

__all__ = [
    "content_hash", "shingles", "Sketch", "sketch", "estimate_jaccard",
    "estimate_overlap", "wire_agencies", "collapse_duplicates",
]  # fmt: skip


def content_hash(article: Article) -> str:
    """The exact-duplicate key of an article (``records.content_hash_for`` of its text)."""
    return content_hash_for(article.text) if article.text else ""


# --- shingles and MinHash ----------------------------------------------------------------------

SKETCH_SIZE = 256  # bottom-k MinHash: the k smallest shingle hashes (exact below k)
SHINGLE = 3
NEAR_DUP_CONTAINMENT = 0.8
NEAR_DUP_LONGER_SHARE = 0.5
NEAR_DUP_MIN_SHINGLES = 20
CANDIDATE_HASHES = 64
CANDIDATE_MIN_SHARED = 16
_NON_WORD = re.compile(r"[\W_]+")
_WORD = re.compile(r"\w+")


def _is_cjk(text: str, language: str | None) -> bool:
    if language:
        return language.split("-")[0].lower() in ("zh", "ja")
    han = len(HAN.findall(text))
    return han > 0 and han >= 0.3 * sum(1 for c in text if c.isalpha())


@lru_cache(maxsize=1)
def _t2s_characters() -> dict[int, str]:
    """OpenCC's t2s character table for ``str.translate``: enough to compare shingles, at C
    speed (the phrase-aware pure-Python conversion costs ~10 ms per thousand characters)."""
    import opencc  # type: ignore[import-untyped]

    table: dict[int, str] = {}
    path = Path(opencc.__file__).parent / "dictionary" / "TSCharacters.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        source, _, targets = line.partition("\t")
        target = targets.split(" ")[0] if targets else ""
        if len(source) == 1 and target and target != source:
            table[ord(source)] = target
    return table


def shingles(text: str, language: str | None = None) -> set[str]:
    """Character 3-grams without punctuation or spaces (Chinese, in simplified script), else
    lower-cased word 3-grams. A text shorter than one shingle is its own single shingle."""
    if _is_cjk(text, language):
        chars = _NON_WORD.sub("", text.translate(_t2s_characters()).lower())
        grams = {chars[i : i + SHINGLE] for i in range(len(chars) - SHINGLE + 1)}
        return grams or ({chars} if chars else set())
    words = _WORD.findall(text.lower())
    grams = {" ".join(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}
    return grams or ({" ".join(words)} if words else set())


def _hash64(shingle: str) -> int:
    return int.from_bytes(hashlib.blake2b(shingle.encode("utf-8"), digest_size=8).digest(), "big")


@dataclass(frozen=True)
class Sketch:
    """Bottom-k MinHash sketch of a shingle set, with the set's exact size."""

    hashes: tuple[int, ...]  # sorted, at most SKETCH_SIZE
    size: int


def sketch(grams: Iterable[str], k: int = SKETCH_SIZE) -> Sketch:
    """The ``k`` smallest 64-bit hashes of the shingles."""
    values = {_hash64(g) for g in grams}
    return Sketch(tuple(heapq.nsmallest(k, values)), len(values))


def estimate_jaccard(a: Sketch, b: Sketch) -> float:
    """Jaccard resemblance estimated from two bottom-k sketches (exact for small sets)."""
    if not a.hashes or not b.hashes:
        return 0.0
    k = max(len(a.hashes), len(b.hashes))
    set_a, set_b = set(a.hashes), set(b.hashes)
    union = sorted(set_a | set_b)[:k]
    return sum(1 for h in union if h in set_a and h in set_b) / len(union)


def estimate_overlap(a: Sketch, b: Sketch) -> float:
    """Estimated number of shingles two sketched sets share."""
    j = estimate_jaccard(a, b)
    return j * (a.size + b.size) / (1 + j)


def _near_duplicates(a: Sketch, b: Sketch) -> bool:
    shorter, longer = sorted((a.size, b.size))
    if shorter < NEAR_DUP_MIN_SHINGLES:
        return False  # a line or two: only an exact copy (same hash) is a duplicate
    if shorter < NEAR_DUP_LONGER_SHARE * longer:
        return False  # the overlap cannot cover enough of the longer text
    overlap = estimate_overlap(a, b)
    return overlap >= NEAR_DUP_CONTAINMENT * shorter and overlap >= NEAR_DUP_LONGER_SHARE * longer


# --- wire dispatches -------------------------------------------------------------------------

WIRE_WINDOW = timedelta(hours=36)
WIRE_MIN_SIMILARITY = 0.1  # content-word Jaccard; unrelated dispatches score ~0.02
WIRE_MIN_SIMILARITY_CJK = 0.25  # character-bigram Jaccard runs higher on any two Chinese texts
AGENCIES: dict[str, re.Pattern[str]] = {
    "afp": re.compile(r"\bAFP\b|agence france[- ]presse|法新社", re.I),
    "reuters": re.compile(r"\breuters\b|路透", re.I),
    "ap": re.compile(r"\bAP\b|associated press|美联社|美聯社"),
    "bloomberg": re.compile(r"\bbloomberg\b|彭博", re.I),
    "xinhua": re.compile(r"\bxinhua\b|新华社|新華社", re.I),
    "chinanews": re.compile(r"china news service|中新社|中新网|中新網", re.I),
    "dpa": re.compile(r"\bdpa\b"),
    "awp": re.compile(r"\bawp\b", re.I),
    "efe": re.compile(r"\bEFE\b"),
    "ansa": re.compile(r"\bANSA\b"),
    "kyodo": re.compile(r"\bkyodo\b|共同社", re.I),
    "cna": re.compile(r"central news agency|中央社", re.I),
}
# A credit inside the text counts only in dateline form: "HONG KONG (AFP) -", "新华社北京1月8日电".
_DATELINE = re.compile(
    r"^.{0,60}?\((?:AFP|Reuters|AP|dpa|awp|EFE|ANSA)\)|^(?:新华社|中新社).{0,20}?电"
)


def wire_agencies(article: Article) -> frozenset[str]:
    """Agencies an article credits in its outlet, author or opening dateline."""
    credits = " ".join(x for x in (article.source_outlet, article.author) if x)
    found = {name for name, pattern in AGENCIES.items() if pattern.search(credits)}
    opening = article.text[:120]
    if _DATELINE.search(opening):
        found |= {name for name, pattern in AGENCIES.items() if pattern.search(opening)}
    return frozenset(found)


def _content_terms(text: str, cjk: bool) -> set[str]:
    if cjk:
        chars = _NON_WORD.sub("", text)
        return {chars[i : i + 2] for i in range(len(chars) - 1)}
    return {w for w in _WORD.findall(text.lower()) if len(w) >= 4 or w.isdigit()}


def _utc(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _same_dispatch(a: Article, b: Article, terms: dict[int, set[str]], i: int, j: int) -> bool:
    lang_a, lang_b = (a.language or "").split("-")[0], (b.language or "").split("-")[0]
    if lang_a != lang_b:
        return False
    ta, tb = _utc(a.published_at), _utc(b.published_at)
    if ta is not None and tb is not None and abs(ta - tb) > WIRE_WINDOW:
        return False
    union = terms[i] | terms[j]
    floor = WIRE_MIN_SIMILARITY_CJK if _is_cjk(a.text, a.language) else WIRE_MIN_SIMILARITY
    return bool(union) and len(terms[i] & terms[j]) / len(union) >= floor


# --- collapsing --------------------------------------------------------------------------------


class _Groups:
    """Union-find over article indices; a group's root is its smallest index."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        ri, rj = self.find(i), self.find(j)
        if ri != rj:
            self.parent[max(ri, rj)] = min(ri, rj)


def _link_exact(articles: Sequence[Article], groups: _Groups) -> None:
    seen: dict[tuple[str, str], int] = {}
    for i, article in enumerate(articles):
        keys = [("url", canonical_url(article.canonical_url or article.url))]
        if article.text.strip():
            keys.append(("hash", article.content_hash or content_hash(article)))
        for key in keys:
            if key in seen:
                groups.union(seen[key], i)
            else:
                seen[key] = i


def _link_near(articles: Sequence[Article], groups: _Groups) -> None:
    sketches = [sketch(shingles(a.text, a.language)) for a in articles]
    # Candidates share CANDIDATE_MIN_SHARED of their CANDIDATE_HASHES smallest hashes. A pair
    # at the thresholds has J >= 0.44 and shares ~28 of 64 (sd ~4); two different articles of
    # one story, full of the same names and figures (J 0.05-0.15), share ~4-14.
    buckets: dict[int, list[int]] = defaultdict(list)
    for i, sk in enumerate(sketches):
        for value in sk.hashes[:CANDIDATE_HASHES]:
            buckets[value].append(i)
    shared = Counter((i, j) for ids in buckets.values() for i in ids for j in ids if i < j)
    candidates = [pair for pair, count in shared.items() if count >= CANDIDATE_MIN_SHARED]
    for i, j in sorted(candidates):
        if groups.find(i) == groups.find(j):
            continue  # already one article through another pair
        if _near_duplicates(sketches[i], sketches[j]):
            groups.union(i, j)


def _link_wire(articles: Sequence[Article], groups: _Groups) -> None:
    credits = [wire_agencies(a) for a in articles]
    by_agency: dict[str, list[int]] = defaultdict(list)
    for i, names in enumerate(credits):
        for name in sorted(names):
            by_agency[name].append(i)
    terms: dict[int, set[str]] = {}
    for members in by_agency.values():
        for i in members:
            if i not in terms:
                text = articles[i].text
                terms[i] = _content_terms(text, _is_cjk(text, articles[i].language))
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                if _same_dispatch(articles[i], articles[j], terms, i, j):
                    groups.union(i, j)


def _keep_order(article: Article) -> tuple[int, datetime, int, str]:
    published = _utc(article.published_at)
    missing = published is None
    when = published or datetime.max.replace(tzinfo=UTC)
    return (missing, when, -len(article.text), canonical_url(article.canonical_url or article.url))


def _unique(values: Iterable[str], exclude: str = "") -> tuple[str, ...]:
    return tuple(dict.fromkeys(v for v in values if v and v != exclude))


def _merge(members: list[Article]) -> tuple[Article, list[Article]]:
    ordered = sorted(members, key=_keep_order)
    kept, dropped = ordered[0], ordered[1:]
    key = canonical_url(kept.canonical_url or kept.url)
    if not dropped:
        return kept.with_changes(canonical_url=key), []
    outlets = _unique(
        [outlet_of(kept), *kept.outlets] + [o for d in dropped for o in (outlet_of(d), *d.outlets)]
    )
    urls = _unique(
        [*kept.also_urls] + [u for d in dropped for u in (d.url, *d.also_urls)], kept.url
    )
    return kept.with_changes(canonical_url=key, outlets=outlets, also_urls=urls), dropped


def collapse_duplicates(
    articles: Sequence[Article],
) -> tuple[list[Article], list[tuple[str, str]]]:
    """Collapse exact and near duplicates: (kept articles, [(dropped_url, kept_id), ...]).

    Kept articles come in the order of their group's first article in the input, with
    ``canonical_url`` set to ``canonical_url()`` of theirs (so their ``id`` is the store key).
    The grouping and the choice of the kept article do not depend on the input order.
    """
    groups = _Groups(len(articles))
    _link_exact(articles, groups)
    _link_near(articles, groups)
    _link_wire(articles, groups)
    members: dict[int, list[Article]] = defaultdict(list)
    for i, article in enumerate(articles):
        members[groups.find(i)].append(article)
    kept_articles: list[Article] = []
    dropped_pairs: list[tuple[str, str]] = []
    for root in sorted(members):
        kept, dropped = _merge(members[root])
        kept_articles.append(kept)
        dropped_pairs.extend((d.url, kept.id) for d in dropped)
    if dropped_pairs:
        logger.info(
            "collapsed %d duplicates into %d articles", len(dropped_pairs), len(kept_articles)
        )
    return kept_articles, dropped_pairs
