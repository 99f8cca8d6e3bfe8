"""Lines Chinese, Japanese and Korean news sites print inside the article, in shapes the
label and pattern tests of `pipeline.maintext.linekinds` do not read:

- a prompt to the reader about the site, not the story: to rate the story ("這篇新聞讓您覺得？",
  "您觉得本文怎么样", "この記事はいかがでしたか", "이 기사를 추천하시겠습니까"), to like its page
  on a network ("馬上按讚加入某某新聞粉絲團"), to get its app ("下载某某新闻客户端",
  "打开APP阅读全文", "海量资讯尽在某某APP"), to follow the account named at the page's top
  ("点击上方“某某新闻”关注我们", "▲点击上方蓝字关注");
- what a video player or a photo gallery prints in place of itself or beside it: the
  notice of a browser too old for it ("您的浏览器不支持video标签", "お使いのブラウザは動画に
  対応していません", "브라우저가 비디오를 지원하지 않습니다"), its loading or play label
  ("视频加载中...", "点击播放视频"), the hint to turn its pages ("支持键盘翻页 ←左 右→",
  "点击图片进入下一页"), its failure notice, error code and length with a Wi-Fi hint
  ("很抱歉，当前视频播放失败", "错误代码：QVS.4100", "时长：01:45建议WIFI下打开"), a picture's
  zoom or save prompt ("点击查看大图", "（点击图片可放大）", "长按图片保存"), a paged
  article's page count ("本文共3页", "分页阅读：1 2 3");
- the page's counter of its readers, alone on its line or closing the line the post's
  footer prints ("本文已被阅读1234次", "(本文发表于某栏目, 已被阅读178次)", "已有0人参与",
  "阅读次数：5678", "阅读 10万+", "1234人已阅读", "人气：8848", "閲覧数：120", "조회수 1,234");
- the time the site reckons the text takes to read, over it ("全文共2300字，阅读大约需要6分钟",
  "閱讀時間：約5分鐘", "この記事は約5分で読めます", "읽는 데 5분"): a short line about reading
  it that ends on its count of minutes;
- the site's pointers around the story: the previous or next story by its title ("上一篇：
  某某", "下一則：某某", "前の記事：某某", "다음 기사: 某某"), the page's own address under a
  label ("本文链接：https://…"), the newsroom's tip-off and submission contacts ("新闻热线：
  010-…", "投稿邮箱：news@…", "爆料電話：…");
- a self-media platform's disclaimer under a contributor's post ("本文仅代表作者观点，不代表
  某某立场", "某某号系信息发布平台，某某仅提供信息存储空间服务", "仅代表该作者或机构观点") and
  a finance page's standing risk notice ("市场有风险，投资需谨慎", "以上内容仅供参考，不构成
  投资建议"): what "the author's own view" says of the text, never who said what in it ("他
  表示，这一说法不代表公司立场" is the story's);
- the site's rules for reprinting, in the shapes the reprint notices of `linekinds` miss:
  permission named otherwise than 授权 ("未经许可，不得转载", "未經同意 請勿轉載"), the
  contact for a reprint ("转载请联系授权"), the takedown offer of a reposted text ("图片来源于
  网络，侵删", "如果侵犯了您的合法权益，请联系本站删除").

(Rows of the page's metadata, font-size buttons and a reprint's original headline are
`cjkmeta`'s; a shop's and a vote's widgets `cjkwidgets`'; the site's app pitches, reaction
counters, hotlines and pager rows `cjkpromos`'; a platform's IP location, buttons, answer
bar and production roles `cjkplatform`'s.) Patterned after no site: each is what such
a line says on any portal of the three languages, and none is a sentence (no full stop:
"用户打开App后即可看到新功能。" is the story's).
(A follow prompt for an account by name, "欢迎关注微信公众号：……", is left as text: golds
of blog posts keep the author's own.)
"""

from __future__ import annotations

import re

from pipeline.maintext.cjkasides import is_cjk_aside_line
from pipeline.maintext.cjkmeta import is_cjk_meta_line
from pipeline.maintext.cjkplatform import is_cjk_platform_line
from pipeline.maintext.cjkpromos import is_cjk_promo_line
from pipeline.maintext.cjkwidgets import is_cjk_widget_line
from pipeline.web.html import any_literal

