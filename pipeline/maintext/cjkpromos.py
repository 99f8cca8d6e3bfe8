"""Lines of a Chinese page's own promotion and controls printed inside the body, in shapes
`cjklines`, `cjkmeta`, `cjkwidgets` and `widgetlines` do not read (`widgetlines` takes a row of
two widget words or more, "阅读(123) 评论(4)", "上一页 1 2 3 下一页"; `cjkmeta` a tool's word
alone, "点赞"; here the one word with its count or its page numbers):

- the app's pitch in the shapes the prompt test misses: a lead-in before the request ("更多精彩
  内容，请下载某某新闻客户端"), the reading promised in the app ("打开某某新闻，阅读体验更佳",
  "打开APP查看更多精彩"), a button's words ("点我下载APP", "點此下載"), a promo that reads the
  news in the app ("现在用APP看新聞");
- a prompt to follow the outlet on a video or social network ("訂閱《某某》YouTube頻道",
  "追蹤某某新聞Instagram");
- the row of a story's reactions, each a count ("点赞 0", "评论 139", "转发(6)", "收藏 12"): the
  counter alone on its line;
- the reporting hotline the law asks portals to print ("违法和不良信息举报电话：…", "举报邮箱：
  …"): the label opens the line;
- the marker an advert leaves in the text ("請繼續往下閱讀...", "文章未完，請繼續往下閱讀",
  "广告，请继续阅读下文"): the request to read on, alone;
- a paged article's pager as a line ("1 2 3 下一页", "共3頁", "第2頁");
- a player's notice to an old browser opening its line and closing on a full stop ("您的浏览器
  不支持 video 标签。"; `cjklines` reads it without the stop, and leaves a sentence that
  holds one: "新版浏览器不支持旧插件，部分网站的视频无法播放。").

Patterned after no site: each is what such a line says wherever it is printed, and the pattern
holds the whole line ("该公司的APP下载量突破一亿。", "他的评论获得139个点赞" are the story's).
Asked by `cjklines.is_cjk_site_line`, after a scan for the words every kind holds.
"""

from __future__ import annotations

import re

from pipeline.web.html import any_literal

_MAX_PROMO = 40  # characters: a button's or a counter's line, not a paragraph

_APP = r"(?:客户端|客戶端|APP|App|app)"
_APP_PITCH = re.compile(
    # a lead-in, then the request to get the app
    r"^\W{0,3}(?:更多|精彩|海量|完整)[^，,。]{0,10}[，,]\s*(?:请|請|欢迎|歡迎)?(?:下载|下載|安装|安裝)"
    r"[^。，,]{0,12}" + _APP + r"|"
    # the reading the app promises
    r"^\W{0,3}(?:打开|打開)[^。，,]{0,12}?[，,]?\s*(?:阅读体验更佳|閱讀體驗更佳|体验更佳|體驗更佳|"
    r"查看(?:更多)?精彩(?:内容|內容|图片|圖片|视频|視頻)?|阅读更多|閱讀更多|查看更多)\W*$|"
    # a button's words
    r"^\W{0,3}(?:点我|點我|点此|點此|按我|按此|立即|马上|馬上)(?:下载|下載|安装|安裝)"
    r"(?:" + _APP + r")?\W*$|"
    r"用\s*" + _APP + r"\s*(?:看|讀|读)(?:新聞|新闻)"
)

_FOLLOW = re.compile(
    r"^\W{0,3}(?:歡迎|欢迎|快來|快来)?(?:訂閱|订阅|追蹤|追踪|關注|关注|按讚|按赞)[^。，,]{0,16}"
    r"(?:YouTube|Youtube|Instagram|IG|臉書|脸书|Facebook|FB|TikTok|抖音)\s*"
    r"(?:頻道|频道|粉絲團|粉丝团|粉絲專頁|粉丝专页|專頁|专页|帳號|账号)?\W*$"
)

# the counter alone: a reaction's name and its count, or several of them in a row
_REACTION = r"(?:点赞|點讚|點贊|赞|讚|收藏|分享|评论|評論|转发|轉發|喜欢|喜歡|在看)"
_REACTIONS = re.compile(
    r"^\W{0,3}(?:" + _REACTION + r"\s*[(（]?\s*\d[\d,.]*\s*[万萬wW]?\+?\s*[)）]?\s*){1,5}\W*$"
)

_HOTLINE = re.compile(
    r"^\W{0,3}(?:违法和不良信息|違法和不良資訊|违法不良信息|不良信息|网络|網路|網絡)?(?:举报|舉報)"
    r"(?:电话|電話|邮箱|郵箱|热线|熱線|专线|專線)\s*[:：]?\s*[\w@.\-（）() ]{3,40}$"
)

_READ_ON = re.compile(
    r"^\W{0,3}(?:(?:广告|廣告|文章未完|未完)\W{0,2})?(?:请|請)?(?:继续|繼續)(?:往下|向下)?"
    r"(?:阅读|閱讀)(?:下文|全文)?\W*$"
)

_PAGER = re.compile(
    r"^\W{0,3}(?:(?:上一页|上一頁|首页|首頁)\s*)?(?:\d{1,3}\s+){1,15}(?:下一页|下一頁|尾页|尾頁)\W*$|"
    r"^\W{0,3}(?:共\s*\d{1,3}\s*(?:页|頁)|第\s*\d{1,3}\s*(?:页|頁))\W*$"
)

_OLD_BROWSER = re.compile(
    r"^\W{0,3}(?:您的|你的|当前|當前|目前)?(?:浏览器|瀏覽器)(?:暂|暫|还|還)?(?:不支持|不支援|无法|無法)"
    r"[^。，,]{0,20}(?:video|Video|VIDEO|audio|HTML5|html5|视频|視頻|影片|音频|音頻|播放|标签|標籤)"
    r"[^。，,]{0,6}。?$"
)

# Words one of which every line of the kinds above holds: one scan before the patterns.
_WORDS = any_literal(
    (
        *("客户端", "客戶端", "APP", "App", "app", "阅读", "閱讀", "体验", "體驗", "精彩"),
        *("下载", "下載", "安装", "安裝", "YouTube", "Youtube", "Instagram", "IG", "臉書"),
        *("脸书", "Facebook", "FB", "TikTok", "抖音", "赞", "讚", "贊", "收藏", "分享"),
        *("评论", "評論", "转发", "轉發", "喜欢", "喜歡", "在看", "举报", "舉報"),
        *("页", "頁", "查看", "浏览器", "瀏覽器"),
    )
)


def is_cjk_promo_line(text: str) -> bool:
    """True for a line of the kinds above (the caller asks of non-ASCII lines only)."""
    if len(text) > _MAX_PROMO or "。" in text.rstrip("。") or not _WORDS.search(text):
        return False
    return any(
        p.search(text) is not None
        for p in (_APP_PITCH, _FOLLOW, _REACTIONS, _HOTLINE, _READ_ON, _PAGER, _OLD_BROWSER)
    )
