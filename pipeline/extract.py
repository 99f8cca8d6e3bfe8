"""Bytes -> text (encoding) -> site parser, else structured data + generic text -> Article.

`extract_text` is the evaluation entry point (../shared/eval/score.py --raw); it never raises.
`extract_article` raises `Rejected` for pages that are not articles, never returns None.
"""

from __future__ import annotations

import codecs
import logging
import re
from dataclasses import replace
from typing import Any, NamedTuple

import numpy as np

from pipeline.errors import ExtractionError, Rejected, RejectReason
from pipeline.records import Article, RawPage
from pipeline.sites import SiteSpec, generic, site_for_url, sniff_site
from pipeline.sites import _common as c
from pipeline.text.normalize import base_language
from pipeline.text.plain import ascii_bytes, is_printable
from pipeline.web import html as dom
from pipeline.web.metadata import PageView, canonical_link, page_title, usable_title

logger = logging.getLogger(__name__)

__all__ = [
    "Decoded",
    "decode_body",
    "decode_html",
    "extract_article",
    "extract_text",
    "MIN_TEXT_CHARS",
]

MIN_TEXT_CHARS = 80  # below this many non-space characters a page is not an article
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?\s*([\w.:-]+)", re.I)
_META_CHARSET = re.compile(rb"<meta[^>]+?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.I | re.S)
_ALIASES = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "gb_2312-80": "gb18030",
    "cp936": "gb18030",
    "euc-cn": "gb18030",
    "big5": "big5hkscs",
    "iso-8859-1": "cp1252",
    "latin-1": "cp1252",
    "latin1": "cp1252",
    "ascii": "cp1252",
    "us-ascii": "cp1252",
    "utf8": "utf-8",
    "unicode": "utf-8",
}
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_HTML_TYPES = ("text/html", "application/xhtml", "text/plain", "application/xml", "text/xml")
_BINARY_MAGIC = (b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b")
_HIGH_PAIR = re.compile(rb"[\x81-\xfe][\x00-\xff]", re.S)
_LOW_BYTES = bytes(range(0x80))
_MAX_REPLACED = 0.005  # a declared/likely codec may leave this share of bytes undecodable


def _codec(name: str | bytes | None) -> str | None:
    if not name:
        return None
    text = name.decode("ascii", "ignore") if isinstance(name, bytes) else name
    text = _ALIASES.get(text.strip().lower(), text.strip().lower())
    try:
        return codecs.lookup(text).name
    except LookupError:
        return None


def _declared(body: bytes, content_type: str | None) -> list[str]:
    found = []
    header = _HEADER_CHARSET.search(content_type or "")
    found.append(_codec(header.group(1)) if header else None)
    meta = _META_CHARSET.search(body[:8192])
    found.append(_codec(meta.group(1)) if meta else None)
    return [name for name in found if name and not name.startswith("utf-16")]


def _lenient(body: bytes, candidates: list[str]) -> tuple[str, str] | None:
    """The candidate leaving the fewest undecodable bytes, if they are few (damaged pages)."""
    best: tuple[int, str, str] | None = None
    for name in candidates:
        text = body.decode(name, "replace")
        bad = text.count("\ufffd")
        if best is None or bad < best[0]:
            best = (bad, text, name)
    if best is not None and best[0] <= max(2, len(body) * _MAX_REPLACED):
        return best[1], best[2]
    return None


def _looks_double_byte(body: bytes) -> bool:
    """True when high bytes come in high-high pairs, as in GBK text (not Latin-1 accents)."""
    pairs = b"".join(_HIGH_PAIR.findall(body[:200_000]))
    seconds = pairs[1::2]  # the byte after each high byte; counted at C speed below
    strong = len(seconds.translate(None, _LOW_BYTES))
    return bool(seconds) and strong >= 0.8 * len(seconds)


def _strict(body: bytes, names: list[str]) -> tuple[str, str] | None:
    for name in names:
        try:
            return body.decode(name), name
        except UnicodeDecodeError:
            continue
    return None


class Decoded(NamedTuple):
    """A page's markup as text, the codec read, and `utf8`: the body itself when it is the
    text's exact UTF-8 encoding (it decoded as strict UTF-8), which the parser then reads
    instead of the text (`web.html.parse_document`)."""

    text: str
    codec: str
    utf8: bytes | None = None


def decode_html(body: bytes, content_type: str | None = None) -> tuple[str, str]:
    """Decode page bytes -> (text, codec name): BOM, valid UTF-8, the declared charset
    (header, then <meta>), GB18030, charset_normalizer, else UTF-8 with replacement.

    A declaration is only trusted when the bytes decode under it: pages declaring UTF-8
    but sent in GBK (legacy Sohu) come out right. Valid UTF-8 returns at once (most pages):
    the declarations and the double-byte sniffing are only read for the others.
    """
    text, codec, _ = decode_body(body, content_type)
    return text, codec


def decode_body(body: bytes, content_type: str | None = None) -> Decoded:
    """`decode_html`, with the body kept as `utf8` when it decoded as strict UTF-8."""
    for bom, name in _BOMS:
        if body.startswith(bom):
            return Decoded(body.decode(name, "replace"), name)
    try:
        return Decoded(body.decode("utf-8"), "utf-8", body if isinstance(body, bytes) else None)
    except UnicodeDecodeError:
        pass
    declared = _declared(body, content_type)
    multibyte = [n for n in dict.fromkeys(["utf-8", *declared]) if n != "cp1252"]
    if "gb18030" not in multibyte and _looks_double_byte(body):
        multibyte.append("gb18030")
    decoded = _strict(body, multibyte[1:])
    if decoded:
        return Decoded(*decoded)
    if "cp1252" in declared:
        return Decoded(body.decode("cp1252", "replace"), "cp1252")
    damaged = _lenient(body, multibyte)
    if damaged:
        return Decoded(*damaged)
    guessed = _guess(body)
    if guessed:
        return Decoded(*guessed)
    return Decoded(body.decode("utf-8", "replace"), "utf-8")


def _guess(body: bytes) -> tuple[str, str] | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:
        return None
    best = from_bytes(body).best()
    if best is None:
        return None
    return str(best), _codec(best.encoding) or best.encoding


# --- articles ------------------------------------------------------------------------------


def _check_html(page: RawPage) -> None:
    url = page.effective_url
    ctype = (page.header("Content-Type") or "").split(";")[0].strip().lower()
    if ctype and not ctype.startswith(_HTML_TYPES):
        raise Rejected(RejectReason.NOT_HTML, url, f"Content-Type {ctype}")
    if page.body.lstrip()[:8].startswith(_BINARY_MAGIC):
        raise Rejected(RejectReason.NOT_HTML, url, "binary content")
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
    `_anchor_share`), inlined: a page holds a hundred links and more, and a call each was a
    sixth of the time (every element doc.iter("a") gives is an <a>, its tag a string)."""
    return [a.text_content() if len(a) else a.text or "" for a in doc.iter("a")]


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


def _by_structure(page: RawPage, view: PageView) -> Article:
    """The generic Article; everything but the text is read before the text prunes the tree."""
    url, html, doc = page.effective_url, view.html, view.doc
    meta = view.metadata(now=page.fetched_at)
    anchors = _link_texts(doc)
    title = (
        meta.title
        or usable_title(c.text_of(c.first(doc, "h1")))
        or page_title(c.text_of(c.first(doc, "title")), None, url)
    )
    lines = generic.main_text_tree(doc, url, html, view.jsonld)  # (metadata read it)
    if lines and _anchor_share(anchors, lines) > 0.5:
        raise Rejected(RejectReason.NOT_ARTICLE, url, "a list of links, not an article")
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


def _checked(article: Article) -> Article:
    size = _visible_chars(article.text, MIN_TEXT_CHARS)
    if size == 0:
        raise Rejected(RejectReason.NOT_ARTICLE, article.url, "no main text")
    if size < MIN_TEXT_CHARS:
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


def extract_article(page: RawPage, decoded: Decoded | None = None) -> Article:
    """The Article of one fetched page; raises Rejected (NOT_HTML, NOT_ARTICLE, TOO_SHORT,
    BLOCKED, EMPTY) for pages that are not articles. Never returns None.

    `decoded` is the page already decoded by the caller (decode_body of its body), if any:
    the page is decoded once and parsed once, and that one view goes to the site parser or,
    when there is none, to the generic extractor.
    """
    _check_html(page)
    if decoded is None:
        decoded = decode_body(page.body, page.header("Content-Type"))
    view = PageView.parse(decoded.text, page.effective_url, decoded.utf8)
    if view is None:
        raise Rejected(RejectReason.EMPTY, page.effective_url, "no markup")
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
        article = _by_structure(page, view.fresh() if spec is not None else view)
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
    nothing is found."""
    try:
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
    return "\n".join(generic.main_text_tree(doc, url, text)) if doc is not None else ""