# A reader prompt: rating the story, liking the site's fan page, getting its app.
_CJK_READER_PROMPT = re.compile(
    r"(?:这篇|這篇|本篇|此篇|本|该|該)(?:新闻|新聞|文章|报道|報導|報道)(?:让|讓|令)?(?:您|你)"
    r"(?:觉得|覺得|感觉|感覺)|(?:您|你)(?:觉得|覺得)(?:(?:这篇|這篇|本篇|本)(?:新闻|新聞|文章)|本文)"
    r"(?:怎么样|怎麼樣|如何)|"
    r"この記事(?:は|が)?(?:いかがでしたか|役に立ちましたか|気に入ったら)|"
    r"이 기사(?:를|가)? (?:추천|도움이)|"
    r"(?:按讚|按赞|點讚|点赞|加入)[^。，]{0,12}(?:粉絲團|粉丝团|粉絲專頁|粉丝专页|粉專)|"
    r"^\W{0,3}(?:请|請|立即|马上|馬上)?(?:下载|下載|打开|打開|安装|安裝)[^，！？]{0,12}"
    r"(?:客户端|客戶端|APP|App|app|アプリ|앱)|"
    r"(?:尽在|盡在)[^。，]{0,12}(?:客户端|客戶端|APP|App|app)\s*$|"
    r"(?:点击|點擊)上方[^。]{0,16}(?:关注|關注|订阅|訂閱)"
)
# (its marks, one of which every match holds: a cheap first test on every line)
_CJK_PROMPT_MARK = re.compile(r"[觉覺感讚赞粉载載开開装裝尽盡記기方]")
_MAX_CJK_PROMPT = 40

# A player's or a gallery's own line: an old browser's notice, loading and play labels, the
# hint to turn the gallery's pages by keyboard or by a click on the picture.
_CJK_PLAYER_LINE = re.compile(
    r"(?:浏览器|瀏覽器|ブラウザ|브라우저)[^。]{0,16}(?:不支持|不支援|暂不支持|暫不支援|无法播放|"
    r"無法播放|サポートしていません|対応していません|지원하지)|"
    r"^\W{0,3}(?:视频|視頻|影片|動画|동영상)\s*(?:加载|加載|载入|載入|読み込み|로딩)\s*(?:中|失败|失敗)|"
    # its failure notice and error code, the clip's length with a hint to use Wi-Fi:
    # "很抱歉，当前视频播放失败", "错误代码：QVS.4100", "时长：01:45建议WIFI下打开"
    r"^\W{0,3}(?:很?抱歉\W{0,2})?(?:当前|當前|该|該|此)?(?:视频|視頻|影片)(?:播放|加载|加載|载入|載入)"
    r"(?:失败|失敗|出错|出錯)\W*$|"
    r"^\W{0,3}(?:错误代码|錯誤代碼|错误码|錯誤碼)\s*[:：]\s*[A-Za-z0-9_.-]{1,20}\W*$|"
    r"^\W{0,3}(?:时长|時長)\s*[:：]\s*\d{1,2}:\d\d(?::\d\d)?\s*(?:(?:建议|建議)[^。]{0,12})?$|"
    r"^\W{0,3}(?:请|請)?(?:点击|點擊)(?:播放|观看|觀看)(?:视频|視頻|影片)?\W*$|"
    r"(?:键盘|鍵盤)[^。]{0,10}(?:翻页|翻頁)|(?:翻页|翻頁)[^。]{0,6}[←→]|"
    r"^\W{0,3}(?:点击|點擊)(?:图片|圖片|大图|大圖)?(?:进入|進入|查看|浏览|瀏覽)?下一(?:页|頁|张|張|幅)\W*$|"
    r"^\W{0,3}(?:点击|點擊|长按|長按|轻触|輕觸)(?:图片|圖片|大图|大圖)?(?:查看|看|可|即可)?(?:查看)?"
    r"(?:大图|大圖|原图|原圖|高清|放大|保存|下载|下載)|"
    r"^\W{0,3}(?:本文|全文|文章)共\s*\d+\s*(?:页|頁)\W*$|"
    r"^\W{0,3}(?:分页阅读|分頁閱讀|分页|分頁)\s*[:：]?\s*[\d\s]+\W*$"
)
_CJK_PLAYER_MARK = re.compile(r"[览覽ブ브视視影動동点點键鍵翻长長轻輕共分误誤]")
_MAX_CJK_PLAYER = 50

