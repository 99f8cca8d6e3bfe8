"""Lines of a Chinese page's widgets and platform furniture printed inside the body, in shapes
`cjklines` and `cjkmeta` do not read:

- a shop's quote box under a product story, each row a bracketed label and its value
  ("[参考价格] 5400元", "[商家名称] 某某科技有限公司", "[联 系 人] 某某", "[联系地址] …",
  "[报价查询] …"): the dealer's card, never the story's;
- a product vote widget's buttons and tallies alone on their lines ("想买", "观望", "不推荐",
  "123456票"), and a comment counter with its link ("已有_COUNT_位用户评论 点击查看评论",
  "已有25条评论"): a count of votes or comments and nothing else;
- the site's call for readers' contributions ("某某频道诚邀广大网友投稿，……", a line closed by
  its "[投稿]" button);
- a reprint condition closing an author's own notice ("本作品为“某某”原创，转载时务请注明出处。",
  "转载请注明出处"): the rule's words end the line, whatever its punctuation;
- a blog platform's line above its recommendations ("最新推荐文章于 2023-09-04 17:53:10 发布"),
  a portal's microblog promo row ("微博推荐 | 今日微博热点（编辑：某某）");
- a messenger's prompt of a Taiwanese or a WeChat page: to add the outlet as a LINE friend
  ("★ 加入某某新聞LINE好友，重要新聞不漏接！"), to tap "在看" or share the post ("点个“在看”，
  分享给更多朋友", "分享、点赞、在看"), WeChat's preview notice ("预览时标签不可点");
- a video's link line under a story ("完整影音 http://…", "完整视频："): the clip, elsewhere;
- a chart's credit under it ("图表：某某事故示意 新华社记者 某某 编制"): the chart is a
  picture; its title and maker are not the text;
- a paywall's prompt under a paid story's teaser: what the story is ("本文为某某付费内容",
  "本文為會員專享內容", "会员专享"), the price of the rest ("订阅后阅读全文", "登录后查看完整
  内容", "开通会员解锁全文"), the subscriber's way in ("已订阅？登录", "已是會員？") and the
  share left unread ("剩余80%内容未读"): the offer, never the story;
- a QR code's prompt in the shapes `linekinds` misses ("长按识别二维码关注我们", "扫描下方二维码
  下载客户端", "掃描QR Code加入好友", "用微信扫码二维码"): the act opens the line, the code follows,
  then a reader's action or nothing; a WeChat post's pointer to its "阅读原文" link ("戳“阅读原文”
  了解更多") and the label over its list of older posts ("往期推荐", "往期回顾", "热文推荐");
- a picture's credit alone under its own labels ("图源：受访者供图", "题图来源：视觉中国",
  "头图来源：IC photo", "（图源：网络）"): the credit of a picture, as "图片来源：" is.

Patterned after no site: each is what such a line says wherever it is printed; every pattern
holds the whole line (a sentence about a shop, a vote or a reprint stays: "他说，想买的人很多。").
Asked by `cjklines.is_cjk_site_line`, after a scan for the words every kind holds.
"""

from __future__ import annotations

import re

from pipeline.web.html import any_literal

_MAX_WIDGET = 120  # characters: a widget's row or a notice, not a paragraph

_SHOP_LABEL = (
    r"参考价格|參考價格|参考价|參考價|商家名称|商家名稱|经销商|經銷商|联系方式|聯繫方式|聯絡方式|"
    r"联系人|聯繫人|聯絡人|联系地址|聯繫地址|聯絡地址|联系电话|聯繫電話|聯絡電話|商家地址|"
    r"商家电话|商家電話|报价查询|報價查詢|优惠价|優惠價|促销价|促銷價"
)
# the label may be spaced out ("联 系 人"), its value follows on the line
_SHOP_ROW = re.compile(r"^\s*[\[【]\s*(?:" + _SHOP_LABEL + r")\s*[\]】]\s*\S")
_SPACED = re.compile(r"(?<=[\[【])([^\]】]{2,12})(?=[\]】])")

