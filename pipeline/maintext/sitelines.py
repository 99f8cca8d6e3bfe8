"""Lines the site's own machinery and standing notices print inside the article, too long or
too plain for the label and pattern tests of `pipeline.maintext.linekinds`:

- a reprint notice, in either of its shapes (`_is_reprint_notice`): a notice of rights
  forbidding reuse ("Copyright 2024 The Associated Press. All rights reserved. This material
  may not be published, broadcast, rewritten or redistributed."), which wire copy carries on
  every site that runs it, longer than a short copyright line; and the site's rules for
  reprinting its articles ("Reproduction is prohibited without written permission", "При
  использовании материалов ссылка на сайт обязательна", "Riproduzione riservata");
- a form's or a poll's lines: the thanks it prints once it is sent ("Thank you for completing
  the survey!", "Thanks for your feedback.", "Спасибо! Ваш голос учтен"), in the markup
  before anyone sends it; a prompt to rate the article ("Rate this article", "Was this
  article helpful?", "Оцените, пожалуйста, статью"); a line pointing at a form ("Fill out the
  form below ..."): the form is no text;
- an author box's line closed by its link to the author's page ("... View Full Profile",
  "More stories by Jane Roe");
- an invitation to follow the site by its name on two or more networks ("For updates, follow
  The Daily Example on Facebook, Twitter and Instagram"), where `linekinds` asks for "us";
- the controls of a video player or photo gallery, alone on their lines ("Full Screen",
  "Autoplay", "Skip Ad", "View Photos", "Wait 1 second to continue.", "13-Minute Listen"),
  the embed code its share box prints ("Embed <iframe src=...>"), a video teaser in either
  of its shapes: its title closed by its button ("... Watch Video") or its label before a
  colon ("WATCH VIDEO: ...", "ZOBACZ WIDEO: ...", "Смотрите видео: ..."), a shopping
  widget's buttons ("View Deal", "$199 at Amazon") and a picture's credit alone on its line
  ("Jane Roe | Getty Images", "Jane Roe, AP", read by `pipeline.maintext.photocredits`): a
  page whose classes name no player or credit (hashed, utility classes) leaves them in the
  article.

The site's notes to its reader (a typo report, an opinion disclaimer, the comments below and
logging in to write one) are `pipeline.maintext.sitenotes`'. Patterned after no site: each
is what such a line says, in the languages we read.
"""

from __future__ import annotations

import re

from pipeline.maintext.followprompts import NETWORK_NAME
from pipeline.maintext.photocredits import (
    _AGENCY_MARKED,
    _MAX_PHOTO_CREDIT,
    _NAMED_CREDIT,
    _PHOTO_CREDIT,
    _credit_shaped,
)
from pipeline.web.html import LiteralMarks, any_literal