# A counter of readers: "已被阅读N次" anywhere in a short line, or a line that is only the
# counter ("已有N人参与", "阅读次数：N", "閲覧数：N", "조회수 N"), its count in ten
# thousands or capped ("阅读 10万+", "阅读量：2.3万"), in brackets ("阅读(1234)"), before
# its readers ("1234人已阅读", "1350 次阅读") or as the page's popularity ("人气：8848").
_COUNT = r"[\d,]+(?:\.\d+)?\s*(?:万|萬|[wWkK])?\+?"
_CJK_READ_COUNT = re.compile(
    r"已被(?:阅读|閱讀|浏览|瀏覽|查看|点击|點擊|访问|訪問)\s*[\d,]+\s*次|"
    r"^\W{0,3}(?:已有|共有)\s*[\d,]+\s*(?:人|位网友|位網友)(?:参与|參與|阅读|閱讀|浏览|瀏覽|围观|圍觀)\W*$|"
    r"^\W{0,3}(?:阅读|閱讀|浏览|瀏覽|点击|點擊|访问|訪問|点阅|點閱)(?:次数|次數|量|数|數)?\s*[:：]?\s*"
    r"[(（]?" + _COUNT + r"[)）]?\s*次?\W*$|"
    r"^\W{0,3}" + _COUNT + r"\s*(?:人|次)(?:已)?(?:阅读|閱讀|浏览|瀏覽)\W*$|"
    r"^\W{0,3}(?:閲覧数|閲覧回数|조회수|조회)\s*[:：]?\s*[\d,]+\W*$"
)
_CJK_COUNT_MARK = re.compile(r"[被有阅閱浏瀏点點访訪閲조]")
# (the page's popularity, its words common: asked of a line that holds one, `_POPULAR_WORDS`)
_CJK_POPULARITY = re.compile(r"^\W{0,3}(?:人气|人氣|热度|熱度)\s*[:：]?\s*" + _COUNT + r"\W*$")
_POPULAR_WORDS = any_literal(("人气", "人氣", "热度", "熱度"))
_MAX_CJK_COUNT_LINE = 60

# The reading time: reading named, then a count of minutes (or the count, then reading).
_CJK_READING_TIME = re.compile(
    r"(?:阅读|閱讀|读完|讀完|読了|読め|읽는\s?데|읽기)[^。！？]{0,12}?"
    r"(?:\d+|[一二两兩三四五六七八九十]+)\s*(?:分钟|分鐘|分|min|분)|"
    r"(?:\d+|[一二两兩三四五六七八九十]+)\s*(?:分钟|分鐘|分)(?:即可|就能|可)?(?:读完|讀完|で読め)"
)
_CJK_READING_MARK = re.compile(r"[阅閱读讀読읽]")
_MAX_CJK_READING_TIME = 40
_CJK_READING_TAIL = 6  # characters after the minutes at most ("左右", "で読めます"): no sentence


# A pointer: the label of a previous/next story, the permalink, the newsroom's contacts, then
# a separator and what it points at.
_CJK_POINTER_LINE = re.compile(
    r"^\W{0,3}(?:上一篇|下一篇|上一则|下一则|上一則|下一則|上篇|下篇|前の記事|次の記事|"
    r"이전\s?기사|다음\s?기사|이전\s?글|다음\s?글|"
    r"本文链接|本文鏈接|本文連結|本文地址|本文網址|本文网址|文章链接|文章鏈接|文章連結|"
    r"(?:新闻|新聞|报料|報料|爆料|投稿|读者|讀者)(?:热线|熱線|电话|電話|邮箱|郵箱|信箱|微信))"
    r"\s*[:：]\s*\S"
)
_MAX_CJK_POINTER = 80


