"""The class/id word vocabularies of page furniture (`STRONG_NEGATIVE`, `LAYOUT_NEGATIVE`,
`WEAK_NEGATIVE`) and of article text (`POSITIVE`), and the reading of an element's class and
id against them: the kind ("strong", "layout", "weak" or "") its words name, the modifier
tokens that never mark a node as furniture left out."""

from __future__ import annotations

import functools
import re

from pipeline.web.htmltree import HtmlElement
from pipeline.web.wordpatterns import WordPattern

# class/id words of text printed for screen readers only, as "visually-hidden" is: a label
# read aloud ("Media caption", "(opens in a new tab)", "Posted in"), not shown on the page.
SCREEN_READER_WORDS = r"sr-?only|sr_only|sr-text|screen-?reader|off-?screen|assistive-text|a11y-sr"
SCREEN_READER_ONLY = WordPattern(SCREEN_READER_WORDS)
# class/id words that mark boilerplate whatever else the attribute says: furniture that may
# hold sentences (comments, related teasers, notices, captions, hidden copies).
STRONG_NEGATIVE = WordPattern(
    r"comment|related|recommend|copyright|advert|sponsor|subscribe|newsletter|popup|modal|"
    r"outbrain|taboola|tuijian|xgyd|xgxw|xgwz|pinglun|paihang|disclaimer|\bad\b|\bads\b|"
    # pinyin "remen" (热门, "hot": a most-read box) where a name or a word starts: inside an
    # English word it is no box ("requirements", a recipe's ingredients; "measurements",
    # "retirement", an "incremental" list of a post's steps)
    r"\bremen|_remen|"
    r"adsbygoogle|login|signup|promo|hidden|\bhide\b|cookie|" + SCREEN_READER_WORDS + r"|"
    # text printed for screen readers only (`SCREEN_READER_WORDS`)
    r"caption|credit|img-meta|legende|paywall|savoir-?plus|"
    # an overlay over the page, named as one: a consent manager's banner or preference
    # window (the vendors' containers: OneTrust, Didomi, Usercentrics, Sourcepoint's
    # "sp_message", consentmanager's "cmpbox", Quantcast's "qc-cmp2"), an interstitial. Never
    # the article: it lies over it. Not "cmp" alone: Adobe's Core Components print every
    # block of an article as "cmp-text", "cmp-container". Not "lightbox": the script's hook
    # on a picture beside the text ("o-media js-lightbox-gallery") says so (see the tags).
    r"consent|gdpr|cmpbox|qc-cmp|onetrust|didomi|usercentrics|sp_message|interstitial|"
    # a site's feedback prompt ("Share your feedback to help improve our site!", "Was this
    # page helpful?"): about the site, not the article
    r"feedback|"
    # a carousel's cloned slides: the copies of its first and last slides an infinite loop
    # prints around them (Slick's "slick-cloned", Owl's "owl-item cloned", Swiper's
    # "swiper-slide-duplicate", bxSlider's "bx-clone", Glide's and Splide's "slide--clone"):
    # their text is the original slide's, printed again
    r"\bcloned\b|slide-?duplicate|slide--?clone|bx-?clone|carousel-?clone|"
    # a video or audio player's control bar, printed as text when the script does not run
    # ("00:00/00:00", "倍速 2.0X 1.5X", "高清 超清 标清", "循环播放", "Loaded: 0%"): buttons
    # and counters, whatever their punctuation (the player's box around it is
    # `LAYOUT_NEGATIVE`'s: it may hold the clip's title and description)
    r"player-?controls?|player-?bar|\bvjs-control|"
    # the readers' comments under a short name ("comm", "comms": "comment" is a word above)
    r"\bcomms?\b|"
    # a wiki's edit link printed beside each section's heading (MediaWiki's "mw-editsection",
    # on every wiki it runs: "简介[编辑]", "History[edit]", "歴史[編集]"): a control for the
    # wiki's editors, not the heading's words (the golds keep the heading without it)
    r"editsection|"
    r"more-?news|hot-?news|\bhotnews|\branking|"
    # a bio under the article ("author_info" as WordPress themes write it: an underscore is
    # a word's character, so each separator is spelled out)
    r"author-?bio|author_bio|about-?(?:the-?)?author|about_author|author-?box|author-?card|"
    r"author-?info|author_info|"
    # a plea for money: donations, contributions, membership ("Become a member", "Support
    # us"); \bsupport\b whole ("supporting" is not)
    r"donat|contribution|membership|\bsupport\b|"
    # a social network's post embedded in the article (its widget's own class, or the embed's
    # wrapper): the post is quoted, not written by the article (no corpus gold keeps one)
    r"twitter-?tweet|twitter-?video|instagram-?media|tiktok-?embed|reddit-?card|reddit-?embed|"
    r"fb-?post|fb-?video|bluesky-?embed|mastodon-?embed|social-?embed|embed-?twitter|"
    r"embed-?instagram|embed-?tiktok|embed-?facebook|twitter-?embed|instagram-?embed|"
    r"facebook-?embed|"
    # a social network's own widget, named for it: its prompts read as sentences ("Click "Add
    # to Timeline" to publish what you read to Facebook", "What's Your Reaction?")
    r"facebook|"
    # the same furniture named in other languages (ASCII, as class names are written):
    # comments (es/pt comentario(s), de/sv/no/da kommentar(e/er), ru kommentarii, pl komentarz(e),
    # id/cs/sk/hr/sl komentar(e), tr yorum(lar), nl reactie(s), hu hozzaszolas)
    r"comentario|kommentar|komentar|yorum|reactie|hozzaszol|"
    # readers' comments as SPIP (a CMS of many French sites) writes them: "forum-fil" for each
    # thread, "forum-message", the "formulaire_forum" to post one. Not "forum" alone: a forum
    # thread's own page holds its first post in a "forum" box
    r"forum-?fil|forum-?message|formulaire_?forum|"
    # related (es/pt relacionado, it correlati, de verwandte, pl powiazane, tr ilgili, nl
    # gerelateerd, id terkait, fr connexe, cs souvisejici, hr/sl/sr povezani, tr benzer: similar)
    r"relacionad|correlat|verwandt|powiazan|ilgili|gerelateerd|terkait|connexe|souvisejic|"
    r"povezan|\bbenzer|"
    # ads (es/pt/it/fr publicidad, publicidade, pubblicita, publicite, de werbung, pl/cs/ru/tr
    # reklama/reklam, es/pt anuncio(s), id iklan, nl reclame, hu hirdetes)
    r"publicidad|publicidade|pubblicit|publicite|\bwerbung|\bwerbe|reklam|anuncio|iklan|reclame|"
    r"hirdetes|"
    # newsletters and subscription offers (es boletin, pt boletim, fr infolettre, nl nieuwsbrief,
    # tr bulten, es suscribete/suscripcion, fr/de/nl abonnement, de abonnieren, it iscriviti,
    # pt assine, tr abone, pl/ru prenumerata). Not French "pub" (English "pub-date" too).
    r"boletin|boletim|infolettre|nieuwsbrief|\bbulten|suscrib|suscripci|abonnement|abonnier|"
    r"iscriviti|\bassine|\babone\b|prenumerat|"
    # "read also" and "most read" boxes
    r"leia-?tambem|veja-?tambem|lee-?tambien|vea-?tambien|leggi-?anche|lire-?aussi|"
    r"voir-?aussi|auch-?interessant|lesen-?sie-?auch|mehr-?zum-?thema|meistgelesen|"
    r"czytaj-?tez|czytaj-?takze|czytaj-?rowniez|najczesciej|ayrica-?oku|en-?cok-?okunan|"
    r"lees-?ook|chitajte-?takzhe|chitaite-?takzhe|mas-?leid|mais-?lid|piu-?lett|"
    # and in English, as news sites name them ("most-popular", "mostRead", "most_viewed",
    # "popular-posts", "trending-stories"): a list of other stories, each with its excerpt,
    # that outscores a short article on the page (The Atlantic's "most-popular" list, eleven
    # thousand characters of teasers beside a three thousand characters' story)
    r"most-?popular|most_popular|most-?read|most_read|most-?viewed|most_viewed|"
    r"most-?shared|most_shared|popular-?posts|popular_posts|popular-?stories|"
    r"popular_stories|popular-?articles|popular_articles|popular-?news|popular_news|"
    r"trending-?posts|trending_posts|trending-?stories|trending_stories|"
    r"trending-?articles|trending_articles|trending-?news|trending_news|trending-?now|"
    r"trending_now"
)
# class/id words that name layout furniture: menus, share buttons, sidebars, tag lists, footers.
# Such furniture is links and labels, never paragraphs of prose: a node so named that holds
# prose is misnamed ("contextmenu Body" paragraphs, a "selectionShareable" paragraph, a text
# column with id "gigya-share-btn", a "sidebar-content" column) and is kept (`is_prose`).
LAYOUT_NEGATIVE = WordPattern(
    r"share|sharing|social|sidebar|side-bar|breadcrumb|crumb|footer|\bnav|navbar|menu|toolbar|"
    r"\bpager\b|pagination|\btags?\b|keyword|jiathis|bdshare|\bbshare|qrcode|erweima|"
    # a fly-out: a menu's panel, a teaser or an appeal a script pops out of a button
    r"flyout|fly-out|"
    # a video or audio player's box: its controls and error notices ("很抱歉，当前视频播放失败"),
    # dropped unless it holds prose (a clip's description printed in it). Not "player" alone:
    # a sports page's "player-stats", "player-name".
    r"video-?player|video_player|audio-?player|audio_player|media-?player|media_player|\bmplayer|"
    r"\bfoot\b|\bfoot_|_foot\b|"
    # a story's tool box ("story_tools": its heading, its print and mail buttons)
    r"tools\b|"
    # a field's label as Drupal prints it ("Tags:", "Release Date:", "Episode Description:"):
    # the label alone, not the field around it ("field-label-above": `_MODIFIER_TOKENS`)
    r"field-?label|field__label|"
    # a kicker: the section's or the genre's word printed over or before a headline or a
    # standfirst ("<span class='slug'>Analyse</span> Après une semaine ...")
    r"kicker|eyebrow|overline|surtitre|\bslug\b|"
    # share buttons in other languages: es compartir, pt compartilhar/partilhar, it condividi,
    # fr partager/partage, de teilen, pl udostepnij, tr paylas, id bagikan, ru podelitsya,
    # cs sdilet, hu megosztas, nl delen; id sosmed (social media)
    r"compartir|compartilh|partilh|condivid|partage|\bteilen|udostepn|paylas|bagikan|"
    r"podelit|\bsdilet|megoszt|\bdelen\b|sosmed"
)
# class/id words that mark boilerplate unless the attribute also looks like content.
WEAK_NEGATIVE = WordPattern(
    r"banner|widget|masthead|\bhot|rank|author|byline|meta\b|info\b|\bdate\b|\btime\b|"
    # a source's box or line, not a "sourced" block (a paragraph printed with its source,
    # "--sourced-paragraph": the lead opened by "(CNN)")
    # a foot, not a footnote: the notes under an essay or a newsletter post ("footnotes",
    # "footnote-content") are the author's text, as readers and references keep them
    r"source(?!d)|\bprint|\bextra|\bside|\btool|\bbtn|\bicon|\blogo|\bfoot(?!note)|"
    r"\bhead(?!ing|line)|"
    r"\btop\b|link|\blist\b|"
    r"font-?size|zihao"  # font-size widgets, but portals also put the class on the text box
)
# Every word of the three furniture vocabularies in one pattern: a class/id string it is not
# found in is no furniture (the kind is "" whatever POSITIVE says), told in two searches where
# `_kind_of_words` takes a substitution and four or five. Three strings in four name no
# furniture. Dropping the modifier tokens (`furniture_words`) cannot make a word appear: every
# word lies inside one whitespace-delimited token and none crosses a space.
ANY_NEGATIVE_WORD = WordPattern(
    "|".join(vocabulary.pattern for vocabulary in (STRONG_NEGATIVE, LAYOUT_NEGATIVE, WEAK_NEGATIVE))
)
# class tokens that describe a layout or a part, not the node: "with-navigation" (a page with
# a menu), "one-sidebar" or "twosidebarL" (a layout with sidebars), "selectionShareable" (text
# a reader may share, not a share widget), Drupal's "field--label-hidden" (the field's label
# is hidden) and "field-label-above" (where the field's label stands), live-blog entries
# ("live-match-comment": the commentary IS the article), the audience a metering script
# shows a block to ("subscriber-preview": the article's paragraphs every reader sees,
# "subscriber-only" the rest, "subscriber-premium" their box, as the BLOX CMS of many local
# papers names each paragraph's wrapper; not "subscriber-hide", what subscribers are spared),
# and a layout's state on the article's wrapper ("hidden-contents-menu": the page's menu is
# folded, the wrapper shown; not a grid's "hidden-xs", "hidden-lg": a copy for another
# screen), and a section a page's menu or table of contents jumps to ("menu-target" on a
# subheading: the menu's target, not the menu). Ignored when looking for furniture.
_MODIFIER_TOKENS = re.compile(
    r"(?<!\S)(?:(?:with|has|no|without)[-_]\S*|\S*(?:label|title)[-_]+hidden|live[-_]?\S*|"
    r"(?:menu|nav|toc|jump)[-_]?target|"
    r"subscribers?[-_](?:only|preview|premium)|"
    r"hidden[-_]\S*menu\S*|"
    r"\S*label[-_]+(?:above|inline|before|after)\S*|"
    r"\S*(?:one|two|three|no)[-_]?sidebars?\S*|\S*shar(?:e)?able\S*)(?!\S)"
)
# The same modifiers inside a class name, after its block's name as BEM writes them
# ("o-section--has-ads": a section that carries ad slots; "lightbox-content--with-ads",
# "teaser-no-image"): what the block carries or lacks, not what it is. The modifier is cut to
# the token's end and the block's own name is read ("comments--has-replies" is comments).
# Not "is-" ("is-hidden", "is-sponsored"): a state of the block itself.
# After a hyphen only: cutting at "_" would open a word boundary inside a token ("hide_has_x"
# holds no "\bhide\b"), and a word must not appear (see `ANY_NEGATIVE_WORD`).
_INNER_MODIFIER = re.compile(r"(?<=[a-z0-9])--?(?:with|has|no|without)[-_]\S*")
# A blog post's wrapper as WordPress's post_class() writes it ("post-12 post type-post
# status-publish format-standard hentry category-it-news tag-budget tag-ads"): its terms'
# classes, "category-<slug>" and "tag-<slug>", are the post's topics, any word ("tag-ads",
# "category-comment", "tag-social-media"), and name no furniture. Read as such only on a
# block so marked (hAtom's "hentry", "type-post", "status-publish"): elsewhere "tag-list" or
# "category-menu" name a list of links.
_POST_CLASS = re.compile(r"(?<!\S)(?:hentry|type-post|status-publish)(?!\S)")
_TERM_TOKENS = re.compile(r"(?<!\S)(?:tag|category)-\S+(?!\S)")
# A script's hook ("js-dynamic-advertorial": the script that inserts an advertorial into the
# block; "js-external-links"): what a script does with the block, not what the block is.
# Ignored only on a block whose other words name text ("column s-article-text js-..."), so
# a box named by its hook alone ("js-comments") is still read by it.
_SCRIPT_HOOKS = re.compile(r"(?<!\S)js-\S*")
# A utility class of atomic CSS, one style a token: Atomic CSS's "Pstart(25px)--modalMinWidth"
# (a padding at the "modalMinWidth" breakpoint), "D(n)", "Bgc(#fff):h"; Tailwind's "w-(--gap)".
# It says how the block looks, not what it is: a breakpoint's name is no "modal" (Yahoo's
# article column lost its text to one). A token with "(" is one: no plain class name has it.
_UTILITY_TOKENS = re.compile(r"(?<!\S)\S*\(\S*(?!\S)")
# A camel-case modifier closing a class name, as CSS modules write them ("titleNoCredit",
# "blurbNoPhoto", "textWithCounter"): what the block lacks or carries beside it, not what it
# is. "titleNoCredit" is a title, not a photo credit.
_CAMEL_MODIFIER = re.compile(r"(?<=[a-z])(?:No|Without|With)[A-Z][A-Za-z]*")
POSITIVE = WordPattern(
    r"article|content|\bbody|text|\bmain|\bpost|entry|story|detail|zhengwen|\bzw\b|artibody|"
    r"\bcont\b|\btxt|\bpage-?content|\brich|"
    # article, content, text, body, detail in other languages: de/nl/sv/id artikel, es articulo,
    # pt artigo, it articolo, pl artykul, cs clanek, hr clanak, tr makale, ru statya; pl tresc,
    # tr icerik, es contenido, pt conteudo, fr/it contenu(to), de inhalt; es/pt noticia (a news
    # item); pl/nl/ru tekst, it testo, tr metin; pt/it corpo, es cuerpo; tr detay, es detalle,
    # pt detalhe, it dettaglio. Whole words where the letters occur inside others ("corporate",
    # "kontekst", Turkish "icerikarasi" ad slots). Not Turkish "haber" (news): news lists too.
    r"artikel|articulo|artigo|articolo|artykul|\bclanek|\bclanak|makale|\bstat[iy]a\b|"
    r"tresc|\bicerik\b|contenido|conteudo|contenu|inhalt|\bnoticia\b|\btekst|\btesto\b|"
    r"\bmetin\b|\bmetni\b|\bcorpo\b|cuerpo|\bdetay|\bdetalle|detalhe|dettaglio"
)


