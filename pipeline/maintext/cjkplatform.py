"""Lines the Chinese platforms print around a post or a story, in shapes the other CJK line
tests (`cjklines`, `cjkmeta`, `cjkwidgets`, `cjkpromos`) do not read. Each is what such a line
says on any site that prints it, held whole by its pattern:

- the post's IP location, shown by every mainland platform since 2022 ("IP属地：山东",
  "发布于 2023-05-01 12:00・IP 属地北京", "编辑于 昨天 18:20 · IP 屬地廣東"): the place after the
  label closes the line, after at most a date and the word that dates it;
- a correction or report button alone ("【纠错】", "[我要纠错]", "举报/反馈"), or the correction
  button glued to the editor's line a news site prints after it ("【我要纠错】责任编辑：张三");
- a share prompt alone ("分享让更多人看到", "分享給更多人");
- a Q&A answer's action bar ("赞同 1234", "赞同 1.2 万 添加评论 分享 喜欢 收藏 申请转载"), or one of
  its buttons alone ("添加评论", "申请转载");
- a blog platform's count of readers before the post ("文章浏览阅读340次", "文章浏览阅读1.2k次，
  点赞3次，收藏10次。");
- an official account's reading controls ("继续滑动看下一个", "轻触阅读原文", "视频 小程序 赞，
  轻点两下取消赞 在看，轻点两下取消在看");
- the production's roles with the separator official accounts write ("编辑丨李四",
  "来源丨新华社 编辑丨李四", "排版 | 王五"), or a row of roles one of which edits the story
  ("文字：张三 图片：李四 编辑：王五"): the editor's line, as "责任编辑：张三" is
  (`linekinds`), not a writer's credit alone ("文/张三", "图/李四": golds split on those,
  left to the text);
- a ban on reprinting, alone on its line ("本文禁止转载或摘编", "谢绝转载").

A sentence holding the same words stays text: "微博上线了显示IP属地的功能。", "读者可以点击纠错
按钮反馈问题", "这篇文章的浏览阅读量很高", "编辑部的同事们都赞同这个方案".
Asked by `cjklines.is_cjk_site_line`, after one scan for the words every kind holds.
"""

from __future__ import annotations

import re

from pipeline.web.html import any_literal

_MAX_PLATFORM_LINE = 60  # characters: a bar's or a label's line, not a paragraph

# the post's date or time as platforms print it ("2023-05-01 12:00", "昨天 18:20", "3小时前"),
# after the word that dates it ("发布于"): one character class, no nested repeat
_DATED = r"(?:发布于|发表于|编辑于|更新于|發佈於|發布於|發表於|編輯於|更新於)"
_WHEN = r"(?:昨天|前天|今天|刚刚|剛剛|\d)[\d/.:：\-年月日号號分钟鐘小时時天前 ]*"
# the place: a province's or a country's short name ("北京", "黑龙江", "中国香港", "美国")
_PLACE = r"[\u4e00-\u9fff]{2,5}"
_IP_LABEL = r"IP\s*(?:属地|屬地|归属地|歸屬地)"
_IP_LINE = re.compile(
    # the label and its colon alone, or after the post's date ("IP 属地北京" needs the date)
    r"^\W{0,3}" + _IP_LABEL + r"\s*[:：]\s*" + _PLACE + r"\W{0,2}$|"
    r"^\W{0,3}(?:"
    + _DATED
    + r"\s*[:：]?\s*)?"
    + _WHEN
    + r"[\s・·•|｜丨]*"
    + _IP_LABEL
    + r"\s*[:：]?\s*"
    + _PLACE
    + r"\W{0,2}$"
)

# the roles that edit a story, the editor's own first ("责任编辑", "编辑"): one list for the
# editor's line after a correction button, the accounts' role bars and their pre-test
_EDITOR = r"责任编辑|責任編輯|责编|責編|编辑|編輯"
_EDITING_ROLES = (
    _EDITOR + r"|主编|主編|美编|美編|排版|审核|審核|审校|審校|校对|校對|"
    r"终审|終審|初审|初審|复审|複審|监制|監製"
)
_CORRECTION = r"[\[【]?\s*(?:我要)?(?:纠错|糾錯)\s*[\]】]?"
_BUTTONS = re.compile(
    # the correction button alone, or before the editor's line
    r"^\W{0,2}" + _CORRECTION + r"\s*(?:[\[【]?\s*(?:" + _EDITOR + r")\s*[:：]"
    r"[^。！？]{1,20}[\]】]?)?$|"
    # the report button
    r"^\W{0,2}(?:我要)?(?:举报|舉報)\s*[/／|]\s*(?:反馈|反饋)\W{0,2}$|"
    # the share prompt
    r"^\W{0,2}(?:分享|转发|轉發)(?:让|讓|給|给)更多(?:人|朋友|好友)(?:看到|知道)?\W{0,2}$"
)

