"""Which single lines of text are furniture, not article (`is_boilerplate_line`): editor
credits, copyright and reprint notices, disclaimers, share prompts, text-message offers,
read here; follow prompts (`followprompts`), a form's consent line (`consentlines`), widget
lines, toolbars and placeholders (`widgetlines`), labels in forty languages ("Follow us"
too: `labels`), appeals (`appeals`), staff credits
(`credits`), the site's machinery and standing notices (`sitelines`: reprint notices,
players, forms and polls, the site followed by name on several networks), its notes to the
reader (`sitenotes`) and the site lines of Chinese, Japanese and Korean pages (`cjklines`)
there. `pipeline.maintext.paragraphs` drops such lines from the text it emits."""

from __future__ import annotations

import re

from pipeline.maintext.appeals import _MARKS as _APPEAL_MARKS
from pipeline.maintext.appeals import _MAX_APPEAL, MAX_LONG_APPEAL, is_appeal, is_long_appeal
from pipeline.maintext.calltoaction import is_call_to_action
from pipeline.maintext.cjklines import is_cjk_site_line
from pipeline.maintext.consentlines import _CONSENT_MARKS, _MAX_CONSENT, _is_consent
from pipeline.maintext.credits import _MARKS as _CREDIT_MARKS
from pipeline.maintext.credits import _MAX_CREDIT, is_credit_line
from pipeline.maintext.daterows import is_dateline_row
from pipeline.maintext.followprompts import (
    _MAX_FOLLOW_US,
    MAX_FOLLOW_INVITE,
    NAMES_ANYWHERE,
    NETWORK_NAME,
    _is_follow_prompt,
)
from pipeline.maintext.labels import is_furniture_label
from pipeline.maintext.lexicon import CONTINUES_SHAPES
from pipeline.maintext.sitelines import _SITE_LINE_MARKS, is_site_line
from pipeline.maintext.sitenotes import _MARKS as _SITE_NOTE_MARKS
from pipeline.maintext.sitenotes import is_post_footer, is_site_note
from pipeline.maintext.socialwords import NETWORKS
from pipeline.maintext.widgetlines import (
    MAX_PAGE_COUNTER,
    MAX_PLACEHOLDER,
    is_page_counter,
    is_placeholder,
    is_toolbar,
    is_widget_line,
)
from pipeline.text.scripts import HAN_CHAR
from pipeline.web.html import (
    any_literal,
    any_literal_anchored,
    top_level_alternatives,
)

