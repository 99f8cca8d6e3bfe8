"""Extractive backend: TextRank over the story's sentences, no weights, no network.

Sentences keep their exact spans into `Article.text`. Chinese is tokenized with jieba
(imported lazily, its logging quieted), French and English with a word regex; stopwords are
dropped and numbers normalized ("116.20", "116,2" -> "116.2") so figures link sentences across
languages. PageRank runs on the sentence similarity graph (the TextRank overlap measure);
sentences with figures and story keywords get a bonus. Picks are greedy: near-duplicates of
an already picked sentence (syndicated reprints) are skipped, each further pick from the same
article is discounted so sources are spread, and each theme holds at most
`sentences_per_section` sentences. The output is never translated (`translated=False`).
"""

from __future__ import annotations

import functools
import heapq
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from pipeline.config import StoryConfig, ThemeConfig
from pipeline.errors import ConfigError
from pipeline.records import Article
from pipeline.summarize.base import (
    OTHER_HEADING,
    Draft,
    DraftSection,
    DraftSentence,
    base_language,
)
from pipeline.summarize.sentences import split_sentences
from pipeline.summarize.textrank import pagerank, similarity, similarity_matrix
from pipeline.text.scripts import Converter, has_han

logger = logging.getLogger(__name__)

__all__ = [
    "ExtractiveSummarizer",
    "near_duplicate",
    "pagerank",
    "similarity",
    "similarity_matrix",
    "theme_of",
    "tokenize",
]

MAX_SECTIONS = 5
SOURCE_DISCOUNT = 0.6  # score factor per sentence already picked from the same article
DUPLICATE_THRESHOLD = 0.6  # character-trigram Jaccard above which two sentences are one
MAX_CANDIDATES = 1500  # sentences in the TextRank graph (it is dense: n x n)
MIN_CHARS = {"zh": 12}  # shorter sentences carry too little to quote
MIN_CHARS_DEFAULT = 30
MAX_CHARS = {"zh": 220}
MAX_CHARS_DEFAULT = 420

_ZH_STOP = frozenset(
    "的 了 在 是 和 与 及 等 也 都 而 并 将 对 从 为 以 于 其 这 那 此 该 之 被 把 就 还 又 或 但 "
    "一个 我们 他们 表示 认为 称 据 已 已经 目前 同时 其中 以及 通过 进行 成为 没有 可以".split()
)
_LATIN_STOP = frozenset(
    """
    le la les un une des du de d l au aux et ou en dans sur pour par avec sans sous est sont
    a ont été être qui que qu quoi dont où ce cet cette ces son sa ses leur leurs il elle ils
    elles on se s y ne pas plus n c à the an of and or in on at to for by with from is are was
    were be been has have had it its this that these those as but not which who will would
    also after before than into about over their they he she his her we our
    """.split()
)
_LATIN_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:-[^\W\d_]+)*")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_HAS_FIGURE = re.compile(r"\d")


class _Segmenter(Protocol):
    """What jieba offers here."""

    def lcut(self, sentence: str) -> list[str]: ...


@dataclass(frozen=True)
class _Candidate:
    text: str
    language: str
    article_id: str
    article_index: int
    start: int
    end: int
    paragraph: int
    tokens: frozenset[str]
    folded: str  # the text used for matching: traditional Chinese folded to simplified


def _quiet_jieba() -> _Segmenter:
    """Import jieba lazily; its first use logs a dictionary warm-up we do not want."""
    import jieba  # type: ignore[import-untyped]

    jieba.setLogLevel(logging.WARNING)
    segmenter: _Segmenter = jieba
    return segmenter


@functools.lru_cache(maxsize=1)
def _t2s() -> Converter:
    """The opencc traditional -> simplified converter, built once, only for Chinese."""
    from opencc import OpenCC  # type: ignore[import-untyped]

    converter: Converter = OpenCC("t2s")
    return converter


def is_traditional(article: Article) -> bool:
    """Traditional Chinese, by the script field or the language tag (zh-Hant, zh-TW, zh-HK)."""
    tag = (article.language or "").lower()
    return article.script == "Hant" or any(t in tag for t in ("hant", "-tw", "-hk"))


def fold(text: str, traditional: bool) -> str:
    """Text for matching only (spans stay on the original): 掛牌 -> 挂牌 so keywords match."""
    return _t2s().convert(text) if traditional else text


def _normalize_number(token: str) -> str:
    """'116.20' and '116,2' -> '116.2'; thousands separators are not told apart (rare)."""
    value = token.replace(",", ".")
    if value.count(".") > 1:
        value = value.replace(".", "")
    if "." in value:
        value = value.rstrip("0").rstrip(".")
    return value


