"""Lines a Chinese news page prints in the article's box that speak to the reader about the
site, in the shapes the other CJK line tests (`cjklines`, `cjkmeta`, `cjkwidgets`,
`cjkpromos`, `cjkplatform`) do not read:

- the newsroom's call for tips with its lead-in ("新闻爆料热线：0571-…", "欢迎爆料！报料热线：…",
  "想爆料？请登录某某平台、拨打热线…"): `cjklines` reads the bare "爆料热线：…";
- the request to credit the site when reprinting ("转载请注明出处", "轉載請註明來源：某某網",
  "如需转载，请注明来源", "本文为原创，转载请注明出处。", "转载请保留原文链接谢谢！"): the line
  ends where the credit asked for does, or on thanks;
- the app's pitch without the comma after its lead-in ("更多新聞請下載本報APP",
  "想看更多新闻？下载某某新闻客户端"): the request closes the line;
- a button of the comment box or the reading controls alone ("我要评论", "查看全部评论",
  "0条评论", "网友评论", "阅读原文", "加载更多", "收藏本文", "返回列表", "更多>>"), the
  comment box's counter before its button ("已有0人参与 查看全部评论");
- an official account's request for a like at the story's end ("喜欢就点个赞吧", "觉得不错，
  请点赞和在看", "如果喜欢本文，记得分享哦"): the liking, then the button asked for;
- where the text was taken from, said as a sentence, not under the "来源：" label `linekinds`
  reads ("本文来自微信公众号“某某”", "本文转载自某某网", "转自《某某报》"): the source
  closes the line. (An excerpt's "摘自……" is left as text: golds keep it.)

Patterned after no site: each is what such a line says wherever it is printed, and the
pattern holds the whole line or its close, so the story's sentences of the same words stay
text ("该网站要求转载请注明出处，但不少账号并不遵守。", "喜欢这部电影的观众纷纷点赞",
"他在文章里写道，本文来自一次采访"). Asked by `cjklines.is_cjk_site_line`, after one scan
for the words every kind holds.
"""

from __future__ import annotations

import re

from pipeline.web.html import any_literal

_MAX_ASIDE = 80  # characters: a notice's or a button's line, not a paragraph

_TIPS = r"(?:爆料|报料|報料)"
_CONTACT = r"(?:热线|熱線|电话|電話|邮箱|郵箱|信箱|微信|平台|平臺)"
_TIP_OFF = re.compile(
    # the tip line's label after a lead-in or a newsroom's name: "欢迎爆料！新闻爆料热线：…"
    r"^\W{0,3}(?:(?:欢迎|歡迎)"
    + _TIPS
    + r"\W{1,3})?(?:新闻|新聞)?"
    + _TIPS
    + _CONTACT
    + r"\s*[:：]|"
    # the question that opens the call, then where to send the tip: "想爆料？请登录……拨打热线"
    r"^\W{0,3}(?:(?:想|要)" + _TIPS + r"|有(?:料|新闻线索|新聞線索))\s*[?？].{0,60}" + _CONTACT
)

_REPRINT = r"(?:转载|轉載)"
_CREDIT_ASKED = re.compile(
    # "转载请注明出处", "轉載請註明來源：某某網", "本文为原创，转载时请注明作者和出处。"
    r"^\W{0,3}(?:[^。！？!?]{0,16}[，,]\s*)?(?:如需|如要|若需|如果需要)?" + _REPRINT + r"(?:时|時)?"
    r"\s*[，,]?\s*(?:请|請|须|須|务必|務必|敬请|敬請)(?:注明|註明|标明|標明|保留)"
    r"(?:作者|来源|來源|出处|出處|原文链接|原文鏈接|原文|链接|鏈接|和|及|与|與|、)*"
    r"(?:\s*[:：]\s*[^。，,！？!?]{1,30})?\W{0,3}(?:(?:谢谢|謝謝|感谢|感謝)(?:合作|配合)?\W{0,3})?$"
)

_APP = r"(?:客户端|客戶端|APP|App|app)"
_APP_REQUEST = re.compile(
    # a lead-in for more to read, then the request to get the app, closing the line
    r"^\W{0,3}(?:想看|要看|看)?更多[^。，,？?！!]{0,10}(?:[，,？?！!]\s*(?:请|請|欢迎|歡迎)?|"
    r"(?:请|請|欢迎|歡迎))(?:下载|下載|安装|安裝)[^。，,]{0,12}" + _APP + r"\W{0,3}$"
)

_BUTTON = re.compile(
    r"^\W{0,3}(?:(?:已有|共有)\s*\d[\d,]*\s*人(?:参与|參與)\s*)?(?:"
    r"我要(?:评论|評論)|(?:发表|發表)(?:评论|評論)|(?:查看|展开|展開)(?:全部|更多)(?:评论|評論)|"
    r"\d[\d,]*\s*(?:条|條)(?:评论|評論)|(?:网友|網友)(?:评论|評論)|"
    r"(?:阅读|閱讀|查看)原文|(?:点击|點擊)?(?:加载|加載)更多|收藏本文|返回列表|更多\s*(?:>>|»|›)"
    r")\W{0,3}$"
)

_LIKE_REQUEST = re.compile(
    r"^\W{0,3}(?:如果)?(?:喜欢|喜歡|觉得不错|覺得不錯|觉得有用|覺得有用|觉得好看|覺得好看)"
    r"(?:本文|这篇文章|這篇文章|的话|的話)?\s*(?:就|，|,|\s)*(?:请|請|记得|記得|欢迎|歡迎)?"
    r"(?:点个?赞|點個?讚|点个在看|點個在看|在看|分享|转发|轉發|收藏)"
    r"(?:\s*(?:和|、|\+)\s*(?:在看|分享|转发|轉發|收藏))*\s*(?:吧|哦|呀|喔|噢)?\W{0,3}$"
)

_SOURCE_SENTENCE = re.compile(
    # "本文转载自某某网"; bare, the source named in its marks: "转自《某某报》" (not "转自由市场")
    r"^\W{0,3}(?:(?:本文|此文|文章)(?:来自|來自|来源于|來源於|来源自|來源自|转载自|轉載自|转自|轉自)|"
    r"(?:转载自|轉載自|转自|轉自)(?=\s*[《“「『\"【]))\s*[^。！？!?，,]{1,30}\W{0,3}$"
)

# Words one of which every line of the kinds above holds: one scan before the patterns.
_WORDS = any_literal(
    (
        *("爆料", "报料", "報料", "转载", "轉載", "更多", "评论", "評論", "原文"),
        *("收藏", "返回", "喜欢", "喜歡", "觉得", "覺得", "转自", "轉自", "来自", "來自"),
        *("来源", "來源"),
    )
)
_PATTERNS = (_TIP_OFF, _CREDIT_ASKED, _APP_REQUEST, _BUTTON, _LIKE_REQUEST, _SOURCE_SENTENCE)


def is_cjk_aside_line(text: str) -> bool:
    """True for a line of the kinds above (the caller asks of non-ASCII lines only)."""
    if len(text) > _MAX_ASIDE or _WORDS.search(text) is None:
        return False
    return any(p.search(text) is not None for p in _PATTERNS)