# A notice of rights and a ban on reuse, in one line of any length up to _MAX_NOTICE: the line
# opens on the rights mark or reserves all rights ("the copyright" in a sentence reporting a
# dispute does neither).
_RIGHTS_OPENING = re.compile(
    r"\W{0,2}(?:copyright|©|\(c\)|derechos de autor|droits d'auteur)", re.I
)
_RESERVED = re.compile(
    r"all rights reserved|droits réservés|derechos reservados|rechte vorbehalten|"
    r"direitos reservados|diritti riservati",
    re.I,
)
_NO_REUSE = re.compile(
    r"\bmay not be (?:re)?(?:published|reproduced|broadcast|rewritten|redistributed|copied|"
    r"reprinted|distributed)\b|"
    r"\bne (?:peut|peuvent|doit) (?:pas )?être (?:reproduit|publié|diffusé|redistribué)|"
    r"\bno (?:puede|podrá) ser (?:publicado|reproducido|difundido|transmitido|reescrito|"
    r"redistribuido)|"
    r"\bdarf (?:nicht|weder)\b.{0,60}\b(?:veröffentlicht|vervielfältigt|verbreitet)|"
    r"\bnão (?:pode|poderá) ser (?:publicado|reproduzido|transmitido|reescrito|redistribuído)|"
    r"\bnon (?:può|possono) essere (?:pubblicat|riprodott|trasmess|ridistribuit)",
    re.I,
)
_MAX_NOTICE = 400
# The rules for reprinting the site's articles: "Reproduction is prohibited without written
# permission", "При использовании материалов ссылка на сайт обязательна", "Przedruk tylko za
# zgodą redakcji", "Riproduzione riservata", "Dilarang mengutip tanpa izin".
_REPRINT_RULE = re.compile(
    r"\b(?:this|these|the|our|its|all|any) (?:site'?s? )?(?:materials?|articles?|contents?|"
    r"stor(?:y|ies)|texts?|publications?|news|photos?|information)\b.{0,40}"
    r"\b(?:may|must|can)(?:not| not) be (?:reproduced|republished|redistributed|reprinted)\b"
    r".{0,80}\b(?:without|in (?:whole|part|any form))|"
    r"\b(?:reproduction|republication|reprinting) (?:is )?(?:strictly )?(?:prohibited|forbidden)\b|"
    r"\bперепечатк\w* .{0,60}(?:запрещ|разреш|только с|без )|не перепечатывайте|"
    r"\bпри (?:копировании|перепечатке|использовании|цитировании|використанні|копіюванні) "
    r"(?:\w+ )?(?:материал|информаци|публикаци|матеріал|інформаці)\w*.{0,80}(?:ссылк|посилан)|"
    r"\bprzedruk\w* .{0,60}(?:zabronion|wyłącznie|tylko za|bez zgody|bez pisemnej)|"
    r"\bkopiowanie (?:materiałów|tekstów|treści|artykułów)\b.{0,80}\b(?:zabronione|bez zgody)|"
    r"\bnachdruck\w* .{0,40}(?:nur mit|verboten)|"
    r"\b(?:prohibida|proibida|vietata) (?:la |a |su )?(?:reproducción|reprodução|riproduzione)|"
    r"\briproduzione riservata\b|\breproduction interdite\b|\btous droits de reproduction\b|"
    r"\bizinsiz\b.{0,40}\b(?:kullanılamaz|yayınlanamaz|alıntı yapılamaz)|"
    r"\bdilarang (?:mengutip|menyalin|memperbanyak)\b|"
    r"απαγορεύεται η (?:αναδημοσίευση|αναπαραγωγή)|يمنع (?:نسخ|إعادة نشر)",
    re.I,
)
_MAX_RULE_LINE = 300  # (the rules for reprinting, a rating prompt, a video teaser's label)

# A form's thanks once it is sent, alone on its line (an emoji or mark may open it).
_FORM_THANKS = re.compile(
    r"^\W{0,3}(?:thank you|thanks) for (?:completing|taking|filling (?:out|in)|your (?:feedback|"
    r"submission|response|vote|rating|subscription|input)|voting|subscribing|signing up|"
    r"registering|rating)\b|"
    r"^\W{0,3}merci (?:pour|de) (?:votre|ton) (?:inscription|vote|avis|participation|réponse)\b|"
    r"^\W{0,3}(?:vielen )?dank für (?:ihr|ihre|dein|deine) (?:feedback|anmeldung|bewertung|"
    r"teilnahme|stimme)\b|"
    r"^\W{0,3}gracias por (?:tu|su) (?:suscripción|voto|opinión|participación|registro|"
    r"respuesta)\b|"
    r"^\W{0,3}gracias por (?:suscribirte|votar|registrarte)\b",
    re.I,
)
_MAX_THANKS = 80

