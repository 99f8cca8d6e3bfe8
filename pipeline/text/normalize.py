"""Text normalization per language: Unicode form, widths, whitespace, entities, scripts.

Rules (issue 4, item 3):
- NFC; leftover HTML entities (``&nbsp;`` ``&amp;`` ``&#12290;``) decoded; zero-width characters
  and stray control characters removed, but for the (non-)joiners that spell a word of the
  Arabic or an Indic script (``scripts.STRAY_JOINER``: Persian "می‌خواهم" keeps its U+200C).
- Full-width ASCII letters and digits become half-width (ＡＢＣ１２３ -> ABC123). Full-width
  symbols that are arithmetic rather than punctuation (％ ＋ － ． ／ ...) become ASCII too, so
  that figures read the same everywhere; CJK punctuation (，：；！？（）...) stays full-width in
  Chinese, Japanese and Korean text. In other languages every full-width form becomes ASCII.
- Whitespace runs collapse to one space inside a paragraph; paragraphs stay separated by "\\n"
  and empty ones are dropped. In French (and in text of unknown language) a run holding a
  no-break space (U+00A0, U+202F) keeps it: « guillemets », ; : ! ? are spaced that way on
  purpose. Apostrophes (’) are never touched.
- Optional traditional -> simplified Chinese (OpenCC ``t2s``) into ``Article.text_simplified``;
  ``Article.text`` always keeps the original.
"""

from __future__ import annotations

import html
import logging
import re
import unicodedata

from pipeline.records import Article, content_hash_for
from pipeline.text.plain import has_double_space, is_printable
from pipeline.text.scripts import STRAY_JOINER, chinese_script, to_simplified

logger = logging.getLogger(__name__)

__all__ = [
    "normalize_text",
    "normalize_title",
    "normalize_article",
    "base_language",
    "decode_entities",
]

CJK_LANGUAGES = frozenset({"zh", "ja", "ko"})
_ZERO_WIDTH = "\u200b\ufeff\u2060"
_JOINERS = "\u200c\u200d"  # deleted where they spell nothing (`STRAY_JOINER`)
_CONTROL = "".join(chr(c) for c in (*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F))
_DELETE_TABLE = str.maketrans("", "", _ZERO_WIDTH + _CONTROL)
_NO_BREAK = "\u00a0\u202f"
# Full-width punctuation that is genuine CJK punctuation and stays full-width in CJK text.
_CJK_KEEP = frozenset("！＂＇（），：；？［］｛｝｜～")
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# Whitespace runs that change: two or more characters, or one that is not a plain space (a
# lone " " is already what a run collapses to, and most runs are one). What
# `[^\S\n]{2,}|[^\S\n ]` matches, written to open with the run's first character: re then
# skips to the whitespace (a pattern opening with a repeat is tried at every character, twice
# the time on a line of French prose whose no-break spaces each make a run).
_SPACE_RUN = re.compile(r"[^\S\n](?:[^\S\n]+|(?<! ))")
# What the translate tables touch: str.translate looks every character up in a dict, so the
# texts without any of them (most, for the delete table) skip it after a regex scan.
_DELETABLE = re.compile(f"[{re.escape(_ZERO_WIDTH + _JOINERS + _CONTROL)}]")
# A line needs _SPACE_RUN only when it holds two spaces in a row or another whitespace
# character (most lines hold neither: a substring test and this scan are cheaper than the sub).
_ODD_SPACE = re.compile(r"[^\S\n ]")


class _Widths:
    """Full-width forms -> ASCII, except `keep`: the table, and a pattern matching exactly the
    characters it changes, so a text is rewritten at those characters only (str.translate
    would look every character of a long Chinese text up in the table)."""

    def __init__(self, keep: frozenset[str]) -> None:
        table = {cp: chr(cp - 0xFEE0) for cp in range(0xFF01, 0xFF5F) if chr(cp) not in keep}
        table[0x3000] = " "  # ideographic space: whitespace, collapsed with the rest
        self.table = table
        self.pattern = re.compile("[" + re.escape("".join(map(chr, sorted(table)))) + "]")

    def apply(self, text: str) -> str:
        if text.isascii():  # (a flag of the string: no scan) no full-width form in it
            return text
        return self.pattern.sub(lambda m: self.table[ord(m.group(0))], text)


_WIDTH_CJK = _Widths(_CJK_KEEP)
_WIDTH_OTHER = _Widths(frozenset())