# a count as the platforms print it: "1234", "1,234", "1.2 万", "1.2k", "10w+"
_COUNT = r"\d[\d,.]*\s*[万萬kKwW]?\+?"

# an answer's action bar: its vote count, then any of its buttons
_ANSWER_BUTTON = (
    r"(?:添加评论|添加評論|\d+\s*条评论|\d+\s*條評論|分享|喜欢|喜歡|收藏|申请转载|申請轉載|"
    r"举报|舉報)"
)
_ANSWER_BAR = re.compile(
    r"^\W{0,2}(?:(?:赞同|贊同)\s*" + _COUNT + r"\s*(?:\W*" + _ANSWER_BUTTON + r")*|"
    r"(?:添加评论|添加評論|申请转载|申請轉載)(?:\W*" + _ANSWER_BUTTON + r")*)\W{0,2}$"
)

_BLOG_COUNT = re.compile(
    r"^\W{0,2}(?:文章)?(?:浏览阅读|瀏覽閱讀)\s*" + _COUNT + r"\s*次"
    r"(?:[，,]\s*(?:点赞|點讚|收藏|评论|評論)\s*" + _COUNT + r"\s*次)*\W{0,2}$"
)

_ACCOUNT_CONTROLS = re.compile(
    r"^\W{0,2}(?:继续|繼續|向上)?(?:滑动|滑動)(?:看|查看)下一(?:个|個|篇)\W{0,2}$|"
    r"^\W{0,2}(?:轻触|輕觸|点击|點擊)(?:阅读|閱讀)原文\W{0,2}$|"
    r"(?:轻点|輕點)两下取消(?:赞|讚|在看)"
)

# a role's label and its name: "编辑丨李四", "来源 | 新华社", "文字：张三"
_ROLE = (
    r"(?:" + _EDITING_ROLES + r"|统筹|統籌|策划|策劃|出品|制作|製作|来源|來源|作者|文字|"
    r"撰文|文|图片|圖片|图|圖|摄影|攝影|视频|視頻|设计|設計|翻译|翻譯|记者|記者)"
)
_EDITING = re.compile(_EDITING_ROLES)
_NAME = r"[^\s。，,！？:：丨|｜]{1,12}(?:[、,，\s][^\s。，,！？:：丨|｜]{1,12}){0,3}"
_BAR_ROLES = re.compile(r"^\W{0,2}(?:" + _ROLE + r"\s*[丨|｜]\s*" + _NAME + r"\s*){1,6}\W{0,2}$")
_ROLE_ROW = re.compile(
    r"^\W{0,2}"
    + _ROLE
    + r"\s*[:：]\s*"
    + _NAME
    + r"(?:\s+"
    + _ROLE
    + r"\s*[:：]\s*"
    + _NAME
    + r"){1,5}\W{0,2}$"
)

_NO_REPRINT = re.compile(
    r"^\W{0,2}(?:本文|本文章|本篇|文章|本内容|內容|内容)?(?:禁止|严禁|嚴禁|谢绝|謝絕|不得)(?:任何)?"
    r"(?:转载|轉載)(?:(?:或|及|和|、)(?:摘编|摘編|复制|複製|使用|引用))?\W{0,2}$"
)

# Words one of which every line of the kinds above but the roles holds: one scan before the
# patterns (the roles are asked of a line naming an editing role, `_EDITING`, alone).
_WORDS = any_literal(
    (
        *("IP", "纠错", "糾錯", "举报", "舉報", "分享", "转发", "轉發", "赞同", "贊同"),
        *("添加评论", "添加評論", "申请转载", "申請轉載", "浏览阅读", "瀏覽閱讀", "滑动", "滑動"),
        *("原文", "两下", "转载", "轉載"),
    )
)
_PATTERNS = (_IP_LINE, _BUTTONS, _ANSWER_BAR, _BLOG_COUNT, _ACCOUNT_CONTROLS, _NO_REPRINT)


def is_cjk_platform_line(text: str) -> bool:
    """True for a line of the kinds above (the caller asks of non-ASCII lines only)."""
    if len(text) > _MAX_PLATFORM_LINE:
        return False
    if _WORDS.search(text) and any(p.search(text) is not None for p in _PATTERNS):
        return True
    if _EDITING.search(text) is None:
        return False
    return _BAR_ROLES.match(text) is not None or _ROLE_ROW.match(text) is not None
