"""The site's appeals to its reader printed as a line of the article: a newsletter or app
pitch, a plea to pay for its journalism, a paywall's prompt to subscribe and read on, a call
for donations, an affiliate-links disclosure, an invitation to comment and the rules of its
comment section, an invitation to write to it.

The markup around such a line names nothing furniture words catch; the line itself is short
(`_MAX_APPEAL` characters) and says what it asks. A line about a newsletter, donations or
affiliates that asks the reader for nothing ("the same mobility newsletter you love", "all
blood donations are screened") is text; so is a longer one. Patterned after no site.
"""

from __future__ import annotations

import re

from pipeline.maintext.disclaimers import DISCLAIMER_MARKS, is_editorial_disclaimer
from pipeline.maintext.frenchoffers import FR_OFFER, FR_OFFER_WORDS
from pipeline.maintext.ownchannels import OWN_CHANNEL_BRANCHES, OWN_CHANNEL_WORDS
from pipeline.text.scripts import STOP_CHAR
from pipeline.web.html import any_literal_anchored, lowers_plainly

_SENTENCE_END = (".", "!", "?", *STOP_CHAR)  # a sentence's stop in any script

# A pitch for the site's newsletter or for paying its journalism: "Get more local news
# delivered straight to your inbox. Sign up for free newsletters", "Want more? Sign up for our
# newsletter, ...", "If you're enjoying this article, consider supporting our journalism by
# subscribing".
_PITCH = re.compile(
    r"newslet\w*\b.{0,120}\b(sign(ing)? ?up|subscrib|inbox|zapisz|abonn|inscri|suscr|iscriv|"
    r"assin|cadastr|berlangganan|langganan)|"
    r"\b(sign(ing)? ?up|subscrib|inbox|get (our|the)|zapisz|abonn|inscri|suscr|iscriv|assin|"
    r"cadastr|berlangganan|langganan)"
    r".{0,120}newslet|"
    r"\b(support|supporting|fund|funding)\s+(our|independent)\b.{0,40}\b(journalism|newsroom)",
    re.I,
)
# A call to pay for the site's work: "Support our work by signing up for X+ (sponsor-free)",
# "Your monthly donations play a crucial role in supporting our operations", "Support X!
# Donate via ..., become a Patron on Patreon", « Soutenez-nous, faites un don », "Unterstützen
# Sie uns mit einer Spende". The site speaks of itself ("our work", "us") and names a way to
# pay; a donation the article reports on does neither.
_FUNDING_BRANCHES = (
    r"\b(support|supporting|sustain|sustaining|fund|funding)\s+(us|our (work|operations|"
    r"reporting|mission|site|coverage|newsroom|journalism))\b.{0,160}?"
    r"\b(donat|sponsor|subscri|sign(ing)? ?up|member|patron|contribut)|"
    r"\b(donat\w*|sponsor\w*|subscri\w*|sign(ing)? ?up|membership|contributions?)\b.{0,160}?"
    r"\b(support|supporting|sustain|sustaining|fund|funding)\s+(us|our (work|operations|"
    r"reporting|mission|site|coverage|newsroom|journalism))\b",
    r"\bdonate (via|to us|now|today|here)\b|\bbecome a (patron|supporter)\b|\bpatreon\b|"
    r"\bfaites un don\b|\bsoutenez[- ]nous\b|\bunterstützen sie uns\b|\bhaz una donación\b|"
    r"\bwesprzyj nas\b",
)
_FUNDING = re.compile("|".join(_FUNDING_BRANCHES), re.I)
# (each branch's words, `_APPEAL_SEARCHES`: a line of prose on funding names no way to pay)
_FUNDING_WORDS = (
    ("donat", "sponsor", "subscri", "sign", "member", "patron", "contribut"),
    ("donate ", "become a ", "patreon", "faites un don", "soutenez", "unterstützen sie uns")
    + ("haz una donaci", "wesprzyj nas"),
)
# A disclosure of affiliate links: "This article includes affiliate links. These links have no
# influence on our editorial content", "We may earn a commission when you buy through links
# on our site", « Cet article contient des liens affiliés », "enthält Affiliate-Links".
_AFFILIATE = re.compile(
    r"\baffiliate[- ]links?\b|\bliens? (affiliés?|d'affiliation)\b|\benlaces de afiliad|"
    r"\blink di affiliazione\b|\blinki afiliacyjne\b|"
    r"\b(we|may|might) (may )?(earn|receive|get) (a )?(small )?(commission|compensation|share of)",
    re.I,
)
# The comment section's rules opening a paragraph of them, which may run long: "Comments that
# are judged to be defamatory ... will not be approved and ...", "TERMS OF USE: The views,
# opinions and comments posted are yours, and are not endorsed by this website. ...", "X is
# now using Facebook Comments on our stories ... To post a comment, log into Facebook ...".
# (a sentence reporting someone's words is the story's: "..., the company said")
_UNREPORTED = r"(?![^.!?]*\b(?:said|says|told|argued|according|added|claimed|insisted|wrote)\b)"
COMMENT_RULES = (
    r"^(?:terms of use\W+)?(?:the )?(?:views|opinions|comments)\b.{0,60}\bare not "
    r"(?:necessarily )?endorsed by\b|"
    r"^" + _UNREPORTED + r"comments? (?:that|which) (?:are )?(?:judged|deemed|considered|found)"
    r"\b.{0,80}\bwill "
    r"(?:not be (?:approved|published|posted|accepted)|be (?:removed|deleted|rejected))\b|"
    r"^.{0,40}\b(?:is|are) (?:now )?using facebook comments\b"
)
_COMMENT_RULES = re.compile(COMMENT_RULES, re.I)
_MAX_COMMENT_RULES = 1000  # (characters of a paragraph of them: `is_long_appeal`)
# The comment section's rules, printed above or below the readers' comments ("The comments
# below have not been moderated", "The views expressed ... are those of our users and do not
# necessarily reflect ...", "By submitting your comment, you agree to our Terms"): the
# readers' section, not the article. (The invitation to comment, "Add your comment", "Join the
# conversation", and "Comments are closed", in forty languages, are labels:
# `labels.is_comment_prompt`.)
_COMMENTS = re.compile(
    r"\bcomments? (?:below )?(?:have|has) not been moderated\b|"
    r"\bviews expressed\b.{0,80}\bare (?:solely )?those of (?:our |the )?(?:users|readers|"
    r"commenters)\b|"
    r"\bnot necessarily (?:endorse|reflect|represent)\b.{0,40}\b(?:views|opinions|comments)"
    r" (?:posted|expressed)\b|"
    r"\bby (?:submitting|posting) (?:a |your )?comments?,? you agree\b|"
    r"\byou can comment on (?:most|all|our) (?:stories|articles|posts)\b|"
    r"\bwhat other readers have said\b|"
    r"\bjoin (?:in )?the (?:conversation|discussion) by (?:commenting|leaving a comment)\b|"
    # the readers' posts held back or answered for, a line of its own reporting no one's words
    # ("Submitted comments are subject to moderation before being displayed", "All opinions
    # are moderated before being included", "Please read our terms of use before posting
    # comments", "X is not responsible for the opinions ... presented by contributors")
    r"^" + _UNREPORTED + r"\W*(?:\w+ ){0,2}?(?:comments?|opinions) (?:are|is|will be) "
    r"(?:subject to moderation|(?:pre-?)?moderated|reviewed|screened) (?:\w+ ){0,3}?before\b|"
    r"^" + _UNREPORTED + r"\W*(?:please )?read (?:our|the) (?:terms|rules|guidelines|"
    r"community \w+|comments? policy)\b.{0,30}\bbefore (?:posting|commenting|submitting|"
    r"leaving)\b|"
    r"^" + _UNREPORTED + r".{0,60}?\b(?:is|are) not responsible for (?:the )?(?:opinions|views|"
    r"statements|comments)\b.{0,60}\b(?:contributors|readers|users|commenters|visitors)\b|"
    + COMMENT_RULES,
    re.I,
)
# An invitation to write to the site: "We'd like to hear what you think about this or any of
# our articles", "Want us to cover more about X? Email us at x@example.com", "Tell us what you
# think". A reader's own story asked for ("Send your story ideas to ...") is left to the
# text: a corpus gold keeps one.
_WRITE_TO_US = re.compile(
    r"\bwe(?:'|’)?d (?:like|love) to hear (?:what you think|from you)\b|"
    r"\bwe want to hear (?:from you|what you think)\b|\b(?:tell|let) us (?:know )?what you think\b|"
    r"\bwant us to (?:cover|write about|look into)\b|\b(?:e-?mail|write to) us at\b",
    re.I,
)
# A paywall's prompt printed under the article's teaser: "Subscribe to continue reading",
# "This article is only available to subscribers", "Already a subscriber?", "Get unlimited
# digital access", "You've read 3 of 5 free articles", and in German, Spanish, Italian,
# Portuguese, Polish and Dutch (French in `linekinds.BOILERPLATE_LINE`). Its lines ask the
# reader to pay or log in to read on; a sentence about subscribers goes on past such words.
_PAYWALL_OPENING = re.compile(
    r"(?:subscribe|sign up|register|log ?in|create (?:a )?(?:free )?account)\b.{0,40}"
    r"\b(?:to|and) (?:continue|keep|start) reading\b|"
    r"(?:to )?(?:continue|keep) reading\b.{0,60}\b(?:subscri|sign up|log ?in|register|account)|"
    r"(?:this|the) (?:article|story|content|post) is (?:only )?(?:available |reserved )?(?:only )?"
    r"(?:for|to) (?:our )?(?:paid |premium |digital )?(?:subscribers|members)\b|"
    r"(?:exclusive|only) (?:to|for) (?:our )?(?:paid |premium |digital )?subscribers\b|"
    r"already (?:a subscriber|have an account|subscribed|a member)\s*\?|"
    r"get unlimited (?:digital )?access\b|"
    r"unlock (?:this|the full) (?:article|story)\b|"
    r"(?:jetzt )?weiterlesen mit\b|"
    r"para seguir leyendo\b|¿ya eres suscriptor|(?:contenido )?exclusivo para suscriptores\b|"
    r"per continuare a leggere\b|(?:contenuto |articolo )?riservato agli abbonati\b|"
    r"para continuar (?:lendo|a ler)\b|já é assinante|(?:conteúdo )?exclusivo para assinantes\b|"
    r"masz już (?:subskrypcję|prenumeratę|konto)|(?:\w+ )?(?:dostępn\w+ )?tylko dla "
    r"(?:subskrybentów|prenumeratorów)\b|"
    r"al abonnee\b|lees verder met\b",
    re.I,
)
# (the prompt's forms that may stand after a few words: read anywhere in the line)
_PAYWALL_ANYWHERE = re.compile(
    r"\byou(?:'|’)?ve (?:read|reached) (?:your|\d+ of \d+|all) (?:of your )?(?:free )?"
    r"(?:articles|stories)\b|"
    r"\byou have reached (?:your|the) (?:limit|maximum) of free (?:articles|stories)\b|"
    r"\bsuscr[ií]bete para (?:seguir|continuar) leyendo\b|"
    # French: the meter ("Vous avez lu 3 articles sur 5 ce mois-ci", "Vous avez atteint votre
    # limite d'articles gratuits"), the share left ("Il vous reste 65% de cet article à
    # lire"), the lock ("Cet article est réservé aux abonnés")
    r"\bvous avez (?:lu|consulté|atteint) (?:vos |votre |la |le )?(?:\d+ (?:articles?|contenus?)"
    r"|limite|nombre maximum|quota)\b|"
    r"\bil vous reste \d+(?:[.,]\d+)?\s?% (?:de (?:cet |l['’])article|à lire|à découvrir)|"
    r"^(?:cet |l['’])article (?:vous )?est réservé aux abonnés\b|"
    r"\b(?:artikel|beitrag|inhalt)\w* (?:ist )?nur für abonnent|"
    # Japanese: "この記事は会員限定です" (for members only), "［有料会員限定］" (paid members
    # only), "電子版に登録すると続きをお読みいただけます" (register to read the rest)
    r"(?:記事|コンテンツ)は(?:有料)?会員限定|有料会員限定|続きを(?:お読み|読むことが)|"
    # the lock in other languages, a line naming the article (its noun first, or after
    # "this"): "Ten artykuł jest dostępny tylko dla subskrybentów", "Este artículo es
    # exclusivo para suscriptores", "Artikel ini khusus untuk pelanggan", "Tento článek je
    # dostupný pouze pro předplatitele", "Ez a cikk csak előfizetőknek érhető el" (a
    # service "available only to subscribers" names no article)
    r"^\W*(?:\w+\s+){0,2}(?:artyku\w*|treś\w*|materia\w*|artícul\w*|contenid\w*|nota|"
    r"artikel\w*|berita|konten|článek|obsah|cikk\w*|tartalom)\b[^.!?]{0,40}"
    r"\b(?:tylko|wyłącznie|exclusiv\w*|solo|sólo|únicamente|khusus|hanya|pouze|jen|endast|"
    r"enbart|csak|kizárólag)\b[^.!?]{0,20}"
    r"(?:subskrybent|prenumerator|suscriptor|pelanggan|předplatitel|prenumerant|előfizet)"
    r"\w*(?:\W+\w+){0,2}\W*$",
    re.I,
)
# The site's pitch for its own subscription, app or podcast, or its call for the reader's own
# case, which may run to a paragraph: "Download and subscribe to the brand new X app to make
# your goals a reality", "... compiled into a playlist exclusive to our subscribers",
# "To sign up for all those benefits ..., you can click here", "Do you have an issue with a
# company that you haven't been able to resolve? If so, X wants to help you!". The site
# speaks of its own subscribers ("our"), or the reader is told to subscribe and to click, or
# asked for a case the site offers to take up; an article about an app or a streaming
# service's subscribers does none of these.
_OWN_PITCH = re.compile(
    r"\b(?:download|listen|tune in) and subscribe to\b|"
    r"\b(?:exclusive|only) (?:to|for) our (?:paid |premium |digital )?(?:subscribers|members)\b|"
    r"\b(?:sign(?:ing)? ?up|subscrib\w*)\b.{0,120}\bclick(?:ing)?\s+here\b|"
    r"\bclick(?:ing)?\s+here to (?:sign ?up|subscribe|join|become a (?:member|subscriber))\b|"
    r"^do you have (?:a|an) (?:issue|problem|story|tip|complaint)\b[^?]{0,120}\?.{0,80}"
    r"\b(?:wants? to (?:help|hear from) you)\b|"
    # the French pitch of a newsletter for subscribers: « Si vous êtes abonné, vous pouvez
    # vous inscrire à cette lettre en suivant ce lien »
    r"\babonnée?s?\b.{0,160}\b(?:inscri\w*|abonner)\b.{0,100}\b(?:en suivant ce lien|"
    r"en cliquant ici|cliquez ici)",
    re.I,
)
_OWN_PITCH_WORDS = ("subscribe", "members", "click", "do you have", "abonn")
_MAX_APPEAL = 300
MAX_OWN_PITCH = 600  # (a paragraph: `_OWN_PITCH` only, over `_MAX_APPEAL`)
MAX_LONG_APPEAL = max(MAX_OWN_PITCH, _MAX_COMMENT_RULES)  # (`is_long_appeal`)
# The heading over an appeal: "This story is funded by readers like you", "On supporting
# science journalism", "Support independent reporting": a short line, no sentence, naming
# support or the site's journalism. Dropped with the appeal under it, not alone.
_APPEAL_TITLE = re.compile(
    r"\b(support\w*|fund\w*|donat\w*|journalism|newsroom|newslet\w*|subscri\w*|member\w*|"
    r"ne rien manquer|ne manquez rien|never miss)\b",  # « Pour ne rien manquer de l'actualité »
    re.I,
)
_MAX_APPEAL_TITLE = 80
# A newsletter form's lines and a metered paywall's count, in English: the form's heading
# naming an e-mail or alerts, not a newsletter ("Sign up to our free Breaking News email",
# "Sign up for the Morning Briefing email"), its consent box ("I would like to be emailed
# about offers, events and updates from X"), the count of free articles left ("You have 3
# free articles left this month"). A sentence about a sign-up names no e-mail of "our" or
# "the" site's at its end, and reports no count to "you".
_FORM = re.compile(
    r"^sign(?:ing)? ?up (?:to|for) (?:our|the) (?:free )?[^.!?]{0,60}\b(?:e-?mails?|alerts|"
    r"briefing)[.!]?$|"
    r"\bi(?: would|'d|’d) like to (?:be emailed|receive (?:e-?mails|offers|updates))\b|"
    r"\byou have (?:\d+|one|two|three|four|five) (?:more )?free (?:articles?|stories|reads)"
    r" (?:left|remaining)\b",
    re.I,
)
_FORM_WORDS = (
    *("sign up", "signing up", "signup", "like to be emailed", "like to receive"),
    *("free article", "free stories", "free reads"),
)
# The subscribers a paywall's lock names in other languages (`_PAYWALL_ANYWHERE`'s last
# branch), lowered: the marks of such a line and the words its search needs. (Each holds a
# letter of `linekinds._MARK_LETTERS`: Russian "подписчик", Dutch "abonnee", Turkish "abone"
# hold none, and a gate letter common in their prose would send most lines to the search.)
_LOCK_WORDS = (
    *("subskrybent", "prenumerator", "suscriptor", "pelanggan", "předplatitel"),
    *("prenumerant", "előfizet"),
)
# What every match holds, looked for first in the lowered line.
_MARKS = (
    *("newslet", "journalism", "newsroom"),
    *("donat", "patreon", "patron", "sponsor", "support"),
    "soutenez",
    "faites un don",
    "unterstützen",
    "donación",
    "wesprzyj",
    "affili",
    "afili",
    "commission",
    "comment",
    "conversation",
    "discussion",
    "views",
    "opinions",
    "other readers",
    "hear",
    "us at",
    "what you think",
    "want us",
    # (`_PAYWALL_OPENING`, `_PAYWALL_ANYWHERE`)
    *_LOCK_WORDS,
    "reading",
    "会員限定",
    "続きを",
    "subscri",
    "members",
    "already",
    "unlimited",
    "you've",
    "you’ve",
    "youve",
    "you have reached",
    "vous avez",
    "il vous reste",
    "réservé aux abonnés",
    "unlock",
    "weiterlesen",
    "nur für",
    "leyendo",
    "suscriptor",
    "leggere",
    "riservato agli",
    "para continuar",
    "já é assinante",
    "masz już",
    "tylko dla",
    "al abonnee",
    "lees verder",
    # (`_FORM`)
    *_FORM_WORDS,
    # (`_OWN_PITCH`)
    "click",
    "do you have",
    # (`OWN_CHANNEL`)
    *OWN_CHANNEL_WORDS,
    "compensation",
    *FR_OFFER_WORDS,
    *DISCLAIMER_MARKS,  # (`is_editorial_disclaimer`)
)
_MARKED = any_literal_anchored(_MARKS)  # (a line holds one of the marks; each tried from
# its rarest letter: a prose line holding none is read in a third of the trials)
# The patterns searched on a line holding a mark, each with words one of which every match
# holds, lowered: a line holding a mark ("declined to comment") but none of a pattern's words
# is not searched with it (each search of a line costs 10-30 us), where its lowered form
# holds every word found in it (`lowers_plainly`). (`_PAYWALL_OPENING`: matched at the start
# only, cheap.)
_APPEAL_SEARCHES: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (_PITCH, ("newslet", "journalism", "newsroom")),
    (re.compile(_FUNDING_BRANCHES[0], re.I), _FUNDING_WORDS[0]),
    (re.compile(_FUNDING_BRANCHES[1], re.I), _FUNDING_WORDS[1]),
    (_AFFILIATE, ("affili", "afili", "commission", "compensation", "share of")),
    (
        _COMMENTS,
        (
            *("moderat", "views expressed", "not necessarily", "you agree"),
            *("you can comment on", "what other readers have said", "conversation by"),
            *("discussion by", "reviewed", "screened", "before posting", "before commenting"),
            *("before submitting", "before leaving", "not responsible for", "endorsed by"),
            *("comment that", "comments that", "comment which", "comments which"),
            "facebook comments",
        ),
    ),
    (_WRITE_TO_US, ("to hear", "what you think", "want us to", "us at")),
    (_OWN_PITCH, _OWN_PITCH_WORDS),
    (_FORM, _FORM_WORDS),
    (FR_OFFER, FR_OFFER_WORDS),
    *((re.compile(src, re.I), words) for src, words in OWN_CHANNEL_BRANCHES),
)
_PAYWALL_ANYWHERE_WORDS = (
    *("ve rea", "you have reached", "bete para", "nur für abonnent", "会員限定", "続きを"),
    *("vous avez", "il vous reste", "réservé aux abonnés"),
    *_LOCK_WORDS,
)