def base_language(language: str | None) -> str | None:
    """ "zh-Hant" -> "zh", "fr-FR" -> "fr", "" / None / "und" -> None."""
    if not language:
        return None
    base = language.replace("_", "-").split("-", 1)[0].strip().lower()
    return None if base in ("", "und") else base


def decode_entities(text: str) -> str:
    """`text` with its character references decoded ("Redacci&oacute;n" -> "Redacción"),
    as the page's own markup would have shown them: a JSON-LD string or a meta escaped twice."""
    return _decode_entities(text) if "&" in text and ";" in text else text


def _decode_entities(text: str) -> str:
    # Only ';'-terminated entities: html.unescape alone would turn "&notice" into "¬ice".
    # Two passes undo the common double escaping ("&amp;nbsp;").
    for _ in range(2):
        decoded = _ENTITY.sub(lambda m: html.unescape(m.group(0)), text)
        if decoded == text:
            break
        text = decoded
    return text


def _collapse_run(match: re.Match[str], keep_no_break: bool) -> str:
    run = match.group(0)
    if keep_no_break:
        for char in run:
            if char in _NO_BREAK:
                return char
    return " "


def normalize_text(text: str, language: str | None = None) -> str:
    """Normalize one text (paragraphs separated by "\\n") following the rules of this module."""
    lang = base_language(language)
    text = _decode_entities(text)
    text = unicodedata.normalize("NFC", text)
    # A text printable but for its "\n" (most) holds no character to delete (zero-width and
    # control characters are unprintable) and no whitespace but " " and "\n" (every other
    # whitespace character is unprintable too): isprintable is a quicker scan than a pattern.
    plain = is_printable(text.replace("\n", ""))
    if not plain and _DELETABLE.search(text):
        text = STRAY_JOINER.sub("", text.translate(_DELETE_TABLE))
    # Unknown language: keep CJK punctuation, the safe side for a Chinese news pipeline.
    text = (_WIDTH_OTHER if lang and lang not in CJK_LANGUAGES else _WIDTH_CJK).apply(text)
    if plain and not has_double_space(text):
        # (the width forms are printable and no space: still plain) no break but "\n", no
        # run to collapse, no no-break space: each line only loses its edge spaces
        stripped = (line.strip(" ") for line in text.split("\n"))
        return "\n".join(line for line in stripped if line)
    # Unknown language (normalized before detection): keep no-break spaces, they may be French.
    keep_no_break = lang in (None, "fr")
    lines = []
    # The paragraph breaks: "\r\n", "\r", "\n", "\x85", U+2028, U+2029 (splitlines' other
    # breaks, \v \f \x1c-\x1e, are control characters deleted above; the empty line it
    # leaves out after a final break would be dropped below).
    for line in text.splitlines():
        if "  " not in line and not _ODD_SPACE.search(line):
            pass  # no run to collapse
        elif keep_no_break:
            line = _SPACE_RUN.sub(lambda m: _collapse_run(m, True), line)
        else:
            line = _SPACE_RUN.sub(" ", line)
        # No-break spaces at a paragraph's edges separate nothing: strip them too.
        line = line.strip(" " + _NO_BREAK)
        if line:
            lines.append(line)
    return "\n".join(lines)


def normalize_title(title: str, language: str | None = None) -> str:
    """A title is one line: normalized like text, then its line breaks become spaces."""
    return " ".join(normalize_text(title, language).split("\n"))


_t2s = to_simplified  # normalize_article's keyword argument shadows the name


def _is_traditional(article: Article, text: str) -> bool:
    if article.script:
        return article.script == "Hant"
    lang = (article.language or "").lower()
    if lang.startswith(("zh-hant", "zh-tw", "zh-hk", "zh-mo")):
        return True
    if base_language(article.language) not in (None, "zh"):
        return False
    return chinese_script(text) == "Hant"


def normalize_article(article: Article, *, to_simplified: bool = False) -> Article:
    """Normalize title, summary and text; optionally add a simplified copy of traditional text.

    The content hash is recomputed from the normalized text (it is the exact-duplicate key).
    """
    lang = article.language
    text = normalize_text(article.text, lang)
    changes: dict[str, object] = {
        "title": normalize_title(article.title, lang),
        "text": text,
        "content_hash": content_hash_for(text) if text else "",
    }
    if article.summary is not None:
        changes["summary"] = normalize_text(article.summary, lang) or None
    if to_simplified and text and _is_traditional(article, text):
        changes["text_simplified"] = _t2s(text)
        logger.debug("simplified copy added to %s", article.url)
    return article.with_changes(**changes)