def tokenize(text: str, language: str) -> list[str]:
    """Content tokens of one sentence: jieba words for Chinese, words for fr/en, minus stopwords."""
    if language == "zh":
        jieba = _quiet_jieba()
        raw = [t.strip() for t in jieba.lcut(text)]
    else:
        raw = [m.group() for m in _LATIN_TOKEN.finditer(text)]
    tokens: list[str] = []
    for token in raw:
        if not token:
            continue
        if _NUMBER.fullmatch(token):
            tokens.append(_normalize_number(token))
            continue
        low = token.lower()
        if not any(ch.isalnum() for ch in low) or low in _ZH_STOP or low in _LATIN_STOP:
            continue
        if language != "zh" and len(low) < 2:
            continue
        tokens.append(low)
    return tokens


def _shingles(text: str) -> frozenset[str]:
    compact = "".join(ch.lower() for ch in text if ch.isalnum())
    return frozenset(compact[i : i + 3] for i in range(max(1, len(compact) - 2)))


def near_duplicate(a: str, b: str, threshold: float = DUPLICATE_THRESHOLD) -> bool:
    """True when two sentences share most of their character trigrams (a reprint)."""
    sa, sb = _shingles(a), _shingles(b)
    if not sa or not sb:
        return False
    return len(sa & sb) / len(sa | sb) >= threshold


def theme_of(text: str, themes: Sequence[ThemeConfig]) -> str:
    """Heading of the first theme whose keywords the sentence contains, else OTHER_HEADING."""
    for theme in themes:
        if any(_contains(text, keyword) for keyword in theme.keywords):
            return theme.heading
    return OTHER_HEADING


def _contains(text: str, keyword: str) -> bool:
    """CJK keywords match as substrings; Latin ones at a word start, case-insensitively."""
    if not keyword:
        return False
    if not keyword.isascii() and has_han(keyword):
        return keyword in text
    return re.search(rf"(?<!\w){re.escape(keyword)}", text, re.IGNORECASE) is not None


class ExtractiveSummarizer:
    """TextRank sentence extraction into thematic sections; see the module docstring."""

    name = "extractive"
    model: str | None = None
    translates = False

    def __init__(self, max_sentences: int = 12, sentences_per_section: int = 3) -> None:
        if max_sentences < 1 or sentences_per_section < 1:
            raise ConfigError("summary", "max_sentences and sentences_per_section must be >= 1")
        self.max_sentences = max_sentences
        self.sentences_per_section = sentences_per_section

    def summarize(
        self,
        articles: Sequence[Article],
        story: StoryConfig,
        themes: Sequence[ThemeConfig],
    ) -> Draft:
        """Rank every sentence of `articles`, pick the best, group them by theme."""
        candidates = self._candidates(articles)
        scores = self._scores(candidates, story)
        picked = self._pick(candidates, scores, themes)
        sections = _sections(picked, themes)
        notes = (
            f"{len(candidates)} phrases candidates dans {len(articles)} articles",
            f"{len(picked)} phrases retenues (TextRank, sans traduction)",
        )
        logger.info("extractive: %d candidates, %d picked", len(candidates), len(picked))
        return Draft(
            title=story.title_hint,
            chapeau=(),
            sections=sections,
            translated=False,
            backend=self.name,
            model=None,
            notes=notes,
        )

    def _candidates(self, articles: Sequence[Article]) -> list[_Candidate]:
        out: list[_Candidate] = []
        for index, article in enumerate(articles):
            language = base_language(article)
            traditional = language == "zh" and is_traditional(article)
            low = MIN_CHARS.get(language, MIN_CHARS_DEFAULT)
            high = MAX_CHARS.get(language, MAX_CHARS_DEFAULT)
            for span in split_sentences(article.text, language):
                if not low <= len(span.text) <= high:
                    continue
                folded = fold(span.text, traditional)
                tokens = frozenset(tokenize(folded, language))
                if len(tokens) < 2:
                    continue
                out.append(
                    _Candidate(
                        span.text,
                        language,
                        article.id,
                        index,
                        span.start,
                        span.end,
                        span.paragraph,
                        tokens,
                        folded,
                    )
                )
        return _cap(out)

    def _scores(self, candidates: list[_Candidate], story: StoryConfig) -> list[float]:
        """PageRank (scaled to 1 per language) times bonuses for figures, keywords, leads."""
        ranks = pagerank(similarity_matrix([c.tokens for c in candidates]))
        # Scaled per language: cross-language edges are rare (numbers and names only), so a
        # joint scale would bury every French or English sentence under the Chinese majority.
        top: dict[str, float] = {}
        for candidate, rank in zip(candidates, ranks, strict=True):
            top[candidate.language] = max(top.get(candidate.language, 0.0), float(rank))
        leads: dict[int, int] = {}
        for candidate in candidates:
            leads.setdefault(candidate.article_index, candidate.start)
        scores: list[float] = []
        for candidate, rank in zip(candidates, ranks, strict=True):
            bonus = 1.0
            if _HAS_FIGURE.search(candidate.text):
                bonus += 0.25
            hits = sum(1 for k in story.keywords if _contains(candidate.folded, k))
            bonus += 0.15 * min(hits, 2)
            if leads[candidate.article_index] == candidate.start:
                bonus += 0.1  # the lead sentence of an article
            scores.append(float(rank) / top[candidate.language] * bonus)
        return scores

    def _pick(
        self,
        candidates: list[_Candidate],
        scores: list[float],
        themes: Sequence[ThemeConfig],
    ) -> list[tuple[_Candidate, float, str]]:
        """Greedy picks: skip near-duplicates and full sections, discount repeated sources."""
        headings = [theme_of(c.folded, themes) for c in candidates]
        per_article: dict[int, int] = {}
        per_section: dict[str, int] = {}
        picked: list[tuple[_Candidate, float, str]] = []
        # Lazy greedy: discounts only lower a score, so a popped entry whose score is still
        # current is the true maximum; a stale one goes back with its new score.
        heap = [(-score, i, 0) for i, score in enumerate(scores)]
        heapq.heapify(heap)
        while heap and len(picked) < self.max_sentences:
            _, best, seen = heapq.heappop(heap)
            candidate, heading = candidates[best], headings[best]
            count = per_article.get(candidate.article_index, 0)
            if count != seen:
                heapq.heappush(heap, (-scores[best] * SOURCE_DISCOUNT**count, best, count))
                continue
            if per_section.get(heading, 0) >= self.sentences_per_section:
                continue
            if any(near_duplicate(candidate.text, p.text) for p, _, _ in picked):
                continue
            per_article[candidate.article_index] = per_article.get(candidate.article_index, 0) + 1
            per_section[heading] = per_section.get(heading, 0) + 1
            picked.append((candidate, scores[best], heading))
        return picked