# Whole lines that are page furniture, in the languages we read (Chinese, English, French).
BOILERPLATE_LINE = re.compile(
    r"^[\[【（(「]?\s*(责任编辑|责编|编辑|值班编辑|实习编辑|校对|审核|审校|监制|本文来源|文章来源|稿源|"
    r"原文链接|图片来源|视频来源|转载请注明|本文系|本文为|声明|免责声明|版权声明|特别声明|"
    # the same labels in traditional characters (Taiwan and Hong Kong portals)
    r"責任編輯|責編|編輯|值班編輯|實習編輯|校對|審核|審校|監製|本文來源|文章來源|原文鏈接|原文連結|"
    r"圖片來源|視頻來源|影片來源|轉載請註明|本文係|本文為|聲明|免責聲明|版權聲明|特別聲明)\s*[:：]|"
    r"返回搜狐|查看更多|版权所有|著作权|Copyright|All rights reserved|^©|"
    r"未[经經].{0,6}授[权權].{0,4}(请勿|請勿|不得|禁止|严禁|嚴禁)(转载|轉載|使用)|"
    r"^(关闭窗口|关闭|收藏|字号|字体|【?大\s*中\s*小】?|扫一扫|扫描二维码|"
    r"返回顶部|回到顶部|返回頂部|回到頂部|"
    r"相关链接|相关专题|热点推荐|更多精彩|点击进入|上一篇|下一篇|"
    r"關閉|關閉視窗|字級|字級設定|字體|字型|調整字級|掃一掃|掃描二維碼|相關連結|相關專題|"
    r"熱點推薦|點擊進入|上一則|下一則|"
    r"Sign up|"
    r"(?:Next|Previous) (?:article|story|post)|"
    r"Lire la suite|Abonnez-vous|"
    r"Pour lire la suite|Pour accéder|Déjà abonné|Réservé aux abonnés|"
    r"Show Caption|Hide Caption|Toggle caption|Enlarge this image|Légende|"
    # (the labels of related lists, ad slots, share and print buttons in forty languages are
    # `labels.is_furniture_label`'s, asked before this pattern)
    r"Related coverage|" + CONTINUES_SHAPES + r")"
    # the label of an ad slot saying the text goes on after it, in shapes (`lexicon`)
    r"\s*[:：]?\s*$|"
    # a bare source or author line: "来源：某某日报", "作者：张三" (not an interview's "记者：")
    r"^[\[【（(]?\s*(来源|作者|编译|摄影|出处|來源|編譯|攝影|出處)\s*[:：][^。！？!?]{0,30}$|"
    # a breadcrumb printed as a line: "您现在的位置：首页 > 体育 > 正文", "当前位置：首页->科技"
    r"^(您现在的|您所在的|您的|你的|你现在的|当前|當前|目前|现在|現在|所在)?(位置|位置是)\s*[:：]"
    r"[^。！？]{0,80}(>|›|»|→)|^You are here\s*:|"
    # a pointer to the site for more: "更多……资讯请关注www.example.com", "更多精彩请访问本网"
    r"^更多[^。！？]{0,40}(请|請|敬请|敬請|欢迎|歡迎)(关注|關注|访问|訪問|浏览|瀏覽|登录|登錄)|"
    # an item of a related-links list printed as text: "·标题 (2005-04-27 18:03)"
    r"^[·•]\s*[^。！？]{2,60}\s*[(（]\d{4}[-/年]\d{1,2}[-/月]\d{1,2}[^)）]{0,20}[)）]$|"
    # "Follow X on Twitter" lines (`sitelines` reads the site followed on several networks)
    r"^Follow [^.!?]{1,80} on " + NETWORK_NAME + "|"
    r"^(Crédits? photos?|Photo|Photos|Image|Illustration|Source)\s*:|"
    # a sponsor's or wire's credit ("Brought to you by AAP"), a share prompt ("Like this story?")
    r"^Brought to you by\b.{0,40}$|^(Did you )?((Like|Love)d?|Enjoy(ed)?) (this|the|our) (story|"
    r"article|post) ?\?( ?(Share|Spread|Tell|Subscribe|Follow|Click)\b[^.!?]{0,50}[.!:]?)?$|"
    r"^(Auteur|Auteurs|Édition|Edition|Date|Imprimer|Permalien|Par|By|Published|Updated|"
    r"Publié le|Mis à jour le)\b.{0,60}$|sur le (même )?sujet\s*$",
    re.I,
)

# BOILERPLATE_LINE's alternatives not anchored at the line's start (copyright notes, "返回搜狐"):
# the only ones that can match further on. re tries a case-blind pattern at every position,
# the anchored ones too; they are tried at the start alone (`_is_boilerplate_pattern`).
_BOILERPLATE_ANYWHERE = re.compile(
    "|".join(a for a in top_level_alternatives(BOILERPLATE_LINE.pattern) if a[:1] != "^"),
    BOILERPLATE_LINE.flags,
)

# Every character a match of `_BOILERPLATE_ANYWHERE` can start with, under its case-blind
# matching too ("ſ" is an "s"): a line holding none (most Chinese lines) is not searched.
_ANYWHERE_START = re.compile("[返查版著未CcAaSs\u017f]")

# In ASCII text (where re.I is what lower() does) a match holds one of these.
_ANYWHERE_ASCII = ("copyright", "all rights reserved", "sujet")

