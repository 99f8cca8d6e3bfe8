"""Bytes -> text (`web.encoding`) -> site parser, else structured data + generic text -> Article.

`extract_text` is the evaluation entry point (../shared/eval/score.py --raw); it never raises.
`extract_article` raises `Rejected` for pages that are not articles, never returns None.
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from typing import Any

import numpy as np

from pipeline.config import PipelineConfig
from pipeline.errors import ExtractionError, Rejected, RejectReason
from pipeline.maintext.credits import without_author_line
from pipeline.records import Article, RawPage
from pipeline.sites import SiteSpec, generic, site_for_url, sniff_site
from pipeline.sites import _common as c
from pipeline.text.normalize import base_language
from pipeline.text.plain import ascii_bytes, is_printable
from pipeline.text.scripts import HAN_CHAR, KANA_CHAR
from pipeline.text.shortstory import is_short_story
from pipeline.web import html as dom
from pipeline.web.encoding import Decoded, decode_body, decode_html
from pipeline.web.metadata import PageView, canonical_link, page_title, usable_title

logger = logging.getLogger(__name__)

__all__ = [
    "Decoded",
    "decode_body",
    "decode_html",
    "extract_article",
    "extract_text",
    "MIN_TEXT_CHARS",
    "too_large",
]

_SIZES = PipelineConfig()  # the default caps of a page's size (`extract_text`)
MIN_TEXT_CHARS = 80  # below this many non-space characters a page is not an article
# A Han or kana character says what two letters of an alphabet do: a brief of 45 of them is a
# whole story ("12月15日，某购物中心发生火灾。……"), so each counts twice (`_dense_size`).
_DENSE_CHAR = re.compile(f"[{HAN_CHAR}{KANA_CHAR}]")
_HTML_TYPES = ("text/html", "application/xhtml", "text/plain", "application/xml", "text/xml")
_BINARY_MAGIC = (b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b")
# A feed's root past declarations and comments, each read once to its first "-->" (robust32)
_FEED_ROOT = re.compile(
    rb"\s*(?:<\?[^>]*>\s*|<!--(?:(?!-->).)*-->\s*)*+<(?:rss|feed|rdf:RDF)[\s>]", re.S
)


# --- articles ------------------------------------------------------------------------------


def _check_html(page: RawPage) -> None:
    url = page.effective_url
    ctype = (page.header("Content-Type") or "").split(";")[0].strip().lower()
    if ctype and not ctype.startswith(_HTML_TYPES):
        raise Rejected(RejectReason.NOT_HTML, url, f"Content-Type {ctype}")
    if page.body.lstrip()[:8].startswith(_BINARY_MAGIC):
        raise Rejected(RejectReason.NOT_HTML, url, "binary content")
    if _FEED_ROOT.match(page.body[:2048].removeprefix(b"\xef\xbb\xbf")):
        raise Rejected(RejectReason.NOT_HTML, url, "an RSS/Atom feed, not a page")
    if ctype == "text/plain" and not page.body.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
        raise Rejected(RejectReason.NOT_HTML, url, "plain text")  # robots.txt, not mislabelled HTML
    if not page.body.strip():
        raise Rejected(RejectReason.EMPTY, url, "empty body")


def _site_page(page: RawPage, doc: Any) -> tuple[RawPage, SiteSpec | None]:
    """The page and its site; a local file (no http URL) is matched by its canonical URL.

    `doc` (plain or lxml.html tree) is only read for pages without an http URL.
    """
    spec = site_for_url(page.effective_url)
    if spec is not None or _is_http(page.effective_url) or doc is None:
        return page, spec
    canonical = canonical_link(doc, "https://invalid/")
    spec = site_for_url(canonical)
    if spec is not None:
        return replace(page, final_url=canonical), spec
    return page, sniff_site(doc)  # a saved page or body fragment without any URL


def _is_http(url: str | None) -> bool:
    return bool(url) and str(url).startswith(("http://", "https://"))


def _by_site(page: RawPage, spec: SiteSpec, view: PageView) -> Article | None:
    """The first site parser (newest valid first) that copes, else None (ExtractionError).

    The first parser reads `view` itself; one that gave up may have pruned its tree, so each
    later one gets a fresh tree (a layout change costs a parse, the usual page none)."""
    on = page.fetched_at.date() if page.fetched_at else None
    for tried, parser in enumerate(spec.ordered_parsers(on)):
        try:
            return parser.parse(page, view.fresh() if tried else view)
        except ExtractionError as err:
            logger.info("%s/%d gave up: %s", spec.name, parser.version, err)
    return None


def _link_texts(doc: Any) -> list[str]:
    """The text of every <a> as `c.text_of` reads it, its whitespace not yet collapsed (see
    `_anchor_share`): a page holds a hundred links and more, and a call each for the leaves
    was a sixth of the time. A link holding elements is read by `dom.text_of` (lxml.html's
    `text_content` is the XPath string() it replaced: the same string, a seventh slower)."""
    return [dom.text_of(a) if len(a) else a.text or "" for a in doc.iter("a")]


# A named anchor: an <a name=...> or <a id=...> around a heading or a glossary's term.
_NAMED_ANCHOR = re.compile(r"<a\s+(?:name|id)\s*=", re.I)


def _links_outweigh(view: PageView, anchors: list[str], lines: list[str]) -> bool:
    """True when most of the text's lines are link texts (a list or home page). A named
    anchor leads nowhere: its text is the page's, not a link's; on a page that holds any, the
    share is counted again with links alone (an <a> with an href), read from a fresh tree
    (the text pruned this one). Only a page already over the share pays for that."""
    if not lines or _anchor_share(anchors, lines) <= 0.5:
        return False
    if _NAMED_ANCHOR.search(view.html) is None:
        return True
    doc = view.fresh().doc
    links = [dom.text_of(a) for a in doc.iter("a") if a.get("href") is not None]
    return _anchor_share(links, lines) > 0.5


def _anchor_share(links: list[str], lines: list[str]) -> float:
    """Share of the text lines that are just link texts (a list or home page). A link's text
    collapsed (" ".join(text.split()), as `c.text_of` gives it) is never longer than read, so
    only the links read at least as long as the shortest line are collapsed: on an article
    page, none of its menu's."""
    if not lines:
        return 0.0
    shortest = min(map(len, lines))
    anchors = {" ".join(text.split()) for text in links if len(text) >= shortest}
    return sum(1 for line in lines if line in anchors) / len(lines)


