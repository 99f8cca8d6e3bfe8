"""The headline out of a page's <title>, og:title or JSON-LD headline: the site's name and
channel cut off its ends (`clean_title`), placeholders and separator-only titles dropped
(`usable_title`).
"""

from __future__ import annotations

import re
import unicodedata

from pipeline.text.scripts import HAN_CHAR
from pipeline.web.metadata.organisations import _key, _same_site, site_keys

# A dash set between East Asian characters without blanks ("标题-新浪网"): a separator there,
# not inside a word of an alphabetic script ("кандидатов-республиканцев", "मार्केट-कैप").
_CJK = f"{HAN_CHAR}\u3040-\u30ff\uac00-\ud7af\uff00-\uffef\u3000-\u303f"
_CJK_DASH = f"(?<=[{_CJK}])-(?=[^\\x00-\\x7f])|(?<=[^\\x00-\\x7f])-(?=[{_CJK}])"
# A blank run is tried from its first blank only ((?<!\s)): tried from each blank of a long
# run, the leading \s+ made a split quadratic. A separator is never found mid-run that is
# not found from the run's start, so the splits are the same (tests/test_hostile_markup.py).
_TITLE_SEPARATORS = re.compile(
    r"(?<!\s)\s+[-－|–—·:]\s+|(?<!\s)\s+[_｜|]\s*|[_｜|]\s*|(?<!\s)\s+-\s*|--|::|" + _CJK_DASH
)
# (a fullwidth hyphen "－" between blanks is a dash: "見出し － サイト名")
# Where a title may end with the site's name: the separators above, « » ~ / between blanks,
# an en or em dash between two non-ASCII characters ("标题—每日新闻网"), a dash between an East
# Asian character and a Latin letter or digit ("标题-36氪", "标题-IT之家": a name opening in
# ASCII), a fullwidth colon
# ("見出し：朝日新聞デジタル") or an ASCII one right after an East Asian character ("見出し」:
# サイト名開発日誌"); only a part naming the site is cut there (`clean_title`).
# (?<!\s\s), not (?<!\s) as above: ": " ends one blank into a run, and the next separator
# may start there ("Title:  | Site").
_TITLE_SEPARATORS_KEPT = re.compile(
    r"((?<!\s\s)\s+[-－|–—·:«»~/]\s+|(?<!\s\s)\s+[_｜|]\s*|[_｜|]\s*|--|::"
    r"|(?<=[^\x00-\x7f])[–—](?=[^\x00-\x7f])|" + _CJK_DASH + r"|(?<=\S): |(?<!\s\s)\s+：\s*|：\s*"
    rf"|(?<=[{_CJK}])[-–—](?=[0-9A-Za-z])"
    rf"|(?<=[{_CJK}]):(?=\S))"
)
# The site's name in brackets before the title: "【每日新闻】标题", "[Daily Site] Title".
_BRACKETED_SITE = re.compile(r"^[【\[]([^】\]]{1,40})[】\]]\s*(\S.*)$")
# The parts of a title after the site's name is cut: "Title | Politics" (a channel after the
# title), split where a pipe stands.
_PIPES = re.compile(r"\s+[|｜]\s+|\s*｜\s*")
_MAX_CHANNEL = 20  # characters of a channel's name after a title
_MAX_CHANNEL_WORDS = 3
_MIN_TITLE_SHARE = 0.3  # a title cut to less than this share of itself is a fragment
_MAX_SITE_PART = 40


# Marks that set a title's direction or join its words, invisible: not the title's text
# ("عنوان\u200f - الموقع" keeps no right-to-left mark at its end).
_FORMAT_MARKS = dict.fromkeys(
    map(ord, "\u200b\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff")
)
# A quotation in guillemets ("Macron : « Nous devons agir » - Site"): its inner blanks are
# held while the title is split, « and » there quote, they do not separate.
_GUILLEMETS = re.compile(r"«(\s?)([^«»]{1,300}?)(\s?)»")
_HELD = "\x00"


def clean_title(title: str, site_name: str | None = None, url: str = "") -> str:
    """`_clean_title` of `title` without its format marks, its quotations in guillemets
    read as quotations."""
    title = " ".join(title.translate(_FORMAT_MARKS).split())
    if "«" not in title:
        return _clean_title(title, site_name, url)
    held = _GUILLEMETS.sub(lambda m: f"«{m[1] and _HELD}{m[2]}{m[3] and _HELD}»", title)
    return _clean_title(held, site_name, url).replace(_HELD, " ")