# A prompt to rate the article and the thanks after a vote: "Rate this article", "Was this
# article helpful?", "War der Artikel nützlich?" (whole), "Оцените, пожалуйста, статью",
# "Спасибо! Ваше мнение учтено".
_RATING = re.compile(
    r"^(?:please )?rate this (?:article|story|post)\b|^was this (?:article|page|story) helpful\b|"
    r"^оцените,? (?:пожалуйста,? )?(?:статью|материал|новость)\b|"
    r"\bваш[ае]? (?:мнение|голос) (?:учтен|учтён|принят)|"
    r"^oceń (?:ten )?(?:artykuł|tekst)\b|^notez cet article\b|"
    r"^bewerten sie (?:diesen )?artikel\b|"
    r"^war dieser artikel hilfreich\b|"
    r"^war (?:der|dieser) (?:artikel|beitrag|text) (?:hilfreich|nützlich)\W{0,3}$|"
    # a star widget's lines: "Be the first to rate:", "(Hover over the stars then click to
    # rate)", "Current Article Ratings:", "Your rating: None Average: 4 (6 votes)", "4.5 (10
    # votes)", "Rating: 5.0/5 (1 vote cast)"
    r"^\W{0,3}(?:be the first to rate|(?:hover over the stars,? then )?click to rate)"
    r"(?: this (?:post|article|story|recipe|page))?\W{0,3}$|"
    r"^(?:current|average|your) (?:article |user |reader )?ratings?:[\w\s.,/:()]{0,40}$|"
    r"^(?:rating: )?\d(?:[.,]\d+)?(?:/\d+)? \(\d+ votes?(?: cast)?\)$",
    re.I,
)
# A line sending the reader to a form printed under it.
_FORM_BELOW = re.compile(r"\b(?:fill (?:out|in)|complete|use) (?:the|this) form below\b", re.I)

# "follow <the site> on <network>, <network> and <network>": two networks or more.
_FOLLOW_SITE = re.compile(
    rf"\bfollow\s+[^.!?]{{1,40}}?\s+on\s+{NETWORK_NAME}"
    rf"(?:\s*(?:,|&|\band\b)\s*{NETWORK_NAME})+",
    re.I,
)
_MAX_FOLLOW = 200

# An author box's line, closed by its link to the author's page: "Executive editor since
# 2008. Keen sailor. View Full Profile", "More stories by Jane Roe", "View all posts by X".
_PROFILE_LINK = re.compile(
    r"(?:view (?:full )?profile|(?:read|see|view) (?:full )?bio|"
    r"(?:see|view|read) all (?:posts|articles|stories)(?: (?:by|from) [^.!?]{1,40})?|"
    r"more (?:articles|stories|posts) (?:by|from) [^.!?]{1,40})\W*$",
    re.I,
)

# The words an author box's profile link and the rules for reprinting hold (each pattern is
# tried only on a line holding its own: `_is_reprint_notice`, `_is_prompt`).
_PROFILE_MARKS = (
    *("profile", "bio", "all posts", "all articles", "all stories"),
    *("articles by", "stories by", "posts by", "articles from", "stories from", "posts from"),
)
_REPRINT_MARKS = (
    *("reprodu", "riproduzione", "republi", "redistribut", "reprint", "перепечат", "при "),
    *("przedruk", "kopiowanie", "nachdruck", "izinsiz", "dilarang", "απαγορεύεται", "يمنع"),
)
# (each looked for as `LiteralMarks`: an ASCII line asked for these cores first)
_PROFILE_MARKED = LiteralMarks(_PROFILE_MARKS, ("profile", "bio", "posts", "articles", "stories"))
_REPRINT_MARKED = LiteralMarks(
    _REPRINT_MARKS,
    ("repr", "ripro", "republ", "redistr", "przedr", "kopiow", "nachdr", "izinsiz", "dilarang"),
)
# What a thanks, a rating prompt, a follow prompt, a form pointer, a profile link, a video
# teaser, the rules for reprinting or a reserved-rights notice holds, looked for first in the
# lowered line (a notice opening on its mark is looked for without it).
_SITE_LINE_MARKS = (
    "thank",
    "merci",
    "dank",
    "gracias",
    "follow",
    "form below",
    "rights",
    "droits",
    "derechos",
    "rechte",
    "direitos",
    "diritti",
    *_PROFILE_MARKS,
    # rating prompts and a vote's thanks
    "rate this",
    *("rating:", "ratings:", "to rate", "votes)", "vote cast)"),
    "helpful",
    "оцените",
    "учтен",
    "учтён",
    "принят",
    "oceń",
    "notez",
    "bewerten",
    "hilfreich",
    "nützlich",
    *_REPRINT_MARKS,  # the rules for reprinting
    # a video teaser
    "watch",
    "video",
    "vídeo",
    "vidéo",
    "wideo",
    "видео",
    "відео",
    "assista",
    "regardez",
    "izle",
    "βίντεο",
)
_MARKED = any_literal(_SITE_LINE_MARKS)