def _by_structure(page: RawPage, view: PageView, limit: int | None = None) -> Article:
    """The generic Article; everything but the text is read before the text prunes the tree
    (or from a fresh tree, on a page whose text is read first: `_text_first`)."""
    url = page.effective_url
    lines: list[str] | None = None
    if limit is not None and _text_may_exceed(view, limit):
        lines, anchors = _text_first(view, url, limit)
        view = view.fresh()  # (the text pruned the first tree)
    doc = view.doc
    meta = view.metadata(now=page.fetched_at)
    if lines is None:
        anchors = _link_texts(doc)
    title = (
        meta.title
        or usable_title(c.text_of(c.first(doc, "h1")))
        or page_title(c.text_of(c.first(doc, "title")), None, url)
    )
    if lines is None:
        lines = generic.main_text_tree(doc, url, view.html, view.jsonld)  # (metadata read it)
    if _links_outweigh(view, anchors, lines):
        raise Rejected(RejectReason.NOT_ARTICLE, url, "a list of links, not an article")
    lines = without_author_line(lines, meta.authors)
    title = title or _title_from_text(lines)
    if not title:
        raise Rejected(RejectReason.NOT_ARTICLE, url, "no title")
    method = "structured" if meta.title or meta.published_at else "generic"
    return Article(
        url=url,
        title=title,
        text="\n".join(lines),
        site="generic",
        canonical_url=meta.canonical,
        summary=meta.summary,
        author=meta.author,
        published_at=meta.published_at,
        modified_at=meta.modified_at,
        language=base_language(meta.language),
        fetched_at=page.fetched_at,
        http_status=page.status,
        parser="generic/1",
        extraction_method=method,
        images=meta.images[:1],  # the lead image: the others are often crops of it
    )


def too_large(url: str, chars: int, limit: int) -> Rejected:
    """The rejection of a page whose text holds `chars` characters, over `limit`
    (`max_text_chars`)."""
    detail = f"{chars} characters of text, over max_text_chars ({limit})"
    return Rejected(RejectReason.TOO_LARGE, url, detail)


def _text_may_exceed(view: PageView, limit: int) -> bool:
    """True when the page's text outside scripts and styles is longer than `limit`: only
    then is its main text read before its metadata (`_text_first`). Markup no longer than
    `limit` is not counted (every bench and news page: their text is a fraction of it)."""
    if len(view.html) <= limit:
        return False
    size = 0
    for node in view.nodes:
        size += len(node.tail or "")
        if node.tag.__class__ is str and node.tag not in _CODE_TAGS:
            size += len(node.text or "")
    return size > limit


_CODE_TAGS = frozenset({"script", "style", "template", "noscript"})