def is_appeal(text: str, lowered: str | None = None) -> bool:
    """A short line asking the reader to subscribe, sign up, donate or buy through links.
    `lowered`: `text.lower()`, when the caller has it."""
    if len(text) >= _MAX_APPEAL:
        return False
    lowered = text.lower() if lowered is None else lowered
    if _MARKED.search(lowered) is None:
        return False
    plain = lowers_plainly(lowered)
    for pattern, words in _APPEAL_SEARCHES:
        if plain and not _holds_any(lowered, words):
            continue
        if pattern.search(text) is not None:
            return True
    return _is_paywall_prompt(text, lowered, plain) or is_editorial_disclaimer(text)


def is_long_appeal(text: str) -> bool:
    """A paragraph of `_MAX_APPEAL` to `MAX_OWN_PITCH` characters pitching the site's own
    subscription, app or podcast (`_OWN_PITCH`), one that names it ("subscribe",
    "subscribers": a paragraph's pitch does, a short line's may not), or of up to
    `_MAX_COMMENT_RULES` opening on the comment section's rules (`COMMENT_RULES`) or on an
    editorial disclaimer (`is_editorial_disclaimer`): a shorter one is `is_appeal`'s."""
    if len(text) < _MAX_APPEAL:
        return False
    if is_editorial_disclaimer(text):
        return True
    if "omment" in text or "OMMENT" in text:  # (scans: most paragraphs are not searched)
        if len(text) < _MAX_COMMENT_RULES and _COMMENT_RULES.match(text) is not None:
            return True
    if "ubscri" not in text and "abonn" not in text:
        return False
    return len(text) < MAX_OWN_PITCH and _OWN_PITCH.search(text) is not None


def _holds_any(lowered: str, words: tuple[str, ...]) -> bool:
    """One of `words` is in `lowered`."""
    for word in words:  # (a loop: any() over a generator costs more)
        if word in lowered:
            return True
    return False


def _is_paywall_prompt(text: str, lowered: str, plain: bool) -> bool:
    """A paywall's prompt (`_PAYWALL_OPENING` at the line's start, `_PAYWALL_ANYWHERE`;
    `lowered`: `text.lower()`, `plain`: `lowers_plainly(lowered)`)."""
    if _PAYWALL_OPENING.match(text) is not None:
        return True
    if plain and not _holds_any(lowered, _PAYWALL_ANYWHERE_WORDS):
        return False
    return _PAYWALL_ANYWHERE.search(text) is not None


def is_appeal_title(line: str) -> bool:
    """A short heading naming support, donations or the site's journalism (the title of an
    appeal, when one follows it)."""
    return (
        len(line) <= _MAX_APPEAL_TITLE
        and not line.endswith(_SENTENCE_END)
        and _APPEAL_TITLE.search(line) is not None
    )