_VOTE = re.compile(
    r"^\W{0,2}(?:想买|想買|观望|觀望|不推荐|不推薦|值得买|值得買|不值得买|不值得買)\W{0,2}$|"
    r"^\W{0,2}\d{1,9}\s*票\W{0,2}$|"
    r"^\W{0,2}(?:已有|共有)\s*\S{0,8}?\s*(?:位|条|條|个|個)?(?:用户|用戶|网友|網友|读者|讀者)?"
    r"(?:评论|評論)\s*(?:[|｜]?\s*(?:点击|點擊)(?:查看|参与|參與)?(?:评论|評論))?\W{0,2}$"
)
_MAX_VOTE = 30

_CONTRIBUTE = re.compile(
    r"(?:诚邀|誠邀|欢迎|歡迎)(?:广大|廣大)?(?:网友|網友|读者|讀者|用户|用戶)[^。]{0,6}(?:投稿|赐稿|賜稿)|"
    r"[\[【](?:投稿|我要投稿)[\]】]\s*$"
)

_REPRINT_CLOSE = re.compile(
    r"(?:转载|轉載)(?:时|時)?(?:务必|務必|务|務)?(?:请|請)?(?:注明|註明|标明|標明)"
    r"(?:出处|出處|来源|來源|作者)[^\w]{0,3}$"
)

_PLATFORM = re.compile(
    r"^\W{0,2}最新推荐文章于\s*\d{4}-\d\d-\d\d[\d:\s]*发布\W*$|"
    r"^\W{0,2}(?:微博推荐|微博推薦)\s*[|｜]"
)

_VIDEO_LINK = re.compile(
    r"^\W{0,2}完整(?:影音|视频|視頻|影片)\s*[:：]?\s*(?:https?://\S+)?\W{0,2}$"
)

_MESSENGER = re.compile(
    r"(?:加入|追蹤|追踪|訂閱|订阅|關注|关注)[^。，,]{0,16}(?:LINE|Line)\s*(?:好友|官方|帳號|账号|社群|@)|"
    r"(?:点个|點個|点亮|點亮|点一下|點一下)\W{0,2}在看|(?:点赞|點讚|點贊)\W{0,3}在看|"
    r"^\W{0,2}(?:预览时标签不可点|預覽時標籤不可點)\W*$"
)
_MAX_MESSENGER = 60

_CHART_CREDIT = re.compile(r"^\W{0,2}(?:图表|圖表)\s*[:：].{0,80}(?:编制|編製|制图|製圖)\W{0,2}$")

# A paywall's prompt: the story named paid or for members (from the line's start), the rest
# offered to a reader who subscribes, logs in, pays or unlocks it (the offer closing the line
# or its clause: "订阅后阅读全文的用户" goes on as a sentence), the subscriber's question, the
# share left unread or a members' badge alone on its line.
_PAYWALL = re.compile(
    r"^\W{0,2}(?:本文|本篇|此文|该文|該文|本内容|本內容|以下内容|以下內容)(?:为|為|系|是|属于|屬於)"
    r"[^。，,！!]{0,12}(?:付费|付費|会员|會員|订阅|訂閱|VIP)(?:用户|用戶)?(?:专享|專享|专属|專屬|"
    r"独享|獨享)?(?:内容|內容|文章)|"
    r"(?:订阅|訂閱|登录|登錄|登入|付费|付費|购买|購買|开通会员|開通會員|开通VIP|開通VIP|成为会员|"
    r"成為會員|解锁|解鎖)(?:后|後|即可|可|以)?(?:继续|繼續)?(?:阅读|閱讀|查看|解锁|解鎖|浏览|瀏覽)"
    r"(?:全文|完整内容|完整內容|剩余内容|剩餘內容|更多内容|更多內容|完整文章)(?=\W*$|[，,！!])|"
    r"^\W{0,2}已(?:订阅|訂閱|购买|購買|付费|付費|是会员|是會員|是VIP|开通会员|開通會員)\s*[?？]|"
    r"^\W{0,2}(?:剩余|剩餘|还剩|還剩)\s*\d{1,2}(?:\.\d+)?\s*%\s*(?:的)?(?:内容|內容|正文)?\s*"
    r"(?:未读|未讀|未阅读|未閱讀)\W{0,2}$|"
    r"^\W{0,2}(?:会员|會員|订阅用户|訂閱用戶|付费用户|付費用戶|VIP)(?:专享|專享|专属|專屬|独享|獨享)"
    r"(?:内容|內容|文章)?\W{0,2}$"
)
_MAX_PAYWALL = 60  # a prompt's line, not a paragraph about a paywall

