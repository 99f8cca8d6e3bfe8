"""Text: writing systems, normalization, language detection and story keywords.

Everything here works on plain strings (and on an Article's text fields): which script a text
is in (Han, kana, hangul; traditional or simplified Chinese, with OpenCC conversion), one
normalization per language (Unicode form, widths, whitespace, entities), the language of a text
or of each paragraph (langdetect, seeded, with script and length rules), and the case- and
script-insensitive matching of story keywords shared by the crawl filter and story selection,
and the one date parser (`dates`: ISO 8601, RFC 822, epoch, Chinese and numeric forms; the
dates inside a text in `writtendates` with their month names in `monthnames` and the zones
printed after their times in `zonenames`, relative times in `relativedates` (their words in
`relativewords`), the shared zone and digit pieces in `dateparts`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.lazyexports import lazy_exports

if TYPE_CHECKING:
    from pipeline.text.dates import SHANGHAI, parse_datetime
    from pipeline.text.keywords import matching
    from pipeline.text.language import (
        UNDETERMINED,
        apply_language,
        detect_language,
        tag_paragraphs,
    )
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

# Each name above and its module, imported when first asked for: a module that needs one
# piece (the crawl reads dates, `dateparts`) does not load language detection and the
# normalization tables with it.
_TEXT_EXPORTS = {
    "SHANGHAI": "pipeline.text.dates",
    "parse_datetime": "pipeline.text.dates",
    "matching": "pipeline.text.keywords",
    "UNDETERMINED": "pipeline.text.language",
    "apply_language": "pipeline.text.language",
    "detect_language": "pipeline.text.language",
    "tag_paragraphs": "pipeline.text.language",
    "base_language": "pipeline.text.normalize",
    "normalize_article": "pipeline.text.normalize",
    "normalize_text": "pipeline.text.normalize",
    "normalize_title": "pipeline.text.normalize",
    "chinese_script": "pipeline.text.scripts",
    "has_han": "pipeline.text.scripts",
    "to_simplified": "pipeline.text.scripts",
}


__getattr__ = lazy_exports(__name__, _TEXT_EXPORTS)
