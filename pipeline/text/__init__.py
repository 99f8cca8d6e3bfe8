"""Text: writing systems, normalization, language detection and story keywords.

Everything here works on plain strings (and on an Article's text fields): which script a text
is in (Han, kana, hangul; traditional or simplified Chinese, with OpenCC conversion), one
normalization per language (Unicode form, widths, whitespace, entities), the language of a text
or of each paragraph (langdetect, seeded, with script and length rules), and the case- and
script-insensitive matching of story keywords shared by the crawl filter and story selection,
and the one date parser (`dates`: ISO 8601, RFC 822, epoch, Chinese and numeric forms; the
dates inside a text in `writtendates` with their month names in `monthnames`, relative times
in `relativedates`, the shared zone and digit pieces in `dateparts`).
"""

from __future__ import annotations

from pipeline.text.dates import SHANGHAI, parse_datetime
from pipeline.text.keywords import matching
from pipeline.text.language import UNDETERMINED, apply_language, detect_language, tag_paragraphs
from pipeline.text.normalize import (
    base_language,
    normalize_article,
    normalize_text,
    normalize_title,
)
from pipeline.text.scripts import chinese_script, has_han, to_simplified

__all__ = [
    "SHANGHAI",
    "UNDETERMINED",
    "apply_language",
    "base_language",
    "chinese_script",
    "detect_language",
    "has_han",
    "matching",
    "normalize_article",
    "normalize_text",
    "normalize_title",
    "parse_datetime",
    "tag_paragraphs",
    "to_simplified",
]