# "copyright" in lower case after a word of a sentence is the story's word ("an admission of
# copyright infringement", "no copyright neophyte"), unless the line dates or reserves it.
_PROSE_COPYRIGHT = re.compile(r"[a-z]{2},? copyright(?:s|ed)? [a-z]{3}")
_NOTICE_MARKS = re.compile(
    r"©|\(c\)|\d{4}|reserved|protect|reprodu|permission|redistribut|republish", re.I
)

# Each mark of `appeals._MARKS` and `credits._MARKS` holds one of these letters: a lowered
# line without one (most Chinese lines) is neither an appeal nor a credit, found in one scan
# instead of their fifty substring tests. (The Japanese paywall's marks, "会員限定" and
# "続きを", by 員 and 続: characters simplified Chinese writes otherwise; the newsletter's
# mail in Cyrillic and Arabic, "рассылк" and "البريدية", by с and ب.)
_MARK_LETTERS = re.compile("[dfhjlmpuvwz員続сب]")

_MAX_MARKED = max(_MAX_APPEAL, _MAX_CREDIT)

# A platform's disclaimer under user-posted articles (NetEase Hao, Sohu Hao ...), any length.
_DISCLAIMER_LINE = re.compile(
    r"^[\[【（(]?\s*(Notice|Disclaimer|特别声明|声明|免责声明)\s*[:：].{0,400}"
    r"(platform|information storage|平台|信息存储)",
    re.I,
)

# A portal's reprint or investment disclaimer under the article, any length, in simplified or
# traditional characters: "凡注明为其他媒体来源的信息，均为转载……并不代表本网赞同其观点",
# "网易声明：……不表明证实其描述或赞同其观点", "……仅供参考，不构成投资建议，风险自担",
# "【免责声明】本文仅代表作者本人观点", "声明：……与本网站立场无关"; and its takedown
# offer: "如果您认为转载内容侵犯了您的权益……本网站将在收到信息核实后24小时内删除",
# "如有侵权，请联系我们删除".
_REPRINT_DISCLAIMER = re.compile(
    r"(转载|轉載|刊载|刊載).{0,40}(不代表|不表明|不意味)|"
    r"(不代表|不表明).{0,20}(赞同|贊同|证实|證實|本网|本網|本站|本报|本報).{0,12}(观点|觀點|立场|立場)|"
    r"(不构成|不構成)(任何)?投[资資]建[议議].{0,30}(风险自担|風險自擔)|"
    r"^[\[【（(]?\s*[^，。,.：:]{0,8}(声明|聲明)\s*[:：】\]].{0,60}"
    r"(转载|轉載|观点|觀點|立场|立場|投[资資])|"
    r"(侵犯|侵害)了?(您|你)的[^。]{0,8}(权益|權益|权利|權利|版权|版權)|"
    r"(核实|核實|证实|證實)后?[^。]{0,12}(删除|刪除)相[关關]|"
    r"如(有|涉及|涉)[^。，,]{0,6}(侵权|侵權|版权问题|版權問題)[^。]{0,30}(删除|刪除)"
)

_MAX_DISCLAIMER = 400

# A character every match of _REPRINT_DISCLAIMER holds (转/轉/刊, 不, 声/聲, 侵, 删/刪),
# looked for first: most lines have none (ASCII lines none at all), and the full pattern is
# tried at each of their positions.
_REPRINT_MARK = re.compile(r"[转轉刊不声聲侵删刪]")
# The words one of which every match holds (each alternative's own: 不代表/不表明/不意味,
# 不构成, 声明, 侵犯/侵害, 删除), looked for where `_REPRINT_MARK` is found: "不" opens many
# words of Chinese prose, and the full pattern is tried at each position of the line.
_DISCLAIMER_WORDS = any_literal(
    (
        "不代表",
        "不表明",
        "不意味",
        "不构成",
        "不構成",
        "声明",
        "聲明",
        "侵犯",
        "侵害",
        "删除",
        "刪除",
    )
)

