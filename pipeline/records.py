"""Typed records that flow through the pipeline: RawPage -> Article -> Figure -> Brief.

Every record is a frozen dataclass with `to_dict()` / `from_dict()` so that the JSON
written to `articles.jsonl`, `brief.json` and `run.json` has one field name per concept
(`published_at`, never `date`).
"""

from __future__ import annotations

import enum
import hashlib
import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, fields, replace
from datetime import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Any

__all__ = [
    "SPIDER_ERROR",
    "RejectReason",
    "Reject",
    "RawPage",
    "Article",
    "Figure",
    "Passage",
    "Section",
    "FigureRow",
    "SourceRef",
    "Brief",
    "article_id_for",
    "content_hash_for",
]


def article_id_for(canonical_url: str) -> str:
    """Stable article id: 16 hex digits of the SHA-256 of the canonical URL."""
    return hashlib.sha256(canonical_url.encode("utf-8")).hexdigest()[:16]


# The last text content_hash_for hashed, and its hash. A page's text is hashed when its
# Article is made and again when normalize_article remakes it, most often unchanged: the
# second is then one string comparison instead of a flatten, an encode and a SHA-256.
_last_hashed: tuple[str, str] = ("", hashlib.sha256(b"").hexdigest())


def content_hash_for(text: str) -> str:
    """SHA-256 of the text with its whitespace runs made one space and its ends stripped
    (" ".join(text.split())), the exact-duplicate key."""
    global _last_hashed
    last = _last_hashed  # one read: another thread may replace the pair meanwhile
    if last[0] == text:
        return last[1]
    flat = text.replace("\n", " ")
    # A normalized text (paragraphs apart by "\n", single spaces) is its own flattened form:
    # printable (every whitespace character but " " is unprintable), no two spaces in a row,
    # none at an end. Tested in a fraction of the time of the split.
    if not _only_spaces(flat) or "  " in flat or flat[:1] == " " or flat[-1:] == " ":
        flat = " ".join(text.split())
    digest = hashlib.sha256(flat.encode("utf-8")).hexdigest()
    _last_hashed = (text, digest)
    return digest


# The ASCII whitespace str.split cuts at, but the space and the newline (which `content_hash_for`
# replaced): tab, carriage return, vertical tab, form feed and the four separators 0x1C-0x1F.
_ASCII_BREAKS = ("\t", "\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x1f")


def _only_spaces(flat: str) -> bool:
    """False when `flat` (no newline) may hold whitespace other than " ": an ASCII text holding
    one of `_ASCII_BREAKS` (eight one-character scans, memchr, a fifth of the time of
    isprintable, which reads each character's Unicode record: 40 us for a page's text), any
    other that is not printable (every whitespace character but " " is unprintable)."""
    if flat.isascii():
        for ch in _ASCII_BREAKS:  # (a loop: any() over a generator costs more)
            if ch in flat:
                return False
        return True
    return flat.isprintable()


