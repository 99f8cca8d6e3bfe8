"""Invitations to follow the site on a social network, in any of our languages: the
networks' names as every follow rule reads them in a lowered line (`NETWORK_NAME`,
`names_network`: anywhere, except the names that are also words, read whole), the
invitation's verbs anywhere in a short line naming one (`invites_to_follow`: "Подписывайтесь
на наш канал в Telegram", "Bizi Google News'ten takip edin"), and the line tests' follow
prompt (`_is_follow_prompt`: "Follow us on Twitter", "关注我们的微博", or an invitation in any
language). The words are the data of `pipeline.maintext.socialwords`; the labels
(`labels.is_follow_invite`, "Follow us:"), the line tests (`linekinds`) and the site's own
prompts (`sitelines`: the site followed by name on several networks) ask here.
"""

from __future__ import annotations

import re

from pipeline.maintext.socialwords import FOLLOW_INVITES, NETWORKS, NEWS_ON_NETWORK
from pipeline.web.html import LiteralMarks, literal_alternation, lowers_plainly

# A network's name (`NETWORKS`) in lowered text (re.I for a pattern built on it): anywhere,
# as the follow rules always read it ("usFacebook" in a glued bar, "開設Facebook專頁",
# "Facebooku", "وفيسبوك"), except a name that is also a word (a letter, "threads"): whole,
# not between numbers, next to no letter of a script written with spaces ("on X", "X'ten",
# "上X"; not "mix", "2 x 3", "threadsafe"). Every follow rule reads it.
_SHORT_NAME = 2
_WORD_NAMES = ("threads",)  # (the names of `_SHORT_NAME` letters at most are words too)
_SPACED_LETTER = "[0-9a-z\u00c0-\u024f\u0370-\u04ff]"


def _is_word_name(name: str) -> bool:
    return (len(name) <= _SHORT_NAME and name.isascii()) or name in _WORD_NAMES


def _as_word(name: str) -> str:
    """The pattern of a name that is a word: the name, then the look back at what stands
    before it (a pattern opening on the name is tried only where its first letter is)."""
    escaped = re.escape(name)
    return rf"{escaped}(?<!{_SPACED_LETTER}{escaped})(?<!\d {escaped})(?!{_SPACED_LETTER})(?! \d)"


_WORD_NAMES_SOURCE = "|".join(_as_word(n) for n in NETWORKS if _is_word_name(n))
NETWORK_NAME = (
    rf"(?:{_WORD_NAMES_SOURCE}|"
    + literal_alternation(n for n in NETWORKS if not _is_word_name(n))
    + r")"
)
_NETWORK_WORD = re.compile(NETWORK_NAME)
# Each ASCII name holds one of these, asked of an ASCII line first (`LiteralMarks`).
_NETWORK_CORES = (
    *("facebook", "twitter", "gram", "youtube", "tiktok", "whatsapp", "linkedin", "bluesky"),
    *("google", "fejsbuk", "vkontakte", "dzen", "viber"),
)
# (looked up as `_NETWORK_WORD` finds them, more cheaply: the names found anywhere in one scan,
# the names that are words only in a line holding their letters)
NAMES_ANYWHERE = tuple(n for n in NETWORKS if not _is_word_name(n))  # (the names not words)
_NETWORK_MARKED = LiteralMarks(NAMES_ANYWHERE, _NETWORK_CORES)
_WORD_NAME_LIST = tuple(n for n in NETWORKS if _is_word_name(n))
_WORD_NAME = re.compile(_WORD_NAMES_SOURCE)


def names_network(lowered: str) -> bool:
    """`lowered` (a line in lower case) names a network of `NETWORKS` as `NETWORK_NAME`
    reads one."""
    if _NETWORK_MARKED.search(lowered) is not None:
        return True
    return names_network_word(lowered)


def names_network_word(lowered: str) -> bool:
    """`names_network(lowered)` for a `lowered` known to hold none of `NAMES_ANYWHERE`: a
    name that is a word ("x", "threads") standing as one."""
    return any(n in lowered for n in _WORD_NAME_LIST) and _WORD_NAME.search(lowered) is not None