def _cap(candidates: list[_Candidate], limit: int = MAX_CANDIDATES) -> list[_Candidate]:
    """Keep the first k sentences of every article so the graph stays under `limit` nodes.

    The similarity matrix is n x n: 1,500 sentences cost ~18 MB and a few seconds, 6,000
    would cost ~290 MB. News puts its key facts first, so the leads are what we keep.
    """
    if len(candidates) <= limit:
        return candidates
    sizes: dict[int, int] = {}
    for candidate in candidates:
        sizes[candidate.article_index] = sizes.get(candidate.article_index, 0) + 1
    k = max(sizes.values())
    while k > 1 and sum(min(size, k) for size in sizes.values()) > limit:
        k -= 1
    seen: dict[int, int] = {}
    kept = []
    for candidate in candidates:
        seen[candidate.article_index] = seen.get(candidate.article_index, 0) + 1
        if seen[candidate.article_index] <= k:
            kept.append(candidate)
    logger.info(
        "extractive: %d candidate sentences capped to %d (first %d per article)",
        len(candidates),
        len(kept),
        k,
    )
    return kept


def _sections(
    picked: list[tuple[_Candidate, float, str]], themes: Sequence[ThemeConfig]
) -> tuple[DraftSection, ...]:
    """Group picks under their headings in theme order; fold extra sections into « Autres »."""
    groups: dict[str, list[tuple[_Candidate, float]]] = {}
    for candidate, score, heading in picked:
        groups.setdefault(heading, []).append((candidate, score))
    order = [t.heading for t in themes if t.heading in groups]
    while len(order) + (OTHER_HEADING in groups) > MAX_SECTIONS and order:
        smallest = min(order, key=lambda h: (len(groups[h]), -order.index(h)))
        order.remove(smallest)
        groups.setdefault(OTHER_HEADING, []).extend(groups.pop(smallest))
    if OTHER_HEADING in groups:
        order.append(OTHER_HEADING)
    return tuple(
        DraftSection(heading, tuple(_sentence(c, s) for c, s in groups[heading]))
        for heading in order
    )


def _sentence(candidate: _Candidate, score: float) -> DraftSentence:
    return DraftSentence(
        text=candidate.text,
        language=candidate.language,
        article_id=candidate.article_id,
        start=candidate.start,
        end=candidate.end,
        translated=False,
        score=round(score, 6),
    )