# A text-message subscription offer: "移动用户发送RMRB到10658000，订阅手机报", "联通发XW至
# 10655800" (a service number of a mainland carrier: 106 and at least four more digits).
_SMS_OFFER = re.compile(r"(发送|發送|发|發|编辑|編輯)[^。！？]{0,20}?(到|至)\s*106\d{4,}")

_MAX_SMS_OFFER = 200

# A share bar printed as text: "分享到：新浪微博 腾讯微博 QQ空间 微信", and a prompt to scan the
# page's QR code ("扫一扫，用手机看新闻", "用微信扫描二维码 分享至好友和朋友圈").
_SHARE_LINE = re.compile(
    r"^(分享到|分享至|分享给|分享給|分享)\s*[:：]?(\s|[|,，、·/]|新浪|腾讯|騰訊|网易|網易|搜狐|微博|"
    r"微信|朋友圈|QQ空间|QQ空間|QQ|人人网|人人網|豆瓣|开心网|開心網|百度|Facebook|Twitter|LINE|"
    r"Plurk|更多)+$",
    re.I,
)

_QR_PROMPT = re.compile(
    r"^(用|打开|打開)?(微信|手机|手機)?\s*(扫一扫|扫描二维码|扫码|掃一掃|掃描二維碼|掃碼)"
    r".{0,20}(分享|关注|關注|手机|手機|阅读|閱讀|下载|下載|朋友圈|打开|打開)"
)

_MAX_SHARE_LINE = 40

# The longest line a test lowering it reads (follow-us, appeal and credit marks, consent).
_MAX_LOWERED = max(_MAX_FOLLOW_US, _MAX_MARKED, _MAX_CONSENT)

# A wire agency's credits in brackets: "(Reporting by A, B; editing by C.)"
_CREDIT_LINE = re.compile(
    r"^\((Additional )?(Reporting|Writing|Editing|Compiled|Research) by [^()]{1,250}\)\.?$", re.I
)

# The Chinese forms of such a credit closing the article, alone in brackets: a name and the
# desk's role ("(王小明 编译)", "（某某网编辑整理）"), or the outlet the text comes from
# ("（某某晚报）", "(某某网)", "（某某网快讯中心）"). A bare name in brackets is not read as
# one (a name is no credit without its role).
_ZH_CREDIT_LINE = re.compile(
    r"^[（(]\s*(["
    + HAN_CHAR
    + r"·]{2,8}\s*(编辑|編輯|编译|編譯|撰稿|整理|综合|綜合|供稿|采写|採寫)|["
    + HAN_CHAR
    + r"]{2,10}(日报|日報|晚报|晚報|晨报|晨報|时报|時報|商报|商報|网|網|中心|通讯社|通訊社))"
    r"\s*[)）]$"
)

_MAX_ZH_CREDIT = 24

# A short line made only of a date, a time and "source/author/clicks" labels.
_META_LINE = re.compile(
    r"^(发布时间|发布日期|时间|日期|来源|作者|点击|浏览|阅读|编辑|发表|更新|"
    r"發佈時間|發布時間|發表時間|發佈日期|發布日期|時間|來源|點擊|瀏覽|閱讀|編輯|發表)?[:：\s]*"
    r"\d{4}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}\s*日?"
)

_META_WORDS = re.compile(
    r"来源|作者|点击|浏览|阅读|编辑|发布|字号|评论|分享|打印|记者|"
    r"來源|點擊|瀏覽|閱讀|編輯|發佈|發布|字級|字號|評論|列印|記者"
)

# A date and clock time in brackets opening a short line: the story's timestamp, alone or with
# the bulletin's name ("(2013-05-20 19:00) 晚間新聞", "【2013/05/20 18:30 報導】"). A bracketed
# date without a time is often the text's own note ("（2004年5月11日，北京）").
_STAMP_LINE = re.compile(
    r"^[\[【（(]\s*\d{4}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}\s*日?\s*\d{1,2}\s*[:：]\s*\d{2}"
)