# A player's or gallery's controls, whole lines, lowered and stripped of marks at the edges.
_PLAYER = frozenset(
    "full screen|fullscreen|exit full screen|exit fullscreen|autoplay|skip ad|skip ads|"
    "view photos|view gallery|view all photos|open gallery|replay|mute|unmute|play video|"
    "watch video|now playing|up next|more videos|next slide|previous slide|×|✕|embed|"
    "scroll down for video|view full gallery|loading new images|"
    "plein écran|lecture automatique|vollbild|pantalla completa|schermo intero|"
    "tela cheia|ecrã inteiro|pełny ekran|полноэкранный режим|tam ekran|"
    # a shopping widget's labels and buttons, which review pages print by each product
    "best prices today|today's best deals|today’s best deals|view deal|view deals|see deal|"
    "check price|check prices|see price|see prices|compare prices|buy now|shop now|"
    "lowest price".split("|")
)
# A shopping widget's price button or its source line: "$199 at Amazon", "£49.99 at Argos",
# "Price comparison from over 24,000 stores worldwide".
_SHOP_LINE = re.compile(
    r"[$£€]\s?\d[\d.,]*\s+at\s+[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,3}$|"
    r"[Pp]rice comparison from (?:over )?[\d,.]+ (?:stores|retailers)",
)
_MAX_SHOP_LINE = 60
_EDGE = " .:!?|•·-–—()[]"
_MAX_PLAYER = 24
_COUNTDOWN = re.compile(r"(?:wait|continue in|next video in) \d{1,2} seconds?\b", re.I)
_EMBED_CODE = re.compile(r"embed\s*:?\s*<iframe\b", re.I)
# A player's length ("13-Minute Listen", "4 min watch") and a video teaser's title closed by
# its button ("Preventing Heart Attacks Watch Video").
_DURATION = re.compile(r"\d{1,3}[- ]?(?:min(?:ute)?s?|m)\.? (?:listen|watch|video)$", re.I)
_MAX_DURATION = 30
# A player's length under its label, the line's whole: « Durée : 02:31 », "Duration: 1:02:31",
# "Dauer: 3:15", « Durée de la vidéo : 2 min 31 ». An article's sentence goes on after a time.
_CLIP_LENGTH = re.compile(
    r"(?:durée(?: de la vidéo)?|duration|video length|dauer|länge|duración|durata|duração|"
    r"czas trwania|длительность|продолжительность|süre)\s*[:：]\s*"
    r"(?:(?:\d{1,2}:)?\d{1,2}:\d\d|\d{1,3}\s*min(?:utes?)?\.?\s*(?:\d{1,2}\s*s?)?)\W*$",
    re.I,
)
_CLIP_LABEL_HEADS = ("du", "da", "vi", "lä", "cz", "дл", "пр", "sü")
# A player's fallback for a browser it cannot play in, printed as a line of the page (inside
# <video> it is no text): "Your browser does not support the video tag.", « Votre navigateur
# ne supporte pas la lecture de vidéos. », "Ihr Browser unterstützt kein HTML5-Video.". Read
# at the line's start only, in lower case; no reference on disk keeps one.
_OLD_BROWSER = re.compile(
    r"(?:sorry, )?(?:your (?:web |current )?browser|this browser) (?:does not|doesn't|cannot|"
    r"can't|does not currently) (?:support|play|display)|"
    r"votre navigateur (?:ne (?:supporte|prend|permet|peut)|n['’](?:accepte|est))|"
    r"ihr browser (?:unterstützt|kann) |(?:tu|su) navegador no |il tuo browser non |"
    r"(?:o )?seu navegador não |twoja przeglądarka nie |ваш браузер не |"
    r"(?:je|uw) browser (?:ondersteunt|kan) "
)
_OLD_BROWSER_HEADS = (
    *("your ", "this browser", "sorry, your", "votre navigateur", "ihr browser", "tu navegador"),
    *("su navegador", "il tuo browser", "seu navegador", "o seu navegador", "twoja przegl"),
    *("ваш браузер", "je browser", "uw browser"),
)
_MAX_OLD_BROWSER = 160
_VIDEO_TEASER = re.compile(r"[^.!?]{3,90}\s(?:watch|play) video$", re.I)
_MAX_VIDEO_TEASER = 100
# A teaser for a video, its label before a colon: "WATCH VIDEO: ...", "ZOBACZ WIDEO: ...",
# "Смотрите видео: ...", "Veja o vídeo: ...". A sentence about a video goes on without one.
_VIDEO_LABEL = re.compile(
    r"^(?:watch(?: the)?(?: video)?|video|vídeo|vidéo|zobacz (?:też |także )?(?:wideo|video)|"
    r"смотрите(?: также)? видео|видео|дивіться відео|відео|mira el (?:video|vídeo)|"
    r"veja o vídeo|assista(?: ao vídeo)?|guarda il video|video ansehen|regardez(?: la vidéo)?|"
    r"videoyu izle|izle|tonton video|saksikan video|δείτε το βίντεο|βίντεο)\s*[:：|]\s*\S",
    re.I,
)


