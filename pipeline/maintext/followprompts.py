"""Invitations to follow the site on a social network, in any of our languages: the
networks' names as every follow rule reads them in a lowered line (`NETWORK_NAME`,
`names_network`: anywhere, except the names that are also words, read whole) and the
invitation's verbs anywhere in a short line naming one (`invites_to_follow`: "Подписывайтесь
на наш канал в Telegram", "Bizi Google News'ten takip edin"). The words are the data of
`pipeline.maintext.socialwords`; the labels (`labels.is_follow_invite`, "Follow us:"), the
line tests (`linekinds`) and the site's own prompts (`sitelines`: the site followed by name
on several networks) ask here.
"""

from __future__ import annotations

import re

from pipeline.maintext.socialwords import FOLLOW_INVITES, NETWORKS
from pipeline.web.html import LiteralMarks, literal_alternation

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
    """`lowered` (a line in lower case) holds an invitation of `FOLLOW_INVITES`."""
    return _FOLLOW_INVITE.search(lowered) is not None