_MAX_STAMP_LINE = 40

_MAX_META_LINE = 80

_MAX_BOILERPLATE_LINE = 120

# A line that is only a web address: the page's own ("short link", permalink) printed under
# its headline or by its share buttons, which a hashed page names by no class.
_URL_LINE = re.compile(r"^(?:https?://|www\.)\S+$", re.I)
# Or the same address after a share button's label: "Read or Share this story: https://..."
_SHARED_URL_LINE = re.compile(
    r"^(?:[\w ]{0,20}\b)?share(?: (?:this|the|our)\b[\w ]{0,25})?\s*:\s*(?:https?://|www\.)\S+$",
    re.I,
)


_BRACKET_OPEN = re.compile(r"^\s*[【\[]")


# Marks that set a label apart at the head of its line ("■相关链接：", "▲推荐阅读").
_LEAD_MARKS = "■□●◆◇▲△▶►★☆※→ "

# Every word the tests below look for first in the lowered line (each test is False on a line
# holding none of its own): a follow prompt's network names, the marks of appeals, credits,
# consent lines, site notes and site lines. In a line of wide characters (Chinese, Japanese,
# Korean: few of its characters start a word) one search of them all costs what one of
# those searches does, and a line of prose holds none (98% of such lines of the eval pages);
# in Latin text each of its letters starts many words, and the tests' own cheaper gates are
# asked instead. (Searched from each word's rarest character: `any_literal_anchored`.)
_LINE_MARKS = any_literal_anchored(
    (
        *NETWORKS,
        *_APPEAL_MARKS,
        *_CREDIT_MARKS,
        *_CONSENT_MARKS,
        *_SITE_NOTE_MARKS,
        *_SITE_LINE_MARKS,
    )
)
# The ASCII words of four of those tests, each False on a line whose lowered form holds none
# of its own: appeals (`is_appeal`: its `_MARKED` in the lowered line first), credits
# (`is_credit_line`: its `_MARKED`), consent lines (`consentlines._CONSENT_MARKED`) and site notes
# (`is_site_note`: its `_MARKED`); and the networks' names that are not words (`names_network`
# reads the others, words, apart: `names_network_word`). A lowered line in ASCII can hold no
# other word of them, so one search of these (from each word's rarest character, about 7 us
# on a line of 300) answers for the four tests and the names on a short ASCII line, where
# their gates cost 10 us and more together.
_ASCII_LINE_MARKS = any_literal_anchored(
    word
    for word in (
        *_APPEAL_MARKS,
        *_CREDIT_MARKS,
        *_CONSENT_MARKS,
        *_SITE_NOTE_MARKS,
        *NAMES_ANYWHERE,
    )
    if word.isascii()
)
# The lines asked `_ASCII_LINE_MARKS` first: over it, only the consent test's limit is left,
# and its own gate (eight `in` tests) is cheaper than the search.
_MAX_QUIET = _MAX_MARKED


def _holds_no_mark(lowered: str) -> bool:
    """True when `lowered` (a line lowered) is wide (not ASCII, two bytes a character in
    UTF-8 or more: mostly Chinese, Japanese or Korean) and holds no word of `_LINE_MARKS`."""
    return (
        bool(lowered)
        and not lowered.isascii()
        and len(lowered.encode("utf-8", "surrogatepass")) >= 2 * len(lowered)
        and _LINE_MARKS.search(lowered) is None
    )