def _is_player_line(text: str, lowered: str) -> bool:
    """A player's or gallery's control, countdown or embed code alone on its line."""
    if len(text) <= _MAX_PLAYER and lowered.strip(_EDGE) in _PLAYER:
        return True
    n = len(text)
    if n <= _MAX_SHOP_LINE and text[:1] in "$£€Pp" and _SHOP_LINE.match(text):
        return True
    if n <= _MAX_DURATION and text[:1].isdigit() and _DURATION.match(text):
        return True
    if n <= _MAX_DURATION and lowered.startswith(_CLIP_LABEL_HEADS) and _CLIP_LENGTH.match(text):
        return True
    if (
        n <= _MAX_OLD_BROWSER
        and lowered.startswith(_OLD_BROWSER_HEADS)
        and _OLD_BROWSER.match(lowered) is not None
    ):
        return True
    if n <= _MAX_PHOTO_CREDIT and "," in text and _NAMED_CREDIT.match(text):
        return True
    if (
        n <= _MAX_PHOTO_CREDIT
        and _credit_shaped(text, lowered)
        and _AGENCY_MARKED.search(lowered)
        and _PHOTO_CREDIT.match(text)
    ):
        return True
    if lowered.startswith(("wait", "continue in", "next video")):
        return _COUNTDOWN.match(text) is not None and len(text) <= 2 * _MAX_PLAYER
    return lowered.startswith("embed") and _EMBED_CODE.match(text) is not None


# What each of the prompts' and notices' patterns holds, looked for before it is tried (most
# lines holding a mark of `_MARKED` hold it for another pattern: "watch", "rights", "bio").
_RESERVED_MARKS = ("reserv", "réserv", "vorbehalten", "riservat")
_RATING_OPENINGS = (
    *("please rate", "rate this", "was this", "оцените", "oceń", "notez", "bewerten"),
    "war der ",
)
_RATING_WORDS = (
    *("war dieser", "учтен", "учтён", "принят", "rating:", "ratings:", "to rate", "votes)"),
    "vote cast)",
)
_RESERVED_MARKED = LiteralMarks(_RESERVED_MARKS, ("reserv", "vorbehalten", "riservat"))
_RATING_MARKED = LiteralMarks(
    _RATING_WORDS, ("war dieser", "rating:", "ratings:", "to rate", "vote")
)
_VIDEO_OPENINGS = (
    *("watch", "video", "vídeo", "vidéo", "zobacz", "смотрите", "видео", "дивіться", "відео"),
    *("mira el", "veja o", "assista", "guarda il", "regardez", "izle", "tonton", "saksikan"),
    *("δείτε", "βίντεο"),
)