# An invitation to follow the site's channel, the verb anywhere in a line of at most
# `MAX_FOLLOW_INVITE` characters that names a network ("Simak berita pilihan kami di WhatsApp
# Channel: https://...", "Подписывайтесь на наш канал в Telegram", "Bizi Google News'ten takip
# edin", "ما را در تلگرام دنبال کنید"). The network's name is looked for first; an invitation
# in a script written with spaces opens a word ("mengikuti akun Instagram-nya" reports).
MAX_FOLLOW_INVITE = 300
_SPACED_SCRIPTS_END = "\u3000"  # (below it: scripts that part their words with spaces)
_FOLLOW_INVITE = re.compile(
    r"(?<!\w)(?:"
    + literal_alternation(w for w in FOLLOW_INVITES if w[0] < _SPACED_SCRIPTS_END)
    + r")|"
    + literal_alternation(w for w in FOLLOW_INVITES if w[0] >= _SPACED_SCRIPTS_END)
)


def invites_to_follow(lowered: str) -> bool:
    """`lowered` (a line in lower case) holds an invitation of `FOLLOW_INVITES`, or opens
    with one of `NEWS_ON_NETWORK` (after marks and pictographs)."""
    if _FOLLOW_INVITE.search(lowered) is not None:
        return True
    return lowered.lstrip(_NOT_OPENING).startswith(NEWS_ON_NETWORK)


_NOT_OPENING = " \t📲📱👉➡▶►•·*-–—:|"  # marks and pictographs before the invitation


# An invitation to follow the site on a social network: "快點到Facebook Like我們的專頁",
# "如有Google plus account的你,也可follow 我們吧", "关注我们的微博".
_FOLLOW_US = re.compile(
    NETWORK_NAME + r".{0,100}"
    r"(like|follow|讚好|赞好|關注|关注|追蹤|追踪|订阅|訂閱)\s*(我們|我们|us\b)|"
    r"(like|follow|讚好|赞好|關注|关注|追蹤|追踪|订阅|訂閱)\s*(我們|我们|us\b).{0,100}"
    + NETWORK_NAME,
    re.I,
)

_MAX_FOLLOW_US = 300
# Every match of `_FOLLOW_US` holds one of its verbs, spaces, then one of its objects: looked
# for in the lowered line first, where it holds every word found in it (`lowers_plainly`):
# searching a line naming a network with `_FOLLOW_US` costs 40 us.
_FOLLOW_US_VERBS = (
    "like",
    "follow",
    "讚好",
    "赞好",
    "關注",
    "关注",
    "追蹤",
    "追踪",
    "订阅",
    "訂閱",
)
_FOLLOW_US_OBJECTS = ("我們", "我们", "us")


def _is_follow_prompt(text: str, lowered: str, quiet: bool = False) -> bool:
    """An invitation to follow the site on a network it names: "Follow us on Twitter",
    "关注我们的微博" (`_FOLLOW_US`), or in any language (`labels.is_follow_invite`); the
    network's name is looked for once, first (`quiet`: `lowered` holds no name but words)."""
    if not (names_network_word(lowered) if quiet else names_network(lowered)):
        return False
    return bool(
        len(text) < _MAX_FOLLOW_US
        and (not lowers_plainly(lowered) or _holds_follow_us(lowered))
        and _FOLLOW_US.search(text)
    ) or invites_to_follow(lowered)


def _holds_follow_us(lowered: str) -> bool:
    """A verb of `_FOLLOW_US_VERBS`, spaces (none or more) and an object of
    `_FOLLOW_US_OBJECTS` in `lowered`, as every match of `_FOLLOW_US` holds."""
    for verb in _FOLLOW_US_VERBS:
        start = lowered.find(verb)
        while start >= 0:
            end = start + len(verb)
            while end < len(lowered) and lowered[end].isspace():
                end += 1
            if lowered.startswith(_FOLLOW_US_OBJECTS, end):
                return True
            start = lowered.find(verb, start + 1)
    return False