def _dt_out(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _dt_in(value: Any) -> datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


class RejectReason(enum.StrEnum):
    """Why a fetched page did not become a stored article."""

    NOT_ARTICLE = "not_article"  # list page, home page, no main text
    TOO_SHORT = "too_short"
    TOO_LARGE = "too_large"
    EMPTY = "empty"
    BLOCKED = "blocked"  # WAF interstitial, captcha, empty state
    HTTP_ERROR = "http_error"
    DUPLICATE = "duplicate"
    OFF_STORY = "off_story"
    OUT_OF_WINDOW = "out_of_window"
    UNDECODABLE = "undecodable"
    NOT_HTML = "not_html"
    FETCH_FAILED = "error"  # timeout, connection, truncated body: never raised as Rejected
    DISALLOWED = "disallowed"  # robots.txt forbids it: not fetched, not an error
    NOT_FETCHED = "not_fetched"  # discovered, never answered (site stopped, request dropped)
    BAD_RECORD = "bad_record"  # an archive record that cannot be read: skipped
    TRUNCATED = "truncated"  # an archive that ends inside a record: read as far as it goes
    # making the article raised (a bug met on this page): the page is skipped, the crawl goes on
    EXTRACTION_FAILED = "extraction_failed"


# How a crawl's error message starts when a spider's callback raised on a response (a bug met
# on that listing or page, not the network): such an error is no sign of an outage.
SPIDER_ERROR = "spider error"


@dataclass(frozen=True)
class Reject:
    """One line of rejects.jsonl (schemas/rejects.schema.json): a URL that did not become an
    article of the brief, and why."""

    url: str
    reason: RejectReason
    detail: str = ""

    def to_dict(self) -> dict[str, str]:
        return {"url": self.url, "reason": self.reason.value, "detail": self.detail}


@dataclass(frozen=True)
class RawPage:
    """One HTTP response as fetched (or replayed): the evidence an Article is built from."""

    url: str
    body: bytes
    status: int = 200
    headers: Mapping[str, str] = field(default_factory=dict, hash=False, compare=False)
    final_url: str = ""
    fetched_at: datetime | None = None
    site: str | None = None
    # True when the crawl's block-page check (spiders.middlewares.BlockPageMiddleware) read
    # this response and found no block page: the per-page path does not check it again.
    block_checked: bool = field(default=False, compare=False)

    def __repr__(self) -> str:
        # The body's size, not its bytes: a page named in a log line (Scrapy logs a dropped
        # item whole) or an error is a line, not 90 KB of markup.
        final = f", final_url={self.final_url!r}" if self.final_url else ""
        return (
            f"RawPage(url={self.url!r}, status={self.status}, body=<{len(self.body)} bytes>"
            f"{final}, site={self.site!r})"
        )

    @property
    def effective_url(self) -> str:
        return self.final_url or self.url

    def header(self, name: str) -> str | None:
        """Case-insensitive header lookup."""
        lname = name.lower()
        for key, value in self.headers.items():
            if key.lower() == lname:
                return value
        return None


@dataclass(frozen=True)
class Article:
    """An extracted, normalized article (the fields of SITES.md, plus provenance)."""

    url: str
    title: str
    text: str  # paragraphs separated by "\n"
    site: str = "generic"
    canonical_url: str = ""
    site_article_id: str | None = None
    summary: str | None = None
    author: str | None = None
    source_outlet: str | None = None
    published_at: datetime | None = None
    language: str | None = None
    script: str | None = None  # "Hans" / "Hant" for Chinese
    fetched_at: datetime | None = None
    http_status: int | None = None
    parser: str = ""  # "<name>/<version>", e.g. "sohu/1"
    extraction_method: str = "generic"  # "site" | "structured" | "generic"
    content_hash: str = ""
    images: tuple[str, ...] = ()
    outlets: tuple[str, ...] = ()  # every outlet that carried this text (dedup merges)
    also_urls: tuple[str, ...] = ()  # URLs of reprints collapsed into this article
    text_simplified: str | None = None  # opt-in traditional -> simplified conversion
    modified_at: datetime | None = None  # the page's last-modified time, kept apart

    def __post_init__(self) -> None:
        if not self.canonical_url:
            object.__setattr__(self, "canonical_url", self.url)
        if not self.content_hash and self.text:
            object.__setattr__(self, "content_hash", content_hash_for(self.text))

    @cached_property
    def id(self) -> str:
        # Cached (the record is frozen): a commit reads it several times, and the JSON line
        # a worker encodes computes it first, so it crosses to the crawling process made.
        return article_id_for(self.canonical_url)

    if not TYPE_CHECKING:  # (typed as absent: a name no Article has stays an error to mypy)

        def __getattr__(self, name: str) -> Any:
            """The text of an article an extraction worker sent without it (pipeline.handoff):
            read from its JSON line the first time it is asked for, then kept."""
            state = self.__dict__
            if name == "text" and "json_line" in state:
                text = state["text"] = json.loads(state["json_line"])["text"]
                return text
            raise AttributeError(
                f"{type(self).__name__!r} object has no attribute {name!r}", name=name, obj=self
            )

    @property
    def paragraphs(self) -> list[str]:
        return [p for p in self.text.split("\n") if p.strip()]

    def with_changes(self, **changes: Any) -> Article:
        """A copy with `changes`: what ``dataclasses.replace`` makes (``__post_init__`` run
        again on the new values), in a tenth of its time (it calls ``__init__`` with every
        field; a page's article is remade three times). A name that is no field goes to
        replace, for its error."""
        if not changes.keys() <= _ARTICLE_FIELDS:
            return replace(self, **changes)
        copy = object.__new__(self.__class__)
        state = copy.__dict__  # a frozen dataclass sets its fields there too (no __slots__)
        mine = self.__dict__
        if "text" not in mine:
            self.text  # noqa: B018 - read from the JSON line (a worker's article: __getattr__)
        # The fields only, in their order (as __init__ sets them): not what is cached from
        # them (`id`, `json_line`), which the changes may make stale.
        state.update([(name, mine[name]) for name in _FIELD_ORDER])
        state.update(changes)
        copy.__post_init__()
        return copy

    def to_dict(self) -> dict[str, Any]:
        """The fields in their order, then ``id``; times as ISO text, tuples as lists. Written
        out field by field (what ``dataclasses.asdict`` would give, without its deep copy of
        strings that cannot change: a tenth of the time, and the crawl calls it per page)."""
        return {
            "url": self.url,
            "title": self.title,
            "text": self.text,
            "site": self.site,
            "canonical_url": self.canonical_url,
            "site_article_id": self.site_article_id,
            "summary": self.summary,
            "author": self.author,
            "source_outlet": self.source_outlet,
            "published_at": _dt_out(self.published_at),
            "language": self.language,
            "script": self.script,
            "fetched_at": _dt_out(self.fetched_at),
            "http_status": self.http_status,
            "parser": self.parser,
            "extraction_method": self.extraction_method,
            "content_hash": self.content_hash,
            "images": list(self.images),
            "outlets": list(self.outlets),
            "also_urls": list(self.also_urls),
            "text_simplified": self.text_simplified,
            "modified_at": _dt_out(self.modified_at),
            "id": self.id,
        }

    @cached_property
    def json_line(self) -> str:
        """`to_dict` as JSON text: keys sorted, not ASCII-escaped, one line. It is a line of
        articles.jsonl and the store's ``data`` column. Computed once per article (the record
        is frozen, so it cannot go stale; ``with_changes`` makes a new one) and pickled with
        it: an extraction worker encodes the article it makes, so the crawling process, the
        bound of a crawl, only writes the text. An article kept in memory once written (the
        library's `crawl` returns them) keeps its line too."""
        return json.dumps(self.to_dict(), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Article:
        names = {f.name for f in fields(cls)}
        kwargs = {k: v for k, v in data.items() if k in names}
        kwargs["published_at"] = _dt_in(kwargs.get("published_at"))
        kwargs["modified_at"] = _dt_in(kwargs.get("modified_at"))
        kwargs["fetched_at"] = _dt_in(kwargs.get("fetched_at"))
        for key in ("images", "outlets", "also_urls"):
            kwargs[key] = tuple(kwargs.get(key) or ())
        return cls(**kwargs)


_FIELD_ORDER = tuple(f.name for f in fields(Article))
_ARTICLE_FIELDS = frozenset(_FIELD_ORDER)


@dataclass(frozen=True)
class Figure:
    """A number with its unit and magnitude, found in a text, with where it was found."""

    kind: str  # "money" | "price" | "percent" | "multiple" | "shares" | "count" | "date"
    value: float  # normalized: 43亿港元 -> 4.3e9 (unit HKD); 13.17% -> 13.17
    unit: str  # "HKD", "USD", "CNY", "%", "x", "shares", "" ...
    text: str  # the figure as written in the source, e.g. "43亿港元"
    article_id: str = ""
    start: int = -1  # character span in the article text
    end: int = -1
    context: str = ""  # the sentence it stands in
    label: str = ""  # what it measures (French), e.g. "prix d'introduction"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Figure:
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})