# A platform's disclaimer: the view is the author's (or the contributing body's) only, the
# platform only stores or publishes; a finance page's risk notice.
_CJK_PLATFORM_NOTICE = re.compile(
    r"(?:仅|僅|只)代表(?:该|該)?(?:作者|撰稿人|机构|機構)|"
    r"作者(?:本人|个人|個人)?(?:观点|觀點|看法|意见|意見)\s*[，,]\s*不代表|"
    r"(?:仅|僅)提供(?:信息|資訊|资讯)(?:存储|儲存|发布|發布)|(?:信息|資訊)发布平台|資訊發布平台|"
    r"投(?:资|資)需(?:谨慎|謹慎)|(?:仅|僅)供参考\s*[，,]\s*不(?:构成|構成)"
)
# (words one of which every match holds: a substring test before the search of a long line)
_CJK_NOTICE_WORDS = any_literal(("代表", "提供", "平台", "谨慎", "謹慎", "参考"))
_MAX_CJK_NOTICE = 200


# The rules for reprinting: no reuse without permission, the contact for it, a takedown offer.
_CJK_REPRINT_RULE = re.compile(
    r"未(?:经|經)[^。]{0,8}(?:许可|許可|同意|允许|允許|授权|授權)[^。]{0,6}(?:不得|禁止|严禁|嚴禁|"
    r"请勿|請勿|谢绝|謝絕)[^。]{0,4}(?:转载|轉載|转贴|轉貼|复制|複製|使用|摘编|摘編)|"
    r"(?:转载|轉載)(?:请|請)(?:联系|聯繫|聯絡)|侵删|侵刪|(?:如有|若有)(?:侵权|侵權)|"
    r"(?:如果|若|如)?(?:侵犯|侵害)了?(?:您|你)的(?:合法)?(?:权益|權益|权利|權利|版权|版權)"
    r"[^。]{0,20}(?:删除|刪除)[^。“”「」]{0,4}。?$"
)
_CJK_REPRINT_WORDS = any_literal(("未经", "未經", "转载", "轉載", "侵"))
_MAX_CJK_REPRINT = 120


def is_cjk_site_line(text: str) -> bool:
    """True for a line of the kinds above (the caller asks of non-ASCII lines only)."""
    if len(text) <= _MAX_CJK_PROMPT and "。" not in text and _CJK_PROMPT_MARK.search(text):
        if _CJK_READER_PROMPT.search(text) is not None:
            return True
    if len(text) <= _MAX_CJK_PLAYER and "。" not in text and _CJK_PLAYER_MARK.search(text):
        if _CJK_PLAYER_LINE.search(text) is not None:
            return True
    if len(text) <= _MAX_CJK_COUNT_LINE and _CJK_COUNT_MARK.search(text):
        if _CJK_READ_COUNT.search(text) is not None:
            return True
    if len(text) <= _MAX_CJK_COUNT_LINE and _POPULAR_WORDS.search(text):
        if _CJK_POPULARITY.match(text) is not None:
            return True
    if len(text) <= _MAX_CJK_READING_TIME and "。" not in text and _CJK_READING_MARK.search(text):
        found = _CJK_READING_TIME.search(text)
        if found is not None and len(text) - found.end() <= _CJK_READING_TAIL:
            return True
    if len(text) <= _MAX_CJK_POINTER and _CJK_POINTER_LINE.match(text) is not None:
        return True  # (anchored: fails on a line's first characters)
    if len(text) <= _MAX_CJK_NOTICE and _CJK_NOTICE_WORDS.search(text):
        if _CJK_PLATFORM_NOTICE.search(text) is not None:
            return True
    if len(text) <= _MAX_CJK_REPRINT and _CJK_REPRINT_WORDS.search(text):
        if _CJK_REPRINT_RULE.search(text) is not None:
            return True
    # (metadata rows, font-size buttons, original headline; a shop's and a vote's widgets;
    # the site's own promotion and controls; a platform's lines around a post; the site's asides
    # to the reader)
    return (
        is_cjk_meta_line(text)
        or is_cjk_widget_line(text)
        or is_cjk_promo_line(text)
        or is_cjk_platform_line(text)
        or is_cjk_aside_line(text)
    )