def _clean_title(title: str, site_name: str | None = None, url: str = "") -> str:
    """A page title without the site's name before or after it ("Title - Site", "Title | Site",
    "Site: Title", "Title_新浪网", "Title - 36氪"). The site is known by `site_name`
    (og:site_name, application-name) or the host of `url`; only such end parts are cut and the
    rest keeps its own separators. Without a known site part, "_Channel_Site" tails go when the
    first part is the title (the longest part otherwise, unless shaped as a site's name:
    "快讯" of "快讯_某某新闻网", or prose: "标题 - 某某表示，……。昨日……")."""
    title = " ".join(title.split())
    keys = site_keys(site_name, url)
    bracketed = _BRACKETED_SITE.match(title) if title[:1] in "【[" else None
    if bracketed is not None and _is_site_part(bracketed.group(1), keys):
        title = bracketed.group(2)  # "【每日新闻】标题": the site before the title
    pieces = _TITLE_SEPARATORS_KEPT.split(title)  # text, separator, text, ...
    texts = pieces[0::2]
    if len(texts) < 2:
        return title
    start, end = 0, len(texts)
    # the site's name holding a separator itself ("AOC media - Analyse Opinion Critique")
    end = _site_tail(pieces, keys)
    while end - start > 1 and _is_site_part(texts[end - 1], keys):
        end -= 1
    while end - start > 1 and _is_site_part(texts[start], keys):
        start += 1
    if (start, end) != (0, len(texts)):
        kept = "".join(pieces[2 * start : 2 * end - 1]).strip()
        if len(kept) >= _MIN_TITLE_SHARE * len(title) or end - start == 1:
            return _piped_channel(_channel_tail(kept))
    parts = title_parts(title)
    if len(parts) < 2:
        return title
    if site_name:
        parts = [p for p in parts if p != site_name] or parts
    longest = max(parts, key=len)
    # (a part holding a full stop inside is prose: an og:title glued to the story's summary)
    prose = "。" in longest[:-1]
    if len(parts[0]) < 0.5 * len(longest) and not _names_a_site(longest) and not prose:
        return longest
    return parts[0]


def og_title_whole(og_title: str, page: str, site_name: str | None, url: str) -> str | None:
    """`og_title` whole where the page's <title> is it and then the site's name after a
    separator ("ElixirConf 2016 - Keynote by J. Doe" of "ElixirConf 2016 - Keynote by J. Doe -
    VideoSite"): the site's part is there, the og:title holds none, its own dash is the
    title's. None otherwise."""
    whole, page = " ".join(og_title.split()), " ".join(page.split())
    if len(page) <= len(whole) or not page.startswith(whole):
        return None
    rest = _TITLE_SEPARATORS_KEPT.split(page[len(whole) :])
    # ("", separator, site's name): one separator, then the site's name alone
    if len(rest) != 3 or rest[0] or not _is_site_part(rest[2], site_keys(site_name, url)):
        return None
    return usable_title(whole)


def title_parts(title: str) -> list[str]:
    """The texts of a title between its separators (`_TITLE_SEPARATORS`: the site's name, its
    sections and channels are among them), blank ones left out."""
    return [p.strip() for p in _TITLE_SEPARATORS.split(title) if p and p.strip()]


def _site_tail(pieces: list[str], keys: frozenset[str]) -> int:
    """The first text of `pieces` (text, separator, text ...) from which the rest of the
    title, separators and all, keys as the site's name, else the count of texts. Keyed from
    the end and only while as short as a key: a title swallowing a broken page (thousands
    of separators) was joined again from each one."""
    longest = max(map(len, keys), default=-1)
    texts, tail, suffix = (len(pieces) + 1) // 2, (len(pieces) + 1) // 2, ""
    for j in range(len(pieces) - 1, 1, -1):
        suffix = _key(pieces[j]) + suffix  # _key works a character at a time
        if len(suffix) > longest:
            break
        if j % 2 == 0 and suffix in keys:
            tail = j // 2
    return tail if tail < texts else texts


# What a template prints where its title variable was empty: "null", "undefined" ...
_PLACEHOLDERS = frozenset({"null", "undefined", "none", "nan", "untitled", "[object object]"})
# A short CJK name ending as sites and channels name themselves (…网, …新聞網, …衛視, …电视台,
# …日报): a page whose title is this names its site, not its article.
_SITE_ENDINGS = "网|網|卫视|衛視|电视台|電視台|日报|日報|资讯网|資訊網"
_SITE_SHAPED = re.compile(f"[{HAN_CHAR}A-Za-z0-9 ]{{1,10}}(?:{_SITE_ENDINGS})")
# A title's part that names a site by its shape, where no site key says so: a host name
# ("blog.example.com"), a CJK name ending as sites, channels and blogs name themselves
# ("某某新闻网", "某某财经频道", "某某的博客"), or a short one ending in 新闻
# ("每日经济新闻"). After a short first part ("快讯_某某新闻网", "晚安 - 某某的博客") it is
# the site's, not the headline.
_HOST_SHAPED = re.compile(r"(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}")
_NAME_SHAPED = re.compile(
    f"[{HAN_CHAR}A-Za-z0-9 ]{{1,10}}(?:{_SITE_ENDINGS}|晚报|晚報|时报|時報|频道|頻道|博客|部落格"
    f"|论坛|論壇|官网|官網)|[{HAN_CHAR}A-Za-z0-9]{{1,4}}(?:新闻|新聞)"
)
_LEADING_SEPARATOR = re.compile(r"^[-|–—_·:：｜]")