# A QR code's prompt: the act (long press, scan, recognise) opening the line, a place on the
# page, the code, then a reader's action or the line's end ("扫码支付已成为主流" goes on).
_QR_LINE = re.compile(
    r"^\W{0,3}(?:请|請)?(?:用|使用|打开|打開)?(?:微信|手机|手機)?\s*(?=[长長扫掃识識])"
    r"(?:长按|長按)?(?:图片|圖片)?(?:扫描|掃描|扫一扫|掃一掃|扫|掃|识别|識別)?"
    r"(?:下方|下图|下圖|上方|图中|圖中|文末|左侧|左側|右侧|右側|页面|頁面)?(?:的)?"
    r"(?:二维码|二維碼|小程序码|小程序碼|QR\s?[Cc]ode|码|碼)(?:二维码|二維碼)?"
    r"(?:\W{0,3}$|[^。]{0,20}(?:关注|關注|下载|下載|加入|分享|阅读|閱讀|添加|进群|進群|订阅|訂閱|"
    r"好友|登录|登錄|领取|領取|打开|打開|收听|收聽|观看|觀看))|"
    # a post's pointer to its "read the original" link, the label over its older posts
    r"(?:点击|點擊|戳|点|點)\W{0,2}(?:左下角|文末|下方)?\W{0,2}(?:阅读原文|閱讀原文)|"
    r"^\W{0,3}(?:往期推荐|往期推薦|往期回顾|往期回顧|往期精选|往期精選|往期精彩|往期文章|热文推荐|"
    r"熱文推薦|精彩推荐|精彩推薦)\W{0,3}$"
)
_MAX_QR = 40

# A picture's credit alone under its own labels, the value short and no sentence.
_PICTURE_CREDIT = re.compile(
    r"^[\[【（(]?\s*(?:图源|圖源|题图|題圖|头图|頭圖|封面图|封面圖|配图|配圖)(?:来源|來源)?\s*"
    r"[:：丨|｜/]\s*[^。，,！!？?]{1,30}$"
)

# Words one of which every line of the kinds above holds: one scan before the patterns.
_WORDS = any_literal(
    (
        *("[", "【", "想买", "想買", "观望", "觀望", "推荐", "推薦", "值得", "票"),
        *("评论", "評論", "投稿", "赐稿", "賜稿", "注明", "註明", "标明", "標明"),
        *("图表", "圖表", "完整", "LINE", "Line", "在看", "预览", "預覽"),
        *("付费", "付費", "会员", "會員", "订阅", "訂閱", "登录", "登錄", "登入", "解锁", "解鎖"),
        *("购买", "購買", "剩余", "剩餘", "还剩", "還剩", "VIP"),
        *("二维码", "二維碼", "小程序码", "小程序碼", "QR", "扫码", "掃碼", "原文", "往期"),
        *("热文", "熱文", "精彩推", "图源", "圖源", "题图", "題圖", "头图", "頭圖", "封面图"),
        *("封面圖", "配图", "配圖"),
    )
)


def is_cjk_widget_line(text: str) -> bool:
    """True for a line of the kinds above (the caller asks of non-ASCII lines only)."""
    if len(text) > _MAX_WIDGET or not _WORDS.search(text):
        return False
    if text.lstrip()[:1] in "[【" and _SHOP_ROW.match(_SPACED.sub(_unspaced, text)):
        return True
    if len(text) <= _MAX_VOTE and _VOTE.match(text):
        return True
    if _CONTRIBUTE.search(text) or _REPRINT_CLOSE.search(text):
        return True
    if _VIDEO_LINK.match(text):
        return True
    if len(text) <= _MAX_MESSENGER and "。" not in text and _MESSENGER.search(text):
        return True
    if len(text) <= _MAX_PAYWALL and _PAYWALL.search(text):
        return True
    if len(text) <= _MAX_QR and "。" not in text and _QR_LINE.search(text):
        return True
    if len(text) <= _MAX_PAYWALL and _PICTURE_CREDIT.match(text):
        return True
    return bool(_PLATFORM.match(text) or _CHART_CREDIT.match(text))


def _unspaced(found: re.Match[str]) -> str:
    """A bracketed label without its blanks ("联 系 人" -> "联系人")."""
    return "".join(found.group(1).split())