@dataclass(frozen=True)
class Passage:
    """A paragraph of the brief with its provenance."""

    text: str
    language: str = "fr"
    translated: bool = False  # True only when a model translated source text into French
    sources: tuple[tuple[str, int, int], ...] = ()  # (article_id, start, end)
    unsupported: tuple[str, ...] = ()  # figures of this text with no source support
    # How the text came to be: "facts" (French written from the checked facts, by templates),
    # "quote" (a source passage quoted as written), "model" (written or translated by a
    # model); "" for older callers, read as a quote unless `translated`.
    origin: str = ""
    # The sentences of a generated paragraph, each with its own sources (cited one by one).
    sentences: tuple[Passage, ...] = ()


@dataclass(frozen=True)
class Section:
    heading: str
    passages: tuple[Passage, ...]


@dataclass(frozen=True)
class FigureRow:
    """One line of « Chiffres clés »: a measure and the value(s) sources give for it."""

    label: str
    rendered: str  # French rendering, e.g. « 4,3 milliards de dollars de Hong Kong »
    figures: tuple[Figure, ...]  # supporting source figures
    outlets: tuple[str, ...]
    disagreement: tuple[FigureRow, ...] = ()  # other values for the same measure


@dataclass(frozen=True)
class SourceRef:
    article_id: str
    title: str
    outlet: str
    url: str
    published_at: datetime | None = None
    language: str | None = None
    contribution: str = ""  # ce que la source apporte


@dataclass(frozen=True)
class Brief:
    story: str
    title: str
    chapeau: Passage
    sections: tuple[Section, ...]
    figures: tuple[FigureRow, ...]
    sources: tuple[SourceRef, ...]
    translated: bool
    backend: str
    model: str | None
    generated_at: datetime
    articles_read: int
    banner: str | None = None  # shown loudly when text is left untranslated
    faq: tuple[tuple[str, Passage], ...] = ()  # (question, answer) in French
    unsupported: tuple[str, ...] = ()  # figures in generated prose without source support
    language: str = "fr"