def _is_reprint_notice(text: str, lowered: str) -> bool:
    """A notice of rights banning reuse, or the site's rules for reprinting (a line holding a
    mark of `_MARKED`, as every rule and reserved-rights phrase does, unless it opens on the
    rights mark)."""
    rights = _RIGHTS_OPENING.match(lowered) is not None or (
        _RESERVED_MARKED.search(lowered) is not None
        and _is_marked(lowered)
        and _RESERVED.search(text) is not None
    )
    if rights and _NO_REUSE.search(text) is not None:
        return True
    return (  # (each of _REPRINT_MARKS is a mark of `_MARKED`)
        len(text) < _MAX_RULE_LINE
        and _REPRINT_MARKED.search(lowered) is not None
        and _REPRINT_RULE.search(text) is not None
    )


def _is_prompt(text: str, lowered: str) -> bool:
    """A form's or a poll's thanks, a prompt to rate the article, to fill in the form below,
    to follow the site or to watch a video, or an author box's link to a profile (in a line
    holding a mark of `_MARKED`: "follow", "form below", "video" and `_PROFILE_MARKS` are
    marks, the other tests look for one once their cheaper gate passed)."""
    n = len(text)
    if n <= _MAX_THANKS and _FORM_THANKS.match(text) and _is_marked(lowered):
        return True
    if n <= _MAX_FOLLOW and "follow" in lowered and _FOLLOW_SITE.search(text):
        return True
    if "form below" in lowered and _FORM_BELOW.search(text):
        return True
    if n <= _MAX_VIDEO_TEASER and lowered.endswith(" video") and _VIDEO_TEASER.match(text):
        return True
    if n < _MAX_RULE_LINE:
        if (
            (lowered.startswith(_RATING_OPENINGS) or _RATING_MARKED.search(lowered) is not None)
            and _is_marked(lowered)
            and _RATING.search(text)
        ):
            return True
        if lowered.startswith(_VIDEO_OPENINGS) and _is_marked(lowered) and _VIDEO_LABEL.match(text):
            return True
    return _PROFILE_MARKED.search(lowered) is not None and _PROFILE_LINK.search(text) is not None


def _is_marked(lowered: str) -> bool:
    """The lowered line holds a mark of `_MARKED`: asked only once a test's cheaper gate
    passed (the search scans a long line at nearly every letter)."""
    return _MARKED.search(lowered) is not None


def is_site_line(text: str, lowered: str | None = None, unmarked: bool = False) -> bool:
    """A reprint notice, a form's or a poll's line, a prompt to follow the site or to watch a
    video, an author box's profile link, or a player's or a shopping widget's controls
    (`lowered`: `text.lower()`, when the caller has it; `unmarked`: the caller found that
    `lowered`, not ASCII, holds no word of `_SITE_LINE_MARKS`)."""
    if len(text) > _MAX_NOTICE:
        return False
    lowered = text.lower() if lowered is None else lowered
    if _is_player_line(text, lowered):
        return True
    if not lowered.isascii() and (unmarked or not _is_marked(lowered)):
        # (outside ASCII the mark is looked for first: few of the line's letters start one,
        # and each `in` test of an ASCII word converts the word; an ASCII line of prose is
        # scanned at nearly every letter, its cheaper gates asked instead)
        return _RIGHTS_OPENING.match(lowered) is not None and _NO_REUSE.search(text) is not None
    return _is_reprint_notice(text, lowered) or _is_prompt(text, lowered)