def is_boilerplate_line(text: str) -> bool:
    """True for editor credits, copyright lines, share widgets and date/source bylines."""
    if is_dateline_row(text):
        return True
    if len(text) < _MAX_DISCLAIMER and not text.isascii() and _REPRINT_MARK.search(text):
        if _DISCLAIMER_WORDS.search(text) and _REPRINT_DISCLAIMER.search(text):
            return True
    # (lowered once for the tests below that read the line lowered)
    lowered = text.lower() if len(text) < _MAX_LOWERED else ""
    unmarked = _holds_no_mark(lowered)  # (then the tests of `_LINE_MARKS`' words are False)
    # (then the appeal, credit, consent and site-note tests are False, and a network is named
    # by a word only: `_ASCII_LINE_MARKS`; `lowered`, not `text`, in ASCII: "\u212a".lower()
    # is "k")
    quiet = unmarked or (
        len(text) < _MAX_QUIET and lowered.isascii() and _ASCII_LINE_MARKS.search(lowered) is None
    )
    if (
        len(text) <= MAX_FOLLOW_INVITE
        and not unmarked
        and _is_follow_prompt(text, lowered or text.lower(), quiet)
    ):
        return True
    if len(text) < _MAX_SMS_OFFER and "106" in text and _SMS_OFFER.search(text):
        return True
    if len(text) <= _MAX_SHARE_LINE and (_SHARE_LINE.match(text) or _QR_PROMPT.match(text)):
        return True
    if (
        len(text) < _MAX_MARKED
        and not quiet
        and _MARK_LETTERS.search(lowered)
        and (is_appeal(text, lowered) or is_credit_line(text, lowered))
    ):
        return True
    # (a paragraph pitching the site's subscription or opening on the comments' rules)
    if _MAX_MARKED <= len(text) < MAX_LONG_APPEAL and is_long_appeal(text):
        return True
    if len(text) < _MAX_CONSENT and not quiet and _is_consent(text, lowered):
        return True
    known = lowered if len(text) < _MAX_LOWERED else None  # (the line lowered, if it was)
    if not quiet and is_site_note(text, known):
        return True
    if text[:1] in "hHwW" and _URL_LINE.match(text):
        return True
    if ("://" in text or "www." in text) and _SHARED_URL_LINE.match(text):
        return True
    if is_furniture_label(text) or is_site_line(text, known, unmarked) or is_call_to_action(text):
        return True
    if not text.isascii() and is_cjk_site_line(text):
        return True
    if "RSS" in text and is_post_footer(text):
        return True
    if len(text) >= _MAX_BOILERPLATE_LINE:  # prose: only a bracketed credit line is furniture
        return bool(_CREDIT_LINE.match(text) or _DISCLAIMER_LINE.match(text))
    if _is_boilerplate_pattern(text) or (text.startswith("(") and _CREDIT_LINE.match(text)):
        return True
    if len(text) <= _MAX_ZH_CREDIT and text[0] in "(（" and _ZH_CREDIT_LINE.match(text):
        return True
    if text[0] in _LEAD_MARKS and _is_boilerplate_pattern(text.lstrip(_LEAD_MARKS)):
        return True
    if len(text) <= MAX_PLACEHOLDER and is_placeholder(text):
        return True
    if len(text) <= MAX_PAGE_COUNTER and is_page_counter(text):
        return True
    if _BRACKET_OPEN.match(text) and is_toolbar(text):
        return True
    if len(text) <= _MAX_STAMP_LINE and _STAMP_LINE.match(text):
        return True
    if len(text) <= _MAX_META_LINE and _META_LINE.search(text):
        return bool(_META_WORDS.search(text)) or len(text) < 30
    return is_widget_line(text)


def _is_boilerplate_pattern(text: str) -> bool:
    """`BOILERPLATE_LINE.search(text)` found a match: at the start (any alternative) or
    further on (an unanchored one, `_BOILERPLATE_ANYWHERE`)."""
    if BOILERPLATE_LINE.match(text):
        return True
    if text.isascii():
        lowered = text.lower()
        if not any(core in lowered for core in _ANYWHERE_ASCII):
            return False
    elif not _ANYWHERE_START.search(text):
        return False
    if _PROSE_COPYRIGHT.search(text) and not _NOTICE_MARKS.search(text):
        text = text.replace("copyright", "")  # (another alternative may still match)
    return _BOILERPLATE_ANYWHERE.search(text) is not None