def page_title(raw: str | None, site_name: str | None = None, url: str = "") -> str | None:
    """A page's title as printed (og:title, <title> ...) without its site's part
    (`clean_title`), or None where it holds no article's title (`usable_title`, before and
    after the cut: "CCTV.com- 央视论坛 :: null" is no title, nor "经济参考网_(新闻)")."""
    if not raw or not usable_title(raw):
        return None
    return usable_title(clean_title(raw, site_name, url))


def usable_title(title: str | None) -> str | None:
    """`title` (a page title), or None where it holds no article's title: a template's
    placeholder as the title or one of its parts ("CCTV.com- 央视论坛 :: null"), a title starting
    with a separator ("-铜雀历史网": the article's part printed empty before the site's
    name), or one without a letter ("1")."""
    if not title:
        return None
    title = title.strip()
    lowered = title.lower()
    # (a part lowered is a piece of the title lowered: a title holding no placeholder word
    # holds no part that is one, and is not cut into its parts)
    if any(word in lowered for word in _PLACEHOLDERS):
        parts = {part.strip().lower() for part in _TITLE_SEPARATORS.split(title)}
        if lowered in _PLACEHOLDERS or parts & _PLACEHOLDERS:
            return None
    if _LEADING_SEPARATOR.match(title) or not any(ch.isalpha() for ch in title):
        return None
    if _SITE_SHAPED.fullmatch(title):
        return None  # "公視新聞網", "人間衛視", "经济参考网": the site's name, not a headline
    return title


def _names_a_site(part: str) -> bool:
    """True for a title's part shaped as a site's name (`_HOST_SHAPED`, `_NAME_SHAPED`)."""
    return bool(_HOST_SHAPED.fullmatch(part) or _NAME_SHAPED.fullmatch(part))


def _channel_tail(title: str) -> str:
    """A title without the "_Channel_Site" tail Chinese portals add after the site's own name
    is cut ("短视频与大众文化生产_要闻_电影网" of "..._电影网_1905.com"): the first "_" part,
    when it is the longest or near it."""
    parts = [part.strip() for part in title.split("_")]
    if len(parts) < 2 or not all(parts):
        return title
    return parts[0] if len(parts[0]) >= 0.5 * max(map(len, parts)) else title


def _piped_channel(title: str) -> str:
    """A title without the channels set after it between pipes once the site's name is cut
    ("Council votes on budget | Politics" of "... | Politics | Daily Site"): the first part,
    when every later one is a short name (`_MAX_CHANNEL`) and the first twice as long."""
    if "|" not in title and "｜" not in title:
        return title
    parts = [part.strip() for part in _PIPES.split(title)]
    if len(parts) < 2 or not all(parts):
        return title
    rest = parts[1:]
    if all(len(p) <= _MAX_CHANNEL and len(p.split()) <= _MAX_CHANNEL_WORDS for p in rest) and len(
        parts[0]
    ) >= 2 * max(map(len, rest)):
        return parts[0]
    return title


def _is_site_part(part: str, keys: frozenset[str]) -> bool:
    """True when a title part names the site (its key equals or holds a site key, or is held
    by one), and is short (a site name, not a headline)."""
    key = _key(part)
    if not key or not keys or len(part) > _MAX_SITE_PART:
        return False
    return any(_same_site(spelled, k) for spelled in _spellings(key) for k in keys)


# A host spells a name's letters in ASCII: "ü" as "ue" (German) or "u" (accents left out)
_TRANSLITERATED = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})


def _spellings(key: str) -> tuple[str, ...]:
    """`key` and, where it holds letters outside ASCII, as a host would spell them: German
    umlauts as two letters, other accents left out ("grünen": "gruenen", "grunen")."""
    if key.isascii():
        return (key,)
    bare = "".join(ch for ch in unicodedata.normalize("NFD", key) if not unicodedata.combining(ch))
    return (key, key.translate(_TRANSLITERATED), bare)