def _text_first(view: PageView, url: str, limit: int) -> tuple[list[str], list[str]]:
    """The main text's lines and the link texts of a page whose text may be over the limit,
    read before its metadata: a page that is over it whatever its metadata says (no list of
    links, no short or undecodable text: the checks made before the length's) is rejected
    here as `article_from_page` rejects it after the whole article, without reading its
    metadata. Reading dates and bylines in a text of megabytes cost a second and more
    (benchmarks/extraction/hugepages.py). The tree is pruned: read metadata from a fresh one."""
    anchors = _link_texts(view.doc)
    lines = generic.main_text_tree(view.doc, url, view.html, view.jsonld)
    size = len(lines) - 1 + sum(map(len, lines))  # of "\n".join(lines)
    if lines and size > limit and _anchor_share(anchors, lines) <= 0.5:
        text = "\n".join(lines)
        if _visible_chars(text, MIN_TEXT_CHARS) >= MIN_TEXT_CHARS:
            if _noise_share(text) <= MAX_NOISE_SHARE:
                raise too_large(url, size, limit)
    return lines, anchors


_SENTENCE_END = re.compile(r"[。！？!?]|\.(?=\s|$)")
_TEXT_TITLE_CHARS = 80
_CLAUSE_END = re.compile("[，；,;]")


