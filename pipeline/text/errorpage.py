"""A site's error page served as an ordinary page (a "soft 404": status 200, the site's frame
around one notice that the page asked for does not exist), told by its text: a short text (at
most `_MAX_ERROR_TEXT` characters, the frame's few links and the notice) holding a line that is
the notice alone ("抱歉，您所访问的页面不存在", "頁面不存在", "某某百科错误页", "404 Not Found",
"Sorry, the page you requested could not be found"), or a title that is the notice. Such a
page is no article: the per-page path rejects it (not_article) instead of printing the notice
as the text.

A story that reports an error page says so in a sentence of a longer text ("该网站首页显示页面
不存在，用户无法登录。" in a brief of 300 characters and more): only a line (or a title) that
is the notice and nothing else, in a text too short for a story, counts.
"""

from __future__ import annotations

import re

_MAX_ERROR_TEXT = 300  # characters: a frame's links and its notice; a brief is longer
_MAX_NOTICE = 60  # characters of the notice's line

_SORRY = r"(?:(?:很|非常)?抱歉|对不起|對不起|sorry|oops|error)?\W{0,3}"
_NOTICE = re.compile(
    r"^\W{0,3}" + _SORRY + r"(?:"
    # "您所访问的页面不存在", "你要找的網頁已被刪除", "页面未找到"
    r"(?:您|你)?(?:所|要)?(?:访问|訪問|请求|請求|查看|浏览|瀏覽|找|打开|打開)?的?"
    r"(?:页面|頁面|网页|網頁)(?:已|已经|已經)?(?:不存在|被删除|被刪除|删除|刪除|未找到|找不到|无法找到|"
    r"無法找到|无法访问|無法訪問)(?:了|或已被删除|或已被刪除)?|"
    r"找不到(?:该|此|您要的|你要的|您所要的)?(?:页面|頁面|网页|網頁)|"
    # the page's name for itself, after the site's name or its code: "某某百科错误页", "404错误页面"
    # (not a headline's "浏览器将启用新版错误页面")
    r"(?:404|[^\s。，]{0,8}(?:网|網|站|百科|平台|平臺|论坛|論壇|社区|社區))?\s*(?:错误页|錯誤頁)面?|"
    # "404 Not Found", "Error 404 - page not found", "Page not found", "the page you requested
    # could not be found", "This page does not exist"
    r"(?:404\W{0,3})?(?:(?:the |this |that )?page (?:you (?:were|are) looking for |you requested |"
    r"requested )?(?:could not be found|cannot be found|can[’']t be found|was not found|not found|"
    r"does not exist|doesn[’']t exist)|not found)(?:\W{0,3}404)?|error\W{0,3}404"
    r")\W{0,5}$",
    re.I,
)

# A headline may be the bare words of a notice (a film's "Not Found", a brief on an outage headed
# "Error 404"): in the title (or its headline printed as a line) a notice counts only when it
# names the page, or its code with its words ("Page not found", "页面不存在", "404 Not Found").
_NAMED = re.compile(r"page|页|頁|404\W{0,3}not found|not found\W{0,3}404", re.I)
# ... or when another line of the text says it again ("Not Found" over "The requested URL was not
# found on this server."): the server's own page
_ECHO = re.compile(r"not found|\b404\b|不存在|找不到", re.I)


def error_page_notice(text: str, title: str = "") -> str | None:
    """The line of `title` or `text` that is an error page's notice when the text is that
    page's (see the module's docstring), else None. (The extractor drops a short notice alone
    in its block, "頁面不存在": the page's title often says it then, "页面不存在_某某网".)"""
    if len(text) > _MAX_ERROR_TEXT:
        return None
    bare = None  # (a headline that is a notice's bare words)
    for line in [title, *text.splitlines()]:
        line = line.strip()
        if line and len(line) <= _MAX_NOTICE and _NOTICE.match(line) is not None:
            if line != title.strip() or _NAMED.search(line) is not None:
                return line
            bare = line
    others = (line for line in text.splitlines() if line.strip() != bare)
    return bare if bare and any(_ECHO.search(line) for line in others) else None