def class_words(el: HtmlElement) -> str:
    """The element's class and id, lower-cased, as one string for pattern matching."""
    return f"{el.get('class') or ''} {el.get('id') or ''}".lower().strip()


@functools.lru_cache(maxsize=65536)
def furniture_words(words: str) -> str:
    """`class_words` without the tokens that never mark a node as furniture: modifiers
    (`_MODIFIER_TOKENS`, and after a block's name: `_INNER_MODIFIER`), atomic CSS's utility
    classes (`_UTILITY_TOKENS`), a post's term classes (`_TERM_TOKENS`) and a text box's
    script hooks (`_SCRIPT_HOOKS`)."""
    if not words:
        return words
    words = _MODIFIER_TOKENS.sub(" ", words)
    if "(" in words:
        words = _UTILITY_TOKENS.sub(" ", words)
    if "-" in words:
        words = _INNER_MODIFIER.sub("", words)
    if ("tag-" in words or "category-" in words) and _POST_CLASS.search(words):
        words = _TERM_TOKENS.sub(" ", words)
    if "js-" in words:
        unhooked = _SCRIPT_HOOKS.sub(" ", words)
        if POSITIVE.search(unhooked):
            words = unhooked
    return words


def _attr_words(cls: str | None, ident: str | None) -> str:
    """An element's class and id as the one lower-case string the vocabularies are read in,
    without the camel-case modifiers a name ends with (`_CAMEL_MODIFIER`)."""
    words = f"{cls or ''} {ident or ''}"
    if "No" in words or "With" in words:
        words = _CAMEL_MODIFIER.sub("", words)
    return words.lower().strip()


@functools.lru_cache(maxsize=65536)
def _kind_of_attrs(cls: str | None, ident: str | None) -> str:
    words = _attr_words(cls, ident)
    return _kind_of_words(words) if words else ""


@functools.lru_cache(maxsize=65536)
def _kind_of_words(words: str) -> str:
    # class strings repeat a lot within and across pages of a site: match each one once
    if not ANY_NEGATIVE_WORD.search(words):
        return ""
    words = furniture_words(words)
    strong = STRONG_NEGATIVE.search(words)
    if strong or LAYOUT_NEGATIVE.search(words):
        if words.startswith(("article", "content", "post-body", "entry")):
            return ""
        return "strong" if strong else "layout"
    return "weak" if WEAK_NEGATIVE.search(words) and not POSITIVE.search(words) else ""