def _title_from_text(lines: list[str]) -> str:
    """A title for a page whose markup names none (no title, headline or metas; a saved
    fragment of a page): the first sentence of its text, else that line cut at a word to
    `_TEXT_TITLE_CHARS` characters with "…". The text is the article's: better a plain
    title than the article lost."""
    first = next((line.strip() for line in lines if line.strip()), "")
    end = _SENTENCE_END.search(first, 1)
    if end is not None and end.end() <= _TEXT_TITLE_CHARS:
        return first[: end.end()].strip()
    if len(first) <= _TEXT_TITLE_CHARS:
        return first
    cut = first[:_TEXT_TITLE_CHARS]
    # the first clause long enough to say something (Chinese has no spaces to cut at)
    clause = next((m.start() for m in _CLAUSE_END.finditer(cut, _TEXT_TITLE_CHARS // 4)), None)
    if clause is not None:
        return cut[:clause] + "…"
    space = cut.rfind(" ")
    return (cut[:space] if space > _TEXT_TITLE_CHARS // 2 else cut).rstrip(" ,，、;；:：") + "…"


def _visible_chars(text: str, enough: int) -> int:
    """How many characters of `text` are not whitespace, or, once there are at least `enough`,
    any count of at least `enough`: counted in the first `4 * enough` characters when they
    hold that many (a page's text is thousands of characters: splitting and joining all of
    them only to compare the count with 80 cost 2% of a page's time)."""
    head = text[: 4 * enough]
    size = len("".join(head.split()))
    if size >= enough or len(head) == len(text):
        return size
    return len("".join(text.split()))


def _dense_size(text: str, size: int) -> int:
    """`size` (the non-space characters of a short `text`) with each Han or kana character
    counted twice."""
    return size + len(_DENSE_CHAR.findall(text))


def _checked(article: Article) -> Article:
    size = _visible_chars(article.text, MIN_TEXT_CHARS)
    if size == 0:
        raise Rejected(RejectReason.NOT_ARTICLE, article.url, "no main text")
    if size < MIN_TEXT_CHARS and _dense_size(article.text, size) < MIN_TEXT_CHARS:
        if not is_short_story(article.text, size):  # (a short post of its own prose is one)
            raise Rejected(RejectReason.TOO_SHORT, article.url, f"{size} characters of text")
    noise = _noise_share(article.text)
    if noise > MAX_NOISE_SHARE:
        raise Rejected(
            RejectReason.UNDECODABLE,
            article.url,
            f"{noise:.0%} of the text is undecodable bytes or control characters",
        )
    return article


# Replacement and control characters a text may hold: the worst of the 503 eval pages (real
# text, a stray byte here and there) holds 0.6%; random bytes served as a page, over a third.
MAX_NOISE_SHARE = 0.05
_NOISE = re.compile("[\ufffd\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _noise_share(text: str) -> float:
    """The share of `text` that is U+FFFD (bytes no decoding could read) or control
    characters (tabs and newlines aside)."""
    if not text or _noise_free(text):
        return 0.0  # (the pattern's scan costs more than a page's extraction of its title)
    return len(_NOISE.findall(text)) / len(text)


def _noise_free(text: str) -> bool:
    """True when `_NOISE` finds nothing in `text`: no U+FFFD and no control character but tab
    and newline (control characters, C0, DEL and C1, are all unprintable). A long ASCII text
    is read as bytes: DEL is 0x7F, the top of ASCII; the others below 0x20 are tabs and
    newlines only when there are as many as those."""
    codes = ascii_bytes(text)
    if codes is None:
        return "\ufffd" not in text and is_printable(text.replace("\n", "").replace("\t", ""))
    controls = int(np.count_nonzero(codes < _FIRST_PRINTABLE))
    return codes.max() < _DEL and controls == text.count("\n") + text.count("\t")


_FIRST_PRINTABLE, _DEL = 0x20, 0x7F


def extract_article(
    page: RawPage,
    decoded: Decoded | None = None,
    max_text_chars: int | None = None,
    max_elements: int | None = None,
) -> Article:
    """The Article of one fetched page; raises Rejected (NOT_HTML, NOT_ARTICLE, TOO_SHORT,
    BLOCKED, EMPTY) for pages that are not articles. Never returns None.

    `decoded` is the page already decoded by the caller (decode_body of its body), if any:
    the page is decoded once and parsed once, and that one view goes to the site parser or,
    when there is none, to the generic extractor. `max_text_chars`, when given, is the
    caller's limit of an article's text (`article_from_page`): a generic page certain to be
    over it is rejected (TOO_LARGE, as the caller would) before its metadata is read.
    `max_elements`, when given, rejects (TOO_LARGE) a page whose markup parses into more
    nodes than that, before anything reads it: each costs 5-25 us in the readers after.
    """
    _check_html(page)
    if decoded is None:
        decoded = decode_body(page.body, page.header("Content-Type"))
    view = PageView.parse(decoded.text, page.effective_url, decoded.utf8)
    if view is None:
        raise Rejected(RejectReason.EMPTY, page.effective_url, "no markup")
    if max_elements is not None and len(view.nodes) > max_elements:
        detail = f"{len(view.nodes)} elements, over max_elements ({max_elements})"
        raise Rejected(RejectReason.TOO_LARGE, page.effective_url, detail)
    page, spec = _site_page(page, view.doc)
    view.url = page.effective_url  # a local page's canonical URL, once its site is known
    article = _by_site(page, spec, view) if spec is not None else None
    if article is None:
        if spec is not None and not spec.is_article_url(page.effective_url):
            raise Rejected(
                RejectReason.NOT_ARTICLE,
                page.effective_url,
                f"not a {spec.name} article URL and no article markup",
            )
        article = _by_structure(page, view.fresh() if spec is not None else view, max_text_chars)
        if spec is not None:  # a site page the site parsers could not read: still that site's
            url = page.effective_url
            article = article.with_changes(
                site=spec.name,
                language=spec.language_for(url),
                site_article_id=spec.article_id_for(url),
            )
    return _checked(article)


def extract_text(html: bytes | str, url: str | None = None) -> str:
    """The main text, paragraphs joined by "\\n": the site parser's body when the URL (or the
    page's canonical URL) is a known site, else the generic extractor. Never raises: "" when
    nothing is found or `process` rejects the page too_large (max_page_bytes, max_elements)."""
    try:
        if len(html) > _SIZES.max_page_bytes:
            return ""
        decoded = Decoded(html, "") if isinstance(html, str) else decode_body(html)
        return _text_of_page(decoded, url)
    except Rejected as rej:  # a block page or an empty page state: no main text
        logger.debug("extract_text: %s", rej)
        return ""
    except Exception as err:  # noqa: BLE001 - the evaluation contract: never raise
        logger.warning("extract_text failed on %s: %s", url, err)
        return ""


def _text_of_page(decoded: Decoded, url: str | None) -> str:
    """extract_text on decoded markup. A page with an http URL is parsed once: the site
    parsers' tree for a known site, else the generic extractor's plainer, faster tree. A local
    page (no http URL) is parsed for the site check with the generic tree, and again for a
    site parser when its canonical URL names a site."""
    text, utf8 = decoded.text, decoded.utf8
    doc = None if _is_http(url) else dom.parse(text, utf8)
    page, spec = _site_page(RawPage(url=url or "", body=b""), doc)
    view = PageView.parse(text, page.effective_url, utf8) if spec is not None else None
    article = _by_site(page, spec, view) if spec is not None and view is not None else None
    if article is not None:
        return article.text
    if doc is None:
        doc = dom.parse(text, utf8)
    if doc is not None and sum(1 for _ in doc.iter()) > _SIZES.max_elements:
        return ""
    return "\n".join(generic.main_text_tree(doc, url, text)) if doc is not None else ""
