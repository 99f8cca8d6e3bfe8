"""Lines of a Chinese article page's metadata and tools printed inside the body, in shapes the
single-label tests of `pipeline.maintext.linekinds` (a line opened by "来源：", "编辑：", a
date) and `cjklines` do not read:

- the story's original headline, when a portal reprints it under its own ("原标题：某某",
  "原標題：某某？"): the headline's business, never the text's;
- a row of the page's metadata, two labels or more with their values and nothing else
  ("发布者：某某 时间：2012-01-12 17:04:50 来源：某某网", "作者： 某某 访问统计： 2005年08月30日",
  "http://www.example.com 2012-01-17 21:11 来源： 某某网 【字号：大 中 小】"); a label counts
  where it starts the line or follows a blank or a mark, so a name ending in one ("出生日期：",
  "发行日期：", a profile's or a discography's fields) is no label;
- the font-size buttons printed as letters or with a mark the widget test does not know
  ("字号:T|T", "調整字體︰大 中 小");
- the desk's credit with the role before the name and no colon ("（责任编辑 某某）",
  "（編輯 某某）"), or the outlet's desk before the role ("某某网编辑：某某");
- the pitch for the outlet's paid mobile bulletin ("欢迎订阅《某某手机报》");
- a tool's button alone on its line, the one word and perhaps a colon ("举报", "播报",
  "编辑", "分享至：", "点赞", "转发"), and a recommendation feed's "not interested" control
  ("不喜欢", "减少或屏蔽此类内容推荐", "已标记为不喜欢内容，系统将减少此类推荐").

Each is what such a line says on any portal, patterned after no site; none but the original
headline is a sentence (a line with a full stop, a question or exclamation mark is the
text's). Asked by `cjklines.is_cjk_site_line`.
"""

from __future__ import annotations

import re

from pipeline.text.scripts import HAN_CHAR
from pipeline.web.html import any_literal

_MAX_META = 100  # characters: a row of metadata, not a paragraph
_SENTENCE_END = re.compile("[。！？]")

_ORIGINAL_TITLE = re.compile(r"^\W{0,3}(?:原标题|原標題)\s*[:：]")

# A metadata label: at the line's start or after a blank or a mark (not inside a longer name:
# "出生日期："), then its colon.
_META_LABEL = re.compile(
    r"(?:^|(?<=[^\w]))(作者|来源|來源|发布者|發布者|发布人|發布人|发布时间|發布時間|发布日期|發布日期|"
    r"发表时间|發表時間|更新时间|更新時間|时间|時間|日期|责任编辑|責任編輯|编辑|編輯|字号|字號|"
    r"点击数|點擊數|点击|點擊|浏览|瀏覽|访问统计|訪問統計)\s*[:：]"
)
_LEAST_LABELS = 2

_FONT_SIZE = re.compile(
    r"^\W{0,3}(?:调整|調整)?(?:字号|字號|字体|字體|字級)\s*[:：︰]?\s*"
    r"(?:(?:[TtAa][\s|｜/]*){2,3}|大\s*[|｜/]?\s*中\s*[|｜/]?\s*小)\W*$"
)

_NAME = f"[{HAN_CHAR}·]{{2,8}}"
_ROLE_FIRST_CREDIT = re.compile(
    rf"^[（(]\s*(?:责任编辑|責任編輯|责编|責編|编辑|編輯)\s+{_NAME}(?:\s+{_NAME})?\s*[)）]$|"
    rf"^(?:责任编辑|責任編輯|责编|責編)\s+{_NAME}$|"
    rf"^[{HAN_CHAR}]{{1,8}}?(?:责任编辑|責任編輯|编辑|編輯)\s*[:：]\s*{_NAME}$"
)

_MOBILE_BULLETIN = re.compile(r"(?:订阅|訂閱)[^。]{0,20}(?:手机报|手機報)")

_BUTTON = re.compile(
    r"^\W{0,2}(?:举报|舉報|播报|播報|编辑|編輯|分享至|点赞|點讚|點贊|转发|轉發|"
    r"不喜欢|不喜歡|不感兴趣|不感興趣)\s*[:：]?\W{0,2}$"
)
_MAX_BUTTON = 8
_FEED_CONTROL = re.compile(
    r"^\W{0,2}(?:减少|減少|屏蔽)(?:或屏蔽|或減少)?(?:此类|此類|这类|這類)(?:内容|內容)?(?:推荐|推薦)\W*$|"
    r"^\W{0,2}(?:已标记|已標記)(?:为|為)?(?:不喜欢|不喜歡|不感兴趣|不感興趣)"
)
_MAX_FEED_CONTROL = 40

# Words one of which every line of the kinds above holds: one scan before the patterns.
_WORDS = any_literal(
    (
        *("原标题", "原標題", "字号", "字號", "字体", "字體", "字級"),
        *("编辑", "編輯", "责编", "責編"),
        *("作者", "来源", "來源", "发布", "發布", "时间", "時間", "日期", "点击", "點擊"),
        *("浏览", "瀏覽", "访问", "訪問", "手机报", "手機報"),
        *("举报", "舉報", "播报", "播報", "分享至", "点赞", "點讚", "點贊", "转发", "轉發"),
        *("不喜欢", "不喜歡", "不感兴趣", "不感興趣", "此类", "此類", "这类", "這類"),
    )
)


def is_cjk_meta_line(text: str) -> bool:
    """True for a line of the kinds above (the caller asks of non-ASCII lines only)."""
    if len(text) > _MAX_META or not _WORDS.search(text):
        return False
    if _ORIGINAL_TITLE.match(text):  # (a headline may ask or exclaim: "原标题：某某？")
        return True
    if len(text) <= _MAX_BUTTON and _BUTTON.match(text):
        return True
    if len(text) <= _MAX_FEED_CONTROL and _FEED_CONTROL.match(text):
        return True
    if _SENTENCE_END.search(text):
        return False
    if _FONT_SIZE.match(text):
        return True
    if len({m.group(1) for m in _META_LABEL.finditer(text)}) >= _LEAST_LABELS:
        return True
    if _ROLE_FIRST_CREDIT.match(text.strip()):
        return True
    return _MOBILE_BULLETIN.search(text) is not None
